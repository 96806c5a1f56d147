"""A limitation measured against the plan said the other way round (``direction-flipped``):
the sheet says fewer took part than planned, the text "more people took part than planned"
("mehr Patienten als geplant", "plus de patients que prévu", "più pazienti del previsto").

The sheet's limitation gives the direction (a word of more or fewer) and the plan (a word
of planning or expecting); a sentence of the text with a word of the plan and, a few words
before it, the other direction without a negation, has turned the limitation round.
"""

from __future__ import annotations

import functools

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _words

# more or fewer of a count, and the words of a plan or an expectation: closed-class words
# and stems of the six languages
_MORE = {"en": r"more", "es": r"más|mas", "fr": r"plus\s+(?:de|d['’])|davantage",
         "de": r"mehr", "it": r"più|piu", "pt": r"mais"}
_FEWER = {"en": r"fewer|less", "es": r"menos", "fr": r"moins\s+(?:de|d['’])",
          "de": r"weniger", "it": r"meno", "pt": r"menos"}
_PLAN = {"en": r"plann\w*|expect\w*|intend\w*|target\w*|foreseen|anticipat\w*",
         "es": r"previst\w*|planead\w*|planificad\w*|esperad\w*|prevé\w*|preve\w*",
         "fr": r"prévu\w*|prevu\w*|attendu\w*|planifi\w*|escompt\w*",
         "de": r"geplant\w*|erwartet\w*|vorgesehen\w*|beabsichtigt\w*|angestrebt\w*",
         "it": r"previst\w*|pianificat\w*|programmat\w*|attes[oaie]",
         "pt": r"previst\w*|planead\w*|planejad\w*|esperad\w*|pretendid\w*"}
NEAR = 60  # characters from the direction word to the word of the plan
_STOP = regex.compile(r"[.;:!?\n]")


@functools.lru_cache(maxsize=16)
def _patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    if lang not in _PLAN:
        return None
    way = regex.compile(rf"(?<!\p{{L}})(?:(?P<increased>{_MORE[lang]})|"
                        rf"(?P<decreased>{_FEWER[lang]}))(?!\p{{L}})", regex.IGNORECASE)
    plan = regex.compile(rf"(?<!\p{{L}})(?:{_PLAN[lang]})(?!\p{{L}})", regex.IGNORECASE)
    return way, plan


def _said(text: str, lo: int, hi: int, way: regex.Pattern[str],
          plan: regex.Pattern[str]) -> list[tuple[regex.Match[str], str]]:
    """The direction words of ``text[lo:hi]`` said of a plan: (the word, its way)."""
    out = []
    for hit in plan.finditer(text, lo, hi):
        start = max(lo, hit.start() - NEAR)
        mark = max((m.end() for m in _STOP.finditer(text, start, hit.start())), default=start)
        for w in way.finditer(text, mark, hit.start()):
            out.append((w, w.lastgroup or ""))
    return out


def planned_flips(text: str, context: CheckContext) -> list[Finding]:
    lang = context.lexicon.lang
    patterns = _patterns(lang)
    if patterns is None:
        return []
    way, plan = patterns

    def limits() -> list[tuple[str, str]]:
        found = []
        for lim in context.factsheet.limitations.values():
            ways = {w for label in (lim.text, lim.short) if label
                    for form in label.all_forms(lang)
                    for _, w in _said(form, 0, len(form), way, plan)}
            if len(ways) == 1:
                found.append((lim.id, ways.pop()))
        return found

    sheet_ways = context.lexicon.remember_sheet(("planned-limitations",), limits)
    if not sheet_ways or plan.search(text) is None:
        return []  # most sheets: no limitation against a plan; most texts: no word of one
    negation = _words(context.pack).negation
    out = []
    for a, b in analysis_of(text, context).sentences:
        for word, said in _said(text, a, b, way, plan):
            if negation is not None and negation.search(
                    text, max(a, word.start() - 12), word.start()) is not None:
                continue  # "no more than planned"
            lim = next((lid for lid, w in sheet_ways if w != said), None)
            if lim is None:
                continue
            out.append(Finding(
                "direction-flipped", "error",
                f"\"{word.group()}\" than planned is the other way round: the fact sheet's "
                f"limitation {lim} says the opposite.", lim, None, word.group(), word.span()))
            break
    return out
