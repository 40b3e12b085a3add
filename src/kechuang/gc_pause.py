"""Pause Python's cyclic garbage collector around work that creates many small objects and frees none.

The collector runs whenever allocations outnumber deallocations by a threshold and then walks every tracked
object of the generation — again and again while a large structure is being built (a match index unpickled, the
facts of 10,000 enterprises read and checked). Reference counting still frees what it can meanwhile; the
collector resumes, as it was, when the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
