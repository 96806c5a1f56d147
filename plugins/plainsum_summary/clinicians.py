"""What a clinician reads that a journalist does not: counts with their denominators, the
design's limits in technical terms, and no lay glossary.

A clinician weighs "4.0% vs 7.3%" by how many events it rests on: where the sheet gives a
share's count and total (``count: 23``, ``of: 572``), the clinician summary says them after
the share, "4.0% (23/572)", in the pack's ``summary.clinicians.counts``. Nothing is computed:
both numbers are the sheet's. An observational design whose limits paragraph has not said
so gets the technical statement that it shows associations, not cause and effect (the lay
summaries say it in their closing paragraph).
"""

from __future__ import annotations

from plainsum.render import Section, Sentence, Wording


def is_clinicians(w: Wording) -> bool:
    return w.audience.id == "clinicians"


def counts_text(w: Wording, fact: object) -> str | None:
    """ "(23/572)" for a share the sheet counts; None otherwise."""
    count, total = getattr(fact, "count", None), getattr(fact, "total", None)
    if count is None or total is None or not w.has("summary.clinicians.counts"):
        return None
    return w.say("summary.clinicians.counts", n=w.pack.format_number(count),
                 total=w.pack.format_number(total))


def add_denominators(w: Wording, sections: list[Section]) -> None:
    """In place: after each counted share a result sentence states, its count and total."""
    if not is_clinicians(w):
        return
    for section in sections:
        for sentence in section.sentences:
            if sentence.role in ("headline", "quote"):
                continue
            for fact_id in sentence.facts:
                fact = w.sheet.facts.get(fact_id)
                if fact is None or fact.kind != "proportion":
                    continue
                counts = counts_text(w, fact)
                if counts is None or counts in sentence.text:
                    continue
                share = w.percent(fact)
                at = sentence.text.find(share)
                if at < 0:
                    continue
                end = at + len(share)
                sentence.text = f"{sentence.text[:end]} {counts}{sentence.text[end:]}"


def design_limit(w: Wording, limits: list[Sentence]) -> Sentence | None:
    """The technical statement that an observational design cannot show cause and effect,
    when no limitation said it (a single group followed over time has no comparison the
    lay association sentence speaks of; its own limitation says what it cannot show)."""
    if w.level != "technical" or w.sheet.evidence != "observational":
        return None
    if w.all_treated():  # one group, no comparison: no association to speak of, and the
        return None  # limitation (no control group) already says it shows no cause
    if any(s.role == "limit" and "association" in s.facts for s in limits):
        return None
    text = w.sentence("summary.association", [w.sheet.evidence])
    if any(s.text == text for s in limits):
        return None
    return Sentence(text, role="limit")
