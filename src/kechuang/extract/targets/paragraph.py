"""Targets of one paragraph: a number tied to what is to be reached, built, kept or grown, with its year.

Three shapes of sentence carry almost every target:
  指标 + 达到/超过/保持在… + 数 + 单位          (研发投入占地区生产总值的比重达2.5%)
  建成/培育/选拔… + 数 + 单位 + 事物             (累计建成3个以上国家级科普示范社区), one per item of a list
  指标 + 数 + 单位, closing the clause            (孵化科技企业160家)
plus growth rates, 翻一番/翻两番 against a base year, classes (达到B类县), ranks (进入全省前10名) and
increases in percentage points (提高2个百分点). The year that governs a target is the nearest year phrase
before it in its sentence, else in its paragraph (not for per-year commitments), else the one the caller
passes down (a lead-in paragraph ending with a colon, a goals section). Past years govern nothing.
"""

from __future__ import annotations

import bisect
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.vocab import CN_NUM, value_of, vocab
from kechuang.extract.targets.years import BASE, YearMark, years
from kechuang.text.numerals import to_number

_MULTIPLE = re.compile(
    r"翻(?:一|1)番|翻(?:两|二|2)番|翻(?:三|3)番|翻番|增长(?P<times>\d{1,3}(?:\.\d{1,2})?|[一两二三四五])倍")
_QUOTED = re.compile(r"“[^“”]{0,16}”|\"[^\"]{0,16}\"|「[^「」]{0,16}」|‘[^‘’]{0,16}’")
_TITLE = re.compile(r"《[^《》]{0,120}》")
_SENTENCE = re.compile(r"[^。!?]+[。!?]?")
_CLAUSE = re.compile(r"[^,;:]+")
_TRIM = " ,;:、。的|"
# Items of a list of targets inside one clause: "…2家、…5家".
_ITEM_START = re.compile(r"^.*\d(?:[^\d、]{1,5})?(?:以上|左右)?、")
_ITEM_END = re.compile(r"^[^、,;]{1,40}?\d")
_LIST_SEP = re.compile(r"(?:、|以及|和|及|与)(?P<tail>[^、和及与]{0,16})$")
_FROM = re.compile(r"从[^从,;]{0,8}?[\d.]{1,12}[^从,;]{0,6}$")
_DONE = re.compile(r"^[^,;了]{0,6}(?<![为除])了")
_AGE = re.compile(r"^\d{1,3}(?:[-—~至]\d{1,3})?周?岁(?:及以上|以上|以下|及以下)?的?")
_ROUND_CN = re.compile(r"^[十百千万]{1,3}$")
_WINDOW = 120  # characters around a number that can hold its indicator and verb
_LISTED_UNITS = ("项", "件", "个", "类", "方面")  # counts of listed items (50项民生实事,具体安排如下)
_PAST = -1
_MAY_HOLD = re.compile(r"[\dA-DＡ-Ｄ零一二两三四五六七八九十百千万亿半番]")  # year_for: the governing year is in the past, so the number is history


def _clean_indicator(text: str) -> str:
    v = vocab()
    text = text.strip(_TRIM)
    for _ in range(3):
        text = v.prefixes.sub("", text).strip(_TRIM)
    return text


def _mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    mask = bytearray(length + 1)
    for s, e in spans:
        s, e = max(0, s), min(e, length)
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def _subject_of(clause: str) -> str:
    """The thing a growth rate is about, from the clause before it: 不断提高研发资金投入 → 研发资金投入."""
    return re.sub(r"^.*?(提高|增加|加大|扩大|提升)", "", clause) or clause


def _subject_before(clause: str) -> str:
    """The subject of a clause that a later clause continues: 位次实现“进等升位” → 位次."""
    return re.split(r"实现|达到|保持|在\d{4}年|比\d{4}年|较\d{4}年", clause)[0]


class Paragraph:
    """Targets of one paragraph (a line of the normalised text)."""

    def __init__(self, line: Line, path: str, plan_year: int | None, inherited: int | None,
                 skip: list[tuple[int, int]], token_end: int = 0):
        self.line, self.path, self.plan_year, self.inherited = line, path, plan_year, inherited
        self.token_end = token_end  # a heading's numbering token (一、 (一)) is no part of an indicator
        self.text = line.text
        spans = [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
        spans += [(m.start(), m.end()) for m in _TITLE.finditer(self.text)]
        self.masked = _mask(len(self.text), spans + skip)
        self.targets: list[Target] = []
        self.marks: list[YearMark] = []
        self.sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(self.text)]
        for k, (start, sentence) in enumerate(self.sentences):
            self.marks += years(sentence, start, k, plan_year)  # each sorted; sentences in order
        self.mark_positions = [m.pos for m in self.marks]
        self.last_stated: list[int | None] = []  # the last year not in the past among marks[:k+1]
        for mark in self.marks:
            self.last_stated.append(self.last_stated[-1] if mark.past and self.last_stated else
                                    (None if mark.past else mark.year))

    def stated_years(self) -> list[int]:
        return [m.year for m in self.marks if not m.past]

    def year_for(self, pos: int, sentence: int, recurring: bool) -> int | None:
        k = bisect.bisect_left(self.mark_positions, pos)
        if k and self.marks[k - 1].past:
            return _PAST  # the paragraph speaks of a past year: history, not a commitment
        if k and self.marks[k - 1].sentence == sentence:
            return self.marks[k - 1].year
        if recurring:
            return None
        stated = self.last_stated[k - 1] if k else None
        return stated if stated is not None else self.inherited

    def add(self, indicator: str, kind: str, value, unit, pos: int, end: int, sentence: int,
            clause: str, ind_start: int, base_year: int | None = None, cmp: str | None = None,
            value_max=None) -> Target | None:
        v = vocab()
        raw = indicator[-_WINDOW:]
        indicator = _clean_indicator(raw)
        if not indicator or len(indicator) < 2 or v.not_target.search(clause) or v.history.search(clause):
            return None
        if v.listing_noun.search(indicator) or (unit in _LISTED_UNITS and v.listing.search(self.sentences[sentence][1])):
            return None  # 实施50项民生实事,具体安排如下: the count of the items listed next
        if ind_start < pos and raw.find(indicator) > 0:  # the quote starts where the indicator does
            ind_start += raw.find(indicator)
        recurring = bool(v.recurring.search(clause)) or (kind == "growth" and "年" in clause)
        year = self.year_for(pos, sentence, recurring)
        if year == _PAST:
            return None
        start, stop = min(pos, ind_start), end
        target = Target(
            indicator=indicator, kind=kind, value=_tidy(value), unit=unit, year=year, recurring=recurring,
            quote=self.text[start:stop], path=self.path, start=self.line.start + start,
            end=self.line.start + stop, base_year=base_year, comparator=cmp, value_max=_tidy(value_max))
        self.targets.append(target)
        return target

    def run(self) -> list[Target]:
        for k, (s_start, sentence) in enumerate(self.sentences):
            previous, counting = "", False
            for cm in _CLAUSE.finditer(sentence):
                counting = self.clause(cm.group(), s_start + cm.start(), k, previous, counting)
                previous = cm.group()
        return self.targets

    def clause(self, clause: str, c_start: int, sentence: int, previous: str, counting: bool) -> bool:
        """Targets of one clause; ``counting``: the clause before ended with a count (拟建设30个X,300个Y),
        so a clause that opens with a count shares its verb. Returns whether this one ends with a count."""
        v = vocab()
        if not _MAY_HOLD.search(clause):
            return False  # no digit, numeral, class letter or 番: nothing to read
        taken: set[int] = set()
        self.multiple(clause, c_start, sentence, previous, taken)
        for cat in v.category.finditer(clause):
            if self.masked[c_start + cat.start()]:
                continue
            head = clause[max(0, cat.start() - _WINDOW):cat.start()]
            self.add(head, "category", cat.group("cls").translate(str.maketrans("ＡＢＣＤ", "ABCD")), None,
                     c_start + cat.start(), c_start + cat.end(), sentence, head + cat.group(),
                     c_start + cat.start() - len(head))
            taken.update(range(cat.start(), cat.end()))
        self.rank(clause, c_start, sentence, previous, taken)
        self.respectively(clause, c_start, sentence, previous, taken)
        found = [m for m in v.candidate.finditer(clause) if m.start() not in taken]
        return _ListReader(self, clause, c_start, sentence, previous, found).read(counting)

    def multiple(self, clause: str, c_start: int, sentence: int, previous: str, taken: set[int]) -> None:
        mm = _MULTIPLE.search(clause)
        if not mm:
            return
        base = BASE.search(clause)
        cut = base.start() if base and base.start() < mm.start() else mm.start()
        head = re.sub(r"(实现|达到|力争|争取)?[“\"]?$", "", clause[max(0, cut - _WINDOW):cut])
        if mm.group("times"):
            value = (to_number(mm.group("times")) or 1) + 1
        else:
            value = {"两": 4, "二": 4, "2": 4, "三": 8, "3": 8}.get(mm.group()[1:2], 2)
        close = 1 if clause[mm.end():mm.end() + 1] in ("”", '"') else 0
        self.add(head or previous, "multiple", value, "倍", c_start + mm.start(), c_start + mm.end() + close,
                 sentence, clause[max(0, cut - _WINDOW):mm.end() + _WINDOW], c_start + cut - len(head),
                 base_year=int(base.group(1)) if base else None)
        taken.update(range(mm.start(), mm.end()))

    def rank(self, clause: str, c_start: int, sentence: int, previous: str, taken: set[int]) -> None:
        """进入全省前10名 → kind rank, value 10, unit 名; the indicator is the subject of the clause."""
        for rk in vocab().rank.finditer(clause):
            value = to_number(rk.group("n"))
            if value is None or self.masked[c_start + rk.start()]:
                continue
            head = clause[max(0, rk.start() - _WINDOW):rk.start()]
            head_start = c_start + rk.start() - len(head)
            if not _clean_indicator(head) and previous:
                head, head_start = _subject_before(previous), c_start - 1 - len(previous)
            self.add(head, "rank", value, rk.group("unit"), c_start + rk.start(), c_start + rk.end(), sentence,
                     clause, head_start)
            taken.update(range(rk.start(), rk.end()))

    def respectively(self, clause: str, c_start: int, sentence: int, previous: str, taken: set[int]) -> None:
        """X、Y分别达到A、B: one target per indicator, paired in order (X、Y may close the clause before)."""
        v = vocab()
        k = clause.find("分别")
        if k < 0:
            return
        if k < 2:
            if not previous:
                return
            source, at = _subject_before(previous), c_start - 1 - len(previous)
        else:
            lo = max(0, k - _WINDOW)
            source, at = clause[lo:k], c_start + lo
        names = [(m.group(), at + m.start()) for m in re.finditer(r"[^、和及与]+", source)]
        rest = clause[k + 2:k + 2 + _WINDOW]
        verb = re.match(r"(?:达到|达|为|超过|突破|保持在|增长|提高到)?", rest)
        values = list(v.candidate.finditer(rest, verb.end()))
        if len(values) < 2 or len(values) != len(names):
            return
        pos0 = c_start + k + 2
        for (name, name_at), m in zip(names, values, strict=True):
            value, unit, top = value_of(m)
            if value is None or self.masked[pos0 + m.start()]:
                return
            kind = "growth" if "增长" in verb.group() and unit == "%" else "level"
            self.add(name, kind, value, unit, pos0 + m.start(), pos0 + m.end(), sentence, clause,
                     name_at, cmp=m.group("cmp"), value_max=top)
            taken.add(k + 2 + m.start())


def _tidy(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


class _ListReader:
    """The candidates of one clause, in order. A count item (培育 + 5家 + 事物) ends where the next item of a
    list starts (、/和/及/以及 + number); that item shares the verb, numbers inside an item's noun belong
    to the noun (年收入达500亿元的企业), and items without the shared head noun take the last item's."""

    def __init__(self, para: Paragraph, clause: str, c_start: int, sentence: int, previous: str,
                 found: list[re.Match]):
        self.para, self.clause, self.c_start, self.sentence, self.previous = para, clause, c_start, sentence, previous
        self.found = found

    def _items(self) -> list[tuple[int, int, int]]:
        """For each candidate i: (index of the next list item after it, where item i's noun ends, where that
        item's own words start). A candidate starts an item when a separator stands before it, followed by
        nothing or by a verb (、引进10名). One pass from the end, so a clause of 100,000 numbers stays linear."""
        v = vocab()
        out: list[tuple[int, int, int]] = [(0, 0, 0)] * len(self.found)
        nxt = (len(self.found), len(self.clause), len(self.clause))
        for i in range(len(self.found) - 1, -1, -1):
            out[i] = nxt
            gap_start = self.found[i - 1].end() if i else 0
            sep = _LIST_SEP.search(self.clause, gap_start, self.found[i].start()) if i else None
            tail = sep.group("tail") if sep else ""
            if sep and (not tail or v.count_verb_end.search(tail) or v.level_verb_end.search(tail)
                        or v.beneficiary_end.search(tail) or v.list_closer.search(tail)):
                nxt = (i, sep.start(), sep.start("tail"))
        return out

    def read(self, counting: bool) -> bool:
        i, chain, items = 0, [], self._items()
        counted = False
        while i < len(self.found):
            m = self.found[i]
            j, noun_end, _ = items[i]
            own = items[i - 1][2] if chain and i and items[i - 1][0] == i else None
            if i == 0 and counting and not self.clause[:m.start()].strip(_TRIM):
                own = 0
            target, counted = candidate(self.para, m, self.clause, self.c_start, self.sentence, self.previous,
                                        noun_end, own)
            if counted:
                if target:
                    chain.append(target)
                if j < len(self.found):
                    i = j  # numbers inside this item's noun are part of its name
                    continue
                i = len(self.found)
            else:
                _share_head(chain)
                chain = []
                i += 1
        _share_head(chain)
        return counted and bool(chain)


def _share_head(chain: list[Target]) -> None:
    """培育5家年收入过百亿元、2家年收入达500亿元的企业: the first item's noun takes 的企业."""
    if len(chain) < 2 or "的" not in chain[-1].indicator:
        return
    head = chain[-1].indicator[chain[-1].indicator.rfind("的"):]
    for t in chain[:-1]:
        if "的" not in t.indicator:
            t.indicator += head


def _excluded(para: Paragraph, m: re.Match, clause: str, pos: int) -> bool:
    """Numbers in quotes, titles or annotations, ordinals (第三), rates' denominators (每万名),
    parts of codes (NO.10) and idioms (一套) are not values of targets."""
    if para.masked[pos]:
        return True
    before_char = clause[m.start() - 1] if m.start() else ""
    if before_char and ((before_char.isascii() and (before_char.isalnum() or before_char in ".+-"))
                        or before_char in "第每前后" or before_char in CN_NUM):
        return True
    return _chinese(m) and m.group("unit") in vocab().idiom_units


def _chinese(m: re.Match) -> bool:
    return bool(m.group("num")) and not m.group("num")[0].isdigit()


def candidate(para: Paragraph, m: re.Match, clause: str, c_start: int, sentence: int, previous: str,
              noun_end: int, own: int | None) -> tuple[Target | None, bool]:
    """One candidate number; returns (the target added, whether it is a count item of a list). ``own``: for
    an item of a list of counts, where its own words start (after the separator); it shares the verb."""
    v = vocab()
    pos = c_start + m.start()
    value, unit, top = value_of(m)
    if value is None or _excluded(para, m, clause, pos):
        return None, False
    before = clause[max(0, m.start() - _WINDOW, para.token_end - c_start):m.start()]
    after = clause[m.end():min(noun_end, m.end() + _WINDOW)]
    if after.startswith("、") and _ITEM_END.search(after[1:]):
        after = ""  # "新建省级重点实验室2家、省级企业研究院5家": this item ends here
    chained = own is not None
    if chained:
        before = clause[own:m.start()]
    item = _ITEM_START.search(before)
    if item:
        before = before[item.end():]
    end = c_start + m.end()
    cmp = m.group("cmp") or m.group("about")
    around = before + clause[m.start():m.end()] + after
    args = (pos, end, sentence, around)
    if unit == "岁" and after.strip(_TRIM):
        return None, False  # 60岁以上老年人: an age qualifies a group, it is no target
    after = _AGE.sub("", after)  # 7万名35-64岁妇女 → 7万名 妇女
    noun = after.strip(_TRIM)
    noun_ok = bool(noun) and not re.match(r"[\d万亿]", noun)
    verb = v.level_verb_end.search(before)
    if verb:  # 指标 + 达到 + 数 (+ 事物)
        head, kind = before[:verb.start()], "level"
        if noun_ok and len(after.strip(_TRIM)) > 1 and (not _clean_indicator(head) or head.lstrip()[:1] in "各每"):
            t = para.add(noun, kind, value, unit, pos, end + len(after.rstrip(_TRIM)), sentence, around,
                         pos + len(after) - len(after.lstrip(_TRIM)) + m.end() - m.start(), cmp=cmp, value_max=top)
            return t, False
        head = _FROM.sub("", head)  # 从人均8.7万元提高到12万元: the baseline is not in the name
        growth = v.growth.search(head)
        if growth and unit == "%":
            kind, head = "growth", head[:growth.start()] + head[growth.end():]
        head_start = pos - len(before)
        if not _clean_indicator(head) and previous:
            head = _subject_of(previous)
            head_start = c_start - 1 - len(head)
        if len(after.strip(_TRIM)) <= 6:
            return para.add(head, kind, value, unit, *args, head_start, cmp=cmp, value_max=top), False
        return None, False
    count_verb = (v.count_verb_end.search(before) or v.beneficiary_end.search(before)
                  or v.list_closer.search(before))
    if count_verb and count_verb.group().endswith("了"):
        return None, False  # 扶持建立了科技示范户2912户: a report of what was done
    if (count_verb or (chained and not before.strip(_TRIM))) and noun_ok:  # 建成 + 数 + 事物
        if _ROUND_CN.match(m.group("num") or "") and v.programme.search(noun):
            return None, False  # 实施千名博士引进工程: a programme's name
        verb_at = pos - len(before) + count_verb.start() if count_verb else pos
        return para.add(noun, "level", value, unit, pos, end + len(after.rstrip(_TRIM)), sentence, around,
                        verb_at, cmp=cmp, value_max=top), True
    head = _clean_indicator(before)
    if not head:
        if unit == "%" and noun_ok and after.startswith("的"):  # 50%以上的专利由企业申请
            return para.add(noun, "level", value, unit, pos, end + len(after.rstrip(_TRIM)), sentence, around,
                            pos, cmp=cmp, value_max=top), False
        return None, False
    if not noun:  # 指标 + 数, closing the clause
        if _chinese(m) and not count_verb:
            return None, False
        lead = v.count_verb_start.match(head)
        if _DONE.match(head):
            return None, False  # 扶持建立了科技示范户2912户: a report of what was done
        if lead and len(head) - lead.end() >= 2:  # 建成省级重点企业研究院1家 → 省级重点企业研究院
            before, head = before[before.find(head) + lead.end():], head[lead.end():]
        if unit == "个百分点":
            if v.comparison.search(head) or re.search(r"比(?!\d{4})[^,;]{1,12}(?<!提)高", head):
                return None, False  # 高于全国1.5个百分点: a comparison, not a commitment
            return _increase(para, head, before, value, unit, args, cmp, top), False
        growth = v.growth_end.search(head) if unit == "%" else None
        decline = v.decline_end.search(head) if unit == "%" and not growth else None
        if growth or decline:  # 增长15% → 15; 年均下降5% → -5
            head = head[:(growth or decline).start()] or _subject_of(previous)
            value, top = (-value, -top if top else None) if decline else (value, top)
        return para.add(head, "growth" if growth or decline else "level", value, unit, *args, pos - len(before),
                        cmp=cmp, value_max=top), False
    if unit == "%" and v.percent_then.match(after):  # 企业100%建立研发机构
        return para.add(before + noun, "level", value, unit, pos, end + len(after.rstrip(_TRIM)),
                        sentence, around, pos - len(before), cmp=cmp, value_max=top), False
    return None, False


def _increase(para: Paragraph, head: str, before: str, value, unit, args, cmp, top) -> Target | None:
    """R&D投入强度比2020年提高2个百分点 → kind increase, unit 个百分点."""
    v = vocab()
    rise = v.increase_end.search(head)
    base = BASE.search(head)
    kind = "increase" if rise else "level"
    if rise:
        head = head[:rise.start()]
    if base:
        head = head[:base.start()] + head[base.end():]
    return para.add(head, kind, value, unit, *args, args[0] - len(before), cmp=cmp, value_max=top,
                    base_year=int(base.group(1)) if base else None)
