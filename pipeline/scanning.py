"""Regexes that find the same matches faster, by skipping the positions where no match can start.

Python's `re` tries a pattern with many alternatives (MENTION, DATE_SPANS) at every character of a line, and each try
walks every alternative. `prefiltered(pattern)` puts a lookahead on the characters a match can start with in front of
the pattern, so almost every position fails on one character-class test. The matches are the same: the class is read
from the pattern itself (a superset: taken case-insensitively, lookarounds ignored), never written by hand, so it
stays right when the pattern is edited.
"""
from __future__ import annotations

import re
from re import _constants as c, _parser

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def prefiltered(pattern: re.Pattern) -> re.Pattern:
    """`pattern` behind a lookahead on how its matches can start: a first character, or the first two where a match
    starts with two set characters ("co" of "confidence"), with those a `\\b` must precede kept apart (they are far
    fewer). The same matches, found faster. The pattern itself when any character may start a match, or it may
    match the empty string."""
    first = _first_items(_parser.parse(pattern.pattern, pattern.flags).data, False, bool(pattern.flags & re.I))
    if first is None or first[1]:
        return pattern
    items = first[0]
    if any(op not in (c.LITERAL, c.RANGE) and av not in _CATEGORIES for op, av, *_ in items):
        return pattern
    starts = []
    for bounded, ignorecase in sorted({(item[2], item[4]) for item in items}):
        alike = [item for item in items if (item[2], item[4]) == (bounded, ignorecase)]
        singles = "".join(dict.fromkeys(_class_item(op, av) for op, av, _, nxt, _ in alike if nxt is None))
        pairs: dict[int, dict[str, None]] = {}
        for op, av, _, nxt, _ in alike:
            if nxt is not None:
                pairs.setdefault(av, {})[_class_item(c.LITERAL, nxt)] = None
        forms = ([f"[{singles}]"] if singles else []) + [f"{_class_item(c.LITERAL, a)}[{''.join(seconds)}]"
                                                          for a, seconds in pairs.items()]
        at = r"\b" if bounded else ""
        starts.append(f"(?{'i' if ignorecase else '-i'}:{at}(?:{'|'.join(forms)}))")
    try:
        return re.compile(f"(?={'|'.join(starts)})(?:{pattern.pattern})", pattern.flags)
    except re.error:        # e.g. global inline flags, which must open the pattern
        return pattern


def _class_item(op, av) -> str:
    if op is c.LITERAL:
        return f"\\U{av:08x}"
    if op is c.RANGE:
        return f"\\U{av[0]:08x}-\\U{av[1]:08x}"
    return _CATEGORIES[av]


def _first_items(data, bounded: bool, ignorecase: bool) -> tuple[list, bool] | None:
    """(class items a match of this sequence can start with, each as (op, value, whether a `\\b` precedes it, the
    literal character that must follow it or None, whether case is ignored); whether the sequence can match empty),
    or None if it can start with any character. `bounded`: a `\\b` precedes the sequence."""
    items: list = []
    for i, (op, av) in enumerate(data):
        if op is c.AT:
            bounded = bounded or av is c.AT_BOUNDARY
            continue
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue                        # zero-width: the character after it starts the match
        if op is c.LITERAL:
            following = data[i + 1] if i + 1 < len(data) else None
            second = following[1] if following and following[0] is c.LITERAL else None
            return items + [(op, av, bounded, second, ignorecase)], False
        if op is c.IN:
            if any(o is c.NEGATE for o, _ in av):
                return None
            return items + [(o, a, bounded, None, ignorecase) for o, a in av], False
        case = ignorecase
        if op is c.SUBPATTERN:
            alternatives = [av[-1].data]
            case = bool(av[1] & re.I) or ignorecase and not av[2] & re.I
        elif op is c.ATOMIC_GROUP:
            alternatives = [av.data]
        elif op is c.BRANCH:
            alternatives = [branch.data for branch in av[1]]
        elif op in _REPEATS:
            alternatives = [av[2].data] + ([[]] if av[0] == 0 else [])
        else:
            return None
        nullable = False
        for alternative in alternatives:
            found = _first_items(alternative, bounded, case)
            if found is None:
                return None
            items += found[0]
            nullable = nullable or found[1]
        if not nullable:
            return items, False
    return items, True
