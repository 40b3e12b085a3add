"""est65 (session 37, MISSES-fresh64 row 1): 预计 before a goal year to come (预计到2025年, 預計到“十四五”末) dates a
plan's goals, no estimate of a review (targets/projections.py). Sentences verbatim from dev pages, addresses above
each; the reviews' 预计 (到年底, 到年末, 全年, a year not after the plan's) stays history."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.projections import projection_year, projects


def _read(text: str, plan_year: int | None) -> dict[float, int | None]:
    """Each target's value and year."""
    plan = extract_text(text, plan_year=plan_year)
    return {t.value: t.year for t in plan.targets}


# 平罗 2022 工业 plan news (http://www.ningxiacaijing.cn/shixianyuanqu/shixianyuanqujiaodian/2022-08-03/112640.html, dev)
PINGLUO = ("预计到2025年,平罗县制造业占工业增加值比重达55%以上,轻重工业比由3.3:96.7增加到5:95;培育产值过100亿级企业5个以上,"
           "培育产值过 100亿级产业集群6个以上。")
# 绵阳 2021 水利 十四五 plan news (http://73n4.com/news/show.php?itemid=32764, dev; the mirror's readings kept)
MIANYANG = ("預(yù)計(jì)到“十四五”末,全市用水總量控制在21.1億立方米以內(nèi),江河堤防達(dá)標(biāo)率將達(dá)到80%,"
            "灌溉水有效利用系數(shù)達(dá)到0.495,農(nóng)村自來(lái)水普及率達(dá)到88%。")
MIANYANG_PLAIN = ("预计到“十四五”末,全市用水总量控制在21.1亿立方米以内,江河堤防达标率将达到80%,灌溉水有效利用系数达到0.495,"
                  "农村自来水普及率达到88%。")
# Reviews' estimates of the year under way (dev): 长春 2023 肉牛 news (jl-changchun-rnzl2023), 四川 造林 news
# (sc-sichuan-yzl), 新宾 2023 政府工作报告 (ln-xinbin-zfgzbg2023)
CHANGCHUN = "预计到年末,全市超万头养殖大镇、超千头养殖大村、50头以上养殖大户分别可达到50个、300 个和3000个,同比分别增长16.3%、19.5%和35.8%。"
SICHUAN = "預計到年底,我省森林覆蓋率將達37.6%以上"
XINBIN = "預計2023年,全縣地區生產總值56.3億元,同比增長5%;財政一般公共預算收入5.7億元,同比增長21.8%。"


def test_a_projection_to_a_goal_year_is_the_plans_goal_list():
    assert {55, 5, 6} <= set(_read(PINGLUO, 2022))
    assert {21.1, 80, 0.495, 88} <= set(_read(MIANYANG, 2021))
    assert {21.1, 80, 0.495, 88} <= set(_read(MIANYANG_PLAIN, 2021))
    assert set(_read(MIANYANG, 2021).values()) == {2025}


def test_an_estimate_of_the_year_under_way_stays_history():
    assert _read(CHANGCHUN, 2023) == {}
    assert _read(SICHUAN, 2017) == {}
    assert _read(XINBIN, 2023) == {}
    # a year not after the plan's is the year under review (预计到2023年底 in a 2023 text)
    assert not projects("预计到2023年底,全市森林覆盖率将达37.6%以上", 0, 2023)
    assert _read("预计到2023年底,全市森林覆盖率将达37.6%以上。", 2023) == {}


def test_projection_years():
    assert projection_year("预计到2025年,", 0) == 2025
    assert projection_year("預(yù)計(jì)到“十四五”末", 0) == 2025
    assert projection_year("预计至“十五五”期末", 0) == 2030
    assert projection_year("预计到年底", 0) is None
    assert projection_year("预计2023年,", 0) is None
    assert projects("预计到2025年,", 0, None)
