"""Find every number a text states, with its span and value, in the text's language.

The reader is built once per language pack from the pack's own data: Babel's separators
and month names for its locale, its number words (num2words), percent, frequency and range
words and time units, and its words for effect measures (ratio names, confidence
intervals, percentage points, multiples, fractions, hedges, minus words, scale words).
Nothing here lists languages. A mention keeps the whole expression ("71 out of 100",
"from 1997 to 2019", "ten-year", "−0.17", "2- to 3-fold"), so a finding can point at it;
a minus sign or word is kept with the figure (``negative``), and the hedge said before
it ("about", "more than") with the mention (``hedge``).
"""

from __future__ import annotations

import dataclasses
import heapq
import math
import re
import sys
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter
from typing import Any, NamedTuple

import regex
from plainsum.memo import Memo
from plainsum.spans import Spans

from . import number_words, numbering
from .anchors import Anchored, any_of
from .elapsed import until_now
from .text import RunMemo, _fold, fold, joined, tokens

# kinds a fact checker must judge; the others are read only so they are not misread
CHECKED = frozenset({"number", "percent", "frequency", "range", "duration", "date", "clock",
                     "points", "fold", "multiple", "fraction", "ratio", "ci", "cilevel",
                     "pvalue"})

_DIGITS = regex.compile(r"[0-9]+(?:[.,'\u00a0\u202f\u2009 ][0-9]+)*")
_SPACES = frozenset(" \u00a0\u202f\u2009")
_SEPARATOR = regex.compile(r"([.,'\u00a0\u202f\u2009 ])")  # between groups of digits
# links, e-mail addresses, hashtags and handles, and a telephone number in international
# form ("+1 612-928-6100", a press summary's media contact): no figure of the study
_SKIP = regex.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+|[#@][\p{L}\p{N}_]+"
                      r"|(?<![\w.,])\+\d{1,3}(?:[ .-]?\(?\d{2,4}\)?){2,5}(?![\w%])")
# every match of _SKIP holds one of these (it is slow to scan a text that has none)
_SKIP_MARKS = ("://", "www.", "@", "#", "+")
# (Each time pattern opens with ``(?=[0-9])``: a pattern that opens with a look-behind is
# tried at every place of the text, the look-ahead lets the regex module skip to digits
# first; every match starts with a digit, so the matches are the same.)
# 24-hour times: "16:00", and as the French and Portuguese press write them, "16 h 00",
# "16h00" (with its minutes, so a duration "16 h" stays a duration)
_CLOCK = regex.compile(r"(?=[0-9])(?<![0-9:,.])([01]?[0-9]|2[0-3])(?::|\s?h\s?)([0-5][0-9])"
                       r"(?::[0-5][0-9])?(?![0-9:])")
# 12-hour times: "4 PM", "4 p.m.", "4:30 pm" (the minutes are optional here)
_CLOCK12 = regex.compile(
    r"(?=[0-9])(?<![0-9:])(1[0-2]|0?[1-9])(?::([0-5][0-9]))?\s?([ap])\.?\s?m\b\.?",
    regex.IGNORECASE)
# What every match of _CLOCK and of _CLOCK12 holds (any character standing for a space):
# most sentences have none, and these (the standard library's re, no look-behind) find
# that much faster than the patterns above, which try each position of the sentence.
_CLOCK_HINT = re.compile(r"[0-9](?::|.?h)", re.DOTALL)
_CLOCK12_HINT = re.compile(r"[0-9](?::[0-9][0-9])?.?[aApP]\.?.?[mM]", re.DOTALL)
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
# "five and ten years", "fünf bzw. zehn Jahren" (a word for "respectively" too)
_JOIN_AFTER = regex.compile(r"[ \u00a0]+(\p{L}{1,4}|\p{L}{5,16}(?=[ \u00a0])|\p{L}{2,5}\.)"
                            r"[ \u00a0]+")
_CLAUSE_END = regex.compile(r"[.!?;\n]\s*\n|[.!?;]")  # another sentence or clause
_SENTENCE_END = regex.compile(r"[.!?;\n]\s*\n|[.!?]")  # another sentence
_ENDS_CLAUSE = regex.compile(r"\s*(?:[.,;:!?)]|$)")
# between a time point said without its unit and the share it is the time of, an article
# at most: "a dieci il 71%", "at ten 71%", "a los diez, el 71 %", "nach zehn die 71 %"
_BEFORE_SHARE = regex.compile(r"[ \u00a0]*(?:\p{L}{1,3}[ \u00a0]+|\p{L}{1,2}['’])?")
# a list marker ("1. ", "2) ") or a thread's post number ("1/ ", "2/ ") at a line's start
_MARKER = regex.compile(r"(?m)^[ \t]*[0-9]{1,2}[.)/][ \t]")
# a thread's post number with the count of posts, as a post's first or last words: "(1/6)"
# at the end of the opening line, "2/6 " at a line's start
_POST_NUMBER = regex.compile(r"(?m)(?:^[ \t]*\(?([0-9]{1,2})/([0-9]{1,2})\)?(?=[ \t])"
                             r"|(?<=[ \t])\(?([0-9]{1,2})/([0-9]{1,2})\)?[ \t]*$)")
# a speaker's or a step's label at a line's start, one or two capitalised words and a small
# number before a colon: "HOST 1:", "Speaker 2:", "Step 3:", "PRESENTADORA 2:"
_LABEL = regex.compile(r"(?m)^[ \t]*(?:[*_]{0,2})(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,2}([0-9]{1,2})"
                       r"(?:[*_]{0,2})[ \t]*:")
# a cue of a script in square brackets, a capitalised word and a small number that closes
# it or its part: "[CAM 2]", "[ANCHOR, CAM 1]", "[MODERATION – KAMERA 2]", "[SLIDE 3:"
_CUE = regex.compile(r"\[[^\]\n]{0,40}?(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*[ \t\u00a0]+"
                     r"([0-9]{1,2})[ \t]*[\]:,]")
# spaces between the parts of one expression; a line break too ("71% at 10\nyears"),
# not a blank line
_GAP = r"(?:[ \t\u00a0\u202f]|\n(?![ \t]*\n))"
_GAP_CHARS = " \t\u00a0\u202f\n"  # every character a _GAP can take
# An alternative that never matches, for a pattern tried at one place (``match(text,
# pos)``) after each figure: without it the regex module first looks for the words'
# common letters anywhere in the rest of the text, and a long text without them cost
# its whole length per figure (2 MiB of number words: minutes).
_NEVER = "(?!)"


@dataclass(frozen=True, slots=True)
class Mention:
    """One number in a text. ``value`` is the number said; see ``percent`` for shares."""

    start: int
    end: int
    text: str
    # number percent frequency range duration date clock ordinal marker; elapsed (a
    # length of time back from the writer's present: "two years ago"); and the effect
    # kinds: points ("5 percentage points"), fold ("four times", value to second for
    # "2- to 3-fold"), multiple ("double"), fraction ("half": value in per cent), ratio
    # ("HR 0.62": unit is the ratio's kind), ci (value to second), cilevel, pvalue
    kind: str
    value: float
    second: float | None = None  # the end of a range, the denominator of a frequency
    unit: str | None = None  # a time unit (year, month...) for durations and their ranges
    words: bool = False  # spelled out ("seventy-one")
    decimals: int = 0
    date: tuple[int | None, int | None, int | None] | None = None  # year, month, day
    clock: tuple[int, int] | None = None  # hour, minute of a time of day ("4:00", "16:00")
    # a minus before the value ("−0.17", "minus 0.17") and before the second number
    negative: bool = False
    second_negative: bool = False
    hedge: str | None = None  # "about", "more-than"... said right before the figure
    relation: str | None = None  # of a p-value: "=", "<", ">"

    def shifted(self, offset: int) -> Mention:
        """This mention in a text that starts ``offset`` characters before its own."""
        return Mention(self.start + offset, self.end + offset, self.text, self.kind,
                       self.value, self.second, self.unit, self.words, self.decimals,
                       self.date, self.clock, self.negative, self.second_negative,
                       self.hedge, self.relation)

    @property
    def signed(self) -> float:
        """The value with its sign: −0.17 for "−0.17" and "minus 0.17"."""
        return -self.value if self.negative else self.value

    @property
    def signed_second(self) -> float | None:
        if self.second is None:
            return None
        return -self.second if self.second_negative else self.second

    @property
    def percent(self) -> float | None:
        """The share this mention states, in per cent, if it states one."""
        if self.kind == "percent":
            return self.value
        if self.kind == "frequency" and self.second:
            return self.value / self.second * 100
        if self.kind == "number" and 0 < self.value < 1 and self.decimals:
            return self.value * 100  # "0.71"
        return None


class _Atom(NamedTuple):
    """One number before it is read with its neighbours (a tuple: there is one for every
    number of a text, and each is soon dropped)."""

    start: int
    end: int
    value: float
    words: bool = False
    decimals: int = 0
    signed_at: int = -1  # where its minus starts ("−0.17", "minus 0.17"); -1: none
    # a scale word said alone as a frequency's denominator ("in every hundred"): read only
    # as one, never as a number of its own
    bare: bool = False


def _alternation(forms: Iterable[str]) -> str:
    ordered = sorted({f for f in forms if f}, key=len, reverse=True)
    return "|".join(f if _is_fragment(f) else regex.escape(f) for f in ordered)


def _is_fragment(form: str) -> bool:
    """Pack fields are regex fragments; plain words are escaped to be safe."""
    return any(ch in form for ch in "()[]?*+|\\")


_LEAD = regex.compile(r"((?:\p{L}+['’]?\s+){1,2})$")


def _lead_word(text: str, pos: int) -> str:
    """The last of the one or two words just before ``pos``, folded ("los" of "a los",
    "at", "nach"); empty if none."""
    hit = _LEAD.search(text, max(0, pos - 30), pos)
    return hit.group(1).casefold().split()[-1] if hit else ""


# Spelled-out numbers up to 100, the hundreds and 1000 are known from the start; the rest
# of 101-999 ("two hundred and ten") is spelled out only once a text has a hundreds word:
# building all of them costs more than reading most texts.
# the round thousands too: Italian glues them into one word ("quattromila", "duemila")
_EAGER = (*range(102), *range(200, 1000, 100), *range(1000, 10000, 1000))  # 101: "ciento"


class NumberReader:
    """Reads numbers the way one language writes them."""

    def __init__(self, pack: object):
        from babel.numbers import get_decimal_symbol

        self.pack = pack
        locale = getattr(pack, "locale", "en")
        self.decimal = get_decimal_symbol(locale)
        self.words, self.articles = self._number_words(_EAGER)
        self._index_words()
        # text2num reads the spelled-out numbers of its languages; the tables above the
        # forms it lacks (see number_words)
        self.text2num = number_words.language(pack) if self.words else None
        self.glued = self._glued_stems() if self.text2num else ()
        self.scales = self._scale_words() if self.text2num else frozenset()
        # and as the start of a longer word: "hundredth", "millionth", "milliardième"
        self.scale_heads = tuple(sorted(w for w in self.scales if len(w) >= 4))
        small = {tok for key, value in self.words.items() if value < 100 for tok in key}
        # words of the round hundreds and thousands ("hundred", "doscientos", "mille") and
        # the first word of 101 ("ciento", "cento"): a text with one of them needs the
        # full table ("and" of "one hundred and one" is no sign of one)
        self.hundreds = tuple(({tok for key, value in self.words.items()
                                if value >= 100 and value % 100 == 0 for tok in key}
                               | {key[0] for key, value in self.words.items() if value == 101})
                              - small)
        # where a hundred and its tens are one word ("trecentocinquanta", "dreihundertfünfzig")
        # a word that starts with a hundreds word may be one; elsewhere only the word itself
        # is ("centre", "ciencias" are no sign of "cent", "cien")
        self.hundreds_glued = self._glued_hundreds()
        self.hundreds_words = frozenset(self.hundreds)
        self.complete = False
        self.suffixes = self._ordinal_suffixes()
        # as :meth:`_suffix` tries them, and the first letters they can start with
        self.suffix_forms = tuple(lead + suffix.casefold() for suffix in self.suffixes
                                  for lead in ("", "."))
        self.suffix_heads = frozenset(form[:1] for form in self.suffix_forms)
        self.units = {fold(form): unit for unit, forms in
                      (getattr(pack, "time_units", None) or {}).items() for form in forms}
        flags = regex.IGNORECASE
        percent = _alternation(getattr(pack, "percent_words", ()) or ())
        self.percent_after = regex.compile(
            rf"{_GAP}?%" + (rf"|{_GAP}+(?:{percent})(?!\p{{L}})" if percent else ""), flags)
        forms = getattr(pack, "frequency_words", ()) or ()
        freq = _alternation(forms)
        self.frequency = regex.compile(rf"{_GAP}+(?:{freq}){_GAP}+", flags) if freq else None
        # the frequency words with no slot for a counted noun ("su", not "donne su"): a
        # spelled-out one needs one of them ("uno su 572"); before a noun it is an article
        # ("Uno studio su 572 donne")
        bare = _alternation([f for f in forms if r"\p{L}" not in f])
        self.bare_frequency = regex.compile(
            rf"{_GAP}+(?:{bare}){_GAP}+", flags) if bare else None
        # with the counted noun between: "23 femmes sur 572", "23 women out of 572"
        self.noun_frequency = regex.compile(
            rf"{_GAP}+\p{{L}}{{4,}}{_GAP}+(?:{freq}){_GAP}+", flags) if freq else None
        # where a language says 100 as one and a scale word ("one hundred"), the scale
        # word alone after a frequency word, or after it and an article, is the
        # denominator: "seven in every hundred", "seven out of a hundred"
        self.bare_scales = self._bare_scales()
        self.frequency_before = regex.compile(
            rf"(?<![\p{{L}}])(?:{freq}){_GAP}+(?P<a>\p{{L}}{{1,2}}{_GAP}+)?$", flags) if (
            freq and self.bare_scales) else None
        units = _alternation([form for forms in (getattr(pack, "time_units", None) or {}).values()
                              for form in forms] + list(self.units))
        self.unit_after = regex.compile(
            rf"(?:{_GAP}+|[-‐‑])(?P<u>{units})(?!\p{{L}})", flags) if units else None
        # the unit before the number: "by year five"
        self.unit_before = regex.compile(
            rf"(?<![\p{{L}}-])(?P<u>{units}){_GAP}+$", flags) if units else None
        pairs = getattr(pack, "range_words", ()) or ()
        self.ranges = [(regex.compile(rf"(?<!\p{{L}})(?:{_alternation([a])}){_GAP}+$", flags),
                        regex.compile(rf"{_GAP}+(?:{_alternation([b])}){_GAP}+", flags))
                       for a, b in pairs]
        # all the links of ranges in one pattern: where it cannot span the gap between
        # two numbers, none of them can (one pattern tried instead of each)
        self.range_links = regex.compile("|".join(
            f"(?:{between.pattern})" for _, between in self.ranges), flags) if (
            pairs and all(_combinable(b) for _, b in pairs)) else None
        # words that are a duration by themselves: "decade" (10 years)
        implied = getattr(pack, "implied_durations", None) or {}
        self.implied = [(regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{form})(?![\p{{L}}\p{{N}}])",
                                       flags), float(value), unit)
                        for form, (value, unit) in implied.items()]
        self.dash = regex.compile(r"[ \u00a0\u202f]?[-‐‑–—][ \u00a0\u202f]?")
        # every word that can follow a number starts with a letter or a sign: none can
        # stand where only spaces come before the next figure
        self.word_led = all(_word_led(form) for form in (
            *(getattr(pack, "percent_words", ()) or ()), *forms, *(b for _, b in pairs),
            *(form for unit_forms in (getattr(pack, "time_units", None) or {}).values()
              for form in unit_forms), *self.units))
        versus = _alternation(getattr(pack, "versus_words", ()) or ())
        # between two figures compared, the first without the unit the second has
        self.versus_gap = regex.compile(
            rf"{_GAP}+(?:{versus}){_GAP}+", flags) if versus else None
        # the words that open a range ("de", "von", "from"): also "of" before a figure
        self.range_openers = frozenset(a.casefold() for a, _ in pairs if a.isalpha())
        # the short function words that may join two figures of one unit ("and", "or")
        self.joins = frozenset(w.casefold() for w in getattr(pack, "stopwords", ()) or ()
                               if len(w) <= 4)
        # the words that give two figures to two things in turn, one unit said for both
        # ("71 beziehungsweise 57 Prozent", "71 bzw. 57 Prozent"), of any length
        self.respectively = frozenset(
            w.casefold() for w in getattr(pack, "respectively_words", ()) or ())
        half = _alternation(getattr(pack, "half_words", ()) or ())
        self.half_after = regex.compile(
            rf"{_GAP}+(?:{half}|{_NEVER})(?!\p{{L}})", flags) if half else None
        every = _alternation(getattr(pack, "every_words", ()) or ())
        # the word before an ordinal in digits that makes it one in so many ("jede 24.")
        self.every_before = regex.compile(
            rf"(?<![\p{{L}}])(?:{every}){_GAP}+$", flags) if every else None
        self.dates = _DateReader(locale, self.suffixes)
        self.effects = _EffectWords(pack)
        self.points_after = self.effects.points_after
        self.fold_after = self.effects.fold_after

    # --- building --------------------------------------------------------------
    def _bare_scales(self) -> dict[str, int]:
        """The scale words of 100 and 1000 where the language says them after its word for
        one ("one hundred", "one thousand"), folded, with their values (none where 100 is
        one word: "cien", "cent", "einhundert")."""
        one = {key for key, value in self.words.items() if value == 1}
        return {key[1]: value for key, value in self.words.items()
                if value in (100, 1000) and len(key) == 2 and key[:1] in one
                and (key[1],) not in self.words}

    def _glued_stems(self) -> tuple[str, ...]:
        """Where a language writes a number over 1000 as one word ("achttausendfünfhundert-
        drei", "duemilaquattrocento", "vijfduizend"), the thousands words in it
        ("tausend", "mila", "mille", "duizend"): a word holding one may be a number the
        tables do not hold (they hold every number to 999). Empty where numbers are
        several words."""
        say = getattr(self.pack, "number_words", None)
        try:
            if say is None or len(tokens(say(2345))) > 1:
                return ()
            stems = {_common_end(*(fold(say(k * 1000)) for k in (2, 3, 4))), fold(say(1000))}
        except Exception:  # a language num2words lacks
            return ()
        return tuple(sorted(stem for stem in stems if len(stem) >= 4))

    def _scale_words(self) -> frozenset[str]:
        """The words of thousands, millions and billions, singular and plural ("mil",
        "millones", "Millionen"), and those that join a number's parts, folded: a number
        word before one goes on."""
        say = getattr(self.pack, "number_words", None)
        try:
            said = [say(n) for n in (1000, 2000, 10**6, 2 * 10**6, 10**9, 2 * 10**9)] if (
                say is not None) else []
        except Exception:  # a language num2words lacks
            return frozenset()
        scales = {t.norm for form in said for t in tokens(form)}
        # and the words that join the parts of a number ("and", "et", "y", "e"): the
        # tables' words that are no number themselves ("vingt et unième")
        joins = {word for key in self.words for word in key[1:]} - self.first_words
        return frozenset(scales | joins) - self.first_words

    def _index_words(self) -> None:
        self.longest_words = max((len(k) for k in self.words), default=0)
        self.first_words = {k[0] for k in self.words}

    def _glued_hundreds(self) -> bool:
        """Whether the language writes 350 as one word."""
        say = getattr(self.pack, "number_words", None)
        try:
            return say is not None and len(tokens(say(350))) == 1
        except (NotImplementedError, KeyError, ValueError, TypeError):
            return True  # not known: any word that starts like a hundred may be one

    def _needs_hundreds(self, toks: list[Any]) -> bool:
        """Whether a text's words hold a hundreds word, so the full table is needed."""
        if not self.hundreds_glued:
            return not self.hundreds_words.isdisjoint(map(_NORM, toks))
        return any(map(str.startswith, map(_NORM, toks), repeat(self.hundreds)))

    def _complete_words(self) -> None:
        """Spell out the rest of 101-999, the first time a text needs them."""
        more, articles = self._number_words(range(102, 1000))
        for key, value in more.items():
            self.words.setdefault(key, value)
        self.articles = self.articles | articles
        self._index_words()
        self.complete = True

    def _number_words(self, values: Iterable[int]
                      ) -> tuple[dict[tuple[str, ...], int], frozenset[tuple[str, ...]]]:
        """Word forms of ``values`` (every gender the pack spells), keyed by their
        folded tokens; and the other forms of 1 ("una", "eine"), which are articles
        unless they start a frequency ("una de cada 10")."""
        say = getattr(self.pack, "number_words", None)
        out: dict[tuple[str, ...], int] = {}
        articles: set[tuple[str, ...]] = set()
        if say is None:
            return out, frozenset()
        forms = getattr(self.pack, "number_word_forms", None) or (lambda v: [say(v)])
        for value in values:
            try:
                spoken_forms = forms(value)
            except Exception:  # a language num2words lacks: digits only
                return out, frozenset(articles)
            for n, spoken in enumerate(spoken_forms):
                if isinstance(spoken, str):
                    key = tuple(t.norm for t in tokens(spoken))
                    if key and not any(ch.isdigit() for ch in spoken) and key not in out:
                        out[key] = value
                        if n and value <= 1:
                            articles.add(key)
        return out, frozenset(articles)

    def _ordinal_suffixes(self) -> tuple[str, ...]:
        say = getattr(self.pack, "number_words", None)
        found: set[str] = set()
        for value in range(1, 32):
            try:
                spoken = say(value, "ordinal_num") if say else None
            except Exception:
                break
            if isinstance(spoken, str):
                tail = spoken.lstrip("0123456789")
                if tail and any(ch.isalpha() or ch in "ºª" for ch in tail):
                    found.add(tail.lstrip("."))
        found |= {"º", "ª"}  # written in many languages even where num2words differs
        return tuple(sorted(found, key=len, reverse=True))

    # --- reading ---------------------------------------------------------------
    def read(self, text: str, line_start: bool = True,
             addressed: frozenset[int] = frozenset()) -> list[Mention]:
        """Every number mention in ``text``, in order, none overlapping.

        ``line_start``: ``text`` begins a line (a "1. " there is a list marker); false
        for a sentence read on its own from the middle of a line. ``addressed``: where
        numbers that only number or address the text end (``numbering``): each is a
        marker, joined to no figure beside it. A figure in the digits
        of another script ("٧١") reads as the same number; each mention keeps the text's
        own characters.
        """
        ascii_text = text if text.isascii() else text.translate(_ASCII_DIGITS)
        found = self._read(ascii_text, line_start, addressed)
        if ascii_text != text:
            found = [dataclasses.replace(m, text=text[m.start:m.end]) for m in found]
        if any(not math.isfinite(m.value) for m in found):
            # a numeral too long for a float ("7" * 400): said, so still checked, as the
            # largest number there is (no fact of a sheet is that large)
            found = [m if math.isfinite(m.value) else dataclasses.replace(
                m, value=sys.float_info.max) for m in found]
        return found

    def _read(self, text: str, line_start: bool,
              addressed: frozenset[int] = frozenset()) -> list[Mention]:
        words, ordinals = self._spelled(text)
        implied = self._implied(text)
        whole = self.effects.whole(text)  # "half", "double", "viermal": no digit either
        digits = _DIGIT_RUN.search(text) is not None
        if not digits and not words and not implied and not whole and not ordinals:
            return []  # dates, times, markers and figures all need a digit
        skip = [(m.start(), m.end()) for m in _SKIP.finditer(text)] if any(
            mark in text for mark in _SKIP_MARKS) else []
        dates = self.dates.read(text) if digits else []  # every date has a digit
        taken = _spans(dates)  # what is read so far (made again only when it grows)
        if _CLOCK12_HINT.search(text):
            more = [Mention(c.start(), c.end(), c.group(), "clock", int(c.group(1)),
                            clock=(int(c.group(1)), int(c.group(2) or 0)))
                    for c in _CLOCK12.finditer(text) if not taken.holds(c.start())]
            if more:
                dates += more
                taken = _spans(dates)
        if _CLOCK_HINT.search(text):
            more = [Mention(c.start(), c.end(), c.group(), "clock", int(c.group(1)),
                            clock=(int(c.group(1)), int(c.group(2))))
                    for c in _CLOCK.finditer(text) if not taken.holds(c.start())]
            if more:
                dates += more
                taken = _spans(dates)
        # durations said by one word, multiples and fractions, then ranks ("twenty-third":
        # a rank, not the count 20), each where nothing before it was read
        for found in (implied, whole, ordinals):
            more = [m for m in found if not taken.overlaps(m.start, m.end)] if found else []
            if more:
                dates += more
                taken = _spans(dates)
        taken = Spans(skip + [(d.start, d.end) for d in dates])
        minus = self.effects.minus_starts(text) if digits else None
        atoms = _in_order(self._digit_atoms(text, minus), words)
        if taken.starts:
            atoms = (a for a in atoms if not taken.overlaps(a.start, a.end))
        markers = self._markers(text, line_start) if digits else set()
        out = list(dates)
        end = -1
        # each number is read with the one after it, and dropped once read (a long text
        # has a great many: kept, they would only keep the garbage collector busy)
        a, nxt = next(atoms, None), next(atoms, None)
        while a is not None:
            if a.start < end:  # "cento" of "71 per cento": part of the last mention
                a, nxt = nxt, next(atoms, None)
                continue
            if a.bare:  # a scale word alone: the denominator of the figure before, or nothing
                a, nxt = nxt, next(atoms, None)
                continue
            if addressed and not a.words and a.end in addressed:
                # "Pergunta 7\n23 das 572": the 7 only numbers the text, joined to nothing
                mention, used = self._mention(text, a.start, a.end, "marker", a), 1
            elif addressed and nxt is not None and nxt.end in addressed:
                mention, used = self._combine(text, a, None, markers)
            else:
                mention, used = self._combine(text, a, nxt, markers)
            a, nxt = (nxt, next(atoms, None)) if used == 1 else (next(atoms, None),
                                                                next(atoms, None))
            if mention.kind == "number" and mention.words and self._article(mention):
                continue  # "una media de", "eine Studie": an article, not a number
            out.append(mention)
            end = mention.end
        out.sort(key=attrgetter("start"))
        if self.every_before is not None:
            out = [self._every(text, m) if m.kind in ("ordinal", "number") and not m.words
                   and not m.decimals else m for m in out]
        found = self._elided_units(text, out)
        if len(found) > 1 and (self.versus_gap is not None or self.joins):
            found = self._elided_percent(text, found)
            if self.joins and ";" in text:
                found = self._gapped_percent(text, found)
        if self.half_after is not None and found:
            found = self._halves(text, found)
        if any(m.kind == "duration" for m in found):
            found = [dataclasses.replace(m, kind="elapsed") if m.kind == "duration"
                     and until_now(text, m.start, m.end) else m for m in found]
        found = self.effects.annotate(text, found)
        return self._hedged_pairs(text, found) if self.versus_gap is not None else found

    def _hedged_pairs(self, text: str, found: list[Mention]) -> list[Mention]:
        """A hedge said once before two figures compared holds for both: "about 1 in 25
        against 1 in 14", "circa una donna su 25 contro una su 14", "environ 4 % contre
        7 %" (the second figure, of the first's kind, said right after a word for versus)."""
        assert self.versus_gap is not None
        out = list(found)
        for k in range(1, len(out)):
            m, before = out[k], out[k - 1]
            if (m.hedge is None and before.hedge is not None and m.kind == before.kind
                    and m.kind in _HEDGED and self.versus_gap.fullmatch(text, before.end,
                                                                        m.start)):
                out[k] = dataclasses.replace(m, hedge=before.hedge)
        return out

    def _every(self, text: str, m: Mention) -> Mention:
        """An ordinal in digits after a word for every is one in so many: "etwa jede 24.
        Frau und jeder 22. Mann" (1 in 24, 1 in 22), "jeder 14." with its noun left out,
        as the spelled-out "jede vierte Frau" is a quarter."""
        assert self.every_before is not None
        end = m.end
        if m.kind == "number":  # "24." is read as a number where a dot may end a sentence
            if text[end:end + 1] != ".":
                return m
            end += 1
        lead = self.every_before.search(text, max(0, m.start - 12), m.start)
        if lead is None or m.value < 2:
            return m
        return Mention(lead.start(), end, text[lead.start():end], "frequency", 1.0,
                       second=m.value)

    def _markers(self, text: str, line_start: bool) -> set[int]:
        """Where the numbers that only order a text end: list markers ("1. ", "2) ", "3/
        "), a thread's post numbers ("(1/6)"), a speaker's or step's number ("HOST 1:").
        None is a figure of the study; a label that names a time ("Year 5:", "Woche 12:")
        is a duration, not a marker."""
        out = {m.end() - 2 for m in _MARKER.finditer(text) if line_start or m.start()}
        if "/" in text:
            for m in _POST_NUMBER.finditer(text):
                k = 1 if m.group(1) is not None else 3
                if (line_start or m.start() or k == 3) and (
                        0 < int(m.group(k)) <= int(m.group(k + 1))):
                    out.add(m.end(k))
        if ":" in text:
            for m in _LABEL.finditer(text):
                if (line_start or m.start()) and (self.unit_before is None or (
                        self.unit_before.search(text, max(0, m.start(1) - 20), m.start(1))
                        is None)):
                    out.add(m.end(1))
        if "[" in text:
            for m in _CUE.finditer(text):
                if self.unit_before is None or self.unit_before.search(
                        text, max(0, m.start(1) - 20), m.start(1)) is None:
                    out.add(m.end(1))
        return out

    def _halves(self, text: str, found: list[Mention]) -> list[Mention]:
        """A half said after a whole number of years or times, or between the number
        and its unit or multiple: "five and a half years", "cinco años y medio", "deux fois
        et demie", "two and a half times" (5.5, 2.5). A bare "cinco y media" (a time of
        day) stays as it is."""
        assert self.half_after is not None
        out: list[Mention] = []
        for m in found:
            if out and m.start < out[-1].end:
                continue  # the "half" of the figure before ("and a half")
            hit = self.half_after.match(text, m.end) if (
                m.kind in ("number", "duration", "fold") and not m.decimals
                and m.second is None) else None
            unit = self._unit(text, hit.end()) if hit and m.kind == "number" else None
            times = self.fold_after.match(text, hit.end()) if (
                hit and m.kind == "number" and not unit and self.fold_after is not None) else None
            if hit and (m.kind != "number" or unit or times):
                end, kind = ((unit[1], "duration") if unit else (times.end(), "fold") if times
                             else (hit.end(), m.kind))
                m = dataclasses.replace(m, end=end, text=text[m.start:end], kind=kind,
                                        value=m.value + 0.5, decimals=1,
                                        unit=unit[0] if unit else m.unit)
            out.append(m)
        return out

    def _may_follow(self, text: str, end: int) -> bool:
        """Whether a word for points or a multiple can follow a figure ending at ``end``
        (the first character after the spaces tells)."""
        heads = self.effects.after_heads
        if heads is None:
            return True
        j = end
        while j < len(text) and text[j] in _GAP_CHARS:
            j += 1
        return j < len(text) and text[j].casefold() in heads

    def _implied(self, text: str) -> list[Mention]:
        """Durations said by one word with no number: "after a decade" is 10 years."""
        return [Mention(hit.start(), hit.end(), hit.group(), "duration", value, unit=unit,
                        words=True)
                for pattern, value, unit in self.implied for hit in pattern.finditer(text)]

    def _elided_units(self, text: str, found: list[Mention]) -> list[Mention]:
        """A bare number that repeats the lead-in of a duration said just before, and
        ends its clause or stands right before its share, is a duration in the same unit
        ("86% a los cinco años y 57% a los diez.", "86% at five years and 71% at ten.", "a
        cinque anni l'86%, a dieci il 71%"): the unit is left unsaid. A
        number right after a unit word is a duration too ("by year five"), unless that
        word is another duration's ("in den folgenden fünf Jahren 40 Herzinfarkte")."""
        out = list(found)
        last: Mention | None = None
        said: str | None = None  # the word that leads in to ``last``, once read
        clear = 0  # no clause ends between ``last`` and here (a number's start)
        for k, m in enumerate(found):
            if m.kind == "duration" and m.unit:
                last, said = m, None
                continue
            if m.kind == "number" and self.unit_before is not None and m.value <= 100:
                unit = self.unit_before.search(text, max(0, m.start - 20), m.start)
                if unit is not None and last is not None and unit.start() < last.end:
                    unit = None  # the unit word ends the duration before
                if unit is not None and not _WORD_CHAR.match(text[m.end:m.end + 1]) and (
                        not self.effects.names_ratio(unit.group("u"))):  # "HR 0.62"
                    out[k] = Mention(unit.start(), m.end, text[unit.start():m.end], "duration",
                                     m.value, unit=self.units.get(fold(unit.group("u")), "unit"),
                                     words=m.words, decimals=m.decimals)
                    continue
            if last is None or m.kind != "number" or m.negative or m.decimals:
                continue  # a signed figure is no time ("da -5,5 a -1,1" after "a 30 giorni"),
                # nor one with decimals ("a 30 días (media): 4,8 frente a 33,6")
            if _SENTENCE_END.search(text, max(last.end, clear), m.start):
                last = None  # another sentence (a clause after a semicolon goes on: "at
                continue  # five years, 80 %; at ten, two thirds")
            clear = m.start
            if not _ENDS_CLAUSE.match(text[m.end:m.end + 3]) and not (
                    k + 1 < len(found) and found[k + 1].kind in ("percent", "frequency")
                    and _BEFORE_SHARE.fullmatch(text, m.end, found[k + 1].start)):
                continue
            if said is None:
                said = _lead_word(text, last.start)
            if not said or said != _lead_word(text, m.start):
                continue
            out[k] = Mention(m.start, m.end, m.text, "duration", m.value, unit=last.unit,
                             words=m.words, decimals=m.decimals)
        return self._units_said_after(text, out) if self.joins else out

    def _units_said_after(self, text: str, found: list[Mention]) -> list[Mention]:
        """A bare number joined ("and", "und", "e") to a duration said after it in the same
        clause is a duration in that unit: "five and ten years", "86 % nach fünf und 71 %
        nach zehn Jahren" (the same lead word, "nach", before both)."""
        out = list(found)
        for k, m in enumerate(found):
            if m.kind != "number" or m.negative or m.decimals or m.value > 100:
                continue
            join = _JOIN_AFTER.match(text, m.end)
            if join is None or (join.group(1).casefold() not in self.joins and (
                    join.group(0).strip().casefold() not in self.respectively)):
                continue  # "five and ten years", "nach fünf bzw. zehn Jahren"
            for d in found[k + 1:k + 3]:
                if d.kind != "duration" or not d.unit or _CLAUSE_END.search(
                        text, join.end(), d.start):
                    continue
                if d.start == join.end() or (
                        _lead_word(text, m.start) and _lead_word(text, m.start) == _lead_word(
                            text, d.start)):
                    out[k] = Mention(m.start, m.end, m.text, "duration", m.value, unit=d.unit,
                                     words=m.words, decimals=m.decimals)
                break
        return out

    def _elided_percent(self, text: str, found: list[Mention]) -> list[Mention]:
        """A bare figure compared with a share right after it is a share too, its unit
        said once for both: "4,0 gegenüber 7,3 Prozent", "4.0 vs 7.3%", "4,0 frente al
        7,3 %", "4 contre 7 %"."""
        out = list(found)
        for k in range(len(found) - 2, -1, -1):  # from the end: "86, 71 and 57 %"
            m, nxt = found[k], out[k + 1]
            # a comma alone joins only a figure of a list that goes on ("86, 71 und 57 %")
            listed = found[k + 1].kind == "number"
            if (m.kind == "number" and not m.negative and nxt.kind == "percent"
                    and m.value <= 100 and (self._joined(text, m.end, nxt.start, listed) or (
                        self.versus_gap is not None
                        and self.versus_gap.fullmatch(text, m.end, nxt.start)))):
                out[k] = dataclasses.replace(m, kind="percent")
        return out

    def _gapped_percent(self, text: str, found: list[Mention]) -> list[Mention]:
        """Bare figures in a clause after a semicolon that repeats the clause before it
        with its verb and unit left out are shares like that clause's: "86 percent at five
        years and 71 percent at ten; the progressive group 71 and then 57", "86 % nach
        fünf Jahren; bei der progredienten Form 71 und 57". Only where every figure of the
        sentence before is a share (or a time point), and each bare figure, a whole number,
        ends its clause or is joined to the next one: one with a noun after it counts that
        noun, one with decimals is a statistic ("; no difference (p = 0.41)")."""
        out = list(found)
        share = -1  # where the last share of the sentence ends
        for k, m in enumerate(found):
            if share >= 0 and _SENTENCE_END.search(text, share, m.start):
                share = -1
            if m.kind == "percent":
                share = m.end
                continue
            if m.kind == "duration" or share < 0:
                continue
            if (m.kind != "number" or m.negative or m.decimals or m.value > 100
                    or ";" not in text[share:m.start]):
                share = -1  # a figure of another kind: the bare ones may count anything
                continue
            if not _ENDS_CLAUSE.match(text, m.end) and not (
                    k + 1 < len(found) and found[k + 1].kind == "number"
                    and self._then_joined(text, m.end, found[k + 1].start)):
                share = -1
                continue
            out[k] = dataclasses.replace(m, kind="percent")
        return out

    def _then_joined(self, text: str, end: int, start: int) -> bool:
        """Whether two bare figures are joined by a word of joining and at most one more
        short word ("71 and 57", "71 and then 57", "71 y luego 57", "71 und dann 57")."""
        words = text[end:start].replace(",", " ").split()
        return (1 <= len(words) <= 2 and words[0].casefold() in self.joins
                and all(w.isalpha() and len(w) <= 6 for w in words))

    def _joined(self, text: str, end: int, start: int, listed: bool) -> bool:
        """Whether two figures are listed with one unit for both: only a comma or one
        short function word of the language between them ("86 und 71 Prozent", "86 e 71
        %", "86, 71 y 57 %"), no noun a count could count."""
        gap = text[end:start]
        if "\n" in gap:
            return False
        if self.respectively and len(gap) <= _RESPECTIVELY_GAP:
            said = gap.replace(",", " ").split()
            if len(said) == 1 and said[0].casefold() in self.respectively:
                return True
        if len(gap) > 12:
            return False
        words = gap.replace(",", " ").split()
        if not words:
            return listed and "," in gap
        if len(words) == 2 and len(words[1]) <= 4 and words[1].isalpha():
            # the article or preposition of the first figure said again after the "and":
            # "al 86 y al 71 por ciento", "dell'86 e del 71 per cento", "do 86 e do 71 %"
            words = words[:1]
        elif len(gap) > 8:
            return False
        return len(words) == 1 and len(words[0]) <= 4 and words[0].casefold() in self.joins

    def _article(self, m: Mention) -> bool:
        return bool(self.articles) and tuple(t.norm for t in tokens(m.text)) in self.articles

    def _combine(self, text: str, a: _Atom, nxt: _Atom | None,
                 markers: set[int]) -> tuple[Mention, int]:
        """The mention ``a`` starts, and how many atoms it takes (2: ``a`` and ``nxt``)."""
        # only spaces before the next figure ("7.5 871"): no word or sign can follow ``a``
        spaced = nxt is not None and self.word_led and _spaced(text, a, nxt)
        after = not spaced and self._may_follow(text, a.end)
        points = self.points_after.match(text, a.end) if (
            after and self.points_after is not None) else None
        if points:  # "5 percentage points", "5 Prozentpunkte"
            return self._mention(text, a.start, points.end(), "points", a), 1
        if not a.words and text[a.end:a.end + 1] in ("k", "K") and not _WORD_CHAR.match(
                text, a.end + 1):  # "$2.5k", "10K": thousands, as posts write them
            big = a._replace(value=round(a.value * 1000, 6), decimals=0)
            return self._mention(text, a.start, a.end + 1, "number", big), 1
        scale = self.effects.scale_after.match(text, a.end) if (
            after and self.effects.scale_after is not None) else None
        if scale:  # "37 million", "1,5 millones"
            factor = self.effects.scale_values[scale.lastgroup or ""]
            big = a._replace(value=round(a.value * factor, 6), decimals=0)
            return self._mention(text, a.start, scale.end(), "number", big), 1
        percent = None if spaced else self.percent_after.match(text, a.end)
        if percent or (a.start and text[a.start - 1] == "%"):
            start = a.start - (0 if percent else 1)
            end = percent.end() if percent else a.end
            return self._mention(text, start, end, "percent", a), 1
        if nxt is not None and not spaced:
            pair = self._pair(text, a, nxt)
            if pair is not None:
                return pair, 2
        fold = self.fold_after.match(text, a.end) if (
            after and self.fold_after is not None) else None
        if fold:  # "four times", "3-fold", "2 veces"
            return self._mention(text, a.start, fold.end(), "fold", a), 1
        unit = None if spaced else self._unit(text, a.end)
        if unit is not None:
            return self._mention(text, a.start, unit[1], "duration", a, unit=unit[0]), 1
        suffix = self._suffix(text, a)
        if suffix is not None:
            return self._mention(text, a.start, suffix, "ordinal", a), 1
        if not a.words and a.end in markers:
            return self._mention(text, a.start, a.end, "marker", a), 1
        return self._mention(text, a.start, a.end, "number", a), 1

    def _pair(self, text: str, a: _Atom, b: _Atom) -> Mention | None:
        """A frequency ("71 out of 100") or a range ("from 1997 to 2019", "1997–2019").

        The cheap tests come first: a word between two numbers needs a space on each side
        of it (two characters at least), a dash at most three, and most pairs fail on
        their values before any pattern is tried."""
        gap = b.start - a.end
        if gap >= 2 and self.frequency is not None:
            if (0 < b.value <= 100000 and b.value >= a.value
                    and _links(self.frequency, text, a.end, b.start)
                    and (b.value <= 1000 or not self._year(text, b))
                    and self._unit(text, b.end) is None and self._counted(text, a, b)):
                return self._mention(text, a.start, b.end, "frequency", a, second=b.value)
            if (self.noun_frequency is not None and (
                    (not (a.words or b.words) and a.value > 1) or _one_in(a, b)
                    or self._one_in_many(text, a, b))
                    and a.value < b.value <= 100000
                    and _links(self.noun_frequency, text, a.end, b.start)
                    and self._unit(text, b.end) is None and self._unit(text, a.end) is None):
                return self._mention(text, a.start, b.end, "frequency", a, second=b.value)
        start = self._range_start(text, a, b, a.end) if gap >= 2 else None
        first = None  # the unit said on the first bound only: "from one year to 25"
        if start is None and gap >= 6 and b.value > a.value:
            first = self._unit(text, a.end)
            if first is not None:
                start = self._range_start(text, a, b, first[1])
        if (start is None and 1 <= gap <= 3 and not (a.words or b.words) and b.value > a.value
                and _links(self.dash, text, a.end, b.start)):
            start = a.start
        if start is None or self.percent_after.match(text, b.end):
            return None
        unit = self._unit(text, b.end) or first
        end = b.end if unit is first else unit[1] if unit else b.end
        return self._mention(text, start, end, "range", a, second=b.value,
                             unit=unit[0] if unit else None, b=b)

    def _one_in_many(self, text: str, a: _Atom, b: _Atom) -> bool:
        """"une femme sur 24", "one man in 22": a spelled-out one, its noun and a
        denominator in digits that ends the phrase (a mark, or a short function word
        after it), where "Uno studio su 572 donne" goes on to name what the 572 count."""
        if not (a.words and a.value == 1 and not b.words and not b.decimals
                and 3 <= b.value <= 1000):
            return False
        link = text[a.end:b.start].split()[-1:]
        if link and link[0].casefold() in self.range_openers:
            return False  # "una media de 10", "eine Dosis von 20": "de", "von" open a range
        if self.versus_gap is not None and self.versus_gap.match(text, b.end):
            return True  # compared with another figure: "una donna su 25 contro una su 14"
        after = _JOIN_AFTER.match(text, b.end)
        if after is not None:
            return after.group(1).casefold() in self.joins
        return _ENDS_CLAUSE.match(text, b.end) is not None

    def _range_start(self, text: str, a: _Atom, b: _Atom, end: int) -> int | None:
        """Where a range said in words starts: the first range word before ``a`` whose
        partner links ``a`` (or its unit, ending at ``end``) to ``b`` ("from 1997 to
        2019", "from one year to 25")."""
        if self.range_links is not None and not self.range_links.fullmatch(
                text, end, b.start):
            return None
        for before, between in self.ranges:
            # a link must end where ``b`` starts, and looking no further keeps the regex
            # module from scanning the rest of a long text for the range word
            link = between.match(text, end, b.start)
            lead = before.search(text, max(0, a.start - 40), a.start) if (
                link and link.end() == b.start) else None
            if lead:
                return lead.start()
        return None

    @staticmethod
    def _year(text: str, b: _Atom) -> bool:
        """Whether a denominator over 1000 could be a year ("5 in 2019"): four bare
        digits of a year; "1147" and "1 147" are counts."""
        raw = text[b.start:b.end]
        return raw.isdigit() and len(raw) == 4 and 1800 <= b.value <= 2100

    def _counted(self, text: str, a: _Atom, b: _Atom) -> bool:
        """Whether the number before the frequency word counts: a spelled-out one needs a
        bare frequency word after it ("uno su 572"), not a noun ("Uno studio su 572",
        where it is an article)."""
        if not (a.words and a.value == 1) or _one_in(a, b):
            return True
        link = self.bare_frequency.match(text, a.end) if self.bare_frequency else None
        return link is not None and link.end() == b.start

    def _unit(self, text: str, pos: int) -> tuple[str, int] | None:
        if self.unit_after is None:
            return None
        hit = self.unit_after.match(text, pos)
        if hit is None:
            return None
        return self.units.get(_fold(hit.group("u")), "unit"), hit.end()

    def _suffix(self, text: str, a: _Atom) -> int | None:
        if a.words:
            return None
        rest = text[a.end:a.end + 6]
        lowered = rest.casefold()
        if lowered[:1] not in self.suffix_heads:
            return None
        for form in self.suffix_forms:
            if lowered.startswith(form) and not rest[len(form):len(form) + 1].isalpha():
                return a.end + len(form)
        return None

    @staticmethod
    def _mention(text: str, start: int, end: int, kind: str, a: _Atom,
                 second: float | None = None, unit: str | None = None,
                 b: _Atom | None = None) -> Mention:
        negative = a.signed_at >= 0 and kind in _SIGNED and not (
            # "menos 40% de enfartes", "meno 3 casi": fewer, not a negative figure; but
            # "minus 5.5 to minus 1.1", "menos 5,5 a menos 1,1": the word again after a link
            text[a.signed_at].isalpha() and (kind == "percent" or (
                _NOUN_AFTER.match(text, end) and not _minus_again(text, a, end))))
        if negative and start == a.start:
            start = a.signed_at  # the minus is part of the figure
        return Mention(start, end, text[start:end], kind, a.value, second, unit, a.words,
                       a.decimals, negative=negative,
                       second_negative=b is not None and b.signed_at >= 0 and kind in _SIGNED)

    def _digit_atoms(self, text: str, minus: dict[int, int] | None = None
                     ) -> Iterator[_Atom]:
        """The numbers written in digits, in order. A run of digit groups ("1 2 3", "7.5
        871") may hold several: each is read from where the one before it stopped, on the
        groups split once per run."""
        make = tuple.__new__  # an _Atom, without the Python-level __new__ of a NamedTuple
        for run in _DIGITS.finditer(text):
            raw, start = run.group(), run.start()
            # only the run's first number can be part of a code: a separator stands
            # before each of the others
            code = _in_code(text, start)
            if raw.isdigit():  # one group, as most are: nothing to split
                if not code:
                    yield make(_Atom, (start, run.end(), float(raw), False, 0,
                                       _minus(text, start, minus)
                                       if start and text[start - 1] in _MINUS_HEADS
                                       else -1, False))
                continue
            parts = _SEPARATOR.split(raw)
            first = 0
            while first < len(parts):
                value, length, decimals, after = self._parse(parts, first)
                if not code:
                    yield make(_Atom, (start, start + length, value, False, decimals,
                                       _minus(text, start, minus), False))
                code = False
                if after < len(parts):
                    start += length + len(parts[after])
                first = after + 1

    def _parse(self, parts: list[str], first: int) -> tuple[float, int, int, int]:
        """Read digits with this locale's separators from the digit group
        ``parts[first]`` on (``parts`` alternates groups and separators); stop where the
        grouping breaks. Returns the value, the characters read, the decimals and the
        index of the separator after the last group read."""
        whole, used, grouped, decimals = [parts[first]], len(parts[first]), False, ""
        k = first + 1
        while k < len(parts) - 1:
            sep, group = parts[k], parts[k + 1]
            groupable = len(group) == 3 and (grouped or len(parts[first]) <= 3)
            if sep == self.decimal:
                decimals = group
            elif groupable:
                whole.append(group)
                grouped = True
                used += len(sep) + len(group)
                k += 2
                continue
            elif sep in ".," and not grouped:
                decimals = group  # the other locale's decimal mark, as a translator left it
            else:
                break
            used += len(sep) + len(group)
            k += 2
            break
        number = "".join(whole) + (f".{decimals}" if decimals else "")
        return float(number), used, len(decimals), k

    def _spelled(self, text: str) -> tuple[list[_Atom], list[Mention]]:
        """The spelled-out numbers of a sentence and its spelled-out ordinals
        (:meth:`_spelled_words`), with the denominators said by a scale word alone."""
        atoms, ordinals = self._spelled_words(text)
        if self.frequency_before is None:
            return atoms, ordinals
        return self._bare_denominators(text, atoms, ordinals), ordinals

    def _bare_denominators(self, text: str, atoms: list[_Atom],
                           ordinals: list[Mention]) -> list[_Atom]:
        """``atoms`` and the scale words said alone as a frequency's denominator: right
        after a frequency word ("in every hundred"), or after it and a word of one or two
        letters, its article ("out of a hundred"; the atom starts at the article, so that
        the frequency word links it to the figure before), and going on into no other
        number word ("a hundred and twenty" is another number)."""
        toks = tokens(text.rstrip())
        found = [k for k, t in enumerate(toks) if t.norm in self.bare_scales]
        if not found:
            return atoms
        read = Spans([(a.start, a.end) for a in atoms] + [(m.start, m.end) for m in ordinals])
        more = []
        for k in found:
            t = toks[k]
            if read.overlaps(t.start, t.end) or (k + 1 < len(toks) and (
                    toks[k + 1].norm in self.first_words or toks[k + 1].norm in self.scales
                    or toks[k + 1].norm in self.bare_scales)
                    and joined(text, t, toks[k + 1])):
                continue
            lead = self.frequency_before.search(text, max(0, t.start - 40), t.start)
            if lead is None:
                continue
            start = lead.start("a") if lead.group("a") else t.start
            more.append(_Atom(start, t.end, self.bare_scales[t.norm], True, bare=True))
        return sorted(atoms + more, key=attrgetter("start")) if more else atoms

    def _spelled_words(self, text: str) -> tuple[list[_Atom], list[Mention]]:
        """The spelled-out numbers of a sentence, and its spelled-out ordinals. Where a
        number word the tables found goes on (see :meth:`_goes_on`), or a word of a
        language that glues its numbers holds a thousands word, text2num
        reads them; what the tables read and text2num did not ("veintiún", "einer") is
        kept. A sentence of single number words ("five", "veintitrés", "dreizehn", most)
        is read by the tables alone: there the two agree (``bench/number_words.py``),
        and it saves text2num's call."""
        own = self._word_atoms(text)
        if self.text2num is None or (not own and not self.glued):
            return own, []
        toks = tokens(text.rstrip())
        glued = _unread(toks, own, self.glued) if self.glued else []
        if not glued and not self._goes_on(text, toks, own):
            return own, []  # single number words: the tables read them as text2num does
        near = _near(toks, own, glued)
        # text2num reads the plural indefinite as one too ("unas siete": about seven,
        # "quelques uns", "ones"): a one the tables do not spell is none
        found = [n for n in number_words.read(text, near, self.text2num)
                 if n.ordinal or n.value != 1 or (fold(text[n.start:n.end]),) in self.words]
        if not found:
            return own, []
        atoms = [_Atom(n.start, n.end, n.value, True, n.decimals)
                 for n in found if not n.ordinal]
        ordinals = [Mention(n.start, n.end, text[n.start:n.end], "ordinal", n.value,
                            words=True) for n in found if n.ordinal]
        read = Spans((n.start, n.end) for n in found)
        atoms += [a for a in own if not read.overlaps(a.start, a.end)]
        atoms.sort(key=attrgetter("start"))
        return atoms, ordinals

    def _goes_on(self, text: str, toks: list[Any], atoms: list[_Atom]) -> bool:
        """Whether a number word the tables read goes on into a number of several parts
        they may misread: another number word, a scale word or a joining word right after
        it ("cuarenta y cuatro mil setecientos", "two million", "vingt et unième"), one
        word then a number word ("two point five", "dos coma cinco"), or a word after a
        hyphen ("twenty-third", "vingt-troisième")."""
        starts = [t.start for t in toks]
        numeric = self.first_words
        for a in atoms:
            j = bisect_left(starts, a.end)
            if j == 0 or j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
                continue
            nxt = toks[j].norm
            if (nxt in numeric or nxt in self.scales or nxt.startswith(self.scale_heads)
                    or not text[toks[j - 1].end:toks[j].start].isspace()  # a hyphen
                    or (j + 1 < len(toks) and toks[j + 1].norm in numeric
                        and joined(text, toks[j], toks[j + 1]))):
                return True
        return False

    def _word_atoms(self, text: str) -> list[_Atom]:
        if not self.words:
            return []
        toks = tokens(text.rstrip())  # the same tokens as the sentence's other readers'
        if not self.complete and self.hundreds and self._needs_hundreds(toks):
            self._complete_words()
        out = []
        taken = 0  # the tokens before this are part of the last number read
        for i in [i for i, t in enumerate(toks) if t.norm in self.first_words]:
            if i < taken:
                continue
            best = None
            for n in range(min(self.longest_words, len(toks) - i), 0, -1):
                if n > 1 and not joined(text, toks[i + n - 2], toks[i + n - 1]):
                    continue
                key = tuple(t.norm for t in toks[i:i + n])
                if key in self.words and all(joined(text, toks[i + j], toks[i + j + 1])
                                             for j in range(n - 1)):
                    best = n
                    break
            if best is None:
                continue
            key = tuple(t.norm for t in toks[i:i + best])
            out.append(_Atom(toks[i].start, toks[i + best - 1].end, self.words[key], True))
            taken = i + best
        return _thousands(text, out) if len(out) > 1 else out


class _DateReader:
    """Dates written with the locale's month names, and ISO dates."""

    def __init__(self, locale: str, suffixes: tuple[str, ...]):
        from babel.dates import get_month_names

        self.months: dict[str, int] = {}  # folded name -> month number
        written: set[str] = set()  # as written, with and without accents ("März", "Marz")
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    self.months.setdefault(fold(name.rstrip(".")), number)
                    written |= {fold(name.rstrip(".")), name.rstrip(".").casefold()}
        # the names are defined once and called from each form (compiling is faster)
        names = "|".join(sorted(map(regex.escape, written), key=len, reverse=True))
        month = r"(?P<m>(?&month))\.?"
        ords = "|".join(regex.escape(s) for s in suffixes)
        day = rf"(?P<d>[0-3]?[0-9])(?:\.?(?:{ords}))?\.?" if ords else r"(?P<d>[0-3]?[0-9])\.?"
        year = r"(?P<y>(?:1[89]|20)[0-9][0-9])(?![0-9])"
        link = r"(?:\s+\p{L}{1,3})?"
        forms = [
            rf"{month}\s+{day},?\s+{year}",
            rf"{day}{link}\s+{month}(?:,|{link})\s+{year}",
            rf"{month}{link}\s+{year}",
            rf"{day}{link}\s+{month}",
            rf"{month}\s+{day}",
        ]
        words = "|".join(f"(?:{f})" for f in forms)
        self.pattern = regex.compile(
            rf"(?(DEFINE)(?P<month>{names}))"
            rf"(?<![\p{{L}}\p{{N}}])(?:{words})(?![\p{{L}}\p{{N}}])",
            regex.IGNORECASE)
        # Where a date can start: a run of digits (a day), or a word whose folded form
        # begins like a month name (names are folded, and a word folds the same way).
        shortest = min((len(k) for k in self.months), default=0)
        self.heads = {k[:shortest] for k in self.months} if shortest else None
        # how far before a day or year a month's name can start ("septiembre de 2021")
        self.reach = max((len(k) for k in self.months), default=0) + 16
        self.iso = regex.compile(
            r"(?<![0-9])((?:1[89]|20)[0-9][0-9])-([01][0-9])-([0-3][0-9])(?![0-9])")
        self.named = {fold(k) for k in get_month_names("wide", "format", locale).values()}
        self.capital = any(n[:1].isupper() for n in
                           get_month_names("wide", "format", locale).values())

    def read(self, text: str) -> list[Mention]:
        out = []
        for hit in self.iso.finditer(text):
            y, m, d = (int(g) for g in hit.groups())
            out.append(Mention(hit.start(), hit.end(), hit.group(), "date", y, date=(y, m, d)))
        iso = _spans(out)  # the dates of _dates never overlap each other
        for hit in self._dates(text):
            if iso.overlaps(hit.start(), hit.end()):
                continue
            found = {k: v for k, v in hit.capturesdict().items() if v}
            month_text = found["m"][0]
            if self.capital and not month_text[:1].isupper():
                continue  # "may" the verb is not May the month
            month = self.months[fold(month_text)]
            day = int(found["d"][0]) if "d" in found else None
            yr = int(found["y"][0]) if "y" in found else None
            if day is not None and not 1 <= day <= 31:
                continue
            out.append(Mention(hit.start(), hit.end(), hit.group(), "date", float(yr or 0),
                               date=(yr, month, day)))
        return out


    def _dates(self, text: str) -> Iterator[Any]:
        """What ``self.pattern.finditer(text)`` finds, trying only where a date can start
        (scanning the whole text with the big pattern is slow)."""
        if self.heads is None:
            yield from self.pattern.finditer(text)
            return
        size = len(next(iter(self.heads)))
        months = self._ascii_heads(text, size) if text.isascii() else [
            m.start() for m in _WORD_START.finditer(text, overlapped=True)
            if _fold(m.group())[:size] in self.heads]
        if not months:  # every form names a month
            return
        digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
        starts = set(digits)
        # every form has digits after the month's name (a day or a year), a few words on
        for pos in digits:
            starts.update(months[bisect_left(months, pos - self.reach):
                                 bisect_left(months, pos)])
        end = 0
        for pos in sorted(starts):
            if pos < end:
                continue
            hit = self.pattern.match(text, pos)
            if hit is not None:
                yield hit
                end = hit.end()

    def _ascii_heads(self, text: str, size: int) -> list[int]:
        """For an ASCII ``text``, the places :data:`_WORD_START` finds a word at whose
        folded first ``size`` letters are a month's head, in order: where a head stands in
        the lowered text (folding an ASCII word lowers it) with ``size`` letters from a
        place no letter or digit precedes (every head is ``size`` characters long). The
        heads are sought with ``str.find``: few words of a sentence start one."""
        low = text.lower()
        out = []
        for head in self.heads:
            at = low.find(head)
            while at >= 0:
                if (at == 0 or not low[at - 1].isalnum()) and low[at:at + size].isalpha():
                    out.append(at)
                at = low.find(head, at + 1)
        out.sort()
        return out



_DIGIT_RUN = regex.compile(r"[0-9]+")
_NORM = attrgetter("norm")  # a token's folded word
# a run of letters and marks from a place no letter or digit precedes: where a month's
# name can start (found overlapped: a mark can stand before the name's first letter)
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{M}]+")


class _DigitTable(dict[int, int]):
    """``str.translate`` table: every decimal digit this Python knows as its ASCII digit,
    every other character as itself (worked out the first time it is met). Digits that
    only newer Unicode tables know are not digits here: ``float`` cannot read them."""

    def __missing__(self, code: int) -> int:
        digit = unicodedata.decimal(chr(code), None)
        self[code] = value = code if digit is None else 0x30 + digit
        return value


_ASCII_DIGITS = _DigitTable()


_RESPECTIVELY_GAP = 24  # characters: a word for "respectively" and the spaces around it

# between spelled-out thousands and what follows: a space, or the "and" English and
# Portuguese put there ("five thousand and fifty", "cinco mil e setecentas")
_THOUSANDS_GAP = regex.compile(r"[ \u00a0\u202f]+(?:(?:and|e)[ \u00a0\u202f]+)?",
                               regex.IGNORECASE)


def _thousands(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Spelled-out thousands and the hundreds or units after them are one number, as
    every language says them: "cinco mil setecientas" (5,700), "siete mil cien",
    "five thousand seven hundred", "cinco mil e setecentas", "deux mille cinq cents"."""
    out: list[_Atom] = []
    for atom in atoms:
        last = out[-1] if out else None
        if (last is not None and last.words and atom.words and last.value >= 1000
                and last.value % 1000 == 0 and atom.value < 1000
                and _THOUSANDS_GAP.fullmatch(text, last.end, atom.start)):
            out[-1] = last._replace(end=atom.end, value=last.value + atom.value)
        else:
            out.append(atom)
    return out


def _common_end(*words: str) -> str:
    """The longest ending words share ("hundert" of "zweihundert", "dreihundert",
    "vierhundert")."""
    k = 0
    while k < min(map(len, words)) and len({w[-1 - k] for w in words}) == 1:
        k += 1
    return words[0][len(words[0]) - k:]


def _unread(toks: list[Any], atoms: list[_Atom], stems: tuple[str, ...]) -> list[int]:
    """The tokens that hold a thousands word ("achttausendfünfhundertdrei") and that the
    tables did not read."""
    words = " ".join([t.norm for t in toks])  # one search per stem, most find none
    if not any(stem in words for stem in stems):
        return []
    return [k for k, t in enumerate(toks) if any(stem in t.norm for stem in stems)
            and not any(a.start <= t.start < a.end for a in atoms)]


def _near(toks: list[Any], atoms: list[_Atom], glued: list[int]) -> list[Any]:
    """The tokens text2num is given: those of the number words the tables found, with
    one before and two after ("point five" of "two point five", "third" of "twenty-third"),
    and the glued thousands they did not read, with one on each side (handing it only these
    keeps it fast; a sentence has few numbers)."""
    keep: set[int] = set()
    if atoms:
        starts = [t.start for t in toks]
        for a in atoms:
            first, last = bisect_left(starts, a.start), bisect_left(starts, a.end)
            keep.update(range(max(0, first - 1), min(len(toks), last + 2)))
    for k in glued:
        keep.update(range(max(0, k - 1), min(len(toks), k + 2)))
    return [toks[k] for k in sorted(keep)]


def _combinable(fragment: str) -> bool:
    """Whether a fragment means the same as one alternative of a longer pattern: it sets
    no flags, refers to no group by number or name and has no backtracking verbs."""
    return regex.search(r"\\[0-9g]|\((?:\?(?!:)|\*)", fragment) is None


def _in_order(digits: Iterator[_Atom], words: list[_Atom]) -> Iterator[_Atom]:
    """Numbers in digits and in words, in text order (each comes in order)."""
    if words:
        return heapq.merge(digits, words, key=attrgetter("start"))
    return digits


def _spaced(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether only spaces (of those that join the parts of an expression) stand between
    ``a`` and the digits of ``b``."""
    return not b.words and not text[a.end:b.start].strip(_GAP_CHARS)


def _word_led(form: str) -> bool:
    """Whether a word (or a pack's regex fragment) can only start with a character that
    is neither a space nor a digit. A fragment counts only if it plainly starts with a
    letter (one that is not optional, or ``\\p{L}``)."""
    if not _is_fragment(form):
        return form[:1] not in ("", *_GAP_CHARS, *"0123456789")
    if "|" in form:
        return False
    head = 5 if form.startswith(r"\p{L}") else 1 if form[:1].isalpha() else 0
    return head > 0 and form[head:head + 1] not in ("?", "*", "{")


def _links(pattern: regex.Pattern[str], text: str, end: int, start: int) -> bool:
    """Whether ``pattern``, matched where one number ends, reaches the next one's start."""
    link = pattern.match(text, end)
    return link is not None and link.end() == start


def _in_code(text: str, start: int) -> bool:
    """Whether the digits at ``start`` are part of a name or code: COVID-19, H1N1, a path."""
    if not start:
        return False
    before = text[start - 1]
    return before.isalnum() or before in "_/" or (
        before in "-‐‑" and start > 1 and text[start - 2].isalpha())


# kinds whose figure may carry a minus; kinds a hedge word may stand before
_SIGNED = frozenset({"number", "percent", "points", "fold", "range", "ratio", "duration"})
_HEDGED = frozenset({"number", "percent", "frequency", "points", "fold", "multiple",
                     "fraction", "ratio", "duration"})
# the last character before a figure with a minus: a sign, or a space after a minus word
_MINUS_HEADS = frozenset("\u2212-\u2013 \u00a0\u202f\t\n")
_NOUN_AFTER = regex.compile(r"[ \u00a0]+\p{L}")
# what may stand before a figure's minus: "(−0.17", "= -0.17", "a -0.17"
_BEFORE_MINUS = frozenset(" \t\n\u00a0\u202f([=:;,/")


def _minus(text: str, start: int, words: dict[int, int] | None) -> int:
    """Where the minus of the figure at ``start`` starts, or -1: a minus sign (U+2212, or
    a hyphen or an en dash after a space or an opening mark: "18-45" is a range), or a minus word
    ("minus 0.17"; ``words`` maps the start of the figure after each to its start)."""
    if not start:
        return -1
    before = text[start - 1]
    if before == "\u2212":
        return start - 1 if start < 2 or not text[start - 2].isdigit() else -1
    if before == "-" or before == "\u2013":  # an en dash written for a minus: ": –28,8"
        return start - 1 if start < 2 or text[start - 2] in _BEFORE_MINUS else -1
    if before in " \u00a0\u202f" and spaced_sign(text, start - 1) in ("\u2212", "-", "\u2013"):
        return start - 2  # "Résultat : – 40 %"
    return words.get(start, -1) if words else -1


def spaced_sign(text: str, end: int) -> str:
    """A sign set apart from its figure by a space, as a label's value ("Résultat : – 40
    %", "| + 22 %"): the sign, or "" (a dash after a word is an aside's: "infarctus – 40
    % de moins" is no minus; at a line's start, a list's bullet: "– 114 patients")."""
    if end < 1 or text[end - 1] not in "\u2212-\u2013+":
        return ""
    k = end - 1
    while k > 0 and text[k - 1] in " \u00a0\u202f\t":
        k -= 1
    return text[end - 1] if k > 0 and text[k - 1] in ":(|=" else ""


def _minus_again(text: str, a: _Atom, end: int) -> bool:
    """Whether the minus word before ``a`` stands again after one or two short link words:
    "minus 5.5 to minus 1.1", "moins 5,5 jusqu'à moins 1,1" (two signed bounds, not
    "fewer")."""
    word = regex.escape(text[a.signed_at:a.start].strip())
    links = r"(?:[ \u00a0\n]+[\p{L}'’]{1,7}){1,2}"
    return regex.match(rf"{links}[ \u00a0\n]+{word}[ \u00a0\n]+[0-9]", text[end:end + 40],
                       regex.IGNORECASE) is not None


def _one_in(a: _Atom, b: _Atom) -> bool:
    """"One patient in four", "un paziente su quattro", "una mujer de cada cinco": a
    spelled-out one before a small spelled-out denominator is a frequency, noun and all
    (where "Uno studio su 572 donne" is an article before a count)."""
    return a.words and a.value == 1 and b.words and 2 <= b.value <= 20


def _spans(mentions: list[Mention]) -> Spans:
    return Spans((m.start, m.end) for m in mentions)


class _EffectWords:
    """How one language writes effect measures around a figure: hedges ("about 12 %"),
    minus words, ratio names ("HR 0.62"), confidence intervals ("IC del 95 %: 0,45 a
    0,85"), p-values, percentage points, multiples ("four times", "double") and
    fractions ("more than half"), from the pack's word lists. A pack without them still
    reads minus signs, "p = 0.03" and "95% CI"-free figures; it reads none of the words.

    Each pattern is sought once per sentence; a figure then looks up what ends right
    before it (no search per figure)."""

    def __init__(self, pack: object):
        flags = regex.IGNORECASE

        def words(name: str) -> Any:
            return getattr(pack, name, None) or ()

        self.points_after = _after(words("point_words"))
        self.fold_after = _after(words("fold_words"))
        # the characters those words can start with (None: any): most figures are
        # followed by none of them, and are not tried
        scales = dict(words("scale_words"))
        self.scale_after = _after(_named_forms(scales))
        self.scale_values = {f"s{k}": float(v) for k, v in enumerate(scales.values())}
        self.after_heads = _heads([*words("point_words"), *words("fold_words"), *scales])
        hedges = dict(words("hedge_words"))
        self.hedges = _named({f"h{k}": forms for k, forms in enumerate(hedges.values())}, 1)
        self.hedge_ids = {f"h{k}": h for k, h in enumerate(hedges)}
        minus = _alternation(words("minus_words"))
        self.minus = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{minus}){_GAP}+(?=[0-9])", flags) if minus else None
        ratio_names = dict(words("ratio_words"))
        self.ratio_names = _named({f"r{k}": forms for k, forms in
                                   enumerate(ratio_names.values())})
        self.ratio_ids = {f"r{k}": r for k, r in enumerate(ratio_names)}
        abbreviations = dict(words("ratio_abbreviations"))
        self.abbreviations = {form: kind for kind, forms in abbreviations.items()
                              for form in forms}
        self.ratio_abbreviations = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{_alternation(self.abbreviations)})(?![\p{{L}}])"
        ) if self.abbreviations else None
        ci = _alternation(words("ci_words"))
        percent = _alternation(["%", *words("percent_words")])
        # a level is 80-99 ("95 %", "97.5 %"): "95% CI 12% to 45%" has bounds in per cent
        level = rf"[89][0-9](?:[.,][0-9])?{_GAP}?-?(?:{percent})"
        self.ci_word = regex.compile(
            rf"(?<![\p{{L}}])(?:{ci})(?![\p{{L}}])", flags) if ci else None
        self.ci = regex.compile(
            rf"(?:(?<![0-9.,])(?P<lead>{level})[ \u00a0-]*)?(?<![\p{{L}}])(?:{ci})(?![\p{{L}}])"
            rf"(?:\s*(?:\p{{L}}{{1,3}}['’]?)?\s*(?P<tail>{level}))?",
            flags) if ci else None
        pnames = _alternation(["p", *words("pvalue_words")])
        self.pvalue = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{pnames})[ \u00a0]*(?P<rel>[=<>≤≥])[ \u00a0]*[.,]?$",
            flags)
        self.pvalue_any = regex.compile(r"(?<![\p{L}\p{N}])p[ \u00a0]*[=<>≤≥]|"
                                        + (_alternation(words("pvalue_words")) or "(?!)"),
                                        flags)
        links = [b for _, b in (getattr(pack, "range_words", None) or ())]
        self.link = regex.compile(
            rf"{_GAP}*(?:[-‐‑–—;,]|\u2212){_GAP}*"
            + (rf"|{_GAP}+(?:{_alternation(links)}){_GAP}+" if links else ""), flags)
        fold_link = rf"[-‐‑]?(?:{_GAP}*[-‐‑–—]{_GAP}*" + (
            rf"|{_GAP}+(?:{_alternation(links)}){_GAP}+)" if links else ")")
        self.fold_link = regex.compile(fold_link, flags)
        self.fractions = _named({f"f{k}": (form,) for k, form in
                                 enumerate(words("fraction_words"))})
        self.fraction_values = {f"f{k}": float(v) for k, v in
                                enumerate(dict(words("fraction_words")).values())}
        self.multiples = _named({f"m{k}": (form,) for k, form in
                                 enumerate(words("multiple_words"))})
        self.multiple_values = {f"m{k}": float(v) for k, v in
                                enumerate(dict(words("multiple_words")).values())}
        self.glued = None
        suffixes = _alternation(words("fold_suffixes"))
        say = getattr(pack, "number_words", None)
        if suffixes and say is not None:
            spoken: dict[str, int] = {}
            for value in range(2, 21):
                try:
                    spoken.setdefault(say(value).casefold(), value)
                except Exception:  # a language num2words lacks
                    break
            self.glued_values = spoken
            self.glued = Anchored(regex.compile(
                rf"(?<![\p{{L}}])(?P<n>{_alternation(spoken)})(?:{suffixes})(?![\p{{L}}])",
                flags), None, any_of([suffixes])) if spoken else None

    def names_ratio(self, word: str) -> bool:
        """Whether a word is one of the ratio abbreviations, as written ("HR", not "hr")."""
        return word in self.abbreviations

    def minus_starts(self, text: str) -> dict[int, int] | None:
        """For each figure a minus word stands before, where the word starts."""
        if self.minus is None:
            return None
        found = {hit.end(): hit.start() for hit in self.minus.finditer(text)}
        if found and self.hedges is not None:  # "más o menos 0,45", "mais ou menos 45":
            for hedge in self.hedges.finditer(text):  # a hedge, no minus
                found = {end: start for end, start in found.items()
                         if not hedge.start() <= start < hedge.end()}
        return found or None

    def whole(self, text: str) -> list[Mention]:
        """Multiples and shares said by a word alone: "double", "viermal", "half"."""
        out: list[Mention] = []
        for pattern, kind, values in ((self.multiples, "multiple", self.multiple_values),
                                      (self.fractions, "fraction", self.fraction_values)):
            if pattern is not None:
                out += [Mention(h.start(), h.end(), h.group(), kind,
                                values[h.lastgroup or ""], words=True)
                        for h in pattern.finditer(text)]
        if self.glued is not None:
            out += [Mention(h.start(), h.end(), h.group(), "fold",
                            float(self.glued_values[h.group("n").casefold()]), words=True)
                    for h in self.glued.finditer(text)]
        if len(out) > 1:
            out.sort(key=attrgetter("start"))
            kept = [out[0]]
            for m in out[1:]:
                if m.start >= kept[-1].end:
                    kept.append(m)
            out = kept
        return out

    def annotate(self, text: str, found: list[Mention]) -> list[Mention]:
        """The mentions of one sentence read with the words around them."""
        if not found:
            return found
        out = self._folds(text, found)
        if self.ci is not None:
            out = self._intervals(text, out)
        # a p-value and a ratio are a bare number; a hedge is said of the kinds it can
        # qualify (the words are not sought where no figure could take them)
        numbers = any(m.kind == "number" for m in out)
        if numbers and self.pvalue_any.search(text) is not None:
            out = [self._pvalue(text, m) if m.kind == "number" else m for m in out]
        if numbers and (self.ratio_names is not None or self.ratio_abbreviations is not None):
            out = self._ratios(text, out)
        if self.hedges is not None and any(m.kind in _HEDGED for m in out):
            ends = {hit.end(): self.hedge_ids[hit.lastgroup or ""]
                    for hit in self.hedges.finditer(text)}
            if ends:
                out = [_hedged(text, m, ends) if m.kind in _HEDGED else m for m in out]
        out = [dataclasses.replace(m, hedge="about")
               if m.hedge is None and m.kind in _HEDGED and _HEDGE_AFTER.match(text, m.end)
               else m for m in out]
        if "+" in text:  # "5,700+ cases", "65+": a plus right after a figure is "more than"
            out = [dataclasses.replace(m, hedge="more-than")
                   if m.hedge is None and m.kind in ("number", "percent") and _PLUS.match(
                       text, m.end) else m for m in out]
        return out

    def _folds(self, text: str, found: list[Mention]) -> list[Mention]:
        """"2- to 3-fold", "de 2 a 3 veces": two figures and a multiple's word."""
        if self.fold_after is None:
            return found
        out: list[Mention] = []
        for m in found:
            if m.kind == "range" and not m.unit:
                after = self.fold_after.match(text, m.end)
                if after:
                    m = dataclasses.replace(m, end=after.end(), text=text[m.start:after.end()],
                                            kind="fold")
            elif (m.kind == "fold" and m.second is None and out and out[-1].kind == "number"
                  and self.fold_link.fullmatch(text, out[-1].end, m.start)):
                first = out.pop()
                m = dataclasses.replace(first, end=m.end, text=text[first.start:m.end],
                                        kind="fold", second=m.value,
                                        second_negative=m.negative)
            out.append(m)
        return out

    def _intervals(self, text: str, found: list[Mention]) -> list[Mention]:
        """"95% CI 0.45-0.85", "IC del 95 %: 0,45 a 0,85", "95-%-KI 0,45–0,85": the level
        (kind ``cilevel``) and the bounds (kind ``ci``: ``value`` to ``second``)."""
        assert self.ci is not None and self.ci_word is not None
        if self.ci_word.search(text) is None:
            return found  # the whole pattern is slow to seek where it cannot be
        out = list(found)
        starts = [m.start for m in out]
        merged: set[int] = set()  # second bounds, now part of the mention before them
        for hit in self.ci.finditer(text):
            k = bisect_left(starts, hit.start())
            while k < len(out) and out[k].end <= hit.end():
                level = out[k]
                if level.kind in ("number", "percent"):
                    out[k] = dataclasses.replace(level, kind="cilevel")
                k += 1
            if k < len(out) and out[k].start < hit.end():
                continue  # a figure runs into the words: no interval here
            if k >= len(out) or not _CI_GAP.fullmatch(text, hit.end(), out[k].start):
                continue
            first = out[k]
            if first.kind == "range" and not first.unit:
                out[k] = dataclasses.replace(first, kind="ci")
            elif (first.kind in ("number", "percent") and k + 1 < len(out)
                  and out[k + 1].kind == first.kind
                  and self.link.fullmatch(text, first.end, out[k + 1].start)):
                second = out[k + 1]
                merged.add(k + 1)
                out[k] = dataclasses.replace(
                    first, kind="ci", end=second.end, text=text[first.start:second.end],
                    second=second.value, second_negative=second.negative)
        return [m for i, m in enumerate(out) if i not in merged] if merged else out

    def _pvalue(self, text: str, m: Mention) -> Mention:
        """"p = 0.03", "p < .001", "P<0,001": a p-value, with its relation."""
        hit = self.pvalue.search(text, max(0, m.start - 30), m.start)
        if hit is None:
            return m
        value, decimals, start = m.value, m.decimals, m.start
        if text[m.start - 1] in ".," and m.decimals == 0:  # ".001": the zero left out
            digits = text[m.start:m.end]
            value, decimals, start = float(f"0.{digits}"), len(digits), m.start - 1
        relation = {"≤": "<", "≥": ">"}.get(hit.group("rel"), hit.group("rel"))
        return dataclasses.replace(m, start=start, text=text[start:m.end], kind="pvalue",
                                   value=value, decimals=decimals, relation=relation)

    def _ratios(self, text: str, found: list[Mention]) -> list[Mention]:
        """"HR 0.62", "hazard ratio of 0,62", "odds ratio for death, 1.8": the figure a
        ratio's name is said with (a few words between, no other figure)."""
        named: list[tuple[int, str]] = []
        if self.ratio_names is not None:
            named += [(h.end(), self.ratio_ids[h.lastgroup or ""])
                      for h in self.ratio_names.finditer(text)]
        if self.ratio_abbreviations is not None:
            # not one that ends a list item, after its figures: "86-71 RR, 71-57 PP"
            named += [(h.end(), self.abbreviations[h.group()])
                      for h in self.ratio_abbreviations.finditer(text)
                      if not _LABEL_AFTER.match(text, h.end())
                      or not _FIGURE_BEFORE.search(text, max(0, h.start() - 3), h.start())]
        if not named:
            return found
        out = list(found)
        starts = [m.start for m in out]
        for end, kind in named:
            k = bisect_left(starts, end)
            if k < len(out) and out[k].kind == "number" and _RATIO_GAP.fullmatch(
                    text, end, out[k].start):
                out[k] = dataclasses.replace(out[k], kind="ratio", unit=kind)
        return out


# a label's end after a figure ("86-71 RR, 71-57 progressive"): an abbreviation there
# names what the figures before it are of, not a ratio the next figure is
_LABEL_AFTER = regex.compile(r"[ \u00a0]*[,;]")
_FIGURE_BEFORE = regex.compile(r"\p{N}%?[ \u00a0]+$")
# a plus sign right after a figure, not a sum ("5,700+ cases", not "5+3")
_PLUS = regex.compile(r"\+(?![ \u00a0]?[0-9])")
# "about" said after the figure (and its counted noun), as it is in every one of our
# languages: "one in four patients, or so", "uno de cada cuatro pacientes,
# aproximadamente", "25 % environ", "il 25% circa", "25 Prozent ungefähr"; not when it
# leads in to the next figure ("..., environ 30 %")
_HEDGE_AFTER = regex.compile(
    r"(?:[ \u00a0]+\p{L}{3,})?[ \u00a0]*,?[ \u00a0]*(?:or\s+so|give\s+or\s+take"
    r"|aproximadamente|aprox\.|más\s+o\s+menos|mais\s+ou\s+menos|environ|circa"
    r"|ungefähr)(?!\p{L})(?![ \u00a0]*(?:\p{N}|[\p{L}]{1,3}[ \u00a0]+\p{N}))",
    regex.IGNORECASE)
# between a ratio's name and its figure: a few words, marks, no figure ("for death was")
_RATIO_GAP = regex.compile(r"[\s,:=(\[\]]*(?:[\p{L}'’-]+[\s,:=(\[\]]+){0,6}?")
# between "95% CI" and its bounds: marks and at most one short word ("[CI],", "de", "from")
_CI_GAP = regex.compile(r"[\s,:;=(\[\]]*(?:\p{L}{1,4}[\s,:;=(\[\]]+)?")


def _named_forms(forms: dict[str, float]) -> list[str]:
    """Fragments as named groups ``s0``, ``s1``...: which one matched is ``lastgroup``."""
    return [f"(?P<s{k}>{form})" for k, form in enumerate(forms)]


def _heads(forms: Iterable[str]) -> frozenset[str] | None:
    """The first characters (folded) the fragments can match, or None when a fragment
    does not plainly tell ("(?:keer|maal)")."""
    out = set("-‐‑")
    for form in forms:
        head = form[:1]
        if not head or head in "([\\.^$":
            return None
        out.add(head.casefold())
        if form[1:2] in ("?", "*"):  # "-?mal": the next one too
            nxt = form[2:3]
            if not nxt or nxt in "([\\.^$":
                return None
            out.add(nxt.casefold())
    return frozenset(out)


def _after(forms: Iterable[str]) -> regex.Pattern[str] | None:
    """A pattern for words right after a figure ("percentage points", "-fold")."""
    alternation = _alternation(forms)
    if not alternation:
        return None
    return regex.compile(rf"(?:{_GAP}*|[-‐‑])(?:{alternation}|{_NEVER})(?![\p{{L}}])",
                         regex.IGNORECASE)


def _named(groups: dict[str, Iterable[str]], shortest: int = 3) -> Anchored | None:
    """One pattern for several lists of words, each a named group: which list a hit is
    from is ``hit.lastgroup``. A hit ends where a word does, or at a mark ("d'", "<").

    Most sentences hold none of the words: the pattern runs only over one that holds a
    word (of at least ``shortest`` characters) each of its matches holds (:mod:`.anchors`).
    """
    alternations = [alt for forms in groups.values() if (alt := _alternation(forms))]
    parts = [f"(?P<{name}>{alt})" for name, forms in groups.items()
             if (alt := _alternation(forms))]
    if not parts:
        return None
    return Anchored(regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(parts)})(?:(?<=[^\p{{L}}])|(?![\p{{L}}]))",
        regex.IGNORECASE), None, any_of(alternations, shortest))


# a currency said before an amount: a sign, with the country's letters of a dollar ("US$",
# "R$", "A$") and a space or none ("nearly $2,500", "casi US$ 2500", "cerca de € 300")
_CURRENCY_BEFORE = regex.compile(r"(?:\p{Lu}{1,2})?\p{Sc}[ \u00a0\u202f]?$")


def _hedged(text: str, m: Mention, ends: dict[int, str]) -> Mention:
    """``m`` with the hedge said right before it, if any ("about 12 %", "d'un tiers"); a
    currency's sign stands between a hedge and its amount ("nearly $2,500")."""
    j = m.start
    if j and m.kind == "number" and not m.words:
        money = _CURRENCY_BEFORE.search(text, max(0, j - 5), j)
        if money is not None:
            j = money.start()
    while j > 0 and text[j - 1] in _GAP_CHARS:
        j -= 1
    hedge = ends.get(j) or ends.get(m.start)
    if hedge is None and m.kind in ("fraction", "multiple"):
        # the hedge before the preposition a change by a fraction takes: "cut almost in
        # half", "reduce casi a la mitad", "réduit presque de moitié", "reduz quase para
        # metade", "riduce quasi della metà" (one or two short words between)
        k = j
        for _ in range(2):  # back over a short word, then see whether a hedge ends there
            word = _SHORT_WORD.search(text, max(0, k - 8), k)
            if word is None:
                break
            k = word.start()
            while k > 0 and text[k - 1] in _GAP_CHARS:
                k -= 1
            hedge = ends.get(k)
            if hedge is not None:
                break
    if hedge is None and m.kind in ("frequency", "percent", "number"):
        # a rough hedge before the preposition the figure takes: "más o menos a uno de
        # cada cuatro", "etwa bei einem von vier", "circa a uno su quattro" (not a bound:
        # "less than in 7 %" compares)
        word = _PREPOSITION.search(text, max(0, j - 5), j)
        if word is not None:
            k = word.start()
            while k > 0 and text[k - 1] in _GAP_CHARS:
                k -= 1
            if ends.get(k) in ("about", "nearly"):
                hedge = ends[k]
    if hedge is None and (m.kind == "fraction" or (m.kind == "frequency" and m.words)):
        # the hedge took the fraction's article: "más de la" + "la mitad"; or a
        # frequency's "one": "circa un" + "un paziente su quattro"
        space = next((k for k, ch in enumerate(m.text) if ch in _GAP_CHARS), -1)
        hedge = next((ends[e] for e in range(m.start + 1, m.start + space + 1) if e in ends),
                     None) if 0 < space <= 4 else None
    return dataclasses.replace(m, hedge=hedge) if hedge else m


# a preposition of one to four letters right before a figure ("a", "à", "bei", "pour")
_PREPOSITION = regex.compile(r"(?<=[ \t\u00a0\n])\p{L}{1,4}$")
# a short word (a preposition, an article) right before a figure's word
_SHORT_WORD = regex.compile(r"(?<=[ \t\u00a0\n])\p{L}{1,5}['’]?$")


_READERS: Memo[NumberReader] = Memo(64)
_NONE: frozenset[int] = frozenset()


def reader(pack: object) -> NumberReader:
    """The reader for a language pack, built on first use and kept for the process."""
    return _READERS.get((pack,), None, lambda: NumberReader(pack))


def read_numbers(text: str, pack: Any, memo: RunMemo | None = None) -> list[Mention]:
    """Every number mention in ``text`` read as ``pack``'s language writes numbers.

    A number never spans two sentences, so the text is read sentence by sentence; with a
    ``memo`` (the run's lexicon) a sentence that several outputs of the run share is read
    once, and a text that several validators read is placed once (a new list each call:
    callers may change the list, never the mentions, which are frozen).
    """
    if memo is None:
        return _read_numbers(text, pack, None)
    return list(text_numbers(text, pack, memo))


def text_numbers(text: str, pack: Any, memo: RunMemo) -> tuple[Mention, ...]:
    """The mentions of ``text``, read once per run: the analysis's ``numbers`` part and
    every validator calling :func:`read_numbers` on the same text share one reading (the
    text's numbering and addresses are found once, not once for each)."""
    return memo.remember(("numbers-text", text),  # type: ignore[no-any-return]
                         lambda: tuple(_read_numbers(text, pack, memo)))


def _read_numbers(text: str, pack: Any, memo: RunMemo | None) -> list[Mention]:
    read = reader(pack).read
    found: list[Mention] = []
    starts = [a for a, _ in pack.sentence_spans(text)]
    spans = numbering.addresses(text)
    addressed = numbering.ends(text, spans)
    remember = memo.remember if memo is not None else None
    line = 0  # where the line of the sentence starts (sought from the sentence before)
    before = 0  # where the sentence before starts
    # each sentence with the white space after it ("1. " is a list marker, "1." not)
    for a, end in zip(starts, [*starts[1:], len(text)], strict=False):
        newline = text.rfind("\n", before, a)
        line = newline + 1 if newline >= 0 else line
        before = a
        lead = text[line:a]  # what stands before the sentence on its line
        sentence, line_start = text[a:end], not lead or lead.isspace()
        here = frozenset(p - a for p in addressed if a < p <= end) if addressed else _NONE
        if remember is None:
            mentions = read(sentence, line_start, here)
        else:
            mentions = remember(("numbers-sentence", sentence, line_start, here),
                                lambda s=sentence, ls=line_start, h=here: read(s, ls, h))
        if mentions:
            found += [m.shifted(a) for m in mentions] if a else mentions
    return numbering.unmark(found, spans) if spans else found
