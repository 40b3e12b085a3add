"""Password rules of our own, next to Django's (settings.AUTH_PASSWORD_VALIDATORS)."""

from __future__ import annotations

from django.core.exceptions import ValidationError


class NotPreviousPassword:
    """A new password must differ from the current one (a reset or change that keeps it protects nothing).

    Validate before ``set_password``: the check compares with the password the user has now.
    """

    def validate(self, password: str, user=None) -> None:
        if user is None or user.pk is None or not user.has_usable_password():
            return
        if user.check_password(password):
            raise ValidationError("新密码不能与原密码相同。", code="password_unchanged")

    def get_help_text(self) -> str:
        return "新密码不能与原密码相同。"
