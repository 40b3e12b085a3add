"""Documents a basis sentence names without 《》: `为贯彻落实县政府工作报告安排部署`, `根据国家发展改革委“十四五”
现代流通体系建设规划,结合我省实际` — a name that ends with a document's kind right after its trigger, then what the
sentence takes from it (精神, 部署, 要求) or the next clause of a preamble (,结合…实际 / ,制定本…). Meetings (全会
精神) and bodies' plans in general (市委市政府工作部署) name no document.

Round 51 (meta18) read more of the shape from dev pages that print their basis so:
- a period after the name (`…三年行动计划(2020-2022年)`);
- its 文号 in brackets before the rest of the sentence (`…的意见(中发(2020)9号),加快推进…`,
  `…的通知(津政办发201030号)的要求`, `…(鲁政办字2020167号)等有关要求`);
- 计划 and a 关于…通知 among the kinds;
- a list of names joined by 、 and 和 (`根据天津市及东丽区…“十二五”规划、天津市科技“十二五”发展规划,结合…`;
  `落实全国海洋经济发展规划纲要、国家海洋事业发展规划纲要和天津市…规划纲要,结合…`)."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_CLAUSE_CUT = re.compile("[,;。,;]")
_AND = re.compile("以及|和|及")

_KIND = r"(?:报告|规划纲要|规划|纲要|方案|意见|决定|条例|办法|批复|计划|(?<=关于)[^《》,;。、()\s]{2,40}?通知)"
_PERIOD = r"(?:[((]\d{4}[^()()]{0,12}[))])?"  # (2020-2022年), (2016-2030年) after a plan's name
_NAME = re.compile(rf"(?:全面|深入|认真)?([^《》,;。、()\s]{{2,40}}?{_KIND}{_PERIOD})")
# the 文号 in brackets after the last name (中发(2020)9号, 鲁政办字2020167号: one level of inner brackets)
_NUMBER = r"[((](?:[^()()《》。;]|[((]\d{4}[))]){1,30}?号[))]"
# what the sentence takes from the names, after them in their clause (精神, 部署, 要求; 等有关要求)
_TAKES = re.compile(rf"(?:{_NUMBER})?(?:的?(?:精神|安排部署|部署|要求)|等(?:有关|相关)?(?:要求|规定))")
# or the clause ends with them, and the next one states the plan's own making (,结合…实际 / ,制定本…), or with
# their 文号 in brackets, whatever follows
_NEXT = re.compile(r"[,,](?:结合|制定|制订|特制定)")
_ENDS_NUMBER = re.compile(rf"{_NUMBER}$")
# a name that begins with another trigger (贯彻 before 落实…): the next trigger reads it
_OPENS_TRIGGER = re.compile(r"落实|贯彻|实施|执行")
_ENDS_KIND = re.compile(rf"{_KIND}{_PERIOD}$")
_WINDOW = 420  # six names of at most 40 characters and a kind, periods, a 文号 and what follows
_MOST = 6


def unbracketed(sentence: str, start: int) -> list[str]:
    """The documents a trigger ending at ``start`` names without 《》, as printed, when its clause has no title in
    《》: the clause's text up to what the sentence takes from it (``_TAKES``), or the whole clause before ``_NEXT``
    or ending with a 文号, read as a list of names each ending with a document's kind (``_NAME``). Found by a scan
    of the clause, not by a pattern of the whole list, so that no list can make a pattern backtrack."""
    window = sentence[start:start + _WINDOW]  # a bounded stretch: a sentence may hold many triggers
    plain = simplified(window)  # a character for a character: spans hold in the printed window
    cut = _CLAUSE_CUT.search(plain)
    clause = plain[:cut.start()] if cut else plain
    if "《" in clause or "》" in clause:
        return []
    takes = _TAKES.search(clause)
    if takes:
        listed = clause[:takes.start()]
    elif cut and (_NEXT.match(plain, cut.start()) or _ENDS_NUMBER.search(clause)):
        number = _ENDS_NUMBER.search(clause)
        listed = clause[:number.start()] if number else clause
    else:
        return []
    names = [n for piece in listed.split("、") for n in _split_joined(piece)]
    found = [_NAME.fullmatch(n) for n in names]
    if not names or len(names) > _MOST or not all(found) or _OPENS_TRIGGER.match(found[0].group(1)):
        return []
    out, at = [], 0
    for m in found:
        name = m.group(1)
        at = plain.index(name, at)
        out.append(window[at:at + len(name)])
        at += len(name)
    return out


def _split_joined(piece: str) -> list[str]:
    """A list's last names joined by 和, 及 or 以及, split where the name before the word ends with a document's kind
    (…规划纲要和天津市国民经济和社会发展…纲要: the first 和 ends a name, the second is inside one)."""
    for m in _AND.finditer(piece):
        left = piece[:m.start()]
        if _ENDS_KIND.search(left[-60:]) and len(piece) - m.end() >= 2:  # a kind and its period end the name
            return [left, *_split_joined(piece[m.end():])]
    return [piece]
