"""cli29: the headline check (round 71's targets/report_headlines) on a whole document, given no title.

A clerk pastes or uploads a whole news page: `kechuang extract` gives the targets step no title, so the headline that
heads the page (its first line) must stand for one; a plan's own title (关于印发…方案的通知) never does."""

from __future__ import annotations

import json

from kechuang.cli import main
from kechuang.extract import extract_plan
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.report_headlines import headline_report, page_headline
from tests.conftest import GOLD, SEEDS

# https://www.shjnet.cn/xw/jcjsb/202601/t20260122_671113.html (吉林市 2025 news, dev): the page's headline, then its
# report of the year (the passage jl-jilinshi-nync2025#2): 达到88% and the rest are the year's results
JILIN_PAGE = (
    "2025年吉林市乡村年度成绩单\n"
    "补短板加速推进,这一年,全市农业基础条件持续改善。\n"
    "全市主要农作物综合机械化率再提高1个百分点,达到88%;完成年内67万亩高标准农田建设任务,占基本农田面积比例"
    "提高到60%以上,成功获批超长期特别国债项目62.6万亩;新建棚室4804亩,超额完成省定任务。\n"
)
# https://xjyt.gov.cn/zfgk/zwwgk/2021-06-12/1485.html (新疆 2018 news, dev): a headline that reports a result
XINJIANG_HEADLINE = "新疆今年已完成农村公路建设里程逾12462公里"
# https://jingyuhuahui.com/jinjiang/news/2964314.html (晋江 2024 news, dev): a paragraph pasted first is no headline
JINJIANG_FIRST = ("今年来,晋江经济开发区直管园区累计完成“四上”企业月度新增31家,限上企业月度新增16家。目前,晋江经济"
                  "开发区“一区十四园”拥有高新技术企业218家")


def test_whole_news_page_under_a_result_headline_reads_no_targets():
    assert extract_plan(JILIN_PAGE).targets == []


def test_whole_news_page_through_the_cli(tmp_path):
    page = tmp_path / "jilin.txt"
    page.write_text(JILIN_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(page), "-o", str(out), "--format", "json", "-q"]) == 0
    plan = json.loads((out / "jilin.json").read_text(encoding="utf-8"))
    assert plan["targets"] == []


def _headline(text: str) -> str | None:
    lines = split_lines(text)
    return page_headline(next((ln.text for ln in lines if ln.text.strip()), None), lines)


def test_page_headline_is_a_short_line_that_ends_no_sentence_and_heads_a_text():
    body = "\n2018年,新疆重点完成剩余4个乡通硬化路项目。"
    assert _headline(XINJIANG_HEADLINE + body) == XINJIANG_HEADLINE
    assert _headline(" 2025年吉林市乡村年度成绩单 " + body) == "2025年吉林市乡村年度成绩单"
    assert _headline(JINJIANG_FIRST + body) is None  # a sentence, not a headline
    assert _headline("关于印发《2023年已建成项目巩固提升工作方案》的通知" + body) is None  # a notice's title
    assert _headline(XINJIANG_HEADLINE) is None  # a line alone heads nothing: it is its own sentence
    assert page_headline(None, []) is None


def test_a_plans_whole_text_keeps_its_targets():
    # every seed plan (whole text, no title given) keeps its gold's count of targets: its title heads a plan
    for seed in SEEDS:
        gold = json.loads((GOLD / f"{seed.stem}.json").read_text(encoding="utf-8"))
        plan = extract_plan(seed)
        assert len(plan.targets) == len(gold["targets"]), seed.name
        title = plan.document.title or ""
        headline = page_headline(title, split_lines(plan.text)) or title
        assert not (gold["targets"] and headline_report(headline, plan.text, None)), seed.name
