"""The 人才库: people (experts, 高层次人才, returnees, 科技特派员 …) of a region with their dynamic record (yearly
updates, moves, awards), and the 科技特派员 work: assignments to villages, co-ops and enterprises, service logs with
photos, the bureau's yearly evaluation, and the villages listed for coverage. ID numbers are stored only when given
and shown in full to the region's bureau only (``kechuang.web.talents.masking``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kechuang.web.accounts.models import Region

#: 人才类别 (a talent may hold several); stored as ",code,code," so that a plain LIKE filters on one.
CATEGORIES = [("expert", "专家"), ("high_level", "高层次人才"), ("returnee", "返乡创业人才"),
              ("specialist", "科技特派员"), ("local", "乡土人才"), ("manager", "技术经理人")]
GENDERS = [("男", "男"), ("女", "女")]


class Talent(models.Model):
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="talents")
    name = models.CharField("姓名", max_length=64)
    gender = models.CharField("性别", max_length=2, choices=GENDERS, blank=True)
    birth_year = models.PositiveSmallIntegerField("出生年份", null=True, blank=True)
    id_number = models.CharField("身份证号", max_length=18, blank=True)  # 18 digits (a 15-digit one is upgraded)
    categories = models.CharField("人才类别", max_length=120, default=",")
    title = models.CharField("职称", max_length=64, blank=True)
    affiliation = models.CharField("工作单位", max_length=200, blank=True)
    fields = models.CharField("专业领域", max_length=300, blank=True)  # 、-separated
    expertise = models.TextField("专长", blank=True)
    contact = models.CharField("联系电话", max_length=32, blank=True)
    entered_on = models.DateField("入库日期")
    left_on = models.DateField("出库日期", null=True, blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["region", "name", "id"]
        constraints = [models.UniqueConstraint(fields=["id_number"], condition=~models.Q(id_number=""),
                                               name="kc_talent_unique_id_number")]
        indexes = [models.Index(fields=["region", "name"])]

    def __str__(self) -> str:
        return self.name

    @property
    def category_codes(self) -> list[str]:
        return [c for c in self.categories.split(",") if c]

    @property
    def category_names(self) -> list[str]:
        names = dict(CATEGORIES)
        return [names.get(c, c) for c in self.category_codes]

    @property
    def is_specialist(self) -> bool:
        return "specialist" in self.category_codes

    @property
    def field_list(self) -> list[str]:
        return [f for f in self.fields.split("、") if f]


class TalentEvent(models.Model):
    """One dated step of a talent's record: 年度更新, 流动 (affiliation or region changed), 获奖, 荣誉, 出库."""

    KINDS = [("update", "年度更新"), ("move", "流动"), ("award", "获奖"), ("honour", "荣誉"), ("leave", "出库"),
             ("return", "重新入库")]
    talent = models.ForeignKey(Talent, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField("类型", max_length=8, choices=KINDS)
    on = models.DateField("日期")
    text = models.CharField("内容", max_length=500)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]


class Village(models.Model):
    """A village listed by the bureau: the denominator of 科技特派员 coverage."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="villages")
    town = models.CharField("乡镇", max_length=64)
    name = models.CharField("村", max_length=64)

    class Meta:
        ordering = ["region", "town", "name"]
        constraints = [models.UniqueConstraint(fields=["region", "town", "name"], name="kc_village_unique")]

    def __str__(self) -> str:
        return f"{self.town}{self.name}"


class Assignment(models.Model):
    """The bureau assigns a 科技特派员 to a village (from the list), a co-operative or an enterprise."""

    TARGETS = [("village", "村"), ("coop", "合作社"), ("enterprise", "企业")]
    specialist = models.ForeignKey(Talent, on_delete=models.PROTECT, related_name="assignments")
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    target_kind = models.CharField("服务对象类型", max_length=12, choices=TARGETS)
    target_name = models.CharField("服务对象", max_length=200)
    village = models.ForeignKey(Village, null=True, blank=True, on_delete=models.PROTECT, related_name="assignments")
    enterprise = models.ForeignKey("enterprises.Enterprise", null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="specialist_assignments")
    town = models.CharField("乡镇", max_length=64, blank=True)
    starts_on = models.DateField("开始日期")
    ends_on = models.DateField("结束日期", null=True, blank=True)
    note = models.CharField("备注", max_length=300, blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "-id"]


class ServiceLog(models.Model):
    KINDS = [("guidance", "技术指导"), ("training", "培训"), ("variety", "引进新品种"), ("technology", "推广新技术"),
             ("consulting", "咨询服务"), ("startup", "创业带动"), ("other", "其他")]
    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="logs")
    specialist = models.ForeignKey(Talent, on_delete=models.PROTECT, related_name="service_logs")
    on = models.DateField("服务日期")
    place = models.CharField("服务地点", max_length=200)
    kind = models.CharField("服务类型", max_length=12, choices=KINDS)
    text = models.TextField("服务内容")
    people_trained = models.PositiveIntegerField("培训人数", default=0)
    is_demo = models.BooleanField("示例数据", default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]
        indexes = [models.Index(fields=["specialist", "on"])]


class ServicePhoto(models.Model):
    """A photo as evidence of a service (checked to be an image with Pillow before it is stored)."""

    log = models.ForeignKey(ServiceLog, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(upload_to="service-photos/%Y/%m/")
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    content_type = models.CharField(max_length=32)


class SpecialistEvaluation(models.Model):
    """The bureau's yearly evaluation of a 科技特派员: the year's figures as counted then, the grade, a comment."""

    GRADES = [("excellent", "优秀"), ("pass", "合格"), ("fail", "不合格")]
    specialist = models.ForeignKey(Talent, on_delete=models.PROTECT, related_name="evaluations")
    year = models.PositiveSmallIntegerField("年度")
    days_served = models.PositiveIntegerField("服务天数")
    logs = models.PositiveIntegerField("服务记录数")
    people_trained = models.PositiveIntegerField("培训人数")
    grade = models.CharField("考核等次", max_length=12, choices=GRADES)
    comment = models.CharField("考核意见", max_length=500, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "specialist__name"]
        constraints = [models.UniqueConstraint(fields=["specialist", "year"], name="kc_specialist_eval_unique")]
