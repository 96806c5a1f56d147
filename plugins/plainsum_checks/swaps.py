"""Rule ``term-swapped``: the sheet's condition or intervention replaced by another real
term ("ALS" for "MS", "apixaban" for "rivaroxaban", "chemotherapy" for the transplant).

A text that never names the sheet's term in any accepted form, but names a disease (for
the condition) or a treatment (for the intervention) the sheet never mentions, has put
that term in its place. An unknown acronym where the sheet's phrases have the term's own
("people with ALS" for "people with MS") is one too. A text that names the sheet's term
and mentions another disease as context is left alone.
"""

from __future__ import annotations

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_sheet import SheetWords, Target
from .recall_words import DISEASE_ACRONYMS, matches
from .text import Token, fold, tokens

_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
_ACRONYMS = frozenset(fold(a) for a in DISEASE_ACRONYMS)


def swaps(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    if not words.targets:
        return []
    toks = tokens(text)
    out: list[Finding] = []
    seen: set[int] = set()
    for target in words.targets:
        if any(True for _ in target.forms.find(text, toks)) or any(
                text[t.start:t.end] in target.written for t in toks):
            continue  # the text names it: other terms beside it are context
        whole, stems = words.diseases if target.category == "disease" else words.treatments
        name = context.lexicon.term_text(target.id, "technical")
        for i, tok in enumerate(toks):
            if tok.start in seen or _known(tok.norm, words):
                continue
            raw = text[tok.start:tok.end]
            acronym = _ACRONYM.fullmatch(raw) is not None
            if not (matches(tok.norm, whole, stems)
                    or (acronym and target.category == "disease" and tok.norm in _ACRONYMS)
                    or (acronym and _in_place(toks, i, target))):
                continue
            seen.add(tok.start)
            out.append(Finding(
                "term-swapped", "error",
                f"\"{raw}\" stands where the fact sheet's {name} should be: the text never "
                f"names {name}, and the fact sheet never mentions \"{raw}\".",
                None, name, raw, (tok.start, tok.end)))
    return out


def _known(word: str, words: SheetWords) -> bool:
    return word in words.known or len(word) < 2


def _in_place(toks: list[Token], i: int, target: Target) -> bool:
    """An acronym after the words a sheet phrase puts before the term's own acronym."""
    for before in target.before:
        n = len(before)
        if i >= n and tuple(t.norm for t in toks[i - n:i]) == before:
            return True
    return False
