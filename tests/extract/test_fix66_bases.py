"""Fix 66, row 5 of tests/fixtures/real/MISSES-fresh66.md: a value inside `在…的基础上` states what exists (a baseline),
no target — unless the plan commits to it inside the base (在确保…, 在完成…, 在稳定…).

Family (dev): 安庆 2020 垃圾分类 news (ah-anqing-ljfl2020#1, http://yhsyyw.cn/gongsixinwen/20200521/4725.html) and
国务院 2019 职业教育改革实施方案 (cn-guowuyuan-zyjygg2019#8). Kept (dev gold): 临夏 2021 (gs-linxia-tszz2021#1,
在确保185万亩粮播面积的基础上), 贵州 2023 (gz-guizhou-kjycn2023#2, 在完成177万亩高标准农田建设任务的基础上), 江西 2019
(jx-jiangxi-sthj2019#2, 在稳定2个城市已达到空气质量二级标准的基础上).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


def test_a_pilot_done_is_a_base() -> None:
    # 安庆 (dev, ah-anqing-ljfl2020#1), as printed with its readings and without them
    assert _read("這意味著全市在9個(gè)小區(qū)試點(diǎn)生活垃圾分類的基礎(chǔ)上,正式在市城區(qū)範圍內(nèi)"
                 "逐步實(shí)施生活垃圾分類。", 2020) == set()
    assert _read("这意味着全市在9个小区试点生活垃圾分类的基础上,正式在市城区范围内逐步实施生活垃圾分类。", 2020) == set()


def test_a_level_reached_is_a_base() -> None:
    # 国务院 2019 (dev, cn-guowuyuan-zyjygg2019#8)
    assert _read("各地在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上，根据发展需要和财力可能逐步"
                 "提高拨款水平。", 2019) == set()


def test_a_base_the_plan_commits_to_stays_a_target() -> None:
    # 临夏 2021 (dev, gs-linxia-tszz2021#1); 贵州 2023 (dev, gz-guizhou-kjycn2023#2); 江西 2019 (dev, jx-jiangxi-sthj2019#2)
    assert any(v == 185 for _i, v, _u in _read(
        "我州在确保185万亩粮播面积的基础上,计划特色种植面积扩大到160万亩,新建高标准农田37万亩。", 2021))
    assert any(v == 177 for _i, v, _u in _read(
        "抓好良田建设,在完成177万亩高标准农田建设任务的基础上,努力建设更多高标准农田。", 2023))
    assert any(v == 2 for _i, v, _u in _read(
        "确保在稳定2个城市已达到空气质量二级标准的基础上,力争再增加2至3个空气质量达到二级标准的城市。", 2019))


def test_a_target_after_a_base_year_stays() -> None:
    # 教育部 2018 近视防控 (dev, cn-jiaoyu-jsfkjd2018#1): the year is the base, the change the target (a fall: −0.5, as
    # the gold reads it since recall43's point_falls.py)
    assert any(v == -0.5 for _i, v, _u in _read(
        "到2023年,力爭實現全國兒童青少年總體近視率在2018年的基礎上每年降低0.5個百分點以上。", 2018))


def test_base_clause_is_linear() -> None:
    assert_linear(extract_text, lambda n: "在9个小区试点的基础上," * n + "。")
