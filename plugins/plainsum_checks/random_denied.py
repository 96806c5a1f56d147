"""Rule ``negation-changed`` on a randomised study's allocation: the sheet's study was
randomised, and the text says its people were not put in their groups at random ("nicht
nach dem Zufallsprinzip", "nicht per Zufall, sondern nach Wunsch … zugeteilt", "were not
randomly assigned", "no fueron asignados al azar", "n'ont pas été tirés au sort", "non
sono stati assegnati a caso", "não foram sorteados").

A word of random allocation (closed-class words of the six languages) with a negation of
the pack a few words before it says the opposite of the sheet. Words of chance that are
also idioms of coincidence ("not by chance", "per Zufall", "a caso", "ao acaso") count only
in a sentence with a verb of assigning people to groups.
"""

from __future__ import annotations

import regex
from plainsum.factsheet.model import RANDOMISED_DESIGNS
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _words

# random allocation, whatever the sentence
_RANDOM = regex.compile(
    r"(?i)(?<!\p{L})(?:randomi[sz]ed|randomly|at\s+random|randomisiert\p{L}*|nach\s+dem"
    r"\s+zufallsprinzip|aleatori\p{L}*|al\s+azar|sortead[oa]s|au\s+hasard"
    r"|tir[ée]e?s?\s+au\s+sort|randomis[ée]e?s?|randomizzat\p{L}*|sorteggiat\p{L}*)(?!\p{L})")
# chance words that are idioms of coincidence too: only beside a verb of assigning
_CHANCE = regex.compile(r"(?i)(?<!\p{L})(?:by\s+chance|per\s+zufall|zufällig|a\s+caso|ao\s+acaso"
                        r"|por\s+sorteio|par\s+tirage)(?!\p{L})")
_ASSIGNED = regex.compile(
    r"(?i)(?<!\p{L})(?:assign\p{L}*|allocat\p{L}*|split|divided|zugeteilt|zugeordnet|verteilt"
    r"|eingeteilt|asignad\p{L}*|repartid\p{L}*|distribuid\p{L}*|assign[ée]\p{L}*|répartie?s?"
    r"|attribu[ée]\p{L}*|assegnat\p{L}*|distribuit\p{L}*|suddivis\p{L}*|atribuíd\p{L}*"
    r"|distribuíd\p{L}*|alocad\p{L}*|colocad\p{L}*)(?!\p{L})")
_STOP = regex.compile(r"[.!?;\n]")
BEFORE = 4  # words between the negation and the word of random allocation


def random_denied(text: str, context: CheckContext) -> list[Finding]:
    """A randomised study's allocation said not to be random."""
    if not any(d in RANDOMISED_DESIGNS for d in context.factsheet.design):
        return []
    negation = _words(context.pack).negation
    if negation is None:
        return []
    out = []
    hits = list(_RANDOM.finditer(text)) + [
        m for m in _CHANCE.finditer(text) if _ASSIGNED.search(text, *_sentence(text, m))]
    for m in sorted(hits, key=lambda h: h.start()):
        a, _ = _sentence(text, m)
        words = list(regex.finditer(r"\p{L}+", text[a:m.start()]))
        lo = a + words[-BEFORE].start() if len(words) >= BEFORE else a
        denied = None
        for n in negation.finditer(text, lo, m.start()):
            denied = n
        if denied is None or regex.search(r"[,(:—–]", text[denied.end():m.start()]):
            continue
        span = (denied.start(), m.end())
        out.append(Finding(
            "negation-changed", "error",
            f"\"{text[span[0]:span[1]]}\" says the groups were not made at random, but the "
            "fact sheet's study was randomised.", None, None, text[span[0]:span[1]], span))
    return out


def _sentence(text: str, m: regex.Match[str]) -> tuple[int, int]:
    stops = [s.end() for s in _STOP.finditer(text, max(0, m.start() - 400), m.start())]
    a = stops[-1] if stops else max(0, m.start() - 400)
    end = _STOP.search(text, m.end())
    return a, end.start() if end else len(text)
