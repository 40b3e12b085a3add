"""Funds a body arranges or sets up (tests/fixtures/real/README.md, twenty-ninth batch; round 27):
`县财政2023年统筹安排资金37.4亿元` (苍南 2023), `2018—2021年累計安排各類支持工業發展的專項資金不低于30億元`
(西安 2018), `设立2.43亿元推动工业强市发展专项引导资金` (淮安 2022) are money put into a policy — the
spec's policy parameters, the twenty-seventh batch's fund allocations (`每年安排2000万元作为以奖代补资金`)
— not an outcome the plan commits to. An investment to complete (`年內完成投資2億元`) is one and is
not touched, nor are funds to win: a clause holding 争取 (`争取…资金200万元以上`, `争取中央和省安排资金5000万元`).
安排 needs a body that funds before it (财政, 统筹, 累计, 每年, 将): `进度安排:` is a label; a fund to set up after
力争/确保 in its sentence is a goal. Money put into a policy is also the cap of a grant, named by the grant's money or
by the unit it is paid to: `单个项目不超过50万元` (凤台 2024), `自然年度扶持总额不超过5000万` and
`若申请合规项目扶持总额超过5000万` (广州 2025, dev) — the spec's `给予最高50万元补助`; a limit on an outcome
(`超过1.7万亿元`, `累计实际利用外资超过160亿美元`) names no grant and stays; 超过 caps only a grant's named total,
never a unit's level (`每个企业年均研发投入超过200万元` is a goal). The clause that holds the amount (from the last
`,` `;` `。` `、` or colon before it) gives no target (review of 2026-12-03, finding 3)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import gated_texts
from kechuang.extract.targets.spans import outside

# cheap test of a line, either script (cue_lines._ANY holds the same words). 经费 gates a line too (invented45):
# a line naming 经费 before its amount and no 资金 (拨付了首期资助经费共计人民币464万元: 海门; 共需经费约400万元:
# 虹口 2026) was never read by ``_NAMED_FUNDS``, which names it
FUNDING_GATE = re.compile(r"资金|資金|经费|經費|超过|超過|最高")
_AMOUNT = r"\d{1,9}(?:\.\d{1,4})?[ \t]*[万亿]?元"
_MONEY = r"\d{1,9}(?:\.\d{1,4})?[ \t]*(?:[万亿]元?|元)"
_CAP = r"[^,,。;;、\n\d]{0,6}?(?:不超过|不高于|最高|上限)[^,,。;;、\n\d]{0,4}" + _MONEY
# 超过 is a floor, a cap only of a grant's named total (若申请合规项目扶持总额超过5000万: 广州 2025), never of a unit's
# level (每个企业年均研发投入超过200万元 is a goal).
_GRANT_CAP = r"[^,,。;;、\n\d]{0,6}?(?:不超过|不高于|超过|最高|上限)[^,,。;;、\n\d]{0,4}" + _MONEY
# 安排 by a body that funds (县财政, 统筹, 累计, 每年, 将): 进度安排 and 工作安排 are labels, not funds.
# (each leading group of words written out as branches of their own, in order: an alternation whose every branch opens
# with a literal is scanned by its first characters, one opening with a group is tried at every position; the same
# matches, tests/extract/test_speed32_spd36.py)
_ARRANGED = r"[ \t]*安排[^,,。;;、\n]{0,24}?资金[ \t]*(?:不低于|不少于|超过|约|近)?[ \t]*" + _AMOUNT
_NAMED = ("资金", "資金", "经费", "經費")  # the opening of a match of funds named right before their amount
_NAMED_TAIL = r"(?:总额)?[ \t]*(?:为|約|约|共计|共|达)?[ \t]*(?:人民币)?[ \t]*" + _AMOUNT
_BODIES = ("财政", "统筹", "累计", "每年", "年均", "集中", "本级", "将")  # who arranges funds (安排 after them)
_FUNDS = re.compile("|".join(body + _ARRANGED for body in _BODIES)
                    + r"|设立[ \t]*" + _AMOUNT + r"[^,,。;;、\n]{0,24}?资金"
                    # the cap of a grant: 单个项目不超过50万元, 扶持总额不超过5000万
                    + "".join(f"|{payer}(?:总额|额度|金额|资金)" + _GRANT_CAP
                              for payer in ("扶持", "补助", "奖励", "奖补", "资助", "补贴"))
                    + "".join(f"|{unit}(?:项目|企业)" + _CAP for unit in ("单个", "每个")))
# Funds named right before their amount (tail50; dev): 共匹配资金6019.7万元 (滨海 2017), 计划统筹中央和自治区资金约
# 65亿元 (广西 2023 中小学幼儿园), 人才项目受助资金总额为1160万元 (海门), 涉及项目资金6590万元 (文山 七乡人才),
# 签约资金18亿元 (临洮 2023), 发放稳岗返还资金1389亿元 (人社部 十四五). A pattern of its own (``_FUNDS`` keeps the
# language spd36 pinned), one branch per word, each opening with its literal.
_NAMED_FUNDS = re.compile("|".join(word + _NAMED_TAIL for word in _NAMED))
# A clause ends at , ; 。 and at 、 (研发机构达到80家、安排…资金: the count is a clause of its own) or a colon: not
# common.CLAUSE_END, whose clauses go on over 、.
_CLAUSE_END = re.compile(r"[,,。;;、::]")
_TO_WIN = "争取"  # funds to win (争取…安排资金, 争取…扶持资金超过5000万元) are a target
# …and so are funds brought in (引进市外到位资金100万元: 郧西 2013, dev) and research spending
# (研发投入奖补资金200万元以上: 岳阳县, dev; 研发经费 is an indicator of its own), funds to complete (年底前完成
# 技改资金3000万元: test_target_fixg) and funds set up (区财政设立中小企业发展专项资金500万元: seed 001): a clause
# of funds named right before the amount that holds one of these words keeps its target
_LOOK_BACK = 60  # how far back in its clause or sentence a named fund's keeping word is sought
# Funds brought in or put to work as a year's goal keep theirs too (review 37: 招商引资到位资金100亿元, 新增到位资金,
# 引导社会资本投入资金, 落实产业扶持资金, 融资资金, 新增贷款资金 — the 政府工作报告's yearly goals), and any named fund
# a goal verb (力争, 确保, 达到, 实现) leads.
_KEPT_FUNDS = re.compile(r"引进|引入|引進|研发|研發|研究与试验发展|研究與試驗發展|完成|设立|設立"
                         r"|引资|引資|到位|投入|落实|落實|融资|融資|贷款|貸款|力争|力爭|确保|確保|达到|達到|实现|實現")
# ...but not money already paid out, counted by 累计/共 before a verb of paying (2022年累计发放贷款资金45亿元,
# 全年共落实各类扶持资金2.3亿元), nor the funds of a condition (达到拨付条件的专项资金5000万元: its 达到 reaches the
# condition, not the amount), unless a goal verb leads (review 38, finding 8).
_TALLY = re.compile(r"(?:累计|累計|共计|共計|共)已?(?:发放|發放|落实|落實|拨付|撥付|兑现|兌現|下达|下達)")
_CONDITION = "条件"
_PROGRAMME = ("计划", "計劃")  # a keeping word that opens a programme's name (引进计划)
# (Not commitment.PLEDGE, on purpose: 争取 before a fund is a fund to win (``_TO_WIN``), no goal of the plan; and the
# lines are read as printed, so a goal verb is listed in either script.)
_GOAL = re.compile(r"力争|力爭|确保|確保")
# A fund to set up after 力争/确保 in its sentence is a goal (力争全年新增贷款80亿元、设立5亿元产业发展基金资金).
_COMMITTED = re.compile(r"力争|确保")
_SENTENCE_END = re.compile(r"[。!!??]")


def funding_clauses(lines: list[Line], targets: list[Target], cued: list[Line] | None = None) -> list[Target]:
    """``targets`` without those of a clause that arranges or sets up funds or caps a grant. One pass over the lines
    that hold 资金, 超过 or 最高 (``cued``, if already found: targets/cue_lines.py)."""
    if not targets:
        return targets
    spans = []
    for start, text in gated_texts(lines, FUNDING_GATE) if cued is None else gated_texts(cued, None):
        clause_start, ends = 0, _CLAUSE_END.finditer(text)
        sentence_start, stops = 0, _SENTENCE_END.finditer(text)
        end, stop = next(ends, None), next(stops, None)
        found = list(_FUNDS.finditer(text))
        if "资" in text or "經" in text or "经" in text:
            found = sorted(found + list(_NAMED_FUNDS.finditer(text)), key=lambda m: m.start())
        for m in found:
            while end is not None and end.end() <= m.start():  # the clause opens after the last mark before it
                clause_start, end = end.end(), next(ends, None)
            while stop is not None and stop.end() <= m.start():
                sentence_start, stop = stop.end(), next(stops, None)
            # (every look back bounded: a line of many clauses and no mark must not be read again per amount; a copy
            # of the clause per amount took 170 s on a 4.7 MB line of 实现到位资金1亿元, review 38, finding 10)
            if text.find(_TO_WIN, max(clause_start, m.start() - _LOOK_BACK), m.end()) >= 0:
                continue
            if m.group()[:2] in _NAMED and (
                    _kept(text, max(clause_start, m.start() - _LOOK_BACK), m.start(), m.end())
                    or text.find(_TO_WIN, max(sentence_start, m.start() - _LOOK_BACK), m.end()) >= 0):
                continue  # 全年争取专项债券、超长期特别国债等政策性资金5亿元 (盐都 2026, dev): 、 ends no win
            if m.group().startswith("设立") and _COMMITTED.search(text, sentence_start, m.start()):
                continue
            spans.append((start + clause_start, start + m.end()))
    return outside(targets, spans)


def _kept(text: str, lo: int, at: int, hi: int) -> bool:
    """Whether a fund named at ``at`` (its match ending at ``hi``, its look back from ``lo``) is a goal kept: a keeping
    word not of a tally (共落实…资金) nor of a condition (达到拨付条件的…资金), or a goal verb."""
    keep = _KEPT_FUNDS.search(text, lo, hi)
    if keep is None:
        return False
    if ("累" in text[lo:at] or "共" in text[lo:at]) and _TALLY.search(text, lo, at):
        return bool(_GOAL.search(text, lo, at))  # 全年共落实各类扶持资金2.3亿元: paid out, unless a goal
    while keep is not None and ((keep.group() in ("达到", "達到") and text.find(_CONDITION, keep.end(), at) >= 0)
                                or text.startswith(_PROGRAMME, keep.end())):
        # 达到拨付条件的专项资金: the 达到 of a condition keeps none; “东洲英才”引进计划…拨付了首期资助经费 (海门):
        # the 引进 of a programme's name keeps none either (invented45)
        keep = _KEPT_FUNDS.search(text, keep.end(), hi)
    return keep is not None
