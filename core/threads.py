"""Threads for independent numpy work (numpy releases the GIL inside its loops)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Worker threads: the machine's cores, at most 4 (more gained nothing: memory bound).
WORKERS = max(1, min(4, os.cpu_count() or 1))


def map_ordered(fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``[fn(x) for x in items]``, on up to WORKERS threads; results in the order of ``items``.

    The tasks must be independent; the result is the same as the serial loop.
    """
    items = list(items)
    if WORKERS == 1 or len(items) < 2:
        return [fn(x) for x in items]
    with ThreadPoolExecutor(min(WORKERS, len(items))) as pool:
        return list(pool.map(fn, items))
