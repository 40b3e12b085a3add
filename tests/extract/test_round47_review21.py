"""Review 21 (/work/prompts/s22/rev21-findings.md) of round 47: each finding's repro and the common variants it names.
Probe sentences are the reviewer's, built from the shapes of the dev pages cited in round 47's tests (信阳 2018's run-on
notice, 吉林 2016's 哈长城市群, the news leads of 宁夏 2019 / 广东 2024 …); each test failed on main (d9d40279) before
its fix."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.signed_inline import inline_signers
from tests.extract.reading import document_of


def _targets(text: str, plan_year: int | None = 2023) -> list[tuple]:
    return [(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# F1: a run-on signature followed by the plan's title opening with a year, an attachment's number or a comma signs the
# notice (信阳 2018's shape); the next row's number of a flattened task table still marks a deadline (review 20, F3).
_NOTICE = ("关于印发2018年全市科技工作要点的通知 各县区人民政府：现将《2018年全市科技工作要点》印发给你们，请认真贯彻执行。"
           " 信阳市人民政府 2018年3月1日{after}")


@pytest.mark.parametrize("after", [" 2018年全市科技工作要点 一、总体要求 坚持创新驱动。", " 1 科技创新实施方案 一、总体要求",
                                   "，科技创新实施方案 一、总体要求", "  2023年度工作方案"])
def test_a_signature_before_a_year_title_or_a_number_signs(after):
    doc = document_of(_NOTICE.format(after=after))
    assert (doc["issuer"], doc["region"]) == (["信阳市人民政府"], "信阳市")


@pytest.mark.parametrize("text", [
    "1 制定科技创新实施方案。 县科技局 2023年6月30日 2 建立科技型企业培育台账。\n",
    "1.制定科技创新实施方案。 县科技局 2023年6月30日 2.建立科技型企业培育台账。\n",
    "1.制定科技创新实施方案。 县科技局 2023年6月30日，2.建立科技型企业培育台账。\n",
    "1.制定科技创新实施方案。 县科技局 2023年6月30日，12、建立科技型企业培育台账。\n",
    "1.制定科技创新实施方案。 县科技局 2023年6月30日，完成。\n",
    "1.制定科技创新实施方案。 县科技局 2023年6月30日前完成。\n",
])
def test_the_next_rows_number_still_marks_a_deadline(text):
    assert inline_signers(split_lines(text)) == []


# F2: a city whose name ends in 城 keeps its 市 before any word opening with 群; only a cluster's 城市群 is no place.
@pytest.mark.parametrize(("title", "region"), [
    ("盐城市群团改革实施方案", "盐城市"), ("运城市群防群治工作实施方案", "运城市"), ("聊城市群体性事件应急预案", "聊城市"),
    ("晋城市群众体育发展规划", "晋城市"), ("山东省聊城市群团组织建设方案", "聊城市"),
    ("吉林省人民政府关于印发哈长城市群发展规划吉林省实施方案的通知", "吉林省"),
])
def test_a_city_ending_in_cheng_keeps_its_shi_before_qun(title, region):
    assert document_of(f"{title}\n\n一、总体要求\n坚持党的领导。\n")["region"] == region
