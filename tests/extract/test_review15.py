"""Review 15's findings on round 42's document rules (meta10) and assignment rules (tails10): each repro is the
reviewer's minimal input (/work/prompts/s18/rev15-findings.md, F1-F8); each fails on main at 1e46b250 and reads right
here. The dev pages the rules came from keep their reading (test_metadata_round42, test_assignments_round42)."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.fields import field_rows, title_field
from kechuang.extract.metadata.headline import quoted_headline
from tests.extract.passages import rows as _rows
from tests.extract.reading import document_of
from tests.timing import assert_linear

_BODY = "\n为深入实施创新驱动发展战略,制定本方案。\n一、总体要求\n"

# F1: a city's or county's title that implements a provincial document breaks before the province's name; the line
# above (…关于贯彻落实, …深化落实, 关于深入推进) takes it as its object: the title is both lines, the place the city's.
_BROKEN_BEFORE_PROVINCE = [
    ("南京市人民政府关于贯彻落实\n江苏省促进科技成果转化条例的实施方案", "南京市"),
    ("温州市瓯海区关于深化落实\n浙江省科技创新“十四五”规划的工作方案", "瓯海区"),
    ("关于深入推进\n广西壮族自治区科技创新三年行动计划的实施方案", None),
    ("株洲市贯彻落实\n湖南省科技创新三年行动计划实施方案", "株洲市"),
    ("株洲市人民政府关于贯彻落实\n湖南省实施创新驱动发展战略意见的实施意见", "株洲市"),
    # no province at all: 推进全市全省 held 省 in its first eight characters
    ("芦淞区贯彻落实\n推进全市全省科技创新大会精神实施方案", "芦淞区"),
]


def test_a_title_broken_before_a_province_keeps_its_first_line():
    for lines, region in _BROKEN_BEFORE_PROVINCE:
        doc = document_of(lines + _BODY)
        assert doc["title"] == lines.replace("\n", ""), lines
        assert doc["region"] == region, lines


def test_a_province_title_under_a_column_name_is_still_whole():
    # the round-42 shape (黑龙江 1991, hljszw): a law site's column name over the province's own title
    doc = document_of("省人大颁布的地方法规\n黑龙江省预算管理条例实施方案" + _BODY)
    assert doc["title"] == "黑龙江省预算管理条例实施方案"


# F2: a table's column header (名称 | 建设内容及规模 |, 标题 | 发布日期 |) is no title field: the label cell of the
# field form prints its colon (名称: | 东至县… | 文号: |).
def test_a_column_header_is_no_title_cell():
    assert title_field("序号 | 名称 | 建设内容及规模 | 责任单位 |") is None
    assert title_field("标题 | 发布日期 | 浏览次数 |") is None
    assert title_field("序号 | 名 称 | 建设内容及规模 | 责任单位 |") is None
    assert document_of("序号 | 名称 | 建设内容及规模 | 责任单位 |\n1 | 产业园 | 新建标准厂房10万平方米 | 县发改局 |\n"
                       )["title"] is None
    assert document_of("标题 | 发布日期 | 浏览次数 |\n关于开展科技活动周的通知 | 2023-05-01 | 100 |\n")["title"] is None
    assert title_field("名称: | 东至县2024年度小型水库除险加固工程顺利通过完工验收 | 文号: | 无 |") \
        == "东至县2024年度小型水库除险加固工程顺利通过完工验收"


# F3: the first-place note runs to its tail's close over a unit's 〔镇〕, however long the remark after 下同.
def test_a_first_place_note_runs_over_an_inner_bracket():
    text = ("(一)降低成本。落实税费政策。(责任单位:县财政局、县税务局,排在首位的为牵头单位,下同。各乡〔镇〕政府要结合本地"
            "实际认真组织落实好各项工作)")
    assert _rows(text) == [("lead", "县财政局"), ("responsible", "县税务局")]
    text = ("(一)降低成本。落实税费政策。(县税务局、县财政局,各乡〔镇〕政府,列第一位的为牵头单位,下同。以下均需各乡〔镇〕"
            "政府按照要求认真落实相关工作任务,不再列出)")
    assert _rows(text) == [("lead", "县税务局"), ("responsible", "县财政局"), ("responsible", "各乡〔镇〕政府")]


# F5: a list's heading in the page's head (热点推荐, 相关链接) heads links to other pages: its quoted items are no
# headline. A quoted headline under no such heading still titles the page (round 42's family 1).
def test_a_quoted_item_under_a_list_heading_is_no_headline():
    text = ("热点推荐\n《中华人民共和国科学技术进步法》\n来源:本网 发布时间:2023-05-01\n"
            "为深入推进科技创新,县科技局组织开展了培训。\n")
    assert document_of(text)["title"] is None
    assert quoted_headline(split_lines("相关链接\n《关于推动夜间经济发展的意见》\n《关于促进消费的意见》\n")) is None
    assert quoted_headline(split_lines("《湘潭县2021年科技工作要点》(全文)\n县科技局\n")) == "湘潭县2021年科技工作要点"


# F6: 日期 alone over a date is a schedule's column unless another field's label stands over it (镇康 2025:
# 文  号 / 日期 / 2025-12-16); 公布日期 and the other full labels are fields wherever they stand.
def test_a_schedule_column_dates_no_plan():
    text = ("湘潭县2023年科技活动周实施方案\n为普及科学知识,县科协决定举办2023年科技活动周。\n一、活动安排\n活动名称\n日期\n"
            "2023-05-20\n科普讲座\n")
    assert document_of(text)["date"] is None
    assert document_of("湘潭县2023年科技活动周活动安排\n活动名称\n日期\n2023-05-20\n地点\n县科技馆\n")["date"] is None
    assert document_of(text + "县科协\n2023年4月28日\n")["date"] == "2023-04-28"  # a signature still dates it
    rows = field_rows(split_lines("发布机构\n县农业农村局\n文  号\n日期\n2025-12-16\n"))
    assert ("日期:2025-12-16") in [r[0] for r in rows]


# F8.4: the new rules timed on rows that grow (a regex quadratic in a row's length would fail): the title cell on rows
# of long cells, the bare 日期 on a page of schedule columns. The quoted headline reads at most 40 lines of at most 100
# characters (longer lines are skipped unread): its cost is bounded, so no growing input can time it.
def test_the_title_cell_and_the_bare_date_label_are_linear():
    assert_linear(lambda rows: [title_field(r) for r in rows],
                  lambda n: ["名称: | " + " | ".join(["东至县" * n] * 4) + " |"] * 200, 16)
    assert_linear(lambda lines: field_rows(lines), lambda n: split_lines("活动名称\n日期\n2023-05-20\n" * n), 16)
