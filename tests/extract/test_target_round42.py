"""Round-42 target rules (tgt11): families of the dev misses grouped by their cause in the extractor, each found in
two dev documents at least; the sentences are quoted from the dev pages named (tests/fixtures/real/passages), the
expected values read by hand per spec/plan-format.md and the corpus README's decisions."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows
from tests.extract.timing import assert_linear

# --- a share printed as an adverb before its verb (X 100%执行…, X 100%全覆盖): the verb is one of percent_then --------
# js-taizhou-cspzsn2018 (http://tech.jiangsulong.com/a/2018/0727/54807_2.html);
# sh-baoshan-ljfl2019 (https://www.shanghai.gov.cn/zhengce/detail/0078::2dadcacd-e1c8-441c-9f2f-b7ab4d861222);
# sh-songjiang-tdf2026
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=60473f83-89df-4ac6-a192-bc38c89a4025&siteId=0082)
SHARE_BEFORE_VERB = [
    ("■2018年底，城区、重点区域及公共场所4G网络100%全覆盖。", 2018, "4G网络", 2018),
    ("罗店镇\n垃圾分类绿色账户推进100%全覆盖，创建达标累计61个小区。", 2019, "垃圾分类绿色账户推进", None),
    ("定时定点/垃圾房改建100%全覆盖。", 2019, "垃圾房改建", None),
    ("（四）加强建筑领域绿色发展。全区新建民用建筑100%执行绿色建筑标准，按照绿色建筑一星级标准全覆盖。", 2026,
     "新建民用建筑执行绿色建筑标准", None),
]


def test_a_share_before_its_verb_is_a_level_of_the_thing_named_before():
    for text, plan_year, name, year in SHARE_BEFORE_VERB:
        found = [r for r in _rows(text, plan_year) if r[2] == 100 and r[3] == "%"]
        assert len(found) == 1, (text, _rows(text, plan_year))
        indicator, kind, _, _, got_year = found[0]
        assert name in indicator and kind == "level", (text, found)
        assert indicator != "全覆盖", found
        if year is not None:
            assert got_year == year, found


def test_a_share_of_money_before_a_verb_stays_none():
    # a guard, in the words of set_share.py's example (30%资金由县财政承担, review 3): a split of a cost stays none
    assert _rows("项目资金30%由县财政承担，70%由乡镇自筹。", 2020) == []


def test_share_before_verb_is_linear():
    assert_linear(lambda text: _rows(text, 2020), lambda n: "全区新建民用建筑100%执行绿色建筑标准，" * n + "。")


# --- a scenic class after 创建 with the area named before the verb (支持X创建…, 推进X等创建…) is work toward a class,
# no class reached -------------------------------------------------------------------------------------------------
# sc-chengdu-zfgzbg2025 (https://www.cdrb.com.cn/epaper/cdrbpc/202503/14/c146293.html);
# xj-xinjiang-zfgzbg2026 (http://www.cjxww.cn/new/cjwnews/cjwcnNews/202601/t20260127_32748240.html)
WORK_TOWARD_CLASS = [
    ("开设境外熊猫旅游驿站30个,推动市内免税店建成投运。支持成都大熊猫繁育研究基地创建国家5A级旅游景区,持续推出“成都礼物”"
     "特色产品。", 2025),
    ("实施新一轮重点产业链高质量发展行动。推进新疆昆仑山、罗布人村寨等创建国家5A级旅游景区,发挥旅游带动就业、促进各民族交往"
     "交流交融作用。", 2026),
]


def test_a_class_the_area_is_helped_toward_is_no_target():
    for text, plan_year in WORK_TOWARD_CLASS:
        assert [r for r in _rows(text, plan_year) if r[1] == "category"] == [], text


def test_a_class_reached_by_a_named_area_stays():
    # zj-qingyuan-lygz2018 (qynews.zjol.com.cn, dev): the area's name after the verb
    rows = _rows("成功创建巾子峰国家4A级、莲湖村国家3A级旅游景区。", 2018)
    assert [(r[1], r[2]) for r in rows] == [("category", "4A"), ("category", "3A")]


# --- an income ratio with no unit (倍差, 收入比) is an index like 系数: a level with unit null -------------------------
# zj-zhejiang-nyncxdh145 (https://peopleweekly.cn/html/2021/sannong_0825/86006.html);
# sx-shanxi-nyshiewu (http://f.china.com.cn/2013-11/12/content_30570517.htm): the same shape with 系数
UNITLESS_RATIOS = [
    ("根据计划,到2025年底,全省农村居民人均可支配收入将超过4.4万元,城乡居民收入倍差缩小到1.9左右,低收入农户人均可支配收入"
     "提高到2.3万元,与全省农民收入倍差缩小到1.9左右。", 2021,
     [("城乡居民收入倍差", 1.9), ("与全省农民收入倍差", 1.9)]),
    ("全省有效灌溉面积增加到2300万亩,灌溉水有效利用系数达到0.6,基本建成节水型灌溉农业体系。", 2011,
     [("灌溉水有效利用系数", 0.6)]),
]


def test_an_income_ratio_is_a_level_with_no_unit():
    for text, plan_year, expected in UNITLESS_RATIOS:
        got = [(r[0], r[2]) for r in _rows(text, plan_year) if r[3] is None]
        assert got == expected, (text, _rows(text, plan_year))


def test_a_reported_ratio_without_a_verb_is_no_target():
    # ah-wuhu-zdgzjz2023q3 (dev): a progress table's ratio printed after its name, no verb of a goal
    assert [r for r in _rows("2023年上半年,芜湖农村常住居民人均可支配收入14703元;城乡收入比1.91", 2023)
            if r[3] is None] == []


# --- 规模 (scale) names no thing, as 全长 names none: the value is the scale of the thing named before it ---------------
# sh-pudong-gy155 (the 浦东 “十五五” 纲要 on shanghai.gov.cn, dev: N亿元规模 after the thing and its verb);
# sh-shanghai-fgtc2024 (the 上海 “风光同场” 方案 on shanghai.gov.cn, dev: 规模 opening the clause after the work)
SCALE = [
    ("到2030年，推动智能网联汽车、软件信息等迈上5000亿元规模，智能终端形成2000亿元规模，民用航空、船舶海工、具身智能、"
     "新型能源等实现1000亿元规模。", 2026,
     [("智能网联汽车、软件信息", 5000), ("智能终端", 2000), ("民用航空、船舶海工、具身智能、新型能源", 1000)]),
    ("二、建设目标\n2024年，启动首轮海上光伏项目竞争配置，规模不低于100万千瓦。首轮竞争配置项目作为我市保障性并网项目。", 2024,
     [("首轮海上光伏项目竞争配置", 100)]),
]


def test_a_scale_is_the_scale_of_the_thing_named_before():
    for text, plan_year, expected in SCALE:
        rows = _rows(text, plan_year)
        assert len(rows) == len(expected), (text, rows)
        for (indicator, *_rest), (name, value) in zip(rows, expected, strict=True):
            assert name in indicator and indicator != "规模" and _rest[1] == value, rows


def test_a_named_scale_keeps_its_name():
    # a scale word inside a name (产业规模: sh-hongkou-gy155; 光伏装机规模: sh-jingan-tdf2026; both dev) is left as it
    # was read
    assert [r[0] for r in _rows("力争“十五五”末产业规模达到1300亿元左右。", 2026)] == ["产业规模"]
    assert [r[0] for r in _rows("2026年新增光伏装机规模2590千瓦以上。", 2026)] == ["光伏装机规模"]


# --- an amount put against a funding body alone (省财政100元/户, 市级财政24.21亿元) is how a cost is split, no target ---
# cq-chongqing-msss2015 (http://fzggw.cq.gov.cn/zwxx/xwbd/202003/t20200319_5756150_wap.html);
# gs-gansu-gcbz2022 (https://nongye.s666.cn/js/5_657895612.html)
FUNDERS = [
    ("2015年25件重点民生实事计划总投资277亿元。其中,中央专项资金38.15亿元,市级财政24.21亿元,区县投入80.01亿元。", 2015),
    ("省财政100元/户、市财政500元/户,区财政600元/户,不足部分由镇财政承担。改厕验收合格后按标准进行补助。", 2022),
]


def test_an_amount_of_a_funding_body_alone_is_no_target():
    for text, plan_year in FUNDERS:
        assert [r for r in _rows(text, plan_year) if "财政" in r[0] or r[0].endswith(("专项资金", "投入"))] == [], \
            (text, _rows(text, plan_year))


def test_a_named_spending_of_a_body_stays():
    # the body's spending on a named purpose is a goal (he-chengan-cxxx2019, sn-zhashui-kjys2014, both dev)
    assert [r[2] for r in _rows("(一) 创新投入方面\n1. 2019年地方财政科技支出不低于4090万元;", 2019)] == [4090]
    assert 360 in [r[2] for r in _rows("2014年主要工作任务:R&D支出占GDP比重为0.25%,政府财政科技研发投入360万元;"
                                       "建立企业研发中心2个。", 2014)]


def test_funders_rule_is_linear():
    assert_linear(lambda text: _rows(text, 2022), lambda n: "省财政100元/户、" * n + "不足部分由镇财政承担。")


# --- times of a thing done (修订1次…目录) are counted by any verb before them, as the open count units are --------------
# cn-guowuyuan-zyjygg2019 (http://www.gov.cn/zhengce/content/2019-02/13/content_5365341.htm);
# sh-huangpu-xf125 (https://www.shanghai.gov.cn/zhengce/detail/0071::76c272cc-80e8-4155-b4e0-fe239cdffb07)
FREQUENCY = [
    ("原则上每5年修订1次职业院校专业目录，学校依据目录灵活自主设置专业，每年调整1次专业。", 2019,
     ["职业院校专业目录", "专业"]),
    ("每3年修订1次教材，其中专业教材随信息技术发展和产业升级情况及时动态更新。", 2019, ["教材"]),
    ("落实全区各类学校每学期2课时以上消防教育和1次以上逃生疏散演练，普及避险逃生知识和技能。", 2013, ["逃生疏散演练"]),
]


def test_times_of_a_thing_done_are_counted():
    for text, plan_year, names in FREQUENCY:
        rows = [r for r in _rows(text, plan_year) if r[3] == "次"]
        assert len(rows) == len(names), (text, rows)
        for row, name in zip(rows, names, strict=True):
            assert name in row[0] and row[2] == 1, rows


def test_once_and_for_all_is_no_count_of_times():
    # yn-yongren-cxqd2014 (dev): 一次性 before a grant's money
    rows = _rows("对新获认定的高新技术企业,从县财政经费中分别一次性资助科研经费6-10万元。", 2014)
    assert [r for r in rows if r[3] == "次"] == [], rows
