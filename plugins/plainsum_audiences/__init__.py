"""Built-in audiences. Readability targets per language come from each language pack,
keyed by the audience's ``level``; a pack that has no target for a level means no cap."""

from __future__ import annotations

from plainsum.audience import Audience
from plainsum.hookspecs import hookimpl

AUDIENCES = [
    Audience(
        id="patients", name="Patients and carers",
        description="People living with the condition: short sentences, natural "
                    "frequencies, the main message first, every technical term explained.",
        register="plain", level="patients", natural_frequencies=True, explain_terms=True),
    Audience(
        id="public", name="General public",
        description="Interested lay readers: plain words, percentages with context.",
        register="plain", level="public", natural_frequencies=False, explain_terms=True),
    Audience(
        id="press", name="Journalists",
        description="Reporters: wire conventions (embargo in local time, dateline), every "
                    "result with its numbers, quotes with role and affiliation, where it "
                    "was published, who paid for it, the media contact.",
        register="technical", level="press", natural_frequencies=False, explain_terms=False),
    Audience(
        id="clinicians", name="Clinicians",
        description="Health professionals: technical terms, design, all results with "
                    "counts and denominators and the sheet's intervals, limitations in "
                    "technical terms, no lay glossary; no readability cap.",
        register="technical", level=None, natural_frequencies=False, explain_terms=False),
]


@hookimpl
def register_audiences(register):
    for audience in AUDIENCES:
        register(audience)
