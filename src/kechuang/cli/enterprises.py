"""``kechuang enterprises`` (template, check): the enterprise workbook and the 高企 gap check."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from kechuang.enterprises import check_hitech_many, read_enterprises, write_enterprise_template
from kechuang.enterprises.assemble import facts_from_import
from kechuang.errors import KechuangError


def add_parser(sub) -> None:
    e = sub.add_parser("enterprises", help="企业库:导入模板、高企差距体检",
                       description="企业数据工作簿的模板与检查,以及高新技术企业认定条件的差距体检。")
    esub = e.add_subparsers(dest="enterprises_command", metavar="ACTION", required=True)
    t = esub.add_parser("template", help="生成企业数据导入模板(XLSX)")
    t.add_argument("-o", "--output", type=Path, required=True, help="模板文件路径(.xlsx)")
    t.set_defaults(func=run_template)
    c = esub.add_parser("check", help="检查企业工作簿,并按某日的规则做高企差距体检")
    c.add_argument("file", type=Path, metavar="FILE", help="企业数据工作簿(.xlsx)")
    c.add_argument("--as-of", help="申报日期(YYYY-MM-DD,默认今天);按当日有效的规则检查")
    c.add_argument("--json", action="store_true", help="以 JSON 输出体检结果")
    c.set_defaults(func=run_check)


def run_template(args) -> int:
    path = write_enterprise_template(args.output)
    print(f"已写出企业数据模板 {path}", file=sys.stderr)
    return 0


def run_check(args) -> int:
    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        raise KechuangError("KC-CLI-DATE", f"--as-of 应为日期,如 2026-06-01:{args.as_of}") from None
    data = read_enterprises(args.file)
    for problem in data.errors + data.warnings:
        print(("提示:" if problem.warning else "错误:") + str(problem), file=sys.stderr)
    checks = check_hitech_many(facts_from_import(data), as_of)
    if args.json:
        print(json.dumps([c.to_dict() for c in checks], ensure_ascii=False, indent=1))
    else:
        for check in checks:
            gaps = ";".join(c.gap for c in check.conditions if c.status in ("unmet", "needs_data"))
            year = f",最早 {check.earliest_year} 年" if check.earliest_year else ""
            print(f"{check.name}\t{check.to_dict()['overall_zh']}{year}\t{gaps}")
    print(f"{len(checks)} 家企业,{len(data.errors)} 处错误,{len(data.warnings)} 处提示;规则版本 "
          f"{checks[0].rules_version if checks else '—'}", file=sys.stderr)
    return 1 if data.errors else 0
