"""Round-40 document metadata: readings that hold on pages the rules were not written from (meta9).

Fresh page openings (openings7's second part, openings8's third part) scored 0.59–0.64 on document metadata before their
rules. The families here are causes shared by several dev pages, each case citing its page's address; the texts are the
pages' own lines, shortened.
"""

from __future__ import annotations

from kechuang.extract.metadata.copies import copy_stamp
from kechuang.extract.metadata.overtitle import printed_once
from kechuang.extract.metadata.readthrough import printed_through
from kechuang.extract.metadata.region import national_title, township_of
from kechuang.extract.metadata.selfplace import named_place
from tests.extract.reading import document_of
from tests.timing import assert_linear

# Family 1: a web copy's own stamp dates the copy, not the document (openings/DECISIONS.md: a forum's 发表于, a
# paper's 刊发日期, a journal's 出版日期; a document site's 发表时间 no longer: review 13). Three dev pages.
_COPY_LABELLED = [
    # http://xyw086.com/forum.php?mod=viewthread&page=1&tid=137774 (固始 2021, a forum)
    "发表于 2021-11-16 16:41:33 | 显示全部楼层 |阅读模式 | 来自河南",
    # https://paper.cuduwang.com/Html/2018-09-26/32127.html (清徐 2018, a county paper)
    "刊发日期:2018-09-26 阅读次数: 作者:常映红  语音阅读:语音阅读",
    # https://www.qikan.wang/thesis/detail/1628868 (山东 2016, a journal site)
    "出版日期 2016年11月21日(中国期刊网平台首次上网日期,不代表论文的发表时间)",
    # 砚山 2011's 发表时间 (renrendoc.com) left the list: portals print 发表时间 as their own stamp (seed 002, review 13)
]
# Family 2: a stamp whose 来源 is a news site or a document library, not a body, is a copy's (three dev pages).
_SITE_SOURCED = [
    # http://jzrd.gov.cn/284/8340.html (人民网's item on a county congress's site, 2006)
    "日期:2006-09-07 来源:人民网",
    # https://www.okb.net.cn/article/bhvbcwz (绵远镇 2010)
    "来源:百度文库 编辑:偶看新闻 时间:2024/04/28 13:32:43",
    # http://chinaidr.com/news/2019-01/123951.html (山东 2019)
    "2019/1/15 10:36:07 来源:中国产业发展研究网 【字体:大 中 小】【收藏本页】【打印】【关闭】",
    # http://zfj.shenyang.gov.cn/zwgk/fdzdgknr/jcbs/zfgzbg/202206/t20220621_3319878.html (沈阳 2021, openings9a: a
    # bureau's copy of the report from the paper, its source in a table's cell)
    "发布时间 | 2021-02-10 责任编辑 |  来源 | 沈阳日报",
]
# A portal's own stamps stay the publishing date (the issuer's site, or its office as the source).
_PORTAL_STAMPS = [
    # http://hbdaye.gov.cn/zfxxgk/fdgknr/qtzdgknr/2020zdjcsx/202205/t20220509_902167.html (大冶 2022)
    "发表日期:2022-01-02    文章来源:大冶市人民政府办公室",
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/yjgl/2006-03/22/content_233715.htm (海南 2006)
    "中央政府门户网站 www.gov.cn   2006年03月22日   来源:海南省人民政府网站",
    # http://kx.cq.gov.cn/tzkz/zcfg/2017-8/37140.html (开州 2017)
    "来源:区科委网站 作者: 发布日期:2017/8/22 10:47:44 阅读次数:次 【字体:",
    # https://www.raoping.gov.cn/zwgk/zffb/content/post_3662595.html (饶平 2020)
    "来源:本网",
    # https://pykj.puyang.gov.cn/pc/fwzx.asp?a=newsview&id=33951 (濮阳 2021)
    "来源:局办公室    发布时间:2021-12-21 16:31:47    点击:8564次    [关闭本页]",
]


def test_a_copy_labelled_stamp_dates_nodocument_of():
    assert all(copy_stamp(line) for line in _COPY_LABELLED)


def test_a_site_sourced_stamp_dates_nodocument_of():
    assert all(copy_stamp(line) for line in _SITE_SOURCED)


def test_a_portals_own_stamp_stays():
    assert not any(copy_stamp(line) for line in _PORTAL_STAMPS)


# 固始 2021 (forum) and 盛华仁's speech on 人民网 (jzrd.gov.cn), cut to their heads: no signature, so no date.
_GUSHI = ("信阳网\n查看: 15662|回复: 0\n固始县疫情防控指挥部发布通告!禁止在安山森林公园进行聚集性活动\n[复制链接]\n"
          "发表于 2021-11-16 16:41:33 | 显示全部楼层 |阅读模式 | 来自河南\n关于禁止在安山森林公园进行聚集性活动的通告\n"
          "为持续做好我县新冠肺炎疫情防控工作,切实保障人民群众的身体健康和生命安全,经县疫情防控指挥部研究,"
          "禁止2021年11月17日至11月19日期间在安山森林公园进行聚集性活动,现将有关事宜通告如下:\n")
_RENDA = ("盛华仁:县乡人大换届面临新问题 坚持三大原则\n\n日期:2006-09-07 来源:人民网\n"
          "从今年下半年开始,县乡两级人大换届选举工作将在全国各地陆续展开。\n\n  一、充分认识县乡人大换届选举工作的重大意义\n")


def test_a_copys_stamp_is_no_date():
    assert document_of(_GUSHI)["date"] is None
    assert document_of(_RENDA)["date"] is None


def test_copy_stamp_is_linear():
    assert_linear(lambda line: copy_stamp(line), lambda n: "来源:" + "中国产业发展研究" * n + "网 2019-01-15")


# Family 3: a township's plan titled by its name alone, no body after it: the township is its region (three dev pages).
_TOWNSHIP_TITLES = [
    # https://public.dengfeng.gov.cn/D49Y/2044017.jhtml (登封 徐庄镇 2017)
    ("徐庄镇2017年度安全生产专项整治工作计划", "徐庄镇"),
    # http://admin.yzcity.gov.cn:8888/spxhjdz/0600/201604/be1e495c23c54e72a5b952e754887039.shtml (何家洞镇 2016)
    ("何家洞镇突发事件总体应急预案", "何家洞镇"),
    # http://shuiyw.cc/bencandy-99-29068-1.htm (沙镇镇 2017)
    ("沙镇镇全面实行河长制工作实施方案", "沙镇镇"),
    # words of the countryside and a city's name open no township
    ("城乡环境综合整治实施方案", None),
    ("特色小镇建设三年行动计划", None),
    ("乡村振兴战略规划(2018-2022年)", None),
    ("新鄉(xiāng)市政务公开工作要点", None),
    ("各乡镇安全生产工作要点", None),
]


def test_a_township_opening_its_title_is_its_region():
    for title, township in _TOWNSHIP_TITLES:
        assert township_of(title) == township, title


_SHAZHEN = ("沙镇镇全面实行河长制工作实施方案\n沙镇镇全面实行河长制工作实施方案\n"
            "为深入贯彻落实《中共中央办公厅、国务院办公厅印发〈关于全面推行河长制的意见〉的通知》精神,制定本方案。\n"
            "一、总体要求\n")


def test_a_township_plan_is_placed_there():
    assert document_of(_SHAZHEN)["region"] == "沙镇镇"


# Family 4: a mirror's phonetic readings (開發(fā)區(qū), 發(fā)文字號) hide a field the same page gives when read without
# them; the field is read through the readings and given as printed (inner readings kept, a place's and a 文号's
# trailing one left out: openings/DECISIONS.md). Three dev pages.
# http://www.madecom.cn/blog/... (國函〔2007〕2號 on a blog, the 批复's title over two lines; address in the fixture
# cn-guowuyuan-nbgxq2007)
_NINGBO = ("國務院關(guān)于同意寧波省級高新技術(shù)產(chǎn)業(yè)\n"
           "開發(fā)區(qū)升級為國家高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)的批復\n國函〔2007〕2號\n浙江省人民政府:\n"
           "你省《關(guān)于要求寧波省級高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)升級為國家高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)的請示》"
           "(浙政〔2005〕87號)收悉。現(xiàn)批復如下:\n")
# http://www.dreamzoneerode.com/2025/05-14/3520867.html (內鄉 2024, a mirror of the county's portal)
_NEIXIANG = ("首頁 > 2024\n索引號:\n發(fā)文機關(guān):\n成文日期:2024-10-20\n"
             "標(biāo)題:內(nèi)鄉(xiāng)縣人民政府關(guān)于印發(fā)內(nèi)鄉(xiāng)縣地質(zhì)災(zāi)害防治“十四五”規(guī)劃的通知\n"
             "發(fā)文字號:內(nèi)政〔2024〕13號\n發(fā)布日期:2024-10-31\n"
             "內(nèi)鄉(xiāng)縣人民政府關(guān)于印發(fā)內(nèi)鄉(xiāng)縣地質(zhì)災(zāi)害防治“十四五”規(guī)劃的通知\n"
             "各鄉(xiāng)鎮(zhèn)人民政府,縣政府有關(guān)部門:\n"
             "經(jīng)縣政府同意,現(xiàn)將《內(nèi)鄉(xiāng)縣地質(zhì)災(zāi)害防治“十四五”規(guī)劃》印發(fā)給你們,請結(jié)合實際,認(rèn)真組織實施。\n")
# http://004km.cn/a9/201905142/1a7bb575cf5f4587.html (海安 2011, a compilation's copy of a 批复)
_HAIAN = ("第一篇:省政府關(guān)于調(diào)整海安縣部分鎮(zhèn)行政區(qū)劃的批復(fù)\n江蘇省人民政府\n蘇政復(fù)〔2011〕53號\n"
          "省政府關(guān)于調(diào)整海安縣\n部分鎮(zhèn)行政區(qū)劃的批復(fù)\n南通市人民政府:\n"
          "你市《關(guān)于調(diào)整海安縣部分鄉(xiāng)鎮(zhèn)行政區(qū)劃的請示》(通政請〔2011〕54號)悉。\n")


def test_fields_are_read_through_a_mirrors_readings():
    doc = document_of(_NINGBO)
    assert doc["title"] == ("國務院關(guān)于同意寧波省級高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)升級為國家高新技術(shù)產(chǎn)業(yè)"
                            "開發(fā)區(qū)的批復")
    assert doc["issuer"] == ["國務院"]
    assert doc["region"] == "寧波省級高新技術(shù)產(chǎn)業(yè)開發(fā)區"
    assert document_of(_NEIXIANG)["doc_number"] == "內(nèi)政〔2024〕13號"
    assert document_of(_HAIAN)["title"] == "省政府關(guān)于調(diào)整海安縣部分鎮(zhèn)行政區(qū)劃的批復(fù)"


def test_printed_through_readings_is_linear():
    text = "開發(fā)區(qū)升級為" * 8
    assert_linear(lambda t: printed_through(t, "開發區升級為" * 4, trailing=False), lambda n: text * n)


# Family 5: a document addressed to every province is national; the addressees' list runs long (ninety characters
# after 直辖市 in 农业农村部 2022 and 2023's lists) and an excerpt may cut it after a 、 (残联 2021, its colon lost).
# http://home.hnpsia.org.cn/law/content?id=155 (中国残疾人联合会 2021, a reprint)
_CANLIAN = ("中国残疾人联合会关于印发无障碍环境建设“十四五”实施方案的通知\n\n作者:河南省老龄产业协会\n"
            "各省、自治区、直辖市残联、住房和城乡建设厅(局、委、管委)、网信办、教育厅(教委)、工业和信息化主管部门、"
            "通信管理局、公安厅(局)、民政厅(局)、交通运输厅(局、委)、文化和旅游厅(局)、卫生健康委、广播电视局、\n\n"
            "  为进一步推进无障碍环境建设,依据《国务院关于印发“十四五”残疾人保障和发展规划的通知》(国发〔2021〕10号),"
            "制定本方案。\n")


def test_a_long_list_to_every_province_is_national():
    assert document_of(_CANLIAN)["region"] == "全国"


# Family 6: bodies the signature reader did not know by their last word: a 领导小组 (吉林 2021, 宿迁 2021), a congress
# session's 主席团 (苍南 2017), a police 大队 (龙港 2021). Four dev pages, each signed over its date.
_SIGNED = [
    # http://xxgk.jl.gov.cn/zcbm/fgw_98067/xxgkmlqy/202104/t20210430_8052814.html
    ("省旅游产业发展领导小组各成员单位:\n为全面落实…的实施方案,现印发给你们,请认真贯彻落实。\n此通知。\n"
     "吉林省旅游产业发展领导小组\n(吉林省文化和旅游厅代签)\n2021年4月13日\n", "吉林省旅游产业发展领导小组"),
    # http://suqian.gov.cn/cnsq/xxgkzxgh/202207/e1c5c4f7407f42f3afaf01cd26b43b06.shtml
    ("关于印发《系统化全域推进海绵城市建设三年行动计划(2021-2023年)》的通知\n各县、区人民政府,市各有关部门和单位:\n"
     "《系统化全域推进海绵城市建设三年行动计划(2021-2023年)》已经市政府五届七十九次常务会议审议通过,现印发给你们,"
     "请认真贯彻落实。\n宿迁市系统化全域推进海绵城市建设示范工作领导小组\n2021年9月29日\n(此件公开发布)\n",
     "宿迁市系统化全域推进海绵城市建设示范工作领导小组"),
    # https://cnxw.com.cn/system/2017/02/20/012671547.shtml
    ("苍南县第十届人民代表大会第一次会议公告(第8号)\n苍南县第十届人民代表大会第一次会议,于2017年2月20日投票表决确定"
     "2017年县政府民生实事项目为10项,分别是:\n现予公告。\n苍南县第十届人民代表大会第一次会议主席团\n2017年2月20日\n",
     "苍南县第十届人民代表大会第一次会议主席团"),
    # https://www.lgbbs.cn/forum.php?extra=page%3D1&mod=viewthread&tid=6088
    ("关于龙港市兴安街道路提升工程施工期间实施限制交通措施的通告\n因龙港市兴安街提升工程施工需要,公安交通管理部门决定对"
     "兴安街实施限制交通措施。具体事项通告如下:\n特此通告。\n龙港市公安局交通警察大队\n2021年3月18日\n",
     "龙港市公安局交通警察大队"),
]


def test_a_group_a_presidium_and_a_brigade_sign():
    for text, signer in _SIGNED:
        assert document_of(text)["issuer"] == [signer], signer


# Family 7: the page's 发布机构 field when nothing signs: under the label 发布机关 (南华 2022, as 兖州 2022 prints it) and
# with its bodies joined by ; (肃南 2022).
# http://www.ynnh.gov.cn/info/14773/70376.htm
_NANHUA = ("首页 >> 部门目录 >> 南华县应急局\n索  引  号:nhxyjj-/2022-0922002 公开范围:公开 发布机关:南华县应急局 著录日期: "
           "发文字号: 主  题  词: 标      题:南华县森林火灾应急预案 生效日期:\n\n南华县森林火灾应急预案\n\n1总则\n\n1.1编制目的\n")
# http://www.gssn.gov.cn/zfxgk/fdzdgknr/snxghgy/202204/t20220426_835922.html
_SUNAN = ("关于印发肃南裕固族自治县“十四五” 扶持人口较少民族发展规划的通知\n\n发布时间: 2022-04-29 10:20:00 背景色:\n"
          "索引号 620721003/2022-00111 发文字号 肃政办发〔2022〕50号\n关键词 发布机构 肃南县政府办;肃南县民宗局\n"
          "公开形式 主动公开 责任部门\n\n肃南裕固族自治县扶持人口较少民族发展规划(2021-2025年)\n\n一、规划背景\n")


def test_the_pages_issuer_field_in_more_forms():
    assert document_of(_NANHUA)["issuer"] == ["南华县应急局"]
    assert document_of(_SUNAN)["issuer"] == ["肃南县政府办", "肃南县民宗局"]


# Family 8: a document that is its own title keeps the bodies printed on lines of their own over it, whichever reader
# found the title (吕梁 2022's 標題 field prints it without its body). Two dev pages.
# http://www.moltenmetalmerch.com/llxxgk/zfxxgk/xxgkml/hflwj/202209/t20220922_1695788.html (吕梁 2022, a mirror)
_LVLIANG = ("索 引 號:111423LL00100/2022-87770 | |\n發文字號:呂政函〔2022〕60號 | 發布日期:2022年09月05日 |\n"
            "發文機關:呂梁市人民政府 | 關 鍵 字: |\n標 題:關于呂梁市公園體系規劃(2022-2035年)的批復 | |\n"
            "主題分類:建設規劃 | 成文日期:2022年09月05日 |\n呂梁市人民政府\n關于呂梁市公園體系規劃(2022-2035年)的\n批 復\n"
            "市城市管理局:\n你局《關于<呂梁市公園體系規劃(2022—2035年)>批復的請示》(呂城請〔2022〕102號)已收悉,經研究,"
            "現批復如下:\n呂梁市人民政府\n2022年9月5日\n")
# http://www.345619.com/content/2018/03/06/9802716.html (邵阳县 2018)
_SHAOYANG = ("邵文〔2018〕6號\n中共邵陽縣委\n邵陽縣人民政府\n關于表彰2017年度文明單位和文明鄉鎮的通報\n(2018年2月26日)\n"
             "2017年,全縣各級各部門認真貫徹黨的十九大和十九屆二中全會精神,始終堅持科學發展,加快后發趕超。\n")


def test_the_bodies_over_an_own_title_stay_in_it():
    assert document_of(_LVLIANG)["title"] == "呂梁市人民政府關于呂梁市公園體系規劃(2022-2035年)的批復"
    doc = document_of(_SHAOYANG)
    assert doc["title"] == "中共邵陽縣委 邵陽縣人民政府關于表彰2017年度文明單位和文明鄉鎮的通報"
    assert doc["issuer"] == ["中共邵陽縣委", "邵陽縣人民政府"]


# Family 9: 依照《…》 names a basis as 依据《…》 does (openings/DECISIONS.md, openings7): two dev pages.
# http://m.bd.bendibao.com/news/7953.shtm (腰山镇 2020)
_YAOSHAN = ("  腰山镇人民政府关于取消南腰山村庙会的通告\n\n"
            "  为全力做好我镇新型冠状病毒感染的肺炎疫情防控、确保广大人民群众健康安全,依照《中华人民共和国传染病防治法》"
            "《中华人民共和国突发事件应对法》和国家、省、市、县近期发布的关于疫情防控有关规定,暂时取消南腰山村庙会。"
            "现就具体事项通告如下:\n\n  一、取消2020年2月27日(二月初五)南腰山村庙会。\n")
# http://www.nmgyj.org/page13?article_id=79 (新城区 2022, the 社会信用体系 plan)
_XINCHENGQU = ("呼和浩特市新城区社会信用体系建设实施方案\n"
               "为加快我区社会信用体系建设步伐,打造“信用新城区”,根据国务院《社会信用体系建设规划纲要(2014—2020)》,"
               "依照《内蒙古自治区公共信用信息管理办法》、《内蒙古自治区社会法人失信惩戒办法》之要求,结合我区工作实际,"
               "特制定本方案。\n一、指导思想\n")


def test_according_to_names_a_basis():
    assert document_of(_YAOSHAN)["basis"] == ["中华人民共和国传染病防治法", "中华人民共和国突发事件应对法"]
    assert document_of(_XINCHENGQU)["basis"] == ["社会信用体系建设规划纲要(2014—2020)", "内蒙古自治区公共信用信息管理办法",
                                               "内蒙古自治区社会法人失信惩戒办法"]


# Family 10: a reply's 文号 followed by its category mark on its line (`…6号(A)类`, `…来信号B类`): the mark is no
# part of the number (openings/DECISIONS.md, openings7), a number written as a word (来信) kept as printed. Two pages.
# https://xiangyin.gov.cn/31203/31208/content_1991103.html and https://xiangyin.gov.cn/31203/31208/content_2062208.html
def test_a_category_mark_after_the_number_is_dropped():
    transport = ("对县十七届人大三次会议第63号建议的答复\n\n来源: 湘阴县人民政府 发布时间: 2019-11-28 14:57 浏览次数: 1\n\n"
                 "               湘阴交函议复字〔2019〕6号(A)类\n\n对县人大第十七届第三次会议第63号建议的\n\n答  复\n\n"
                 "刘冬辉代表:\n\n您好!您在第十七届人民代表大会第三次会议上提出的建议已收悉。\n\n湘阴县交通运输局\n\n2019年5月5日\n")
    education = ("对县政协十届三次会议来信号提案的答复\n来源:\n湘阴县人民政府\n发布时间:\n2019-11-29 08:22\n浏览次数:\n1\n"
                 "湘教提复字〔2019〕来信号B类\n对县政协十届三次会议第来信号提案的\n答 复\n戴治委员:\n"
                 "您好!您在政协第十届三次会议提出的提案已收悉,现答复如下:\n湘阴县教育局\n2019年4月20日\n")
    assert document_of(transport)["doc_number"] == "湘阴交函议复字〔2019〕6号"
    assert document_of(education)["doc_number"] == "湘教提复字〔2019〕来信号"


# Family 11: a 府令's number printed on a line below the order's name (中华人民共和国国务院令 / 第753号, 2022), a page's
# upload stamp between them (齐齐哈尔市人民政府令 / 上载日期: … / 第3号, 2017): the number as printed (openings/DECISIONS.md,
# second batch).
# http://www.qqhr.gov.cn/News_showNews.action?messagekey=147662 (齐齐哈尔 2017)
_QIQIHAER = ("齐齐哈尔市人民政府令\n上载日期: 2017-12-29 信息员: xxzx-zlx 上载部门: 市信息中心\n\n第3号\n\n \n\n"
             "  齐齐哈尔市人民政府关于修改齐齐哈尔市散装水泥管理办法等11部政府规章的决定》业经2017年12月18日市政府16届10次"
             "常务会议通过,现予公布,自公布之日起施行。\n\n市长:李玉刚       \n2017年12月28日      \n\n \n\n"
             "齐齐哈尔市人民政府关于修改齐齐哈尔市散装水泥管理办法等11部市政府规章的决定\n")


def test_an_orders_number_below_a_stamp():
    assert document_of(_QIQIHAER)["doc_number"] == "第3号"


# Family 12: a plan whose title opens with the nation (国家…规划, 全国…规划) is national when nothing else places it: the
# five dev pages with such titles are all 全国 (国家职业教育改革实施方案 2019, 全国沿海防护林体系建设工程规划 2017, 全國海洋
# 主體功能區規劃 2015…); a college's copy of 国家教育事业发展“十三五”规划 names no issuer.
# http://mks.hkxy.edu.cn/2017_01/20_17/content-48388.html
_JIAOYU = ("国家教育事业发展“十三五”规划\n日期:2017-01-20  发布人:思政课部  浏览量:4502\n\n"
           "十三五时期是全面建成小康社会决胜阶段。为加快推进教育现代化,依据《中华人民共和国国民经济和社会发展第十三个五年"
           "规划纲要》,制定本规划。\n一、以新理念引领教育现代化\n")


def test_a_plan_titled_by_the_nation_is_national():
    assert document_of(_JIAOYU)["region"] == "全国"
    assert national_title("国家职业教育改革实施方案") and national_title("全國海洋主體功能區規劃")
    assert not national_title("国家级经济技术开发区管理办法") and not national_title("全国文明城市创建工作总结")


# Family 13: a page whose title, issuer and text name no place of their own (a portal's notice, a news item, a bureau's
# report) is placed by the first body its head or opening names in full: 饶平 2020 (`县政府发布《饶平县人民政府关于…》`),
# 临渭 2017 (`临渭区委、区政府决定`), 新密 2020 (`根据《新密市人民政府办公室关于…》`), 信阳 2018 (a reprint's run-on heading).
# https://www.raoping.gov.cn/zwgk/zffb/content/post_3662595.html
_RAOPING = ("关于春节元宵期间禁止销售燃放烟花爆竹和孔明灯的通告\n2020-01-11 09:23\n来源:本网\n【浏览字体:\n"
            "  当前正是森林火险高发期,每一处“星星之火”都可以将周边区域燃成火海。\n"
            "  为保障县城春节、元宵节日期间的公共安全和人民群众生命财产安全,营造平安、祥和的节日环境,1月10日,县政府发布"
            "《饶平县人民政府关于春节元宵期间禁止在县城部分区域销售燃放烟花爆竹和孔明灯的通告》。\n")
# http://www.wnlwqwhg.com/activ/show.aspx?id=274
_LINWEI = ("区文化馆被评为临渭区“文明单位标兵”称号\n- 274\n- 2017-02-16\n- 加入收藏\n"
           "为了表彰先进、弘扬正气、进一步激发全区广大干部干事创业的积极性,推动精神文明建设深入开展,日前,临渭区委、区政府"
           "决定,命名区文化馆为区级文明单位标兵,渭南市司法局等7个单位为区级文明单位。\n")
# https://public.xinmi.gov.cn/D49Y/4606450.jhtml
_XINMI = ("2020年人大建议、政协提案办理工作\n完成情况说明\n根据《新密市人民政府办公室关于认真做好2020年人大代表议案建议和"
          "政协委员提案办理工作的通知》(新密政办文〔2020〕7号)要求,我局高度重视,及时召开会议分析研究,制订方案。\n"
          "2020年11月5日\n")


def test_a_page_with_no_place_of_its_own_is_placed_by_the_first_body_it_names():
    # review 13: a body inside 《》 (饶平, 新密: cited) or in a sentence (临渭) places nothing, only one printed whole
    assert document_of(_RAOPING)["region"] is None
    assert document_of(_LINWEI)["region"] is None
    assert document_of(_XINMI)["region"] is None
    assert named_place(["苏政办发〔2016〕85号江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见"]) == "江苏省"
    assert named_place(["认真落实市委、市政府的部署"]) is None


def test_named_place_is_linear():
    assert_linear(lambda texts: named_place(texts), lambda n: ["各部门认真落实市委、市政府部署," * n] * 12)


# Family 14: an edition mark after a 条例's title (`(1995修正)`, `(2022年修订)`) is dropped like a draft's
# (openings/DECISIONS.md, openings6). Two dev pages.
# http://www.scfdj.cn/197377064935013074484.html (内蒙古 1995) and http://m.doczj.com/doc/4919199678.html (地名管理条例)
_YSW = ("内蒙古自治区预算外资金管理条例(1995修正)\n\n2024-05-15 01:31\n\n1. 内蒙古自治区预算外资金管理条例(1995修正)\n\n"
        "第一条 为加强预算外资金管理,搞好社会财力综合平衡,促进自治区经济发展,根据宪法和有关法律、法规的规定,结合自治区"
        "实际,制定本条例。\n")
_DMGL = "当前位置:文档之家› 地名管理条例(2022年修订)\n\n地名管理条例(2022年修订)\n\n第一章 总则\n\n第一条 为了加强和规范地名管理,制定本条例。\n"


def test_an_edition_mark_after_a_title_is_dropped():
    assert document_of(_YSW)["title"] == "内蒙古自治区预算外资金管理条例"
    assert document_of(_DMGL)["title"] == "地名管理条例"


# Family 15: a notice that issues a list of names (印发…名单的通知) issues no plan: the notice is the document
# (openings/DECISIONS.md, openings4), as a notice that publishes one (关于公布…名单的通知, 陕西 2021) is.
# https://npo152250.npoall.com/news/itemid-115336.html (发改办 2025, a reprint)
_TDFSD = ("国家发展改革委办公厅关于印发第二批国家碳达峰试点名单的通知\n发改办环资〔2025〕248号\n"
          "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委,长三角生态绿色一体化发展示范区执委会:\n"
          "为落实国务院《2030年前碳达峰行动方案》(国发〔2021〕23号)有关部署,确定第二批国家碳达峰试点名单。\n"
          "一、有关地区发展改革委要高度重视、周密部署、扎实推进国家碳达峰试点建设。\n国家发展改革委办公厅\n2025年3月15日\n"
          "附件:第二批国家碳达峰试点名单\n")


def test_a_notice_issuing_a_list_of_names_is_thedocument_of():
    assert document_of(_TDFSD)["title"] == "国家发展改革委办公厅关于印发第二批国家碳达峰试点名单的通知"


# Family 16: a title the page printed twice into one (a headline run into the title's own lines, 郑州 复函 2000; a
# heading that repeats its first part, 银发经济 2024): read once, its last printing whole.
# https://qinglite.cn/doc/309066f4b55332b86 (国办函〔2000〕17号)
_ZHENGZHOU = ("国务院办公厅关于河南郑州经济技术开发区的复函(2000年10号)\n国务院办公厅关于河南郑州\n经济技术开发区的复函\n"
              "国办函〔2000〕17号\n河南省人民政府:\n你省《关于申办国家级郑州经济技术开发区的请示》(豫政文〔1999〕167号)收悉。"
              "经国务院领导同意,现函复如下:\n一、同意郑州经济技术开发区为国家级经济技术开发区。\n国务院办公厅\n"
              "二○○○年二月十三日\n")
# http://www.tongchuangwenlv.com/jujiao/779.html (国务院办公厅 2024 on a company's site)
_YINFA = ("国务院办公厅关于发展银发经济 国务院办公厅关于发展银发经济 增进老年人福祉的意见\n发布时间:2024-01-23\n"
          "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n"
          "   银发经济是向老年人提供产品或服务,以及为老龄阶段做准备等一系列经 济活动的总和。\n   一、总体要求\n")


def test_a_title_printed_twice_is_read_once():
    assert document_of(_ZHENGZHOU)["title"] == "国务院办公厅关于河南郑州经济技术开发区的复函"
    assert document_of(_YINFA)["title"] == "国务院办公厅关于发展银发经济增进老年人福祉的意见"
    assert printed_once("关于推进城乡建设的意见") == "关于推进城乡建设的意见"
