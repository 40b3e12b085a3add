"""Round 51 (meta18): a provincial text placed by the province it names beside 我省 or 全省
(``metadata/ownprovince.py``), basis documents named without 《》 after a period, a 文号 or in a list
(``metadata/unbracketed.py``), and a 文号 run in between a notice's title and its addressees (``fields.py``). Sentences are the openings of dev pages of openings16, openings17 and earlier
batches, cited by address."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.ownprovince import own_province
from kechuang.extract.metadata.unbracketed import unbracketed
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _info(text: str):
    text = normalise(text)
    return extract_document(split_lines(text), text)[0]


# A province's text that names itself 我省 or 全省 and its province only by name


def test_opinion_under_its_number_takes_the_province_its_text_names() -> None:
    # http://iboding.cn/gkmlpt/content/0/136/post_136182.html (openings17, 粤府〔2004〕4号)
    text = ("粵府〔2004〕4號\n關于貫徹落實國務院進一步加強\n農村教育工作決定的意見\n"
            "各地級以上市人民政府,各縣(市、區)人民政府,省政府各部門、各直屬機構:\n"
            "為貫徹落實《國務院關于進一步加強農村教育工作的決定》(國發〔2003〕19號) 和全國農村教育工作會議精神,"
            "加快我省農村教育發展,深化農村教育改革,現結合我省實際提出如下貫徹意見。\n"
            "一、充分認識發展農村教育在廣東全面建設小康社會中的戰略地位\n")
    assert _info(text).region == "廣東"


def test_placeless_provincial_government_takes_the_province_its_text_names() -> None:
    # http://chaincenturyfinance.com/tzgg/2421.html (openings16, 鄂政發〔2018〕26號)
    text = ("省人民政府關于\n進一步優化營商環境的若干意見\n鄂政發〔2018〕26號\n各市、州、縣人民政府,省政府各部門:\n"
            "為深入貫徹習近平總書記關于加大營商環境改革力度的重要指示精神,加快打造法治化、國際化、便利化的一流營商環境,"
            "結合我省實際,提出如下意見。\n一、總體要求\n"
            "以習近平新時代中國特色社會主義思想為指導,全面貫徹落實習近平總書記視察湖北重要講話精神,進一步深化“放管服”改革。\n")
    assert _info(text).region == "湖北"


def test_papers_news_of_a_provincial_notice_takes_its_papers_province() -> None:
    # http://hbrb.hebnews.cn/pc/paper/c/202002/21/content_26933.html (openings16, 河北日报 2020)
    text = ("第02版:夺取疫情防控和经济社会发展双胜利\n我省对围场等13个县和赵家蓬区拟退出贫困县进行公示\n"
            "河北日报讯(记者潘文静 通讯员崔浩晨)2月20日,省扶贫办对围场等13个县和赵家蓬区拟退出贫困县进行公示。\n")
    assert _info(text).region == "河北"


def test_task_division_printed_without_its_title_line_takes_the_province_it_names() -> None:
    # http://geipa.cn/post/20682.html (openings16, 广东 2022 《政府工作报告》 重点任务分工方案)
    text = ("《2022年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,并提出以下意见,"
            "请一并贯彻执行。\n"
            "  一、主动担当、积极作为。各地、各部门要深入贯彻习对广东系列重要讲话和重要指示批示精神,"
            "以对人民高度负责的精神落实好省《政府工作报告》各项工作任务。\n"
            "  为贯彻落实中央经济工作会议精神,全面落实省第十三届人民代表大会第五次会议通过的省《政府工作报告》部署,"
            "做好今年全省政府工作,努力实现经济社会发展目标任务,现制订本工作方案。\n")
    assert _info(text).region == "广东"


def test_two_provinces_named_place_none() -> None:
    # a text of one province that names another has no province of its own to read (the module's guard)
    assert own_province(["为加快我省农村教育发展,学习广东、浙江的经验。"]) is None
    assert own_province(["加快我省农村教育发展。"]) is None
    assert own_province(["学习广东的经验。"]) is None  # no 我省, 全省 or 本省
    # a municipality has no 省: a text that says 全省 and names 北京 compares itself with another place
    assert own_province(["推动全省人才集聚,对标北京的人才政策。"]) is None


def test_own_province_is_linear() -> None:
    assert_linear(own_province, lambda n: ["我省" + "湖北广东" * (20000 * n)])


# Basis documents named without 《》


def _basis(text: str) -> list[str]:
    return sorted(_info(text).basis)


def test_unbracketed_basis_before_its_number_in_brackets() -> None:
    # https://desk33.com/d-1638754.html (重庆 2021 数据要素 行动方案, 征求意见稿)
    text = ("数据要素市场化配置改革行动方案\n"
            "为贯彻落实中共中央国务院关于构建更加完善的要素市场化配置体制机制的意见(中发(2020)9号),加快推进数据要素市场化"
            "配置改革,提高数据要素市场配置效率,制定如下行动方案。\n一、总体要求\n")
    assert _basis(text) == ["中共中央国务院关于构建更加完善的要素市场化配置体制机制的意见"]


def test_unbracketed_basis_with_its_period_and_number() -> None:
    # http://szcn-led.com/baogao/928920.html (诸城 2021 应急保障 行动计划)
    text = ("諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)\n"
            "為提高突發事件應急保障能力和水平,根據山東省重大突發事件應急保障體系建設三年行動計劃(2020-2022年)"
            "(魯政辦字2020167號)等有關要求,結合我市實際,制定如下行動計劃。\n一、總體要求\n")
    assert _basis(text) == ["山東省重大突發事件應急保障體系建設三年行動計劃(2020-2022年)"]


def test_unbracketed_basis_list_joined_by_commas() -> None:
    # https://tj.010b.com/policy/detail/88733.html (东丽区 科技“十二五”发展规划)
    text = ("东丽区科技“十二五”发展规划\n"
            "为此,根据天津市及东丽区国民经济和社会发展“十二五”规划、天津市科技“十二五”发展规划,结合我区科技发展实际,"
            "编制东丽区科技“十二五”发展规划。\n一、“十一五”科技发展回顾\n")
    assert _basis(text) == ["天津市及东丽区国民经济和社会发展“十二五”规划", "天津市科技“十二五”发展规划"]


def test_unbracketed_notice_and_a_list_joined_by_and() -> None:
    # https://m.wenke99.com/p-9546332.html (天津市海洋经济和海洋事业发展“十二五”规划)
    text = ("天津市海洋经济和海洋事业发展“十二五”规划\n"
            "根据关于开展全市“十二五”重点专项规划编制工作的通知(津政办发201030号)的要求,落实全国海洋经济发展规划纲要、"
            "国家海洋事业发展规划纲要和天津市国民经济和社会发展第十二个五年规划纲要,结合天津市海洋功能区划、"
            "天津市空间发展战略规划,制定天津市海洋经济和海洋事业发展“十二五”规划。\n第一章 发展基础\n")
    assert _basis(text) == sorted(["关于开展全市“十二五”重点专项规划编制工作的通知", "全国海洋经济发展规划纲要",
                                   "国家海洋事业发展规划纲要", "天津市国民经济和社会发展第十二个五年规划纲要"])


def test_a_name_after_a_joined_trigger_is_read_once() -> None:
    # 为贯彻落实X: 贯彻 and 落实 are two triggers; the name is X, never 落实X (重庆 2021 above)
    text = ("数据要素市场化配置改革行动方案\n为贯彻落实县政府工作报告安排部署,制定如下行动方案。\n一、总体要求\n")
    assert _basis(text) == ["县政府工作报告"]


def test_unbracketed_is_bounded_in_a_long_sentence() -> None:
    # each trigger reads a bounded stretch after it: many triggers in one long sentence stay linear
    assert_linear(lambda s: [unbracketed(s, k) for k in range(2, len(s), 40)],
                  lambda n: "根据天津市科技发展规划、天津市科技发展规划和" * (300 * n))
    # names joined by 和 with no clause end: the list is split by a scan, never by a pattern that backtracks
    assert_linear(lambda s: [unbracketed(s, k) for k in range(2, len(s), 40)],
                  lambda n: "根据" + "规划和关于规划" * (2000 * n) + "的要求")


# A 文号 between a notice's title and its addressees on one line


def test_number_glued_between_title_and_addressees() -> None:
    # https://zdzz.net/fwc/profile/MjM5NjEzMzMzNQ== (openings16, 粤府办〔2024〕9号 on a WeChat-profile mirror)
    text = ("广东省人民政府办公厅关于印发《广东省知识产权领域省级与市县财政事权和支出责任划分改革方案》的通知粤府办〔2024〕9号"
            "各地级以上市人民政府,省政府各部门、各直属机构:《广东省知识产权领域省级与市县财政事权和支出责任划分改革方案》"
            "已经省委、省人民政府同意,现印发给你们,请认真贯彻执行。\n")
    assert _info(text).doc_number == "粤府办〔2024〕9号"


def test_number_spaced_between_title_and_addressees() -> None:
    # http://liehuw.com/liehuwang/vip_doc/12222846.html (信阳 2018 表彰 决定 on a document site)
    text = ("|\n信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定时间:2019-01-23 信阳市人民政府 "
            "关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定 信政〔2018〕17号 各县、区人民政府,各管理区、开发区,"
            "市政府有关部门: 2017年,全市各级各部门认真贯彻落实安全生产工作部署。\n")
    assert _info(text).doc_number == "信政〔2018〕17号"


def test_a_number_in_the_text_before_no_addressees_is_none() -> None:
    # a 文号 cited in a sentence, not followed by the addressees, is no number of the page's own
    text = ("关于做好春季农业生产的通知\n根据省政府关于春耕的通知粤府办〔2024〕9号要求,做好春季农业生产。\n")
    assert _info(text).doc_number is None


def test_number_before_addressees_is_linear() -> None:
    from kechuang.extract.metadata.fields import _number_before_addressees
    assert_linear(_number_before_addressees, lambda n: "的通知粤府办〔2024〕9号" * (4000 * n) + "各")
