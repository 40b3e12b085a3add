"""People as users read them: ``{% load people %}{{ user|display_name }}`` — the 姓名, else the login name."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def display_name(user) -> str:
    """The user's 姓名 (``User.first_name``), else the user name; empty for no user."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()
