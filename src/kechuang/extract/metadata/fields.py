"""What a policy page prints around the document: its metadata table (发文字号, 成文日期, 发布日期…), and the
文号 as printed.

Government sites print a table of fields before the text, in many layouts: ``发文字号: 怀政办〔2022〕15号``,
``发文字号: | 蛟政发〔2022〕10号 |``, ``文  号 内政发〔2013〕62号`` (no colon), ``成文日期: | 2022年10月25日 |``,
``发布日期: 2022- 04- 27``. The readers here are bounded searches over one line at a time. The 文号 is read here too.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import CJK, strip
from kechuang.extract.rules import simplified
from kechuang.text.readings import READING as PHONETIC
from kechuang.text.readings import READING_PATTERN

# A 文号: issuer code, year in brackets (〔〕 [] 【】 ()), number, 号 (or the traditional 號).
# Some converters print 〔〕 as „‟ (国办发„2009‟3号).
# Pages converted to traditional characters by some mirrors print a phonetic reading after a character
# (大政發(fā)〔2023〕9號(hào), 云科規(guī)〔2023〕8號(hào)): kept inside the code as printed, dropped after 號.
READING = rf"(?:{READING_PATTERN})?"
_NUMBER_LABEL = "发文字号|發文字號|文件编号|发文编号|文件字号|文号|文號"
DOC_NUMBER = re.compile(rf"(?:(?:{_NUMBER_LABEL})\s*[::|]?\s*\|?\s*)?((?:[{CJK}]{READING}){{1,12}})\s*"
                        rf"[〔\[【(„]\s*(\d{{4}})\s*[〕\]】)‟]\s*(第?\d{{1,5}})\s*([号號]){READING}")
_FIELD_NUMBER = re.compile(f"({_NUMBER_LABEL})")
_DATE = r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})"
# The signature's date as a page field (成文日期) and the publishing date (发布日期, 发布时间, 日期…).
SIGNED_FIELD = re.compile(rf"(?:成文日期|发文日期|印发日期|签发日期|成文时间|发文时间|印发时间)"
                          rf"\s*[::|]?\s*\|?\s*{_DATE}")
# 归档时间 (a mirror's archiving stamp) is no publishing date either, nor a site's 更新时间 (the time it last
# touched the item: 更新时间:2024-07-16 08:53:52 over 江西省智慧广电乡村工程建设实施方案 on szgan) or its
# 本站发布时间 or 本站发布日期 (when this site posted its copy: 本站發(fā)布時間:2022年04月26日 under
# 农业农村部办公厅's notice on markaito; the 日期 form since the review of round 29): a reprint's stamps
# (openings/DECISIONS.md, openings5), the label vocabulary widened from one dev page each (round 29). A deadline
# for comments (`(截止日期:2019年6月6日)` after a 公示's heading, 中山 2019; `意见反馈截止日期:`, 长沙县
# 2024) dates no item.
PUBLISHED_FIELD = re.compile(rf"(?:(?<!本站)(?:发布时间|发表时间|发布日期|公开日期|公布日期|颁布时间|颁布日期)】?|"
                             rf"(?<!成文)(?<!发文)(?<!印发)(?<!签发)(?<!归档)(?<!更新)(?<!本站发布)(?<!截止)日期|"
                             rf"(?<!成文)(?<!发文)(?<!印发)(?<!归档)(?<!更新)(?<!本站发布)(?<!截止)时间|"
                             rf"^\[[^\[\]]{{2,30}}\])\s*[::|]?\s*\|?\s*{_DATE}")
SIGNED_WORDS, PUBLISHED_WORDS = re.compile("日期|时间"), re.compile(r"日期|时间|\[")  # one in every form of each
# A page's information line: a date and the source, views or font-size controls (2006年03月22日 來源:…).
# Or the source first and the date after it (来源: 发展计划处          ( 2016-09-28 )).
INFO_LINE_DATE = re.compile(rf"{_DATE}(?=[^\n]{{0,60}}?(?:来源|來源|浏览|瀏覽|点击|點擊|字号|字號|阅读))"
                            rf"|(?:来源|來源)\s*[::][^\n\d]{{0,60}}?[((]?\s*{_DATE}\s*[))]?\s*$")
INFO_LINE_WORDS = re.compile("来源|來源|浏览|瀏覽|点击|點擊|字号|字號|阅读")  # one of them in every form
# A reprint's posting stamp: a date beside a count of its views (发布日期:2013-03-27 浏览次数:1, 發布時間: 2021-02-22
# 瀏覽量: 2817), no issuing body named as the line's source. It dates the web item, never the document
# (openings/DECISIONS.md, second batch); a government site's line names its office as the source (来源:局办公室 …
# 点击:8564次) or leaves the count to its script (发布时间:… 信息来源:亳州市人民政府办公室 浏览次数:).
# The count may come first (来源:原创 | 作者:LJ | 发布时间: 2022-07-06 | 282 次浏览, nmgyj 2022; 2025-06-07 16:43 /
# 166人看過, casakenia 2025).
_VIEWS = re.compile(r"(?:浏览|点击|阅读|访问)(?:次数|量|率)?\s*[::]\s*\d+|\d+\s*[次人](?:浏览|阅读|看过)")
_VIEW_WORDS = ("浏览", "点击", "阅读", "访问", "看过")  # one in every match of _VIEWS
_VIEW_WORD = re.compile("|".join(_VIEW_WORDS))  # one search, not five ``in`` tests a generator runs (every head line)
BODY_SOURCE = re.compile(rf"(?:来源|来源单位)\s*[::]\s*[{CJK}()()]{{2,30}}?"
                          r"(?:政府|办公室|办公厅|局|委|厅|部|中心|院|办|室)")


def counted_stamp(plain: str, before: str = "", after: str = "") -> bool:
    """Whether a line (in simplified characters) is a reprint's posting stamp (see ``_VIEWS``); ``before`` and
    ``after``: the head lines next to it, where a portal may print its source on a line of its own (发布时间:2023-01-05
    浏览次数:120 / 来源:灵寿县人民政府办公室: the review of round 19)."""
    return bool(_VIEW_WORD.search(plain)) and bool(_VIEWS.search(plain)) and not any(
        BODY_SOURCE.search(t) for t in (plain, before, after) if t)


# The issuing body as a page field (发文机关: …) or before the date ([杞县人民政府]2016-05-09).
# A law library prints its fields as 【label】value (【制定机关】武汉市人民政府办公厅, 【公布日期】2020.01.17; another's
# 【頒布單位】國務院, 【頒布時間】2021-11-15, read in simplified characters).
# (发布机关 on county portals: 南华 2022, 兖州 2022; bodies joined by ;: 肃南县政府办;肃南县民宗局, 肃南 2022)
# The next field's label glued to a value once the page's spaces are gone (发布机构固原市政府办文号, 固原 2016; 发布机构
# 山东省能源局发文日期, 山东 2024): round 42
_NEXT_LABEL = "文号|文號|发文字号|公开方式|主题分类|成文日期|发文日期|发布日期|索引号"
_ISSUER_LABELS = (r"(?:发文机关|发文单位|发文部门|发文机构|发布机构|发布单位|发布机关|制发机关|制定机关|"
                  r"发布部门|颁布单位|颁布机关|颁布部门)\s*[::|】]?\s*\|?")
_ISSUER_VALUE = (rf"\s*((?:[{CJK}() ;;]|{READING}){{2,60}}?)"
                 rf"\s*(?:\||\]|$|[{CJK}]{{2,6}}[::]|(?={_NEXT_LABEL}))")


class _OpenedBranch:
    r"""A pattern with one branch anchored at the text's start (``^\[``): the re module finds no first character of
    the whole, and tries it at every position of every head line. A text that does not open with the branch's
    character is searched with the pattern less that branch (which opens with its labels' characters, skipped to):
    the branch cannot match there, so the match is the same."""

    def __init__(self, whole: str, rest: str, opening: str) -> None:
        self.whole, self.rest, self.opening = re.compile(whole), re.compile(rest), opening
        self.pattern = self.whole.pattern

    def search(self, text: str) -> re.Match | None:
        return (self.whole if text.startswith(self.opening) else self.rest).search(text)


ISSUER_FIELD = _OpenedBranch(rf"(?:{_ISSUER_LABELS}|^\[){_ISSUER_VALUE}", f"{_ISSUER_LABELS}{_ISSUER_VALUE}", "[")
# The page's source (信息来源: 寿县人民政府): the body that posts it, a place for a document that names none.
# (the page may glue the text that follows to it: 文章来源:武汉市江夏区人民政府办公室2023年是…)
SOURCE_FIELD = re.compile(rf"(?:信息来源|来源|來源)\s*[::|]\s*\|?\s*([{CJK}]{{2,30}}?)"
                          rf"(?=\s|$|\||\d|[{CJK}]{{2,4}}[::])")
# The document's title as a page field (发文标题: …, 名  称: …, 标  题 | … |).
# The label may stand right before its value (标题重庆市人民政府关于…: the space lost between two CJK words).
TITLE_FIELD = re.compile(r"^(?:(?:发文标题|文件标题|文件名称|标\s*题|名\s*称)\s*[::|]|(?:发文标题|文件标题|标题)\s*"
                         r"(?=[\u4e00-\u9fff]))\s*\|?\s*([^|]{4,150}?)"
                         r"\s*(?:(?:文号|文號|发文字号|发布日期|成文日期|发文日期)\s*[::][^|]{0,40})?(?:\|[\s|]{0,6})?$")


_BULLET = re.compile(r"\s*[-•·]\s*")


def title_field(text: str, printed: str | None = None, positions: list[int] | None = None) -> str | None:
    """The document's title a page's field prints: the line as a field, else one cell of a table row that prints
    several fields (| 标题:南漳镇人民政府2023年工作计划 | |). ``text`` may be a row read in simplified characters
    (``field_rows``): the title is then given from ``printed``, the line as printed, through ``positions``."""
    if "题" not in text and "称" not in text:
        return None  # every label of TITLE_FIELD names one (标题, 名称), in the line or in one of its cells
    if printed is None:
        text = printed = text.strip()
    # a list's bullet before the label (- 標題:石獅市人民政府辦公室關于…的通知, 石狮 2025; • 发布机构 / • 文号 of the
    # bulleted tables of 新密 2021, 四川 2025, 青岛 2022) is no part of the field
    bullet = _BULLET.match(text)
    at = bullet.end() if bullet else 0
    m = TITLE_FIELD.match(text[at:])
    if m:
        return _printed(printed, positions, at + m.start(1), at + m.end(1))
    if "|" in text:
        pos, labelled = 0, False
        for cell in text.split("|")[:12]:
            lead = len(cell) - len(cell.lstrip())
            m = TITLE_FIELD.match(cell.strip())
            if m:
                return _printed(printed, positions, pos + lead + m.start(1), pos + lead + m.end(1))
            # the label in its cell and the title in the next, other fields after them (名称: | 东至县…验收 | 文号: |
            # 无 |, 东至 2025; the row form of 武昌 2023 and 江阴 2010): round 42
            if labelled and _TITLE_CELL.fullmatch(cell.strip()):
                return _printed(printed, positions, pos + lead, pos + lead + len(cell.strip()))
            labelled = bool(_TITLE_LABEL.fullmatch(cell.strip()))
            pos += len(cell) + 1
    return None


# the label's colon is required (review 15, F2): a column's header (名称 | 建设内容及规模 |, 标题 | 发布日期 |) is none
_TITLE_LABEL = re.compile(r"(?:发文标题|文件标题|文件名称|标\s?题|名\s?称)\s?[::]")
_TITLE_CELL = re.compile(r"[^|::]{4,150}")  # a value, no label of its own


def _printed(printed: str, positions: list[int] | None, start: int, end: int) -> str:
    if positions is None:  # the line read is the printed one, character for character
        return printed[start:end]
    return printed[positions[start]:positions[end - 1] + 1] if end > start else ""


# A label alone on its line, its value on the next (gov.cn: 发文机关： / 国务院办公厅; a mirror's 發布機構 / 市…院).
# A law database's and a portal's tables print their dates' labels so too (公布日期 / 2014.01.02 on a law site's copy
# of 河南 2014; 日期 / 2025-12-16 under 文 号 on 镇康 2025's portal): round 42.
_LABEL_ALONE = re.compile(r"(?:发文机关|发文单位|发文机构|发布机构|发布单位|发文字号|文号|成文日期|发文日期|发布日期|"
                          r"生成日期|公开日期|公布日期|发布时间|日\s?期|标\s*题|名\s*称|索引号|主题分类|信息来源)\s*[::]?")
_LABEL_MAX = 8
# 日期 alone (镇康 2025) labels the page's date only under another field's label (文  号 / 日期 / 2025-12-16): a
# schedule's column (活动名称 / 日期 / 2023-05-20) is no field (Review 15, F6)
_BARE_DATE = re.compile(r"日\s?期")


def is_label(text: str) -> bool:
    """A field's label printed alone on its line (发文机关： / 生成日期:), its value on the next line."""
    plain = "".join(text.split())
    return len(plain) <= _LABEL_MAX and _LABEL_ALONE.fullmatch(plain) is not None


_READINGS = PHONETIC  # a mirror's phonetic readings: 發(fā)布機(jī)構(gòu)


def _read(printed: str) -> tuple[str, list[int] | None]:
    """``printed`` in simplified characters without a mirror's readings, and where each of its characters stands in
    ``printed`` (None: at the same place, the line had no readings)."""
    if "(" not in printed or not _READINGS.search(printed):
        return simplified(printed), None
    positions, last = [], 0
    for m in _READINGS.finditer(printed):
        positions += range(last, m.start())
        last = m.end()
    positions += range(last, len(printed))
    return simplified("".join(printed[k] for k in positions)), [*positions, len(printed)]


Row = tuple[str, str, list[int] | None]


def field_rows(head: list[Line]) -> list[Row]:
    """(read in simplified characters without readings, as printed, positions) for each line of a page's head, so
    that a field's value is given as printed where its label matched the line read (發(fā)布機(jī)構(gòu): 宣州區(qū)
    科技局); a label alone on its line takes the next non-empty line as its value."""
    texts = [ln.text.strip() for ln in head]
    joined = "\n".join(texts)
    # most pages print neither traditional characters nor readings: their lines are read as printed
    # (each line asked under its own key, which the head's other readers ask too: spd30)
    printed_as_read = all(simplified(ln.text) == ln.text for ln in head) and not _READINGS.search(joined)
    reads = [(t, None) for t in texts] if printed_as_read else [_read(t) for t in texts]
    rows = []
    for k, printed in enumerate(texts):
        plain, positions = reads[k]
        alone = len(plain) <= _LABEL_MAX and _LABEL_ALONE.fullmatch(plain)
        if alone and _BARE_DATE.fullmatch(plain) and not any(
                _LABEL_ALONE.fullmatch(t) and not _BARE_DATE.fullmatch(t) for t, _ in reads[max(0, k - 4):k]):
            alone = None  # a bare 日期 is a page's field among its other fields' labels, else a table's column
        below = next((j for j in range(k + 1, min(k + 3, len(texts))) if texts[j]), None) if alone else None
        if below is not None and not _LABEL_ALONE.match(reads[below][0]):
            printed += ("" if printed.endswith((":", ":")) else ":") + texts[below]
            plain, positions = (printed, None) if printed_as_read else _read(printed)
        rows.append((plain, printed, positions))
    return rows


def field_value(rows: list[Row], field: re.Pattern | _OpenedBranch) -> str | None:
    """The value (group 1, as printed) of the first row where ``field`` matches."""
    return next((_printed(printed, positions, m.start(1), m.end(1)) for plain, printed, positions in rows
                 if (m := field.search(plain))), None)


# A government order's number (政府令): 渝府令第 121 号, 成都市人民政府令 / (第128号), 国务院令第588号.
ORDER_NUMBER = re.compile(rf"^([{CJK}]{{1,16}}令)\s*([((]?\s*第\s*\d{{1,5}}\s*号\s*[))]?)$")
# A 文号 closing a notice's title: …的通知(岳办发〔2017〕2号), …的通知 蒙政办秘〔2023〕8 号.
_TITLE_NUMBER = re.compile(r"[((]([^()()]{1,12}[〔\[【]\d{4}[〕\]】]\d{1,5}[号號])[))]$"
                           r"|(?<=的通知)\s*([^\s()()]{1,12}[〔\[【]\d{4}[〕\]】]\s?\d{1,5}\s?[号號])$")


_WIRE_MARK = re.compile(r"^[^\s::,。]{0,12}讯[::]?")


def format_number(m: re.Match) -> str:
    return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}{m.group(4)}"


def doc_number_in_field(text: str) -> re.Match | None:
    """The 文号 of a metadata field (发文字号: …) or of a notice title's closing parentheses."""
    if _FIELD_NUMBER.search(text):
        m = DOC_NUMBER.search(text[_FIELD_NUMBER.search(text).start():])
        if m:
            return m
    tail = _TITLE_NUMBER.search(text)
    return DOC_NUMBER.fullmatch(tail.group(1) or tail.group(2)) if tail else None


def doc_number_of(head: list[Line]) -> tuple[str, list[int]] | None:
    """The 文号 (as printed, brackets unified to 〔〕) and the span of the line that prints it: a line of its own, a
    field of the metadata table, or the parentheses closing a notice's title."""
    for line in head:
        if "号" not in line.text and "號" not in line.text:
            continue  # every 文号 (DOC_NUMBER) closes with one
        text = "".join(line.text.split())
        # a reprint's news-wire mark before the number (索比光伏网讯:阜政发〔2015〕44号, 新华社讯 …)
        m = _trailing_cell_number(line) or DOC_NUMBER.fullmatch(_WIRE_MARK.sub("", text)) or doc_number_in_field(text) \
            or _leading_cell_number(line) or _number_before_addressees(text)
        if m:
            return format_number(m), [line.start, line.end]
        if (text.endswith("类") or text.endswith("類")) and (m := _CATEGORISED.fullmatch(text)):
            return m.group(1), [line.start, line.end]
    return None


# A reply's 文号 with its category mark after it on its line (湘阴交函议复字〔2019〕6号(A)类;
# 湘教提复字〔2019〕来信号B类, its number a word): the mark is no part of it (openings/DECISIONS.md, openings7).
_CATEGORISED = re.compile(rf"([{CJK}]{{1,12}}〔\d{{4}}〕(?:\d{{1,5}}|[{CJK}]{{1,3}})[号號])[((]?[A-Da-d][))]?[类類]")


# A 文号 whose closing bracket and 号 the page lost, its number run into the year (湘政发〔20231, 牟政办发〔201746,
# 赣市府办字〔2015118), printed on a line of its own: kept as printed (corpus README, garbled 文号).
_GARBLED_NUMBER = re.compile(rf"[{CJK}]{{1,12}}[〔\[【]\s*(?:19|20)\d{{3,7}}")
# Or one whose year or 号 the page lost, or whose 号 it doubled, on a line of its own (甘发改规划〔〕号, 甘肃 特色小镇;
# 丹政办发〔2017〕74, 丹凤 2017; 杭政办函〔2020〕4号号, 杭州 2020; round 58): kept as printed, as the gold has them.
_DAMAGED_NUMBER = re.compile(rf"[{CJK}]{{1,12}}[〔\[【]\s*(?:(?:19|20)\d\d)?\s*[〕\]】]\s*"
                             r"(?:\d{1,5}\s*[号號]{0,2}|[号號]{1,2})")


def garbled_number_of(head: list[Line]) -> tuple[str, list[int]] | None:
    """The 文号 as printed when the page lost its 〕 and 号 (see ``_GARBLED_NUMBER``), its year or its 号, or doubled
    its 号 (``_DAMAGED_NUMBER``), from a line of its own."""
    for line in head:
        if _GARBLED_NUMBER.fullmatch(text := line.text.strip()) or _DAMAGED_NUMBER.fullmatch(text):
            return line.text.strip(), [line.start, line.end]
    return None


# the kinds a document's title ends with, before a 文号 printed after it on its line
TITLE_KIND = r"(?:通知|通报|意见|公告|通告|决定|批复|复函|函|办法|方案|规划|纲要|报告|细则|条例|规定|计划|要点)"


_TITLE_LINE_NUMBER = re.compile(rf".{{2,200}}{TITLE_KIND}{READING}\s*[((]?\s*(?P<n>(?:[{CJK}]{READING}){{2,12}}"
                                rf"[〔\[【]\s*\d{{4}}\s*[〕\]】]\s*第?\d{{1,5}}\s*[号號]){READING}\s*[))]?[\s|]*")


# A notice's title, its 文号 and its addressees run together on one line (…的通知粤府办〔2024〕9号各地级以上市人民政府,
# a WeChat mirror of 粤府办 2024; …的决定 信政〔2018〕17号 各县、区人民政府, liehuw 2019; …的通知 滁政秘〔2022〕148号
# 各县、市、区人民政府, 滁州 2022): the number between the title's kind and the first 各 of the addressees (round 51).
_BEFORE_ADDRESSEES = re.compile(rf"{TITLE_KIND}{READING}(?P<n>(?:[{CJK}]{READING}){{1,12}}"
                                rf"[〔\[【]\d{{4}}[〕\]】]第?\d{{1,5}}[号號]){READING}各")


def _number_before_addressees(text: str) -> re.Match | None:
    """The 文号 between a notice's title and its addressees on one line (see ``_BEFORE_ADDRESSEES``), the line's
    spaces removed."""
    m = _BEFORE_ADDRESSEES.search(simplified(text)) if "各" in text else None
    return DOC_NUMBER.fullmatch(text[m.start("n"):m.end("n")]) if m else None


def _trailing_cell_number(line: Line) -> re.Match | None:
    """A 文号 printed after the title on its line (…的通报 内政办字〔2015〕123号, 听证会公告 自然资听公字〔2023〕1号,
    …的通知 常政發(fā)〔2023〕1號 |: openings8, openings9a), the space between them gone with normalisation: the last
    kind of document the line names ends the title."""
    text = line.text.strip()
    if not text.rstrip(" |").endswith(("号", "號", ")")) or len(text) > 260:
        return None
    m = _TITLE_LINE_NUMBER.fullmatch(simplified(text))
    return DOC_NUMBER.fullmatch(text[m.start("n"):m.end("n")]) if m else None


def _leading_cell_number(line: Line) -> re.Match | None:
    """A 文号 in the first cell of a line, the title or the date after a space (国办发[2019]24号 国务院办公厅关于…
    的通知, 国办发[2019]24号      2019-05-24), or before the notice's title after a dash or in brackets (a page's
    heading: 阳政办〔2019〕1号—区人民政府办公室关于…, (岸政办〔2019〕1号)区人民政府办公室关于…)."""
    cells = line.text.split(None, 1)
    if len(cells) == 2 and len(cells[0]) <= 24 and (m := DOC_NUMBER.fullmatch(cells[0])):
        return m
    # a PDF's text layer spaces the number's digits from its 号 (珠府〔2018〕14 号 珠海市人民政府关于…, the gap before
    # the title closed by normalisation): the number up to its 号, before a space or the notice's title
    text = line.text.lstrip()
    m = DOC_NUMBER.match(text)
    if m and len(m.group(0)) <= 28 and " " in m.group(0) and (
            text[m.end():m.end() + 1].isspace() or _TITLE_AFTER.match(text, m.end())):
        return m
    lead = _NUMBER_BEFORE_TITLE.match(line.text)
    if lead:
        return DOC_NUMBER.fullmatch(lead.group(1))
    # a mark a page or a compilation prints before the number at the line's head (第一篇:苏政办发〔2016〕85号江苏省
    # 政府办公厅关于…, a compilation of 江苏 2016, as 海安 2011's 第一篇:; (已废止)微政办字〔2019〕24号 关于印发…,
    # 微山 2019): the number, then the notice's title
    if (marked := _HEAD_MARK.match(text)) and (m := DOC_NUMBER.match(text, marked.end())) \
            and _TITLE_AFTER.match(text[m.end():].lstrip()):
        return m
    # the number run into the text it heads, its line break lost: the addressees (东丽政发〔2011〕20号各街乡,政府委办局
    # …: 东丽 2011; <正>津政发〔2021〕21号各区人民政府,…: a journal's abstract of 天津 2021) or the notice's title
    # (凌政办发[2020]35号凌海市推进…的通知: 凌海 2020)
    m = DOC_NUMBER.match(_ABSTRACT_MARK.sub("", text))
    return m if m and _RUN_INTO.match(_ABSTRACT_MARK.sub("", text), m.end()) else None


_ABSTRACT_MARK = re.compile(r"^<正>")  # a journal database's mark before an abstract's text
_HEAD_MARK = re.compile(r"第[一二三四五六七八九十\d]{1,3}篇[::]|[((](?:已废止|已失效|废止|失效)[))]")
_RUN_INTO = re.compile(rf"各[{CJK}]|[{CJK}]{{2,6}}(?:市|县|区|縣|區)[{CJK}]{{2,30}}(?:的通知|的意见|方案|规划)")


_TITLE_AFTER = re.compile(r"[^\s,。;:]{0,20}(?:关于|關於|关於|關于)")
_NUMBER_BEFORE_TITLE = re.compile(r"\s*[((【\[]?([^\s()()【】]{4,24}?[号號])(?:[))】\]]\s*|\s*[—–-]{1,2}\s*)"
                                  r"(?=[^\s,。;:]{0,20}(?:关于|關於|关於|關于))")


def table_title(lines: list[Line]) -> str | None:
    """The title the page's metadata table prints in its title field (发文标题: …, 名 称: …), in its head, or None."""
    if not any(ch in ln.text for ln in lines[:80] for ch in "题称題稱"):  # every title label holds one: no rows read
        return None
    return next((strip(field) for plain, printed, positions in field_rows(lines[:80])
                 if (field := title_field(plain, printed, positions))), None)
