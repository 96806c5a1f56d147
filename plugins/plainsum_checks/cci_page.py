"""A text as the Clear Communication Index reads it (:mod:`.cci`): paragraphs, headings,
the top, and whether a paragraph says a phrase of the sheet or the pack again."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex
from plainsum.factsheet.model import FactSheet
from plainsum.outputs import ScoreItem
from plainsum.pipeline import CheckContext, scored_text

from .text import Token, fold, same_word, shifted_tokens, tokens

# how much of a phrase's content words a paragraph must hold to say it again in its own
# way (a limitation, the pack's "what this means" phrase)
ECHO = 0.6
# a definition is said again with most of its words: "a group of people who did not get
# the treatment" is not yet a definition of a control group
DEFINED = 0.8
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


LEAD_CHARS = 4000
"""At most this much of a paragraph is read for its opening sentences."""


@dataclass(frozen=True)
class Block:
    """A paragraph (text between blank lines) and whether it looks like a heading."""

    start: int
    end: int
    text: str
    heading: bool


# a paragraph: from a character that is no space up to a blank line (what
# ``\S(?:.|\n(?![ \t]*\n))*`` finds, a line at a time rather than a character at a time)
_BLOCK = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def blocks(text: str) -> list[Block]:
    out = []
    for m in _BLOCK.finditer(text):
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
        self._starts: dict[str, dict[str, frozenset[str]]] | None = None
        self._tokens: list[Token] | None = None

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

    def lead(self, block: Block, most: int) -> str:
        """A paragraph's first ``most`` sentences: what a reader takes in first, and all
        the main-message items look at (so a one-paragraph text of a megabyte costs no
        more than its opening)."""
        head = block.text[:LEAD_CHARS]
        spans = self.pack.sentence_spans(head)
        return head[:spans[most - 1][1]] if len(spans) > most else head

    def lead_read(self, block: Block, most: int) -> str:
        """:meth:`lead` as the text holds it, with the white space that follows it there
        ("1. " opens a list, "1." ends a sentence): what the checker read of those
        sentences when it read the whole text."""
        lead = self.lead(block, most)
        if len(lead) == LEAD_CHARS < len(block.text):
            return lead  # cut inside a sentence: read as cut
        end = block.start + len(lead)
        while end < len(self.text) and self.text[end].isspace():
            end += 1
        return self.text[block.start:end]

    def sentences(self, block: Block) -> list[str]:
        return [block.text[a:b] for a, b in self.pack.sentence_spans(block.text)]

    def tokens(self) -> list[Token]:
        """The tokens of the whole text (callers only read them): those of its
        sentences, which the checker has mostly tokenised already, placed where each
        sentence starts (:func:`tiled_tokens`)."""
        if self._tokens is None:
            self._tokens = tiled_tokens(self.text, self.pack.sentence_spans(self.text))
        return self._tokens

    def words(self, text: str) -> list[str]:
        return [t.norm for t in tokens(text)]

    def echoes(self, text: str, phrase: str, share: float = ECHO) -> bool:
        """Whether ``text`` says ``phrase`` (its content words, placeholders left out)."""
        wanted, need = _wanted(phrase, self.stop, share)
        if not wanted:
            return False
        # a plain audience's page is read whole for its terms (the jargon item): its
        # paragraphs' words come from those tokens; another's, paragraph by paragraph
        have = (self._paragraph_starts().get(text) if self.plain else None) or \
            _by_start(text)
        # words that are one word with an inflection share their first four letters;
        # counted until the phrase is said, or can no longer be
        hits, left = 0, len(wanted)
        for w in wanted:
            left -= 1
            near = have.get(w[:4])
            if near is not None and (w in near or any(same_word(w, h) for h in near)):
                hits += 1
                if hits >= need:
                    return True
            elif hits + left < need:
                return False
        return hits >= need


    def _paragraph_starts(self) -> dict[str, dict[str, frozenset[str]]]:
        """:func:`_by_start` of each paragraph, from the tokens of the whole text (which
        the jargon item reads for a plain audience): a word never runs across a blank
        line, so a paragraph's tokens are those of the text within it."""
        if self._starts is None:
            toks = self.tokens()
            starts = [t.start for t in toks]
            self._starts = {}
            for b in self.blocks:
                first = bisect.bisect_left(starts, b.start)
                out: dict[str, set[str]] = {}
                for t in toks[first:]:
                    if t.end > b.end:
                        break
                    out.setdefault(t.norm[:4], set()).add(t.norm)
                self._starts[b.text] = {k: frozenset(v) for k, v in out.items()}
        return self._starts


def tiled_tokens(text: str, spans: list[tuple[int, int]]) -> list[Token]:
    """``tokens(text)`` from the tokens of its pieces ``spans`` (a text's sentences),
    each moved to where the piece starts: the same where nothing but white space stands
    outside the pieces and between any two of them (a word never runs across white
    space, and a word's ending looks only at the character after it). Elsewhere (a piece
    cut inside a word, text left out of every piece) the whole text is tokenised."""
    end = 0
    for a, b in spans:
        if a < end or (a > end and not text[end:a].isspace()) or (a == end and end):
            return tokens(text)
        end = b
    if end < len(text) and not text[end:].isspace():
        return tokens(text)
    out: list[Token] = []
    for a, b in spans:
        out += shifted_tokens(text[a:b], a)
    return out


@functools.lru_cache(maxsize=1024)
def _content(phrase: str, stop: frozenset[str]) -> tuple[str, ...]:
    """A phrase's folded words that carry meaning (placeholders and function words out)."""
    return tuple(t.norm for t in tokens(_PLACEHOLDER.sub(" ", phrase)) if t.norm not in stop)


@functools.lru_cache(maxsize=1024)
def _wanted(phrase: str, stop: frozenset[str], share: float) -> tuple[tuple[str, ...], int]:
    """A phrase's content words and how many of them a text must hold to say it: the
    ``share`` of them, and all of a short phrase's ("the study was retrospective" is not
    "the study was small")."""
    wanted = _content(phrase, stop)
    # the least whole number of words whose part of them reaches the share, found as the
    # share is tested (hits / len(wanted) >= share), not by rounding
    need = next((k for k in range(len(wanted) + 1) if k / len(wanted) >= share),
                len(wanted) + 1) if wanted else 0
    return wanted, max(need, min(len(wanted), 3))


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


def phrase_strings(pack: Any, keys: Iterable[str]) -> list[str]:
    """Every string of the pack's phrasebook under these dotted keys (all variants)."""
    out: list[str] = []
    for key in keys:
        if pack.has_phrase(key):
            out.extend(_strings(pack.phrase(key)))
    return out


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@functools.lru_cache(maxsize=64)
def compiled_words(fragments: tuple[str, ...]) -> Any:
    """One pattern for a pack's word list (regex fragments), whole words, any case."""
    if not fragments:
        return None
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(fragments) + r")(?![\p{L}])",
                         regex.IGNORECASE)


def first_sentence(pack: Any, text: str) -> str:
    """A definition's first sentence: what a text says when it explains a term briefly."""
    spans = pack.sentence_spans(text)
    return text[spans[0][0]:spans[0][1]] if spans else text
