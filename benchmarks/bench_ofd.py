"""OFD loading against PDF loading of the same text (session 42, ofd42).

The seeds' text, wrapped at 30 characters and 20 lines a page, is written once as an OFD (``build_ofd``: one text
object a line, as ofdrw writes them) and once as a PDF (``build_pdf``: reportlab, a CID font); each is loaded to
text (``ofd_to_text``, ``pdf_to_text``) and timed, best of ``--repeat`` runs. The real samples of
``tests/fixtures/ofd`` are timed too (MB/s of the file).

    PYTHONPATH=src python benchmarks/bench_ofd.py
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import SEEDS  # noqa: E402
from tests.text.docs_builders import build_ofd, build_pdf  # noqa: E402

from kechuang.errors import KechuangError  # noqa: E402
from kechuang.text.load import load_bytes  # noqa: E402
from kechuang.text.ofd import ofd_to_text  # noqa: E402
from kechuang.text.pdf import pdf_to_text  # noqa: E402

WIDTH, PER_PAGE = 30, 20  # build_ofd sets lines 10 mm apart: 20 fit above an A4 page's foot


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def pages_of_seeds() -> list[list[str]]:
    lines = []
    for seed in SEEDS:
        for line in load_bytes(seed.read_bytes(), seed.name).text.splitlines():
            lines.extend(line[i:i + WIDTH] for i in range(0, len(line), WIDTH) if line[i:i + WIDTH].strip())
    return [lines[i:i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{platform.node()} {platform.processor() or platform.machine()} {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    pages = pages_of_seeds()
    ofd, pdf = build_ofd(pages), build_pdf(pages)
    chars = sum(len(line) for page in pages for line in page)
    t_ofd = best(lambda: ofd_to_text(ofd, "seeds.ofd"), args.repeat)
    t_pdf = best(lambda: pdf_to_text(pdf, "seeds.pdf"), args.repeat)
    print(f"seeds, {len(pages)} pages, {chars} characters: OFD {len(ofd) / 1024:.0f} KB {t_ofd * 1000:.1f} ms, "
          f"PDF {len(pdf) / 1024:.0f} KB {t_pdf * 1000:.1f} ms (PDF / OFD {t_pdf / t_ofd:.1f}×)")
    for sample in sorted((ROOT / "tests" / "fixtures" / "ofd").glob("*.ofd"), key=lambda p: -p.stat().st_size):
        data = sample.read_bytes()
        try:
            took = best(lambda data=data, name=sample.name: ofd_to_text(data, name), args.repeat)
        except KechuangError as exc:  # the scan sample is refused: time the refusal
            took = best(lambda data=data, name=sample.name: _refused(data, name), args.repeat)
            print(f"{sample.name}: refused ({type(exc).__name__}) in {took * 1000:.1f} ms")
            continue
        print(f"{sample.name}: {len(data) / 1024:.0f} KB in {took * 1000:.1f} ms ({len(data) / took / 1e6:.1f} MB/s)")


def _refused(data: bytes, name: str) -> None:
    try:
        ofd_to_text(data, name)
    except KechuangError:
        return


if __name__ == "__main__":
    main()
