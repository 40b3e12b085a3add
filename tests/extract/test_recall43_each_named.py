"""recall43 (session 43): names listed before 分别 and one value give one target per name.

`A、B均增长10%以上` was read as one target per name (paragraph.py); the same list with 分别 before a single value stayed
one target named by the whole list, 分别 and all. The corpus convention (tests/fixtures/real/README.md: `A、B均增长10%
以上` is two targets, as 分别) and the gold of these dev documents read one target per name:
  涟水 2023 (https://www.lsxw.net.cn/content.html?key=650ce7280f9e8cbb1b8b4568&father_key=5850e67346ac13f20c8b456d)
  山东 2015 学前教育 (https://e-chinaedu.cn/html/difang/2015/jydt_0209/25928.shtml)
  济南 2021 工业 “十四五” (http://www.bugutime.com/t/news/175.html)
Items printed in parallel share the last one's head (新开工、新竣工亿元以上项目: 新开工亿元以上项目); names joined by 与
inside a 、 list stay whole (生物医药与大健康). Two names with no 分别 or 均 stay one target (the README's convention:
`水土流失综合治理面积、生态修复面积达到1万平方公里以上`), and 分别 before several values is left to respective.py.
"""

from __future__ import annotations

from tests.extract.passages import target_rows


# 涟水 2023 (address above): two parallel items, the head 亿元以上项目 shared
def test_parallel_items_before_fenbie_share_the_head():
    rows = target_rows("加快推动捷泰新能源二期、巨石新材料等重大项目建设,确保下半年再新开工、新竣工亿元以上项目分别达20个。", 2023)
    names = [r[0] for r in rows if r[1:] == ("level", 20, "个", 2023)]
    assert len(names) == 2
    assert "新开工亿元以上项目" in names[0] and names[1] == "新竣工亿元以上项目"


# 山东 2015 学前教育 (address above): two shares of the whole after 分别占
def test_two_shares_after_fenbie_zhan():
    rows = target_rows("到2017年,建立起覆盖城乡、布局合理、资源充足、公益普惠的学前教育公共服务体系,学前三年入园率达到85%,"
                 "东部地区达到95%以上,西部地区达到80%以上,全省普惠性幼儿园数、在园幼儿数分别占总数80%以上,"
                 "实现普惠性学前教育资源基本覆盖。", None)
    names = {r[0] for r in rows if r[1:] == ("level", 80, "%", 2017)}
    assert {"全省普惠性幼儿园数", "在园幼儿数"} <= names


# 济南 2021 (address above): names joined by 与 inside a 、 list stay whole
def test_names_joined_by_yu_stay_whole():
    rows = target_rows("提出到2025年,工业增加值占GDP比重提高至30%以上,规模以上工业营业收入突破万亿元,大数据与新一代信息技术、"
                 "智能制造与高端装备两大主导支柱产业集群规模双双达到7000亿级,生物医药与大健康、精品钢与先进材料分别"
                 "达到3000亿级。", 2021)
    names = {r[0] for r in rows if r[2] == 3000}
    assert names == {"生物医药与大健康", "精品钢与先进材料"}


# 江西 2011 (the README's convention): two names, no 分别 — one target
def test_two_names_without_fenbie_stay_one_target():
    rows = target_rows("到2015年,水土流失综合治理面积、生态修复面积达到1万平方公里以上。", 2011)
    assert len([r for r in rows if r[2] == 1]) == 1


# several values after 分别 keep their pairing (respective.py), one per name
def test_fenbie_before_several_values_keeps_its_pairs():
    rows = target_rows("到2025年,全市高新技术企业、科技型中小企业分别达到500家、1000家。", 2021)
    assert {(r[0], r[2]) for r in rows} == {("全市高新技术企业", 500), ("科技型中小企业", 1000)}


# 重庆 2023 行动计划 (https://epaper.cqrb.cn/cqrb/2023-03/25/003/content_rb_314656.htm, dev): 分别 before two values
# joined by 和 — the names are the values' pairs, not one value's (no target named 总量)
def test_fenbie_before_two_values_joined_by_he_is_no_single_value():
    rows = target_rows("高新技术企业和科技型企业实现“双倍增”、总量分别达到1.27万家和8.6万家,高技术制造业增加值占规模以上"
                 "工业增加值比重提高到22%。", 2023)
    assert all(r[0] != "总量" for r in rows)


# review 57: values after 分别 printed with a comma between them pair with the names too, so the first value is not
# every name's (both names read 200 before); a comma before a year opens a clause of its own and the names share the value
def test_fenbie_before_two_values_joined_by_a_comma_is_no_single_value():
    rows = target_rows("到2025年,高新技术企业、科技型中小企业分别达到200家,300家。", 2021)
    assert ("科技型中小企业", 200) not in {(r[0], r[2]) for r in rows}
    rows = target_rows("到2025年,高新技术企业、科技型中小企业分别达到200家,2026年再增加10家。", 2021)
    assert {("高新技术企业", 200), ("科技型中小企业", 200)} <= {(r[0], r[2]) for r in rows}
