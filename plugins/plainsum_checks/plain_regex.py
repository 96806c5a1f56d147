"""A pack's word pattern compiled with the standard library's ``re`` where that gives the
same matches as the third-party ``regex``, for a tenth of the compile time.

A pack's word lists are compiled into one alternation per list and language, once per
process; with ``regex`` that costs a bundle some 30-100 ms (the six packs' patterns for
the kinds of facts a sheet has). ``re`` compiles the same source ten times faster, but
the two engines differ on a few characters: ``\\p{L}`` does not exist in ``re`` (it is
written ``[^\\W\\d_]`` there, which also takes "²" and "½"), ``\\w`` and ``\\W`` differ on
combining marks and on numerals such as "²" or "➊", ``\\s`` on the separators
U+001C-U+001F, and ignoring case ``re`` takes "i" for the Turkish dotless "ı".

So :func:`compile` translates a source made only of what both engines read alike
(literal characters, ``\\p{L}``, ``\\p{N}``, ``\\w``, ``\\s``, ``\\d``, ``\\b``, groups, classes and
quantifiers) and the pattern it returns uses the ``re`` translation on a text whose
every character is in :data:`PLAIN` (Latin letters with their accents, punctuation,
arithmetic and arrows, emoji: the characters where the two engines are proven to agree,
``tests/test_speed_compile.py``); a text with any other character goes to the ``regex``
pattern, compiled the first time such a text comes. A source with anything else is
compiled with ``regex`` alone.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from typing import Any, Union

import regex

# the characters on which ``re`` and ``regex`` read every construct :func:`translate` lets
# through alike (per character and, ignoring case, pairwise): checked exhaustively by the
# tests; anything else in a text sends it to ``regex``
PLAIN_RANGES: tuple[tuple[int, int], ...] = (
    (0x00, 0x1B), (0x20, 0x7F), (0xA0, 0xB1), (0xB4, 0xB8), (0xBA, 0xBB), (0xBF, 0x12F),
    (0x132, 0x24F), (0x2000, 0x200A), (0x2010, 0x2027), (0x202F, 0x203E),
    (0x2041, 0x2053), (0x2055, 0x205E), (0x20A0, 0x20BF), (0x2190, 0x23FF),
    (0x2500, 0x2775), (0x2794, 0x27BF), (0x1F000, 0x1F0FF), (0x1F10D, 0x1F12F),
    (0x1F14A, 0x1F14F), (0x1F16A, 0x1F16F), (0x1F18A, 0x1FAFF))
_CLASS = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in PLAIN_RANGES)
_ODD = re.compile(f"[^{_CLASS}]")

_LETTER = r"[^\W\d_]"
_DIGIT = r"\d"
# one piece of a source: \p{L}; a class escape; an escaped mark; a group's opening (a
# named one too); a class; a counted quantifier; a metacharacter; literal characters
_PIECE = re.compile(r"\\p\{[LN]\}|\\[wsdWSDbB]|\\[^A-Za-z0-9]"
                    r"|\((?:\?(?::|=|!|<=|<!|P<[A-Za-z_]\w*>))?(?!\?)"
                    r"|\[\^?\]?(?:\\.|[^\]\\\[])*\]|\{[0-9]+(?:,[0-9]*)?\}|[)|?*+^$.]"
                    r"|[^\\()\[\]{}|?*+^$.]+", re.S)
_ESCAPES = frozenset({r"\p{L}", r"\p{N}", r"\w", r"\s", r"\d", r"\W", r"\S", r"\D"})
_IN_CLASS = re.compile(r"\\p\{[LN]\}|\\[wsdWSD]|\\[^A-Za-z0-9]|.", re.S)


def _plain_char(ch: str) -> bool:
    return _ODD.match(ch) is None


def _class(piece: str) -> str | None:
    """A class (``[...]``) in ``re``'s terms, or None when it holds something the two
    engines may read apart (set operations, a character outside :data:`PLAIN`, a
    negated class with letters)."""
    negated = piece.startswith("[^")
    body = piece[2 if negated else 1:-1]
    if any(op in body for op in ("&&", "||", "~~", "--")):
        return None
    items = _IN_CLASS.findall(body)
    for i, item in enumerate(items):
        if not _plain_char(item[-1]):
            return None
        if item == "-" and 0 < i < len(items) - 1:  # a range: every character in it plain
            if items[i - 1] in _ESCAPES or items[i + 1] in _ESCAPES:
                return None
            lo, hi = items[i - 1][-1], items[i + 1][-1]
            if _ODD.search("".join(map(chr, range(ord(lo), ord(hi) + 1)))):
                return None
    if r"\p{N}" in items:  # a number (on plain texts, a digit)
        items = [_DIGIT if item == r"\p{N}" else item for item in items]
    if r"\p{L}" not in items:
        return f"[{'^' if negated else ''}{''.join(items)}]"
    if negated:
        return None
    rest = "".join(item for item in items if item not in (r"\p{L}", _DIGIT))
    letter = r"[^\W_]" if _DIGIT in items else _LETTER  # a letter or a digit: [^\W_]
    return f"(?:{letter}|[{rest}])" if rest else letter


def translate(source: str) -> str | None:
    """``source`` (a ``regex`` pattern) in ``re``'s terms, reading alike on plain texts;
    None when it uses anything else."""
    out, at = [], 0
    while at < len(source):
        m = _PIECE.match(source, at)
        if m is None:
            return None
        piece, at = m.group(), m.end()
        if piece == r"\p{L}":
            piece = _LETTER
        elif piece == r"\p{N}":
            piece = _DIGIT
        elif piece.startswith("[") and len(piece) > 1:
            if (piece := _class(piece)) is None:  # type: ignore[assignment]
                return None
        elif _ODD.search(piece):
            return None
        out.append(piece)
    return "".join(out)


@functools.lru_cache(maxsize=2048)
def plain(text: str) -> bool:
    """Whether every character of ``text`` is one the two engines read alike."""
    return _ODD.search(text) is None


class Pattern:
    """A pattern that matches as ``regex`` compiles its source, with ``re`` on a plain
    text (the usual case) and ``regex`` on any other."""

    __slots__ = ("_re", "_regex", "flags", "pattern")

    def __init__(self, source: str, flags: int, quick: re.Pattern[str]):
        self.pattern, self.flags, self._re = source, flags, quick
        self._regex: Any = None

    def _for(self, text: str) -> Any:
        if plain(text):
            return self._re
        if self._regex is None:
            self._regex = regex.compile(self.pattern, self.flags)
        return self._regex

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._for(text).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._for(text).fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        return self._for(text).finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._for(text).findall(text, pos, endpos)


# what :func:`compile` gives: a pattern with the ``regex`` pattern's matching methods
Compiled = Union[Pattern, "regex.Pattern[str]"]

_FLAGS = {0: 0, int(regex.IGNORECASE): re.IGNORECASE}


def compile(source: str, flags: int = 0) -> Any:
    """``regex.compile(source, flags)`` in effect: a :class:`Pattern` when the source
    translates (flags: none or IGNORECASE), else the ``regex`` pattern itself."""
    quick = translate(source) if int(flags) in _FLAGS else None
    if quick is not None:
        try:
            return Pattern(source, flags, re.compile(quick, _FLAGS[int(flags)]))
        except re.error:
            pass
    return regex.compile(source, flags)
