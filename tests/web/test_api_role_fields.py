"""What a role may not set through the 揭榜挂帅 and achievement endpoints is refused by name (400), never dropped.

The review's fault: an enterprise user's application naming another enterprise (``enterprise_id``) was filed as
its own without a word, a bureau's naming an enterprise of another county was filed as a 高校/院所 one, a score on
a criterion the rules do not have and an achieved value of a target the 榜单 does not have were dropped, and a
榜单 draft sent back with another ``step`` or ``region`` said only that it did not know the field.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kechuang.web.challenges.models import Application, Challenge
from tests.web.challenge_fixtures import build_challenge, make_experts
from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)
from tests.web.transfer_fixtures import achievements  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db

TARGET = {"name": "直线作业精度", "promised": 2.5, "unit": "厘米", "direction": "le", "achieved": None, "met": None}


@pytest.fixture
def experts(users, county, other_county):
    return make_experts(county, other_county, users["expert"])


@pytest.fixture
def far_enterprise(other_county):
    """An enterprise of 金塔县, the other county."""
    from kechuang.enterprises import name_key
    from kechuang.web.enterprises.models import Enterprise

    return Enterprise.objects.create(region=other_county, name="金塔县丙农业有限公司",
                                     name_key=name_key("金塔县丙农业有限公司"))


def _names(answer, code, *names):
    status, body = answer
    assert status == 400, body
    _is_error(body, code)
    assert body["error"]["context"]["field"] == ",".join(names) and all(n in body["error"]["message"] for n in names)


def test_a_draft_sent_back_keeps_its_step_region_and_winner(api, users, county, experts):  # noqa: F811
    c = build_challenge(users, county, experts, "drafting")
    url = f"/challenges/{c.pk}/draft"
    status, got = api(users["bureau"], "get", f"/challenges/{c.pk}")
    body = {**got, "conditions": "县内注册企业", "budget": "100", "term_months": 24, "apply_until": "2026-12-31",
            "targets": [TARGET]}
    for changed in ({"step": "applying"}, {"region": "金塔县"}, {"winner_id": 1, "is_demo": True}):
        _names(api(users["bureau"], "put", url, {**body, **changed}), "KC-API-READ-ONLY", *changed)
    _names(api(users["bureau"], "put", url, {**body, "targets": [{**TARGET, "achieved": 2.0}]}),
           "KC-API-READ-ONLY", "achieved")
    assert Challenge.objects.get(pk=c.pk).budget is None  # nothing saved
    # cross-role and cross-region: refused before anything sent is looked at
    assert api(users["lead"], "put", url, {**body, "step": "applying"})[0] == 403
    assert api(users["ent_user"], "put", url, {**body, "step": "applying"})[0] in (403, 404)
    assert api(users["leader"], "put", url, {**body, "step": "applying"})[0] == 403
    assert api(users["other_bureau"], "put", url, {**body, "region": "金塔县"})[0] == 404
    status, saved = api(users["bureau"], "put", url, body)
    assert status == 200 and saved["budget"] == "100" and saved["step"] == "drafting"
    # the GET's own body, targets included (promised is the GET's name of value), is a read-modify-write
    status, got = api(users["bureau"], "get", f"/challenges/{c.pk}")
    status, saved = api(users["bureau"], "put", url, {**got, "title": "北斗导航自动驾驶"})
    assert status == 200 and saved["title"] == "北斗导航自动驾驶"
    assert [(t.name, t.promised, t.direction) for t in Challenge.objects.get(pk=c.pk).targets.all()] == [
        ("直线作业精度", 2.5, "le")]


def test_an_application_is_filed_only_for_an_enterprise_the_user_may_name(api, users, county, experts,  # noqa: F811
                                                                          far_enterprise):
    c = build_challenge(users, county, experts, "applying")
    url = f"/challenges/{c.pk}/applications"
    before = Application.objects.filter(challenge=c).count()

    def form(**extra):
        return {"lead": "陈工", "plan": "方案", "files": SimpleUploadedFile("方案.pdf", b"%PDF-1.4 plan"), **extra}

    other = users["other_ent"].profile.enterprise_id
    _names(api(users["ent_user"], "post", url, form(enterprise_id=other), form=True), "KC-WEB-FIELD", "enterprise_id")
    _names(api(users["bureau"], "post", url, form(enterprise_id=far_enterprise.pk), form=True), "KC-WEB-FIELD",
           "enterprise_id")
    assert api(users["lead"], "post", url, form(enterprise_id=other), form=True)[0] == 403  # a department
    assert api(users["other_bureau"], "post", url, form(enterprise_id=far_enterprise.pk), form=True)[0] == 404
    assert Application.objects.filter(challenge=c).count() == before
    own = users["ent_user"].profile.enterprise_id
    status, made = api(users["ent_user"], "post", url, form(enterprise_id=own), form=True)  # its own: as left out
    assert status == 201 and made["institution"] == "灵寿县甲科技有限公司"


def test_a_need_is_filed_only_for_the_user_s_own_enterprise(users, county, experts):
    from datetime import date

    from kechuang.errors import KechuangError
    from kechuang.web.challenges import entries

    c = entries.challenge_create(users["bureau"], county, "农机需求征集", "智能农机", "", date(2026, 9, 1))
    other = users["other_ent"].profile.enterprise_id
    with pytest.raises(KechuangError) as refused:
        entries.need_submit(users["ent_user"], c, "农机自动驾驶", "小地块转弯难", "", date(2026, 9, 1), other)
    assert refused.value.context["field"] == "enterprise_id" and not c.needs.exists()


def test_a_score_on_a_criterion_the_rules_do_not_have_is_refused(api, users, county, experts):  # noqa: F811
    from datetime import date

    from kechuang.web.challenges import review

    c = build_challenge(users, county, experts, "review")
    a = review.assign(users["bureau"], c.applications.first(), [experts["expert1"].pk], date(2026, 10, 10))[0]
    review.declare(experts["expert1"], a, False, "", date(2026, 10, 10))
    url = f"/challenge-reviews/{a.pk}/scores"
    scores = {"plan": 30, "team": 20, "base": 10, "budget": 5}
    _names(api(a.expert, "post", url, {"scores": {**scores, "novelty": 9}}), "KC-API-UNKNOWN-FIELD", "scores.novelty")
    assert api(users["bureau"], "post", url, {"scores": scores})[0] == 404  # the bureau scores for no expert


def test_an_achieved_value_of_a_target_the_challenge_does_not_have_is_refused(api, users, county, experts):  # noqa: F811
    c = build_challenge(users, county, experts, "acceptance")
    url = f"/challenges/{c.pk}/accept"
    _names(api(users["bureau"], "post", url, {"achieved": {"1": 2, "2": 6000, "3": 1}, "note": "验收"}),
           "KC-API-UNKNOWN-FIELD", "achieved.3")
    assert Challenge.objects.get(pk=c.pk).accepted is None
    assert api(users["ent_user"], "post", url, {"achieved": {"1": 2, "2": 6000}, "note": "验收"})[0] in (403, 404)
    assert api(users["other_bureau"], "post", url, {"achieved": {"1": 2, "2": 6000}, "note": "验收"})[0] == 404


def test_an_achievement_is_the_bureau_s_of_its_own_region(api, users, achievements, enterprise,  # noqa: F811
                                                          far_enterprise):
    mine = achievements["a0"]
    url = f"/transfer/achievements/{mine.pk}"
    status, body = api(users["bureau"], "get", url)
    assert api(users["ent_user"], "put", url, {**body, "enterprise_id": enterprise.pk})[0] == 403  # an enterprise
    assert api(users["lead"], "put", url, {**body, "status": "transferred"})[0] == 403  # a department
    assert api(users["other_bureau"], "put", url, {**body, "status": "transferred"})[0] == 404  # another county
    _names(api(users["bureau"], "put", url, {**body, "is_demo": True}), "KC-API-READ-ONLY", "is_demo")
    status, refused = api(users["bureau"], "put", url, {**body, "enterprise_id": far_enterprise.pk})
    assert status == 400 and refused["error"]["context"]["field"] == "enterprise"
    mine.refresh_from_db()
    assert (mine.status, mine.enterprise_id, mine.is_demo) == (body["status"], None, False)
    assert api(users["ent_user"], "post", "/transfer/achievements", {
        "title": "企业自报成果", "holder": enterprise.name, "holder_kind": "enterprise", "summary": "简介",
        "enterprise_id": enterprise.pk})[0] == 403


def test_a_specialist_is_sent_to_an_enterprise_of_the_bureau_s_own_county(api, users, county,  # noqa: F811
                                                                           far_enterprise):
    from kechuang.web.talents.models import Assignment
    from tests.web.people_fixtures import build_world

    specialist = build_world(users, county, far_enterprise.region)["specialist"]
    url = f"/talents/{specialist.pk}/assignments"
    body = {"target_kind": "enterprise", "target_name": "金塔县丙农业", "enterprise_id": far_enterprise.pk,
            "starts_on": "2026-11-01"}
    before = Assignment.objects.count()
    status, refused = api(users["bureau"], "post", url, body)
    assert status == 400 and refused["error"]["context"]["field"] == "enterprise"
    assert api(users["ent_user"], "post", url, body)[0] in (403, 404)
    assert api(users["other_bureau"], "post", url, body)[0] in (403, 404)
    assert Assignment.objects.count() == before


def _challenge_writes(c) -> list[tuple[str, dict]]:
    """The 榜单's write endpoints at its step, each with a body the bureau could send."""
    app = c.applications.order_by("pk").first()
    milestone = c.milestones.order_by("seq").values_list("pk", flat=True).first()  # from the 任务书 on
    return {
        "screening": [(f"/challenge-applications/{app.pk}/screen", {"passed": True}),
                      (f"/challenges/{c.pk}/advance", {"note": "结束"})],
        "review": [(f"/challenges/{c.pk}/award", {"application_id": app.pk, "reason": "排名第一"})],
        "contract": [(f"/challenges/{c.pk}/contract", {"signed_on": "2026-10-20", "starts_on": "2026-11-01",
                                                        "milestones": [{"title": "阶段1", "due_on": "2027-03-31",
                                                                        "deliverable": "样机", "amount": "100"}]})],
        "milestones": [(f"/challenge-milestones/{milestone}/assess", {"passed": True, "evidence": "报告"}),
                       (f"/challenge-milestones/{milestone}/release", {"released_on": "2026-11-20"})],
    }[c.step]


@pytest.mark.parametrize("step", ["screening", "review", "contract", "milestones"])
def test_no_other_role_or_county_writes_a_challenge_at_its_step(api, users, county, experts, step):  # noqa: F811
    from kechuang.web.challenges.models import StepRecord

    c = build_challenge(users, county, experts, step)
    records = StepRecord.objects.filter(challenge=c).count()
    for url, body in _challenge_writes(c):
        for who in ("lead", "ent_user", "leader", "other_bureau"):  # a department, an enterprise, a reader, elsewhere
            status, refused = api(users[who], "post", url, body)
            assert status in (403, 404), (url, who, status, refused)
    assert (Challenge.objects.get(pk=c.pk).step, StepRecord.objects.filter(challenge=c).count()) == (step, records)
    for url, body in _challenge_writes(c):  # the bureau of the county may: refused for no role
        assert api(users["bureau"], "post", url, body)[0] not in (403, 404), url
    assert api(users["lead"], "post", "/challenges", {"title": "部门发起的征集"})[0] == 403
    assert api(users["ent_user"], "post", "/challenges", {"title": "企业发起的征集"})[0] == 403
