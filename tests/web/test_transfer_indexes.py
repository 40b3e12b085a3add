"""The transfer libraries' match indexes live in the index store (``kechuang.web.libraries.index_store``): one
``MatchIndex`` per library over every region, caught up with the rows written since (only they are segmented),
saved under the data directory and loaded by the next process without segmenting again."""

from __future__ import annotations

import pytest

from kechuang.matching import index as core_index
from kechuang.web.libraries import index_store
from kechuang.web.transfer.records import ACHIEVEMENTS as LIBRARY
from kechuang.web.transfer.services import AchievementInput, achievement_create, achievement_update
from tests.web.library_fixtures import own_index_store  # noqa: F401  (fixture)
from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)
from tests.web.transfer_fixtures import *  # noqa: F403

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_index_store")]  # no other test's snapshots


def _titles(index) -> list[str]:
    return sorted(r.title for r in index.records)


def _segmented(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = core_index.record_tokens
    monkeypatch.setattr(core_index, "record_tokens", lambda rec: seen.append(rec.title) or real(rec))
    return seen


def test_one_index_of_every_region_saved_in_the_store(tmp_path, achievements):
    index = index_store.index_for(LIBRARY)
    assert isinstance(index, core_index.MatchIndex) and len(index) == 4  # 灵寿县's three and 金塔县's one
    assert index_store.index_for(LIBRARY, achievements["far"].region_id) is index  # one for every region
    assert list((tmp_path / "index" / LIBRARY / "all").glob("index-*.pkl"))


def test_edits_additions_and_withdrawals_refresh_only_what_changed(monkeypatch, users, county, achievements):
    first = index_store.index_for(LIBRARY)
    assert len(first) == 4 and index_store.index_for(LIBRARY) is first  # unchanged rows: the same index
    segmented = _segmented(monkeypatch)
    achievement_create(users["bureau"], county, AchievementInput(
        title="盐碱地改良剂", holder="某大学", holder_kind="university", summary="改良盐碱地"))
    achievement_update(users["bureau"], achievements["a2"], AchievementInput(
        title="苹果园病虫害绿色防控技术", holder="河北省农林科学院", holder_kind="institute", summary="已撤回",
        status="withdrawn"))
    achievement_update(users["bureau"], achievements["a1"], AchievementInput(
        title="玄武岩纤维连续拉丝工艺", holder="河北工业大学", holder_kind="university", summary="拉丝", fields="新材料"))
    second = index_store.index_for(LIBRARY)
    assert sorted(segmented) == sorted(["盐碱地改良剂", "玄武岩纤维连续拉丝工艺"])  # the withdrawn one only leaves
    assert _titles(second) == sorted(["食用菌菌渣制备育苗基质技术", "菌渣有机肥发酵工艺", "盐碱地改良剂",
                                      "玄武岩纤维连续拉丝工艺"])
    assert second.search("盐碱地", k=1)[0].record.title == "盐碱地改良剂"
    assert not [m for m in second.search("苹果园病虫害") if m.record.extra["pk"] == achievements["a2"].pk]


def test_a_new_process_loads_the_saved_index(monkeypatch, achievements):
    built = index_store.index_for(LIBRARY)
    index_store.forget()  # a fresh process
    segmented = _segmented(monkeypatch)
    monkeypatch.setattr(index_store, "build", lambda *a: pytest.fail("built from the rows"))
    loaded = index_store.index_for(LIBRARY)
    assert loaded is not built and _titles(loaded) == _titles(built) and segmented == []


def test_a_new_process_catches_up_an_older_saved_copy(monkeypatch, users, achievements):
    index_store.index_for(LIBRARY)
    achievement_update(users["bureau"], achievements["a1"], AchievementInput(
        title="玄武岩纤维连续拉丝工艺", holder="河北工业大学", holder_kind="university", summary="拉丝", fields="新材料"))
    index_store.forget()  # a fresh process: the saved copy is one edit behind
    segmented = _segmented(monkeypatch)
    index = index_store.index_for(LIBRARY)
    assert segmented == ["玄武岩纤维连续拉丝工艺"]
    assert "玄武岩纤维连续拉丝工艺" in _titles(index) and "高强度玄武岩纤维连续拉丝工艺" not in _titles(index)


def test_a_large_library_is_indexed_in_the_background_and_the_page_does_not_wait(monkeypatch, client, users,
                                                                                   achievements, demands):
    """With no index yet, the demand page says the index is being built (the store's 503 error, shown in the
    page) instead of waiting; huey's immediate mode (tests/web/conftest.py) ran the job, so the next page has
    the matches, and a new achievement is caught up within the request."""
    monkeypatch.setattr(index_store, "SYNC_LIMIT", 0)  # every library counts as large
    client.force_login(users["bureau"])
    page = client.get(f"/transfer/demands/{demands['own'].pk}/")
    assert page.status_code == 200 and "索引正在后台建立" in page.content.decode("utf-8")
    page = client.get(f"/transfer/demands/{demands['own'].pk}/")
    assert page.context["recommended"][0][0] == achievements["a0"].pk
    achievement_create(users["bureau"], users["bureau"].profile.region, AchievementInput(
        title="菌渣育苗基质新配方", holder="某大学", holder_kind="university", summary="菌渣基质"))
    page = client.get(f"/transfer/demands/{demands['own'].pk}/")
    assert page.context["pending"] is None and "菌渣育苗基质新配方" in [t for _, t in page.context["recommended"]]


def test_the_api_answers_503_while_the_index_is_built(monkeypatch, api, users, demands):  # noqa: F811
    monkeypatch.setattr(index_store, "SYNC_LIMIT", 0)
    monkeypatch.setattr(index_store, "queue_rebuild", lambda *a: None)  # the worker has not run it yet
    status, body = api(users["bureau"], "get", f"/transfer/demands/{demands['own'].pk}/matches")
    assert status == 503
    _is_error(body, "KC-LIB-INDEX-BUILDING")
    assert "索引正在后台建立" in body["error"]["message"]
