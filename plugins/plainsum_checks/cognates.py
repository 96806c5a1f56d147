"""A term's words in the sheet's other languages, read as forms of the term.

Translators spell a technical term out with the cognate of another language's name for
it: "angiographie coronaire" (as the Spanish "angiografía por TC", the English "CT
angiography") where the French sheet says "angioscanner coronaire". A word that looks
like a word of the term but is the term's own word in another of the sheet's languages
is a form of the term, not a garble of it. Cognates are compared by a spelling key that
drops what the six languages spell differently ("ph"/"f", "y"/"i", "k"/"c", final
vowels and plural endings).
"""

from __future__ import annotations

import functools

import regex
from plainsum.factsheet.model import FactSheet

from .text import phrase_key

COGNATE_LEAST = 6  # letters of a key worth comparing: shorter words are cognates by chance
MARK = "~"  # a key among the words of a term's forms, never a word of a text

_SPELLING = (("ph", "f"), ("th", "t"), ("y", "i"), ("k", "c"), ("qu", "c"))
_ENDING = regex.compile(r"(?:[aeiou]+s?|s)$")


@functools.lru_cache(maxsize=16384)
def cognate_key(word: str) -> str:
    """A folded word's spelling key, marked (empty for a short word)."""
    for a, b in _SPELLING:
        word = word.replace(a, b)
    word = _ENDING.sub("", word)
    return MARK + word if len(word) >= COGNATE_LEAST else ""


def cognate_keys(sheet: FactSheet, term_id: str) -> frozenset[str]:
    """The spelling keys of every word of a term's forms in each of the sheet's
    languages."""
    term = sheet.terms.get(term_id)
    if term is None:
        return frozenset()
    out = set()
    for forms in term.by_lang.values():
        for phrase in (forms.technical, forms.plain or "", *forms.forms):
            for word in phrase_key(phrase):
                key = cognate_key(word)
                if key:
                    out.add(key)
    return frozenset(out)
