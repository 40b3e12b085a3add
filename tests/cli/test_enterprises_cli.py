"""``kechuang enterprises template`` and ``check``: a workbook with a bad row is checked, the bad row named."""

from __future__ import annotations

import json

from kechuang.cli import main
from kechuang.enterprises import read_enterprises
from kechuang.enterprises.assemble import facts_from_import
from tests.enterprises.test_workbook import GOOD_USCC, figures, firm, workbook


def test_template_then_check_of_a_workbook(tmp_path, capsys):
    assert main(["enterprises", "template", "-o", str(tmp_path / "t.xlsx")]) == 0
    rows = [figures(uscc=GOOD_USCC, year=y, rd=rd, sales=2000) for y, rd in ((2023, 70), (2024, 70), (2025, 74))]
    rows.append(figures(name="乙有限公司", employees=5, tech=9))
    path = workbook(tmp_path, [firm(GOOD_USCC)], rows)
    capsys.readouterr()
    assert main(["enterprises", "check", str(path), "--as-of", "2026-06-01"]) == 1
    out, err = capsys.readouterr()
    assert "工作表「年度数据」第 5 行「科技人员(人)」:科技人员(9)多于职工总数(5)" in err
    assert "星河科技有限公司\t差距可弥补,最早 2027 年\t研发费用还差 86 万元(近三年合计)" in out
    assert main(["enterprises", "check", str(path), "--as-of", "2015-06-01", "--json"]) == 1
    checks = json.loads(capsys.readouterr().out)
    assert checks[0]["rules_version"] == "2008-04-14"


def test_a_bad_date_is_a_chinese_error(tmp_path, capsys):
    path = workbook(tmp_path, [firm()])
    assert main(["enterprises", "check", str(path), "--as-of", "明年"]) == 1
    assert "--as-of 应为日期" in capsys.readouterr().err


def test_facts_match_figures_and_ip_by_uscc_or_name(tmp_path):
    ip = [["", "星河科技有限责任公司", "Ⅰ类", "发明专利", "ZL1", "", "", ""]]
    data = read_enterprises(workbook(tmp_path, [firm(GOOD_USCC)], [figures(uscc=GOOD_USCC), figures(name="丙公司")], ip))
    facts = facts_from_import(data)
    assert [(f.name, len(f.years), len(f.ip)) for f in facts] == [("星河科技有限公司", 1, 1), ("丙公司", 1, 0)]
