"""The CDC Clear Communication Index, on the items a program can judge honestly.

The index (CDC, 2014; its items are public) asks of a text for the public: one main
message, at the top and set apart; a call to action; the audience's language; numbers the
audience uses; the state of the science; the risk. This validator scores six of them from
what the fact sheet and the language pack know, in every language:

``main-message-first``   the headline or the first paragraph of running text states the
                         sheet's main finding;
``main-message-set-apart`` the paragraph that states it is a heading, bold, or a short
                         paragraph of its own;
``action``               a statement of what the reader can do or should know (the pack's
                         ``summary.meaning`` phrases; plain audiences only);
``numbers``              the same denominators throughout (natural frequencies and
                         percentages), shares with one precision ("4 %" beside "7.3 %"
                         fails), no ratio without words for plain audiences;
``jargon``               every term of the sheet said in its technical form has its plain
                         form or its definition nearby, every abbreviation is spelled out at
                         its first use in running text (plain audiences only);
``uncertainty``          the key limitation, and for an observational study that it cannot
                         show a cause, is stated (when the sheet has a limitation or is
                         observational).

An item that does not apply to the text's audience or kind is ``n/a`` and left out of the
score (percent of judged items passed). The score is no error: a text fails on it only
when the sheet asks for a minimum (``cci_min``). Posts and glossaries are not scored.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex
from plainsum.factsheet.model import Fact, FactSheet
from plainsum.outputs import Finding, Score, ScoreItem
from plainsum.pipeline import CheckContext, scored_text

from .numbers import Mention, read_numbers
from .sheet import allowed_values, matches, term_forms
from .text import PhraseIndex, fold, same_word, tokens

TITLE = "Clear Communication Index"
ITEMS = ("main-message-first", "main-message-set-apart", "action", "numbers", "jargon",
         "uncertainty")
# how much of a phrase's content words a paragraph must hold to say it again in its own
# way (a limitation, a definition, the pack's "what this means" phrase)
ECHO = 0.6
# a definition is said again with most of its words: "a group of people who did not get
# the treatment" is not yet a definition of a control group
DEFINED = 0.8
# a paragraph that sets the main message apart holds no more sentences than this
LEAD_SENTENCES = 3
# pack phrases that say what a reader can do or should know (any string beneath)
ACTION_PHRASES = ("summary.meaning",)
# pack phrases that say an observational design cannot show a cause
ASSOCIATION_PHRASES = ("summary.association",)
# kinds whose figure may carry the main finding
_FIGURES = frozenset({"percent", "frequency", "number", "fold", "points", "ratio", "multiple",
                      "fraction", "duration", "range"})
_EFFECT_KINDS = ("ratio", "relative-change", "difference")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# an abbreviation: one word with two or more capitals and no more small letters than
# capitals ("MS", "aHSCT", "HSCs", "SEP-RR"), never "C-section"
_ABBREVIATION = re.compile(r"[A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*")


class CCIValidator:
    """Scores a summary on the judgeable items of the Clear Communication Index."""

    name = "cci"

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        """No finding unless the sheet asks for a minimum score and the text is below it."""
        score = self.score(text, context)
        minimum = minimum_score(context)
        if score is None or score.score is None or minimum is None or score.score >= minimum:
            return []
        failed = ", ".join(i.item for i in score.items if i.passed is False)
        return [Finding("cci-below-minimum", "error",
                        f"{TITLE} {score.score:g} is below the sheet's minimum {minimum:g} "
                        f"(not passed: {failed})", expected=f"{minimum:g}",
                        found=f"{score.score:g}")]

    def score(self, text: str, context: CheckContext) -> Score | None:
        """The index for a summary-like text; None for a post or a glossary."""
        if not scored(context):
            return None
        audience = context.audience.id if context.audience else None
        key = ("cci", text, audience)
        return context.lexicon.remember(key, lambda: Score(TITLE, judge(text, context)))


def scored(context: CheckContext) -> bool:
    """Summaries and texts checked against the sheet: not a post (a platform's length
    rule) nor an output that states no fact (a glossary)."""
    output = context.output
    return output is None or (output.platform is None and bool(output.facts))


def minimum_score(context: CheckContext) -> float | None:
    """The sheet's ``cci_min``: one number, or one per audience id."""
    raw = context.factsheet.raw.get("cci_min")
    if isinstance(raw, dict):
        raw = raw.get(context.audience.id) if context.audience else None
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None


def judge(text: str, context: CheckContext) -> list[ScoreItem]:
    """Every item, judged or n/a, in :data:`ITEMS` order."""
    page = Page(text, context)
    return [main_first(page), set_apart(page), action(page), numbers(page), jargon(page),
            uncertainty(page)]


# --- the text as a reader sees it ---------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A paragraph (text between blank lines) and whether it looks like a heading."""

    start: int
    end: int
    text: str
    heading: bool


def blocks(text: str) -> list[Block]:
    out = []
    for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        body = m.group().rstrip()
        out.append(Block(m.start(), m.start() + len(body), body, is_heading(body)))
    return out


def is_heading(body: str) -> bool:
    """One line that a reader sees as a heading: Markdown ``#``, a bold line, or a short
    line that does not end a sentence ("What did the study find?", a title)."""
    if "\n" in body:
        return False
    if body.startswith("#") or (body.startswith("**") and body.endswith("**")):
        return True
    return len(body.split()) <= 40 and not body.endswith((".", ":", ";", ",", "…", "»", "”"))


class Page:
    """One text with what every item asks of it: paragraphs, the top, folded tokens of
    each paragraph, the text without the sheet's verbatim quotes."""

    def __init__(self, text: str, context: CheckContext):
        self.context = context
        self.sheet: FactSheet = context.factsheet
        self.pack, self.lexicon, self.audience = context.pack, context.lexicon, context.audience
        # judged as a reader meets it: the sheet's verbatim quotes are the speaker's words
        self.text = scored_text(text, self.lexicon) if self.sheet.quotes else text
        self.blocks = blocks(self.text)
        self.stop = stopwords(self.pack)

    @property
    def plain(self) -> bool | None:
        """Whether the audience reads plain words; None for a text with no audience."""
        if self.audience is None:
            return None
        return self.audience.register == "plain" or bool(self.audience.explain_terms)

    def top(self) -> list[Block]:
        """The headline and the first paragraph of running text (with what stands before
        them: an embargo line): up to the first paragraph after a heading, or the first
        paragraph of a text without headings."""
        out: list[Block] = []
        seen_heading = False
        for block in self.blocks:
            out.append(block)
            if block.heading:
                seen_heading = True
            elif seen_heading:
                return out
        return out if seen_heading else self.blocks[:1]

    def sentences(self, block: Block) -> list[str]:
        return [block.text[a:b] for a, b in self.pack.sentence_spans(block.text)]

    def words(self, text: str) -> list[str]:
        return [t.norm for t in tokens(text)]

    def echoes(self, text: str, phrase: str, share: float = ECHO) -> bool:
        """Whether ``text`` says ``phrase`` (its content words, placeholders left out)."""
        wanted = [w for w in self.words(_PLACEHOLDER.sub(" ", phrase)) if w not in self.stop]
        if not wanted:
            return False
        have = _by_start(text)
        # words that are one word with an inflection share their first four letters
        hits = sum(1 for w in wanted if w in have.get(w[:4], ()) or any(
            same_word(w, h) for h in have.get(w[:4], ())))
        # a short phrase is said only with all its words ("the study was retrospective"
        # is not "the study was small")
        return hits / len(wanted) >= share and hits >= min(len(wanted), 3)


@functools.lru_cache(maxsize=1024)
def _by_start(text: str) -> dict[str, frozenset[str]]:
    """A text's folded words by their first four letters."""
    out: dict[str, set[str]] = {}
    for t in tokens(text):
        out.setdefault(t.norm[:4], set()).add(t.norm)
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=64)
def _stopwords(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def stopwords(pack: Any) -> frozenset[str]:
    return _stopwords(frozenset(getattr(pack, "stopwords", None) or ()))


def item(name: str, passed: bool | None, note: str) -> ScoreItem:
    return ScoreItem(name, passed, note)


def na(name: str, why: str) -> ScoreItem:
    return ScoreItem(name, None, f"n/a: {why}")


# --- main message ------------------------------------------------------------------------


def main_fact(sheet: FactSheet) -> Fact | None:
    """The sheet's main finding: ``main_fact``, else its first key result."""
    if sheet.main_fact and sheet.main_fact in sheet.facts:
        fact = sheet.facts[sheet.main_fact]
        if not fact.background:
            return fact
    return next((f for f in sheet.key_facts if not f.background and f.kind not in
                 ("count", "period", "timepoints", "mean")), None)


def states(page: Page, part: str, fact: Fact) -> bool:
    """Whether ``part`` of the page states ``fact``: each of its figures (both arms of a
    comparison), or, for a finding with no figure, its outcome's words."""
    needed = figures_of(page.sheet, fact)
    if needed:
        said = [m for m in read_numbers(part, page.pack, page.lexicon) if m.kind in _FIGURES]
        values = [v for m in said for v in (m.value, m.percent) if v is not None]
        return all(any(matches(v, allowed) for v in values) for allowed in needed)
    labels = [f for oid in (fact.outcome,) if oid in page.sheet.outcomes
              for f in page.sheet.outcomes[oid].label.all_forms(page.lexicon.lang)]
    if not labels:
        return False
    found = PhraseIndex((label, True) for label in labels).find(part, tokens(part))
    return next(iter(found), None) is not None


def figures_of(sheet: FactSheet, fact: Fact) -> list[set[float]]:
    """The values a text may give for each figure of ``fact``."""
    arms = [sheet.facts[a] for a in getattr(fact, "facts", ()) if a in sheet.facts]
    if arms:
        return [s for arm in arms if (s := allowed_values(arm))]
    own = allowed_values(fact)
    if own:
        return [own]
    if fact.kind == "range":
        return [{float(fact.low)}, {float(fact.high)}]  # type: ignore[attr-defined]
    return []


def main_first(page: Page) -> ScoreItem:
    name = "main-message-first"
    fact = main_fact(page.sheet)
    if fact is None:
        return na(name, "the sheet has no main finding")
    top = page.top()
    if top and states(page, page.text[top[0].start:top[-1].end], fact):
        return item(name, True, f"the top states the main finding ({fact.id})")
    return item(name, False, f"the headline and first paragraph do not state the main "
                             f"finding ({fact.id})")


def set_apart(page: Page) -> ScoreItem:
    name = "main-message-set-apart"
    fact = main_fact(page.sheet)
    if fact is None:
        return na(name, "the sheet has no main finding")
    block = next((b for b in page.blocks if states(page, b.text, fact)), None)
    if block is None:
        return item(name, False, f"the main finding ({fact.id}) is not stated")
    if block.heading or "**" in block.text:
        return item(name, True, "the main finding is a heading or bold")
    count = len(page.sentences(block))
    if len(page.blocks) > 1 and count <= LEAD_SENTENCES:
        return item(name, True, f"the main finding is a paragraph of its own ({count} "
                                f"sentence{'s' if count != 1 else ''})")
    where = "the text is one paragraph" if len(page.blocks) == 1 else \
        f"its paragraph has {count} sentences"
    return item(name, False, f"the main finding is not set apart: {where}")


# --- what the reader can do or should know ------------------------------------------------


def phrase_strings(pack: Any, keys: Iterable[str]) -> list[str]:
    """Every string of the pack's phrasebook under these dotted keys (all variants)."""
    out: list[str] = []
    for key in keys:
        node: Any = pack.phrases
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        out.extend(_strings(node))
    return out


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def action(page: Page) -> ScoreItem:
    name = "action"
    if not page.plain:
        return na(name, "for plain-language readers only" if page.audience
                  else "no audience given")
    phrases = phrase_strings(page.pack, ACTION_PHRASES)
    if not phrases:
        return item(name, False, "no statement of what the reader can do or should know "
                                 f"(the {page.pack.code} pack has no summary.meaning phrase)")
    for block in page.blocks:
        if any(page.echoes(block.text, p) for p in phrases):
            return item(name, True, "says what the reader can do or should know")
    return item(name, False, "no statement of what the reader can do or should know")


# --- numbers -----------------------------------------------------------------------------


def numbers(page: Page) -> ScoreItem:
    name = "numbers"
    said = [m for m in read_numbers(page.text, page.pack, page.lexicon)
            if m.kind in ("percent", "frequency", "ratio")]
    if not said:
        return na(name, "no shares, frequencies or ratios")
    problems = [p for p in (denominators(page, said), precision(page, said),
                            bare_ratios(page, said)) if p]
    if problems:
        return item(name, False, "; ".join(problems))
    ratios = page.plain and any(m.kind == "ratio" for m in said)
    return item(name, True, "one denominator, one precision"
                + (", ratios in words" if ratios else ""))


def effect_values(sheet: FactSheet) -> set[float]:
    """Figures of ratios and changes: a percentage that is one is no share of a group."""
    return {v for f in sheet.facts_of(*_EFFECT_KINDS) for v in allowed_values(f)}


def share_values(sheet: FactSheet) -> set[float]:
    return {v for f in sheet.facts.values() if f.kind not in _EFFECT_KINDS
            for v in allowed_values(f)}


def shares(page: Page, said: list[Mention]) -> list[Mention]:
    """The percentages that are shares of a group: not a ratio's or a change's figure
    (a percentage the sheet gives both ways counts as a share)."""
    effects, plain_shares = effect_values(page.sheet), share_values(page.sheet)
    return [m for m in said if m.kind == "percent"
            and (not matches(m.value, effects) or matches(m.value, plain_shares))]


def denominators(page: Page, said: list[Mention]) -> str | None:
    """Natural frequencies and percentages (per 100) with different denominators."""
    seen: dict[float, str] = {}
    for m in said:
        if m.kind == "frequency" and m.second:
            seen.setdefault(m.second, m.text)
    share = next(iter(shares(page, said)), None)
    if share is not None and seen:
        seen.setdefault(100.0, share.text)
    if len(seen) < 2:
        return None
    return "different denominators: " + ", ".join(f"“{t}”" for t in seen.values())


def precision(page: Page, said: list[Mention]) -> str | None:
    """Shares written with different numbers of decimals ("4 %" beside "7.3 %"); a
    hedged bound ("less than 1 %") has no precision to keep."""
    first: dict[int, str] = {}
    for m in shares(page, said):
        if m.hedge is None:
            first.setdefault(m.decimals, m.text)
    if len(first) < 2:
        return None
    return "shares with different precision: " + " beside ".join(
        f"“{first[d]}”" for d in sorted(first))


def bare_ratios(page: Page, said: list[Mention]) -> str | None:
    """For plain readers, a ratio said only as a figure or an abbreviation ("HR 0.62")."""
    if not page.plain:
        return None
    words = ratio_words(page.pack)
    for m in said:
        if m.kind != "ratio":
            continue
        before = page.text[max(0, page.text.rfind("\n", 0, m.start) + 1, m.start - 60):m.start]
        if words is None or not words.search(before):
            return f"a ratio without words: “{before[-12:].lstrip()}{m.text}”"
    return None


@functools.lru_cache(maxsize=64)
def _compiled_words(fragments: tuple[str, ...]) -> Any:
    if not fragments:
        return None
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(fragments) + r")(?![\p{L}])",
                         regex.IGNORECASE)


def ratio_words(pack: Any) -> Any:
    forms = tuple(f for fs in (getattr(pack, "ratio_words", None) or {}).values() for f in fs)
    return _compiled_words(forms)


# --- jargon ------------------------------------------------------------------------------


def is_abbreviation(form: str) -> bool:
    if " " in form or not _ABBREVIATION.fullmatch(form):
        return False
    upper = sum(c.isupper() for c in form)
    return upper >= 2 and upper > sum(c.islower() for c in form)


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
    the text's language: the sheet's own over the pack's term bank (once per run)."""
    return page.lexicon.remember(("cci-terms",), lambda: _term_words(page))


def _term_words(page: Page) -> dict[str, TermWords]:
    out = {}
    for term_id, term in page.sheet.terms.items():
        forms = term_forms(page.lexicon, term_id)
        if forms is None or not term.jargon:
            continue
        plain = forms.plain if forms.plain and fold(forms.plain) != fold(forms.technical) \
            and not is_abbreviation(forms.plain) else None
        # a term whose plain form is an abbreviation ("MS") is plain once spelled out:
        # its technical form is that spelling ("multiple sclerosis")
        spelled_is_plain = bool(forms.plain) and is_abbreviation(forms.plain)
        out[term_id] = TermWords(
            [] if spelled_is_plain else jargon_forms(forms, page.stop),
            [f for f in forms.accepted if is_abbreviation(f)],
            [f for f in forms.accepted if not is_abbreviation(f)],
            plain, forms.definition)
    return out


def jargon(page: Page) -> ScoreItem:
    name = "jargon"
    if not page.plain:
        return na(name, "technical readers" if page.audience else "no audience given")
    text = page.text
    terms = term_words(page)
    # every form of every term, so that the longest wins: "EM surto-remissão" (a plain
    # form) holds "remissão" (the technical form of another term), which is no use of it
    index = PhraseIndex((form, (term_id, form in words.jargon))
                        for term_id, words in terms.items()
                        for form in (*words.spelled, *([words.plain] if words.plain else ())))
    uses: dict[str, list[tuple[int, int]]] = {}
    for m in index.find(text, tokens(text)):
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
        if not explained(page, text[:until], words):
            problems.append(f"“{text[first[0]:first[1]]}” has no plain word or "
                            f"explanation nearby")
    for words in terms.values():
        found = _first_abbreviation(text, words.abbreviations, after=headline)
        if found is None:
            continue
        start, form = found
        before = text[:_sentence_end(page, text, start)]
        if not any(_has_phrase(before, f) for f in words.spelled) and not (
                words.definition and page.echoes(
                    before, _first_sentence(page, words.definition), DEFINED)):
            problems.append(f"“{form}” is not spelled out at its first use")
    if problems:
        return item(name, False, "; ".join(problems))
    return item(name, True, "every technical term is explained or has its plain word")


def explained(page: Page, before: str, words: TermWords) -> bool:
    """The plain form, or the definition (its first sentence, in one paragraph), said in
    ``before`` (the text up to the end of the paragraph that uses the term)."""
    if words.plain and _has_phrase(before, words.plain):
        return True
    if not words.definition:
        return False
    wanted = _first_sentence(page, words.definition)
    return any(page.echoes(part, wanted, DEFINED) for part in re.split(r"\n[ \t]*\n", before))


def jargon_forms(forms: Any, stop: frozenset[str]) -> list[str]:
    """The forms of a term that are jargon: its technical form when the term has another
    plain one, and the other forms that share a word of the technical form the plain
    form does not have ("hematopoietic stem cell transplant"; not "stem cell transplants").
    A term whose plain form is its technical form is plain (the lexicon says so); a word
    inside a plain compound is plain ("stamcellen" in "bloedstamcellen")."""
    plain = [t.norm for t in tokens(forms.plain or "")]
    technical = [t.norm for t in tokens(forms.technical)]
    hard = {w for w in technical if w not in stop and not any(
        same_word(w, p) or (len(w) >= 4 and (w in p or (len(p) >= 4 and p in w)))
        for p in plain)}
    if not hard:
        return []
    out = [forms.technical]
    for form in forms.accepted:
        if form == forms.technical or is_abbreviation(form):
            continue
        if any(any(same_word(t.norm, h) for h in hard) for t in tokens(form)):
            out.append(form)
    return out


def _has_phrase(text: str, phrase: str) -> bool:
    found = PhraseIndex([(phrase, True)]).find(text, tokens(text))
    return next(iter(found), None) is not None


def _block_at(page: Page, offset: int) -> tuple[int, int]:
    for b in page.blocks:
        if b.start <= offset < b.end + 1:
            return b.start, b.end
    return offset, len(page.text)


def _first_sentence(page: Page, text: str) -> str:
    spans = page.pack.sentence_spans(text)
    return text[spans[0][0]:spans[0][1]] if spans else text


def _headline_end(page: Page) -> int:
    """Where the headline ends (0 when the text has none): an abbreviation in a title is
    spelled out in the running text that follows."""
    top = page.top()
    heads = [b for b in top if b.heading]
    return heads[0].end if heads else 0


def _first_abbreviation(text: str, forms: list[str], after: int) -> tuple[int, str] | None:
    """The first use of one of ``forms`` after ``after``, matched as written (an
    abbreviation is case-sensitive: Portuguese "EM" is no "em")."""
    if not forms:
        return None
    pattern = _abbreviation_pattern(tuple(sorted(forms, key=len, reverse=True)))
    m = pattern.search(text, after)
    return (m.start(), m.group()) if m else None


@functools.lru_cache(maxsize=256)
def _abbreviation_pattern(forms: tuple[str, ...]) -> Any:
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, forms))
                         + r")(?![\p{L}\p{N}])")


def _sentence_end(page: Page, text: str, offset: int) -> int:
    for a, b in page.pack.sentence_spans(text):
        if a <= offset < b:
            return b
    return offset


# --- uncertainty -------------------------------------------------------------------------


def key_limitations(sheet: FactSheet) -> list[str]:
    """The limitations the sheet marks ``key``; all of them when it marks none (any one
    then will do)."""
    marked = [raw.get("id") for raw in sheet.raw.get("limitations", []) or []
              if isinstance(raw, dict) and raw.get("key")]
    return [m for m in marked if m in sheet.limitations] or list(sheet.limitations)


def uncertainty(page: Page) -> ScoreItem:
    name = "uncertainty"
    sheet, lang = page.sheet, page.lexicon.lang
    observational = sheet.evidence == "observational"
    if not sheet.limitations and not observational:
        return na(name, "the sheet has no limitation and the study is not observational")
    paragraphs = [page.text] + [b.text for b in page.blocks]
    missing: list[str] = []
    if sheet.limitations:
        keys = key_limitations(sheet)
        marked = keys != list(sheet.limitations) or len(keys) == 1
        said = [k for k in keys if any(
            page.echoes(p, form) for form in sheet.limitations[k].text.all_forms(lang)
            for p in paragraphs[1:])]
        if (marked and len(said) < len(keys)) or not said:
            left = [k for k in keys if k not in said]
            missing.append("the key limitation (" + ", ".join(left) + ")" if marked
                           else "no limitation of the sheet")
    if observational and not says_no_cause(page):
        missing.append("that an observational study cannot show a cause")
    if missing:
        return item(name, False, "not stated: " + "; ".join(missing))
    return item(name, True, "the key limitation is stated"
                + (" and that the design cannot show a cause" if observational else ""))


def says_no_cause(page: Page) -> bool:
    """The pack's own words for "a link, not a cause", or a sentence with a negation
    and a word of causing ("cannot tell whether ... caused")."""
    phrases = phrase_strings(page.pack, ASSOCIATION_PHRASES)
    if any(page.echoes(b.text, p) for b in page.blocks for p in phrases):
        return True
    negation = _compiled_words(tuple(getattr(page.pack, "negations", None) or ()))
    causing = _compiled_words(tuple(getattr(page.pack, "causing", None) or ()))
    if negation is None or causing is None:
        return False
    return any(negation.search(s) and causing.search(s)
               for b in page.blocks for s in page.sentences(b))
