"""Round 56 (meta21): a news lead whose bodies and time open its line after a wire's byline, with no comma
(`本報訊 記者黃海報道 福建省委辦公廳、省政府辦公廳近日印發《…》`), names the document the page reports
(``metadata/news.py``, ``_LEAD``): its title stands over the newspaper's name printed under the headline. Sentences are
the openings of dev pages (openings19 and earlier batches), cited by address."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.news import reported_document
from kechuang.text.normalise import normalise

from .timing import assert_linear


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
