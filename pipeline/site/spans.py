"""Highlight facts in place: turn (start, end) spans over a text into properly nested HTML.

Facts may share a span (a judgment stated in a table cell), nest (a metric inside a finding) or, in
principle, cross. Crossing spans are split the way a browser repairs misnested tags: the inner piece
closes with its parent and a continuation reopens after it. Only the first piece carries the `id`, so
every anchor exists exactly once; the continuations carry `data-of` so a click still finds the fact.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

# Outer first when two spans cover exactly the same characters: a heading or caption holds the facts in it.
KIND_RANK = {"section": 0, "table": 1, "finding": 2, "judgment": 3, "cell": 4, "metric": 5}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str          # a key of KIND_RANK, also the CSS class
    anchor: str        # the element id, e.g. "fact-casey-review-2023/m163-7837"
    title: str = ""    # the row, readable as a tooltip without JavaScript


def _order(span: Span) -> tuple:
    return (span.start, -span.end, KIND_RANK.get(span.kind, 99), span.anchor)


def _open(span: Span, first: bool) -> str:
    ident = f'id="{escape(span.anchor)}"' if first else f'data-of="{escape(span.anchor)}"'
    title = f' title="{escape(span.title)}"' if span.title else ""
    return f'<span class="hl {span.kind}" {ident}{title}>'


def highlight(text: str, spans: list[Span]) -> str:
    """HTML of `text` (escaped) with each span wrapped in a <span>; output nests correctly whatever the input."""
    for s in spans:
        if not 0 <= s.start <= s.end <= len(text):
            raise ValueError(f"span {s.anchor} [{s.start}, {s.end}) lies outside the text of {len(text)} characters")
    ordered = sorted(spans, key=_order)
    empty = [s for s in ordered if s.start == s.end]
    ordered = [s for s in ordered if s.start < s.end]
    bounds = sorted({0, len(text)} | {s.start for s in ordered} | {s.end for s in ordered} | {s.start for s in empty})
    out: list[str] = []
    stack: list[Span] = []       # open elements, outermost first
    active: list[Span] = []      # spans covering the current position
    started: set[str] = set()    # anchors already emitted
    nxt = 0                      # next span in `ordered` to start
    empty_i = 0
    pos = 0
    for b in bounds:
        out.append(escape(text[pos:b], quote=False))
        pos = b
        active = [s for s in active if s.end > b]
        while nxt < len(ordered) and ordered[nxt].start == b:
            active.append(ordered[nxt])
            nxt += 1
        wanted = sorted(active, key=_order)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        del stack[keep:]
        while empty_i < len(empty) and empty[empty_i].start == b:
            out.append(_open(empty[empty_i], empty[empty_i].anchor not in started) + "</span>")
            started.add(empty[empty_i].anchor)
            empty_i += 1
        for s in wanted[keep:]:
            out.append(_open(s, s.anchor not in started))
            started.add(s.anchor)
            stack.append(s)
    out.extend("</span>" for _ in stack)
    return "".join(out)
