"""rev49 (review of yr65, sibling_items.py): a label that ends with a verb of saying (`会议指出:`, `《方案》明确:`) opens a
reported statement, the lead of the goals it quotes, not the topic of one item of a list: the year it states goes on
to the next reported paragraph (`会议强调:…`), as it does when the page prints a comma instead of the colon.

Dev pages of two places print such labels as the lead of a dated list of goals:
- `《規劃》明確指出:到2025年,我市單位地區生產總值能源消耗降低累計14.5%,…` (泸州 2022 生态环境保护 十四五,
  http://www.yfdsyc.com/p/81914.html);
- `《方案》明确:到2027年,工业、农业、建筑…设备投资规模较2023年增长28%以上;…` (山亭 2024 设备更新,
  https://m.xwboo.com/news/detail-157215.html).
The follow-up paragraphs below are written for the review. yr65's topic labels stay items (兰州 国土空间
`耕地和永久基本农田保护红线:到 2035 年,…` does not date `生态保护红线:划定…`: tests/extract/test_yr65_item_years.py)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.sibling_items import item_mark


def _years(text):
    return {t.value: t.year for t in extract_text(text, plan_year=2023).targets}


def test_a_reported_statement_passes_its_year_on():
    text = ("全市科技创新大会召开\n\n会议指出:到2025年,全市研发经费投入强度达到2.5%。\n\n"
            "会议强调:高新技术企业数量达到500家以上。\n")
    assert _years(text) == {2.5: 2025, 500: 2025}


def test_speech_labels_are_no_items_topic_labels_are():
    assert item_mark("《規劃》明確指出:到2025年,我市單位地區生產總值能源消耗降低累計14.5%") is None
    assert item_mark("《方案》明确:到2027年,工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模较2023年增长28%以上") is None
    assert item_mark("生态保护红线:划定生态保护红线面积 1226.85 平方千米") == "label"
