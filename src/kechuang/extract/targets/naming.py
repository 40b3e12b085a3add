"""The indicator of a target where the words next to its number do not name the thing measured (the spec: "the
measured thing as written, shortest phrase that names it"):

- a list closed by 等 before the thing (启用良渚街道金家渡小学等学校项目15个; 帕古水库、堆曲灌区工程等水利项目) names
  examples of the thing: the name is the thing after 等 (学校项目), when that thing has three characters or more (a
  class of two, 良渚新城杜甫二小等学校, keeps the names before it);
- a bare verb of a stage of work (实施老旧小区综合改造提升工程,开工25个、竣工11个; 加快推进全县中小学薄弱学校改造工程,
  年度实施10所以上) counts the thing the clause before names, or the one of the target before it in the sentence;
- a noun after the number that runs on into another quantity (为42所中小学校4.74万名…学生开展…; 等15个老旧小区的25栋
  老旧楼房改造) is cut where the other quantity starts;
- 经济总量, the size of an economy, keeps its 总量, which the rules read as a level verb elsewhere (``economy_total``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.bounds import predicate_at
from kechuang.extract.targets.commitment import NOT_AFTER_PLEDGE
from kechuang.extract.targets.common import TRIM, clean_indicator
from kechuang.extract.targets.vocab import alt

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# 总量 is a level verb of the rules (…总量4000亿元: targets.yaml level_verbs), so the words before it name the target;
# after 经济 it is the noun's own end, the size of an economy (MISSES-fresh58 row 13), as the dev gold of four places
# names it: 深圳经济总量超过4万亿元 (深圳 2021 news, http://nc.smartjx.com/qy/2021/1009/25301751.html); 经济总量突破
# 2600亿元 (香洲 2021, http://ep.ycwb.com/epaper/ywdf/html/2021-11/24/content_792_448188.htm); 全省经济总量达9万亿元
# (湖北 2025, http://www.qikan.com.cn/article/zidi20250232.html); 全市工業經濟總量突破5000億元 (溧阳 2024,
# http://www.pmthrift.com/talkpic/livevideo/index.php?id=706)
_TOTAL_REACH = 16  # the verbs and approximations between 总量 and its number (总量将稳定在, 总量力争突破)


def economy_total(para: Paragraph, indicator: str, pos: int) -> str:
    """``indicator`` with 总量 when it ends with 经济 and 经济总量 stands right before the value at ``pos``."""
    if not indicator.endswith("经济"):
        return indicator
    k = para.mtext.rfind(indicator + "总量", max(0, pos - len(indicator) - _TOTAL_REACH), pos)
    # within the value's own clause: a 总量 of the clause before names another statement (经济总量稳步扩大,经济增长8%:
    # review 44)
    if k < 0 or any(c in para.mtext[k:pos] for c in ",;。、,;"):
        return indicator
    return indicator + "总量"


# 总量/总数 right before another verb of reaching closes the noun, it is no verb of its own (the level verbs list both
# for …总数1000家): the gold of every dev page that prints it keeps it — 用水總量控制在34.47億立方米以內 (合肥 水利
# “十四五”, http://73n4.com/news/show.php?itemid=32413), 用水总量控制在300亿立方米以内 (江西 2011 水利,
# http://www.gzjrw.com.cn/Item/41130.aspx), 全区高新技术企业总量达到160家 (宣州 科技,
# https://www.xuanzhou.gov.cn/OpennessContent/show/3411311.html), 托位总数达到5.19万个 (西安 2024 民生实事,
# https://sx.sina.com.cn/news/b/2024-03-19/detail-inanvpww9509665.shtml?from=sx_ydph), 技能人才总量达到810万人 (河南
# 2018, http://www.kjw.cc/2018/07/27/141316.html), 占专业课教师总数超过一半 (国务院 2019 职教改革,
# http://www.gov.cn/zhengce/content/2019-02/13/content_5365341.htm) — dev. After a modal it is the verb's own
# (高新技术企业数量力争总数突破450家: the name is 高新技术企业数量), and alone (总数达到30万个) it names nothing;
# after a name that is a total already (地区生产总值总量达到4000亿元: test_five60_names) it is the verb as before.
_TOTAL_NOUN_END = re.compile(r"[^\W_][^\W_]" + NOT_AFTER_PLEDGE + r"(?<![将要为])(?<!总值)(?<!总额)"
                             r"(?:总量|总数)\s{0,4}$")


def total_noun(head: str) -> bool:
    """Whether ``head``, the words before a level verb, ends with a noun's 总量/总数 (用水总量, 托位总数)."""
    return bool(_TOTAL_NOUN_END.search(head, max(0, len(head) - 12)))


# 等 closing a list, not 等 of a word (高等学校, 中等职业, 同等, 等级, 等于; 三级甲等, 二级乙等, 特等奖): at least two
# characters before it, and the thing after it at least three characters and no other word of 等 (等方面 names no
# thing). A thing of two characters (…等活动, …等培训, …等苗木: 兰州 2019, 西宁 2021, 洋县 2024, dev) is a class the
# names before it make a name of.
# (LIST_DENG: that 等, for list_items.py too)
LIST_DENG = r"(?<![高中初同平相均对优头上下一二三四甲乙丙丁特])等(?![级于同效候待次额量价分份第方])"
_AFTER_LIST = re.compile(rf"^(?P<names>[^等]{{2,}}?){LIST_DENG}(?P<thing>[^等]{{3,}})$")
# A noun after a number runs on into another quantity: 中小学校4.74万名…, 老旧小区的25栋… (but 年收入达500亿元的企业
# and 预增产值过10亿元 qualify their noun with the number: a verb or 的 of that number keeps it; a number before a
# Latin letter is a name's, no quantity: 农村5G基站, 国家4A级旅游景区, 省级3D打印创新中心)
_RUN_ON_QUANTITY = re.compile(r"的?\s*\d(?![\d.]*\s*(?:[-—~至]|周?岁|[A-Za-z]))")
_COPULA_END = re.compile(r"(?:是|为)$")
_HEADING_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
_NO_THING = re.compile(r"\d|一批|若干|一系列")
# The number of an item of a list opening the clause (6)加强…, (3)推进…, 2.实施…, ⑤…) counts nothing of it
_ITEM_NUMBER = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}(?:[)）]|[.．、](?!\d)))")
# (an age or a range, 农村35—64岁妇女: 贵州 2020, dev, qualifies the people counted: no other quantity)
_QUALIFYING_END = re.compile(r"(?:达|过|超|超过|达到|约|近|不少于|不低于|以上|投资|总投资|年产|年收入|面积|规模)$")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    r = load_rules("targets")
    verbs = alt(sorted(set(r["count_verbs"]) | set(r["stage_verbs"]), key=len, reverse=True))
    times, adverbs = alt(r["bare_verb_times"]), alt(r["clause_adverbs"])
    bare = re.compile(rf"(?:{times})?(?:{adverbs})?(?:{verbs})+")
    lead = re.compile(rf"^(?:{adverbs})*(?:{verbs})*")
    stages = alt(sorted(r["stage_verbs"], key=len, reverse=True))
    stage = re.compile(rf"(?:{times})?(?:{stages})+")
    return bare, lead, stage, re.compile(rf"(?:{stages})$")


# A count in 所 counts institutions (schools, hospitals), and the names before 等 are institutions of that kind: the
# thing after 等 is the indicator though it has two characters only (开工建设良渚新城杜甫二小等学校19所: 余杭 2022;
# 新建、改扩建浮山后三小区中学、立新小学等学校6所: 青岛市北 2022 — dev, fresh45). Other units keep the two-character
# class with its names (…等活动200场次: 兰州 2019; …等培训2400人: 西宁 2021).
_INSTITUTION_UNITS = frozenset({"所"})
_AFTER_LIST_INSTITUTION = re.compile(rf"^(?P<names>[^等]{{2,}}?){LIST_DENG}(?P<thing>[^\W\d_]{{2}})$")


def after_list(indicator: str, unit: str | None = None) -> str:
    """帕古水库、堆曲灌区工程等水利项目 → 水利项目: the thing a list of its examples closes on; with a count in 所, a
    thing of two characters too (杜甫二小等学校 → 学校)."""
    if "等" not in indicator:
        return indicator
    m = _AFTER_LIST.match(indicator)
    if m is None and unit in _INSTITUTION_UNITS:
        m = _AFTER_LIST_INSTITUTION.match(indicator)
    return m.group("thing").strip(TRIM) if m else indicator


def is_bare_verb(head: str) -> bool:
    """开工, 竣工, 年度实施, 推进: a verb (and a time word) with no thing."""
    return bool(head) and bool(_patterns()[0].fullmatch(clean_indicator(head)))


def object_of(clause: str) -> str:
    """The thing a clause with no number names, after its verb if any (加快推进全县中小学薄弱学校改造工程 → 全县中小学
    薄弱学校改造工程); empty when the clause holds a number (its own target's), a batch (一批, 若干: no count) or names
    nothing of two characters."""
    head = clean_indicator(_ITEM_NUMBER.sub("", clause, count=1))
    if not head or _NO_THING.search(head):
        return ""  # 坚持每月开竣工一批项目,全年新开工77个: 一批 counts nothing the verb after could count
    thing = _patterns()[1].sub("", head, count=1).strip(TRIM)
    return thing if len(thing) >= 2 else ""


def without_verb(indicator: str) -> str:
    """The thing of a target's indicator without the verbs that open or close it (开工未来社区 → 未来社区; 三、新开工
    经济适用住房 → 经济适用住房: 郑州 2005; 县乡公路路面改善提升工程建成 → 县乡公路路面改善提升工程: 贵州 2020, dev);
    empty when nothing of two characters is left (新开工)."""
    thing = _patterns()[1].sub("", _HEADING_NUMBER.sub("", indicator), count=1)
    thing = _patterns()[3].sub("", thing).strip(TRIM)
    return thing if len(thing) >= 2 else ""


def stage_name(verb: str, indicator: str) -> str | None:
    """The name of a count of a stage of work with no noun of its own, continued from the target before it (新开工15个
    小区、完工15个: 朝阳 2023; 开工未来社区5个,完工3个: 西湖 2023 — dev): the stage and the thing of that target without
    its own stage (完工未来社区, not 完工开工未来社区; the stage alone when that target names a stage only: 新开工77个、
    竣工63个: 龙文 2018, dev); None for a verb of no stage."""
    return verb + without_verb(indicator) if _patterns()[2].fullmatch(verb) else None


# the verbs of a service done for the people a count after 为 names (为2452名残疾人提供康复救助: 舒城 2024;
# 为300户老年人家庭进行适老化改造: 静安 2025, dev): the gold names the people with the service, the verb left out
_SERVICE = re.compile(r"进行|進行|提供")
# 为 (为, 為) right before a count, or with a scope word between (为全区): the count is of the people served
_SERVED = re.compile(r"[为為](?:全[省市县区縣區])?$")


def served(before: str) -> bool:
    """Whether the words ``before`` a count end with 为: the count may be of the people a service is done for
    (为130户…家庭进行无障碍改造). A copula's 为 (床位为300张) answers True as well; ``noun_after`` then finds no service
    after the people and names the count as it did before this rule (review49, F9)."""
    return bool(_SERVED.search(before.rstrip()[-4:]))  # the last words only: no scan of a long clause


def noun_after(noun: str, for_people: bool = False) -> str:
    """The thing after a number, up to another quantity: 中小学校4.74万名…学生开展… → 中小学校; 老旧小区的25栋老旧
    楼房改造 → 老旧小区. ``for_people``: the count follows 为, so the people counted are named with the service done for
    them (为130户困难重度残疾人家庭进行无障碍改造 → 困难重度残疾人家庭无障碍改造: resp49)."""
    run = _RUN_ON_QUANTITY.search(noun)
    if run and "的" not in noun[run.end():]:
        head = _COPULA_END.sub("", noun[:run.start()].strip(TRIM))  # 农村公路是2022年…之一 (阜新 2022, dev)
        if len(head) >= 2 and not _QUALIFYING_END.search(head):
            noun = head
    if (verb := predicate_at(noun)) is not None:  # 桥梁进行文化和景观出新 → 桥梁: the thing, not the work done to it
        service = _SERVICE.match(noun, verb) if for_people else None
        work = noun[service.end():].strip(TRIM) if service else ""
        noun = noun[:verb].strip(TRIM) + (work if len(work) >= 2 else "")
    return noun


def named_before(para: Paragraph, sentence: int, unit: str | None, previous: str, head: str) -> str:
    """The thing a bare verb (``head``) counts: the object of the clause before (with no number of its own), after the
    verb when it is one of a stage of work (实施老旧小区综合改造提升工程,开工25个 → 开工老旧小区综合改造提升工程), else,
    for a verb of a stage of work, its verb and the thing of the target before it in the sentence, of the same unit
    (开工未来社区5个,完工3个 → 完工未来社区; 新建成使用幼儿园2所,新开工建设2所 → 新开工建设幼儿园); else empty."""
    verb = clean_indicator(head)
    if thing := object_of(previous):
        return verb + thing if _patterns()[2].fullmatch(verb) else thing  # 开工25个、竣工11个: two stages, two names
    last = para.targets[-1] if para.targets else None
    opened = para.line.start + para.sentences[sentence][0]
    if last is None or last.start < opened:
        return ""
    if last.unit != unit or not _patterns()[2].fullmatch(verb):
        return _same_unit_before(para, opened, unit)
    thing = without_verb(last.indicator)
    return verb + thing if thing else ""


def _same_unit_before(para: Paragraph, opened: int, unit: str | None) -> str:
    """The thing of the latest target of the sentence in the same unit, for a bare verb that is no stage of work: a
    second commitment on the same things (年内建成省级宜居宜业和美乡村2个、新打造1个: 宝应 2025, js-baoying-fanshui2025;
    確保新建成各類充電站96座、各類充電樁30000個;力爭建成190座: 江西 2021 充电设施, jx-jiangxi-cdss2021 — dev)."""
    for t in reversed(para.targets):
        if t.start < opened:
            return ""
        if t.unit == unit:
            return without_verb(t.indicator)
    return ""
