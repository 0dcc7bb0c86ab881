"""Where the pipeline reads and writes: configurable so tests can build into a temporary folder."""

from pathlib import Path

from dagster import ConfigurableResource

from pipeline.document import Document
from pipeline.facts import document_for
from pipeline.sources import SourceEntry, load_manifest, read_source

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ProjectPaths(ConfigurableResource):
    """Raw sources in, staging in between, release out."""

    raw_dir: str = str(PROJECT_ROOT / "data" / "raw")
    staging_dir: str = str(PROJECT_ROOT / ".dagster" / "staging")
    published_dir: str = str(PROJECT_ROOT / "data" / "published")

    def manifest(self) -> list[SourceEntry]:
        return load_manifest(Path(self.raw_dir))

    def raw_path(self, entry: SourceEntry) -> str:
        """Path of the raw file as published: relative to the project root where it lies inside it."""
        path = (Path(self.raw_dir) / entry.file).resolve()
        try:
            return str(path.relative_to(PROJECT_ROOT))
        except ValueError:
            return str(path)

    def documents(self) -> dict[str, Document]:
        return {e.doc_id: document_for(read_source(Path(self.raw_dir), e)) for e in self.manifest()}
