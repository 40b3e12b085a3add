"""A server worker loads the saved match-index snapshots of every library before it accepts a request (gunicorn
``post_worker_init``); a server without the hook loads a large one in a background thread, and a request that needs
an index still loading gets the 503 "索引正在后台建立" at once — never a wait of seconds — and, once loaded, the
index is used without a build."""

from __future__ import annotations

import threading
import time

import pytest

from kechuang.web.libraries import index_store
from kechuang.web.libraries.records import LIBRARY
from kechuang.web.transfer.records import ACHIEVEMENTS as ACHIEVEMENT_LIBRARY
from tests.web.library_fixtures import projects  # noqa: F401  (fixture)
from tests.web.transfer_fixtures import achievements  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db(transaction=True)  # the loading thread reads the database with its own connection


@pytest.fixture
def saved(settings, tmp_path, county, projects, achievements):  # noqa: F811
    """Both libraries built and saved, then a new process (nothing in memory)."""
    settings.DATA_DIR = tmp_path
    index_store.forget()
    index_store.index_for(LIBRARY, county)
    index_store.index_for(ACHIEVEMENT_LIBRARY)
    index_store.forget()
    yield tmp_path
    index_store.forget()


@pytest.fixture
def held_load(monkeypatch):
    """Loading a snapshot waits until the test releases it (a 100,000-record load takes seconds)."""
    release = threading.Event()
    real = index_store._load_saved

    def slow(*args):
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(index_store, "_load_saved", slow)
    monkeypatch.setattr(index_store, "build", lambda *a: pytest.fail("built instead of loaded"))
    return release


def test_a_worker_loads_every_saved_index_before_it_accepts_a_request(saved, county, monkeypatch):
    """The hook returns (gunicorn then accepts) only once every snapshot is in memory, renewing the worker's
    heartbeat after each; the indexes are then out of the garbage collector's walks (frozen)."""
    import gc

    from kechuang.web import gunicorn_conf

    assert set(index_store.saved_keys()) == {(LIBRARY, county.pk), (ACHIEVEMENT_LIBRARY, None)}
    monkeypatch.setattr(index_store, "SYNC_LIMIT", 2)  # large families: never built or loaded within a page
    monkeypatch.setattr(index_store, "build", lambda *a: pytest.fail("built instead of loaded"))

    class Worker:  # gunicorn's worker: its log and its heartbeat
        beats = 0

        class log:
            info = staticmethod(lambda *a: None)

        def notify(self):
            self.beats += 1

    worker = Worker()
    try:
        gunicorn_conf.post_worker_init(worker)
        assert worker.beats >= 2  # after each snapshot (and every few seconds while one loads)
        projects_index = index_store.index_for(LIBRARY, county)  # no IndexBuilding: loaded already
        assert len(projects_index) == 4 and len(index_store.index_for(ACHIEVEMENT_LIBRARY)) == 4
        gc.collect()
        walked = {id(o) for o in gc.get_objects(generation=2)}
        assert gc.get_freeze_count() > 0 and id(projects_index) not in walked
    finally:
        gc.unfreeze()


def test_a_worker_loading_a_slow_snapshot_keeps_its_heartbeat(saved, monkeypatch):
    """gunicorn kills a worker whose heartbeat is older than its timeout: one 100,000-record snapshot on a busy
    machine may take longer, so the heartbeat is renewed while it loads, not only after."""
    import gc

    from kechuang.web import gunicorn_conf

    real = index_store._load_saved
    monkeypatch.setattr(index_store, "_load_saved", lambda *a: (time.sleep(0.5), real(*a))[1])
    monkeypatch.setattr(gunicorn_conf, "BEAT", 0.05)
    beats = []

    class Worker:
        class log:
            info = staticmethod(lambda *a: None)

        def notify(self):
            beats.append(time.perf_counter())

    try:
        gunicorn_conf.post_worker_init(Worker())
    finally:
        gc.unfreeze()
    assert len(beats) >= 6  # every 0.05 s during two loads of 0.5 s, not only the two after each


def test_a_large_index_not_in_memory_is_loaded_in_the_background_not_in_the_page(saved, county, monkeypatch,
                                                                                  held_load, client, users):
    """Without the hook (another server), the first page of a large family starts the load and says so."""
    monkeypatch.setattr(index_store, "SYNC_LIMIT", 2)
    client.force_login(users["bureau"])
    from kechuang.web.libraries.models import Project, StoredCheck

    StoredCheck.objects.all().delete()  # checks not stored yet (a stored one needs no index: test_library_stored_checks)
    started = time.perf_counter()
    page = client.get(f"/libraries/projects/{Project.objects.filter(region=county).first().pk}/")
    assert page.status_code == 200 and "索引正在后台建立" in page.content.decode("utf-8")  # the page, its notice
    assert time.perf_counter() - started < 20.0  # a page that waited for the held load would take its 30 s
    held_load.set()
    _join_loader()
    assert len(index_store.index_for(LIBRARY, county)) == 4


def test_a_snapshot_of_another_database_is_loaded_once_then_rebuilt(saved, county, monkeypatch):
    from kechuang.web.libraries.models import IndexVersion

    IndexVersion.objects.filter(library=LIBRARY).update(generation="another-database")
    monkeypatch.setattr(index_store, "SYNC_LIMIT", 2)
    queued = []
    monkeypatch.setattr(index_store, "queue_rebuild", lambda *a: queued.append(a))
    with pytest.raises(index_store.IndexBuilding):
        index_store.index_for(LIBRARY, county)
    _join_loader()
    assert queued == []
    with pytest.raises(index_store.IndexBuilding):  # not loaded again: a build is queued
        index_store.index_for(LIBRARY, county)
    assert queued == [(LIBRARY, county.pk)]


def _join_loader() -> None:
    for thread in threading.enumerate():
        if thread.name == "kechuang-index-load":
            thread.join(timeout=60)
