"""The third review's findings on the night's metadata rules (openings4), each a probe that failed before its fix.

The probes are the reviewer's: the shapes the rules were written from, printed in places where they must not apply
(a draft named as a notice's basis, an instruction word inside 主要, a portal's header lines, a reply listed under a
plan's title, a news lead about another document, a city's 市场监管局).
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.metadata.region import region_of


def _document(text: str):
    return extract_text(text).document


# 1. A draft named in the text is no title when the page prints its own heading, when the text works from it, or when
# the page reports on its comments.
@pytest.mark.parametrize(("text", "title"), [
    pytest.param("关于开展2024年科技特派员选派工作的通知-青田县人民政府\n各乡镇人民政府,县直各单位:\n"
                 "根据《青田县科技特派员管理办法(征求意见稿)》,现就有关事项通知如下。\n",
                 "关于开展2024年科技特派员选派工作的通知", id="own-heading-first"),
    pytest.param("某县2024年科技工作要点-某县科学技术局\n各单位要对照《某县“十四五”科技创新规划(草案)》,抓好落实。\n",
                 "某县2024年科技工作要点", id="work-points-heading"),
    pytest.param("根据《某县科技创新发展纲要(草案)》,制定本方案。\n", None, id="draft-as-basis"),
    pytest.param("关于《某县科技创新规划(征求意见稿)》公开征求意见采纳情况的说明-某县人民政府\n现将采纳情况说明如下。\n",
                 None, id="feedback-page"),
    # the shape the rule was written from still reads (虹口 2015, shhk.gov.cn)
    pytest.param("本区初步形成了《虹口区养老设施布局专项规划》(征询意见稿),现予公示。\n", "虹口区养老设施布局专项规划",
                 id="news-of-a-draft"),
])
def test_a_draft_named_in_the_text(text, title):
    assert _document(text).title == title


# 2. 主要依据/主要根据/需要依据 name the document's basis; only 各…要按照 instructs the units.
@pytest.mark.parametrize(("sentence", "basis"), [
    ("本规划主要依据《中华人民共和国促进科技成果转化法》《浙江省科技创新条例》编制,规划期为2021-2025年。",
     ["中华人民共和国促进科技成果转化法", "浙江省科技创新条例"]),
    ("本规划主要根据《某市科技创新规划》和《某县国民经济和社会发展第十四个五年规划纲要》编制。",
     ["某市科技创新规划", "某县国民经济和社会发展第十四个五年规划纲要"]),
    ("本方案编制需要依据《某市科技创新规划》,结合实际制定。", ["某市科技创新规划"]),
    ("各地区、各部门要按照《某市科技创新规划》部署要求,抓好落实。", []),
])
def test_basis_after_a_word_ending_in_yao(sentence, basis):
    assert _document(f"某县科技创新规划\n{sentence}\n").basis == basis


# 3. A portal's header lines (one body a line) name no issuer of a plan or over the addressees; bodies sharing one
# line over the addressees still issue the covering notice.
@pytest.mark.parametrize(("text", "issuer"), [
    ("某县人民政府\n某县发展和改革局\n\n某县科技创新行动方案\n为加快科技创新,制定本方案。\n", []),
    ("某县人民政府门户网站\n某县人民政府\n某县科学技术局\n各乡镇人民政府,县直有关单位:\n为加快科技创新,制定本方案。\n", []),
    ("某县人民政府 某县科学技术局\n各乡镇人民政府,县直有关单位:\n现将《某县科技创新行动方案》印发给你们,请认真贯彻落实。\n",
     ["某县人民政府", "某县科学技术局"]),
])
def test_letterhead_shapes(text, issuer):
    assert _document(text).issuer == issuer


# 4. A reply to the plan listed under its title is another document.
def test_a_reply_under_the_title_is_no_fuller_title():
    text = ("某县科技创新行动方案(2023-2025年)\n发布日期:2023-05-01\n"
            "某市人民政府关于某县科技创新行动方案(2023-2025年)的批复\n某县人民政府:\n")
    assert _document(text).title == "某县科技创新行动方案(2023-2025年)"


# 5. A lead with a verb other than 印发 that names another document makes no news item; 发布会 publishes nothing.
def test_a_lead_about_another_document():
    text = "科技创新工作要点\n近日,国务院公布《关于加快推动科技成果转化的意见》。为贯彻落实该意见,结合我县实际,制定本要点。\n"
    assert _document(text).region is None


def test_a_lead_about_the_work_report_keeps_the_date():
    text = ("某县2023年重点工作任务分解方案\n发布日期:2023-03-10\n"
            "3月1日,县十八届人大三次会议审议通过《政府工作报告》,为抓好落实,制定本方案。\n")
    document = _document(text)
    assert (document.date, document.basis) == ("2023-03-10", ["政府工作报告"])


def test_a_launch_meeting_is_no_publication():
    assert _document("近日,《某县科技创新规划》发布会在县政府召开\n").title is None


# 6. 市场监管局 after a city's name: the 市 ends the city's name.
@pytest.mark.parametrize(("title", "region"), [
    ("深圳市场监管局关于加快科技创新的通知", "深圳市"),
    ("北京市场监管局关于加快科技创新的通知", "北京市"),
])
def test_a_citys_market_regulator(title, region):
    assert region_of(title) == region
    assert _document(f"{title}\n各单位:\n").region == region


# 7. The places above a title's own, printed on the line above it, open the title (as before the placed-title rule).
def test_the_places_above_a_placed_title():
    text = "青海省海东市\n乐都区2023年科技创新实施方案\n为加快科技创新,制定本方案。\n"
    assert _document(text).title == "青海省海东市乐都区2023年科技创新实施方案"
    # a masthead that repeats the title's own place is no part of it
    assert _document("深圳市\n深圳市2023年科技创新实施方案\n为加快科技创新,制定本方案。\n").title == "深圳市2023年科技创新实施方案"
