"""``kechuang data`` (template, check, import) and ``kechuang indicators`` (list, link)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.indicators.catalog import link_target, load_catalog
from kechuang.indicators.observations import append_to_store, import_observations
from kechuang.indicators.template import write_template


def add_parser(sub) -> None:
    d = sub.add_parser("data", help="指标观测数据:下载模板、检查、导入",
                       description="指标观测数据的模板、检查与导入。")
    dsub = d.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    t = dsub.add_parser("template", help="生成导入模板(XLSX,含指标目录与填写说明)")
    t.add_argument("-o", "--output", type=Path, required=True, help="模板文件路径(.xlsx)")
    t.add_argument("--regions", help="预填的地区,逗号分隔")
    t.add_argument("--years", help="预填的年份,逗号分隔")
    t.set_defaults(func=run_template)
    c = dsub.add_parser("check", help="逐行检查数据文件,不导入")
    c.add_argument("file", type=Path, metavar="FILE", help="CSV 或 XLSX 数据文件")
    c.add_argument("--regions", help="允许的地区,逗号分隔(不给则不检查地区)")
    c.add_argument("--sheet", help="XLSX 工作表")
    c.set_defaults(func=run_check)
    i = dsub.add_parser("import", help="检查并导入到观测数据库(CSV);有错误时不导入")
    i.add_argument("file", type=Path, metavar="FILE", help="CSV 或 XLSX 数据文件")
    i.add_argument("--into", type=Path, required=True, help="观测数据库文件(长表 CSV,不存在则新建)")
    i.add_argument("--valid-rows", action="store_true", help="有错误时仍导入无误的行(错误行会列出)")
    i.add_argument("--replace", action="store_true", help="覆盖数据库中已有的同一地区、指标、年份的值")
    i.add_argument("--regions", help="允许的地区,逗号分隔")
    i.add_argument("--sheet", help="XLSX 工作表")
    i.set_defaults(func=run_import)

    n = sub.add_parser("indicators", help="指标目录:列出指标,把方案目标关联到指标",
                       description="查看指标目录,或把抽取出的方案目标关联到目录中的指标。")
    nsub = n.add_subparsers(dest="indicators_command", metavar="ACTION", required=True)
    ls = nsub.add_parser("list", help="列出指标目录")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(func=run_list)
    lk = nsub.add_parser("link", help="把方案 JSON 中的目标关联到指标目录")
    lk.add_argument("plans", type=Path, nargs="+", metavar="PLAN.json", help="kechuang extract 输出的方案 JSON")
    lk.add_argument("--json", action="store_true", help="以 JSON 输出")
    lk.set_defaults(func=run_link)


def _split(text: str | None) -> list[str] | None:
    return [x.strip() for x in text.replace(",", ",").split(",") if x.strip()] if text else None


def run_template(args) -> int:
    years = _split(args.years)
    try:
        periods = [int(y) for y in years] if years else None
    except ValueError:
        raise KechuangError("KC-CLI-YEARS", f"--years 应为逗号分隔的年份:{args.years}") from None
    path = write_template(args.output, load_catalog(), _split(args.regions), periods)
    print(f"已写出导入模板 {path}", file=sys.stderr)
    return 0


def run_check(args) -> int:
    regions = set(_split(args.regions) or []) or None
    report = import_observations(args.file, load_catalog(), regions=regions, valid_rows=True, sheet=args.sheet)
    print(report.summary())
    return 0 if report.ok else 1


def run_import(args) -> int:
    regions = set(_split(args.regions) or []) or None
    report = import_observations(args.file, load_catalog(), regions=regions, valid_rows=args.valid_rows,
                                 sheet=args.sheet)
    if report.errors:
        print(report.summary(), file=sys.stderr)
    added, replaced = append_to_store(args.into, report.observations, replace=args.replace)
    replaced_note = f",覆盖 {replaced} 条" if replaced else ""
    print(f"已导入 {added} 条新观测{replaced_note} → {args.into}", file=sys.stderr)
    return 0


def run_list(args) -> int:
    catalog = load_catalog()
    if args.json:
        print(json.dumps([vars(i) for i in catalog.indicators], ensure_ascii=False, indent=1))
        return 0
    print(f"指标目录 {catalog.version},共 {len(catalog)} 个指标")
    for ind in catalog.indicators:
        arrow = "↑" if ind.direction == "higher" else "↓"
        print(f"{ind.id:<32} {ind.name}({ind.unit}){arrow}  {ind.source}")
    return 0


def run_link(args) -> int:
    catalog = load_catalog()
    results = []
    for path in args.plans:
        try:
            plan = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise KechuangError("KC-LINK-PLAN", f"无法读取方案 JSON:{exc}", file=str(path)) from exc
        targets = plan.get("targets") if isinstance(plan, dict) else None
        if targets is None:
            raise KechuangError("KC-LINK-PLAN", "方案文件缺少 targets", file=str(path))
        for t in targets:
            link = link_target(catalog, t)
            results.append({"file": str(path), "indicator": t.get("indicator"), "unit": t.get("unit"),
                            "linked": link.indicator.id if link.indicator else None,
                            "name": link.indicator.name if link.indicator else None,
                            "method": link.method, "score": link.score,
                            "candidate": link.candidate.id if link.candidate else None})
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for r in results:
            where = f"{r['name']}({r['linked']})" if r["linked"] else f"未关联(最接近 {r['candidate']})"
            print(f"{Path(r['file']).name}  {r['indicator']}  →  {where}  [{r['method']} {r['score']:.2f}]")
    linked = sum(1 for r in results if r["linked"])
    print(f"共 {len(results)} 条目标,关联 {linked} 条({linked / max(len(results), 1):.0%})", file=sys.stderr)
    return 0

