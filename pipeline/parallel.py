"""Run one function over many items on several processes, the results handed back in the items' order."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the machine's count); 1 in a daemon process (a Celery
    worker's, say), which may not start children."""
    if not _may_start_processes():
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # no affinity on macOS and Windows
        return os.cpu_count() or 1


def _may_start_processes() -> bool:
    return not multiprocessing.current_process().daemon


def _context(preload: str) -> multiprocessing.context.BaseContext:
    """Workers are started fresh, never forked from the caller: a Dagster run has threads, and a fork copies the
    locks they hold. Where there is a fork server, it imports `preload` (the work's module) once, instead of the
    caller's `__main__`, and each worker is forked from it with that module ready."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([preload])       # takes effect when the server starts (once per process)
    return context


def in_order(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """`fn(item)` for each item, yielded in the items' order whatever order the workers finish in.

    With `workers` <= 1, one item, or in a daemon process, it runs here, one item at a time, and starts no process.
    `fn` and the items must pickle: `fn` a module-level function. An exception raised by `fn` is raised again here,
    at its item."""
    items = list(items)
    if workers <= 1 or len(items) <= 1 or not _may_start_processes():
        yield from map(fn, items)
        return
    pool = ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=_context(fn.__module__))
    try:
        futures = [pool.submit(fn, item) for item in items]
        for future in futures:
            yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
