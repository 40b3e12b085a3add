"""The synthetic example data (examples/data): names no real county, is reproducible, and the documented example
commands work with it."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

from kechuang.cli import main
from kechuang.evaluation import load_framework
from tests.conftest import SEEDS

ROOT = Path(__file__).parents[2]
DATA = ROOT / "examples" / "data" / "counties.csv"
HEBEI = load_framework("hebei-county").path


def generator():
    spec = importlib.util.spec_from_file_location("example_data_generate", ROOT / "examples" / "data" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_the_committed_file(tmp_path):
    out = generator().main(tmp_path / "counties.csv")
    assert out.read_bytes() == DATA.read_bytes()


def test_units_are_named_so_that_they_cannot_be_taken_for_real_counties():
    with open(DATA, newline="", encoding="utf-8") as fh:
        names = {row["地区"] for row in csv.DictReader(fh)}
    assert len(names) == 20
    assert all(re.fullmatch(r"示例县\d{2}", n) for n in names), sorted(names)
    # No real county name the project's documents mention (the seed plans are real Hebei plans).
    real = {"灵寿县", "正定县", "行唐县", "平山县", "赞皇县", "无极县", "元氏县", "赵县", "深泽县", "高邑县"}
    assert not names & real
    text = Path(HEBEI).read_text("utf-8")
    assert not any(n in text for n in names)


def test_documented_examples_run_on_the_example_data(tmp_path, capsys):
    # The commands of the Makefile's batch target (README: evaluate, path-to-class, monitor) with the new names.
    assert main(["evaluate", str(DATA), "--framework", "hebei-county", "-o", str(tmp_path / "e.xlsx")]) == 0
    assert main(["path-to-class", str(DATA), "--framework", "hebei-county", "--unit", "示例县01"]) == 0
    assert "示例县01" in capsys.readouterr().out
    seed = next(s for s in SEEDS if s.name.startswith("003"))  # 灵寿县's plan
    assert main(["extract", str(seed), "-o", str(tmp_path), "--format", "json", "-q"]) == 0
    plan = tmp_path / f"{seed.stem}.json"
    assert main(["monitor", str(plan), str(DATA), "--region", "示例县01", "-o", str(tmp_path / "m.xlsx")]) == 0
    assert (tmp_path / "m.xlsx").stat().st_size > 0


def test_makefile_batch_names_the_example_unit():
    batch = (ROOT / "Makefile").read_text("utf-8").split("\nbatch:")[1].split("\n\n")[0]
    assert "--unit 示例县01" in batch and "--region 示例县01" in batch and "灵寿县" not in batch.split("\n", 1)[1]
