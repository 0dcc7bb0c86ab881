"""Score judgments, grade counts and findings on a hand-labelled corpus kept outside the project.

    .venv/bin/python scripts/score_corpus.py CORPUS_DIR [--lenient] [--show]

CORPUS_DIR holds `raw/<slug>.txt` (report text in any shape) and `gold.json`: {slug: {"judgments": [{"area",
"grade", "scope", "evidence"}], "grade_counts": [{"grade", "count"}], "findings": [{"kind", "text"}]}}.
A judgment is found when a published row has the same grade and scope and an area that matches the gold area
(normalised substring or word overlap >= 0.6, as `../shared/tools/score_dev.py` matches); with --lenient, a row
whose quote overlaps the gold evidence also counts, which measures detection apart from how the area is named.
Invented = published graded rows that match no gold judgment. Report texts from outside the project stay outside it.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.document import Document  # noqa: E402
from pipeline.extract.findings import extract_findings  # noqa: E402
from pipeline.extract.judgments import extract_grades  # noqa: E402


def norm(s: str | None) -> str:
    s = (s or "").translate(str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    for a, b in (("’", "'"), ("‘", "'"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", re.sub(r"[*#]+", " ", s)).strip().strip(".:,;?").strip().lower()


def similar(a: str | None, b: str | None, threshold: float = 0.6) -> bool:
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na in nb or nb in na:
        return True
    ta, tb = set(re.findall(r"[a-z0-9]+", na)), set(re.findall(r"[a-z0-9]+", nb))
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= threshold


def matches(row: dict, gold: dict, lenient: bool) -> bool:
    if row["grade"] != gold["grade"] or row["scope"] != gold.get("scope", "current"):
        return False
    if similar(row["area"], gold["area"]):
        return True
    evidence, quote = norm(gold.get("evidence"))[:40], norm(row["quote"])
    return lenient and bool(evidence) and (evidence in quote or quote[:40] in norm(gold.get("evidence")))


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    corpus, lenient, show = Path(argv[0]), "--lenient" in argv, "--show" in argv
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    n_gold = found = published = invented = f_gold = f_found = c_gold = c_found = 0
    for slug, g in sorted(gold.items()):
        doc = Document(slug, (corpus / "raw" / f"{slug}.txt").read_text(encoding="utf-8"))
        rows, counts = extract_grades(doc)
        graded = [r for r in rows if r["grade"]]
        expected = [x for x in g.get("judgments", []) if x.get("grade")]
        misses = [x for x in expected if not any(matches(r, x, lenient) for r in graded)]
        extra = [r for r in graded if not any(matches(r, x, lenient) for x in expected)]
        n_gold, found = n_gold + len(expected), found + len(expected) - len(misses)
        published, invented = published + len(graded), invented + len(extra)
        items = extract_findings(doc)
        f_gold += len(g.get("findings", []))
        f_found += sum(any(f["kind"] == x["kind"] and similar(f["text"][:80], x["text"][:80], 0.5) for f in items)
                       for x in g.get("findings", []))
        c_gold += len(g.get("grade_counts", []))
        c_found += sum(any(c["grade"] == x["grade"] and c["count"] == x["count"] for c in counts)
                       for x in g.get("grade_counts", []))
        if show and (misses or extra):
            print(f"{slug}")
            for x in misses:
                print(f"  missed   {x['grade']:<22} {x.get('scope', 'current'):<8} {x['area'][:70]}")
            for r in extra:
                print(f"  invented {r['grade']:<22} {r['scope']:<8} {r['area'][:70]} (line {r['line']})")
    pct = lambda a, b: f"{a}/{b} ({a / b:.1%})" if b else "n/a"  # noqa: E731
    print(f"judgments found {pct(found, n_gold)}; invented {pct(invented, published)} of published graded rows")
    print(f"grade counts found {pct(c_found, c_gold)}; findings found {pct(f_found, f_gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
