"""What a text shows, apart from how it is encoded: the checker reads a text without its
invisible characters and with a power of ten in superscript written out, and every
place it finds is moved back to the text the user gave.

Text pasted from web pages, chat apps and word processors carries characters a reader
never sees: zero-width spaces and joiners (U+200B, U+200C, U+200D, U+2060), a byte-order
mark (U+FEFF), soft hyphens (U+00AD), and the marks that set the direction of right-to-left
scripts (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069). Inside "4\u200b0 %" they
would split one figure in two, beside a figure they would hide it. A superscript power of
ten ("10⁵") is a number of its own, not a 10 with a footnote. A Cyrillic or Greek letter
that looks like a Latin one, inside a Latin word ("аpixaban" with a Cyrillic "а"), is read
as the Latin letter it shows: the reader sees "apixaban", and so does the checker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

INVISIBLE = "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
            "\u2060\u2066\u2067\u2068\u2069\ufeff"
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# what the reading changes: an invisible character, or a power of ten in superscript
# ("10⁵", "10⁻³" is left alone: a negative power is no count)
_CHANGED = re.compile(rf"[{INVISIBLE}]+|(?<![\d.,])10(?P<power>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_ANY = re.compile(rf"[{INVISIBLE}⁰¹²³⁴⁵⁶⁷⁸⁹\u0370-\u052f]")
# Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables), one to one
# (not the Greek small letters science writes inside Latin words, "TNFα", "IFN-γ", "μg":
# only the omicron, which nothing writes so)
_LOOKALIKE = str.maketrans(
    "аеорсухіјѕԁһԛԝАВЕКМНОРСТХІЈЅԌοΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhqwABEKMHOPCTXIJSGoABEZHIKMNOPTYX")
_MIXED = re.compile(r"\w*[\u0370-\u052f]\w*")
# a Greek or Cyrillic letter: sought in one scan in C (a Python loop over every character
# of every checked text cost more than all the rest of this module)
_GREEK_CYRILLIC = re.compile("[\u0370-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_MOST_POWER = 12  # beyond a trillion: no count of people, left as written


@dataclass(frozen=True)
class Shown:
    """A text as read, and where each of its characters came from in the original."""

    original: str
    text: str
    # the starts of the read text's pieces, and for each piece where it came from: a kept
    # run of characters maps one to one, a changed run to the whole of its original
    starts: tuple[int, ...] = ()
    pieces: tuple[tuple[int, int, bool], ...] = ()  # (original start, original end, kept)
    # no invisible character, superscript, Greek or Cyrillic letter at all: nothing of
    # the text is read otherwise, and nothing in it reorders or mixes scripts
    plain: bool = False

    @property
    def changed(self) -> bool:
        return self.text is not self.original

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The original offsets of the read text's ``[a, b)``."""
        if not self.changed:
            return a, b
        start = self._at(a, end=False)
        end = self._at(b, end=True) if b > a else start
        return start, max(start, end)

    def _at(self, pos: int, end: bool) -> int:
        """Where the read text's offset ``pos`` lies in the original: as a start, where
        the character at ``pos`` came from; as an end, right after where the character
        before ``pos`` came from (so a span takes no invisible character at its edges)."""
        if not end and pos >= len(self.text):
            return len(self.original)
        i = bisect_right(self.starts, pos - 1 if end else pos) - 1
        if i < 0:
            return 0
        o_start, o_end, kept = self.pieces[i]
        if kept:
            return o_start + pos - self.starts[i]
        return o_end if end else o_start


def shown(text: str) -> Shown:
    """``text`` as the checker reads it (itself when nothing in it needs reading: most
    texts, found with one search)."""
    if _ANY.search(text) is None:
        return Shown(text, text, plain=True)
    parts: list[str] = []
    starts: list[int] = []
    pieces: list[tuple[int, int, bool]] = []
    at = 0  # in the read text
    pos = 0  # in the original

    def add(piece: str, o_start: int, o_end: int, kept: bool) -> None:
        nonlocal at
        if piece:
            parts.append(piece)
            starts.append(at)
            pieces.append((o_start, o_end, kept))
            at += len(piece)

    changed = False
    for hit in _CHANGED.finditer(text):
        power = hit.group("power")
        if power is not None:
            exponent = int(power.translate(_SUPERSCRIPT))
            if exponent > _MOST_POWER:
                continue
            add(text[pos:hit.start()], pos, hit.start(), True)
            add(str(10 ** exponent), hit.start(), hit.end(), False)
        else:
            add(text[pos:hit.start()], pos, hit.start(), True)
        pos = hit.end()
        changed = True
    if not changed:
        latin = _latinised(text)
        return Shown(text, latin, (0,), ((0, len(text), True),)) if latin != text else Shown(
            text, text)
    add(text[pos:], pos, len(text), True)
    return Shown(text, _latinised("".join(parts)), tuple(starts), tuple(pieces))


def mixed_words(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a Latin word spelt with a Cyrillic or Greek look-alike letter."""
    if _GREEK_CYRILLIC.search(text) is None:
        return []
    return [m.span() for m in _MIXED.finditer(text)
            if _LATIN.search(m.group()) and m.group().translate(_LOOKALIKE) != m.group()]


def _latinised(text: str) -> str:
    """``text`` with the look-alike Cyrillic and Greek letters of its Latin words read as
    the Latin letters they show (one character for one: offsets do not move). A word all
    in Cyrillic or Greek is left as it is."""
    if _GREEK_CYRILLIC.search(text) is None:
        return text

    def latin(m: re.Match[str]) -> str:
        word = m.group()
        return word.translate(_LOOKALIKE) if _LATIN.search(word) else word

    return _MIXED.sub(latin, text)


class _Spanned(Protocol):
    span: tuple[int, int] | None
    found: str | None


F = TypeVar("F", bound=_Spanned)


def placed(findings: list[F], seen: Shown) -> list[F]:
    """``findings`` on the read text, with their spans (and what they quote of the text)
    moved back to the original."""
    if not seen.changed:
        return findings
    out = []
    for f in findings:
        if f.span is None:
            out.append(f)
            continue
        a, b = f.span
        start, end = seen.span(a, b)
        found = f.found
        if found is not None and found == seen.text[a:b]:
            found = seen.original[start:end]
        out.append(replace(f, span=(start, end), found=found))  # type: ignore[type-var]
    return out
