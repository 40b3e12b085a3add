"""揭榜挂帅 through the services: every step entered in order and every refusal of the order (with its Chinese
message), experts' conflicts excluded from the mean, the 任务书's funding, milestones and 验收, bad input."""

from __future__ import annotations

from datetime import date

import pytest

from kechuang.errors import KechuangError
from kechuang.web.challenges import delivery, entries, flow, review, selectors
from kechuang.web.challenges.models import Application, Challenge, StepRecord
from kechuang.web.history.models import Change
from tests.web.challenge_fixtures import (
    application_input,
    build_challenge,
    draft,
    make_experts,
    milestones,
    pdf,
    png,
)
from tests.web.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def experts(county, other_county):
    return make_experts(county, other_county)


def refused(code: str, words: str, call, *args):
    with pytest.raises(KechuangError) as caught:
        call(*args)
    assert caught.value.code == code, caught.value.message_zh
    assert words in caught.value.message_zh, caught.value.message_zh
    return caught.value


def test_the_whole_loop_in_order_records_every_step(users, county, experts, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        c = build_challenge(users, county, experts, "closed")
    assert c.accepted is True
    entered = [r.action for r in StepRecord.objects.filter(challenge=c, action__startswith="进入")]
    assert entered == [f"进入“{s}”环节" for s in ("榜单凝练", "发榜公示", "揭榜", "形式审查", "专家评审", "结果公示",
                                                  "任务书", "里程碑考核", "验收", "结题")]
    assert all(r.actor_id and r.on for r in c.records.all())
    assert c.notice_until == date(2026, 9, 9) and c.results_until == date(2026, 10, 16)  # 5 working days each
    assert Change.objects.filter(kind="challenge", object_id=c.pk).count() >= 10
    refused("KC-CHALLENGE-ORDER", "已结题", flow.advance, users["bureau"], c, date(2026, 11, 20))


def test_an_incomplete_list_is_not_published(users, county, experts):
    c = build_challenge(users, county, experts, "drafting")
    refused("KC-CHALLENGE-ORDER", "不能发榜:请先填写揭榜条件、经费、实施期、揭榜截止日期、量化目标",
            flow.advance, users["bureau"], Challenge.objects.get(pk=c.pk), date(2026, 9, 3))


def test_the_application_deadline_must_follow_the_notice(users, county, experts):
    c = build_challenge(users, county, experts, "drafting")
    entries.draft_update(users["bureau"], c, draft(date(2026, 9, 8)), date(2026, 9, 2))
    refused("KC-CHALLENGE-ORDER", "应晚于发榜公示期的最后一天 2026-09-09", flow.advance, users["bureau"], c,
            date(2026, 9, 3))


def test_no_application_before_the_notice_period_ends(users, county, experts):
    c = build_challenge(users, county, experts, "notice")
    refused("KC-CHALLENGE-ORDER", "尚未到“揭榜”环节", entries.application_submit, users["ent_user"], c,
            application_input(), date(2026, 9, 4))
    refused("KC-CHALLENGE-ORDER", "发榜公示期至 2026-09-09 止", flow.advance, users["bureau"], c, date(2026, 9, 9))
    flow.advance(users["bureau"], c, date(2026, 9, 10))


def test_no_application_after_the_deadline_and_one_per_enterprise(users, county, experts):
    c = build_challenge(users, county, experts, "applying")  # 揭榜截止 2026-11-30
    entries.application_submit(users["ent_user"], c, application_input(), date(2026, 11, 1))
    refused("KC-WEB-CONFLICT", "每家单位只能申报一次", entries.application_submit, users["ent_user"], c,
            application_input(), date(2026, 11, 2))
    refused("KC-WEB-CLOSED", "揭榜已于 2026-11-30 截止", entries.application_submit, users["other_ent"], c,
            application_input(), date(2026, 12, 1))


def test_screening_waits_for_the_deadline_and_an_application(users, county, experts):
    c = build_challenge(users, county, experts, "applying")
    refused("KC-CHALLENGE-ORDER", "截止后方可进行形式审查", flow.advance, users["bureau"], c, date(2026, 11, 30))
    refused("KC-CHALLENGE-ORDER", "还没有团队揭榜", flow.advance, users["bureau"], c, date(2026, 12, 1))


def test_review_waits_for_every_screening(users, county, experts):
    c = build_challenge(users, county, experts, "screening")
    first, second = c.applications.order_by("id")
    entries.application_screen(users["bureau"], first, False, "缺少合作协议", date(2026, 10, 9))
    refused("KC-CHALLENGE-ORDER", "还有 1 份揭榜申报未完成形式审查", flow.advance, users["bureau"], c,
            date(2026, 10, 9))
    refused("KC-WEB-FIELD", "请填写未通过理由", entries.application_screen, users["bureau"], second, False, "",
            date(2026, 10, 9))
    refused("KC-WEB-CONFLICT", "已完成形式审查", entries.application_screen, users["bureau"], first, True, "",
            date(2026, 10, 9))
    refused("KC-CHALLENGE-ORDER", "尚未到“专家评审”环节", review.assign, users["bureau"], first,
            [experts["expert1"].pk], date(2026, 10, 9))


def _to_review(users, county, experts) -> tuple[Challenge, Application, Application]:
    c = build_challenge(users, county, experts, "screening")
    for a in c.applications.all():
        entries.application_screen(users["bureau"], a, True, "", date(2026, 10, 9))
    c = flow.advance(users["bureau"], c, date(2026, 10, 9))
    first, second = c.applications.order_by("id")
    return c, first, second


def _sheet(points):
    return review.SheetInput(dict(zip(["plan", "team", "base", "budget"], map(str, points), strict=True)))


def _assigned(app, expert):
    return app.assignments.get(expert=expert)


def test_a_conflicted_expert_cannot_score_and_is_left_out_of_the_mean(users, county, experts):
    c, first, _second = _to_review(users, county, experts)
    e = experts
    review.assign(users["bureau"], first, [e["expert1"].pk, e["expert2"].pk, e["expert3"].pk, e["expert4"].pk],
                  date(2026, 10, 9))
    conflicted = _assigned(first, e["expert4"])
    refused("KC-CHALLENGE-ORDER", "请先声明是否与该申报存在利益冲突", review.score, e["expert4"], conflicted,
            _sheet([40, 30, 20, 10]), date(2026, 10, 10))
    refused("KC-WEB-FIELD", "请填写利益冲突说明", review.declare, e["expert4"], conflicted, True, "", date(2026, 10, 10))
    review.declare(e["expert4"], conflicted, True, "曾任该企业技术顾问", date(2026, 10, 10))
    refused("KC-WEB-FORBIDDEN", "已回避,不能评分", review.score, e["expert4"], _assigned(first, e["expert4"]),
            _sheet([40, 30, 20, 10]), date(2026, 10, 10))
    refused("KC-WEB-CONFLICT", "不能更改", review.declare, e["expert4"], _assigned(first, e["expert4"]), False, "",
            date(2026, 10, 10))
    refused("KC-WEB-FORBIDDEN", "被指派的专家本人", review.score, e["expert1"], conflicted, _sheet([1, 1, 1, 1]),
            date(2026, 10, 10))
    for name, points in (("expert1", [30, 20, 15, 8]), ("expert2", [35, 25, 15, 9]), ("expert3", [20, 20, 10, 5])):
        a = _assigned(first, e[name])
        review.declare(e[name], a, False, "", date(2026, 10, 10))
        review.score(e[name], a, _sheet(points), date(2026, 10, 10))
    row = next(r for r, app in selectors.ranking(c) if app.pk == first.pk)
    assert (row.mean, row.experts, row.excluded) == (round((73 + 84 + 55) / 3, 2), 3, 1)
    refused("KC-CHALLENGE-ORDER", "尚未有 3 位无利益冲突的专家完成评分", flow.advance, users["bureau"], c,
            date(2026, 10, 12))  # the second application has no scores yet
    refused("KC-CHALLENGE-ORDER", "不能确定揭榜方", review.award, users["bureau"], c, first, "", date(2026, 10, 12))


def test_scores_out_of_range_are_refused_and_nothing_is_saved(users, county, experts):
    _c, first, _ = _to_review(users, county, experts)
    review.assign(users["bureau"], first, [experts["expert1"].pk], date(2026, 10, 9))
    a = _assigned(first, experts["expert1"])
    review.declare(experts["expert1"], a, False, "", date(2026, 10, 10))
    refused("KC-WEB-FIELD", "应在 0–40 分之间", review.score, experts["expert1"], a, _sheet([41, 20, 10, 5]),
            date(2026, 10, 10))
    refused("KC-WEB-FIELD", "不是数字", review.score, experts["expert1"], a, _sheet([30, "很好", 10, 5]),
            date(2026, 10, 10))
    assert not a.scores.exists()


def test_experts_of_another_county_are_not_assigned(users, county, experts):
    _c, first, _ = _to_review(users, county, experts)
    refused("KC-WEB-FIELD", "请选择本地区的评审专家", review.assign, users["bureau"], first,
            [experts["far_expert"].pk], date(2026, 10, 9))


def test_a_tie_at_the_top_needs_a_reason(users, county, experts):
    c, first, second = _to_review(users, county, experts)
    for app in (first, second):
        review.assign(users["bureau"], app, [experts[f"expert{i}"].pk for i in (1, 2, 3)], date(2026, 10, 9))
        for a in app.assignments.all():
            review.declare(a.expert, a, False, "", date(2026, 10, 10))
            review.score(a.expert, a, _sheet([30, 20, 10, 5]), date(2026, 10, 10))
    assert [(r.rank, r.tied) for r, _ in selectors.ranking(c)] == [(1, True), (1, True)]
    refused("KC-CHALLENGE-ORDER", "请先根据评审排名确定揭榜方", flow.advance, users["bureau"], c, date(2026, 10, 12))
    refused("KC-WEB-FIELD", "排名并列第一,请填写确定理由", review.award, users["bureau"], c, second, "",
            date(2026, 10, 12))
    review.award(users["bureau"], c, second, "现场答辩表现更优", date(2026, 10, 12))
    assert Challenge.objects.get(pk=c.pk).winner_id == second.pk


def test_no_contract_before_the_results_notice_ends(users, county, experts):
    c = build_challenge(users, county, experts, "results")
    refused("KC-CHALLENGE-ORDER", "评审结果公示期至 2026-10-16 止", flow.advance, users["bureau"], c,
            date(2026, 10, 16))
    refused("KC-CHALLENGE-ORDER", "尚未到“任务书”环节", delivery.contract_sign, users["bureau"], c,
            delivery.ContractInput("2026-10-14", "2026-11-01", milestones()), date(2026, 10, 14))


def test_no_acceptance_before_the_contract(users, county, experts):
    c = build_challenge(users, county, experts, "contract")
    refused("KC-CHALLENGE-ORDER", "尚未到“验收”环节", delivery.accept, users["bureau"], c, {}, "验收", TODAY_)
    refused("KC-CHALLENGE-ORDER", "任务书尚未签订", flow.advance, users["bureau"], c, TODAY_)


TODAY_ = date(2026, 11, 20)


def test_tranches_must_sum_to_the_budget(users, county, experts):
    c = build_challenge(users, county, experts, "contract")
    refused("KC-WEB-FIELD", "合计 90 万元,与榜单经费 100 万元不符", delivery.contract_sign, users["bureau"], c,
            delivery.ContractInput("2026-10-20", "2026-11-01", milestones(("40", "40", "10"))), TODAY_)
    refused("KC-WEB-FIELD", "日期 2027-03-31 不在实施期 2027-06-01 至 2029-05-31 内", delivery.contract_sign, users["bureau"], c,
            delivery.ContractInput("2026-10-20", "2027-06-01", milestones()), TODAY_)
    assert not c.milestones.exists() and Challenge.objects.get(pk=c.pk).signed_on is None


def test_a_tranche_is_released_only_for_a_passed_milestone(users, county, experts):
    c = build_challenge(users, county, experts, "milestones")
    first, second, third = c.milestones.all()
    assert [m.tranche for m in (first, second, third)] == [40_000_000, 40_000_000, 20_000_000]  # 分
    refused("KC-CHALLENGE-ORDER", "待考核,考核通过后方可拨付", delivery.tranche_release, users["bureau"], first,
            "2026-11-20", TODAY_)
    delivery.milestone_assess(users["bureau"], first, False, "样机未达精度", TODAY_)
    refused("KC-CHALLENGE-ORDER", "未通过,考核通过后方可拨付", delivery.tranche_release, users["bureau"], first,
            "2026-11-20", TODAY_)
    refused("KC-CHALLENGE-ORDER", "尚未考核,不能进入验收", flow.advance, users["bureau"], c, TODAY_)
    delivery.milestone_assess(users["bureau"], first, True, "整改后复测达标", TODAY_)
    delivery.tranche_release(users["bureau"], first, "2026-11-20", TODAY_)
    refused("KC-WEB-CONFLICT", "已于 2026-11-20 拨付", delivery.tranche_release, users["bureau"], first,
            "2026-11-20", TODAY_)
    refused("KC-WEB-CONFLICT", "已考核通过", delivery.milestone_assess, users["bureau"], first, False, "x", TODAY_)


def test_acceptance_compares_each_target_with_its_promise(users, county, experts):
    c = build_challenge(users, county, experts, "acceptance")
    refused("KC-CHALLENGE-ORDER", "请先逐项填写目标完成情况", flow.advance, users["bureau"], c, TODAY_)
    precision, area = c.targets.order_by("id")
    refused("KC-WEB-FIELD", "实际值“约三千”不是数字", delivery.accept, users["bureau"], c,
            {precision.pk: "2.0", area.pk: "约三千"}, "验收", TODAY_)
    delivery.accept(users["bureau"], c, {precision.pk: "3.1", area.pk: "6000"}, "精度未达目标", TODAY_)
    precision.refresh_from_db()
    area.refresh_from_db()
    assert (precision.met, area.met) == (False, True)  # 不高于 2.5 厘米 missed; 不低于 5000 亩 met
    assert Challenge.objects.get(pk=c.pk).accepted is False


def test_attachments_must_be_pdf_or_images(users, county, experts):
    c = build_challenge(users, county, experts, "applying")
    from kechuang.web.supervision.services import Evidence

    for bad, words in ((Evidence("方案.pdf", png().data), "不是 PDF 文件"),
                       (Evidence("照片.png", b"%PDF-1.4 not an image"), "不是有效的图片"),
                       (Evidence("setup.exe", b"MZ\x90\x00"), "类型不受支持"),
                       (Evidence("空.pdf", b""), "空文件")):
        refused("KC-WEB-FILE", words, entries.application_submit, users["ent_user"], c,
                application_input(files=[bad]), date(2026, 11, 1))
    refused("KC-WEB-FIELD", "请上传技术方案等附件", entries.application_submit, users["ent_user"], c,
            application_input(files=[]), date(2026, 11, 1))
    assert not c.applications.exists()
    entries.application_submit(users["ent_user"], c, application_input(files=[pdf(), png()]), date(2026, 11, 1))


def test_the_bureau_only_runs_the_steps(users, county, experts):
    c = build_challenge(users, county, experts, "collecting")
    refused("KC-WEB-FORBIDDEN", "只有本地区科技局", flow.advance, users["leader"], c, TODAY_)
    refused("KC-WEB-FORBIDDEN", "只有本地区科技局", flow.advance, users["other_bureau"], c, TODAY_)
    refused("KC-WEB-FORBIDDEN", "只有本地区科技局", entries.challenge_create, users["ent_user"], county, "x", "", "",
            TODAY_)


def test_experts_see_only_their_assignments_and_enterprises_their_own_applications(users, county, experts):
    c, first, second = _to_review(users, county, experts)
    review.assign(users["bureau"], first, [experts["expert1"].pk], date(2026, 10, 9))
    assert list(selectors.applications_for(experts["expert1"], c)) == [first]
    assert list(selectors.challenges_visible(experts["expert2"])) == []
    assert list(selectors.applications_for(users["other_ent"], c)) == [second]
    assert selectors.applications_for(users["bureau"], c).count() == 2
    lone = make_user("lone_expert", "expert", county)
    assert not selectors.challenges_visible(lone).exists()


def test_drafting_is_not_public_but_the_call_for_needs_is(users, county, experts):
    c = build_challenge(users, county, experts, "collecting")
    assert selectors.challenges_visible(users["ent_user"]).filter(pk=c.pk).exists()
    flow.advance(users["bureau"], c, TODAY_)
    assert not selectors.challenges_visible(users["ent_user"]).filter(pk=c.pk).exists()
    assert not selectors.challenges_visible(users["other_bureau"]).filter(pk=c.pk).exists()


def test_search_hits_follow_the_permissions(users, county, experts):
    c = build_challenge(users, county, experts, "applying")
    hits = selectors.search_hits(users["ent_user"], "北斗 导航", 5)
    assert [h["title"] for h in hits] == [c.title] and hits[0]["kind"] == "揭榜挂帅"
    assert set(hits[0]) == {"kind", "title", "snippet", "url", "score"}
    assert selectors.search_hits(users["other_bureau"], "北斗", 5) == []
    assert selectors.search_hits(users["ent_user"], "", 5) == []
    assert selectors.search_hits(users["ent_user"], "北斗" * 5000, 5) == []  # cut to 100 characters: no match


def test_files_of_applications_survive_the_upload_cleanup(users, county, experts, django_capture_on_commit_callbacks):
    from kechuang.web import uploads

    with django_capture_on_commit_callbacks(execute=True):
        c = build_challenge(users, county, experts, "screening")
    names = {f.file.name for a in c.applications.all() for f in a.files.all()}
    assert names and names <= uploads.referenced_names()
    done = uploads.cleanup(older_than_hours=0)
    assert not {p.name for p in done.orphans} & {n.rsplit("/", 1)[-1] for n in names}


def test_the_bureau_the_applicant_and_the_expert_are_told(users, county, experts):
    from kechuang.web.notices.models import Notification

    c = build_challenge(users, county, experts, "screening")
    assert Notification.objects.filter(user=users["bureau"], kind="review", text__contains="待形式审查").count() == 2
    mine = c.applications.get(enterprise=users["ent_user"].profile.enterprise)
    entries.application_screen(users["bureau"], mine, False, "缺少合作协议", date(2026, 10, 9))
    told = Notification.objects.get(user=users["ent_user"], kind="decision")
    assert "形式审查未通过:缺少合作协议" in told.text and told.url == f"/challenges/{c.pk}/"
    c, first, _ = _to_review_from(users, c)
    made = review.assign(users["bureau"], first, [experts["expert2"].pk], date(2026, 10, 9))[0]
    note = Notification.objects.get(user=experts["expert2"], kind="task")
    assert "先声明利益冲突" in note.text and note.url == f"/challenges/reviews/{made.pk}/"


def _to_review_from(users, c):
    for a in c.applications.filter(status="submitted"):
        entries.application_screen(users["bureau"], a, True, "", date(2026, 10, 9))
    c = flow.advance(users["bureau"], c, date(2026, 10, 9))
    return c, c.applications.get(status="passed"), None
