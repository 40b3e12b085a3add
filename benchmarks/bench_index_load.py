"""Loading a saved match-index snapshot: what a new server worker spends before it can answer a page that needs
the index (the store's ``_load_saved``), wall and CPU: before (records, tokens and MinHash/LSH unpickled, BM25
rebuilt from the kept tokens), with the BM25 arrays kept in the snapshot, and with the garbage collector paused
while unpickling (the store as it is).

    python benchmarks/bench_index_load.py [--records 100000] [--kind duplicate|match]
"""

from __future__ import annotations

import argparse
import os
import pickle
import platform
import random
import sys
import tempfile
import time
from datetime import date

from bench_matching import make_records, vocabulary


def timed(label: str, fn, *args):
    started, cpu = time.perf_counter(), time.process_time()
    out = fn(*args)
    print(f"{label}:墙钟 {time.perf_counter() - started:.2f} s,CPU {time.process_time() - cpu:.2f} s", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--kind", choices=("duplicate", "match"), default="duplicate")
    args = parser.parse_args()
    os.environ["KECHUANG_DATA_DIR"] = tempfile.mkdtemp(prefix="kechuang-bench-load-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kechuang.web.settings")
    import django

    django.setup()
    from kechuang.matching import DuplicateIndex, MatchIndex
    from kechuang.web.libraries import index_store

    print(f"{date.today()} · {platform.processor() or platform.machine()},{os.cpu_count()} 核 · "
          f"Python {platform.python_version()} · {args.records:,} 条 · {args.kind}", flush=True)
    records = make_records("p", args.records, vocabulary(), random.Random(7))
    make = DuplicateIndex if args.kind == "duplicate" else MatchIndex
    index = timed("建立索引(jieba + BM25" + (" + MinHash/LSH" if make is DuplicateIndex else "") + ")", make, records)
    index_store.match_index(index).scores({})
    entry = index_store.Entry(index, {}, None, {r.id: 1 for r in records})
    path = timed("保存快照(含 BM25 数组)", index_store.save, "bench", 1, entry)
    print(f"快照 {path.stat().st_size / 1e6:.0f} MB", flush=True)
    old = path.with_name("old-format.pkl")  # the snapshot as saved before: without the BM25 retrievers
    bm25 = index_store.match_index(index)
    kept = bm25._retrievers
    bm25._retrievers, bm25._stale = {}, True
    with old.open("wb") as fh:
        pickle.dump({"format": index_store.FORMAT, "entry": entry}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    bm25._retrievers, bm25._stale = kept, False
    print(f"旧格式快照(不含 BM25){old.stat().st_size / 1e6:.0f} MB", flush=True)

    def before():  # pickle.load with the garbage collector running, then BM25 from the kept tokens
        with old.open("rb") as fh:
            data = pickle.load(fh)
        index_store.match_index(data["entry"].index).scores({})
        return data

    def gc_running():
        with path.open("rb") as fh:
            return pickle.load(fh)

    timed("改前:载入旧快照(pickle.load + BM25 从保存的词重建)", before)
    timed("只改格式:载入含 BM25 数组的快照(垃圾回收照常)", gc_running)
    loaded = timed("改后:_load_saved(含 BM25 数组,载入时暂停垃圾回收)", index_store._load_saved, "bench", 1, {})
    assert loaded is not None and len(loaded.index) == args.records and not index_store.match_index(
        loaded.index)._stale
    query = records[0].title
    assert [m.record.id for m in index_store.match_index(loaded.index).search(query)] == [
        m.record.id for m in index_store.match_index(index).search(query)]
    return 0


if __name__ == "__main__":
    sys.exit(main())
