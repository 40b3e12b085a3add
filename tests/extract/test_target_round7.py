"""Round-7 target rules: general mechanisms, each from real sentences of at least two documents (address above
each); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# Traditional characters are read through OpenCC's whole character table (4,000 characters), not a hand-picked
# list of 196: 增長貢獻率 is a rate named after growth (貢獻 was not in the list, so 增長 read as the verb and the
# target became a growth). 衡南县 科技发展目标 2015
# (https://www.qclgf.com/zwgk/bmxxgkml/xzfgzbm/xfzhggj/ghzj/20200206/i749135.html, tests/fixtures/real, dev); 国务院 国家中长期科学和
# 技术发展规划纲要 as mirrored in traditional characters with readings (http://97661a.com/news/201395.html, held out).
HENGNAN = "二、發展目標\n到2015年,科技進步對經濟增長貢獻率達60%。"
GANGYAO = ("綱要指出,到2020年,全社會(huì)研究開(kāi)發(fā)投入占國(guó)內(nèi)生產(chǎn)總值的比重提高到2.5%以上,"
           "力爭(zhēng)科技進(jìn)步貢獻(xiàn)率達(dá)到60%以上,對(duì)外技術(shù)依存度降低到30%以下。")


def test_traditional_characters_are_read_through_the_whole_opencc_table():
    assert _rows(HENGNAN, 2013) == [("科技進步對經濟增長貢獻率", "level", 60, "%", 2015, False)]
    assert [(r[0], r[1], r[2]) for r in _rows(GANGYAO, 2006)] == [
        ("全社會(huì)研究開(kāi)發(fā)投入占國(guó)內(nèi)生產(chǎn)總值的比重", "level", 2.5),
        ("科技進(jìn)步貢獻(xiàn)率", "level", 60), ("對(duì)外技術(shù)依存度", "level", 30)]


# A one-year plan whose title names no year (政府工作报告, 分解落实《政府工作报告》, 工作要点, 民生实事): the plan's own year
# governs every target that states none. 西藏 政府工作报告 2025 (http://customartwest.com/2025zt/2025xzlh/
# content_6427421.html, dev); 潜江 分解落实《政府工作报告》 2017
# (https://www.hbqj.gov.cn/xxgk/zc/qtwj/szfbwj/2017/201701/t20170113_2136642.html, dev).
XIZANG = "經濟社會發展主要預期目標是:規上工業增加值增長16%。"
QIANJIANG = "突出工业主体地位。投资200亿元,实施工业项目“155”工程。"


def test_a_one_year_plan_titled_without_a_year_dates_its_targets_with_the_plans_year():
    assert [(r[1], r[2], r[4]) for r in _rows(XIZANG, 2025, title="政府工作报告")] == [("growth", 16, 2025)]
    # 投资200亿元 alone in its clause funds the 工程 after it: no target since the audit of batch 8 (the corpus gold
    # was changed; tests/extract/test_target_round10.py reads funding)
    assert _rows(QIANJIANG, 2017, title="市人民政府办公室关于分解落实《政府工作报告》的通知") == []
    # a title of another kind (a multi-year plan) gives no year: the target states none
    assert [r[4] for r in _rows(XIZANG, 2025, title="西藏自治区科技创新规划")] == [None]


# A paragraph that opens with a period up to now (一年来, 五年来) reviews the past: with no year to come in it, its
# numbers are history. 呼兰 2022年政府工作计划 (http://hulan.gov.cn/hebhlq/gzbg/202112/c01_921956.shtml, dev); 琼海
# 政府工作报告 2023 (https://qionghai.hainan.gov.cn/xxgk/zfgzbg/szfgzbg/202303/t20230330_3389893.html, dev).
HULAN = "五年来,我们坚持蓄势聚力,加速培育新发展动能。技术创新引领产业升级,高新技术产值、增加值分别达到3.5亿元、1.5亿元。新增规上工业企业10家,增长率达76%。"
QIONGHAI = "一年来,我们坚持以进促稳,着力抓好“双统筹”,经济实现稳健发展。在“0801”疫情中率先实现社会面高质量清零,接收三亚隔离人员11批4912人。"


def test_a_paragraph_reviewing_the_years_up_to_now_holds_no_target():
    assert _rows(HULAN, 2022) == []
    assert _rows(QIONGHAI, 2023) == []
    # the same paragraph with a year to come keeps its goals (到2025年: not a review)
    assert [r[2] for r in _rows("五年来,我们坚持蓄势聚力。到2025年,新增规上工业企业10家。", 2022)] == [10]


# A lead paragraph that names a one-year list (民生实事) and one year to come dates the list under it, as a caption
# does: 秦安县 十件民生实事 2015 (http://yhg994208.cn/news/qa/201502112048124472.html, dev); 潼关县 十件民生实事 2024
# (http://www.iwgscae.cn/news/xsnews/tg/2024-02-02/887078.html, held out). The plan's year is not given: the lead
# paragraph alone dates the list.
QINAN = ("2月11日,記者從剛剛閉幕的秦安縣第十七屆人民代表大會(huì)第四次會(huì)議上了解到,2015年,秦安縣繼續(xù)把為人民群眾"
         "辦實(shí)事、辦好事作為政府工作的出發(fā)點(diǎn)和落腳點(diǎn),將集中力量辦好十件民生實(shí)事。\n"
         "這十件民生實(shí)事分別是:完成城南片區(qū)棚戶區(qū)改造500套,建成公共租賃住房634套;改造農(nóng)村危舊房2000戶。")
TONGGUAN = ("2月1日,記者在潼關縣第十九屆人民代表大會第三次會議上獲悉,2024年,潼關縣將扎實干好“十件民生實事”,聚焦民生福祉。\n"
            "這“十件民生實事”分別是:實施停車場建設,全縣新增停車位500個以上、充電樁100個以上;大力開展國土綠化,建設生態示范村4個。")


def test_a_lead_paragraph_naming_a_one_year_list_and_its_year_dates_the_list():
    assert [(r[2], r[4]) for r in _rows(QINAN, None)] == [(500, 2015), (634, 2015), (2000, 2015)]
    assert [(r[2], r[4]) for r in _rows(TONGGUAN, None, title="潼關縣今年將辦好十件民生實事")] == [
        (500, 2024), (100, 2024), (4, 2024)]


# Progress tables printed one cell a line: with a bar closing each cell (序号 | / 项目名称 | / … / 进展情况 |) or
# without 序号, a run of header cells over a row of paragraphs (目标任务 / … / 工作进展、取得成效 / …). The reported
# column's cells are history; the goal column keeps its targets. 袁州区 民生实事进展情况 2023
# (http://www.yzq.gov.cn/yzqrmzf/jcbslsqk/202309/d48534cfb44f49e0bf792a10fb644168.shtml, dev); 高青县木李镇《政府工作
# 报告》重点任务第一季度进展情况 2024 (http://www.gaoqing.gov.cn/gongkai/site_gqxmlzrmzf/channel_c_5f9f6c84b9dfe9bfb0a8c883_
# n_1605684531.6421/doc_6618a34bcbc9b8d285715437.html, dev).
YUANZHOU = ("序号 |\n项目名称 |\n具体任务及目标 |\n牵头单位 |\n进展情况 |\n1 |\n公办教育资源扩容提质惠民工程 |\n"
            "①完成区第二幼儿园、凤凰街道中心幼儿园等2所公办幼儿园建设,可提供园位1415个。 |\n区教体局 |\n"
            "①宜春十中改造项目室外运动场改造已完成,屋面防水改造完成90%,室内维修完成80%。 |")
MULIZHEN = ("目标任务\n\n执行措施、实施步骤\n\n工作进展、取得成效\n\n后续举措\n\n责任分工\n\n"
            "强化招商引资工作机制,全年新签约过亿元项目4个以上,落地镇办飞地项目1个。\n\n"
            "优化产业链招商专班工作机制,制定科学精准的督导评价体系。\n\n"
            "一季度,到位省外资金705万元,新引进过亿元项目1个,在谈项目9个,新增平台企业64家。\n\n"
            "一是镇党政主要领导定期外出招商。\n\n木李镇经济发展办公室")


def test_the_reported_column_of_a_table_printed_one_cell_a_line_holds_no_target():
    assert [(r[2], r[3]) for r in _rows(YUANZHOU, 2023, title="2023年区政府民生实事进展情况")] == [(1415, "个")]
    assert [(r[2], r[3]) for r in _rows(MULIZHEN, 2024, title="高青县木李镇2024年《政府工作报告》重点任务第一季度进展情况")] \
        == [(4, "个"), (1, "个")]


# Names joined by 、/和 before 均 and one value (X、Y均增长12%): each name is held to the value, a target each.
# 黑龙江 落实《政府工作报告》重点工作责任分工 2013 (http://wisor.cc/policy/show.php?from=client&itemid=100941, dev);
# 国务院 农业机械化和农机装备产业转型升级 2018 (http://www.gov.cn/zhengce/content/2018-12/29/content_5353308.htm, dev).
HEILONGJIANG = "到2013年,城镇居民人均可支配收入、农民人均纯收入均增长12%以上。"
NJHZX = "到2025年,薄弱环节机械化全面突破,其中马铃薯种植、收获机械化率均达到45%,棉花收获机械化率达到60%。"


def test_names_joined_before_jun_share_the_value_one_target_each():
    assert [(r[0], r[1], r[2]) for r in _rows(HEILONGJIANG, 2013)] == [
        ("城镇居民人均可支配收入", "growth", 12), ("农民人均纯收入", "growth", 12)]
    assert [(r[0], r[2]) for r in _rows(NJHZX, 2018)] == [("马铃薯种植", 45), ("收获机械化率", 45), ("棉花收获机械化率", 60)]
    # one name before 均 is the size of a set held to a goal, as before (4个结构性指标均实现10%以上增长)
    assert len(_rows("到2025年,4个结构性指标均实现10%以上增长。", 2020)) == 1
