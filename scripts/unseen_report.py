"""Synthetic "unseen" inspection reports: the real PEEL sources of data/raw rewritten into reports the pipeline
has never seen.

Each rewrite comes with what it put in: the expected judgments (area, grade, scope) and findings (kind, text),
taken from the hand-checked answers for the originals (`../shared/dev_gold/structure.json`, matched to a source
by the sha256 of its text) and transformed the same way as the text. Where the gold holds a document's judgments
or findings back, the expectation is None (unknown), never guessed.

Transformations (each an option of `generate`; all deterministic for a given seed):

- another force: every name of the Metropolitan Police Service ("Metropolitan Police Service", "the Metropolitan
  Police", "MPS", "the Met", "Met ...", "Metropolitan" in titles, "metropolitan" in addresses) becomes another
  force's official name or place name from pipeline/vocabulary/forces.yaml; "the force" stays.
- other grades: two graded areas with different grades swap grades (Good <-> Requires improvement where the
  document has both) everywhere the gold says the grade is stated: the judgments table (rebuilt column by
  column), the grade line under the heading (a "Requires" / "improvement" split line too), the sentence that
  restates it and the lines the gold notes as restating it.
- other numbers: every measured number in a prose line (not headings, grade lines, tables, the contents list,
  bold panel values) moves by a seeded offset; years, days of a date, footnote marks, figure labels, phone
  numbers (999, 101) and numbers inside addresses stay.
- reordered sections: the top-level question/area sections (with their subsections) are shuffled, and the
  contents list with them (pages renumbered so they still run forwards); introductions, overviews, summaries,
  next steps and annexes stay where they are.
- web-page shape: no markdown (leading '#', '**', [links](...); HTML tags stay), "Skip to content" and a breadcrumb
  at the top, "Last updated dd/mm/yyyy" after the title; optionally CRLF line ends and a byte-order mark.

Run `python scripts/unseen_report.py OUT_DIR` to write a set of variants, a sources.yaml manifest for them and
expected.json (the answers), e.g. to try `make data` on them by hand with a copy of the project.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
GOLD_PATH = ROOT.parent / "shared" / "dev_gold" / "structure.json"
FORCES_PATH = ROOT / "pipeline" / "vocabulary" / "forces.yaml"

SOURCES = ("peel-2021-22-met", "peel-2016-effectiveness-met", "peel-2016-legitimacy-met")
MET = "Metropolitan Police Service"
GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
GOLD_KINDS = {"causes_of_concern": "cause_of_concern", "recommendations": "recommendation",
              "areas_for_improvement": "area_for_improvement", "innovative_practice": "innovative_practice"}

# --- small text helpers ------------------------------------------------------------------------------------

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAGS = re.compile(r"</?b>")


def plain(line: str) -> str:
    """A line as a reader sees it: no heading marks, bold, <b> tags, links or bullet mark; spaces collapsed."""
    s = _LINK.sub(r"\1", line)
    s = _TAGS.sub("", s).replace("**", "")
    s = re.sub(r"^\s*#{1,6}\s+", "", s)
    s = re.sub(r"^\s*(?:[-•*▪]|\d+[.)])\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _key(s: str) -> str:
    s = plain(s).replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").lower()
    return re.sub(r"\s+", " ", s).strip().strip(".:;,?").strip()


# --- forces ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Force:
    name: str
    place: str

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.place.lower().replace("&", "and")).strip("-")


def forces() -> dict[str, Force]:
    with open(FORCES_PATH, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return {f["name"]: Force(f["name"], f["place"]) for f in data["forces"]}


def rename_force(text: str, force: str | Force) -> str:
    """Every way the text names the Metropolitan Police Service, in the words of another force."""
    f = force if isinstance(force, Force) else forces()[force]
    if f.name == MET:
        return text
    text = re.sub(r" \(MPS\)", "", text)                                  # "Metropolitan Police Service (MPS)"
    text = re.sub(r"\b(?:[Tt]he )?Metropolitan Police(?: Service)?\b", f.name, text)
    text = re.sub(r"\b(?:[Tt]he )?MPS\b", f.name, text)
    text = re.sub(r"\b[Tt]he Met\b", f.name, text)
    text = re.sub(r"\bMet\b", f.place, text)                              # "Met Detention", "Build a better Met"
    text = re.sub(r"\bMetropolitan\b", f.place, text)                     # "Metropolitan PEEL 2016"
    return re.sub(r"(?<=[/-])metropolitan\b", f.slug, text)               # addresses


# --- numbers -----------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.,/£$-])(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?(?![\w/]|,\d|\.\d)")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_LABEL_BEFORE = re.compile(r"(?:\b(?:Figure|Figures|Table|Annex|page|pages|Quarter|Q|section|Chapter|point|version|"
                           r"Level|Tier|Stage|Phase|per)|" + _MONTH + r")\s*$", re.IGNORECASE)
_KEEP = {"999", "101", "111"}
_PERCENT_AFTER = re.compile(r"^\s*(?:%|per ?cent)")


def _is_prose(line: str) -> bool:
    """A sentence line of the body: not a heading, grade line, table row, contents entry or bold value."""
    s = line.strip()
    if not s or "\t" in s or s.startswith(("#", "**", "<b>", "|", "---")) or s.endswith("?"):
        return False
    words = plain(s).split()
    return len(words) >= 6 and bool(re.search(r"[.;:,)]$|\.\W*$", plain(s)))


def renumber_line(line: str, offset: int) -> str:
    """Move every measured number of a prose line by `offset` (percentages stay within 0-100), or by the next
    offset up for which no moved number reads like a number of the original line ("66 ... 59" + 7)."""
    before = set(_NUMBER_TOKEN.findall(line))
    for step in range(offset, offset + 50):
        moved = _renumber(line, step)
        pairs = list(zip(_NUMBER_TOKEN.findall(line), _NUMBER_TOKEN.findall(moved)))
        if not any(a != b and b in before for a, b in pairs):
            return moved
    return _renumber(line, offset)


_PROTECTED = re.compile(r"<sup>.*?</sup>|\]\([^)]*\)|\S*(?:https?://|www\.)\S*")   # footnote marks, addresses
_NUMBER_TOKEN = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")


def _renumber(line: str, offset: int) -> str:
    protected = [m.span() for m in _PROTECTED.finditer(line)]

    def shift(m: re.Match) -> str:
        a, b = m.span()
        raw_int, dec = m.group("int"), m.group("dec") or ""
        before, after = line[:a], line[b:]
        if any(x <= a < y for x, y in protected) or raw_int in _KEEP:
            return m.group(0)
        if not dec and "," not in raw_int and len(raw_int) == 4 and raw_int[:2] in ("19", "20"):
            return m.group(0)                                             # a year
        if re.match(r"^\s+" + _MONTH + r"\b", after) or _LABEL_BEFORE.search(before):
            return m.group(0)                                             # a day of a date, a label
        value = int(raw_int.replace(",", ""))
        new = value + offset
        if _PERCENT_AFTER.match(after) and new + float(dec or 0) > 100 and value >= offset:
            new = value - offset
        text = f"{new:,}" if "," in raw_int else str(new)
        return text + dec

    return _NUMBER.sub(shift, line)


# --- grades ------------------------------------------------------------------------------------------------

_GRADE_WORDS = r"outstanding|good|adequate|inadequate"
_PHRASE = re.compile(r"\b(?P<is>is|are) (?P<adj>" + _GRADE_WORDS + r")\b|\b(?P<ri>requires|require) improvement\b|"
                     r"\bas (?P<as>" + _GRADE_WORDS + r"|requiring improvement)\b", re.IGNORECASE)


def _grade_of_phrase(m: re.Match) -> str:
    word = (m.group("adj") or m.group("as") or "requires improvement").lower()
    return "Requires improvement" if "improvement" in word else word.capitalize()


def _phrase_for(m: re.Match, new: str) -> str:
    if m.group("as"):
        return "as " + ("requiring improvement" if new == "Requires improvement" else new.lower())
    if new == "Requires improvement":
        return "require improvement" if (m.group("is") or m.group("ri") or "").lower() in ("are", "require") else \
            "requires improvement"
    verb = "are" if (m.group("is") or m.group("ri") or "").lower() in ("are", "require") else "is"
    return f"{verb} {new.lower()}"


def rewrite_grade_sentence(line: str, old: str, new: str, evidence: str | None = None) -> str:
    """The line with the grade phrase ("is good at", "requires improvement in", "assessed as good") of `old`
    restated as `new`: inside the gold's evidence text where given, else the first phrase stating `old`."""
    start, end = 0, len(line)
    if evidence:
        core = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", evidence)
        i = line.find(evidence)
        if i < 0:
            i = plain(line).find(core)
            if i >= 0:                                                    # evidence written without link markup
                line = _LINK.sub(r"\1", line)
                i = line.find(core)
            evidence = core
        if i < 0:
            raise ValueError(f"grade evidence {evidence!r} not in line {line!r}")
        start, end = i, i + len(evidence)
    for m in _PHRASE.finditer(line, start, end):
        if _grade_of_phrase(m) == old:
            return line[:m.start()] + _phrase_for(m, new) + line[m.end():]
    raise ValueError(f"no phrase stating {old!r} in {line[start:end]!r}")


def rewrite_badge(line: str, new: str) -> str:
    """A grade line ("Good", "## Adequate", "**Good**", "### Requires improvement", "Requires  ") as `new`."""
    m = re.match(r"^(?P<pre>\s*(?:#{1,6}\s*)?(?:\*\*)?)(?P<grade>[A-Za-z][A-Za-z ]*?)(?P<post>(?:\*\*)?\s*)$", line)
    if not m or _key(m.group("grade")) not in {g.lower() for g in GRADES} | {"requires"}:
        raise ValueError(f"not a grade line: {line!r}")
    return m.group("pre") + new + m.group("post").replace("  ", "")


def _rebuild_table(lines: list[str], rows: list[int], new_grade: dict[str, str]) -> None:
    """Rewrite a judgments pivot table (header of grades, one area per cell) with areas in their new columns."""
    header_index = min(rows) - 2                                          # 0-based index of the header line
    header = lines[header_index].split("\t")
    col_of = {_key(h): j for j, h in enumerate(header)}
    cells: list[tuple[int, int, str]] = []
    for number in sorted(rows):
        for j, cell in enumerate(lines[number - 1].split("\t")):
            if cell.strip():
                cells.append((number, j, cell))
    columns: dict[int, list[str]] = {j: [] for j in range(len(header))}
    for _, j, cell in cells:
        grade = new_grade.get(_key(cell))
        columns[col_of[grade.lower()] if grade else j].append(cell)
    depth = max(len(c) for c in columns.values())
    table = ["\t".join(columns[j][r] if r < len(columns[j]) else "" for j in range(len(header))) for r in range(depth)]
    first, last = min(rows), max(rows)
    span = last - first + 1
    table += [""] * (span - len(table))
    table[span - 1:] = ["\n".join(table[span - 1:])]
    lines[first - 1:last] = table


def _swap_pair(judgments: list[dict], rng: random.Random) -> tuple[dict, dict] | None:
    graded = [j for j in judgments if j.get("grade")]
    pairs = [(a, b) for i, a in enumerate(graded) for b in graded[i + 1:] if a["grade"] != b["grade"]]
    preferred = [p for p in pairs if {p[0]["grade"], p[1]["grade"]} == {"Good", "Requires improvement"}]
    pool = preferred or pairs
    return rng.choice(pool) if pool else None


def _restated_lines(j: dict) -> list[int]:
    lines = list(j.get("also_stated_lines") or [])
    for m in re.finditer(r"restated in [^;]*?\bline (\d+)", j.get("note") or ""):
        lines.append(int(m.group(1)))
    return sorted(set(lines))


def regrade(lines: list[str], judgments: list[dict], new_grade: dict[int, str]) -> None:
    """Restate the grades of the judgments (by index in `judgments`) as `new_grade` wherever the gold says they are
    stated. `lines` is changed in place; line numbers stay valid (a removed line becomes empty)."""
    table_rows = sorted({j["line"] for j in judgments if j.get("table_column_index") is not None})
    if table_rows:
        changed = {_key(judgments[i]["area"]): g for i, g in new_grade.items()
                   if judgments[i].get("table_column_index") is not None}
        if changed:
            _rebuild_table(lines, table_rows, changed)
    for i, new in new_grade.items():
        j = judgments[i]
        old = j["grade"]
        badge = j.get("line_section") if j.get("table_column_index") is not None else j["line"]
        if badge:
            lines[badge - 1] = rewrite_badge(lines[badge - 1], new)
            for extra in (j.get("grade_label_split_lines") or [])[1:]:
                lines[extra - 1] = ""
        for key_line, key_evidence in (("line_section_sentence", "evidence_section_sentence"),
                                       ("line_sentence", "evidence_sentence")):
            if j.get(key_line):
                lines[j[key_line] - 1] = rewrite_grade_sentence(lines[j[key_line] - 1], old, new, j.get(key_evidence))
        for number in _restated_lines(j):
            lines[number - 1] = rewrite_grade_sentence(lines[number - 1], old, new)


# --- sections ----------------------------------------------------------------------------------------------

_CONTENTS = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*contents\s*(?:\*\*)?\s*$", re.IGNORECASE)
_ENTRY = re.compile(r"^(?P<title>.*?\S)(?:\s*\.{2,}\s*|\s*\t+\s*|\s{2,})(?P<page>\d{1,4})\s*$")
_FIXED = re.compile(r"^(?:introduction|force in numbers|overview\b|overall summary|summary|next steps|annex\b|"
                    r"contents)", re.IGNORECASE)
_QUESTION = re.compile(r"^(?:How|To what extent)\b[^\t#*]{10,250}\?$")


@dataclass
class Block:
    start: int                      # 0-based index of the heading line
    end: int                        # exclusive
    title: str
    movable: bool
    contents: tuple[int, int] | None = None     # 0-based [start, end) of its contents-list lines
    page: int | None = None


def _contents(lines: list[str]) -> tuple[int, int, list[tuple[int, str, int, bool]]] | None:
    """(first, end, entries (index, title, page, bold)) of the contents list, else None."""
    start = next((i for i, s in enumerate(lines) if _CONTENTS.match(s)), None)
    if start is None:
        return None
    entries, end = [], start + 1
    for i in range(start + 1, len(lines)):
        raw = lines[i]
        if not raw.strip():
            continue
        m = _ENTRY.match(_TAGS.sub("", raw).replace("**", "").rstrip())
        if not m:
            break
        bold = "<b>" in raw or raw.strip().startswith("**")
        entries.append((i, m.group("title").rstrip(". ").strip(), int(m.group("page")), bold))
        end = i + 1
    return (start, end, entries) if entries else None


def top_level_blocks(lines: list[str]) -> list[Block]:
    """Top-level sections: the bold entries of the contents list found in the body, else question lines."""
    blocks: list[Block] = []
    toc = _contents(lines)
    if toc:
        _, toc_end, entries = toc
        tops = [e for e in entries if e[3]]
        cursor = toc_end
        for n, (index, title, page, _) in enumerate(tops):
            found = next((i for i in range(cursor, len(lines)) if _key(lines[i]) == _key(title)), None)
            if found is None:
                continue
            following = [e[0] for e in entries if e[0] > index]
            next_top = tops[n + 1][0] if n + 1 < len(tops) else None
            c_end = next_top if next_top is not None else (max(following) + 1 if following else index + 1)
            blocks.append(Block(found, 0, title, not _FIXED.match(_key(title)), (index, c_end), page))
            cursor = found + 1
    else:
        for i, raw in enumerate(lines):
            if _QUESTION.match(raw.strip()):
                nxt = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
                if nxt is not None and _QUESTION.match(lines[nxt].strip()):
                    continue                                              # a pillar question heading the rest
                blocks.append(Block(i, 0, raw.strip(), True))
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or re.search(r"©|^\s*\d{1,3}\s*$", lines[end - 1])):
        end -= 1                                                          # the closing footer stays last
    for n, b in enumerate(blocks):
        b.end = blocks[n + 1].start if n + 1 < len(blocks) else end
    return blocks


def reorder_sections(lines: list[str], rng: random.Random) -> list[str]:
    """Shuffle the movable top-level sections (a contiguous run) and their contents-list entries."""
    blocks = top_level_blocks(lines)
    movable = [n for n, b in enumerate(blocks) if b.movable]
    if len(movable) < 2:
        return lines
    first, last = movable[0], movable[-1]
    if movable != list(range(first, last + 1)):
        raise ValueError("movable sections are not contiguous")
    run = blocks[first:last + 1]
    order = list(range(len(run)))
    while order == sorted(order):
        rng.shuffle(order)
    out = list(lines)
    out[run[0].start:run[-1].end] = [line for k in order for line in lines[run[k].start:run[k].end]]
    if run[0].contents:
        # pages: each section keeps its length in pages, sections follow each other from the first one's page
        following_page = blocks[last + 1].page if last + 1 < len(blocks) and blocks[last + 1].page else None
        lengths = []
        for k, b in enumerate(run):
            if k + 1 < len(run):
                lengths.append(run[k + 1].page - b.page)
            elif following_page:
                lengths.append(following_page - b.page)
            else:
                pages = [int(m.group("page")) for m in (_ENTRY.match(_TAGS.sub("", x).replace("**", "").rstrip())
                                                         for x in lines[b.contents[0]:b.contents[1]]) if m]
                lengths.append(max(pages) - b.page + 1)
        page = run[0].page
        entries: list[str] = []
        for k in order:
            b = run[k]
            for x in lines[b.contents[0]:b.contents[1]]:
                entries.append(_repage(x, page - b.page))
            page += lengths[k]
        out[run[0].contents[0]:run[-1].contents[1]] = entries
    return out


def _repage(entry: str, shift: int) -> str:
    m = re.search(r"(\d{1,4})(\s*(?:</b>|\*\*)?\s*)$", entry)
    if not m or not shift:
        return entry
    return entry[:m.start(1)] + str(int(m.group(1)) + shift) + entry[m.end(1):]


# --- web page ----------------------------------------------------------------------------------------------

def web_line(line: str) -> str:
    """A line as copied from the web page: no markdown (heading marks, bold, links); HTML tags stay."""
    s = _LINK.sub(r"\1", line).replace("**", "")
    return re.sub(r"^(\s*)#{1,6}\s+", r"\1", s)


def web_page_shape(lines: list[str], force: Force, rng: random.Random) -> list[str]:
    """No markdown; skip link and breadcrumb on top; 'Last updated' after the title."""
    body = [web_line(x) for x in lines]
    title = next((i for i, x in enumerate(lines) if x.lstrip().startswith("# ")), None)
    if title is None:
        title = next(i for i, x in enumerate(body) if x.strip())
    year = re.search(r"(?:19|20)\d\d", body[title])
    updated_year = int(year.group()) + 1 if year else 2020
    stamp = f"Last updated {rng.randint(1, 28):02d}/{rng.randint(1, 3):02d}/{updated_year}"
    crumb = f"Home > Publications > PEEL assessments > {force.place}"
    return ["Skip to content", crumb, ""] + body[:title + 1] + ["", stamp] + body[title + 1:]


# --- the generator -----------------------------------------------------------------------------------------

def load_gold(path: Path = GOLD_PATH) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def gold_for(source_text: str, gold: dict) -> dict[str, list[dict]]:
    sha = hashlib.sha256(source_text.encode("utf-8")).hexdigest()
    return {k: [x for x in gold.get(k, []) if x.get("doc_sha256") == sha] for k in ("judgments", *GOLD_KINDS)}


def _finding_text(original: str, rewritten: str, gold_text: str) -> str:
    """The whole finding item of a rewritten line, checked against the gold (whose text may be cut short)."""
    was = plain(original)
    want = _key(gold_text)
    if not _key(was).startswith(want[:100]):
        raise ValueError(f"gold finding {gold_text[:60]!r} is not the item of line {original[:60]!r}")
    return plain(rewritten)


def generate(source_text: str, gold: dict, *, force: str, seed: int, reorder: bool = False, web_page: bool = False,
             crlf: bool = False, bom: bool | None = None, regrade_areas: bool = True, renumber: bool = True
             ) -> tuple[str, list[dict] | None, list[dict] | None]:
    """(rewritten text, expected judgments, expected findings) for one source.

    Judgments are {area, section_heading, grade, scope, graded}; findings {kind, area, text}. Either is None where
    the gold has nothing for this source (held back), so nothing can be expected of it."""
    f = forces()[force]
    rng = random.Random(f"{seed}:{force}")
    mine = gold_for(source_text, gold)
    judgments = mine["judgments"]
    original = source_text.split("\n")
    lines = list(original)

    new_grade: dict[int, str] = {}
    if regrade_areas:
        pair = _swap_pair(judgments, rng)
        if pair:
            a, b = pair
            new_grade = {judgments.index(a): b["grade"], judgments.index(b): a["grade"]}
            regrade(lines, judgments, new_grade)
    if renumber:
        offset = rng.randint(2, 9)
        lines = [renumber_line(x, offset) if _is_prose(x) else x for x in lines]
    lines = [rename_force(x, f) for x in lines]

    expected_findings = None
    if any(mine[k] for k in GOLD_KINDS):
        expected_findings = []
        for gold_key, kind in GOLD_KINDS.items():
            for x in mine[gold_key]:
                if x.get("restatement"):
                    continue
                text = _finding_text(original[x["line"] - 1], lines[x["line"] - 1], x.get("text_plain") or x["text"])
                expected_findings.append({"kind": kind, "area": rename_force(x.get("area") or "", f), "text": text})
    expected_judgments = None
    if judgments:
        expected_judgments = [{
            "area": rename_force(j["area"], f),
            "section_heading": rename_force(j["section_heading"], f) if j.get("section_heading") else None,
            "grade": new_grade.get(i, j.get("grade")),
            "scope": "current",
            "graded": bool(j.get("grade")),
        } for i, j in enumerate(judgments)]

    if reorder:
        lines = reorder_sections(lines, rng)
    if web_page:
        lines = web_page_shape(lines, f, rng)
    text = "\n".join(lines)
    if crlf:
        text = text.replace("\n", "\r\n")
    if crlf if bom is None else bom:
        text = "\ufeff" + text
    return text, expected_judgments, expected_findings



def title_of(text: str) -> str:
    """The title a loader would give the rewritten text: its first heading, else its first line of content."""
    lines = [x for x in text.lstrip("\ufeff").replace("\r\n", "\n").split("\n") if x.strip()]
    stamp = next((i for i, x in enumerate(lines) if x.startswith("Last updated ")), None)
    if stamp:
        return plain(lines[stamp - 1])
    return plain(next((x for x in lines if x.lstrip().startswith("# ")), lines[0] if lines else ""))


# --- variants for people to try by hand --------------------------------------------------------------------

@dataclass
class Variant:
    doc_id: str
    source: str
    force: str
    seed: int
    reorder: bool
    web_page: bool
    crlf: bool
    text: str = field(repr=False, default="")
    title: str = ""
    judgments: list[dict] | None = field(repr=False, default=None)
    findings: list[dict] | None = field(repr=False, default=None)


def read_source(doc_id: str) -> str:
    with open(RAW / f"{doc_id}.txt", encoding="utf-8", newline="") as f:
        return f.read()


def make_variant(source: str, force: str, *, seed: int = 0, reorder: bool = False, web_page: bool = False,
                 crlf: bool = False, gold: dict | None = None) -> Variant:
    gold = gold if gold is not None else load_gold()
    f = forces()[force]
    shape = "-".join(x for x, on in (("web", web_page), ("reordered", reorder), ("crlf", crlf)) if on) or "md"
    doc_id = f"unseen-{f.slug}-{source.removesuffix('-met')}-{shape}-s{seed}"
    text, judgments, findings = generate(read_source(source), gold, force=force, seed=seed, reorder=reorder,
                                         web_page=web_page, crlf=crlf)
    return Variant(doc_id, source, force, seed, reorder, web_page, crlf, text, title_of(text), judgments, findings)


def default_variants(seed: int = 0) -> list[Variant]:
    gold = load_gold()
    out = []
    for source in SOURCES:
        for force in ("Kent Police", "Cumbria Constabulary"):
            for web in (False, True):
                for reorder in (False, True):
                    out.append(make_variant(source, force, seed=seed, reorder=reorder, web_page=web, gold=gold))
        out.append(make_variant(source, "Devon and Cornwall Police", seed=seed, reorder=True, web_page=True,
                                crlf=True, gold=gold))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the variants, sources.yaml and expected.json to")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    with open(RAW / "sources.yaml", encoding="utf-8") as f:
        originals = {e["doc_id"]: e for e in yaml.safe_load(f)["documents"]}
    manifest, expected = [], {}
    for v in default_variants(args.seed):
        data = v.text.encode("utf-8")
        (out / f"{v.doc_id}.txt").write_bytes(data)
        source = originals[v.source]
        manifest.append({                   # no `force`: the pipeline reads it from the text
            "doc_id": v.doc_id, "file": f"{v.doc_id}.txt", "sha256": hashlib.sha256(data).hexdigest(),
            "title": v.title, "publisher": f"Synthetic, rewritten from {v.source} by scripts/unseen_report.py",
            "published": str(source["published"]), "document_type": source["document_type"],
            "landing_url": f"https://example.invalid/unseen/{v.doc_id}/", "licence": source["licence"],
        })
        expected[v.doc_id] = {"source": v.source, "force": v.force, "seed": v.seed, "reorder": v.reorder,
                              "web_page": v.web_page, "crlf": v.crlf, "judgments": v.judgments, "findings": v.findings}
    with open(out / "sources.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump({"documents": manifest}, f, sort_keys=False, allow_unicode=True)
    with open(out / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
    print(f"wrote {len(manifest)} variants, sources.yaml and expected.json to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
