"""A target's value as a clerk reads it: ``{% load target_text %}{{ target|target_value }}`` — 增长10%, 下降5%,
提高2个百分点, 进入前10名; a level as printed (地区生产总值:10% read as a level when it is a growth)."""

from __future__ import annotations

from django import template

from kechuang.web.cockpit.links import GUESSED

register = template.Library()


@register.filter
def target_value(target) -> str:
    value, unit, kind = str(target.value), target.unit or "", target.kind
    falls = value.startswith("-")
    if kind == "growth":
        return f"下降{value[1:]}{unit}" if falls else f"增长{value}{unit}"
    if kind == "increase":
        return f"降低{value[1:]}{unit or '个百分点'}" if falls else f"提高{value}{unit or '个百分点'}"
    if kind == "rank":
        return f"进入前{value}{unit or '名'}"
    if kind == "multiple":
        return f"达到基期的{value}{unit or '倍'}"
    return f"{value}{unit}"


@register.filter
def link_doubtful(target) -> bool:
    """A link the linker guessed (a name contained in another, or similar): the clerk should check it — a walk-through
    found 一般公共预算收入 linked to …支出 (0.71) and 研发机构数量 to 国家级科技创新平台数 (0.87)."""
    return bool(target.catalog_indicator_id) and target.link_method in GUESSED


@register.filter
def report_prompt(target) -> str:
    """What a department reports for the target: a growth's rate, not its level ("地区生产总值(目标 10%)当前值" left a
    reporter to guess whether to type the GDP or its growth)."""
    unit = target.unit or ""
    return {"growth": f"本期增长率({unit or '%'})", "increase": f"已提高({unit or '个百分点'})",
            "multiple": "当前达到基期的倍数", "rank": f"当前名次({unit or '名'})"}.get(
        target.kind, f"当前值({unit})" if unit else "当前值")
