"""Django's file cache with an atomic ``add``, so that of several processes exactly one builds a page.

``FileBasedCache.add`` tests for the file and then writes it: two processes can both succeed. Here the
entry is written to a temporary file and hard-linked into place; the link fails if the entry exists.
"""

from __future__ import annotations

import os
import tempfile

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class FileCache(FileBasedCache):
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
