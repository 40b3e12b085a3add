"""Years stated inside a clause (the lead's decision of session 44, settling audit43's question): a year or a duration
that does not open its sentence is the deadline of its own clause, not of the sentences and paragraphs after it, which
keep the year of their goals section (今后五年, 展望2025年, the plan's) until a sentence opens with another year phrase;
a per-year commitment in a later clause of its sentence runs to the end of the goals' period. Family (dev):
`…重大突破,力争2024年江津班列到发量占全市50%,进出口总额年均增速10%以上,…` under 今后五年 (江津 2023,
http://epaper.cqjjnet.com/PC/jjrb/202301/12/content_21616.html); `目标是在3年内完成城市老旧管网改造任务。同时,
支持五个城市建设海绵城市` under 展望2025年 (宁夏 2025, https://yxiu.cn/finance/ch/386160.html).

A year opens its sentence when only lead words stand before it (到, 力争到, 确保在, a numbering token, a label ending
with a colon), or when it is a clause of its own (…,到2025年,全市…; “十四五”期间,…): it leads what follows. A year after
a clause of content (…重大突破,力争2024年…; 目标是在3年内…) is inside its clause."""

from __future__ import annotations

import re

from kechuang.extract.targets.years import YearMark

# what may stand before a year that opens its sentence: a numbering token, a label up to its colon, lead words
_LEAD = re.compile(r"\s{0,4}(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s{0,2})?"
                   r"(?:[^,，;；。:：]{0,16}[:：]\s{0,2})?"
                   r"(?:另外|此外|同时|其中|总体来说|总的来看|具体来说|预计|计划|要|将|力争|力爭|争取|爭取|确保|確保"
                   r"|到|至|在|于|從|从|自|截至|今后|未来|今後|未來|展望|经过|通过|用|再用|连续|[,，、\s])"
                   r"{0,6}")
# a year phrase followed at once by a comma is a clause of its own that leads the rest (…,到2025年,全市…)
_OWN_CLAUSE = re.compile(r"[^,，;；。]{0,8}?(?:年|五[”\"]?)(?:度|底|末|前|内|时间|期间|期末|时期末|时期|末期)?(?:左右)?"
                         r"(?:以前|之前|前)?\s{0,2}[,，]")
_CLAUSE_MARK = re.compile(r"[,，;；]")


def mark_inside(marks: list[YearMark], sentence: str, start: int) -> None:
    """Set ``inside`` on each mark of ``sentence`` (starting at ``start`` in its paragraph) that is stated inside a
    clause: neither after lead words alone nor a clause of its own."""
    for mark in marks:
        at = mark.pos - start
        if at <= 0 or mark.year is None:
            continue
        lead = _LEAD.match(sentence, 0, at)
        if lead is not None and lead.end() == at:
            continue
        if _OWN_CLAUSE.match(sentence, at):
            continue
        mark.inside = True


def settle_inside(marks: list[YearMark], dated: bool) -> None:
    """Keep ``inside`` only where a year stands for what follows: the section's (``dated``: an inherited year or a
    goals period) or an earlier mark of the paragraph not inside a clause. With none, every year a paragraph states
    dates what follows it up to the next, wherever it stands, as before: `…又明确了2026年的各项重点工作…` (铁西 2026,
    https://m.163.com/dy/article/KI747KE20535J6J8.html); `…三年行动计划,新增幼儿学位3.6万个,力争到2025年学前教育
    毛入园率达到95%,普惠性幼儿园覆盖率超过90%` (宁夏 学前教育, https://cn.apdnews.com/tag/e146175, both dev)."""
    for mark in marks:
        if not mark.inside:
            dated = dated or (not mark.past and mark.year is not None)
        elif not dated:
            mark.inside = False


def clause_between(text: str, low: int, high: int) -> bool:
    """Whether a clause mark (, ; and their wide forms) stands in ``text[low:high]``: a later clause."""
    return _CLAUSE_MARK.search(text, low, high) is not None
