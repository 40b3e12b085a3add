"""Round meta29: issuers not found or cut (docs/fresh-misses.md, item 5 of fresh29).

Four forms, each from real dev pages (address in the comment above each excerpt), each settled by
tests/fixtures/real/openings/DECISIONS.md: a congress adopting a 条例, a 解读 printing its plan's notice title, a
signing body's name broken over two lines, a seal note glued to its signer. Issuers that must stay as they are
read are tested too.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.metadata.broken_signer import joined_head

# https://www.hljszw.org.cn/home/book/info/get_id/64047.html (黑龙江 1991 预算管理条例)
HEILONGJIANG = """您的当前位置:
省人大颁布的地方法规
  黑龙江省预算管理条例
    (1991年3月13日黑龙江省第七届人民代表大会第四次会议第三次大会通过)
    第一章 总 则
    第一条 为加强预算管理,使预算的管理工作规范化、制度化,根据国家法律、法规的规定,结合本省实际,制定本条例。
    第二条 预算管理包括预算的编制和审批、预算的执行、调整和监督;决算的编制和审批。
"""
# https://paper.yanews.cn/yarb/20251202/html/content_20251202003002.htm (延安 2025 苹果产业高质量发展条例)
YANAN = """延安市苹果产业高质量发展条例
(2025年9月29日延安市第六届人民代表大会常务委员会第二十七次会议通过 2025年11月28日陕西省第十四届人民代表大会常务委员会第十九次会议批准)
目 录
第一章 总 则
第二章 种植管理
第一章 总 则
第一条 为了促进延安苹果产业高质量发展,推动乡村全面振兴,根据《中华人民共和国农产品质量安全法》、《陕西省果业条例》等法律法规,结合本市实际,制定本条例。
第二条 本市行政区域内从事苹果种植、加工、经营以及为其提供相关服务活动,适用本条例。
"""
# https://ehs.gold/law/126512.html (太原 2024 消防条例): the law database's 颁布部门 names the committee first
TAIYUAN = """EHS中国 法规首页 太原市消防条例
发文字号:——
颁布部门:太原市人民代表大会常务委员会
法律效力:地方性法规
颁布日期:2024-01-18生效日期:2024-03-01

太原市消防条例

(2023年12月28日太原市第十五届人民代表大会常务委员会第十四次会议通过
2024年1月18日山西省第十四届人民代表大会常务委员会第七次会议批准)

  目 录
  第一章 总 则

第一章 总 则

  第一条 为了预防火灾和减少火灾危害,加强应急救援工作,保护人身、财产安全,维护公共安全,根据《中华人民共和国消防法》《山西省消防条例》等有关法律、法规,结合本市实际,制定本条例。
"""
# https://peeveeaar.com/xjfgw/c108365/202112/160ed0a4ba194b109f8a39248e90485f.shtml (克州 2021 纲要): a plan
# adopted at a congress is the government's, as its cover prints
KEZHOU = """克孜勒苏柯尔克孜自治州
国民经济和社会发展第十四个五年规划和
2035年远景目标纲要
(2021年1月3日在克州第十四届人民代表大会第五次会议通过)
克孜勒苏柯尔克孜自治州人民政府
二○二一年九月
目 录
"""


def test_a_congress_adopting_a_regulation_issues_it_as_printed():
    assert extract_text(HEILONGJIANG).document.issuer == ["黑龙江省第七届人民代表大会"]
    assert extract_text(YANAN).document.issuer == ["延安市第六届人民代表大会常务委员会"]


def test_a_field_naming_the_committee_and_a_plan_adopted_at_a_congress_stay():
    assert extract_text(TAIYUAN).document.issuer == ["太原市人民代表大会常务委员会"]
    assert extract_text(KEZHOU).document.issuer == ["克孜勒苏柯尔克孜自治州人民政府"]


# http://www.yanting.gov.cn/zwgk/zcwj/zcjd/43357749.html (盐亭 2023 嫘之味 解读)
YANTING = """您的位置:首页 > 政府信息公开 > 政策文件 > 政策解读
《关于加强“嫘之味”农业区域公用品牌建设的实施意见》的解读
发布时间:2023-05-31 11:35 信息来源:盐亭县 阅读人次:
一、制定背景及依据
为深入实施质量兴农、品牌强农战略,构建“嫘之味”农产品区域公用品牌认证体系,我县组织人员前往北川、梓潼学习农产品品牌运营、推广等方面的先进经验,前后多次组织研究并征求部门意见,在充分吸纳各方意见建议基础上,形成此《实施意见》。
二、主要内容
《实施意见》共分四大部分。
文件链接:盐亭县人民政府印发《关于加强“嫘之味”农业区域公用品牌建设的实施意见》的通知
"""
# https://www.tjnk.gov.cn/NKQZF/ZWGK5712/zcjdx/bmjd/202012/t20201215_5023264.html (南开 2019 夜间经济 解读)
NANKAI = """今天是:2021年09月26日 星期日
《南开区推进夜间经济发展工作方案》政策解读
来源:天津市南开区人民政府 时间:2019-05-30 10:49:18
政策原文: 南开区人民政府办公室关于转发区商务局拟定的南开区推进夜间经济发展工作方案的通知
  《南开区推进夜间经济发展工作方案》(以下简称《方案》)是根据《天津市人民政府办公厅关于加快推进夜间经济发展的实施意见》(津政办发〔2018〕45号)文件精神,为加快推进南开区夜间经济发展,促进消费升级而制定。
  《方案》经区人民政府同意,于2019年1月17日正式印发实施。
  一、背景情况
"""
# http://www.dlwfd.gov.cn/2021/0425/7419.html (瓦房店 2021 健康瓦房店 解读)
WAFANGDIAN = """关于《瓦房店市人民政府印发关于推进健康瓦房店行动的实施意见的通知》的政策解读
发布:2021-04-25 10:34:00
一、审定背景
为贯彻落实全国卫生与健康大会精神,依据《“健康中国2030”规划纲要》和《“健康辽宁2030”行动纲要》,编制《“健康大连2030”行动纲要》(以下简称《纲要》)。
二、审定依据
《健康大连市建设行动 (2017-2020年)的通知》
"""
# http://www.hhsp.gov.cn/zfxxgk/fdzdgknr/zcjd_15995/202107/t20210712_531642.html (石屏 2021): a lead that only says
# who issued the plan prints no notice title
SHIPING = """信息名称
解读《石屏县加快食用菌产业发展实施办法》
  近日,石屏县人民政府办公室印发了《石屏县加快食用菌产业发展实施方案》(石政办函〔2021〕16号),以下简称《实施方案》,为进一步深化政府信息公开,做好政府重要政策解读工作,使社会公众更好地理解《实施方案》内容,现就《实施方案》的出台背景和主要内容解读如下。
  一、文件起草背景及依据
"""
# https://willonit.com/kyguanwangmanbetx/info/1672/28621.htm (黑山 2019): a casino name in the office's place
HEISHAN = """《开云手机官网入口·(中国)官方网站办公室关于印发〈黑山2019年农作物秸秆综合利用重点县项目实施方案〉的通知》文件解读
    一、《实施方案》出台背景
    为加快推进我县农业绿色发展,提升耕地质量,促进秸秆资源高效循环利用,按照《辽宁省2019年农作物秸秆综合利用项目实施方案》要求,结合我县实际,制定并出台本方案。
"""


def test_a_explanation_printing_its_plan_s_notice_title_names_its_issuer():
    assert extract_text(YANTING).document.issuer == ["盐亭县人民政府"]
    assert extract_text(NANKAI).document.issuer == ["南开区人民政府办公室"]
    assert extract_text(WAFANGDIAN).document.issuer == ["瓦房店市人民政府"]


def test_a_explanation_printing_no_notice_title_of_a_placed_body_names_none():
    assert extract_text(SHIPING).document.issuer == []
    assert extract_text(HEISHAN).document.issuer == []


# https://67890jj.com/zp79/62381961.html (淮北 2021 自然灾害综合风险普查 工作方案)
HUAIBEI = """淮北市应急管理局-4188云顶集团
关于印发《淮北市第一次全国自然灾害综合
风险普查工作方案》的通知
淮灾险普办发〔2021〕1号
濉溪县、各区第一次全国自然灾害综合风险普查领导小组办公室,市第一次全国自然灾害综合风险普查领导小组成员单位:
现将《淮北市第一次全国自然灾害综合风险普查工作方案》印发给你们,请认真贯彻执行。
淮北市第一次全国自然灾害
综合风险普查领导小组办公室
2021年7月20日
淮北市第一次全国自然灾害综合风险
普查工作方案
"""
# https://m.hqtbz.com/wsjkw/hdjl/hdjl_zcwj/content/post_3824085.html (广东 2022 职业病防治 十四五 规划)
GUANGDONG = """广东省公共卫生与重大疾病防治工作领导小组办公室关于印发广东省职业病防治“十四五”规划的通知

时间:2022-02-18 14:38:11     来源:广东省卫生健康委员会

各地级以上市人民政府,省公共卫生与重大疾病防治工作领导小组职业病防治专项小组各成员单位:

  《广东省职业病防治“十四五”规划》已经省人民政府同意,现印发给你们,请认真组织实施。实施过程中遇到的问题,请径向省卫生健康委反映。

  广东省公共卫生与重大疾病防治工作

                                领导小组办公室

                   2022年2月17日

  附件:广东省职业病防治“十四五”规划.docx
"""
# https://12lady.com/xinwen/21263.shtml (鄂托克前旗 2019 禁牧休牧 通告): a closing phrase over the signer
ETUOKE = """鄂托克前旗人民政府关于认真做好
2019年禁牧休牧工作的通告
各镇、各嘎查村、广大农牧民:
五、旗林业和草原局在禁牧休牧期间,切实加强对各镇禁牧休牧工作的监督检查,对各镇禁牧休牧工作开展情况进行通报。
特此通告
鄂托克前旗人民政府
2019年4月22日
"""


def test_a_signer_s_name_broken_over_two_lines_signs_whole():
    assert extract_text(HUAIBEI).document.issuer == ["淮北市第一次全国自然灾害综合风险普查领导小组办公室"]
    assert extract_text(GUANGDONG).document.issuer == ["广东省公共卫生与重大疾病防治工作领导小组办公室"]


def test_a_line_over_a_placed_signer_or_naming_no_place_is_no_head():
    assert extract_text(ETUOKE).document.issuer == ["鄂托克前旗人民政府"]
    assert joined_head("特此通告", "领导小组办公室") is None
    assert joined_head("淮北市第一次全国自然灾害", "鄂托克前旗人民政府") is None
    assert joined_head("淮北市第一次全国自然灾害,", "综合风险普查领导小组办公室") is None


# http://m.9keben.com/ztzl/dscqgtrpc/zcwj/202207/t20220705_5948485.htm (第三次全国土壤普查工作方案, traditional)
TURANG = """第三次全國土壤普查工作方案

來源:農業農村部網站 發布時間: 2022-07-05 16:16

各省、自治區、直轄市、計劃單列市及新疆生產建設兵團第三次土壤普查領導小組辦公室(農業農村(農牧)廳(局、委)),北大荒農墾集團有限公司、廣東省農墾總局:

  遵照《國務院關于開展第三次全國土壤普查的通知》(國發〔2022〕4號)要求,我們會同國務院第三次全國土壤普查領導小組成員單位組織編制了《第三次全國土壤普查工作方案》,現予印發。請各省(自治區、直轄市)按照工作方案要求,結合本地區實際情況,組織編制本地區的實施方案,2022年6月底前報第三次全國土壤普查領導小組辦公室備案。

國務院第三次全國土壤普查領導小組辦公室(代章)

2022年2月17日

第三次全國土壤普查工作方案

  根據《國務院關于開展第三次全國土壤普查的通知》(國發〔2022〕4號,以下簡稱《通知》)的要求,為保障第三次全國土壤普查工作科學有序開展,制定本方案。
"""


def test_a_seal_note_glued_to_its_signer_is_dropped():
    assert extract_text(TURANG).document.issuer == ["國務院第三次全國土壤普查領導小組辦公室"]
