"""Source registry: the manifest `data/raw/sources.yaml` and the raw files it lists.

Every source is checked before anything is parsed: the file exists, is not empty,
matches the sha256 in the manifest and decodes as strict UTF-8. Anything else is
refused with a `SourceError` that names the file and the problem.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

MANIFEST_NAME = "sources.yaml"

REQUIRED_KEYS = (
    "doc_id", "file", "sha256", "title", "publisher", "published", "document_type", "landing_url", "licence",
)
OPTIONAL_KEYS = {
    "short_title": None,              # the title
    "force": None,                    # read from the text with the force names of pipeline/vocabulary/forces.yaml
    "framework": None,                # read from the text, e.g. "PEEL 2016" (see pipeline/vocabulary/genre.yaml)
    "landing_url_verified": False,
    "pdf_url": None,
}
ALL_KEYS = REQUIRED_KEYS + tuple(OPTIONAL_KEYS)
DOC_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PUBLISHED_PATTERN = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


class SourceError(ValueError):
    """Bad input in data/raw: the message names the file, the line where known, and what was expected."""


@dataclass(frozen=True)
class SourceEntry:
    doc_id: str
    file: str
    sha256: str
    title: str
    short_title: str
    publisher: str
    published: str
    document_type: str
    force: str | None
    landing_url: str
    landing_url_verified: bool
    pdf_url: str | None
    licence: str
    framework: str | None = None


@dataclass(frozen=True)
class Source:
    """A verified source: its manifest entry and its text, decoded exactly."""

    entry: SourceEntry
    path: Path
    text: str

    @property
    def doc_id(self) -> str:
        return self.entry.doc_id


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _entry_line(manifest_text: str, doc_id: object) -> int | None:
    for number, line in enumerate(manifest_text.splitlines(), start=1):
        if re.match(rf"^\s*-?\s*doc_id:\s*['\"]?{re.escape(str(doc_id))}['\"]?\s*$", line):
            return number
    return None


def parse_manifest(manifest_text: str, manifest_path: str = MANIFEST_NAME) -> list[SourceEntry]:
    """Parse and check the manifest text; raise SourceError naming the entry and line."""
    try:
        data = yaml.safe_load(manifest_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise SourceError(f"{manifest_path}{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise SourceError(f"{manifest_path}: expected a mapping with a 'documents' list")
    entries: list[SourceEntry] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(data["documents"], start=1):
        if not isinstance(raw, dict):
            raise SourceError(f"{manifest_path}: entry {index} is not a mapping")
        line = _entry_line(manifest_text, raw.get("doc_id"))
        where = f"{manifest_path}:{line}" if line else f"{manifest_path} (entry {index})"
        label = f"entry {index} (doc_id {raw.get('doc_id')!r})"
        missing = [k for k in REQUIRED_KEYS if k not in raw]
        if missing:
            raise SourceError(f"{where}: {label} is missing key(s) {', '.join(missing)}; expected all of {', '.join(REQUIRED_KEYS)}")
        unknown = sorted(set(raw) - set(ALL_KEYS))
        if unknown:
            raise SourceError(f"{where}: {label} has unknown key(s) {', '.join(unknown)}; allowed keys are {', '.join(ALL_KEYS)}")
        raw = {**OPTIONAL_KEYS, **{k: v for k, v in raw.items() if v not in (None, "") or k not in OPTIONAL_KEYS}}
        empty = [k for k in REQUIRED_KEYS if raw[k] in (None, "")]
        if empty:
            raise SourceError(f"{where}: {label} has empty value(s) for {', '.join(empty)}")
        doc_id = str(raw["doc_id"])
        if not DOC_ID_PATTERN.match(doc_id):
            raise SourceError(f"{where}: doc_id {doc_id!r} is not a lowercase slug like 'casey-review-2023'")
        if doc_id in seen:
            raise SourceError(f"{where}: duplicate doc_id {doc_id!r} (first listed as entry {seen[doc_id]})")
        seen[doc_id] = index
        published = str(raw["published"])
        if not PUBLISHED_PATTERN.match(published):
            raise SourceError(f"{where}: published {published!r} for {doc_id!r} is not YYYY-MM-DD or YYYY-MM")
        sha = str(raw["sha256"]).lower()
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise SourceError(f"{where}: sha256 for {doc_id!r} is not 64 hex digits")
        if not isinstance(raw["landing_url_verified"], bool):
            raise SourceError(f"{where}: landing_url_verified for {doc_id!r} must be true or false")
        entries.append(SourceEntry(
            doc_id=doc_id, file=str(raw["file"]), sha256=sha, title=str(raw["title"]),
            short_title=str(raw["short_title"] or raw["title"]), publisher=str(raw["publisher"]), published=published,
            document_type=str(raw["document_type"]), force=None if raw["force"] is None else str(raw["force"]),
            landing_url=str(raw["landing_url"]), landing_url_verified=raw["landing_url_verified"],
            pdf_url=None if raw["pdf_url"] is None else str(raw["pdf_url"]), licence=str(raw["licence"]),
            framework=None if raw["framework"] is None else str(raw["framework"]),
        ))
    return entries


def load_manifest(raw_dir: Path) -> list[SourceEntry]:
    path = Path(raw_dir) / MANIFEST_NAME
    if not path.is_file():
        raise SourceError(f"{path}: manifest not found; expected data/raw/{MANIFEST_NAME} listing every source")
    return parse_manifest(path.read_text(encoding="utf-8"), str(path))


def decode_source(data: bytes, path: str) -> str:
    """Decode strictly as UTF-8, naming the byte offset and line of the first bad byte."""
    if not data:
        raise SourceError(f"{path}: file is empty; expected the UTF-8 text of the report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{path}:{line}: invalid UTF-8 at byte offset {exc.start} ({exc.reason}); expected UTF-8 text"
        ) from exc


def read_source(raw_dir: Path, entry: SourceEntry) -> Source:
    path = Path(raw_dir) / entry.file
    if not path.is_file():
        raise SourceError(f"{path}: file listed for {entry.doc_id!r} in {MANIFEST_NAME} does not exist")
    data = path.read_bytes()
    actual = sha256_of(data)
    if data and actual != entry.sha256:
        raise SourceError(
            f"{path}: sha256 mismatch for {entry.doc_id!r}: manifest says {entry.sha256}, file has {actual}"
        )
    return Source(entry=entry, path=path, text=decode_source(data, str(path)))


def unlisted_files(raw_dir: Path, entries: list[SourceEntry]) -> list[str]:
    """Files in data/raw that the manifest does not list: reported, never used."""
    listed = {e.file for e in entries} | {MANIFEST_NAME}
    return sorted(p.name for p in Path(raw_dir).iterdir() if p.is_file() and not p.name.startswith(".") and p.name not in listed)
