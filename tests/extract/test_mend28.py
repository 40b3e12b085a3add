"""Mend 28: review 27's open findings (docs/extraction.md, "Review 27"), each mended alone.

The texts are written in the shape the review printed for each finding (its probes), as it says where no dev page
holds the shape; each test failed on main 33b70c18."""

from __future__ import annotations

import json

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.central_issue import issued_centrally
from kechuang.extract.targets.letter_units import letter_unit_fits


def _values(text: str, title: str) -> set[tuple[float, str | None]]:
    return {(t.value, t.unit) for t in extract_text(text, title=title).targets}


# F5: 显示 alone is a report's phrase, not a picture's word; 智能计算 is a word of computing power (written in the
# shape of 长春 2024's `算力规模力争达到3000P`, dev, with a report's lead)
def test_a_report_lead_with_xianshi_keeps_the_petaflops() -> None:
    # the unit alone: the whole text is a cueless report (数据显示 marks one) and keeps no target either way
    text = "数据显示,全市数据中心规模达到300P。"
    at = text.index("300")
    assert letter_unit_fits("P", text, at, at + 4)


def test_intelligent_computing_is_a_computing_word() -> None:
    text = "建设视频图像智能计算中心,规模达到300P。"
    at = text.index("300")
    assert letter_unit_fits("P", text, at, at + 4)


def test_a_display_is_still_a_picture_word() -> None:
    text = "显示器分辨率不低于1080P。"
    at = text.index("1080")
    assert not letter_unit_fits("P", text, at, at + 5)


def _document(text: str) -> dict:
    return json.loads(extract_text(text).to_json(include_text=False))["document"]


# F3: a cover's imprint names the issuer only when it is a body of government or of the party; a drafter printed
# the same way over the month (written in review 27's shape of 鄂托克旗 2021's cover, dev's imprint page) issues nothing
def test_a_drafting_institute_over_the_month_is_no_issuer() -> None:
    doc = _document("科技创新发展规划\n(2021—2035年)\n中国城市规划设计研究院\n二〇二一年十二月\n\n一、总体要求\n")
    assert doc["issuer"] == [] and doc["region"] is None


def test_a_government_over_the_month_still_issues() -> None:
    doc = _document("鄂托克旗国民经济和社会发展\n第十四个五年规划\n鄂托克旗人民政府\n2021年12月\n\n一、总体要求\n")
    assert doc["issuer"] == ["鄂托克旗人民政府"]


# F4: a local body named under a national one, or a page speaking as a place, is no central issue; 国务院 and
# 中共中央、国务院 issue bare (written in the shapes review 27 printed, after 衡东 2022's background, a county plan
# telling the state's documents, and 人民网 2021's `水利部近日联合8部门印发《…》`)
def test_a_county_tax_bureau_named_under_the_state_is_local() -> None:
    doc = _document("关于印发科技创新实施方案的通知\n近日,国家税务总局某某县税务局印发《纳税服务提升方案》。\n")
    assert doc["region"] != "全国"


def test_a_national_high_tech_zone_is_local() -> None:
    doc = _document("关于印发科技创新实施方案的通知\n近日,国家高新区管委会印发了《科技创新行动方案》。\n")
    assert doc["region"] != "全国"


def test_a_page_speaking_as_a_county_tells_the_states_document() -> None:
    doc = _document("科技创新发展规划\n近年来,国务院办公厅印发《关于推动创新的意见》,为我县科技创新指明了方向。\n")
    assert doc["region"] != "全国"


def test_the_state_council_issues_bare() -> None:
    assert issued_centrally(split_lines("近日,国务院印发《关于推动创新的意见》。"))
    assert issued_centrally(split_lines("近日,中共中央、国务院印发《关于推动创新的意见》。"))
    assert issued_centrally(split_lines("近日,国务院办公厅印发《关于推动创新的意见》。"))


# F2: 了 after a verb of deciding or showing (a plan's preamble) is no thing done. Written in the shape of 始兴 2021's
# list of 民生实事 (gdsx.gov.cn/xwdt/sxyw/content/post_1933764.html, dev: `…从12件候选民生项目中选出了…十大民生实事
# 项目`, `充分体现了民意`), as review 27 printed it
def test_a_preamble_that_shows_keeps_its_list() -> None:
    text = ("县委县政府决定办好以下民生实事,充分体现了以人民为中心的发展思想。\n1.改造老旧小区12个。\n"
            "2.硬化农村公路50公里。\n3.免费体检1.2万人次。\n")
    found = _values(text, "某县2021年民生实事")
    assert {(12, "个"), (50, "公里"), (1.2, "万人次")} <= found


def test_a_preamble_that_chooses_keeps_its_list() -> None:
    text = "经过广泛征求意见,从12件候选项目中选出了十大民生实事项目。\n1.改造老旧小区12个。\n2.硬化农村公路50公里。\n"
    assert (50, "公里") in _values(text, "某县2021年民生实事")


def test_a_thing_done_still_marks_a_report() -> None:
    # round 62's own text (review 17's F4 with 了): the status is a report, the new work a task
    found = _values("全市建成了学校20所。新建学校10所。", "某县民生实事")
    assert (10, "所") in found and (20, "所") not in found
