"""``kechuang match query`` and ``kechuang match dup`` on real titles, and their bad input."""

from __future__ import annotations

import csv
import json

from openpyxl import Workbook

from kechuang.cli import main

LIBRARY = [("J3", "复杂地质条件储层煤层气高效开发关键技术及其应用", "河南理工大学", "2020"),
           ("I2", "盾构法隧道施工测控关键技术", "城建集团", "2010"),
           ("O4", "藤茶高效种植和加工关键技术研究与应用", "湖北佰特克生物工程有限公司", "2022")]


def write_csv(path, rows, header=("编号", "项目名称", "申报单位", "年度")):
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_query_lists_the_best_record_with_shared_terms(tmp_path, capsys):
    lib = write_csv(tmp_path / "lib.csv", LIBRARY)
    assert main(["match", "query", str(lib), "煤层气开发技术", "--top", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["id"] == "J3" and "煤层气" in out[0]["explanation"]["shared_terms"]


def test_dup_flags_a_reapplication_from_an_xlsx_in_traditional_script(tmp_path, capsys):
    lib = write_csv(tmp_path / "lib.csv", LIBRARY)
    wb = Workbook()
    wb.active.append(["编号", "项目名称", "申报单位"])
    wb.active.append(["N1", "複雜地質條件儲層煤層氣高效開發關鍵技術及其應用", "山西潞安礦業(集團)有限責任公司"])
    wb.active.append(["N2", "乌龙茶自动化高效清洁生产线", "福建省安溪八马茶叶公司"])
    wb.save(tmp_path / "new.xlsx")
    out = tmp_path / "pairs.csv"
    assert main(["match", "dup", str(lib), "--new", str(tmp_path / "new.xlsx"), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["编号"], r["疑似重复编号"]) for r in rows] == [("N1", "J3")]
    assert "名称相似度" in rows[0]["说明"]


def test_bad_input_is_a_clear_message(tmp_path, capsys):
    lib = write_csv(tmp_path / "lib.csv", LIBRARY)
    renamed = write_csv(tmp_path / "renamed.csv", LIBRARY, header=("no", "name", "unit", "year"))
    dup_ids = write_csv(tmp_path / "dup.csv", [LIBRARY[0], LIBRARY[0]])
    cases = [(["match", "query", str(lib), "的 和 与"], "只有常用虚词"),
             (["match", "query", str(lib), "煤" * 10_000], "查询内容过长"),
             (["match", "query", str(renamed), "煤层气"], "缺少名称列"),
             (["match", "dup", str(dup_ids)], "第 3 行的编号“J3”与前面的行重复"),
             (["match", "dup", str(tmp_path / "missing.csv")], "找不到文件"),
             (["match", "dup", str(lib), "--threshold", "2"], "--threshold")]
    for argv, message in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, (argv, err)
