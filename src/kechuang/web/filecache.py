"""Django's file cache with an atomic ``add``, so that of several processes exactly one builds a page.

``FileBasedCache.add`` tests for the file and then writes it: two processes can both succeed. Here the
entry is written to a temporary file and hard-linked into place; the link fails if the entry exists.

``FileBasedCache.set`` also lists every entry of the directory on each write to decide whether to cull: with the
2,000 entries a busy platform keeps, that listing cost a page's first view more than all its queries. Here a
cache connection (Django keeps one a thread) lists the directory on its first write and then once every
``CULL_EVERY`` writes, so the directory holds at most MAX_ENTRIES plus the ``CULL_EVERY`` writes of each connection
between two checks; a cull takes it back
to MAX_ENTRIES less the usual fraction (``CULL_FREQUENCY``).
"""

from __future__ import annotations

import os
import random
import tempfile
import threading

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class FileCache(FileBasedCache):
    CULL_EVERY = 64  # writes of a connection between two listings of the directory

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._writes = 0
        self._count_lock = threading.Lock()

    def _cull(self):
        with self._count_lock:
            due = self._writes % self.CULL_EVERY == 0
            self._writes += 1
        if not due:
            return
        files = self._list_cache_files()
        if len(files) < self._max_entries:
            return
        if self._cull_frequency == 0:
            return self.clear()
        # Back to MAX_ENTRIES less the usual fraction: the writes between two checks are culled too.
        keep = self._max_entries - self._max_entries // self._cull_frequency
        for fname in random.sample(files, len(files) - keep):
            self._delete(fname)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        self._createdir()
        fname = self._key_to_file(key, version)
        fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        try:
            with open(fd, "wb") as f:
                self._write_content(f, timeout, value)
            for _ in range(2):
                try:
                    os.link(tmp_path, fname)
                    return True
                except FileExistsError:
                    if self.has_key(key, version):
                        return False
                    self._delete(fname)  # expired: take its place
                except OSError:  # a file system without hard links
                    return super().add(key, value, timeout, version)
            return False
        finally:
            os.remove(tmp_path)
