"""Rule ``negation-changed``: a negation or its scope changed around a figure or a finding,
with the numbers intact.

- A figure of an outcome the sheet states without a negation ("4% got an infection")
  said with one ("4% did not get an infection"); its complement ("96% did not") is
  faithful and left alone.
- A figure of an outcome the sheet states with a negation and a direction ("80% did not
  get worse") said with the negation on another direction ("80% did not get better").
- A negated finding that the sheet narrows ("no major bleeding", "no more than mild pain")
  said without its narrowing word ("no bleeding", "no pain").

A flipped direction without a negation ("got worse" for "did not get worse") is
``direction-flipped``, and "not significantly different" turned into "different" is
``invented-difference``, and a finding of some said of no one ("no one got better") is
``direction-flipped`` already: none is reported again here.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Any

import regex
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _NEGATED, _words, through_polarity
from .numbers import read_numbers
from .recall_sheet import SheetWords
from .recall_words import NOBODY, SCOPE, matcher, matches
from .sheet import matches as value_matches
from .sheet import sheet_index
from .text import Token, fold, same_word, tokens

WINDOW = 4  # words between a negation and the outcome word it negates
SPAN = 3  # the words before a finding's noun a narrowing negation stands in
_BREAK = regex.compile(r"[,;:.!?()\n]")
_NEGATIVE = frozenset(_NEGATED.values())  # a direction that is itself a negation


def negations(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    words_of = _words(context.pack)
    if words_of.negation is None:
        return []
    out: list[Finding] = []
    out += _figures(text, context, words)
    out += _narrowed(text, context, words)
    return out


def _finding(span: tuple[int, int], text: str, message: str, fact: str | None,
             expected: str | None) -> Finding:
    return Finding("negation-changed", "error", message, fact, expected,
                   text[span[0]:span[1]], span)


@functools.lru_cache(maxsize=256)
def _label_words(forms: tuple[str, ...], stop: frozenset[str]) -> frozenset[str]:
    return frozenset(t.norm for f in forms for t in tokens(f)
                     if len(t.norm) >= 4 and t.norm not in stop)


def _negated(phrase: str, negation: Any) -> bool:
    return negation.search(phrase) is not None


def _figures(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    index = sheet_index(context.factsheet, context.lexicon)
    sheet, lang = context.factsheet, context.lexicon.lang
    negation = _words(context.pack).negation
    mentions = [m for m in read_numbers(text, context.pack, context.lexicon)
                if m.percent is not None]  # a count inside the clause does not end it
    starts = [m.start for m in mentions]
    toks = tokens(text)
    tok_starts = [t.start for t in toks]
    out = []
    for k, m in enumerate(mentions):
        if m.percent is None:
            continue
        facts = _share_facts(index, m.percent)
        if not facts:
            continue
        end = _clause_end(text, m.end, starts[k + 1] if k + 1 < len(starts) else len(text))
        clause = toks[bisect_left(tok_starts, m.end):bisect_left(tok_starts, end)]
        for fact in facts:
            outcome = sheet.outcomes.get(fact.outcome)
            if outcome is None:
                continue
            forms = tuple(outcome.label.all_forms(lang))
            content = _label_words(forms, words.stop)
            if not content:
                continue
            if not any(_negated(f, negation) for f in forms):
                hit = _negated_word(text, clause, content, negation)
                if hit is not None:
                    label = context.lexicon.outcome(outcome.id)
                    out.append(_finding(
                        (hit[0], hit[1]), text,
                        f"{m.text} is the share who {label}, but here it is said with a "
                        f"negation (\"{text[hit[0]:hit[1]]}\"), which turns it round.",
                        fact.id, label))
                    break
            elif outcome.direction in _NEGATIVE:
                said = [s for s in _words(context.pack).said(text, m.end, end) if s.negated]
                if said and all(through_polarity(s.direction, outcome.polarity)
                                != outcome.direction for s in said):
                    s = said[0]
                    label = context.lexicon.outcome(outcome.id)
                    out.append(_finding(
                        (s.start, s.end), text,
                        f"{m.text} is the share who {label}, but here the negation is on "
                        f"\"{s.text}\", which says something else.", fact.id, label))
                    break
    return out


def _share_facts(index: Any, percent: float) -> list[Any]:
    """The facts of the sheet a share gives, unless it is also the complement of one (a
    text may say "96% did not" for 4%), looked up once per value and sheet."""
    return _SHARES.get((index,), percent, lambda: [] if any(
        value_matches(100 - percent, allowed) for _, allowed in index.shares) else [
        f for f, allowed in index.shares if f.outcome and value_matches(percent, allowed)])


_SHARES: Memo[list[Any]] = Memo(4096)


def _clause_end(text: str, start: int, limit: int) -> int:
    hit = _BREAK.search(text, start, limit)
    return hit.start() if hit else limit


def _negated_word(text: str, clause: list[Token], content: frozenset[str],
                  negation: Any) -> tuple[int, int] | None:
    """A negation in ``clause`` with a word of ``content`` at most WINDOW words after it."""
    for i, tok in enumerate(clause):
        if negation.fullmatch(text, tok.start, tok.end) is None and not (
                text[tok.end:tok.end + 1] in "'’" and negation.fullmatch(
                    text, tok.start, min(len(text), tok.end + 3)) is not None):
            continue
        for nxt in clause[i + 1:i + 1 + WINDOW]:
            if any(same_word(nxt.norm, w) for w in content if w[:3] == nxt.norm[:3]):
                return tok.start, nxt.end
    return None


def _narrowed(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    """A negated finding said without the word that narrows it in the sheet."""
    sheet, lang = context.factsheet, context.lexicon.lang
    negation = _words(context.pack).negation
    scope = matcher(tuple(fold(w) if not w.endswith("*") else fold(w[:-1]) + "*"
                          for w in SCOPE.get(lang, ())), lang)
    nobody = frozenset(fold(w) for w in NOBODY.get(lang, ()) if " " not in w)
    none_claims = {f.outcome for f in sheet.facts_of("claim")
                   if getattr(f, "quantifier", None) == "none"}
    toks = None
    people = frozenset().union(*words.group_words.values())
    out = []
    for outcome in sheet.outcomes.values():
        forms = outcome.label.all_forms(lang)
        negated_label = any(_negated(f, negation) for f in forms)
        if outcome.id not in none_claims and not negated_label:
            continue
        narrow = {t.norm for f in forms for t in tokens(f) if matches(t.norm, *scope)}
        if not narrow:
            continue
        heads = set().union(*(_heads(f, scope, words.stop) for f in forms))
        others = _other_words(sheet, outcome.id, lang, words.stop)
        own = {t.norm for f in forms for t in tokens(f)}
        if toks is None:
            toks = tokens(text)
        for i, tok in enumerate(toks):
            if not any(same_word(tok.norm, h) for h in heads if h[:3] == tok.norm[:3]):
                continue
            before = toks[max(0, i - WINDOW - 1):i]
            if any(_BREAK.search(text, b.end, tok.start) for b in before[-1:]):
                continue
            negs = [b for b in _near(before, words.stop)
                    if negation.fullmatch(text, b.start, b.end) or b.norm in nobody]
            between = [b.norm for b in before if b.start > negs[-1].start] if negs else []
            if not negs or _BREAK.search(text, negs[-1].end, tok.start) or any(
                    w in others for w in between) or sum(
                    w not in words.stop and w not in own and w not in people
                    for w in between) > 1:
                continue  # a negation of something else ("no difference in visits for")
            after = toks[i + 1:i + 3]
            if text[tok.end:tok.end + 1] in "-‐" or any(
                    matches(b.norm, *scope) for b in (*before, *after)):
                continue  # narrowed as the sheet has it, or part of a longer word
            label = context.lexicon.outcome(outcome.id)
            out.append(_finding(
                (negs[-1].start, tok.end), text,
                f"\"{text[negs[-1].start:tok.end]}\" leaves out what narrows the finding: "
                f"the fact sheet's is about \"{label}\", not about any.", None, label))
    return out


def _heads(phrase: str, scope: tuple[frozenset[str], tuple[str, ...]],
           stop: frozenset[str]) -> set[str]:
    """A finding's noun: the word beside the one that narrows it ("bleeding" in "had major
    bleeding", "hemorragia" in "tuvieron una hemorragia grave", "Blutung" in "von einer
    schweren Blutung betroffen")."""
    toks = [t.norm for t in tokens(phrase)]
    out = set()
    for i, word in enumerate(toks):
        if matches(word, *scope):
            for j in (i - 1, i + 1):
                if 0 <= j < len(toks) and len(toks[j]) >= 4 and toks[j] not in stop \
                        and not matches(toks[j], *scope):
                    out.add(toks[j])
    return out


def _near(before: list[Token], stop: frozenset[str]) -> list[Token]:
    """The words before a noun up to SPAN words that carry meaning back (articles and
    other function words do not count: "ningún paciente tuvo una hemorragia")."""
    out: list[Token] = []
    content = 0
    for tok in reversed(before):
        out.append(tok)
        if tok.norm not in stop:
            content += 1
            if content >= SPAN:
                break
    return out[::-1]


@functools.lru_cache(maxsize=64)
def _other_words_of(sheet_id: int, forms: tuple[tuple[str, ...], ...], own: tuple[str, ...],
                    stop: frozenset[str]) -> frozenset[str]:
    mine = {t.norm for f in own for t in tokens(f)}
    return frozenset(t.norm for group in forms for f in group for t in tokens(f)
                     if t.norm not in mine and t.norm not in stop and len(t.norm) >= 4)


def _other_words(sheet: Any, outcome_id: str, lang: str, stop: frozenset[str]
                 ) -> frozenset[str]:
    """The words of the sheet's other outcomes' labels that this one's lacks."""
    forms = tuple(tuple(o.label.all_forms(lang)) for o in sheet.outcomes.values()
                  if o.id != outcome_id)
    own = tuple(sheet.outcomes[outcome_id].label.all_forms(lang))
    return _other_words_of(id(sheet), forms, own, stop)
