"""Shared pieces of the target readers: trimming indicators, masks, subjects of clauses."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from kechuang.extract.lines import Line
from kechuang.extract.rules import per_document, simplified_all
from kechuang.extract.targets.commitment import PLEDGE, PLEDGE_WORDS
from kechuang.extract.targets.name_ends import without_holding
from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.cue_lines import LineIndex

TRIM = " ,;:、。的|."
WINDOW = 120  # characters around a number that can hold its indicator and verb
PAST = -1  # Paragraph.year_for: the governing year is in the past, so the number is history
LISTED_UNITS = ("项", "件", "个", "类", "方面")  # counts of listed items (50项民生实事,具体安排如下)


def counts_items(unit: str | None) -> bool:
    """Whether a value in ``unit`` may count the items of a list or its share done (10件实事, 完成目标任务的94%): a
    measure of things (挡墙13.46千米, 康复救助50名) under a 民生实事 heading is an item's own target (gate38)."""
    return not unit or unit in LISTED_UNITS or unit.endswith(("%", "类"))
SENTENCE = re.compile(r"[^。!!??]+[。!!??]?")  # a sentence of a line, for the filters that drop a whole sentence
# The end of a clause, one pattern for the target modules that cut a clause around a value or a verb
# (committed_counts, goal_counts, closed_items, project_rolls, streaks, written_numbers: review 52). The text is
# NFKC-folded before them (text/normalise.py), so , ; : ! ? stand for their full-width forms too. The copies left in
# funding, roll_parts and sentence_years differ on purpose, each saying why.
CLAUSE_END = re.compile(r"[,，;；。:：!！?？]")
# The same without the colon, for the readers that weigh a value's clause as a report or a pledge (completed,
# progress_shares, peer_margins): what stands before a colon labels the clause after it (到2018年:新增…, 铜鼓;
# 完成时限:力争2026年8月底前, 海淀 2026), so 9月底前:完成年度计划的80% is a milestone, and a report's breakdown
# after its colon is the report's (review 54, F3: their clauses end where they did before rev53;
# test_debt42_label_colons).
CLAUSE_END_NO_COLON = re.compile(r"[,，;；。!！?？]")


def gated_texts(lines: list[Line], gate: re.Pattern[str] | None) -> Iterator[tuple[int, str]]:
    """(start, text in simplified characters) of each line that ``gate`` finds something in: a cheap test of a line
    before a rule's own patterns (translation is one for one, so offsets hold); every line when ``gate`` is None (lines
    already gated: targets/cue_lines.py)."""
    for line in lines:
        if gate is None or gate.search(line.text):
            yield line.start, simplified_all(line.text)


Printed = Callable[[int, int], tuple[int, int]]  # a span of a line's clean text → the document's span that prints it


def held_texts(targets: list, index: LineIndex, words: tuple[str, ...]) -> Iterable[tuple[str, Printed]]:
    """``clean_texts`` of the lines that hold one of ``words`` (``index``); none when there is no target to filter.
    The filters that drop the targets of a shape (spurious43's: ``total_areas``, ``data_shown``…) read only these."""
    if not targets:
        return ()
    held = index.holding(words)
    return clean_texts(held, None) if held else ()


def clean_texts(lines: list[Line], gate: re.Pattern[str] | None) -> Iterator[tuple[str, Printed]]:
    """Each line that ``gate`` finds something in (every line when it is None), read without a mirror's phonetic
    readings and in simplified characters (完成年度計(jì)劃開工的80.8% → 完成年度计划开工的80.8%), with the way back: a
    function from a span of that text to the span of the whole document that prints it."""
    from kechuang.extract.targets.readings import Readings  # (here: readings.py imports longest_run of this module)

    for line in lines:
        if gate is not None and not gate.search(line.text):
            continue
        readings = Readings.of(line)
        text = simplified_all(readings.line.text if readings else line.text)

        def printed(lo: int, hi: int, readings=readings, origin=line.start) -> tuple[int, int]:
            s, e = readings.span(lo, hi) if readings else (lo, hi)
            return origin + s, origin + e
        yield text, printed


# A bracketed reference to another part of the document is no part of a name: 2000名的招生规模(见附表) (国办 1996
# 内地西藏班), 占比73%(详见附件) (紫阳 2022), both in the corpus.
_REFERENCE = re.compile(r"\s*[((](?:详见|参见|见)[^()()]{0,16}[))]")


# A news lead glued to the name (round 47): a subject of at most six characters (a place, 全省, 我区,
# 该文件; none ending 年/度: 年度计划投资 is a name), a time word, then 计划/将/提出 and what is planned:
# 宁夏近日提出到2022年实现奶牛规模化养殖比重 (宁夏 2019 奶业 意见), 涼山州計劃種植馬鈴薯 (凉山 马铃薯),
# 我区将建设筹集各类政策性住房 (朝阳 2023), 全省计划新建高标准农田 (安徽 2023), 广东省计划城镇新增就业人数
# (广东 2024) — 52 names of 42 dev documents open with it. Not a lead: a programme's name (重点研发计划项目,
# 国家科技计划立项项目, 倍增计划, 强校计划项目学校), 将军, 计划生育, 计划单列.
# The subject is a lead's only (review 21, F3): a place or a level's pronoun ending in a level word (全省, 该县, 漳州市,
# 内我国) or 文件 (该文件), two characters (广西, 宁夏) before a time word, 将, 提出 or 计划 + a year, or one before 将
# (并将, 内将; 今年年内将 is a time word's); so a name that holds 计划 (全市招生计划完成率, 省级人才计划入选者,
# 科技特派员计划覆盖率) keeps it. 将 before a place's name of two characters (将乐县; not 城镇, 城区) opens the name;
# 提出 leads only a time (提出到2025年…, 提出今年…), not 提出专利申请的企业.
_SUBJECT_STOP = "\\d,，;；。、:：“”\"()（）|\\s"
_LEAD_IN = re.compile(rf"(?:[^{_SUBJECT_STOP}]{{0,5}}?(?:[省市县区州国]|地区|文件)"
                      rf"|[^{_SUBJECT_STOP}]{{2}}(?=近日|日前|今年|将|提出|计划\d)"
                      rf"|[^{_SUBJECT_STOP}](?=将))?(?<![年度])"
                      r"(?:近日|日前|(?:今年)?年内|今年)?"
                      r"(?:计划|将(?![^全我该本各城][县市区])|提出(?=到|今年|明年|\d))"
                      r"(?![项军划生单来的立]|$)")
# a verb coordinated with another after the lead (将新建和改造供水管网, tj-tianjin-bmgc2007#2): the prefix stripper
# would cut the first verb and leave the name opening with a conjunction, so the lead stays (review 21, F3)
_COORDINATED = re.compile(r"[^\W\d_]{2}[和及与或](?=[^\W\d_])")


@per_document  # a seed pass asks for ~300 names of ~90 strings (a candidate tests its head up to four times)
def clean_indicator(text: str) -> str:
    v = vocab()
    text = text[text.rfind("|") + 1:].strip(TRIM)  # a table's cell ends at its bar: no name runs across cells
    if "见" in text:
        text = _REFERENCE.sub("", text).strip(TRIM)
    if ("计划" in text[:12] or "将" in text[:10] or "提出" in text[:12]) and (lead := _LEAD_IN.match(text)) \
            and not _COORDINATED.match(text, lead.end()):
        text = text[lead.end():].strip(TRIM) or text
    for _ in range(3):
        stripped = v.prefixes.sub("", text).strip(TRIM)
        if stripped == text:
            break  # nothing more to strip (the pattern is anchored: another pass would find nothing either)
        text = stripped
    if len(text) > 3:  # 达标率在(85%), 列养率保持(100%): a verb of holding closes no name (name_ends.py)
        text = without_holding(text)
    # 专利申报量要(突破2000件), 研发机构数为(900家); every ending of _MODAL_END is one of _MODAL_ENDINGS
    return _MODAL_END.sub("", text) if len(text) > 3 and text.endswith(_MODAL_ENDINGS) else text


# A modal or a copula closing an indicator is no part of its name (专利申报量要突破2000件; 研发机构数为900家:
# 洛阳 2008 科技工作目标 and 深圳国家高新区“十四五”规划, held out in tests/extract/test_target_round4.py).
# 力争/争取/确保 closing it likewise (高新技术企业数量力争总数突破450家: 连云港; 进出口总额力争增长8%: 山东 2013),
# and 同比 before the change (PM2.5平均浓度同比下降3%: 河北 2020; 技术改造投资同比增长10%: 宁夏 2021; 规上产值同比增长
# 10%: 象山; all dev, round 57); and what is left of 比上年/较上年/比去年 when 年增长 is read as the growth word
# (地区生产总值比上年增长6%: review 26's F7, round 63; 我国国内生产总值(GDP)比上年增长: dev).
_MODAL_END = re.compile(r"(?<![主重需必纲摘只])(?:要|将)$|(?<![成作认定列评视称改分以])(?:约|均)?为$"
                        "|(?:" + PLEDGE + r"|同比|[比较][上去])$")
# ($ also matches before a last \n)
_MODAL_ENDINGS = ("要", "将", "为", *PLEDGE_WORDS, "同比", "比上", "较上", "比去", "较去", "\n")


# A quote that opens with a verb of making and holds a count with its unit is a commitment quoted, not a
# name: its value is read (paragraph.py's mask) and its noun ends at the closing mark (count_candidate.py):
# 落实好“新增2万个中小学学位”市政府实事任务 (北京 2024 民生工程 news,
# https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6472898&typeid=68 — dev). A programme's name opens with no
# such verb (“155”工程, “千名博士”引进计划), a quote with no unit after its number (“新建梭鱼湾20号路”项目) stays
# masked. Quoted goals of change (其预期目标为“保8%、争9%”, “增长7.5%以上”: 河南 2023 GDP news,
# http://news.he-nan.com.cn/tt/2023/0111/2443.html — dev) are left out: their indicator stands outside the
# quote, and reading them gave three spurious targets. 新开工 is a verb of making too
# (今年省政府明確“新開工改造城鎮老舊小區1405個”: 江苏 2022 老旧小区 news,
# http://guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm — dev, batch hdl48); a traditional-character
# page's quote is judged simplified.
QUOTED_GOAL = re.compile(r"(?:新增|新建|新开工|新改建|改扩建|建设|建成|培育|引进)[^\d”\"」’]{0,10}\d")

def mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    mask = bytearray(length + 1)
    for s, e in spans:  # (comparisons, not max/min: a call each cost more than the whole fill of a short span)
        if s < 0:
            s = 0
        if e > length:
            e = length
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


_CHANGE_END = re.compile(r"(?:增加|增长|提高|提升|扩大)?(?:一|两|二|三|\d)倍$|翻(?:一|两|二|三)?番$"
                         r"|实现[“\"]?双倍增[”\"]?$")


# an amount closing a clause with no verb (外贸进出口总额49.5亿美元; 一千二百亿元; 2015亿元人民币): the growth in the
# next clause is the named thing's (新疆 2004, 河北 2010 政府工作报告 — dev; round 50)
_AMOUNT_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d{1,12}(?:\.\d{1,4})?|[零〇一二两三四五六七八九十百千点]{2,12})"
                         r"(?:多|余)?[万亿]{0,2}(?:元|美元)(?:人民币)?(?:左右|以上)?$")
# (a round magnitude with no digit reaches as a number does: 软件与信息服务业营业收入突破万亿元,年均增长12%以上 (四川
# 软件和信息服务业 news, https://huibimu.com/new/17943.html); 全区地区生产总值突破亿元,年均增长8% (安宁 2016, the digits
# lost on the page, http://www.anningzx.com/ansjd/350.html) — dev: the growth is the subject's, not the whole clause's)
_REACHED = re.compile(r"(?:达到|达|突破|超过|保持在|增至|提高到|提高至|提升到|提升至|增加到|增加至) ?(?:\d|[百千万亿])")


def subject_of(clause: str) -> str:
    """The thing a value is about, from the clause before it: 不断提高研发资金投入 → 研发资金投入;
    高新技术企业营业收入翻一番 → 高新技术企业营业收入 (the subject comes before a change it names)."""
    change = _CHANGE_END.search(clause)
    if change and change.start() > 1:
        return clause[:change.start()]
    reached = _REACHED.search(clause)  # 高新技术企业达到1000家,年均增长15%: the subject of the value before
    if reached and reached.start() > 1:
        return clause[:reached.start()]
    amount = _AMOUNT_END.search(clause)  # 全社会固定资产投资1200亿元,增长20%: the name before the amount
    if amount and amount.start() > 1:
        return clause[:amount.start()]
    return re.sub(r"^.*?(提高|增加|加大|扩大|提升)", "", clause) or clause


def subject_before(clause: str) -> str:
    """The subject of a clause that a later clause continues: 位次实现“进等升位” → 位次."""
    return re.split(r"实现|达到|保持|在\d{4}年|比\d{4}年|较\d{4}年", clause)[0]




def tidy(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def cell_spans(text: str, sep: str) -> list[tuple[str, int]]:
    """The non-blank cells of a table row printed with ``sep`` between them (``|`` or a space), each stripped, with
    its offset in ``text`` (goal_tables' and grid's rows)."""
    out, pos = [], 0
    for part in text.split(sep):
        stripped = part.strip()
        if stripped:
            out.append((stripped, text.index(stripped, pos)))
        pos += len(part) + 1
    return out


_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"


def printed_name(para, name: str, lo: int, hi: int) -> str:
    """``name`` (read in the paragraph's simplified text, its words joined from both sides of a value) in the
    characters the page prints around [lo, hi): names keep the page's characters (tests/fixtures/real/README.md).

    ``Paragraph.printed`` finds a name only whole in the simplified text; a name joined from the words before a value
    and the word after it (区域应急广播双向化终端100%覆盖 → …终端覆盖) is no run of the text, and was given back
    simplified: 台州 2024 民生实事
    (http://big5.china.com.cn/gate/big5/zjnews.china.com.cn/zj/taizhou/2024-01-22/409255.html), 四川 2024 高速公路
    (建成通車高速公路500公里,新開工500公里: http://jzytyy.com/2024/zonglan_0222/525637.html) — dev. The paragraph's
    simplified text maps one character for one (its offsets hold): each character of the name takes the form printed
    where its run of the name stands in the window (rev48: a table of one form for each simplified character gave 平颱
    where the page prints 颱風…平臺); a character in no run of the window maps through the window's table (built only
    on a traditional page)."""
    if not para.traditional or not name:
        return name
    text, mtext = para.text, para.mtext
    w_lo, w_hi = max(0, lo - 8), min(len(mtext), hi + 8)
    out: list[str] = []
    table: dict[str, str] | None = None
    i = 0
    while i < len(name):  # the longest run of the name from i found in the window
        at, k = longest_run(name, i, mtext, w_lo, w_hi)
        if at >= 0:
            out.append(text[at:at + k])
            i += k
            continue
        if table is None:
            table = _window_table(text, mtext, w_lo, w_hi)
        out.append(table.get(name[i], name[i]))
        i += 1
    return "".join(out)


def longest_run(name: str, i: int, text: str, lo: int, hi: int, last: bool = False) -> tuple[int, int]:
    """The longest run of ``name`` from ``i`` found in text[lo:hi]: where its first occurrence stands (its last with
    ``last``) and its length (-1, 0 when ``name[i]`` stands nowhere there). Each find grows the run or stops: at most
    len(name) - i finds, each over the window only (printed_name; Readings.printed_form of a composed name)."""
    find = text.rfind if last else text.find
    at, k = -1, 0
    while i + k < len(name) and (found := find(name[i:i + k + 1], lo, hi)) >= 0:
        at, k = found, k + 1
    return at, k


def _window_table(text: str, mtext: str, lo: int, hi: int) -> dict[str, str]:
    """Each simplified character changed in text[lo:hi] and the form printed first for it."""
    table: dict[str, str] = {}
    for i in range(lo, hi):
        c = mtext[i]
        if c != text[i] and _CJK_LO <= c <= _CJK_HI and _CJK_LO <= text[i] <= _CJK_HI:
            table.setdefault(c, text[i])
    return table
