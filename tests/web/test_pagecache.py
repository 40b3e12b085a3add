"""Boards, task lists and exports are cached under data versions (the plan's, the department's): hits are
cheap, and every recorded change is seen by the next request."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _version(obj):
    obj.refresh_from_db()
    return obj.data_version


def _body(response):
    """The shared part of the board (the page around it carries a fresh CSRF token each time)."""
    page = response.content.decode()
    return page[page.index('<div class="board-top">'):page.index("</main>")]


def _get(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(ctx)


def _submit(users, task, user="responsible", period="2026-11"):
    from kechuang.web.supervision.services import ReportInput, report_submit

    return report_submit(users[user], task, ReportInput(period=period, text="进展", percent=30))


def _confirmed_in_september(plan):
    """Reports of September and October were due and are missing: 催办 items can be raised."""
    from django.utils import timezone

    from kechuang.web.plans.models import Plan

    Plan.objects.filter(pk=plan.pk).update(confirmed_at=timezone.make_aware(timezone.datetime(2026, 9, 1)))
    plan.refresh_from_db()
    return plan


def _writes(users, plan, task, county):
    """Every write the platform offers, each a function of nothing."""
    from kechuang.web.accounts.services import department_add_alias, department_create
    from kechuang.web.clock import today
    from kechuang.web.plans.services import TaskInput, plan_map_unit, task_add, task_delete, task_update
    from kechuang.web.supervision.reminders import reminders_issue
    from kechuang.web.supervision.services import report_approve, report_return

    lead_department = users["lead"].profile.department
    return {
        "report_submit": lambda: _submit(users, task),
        "report_approve": lambda: report_approve(users["lead"], _submit(users, task, period="2026-10")),
        "report_return": lambda: report_return(users["lead"], _submit(users, task, period="2026-09"), "请补充材料"),
        "task_update": lambda: task_update(users["bureau"], task, TaskInput(path=task.path, title=task.title + "(改)",
                                                                              lead=lead_department.name), task.version),
        "task_add": lambda: task_add(users["bureau"], plan, TaskInput(path="九", title="新增任务",
                                                                       lead=lead_department.name)),
        "task_delete": lambda: task_delete(users["bureau"], plan.tasks.exclude(pk=task.pk).first(),
                                           plan.tasks.exclude(pk=task.pk).first().version),
        "plan_map_unit": lambda: plan_map_unit(users["bureau"], plan, "某新单位", lead_department),
        "department_create": lambda: department_create(users["bureau"], county, "灵寿县新设局"),
        "department_add_alias": lambda: department_add_alias(users["bureau"], lead_department, "发改"),
        "reminders_create": lambda: reminders_issue(users["bureau"], _confirmed_in_september(plan), today()),
    }


PLAN_WRITES = ["report_submit", "report_approve", "report_return", "task_update", "task_add", "task_delete",
               "plan_map_unit", "reminders_create"]


@pytest.mark.parametrize("write", [*PLAN_WRITES, "department_create", "department_add_alias"])
def test_every_write_gives_the_plan_and_its_departments_new_versions(write, users, plan, task, county):
    """Board and exports follow the plan's version; a task list its department's (lead 发改局 and
    responsible 县委组织部 are both on the task every write here touches)."""
    lead, responsible = users["lead"].profile.department, users["responsible"].profile.department
    bystander = users["bystander"].profile.department  # a township on other tasks of the plan
    before = {"plan": _version(plan), "lead": _version(lead), "responsible": _version(responsible),
              "bystander": _version(bystander)}
    _writes(users, plan, task, county)[write]()
    after = {"plan": _version(plan), "lead": _version(lead), "responsible": _version(responsible),
             "bystander": _version(bystander)}
    if write in PLAN_WRITES:
        assert after["plan"] != before["plan"]
    else:  # departments are named by the plan's assignments, not changed
        assert after == before
    if write in ("report_submit", "report_approve", "report_return", "task_update"):
        assert after["lead"] != before["lead"] and after["responsible"] != before["responsible"]
        assert after["bystander"] == before["bystander"]  # its list does not show this task


def test_a_department_taken_off_a_task_gets_a_new_version(users, plan, task):
    from kechuang.web.plans.services import TaskInput, task_update

    responsible = users["responsible"].profile.department
    before = _version(responsible)
    task.refresh_from_db()
    task_update(users["bureau"], task, TaskInput(path=task.path, title=task.title,
                                                  lead=users["lead"].profile.department.name), task.version)
    assert not task.assignments.filter(department=responsible).exists()
    assert _version(responsible) != before  # the task leaves its list at once


def test_deleting_a_task_gives_its_departments_new_versions(users, plan):
    from kechuang.web.plans.services import task_delete

    victim = plan.tasks.exclude(assignments=None).exclude(reports__isnull=False).first()
    departments = list({a.department for a in victim.assignments.all()})
    before = [_version(d) for d in departments]
    task_delete(users["bureau"], victim, victim.version)
    assert all(_version(d) != b for d, b in zip(departments, before, strict=True))


def test_board_is_served_from_cache_until_a_report_changes_it(as_user, users, plan, task):
    leader = as_user(users["leader"])
    url = reverse("kc-board", args=[plan.pk])
    first, computed = _get(leader, url)
    again, hit = _get(leader, url)
    assert hit < computed
    assert _body(again) == _body(first)
    assert "待审" not in _body(first)
    _submit(users, task)
    changed, _ = _get(as_user(users["leader"]), url)
    assert f'data-task="{task.pk}"' in changed.content.decode()
    assert "待审核 1" in _body(changed)  # the new report is on the board at once


def test_board_filters_are_cached_separately(as_user, users, plan):
    leader = as_user(users["leader"])
    url = reverse("kc-board", args=[plan.pk])
    everything, _ = _get(leader, url)
    lead_only, _ = _get(leader, f"{url}?role=lead&department={users['lead'].profile.department_id}")
    assert lead_only.content.decode().count("data-task=") < everything.content.decode().count("data-task=")


def test_cached_board_keeps_the_users_own_parts(as_user, users, plan):
    """The cached body is shared; the 生成催办单 form (CSRF token, bureau only) is not part of it."""
    url = reverse("kc-board", args=[plan.pk])
    assert "生成催办单" not in _get(as_user(users["leader"]), url)[0].content.decode()
    bureau_page = _get(as_user(users["bureau"]), url)[0].content.decode()
    assert "生成催办单" in bureau_page and "csrfmiddlewaretoken" in bureau_page


def test_exports_are_cached_and_follow_changes(as_user, users, plan, task):
    import io

    from openpyxl import load_workbook

    from kechuang.web.supervision.services import report_approve

    leader = as_user(users["leader"])
    url = reverse("kc-ledger", args=[plan.pk])
    first, computed = _get(leader, url)
    again, hit = _get(leader, url)
    assert again.content == first.content and hit < computed
    report_approve(users["lead"], _submit(users, task))
    changed, _ = _get(as_user(users["leader"]), url)
    sheet = load_workbook(io.BytesIO(changed.content)).worksheets[0]
    progress = [cell.value for row in sheet.iter_rows() for cell in row if cell.value == "进展"]
    assert progress  # the approved report's text is in the 台账 at once


def test_my_tasks_shows_a_new_reminder_at_once(as_user, users, plan):
    from kechuang.web.clock import today
    from kechuang.web.supervision.reminders import reminders_issue

    client = as_user(users["responsible"])
    url = reverse("kc-my-tasks")
    _confirmed_in_september(plan)
    assert "催办事项" not in _get(client, url)[0].content.decode()
    assert reminders_issue(users["bureau"], plan, today()).new > 0
    assert "催办事项" in _get(client, url)[0].content.decode()


def test_another_day_is_computed_again(as_user, users, plan, monkeypatch):
    leader = as_user(users["leader"])
    url = reverse("kc-board", args=[plan.pk])
    assert "统计日期 2026-11-21" in _get(leader, url)[0].content.decode()
    monkeypatch.setenv("KECHUANG_TODAY", "2027-03-01")
    page, computed = _get(leader, url)
    assert "统计日期 2027-03-01" in page.content.decode()
    _, hit = _get(leader, url)
    assert hit < computed


def test_one_request_builds_a_missing_entry_while_the_others_wait():
    import threading
    import time

    from kechuang.web.pagecache import cached

    builds, results = [], []

    def build():
        builds.append(1)
        time.sleep(0.3)
        return "页面"

    key = ("single-flight", time.time_ns())  # one key for all six, never met in an earlier run
    threads = [threading.Thread(target=lambda: results.append(cached(key, build))) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["页面"] * 6
    assert len(builds) == 1


def test_waiters_build_themselves_when_the_builder_fails():
    import threading
    import time

    from kechuang.web.pagecache import cached

    calls, results, errors = [], [], []
    key = ("failing-builder", time.time_ns())

    def build():
        calls.append(1)
        if len(calls) == 1:
            time.sleep(0.2)
            raise RuntimeError("第一次失败")
        return "第二次成功"

    def ask():
        try:
            results.append(cached(key, build))
        except RuntimeError as exc:
            errors.append(str(exc))

    first = threading.Thread(target=ask)
    first.start()
    time.sleep(0.05)
    second = threading.Thread(target=ask)
    second.start()
    first.join()
    second.join(timeout=5)
    assert errors == ["第一次失败"] and results == ["第二次成功"]


def test_file_cache_add_is_refused_while_the_entry_lives(tmp_path):
    import time

    from kechuang.web.filecache import FileCache

    cache = FileCache(str(tmp_path), {})
    assert cache.add("锁", 1, timeout=1)
    assert not cache.add("锁", 2, timeout=1)
    assert cache.get("锁") == 1
    time.sleep(1.1)
    assert cache.add("锁", 3, timeout=1)  # an expired entry is taken over
    assert cache.get("锁") == 3
    assert list(tmp_path.glob("tmp*")) == []  # no temporary file is left behind


def test_file_cache_lists_its_directory_once_every_few_writes_and_stays_bounded(tmp_path):
    """Django's file cache lists every entry on each ``set`` to decide whether to cull: with 2,000 entries that
    listing cost a page's first view more than its queries. Here it runs once every ``CULL_EVERY`` writes of a
    process; the directory still stays within MAX_ENTRIES plus those writes."""
    from kechuang.web.filecache import FileCache

    listings = []

    class Counting(FileCache):
        def _list_cache_files(self):
            files = super()._list_cache_files()
            listings.append(len(files))
            return files

    cache = Counting(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 50, "CULL_FREQUENCY": 3}})
    writes = 20 * cache.CULL_EVERY
    for i in range(writes):
        cache.set(f"页面{i}", "<p>块</p>")
    assert 1 <= len(listings) <= writes // cache.CULL_EVERY + 1  # not one listing a write
    assert len(list(tmp_path.glob("*.djcache"))) <= 50 + cache.CULL_EVERY
    assert cache.get(f"页面{writes - 1}") == "<p>块</p>"


def test_the_cache_backend_follows_kechuang_redis_url():
    """`make test` runs the web suite a second time with KECHUANG_REDIS_URL (scripts/with-redis.sh)."""
    import os

    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache
    from huey import RedisHuey, SqliteHuey
    from huey.contrib.djhuey import HUEY

    from kechuang.web.filecache import FileCache

    cache = caches["default"]
    if os.environ.get("KECHUANG_REDIS_URL"):
        assert isinstance(cache, RedisCache) and isinstance(HUEY, RedisHuey)
        cache.set("kc:ping", "通", timeout=5)
        assert cache.get("kc:ping") == "通"  # a real server answers
    else:
        assert isinstance(cache, FileCache) and isinstance(HUEY, SqliteHuey)


def test_cache_add_is_atomic_among_concurrent_clients():
    """Single flight rests on ``add``: of twenty clients adding the same key at once exactly one succeeds (the
    file cache's hard link, Redis's SET NX), on whichever backend settings.CACHES names."""
    import threading
    import time
    import uuid

    from django.core.cache import caches

    key, barrier, won = f"kc:atomic:{uuid.uuid4().hex}", threading.Barrier(20), []

    def add(n):
        barrier.wait(timeout=10)
        if caches["default"].add(key, n, timeout=30):  # each thread its own client (Django's caches are per thread)
            won.append(n)

    for _ in range(3):
        won.clear()
        threads = [threading.Thread(target=add, args=(n,)) for n in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert len(won) == 1 and caches["default"].get(key) == won[0]
        caches["default"].delete(key)
        time.sleep(0.01)


@pytest.mark.parametrize(("url", "backend"), [
    (None, "kechuang.web.filecache.FileCache"),
    ("redis://127.0.0.1:6390/0", "django.core.cache.backends.redis.RedisCache"),
])
def test_settings_choose_the_cache_and_the_queue(url, backend, tmp_path):
    from kechuang.web import config

    assert config.caches(url, tmp_path)["default"]["BACKEND"] == backend
    queue = config.huey(url, tmp_path)
    assert queue["huey_class"] == ("huey.RedisHuey" if url else "huey.SqliteHuey")
    assert queue.get("url") == url and not queue["immediate"]


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379", "redis://", "redis://host:port/0"])
def test_a_bad_redis_url_stops_the_start_with_a_chinese_message(url, monkeypatch):
    from kechuang.errors import KechuangError
    from kechuang.web import config

    monkeypatch.setenv("KECHUANG_REDIS_URL", url)
    with pytest.raises(KechuangError, match=r"KECHUANG_REDIS_URL.*无效"):
        config.redis_url()


def test_an_entry_stored_between_the_miss_and_the_lock_is_not_built_again(monkeypatch):
    """A request misses, another request stores the entry and releases its lock, then the first takes
    the lock: it reads the stored entry instead of building it a second time (seen once in CI on Redis)."""
    import time

    from kechuang.web import pagecache

    key = pagecache.key_of(("stored-meanwhile", time.time_ns()))
    real_get, builds = pagecache.cache.get, []

    class Between:
        """The configured cache, with another request finishing right after this request's first miss."""

        first = True

        def get(self, k, *a, **kw):
            value = real_get(k, *a, **kw)
            if k == key and self.first:
                self.first = False
                pagecache.cache_backend.set(key, "别的请求建成的页面", 60)
            return value

        def __getattr__(self, name):
            return getattr(pagecache.cache_backend, name)

    monkeypatch.setattr(pagecache, "cache_backend", pagecache.cache, raising=False)
    monkeypatch.setattr(pagecache, "cache", Between())
    value = pagecache.cached_under(key, lambda: builds.append(1) or "第二次建成")
    assert value == "别的请求建成的页面"
    assert builds == []
    assert not pagecache.cache_backend.has_key(key + ":building")

