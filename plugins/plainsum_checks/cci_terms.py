"""The Clear Communication Index's ``jargon`` item (:mod:`.cci`): every term of the sheet
said in a jargon form has its plain word or its definition nearby, and every abbreviation
is spelled out at its first use in running text. Which words are jargon comes from the
sheet's terms over the pack's term bank, in the text's language."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

from plainsum.factsheet.model import is_abbreviation
from plainsum.outputs import ScoreItem

from .cci_page import DEFINED, Page, first_sentence, item, na
from .sheet import term_forms
from .text import PhraseIndex, Token, fold, phrase_key, same_word, tokens


@dataclass
class TermWords:
    """What a text may use of one term and what explains it."""

    jargon: list[str]  # forms that need explaining
    abbreviations: list[str]  # forms that need spelling out
    spelled: list[str]  # forms that spell the term out (not abbreviations)
    plain: str | None  # the plain form, when it differs from the technical one
    definition: str | None


def term_words(page: Page) -> dict[str, TermWords]:
    """Every jargon term of the sheet (``jargon: false`` ones left out), in its words in
    the text's language: the sheet's own over the pack's term bank (once per process)."""
    return page.lexicon.remember_sheet(("cci-terms",), lambda: _term_words(page))


def _term_words(page: Page) -> dict[str, TermWords]:
    out = {}
    for term_id, term in page.sheet.terms.items():
        forms = term_forms(page.lexicon, term_id)
        if forms is not None and term.jargon:
            out[term_id] = words_of(forms, page.stop)
    return out


@functools.lru_cache(maxsize=1024)
def words_of(forms: Any, stop: frozenset[str]) -> TermWords:
    """One term's words (a term's forms are the same in every run: worked out once)."""
    plain = forms.plain if forms.plain and fold(forms.plain) != fold(forms.technical) \
        and not is_abbreviation(forms.plain) else None
    # a term whose plain form is an abbreviation ("MS") is plain once spelled out: its
    # technical form is that spelling ("multiple sclerosis")
    spelled_is_plain = bool(forms.plain) and is_abbreviation(forms.plain)
    return TermWords(
        [] if spelled_is_plain else jargon_forms(forms, stop),
        [f for f in forms.accepted if is_abbreviation(f)],
        [f for f in forms.accepted if not is_abbreviation(f)],
        plain, forms.definition)


def term_index(terms: dict[str, TermWords]) -> PhraseIndex[tuple[str, bool]]:
    """Every form of every term, so that the longest wins: "EM surto-remissão" (a plain
    form) holds "remissão" (the technical form of another term), which is no use of it."""
    return PhraseIndex((form, (term_id, form in words.jargon))
                       for term_id, words in terms.items()
                       for form in (*words.spelled, *([words.plain] if words.plain else ())))


def jargon(page: Page) -> ScoreItem:
    name = "jargon"
    if not page.plain:
        return na(name, "technical readers" if page.audience else "no audience given")
    text = page.text
    terms = term_words(page)
    index = page.lexicon.remember_sheet(("cci-term-index",), lambda: term_index(terms))
    uses: dict[str, list[tuple[int, int]]] = {}
    toks = page.tokens()
    for m in index.find(text, toks):
        term_id, is_jargon = m.item
        if is_jargon:
            uses.setdefault(term_id, []).append((m.start, m.end))
    headline = _headline_end(page)
    top_end = page.top()[-1].end if page.blocks else 0
    problems: list[str] = []
    for term_id, spans in uses.items():
        words = terms[term_id]
        running = [sp for sp in spans if sp[0] >= headline]
        # a headline's term is explained in the top; a term of running text, in its
        # paragraph or before it
        until = _block_at(page, running[0][0])[1] if running else max(top_end, spans[0][1])
        first = running[0] if running else spans[0]
        if not explained(page, text[:until], words, _prefix_tokens(text, toks, until)):
            problems.append(f"“{text[first[0]:first[1]]}” has no plain word or "
                            f"explanation nearby")
    for words in terms.values():
        found = _first_abbreviation(text, words.abbreviations, after=headline)
        if found is None:
            continue
        start, form = found
        before = text[:_sentence_end(page, text, start)]
        if not _has_any(before, tuple(words.spelled),
                        _prefix_tokens(text, toks, len(before))) and not (
                words.definition and page.echoes(
                    before, first_sentence(page.pack, words.definition), DEFINED)):
            problems.append(f"“{form}” is not spelled out at its first use")
    if problems:
        return item(name, False, "; ".join(problems))
    return item(name, True, "every technical term is explained or has its plain word")


def explained(page: Page, before: str, words: TermWords,
              toks: list[Token] | None = None) -> bool:
    """The plain form, or the definition (its first sentence, in one paragraph), said in
    ``before`` (the text up to the end of the paragraph that uses the term; ``toks``: its
    tokens, when known)."""
    if words.plain and _has_any(before, (words.plain,), toks):
        return True
    if not words.definition:
        return False
    wanted = first_sentence(page.pack, words.definition)
    return any(page.echoes(part, wanted, DEFINED) for part in re.split(r"\n[ \t]*\n", before))


def jargon_forms(forms: Any, stop: frozenset[str]) -> list[str]:
    """The forms of a term that are jargon: its technical form when the term has another
    plain one, and the other forms that share a word of the technical form the plain
    form does not have ("hematopoietic stem cell transplant"; not "stem cell transplants").
    A term whose plain form is its technical form is plain (the lexicon says so); a word
    inside a plain compound is plain ("stamcellen" in "bloedstamcellen")."""
    # the folded words only (a phrase's key: the same words as its tokens, kept per process)
    plain = phrase_key(forms.plain or "")
    technical = phrase_key(forms.technical)
    hard = {w for w in technical if w not in stop and not any(
        same_word(w, p) or (len(w) >= 4 and (w in p or (len(p) >= 4 and p in w)))
        for p in plain)}
    if not hard:
        return []
    out = [forms.technical]
    for form in forms.accepted:
        if form == forms.technical or is_abbreviation(form):
            continue
        if any(any(same_word(norm, h) for h in hard) for norm in phrase_key(form)):
            out.append(form)
    return out


def _has_any(text: str, phrases: tuple[str, ...], toks: list[Token] | None = None) -> bool:
    """Whether ``text`` says one of ``phrases`` (folded, lightly inflected); ``toks``:
    its tokens, when known."""
    found = _phrase_index(phrases).find(text, tokens(text) if toks is None else toks)
    return next(iter(found), None) is not None


def _prefix_tokens(text: str, toks: list[Token], cut: int) -> list[Token] | None:
    """``tokens(text[:cut])`` taken from the tokens of the whole ``text``, where the cut
    falls at white space or the end: no word runs across white space, so the prefix's
    words are the text's words that end by the cut (None where it falls elsewhere)."""
    if cut < len(text) and not text[cut].isspace():
        return None
    return toks[:bisect.bisect_right(toks, cut, key=_end)]


def _end(tok: Token) -> int:
    return tok.end


@functools.lru_cache(maxsize=1024)
def _phrase_index(phrases: tuple[str, ...]) -> PhraseIndex[bool]:
    return PhraseIndex((phrase, True) for phrase in phrases)


def _block_at(page: Page, offset: int) -> tuple[int, int]:
    for b in page.blocks:
        if b.start <= offset < b.end + 1:
            return b.start, b.end
    return offset, len(page.text)


def _headline_end(page: Page) -> int:
    """Where the headline ends (0 when the text has none): an abbreviation in a title is
    spelled out in the running text that follows."""
    top = page.top()
    heads = [b for b in top if b.heading]
    return heads[0].end if heads else 0


def _first_abbreviation(text: str, forms: list[str], after: int) -> tuple[int, str] | None:
    """The first use of one of ``forms`` after ``after``, matched as written (an
    abbreviation is case-sensitive: Portuguese "EM" is no "em")."""
    # the pattern matches one of the forms as written: most texts hold none of a term's
    # abbreviations, and are not searched
    starts = [k for f in forms if (k := text.find(f, after)) >= 0]
    if not starts:
        return None
    pattern = _abbreviation_pattern(tuple(sorted(forms, key=len, reverse=True)))
    m = pattern.search(text, min(starts))
    return (m.start(), m.group()) if m else None


@functools.lru_cache(maxsize=256)
def _abbreviation_pattern(forms: tuple[str, ...]) -> Any:
    # the standard module: these are literal words, and it compiles them far faster
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")


def _sentence_end(page: Page, text: str, offset: int) -> int:
    for a, b in page.pack.sentence_spans(text):
        if a <= offset < b:
            return b
    return offset
