"""prose46: 筹措 and 筹集, the verbs of raising a stock of housing or beds, count the things after them as the other count
verbs do (rules/targets.yaml ``count_verbs``: 筹措3000套(间)保障性租赁住房, 新增筹措供应1500张…床位), and leave the name
they precede as the thing (筹集公共住房4万套 → 公共住房; 建设筹集政策性住房 → 政策性住房). Money raised by them is the
funding of work, as money allotted is (``allocation_verbs``: 省财政筹措3亿元资金支持…, 3年筹集9亿元): no target.
Verbatim dev sentences, each with its fixture and source."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# sh-jingan-wmbss2025#3 (静安区人民政府2025年为民办实事项目; dev)
JINGAN = "https://zhenguoke.com/read/-dy-article-JLKAVOV605346936.html"
JINGAN_TEXT = ("住房保障项目包括:实施 80万平方米各类旧住房修缮改造(包括屋面翻修、“平改坡”、外立面修缮、小区硬件设施改造等);"
               "筹措3000套(间)保障性租赁住房;为20户困境未成年人家庭进行“追光小屋”居室微改造")
# sh-putuo-wmbssjz2025#6 (2025年普陀区为民办实事项目一季度进展情况; dev)
PUTUO = "http://183.194.252.110/zhengwu/tjqk-zfssxm/2025/147/196376.html"
PUTUO_TEXT = "6.新增筹措供应1500张以上新时代城市建设者管理者之家床位"
# gd-guangming-zfgzbg2021#1 (光明区 2021 政府工作报告 news; dev): read before, 筹集 now out of the name
GUANGMING = "http://shenghuobao.net/thread-46008-1-1.html"
GUANGMING_TEXT = ("中山七院二期、市中医院光明院区等新医疗设施投入使用;建成科学城文化中心、科学城体育中心、光明书城等大型文体设施;"
                  "筹集公共住房4万套;")
# bj-fengtai-msss2024#3 (丰台 2024 民生实事 news; dev): the second count's name (竣工…) loses 筹集 too
FENGTAI = "http://tibet.cn/cn/Instant/local/202404/t20240411_7607391.html"
FENGTAI_TEXT = ("在改善居住条件方面,今年丰台区将推动保障性住房覆盖范围,建设筹集政策性住房6000套,竣工4000套,"
                "进一步满足群众住房需求")
# yn-yunnan-wzz2017#2 (关于进一步促进全省经济持续平稳发展的意见, 云南 2017; dev, no gold): money raised funds the work
YUNNAN = "https://yaoan.gov.cn/Pages_31_18539.aspx"
YUNNAN_TEXT = "二、加强城市基础设施投入\n省财政筹措3亿元资金支持城市重大基础设施建设。"
# sd-shandong-ncbzz2011 (opening, 山东 2011 农村环境连片整治示范资金管理办法; dev): matching funds of a fund's rules
SHANDONG = "https://shouyouha.com/226017.html"
SHANDONG_TEXT = ("其中,中央财政在示范期3年共补助我省9亿元;省财政按与中央资金1:1的比例配套,3年筹集9亿元;示范市、县财政按获得"
                 "中央和省级补助资金总额的30%筹集配套资金,3年共筹集5.4亿元。")


def test_sources_are_dev():
    for src in (JINGAN, PUTUO, GUANGMING, FENGTAI, YUNNAN, SHANDONG):
        assert split_of(src) == "dev", src


def _targets(text, year):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


@pytest.mark.parametrize(("text", "year", "value", "unit", "name"), [
    (JINGAN_TEXT, 2025, 3000, "套(间)", "保障性租赁住房"),  # 筹措3000套(间)保障性租赁住房
    (PUTUO_TEXT, 2025, 1500, "张", "新时代城市建设者管理者之家床位"),  # 新增筹措供应1500张以上…床位
    (GUANGMING_TEXT, 2021, 4, "万套", "公共住房"),  # 筹集公共住房4万套
    (FENGTAI_TEXT, 2024, 4000, "套", "竣工政策性住房"),  # 建设筹集政策性住房6000套,竣工4000套
], ids=["jingan", "putuo", "guangming", "fengtai"])
def test_a_verb_of_raising_counts_the_thing_after_it(text, year, value, unit, name):
    got = [(i, v, u) for i, v, u in _targets(text, year) if v == value and u == unit]
    assert got == [(name, value, unit)], _targets(text, year)


@pytest.mark.parametrize(("text", "year", "value"), [
    (YUNNAN_TEXT, 2017, 3),  # 省财政筹措3亿元资金支持…
    (SHANDONG_TEXT, 2011, 5.4),  # 3年共筹集5.4亿元
    (SHANDONG_TEXT, 2011, 9),  # 3年筹集9亿元 (and 共补助我省9亿元, a grant)
], ids=["yunnan", "shandong-5.4", "shandong-9"])
def test_money_raised_is_funding_not_a_target(text, year, value):
    assert not [t for t in _targets(text, year) if t[1] == value and t[2] == "亿元"], _targets(text, year)
