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


# A sentence that opens with 预计 (or a label, a colon, then 预计/目前) states an estimate or the present: every number
# of it is history, across its ; clauses (yuli.gov.cn 尉犁县 2025 政府工作报告
# https://www.yuli.gov.cn/xjylx/c110957/202501/a43003b38b674545bf3f80b6333ba1e0.shtml; panyu.gov.cn 番禺区卫生健康局
# 2022年工作总结 http://www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html; szgm.gov.cn 光明区2025年
# 民生实事 落实情况 https://www.szgm.gov.cn/zxbs/mssspt/gmq2025nmssspt/jyyzxd/content/post_12103411.html).
def test_a_sentence_of_estimates_or_of_the_present_holds_no_target():
    yuli = ("预计完成地区生产总值90.82亿元,增长8%;固定资产投资34亿元,增长28.3%;规模以上工业增加值2.69亿元,增长31.92%;"
            "城乡居民人均可支配收入分别达39047元、25479元,分别增长7.5%、8%。")
    panyu = "目前,全区共有医疗机构787间,相比2021年末增加66间。"
    guangming = ("第三季度:目前光明区外国语学校等10所中小学校已建成并交付使用,马田小学等3所学校已移交教学楼用于教学工作,"
                 "13所中小学校均已于9月1日开学,新增义务教育学位17490座。")
    for text in (yuli, panyu, guangming):
        assert _rows(text, 2025) == []
    # the goal that the same kind of page sets is still read (光明 任务安排, the line above its 落实情况)
    assert _rows("任务安排\n新建、改扩建中小学校13所,新增义务教育学位17490座。", 2025)[-1][:4] == (
        "义务教育学位", "level", 17490, "座")


# An incentive word that only qualifies the thing counted (补贴性职业技能培训: a kind of training) makes no policy
# parameter of the target (shui5.cn 国办发〔2019〕24号 职业技能提升行动方案 https://www.shui5.cn/article/c6/146819.html);
# the words themselves still do (对重新认定的国家高新技术企业每家奖励从10万元提高到20万元: qyxmbt.com 福州 高企培育
# 措施 http://qyxmbt.com/fj/fz267/4504.html; 给予一次性奖励).
def test_an_incentive_word_that_qualifies_a_noun_makes_no_parameter():
    guoban = ("2019年至2021年,持续开展职业技能提升行动。三年共开展各类补贴性职业技能培训5000万人次以上,"
              "其中2019年培训1500万人次以上。")
    assert ("各类补贴性职业技能培训", "level", 5000, "万人次", 2021, False) in _rows(guoban, 2019)
    assert _rows("对重新认定的国家高新技术企业每家奖励从10万元提高到20万元。对新认定的企业给予一次性奖励50万元。", 2020) == []
