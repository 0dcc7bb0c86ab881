"""A prefiltered pattern finds exactly the matches of the pattern it wraps, on every line of the real sources."""
import re

import pytest

from pipeline.extract.findings import INLINE_LABEL, LABEL_IN_SENTENCE, SHOULD_CLAUSE
from pipeline.extract.metrics import DATE_SPANS, MENTION, REFERENCE_SPANS, RUN_IN_PAGE_NUMBER
from pipeline.scanning import prefiltered
from pipeline.vocabulary import force_name_pattern
from tests.conftest import RAW

TRICKY = ["£3.2 billion in 2015-16, up 12% (±2.1)", "aconfidence interval of 3%", "half a million; two-thirds of 43",
          "ſix ſeconds", "KELVIN K 1:20 ratio", "Page 3 of 9 … 12", "tel: 020 7230 1212", "", "   ", "x" * 3000 + " 42"]


@pytest.fixture(scope="module")
def lines():
    return [line for path in sorted(RAW.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()] + TRICKY


@pytest.mark.parametrize("pattern", [MENTION, DATE_SPANS, REFERENCE_SPANS, RUN_IN_PAGE_NUMBER, force_name_pattern(),
                                     re.compile(INLINE_LABEL.pattern), re.compile(LABEL_IN_SENTENCE.pattern, re.I),
                                     re.compile(r"\b(?:that\s+)?(?P<clause>(?:the force|it)\s+should\s+\w.*)$", re.I)],
                         ids=lambda p: p.pattern[:30])
def test_prefiltered_finds_the_same_matches(pattern, lines):
    fast = prefiltered(pattern)
    assert fast is not pattern and fast.groupindex == pattern.groupindex
    for line in lines:
        assert [(m.span(), m.groups()) for m in fast.finditer(line)] == \
               [(m.span(), m.groups()) for m in pattern.finditer(line)], line


def test_prefilter_takes_case_and_word_boundaries_from_the_pattern():
    fast = prefiltered(re.compile(r"\bab|(?i:c)d|(?<=x)\d+"))
    assert [m.group() for m in fast.finditer("ab xab Cd cd x12 12")] == ["ab", "Cd", "cd", "12"]
    assert SHOULD_CLAUSE.search("It said THE FORCE SHOULD act").group("clause") == "THE FORCE SHOULD act"


@pytest.mark.parametrize("pattern", [r"[^a]b", r".x", r"(?:a|)b?", r"(a)?(?(1)b|c)", r"x?"])
def test_a_pattern_that_may_start_anywhere_is_left_as_it_is(pattern):
    compiled = re.compile(pattern)
    assert prefiltered(compiled) is compiled


def test_prefilter_keeps_the_case_of_each_part():
    fast = prefiltered(re.compile(r"Ab|(?i:cd)|(?-i:)ef", re.I))
    assert [m.group() for m in fast.finditer("ab AB Ab cD EF")] == [m.group() for m in
                                                                    re.finditer(r"Ab|(?i:cd)|(?-i:)ef", "ab AB Ab cD EF", re.I)]
    fast = prefiltered(re.compile(r"Ab|(?i:cd)"))
    assert [m.group() for m in fast.finditer("ab AB Ab cD CD")] == ["Ab", "cD", "CD"]
