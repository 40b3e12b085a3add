"""A server worker loads the saved match-index snapshots of every library in a background thread when it starts
(gunicorn ``post_worker_init``): it answers at once, a request that needs an index still loading gets the 503
"索引正在后台建立" at once — never a wait of seconds — and, once loaded, the index is used without a build."""

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


def test_a_worker_loads_every_saved_index_in_the_background(saved, county, held_load):
    from kechuang.web import gunicorn_conf

    assert set(index_store.saved_keys()) == {(LIBRARY, county.pk), (ACHIEVEMENT_LIBRARY, None)}

    class Worker:
        class log:  # gunicorn's worker.log
            info = staticmethod(lambda *a: None)

    started = time.perf_counter()
    gunicorn_conf.post_worker_init(Worker())
    assert time.perf_counter() - started < 1.0  # the worker answers at once
    for call in (lambda: index_store.index_for(LIBRARY, county), lambda: index_store.index_for(ACHIEVEMENT_LIBRARY)):
        started = time.perf_counter()
        with pytest.raises(index_store.IndexBuilding):  # the 503 page, not a wait
            call()
        assert time.perf_counter() - started < 1.0
    held_load.set()
    _join_loader()
    assert len(index_store.index_for(LIBRARY, county)) == 4 and len(index_store.index_for(ACHIEVEMENT_LIBRARY)) == 4


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
    assert time.perf_counter() - started < 2.0
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
