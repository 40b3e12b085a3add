"""Round 55 (meta20): the date a page's lead states for the document it reports or explains
(``metadata/lead_date.py``): `2021年3月23日,日照市人民政府办公室印发了《…》` dates the document, over the page's posting
stamp, when the 《》 names the page's own document; and a news headline that reports the lead's document in other words
(`肥东县发布…实施方案` over `…印发《肥东县…实施方案(2021—2025年)》`) gives way to the lead's title
(``metadata/reported_headline.py``). Sentences are the openings of dev pages (openings12, openings16,
openings18 and earlier batches), cited by address."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _info(text: str):
    text = normalise(text)
    return extract_document(split_lines(text), text)[0]


def test_news_lead_dates_the_document_it_names() -> None:
    # http://www.kuoxiong.cn/news/detail/526/67479.html (openings16, 日照 2021 田长制, 大众日报's print on a mirror)
    text = ("您好,歡迎訪問中國食品安全網(wǎng)!\n\n山東省日照市全面落實耕地保護“田長制”\n\n"
            "2021-05-19 10:26來源:大眾日報 編輯:鄭添元\n\n"
            "“田長”來了!5月11日,記者從山東省日照市新聞辦召開的發(fā)布會上獲悉,今后,日照每塊耕地將都有“田長”管理。\n\n"
            "為進一步明確基層“田長”耕地保護責(zé)任,2021年3月23日,日照市人民政府辦公室印發(fā)了"
            "《日照市耕地和永久基本農(nóng)田保護“田長制”實施方案》,明確到2021年5月底前日照市各區(qū)縣全面落實耕地保護“田長制”。\n")
    info = _info(text)
    assert info.title == "日照市耕地和永久基本農(nóng)田保護“田長制”實施方案"
    assert info.date == "2021-03-23"


def test_explanation_lead_dates_the_plan_with_its_edition() -> None:
    # http://lyyvip.com/zwgk/zcwj/zcjd/4317927.shtml (openings18, 米易 2022 森林草原火灾应急预案 解读)
    text = ("《米易縣森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》的政策解讀\n"
            "來(lái)源:米易縣政府辦公室 發(fā)布時(shí)間:2022-08-23 選擇閱讀字號(hào):[ 大 中 小 ] 閱讀次數(shù): 0\n"
            "《米易縣森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》的政策解讀\n"
            "2022年8月22日,米易縣人民政府辦公室印發(fā)《米易縣森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》,"
            "現(xiàn)對(duì)文件進(jìn)行解讀。\n一、編制依據(jù)\n"
            "依據(jù)《中華人民共和國(guó)森林法》《中華人民共和國(guó)草原法》《森林防火條例》等。\n")
    assert _info(text).date == "2022-08-22"


def test_lead_with_a_clause_before_its_verb_dates_the_headline_document_over_the_stamp() -> None:
    # https://www.gangcha.gov.cn/html/2175/40430.html (刚察 2011, 残疾人事业 实施意见, the county's news; the
    # headline quotes the document over two lines, the lead says 根据…精神,制定出台了《…》)
    text = ("刚察县制定出台《关于进一步加\n快推进残疾人事业发展的实施意见》\n发布时间:2011年03月10日\n"
            "消息来源:刚察县政府办公室\n"
            "为推动残疾人事业与经济社会协调发展,使我县残疾人与全县人民一道共奔小康,构建和谐社会,2011年2月28日,"
            "刚察县人民政府根据中央7号和省委15号文件精神,制定出台了《关于进一步加快推进残疾人事业发展的实施意见》"
            "(刚政办【2011】10号)。《实施意见》包括了残疾人社会保障和社会服务两大体系建设。\n")
    assert _info(text).date == "2011-02-28"


def test_dated_sentence_on_another_document_dates_nothing() -> None:
    # http://linshu.gov.cn/info/4114/216169.htm (临沭 2022 全域旅游 解读: its 起草背景 dates the province's 方案)
    text = ("文字解读:临沭县创建省级全域旅游示范区工作方案\n"
            "(一)起草背景\n"
            "2018年9月7日,省委、省政府印发《大力推进全域旅游高质量发展实施方案》。2022年2月17日,市委书记在市第十四次党代会"
            "中指出,做强文旅要以全域旅游为抓手。\n")
    info = _info(text)
    assert info.title == "临沭县创建省级全域旅游示范区工作方案"
    assert info.date is None


def test_lead_without_a_year_dates_nothing() -> None:
    # http://www.kuoxiong.cn/news/detail/526/67479.html: 5月11日 has no year (openings12: a month and day give none)
    text = ("日照市全面落實耕地保護“田長制”\n"
            "5月11日,日照市人民政府辦公室印發了《日照市耕地和永久基本農田保護“田長制”實施方案》,明確到2021年5月底前全面落實。\n")
    assert _info(text).date is None


def test_lead_date_is_linear() -> None:
    from kechuang.extract.metadata.lead_date import lead_date

    def run(text: str) -> object:
        return lead_date(split_lines(text), "某方案")

    # dates and commas without a verb or a 《: every run bounded, the scan linear
    assert_linear(run, lambda n: "前言\n" + "2021年3月23日,某某某某某某某某某印《某方案》," * (800 * n) + "\n")
    assert_linear(run, lambda n: "前言\n" + "2021年3月23日," * (2000 * n) + "印发《某方案》\n")


# A news headline that names the lead's document in other words


def test_headline_released_plan_gives_way_to_the_lead_title() -> None:
    # https://www.feidongkexie.cn/kxyw/info.aspx?itemid=5120 (openings16, 肥东 2021 全民科学素质 实施方案, news)
    text = ("肥东县发布全民科学素质行动规划纲要实施方案\n"
            "近日,肥东县人民政府办公室印发《肥东县全民科学素质行动规划纲要实施方案(2021—2025年)》,明确“十四五”时期全民科学"
            "素质规划目标,到2025年全县公民具备科学素质的比例达到22%,进入全国前列。\n"
            "科学素质是公民素质的重要组成部分,增强公民科学素质,是实现人的全面发展的必然要求。\n")
    info = _info(text)
    assert info.title == "肥东县全民科学素质行动规划纲要实施方案(2021—2025年)"
    assert info.region == "肥东县"


def test_headline_of_a_government_releasing_its_plan_gives_way_to_the_lead_title() -> None:
    # http://www.ahlknet.ac.cn/l/3174.html (歙县 松材线虫病防控应急预案, news; 发布了 as the lead's verb)
    text = ("歙县人民政府发布松材线虫病防控应急预案\n\n"
            "为贯彻落实《安徽省人民政府办公厅关于进一步加强松材线虫病防治工作的通知》精神,及时、迅速、高效、有序地预防和除治"
            "松材线虫病,日前,歙县人民政府向各乡镇人民政府、县直各有关单位和各林业基层单位发布了《歙县松材线虫病防控应急预案》,"
            "同时发出通知就加强领导、严明责任等方面提出了具体的防控工作要求。\n")
    assert _info(text).title == "歙县松材线虫病防控应急预案"


def test_headline_on_another_matter_keeps_its_own_title() -> None:
    from kechuang.extract.metadata.reported_headline import lead_stands

    # the 肥东 lead's title (feidongkexie, above) under a headline on another matter of the page (its 联席会议制度)
    assert lead_stands("肥东县发布科普工作联席会议制度", "肥东县全民科学素质行动规划纲要实施方案(2021—2025年)") is False
    # a document's own title holding the verb after 关于 (republished.py's example) is no headline
    assert lead_stands("关于建立政务信息发布机制的通知", "政务信息发布机制") is False
    # the 十部门 headline over its lead (jxjiajian.cn, openings16), read in simplified characters
    assert lead_stands("國家林草局等十部門部署加快推進竹產業創新發展", "關于加快推進竹產業創新發展的意見") is True


# A province read from a news lead's bodies, in the title's form, through a mirror's traditional script


def test_lead_body_province_takes_the_title_form_in_traditional_script() -> None:
    # http://wujie100.com/zfxxgk/zfxxgkgl/fdzdgknr/zcwj/zcjd/t19937501.shtml (openings16, 美丽广西 三年行动计划 解读)
    text = ("一、文件出臺背景\n"
            "建設美麗中國是全面建設社會主義現代化國家的重要目標。2024年9月,廣西壯族自治區黨委、自治區人民政府印發"
            "《美麗廣西建設實施方案》,明確要求制定實施三年行動計劃。\n"
            "為貫徹落實黨中央、國務院和自治區黨委、自治區人民政府有關決策部署,深入實施《美麗廣西建設實施方案》,近日,"
            "廣西壯族自治區人民政府辦公廳印發《美麗廣西建設三年行動計劃(2025—2027年)》(以下簡稱《三年行動計劃》)。\n"
            "二、主要內容\n")
    info = _info(text)
    assert info.title == "美麗廣西建設三年行動計劃(2025—2027年)"
    assert info.region == "廣西"


def test_province_in_title_form_keeps_the_title_printing() -> None:
    from kechuang.extract.metadata.region import in_title_form

    # the title's own printing of the province, in either script (ne21.com's print of the same plan, simplified)
    assert in_title_form("廣西壯族自治區", "美麗廣西建設三年行動計劃(2025—2027年)") == "廣西"
    assert in_title_form("广西壮族自治区", "美丽广西建设三年行动计划(2025—2027年)") == "广西"
    assert in_title_form("廣西壯族自治區", "廣西壯族自治區人民政府辦公廳關于…的通知") == "廣西壯族自治區"


# Readings printed with a space before their closing bracket (會(huì ), 門(mén ))


def test_headline_over_a_lead_with_spaced_readings_gives_way_to_the_lead_title() -> None:
    # http://jxjiajian.cn/Industry/IndustryInfo_272108.html (openings16, the 十部门 竹产业 意见 on a mirror)
    text = ("國家林草局等十部門(mén)部署加快推進(jìn)竹產(chǎn)業(yè)創(chuàng )新發(fā)展\n\n"
            "2021-12-02來(lái)源:林草中國熱度:11356\n\n"
            "近日,國家林業(yè)和草原局、國家發(fā)展改革委、科技部、財政部、中國銀保監會(huì )、中國證監會(huì )10部門(mén)"
            "聯(lián)合印發(fā)《關(guān)于加快推進(jìn)竹產(chǎn)業(yè)創(chuàng )新發(fā)展的意見(jiàn)》。\n\n"
            "《意見(jiàn)》共5個(gè)部分21條。\n")
    info = _info(text)
    assert info.title == "關(guān)于加快推進(jìn)竹產(chǎn)業(yè)創(chuàng )新發(fā)展的意見(jiàn)"
    assert info.date is None  # the news item's stamp dates the report, not the document
    assert info.region == "全国"


def test_spaced_reading_is_read_through() -> None:
    from kechuang.extract.metadata.common import unread

    # http://m.9keben.com/ztzl/dscqgtrpc/zcwj/202207/t20220705_5948485.htm (第三次全国土壤普查 方案, 2022)
    assert unread("我們會(huì )同國務(wù)院")[0] == "我們會同國務院"
    assert unread("企業(yè)(a)")[0] == "企業(a)"  # a list's mark after a reading stays


# A basis list whose second group follows a generic word and 以及


def test_basis_list_goes_on_after_its_laws_and_yiji() -> None:
    # http://www.gdyc.gov.cn/zwgk/zfgb/hysycqrmzfbgswj/content/post_87705.html (openings17, 源城区2016年度地质灾害防治方案)
    text = ("源城区2016年度地质灾害防治方案\n"
            "为切实做好我区2016年度地质灾害防治工作,最大限度减少或避免地质灾害造成的人员伤亡和经济损失,保护人民群众生命财产"
            "安全,根据《中华人民共和国突发事件应对法》、《地质灾害防治条例》、《广东省地质环境管理条例》有关规定,以及"
            "《国务院关于加强地质灾害防治工作的决定》(国发[2011]20号)、《河源市地质灾害防治规划》(2012—2020年)、"
            "《河源市2016年度地质灾害防治方案》等有关文件要求,结合我区近年来突发性地质灾害灾情、险情及其成灾规律,以及河源市"
            "2016年气候趋势预测,特编制本方案。\n一、地质灾害现状\n")
    assert _info(text).basis == ["中华人民共和国突发事件应对法", "地质灾害防治条例", "广东省地质环境管理条例",
                                 "国务院关于加强地质灾害防治工作的决定", "河源市地质灾害防治规划",
                                 "河源市2016年度地质灾害防治方案"]


def test_emergency_plan_basis_goes_on_after_its_regulations_and_yiji() -> None:
    # https://sole-aqua.com/zfxxgk/zc/gfxwj/zfbgfxwj/ygd1/content_2567 (淅川 2009 森林火灾应急预案, 编制依据)
    text = ("淅川县森林火灾应急预案\n一、总则\n"
            "(三)编制依据。依据《中华人民共和国森林法》、《中华人民共和国突发事件应对法》、《森林防火条例》、"
            "《南阳市森林火灾应急预案》等法律、法规,以及《国务院关于特大安全事故行政责任追究的规定》、"
            "《国家处置重、特大森林火灾应急预案》和《河南省突发公共事件总体应急预案》等,结合我县实际,制定本预案。\n")
    assert _info(text).basis == ["中华人民共和国森林法", "中华人民共和国突发事件应对法", "森林防火条例",
                                 "南阳市森林火灾应急预案", "国务院关于特大安全事故行政责任追究的规定",
                                 "国家处置重、特大森林火灾应急预案", "河南省突发公共事件总体应急预案"]


def test_yiji_after_a_later_clause_starts_no_basis() -> None:
    # the round's cue needs 以及 right after the first group's word: a later clause names no basis (basis.py's example)
    text = ("某县2023年科技工作要点\n"
            "根据《某省科技创新条例》有关规定,以及县委全会精神,全面完成好《政府工作报告》中确定的科技工作任务,制定本要点。\n")
    assert _info(text).basis == ["某省科技创新条例"]


def test_basis_list_broken_inside_titles_on_every_line_counts_whole() -> None:
    # https://www.lixin.gov.cn/Jcsd/show/2235790.html (openings18, 利辛 2025 食品安全事故应急预案, a PDF's text)
    text = ("利辛县食品安全事故应急预案\n1 总则\n1.2 编制依据\n"
            "依据《中华人民共和国突发事件应对法》《中华人民共和\n国食品安全法》《中华人民共和国农产品质量安全法》《中华\n"
            "人民共和国食品安全法实施条例》《突发公共卫生事件应急条\n例》《国家突发公共事件总体应急预案》《国家食品安全事故\n"
            "应急预案》《安徽省食品安全事故应急预案》和《亳州市食品\n安全事故应急预案》等法律、法规、规章和规范性文件,制定\n"
            "本预案。\n1.3 事故分级\n")
    assert _info(text).basis == ["中华人民共和国突发事件应对法", "中华人民共和国食品安全法", "中华人民共和国农产品质量安全法",
                                 "中华人民共和国食品安全法实施条例", "突发公共卫生事件应急条例", "国家突发公共事件总体应急预案",
                                 "国家食品安全事故应急预案", "安徽省食品安全事故应急预案", "亳州市食品安全事故应急预案"]


def test_joining_open_titles_is_linear() -> None:
    from kechuang.extract.metadata.basis import _join_open_titles

    # a 《 never closed on every line: at most eight lines joined in a row, the scan linear
    assert_linear(_join_open_titles, lambda n: [("依据《中华人民共和国突发事件应对法", True)] * (3000 * n))
