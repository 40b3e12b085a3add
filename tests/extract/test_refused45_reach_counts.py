"""refused45: a count that a verb of reach takes as its object (涉及70所中小学, 针对115栋…建筑, 覆盖50%以上企事业单位)
counts the things the work reaches, though the verb is in no count list (count_candidate.py, ``reach_verbs`` in
targets.yaml). The other scope words of ``open_verb_scopes`` (选择, 惠及, 围绕, 聚焦, 包括…) stay out: they select, serve or
frame, and on dev the counts after them are no targets. A noun that holds another number (覆盖18个乡镇和…“5厂＋15站…”
格局) is a longer description, not the thing counted. Verbatim dev sentences, each with its fixture and source."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# zj-ninghai-msss2023#1 (宁海县2023年民生实事项目, traditional page; dev)
NINGHAI = "https://m.xiangtianlong.com/news/HTML_PC/202302/49822.html"
NINGHAI_TEXT = "涉及70所中小學變壓器增容,500餘個普(pǔ)通教室空調(diào)采購安(ān)裝(zhuāng)及用電線路改造。"
# sx-taiyuan-msss2025#5 (太原 2025 民生实事, traditional page; dev)
TAIYUAN = "http://www.digipub.cc/dy/article/KJN2TPEB0552FDTY.html?spss=dy_author"
TAIYUAN_TEXT = "八是針對115棟超高層民用建筑,建設微型消防站,提升抗御火災能力。"
# gx-guangxi-lyxxgy2013#2 (广西 2013 旅游休闲纲要; dev)
GUANGXI = "http://www.gxlxs2008.com/zixun/3796.html"
GUANGXI_TEXT = ("《纲要》明确了工作目标:到2015年,全区城镇职工弹性休假及带薪休假覆盖50%以上企事业单位,城乡居民旅游休闲消费额比"
                "2012年增长超过40%,居民人均休闲出游率比2012年提高1倍以上。")
# what stays refused — all dev: 选择 a pilot set (cn-guoban-wfcssd2018#2, 国办 2018 无废城市), 惠及 the places funds serve
# (fj-quanzhou-rjhj2024#1, 泉州 2024), 围绕 the firms a policy frames (sd-jining-fgw2026#2, 济宁 2026), a noun holding
# another number (sh-chongming-sw145#2, 崇明 水务“十四五”), a year's report (ah-feixi-gc2019#2, 肥西 2019)
GUOBAN = "http://www.gov.cn/zhengce/content/2019-01/21/content_5359620.htm"
GUOBAN_TEXT = "在全国范围内选择10个左右有条件、有基础、规模适当的城市，在全市域范围内开展“无废城市”建设试点。"
QUANZHOU = "http://house.mnw.cn/quanzhou/20240326/66140.html"
QUANZHOU_TEXT = ("近日,省财政厅、省农业农村厅印发《关于下达2024年省级财政衔接推进乡村振兴补助(农村人居环境整治提升)资金的通知》,"
                 "下达9900万元用于支持我省农村人居环境整治提升,惠及21个县(市、区)。")
JINING = "https://dzrb.dzng.com/general/0/NEWS3084141UAHZRCASBAGYX"
JINING_TEXT = ("深入实施服务业“攀登进阶”“倍增行动”,围绕400家龙头骨干高成长企业,出台硬核支持措施,“一对一”包保服务、“一企一策”"
               "精准赋能,力争全市服务业增加值增速保持在6%以上。")
CHONGMING = ("https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e"
             "&siteId=0085")
CHONGMING_TEXT = ("初步形成覆盖18个乡镇和广大农村区域的“5厂＋15站＋X农污”三位一体的污水处理格局，实施陈家镇、城桥镇2座污水处理厂"
                  "污泥无害化处理、通沟污泥减量化处置项目，初步实现污水厂污泥处置和通沟污泥处置能力达标。")
FEIXI = "https://m.yybnet.net/hefei/feixi/201904/9001077.html"
FEIXI_TEXT = ("肥西县卫健委相关工作人员告诉记者,2018年,肥西县改厕任务为10000座,涉及11个乡镇、126个村(社区)农村自然村庄"
              "改厕。")


def test_sources_are_dev():
    for src in (NINGHAI, TAIYUAN, GUANGXI, GUOBAN, QUANZHOU, JINING, CHONGMING, FEIXI):
        assert split_of(src) == "dev", src


def _targets(text, year):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


@pytest.mark.parametrize(("text", "year", "value", "unit", "word"), [
    (NINGHAI_TEXT, 2023, 70, "所", "中小學"),  # 涉及70所中小学变压器增容
    (TAIYUAN_TEXT, None, 115, "棟", "超高層民用建筑"),  # 针对115栋超高层民用建筑
    (GUANGXI_TEXT, 2013, 50, "%", "企事业单位"),  # 覆盖50%以上企事业单位
], ids=["ninghai", "taiyuan", "guangxi"])
def test_a_verb_of_reach_counts_its_object(text, year, value, unit, word):
    got = [(i, v, u) for i, v, u in _targets(text, year) if v == value and u == unit]
    assert got and word in got[0][0], _targets(text, year)


@pytest.mark.parametrize(("text", "year", "value", "unit"), [
    (GUOBAN_TEXT, 2018, 10, "个"),  # 选择10个左右…城市: a pilot set selected
    (QUANZHOU_TEXT, 2024, 21, "个"),  # 惠及21个县(市、区): the places funds serve
    (JINING_TEXT, 2026, 400, "家"),  # 围绕400家…企业: the firms a policy frames
    (CHONGMING_TEXT, 2021, 18, "个"),  # 覆盖18个乡镇和…“5厂＋15站…”格局: another number in the noun
    (FEIXI_TEXT, 2019, 11, "个"),  # 2018年…涉及11个乡镇: last year's report
], ids=["guoban", "quanzhou", "jining", "chongming", "feixi"])
def test_other_scopes_stay_refused(text, year, value, unit):
    assert not [t for t in _targets(text, year) if t[1] == value and t[2] == unit]


def test_a_project_described_stays_refused():
    # review 40's input (test_review40_mends.py): the project's description says what it holds
    assert not [t for t in _targets("项目概况:该工程涉及12座桥梁加固维修,总投资3000万元。", 2025) if t[1] == 12]
