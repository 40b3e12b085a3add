"""Review 43's findings on the session's last merges, each mended (inputs are the review's, in plan phrasing).

- a per-year growth takes a later plain year of its paragraph only when a goal there holds that year (five59's rule,
  sources 陕西 2016 and 安宁 2016 in test_five59_growth_years.py): a milestone, an edition, an event or a vision year
  ends no period;
- a 其中 clause naming a task's lead (`其中资金保障由县财政局牵头`) adds no unit;
- a streak in a sentence dated before the plan's year is the year's review, not a run to come.
"""
from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _rows(text, plan_year):
    return [(t.indicator, t.kind, t.value, t.year) for t in extract_text(normalise(text), plan_year=plan_year).targets]


def _units(line):
    return [(a.role, a.unit) for a in extract_text(normalise("2023年工作要点\n" + line)).assignments]


def test_a_year_no_goal_holds_dates_no_growth():
    for text, plan_year in (
            ("2022年完成全市棚户区改造任务。地区生产总值年均增长8%左右,一般公共预算收入年均增长6%。", 2021),
            ("认真执行《产业结构调整指导目录(2024年版)》。工业投资年均增长10%。", 2023),
            ("全力筹备2026年省运会。旅游收入年均增长12%。", 2024),
            ("2024年启动二期工程建设。全市工业增加值年均增长7%。", 2023),
            ("展望2035年,我市将基本实现社会主义现代化。地区生产总值年均增长6%左右,居民收入年均增长7%。", 2021)):
        growths = [r for r in _rows(text, plan_year) if r[1] == "growth"]
        assert growths and all(r[3] is None for r in growths), (text, growths)


def test_a_year_a_goal_holds_still_dates_the_growth():
    rows = _rows("2020年人均预期寿命达76.7岁。文化产业年均增长15%以上。", 2016)
    assert ("文化产业", "growth", 15, 2020) in rows


def test_a_task_lead_in_a_which_clause_is_no_unit():
    units = _units("加强资金保障(县财政局、各乡镇负责,其中资金保障由县财政局牵头)")
    assert all("由" not in u for _, u in units), units
    assert ("responsible", "县财政局") in units or ("lead", "县财政局") in units
    units = _units("落实补助资金(责任单位:县财政局、县农业农村局,其中省级资金由县财政局牵头)")
    assert all("由" not in u for _, u in units), units


def test_which_clause_naming_a_listed_unit_still_leads():
    units = _units("推进就业服务(责任单位:县人社局、县财政局,其中:县人社局牵头)")
    assert ("lead", "县人社局") in units


def test_a_streak_dated_before_the_plan_is_its_review():
    for text in ("2022年,全县地区生产总值连续三年增长8%以上。", "2022年,我县实现地区生产总值连续三年增长8%以上。"):
        rows = _rows(text, 2023)
        assert all(r[3] != 2025 for r in rows), (text, rows)


def test_a_plans_streak_to_come_keeps_its_years():
    rows = _rows("全县地区生产总值连续三年增长8%以上。", 2024)
    assert rows and rows[0][3] == 2026


def test_a_goal_word_opening_a_news_line_keeps_no_roll():
    # review 43: `目标` among a line's first words is no goals heading; the driver's goal lines decide (one reading of
    # the headings), and a caption (主要目标:) opening the line still keeps the plan's own goals
    news = "围绕目标,全年实施重点项目104个,总投资288.8亿元,年度计划投资118.1亿元。"
    # fresh46: the count a plan carries out (实施…104个) is a target whatever the heading (audit44); the share after the
    # total still goes on a news line, and stays under a goals heading or caption (below)
    assert [r for r in _rows(news, 2025) if r[2] == 118.1] == []
    caption = "主要目标:全年实施重点项目104个,总投资288.8亿元,年度计划投资118.1亿元。"
    assert {r[2] for r in _rows(caption, 2025)} >= {104, 118.1}
    heading = "一、主要目标\n全年实施重点项目104个,总投资288.8亿元,年度计划投资118.1亿元。"
    assert {r[2] for r in _rows(heading, 2025)} >= {104, 118.1}
