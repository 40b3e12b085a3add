"""The 揭榜挂帅 API: the same order and permissions as the pages, in the one error shape."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.web.challenge_fixtures import build_challenge, make_experts
from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def experts(users, county, other_county):
    return make_experts(county, other_county, users["expert"])


def test_apply_screen_and_read_through_the_api(api, users, county, experts):  # noqa: F811
    c = build_challenge(users, county, experts, "applying")
    path = f"/challenges/{c.pk}/applications"
    form = {"lead": "陈工", "plan": "<b>方案</b>", "members": "甲、乙",
            "files": SimpleUploadedFile("方案.pdf", b"%PDF-1.4 plan")}
    status, body = api(users["ent_user"], "post", path, form, form=True)
    assert status == 201 and body["institution"] == "灵寿县甲科技有限公司" and body["members"] == ["甲", "乙"]
    status, bad = api(users["other_ent"], "post", path, {**form, "files": SimpleUploadedFile("a.pdf", b"GIF89a")},
                      form=True)
    assert status == 400
    _is_error(bad, "KC-WEB-FILE")
    assert api(users["leader"], "post", path, form, form=True)[0] == 403
    assert [a["lead"] for a in api(users["other_ent"], "get", path)[1]] == []
    assert len(api(users["bureau"], "get", path)[1]) == 1
    status, body = api(users["bureau"], "post", f"/challenge-applications/{body['id']}/screen", {"passed": True})
    assert status == 409  # still 揭榜: 形式审查 comes after the deadline
    _is_error(body, "KC-CHALLENGE-ORDER")
    status, detail = api(users["ent_user"], "get", f"/challenges/{c.pk}")
    assert status == 200 and detail["step_name"] == "揭榜" and detail["targets"][0]["unit"] == "厘米"
    assert api(users["other_bureau"], "get", f"/challenges/{c.pk}")[0] == 404


def test_advance_refused_out_of_order(api, users, county, experts):  # noqa: F811
    c = build_challenge(users, county, experts, "applying")
    status, body = api(users["bureau"], "post", f"/challenges/{c.pk}/advance", {"note": "提前结束"})
    assert status == 409
    _is_error(body, "KC-CHALLENGE-ORDER")
    assert "截止后方可进行形式审查" in body["error"]["message"]
    assert api(users["leader"], "post", f"/challenges/{c.pk}/advance", {})[0] == 403


def test_an_expert_declares_and_scores_through_the_api(api, users, county, experts):  # noqa: F811
    from datetime import date

    from kechuang.web.challenges import entries, flow, review

    c = build_challenge(users, county, experts, "screening")
    for a in c.applications.all():
        entries.application_screen(users["bureau"], a, True, "", date(2026, 10, 9))
    c = flow.advance(users["bureau"], c, date(2026, 10, 9))
    made = review.assign(users["bureau"], c.applications.first(), [experts["expert1"].pk], date(2026, 10, 9))[0]
    status, mine = api(experts["expert1"], "get", "/challenge-reviews")
    assert status == 200 and [m["id"] for m in mine] == [made.pk]
    assert api(experts["expert2"], "get", "/challenge-reviews")[1] == []
    assert api(experts["expert2"], "post", f"/challenge-reviews/{made.pk}/declare", {"conflicted": False})[0] == 404
    path = f"/challenge-reviews/{made.pk}/scores"
    status, body = api(experts["expert1"], "post", path, {"scores": {"plan": 30, "team": 20, "base": 10, "budget": 5}})
    assert status == 409 and "请先声明" in body["error"]["message"]
    assert api(experts["expert1"], "post", f"/challenge-reviews/{made.pk}/declare", {"conflicted": False})[0] == 200
    status, body = api(experts["expert1"], "post", path, {"scores": {"plan": 45, "team": 20, "base": 10, "budget": 5}})
    assert status == 400 and "0–40" in body["error"]["message"]
    status, body = api(experts["expert1"], "post", path, {"scores": {"plan": 30, "team": 20, "base": 10, "budget": 5}})
    assert status == 200 and body["scores"] == {"plan": 30, "team": 20, "base": 10, "budget": 5}
    status, ranked = api(users["leader"], "get", f"/challenges/{c.pk}/ranking")
    assert status == 200 and all(r["mean"] is None for r in ranked)  # 1 of the 3 experts needed
    assert api(users["ent_user"], "get", f"/challenges/{c.pk}/ranking")[0] in (403, 404)


def test_the_bureau_runs_the_loop_through_the_api(api, users, county, experts):  # noqa: F811
    from kechuang.web.challenges.models import Challenge

    status, made = api(users["bureau"], "post", "/challenges", {"title": "API 征集", "field": "新材料"})
    assert status == 201 and made["step"] == "collecting"
    assert api(users["leader"], "post", "/challenges", {"title": "x"})[0] == 403
    draft = {"title": "API 榜单", "problem": "难题", "conditions": "条件", "budget": "50", "term_months": 12,
             "apply_until": "2026-12-31", "targets": [{"name": "强度", "value": 300, "unit": "MPa"}]}
    status, body = api(users["bureau"], "put", f"/challenges/{made['id']}/draft", draft)
    assert status == 409 and "尚未到“榜单凝练”环节" in body["error"]["message"]
    api(users["bureau"], "post", f"/challenges/{made['id']}/advance", {})
    status, body = api(users["bureau"], "put", f"/challenges/{made['id']}/draft", {**draft, "budget": "-1"})
    assert status == 400 and body["error"]["context"]["field"] == "budget"
    status, body = api(users["bureau"], "put", f"/challenges/{made['id']}/draft", draft)
    assert status == 200 and body["budget"] == "50"

    c = build_challenge(users, county, experts, "milestones")
    first = c.milestones.order_by("seq").first()
    status, body = api(users["bureau"], "post", f"/challenge-milestones/{first.pk}/release", {"released_on": "2026-11-20"})
    assert status == 409 and "考核通过后方可拨付" in body["error"]["message"]
    assert api(users["bureau"], "post", f"/challenge-milestones/{first.pk}/assess",
               {"passed": True, "evidence": "测试报告"})[0] == 200
    assert api(users["bureau"], "post", f"/challenge-milestones/{first.pk}/release",
               {"released_on": "2026-11-20"})[0] == 200
    assert api(users["other_bureau"], "post", f"/challenge-milestones/{first.pk}/assess",
               {"passed": True, "evidence": "x"})[0] == 404
    status, body = api(users["bureau"], "post", f"/challenges/{c.pk}/accept", {"achieved": {"1": 2}, "note": "验收"})
    assert status == 409 and "尚未到“验收”环节" in body["error"]["message"]
    assert Challenge.objects.get(pk=c.pk).accepted is None
