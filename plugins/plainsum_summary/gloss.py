"""Jargon explained where a lay reader first meets it.

A lay summary leads with its main result, and the result often names the treatment by its
technical name ("people sent home early with rivaroxaban") a paragraph before "What was the
treatment?" explains it. The CDC's Clear Communication Index asks for every technical term
to be explained where it is used: the first time the running text of a patient or public
summary says a jargon term's technical form, before its plain word, the plain word follows
it in the pack's ``grammar.glossed`` ("rivaroxaban (blood thinner)", "Rivaroxaban
(Blutverdünner)"). A term whose plain word comes first is already explained; quotes and the
headline are never changed; an abbreviation is :mod:`.spell`'s.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from plainsum.factsheet.model import is_abbreviation
from plainsum.render import Section, Wording

from .wordfind import Word

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
        # a plain form holding an abbreviation ("relapsing-remitting MS") is a shorter
        # name, not an explanation: it is spell.py's to spell out
        if (plain and technical and not any(is_abbreviation(t) for t in plain.split())
                and not is_abbreviation(technical) and hard(technical, plain)):
            out.append((term_id, technical, plain))
    return out


def hard(technical: str, plain: str) -> bool:
    """Whether the technical form has a word the plain one does not explain: a word of four
    letters or more that no plain word shares its first four with ("rivaroxaban" and
    "blood thinner"; not "iode" and "solution iodée", "Lungenembolie" and "Blutgerinnsel in
    der Lunge", "clorhexidina" and "solución de clorhexidina")."""
    plain_words = [_fold(p) for p in re.findall(r"\w+", plain)]
    return any(len(t) >= 4 and not any(p[:4] == _fold(t)[:4] for p in plain_words)
               for t in re.findall(r"\w+", technical))


def _fold(word: str) -> str:
    """Case and accents aside: "iodée" begins as "iode" does."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold())
                   if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1024)
def _word(text: str) -> Word:
    r"""The word ``text`` alone, in any case (``(?<!\w)text(?!\w)``, found without
    compiling a pattern: a sheet's terms are new to the process)."""
    return Word(text)


def _inside(text: str, start: int, end: int, longer: list[Word]) -> bool:
    """Whether ``text[start:end]`` is part of a longer term's name ("autologous" in
    "autologous hematopoietic stem cell transplantation"): that name is explained as a
    whole, not word by word."""
    return any(m.start() <= start and end <= m.end() and (m.start(), m.end()) != (start, end)
               for pattern in longer for m in pattern.finditer(text))


def gloss_terms(w: Wording, sections: list[Section]) -> None:
    """In place: each jargon term's first running use, unexplained so far, followed by its
    plain word. Only for audiences that have terms explained, in a pack that can say it.
    The plain word stands bare in the brackets: "(blood thinner)", "(from the person's own
    body)"; an article would not fit every plain form."""
    if not w.audience.explain_terms or not w.has("grammar.glossed"):
        return
    running = [s for section in sections for s in section.sentences if s.role not in _SKIP]
    # the terms and their longer names depend on the sheet and the language only: worked
    # out once per run, not once per summary
    terms = w.lex.remember(("gloss-terms",), lambda: glossable(w))
    for term_id, technical, plain in terms:
        said_technical, said_plain = _word(technical), _word(plain)
        longer = w.lex.remember(("gloss-longer", term_id, technical),
                                lambda t=term_id, f=technical: _longer(w, t, f))
        for sentence in running:
            p = said_plain.search(sentence.text)
            t = next((m for m in said_technical.finditer(sentence.text)
                      if not _inside(sentence.text, m.start(), m.end(), longer)), None)
            if p is not None and (t is None or p.start() < t.start()
                                  or _bracketed(sentence.text, p.start())):
                break  # the plain word comes first, or the sentence glosses it: explained
            if t is None:
                continue
            gloss = _gloss(w, term_id, t.group(), plain)
            sentence.text = sentence.text[:t.start()] + gloss + sentence.text[t.end():]
            break


def _bracketed(text: str, at: int) -> bool:
    """Whether ``at`` lies inside an open bracket: a label that already glosses its
    term ("embolie pulmonaire à faible risque (caillot dans le poumon)") needs no
    second gloss after the term."""
    before = text[:at]
    return before.rfind("(") > before.rfind(")")


def _gloss(w: Wording, term_id: str, said: str, plain: str) -> str:
    """``said`` with its plain word after it; a plain word that names the term's kind
    (terms[].plain_kind: "blood thinner") with its indefinite article where the pack
    says it so (``grammar.glossed_kind``: "rivaroxaban (a blood thinner)", not "(blood
    thinner)")."""
    term = w.sheet.terms.get(term_id)
    if term is not None and term.plain_kind and w.has("grammar.glossed_kind"):
        return w.say("grammar.glossed_kind", term=said,
                     a_plain=w.term_with_article(term_id, "indefinite", "plain"))
    return w.say("grammar.glossed", term=said, plain=plain)


def _longer(w: Wording, term_id: str, technical: str) -> list[Word]:
    """The other terms' names that hold ``technical``, as patterns."""
    # every term's forms, gathered once per run (each term asks about all the others)
    named = w.lex.remember(("gloss-forms",), lambda: {
        other: [(f, f.casefold()) for f in _forms(w, other)] for other in w.sheet.terms})
    folded = technical.casefold()
    return [_word(f) for other, forms in named.items() if other != term_id
            for f, f_folded in forms if len(f) > len(technical) and folded in f_folded]


def _forms(w: Wording, term_id: str) -> list[str]:
    forms = w.lex.term(term_id)
    return [f for f in (forms.technical, forms.plain, *forms.forms) if f]
