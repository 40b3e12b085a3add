"""揭榜挂帅 of the demo (示例数据): in 灵寿县, three 评审专家 users and two 榜单 taken through the services on dates
before today — one at 专家评审 (scores in part, one expert recused for a conflict of interest), one at 里程碑考核
(任务书 signed, the first milestone passed and its tranche released). Running it twice changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction

from kechuang.web.accounts.models import Profile, Region, Role
from kechuang.web.challenges import delivery, entries, flow, review
from kechuang.web.challenges.models import Challenge
from kechuang.web.clock import today
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.supervision.services import Evidence

REGION_CODE, SLUG = "130126", "lingshou"  # 灵寿县 (kechuang.web.demo.REGIONS)
EXPERTS = ["示例专家甲", "示例专家乙", "示例专家丙"]
FIRMS = ["灵寿县示例农机装备有限公司(示例)", "灵寿县示例富硒农业科技有限公司(示例)"]
SCORES = {"plan": "34", "team": "24", "base": "16", "budget": "8"}


def _experts(region: Region, password_hash: str | None) -> list:
    made = []
    for i, name in enumerate(EXPERTS, start=1):
        user, _ = get_user_model().objects.get_or_create(username=f"{SLUG}-expert{i}")
        if password_hash:
            user.password = password_hash
        user.first_name, user.is_active = f"{name}(示例)", True
        user.save()
        Profile.objects.update_or_create(user=user, defaults={"role": Role.EXPERT, "region": region})
        made.append(user)
    return made


def _firms(region: Region) -> list[Enterprise]:
    made = list(Enterprise.objects.filter(region=region, is_demo=True).order_by("id")[:2])
    for name in FIRMS[len(made):]:
        made.append(Enterprise.objects.get_or_create(region=region, name=name, defaults={
            "name_key": name.removesuffix("(示例)"), "is_demo": True})[0])
    return made


def demo_challenges(password_hash: str | None = None) -> list:
    """Create the demo 榜单; the experts' logins (for the demo's list of logins)."""
    from kechuang.web.demo import DemoLogin

    region = Region.objects.filter(code=REGION_CODE).first()
    bureau = get_user_model().objects.filter(username=f"{SLUG}-bureau").first()
    if region is None or bureau is None:
        return []
    with transaction.atomic():
        experts = _experts(region, password_hash)
        if not Challenge.objects.filter(region=region, is_demo=True).exists():
            firms = _firms(region)
            _at_review(bureau, region, firms, experts, today())
            _at_milestones(bureau, region, firms, experts, today())
    return [DemoLogin(u.username, "评审专家", region.name) for u in experts]


def _pdf(name: str) -> Evidence:
    return Evidence(name, "%PDF-1.4\n% (示例数据)\n%%EOF\n".encode())


def _published(bureau, region, firms, title: str, problem: str, start: date, apply_days: int) -> Challenge:
    """A 榜单 drafted and through its 发榜公示 by ``start`` + the notice; 揭榜 open ``apply_days`` days."""
    c = entries.challenge_create(bureau, region, f"{title}需求征集(示例)", "农业科技", "(示例数据)征集企业技术需求",
                                 start, is_demo=True)
    c = flow.advance(bureau, c, start)
    data = entries.DraftInput(
        title=f"{title}(示例)", field="农业科技", problem=problem,
        conditions="(示例数据)县内注册企业,或与县内企业联合申报的高校、科研院所;团队负责人具有高级职称",
        budget="120",
        term_months=24, apply_until=start + timedelta(days=30 + apply_days),
        targets=[entries.TargetInput("关键技术指标达标率", "95", "%"),
                 entries.TargetInput("示范推广面积", "3000", "亩"), entries.TargetInput("申请发明专利", "2", "件")])
    entries.draft_update(bureau, c, data, start)
    c = flow.advance(bureau, c, start)
    c = flow.advance(bureau, c, c.notice_until + timedelta(days=1))
    for firm, lead in zip(firms, ("王示例", "刘示例"), strict=False):
        entries.application_submit(bureau, c, entries.ApplicationInput(
            institution="", lead=lead, members="张示例、李示例、赵示例", plan=f"(示例数据){firm.name}的技术方案",
            files=[_pdf("技术方案(示例).pdf")], enterprise_id=firm.pk), c.notice_until + timedelta(days=2))
    c = flow.advance(bureau, c, c.apply_until + timedelta(days=1))
    for a in c.applications.all():
        entries.application_screen(bureau, a, True, "", c.apply_until + timedelta(days=1))
    return flow.advance(bureau, c, c.apply_until + timedelta(days=2))


def _score_all(c: Challenge, experts: list, on: date, recuse_last: bool) -> None:
    bureau = c.created_by
    for n, app in enumerate(c.applications.order_by("id")):
        review.assign(bureau, app, [e.pk for e in experts], on)
        for i, a in enumerate(app.assignments.order_by("id")):
            if recuse_last and n == 1 and i == len(experts) - 1:
                review.declare(a.expert, a, True, "(示例)曾为该企业提供技术咨询", on)
                continue
            review.declare(a.expert, a, False, "", on)
            if recuse_last and n == 1:
                continue  # the review is under way: the second application waits for its scores
            points = dict(SCORES, plan=str(34 - 3 * n + i))
            review.score(a.expert, a, review.SheetInput(points, "(示例)方案可行"), on)


def _at_review(bureau, region, firms, experts, now: date) -> None:
    c = _published(bureau, region, firms, "丘陵山区智能农机北斗导航系统攻关",
                   "(示例数据)丘陵山区小地块农机作业精度低、转弯掉头难", now - timedelta(days=75), 30)
    _score_all(c, experts, c.apply_until + timedelta(days=3), recuse_last=True)


def _at_milestones(bureau, region, firms, experts, now: date) -> None:
    c = _published(bureau, region, firms, "富硒农产品快速检测技术",
                   "(示例数据)富硒农产品硒含量现场快速检测缺少便携设备", now - timedelta(days=200), 20)
    on = c.apply_until + timedelta(days=3)
    _score_all(c, experts, on, recuse_last=False)
    c = Challenge.objects.get(pk=c.pk)
    review.award(bureau, c, c.applications.order_by("id").first(), "", on)
    c = flow.advance(bureau, c, on)
    c = flow.advance(bureau, c, c.results_until + timedelta(days=1))
    signed = c.results_until + timedelta(days=2)
    starts = signed + timedelta(days=1)
    dues = [starts + timedelta(days=60), starts + timedelta(days=360), starts + timedelta(days=700)]
    delivery.contract_sign(bureau, c, delivery.ContractInput(signed, starts, [
        delivery.MilestoneInput("(示例)样机研制", dues[0], "便携检测样机 1 台及测试报告", "36"),
        delivery.MilestoneInput("(示例)中试与示范", dues[1], "中试报告、示范基地 2 个", "48"),
        delivery.MilestoneInput("(示例)推广与验收", dues[2], "推广应用报告、专利申请受理通知书", "36")]), signed)
    c = flow.advance(bureau, c, signed)
    first = c.milestones.order_by("seq").first()
    assessed = min(dues[0] + timedelta(days=3), now)
    delivery.milestone_assess(bureau, first, True, "(示例)样机经第三方检测,硒含量检测误差 ≤5%", assessed)
    delivery.tranche_release(bureau, first, assessed, assessed)
