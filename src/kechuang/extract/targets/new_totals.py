"""The total a count of new things reaches: the thing without the verb of the new, and the total's word (round 74).

A plan counts what it adds, then the total that makes (a second value of the same unit, named by 总数/总量 only):
  新開通5G基站15萬個以上,總數達到30萬個以上       → 5G基站總數 (山东 数字经济 2022, dev)
The total is no count of new ones: when the count's name opens with the verb of the new (新增, 新开通, 新建, 新认定,
新培育), the total's name is that thing without the verb, and the total's word as printed. A count named without such a
verb names its total as it is (新增省级科技型中小企业558家,总量达到5101家: 昆明 2024, dev — the count is read as
省级科技型中小企业; 高新技术企业达到100家,其中新认定30家,总数达到100家: review 3, the whole named before the part).
累计 and 总计 are left as they are read (绿色账户要新增覆盖14.3万户,累计达到30.3万户: 徐汇 2017, dev — their gold keeps
the count's name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.rules import simplified

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_TOTAL_WORD = re.compile(r"(?:总数|总量)(?:将|要|力争|争取)?$")
# a mirror's phonetic reading may follow a character (新(xīn)開通): no part of the verb
_READING = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?"
_NEW_VERB = re.compile(rf"新{_READING}(?:增{_READING}|开{_READING}通{_READING}|建{_READING}|认{_READING}定{_READING}"
                       rf"|培{_READING}育{_READING})")


def total_named(para: Paragraph, words: str, pos: int, name: str) -> str:
    """The name of a value whose own ``words`` (before its verb, ending at ``pos`` of ``para.mtext`` or a little
    before) are a total's word only, given the ``name`` of the count before it: that thing's total (5G基站總數);
    else ``name``."""
    total = _TOTAL_WORD.search(words.strip())
    verb = _NEW_VERB.match(simplified(name)) if total else None
    thing = name[verb.end():] if verb else ""
    if not total or len(thing) < 2 or words.strip()[:total.start()].strip():
        return name
    word = total.group()[:2]
    k = para.mtext.rfind(word, max(0, pos - 12), pos)
    return thing + (para.text[k:k + 2] if k >= 0 else word)
