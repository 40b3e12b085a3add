"""More shapes of ``X、Y分别 V A、B`` (one target per name, paired in order; ``Paragraph.respectively`` reads it).

Round 49 (targ49) found these shapes of it on dev pages that the reader left to the plain readers, which paired one
name with the whole list or lost the change's sign:
  万元GDP、万元工业增加值耗水量分别比2010年下降20%和30%            (江西 2011 水利改革, dev: a base year before
                                                                 the verb; two growths of −20 and −30)
  粮食播种面积和产量将分别稳定在1500万亩、120亿斤以上              (浙江 农业农村现代化“十四五”规划, dev)
  城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内             (西藏 2025 政府工作报告, dev)
  公益性、商业性（含经营性和自设性）户外广告设施安全检测年抽检率分别达到10%、5%以上   (普陀 2026 绿化市容, dev:
                                                                 a note in brackets is no list of names)
  2023和2025年,城市生活垃圾资源化利用率分别达60%、70%            (贵州 2023 新型城镇化实施方案, dev)
  到2023年底和2030年,全区居民健康素养水平分别不低于24%和30%      (鲅鱼圈 健康行动实施方案, dev: years listed
                                                                 before one name date its values in order)
The verb after 分别 may follow a base (比/较 + a year), and takes the verbs of keeping, holding and floors
(稳定在, 控制在, 不低于, 不少于) and 减少, a fall like 下降. A name ends before an adverb (产量将 → 产量). Years listed
right before the name (or as the clause before it) date one name's values in order, when they are as many as the
values and none is before the plan's year (a listed past year is a baseline's, and its value is no target).
Two more shapes pair the same way: 分别 opening a clause after clauses that each state one value (``clause_subjects``:
全省接待游客4.3亿人次,实现收入3250亿元,分别增长15%、25%: 甘肃 2024, dev), and names and % values as many with no 分别
(``implied_respectively``: 化学需氧量、氨氮、二氧化硫、氮氧化物排放量比2015年减少3.52%、3.54%、10.17%、9.63%:
江西 2019, dev).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.paired_lists import listed_values, shared_measure
from kechuang.extract.targets.readings import READING
from kechuang.extract.targets.vocab import alt, fall_verbs, value_of, vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# (a rate of every year before the verb: 城鄉居民收入分別年均增長9%左右和9.5%左右, 江西 十三五 news; 分别年均增长7.1%、
# 4.5%, 莆田 2021 — dev, fresh58 row 7: 年均 left the verb unmatched and the values levels)
# (a base of last year, 比上年/较上年, as a single clause reads it: a growth with no base year — resp48)
_BASE = r"[比较]\s{0,2}(?:(?P<base>\d{4})\s{0,2}年(?:底|末)?|上年|去年)(?:同期)?的?\s{0,2}"
_VERB = re.compile(rf"(?:{_BASE})?(?:年均\s{{0,2}})?"
                   r"(?P<verb>达到|达|为|超过|突破|保持在|稳定在|控制在|不低于|不少于|增长"
                   rf"|提高到|提高至|提升到|提升至|提高为|提高达|提升为|提升达|提高|提升|{alt(fall_verbs())})?")
# a base alone before 分别, opening its clause (…分别达到A、B,比上年分别增长x、y; 较2020年分别增长): the names are the
# clause's before, as when 分别 opens it, and the base dates the growths (resp48)
LEAD_BASE = re.compile(rf"\s{{0,2}}{_BASE}")
# the verbs of a fall, one class (vocab.fall_verbs): 下降, 降低, 减少, and 压减, 削减
# (二氧化硫、氮氧化物同比分別削減8.2%、7.6%: 宿迁 2018, dev, growths of −8.2 and −7.6; dec39)
_FALL = fall_verbs()
# a rise in % is a growth after 分别 as in a single clause (全省粮食单产提高2%以上 is read as growth): 粮(liáng)食、
# 油菜单产分别提高2%、3%以上 (贵州 2023 向科技要产能, dev; MISSES-fresh56 row 2); a rise to a level (提高到/至,
# 提升为, 提高达: matched first) is none, as in a single clause (review 41, finding 3)
_GROWTH = ("增长", "提高", "提升", *_FALL)
# a name of a rate of change held within a bound (居民消費(fèi)價(jià)格漲(zhǎng)幅分別控制在5%和3%以內(nèi): 西藏 2025
# report, dev; a single clause 居民消费价格涨幅控制在3%以内 is read as growth): its % is a growth, not a level
_RATE_NAME = re.compile(r"(?:涨幅|漲幅|增幅|增速|增长率|增長率)$")
_KEEP = (None, "达到", "达", "为", "保持在", "稳定在", "控制在")
# the measure of a crop or a land a list of names shares, printed once after its last name (paired_lists.py shares an
# industry's): 粮(liáng)食、油菜单产分别提高2%、3% (贵州 2023, dev), 粮油、蔬菜种植面积分别稳定在100万亩以上、28万亩
# (重庆 2025 农业发展, dev), 粮食、大豆种植面积分别稳定在1亿亩、1800万亩 (内蒙古 2024, dev): 粮食单产, 粮油种植面积…
_CROP_MEASURE = re.compile(r"(?:种植面积|種植面積|播种面积|播種面積|单产|單產|亩产|畝產)$")
# a name that carries a measure of its own (造林面积, 粮食产能, 粮食总产, …率/量/值/额) or names a land counted
# by itself (高标准农田, 耕地) takes none from the last name: 造林面积、粮食播种面积 is no 造林面积播种面积 (review 41,
# finding 4); only a bare crop or product (粮食、油菜单产) does
_MEASURED = re.compile(r"(?:面积|面積|产能|產能|总产|總產|产量|產量|单产|單產|亩产|畝產|产值|產值|规模|規模"
                       r"|[率量值额額数數田地])$")
# residents of a town or a village, named by the class word alone before the last name that spells the measure
# (城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右: 海南 2024 县 report,
# https://nec-driver.com/bhuanan/10093_3.html; 城、鄉居民人均可支配收入分別增長8%、9%: 涪城 2019 report news,
# http://tp.hkcd.com/content_p/2019-02/19/content_70411.html — dev, gold 城镇常住居民…收入, 城居民人均可支配收入): the
# class word takes the measure after the last one's
_CLASSES = r"城镇|城鎮|城市|农村|農村|乡村|鄉村|城区|城區|[城乡鄉]"
_CLASS_WORD = re.compile(_CLASSES)
_RESIDENTS = re.compile(rf"(?:{_CLASSES})(?P<tail>(?:常住)?居民.{{2,20}})")
# a note in brackets (（含经营性和自设性）): its 和/、 separates no names
_NOTE = re.compile(r"[（(][^（）()]{0,30}[）)]")
_NAME = re.compile(r"[^、和及与]+")
_LISTED = re.compile(r"[^、和]+")
_ADVERB = re.compile(r"(?:将|也)$")
# 2023和2025年, 到2023年底和2030年, 2025年、2030年和2035年: two to four years joined, right before the name
_YEARS = re.compile(r"\s{0,2}(?:到|至)?\s{0,2}\d{4}\s{0,2}年?(?:底|末)?"
                    r"(?:\s{0,2}(?:和|、|及|与)\s{0,2}(?:到|至)?\s{0,2}\d{4}\s{0,2}年?(?:底|末)?){1,3}"
                    r"(?<=[年底末])\s{0,2}[,，]?")
_YEAR = re.compile(r"\d{4}")


def respective_parts(previous: str, source: str, at: int, rest: str, plan_year: int | None,
                     opened: tuple[tuple[int, str], int] | None = None):
    """(names, years, verb, values) of ``source`` 分别 ``rest``: one name per value (a single name takes every value),
    the years dating the values in order (or none), the verb (with its base year, if any) and the values; None when
    there are fewer than two values or the names and values do not pair. ``opened``: the sentence (start, text) and
    the clause's start, when 分别 opens the clause: the clauses before it may each name one value."""
    names, years = respective_names(previous, source, at, plan_year)
    verb = _VERB.match(rest)
    values = list(vocab().candidate.finditer(rest, verb.end()))
    if len(names) > len(values) >= 2:  # 半导体及集成电路: 及/与 inside a name; the names split by 、 and 和 alone
        names = respective_names(previous, source, at, plan_year, _LISTED)[0]
    if opened and len(values) >= 2 and (subjects := clause_subjects(*opened, len(values))):
        names = subjects
    if len(names) == 1:
        names *= len(values)
    if len(values) < 2 or len(values) != len(names):
        return None
    # 煤炭、原油、天然气产量: each name with the measure (paired_lists.py), also across 和/及/与 (工业和服务业
    # 增加值, 煤炭和原油产量: resp48; 城镇和农村…居民收入 has no shared measure of output: resident_measure names it)
    names = crop_measure(shared_measure(names))
    names = resident_measure(names)
    if len(years) != len(values) or len({name for name, _ in names}) != 1:
        years = []
    return names, years, verb, values


def respective_names(previous: str, source: str, at: int, plan_year: int | None,
                     split: re.Pattern[str] = _NAME) -> tuple[list, list[int]]:
    """The names before 分别 (each with its offset, split by ``split``) and the years listed before them (empty
    unless all are the plan's year or later)."""
    found = _YEARS.match(source)
    skip = found.end() if found and found.end() < len(source) else 0
    listed = found.group() if skip else (previous if _YEARS.fullmatch(previous) else "")
    years = [int(y) for y in _YEAR.findall(listed)]
    if plan_year is not None and any(y < plan_year for y in years):
        years = []
    masked = _NOTE.sub(lambda m: "·" * len(m.group()), source)
    names = [(_ADVERB.sub("", source[m.start():m.end()]), at + m.start()) for m in split.finditer(masked, skip)]
    return names, years


def crop_measure(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The names, each bare one (a crop or product with no measure word: ``_MEASURED``) given the crop's or land's
    measure the last one closes on (粮食、油菜单产 → 粮食单产, 油菜单产); a name that ends with a measure of its own
    (造林面积, 粮食产能, 粮食总产) or a land (高标准农田) keeps its name."""
    if len(names) < 2 or not (tail := _CROP_MEASURE.search(names[-1][0])) or tail.start() < 1:
        return names
    return [*((n if _MEASURED.search(READING.sub("", n)) else n + tail.group(), at) for n, at in names[:-1]),
            names[-1]]


def resident_measure(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The names, a class word of residents (城镇, 城) given the measure of the last name that names the other class's
    residents (农村常住居民人均可支配收入 → 城镇常住居民人均可支配收入); any other list as it is."""
    if len(names) < 2 or "居民" not in names[-1][0] or not (last := _RESIDENTS.fullmatch(names[-1][0])) \
            or not all(_CLASS_WORD.fullmatch(n) for n, _ in names[:-1]):
        return names
    return [*((n + last.group("tail"), at) for n, at in names[:-1]), names[-1]]


def respective_change(verb: re.Match, unit: str | None, value, top,
                      name: str = "", lead: re.Match | None = None) -> tuple[str, object, object, int | None]:
    """The kind, value, upper bound and base year of one value after ``verb``: a rise or fall in % is a growth
    (a fall negative: 分别下降23%、15% → −23, −15), and so is a % held by a name of a rate of change (``name``: 涨幅
    控制在3%); anything else a level. ``lead``: a base before 分别 (``LEAD_BASE``), dating the change as one after
    it does."""
    said = verb.group("verb")
    year = verb.group("base") or (lead.group("base") if lead else None)
    base = int(year) if year else None
    if unit == "%" and said in _KEEP and ("幅" in name or "速" in name or "率" in name) \
            and _RATE_NAME.search(READING.sub("", name)):
        return "growth", value, top, base
    if said in _GROWTH and unit == "%":
        if said in _FALL:
            value, top = -value, (-top if top else None)
        return "growth", value, top, base
    return "level", value, top, base


_CLAUSE = re.compile(r"[^,，;；:：]+")
_LEAD = re.compile(r"\s{0,2}(?:实现|完成|达到|力争|争取)?")


def clause_subjects(sentence: tuple[int, str], c_start: int, n: int) -> list[tuple[str, int]] | None:
    """The subjects of the ``n`` clauses before a clause that opens with 分别, each stating one value
    (全省接待游客4.3亿人次,实现收入3250亿元,分别增长15%、25%: 全省接待游客, 收入), with their offsets; a verb opening a
    clause (实现, 完成) is no part of its subject. None unless each of the last ``n`` clauses states one value, has a
    subject of two characters at least and no 分别 of its own (…收入分别达36913元和17017元,分别增长7.1%和8.9%: one
    name of parts, read as before)."""
    s_start, text = sentence
    clauses = list(_CLAUSE.finditer(text, 0, max(0, c_start - s_start)))[-n:]
    if len(clauses) != n:
        return None
    found = []
    for c in clauses:
        values = list(vocab().candidate.finditer(c.group()))
        lead = _LEAD.match(c.group())
        if len(values) != 1 or "分别" in c.group() or values[0].start() - lead.end() < 2:
            return None
        found.append((c.group()[lead.end():values[0].start()], s_start + c.start() + lead.end()))
    return found


# names joined by 、/和/及, a verb of change or reaching (after a base, if any), as many values joined by 、/和
_IMPLIED = re.compile(r"(?P<names>[^,;:。!?分]{2,60}?)(?=(?:[比较]\s{0,2}\d{4}\s{0,2}年(?:底|末)?的?\s{0,2})?"
                      rf"(?:增长|达到|{alt(fall_verbs())})\s{{0,2}}\d)")
_VALUE_LIST = re.compile(r"\d(?:\.\d{1,4})?\s{0,2}%(?:以上|左右)?\s{0,2}[、和]\s{0,2}\d")


def implied_respectively(para: Paragraph, clause: str, c_start: int, sentence: int, taken: set[int]) -> None:
    """X、Y、Z比2015年减少A、B、C with no 分别 (化学需氧量、氨氮、二氧化硫、氮氧化物排放量比2015年减少3.52%、3.54%、
    10.17%、9.63%以上: 江西 2019 生态环境目标; 畜禽、奶肉牛饲养量增长4.8%和4.4%: 甘州 2026 政府工作报告 — dev): the
    names are paired with the values in order, as after 分别, when they are as many, at least two, and all in %."""
    if "、" not in clause:
        return
    found = _IMPLIED.match(clause) if _VALUE_LIST.search(clause) else None
    if found is None or not ("、" in found.group() or "和" in found.group()):
        return listed_values(para, clause, c_start, sentence, taken)  # A、B产量x、y: paired_lists.py
    names = [(m.group(), c_start + m.start()) for m in _NAME.finditer(clause, 0, found.end())]
    verb = _VERB.match(clause, found.end())
    values = list(vocab().candidate.finditer(clause[:verb.end() + 80], verb.end()))
    if len(names) < 2 or len(values) != len(names) or any(len(name.strip()) < 2 for name, _ in names):
        return
    for m in values:
        value, unit, _ = value_of(m)
        if value is None or unit != "%" or para.masked[c_start + m.start()]:
            return
    for (name, name_at), m in zip(names, values, strict=True):
        value, unit, top = value_of(m)
        kind, value, top, base = respective_change(verb, unit, value, top, name)
        para.add(name, kind, value, unit, c_start + m.start(), c_start + m.end(), sentence, clause, name_at,
                 base_year=base, cmp=m.group("cmp"), value_max=top)
        taken.add(m.start())
