"""spurx40: a count of the bodies that run the work (专项工作组, the 部门 a committee is made of) is how the plan or
the place organises itself, no commitment: the gold of two dev pages of different places reads none, and no dev gold
counts such a body. The sentences are verbatim; each dev page is cited by its address."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# 西乡 2015 美丽乡村 (https://m.zjtcn.com/news/454310.html, sn-xixiang-mlxc2015)
XIXIANG = ("该县先后出台了《关于实施生态立县战略建设美丽幸福西乡的决定》和《“美丽乡村”建设两年行动计划》等一系列政策措施,"
           "成立了由县委书记任政委、县长任总指挥的“美丽乡村”建设指挥部和9个专项工作组,"
           "县财政每年安排2000万元作为“美丽乡村”建设以奖代补资金。")
# 黄浦 2023 基层消防 (https://www.shanghai.gov.cn/zhengce/detail/0071::3ad18cf5-28a2-47ca-b8ab-331f0c3508e6,
# sh-huangpu-jcxf2023)
HUANGPU = ("成员至少由党政办、管理办、服务办、平安办、自治办、营商办等街道内设办公室,城运中心、城建中心等两个事业单位以及"
           "城管中队、市场监管所、公安派出所等3个执法部门组成。")


def test_a_count_of_working_bodies_is_no_target():
    assert [r for r in _rows(XIXIANG, 2015) if r[2] == 9] == []
    assert [r for r in _rows(HUANGPU, 2023) if r[2] == 3] == []


def test_counts_of_other_things_stay_read():
    assert [r[2:4] for r in _rows("全年新建农村公路100公里,组建10支志愿服务队。", 2023)] == [(100, "公里"), (10, "支")]
    assert [r[2:4] for r in _rows("完成12个村庄规划编制,成立3个产业联盟。", 2023)] == [(12, "个"), (3, "个")]
