"""A sheet's own words in one language, folded, for the recall rules: what each group is
called, what the sheet names at all, and the forms of its condition and intervention.
Built once per sheet and language (the run's lexicon keeps it)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from plainsum.analysis import analysis_of
from plainsum.factsheet.model import is_abbreviation, local_text
from plainsum.lexicon import Lexicon
from plainsum.memo import Memo
from plainsum.pipeline import CheckContext

from . import recall_words as W
from .analysis import TOKENS
from .sheet import term_forms
from .text import PhraseIndex, Token, fold, tokens

HEAD = 2  # the first words of a group's label that say what its members are


@dataclass
class Target:
    """A term the sheet rests on (its condition or intervention) and what may replace it."""

    id: str
    category: str  # "disease" or "treatment"
    forms: PhraseIndex[str]
    abbreviations: frozenset[str]  # folded
    # the words a sheet phrase puts right before one of its abbreviations ("with" in
    # "people with MS"): an unknown acronym after them stands in its place
    before: frozenset[tuple[str, ...]] = frozenset()
    # its abbreviations as written: matched with their case ("EM", never Portuguese "em")
    written: frozenset[str] = frozenset()
    # the words of its forms of two words or more, each form in order
    keys: tuple[tuple[str, ...], ...] = ()


@dataclass
class SheetWords:
    lang: str
    known: frozenset[str]  # every word the sheet uses in this language, folded
    group_words: dict[str, frozenset[str]]  # group id -> words that name it
    common: frozenset[str]  # the pack's group nouns ("group", "arm")
    targets: list[Target] = field(default_factory=list)
    other: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    diseases: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    treatments: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    organs: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    own: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    not_own: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    stop: frozenset[str] = frozenset()
    # what the recall rules work out once from these words (per sheet and pack)
    cache: dict[Any, Any] = field(default_factory=dict)


def _words(*phrases: str | None) -> set[str]:
    return {t.norm for p in phrases if p for t in tokens(p)}


def _list(pack: Any, name: str, table: dict[str, tuple[str, ...]],
          lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    own = getattr(pack, name, None)
    return _folded_list(tuple(own) if own else table.get(lang, ()), lang)


@functools.lru_cache(maxsize=256)
def _folded_list(words: tuple[str, ...], lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A word list folded as a matcher (the same for every sheet: once per process)."""
    return W.matcher(tuple(fold(w) if not w.endswith("*") else fold(w[:-1]) + "*"
                           for w in words), lang)


@functools.lru_cache(maxsize=64)
def _stopwords(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def sheet_words(context: CheckContext) -> SheetWords:
    """Built once per sheet and language pack in the process, with a lexicon of its own
    (the run's must not outlive the run), as the sheet index is."""
    sheet, pack = context.factsheet, context.pack
    return _WORDS.get((sheet, pack), None, lambda: _build(CheckContext(
        sheet, pack, None, Lexicon(sheet, pack))))


_WORDS: Memo[SheetWords] = Memo(64)


def _build(context: CheckContext) -> SheetWords:
    sheet, lex, pack = context.factsheet, context.lexicon, context.pack
    lang = lex.lang
    known: set[str] = set()
    group_words: dict[str, frozenset[str]] = {}
    term_ids = {sheet.intervention, sheet.condition, *sheet.terms}
    stop = _stopwords(frozenset(getattr(pack, "stopwords", None) or ()))
    for group in sheet.groups.values():
        labels = group.label.all_forms(lang)
        known |= _words(*labels)
        # what a group is called: its keywords, its term, and the head of each label (its
        # first words: "people" in "people sent to a heart clinic", never "clinic")
        words = _words(*group.keywords.get(lang, []))
        for label in labels:
            words |= set([t.norm for t in tokens(label) if t.norm not in stop][:HEAD])
        if group.term:
            term_ids.add(group.term)
            forms = term_forms(lex, group.term)
            words |= _words(*(forms.accepted if forms else ()))
        group_words[group.id] = frozenset(words)
        known |= words
    for group in sheet.groups.values():  # a group made of others is named by theirs too
        for part in group.includes:
            group_words[group.id] |= group_words.get(part, frozenset())
    for outcome in sheet.outcomes.values():
        known |= _words(*outcome.label.all_forms(lang))
        if outcome.measure:
            term_ids.add(outcome.measure)
    for measure in sheet.measures.values():
        known |= _words(*measure.label.all_forms(lang))
    for tid in term_ids:
        forms = term_forms(lex, tid)
        if forms:
            known |= _words(*forms.accepted)
    for org in sheet.organisations.values():
        known |= _words(org.name_in(lang), org.short)
    for person in sheet.people.values():
        known |= _words(person.name)
    for quote in sheet.quotes.values():
        known |= _words(local_text(quote.text, lang))
    known |= _words(local_text(sheet.title, lang))
    common = set()
    for noun in getattr(pack, "group_nouns", ()) or ():
        common |= _words(noun)
    out = SheetWords(lang, frozenset(known), group_words, frozenset(common))
    out.other = _list(pack, "other_referents", W.OTHER_REFERENTS, lang)
    out.diseases = _list(pack, "diseases", W.DISEASES, lang)
    out.treatments = _list(pack, "treatments", W.TREATMENTS, lang)
    out.organs = _list(pack, "organs", W.ORGANS, lang)
    out.own = _list(pack, "own_words", W.OWN, lang)
    out.not_own = _list(pack, "not_own_words", W.NOT_OWN, lang)
    out.stop = stop
    out.targets = _targets(context, known)
    return out


def _targets(context: CheckContext, known: set[str]) -> list[Target]:
    sheet, lex = context.factsheet, context.lexicon
    lang = lex.lang
    out = []
    for tid, category in ((sheet.condition, "disease"), (sheet.intervention, "treatment")):
        forms = term_forms(lex, tid)
        if not forms:
            continue
        names = list(forms.accepted)  # (an arm's keywords may name the arm, not the term)
        abbreviations = frozenset(fold(f) for f in names if is_abbreviation(f))
        written = frozenset(f for f in names if is_abbreviation(f))
        before: set[tuple[str, ...]] = set()
        phrases = [f for g in sheet.groups.values() for f in
                   (*g.label.all_forms(lang), *g.keywords.get(lang, []))]
        for phrase in phrases:
            key = [t.norm for t in tokens(phrase)]
            for i, word in enumerate(key):
                if word in abbreviations and i:
                    before.add(tuple(key[max(0, i - 1):i]))
        out.append(Target(tid, category, PhraseIndex((f, tid) for f in names
                                                     if f not in written),
                          abbreviations, frozenset(before), written,
                          tuple({k for f in names if len(k := tuple(
                              t.norm for t in tokens(f))) >= 2})))
    return out


def text_tokens(text: str, context: CheckContext) -> list[Token]:
    """The words of ``text``, sentence by sentence (part of its analysis: every reader of
    the text asks)."""
    return analysis_of(text, context)[TOKENS]
