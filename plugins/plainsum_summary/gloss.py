"""Jargon explained where a lay reader first meets it.

A lay summary leads with its main result, and the result often names the treatment by its
technical name ("people sent home early with rivaroxaban") a paragraph before "What was the
treatment?" explains it. The CDC's Clear Communication Index asks for every technical term
to be explained where it is used: the first time the running text of a patient or public
summary says a jargon term's technical form, before its plain word, the plain word follows
it in the pack's ``grammar.glossed`` ("rivaroxaban (a blood thinner)", "Rivaroxaban (ein
Blutverdünner)"). A term whose plain word comes first is already explained; quotes and the
headline are never changed; an abbreviation is :mod:`.spell`'s.
"""

from __future__ import annotations

import re

from plainsum.factsheet.model import is_abbreviation
from plainsum.render import Section, Wording

_SKIP = ("headline", "embargo", "dateline", "quote")


def glossable(w: Wording) -> list[tuple[str, str, str]]:
    """(term id, technical form, plain form) of the sheet's jargon terms whose plain word
    differs from the technical one and is no abbreviation."""
    out = []
    for term_id, term in w.sheet.terms.items():
        if not getattr(term, "jargon", True):
            continue
        forms = w.lex.term(term_id)
        plain, technical = (forms.plain or "").strip(), (forms.technical or "").strip()
        if (plain and technical and plain.casefold() != technical.casefold()
                and not is_abbreviation(plain) and not is_abbreviation(technical)
                and plain.casefold() not in technical.casefold()):
            out.append((term_id, technical, plain))
    return out


def _word(text: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.IGNORECASE)


def gloss_terms(w: Wording, sections: list[Section]) -> None:
    """In place: each jargon term's first running use, unexplained so far, followed by its
    plain word. Only for audiences that have terms explained, in a pack that can say it."""
    if not w.audience.explain_terms or not w.has("grammar.glossed"):
        return
    running = [s for section in sections for s in section.sentences if s.role not in _SKIP]
    for term_id, technical, plain in glossable(w):
        said_technical, said_plain = _word(technical), _word(plain)
        for sentence in running:
            t = said_technical.search(sentence.text)
            p = said_plain.search(sentence.text)
            if p is not None and (t is None or p.start() < t.start()):
                break  # the plain word comes first: explained
            if t is None:
                continue
            gloss = w.say("grammar.glossed", term=t.group(),
                          plain=w.term_with_article(term_id, "indefinite", "plain"))
            sentence.text = sentence.text[:t.start()] + gloss + sentence.text[t.end():]
            break
