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


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)    # libyaml's safe loader where built in: ten times faster


def _entry_lines(manifest_text: str) -> list[int | None]:
    """1-based line of each entry of the `documents` list: its `doc_id` key, else the entry's first line.

    Read from the YAML node tree, so a duplicate entry is named by its own line, not by the first entry
    with the same doc_id."""
    root = yaml.compose(manifest_text, Loader=YAML_LOADER)
    if not isinstance(root, yaml.MappingNode):
        return []
    documents = next((value for key, value in root.value if key.value == "documents"), None)
    if not isinstance(documents, yaml.SequenceNode):
        return []
    lines: list[int | None] = []
    for item in documents.value:
        keys = item.value if isinstance(item, yaml.MappingNode) else []
        node = next((key for key, _ in keys if key.value == "doc_id"), item)
        lines.append(node.start_mark.line + 1)
    return lines


def parse_manifest(manifest_text: str, manifest_path: str = MANIFEST_NAME) -> list[SourceEntry]:
    """Parse and check the manifest text; raise SourceError naming the entry and line."""
    try:
        data = yaml.load(manifest_text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise SourceError(f"{manifest_path}{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise SourceError(f"{manifest_path}: expected a mapping with a 'documents' list")
    entries: list[SourceEntry] = []
    seen: dict[str, tuple[int, int | None]] = {}
    entry_lines = _entry_lines(manifest_text)
    for index, raw in enumerate(data["documents"], start=1):
        line = entry_lines[index - 1] if index <= len(entry_lines) else None
        if not isinstance(raw, dict):
            raise SourceError(f"{manifest_path}{f':{line}' if line else ''}: entry {index} is not a mapping")
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
            first_index, first_line = seen[doc_id]
            first = f"entry {first_index}" + (f", line {first_line}" if first_line else "")
            raise SourceError(f"{where}: duplicate doc_id {doc_id!r} (first listed as {first}); expected each doc_id once")
        seen[doc_id] = (index, line)
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


# Magic numbers of the files most often dropped into data/raw by mistake instead of their text.
BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .odt file is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"), (b"{\\rtf", "an RTF file"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control characters have no place in a report's text. Allowed: tab, line feed, carriage return (CRLF line ends)
# and form feed (the page break of PDF-to-text exports). C1 controls (U+0080-U+009F) mostly come from
# Windows-1252 text decoded as Latin-1 and then saved as UTF-8.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
CONTROL_NAMES = {0x00: "NUL", 0x08: "BACKSPACE", 0x0B: "VERTICAL TAB", 0x1A: "SUBSTITUTE", 0x1B: "ESCAPE", 0x7F: "DELETE"}
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.1
BINARY_MIN_CONTROLS = 32
EXPECTED_TEXT = "expected the UTF-8 text of the report"


def _not_text(data: bytes) -> str | None:
    """What a file that is not text is, from its first bytes ("is a PDF file, not text"); None if it may be text.
    A text file with a stray control character is not binary: it is refused with its line (see decode_source)."""
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic):
            return f"is {kind}, not text"
    if data.startswith(UTF16_BOMS):
        return "is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8"
    head = data[:BINARY_SNIFF_BYTES]
    controls = sum(head.count(bytes([b])) for b in range(32) if b not in (9, 10, 12, 13))
    if controls >= BINARY_MIN_CONTROLS and controls > BINARY_CONTROL_SHARE * len(head):
        return f"is a binary file, not text ({controls} of its first {len(head)} bytes are control bytes)"
    return None


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as an editor shows them (a byte-order mark is not a column)."""
    line_start = text.rfind("\n", 0, offset) + 1
    column = offset - line_start + 1
    if line_start == 0 and text.startswith("\ufeff"):
        column -= 1
    return text.count("\n", 0, offset) + 1, column


def decode_source(data: bytes, path: str) -> str:
    """Decode strictly as UTF-8 and refuse what is not a report's text, naming the file, line and column.

    Refused: an empty or whitespace-only file, a binary file (PDF, Office, image, archive, UTF-16), a byte that is
    not UTF-8 and a control character other than tab, line ends and form feed (a NUL byte would reach the
    published quotes). Raised `from None`: the message says everything, and the build's summary shows the
    innermost error, which must be this one and not Python's bare "position 367041"."""
    if not data:
        raise SourceError(f"{path}: file is empty; {EXPECTED_TEXT}")
    not_text = _not_text(data)
    if not_text:
        raise SourceError(f"{path}: {not_text}; {EXPECTED_TEXT} (export or re-save it as UTF-8 text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        valid = data[:exc.start].decode("utf-8")
        line, column = _line_and_column(valid, len(valid))
        bad = data[exc.start:exc.end]
        what = "byte" if len(bad) == 1 else "bytes"
        raise SourceError(f"{path}: line {line}, column {column}: invalid UTF-8 {what} {' '.join(f'0x{b:02x}' for b in bad)} "
                          f"({exc.reason}); "
                          f"expected UTF-8 text (re-save the file as UTF-8)") from None
    if not text.strip():
        raise SourceError(f"{path}: file has only whitespace; {EXPECTED_TEXT}")
    control = CONTROL_CHARACTER.search(text)
    if control:
        line, column = _line_and_column(text, control.start())
        code = ord(control.group())
        name = f"U+{code:04X}" + (f" ({CONTROL_NAMES[code]})" if code in CONTROL_NAMES else "")
        more = len(CONTROL_CHARACTER.findall(text, control.end()))
        raise SourceError(f"{path}: line {line}, column {column}: control character {name}"
                          f"{f' (and {more} more in the file)' if more else ''}; expected text without control "
                          f"characters (tab, line ends and form feed are allowed)")
    return text


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
