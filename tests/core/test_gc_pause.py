"""The collector is paused inside the block and comes back as it was, after an error too."""

from __future__ import annotations

import gc

import pytest

from kechuang.gc_pause import gc_paused


def test_paused_inside_and_enabled_again_after_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
