"""Part of stage 3, quantities: sums of money ("$259 billion", "US$818 billion", "1.1
trillion dollars", "an average of $1,200 per patient").

A total cost is no count of people: a count has no unit, and no other kind holds a sum.
Rather than draft "$259 billion" as 259 billion people, extract leaves a total out and says
so in a review note that quotes the sentence, so the reviewer can add it by hand (as
background, say) if the outputs need it. An average cost ("the average cost is $3,500")
is drafted as a mean of the cost, with a review note: a mean's unit cannot be a currency,
so the outputs would give the number without it.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    return list(_money_spans(text))


@lru_cache(maxsize=64)  # asked of a sentence once per mean in it
def _money_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _MONEY.finditer(text))


def note_money(st: State) -> None:
    """One review note per study sentence that states sums of money, quoting it."""
    from .classify import study_sentences

    means = [f["source_span"] for f in st.found.facts
             if f["kind"] == "mean" and f.get("source_span")]
    for s in study_sentences(st):
        found = [s.text[a:b].strip() for a, b in money_spans(s.text)
                 if not any(lo <= s.at(a) < hi for lo, hi in means)]  # averages: drafted
        if not found:
            continue
        said = " ".join(s.text.split())
        said = said if len(said) <= 240 else said[:237] + "..."
        st.found.notes.append(
            f"left out {len(found)} sum{'s' if len(found) > 1 else ''} of money "
            f"({', '.join(found)}): the sheet has no fact kind for a total cost (a count is "
            f"of people); add it by hand as background if the outputs need it: “{said}”")
