"""gunicorn settings of ``kechuang serve`` (``--config python:kechuang.web.gunicorn_conf``): hooks only; the
command line keeps the bind address, workers and threads.

``post_worker_init``: once a worker has loaded the application, the saved match-index snapshots of every library
(``KECHUANG_DATA_DIR/index/``) are loaded in a background thread (``index_store.preload``), so the first request
that needs one does not spend ~10 s loading it; until it is loaded, such a request gets the store's 503
"索引正在后台建立" at once, and every other page answers meanwhile."""

from __future__ import annotations


def post_worker_init(worker) -> None:
    from kechuang.web.libraries.index_store import preload, saved_keys

    keys = saved_keys()
    if keys:
        worker.log.info("loading %d saved match indexes in the background", len(keys))
        preload(keys)
