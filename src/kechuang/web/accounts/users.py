"""A region's users: the bureau creates accounts for its departments and leaders, resets passwords,
deactivates accounts. Passwords follow the platform's rules; generated ones are shown once."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Department, Profile, Region, Role
from kechuang.web.history.services import change_record

#: Roles a bureau gives within its region (administrators are created on the command line).
GIVEN_ROLES = (Role.DEPARTMENT, Role.LEADER, Role.BUREAU)


@dataclass
class UserInput:
    username: str
    full_name: str
    role: str
    department_id: int | None = None
    password: str = ""  # empty: one is generated and shown once


def _password_checked(password: str, user) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise KechuangError("KC-WEB-FIELD", "密码不符合要求:" + "".join(exc.messages), field="password") from None


def new_password() -> str:
    return secrets.token_urlsafe(9)  # 12 characters, passes the rules


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
    user = User(username=username, first_name=(data.full_name or "").strip()[:150])
    password = data.password or new_password()
    _password_checked(password, user)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
            Profile.objects.create(user=user, role=data.role, region=region, department=department)
            change_record(actor, "user", user.id, "create", after={
                "username": username, "role": data.role, "department": department.name if department else None})
    except IntegrityError:
        raise KechuangError("KC-WEB-DUPLICATE", f"用户名“{username}”已被使用", field="username") from None
    return user, password


def user_password_reset(actor, user) -> str:
    """A new generated password (shown once); the old one stops working."""
    password = new_password()
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        change_record(actor, "user", user.id, "update", before={"password": "旧密码"}, after={"password": "已重置"})
    return password


def user_set_active(actor, user, active: bool) -> None:
    if user.pk == actor.pk and not active:
        raise KechuangError("KC-WEB-FIELD", "不能停用自己的账号", field="user")
    with transaction.atomic():
        before = user.is_active
        user.is_active = active
        user.save(update_fields=["is_active"])
        change_record(actor, "user", user.id, "update", before={"is_active": before}, after={"is_active": active})
