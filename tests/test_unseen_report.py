"""Unseen reports: the real PEEL sources rewritten by scripts/unseen_report.py (another force, swapped grades,
moved numbers, reordered sections, web-page shape, CRLF and BOM) must give the judgments and findings the
generator put in. Expectations come from the hand-checked answers in ../shared/dev_gold, transformed like the text.

A case the pipeline gets wrong is marked xfail(strict=True) with what it gets wrong, for the owner to fix.
"""
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from pipeline.document import Document
from pipeline.extract.findings import extract_findings
from pipeline.extract.forces import force_of
from pipeline.extract.judgments import extract_grades

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "dev_gold"

_spec = importlib.util.spec_from_file_location("unseen_report", ROOT / "scripts" / "unseen_report.py")
unseen = sys.modules.setdefault("unseen_report", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(unseen)

pytestmark = pytest.mark.skipif(not (GOLD / "structure.json").exists(), reason="no ../shared/dev_gold")

FORCES = ("Kent Police", "Cumbria Constabulary")
SEED = 7

# (source, force, web_page, reorder, crlf): 2 forces x (markdown | web page) x reorder on/off, plus CRLF + BOM
VARIANTS = [(s, f, web, reorder, False) for s in unseen.SOURCES for f in FORCES for web in (False, True)
            for reorder in (False, True)]
VARIANTS += [(s, "Devon and Cornwall Police", True, True, True) for s in unseen.SOURCES]
# the gold holds back the judgments of the effectiveness report and the findings of the legitimacy report


def HAS_JUDGMENTS(v) -> bool:
    return v[0] != "peel-2016-effectiveness-met"


def HAS_FINDINGS(v) -> bool:
    return v[0] != "peel-2016-legitimacy-met"


def _id(v) -> str:
    source, force, web, reorder, crlf = v
    shape = "+".join(x for x, on in (("web", web), ("reordered", reorder), ("crlf-bom", crlf)) if on) or "markdown"
    return f"{source}|{force.split()[0]}|{shape}"


# What the pipeline gets wrong today: {(check, variant id): reason}. Keep `strict=True`: a fix turns these into
# XPASS failures, and the entry is then removed.
KNOWN_FAILURES: dict[tuple[str, str], str] = {  # none today
}


def _params(check: str, keep=lambda v: True):
    out = []
    for v in VARIANTS:
        if not keep(v):
            continue
        reason = KNOWN_FAILURES.get((check, _id(v)))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(v, id=_id(v), marks=marks))
    return out


@pytest.fixture(scope="module")
def gold():
    return unseen.load_gold(GOLD / "structure.json")


_built: dict = {}


def build(v, gold):
    """(Document, expected judgments, expected findings, force) of a variant, built once per module."""
    if v not in _built:
        source, force, web, reorder, crlf = v
        text, judgments, findings = unseen.generate(unseen.read_source(source), gold, force=force, seed=SEED,
                                                    reorder=reorder, web_page=web, crlf=crlf)
        doc = Document(f"unseen-{_id(v).replace('|', '-').replace('+', '-').lower()}", text,
                       title=unseen.title_of(text), document_type="inspection_report")
        _built[v] = (doc, judgments, findings, force)
    return _built[v]


# --- the lenient matching of ../shared/tools/score_dev.py --------------------------------------------------

def norm(s):
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s or "")
    s = re.sub(r"<[^>]+>", " ", s.translate(str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")))
    for a, b in (("’", "'"), ("‘", "'"), ("–", "-"), ("—", "-"), ("\u00a0", " ")):
        s = s.replace(a, b)
    s = re.sub(r"[*#]+", " ", s)
    return re.sub(r"\s+", " ", s).strip().strip(".:,;").strip().lower()


def similar(a, b, threshold=0.6):
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb or na in nb or nb in na:
        return True
    ta, tb = set(re.findall(r"[a-z0-9]+", na)), set(re.findall(r"[a-z0-9]+", nb))
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= threshold


def _pairing(expected: list[dict], got: list[dict]) -> dict[int, int]:
    """A one-to-one pairing of expected and extracted judgments (same grade, similar area or section heading)."""
    fits = {i: [k for k, g in enumerate(got) if g["grade"] == e["grade"]
                and any(similar(g["area"], name) for name in (e["area"], e["section_heading"]) if name)]
            for i, e in enumerate(expected)}
    match: dict[int, int] = {}                                            # extracted index -> expected index

    def augment(i, seen):
        for k in fits[i]:
            if k not in seen:
                seen.add(k)
                if k not in match or augment(match[k], seen):
                    match[k] = i
                    return True
        return False

    for i in fits:
        augment(i, set())
    return {i: k for k, i in match.items()}


# --- the pipeline on unseen reports ------------------------------------------------------------------------

@pytest.mark.parametrize("v", _params("judgments", HAS_JUDGMENTS))
def test_current_graded_judgments_are_the_ones_put_in(v, gold):
    doc, expected, _, _ = build(v, gold)
    want = [e for e in expected if e["graded"] and e["scope"] == "current"]
    rows, _ = extract_grades(doc)
    got = [r for r in rows if r["scope"] == "current" and r["grade"] is not None]
    pairs = _pairing(want, got)
    missed = [(e["area"], e["grade"]) for i, e in enumerate(want) if i not in pairs]
    extra = [(g["area"], g["grade"], g["line"]) for k, g in enumerate(got) if k not in pairs.values()]
    assert not missed and not extra, f"missed {missed}; extra {extra}"
    # every place that states a grade was rewritten: the other places confirm the judgment, none contradicts it
    conflicts = [(got[k]["area"], got[k]["conflicts_with"]) for k in pairs.values() if got[k]["conflicts_with"]]
    assert not conflicts, conflicts


@pytest.mark.parametrize("v", _params("findings", HAS_FINDINGS))
def test_findings_are_the_ones_put_in(v, gold):
    doc, _, expected, _ = build(v, gold)
    got = extract_findings(doc)
    counts, want = Counter(f["kind"] for f in got), Counter(e["kind"] for e in expected)
    texts = {(f["kind"], norm(f["text"])) for f in got}
    missing = [(e["kind"], e["text"][:80]) for e in expected if (e["kind"], norm(e["text"])) not in texts]
    assert counts == want and not missing, f"counts {dict(counts)} != {dict(want)}; not found: {missing}"


@pytest.mark.parametrize("v", [pytest.param(v, id=_id(v)) for v in VARIANTS])
def test_expectations_exist_where_the_gold_has_them(v, gold):
    _, judgments, findings, _ = build(v, gold)
    assert (judgments is not None) == HAS_JUDGMENTS(v) and (findings is not None) == HAS_FINDINGS(v)


@pytest.mark.parametrize("v", _params("force"))
def test_force_is_read_from_the_text(v, gold):
    doc, _, _, force = build(v, gold)
    assert force_of(doc) == force


def test_the_originals_pass_the_same_checks(gold, documents):
    """The checks themselves agree with the gold on the untouched sources (else a failure above is the test's)."""
    for source in unseen.SOURCES:
        doc = documents[source]
        text, judgments, findings = unseen.generate(doc.text, gold, force=unseen.MET, seed=SEED, regrade_areas=False,
                                                    renumber=False)
        assert text == doc.text
        if judgments:
            got = [r for r in extract_grades(doc)[0] if r["scope"] == "current" and r["grade"]]
            want = [e for e in judgments if e["graded"]]
            assert len(_pairing(want, got)) == len(want) == len(got)
        if findings:
            found = extract_findings(doc)
            assert Counter(f["kind"] for f in found) == Counter(e["kind"] for e in findings)
            assert {(e["kind"], norm(e["text"])) for e in findings} <= {(f["kind"], norm(f["text"])) for f in found}


# --- the generator itself ----------------------------------------------------------------------------------

def test_generator_is_deterministic_and_seeded(gold):
    text = unseen.read_source("peel-2021-22-met")
    a = unseen.generate(text, gold, force="Kent Police", seed=3, reorder=True, web_page=True)
    assert a == unseen.generate(text, gold, force="Kent Police", seed=3, reorder=True, web_page=True)
    assert a[0] != unseen.generate(text, gold, force="Kent Police", seed=4, reorder=True, web_page=True)[0]


@pytest.mark.parametrize("v", [pytest.param(v, id=_id(v)) for v in VARIANTS])
def test_no_name_of_the_met_is_left(v, gold):
    doc, _, _, force = build(v, gold)
    assert not re.search(r"Metropolitan|\bMPS\b|\bMet\b|/metropolitan", doc.text)
    assert force in doc.text


@pytest.mark.parametrize("seed", [0, 1, 2, SEED])
@pytest.mark.parametrize("source", ["peel-2021-22-met", "peel-2016-legitimacy-met"])
def test_swapped_grades_are_stated_in_every_place(source, seed, gold):
    original = unseen.read_source(source)
    text, judgments, _ = unseen.generate(original, gold, force="Kent Police", seed=seed, renumber=False)
    mine = unseen.gold_for(original, gold)["judgments"]
    changed = [(g, e["grade"]) for g, e in zip(mine, judgments) if g["grade"] != e["grade"]]
    assert len(changed) == 2 and {changed[0][0]["grade"], changed[1][0]["grade"]} == {changed[0][1], changed[1][1]}
    lines = text.split("\n")
    table = sorted({g["line"] for g in mine if g.get("table_column_index") is not None})
    for g, new in changed:
        if table:                                                         # the area sits in its new grade's column
            column = lines[table[0] - 2].split("\t").index(new)
            assert g["area"] in [row.split("\t")[column] for row in lines[table[0] - 1:table[-1]]]
        badge = g["line_section"] if table else g["line"]
        assert norm(lines[badge - 1]) == new.lower()
        for number in (g.get("grade_label_split_lines") or [])[1:]:
            assert lines[number - 1] == ""
        sentence = g.get("line_section_sentence") or g.get("line_sentence")
        if sentence:
            said = unseen.plain(lines[sentence - 1]).lower()
            assert unseen.plain(g.get("evidence_section_sentence") or g["evidence_sentence"]).lower() not in said
            stated = r"\brequir\w* improvement" if new == "Requires improvement" else rf"\b{new.lower()}\b"
            assert re.search(stated, said)


def test_numbers_of_metric_sentences_do_not_survive(gold):
    import json

    metrics = json.loads((GOLD / "metrics.json").read_text(encoding="utf-8"))["lines"]
    checked = 0
    for source in unseen.SOURCES:
        original = unseen.read_source(source)
        sha = unseen.hashlib.sha256(original.encode("utf-8")).hexdigest()
        text, _, _ = unseen.generate(original, gold, force="Kent Police", seed=SEED, regrade_areas=False)
        lines, before = text.split("\n"), original.split("\n")
        for entry in (x for x in metrics if x["doc_sha256"] == sha):
            if not unseen._is_prose(before[entry["line"] - 1]):
                continue
            numbers = set(re.findall(r"\d[\d,]*(?:\.\d+)?", lines[entry["line"] - 1]))
            for m in entry["mentions"]:
                digits = re.search(r"\d[\d,]*(?:\.\d+)?", m["surface"])
                if m["class"] == "metric" and digits:                  # ("three" is a word, not a number string)
                    surface = digits.group()
                    assert surface not in numbers, (source, entry["line"], m["surface"])
                    checked += 1
    assert checked >= 10


def test_reordered_sections_keep_every_line(gold):
    for source in unseen.SOURCES:
        original = unseen.read_source(source)
        flat, _, _ = unseen.generate(original, gold, force="Kent Police", seed=SEED)
        moved, _, _ = unseen.generate(original, gold, force="Kent Police", seed=SEED, reorder=True)
        assert moved != flat
        assert Counter(x for x in moved.split("\n") if not re.search(r"\d\s*(?:</b>|\*\*)?\s*$", x)) == \
            Counter(x for x in flat.split("\n") if not re.search(r"\d\s*(?:</b>|\*\*)?\s*$", x))


def test_web_page_shape(gold):
    text, _, _ = unseen.generate(unseen.read_source("peel-2016-legitimacy-met"), gold, force="Kent Police", seed=SEED,
                                 web_page=True, crlf=True)
    assert text.startswith("\ufeffSkip to content\r\nHome > ") and "\n" not in text.replace("\r\n", "")
    lines = text.lstrip("\ufeff").split("\r\n")
    assert not any(x.lstrip().startswith("#") or "**" in x for x in lines)
    stamp = next(i for i, x in enumerate(lines) if re.fullmatch(r"Last updated \d\d/\d\d/\d{4}", x))
    assert unseen.title_of(text) == "PEEL: Police legitimacy 2016" == lines[stamp - 2]
