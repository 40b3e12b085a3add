"""Round-73 target rules (targ73): report cues whose reach stopped short (A2 of docs/fresh-misses.md, "Update, session
28"). A review's estimate (预计完成X,Y,Z) reaches over the items listed after its own clause (targets/estimate_reach.py).
Every sentence is real text of a dev page, its address cited; the expected targets are read by hand per
spec/plan-format.md (targets: history and results are no targets)."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.estimate_reach import _reaches
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_linear

# 常州经开区 2023 年度工作报告 news (http://youngwriting.cn/yhw/hotspot/wjxw/2023-12-28/137297.html, dev), as the
# mirror prints it (phonetic readings after some characters)
_CHANGZHOU = (
    "會上,常州經(jīng)開區(qū)黨工委書記丁一作年度工作報告,2023年,常州經(jīng)開區(qū)預(yù)計完成地區(qū)生產(chǎn)總值"
    "992億元,一般公共預(yù)算收入53.5億元,規(guī)模以上工業(yè)總產(chǎn)值1860億元,固定資產(chǎn)投資341億元,限上貿(mào)易"
    "銷售額457億元,進出口總額378億元,實際到賬外資7456萬美元,在“2023中國省級開發(fā)區(qū)高質(zhì)量發(fā)展百強榜”中位"
    "列第一。")

# 西藏 2020 转移就业 news (http://www.easyfang.com/a/2020/0424/04902947.html, dev): the estimate's list, then a goal
_XIZANG = (
    "采访人员从西藏自治区人社部门获悉:西藏坚持把增加农牧民收入作为核心目标 , 拓宽就业渠道 , 加强农牧民技能培训和致富带头人"
    "培养 , 增强农牧民就业创业能力 , 促进农牧民持续增收 , 今年预计完成10万名农牧民培训任务 , 实现转移就业60万人 , "
    "劳务收入42亿元 , 确保农村居民人均可支配收入年均增长13%以上 。")

# 贵州 2025 工业 news (https://zx.zpt966033.com/toutiao/1760731.html, dev)
_GUIZHOU = (
    "成色向好——预计全年战略性新兴产业占比达22%,1至11月规模以上高技术制造业增长17.2%、高于全国8个百分点,高端装备制造业"
    "增长28%、高于全国20.1个百分点。")


# 预计完成X,Y,Z: the estimate governs every item of its list, in three reviews of three pages
def test_an_estimate_reaches_over_its_list():
    assert _rows(_CHANGZHOU, 2023) == []
    assert _rows(_GUIZHOU) == []
    assert _rows(_XIZANG) == [("农村居民人均可支配收入", "growth", 13, "%", None)]  # 确保… ends the reach
    # 江岸 2025 计划执行情况 (https://www.jiangan.gov.cn/jaxxw/zfxxgk/fdzdgk/ghjh/gmjjhshfzjh/202506/
    # t20250604_2590605.shtml, dev): 其中… and 税收占比… stand in the estimate's reach
    jiangan = "财政收入持续增长,预计一般公共预算全口径收入完成207亿元,其中地方一般公共预算收入120亿元,税收占比近95%"
    (lo, hi), = _reaches(jiangan, 2024)
    assert jiangan[lo:hi] == "其中地方一般公共预算收入120亿元,税收占比近95%"
    # ...though a year is carried into the reach from the sentence before (连续6年 read as a span to 2029)
    jiangan = ("经济增速保持在平稳增长区间,预计全年地区生产总值突破1700亿元,城镇居民人均可支配收入连续6年居中心城区第一。"
               + jiangan)
    assert _rows(jiangan, 2024) == []


# A goal's clause after the list ends the reach (西藏, above); so does a clause that opens with the plan's year.
def test_the_reach_ends_at_a_goal():
    text = simplified_all(_XIZANG)
    (lo, hi), = _reaches(text, 2020)
    assert "60万人" in text[lo:hi] and "42亿元" in text[lo:hi] and "13%" not in text[lo:hi]


# A forecast of a deadline is a plan's goal and reaches nothing: 平罗 2022 工业 行动方案 news
# (http://www.ningxiacaijing.cn/shixianyuanqu/shixianyuanqujiaodian/2022-08-03/112640.html, dev; the fixture's gold)
def test_a_forecast_to_a_year_keeps_its_goals():
    text = ("方案指出,预计到2025年全县工业经济实现量的合理增长和质的稳步提升,产业结构更趋合理、创新驱动支撑增强、亩均产出"
            "效益提升、绿色发展能力凸显,新旧动能加快转换,初步形成工业高质量发展新体系,规上工业总产值达到1000亿元以上。")
    assert _reaches(text, 2022) == []
    assert _rows(text, 2022) == [("规上工业总产值", "level", 1000, "亿元", 2025)]


# An estimate that a goal's word governs in its clause is the plan's own: 黑龙江 2020 粮食增产行动计划方案 news
# (http://m.ydbgyp.cn/news/detail/87/150414.html, dev; gold: the 其中 area and its increase stay)
def test_a_plans_estimate_keeps_the_items_after_it():
    text = ("黑龍江省日前制定了《黑龍江省2020年糧食增產(chǎn)行動計(jì)劃方案》,明確提出今年黑龍江農(nóng)作物預(yù)計(jì)"
            "總播種面積2.23億畝以上,其中糧食作物面積2.15億畝以上,比上年增加近50萬畝。")
    assert _reaches(simplified_all(text).replace("(jì)", "").replace("(yù)", ""), 2020) == []
    rows = _rows(text, 2020, "黑龙江省2020年粮食增产行动计划方案")
    assert ("糧食作物面積", "level", 2.15, "億畝", 2020) in rows


# 龙湖镇 2025 上半年 news (http://www.xbkwei.com/jinjiang/news/3036892.html, dev): a half-year gone by, dated by the
# plan's year, is a report's cue, no goal's (2025年上半年 in 2025); its ; items are in the report's reach
_LONGHU = (
    "張志雄介紹,2025年上半年,龍湖鎮規上工業產值比增5.75%;限上批發業銷售額比增14.39%;全社會固定資產投資比增17.67%;"
    "財政收入比增46.5%,增速居全市第一。")


def test_a_dated_half_year_reports_its_items():
    assert _rows(_LONGHU, 2025) == []


# A sentence opened by a part of the year gone by reports its own numbers, in the words of three reports of three
# pages: 龙湖镇 2025 (as above), 郴州 2013 产业 news and 仪陇 2024 工业 news (dev pages; the last two held no target
# before this round, by other rules, and still hold none)
def test_a_sentence_opened_by_a_part_of_the_year_reports():
    longhu = "龍湖鎮堅持科技引領、創新驅動,推動產業升級量質并進。上半年,全鎮規上企業研發經費投入2.8億元,新增高新技術企業24家。"
    assert _rows(longhu, 2025) == []
    # 郴州 2013 (http://218.76.156.215:8011/infogov/govInfo?id=3039&lib_num=1807&task_year=2015, dev)
    assert _rows("上半年,全市完成地区生产总值726.4亿元,同比增长10.7%,增速高于全省0.7个百分点,居全省第2位。", 2013) == []
    # 仪陇 2024 (http://m.w6cq.cn/news/show/id/53104.html, dev)
    assert _rows("1-5月,全县规上工业增加值同比增长14.5%,列全市第一;", 2024) == []


# A plan's half-year deadline keeps its targets: 宝山 2019 生活垃圾分类 实施方案, 附件2 分解表
# (https://www.shanghai.gov.cn/zhengce/detail/0078::2dadcacd-e1c8-441c-9f2f-b7ab4d861222, dev; the fixture's gold)
def test_a_plans_half_year_deadline_keeps_its_targets():
    text = ("罗店镇\n垃圾分类绿色账户推进100%全覆盖，创建达标累计61个小区，其中30%的小区要创建示范小区，上半年完成10%小区，"
            "下半年完成20%的小区。")
    values = [row[2] for row in _rows(text, 2019, "2019年街镇（园区）生活垃圾分类目标任务分解表")]
    assert 10 in values and 20 in values
    # a half-year deadline that opens its sentence is a schedule, no report
    assert _rows("上半年完成10%小区,下半年完成20%的小区。", 2019) != []


# Linear: one line of many estimates in one sentence (each clause read by one reach), and of many sentences
def test_the_estimates_reach_is_linear():
    assert_linear(lambda text: _reaches(text, 2023), lambda n: "预计完成产值992亿元,收入53.5亿元," * n + "。")
    assert_linear(lambda text: _reaches(text, 2023), lambda n: "预计完成产值992亿元,收入53.5亿元。" * n)
    assert_linear(lambda text: _reaches(text, 2023), lambda n: "一是预计" * n + ",收入53.5亿元")
