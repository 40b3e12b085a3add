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
from tests.timing import assert_linear


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


# F3: the news-lead strip cuts only a lead (a subject, a time word, 计划/将/提出) at the name's start, never a name that
# holds 计划, 将 or 提出 of its own; the round's dev gains (宁夏 2019, 广东 2024, 朝阳 2023, 安徽 2023…) stay.
@pytest.mark.parametrize(("text", "name"), [
    ("到2025年，全市招生计划完成率达到95%。", "全市招生计划完成率"),
    ("到2025年，重点项目投资计划完成率达到100%。", "重点项目投资计划完成率"),
    ("到2025年，省级人才计划入选者达到50名。", "省级人才计划入选者"),
    ("到2025年，科技特派员计划覆盖率达到100%。", "科技特派员计划覆盖率"),
    ("到2025年，全市生育计划服务覆盖率达到98%。", "全市生育计划服务覆盖率"),
    ("到2025年，将乐县森林覆盖率达到78%。", "将乐县森林覆盖率"),
    ("到2025年，提出专利申请的企业达到100家。", "提出专利申请的企业"),
    # tj-tianjin-bmgc2007#2 (dev): the lead word before two coordinated verbs stays
    ("到2025年，将新建和改造供水管网1000公里。", "将新建和改造供水管网"),
])
def test_a_name_holding_a_lead_word_keeps_it(text, name):
    assert [t[0] for t in _targets(text)] == [name]


# the shapes of the round's dev gains (宁夏 2019 奶业 意见, 广东 2024 就业, 朝阳 2023 民生实事, 安徽 2023, 广西 2017,
# 山东 该文件, 四川 2022 物流: tests/extract/test_target_round47.py and the passages they come from)
@pytest.mark.parametrize(("text", "lead"), [
    ("为推进奶业高质量发展，宁夏近日提出到2022年实现奶牛规模化养殖比重超过99%。", "宁夏"),
    ("广东省计划城镇新增就业人数110万人。", "广东省"),
    ("2023年，我区将建设筹集各类政策性住房5000套。", "我区"),
    ("2023年，全省计划新建高标准农田200万亩。", "全省"),
    ("广西计划2025年产糖量1100万吨。", "广西"),
    ("该文件提出2023年全省粮食播种面积4725万亩。", "该文件"),
    ("到2022年，将人均体育场地面积提高到2.3平方米。", "将"),
    ("甘肃今年将完成农村户用卫生厕所改造50万户。", "甘肃"),
])
def test_a_news_lead_is_still_cut(text, lead):
    names = [t[0] for t in _targets(text, 2022)]
    assert names and not any(n.startswith(lead) for n in names), names


# F4: a span to reach followed by 的 + a goal's word is a goal; the condition of eligibility (…以上的给予) stays out;
# 从…提高到 reads as 由…提高到.
@pytest.mark.parametrize(("text", "value"), [
    ("到2025年，实现全县劳动年龄人口平均受教育年限达到11.5年的目标。", 11.5),
    ("到2025年，新增劳动力平均受教育年限达到14年的发展目标基本实现。", 14),
    ("到2025年，劳动年龄人口平均受教育年限达到11年的水平。", 11),
    ("到2025年，劳动年龄人口平均受教育年限从10.5年提高到11年。", 11),
])
def test_a_span_before_a_goals_word_is_a_goal(text, value):
    assert [(t[1], t[2]) for t in _targets(text) if "受教育年限" in t[0]] == [(value, "年")]


@pytest.mark.parametrize("text", ["贷款年限达到5年以上的给予贴息。", "设备使用年限达到10年以上的予以更新。"])
def test_a_span_in_a_condition_stays_out(text):
    assert [t for t in _targets(text) if t[2] == "年"] == []


# F5: a 文号 in brackets under a 关于… title makes the line over the title a letterhead, as a bare 文号 does.
@pytest.mark.parametrize("number", ["（沪府发〔2009〕1号）", "(沪府发〔2009〕1号)", "沪府发〔2009〕1号"])
def test_a_bracketed_doc_number_under_the_title_counts(number):
    text = f"上海市人民政府\n\n关于加快发展科技服务业的意见\n\n{number}\n\n为加快发展科技服务业，现提出如下意见。\n一、总体要求\n坚持创新驱动。\n"
    doc = document_of(text)
    assert (doc["issuer"], doc["doc_number"]) == (["上海市人民政府"], "沪府发〔2009〕1号")


# F6: only a field's label (short, no sentence, no navigation or attachment) makes the bullet under it a value; 附件： and
# 当前位置： over a bulleted plan title keep the title.
@pytest.mark.parametrize("label", ["附件：", "当前位置：", "附件1：", "您现在的位置："])
def test_a_bullet_under_navigation_or_an_attachment_label_is_the_title(label):
    text = f"{label}\n• 某某市科技创新三年行动方案\n\n一、总体要求\n坚持创新驱动。\n二、主要任务\n加强平台建设。\n"
    doc = document_of(text)
    assert (doc["title"], doc["region"]) == ("某某市科技创新三年行动方案", "某某市")


@pytest.mark.parametrize("label", ["文种：", "组配分类：", "主题分类："])
def test_a_bullet_under_a_fields_label_is_its_value(label):
    text = f"发布机构：郑州市人民政府\n{label}\n• 政府工作报告\n2024年郑州市政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
    assert document_of(text)["title"] == "2024年郑州市政府工作报告"


# F7: a ratio stated from its base reads the goal only (the spec: baselines are no targets), as 由…提高到 does for spans.
@pytest.mark.parametrize("text", ["到2025年，城乡居民收入比由2.5缩小到2.2。", "到2025年，城乡居民收入比由2.5:1缩小到2.2:1。",
                                  "到2025年，城乡居民收入比从2.5缩小到2.2。"])
def test_a_ratio_from_its_base_reads_the_goal(text):
    assert [t for t in _targets(text) if t[2] is None] == [("城乡居民收入比", 2.2, None, 2025)]


# F9: the unit-name shapes labelled "(full width)" print full-width brackets, colons, semicolons and commas.
def test_the_full_width_shapes_are_full_width():
    from tests.extract.unit_names import _width

    assert _width("(牵头单位:a;责任单位:b,c)", True) == "\uff08牵头单位\uff1aa\uff1b责任单位\uff1ab\uff0cc\uff09"
    assert _width("(a)", False) == "(a)"


# F10: an act on the thing (增设, 投运, 更换) leaves the name, as 新建 does; a class of it (续建项目, 更新城区) stays.
@pytest.mark.parametrize(("text", "name"), [
    ("到2025年，增设公交站点50个。", "公交站点"), ("到2025年，投运充电桩200个。", "充电桩"),
    ("到2025年，更换老旧电表5000块。", "老旧电表"), ("到2025年，增設充電樁200個。", "充電樁"),
    ("到2025年，新建项目20个。", "项目"), ("到2025年，更新城区5项。", "更新城区"),
    # a count of projects named by a state (续建项目40个) is no target since roll66 (session 37; the dev gold of 太仓
    # 2024, 延安, 四川 2024 reads none), so it names nothing
    ("到2025年，续建项目40个。", None),
])
def test_an_act_on_the_thing_leaves_the_name(text, name):
    assert [t[0] for t in _targets(text)] == ([name] if name else [])


# F11: the closing date's bracket after a consultation's heading may name what closes (征求意见截止时间, 反馈截止日期).
@pytest.mark.parametrize("closing", ["（征求意见截止时间：2019年6月6日）", "（反馈截止日期：2019年6月6日）",
                                     "(截止日期:2019年6月6日)"])
def test_a_consultations_closing_bracket_may_name_what_closes(closing):
    heading = "关于公开征求《某某市农业公园认定标准(试行)》意见的公示"
    doc = document_of(f"{heading}{closing}\n\n为规范农业公园认定工作，现公开征求意见。\n附件：某某市农业公园认定标准(试行)\n")
    assert doc["title"] == heading


# F12: a reading printed again in another form (without its tone mark) is removed with the first; a list's mark of
# one letter after a reading stays (review 20, F2).
@pytest.mark.parametrize(("text", "read"), [
    ("湖北(hú)(hu)省", "湖北省"), ("發(fā)(fa)展", "發展"), ("農(nóng)(nong)(nong)業", "農業"), ("鄂(è)(è)州市", "鄂州市"),
    ("企業(yè)(a)", "企業(a)"), ("單位(wèi)(b)", "單位(b)"),
])
def test_a_reading_repeated_in_another_form_goes(text, read):
    from kechuang.text.readings import READING

    assert READING.sub("", text) == read


def test_the_mended_readers_stay_linear():
    # a line of run-on dates each followed by a row number or a year (F1), of lead words (F3), of spans + 的 (F4)
    line = "执行。 某某县科技局 2023年6月30日 2 建立台账。 某某县人民政府 2018年3月1日 2018年工作要点 " * 3
    assert_linear(inline_signers, lambda n: split_lines((line + "\n") * 40 * n))
    assert_linear(lambda text: extract_text(text, plan_year=2023),
                  lambda n: "到2025年，" + "全市招生计划完成率达到95%，受教育年限从10.5年提高到11年的目标，" * 20 * n + "。")


# F3 (the dev passages it touched): a one-character subject before 将 and 今年年内 are a lead's (长春 市政公用, 云南 茶产业,
# jl-changchun-szgy / yn-yunnan-ccy2017, dev); 将城镇 is no place after 将 (广东 2024 就业, gd-guangdong-jy2024, dev).
@pytest.mark.parametrize(("name", "cleaned"), [
    ("今年年内将完成长春市区道路大中修改造", "完成长春市区道路大中修改造"), ("并将打造综合产值", "打造综合产值"),
    ("将城镇调查失业率", "城镇调查失业率"), ("将乐县森林覆盖率", "将乐县森林覆盖率"),
])
def test_the_lead_strip_on_the_dev_shapes(name, cleaned):
    from kechuang.extract.targets.common import clean_indicator

    assert clean_indicator(name) == cleaned
