"""A target's indicator (and its unit) as a clerk means it: no markup, no spreadsheet formula.

Units and department names refuse ``<`` and ``>`` outright (``accounts.services.check_name``); an indicator may
compare (``PM2.5<35``, ``优良天数>300``), so only what a browser reads as the start of a tag is refused: ``<``
followed by a letter, ``/``, ``!`` or ``?`` (the HTML tokenizer's tag-open state), as in ``<script>``, ``</b>``,
``<!--`` or ``<?xml``. A lead a spreadsheet reads as a formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``) is refused as
in names: the 台账 writes the indicator in a cell.
"""

from __future__ import annotations

import re

from kechuang.errors import KechuangError
from kechuang.reports.cells import FORMULA_START

_TAG_OPEN = re.compile(r"<[A-Za-z/!?][^<>]{0,20}>?")  # the tag as shown in the message: <script>, </b>
LEFT_OUT = "未列入量化目标"  # the words of a left-out target's hint (counted for the upload's message)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text_problem(text: str) -> str | None:
    """Why ``text`` is no indicator a clerk meant (Chinese, without the field's name), else None."""
    tag = _TAG_OPEN.search(text)
    if tag:
        return f"含有网页标记“{tag.group()}”;比较符号(如 PM2.5<35)可以保留"
    if text.startswith(FORMULA_START):
        return "不能以 = + - @ 开头(表格软件会当作公式)"
    if _CONTROL.search(text):
        return "含有不可见的控制字符"
    return None


def check_text(text: str, field: str, label: str) -> str:
    """``text`` unchanged, or a KechuangError naming the field (``label`` is its Chinese name: 指标, 单位)."""
    problem = text_problem(text)
    if problem:
        raise KechuangError("KC-WEB-FIELD", f"{label}“{text[:30]}”{problem}", field=field)
    return text


def _target_problem(target) -> str | None:
    """Why an extracted target's indicator or unit is none a clerk could type, else None."""
    for label, text in (("指标", target.indicator), ("单位", target.unit or "")):
        problem = text_problem(text)
        if problem:
            return f"{label}{problem}"
    return None


def target_refused(target) -> bool:
    return _target_problem(target) is not None


def targets_left_out(targets) -> list[str]:
    """An extracted target the forms would refuse is not stored from a document either: the review page's hints
    say which (by the sentence it was read from), so that the clerk adds it as meant."""
    return [f"量化目标“{(t.quote or t.indicator)[:40]}”的{_target_problem(t)},{LEFT_OUT};请核对原文,"
            "需要时用“+ 目标”补入" for t in targets if target_refused(t)]


def targets_left_out_count(plan) -> int:
    """How many of the document's targets ``targets_left_out`` named when the plan was extracted."""
    return sum(1 for w in (plan.extracted or {}).get("warnings", []) if LEFT_OUT in w)
