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

_KIND = r"(?:报告|规划纲要|规划|纲要|方案|意见|决定|条例|办法|批复|计划|(?<=关于)[^《》,;。、()\s]{2,40}?通知)"
_PERIOD = r"(?:[((]\d{4}[^()()]{0,12}[))])?"  # (2020-2022年), (2016-2030年) after a plan's name
_ITEM = rf"[^《》,;。、()\s]{{2,40}}?{_KIND}{_PERIOD}"
# the 文号 in brackets after the last name (中发(2020)9号, 鲁政办字2020167号: one level of inner brackets)
_NUMBER = r"[((](?:[^()()《》。;]|[((]\d{4}[))]){1,30}?号[))]"
_FOLLOW = r"的?(?:精神|安排部署|部署|要求)|等(?:有关|相关)?(?:要求|规定)|,(?:结合|制定|制订|特制定)"
_UNBRACKETED = re.compile(rf"(?:全面|深入|认真)?({_ITEM}(?:(?:、|以及|和|及){_ITEM}){{0,5}})"
                          rf"(?=(?:{_NUMBER})?(?:{_FOLLOW})|{_NUMBER},)")
# a name that begins with another trigger (贯彻 before 落实…): the next trigger reads it
_OPENS_TRIGGER = re.compile(r"落实|贯彻|实施|执行")
_ENDS_KIND = re.compile(rf"{_KIND}{_PERIOD}$")
_WINDOW = 420  # six names of at most 40 characters and a kind, periods, a 文号 and what follows


def unbracketed(sentence: str, start: int) -> list[str]:
    """The documents a trigger ending at ``start`` names without 《》 (see ``_UNBRACKETED``), as printed, when its
    clause has no title in 《》."""
    window = sentence[start:start + _WINDOW]  # a bounded stretch: a sentence may hold many triggers
    clause = re.split("[,;。,;]", window, maxsplit=1)[0]
    if "《" in clause or "》" in clause:
        return []
    plain = simplified(window)  # a character for a character: spans hold in the printed window
    m = _UNBRACKETED.match(plain)
    if not m or _OPENS_TRIGGER.match(m.group(1)):
        return []
    names = []
    for piece in m.group(1).split("、"):
        names += _split_joined(piece)
    out, at = [], m.start(1)
    for name in names:
        at = plain.index(name, at)
        out.append(window[at:at + len(name)])
        at += len(name)
    return out


def _split_joined(piece: str) -> list[str]:
    """A list's last names joined by 和, 及 or 以及, split where the name before the word ends with a document's kind
    (…规划纲要和天津市国民经济和社会发展…纲要: the first 和 ends a name, the second is inside one)."""
    for m in re.finditer("以及|和|及", piece):
        left = piece[:m.start()]
        if _ENDS_KIND.search(left) and len(piece) - m.end() >= 2:
            return [left, *_split_joined(piece[m.end():])]
    return [piece]
