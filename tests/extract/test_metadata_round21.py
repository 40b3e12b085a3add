"""Round-21 document metadata (openings3): readings of page openings on hosts the rules had never seen — the
twenty-first batch of the corpus (42 dev openings, scored alone before these rules: document 0.765) and the older dev
openings that share each shape. The texts are the pages' own, shortened; each case cites its documents."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text

# News items that report a document (日前,甘肃省政府正式印发《…》, cnci.net.cn 2018; 5月19日,福清市人民政府印发《…》,
# fj.cma.gov.cn 2022; 近日,中共中央辦公廳、國務院辦公廳印發了《…》, a mirror of 光明网's print, 2022): the document is the
# one the lead names, the item's stamp dates the report (no document date), and the lead's bodies place it.
_GANSU = ("中国文化产业网>文化产业政策>\n\n甘肃\n\n甘肃:重点实施“十大工程”加快发展乡村旅游\n\n"
          "2018-02-12    来源:经济日报-中国经济网    编辑:\n\n"
          "经济日报-中国经济网北京2月12日讯 日前,甘肃省政府正式印发《关于加快乡村旅游发展的意见》(以下简称“意见”)。"
          "意见提出,到2020年力争将甘肃省建设成为西部知名的特色乡村旅游目的地。\n")
_FUQING = ("福清:市政府发文推进气象事业高质量发展\n\n发布时间: 2022-05-25 10:29    【字号:  \n\n"
           " 5月19日,福清市人民政府印发《福清市人民政府关于进一步推进气象事业高质量发展的实施意见》(以下简称《实施意见》)。"
           "《实施意见》深入贯彻落实习近平总书记关于气象工作重要指示和来闽考察重要讲话精神。\n")
_COUNTY = ("新利平台 > 即時新聞 > 時政\n\n中辦國辦印發《關於推進以縣城為重要載體的城鎮化建設的意見》\n\n"
           "發布時間:2022-05-07 09:47:00來源: 光明網-《光明日報》\n\n"
           "  新華社北京5月6日電 近日,中共中央辦公廳、國務院辦公廳印發了《關(guan) 於(yu) 推進以縣城為(wei) 重要載體(ti) "
           "的城鎮化建設的意見》,並發出通知,要求各地區各部門結合實際認真貫徹落實。\n")
# The time after the bodies (…,民政部今天印發《…》: a mirror of 央视新闻's item, 2023).
_TODAY = ("中國西藏網(wǎng) > 即時新聞 > 時政\n\n民政部:地名命名、更名后應當按照規(guī)定報送備案\n\n"
          "發(fā)布時間:2023-06-14 09:55:00來源: 央視新聞客戶端\n\n  為加強地名工作統(tǒng)一監(jiān)督管理,規(guī)范地名備案、公告工作,"
          "民政部今天印發(fā)《地名備案公告管理辦法(試行)》。辦法規(guī)定,地名命名、更名后,應當按照規(guī)定報送備案。\n")
# A news portal's decorations around a headline (`(全文)` after it, the province's tag before it: 正蓝旗 2022;
# `(附全文)`: askci 2017) are no part of the title.
_DECORATED = ("(内蒙古)2022年正蓝旗人民政府工作报告(全文)\n\n发布时间:2022-08-21 22:18   责任编辑:www\n\n"
              "2022年1月7日在正蓝旗第十七届人民代表大会第二次会议上\n\n正蓝旗人民政府旗长\n\n各位代表:\n")
# A plan printed under its title whose text then reports another document keeps its own title.
_HULI = ("湖里区生活垃圾分类和减量工作实施方案\n"
         "  为扎实推进我区生活垃圾分类和减量工作,日前,市政府印发《厦门市生活垃圾分类和减量工作方案(试行)》,结合我区"
         "实际,特制定本方案。\n  一、指导思想\n")
# A page's furniture is no part of the title under it: a posting stamp (中商产业研究院2017-04-06, askci 2017) and a
# navigation line (EHS中国 法规首页 太原市消防条例, ehs.gold 2024).
_ASKCI = ("中商官网 招商通 数据库\n\n《山东省“十三五”海洋经济发展规划》印发(附全文)\n\n看财经\n\n"
          "中商产业研究院2017-04-06\n\n山东省“十三五”海洋经济发展规划\n\n为深入贯彻落实国家关于建设海洋强国的战略部署,"
          "根据《山东省国民经济和社会发展第十三个五年规划纲要》和省委、省政府有关要求,编制本专项规划。\n\n一、发展基础与环境\n")
_EHS = ("欢迎来到EHS平台! 设为首页 收藏\nEHS中国 法规首页 太原市消防条例\n\n太原市消防条例\n\n收藏\n\n"
        "颁布日期:2024-01-18生效日期:2024-03-01\n\n\n太原市消防条例\n\n"
        "(2023年12月28日太原市第十五届人民代表大会常务委员会第十四次会议通过\n"
        "2024年1月18日山西省第十四届人民代表大会常务委员会第七次会议批准)\n\n第一章 总 则\n")
# The body whose seal stands in under a signature seals; the body above it signs (國家知識產權局代章, 2021; 中国科协
# 办公厅代章, 2018, and 吉林省文化和旅游厅代签, 2021: dev pages).
_SEALED = ("經國務院知識產權戰略實施工作部際聯席會議同意,現將《知識產權強國建設綱要和“十四五”規劃實施年度推進計劃》印發給你們,"
           "請認真貫徹執行。\n特此通知。\n國務院知識產權戰略實施工作部際聯席會議辦公室\n(國家知識產權局代章)\n2021年12月27日\n"
           "知識產權強國建設綱要和“十四五”規劃實施年度推進計劃\n一、完善知識產權制度\n")
# A bank's branch signs a joint notice (陕西 2021: three bodies on three lines; 山东 2010's byline: 人民银行济南分行).
_SHAANXI = ("根据《陕西省信用建设示范县(示范园区)创建工作方案》,经自愿申报和组织评估,现确定延安市宝塔区等4个县(区)为全省首批"
            "信用建设示范县(示范园区)。\n特此通知。\n陕西省发展和改革委员会\n中国人民银行西安分行\n"
            "中共陕西省委精神文明建设指导委员会办公室\n2021年12月1日\n")
# A mirror prints a signature block's spaces as ? (浮山縣人民政府辦公室 ???????, 浮山 2025; 應急管理部? 中國地震局, a
# mirror of 应急〔2022〕30号): two bodies, the central one making the document national.
_QUAKE = ("應急〔2022〕30號\n各省、自治區、直轄市應急管理廳(局)、地震局:\n"
          "現將《“十四五”國家防震減災規(guī)劃》印發(fā)給你們,請結合實際,認真貫徹執(zhí)行。\n應急管理部? 中國地震局\n"
          "2022年4月7日\n(本文有刪減)\n“十四五”國家防震減災規(guī)劃\n一、發(fā)展環(huán)境\n")
_FUSHAN = ("各鄉(鎮)人民政府,縣直有關部門:\n新修訂的《浮山縣森林草原防滅火應急預案》已經縣人民政府同意,現印發給你們,"
           "請認真貫徹執行。\n?\n浮山縣人民政府辦公室 ???????\n2025年7月8日 ?????????\n(此件公開發布)\n"
           "浮山縣森林草原防滅火應急預案\n?\n1 總則\n")
# A draft's or an edition's mark after the title on its line is no part of it (bqlw 2023, 吴城 2025); a title's period
# on the line under it belongs to it (ixbang 2024, then the draft's mark), as notices quote such titles (达州 2021).
_WUHAN = ("武漢市知識產(chǎn)權(quán)發(fā)展資金管理辦法(征求意見稿)\n第一章 總則\n"
          "第一條 為推進(jìn)知識產(chǎn)權(quán)強(qiáng)市建設(shè),制定本辦法。\n")
_HUBEI = ("湖北省加快发展氢能产业行动方案\n(2024-2027年)\n(征求意见稿)\n"
          "氢能是能源转型升级的重要战略选择。为抢占现代氢能产业制高点,制定本行动方案。\n一、总体要求\n")
# A verb and the whole of a level are no place: 促進全省低空經濟… (河南 2024) is placed by its issuer, 关于建立粮食安全省长
# 责任制考核… (粮食局 2016) by whom it is addressed to, 推动东北地区冰雪经济… (cai56 2024) names none.
_HENAN = ("豫政辦〔2024〕33號\n各省轄市人民政府,省人民政府各部門:\n《促進全省低空經濟高質量發(fā)展實施方案(2024—2027年)》已經"
          "省政府同意,現印發(fā)給你們,請認真貫徹落實。\n河南省人民政府辦公廳\n2024年7月5日\n"
          "促進全省低空經濟高質量發(fā)展實施方案\n(2024—2027年)\n一、總體要求\n")
_GRAIN = ("关于建立粮食安全省长责任制考核\n工作联络和信息报送机制的通知\n2016年07月25日 【字号:\n粮安考核办〔2016〕2号\n\n"
          "各省、自治区、直辖市粮食安全省长责任制考核工作组办公室:\n\n根据《关于印发粮食安全省长责任制考核办法的通知》"
          "要求,现就有关事项通知如下:\n\n一、关于建立考核工作联络机制\n")
# A title run into the text under it (cai56 2024; a doc site's copy with its banner, wenke99 2011).
_NORTHEAST = ("推动东北地区冰雪经济高质量发展助力全面振兴取得新突破实施方案为深入贯彻习近平总书记关于东北全面振兴和冰雪经济"
              "发展的重要指示精神,制定本实施方案。\n一、总体要求\n")
_SEA = ("精选优质文档-倾情为你奉上天津市海洋经济和海洋事业发展“十二五”规划导 言天津作为中国北方最大的沿海开放城市和中央"
        "直辖市,海洋经济和海洋事业已成为城市总体发展战略的重要组成部分。第一章 发展基础\n")
# A 文号 run into the text it heads (东丽 2011: the addressees; a journal's abstract of 天津 2021 after <正>; 凌海
# 2020: the notice's title).
_DONGLI = ("东丽政发〔2011〕20号各街乡,政府委办局及直属单位:《东丽区科技“十二五”发展规划》已经区政府第89次常务会议审议通过,"
           "现印发给你们,请认真遵照执行。东丽区人民政府二〇一一年五月二十八日东丽区科技“十二五”发展规划 一、“十一五”科技发展回顾\n")
_ABSTRACT = ("摘要\n\n<正>津政发〔2021〕21号各区人民政府,市政府各委、办、局:现将《天津市全民健身实施计划(2021—2025年)》印发给"
             "你们,望遵照执行。2021年12月28日天津市全民健身实施计划(2021—2025年)“十三五”时期,本市全面落实全民健身国家战略。\n")
# A posting stamp whose view count comes first (282 次浏览, nmgyj 2022; 166人看過, casakenia 2025) dates the web item.
_COUNTED = ("新城区社会信用体系建设工作方案\n来源:原创 | 作者:LJ | 发布时间: 2022-07-06 | 282 次浏览 | 分享到:\n"
            "为加快我区社会信用体系建设步伐,根据国务院《社会信用体系建设规划纲要(2014—2020)》,特制定本方案。\n一、总体要求\n")
# A title's place after its period or year (2018-2030年廣東省云浮市云城區水土保持規劃, ilynn 2018, its plan word read
# through the mirror's reading; 2021年連云港市…, 2023年新余市… on dev).
_YUNCHENG = "2018-2030年廣東省云浮市云城區(qū)水土保持規(guī)劃\n前 言\n水是生命之源,土是生存之本。\n"
# The notice's title names its signer by a short form (湖州市卫生健康委, signed 湖州市卫生健康委员会: 湖州 2023).
_HUZHOU = ("湖州市卫生健康委关于印发\n\n2023年全市卫生健康工作要点的通知\n\n各区县卫生健康局,委属各单位:\n\n"
           "现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。\n\n    湖州市卫生健康委员会\n\n    2023年4月26日\n\n"
           "2023年全市卫生健康工作要点\n\n一、  全面深化一个主题\n")
# A page that lost its line breaks runs the notice's last sentence, its signature and the plan's title into one line
# (东丽 2011: the body and a Chinese date; 天津 2021's abstract: the date alone).
_RUN_ON_SIGNED = ("东丽政发〔2011〕20号各街乡,政府委办局及直属单位:《东丽区科技“十二五”发展规划》已经区政府第89次常务会议审议"
                  "通过,现印发给你们,请认真遵照执行。东丽区人民政府二〇一一年五月二十八日东丽区科技“十二五”发展规划 一、回顾\n")
# Readings are read through in a signature's date (2024年5月(yuè)21日, 广东 2024), as in the words round 19 matches
# through them; a law library's 颁布部门 names the body as its 颁布单位 and 制定机关 do (ehs.gold 2024, 太原消防条例).
_GOES_ON = ("《祥云县防汛抗旱专项应急预案》已经县人民政府同意,现印发给你们,请认真贯彻落实。2013年3月20日县人民政府同意、"
            "由县人民政府办公室印发的《祥云县防汛抗旱应急预案》同时废止。\n祥云县人民政府办公室\n2018年7月17日\n"
            "祥云县防汛抗旱专项应急预案\n1 总则\n")
_READ_DATE = ("粵府辦〔2024〕6号\n各地級以上市人(rén)民政府:\n經省人(rén)民政府同意,現将《廣東省推動低空經濟高(gāo)質量發展"
              "行動方案(2024—2026年)》印發給你們,請結合實際認真貫徹執行。\n廣東省人(rén)民政府辦公廳\n2024年5月(yuè)21日\n"
              "廣東省推動低空經濟高(gāo)質量發展行動方案\n(2024—2026年)\n一、總體目标\n")
_ENACTED_BY = _EHS.replace("收藏\n\n颁布日期", "收藏\n\n颁布部门:太原市人民代表大会常务委员会\n\n颁布日期")

CASES = [
    pytest.param(_GANSU, {"title": "关于加快乡村旅游发展的意见", "date": None, "region": "甘肃省", "issuer": []}, id="news-gansu"),
    pytest.param(_FUQING, {"title": "福清市人民政府关于进一步推进气象事业高质量发展的实施意见", "issuer": ["福清市人民政府"],
                           "date": None, "region": "福清市"}, id="news-fuqing"),
    pytest.param(_COUNTY, {"title": "關(guan)於(yu)推進以縣城為(wei)重要載體(ti)的城鎮化建設的意見", "date": None,
                           "region": "全国"}, id="news-central"),
    pytest.param(_TODAY, {"title": "地名備案公告管理辦法(試行)", "date": None, "region": "全国"}, id="news-time-after"),
    pytest.param(_DECORATED, {"title": "2022年正蓝旗人民政府工作报告"}, id="headline-decorations"),
    pytest.param(_HULI, {"title": "湖里区生活垃圾分类和减量工作实施方案"}, id="plan-reports-another"),
    pytest.param(_ASKCI, {"title": "山东省“十三五”海洋经济发展规划", "region": "山东省"}, id="stamp-above-title"),
    pytest.param(_EHS, {"title": "太原市消防条例", "region": "太原市"}, id="navigation-above-title"),
    pytest.param(_SEALED, {"issuer": ["國務院知識產權戰略實施工作部際聯席會議辦公室"], "date": "2021-12-27",
                           "region": "全国"}, id="seal-note"),
    pytest.param(_SHAANXI, {"issuer": ["陕西省发展和改革委员会", "中国人民银行西安分行",
                                       "中共陕西省委精神文明建设指导委员会办公室"]}, id="bank-branch"),
    pytest.param(_QUAKE, {"issuer": ["應急管理部", "中國地震局"], "date": "2022-04-07", "region": "全国"}, id="lost-space"),
    pytest.param(_FUSHAN, {"issuer": ["浮山縣人民政府辦公室"], "date": "2025-07-08"}, id="lost-spaces-trailing"),
    pytest.param(_WUHAN, {"title": "武漢市知識產(chǎn)權(quán)發(fā)展資金管理辦法"}, id="draft-mark"),
    pytest.param(_HUBEI, {"title": "湖北省加快发展氢能产业行动方案(2024-2027年)"}, id="period-line"),
    pytest.param(_HENAN, {"region": "河南省"}, id="whole-province"),
    pytest.param(_GRAIN, {"region": "全国"}, id="verb-before-province"),
    # region: no place of the verb's (推动东北地区 is no 东北地区's province); round 49 places the national plan in the
    # macro-region its title opens with, as DECISIONS.md (openings3) and this page's gold have it
    pytest.param(_NORTHEAST, {"title": "推动东北地区冰雪经济高质量发展助力全面振兴取得新突破实施方案", "region": "东北地区"},
                 id="run-on-title"),
    pytest.param(_SEA, {"title": "天津市海洋经济和海洋事业发展“十二五”规划", "region": "天津市"}, id="run-on-banner"),
    pytest.param(_DONGLI, {"doc_number": "东丽政发〔2011〕20号"}, id="number-into-addressees"),
    pytest.param(_ABSTRACT, {"doc_number": "津政发〔2021〕21号"}, id="number-after-abstract-mark"),
    pytest.param(_COUNTED, {"date": None}, id="count-before-views"),
    pytest.param(_YUNCHENG, {"title": "2018-2030年廣東省云浮市云城區(qū)水土保持規(guī)劃", "region": "云城區"},
                 id="place-after-period"),
    pytest.param(_HUZHOU, {"issuer": ["湖州市卫生健康委员会"]}, id="committee-short-form"),
    pytest.param(_RUN_ON_SIGNED, {"issuer": ["东丽区人民政府"], "date": "2011-05-28"}, id="run-on-signature"),
    pytest.param(_ABSTRACT, {"date": "2021-12-28"}, id="run-on-date"),
    pytest.param(_GOES_ON, {"date": "2018-07-17"}, id="a-sentence-going-on-with-a-date"),
    pytest.param(_READ_DATE, {"issuer": ["廣東省人(rén)民政府辦公廳"], "date": "2024-05-21"}, id="reading-in-date"),
    pytest.param(_ENACTED_BY, {"issuer": ["太原市人民代表大会常务委员会"]}, id="enacting-body-field"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_page_openings_of_round_21(text, expected):
    doc = extract_text(text).document
    got = {key: getattr(doc, key) for key in expected}
    if isinstance(got.get("title"), str):
        got["title"] = got["title"].replace(" ", "")  # a mirror's spaced readings: the scorer reads through them
    assert got == expected
