"""The review of round 29's document rules (rev3): regressions on ordinary plans and news, each with the reviewer's
input and a second one of the same shape. Each test fails on the rules as round 29 merged them."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.metadata.breakdown import divided
from tests.extract.timing import assert_linear


def _document(text: str) -> dict:
    return extract_text(text).document.__dict__


# Finding 2: every title of a sentence searched the whole sentence before it for an order to the units (quadratic).
def test_a_sentence_of_many_divisions_is_read_in_linear_time():
    for clause in ("各部门要围绕《政府工作报告》提出的任务分解如下，", "围绕《政府工作报告》提出的任务分解如下，"):
        assert_linear(divided, lambda n, clause=clause: clause * n, n=5000)


def test_a_breakdowns_notice_of_many_divisions_is_extracted_in_linear_time():
    head = "关于印发某县重点工作任务分解方案的通知\n"
    assert_linear(_document, lambda n: head + "各部门要围绕《政府工作报告》提出的任务分解如下，" * n, n=2000)


# Finding 7: a progress report that says its units were given their shares divides nothing, whatever ends the sentence.
def test_a_progress_reports_division_of_work_is_no_basis():
    text = ("某县2023年重点工作推进情况的报告\n\n县人民政府\n\n2023年12月20日\n\n"
            "今年以来，我县紧紧围绕《政府工作报告》确定的目标任务，明确责任分工。\n\n一、主要工作\n")
    assert _document(text)["basis"] == []
    assert divided("今年以来，我县紧紧围绕《政府工作报告》确定的目标任务，明确责任分工。") == []
    assert divided("各单位围绕《县政府工作报告》提出的重点工作，细化任务分工：") == []
    assert divided("全县上下紧扣《政府工作报告》明确的年度任务，层层压实分解") == []
    # the act of dividing still names the report (汉阳 2019, 湖南 2014, 西安 2022 in test_metadata_round29.py)
    assert divided("现将《政府工作报告》确定的重点工作任务分工如下:") == ["政府工作报告"]
