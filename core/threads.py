"""Threads for independent numpy work (numpy releases the GIL inside its loops)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Worker threads by default: the machine's cores, at most 4 (more gained nothing: memory bound).
DEFAULT_WORKERS = max(1, min(4, os.cpu_count() or 1))
#: Worker threads now (:func:`use_at_most`).
WORKERS = DEFAULT_WORKERS


def use_at_most(limit: int) -> None:
    """At most ``limit`` threads (QGIS's "Max cores to use"); ``limit`` < 1: no limit but the default."""
    global WORKERS
    WORKERS = DEFAULT_WORKERS if limit < 1 else min(DEFAULT_WORKERS, limit)


def map_ordered(fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``[fn(x) for x in items]``, on up to WORKERS threads; results in the order of ``items``.

    The tasks must be independent; the result is the same as the serial loop.
    """
    items = list(items)
    if WORKERS == 1 or len(items) < 2:
        return [fn(x) for x in items]
    with ThreadPoolExecutor(min(WORKERS, len(items))) as pool:
        return list(pool.map(fn, items))
