"""The compiled vocabulary of targets (from ``rules/targets.yaml``) and the value of a matched number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kechuang.extract.rules import load_rules, simplified_table
from kechuang.extract.targets.letter_units import letter_unit_fits
from kechuang.text.numerals import fraction_percent, to_number

CN_NUM = "零一二两三四五六七八九十百千万亿"
_RANGE = r"(?:~|～|—|–|-|至|到)"


def alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def alt_after_no_digit(words) -> str:
    r"""``(?<!\d)(?:alt(words))`` with the lookbehind after each word (每年(?<!\d每年)): the same matches, but the
    pattern opens with the words' first characters, so that the re module skips every other position at once
    instead of trying the lookbehind at each (6 times faster on a plan's clauses)."""
    return "|".join(f"{re.escape(w)}(?<!\\d{re.escape(w)})" for w in sorted(words, key=len, reverse=True))


# characters a number may be followed by that open no unit of the rules' lists: 口 counting wells (勘探开发井超过100口,
# the candidate's own branch below; horizon49)
_NUMBER_FOLLOWERS = "口"


def _after_number(heads: str) -> str:
    """What a candidate's number is followed by, tested once where it ends: a range's sign, 余/多, a space, a unit's
    first character (``heads``), or nothing after 万/亿 (a bare 亿, 万方). Every part after the number opens with one
    of these (the same matches), and most numbers read (2025年, 十九大) are followed by none: each then fails at once
    instead of trying the range, 余/多, the space and the unit's branches in turn at every length of the number."""
    return rf"(?=[%‰~～—–\-至到余多 {re.escape(heads)}]|(?<=[万亿]))"


def _not_before_number(words) -> str:
    """A lookbehind body (fixed width, one character each) for ``(?<!…)``: one of ``words`` with a digit or a Chinese
    numeral after it (checked by a lookahead at its end)."""
    chars = "".join(sorted(set(words)))
    if any(len(w) != 1 for w in words):
        raise ValueError(f"joining_units 只能是单字：{words}")
    return rf"[{re.escape(chars)}](?=[\d{CN_NUM}])"


def _not_after(words) -> str:
    """Lookbehinds that refuse each of ``words`` (fixed width each): 成为 is no 为 of beneficiaries."""
    return "".join(f"(?<!{re.escape(w)})" for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Vocab:
    candidate: re.Pattern[str]
    level_verb_end: re.Pattern[str]
    open_verb: re.Pattern[str]  # 消除45个, 组成17个: a word before a count that is none of the words below
    open_units: frozenset[str]
    area_units: frozenset[str]  # 公里, 亩, 平方米… and each after 万 (万亩): the lengths and areas of works
    goal_units: frozenset[str]  # open_units, area_units and goal_count_units: what a goal's count counts
    people: re.Pattern[str]  # a noun opening with the people a bare 万 counts (9万人口, 40万农村居民)
    article_units: frozenset[str]  # 条: also the articles of a policy
    article_noun: re.Pattern[str]  # 政策, 措施: the noun of a count of articles
    open_scope: re.Pattern[str]
    reach_end: re.Pattern[str]  # 涉及70所…, 针对115栋…: a verb of reach right before a count (refused45)
    next_cell: re.Pattern[str]  # …1000万人以上 人力资源社会保障部: a space, then a unit's name to the clause's end
    goal_reference: re.Pattern[str]  # 为了保障实现这一目标, 聚焦上述目标: a paragraph opening with a goal stated above
    funding: re.Pattern[str]  # 投资28亿元, alone in its clause: funding for the work that follows
    allocated: re.Pattern[str]  # 2016年安排500亿元, 安排教育资金291.4亿元: money allotted
    share_of: re.Pattern[str]  # 达到城市社区的 (60%): the whole a share is taken of, after the verb
    count_verb_end: re.Pattern[str]
    count_place_end: re.Pattern[str]  # 解决农村 (10万人…): a count verb, then a place before the count
    count_verb_start: re.Pattern[str]
    percent_then: re.Pattern[str]
    category: re.Pattern[str]
    rank: re.Pattern[str]
    increase_end: re.Pattern[str]
    unitless: re.Pattern[str]
    bare_rate: re.Pattern[str]  # 工业用水重复利用率保持在95以上: a rate or share printed with no % (unread47)
    growth: re.Pattern[str]
    growth_end: re.Pattern[str]
    prefixes: re.Pattern[str]
    # (the five below are read from the one list ``indicator_end_words``: name_ends.py)
    holding_end: re.Pattern[str]  # 在, 保持, 完成…: a verb of holding closing a name (stage: clean)
    holding_endings: tuple[str, ...]  # what every match of holding_end ends with (a cheap test)
    end_words: tuple[str, ...]  # 双双, 预计: no part of the name they end
    growth_end_words: tuple[str, ...]  # 预期: no part of a growth's name
    reach_end_words: tuple[str, ...]  # 过: no part of the name, printed right before the value
    reach_word_heads: frozenset[str]  # 超, 通…: 过 after these ends a word of its own (超过, 通过)
    not_target: re.Pattern[str]
    subsidy: frozenset[str]  # not_target words that name a subsidy: they do not refuse a count of its recipients
    per_head: re.Pattern[str]  # 提高到每人每月609元: the measure per head (group ``per``) between a verb and its amount
    descriptor: re.Pattern[str]  # an indicator ending with 总投资/占地: a project's size, not a commitment
    length: re.Pattern[str]  # 全长: the length of the work named before, no thing of its own
    length_end: re.Pattern[str]  # 道路全长: a name closed by a length word measures the thing before it
    history: re.Pattern[str]
    programme: re.Pattern[str]
    goals_heading: re.Pattern[str]
    history_heading: re.Pattern[str]
    past_caption: re.Pattern[str]  # 2025年工作回顾, “十四五”时期重大成就 alone on a line (round 40)
    goals_caption: re.Pattern[str]  # 2026年工作安排, 2026年主要工作 alone on a line: the review above ends (review 11)
    one_year_title: re.Pattern[str]  # 政府工作报告, 工作要点: a title naming no year is the plan's year
    one_year_lead: re.Pattern[str]  # 部署了…2018年工作: a lead paragraph deploying one year's work
    stretch_alone: re.Pattern[str]  # 力争3%, 力争达到130家: a stretch word, a verb at most, then the value
    results_title: re.Pattern[str]  # 工作总结, 完成情况公示: the page reports what was done
    criteria_label: re.Pattern[str]  # 申报条件: a label opening a list of criteria (targets/criteria.py)
    criteria_part: re.Pattern[str]  # 基本条件: a heading of a part of the criteria, under a label
    criteria_action: re.Pattern[str]  # 放宽, 优化…: a verb acting on criteria (a task heading, no label)
    multi_year: re.Pattern[str]  # 纲要, 远景, 三年行动: a lead-in speaking of several years
    retrospective: re.Pattern[str]  # 五年来,我们…: a paragraph opening with a period up to now
    accomplished: re.Pattern[str]  # 被命名为, 成功举办, 提前完成: a thing done (a review, with no commitment)
    beneficiary_end: re.Pattern[str]
    listing: re.Pattern[str]
    listing_noun: re.Pattern[str]
    plan_item: re.Pattern[str]
    plan_task: re.Pattern[str]  # …等十项工作: the noun closing a list's announced count (only after 等: paragraph.py)
    as_of: re.Pattern[str]
    reported: re.Pattern[str]  # a word that makes the whole sentence a report (同比)
    standing: re.Pattern[str]  # a standing reached (居全市第七位): the sentence reports, unless committed to
    commitment: re.Pattern[str]  # 力争, 确保…: what follows is to be reached
    reported_column: re.Pattern[str]
    distributed: re.Pattern[str]
    list_closer: re.Pattern[str]
    comparison: re.Pattern[str]
    decline_end: re.Pattern[str]
    recurring: re.Pattern[str]
    unit_only: re.Pattern[str]  # a unit alone (a table's 单位 cell): 家, 亿元, 件/万人, %
    unit_suffix: re.Pattern[str]  # a unit closing a name (高新技术企业数家: the 单位 cell lost its space)
    idiom_units: frozenset[str]
    day_measure: re.Pattern[str]  # 优良天数: what a number of 天 may be the level of
    measure_units: frozenset[str]  # 元, 斤, 吨…: units of amount, not of count
    unitless_ends: re.Pattern[str]  # a last character of unitless_heads or bare_rate_heads: without any, no such value
    simplified: dict[int, int]  # str.translate table: traditional → simplified, one character for one
    traditional: re.Pattern[str]  # any character of that table


def fall_verbs() -> tuple[str, ...]:
    """The verbs of a fall, one word class (``decline_words`` of rules/targets.yaml without 年均): a % after any of
    them is a decrease (下降5% → −5; 压减超75%, 削减4%: dec39), wherever a reader pairs verbs and values."""
    return tuple(w for w in load_rules("targets")["decline_words"] if not w.startswith("年均"))


def _report_heads(r) -> set[str]:
    """The characters a match of ``reported`` can open with (besides a space or a digit): its words' and openers'
    first characters, the marks before an opener, 今/本 of 今年1-6月, 全 of 全年预计."""
    return {w[0] for w in r["report_sentence_words"]} | {w[0] for w in r["report_sentence_openers"]} \
        | set("::,,今本全")


def _end_word_stages(entries: list[dict]) -> dict[str, list[dict]]:
    """The entries of ``indicator_end_words`` by where a name loses them (name_ends.py): ``clean`` (a verb of holding,
    in common.clean_indicator), ``named`` (in Paragraph.add, the first one the name ends with) and ``printed`` (in
    Paragraph.add after those, when printed right before the value); each in the order of the list."""
    stages: dict[str, list[dict]] = {"clean": [], "named": [], "printed": []}
    for e in entries:
        stages["printed" if e.get("printed") else e.get("stage", "named")].append(e)
    return stages


def _holding_pattern(entries: list[dict]) -> re.Pattern[str]:
    """One alternative a ``stage: clean`` entry, anchored at the end: ``(?<![not_after])(?:before)?word$``. Every
    alternative ends at the end, so a search finds the longest cut whatever their order."""
    parts = []
    for e in entries:
        head = f"(?<![{re.escape(e['not_after'])}])" if e.get("not_after") else ""
        before = f"(?:{alt(e['before'])})?" if e.get("before") else ""
        parts.append(f"{head}{before}{re.escape(e['word'])}$")
    return re.compile("|".join(parts))


@cache
def vocab() -> Vocab:
    r = load_rules("targets")
    ends = _end_word_stages(r["indicator_end_words"])
    simplified, traditional = simplified_table()  # the one traditional → simplified table of the extractor
    letters = re.escape("".join(sorted({w[0] for w in r["letter_units"]})))  # tried only where one of them follows
    measure = (rf"(?:千)?(?:{alt(r['measure_units'])})(?:{alt(r['measure_suffixes'])})?"
               # 25GW以上, 3000P。: a letter unit closes its phrase; before a noun it names a product or a project
               # (4GW新型光伏电池片, 1080P高清摄像头), before a letter or digit it is part of a code (15GWH, P2P)
               rf"|(?=[{letters}])(?:{alt(r['letter_units'])})(?:(?!\w)|(?=以上|左右|以下|以内|及以上|及以下))")
    # a spoken amount (2个亿) is no unit when 元 follows: 482个亿元以上…项目 is 482 个 of a class of projects
    # a count unit with its alternative in brackets is one unit: 8万套(间), 2500万头(只), 7人(个) (round 48)
    single = "".join(sorted({u for u in r["count_units"] if len(u) == 1}))
    # 1对1, 一对一: a joining unit before a number joins two numbers (no count)
    count = (rf"(?:{alt(r['count_units'])})(?<!{_not_before_number(r['joining_units'])})"
             rf"(?:[(（][{single}][)）])?")
    # the first characters a unit can open with, tested once up front: a number is followed by no unit far more often
    # than by one (2025年, 10个百分点's backtracking), and each of the many literal branches failed one by one (same
    # matches)
    heads = "".join(sorted({w[0] for key in ("fixed_units", "measure_units", "letter_units", "count_units")
                            for w in r[key]} | {"千"}))
    if any(h.isdecimal() or h == "." for h in heads):  # the possessive digits of ``number`` below rest on it
        raise ValueError(f"单位不能以数字或小数点开头：{heads}")
    unit = (rf"(?=[{re.escape(heads)}])"
            rf"(?:(?:{alt(r['fixed_units'])})(?<!亿(?=元))|{measure}|{count})(?:{alt(r['per_units'])})?")
    # 四十九点五亿美元, 百分之十点七: a Chinese numeral's decimals are digits after 点 (新疆 2004, 河北 2010 — dev)
    # 460多亿元, 4300余万平方米: 多/余 between the digits and their 万/亿 is part of the number (fix 23; its bare 亿元
    # was a candidate of 1 亿元); ``_split_magnitude`` gives it no value. The digits are taken whole (possessive): after
    # a part of them a digit follows, which nothing after a number opens with (no unit, no range, no 万/亿 before it),
    # so giving digits back never made a match; it only retried a failed one once a digit (2025年: 10 tries, now 4)
    number = (rf"\d{{1,12}}+(?:\.\d{{1,6}}+)?(?: ?[余多]?[万亿]{{1,2}})?"
              rf"|[{CN_NUM}]{{1,8}}(?:点[零〇一二三四五六七八九]{{1,3}}[万亿]{{0,2}}|[余多][万亿]{{1,2}})?")
    # 三分之一, 一半, and the same written with digits (占全市1/8): a share, in %. A denominator in 万 is a rate's unit,
    # not a share: 孕產婦死亡率下降到12/10萬 is 12 per 100,000 (卫健委 2023, 统计公报 2018 — dev), the unit /10万.
    fraction = (r"[一二两三四五六七八九十]{1,2}分之[一二两三四五六七八九十]{1,2}|一半|半数"
                r"|(?<![\d./])[1-9]\d?/[1-9]\d?(?![\d./万萬])"
                # 7成, 七成: tenths (专精特新企业数增幅超7成: 奉贤 2027, dev); no word with 成 (3成员, 1成立, 2024成都),
                # no word's 一 before 成 (统一成片, 统一成套, 唯一, 逐一, 之一, 同一, 单一, 第一, 划一: review 26, F4)
                r"|(?<![\d.])(?:[1-9二三四五六七八九]|(?<![统唯逐之同单第划专合归万])一)"
                r"成(?![员果本立效功熟型交为绩就长都份品不倍])")
    # Every value starts with a digit, a Chinese numeral or 半: the lookahead up front lets the re module skip every
    # other position at once (4x faster over a plan's clauses; the matches are the same).
    candidate = re.compile(
        rf"(?=[\d{CN_NUM}半])(?:百分之(?P<pct>[{CN_NUM}点\d.]{{1,8}})(?:{_RANGE}百分之(?P<pctmax>[{CN_NUM}点\d.]{{1,8}}))?"
        rf"|(?P<per>[千万])分之(?P<pm>[{CN_NUM}点\d.]{{1,8}})"  # 千分之五 → 5 ‰, 万分之二 → 2 ‱
        rf"|(?P<frac>{fraction})"
        rf"|(?P<num>{number}){_after_number(heads + _NUMBER_FOLLOWERS)}"
        rf"(?:(?:%|‰)?{_RANGE}(?P<max>{number}))?(?P<about>余|多)?"
        # 方 after 万/亿 is cubic metres (天然气产量…350亿方以上: 陕西 2024 政府工作报告; 清淤10万方: 象山 2025 民生
        # 实事 — dev); so is 度 the kilowatt-hour (年发电量达60亿度以上: 梁平 2023; 发电量超过55亿度: 科右前旗 2024 —
        # dev, invented49 and horizon49): alone it is a degree or a class (抗震设防烈度7度, 360度)
        # a bare 万/亿 is the unit unless 字 follows: a length of text (《纲要》…近9万字: 株洲 “十四五” 纲要
        # news; 《报告》…1万1千字: 尖山 2022 — dev), no count; 字 after digits was never a unit either (fresh48);
        # the leading optional space reads 达到 76 家
        # 口 after digits counts wells (勘探开发井超过100口: 梁平 2023; 新建35口抗旱井: 吉木乃 2025, a review — dev,
        # horizon49); not 口岸, 口子, 口径
        rf"(?: (?=[^\s\d]))?(?P<unit>{unit}|(?<=[万亿])[方度](?![面案式向法针过假])|(?<=\d)口(?![岸罩径子气号腔])"
        rf"|(?<=[万亿])(?!字))(?!(?<=人)口))"
        # a comparator cut by the passage's end (…城镇新增就业6.9万人以: 平顶山 2025; …生产总值增长8%左: 绩溪 2019 —
        # dev, prose49) is no noun: the value closes its clause, with no bound read
        rf"(?:(?P<cmp>{alt(r['after_unit'])})|[以左](?=\s{{0,4}}\Z))?")
    return Vocab(
        candidate=candidate,
        level_verb_end=re.compile(rf"(?:{alt(r['level_verbs'])})(?:累计|总计|共)? {{0,4}}$"),
        # two characters (not after a digit) that are neither a word nor an ending of the kinds that are no verb
        open_verb=re.compile(rf"(?<![\d.])(?!{alt(r['not_open_verbs'])})[\u4e00-\u9fff]"
                             rf"[^\W\d{re.escape(''.join(r['not_open_verb_endings']))}]$"),
        open_units=frozenset(r["open_count_units"]),
        area_units=(areas := frozenset(r["area_units"]) | frozenset("万" + u for u in r["area_units"])),
        goal_units=frozenset(r["open_count_units"]) | areas | frozenset(r["goal_count_units"]),
        people=re.compile(rf"[^,;。、\d]{{0,4}}?(?:{alt(r['people_nouns'])})"),
        article_units=frozenset(r["article_units"]),
        article_noun=re.compile(alt(r["article_nouns"])),
        open_scope=re.compile(alt(r["open_verb_scopes"])),
        reach_end=re.compile(rf"(?:{alt(r['reach_verbs'])}) ?$"),
        next_cell=re.compile(rf"\s+[^\s\d,,。;;、]{{1,24}}(?:{alt(r['unit_name_endings'])})\s*$"),
        goal_reference=re.compile(rf"[^,,。;;]{{0,12}}(?:{alt(r['goal_references'])})"),
        funding=re.compile(rf"\s*(?:计划|拟|共|累计)?(?:{alt(r['funding_words'])})(?:约|近|超)? ?"),
        allocated=re.compile(rf"(?:^|[\s,,;;::]|{alt(r['allocation_leads'])})(?:{alt(r['allocation_verbs'])})"
                             rf"[^\d,,;;。、达完突实超]{{0,8}}(?:约|近|超过|超)? ?\d[\d.]{{0,12}} ?[万亿]{{0,2}}元"),
        share_of=re.compile(rf"(?:{alt(r['level_verbs'])})[^,;。的\d%]{{1,24}}的 ?$"),
        count_verb_end=re.compile(rf"(?:{alt(r['count_verbs'])})(?:累计|总计|共|了)? ?$"),
        count_place_end=re.compile(rf"(?:{alt(r['count_verbs'])})(?:{alt(r['count_places'])}) ?$"),
        count_verb_start=re.compile(rf"(?:拟|计划|累计|新)?(?:(?!{alt(r['name_verbs'])})(?:{alt(r['count_verbs'])})"
                                    rf"|(?:{alt(r['name_verbs'])})(?=\s?\d))"),
        percent_then=re.compile(rf"(?:{alt(r['percent_then'])})"),
        category=re.compile(rf"(?P<verb>{alt(r['category_verbs'])})(?P<cls>[A-DＡ-Ｄ])(?:类|级|档)(?:县|市|区|城市|地区|乡镇)?"),
        rank=re.compile(rf"(?P<verb>{alt(r['rank_verbs'])})(?P<scope>[^,;。前\d]{{0,10}})前(?P<n>\d{{1,3}}|[{CN_NUM}]{{1,3}})"
                        rf"(?:(?P<unit>{alt(r['rank_units'])})|(?=水平|行列|之列))"),
        increase_end=re.compile(rf"(?:{alt(r['increase_verbs'])}) ?$"),
        unitless=re.compile(rf"(?:{alt(r['unitless_heads'])})(?P<verb>{alt(r['level_verbs'])})"
                            rf"(?P<num>\d{{1,6}}(?:\.\d{{1,3}})?)(?P<cmp>以上|以内|以下|左右)?(?=[,;。、]|$)"),
        # a rate or a share (率, 比例, 比重) held at a bare number of at most three digits, its clause closing after it
        # (工业用水重复利用率保持在95以上: 平罗 2022; 劣于V类水体比例为0: 泸州 十四五; both dev — unread47)
        bare_rate=re.compile(rf"(?:{alt(r['bare_rate_heads'])})(?P<verb>{alt(r['level_verbs'])}|为)"
                             r"(?P<num>\d{1,3}(?:\.\d{1,3})?)(?P<cmp>以上|以内|以下|左右)?(?=[,;。]|$)"),
        growth=re.compile(rf"(?:{alt(r['growth_words'])})"),
        # a rate held (年均增速保持5%左右: 浦东 2024 专业服务业, dev, as 增速保持在6% of 宁夏 2020) and 年均增 right
        # before its number (GDP年均增9%以上: 曲靖 十四五 article, http://hk1.crntt.com/doc/7_0_106054884_1.html, dev;
        # a word of its own only at the name's end: 年均增收, 年均增幅 keep theirs) — num66, MISSES-fresh65 row 6
        growth_end=re.compile(rf"(?<!\d)(?:(?:{alt(r['growth_words'])})(?:率)?(?:达到|达|保持在|保持|超过|不低于)?"
                              r"|年均增) ?$"),
        # 1. opens an item, 0.4千伏 does not; 2.2019年 is an item number glued to a year (成安 2019 创新型县, dev)
        prefixes=re.compile(rf"^(?:(?:{alt(r['indicator_prefixes'])})|使(?!用)|\d{{4}}年(?:度|底|末)?(?:前)?|年底前|年末前|年底|年末|今年|本年度|本年|当年|年度内|\d{{1,2}}月(?:底|末|份)?前|[一二两三四五六七八九十\d]{{1,2}}年(?:内|来|间)?(?=累计|共|内)|[^,;。]{{0,12}}?——"
                            rf"|[“\"]?十[二三四五六]五[”\"]?(?:时期|期间|期末|末)?"
                            rf"|\d{{1,3}}\s+|[((]\d{{1,3}}[))]|\d{{1,2}}[.、．](?!\d)|\d{{1,2}}[.．](?=(?:19|20)\d\d年)|[①-⑳])+"),
        holding_end=_holding_pattern(ends["clean"]),
        holding_endings=tuple(e["word"] for e in ends["clean"]),
        end_words=tuple(e["word"] for e in ends["named"] if "kind" not in e),
        growth_end_words=tuple(e["word"] for e in ends["named"] if e.get("kind") == "growth"),
        reach_end_words=tuple(e["word"] for e in ends["printed"]),
        reach_word_heads=frozenset(c for e in ends["printed"] for c in e.get("not_after", "")),
        not_target=re.compile(rf"(?:{alt(r['not_target_words'])})(?!性)"),  # 补贴性职业技能培训 is a kind of training
        subsidy=frozenset(r["subsidy_words"]),
        per_head=re.compile(rf"(?:{alt(r['level_verbs'])})(?P<per>{alt(r['per_head_measures'])})(?=\d)"),
        descriptor=re.compile(rf"(?:{alt(r['descriptor_words'])})$"),
        length=re.compile(rf"(?:{alt(r['length_words'])})"),
        length_end=re.compile(rf"(?:{alt(r['length_words'])})$"),
        # 目前 after 由/从 is where a goal starts, no report (由目前的12%提高至30%以上: 江西 2016, dev; round 26)
        history=re.compile(alt(r["history_words"]).replace("目前", "目前(?<![由从]目前)")),
        programme=re.compile(rf"(?:{alt(r['programme_suffixes'])})$"),
        goals_heading=re.compile(alt(r["goals_headings"])),
        history_heading=re.compile(alt(r["history_headings"])),
        past_caption=re.compile(rf"[^。，,;；:：!！?？|]{{0,16}}(?P<word>{alt(r['past_captions'])})[^。，,;；:：!！?？|]{{0,8}}"),
        goals_caption=re.compile(rf"[^。，,;；:：!！?？|]{{0,20}}(?:{alt(r['goals_captions'])})[^。，,;；:：!！?？|]{{0,8}}"),
        one_year_title=re.compile(alt(r["one_year_titles"])),
        one_year_lead=re.compile(rf"(?:{alt(r['one_year_leads'])})了?[^,,。;;]{{0,12}}(?:\d{{4}}年|今年)[^,,。;;]{{0,8}}工作"),
        stretch_alone=re.compile(rf"(?:{alt(r['stretch_words'])})(?:达到|实现|突破|超过|达)?"),
        # …and a title naming the months of the year gone by (2025年1-6月…进展情况: 新吴 2025; 2025年1—6月…计划执行
        # 情况的报告: 广汉 2025; both dev), as a sentence stating them reports (``reported`` below; round 22)
        results_title=re.compile(rf"{alt(r['results_titles'])}"
                                 rf"|\d{{4}}\s*年\s*1\s*[-—~至到]\s*\d{{1,2}}\s*月"),
        criteria_label=re.compile(rf"(?:{alt(r['criteria_qualifiers'])})?(?:{alt(r['criteria_verbs'])})的?"
                                  rf"(?:{alt(r['criteria_qualifiers'])})?条件(?P<question>有哪些|有哪几项)?(?:如下)?"
                                  r"\s*[:：?？]?\s*$"),
        criteria_part=re.compile(rf"(?:{alt(r['criteria_qualifiers'])})条件\s*[:：]?\s*"),
        criteria_action=re.compile(alt(r["criteria_actions"])),
        multi_year=re.compile(alt(r["multi_year_marks"])),
        # after at most one short lead clause (记者于发布会获悉,过去五年,…: a news print of a review)
        retrospective=re.compile(rf"\s*(?:[^,,。;;\d]{{2,16}}[,,])?(?:(?:过去|近|这)?[一二两三四五六七八九十几多\d]{{1,2}}(?:{alt(r['retrospective_periods'])})"
                                 rf"|(?:{alt(r['retrospective_openers'])})的?[一二两三四五六七八九十几多\d]{{1,2}}年)[,,]"),
        beneficiary_end=re.compile(rf"^[^,;]{{0,8}}?{_not_after(w[:-1] for w in r['not_beneficiary'])}"
                                   rf"(?:{alt(r['beneficiary_verbs'])})(?:全[省市县州区旗镇乡]|{alt(r['count_places'])})?$"),
        listing=re.compile(alt(r["listing_words"])),
        listing_noun=re.compile(alt(r["listing_nouns"])),
        reported_column=re.compile(rf"^[^|]{{0,12}}(?:{alt(r['reported_columns'])})$"),
        as_of=re.compile(rf"(?:{alt(r['as_of_words'])})(?:目前|当前|\d{{1,2}}月(?!底前|末前|份前)|\d{{1,4}}日)"),
        # …and a cumulative period of months since the year began (2018年1-9月…产值27.6亿; 1-2月,全市…; 今年1至8月新增
        # 5G基站20842个: 江西 2020; 1-10月項目累計完成投資629.0億元: 江门 重点项目; both dev, round 26); 今年's span
        # reports with a figure in its clause only: 今年1至6月开展专项行动,… is a plan's schedule (review 3)
        # an estimate dated by its year (2024年预计全省生产总值增长5.2%,…; 全年预计新改造农村公路1.2万公里: round 64)
        # every match opens with a word's or opener's first character, a mark, a space, a digit, 今/本 or 全: the
        # lookahead up front fails at once at every other position, where each branch was tried (half the scan)
        reported=re.compile(rf"(?=[{re.escape(''.join(sorted(_report_heads(r))))}\s\d])(?:"
                            rf"{alt(r['report_sentence_words'])}|(?:^|[::])\s*(?:{alt(r['report_sentence_openers'])})"
                            r"|(?:^|[::,,])\s*(?:\d{4}\s*年|全年)[,,]?\s*预计"
                            rf"|\d{{4}}年1\s*[-—~至到]\s*\d{{1,2}}月|^\s*1\s*[-—至]\s*\d{{1,2}}月[,,]"
                            r"|[今本]年1\s*[-—~至到]\s*\d{1,2}\s*月(?=[^,,;;。]{0,24}?\d)|^\s*1\s*[-—~至到]\s*\d{1,2}\s*月份?[^,,;;。]{0,12}?累计)"),
        standing=re.compile(rf"(?:{alt(r['standing_verbs'])})[^,;。]{{0,12}}第\s*[\d{CN_NUM}]{{1,3}}\s*[位名]"),
        commitment=re.compile(alt(r["commitment_words"])),
        accomplished=re.compile(alt(r["accomplished_words"])),
        plan_item=re.compile(rf"^[^,;、]{{0,6}}?(?:{alt(r['plan_item_nouns'])})"
                             rf"|^(?:重点|重點)?(?:{alt(r['plan_part_nouns'])})(?:的|$)|^(?:{alt(r['aspect_nouns'])})"
                             rf"|^(?:{alt(r['sub_item_nouns'])})"),
        plan_task=re.compile(rf"^[^,;、]{{0,2}}(?:{alt(r['plan_task_ends'])})$"),
        distributed=re.compile(rf"(?:{alt(r['distribution_words'])})[^,;。]{{0,12}}$"),
        list_closer=re.compile(rf"(?:{alt(r['list_closers'])})$"),
        comparison=re.compile(alt(r["comparison_words"])),
        decline_end=re.compile(rf"(?:{alt(r['decline_words'])})(?:率)? ?$"),
        recurring=re.compile(alt_after_no_digit(r["recurring_words"])),
        unit_only=re.compile(rf"[万亿]{{0,2}}(?:{unit})"),
        unit_suffix=re.compile(rf"[万亿]{{0,2}}(?:{unit})$"),
        idiom_units=frozenset(r["idiom_units"]),
        day_measure=re.compile(alt(r["day_measures"])),
        measure_units=frozenset(r["measure_units"]) | frozenset(r["letter_units"]),
        unitless_ends=re.compile(
            f"[{re.escape(''.join(sorted({h[-1] for h in r['unitless_heads'] + r['bare_rate_heads']})))}]"),
        simplified=simplified,
        traditional=traditional,
    )


def _split_magnitude(raw: str) -> tuple[float | None, str]:
    """'320万' → (320, '万'); '万' → (1, '万'); '1.5' → (1.5, '')."""
    raw = raw.replace(" ", "")  # 1.2 亿元: a page's space before the magnitude
    head = raw.rstrip("万亿")
    magnitude = raw[len(head):]
    if magnitude and head[-1:] in ("余", "多"):  # 460多亿: no value. Every dev passage that prints the shape
        return None, magnitude  # reports a figure (争取…资金1800余万元, 统筹整合200多亿元, 產值達670余億元): fix 23
    if magnitude and (not head or head[-1].isdigit() or head[-1] in CN_NUM):
        return (to_number(head) if head else 1.0), magnitude
    return to_number(raw), ""


def value_of(m: re.Match) -> tuple[float | None, str | None, float | None]:
    """(value, unit, value_max) of a candidate: 万/亿 stay in the unit as written (320万名 → 320 万名)."""
    pct, pm, frac, unit, num, most = m.group("pct", "pm", "frac", "unit", "num", "max")  # (one call: read by each)
    if pct:
        top = m.group("pctmax")
        return (to_number(pct.replace("点", ".")), "%",
                to_number(top.replace("点", ".")) if top else None)
    if pm:
        return to_number(pm.replace("点", ".")), "‰" if m.group("per") == "千" else "‱", None
    if frac:
        return fraction_percent(frac), "%", None
    if not letter_unit_fits(unit, m.string, m.start(), m.end()):
        return None, None, None  # 分辨率不低于1080P: a resolution, no petaflops (letter_units.py)
    value, magnitude = _split_magnitude(num)
    top = None
    if most:
        top, top_magnitude = _split_magnitude(most)
        magnitude = magnitude or top_magnitude  # 3至10万名: both bounds in 万
    return value, magnitude + unit, top
