"""The clerk's main pages cost the same number of queries for 10 departments or 40, one plan or four, a plan's
whole task list or half of it: nothing is read once per row (N+1). Each page is computed afresh (the page cache
emptied) and counted on its second request, after the first has read what a process keeps (the region tree).

The review named the departments page: it reads a collective's members by one prefetch (since 62b87ce); without it,
one query per collective. The cockpit is left out on purpose: it is built per plan (one cached piece a plan, so a
report on one plan recomputes that plan only), about nine queries a plan on the background job.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.web.test_api import api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db


def _queries(client, url: str) -> int:
    counts = []
    for _ in range(2):
        cache.clear()  # the page computed, not served from the page cache
        with CaptureQueriesContext(connection) as captured:
            answer = client.get(url)
        assert answer.status_code == 200, (url, answer.status_code)
        counts.append(len(captured))
    return counts[-1]


def _departments(county, first: int, n: int) -> None:
    """``n`` collectives of three members each and ``n`` plain departments more."""
    from kechuang.web.accounts.models import Department

    plain = list(Department.objects.filter(region=county, is_collective=False)[:3])
    for i in range(first, first + n):
        Department.objects.create(region=county, name=f"灵寿县第{i}部门")
        Department.objects.create(region=county, name=f"灵寿县第{i}组各单位", is_collective=True).members.add(*plain)


def test_the_departments_page_and_list_do_not_grow_with_the_departments(client, api, users, county,  # noqa: F811
                                                                        django_assert_max_num_queries):
    client.force_login(users["bureau"])
    _departments(county, 0, 10)
    page = _queries(client, "/departments/")
    status, listed = api(users["bureau"], "get", "/departments")
    with CaptureQueriesContext(connection) as ten:
        api(users["bureau"], "get", "/departments")
    _departments(county, 10, 30)
    client.force_login(users["bureau"])
    cache.clear()
    client.get("/departments/")
    cache.clear()
    with django_assert_max_num_queries(page):
        answer = client.get("/departments/")
    assert answer.content.decode().count("修改成员") >= 40  # every collective's members shown
    with django_assert_max_num_queries(len(ten)):
        status, forty = api(users["bureau"], "get", "/departments")
    assert status == 200 and len(forty) == len(listed) + 60 and sum(len(d["members"]) == 3 for d in forty) >= 40


def test_the_plans_list_does_not_grow_with_the_plans(client, users, county, plan, django_capture_on_commit_callbacks):
    from kechuang.web.plans.services import plan_create

    client.force_login(users["bureau"])
    one = _queries(client, "/plans/")
    for i in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            plan_create(users["bureau"], county, text=f"灵寿县科技工作要点{i}\n一、重点任务\n1.开展科普活动。(牵头单位:县科技局)",
                        name=f"要点{i}.txt")
    assert _queries(client, "/plans/") <= one


@pytest.mark.parametrize(("who", "page"), [("bureau", "board"), ("bureau", "plan"), ("bureau", "units"),
                                           ("bureau", "monitor"), ("lead", "my"), ("lead", "plan")])
def test_a_plan_s_pages_do_not_grow_with_its_tasks(client, users, plan, who, page):
    url = {"board": f"/plans/{plan.pk}/board/", "plan": f"/plans/{plan.pk}/", "units": f"/plans/{plan.pk}/units/",
           "monitor": f"/plans/{plan.pk}/targets/monitor/", "my": "/my/tasks/"}[page]
    client.force_login(users[who])
    whole = _queries(client, url)
    tasks = plan.tasks.order_by("-position")
    if who == "lead":  # a unit's pages show its own tasks: half of those go (the plan's last half may hold none)
        tasks = tasks.filter(assignments__department=users[who].profile.department).distinct()
    tasks = list(tasks)
    assert len(tasks) >= 2
    for task in tasks[: len(tasks) // 2]:  # the pages counted again with half the tasks they show
        task.delete()
    assert _queries(client, url) == whole
