"""Document metadata: the plan's own title (vs the notice's), 文号, issuers, dates, region, basis.

It also locates the plan in the page: the title line(s) of the plan, and where its body starts.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from kechuang.extract.doc_dates import BARE_DATE, SIGN_DATE, field_date, iso, run_together, short_year_date
from kechuang.extract.lines import Line
from kechuang.extract.model import DocumentInfo
from kechuang.extract.page_fields import (
    DOC_NUMBER,
    INFO_LINE_DATE,
    ISSUER_FIELD,
    ORDER_NUMBER,
    PUBLISHED_FIELD,
    READING,
    SIGNED_FIELD,
    TITLE_FIELD,
    doc_number_in_field,
    format_number,
    is_national,
    region_of,
    work_report,
)

CJK = r"\u4e00-\u9fff"
_PLAN_WORDS = ("方案", "计划", "规划", "意见", "办法", "纲要", "要点", "措施", "细则", "行动", "规定", "预案", "规则",
               "规章", "建议", "指南", "指引", "条例", "章程", "工作报告",
               # as pages in traditional characters print them (big5 mirrors, Hong Kong and Macao)
               "計劃", "規劃", "辦法", "綱要", "要點", "細則", "行動", "規定", "預案", "規則", "規章", "建議", "條例")
_ORG_SUFFIX = re.compile(
    r"(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理委员会|管委会|行政公署|厅|局|委|办|院|中心|协会|科协|政府|部|"
    r"辦公廳|辦公室|委員會|廳|辦)$")
_ORG_SPLIT = re.compile(
    rf"(?:[{CJK}]|{READING})+?(?:人民政府办公厅|人民政府办公室|办公厅|办公室|委员会|管委会|人民政府|厅|局|委|办|"
    rf"辦公廳|辦公室|委員會|廳|辦)(?=$|[、,]|[{CJK}]{{2,4}}(?:省|市|县|区|自治州|州|盟|旗))")
_ABOUT = re.compile("关于|關於|關于")
# The notice that issues a plan, or the report that submits one (关于报送《…预案》的报告).
_NOTICE = re.compile(r"^(?P<issuer>[^,。;:!?]{0,80}?)(?:关于|關於|關于)(?:印发|转发|发布|下发|修订|颁布|报送|呈报|上报|"
                     r"印發|轉發|發布|下發|修訂|頒布|報送)(?P<inner>.+?)的(?:通知|报告|请示|報告)")
_PUBLIC_MARK = re.compile(r"[((]此件[^()()]{2,8}[))]")  # (此件公开发布) between a signature and its date
# A document that is its own title: X关于…的函/建议/决定… (a letter, a proposal), when no plan is printed.
# A page that reposts a document marks it: (转发)国务院办公厅关于…的通知 — the title is without the mark.
_OWN_TITLE = re.compile(r"^(?:[(\[【]转发[)\]】]|转发[::])?(?P<title>[^,。;:!?]{0,80}?关于.{2,150}?的"
                        rf"[{CJK}]{{0,4}}?(?:函|建议|意见|决定|通报|公告|批复|报告|通知))$")
_ISSUED_TITLE = re.compile(r"《([^《》]{4,80})》(?:已经|经|现)|现将《([^《》]{4,80})》")
# 贯彻执行/遵照执行 ask the reader to carry a document out; they do not name what it is made from.
_TRIGGER = re.compile(r"(?:根据|依据|按照|遵照|贯彻|落实|根據|依據|貫徹|落實)(?!执行|執行)")
# What a basis sentence of the body says it does with its sources.
_MADE = re.compile(r"制定|制订|编制|修订|提出|出台|制訂|編制|修訂")
_SHORT = ("简称", "下称", "簡稱")  # (以下简称《科学素质纲要》) names a short form, not another document
# 《规划》, 《方案》… alone are the document's short name for itself or for one named before, not a title.
_SHORT_KINDS = frozenset((*_PLAN_WORDS, "通知", "决定", "纲要"))
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.、]|[((]\d{1,2}[))])\s*《")
_BASIS_HEADING = re.compile(r"^.{0,12}(编制|制定|制订|工作)依据$")
_BASIS_BODY_LINES = 120  # non-empty lines: a 应急预案's 编制依据 follows its table of contents
_TOP_HEADING = re.compile(r"([一二三四五六七八九十]{1,3}[、.]|第一(章|部分|篇))")
_REGION_SUFFIX = ("自治县", "自治州", "自治区", "县", "区", "市", "旗", "州", "盟", "省")


@dataclass
class Located:
    """Where the plan sits in the text (line indexes)."""

    title_lines: tuple[int, int] | None = None  # first and last line of the plan's title
    body_start: int = 0  # first line of the numbered body
    preamble: list[Line] = field(default_factory=list)


def _strip(text: str) -> str:
    return "".join(text.split())


def _outer_titles(text: str) -> list[tuple[str, int, int]]:
    """Titles in 《》 at the outermost nesting level, with their offsets (inside the brackets)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "《":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                out.append((text[start:i], start, i))
    return out


def _notice(lines: list[Line]) -> tuple[str, str, str, int] | None:
    """(joined notice title, issuer prefix, inner title, line index) of the issuing notice.

    A page may list other notices first (links to related documents); the notice whose plan is printed
    below it (its title on a line of its own) wins, its printing that names the issuer first, else the first."""
    # a metadata table's title field (标 题: | 科技部关于印发…的通知 |) is read as the line it names
    head = [dataclasses.replace(ln, text=f.group(1)) if (f := TITLE_FIELD.match(ln.text)) else ln
            for ln in lines[:60] if ln.text]
    found = []
    for k, line in enumerate(head):
        if not _ABOUT.search(line.text) or len(line.text) > 200:
            continue
        joined = line.text
        for nxt in head[k + 1:k + 3]:
            if re.search(r"(通知|报告|请示)》?$", joined):
                break
            joined += nxt.text
        prev = head[k - 1].text if k else ""
        if not line.text.startswith("《") and prev and len(prev) <= 30 and _ORG_SUFFIX.search(prev) \
                and _ABOUT.match(line.text):
            joined = prev + joined
        text = _strip(joined).strip("《》")
        m = _NOTICE.search(text)
        if m:
            about = _ABOUT.search(joined)
            raw = joined.lstrip("《")[:about.start() - (len(joined) - len(joined.lstrip("《")))].strip()
            issuer = raw if _strip(raw) == m.group("issuer") else m.group("issuer")
            issuer = re.split("转发|轉發", issuer)[0]  # X转发Y关于印发Z的通知: X forwards, Y drafted
            inner = m.group("inner")
            titles = _outer_titles(inner)
            inner = titles[0][0] if titles else inner.strip("《》")
            found.append((text[:m.end()], issuer, inner, line.index))
            if issuer.strip() and _find_title_lines(lines, inner):
                return found[-1]
    # A page header often prints the notice's title without its issuer; the document below prints it whole.
    printed = [f for f in found if _find_title_lines(lines, f[2])]
    if printed:
        return next((f for f in found if f[2] == printed[0][2] and f[1].strip()), printed[0])
    return found[0] if found else None


def _split_orgs(text: str) -> list[str]:
    """Organisations named in a row: split on 、 , and on the spaces that separate two names, then on where one
    name ends and the next begins (…办公室XX县人民政府…)."""
    parts = [p for chunk in re.split(r"[、,\s]+", text.strip().strip("《》")) if chunk
             for p in (_ORG_SPLIT.findall(chunk) or [chunk])]
    return [p for p in parts if _ORG_SUFFIX.search(p)]


def _standalone_title(lines: list[Line], limit: int) -> tuple[str, int, int] | None:
    """A short line ending with a plan word (方案, 计划…), joined with the short lines above it."""
    for line in lines[:limit]:
        text = _strip(line.text)
        if line.chrome or not text or len(text) > 60 or re.search(r"[。,;:!?]", text):
            continue
        if not re.search(r"(" + "|".join(_PLAN_WORDS) + r")(\([^()]{1,14}\))?$", text):
            continue
        if "通知" in text or "关于印发" in text:
            continue
        first = line.index
        while first > 0:
            above = lines[first - 1]
            atext = _strip(above.text)
            if (not atext or above.chrome or len(atext) > 40 or re.search(r"[。,;:!?》]$|:", atext)
                    or _ORG_SUFFIX.search(atext) or SIGN_DATE.search(atext) or "通知" in atext
                    or re.match(r"[((]此件", atext)):  # (此件公开发布) closes the notice
                break
            first -= 1
        joined = "".join(_strip(x.text) for x in lines[first:line.index + 1])
        return joined, first, line.index
    return None


def _find_title_lines(lines: list[Line], title: str, fold: dict | None = None) -> list[tuple[int, int]]:
    """Every run of 1-3 consecutive non-chrome lines whose text is exactly the title (compared after the character
    translation ``fold``, if given)."""
    found = []
    target = _strip(title).translate(fold) if fold else _strip(title)
    starts = (target[:1], "《")
    for i, line in enumerate(lines):
        if line.chrome or not line.text or line.text.lstrip()[:1] not in starts:
            continue
        joined = ""
        for j in range(i, min(i + 3, len(lines))):
            joined += _strip(lines[j].text).translate(fold) if fold else _strip(lines[j].text)
            if joined == target or joined == f"《{target}》":
                found.append((i, j))
                break
            if not target.startswith(joined.strip("《")):
                break
    return found


def _region_before(text: str, end: int) -> str | None:
    """A place name (2-5 characters and a suffix) ending exactly at ``end``."""
    for n in (2, 3, 4, 1, 5):
        start = end - n - 1
        if start < 0:
            continue
        cand = text[start:end]
        if not re.fullmatch(rf"[{CJK}]+", cand) or not cand.endswith(_REGION_SUFFIX):
            continue
        before = text[start - 1] if start else ""
        if not before or not re.match(rf"[{CJK}]", before) or before in "省市州盟":
            return cand
    return None


_DASHES = str.maketrans({"—": "-", "–": "-", "―": "-", "~": "-", "〜": "-", "～": "-"})


def _printed_form(lines: list[Line], title: str) -> str:
    """The title as the plan prints it on its own line(s) when the notice writes its year range with another dash
    (notice 实施方案(2021-2025年), plan 实施方案(2021—2025年))."""
    if _find_title_lines(lines, title):
        return title
    found = _find_title_lines(lines, title, _DASHES)
    if not found:
        return title
    first, last = found[0]
    return "".join(_strip(ln.text) for ln in lines[first:last + 1]).strip("《》")


def locate(lines: list[Line], title: str | None) -> Located:
    loc = Located()
    matches = _find_title_lines(lines, title) if title else []
    first_top = None
    search_from = matches[0][1] + 1 if matches else 0
    for line in lines[search_from:]:
        if not line.chrome and _TOP_HEADING.match(line.text):
            first_top = line.index
            break
    if matches:
        before = [m for m in matches if first_top is None or m[1] < first_top]
        loc.title_lines = before[-1] if before else matches[0]
        loc.body_start = first_top if first_top is not None else loc.title_lines[1] + 1
        loc.preamble = [ln for ln in lines[loc.title_lines[1] + 1:loc.body_start] if ln.text and not ln.chrome]
    else:  # the plan's title is not printed on a line of its own: what precedes the body is its preamble
        loc.body_start = first_top if first_top is not None else 0
        opening = lines[:loc.body_start] if first_top is not None else lines[:60]
        loc.preamble = [ln for ln in opening if ln.text and not ln.chrome]
    return loc


def _join_open_titles(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Join a line that opens a 《 it does not close with the next ones (at most two): pages break lines inside
    titles (根据《\n国家科学技术奖励条例》)."""
    out: list[tuple[str, bool]] = []
    joins = 0
    for text, in_body in lines:
        if out and joins < 2 and out[-1][0].rfind("《") > out[-1][0].rfind("》"):
            out[-1] = (out[-1][0] + text, out[-1][1])
            joins += 1
        else:
            out.append((text, in_body))
            joins = 0
    return out


def _basis(preamble: list[Line], body: list[Line], covering: list[Line] = ()) -> list[str]:
    """Titles in 《》 after 根据/依据/按照/贯彻/落实: any such sentence of the preamble; in the opening lines of the
    body, the sentence that says what the document is made from (依据《…》…制定本预案, 一、根据《…》…制定本规则,
    《…规划》依据《…》编制), and every title of the paragraph under a heading 编制依据. In the covering notice or
    report (``covering``), only a sentence that opens with its basis (根据贵办《…》文件要求,现将…)."""
    out: list[str] = []
    lines = _join_open_titles([(ln.text, "cover") for ln in covering] + [(ln.text, "pre") for ln in preamble]
                              + [(ln.text, "body") for ln in body[:_BASIS_BODY_LINES]])
    in_list = False  # inside the numbered list a 编制依据 heading opens (1.《…》 / 2.《…》, one title a line)
    for k, (text, part) in enumerate(lines):
        in_body = part == "body"
        under = in_body and k > 0 and _BASIS_HEADING.search(lines[k - 1][0]) is not None
        in_list = under or (in_list and _LIST_ITEM.match(text) is not None)
        listed = in_list
        for sentence in re.split(r"(?<=。)", text):
            trigger = _TRIGGER.search(sentence)
            if listed:
                trigger = None
            elif not trigger or (in_body and not _MADE.search(sentence, trigger.end())) \
                    or (part == "cover" and trigger.start() > 3):
                continue
            for title, start, _ in _outer_titles(sentence):
                if (trigger and start < trigger.start()) or sentence[max(0, start - 3):start - 1].endswith(_SHORT):
                    continue
                title = re.sub(r"[((][^()()]{0,30}[〔\[]\d{4}[〕\]]\d+号[))]$", "", _strip(title))
                if title and title not in out and title not in _SHORT_KINDS:
                    out.append(title)
    return out


def _signatures(lines: list[Line], limit: int) -> tuple[list[str], str | None]:
    """Organisations signing the notice or the plan, and the signature date."""
    for line in lines:
        if line.index >= limit and line.index < len(lines) - 15:
            continue
        text = _strip(line.text)
        m = SIGN_DATE.fullmatch(text) or BARE_DATE.fullmatch(line.text.strip())
        if not m:
            continue
        orgs: list[str] = []
        k = line.index - 1
        while k >= 0 and len(orgs) < 4:
            above = lines[k].text.strip()
            if not above or _PUBLIC_MARK.fullmatch(above):
                k -= 1
                continue
            if len(above) <= 60 and _ORG_SUFFIX.search(above) and not re.search(r"[。,;:]", above):
                orgs.insert(0, above)
                k -= 1
                continue
            break
        if m.re is BARE_DATE and m.group(2):
            date = run_together(m.group(1), m.group(2))
        else:
            date = iso(*[g for g in m.groups() if g])
        if date and (orgs or m.re is SIGN_DATE):
            return [o for chunk in orgs for o in (_split_orgs(chunk) or [_strip(chunk)])], date
    return [], None


def _order(head: list[Line]) -> tuple[str, str | None] | None:
    """A government order's number as printed (渝府令第 121 号; 成都市人民政府令 over (第128号) → 第128号) and the
    body the order names as its own (成都市人民政府令 → 成都市人民政府), if it does."""
    texts = [ln.text.strip() for ln in head if ln.text.strip()]
    for k, text in enumerate(texts):
        below = texts[k + 1] if k + 1 < len(texts) else ""
        for joined in (text, text + below if re.match(r"[((]?\s*第", below) else ""):
            m = ORDER_NUMBER.match(joined)
            if m:
                body = _strip(m.group(1))[:-1]
                # the number on a line of its own under the order's name is the number: (第128号) → 第128号
                number = joined if joined == text else below.strip("()() ")
                return number, (body if _ORG_SUFFIX.search(body) and region_of(body) else None)
    return None


def _byline(head: list[Line], titles: list[str]) -> list[str]:
    """The body printed alone on the line under the document's title (law libraries print title, body, title)."""
    texts = [(_strip(ln.text), ln.chrome) for ln in head if ln.text.strip()]
    for (above, _), (text, chrome) in itertools.pairwise(texts):
        if not chrome and len(text) <= 30 and _ORG_SUFFIX.search(text) and re.fullmatch(rf"[{CJK}()]+", text) \
                and any(t.strip("《》") in above for t in titles) and len(above) <= 200:
            return _split_orgs(text) or [text]
    return []


def extract_document(lines: list[Line], text: str) -> tuple[DocumentInfo, Located, list[str]]:
    warnings: list[str] = []
    info = DocumentInfo()
    notice = _notice(lines)
    title = None
    if notice:
        info.notice_title = notice[0]
        title = notice[2]
    if not title or not _find_title_lines(lines, title):
        # The plan's title as the notice quotes it (现将《…》印发) wins over the notice's wording (我市…) when the plan
        # is printed under it.
        for line in lines[:80]:
            m = _ISSUED_TITLE.search(line.text)
            if m:
                issued = _strip(m.group(1) or m.group(2))
                if not title or _find_title_lines(lines, issued):
                    title = issued
                break
    if not title:
        found = _standalone_title(lines, min(len(lines), 120))
        title = found[0] if found else None
    if not title:  # the page's metadata table names the document (发文标题: …)
        title = next((_strip(m.group(1)) for ln in lines[:80] if (m := TITLE_FIELD.match(ln.text.strip()))), None)
    if not title:  # a letter, a proposal, a notice with no plan of its own: its title is the document's
        own = next((m for ln in lines[:60] if (m := _OWN_TITLE.match(_strip(ln.text)))), None)
        title = own.group("title") if own else None
    own = _OWN_TITLE.match(title) if title and not notice else None
    title = _printed_form(lines, title) if title else title
    loc = locate(lines, title)
    if title and not region_of(title):
        # Pages often print the full title with its region elsewhere (page header, 推荐访问…).
        for m in re.finditer(re.escape(title), text):
            region = _region_before(text, m.start())
            if region:
                title = region + title
                break
    info.title = title
    if not title:
        warnings.append("未识别出方案标题")

    limit = loc.title_lines[0] if loc.title_lines else loc.body_start
    head = lines[:max(limit + 5, 40)]
    for line in head:
        m = DOC_NUMBER.fullmatch(_strip(line.text)) or doc_number_in_field(_strip(line.text))
        if m:
            info.doc_number = format_number(m)
            info.spans["doc_number"] = [line.start, line.end]
            break
    order = None if info.doc_number else _order(head)
    if order:
        info.doc_number = order[0]

    _PUBLIC_MARK = re.compile(r"[((]此件[^()()]{2,8}[))]")  # (此件公开发布) between a signature and its date
# A document that is its own title (a 决定, a 函) is signed after its text.
    signed, date = _signatures(lines, limit if not own else min(len(lines), 200))
    issuers = signed + (_split_orgs(notice[1]) if notice else [])
    issuers += _split_orgs(own.group("title")[:own.group("title").find("关于")]) if own else []
    for org in issuers:  # 市人民政府 in a notice's title is the signed 咸宁市人民政府
        if org not in info.issuer and not any(o.endswith(org) for o in info.issuer):
            info.issuer.append(org)
    if not info.issuer and order and order[1]:
        info.issuer = [order[1]]
    if not info.issuer:
        info.issuer = _split_orgs(next((m.group(1) for ln in head if (m := ISSUER_FIELD.search(ln.text))), ""))
    if not info.issuer:
        info.issuer = _byline(head, [t for t in (title, info.notice_title) if t])
    info.date = date or short_year_date(lines[:limit + 60], info.doc_number) or field_date(head, SIGNED_FIELD)
    info.publish_date = field_date(head, PUBLISHED_FIELD) or field_date(head, INFO_LINE_DATE)
    if not info.date:
        info.date = info.publish_date
    if title and re.sub(r"\([^()]{0,12}\)$", "", title).endswith("工作报告"):  # delivered by whom, when, where
        speaker, delivered, congress = work_report([_strip(ln.text) for ln in lines[:80]])
        info.issuer = info.issuer or ([speaker] if speaker else [])
        info.date = (iso(*delivered) if delivered else None) or info.date
        info.region = region_of(title) or congress
    info.region = info.region or region_of(title) or next((region_of(o) for o in info.issuer if region_of(o)), None)
    if not info.region and info.issuer and all(is_national(o) for o in info.issuer):
        info.region = "全国"
    covering = []  # the notice's or report's own text, between its title and the plan's (根据贵办《…》文件要求…)
    if notice and loc.title_lines and notice[3] < loc.title_lines[0]:
        covering = [ln for ln in lines[notice[3] + 1:loc.title_lines[0]] if ln.text and not ln.chrome]
    basis = _basis(loc.preamble, [ln for ln in lines[loc.body_start:] if ln.text and not ln.chrome], covering)
    info.basis = [b for b in basis if b != title]
    year = (info.date or info.publish_date or "")[:4]
    if year.isdigit():
        info.plan_year = int(year)
    elif title and (m := re.search(r"(\d{4})-\d{4}年?", title)):
        info.plan_year = int(m.group(1))
    return info, loc, warnings
