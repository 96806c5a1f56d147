"""Spelled-out numbers read by text2num, the maintained reader of number words.

text2num (https://github.com/allo-media/text2num, Rust) reads cardinals of any size
("cuarenta y cuatro mil setecientos veintiocho", "achttausendfünfhundertdrei"), decimals
("two point five", "zwei Komma fünf") and ordinals ("twenty-third", "vigésimo tercero")
in en, es, fr, de, it, pt and nl. ``bench/number_words.py`` measured it against the
checker's own tables (built from num2words: 0-999 and the round thousands, with the
packs' agreeing forms) on generated phrases (docs/libraries.md has the figures): on
single number words the two agree; past the tables, on decimals and on ordinals text2num
reads what the tables read wrong or not at all ("twenty-third" as 20, "two point five"
as 2 and 5, "achttausendfünfhundertdrei" not at all). It is used for those forms: the
number reader (``NumberReader._spelled``) hands it the words around a number word that
goes on into several parts, and the glued thousands the tables miss.

The checker's tables stay for what text2num lacks or misreads, and for single number
words (already built, and read alike): the agreeing forms it does not know ("veintiún",
"einer", "ventuna"), the forms of one that are articles unless they start a frequency
("una de cada diez", "eine von fünf"; text2num also reads "unas siete", about seven, as
1 and 7), shares and multiples ("half", "a third", "twice", "three times", "double": the
packs' ``fraction_words`` and ``multiple_words``; text2num reads "a third" as the
ordinal 3rd), natural frequencies ("one in five") and everything said around a figure
(units, per cent, ranges). A language text2num does not read keeps the tables alone.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

from .text import Token, joined

LANGUAGES = frozenset({"en", "es", "fr", "de", "it", "pt", "nl"})


class Spelled(NamedTuple):
    """A number text2num read: where it stands, its value, its decimals, and whether it
    is an ordinal ("twenty-third": no count of anything)."""

    start: int
    end: int
    value: float
    decimals: int
    ordinal: bool


class _Word:
    """A token as text2num's ``find_numbers`` takes it: its text, and whether more than
    spaces or a hyphen stand before it (so "twenty, three" stays two numbers)."""

    __slots__ = ("separated", "word")

    def __init__(self, word: str, separated: bool):
        self.word, self.separated = word, separated

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: object) -> bool:
        return self.separated

    def not_a_number_part(self) -> bool:
        return False


def language(pack: object) -> str | None:
    """The code text2num reads ``pack``'s language by, or None (the tables alone)."""
    code = getattr(pack, "code", None)
    return code if code in LANGUAGES else None


def read(text: str, toks: Sequence[Token], code: str) -> list[Spelled]:
    """Every spelled-out number text2num finds in ``text`` among the tokens ``toks`` (all
    of the text's, or those around the words that may be numbers: two tokens with other
    words between them are apart), in order; small ones too ("one", "two": threshold 0).
    """
    words = [_Word(text[t.start:t.end], k > 0 and not joined(text, toks[k - 1], t))
             for k, t in enumerate(toks)]
    found: list[Any] = _find_numbers()(words, code, 0) if words else []
    return [Spelled(toks[o.start].start, toks[o.end - 1].end, o.value,
                    _decimals(o.text) if not o.is_ordinal else 0, o.is_ordinal)
            for o in found]


@functools.cache
def _find_numbers() -> Any:
    """text2num's reader, imported on first use (a check that reads no number word
    never loads it)."""
    from text_to_num import find_numbers

    return find_numbers


def _decimals(digits: str) -> int:
    """Decimals of text2num's digits ("2.5", "2,5"; it groups no thousands)."""
    for mark in ".,":
        if mark in digits:
            return len(digits.rpartition(mark)[2])
    return 0
