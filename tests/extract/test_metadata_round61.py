"""Round-61 document rules (meta26), from the dev split of tests/fixtures/real/openings: a news lead that names the
document first and its day after it, and the long names of autonomous prefectures and counties."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.metadata.region import region_of

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _document(name: str):
    return extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).document


# A lead that names the document, then its day, then its verb (发布, 对外公布, 施行): the page's title, and the
# place the title or the bodies before 印发的 name. Dev pages: http://www.woniupai.net/67257.html (中医药, 2019),
# http://shfjr.com/newsd/id/52624.html (福建 茶产业条例), http://e.mzyfz.org.cn/paper/1956/paper_52415_10885.html
# (家政, 新华社 in 法制日报's paper).
def test_a_lead_that_names_the_document_before_its_day():
    doc = _document("cn-zgzy-zyycx")
    assert doc.title == "中共中央国务院关于促进中医药传承创新发展的意见"
    assert doc.region == "全国"
    doc = _document("fj-fujian-ccytl")
    assert (doc.title, doc.region) == ("福建省促进茶产业发展条例", "福建省")
    doc = _document("cn-fgw-jzjsq")
    assert (doc.title, doc.region) == ("关于推动家政进社区的指导意见", "全国")
    # the same lead in a short print (the 中医药 page's first sentence with a headline over it)
    text = "中医药传承创新发展意见发布\n据蜗牛派了解,《中共中央国务院关于促进中医药传承创新发展的意见》于近日发布。\n"
    assert extract_text(text).document.title == "中共中央国务院关于促进中医药传承创新发展的意见"


# A 《》 that does not open its clause (after 根据, 按照) names a document the text works from, not the page's; a
# lead with its time first keeps its reading (佛山 预制菜, gtuanb 2022, a dev page read since round 29).
def test_a_title_inside_a_clause_is_no_lead():
    text = "茶产业工作会议召开\n会议要求,根据《福建省促进茶产业发展条例》6月1日起正式施行的要求,做好各项工作。\n"
    assert extract_text(text).document.title != "福建省促进茶产业发展条例"
    assert _document("gd-foshan-yzc2022").title == "佛山市加快推进预制菜产业高质量发展实施方案"


# An autonomous prefecture's or county's name holds its peoples' names (longer than the 7 characters of a place's
# name): 克孜勒苏柯尔克孜自治州 (https://peeveeaar.com/xjfgw/c108365/202112/160ed0a4ba194b109f8a39248e90485f.shtml,
# a dev page), 前郭尔罗斯蒙古族自治县 (its 广播电视台 on http://kejo-www.plus.jlntv.cn/folder340/folder352/
# folder353/2021-04-24/BMxye7SgTqfOPvVv.html, dev), after its province's full name too.
def test_long_autonomous_names():
    assert _document("xj-kezhou-sswgy2021").region == "克孜勒苏柯尔克孜自治州"
    assert region_of("前郭尔罗斯蒙古族自治县广播电视台") == "前郭尔罗斯蒙古族自治县"
    assert region_of("新疆维吾尔自治区克孜勒苏柯尔克孜自治州人民政府") == "克孜勒苏柯尔克孜自治州"
    # a short one stays (肃南, http://www.gssn.gov.cn/zfxgk/fdzdgknr/snxghgy/202204/t20220426_835922.html), and a
    # verb before the name makes no place of it
    assert region_of("肃南裕固族自治县人民政府") == "肃南裕固族自治县"
    assert region_of("关于印发肃南裕固族自治县扶持人口较少民族发展规划的通知") is None


# A one-character county before its own 县委 or 县政府 is that county, not 开县县 (dev: 开县县委、县政府正式出台
# 《…》, http://www.nsstj.com/archives/IndustryNewsDetail-2261.html); a county of two characters keeps its reading
# (来源:卢氏县县政府, ha-lushi-zwgkxz2018, a dev page); a level's own committee before its government names no place
# (近日,省委省政府出臺了《…》, http://szxsdhs.com/2019/07/262766.shtml, dev: 四川 from its own words instead).
def test_a_county_before_its_own_committee():
    assert _document("cq-kaixian-gjcy2009").region == "开县"
    assert region_of("开县县委") == "开县"
    assert region_of("重庆市开县县委") == "开县"
    assert region_of("卢氏县县政府") == "卢氏县"
    assert region_of("省委省政府") is None
    assert _document("sc-sichuan-xyjjjd").region == "四川"
