"""Innovation vouchers: the ledger xlsx of a large batch, and redemptions racing for one voucher.

1. The 台账 of a batch with --apps applications (all issued, half redeemed, half of those settled): our
   ``ledger_xlsx`` (summary sheet, cells from users never formulas) against what a competent user would write —
   one SQL join read by pandas and ``DataFrame.to_excel`` — in the same run, median of 3.
2. --threads clerks redeem at the same moment, --each times, on one voucher that covers only part of them:
   redemptions per second through ``redemption_record`` (files staged, history, messages), and the check that
   the voucher and the batch end exactly where the accepted redemptions put them (never below zero).

    python benchmarks/bench_vouchers.py
    KECHUANG_PG_PORT=5453 bash scripts/with-postgres.sh python benchmarks/bench_vouchers.py
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import setup_environment

TODAY = date(2026, 11, 21)


def create_batch(apps: int):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.enterprises.models import Enterprise
    from kechuang.web.vouchers.models import Application, Batch, Provider, Redemption, Voucher

    region = Region.objects.create(code="130126", name="灵寿县")
    bureau = get_user_model().objects.create_user("bench-bureau")
    Profile.objects.create(user=bureau, role="bureau", region=region)
    firms = Enterprise.objects.bulk_create(Enterprise(region=region, name=f"示例企业{i:05d}有限公司",
                                                      name_key=f"示例企业{i:05d}") for i in range(apps))
    provider = Provider.objects.create(region=region, name="示例检验检测中心", kind="testing")
    budget = (apps + 10) * 2_000_000
    batch = Batch.objects.create(region=region, title="基准批次", budget=budget, unissued=budget - apps * 2_000_000,
                                 unredeemed=budget - apps // 2 * 1_000_000, share=50, cap=3_000_000,
                                 opens_on=TODAY - timedelta(30), closes_on=TODAY + timedelta(30))
    batch.providers.add(provider)
    made = Application.objects.bulk_create(Application(batch=batch, enterprise=f, provider=provider, service="=检测",
                                                       amount=2_000_000, status="issued") for f in firms)
    vouchers = Voucher.objects.bulk_create(
        Voucher(application=a, batch=batch, enterprise_id=a.enterprise_id, code=f"CXQ-{a.pk:08d}", amount=2_000_000,
                remaining=1_000_000 if i % 2 == 0 else 2_000_000, valid_until=TODAY + timedelta(180))
        for i, a in enumerate(made))
    Redemption.objects.bulk_create(
        Redemption(voucher=v, provider=provider, contract_no=f"HT-{i}", contract_amount=2_000_000,
                   invoice_no=f"FP-{i}", invoice_amount=2_000_000, covered=1_000_000,
                   settled_on=TODAY if i % 4 == 0 else None, settlement_ref=f"ZF-{i}" if i % 4 == 0 else "")
        for i, v in enumerate(vouchers) if i % 2 == 0)
    Redemption.objects.update(recorded_at=timezone.now())
    return bureau, batch, provider


def pandas_ledger(batch) -> bytes:
    import pandas as pd
    from django.db import connection

    sql = """SELECT e.name, e.uscc, p.name AS provider, a.service, a.amount / 1e6 AS amount, a.status, v.code,
                    v.amount / 1e6 AS face, v.remaining / 1e6 AS remaining, v.valid_until, r.contract_no,
                    r.invoice_no, r.invoice_amount / 1e6 AS invoice, r.covered / 1e6 AS covered, r.settled_on,
                    r.settlement_ref
             FROM vouchers_application a JOIN enterprises_enterprise e ON e.id = a.enterprise_id
             JOIN vouchers_provider p ON p.id = a.provider_id LEFT JOIN vouchers_voucher v ON v.application_id = a.id
             LEFT JOIN vouchers_redemption r ON r.voucher_id = v.id WHERE a.batch_id = %s ORDER BY e.name"""
    with connection.cursor() as cursor:
        cursor.execute(sql, [batch.pk])
        frame = pd.DataFrame(cursor.fetchall(), columns=[c[0] for c in cursor.description])
    out = BytesIO()
    frame.to_excel(out, index=False, engine="openpyxl")  # "=检测" becomes a live formula here
    return out.getvalue()


def timed(call, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def race(bureau, batch, provider, threads: int, each: int) -> tuple[float, int, int]:
    from django.db import connection

    from kechuang.errors import KechuangError
    from kechuang.web.enterprises.models import Enterprise
    from kechuang.web.supervision.services import Evidence
    from kechuang.web.vouchers.models import Application, Batch, Redemption, Voucher
    from kechuang.web.vouchers.redeem import RedemptionInput, redemption_record

    firm = Enterprise.objects.create(region=batch.region, name="竞争企业有限公司", name_key="竞争企业")
    amount = threads * each * 100_000 * 6 // 10  # 60 % of the attempts (0.1 万元 each) fit
    Batch.objects.filter(pk=batch.pk).update(cap=amount)  # the voucher, not the cap per enterprise, runs out
    app = Application.objects.create(batch=batch, enterprise=firm, provider=provider, service="检测", amount=amount,
                                     status="issued")
    voucher = Voucher.objects.create(application=app, batch=batch, enterprise=firm, code="CXQ-RACE", amount=amount,
                                     remaining=amount, valid_until=TODAY + timedelta(180))
    before = Batch.objects.get(pk=batch.pk).unredeemed
    outcomes: list[str] = []
    gate = threading.Barrier(threads)

    def clerk(n: int) -> None:
        gate.wait()
        for k in range(each):
            data = RedemptionInput(f"HT-R{n}-{k}", "1", f"FP-R{n}-{k}", "0.2", "0.1",
                                   [Evidence("合同.pdf", b"%PDF-1.4 c")], [Evidence("发票.pdf", b"%PDF-1.4 i")])
            try:
                redemption_record(bureau, Voucher.objects.get(pk=voucher.pk), data, TODAY)
                outcomes.append("ok")
            except KechuangError as exc:
                outcomes.append(exc.code)
        connection.close()

    workers = [threading.Thread(target=clerk, args=(n,)) for n in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    voucher.refresh_from_db()
    covered = sum(Redemption.objects.filter(voucher=voucher).values_list("covered", flat=True))
    accepted = outcomes.count("ok")
    assert covered == accepted * 100_000 == amount - voucher.remaining and voucher.remaining >= 0
    assert Batch.objects.get(pk=batch.pk).unredeemed == before - covered
    return elapsed, accepted, len(outcomes) - accepted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=5000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--each", type=int, default=25)
    args = parser.parse_args()
    setup_environment()
    from django.db import connection

    from kechuang.web.vouchers.ledger import ledger_xlsx

    bureau, batch, provider = create_batch(args.apps)
    print(f"{date.today()} {platform.machine()}, Python {platform.python_version()}, {connection.vendor}")
    ours, theirs = timed(lambda: ledger_xlsx(batch)), timed(lambda: pandas_ledger(batch))
    print(f"台账 of {args.apps} applications: ledger_xlsx {ours:.2f} s, pandas read + to_excel {theirs:.2f} s")
    elapsed, ok, refused = race(bureau, batch, provider, args.threads, args.each)
    print(f"{args.threads} threads × {args.each} redemptions on one voucher: {ok} accepted, {refused} refused, "
          f"{elapsed:.2f} s ({(ok + refused) / elapsed:.0f} attempts/s); voucher and batch exact, never negative")
    return 0


if __name__ == "__main__":
    sys.exit(main())
