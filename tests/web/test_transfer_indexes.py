"""The transfer libraries' match index: rebuilt from the rows' state, refreshed for edited rows only, saved under
the data directory and loaded by the next process without segmenting again."""

from __future__ import annotations

import pytest

from kechuang.web.transfer import indexes
from kechuang.web.transfer.services import AchievementInput, achievement_create, achievement_update
from tests.web.transfer_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_data_dir(settings, tmp_path, monkeypatch):
    """Saved copies of other tests' databases stay out of the way."""
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(indexes, "_KEPT", {})
    monkeypatch.setattr(indexes, "_CHECKED", {})


def _titles(index) -> list[str]:
    return sorted(r.title for r in index.records)


def test_a_write_of_another_process_is_seen_within_the_recheck_time(monkeypatch, achievements):
    from kechuang.web.transfer.models import Achievement

    first = indexes.index_for("achievement")
    Achievement.objects.filter(pk=achievements["a0"].pk).update(title="另一进程改过的名称")  # not through services
    assert indexes.index_for("achievement") is first  # trusted for RECHECK seconds
    monkeypatch.setattr(indexes, "RECHECK", 0.0)
    Achievement.objects.filter(pk=achievements["a0"].pk).update(title="另一进程改过的名称", updated_at=_now())
    assert "另一进程改过的名称" in _titles(indexes.index_for("achievement"))


def _now():
    from django.utils import timezone

    return timezone.now()


def test_edits_additions_and_withdrawals_refresh_only_what_changed(monkeypatch, users, county, achievements):
    first = indexes.index_for("achievement")
    assert len(first) == 4 and indexes.index_for("achievement") is first  # unchanged rows: the same index
    segmented = []
    real = indexes.record_tokens
    monkeypatch.setattr(indexes, "record_tokens", lambda rec: segmented.append(rec.title) or real(rec))
    achievement_create(users["bureau"], county, AchievementInput(
        title="盐碱地改良剂", holder="某大学", holder_kind="university", summary="改良盐碱地"))
    achievement_update(users["bureau"], achievements["a2"], AchievementInput(
        title="苹果园病虫害绿色防控技术", holder="河北省农林科学院", holder_kind="institute", summary="已撤回",
        status="withdrawn"))
    second = indexes.index_for("achievement")
    # the withdrawn one leaves, the new one is segmented, the older ones keep their tokens (the last edited
    # before, at the kept state's time, is segmented again: the millisecond margin of the state's timestamp)
    assert set(segmented) - {"菌渣有机肥发酵工艺"} == {"盐碱地改良剂"}
    assert "盐碱地改良剂" in _titles(second) and "苹果园病虫害绿色防控技术" not in _titles(second)
    assert second.search("盐碱地", k=1)[0].record.title == "盐碱地改良剂"


def test_a_new_process_loads_the_saved_index(monkeypatch, achievements):
    built = indexes.index_for("achievement")
    monkeypatch.setattr(indexes, "_KEPT", {})  # a fresh process
    monkeypatch.setattr(indexes, "_CHECKED", {})
    monkeypatch.setattr(indexes, "record_tokens", lambda rec: pytest.fail("segmented again"))
    monkeypatch.setattr(indexes.MatchIndex, "__init__", _no_build(indexes.MatchIndex.__init__))
    loaded = indexes.index_for("achievement")
    assert loaded is not built and _titles(loaded) == _titles(built)


def _no_build(init):
    def guarded(self, records=None, **kwargs):
        assert not records, "built from the rows instead of loading the saved copy"
        init(self, records, **kwargs)
    return guarded


def test_a_new_process_refreshes_an_older_saved_copy(monkeypatch, users, achievements):
    indexes.index_for("achievement")
    achievement_update(users["bureau"], achievements["a1"], AchievementInput(
        title="玄武岩纤维连续拉丝工艺", holder="河北工业大学", holder_kind="university", summary="拉丝", fields="新材料"))
    monkeypatch.setattr(indexes, "_KEPT", {})  # a fresh process: the saved copy is one edit behind
    monkeypatch.setattr(indexes, "_CHECKED", {})
    segmented = []
    real = indexes.record_tokens
    monkeypatch.setattr(indexes, "record_tokens", lambda rec: segmented.append(rec.title) or real(rec))
    index = indexes.index_for("achievement")
    assert "玄武岩纤维连续拉丝工艺" in segmented and "食用菌菌渣制备育苗基质技术" not in segmented
    assert "玄武岩纤维连续拉丝工艺" in _titles(index)
    assert len(indexes._saved("achievement")) == 1  # the refreshed copy replaced the older one


@pytest.mark.django_db(transaction=True)
def test_a_large_library_is_indexed_in_the_background_and_the_page_does_not_wait(monkeypatch, client, users,
                                                                                   achievements, demands):
    monkeypatch.setattr(indexes, "BACKGROUND_ABOVE", 0)  # every library counts as large
    client.force_login(users["bureau"])
    page = client.get(f"/transfer/demands/{demands['own'].pk}/")
    assert page.status_code == 200 and "匹配索引正在建立" in page.content.decode("utf-8")
    _wait()
    page = client.get(f"/transfer/demands/{demands['own'].pk}/")
    assert page.context["matches"][0].obj == achievements["a0"]
    from kechuang.web.transfer.services import AchievementInput, achievement_create

    achievement_create(users["bureau"], users["bureau"].profile.region, AchievementInput(
        title="菌渣育苗基质新配方", holder="某大学", holder_kind="university", summary="菌渣基质"))
    page = client.get(f"/transfer/demands/{demands['own'].pk}/")  # the kept index answers meanwhile
    assert page.context["matches"] and page.context["pending"] is None
    _wait()  # the refresh it started ends before the database is emptied


def _wait() -> None:
    for thread in list(indexes._BUILDING.values()):
        thread.join(timeout=60)
