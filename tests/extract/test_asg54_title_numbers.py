"""asg54: a bracket opened after a document's title (》) and cut by the page holds the title's number or date, not units.

Three dev openings of three provinces end inside such a bracket: 益阳 2014 重污染天气 预案 (http://www.yiyang.gov.cn/
yyshjbhj/3454/3628/3651/content_149744.html, `…实施细则的通知》(湘政办`: read as a responsible unit, 湘政办), 广州 2016
科学素质 方案 (https://law.esnai.com/do.aspx?action=show&controller=home&lawid=180511, `…的通知》(粤府办[201`) and
海口 2020 地震应急预案 (http://drc.haikou.gov.cn/xxxgk/fdzdgknr/gwztc/bg/202008/t1107054.shtml, `附件:《…预案》(2020年6月修`)."""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text


def test_a_cut_number_after_a_title_is_no_unit() -> None:
    text = ("1.2编制依据\n依据《中华人民共和国突发事件应对法》、《湖南省人民政府办公厅关于印发贯彻落实"
            "〈大气污染防治行动计划〉实施细则的通知》(湘政办\n")
    assert extract_text(text).assignments == []


def test_a_cut_tail_after_a_task_is_still_read() -> None:
    # a 区政府 task list (dev, http://www.whoops-m.com/detail-83465.html): a tail whose closing bracket the page lost,
    # after a task's stop
    text = ("3、大力推进“四办”改革,创新审批模式,优化审批流程,深化并联审批,不断提高审批服务效能。"
            "(牵头单位:区行政审批局;责任单位:各街办事处\n")
    assert [(a.role, a.unit) for a in extract_text(text).assignments] == [
        ("lead", "区行政审批局"), ("responsible", "各街办事处")]
