"""Round-4 target rules: general mechanisms, each from real sentences of at least two documents (address above
each); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md. ``HELD_OUT`` below are sentences gathered from public government pages by search
(not from the corpus, not used to write the rules) that the rules must keep reading."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


# A share written as a fraction in digits is the same target as one written in words (三分之一以上的规上企业,
# tests/extract/test_target_shapes.py; 一半, 三分之一 in the spec): rugao.gov.cn 如皋高新区 2024 goals
# (http://www.rugao.gov.cn/rgscnjd/gzgh/content/31cd47ac-5048-4cfd-b26e-120bf102d108.html: 占全市1/8, 1/5, 超1/4, 1/3).
RUGAO = ("全年主要预期目标是:一般预算收入占全市32.46%,对全市项目招引、重大项目开工、重大项目竣工贡献度分别达25%、40%、20%,"
         "实际利用外资1亿美元规模工业应税销售占全市1/8,新增新开规模工业企业数占全市1/5,新增20亿元企业、10亿元企业、亿元企业"
         "分别不少于1家、1家和7家;净增高企和科创项目占全市比重超1/4、有效发明专利数280件培育国家专精特新“小巨人”企业占全市1/3"
         "规上服务业重点行业企业数占全市44%,限上住宿餐饮业营业额占全市36.1%新增省级重点人才项目入选数10个")


def test_a_fraction_in_digits_is_a_share():
    rows = _rows(RUGAO, 2024)
    assert ("规模工业应税销售占全市", "level", 12.5, "%", 2024, False) in rows
    assert ("净增高企和科创项目占全市比重", "level", 25, "%", 2024, False) in rows
    assert not _rows("会议定于2023/11/8召开,按1:3配套。", 2023)  # a date or a ratio is no share


# A page that lost its commas runs one item into the next (实际利用外资1亿美元规模工业应税销售…; 有效发明专利数280件培育…;
# 限上住宿餐饮业营业额占全市36.1%新增…: rugao, above, three times): a value that no verb counts closes its item when
# a name and another value follow it, and the next item's name starts after it. A value that a verb counts keeps
# its noun (带动当地20名群众务工增收5000元/年: cq fengjie 云雾 performance form; 实施投资5000万元以上工业重点项目323个:
# nm baotou 2011 重点任务), and a baseline stays out (从人均8.7万元提高到12万元, test_target_shapes).
def test_a_value_closes_its_item_when_the_page_lost_the_comma_after_it():
    rows = _rows(RUGAO, 2024)
    assert ("实际利用外资", "level", 1, "亿美元", 2024, False) in rows
    assert ("有效发明专利数", "level", 280, "件", 2024, False) in rows
    assert ("国家专精特新“小巨人”企业占全市", "level", 100 / 3, "%", 2024, False) in rows
    assert ("限上住宿餐饮业营业额占全市", "level", 36.1, "%", 2024, False) in rows
    assert ("省级重点人才项目入选数", "level", 10, "个", 2024, False) in rows
    baotou = "1.实施投资5000万元以上工业重点项目323个,年内力争完成投资1000亿元以上。"
    assert [r[2] for r in _rows(baotou, 2011)] == [323, 1000]


# Names that carry numbers of their own, paired with values by 分别 (新增20亿元企业、10亿元企业、亿元企业分别不少于1家、1家和7家:
# rugao, above; 全区高新技术企业和科技型企业…分别超过90家和870家: ws.cq.gov.cn 万盛 双倍增 (held out below)): the numbers
# inside the names are no values.
def test_numbers_inside_names_paired_by_respectively_are_no_values():
    rows = _rows(RUGAO, 2024)
    assert [r[:4] for r in rows if r[0].endswith("亿元企业")] == [
        ("20亿元企业", "level", 1, "家"), ("10亿元企业", "level", 1, "家"), ("亿元企业", "level", 7, "家")]
    assert not [r for r in rows if r[3] == "亿元"]
