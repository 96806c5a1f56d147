"""What the sheet says in one language, and whether a phrase of a text is said as a
claim: shared by the rules that report a claim the sheet never makes (a design, a
safety verdict, a population, a certainty).

Each of those rules asks two questions. Does the sheet itself use the words (then the
text may: a sheet that speaks of a randomised trial in its background, of safety in its
results, of women in its groups)? And is the phrase in the text said, not denied,
hedged, asked or quoted from a claim the text weighs?
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from operator import itemgetter
from typing import Any

import regex
from plainsum.analysis import Part, TextAnalysis, analysis_of
from plainsum.factsheet.model import FactSheet
from plainsum.memo import Memo
from plainsum.pipeline import CheckContext

from .analysis import REPORTED, TOKENS
from .claims import _vocab as claim_words
from .text import fold

_CLAUSE_END = regex.compile(r"[,;:—–()]|\s(?:but|yet|pero|aunque|mais|aber|doch|ma|però|mas)\s",
                            regex.IGNORECASE)
NEGATION_WINDOW = 8  # words before a phrase, in its clause, that can deny or hedge it


_Flat = tuple[tuple[str | None, tuple[str, ...], str], ...]


def _flatten(node: Any, lang: str | None, path: tuple[str, ...],
             out: list[tuple[str | None, tuple[str, ...], str]]) -> None:
    if isinstance(node, str):
        out.append((lang, path, node))
    elif isinstance(node, dict):
        for key, value in node.items():
            key = str(key)
            if key in _NOTES:
                continue  # a reviewer's note or a source quote: no wording of the sheet's
            if len(key) == 2 and key.isalpha() and key.islower():
                _flatten(value, key, path, out)  # a language's wording
            else:
                _flatten(value, lang, (*path, key), out)
    elif isinstance(node, list):
        for value in node:
            _flatten(value, lang, path, out)


_NOTES = frozenset({"review", "source_span", "source_spans", "note", "notes"})


def _flat(sheet: FactSheet) -> _Flat:
    """Every string of the sheet with its language (None: the same in every language)
    and the keys above it, read once per sheet."""
    def read() -> _Flat:
        out: list[tuple[str | None, tuple[str, ...], str]] = []
        _flatten(sheet.raw, None, (), out)
        return tuple(out)

    return _FLAT.get((sheet,), None, read)


_FLAT: Memo[_Flat] = Memo(16)


def sheet_text(sheet: FactSheet, lang: str, skip: tuple[str, ...] = ()) -> str:
    """Every string of the sheet in ``lang`` (and the language-neutral ones in the
    sheet's own language), one a line; ``skip``: keys left out wherever they stand
    (``limitations``: what the study could not show is no claim of the sheet's). Read
    once per sheet, language and ``skip``."""
    def read() -> str:
        own = lang == sheet.lang
        return "\n".join(text for said_in, path, text in _flat(sheet)
                         if (said_in == lang or (said_in is None and own))
                         and not (skip and any(k in skip for k in path)))

    return _SHEET_TEXTS.get((sheet,), (lang, skip), read)


_SHEET_TEXTS: Memo[str] = Memo(64)


def remembered_sheet_text(context: CheckContext, skip: tuple[str, ...] = ()) -> str:
    return sheet_text(context.factsheet, context.lexicon.lang.split("-")[0], skip)


@functools.lru_cache(maxsize=512)
def compiled(body: str) -> regex.Pattern[str]:
    """``body`` as a pattern of whole words, case-insensitive: compiled once per process
    (a pattern of a language's words is the same for every sheet)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])",
                         regex.IGNORECASE)


def stems(*words: str) -> tuple[str, ...]:
    """Beginnings of words (a trailing space: a whole word), folded as the text's
    words are: what :func:`holds` looks for."""
    return tuple(" " + " ".join(fold(w) for w in _PARTS.split(word.strip()))
                 + (" " if word.endswith(" ") else "") for word in words)


_PARTS = regex.compile(r"[\s\-'’]+")  # what the text's words are split at


_NORM = itemgetter(0)  # a token's folded word


def _joined(a: TextAnalysis) -> str:
    return " " + " ".join(map(_NORM, a[TOKENS])) + " "


JOINED: Part[str] = Part("joined-words", _joined)
"""The text's folded words, one space between and around: one string that a beginning of
a word (a stem) is found in by a substring search, far cheaper than any pattern."""


def _starts(a: TextAnalysis) -> list[int]:
    return list(accumulate(map((1).__add__, map(len, map(_NORM, a[TOKENS]))), initial=0))


STARTS: Part[list[int]] = Part("joined-word-starts", _starts)
"""Where each word starts in :data:`JOINED` (at the space before it)."""

WORDS: Part[frozenset[str]] = Part("word-set", lambda a: frozenset(map(_NORM, a[TOKENS])))
"""The text's folded words as a set."""


SORTED: Part[list[str]] = Part("sorted-words", lambda a: sorted(a[WORDS]))
"""The text's distinct folded words in order: a word beginning with a stem is found by
bisection, a few hundred nanoseconds a stem (a substring search of the text costs
microseconds)."""


def holds(text: str, context: CheckContext, wanted: tuple[str, ...]) -> bool:
    """Whether the text may hold one of ``wanted`` (:func:`stems`): a word that begins
    with the stem's longest word (or is it, for a whole-word stem). The cheap test before
    any pattern: it never says no to a text that holds the stem."""
    words = analysis_of(text, context)[SORTED]
    size = len(words)
    for head, whole in _keys(wanted):
        i = bisect_left(words, head)
        if i < size and (words[i] == head if whole else words[i].startswith(head)):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _keys(wanted: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """Of stems, the longest word of each and whether it is a whole word."""
    return tuple(dict.fromkeys((max(stem.split(), key=len), stem.endswith(" "))
                               for stem in wanted))


@functools.lru_cache(maxsize=256)
def _heads(wanted: tuple[str, ...]) -> tuple[str, ...]:
    """Of stems, the longest word of each, as :func:`stems` writes it (a space before; a
    space after for a whole word)."""
    return tuple(dict.fromkeys(" " + max(stem.split(), key=len) + (
        " " if stem.endswith(" ") else "") for stem in wanted))


BEFORE, AFTER = 60, 60  # characters a match may reach before and after its stem's word


def near(text: str, context: CheckContext, pattern: regex.Pattern[str],
         wanted: tuple[str, ...]) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` near a word of ``wanted`` (stems), each once, in text
    order: a pattern of many phrases tried at every place of a text costs a millisecond;
    tried around the few words that can start it, microseconds."""
    analysis = analysis_of(text, context)
    joined, starts, toks = analysis[JOINED], analysis[STARTS], analysis[TOKENS]
    found: list[tuple[int, int]] = []
    for head in _heads(wanted):
        at = joined.find(head)
        while at >= 0:
            token = toks[bisect_right(starts, at) - 1]
            found.append((token[1], token[2]))
            at = joined.find(head, at + 1)
    windows: list[list[int]] = []
    for start, end in sorted(found):
        lo, hi = max(start - BEFORE, 0), end + AFTER
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    last, size = -1, len(text)
    for lo, hi in windows:
        while hi < size and text[hi].isalnum():
            hi += 1  # a window never ends inside a word: the pattern's end would take it
        for m in pattern.finditer(text, lo, min(hi, size)):
            if m.start() > last:
                last = m.start()
                yield m


def sheet_holds(context: CheckContext, wanted: tuple[str, ...],
                skip: tuple[str, ...] = ()) -> bool:
    """Whether the sheet in the text's language (outside ``skip``) has such a word."""
    joined = sheet_words(context.factsheet, context.lexicon.lang.split("-")[0], skip)
    return any(stem in joined for stem in wanted)


def sheet_words(sheet: FactSheet, lang: str, skip: tuple[str, ...] = ()) -> str:
    """The sheet's words in ``lang`` folded (:func:`folded_words`), once per sheet."""
    return _SHEET_WORDS.get((sheet,), (lang, skip),
                            lambda: folded_words(sheet_text(sheet, lang, skip)))


def folded_words(text: str) -> str:
    """A long text's words folded as :func:`.text.fold` folds a word (lower case, no
    accents), one space between and around, in three passes over the whole text."""
    bare = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return " " + _NOT_WORD.sub(" ", bare).strip() + " "


_MARKS = regex.compile(r"\p{M}+")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_SHEET_WORDS: Memo[str] = Memo(64)


_SPACE = regex.compile(r"[\s\u00a0\u202f-]+")


def phrases(forms: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """A sheet's wordings (its groups' labels, its condition's names) as plain folded
    strings, spaces and hyphens made one space: looked for where a word of this module's
    stands in a text, not compiled into a pattern (a pattern of every label of a sheet
    costs tens of milliseconds to compile, for each sheet and language)."""
    out = {_SPACE.sub(" ", f.strip()).casefold() for f in forms if f and f.strip()}
    return tuple(sorted(out, key=len, reverse=True))


_WORD_RUN = regex.compile(r"\S+")
_FIRST = re.compile(r"\w+")


@functools.lru_cache(maxsize=256)
def _firsts(wordings: tuple[str, ...]) -> frozenset[str]:
    """The first word of each wording: what a place must start with to hold one."""
    return frozenset(m.group() for w in wordings if (m := _FIRST.match(w)))


def phrase_at(text: str, at: int, wordings: tuple[str, ...], skip: int = 0) -> int | None:
    """Where one of ``wordings`` ends, when it stands at ``at`` in ``text`` (after
    spaces, and after up to ``skip`` other words): the end of the longest, else None."""
    firsts = _firsts(wordings)
    head = text[at:at + 240]
    for _ in range(skip + 1):
        lead = len(head) - len(head.lstrip())
        rest = head[lead:]
        first = _FIRST.match(rest)
        if first is not None and first.group().casefold() in firsts:
            # most places hold no wording's first word: the full comparison is skipped
            folded = _SPACE.sub(" ", rest).casefold()
            for wording in wordings:
                end = len(wording)
                if folded.startswith(wording) and not folded[end:end + 1].isalnum():
                    return at + (len(head) - len(rest)) + _span_of(rest, end)
        word = _WORD_RUN.match(rest)
        if word is None:
            return None
        head = rest[word.end():]
        at += lead + word.end()
    return None


def _span_of(rest: str, folded_length: int) -> int:
    """How many characters of ``rest`` make ``folded_length`` of its folded form with
    spaces made one."""
    count = i = 0
    while i < len(rest) and count < folded_length:
        m = _SPACE.match(rest, i)
        if m is not None:
            i, count = m.end(), count + 1
        else:
            count += len(rest[i].casefold())
            i += 1
    return i


def _denied(before: str, deny: regex.Pattern[str] | None) -> bool:
    """Whether the words before a phrase, in its clause, deny or hedge it."""
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1]:] if ends else before
    window = " ".join(clause.split()[-NEGATION_WINDOW:])
    return deny is not None and deny.search(window) is not None


def _followed(rest: str, after: regex.Pattern[str]) -> bool:
    """Whether the words after a phrase, in its clause, hold a word of ``after``."""
    cut = _CLAUSE_END.search(rest)
    clause = rest[:cut.start()] if cut is not None else rest
    return after.search(" ".join(clause.split()[:NEGATION_WINDOW])) is not None


def sheet_claims(context: CheckContext, pattern: regex.Pattern[str], stems: tuple[str, ...],
                 skip: tuple[str, ...] = ("limitations",)) -> bool:
    """Whether the sheet itself says ``pattern`` as a claim (not "cannot show whether it
    is just as safe"), outside ``skip``: then a text may say it too. A sheet without one
    of the pattern's ``stems`` is not searched."""
    if not sheet_holds(context, stems, skip):
        return False
    said_in = remembered_sheet_text(context, skip)
    deny = claim_words(context.pack).caveat
    for hit in pattern.finditer(said_in):
        line = said_in.rfind("\n", 0, hit.start()) + 1
        if not _denied(said_in[line:hit.start()], deny):
            return True
    return False


def _hedges(pack: object) -> regex.Pattern[str] | None:
    return _HEDGES.get((pack,), None, lambda: _hedging(pack))


def _hedging(pack: object) -> regex.Pattern[str] | None:
    words = [w for w in getattr(pack, "caveats", None) or () if w]
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(words)})(?![\p{{L}}\p{{N}}])",
                         regex.IGNORECASE) if words else None


_HEDGES: Memo[regex.Pattern[str] | None] = Memo(64)


def said(text: str, context: CheckContext, pattern: regex.Pattern[str],
         denied: bool = True) -> Iterator[tuple[int, int, str]]:
    """The places ``pattern`` matches as a claim (:func:`said_at`)."""
    return said_at(text, context, ((m.start(), m.end()) for m in pattern.finditer(text)),
                   denied)


def said_at(text: str, context: CheckContext, spans: Iterable[tuple[int, int]],
            denied: bool = True, after: regex.Pattern[str] | None = None,
            ) -> Iterator[tuple[int, int, str]]:
    """Of ``spans``, those said as a claim: not in a question, not hedged in the words
    before it in its clause ("may", "whether"), not denied there ("not a randomised
    trial"; with ``denied`` False a negation is the claim's own: "no one died"), not
    followed in its clause by a word of ``after`` ("a randomised trial would be
    needed"), not in a claim the text weighs ("critics say ...")."""
    deny = claim_words(context.pack).caveat if denied else _hedges(context.pack)
    analysis = analysis_of(text, context)
    sentences = analysis.sentences
    starts = [a for a, _ in sentences]
    weighed = None
    for start, end in spans:
        i = bisect_right(starts, start) - 1
        a, b = sentences[i] if i >= 0 else (0, len(text))
        if text[a:b].rstrip().endswith("?") or _denied(text[a:start], deny):
            continue
        if after is not None and _followed(text[end:b], after):
            continue
        if weighed is None:
            weighed = analysis[REPORTED]
        if any(x <= start < y for x, y in weighed):
            continue
        yield start, end, text[start:end]


def sentence_at(text: str, context: CheckContext, at: int) -> str:
    """The sentence of ``text`` that holds ``at``."""
    sentences = analysis_of(text, context).sentences
    i = bisect_right([a for a, _ in sentences], at) - 1
    a, b = sentences[i] if i >= 0 else (0, len(text))
    return text[a:b]
