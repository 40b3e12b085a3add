"""The review of round 29's document rules (rev3): regressions on ordinary plans and news, each with the reviewer's
input and a second one of the same shape. Each test fails on the rules as round 29 merged them."""

from __future__ import annotations

from kechuang.extract.metadata.breakdown import divided
from kechuang.extract.metadata.region import region_of
from tests.extract.reading import document_of
from tests.timing import assert_linear


# Finding 2: every title of a sentence searched the whole sentence before it for an order to the units (quadratic).
def test_a_sentence_of_many_divisions_is_read_in_linear_time():
    for clause in ("各部门要围绕《政府工作报告》提出的任务分解如下，", "围绕《政府工作报告》提出的任务分解如下，"):
        assert_linear(divided, lambda n, clause=clause: clause * n, n=5000)


def test_a_breakdowns_notice_of_many_divisions_is_extracted_in_linear_time():
    head = "关于印发某县重点工作任务分解方案的通知\n"
    assert_linear(document_of, lambda n: head + "各部门要围绕《政府工作报告》提出的任务分解如下，" * n, n=2000)


# Finding 7: a progress report that says its units were given their shares divides nothing, whatever ends the sentence.
def test_a_progress_reports_division_of_work_is_no_basis():
    text = ("某县2023年重点工作推进情况的报告\n\n县人民政府\n\n2023年12月20日\n\n"
            "今年以来，我县紧紧围绕《政府工作报告》确定的目标任务，明确责任分工。\n\n一、主要工作\n")
    assert document_of(text)["basis"] == []
    assert divided("今年以来，我县紧紧围绕《政府工作报告》确定的目标任务，明确责任分工。") == []
    assert divided("各单位围绕《县政府工作报告》提出的重点工作，细化任务分工：") == []
    assert divided("全县上下紧扣《政府工作报告》明确的年度任务，层层压实分解") == []
    # the act of dividing still names the report (汉阳 2019, 湖南 2014, 西安 2022 in test_metadata_round29.py)
    assert divided("现将《政府工作报告》确定的重点工作任务分工如下:") == ["政府工作报告"]


# Finding 6: a 乡 before a village word (村庄, 村级, 村民…) ends a township's name; only 乡村 the countryside does not.
def test_a_township_before_a_village_word_stays_the_region():
    assert region_of("平阳县凤卧乡村庄规划（2021-2035年）") == "凤卧乡"
    assert region_of("某县大石乡村级组织建设方案") == "大石乡"
    assert region_of("文成县黄坦乡村庄规划(2021—2035年)") == "黄坦乡"
    assert region_of("某县龙口乡村民委员会换届选举工作方案") == "龙口乡"
    assert document_of("平阳县凤卧乡村庄规划（2021-2035年）\n\n第一章 总则\n")["region"] == "凤卧乡"
    # the countryside still names no township (江西 2024 on szgan, round 29), nor does 乡村民宿
    assert region_of("江西省智慧广电乡村工程建设实施方案") == "江西省"
    assert region_of("某县智慧农业乡村民宿发展规划") == "某县"


# Finding 10: a site's 本站发布日期 dates its copy, as its 本站发布时间 does.
def test_a_sites_posting_date_dates_nodocument_of():
    for stamp in ("本站发布日期：2024-07-16", "作者:县政府办 本站发布日期:2023年5月8日 收藏"):
        text = f"某县关于印发科技创新方案的通知\n\n{stamp}\n\n各乡镇:\n\n现将方案印发给你们。\n"
        assert document_of(text)["date"] is None, stamp
    # a page's own 发布日期 still dates it
    assert document_of("某县关于印发科技创新方案的通知\n\n发布日期：2024-07-16\n\n各乡镇:\n\n现将方案印发给你们。\n")["date"] \
        == "2024-07-16"


# Finding 5: meeting news that mentions a document in a reported speech names no document of its own; the page's
# stamp still dates it and a body's order (要按照…) still names its basis.
_MEETING = "{}\n\n来源：县融媒体中心 发布时间：2024-05-20\n\n{}\n"


def test_a_speech_in_meeting_news_reports_nodocument_of():
    for headline, body in (
            ("某县召开乡村振兴工作会议", "会议指出,市委市政府日前发出《关于开展科技特派员工作的通知》,各单位要认真贯彻。"),
            ("某市召开科技创新大会", "全市科技创新大会召开,市长在讲话中指出,国务院12日批复《某地区发展规划》,各地要抓好落实。"),
            ("某市召开科技创新大会", "全市科技创新大会召开,市长在讲话中指出,市政府12日印发《某市科技创新行动方案》,各地要抓好落实。"),
            ("某县召开营商环境推进会", "县长在会上强调,省政府近日印发《优化营商环境条例实施细则》,各部门要对标落实。"),
            ("某县召开人才工作会议", "会上,县委书记表示,日前,市委组织部下发《关于加强人才引进的若干措施》,全县要抓好落实。")):
        doc = document_of(_MEETING.format(headline, body))
        # a news item is titled by its headline (openings/DECISIONS.md, openings7's second part: 盐城 2023's
        # `我市召开…动员部署会`, 临渭 2017; round 38b reads the headline over a `来源:… 发布时间:…` line): the speech's
        # document is never the page's
        spoken = body[body.index("《") + 1:body.index("》")]
        assert (doc["title"], doc["date"]) == (headline, "2024-05-20") and spoken not in str(doc["title"]), body


def test_an_order_in_meeting_news_keeps_its_basis():
    for verb in ("下发", "印发"):
        body = f"全市科技创新大会召开,会议强调,要按照省委近日{verb}《关于加强科技创新的意见》的要求抓好落实。"
        doc = document_of(_MEETING.format("某市召开科技创新大会", body))
        assert (doc["title"], doc["region"], doc["basis"]) == ("某市召开科技创新大会", None, ["关于加强科技创新的意见"]), verb
    # a report's lead after a reporter's source or a purpose clause still names the document (sannzx 2009, 民政部 2023)
    doc = document_of(_MEETING.format("国务院正式批复鄱阳湖生态经济区规划",
                                    "记者从江西省人民政府获悉,国务院12日正式批复《鄱阳湖生态经济区规划》,建设鄱阳湖生态经济区上升为国家战略。"))
    assert doc["title"] == "鄱阳湖生态经济区规划"
    doc = document_of(_MEETING.format("某市出台科技创新政策",
                                    "为落实省委提出的要求,近日,市政府印发《某市科技创新行动方案》,推动全市科技创新。"))
    assert doc["title"] == "某市科技创新行动方案"
