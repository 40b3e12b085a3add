"""A unit's name broken by the page onto the next line of a table printed one cell a line, the second line longer than
a body's ending (``kechuang.extract.broken_names``, tails8 round): 市人力资源 / 社会保障局 is one unit, printed with
its break (the tails' fifth-batch convention). The real row failed before the rule: its second line was read alone."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.broken_names import long_broken_end

# 眉山 2017 十大民生工程 1–7月 progress table (dev), https://www.ms.gov.cn/info/5565/1006442.htm
_HEADER = ("2017年1—7月十大民生工程项目实施进度表\n工程\n名称\n序号\n项 目 内 容\n目标任务\n市级牵头\n责任单位\n进度\n"
           "完成目标\n(%)\n备注\n")


def test_a_name_broken_after_its_first_words():
    text = _HEADER + ("就业促进工程\n就业促进工程\n1\n促进城乡劳动者就业创业\n城镇新增就业(人)\n26000\n市人力资源\n社会保障局\n"
                      "19456\n74.8\n达到时间进度\n")
    units = [a.unit for a in extract_text(text).assignments]
    assert "市人力资源\n社会保障局" in units and "社会保障局" not in units


@pytest.mark.parametrize(("head", "end", "joined"), [
    pytest.param("市人力资源", "社会保障局", True, id="level-head-long-end"),
    pytest.param("县城绿化", "县住建局", False, id="the-next-line-opens-with-a-level"),
    pytest.param("申通地铁", "集团", False, id="short-end-read-by-the-older-rule"),
    pytest.param("建设城市书房", "文广旅局", False, id="a-task-opens-with-no-level"),
    pytest.param("市人力资源", "社会保障局和医疗保障", False, id="too-long-an-end"),
])
def test_long_broken_end(head, end, joined):
    assert long_broken_end(head, end) is joined
