"""gunicorn settings of ``kechuang serve`` (``--config python:kechuang.web.gunicorn_conf``): hooks only; the
command line keeps the bind address, workers and threads.

``post_worker_init``: once a worker has loaded the application, it loads the saved match-index snapshots of every
library (``KECHUANG_DATA_DIR/index/``) before it accepts a request (``index_store.load_saved_now``; the worker's
heartbeat is renewed after each and every few seconds meanwhile, so gunicorn's timeout does not kill a worker that
loads a 100,000-record snapshot on a busy machine). Meanwhile the other workers
answer; at start-up connections wait in the listen queue and ``/healthz`` answers once a worker is ready — a
deployment's health check. Loading in a background thread instead let requests queue behind it for seconds (the
unpickling holds the interpreter lock), and the first full garbage collection after it walked the millions of
objects of the indexes (0.12 s for one index of 20,000 projects, measured
here; seconds at 100,000): so they are then frozen out of the collector
(``gc.freeze``), as they live as long as the worker."""

from __future__ import annotations

import gc
import threading
import time

BEAT = 5.0  # seconds between heartbeats while the snapshots load


def post_worker_init(worker) -> None:
    from kechuang.web.libraries.index_store import load_saved_now, saved_keys

    keys = saved_keys()
    if not keys:
        return
    started = time.perf_counter()
    worker.log.info("loading %d saved match indexes before accepting requests", len(keys))
    done = threading.Event()

    def beat() -> None:
        while not done.wait(BEAT):
            worker.notify()

    threading.Thread(target=beat, name="kechuang-index-heartbeat", daemon=True).start()
    try:
        loaded = load_saved_now(between=worker.notify)
    finally:
        done.set()
    gc.collect()
    gc.freeze()  # the indexes (and the application) out of every later collection
    worker.log.info("%d match indexes loaded in %.1f s", loaded, time.perf_counter() - started)
