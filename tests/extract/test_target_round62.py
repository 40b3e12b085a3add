"""Round 62 (targ62): reports and status sentences read above the sentence (docs/extraction.md, section 4, "Round 62").

Part 1, review 26's F2: round 58's report reach (targets/report_reach.py) opened on 目前 and 截至 wherever they stood, so
a plan's status sentence under its goals heading (目前全县高新技术企业仅有12家) made the cueless goals after it history.
Under a goals heading (主要目标, 发展目标) 目前 and 截至 now open no reach. No dev page prints the shape (dev plans put
到2025年 or 力争 after a status sentence, and the `pages` store gave none either), so the plan texts are written for the
test in review 26's shape; the reports that round 58 rests on (拉萨 2018's review) still reach."""

from __future__ import annotations

from kechuang.extract import extract_text

PLAN_TITLE = "某县2025年科技创新工作方案"


def _targets(text: str, title: str = PLAN_TITLE, plan_year: int | None = None) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in extract_text(text, title=title, plan_year=plan_year).targets}


def test_a_status_sentence_under_the_goals_heading_opens_no_reach() -> None:
    # written for the test (review 26, F2)
    text = ("二、主要目标\n目前全县高新技术企业仅有12家,创新能力不强。"
            "全县高新技术企业达到50家,科技型中小企业达到120家。")
    found = _targets(text)
    assert (50, "家") in found and (120, "家") in found


def test_a_status_as_of_a_date_under_the_goals_heading_opens_no_reach() -> None:
    # written for the test (review 26, F2, with 截至; the goals on the next line: within its own line a 截至 span is
    # round 44's, passage_mode.py, which this round leaves)
    text = ("二、发展目标\n截至目前,全县拥有省级以上研发平台8个,研发投入强度仅为1.2%。\n"
            "全县省级以上研发平台达到15个,研发投入强度达到2%。")
    found = _targets(text)
    assert (15, "个") in found and (2, "%") in found


def test_a_report_with_mu_qian_still_reaches() -> None:
    # http://shenyangwangzhanzhizuo.com/cn/news/zx/201901/t20190118_6483689.html (拉萨 2018 科技 review, dev)
    text = ("目前,拉萨市高新技术企业达到29家,科研工作站达10家,孵化器和众创空间达35家,全市专利授权量达到236件。"
            "全市科技进步贡献率达到49.7%,农牧业科技贡献率达到46.9%,科普率达到91%。")
    found = _targets(text, title="创新驱动发展已成为西藏拉萨经济新常态", plan_year=2019)
    assert not {(49.7, "%"), (46.9, "%"), (91, "%")} & found
