"""The code of a lettered term changed (``term-swapped``): "vitamin B12" or "vitamin K"
where the sheet's term is "vitamin D", "Faktor V" for "Faktor X".

Some terms are one of a kind named by a letter or short code after a head word. Another
code after the same head is another thing of that kind, and a rewrite that changes it
keeps every other word. A code that starts as the sheet's does ("vitamin D3" for "vitamin
D") is a form of it; a sentence that also names the sheet's own ("vitamin D, not vitamin
B12"), denies the other or speaks of other work is left alone.
"""

from __future__ import annotations

import bisect

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_opposites import aside_in, clause_of, negation_in
from .recall_sheet import SheetWords, text_tokens
from .text import same_word

_GLUE = regex.compile(r"[\s\-\u2010\u2011]*")


def code(word: str) -> bool:
    """A letter or short code that names one of a kind ("d" in "vitamin D", "b12")."""
    return 0 < len(word) <= 3 and any(c.isalpha() for c in word) and (
        len(word) == 1 or any(c.isdigit() for c in word))


def _heads(words: SheetWords) -> dict[str, frozenset[str]]:
    """The sheet's lettered terms: head word -> the codes the sheet puts after it (once
    per sheet and language)."""
    if "code-heads" not in words.cache:
        heads: dict[str, set[str]] = {}
        for target in words.targets:
            for key in target.keys:
                for j in range(1, len(key)):
                    head = key[j - 1]
                    if (code(key[j]) and key[j] not in words.stop and len(head) >= 4
                            and head not in words.stop):
                        heads.setdefault(head, set()).add(key[j])
        words.cache["code-heads"] = {h: frozenset(c) for h, c in heads.items()}
    return words.cache["code-heads"]


def codes(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    heads = _heads(words)
    if not heads:
        return []
    toks = text_tokens(text, context)
    out: list[Finding] = []
    spans: list[tuple[int, int]] | None = None
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if (not code(nxt.norm) or nxt.norm in words.stop or not text[nxt.start].isupper()
                or not _GLUE.fullmatch(text, tok.end, nxt.start)):
            continue  # (a code is written in capitals: "vitamin B12", never "y" or "o")
        head = next((h for h in heads if tok.norm[:3] == h[:3] and same_word(tok.norm, h)),
                    None)
        if head is None:
            continue
        own = heads[head]
        if any(nxt.norm.startswith(c) or c.startswith(nxt.norm) for c in own):
            continue  # the sheet's own ("vitamin D3" for "vitamin D")
        if spans is None:
            spans = list(context.pack.sentence_spans(text))
        starts = [a for a, _ in spans]
        k = bisect.bisect_right(starts, tok.start) - 1
        lo, hi = spans[k] if k >= 0 and tok.start < spans[k][1] else (0, len(text))
        here = [j for j in range(len(toks) - 1) if lo <= toks[j].start < hi]
        if any(same_word(toks[j].norm, head) and toks[j + 1].norm in own for j in here):
            continue  # the sheet's own named beside it
        c_lo, c_hi = clause_of(text, tok.start, nxt.end, lo, hi)
        if negation_in(context, text, c_lo, c_hi) or aside_in(words, text, lo, hi):
            continue
        a, b = tok.start, nxt.end
        said = text[a:b]
        out.append(Finding(
            "term-swapped", "error",
            f"\"{said}\" is another term than the fact sheet's: the sheet speaks of "
            f"{head} {'/'.join(sorted(own)).upper()} and never of \"{said}\".",
            None, None, said, (a, b)))
    return out
