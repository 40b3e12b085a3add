"""``kechuang evaluate``, ``path-to-class``, ``monitor``, ``data`` and ``indicators`` as a user runs them."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from kechuang.cli import main
from tests.conftest import SEEDS

FIX = Path(__file__).parents[1] / "fixtures"
ASEM = FIX / "validation" / "coinr-asem"
COUNTIES = FIX / "data" / "counties-synthetic.csv"


def read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_evaluate_reproduces_coinr_results_csv(tmp_path):
    out = tmp_path / "r.csv"
    assert main(["evaluate", str(ASEM / "ASEM_iData.csv"), "--framework", "coinr-asem", "--format", "csv",
                 "-o", str(out)]) == 0
    rows = read(out)
    assert list(rows[0]) == ["unit", "node", "score", "rank", "class"]
    got = {(r["unit"], r["node"]): r for r in rows}
    for expected in read(ASEM / "ASEM_COIN_Results_Scores.csv"):
        index = got[expected["UnitCode"], "Index"]
        assert round(float(index["score"]), 2) == float(expected["Index"])
        assert int(index["rank"]) == int(float(expected["Rank"]))
        for node in ("Conn", "Sust", "Physical", "SusEcFin"):
            assert round(float(got[expected["UnitCode"], node]["score"]), 2) == float(expected[node])


def test_evaluate_xlsx_with_uncertainty_and_json(tmp_path):
    out = tmp_path / "r.xlsx"
    assert main(["evaluate", str(COUNTIES), "--framework", "hebei-county", "--uncertainty", "120", "-o",
                 str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["得分", "排名", "等级", "年度变化", "不确定性", "敏感性", "说明"]
    assert wb["等级"].max_row == 21 and wb["不确定性"].max_row == 21
    js = tmp_path / "r.json"
    assert main(["evaluate", str(COUNTIES), "--framework", "hebei-county", "--year", "2022", "-o", str(js)]) == 0
    doc = json.loads(js.read_text("utf-8"))
    assert doc["period"] == 2022 and doc["framework"]["name"] == "hebei-county"
    assert {r["class"] for r in doc["scores"] if r["node"] == "县域科技创新能力"} <= {"A", "B", "C"}
    assert all("class_change" in r for r in doc["year_on_year"])


def test_evaluate_errors_are_one_line_and_exit_1(tmp_path, capsys):
    bad = tmp_path / "fw.yaml"
    bad.write_text("name: x\ntree: {code: R, children: [{code: a, normalise: magic}]}\n", "utf-8")
    assert main(["evaluate", str(COUNTIES), "--framework", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "fw.yaml" in err and "magic" in err and "Traceback" not in err
    assert main(["evaluate", str(COUNTIES), "--framework", "hebei-county", "--year", "1999"]) == 1
    assert "1999" in capsys.readouterr().err
    assert main(["evaluate", str(ASEM / "ASEM_iData.csv"), "--framework", "hebei-county"]) == 1
    assert "缺少框架要求" in capsys.readouterr().err


def test_path_to_class_cli(capsys):
    assert main(["path-to-class", str(COUNTIES), "--framework", "hebei-county", "--unit", "示例县01"]) == 0
    text = capsys.readouterr().out
    assert "目标:B" in text and "提高「" in text
    assert main(["path-to-class", str(COUNTIES), "--framework", "hebei-county", "--unit", "示例县01", "--json",
                 "--cap", "0.3"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["target_class"] == "B" and doc["exact"] is True
    assert all(s["change"] <= 0.3 + 1e-9 for s in doc["steps"])


def test_monitor_extracted_plan(tmp_path, capsys):
    seed = next(s for s in SEEDS if s.name.startswith("003"))
    assert main(["extract", str(seed), "-o", str(tmp_path), "--format", "json", "-q"]) == 0
    plan = tmp_path / f"{seed.stem}.json"
    out = tmp_path / "m.xlsx"
    assert main(["monitor", str(plan), str(COUNTIES), "--region", "示例县01", "-o", str(out)]) == 0
    ws = load_workbook(out)["目标监测"]
    assert ws.max_row == 19  # 18 targets
    lights = [ws.cell(r, 20).value for r in range(2, ws.max_row + 1)]
    assert any(v and v.startswith("绿") for v in lights) and any(v and v.startswith("红") for v in lights)
    capsys.readouterr()
    # The data holds made-up counties only: the plan's own region (灵寿县) is not among them, so monitor asks
    # which one to use instead of guessing.
    assert main(["monitor", str(plan), str(COUNTIES)]) == 1
    assert "--region" in capsys.readouterr().err


def test_data_template_check_import(tmp_path, capsys):
    template = tmp_path / "t.xlsx"
    assert main(["data", "template", "-o", str(template), "--regions", "灵寿县", "--years", "2023"]) == 0
    assert template.exists()
    bad = tmp_path / "bad.csv"
    bad.write_text("地区,指标代码,年份,数值\n灵寿县,tech_smes,2023,12\n灵寿县,tech_smes,2023,abc\n", "utf-8")
    store = tmp_path / "obs.csv"
    assert main(["data", "check", str(bad)]) == 1
    assert "第 3 行「数值」" in capsys.readouterr().out
    assert main(["data", "import", str(bad), "--into", str(store)]) == 1
    assert not store.exists()
    assert main(["data", "import", str(bad), "--into", str(store), "--valid-rows"]) == 0
    assert len(read(store)) == 1


def test_indicators_list_and_link_seeds(tmp_path, capsys):
    assert main(["indicators", "list"]) == 0
    assert "rd_intensity" in capsys.readouterr().out
    assert main(["extract", *[str(s) for s in SEEDS], "-o", str(tmp_path), "--format", "json", "-q"]) == 0
    assert main(["indicators", "link", *sorted(str(p) for p in tmp_path.glob("*.json")), "--json"]) == 0
    links = json.loads(capsys.readouterr().out)
    assert len(links) >= 70 and sum(1 for r in links if r["linked"]) >= 60


def test_python_m_kechuang_evaluate_help():
    out = subprocess.run([sys.executable, "-m", "kechuang", "evaluate", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "--uncertainty" in out.stdout


def test_evaluate_writes_every_year_with_all_years(tmp_path):
    import csv

    from kechuang.cli import main

    out = tmp_path / "all.csv"
    assert main(["evaluate", "examples/data/counties.csv", "--framework", "hebei-county", "--all-years",
                 "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == ["period", "unit", "node", "score", "rank", "class"]
    assert len({r["period"] for r in rows}) > 1
