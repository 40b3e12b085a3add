"""The formats the upload form offers, from the one table (kechuang.text.formats):
``{% load upload_formats %}{% upload_accept %}`` → ``.txt,.text,.html,…`` for ``accept=``; ``{% upload_names %}`` →
``txt、html、docx、…`` for the label clerks read."""

from __future__ import annotations

from django import template

from kechuang.text.formats import OFFERED, SHOWN

register = template.Library()


@register.simple_tag
def upload_accept() -> str:
    return ",".join(OFFERED)


@register.simple_tag
def upload_names() -> str:
    return "、".join(suffix.lstrip(".") for suffix in SHOWN)
