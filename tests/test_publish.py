"""Crash safety and concurrency of publishing: a build killed (SIGKILL) at any point leaves data/published exactly
the old release or the new one, and the next build recovers by itself; one build at a time."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.publish import CRASH_AFTER_STEP, current_release, file_hashes, publish_folder
from tests.conftest import PUBLISHED, ROOT, copy_work

# A publish in a bare subprocess: release A or B (12 files of 64 KiB), written one file after the other.
PUBLISH = """
import sys
from pathlib import Path
from pipeline.publish import publish_folder

def write(content):
    def _write(folder):
        for i in range(12):
            (folder / f"table{i}.parquet").write_bytes((content * 65536)[:65536])
    return _write

def derive(content):
    def _derive(folder):
        (folder / "derived.duckdb").write_bytes(content * 10)
    return _derive

published, contents = Path(sys.argv[1]), sys.argv[2:]
for content in contents:
    publish_folder(published, write(content.encode()), derive(content.encode()), derived=("derived.duckdb",))
"""


def release_files(content: str) -> dict[str, str]:
    """{file: sha256} of release A or B as PUBLISH writes it (without the uncommitted DuckDB file)."""
    import hashlib

    data = (content.encode() * 65536)[:65536]
    return {f"table{i}.parquet": hashlib.sha256(data).hexdigest() for i in range(12)}


def publish(published: Path, *contents: str, crash_after: int = 0) -> subprocess.CompletedProcess:
    env = {**os.environ, CRASH_AFTER_STEP: str(crash_after), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", PUBLISH, str(published), *contents], env=env, cwd=ROOT)


def state(published: Path) -> str:
    """'A' or 'B' when `published` is exactly that release (every file, nothing else), else what is wrong."""
    folder = current_release(published)
    if folder is None:
        return "missing"
    found = file_hashes(folder, exclude=("derived.duckdb",))
    return next((c for c in "AB" if found == release_files(c)), f"mixed: {sorted(found)}")


def clean(published: Path) -> bool:
    """Only the current release folder is left: no temporary folders, links or older releases."""
    releases = published.parent / "releases"
    leftovers = [p.name for p in published.parent.iterdir() if p.name not in ("published", "releases")]
    return [p.name for p in releases.iterdir()] == [current_release(published).name] and not leftovers


def test_sigkill_after_every_file_operation_leaves_old_or_new_release(tmp_path):
    published = tmp_path / "published"
    assert publish(published, "A").returncode == 0 and state(published) == "A"
    step, killed_at = 1, []
    while True:
        proc = publish(published, "B", crash_after=step)
        if proc.returncode == 0:  # ran past its last file operation: every step has been tried
            break
        assert proc.returncode == -signal.SIGKILL
        killed_at.append((step, state(published)))
        assert state(published) in ("A", "B"), f"killed after step {step}: {state(published)}"
        assert publish(published, "B").returncode == 0  # the next build recovers by itself
        assert state(published) == "B" and clean(published)
        assert publish(published, "A").returncode == 0 and state(published) == "A"
        step += 1
    assert len(killed_at) >= 6  # mkdir, writes, rename, temp link, switch, prune
    assert {s for _, s in killed_at} == {"A", "B"}  # some kills came before the switch, some after


def test_sigkill_at_random_moments_of_many_builds(tmp_path):
    published = tmp_path / "published"
    assert publish(published, "A").returncode == 0
    rng = random.Random(11)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(24):
        proc = subprocess.Popen([sys.executable, "-c", PUBLISH, str(published), *"BA" * 50], env=env, cwd=ROOT)
        time.sleep(rng.uniform(0.1, 0.6))  # where the kill lands varies; the assertions do not depend on it
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert state(published) in ("A", "B"), f"trial {trial}: {state(published)}"
        assert publish(published, "B").returncode == 0
        assert state(published) == "B" and clean(published), f"trial {trial}: not recovered"


def test_stale_read_only_temporary_folders_are_removed(tmp_path):
    published = tmp_path / "published"
    assert publish(published, "A").returncode == 0
    stale = tmp_path / "releases" / ".tmp-99999" / "sub"
    stale.mkdir(parents=True)
    (stale / "x.parquet").write_bytes(b"half written")
    os.chmod(stale / "x.parquet", 0o400)
    os.chmod(stale, 0o500)
    os.chmod(stale.parent, 0o500)
    os.symlink("releases/.tmp-99999", tmp_path / ".published.tmp-99999")
    assert publish(published, "B").returncode == 0
    assert state(published) == "B" and clean(published)


def test_unchanged_release_is_not_switched_and_gets_missing_derived_files(tmp_path):
    published = tmp_path / "published"
    assert publish(published, "A").returncode == 0
    folder = current_release(published)
    (folder / "derived.duckdb").unlink()  # as on a fresh clone: the DuckDB file is not committed

    def write(target: Path) -> None:
        for name, _ in release_files("A").items():
            target.joinpath(name).write_bytes((b"A" * 65536)[:65536])

    derived = []

    def derive(target: Path) -> None:
        derived.append(target.name)
        target.joinpath("derived.duckdb").write_bytes(b"A" * 10)

    switch = publish_folder(published, write, derive, derived=("derived.duckdb",))
    assert not switch.changed and switch.version == folder.name == switch.previous
    assert current_release(published) == folder and (folder / "derived.duckdb").read_bytes() == b"A" * 10
    assert clean(published) and len(derived) == 1
    again = publish_folder(published, write, derive, derived=("derived.duckdb",))
    assert not again.changed and len(derived) == 1  # present already: not built again


def test_a_release_folder_from_before_versioned_releases_is_replaced(tmp_path):
    published = tmp_path / "published"
    published.mkdir()
    (published / "old.parquet").write_bytes(b"old layout")
    proc = publish(published, "A", crash_after=5)  # killed after moving the old folder aside, before the switch
    assert proc.returncode == -signal.SIGKILL
    assert not published.exists()  # the one window of the migration: the next build closes it
    assert publish(published, "B").returncode == 0  # puts the old folder back first, then switches
    assert published.is_symlink() and state(published) == "B" and clean(published)


def test_committed_release_is_a_symlink_to_its_version_folder():
    assert PUBLISHED.is_symlink()
    folder = current_release(PUBLISHED)
    from pipeline.publish import release_version

    assert folder.parent.name == "releases" and folder.name == release_version(file_hashes(folder, exclude=("met_scrutiny.duckdb",)))


def build_command(raw: Path, work: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "assets.build", "--raw-dir", str(raw), "--staging-dir", str(work / "staging"),
            "--published-dir", str(work / "published"), *options]


def build_env(home: Path) -> dict:
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text((ROOT / "assets" / "dagster.yaml").read_text())
    return {**os.environ, "DAGSTER_HOME": str(home), "PYTHONPATH": str(ROOT)}


def line_containing(stream, text: str, limit: float = 600) -> str:
    """The first line of a subprocess's output that contains `text` (fails rather than hangs after `limit` s)."""
    import select

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if select.select([stream], [], [], 1)[0]:
            line = stream.readline()
            if not line or text in line:
                return line
    pytest.fail(f"no line with {text!r} within {limit} s")


def test_a_second_build_refuses_or_waits_while_one_holds_the_lock(tmp_path, fresh_work):
    from pipeline.lock import build_lock
    from tests.conftest import RAW
    from tests.test_pipeline import digest

    work = copy_work(fresh_work, tmp_path / "work")
    before = digest(work / "published")
    with build_lock(work / ".build.lock"):  # a build (e.g. a sensor run) is running
        refused = subprocess.run(build_command(RAW, work, "--no-wait"), env=build_env(tmp_path / "h1"), cwd=ROOT,
                                 capture_output=True, text=True)
        assert refused.returncode == 1
        assert f"{work}/.build.lock: another build is running (pid {os.getpid()}, started " in refused.stderr
        assert "not waiting: try again when it has finished" in refused.stderr
        waiting = subprocess.Popen(build_command(RAW, work), env=build_env(tmp_path / "h2"), cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        said = line_containing(waiting.stderr, "another build is running")
        assert said.startswith(f"{work}/.build.lock: another build is running (pid {os.getpid()}")
        assert said.rstrip().endswith("waiting for it to finish")
        assert waiting.poll() is None
        assert digest(work / "published") == before
    out, err = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, err
    assert "data/published is unchanged: its files are byte-identical (sha256)" in out
    assert digest(work / "published") == before


def test_two_builds_started_together_publish_one_whole_release(tmp_path, fresh_work):
    from tests.conftest import RAW

    work = tmp_path / "work"
    shutil.copytree(fresh_work / "staging", work / "staging")  # parsed already; no release yet: both check and publish
    procs = [subprocess.Popen(build_command(RAW, work), env=build_env(tmp_path / f"h{i}"), cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(2)]
    results = [p.communicate(timeout=900) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    committed = ("met_scrutiny.duckdb",)
    assert file_hashes(work / "published", committed) == file_hashes(fresh_work / "published", committed)
    version = current_release(work / "published").name
    assert sorted(p.name for p in (work / "releases").iterdir()) == [version]
    said = sorted(out.splitlines()[-2] for out, _ in results)  # one publishes, the other finds it identical
    assert said == [f"data/published is now release {version}",
                    f"data/published is unchanged: its files are byte-identical (sha256) to release {version}"]
