"""The project page's duplicate check and the demand page's matches are computed once per record version and index
data version (``index_store.cached``), not on every view; a write to the library gives a new result at once. The
demand page asks the user's regions once, not once per permission check."""

from __future__ import annotations

import pytest

from kechuang.matching import DuplicateIndex
from kechuang.web.transfer import matching
from tests.web.library_fixtures import own_index_store, projects  # noqa: F401  (fixtures)
from tests.web.transfer_fixtures import achievements, demands  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_index_store")]  # no other test's snapshots


def _counting(monkeypatch, owner, name) -> list:
    calls: list = []
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_the_project_page_checks_once_per_version(client, users, county, projects, monkeypatch):  # noqa: F811
    from kechuang.web.libraries.services import project_create

    checks = _counting(monkeypatch, DuplicateIndex, "check")
    client.force_login(users["bureau"])
    url = f"/libraries/projects/{projects['original'].pk}/"
    first = [s.project.pk for s in client.get(url).context["similar"]]
    again = [s.project.pk for s in client.get(url).context["similar"]]
    assert len(checks) == 1 and first == again and projects["original"].pk not in first
    made = project_create(users["bureau"], county, {
        "title": "设施蔬菜水肥一体化智能控制系统研发", "applicant": "灵寿县绿源农业科技有限公司", "year": "2026",
        "summary": "研制基于土壤墒情监测的水肥一体化智能控制系统。"}, reason="续建项目").project
    after = [s.project.pk for s in client.get(url).context["similar"]]
    assert len(checks) == 3 and made.pk in after  # the write's own check, then the page's, with the new project


def test_the_demand_page_matches_once_per_version_and_reads_regions_once(client, users, county, achievements,  # noqa: F811
                                                                         demands, monkeypatch,  # noqa: F811
                                                                         django_assert_max_num_queries):
    from kechuang.web.transfer.services import AchievementInput, achievement_create

    ranked = _counting(monkeypatch, matching, "_ranked")
    client.force_login(users["bureau"])
    url = f"/transfer/demands/{demands['own'].pk}/"
    first = [h.obj.pk for h in client.get(url).context["matches"]]
    with django_assert_max_num_queries(18):  # 27 before: the user's regions were read seven times
        again = [h.obj.pk for h in client.get(url).context["matches"]]
    assert len(ranked) == 1 and first == again and achievements["a0"].pk == first[0]
    achievement_create(users["bureau"], county, AchievementInput(
        title="食用菌菌渣基质化利用新工艺", holder="河北农业大学", holder_kind="university",
        summary="菌渣制备育苗基质", fields="农业"))
    titles = [h.title for h in client.get(url).context["matches"]]
    assert len(ranked) == 2 and "食用菌菌渣基质化利用新工艺" in titles


def test_another_user_sees_only_its_own_hits_from_the_cache(client, users, achievements, demands):  # noqa: F811
    """The cached result is keyed by what the user may see: 金塔县's bureau never gets 灵寿县's hits."""
    for user, far_visible in ((users["bureau"], False), (users["admin"], True)):
        hits = matching.matches_for_demand(user, demands["own"])
        assert (achievements["far"].pk in [h.obj.pk for h in hits]) is far_visible
