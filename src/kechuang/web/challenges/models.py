"""揭榜挂帅: a 榜单 (Challenge) goes through the steps of ``kechuang/challenges/rules/jiebang.yaml`` in order;
enterprises' needs collected for it, its quantitative targets, the teams' applications with their files, the
experts assigned (each declares conflicts of interest) and their scores per criterion, the 任务书's milestones with
staged funding, and a dated record of every step (StepRecord: when, who, why) for the timeline.

Money is kept in 分 (integers, exact on SQLite and PostgreSQL), shown in 万元 (kechuang.web.vouchers.money)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from kechuang.web.accounts.models import Region
from kechuang.web.enterprises.models import Enterprise

STEP_KEYS = [("collecting", "需求征集"), ("drafting", "榜单凝练"), ("notice", "发榜公示"), ("applying", "揭榜"),
             ("screening", "形式审查"), ("review", "专家评审"), ("results", "结果公示"), ("contract", "任务书"),
             ("milestones", "里程碑考核"), ("acceptance", "验收"), ("closed", "结题")]


class Challenge(models.Model):
    """一张榜单 and where it stands."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="challenges")
    title = models.CharField("榜单名称", max_length=200)
    field = models.CharField("技术领域", max_length=100, blank=True)
    problem = models.TextField("技术难题与需求", blank=True)
    conditions = models.TextField("揭榜条件", blank=True)
    budget = models.BigIntegerField("经费(分)", null=True, blank=True)
    term_months = models.PositiveSmallIntegerField("实施期(月)", null=True, blank=True)
    apply_until = models.DateField("揭榜截止", null=True, blank=True)
    step = models.CharField("环节", max_length=16, choices=STEP_KEYS, default="collecting")
    notice_from = models.DateField("发榜公示开始", null=True, blank=True)
    notice_until = models.DateField("发榜公示截止", null=True, blank=True)
    results_from = models.DateField("结果公示开始", null=True, blank=True)
    results_until = models.DateField("结果公示截止", null=True, blank=True)
    winner = models.ForeignKey("Application", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    winner_reason = models.CharField("确定理由", max_length=500, blank=True)
    signed_on = models.DateField("任务书签订日期", null=True, blank=True)
    starts_on = models.DateField("实施开始", null=True, blank=True)
    ends_on = models.DateField("实施结束", null=True, blank=True)
    accepted = models.BooleanField("验收通过", null=True, blank=True)
    acceptance_note = models.CharField("验收结论", max_length=500, blank=True)
    rules_version = models.CharField("规则版本", max_length=16, blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.CheckConstraint(condition=Q(budget__isnull=True) | Q(budget__gt=0),
                                              name="kc_challenge_budget_positive")]

    def __str__(self) -> str:
        return self.title


class StepRecord(models.Model):
    """One dated act on a 榜单 (a step entered, an application screened, a milestone assessed …): the timeline."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="records")
    step = models.CharField("环节", max_length=16, choices=STEP_KEYS)
    action = models.CharField("事项", max_length=100)
    on = models.DateField("日期")
    note = models.CharField("说明", max_length=500, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]


class Need(models.Model):
    """An enterprise's technical need submitted in 需求征集 (optionally naming a 企业技术需求库 record)."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="needs")
    enterprise = models.ForeignKey(Enterprise, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    title = models.CharField("需求名称", max_length=200)
    problem = models.TextField("需求描述")
    demand_ref = models.CharField("需求库编号", max_length=64, blank=True)  # no FK: the 需求库 app is optional
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["submitted_at", "id"]


class Target(models.Model):
    """A quantitative target of the 榜单 (promised) and, at 验收, what was achieved."""

    AT_LEAST, AT_MOST = "ge", "le"
    DIRECTIONS = [(AT_LEAST, "不低于"), (AT_MOST, "不高于")]
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="targets")
    name = models.CharField("指标", max_length=200)
    unit = models.CharField("单位", max_length=20)
    direction = models.CharField("方向", max_length=2, choices=DIRECTIONS, default=AT_LEAST)
    promised = models.FloatField("目标值")
    achieved = models.FloatField("实际值", null=True, blank=True)
    met = models.BooleanField("达标", null=True, blank=True)

    class Meta:
        ordering = ["id"]

    @property
    def promised_text(self) -> str:
        return f"{self.promised:g}"

    @property
    def achieved_text(self) -> str:
        return "" if self.achieved is None else f"{self.achieved:g}"


class Application(models.Model):
    """揭榜: a team's application (lead, members, institution, plan, files) and its 形式审查."""

    SUBMITTED, PASSED, REFUSED = "submitted", "passed", "refused"
    STATUSES = [(SUBMITTED, "待形式审查"), (PASSED, "形式审查通过"), (REFUSED, "形式审查未通过")]
    challenge = models.ForeignKey(Challenge, on_delete=models.PROTECT, related_name="applications")
    enterprise = models.ForeignKey(Enterprise, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    institution = models.CharField("揭榜单位", max_length=200)
    lead = models.CharField("团队负责人", max_length=50)
    members = models.JSONField("团队成员", default=list)
    plan = models.TextField("技术方案")
    status = models.CharField("状态", max_length=10, choices=STATUSES, default=SUBMITTED)
    screen_reason = models.CharField("审查意见", max_length=500, blank=True)
    applied_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    applied_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["applied_at", "id"]

    def __str__(self) -> str:
        return f"{self.institution}({self.lead})"


class ApplicationFile(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to="challenges/%Y/%m/")
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()


class Assignment(models.Model):
    """An expert assigned to an application; the expert declares a conflict of interest (or none) before scoring."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="assignments")
    expert = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="challenge_reviews")
    conflicted = models.BooleanField("存在利益冲突", null=True, blank=True)  # None: not declared yet
    conflict_note = models.CharField("利益冲突说明", max_length=300, blank=True)
    comment = models.CharField("评审意见", max_length=1000, blank=True)
    assigned_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["application", "id"]
        constraints = [models.UniqueConstraint(fields=["application", "expert"], name="kc_review_once")]


class Score(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="scores")
    criterion = models.CharField("评分项", max_length=20)
    value = models.FloatField("得分")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["assignment", "criterion"], name="kc_score_once")]


class Milestone(models.Model):
    """A 任务书 milestone: due date, deliverable, the tranche released when it is passed."""

    PENDING, PASSED, FAILED = "pending", "passed", "failed"
    STATUSES = [(PENDING, "待考核"), (PASSED, "通过"), (FAILED, "未通过")]
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="milestones")
    seq = models.PositiveSmallIntegerField("序号")
    title = models.CharField("里程碑", max_length=200)
    due_on = models.DateField("考核日期")
    deliverable = models.CharField("交付成果", max_length=500)
    tranche = models.BigIntegerField("拨付金额(分)")
    status = models.CharField("考核结果", max_length=8, choices=STATUSES, default=PENDING)
    evidence = models.CharField("考核依据", max_length=1000, blank=True)
    assessed_on = models.DateField("考核日期(实际)", null=True, blank=True)
    released_on = models.DateField("拨付日期", null=True, blank=True)

    class Meta:
        ordering = ["challenge", "seq"]
        constraints = [models.UniqueConstraint(fields=["challenge", "seq"], name="kc_milestone_seq"),
                       models.CheckConstraint(condition=Q(tranche__gte=0), name="kc_milestone_tranche"),
                       models.CheckConstraint(condition=Q(released_on__isnull=True) | Q(status="passed"),
                                              name="kc_milestone_release_passed")]
