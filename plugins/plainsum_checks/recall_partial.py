"""One word of a long term garbled, the others kept in order (``term-corrupted``):
"hepatic stem cell transplant" for "haematopoietic stem cell transplant", "cellule
staminali emorroidali" for "cellule staminali ematopoietiche", "angina de pescado".

A term of three words or more is seldom said with one of its words changed and the rest
kept in their order: a paraphrase rewords the whole of it ("blood-forming stem cells")
or keeps it whole. A text that keeps all the words of a form of the sheet's condition or
intervention (or of its start or end, of three words or more) but one, and puts in that
one's place a word the sheet never uses that starts with the same letter and is no form
of the word it replaces, has garbled the term (a machine translation's or a rewrite's
look-alike). A first or last word must keep two letters of the sheet's, as a word that
merely follows a shorter form of the term does not ("infection of the wound complicated
..."); a compound of the term's own words ("autotrasplante") is the term said in one
word; a word the sheet uses anywhere ("autologous" in "autologous stem cell transplant")
is the sheet's own wording.
"""

from __future__ import annotations

from typing import Any

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_sheet import SheetWords, text_tokens
from .recall_words import matches
from .text import common_prefix, same_word

LEAST = 3  # words of the shortest form read
SHORTEST = 5  # letters of the shortest word that can be garbled here
EDGE = 2  # letters a garbled first or last word keeps of the sheet's ("hepatic")
_BREAK = regex.compile(r"[,;:.!?()\n\"“”«»/]")


def _plain(word: str) -> str:
    """A folded word with its ligatures and the English 'ae' written out as one spelling
    ("cœur" and "coeur", "haematopoietic" and "hematopoietic")."""
    return word.replace("œ", "e").replace("æ", "e").replace("ß", "ss").replace(
        "oe", "e").replace("ae", "e")


def _keys(words: SheetWords) -> tuple[tuple[str, ...], ...]:
    """The forms of the sheet's condition and intervention of three words or more, and
    each start and end of three or more of their words that starts and ends with a word
    of meaning ("cellule staminali ematopoietiche" in "trapianto di cellule staminali
    ematopoietiche"), once per sheet and language."""
    if "partial-keys" not in words.cache:
        stop = words.stop
        keys: dict[tuple[str, ...], None] = {}
        for target in words.targets:
            for key in target.keys:
                n = len(key)
                for part in (*(key[i:] for i in range(n - LEAST + 1)),
                             *(key[:j] for j in range(LEAST, n))):
                    if part[0] not in stop and part[-1] not in stop:
                        keys[part] = None
        # longest first, then in order: the same findings whatever order the sheet's
        # forms were collected in (a set's order changes from one process to the next)
        words.cache["partial-keys"] = tuple(sorted(keys, key=lambda k: (-len(k), k)))
    return words.cache["partial-keys"]


def _own(words: SheetWords) -> frozenset[str]:
    """The words of five letters or more of the forms of the condition and
    intervention."""
    if "partial-own" not in words.cache:
        words.cache["partial-own"] = frozenset(
            _plain(w) for t in words.targets for k in t.keys for w in k if len(w) >= SHORTEST)
    return words.cache["partial-own"]


def _index(words: SheetWords, keys: tuple[tuple[str, ...], ...]
           ) -> tuple[frozenset[str], dict[str, list[tuple[Any, ...]]]]:
    """The words of the keys, and each place of a word of meaning in a key by its first
    letter: (key, place, its words' first letters)."""
    if "partial-index" not in words.cache:
        spots: dict[str, list[tuple[Any, ...]]] = {}
        for key in keys:
            starts = tuple(w[:3] for w in key)
            for o, w in enumerate(key):
                if len(w) >= SHORTEST and w not in words.stop:
                    spots.setdefault(w[:1], []).append((key, o, starts))
        words.cache["partial-index"] = (
            frozenset(w for k in keys for w in k if w not in words.stop), spots)
    return words.cache["partial-index"]


def _site(word: str, words: SheetWords) -> bool:
    """Whether a word names a body site or kind the sheet never uses ("pulmonary" in a
    text whose sheet says "coronary", "epatiche" for "ematopoietiche")."""
    return word not in words.known and matches(word, *words.organs)


def _garbled(said: str, want: str, edge: bool, words: SheetWords, sites: bool = False) -> bool:
    """Whether a text's word in the place of a form's word garbles it: a word the sheet
    never uses, no form of the one it replaces, no compound of the term's own words, and
    (first or last in the form) keeping the start of the sheet's word ("hepatic"); or a
    body site the sheet never names in the place of another word of the form ("CT
    pulmonary angiography" for "CT coronary angiography"), whatever its letters."""
    from .names import OTHER, kin, one_verb

    word, plain = _plain(said), _plain(want)
    site = sites and _site(said, words)
    if (said in words.known or word in words.stop or (word[:1] != plain[:1] and not site)
            or same_word(word, plain) or kin(word, plain) != OTHER or one_verb(word, plain)):
        return False
    if edge and common_prefix(word, plain) < EDGE and not site:
        return False  # a word after a shorter form of the term, not in it
    return not any(w in word for w in _own(words))  # ("autotrasplante")


def _pairs(words: SheetWords) -> tuple[tuple[str, ...], ...]:
    """The forms of two words of meaning ("embolia polmonare"): read for a body site
    swapped in only ("embolia cerebrale"), which is no look-alike."""
    if "partial-pairs-forms" not in words.cache:
        words.cache["partial-pairs-forms"] = tuple(sorted(
            {k for t in words.targets for k in t.keys
             if len(k) == 2 and not any(w in words.stop for w in k)}))
    return words.cache["partial-pairs-forms"]


def _pair_words(words: SheetWords) -> frozenset[str]:
    if "partial-pair-words" not in words.cache:
        words.cache["partial-pair-words"] = frozenset(w for k in _pairs(words) for w in k)
    return words.cache["partial-pair-words"]


def _every(words: SheetWords, spots: dict[str, list[tuple[Any, ...]]]
           ) -> tuple[tuple[Any, ...], ...]:
    """Every place of a word of meaning in every form, those of two words with them: where
    a body site may stand, whatever its letters."""
    if "partial-every" not in words.cache:
        words.cache["partial-every"] = (
            *(x for v in spots.values() for x in v),
            *((k, o, tuple(w[:3] for w in k)) for k in _pairs(words) for o in range(2)
              if len(k[o]) >= SHORTEST))
    return words.cache["partial-every"]


def partial_sites(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    """A body site the sheet never names in the place of a word of a form (of two words
    or more), whatever its letters: the garbles :func:`partial` leaves to this reading."""
    return partial(text, context, words, sites=True)


def partial(text: str, context: CheckContext, words: SheetWords,
            sites: bool = False) -> list[Finding]:
    keys = _keys(words)
    if not keys and not (sites and _pairs(words)):
        return []
    toks = text_tokens(text, context)
    inside, spots = _index(words, keys)
    if sites:
        inside = inside | _pair_words(words)
    # the garbled word is one the sheet never uses, beside a word of one of the forms
    # (two places either side, for the function words between): few words of a text,
    # found in one pass over its words
    hits = [p for p, t in enumerate(toks) if t[0] in inside]
    if not hits:
        return []
    size = len(toks)
    known = words.known
    odd_ones = sorted({q for p in hits for q in (p - 2, p - 1, p + 1, p + 2)
                       if 0 <= q < size and len(toks[q][0]) >= SHORTEST
                       and toks[q][0] not in known})
    if not odd_ones:
        return []
    norms = [t[0] for t in toks]
    memo = words.cache.setdefault("partial-pairs", {})
    if len(memo) > 50000:
        memo.clear()
    out: list[Finding] = []
    seen: set[int] = set()
    for p in odd_ones:
        said = norms[p]
        # a body site may stand for a word of any letter (read with ``sites``)
        if sites and not _site(said, words):
            continue
        for key, o, starts in (_every(words, spots) if sites else spots.get(said[:1], ())):
            i, n = p - o, len(key)
            if i < 0 or i + n > size or p in seen:
                continue
            k = o + 1 if o + 1 < n else o - 1  # a neighbour in the form, asked first
            if norms[i + k][:3] != starts[k]:
                continue
            if not all(norms[i + j] == key[j] or (norms[i + j][:3] == starts[j] and same_word(
                    norms[i + j], key[j])) for j in range(n) if j != o):
                continue
            want = key[o]
            pair = (said, want, o in (0, n - 1), sites)
            garbled = memo.get(pair)
            if garbled is None:
                garbled = memo[pair] = _garbled(said, want, pair[2], words, sites) and not (
                    sites and _garbled(said, want, pair[2], words))  # (partial's own)
            if not garbled or sum(w not in words.stop for w in key) < 2:
                continue  # (a word of meaning kept beside the garbled one)
            a, b = toks[i].start, toks[i + n - 1].end
            if _BREAK.search(text, a, b):
                continue
            seen.add(p)
            out.append(Finding(
                "term-corrupted", "error",
                f"\"{text[a:b]}\" looks like a garbled form of the fact sheet's term "
                f"(\"{text[toks[p].start:toks[p].end]}\" where the sheet has \"{want}\").",
                None, " ".join(key), text[a:b], (a, b)))
    return out
