"""Targets: a number and a unit in a sentence that commits to something, the year from 到20XX年 in the sentence
(or earlier in the paragraph), the indicator from the words before the verb — or after the unit when the number
comes first (培育100家高新技术企业). Chinese numerals through cn2an."""

from __future__ import annotations

import re

import cn2an

_CN_DIGITS = "零一二两三四五六七八九十百千"
# Units as printed, simplified and traditional (pages in traditional characters are common among county sites).
_UNITS = ("个百分点|個百分點|百分点|%|倍|人年|人次|场次|場次|平方米|平方公里|公里|千米|千瓦|兆瓦|公顷|公頃|吨标准煤|"
          "吨|噸|亩|畝|元|家|个|個|件|项|項|所|名|人|座|处|處|台|臺|套|篇|次|户|戶|只|条|條|支|种|種|部|辆|輛|张|張|"
          "场|場|栋|棟|间|間|床|份|本|款|节|節|批次|株|头|頭|斤|立方米|片")
_NUMBER = rf"(\d+(?:\.\d+)?|[{_CN_DIGITS}]{{1,6}})"
_TARGET = re.compile(_NUMBER + r"\s*(?:[~～\-—至到]\s*(?:\d+(?:\.\d+)?|[" + _CN_DIGITS + r"]{1,6})\s*)?"
                     r"(万亿|萬億|万|萬|亿|億|千|百万|千万)?\s*(" + _UNITS + r")")
_YEAR = re.compile(r"(?:到|至|截至|截止到?|力争|于)?\s*(20\d{2})\s*年(?!度?\s*[-—~至]\s*20)")
_MULTIPLE = re.compile(r"翻\s*(一|两|二|三)\s*番")
_CATEGORY = re.compile(r"(?:达到|进入|创建|争创|成为)\s*([A-E])\s*类")
_CUES = ("达到", "达", "超过", "突破", "以上", "不少于", "不低于", "不超过", "增长", "提高", "提升", "新增", "培育",
         "建成", "建设", "打造", "引进", "培养", "累计", "力争", "控制在", "保持在", "稳定在", "降低", "下降", "实现",
         "创建", "认定", "完成", "新建", "总数", "总量", "占比", "比重", "覆盖率", "争取", "发展到")
_SKIP = ("奖励", "补助", "补贴", "资助", "给予", "最高", "不超过3年", "贴息", "一次性",  # policy parameters
         "已", "同比", "比上年", "比去年", "较上年", "完成了", "实现了", "达到了")  # history, not commitments
_VERBS = re.compile(r"(?:力争|争取|要|将|全面)?(?:达到|达|超过|突破|增长|增長|同比|提高到|提高|提升到|提升|增加到|"
                    r"增加|保持在|控制在|稳定在|降低到|降低|下降|不少于|不低于|不超过|实现|新增|累计|年均|分别|均|在|为|"
                    r"有|约)+$")
_LEADING = re.compile(r"^(?:到|至|截至)?\s*20\d{2}\s*年(?:底|末)?[,，]?|^[一二三四五六七八九十]是|"
                      r"^(?:全市|全县|全区|全省|我市|我县|我区)")
_GROWTH = ("增长", "增長", "增速", "增幅", "涨幅", "漲幅", "年均")
_SPLIT = re.compile(r"[。;；!！?？\n]")
_CLAUSE = re.compile(r"[,，、:：]")


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        try:
            return float(cn2an.cn2an(text, "smart"))
        except (ValueError, KeyError, TypeError):
            return None


_NUMBER_FIRST = re.compile(r"(?:新增|培育|建设|建成|创建|引进|培养|打造|建立|实施|完成|推进|支持|启动|新建|改造|认定|"
                           r"招收|开展|组织|举办|培训|发展|新建成|争创|选派|扶持|资助|吸引|帮助|带动|提供|设立|布局|形成)"
                           r"(?:不少于|至少|超过|达到|约|累计)?\s*$")


def _indicator(clause: str, start: int, end: int) -> str:
    """The thing after the unit when a verb puts the number first (新增30家以上上市企业), else the words before
    the verb (研发投入强度达到2.5%)."""
    after = re.sub(r"^(?:以上|左右|以内|以內|及以上)", "", clause[end:].strip())
    after = re.split(r"[,，。;；(（、]", after)[0].strip(" 的")
    before = _VERBS.sub("", _LEADING.sub("", clause[:start].strip()).strip()).strip(" ,，的")
    if len(after) >= 2 and (_NUMBER_FIRST.search(clause[:start]) or len(before) < 2):
        return after
    return before or after


_CLAUSE_MARKS = ",，;；:："
_RECURRING = ("每年", "年均", "年增长", "每年度")


def targets(lines: list[str], paths: list[str], plan_year: int | None) -> list[dict]:
    """Every target of the text, paragraph (line) by paragraph, sentence by sentence."""
    out: list[dict] = []
    for line, path in zip(lines, paths, strict=True):
        if not any(c.isdigit() or c in _CN_DIGITS for c in line):
            continue
        paragraph_year = None
        for sentence in _SPLIT.split(line):
            years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(sentence)
                     if plan_year is None or int(m.group(1)) >= plan_year]  # past years are baselines
            if years:
                paragraph_year = years[0][1]

            def year_at(pos: int, years=years, paragraph_year=paragraph_year) -> int | None:
                before = [y for p, y in years if p < pos]
                return before[-1] if before else (paragraph_year or plan_year)

            for m in _MULTIPLE.finditer(sentence):
                value = {"一": 2, "两": 4, "二": 4, "三": 8}[m.group(1)]
                out.append(_target(sentence, m.start(), m.end(), value, "倍", "multiple", year_at(m.start()), path))
            for m in _CATEGORY.finditer(sentence):
                out.append(_target(sentence, m.start(), m.end(), m.group(1), None, "category", year_at(m.start()),
                                   path))
            cue_year = bool(years or paragraph_year) or "年内" in sentence or "本年度" in sentence
            for m in _TARGET.finditer(sentence):
                t = _quantity(sentence, m, cue_year)
                if t is not None:
                    out.append(_target(sentence, m.start(), m.end(), *t, year_at(m.start()), path))
    return out


def _quantity(sentence: str, m: re.Match, cue_year: bool) -> tuple[float, str, str] | None:
    """(value, unit, kind) of a number+unit match that reads as a commitment, else None."""
    if sentence[m.end():m.end() + 1] == "年" or sentence[max(0, m.start() - 1):m.start()] == "第":
        return None
    value = _number(m.group(1))
    if value is None:
        return None
    start = max(sentence.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
    end = min([i for i in (sentence.find(c, m.end()) for c in ",，") if i >= 0] or [len(sentence)])
    clause = sentence[start:end]
    if any(s in clause for s in _SKIP) or not (cue_year or any(c in clause for c in _CUES)):
        return None
    unit = (m.group(2) or "") + m.group(3)
    if unit == "百分点":
        unit = "个百分点"
    before = sentence[max(0, m.start() - 10):m.start()]
    kind = "growth" if unit == "%" and any(w in before for w in _GROWTH) else "level"
    return value, unit, kind


def _target(sentence: str, start: int, end: int, value, unit, kind: str, year: int | None, path: str) -> dict:
    clause_start = max(sentence.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    clause = sentence[clause_start:]
    recurring = any(w in sentence[max(0, start - 20):start] for w in _RECURRING)
    return {"indicator": _indicator(clause, start - clause_start, end - clause_start), "kind": kind, "value": value,
            "unit": unit, "year": year, "recurring": recurring, "quote": sentence[clause_start:end].strip(),
            "path": path}
