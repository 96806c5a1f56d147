"""Rule ``negation-changed`` on who a finding of no one is about: the sheet says no one
in the study had it ("no major bleeding in either arm"), and the text narrows the "no one"
to one group ("no major bleeding in the rivaroxaban arm", "solo nel gruppo rivaroxaban
nessuno ...") or drops it for both ("schwere Blutungen traten in beiden Gruppen auf").

A sentence is about the finding when it names the finding's noun with its narrowing word
("major bleeding", "hemorragia mayor"). With a negation or a word for no one, it must not
name one group of the study alone; without one, it must not say the finding of both.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import GROUP_CUES
from .directions import _words
from .recall_sheet import SheetWords, text_tokens
from .recall_words import matches
from .text import same_word

# zero said of a finding ("null schwere Blutungen", "cero hemorragias"): a denial
_ZERO = frozenset({"0", "zero", "null", "cero", "nil", "none"})
# words for both groups ("in both groups", "in either arm", "dans les deux bras"), folded:
# closed-class words of the six languages
_BOTH = frozenset({"both", "either", "beiden", "beide", "ambos", "ambas", "deux", "entrambi",
                   "entrambe", "dois", "duas"})


def none_scope(text: str, context: CheckContext, words: SheetWords,
               narrowed: list[Any], scope: Any, nobody: frozenset[str]) -> list[Finding]:
    sheet = context.factsheet
    claims = [f for f in sheet.facts_of("claim") if getattr(f, "quantifier", None) == "none"
              and f.outcome and f.group]
    heads_of = {oid: heads for oid, heads, _, _ in narrowed}
    claims = [f for f in claims if heads_of.get(f.outcome)]
    if not claims:
        return []
    negation = _words(context.pack).negation
    toks = text_tokens(text, context)
    cues = analysis_of(text, context)[GROUP_CUES]
    out = []
    starts = [t.start for t in toks]
    for start, end in context.pack.sentence_spans(text):
        for fact in claims:
            a, b = start, end
            here = toks[bisect_left(starts, a):bisect_left(starts, b)]
            heads = heads_of[fact.outcome]
            noun = next((t for t in here if any(
                same_word(t.norm, h) for h in heads.get(t.norm[:3], ()))), None)
            if noun is None:
                continue
            # the clause of the noun: "visits were alike in both groups; nobody had a
            # major bleed" speaks of both groups in another clause
            lo = max((m.end() for m in _PART.finditer(text, a, noun.start)), default=a)
            hi = next((m.start() for m in _PART.finditer(text, noun.end, b)), b)
            part = [t for t in here if lo <= t.start < hi]
            a, b = lo, hi
            lo = max((m.end() for m in _MARK.finditer(text, a, noun.start)), default=a)
            hi = next((m.start() for m in _MARK.finditer(text, noun.end, b)), b)
            here = [t for t in here if lo <= t.start < hi]
            if not any(matches(t.norm, *scope) for t in here):
                continue
            denied = any(t.norm in nobody or t.norm in _ZERO for t in part) or (
                negation is not None and negation.search(text, a, b) is not None)
            groups = {c.item for c in cues if a <= c.start < b and c.item != fact.group
                      and not getattr(c, "generic", False)}
            if denied and len(groups) == 1 and not any(t.norm in _BOTH for t in part):
                label = context.lexicon.group(next(iter(groups)))
                out.append(_finding(text, (a, b), fact.id,
                                    f"this says no one of {label} had it, but the fact sheet "
                                    "says no one in the whole study did"))
            elif not denied and any(t.norm in _BOTH for t in here):
                out.append(_finding(text, (a, b), fact.id,
                                    "this says both groups had it, but the fact sheet says "
                                    "no one did"))
            else:
                continue
            break
    return out


_LEAD = regex.compile(r"[\s\-–•*]*")
_MARK = regex.compile(r"[;:,]")  # a clause's ends
_PART = regex.compile(r"[;:]")  # a part of a sentence's ends


def _finding(text: str, span: tuple[int, int], fact: str, why: str) -> Finding:
    a = _LEAD.match(text, span[0]).end()
    b = len(text[:span[1]].rstrip())
    return Finding("negation-changed", "error", f"\"{text[a:b]}\": {why}.", fact, None,
                   text[a:b], (a, b))
