"""The error types real machine translation and rewrites make, beside a figure or a term.

Rules: ``wrong-referent`` (a sheet figure attached to a thing the sheet never counts),
``term-swapped`` (the condition or intervention replaced by another real term),
``negation-changed`` (a negation added, or its scope widened, around a figure or
finding); and, reported under the rules that already name them, ``term-corrupted`` (a
term's words reordered with a look-alike, or whose cells or body turned round; a word of
a sheet phrase swapped for a look-alike beside its kept neighbour) and
``direction-flipped`` (a secondary finding said the other way round); ``term-swapped``
also for a modifier of a term turned into its opposite (recall_opposites) and another
code after a lettered term's head (recall_codes); ``term-corrupted`` also for one word
of a long form of the term garbled, the others kept in order (recall_partial);
``direction-flipped`` also for the study's effect said the other way with no figure
(flips.main_flips); ``negation-changed`` also for a study of one hospital said to be of
many (single_site). Each
mechanism is
in its own module and reads the sheet's own words in the text's language, so a sheet
that does count hospitals, or names a second drug, is never wrong to say so.
"""

from __future__ import annotations

from collections.abc import Callable

from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import RECALL
from .recall_sheet import SheetWords

Step = Callable[[str, CheckContext, SheetWords], list[Finding]]


class RecallValidator:
    """Rules ``wrong-referent``, ``term-swapped``, ``negation-changed`` (and more cases of
    ``term-corrupted`` and ``direction-flipped``)."""

    name = "recall"
    reads = ()  # of the context beyond the text: the text and the sheet only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        return list(analysis_of(text, context)[RECALL])


_STEPS: list[tuple[Step, ...]] = []  # the mechanisms, in order, and partial_sites last


def _steps() -> tuple[Step, ...]:
    """The mechanisms in the order they report, imported on first use (not at start-up)
    and kept: an import statement in a function costs microseconds each time it runs,
    and this runs for every text."""
    if not _STEPS:
        from .flips import main_flips, secondary_flips, widened_claims
        from .garbles import garbles
        from .negations import negations
        from .outcomes import replaced_outcomes
        from .quote_scope import turned_quotes
        from .recall_codes import codes
        from .recall_lookalikes import lookalikes
        from .recall_opposites import opposites
        from .recall_partial import partial, partial_sites
        from .referents import referents
        from .single_site import widened_sites
        from .swaps import swaps

        _STEPS.append((referents, swaps, negations, garbles, lookalikes, secondary_flips,
                       widened_claims, turned_quotes, main_flips, replaced_outcomes, opposites,
                       codes, partial, widened_sites, partial_sites))
    return _STEPS[0]


def _read(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    *steps, partial_sites = _steps()
    found: list[Finding] = []
    for step in steps:
        found += step(text, context, words)
    # a body site in a form's place, unless that very place (or the word beside it) is
    # already another term ("breast cancer" for "colorectal cancer", "amyotrophic lateral
    # sclerosis": a swap, reported once)
    swapped = [f.span for f in found if f.rule == "term-swapped" and f.span]
    found += [f for f in partial_sites(text, context, words)
              if not any(f.span and a <= f.span[1] + 1 and f.span[0] <= b + 1
                         for a, b in swapped)]
    return found
