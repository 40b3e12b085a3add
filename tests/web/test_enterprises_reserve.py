"""The 高企 reserve: entering, stages with dated steps and history, the pipeline, the certified count fed to the
catalog indicator, certificate expiry messages (90 days before) and re-certification."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from kechuang.web.enterprises.feeds import certified_count
from kechuang.web.enterprises.models import ReserveEntry
from kechuang.web.enterprises.reserve import (
    MoveInput,
    expiry_notices,
    expiry_of,
    pipeline,
    reserve_enter,
    reserve_move,
)
from kechuang.web.history.models import Change

pytestmark = pytest.mark.django_db
TODAY = date(2026, 12, 1)


def test_stages_move_in_order_and_certification_needs_a_number(as_user, users, enterprise):
    client = as_user(users["bureau"])
    assert client.post(reverse("kc-reserve"), {"enterprise": enterprise.pk, "on": "2026-01-02"}).status_code == 302
    again = client.post(reverse("kc-reserve"), {"enterprise": enterprise.pk})
    assert again.status_code == 400 and "已在后备培育库中" in again.content.decode()
    entry = ReserveEntry.objects.get(enterprise=enterprise)
    move = reverse("kc-reserve-move", args=[entry.pk])
    skipped = client.post(move, {"stage": "certified", "on": "2026-01-05", "certificate_no": "GR2026"})
    assert skipped.status_code == 400 and "只能转入:培育、申报" in skipped.content.decode()
    early = client.post(move, {"stage": "cultivating", "on": "2025-12-31"})
    assert early.status_code == 400 and "不能早于上一阶段的日期 2026-01-02" in early.content.decode()
    assert client.post(move, {"stage": "cultivating", "on": "2026-02-01"}).status_code == 302
    assert client.post(move, {"stage": "applied", "on": "2026-06-01"}).status_code == 302
    no_number = client.post(move, {"stage": "certified", "on": "2026-11-20"})
    assert no_number.status_code == 400 and "证书编号" in no_number.content.decode()
    assert client.post(move, {"stage": "certified", "on": "2026-11-20",
                              "certificate_no": "GR202613000123"}).status_code == 302
    entry.refresh_from_db()
    assert (entry.stage, entry.expires_on) == ("certified", date(2029, 11, 19))
    assert [s.stage for s in entry.steps.all()] == ["entered", "cultivating", "applied", "certified"]
    stages = [c.after.get("阶段") for c in Change.objects.filter(kind="ent-reserve", object_id=enterprise.pk)
              .order_by("id")]
    assert stages == ["入库", "培育", "申报", "认定"]
    assert client.post(move, {"stage": "applied", "on": "2099-01-01"}).status_code == 400  # not in the future
    board = client.get(reverse("kc-reserve")).content.decode()
    assert "GR202613000123" in board and 'id="pipeline-chart"' in board


def test_the_leader_reads_the_board_but_moves_nothing(as_user, users, enterprise):
    entry = reserve_enter(users["bureau"], enterprise, date(2026, 1, 1))
    client = as_user(users["leader"])
    assert client.get(reverse("kc-reserve")).status_code == 200
    assert client.post(reverse("kc-reserve-move", args=[entry.pk]), {"stage": "cultivating"}).status_code == 403
    other = users["other_ent"].profile.enterprise
    for who, status in (("leader", 403), ("ent_user", 403), ("other_bureau", 404), ("lead", 403)):
        response = as_user(users[who]).post(reverse("kc-reserve"), {"enterprise": other.pk})
        assert response.status_code == status, who
    assert not ReserveEntry.objects.filter(enterprise=other).exists()
    assert as_user(users["other_bureau"]).post(reverse("kc-reserve-move", args=[entry.pk]),
                                               {"stage": "cultivating"}).status_code == 404


def test_pipeline_counts_steps_per_year_and_stage(users, enterprise):
    bureau = users["bureau"]
    other = users["other_ent"].profile.enterprise
    a = reserve_enter(bureau, enterprise, date(2025, 3, 1))
    reserve_enter(bureau, other, date(2026, 3, 1))
    reserve_move(bureau, a, MoveInput("applied", date(2026, 5, 1)), TODAY)
    chart = pipeline(ReserveEntry.objects.all())
    assert chart["years"] == [2025, 2026]
    series = {s["stage"]: s["counts"] for s in chart["series"]}
    assert series["entered"] == [1, 1] and series["applied"] == [0, 1] and series["certified"] == [0, 0]


def test_certification_feeds_the_catalog_indicator_for_the_certificate_years(users, enterprise, county):
    from kechuang.web.indicators.models import Observation

    entry = reserve_enter(users["bureau"], enterprise, date(2023, 1, 1))
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2023, 6, 1)), TODAY)
    reserve_move(users["bureau"], entry, MoveInput("certified", date(2023, 11, 1), "GR2023"), TODAY)
    values = {o.period: o.value for o in Observation.objects.filter(region=county, indicator__code="hitech_enterprises",
                                                                     is_current=True)}
    assert values == {2023: 1, 2024: 1, 2025: 1}
    assert certified_count(county, 2026) == 0  # the certificate of 2023-11-01 ended on 2026-10-31
    assert Observation.objects.filter(indicator__code="hitech_enterprises").first().source_kind == "api"


def test_expiry_messages_90_days_before_once_and_recertification(users, enterprise):
    from kechuang.web.notices.models import Notification

    entry = reserve_enter(users["bureau"], enterprise, date(2023, 1, 1))
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2023, 10, 1)), TODAY)
    reserve_move(users["bureau"], entry, MoveInput("certified", date(2024, 1, 20), "GR2024"), TODAY)
    assert expiry_of(date(2024, 1, 20)) == date(2027, 1, 19)
    assert expiry_notices(date(2026, 10, 20)) == 0  # 91 days before
    assert expiry_notices(date(2026, 10, 21)) == 2  # the bureau and the enterprise's user
    assert expiry_notices(date(2026, 10, 22)) == 0  # once
    message = Notification.objects.get(user=users["ent_user"])
    assert "将于 2027-01-19 到期" in message.text and message.url == reverse("kc-enterprise", args=[enterprise.pk])
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2026, 11, 1)), TODAY)  # re-certification
    entry = reserve_move(users["bureau"], entry, MoveInput("certified", date(2026, 11, 30), "GR2026"), TODAY)
    assert entry.expires_on == date(2029, 11, 29) and entry.certificate_no == "GR2026"


def test_the_daily_job_sends_the_expiry_message(users, enterprise):
    from kechuang.web.enterprises.tasks import notify_certificate_expiry
    from kechuang.web.notices.models import Notification

    entry = reserve_enter(users["bureau"], enterprise, date(2023, 1, 1))
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2023, 10, 1)), TODAY)
    reserve_move(users["bureau"], entry, MoveInput("certified", date(2024, 1, 20), "GR2024"), TODAY)
    notify_certificate_expiry.call_local()  # today is 2026-11-21 (KECHUANG_TODAY): 59 days before 2027-01-19
    assert Notification.objects.filter(user=users["bureau"], kind="expiry", text__contains="GR2024").count() == 1


def test_certification_marks_the_ip_counted_and_a_later_check_does_not_count_a_used_class_ii_right(users, enterprise):
    from kechuang.web.enterprises.core import check_hitech, facts_of
    from kechuang.web.enterprises.models import IPHolding

    def holding(number: str, granted: date, ip_class: str = "II", category: str = "实用新型专利") -> IPHolding:
        return IPHolding.objects.create(enterprise=enterprise, ip_class=ip_class, category=category, number=number,
                                        granted_on=granted)

    on_the_day, day_after = holding("U1", date(2025, 11, 1)), holding("U2", date(2025, 11, 2))
    invention = holding("I1", date(2024, 1, 1), "I", "发明专利")
    entry = reserve_enter(users["bureau"], enterprise, date(2025, 1, 2))
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2025, 6, 1)), TODAY)
    before = check_hitech(facts_of(enterprise), date(2025, 11, 1))
    assert "Ⅱ类 1 项" in next(p for p in before.score if p.key == "ip_quantity").figure  # U1 counts on its day
    reserve_move(users["bureau"], entry, MoveInput("certified", date(2025, 11, 1), "GR2025"), TODAY)
    used = dict(IPHolding.objects.filter(enterprise=enterprise).values_list("number", "used_for_hitech"))
    assert used == {"U1": True, "U2": False, "I1": True}  # granted by the certification day: counted, now used
    later = check_hitech(facts_of(enterprise), date(2028, 6, 1))
    assert "Ⅰ类 1 项,Ⅱ类 1 项" in next(p for p in later.score if p.key == "ip_quantity").figure  # U2 only
    assert Change.objects.filter(kind="ent-ip", object_id=enterprise.pk, action="update").exists()
    assert on_the_day.pk and day_after.pk and invention.pk


def test_the_cached_board_follows_moves_renames_and_carries_the_users_form_token(as_user, users, enterprise):
    import re

    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(users["bureau"])
    entry = reserve_enter(users["bureau"], enterprise, date(2026, 1, 2))
    page = client.get(reverse("kc-reserve")).content.decode()
    assert enterprise.name in page and f"reserve/{entry.pk}/move/" in page and "__kc_csrf_slot__" not in page
    reserve_move(users["bureau"], entry, MoveInput("cultivating", date(2026, 2, 1)), TODAY)
    moved = client.get(reverse("kc-reserve")).content.decode()
    assert moved.index(enterprise.name) > moved.index('data-stage="cultivating"')
    type(enterprise).objects.filter(pk=enterprise.pk).update(name="灵寿县甲科技股份有限公司",
                                                             updated_at=timezone.now())
    page = client.get(reverse("kc-reserve")).content.decode()
    assert "灵寿县甲科技股份有限公司" in page
    token = re.search(rf'reserve/{entry.pk}/move/".*?name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    assert client.post(reverse("kc-reserve-move", args=[entry.pk]),  # the token in the cached board is this user's
                       {"stage": "applied", "on": "2026-03-01", "csrfmiddlewaretoken": token}).status_code == 302
    leader = as_user(users["leader"]).get(reverse("kc-reserve")).content.decode()
    assert "灵寿县甲科技股份有限公司" in leader and "转入" not in leader  # the same version, read only


def test_the_expiry_notice_on_the_board_is_cached_with_it_and_follows_recertification(as_user, users, enterprise):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = as_user(users["bureau"])
    entry = reserve_enter(users["bureau"], enterprise, date(2023, 1, 1))
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2023, 10, 1)), TODAY)
    reserve_move(users["bureau"], entry, MoveInput("certified", date(2024, 1, 20), "GR2024"), TODAY)
    page = client.get(reverse("kc-reserve")).content.decode()  # today 2026-11-21: the certificate ends 2027-01-19
    assert 'id="expiring"' in page and f"{enterprise.name}</a>(2027-01-19)" in page
    with CaptureQueriesContext(connection) as queries:
        again = client.get(reverse("kc-reserve")).content.decode()
    assert again.count("2027-01-19") == page.count("2027-01-19")
    reads = [q["sql"].split(" FROM ", 1)[1].split()[0] for q in queries.captured_queries if " FROM " in q["sql"]]
    assert '"enterprises_reserveentry"' not in reads  # only the state's aggregate (over the steps) is read
    reserve_move(users["bureau"], entry, MoveInput("applied", date(2026, 11, 1)), TODAY)
    reserve_move(users["bureau"], entry, MoveInput("certified", date(2026, 11, 20), "GR2026"), TODAY)
    assert 'id="expiring"' not in client.get(reverse("kc-reserve")).content.decode()
