"""One rule for impossible figures, shared by the xlsx reader and the web form."""

from __future__ import annotations

from kechuang.enterprises.plausible import figure_problems


def test_each_impossible_figure_is_named_with_its_field():
    problems = dict(figure_problems({"employees": 10, "tech_staff": 12, "sales_revenue": 10, "rd_expense": 101,
                                     "rd_expense_domestic": 102, "total_revenue": 5, "hitech_revenue": 6,
                                     "net_assets": -1}))
    assert problems["tech_staff"] == "科技人员(12)多于职工总数(10)"
    assert problems["rd_expense"].startswith("研发费用超过销售收入的 10 倍")
    assert problems["rd_expense_domestic"] == "境内研发费用(102)多于研发费用总额(101)"
    assert problems["hitech_revenue"] == "高新技术产品(服务)收入(6)多于总收入(5)"
    assert problems["net_assets"] == "不能为负数"


def test_the_boundaries_and_missing_figures_pass():
    assert figure_problems({"employees": 10, "tech_staff": 10, "sales_revenue": 10, "rd_expense": 100}) == []
    assert figure_problems({"sales_revenue": 0, "rd_expense": 50}) == []  # R&D before the first sale
    assert figure_problems({"tech_staff": 5, "employees": None}) == []
