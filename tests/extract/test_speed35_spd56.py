"""spd56's speed mend of session 35: the assignments stage's unit lists read the same units with less work.

``unit_lists.split_units_at_zero`` cut a list at each separator outside brackets by walking every bracket and separator; a
list holding no bracket (most) is now cut by one split. These tests hold that it gives the same units as the earlier
walk on every seed and corpus text (cut into clauses and lines, as tails are) and on adversarial lists."""

from __future__ import annotations

import re

from kechuang.extract import unit_lists
from kechuang.extract.rules import simplified_all
from tests.extract.pattern_forms import stored_texts

_OPENS, _CLOSES = unit_lists._OPENS, unit_lists._CLOSES
_OLD_MARK = re.compile(f"[{re.escape(unit_lists._OPENS + unit_lists._CLOSES + unit_lists._SEPARATORS)}]")


def _old_pieces(text: str) -> list[tuple[str, int, int]]:
    """The first loop of ``split_units_at_zero`` before session 35 (the walk over every mark)."""
    out, depth, start = [], 0, 0
    for m in _OLD_MARK.finditer(text + ","):
        i, ch = m.start(), m.group()
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        elif depth == 0:
            raw = text[start:i]
            lead = len(raw) - len(raw.lstrip(unit_lists._UNIT_STRIP))
            unit = raw.strip(unit_lists._UNIT_STRIP)
            if unit and unit_lists._whole(unit):
                out.append((unit, start + lead, start + lead + len(unit)))
            elif unit:
                out.extend(unit_lists._split_joined(unit, start + lead))
            start = i + 1
    return out


def _old_split(text: str) -> tuple[tuple[str, int, int], ...]:
    kept: list[tuple[str, int, int]] = []
    for unit, s, _ in _old_pieces(text):
        if "等" in unit or "见附" in unit:
            kept.extend(piece for cut in unit_lists._split_others(unit, s) if (piece := unit_lists._without_pointer(cut)))
        elif unit[-1:] in unit_lists._NOTE_CLOSES:
            kept.append(unit_lists._without_note((unit, s, s + len(unit))))
        elif unit.strip(unit_lists._UNIT_STRIP):
            kept.append((unit, s, s + len(unit)))
    return tuple(unit_lists._merge_collectives(text, kept))


def _pieces() -> list[str]:
    pieces: list[str] = []
    for text in stored_texts():
        for line in text.splitlines():
            pieces.append(line)
            pieces += [c for c in re.split(r"[。::]", line) if c]
    pieces += ["", "、", " , ;、", "县发改局、县财政局 县科技局;各乡镇", "各县(市、区)人民政府、县财政局", "(((a、b", "a)))、b(",
               "市直有关部门、单位", "各区、县级市政府", "中央、省驻岳单位", "经济投资局和航空口岸局、区统计局区发改局",
               "区经信局等区政府有关部门、供销社等有关单位", "各乡镇(任务分解见附件2)、详见附件", "县财政局(牵头)、县农业农村局(配合)",
               "  县教育局。、.等县卫健局:、*※", "各县(区)人民", "【县文旅局】、〔县民政局〕", "县委、政府、人民政府"]
    return pieces


def test_split_units_gives_the_units_of_the_earlier_walk():
    pieces = _pieces()
    assert len(pieces) > 20000
    for piece in pieces:
        for text in (piece, simplified_all(piece)):
            assert unit_lists.split_units_at_zero.__wrapped__(text) == _old_split(text), text[:0]


def test_a_bare_kind_joins_as_the_earlier_pattern_did():
    for unit in ("单位", "部门", "机构", "单位等", "有关单位", "单位\n", ""):
        assert (unit in unit_lists._BARE_KINDS) == bool(re.fullmatch(r"单位|部门|机构", unit))
