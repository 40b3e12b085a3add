"""Round-60 target rules (targ60): a list of names paired with a list of values, and units the vocabulary lacked.
Each rule from real sentences of dev pages (address above each); the expected values are read from the sentences by
hand, per spec/plan-format.md ("one target per number in a list, each with its own indicator") and the gold of the
pages."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.paired_lists import listed_values
from tests.timing import assert_linear


def _rows(text: str, plan_year: int | None = 2024):
    return [(t.indicator, t.kind, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


# Names listed, then as many values (no 分别), the values of several units: paired in order, each name with the
# measure the last one closes on. 陕西 2024 政府工作报告 (sn-shaanxi-zfgzbg2024, dev:
# 煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上); 象山 2025 民生实事 (zj-xiangshan-msss2025, dev: 清淤10万方, 方 after
# 万/亿 is cubic metres).
SHAANXI_ENERGY = "坚持稳煤、扩油、增气并举,夯实能源基本盘,煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上,稳步扩大电力外送规模。"


def test_names_listed_before_as_many_values_are_paired_in_order():
    assert _rows(SHAANXI_ENERGY) == [("煤炭产量", "level", 7.8, "亿吨"), ("原油产量", "level", 2470, "万吨"),
                                     ("天然气产量", "level", 350, "亿方")]
    assert _rows("河湖库塘清淤10万方、水库山塘维修10座。") == [("河湖库塘清淤", "level", 10, "万方"),
                                                            ("水库山塘维修", "level", 10, "座")]


def test_names_and_values_that_do_not_pair_are_left_as_they_were():
    # three names, two values: nothing paired (one target named with the list, as before)
    assert _rows("煤炭、原油、天然气产量7.8亿吨、2470万吨以上。") == [("煤炭、原油、天然气产量", "level", 7.8, "亿吨")]
    # 两方面 is no cubic metre
    assert _rows("从两方面推进,新增企业5家。") == [("企业", "level", 5, "家")]


# 分别 after names of which one holds 及 (split by 、 and 和 alone), values joined by 、 and 和; the measure the last
# name closes on (产业链产值) is every name's. 陕西 2024 政府工作报告 (sn-shaanxi-zfgzbg2024, dev). 宁夏 2021 工业经济
# (nx-ningxia-gyjjfbh2021, dev): a last name X等Y产值 is X with the measure; the class after 等 is no name.
SHAANXI_CHAINS = ("产业链方面,2024年,乘用车(新能源)、太阳能光伏、输变电装备、半导体及集成电路产业链产值分别突破2500亿元、1800亿元、"
                  "1000亿元和1000亿元,推动有色、冶金、食品、纺织等传统产业工艺升级。")
NINGXIA = "确保电子信息、新型材料、新能源、绿色食品等重点特色产业产值分别增长35%、15%、20%、16%以上;力争技术改造投资同比增长10%。"


def test_respective_names_share_the_measure_of_the_last():
    assert _rows(SHAANXI_CHAINS) == [
        ("乘用车(新能源)产业链产值", "level", 2500, "亿元"), ("太阳能光伏产业链产值", "level", 1800, "亿元"),
        ("输变电装备产业链产值", "level", 1000, "亿元"), ("半导体及集成电路产业链产值", "level", 1000, "亿元")]
    assert _rows(NINGXIA, None) == [
        ("电子信息产值", "growth", 35, "%"), ("新型材料产值", "growth", 15, "%"), ("新能源产值", "growth", 20, "%"),
        ("绿色食品产值", "growth", 16, "%"), ("技术改造投资", "growth", 10, "%")]


def test_names_joined_by_he_keep_their_reading():
    # 城镇和农村…收入: each class of residents takes the measure the last name spells, as the page's gold does
    # (城镇常住居民人均可支配收入 growth 8; 海南 2024 政府工作报告, hi-hainanxian-zfgzbg2024, dev; mis57's rule)
    assert [r[0] for r in _rows("城镇和农村常住居民人均可支配收入分别增长8%、9%左右。")] == [
        "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
    # 和 between two names and a 、 inside the second's clause: not split by 、 alone (重庆 2023 科技创新中心建设,
    # cq-chongqing-xdjh2023, dev)
    rows = _rows("高新技术企业和科技型企业实现“双倍增”、总量分别达到1.27万家和8.6万家。", 2023)
    assert "总量" not in [r[0] for r in rows]


class _Para:  # the least of a Paragraph listed_values touches
    def __init__(self, n: int):
        self.masked = [False] * n

    def add(self, *args, **kwargs):
        return None


def test_list_pairing_stays_linear():
    assert_linear(lambda text: listed_values(_Para(len(text)), text, 0, 0, set()), lambda n: "、" * n + "5家、6家", 2000)
    assert_linear(lambda text: listed_values(_Para(len(text)), text, 0, 0, set()), lambda n: "甲乙、" * n + "5家、" * n,
                  500)
    assert extract_text("、" * 100_000, plan_year=2025).targets == []


# Units printed in Latin letters: power (GW, MW) and computing power (P, PFLOPS), read where they close the phrase.
# 内蒙古 2023 政府工作报告 (nm-neimenggu-zfgzbg2023, dev: 力爭并網裝機25GW以上); 长春 2024 数字经济 (jl-changchun-szjjgj2024,
# dev: 算力规模力争达到3000P); 辽宁 2025 人工智能 (ln-liaoning-rgzncx2025, dev: 实现5000PFLOPS以上算力规模).
def test_letter_units_of_power_and_computing():
    assert _rows("力爭并網裝機25GW以上。", 2023) == [("網裝機", "level", 25, "GW")]
    assert _rows("全市数据中心算力规模力争达到3000P。", 2025) == [("全市数据中心算力规模", "level", 3000, "P")]
    assert _rows("到2027年,实现5000PFLOPS以上算力规模。", 2025) == [("算力规模", "level", 5000, "PFLOPS")]


def test_letter_units_before_a_name_or_a_code_are_no_values():
    # 海陵 工业园区 (js-hailing-gyyq, dev): the capacities in a project's name are no targets; nor a resolution or a code
    assert _rows("当前,海陵工业园区正全速推进 4GW新型光伏电池片、11.2GW新一代光伏组件、15GWH高性能锂离子电池等项目建设。") == []
    assert _rows("推广1080P高清摄像头500个,部署P2P网络。") == [("1080P高清摄像头", "level", 500, "个")]


# Tenths written with 成 are a share in % (奉贤 2027 产业促进意见, sh-fengxian-kjcxcy2027, dev: 专精特新企业数增幅超7成);
# a word holding 成 after a digit (成员, 成立, 成都) is no share.
def test_tenths_written_with_cheng():
    assert _rows("计划到2027年实现专精特新企业数增幅超7成。", 2024) == [("专精特新企业数", "growth", 70, "%")]
    for text in ("全年新增企业5家,3成员单位各1名。", "2024成都新增企业5家,1成立专班。"):
        rows = _rows(text, 2024)
        assert rows and all(r[3] != "%" for r in rows)
