"""Round 56 (meta21): a news lead whose bodies and time open its line after a wire's byline, with no comma
(`本報訊 記者黃海報道 福建省委辦公廳、省政府辦公廳近日印發《…》`), names the document the page reports
(``metadata/news.py``, ``_LEAD``): its title stands over the newspaper's name printed under the headline; and a lead
whose time and bodies are parted by a clause (`近日,经省政府同意,省发展改革委印发实施《…》`) or run together with no
comma (`昨日市政府常務會原則通過《…》`) names it too. Sentences are the openings of dev pages (openings19 and earlier
batches), cited by address."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.news import reported_document
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _info(text: str):
    text = normalise(text)
    return extract_document(split_lines(text), text)[0]


def test_lead_after_a_byline_names_the_document() -> None:
    # http://zymeiwanjia.com/wzlm001/247373.htm (福建 2021 林长制, 中國綠色時報's print on a mirror)
    text = ("福建部署全面推行林長制\n\n中國綠色時報\n2021-03-03\n閱讀次數(shù):1972\n閱讀字體 【\n\n"
            "本報訊 記者黃海報道 福建省委辦公廳、省政府辦公廳近日印發(fā)《關于全面推行林長制的實施意見》,"
            "明確到2021年底全面建立林長制,構建黨政同責、屬地負責、部門協(xié)同、源頭治理、全域覆蓋的長效機制。\n\n"
            "        省級設總林長、副總林長,市、縣兩級設林長、副林長。\n")
    assert _info(text).title == "關于全面推行林長制的實施意見"


def test_wire_dateline_lead_names_the_document() -> None:
    # http://www.jiuxingjy.com/gn/news/2007/03-29/902861.shtml (中新网's 2007 item: the title stays)
    text = ("中新網(wǎng)3月29日電 國務(wù)院辦公廳日前印發(fā)《少數民族事業(yè)“十一五”規劃》。"
            "規劃確立了發(fā)展少數民族事業(yè)的指導思想和總體目標。\n"
            "國務(wù)院辦公廳關(guān)于印發(fā)少數民族事業(yè)“十一五”規劃的通知\n國辦發(fā)〔2007〕14號\n")
    found = reported_document(split_lines(normalise(text)))
    assert found is not None and found.bodies[-1].endswith("國務(wù)院辦公廳")  # the byline runs into the body
    assert _info(text).title == "少數民族事業(yè)“十一五”規劃"


def test_headline_lead_opening_its_line_stays() -> None:
    # http://www.shilongwang1.cn/news/2008910/90095.html (湘潭 2008 现代物流业: a headline that is its own lead)
    text = ("湘潭市委、市政府近日出臺(tái)《關(guān)于加快發(fā)展現(xiàn)代物流業(yè)的意見(jiàn)》\n"
            "2008-9-10 15:11:00 來(lái)源:物流天下 編輯:56885\n"
            "為把湘潭打造成“湘中南現(xiàn)代商貿(mào)物流產(chǎn)業(yè)基地”,促進(jìn)湘潭經(jīng)濟(jì)社會(huì)又好又快發(fā)展。\n")
    assert _info(text).title == "關(guān)于加快發(fā)展現(xiàn)代物流業(yè)的意見(jiàn)"


def test_a_comma_free_run_without_a_verb_is_no_lead() -> None:
    # a byline and a sentence with no verb of release name no document (the lead needs 印发/出台/… before 《》)
    text = "本報訊 記者黃海報道 福建省委辦公廳近日研究《林長制》有關事項。\n"
    assert reported_document(split_lines(normalise(text))) is None


def test_lead_opening_its_line_is_linear() -> None:
    def run(text: str) -> None:
        reported_document(split_lines(text))

    assert_linear(run, lambda n: "前言\n" + "某某某某 某某某某近日" * (800 * n) + "印《某方案》\n")
    assert_linear(run, lambda n: "前言\n" + " 某" * (3000 * n) + "近日印发《某方案》\n")


# A clause between the lead's time and its bodies, or no comma after the time


def test_clause_between_time_and_bodies_names_the_document() -> None:
    # http://www.bzsrd.gov.cn/xwdt/mttt/22822404.html (四川日报's 编前语 2022: 经省政府同意, then 印发实施)
    text = ("编前语 为深入贯彻落实党中央、国务院关于新时代支持革命老区振兴发展的决策部署,加快推动我省川陕革命老区振兴发展,"
            "近日,经省政府同意,省发展改革委印发实施《四川省“十四五”川陕革命老区发展规划》。本报今日全文刊发,敬请垂注。\n"
            "目录\n第一章 规划背景\n第一节 发展成效\n")
    assert _info(text).title == "四川省“十四五”川陕革命老区发展规划"


def test_clause_naming_the_body_and_its_manner_of_issue() -> None:
    # http://kjj.shaoyang.gov.cn//sykjj/zlgzz/201207/3682ef9764d64466aef0b6b2e0ac2c36.shtml (洞口 2012: the headline
    # 洞口县出台… rewords the lead's document; 以…文件的形式, then 正式出台)
    text = ("分享到:\n洞口县出台知识产权战略实施意见\n  • 2012-07-19 00:00\n  • 来源:\n"
            "    7月5日,湖南省洞口县人民政府以洞政发〔2012〕23号文件的形式,正式出台《洞口县知识产权战略实施意见》"
            "(以下简称《意见》)。\n"
            "    《意见》根据《国家知识产权战略纲要》、《湖南省知识产权战略实施纲要》精神,确定了定位、目标和主要措施。\n")
    found = reported_document(split_lines(normalise(text)))
    assert found is not None and found.bodies == []  # 正式 is the verb's manner, no body
    assert _info(text).title == "洞口县知识产权战略实施意见"


def test_time_run_into_its_bodies_names_the_document() -> None:
    # http://www.proxinc.com.cn/news/detail/id/34618.html (长江日报 2011 on a mirror: 昨日 with no comma, 原則通過)
    text = ("繼成立市物流局后,昨日市政府常務會原則通過《武漢市現(xiàn)代物流業(yè)發(fā)展“十二五”規劃》,"
            "首次對物流業(yè)的整體發(fā)展出臺專項指導規劃。\n"
            "《規劃》提出總體發(fā)展目標:到2015年基本建成國家物流中心。\n")
    assert _info(text).title == "武漢市現(xiàn)代物流業(yè)發(fā)展“十二五”規劃"


def test_a_clause_of_reported_speech_makes_no_lead() -> None:
    # the round-29 guard kept for the clause (会议强调 in meeting news names no document of the page)
    text = "近日,会议强调,市政府印发《某县科技创新规划》要抓好落实。\n"
    assert reported_document(split_lines(normalise(text))) is None


def test_clause_lead_is_linear() -> None:
    def run(text: str) -> None:
        reported_document(split_lines(text))

    assert_linear(run, lambda n: "前言\n" + "近日,某某某某某某," * (800 * n) + "印《某方案》\n")
    assert_linear(run, lambda n: "前言\n" + "近日" * (2000 * n) + "某某印发《某方案》\n")
