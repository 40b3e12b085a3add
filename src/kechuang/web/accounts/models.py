"""Regions (GB/T 2260), their departments, and who a user is (role, region, department)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


def new_version() -> str:
    """A random token: cache keys built from it never meet a key of another database or an old state."""
    return uuid.uuid4().hex


class Region(models.Model):
    LEVELS = [("province", "省级"), ("city", "地级"), ("county", "县级"), ("other", "其他")]
    code = models.CharField("行政区划代码", max_length=12, unique=True)  # GB/T 2260
    name = models.CharField("名称", max_length=64)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    level = models.CharField("层级", max_length=16, choices=LEVELS, blank=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="departments")
    name = models.CharField("名称", max_length=128)
    aliases = models.JSONField("别名", default=list, blank=True)
    is_collective = models.BooleanField("集合单位", default=False)  # 各乡(镇)政府 → its members
    members = models.ManyToManyField("self", symmetrical=False, blank=True, related_name="collectives")
    # Raised by every change of what the API answers for it (an alias, a collective's members): a copy read before
    # is stale (409), as for the other records.
    version = models.PositiveIntegerField(default=1)
    # A new random token whenever a task, report or 催办 item of the department changes: its task list is
    # cached under it (kechuang.web.pagecache).
    data_version = models.CharField(max_length=32, default=new_version, editable=False)

    class Meta:
        ordering = ["region", "name"]
        constraints = [models.UniqueConstraint(fields=["region", "name"], name="kc_department_unique_name")]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    ADMIN = "admin", "管理员"
    BUREAU = "bureau", "科技局(方案管理)"
    DEPARTMENT = "department", "责任部门"
    LEADER = "leader", "领导(只读)"
    EVALUATOR = "evaluator", "评价方"  # a provincial or city evaluator: its region and all descendants
    ENTERPRISE = "enterprise", "企业用户"  # keeps its own enterprise's figures
    EXPERT = "expert", "评审专家"  # scores the 揭榜挂帅 applications assigned to them (kechuang.web.challenges)
    SPECIALIST = "specialist", "科技特派员"  # logs their own services (kechuang.web.talents)


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField("角色", max_length=16, choices=Role.choices)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT)
    department = models.ForeignKey(Department, null=True, blank=True, on_delete=models.PROTECT)
    enterprise = models.ForeignKey("enterprises.Enterprise", null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="users")
    talent = models.ForeignKey("talents.Talent", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="users")  # a 科技特派员's own record in the 人才库

    def __str__(self) -> str:
        return f"{self.user.username} ({self.get_role_display()})"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


#: Lifetimes a user may choose for a new API token, in days (the first is the default).
TOKEN_DAYS = (90, 30, 365)


def token_default_expiry():
    """Tokens created without a lifetime (and those of before expiry existed) live the default 90 days."""
    return timezone.now() + timedelta(days=TOKEN_DAYS[0])


class ApiToken(models.Model):
    """An API token; only its SHA-256 is stored, the token itself is shown once.

    It works until it expires or is revoked (by its user, or with all the user's tokens when the password is
    reset or changed or the account deactivated)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    name = models.CharField("名称", max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField("到期时间", default=token_default_expiry)
    last_used_at = models.DateTimeField("最近使用", null=True, blank=True)  # written at most once a minute
    revoked_at = models.DateTimeField("撤销时间", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def status(self, now=None) -> str:
        now = now or timezone.now()
        if self.revoked_at is not None:
            return "已撤销"
        return "已过期" if self.expires_at <= now else "有效"
