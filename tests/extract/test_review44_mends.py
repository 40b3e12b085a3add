"""Review 44's findings on the session-35 rules, each with the input that showed it (written by the reviewer after
the real shapes the rules were taken from; the rules' own sources are cited in their modules)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


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


def test_the_stage_map_puts_back_a_tracer_already_set(tmp_path):
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
