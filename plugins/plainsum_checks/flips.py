"""A secondary finding turned round (``direction-flipped``): the text says a few got worse
where the sheet says some got better.

The finding is a claim of the sheet (a quantifier, an outcome with a direction, often a
time). A sentence that gives no figure of its own, names the claim's time, and states the
opposite direction while the text never states the claim is the claim said the other way
round: reported at the direction word, not only as the claim missing. A word that states
no direction of the outcome (a superlative, "what struck them most") is not read.
"""

from __future__ import annotations

from bisect import bisect_left

from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .comparatives import no_claim
from .directions import OPPOSITE, _sentences, stated_claims, through_polarity
from .recall_sheet import SheetWords
from .recall_words import EVEN
from .sheet import sheet_index
from .text import fold, tokens


def secondary_flips(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    sheet = context.factsheet
    claims = [f for f in sheet.facts_of("claim")
              if getattr(f, "quantifier", None) not in (None, "none")]
    if not claims:
        return []
    index = sheet_index(sheet, context.lexicon)
    mentions = analysis_of(text, context)[NUMBERS]
    starts = [m.start for m in mentions]
    out: list[Finding] = []
    stated: set[str] | None = None
    for sentence in _sentences(text, context):
        if not any(not s.negated for s in sentence.said):
            continue  # most sentences: no direction said outright
        inside = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        if any(m.kind in ("percent", "frequency", "number", "fold", "fraction")
               for m in inside):
            continue
        times = {index.times.get((m.value, m.unit or "")) for m in inside
                 if m.kind == "duration"}
        for fact in claims:
            outcome = sheet.outcomes.get(fact.outcome or "")
            if outcome is None or not outcome.direction:
                continue
            if fact.time and fact.time not in times and not _even(text, sentence, words):
                continue  # neither the finding's time nor "even" said
            goal = through_polarity(outcome.direction, outcome.polarity)
            said = next((s for s in sentence.said if not s.negated and through_polarity(
                s.direction, outcome.polarity) in OPPOSITE.get(goal, set()) and not no_claim(
                    text, s.start, s.direction, context.lexicon.lang)), None)
            if said is None:
                continue
            if stated is None:  # asked only of a text that says the opposite somewhere
                stated = stated_claims(text, context)
            if fact.id in stated:
                continue
            label = context.lexicon.outcome(outcome.id)
            out.append(Finding(
                "direction-flipped", "error",
                f"This sentence says \"{said.text}\", but the fact sheet's finding is the "
                f"other way round: some \"{label}\".", fact.id, label, said.text,
                (said.start, said.end)))
            break
    return out


def _even(text: str, sentence: object, words: SheetWords) -> bool:
    """Whether the sentence marks its finding as the surprising one ("even")."""
    even = frozenset(fold(w) for w in EVEN.get(words.lang, ()))
    return any(t.norm in even for t in tokens(text[sentence.start:sentence.end]))
