"""Part of stage 3, quantities: sums of money ("$259 billion", "US$818 billion", "1.1
trillion dollars", "an average of $1,200 per patient").

A cost is no count of people and no mean of a measure the sheet can word: a count has no
unit, and a mean's units are durations and measures, not currencies. Rather than draft a
sum of money as a count of people or a unitless average (which an output would then say
as "1,200 per patient"), extract leaves it out and says so in a review note that quotes the
sentence, so the reviewer can add it by hand (as background, say) if the outputs need it.
"""

from __future__ import annotations

import re

from .state import State
from .text import NUM

_SCALE = r"(?:\s*(?:million|billion|trillion|thousand|[mMbB]n?)\b)?"
_MONEY = re.compile(
    rf"(?:\b(?:US|USD|CAD|AUD|A|C|NZ)\s?)?[$£€¥]\s?{NUM}{_SCALE}"
    rf"|\b{NUM}{_SCALE}\s+(?:US\s+|U\.S\.\s+|Canadian\s+|Australian\s+)?(?:dollars|euros|"
    rf"pounds\s+sterling|yen|francs)\b"
    rf"|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY)\s?{NUM}{_SCALE}", re.I)


def money_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence states a sum of money, in order."""
    return [(m.start(), m.end()) for m in _MONEY.finditer(text)]


def note_money(st: State) -> None:
    """One review note per study sentence that states sums of money, quoting it."""
    from .classify import study_sentences

    for s in study_sentences(st):
        found = [s.text[a:b].strip() for a, b in money_spans(s.text)]
        if not found:
            continue
        said = " ".join(s.text.split())
        said = said if len(said) <= 240 else said[:237] + "..."
        st.found.notes.append(
            f"left out {len(found)} sum{'s' if len(found) > 1 else ''} of money "
            f"({', '.join(found)}): the sheet has no fact kind for a cost (a count is of "
            f"people, a mean's unit is no currency); add it by hand as background if the "
            f"outputs need it: “{said}”")
