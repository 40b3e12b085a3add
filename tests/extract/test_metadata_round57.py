"""Round 57 (meta22): the title and region of pages with no title line.

- A news lead's bodies place the document without the wire's byline run into the first of them (review 25, F1),
  their count after 等 (`退役军人事务部等军地12个部门`) or their time (``metadata/lead_bodies.py``).
- 审议并通过 is a lead's verb, as 审议通过 (``news._VERB``); a slogan X兴县 after a county's name is no deeper place
  (``region._NOT_PLACE``, as 教育强市); a named 综合试验区 is a title's place (``region._STATE_AREA``).
- A page with no title line takes the plan its opening says was made (`制定了《X》`, ``metadata/made.py``), or the
  title a document-share page's `文档简介` runs into its text (``metadata/shared.py``).

Sentences are the openings of dev pages, cited by address; each page whose field changed failed on main (8f5de95a).
"""

from __future__ import annotations

import json

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.lead_bodies import lead_bodies
from kechuang.extract.metadata.made import made_title
from kechuang.extract.metadata.news import reported_document
from kechuang.extract.metadata.region import region_of
from kechuang.extract.metadata.shared import shared_title
from kechuang.extract.pipeline import extract_text
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _info(text: str):
    text = normalise(text)
    return extract_document(split_lines(text), text)[0]


def _document(text: str) -> dict:
    """The document fields as the corpus scores them (the pipeline reads a field through a mirror's readings)."""
    return json.loads(extract_text(text).to_json(include_text=False))["document"]


# --- the lead's bodies (review 25, F1)

def test_byline_run_into_the_first_body_is_cut() -> None:
    # http://zymeiwanjia.com/wzlm001/247373.htm (福建 2021 林长制, 中國綠色時報's print on a mirror)
    text = ("福建部署全面推行林長制\n\n中國綠色時報\n2021-03-03\n閱讀次數(shù):1972\n閱讀字體 【\n\n"
            "本報訊 記者黃海報道 福建省委辦公廳、省政府辦公廳近日印發(fā)《關于全面推行林長制的實施意見》,"
            "明確到2021年底全面建立林長制,構建黨政同責、屬地負責、部門協(xié)同、源頭治理、全域覆蓋的長效機制。\n\n"
            "        省級設總林長、副總林長,市、縣兩級設林長、副林長。\n")
    found = reported_document(split_lines(normalise(text)))
    assert found is not None and found.bodies == ["福建省委辦公廳", "省政府辦公廳"]
    info = _info(text)
    assert info.title == "關于全面推行林長制的實施意見"
    assert info.region == "福建省"


def test_wire_datelines_are_no_bodies() -> None:
    # review 25's F1 forms: 中新网's dateline (http://www.jiuxingjy.com/gn/news/2007/03-29/902861.shtml) and the
    # 新华社 dateline with a city (the fj lead in 新华社's form), which must give no region 新华社福州
    assert lead_bodies(["中新網3月29日電國務院辦公廳"], "") == ["國務院辦公廳"]
    assert lead_bodies(["新华社福州3月2日电福建省委办公厅", "省政府办公厅"], "") == ["福建省委办公厅", "省政府办公厅"]
    # https://dchrv.com.tw/?p=1538 (江西 2024): the bodies before the time, after 获悉:
    assert lead_bodies([], "2月28日,记者从2024年江西省委一号文件新闻发布会上获悉:江西省委、省政府") == ["江西省委", "省政府"]
    # a run before the time that is no list of bodies gives none
    assert lead_bodies([], "为构建和谐社会,2011年") == []


def test_count_after_the_bodies_names_no_body() -> None:
    # http://fangtan.org.cn/rolls/content_187364.html (新华社 2018 on 中国访谈网): a national document
    text = ("中国访谈网 中国经济报刊协会\n滚动新闻\n\n退役军人事务部等12部门发文:大力扶持退役军人就业创业\n\n"
            "发布时间:2018-08-02 16:47:27 来源:新华社 责任编辑:阿虎 阅读量:\n"
            "图片来源于网络新华社北京8月2日电(记者梅世雄)日前,退役军人事务部等军地12个部门联合印发"
            "《关于促进新时代退役军人就业创业工作的意见》(以下简称《意见》)。《意见》指出,退役军人是重要的人力资源。\n")
    info = _info(text)
    assert info.title == "关于促进新时代退役军人就业创业工作的意见"
    assert info.region == "全国"
    # http://51si.cn/scxw/2022-05-18/167303.html (四川 2022) keeps its province; the count and a time run on go
    assert lead_bodies(["四川省商務(wù)廳等17部門(mén)"], "") == ["四川省商務(wù)廳"]
    assert lead_bodies(["山西省商务厅等10部门日前"], "") == ["山西省商务厅"]


# --- 审议并通过, and a slogan that is no place

def test_meeting_that_passed_the_document_names_it() -> None:
    # http://www.gsiic.cn/Item/221182.aspx (宁都): of several 《》 the lead names, the first is the page's
    text = ("近日,江西省宁都县人民政府召开常务会议审议并通过了《宁都县质量兴县实施方案》、《宁都县县长质量奖管理办法》"
            "和《宁都县质量兴县工作领导小组》等文件,全面启动质量兴县工作。\n"
            "《实施方案》明确提出了今后一段时期全县产品、工程、服务和环境等方面的质量工作目标。\n")
    info = _info(text)
    assert info.title == "宁都县质量兴县实施方案"
    assert info.region == "宁都县"


def test_slogan_after_a_place_is_no_deeper_place() -> None:
    assert region_of("宁都县质量兴县实施方案") == "宁都县"  # gsiic.cn (above)
    # places whose own name ends in 兴 stay (one character before it), and the slogans of other dev pages
    # (https://pykj.puyang.gov.cn/pc/fwzx.asp?a=newsview&id=33951: 科教兴市) name no place
    assert region_of("嘉兴市科技创新规划") == "嘉兴市"
    assert region_of("长兴县实施方案") == "长兴县"
    assert region_of("兴县工作方案") == "兴县"
    assert region_of("科教兴市战略实施方案") is None


def test_comprehensive_pilot_zone_is_the_region() -> None:
    # http://hakkacuner.nync.com/article/23381131.html (宁夏 2021): a named 综合试验区 is its title's place, as a
    # 国家…示范区 is (乌昌石国家自主创新示范区); the gold of a 廣東海洋經濟綜合實驗區 plan (bubsandbeans.com, above) too
    assert region_of("宁夏国家葡萄及葡萄酒产业开放发展综合试验区建设总体方案") == "宁夏国家葡萄及葡萄酒产业开放发展综合试验区"
    assert region_of("广东海洋经济综合实验区发展规划") == "广东海洋经济综合实验区"
    assert region_of("乌昌石国家自主创新示范区发展规划纲要(2021-2025年)") == "乌昌石国家自主创新示范区"
    # a verb or a level word before it makes a phrase: the province's plan
    assert region_of("浙江省推进综合试验区建设方案") == "浙江省"
    assert region_of("关于推进综合试验区建设的意见") is None


# --- the plan the opening says was made

def test_notice_without_its_title_line_takes_the_plan_it_made() -> None:
    # https://nyncj.beijing.gov.cn/nyj/zwgk/zcgk/zcwj3149/436435672/index.html (北京 2022)
    text = ("各涉农区政府(区第三次全国土壤普查领导小组办公室):\n"
            "按照《国务院关于开展第三次全国土壤普查的通知》(国发〔2022〕4号)及国务院第三次全国土壤普查领导小组办公室"
            "《关于印发<第三次全国土壤普查工作方案>的通知》(农建发〔2022〕1号)要求,我办结合本市实际,制定了"
            "《北京市第三次全国土壤普查实施方案》,经市政府同意,现予印发。\n"
            "请朝阳、海淀、丰台三区启动第三次全国土壤普查前期准备工作。\n")
    info = _info(text)
    assert info.title == "北京市第三次全国土壤普查实施方案"
    assert info.region == "北京市"


def test_preamble_that_made_the_plan_names_it() -> None:
    # http://m.nubianyinyang.com/xxgkml/zfxxgkml/szfgzbm/sfzhggwyh_220447/czsrmzf/jyjzcjd/202206/
    # t20220606_2552952.shtml (长治 2017 on a mirror: the heading cut to its period)
    text = ("(2017-2020年)\n"
            "2011年以來,我市先后實施了一期、二期學(xué)前教育三年行動計劃,全市學(xué)前教育得到長足發(fā)展。"
            "為鞏固一期、二期行動計劃成果,根據(jù)《教育部等四部門關(guān)于實施第三期學(xué)前教育行動計劃的意見》"
            "(教基〔2017〕3號)精神和要求,結(jié)合我市實際,特制訂《長治市第三期學(xué)前教育行動計劃(2017—2020年)》。\n"
            "一、基本原則\n")
    info = _info(text)
    assert info.title == "長治市第三期學(xué)前教育行動計劃(2017—2020年)"
    assert info.region == "長治市"


def test_briefing_lead_with_the_plan_made_jointly() -> None:
    # http://m.ytjhdl.cn/xy/nmg/1361601.html (内蒙古 2022: a 新闻发布会 that 解读s the plan)
    text = ("9月23日,內(nèi)蒙古自治區(qū)政府新聞辦召開(kāi)新聞發(fā)布會(huì),深入解讀《內(nèi)蒙古自治區(qū)“十四五”"
            "無(wú)障礙環(huán)境建設(shè)實(shí)施方案》(以下簡(jiǎn)稱(chēng)《實(shí)施方案》)。\n"
            "據(jù)介紹,為進(jìn)一步提升全區(qū)無(wú)障礙環(huán)境建設(shè)水平,自治區(qū)殘聯(lián)、自治區(qū)住建廳等24個(gè)部門(mén)"
            "聯(lián)合制定了《內(nèi)蒙古自治區(qū)“十四五”無(wú)障礙環(huán)境建設(shè)實(shí)施方案》,經(jīng)自治區(qū)政府審核同意,"
            "于9月1日起正式實(shí)施。\n")
    document = _document(text)
    assert document["title"] == "內(nèi)蒙古自治區(qū)“十四五”無(wú)障礙環(huán)境建設(shè)實(shí)施方案"
    assert document["region"] == "內(nèi)蒙古自治區"  # a trailing reading is no part of a place


def test_a_title_read_elsewhere_stays() -> None:
    # https://most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/gfxwj/gfxwj2016/201604/t20160414_125138.html (科技部 2016):
    # the page's 标题 field names the notice; the notice's 制定了《…》 is the last resort only
    text = ("标 题: | 科技部关于印发建设创新型省份工作指引的通知 | ||\n"
            "发文机构: | 科技部 |\n国科发创〔2016〕111号\n"
            "各省、自治区、直辖市及计划单列市科技厅(委、局):\n"
            "为确保2020年实现进入创新型国家行列的目标,科技部制定了《建设创新型省份工作指引》。现印发你们,请结合当地实际。\n")
    assert _info(text).title == "建设创新型省份工作指引"
    # a plan still to be made is none (http://izubei.com/qt/content/2022-01/06/content_8772121.htm, 2021)
    assert made_title(split_lines("修订《专利代理条例》,推进制定《商标代理管理办法》。推进知识产权基础性法律研究。")) is None


# --- a document-share page's description

def test_share_page_title_run_into_its_purpose_clause() -> None:
    # http://r1worldwide.com/shtml/view-5447571.html (城口 2011): a page mark before it, 為了 after it
    text = ("版權(quán)說明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方\n文檔簡介\n"
            "1、1城口縣2011年蔬菜產(chǎn)業(yè)扶持辦法為了充分調(diào)動農(nóng)民種菜積極性,加快蔬菜產(chǎn)業(yè)發(fā)展步伐,"
            "根據(jù)城口縣人民政府《關(guān)于加快推進(jìn)“菜籃子”工程建設的實施意見》精神(城府發(fā)〔2011〕9號),特制定此辦法。\n")
    document = _document(text)
    assert document["title"] == "城口縣2011年蔬菜產(chǎn)業(yè)扶持辦法"
    assert document["region"] == "城口縣"


def test_share_page_title_before_its_number() -> None:
    # https://www.renrendoc.com/p-11989917.html (砚山 2011): the site's heading and stamp first, the 文号 after it
    text = ("已阅读5页,还剩9页未读, 继续免费阅读\n版权说明:本文档由用户提供并上传,收益归属内容提供方\n文档简介\n"
            "文山壮族、苗族自治州砚山县投资优惠政策 发表时间:2011 年 11 月 02 日 15:29 砚山县招商引资优惠政策(试行) "
            "(砚发201120 号) 为进一步扩大对内对外开放,改善我县投资环境,结合我县实际,特制定本优惠政策: "
            "第一条 凡到我县投资新办企业且符合国家产业政策的,均可享受本优惠政策。\n")
    document = _document(text)
    assert document["title"] == "砚山县招商引资优惠政策(试行)"
    assert document["region"] == "砚山县"


def test_share_page_title_over_its_cover() -> None:
    # http://bubsandbeans.com/paper/319195635.html (广东 2011): the issuing body and month, then the contents
    text = ("版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方\n\n文檔簡介\n\n"
            "廣東海洋經(jīng)濟綜合實驗區(qū)發(fā)展規(guī)劃國家發(fā)展和改革委員會二○一一年十一月目錄前言 1第一章發(fā)展基本 2\n")
    assert _document(text)["title"] == "廣東海洋經(jīng)濟綜合實驗區(qū)發(fā)展規(guī)劃"


def test_share_page_description_without_a_run_on_title() -> None:
    # a description that opens with its text, no title run into it, gives none
    lines = split_lines("文档简介\n为进一步扩大对内对外开放,改善我县投资环境,特制定本办法。\n")
    assert shared_title(lines) is None
    assert shared_title(split_lines("砚山县招商引资优惠政策(试行) (砚发201120 号) 为进一步扩大开放\n")) is None


def test_readers_are_linear() -> None:
    assert_linear(lambda t: made_title(split_lines(t)), lambda n: "制定了《" * (3000 * n) + "\n")
    assert_linear(lambda t: lead_bodies([t], ""), lambda n: "本报讯" * (3000 * n) + "等12个部门")
    # the description's line is read up to its first 300 characters, its lines up to the 80th
    assert_linear(lambda t: shared_title(split_lines(t)), lambda n: "一\n" * (40 * n) + "文档简介\n" + "某规划" * 200)
