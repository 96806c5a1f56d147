"""Everyday English words for a sheet's terms, from the CDC Plain Language Thesaurus.

A text written for the public says "blood clot" for "embolism", "high blood pressure" for
"hypertension", "lung" for "pulmonary": an everyday word for a term is the term named, not
a garble of it and not a term left out. The thesaurus (CDC, *Plain Language Thesaurus for
Health Communications*, draft v3, 2007, stacks.cdc.gov/view/cdc/11500; a US federal
government work in the public domain) ships with this plugin in a compact form, built by
:func:`compact`: one line per term, its short alternatives after a tab, split by "|".

It is read only when an English text has a term the checker would otherwise call garbled
or missing, so a text that names its terms costs nothing more.

    python -m plainsum_checks.everyday SOURCE.json > plugins/plainsum_checks/cdc_plain_thesaurus.tsv
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

from .text import PhraseIndex, Token, phrase_key

DATA = Path(__file__).parent / "cdc_plain_thesaurus.tsv"
HEADER = ("# CDC Plain Language Thesaurus for Health Communications (draft v3, 2007), "
          "stacks.cdc.gov/view/cdc/11500: US federal government work, public domain.\n"
          "# Compact form (plainsum_checks.everyday.compact): term<TAB>alternatives|...\n")
JARGON = 8  # letters of a head word long enough to be jargon, not a common noun
MOST_WORDS = 4  # an alternative longer than this explains the term; it is no synonym
# "related to the lungs" for "pulmonary": the everyday word is the noun ("lung")
_RELATED = regex.compile(r"^(?:related|relating)\s+to\s+(?:the\s+|your\s+)?(\p{L}+)$")
_ASIDE = regex.compile(r"\([^)]*\)")
_LEAD = regex.compile(r"^(?:a|an|the|to)\s+")
_QUOTES = str.maketrans("", "", "\"“”‘’'")


def _alternatives(plain: str) -> Iterator[str]:
    """The short alternatives of one entry ("stomach, stomach area, belly")."""
    for part in regex.split(r"[,;]", _ASIDE.sub(" ", plain)):
        alt = " ".join(part.translate(_QUOTES).lower().split())
        alt = _LEAD.sub("", alt).strip(" .")
        if not alt or alt.endswith("etc"):
            continue
        related = _RELATED.match(alt)
        if related:
            yield related.group(1)
        elif len(alt.split()) <= MOST_WORDS:
            yield alt


def compact(entries: Iterable[dict[str, str]]) -> str:
    """The packaged form of the thesaurus' ``{term, plain_alternative}`` entries: each
    term (lower case) with its short alternatives, in the source's order."""
    lines = [HEADER]
    for entry in entries:
        term = " ".join(entry["term"].lower().split())
        alts = list(dict.fromkeys(a for a in _alternatives(entry["plain_alternative"])
                                  if a != term))
        if term and alts:
            lines.append(f"{term}\t{'|'.join(alts)}\n")
    return "".join(lines)


@functools.lru_cache(maxsize=1)
def table() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each term (folded words) -> its everyday alternatives (folded words)."""
    out: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        term, _, alts = line.partition("\t")
        key = phrase_key(term)
        if key:
            out[key] = out.get(key, ()) + tuple(
                k for k in (phrase_key(a) for a in alts.split("|")) if k)
    return out


def everyday_keys(form_keys: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Everyday ways to say a term whose accepted forms are ``form_keys``: a whole form's
    alternatives ("blood clot" for "embolism"), a form with a word before its head said
    in one everyday word ("lung embolism" for "pulmonary embolism", "bad skin reaction"
    for "adverse skin reaction"), and a form whose long head word is said in everyday
    words ("pulmonary blood clot"). A short common head keeps its word: its alternatives
    are often another sense of it ("attack": "violent start")."""
    words = table()
    out: set[tuple[str, ...]] = set()
    for key in form_keys:
        out.update(words.get(key, ()))
        for j, word in enumerate(key):
            head = j == len(key) - 1
            if head and len(word) < JARGON:
                continue
            for alt in words.get((word,), ()):
                if head or len(alt) == 1:
                    out.add(key[:j] + alt + key[j + 1:])
    return out - set(form_keys)


@functools.lru_cache(maxsize=256)
def _index(keys: frozenset[tuple[str, ...]]) -> PhraseIndex[int]:
    return PhraseIndex((" ".join(k), 0) for k in keys)


def said_in_everyday_words(text: str, toks: list[Token],
                           form_keys: Iterable[tuple[str, ...]],
                           span: tuple[int, int] | None = None) -> bool:
    """Whether ``text`` says the term in everyday words (inside ``span`` if given: a
    place where the checker saw a garble)."""
    keys = frozenset(everyday_keys(form_keys))
    if not keys:
        return False
    for hit in _index(keys).find(text, toks):
        if span is None or (hit.start < span[1] and span[0] < hit.end):
            return True
    return False


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        sys.stdout.write(compact(json.load(handle)))
