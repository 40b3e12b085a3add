"""name38: a name that ends with 总量/总数 before another verb of reaching keeps it (the level verbs list 总量 and
总数 for …总数1000家, and the second of two verbs in a row was cut as one: 用水总量控制在 gave 用水). Sentences
verbatim from dev pages of different places (addresses above each case); the negative cases keep the cut where
总数 follows a modal (力争总数突破) or stands alone (总数达到)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _names(text: str, plan_year: int | None = None) -> list[tuple[str, float, str | None]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


def test_a_total_before_a_verb_of_reaching_closes_the_noun():
    # 合肥 水利“十四五”, http://73n4.com/news/show.php?itemid=32413 (traditional, as printed)
    assert ("用水總量", 34.47, "億立方米") in _names("用水總量控制在34.47億立方米以內,萬元GDP用水量下降12.5%。")
    # 江西 2011 水利, http://www.gzjrw.com.cn/Item/41130.aspx
    assert ("用水总量", 300, "亿立方米") in _names("到2015年,全省将新增总供水能力35亿立方米,用水总量控制在300亿立方米以内,")
    # 宣州 科技, https://www.xuanzhou.gov.cn/OpennessContent/show/3411311.html
    assert _names("全区高新技术企业总量达到160家,入库科技型中小企业200家。")[0] == ("全区高新技术企业总量", 160, "家")
    # 西安 2024 民生实事, https://sx.sina.com.cn/news/b/2024-03-19/detail-inanvpww9509665.shtml?from=sx_ydph
    assert ("托位总数", 5.19, "万个") in _names("建设公办托育机构7所,发展普惠托育机构29所,托位总数达到5.19万个。", 2024)
    # 河南 2018 职业技能, http://www.kjw.cc/2018/07/27/141316.html
    henan = _names("到2022年,全省累计开展各类职业技能培训1500万人次以上,技能人才总量达到810万人,其中高技能人才总量达到"
                   "230万人,")
    assert ("技能人才总量", 810, "万人") in henan and ("高技能人才总量", 230, "万人") in henan


def test_a_share_of_a_total_keeps_its_denominator():
    # 国务院 2019 职教改革, http://www.gov.cn/zhengce/content/2019-02/13/content_5365341.htm
    text = "到2022年,“双师型”教师（同时具备理论教学和实践教学能力的教师）占专业课教师总数超过一半。"
    assert [n for n, _, _ in _names(text)] == ["“双师型”教师(同时具备理论教学和实践教学能力的教师)占专业课教师总数"]


def test_a_total_after_a_modal_or_alone_is_still_the_verb():
    # 连云港 高企“小升高” (round 4 and 10 tests): 力争总数突破 — the name is what stands before the modal
    assert _names("到2020年末,全市高新技术企业数量力争总数突破450家,进出口总额力争增长8%左右。", 2019)[0] == (
        "全市高新技术企业数量", 450, "家")
    # 总数 alone names the count before it (new_totals.py)
    assert _names("新开通5G基站15万个以上,总数达到30万个以上。", 2024)[1] == ("5G基站总数", 30, "万个")
    # 经济总量 (naming.economy_total) stays as it was
    assert _names("到2025年,深圳经济总量超过4万亿元。")[0][0] == "深圳经济总量"
