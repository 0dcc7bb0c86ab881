"""Which police force a document is about, from the force names and aliases of the vocabulary."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from pipeline.document import Document
from pipeline.scanning import prefiltered
from pipeline.vocabulary import FORCES, force_by_name, force_name_pattern

TITLE_LINES = 5
HEAD_LINES = 40
WEIGHTS = {"title": 5, "head": 2, "body": 1}


@cache
def _force_names() -> re.Pattern:
    return prefiltered(force_name_pattern())


def force_mentions(text: str) -> Counter:
    """Official names of the forces named in a text, with how often each is named (by any of its names)."""
    by_name = force_by_name()
    return Counter(by_name[m.group("name")].name for m in _force_names().finditer(text))


def _places_in(text: str) -> Counter:
    """Forces named by their place alone ("Derbyshire 2016", "Kent PEEL 2018"), as web-page titles name them."""
    found = Counter()
    for force in FORCES:
        if re.search(rf"(?<![\w-]){re.escape(force.place)}(?![\w-])", text):
            found[force.name] += 1
    return found


def force_of(doc: Document) -> str | None:
    """The force the document is about: the one named most (the title counts most); None when no force is
    named or two are named equally often."""
    title = "\n".join([doc.title, *doc.lines[:TITLE_LINES]])
    head = "\n".join(doc.lines[TITLE_LINES:HEAD_LINES])
    body = "\n".join(doc.lines[HEAD_LINES:])
    score: Counter = Counter()
    for part, text in (("title", title), ("head", head), ("body", body)):
        for name, n in force_mentions(text).items():
            score[name] += WEIGHTS[part] * n
    for name, n in _places_in(title).items():
        score[name] += WEIGHTS["title"] * n
    if not score:
        return None
    ranked = score.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
