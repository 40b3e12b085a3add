"""The match-index store: built once and saved, loaded from disk by a fresh process, caught up incrementally with
new rows, rebuilt when a row changed, built in the background for a large family (never within the page)."""

from __future__ import annotations

import pytest

from kechuang.matching import Record
from kechuang.web.libraries import index_store
from kechuang.web.libraries.records import LIBRARY
from kechuang.web.libraries.services import project_create, project_update
from tests.web.library_fixtures import *  # noqa: F403  (fixtures)
from tests.web.library_fixtures import OTHERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    index_store.forget()
    yield tmp_path
    index_store.forget()


def _titles(index) -> set[str]:
    return {r.title for r in index.index.records}


def test_saved_index_is_loaded_without_a_build(data_dir, users, county, projects, monkeypatch):
    first = index_store.index_for(LIBRARY, county)
    assert len(first) == 4 and list((data_dir / "index" / LIBRARY / str(county.pk)).glob("index-*.pkl"))
    index_store.forget()  # a new process

    def no_build(*args):
        raise AssertionError("built again")

    monkeypatch.setattr(index_store, "build", no_build)
    loaded = index_store.index_for(LIBRARY, county)
    assert loaded is not first and _titles(loaded) == _titles(first)


def test_new_rows_are_added_incrementally(data_dir, users, county, projects, monkeypatch):
    index = index_store.index_for(LIBRARY, county)
    monkeypatch.setattr(index_store, "build", lambda *a: (_ for _ in ()).throw(AssertionError("rebuilt")))
    project_create(users["bureau"], county, {"title": "灵寿县板栗深加工关键技术", "applicant": "灵寿县食品厂",
                                             "year": "2025"})
    again = index_store.index_for(LIBRARY, county)
    assert again is index and "灵寿县板栗深加工关键技术" in _titles(again)
    assert again.index.search("板栗深加工")[0].record.title == "灵寿县板栗深加工关键技术"


def test_a_large_delta_is_merged_in_the_background(data_dir, users, county, projects, monkeypatch):
    """Writes go to the BM25 delta; once it reaches half the merge limit a thread merges it (no build from the
    database, no wait in the request) and puts the merged index in place."""
    import time

    from kechuang.matching import index as match_index
    from kechuang.web.libraries import index_merge

    held = index_store.index_for(LIBRARY, county)
    before = held.index
    # the fixture's rows were caught up one by one into the delta of a one-record main segment: start from one
    # main segment of the 4, or the first write below would already be past the lowered limit (a merge in the
    # write itself, racing the background one)
    before.merge()
    assert before.pending == 0 and len(before) == 4
    monkeypatch.setattr(index_store, "build", lambda *a: (_ for _ in ()).throw(AssertionError("rebuilt")))
    monkeypatch.setattr(match_index, "DELTA_MIN", 4)  # 4 records: merge past 4, in the background from 2
    for title in ("灵寿县板栗深加工关键技术", "平山县核桃青皮综合利用技术"):
        project_create(users["bureau"], county, {"title": title, "applicant": "灵寿县食品厂", "year": "2025"})
    again = index_store.index_for(LIBRARY, county)
    assert again is held
    deadline = time.monotonic() + 30
    while index_merge._MERGING and time.monotonic() < deadline:
        time.sleep(0.05)
    # merged (a write after the merge started is replayed onto the new delta); the old index is left as it was
    assert before.pending == 2  # the old index is left as it was: no merge in a write
    assert held.index is not before and len(held.index) == 6 and held.index.pending == 0
    assert held.index.search("核桃青皮")[0].record.title == "平山县核桃青皮综合利用技术"
    assert held.check(Record(id="x", title="灵寿县板栗深加工关键技术"))[0].record.title == "灵寿县板栗深加工关键技术"
    # and saved, so that the next process starts from the merged index, not from the old snapshot and its delta
    saved = index_store._unpickled(index_store._folder(LIBRARY, county.pk) / index_store._newest(LIBRARY, county.pk))
    merged = saved["entry"].index.index
    assert len(merged) == 6 and merged.pending == 0


def test_a_changed_row_rebuilds_and_the_new_text_is_found(data_dir, users, county, projects):
    index_store.index_for(LIBRARY, county)
    project = projects["other1"]
    project_update(users["bureau"], project, {**OTHERS[1], "title": "石墨烯导热膜连续化制备工艺"}, project.version)
    index = index_store.index_for(LIBRARY, county)
    assert "石墨烯导热膜连续化制备工艺" in _titles(index) and "石墨烯改性沥青路面材料制备工艺" not in _titles(index)


def test_a_large_family_is_built_in_the_background(data_dir, users, county, projects, monkeypatch):
    import shutil

    index_store.forget()
    shutil.rmtree(data_dir / "index")  # a new process with no saved index
    monkeypatch.setattr(index_store, "SYNC_LIMIT", 2)
    with pytest.raises(index_store.IndexBuilding) as caught:
        index_store.index_for(LIBRARY, county)
    assert "后台" in caught.value.message_zh
    # huey's immediate mode (tests/web/conftest.py) ran the job: the next request has the index
    assert len(index_store.index_for(LIBRARY, county)) == 4


def test_an_index_of_another_database_is_never_taken(data_dir, users, county, projects):
    from kechuang.web.libraries.models import IndexVersion

    index_store.index_for(LIBRARY, county)
    IndexVersion.objects.filter(library=LIBRARY, region=county).update(generation="another-database")
    index_store.forget()
    index = index_store.index_for(LIBRARY, county)  # the saved snapshot's generation differs: built afresh
    assert len(index) == 4
