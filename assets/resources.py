"""Where the pipeline reads and writes (configurable so tests can build into a temporary folder), and the
build lock every run holds."""

import contextlib
import hashlib
import sys
from pathlib import Path

from dagster import ConfigurableResource, InitResourceContext

from pipeline.document import Document
from pipeline.facts import document_for
from pipeline.lock import build_lock
from pipeline.sources import MANIFEST_NAME, SourceEntry, load_manifest, parse_manifest, read_source

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# {(manifest path, sha256 of its bytes): entries}: a run reads the manifest in every step; parsing a manifest of
# thousands of entries costs seconds, so the same bytes are parsed once per process
_PARSED_MANIFESTS: dict[tuple[str, str], list[SourceEntry]] = {}


class ProjectPaths(ConfigurableResource):
    """Raw sources in, staging in between, release out."""

    raw_dir: str = str(PROJECT_ROOT / "data" / "raw")
    staging_dir: str = str(PROJECT_ROOT / ".dagster" / "staging")
    published_dir: str = str(PROJECT_ROOT / "data" / "published")

    @property
    def lock_path(self) -> Path:
        """The build lock, beside the release it protects."""
        return Path(self.published_dir).parent / ".build.lock"

    def manifest(self) -> list[SourceEntry]:
        """The manifest's entries, read again on every call and parsed again only when its bytes changed."""
        path = Path(self.raw_dir) / MANIFEST_NAME
        try:
            data = path.read_bytes()
        except OSError:
            return load_manifest(Path(self.raw_dir))  # the clear "manifest not found" error
        key = (str(path), hashlib.sha256(data).hexdigest())
        if key not in _PARSED_MANIFESTS:
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as Path.read_text reads it
            _PARSED_MANIFESTS.clear()
            _PARSED_MANIFESTS[key] = parse_manifest(text, str(path))
        return list(_PARSED_MANIFESTS[key])

    def raw_path(self, entry: SourceEntry) -> str:
        """Path of the raw file as published: relative to the project root where it lies inside it."""
        path = (Path(self.raw_dir) / entry.file).resolve()
        try:
            return str(path.relative_to(PROJECT_ROOT))
        except ValueError:
            return str(path)

    def documents(self, doc_ids=None) -> dict[str, Document]:
        """The manifest's documents (only `doc_ids` if given), read and verified again."""
        return {e.doc_id: document_for(read_source(Path(self.raw_dir), e)) for e in self.manifest()
                if doc_ids is None or e.doc_id in doc_ids}


class BuildLock(ConfigurableResource):
    """The lock on `data/.build.lock`, taken when a run starts and held until it ends (runs execute in one
    process, see assets/automation.py): `make data`, sensor and schedule runs never write at the same time.
    Every asset that writes requires it. `wait=False` refuses instead of waiting."""

    path: str = str(PROJECT_ROOT / "data" / ".build.lock")
    wait: bool = True

    @contextlib.contextmanager
    def yield_for_execution(self, context: InitResourceContext):
        def say(message: str) -> None:
            print(message, file=sys.stderr, flush=True)
            context.log.warning(message)

        with build_lock(Path(self.path), wait=self.wait, on_wait=say):
            yield self
