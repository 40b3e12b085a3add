"""A region's users: the bureau creates accounts for its departments and leaders, resets passwords,
deactivates accounts. Passwords follow the platform's rules; generated ones are shown once. A reset or a
deactivation revokes the user's API tokens."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Department, Profile, Region, Role
from kechuang.web.accounts.tokens import tokens_revoke_all
from kechuang.web.history.services import change_record

#: Roles a bureau gives within its region (administrators are created on the command line); a 评价方 evaluates the
#: region's counties (typically given by an administrator at a province or city); a 企业用户 keeps its enterprise.
GIVEN_ROLES = (Role.DEPARTMENT, Role.LEADER, Role.BUREAU, Role.EVALUATOR, Role.ENTERPRISE, Role.EXPERT)
#: Characters of generated passwords: none that read alike (I l 1, O o 0) when dictated or copied by hand.
PASSWORD_ALPHABET = "".join(c for c in string.ascii_letters + string.digits if c not in "Il1Oo0")
FULL_NAME_MAX = 30


@dataclass
class UserInput:
    username: str
    full_name: str
    role: str
    department_id: int | None = None
    enterprise_id: int | None = None  # 企业用户: an enterprise of the region
    password: str = ""  # empty: one is generated and shown once


def _password_checked(password: str, user) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise KechuangError("KC-WEB-FIELD", "密码不符合要求:" + "".join(exc.messages), field="password") from None


def new_password() -> str:
    """12 random characters in three groups of four (about 69 bits), with a letter and a digit."""
    while True:
        chars = "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(12))
        if any(c.isdigit() for c in chars) and any(c.isalpha() for c in chars):
            return "-".join(chars[i:i + 4] for i in range(0, 12, 4))


def clean_full_name(name: str) -> str:
    """The 姓名 as typed, spaces squeezed; required, at most 30 characters."""
    name = " ".join((name or "").split())
    if not name:
        raise KechuangError("KC-WEB-FIELD", "请填写姓名", field="full_name")
    if len(name) > FULL_NAME_MAX:
        raise KechuangError("KC-WEB-FIELD", f"姓名过长(最多 {FULL_NAME_MAX} 个字)", field="full_name")
    return name


def tokens_revoked_record(user) -> tuple[dict, dict]:
    """Revoke the user's API tokens; the history's before/after for it (empty when none was working)."""
    count = tokens_revoke_all(user)
    return ({"api_tokens": f"{count} 个有效"}, {"api_tokens": "已全部撤销"}) if count else ({}, {})


def user_create(actor, region: Region, data: UserInput) -> tuple[object, str]:
    """The new user and the password to hand over (the given one, or a generated one)."""
    User = get_user_model()
    username = (data.username or "").strip()
    try:
        User.username_validator(username)
    except ValidationError:
        raise KechuangError("KC-WEB-FIELD", "用户名只能由字母、数字和 @ . + - _ 组成", field="username") from None
    if not 3 <= len(username) <= 150:
        raise KechuangError("KC-WEB-FIELD", "用户名应为 3–150 个字符", field="username")
    if data.role not in GIVEN_ROLES:
        raise KechuangError("KC-WEB-FIELD", "角色无效", field="role")
    department = None
    if data.role == Role.DEPARTMENT:
        department = Department.objects.filter(region=region, pk=data.department_id or 0, is_collective=False).first()
        if department is None:
            raise KechuangError("KC-WEB-FIELD", "责任部门用户须选择本地区的一个部门", field="department")
    enterprise = None
    if data.role == Role.ENTERPRISE:
        enterprise = region.enterprises.filter(pk=data.enterprise_id or 0).first()
        if enterprise is None:
            raise KechuangError("KC-WEB-FIELD", "企业用户须选择本地区名录中的一家企业", field="enterprise")
    full_name = clean_full_name(data.full_name)
    user = User(username=username, first_name=full_name, last_name="")
    password = data.password or new_password()
    _password_checked(password, user)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
            Profile.objects.create(user=user, role=data.role, region=region, department=department,
                                   enterprise=enterprise)
            change_record(actor, "user", user.id, "create", after={
                "username": username, "full_name": full_name, "role": data.role,
                "department": department.name if department else None,
                **({"企业": enterprise.name} if enterprise else {})})
    except IntegrityError:
        raise KechuangError("KC-WEB-DUPLICATE", f"用户名“{username}”已被使用", field="username") from None
    return user, password


def user_password_reset(actor, user, password: str = "") -> str:
    """The new password (the given one, or a generated one shown once); the old one and the user's API tokens
    stop working."""
    password = password or new_password()
    _password_checked(password, user)
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        before, after = tokens_revoked_record(user)
        change_record(actor, "user", user.id, "update", before={"password": "旧密码", **before},
                      after={"password": "已重置", **after})
    return password


def user_set_active(actor, user, active: bool) -> None:
    if user.pk == actor.pk and not active:
        raise KechuangError("KC-WEB-FIELD", "不能停用自己的账号", field="user")
    with transaction.atomic():
        before = user.is_active
        user.is_active = active
        user.save(update_fields=["is_active"])
        revoked_before, revoked_after = tokens_revoked_record(user) if not active else ({}, {})
        change_record(actor, "user", user.id, "update", before={"is_active": before, **revoked_before},
                      after={"is_active": active, **revoked_after})


def own_password_changed(user) -> None:
    """After users changed their own password (in its transaction): their API tokens stop working; recorded."""
    before, after = tokens_revoked_record(user)
    change_record(user, "user", user.id, "update", before={"password": "旧密码", **before},
                  after={"password": "已修改", **after})
