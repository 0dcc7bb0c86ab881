"""Reading numbers as a reader would: `872,841`, `-0.5%`, `+173%¹⁹⁶`, `£3.2bn`, `£72.5k`, `-` for none."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text import SUPERSCRIPT_DIGITS, superscript_to_int

DASHES = {"-", "–", "—", "−"}
_CELL_NUMBER = re.compile(
    r"^(?P<sign>[+\-−–]?)\s*(?P<cur>£)?\s*(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?\s*"
    r"(?P<suffix>%|percent|per cent|bn|billion|m|million|k|x|times)?$",
    re.IGNORECASE,
)
SCALE = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3}


@dataclass(frozen=True)
class CellNumber:
    value: float | None
    unit_hint: str | None     # from the cell itself: percent, gbp, multiplier; None = plain number
    footnote: int | None
    is_dash: bool = False


def split_footnote(text: str) -> tuple[str, int | None]:
    """`+173%¹⁹⁶` -> (`+173%`, 196): trailing superscript digits are a footnote marker."""
    m = re.search(f"[{SUPERSCRIPT_DIGITS}]+\\s*$", text)
    if not m:
        return text, None
    return text[: m.start()].rstrip(), superscript_to_int(m.group().strip())


def parse_cell_number(text: str) -> CellNumber | None:
    """The number in a table cell, or None when the cell is not a number (text is never coerced)."""
    body, footnote = split_footnote(text.strip())
    body = body.strip()
    if body in DASHES:
        return CellNumber(None, None, footnote, is_dash=True)
    m = _CELL_NUMBER.match(body)
    if not m:
        return None
    value = float(m.group("int").replace(",", "") + (m.group("dec") or ""))
    if m.group("sign") in ("-", "−", "–"):
        value = -value
    suffix = (m.group("suffix") or "").lower()
    unit = None
    if suffix in ("%", "percent", "per cent"):
        unit = "percent"
    elif suffix in ("x", "times"):
        unit = "multiplier"
    elif m.group("cur"):
        unit = "gbp"
        value *= SCALE.get(suffix, 1.0)
    elif suffix in SCALE:
        value *= SCALE[suffix]
    return CellNumber(value, unit, footnote)
