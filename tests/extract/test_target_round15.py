"""Round-15 held-out target pages (tests/fixtures/heldout/targets_round15.yaml): the families of the dev misses —
counts with varied verbs and units, people served, reports of work done, funding and allocations, lists closed by
等N个 — on hosts the corpus and the other held-out lists do not hold, annotated by hand before the extractor ran on
them. The first figure is out of sample; the rules below were written after it, each from real sentences of at least
two documents, and moved neither the dev nor the validation figure the wrong way."""

from __future__ import annotations

from pathlib import Path

from tests.extract.passages import held_out_f1, held_out_hosts
from tests.extract.passages import target_rows as _rows

HELD_OUT = Path(__file__).resolve().parent.parent / "fixtures" / "heldout" / "targets_round15.yaml"


def test_round15_pages_are_outside_the_corpus_and_cover_the_families():
    pages, hosts, held = held_out_hosts(HELD_OUT)
    assert len(hosts) == len(pages) == 12 and sum(len(page["targets"]) for page in pages) >= 40
    assert held == []
    assert {page["family"] for page in pages} == {"counts", "served", "reports", "funding", "closers"}


# Main's rules at round 15's start, before any change: F1 0.707 (P 0.637, R 0.795: 93 of 117 found, 146 predicted; by
# family counts 0.810, served 0.933, closers 0.378, reports 0.421, funding 0.087 — a review paragraph and a report of
# funds obtained read as goals, allocations read as levels, 明年 and 期末 left undated). One annotation was corrected
# after the first run to agree with the dev gold (全长470米 of a road built is a target; main's rules on the corrected
# list: 0.705, 93 of 118). After the round's rules: 0.776 (P 0.735, R 0.822: 97 found, 132 predicted; reports 1.000,
# funding 0.105, closers 0.400, counts 0.854, served 0.943). Left, each on one page with no dev sentence and no second
# source found: a report's breakdown paragraph (从投向看:…项目9个,中央预算内资金14500万元, 17 numbers), 明年 as the plan's
# next year (a 2020 news item), 期末 as the end of the plan's period, the count of the bodies that issue a plan
# (等21个部门印发).
def test_round15_held_out_pages():
    assert held_out_f1(HELD_OUT) >= 0.775  # 0.7760 (2 × 97 / (132 + 118)), float rounding


# An allocation — money after a verb of allotting (安排, 投入) that opens its clause or follows its time, its payer or a
# modal (2016年安排, 中央财政安排, 明年将投入) — is the funding of work, not an outcome the plan commits to (README, audit of
# batch 8 and ninth batch: budget rows are no targets). Dev: 国办 2016 量化指标 (安排财政赤字2.18万亿元, 安排地方专项债券
# 4000亿元, 2016年安排500亿元); held out: 云南 2024 budget news (安排教育资金291.4亿元, 安排3亿元支持…), 芗城 2020 news
# (明年将投入超45亿元, 明年计划投入超40亿元). A spending named as a thing (研发投入) and a volume with a verb of reaching
# (完成投资…超过145亿元, 研发投入达到8亿元, 新发放…贷款不低于80亿元) stay targets.
def test_an_allocation_of_money_is_funding_not_a_target():
    assert _rows("安排教育资金291.4亿元,推进教育高质量发展。", 2024) == []
    assert _rows("其中明确,安排206.7亿元持续推进公路、铁路、民航建设发展。", 2024) == []
    assert _rows("3 安排财政赤字2.18万亿元 财政部", 2016) == []
    assert _rows("中央财政安排1000亿元专项奖补资金,重点用于职工分流安置,2016年安排500亿元。", 2016) == []
    assert [r[2:4] for r in _rows("芗城区明年将投入超45亿元,推进80个以上民生项目建设。", 2020)] == [(80, "个")]
    # spending as a thing, and volumes with a verb of reaching, are goals
    assert [r[2:4] for r in _rows("政府财政科技研发投入360万元;建立企业研发中心2个。", 2014)] == [(360, "万元"), (2, "个")]
    assert [r[2:4] for r in _rows("全市研发投入达到8亿元。", 2015)] == [(8, "亿元")]
    assert [r[2:4] for r in _rows("2018年,完成投资力争超过145亿元。", 2018)] == [(145, "亿元")]
    assert [r[2:4] for r in _rows("对10类重点就业群体新发放创业担保贷款不低于80亿元。", 2025)] == [(80, "亿元")]


# A paragraph that reports what was done — words of an accomplishment (被命名为, 入选, 荣获, 成功举办, 初见成效, 提前完成,
# 高标准通过, 没有发生), no year to come and no word of commitment (力争, 确保, 目标…) — is a review: its numbers are
# history, as those after 五年来 are. Dev: 湖南 2023 计划执行情况 (新增百亿工业企业8家…长沙全球研发中心城市建设初见成效…成功举办
# 第三届中非经贸博览会); held out: a county's 2022 review (新建农村户厕2000余个…被命名为省级卫生村…提前完成任务).
def test_a_paragraph_of_accomplishments_is_history():
    review = ("2.加快建设“三个高地”,发展质量有效提升。新增百亿工业企业8家、国家级专精特新“小巨人”企业116家。"
              "长沙全球研发中心城市建设初见成效。湖南自贸试验区探索形成首创成果16项,成功举办第三届中非经贸博览会。")
    assert _rows(review, 2024) == []
    review = ("乡村风貌大幅改观。完成13个美丽乡村创建,改造提升62个村内饮水管网;15个村被命名为省级卫生村。新建农村户厕2000余个、"
              "农村公厕73座。全县322个村集体经济收入均达到5万元以上,其中10万元以上的村达到236个,提前完成任务。")
    assert _rows(review, 2023) == []
    # a commitment or a year to come keeps the goals, accomplishment words and all
    goals = "力争新增国家级专精特新“小巨人”企业10家,新建农村户厕2000个,确保提前完成任务。"
    assert [r[2] for r in _rows(goals, 2024)] == [10, 2000]
    goals = "到2025年,新建农村户厕2000个、农村公厕73座,成功举办3次现场会,提前完成任务。"
    assert [r[2] for r in _rows(goals, 2023)][:2] == [2000, 73]


# A space or a hedge (约, 近, 超) between a counting word and its number does not part them: the count still counts the
# noun after it, as it does with no space (开放200个…). Dev: 宁海 2023 (對約80個農村公路平交道口進行提升改造); 安徽 2024 民生实事,
# a PDF's spaced digits (为 14.65 万名残疾人提供康复救助); held out: 惠山 2024 (企事业单位开放 200 个错时共享停车泊位).
def test_a_space_or_a_hedge_before_a_count_does_not_part_it_from_its_verb():
    assert [r[2:4] for r in _rows("对约80个农村公路平交道口进行提升改造。", 2023)] == [(80, "个")]
    assert [r[2:4] for r in _rows("為 14.65 萬名殘疾人提供康復救助。", 2024)] == [(14.65, "萬名")]
    assert [r[2:4] for r in _rows("企事业单位开放 200 个错时共享停车泊位。", 2024)] == [(200, "个")]
    assert [r[2:4] for r in _rows("新建 30 个充电站。", 2024)] == [(30, "个")]


# The money and rates that follow an allocation in its sentence are the budget's own (its rise, its rate), not
# outcomes: 国办 2016 (安排财政赤字2.18万亿元,赤字率提高到3%, dev) and 云南 2024 (安排教育资金291.4亿元,比2023年增加50亿元,
# 增长20.7%, held out). The work it pays for is counted still (投入1.4亿元推进12个教育项目).
def test_the_rise_and_rate_of_an_allocation_are_no_targets():
    assert _rows("3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部", 2016) == []
    assert _rows("安排教育资金291.4亿元,比2023年增加50亿元,增长20.7%,推进教育高质量发展。", 2024) == []
    assert [r[2:4] for r in _rows("明年要继续投入1.4亿元推进12个教育项目,新增学位1万个以上。", 2020)] == [(12, "个"), (1, "万个")]


# A length word (全长) names no thing of its own: the value is the length of the work named in the clause before, as the
# dev gold reads it (涉县 2025: 铺设将军大道…供热主管网,全长约4.3公里 → 供热主管网 4.3 公里; 南郑 2024, held out: 新建…道路工程,
# 全长470米). The width printed with it (宽30米) is a dimension and no target.
def test_a_length_is_the_length_of_the_work_named_before():
    rows = _rows("铺设将军大道(龙山电厂-状元街段)供热主管网,全长约4.3公里,有效提高城区4万户用热居民的供热安全。", 2025)
    assert [("供热主管网" in r[0], r[2], r[3]) for r in rows][:1] == [(True, 4.3, "公里")]
    rows = _rows("新建大河坎镇冷水路北段道路工程,全长470米、宽30米,配套建设人行道、绿化、亮化。", 2024)
    assert [("冷水路北段道路工程" in r[0], r[2], r[3]) for r in rows] == [(True, 470, "米")]


# 包括 after a count lists the items counted only when it names them all: a description or a breakdown of fewer items
# leaves the count a target (README: a list that names fewer than N items counts a commitment). Dev: 宁海 2023 (對約80個
# 農村公路平交道口進行提升改造,包括路口照明、…減速帶等內容); held out: 三明 2018 (全市整治125个村庄(包括63个省级补助村、62个
# 市县级补助村)). A list that names every item counted, and 如下, still mark a count of listed items.
def test_a_count_described_after_baokuo_is_still_a_target():
    text = "对约80个农村公路平交道口进行提升改造,包括路口照明、夜间行人过斑马线警示、绿化遮挡视线、完善标志标线和减速带等内容。"
    assert [r[2:4] for r in _rows(text, 2023)] == [(80, "个")]
    text = "全市整治125个村庄(包括63个省级补助村、62个市县级补助村),树立美丽乡村示范村12个。"
    assert ("村庄", 125, "个") in [(r[0], *r[2:4]) for r in _rows(text, 2018)]  # the bracket ends the noun
    rows = _rows("建设1个具有儿童(含新生儿)重症救治Ⅲ级水平的省级儿童医学救治中心。", 2025)  # (含…) qualifies it
    assert [r[0].endswith("省级儿童医学救治中心") for r in rows] == [True]
    assert _rows("今年重点实施3个项目,包括城东小学、城西医院和滨河公园。", 2023) == []
    assert _rows("2024年我县实施50项民生实事,具体安排如下:", 2024) == []
