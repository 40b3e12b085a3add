"""Review 44's findings on the session-35 rules, each with the input that showed it (written by the reviewer after
the real shapes the rules were taken from; the rules' own sources are cited in their modules)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
from tests.pure import rerun_pure
from tests.timing import assert_linear


def _targets(text: str, year: int = 2024):
    return [(t.indicator, t.kind, t.value, t.unit) for t in extract_text(normalise(text), plan_year=year).targets]


def test_a_total_of_the_clause_before_names_no_later_growth():
    # naming.economy_total looked 16 characters back across commas
    assert _targets("经济总量稳步扩大,经济增长8%。") == [("经济", "growth", 8, "%")]
    assert _targets("2024年,深圳经济总量超过4万亿元。") == [("深圳经济总量", "level", 4, "万亿元")]


def test_a_works_own_count_named_before_it_stays_a_target():
    # plan_task_ends was read on the name alone: a work's count named before it was dropped with the list's count
    assert _targets("全年完成审计工作20项。") == [("审计工作", "level", 20, "项")]
    assert _targets("年内完成征迁工作10项。") == [("征迁工作", "level", 10, "项")]
    assert _targets("会议要求,2025年要坚持稳中求进,抓好健全规划政策体系、夯实文旅发展基础、着力锻造过硬人才队伍等十项工作。") == []


def test_a_share_after_an_amounts_growth_in_per_cent_borrows_no_name():
    assert _targets("到2025年,全社会研发经费投入年均增长15%,将达到2.5%。") == [("全社会研发经费投入", "growth", 15, "%")]
    # an amount's level after its growth still continues it (吉木萨尔 十三五, change_names.py)
    assert ("地区生产总值", "level", 260, "亿元") in _targets("到2020年,地区生产总值年均递增14%,将达260亿元。", 2016)


def test_the_stage_map_puts_back_a_tracer_already_set(tmp_path, request):
    if rerun_pure(request):  # (it traces Python frames)
        return
    spec = importlib.util.spec_from_file_location(
        "miss_stages_rev44", Path(__file__).resolve().parents[2] / "scripts" / "miss_stages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    (tmp_path / "passages").mkdir()
    (tmp_path / "passages" / "t.json").write_text(json.dumps({
        "source": "http://hunanfoods.net/news/internal/55239.html", "province": "吉林", "plan_year": 2019,
        "title": "2019年吉林省农业重点完成十项任务",
        "passages": [{"text": "其中,要保持粮食播种面积稳定在8000万亩以上,畜牧业重点抓好生猪生产。", "targets": [
            {"indicator": "粮食播种面积", "kind": "level", "value": 9000, "unit": "万亩", "year": 2019,
             "recurring": False, "quote": "粮食播种面积稳定在9000万亩"}], "assignments": []}]},
        ensure_ascii=False), "utf-8")

    def outer(frame, event, arg):
        return None

    before = sys.gettrace()
    sys.settrace(outer)
    try:
        list(module.rows(tmp_path))
        assert sys.gettrace() is outer
    finally:
        sys.settrace(before)


# Review 45's findings on cand61's plan_verbs and the mends of review 44 (inputs written by the reviewer)
def test_plan_cues_are_words_of_the_plan():
    for text in ("将军乡保障2000亩茶叶基地建设。", "主要做法:一是保障8000亩绿叶菜生产基地建设。",
                 "按照年初计划,全县保障8000亩绿叶菜生产基地,已完工。"):
        assert _targets(text) == [], text
    # 厦门 2021 (plan_verbs.py): a plan's 要 before the area
    assert ("绿叶菜生产基地建设", "level", 8000, "亩") in _targets("要抓好蔬菜生产,重点保障春季8000亩绿叶菜生产基地建设。")


def test_a_plan_reported_done_counts_nothing():
    assert _targets("拟新建的20所学校,去年已全部开工。") == []


def test_a_scale_drops_its_verb_of_reaching():
    assert _targets("力争全市数字经济迈上5000亿元规模。") == [("全市数字经济", "level", 5000, "亿元")]
    assert _targets("全县养殖场达到存栏10万头以上规模。") == [("全县养殖场", "level", 10, "万头")]


def test_a_list_count_after_a_spaced_deng_is_no_target():
    assert _targets("2025年要抓好规划政策、文旅基础、人才队伍等 10 项工作。") == []


def test_a_rates_own_level_continues_its_change():
    assert ("全县森林覆盖率", "level", 45, "%") in _targets("到2025年,全县森林覆盖率年均提高0.5%,将达到45%。", 2021)


def test_an_area_read_in_a_plan_sentence_stays_linear():
    extract_text(normalise("全县保障100亩绿叶菜基地建设," * 500 + "。"))
    # 4x the text: linear is ~4x, the quadratic search was ~17x
    assert_linear(extract_text, lambda n: normalise("全县保障100亩绿叶菜基地建设," * n + "。"), 1000)


def test_once_every_n_years_in_digits_is_recurring():
    # 每两年 was recurring, 每2年 not (review 45): one reading for both
    for text in ("到2025年,全县每2年举办1次运动会。", "到2025年,全县每两年举办1次运动会。"):
        plan = extract_text(normalise(text), plan_year=2021)
        assert [(t.indicator, t.value, t.recurring) for t in plan.targets] == [("运动会", 1, True)], text
