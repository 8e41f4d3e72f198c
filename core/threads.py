"""Threads for independent numpy work (numpy releases the GIL inside most of its loops).

The threads are kept between calls (starting a pool cost 0.5 ms, and a run makes a dozen
parallel calls); the calling thread works along, so nested calls cannot wait for each other.
"""

from __future__ import annotations

import itertools
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Optional, TypeVar

import numpy as np

T = TypeVar("T")
R = TypeVar("R")

#: Worker threads by default: the machine's cores, at most 4 (more gained nothing: memory bound).
DEFAULT_WORKERS = max(1, min(4, os.cpu_count() or 1))
#: Worker threads now (:func:`use_at_most`).
WORKERS = DEFAULT_WORKERS
#: Fewer elements than this are gathered on one thread.
PARALLEL_GATHER = 1_000_000


def use_at_most(limit: int) -> None:
    """At most ``limit`` threads (QGIS's "Max cores to use"); ``limit`` < 1: no limit but the default."""
    global WORKERS
    WORKERS = DEFAULT_WORKERS if limit < 1 else min(DEFAULT_WORKERS, limit)


_pool: Optional[ThreadPoolExecutor] = None
_pool_lock = threading.Lock()


def _helpers() -> ThreadPoolExecutor:
    """The kept helper threads (DEFAULT_WORKERS - 1: the calling thread is the other worker)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max(1, DEFAULT_WORKERS - 1), thread_name_prefix="sozialplanung")
        return _pool


def shutdown() -> None:
    """End the helper threads (plugin unload); the next parallel call starts them again."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True)


def map_ordered(fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``[fn(x) for x in items]``, on up to WORKERS threads; results in the order of ``items``.

    The tasks must be independent; the result is the same as the serial loop, and so is the
    error: that of the first item that fails. Each thread takes the next item not yet taken;
    the calling thread is one of them, so it finishes the items alone if the helpers are busy.
    """
    items = list(items)
    n = len(items)
    if WORKERS == 1 or n < 2:
        return [fn(x) for x in items]
    results: list = [None] * n
    failed: list[tuple[int, BaseException]] = []
    taken, lock, done = itertools.count(), threading.Lock(), threading.Semaphore(0)

    def work() -> None:
        while True:
            with lock:
                k = next(taken)
            if k >= n:
                return
            try:
                results[k] = fn(items[k])
            except BaseException as error:  # noqa: BLE001 - raised again in the calling thread
                failed.append((k, error))
            finally:
                done.release()

    for _ in range(min(WORKERS, n) - 1):
        _helpers().submit(work)
    work()
    for _ in range(n):
        done.acquire()
    if failed:
        raise min(failed, key=lambda item: item[0])[1]
    return results


def gather(values: np.ndarray, index: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
    """``values[index]`` for valid indices (not checked), in parts on up to WORKERS threads
    (into ``out`` if given)."""
    out = np.empty(index.shape, values.dtype) if out is None else out
    parts = max(1, min(WORKERS, index.size // PARALLEL_GATHER))
    bounds = [index.size * k // parts for k in range(parts + 1)]

    def part(k: int) -> None:
        a, b = bounds[k], bounds[k + 1]
        np.take(values, index[a:b], out=out[a:b], mode="clip")  # clip: no buffered copy

    map_ordered(part, range(parts))
    return out
