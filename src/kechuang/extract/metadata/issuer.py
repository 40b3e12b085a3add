"""Who issues the document and under which number: signatures, notices' issuers, government orders, bylines."""

from __future__ import annotations

import itertools
import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.broken_signer import joined_head
from kechuang.extract.metadata.common import CJK, PLAN_WORDS, org_named, strip
from kechuang.extract.metadata.common import unread as without_readings
from kechuang.extract.metadata.dates import BARE_DATE, CUT_DATE, SIGN_DATE, iso, run_together
from kechuang.extract.metadata.fields import ORDER_NUMBER, READING, is_label
from kechuang.extract.metadata.region import region_of
from kechuang.extract.rules import simplified
from kechuang.text.readings import READING_PATTERN

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_SENTENCE_MARK = re.compile(r"[。,;:]")
_CJK_NAME = re.compile(rf"[{CJK}()]+")

_ORG_SPLIT = re.compile(
    rf"(?:[{CJK}]|{READING})+?(?:人民政府办公厅|人民政府办公室|办公厅|办公室|委员会|管委会|人民政府|督查室|党工委|办事处|厅|局|委|办|"
    rf"辦公廳|辦公室|委員會|廳|辦)(?=$|[、,]|[{CJK}]{{2,4}}(?:省|市|县|区|縣|區|自治州|州|盟|旗))")
_PUBLIC_MARK = re.compile(r"[((]此件[^()()]{2,8}[))]")  # (此件公开发布) between a signature and its date
# The body whose seal stands in for the signer's, under it (全民科学素质纲要实施工作办公室 /
# (中国科协办公厅代章), 2018; 國務院知識產權戰略實施工作部際聯席會議辦公室 / (國家知識產權局代章), 2021;
# 吉林省旅游产业发展领导小组 / (吉林省文化和旅游厅代签), 2021): it seals, the body above it signs.
# (the plan's title after the date: a sentence that goes on with a date, …请认真贯彻落实。2013年3月20日县人民政府同意…
# of 祥云 2018, signs nothing)
_RUN_ON_SIGNATURE = re.compile(rf"(?:执行|落实|实施)。((?:[{CJK}]{{2,30}}?(?:人民政府|办公室|办公厅|委员会|局))?)"
                               rf"{SIGN_DATE.pattern}(?=[{CJK}“”]{{2,40}}?(?:{'|'.join(PLAN_WORDS)}))")
_RUN_ON_ENDS = ("执行。", "落实。", "实施。")  # one opens every match: tested with ``in`` before the search
# (at a line's start too: ??上海市靜安區人民政府辦公室 / ??2023年4月23日, a mirror of 静安 2023 whose indents became ?)
_LOST = re.compile(r"^\?+|\?+(?=\s|$)")
_TRAILING_READING = re.compile(rf"(?:{READING_PATTERN})$")
_SEAL_NOTE = re.compile(r"[((][^()()]{2,30}代[章签簽印][))]")
_GLUED_SEAL = re.compile(r"(?<=[^\s()()])[((][^()()]{0,30}代[章签簽印][))]$")
# What a page prints after a signature date on its line: the public mark (内蒙古 2015 生态宜居县城 通报, on an
# investment platform's copy) or a table's cell bar (户县 2010 on a forum's copy)
_TRAILER = re.compile(r"(?:[((]此件[^()()]{2,8}[))]|\|){1,3}$")


def _field_value(lines: list[Line], index: int) -> bool:
    """A date printed alone under its field's label (生成日期: / 2018年12月10日, 中卫 2018; the labels alone on their
    lines of gov.cn's tables, as ``field_rows`` reads them) is the field's value, not a signature's date."""
    above = next((ln.text.strip() for ln in reversed(lines[max(0, index - 3):index]) if ln.text.strip()), "")
    return is_label(simplified(above))


_ROW_SPLIT = re.compile(r"[、,;;\s]+")
# a character each of _ORG_SPLIT's endings holds: a chunk with none of them is no match of it (its lazy search, tried
# at every position of the chunk, is the reader's cost), and stands whole as before
_ORG_END_CHARS = frozenset("厅室会府委处局办廳會辦")


def split_orgs(text: str) -> list[str]:
    """Organisations named in a row: split on 、 , and on the spaces that separate two names, then on where one
    name ends and the next begins (…办公室XX县人民政府…)."""
    parts = [p for chunk in _ROW_SPLIT.split(text.strip().strip("《》")) if chunk
             for p in ((_ORG_SPLIT.findall(chunk) or [chunk]) if not _ORG_END_CHARS.isdisjoint(chunk) else [chunk])]
    return [p for p in parts if org_named(p)]


# Lines of one signature block: joint documents sign one or two bodies a line (天津 2006 科委/财政局/国税局/地税局, four
# lines; 长三角 2020 秋冬季攻坚, fourteen bodies on seven lines).
_SIGNATURE_LINES = 8
_SIGNED_LINE = re.compile(rf"([{CJK}()]{{2,40}}?){SIGN_DATE.pattern}")


def signatures(lines: list[Line], limit: int) -> tuple[list[str], str | None]:
    """Organisations signing the notice or the plan, and the signature date. A signer above a date the page printed
    run together with no single reading (武汉市汉阳区人民政府办公室 over 2019114: 1-14 or 11-4) still signs; the date
    stays null. A run-together date with no signer above it dates the notice when it stands right under the notice's
    text."""
    unread: list[str] = []
    # the lines above ``limit`` and the last 15, in order (a line's index is its place in ``lines``): the lines between,
    # most of a plan, are not walked one by one to be passed over
    for line in itertools.chain(lines[:max(0, limit)], lines[max(0, limit, len(lines) - 15):]):
        printed = line.text  # (the line read below only loses characters: readings, spaces, a trailer)
        if "年" not in printed and "日" not in printed and "。" not in printed and "20" not in printed \
                and "19" not in printed:
            continue  # no date (年; BARE_DATE's 20xx/19xx), no signer beside one (…日) and no run-on (。): nothing read
        text = strip(without_readings(line.text)[0])  # read through a mirror's readings (2024年5月(yuè)21日, 广东 2024)
        if text.endswith((")", "）", "|")):  # 2015年7月17日 (此件公开发布), 二○一○年十二月二日 | (round 42)
            # (a match is at most three trailers of 12 characters that end the text: only its tail is searched)
            cut = max(0, len(text) - 36)
            text = text[:cut] + _TRAILER.sub("", text[cut:])
        m = SIGN_DATE.fullmatch(text.strip("?")) or BARE_DATE.fullmatch(line.text.strip().strip("?")) \
            or CUT_DATE.fullmatch(text.strip())  # 2021年11月22日????; 2014年5月14 (its 日 lost, under a signer only)
        # (a mirror prints a signature's indent as ?: ??…?忠县金声乡人民政府 / ??…?202269, 金声乡 2022, as 静安 2023)
        beside = None if m or not text.endswith("日") else _SIGNED_LINE.fullmatch(text)
        # the signer and its date on one line, the page's line break lost (省政府办公厅2021年6月10日, 蒙城县人民政府
        # 办公室 2023 年 2 月 3 日)
        if beside and (orgs := split_orgs(beside.group(1))) and (date := iso(*beside.groups()[1:])):
            return orgs, date
        if not m and "。" in text and any(map(text.__contains__, _RUN_ON_ENDS)) \
                and (run := _RUN_ON_SIGNATURE.search(text)) and (date := iso(*run.groups()[1:])):
            # a page that lost its line breaks runs the notice's last sentence, its signature and the plan's title
            # into one line (…遵照执行。东丽区人民政府二〇一一年五月二十八日东丽区科技…: 东丽 2011;
            # …望遵照执行。2021年12月28日天津市全民健身实施计划…: a journal's abstract of 天津 2021)
            return (split_orgs(run.group(1)) if run.group(1) else []), date
        if not m or _field_value(lines, line.index):
            continue
        orgs: list[str] = []
        k = line.index - 1
        while k >= 0 and len(orgs) < _SIGNATURE_LINES:
            # a mirror prints the spaces of a signature block as ? (浮山縣人民政府辦公室 ???????, 浮山 2025; 應急管理部?
            # 中國地震局, a mirror of 应急〔2022〕30号): spaces
            above = lines[k].text
            above = (_LOST.sub(" ", above) if "?" in above else above).strip()  # (each match holds a ?)
            # a mirror's reading after the signer's last character is no part of its name
            # (上海市科學(xué)技術(shù)委員會(huì), 大連市人民政府辦公(gong)室(shi): round 60), as for a region
            # (openings/DECISIONS.md); the inner ones are kept
            above = _TRAILING_READING.sub("", above)
            # a seal note glued to its signer (國務院第三次全國土壤普查領導小組辦公室(代章), 2022) is dropped, as one
            # under it is: the office signs (openings/DECISIONS.md)
            above = _GLUED_SEAL.sub("", above) if above.endswith((")", "）")) else above
            if not above or _PUBLIC_MARK.fullmatch(above) or _SEAL_NOTE.fullmatch(above):
                k -= 1
                continue
            if len(above) <= 60 and org_named(without_readings(above)[0]) and not _SENTENCE_MARK.search(above):
                orgs.insert(0, above)
                k -= 1
                continue
            if orgs and (head := joined_head(above, orgs[0])):  # 淮北市第一次全国自然灾害 / 综合风险普查…办公室
                orgs[0] = head + orgs[0]
                k -= 1
            break
        if m.re is BARE_DATE and m.group(2):
            date = run_together(m.group(1), m.group(2))
        elif m.re is CUT_DATE:
            date = run_together(m.group(1), m.group(4)) if m.group(4) else iso(*m.groups()[:3])
        else:
            date = iso(*[g for g in m.groups() if g])
        signers = [o for chunk in orgs for o in (split_orgs(chunk) or [strip(chunk)])]
        # a run-together date right under the notice's last sentence signs it though its signer was lost with the
        # seal's image (阿勒泰 2019 …请认真抓好贯彻落实。 over 2019109, 赣州 2015 …认真组织实施。 over 2015917)
        under_text = not orgs and k >= 0 and lines[k].text.strip().endswith("。")
        if date and (orgs or m.re is SIGN_DATE or (under_text and m.re is BARE_DATE)):
            return signers, date
        unread = unread or (signers if m.re is BARE_DATE and m.group(2) else [])
    return unread, None


_ORDER_LINE = re.compile(r"[((]?\s*第\s*\d{1,5}\s*号\s*[))]?")


def order_of(head: list[Line]) -> tuple[str, str | None] | None:
    """A government order's number as printed (渝府令第 121 号; 成都市人民政府令 over (第128号) → 第128号) and the
    body the order names as its own (成都市人民政府令 → 成都市人民政府), if it does."""
    # a line of the page between the order's name and its number (Original URL: http://…) is no part of either
    # read in simplified characters, a character for a character (a mirror's 江蘇省人民政府令 / 第 91 號, 江苏 2013 on a
    # dev page, as 衢州 2022's adoption line is read: meta47), given as printed
    printed = [ln.text.strip() for ln in head if ln.text.strip() and not ln.chrome]
    texts = [simplified(t) for t in printed]
    for k, text in enumerate(texts):
        # the number may stand under a page's stamp (齐齐哈尔市人民政府令 / 上载日期: … / 第3号, 2017)
        at = next((j for j in range(k + 1, min(k + 3, len(texts))) if _ORDER_LINE.fullmatch(texts[j])),
                  k + 1 if k + 1 < len(texts) else None)
        below, below_printed = (texts[at], printed[at]) if at is not None else ("", "")
        for joined in (text, text + below if re.match(r"[((]?\s*第", below) else ""):
            m = ORDER_NUMBER.match(joined)
            if m:
                body = strip((printed[k] + below_printed)[m.start(1):m.end(1)])[:-1]
                # the number on a line of its own under the order's name is the number: (第128号) → 第128号
                number = printed[k] if joined == text else below_printed.strip("()() ")
                return number, (body if org_named(simplified(body)) and region_of(body) else None)
    return None


def byline(head: list[Line], titles: list[str]) -> list[str]:
    """The body printed alone on the line under the document's title (law libraries print title, body, title)."""
    texts = [(strip(ln.text), ln.chrome) for ln in head if ln.text.strip()]
    for (above, _), (text, chrome) in itertools.pairwise(texts):
        if not chrome and len(text) <= 30 and org_named(text) and _CJK_NAME.fullmatch(text) \
                and any(t.strip("《》") in above for t in titles) and len(above) <= 200:
            return split_orgs(text) or [text]
    return []


# A title that opens with the body that issues it, then the year or 关于 (桃源县科学技术局2021年度…申报表).
_TITLE_ISSUER = re.compile(rf"^([{CJK}]{{2,20}}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|委员会|局|委|厅))"
                           r"(?=\d{4}年|关于)")


def title_issuer(title: str | None) -> str | None:
    """The issuing body a title opens with, when it names a place (华容县科技局…, not 科技局…); read in simplified
    characters, given as printed (廣州市人民政府辦公廳關于…)."""
    m = _TITLE_ISSUER.match(simplified(title or ""))
    return (title or "")[:m.end(1)] if m and region_of(m.group(1)) else None


# A body and a date on one line: a signature whose date the page pulled up beside it (蒙城县人民政府办公室 2023 年 2 月
# 3 日), a bulletin's masthead (寿县人民政府督查室  2022年8月19), a byline under the title (…办公厅 2017-02-27 16:06).
_ORG_DATE = re.compile(rf"([{CJK}() ]{{4,60}}?)\s+(\d{{4}})\s*[-年]\s*(\d{{1,2}})\s*[-月]\s*(\d{{1,2}})\s*日?"
                       r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


def dated_byline(head: list[Line]) -> tuple[list[str], str | None]:
    """The bodies and the date of the first line that prints only a body (or several) and a date."""
    for line in head:
        if "年" not in line.text and "-" not in line.text:
            continue  # no date of ``_ORG_DATE`` (its year, then - or 年)
        text = line.text.strip()
        if len(text.split(None, 1)) < 2:
            continue  # no space inside the line: none between a body and its date (``_ORG_DATE``'s \s+)
        m = _ORG_DATE.fullmatch(text)
        if m and org_named(strip(m.group(1))) and (orgs := split_orgs(m.group(1))):
            return orgs, iso(*m.groups()[1:])
    return [], None


# The issuer's masthead over a document (GB/T 9704's 发文机关标志: the body's name and 文件, 武汉市江岸区人民政府
# 办公室文件).
_MASTHEAD = re.compile(rf"([{CJK}]{{4,40}}?)文件")


def masthead(head: list[Line]) -> list[str]:
    """The bodies a document's masthead names (``_MASTHEAD``), as a signature names them, or []."""
    for line in head:
        m = _MASTHEAD.fullmatch(strip(line.text))
        if m and org_named(m.group(1)) and (orgs := split_orgs(m.group(1))):
            return orgs
    return []
