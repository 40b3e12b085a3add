"""Numbers of one clause read in order: the three shapes of a target, and lists of counts.

A count item (培育 + 5家 + 事物) ends where the next item of a list starts (、/和/及/以及 + number, or a verb,
为…, …等 before it); that item shares the verb, numbers inside an item's noun belong to it, and items without
the shared head noun take the last item's (培育5家年收入过百亿元、2家年收入达500亿元的企业).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.targets.baselines import is_baseline, named_again, place_has, without_period, without_place
from kechuang.extract.targets.bounds import in_aside, without_aside
from kechuang.extract.targets.common import LISTED_UNITS, TRIM, WINDOW, clean_indicator, subject_of
from kechuang.extract.targets.count_parts import (
    _LIST_CLOSED,
    _cell_before,
    _continued,
    _each,
    _ends_with,
    _increase,
    _names_all,
    _open_verb,
    _stretched,
)
from kechuang.extract.targets.naming import is_bare_verb, named_before, noun_after
from kechuang.extract.targets.paired import paired_count
from kechuang.extract.targets.placed import named_first, place_item, placed
from kechuang.extract.targets.set_share import share_of_set
from kechuang.extract.targets.set_terms import idiom
from kechuang.extract.targets.shared_noun import neighbour_noun
from kechuang.extract.targets.size_class import class_head, names_a_class
from kechuang.extract.targets.sized import SIZED
from kechuang.extract.targets.verb_led import verb_led
from kechuang.extract.targets.vocab import CN_NUM, value_of, vocab
from kechuang.extract.targets.written_numbers import chinese, written_amount
from kechuang.extract.targets.years import BASE

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# Items of a list of targets inside one clause: "…2家、…5家".
_ITEM_TAIL = re.compile(r"\d(?:[^\d、]{1,5})?(?:以上|左右)?、$")
_ITEM_END = re.compile(r"^[^、,;]{1,40}?\d")
# An item after 、 with a comparison or verb of its own and no number (进出口总额增长9%左右、增速高于全国平均水平: 安徽
# 重点工作; 覆盖率达到98%以上、耕种收综合机械化率高于所在省份平均水平: 农业农村部 2021): the value's item ends at 、.
_NEXT_CLAUSE = re.compile(r"^[^、,;\d]{1,30}?(?:高于|低于|快于|慢于|不低于|明显|同步)")
_LIST_SEP = re.compile(r"(?:、|以及|和|及|与)(?P<tail>[^、和及与]{0,16})$")
_FROM = re.compile(r"[从由][^从由,;]{0,8}?[\d.]{1,12}[^从由,;]{0,6}$")
_DONE = re.compile(r"^[^,;了]{0,6}(?<![为除])了")
_AGE = re.compile(r"^\d{1,3}(?:[-—~至]\d{1,3})?周?岁(?:及以上|以上|以下|及以下)?的?")
_GOAL_TAIL = re.compile(r"^[”\"]?的?(?:目标任务|目标|任务)[\s。;;!!]*$")  # …增长4%的目标。, …1家”目标 end it
_WHEN_END = re.compile(r"(?:全年|年内|当年|今年)$")
_BATCH = re.compile(r"(?:、|以及|和|及|与)(?:一批|若干|一系列|一些|多个)")
_RISE_AFTER = re.compile(r"的?(?:增长|增幅)(?=$|[,;。、])")
_RISE_VERB = re.compile(r"(?:实现|保持|达到|力争|确保)\s*$")
_ROUND_CN = re.compile(r"^[十百千万]{1,3}$")
# a space or a hedge between a counting word and its number (对约80个, 开放 200 个, 为 14.65 万名): not part of the verb
_GAP_END = re.compile(r"(?:\s|约|近|超过|超|逾){1,3}$")
# the items that exist, the object of the work (为老旧小区内既有的1000个…加装消防设施: 上海 2021 实事, 虹口 2026;
# 完成现有2条…治理任务: 杨浦 2025 — dev, round 40): the verb or 为 before them counts the noun after the number
_EXISTING = re.compile(r"(?:[^,;。、\d\s为对]{1,8}?内)?(?:现有|既有)的?$")
_HELD = re.compile(r"(?:确保|守住) ?$")  # 确保185万亩粮播面积, 守住18亿亩耕地红线: what is held (round 41)
_HELD_STATE = re.compile(r"(?:稳定|穩定)$")  # 确保…粮播面积稳定: the state held is no name (review 12)
# 单产提高7公斤, 寿命…继续提高1岁: a rise by a quantity (round 40); 提升 likewise (review 11)
_RAISED_BY = re.compile(r"(?:继续|繼續|再)?提[高升]$")
_TO_REACH = re.compile(r"达到|提高到|提升到|提高至|提升至")  # a level stated as one to reach (review 11)
# 比全省平均水平提高1000元: a comparison with another place, not with a year (review 11)
_COMPARED = re.compile(r"比(?!\d{4}|上年|去年)")
# Between two values, a name alone (no separator, digit or 的/以上): the page lost the comma after the first.
_RUN_ON = re.compile(r"(?![的之以及和与等])[^\d、,;:。和及与()()《》%]{3,40}")


# After a growth word, another rate (的…率, 贡献率) makes the growth part of that rate's name:
# 科技进步对经济增长的贡献率 (阜新 2015; 甘肃 “十三五”科技创新规划, held out), not 年均增长的目标为15%.
_NAMED_RATE = re.compile(r"的[^,;。]{0,6}率|[^,;。的]{0,6}贡献率")


def _item_start(before: str) -> int:
    """Where the last item of a list in ``before`` starts ("…2家、" → after the 、), else 0; looks only at the
    characters before each 、, from the right, so a long window costs little."""
    k = len(before)
    while (k := before.rfind("、", 0, k)) >= 0:
        if _ITEM_TAIL.search(before, max(0, k - 12), k + 1):
            return k + 1
    return 0


class ListReader:
    """The candidates of one clause, in order. A count item (培育 + 5家 + 事物) ends where the next item of a
    list starts (、/和/及/以及 + number); that item shares the verb, numbers inside an item's noun belong
    to the noun (年收入达500亿元的企业), and items without the shared head noun take the last item's."""

    def __init__(self, para: Paragraph, clause: str, c_start: int, sentence: int, previous: str,
                 found: list[re.Match]):
        self.para, self.clause, self.c_start, self.sentence, self.previous = para, clause, c_start, sentence, previous
        self.found = found

    def _items(self) -> list[tuple[int, int, int]]:
        """For each candidate i: (index of the next list item after it, where item i's noun ends, where that
        item's own words start). A candidate starts an item when a separator stands before it, followed by
        nothing or by a verb (、引进10名). One pass from the end, so a clause of 100,000 numbers stays linear."""
        v = vocab()
        out: list[tuple[int, int, int]] = [(0, 0, 0)] * len(self.found)
        nxt = (len(self.found), len(self.clause), len(self.clause))
        for i in range(len(self.found) - 1, -1, -1):
            out[i] = nxt
            gap_start = self.found[i - 1].end() if i else 0
            sep = _LIST_SEP.search(self.clause, gap_start, self.found[i].start()) if i else None
            tail = sep.group("tail") if sep else ""
            if sep and (not tail or v.count_verb_end.search(tail) or v.level_verb_end.search(tail)
                        or v.beneficiary_end.search(tail) or v.list_closer.search(tail) or verb_led(tail)
                        or place_item(tail)):  # 、老城区158个小区: a place alone opens the next item (placed.py)
                nxt = (i, sep.start(), sep.start("tail"))
        return out

    def read(self, counting: bool) -> bool:
        i, chain, items = 0, [], self._items()
        counted = False
        floor = 0  # where the words of the next value may start: after a value that closed its run-on item
        while i < len(self.found):
            m = self.found[i]
            j, noun_end, _ = items[i]
            own = items[i - 1][2] if chain and i and items[i - 1][0] == i else None
            if i == 0 and counting and not self.clause[:m.start()].strip(TRIM):
                own = 0
            nxt = self.found[i + 1].start() if i + 1 < len(self.found) else None
            run_on = nxt is not None and bool(_RUN_ON.fullmatch(self.clause, m.end(), nxt)) \
                and len(self.clause[m.end():nxt].strip()) - _verb_width(self.clause[m.end():nxt]) >= 2
            target, counted = candidate(self.para, m, self.clause, self.c_start, self.sentence, self.previous,
                                        noun_end, own, floor, run_on)
            if run_on and target and not counted:
                floor = m.end()
            if counted:
                if target:
                    chain.append(target)
                if j < len(self.found):
                    i = j  # numbers inside this item's noun are part of its name
                    continue
                i = len(self.found)
            else:
                _share_head(chain)
                chain = []
                i += 1
        _share_head(chain)
        return counted and bool(chain)


def _verb_width(gap: str) -> int:
    """How many characters of ``gap`` are the level verb it ends with (提高到 of 8.7万元提高到12万元)."""
    verb = _ends_with(vocab().level_verb_end, gap.rstrip())
    return len(verb.group()) if verb else 0


def _share_head(chain: list[Target]) -> None:
    """培育5家年收入过百亿元、2家年收入达500亿元的企业: the first item's noun takes 的企业."""
    if len(chain) < 2 or "的" not in chain[-1].indicator:
        return
    head = chain[-1].indicator[chain[-1].indicator.rfind("的"):]
    for t in chain[:-1]:
        if "的" not in t.indicator:
            t.indicator += head


def _excluded(para: Paragraph, m: re.Match, clause: str, pos: int) -> bool:
    """Numbers in quotes, titles or annotations, ordinals (第三), rates' denominators (每万名),
    parts of codes (NO.10) and idioms (一套) are not values of targets."""
    if para.masked[pos]:
        return True
    before_char = clause[m.start() - 1] if m.start() else ""
    if before_char and ((before_char.isascii() and (before_char.isalnum() or before_char in ".+-"))
                        or before_char in "第每前后" or before_char in CN_NUM):
        return True
    if chinese(m) and (not m.group("unit") or m.group("unit") in vocab().measure_units) \
            and _ROUND_CN.match(m.group("num")[:-1]) and re.match(r"[级\u4e00-\u9fff]", clause[m.end():m.end() + 1]) \
            and not m.group("cmp"):
        return True  # 百亿工业企业, 千亿级产业集群, 千亿斤粮食生产能力工程, 超千亿元高新区: a class of size in a name
    if m.group("num") and not m.group("num").strip("万亿") and (m.group("unit") or "元") == "元" \
            and _CLASS_NEXT.match(clause, m.end()):
        return True  # 实施亿元技改项目1500个, 482个亿元以上新兴产业重点项目, 亿元企业: a class of size in a name
    return idiom(m, clause)  # 一套, 两头; 一元化, 一人公司 (set_terms.py)


def _tail_start(para: Paragraph, pos: int) -> int:
    """Where the first annotation after ``pos`` starts (a 责任单位 tail), else a position past any clause."""
    k = bisect.bisect_left(para.skip_starts, pos)
    return para.skip_starts[k] if k < len(para.skip_starts) else pos + 10 * WINDOW


# What follows a bare 万元/亿元 (no digit) that names a class of size: a noun (not 规模), not a stop
# (湖北 2022 工业 action plan: 亿元技改项目, 亿元以上新兴产业重点项目; 如皋 2024: 10亿元企业、亿元企业;
# 突破万亿元。 stays a value).
_CLASS_NEXT = re.compile(r"[\u4e00-\u9fffA-Za-z](?<!规)")


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
    if value is None or _excluded(para, m, clause, pos) or names_a_class(clause, m) or in_aside(clause, m.end()):
        return None, False  # (建设千万元以上重点项目200个: the amount names the thing; (含幼儿园4所): bounds.py)
    if is_baseline(clause[:m.start()], para.mtext, c_start + m.end()):
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
    if after.startswith("、") and (_ITEM_END.search(after[1:]) or _NEXT_CLAUSE.search(after[1:])):
        after = ""  # 新建省级重点实验室2家、省级企业研究院5家; 增长9%左右、增速高于全国平均水平: this item ends here
    chained = own is not None
    if chained:
        before = clause[own:m.start()]
    whole = before  # the clause before the value, items and all (a list's names are counted over it)
    listed = _item_start(before)  # > 0: an item of a list in this clause stands before this value's words
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
            and (stretch := _stretched(para, sentence, unit)):  # …增长2%,力争3%: the same indicator's stretch goal
        sign = -1 if stretch.kind == "growth" and stretch.value < 0 else 1  # 能耗下降3%,力争4%: −4
        return para.add(stretch.indicator, stretch.kind, sign * value, unit, *args, stretch.start - para.line.start,
                        cmp=cmp, value_max=top), False
    after = _AGE.sub("", after)  # 7万名35-64岁妇女 → 7万名 妇女
    batch = _BATCH.search(after)
    if batch:
        after = after[:batch.start()]  # 建成5个X和一批Y: the item ends before the uncounted one
    if _GOAL_TAIL.match(after):
        if unit in LISTED_UNITS and not after.lstrip().startswith("的"):
            return None, False  # 努力实现六个目标: the count of the plan's own goals
        after = ""  # 完成全年地区生产总值增长13%的目标: the number closes its indicator
    if unit == "%" and (rise := _RISE_AFTER.match(after)):  # 4个结构性指标均实现10%以上增长: a growth of 10%
        head = _RISE_VERB.sub("", before).strip(TRIM)
        head = re.sub(r"^[\d一二两三四五六七八九十]{1,3}[个项类]|均$", "", head)
        return para.add(head, "growth", value, unit, pos, end + rise.end(), sentence, around, pos - len(before),
                        cmp=cmp, value_max=top), False
    noun = after.strip(TRIM)
    noun_ok = bool(noun) and (not re.match(r"\d|[万亿](?!元[^\d,;。、])", noun)  # 482个亿元以上…项目: a class
                              or bool(SIZED.match(noun)))  # 4座110千伏变电站: a size inside the thing counted
    verb = _ends_with(v.level_verb_end, before)
    if unit == "天" and not (verb and v.day_measure.search(before, max(0, verb.start() - 12), verb.start())):
        return None, False  # 开展30天专项行动, 30天内办结: a duration; 优良天数达到280天: a level
    if verb:  # 指标 + 达到 + 数 (+ 事物)
        head, kind = _WHEN_END.sub("", before[:verb.start()]), "level"  # 失业率全年控制在 → 失业率
        again = _ends_with(v.level_verb_end, head)  # 提升至接近70%: two verbs in a row
        if again:
            head = head[:again.start()]
        # 培养不少于100名优秀企业家, 推进不少于60个城乡公益性公墓: a count verb before the bound counts the noun after
        if noun_ok and len(after.strip(TRIM)) > 1 and (not clean_indicator(head) or head.lstrip()[:1] in "各每"
                                                       or _ends_with(v.count_verb_end, head)
                                                       or v.beneficiary_end.search(head)):  # 对约80个…进行改造
            t = para.add(noun_after(noun), kind, value, unit, pos, end + len(after.rstrip(TRIM)), sentence, around,
                         pos + len(after) - len(after.lstrip(TRIM)) + m.end() - m.start(), cmp=cmp, value_max=top)
            return t, False
        head = _FROM.sub("", head)  # 从人均8.7万元提高到12万元: the baseline is not in the name
        if v.length.fullmatch(clean_indicator(head)):
            head = ""  # …供热主管网,全长约4.3公里: the length of the work named before
        growth = v.growth.search(head)
        if growth and _NAMED_RATE.match(head, growth.end()):
            growth = None  # 科技进步对经济增长的贡献率达到60%: the growth names what the rate is of
        if growth and unit == "%":
            kind, head = "growth", head[:growth.start()] + head[growth.end():]
        head_start = pos - len(before)
        stretch = _stretched(para, sentence, unit) if listed and not clean_indicator(head) else None
        if stretch:  # 增长7%以上、力争达到8%: the same indicator's stretch goal, of the same kind
            head, kind = stretch.indicator, stretch.kind
            head_start = stretch.start - para.line.start
        elif not clean_indicator(head) and previous:  # …30个，总计达60个: the name before (baselines.py)
            head, head_start = named_again(para, sentence, unit, previous, c_start)
        elif not clean_indicator(head) and para.lead_cell:  # 脱贫户供水设施数量 / ≥20座: the cell above
            head = para.lead_cell
        elif is_bare_verb(head) and (thing := named_before(para, sentence, unit, previous, head)):
            head = thing  # 加强城乡公益性公墓建设管理,推进不少于60个: the thing of the clause before
        if len(after.strip(TRIM)) <= 6:
            return para.add(head, kind, value, unit, *args, head_start, cmp=cmp, value_max=top), False
        return None, False
    gap = _GAP_END.search(before, max(0, len(before) - 6)) if before[-1:] in " 约近超逾过" else None
    counted = before[:gap.start()] if gap else before  # the words before the gap: positions as in ``before``
    bare = counted[:ex.start()] if "有" in counted[-3:] and (
        ex := _EXISTING.search(counted, max(0, len(counted) - 14))) else counted  # 完成现有2条: 完成 counts
    count_verb = (_ends_with(v.count_verb_end, bare) or v.beneficiary_end.search(bare)
                  or place_has(para, sentence, pos, counted) or v.list_closer.search(counted)
                  or _ends_with(v.count_place_end, counted)
                  or (unit not in "万萬亿億" and _HELD.search(bare))  # 确保10万农村劳动力: no measure (review 12)
                  or (placed(counted, noun) or named_first(counted, noun) if noun_ok else None))  # placed.py
    if count_verb and count_verb.group().endswith("了"):
        return None, False  # 扶持建立了科技示范户2912户: a report of what was done
    if count_verb and count_verb.re is v.list_closer \
            and _names_all(whole[:len(whole) - len(before) + count_verb.start()], value):
        return None, False  # 湖田中学、伯塘中学等2所: a list named in full is counted (等5所 after two names: a goal)
    if not count_verb and noun_ok and not run_on and not chinese(m) and _open_verb(counted, unit, noun) \
            and not _names_all(whole, value) and not _LIST_CLOSED.search(whole):  # A、B和C3家众创空间: the names' count
        count_verb = re.search(r".{2}$", counted)
    if (count_verb or (chained and (not before.strip(TRIM) or place_item(before.strip(TRIM))))) \
            and noun_ok and not (unit == "%" and after.startswith("全覆盖")):  # 建成+数+事物; not 推进100%全覆盖
        if _ROUND_CN.match(m.group("num") or "") and v.programme.search(noun):
            return None, False  # 实施千名博士引进工程: a programme's name
        if unit in v.article_units and v.article_noun.search(noun):
            return None, False  # 科技创新30条…扶持政策, 等27条举措: the articles of a policy
        verb_at = pos - len(before) + count_verb.start() if count_verb else pos
        if count_verb and count_verb.re is _HELD:
            noun = _HELD_STATE.sub("", noun) or noun
        return para.add(noun_after(noun), "level", value, unit, pos, end + len(after.rstrip(TRIM)), sentence,
                        around, verb_at, cmp=cmp, value_max=top), True
    if count_verb and not noun and (last := _continued(para, before, unit, sentence)):
        return para.add(last, "level", value, unit, *args, pos - len(before) + count_verb.start(), cmp=cmp,
                        value_max=top), False
    if before.endswith("各") and not noun and len(before) > 3:  # 培育省级示范农民合作社、家庭农场各20家
        return _each(para, before, value, unit, args, cmp, top), False
    head = without_place(clean_indicator(before))  # 每个县拥有…X1家: the thing a place has (baselines.py)
    if previous and v.length.fullmatch(head):
        head = subject_of(previous)  # …道路工程,全长470米: the length of the work named before
    # a value in a cell of its own: the name in the cell before it, verbs and all
    celled = not head and not noun and bool(head := _cell_before(before) or para.lead_cell)
    if unit == "%" and noun_ok and ((not head and after.startswith("的")) or share_of_set(head, after)):
        return para.add(head + noun, "level", value, unit, pos, end + len(after.rstrip(TRIM)), sentence, around,
                        pos - len(head), cmp=cmp, value_max=top), False  # 50%以上的专利由企业申请; set_share.py
    if not head and not noun and not (head := neighbour_noun(para, clause, m, pos, unit, sentence, listed > 0, before)):
        return None, False  # 新增24个、提升10个A级景区村庄; 改造68处、36.6公里: the neighbour's thing (shared_noun.py)
    if run_on and noun and not after.startswith("的") and not (unit == "%" and v.percent_then.match(after)) \
            and not v.count_verb_start.search(before, max(0, len(before) - 6)) \
            and clean_indicator(before)[:1] not in "对为" and before.rstrip()[-1:] not in "或和及与":
        noun = ""  # 有效发明专利数280件培育…占全市1/3: the value closes its item, the next name follows
    if not noun:  # 指标 + 数, closing the clause
        if (chinese(m) and not (count_verb or written_amount(m))) \
                or v.funding.fullmatch(before[before.rfind("|") + 1:]):
            return None, False  # 投资28亿元,新建…: the funding of the work that follows
        # 社区数量达到城市社区的60%: the whole after the verb is no part of the name
        share = _ends_with(v.share_of, before, 30) if unit == "%" else None
        if share and len(clean_indicator(before[:share.start()])) >= 2:
            head = clean_indicator(before[:share.start()])
        lead = None if celled else v.count_verb_start.match(head)
        if _DONE.match(head):
            return None, False  # 扶持建立了科技示范户2912户: a report of what was done
        if is_bare_verb(head) and (thing := named_before(para, sentence, unit, previous, head)):
            head, lead = thing, None  # …改造提升工程,开工25个、竣工11个: the thing named before
        if lead and len(head) - lead.end() >= 2:  # 建成省级重点企业研究院1家 → 省级重点企业研究院
            before, head = before[before.find(head) + lead.end():], head[lead.end():]
        elif (thing := class_head(head)) != head:  # 推动建设千万元以上重点项目200个 → 千万元以上重点项目
            before, head = before[before.find(thing):], thing
        if unit == "个百分点":
            if v.comparison.search(head) or re.search(r"比(?!\d{4})[^,;]{1,12}(?<!提)高", head):
                return None, False  # 高于全国1.5个百分点: a comparison, not a commitment
            return _increase(para, head, before, value, unit, args, cmp, top), False
        if unit not in ("%", "‰", "倍") and (raised := _ends_with(_RAISED_BY, head)) and not (
                raised.group().endswith("升") and (unit in v.open_units or unit in v.article_units
                                                   or _ends_with(v.count_verb_end, head, 8))):
            # (提升 a count of items, 整治提升60条, 提升10个景区村庄, or 改造提升55公里, is the work done: a level)
            if "比" in head and (_COMPARED.search(head) or v.comparison.search(head)):
                return None, False  # 比全省平均水平提高1000元: a comparison, as 高于全国1.5个百分点
            if not head[:raised.start()]:  # 亩产达到400公斤、提高10公斤: the rise of the level to reach before it
                level = _stretched(para, sentence, unit) if listed else None
                if level is None or level.kind != "level" or not _TO_REACH.search(level.quote):
                    return None, False  # (亩产389.7公斤、提高2.9公斤: a statistic and its rise, no goal)
                return _increase(para, level.indicator, before, value, unit, args, cmp, top), False
            return _increase(para, head[:raised.start()], before, value, unit, args, cmp, top), False
        growth = _ends_with(v.growth_end, head) if unit == "%" else None
        decline = _ends_with(v.decline_end, head) if unit == "%" and not growth else None
        base, ind_at = None, pos - len(before)
        if growth or decline:  # 增长15% → 15; 年均下降5% → -5; 较2019年增长10%: base year 2019
            head = head[:(growth or decline).start()] or subject_of(previous)
            if head not in before and (k := para.mtext.rfind(head, max(0, pos - 2 * WINDOW), pos)) >= 0:
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
        return para.add(head, "growth" if growth or decline else "level", value, unit, *args, ind_at,
                        cmp=cmp, value_max=top, base_year=int(base.group(1)) if base else None), False
    if unit == "%" and v.percent_then.match(after):  # 企业100%建立研发机构
        return para.add(before + noun, "level", value, unit, pos, end + len(after.rstrip(TRIM)),
                        sentence, around, pos - len(before), cmp=cmp, value_max=top), False
    return None, False
