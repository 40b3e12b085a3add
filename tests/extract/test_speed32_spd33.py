"""Session 30's speed mend of the assignment reader (spd33): patterns that opened with an assertion now open with
characters, a scan is gated by what every match holds, and ``expand`` tries only the lengths that can match; these
tests hold that each gives what its earlier form gave, on every seed text and on made-up cases."""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract import assignments, departments
from kechuang.extract.lines import split_lines
from kechuang.extract.rules import simplified_all
from kechuang.extract.unit_lists import UNIT_SUFFIX
from kechuang.text.normalise import normalise

_SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
_MADE = ["县广播电视台", "县广電臺", "平台", "区人大", "区政协", "人大", "县政协会", "文化宣传股", "控股", "旅游股", "股",
         "X股", "县科技局", "。责任单位:县科技局、县财政局", ";牵头单位:县发改局。", "…需求,〔省科技厅〕三、鼓励", "局(二)小街巷",
         "安全站(二)x", "〕十二、", "科(十一)", "(一)"]


def _texts() -> list[str]:
    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted(_SEEDS.glob("*.txt"))]
    return [simplified_all(t) for t in texts] + texts + _MADE


def _old_unit_suffix() -> re.Pattern[str]:
    pattern = UNIT_SUFFIX.pattern
    for new, old in (("台(?<=(?:电视|广电|電視|廣電)台)|臺(?<=(?:电视|广电|電視|廣電)臺)", "(?<=电视|广电|電視|廣電)(?:台|臺)"),
                     ("人大(?<=[省市县区州旗盟国]人大)|政协(?<=[省市县区州旗盟国]政协)", "(?<=[省市县区州旗盟国])(?:人大|政协)"),
                     ("股(?<=[\\u4e00-\\u9fff]{2}股)(?<![控持入参配送]股)", "(?<=[\\u4e00-\\u9fff]{2})(?<![控持入参配送])股")):
        assert new in pattern
        pattern = pattern.replace(new, old)
    return re.compile(pattern)


def test_unit_suffix_decides_as_its_earlier_form():
    old = _old_unit_suffix()
    for text in _texts():
        for i in range(len(text) + 1):
            tail = text[max(0, i - 8):i]
            assert bool(UNIT_SUFFIX.search(tail)) == bool(old.search(tail)), tail


def test_inline_tail_and_item_gate_as_their_earlier_forms():
    old_inline = re.compile(assignments._INLINE_TAIL.pattern.replace("[。;]\\s*", "(?<=[。;])\\s*", 1))
    assert old_inline.pattern != assignments._INLINE_TAIL.pattern
    for text in _texts():
        for line in [x.text for x in split_lines(text)] + [text]:
            old = old_inline.search(line)
            new = assignments._INLINE_TAIL.search(line)
            assert (old and old.start()) == (new and new.start() + 1)
            if assignments._NEXT_ITEM.search(line):
                assert assignments._ITEM_NUMBER.search(line)


def _old_expand(name: str) -> str:
    table = departments.load_rules("departments")["aliases"]
    for k in range(min(max(map(len, table)), len(name)), 0, -1):
        full = table.get(name[-k:])
        if full is not None:
            head = name[:-k]
            if full.startswith("委") and head.endswith("委"):
                full = full[1:]
            return head + full
    return name


def test_expand_as_its_earlier_form():
    table = departments.load_rules("departments")["aliases"]
    names = [head + short[cut:] for short in table for cut in range(len(short)) for head in ("", "县", "市委", "委")]
    names += ["", "局", "县科技局", "各乡镇人民政府", *_MADE]
    for name in names:
        assert departments.expand(name) == _old_expand(name), name
