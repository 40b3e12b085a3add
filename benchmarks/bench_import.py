"""Import of indicator data through the web's services: 170 regions × 60 indicators × 10 years (102,000 values)
from one xlsx (the template's tidy shape), and a file with 1 % bad rows.

Each measured step runs in a fresh child process, so that its peak RSS (``ru_maxrss``) is its own:
  kechuang   — the upload's preview (read, validate row by row, 新增/变更/相同 against the current values) and the
               commit (read and validate again, versioned bulk write in one transaction): ``import_upload`` +
               ``import_commit`` of ``kechuang.web.indicators.imports``;
  pandas     — what a competent user would write instead: ``pandas.read_excel`` + vectorised checks (known region,
               known indicator, numeric value, year, duplicates) + one ``executemany`` INSERT, no versioning;
               once with pandas' default reader (openpyxl), once with ``engine="calamine"`` (the reader kechuang uses);
  re-import  — the same file again (every value 相同: nothing written), then with 10 % of the values changed;
  bad rows   — the file with 1 % of its rows broken: the preview must name every one.
Targets: validation and write < 10 s, peak memory < 500 MB.

    python benchmarks/bench_import.py
    KECHUANG_PG_PORT=5447 bash scripts/with-postgres.sh python benchmarks/bench_import.py
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REGIONS, INDICATORS, YEARS = 170, 60, 10
FIRST_YEAR = 2016


def setup(data: Path) -> None:
    os.environ["KECHUANG_DATA_DIR"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kechuang.web.settings")
    import django

    django.setup()


def prepare(data: Path) -> dict:
    """The database (Hebei's regions, the catalog, a province bureau user) and the two files."""
    setup(data)
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from openpyxl import Workbook

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.indicators.models import Indicator
    from kechuang.web.indicators.regions import regions_load

    call_command("migrate", interactive=False, verbosity=0)
    regions_load("13")
    hebei = Region.objects.get(code="130000")
    user = get_user_model().objects.create_user("hebei-bureau", password="x")
    Profile.objects.create(user=user, role="bureau", region=hebei)
    counties = list(Region.objects.filter(code__startswith="13").exclude(code="130000").order_by("code")[:REGIONS])
    indicators = list(Indicator.objects.filter(region__isnull=True).order_by("code")[:INDICATORS])
    assert len(counties) == REGIONS and len(indicators) == INDICATORS
    files = {}
    for name, bad_every in (("good", 0), ("bad", 100)):
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("观测数据")
        ws.append(["地区", "指标代码", "年份", "数值"])
        n = 0
        for r, region in enumerate(counties):
            for i, ind in enumerate(indicators):
                for y in range(YEARS):
                    n += 1
                    value = round(10 + r * 0.37 + i * 1.9 + y * 0.53, 2)
                    if bad_every and n % bad_every == 0:
                        value = "很多" if n % 200 else "2023-06"
                    ws.append([region.code, ind.code, FIRST_YEAR + y, value])
        path = data / f"{name}.xlsx"
        wb.save(path)
        files[name] = str(path)
    return {"files": files, "user": user.pk, "data": str(data)}


def child(step: str, state: dict) -> dict:
    """One measured step in this (fresh) process."""
    setup(Path(state["data"]))
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(pk=state["user"])
    started = time.perf_counter()
    out: dict = {}
    if step in ("kechuang", "reimport", "changed", "bad"):
        from kechuang.web.indicators import imports

        imports.BACKGROUND_BYTES = 10**12  # measured in this process, not queued
        path = Path(state["files"]["bad" if step == "bad" else "good"])
        if step == "changed":
            path = Path(state["files"]["changed"])
        batch = imports.import_upload(user, path.name, path.read_bytes())
        out["validate_s"] = time.perf_counter() - started
        out["counts"] = batch.counts
        out["errors"] = len(batch.errors)
        out["bad_rows"] = batch.rejected
        if step != "bad":
            t = time.perf_counter()
            batch = imports.import_commit(batch)
            out["write_s"] = time.perf_counter() - t
    elif step in ("pandas", "pandas-calamine"):
        engine = "calamine" if step == "pandas-calamine" else None
        out.update(pandas_import(Path(state["files"]["good"]), engine))
    out["total_s"] = time.perf_counter() - started
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def pandas_import(path: Path, engine: str | None = None) -> dict:
    """A competent pandas user's import: read, vectorised checks, one bulk INSERT (no versioning, no provenance
    beyond the file name, the first error stops nothing: bad rows are dropped)."""
    import pandas as pd
    from django.db import connection, transaction
    from django.utils import timezone

    from kechuang.web.accounts.models import Region
    from kechuang.web.indicators.models import Indicator, Observation

    t = time.perf_counter()
    df = pd.read_excel(path, dtype={"地区": str, "指标代码": str}, engine=engine)
    regions = dict(Region.objects.values_list("code", "id"))
    indicators = dict(Indicator.objects.values_list("code", "id"))
    df["region_id"] = df["地区"].map(regions)
    df["indicator_id"] = df["指标代码"].map(indicators)
    df["value"] = pd.to_numeric(df["数值"], errors="coerce")
    df["period"] = pd.to_numeric(df["年份"], errors="coerce")
    bad = df["region_id"].isna() | df["indicator_id"].isna() | df["value"].isna() | ~df["period"].between(1900, 2200)
    bad |= df.duplicated(["地区", "指标代码", "年份"], keep="first")
    good = df[~bad]
    validate = time.perf_counter() - t
    t = time.perf_counter()
    Observation.objects.all().delete()  # a plain load: replace, no versions
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    rows = list(zip(good["region_id"].astype(int), good["indicator_id"].astype(int), good["period"].astype(int),
                    good["value"].astype(float), strict=True))
    sql = ("INSERT INTO indicators_observation (region_id, indicator_id, period, value, version, is_current, "
           "source_kind, source_file, note, is_demo, created_at) "
           "VALUES (%s, %s, %s, %s, 1, %s, 'import', %s, '', %s, %s)")
    params = [(int(r), int(i), int(p), float(v), True, path.name, False, now) for r, i, p, v in rows]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(sql, params)
    return {"validate_s": validate, "write_s": time.perf_counter() - t, "bad_rows": int(bad.sum())}


def run_child(step: str, state_file: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", step, str(state_file)], capture_output=True, text=True,
                         env=os.environ.copy(), check=False)
    if out.returncode != 0:
        raise SystemExit(f"{step} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def changed_copy(state: dict) -> None:
    """The good file with every tenth value changed (新版本 for 10 %)."""
    from openpyxl import Workbook, load_workbook

    src = load_workbook(state["files"]["good"], read_only=True)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("观测数据")
    for n, row in enumerate(src.worksheets[0].iter_rows(values_only=True)):
        row = list(row)
        if n and n % 10 == 0:
            row[3] = float(row[3]) + 1
        ws.append(row)
    path = Path(state["data"]) / "changed.xlsx"
    wb.save(path)
    state["files"]["changed"] = str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, state_file = args.child
        print(json.dumps(child(step, json.loads(Path(state_file).read_text()))))
        return 0
    data = Path(tempfile.mkdtemp(prefix="kechuang-bench-import-"))
    t = time.perf_counter()
    state = prepare(data)
    changed_copy(state)
    state_file = data / "state.json"
    state_file.write_text(json.dumps(state))
    from django.db import connection

    size = Path(state["files"]["good"]).stat().st_size
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} · {platform.machine()} · {os.cpu_count()} cores · Python "
          f"{platform.python_version()} · {connection.vendor} · {REGIONS} regions × {INDICATORS} indicators × "
          f"{YEARS} years = {REGIONS * INDICATORS * YEARS:,} values · xlsx {size / 1e6:.1f} MB "
          f"(prepared in {time.perf_counter() - t:.0f} s)")
    results = {}
    for step in ("kechuang", "reimport", "changed", "bad", "pandas", "pandas-calamine"):
        results[step] = r = run_child(step, state_file)
        detail = {k: v for k, v in r.items() if k in ("counts", "errors", "bad_rows")}
        print(f"{step:15s} validate {r.get('validate_s', 0):6.2f} s  write {r.get('write_s', 0):6.2f} s  "
              f"total {r['total_s']:6.2f} s  peak RSS {r['peak_mb']:5.0f} MB  {detail}")
    bad = results["bad"]
    expected_bad = REGIONS * INDICATORS * YEARS // 100
    ok = (results["kechuang"]["total_s"] < 10 and results["kechuang"]["peak_mb"] < 500
          and bad["bad_rows"] == expected_bad == bad["errors"])
    print(f"1 % bad rows: {bad['bad_rows']} rows named of {expected_bad} broken · targets (< 10 s, < 500 MB, every bad "
          f"row named): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
