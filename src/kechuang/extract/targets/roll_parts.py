"""The parts of a roll of projects that are no targets (roll66; tests/fixtures/real/MISSES-fresh65.md, row 1).

A yearly project plan totals its roll (`共安排重大工程正式项目67个`) and then breaks it down after `其中`: by place
(`其中，嘉定新城30个、北虹桥16个`), by the share of the roll (`…区域项目数量占比约67%`, `其中,投向新兴产业项目占比
52.3%、制造业项目占比61.1%`), by status. Like the roll itself (project_rolls.py) these size the list and commit to
nothing. So does a count of projects named by a state, under way or on file (`在建项目24个`, `在建2个`, `全年在建在库
项目86个`, `续建项目N个`): a stock of the list, not an outcome of the year. The commitments printed beside them
(`计划新开工项目27个`, `计划建成9个`, `新开工`, `竣工`) stay read: a place part stops at the first clause naming one.

Family (dev): 嘉定 2025 and 2026 重大工程建设计划 (shanghai.gov.cn businessId=5_185337 and 5_195257), 滨海 2017 (the
`其中,人才引进项目11个,…` parts, read by project_rolls' part rule), 安徽 2025 第四批开工 news (m.boeeee.com/ywbb/p/
128237.html: the shares), 云龙 2025 report (dalidaily.com/xs/ylx/2026/0119/64656.html: `全年在建在库项目86个`).
A state count led by a commitment or a goal (`完工…9个续建老旧小区改造项目`, `力争在建项目100个`) stays: the state word
must open its clause.

Every pattern is bounded; a line is searched only when it holds the state words, 占比 or 其中. Linear."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.targets.commitment import ROLL_COMMITTED

# a count of projects named by a state, opening its clause: 、在建项目24个 / ,全年在建在库项目86个 / 、在建2个
_STATE = re.compile(r"(?:^|[,，、;；:：。])\s{0,2}(?:其中\s{0,2}[,，:：]?\s{0,2})?(?:全年|年内|目前|当前|现有)?"
                    r"(?:[在续]建|在库){1,3}(?:的)?(?:重大|重点)?(?:工程)?(?:项目)?\s{0,2}(\d+)\s{0,2}[个项](?=$|[,，、;；。])")
STATE_WORDS = ("在建", "续建", "在库", "續建", "在庫")  # as printed (the line is simplified after this test)
# a share of the roll: 项目占比52.3% / 项目数量占比约67% (the name holds 项目; bounded gap)
_SHARE = re.compile(r"项目[^\d,，。;；、:：]{0,6}?占比\s{0,2}[约近超达为]{0,2}\s{0,2}(\d+(?:\.\d+)?)\s{0,2}%")
# one place part after 其中: a short name and its count, the name holding no number and no separator
_QUOTA = re.compile(r"\s{0,2}([^\d,，、;；:：。\n]{1,10}?)\s{0,2}(\d+)\s{0,2}[个项](?=$|[,，、;；。])")
_OPENS = re.compile(r"[。,，]?\s{0,2}其中\s{0,2}[,，:：]?")
_SENTENCE_END = re.compile(r"[。!！?？]")
# not common.CLAUSE_END: the count's clause ends where a 其中 may follow it (``_OPENS``: after 。 , or ;), a colon
# opening the parts after 其中 (其中:…) rather than ending the count's clause
_CLAUSE_END = re.compile(r"[,，。;；]")


def state_counts(text: str) -> list[int]:
    """The offsets (in ``text``, a simplified line) of the counts of projects named by a state (在建, 续建, 在库)."""
    if not any(w in text for w in STATE_WORDS):
        return []
    return [m.start(1) for m in _STATE.finditer(text)]


def roll_breakdown(text: str, counts: list[int]) -> tuple[list[int], list[int]]:
    """The offsets (in ``text``) of the place parts (个, 项) and of the shares (%) that break down a roll whose count
    is at one of ``counts`` (the rolls dropped by project_rolls): read from the 其中 right after the count's clause or
    sentence to the end of that 其中's sentence. Each part and each sentence is read once (review 31's line of
    rolls)."""
    if "其中" not in text or not counts:
        return [], []
    parts: list[int] = []
    shares: list[int] = []
    seen = -1  # the end of the last 其中 read, and of the last part chain
    scanned = -1  # the sentence end whose shares were read: one scan per sentence (a line of rolls stays linear)
    clauses = [m.start() for m in _CLAUSE_END.finditer(text)]
    sentences = [m.start() for m in _SENTENCE_END.finditer(text)]
    for at in sorted(counts):
        # 安排重大项目13个，其中… / 项目67个。其中，… (the clause's end) / 项目587个,总投资…。其中,… (the sentence's)
        ends = [e[k] for e in (clauses, sentences) if (k := bisect.bisect_left(e, at)) < len(e)]
        opened = None
        for end in ends:
            if (opened := _OPENS.match(text, end)) is not None:
                break
        if opened is None or opened.end() <= seen:
            continue
        seen = opened.end()
        k = bisect.bisect_left(sentences, opened.end())
        stop_at = sentences[k] if k < len(sentences) else len(text)
        pos = opened.end()
        while pos < stop_at:  # the place parts: NAME N个、NAME N个 (a bounded chain, one match per part)
            m = _QUOTA.match(text, pos)
            # (a commitment or a verb in a part's name: the part is a commitment, 计划新开工2个, or no place)
            if m is None or m.end() > stop_at or ROLL_COMMITTED.search(m.group(1)):
                break
            parts.append(m.start(2))
            if not text.startswith("、", m.end()):
                break
            pos = m.end() + 1
        seen = max(seen, pos)  # a later 其中 inside this chain opens no second one
        if stop_at != scanned:
            scanned = stop_at
            shares += [m.start(1) for m in _SHARE.finditer(text, opened.end(), stop_at)] if "占比" in text else []
    return parts, shares
