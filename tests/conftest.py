"""Shared fixtures: the real sources as Documents, and one end-to-end build into a temporary folder."""
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
PUBLISHED = ROOT / "data" / "published"


@pytest.fixture(scope="session")
def documents():
    from pipeline.facts import document_for
    from pipeline.sources import load_manifest, read_source

    return {e.doc_id: document_for(read_source(RAW, e)) for e in load_manifest(RAW)}


@pytest.fixture(scope="session")
def casey(documents):
    return documents["casey-review-2023"]


@pytest.fixture(scope="session")
def peel2021(documents):
    return documents["peel-2021-22-met"]


def work_paths(raw_dir: Path, work: Path):
    """ProjectPaths that read `raw_dir` and write everything under `work` (staging, releases, published, lock)."""
    from assets.resources import ProjectPaths

    return ProjectPaths(raw_dir=str(raw_dir), staging_dir=str(work / "staging"), published_dir=str(work / "published"))


def run_build(raw_dir: Path, work: Path, **options):
    """Materialize the whole Dagster graph in-process into `work` (the same job `make data` runs)."""
    from dagster import DagsterInstance

    from assets.build import build

    paths = work_paths(raw_dir, work)
    with DagsterInstance.ephemeral() as instance:
        result = build(paths, instance, **options)
    return result, paths


def copy_work(source: Path, target: Path) -> Path:
    """A copy of a build's folder (staging, releases and the published symlink): a warm start for a test."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("staging", "releases"):
        shutil.copytree(source / name, target / name, symlinks=True)
    os.symlink(os.readlink(source / "published"), target / "published")
    return target


@pytest.fixture(scope="session")
def fresh_work(tmp_path_factory):
    """A build from data/raw by the Dagster graph into a temporary folder (copy it with copy_work to change it)."""
    work = tmp_path_factory.mktemp("release")
    result, _ = run_build(RAW, work)
    assert result.success, "the end-to-end build failed"
    return work


@pytest.fixture(scope="session")
def fresh_release(fresh_work):
    """The release of that build: `published`, a symlink to its folder in `releases/`."""
    return fresh_work / "published"


@pytest.fixture()
def raw_copy(tmp_path):
    """A writable copy of data/raw to break in tests."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target
