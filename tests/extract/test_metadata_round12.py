"""Round-12 document readers, checked on held-out openings of hosts the corpus does not hold
(tests/fixtures/heldout/openings.yaml, entries marked ``round: 12``, each with its address), annotated by hand
before the extractor was run on them. Their first score, before any rule was written from them, was document
F1 0.876 (P 0.968, R 0.800) on 19 pages; the gate below is the figure the rules reach now. Each mechanism rests on
real sentences of at least two documents, named in its test."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.basis import basis_of
from kechuang.extract.metadata.region import is_national
from kechuang.text.chrome import is_chrome_line
from kechuang.text.normalise import normalise
from tests.extract.test_metadata_round11 import _score

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HELD_OUT = [c for c in yaml.safe_load((FIXTURES / "heldout" / "openings.yaml").read_text("utf-8"))
            if c.get("round") == 12]
ROUND_11 = [c for c in yaml.safe_load((FIXTURES / "heldout" / "openings.yaml").read_text("utf-8"))
            if c.get("round") == 11]


def _held_out(host: str):
    case = next(c for c in HELD_OUT if host in c["address"])
    return extract_text(case["text"]).document, case["document"]


def test_round12_held_out_openings_are_new_hosts():
    assert len(HELD_OUT) >= 15
    assert all(c["address"].startswith("http") and c["document"] for c in HELD_OUT)
    hosts = {c["address"].split("/")[2] for c in HELD_OUT}
    assert len(hosts) == len(HELD_OUT)
    corpus = {json.loads(p.read_text("utf-8"))["source"].split("/")[2]
              for p in (FIXTURES / "real" / "openings").glob("*.json")}
    earlier = {c["address"].split("/")[2] for c in yaml.safe_load((FIXTURES / "heldout" / "openings.yaml")
                                                                   .read_text("utf-8")) if c.get("round") != 12}
    assert not hosts & (corpus | earlier)


def test_round12_held_out_openings_document_f1():
    assert _score(HELD_OUT).f1 >= 0.973


# Round 12b: eleven more new hosts, annotated after round 12's rules were written and scored once with them before any
# change: 0.904 (P 0.963, R 0.852), as main's rules of the session's start score them — this round's rules neither
# helped nor hurt on text they were not written from. One rule written from them since (a date alone in brackets under
# the title, with a dev page): 0.9138. The audit of 2026-12-02 (tests/fixtures/real/AUDIT.md) corrected one gold of
# this list: 江西 赣府发〔2009〕5号 says it `全面实施《中华人民共和国就业促进法》` in its statement of purpose, a basis by the
# spec ("the documents it says it implements") and DECISIONS.md; no rule reads 全面实施, so the figure is 0.9060 (53 of 55
# predicted, 62 gold): the gate follows the gold, not a change of rules.
FRESH = [c for c in yaml.safe_load((FIXTURES / "heldout" / "openings.yaml").read_text("utf-8"))
         if c.get("round") == "12b"]


def test_round12b_fresh_openings_of_new_hosts():
    assert len(FRESH) >= 10
    hosts = {c["address"].split("/")[2] for c in FRESH}
    corpus = {json.loads(p.read_text("utf-8"))["source"].split("/")[2]
              for p in (FIXTURES / "real" / "openings").glob("*.json")}
    assert len(hosts) == len(FRESH) and not hosts & (corpus | {c["address"].split("/")[2] for c in HELD_OUT})
    assert _score(FRESH).f1 >= 0.905


def test_round11_held_out_openings_hold():
    assert _score(ROUND_11).f1 >= 0.91


# A line that is only an address, or a label and an address, is the page's (dev: cn-guowuyuan-jyckr2025 prints
# https://www.gov.cn/ under its EN link; held out: shandong-chorography.org prints Original URL: http://lib.sdsqw.cn/…
# between 潍坊市人民政府令 and 第77号): the order's name and its number are read across it.
def test_an_address_line_is_page_furniture_and_an_order_reads_across_it():
    assert is_chrome_line("https://www.gov.cn/")
    assert is_chrome_line("Original URL: http://lib.sdsqw.cn/bin/mse.exe?seachword=&K=d70&A=12&rec=202&run=13")
    assert not is_chrome_line("根据http://www.gov.cn/公布的目录,制定本办法。")
    got, gold = _held_out("shandong-chorography.org")
    assert (got.doc_number, got.issuer) == (gold["doc_number"], gold["issuer"])


# Joint documents sign one or two bodies a line, and the block may run past four lines (dev: 天津 2006 高企认定,
# 天津市科学技术委员会 / 天津市财政局 / 天津市国家税务局 / 天津市地方税务局 over 二00六年七月二十四日; held out:
# tastyfever.com 长三角 2020 秋冬季攻坚, fourteen bodies two a line on seven lines over 2020年10月30日).
def test_a_signature_block_of_seven_lines():
    got, gold = _held_out("tastyfever.com")
    assert got.issuer == gold["issuer"]
    pairs = ["科技局 财政局", "教育局 民政局", "商务局 林业局", "水利局 审计局", "体育局 统计局", "医保局 信访局"]
    text = "现将《某方案》印发给你们。\n" + "\n".join(" ".join(f"甲市{o}" for o in p.split()) for p in pairs)
    assert len(extract_text(text + "\n2020年1月2日\n").document.issuer) == 12


# Only the central government has 部 (a province has 厅, a city 局): a 部 that names no place and is no party
# committee's department is national (held out: gybngg.com 农业部办公厅 signs 2017年农业科教环能工作要点; a law
# library's 铁道部 1990 集装化用具准运证管理办法 found by the same search), beside the listed ministries.
def test_a_ministry_is_national_by_its_level():
    assert is_national("农业部办公厅") and is_national("铁道部") and is_national("國土資源部")
    assert not any(map(is_national, ["县委组织部", "组织部", "人武部", "某某县武装部", "省国资委", "市财政局"]))
    # a firm's, a project's or a school's 部 names no ministry (review: XX集团工程部 read as 全国)
    assert not any(map(is_national, ["某某集团工程部", "项目部", "某某公司财务部", "某某学院教务部"]))
    got, gold = _held_out("gybngg.com")
    assert got.region == gold["region"] == "全国"


# A date the page printed run together, with no signer above it (the seal's image lost), right under the notice's last
# sentence signs the notice; it wins over a 成文日期 field that disagrees, as a signature date does (dev: 阿勒泰 2019
# …请认真抓好贯彻落实。 over 2019109; 赣州 2015 …认真组织实施。 over 2015917; held out: gzlps.gov.cn 六盘水 2020
# …请认真贯彻执行。 over 2020928, 成文日期 2020-10-15).
def test_a_run_together_date_with_no_signer_under_the_notice():
    got, gold = _held_out("gzlps.gov.cn")
    assert got.date == gold["date"] == "2020-09-28"
    assert extract_text("现将《某县方案》印发给你们,请认真执行。\n\n2021106\n某县方案\n").document.date == "2021-10-06"
    assert extract_text("目录\n2021106\n某县方案\n").document.date is None  # not under a sentence


# A notice that issues no plan names its basis in its own opening sentence, after the line naming whom it addresses,
# with the page's field rows before that line (dev: 德阳 2020 索引号 / 公文种类 / … / 各县(市、区)人民政府,…市级相关部门:
# then 根据德阳市人民政府办公室《关于下达…的通知》…; held out: dinghai.gov.cn 舟山市定海区经济和信息化局: then the
# basis sentence); and that sentence may state its purpose first (held out: dinghai.gov.cn 为鼓励企业加大研发力度,支持
# 企业科技创新,根据《…》、《…》和《…》文件精神,现将…下达给你单位; gzicc.cn 广东省科学技术厅 2018 为规范中央引导地方科技
# 发展专项资金管理,提高专项资金使用效益,根据《财政部 / 科技部关于印发〈…〉的通知》…的有关规定,…现予以印发).
def test_a_covering_sentence_with_its_purpose_before_its_basis():
    got, gold = _held_out("dinghai.gov.cn")
    assert got.basis == gold["basis"]
    lines = split_lines(normalise(
        "各地级以上市科技局(委),各有关单位:\n为规范中央引导地方科技发展专项资金管理,提高专项资金使用效益,根据《财政部\n"
        "科技部关于印发〈中央引导地方科技发展专项资金管理办法〉的通知》(财教〔2016〕81号)的有关规定,结合我省实际,"
        "省财政厅、省科技厅制定了《广东省中央引导地方科技发展专项资金管理细则》,现予以印发,请遵照执行。\n"))
    assert basis_of([], [], lines[1:]) == ["财政部科技部关于印发〈中央引导地方科技发展专项资金管理办法〉的通知"]
    # a sentence whose basis comes after something other than its purpose is no covering basis
    other = split_lines(normalise("会议指出,要根据《某某办法》抓好落实。\n"))
    assert basis_of([], [], other) == []


def test_the_opening_sentence_after_the_addressees_and_the_field_rows():
    text = ("某市人民政府办公室关于公布2019年度考核结果的通报\n索  引  号: 510600-2020-001718\n公文种类:通报\n"
            "文       号:某办函〔2020〕16号\n\n各县(市、区)人民政府,市级相关部门:\n\n2019年,全市工业经济稳中有进。\n\n"
            "根据某市人民政府办公室《关于下达2019年工作目标任务的通知》,现将考核结果通报如下。\n")
    assert extract_text(text).document.basis == ["关于下达2019年工作目标任务的通知"]


# A report dates itself by the meeting it was delivered at, in brackets under its title, as a work report does (dev:
# 拱墅 2019 (2019116日在拱墅区第七届人民代表大会…), its date lost, stays null; held out: cqrd.gov.cn 重庆 2018
# (2018年9月27日在市五届人大常委会第五次会议上)), beside the brackets of an adoption ((…全体会议通过), 天津 2016).
def test_a_report_dated_by_the_meeting_it_was_delivered_at():
    got, gold = _held_out("cqrd.gov.cn")
    assert got.date == gold["date"] == "2018-09-27"
    head = "某市人民政府关于某项工作情况的报告\n({})\n市人大常委会:\n"
    assert extract_text(head.format("2019年3月5日在市人大常委会第十次会议上")).document.date == "2019-03-05"
    assert extract_text(head.format("2019116日在市人大常委会第十次会议上")).document.date is None


# A line holding a full stop is no part of a title above the plan's own line: a mirror's mojibake of (此件公开发布)
# (held out: zhongmujiang.cn ?。ù思_(kāi)發(fā)布) over 關(guān)于在公共服務(wù)領(lǐng)域…的指導意見(jiàn)), its garbled bracket opening
# other lines the same way (dev: 广东 2016 ?。ㄒ唬┛傮w目標。, 广州 2006 ?。ǘ┩七M(jìn)東部石化基地…).
def test_a_line_with_a_full_stop_is_no_part_of_a_title():
    got, gold = _held_out("zhongmujiang.cn")
    assert got.title == "".join(gold["title"].split())  # the mirror's stray space inside a reading, (huì ), dropped
    assert extract_text("现印发给你们。\n?。ù思_发布)\n某县科技创新行动方案\n一、总体要求\n").document.title == "某县科技创新行动方案"


# A date printed where the document dates itself but with no reading is no date, and the page's publishing date does
# not stand in for it (openings/DECISIONS.md): a work report's congress line whose date lost its 年月 (dev: 拱墅 2019
# (2019116日在拱墅区第七届人民代表大会第三次会议上), 生成日期 2019-01-18 on the page), as a partial signature date (dev:
# 西城 2016 二〇一六年一月) and a run-together one with two readings (dev: 汉阳 2019 2019114) give null.
def test_a_lost_delivery_date_is_no_date():
    head = "发布日期:2019-01-18\n政府工作报告\n({}在某某区第七届人民代表大会第三次会议上)\n各位代表:\n"
    assert extract_text(head.format("2019116日")).document.date is None
    assert extract_text(head.format("2019年1月16日")).document.date == "2019-01-16"


# Decided this round (the spec leaves it open): a page's 来源 field names where the page took the text from, not who
# issues it — a portal (岳阳 2017 来源:岳阳市政府门户网), a ministry's division that signs nothing (长春 2024 科技部's
# notice, 来源:创新体系与政策法规处, signed 科技部), a newspaper or nothing (held out: tastyfever.com 来源: 网, signed by
# fourteen bodies). The spec's issuer is the body that issues the document; so 来源 never gives it, and a page with
# nothing else printed as issuer has none (as a site naming itself has none, openings/DECISIONS.md).
def test_the_source_field_names_no_issuer():
    assert extract_text("某县科技创新行动方案\n来源:某县科技局 发布时间:2023-01-01\n一、总体要求\n").document.issuer == []
    got, gold = _held_out("tastyfever.com")
    assert got.issuer == gold["issuer"] and "网" not in got.issuer


# A page's opening cut before the plan's first heading: the paragraph under the plan's title is its preamble, blank
# lines between or not (dev: 广州 2016 科学素质, right under it; 蒙城 2023 为贯彻落实《安徽省…行动方案》(皖政〔2022〕64 号)
# 和《亳州…, three blank lines under 蒙城县落实…实施方案 and cut mid-sentence).
def test_the_paragraph_under_the_title_with_blank_lines_between():
    text = ("某县科技创新行动方案\n\n \n\n为贯彻落实《某省科技创新行动方案》(某政〔2022〕64 号)和《某市人民政府关于贯彻〈某省"
            "科技创新行动方案〉")
    assert extract_text(text).document.basis == ["某省科技创新行动方案"]


# The sentence that issues the plan read in simplified characters on a traditional page (dev: 青島 2023
# 《青島市深化新舊(jiù)動能轉換…2023年重點工(gōng)作任務》已經市政府同意,現印發給你們; held out: ejntfnq.cn 牡丹江 2018
# ??經市政府同意,現將《牡丹江市防治慢性病中長期規劃(2018—2025年)》印發給你們): the plan's title as printed, its
# signer read with it.
def test_the_issuing_sentence_of_a_traditional_page():
    got, gold = _held_out("ejntfnq.cn")
    assert (got.title, got.issuer, got.region) == (gold["title"], gold["issuer"], gold["region"])
    text = "《某縣科技創新行動計劃(2023—2025年)》已經縣政府同意,現印發給你們。\n某縣人民政府辦公室\n2023年5月4日\n"
    assert extract_text(text).document.title == "某縣科技創新行動計劃(2023—2025年)"


# A date alone in brackets on the line under a document's title dates it (dev: 东乌旗 2022 work report (2022年1月5日);
# round 12b: suyor.com.cn 中共中央辦公廳國務院辦公廳關于加快建設統一開放的交通運輸市場的意見 over (2024年12月12日)), as
# the brackets of an adoption or a delivery do.
def test_a_date_alone_in_brackets_under_the_title():
    case = next(c for c in FRESH if "suyor.com.cn" in c["address"])
    assert extract_text(case["text"]).document.date == case["document"]["date"] == "2024-12-12"
    assert extract_text("某市关于加快建设统一市场的意见\n(2024年12月12日)\n为深化改革,现提出如下意见。\n").document.date \
        == "2024-12-12"
