"""Quantitative targets: a number tied to what is to be reached, built, kept or grown, with its year.

Three shapes of sentence carry almost every target:
  指标 + 达到/超过/保持在… + 数 + 单位          (研发投入占地区生产总值的比重达2.5%)
  建成/培育/争创… + 数 + 单位 + 事物              (累计建成3个以上国家级科普示范社区)
  指标 + 数 + 单位, closing the clause            (孵化科技企业160家)
plus growth rates, 翻一番/翻两番 against a base year, and classes (达到B类县). The year that
governs a target is the nearest year phrase before it in its sentence, else in its paragraph
(not for per-year commitments), else one inherited from a lead-in paragraph that ends with a colon.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import load_rules
from kechuang.text.numerals import to_number

_CN_NUM = "零一二两三四五六七八九十百千万亿"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Vocab:
    candidate: re.Pattern[str]
    level_verb_end: re.Pattern[str]
    count_verb_end: re.Pattern[str]
    percent_then: re.Pattern[str]
    category: re.Pattern[str]
    growth: re.Pattern[str]
    growth_end: re.Pattern[str]
    prefixes: re.Pattern[str]
    not_target: re.Pattern[str]
    recurring: re.Pattern[str]
    count_units: frozenset[str]
    idiom_units: frozenset[str]


@cache
def _vocab() -> _Vocab:
    r = load_rules("targets")
    measure = (rf"(?:万|亿|千)?(?:{_alt(r['measure_units'])})(?:{_alt(r['measure_suffixes'])})?")
    unit = rf"{_alt(r['fixed_units'])}|{measure}|{_alt(r['count_units'])}"
    number = rf"\d{{1,12}}(?:\.\d{{1,6}})?[万亿]?|[{_CN_NUM}]{{1,8}}"
    candidate = re.compile(
        rf"百分之(?P<pct>[{_CN_NUM}点\d.]{{1,8}})|(?P<num>{number})(?P<about>余|多)?(?P<unit>{unit})"
        rf"(?P<cmp>{_alt(r['after_unit'])})?")
    return _Vocab(
        candidate=candidate,
        level_verb_end=re.compile(rf"(?:{_alt(r['level_verbs'])})(?:累计|总计|共)?$"),
        count_verb_end=re.compile(rf"(?:{_alt(r['count_verbs'])})(?:累计|总计|共|了)?$"),
        percent_then=re.compile(rf"(?:{_alt(r['percent_then'])})"),
        category=re.compile(rf"(?P<verb>{_alt(r['category_verbs'])})(?P<cls>[A-DＡ-Ｄ])(?:类|级|档)(?:县|市|区|城市|地区|乡镇)?"),
        growth=re.compile(rf"(?:{_alt(r['growth_words'])})"),
        growth_end=re.compile(rf"(?:{_alt(r['growth_words'])})(?:率)?(?:达到|达|保持在|超过|不低于)?$"),
        prefixes=re.compile(rf"^(?:(?:{_alt(r['indicator_prefixes'])})|\d{{4}}年(?:度|底|末)?(?:前)?)+"),
        not_target=re.compile(_alt(r["not_target_words"])),
        recurring=re.compile(_alt(r["recurring_words"])),
        count_units=frozenset(r["count_units"]),
        idiom_units=frozenset(r["idiom_units"]),
    )


_YEAR = re.compile(r"(?:(\d{4})\s*[-—~至到]\s*)?(\d{4})\s*年(度|底|末|前|内)?")
_BASE = re.compile(r"(?:在|比|较|以|相比)(\d{4})年(?:的|底|末)?(?:基础上|水平)?")
_MONTH_DEADLINE = re.compile(r"\d{1,2}月(?:底|末|前|份前)")
# Five-year plan periods: 到“十四五”末 → 2025.
_FIVE_YEAR = re.compile(r"[“\"]?(十二五|十三五|十四五|十五五|十六五)[”\"]?(?:末|期末|时期末|期间|时期)")
_FIVE_YEAR_END = {"十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}
_IN_YEAR = re.compile(r"(?<![\d年])年内|本年度|当年")
_MULTIPLE = re.compile(
    r"翻(?:一|1)番|翻(?:两|二|2)番|翻(?:三|3)番|翻番|增长(?P<times>\d{1,3}(?:\.\d{1,2})?|[一两二三四五])倍")
_QUOTED = re.compile(r"“[^“”]{0,16}”|\"[^\"]{0,16}\"|「[^「」]{0,16}」|‘[^‘’]{0,16}’")
_TITLE = re.compile(r"《[^《》]{0,120}》")
_SENTENCE = re.compile(r"[^。!?]+[。!?]?")
_CLAUSE = re.compile(r"[^,;:]+")
_TRIM = " ,;:、。的"
# Items of a list of targets inside one clause: "…2家、…5家".
_ITEM_START = re.compile(r"^.*\d(?:[^\d、]{1,5})?(?:以上|左右)?、")
_ITEM_END = re.compile(r"^[^、,;]{1,40}?\d")
_WINDOW = 120  # characters around a number that can hold its indicator and verb


@dataclass
class _YearMark:
    pos: int
    sentence: int
    year: int


def _years(text: str, offset: int, sentence: int, plan_year: int | None) -> list[_YearMark]:
    marks = []
    bases = {m.start(1) for m in _BASE.finditer(text)}
    for m in _YEAR.finditer(text):
        follows = text[m.end():m.end() + 6]
        if m.start(2) in bases or follows.startswith("基础") or (
                follows[:1].isdigit() and not _MONTH_DEADLINE.match(follows)):
            continue
        year = int(m.group(2))
        if not 1990 <= year <= 2100 or (plan_year and year < plan_year):
            continue  # history and baselines do not govern targets
        marks.append(_YearMark(offset + m.start(), sentence, year))
    for m in _FIVE_YEAR.finditer(text):
        year = _FIVE_YEAR_END[m.group(1)]
        if not plan_year or year >= plan_year:
            marks.append(_YearMark(offset + m.start(), sentence, year))
    if plan_year:
        marks += [_YearMark(offset + m.start(), sentence, plan_year) for m in _IN_YEAR.finditer(text)]
    return sorted(marks, key=lambda mark: mark.pos)


def _clean_indicator(text: str) -> str:
    v = _vocab()
    text = text.strip(_TRIM)
    for _ in range(3):
        text = v.prefixes.sub("", text).strip(_TRIM)
    return text


def _masked_spans(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted names (“111”工程), titles in 《》 and annotations: numbers there are not targets."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    spans += [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    return spans + skip


def _mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    mask = bytearray(length + 1)
    for s, e in spans:
        s, e = max(0, s), min(e, length)
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def _value(m: re.Match) -> tuple[float | None, str | None]:
    v = _vocab()
    if m.group("pct"):
        return to_number(m.group("pct").replace("点", ".")), "%"
    raw, unit = m.group("num"), m.group("unit")
    if raw[-1] in "万亿" and unit not in v.count_units and raw[:-1]:
        # 1.5万元 → 1.5 万元 (the unit as written); 1.5万家 → 15000 家
        return to_number(raw[:-1]), raw[-1] + unit
    return to_number(raw), unit


class _Paragraph:
    """Targets of one paragraph (a line of the normalised text)."""

    def __init__(self, line: Line, path: str, plan_year: int | None, inherited: int | None,
                 skip: list[tuple[int, int]]):
        self.line, self.path, self.plan_year, self.inherited = line, path, plan_year, inherited
        self.text = line.text
        self.masked = _mask(len(self.text), _masked_spans(self.text, skip))
        self.targets: list[Target] = []
        self.marks: list[_YearMark] = []
        self.sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(self.text)]
        for k, (start, sentence) in enumerate(self.sentences):
            self.marks += _years(sentence, start, k, plan_year)  # each sorted; sentences in order
        self.mark_positions = [m.pos for m in self.marks]

    def year_for(self, pos: int, sentence: int, recurring: bool) -> int | None:
        k = bisect.bisect_left(self.mark_positions, pos)
        if k and self.marks[k - 1].sentence == sentence:
            return self.marks[k - 1].year
        if recurring:
            return None
        return self.marks[k - 1].year if k else self.inherited

    def add(self, indicator: str, kind: str, value, unit, pos: int, end: int, sentence: int,
            clause: str, ind_start: int, base_year: int | None = None, cmp: str | None = None) -> None:
        v = _vocab()
        raw = indicator[-_WINDOW:]
        indicator = _clean_indicator(raw)
        if not indicator or len(indicator) < 2 or v.not_target.search(clause):
            return
        if ind_start < pos and raw.find(indicator) > 0:  # the quote starts where the indicator does
            ind_start += raw.find(indicator)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        recurring = bool(v.recurring.search(clause)) or (kind == "growth" and "年" in clause)
        year = self.year_for(pos, sentence, recurring)
        start, stop = min(pos, ind_start), end
        self.targets.append(Target(
            indicator=indicator, kind=kind, value=value, unit=unit, year=year, recurring=recurring,
            quote=self.text[start:stop], path=self.path, start=self.line.start + start,
            end=self.line.start + stop, base_year=base_year, comparator=cmp))

    def run(self) -> list[Target]:
        for k, (s_start, sentence) in enumerate(self.sentences):
            previous = ""
            for cm in _CLAUSE.finditer(sentence):
                c_start = s_start + cm.start()
                self.clause(cm.group(), c_start, k, previous)
                previous = cm.group()
        return self.targets

    def clause(self, clause: str, c_start: int, sentence: int, previous: str) -> None:
        v = _vocab()
        taken: set[int] = set()
        mm = _MULTIPLE.search(clause)
        if mm:
            base = _BASE.search(clause)
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
        for cat in v.category.finditer(clause):
            if self.masked[c_start + cat.start()]:
                continue
            head = clause[max(0, cat.start() - _WINDOW):cat.start()]
            self.add(head, "category", cat.group("cls").translate(str.maketrans("ＡＢＣＤ", "ABCD")), None,
                     c_start + cat.start(), c_start + cat.end(), sentence, head + cat.group(),
                     c_start + cat.start() - len(head))
            taken.update(range(cat.start(), cat.end()))
        self.respectively(clause, c_start, sentence, taken)
        for m in v.candidate.finditer(clause):
            if m.start() not in taken:
                self.candidate(m, clause, c_start, sentence, previous)

    def respectively(self, clause: str, c_start: int, sentence: int, taken: set[int]) -> None:
        """X、Y分别达到A、B: one target per indicator, paired in order."""
        v = _vocab()
        k = clause.find("分别")
        if k < 2:
            return
        lo = max(0, k - _WINDOW)
        names = [(m.group(), lo + m.start()) for m in re.finditer(r"[^、和及与]+", clause[lo:k])]
        rest = clause[k + 2:k + 2 + _WINDOW]
        verb = re.match(r"(?:达到|达|为|超过|突破|保持在|增长|提高到)?", rest)
        values = list(v.candidate.finditer(rest, verb.end()))
        if len(values) < 2 or len(values) != len(names):
            return
        pos0 = c_start + k + 2
        for (name, name_at), m in zip(names, values, strict=True):
            value, unit = _value(m)
            if value is None or self.masked[pos0 + m.start()]:
                return
            kind = "growth" if "增长" in verb.group() and unit == "%" else "level"
            self.add(name, kind, value, unit, pos0 + m.start(), pos0 + m.end(), sentence, clause,
                     c_start + name_at, cmp=m.group("cmp"))
            taken.add(k + 2 + m.start())

    def excluded(self, m: re.Match, clause: str, pos: int) -> bool:
        """Numbers in quotes, titles or annotations, ordinals (第三), rates' denominators (每万名),
        parts of codes (NO.10) and idioms (一套) are not values of targets."""
        if self.masked[pos]:
            return True
        before_char = clause[m.start() - 1] if m.start() else ""
        if before_char and ((before_char.isascii() and (before_char.isalnum() or before_char in ".+-"))
                            or before_char in "第每前后" or before_char in _CN_NUM):
            return True
        chinese = not m.group("pct") and not m.group("num")[0].isdigit()
        return chinese and m.group("unit") in _vocab().idiom_units

    def candidate(self, m: re.Match, clause: str, c_start: int, sentence: int, previous: str) -> None:
        v = _vocab()
        pos = c_start + m.start()
        value, unit = _value(m)
        if value is None or self.excluded(m, clause, pos):
            return
        chinese = not m.group("pct") and not m.group("num")[0].isdigit()
        before, after = clause[max(0, m.start() - _WINDOW):m.start()], clause[m.end():m.end() + _WINDOW]
        if after.startswith("、") and _ITEM_END.search(after[1:]):
            after = ""  # "新建省级重点实验室2家、省级企业研究院5家": this item ends here
        item = _ITEM_START.search(before)
        if item:
            before = before[item.end():]
        end = c_start + m.end()
        cmp = m.group("cmp") or m.group("about") if not m.group("pct") else None
        around = before + clause[m.start():m.end()] + after
        args = (pos, end, sentence, around)
        verb = v.level_verb_end.search(before)
        if verb:  # 指标 + 达到 + 数
            head, kind = before[:verb.start()], "level"
            growth = v.growth.search(head)
            if growth and unit == "%":
                kind, head = "growth", head[:growth.start()] + head[growth.end():]
            head_start = pos - len(before)
            if not _clean_indicator(head) and previous:
                head = _subject_of(previous)
                head_start = c_start - 1 - len(head)
            if len(after.strip(_TRIM)) <= 6:
                self.add(head, kind, value, unit, *args, head_start, cmp=cmp)
            return
        count_verb = v.count_verb_end.search(before)
        noun = after.strip(_TRIM)
        if count_verb and noun and not re.match(r"[\d万亿]", noun):  # 建成 + 数 + 事物
            self.add(noun, "level", value, unit, pos, end + len(after.rstrip(_TRIM)), sentence, around,
                     pos - len(before) + count_verb.start(), cmp=cmp)
            return
        head = _clean_indicator(before)
        if not head:
            return
        if not noun:  # 指标 + 数, closing the clause
            if chinese and not count_verb:
                return
            growth = v.growth_end.search(head) if unit == "%" else None
            if growth:
                head = head[:growth.start()] or _subject_of(previous)
            self.add(head, "growth" if growth else "level", value, unit, *args, pos - len(before), cmp=cmp)
        elif unit == "%" and v.percent_then.match(after):  # 企业100%建立研发机构
            self.add(before + noun, "level", value, unit, pos, end + len(after.rstrip(_TRIM)),
                     sentence, around, pos - len(before), cmp=cmp)


def _subject_of(clause: str) -> str:
    """The thing a growth rate is about, from the clause before it: 不断提高研发资金投入 → 研发资金投入."""
    return re.sub(r"^.*?(提高|增加|加大|扩大|提升)", "", clause) or clause


def extract_targets(lines: list[Line], paths: list[str], start: int, plan_year: int | None,
                    skip: list[tuple[int, int]], heading_titles: dict[int, int]) -> list[Target]:
    """``skip``: spans (absolute offsets) to ignore, such as annotations; ``heading_titles`` maps a
    heading line's index to the offset where its title starts (the numbering token is ignored)."""
    out: list[Target] = []
    inherited: int | None = None
    inherited_path = None
    skip = sorted(skip)
    skip_starts = [sp[0] for sp in skip]
    for line in lines[start:]:
        if line.chrome or not line.text:
            continue
        path = paths[line.index]
        if inherited_path is not None and path != inherited_path and not path.startswith(inherited_path + "/"):
            inherited, inherited_path = None, None
        lo, hi = bisect.bisect_left(skip_starts, line.start), bisect.bisect_left(skip_starts, line.end)
        local = [(s - line.start, e - line.start) for s, e in skip[lo:hi]]
        if line.index in heading_titles:
            local.append((0, heading_titles[line.index] - line.start))
        para = _Paragraph(line, path, plan_year, inherited, local)
        out.extend(para.run())
        if line.text.rstrip().endswith(":") and para.marks:
            inherited, inherited_path = para.marks[-1].year, path
    return out
