"""spurious43: a line that holds only a year gone by, set off by a blank line (a news graphic's date heading), heads the
short lines printed under it: their figures are that year's results, history (the spec: past years never govern; history
is no target), until a heading of the plan's year or a goal's line.

Family (dev): the same news graphic, a year gone by over its results, then the plan's year over its goals —
- 辽宁 2026 政府工作报告 news (ln-liaoning-zfgzbgld2026#1 and #3, https://www.51tgb.com/page?newsid=48620):
  `辽宁亮点` / `2025年` / `城镇新增就业48万人` / `城镇和农村居民人均可支配收入分别增长4.3%、5.3%`, then `辽宁落点` /
  `2026年` / `地区生产总值增长4.5%左右` (gold: the 2026 lines only);
- 昆明 2024 科技 news (yn-kunming-kjgzh2024#1 and #2,
  http://www.kmanhang.cn//Content.aspx?id=266fa14c-ddcc-4c4c-a359-e910bb3445ac): `2023年` / `●新增国家级科技型中小企业
  1163家`, then `2024年` / `●力争全市科技服务业营业总收入达780亿元以上` (gold: the 2024 lines only; read so already).
Kept: the lines under the plan's year, a goal's line (力争, 确保, 目标…) and a year line with no blank line after it (a
table printed a cell a line: `2024年` / `30%` / `2025年` / `40%`: no heading).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear

LIAONING = ("一、报告原文:东北全面振兴取得新突破\n\n辽宁亮点\n\n2025年\n\n全省经济总体平稳、稳中有进\n\n城镇新增就业48万人\n\n"
            "城镇和农村居民人均可支配收入分别增长4.3%、5.3%\n\n粮食产量515.6亿斤、创历史新高\n\n辽宁落点\n\n2026年\n\n"
            "地区生产总值增长4.5%左右,在实际工作中努力争取更好结果\n\n一般公共预算收入增长2.5%左右\n\n"
            "城镇新增就业45万人以上,城镇调查失业率5.5%左右")


def test_results_under_a_year_gone_by_are_none() -> None:
    # 辽宁 2026 (dev, ln-liaoning-zfgzbgld2026#1 and #2)
    got = target_values(LIAONING, 2026)
    assert 48 not in got and 4.3 not in got and 5.3 not in got
    assert 4.5 in got and 2.5 in got and 45 in got and 5.5 in got
    # 辽宁 2026 (dev, ln-liaoning-zfgzbgld2026#3)
    got = target_values("二、报告原文:持续扩大内需、优化供给\n\n辽宁亮点\n\n2025年\n\n持续开展“乐购辽宁”系列活动\n\n"
                  "社会消费品零售总额增长1.4%,限上单位网上零售额增长18.1%\n\n沈阳、大连入选消费新业态新模式新场景试点城市\n\n"
                  "启动首届“九九消费季”,全省接待游客人次和旅游收入分别增长17.6%、16.8%", 2026)
    assert got == []


def test_year_cells_and_goals_stay() -> None:
    got = target_values("2024年\n\n●力争全市科技服务业营业总收入达780亿元以上\n\n●确保2024年全社会研发经费投入达到1.75%", 2024)
    assert 780 in got and 1.75 in got
    # a goal's line under a year gone by stays (the reach ends there)
    assert 60 in target_values("2023年\n\n新增国家级科技型中小企业1163家\n\n到2025年,全市森林覆盖率力争达到60%", 2024)


def test_year_headings_are_linear() -> None:
    assert_linear(extract_text, lambda n: "2025年\n\n城镇新增就业48万人\n\n" * n + "2026年\n\n城镇新增就业45万人")
