"""asg57: the offices of a government named by their kinds, 委、办、局, are one collective unit, as the dev openings
address them (静安 2024 重点工作安排 `区政府各委、办、局`,
https://www.jingan.gov.cn/govxxgk/JA0/2024-03-13/b0176702-fca9-43f4-b4f5-26fdd91b55e4.html; 尼木 2022 `县直各委、办、局`,
https://www.nmx.gov.cn/nmx/fggz/202203/1e3950da7cd54774bbfab158ac739f3a.shtml; 文山 2022 `州直各委、办、局`,
http://www.ynws.gov.cn/info/5475/301883.htm) and 杨浦 2022 基层消防's task list names `相关委、办、局` a cooperating unit
(dev, https://www.shanghai.gov.cn/zhengce/detail/0077::007766345beb1856665c1d3217bdb40500a1; afresh55's map)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.unit_lists import split_units
from kechuang.text.normalise import normalise


def test_the_kinds_of_offices_are_one_unit():
    assert [u for u, _, _ in split_units("区政府各委、办、局", 0)] == ["区政府各委、办、局"]
    assert [u for u, _, _ in split_units("各街道、相关委、办、局", 0)] == ["各街道", "相关委、办、局"]
    assert [u for u, _, _ in split_units("市发改委、市财政局", 0)] == ["市发改委", "市财政局"]


def test_in_a_tail():
    text = "1.推进工作。全年开展培训50场。(牵头单位:区应急局;配合单位:区政府各委、办、局,各街道办事处)"
    assert [(a.role, a.unit) for a in extract_text(normalise(text)).assignments] == [
        ("lead", "区应急局"), ("cooperating", "区政府各委、办、局"), ("cooperating", "各街道办事处")]


def test_in_a_task_table_printed_one_cell_a_line():
    text = ("重点任务清单\n类别\n项目\n主要任务\n牵头单位\n配合单位\n二、推进基层消防安全组织建设\n"
            "1.建立例会制度\n每季度召开一次工作会议，部署重点工作。\n区消防救援支队\n各街道、\n相关委、办、局\n")
    assert [(a.role, a.unit) for a in extract_text(normalise(text)).assignments] == [
        ("lead", "区消防救援支队"), ("cooperating", "各街道"), ("cooperating", "相关委、办、局")]
