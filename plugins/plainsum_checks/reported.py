"""Claims a text quotes in order to weigh them: a fact check, a column or a Q&A cites what
circulates ("Headlines claimed that 'vitamin D halves the risk'", "Behauptung: „Vitamin D
halbiert das Darmkrebsrisiko.“ Bewertung: falsch", "on lit que « le scanner divise les
infarctus par deux ». Ce n'est pas ce que dit l'étude") and then says what the study
found. The words inside such a quotation are the claim weighed, not the text's own: a
figure or a causal verb there is no error of the text.

A quotation is such a claim when the words before it in its sentence say it is one (a
claim, a headline, a rumour, what one reads or hears) or when its sentence, after it, or
the next sentence of its paragraph gives a verdict against it (false, misleading, not
what the study says), or when a label before it calls it a myth ("MYTH: "…"", "Idée
reçue : « … »"). Closed-class words, the language packs' (``claim_intros`` …).
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from typing import Any

import regex

# a quotation: «…», „…“ / „…”, “…”, ‹…›, "…", and in single marks ‘…’ / '…' (within one
# paragraph). A single mark is also an apostrophe ("didn't", "dad's", "l'étude",
# "patients'"), so it opens a quotation only after a non-letter and before a non-space, and
# closes it only after a non-space and before a non-letter; a closing ’ with a letter
# after it is an apostrophe inside the quotation ("‘it’s a cure’")
QUOTE_MARKS = "«„“‹\"‘'"
_QUOTE = regex.compile(r"«[^»\n]{3,400}»|„[^“”\n]{3,400}[“”]|“[^”\n]{3,400}”"
                       r"|‹[^›\n]{3,400}›|\"[^\"\n]{3,400}\""
                       r"|(?<![\p{L}\p{N}])‘(?=\S)[^‘\n]{3,400}?(?<=\S)’(?![\p{L}\p{N}])"
                       r"|(?<![\p{L}\p{N}'’])'(?=[^\s'])[^'\n]{3,400}?(?<=[^\s'])'(?![\p{L}\p{N}])")
# the words of each language are the packs' (``claim_intros``, ``claim_afters``,
# ``claim_verdicts``, ``myth_words``): a pack without them reads no quotation as cited
_FIELDS = {"intro": "claim_intros", "after": "claim_afters", "verdict": "claim_verdicts",
           "myth": "myth_words"}


def _pattern(table: str, pack: Any) -> regex.Pattern[str] | None:
    return _compiled(tuple(getattr(pack, _FIELDS[table], None) or ()))


@functools.lru_cache(maxsize=64)  # four tables a language: compiled once a process
def _compiled(fragments: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not fragments:
        return None
    words = "|".join(fragments)
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.IGNORECASE)


# what a quoted claim is not, whatever the text makes of it: the study's result or cause
AS_RESULT = frozenset({"background-as-result", "causal-claim"})


def reported_spans(text: str, spans: list[tuple[int, int]], pack: Any,
                   rejected: bool = False) -> list[tuple[int, int]]:
    """Where the text quotes a claim to weigh it (the quotation marks included); with
    ``rejected``, only the claims it gives a verdict against: their figures are not the
    text's at all, while one it only cites ("the figure going round, 'up to 12%'") still
    says its figure as the sheet does (its hedge is checked), though not as the study's
    result."""
    if not any(mark in text for mark in QUOTE_MARKS):
        return []  # most texts quote nothing
    intro, after, verdict = (_pattern("intro", pack), _pattern("after", pack),
                             _pattern("verdict", pack))
    if intro is None or after is None or verdict is None:
        return []
    myth = _pattern("myth", pack)
    starts = [a for a, _ in spans]
    out = []
    for hit in _QUOTE.finditer(text):
        k = bisect_right(starts, hit.start()) - 1
        if k < 0:
            continue
        a, b = spans[k]
        if myth is not None and myth.search(text, a, hit.start()) is not None:
            out.append(hit.span())  # labelled a myth: cited and rejected at once
            continue
        if not rejected and (intro.search(text, a, hit.start()) is not None
                             or after.search(text, hit.end(), max(b, hit.end())) is not None):
            out.append(hit.span())
            continue
        # the verdict: the rest of the quote's sentence (or the sentence the quote ends
        # in), then the next sentence of the same paragraph
        j = bisect_right(starts, hit.end() - 1) - 1
        end = spans[j][1] if j >= 0 else b
        if j + 1 < len(spans) and "\n\n" not in text[end:spans[j + 1][0]]:
            end = spans[j + 1][1]
        if verdict.search(text, hit.end(), end) is not None:
            out.append(hit.span())
    return out
