"""The number that counts a plan's own programmes is part of their name, not a target (the spec's "numbers in
names": 十大产业集群, "111"工程; the corpus README: `十大培训专项`, `“183”行动`, counts of the plan's own goals, domains
or tasks are never targets). Dev pages of eight provinces print the shape, none with a gold target:
- N个/N项 … 行动/计划/专项: `新疆将实施八个专项行动` (新疆 2024 科技工作会议, two passages,
  feiyi.bjrbrm.cn/df/show-67375.html), `大力实施五个倍增计划` (汶上 2025 进展情况表,
  www.wenshang.gov.cn/art/2025/8/1/art_73230_2785759.html), `加快实施8个百里百万计划` (青海 2012,
  chinafeed.com.cn/xumu/201202/10/69622.html), `推进20项健康行动` (健康北京 十四五);
- N大 … 工程/行动/计划/专项: `实施十大专项行动` (黑龙江 2025 避暑旅游), `全面开展10大专项行动` (楚雄),
  `精准实施十大培训专项` (河南), `实施八大工程` (中办 2022 乡村建设行动), `等五大工程` (蕲春 农村公路),
  `落實…等十大工程` (福州 2021).
A count of works (工程) with 个/项 is a target: `实施165个农村饮水水源保障工程` (重庆 2025 民生实事),
`再开工20项重大水利工程` (国办 2016), `新建430个农民体育健身工程` (贵州 2020) — so 工程 is read only after 大.
A programme's projects are counted works too: `50项重点研发计划项目` (河北 2019, gold) — 计划/专项/行动 before
项目, 资金, 任务… is no name's end."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.targets.common import clean_texts
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.listed_counts import count_value, cued, without_found

# What marks a line to read, found in one scan of the joined text (either script; a mirror's readings aside): a
# measure word or 大 right after a count (_COUNT_ENDS), then a programme's word (a scan opening with the count's digit
# class cost twice as much). No measure word in the gap, so that 大力实施五个倍增计划 is found at its count.
_CUE = re.compile(r"[个個项項大][^,,。;;、\n个個项項大]{0,10}?(?:行动|行動|计划|計劃|专项|專項|工程)")
# _CUE as five scans, each opening with its literal: the re module skips to a literal far faster than it tests a class
# at every position (a third of the time on the seeds; spd54). The lines they mark are _CUE's: no gap holds a measure
# word, so a match never holds the start of another that counts (the 项 of 专项 follows 专, no count).
_CUE_HEAD = "[个個项項大]"
assert _CUE.pattern.startswith(_CUE_HEAD)  # the scans below are _CUE's tail after each of its head's words
_CUES = tuple(re.compile(re.escape(word) + _CUE.pattern[len(_CUE_HEAD):]) for word in _CUE_HEAD[1:-1])
_COUNT_ENDS = "0123456789一二两兩三四五六七八九十"
_NUMBER = r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})[ \t]*"
_WORDS_BETWEEN = r"[^,,。;;、::“”\"\d\s]{0,10}?"
# what a programme's name does not run into: its projects, funds, tasks (50项重点研发计划项目: a count of projects)
_NOT_END = r"(?!项目|资金|任务|债|基金|投资|经费|单位|指标|名额|内|外|生育|不便)"
# 专项 ends a name only at the clause's end (十大培训专项。); before a noun it qualifies one (9个专项工作组: bodies set
# up, 西乡 2015, dev — not read here)
# 计划 after a word of drafting or of a year's work names plans to be made, not a programme (完成30个村庄规划编制计划,
# 制定3个年度工作计划: the count is the commitment; review 35)
_END = rf"(?:行动|(?<!编制)(?<!工作)(?<!年度)计划|专项(?=[,,。;;、))\s]|$)){_NOT_END}"
_NAME = re.compile(rf"{_NUMBER}(?:[个项]{_WORDS_BETWEEN}{_END}|大{_WORDS_BETWEEN}(?:工程{_NOT_END}|{_END}))")


def name_numbers(targets: list[Target], index: LineIndex) -> list[Target]:
    """``targets`` without those whose number counts programmes named as the plan's own (八个专项行动, 十大工程).
    Reads only the lines that hold ``_CUE`` (``index``)."""
    if not targets:
        return targets
    held = cued(index, *_CUES, after=_COUNT_ENDS)
    if not held:
        return targets
    found: list[tuple[int, int]] = []  # (where the number is printed, its value)
    for text, printed in clean_texts(held, None):
        for m in _NAME.finditer(text):
            n = count_value(m.group("n"))
            if n is not None:
                found.append((printed(m.start("n"), m.end("n"))[0], n))
    if not found:
        return targets
    return without_found(targets, found)
