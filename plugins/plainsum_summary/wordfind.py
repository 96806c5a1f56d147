"""A word or name found in any case, as a pattern would find it, without compiling one.

The lay summary explains and spells out the sheet's terms where running text first uses
them (:mod:`.gloss`, :mod:`.spell`), each looked for as ``(?<!\\w)form(?!\\w)`` ignoring
case. A sheet's terms are new to the process: compiling those patterns cost more than
finding them in every summary of the bundle (some 190 patterns, 15–20 ms of a sheet's
six-language bundle). :class:`Word` finds what that pattern finds: each character is
compared as the ``re`` module compares it ignoring case (its own lower case, one
character for one, and the few letters it also takes as the same: "ſ" and "s", "K" and
"k"), so a text and its folded form have the same length and the same offsets. Where the
``re`` module's tables are not at hand, the pattern itself is compiled.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

try:  # private parts of the ``re`` module: without them, Word compiles its pattern
    import _sre
    from re import _casefix

    _EXTRA: dict[int, tuple[int, ...]] | None = _casefix._EXTRA_CASES
    _lower = _sre.unicode_tolower
except (ImportError, AttributeError):  # pragma: no cover
    _EXTRA = None


class _Folding(dict[int, int]):
    """``str.translate`` table: each character as the ``re`` module compares it ignoring
    case (worked out the first time it is met)."""

    def __missing__(self, code: int) -> int:
        low = _lower(code)
        same = _EXTRA.get(low) if _EXTRA is not None else None
        folded = min(low, *same) if same else low
        self[code] = folded
        return folded


_FOLDING = _Folding()


@functools.lru_cache(maxsize=2048)
def fold(text: str) -> str:
    """``text`` with each character as ``re`` compares it ignoring case (same length)."""
    return text.translate(_FOLDING)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\\w`` matches in a str pattern


class Found:
    """What a match object tells: where the word stands, and as written."""

    __slots__ = ("_end", "_start", "string")

    def __init__(self, string: str, start: int, end: int):
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.string[self._start:self._end]


class Word:
    """``re.compile(r"(?<!\\w)" + re.escape(text) + r"(?!\\w)", re.IGNORECASE)``, found
    by a search of the folded text."""

    __slots__ = ("_key", "_pattern", "text")

    def __init__(self, text: str):
        self.text = text
        self._key = fold(text) if text and _EXTRA is not None else None
        self._pattern: Any = None

    def compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(r"(?<!\w)" + re.escape(self.text) + r"(?!\w)",
                                       re.IGNORECASE)
        return self._pattern

    def finditer(self, string: str) -> Iterator[Any]:
        key = self._key
        if key is None:
            yield from self.compiled().finditer(string)
            return
        low, n, size = fold(string), len(key), len(string)
        i = low.find(key)
        while i >= 0:
            j = i + n
            if (i == 0 or not _word_char(string[i - 1])) and (
                    j == size or not _word_char(string[j])):
                yield Found(string, i, j)
                i = low.find(key, j)
            else:
                i = low.find(key, i + 1)

    def search(self, string: str) -> Any:
        """The first match, as ``finditer`` finds it (no iterator made)."""
        key = self._key
        if key is None:
            return self.compiled().search(string)
        low, n, size = fold(string), len(key), len(string)
        i = low.find(key)
        while i >= 0:
            j = i + n
            if (i == 0 or not _word_char(string[i - 1])) and (
                    j == size or not _word_char(string[j])):
                return Found(string, i, j)
            i = low.find(key, i + 1)
        return None


def has_word(text: str, word: str) -> bool:
    """Whether ``re.search(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)", text)`` finds
    anything: ``word`` as written, not inside a longer word (no pattern compiled for a
    sheet's words, which are new to the process)."""
    return _alone(text, word, 0) >= 0


class Words:
    """``re.compile(r"(?<!\\w)(?:A|B)(?!\\w)")`` of ``forms`` as written, the longest
    first, found without compiling it: at the first place where one of them stands on
    its own, the first of them (longest first) that does. ``pattern`` is that pattern's
    text."""

    __slots__ = ("_compiled", "_empty", "forms", "pattern")

    def __init__(self, forms: tuple[str, ...] | list[str]):
        self.forms = tuple(sorted(forms, key=len, reverse=True))
        self.pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, self.forms)) + r")(?!\w)"
        self._compiled: re.Pattern[str] | None = None
        # the empty form matches between characters: the pattern finds those
        self._empty = not self.forms or "" in self.forms

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def finditer(self, string: str) -> Iterator[Any]:
        forms = self.forms
        if self._empty:
            yield from self.compiled().finditer(string)
            return
        at = [_alone(string, form, 0) for form in forms]
        while True:
            found = [i for i in at if i >= 0]
            if not found:
                return
            start = min(found)
            form = forms[at.index(start)]  # the first alternative that matches there
            end = start + len(form)
            yield Found(string, start, end)
            at = [i if i >= end or i < 0 else _alone(string, f, end)
                  for i, f in zip(at, forms, strict=True)]

    def search(self, string: str) -> Any:
        """The first match, as ``finditer`` finds it (asked of every sentence of a text:
        no iterator made)."""
        if self._empty:
            return self.compiled().search(string)
        start, end = -1, 0
        for form in self.forms:
            i = string.find(form)  # most forms stand nowhere in the text
            if i < 0 or 0 <= start <= i:  # at one place, the first form wins
                continue
            i = _alone(string, form, i)
            if i >= 0 and (start < 0 or i < start):
                start, end = i, i + len(form)
        return Found(string, start, end) if start >= 0 else None


def _alone(string: str, form: str, pos: int) -> int:
    """Where ``form`` next stands on its own (no word character either side) from
    ``pos``; -1 if nowhere."""
    i = string.find(form, pos)
    size = len(string)
    while i >= 0:
        j = i + len(form)
        if (i == 0 or not _word_char(string[i - 1])) and (
                j == size or not _word_char(string[j])):
            return i
        i = string.find(form, i + 1)
    return -1


class FullName:
    """``re.compile(r"(?<![\\w-])" + re.escape(name) + r"(?![\\w-])(?!\\s*\\()",
    re.IGNORECASE)`` for :meth:`sub`: a name alone, not inside a longer word nor before
    its own "(…)", in any case, found by a search of the folded text."""

    __slots__ = ("_key", "_pattern", "name")

    def __init__(self, name: str):
        self.name = name
        self._key = fold(name) if name and _EXTRA is not None else None
        self._pattern: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(rf"(?<![\w-]){re.escape(self.name)}(?![\w-])(?!\s*\()",
                                       re.IGNORECASE)
        return self._pattern

    def sub(self, repl: str, string: str) -> str:
        """``string`` with each place the name stands alone said as ``repl``."""
        key = self._key
        if key is None or "\\" in repl:  # a backslash is an escape to ``re.sub``
            return self.compiled().sub(repl, string)
        low, n, size = fold(string), len(key), len(string)
        parts, last = [], 0
        i = low.find(key)
        while i >= 0:
            j = i + n
            if (i == 0 or not _name_char(string[i - 1])) and (
                    j == size or not _name_char(string[j])) and not _opens(string, j):
                parts += (string[last:i], repl)
                last = j
                i = low.find(key, j)
            else:
                i = low.find(key, i + 1)
        return "".join(parts) + string[last:] if parts else string


def _name_char(ch: str) -> bool:
    return ch == "-" or _word_char(ch)


def _opens(string: str, at: int) -> bool:
    """Whether a bracket opens after white space (``\\s*\\(``) from ``at``."""
    size = len(string)
    while at < size and string[at].isspace():
        at += 1
    return at < size and string[at] == "("
