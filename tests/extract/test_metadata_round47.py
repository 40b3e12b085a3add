"""Round 47 (meta14): what openings14 and the dev misses show (docs/extraction.md, "Round 47, document"). Each case
is a dev page's lines, its address given."""

from __future__ import annotations

import pytest

from kechuang.extract.metadata.region import region_of
from tests.extract.reading import assert_reads

# A page for comments on a draft that prints no draft keeps its own title, its closing date dropped (the class
# openings/DECISIONS.md names: 王益 2022, 常州 2023):
# dev http://nync.zs.gov.cn/zwgk/wgk/jcgk/content/post_1371193.html (中山 2019, a 公示),
# dev https://www.changzhou.gov.cn/ns_news/600169026490280 (常州 2023, a 公告).
# A page that prints the draft under its own heading is about the draft, in the heading's form:
# dev http://minyi.zjzwfw.gov.cn/dczjnewls/dczj/idea/topic_7807.html (金华 2023: 三十条 quoted, (三十条) printed),
# dev http://www.weihai.gov.cn/art/2022/12/12/art_59786_9435.html (威海 2023).
_ZHONGSHAN = ("您现在的位置:首页 > 政务公开 >> 决策公开\n\n"
              "关于公开征求《中山市市级农业公园认定标准(试行)》(征求意见稿)意见的公示(截止日期:2019年6月6日)\n\n"
              "信息来源:市农业农村局乡村产业发展科发布日期:2019-05-23 分享:\n\n"
              "    为更好指导我市农业公园建设,加快推动农村一二三产业融合发展,我局草拟了《中山市市级农业公园认定标准(试行)》"
              "(征求意见稿),现将其予以公示,公开征求意见。\n\n"
              "    附件:《中山市市级农业公园认定标准(试行)》.doc\n")
_CHANGZHOU = ("您当前的位置:首页 >> 政民互动 >> 意见征集 >> 正文\n\n"
              "关于对《常州市气象灾害防御办法(草案)》 (征求意见稿)公开征求意见的公告\n\n"
              "发布日期:2023-07-25  浏览次数:  字号:〖默认 超大\n\n"
              "为推进科学立法、民主立法、依法立法,以良法促发展、保善治,现将《常州市气象灾害防御办法(草案)》(征求意见稿)及"
              "说明全文公开,向社会各界征求意见,以便进一步研究、修改后提请市政府审议。有关事项告知如下:\n\n"
              "特此公告。\n\n附件:1.《常州市气象灾害防御办法(草案)》(征求意见稿)\n\n"
              "           2.关于《常州市气象灾害防御办法(草案)》(征求意见稿)的说明\n\n常州市司法局\n\n2023年7月25日\n")
_JINHUA = ("金华市农业农村局关于《金华市区乡村振兴支持政策三十条》 第二次公开征求意见的公告\n\n"
           "为加快实施乡村振兴战略,推动金华农业农村高质量发展,根据《浙江省人民政府印发关于推动经济高质量发展若干政策的通知》"
           "(浙政发【2023】2号)、《省乡村振兴支持政策二十条》精神,结合我市实际,起草了《金华市区乡村振兴支持政策三十条(征求意见稿)》,"
           "现将征求意见稿(草案)全文公布,第二次征求社会各界意见。\n"
           "    附件:1.《金华市区乡村振兴支持政策三十条》(征求意见稿) \n\n"
           "                          金华市农业农村局\n\n                                  2023年6月2日\n\n\n"
           "附件1:\n\n金华市区乡村振兴支持政策(三十条)\n\n(征求意见稿)\n\n")
_WEIHAI = ("关于公开征求《实施先进制造业强市暨智改数转三年行动计划(2023-2025年)(征求意见稿)》意见的公告\n\n公告内容\n"
           "    为深入贯彻习近平总书记关于制造强国战略重要论述,我局牵头起草了《实施先进制造业强市暨智改数转三年行动计划"
           "(2023-2025年)(征求意见稿)》,现向社会公开征求意见。\n\n    威海市工业和信息化局        \n\n"
           "    2022年12月12日           \n\n    实施先进制造业强市暨智改数转三年行动计划(2023-2025年)\n\n    (征求意见稿)\n")


def test_a_page_for_comments_printing_no_draft_keeps_its_own_title():
    assert_reads([
        (_ZHONGSHAN, "关于公开征求《中山市市级农业公园认定标准(试行)》(征求意见稿)意见的公示"),
        (_CHANGZHOU, "关于对《常州市气象灾害防御办法(草案)》 (征求意见稿)公开征求意见的公告"),
    ], "title")


def test_a_page_for_comments_printing_its_draft_takes_the_draft_s_heading():
    assert_reads([
        (_JINHUA, "金华市区乡村振兴支持政策(三十条)"),
        (_WEIHAI, "实施先进制造业强市暨智改数转三年行动计划(2023-2025年)"),
    ], "title")


# The consultation's own text over the draft it prints is where its basis stands, as a 印发 notice's is (金华 2023).
def test_a_page_for_comments_names_its_basis_over_the_draft():
    assert_reads([(_JINHUA, ["浙江省人民政府印发关于推动经济高质量发展若干政策的通知", "省乡村振兴支持政策二十条"])], "basis")


# A headline that reports a release (…发布X) over X's own printing below: X as printed, its issuer's 关于 form when it
# has one, a reprint's place before a colon and a mirror's readings dropped (dev
# http://sonicwebsitehost.com/xyzx/835.jhtml, https://img.ccschy.com/news/214976.html, http://www.xarmt.cn/p/144567.html).
_GUANGAN = ("欢迎您光(guang)临易事特(te)!\n\n四川广安市发布加快推进电动汽车充电基础设施建设的实施意见\n\n"
            "发布时间:2016-11-03 作者:本站编(bian)辑浏览次数:\n\n"
            "近日,广安市人民政府办公室《广安市人民政府办公室关于加快推进电动汽车充电基础设施建设的实施意见》。意见称,到2020年,"
            "广安将预计新建新能源汽车 充电站12座。\n\n\n原文(wen)公告如下(xia):\n\n"
            "广(guang)安市人民政府办公室关于加快推进(jin)电动(dong)汽车充电基础(chu)设施建设的实施意见\n\n"
            "各区(qu)市(shi)(shi)县人民政府(fu),市(shi)(shi)级(ji)相(xiang)关部门:\n")
_ZHACUN = ("2022年莱州市发布柞村镇关于停办寒同山枫叶节公告\n\n更新时间:2022-10-21 15:59:30作者:智慧百科\n\n"
           "2022年莱州市发布柞村镇关于停办寒同山枫叶节公告\n\n  发布时间:2022年10月20日\n\n"
           "  莱州市:柞村镇关于停办寒同山枫叶节的公告\n\n"
           "  目前,疫情防控形势严峻复杂,为有效做好我镇“外防输入、内防反弹”工作,现将有关事项公告如下:\n\n"
           "  一、今年将停办寒同山枫叶节,禁止举办任何民间集会活动。\n\n  特此公告。\n\n  莱州市柞村镇人民政府\n\n"
           "  2022年10月20日\n")
_XIANNING = ("6月24日\n咸宁市人民政府办公室\n发布\n咸宁市提振消费专项行动若干措施\n全文内容如下\n\n"
             "为贯彻落实党中央、国务院关于提振消费专项行动的决策部署和省委、省政府工作要求,结合我市实际,制定本措施。\n"
             "一、落实城乡居民增收行动\n")


def test_a_release_headline_over_the_document_s_own_printing():
    assert_reads([
        (_GUANGAN, "广安市人民政府办公室关于加快推进电动汽车充电基础设施建设的实施意见"),
        (_ZHACUN, "柞村镇关于停办寒同山枫叶节的公告"),
        (_XIANNING, "咸宁市提振消费专项行动若干措施"),
    ], "title")


# 发布 inside a document's own name is no headline's verb (dev http://www.fymate.cn/html/text/lar/172867/17286769.html,
# http://law678.infoeach.com/view-Njc4fDM2ODk2.html).
def test_a_release_inside_a_name_is_no_headline():
    from kechuang.extract.lines import split_lines
    from kechuang.extract.metadata.republished import republished_title

    lines = split_lines("张家口市人民政府办公室关于建立人工影响天气作业公告发布机制的通知\n各县区人民政府:\n")
    assert republished_title(lines, "张家口市人民政府办公室关于建立人工影响天气作业公告发布机制的通知") is None
    lines = split_lines("吉林省人民政府办公厅关于印发《省政府公众信息网站对外发布信息 暂行办法》的通知\n")
    assert republished_title(lines, "省政府公众信息网站对外发布信息暂行办法") is None


def test_the_release_reader_is_linear():
    from kechuang.extract.lines import split_lines
    from kechuang.extract.metadata.republished import republished_title
    from tests.timing import assert_linear

    def make(n: int) -> list:
        return [split_lines("莱州市:柞村镇关于停办寒同山枫叶节的(de)公告\n" * 80 + "一、内容\n" * 20)] * n

    assert_linear(lambda pages: [republished_title(p, "2022年莱州市发布柞村镇关于停办寒同山枫叶节公告x") for p in pages],
                  make, 16)


# A deadline for comments printed after the heading is no publishing date: the page's 发布日期 is (dev 中山 2019, above;
# 长沙县 2024 prints `意见反馈截止日期:2024年2月15日`, http://www.csx.gov.cn/zwgk/bmxxgkml/xwjj/zcwj74/202401/t20240116_11348056.html).
def test_a_deadline_for_comments_dates_no_page():
    from kechuang.extract.metadata.fields import PUBLISHED_FIELD

    assert_reads([(_ZHONGSHAN, "2019-05-23")], "date")
    assert PUBLISHED_FIELD.search("意见反馈截止日期:2024年2月15日") is None
    assert PUBLISHED_FIELD.search("截止时间:2024-02-15") is None


# A common noun ending in a level word is no place: 城市群 (a cluster of cities), a 小镇 designation, a verb's object
# (解决城市低收入家庭…): dev http://www.oubao-ty.com/gb/2017/zb_201701/szfwj/202007/t20200713_7357946.html (吉林省哈长城市群
# 发展规划实施方案), http://bbs.lintaozx.com/archiver/showtopic-8126.aspx (甘肃省特色小镇创建清单),
# http://www.bjxgfjob.com/fagui/39569.html (遼源市解決城市低收入家庭住房困難實施細則); a city's own name stays.
@pytest.mark.parametrize("title, region", [
    ("吉林省哈长城市群发展规划实施方案", "吉林省"),
    ("哈长城市群发展规划", None),
    ("甘肃省特色小镇创建清单", "甘肃省"),
    ("特色小镇创建清单", None),
    ("解決城市低收入家庭住房困難實施細則", None),
    ("遼源市解決城市低收入家庭住房困難實施細則", "遼源市"),
    ("晋城市群众文化活动实施方案", "晋城市"),
    ("盐城市城市更新行动方案", "盐城市"),
])
def test_a_common_noun_ending_in_a_level_word_is_no_place(title, region):
    assert region_of(title) == region


# A mirror's name printed in place of the issuing body is no issuer (dev
# https://willonit.com/kyguanwangmanbetx/info/1672/28621.htm, 黑山 2019; the same shape on dev
# https://donstarks.com/xxgk/zc/zfwj/xzbf/201505/t20150520_494943.shtml, `江南体育官方网站入 关于转发…`, read as none already).
def test_a_mirror_s_site_name_issues_nothing():
    text = ("《开云手机官网入口·(中国)官方网站办公室关于印发〈黑山2019年农作物秸秆综合利用重点县项目实施方案〉的通知》文件解读\n\n"
            "    一、《实施方案》出台背景\n"
            "    为加快推进我县农业绿色发展,提升耕地质量,促进秸秆资源高效循环利用,按照《辽宁省2019年农作物秸秆综合利用项目实施方案》"
            "要求,结合我县实际,制定并出台《开云手机官网入口·(中国)官方网站办公室关于印发〈黑山2019年农作物秸秆综合利用重点县项目"
            "实施方案〉的通知》。 (以下简称《实施方案》)。\n")
    assert_reads([(text, [])], "issuer")
