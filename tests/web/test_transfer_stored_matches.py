"""The demand page's matches are computed when the demand is written (a batched background job) and stored per
demand (``StoredMatches``, the mechanism of ``libraries/stored.py``); the page draws no candidates from the index,
applies the viewer's visibility and the re-ranking to the stored ones, and scores only the achievements written
since. It shows what the live computation shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from kechuang.matching import MatchIndex
from kechuang.web.libraries import stored
from kechuang.web.libraries.index_store import index_for
from kechuang.web.transfer import matching, page_blocks, stored_matches
from kechuang.web.transfer.models import Achievement, Demand, StoredDemandMatches, StoredMatches
from kechuang.web.transfer.records import ACHIEVEMENTS as LIBRARY
from kechuang.web.transfer.services import AchievementInput, achievement_create
from tests.web.calls import calls_of
from tests.web.transfer_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def _searches(monkeypatch) -> list:
    return calls_of(monkeypatch, MatchIndex, "search")


def _live(user, demand) -> str:
    """The block as the page computed it before the store: the index searched for the demand, now."""
    return str(page_blocks.hits_html(matching.demand_hits(user, demand, index_for(LIBRARY)), "需求"))


def _written_long_ago() -> None:
    """Every row as if written an hour ago (before any watermark and its slack)."""
    for model in (Achievement, Demand):
        model.objects.update(updated_at=timezone.now() - timedelta(hours=1))


def _url(achievement) -> str:
    return f'href="/transfer/achievements/{achievement.pk}/"'


def _shown(user, demand) -> str:
    demand = Demand.objects.select_related("enterprise").get(pk=demand.pk)
    return str(page_blocks.matches_block(user, demand).html)


def test_a_write_stores_the_matches_and_the_page_searches_nothing(users, achievements, monkeypatch,
                                                                 django_capture_on_commit_callbacks):
    from kechuang.web.transfer.services import DemandInput, demand_create

    with django_capture_on_commit_callbacks(execute=True) as jobs:
        made = demand_create(users["ent_user"], DemandInput(
            title="食用菌菌渣资源化利用", problem="每年产生菌渣约2万吨,需要制备育苗基质或有机肥的低成本工艺。",
            fields="农业、资源综合利用", budget="50", maturity="6"))
    assert jobs and StoredMatches.objects.filter(pk=made.pk, text_key=stored_matches.text_key(
        stored_matches.TO_ACHIEVEMENTS, made)).exists()
    _written_long_ago()
    stored_matches.precompute([made.pk])
    live = {who: _live(users[who], made) for who in ("admin", "bureau", "ent_user")}
    searches = _searches(monkeypatch)
    for who, html in live.items():
        assert _shown(users[who], made) == html, who
    assert searches == []
    assert _url(achievements["a0"]) in live["ent_user"]


def test_the_viewer_sees_only_achievements_of_regions_it_may_see(users, demands, achievements):
    """One stored list for every viewer: the visibility is applied when the page is read. The 金塔县 achievement
    answers the 灵寿县 demand: the administrator is shown it, the enterprise user of 灵寿县 never."""
    _written_long_ago()
    stored_matches.precompute([demands["own"].pk])
    far = _url(achievements["far"])
    assert far in _shown(users["admin"], demands["own"])
    for who in ("ent_user", "bureau"):
        assert far not in _shown(users[who], demands["own"]) and _url(achievements["a0"]) in _shown(
            users[who], demands["own"])


def test_a_better_achievement_written_after_the_store_shows_at_once(users, county, demands, achievements,
                                                                    monkeypatch):
    _written_long_ago()
    own = demands["own"]
    stored_matches.precompute([own.pk])
    before = StoredMatches.objects.get(pk=own.pk).watermark
    better = achievement_create(users["bureau"], county, AchievementInput(
        title="食用菌菌渣资源化利用育苗基质低成本工艺", holder="灵寿县农业科学研究所", holder_kind="institute",
        summary="每年产生的食用菌菌渣制备育苗基质或有机肥,低成本工艺。", fields="农业、资源综合利用", maturity="7",
        price="40"))
    index_for(LIBRARY)  # the index the page scores the new row with (held by the worker)
    searches = _searches(monkeypatch)
    shown = _shown(users["ent_user"], own)
    assert searches == [] and StoredMatches.objects.get(pk=own.pk).watermark == before  # not recomputed
    assert shown.index(_url(better)) < shown.index(_url(achievements["a0"]))  # first: the better match
    assert shown == _live(users["ent_user"], own)


def test_a_withdrawn_achievement_leaves_the_stored_matches(users, demands, achievements):
    from kechuang.web.transfer.services import achievement_update

    _written_long_ago()
    stored_matches.precompute([demands["own"].pk])
    a0 = achievements["a0"]
    achievement_update(users["bureau"], a0, AchievementInput(
        title=a0.title, holder=a0.holder, holder_kind=a0.holder_kind, summary=a0.summary, fields="农业、资源综合利用",
        maturity=str(a0.maturity), price="30", status=Achievement.WITHDRAWN, modes=a0.modes))
    assert _url(a0) not in _shown(users["bureau"], demands["own"])


def test_more_rows_written_than_the_delta_limit_compute_again_and_store(users, county, demands, achievements,
                                                                         monkeypatch):
    _written_long_ago()
    own = demands["own"]
    stored_matches.precompute([own.pk])
    before = StoredMatches.objects.get(pk=own.pk).watermark
    monkeypatch.setattr(stored, "DELTA_LIMIT", 0)
    achievement_create(users["bureau"], county, AchievementInput(
        title="秸秆饲料化利用", holder="某大学", holder_kind="university", summary="秸秆青贮。", fields="农业"))
    searches = _searches(monkeypatch)
    _shown(users["bureau"], own)
    assert len(searches) == 1 and StoredMatches.objects.get(pk=own.pk).watermark > before


def test_a_demand_whose_text_changed_is_computed_again(users, demands, achievements, monkeypatch):
    _written_long_ago()
    own = demands["own"]
    stored_matches.precompute([own.pk])
    Demand.objects.filter(pk=own.pk).update(title="玄武岩纤维复合材料成型")  # no job queued: the key tells
    searches = _searches(monkeypatch)
    assert _url(achievements["a1"]) in _shown(users["bureau"], own) and len(searches) == 1


def test_writes_queue_a_job_a_batch(monkeypatch, django_capture_on_commit_callbacks):
    from kechuang.web.transfer import tasks

    batches: list = []
    monkeypatch.setattr(stored, "CHUNK", 2)
    monkeypatch.setattr(tasks, "precompute_matches", lambda pks, reverse: batches.append(pks))
    stored_matches.queue([5, 6, 7, 8, 9])
    with django_capture_on_commit_callbacks(execute=True):
        stored_matches.queue([1, 2, 3])
    assert batches == [[1, 2], [3]]


def _demands_shown(client, achievement) -> str:
    body = client.get(f"/transfer/achievements/{achievement.pk}/").content.decode()
    return body[body.index('id="matches"'):].split("</ol>")[0]


def test_the_achievement_page_s_demands_are_stored_the_same_way(client, users, demands, achievements, monkeypatch,
                                                                 django_capture_on_commit_callbacks):
    """The reverse: an achievement's demands stored on write; the bureau sees both enterprises' demands, the
    enterprise user its own only (another enterprise's demand is never shown); a demand written since shows."""
    from kechuang.web.transfer.services import DemandInput, achievement_update, demand_create

    a1 = achievements["a1"]  # 高强度玄武岩纤维连续拉丝工艺: answers the other enterprise's demand
    with django_capture_on_commit_callbacks(execute=True):
        achievement_update(users["bureau"], a1, AchievementInput(
            title=a1.title, holder=a1.holder, holder_kind=a1.holder_kind, summary=a1.summary, fields="新材料",
            maturity=str(a1.maturity), price="120", modes=a1.modes))
    assert StoredDemandMatches.objects.filter(pk=a1.pk).exists()
    _written_long_ago()
    stored_matches.precompute([a1.pk], stored_matches.TO_DEMANDS)
    live = {who: str(page_blocks.hits_html(matching.demands_for_achievement(users[who], a1), "成果"))
            for who in ("bureau", "ent_user")}
    searches = _searches(monkeypatch)
    for who, html in live.items():
        client.force_login(users[who])
        shown = _demands_shown(client, a1)
        assert html in shown and html.count('class="match"') == shown.count('class="match"'), who
    assert searches == []
    other = f'href="/transfer/demands/{demands["other"].pk}/"'
    assert other in live["bureau"] and other not in live["ent_user"]
    mine = demand_create(users["ent_user"], DemandInput(
        title="玄武岩纤维连续拉丝", problem="需要高强度玄武岩纤维连续拉丝工艺。", fields="新材料", budget="80"))
    client.force_login(users["ent_user"])
    assert f'href="/transfer/demands/{mine.pk}/"' in _demands_shown(client, a1) and searches == []


def test_the_docking_form_s_options_are_rendered_once_and_escaped(users, county, demands, achievements):
    """The 对接 form's 100 achievement options are rendered with the list they are read from (once per visibility
    and version of the achievements table); the page shows what rendering them on each view showed, titles escaped,
    and a form shown again with its input marks the chosen option."""
    from kechuang.web.transfer import docking_views
    from kechuang.web.transfer.access import achievements_visible

    bureau = users["bureau"]
    achievement_create(bureau, county, AchievementInput(title="<b>粗体</b>菌渣基质", summary="菌渣制备育苗基质的工艺。",
                                                holder="县农科所", holder_kind="institute", fields="农业", maturity="7"))
    demand = demands["own"]
    recommended = [(a.pk, a.title) for a in Achievement.objects.all()[:2]]
    rows = list(achievements_visible(bureau).select_related(None).values_list("id", "title")[:100])
    each_view = str(docking_views.achievement_options(recommended, rows, ""))
    for _ in range(2):  # built, then read from the cache
        shown = str(docking_views.docking_context(bureau, demand, recommended=recommended)["achievement_options"])
        assert shown == each_view
    assert "&lt;b&gt;粗体&lt;/b&gt;菌渣基质" in shown and "<b>粗体" not in shown
    chosen = rows[-1][0]
    again = str(docking_views.docking_context(bureau, demand, {"achievement_id": chosen}, recommended)
                ["achievement_options"])
    assert f'<option value="{chosen}" selected>' in again
