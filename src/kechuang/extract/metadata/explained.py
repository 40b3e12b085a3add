"""The document an explanation page (政策解读, 编制说明) is about: the page is annotated for the plan it explains
(tests/fixtures/real/openings/DECISIONS.md), its title and 文号 as the page cites them."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import PLAN_WORDS, strip
from kechuang.extract.metadata.fields import DOC_NUMBER, format_number

# The page says it explains: 现将主要内容解读如下, 关于对…的解读, or heads its sections with the document's short name
# (一、《规划》编制背景和依据).
_EXPLAINS = re.compile(r"解读如下|的解读$|^[一二三四五六七八九十]{1,2}、《[^《》]{1,4}》")
_NUMBERED_TITLE = re.compile(r"[一二三四五六七八九十]{1,2}、《[^《》]{1,4}》")  # _EXPLAINS's third branch, matched


def _explains(flat: str) -> bool:
    """``_EXPLAINS.search`` of a line stripped of every space (so no line break before its end): its branches tested
    one by one, the words with ``in`` (a branch anchored at the start made the re module try the whole at every
    position)."""
    return "解读如下" in flat or flat.endswith("的解读") or _NUMBERED_TITLE.match(flat) is not None


_ORDINALS = frozenset("一二三四五六七八九十")


def _may_explain(text: str) -> bool:
    """Whether ``_explains`` can hold for ``text`` stripped of its spaces, told without stripping it: 解读如下 needs 解
    and 读, …的解读 a 读 last, 一、《…》 a numeral first and a 《 (spaces only are taken away)."""
    if "读" in text and ("解" in text or text.rstrip().endswith("读")):
        return True
    return "《" in text and text.lstrip()[:1] in _ORDINALS


# The document the page explains, cited where it was issued or made: 印发了《X》(以下简称《方案》), 印发了《X的通知》
# (聊政发〔2020〕8号), 最终形成《X》(奉节府发〔2022〕16号); 《<X>的通知》 marks the plan inside the notice.
_CITED = re.compile(r"(?:印发了?|形成了?|出台了?)《(?P<title>[^《》]{4,120})》\s*[((](?P<note>[^()()]{2,40})")
_KINDS = "|".join(PLAN_WORDS)
_NOTICE_OF_PLAN = re.compile(rf"^<?(?P<plan>[^<>]{{4,120}}?(?:{_KINDS}))>?的通知$")


def explained_document(lines: list[Line]) -> tuple[str, str | None] | None:
    """(title, 文号 or None) of the document the page explains, if the page is an explanation of one."""
    # every form of _EXPLAINS holds 读 or 《 (no space splits one character): other lines are not searched, nor
    # stripped of their spaces unless ``_may_explain``
    # (_may_explain needs 读 or 《: a line with neither, most, is not asked)
    if not any(_explains(strip(line.text)) for line in lines
               if not line.chrome and ("读" in line.text or "《" in line.text) and _may_explain(line.text)):
        return None
    for line in lines:
        m = _CITED.search(strip(line.text))
        if not m:
            continue
        title = m.group("title")
        plan = _NOTICE_OF_PLAN.match(title)
        title = plan.group("plan") if plan else title.strip("<>")
        number = DOC_NUMBER.search(m.group("note"))
        return title, format_number(number) if number else None
    return None
