"""The project page's duplicate check and the demand page's matches are computed once per record version and index
data version (``index_store.cached``), not on every view; a write to the library gives a new result at once. The
demand page asks the user's regions once, not once per permission check."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kechuang.matching import DuplicateIndex, MatchIndex
from kechuang.web.keyset import Renewal
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


def _similar(answer) -> list[int]:
    """The project ids of the page's block of similar projects (its table ``#similar``)."""
    body = answer.content.decode()
    block = body[body.index('id="similar"'):].split("</table>")[0]
    return [int(pk) for pk in re.findall(r'href="/libraries/projects/(\d+)/"', block)]


def test_the_project_page_checks_once_per_version(client, users, county, projects, monkeypatch):  # noqa: F811
    from kechuang.web.libraries.services import project_create

    checks = _counting(monkeypatch, DuplicateIndex, "check")
    client.force_login(users["bureau"])
    url = f"/libraries/projects/{projects['original'].pk}/"
    first = _similar(client.get(url))
    with CaptureQueriesContext(connection) as captured:
        again = _similar(client.get(url))
    reviews = [q["sql"] for q in captured if "libraries_duplicatereview" in q["sql"]]
    assert len(captured) <= 11 and len(reviews) == 1 and "SELECT" not in reviews[0][6:] and "JOIN" not in reviews[0]
    assert len(checks) == 1 and first == again and first and projects["original"].pk not in first
    made = project_create(users["bureau"], county, {
        "title": "设施蔬菜水肥一体化智能控制系统研发", "applicant": "灵寿县绿源农业科技有限公司", "year": "2026",
        "summary": "研制基于土壤墒情监测的水肥一体化智能控制系统。"}, reason="续建项目").project
    after = _similar(client.get(url))
    # the write's own check; the page scores the row written since its stored check (no second full check)
    assert len(checks) == 2 and made.pk in after


def test_the_demand_page_matches_once_per_version_and_reads_regions_once(client, users, county, achievements,  # noqa: F811
                                                                         demands, monkeypatch,  # noqa: F811
                                                                         django_assert_max_num_queries):
    from kechuang.web.transfer.services import AchievementInput, achievement_create

    searched = _counting(monkeypatch, MatchIndex, "search")
    client.force_login(users["bureau"])
    url = f"/transfer/demands/{demands['own'].pk}/"
    first = [pk for pk, _ in client.get(url).context["recommended"]]
    # 27 before: the user's regions were read seven times; 18 with the hits; 10 with the 对接 choices read each
    # view; the matches stored (stored_matches): their row and the newest write, the achievements shown
    with django_assert_max_num_queries(10):
        again = client.get(url)  # read afresh, the 100 form choices as values
    assert len(searched) == 1 and first == [pk for pk, _ in again.context["recommended"]]
    assert achievements["a0"].pk == first[0] and f'href="/transfer/achievements/{first[0]}/"' in again.content.decode()
    made = achievement_create(users["bureau"], county, AchievementInput(
        title="食用菌菌渣基质化利用新工艺", holder="河北农业大学", holder_kind="university",
        summary="菌渣制备育苗基质", fields="农业"))
    body = client.get(url).content.decode()
    assert len(searched) == 1 and f'href="/transfer/achievements/{made.pk}/"' in body  # scored alone, not searched


def test_a_cached_block_is_never_shown_to_a_viewer_it_was_not_rendered_for(client, users, county, achievements,  # noqa: F811
                                                                            demands, projects):  # noqa: F811
    """The blocks are keyed by what the viewer may see: the administrator's matches (every region) are not shown
    to the county's bureau, the bureau's duplicate check is not shown to a leader who does not manage projects, the
    experts are not shown to the enterprise that posted the demand; a new expert shows at once."""
    from kechuang.web.talents.models import Talent

    for i, (field, expertise) in enumerate((("机械", "农机装备设计"), ("材料", "玄武岩纤维"), ("医药", "中药材炮制"))):
        Talent.objects.create(region=county, name=f"专家{i}", title="教授", categories=",expert,", affiliation="某大学",
                              fields=field, expertise=expertise, entered_on=date(2024, 1, 1))
    Talent.objects.create(region=county, name="王建国", title="研究员", categories=",expert,", affiliation="河北农业大学",
                          fields="农业", expertise="食用菌菌渣资源化利用、育苗基质", entered_on=date(2024, 1, 1))
    demand = f"/transfer/demands/{demands['own'].pk}/"
    far = achievements["far"].title
    client.force_login(users["admin"])
    assert far in client.get(demand).content.decode()
    client.force_login(users["bureau"])
    body = client.get(demand).content.decode()
    assert far not in body and 'id="people"' in body and "王建国" in body
    client.force_login(users["ent_user"])
    body = client.get(demand).content.decode()
    assert far not in body and 'id="people"' not in body and "王建国" not in body
    Talent.objects.create(region=county, name="李春华", title="高级农艺师", categories=",specialist,",
                          affiliation="灵寿县农技站", fields="农业", expertise="食用菌菌渣资源化利用、育苗基质",
                          entered_on=date(2024, 1, 1))
    Renewal(Talent._meta.db_table)()  # what the write's commit does (this test's transaction never commits)
    client.force_login(users["bureau"])
    assert "李春华" in client.get(demand).content.decode()
    project = f"/libraries/projects/{projects['original'].pk}/"
    assert 'id="similar"' in client.get(project).content.decode()
    client.force_login(users["leader"])
    body = client.get(project).content.decode()
    assert body and 'id="similar"' not in body


def test_another_user_sees_only_its_own_hits_from_the_cache(client, users, achievements, demands):  # noqa: F811
    """The cached result is keyed by what the user may see: 金塔县's bureau never gets 灵寿县's hits."""
    for user, far_visible in ((users["bureau"], False), (users["admin"], True)):
        hits = matching.matches_for_demand(user, demands["own"])
        assert (achievements["far"].pk in [h.obj.pk for h in hits]) is far_visible


def test_the_docking_choices_are_read_once_per_version_of_the_achievements(client, users, county, achievements,  # noqa: F811
                                                                           demands):  # noqa: F811
    """The 对接 form's 100 achievement choices are kept per visibility and achievements table version: a repeated
    view does not read them, a committed write shows the new achievement at once."""
    from kechuang.web.transfer.models import Achievement
    from kechuang.web.transfer.services import AchievementInput, achievement_create

    client.force_login(users["bureau"])
    url = f"/transfer/demands/{demands['own'].pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    assert not [q for q in captured if 'FROM "transfer_achievement"' in q["sql"] and "LIMIT 100" in q["sql"]]
    made = achievement_create(users["bureau"], county, AchievementInput(
        title="玄武岩纤维连续拉丝新工艺", holder="河北工业大学", holder_kind="university", summary="拉丝", fields="材料"))
    Renewal(Achievement._meta.db_table)()  # what the write's commit does (this test's transaction never commits)
    assert f'<option value="{made.pk}">玄武岩纤维连续拉丝新工艺</option>' in client.get(url).content.decode()
