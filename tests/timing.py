"""A linearity check that can fail: the small input is grown until its run takes at least 0.05 s of CPU time, so that
a quadratic (16 times the time for 4 times the input) cannot hide under a fixed slack; only the rule is timed.

The garbage collector is off while a rule runs: its full collections walk the whole heap of the test process, so in the
full suite (a large heap) a rule that allocates more on the larger input paid for the suite's objects too and looked
superlinear (CI failed a linear rule at 9.4 times for 4 times the input; with collection off the same rule measures 3.8 to
4.4 times, alone or beside a 3-million-object heap)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

MIN_SMALL = 0.05  # seconds of CPU time for the small run


@contextmanager
def without_collection(collect: bool = True) -> Iterator[None]:
    """The garbage collector off (after one collection, unless ``collect`` is false) for the timed run, on again after
    it."""
    if collect:
        gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def repeated_cpu(run: Callable[[Any], object], data: Any, times: int) -> float:
    """The CPU time of ``times`` runs of ``run`` on ``data``, the collector off."""
    with without_collection():
        start = time.process_time()
        for _ in range(times):
            run(data)
        return time.process_time() - start


def assert_linear(run: Callable[[Any], object], make: Callable[[int], Any], n: int = 1, tries: int = 3) -> None:
    """``make(n)`` builds an input of size n (outside the timing), ``run`` is the rule timed on it; 4n must cost less
    than 8 times n (linear: 4 times; quadratic: 16).

    The input is grown only until one run takes ``MIN_SMALL / 8``; each size is then run as many times as the small one
    needs to take ``MIN_SMALL`` (a rule that caches its reading, whose repeats cost nothing, has its input grown
    instead). Growing the input until one run took ``MIN_SMALL`` built inputs of hundreds of megabytes for fast rules,
    whose memory traffic beside another test worker made a linear rule look superlinear (CI failed
    ``test_cue_is_linear`` at 10.4 times for 4 times 2,560,000 lines; alone it measures 4.05 times). The large size is
    timed best of ``tries``: load only ever adds time."""
    def cpu(data: Any, times: int) -> float:
        return repeated_cpu(run, data, times)
    small = cpu(make(n), 1)
    while small < MIN_SMALL / 8 and n < 1 << 24:
        n *= 2
        small = cpu(make(n), 1)
    times = 1
    small_input = make(n)
    while small < MIN_SMALL and times < 64:
        times *= 2
        small = cpu(small_input, times)
    if small < MIN_SMALL:  # repeats cost nothing (the rule caches its reading of the input): grow the input instead
        times = 1
        while small < MIN_SMALL and n < 1 << 24:
            n *= 2
            small_input = make(n)
            small = cpu(small_input, 1)
    assert small >= MIN_SMALL, (n, times, small)
    small = max(small, cpu(small_input, times))  # the slower of two: a burst of load on the small run is no quadratic
    large_input = make(4 * n)
    large = cpu(large_input, times)
    for _ in range(tries - 1):
        if large < 8 * small:
            break
        large = min(large, cpu(large_input, times))  # a neighbour's burst of load is no quadratic
    assert large < 8 * small, (n, times, small, large)


def assert_scaled(cpu: Callable[[Any], float], small_input: Any, large_input: Any, bound: float,
                  note: object = None) -> None:
    """``cpu(x)``: the CPU time of the rule on x; the large input must cost less than ``bound`` times the small one.
    A small run under ``MIN_SMALL`` is too short to time (CI failed a linear rule at 22 times for 10 times the rows, its
    small run 0.04 s): each size is then run as many times as the small one needs to take ``MIN_SMALL``, and the times
    summed. One retry of both when the bound is not met (the slower small run, the faster large one): a burst of load on
    either is no quadratic (CI at load 15 failed two such tests once: 29 times the time for 10 times the text)."""
    def timed(data: Any, times: int) -> float:
        with without_collection():
            return sum(cpu(data) for _ in range(times))
    times = 1
    small = timed(small_input, times)
    while small < MIN_SMALL and times < 1 << 12:
        times *= 2
        small = timed(small_input, times)
    large = timed(large_input, times)
    if large >= bound * small:
        small, large = max(small, timed(small_input, times)), min(large, timed(large_input, times))
    assert large < bound * small, (note, times, small, large)


def assert_under(run: Callable[[], object], seconds: float, note: object = None, tries: int = 3) -> Any:
    """``run()`` must take less than ``seconds`` of CPU time, the garbage collector off; a run over the bound is
    retried, up to ``tries`` runs in all, and the fastest counts (load only ever adds time, a blow-up costs every
    run). Returns what the last run returned. For a bound too far above the rule's cost to need a ratio: an input
    whose blow-up would take minutes, or a refusal that must come before the input is read."""
    fastest = float("inf")
    for attempt in range(tries):
        with without_collection(collect=attempt > 0):
            start = time.process_time()
            result = run()
            fastest = min(fastest, time.process_time() - start)
        if fastest < seconds:
            return result
    raise AssertionError((note, seconds, fastest))


def assert_linear_far(run: Callable[[Any], object], make: Callable[[int], Any], n: int = 1, factor: int = 16,
                      tries: int = 3) -> None:
    """A linearity check for a rule too fast to time on an input of a sensible size: ``make(n)`` and
    ``make(factor * n)`` are built once (outside the timing; a fixed, small size, not grown until one run takes
    ``MIN_SMALL``: that built inputs of tens of megabytes, whose memory traffic made a linear rule look superlinear), and
    ``run`` is repeated on each as many times as the small input needs to take ``MIN_SMALL`` of CPU time. Each size is
    timed best of ``tries`` (load only ever adds time), and the sizes stand ``factor`` apart, so that the bound, twice
    linear (2 × factor), sits as far under a quadratic (factor²) as above linear: 16 times the input must cost less
    than 32 times the time, where a quadratic costs 256."""
    small_input, large_input = make(n), make(factor * n)

    def cpu(data: Any, times: int) -> float:
        return repeated_cpu(run, data, times)
    times = 1
    while cpu(small_input, times) < MIN_SMALL and times < 1 << 20:
        times *= 2
    small = min(cpu(small_input, times) for _ in range(tries))
    large = cpu(large_input, times)
    for _ in range(tries - 1):
        if large < 2 * factor * small or large > 8 * factor * small:
            break  # passed, or far beyond any burst of load (a quadratic's 256 times): no retry
        large = min(large, cpu(large_input, times))
    assert large < 2 * factor * small, (n, times, small, large)
