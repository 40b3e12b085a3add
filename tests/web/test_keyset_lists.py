"""Every library list pages by keyset (``kechuang.web.keyset``): the pages walked forward by their 下一页 links
and back by 上一页 give every row once in the list's order; a forged or garbled cursor gives the first page; a
page costs the same queries whatever its rows (no query per row); the filters stay in the pager's links."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kechuang.enterprises import name_key
from kechuang.web.carriers.models import Carrier
from kechuang.web.challenges.models import Challenge
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.libraries.models import Project
from kechuang.web.talents.models import Assignment, ServiceLog, Talent
from kechuang.web.transfer.models import Achievement, Demand, Docking

pytestmark = pytest.mark.django_db
N = 63  # more than one page of 50 (of 25 for 榜单)
DAY = date(2025, 3, 1)


def _firm(region, i: int = 0) -> Enterprise:
    name = f"灵寿县翻页测试{i}号有限公司"
    return Enterprise.objects.create(region=region, name=name, name_key=name_key(name))


def _projects(region, n):
    Project.objects.bulk_create(Project(region=region, title=f"项目{i % 7}", applicant="某公司", year=2020 + i % 4)
                                for i in range(n))
    return Project.objects.filter(region=region).order_by("-year", "-id"), {"applicant": "某公司"}


def _demands(region, n):
    firm = _firm(region)
    Demand.objects.bulk_create(Demand(region=region, enterprise=firm, title=f"需求{i}", problem="问题",
                                      fields=["新材料"]) for i in range(n))
    return Demand.objects.filter(region=region).order_by("-id"), {"field": "新材料"}


def _achievements(region, n):
    Achievement.objects.bulk_create(Achievement(region=region, holder="某大学", holder_kind="university",
                                                title=f"成果{i}", summary="简介", fields=["电子信息"])
                                    for i in range(n))
    return Achievement.objects.filter(region=region).order_by("-id"), {"holder_kind": "university"}


def _dockings(region, n):
    demand = Demand.objects.create(region=region, enterprise=_firm(region), title="需求", problem="问题")
    held = [DAY - timedelta(days=i % 5) for i in range(n)]  # ties on the date: the id decides
    Docking.objects.bulk_create(Docking(demand=demand, partner_kind="expert", partner_name=f"专家{i}", held_on=h,
                                        form="meeting", outcome="intent") for i, h in enumerate(held))
    return Docking.objects.filter(demand=demand).order_by("-held_on", "-id"), {"outcome": "intent"}


def _talents(region, n, categories=""):
    Talent.objects.bulk_create(Talent(region=region, name=f"人才{i % 9}", entered_on=DAY, categories=categories,
                                      contact="13812345678") for i in range(n))
    return Talent.objects.filter(region=region).order_by("name", "id"), {"state": "in"}


def _specialists(region, n):
    rows, _ = _talents(region, n, categories=",specialist,")
    for t in rows[:3]:
        Assignment.objects.create(specialist=t, region=region, target_kind="village", target_name="北村", starts_on=DAY)
    return rows, {"year": "2025"}


def _logs(region, n):
    talent = Talent.objects.create(region=region, name="特派员", entered_on=DAY, categories=",specialist,")
    duty = Assignment.objects.create(specialist=talent, region=region, target_kind="village", target_name="北村",
                                     starts_on=DAY)
    ServiceLog.objects.bulk_create(ServiceLog(assignment=duty, specialist=talent, on=DAY + timedelta(days=i % 6),
                                              place="北村", kind="training", text="培训") for i in range(n))
    return ServiceLog.objects.filter(specialist=talent).order_by("-on", "-id"), {"kind": "training"}


def _carriers(region, n):
    Carrier.objects.bulk_create(Carrier(region=region, name=f"载体{(i * 8) % n:02d}-{i}", kind="key_lab", level="county",
                                        host_name="某公司", recognised_on=DAY) for i in range(n))
    return Carrier.objects.filter(region=region).order_by("name", "id"), {"level": "county"}


def _challenges(region, n):
    Challenge.objects.bulk_create(Challenge(region=region, title=f"榜单{i}") for i in range(n))
    return Challenge.objects.filter(region=region).order_by("-created_at", "-id"), {"q": "榜单"}


LISTS = {
    "kc-projects": _projects, "kc-transfer-demands": _demands, "kc-transfer-achievements": _achievements,
    "kc-transfer-dockings": _dockings, "kc-talents": _talents, "kc-specialists": _specialists,
    "kc-service-logs": _logs, "kc-carriers": _carriers, "kc-challenges": _challenges,
}


def _ids(response) -> list[int]:
    assert response.status_code == 200
    return [r["id"] if isinstance(r, dict) else r.pk for r in response.context["page"].rows]


def _link(response, rel: str) -> str | None:
    found = re.search(rf'<a href="(\?[^"]+)" rel="{rel}">', response.content.decode())
    return found.group(1).replace("&amp;", "&") if found else None


@pytest.mark.parametrize("name", LISTS)
def test_pages_walk_forward_and_back_over_every_row_once(name, as_user, users, county):
    expected = list(LISTS[name](county, N)[0].values_list("id", flat=True))
    client, url = as_user(users["bureau"]), reverse(name)
    pages, response = [], client.get(url)
    assert _link(response, "prev") is None
    while True:
        pages.append(_ids(response))
        following = _link(response, "next")
        if following is None:
            break
        response = client.get(url + following)
    assert [i for page in pages for i in page] == expected and len(pages) > 1
    for page in reversed(pages[:-1]):
        response = client.get(url + _link(response, "prev"))
        assert _ids(response) == page
    assert _link(response, "prev") is None


@pytest.mark.parametrize("name", LISTS)
def test_a_forged_or_garbled_cursor_gives_the_first_page(name, as_user, users, county, other_county):
    rows, _ = LISTS[name](county, N)
    first = list(rows.values_list("id", flat=True))
    foreign, _ = LISTS[name](other_county, 2)  # rows the bureau may not see: their ids place nothing
    client, url = as_user(users["bureau"]), reverse(name)
    size = len(_ids(client.get(url)))
    for cursor in ({"after": "abc"}, {"before": "1e9"}, {"after": "99999999999999999999999"}, {"before": "-3"},
                   {"after": str(foreign.first().pk)}, {"after": ""}):
        assert _ids(client.get(url, cursor)) == first[:size], cursor


@pytest.mark.parametrize("name", LISTS)
def test_a_page_costs_the_same_queries_whatever_its_rows(name, as_user, users, county):
    LISTS[name](county, N)
    client, url = as_user(users["bureau"]), reverse(name)
    client.get(url)  # sessions, caches warm
    with CaptureQueriesContext(connection) as full:
        following = _link(client.get(url), "next")
    with CaptureQueriesContext(connection) as last:  # fewer rows, one more query (the cursor's row)
        client.get(url + following)
    assert len(last) == len(full) + 1, [q["sql"] for q in full]
    assert len(full) <= 14
    anchor = [q["sql"] for q in last.captured_queries if q not in full.captured_queries
              and re.search(r'"id" = \d+\)* LIMIT 1$', q["sql"])]
    assert anchor and all("ORDER BY" not in sql for sql in anchor)  # one row by its key: no sort


@pytest.mark.parametrize("name", LISTS)
def test_the_filters_stay_in_the_pager_links(name, as_user, users, county):
    rows, params = LISTS[name](county, N)
    client, url = as_user(users["bureau"]), reverse(name)
    response = client.get(url, params)
    following = _link(response, "next")
    assert all(f"{k}=" in following for k in params), following
    shown = _ids(response) + _ids(client.get(url + following))
    assert set(shown) <= set(rows.values_list("id", flat=True)) and len(shown) == len(set(shown))


@pytest.mark.parametrize("name", [n for n in LISTS if n != "kc-specialists"])
def test_the_export_link_carries_the_filters(name, as_user, users, county):
    _, params = LISTS[name](county, 3)
    client = as_user(users["bureau"])
    response = client.get(reverse(name), params)
    query = response.context["page"].query
    assert query and all(f"{k}=" in query for k in params)
    export = re.search(r'href="([^"]*export[^"]*)"', response.content.decode()).group(1).replace("&amp;", "&")
    assert export.endswith("?" + query)
    assert client.get(export).status_code == 200
