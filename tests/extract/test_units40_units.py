"""units40: numbers no reader offered because their unit was not in the vocabulary (rules/targets.yaml).

The vocabulary grows by sourced classes, not by one dev miss after another:

- the legal units of measurement (《中华人民共和国法定计量单位》, GB 3100–3102: the table printed at
  http://www.qinghai.gov.cn/sdfz/article/content/934b04a7201170ef261e4e0c9335702f.html), their Chinese names
  (measure_units) and their letter symbols in NFKC form (letter_units): 52μg/m3 (js-suqian-dqwr2018, 宿迁 2018
  大气污染防治, http://www.gdankai.cn/hynews/11100.html), 4.65km/km2 (sh-songjiang-zhjt155, 松江 综合交通, a table);
  a letter unit may close its phrase with 及以下 as with 及以上;
- the individual classifiers of a public list of 专用名量词 (条、根、枝、张、颗、粒、个、双、对、斗:
  http://www.yqxw.net/news/97232.html) the count units lacked: 对, 双, 颗, 粒, 枝 (改扩建城区公交站台10对:
  ah-jingde-wmss2015, 景德镇… 宣城 泾县 2015 为民办实事, https://m.yybnet.net/xuancheng/jingde/201501/634383.html);
- a data centre's power usage effectiveness, an index with no unit (unitless_heads), and 降到 as a level verb (下降到
  in one word): 实现大型数据中心运行电能利用效率降到1.3以下 (sd-shandong-dsjzx2021, 山东 2021 大数据中心,
  https://idctalk.com/2148.html), 數據中心PUE值降到1.3以下 (sx-shanxi-xjjgh2021, 山西 2021 新基建,
  http://speedblades.com/news/2021/0527/191863.html) — both dev.

年一遇 and 类 stay out of the units: the standard a share of a set reaches (全市城镇25%面积达到3—5年一遇雨水排水能力:
sh-shanghai-hmcs2024, 上海 2024 海绵城市, dev) and a class of recipients (对10类重点就业群体新发放创业担保贷款:
test_target_round15.py) became values of their own.

What stays unread: 1对1帮扶 (a manner of help, no count), 15分钟生活圈 (分钟 stays out: a service area's name),
110千伏变电站 (伏 stays out: a voltage class), a thickness in a ban (毫米 stays out: a specification's size)."""

from __future__ import annotations

import json
import unicodedata

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import vocab
from tests.extract.passages import PASSAGES
from tests.extract.passages import target_rows as _rows

JINGDE = ("医疗卫生投入,支持县医院实施创甲升级计划;六是完成县乡道升级改造和“村村通”延伸工程不少于50公里;七是继续加大城区社会停车场"
          "建设,新增停车位300个,改扩建城区公交站台10对;八是建成城区养老服务中心并投入运营,床位不少于150个;")
SUQIAN = "一、工作目標\n2018年全區pm2.5濃度下降到52μg/m3及以下,空氣質量優良天數比例上升到65%及以上,二氧化硫、氮氧化物同比分別削減8.2%、7.6%。"
SHANDONG = ("通过存量优化、整体提升,到2025年,全省数据中心在用标准机架数达到45万个以上,平均利用率提升到60%以上,总算力超过12EFLOPS,"
            "高性能算力占比达到15%,实现大型数据中心运行电能利用效率降到1.3以下。")
SHANXI = "全省在用在建數(shù)據(jù)中心機架規(guī)模達到50萬架,大型、超大型數(shù)據(jù)中心PUE值降到1.3以下;"

DEV = [("ah-jingde-wmss2015", JINGDE), ("js-suqian-dqwr2018", SUQIAN), ("sd-shandong-dsjzx2021", SHANDONG),
       ("sx-shanxi-xjjgh2021", SHANXI)]


def test_dev_sentences_are_quoted_exactly():
    for name, text in DEV:
        page = json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))
        assert any(text in p["text"] for p in page["passages"]), (name, text)


def _values(text: str, year: int) -> list[tuple]:
    return [(r[2], r[3]) for r in _rows(text, year)]


def test_a_legal_symbol_is_a_unit():
    rows = _rows(SUQIAN, 2018)
    assert (52, "μg/m3") in [(r[2], r[3]) for r in rows], rows
    assert any(r[2] == 65 and r[3] == "%" for r in rows), rows  # the clauses after it still read
    # µ (U+00B5, the micro sign) is read as μ (U+03BC): the text is NFKC
    assert (52, "μg/m3") in _values(SUQIAN.replace("μ", "\u00b5"), 2018)
    assert _values("到2025年,新城全路网密度达到4.65km/km2。", 2021) == [(4.65, "km/km2")]
    assert _values("到2025年,全市污水处理能力达到10万m3/日。", 2021) == [(10, "万m3")]


def test_a_classifier_of_the_list_is_a_count_unit():
    rows = _rows(JINGDE, 2015)
    assert [(r[2], r[3]) for r in rows if r[2] == 10] == [(10, "对")], rows
    assert "公交站台" in next(r[0] for r in rows if r[2] == 10), rows
    assert _values("开展1对1帮扶活动。", 2023) == []  # a manner of help, no count


def test_a_share_reaching_a_standard_stays_one_target():
    """年一遇 stays out of the units: the standard is what a share of a set reaches (全市城镇25%面积达到3—5年一遇雨水排水
    能力: sh-shanghai-hmcs2024, 上海 2024 海绵城市, dev; test_target_round25.py), no value of its own."""
    assert [(r[2], r[3]) for r in _rows("全市城镇25%面积达到3—5年一遇雨水排水能力。", 2024)] == [(25, "%")]
    # and years stay years
    assert _values("到2025年,新增高标准农田5000亩。", 2024) == [(5000, "亩")]


def test_power_usage_effectiveness_is_an_index():
    assert [(r[2], r[3]) for r in _rows(SHANDONG, 2021) if r[2] == 1.3] == [(1.3, None)]
    assert [(r[2], r[3]) for r in _rows(SHANXI, 2021) if r[2] == 1.3] == [(1.3, None)]


def test_units_left_out_stay_unread():
    assert _values("到2025年,建成社区15分钟生活圈。", 2021) == []
    assert _values("禁止生产和使用厚度低于0.025毫米的超薄塑料购物袋。", 2020) == []
    assert [(r[2], r[3]) for r in _rows("对10类重点就业群体新发放创业担保贷款不低于80亿元。", 2025)] == [(80, "亿元")]
    assert all(v != (110, "千伏") for v in _values("新建110千伏变电站3座。", 2023))


def test_vocabulary_is_in_the_form_the_text_is_read():
    """The text is read NFKC (text/normalise.py): a unit written in another form would never match."""
    r = load_rules("targets")
    for key in ("measure_units", "letter_units", "fixed_units", "count_units", "area_units", "goal_count_units"):
        for unit in r[key]:
            assert unicodedata.normalize("NFKC", unit) == unit, (key, unit)


def test_area_units_are_one_vocabulary():
    """goal_counts.py, named_counts.py and plan_verbs.py read one list of lengths and areas (each after 万 too)."""
    v = vocab()
    for unit in ("亩", "万亩", "公里", "万公里", "平方米", "万平方米", "平方公里", "公顷", "米"):
        assert unit in v.area_units, unit
    assert "万元" not in v.area_units and "%" not in v.area_units
    assert {"栋", "间", "人", "万人", "亩"} <= v.goal_units and "元" not in v.goal_units
