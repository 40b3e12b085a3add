"""Document metadata: plan title vs notice title, 文号, issuers, dates, region, basis."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text

NOTICE = """首页 > 政务公开 > 政府文件
廊坊市科学技术局 廊坊市财政局关于印发《廊坊市科技创新券实施方案》的通知
发布时间:2023-05-06
廊坊市科发〔2023〕[12]号
各县(市、区)科技局、财政局:
现将《廊坊市科技创新券实施方案》印发给你们,请认真贯彻执行。
廊坊市科学技术局
廊坊市财政局
二〇二三年四月二十八日
廊坊市科技创新券实施方案
为贯彻落实《中共廊坊市委关于实施创新驱动发展战略的决定》(廊坊发〔2021〕3号)和《廊坊省科技创新券管理办法》精神,制定本方案。
一、总体要求
到2025年,科技型中小企业达到500家。
"""


def test_joint_notice_with_chinese_numeral_date():
    d = extract_text(NOTICE).document
    assert d.title == "廊坊市科技创新券实施方案"
    assert d.issuer == ["廊坊市科学技术局", "廊坊市财政局"]
    assert d.date == "2023-04-28"
    assert d.publish_date == "2023-05-06"
    assert d.region == "廊坊市"
    assert d.basis == ["中共廊坊市委关于实施创新驱动发展战略的决定", "廊坊省科技创新券管理办法"]


def test_doc_number_brackets_are_unified():
    text = "关于印发某县科技创新方案的通知\n某政办发[2018]61号\n某县科技创新方案\n一、目标"
    assert extract_text(text).document.doc_number == "某政办发〔2018〕61号"
    text = "关于印发某县科技创新方案的通知\n某政办发【2018】61号\n某县科技创新方案\n一、目标"
    assert extract_text(text).document.doc_number == "某政办发〔2018〕61号"


def test_publish_date_when_no_signature_date():
    text = "发布日期:2021-07-09\n关于印发《某区创新行动计划》的通知\n某区创新行动计划\n一、目标"
    d = extract_text(text).document
    assert d.date == "2021-07-09"


def test_partial_dates_stay_null():
    text = "某县科技创新方案\n2022年9月\n一、目标"
    assert extract_text(text).document.date is None


def test_plan_without_notice_uses_standalone_title_lines():
    text = "青山区建设创新型城区\n工作推进方案\n为深入实施创新驱动战略,制定本方案。\n一、总体要求\n二、主要目标"
    d = extract_text(text).document
    assert d.title == "青山区建设创新型城区工作推进方案"
    assert d.region == "青山区"
    assert d.issuer == []


def test_standalone_title_with_a_trial_suffix():
    text = "青山区科技创新券管理办法(试行)\n第一条 为激发企业创新活力,制定本办法。\n第二条 本办法所称创新券。"
    plan = extract_text(text)
    assert plan.document.title == "青山区科技创新券管理办法(试行)"
    assert [h.path for h in plan.headings] == ["第一条", "第二条"]


# 环县强科技行动实施方案 (https://www.huanxian.gov.cn/kjj/wj/content_27902): joint issuers separated by a space in the
# notice's title and on two lines of the signature (whose date the page printed without 年月日).
HUANXIAN = """您的位置: 首页 >部门文件>详细内容
索引号: kjj-2023-00020 发布机构: 中共环县委办公室 环县人民政府办公室
中共环县委办公室 环县人民政府办公室 关于印发《环县强科技行动实施方案 (2023—2025)》的通知
时间:2023-04-11 【字体:
各乡镇党委和人民政府,县委各部门,县级国家机关各部门,各人民团体,省市在环各单位:
环县强科技行动实施方案(2023—2025)已经县委、县政府同意,现印发你们,请结合实际,抓好贯彻落实。
中共环县委办公室
环县人民政府办公室
2023411
环县强科技行动实施方案(2023—2025)
为认真贯彻落实甘肃省第十四次党代会精神,依据《甘肃省“十四五”科技创新规划》、《庆阳市强科技行动实施方案》,制定本实施方案。
一、指导思想
"""


def test_joint_issuers_separated_by_spaces_and_lines():
    d = extract_text(HUANXIAN).document
    assert d.title == "环县强科技行动实施方案(2023—2025)"
    assert d.issuer == ["中共环县委办公室", "环县人民政府办公室"]
    assert d.region == "环县"  # a one-character county
    assert d.date == "2023-04-11"  # the page's 时间, the signature's date being unreadable
    assert d.basis == ["甘肃省“十四五”科技创新规划", "庆阳市强科技行动实施方案"]


# 甘南藏族自治州强科技行动实施方案 (https://zwfw.gansu.gov.cn/gannan/tsfw/zsyzfwzq/zczx/art/2023/
# art_acc49be1e6fb4b4183058b49bd68c998.html): a signature of two bodies on one line, spaces between them.
def test_joint_signature_on_one_line():
    text = ("中共甘南州委办公室 甘南州人民政府办公室关于印发《甘南藏族自治州强科技行动实施方案》的通知\n"
            "各县市委和人民政府,州委各部委:\n《甘南藏族自治州强科技行动实施方案》已经州委、州政府同意,现印发给你们。\n"
            "中共甘南州委办公室   甘南州人民政府办公室\n2022年8月17日\n甘南藏族自治州强科技行动实施方案\n一、指导思想\n")
    d = extract_text(text).document
    assert d.issuer == ["中共甘南州委办公室", "甘南州人民政府办公室"]
    assert (d.date, d.region) == ("2022-08-17", "甘南藏族自治州")


# 蛟河市突发事件总体应急预案 (http://122.137.242.24:8080/pub/jhszfxxgk/szf/xxgkml/202211/t20221108_1084870.html):
# the page's metadata table between bars; 临海 (https://www.linhai.gov.cn/art/2022/10/20/art_1229599710_3826230.html)
# prints "文号: | 临发改规划〔2022〕13号 | 成文日期: | 2022-10-20 |".
def test_metadata_table_fields_between_bars():
    text = ("蛟河市政府信息公开专栏 >> 蛟河市人民政府办公室\n发文机关: | 蛟河市人民政府办公室 |\n"
            "成文日期: | 2022年10月25日 |\n发文字号: | 蛟政发〔2022〕10号 |\n发布日期: | 2022年10月26日 |\n"
            "蛟河市人民政府关于\n印发蛟河市突发事件总体应急预案的通知\n各乡镇人民政府、街道办事处:\n"
            "现将《蛟河市突发事件总体应急预案》印发给你们,请认真遵照执行。\n1 总则\n")
    d = extract_text(text).document
    assert (d.doc_number, d.date, d.publish_date) == ("蛟政发〔2022〕10号", "2022-10-25", "2022-10-26")
    text = "文号: | 临发改规划〔2022〕13号 | 成文日期: | 2022-10-20 |\n某规划\n一、现实基础"
    assert extract_text(text).document.doc_number == "临发改规划〔2022〕13号"


@pytest.mark.parametrize("line, number", [
    # 内政发〔2013〕62号 (nmg.gov.cn, fixture nm-neimenggu-gzgz2013): a field without a colon.
    ("发布机构 自治区人民政府 文  号 内政发〔2013〕62号", "内政发〔2013〕62号"),
    # 晋政发〔2018〕13号 (http://laodongfa.com/stadata/bmgz/7504.html): "文号 :".
    ("文号 :晋政发〔2018〕13号", "晋政发〔2018〕13号"),
    # 穗府〔2012〕4号 (https://m.fabao365.com/code/law_578891.html): a label in 【】 and the year in [].
    ("【发文字号】 穗府[2012]4号", "穗府〔2012〕4号"),
    # 岳办发〔2017〕2号 (fixture hn-yueyang-zwgk2017): closing the notice's title.
    ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)",
     "岳办发〔2017〕2号"),
    # 東府〔2021〕54號 (http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html): traditional 號.
    ("東府〔2021〕54號", "東府〔2021〕54號"),
])
def test_doc_number_shapes(line, number):
    assert extract_text(f"{line}\n某市科技创新实施方案\n一、总体要求").document.doc_number == number


# 咸宁市养犬管理办法 (http://xianning.gov.cn/xxgk/xxgkml/qtzdgknr/zfgb/202401/t20240118_3445095.shtml): the page
# lists other notices first; the notice whose plan is printed below is the one.
def test_the_notice_whose_plan_follows_among_linked_notices():
    text = ("市人民政府关于印发咸宁市轻微违法行为社会服务实施办法(试行)的通知\n"
            "市人民政府办公室关于印发市级财政预算资金审批拨付管理办法的通知\n"
            "市人民政府关于印发咸宁市养犬管理办法的通知\n咸政规〔2023〕1号\n各县、市、区人民政府:\n"
            "现将《咸宁市养犬管理办法》印发给你们,请认真遵照执行。\n咸宁市人民政府\n2023年9月25日\n"
            "咸宁市养犬管理办法\n第一章总则\n第一条为了加强养犬管理,根据有关法律法规,结合本市实际,制定本办法。\n")
    d = extract_text(text).document
    assert (d.title, d.issuer, d.doc_number) == ("咸宁市养犬管理办法", ["咸宁市人民政府"], "咸政规〔2023〕1号")


# 科技部关于印发《“十四五”县域创新驱动发展专项规划》的通知 (http://kjj.changchun.gov.cn/ztzl/yhyshjjs/zcwj_45370/
# gjjwj/202411/t20241120_3360545.html): a justified signature "科 技 部"; a national document.
def test_national_document():
    text = ("科技部关于印发《“十四五”县域创新驱动发展专项规划》的通知\n国科发农〔2022〕158号\n"
            "各省、自治区、直辖市及计划单列市科技厅(委、局):\n"
            "为贯彻党中央、国务院关于科技创新的决策部署,科技部编制了《“十四五”县域创新驱动发展专项规划》。现印发给你们。\n"
            "科 技 部\n2022年6月22日\n“十四五”县域创新驱动发展专项规划\n"
            "依据《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,制定本规划。\n一、形势与需求\n")
    d = extract_text(text).document
    assert (d.issuer, d.region, d.date) == (["科技部"], "全国", "2022-06-22")
    assert d.basis == ["中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"]


@pytest.mark.parametrize("title, region", [
    ("重庆市万州区龙驹镇2023年突发事件总体应急预案(暂行)", "龙驹镇"),  # fixture cq-longju-tfsjyjya2023
    ("桂林市叠彩区洪涝灾害应急预案", "叠彩区"),  # fixture gx-diecai-hlzhyjya2024
    ("蔚县突发公共卫生事件应急预案", "蔚县"),  # fixture he-yuxian-wsyjya2020
    ("鞍山市县域创新驱动发展实施方案", "鞍山市"),
])
def test_region_is_the_deepest_place_the_title_opens_with(title, region):
    assert extract_text(f"{title}\n一、总则\n").document.region == region


def test_region_from_a_party_committee_issuer():
    # 雄安发〔2021〕5号 (http://xiongan.gov.cn/2021-03/23/c_1211080104.htm): 中共河北雄安新区工作委员会.
    text = ("中共河北雄安新区工作委员会 河北雄安新区管理委员会关于全面推进乡村振兴的实施意见\n一、总体要求\n")
    # the province's short name opens the zone's own name and stays in it (openings/DECISIONS.md, region)
    assert extract_text(text).document.region == "河北雄安新区"


# Basis in the body: 荥阳市气象灾害应急预案 (https://public.xingyang.gov.cn/D20X/887484.jhtml) "1.2 编制依据";
# 太湖县人民政府工作规则 (http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html) "一、根据…".
def test_basis_in_the_first_lines_of_the_body():
    text = ("荥阳市气象灾害应急预案\n1 总则\n1.1 编制目的\n建立健全气象灾害应急响应机制。\n1.2 编制依据\n"
            "依据《中华人民共和国突发事件应对法》、《中华人民共和国气象法》和《郑州市气象灾害应急预案》等法律、法规和"
            "规范性文件,制定本预案。\n")
    assert extract_text(text).document.basis == ["中华人民共和国突发事件应对法", "中华人民共和国气象法", "郑州市气象灾害应急预案"]
    text = ("太湖县人民政府工作规则\n第一章 总则\n一、根据《中华人民共和国宪法》《国务院工作规则》和《安庆市人民政府工作规则》,"
            "制定本规则。\n二、县政府工作的指导思想是,认真贯彻《中国共产党章程》。\n")
    assert extract_text(text).document.basis == ["中华人民共和国宪法", "国务院工作规则", "安庆市人民政府工作规则"]


def test_titles_listed_under_a_basis_heading():
    # 牟定县突发环境事件应急预案 (fixture yn-mouding-hjyjya2017): the titles alone under 编制依据.
    text = "牟定县突发环境事件应急预案\n1 总则\n1.2 编制依据\n《中华人民共和国突发事件应对法》《中华人民共和国环境保护法》\n"
    assert extract_text(text).document.basis == ["中华人民共和国突发事件应对法", "中华人民共和国环境保护法"]


def test_a_letter_is_its_own_title_and_a_repost_mark_goes():
    # 福建省科学技术厅关于开展…的函 (fixture fj-licheng-kjgh2019).
    text = "福建省科学技术厅关于开展“十四五”科技创新发展规划建言献策活动的函\n各有关单位:\n为广泛听取意见,现将有关事项函告如下。"
    d = extract_text(text).document
    assert (d.title, d.issuer, d.region) == ("福建省科学技术厅关于开展“十四五”科技创新发展规划建言献策活动的函",
                                             ["福建省科学技术厅"], "福建省")
    d = extract_text("(转发)国务院办公厅关于进一步优化营商环境的通知\n各省、自治区、直辖市人民政府:\n一、总体要求").document
    assert (d.title, d.issuer, d.region) == ("国务院办公厅关于进一步优化营商环境的通知", ["国务院办公厅"], "全国")


# 市人民政府关于聘任咸宁市人民政府第四届咨询委员会委员的决定 (fixture hb-xianning-zxwyh2022, xianning.gov.cn): a 决定 is
# its own title and is signed after its text.
def test_a_decision_signed_after_its_text():
    text = ("发布时间:2022-06-08 10:21:22\n市人民政府关于聘任咸宁市人民政府第四届咨询委员会委员的决定\n咸政发〔2022〕3号\n"
            "各县、市、区人民政府,市政府各部门:\n为充分发挥专家学者重要作用,决定聘任王贤荣等50名同志为委员。\n"
            "附件:咸宁市人民政府第四届咨询委员会委员名单\n咸宁市人民政府\n2022年4月21日\n(此件公开发布)\n附件\n")
    d = extract_text(text).document
    assert (d.issuer, d.date, d.region, d.doc_number) == (["咸宁市人民政府"], "2022-04-21", "咸宁市", "咸政发〔2022〕3号")


# 关于报送《海口市发展和改革委员会地震应急预案》的报告 (fixture hi-haikou-dzyjya2020, haikou.gov.cn): a report that
# submits the plan names it as a notice does.
def test_a_report_that_submits_the_plan():
    text = ("关于报送《海口市发展和改革委员会地震应急预案》的报告\n海发改办〔2020〕1085号\n海口市抗震救灾指挥部办公室:\n"
            "现将我委新修订地震应急预案随文附后上报。\n海口市发展和改革委员会\n2020年8月10日\n"
            "海口市发展和改革委员会地震应急预案\n1 总则\n")
    d = extract_text(text).document
    assert (d.title, d.issuer, d.date) == ("海口市发展和改革委员会地震应急预案", ["海口市发展和改革委员会"], "2020-08-10")


# Pages in traditional characters: 海南省人民政府突發公共事件總體應急預案 (fixture hi-hainan-tfggsjyjya2006,
# http://big5.www.gov.cn/gate/big5/www.gov.cn/yjgl/2006-03/22/content_233715.htm) and 東府〔2021〕54號
# (http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html, a copy of dg.gov.cn).
def test_pages_in_traditional_characters():
    d = extract_text("當前位置: 應急管理\n海南省人民政府突發公共事件總體應急預案\n1.總則\n1.1編制目的\n").document
    assert (d.title, d.region) == ("海南省人民政府突發公共事件總體應急預案", "海南省")
    text = ("東莞市人民政府關於印發《東莞市促進就業若干措施》的通知\n東府〔2021〕54號\n各鎮人民政府(街道辦事處):\n"
            "東莞市人民政府\n2021年6月2日\n東莞市促進就業若干措施\n一、減負穩崗留工并舉\n")
    d = extract_text(text).document
    assert (d.title, d.issuer, d.doc_number, d.region) == ("東莞市促進就業若干措施", ["東莞市人民政府"], "東府〔2021〕54號",
                                                          "東莞市")


# 牟定县突发环境事件应急预案 (http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/
# 2018-1220012.htm) and 兴城市突发水污染事件应急预案 (fixture ln-xingcheng-swryjya2017): signature dates whose 年月日
# the page lost, "{ 2017 6 23" after a (此件公开发布) mark and "20171116".
@pytest.mark.parametrize("lines, date", [(["牟定县人民政府办公室", "(此件公开发布)", "{ 2017 6 23"], "2017-06-23"),
                                         (["兴城市人民政府办公室", "20171116"], "2017-11-16")])
def test_signature_dates_without_their_characters(lines, date):
    text = "关于印发某县应急预案的通知\n各乡镇人民政府:\n现将《某县应急预案》印发给你们。\n" + "\n".join(lines) + "\n某县应急预案\n1 总则\n"
    assert extract_text(text).document.date == date


def test_a_number_alone_under_prose_is_not_a_date():
    text = "某县应急预案\n1 总则\n应急物资储备目录第\n20171116\n"
    assert extract_text(text).document.date is None


# Pages whose only date is on their information line: 海南省人民政府突發公共事件總體應急預案 (http://big5.www.gov.cn/
# gate/big5/www.gov.cn/yjgl/2006-03/22/content_233715.htm) "2006年03月22日 來源:…", and 穗府〔2021〕3号
# (http://www.gz.gov.cn/zwgk/fggw/szfwj/content/post_7123483.html) "2021-03-05 来源: 广州市人民政府办公厅".
@pytest.mark.parametrize("info, date", [("中央政府門戶網站 www.gov.cn 2006年03月22日 來源:海南省人民政府網站", "2006-03-22"),
                                        ("听全文 2021-03-05 来源: 广州市人民政府办公厅 分享到", "2021-03-05")])
def test_date_of_the_page_information_line(info, date):
    assert extract_text(f"{info}\n\n某市应急预案\n1.总则\n").document.date == date


# Government work reports: 东乌珠穆沁旗 (fixture nm-dongwuqi-zfgzbg2022) and 泾县 2007
# (http://www.ahjx.gov.cn/OpennessContent/show/1207858.html): the speaker, the delivery date, the congress's place.
@pytest.mark.parametrize("text, expected", [
    ("发布日期:2022-02-11 19:15\n政府工作报告\n——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n"
     "东乌旗人民政府代旗长 周玉龙\n(2022年1月5日)\n各位代表:\n一、过去四年工作回顾\n",
     (["东乌旗人民政府"], "2022-01-05", "东乌珠穆沁旗")),
    ("2007年政府工作报告\n发布时间:2007-03-02 00:00 来源:泾县人民政府\n"
     "——2007年2月8日在泾县第十五届人民代表大会第一次会议上\n泾县人民政府县长 张 平\n一、过去四年政府工作回顾\n",
     (["泾县人民政府"], "2007-02-08", "泾县")),
])
def test_government_work_report(text, expected):
    d = extract_text(text).document
    assert (d.issuer, d.date, d.region) == expected


# "(国办发„2009‟3号)" (https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html): 〔〕 converted to „‟.
def test_doc_number_with_converted_brackets():
    assert extract_text("国办发„2009‟3号\n某市科技创新实施方案\n一、总体要求").document.doc_number == "国办发〔2009〕3号"


# Government orders (政府令) printed by law libraries: title, the body alone on the next line, the order's number:
# 重庆市人民政府 / 渝府令第 121 号 (fixture cq-chongqing-ccwr2001, http://law408.infoeach.com/view-NDA4fDM4ODgz.html),
# 成都市人民政府令 / (第128号) (fixture sc-chengdu-kjjl2006, http://www.fymate.net/html/text/lar/168890/16889067.html).
@pytest.mark.parametrize("head, number, issuer", [
    ("重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告\n重庆市人民政府\n\n渝府令第 121 号\n"
     "《重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告》已经市人民政府常务会议审议通过,现予发布。\n",
     "渝府令第 121 号", "重庆市人民政府"),
    ("成都市人民政府令\n(第128号)\n《成都市科学技术奖励办法》已经市政府常务会议讨论通过,现予公布。\n",
     "第128号", "成都市人民政府"),
])
def test_government_order_number_and_body(head, number, issuer):
    text = head + "市 长\n二○○六年九月十七日\n第一条 为了…\n"
    d = extract_text(text).document
    assert (d.doc_number, d.issuer) == (number, [issuer])


# The body printed alone under the page's title (law libraries): 安徽省人民政府 under 印发《安徽省人民政府规章制定程序
# 暂行规定》的通知 (fixture ah-anhui-gzzdcx1993, http://law661.infoeach.com/view-NjYxfDE3NTA1.html) and 云南省临沧市人民政府
# under 临沧市人民政府关于印发…的通知 (http://law732.infoeach.com/view-NzMyfDk4Mjgz.html).
def test_the_body_printed_under_the_page_title():
    text = ("印发《安徽省人民政府规章制定程序暂行规定》的通知\n\n安徽省人民政府\n\n印发《安徽省人民政府规章制定程序暂行规定》的通知\n"
            "省人民政府\n《安徽省人民政府规章制定程序暂行规定》已经省人民政府常务会议通过,现予发布施行。\n"
            "安徽省人民政府规章制定程序暂行规定\n第一章 总 则\n")
    assert extract_text(text).document.issuer == ["安徽省人民政府"]


# Metadata tables with other labels: 发文标题 / 发文部门 / 发文时间 (fixture zj-jinhua-bqkjcx2016,
# https://law.esnai.com/do.aspx?action=show&controller=home&lawid=176062) and 发文机构 (fixture xz-ali-gzgz2021,
# https://dscjxm.com/www/info/1112/41099; 镇巴 http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml).
def test_metadata_table_with_other_labels():
    text = ("法规内容\n发文标题: 金华市人民政府关于深入实施创新驱动发展战略补齐科技创新短板的若干意见\n发文文号: 金政发[2016]54号\n"
            "发文部门: 金华市人民政府\n发文时间: 2016-10-18\n发文内容:\n各县(市、区)人民政府,市政府各部门:\n"
            "为全面推进实施创新驱动发展战略,现提出如下意见:\n一、总体要求和主要目标\n")
    d = extract_text(text).document
    assert (d.title, d.doc_number, d.issuer, d.date, d.region) == (
        "金华市人民政府关于深入实施创新驱动发展战略补齐科技创新短板的若干意见", "金政发〔2016〕54号", ["金华市人民政府"],
        "2016-10-18", "金华市")
    d = extract_text("- 发文机构:县政府网站\n- 发文日期:2024年04月06日 16:40\n某县人民政府工作规则\n第一章总则\n").document
    assert (d.issuer, d.date) == ([], "2024-04-06")


# A document that is its own title with a qualified kind (的若干意见, 的实施意见): its issuers are the bodies before 关于
# (fixtures nm-neimenggu-xczx2024, https://m.xwboo.com/news/detail/125204.html, and zj-jinhua-bqkjcx2016).
def test_issuers_of_a_titled_opinion():
    text = ("内蒙古自治区党委、自治区人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见\n"
            "为深入贯彻落实《中共中央、国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见》精神,"
            "结合自治区实际,现提出如下意见。\n一、总体要求\n")
    d = extract_text(text).document
    assert d.issuer == ["内蒙古自治区党委", "自治区人民政府"]
    assert d.basis == ["中共中央、国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见"]


# 行政公署 (a prefecture's government): 阿里地区行政公署 signs (fixture xz-ali-gzgz2021); 阿拉善盟行政公署办公室
# (https://bdocx.com/doc/5043956.html) names 行署各委、办、局 among its addressees.
def test_a_prefecture_administrative_office_signs():
    text = ("阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知\n各县人民政府,行署各局、委、办、处:\n"
            "《阿里地区行政公署工作规则》已经地委、行署研究通过,现印发给你们。\n阿里地区行政公署\n2021年11月9日\n"
            "阿里地区行政公署工作规则\n第一章 总 则\n")
    assert extract_text(text).document.issuer == ["阿里地区行政公署"]


# The page header prints the notice's title without its issuer; the document prints issuer and title over three lines
# (fixture jx-ganzhou-ygyd2015, https://ganzhou.gov.cn/zfxxgk/c100272/201510/6af7194a4e6c4701a8afbbfcb83e9f6a.shtml;
# 金华 http://law528.infoeach.com/view-NTI4fDkxMDk2.html prints the same header-then-document layout).
def test_the_printing_of_the_notice_that_names_its_issuer():
    text = ("首页>政府信息公开目录>计划规划\n关于印发2015年全市深化医药卫生体制改革下步工作要点的通知\n访问量:\n"
            "赣州市人民政府办公厅\n关于印发2015年全市深化医药卫生\n体制改革下步工作要点的通知\n各县(市、区)人民政府:\n"
            "现印发给你们,请认真组织实施。\n2015年全市深化医药卫生体制改革下步工作要点\n一、全面推开县级公立医院综合改革\n")
    d = extract_text(text).document
    assert (d.issuer, d.region) == (["赣州市人民政府办公厅"], "赣州市")


# Basis sentences in traditional characters (根據/為貫徹落實, fixtures ln-dalian-kjjl2023,
# http://m.dongshibiao.com/listing/lawsshow_pi.php?id=2990, and yn-yunnan-jszytx2018,
# http://allindiakart.com/mobile/content/21443.html), and a title the page breaks over lines (根据《\n国家…条例》,
# fixture sc-chengdu-kjjl2006).
def test_basis_in_traditional_characters_and_over_lines():
    text = ("大連市科學技術獎勵辦法\n第一條為獎勵在科學技術進步活動中做出突出貢獻的個人和組織,根據《國家科學技術獎勵條例》"
            "《遼寧省科學技術獎勵辦法》等有關規定,結合本市實際,制定本辦法。\n")
    assert extract_text(text).document.basis == ["國家科學技術獎勵條例", "遼寧省科學技術獎勵辦法"]
    text = ("成都市科学技术奖励办法\n第一章 总则\n第一条 (目的依据)\n为调动科学技术工作者的积极性和创造性,根据《\n"
            "国家科学技术奖励条例》、《中国专利奖评奖办法》和《\n四川省科学技术奖励办法》的有关规定,结合成都市实际,制定本办法。\n")
    assert extract_text(text).document.basis == ["国家科学技术奖励条例", "中国专利奖评奖办法", "四川省科学技术奖励办法"]


# The plan's title as the notice quotes it wins over the notice's own wording when the plan is printed under it:
# 关于印发我市创新计划2011至2015年实施方案的通知 / 现将《梧州市创新计划(2011至2015年)实施方案》印发给你们 (fixture
# gx-wuzhou-cxjh2012, http://fsou.com/html/text/lar/173631/17363170.html).
def test_the_quoted_plan_title_wins_over_the_notice_wording():
    text = ("梧州市人民政府关于印发我市创新计划2011至2015年实施方案的通知\n(梧政发〔2012〕3号)\n各县(市、区)政府,市政府各部门:\n"
            "现将《梧州市创新计划(2011至2015年)实施方案》印发给你们,请认真组织实施。\n二○一二年一月二十九日\n"
            "梧州市创新计划(2011至2015年)实施方案\n按照自治区人民政府的部署,特制定本方案。\n一、指导思想\n")
    assert extract_text(text).document.title == "梧州市创新计划(2011至2015年)实施方案"


# A covering report or notice that opens with its basis: 根据贵办《关于开展地震应急预案修订工作的通知》…文件要求,现将…上报
# (fixture hi-haikou-dzyjya2020, http://drc.haikou.gov.cn/xxxgk/fdzdgknr/gwztc/bg/202008/t1107054.shtml); 为贯彻落实
# 《…》…,现就…通知如下 (http://wisor.cc/policy/show.php?from=client&itemid=97444). 贯彻执行/遵照执行 at the end of a
# covering notice name no basis: 牟定 (…请认真贯彻执行,原2007年印发的《…》同时废止, http://www.mdx.gov.cn/info/egovinfo/
# 1007/overt_centent/11532323015172622Y-/2018-1220012.htm), 荥阳 (…认真贯彻执行, https://public.xingyang.gov.cn/D20X/
# 887484.jhtml).
def test_basis_of_a_covering_report_and_not_of_its_closing_request():
    text = ("关于报送《海口市发展和改革委员会地震应急预案》的报告\n海发改办〔2020〕1085号\n海口市抗震救灾指挥部办公室:\n"
            "根据贵办《关于开展地震应急预案修订工作的通知》(海抗震指字〔2020〕2号)文件要求,现将我委新修订地震应急预案随文附后上报。\n"
            "海口市发展和改革委员会\n2020年8月10日\n海口市发展和改革委员会地震应急预案\n1 总则\n")
    assert extract_text(text).document.basis == ["关于开展地震应急预案修订工作的通知"]
    text = ("牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n各乡镇人民政府,县级有关部门:\n"
            "经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,原2007年印发的"
            "《牟定县突发环境事件应急预案》同时废止。\n牟定县人民政府办公室\n2017年6月23日\n牟定县突发环境事件应急预案(试行)\n"
            "1 总则\n")
    assert extract_text(text).document.basis == []


# Development zones name a place of their own, longer than a county's: 东湖新技术产业开发区 (http://www1.58188.com/news/
# 2012/4-9/4477.html), 成都高新区 and 四川天府新区 (https://shuipu.net/law/v?id=v79f3c1021v0114ddf5b079e7e3cc4eeb77a34199
# 8ad5e35fd08), 金华经济技术开发区 (openings/DECISIONS.md); 天津 before its zone is part of the zone's name.
@pytest.mark.parametrize("name, region", [
    ("东湖新技术产业开发区建设国家自主创新示范区部际协调小组", "东湖新技术产业开发区"),
    ("成都高新区科技创新局", "成都高新区"),
    ("四川天府新区党工委", "四川天府新区"),  # the province's short name opens the area's own name (as 河北雄安新区)
    ("金华经济技术开发区管委会突发公共事件总体应急预案", "金华经济技术开发区"),
    ("天津经济技术开发区管理委员会", "天津经济技术开发区"),
])
def test_region_of_a_development_zone(name, region):
    from kechuang.extract.metadata.region import region_of

    assert region_of(name) == region


# A 转发 notice: the forwarding office is the issuer, not the body whose notice it forwards (openings/DECISIONS.md:
# 区政府办公室 forwards 区民政局's plan); 关于转发科学技术部《关于征集…的通知》的通知 (https://www.hxacc.com/index.php/site/
# account_law/content_show/24477/0) shows the forwarded body named after 转发.
def test_the_forwarding_office_issues_a_forwarded_notice():
    text = ("苏州市人民政府办公室转发市科技局关于印发苏州市科技创新券实施办法的通知\n各市、区人民政府:\n"
            "市科技局《关于印发苏州市科技创新券实施办法的通知》已经市政府同意,现转发给你们,请认真贯彻执行。\n"
            "苏州市人民政府办公室\n2020年3月1日\n苏州市科技创新券实施办法\n一、总则\n")
    d = extract_text(text).document
    assert (d.title, d.issuer) == ("苏州市科技创新券实施办法", ["苏州市人民政府办公室"])


# Signature years written digit by digit with Arabic zeros or the letter O: 二000年四月二十八日 (fixture
# qh-xining-kjcgzh2000), 二OO六年二月二十日 (http://law732.infoeach.com/view-NzMyfDk4Mjgz.html); an order's number on
# its own line without brackets: 内蒙古自治区人民政府令 / 第82号 (http://law540.infoeach.com/view-NTQwfDQyMDE3.html).
@pytest.mark.parametrize("head, date", [
    ("西宁市人民政府令\n(第30号)\n《西宁市促进科技成果转化暂行办法》已经西宁市人民政府第15次常务会议审议通过,现予发布。\n市长:王小青\n"
     "二000年四月二十八日\n", "2000-04-28"),
    ("内蒙古自治区人民政府令\n第82号\n《某某实施办法》已经自治区人民政府1997年第六次常务会议通过,现予发布施行。\n自治区主席 乌力吉\n"
     "二OO六年二月二十日\n", "2006-02-20"),
])
def test_order_dates_with_arabic_or_letter_zeros(head, date):
    d = extract_text(head + "第一章 总 则\n第一条 为了…\n").document
    assert d.date == date
    assert d.doc_number in ("第30号", "第82号")


# (此件公开发布) closes a notice; the plan's title under it does not take it: 云南省科技特派員管理辦法 (fixture
# yn-yunnan-kjtpy2023) and 禄丰市人民政府常务会议议事规则 (https://ynlf.gov.cn/info/egovinfo/1007/overt_centent/
# 11532331015179648Q-/2024-1121001.htm).
def test_the_public_mark_is_not_part_of_the_title():
    text = ("云南禄丰产业园区管委会,各乡镇人民政府,市级各部门:\n现予印发。\n禄丰市人民政府\n2024年11月20日\n(此件公开发布)\n"
            "禄丰市人民政府常务会议议事规则\n第一章 总 则\n")
    assert extract_text(text).document.title == "禄丰市人民政府常务会议议事规则"


# A metadata table's title field names the notice: 标 题: | 科技部关于印发建设创新型省份工作指引的通知 | (fixture
# cn-kejibu-cxxsf2016); 名  称: …关于印发…的通知 (赤壁, http://chibi.gov.cn/xxgk/zc/zfwj/201209/t20120928_1563602.shtml).
def test_the_notice_named_by_a_title_field():
    text = ("标 题: | 科技部关于印发建设创新型省份工作指引的通知 | ||\n发文字号: | 国科发创〔2016〕111号 | 有 效 性: |\n"
            "各省、自治区、直辖市科技厅(委、局):\n为全面贯彻党的十八大精神,加快落实《国家创新驱动发展战略纲要》,科技部制定了"
            "《建设创新型省份工作指引》。现印发你们,请结合当地实际认真贯彻落实。\n科 技 部\n2016年4月12日\n")
    d = extract_text(text).document
    assert (d.title, d.issuer, d.region) == ("建设创新型省份工作指引", ["科技部"], "全国")
    assert d.basis == ["国家创新驱动发展战略纲要"]


# A short form defined in the basis sentence is not another basis: (…鄂政发[2006]46号,以下简称《科学素质纲要》) (赤壁,
# fixture hb-chibi-kxsz2012); (以下简称《方案》) (科技部, http://henan.kjzch.com/zhengzhou/2007-02-28/5496.html). A
# signature year that lost its 〇 (一二年一月十二日) is completed from the 文号's year (赤政办发〔2012〕3号).
def test_short_forms_and_a_signature_year_that_lost_digits():
    text = ("赤政办发〔2012〕3号\n市人民政府办公室关于印发赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)的通知\n"
            "各乡镇人民政府:\n现将《赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)》印发给你们,请认真贯彻执行。\n"
            "一二年一月十二日\n赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)\n"
            "根据《省人民政府关于贯彻实施〈全民科学素质行动计划纲要〉的意见》(鄂政发[2006]46号,以下简称《科学素质纲要》)和"
            "《湖北省科学技术协会条例》精神,制定本实施方案。\n一、背景和意义\n")
    d = extract_text(text).document
    assert d.basis == ["省人民政府关于贯彻实施〈全民科学素质行动计划纲要〉的意见", "湖北省科学技术协会条例"]
    assert d.date == "2012-01-12"
    assert extract_text(text.replace("赤政办发〔2012〕3号\n", "")).document.date is None


# Mirrors that print a phonetic reading after some traditional characters: the 文号 keeps the readings inside its code
# and drops the one after 號, and bodies printed with no separator are still two: 大政發(fā)〔2023〕9號(hào) (fixture
# ln-dalian-kjjl2023, http://m.dongshibiao.com/listing/lawsshow_pi.php?id=2990), 云科規(guī)〔2023〕8號(hào) and
# 云南省科學(xué)技術(shù)廳云南省財(cái)政廳 (fixture yn-yunnan-kjtpy2023).
def test_phonetic_readings_in_numbers_and_signatures():
    assert extract_text("大政發(fā)〔2023〕9號(hào)\n大連市科學技術獎勵辦法\n第一條 為…\n").document.doc_number == "大政發(fā)〔2023〕9號"
    text = ("云科規(guī)〔2023〕8號(hào)\n各州、市科技局、財政局:\n現(xiàn)將《云南省科技特派員管理辦法》印發(fā)你們。\n"
            "云南省科學(xué)技術(shù)廳云南省財(cái)政廳\n2023年12月19日\n(此件公開發(fā)布)\n云南省科技特派員管理辦法\n第一章 總則\n")
    d = extract_text(text).document
    assert (d.doc_number, d.issuer) == ("云科規(guī)〔2023〕8號", ["云南省科學(xué)技術(shù)廳", "云南省財(cái)政廳"])


# A signature date whose 年月日 the page lost, read when only one month-day split is written as signatures write
# them (no leading zero): 2021106 (福建, fixture fj-fujian-kjcxgh2021), 2024110 (五大连池,
# http://wdlc.gov.cn/wdlc/c102569/202405/c11_290634.shtml); 2021111 (1-11 or 11-1) stays unread.
@pytest.mark.parametrize("bare, date", [("2021106", "2021-10-06"), ("2024110", "2024-01-10"), ("2021111", None)])
def test_signature_dates_run_together(bare, date):
    text = ("福建省人民政府办公厅关于印发\n某某专项规划的通知\n各市、县(区)人民政府:\n《某某专项规划》已经省政府研究同意,现印发给你们。\n"
            f"福建省人民政府办公厅\n{bare}   \n某某专项规划\n第一章 总则\n")
    assert extract_text(text).document.date == date


# The notice and the plan write a year range with different dashes: 实施方案(2021-2025年) in the notice,
# (2021—2025年) over the plan (南昌, fixture jx-nanchang-kxsz2021, http://www.nc.gov.cn/nczfgb/szfwjabrmu/202112/
# 391166cf2d214ab8b42d4f77425007dd.shtml); 全民科学素质行动规划纲要 is printed (2021-2035年) and (2021—2035年) by
# different pages (http://www.yyykp.com/news/china/2557744.html, https://m.guancha.cn/politics/2021_06_25_595821.shtml).
def test_the_plan_title_as_printed_over_the_plan():
    text = ("南昌市人民政府关于印发南昌市全民科学素质行动规划纲要实施方案(2021-2025年)的通知\n洪府发〔2021〕27号\n"
            "各县(区)人民政府:\n《南昌市全民科学素质行动规划纲要实施方案(2021-2025年)》已经市政府同意,现印发给你们。\n"
            "2021年12月21日\n(此件主动公开)\n南昌市全民科学素质行动规划纲要实施方案(2021—2025年)\n"
            "根据《中华人民共和国科学技术普及法》精神,制定本实施方案。\n一、指导思想\n")
    assert extract_text(text).document.title == "南昌市全民科学素质行动规划纲要实施方案(2021—2025年)"


# A 编制依据 heading over a numbered list, one title a line, and the document's short name for itself (《规划》) which
# is no basis: 奉节县科技创新“十四五”规划 解读 (fixture cq-fengjie-kjcxgh2022); short names like 《方案》 also in
# http://henan.kjzch.com/zhengzhou/2007-02-28/5496.html (以下简称《方案》).
def test_a_numbered_basis_list_and_a_short_name():
    text = ("一、《规划》编制背景和依据\n(一)编制背景\n制定《规划》是贯彻习近平总书记关于科技创新重要指示批示精神的具体举措。\n"
            "(二)编制依据\n1.《国家创新驱动发展战略纲要》\n2.《中华人民共和国科学技术进步法》\n3.《重庆市科技创新促进条例》\n"
            "二、《规划》编制过程\n按照县政府的工作部署,组建《规划》编制领导小组。\n")
    assert extract_text(text).document.basis == ["国家创新驱动发展战略纲要", "中华人民共和国科学技术进步法", "重庆市科技创新促进条例"]
