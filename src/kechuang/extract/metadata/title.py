"""The plan's own title (vs the notice's that issues it) and where the plan sits in the page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import CJK, head_text, org_named, outer_titles, strip
from kechuang.extract.metadata.fields import READING, title_field
from kechuang.extract.metadata.zeros import with_zeros
from kechuang.extract.rules import on_forget, simplified, simplified_table

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_TITLE_MARKS = re.compile("[《》]")
_CJK_RUN = re.compile(rf"[{CJK}]+")
_CJK_CHAR = re.compile(rf"[{CJK}]")
_INNER_OPEN = re.compile("[〈<]")
_NOT_HEADING_MARK = re.compile(r"[。,;:!?>|]")

# 关于 as pages print it, in traditional characters too, with a mirror's phonetic reading inside (關(guān)于).
ABOUT = rf"(?:[关關]{READING}[于於])"  # 关 also as a traditional page read in simplified prints it
ABOUT_RE = re.compile(ABOUT)
# where a notice's issuer ends; the 印发 branch opens with 印 and looks behind it after (an assertion first would
# have the re module try the pattern at every position of the line: tests/extract/test_speed33_spd51.py); ABOUT's
# two forms are two branches, each opening with its character (a class first has the re module try the pattern at
# every position too; with three characters first it skips to them: tests/extract/test_speed34_spd52.py)
_ISSUING = re.compile(rf"关{READING}[于於]|關{READING}[于於]|印(?<=[办室厅委府局]印)[发發]{READING}(?=《)")
# The notice that issues a plan, or the report that submits one (关于报送《…预案》的报告). Offices of a party
# committee and a government print a joint notice without 关于: X办公室 Y办公室印发《…》的通知.
_NOTICE = re.compile(rf"^(?P<issuer>[^,。;:!?]{{0,80}}?)(?:{ABOUT}(?:印发|转发|发布|下发|修订|颁布|报送|呈报|上报|"
                     rf"印發|轉發|發布|下發|修訂|頒布|報送){READING}|(?<=[办室厅委府局])(?:印发|印發){READING}(?=《))"
                     r"(?P<inner>.+?)的(?:通知|报告|请示|報告)")
# A document that is its own title: X关于…的函/建议/决定… (a letter, a proposal), when no plan is printed.
# A page that reposts a document marks it: (转发)国务院办公厅关于…的通知 — the title is without the mark.
# a 文号 cell before it, or the 文号 and a comma (苏政办发〔2016〕85号,江苏省政府办公厅关于…, round 45)
# (a sentence that opens with its basis is no 文号 cell: 根据苏政发〔2016〕85号,省政府办公厅关于…, review 19, F10)
OWN_TITLE = re.compile(rf"^(?:(?!根据|按照|依据|依照|遵照|参照)"
                       rf"[^\s,。;:]{{1,12}}[〔\[【(]\d{{4}}[〕\]】)]\d{{1,5}}[号號][,，]?)?"
                       rf"(?:[(\[【]转发[)\]】]|转发[::])?(?P<title>[^,。;:!?]{{0,80}}?{ABOUT}.{{2,150}}?的"
                       rf"[{CJK}]{{0,4}}?(?:函|建议|意见|决定|通报|公告|通告|公示|批复|答复|报告|通知))$")
# 《X》已经…同意, 现将《X》印发: X is the plan issued; 现将《政府工作报告》2023年…任务予以分解印发 names another.
# 修订了《X》,现印发给你们 / 同意市教育局修订的《X》,现转发给你们: X is issued, as after 现将.
ISSUED_TITLE = re.compile(r"《([^《》]{4,80})》(?:已经|经|现)"
                          # its short name between (现将《X》(以下简称《预案》)印发: 中山 2019, 发改委 2016 中部规划)
                          # 简称, 以下称, 下称 as well (review 19, F9)
                          r"|现将《([^《》]{4,80})》(?:[((](?:以下简称|以下称|简称|下称)[^()()]{1,12}[))])?"
                          r"(?:印发|转发|发|下发|印發|轉發|發)"
                          r"|《([^《》]{4,80})》,现(?:予以)?(?:印发|转发|下发|印發|轉發)")
TITLE_PART = re.compile(r"《?[^,。;:!?()()]{2,30}?》?[^,。;:!?()()]{0,20}")  # 《政府工作报告》2022年重点工作
_TOP_HEADING = re.compile(r"([一二三四五六七八九十]{1,3}[、.](?![一二三四五六七八九十][、,])|第一(章|部分|篇))")
_REGION_SUFFIX = ("自治县", "自治州", "自治区", "县", "区", "市", "旗", "州", "盟", "省")


@dataclass
class Located:
    """Where the plan sits in the text (line indexes)."""

    title_lines: tuple[int, int] | None = None  # first and last line of the plan's title
    body_start: int = 0  # first line of the numbered body
    preamble: list[Line] = field(default_factory=list)



# 关于转发《市政府办公室关于印发〈X〉的通知》的通知, 转发市科技局关于印发X的通知: the plan is the innermost document.
_CHAIN = re.compile(r"关于(?:印发|转发|发布|印發|轉發)[《〈]?(?P<title>[^《》〈〉]{2,120}?)[》〉]?(?:的通知)?$")


# A 文号 printed before the notice's title on its line (title fields: 盘政办发〔2021〕10号 盘锦市人民政府办公室关于…).
_LEADING_NUMBER = re.compile(r"^\s*[^\s,。;:]{1,12}[〔\[【(]\d{4}[〕\]】)]\s*\d{1,5}\s*[号號]\s*(?=\S)")


_NOTICE_END = re.compile(r"(通知|的报告|的请示)$")
# A title ends with its kind (…名單的公示, …的意见); a line that holds a sentence (根据《…》要求,…) is no part of one.
_KIND_END = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:函|建议|意见|决定|通报|公告|公示|批复|报告|请示|通知)$")
_SENTENCE = re.compile(r"[,。;:]")
_BULLETS = "•·▪●◆■"
_RUN_ON = 2  # lines a title broken by the page's layout runs on to
_RUN_ON_CHARS = 40  # the longest continuation line of a broken title


def _innermost(inner: str) -> str:
    for _ in range(3):
        m = _CHAIN.search(inner)
        if not m:
            break
        inner = m.group("title")
    return inner


def _unquoted(inner: str) -> str:
    """A notice's quoted plan without the marks that quote it whole or that it leaves unclosed (印发《X》…方案 quotes
    no whole plan: 《遵义都市圈发展规划》主要目标…分工方案 keeps its title's marks, 遵义 2022: round 59)."""
    opens, closes = inner.count("《"), inner.count("》")
    if inner.startswith("《") and inner.endswith("》") and (t := outer_titles(inner)) and t[0][2] >= len(inner) - 1:
        return inner[1:-1]
    if inner.startswith("《") and opens > closes:
        return inner[1:]
    return inner[:-1] if inner.endswith("》") and closes > opens else inner


def notice_of(lines: list[Line]) -> tuple[str, str, str, int] | None:
    """(joined notice title, issuer prefix, inner title, line index) of the issuing notice.

    A page may list other notices first (links to related documents); the notice whose plan is printed
    below it (its title on a line of its own) wins, its printing that names the issuer first, else the first."""
    # a metadata table's title field (标 题: | 科技部关于印发…的通知 |) is read as the line it names
    # (in traditional characters too: 標 題 市政府辦公室關于印發…, 連云港 2015; the title as printed)
    # (a head without 题, 称 or their traditional forms has no such field: its lines are not read one by one)
    joined = head_text(lines, 60)  # (``cues.notice_of``'s gate joined them)
    if "標" in joined or "題" in joined or "稱" in joined:
        head = [ln._replace(text=f) if (f := _title_field(ln.text)) else ln for ln in lines[:60] if ln.text]
    elif "题" in joined or "称" in joined:  # no traditional form: ``_title_field`` is ``title_field`` of a 题/称 line
        head = [ln._replace(text=f) if ("题" in ln.text or "称" in ln.text) and (f := title_field(ln.text)) else ln
                for ln in lines[:60] if ln.text]
    else:
        head = [ln for ln in lines[:60] if ln.text]
    found = []
    for k, line in enumerate(head):
        text = line.text  # 关于 holds 于/於, the other form 印
        issuing = _ISSUING.search(text) if len(text) <= 200 and ("于" in text or "於" in text or "印" in text) else None
        if not issuing:
            continue
        if _TITLE_MARKS.search(line.text[:issuing.start()].lstrip(" 《")):
            continue  # 根据《…》、《省委办公厅…关于印发<…>的通知》: a notice a sentence names, not the page's
        joined = _LEADING_NUMBER.sub("", line.text)  # 国办发[2019]24号 国务院办公厅关于…: the number is no issuer
        for nxt in head[k + 1:k + 1 + _RUN_ON]:
            # the notice's title is complete; a line closing a quoted 《…工作报告》, or 印发区政府工作报告 broken before
            # its 确定的…的通知 (江岸 2019), is not the notice's end; a title that ends with its kind (…名單的公示)
            # takes no sentence below it (根據《…關于印發<…>的通知》要求,…)
            if _NOTICE_END.search(joined) or (joined.endswith("》") and joined.lstrip().startswith("《")
                                              and re.search(r"(通知|报告|请示)》$", joined)) \
                    or _KIND_END.search(simplified(strip(joined))) or _SENTENCE.search(nxt.text):
                break
            joined += nxt.text
        prev = head[k - 1].text if k else ""
        if not line.text.startswith("《") and prev and len(prev) <= 30 and org_named(prev) \
                and ABOUT_RE.match(line.text):
            joined = prev + joined
        text = strip(joined).strip("《》")
        m = _NOTICE.search(text)
        if m:
            about = _ISSUING.search(joined)
            raw = joined.lstrip("《")[:about.start() - (len(joined) - len(joined.lstrip("《")))].strip()
            issuer = raw if strip(raw) == m.group("issuer") else m.group("issuer")
            issuer = re.split("转发|轉發", issuer)[0]  # X转发Y关于印发Z的通知: X forwards, Y drafted
            inner = m.group("inner")
            titles = outer_titles(inner)
            # 印发《X》的通知 quotes the plan; 印发2022年《政府工作报告》重点任务… names it with a title inside
            whole = titles and inner.startswith("《") and titles[0][2] >= len(inner.rstrip("》")) - 1
            inner = _innermost(titles[0][0] if whole else _unquoted(inner))
            if re.fullmatch(r"〈[^〈〉]+〉", inner):  # 《…印發〈X〉的通知》: a title inside a title is marked 〈〉
                inner = inner[1:-1]
            found.append((text[:m.end()], issuer, inner, line.index))
            if issuer.strip() and find_title_lines(lines, inner):
                return found[-1]
    # A page header often prints the notice's title without its issuer; the document below prints it whole.
    printed = [f for f in found if find_title_lines(lines, f[2])]
    if printed:
        return next((f for f in found if f[2] == printed[0][2] and f[1].strip()), printed[0])
    return found[0] if found else None


def _title_field(text: str) -> str | None:
    """The title a line prints as a page's field, its label read in simplified characters (``simplified`` keeps
    offsets), the title given as printed."""
    # no 题 or 称, as printed or in the traditional forms read as them: ``title_field`` needs one (``in`` tests: the
    # re module tries a class of CJK characters at every position, ten times slower on a paragraph)
    traditional = "標" in text or "題" in text or "稱" in text
    if not traditional:
        return title_field(text) if "题" in text or "称" in text else None
    lead = len(text) - len(text.lstrip())
    return title_field(simplified(text).strip(), text.strip(), list(range(lead, lead + len(text.strip()))))





# The document's answers of ``find_title_lines`` (the page's lines, their count, and the answers by title and fold):
# the readers ask for the same title's lines a few times a document (26 searches, 5 distinct, on the seeds). The list
# is held, so that no other list takes its id; ``forget_lines`` empties it with the document's other caches.
_FOUND: list = [None, 0, {}]
on_forget(lambda: _FOUND.__setitem__(slice(None), [None, 0, {}]))


def find_title_lines(lines: list[Line], title: str, fold: dict | None = None) -> list[tuple[int, int]]:
    """Every run of 1-3 non-chrome lines (a blank one may stand between) whose text is exactly the title (compared
    after the character translation ``fold``, if given)."""
    if fold is not None and fold is not NESTED:  # a translation built for the call: no key for it
        return _title_lines(lines, title, fold)
    if _FOUND[0] is not lines or _FOUND[1] != len(lines):
        _FOUND[:] = [lines, len(lines), {}]
    key = (title, fold is NESTED)
    found = _FOUND[2].get(key)
    if found is None:
        found = _FOUND[2][key] = _title_lines(lines, title, fold)
    return list(found)  # the caller's own list


def _title_lines(lines: list[Line], title: str, fold: dict | None) -> list[tuple[int, int]]:
    found = []
    target = strip(title).translate(fold) if fold else strip(title)
    starts = (target[:1], "《")
    for i, line in enumerate(lines):
        text = line.text
        if line.chrome or not text:
            continue
        # the first character without copying the line (lines come stripped: ``lstrip`` of a paragraph copied it)
        if (text[0] if not text[0].isspace() else text.lstrip()[:1]) not in starts:
            continue
        joined = ""
        for j in range(i, min(i + 4, len(lines))):  # a blank line may stand between two lines of a title
            joined += strip(lines[j].text).translate(fold) if fold else strip(lines[j].text)
            if joined == target or joined == f"《{target}》":
                found.append((i, j))
                break
            if not (target.startswith(joined) or target.startswith(joined.strip("《"))):
                break
    return found


def region_before(text: str, end: int) -> str | None:
    """A place name (2-5 characters and a suffix) ending exactly at ``end``."""
    for n in (2, 3, 4, 1, 5):
        start = end - n - 1
        if start < 0:
            continue
        cand = text[start:end]
        if not _CJK_RUN.fullmatch(cand) or not cand.endswith(_REGION_SUFFIX):
            continue
        before = text[start - 1] if start else ""
        if not before or not _CJK_CHAR.match(before) or before in "省市州盟":
            return cand
    return None


_DASHES = str.maketrans({"—": "-", "–": "-", "―": "-", "~": "-", "〜": "-", "～": "-"})
# The marks of a title named inside a quoted title (《2025年市〈政府工作报告〉…方案》, 《…<政府工作报告>…》) and
# those the same title prints on its own line (2025年市《政府工作报告》…方案): one mark, compared (audit of the
# session's doubts: the unenclosed printing's marks win; 锦州 2025, 江夏 2023, 武汉 2020, 大洼 2021, 鄂温克 2022,
# 内蒙古 2012 营养改善计划).
NESTED = str.maketrans({"〈": "《", "〉": "》", "<": "《", ">": "》"})


def printed_lines(lines: list[Line], title: str) -> list[tuple[int, int]]:
    """The title's own lines, its inner title marks as the lines print them (see ``NESTED``)."""
    return find_title_lines(lines, title) or find_title_lines(lines, title, NESTED)


def printed_form(lines: list[Line], title: str) -> str:
    """The title as the plan prints it on its own line(s) when the notice writes its year range with another dash
    (notice 实施方案(2021-2025年), plan 实施方案(2021—2025年)), with the zeros a mirror's headline lost."""
    title = with_zeros(lines, title)
    if find_title_lines(lines, title):
        return title
    found = find_title_lines(lines, title, {**_DASHES, **NESTED})
    if not found and simplified(title) != title:
        # a traditional page's notice writes a character in another form than the plan's own title (規范 / 規範)
        found = find_title_lines(lines, title, {**simplified_table()[0], **_DASHES, **NESTED})
    if not found:
        return title
    first, last = found[0]
    printed = "".join(strip(ln.text) for ln in lines[first:last + 1])
    # a line that encloses the whole title (《…》) gives it without those marks; a title that opens with a title of
    # its own (《政府工作报告》任务分解表) keeps its marks
    whole = printed.translate(NESTED).startswith("《") and not strip(title).translate(NESTED).startswith("《")
    return printed[1:-1] if whole and printed.endswith(("》", ">", "〉")) else printed


_ATTACHMENT = re.compile(r"^附件\d{0,2}\s*[::]\s*(.{4,120}?)[。.]?$")


def unenclosed_form(lines: list[Line], title: str, notice_wording: str | None) -> str:
    """A title quoted with nested marks (《2023年区〈政府工作报告〉…方案》) in the form an unenclosed printing gives
    it: the notice's title line (关于印发2023年区《政府工作报告》…方案的通知) or an attachment line (附件:《政府工作
    报告》任务分解表). The audit's convention (``NESTED``); a title printed nowhere but inside 《…》 keeps its marks."""
    if not _INNER_OPEN.search(title):
        return title
    target = strip(title).translate(NESTED)
    printed = [notice_wording or ""] + [m.group(1) for ln in lines[:120]
                                        if (m := _ATTACHMENT.match(strip(ln.text)))]
    return next((strip(p) for p in printed if p and strip(p).translate(NESTED) == target), title)


def locate(lines: list[Line], title: str | None) -> Located:
    loc = Located()
    matches = find_title_lines(lines, title) if title else []
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


def issuer_part(title: str, lines: list[Line] = ()) -> str:
    """What a document's own title prints before its 关于 (安徽省人民政府關(guān)于… → 安徽省人民政府); as the page's
    line of that title prints it, when one does, so that a space between joint issuers stays (财政部 科技部 …关于…)."""
    m = ABOUT_RE.search(title)
    if not m:
        return ""
    for line in lines:
        flat = strip(line.text)
        if flat.endswith(title):
            # the printed offset of each non-space character, to cut the printed line where the flat title's parts lie
            printed = [k for k, ch in enumerate(line.text) if not ch.isspace()]
            start = len(flat) - len(title)
            return line.text[printed[start]:printed[start + m.start()]].strip()
    return title[:m.start()]


# A page's information line under its heading: a publishing date with the source or the views (发布日期:2025-08-01
# 14:54 信息来源:县科学技术局 浏览次数:, 发布时间:2022-08-23 14:52信息来源:寿县人民政府).
_INFO_LINE = re.compile(r"^(?:发布日期|发布时间|發布日期|發布時間)\s*[::].{0,80}?(?:来源|來源|浏览|瀏覽|访问|訪問)")


def heading_over_info(lines: list[Line]) -> str | None:
    """The page's heading: the last non-empty line over the first information line, when it is a short line of text
    and no field, breadcrumb or sentence."""
    for k, line in enumerate(lines):
        if _INFO_LINE.match(line.text.strip()):
            above = next((strip(ln.text) for ln in reversed(lines[:k]) if ln.text.strip()), "")
            ok = 4 <= len(above) <= 80 and not _NOT_HEADING_MARK.search(above)
            return above if ok else None
    return None


# A site's column label printed before a heading in 【】 (【市政府重点工作及责任分解】滁州市人民政府关于…的通知,
# 【政策】广州市人民政府办公厅关于…的实施意见): the page's, not the title's.
_COLUMN_LABEL = re.compile(r"^【[^【】]{1,20}】(?=[^【】]{8})")


def without_column_label(title: str) -> str:
    return _COLUMN_LABEL.sub("", title)


def own_title(lines: list[Line]) -> str | None:
    """The title of a document that is its own (X关于…的意见/通知/函), as printed: read in simplified characters
    (…的實施意見), the issuer on the line above joined when the title line opens with 关于 (四川省人民政府 /
    關(guān)于…的實施意見), as notices print it."""
    for k, line in enumerate(lines):
        flat = strip(line.text).lstrip(_BULLETS)  # an item of the page's list (• 國務院關于…的通知) is the title
        if not ABOUT_RE.search(simplified(flat)):
            # OWN_TITLE holds ABOUT, read in simplified characters (one for one: a 关于 of the line read so stands
            # wherever one does as printed); the line's other readings, joined to the line above or run on below,
            # are made only when the line holds ABOUT as printed, which it then holds read so too
            continue
        above = strip(lines[k - 1].text) if k else ""
        runs = _run_on(lines, k, flat)
        # the issuer's line joins the title whether the title ends on the 关于 line or runs on below it (国务院办公厅 /
        # 关于辽宁省在…考察 / 工作时所提问题…的函)
        joined = [above + text for text in (flat, *runs)] if above and len(above) <= 30 \
            and org_named(simplified(above)) and ABOUT_RE.match(flat) else []
        for text in (*joined, flat, *runs):
            m = OWN_TITLE.match(simplified(text))
            if m:
                return text[m.start("title"):m.end("title")]
    return None


def _run_on(lines: list[Line], k: int, flat: str) -> list[str]:
    """A title of its own broken by the page's layout (湖南省人民政府办公厅关于加强普通高等学校 / 毕业生就业工作的通知;
    海南省科學技術廳關于創建 / 2021年省級…名單的公示, a blank line between): the line with 关于 joined with the short
    lines below it that hold no sentence, one more at a time."""
    if not ABOUT_RE.search(flat) or _SENTENCE.search(flat) or len(flat) > 60:
        return []
    runs, text = [], flat
    for nxt in [ln for ln in lines[k + 1:k + 1 + 2 * _RUN_ON] if ln.text.strip()][:_RUN_ON]:
        part = strip(nxt.text)
        if len(part) > _RUN_ON_CHARS or _SENTENCE.search(part):
            break
        text += part
        runs.append(text)
    return runs


# A notice that puts a list into effect (市政府關于實施2015年民生幸福十大工程百件實事的通知) over the list printed
# under its own title: the list is the document, as a plan is under a notice that issues it.
_PUTS_IN_EFFECT = re.compile(rf"{ABOUT}(?:实施|實施){READING}(.{{4,80}})的(?:通知|決定|决定)$")
_PRINTED_GAP = 40  # lines below the notice where the document's own title may stand
_INSERTED = 8  # at most this many characters the printed title adds to the notice's wording (a place: 連云港市)


def printed_below(lines: list[Line], title: str | None, notice: tuple | None) -> str | None:
    """The document's title as printed on its own line below the notice, when the notice words it otherwise: the
    notice's wording with a place added (印發2021年50件民生實事分解落實方案 over 2021年連云港市50件民生實事分解
    落實方案), or the list a notice puts into effect (關于實施X的通知 over X).
    None when the title is printed as it is."""
    if not title:
        return None
    effect = _PUTS_IN_EFFECT.search(simplified(title)) if not notice else None
    if effect:
        inner = title[effect.start(1):effect.end(1)]
        return inner if find_title_lines(lines, inner) else None
    if not notice or find_title_lines(lines, title):
        return None
    for line in lines[notice[3] + 1:notice[3] + 1 + _PRINTED_GAP]:
        text = strip(line.text)
        if not line.chrome and 0 < len(text) - len(title) <= _INSERTED and _adds_to(title, text) \
                and not re.search("[。,;:]", text):
            return text
    return None


def _adds_to(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with a place's name inserted inside it (2021年|連云港市|50件…)."""
    head = next((k for k, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    cut = head + len(long) - len(short)
    return 0 < head < len(short) and long[cut:] == short[head:] and bool(_PLACE.fullmatch(long[head:cut]))


_PLACE = re.compile(r"[\u4e00-\u9fff]{1,7}(?:市|县|区|省|州|旗|盟|縣|區)")
