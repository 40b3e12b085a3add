"""Round 22 (revfix): what the review of the session's extraction rounds found, each an input that the session's
starting commit (32f5c7b) read right and a round had broken. The inputs are the reviewer's, written in the shapes of
real pages (the notes cite the dev sentences of the same shape where the corpus holds one)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.naming import after_list
from tests.extract.passages import rows as _assignments
from tests.extract.passages import target_rows as _rows

_GOALS = "\n一、发展目标\n高新技术企业达到50家,研发投入强度达到2.5%。"


def _years(text: str, plan_year: int | None) -> list[int | None]:
    return [t.year for t in extract_text(text, plan_year=plan_year).targets]


# B1. A five-year plan (“十四五” in its title) or any 规划 is a plan of several years: the year its lead-in names
# (2021年,全县将…; 2021年是“十四五”开局之年) dates none of its undated targets (濮阳市“十四五”科技创新和一流创新生态建设
# 规划, dev, is of this kind).
def test_a_plan_of_several_years_takes_no_year_from_its_lead_in():
    lead = "\n2021年,全县将深入实施创新驱动发展战略,制定本规划。"
    assert _years("灵寿县“十四五”科技创新规划" + lead + _GOALS, 2021) == [None, None]
    assert _years("灵寿县“十四五”科技创新规划\n2021年是“十四五”开局之年,全县将深入实施创新驱动发展战略。" + _GOALS,
                  2021) == [None, None]
    assert _years("灵寿县科技创新发展规划" + lead + _GOALS, 2021) == [None, None]
    # a one-year plan's lead-in still dates them
    assert _years("灵寿县2021年科技工作要点" + lead.replace("制定本规划", "制定本要点") + _GOALS, 2021) == [2021, 2021]


# B2. Pasted text with no title: its first paragraph is no title, and a past year it names makes no report.
def test_a_first_paragraph_that_names_a_past_year_makes_no_report():
    lead = ("2023年,全县科技工作在县委县政府的坚强领导下,坚持以创新驱动发展战略为引领,聚焦科技型企业培育、创新平台建设、"
            "科技成果转化和科技人才引进等重点领域,扎实推进各项工作,取得了明显成效,为全县经济社会高质量发展提供了有力"
            "支撑。为进一步做好科技创新工作,结合我县实际,现将下一步工作安排如下。")
    assert 80 < len(lead) <= 160
    text = lead + "\n一、主要目标\n新增高新技术企业10家,研发投入强度达到2.5%。"
    assert [t.value for t in extract_text(text, plan_year=2024).targets] == [10, 2.5]
    short = "2023年,全县科技工作取得明显成效。\n一、主要目标\n新增高新技术企业10家。"
    assert [t.value for t in extract_text(short, plan_year=2024).targets] == [10]


# B3. A month after a stated year, spaces between, is that year's month, not one of the plan's year.
def test_a_month_after_a_stated_year_with_spaces_is_not_alone():
    assert _years("2024年 6月底前,新建科技企业孵化器2家。", 2023) == [2024]
    assert _years("2024 年 6 月底前,新建科技企业孵化器2家。", 2023) == [2024]
    assert _years("6月底前,新建科技企业孵化器2家。", 2023) == [2023]


# B4. 等 of a grade (三级甲等, 二级甲等, 特等奖) closes no list; a number before a Latin letter (5G, 4A级, 3D打印) is a
# name's, no other quantity (增设5G基站140座: 长安 2022 民生实事, dev, has the shape with the count after).
def test_a_grade_and_a_name_with_a_digit_keep_the_indicator_whole():
    assert _rows("新增三级甲等综合医院2家。", 2023)[0][0] == "三级甲等综合医院"
    assert _rows("建设二级甲等中医医院1所。", 2023)[0][0] == "二级甲等中医医院"
    assert after_list("省级特等奖获奖项目") == "省级特等奖获奖项目"
    assert _rows("建设100个农村5G基站。", 2023)[0][0] == "农村5G基站"
    assert _rows("创建3个国家4A级旅游景区。", 2023)[0][0] == "国家4A级旅游景区"
    assert _rows("新建2个省级3D打印创新中心。", 2023)[0][0] == "省级3D打印创新中心"


# B4. A stage verb that counts the thing of the clause before keeps the verb: two stages, two names.
def test_stage_verbs_keep_their_verbs_before_the_thing_borrowed():
    assert [r[0] for r in _rows("实施老旧小区改造,开工25个、竣工11个。", 2023)] == ["开工老旧小区改造", "竣工老旧小区改造"]


# B5. A bracket left open before a closed group that ends the line and names roles: the group is the tail.
def test_an_unclosed_bracket_does_not_swallow_a_closed_tail():
    assert _assignments("(一)推进孵化器建设(详见附件1(牵头单位:县科技局)") == [("lead", "县科技局")]
    assert _assignments("(一)推进孵化器建设【详见附件1(牵头单位:县科技局;配合单位:县财政局)") == [
        ("lead", "县科技局"), ("cooperating", "县财政局")]


# B6. A portal that prints its source on a line of its own under the stamp (来源:…人民政府办公室) is the issuer's own
# site: its publishing date stands (a government site's line names its office: 濮阳 2021, 华容 2017, dev).
def test_a_source_on_the_next_line_makes_the_stamp_a_publishing_date():
    head = "灵寿县人民政府办公室关于印发灵寿县2023年科技工作要点的通知\n"
    body = "\n各乡镇人民政府:\n现将《灵寿县2023年科技工作要点》印发给你们,请认真贯彻落实。"
    doc = extract_text(head + "发布时间:2023-01-05 浏览次数:120\n来源:灵寿县人民政府办公室" + body).document
    assert doc.publish_date == "2023-01-05"
    # a reprint's stamp with no source (发布日期:2013-03-27 浏览次数:1, 黑龙江 2013, dev) stays no date
    assert extract_text(head + "发布日期:2013-03-27 浏览次数:1" + body).document.publish_date is None


# B7. 重点工作 and 年度 alone name no one-year plan: a multi-year 意见 on key work dates nothing.
def test_key_work_names_a_one_year_plan_only_with_a_year_scope():
    assert _years("关于加快推进科技创新重点工作的实施意见\n一、发展目标\n高新技术企业达到50家。", 2023) == [None]
    assert _years("岳阳县科学技术局年度重点工作\n一、发展目标\n高新技术企业达到50家。", 2023) == [2023]


# One definition of a mirror's phonetic reading (現(xiàn)將): after a CJK character only, so (ii) after a Latin letter or a digit is none.
def test_a_phonetic_reading_follows_a_cjk_character():
    from kechuang.extract.metadata.common import unread

    assert unread("現(xiàn)將")[0] == "現將"
    assert unread("item(ii)")[0] == "item(ii)"
    assert unread("附件2(ii)")[0] == "附件2(ii)"


def test_units_after_a_first_unit_note_keep_their_printed_place():
    """海盐 2022 (dev, zj-haiyan-zfgzbgfj2022): the note after the first unit is cut before the list is read; the units
    after it pointed at the note's words (县财政局 at 首位单位), so the review page highlighted the wrong text."""
    text = ("1.全县生产总值增长7.5%左右。责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局\n"
            "2.深化改革。责任单位:县委改革办、县发改局\n")
    plan = extract_text(text)
    got = [(a.unit, a.role, plan.text[a.start:a.end]) for a in plan.assignments]
    assert got[:4] == [("县发改局", "lead", "县发改局"), ("县财政局", "responsible", "县财政局"),
                       ("县税务局", "responsible", "县税务局"), ("县农业农村局", "responsible", "县农业农村局")]
    assert all(unit == span for unit, _, span in got)
