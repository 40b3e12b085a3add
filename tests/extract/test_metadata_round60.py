"""Round 60 (meta25): fields dev still missed. A cover's imprint — the body alone on its line over the month the
document was issued — names the issuer when nothing else does, and its partial date lets no posting stamp stand in
for the document's date (``metadata/imprint.py``). A title that opens with an area the state names after its place
(城市副中心, 都市圈, 经济特区, a free-trade zone's 新片区) is placed in that area (``metadata/named_areas.py``). A
signer's line keeps its name without a mirror's trailing reading (``issuer.signatures``). A page whose opening says a
central body issued a document is national where nothing placed it (``metadata/central_issue.py``). A revision
marker in traditional characters is dropped from a title as the simplified one is. Texts are
the openings of dev pages, cited by address."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.imprint import imprint
from kechuang.extract.metadata.named_areas import named_area
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _info(text: str):
    text = normalise(text)
    return extract_document(split_lines(text), text)[0]


def test_a_cover_imprint_under_a_broken_title_names_the_issuer() -> None:
    # http://www.eq.gov.cn/zwgk/zdxxgk/ghjh_97670/zfgzbg_149774/202305/t20230511_3390455.html (鄂托克旗 2021)
    text = ("您好,欢迎来到鄂托克旗人民政府!\n鄂托克旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
            "来源:鄂托克旗人民政府\n发布时间:2021-12-31 16:56\n字号:\n鄂托克旗国民经济和社会发展第十四个五年\n"
            "规划和二〇三五年远景目标纲要\n鄂托克旗人民政府\n2021年12月\n  目 录\n"
            "  第一篇  决胜全面建成小康社会取得决定性成就,开启全面建设社会主义现代化鄂托克新征程\n  第一章 发展基础  \n")
    info = _info(text)
    assert info.issuer == ["鄂托克旗人民政府"]
    assert info.date is None  # the imprint's month is partial: the posting stamp does not stand in for it


def test_a_cover_imprint_under_the_congress_note_names_the_issuer() -> None:
    # https://peeveeaar.com/xjfgw/c108365/202112/160ed0a4ba194b109f8a39248e90485f.shtml (克州 2021)
    text = ("克孜勒苏柯尔克孜自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n"
            "(2021年1月3日在克州第十四届人民代表大会第五次会议通过)\n克孜勒苏柯尔克孜自治州人民政府\n二○二一年九月\n目 录\n"
            "克孜勒苏柯尔克孜自治州国民经济和社会发展第十四个\n五年规划和2035年远景目标纲要\n")
    info = _info(text)
    assert info.issuer == ["克孜勒苏柯尔克孜自治州人民政府"]
    assert info.date == "2021-01-03"  # the date the congress adopted it stays


def test_the_notice_signer_wins_over_the_imprint_of_the_plan_it_prints() -> None:
    # http://cqszx.gov.cn/zwgk_260/fdzdgknr/yjgl/xjyjya_xzf/202304/t20230427_11919358.html (石柱 2023)
    text = ("石柱府办发〔2023〕41号\n石柱土家族自治县人民政府办公室\n关于印发《石柱土家族自治县地质灾害\n应急预案》的通知\n"
            "各乡镇(街道)人民政府(办事处),县政府有关部门,有关单位:\n"
            "《石柱土家族自治县地质灾害应急预案》已经县政府同意,现印发给你们,请认真贯彻落实。\n"
            "石柱土家族自治县人民政府办公室\n2023年4月18日\n(此件公开发布)\n石柱土家族自治县地质灾害应急预案\n"
            "石柱县抗震救灾和地质灾害防治救援指挥部办公室\n2023年4月\n目 录\n")
    info = _info(text)
    assert info.issuer == ["石柱土家族自治县人民政府办公室"]
    assert info.date == "2023-04-18"


def test_imprint_needs_a_month_alone_under_a_body_alone() -> None:
    lines = split_lines(normalise("鄂托克旗人民政府\n2021年12月16日\n鄂托克旗人民政府 2021年12月\n"))
    assert imprint(lines) is None


def test_imprint_is_linear() -> None:
    assert_linear(lambda lines: imprint(lines),
                  lambda n: split_lines(normalise("鄂托克旗人民政府\n二○二一年九十\n" * n)), n=2000)


def test_a_city_sub_centre_opening_the_title_is_the_region() -> None:
    # http://www.bjtzh.gov.cn/bjtz/xxfb/202403/1702044.shtml (通州 2024)
    text = ("北京市通州区科技领导小组办公室\n关于印发北京城市副中心科技创新“三量齐升”\n行动计划(2024-2026年)的通知\n"
            "日期:2024-03-28 17:32    来源:区科委\n分享:\n区科技领导小组各成员单位,各乡镇政府、各街道办事处:\n"
            "《北京城市副中心科技创新“三量齐升”行动计划(2024-2026年)》已经区科技领导小组会议审议通过,现印发给你们,"
            "请结合自身实际认真贯彻落实。\n")
    info = _info(text)
    assert info.title == "北京城市副中心科技创新“三量齐升”行动计划(2024-2026年)"
    assert info.region == "北京城市副中心"


def test_a_metropolitan_circle_in_the_quoted_title_is_the_region() -> None:
    # http://www.zunyi.gov.cn/zwgk/zfwj/zfbh/202205/t20220511_74033183.html (遵义 2022)
    text = ("您当前所在的位置: 首页 > 政务公开 > 政府文件 > 遵府办函\n索引号 000014349/2022-1497743 主题分类   其他\n"
            "发布机构 发文日期  2022年05月10日\n文号 遵府办函〔2022〕56号 是否有效\n"
            "标题 市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n"
            "时间:2022-05-11 16:14\n字号: 分享:\n"
            "市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n")
    assert _info(text).region == "遵义都市圈"


def test_a_free_trade_zone_new_area_is_the_region() -> None:
    # https://www.lingang.gov.cn/html/website/lg/index/government/juecegongkai/juecemuluneirong/1570675409189728257.html
    text = ("pm2.5\n\n中国(上海)自由贸易试验区临港新片区管理委员会\n\n开放创新 · 智慧生态 · 产城融合 · 宜业宜居\n\n选择栏目\n\n"
            "中国(上海)自由贸易试验区临港新片区海绵城市专项规划(2022-2035年)\n\n发表时间:2022-09-16点击次数:\n\n"
            "中国(上海)自由贸易试验区临港新片区\n\n海绵城市专项规划\n\n(2022-2035年)\n\n")
    assert _info(text).region == "中国(上海)自由贸易试验区临港新片区"


def test_named_area_kinds_and_their_limits() -> None:
    # https://www.xmrd.gov.cn/online/index.php?m=home&c=article&a=detail&id=46 (厦门 2018: its title)
    assert named_area("厦门经济特区社会信用条例") == "厦门经济特区"
    # https://brgg.fudan.edu.cn/articleinfo_2256.html (广西 2018): a city cluster is no kind here, the region stays
    assert named_area("北部湾城市群发展规划广西实施方案") is None
    # a plan to build a kind of area names none (a verb in the stem)
    assert named_area("加快建设城市副中心实施方案") is None


def test_a_city_cluster_plan_keeps_its_province() -> None:
    # https://brgg.fudan.edu.cn/articleinfo_2256.html (广西 2018)
    text = ("南宁、北海、防城港、钦州、玉林、崇左市人民政府,自治区人民政府各组成部门、各直属机构:\n"
            "现将《北部湾城市群发展规划广西实施方案》印发给你们,请认真组织实施。\n广西壮族自治区人民政府\n2018年1月5日\n"
            "北部湾城市群发展规划广西实施方案\n")
    assert _info(text).region == "广西"


def test_named_area_is_linear() -> None:
    assert_linear(lambda title: named_area(title), lambda n: "北京" * n + "城市副中心", n=20000)


def test_a_signer_line_ending_with_a_reading_still_signs() -> None:
    # http://fotorom.cn/grabNoti/7032_tz.html (上海 2009, a mirror with phonetic readings)
    text = '上海市科委、市發(fā)展改革委關(guān)于印發(fā)《上海市生物醫(yī)藥 產(chǎn)業(yè)發(fā)展行動(dòng)計(jì)劃(2009-2012年)》的通知\n發(fā)布時(shí)間:2009-07-31 來(lái)源:上海市科學(xué)技術(shù)委員會(huì)滬科合(2009)029號(hào)\n各區(qū)(縣)科委(信息委)、發(fā)展改革委、各產(chǎn)業(yè)基地及有關(guān)單位:\n為落實(shí)市委、市政府提出的高新技術(shù)產(chǎn)業(yè)發(fā)展戰(zhàn)略部署,進(jìn)一步促進(jìn)生物醫(yī)藥產(chǎn)業(yè)發(fā)展,現(xiàn)將《上海市生物醫(yī)藥產(chǎn)業(yè)發(fā)展行動(dòng)計(jì)劃(2009-2012年)》印發(fā)給你們。請(qǐng)各單位結(jié)合傳達(dá)、學(xué)習(xí)和貫徹上海市推進(jìn)高新技術(shù)產(chǎn)業(yè)化工作會(huì)議以及上海市生物醫(yī)藥產(chǎn)業(yè)推進(jìn)大會(huì)精神,緊密聯(lián)系工作實(shí)際,圍繞重點(diǎn)發(fā)展領(lǐng)域,聚焦產(chǎn)業(yè)基地、重點(diǎn)企業(yè)、重點(diǎn)項(xiàng)目,制定具體、可操作的工作計(jì)劃,確保行動(dòng)計(jì)劃的組織推進(jìn)和有效落實(shí),努力實(shí)現(xiàn)好各項(xiàng)目標(biāo)和重點(diǎn)任務(wù),加快生物醫(yī)藥產(chǎn)業(yè)化步伐,推進(jìn)本市生物醫(yī)藥產(chǎn)業(yè)發(fā)展。\n附:上海市生物醫(yī)藥產(chǎn)業(yè)發(fā)展行動(dòng)計(jì)劃(2009-2012年)\n上海市科學(xué)技術(shù)委員會(huì)\n上海市發(fā)展和改革委員會(huì)\n二○○九年七月三十日\n'
    assert _info(text).issuer == ["上海市科學(xué)技術(shù)委員會", "上海市發(fā)展和改革委員會"]


def test_a_signer_with_readings_inside_and_after_keeps_the_inner_ones() -> None:
    # http://8ice.cn/hangye_x-11856-3.html (大连 2021)
    text = '發布時(shi)間:2021-02-05 來源(yuan):大連市人民政府辦公室 點擊數(shu):353451次\n各區(qu)市(shi)縣人民政府(fu),各先導區(qu)管委會,市(shi)政府(fu)各有關部門,各有關單位:\n經市政府同(tong)意,現將《大連(lian)市推進充(chong)電(dian)基礎(chu)設施建設實施方(fang)案》印發給你們,請認(ren)真貫徹(che)落實。\n大連市人民政府辦公(gong)室(shi)\n2021年1月16日\n大連市(shi)推(tui)進充電(dian)基(ji)礎設施建(jian)設實施方案\n'
    info = _info(text)
    assert info.issuer == ["大連市人民政府辦公(gong)室"]
    assert info.date == "2021-01-16"


def test_a_signer_with_an_inner_reading_stays() -> None:
    # https://xinheqiye.cn/show-4368.html (广东 2024)
    text = '廣東省人(rén)民政府辦公廳關于印發廣東省推動\n低空經濟高(gāo)質量發展行動方案\n(2024—2026年)的(de)通(tōng)知\n粵府辦〔2024〕6号\n各地級以上市人(rén)民政府,省政府各部門、各直屬機構:\n經省人(rén)民政府同意,現将《廣東省推動低空經濟高(gāo)質量發展行動方案(2024—2026年)》印發給你們,請結合實際認真貫徹執行。執行中遇到的(de)問題,請徑向省發展改革委反映。\n廣東省人(rén)民政府辦公廳\n2024年5月(yuè)21日\n(本文有删減)\n'
    info = _info(text)
    assert info.issuer == ["廣東省人(rén)民政府辦公廳"]
    assert info.date == "2024-05-21"


def test_a_revision_marker_in_traditional_characters_leaves_the_title() -> None:
    # http://www.veteransbusinesslist.com/html/1/2/10/13/457/767/11013986.html (伊川 2024)
    text = '伊川縣人民政府辦公室\n關于印發伊川縣地震應急預案\n(2024年修訂版)的通知\n伊政辦〔2024〕9號\n各鄉鎮人民政府、街道辦事處,縣人民政府各部門,各有關單位:\n《伊川縣地震應急預案(2024年修訂版)》已經縣政府同意,現印發給你們,請認真遵照執行。\n2024年5月14日\n伊川縣地震應急預案\n(2024年修訂版)\n1總則\n1.1編制目的\n以習近平新時代中國特色社會主義思想為指導,深入貫徹落實習近平總書記關于防范化解重大安全風險和防災減災救災重要論述,依法科學統一、有力有序有效地實施地震應急,規范我縣地震應急工作,提高應對破壞性地震災害能力,合理配制救災資源,確保地震應急工作迅速、高效、有序開展,最大限度地減少人員傷亡和經濟損失,維護社會穩定。\n'
    assert _info(text).title == "伊川縣地震應急預案"


def test_a_ministry_issuing_with_other_departments_places_a_guide_in_the_nation() -> None:
    # https://www.cwdbkk.com/html_2/chongwuyongpin/23557/list/2.html (县域商业建设指南 2021)
    text = '加强县域商业体系建设、促进农村消费,是实施乡村建设行动的重要内容,是培育完整内需体系的重要支撑,是提高人民生活品质的重要举措。近年来,我国县域商业建设取得显著成果,在脱贫攻坚和乡村振兴中发挥了积极作用。但总的看,县域商业发展仍然滞后,一些地方缺少专门性规划,工作要求不规范、建设标准不统一、网点布局不合理、设施功能不完善,不能很好满足城乡居民消费升级需求。\n为贯彻落实党中央、国务院决策部署,加快推进县域商业体系建设,为乡村振兴和构建新发展格局提供有力支撑,经国务院批准,商务部会同有关部门和单位印发了《关于加强县域商业体系建设促进农村消费的意见》(商流通发〔2021〕99号,以下简称《意见》),对县域商业体系建设的总体目标、重点任务、政策机制等作出部署。为做好《意见》目标任务的量化分解,指导和规范各地开展县域商业体系建设工作,商务部会同有关部门和单位组织编制了《县域商业建设指南(2021版)》(以下简称《指南》),作为《意见》配套文件。《指南》全文分为10个章节。第1章到第3章从适用范围、建设目标和基本原则3个角度,对县域商业体系建设进行总体介绍。第4章到第9章从县域商业网络体系、农村电商和物流、农产品流通、农村市场主体、农村市场监管、工作保障机制6个方面,对县域商业体系建设重点工作的主要功能、建设规模、设施设备等,以及地方工作保障机制等进行规范。第10章列出了参考标准和技术规范。\n'
    assert _info(text).region == "全国"


def test_a_news_report_of_a_ministry_issuing_places_the_document_in_the_nation() -> None:
    # http://m.mkcnfr.com/c/2021-08-23/2938665.shtml (人民网 2021, a mirror with readings)
    text = '首 頁(yè) 要聞 要論 協(xié)商 統(tǒng)戰(zhàn) 黨派 委員講堂 理論 人事 社會(huì) 法治 視頻 文化\n\n首頁(yè)>要聞\n\n水利部等九部門 共同發(fā)力農(nóng)村供水保障\n\n2021年08月23日 06:51  |  來(lái)源:人民網(wǎng)\n分享到: \n\n本報(bào)北京8月22日電  (記者李曉晴)水利部近日聯(lián)合8部門印發(fā)《關(guān)于做好農(nóng)村供水保障工作的指導(dǎo)意見(jiàn)》,要求各地在“十四五”期間穩(wěn)步推進(jìn)農(nóng)村飲水安全向農(nóng)村供水保障轉(zhuǎn)變。到2025年,全國(guó)農(nóng)村自來(lái)水普及率達(dá)到88%;到2035年,基本實(shí)現(xiàn)農(nóng)村供水現(xiàn)代化。\n\n據(jù)統(tǒng)計(jì),截至2020年底,全國(guó)共建成931萬(wàn)處農(nóng)村供水工程,農(nóng)村集中供水率達(dá)到88%,自來(lái)水普及率達(dá)到83%。\n'
    assert _info(text).region == "全国"


def test_the_central_offices_issuing_place_an_opinion_in_the_nation() -> None:
    # https://www.zhiyanbao.cn/rnz/cceb.html (关于全面推行林长制的意见, a reprint)
    text = '为全面提升森林和草原等生态系统功能,进一步压实地方各级党委和政府保护发展森林草原资源的主体责任,现就全面推行林长制提出以下意见。以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神,认真践行习近平生态文明思想,坚定贯彻新发展理念,根据党中央、国务院决策部署,按照山水林田湖草系统治理要求,在全国全面推行林长制,明确地方党政领导干部保护发展森林草原资源目标责任,构建党政同责、属地负责、部门协同、源头治理、全域覆盖的长效机制,加快推进生态文明和美丽中国建设。坚持森林草原防灭火一体化,落实地方行政首长负责制,提升火灾综合防控能力。...\n中共中央办公厅国务院办公厅印发《关于全面推行林长制的意见》pdf预览版中共中央办公厅国务院办公厅印发《关于全面推行林长制的意见》pdf完整版\n'
    assert _info(text).region == "全国"


def test_a_county_plan_telling_the_state_documents_is_not_national() -> None:
    # http://www.hipisoho.com/zwgk/xzfxxgkml/jdhy/wjjd/20220922/i2798013.html (衡东 2022, a 解读 of the county's plan)
    text = '關于《關于健康衡東行動實施方案》文件解讀\n\n來源:縣司法局 ???? 發(fā)布時間:2022-09-22\n\n關于《關于健康衡東行動實施方案》文件解讀\n\n\n一、出臺《關于健康衡東行動實施方案》的必要性\n\n2016年8月,習近平總書記在全國衛(wèi)生與健康大會上指出,"加快推進健康中國建設,努力全方位、全周期保障人民健康"。2019年6月國務院印發(fā)《關于實施健康中國行動的意見》(國發(fā)〔2019〕13號)。同時,國務院辦公廳印發(fā)《關于印發(fā)健康中國行動組織實施和考核方案的通知》《關于成立健康中國行動推進委員會的通知》等系列文件。2019年12月出臺《湖南省人民政府關于健康湖南行動的實施意見》,同年12月26日,省政府在長沙舉行健康湖南行動啟動儀式。2020年5月省政府辦公廳印發(fā)《關于成立健康湖南行動推進委員會的通知》同年7月印發(fā)《關于印發(fā)健康湖南行動(2020-2030年)的通知》。\n\n貫徹落實國家和省、市關于健康中國行動、健康湖南行動、健康衡陽行動的決策部署,全面實施健康衡東行動,既是貫徹落實決策部署的需要,又是推進健康衡東建設、提高人民健康指數(shù)的需要,更是一項系統(tǒng)的民生工程,需要政府領導、部門配合、各方參與、群眾支持。\n'
    assert _info(text).region != "全国"


def test_issued_centrally_is_linear() -> None:
    from kechuang.extract.metadata.central_issue import issued_centrally

    assert_linear(lambda lines: issued_centrally(lines),
                  lambda n: split_lines(normalise(("商务部" * n + "会同印发《意见》\n") * 40)), n=200)
