"""One candidate number of a clause read as a target: the three shapes (指标 + 达到 + 数, 建成 + 数 + 事物,
指标 + 数 closing the clause), growth and decline, rises by a quantity, shares, stretch goals and the items of a
list of counts. ``ListReader`` (counts.py) calls it for each number in order.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.targets.baselines import is_baseline, named_again, place_has, without_period, without_place
from kechuang.extract.targets.bounds import counts_after_bound, in_aside, without_aside
from kechuang.extract.targets.change_names import change_continued
from kechuang.extract.targets.closed_items import closes_item
from kechuang.extract.targets.common import (
    LISTED_UNITS,
    QUOTED_GOAL,
    TRIM,
    WINDOW,
    clean_indicator,
    printed_name,
    subject_of,
)
from kechuang.extract.targets.continued_names import SCOPE_ONLY
from kechuang.extract.targets.count_exclusions import ROUND_CN, excluded
from kechuang.extract.targets.count_parts import (
    LIST_CLOSED,
    cell_before,
    continued_from,
    each_target,
    ends_with,
    increase_target,
    names_all,
    stretched,
    verb_opens,
)
from kechuang.extract.targets.count_shapes import (
    AGE,
    BATCH,
    COMPARED,
    DONE,
    EXISTING,
    FROM,
    GAP_END,
    GOAL_TAIL,
    HELD,
    HELD_STATE,
    ITEM_END,
    ITEM_JOINED,
    MOVE_UNITS,
    MOVED_BY,
    NAMED_RATE,
    NEXT_CLAUSE,
    RAISED_BY,
    RISE_AFTER,
    RISE_VERB,
    SET_PART,
    TO_REACH,
    WHEN_END,
    item_start,
)
from kechuang.extract.targets.floored_margins import floored_margin
from kechuang.extract.targets.goal_counts import goal_count
from kechuang.extract.targets.goal_lists import closes_goal_list
from kechuang.extract.targets.item_subjects import paired_subject
from kechuang.extract.targets.named_counts import named_count, named_thing
from kechuang.extract.targets.naming import is_bare_verb, named_before, noun_after, served, total_noun
from kechuang.extract.targets.new_totals import total_named
from kechuang.extract.targets.one_counts import committed_once
from kechuang.extract.targets.paired import paired_count
from kechuang.extract.targets.placed import named_first, place_item, placed
from kechuang.extract.targets.placed_estimates import hedged_at_place
from kechuang.extract.targets.plan_verbs import measured_work, planned_of, recurring_count
from kechuang.extract.targets.ranges import ranged_count
from kechuang.extract.targets.restated import restated
from kechuang.extract.targets.set_share import share_of_set
from kechuang.extract.targets.shared_noun import level_shared, neighbour_noun
from kechuang.extract.targets.size_class import class_head, counted_before, graded, names_a_class
from kechuang.extract.targets.sized import SIZED, facility_size
from kechuang.extract.targets.twice_measured import second_measure
from kechuang.extract.targets.vocab import value_of, vocab
from kechuang.extract.targets.work_counts import DESCRIBED_PROJECT, worked
from kechuang.extract.targets.work_shares import share_of_work
from kechuang.extract.targets.worked_on import worked_on
from kechuang.extract.targets.written_numbers import chinese, counted_after, written_amount
from kechuang.extract.targets.years import BASE

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# (patterns of the reading below, compiled once: the re module's cache is a look-up per call)
_SET_SIZE = re.compile(r"^[\d一二两三四五六七八九十]{1,3}[个项类]|均$")  # 4个结构性指标均 → 结构性指标
_CLASS_NOUN = re.compile(r"\d|[万亿](?!元[^\d,;。、])")  # a noun opening with a size is a class
_LAST_TWO = re.compile(r".{2}$")
_AT_END = re.compile(r"$")
_DIGIT = re.compile(r"\d")
_HIGHER_THAN = re.compile(r"比(?!\d{4})[^,;]{1,12}(?<!提)高")
# Words that close a value with no thing of their own, the clause ending on them (a level or a scale reached; cand61):
# 粮食总产量700亿斤水平 (吉林 2019, http://hunanfoods.net/news/internal/55239.html), 智能终端形成2000亿元规模,
# 迈上5000亿元规模 (浦东 2026, https://www.shanghai.gov.cn/zhengce/detail?businessId=0070352863&siteId=0070).
_CLOSERS = frozenset(("水平", "规模"))  # (达到2000人的规模: 的 names the thing, kept)
_CLOSER_START = frozenset(w[0] for w in _CLOSERS)
_SCALE_REACH = re.compile(r"(?<=..)(?:迈上|迈入|跨上|跨入|达到|实现|形成|突破)(?:年产|存栏|年销售)?$")


def _tail_start(para: Paragraph, pos: int) -> int:
    """Where the first annotation after ``pos`` starts (a 责任单位 tail), else a position past any clause."""
    k = bisect.bisect_left(para.skip_starts, pos)
    return para.skip_starts[k] if k < len(para.skip_starts) else pos + 10 * WINDOW


def _in_sentence(para: Paragraph, sentence: int) -> bool:
    """Whether a target was read before in this sentence (whose name a scope-only name goes on with instead:
    continued_names.py)."""
    last = para.targets[-1] if para.targets else None
    return last is not None and last.start >= para.line.start + para.sentences[sentence][0]


def _as_printed(para: Paragraph, t: Target | None, lo: int, hi: int) -> Target | None:
    """``t`` with its name in the page's characters (common.printed_name): a name cleaned of a base or joined around
    a value on a traditional page (力爭實現全國兒童青少年總體近視率在2018年的基礎上每年降低0.5個百分點: 教育部 2018
    近视防控, dev) is no run of the simplified text, and came back simplified."""
    if t is not None and para.traditional:
        t.indicator = printed_name(para, t.indicator, lo, hi)
    return t


def candidate(para: Paragraph, m: re.Match, clause: str, c_start: int, sentence: int, previous: str,
              noun_end: int, own: int | None, floor: int = 0, run_on: bool = False) -> tuple[Target | None, bool]:
    """One candidate number; returns (the target added, whether it is a count item of a list). ``own``: for
    an item of a list of counts, where its own words start (after the separator); it shares the verb.
    ``floor``: where this value's words may start at the earliest (after the value before it closed its item);
    ``run_on``: only a name stands between this value and the next (a page that lost its commas:
    实际利用外资1亿美元规模工业应税销售占全市1/8), so this value closes its item when no verb counts it."""
    v = vocab()
    pos = c_start + m.start()
    value, unit, top = value_of(m)
    if value is None or excluded(para, m, clause, pos) or names_a_class(clause, m) or in_aside(clause, m.end()) \
            or graded(clause, m) or counted_before(clause, m):
        return None, False  # (建设千万元以上重点项目200个: the amount names the thing; (含幼儿园4所): bounds.py;
        # 打造600万吨级的…产业园: a grade of size, size_class.graded; 51个预增产值过10亿元: counted before it)
    if is_baseline(clause[max(0, m.start() - 16):m.start()], para.mtext, c_start + m.end()):  # reads 16: no copy
        return None, False  # 由28家提升至60家: the number a change starts from (baselines.py)
    if unit and (unit.endswith("元") or unit == "%") and 0 <= para.allocated(sentence) \
            <= pos - para.sentences[sentence][0] + len(m.group()):
        return None, False  # 安排教育资金291.4亿元,比2023年增加50亿元,增长20.7%: money allotted and its rise
    before = clause[max(0, m.start() - WINDOW, para.token_end - c_start, floor):m.start()]
    tail = _tail_start(para, c_start + m.end()) - c_start  # an annotation's bracket may stand before its span
    after = clause[m.end():min(noun_end, m.end() + WINDOW)] if tail > m.end() + WINDOW else \
        clause[m.end():min(noun_end, tail)].rstrip(" ((〔【[")
    after = after.split("|", 1)[0]  # no noun runs across a table cell
    if "(" in after or "（" in after:  # 整治125个村庄(包括63个…), 学校10所(含幼儿园4所): an aside on the value
        after = without_aside(after)  # (it breaks the count down, or qualifies it) names no thing (bounds.py)
    if " " in after and (cell := v.next_cell.search(after)):
        after = after[:cell.start()]  # 推进5万个行政村通光纤 工业和信息化部: a cell printed after a space
    if "”" in after and "“" in before and "”" not in before[(q := before.rfind("“")):] \
            and QUOTED_GOAL.match(before[q + 1:] + m.group()):
        # 落实好“新增2万个中小学学位”市政府实事任务: a quoted goal's words start and end at its marks
        after, before = after[:after.find("”")], before[q + 1:]
    if (after.startswith("、") and (ITEM_END.search(after[1:]) or NEXT_CLAUSE.search(after[1:]))) \
            or ITEM_JOINED.match(after):
        after = ""  # 新建省级重点实验室2家、省级企业研究院5家; 增长9%左右、增速高于全国平均水平; 就业4万人和扶持
        # 创业5000人 (a joiner, count_shapes.ITEM_JOINED): this item ends here
    elif restated(clause[max(0, m.start() - 16):m.start()], after):
        after = ""  # 突破1万亿元达到1.3万亿元, 达70%以上或比2020年提高5个百分点: the indicator again (restated.py)
    closed = after[:1] in _CLOSER_START and after.strip(TRIM) in _CLOSERS
    if closed:
        after = ""  # 粮食总产量700亿斤水平; 智能终端形成2000亿元规模: the word closes the value, it names no thing
    if "的" in after[:6] and facility_size(unit, after, v.measure_units):
        return None, False  # 打造500万吨的新型肥料产业园, 303平方米的综合楼: the size of one facility (sized.py)
    chained = own is not None
    if chained:
        before = clause[own:m.start()]
    whole = before  # the clause before the value, items and all (a list's names are counted over it)
    listed = item_start(before)  # > 0: an item of a list in this clause stands before this value's words
    before = before[listed:]
    end = c_start + m.end()
    cmp = m.group("cmp") or m.group("about")
    around = before + clause[m.start():m.end()] + after
    args = (pos, end, sentence, around)
    if unit == "岁" and after.strip(TRIM):
        return None, False  # 60岁以上老年人: an age qualifies a group, it is no target
    if (unit == "部" and after.startswith(("门", "門", "委"))) or (
            unit == "个" and after.startswith(("部门", "部門", "部委")) and before.endswith("等")):
        return None, False  # 等12部门, 等9部委, 等12个部门联合印发: departments issuing jointly (rounds 40, review 11)
    if previous and not after.strip(TRIM) and v.stretch_alone.fullmatch(before.strip(TRIM)) \
            and (stretch := stretched(para, sentence, unit)):  # …增长2%,力争3%: the same indicator's stretch goal
        sign = -1 if stretch.kind == "growth" and stretch.value < 0 else 1  # 能耗下降3%,力争4%: −4
        return para.add(stretch.indicator, stretch.kind, sign * value, unit, *args, stretch.start - para.line.start,
                        cmp=cmp, value_max=top), False
    if after[:1].isdecimal():  # (``AGE`` opens with a digit: ``\d`` is a decimal character, as ``isdecimal`` tells)
        after = AGE.sub("", after)  # 7万名35-64岁妇女 → 7万名 妇女
        if second := second_measure(after, unit):  # 133.8公里512公顷: one work's length and area (twice_measured.py)
            after = after[second.end():]
    batch = BATCH.search(after)
    if batch:
        after = after[:batch.start()]  # 建成5个X和一批Y: the item ends before the uncounted one
    if ("目" in after or "任" in after) and GOAL_TAIL.match(after):  # (目标 or 任务 in every match)
        if unit in LISTED_UNITS and not after.lstrip().startswith("的"):
            return None, False  # 努力实现六个目标: the count of the plan's own goals
        after = ""  # 完成全年地区生产总值增长13%的目标: the number closes its indicator
    elif closes_goal_list(after):
        after = ""  # 技术市场成交合同额达2000亿元等11个重要定量目标: 等 and the list's name follow (goal_lists.py)
    if unit == "%" and (rise := RISE_AFTER.match(after)):  # 4个结构性指标均实现10%以上增长: a growth of 10%
        head = RISE_VERB.sub("", before).strip(TRIM)
        head = _SET_SIZE.sub("", head)
        return para.add(head, "growth", value, unit, pos, end + rise.end(), sentence, around, pos - len(before),
                        cmp=cmp, value_max=top), False
    noun = level_shared(clause, m.end(), unit, after.strip(TRIM))  # 20个国家级和100个省级重点学科 (shared_noun.py)
    noun_ok = bool(noun) and (not _CLASS_NOUN.match(noun)  # 482个亿元以上…项目: a class
                              or bool(SIZED.match(noun)))  # 4座110千伏变电站: a size inside the thing counted
    verb = ends_with(v.level_verb_end, before)
    if unit == "天" and not (verb and v.day_measure.search(before, max(0, verb.start() - 12), verb.start())):
        return None, False  # 开展30天专项行动, 30天内办结: a duration; 优良天数达到280天: a level
    if verb:  # 指标 + 达到 + 数 (+ 事物)
        head, kind = WHEN_END.sub("", before[:verb.start()]), "level"  # 失业率全年控制在 → 失业率
        again = ends_with(v.level_verb_end, head)  # 提升至接近70%: two verbs in a row
        if again and not total_noun(head):  # 用水总量控制在: 总量 closes the noun (naming.py)
            head = head[:again.start()]
        # 培养不少于100名优秀企业家, 推进不少于60个城乡公益性公墓: a count verb before the bound counts the noun after
        if noun_ok and len(after.strip(TRIM)) > 1 and (not clean_indicator(head) or head.lstrip()[:1] in "各每"
                                                       or ends_with(v.count_verb_end, head)
                                                       or v.beneficiary_end.search(head)  # 对约80个…进行改造
                                                       or hedged_at_place(verb.group(), head)  # …乡约1200户农牧民
                                                       or counts_after_bound(verb.group(), unit, after, v.open_units)):
            for_people = served(before)  # 为2452名残疾人提供康复救助 → 残疾人康复救助 (naming.noun_after)
            t = para.add(noun_after(noun, for_people), kind, value, unit, pos, end + len(after.rstrip(TRIM)), sentence,
                         around, pos + len(after) - len(after.lstrip(TRIM)) + m.end() - m.start(), cmp=cmp,
                         value_max=top)
            t = _as_printed(para, t, pos, end + len(after)) if for_people else t  # 為300戶…進行…: joined, as printed
            return t, t is not None and noun_end < len(clause)  # 不少于40块…和500块…: the next item shares the verb
        head = FROM.sub("", head)  # 从人均8.7万元提高到12万元: the baseline is not in the name
        if unit in MOVE_UNITS and (moved := ends_with(MOVED_BY, head)) and len(head[:moved.start()]) >= 2:
            kind, head = "increase", head[:moved.start()]  # 前进不少于1个位次: a standing moved forward (fresh49)
        if v.length.fullmatch(clean_indicator(head)):
            head = ""  # …供热主管网,全长约4.3公里: the length of the work named before
        growth = v.growth.search(head)
        if growth and NAMED_RATE.match(head, growth.end()):
            growth = None  # 科技进步对经济增长的贡献率达到60%: the growth names what the rate is of
        if growth and unit == "%":
            kind, head = "growth", head[:growth.start()] + head[growth.end():]
        head_start = pos - len(before)
        stretch = stretched(para, sentence, unit) if listed and not clean_indicator(head) else None
        if stretch:  # 增长7%以上、力争达到8%: the same indicator's stretch goal, of the same kind
            head, kind = stretch.indicator, stretch.kind
            head_start = stretch.start - para.line.start
        elif listed and not clean_indicator(head) and (pair := paired_subject(para, c_start, kind, unit)):
            head, head_start = pair.indicator, pair.start - para.line.start  # 增长55%、达到5.5万亿元 (item_subjects)
        elif not clean_indicator(head) and previous:  # …30个，总计达60个: the name before (baselines.py)
            words = before[:verb.start()]
            head, head_start = named_again(para, sentence, unit, previous, c_start)
            head = total_named(para, words, pos, head)  # 新开通5G基站15万个,总数达到30万个: new_totals.py
        elif not clean_indicator(head) and para.lead_cell:  # 脱贫户供水设施数量 / ≥20座: the cell above
            head = para.lead_cell
        elif is_bare_verb(head) and (thing := named_before(para, sentence, unit, previous, head)):
            head = thing  # 加强城乡公益性公墓建设管理,推进不少于60个: the thing of the clause before
        # A name that is only the time or the scope of its value (在2025年, 每个乡镇) with no target before it in its
        # sentence names the thing of the clause before (continued_names.py left it as read): 让全市行政村5G通达率,
        # 在2025年达到80% (重庆 数字乡村 “五提升一补盲” news, http://m.zgcxtc.cn/news/242030.html), 支持乡镇办好辖区群众
        # 呼声较高的实事,每个乡镇不少于2件 (旌德 2015 民生实事, https://m.yybnet.net/xuancheng/jingde/201501/634383.html)
        # — dev.
        elif previous and 2 <= len(head) <= 12 and SCOPE_ONLY.fullmatch(head.strip(TRIM)) \
                and not _in_sentence(para, sentence):
            head = subject_of(previous)  # 行政村5G通达率,在2025年达到80%: the thing of the clause before (above)
        if len(after.strip(TRIM)) <= 6:
            return para.add(head, kind, value, unit, *args, head_start, cmp=cmp, value_max=top), False
        return None, False
    gap = GAP_END.search(before, max(0, len(before) - 6)) if before[-1:] in " 约近超逾过" else None
    counted = before[:gap.start()] if gap else before  # the words before the gap: positions as in ``before``
    part = SET_PART.search(counted, max(0, len(counted) - 6)) if "剩" in counted[-3:] or "批" in counted[-2:] else None
    bare = counted[:ex.start()] if "有" in counted[-3:] and (
        ex := EXISTING.search(counted, max(0, len(counted) - 14))) else counted[:part.start()] if part \
        else counted  # 完成现有2条, 完成剩余1620亩, 推进第一批75个: 完成/推进 counts
    batch = part.group().rstrip("的") if part and "批" in part.group() else ""  # 第一批 names the things counted
    count_verb = (ends_with(v.count_verb_end, bare) or v.beneficiary_end.search(bare)
                  or place_has(para, sentence, pos, counted) or v.list_closer.search(counted)
                  or ends_with(v.count_place_end, counted)
                  or (unit not in "万萬亿億" and HELD.search(bare))  # 确保10万农村劳动力: no measure (review 12)
                  or (placed(counted, noun) or named_first(counted, noun) if noun_ok else None)  # placed.py
                  or worked_on(bare, clause[m.end():m.end() + 40]))  # 将对全县5座…进行集中改造升级 (worked_on.py)
    if not count_verb and noun_ok and counted.endswith("的"):
        # 今年计划建设的100处…活力空间: the things a plan will make (plan_verbs.py)
        count_verb = planned_of(para, sentence, pos, counted)
    if count_verb and count_verb.group().endswith("了"):
        return None, False  # 扶持建立了科技示范户2912户: a report of what was done
    if count_verb and count_verb.re is v.list_closer \
            and names_all(whole[:len(whole) - len(before) + count_verb.start()], value):
        return None, False  # 湖田中学、伯塘中学等2所: a list named in full is counted (等5所 after two names: a goal)
    if not count_verb and noun_ok and not run_on and not chinese(m) and verb_opens(counted, unit, noun) \
            and not names_all(whole, value) and not LIST_CLOSED.search(whole):  # A、B和C3家众创空间: the names' count
        count_verb = _LAST_TWO.search(counted)
    measured = not count_verb and noun_ok and not run_on and not chinese(m) \
        and measured_work(para, sentence, pos, counted, unit, noun) \
        and not names_all(whole, value) and not LIST_CLOSED.search(whole)
    if measured:  # 加快一期5万亩饲草料基地建设: an area of the work in a plan's sentence (plan_verbs.py)
        count_verb = _LAST_TWO.search(counted)
    times = not measured and not count_verb and noun_ok and not run_on and recurring_count(counted, unit, noun)
    if times:
        count_verb = _AT_END.search(counted)  # 每5年修订1次职业院校专业目录: a count of times a period (plan_verbs.py)
    if not count_verb and noun_ok and not run_on and not chinese(m) and (work := worked(after, noun, unit, counted)) \
            and not names_all(whole, value) and not LIST_CLOSED.search(whole):
        count_verb, noun = _AT_END.search(counted), work  # 农村公路90座三类桥梁加固维修: the things and their work
    if not count_verb and noun_ok and top is not None \
            and ranged_count(m, counted, noun, para.mtext[c_start + m.end():c_start + m.end() + 40]):
        count_verb = _AT_END.search(counted)  # 2至3所学校…跻身全市前列: a range of things is a goal (ranges.py)
    if not count_verb and noun_ok and not run_on and not chinese(m) and "的" not in after[:1] \
            and goal_count(para, sentence, pos, counted, unit, noun) \
            and not names_all(whole, value) and not LIST_CLOSED.search(whole):
        count_verb = _AT_END.search(counted)  # 要确定20余个…项目: a count in a plan's goal sentence (goal_counts.py)
    if not count_verb and noun_ok and not run_on and not chinese(m) and not after.startswith("、"):
        count_verb = named_count(para, sentence, pos, counted, unit, noun)  # 完成二环路4个…: named_counts.py
    if not count_verb and noun_ok and not run_on and not chinese(m) and not after.startswith("、") \
            and not _DIGIT.search(noun) and not names_all(whole, value) and not LIST_CLOSED.search(whole) \
            and not DESCRIBED_PROJECT.search(counted):
        # 涉及70所中小学变压器增容, 针对115栋超高层民用建筑: a verb of reach takes the count as its object; a noun
        # holding another number (覆盖18个乡镇和…“5厂＋15站…”格局) describes a scope, no thing counted, and so does a
        # project described (项目概况:该工程涉及12座桥梁加固维修: review 40) (refused45)
        count_verb = ends_with(v.reach_end, bare)
    if (count_verb or (chained and (not before.strip(TRIM) or place_item(before.strip(TRIM))))) \
            and noun_ok and not (unit == "%" and after.startswith("全覆盖")):  # 建成+数+事物; not 推进100%全覆盖
        if ROUND_CN.match(m.group("num") or "") and v.programme.search(noun):
            return None, False  # 实施千名博士引进工程: a programme's name
        if unit in v.article_units and v.article_noun.search(noun):
            return None, False  # 科技创新30条…扶持政策, 等27条举措: the articles of a policy
        verb_at = pos - len(before) + count_verb.start() if count_verb else pos
        if count_verb and count_verb.re is HELD:
            noun = HELD_STATE.sub("", noun) or noun
        if (thing := named_thing(count_verb, noun_after(noun))) is not None:  # 完成二环路4个…: named_counts.py
            return _as_printed(para, para.add(thing, "level", value, unit, pos, end + len(after.rstrip(TRIM)),
                                              sentence, around, verb_at, cmp=cmp, value_max=top),
                               pos - len(before), end + len(after)), False
        for_people = served(before)  # 为130户…家庭进行无障碍改造 → …家庭无障碍改造 (naming.noun_after)
        t = para.add(batch + noun_after(noun, for_people), "level", value, unit, pos, end + len(after.rstrip(TRIM)),
                     sentence, around, verb_at, cmp=cmp, value_max=top)
        t = _as_printed(para, t, pos, end + len(after)) if for_people else t  # 為300戶…進行…: joined, as printed
        if times and t is not None:
            t.recurring = True  # 每5年…1次: once every period (the recurring words hold 每年, not 每5年)
        return t, not measured  # (an area's word counts no next item)
    if count_verb and not noun and (last := continued_from(para, before, unit, sentence)):
        # (建成通車高速公路500公里,新開工500公里: the verb and the name before, as printed)
        return _as_printed(para, para.add(last, "level", value, unit, *args, pos - len(before) + count_verb.start(),
                                          cmp=cmp, value_max=top), max(0, pos - 2 * WINDOW), end), False
    if before.endswith("各") and not noun and len(before) > 3:  # 培育省级示范农民合作社、家庭农场各20家
        return each_target(para, before, value, unit, args, cmp, top), False
    head = without_place(clean_indicator(before))  # 每个县拥有…X1家: the thing a place has (baselines.py)
    if closed:  # 智能终端形成2000亿元规模 → 智能终端: the verb reaching the scale names nothing, nor the words after it
        for k in range(len(head), max(1, len(head) - 4), -1):  # (形成年产50万辆规模, 形成存栏10万头以上规模: round 42)
            if (reach := ends_with(v.count_verb_end, head[:k])) and reach.start() >= 2:
                head = head[:reach.start()]
                break
        # verbs of reaching a scale the count verbs do not hold (迈上5000亿元规模: 浦东 2026; 达到存栏10万头以上规模:
        # review 45)
        head = _SCALE_REACH.sub("", head) or head
    if previous and v.length.fullmatch(head):
        head = subject_of(previous)  # …道路工程,全长470米: the length of the work named before
    elif (closing := v.length_end.search(head)) and closing.start() >= 2:
        head = head[:closing.start()]  # 新建道路全长343米: the length of the road printed before it (fresh68)
    # a value in a cell of its own: the name in the cell before it, verbs and all
    celled = not head and not noun and bool(head := cell_before(before) or para.lead_cell)
    worked_share = unit == "%" and noun_ok and share_of_work(after)
    if worked_share and (lead := v.count_verb_start.match(head)):
        head = head[lead.end():]  # 完成…村落100%工程量: the work is named, not its verb (work_shares.py)
    if unit == "%" and noun_ok and ((not head and after.startswith("的")) or share_of_set(head, after) or worked_share):
        return _as_printed(para, para.add(head + noun, "level", value, unit, pos, end + len(after.rstrip(TRIM)),
                                          sentence, around, pos - len(head), cmp=cmp, value_max=top),
                           pos - len(head), end + len(after)), False  # 50%以上的专利由企业申请; set_share.py
    if head and not noun and is_bare_verb(head) \
            and (shared := neighbour_noun(para, clause, m, pos, unit, sentence, listed > 0, before)):
        head = shared  # 新建5个、累计建成18个…站点: a verb the cleaner keeps names no thing either (shared_noun.py)
    if not head and not noun \
            and not (head := neighbour_noun(para, clause, m, pos, unit, sentence, listed > 0, before)) \
            and not (head := change_continued(para, sentence, pos, "level", unit) or ""):
        return None, False  # 新增24个、提升10个A级景区村庄; 改造68处、36.6公里: the neighbour's thing (shared_noun.py)
    # (生產總值翻一番以上,實現26億元以上: the level a change of its indicator reaches, change_names.py — shared40)
    if noun and not celled and closes_item(noun, clean_indicator(head), unit, v.count_verb_start):
        noun = ""  # 铺设污水管网348米及其他附属设施: the words after name no thing of it (closed_items.py)
    if run_on and noun and not after.startswith("的") and not (unit == "%" and v.percent_then.match(after)) \
            and not v.count_verb_start.search(before, max(0, len(before) - 6)) \
            and clean_indicator(before)[:1] not in "对为" and before.rstrip()[-1:] not in "或和及与":
        noun = ""  # 有效发明专利数280件培育…占全市1/3: the value closes its item, the next name follows
    if not noun:  # 指标 + 数, closing the clause
        if (chinese(m) and not (count_verb or written_amount(m) or counted_after(m, head)
                                or committed_once(m, clause))) \
                or v.funding.fullmatch(before[before.rfind("|") + 1:]):
            return None, False  # 投资28亿元,新建…: the funding of the work that follows
        # 社区数量达到城市社区的60%: the whole after the verb is no part of the name
        share = ends_with(v.share_of, before, 30) if unit == "%" else None
        if share and len(clean_indicator(before[:share.start()])) >= 2:
            head = clean_indicator(before[:share.start()])
        lead = None if celled else v.count_verb_start.match(head)
        if DONE.match(head):
            return None, False  # 扶持建立了科技示范户2912户: a report of what was done
        if is_bare_verb(head) and (thing := named_before(para, sentence, unit, previous, head)):
            head, lead = thing, None  # …改造提升工程,开工25个、竣工11个: the thing named before
        if lead and len(head) - lead.end() >= 2:  # 建成省级重点企业研究院1家 → 省级重点企业研究院
            before, head = before[before.find(head) + lead.end():], head[lead.end():]
        elif (thing := class_head(head)) != head:  # 推动建设千万元以上重点项目200个 → 千万元以上重点项目
            before, head = before[before.find(thing):], thing
        if unit == "个百分点":
            # 高于全国1.5个百分点: a comparison, not a commitment; 高于全市7个百分点以上: a goal's margin, its floor
            # printed (floored_margins.py)
            if (v.comparison.search(head) or _HIGHER_THAN.search(head)) \
                    and not (head := floored_margin(head, cmp) or ""):
                return None, False
            return _as_printed(para, increase_target(para, head, before, value, unit, args, cmp, top),
                               pos - len(before), end), False
        if unit in MOVE_UNITS and (moved := ends_with(MOVED_BY, head)) and len(head[:moved.start()]) >= 2:
            # 排位前移1-2位, 前进不少于1个位次: a standing moved forward, an increase in places (fresh49)
            return _as_printed(para, increase_target(para, head[:moved.start()], before, value, unit, args, cmp, top),
                               pos - len(before), end), False
        if unit not in ("%", "‰", "倍") and (raised := ends_with(RAISED_BY, head)) and not (
                raised.group().endswith("升") and (unit in v.open_units or unit in v.article_units
                                                   or ends_with(v.count_verb_end, head, 8))):
            # (提升 a count of items, 整治提升60条, 提升10个景区村庄, or 改造提升55公里, is the work done: a level)
            if "比" in head and (COMPARED.search(head) or v.comparison.search(head)):
                return None, False  # 比全省平均水平提高1000元: a comparison, as 高于全国1.5个百分点
            if not head[:raised.start()]:  # 亩产达到400公斤、提高10公斤: the rise of the level to reach before it
                level = stretched(para, sentence, unit) if listed else None
                if level is None or level.kind != "level" or not TO_REACH.search(level.quote):
                    return None, False  # (亩产389.7公斤、提高2.9公斤: a statistic and its rise, no goal)
                return _as_printed(para, increase_target(para, level.indicator, before, value, unit, args, cmp, top),
                                   pos - len(before), end), False
            return _as_printed(para, increase_target(para, head[:raised.start()], before, value, unit, args, cmp, top),
                               pos - len(before), end), False
        growth = ends_with(v.growth_end, head) if unit == "%" else None
        decline = ends_with(v.decline_end, head) if unit == "%" and not growth else None
        base, ind_at = None, pos - len(before)
        if growth or decline:  # 增长15% → 15; 年均下降5% → -5; 较2019年增长10%: base year 2019
            pair = paired_subject(para, c_start, "growth", unit) if listed else None
            head = head[:(growth or decline).start()] or (pair.indicator if pair else subject_of(previous))
            if pair and head == pair.indicator:  # 一般公共预算收入1.5亿元、增长6.4%: the level's thing (item_subjects)
                ind_at = pair.start - para.line.start
            elif head not in before and (k := para.mtext.rfind(head, max(0, pos - 2 * WINDOW), pos)) >= 0:
                ind_at = k  # 全社会固定资产投资1200亿元,增长20%: the quote starts at the subject before (round 50)
            value, top = (-value, -top if top else None) if decline else (value, top)
            if (base := BASE.search(head)) is not None:
                head = head[:base.start()] + head[base.end():]
            head = without_period(head)  # 较“十三五”时期增长50%: the period is the base (baselines.py)
        if not (growth or decline) and unit != "%" and (pair := paired_count(head)) \
                and before.endswith(head[pair[3]:]):  # 农村公路5条37.7公里: the count is a target of its own
            count_at = pos - (len(head) - pair[3])
            head = pair[0]
            para.add(head, "level", pair[1], pair[2], count_at, pos, sentence, around, pos - len(before))
        return _as_printed(para, para.add(head, "growth" if growth or decline else "level", value, unit, *args, ind_at,
                                          cmp=cmp, value_max=top, base_year=int(base.group(1)) if base else None),
                           pos - len(before), end), False  # (较2019年增长: a base cut out of the name)
    if unit == "%" and v.percent_then.match(after):  # 企业100%建立研发机构 (the name as printed: common.printed_name)
        return _as_printed(para, para.add(before + noun, "level", value, unit, pos, end + len(after.rstrip(TRIM)),
                                          sentence, around, pos - len(before), cmp=cmp, value_max=top),
                           pos - len(before), end + len(after)), False  # (its name cleaned, then as printed)
    return None, False
