"""debt42, point 1 (review 54, F3): a colon does not end the clause that completed, progress_shares and peer_margins
weigh, as before rev53 made them share targets/common.CLAUSE_END. What stands before a colon labels the clause after
it, a deadline or a date above all. Dev prints such labels in two places: 铜鼓's 旅游 goals (jx-tonggu-lymbrw,
http://clcgzc.com/html/html20170-3n6225799.html: `到2018年:新增旅游固定资产投资12亿元,…`) and 海淀 2026 民生实事
(bj-haidian-msss2026, https://zyk.bjhd.gov.cn/zwdt/zcwj/202603/t20260317_4808657.shtml: `完成时限:力争2026年8月底前`).
So `9月底前:完成年度计划的80%` is a milestone to reach, not a report that the year's plan was reached; and the breakdown
after a report's colon is the report's own. A date label opening a report (光明 2025, gd-guangming-msss2025,
https://www.szgm.gov.cn/zxbs/mssspt/gmq2025nmssspt/jyyzxd/content/post_12103411.html: `第三季度:目前…已建成…`) keeps
its report words inside the clause."""


from __future__ import annotations

import importlib

from kechuang.extract import extract_text
from kechuang.extract.targets.common import CLAUSE_END, CLAUSE_END_NO_COLON
from tests.extract.passages import quoted
from tests.extract.passages import target_rows as _rows

TONGGU = "到2018年:新增旅游固定资产投资12亿元,建成4个成熟景区,通过国家全域旅游示范区检查验收。"
HAIDIAN = "完成时限:力争2026年8月底前"
GUANGMING = "第三季度:目前光明区外国语学校等10所中小学校已建成并交付使用"
# test_revfix_round23's item of a projects plan, its milestone printed after a deadline label and a colon
_PROJECTS = "某县2024年重点项目建设计划\n一、重点项目\n(一)交通项目。新建农村公路50公里,{}。(责任单位:县交通局)\n" \
            "(二)水利项目。新建水库2座。\n"


def _values(text: str, plan_year: int | None = None) -> list:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def test_the_dev_lines_are_quoted():
    assert quoted("jx-tonggu-lymbrw", TONGGU) and quoted("bj-haidian-msss2026", HAIDIAN)
    assert quoted("gd-guangming-msss2025", GUANGMING)


def test_a_label_colon_does_not_end_the_clause():
    for line in (TONGGU, HAIDIAN, GUANGMING):
        head = CLAUSE_END_NO_COLON.split(line, 1)[0]
        assert ":" in head and len(head) > line.index(":") + 1, line
    # the shared pattern still ends a clause at a colon (roll_parts and the others read a colon as an opening)
    assert CLAUSE_END.split(HAIDIAN, 1)[0] == "完成时限"


def test_a_deadline_label_before_the_year_plan_is_a_milestone():
    for clause, share in (("9月底前:完成年度计划的80%", 80), ("6月底前:完成年度任务的50%", 50)):
        assert _values(_PROJECTS.format(clause)) == [50, share, 2], clause
    # a report's share with its months gone by still closes its item, a colon or not
    assert _values("(一)新增养老床位250张\n1-9月:新增养老床位280张,完成年度计划的112%。", 2023) == []


def test_a_breakdown_after_a_reports_colon_is_the_reports():
    rows = _rows("地区生产总值增长8%,比全市高1.6个百分点:规上工业增加值增长17.7%,地方一般公共预算收入增长12.5%。", 2024)
    assert [r[2] for r in rows] == [12.5]
    report = "某县2024年上半年重点项目进展情况\n1-6月实际完成投资30亿元,占年度计划投资的50%:其中新开工项目12个,竣工项目5个。\n"
    assert _values(report, 2024) == [5]
    # with a comma after the share, the clause after it is read as before
    assert _values(report.replace("50%:", "50%,"), 2024) == [12, 5]


def test_the_three_readers_share_the_pattern():
    for name in ("completed", "progress_shares", "peer_margins"):
        module = importlib.import_module(f"kechuang.extract.targets.{name}")
        assert getattr(module, "CLAUSE_END_NO_COLON", None) is CLAUSE_END_NO_COLON, name
        assert not hasattr(module, "CLAUSE_END"), name
