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
    signed = "县政府工作报告\n2021年3月19日\n一、民生实事\n(1)新建城区公办幼儿园3所。"
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
    assert [(r[2], r[3]) for r in _rows(yunwu, 2023)] == [(420, "平方米")]
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
