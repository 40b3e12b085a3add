"""A count that closes a list naming every item it counts is a count of listed items, not a target (the spec's
"not targets"; the corpus README's "Counts after a list" and its `等N个` convention: 5 names of 5 → none, 2 names of
15 → a target). A list that names fewer items than its count leaves the number a commitment (`干塘等6座水库`, and each
dev gold target of `等N`), so the names are counted, never assumed. Read: a list closed by 等
(`A、B、C等3个X`) and 包括…在内的N个. Names split as the spec splits lists (、 和 及 以及 与); a name holding its own
、 inside brackets or quotes is one name.
The count reader already refuses most of these (count_candidate: `湖田中学、伯塘中学等2所`); this post-filter holds
for every reader and counts bracketed and quoted names as one. Dev pages of different places print the shape with
every name: `汽模配、纺织服装、功能材料、绿色能源、海洋生物等5个百亿级产业集群` (象山 产业集群,
m.163wenku.com/p-7149484.html), `电子信息、新材料、先进装备制造、生物医药、绿色食品、新能源等6条重点产业链` (吉安 2024),
and with no 等 `轻工食品、机械制造、冶金建材、电子信息4个两千亿元产业` (福州 2019,
izzymizzy.com/news/fj/fz/201903/25/1727692.shtml: the count reader's).
A list whose clause a verb of contents opens (包括了, 设置了, 涵盖) names what a text or a list holds: its count is the
items announced however many it names (invented44: 铜梁 2022 `设置了…等8个专栏`, 宁波 2025 `包括了…等15个项目`;
tests/extract/test_invented44_contents_lists.py)."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import clean_texts
from kechuang.extract.targets.cue_lines import LineIndex

# What marks a line to read, each found in one scan of the joined text (either script; a mirror's readings aside): 等
# before a count, 包括…在内 (each pattern opening with a word, so that the engine skips to it), and one named count
# (_ONE: 1个/一个 found by str.find, then 亿 in the line). A list closed by 和 with no 等 (`A、B和C3家众创空间`) is left
# to the count reader, which refuses it (count_parts.LIST_CLOSED): a third scan for it cost 0.3 % of a pass.
_CUES = (re.compile(r"等[ \t]*[\d一二两兩三四五六七八九十]"), re.compile(r"在[内內]"))
ONE_WORDS = ("1个", "一个", "1個", "一個")
_DIGITS = "一二两三四五六七八九十"
# A list's closing word (等, 在内/在内的) and its small count with a measure word.
_CLOSED = re.compile(rf"(?:等|在内的?)[ \t]*(?P<n>\d{{1,3}}|[{_DIGITS}]{{1,3}})[ \t]*"
                     r"(?:个|家|所|座|项|条|处|名|类|支|种|片|大|间|栋|幢|段)")
_CLAUSE_MARK = "，,。;；:：!！?？\n"
_OPEN, _CLOSE = "(（“‘《「【[", ")）”’》」】]"
_SEPARATORS = "、和及与"
_REACH = 160  # a list opens at most this far before its count
# Words that hold 和/及/与 and join nothing (省级宜居宜业和美乡村2个: 宝应 2025, dev, a target of 2 个).
_WORDS_OF_AND = frozenset(("和美", "和谐", "和平", "祥和", "共和", "和睦", "人和", "及时", "普及", "涉及", "参与",
                           "给与", "与会"))
_FLOOR = ("以上", "左右", "以内", "及以上")
# A verb of contents opening the list's clause (invented44): the list is what a text or a list holds, its count the
# items it announces, whatever number of them it names (`设置了…加油站规划布局等8个专栏`, 7 names: 铜梁 2022 商务
# 十四五 解读; `包括了 交通“安全”畅行、噪声污染整治、老年人暖心服务等15个项目`: 宁波 2025 民生实事 news). A verb of
# work after it (`包括抓好东风本田四厂等200个以上…`: 湖北 2022, gold) names one item and a floor: a commitment.
_CONTENTS = re.compile(r"\s{0,2}(?:包括|包含|涵盖|设置|设有)了?\s{0,2}[:：]?(?![抓推实建开加培打完新发引创提])")
# One name run straight into its count of one and a size class, beside other classes' named counts: `培育形成临港装备1个
# 五百亿级产业集群,汽模配、纺织服装、功能材料、绿色能源、海洋生物等5个百亿级产业集群` (象山 产业集群,
# m.163wenku.com/p-7149484.html), `“142产业集群”(即纺织化纤1个三千亿元产业,轻工食品、机械制造、冶金建材、电子信息4个
# 两千亿元产业,…)` (福州 2019, izzymizzy.com/news/fj/fz/201903/25/1727692.shtml) — both dev, no gold target. A verb
# before the count (打造1个千亿级产业集群, 形成一个…) leaves a commitment: the character before it is a name's.
_ONE = re.compile(r"(?<=[\u4e00-\u9fff])(?:1|一)个(?=(?:[一二两三四五六七八九十百千万]|\d{1,4}){1,4}亿元?级?)")
_VERB_ENDS = frozenset("造建设成施育进增有现引创展大强焦争定选到达动新划共约各即为是")
# Verbs of a project's stage whose last character also ends names (开工, 竣工: 化工; 落地: 基地; 投产: 物产),
# so they are told by the whole word. Plans count projects right after them: 北京老旧小区改造今年计划开工300个
# (app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6472898&typeid=68), 全年新开工77个、竣工63个
# (gmntv.com/edu/1910602.html), 开工25个、竣工11个 (www.xjnnet.com/e/wap/show.php?classid=189&id=127690),
# 签约…等16个重点项目 (v-cnc.com/s-70090.html) — all dev. So 新开工1个百亿级项目 commits one project, it is no
# name's count of one (review 35); 落地 and 投产 are the stages the same plans name beside them.
_VERB_WORDS = ("开工", "竣工", "签约", "落地", "投产")


def count_value(number: str) -> int | None:
    """``number`` as an integer (12, 十二, 二十, 两), None when it is no plain count."""
    if number.isdigit():
        return int(number)
    values = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    if "十" not in number:
        return values.get(number) if len(number) == 1 else None
    tens, _, ones = number.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (values.get(tens, 0) if tens else 1) * 10 + (values.get(ones, 0) if ones else 0)


def _clause_start(text: str, end: int) -> int:
    """Where the clause of the list closing at ``end`` opens: after its clause mark, at most ``_REACH`` back."""
    start = max(0, end - _REACH)
    for k in range(end - 1, start - 1, -1):
        if text[k] in _CLAUSE_MARK:
            return k + 1
    return start


def _names(text: str, end: int) -> int:
    """The count of the names of the list that closes at ``end`` in ``text``; 0 when the clause is no list of names: a
    number outside brackets and quotes (`国家4A级旅游景区3个、3A级旅游景区2个`: a list of counts; `1、完成2所…`: an
    item's number), a 分别/各 (each name its own count), or a separator at its end. The list opens after the clause's
    mark (at most ``_REACH`` characters back)."""
    start = _clause_start(text, end)
    if end <= start or text[end - 1] in _SEPARATORS or "分别" in text[start:end] or text[end - 1] == "各":
        return 0
    depth, separators = 0, 0
    for k in range(start, end):
        c = text[k]
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif c.isdigit():
            return 0
        elif c in _SEPARATORS and k > start and text[k - 1:k + 1] not in _WORDS_OF_AND \
                and text[k:k + 2] not in _WORDS_OF_AND:
            separators += 1
    return separators + 1


def contents_listed(text: str, end: int) -> bool:
    """Whether the list closing at ``end`` in ``text`` opens its clause with a verb of contents (包括了, 设置了, 涵盖):
    a text or a list naming what it holds (module note, invented44)."""
    return _CONTENTS.match(text, _clause_start(text, end), end) is not None


def cued(index: LineIndex, *cues: re.Pattern[str], after: str = "") -> list[Line]:
    """The lines of ``index`` in which one of ``cues`` finds something (none across a line break), in order, each
    once: one scan of the joined text per cue, the lines' starts summed only when something is found. ``after``: when
    given, only a find right after one of its characters counts."""
    lines, starts, found, joined = index.lines, None, set(), index.joined
    for cue in cues:
        for m in cue.finditer(joined):
            if after and (m.start() == 0 or joined[m.start() - 1] not in after):
                continue
            if starts is None:
                starts = list(accumulate([len(line.text) + 1 for line in lines], initial=0))
            found.add(bisect.bisect_right(starts, m.start()) - 1)
    return [lines[k] for k in sorted(found)]


def listed_counts(targets: list[Target], index: LineIndex) -> list[Target]:
    """``targets`` without those whose number counts the items of a list that names them all. Reads only the lines
    that ``_CUES`` or ``ONE_WORDS`` mark (``index``)."""
    if not targets:
        return targets
    held = cued(index, *_CUES)
    ones = [line for line in index.holding(ONE_WORDS) if "亿" in line.text or "億" in line.text]
    if ones:
        held = sorted({id(line): line for line in held + ones}.values(), key=lambda line: line.start)
    if not held:
        return targets
    found: list[tuple[int, int]] = []  # (where the count is printed, its value)
    for text, printed in clean_texts(held, None):
        if "亿" in text:
            found.extend((printed(m.start(), m.start() + 1)[0], 1) for m in _ONE.finditer(text)
                         if text[m.start() - 1] not in _VERB_ENDS and not text.endswith(_VERB_WORDS, 0, m.start()))
        for m in _CLOSED.finditer(text):
            n = count_value(m.group("n"))
            if n is None or n < 2 or text.startswith(_FLOOR, m.end()):
                continue  # 重大项目2个以上: a floor, a commitment
            end = m.start()
            if text.startswith("在内", end) and text.rfind("包括", max(0, end - _REACH), end) < 0:
                continue
            names = _names(text, end)
            if names == n or (names > 1 and contents_listed(text, end)):
                found.append((printed(m.start("n"), m.end("n"))[0], n))
    if not found:
        return targets
    return without_found(targets, found)


def without_found(targets: list[Target], found: list[tuple[int, int]]) -> list[Target]:
    """``targets`` without those whose quote prints one of ``found``'s numbers (where it is printed, its value) as
    their value, a single value (a range is read as a range, not as the count)."""
    found.sort()
    starts = [s for s, _ in found]
    out = []
    for t in targets:
        k = bisect.bisect_left(starts, t.start)
        while k < len(found) and found[k][0] < t.end and not (
                isinstance(t.value, (int, float)) and t.value == found[k][1]):
            k += 1
        if k < len(found) and found[k][0] < t.end and t.value_max is None:
            continue
        out.append(t)
    return out
