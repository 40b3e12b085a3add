"""Round-69 target rules (targ69): a report's review paragraph opened by a heading of a result (subject, a word of
manner, a verb that ends it: 扶贫开发“双到”工作扎实推进。) states the year's facts, no targets (spec/plan-format.md:
history is no target; a report's review part states facts). Every text is real text of a dev page, its address cited;
the expected targets are read by hand per the spec."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.review_heads import _HEAD
from tests.extract.passages import target_rows as _rows

# 广东省 2014 政府工作报告, its review of 2013 (http://lu100.cc/LiangHuiZhuanTi/471500-3.html, dev)
_GUANGDONG = ("扶貧開發“雙到”工作扎實推進。全省投入扶貧資金75.4億元,實施貧困村扶貧項目2.6萬個、貧困戶扶持項目58.8萬個,"
              "有勞動能力的18.8萬貧困戶人均純收入達到或超過5220元。完成10萬戶農村低收入家庭危房改造,扶持“兩不具備”"
              "村莊1.28萬戶搬遷安置。援藏援疆等對口支援工作扎實推進。")
# 沧州市 2025 政府工作报告, its review of 2024
# (https://www.cangzhou.gov.cn/cangzhou/zfgzbg/202501/904a04c8d5484264acea4f8cf5fcfee0.shtml, dev)
_CANGZHOU = ("(一)“三件大事”成效更加显著。坚持专班推进、定期调度、清单管理,全力推动习近平总书记重要讲话精神落地见效。"
             "协同发展走深走实。全年签约京津项目62个、总投资346亿元,引进落地央企二三级子公司23家,京津冀·沧州生物医药"
             "产业园揭牌成立,吸纳京津技术合同成交额增长131%。石港城际铁路、雄商和津潍高铁、邯港高速一期加快建设,"
             "荣乌高速沧州段改扩建工程山东方向、曲港高速一期正式通车。")
# 围场县 2021 政府工作报告, its review of the 十三五 (https://weichang.gov.cn/art/2021/8/16/art_11213_831697.html, dev)
_WEICHANG = ("——脱贫攻坚全面胜利。坚持把脱贫攻坚作为重大政治任务和第一民生工程,举全县之力尽锐出战,紧紧围绕“两不愁三保障”,"
             "深入推进精准扶贫精准脱贫,累计整合财政涉农资金24.7亿元、发放金融贷款15亿元,实施产业、科技、教育等各类扶贫"
             "项目257个,实现扶贫产业全面覆盖,基础条件大幅提升,全县169个建档立卡贫困村全部脱贫出列、14.2万名贫困人口实现"
             "稳定脱贫,成功退出贫困县序列,走出了一条生态富民、绿色脱贫之路。")


def test_review_paragraphs_under_a_result_heading_hold_no_targets():
    assert _rows(_GUANGDONG, 2014) == []
    assert _rows(_CANGZHOU, 2025) == []
    assert _rows(_WEICHANG, 2021) == []


def test_a_result_heading_is_read_but_a_plans_heading_is_not():
    for text in (_GUANGDONG, _CANGZHOU, _WEICHANG, "聚焦项目攻坚,增长动能加快积蓄。全年在建在库项目86个。"):
        assert _HEAD.match(simplified_all(text)) is not None
    # a plan's heading puts the verb first (甘肃 2022 政府工作报告, 武穴 2023 政府工作报告: below), or ends in a noun
    # (济宁 2023 农业农村重点工作任务, https://www.jining.gov.cn/art/2023/5/16/art_33401_2853292.html, dev)
    for text in ("加快重塑传统产业新优势。打好产业基础高级化产业链现代化攻坚战。", "1、优化教育资源布局。2023年启动…",
                 "扎实推进乡村振兴。新建…", "3. 生猪生产稳定度。争创2个国家生猪调出大县。"):
        assert _HEAD.match(text) is None


# A report's work list for the year keeps its targets though it holds no goal's cue: its headings put the verb first.
# 甘肃省 2022 政府工作报告 (http://blockchainlive.net/shendu/2022/0119/011971288.html, dev).
def test_a_reports_work_list_keeps_its_targets():
    text = ("加快重塑傳統產業新優勢。打好產業基礎高級化產業鏈現代化攻堅戰,全面落實鏈長制,發揮鏈主企業作用,推動石化、"
            "有色、鋼鐵、煤化工、精細化工產業延鏈補鏈強鏈。實施“三化”改造項目270個。推進隴東綜合能源基地高質量發展,"
            "新增煤炭產能1465萬噸,原油產量突破1000萬噸,天然氣產量達到5億立方米。實施找礦突破戰略行動,加快礦產資源"
            "勘查開發。")
    assert [r[2] for r in _rows(text, 2022)] == [270, 1465, 1000, 5]


# A plan's goals section may open with a result heading, but names its goals with a cue (到2015年, 到2027年) and keeps
# them: 山西 “十二五” 农业 规划 (http://f.china.com.cn/2013-11/12/content_30570517.htm, dev) and 洞头 2023 科技创新
# (http://www.dongtou.gov.cn/art/2023/9/27/art_1229691270_2027406.html, dev).
def test_a_goals_section_under_a_result_heading_keeps_its_targets():
    shanxi = ("水利基础设施建设加快推进。建成山西大水网,到2015年,全省年供水能力达到91亿立方米。全省有效灌溉面积增加到"
              "2300万亩,灌溉水有效利用系数达到0.6,基本建成节水型灌溉农业体系和节水型旱作农业体系。")
    assert [(r[2], r[4]) for r in _rows(shanxi, 2011)] == [(91, 2015), (2300, 2015), (0.6, 2015)]
    dongtou = ("——重大科研成果加快涌现。到2027年,省“尖兵”“领雁”立项7项以上,市“揭榜挂帅”立项10项以上,获得省科技进步奖"
               "2项以上,取得科学技术攻关重大标志性成果。")
    assert [(r[2], r[4]) for r in _rows(dongtou, 2023)] == [(7, 2027), (10, 2027), (2, 2027)]


# Under a goals heading (一、工作目标), an item opened by a result heading states a goal though it holds no cue:
# 黑龙江 2025 科技成果产业化突破年行动方案 (https://hlj.gov.cn/hlj/c107856/202504/c00_31830021.shtml, dev).
def test_items_under_a_goals_heading_keep_their_targets():
    text = ("一、工作目标\n2025年,全省就地转化重大科技成果650项以上。\n(一)产业科技创新能力加快提升。布局重大攻关项目"
            "200项以上,支持重大高新技术产业化项目20项以上,研制首台(套)装备、首批次材料、首版次软件等创新产品80项以上。")
    assert [r[2] for r in _rows(text)] == [650, 200, 20, 80]
