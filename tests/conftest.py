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


def run_build(raw_dir: Path, work: Path):
    """Materialize the whole Dagster graph in-process into `work` (the same job `make data` runs)."""
    from dagster import DagsterInstance

    from assets.build import build
    from assets.resources import ProjectPaths

    paths = ProjectPaths(raw_dir=str(raw_dir), staging_dir=str(work / "staging"), published_dir=str(work / "published"))
    with DagsterInstance.ephemeral() as instance:
        result = build(paths, instance)
    return result, paths


@pytest.fixture(scope="session")
def fresh_release(tmp_path_factory):
    """A release built from data/raw by the Dagster graph into a temporary folder."""
    work = tmp_path_factory.mktemp("release")
    result, paths = run_build(RAW, work)
    assert result.success, "the end-to-end build failed"
    return Path(paths.published_dir)


@pytest.fixture()
def raw_copy(tmp_path):
    """A writable copy of data/raw to break in tests."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target
