"""Round-5 target rules: general mechanisms, each from real sentences of at least two documents (address above
each); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# A caption before the first heading dates the list it heads when the title names no year, as a title does: a
# short line that names one year and ends no sentence. jinyun.gov.cn 缙云县人大公告(第2号), 2021
# (http://www.jinyun.gov.cn/art/2021/3/19/art_1229355488_59117844.html); gangu.gov.cn 【直击两会】 2020
# (http://www.gangu.gov.cn/info/1481/326551.htm: the headline over 15件大事和民生实事).
JINYUN = ("缙云县第十七届人民代表大会第五次会议公告(第2号)\n"
          "经缙云县第十七届人民代表大会第五次会议代表投票表决,确定缙云县2021年十件民生实事项目(按得票数高低为序)\n\n"
          "一、改善群众出行条件,新建和改造提升农村公路105公里,建设改造公交站点10个。")
GANGU = ("县政府工作报告\n【直击两会】甘谷县政府2020年将为民办好15件大事和民生实事\n"
         "一、民生实事\n(1)新建城区公办幼儿园3所。")


def test_a_caption_before_the_first_heading_dates_the_list_it_heads():
    assert {r[4] for r in _rows(JINYUN, 2021)} == {2021}
    assert [(r[2], r[4]) for r in _rows(GANGU, 2020)] == [(3, 2020)]
    # the caption's own numbers are no targets (十件民生实事: the count of the list's items)
    assert 10 not in {r[2] for r in _rows(JINYUN, 2021) if r[3] == "件"}


def test_a_date_or_a_sentence_before_the_first_heading_dates_nothing():
    # (a multi-year title: a one-year title such as 县政府工作报告 dates its targets with the plan's year, round 6)
    signed = "县科技创新规划\n2021年3月19日\n一、民生实事\n(1)新建城区公办幼儿园3所。"
    assert [(r[2], r[4]) for r in _rows(signed, 2021)] == [(3, None)]
    prose = "县科技创新规划\n2020年,全县高新技术企业达到30家。\n一、主要任务\n(1)新建众创空间3家。"
    assert (3, None) in [(r[2], r[4]) for r in _rows(prose, 2021)]


# The size of a project (总投资, 占地, 占地面积) describes it; the plan commits to building it, not to its size.
# zhangzi.gov.cn 南漳镇2023年工作计划 (http://www.zhangzi.gov.cn/zzxxgk/zfxxgk/bmxxgk/xzxx/nzzrmzf/nzgknr/GH/202212/
# t20221229_2689474.html); cqfj.gov.cn 云雾 2023 绩效目标审批表 (http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/
# gsgg_107031/202402/t20240201_12892054.html); held out: fgw.changzhou.gov.cn 2014 中心镇重点项目
# (https://fgw.changzhou.gov.cn/html/fgw/2014/BBAOLMPL_0418/20536.html). 占地区生产总值 is a share, not a size.
def test_a_project_size_is_no_target():
    assert not _rows("(三)高标准大棚园区项目:该项目位于我镇东常村,总投资500万元,占地120亩,预计2023年1月开工建设。", 2023)
    yunwu = "新建中药材晾晒房一座,占地300平方米,包含场坪整治及硬化,硬化室外晒坝420平方米。"
    # 新建…一座 is a count of one (the README's convention "Counts of one", which wins over this test's first
    # expectation; five54, session 33); the building's own size (占地300平方米) stays no target
    assert [(r[2], r[3]) for r in _rows(yunwu, 2023)] == [(1, "座"), (420, "平方米")]
    changzhou = "其中经济发展项目共55个,总投资249亿元,年内计划投资84.8亿元。"
    assert 249 not in {r[2] for r in _rows(changzhou, 2014)}
    assert [r[2] for r in _rows("全市制造业增加值占地区生产总值比重35%左右。", 2020)] == [35]


# A number right after 共/共计/合计 is the total of a set the text describes (a count of listed items, a report's sum),
# not a goal: 河北 县域科技创新能力监测评价结果 2023 (http://hebfb.apps.hebei.com.cn/hebfb/index.php/home/essay/read/id/6150.html:
# (一)A类县(市、区)(共66个,以分数从高到低为序)); fgw.changzhou.gov.cn 2014 (above: 经济发展项目共55个). A verb before 共
# keeps its count (累计建成共12家).
def test_a_total_after_gong_is_no_target():
    assert not _rows("(一)A类县(市、区)(共66个,以分数从高到低为序)。", 2023)
    assert 55 not in {r[2] for r in _rows("其中经济发展项目共55个,总投资249亿元。", 2014)}
    assert [r[2] for r in _rows("到2025年,全县累计建成共12家众创空间。", 2023)] == [12]


# A sentence that opens with 已 reports what was done: every number of it is history, in its later clauses too, while
# the plan's sentence before it keeps its targets. gz 2023年度贵州省十件民生实事 progress (source of
# tests/fixtures/real/passages/gz-guizhou-msss2023.json); hn 溆浦县科学技术局党组 巡察整改进展情况的通报 2025
# (tests/fixtures/real/passages/hn-xupu-xczg2025.json).
def test_a_sentence_that_opens_with_yi_is_history():
    guizhou = ("1.做好重点群体就业工作,开展农业技能技术培训2万人次,城镇公益性岗位安置就业困难人员4万人。"
               "已开展农业技能技术培训8718人次;城镇公益性岗位在岗人员达4.14万人;已下发通知督促高职院校做好相关工作。")
    assert [r[2] for r in _rows(guizhou, 2023)] == [2, 4]
    xupu = "已完成整改34个;巡察移交的2个立行立改问题,已完成整改2个;通过巡察整改完善制度7项,问责追责4人次。"
    assert not _rows(xupu, 2025)


# A growth word followed by another rate (的…率, 贡献率) names what that rate measures; the target is a level:
# 科技进步对经济增长的贡献率达到60% (阜新市科技创新驱动发展实施方案 2015, https://news.solarbe.com/201512/08/179192.html)
# and 达到55% (甘肃省“十三五”科技创新规划, http://gansu.gscn.com.cn/system/2016/10/14/011498818.shtml, held out).
def test_a_growth_word_inside_a_rate_name_is_no_growth():
    fuxin = "力争到2020年,…高新技术产业主营业务收入占规模以上工业企业主营业务收入比重达到20%以上,科技进步对经济增长的贡献率达到60%。"
    assert ("科技进步对经济增长的贡献率", "level", 60, "%", 2020, False) in _rows(fuxin, 2015)
    assert _rows("到2025年,科技进步对经济增长贡献率达到65%。", 2021)[0][1:3] == ("level", 65)
    assert _rows("到2025年,地区生产总值增长率达到8%。", 2021)[0][1:3] == ("growth", 8)


# A count verb before a bound (不少于/至少/不低于) counts the noun after the number, as the spec's shape 不少于N名…X says:
# 推进不少于 60 个城乡公益性公墓新建… (安徽省 2024年实施50项民生实事,
# https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html, the corpus's ah-anhui-msss2024, where the page also
# breaks the line inside the noun); the verb is not the indicator.
def test_a_count_verb_before_a_bound_counts_the_noun_after_the_number():
    anhui = "6)加强城乡公益性公墓建设管理,推进不少于 60 个城乡公益性公墓新建、改扩建或配套设施改造以及提升管理维护水平。"
    rows = _rows(anhui, 2024)
    assert len(rows) == 1 and rows[0][0].startswith("城乡公益性公墓") and rows[0][2:4] == (60, "个")
    assert [r[:4] for r in _rows("到2025年,全市培育不少于50家专精特新企业,引进至少10名领军人才。", 2021)] == [
        ("专精特新企业", "level", 50, "家"), ("领军人才", "level", 10, "名")]
    assert [r[0] for r in _rows("研发投入不少于100万元。", 2021)] == ["研发投入"]  # a noun before the bound keeps it


# A form printed one cell a line whose header names a goal column (目标任务, 年度目标) but no year, under a caption that
# does: each row's goal is a target of the caption's year; a score column (分值) before it and the units that answer
# for the row after it (监考单位, 责任部门, 评分部门) are no values, nor the category and number that open a row.
# 旌阳区2016年度经济社会发展目标任务分解表 (http://zxyzs.com/sichuan/zcsd/2016/36258.html); 2021年嵊泗县乡村振兴任务清单
# (http://www.shengsi.gov.cn/art/2021/12/21/art_1229604550_59023967.html).
def test_a_form_with_a_goal_column_under_a_dated_caption():
    jingyang = ("旌阳区2016年度经济社会发展目标任务分解表\n项 目\n分值\n目标任务\n监考单位\n"
                "全社会固定资产投资额\n3\n186\n区发改委区统计局\n建筑业总产值\n1\n140\n区住建局")
    assert [r[:5] for r in _rows(jingyang, 2016)] == [("全社会固定资产投资额", "level", 186, None, 2016),
                                                      ("建筑业总产值", "level", 140, None, 2016)]
    shengsi = ("2021年嵊泗县乡村振兴任务清单\n\n考核项目\n\n序号\n\n考核指标\n\n考核内容\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n"
               "农业高质高效\n\n1\n\n确保粮食和重要农产品有效供给\n\n农林牧渔业增加值增幅\n\n%\n\n≥2%\n\n县海洋与渔业局\n\n"
               "县农业农村局\n\n市海洋渔业局市农业农村局\n\n4\n\n粮食播种面积\n\n万亩\n\n0.07\n\n县农业农村局\n\n市农业农村局\n\n"
               "7\n\n家禽出栏\n\n万只\n\n1\n\n县农业农村局\n\n市农业农村局")
    assert [r[:5] for r in _rows(shengsi, 2021)] == [("农林牧渔业增加值增幅", "growth", 2, "%", 2021),
                                                     ("粮食播种面积", "level", 0.07, "万亩", 2021),
                                                     ("家禽出栏", "level", 1, "万只", 2021)]
    # the same header with no dated caption is no form of goals: nothing is guessed
    assert not _rows(jingyang.replace("旌阳区2016年度经济社会发展目标任务分解表", "旌阳区经济社会发展目标任务分解表"), 2016)


# 每年 carries to the next comma clause that has no year, total or level of its own (a list sharing the verb's period),
# not across a ; (the next item): 每年登记科技成果 5 个,转移转化科技成果15 项以上 (同心县 科技创新 2024,
# https://gxqyrd.cn/zzrd/gq/7859.html, both recurring in the gold); 海南 科技创新 2021 (the corpus's
# hi-hainan-kjcxfsz2021: 实现研发经费年均增长34%;高新技术企业数量增加一倍 — the second is no per-year commitment).
def test_a_per_year_word_carries_to_the_next_comma_clause():
    tongxin = "每年登记科技成果 5 个,转移转化科技成果15 项以上,技术合同成交额年均增长不低于 10%。"
    assert [(r[2], r[5]) for r in _rows(tongxin, 2024)] == [(5, True), (15, True), (10, True)]
    hainan = ("“六个倍增”——全社会研发(R&D)经费投入占地区生产总值(GDP)比重增加一倍,达到1.2%,实现研发经费年均增长34%;"
              "高新技术企业数量增加一倍,达到2000家;高新技术企业营业收入翻一番,达到1600亿元。")
    assert [(r[2], r[5]) for r in _rows(hainan, 2021)] == [(2, False), (1.2, False), (34, True), (2, False),
                                                           (2000, False), (2, False), (1600, False)]
    assert [r[5] for r in _rows("每年新增高新技术企业10家,全县高新技术企业总数达到100家。", 2021)] == [True, False]


# Rates per thousand and per ten thousand in words read as the signs pages also print (婴儿死亡率…分别控制在3.1‰、5.2‰:
# 健康儿童行动提升计划 2021, http://www.cneo.com.cn/portal.php?mod=view&aid=19324, held out).
def test_rates_per_thousand_in_words():
    assert [r[2:4] for r in _rows("到2025年,婴儿死亡率控制在千分之五以内,孕产妇死亡率控制在万分之二以下。", 2021)] == [
        (5, "‰"), (2, "‱")]
    cneo = "到2025年,新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.1‰、5.2‰和6.6‰以下。"
    assert [r[2:5] for r in _rows(cneo, 2021)] == [(3.1, "‰", 2025), (5.2, "‰", 2025), (6.6, "‰", 2025)]
