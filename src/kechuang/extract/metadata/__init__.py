"""Document metadata: the plan's own title (vs the notice's), 文号, issuers, dates, region, basis.

It also locates the plan in the page: the title line(s) of the plan, and where its body starts. One module per
concern: ``title``, ``issuer`` (and the 文号 of orders), ``dates``, ``fields`` (the page's metadata table and the
文号), ``region`` (and ``placing``, the order its readers win in), ``basis``, ``report`` (政府工作报告 headers).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, islice

from kechuang.extract.lines import Line
from kechuang.extract.metadata import cues  # a reader whose literal cue the head lacks is not run
from kechuang.extract.metadata.basis import BASIS_BODY_LINES, basis_of
from kechuang.extract.metadata.common import PLAN_TITLE, printed_span, strip, unread
from kechuang.extract.metadata.congress import adopting_congress
from kechuang.extract.metadata.copies import copy_stamp
from kechuang.extract.metadata.covering import ADDRESSEE_LINES, after_addressees, covering_of
from kechuang.extract.metadata.dates import adopted_date, field_date, inline_signed, iso, literal_words, short_year_date
from kechuang.extract.metadata.docsite import file_title
from kechuang.extract.metadata.drafts import drafted_title
from kechuang.extract.metadata.editions import without_edition
from kechuang.extract.metadata.explained import explained_document
from kechuang.extract.metadata.explaining import explaining_heading, stated_date
from kechuang.extract.metadata.fields import (
    INFO_LINE_DATE,
    INFO_LINE_WORDS,
    ISSUER_FIELD,
    PUBLISHED_FIELD,
    PUBLISHED_WORDS,
    SIGNED_FIELD,
    SIGNED_WORDS,
    counted_stamp,
    doc_number_of,
    field_rows,
    field_value,
    garbled_number_of,
    table_title,
)
from kechuang.extract.metadata.fuller import fuller_title
from kechuang.extract.metadata.headbody import abbreviates, in_full
from kechuang.extract.metadata.heading import opening_heading
from kechuang.extract.metadata.headline import headline_over_stamp, quoted_headline
from kechuang.extract.metadata.headmost import head_title, quoted_lead_title
from kechuang.extract.metadata.issuer import (
    byline,
    dated_byline,
    masthead,
    signatures,
    split_orgs,
    title_issuer,
)
from kechuang.extract.metadata.letterhead import letterhead
from kechuang.extract.metadata.linked_notice import linked_issuer
from kechuang.extract.metadata.news import wire_lead
from kechuang.extract.metadata.overtitle import bodies_over, printed_once, without_number
from kechuang.extract.metadata.passed import lead_document
from kechuang.extract.metadata.placing import document_region
from kechuang.extract.metadata.region import region_of
from kechuang.extract.metadata.replies import reply_title
from kechuang.extract.metadata.report import work_report
from kechuang.extract.metadata.reported_headline import lead_stands
from kechuang.extract.metadata.runon import run_on_notice
from kechuang.extract.metadata.short_names import without_short_names
from kechuang.extract.metadata.stamps import lost_count_stamp
from kechuang.extract.metadata.standalone import plan_title_limit, run_on_title, standalone_title
from kechuang.extract.metadata.title import (
    ISSUED_TITLE,
    OWN_TITLE,
    Located,
    find_title_lines,
    heading_over_info,
    issuer_part,
    locate,
    printed_below,
    printed_form,
    printed_lines,
    region_before,
    unenclosed_form,
    without_column_label,
)
from kechuang.extract.model import DocumentInfo
from kechuang.extract.rules import load_rules, simplified

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_NUMBER_YEAR = re.compile(r"〔(\d{4})〕")
_TRAILING_NOTE = re.compile(r"\([^()]{0,12}\)$")

__all__ = ["Located", "extract_document", "locate"]

_INNER_BRACKETS = str.maketrans("", "", "《》〈〉<>")
_new = tuple.__new__  # a named tuple built without its Python ``__new__``


def _titled_by(lines: list[Line], limit: int) -> list[str]:
    """The issuer a document's own title names (监利市人民政府办公室关于分解落实…的通知 over the plan it issues)."""
    opening = next((m for ln in lines[:limit + 1] if (m := OWN_TITLE.match(strip(ln.text)))), None) \
        if cues.printed(lines, "关", "關", count=limit + 1) and cues.printed(lines, "于", "於", count=limit + 1) \
        else None
    return split_orgs(issuer_part(opening.group("title"))) if opening else []


def _folded(title: str | None) -> str:
    """A title compared without its inner title marks (2022年《政府工作报告》… as 2022年<政府工作报告>…)."""
    return strip(title or "").translate(_INNER_BRACKETS)


_FULLER_LINES = 40  # a page's short heading and the full title under it stand at its head
_BODY_LINES = max(BASIS_BODY_LINES + 7, ADDRESSEE_LINES + 3)  # the body's lines the basis may be read from
_LETTERHEAD_LINES = 60  # a joint document's letterhead stands over its text, at the head of the page
_PRINTED_BELOW = 8  # lines from the notice's sentence to the plan's title (signature, date, 此件公开发布)
# A mirror's name printed in place of the issuing body (开云手机官网入口·(中国)官方网站办公室关于印发…, 黑山 2019;
# 江南体育官方网站入 关于转发…, 咸宁 2015): a website issues nothing (round 47)
_SITE_NAME = re.compile("官网|官方网站")
_WEBSITE_FIELD = re.compile(r"(?:发文机关|发文单位|发文机构|发布机构|发布单位)\s*[::|]?\s*\|?\s*[\u4e00-\u9fff]{0,12}?"
                            r"(?:网站|门户网)")
_PROVINCES = load_rules("places")["province_short_names"]
# A draft's or an edition's mark after its title on the title's line (武漢市知識產權發展資金管理辦法
# (征求意見稿), bqlw 2023; 关于推动经济高质量发展若干政策举措(2025年版), 吴城 2025), as inside the 《》 of a
# consultation (《金华市区乡村振兴支持政策三十条(征求意见稿)》, 2023): no part of the title
# (openings/DECISIONS.md, second batch; the corpus README, fifth batch)
# A news portal's decorations around a headline are no part of it either: `(全文)`, `(附全文)` after it (正蓝旗 2022,
# askci 2017), the province's tag before it (`(内蒙古)2022年正蓝旗人民政府工作报告(全文)`).
_DRAFT_MARK = re.compile(r"[((](?:征求意见稿|征求意見稿|草案|送审稿|送審稿|修订稿|修訂稿|\d{4}年(?:修订|修訂)?版"
                         r"|\d{4}年?(?:修正|修订|修訂)本?"  # an edition: (1995修正), (2022年修订)
                         r"|附?全文)[))]$|^[((](?:" + "|".join(_PROVINCES) + r")[))]")


# every word of PUBLISHED_WORDS and INFO_LINE_WORDS: a line without one is searched by neither field
_DATED_WORDS = tuple(dict.fromkeys(literal_words(PUBLISHED_WORDS) + literal_words(INFO_LINE_WORDS)))
# the words as one alternation of literals: one scan of the head finds them all (a match it skips, one starting inside
# another, starts on that one's line: no word holds a line break)
_DATED_WORD = re.compile("|".join(map(re.escape, _DATED_WORDS)))


def _same_body(named: str, signed: str) -> bool:
    """A body named in full (廣東省人民政府辦公廳, 溫州市政府辦公室) and its signature's form (省政府辦公廳,
    溫州市人民政府辦公室): the same once 人民 is dropped and the shorter is the longer's end."""
    a, b = named.replace("人民", ""), signed.replace("人民", "")
    # …委 for …委员会 (湖州市卫生健康委 in the notice's title, signed 湖州市卫生健康委员会: 湖州 2023)
    a, b = re.sub("委员会$", "委", a), re.sub("委员会$", "委", b)
    return a.endswith(b) or b.endswith(a) or abbreviates(named, signed)  # 常州市发展改革委 (``abbreviated``)


def _with_next(lines: list[Line], line: Line) -> str:
    """A line with the next one when it opens a 《 it does not close (修订了《 / 天津市…办法》,现印发给你们): pages
    break lines inside titles, as basis sentences show (根据《 / 国家科学技术奖励条例》)."""
    text = line.text
    if text.rfind("《") > text.rfind("》") and line.index + 1 < len(lines):
        return text + lines[line.index + 1].text.strip()
    return text


def extract_document(lines: list[Line], text: str, *, fields_only: bool = False) \
        -> tuple[DocumentInfo, Located, list[str]]:
    """The document's metadata, where its plan stands in the page, and the warnings. ``fields_only``: the
    title, 文号, issuers and region alone are wanted (``readthrough``: a page read again without its readings),
    so the basis and the plan year, read after them, are not."""
    warnings: list[str] = []
    info = DocumentInfo()
    notice = cues.notice_of(lines)
    title = None
    if notice:
        info.notice_title = notice[0]
        title = notice[2]
    if not title or not find_title_lines(lines, title):
        # The plan's title as the notice quotes it (现将《…》印发) wins over the notice's wording (我市…) when the plan
        # is printed under it.
        for line in lines[:80] if cues.read(lines, "《", count=81) else ():  # each of its forms quotes a 《title》
            if "《" not in line.text:
                continue  # (nor is one read on the line joined to the next: only a line with a 《 opens a title)
            # read in simplified characters (已經…同意,現印發 and 現將《…》印發 on traditional pages: 青岛 2023, 牡丹江
            # 2018, 海东 2019) and through a mirror's phonetic readings (現(xiàn)將《…》印發(fā), 内蒙古 2012 营养改善
            # 计划), the title taken as printed, its readings kept (``simplified`` keeps offsets, ``unread`` maps them)
            printed = _with_next(lines, line)
            plain, pos = unread(printed)
            m = ISSUED_TITLE.search(simplified(plain))
            if m:
                g = next(k for k in (1, 2, 3) if m.group(k))
                issued = strip(printed_span(printed, pos, m.start(g), m.end(g), trailing=True))
                # 《X》已经…同意,现印发给你们 issues X; 《政府工作报告》已经…审议通过。 names a document it works from
                sentence = plain[m.end():].split("。")[0]
                if printed_lines(lines, issued) or _folded(issued) == _folded(title) or (
                        notice and (m.group(2) or (m.group(1) and re.search("印发|印發", sentence)
                                                   and "《" not in sentence))) or (
                        not title and (m.group(2) or m.group(3) or (
                        re.search("印发|转发|印發|轉發", sentence) and "《" not in sentence))):
                    title = issued
                    # the notice forwards one document and the page prints the plan made from it under its own
                    # title below (现将《2021年浙江省…细则》印发 over 2021年丽水市…细则): the printed plan is the
                    # document
                    below = None if printed_lines(lines, issued) else standalone_title(
                        lines, min(len(lines), line.index + _PRINTED_BELOW), line.index + 1)
                    core = re.sub(r"\([^()]{1,14}\)$", "", issued)
                    title = below[0] if below and core not in below[0] and below[0] not in core else title
                break
    listed = notice and title and title == notice[2] and title.endswith(("名单", "名單"))  # 印发…名单的通知
    if listed or (notice and title == notice[2] and not find_title_lines(lines, title) and not PLAN_TITLE.search(title)
                  and re.search("关于(?:报送|上报|呈报)", notice[0])):
        # 关于报送…培育库的通知 asks for no plan and prints none, 关于印发…名单的通知 issues no plan (发改办 2025, as
        # 关于公布…名单的通知 publishes one): the notice is the document
        title = notice[0]
    consulted = cues.consulted_title(lines)  # a page for comments: the draft it prints, or its own title
    title = consulted[0] if consulted else title
    explained = explained_document(lines[:80])  # an explanation page (政策解读): the document it explains
    explaining = explaining_heading(lines)  # or a 解读 page whose heading names the plan (round 48)
    title = explained[0] if explained else explaining[0] if explaining and explaining[1] else title
    tabled = None if title else table_title(lines)  # the page's metadata table names the document (名 称: …)
    if not title and not (tabled and find_title_lines(lines, tabled)):  # printed on its line too, the table's wins
        found = standalone_title(lines, plan_title_limit(lines))  # over a line the page's menu joins (宜良 2020)
        title = found[0] if found else None
    title = title or tabled
    run_on = None if title else run_on_notice(lines)  # a notice's title, 文号 and text printed as one line
    title = run_on[0] if run_on else title
    if not title:  # a letter, a proposal, a notice with no plan of its own: its title is the document's
        title = cues.own_title(lines, 60) or reply_title(lines[:40])  # 对…建议的答复: a reply is its own, too
    if not title:  # a page's own heading: the line over its information line (发布日期:… 信息来源:…)
        title = heading_over_info(lines[:80])
    if not title:  # a title run into the text under it (…实施方案为深入贯彻…)
        title = run_on_title(lines)
    filed = None if title else file_title(lines)  # a document site's copy headed by the file's name (…实施意见.pdf)
    title = filed[0] if filed else title
    opening = None if title else opening_heading(lines)  # or the heading the page opens with
    title = opening[0] if opening else title
    if not title:  # a draft named with its mark (…形成了《X》(征询意见稿)): the page's own heading goes first
        title = drafted_title(lines[:_FULLER_LINES])
    title = printed_below(lines, title, notice) or title
    # a news item's lead names the document it reports (a meeting's news: the document it passed, ``passed``)
    news = None if notice else lead_document(lines)
    # the lead's document stands for no title, for a headline that reports it (中办国办印发《…》), or for its title
    # read with the line above it (the bodies a joint document prints over its title)
    if news and lead_stands(title, news.title):  # or a headline that reports it in other words (round 55)
        title = news.title
    elif news and not news.issued:  # a lead of another verb (公布, 审议通过) that names another document: no news item
        news = None
    headlined = None if title else headline_over_stamp(lines)  # a headline over its stamp (news, 通告, reprints)
    title = headlined or title or quoted_headline(lines)  # or 《X》(全文) heading a reprint
    # the last resort: a title line in a table row or before a label, or a line saying its bodies issued 《X》
    title = title or head_title(lines) or quoted_lead_title(lines) or cues.made_title(lines)  # 制定了《X》
    title = cues.republished_title(lines, title) or title  # a headline 发布X over X's own printing: X as printed
    title = (fuller_title(lines[:_FULLER_LINES], title) or title) if title and not notice else title
    own = OWN_TITLE.match(simplified(title)) if title and not notice else None
    own_text = title[own.start("title"):own.end("title")] if own else ""  # as printed
    title = printed_form(lines, title) if title else title
    title = unenclosed_form(lines, title, notice[2] if notice else None) if title else title
    loc = locate(lines, title)
    if not notice and (over := bodies_over(lines, loc.title_lines, title)):  # 呂梁市人民政府 / 關于…的 / 批 復
        title, own = over, OWN_TITLE.match(simplified(over))
        own_text = title[own.start("title"):own.end("title")] if own else ""
    if title and not region_of(title):
        # Pages often print the full title with its region elsewhere (page header, 推荐访问…).
        # (each printing found by ``str.find``, as ``re.finditer`` of the escaped title found them, without
        # compiling a pattern per document)
        at = text.find(title)
        while at >= 0:
            region = region_before(text, at)
            if region:
                title = region + title
                break
            at = text.find(title, at + len(title))
    title = info.title = printed_once(without_number(_DRAFT_MARK.sub("", without_column_label(title)))) if title \
        else title
    if not title:
        warnings.append("未识别出方案标题")

    limit = loc.title_lines[0] if loc.title_lines else loc.body_start
    if not loc.title_lines and notice:  # the plan is not printed (an attachment): the notice is signed below it
        limit = max(limit, min(len(lines), notice[3] + 30))
    head = lines[:max(limit + 5, 40)]
    rows = field_rows(head)  # the page's fields, read in simplified characters
    plain_head = [_new(Line, (k, 0, 0, plain, False)) for k, (plain, _, _) in enumerate(rows)]  # (Line(k, 0, …))
    found = doc_number_of(head) or garbled_number_of(head)
    if found:
        info.doc_number, info.spans["doc_number"] = found
    elif explained and explained[1]:
        info.doc_number = explained[1]
    elif opening and opening[1]:
        info.doc_number = opening[1]
    elif filed and filed[1]:
        info.doc_number = filed[1]
    elif run_on or (cited := cues.cited_number(lines, title)):  # a lead's 《title》(文号): round 58
        info.doc_number = run_on[1] if run_on else cited
    order = None if info.doc_number else cues.order_of(lines, len(head))
    if order:
        info.doc_number = order[0]

    # A document that is its own title (a 决定, a 函) is signed after its text.
    signed, date = signatures(lines, limit if not own else min(len(lines), 200))
    issuers = signed + (split_orgs(notice[1]) if notice else [])
    issuers += split_orgs(issuer_part(own_text, lines[:60])) if own else []
    # 市人民政府 in a notice's title is the signed 咸宁市人民政府; a title's short form with no place of its own
    # (自治区党委 人民政府印发…, signed 中共宁夏回族自治区委员会) names a body that signs in full
    for org in issuers:
        if signed and org not in signed and (not region_of(org) or any(_same_body(org, o) for o in signed)):
            continue  # the notice's title names a signer in another form (广东省人民政府办公厅, signed 省政府办公厅)
        if org not in info.issuer and not any(o.endswith(org) for o in info.issuer):
            info.issuer.append(org)
    if info.issuer and not any(map(region_of, info.issuer)):
        # a masthead names the notice's placeless issuer in full (区人民政府办公室 under 武汉市江岸区人民政府办公室文件)
        full = [o for o in masthead(head) if region_of(o) and any(o.endswith(i) for i in info.issuer)]
        info.issuer = full or info.issuer
    titled = title_issuer(title)  # 华容县科技局2017年重点工作…清单: the title opens with the body that issues it
    if titled and all(titled.endswith(o) for o in info.issuer):
        info.issuer = [titled]
    if not info.issuer and order and order[1]:
        info.issuer = [order[1]]
    bylined, byline_date = dated_byline(head)
    imprinted = None  # a cover's body over its month (round 60), read below: the month is no date, nor the stamp
    site = False
    if not info.issuer:
        info.issuer = bylined
    if not info.issuer:
        # a site that names itself (发文机构: 县政府网站, 发布机构: 科技部门户网站, the next label glued on) names no
        # issuing body
        site = any(_WEBSITE_FIELD.search(plain) for plain, _, _ in rows)
        info.issuer = [] if site else split_orgs(field_value(rows, ISSUER_FIELD) or "")
        # a field's short name with no place gives way to the notice title's full one (发文单位 区人民政府办公室 under
        # 郧阳区人民政府关于分解落实…的通知), as the document's naming wins over the site's (openings/DECISIONS.md)
        if info.issuer and not any(map(region_of, info.issuer)):
            info.issuer = [o for o in _titled_by(lines, limit) if region_of(o)] or info.issuer
    if not info.issuer and not site:  # the body under the title, else over a cover's month (not when under the title)
        info.issuer = byline(head, [t for t in (title, info.notice_title) if t]) \
            or (imprinted := cues.imprint(lines, len(head)))
    if not info.issuer and not site:
        info.issuer = _titled_by(lines, limit)
    if not site:  # a joint document's bodies over its text (``letterhead``), a run-on signature, a title's letterhead
        info.issuer = in_full(lines, info.issuer or letterhead(lines[:_LETTERHEAD_LINES], title), limit)
    info.issuer = [o for o in info.issuer if not _SITE_NAME.search(o)]  # a mirror's site name put for the body
    if not info.issuer and not site:  # a 条例 adopted at a congress's session, nothing else naming a body
        info.issuer = adopting_congress(lines[:limit + 15], title)
    if not fields_only:  # the dates (the page read again through its readings is read for its four fields)
        info.date = (date or inline_signed(lines[:limit + 60]) or short_year_date(lines[:limit + 60], info.doc_number)
                     or field_date(plain_head, SIGNED_FIELD, SIGNED_WORDS) or byline_date
                     or adopted_date(lines[:limit + 15], limit + 5) or cues.lead_date(lines, title))
        texts = [""] + [ln.text for ln in plain_head] + [""]
        # only the lines either field below can read (a word of its and a four-digit year: ``field_date`` skips the
        # others) are told from a stamp: leaving the others out changes neither date. A line holds only words the lines
        # joined hold: each line is searched for those alone (most heads hold two or three of the twelve)
        # (the lines holding one are found from where the words stand in the lines joined: no line is searched for them)
        joined = "\n".join(texts)
        starts = list(accumulate([len(t) + 1 for t in texts[:-1]], initial=0))
        worded = sorted({bisect_right(starts, m.start()) - 2
                         for m in _DATED_WORD.finditer(joined)})  # texts[k + 1] is plain_head[k]'s
        dated = [ln for k, ln in ((k, plain_head[k]) for k in worded)  # a reprint's or a copy's stamp dates no document
                 if cues.has_year(ln.text)
                 and not (counted_stamp(ln.text, texts[k], texts[k + 2]) or copy_stamp(ln.text)
                          or lost_count_stamp(ln.text, texts[k], texts[k + 2]))]
        info.publish_date = field_date(dated, PUBLISHED_FIELD, PUBLISHED_WORDS) \
            or field_date(dated, INFO_LINE_DATE, INFO_LINE_WORDS)
        numbered = _NUMBER_YEAR.search(info.doc_number or "")
        # a reprint's posting stamp years after the 文号 (时间:2016-01-17 over 鲁政发〔2014〕20号) is no publishing date
        if numbered and info.publish_date and int(info.publish_date[:4]) > int(numbered.group(1)) + 1:
            info.publish_date = None
        # a document numbered 〔2023〕 was signed in 2023: a later stamp is no date; a news item's stamp dates the
        # report, not the document it reports (a date the page states for the document, 成文日期, stays)
        if not info.date and not news and info.issuer != imprinted and not wire_lead(lines[:limit + 20]) and not (
                numbered and info.publish_date and info.publish_date[:4] != numbered.group(1)):
            info.date = info.publish_date
    if explaining:  # a 解读's 发布机构, signer and stamp are its own: the plan's date only as the page states it
        # (the plan's issuer only as the notice title it prints names it: ``linked_notice``)
        info.issuer = linked_issuer(lines, explaining[0]) if explaining[1] else info.issuer
        info.date = None if fields_only else stated_date(lines[:80], title)
    if title and _TRAILING_NOTE.sub("", title).endswith("报告"):  # delivered by whom, when, where
        report = work_report([strip(ln.text) for ln in lines[:80]])
        # the speaker's government over a page field's name (发布机构 区府办, 拱墅 2019; 缙云县人民政府办公室 over
        # 缙云县人民政府县长, 缙云 2023); a notice that prints the report keeps its signer
        if report.issuer and (not any(region_of(o) for o in info.issuer) or not (signed or notice)):
            info.issuer = [report.issuer]
        # a delivery date printed but lost is no date, and the page's publishing date does not stand in for it (as a
        # partial signature date, 二〇一六年一月 in 西城 2016, or one with two readings, 2019114 in 汉阳 2019); a notice
        # that prints the report signs with its own date (渝北 2021-03-19, 南宫 2023-01-13: not the speech's)
        if not (notice and date):
            info.date = (iso(*report.delivered) if report.delivered else None) or (None if report.unread else info.date)
        info.region = region_of(title) or region_of(report.region) or report.region  # 在重庆市渝北区… → 渝北区
        info.title = report.title or info.title  # 政府工作报告 as printed over the congress line, not the page's header
    info.region = document_region(info.region, title, info.issuer, issuers, rows, news, lines, limit)
    if fields_only:  # nothing below changes the title, the 文号, the issuers or the region
        return info, loc, warnings
    # the notice's or report's own text, between its title and the plan's (根据贵办《…》文件要求…)
    covering = covering_of(lines, loc, notice[3] if notice else consulted[1] if consulted else None, bool(notice))
    # the body's first lines alone (a plan's thousand lines were listed, and under a headline each compared with the
    # preamble's): ``basis_of`` reads its first ``BASIS_BODY_LINES`` after seven at most went to the covering text
    # (three after the addressees, found among the first ``ADDRESSEE_LINES``) and to the preamble (one, or three)
    body = list(islice((ln for ln in lines[loc.body_start:] if ln.text and not ln.chrome), _BODY_LINES))
    if own and not loc.preamble:  # a 通报 or 函 is its own text: its opening sentence names its basis (根据《…》要求,…)
        opening = after_addressees(body)
        covering, body = covering + body[opening:opening + 3], body[:opening] + body[opening + 3:]
    preamble = loc.preamble
    if not preamble and loc.title_lines and body and loc.body_start == loc.title_lines[1] + 1:
        # no numbered heading in the text (a page's opening cut before it): the paragraph under the plan's title is
        # its preamble (为贯彻落实《…》、《…》…, 广州 2016 科学素质; 蒙城 2023, blank lines between), as it is when
        # a heading follows
        preamble, body = body[:1], body[1:]
    if headlined:  # a news item or a notice under its headline: its lead is its own text (the stamp's and the
        preamble = [ln for ln in (preamble + body)[:9] if len(ln.text) > 30][:3]  # page's short lines left out)
        body = [ln for ln in body if ln not in preamble]
    basis = basis_of(preamble, body, covering)
    basis = list(dict.fromkeys(without_edition(b) for b in basis))  # (修编), (2022年修訂) dropped: meta30
    info.basis = [b for b in basis if b != title and not cues.zeros_lost(b, title)]  # round 59
    info.basis = without_short_names(info.basis, text)  # (下稱《行動計劃》) cited again by that name: meta30
    year = (info.date or info.publish_date or "")[:4]
    if year.isdigit():
        info.plan_year = int(year)
    elif title and (m := re.search(r"(\d{4})-\d{4}年?", title)):
        info.plan_year = int(m.group(1))
    return info, loc, warnings
