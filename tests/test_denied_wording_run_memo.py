"""The limitation said without its negation (plugins/plainsum_checks/denied_wording.py) is
read the same whatever the run has read before: a sentence's candidate wordings are kept
per run (the outputs of a bundle repeat their sentences), and the finding is placed in
each text where that text says it."""

from __future__ import annotations

from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext
from plainsum_checks.denied_wording import denied_wording

from tests import corruption as C

SHEET = "hsct-ms-2021"
DENIED = "There was a group of people who did not get the transplant to compare with."
KEPT = "There was no group of people who had not had the transplant to compare with."


def _found(texts: list[str], lang: str = "en") -> list[list[tuple[str, tuple[int, int]]]]:
    """Each text's findings, all read in one run (one lexicon)."""
    sheet = C.sheet(SHEET)
    pack = C.registry().language(lang)
    lexicon = Lexicon(sheet, pack)
    out = []
    for text in texts:
        context = CheckContext(sheet, pack, None, lexicon)
        out.append([(f.found, f.span) for f in denied_wording(text, context)])
    return out


def test_a_shared_sentence_is_placed_in_each_text() -> None:
    lead = "The study followed 52 people for five years. "
    alone, led, again = _found([DENIED, lead + DENIED, DENIED])
    assert alone and alone == again
    (found, (a, b)), = led
    assert found == alone[0][0]
    assert (lead + DENIED)[a:b] == found and a == alone[0][1][0] + len(lead)


def test_the_kept_negation_is_read_alike_before_and_after_the_denied_one() -> None:
    assert _found([KEPT, DENIED, KEPT]) == [[], _found([DENIED])[0], []]
