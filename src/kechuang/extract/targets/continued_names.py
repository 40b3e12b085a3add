"""Names a target takes from the target before it in its sentence:

- a share (研发经费支出达100亿元,占GDP比重2.5%) is the share of that subject: 研发经费支出占GDP比重;
- a name that is only the scope or the time of its value (年均, “十四五”以来累计, 在2025年, 每个乡镇) names no thing:
  the value goes on with the indicator of the target before it in the sentence (单位生产总值能耗降低2.5%以上,力争
  “十四五”以来累计降低10%左右: 陕西 2024; 数字经济规模将突破2800亿元,年均增速超过15%: 太原 2023). With none
  before it (行政村5G通达率,在2025年达到80%: 重庆; 每个乡镇不少于2件: 旌德 2015) the name stays as read: its thing
  stands in the clause before (left for a later round; tests/extract/test_target_round51.py dates the 重庆 one);
- a name that is only a measure (规模, 建筑面积, 投资, 床位) opening its clause is the measure of the thing the clause
  before names (启动首轮海上光伏项目竞争配置，规模不低于100万千瓦: measured_names.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.common import WINDOW
from kechuang.extract.targets.measured_names import measured_name

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# A stretch word, a period gone by to the end (“十四五”以来, 2020年以来; 以来 alone when the name was cut after the
# period) and a word of time over it (累计, 年均), or a year the value is reached in (在2025年, 到2025年底), or a
# place each of which is held to it (每个乡镇, 每所学校)
SCOPE_ONLY = re.compile("(?:" + PLEDGE + r"|努力)?(?:(?:[“\"]?十[一二三四五六七八九]?五[”\"]?|\d{4}年)?(?:以来|期间))?"
                         r"(?:累计|年均|平均)?|(?:力争|确保)?[在到]\d{4}年(?:底|末)?|每[个所家座][\u4e00-\u9fff]{1,3}")

# A name that is only a comparison with the year before (what is left of 比上年 once 年增长 is read as the growth) or a
# conversion of the value before into another unit names no thing either: the value is of the thing named before it
# in the sentence — 地区生产总值712亿元,比上年增长13% (宝坻 “十三五” 纲要, http://b2b.aaoxu.com/yclxq/22188.html);
# 人均生产总值超过7万元,折合9000美元 (路桥 区志,
# https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-K-331004-2014-001-0101/files/basic-html/page377.html) — dev
SAME_THING = re.compile(r"(?:同比|[比较][上去]年?|折合|相当于)")


def continued_name(para: Paragraph, indicator: str, ind_start: int, s_start: int, pos: int,
                   unit: str | None = None) -> tuple[str, int]:
    """The indicator and where it starts, as the target before in the sentence continues it."""
    last = para.targets[-1] if para.targets else None
    if indicator.startswith("占") and last and last.start >= para.line.start + max(s_start, pos - WINDOW):
        # (within an indicator's reach, so that a quote never spans a run of shares: 占全市1/3占全市1/3…)
        # (on a page of traditional characters the subject is as printed already: the share is printed before the
        # two are joined, or the name would mix the scripts: 技術改造投資年均占工业投资比重, 宁夏 2020 制造业, dev)
        own = para.printed(indicator, ind_start, pos) if para.traditional else indicator
        return last.indicator.split("占", 1)[0] + own, min(ind_start, last.start - para.line.start)
    if indicator and last and last.start >= para.line.start + s_start and (
            SCOPE_ONLY.fullmatch(indicator) or SAME_THING.fullmatch(indicator)):
        return last.indicator, ind_start
    # 启动首轮海上光伏项目竞争配置，规模不低于100万千瓦: the measure of the thing before (measured_names.py)
    return measured_name(para, indicator, ind_start, s_start, unit), ind_start
