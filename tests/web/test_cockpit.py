"""The leader cockpit (领导驾驶舱): its numbers against the data, who sees which region, the forecast."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from kechuang.web.clock import today
from kechuang.web.cockpit.dashboard import cockpit_data
from kechuang.web.cockpit.monitor import plan_monitoring, summary
from kechuang.web.plans.models import Task
from kechuang.web.supervision.selectors import plan_states
from tests.web.conftest import make_user
from tests.web.test_outcomes_monitor import HISTORY, hitech_target, record

pytestmark = pytest.mark.django_db


@pytest.fixture
def overdue(plan):
    """Two tasks past their deadline: red for their lead and responsible units."""
    tasks = list(Task.objects.filter(plan=plan, path__startswith="五/(一)")[:2])
    Task.objects.filter(pk__in=[t.pk for t in tasks]).update(deadline=date(2020, 1, 1))
    plan.refresh_from_db()
    return tasks


def test_the_cockpit_counts_what_the_boards_and_target_monitoring_count(plan, task, county, users, overdue, as_user):
    target = hitech_target(users, task)
    record(county, "hitech_enterprises", HISTORY)
    response = as_user(users["leader"]).get(reverse("kc-dashboard"))
    assert response.status_code == 200
    data = response.context["data"]
    states = plan_states(plan, today())
    assert data["lights"] == {c: sum(s.light.colour == c for s in states) for c in ("red", "yellow", "green")}
    assert data["lights"]["red"] >= 2 and data["tasks"] == len(states)
    assert data["trend"][-1] | {"month": None} == {"month": None, **data["lights"]} and len(data["trend"]) == 6
    rows = plan_monitoring(plan)
    assert data["targets"] == summary(rows) and data["targets"]["red"] >= 1
    assert [t["target"] for t in data["red_targets"]] == [r.wording for r in rows if r.colour == "red"][:20]
    assert any(t["url"].endswith(f"#target-{target.pk}") for t in data["red_targets"])
    red = {}
    for u in (u for s in states for u in s.unit_states if u.light and u.light.colour == "red"):
        red[u.name] = red.get(u.name, 0) + 1
    expected = sorted(red.items(), key=lambda item: (-item[1], item[0]))[:10]
    assert [(d["name"], d["red"]) for d in data["departments"]] == expected
    top = data["departments"][0]
    assert f"?department={top['id']}&light=red" in top["url"]
    body = response.content.decode()
    assert "尚未开展评价" in body and "@page" not in body and "outcomes.css" in body
    assert reverse("kc-bulletin-pdf", args=[plan.pk]) in body and "示例数据" not in body


def test_synthetic_numbers_are_marked(plan, task, county, users, as_user):
    hitech_target(users, task)
    record(county, "hitech_enterprises", HISTORY, source_kind="demo", is_demo=True)
    body = as_user(users["bureau"]).get(reverse("kc-dashboard")).content.decode()
    assert 'id="demo-tag"' in body and "合成的演示数据" in body


def test_a_city_leader_drills_down_to_a_county_and_a_county_never_sees_another(plan, county, other_county, users,
                                                                                client):
    city = county.parent
    city_leader = make_user("city_leader", "leader", city)
    client.force_login(city_leader)
    own = client.get(reverse("kc-dashboard"))
    assert own.status_code == 200 and own.context["region"] == city
    assert [p["id"] for p in own.context["data"]["plans"]] == [plan.pk]  # the county's plan, seen from the city
    assert client.get(reverse("kc-dashboard"), {"region": county.code}).context["region"] == county
    client.force_login(users["other_bureau"])
    assert client.get(reverse("kc-dashboard"), {"region": county.code}).status_code == 404
    assert client.get(reverse("kc-dashboard"), {"region": str(county.pk)}).status_code == 404
    client.force_login(users["leader"])
    assert client.get(reverse("kc-dashboard"), {"region": city.code}).status_code == 404  # not above its own
    client.force_login(users["lead"])
    assert client.get(reverse("kc-dashboard")).status_code == 403


def test_the_forecast_from_the_evaluation_app_is_shown_with_its_path(plan, county, users, as_user):
    """A real evaluation run of the county's province: the cockpit shows its class, probabilities and path."""
    from kechuang.web.evaluation.selectors import county_forecast
    from tests.web.evaluation_data import finished_run

    body = as_user(users["leader"]).get(reverse("kc-dashboard")).content.decode()
    assert "尚未开展评价" in body
    finished_run(users["evaluator"], county)
    forecast = county_forecast(county)
    assert cockpit_data(county, today())["forecast"] == forecast
    body = as_user(users["leader"]).get(reverse("kc-dashboard")).content.decode()
    assert f"{forecast['klass']}</span> 类" in body and forecast["url"] in body and "尚未开展评价" not in body
    assert forecast["framework_title"].startswith("河北省县域科技创新能力监测评价") and f"· {forecast['framework_title']} " \
        in body.replace("&#x27;", "'") and "· hebei-county " not in body  # the title, not the framework's id
    best = max(forecast["p_class"], key=forecast["p_class"].get)
    assert f"{best} {forecast['p_class'][best]:.0%}" in body
    if forecast["path"]:
        assert forecast["path"][0]["name"] in body


def test_past_months_are_recorded_once_and_the_current_month_follows_the_data(plan, county, users, as_user):
    from kechuang.web.cockpit.models import MonthLights

    client = as_user(users["leader"])
    first = client.get(reverse("kc-dashboard")).context["data"]["trend"]
    recorded = {m.month: (m.red, m.yellow, m.green) for m in MonthLights.objects.filter(region=county)}
    assert list(recorded) == [m["month"] for m in first[:-1]] and len(recorded) == 5
    assert all((m["red"], m["yellow"], m["green"]) == recorded[m["month"]] for m in first[:-1])
    from kechuang.web.pagecache import versions_touch

    Task.objects.filter(plan=plan).update(deadline=date(2099, 12, 31))  # the 2022–2025 plan extended: not overdue
    versions_touch(plan_id=plan.pk)
    second = client.get(reverse("kc-dashboard")).context["data"]["trend"]
    assert second[:-1] == first[:-1]  # the months already recorded stay as they were
    states = plan_states(plan, today())
    assert second[-1]["red"] == sum(s.light.colour == "red" for s in states) < first[-1]["red"]
