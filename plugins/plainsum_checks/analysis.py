"""What the built-in validators read of a text, declared in one place.

Each part (:class:`plainsum.analysis.Part`) is read once per text, the first time a
validator asks ``analysis_of(text, context)[PART]``, and handed to every other validator
that asks (``check_text`` made the analysis: :mod:`plainsum.analysis`). The parts read
the text against the fact sheet in its language and never look at the audience or the
output, so outputs with the same text share them. The sentences (``analysis.sentences``)
are the core's; all other spans are offsets into the analysed text too.

Shared by several validators: :data:`NUMBERS`, :data:`QUOTES`, :data:`REPORTED`,
:data:`GROUP_CUES`, :data:`DIRECTIONS`, :data:`CLAIMS`, :data:`TOKENS`. One validator's
own reading of the text, kept so that outputs with the same text are read once:
:data:`FACTS`, :data:`NAMES`, :data:`RECALL`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plainsum.analysis import Part, Span, TextAnalysis

if TYPE_CHECKING:
    from plainsum.outputs import Finding

    from .context import Cue
    from .directions import _Sentence
    from .facts import Reading
    from .numbers import Mention
    from .text import Token


def _numbers(a: TextAnalysis) -> tuple[Mention, ...]:
    from .numbers import text_numbers

    return text_numbers(a.text, a.pack, a.lexicon)


def _quotes(a: TextAnalysis) -> tuple[Span, ...]:
    from .directions import quote_spans

    return tuple(quote_spans(a.text, list(a.sentences), a.factsheet, a.lexicon.lang, a.lexicon))


def _reported(a: TextAnalysis) -> tuple[Span, ...]:
    from .reported import reported_spans

    return tuple(reported_spans(a.text, list(a.sentences), a.pack))


def _rejected(a: TextAnalysis) -> tuple[Span, ...]:
    from .reported import reported_spans

    return tuple(reported_spans(a.text, list(a.sentences), a.pack, rejected=True))


def _group_cues(a: TextAnalysis) -> tuple[Cue, ...]:
    from .context import group_cues
    from .sheet import sheet_index

    index = sheet_index(a.factsheet, a.lexicon)
    return tuple(group_cues(a.text, list(a.sentences), index, a.lexicon))


def _directions(a: TextAnalysis) -> list[_Sentence]:
    from .directions import _read_sentences

    return _read_sentences(a.text, a.context)


def _claims(a: TextAnalysis) -> frozenset[str]:
    from .directions import _stated_claims

    return frozenset(_stated_claims(a.text, a.context))


def _tokens(a: TextAnalysis) -> list[Token]:
    from .text import shifted_tokens

    out: list[Token] = []
    for start, end in a.sentences:
        out += shifted_tokens(a.text[start:end], start)
    return out


def _facts(a: TextAnalysis) -> Reading:
    from .facts import _read
    from .sheet import sheet_index

    return _read(a.text, a.context, sheet_index(a.factsheet, a.lexicon))


def _names(a: TextAnalysis) -> tuple[list[Finding], frozenset[str | None]]:
    from .names import _compiled, _read_text
    from .text import mask_addresses

    return _read_text(mask_addresses(a.text), a.context, _compiled(a.context))


def _recall(a: TextAnalysis) -> tuple[Finding, ...]:
    from .recall import _read
    from .recall_sheet import sheet_words

    return tuple(_read(a.text, a.context, sheet_words(a.context)))


NUMBERS: Part[tuple[Mention, ...]] = Part("numbers", _numbers)
"""Every number the text says, read as its language writes numbers (digits, words,
shares, frequencies, ratios, durations), each a frozen :class:`.numbers.Mention` with its
span, in text order."""

QUOTES: Part[tuple[Span, ...]] = Part("quotes", _quotes)
"""Where the sheet's reviewed quotes stand in the text: their words are the speaker's."""

REPORTED: Part[tuple[Span, ...]] = Part("reported", _reported)
"""Where the text quotes a claim to weigh it (a fact check's "the figure going round")."""

REJECTED: Part[tuple[Span, ...]] = Part("rejected", _rejected)
"""Of the :data:`REPORTED` claims, those the text gives a verdict against."""

GROUP_CUES: Part[tuple[Cue, ...]] = Part("group-cues", _group_cues)
"""Where the text names one of the sheet's groups (or a time), sentence by sentence."""

DIRECTIONS: Part[list[_Sentence]] = Part("directions", _directions)
"""Each sentence outside the quotes with the outcomes it speaks of and the directions
(up, down, no change; negated or not) it states: read by the direction rule, the
facts' no-difference reading, negations and secondary flips. Callers only read it."""

CLAIMS: Part[frozenset[str]] = Part("claims", _claims)
"""The sheet's claim facts ("in some, disability improved") the text states."""

TOKENS: Part[list[Token]] = Part("tokens", _tokens)
"""The text's words (folded), sentence by sentence, with their offsets in the text: the
other validators have most of its sentences tokenised already (kept by
:func:`.text.tokens`), so only their offsets are moved. Callers only read it."""

FACTS: Part[Reading] = Part("facts", _facts)
"""The facts validator's reading: the figures judged against the sheet (findings) and
the facts the text states (what it must state depends on the output, and is not here)."""

NAMES: Part[tuple[list[Finding], frozenset[str | None]]] = Part("names", _names)
"""The names validator's reading (links and handles masked): corrupted terms and altered
names, and the ids of the terms and names the text says."""

RECALL: Part[tuple[Finding, ...]] = Part("recall", _recall)
"""The recall validator's findings: wrong referents, swapped terms, changed negations,
garbled terms, flipped secondary findings."""
