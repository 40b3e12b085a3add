"""Round 16 (ext-targets16): causes of the tenth batch's dev misses that recur — a standard's measure per head between
its verb and its amount (提高到每人每月609元), a progress table whose rows lack the merged cells before 序号, so that
its completion column was read one cell off, and a bare 万 before the people it counts (改善9万人口的…). Sentences cite their real sources; the held-out page
(tests/fixtures/heldout/targets_round16.yaml) was annotated by hand before the extractor ran on it."""

from __future__ import annotations

from pathlib import Path

import yaml

from kechuang.extract import extract_text
from tests.extract.passages import held_out_counts, held_out_hosts
from tests.extract.passages import target_rows as _rows

HELD_OUT = Path(__file__).resolve().parent.parent / "fixtures" / "heldout" / "targets_round16.yaml"


def _values(text: str, plan_year: int | None) -> list[tuple]:
    return [r[2:4] for r in _rows(text, plan_year)]


# 肇庆 2020 民生实事 (dev): 将全市集中供养孤儿养育标准提高到每人每月2200元; …护理补贴标准…提高到每人每年2200元; held out:
# 岳阳楼区 2019 民生实事 (发放标准不低于每人每月60元/月), 大连 2019 重点民生工程 (…财政补助标准提高到每人每年610元).
# The standard raised is the target; a grant per head (给予每人每月200元补贴, 补助标准为每人每年1000元) stays none.
def test_a_standard_per_head_after_its_verb_is_a_target():
    assert _values("2020年,将全市集中供养孤儿养育标准提高到每人每月2200元。", 2020) == [(2200, "元")]
    assert _values("2020年,困难残疾人生活补贴标准提高到每人每年2200元。", 2020) == [(2200, "元")]
    assert _values("2019年,城镇居民基本医疗保险和新农合财政补助标准提高到每人每年610元。", 2019) == [(610, "元")]
    rows = _rows("2020年,将全市集中供养孤儿养育标准提高到每人每月2200元。", 2020)
    assert "孤儿养育标准" in rows[0][0] and "每人" not in rows[0][0]
    # two standards raised from two baselines (分别从…574元、271元提高到…): a baseline amount names no target (the two
    # standards themselves are left: the 分别 shape with a measure per head is not read yet)
    both = "2020年,将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。"
    assert not [r for r in _rows(both, 2020) if r[0][:1].isdigit()]
    # a grant per head, and a standard stated as a parameter, are no targets
    assert _rows("2020年,对其给予每人每月200元补贴。", 2020) == []
    assert _rows("补助标准为每人每年1000元。", 2020) == []


# A progress table with a category column before 序号 (大类 | 序号 | 工作任务 | … | 落实进展情况: 肇庆 2020 民生实事, dev)
# prints its rows from the number on (`2 | 任务 | … | 已完成。…`): the progress cell is found by the 序号 column, so its
# numbers (…提高到20100元/人年) are history, not targets.
_TABLE = ("大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n"
          "2 | 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍,且不低于当地现行特困人员基本生活标准。 | 陈宣群 | "
          "市民政局 伍泽国 | 已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准,其中,端州区提高到20100元/人年,"
          "鼎湖区提高到17340元/人年。 |")


def test_a_row_without_the_cells_before_its_number_keeps_its_progress_column():
    values = _values(_TABLE, None)
    assert (20100, "元/人") not in values and (17340, "元/人") not in values
    assert not [v for v in values if v[0] in (20100, 17340)]


# A bare 万 before the people it counts (no measure word) counts them, as 万名 does: 涉县 2025 (有效改善9万人口的饮水安全
# 问题), 杭州 2020 (提升40万农村居民饮用水标准), dev; held out: 广德 2008 (解决全县剩余15.43万农村人口的饮水安全问题).
# 人口 is one noun: its 人 is no unit (9万人口 is 9 万, not 9 万人 of 口…).
def test_a_bare_wan_before_the_people_it_counts_is_a_count():
    assert _values("2025年,维修更换农村机泵、阀门,有效改善9万人口的饮水安全问题。", 2025) == [(9, "万")]
    assert _values("2020年,提升40万农村居民饮用水标准。", 2020) == [(40, "万")]
    assert _values("從2007年開始,這個縣計劃用3年的時間,解決全縣剩余15.43萬農村人口的飲水安全問題。", 2008) == [(15.43, "萬")]
    # a bare 万 before no people is still no count; 万人 stays a unit
    assert _values("2025年,改善9万亩农田的灌溉条件。", 2025) != [(9, "万")]
    assert _values("2025年,新增城镇就业1.2万人。", 2025) == [(1.2, "万人")]


def test_round16_pages_are_outside_the_corpus_and_completion_cells_are_no_targets():
    pages, hosts, held = held_out_hosts(HELD_OUT)
    assert len(pages) == len(hosts) == 2 and held == []
    # Main's rules: 0 of 8 found, 4 predicted (F1 0.000); this round's: 1 found, 5 predicted (F1 0.154). The table's
    # value cells take the 责任单位 cell between as their name and its two standards' rows are refused (no dev page has
    # that shape: left, see docs/extraction.md).
    found, predicted, gold = held_out_counts(HELD_OUT)
    assert (found, gold) == (1, 8) and predicted <= 5
    done = {7123, 53, 3321, 2969}  # the 实际完成情况 cells
    for page in pages:
        assert not [t for t in extract_text(page["text"], plan_year=page["plan_year"]).targets if t.value in done]
    assert {page["family"] for page in yaml.safe_load(HELD_OUT.read_text("utf-8"))} == {"standards", "people"}


# A count of the fields or aspects a plan's work is grouped in (its noun's head is 方面/领域) counts the plan's own
# parts, as 六个目标 does: 网信办 2022 数字乡村 (…乡村网络文化振兴行动等8个方面的重点行动), 河北 2019 创新型企业 (…先进环保等
# 10个重点领域,滚动实施…), dev. A field named as part of a thing built (10个重点领域创新中心) is still a count.
def test_a_count_of_aspects_or_fields_is_no_target():
    assert _rows("2025年,实施数字治理能力提升行动、乡村网络文化振兴行动等8个方面的重点行动。", 2025) == []
    assert _rows("2025年,聚焦新能源汽车、先进环保等10个重点领域。", 2025) == []
    assert _values("2025年,实施數字治理能力提升行動、鄉村網絡文化振興行動等8個方面的重點行動。", 2025) == []
    assert _values("2025年,建设10个重点领域创新中心。", 2025) == [(10, "个")]


# 幢 counts buildings, as 栋 does: 静安 2024 重点工作 (全年亿元楼数量达到92幢), dev; 苍溪 2021 (涉及48个小区,116幢房屋),
# held out.
def test_zhuang_counts_buildings():
    assert _values("2024年,继续实施亿元楼培育计划,全年亿元楼数量达到92幢。", 2024) == [(92, "幢")]
    assert (116, "幢") in _values("2021年,完成10个片区老旧小区改造,改造116幢房屋。", 2021)


# Progress tables printed one cell a line whose rows do not have the header's number of cells: header cells broken across
# lines (责任 / 领导, 第二季度 / 完成情况: 泗洲头 2024 二季度执行情况) leave the row shorter, and the progress, the header's last
# column, is the row's last cell; a row with a second unit and its progress (市人社局 / … / 市农业农村局 / …: 芜湖 2023 三季度
# 完成情况) repeats them after the column. Both are quarterly reports of the tenth batch (dev); a short row whose progress is
# not the last column keeps its goal (绍兴 2020 一季度进展情况表: 内容与要求 / 进展情况 / 责任单位, the unit cell missing).
_SHORT = "\n\n".join(["泗洲头镇2024年度重点工作计划二季度执行情况", "序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标",
                      "任务", "工作任务安排", "第二季度", "完成情况", "2", "现代化美丽城镇", "吴宇凡", "乡村振兴办",
                      "成功创建首批浙江省美丽城镇。", "按照时间节点开展项目建设。", "本年度总投资6000万元的19个项目完成投资3000万元。"])
_LONG = "\n\n".join(["2023年三季度重点工作完成情况", "序号", "工作任务", "牵头责任单位", "完成情况", "2 ",
                     "城乡居民收入比水平保持全省前列,城镇居民人均可支配收入增长7%。", "市人社局",
                     "上半年我市城镇居民人均可支配收入为28128元。", "市农业农村局",
                     "2023年上半年,芜湖农村常住居民人均可支配收入14703元;城乡收入比1.91"])
_UNIT_MISSING = "\n\n".join(["市政府2020年重点工作(预下达)一季度进展情况表", "序号", "内容与要求", "进展情况", "责任单位", "4",
                             "深入推进省级军民融合示范区建设,取得军工资质8本以上。",
                             "目前已有10家企业提出申办军工资质需求,其中4家企业承制资质已在办理。"])


def test_a_progress_row_of_another_length_than_its_header_keeps_its_progress_column():
    assert _rows(_SHORT, 2024) == []
    assert _values(_LONG, 2023) == [(7, "%")]
    assert _values(_UNIT_MISSING, 2020) == [(8, "本")]
