"""A responsibility label read by its grammar (``label_words``), not by a list of compounds (labels41).

A label is an optional qualifier (主要, 具体, 市级…), a role word that decides the role (牵头 → lead, 协同/配合 →
cooperating, 责任/负责 → responsible), an optional link word (责任, 负责, or a verb: 落实, 推进, 实施, 考核…) and a unit
noun. The grammar rests on the dev compounds of different places, read before as list entries and pinned here:

- 牵头责任单位 / 协同责任单位 lines: 安徽 2021 重点工作 分解 (dev, http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx)
  and 滁州 2020 重点工作责任分解 (dev, http://www.chuzhou.gov.cn/public/152523227/567017766.html);
- the 配合责任单位 column of 青阳 2023 重点工作责任清单 (dev, https://www.ahqy.gov.cn/OpennessContent/show/1493481.html);
- the 牵头负责部门 column of 国办 2016 量化指标任务分工 (dev, http://www.chinaacc.com/qtjjfg/hu1604154336.shtml);
- 主要责任单位 lines of 海淀 2026 民生实事 (dev, https://zyk.bjhd.gov.cn/zwdt/zcwj/202603/t20260317_4808657.shtml).

No page the project can see prints a verb in the link slot (牵头落实单位, 牵头推进单位, 责任落实单位, 牵头考核部门:
LABELS.md, labels41): the tests of that slot are variants of the real 安徽 2021 lines with the label's words changed,
marked as such. Label words in prose stay unread (real dev sentences), and so do words with no role word (推进单位,
考核部门), which the survey found in no dev task's label.
"""

from __future__ import annotations

import json

import pytest

from kechuang.extract import extract_text
from kechuang.extract.label_words import label_role
from kechuang.extract.tail_words import KEYWORDS, has_keyword, keyword_marks
from kechuang.extract.task_tables import _column_roles
from tests.timing import assert_linear


def _assignments(text: str) -> list[tuple[str, str]]:
    plan = json.loads(extract_text(text).to_json(include_text=False))
    return [(a["role"], a["unit"]) for a in plan.get("assignments") or []]


# 安徽 2021 (dev, http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx), verbatim
_ANHUI = ("一、确保完成全年主要预期目标\n5﹒一般公共预算收入增长7%左右。\n牵头负责领导:刘惠。\n牵头责任单位:省财政厅。\n"
          "协同责任单位:省发展改革委、省税务局、人行合肥中心支行等。")
_ANHUI_UNITS = [("lead", "省财政厅"), ("cooperating", "省发展改革委"), ("cooperating", "省税务局"),
                ("cooperating", "人行合肥中心支行")]


def test_the_real_compounds_stay_read() -> None:
    assert _assignments(_ANHUI) == _ANHUI_UNITS
    # 青阳 2023's and 国办 2016's columns
    assert _column_roles("序号 2023年重点工作任务 牵头领导 牵头责任单位 主体责任单位 配合责任单位 工作评价") == [
        "lead", "responsible", "cooperating"]
    assert _column_roles("序号 工 作 任 务 牵头负责部门") == ["lead"]


@pytest.mark.parametrize(("lead", "cooperating"), [
    ("牵头落实单位", "配合落实单位"), ("牵头推进单位", "协同推进单位"), ("牵头实施单位", "配合实施单位"),
    ("牵头考核部门", "协同责任部门"), ("区级牵头单位", "具体配合单位"), ("主要牵头单位", "配合责任单位"),
])
def test_a_verb_or_qualifier_in_the_label_keeps_its_role_words_role(lead: str, cooperating: str) -> None:
    # variants of 安徽 2021's lines: the role word decides, the verb or qualifier says no more of the role
    text = _ANHUI.replace("牵头责任单位", lead).replace("协同责任单位", cooperating)
    assert _assignments(text) == _ANHUI_UNITS


def test_a_verb_in_a_bracketed_tail() -> None:
    # a variant of 安徽 2021's lines as one bracketed tail
    text = "5﹒一般公共预算收入增长7%左右。(牵头落实单位:省财政厅;责任落实单位:省发展改革委、省税务局)"
    assert _assignments(text) == [("lead", "省财政厅"), ("responsible", "省发展改革委"), ("responsible", "省税务局")]


def test_a_qualifier_before_a_later_keyword_is_no_unit() -> None:
    # 具体 before the second keyword of a tail was read as a unit of the first (a variant of 安徽 2021's lines)
    text = "5﹒一般公共预算收入增长7%左右。(牵头单位:省财政厅;具体责任单位:省发展改革委)"
    assert _assignments(text) == [("lead", "省财政厅"), ("responsible", "省发展改革委")]


@pytest.mark.parametrize(("header", "roles"), [
    ("序号 工作任务 牵头考核部门 完成时限", ["lead"]),  # 考核 is no verb of the tails: the column had no role
    ("序号 工作任务 协助落实单位 完成时限", ["cooperating"]),  # the role word decides, not the closing verb
    ("序号 工作任务 牵头协调部门 配合单位", ["lead", "cooperating"]),
])
def test_a_column_read_by_its_role_word(header: str, roles: list[str]) -> None:
    assert _column_roles(header) == roles


def test_label_role() -> None:
    assert label_role("牵头落实单位") == "lead"
    assert label_role("市级责任部门") == "responsible"
    assert label_role("具体负责部门") == "responsible"
    assert label_role("协同责任") == "cooperating"
    assert label_role("推进单位") is None
    assert label_role("考核部门") is None


@pytest.mark.parametrize("text", [
    # 武昌 2023 责任分解 notice (dev, http://www.wuchang.gov.cn/zwgk_37/zc/qtzdgkwj/qzfbwj/202309/
    # t20230915_2264571.html): 市级责任部门 in prose
    "二、做好对接协调,积极推进工作落实\n承担省、市《政府工作报告》的责任单位,要加强与市级责任部门的对接,明确涉及武昌具体"
    "承担的责任事项和目标任务,并抓好责任分解与任务落实。",
    # 西双版纳 2017 旅游 实施方案 (dev, http://www.ynmh.gov.cn/wgj/34672.news.detail.dhtml?news_id=155380): 牵头负责单位
    "各县、市人民政府、各区管委会和各牵头负责单位,要根据重点任务和《西双版纳州加快推进旅游产业转型升级项目表》,完善规划,"
    "明确任务,细化措施,确定工作进度,制定实施方案,于2017年10月20日前报州旅游产业发展领导小组办公室(州旅游发展委)。",
    # 西安 2022 任务分解意见 (dev, https://kuaibao.lzzcloud.net/news_info/905473.html): 主要负责单位 in a rule's prose
    "2.《政府工作报告》任务分解意见本着尽可能做到责任唯一的原则,将各项任务的主要负责单位确定为责任单位,其他负责单位确定为"
    "配合单位。",
    # the brief's prose shapes: a label word before a verb or a noun, no colon
    "各牵头单位要加强统筹,各责任单位要加强配合,压实落实单位主体责任。",
    "推行重点工作责任单位制,将考核单位工作纳入年度考核。",
])
def test_label_words_in_prose_are_no_label(text: str) -> None:
    assert _assignments(text) == []


@pytest.mark.parametrize("label", ["推进单位", "考核部门", "实施主体", "落实单位"])
def test_a_label_without_a_role_word_stays_unread(label: str) -> None:
    # no dev task is labelled so (LABELS.md): the grammar needs a role word
    assert _assignments(f"5﹒一般公共预算收入增长7%左右。\n{label}:省财政厅。") == []


def test_keyword_marks_match_keywords_with_the_new_qualifiers_and_links() -> None:
    # keyword_marks searches the field and takes a qualifier just before it: the same matches as KEYWORDS.finditer
    for text in ["具体责任单位:A;区级牵头落实单位:B", "具体具体配合推进部门:a县级县级协同考核科室(单位):b",
                 "牵头落实:牵头落实单位 :X", "体牵头组织实施单位:要级配合单位:", "市级责任部门(部门):具体协同责任股室:"]:
        assert [(m.span(), m.group(1)) for m in keyword_marks(text)] == [
            (m.span(), m.group(1)) for m in KEYWORDS.finditer(text)], text
        assert has_keyword(text) == (KEYWORDS.search(text) is not None)


def test_the_label_patterns_stay_linear() -> None:
    # a role word and a link word over and over, no noun and no colon: every pattern that holds the grammar
    assert_linear(lambda s: list(KEYWORDS.finditer(s)), lambda n: "区级牵头落实" * (n * 3000))
    assert_linear(lambda s: keyword_marks(s), lambda n: "具体牵头组织实施" * (n * 3000))
    assert_linear(lambda s: _column_roles(s), lambda n: "牵头考核" * (n * 3000))
