"""What the result means for the reader: the closing paragraph of a plain summary.

The CDC's Clear Communication Index asks a text for the public to say what the reader can
do or should know. What a study means for patients is the press officer's call: the sheet
may write it per audience (``audiences.patients.meaning``). Without it the pack says what is
true of any study (one study alone does not change treatment; talk to your doctor before
changing anything), and for an observational study that the pack has not yet said it can
show a link but not a cause.
"""

from __future__ import annotations

from plainsum.render import Sentence, Wording, end_sentence


def meaning_sentences(w: Wording) -> list[Sentence]:
    """The sheet's own text for this audience, or the pack's ``summary.meaning``; first,
    for observational evidence the limits did not qualify, that a link is no cause. None
    from a pack without ``summary.meaning`` when the sheet writes nothing."""
    from .compose import association_sentence  # compose builds the plan with this

    out: list[Sentence] = []
    # a single group (everyone had the intervention) has no comparison to show a link
    # with: its limitation (no control group) says what it cannot tell
    observational = w.sheet.evidence == "observational" and not w.all_treated()
    if observational and association_sentence(w) is None:
        out.append(Sentence(w.sentence("summary.association", [w.sheet.evidence]),
                            role="limit"))
    own = w.lex.audience_text(w.audience.id, "meaning")
    if own:
        out.append(Sentence(end_sentence(own), role="meaning"))
    elif w.has("summary.meaning"):
        out.append(Sentence(w.sentence("summary.meaning"), role="meaning"))
    else:
        return []  # a pack from before this paragraph: nothing to say it with
    return out
