"""Round-42b (tgt12): the bounds of an indicator, one general step each, from the dev misses where the value was read
right and its indicator wrong (scripts/indicator_bounds.py; docs/extraction.md, "Round 42, indicator bounds"). The
sentences are quoted from the dev pages named (tests/fixtures/real/passages); the names expected are read by hand per
spec/plan-format.md ("the measured thing as written, shortest phrase that names it")."""

from __future__ import annotations

from kechuang.extract.targets.bounds import in_aside, predicate_at, without_aside
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_linear

# --- a bracketed aside right after a value (含…, 区域面积…) qualifies the value: it names no thing ---------------------
# ha-henan-zyjnpxrw (https://jdgc.hati.edu.cn/info/1032/2431.htm);
# ha-luyi-ssss2024 (http://vocabexpress.net/szb/pc/col/202403/01/content_228274.html, in simplified characters);
# sh-shanghai-byl2024
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=23cc5d7a-cd50-4024-ad3d-8d0f72a09b63&siteId=0039)
_LUYI = ("2.改善办学条件。新建和改扩建25所学校,其中城区学校10所(含幼儿园4所)、乡镇学校15所(含幼儿园5所),新增学位"
         "6120个,提升学校办学水平。")
ASIDE_AFTER_VALUE = [
    ("全年完成职业技能培训300万人次以上(含补贴培训105万人次),新增技能人才200万人。", 2024, 300, "职业技能培训"),
    (_LUYI, 2024, 10, "城区学校"),
    (_LUYI, 2024, 15, "乡镇学校"),  # the value inside the bracket before it no longer takes its words
    ("至2026年底,完成“1+20+30+100”的任务。其中,“20”是指新建、改建以白玉兰为主的玉兰属植物特色园20座(区域面积1000平米"
     "以上)。", 2024, 20, "玉兰属植物特色园"),
]


def _one_reading(text: str, plan_year: int, value: float) -> tuple:
    """The one target read with ``value`` (indicator, …, value, …): a second or none fails."""
    found = [r for r in _rows(text, plan_year) if r[2] == value]
    assert len(found) == 1, (text, _rows(text, plan_year))
    return found[0]


def test_a_bracketed_aside_after_a_value_is_no_indicator_of_it():
    for text, plan_year, value, name in ASIDE_AFTER_VALUE:
        indicator = _one_reading(text, plan_year, value)[0]
        assert name in indicator and not indicator.startswith(("(", "(")), (text, indicator)


def test_a_bracket_that_breaks_a_count_down_keeps_its_parts():
    # the parts inside the brackets are read as before (breakdown.py), once each: 幼儿园4所, 幼儿园5所
    found = [r for r in _rows(ASIDE_AFTER_VALUE[1][0], 2024) if r[2] in (4, 5)]
    assert [r[0] for r in found] == ["幼儿园", "幼儿园"], found


def test_a_criterion_before_an_aside_stays_none():
    # guards: a threshold whose aside is followed by the thing it qualifies is no target, as before
    # (yn-guandu-wzzcs, cn-quanguo-qnrctj: dev pages of criteria)
    assert _rows("2. 提高土地审批效率。辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。") == []
    assert [r for r in _rows("本届项目拟托举对象为32岁以下(1992年1月1日及以后出生)青年科技工作者。") if r[3] == "岁"] == []


def test_in_aside():
    text = "城区学校10所(含幼儿园4所)、乡镇学校15所"
    assert in_aside(text, text.index("4所") + 2)
    assert not in_aside(text, text.index("10所") + 3)
    assert not in_aside(text, len(text))


def test_without_aside():
    assert without_aside("(含补贴培训") == ""
    assert without_aside(" (区域面积1000平米以上)") == ""
    # the words after the aside's close go on: the value qualifies them (yn-guandu-wzzcs, dev: a criterion, no target)
    assert without_aside("(不含6亩)的土地使用转让手续") == "的土地使用转让手续"
    assert without_aside("村庄(包括63个") == "村庄"
    assert without_aside("“四类乡村”(清洁乡村") == "“四类乡村”"  # hn-jiahe-slxc2024, dev
    assert without_aside("工地(2年以上)围墙") == "工地(2年以上)围墙"  # a bracket inside a name is the name's
    assert without_aside("") == ""


# --- a noun after a count runs on into the predicate of its clause (进行, 提供, 建立健全, 全面推进…): it ends there -------
# js-taizhou-cspzsn2018 (http://tech.jiangsulong.com/a/2018/0727/54807_2.html);
# ah-anhui-msss2024 (https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html);
# sd-heze-qmjs2016 (http://xuexiaosujiaopaodao.com/baike/6434);
# ah-susong-rjhj2019 (http://xxgk.susong.gov.cn/public/User/DisplayInfo2.aspx?ItemId=144709&unitId=59)
RUN_ON_PREDICATE = [
    ("■2020年,完成桃园、梅园等景点的景观品位提升,对环河13座桥梁进行文化和景观出新。", 2020, 13, "桥梁"),
    # after 为 the people are named with the service (resp49: the gold reads 康复救助的残疾人)
    ("10)实施困难残疾人康复工程,为 14.65 万名残疾人提供\n康复救助。", 2024, 14.65, "残疾人康复救助"),
    ("二)目标任务。以行政村为单元,全面开展农村人居环境整治工作,村庄整治任务完成85%,其中以乡镇为单位整村推进完成50%以上"
     "行政村的村庄整治全面推进农村生活垃圾治理,实现自然村全覆盖。", 2019, 50, "行政村的村庄整治"),
]


def test_a_noun_after_a_count_ends_at_its_clause_predicate():
    for text, plan_year, value, name in RUN_ON_PREDICATE:
        indicator = _one_reading(text, plan_year, value)[0]
        assert indicator.endswith(name), (text, indicator)


def test_predicate_at():
    assert predicate_at("桥梁进行文化和景观出新") == 2
    assert predicate_at("残疾人提供\n康复救助") == 3
    assert predicate_at("乡镇 (街道办事处)及有条件的行政村(社区)建立健全体育协会") > 2
    assert predicate_at("行政村的村庄整治全面推进农村生活垃圾治理") == 8
    assert predicate_at("村达到省级环境优美乡镇和生态村标准") is None  # one character before: no name left
    assert predicate_at("标准化考场") is None
    assert predicate_at("研究开发机构") is None  # 开发 is no predicate: 开展 is


def test_bounds_are_linear():
    assert_linear(lambda s: (without_aside(s), predicate_at(s)), lambda n: "(桥梁" * n + "进行")
