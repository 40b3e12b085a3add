"""Review 31's mends (rev31, session 29), each test failing on main 40c80cc1 before its fix."""

from __future__ import annotations

from kechuang.extract.targets.project_rolls import _roll_numbers
from tests.timing import assert_linear, assert_linear_far

# 江门 2025 重点建设项目计划 news (http://villa-graf.com/gdywdt/zwzt/kdyxtz/zdjsxmxx/content/post_4675001.html, dev):
# a roll (共安排…项目563个) and its parts (其中,基础设施工程项目共148个,…), as a page of rolls prints them
_JIANGMEN = ("据统计,2025年江门共安排市重大建设项目563个,总投资5618亿元,年度计划投资831亿元。"
             "其中,基础设施工程项目共148个,今年计划投资282.41亿元;产业工程项目共361个,今年计划投资462.87亿元;"
             "民生保障工程项目共54个,今年计划投资86亿元。")


# F1: the roll's goal word was sought from its sentence's start, and its parts scanned to its sentence's end, once per
# roll: a long line of rolls with no sentence end took quadratic time (4,000 rolls: 44 s on main)
def test_project_rolls_are_linear():
    assert_linear(_roll_numbers, lambda n: "共安排项目1个,其中" * n)
    assert_linear(_roll_numbers, lambda n: "目标:" + "共安排项目1个,其中" * n + "。")
    assert_linear(_roll_numbers, lambda n: "共安排项目1个。" * n)


def test_project_rolls_read_the_same_rolls_and_parts():
    got = sorted(_JIANGMEN[k:k + 3] for k in _roll_numbers(_JIANGMEN))
    assert got == ["148", "361", "54个", "563"]


# F1 too: each target was checked against every number dropped (8,000 rolls in a line: 43 s of 56 s in project_rolls)
def test_dropping_the_rolls_targets_is_linear():
    from kechuang.extract.lines import Line
    from kechuang.extract.model import Target
    from kechuang.extract.targets.project_rolls import project_rolls

    unit = "共安排项目1个,其中"

    def make(n: int) -> tuple[list[Line], list[Target]]:
        text = unit * n
        targets = [Target("项目", "level", 1, "个", None, False, "1个", "", k * len(unit) + 5, k * len(unit) + 7)
                   for k in range(n)]
        return [Line(0, 0, len(text), text, False)], targets

    assert project_rolls(*make(3)) == []
    assert_linear(lambda data: project_rolls(*data), make)


# F2: the note defining a short name took unbounded spaces on both sides of its optional colon (\s*[::]?\s*): a 简称
# followed by a long run of spaces backtracked quadratically (20,000 spaces: 20 s on main). The notes of the pages
# stay read: 兖州 2022 (http://yanzhou.gov.cn/art/2022/12/27/art_36648_2752134.html, dev) `(以下简称《实施计划》)`,
# 四川 2021 (http://zzkailai.com/newdetail-440366.html, dev) `(下稱《行動計劃》)`
def test_a_short_names_note_is_read_in_linear_time():
    from kechuang.extract.metadata.short_names import defined_short_names

    assert defined_short_names("《兖州区全民健身实施计划(2021—2025年》(以下简称《实施计划》)") == {"实施计划"}
    assert defined_short_names("《四川省重點特色園區培育三年行動計劃》(下稱《行動計劃》)") == {"行動計劃"}
    assert defined_short_names("(簡稱: “《規劃》”)") == {"規劃"}
    # too fast to grow until one run takes 0.05 s (16M spaces took 0.045 s on 2026-12-06, compiled or not): a quadratic
    # (20,000 spaces took 20 s before round 31) shows at 16 times the spaces, each size repeated until it is timed
    assert_linear_far(defined_short_names, lambda n: "简称" + " " * n, n=20_000)
