"""One build at a time: an exclusive `fcntl.flock` on `data/.build.lock`, held for the whole build.

`make data`, the sensor's runs and the schedule's runs all take it, so two of them never write the staging
folder or the release at once. The kernel drops the lock when its holder dies, even by SIGKILL: a lock
file left behind never blocks anyone.
"""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator


class BuildLockedError(RuntimeError):
    """Another build holds the lock and the caller chose not to wait."""


def _holder(path: Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "another process"


@contextmanager
def build_lock(path: Path, wait: bool = True, on_wait: Callable[[str], None] = print) -> Iterator[None]:
    """Hold the build lock for the body; wait for it (saying who holds it), or raise BuildLockedError."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            message = f"{path}: another build is running ({_holder(path)})"
            if not wait:
                raise BuildLockedError(f"{message}; not waiting: try again when it has finished") from None
            on_wait(f"{message}; waiting for it to finish")
            fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        f.flush()
        try:
            yield
        finally:
            f.seek(0)
            f.truncate()
            f.flush()
            fcntl.flock(f, fcntl.LOCK_UN)
