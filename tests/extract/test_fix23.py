"""Fix 23: the known faults that review 22 and rounds 49–50 noted and left (docs/extraction.md, "Fix 23").

Each test was run on main (4b2012bf) first and failed there; sentences are real, their addresses in comments.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document, national
from kechuang.extract.targets.vocab import value_of, vocab
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.indicator, t.kind, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


# --- 1. 一 + a counter word in a set term is no count of one ---------------------------------------------------

def test_one_person_company_is_no_count() -> None:
    # 长宁 2026 商务委 (dev, sh-changning-sww2026#9): 打造一人公司(OPC)创新创业生态; the 江苏 2025 “人工智能+” 行动方案 as
    # quoted at http://www.chuiha.cn/news/yw/202601/t20260125_314977.html: 支持人工智能“一人公司(OPC)”创新创业模式
    assert _read("支持高成长企业加速发展,培育大批独角兽和瞪羚企业,打造一人公司(OPC)创新创业生态。") == set()
    assert _read("到2026年,打造一人公司创新创业社区。", 2026) == set()


def test_a_unified_management_is_no_amount() -> None:
    # 全面推进一元化管理 (the reading noted at the session of 2026-12-04 13:12 UTC; 一元化 as an adjective: 一元化管理,
    # 实行一元化领导): the 元 of 一元化 is no amount of money
    assert _read("全面推进一元化管理。") == set()
    assert _read("推进城乡供水一元化管理,实行一元化领导。") == set()


def test_one_matter_slogans_are_no_count() -> None:
    # 安徽 2024 民生实事 (dev, ah-anhui-msss2024#7): 实行企业职工退休一件事一次办理; 河池 2024 营商环境 (dev,
    # gx-hechi-yshjyd2024#1): 推行“打包办”、“一件事一次办”; 国办发〔2025〕24号 (https://www.smebj.cn/detail/
    # 686e13966d950c1906c58248.html): 高效办成一件事
    assert _read("推进企业职工退休一件事一次办。") == set()
    assert _read("推动高效办成一件事。") == set()
    # 一户一策, 一人一档 (slogans of one plan per household, one file per person): no count of one
    assert _read("建立一户一策。") == set()
    assert _read("建设一人一档。") == set()


def test_a_count_of_one_stays() -> None:
    # 国务院 2019 职业教育改革 (dev, cn-guowuyuan-zyjygg2019#2); 罗源 农村环境 (dev, fj-guokeng-hjwszz#3)
    assert ("中等职业学校", "level", 1, "所") in {
        (t[0][-6:], *t[1:]) for t in _read("至少建设一所符合当地经济社会发展和技术技能人才培养需要的中等职业学校。")}
    assert ("垃圾桶", "level", 1, "个") in _read("每户农户配置一个垃圾桶。")


# --- 2. 460多亿元: 多 or 余 between the digits and 万/亿 -----------------------------------------------------------

def test_about_before_the_magnitude_is_no_bare_magnitude() -> None:
    # 农业农村部 2023 (dev, cn-nongye-dcts2023#1): 统筹整合200多亿元; 商务部 2023 便民生活圈 (dev,
    # he-shijiazhuang-bmshq2023#2): 服务居民3200多万人; 黑龙江 2024 老旧小区 (dev, hl-heilongjiang-ljxq2024#1):
    # 外墙保温4300余万平方米; 新疆 2004 政府工作报告 (dev, round 50): 社會消費品零售總額四百六十多億元 (read simplified). The bare
    # 亿元 / 万人 after 多 (a value of 1); now the number holds its digits, its 多 and its magnitude
    for text, whole in [("统筹整合200多亿元,", "200多亿元"), ("服务居民3200多万人。", "3200多万人"),
                        ("外墙保温4300余万平方米、", "4300余万平方米"), ("社会消费品零售总额460多亿元,", "460多亿元"),
                        ("社会消费品零售总额四百六十多亿元,", "四百六十多亿元")]:
        found = [(m.group(), value_of(m)[0]) for m in vocab().candidate.finditer(text)]
        assert found == [(whole, None)], text


def test_about_before_the_magnitude_reads_no_one() -> None:
    # the dev passages that print the shape report figures (above; 景德 2022 科技创新, ah-jingde-kjcx2022#2:
    # 争取科技专项资金1800余万元): no value is read from it, and never 1
    for text in ["到2025年,社会消费品零售总额达到460多亿元。", "累计实施各类科技计划项目40项,争取科技专项资金1800余万元。",
                 "会同国家发展改革委、财政部统筹整合200多亿元,在100个大豆重点县整建制推进。"]:
        assert not any(t[2] == 1 for t in _read(text, 2023)), text
        assert not any(t[3] in ("亿元", "万元") for t in _read(text, 2023)), text


# --- 3. Two 分别 in one sentence ---------------------------------------------------------------------------------

def test_second_respectively_takes_the_first_ones_names() -> None:
    # 于田 2025 政府工作报告 (dev, xj-yuli-zfgzbg2025#1): 城乡居民人均可支配收入分别达39047元、25479元,分别增长7.5%、8%
    got = _read("到2025年,城镇居民人均可支配收入、农村居民人均可支配收入分别达到39047元、25479元,分别增长7.5%、8%。", 2024)
    assert ("城镇居民人均可支配收入", "growth", 7.5, "%") in got
    assert ("农村居民人均可支配收入", "growth", 8, "%") in got
    assert not any("分别" in t[0] or "元" in t[0] for t in got)


def test_second_respectively_of_one_name_of_parts() -> None:
    # 科右前旗 2024 政府工作报告 (dev, nm-keyouqianqi-zfgzbg2024#1): 城乡常住居民人均可支配收入分别达36913元和17017元,
    # 分别增长7.1%和8.9%: one name of parts takes both values, as it does before the first 分别
    got = _read("城乡常住居民人均可支配收入分别达36913元和17017元,分别增长7.1%和8.9%。")
    assert ("城乡常住居民人均可支配收入", "growth", 7.1, "%") in got
    assert ("城乡常住居民人均可支配收入", "growth", 8.9, "%") in got
    assert not any("分别" in t[0] for t in got)


# --- 5. metadata/national.py reads places.yaml once ----------------------------------------------------------------

def test_national_headline_loads_its_lists_once(monkeypatch) -> None:
    # the 农业农村部 reply's news print (openings16, http://www.zhashuizhaopin.com/index.php?c=show&id=1136)
    text = normalise("農業農村部答復人大代表關于富硒農業發展\n時間:2021-07-22 10:16:12\n近日,農業農村部作出答復。\n")
    assert extract_document(split_lines(text), text)[0].region == "全国"  # warm: the lists are read here
    calls = []
    real = national.load_rules
    monkeypatch.setattr(national, "load_rules", lambda name: calls.append(name) or real(name))
    for _ in range(3):
        assert extract_document(split_lines(text), text)[0].region == "全国"
    assert calls == []


def test_the_mends_stay_linear() -> None:
    assert_linear(lambda text: extract_text(text, plan_year=2024),
                  lambda n: ("推进一元化管理,打造一人公司,建立一户一策,社会消费品零售总额460多亿元,"
                             "城乡居民人均可支配收入分别达39047元、25479元,分别增长7.5%、8%。") * 50 * n, n=4)
