"""Session 30's second speed mend of the assignment reader (spd38): the item number's pattern opens with one class,
an inline tail is looked for from the line's last full stop only, a line is skipped when it holds none of the marks
its readers need, a name ``split_units`` would give whole by its characters skips the splitting, and the deadline
and two-character tests of a listed name scan once; these tests hold that each decides as its earlier form did, on
every seed text and on made-up cases."""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract import assignments, unit_lists
from kechuang.extract.lines import split_lines
from kechuang.extract.rules import simplified, simplified_all
from kechuang.extract.section_names import split_sections
from kechuang.text.normalise import normalise

_SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
_MADE = ["…需求,〔省科技厅〕三、鼓励", "局(二)小街巷", "安全站(二)x", "〕十二、", "科(十一)", "(一)", "(二", "(三)",
         "做好工作。责任单位:县科技局、县财政局", "做好工作。推进;牵头单位:县发改局。", "a。b。牵头领导:张三配合部门:区园林局",
         "。", "", "x。", "责任单位:县科技局。", "区发改局区统计局", "派出所工商质监所", "经济投资局和航空口岸局", "县财政局",
         "市市场监管局", "各乡(镇)政府"]
_OLD_ITEM_NUMBER = re.compile(r"\((?=[一二三四五六七八九十]{1,3}\))|[)）〕\]】](?=[一二三四五六七八九十]{1,3}、)")


def _lines() -> list[str]:
    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted(_SEEDS.glob("*.txt"))]
    texts = [simplified_all(t) for t in texts] + texts
    return [x.text for t in texts for x in split_lines(t)] + _MADE


def test_item_number_finds_as_its_earlier_form():
    for line in _lines():
        for i in range(len(line) + 1):
            assert bool(assignments._ITEM_NUMBER.search(line, i)) == bool(_OLD_ITEM_NUMBER.search(line, i)), line


def test_inline_tails_found_from_the_last_full_stop_as_from_the_start():
    for line in _lines():
        plain = simplified(line)
        for end in range(len(plain) + 1):
            last = max(plain.rfind("。", 0, end - 1), 0)
            for pattern in (assignments._INLINE_TAIL, assignments._LEADER_TAIL):
                old, new = pattern.search(plain, 0, end), pattern.search(plain, last, end)
                assert (old and old.span()) == (new and new.span()), (line, end)


def test_a_line_without_the_marks_gives_nothing():
    """Every reader of a line needs a mark of ``_TAIL_MARK`` or a closing verb: a line without them, alone in a
    document, gives no annotation."""
    for line in _lines():
        plain = simplified(line)
        if assignments._TAIL_MARK.search(plain) or plain.rstrip(" 。.;;").endswith(assignments._CLOSING_VERBS):
            continue
        lines = split_lines(line)
        assert assignments.extract_assignments(lines, ["p"] * len(lines), 0) == ([], []), line


def _old_split(unit: str, start: int) -> list[tuple[str, int, int]]:
    return [cut for name, s, _ in unit_lists._split_glued(unit, start) for cut in split_sections(name, s)] \
        if not unit_lists._JOIN.search(unit) else unit_lists._split_joined(unit, start)


def test_a_whole_name_is_one_the_splitting_gives_whole():
    for line in _lines():
        for k in range(len(line)):
            for unit in (line[k:k + 4], line[k:k + 7], line[k:k + 12]):
                if unit and unit_lists._whole(unit):
                    assert unit_lists._split_joined(unit, 3) == [(unit, 3, 3 + len(unit))] == _old_split(unit, 3)


def test_deadline_and_two_characters_as_their_earlier_forms():
    old_deadline, cjk = re.compile(r"\d|完成|年底|月底|底前|长期|持续"), re.compile(r"[\u4e00-\u9fff]")
    made = ["6月底完成", "年底前", "长期", "持续推进", "县财政局", "a", "局a", "a局b局", "完", "持", "底", "2024", "１２"]
    for line in _lines() + made:
        plain = simplified(line)
        for k in range(len(plain)):
            for unit in (plain[k:k + 3], plain[k:k + 8]):
                assert bool(assignments._DEADLINE.search(unit)) == bool(old_deadline.search(unit)), unit
                first = cjk.search(unit)
                assert bool(assignments._TWO_CJK.search(unit)) == bool(first and cjk.search(unit, first.end())), unit


def test_bracket_groups_open_every_bracket_of_open_close():
    """``_bracket_groups`` writes its openers out (a literal per call is cheaper): each pair of ``OPEN_CLOSE`` still
    makes a group, nested in another pair (review 33)."""
    for close, open_ in assignments.OPEN_CLOSE.items():
        for outer_close, outer_open in assignments.OPEN_CLOSE.items():
            text = f"加强科技创新{outer_open}牵头单位{open_}部门{close}:县科技局{outer_close}"
            groups = assignments._bracket_groups(split_lines(text)[0])
            assert [(s, e) for s, e, _ in groups] == [(6, len(text) - 1)], (open_, outer_open, groups)
