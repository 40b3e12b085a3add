"""The terms of a reward rule: a clause followed by a clause that grants the reward (…年产值超10亿元的,给予一次性
奖励300万元; 固定资产投资额达100亿元及以上的重大项目,市财政按固定资产投资额的5%予以扶持; 县财政对验收合格的…厕所
1座,给予1500元经费补助) names who is rewarded: its numbers are conditions, not outcomes the plan commits to (the spec's
"policy parameters"; tests/fixtures/real/README.md, twenty-seventh batch). Dev pages of the family: 嵊州 2022
工业经济政策 (年銷售收入首次突破 1000 萬元、…1 億元的,分別給予…); 福州 2019 若干措施
(izzymizzy.com/news/fj/fz/201903/25/1727692.shtml); 汉中 2021 工业倍增 (letaoli.net/3045.html); 广州 2025
低空经济资金 (eptb.org.cn/news/1986842126733938688); 肥西 2019 改厕 (m.yybnet.net/hefei/feixi/201904/9001077.html).
No gold target of the dev split stands in such a clause (round 26)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.printed_words import char_forms
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.readings import Readings
from kechuang.extract.targets.spans import outside

# A cheap test over the page before it is simplified: every grant verb below holds one of these characters, in
# either script (给予 予以 奖励 补助 奖补; 給予 獎勵 補助 獎補); most pages grant nothing
# (tests/extract/test_pattern_forms.py holds the gate to the pattern).
MAY_GRANT = re.compile(r"[予励勵补補]")
GRANT_VERB = re.compile(r"给予|奖励|补助|奖补|予以")
_GRANT_WORDS = tuple(GRANT_VERB.pattern.split("|"))  # the verbs, found in the page as printed (printed_words)
# ...as the two characters of any of their printed forms (給予, 奬勵, 獎補), found around each of MAY_GRANT's
# characters, which every verb holds: a search of a page for each such character is faster than a scan by a class of
# first characters (the matches of printed_words(_GRANT_WORDS): test_speed29's reference)
assert all(len(word) == 2 for word in _GRANT_WORDS)
_GRANT_FORMS = frozenset(a + b for word in _GRANT_WORDS for a in char_forms(word[0])
                         for b in char_forms(word[1]))
_GRANT_ANCHORS = MAY_GRANT.pattern.strip("[]")
assert all(any(c in word for c in _GRANT_ANCHORS) for word in _GRANT_FORMS)
# What stands between the comma and the verb, read back from the verb: a payer (市财政, 县政府: no number, no
# punctuation), a rate of the grant (按固定资产投资额的5%, 按该企业2019年产值较2018年增量每1000万元), an adverb
# (分别, 一次性, 再, 可). No part crosses a comma, so only the last comma before the verb can open it.
_LEAD = re.compile(r"[,,]\s*(?:(?![对并])[^\d\s,,;;。::、()()]{1,6}?)?(?:按[^,,;;。]{1,32}?)?(?:分别|一次性|再|可)*$")
_LEAD_REACH = 48
# A condition clause qualifies its recipients: it ends with a qualifier (…超10亿元的, …达100亿元及以上的重大项目: the
# numbers before its last 的; a bracket may close it: …的企业(不含新投产企业)) or opens with the recipients' 对
# (县财政对验收合格的…厕所1座). A clause that states a count and no qualifier (新建10个服务站,每个给予5万元补助) stays a
# commitment.
_QUALIFIED = re.compile(r"的[^的,,;;。()()]{0,8}(?:[((][^()()]{0,16}[))])?$")
# The recipients' 对 opens the clause or follows its payer (县财政对, 对年营业收入…: the dev shapes above), is no word
# of its own (对外, 对标, 对口, 对接, 对照…) and qualifies its recipients with a 的 or counts them per unit (对市级
# 众创空间每培育一家国家高新技术企业,奖励运营单位5万元: 福州高新区 2018, qyxmbt.com/fj/fz267/4504.html, dev). A 对
# after a verb (完成对200户农村危房的改造) or with neither (对全县120个行政村实施…整治) acts on the plan's own objects:
# the clause stays a commitment (review 3).
_TO_WHOM = re.compile(r"\s*(?:[^\d,,;;。]{0,4}?(?:财政|政府))?对(?![外标口接照比象应于此])"
                      r"[^,,;;。]*[的每]")
# The recipients' clause run into its grant with no comma (invented44): its last 的, the recipients (no number,
# no mark: 民营企业, 高校毕业生), an adverb, the verb — 对…50亿元的民营企业分别一次性奖励 (凤台 2024),
# 对创业的在校大学生和毕业5年内的高校毕业生给予 (眉山 2017). The clause is the 对 one of ``_TO_WHOM`` (a payer
# before it at most), and only its figures before that 的 are conditions: 对符合条件的1000户困难群众给予 counts its
# recipients (no lead: a number).
_BARE_LEAD = re.compile(r"的[^\d\s的,,;;。::、()()]{1,8}?(?:分别|一次性|再|可)*$")
# Where the condition clause starts: the clause mark before it, or a blank line (a line break alone is a page's wrap).
_CLAUSE_MARK = re.compile(r"[,,;;。!!??::]|\n\s*\n")
_REACH = 160  # a condition clause is a clause: no longer than this


def _verb_starts(page: str) -> list[int]:
    """Where the grant verbs of ``page`` start, as printed_words(_GRANT_WORDS).finditer finds them: each two
    characters of a verb's printed form, left to right, none overlapping the one before."""
    found = set()
    for anchor in _GRANT_ANCHORS:
        at = page.find(anchor)
        while at >= 0:
            if at and page[at - 1:at + 1] in _GRANT_FORMS:
                found.add(at - 1)
            if page[at:at + 2] in _GRANT_FORMS:
                found.add(at)
            at = page.find(anchor, at + 1)
    out, end = [], 0
    for at in sorted(found):
        if at >= end:
            out.append(at)
            end = at + 2
    return out


def reward_conditions(lines: list[Line], targets: list[Target], printed: str | None = None) -> list[Target]:
    """``targets`` without those inside the condition clause of a reward rule. One pass over the page's text;
    ``printed``: the lines' texts joined by line breaks, when the caller has joined them already."""
    if not targets:
        return targets
    if printed is None:
        printed = "\n".join(line.text for line in lines)
    if not MAY_GRANT.search(printed):
        return targets
    # a mirror's phonetic readings (园区(qū)分别一次性给予) are read through, as the paragraph reader does; the spans
    # found are given back in the printed page's offsets
    readings = Readings.of(Line(0, 0, len(printed), printed, False))
    spans = condition_spans(readings.line.text if readings else printed)
    if readings:
        spans = [readings.span(lo, hi) for lo, hi in spans]
    return outside(targets, spans)


def condition_spans(page: str) -> list[tuple[int, int]]:
    """The spans of ``page`` that state the conditions of a reward rule, one per grant verb that has one."""
    spans = []
    # the verbs found as printed (給予 for 给予: printed_words), and only the reach before each translated, one for one
    # (offsets hold): the same text as the page's translation, without translating the page
    for verb in _verb_starts(page):
        lo = max(0, verb - _LEAD_REACH - _REACH)
        text, at = simplified_all(page[lo:verb]), verb - lo
        lead = _LEAD.search(text, max(0, at - _LEAD_REACH), at)
        if not lead:
            if (bare := _BARE_LEAD.search(text, max(0, at - _LEAD_REACH), at)) and (
                    span := _recipients_clause(text, bare.start())):
                spans.append((lo + span[0], lo + span[1]))
            continue
        comma = lead.start()
        window = text[max(0, comma - _REACH):comma]
        marks = [b.end() for b in _CLAUSE_MARK.finditer(window)]
        start = comma - len(window) + (marks[-1] if marks else 0)
        clause = text[start:comma]
        if _TO_WHOM.match(clause):
            spans.append((lo + start, lo + comma))
        elif qualified := _QUALIFIED.search(clause):
            spans.append((lo + start, lo + start + qualified.start()))
    return spans


def _recipients_clause(text: str, de: int) -> tuple[int, int] | None:
    """The span of ``text`` from its clause's start to ``de`` (the 的 before the recipients) when that clause opens with
    the recipients' 对 (``_TO_WHOM``); None otherwise."""
    window = text[max(0, de - _REACH):de]
    marks = [b.end() for b in _CLAUSE_MARK.finditer(window)]
    start = de - len(window) + (marks[-1] if marks else 0)
    return (start, de) if _TO_WHOM.match(text, start, de + 1) else None
