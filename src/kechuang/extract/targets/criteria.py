"""Criteria an applicant must meet: the lines after a label such as ``申报条件:`` state thresholds
(研究开发费用总额占销售收入总额的比例不低于3%, 人员不少于4人, 研发人员>60人), not outcomes the plan commits to
(the spec's "policy parameters"; tests/fixtures/real/README.md, nineteenth batch). Dev pages of the family:
海曙 研发中心 申报条件, 余姚 研发投入 申报条件, 高新企業申報條件有哪幾項, 山东省级的企业技术中心申报条件有哪些?
(round 22)."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.vocab import vocab

_MAX_LABEL = 40  # a label is a short line or a heading's title; a sentence naming 申报条件 is no label


def criteria_label(text: str | None) -> bool:
    """Whether ``text`` (a line, a heading's title or the page's title) is a label opening a list of criteria:
    ``申报条件:``, ``一、申报条件``, ``二、高新技术企业认定条件``, ``…申报条件有哪些?`` — the label ends the line, a
    qualifier or a subject before it at most; a verb acting on criteria (优化职称申报条件) makes a task, no label."""
    text = (text or "").strip()
    if "件" not in text or ("条件" not in text and "條件" not in text):  # most lines: no simplification needed
        return False
    if not 0 < len(text) <= _MAX_LABEL:
        return False
    text = simplified_all(text)
    m = vocab().criteria_label.search(text)
    return bool(m) and not vocab().criteria_action.search(text, 0, m.start())


def criteria_part(title: str) -> bool:
    """Whether a heading's title names a part of the criteria (基本条件, 具体条件): under a label, it continues them."""
    return vocab().criteria_part.fullmatch(simplified_all(title.strip())) is not None
