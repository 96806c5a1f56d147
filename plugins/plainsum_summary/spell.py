"""Abbreviations spelled out at their first use in running text.

A reader meets "MS", "EM", "SEP" or "SM" in a group label long before any glossary: the
first time a summary's running text (after the headline) uses a term's abbreviation, it
says the term in full with the abbreviation after it, "multiple sclerosis (MS)", in the
pack's ``grammar.spelled_out`` (German glosses it: "MS (Multiple Sklerose)", since the
full form would have to agree with the words before it). An abbreviation inside the name
of another sheet term ("relapsing-remitting MS", "EM surto-remissão") keeps that name
whole and is glossed after it (selector ``after`` when the name ends with it: "relapsing-
remitting MS (multiple sclerosis)"; ``inside`` otherwise: "SM (SM: …)"); a pack whose names
open with the abbreviation ("EM surto-remissão") may say the whole name spelled out, its
short form after it (``opens``: "esclerose múltipla surto-remissão (EM surto-remissão)"),
never a gloss after a name the reader could not yet read. Quotes are never changed.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from plainsum.factsheet.model import is_abbreviation
from plainsum.render import Section, Sentence, Wording, capitalise

from .wordfind import FullName, Word, Words


def term_forms(w: Wording) -> dict[str, list[str]]:
    """Every sheet term's forms in this language (technical, plain, other accepted)."""
    out = {}
    for term_id in w.sheet.terms:
        forms = w.lex.term(term_id)
        out[term_id] = list(dict.fromkeys(
            f for f in (forms.technical, forms.plain or "", *forms.forms) if f))
    return out


def spelled_pairs(forms: dict[str, list[str]]) -> list[tuple[str, list[str], str]]:
    """For each term with abbreviations: its id, its abbreviations and the form that
    spells it out, its technical form (first in ``forms``) when that holds none of them:
    "CT coronary angiography" spells out no "CT", and a plain form ("heart scan") is no
    spelling of "CTA"."""
    out = []
    for term_id, accepted in forms.items():
        long = accepted[0] if accepted else ""
        short = [f for f in accepted if is_abbreviation(f) and stands_for(f, long)]
        if short and long and not is_abbreviation(long) and not _words(short).search(long):
            out.append((term_id, short, long))
    return out


def stands_for(short: str, long: str) -> bool:
    """Whether ``short`` is made of the initials of ``long``'s words, in order ("SEP",
    "sclérose en plaques"; "aHSCT", "autologous hematopoietic stem cell transplantation"):
    "TAC" is no short form of "angio-TC coronarica", though the sheet accepts both."""
    initials = iter(w[0].lower() for w in re.split(r"[\s\-]+", long) if w)
    return all(any(c == i for i in initials) for c in short.lower() if c.isalpha())


def _words(forms: list[str]) -> Words:
    return _words_of(tuple(forms))


@functools.lru_cache(maxsize=1024)
def _words_of(forms: tuple[str, ...]) -> Words:
    r"""``(?<!\w)(?:A|B)(?!\w)``, the longest first, found without compiling it (a sheet's
    forms are new to the process; compiling cost more than finding them); made once per
    process: every summary of a language asks for the same ones."""
    return Words(forms)


def spelled(w: Wording, text: str, m: Any, long: str,
            compounds: list[str]) -> str:
    """``text`` with the abbreviation ``m`` spelled out: after the name of another term
    that holds it, else in its place."""
    short = m.group()
    for c in _words(compounds).finditer(text) if compounds else ():
        if c.start() <= m.start() and m.end() <= c.end() and c.group() != short:
            shape = "after" if c.end() == m.end() else "inside"
            rest = ""
            if (c.start() == m.start() and shape == "inside"
                    and w.has("grammar.spelled_out.opens")):
                # the name opens with it ("EM remitente-recurrente"): the whole name
                # spelled out, then its short form ("esclerosis múltiple
                # remitente-recurrente (EM remitente-recurrente)"), not "EM
                # remitente-recurrente (EM: esclerosis múltiple)", a gloss after a name
                # the reader could not yet read
                shape, rest = "opens", c.group()[m.end() - c.start():]
            both = w.say("grammar.spelled_out", [shape], long=long, short=short,
                         whole=c.group(), rest=rest)
            return text[:c.start()] + both + text[c.end():]
    both = w.say("grammar.spelled_out", long=long, short=short, whole=short)
    if m.start() == 0:
        both = capitalise(both)
    return text[:m.start()] + both + text[m.end():]


def spellings(w: Wording) -> list[tuple[str, Words, Word, list[str]]]:
    """For each term with abbreviations: the form that spells them out, the patterns of
    the abbreviations and of that form, and the other terms' names that hold an
    abbreviation ("relapsing-remitting MS"). They depend on the sheet's terms in one
    language only: worked out once per run, not once per summary."""

    def make() -> list[tuple[str, Words, Word, list[str]]]:
        forms = term_forms(w)
        out = []
        for term_id, short, long in spelled_pairs(forms):
            pattern = _words(short)
            full = Word(long)  # as (?<!\w)long(?!\w) ignoring case, not compiled
            compounds = [f for other, fs in forms.items() if other != term_id for f in fs
                         if pattern.search(f) and f not in short]
            out.append((long, pattern, full, compounds))
        return out

    return w.lex.remember(("spellings",), make)


def introduce(w: Wording, sentence: Sentence, said: Any, pattern: Words,
              running: list[Sentence]) -> str | None:
    """The full name said first and its abbreviation later ("... received autologous
    hematopoietic stem cell transplantation. ... 5 years after aHSCT"): the abbreviation
    is given with the full name ("autologous hematopoietic stem cell transplantation
    (aHSCT)"), so the reader knows what it stands for; a quote that uses it later counts
    too ("… patients with low-risk pulmonary embolism (PE) … “… patients with low-risk PE
    …”": a quote is never changed, so the term is introduced where the summary first says
    it). Not inside a quote. Returns the abbreviation given, if any."""
    if sentence.role == "quote":
        return None
    later = running[running.index(sentence) + 1:]
    m = next((found for s in later for found in [pattern.search(s.text)] if found), None)
    if m is None or pattern.search(sentence.text):
        return None
    both = w.say("grammar.spelled_out", long=said.group(), short=m.group(), whole=m.group())
    sentence.text = sentence.text[:said.start()] + both + sentence.text[said.end():]
    return m.group()


@functools.lru_cache(maxsize=256)
def _full_name(long: str) -> FullName:
    """A term's full name alone, in any case, not inside a longer word or before its own
    "(…)"; made once per process, and found without compiling a pattern."""
    return FullName(long)


def shorten_later(sentence: Sentence, running: list[Sentence], long: str,
                  short: str) -> None:
    """Once a term is spelled out with its abbreviation, the sentences after it say the
    abbreviation, not the full name again ("… 10 years after autologous hematopoietic
    stem cell transplantation (aHSCT). This study looked at 210 people … who received
    aHSCT …"): an abbreviation introduced and then not used is a slip an editor strikes.
    Not in quotes nor in names (the authors' line: "Italian Multiple Sclerosis Foundation"
    stays whole); never where the full name holds more words around it."""
    full = _full_name(long)
    for later in running[running.index(sentence) + 1:]:
        if later.role not in ("quote", "who"):
            later.text = full.sub(short, later.text)


def spell_out(w: Wording, sections: list[Section]) -> None:
    """Spell out, in place, each abbreviation where running text first uses it (unless the
    text already said the term in full before it)."""
    pairs = spellings(w)
    if not pairs or not w.has("grammar.spelled_out"):
        return
    running = [s for section in sections for s in section.sentences
               if s.role not in ("headline", "embargo")]
    for long, pattern, full, compounds in pairs:
        for sentence in running:
            if sentence.role == "quote":
                if full.search(sentence.text):
                    break
                continue
            m = pattern.search(sentence.text)
            said = full.search(sentence.text)
            if said and (m is None or said.start() < m.start()):
                short = introduce(w, sentence, said, pattern, running)
                if short is not None:
                    shorten_later(sentence, running, said.group(), short)
                break  # spelled out before any abbreviation
            if m is None:
                continue
            sentence.text = spelled(w, sentence.text, m, long, compounds)
            shorten_later(sentence, running, long, m.group())
            break


_LINK = re.compile(r"\S+://\S+")


def unabbreviated(w: Wording, text: str) -> str | None:
    """``text`` with each abbreviation of a sheet term said as its full name ("Greffe de
    cellules souches et sclérose en plaques : …", "personas con esclerosis múltiple
    remitente-recurrente"): for a short text (a post, a text message) with no room to
    spell an abbreviation out, where saying the name needs no abbreviation at all. Only
    in a pack that can put the full name in the abbreviation's place
    (``grammar.unabbreviated``: German inflects the words before it). A hashtag or a
    handle stays as it is. None where ``text`` holds no abbreviation."""
    if not w.has("grammar.unabbreviated"):
        return None
    said, changed = text, False
    for long, pattern, _, _ in spellings(w):
        parts, last = [], 0
        links = [m.span() for m in _LINK.finditer(said)] if "://" in said else []
        for m in pattern.finditer(said):
            if (m.start() and said[m.start() - 1] in "#@/") or any(
                    a <= m.start() < b for a, b in links):
                continue
            full = w.say("grammar.unabbreviated", long=long, short=m.group())
            at_start = not said[:m.start()].strip() or said[:m.start()].rstrip()[-1] in ".!?"
            parts += [said[last:m.start()], capitalise(full) if at_start else full]
            last = m.end()
        if parts:
            said, changed = "".join(parts) + said[last:], True
    return said if changed else None
