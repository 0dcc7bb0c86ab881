"""The atomic release switch: versioned folders and one symlink.

Each release is a folder `data/releases/<version>/` (version = the sha256 of its committed files), and
`data/published` is a relative symlink to the current one. A new release is written to a temporary folder,
renamed to its version, and published by `os.replace` of a temporary symlink onto `data/published`: one
rename, so a reader (or a build killed at any moment) sees the old release or the new one, never a mix and
never nothing. Leftovers of a killed build are removed by the next one, whatever their permissions.

Plain standard library: the kill test runs this module in a bare subprocess.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

RELEASES = "releases"
TMP_PREFIX = ".tmp-"
LEGACY_PREFIX = ".legacy-"
# Test hook: SIGKILL this process right after file operation number N of a publish (see tests/test_publish.py).
CRASH_AFTER_STEP = "MET_SCRUTINY_CRASH_AFTER_STEP"


@dataclass(frozen=True)
class Switch:
    version: str
    previous: str | None
    changed: bool  # False: the new files were byte-identical (sha256) to the current release's


class _Steps:
    """Counts file operations so a test can kill the process between any two of them."""

    def __init__(self) -> None:
        self.done = 0
        self.crash_after = int(os.environ.get(CRASH_AFTER_STEP, "0"))

    def __call__(self) -> None:
        self.done += 1
        if self.done == self.crash_after:
            os.kill(os.getpid(), signal.SIGKILL)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_hashes(folder: Path, exclude: tuple[str, ...] = ()) -> dict[str, str]:
    return {p.name: file_sha256(p) for p in sorted(Path(folder).iterdir()) if p.is_file() and p.name not in exclude}


def release_version(hashes: dict[str, str]) -> str:
    """A release's name: the sha256 of its files' names and hashes (16 hex digits)."""
    return hashlib.sha256("".join(f"{n}\0{h}\n" for n, h in sorted(hashes.items())).encode()).hexdigest()[:16]


def force_rmtree(path: Path) -> None:
    """Remove a folder even if its files or folders were made read-only."""
    path = Path(path)
    if path.is_symlink() or path.is_file():
        path.unlink()
        return
    if not path.exists():
        return
    for folder, dirs, _ in os.walk(path):
        for d in [folder, *(os.path.join(folder, d) for d in dirs)]:
            if not os.path.islink(d):
                os.chmod(d, stat.S_IRWXU)
    shutil.rmtree(path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_release(published: Path) -> Path | None:
    """The folder `published` points at, or None when there is none (first build, dangling link)."""
    published = Path(published)
    if published.is_symlink():
        target = published.parent / os.readlink(published)
        return target if target.is_dir() else None
    return published if published.is_dir() else None


def recover(published: Path) -> None:
    """Undo what a killed build left: restore a legacy folder moved aside, remove temporary folders and links."""
    published = Path(published)
    releases = published.parent / RELEASES
    legacy = sorted(releases.glob(LEGACY_PREFIX + "*")) if releases.is_dir() else []
    if legacy and not published.exists() and not published.is_symlink():
        os.rename(legacy[-1], published)
    for leftover in (releases.glob(TMP_PREFIX + "*") if releases.is_dir() else []):
        force_rmtree(leftover)
    for link in published.parent.glob(f".{published.name}{TMP_PREFIX}*"):
        link.unlink()


def _prune(releases: Path, keep: Path, step: Callable[[], None]) -> None:
    """Remove every release folder but the current one (older releases stay in git history only)."""
    for old in sorted(releases.iterdir()):
        if old.name != keep.name:
            force_rmtree(old)
            step()


def publish_folder(published: Path, write: Callable[[Path], None], derive: Callable[[Path], None] | None = None,
                   derived: tuple[str, ...] = (), derived_current: Callable[[Path], bool] = Path.exists) -> Switch:
    """Write a release with `write(folder)` and switch `published` to it atomically.

    `derive(folder)` adds the files or folders named in `derived` (the DuckDB file, the site): built from the
    others, not committed, not part of the version. When the written files are byte-identical (sha256) to the
    current release's, nothing is switched, and derived files are built only where the current release's are
    missing or not `derived_current` (a site built by older site code)."""
    published = Path(published)
    parent = published.parent
    releases = parent / RELEASES
    releases.mkdir(parents=True, exist_ok=True)
    step = _Steps()
    recover(published)
    tmp = releases / f"{TMP_PREFIX}{os.getpid()}"
    tmp.mkdir()
    step()
    try:
        write(tmp)
        hashes = file_hashes(tmp)
        version = release_version(hashes)
        current = current_release(published)
        unchanged = current is not None and current.name == version and file_hashes(current, derived) == hashes
        missing = [name for name in derived if not (unchanged and derived_current(current / name))]
        if derive and missing:
            derive(tmp)
        for p in tmp.iterdir():
            _fsync(p)
        step()
    except BaseException:
        force_rmtree(tmp)
        raise
    if unchanged:
        for name in missing:
            if (current / name).exists():       # out of date: moved aside, then replaced
                os.rename(current / name, tmp / f".old-{name}")
                step()
            os.replace(tmp / name, current / name)
            step()
        force_rmtree(tmp)
        _prune(releases, current, step)
        return Switch(version, version, changed=False)
    target = releases / version
    if current is not None and current.resolve() == target.resolve():
        target = releases / f"{version}-{os.getpid()}"  # the current folder has this name but other files
    if target.exists():
        force_rmtree(target)  # an unreferenced leftover of an earlier release with the same files
        step()
    os.rename(tmp, target)
    _fsync(releases)
    step()
    link = parent / f".{published.name}{TMP_PREFIX}{os.getpid()}"
    os.symlink(os.path.relpath(target, parent), link)
    step()
    if published.is_dir() and not published.is_symlink():  # a folder from before versioned releases
        os.rename(published, releases / f"{LEGACY_PREFIX}{os.getpid()}")
        step()
    os.replace(link, published)
    _fsync(parent)
    step()
    _prune(releases, target, step)
    return Switch(version, current.name if current is not None else None, changed=True)
