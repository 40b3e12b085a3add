"""``kechuang extract`` and ``kechuang score`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

from openpyxl import load_workbook

from kechuang.cli import main
from tests.conftest import GOLD, SEEDS


def test_extract_folder_to_all_formats_and_score(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for s in SEEDS:
        (seeds / s.name).write_bytes(s.read_bytes())
    out = tmp_path / "out"
    rc = main(["extract", str(seeds), "-o", str(out), "--format", "json", "--format", "xlsx", "--format", "md",
               "--summary", "-q"])
    assert rc == 0
    for s in SEEDS:
        for ext in ("json", "xlsx", "md"):
            assert (out / f"{s.stem}.{ext}").stat().st_size > 0
    summary = capsys.readouterr().out
    assert "灵寿县县域科技创新跃升计划工作方案" in summary and "成功 5 个" in summary
    data = json.loads((out / "003_a396d4bacdc207fb.json").read_text("utf-8"))
    assert data["format"] == "kechuang.plan/1" and data["source"]["text"]
    assert main(["score", str(GOLD), str(out), "--min", "targets=0.97", "--min", "assignments=0.97"]) == 0
    assert "F1 document=" in capsys.readouterr().out


def test_xlsx_is_a_task_breakdown_table(tmp_path):
    seed = next(s for s in SEEDS if s.stem.startswith("003"))
    assert main(["extract", str(seed), "-o", str(tmp_path), "--format", "xlsx"]) == 0
    wb = load_workbook(tmp_path / f"{seed.stem}.xlsx")
    assert wb.sheetnames == ["任务分解表", "量化目标", "文件信息"]
    tasks = wb["任务分解表"]
    header = [c.value for c in tasks[1]]
    assert header[:6] == ["序号", "编号", "任务名称", "牵头单位", "责任单位", "配合单位"]
    assert tasks.freeze_panes == "A2"
    rows = {r[1]: r for r in tasks.iter_rows(min_row=2, values_only=True)}
    assert rows["五/(二)/4"][3] == "县发展和改革局" and "1500万元" in rows["五/(二)/4"][6]
    assert tasks.column_dimensions["C"].width > 20
    targets = wb["量化目标"]
    assert targets.max_row - 1 == 18


def test_failed_file_is_one_line_and_others_are_written(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("某县科技创新方案\n一、目标\n到2025年,高新技术企业达到30家。", "utf-8")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    rc = main(["extract", str(good), str(bad), str(tmp_path / "missing.pdf"), "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert rc == 1
    assert (tmp_path / "o" / "good.json").exists() and not (tmp_path / "o" / "bad.json").exists()
    lines = [ln for ln in err.splitlines() if ln.startswith("失败")]
    assert len(lines) == 2 and "bad.docx" in lines[0] and "Traceback" not in err
    assert not list((tmp_path / "o").glob("*.part"))


def test_markdown_summary(tmp_path):
    seed = next(s for s in SEEDS if s.stem.startswith("004"))
    main(["extract", str(seed), "-o", str(tmp_path), "--format", "md"])
    md = (tmp_path / f"{seed.stem}.md").read_text("utf-8")
    assert md.startswith("# 金塔县") and "| 二/(一)/2 |" in md


def test_parallel_jobs_give_the_same_result(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    args = [str(s) for s in SEEDS]
    assert main(["extract", *args, "-o", str(a), "-q"]) == 0
    assert main(["extract", *args, "-o", str(b), "-q", "--jobs", "2"]) == 0
    for s in SEEDS:
        assert (a / f"{s.stem}.json").read_text("utf-8") == (b / f"{s.stem}.json").read_text("utf-8")


def test_python_m_kechuang_and_usage_errors(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kechuang", "extract", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "--format" in r.stdout
    r = subprocess.run([sys.executable, "-m", "kechuang", "extract", str(tmp_path / "nothing")],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "文件不存在" in r.stderr
    r = subprocess.run([sys.executable, "-m", "kechuang", "score", str(GOLD), str(tmp_path), "--parts", "x"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "未知的部分" in r.stderr


def test_inflation_bounds_are_options(tmp_path, capsys):
    from tests.text.test_bombs import _spaces_zip

    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_spaces_zip(30 * 1024 * 1024, photo=1024 * 1024))  # 31 MB inflated, a ratio of 30
    assert main(["extract", str(bomb), "-o", str(tmp_path / "o"), "--max-inflated-mb", "20"]) == 1
    err = capsys.readouterr().err
    assert "bomb.docx" in err and "KC-TEXT-TOO-LARGE" in err and "20 MB" in err
    assert main(["extract", str(bomb), "-o", str(tmp_path / "o"), "--max-inflate-ratio", "10"]) == 1
    assert "压缩比上限 10 倍" in capsys.readouterr().err
    assert main(["extract", str(bomb), "-o", str(tmp_path / "o")]) == 1  # within the defaults: no Word XML
    assert "KC-TEXT-DOCX]" in capsys.readouterr().err
    assert main(["extract", str(bomb), "--max-inflate-ratio", "0"]) == 1
    assert "--max-inflate-ratio" in capsys.readouterr().err


def test_an_empty_file_is_written_and_the_user_told(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\xef\xbb\xbf")  # a byte-order mark only: no text
    assert main(["extract", str(empty), "-o", str(tmp_path / "o")]) == 0
    assert "empty.txt" in capsys.readouterr().err.split("文件没有可读的文字内容")[0]
    assert json.loads((tmp_path / "o" / "empty.json").read_text("utf-8"))["targets"] == []


def test_a_folder_of_old_word_files_is_read_and_scored(tmp_path, capsys):
    """`kechuang extract` finds .doc/.wps/.rtf in a folder like .docx; the seeds saved as .doc score as the text."""
    from tests.text.docs_builders import build_legacy, lines_html

    folder = tmp_path / "doc"
    folder.mkdir()
    seed = next(s for s in SEEDS if s.stem.startswith("003"))
    (folder / f"{seed.stem}.doc").write_bytes(build_legacy(lines_html(seed.read_text("utf-8").splitlines()), "doc"))
    (folder / "备注.rtf").write_bytes(build_legacy(lines_html(["到2025年,新增高新技术企业10家。"]), "rtf"))
    assert main(["extract", str(folder), "-o", str(tmp_path / "out"), "--summary", "-q"]) == 0
    assert "成功 2 个" in capsys.readouterr().out
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{seed.stem}.json").write_bytes((GOLD / f"{seed.stem}.json").read_bytes())
    assert main(["score", str(gold), str(tmp_path / "out"), "--min", "targets=0.99", "--min", "assignments=0.99"]) == 0
