"""The cockpit never builds in the request: a miss serves the last build (marked) or a computing page and queues
one build on the real queue (the ``queue`` fixture: jobs wait until the test runs them)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from kechuang.web.clock import today
from kechuang.web.pagecache import versions_touch
from kechuang.web.plans.models import Task
from kechuang.web.supervision.selectors import plan_states

pytestmark = pytest.mark.django_db
STALE = "数据更新中,显示的是"
COMPUTING = "驾驶舱数据正在计算"


def run_queued(queue) -> int:
    """Run every queued build as the worker would (its function, without the worker's closing of the database
    connections, which would close the test's); the number run."""
    from kechuang.web.cockpit.tasks import build_cockpit

    n = 0
    while (task := queue.dequeue()) is not None:
        assert task.name.endswith("build_cockpit")
        build_cockpit.call_local(*task.args, **task.kwargs)
        n += 1
    return n


def red_lights(plan) -> int:
    return sum(s.light.colour == "red" for s in plan_states(plan, today()))


def test_a_miss_with_nothing_built_serves_the_computing_page_and_queues_one_build(plan, users, client, queue):
    client.force_login(users["leader"])
    pages = [client.get(reverse("kc-dashboard")) for _ in range(3)]
    for page in pages:
        body = page.content.decode()
        assert page.status_code == 200 and COMPUTING in body and 'http-equiv="refresh"' in body
        assert "task-lights" not in body
    assert queue.pending_count() == 1  # three misses, one build
    assert run_queued(queue) == 1
    built = client.get(reverse("kc-dashboard"))
    body = built.content.decode()
    assert COMPUTING not in body and STALE not in body and f"红 {red_lights(plan)}</span>" in body
    assert queue.pending_count() == 0  # a hit queues nothing


def test_a_miss_with_an_older_build_serves_it_marked_and_the_new_figures_once_built(plan, users, client, queue):
    client.force_login(users["leader"])
    client.get(reverse("kc-dashboard"))
    run_queued(queue)
    before = red_lights(plan)
    old = client.get(reverse("kc-dashboard")).content.decode()
    assert f"红 {before}</span>" in old and STALE not in old

    Task.objects.filter(plan=plan).update(deadline=date(2099, 12, 31))  # nothing overdue any more
    versions_touch(plan_id=plan.pk)  # as every recorded change does
    plan.refresh_from_db()
    after = red_lights(plan)
    assert after != before

    stale = [client.get(reverse("kc-dashboard")).content.decode() for _ in range(2)]
    for body in stale:
        assert STALE in body and f"红 {before}</span>" in body and COMPUTING not in body
    assert queue.pending_count() == 1
    run_queued(queue)
    fresh = client.get(reverse("kc-dashboard")).content.decode()
    assert STALE not in fresh and f"红 {after}</span>" in fresh


def test_another_county_still_gets_404_and_queues_nothing(plan, county, users, client, queue):
    client.force_login(users["other_bureau"])
    assert client.get(reverse("kc-dashboard"), {"region": county.code}).status_code == 404
    assert queue.pending_count() == 0


def test_with_a_worker_that_runs_at_once_the_first_request_shows_the_figures(plan, users, client):
    client.force_login(users["leader"])
    body = client.get(reverse("kc-dashboard")).content.decode()
    assert COMPUTING not in body and f"红 {red_lights(plan)}</span>" in body


def test_the_api_never_builds_in_the_request_either(plan, users, client, queue):
    import secrets

    from kechuang.web.accounts.models import ApiToken, token_digest

    token = secrets.token_urlsafe(16)
    ApiToken.objects.create(user=users["leader"], digest=token_digest(token))
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    first = [client.get("/api/v1/dashboard", **headers) for _ in range(2)]
    for response in first:
        assert response.status_code == 202 and response["Retry-After"] == "5"
        assert response.json()["status"] == "computing" and "后台计算" in response.json()["message"]
    assert queue.pending_count() == 1  # two misses, one build
    run_queued(queue)
    built = client.get("/api/v1/dashboard", **headers)
    assert built.status_code == 200 and built.json()["lights"]["red"] == red_lights(plan)
    assert queue.pending_count() == 0
