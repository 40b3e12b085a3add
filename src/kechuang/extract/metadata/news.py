"""A news item that reports a document: the document it names, and the bodies it says issued it.

News pages (a newspaper's print, a portal's news column, a mirror of either) open with a lead that dates the report
and names the document: `日前,甘肃省政府正式印发《关于加快乡村旅游发展的意见》` (中国经济网 2018), `5月19日,福清市人
民政府印发《福清市人民政府关于进一步推进气象事业高质量发展的实施意见》` (福建气象局 2022), `近日,中共中央辦公廳、國
務院辦公廳印發了《…》` (光明网's print of 新华社 2022), `日前,市政府辦公室印發(fā)《關于加快林下經濟發展的實施意見》
` (商洛日报 2013), `日前,農業農村部、…、中華全國供銷合作總社聯合印發了《…》` (a mirror of the 2021 茶产业 opinion).
Leads report a document with other verbs and times as well (`昨日,广东省公布《…》`, 广州日报 2025 on yxiu.cn; `近日,
湖南省张家界市审议通过了《…》`, bqsoo 2021), or name it first (`近日,《佛山市加快推进预制菜产业高质量发展实施方案》(
下称…)已正式出台`, gtuanb 2022). The document is the one the lead names; the page's posting stamp dates the news
item, not the document; a news item names no issuer of its own (openings/DECISIONS.md: only the document's own
title or a signature does), but the bodies the lead names place it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span, unread
from kechuang.extract.metadata.heard import heard_bodies
from kechuang.extract.metadata.lead_bodies import lead_bodies
from kechuang.extract.rules import simplified

# The lead: when (近日, 日前, 昨日, 5月19日), who (a comma-free run of bodies), a verb of issuing (印发, 公布,
# 发布, 出台, 审议通过; 正式, 联合, 了), 《the document》. The time may follow the bodies (…,民政部今天印發
# 《地名備案公告管理辦法(試行)》: a mirror of 央视新闻's item, 2023). The verbs besides 印发: 公布 (广东 2025
# 银发经济, yxiu.cn), 审议通过 (张家界 2021 林长制, bqsoo.com); 出台 and 发布 as the title-first leads print them.
_WHEN = r"(?:近日|日前|昨日|昨天|\d{1,2}月\d{1,2}日)"
# 发布会 is a meeting, not a publication (近日,《某县科技创新规划》发布会在县政府召开).
# 下发 as 印发 (…,省广播电视局、省农业农村厅近日联合下发《江西省智慧广电乡村工程建设实施方案》: szgan 2024), and 批复
# and a day without its month after the bodies as a lead's verb and time (记者从江西省人民政府获悉,国务院12日正式批复
# 《鄱阳湖生态经济区规划》: sannzx 2009), and 发出 (日前,交通運輸部辦公廳發出《關于…的通知》: 1000kva 2022, the batch's
# second part): round 29, a verb or a time word added from one dev page each.
_VERB = (r"(?:正式|联合|聯合|制定)?(?:印[发發]|下[发發]|[发發]出|批[复復]|公布|[发發]布(?!会|會)|出台"
         r"|(?:审议并?|原则)通过|(?:審議並?|原則)通過)了?(?:(?:实施|實施)了?)?")
_OPENS = r"(?:[,,]|^)"  # after a comma, or opening its line (a byline before it: see above)
# Round 56 (meta21): a clause may stand between the time and the bodies (近日,经省政府同意,省发展改革委印发实施《…》:
# 四川日报 2022 on 巴中人大's site; 2011年2月28日,刚察县人民政府根据…文件精神,制定出台了《…》: 刚察 2011; 7月5日,
# 湖南省洞口县人民政府以洞政发〔2012〕23号文件的形式,正式出台《…》: 邵阳 2012), the comma after the time may be
# missing (昨日市政府常務會原則通過《…》: 长江日报 2011 on a mirror; 江西省委、省政府近日印发《…》 after 获悉:, 江西
# 2024), and the bodies with it (the clause names them); 原则通过 reports a meeting's passing as 审议通过 does, 印发实施
# as 印发. A clause that reports speech (会议强调,…) makes no lead; the verb's manner (正式, 联合, 制定) names no body.
_MANNER = r"正式|联合|聯合|制定"
# A time opens a lead only with a 《 or 【 close after it (every run of the lead is bounded: 200 characters are more
# than the longest), so that a line of time words stays fast (review 25, F3: 近日×20000 before one 《 took 0.40 s, now
# 0.005 s); and no digit stands before it (3月31日前印发《…》: a deadline, not a lead; review 25, F2).
_CLOSE = r"(?=[^《》【]{0,200}[《【])"
_LEAD = re.compile(rf"(?:(?<!\d){_WHEN}{_CLOSE}\s*[,,]?\s*(?:(?P<clause>[^,,。;:!?《》\s]{{2,30}})[,,])?"
                   rf"(?:(?!{_MANNER})(?P<bodies>[^,,。;:!?《》\s]{{2,80}}?))?"
                   rf"|{_OPENS}(?P<after>[^,,。;:!?《》\s]{{2,30}}?)(?:今天|今日|近日|日前|\d{{1,2}}日)){_VERB}"
                   r"(?:《(?P<title>[^《》]{4,100})》|【(?P<marked>[^【】《》]{4,100})】)")
# The bodies and their time may open the lead's line, after no comma: a wire's byline run into them once the spaces
# between them are normalised away (本報訊 記者黃海報道 福建省委辦公廳、省政府辦公廳近日印發《…》: 中國綠色時報 2021;
# 中新网3月29日电 国务院办公厅日前印发《…》: 中新网 2007), or a headline that is its own lead (湘潭市委、市政府近日出台
# 《…》: 湘潭 2008); the bodies then carry the byline (round 56, meta21; the run stays bounded, 2 to 30 characters).
# 【】 stand for 《》 in some portals' leads (近日,國務院辦公廳印發【關於發展銀發經濟增進老年人福祉的意見】
# (以下簡稱【意見】): a mirror of 经济日报 2024, a dev page; openings/DECISIONS.md, openings4: `【…】` as marks)
# The document first, then its verb (近日,《佛山市加快推进预制菜产业高质量发展实施方案》(下称“预制菜十三条”)已正式出台:
# gtuanb 2022; the same shape with 印发 and 发布 as the verb-first leads print them): no bodies named.
_TITLE_FIRST = re.compile(rf"{_WHEN}\s*[,,]\s*《(?P<title>[^《》]{{4,100}})》(?:[((][^()()]{{1,20}}[))])?"
                          r"(?:已经?)?(?:正式)?(?:印[发發]|公布|[发發]布(?!会|會)|出台)")
# Round 61 (meta26): the document first, its day after it, then its verb (据蜗牛派了解,《中共中央国务院关于促进
# 中医药传承创新发展的意见》于近日发布: woniupai 2019; 地方性法规——《福建省促进茶产业发展条例》6月1日起正式施行:
# shfjr; 国家发展改革委等11部门印发的《关于推动家政进社区的指导意见》19日对外公布: 新华社 in 法制日报's paper): the 《
# opens its clause (a comma, a dash, the line's start) or follows 印发的/发布的, whose bodies before it place the
# document; 施行 and 实施 report a law in force as 发布 reports it issued.
_TITLE_DAY = re.compile(r"(?:^|[,,。:]|——|(?P<by>(?:印[发發]|[发發]布)的))\s*《(?P<title>[^《》]{4,100})》"
                        r"(?:[((][^()()]{1,20}[))])?[于於]?(?:近日|日前|今日|今天|昨日|昨天|(?<!\d)(?:\d{1,2}月)?\d{1,2}日)"
                        r"起?(?:已经?)?(?:正式)?(?:对外|對外)?(?:印[发發]|公布|[发發]布(?!会|會)|出台|施行|實施|实施)")
# Round 62 (meta27): a lead whose sentence has the document as its subject, issued lately (云南于近日出台的《关于加快
# 推进民族特色旅游村寨建设工作的意见》(以下简称《意见》)提出: 西部新闻网 on zhongguo.center; 日前出台的《海南省“十二五”
# 热带现代农业发展规划》(以下简称《规划》)提出: zh-hz.com 2013; 國家衛生健康委員會近日發布的《2018年我國衛生健康事業
# 發展統計公報》顯示: guangaqi.com 2019): a time word, the verb and 的, 《the document》, its short name, then what it
# says. Read in simplified characters; bounded throughout.
_SUBJECT = re.compile(r"(?<!\d)(?:近日|日前|昨日|昨天|最近)(?:正式)?(?:印[发發]|出台|[发發]布|公布)(?:实施)?的"
                      r"《(?P<title>[^《》]{4,100})》(?:[((][^()()]{1,20}[))])?(?:提出|显示|明确|指出|要求|规定)")
_ISSUED = re.compile(r"[印下][发發]|[发發]出")  # the verbs that report a document issued (``Reported.issued``)
# A lead reports; a speech that mentions a document does not (the review of round 29: in meeting news,
# 会议指出,市委市政府日前发出《…》 and 市长在讲话中指出,国务院12日批复《…》 named no document of the page): no
# reported speech before the lead in its sentence, and no order inside the bodies (会议强调,要按照省委近日下发《…》).
_SPEECH = re.compile(r"指出|强调|強調|表示|讲话|講話|认为|認為|说|說")
_ORDERED = re.compile(r"要|按照|根据|根據|依据|依據|遵照|(?<![申邀提])[请請]")  # 请各县区于…日前印发: review 25, F2
_LEAD_LINES = 30  # a lead stands at the top of the item, under its headline and stamp
# Every match of ``_LEAD``, ``_TITLE_FIRST``, ``_TITLE_DAY`` and ``_SUBJECT`` holds one of these verbs (审议通过 its
# 通过): a line with none within the reach is no lead, told by one scan that skips to the verbs' first characters,
# where the four patterns (each opening with an assertion or a digit's branch) are tried at every position
_ANY_VERB = re.compile("印发|印發|下发|下發|发出|發出|批复|批復|公布|发布|發布|出台|通过|通過|施行|實施|实施")
_LEAD_REACH = 1500  # and within the first characters of its line (the longest dev lead's 》 stands at 290)


@dataclass
class Reported:
    title: str  # the document's title as the lead prints it (readings kept)
    bodies: list[str]  # the bodies the lead says issued it (甘肃省政府; 中共中央辦公廳, 國務院辦公廳)
    line: int  # the lead's line
    # the lead says 印发 (a verb-first lead): it reports a document issued, whatever the page's own title; the other
    # verbs (公布, 审议通过, 出台) report news of any kind (国务院公布《…》 in a county's 要点, 人大审议通过《政府工作
    # 报告》): their lead counts only where it names the page's document (``document_info``)
    issued: bool = True


def reported_document(lines: list[Line]) -> Reported | None:
    """The document a news item's lead reports (``_LEAD``), if one of the page's first lines is such a lead."""
    for line in lines[:_LEAD_LINES]:
        if line.chrome or ("《" not in line.text and "【" not in line.text):  # a lead names its document in 《》
            continue
        printed = line.text
        plain, pos = unread(printed)
        read = simplified(plain)  # a lead opens its item: its first characters, however long the line (review 25, F3)
        # the time every lead but ``_SUBJECT``'s 最近 names holds 日 or 天 (近日, 昨天, 5月19日, 12日): a title line
        # (关于印发《…》的通知) has none
        day = read.find("日", 0, _LEAD_REACH) >= 0 or read.find("天", 0, _LEAD_REACH) >= 0
        if (not day and read.find("最近", 0, _LEAD_REACH) < 0) or _ANY_VERB.search(read, 0, _LEAD_REACH) is None:
            continue
        m = (next((m for m in _LEAD.finditer(read, 0, _LEAD_REACH) if _reports(m)), None)
             or _TITLE_FIRST.search(read, 0, _LEAD_REACH) or _TITLE_DAY.search(read, 0, _LEAD_REACH)) if day else None
        m = m or next((m for m in _SUBJECT.finditer(read, 0, _LEAD_REACH) if not _speech_before(m)), None)
        if m:
            mark = "title" if m.re is not _LEAD or m.group("title") else "marked"
            title = printed_span(printed, pos, m.start(mark), m.end(mark), trailing=True).strip()
            group = next((g for g in ("bodies", "after") if m.re is _LEAD and m.group(g)), None)
            bodies = [b for b in re.split("、", printed_span(printed, pos, *m.span(group))) if b] if group else []
            # the bodies before the time (a byline's run-on), their count and time cut off (round 57)
            bodies = lead_bodies(bodies, printed_span(printed, pos, 0, m.start("by")) if m.re is _TITLE_DAY
                                 and m.group("by") else "" if group or m.re is not _LEAD or m.group("clause")
                                 else printed_span(printed, pos, 0, m.start()))
            bodies = heard_bodies(bodies, printed_span(printed, pos, 0, m.start(group or 0)))  # 从X获悉,该厅: X
            issued = m.re is _LEAD and bool(_ISSUED.search(m.group()))
            return Reported(_clean_form(lines[:line.index], title), bodies, line.index, issued)
    return None


def _clean_form(above: list[Line], title: str) -> str:
    """The title as the headline over the lead quotes it, when the lead prints it with a mirror's readings
    (振(zhen)興, 關(guan)于) and the headline clean (`…印發《關于加快推進鄉村人才振興的意見》` over `…印發了
    《關于加快推進鄉村人才振(zhen)興的意見》`, yfwz 2021; sl4u 2020 the same): openings/DECISIONS.md, title
    (round 45)."""
    plain, pos = unread(title)
    if pos is None:
        return title
    # in the headline's printing, quoted or not, in either script (…印發關于…的意見 without 《》, a headline in
    # simplified characters over a lead in traditional ones: review 19, F7)
    wanted = simplified(plain)
    for ln in above:
        at = simplified(ln.text).find(wanted) if len(ln.text) < 4 * len(wanted) + 80 else -1
        if at >= 0 and unread(ln.text)[1] is None:
            return ln.text[at:at + len(wanted)]
    return title


def _speech_before(m: re.Match) -> bool:
    """Whether reported speech stands before ``m`` in its sentence (会议指出,…: a document mentioned, not reported)."""
    return _SPEECH.search(re.split(r"[。!?;]", m.string[:m.start()])[-1]) is not None


def _reports(m: re.Match) -> bool:
    """Whether a ``_LEAD`` match is a report's lead, not a document a reported speech or an order mentions."""
    before = re.split(r"[。!?;]", m.string[:m.start()])[-1]
    group = m.group("bodies") or m.group("after") or ""
    return not _SPEECH.search(before + (m.group("clause") or "")) and not _ORDERED.search(group)


# A news item's wire mark opening a line of its lead (中商情報網訊:為貫徹落實…, 福建 2022 on a reprint;
# 广州日报讯 (全媒体记者…), 本报讯(记者…), 商洛日報訊(…), 中国质量新闻网讯(…), 鹿城新闻网讯 …: dev pages of
# openings3 to openings10): the page is a news item whatever its lead's verb, and its posting stamp dates the
# report, not the document (round 44; a date the page states for the document, a signature or 成文日期, stays).
_WIRE = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:网|網|报|報)[讯訊]")


def wire_lead(lines: list[Line]) -> bool:
    """Whether a line opens with a news wire mark (see ``_WIRE``)."""
    return any(("讯" in ln.text or "訊" in ln.text) and _WIRE.match(ln.text.strip()) for ln in lines)
