"""Regular expressions compiled once.

The extractors write about a thousand patterns in place, where they are read; that is more than the `re` module's
own cache keeps (512), so without this each would be compiled again every time it came round. Same signatures as
the `re` functions they stand for.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator


@lru_cache(maxsize=4096)
def compiled(pattern: str | re.Pattern, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def match(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).fullmatch(string)


def search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).search(string)


def sub(pattern: str, repl: str | Callable[[re.Match], str], string: str, count: int = 0, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]:
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compiled(pattern, flags).split(string, maxsplit)
