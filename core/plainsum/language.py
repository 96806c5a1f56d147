"""Language packs: everything plainsum knows about one language.

A pack is registered by a plugin through ``register_languages``. This base class gives
what CLDR (Babel), num2words and pyphen already know for the pack's locale; a pack adds
its readability formula and targets, its phrasebook (the wording the built-in generators
use), direction words and abbreviations. Heavy libraries load on first use only.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .errors import MissingTranslation
from .memo import Memo

# A word; a number keeps its decimal and grouping marks ("10.5", "40,000" are one word).
# (Written as runs of characters, not one character per repetition: the same words,
# found in two thirds of the time.)
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*+"
                        r"(?:(?<=\p{N})[.,](?=\p{N})[\p{L}\p{M}\p{N}'’\-]*+)*+")
# what a text needs to hold a word at all (its first character)
_WORD_START = regex.compile(r"[\p{L}\p{M}\p{N}]")
# The same two patterns for the ``re`` module, which finds words in twice less time: used
# on a text without "_" whose every character the two modules class alike (a letter, mark
# or number is a ``\w`` and nothing else is; a number is a ``\d``), where they find the
# same words (the characters of most texts: kept in _ALIKE as they are met).
_WORD_RE_RE = re.compile(r"[^\W_][\w'’\-]*+(?:(?<=\d)[.,](?=\d)[\w'’\-]*+)*+")
_WORD_START_RE = re.compile(r"[^\W_]")
_NUMBER = regex.compile(r"\p{N}")
_ALIKE: set[str] = set()
_UNLIKE: set[str] = set()
# A sentence ends at a run of terminal marks (closing quotes and brackets included) before
# a space or the end, or at a blank line.
# German closes a quote with “ and ‘ („…“, ‚…‘), which English uses to open one: after a
# terminal mark they can only close.
# A line break ends a sentence too between two lines that each open a list item ("- ",
# "• ", "* ") or a label ("Comparison: ...", "Confronto: ..."), unless the first ends in a
# colon or a comma and so goes on into the next: a slide's bullets and a table's rows with
# no marks of their own are sentences each. A heading line before the first item is not
# cut from it ("Primary outcome (first 30 days)" says when the items' figures were taken).
_ITEM = (r"[^\S\n]*(?:[-•*–][^\S\n]+\S|\p{Lu}[\p{L}'’-]*(?:[^\S\n]+[\p{L}'’-]+){0,3}"
         r"[^\S\n]*:[^\S\n])")
_BOUNDARY = regex.compile(
    r"[.!?…]+[\"'”’“‘»)\]]*(?=\s|$)|\n[^\S\n]*\n\s*"
    rf"|(?<![:,;][^\S\n]*)\n(?={_ITEM})")
_ITEM_LINE = regex.compile(_ITEM)
_OPENERS = "(\"'“‘„‚«[¿¡"
_AFTER_MARK = regex.compile(r"[^\S\n]*\n?[^\S\n]*(\S?)")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+|(?:\p{L}{1,3}\.){2,}")
# words whose name is a capital letter after them ("vitamin D", "hepatitis B", "type A",
# "Gruppe A"): "… vitamin D. The …" ends a sentence, the letter is no one's initial
_LETTER_NAMED = frozenset({
    "vitamin", "vitamina", "vitamine", "hepatitis", "hépatite", "hepatite", "epatite",
    "type", "typ", "tipo", "group", "groupe", "gruppe", "grupo", "gruppo", "influenza",
    "grippe", "gripe", "arm", "bras", "brazo", "braccio", "braço"})
# sentence spans of recent texts, per pack (segmenting is asked for again and again)
_SPANS: Memo[tuple[tuple[int, int], ...]] = Memo(256)
# The longest run of text taken as one sentence. The longest sentences of real releases
# (legal boilerplate) have about 1,100 characters; a longer run with no sentence end is
# a list, a table or junk, and is cut at the last space before this many characters, so
# that reading a text sentence by sentence stays linear in its length, whatever it is.
MAX_SENTENCE = 2000
_WORD_COUNTS_KEPT = 65536  # words whose counts a pack keeps before it starts afresh


@dataclass(frozen=True)
class TextCounts:
    """What readability formulas are made of."""

    sentences: int
    words: int
    syllables: int
    letters: int
    polysyllables: int  # words of three syllables or more
    monosyllables: int
    long_words: int  # words of more than six letters

    @property
    def words_per_sentence(self) -> float:
        return self.words / max(self.sentences, 1)

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / max(self.words, 1)


@dataclass(frozen=True)
class ReadabilityFormula:
    """A published readability formula, named in every verdict.

    ``bands`` are ``(threshold, label)`` pairs in the direction of the formula
    (lowest first when lower is easier); ``source`` cites where the bands come from.
    """

    name: str
    compute: Callable[[TextCounts], float]
    higher_is_easier: bool
    source: str
    bands: tuple[tuple[float, str], ...] = ()

    def band(self, score: float) -> str | None:
        label = None
        for threshold, name in self.bands:
            if (score >= threshold) if self.higher_is_easier else (score <= threshold):
                return name
            label = name
        return label

    def passes(self, score: float, target: float | None) -> bool:
        if target is None:
            return True
        return score >= target if self.higher_is_easier else score <= target


@dataclass
class LanguagePack:
    """One language. Subclass or instantiate with data; register it from a plugin."""

    code: str
    name: str
    locale: str
    formula: ReadabilityFormula
    targets: Mapping[str, float]
    phrases: Mapping[str, Any] = field(default_factory=dict)  # the generators' wording
    # direction -> regex fragments: improved, worsened, increased, decreased, unchanged
    directions: Mapping[str, list[str]] = field(default_factory=dict)
    negations: list[str] = field(default_factory=list)
    # verbs that keep a change from happening ("prevent ... from getting worse"): they
    # negate a direction word later in the same clause, further away than a negation
    preventions: list[str] = field(default_factory=list)
    abbreviations: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()  # common function words, to identify the language
    # What the fact checker needs to read numbers in running text (regex fragments,
    # matched case-insensitively at word boundaries):
    percent_words: tuple[str, ...] = ()  # "percent", "per cent" / "por ciento"
    frequency_words: tuple[str, ...] = ()  # "out of", "in" / "de cada"
    range_words: tuple[tuple[str, str], ...] = ()  # ("from", "to"), ("between", "and")
    time_units: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # year -> forms
    # words that say a duration with no number: regex fragment -> (value, unit), such as
    # "decade" -> (10, "year"); read as a duration ("after a decade" is "after 10 years")
    implied_durations: Mapping[str, tuple[float, str]] = field(default_factory=dict)
    terms: Mapping[str, Any] = field(default_factory=dict)  # term bank: id -> TermForms
    hyphenation: str | None = None  # pyphen dictionary name; defaults to locale
    # CLDR minimumGroupingDigits: 2 means 4-digit numbers stay ungrouped ("4000", "40.000")
    minimum_grouping_digits: int = 1
    # abbreviations that only end with a dot before a number ("no. 5"): "no." alone is a word
    number_abbreviations: frozenset[str] = frozenset()
    # What the claims checker reads (regex fragments; a pack without them gets no finding):
    causal: tuple[str, ...] = ()  # a cause said outright: "prevents", "cuts the risk"
    causing: tuple[str, ...] = ()  # "causes", "leads to": a claim when an outcome is named
    causation: tuple[str, ...] = ()  # "cause and effect": a claim of the study by itself
    yes_words: tuple[str, ...] = ()  # a yes that answers a question: "Yes", "Sí"
    # joins two figures of one unit between them: "71 beziehungsweise 57 Prozent"
    respectively_words: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()  # words that make a causal phrase a caveat: "may", "whether"
    associative: tuple[str, ...] = ()  # plain words, suggested instead: "was linked to"
    same: tuple[str, ...] = ()  # no difference said: "no difference", "as well as"
    comparatives: tuple[str, ...] = ()  # what a difference is said against: "than"
    differences: tuple[str, ...] = ()  # a difference said outright: "more effective"
    # What the fact checker reads of effect measures, signs and hedges (regex fragments,
    # matched case-insensitively; a pack without them reads digits and signs only):
    hedge_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # about -> ...
    minus_words: tuple[str, ...] = ()  # right before a figure: "minus", "menos"
    ratio_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # hazard -> ...
    ratio_abbreviations: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict)  # hazard -> ("HR",), matched as written
    ci_words: tuple[str, ...] = ()  # "CI", "intervalo de confianza"
    pvalue_words: tuple[str, ...] = ()  # besides "p": "p-value", "valor p"
    point_words: tuple[str, ...] = ()  # after a figure: "percentage points"
    fold_words: tuple[str, ...] = ()  # after a figure: "times", "-fold", "veces"
    fold_suffixes: tuple[str, ...] = ()  # glued to a number word: "threefold", "viermal"
    multiple_words: Mapping[str, float] = field(default_factory=dict)  # "double" -> 2
    fraction_words: Mapping[str, float] = field(default_factory=dict)  # "half" -> 50 (%)
    finding_words: tuple[str, ...] = ()  # a sentence giving this study's result: "found"
    context_words: tuple[str, ...] = ()  # a sentence giving context: "earlier studies"
    # comparatives that give an effect its direction besides ``directions``:
    # increased/decreased -> regex fragments ("inferiore", "mais baixo", "shorter")
    effect_directions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # after a figure: "million" -> 1e6 ("37 million", "37 millones")
    scale_words: Mapping[str, float] = field(default_factory=dict)
    # between two figures, the second the other group's: "10% vs 1%", "gegenüber"
    versus_words: tuple[str, ...] = ()
    # words that point back to people named before ("these women", "of them"): the group
    # is the one the text meant there, which may be no group of the sheet
    anaphora: tuple[str, ...] = ()
    # a half said after a figure or its unit: "five and a half years", "cinco años y medio"
    half_words: tuple[str, ...] = ()
    # before an ordinal in digits, one in so many: "jede 24. Frau", "every 24th woman"
    every_words: tuple[str, ...] = ()
    # nouns for a group of a study ("group", "arm", "Gruppe"): a word of one group's label
    # that says only that it is a group tells no group from another
    group_nouns: tuple[str, ...] = ()
    # words a text uses for one another ("visit", "consultation"): an outcome's word said
    # with its synonym still names the outcome
    synonyms: tuple[tuple[str, ...], ...] = ()
    # claims a text cites to weigh them (a fact check, a Q&A): said before the quotation
    # ("claims", "headlines"), after it ("is going round"), a verdict against it ("false"),
    # a label that cites and rejects at once ("MYTH:"); a pack without them reads every
    # quotation as the text's own words
    claim_intros: tuple[str, ...] = ()
    claim_afters: tuple[str, ...] = ()
    claim_verdicts: tuple[str, ...] = ()
    myth_words: tuple[str, ...] = ()
    # a question the text says is open: a verb of telling or knowing and "whether" ("too
    # small to tell whether"); a difference inside it is asked, not claimed
    open_questions: tuple[str, ...] = ()

    # --- numbers -----------------------------------------------------------------
    def format_number(self, value: float, decimals: int | None = None) -> str:
        """``40000`` as ``40,000`` / ``40.000`` / ``40 000``, the locale's way.

        Rounds half up (85.5 → 86, as people round) and honours the locale's minimum
        grouping digits (Spanish writes ``4000`` but ``40.000``), which Babel ignores.
        """
        key = ("number", type(value), value, decimals, self.locale, self.minimum_grouping_digits)
        return self._remember_format(key, lambda: self._format_number(value, decimals))

    def _remember_format(self, key: tuple[Any, ...], make: Callable[[], str]) -> str:
        """Texts say the same numbers again and again (every "out of 100"): Babel formats
        each once per pack (a bounded table)."""
        done = self.__dict__.setdefault("_formatted", {})
        if key not in done:
            if len(done) >= 4096:
                done.clear()
            done[key] = make()
        return done[key]

    def _format_number(self, value: float, decimals: int | None) -> str:
        from babel.numbers import format_decimal

        number = _rounded(value, decimals)
        digits = max(0, -number.as_tuple().exponent)  # type: ignore[operator]
        integer = self._pattern("decimal").split(";")[0].split(".")[0]
        pattern = integer + ("." + "0" * digits if digits else "")
        return format_decimal(number, format=_parsed(pattern), locale=babel_locale(self.locale),
                              group_separator=self._groups(number))

    def format_percent(self, value: float, decimals: int | None = None) -> str:
        """``71`` (per cent) as ``71%`` or ``71 %``, with the locale's spacing."""
        key = ("percent", type(value), value, decimals, self.locale,
               self.minimum_grouping_digits)
        return self._remember_format(key, lambda: self._format_percent(value, decimals))

    def _format_percent(self, value: float, decimals: int | None) -> str:
        from babel.numbers import format_percent

        number = _rounded(value, decimals)
        digits = max(0, -number.as_tuple().exponent)  # type: ignore[operator]
        pattern = self._pattern("percent").split(";")[0]
        if digits and "." not in pattern:
            pattern = regex.sub(r"0(?=[^0#,]*$)", "0." + "0" * digits, pattern, count=1)
        return format_percent(number / 100, format=_parsed(pattern),
                              locale=babel_locale(self.locale),
                              group_separator=self._groups(number))

    def _pattern(self, kind: str) -> str:
        return _number_pattern(self.locale, kind)

    def _groups(self, number: Any) -> bool:
        """Whether to group digits: CLDR ``minimumGroupingDigits`` (1 in most locales)."""
        return abs(number) >= 10 ** (2 + self.minimum_grouping_digits)

    def number_words(self, value: int, kind: str = "cardinal") -> str:
        """Number words: ``2`` → ``two`` / ``dos``."""
        from num2words import num2words

        return num2words(value, lang=self.num2words_lang, to=kind)

    def number_word_forms(self, value: int) -> list[str]:
        """Every way the language spells ``value`` as a cardinal, so the checker can read
        it back whatever noun it agrees with: num2words gives only the masculine forms
        (Portuguese "duas", "duzentas", Spanish "una", German "eine" are the pack's to add).
        """
        return [self.number_words(value)]

    @property
    def num2words_lang(self) -> str:
        return self.code

    def spell_small(self, value: float) -> str:
        """Write small whole numbers as words (style guides: one to nine), others as digits;
        digits too in a language whose number words num2words does not know (a plugin's
        pack: its outputs stay right, only less idiomatic)."""
        if float(value).is_integer() and 0 <= value < 10:
            try:
                return self.number_words(int(value))
            except NotImplementedError:
                pass
        return self.format_number(value)

    def plural_category(self, value: float) -> str:
        """The CLDR plural category of ``value`` (``one``, ``other``, ...)."""
        return _plural_form(self.locale, type(value), value)

    def format_duration(self, value: float, unit: str, length: str = "long") -> str:
        """``10 years``, ``6 months``: CLDR unit patterns with the locale's plurals.

        Some locales (it, pt, nl) reach their long patterns through an alias to the short
        ones, which Babel does not follow: it writes "10 duration-year". The short pattern
        is tried next, then the number with the unit's id, so a text never shows that.
        """
        for size in dict.fromkeys((length, "short")):
            # a unit CLDR does not know raises here: callers fall back to the number
            text = cldr_unit(value, f"duration-{unit}", size, self.locale)
            if "duration-" not in text:
                return text
        return f"{self.format_number(value)} {unit}"

    def format_date(self, value: Any, fmt: str = "long") -> str:
        from babel.dates import format_date

        return format_date(value, format=fmt, locale=babel_locale(self.locale))

    def natural_frequency(self, percent: float, noun: str | None = None) -> str:
        """``71`` per cent as ``71 out of 100`` (the pack's ``frequency`` phrase)."""
        from .rounding import whole

        count = whole(percent)
        template = self.phrase("number.frequency")
        return template.format(n=self.format_number(count), total=self.format_number(100),
                               noun=noun or "").strip()

    # --- text --------------------------------------------------------------------
    def sentence_spans(self, text: str) -> list[tuple[int, int]]:
        """Sentence boundaries that do not split ``M.D., Ph.D.``, ``10.5`` or ``p. ej.``.

        A dot is no boundary after a known abbreviation, a dotted acronym or an initial,
        nor when the next sentence would start in lower case (``approx. three``).
        Spans are ``[start, end)`` offsets, trimmed of surrounding white space.
        """
        # the abbreviations are owners too: a pack given new ones segments afresh
        owners = (self, self.abbreviations, self.number_abbreviations)
        return list(_SPANS.get(owners, text, lambda: tuple(self._sentence_spans(text))))

    def _sentence_spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        for match in _BOUNDARY.finditer(text):
            mark = match.group()
            if mark[0] in ".…" and self._continues(text, match):
                continue
            if mark == "\n" and _ITEM_LINE.match(
                    text, text.rfind("\n", 0, match.start()) + 1) is None:
                continue  # a heading before the list's first item frames it
            _add_span(spans, text, start, match.end())
            start = match.end()
        _add_span(spans, text, start, len(text))
        return spans

    def _continues(self, text: str, match: Any) -> bool:
        """Whether the sentence goes on after this dot or ellipsis."""
        after = _AFTER_MARK.match(text, pos=match.end())
        following = after.group(1) if after else ""
        if following and following.islower():
            return True
        mark = match.group()
        return (mark.startswith(".") and not mark.startswith("..")
                and self._is_abbreviation(text, match.start(), following))

    def _is_abbreviation(self, text: str, dot: int, following: str = "") -> bool:
        window = text[max(0, dot - 40):dot + 1].split()
        if not window:
            return False
        token = window[-1].lstrip(_OPENERS).lower()
        if token in self.abbreviations:
            return True
        # an abbreviation after an elided article or preposition: "d'env.", "l'approx."
        elided = token.replace("’", "'").rpartition("'")[2]
        if elided != token and elided in self.abbreviations:
            return True
        if token in self.number_abbreviations and following.isdigit():
            return True
        if token in _spaced_parts(frozenset(self.abbreviations)) and (
                self._inside_spaced_abbreviation(text, dot)):
            return True
        # single capital initials ("J.") and dotted acronyms ("U.S.", "Ph.D."), but not
        # the letter that names a vitamin or a type ("vitamin D.")
        if len(window) > 1 and len(token) == 2 and window[-2].casefold() in _LETTER_NAMED:
            return False
        return bool(_INITIALS.fullmatch(window[-1].lstrip(_OPENERS)))

    def _inside_spaced_abbreviation(self, text: str, dot: int) -> bool:
        """Whether the dot ends or sits inside an abbreviation with spaces (``p. ej.``)."""
        for abbr, dots in _spaced(frozenset(self.abbreviations)):
            for k in dots:
                begin = dot - k
                if begin < 0:
                    continue
                found = text[begin:begin + len(abbr)].replace("\u00a0", " ").lower()
                if found == abbr and (begin == 0 or not text[begin - 1].isalnum()):
                    return True
        return False

    def sentences(self, text: str) -> list[str]:
        return [text[a:b] for a, b in self.sentence_spans(text)]

    def words(self, text: str) -> list[str]:
        return (_WORD_RE_RE if _read_alike(text) else WORD_RE).findall(text)

    def syllables(self, word: str) -> int:
        """Syllables by hyphenation dictionary; packs with a pronouncing dictionary override."""
        word = word.lower().strip("'’-")
        if not word:
            return 0
        if any(ch.isdigit() for ch in word):
            return 1
        return sum(len(_pyphen(self.hyphenation or self.locale).positions(part)) + 1
                   for part in word.split("-") if part)

    def counts(self, text: str) -> TextCounts:
        words = self.words(text)
        # syllables and letters of each distinct word, worked out once per pack (texts,
        # and the outputs of one language, repeat their words), counted as often as the
        # word stands in the text
        known = self._word_counts()
        syllables = letters = polysyllables = monosyllables = long_words = 0
        for w, times in Counter(words).items():
            found = known.get(w)
            if found is None:
                found = known[w] = (self.syllables(w), sum(map(str.isalpha, w)))
            said, spelt = found
            syllables += said * times
            letters += spelt * times
            if said >= 3:
                polysyllables += times
            elif said == 1:
                monosyllables += times
            if spelt > 6:
                long_words += times
        return TextCounts(
            sentences=max(self._worded_sentences(text), 1 if words else 0),
            words=len(words),
            syllables=syllables,
            letters=letters,
            polysyllables=polysyllables,
            monosyllables=monosyllables,
            long_words=long_words,
        )

    def _word_counts(self) -> dict[str, tuple[int, int]]:
        """(syllables, letters) of each word counted so far, kept per pack and per
        syllable counter (a pack given another counter counts afresh); bounded."""
        counter = getattr(self.syllables, "__func__", self.syllables)
        kept = self.__dict__.get("_word_counts_kept")
        if kept is None or kept[0] is not counter or len(kept[1]) > _WORD_COUNTS_KEPT:
            kept = (counter, {})
            self.__dict__["_word_counts_kept"] = kept
        return kept[1]

    def _worded_sentences(self, text: str) -> int:
        """How many sentences of ``text`` hold a word. A sentence holds one when a
        character of it can begin one: no need to list its words (unless a pack reads
        words or sentences its own way)."""
        if type(self).words is not LanguagePack.words or (
                type(self).sentences is not LanguagePack.sentences):
            return sum(1 for s in self.sentences(text) if self.words(s))
        start = _WORD_START_RE if _read_alike(text) else _WORD_START
        return sum(1 for a, b in self.sentence_spans(text) if start.search(text, a, b))

    def readability(self, text: str) -> float:
        counts = self.counts(text)
        if not counts.words:
            return math.nan
        return self.formula.compute(counts)

    def target(self, level: str | None) -> float | None:
        return None if level is None else self.targets.get(level)

    # --- wording -----------------------------------------------------------------
    def lower_first(self, text: str) -> str:
        """``A treatment that ...`` → ``a treatment that ...``, for a sentence put after
        other words; ``MS`` and names stay. Languages that capitalise nouns override it."""
        if len(text) > 1 and text[0].isupper() and (text[1].islower() or text[1] == " "):
            return text[0].lower() + text[1:]
        return text

    def phrase(self, key: str) -> Any:
        """A phrasebook entry; a missing one stops generation with a clear error."""
        node = self._phrasebook().get(key, _MISSING)
        if node is _MISSING:
            raise MissingTranslation(self.code, [f"phrase {key}"])
        return node

    def has_phrase(self, key: str) -> bool:
        return key in self._phrasebook()

    def _phrasebook(self) -> dict[str, Any]:
        """Every entry of the phrasebook by its dotted key ("fact.proportion"), indexed
        once per pack: generators look phrases up thousands of times per run."""
        kept = self.__dict__.get("_phrasebook_index")
        if kept is None or kept[0] is not self.phrases:  # new phrases: index them again
            kept = (self.phrases, _flatten(self.phrases))
            self.__dict__["_phrasebook_index"] = kept
        return kept[1]


_MISSING = object()


def _flatten(node: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in node.items():
        if not isinstance(key, str):
            continue  # a key is looked up as text ("fact.proportion")
        path = f"{prefix}{key}"
        out[path] = value
        if isinstance(value, Mapping):
            out.update(_flatten(value, f"{path}."))
    return out


def _read_alike(text: str) -> bool:
    """Whether the ``re`` module's word patterns find in ``text`` what the ``regex``
    module's find (see _WORD_RE_RE); the last text's answer is kept (its words and its
    sentences are asked for one after the other)."""
    if text is _LAST_READ[0]:
        return _LAST_READ[1]
    chars = set(text)
    if not chars <= _ALIKE:
        for ch in chars - _ALIKE - _UNLIKE:
            word = WORD_RE.fullmatch(ch) is not None  # a letter, mark or number
            number = _NUMBER.fullmatch(ch) is not None
            same = (word == (_WORD_START_RE.fullmatch(ch) is not None)
                    and number == (re.fullmatch(r"\d", ch) is not None) and ch != "_")
            (_ALIKE if same else _UNLIKE).add(ch)
    alike = chars <= _ALIKE
    _LAST_READ[:] = [text, alike]
    return alike


_LAST_READ: list[Any] = [None, False]


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    if not chunk.strip():
        return
    start, end = start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip())
    while end - start > MAX_SENTENCE:  # no sentence: a list, a table or junk
        cut = max(text.rfind(" ", start, start + MAX_SENTENCE),
                  text.rfind("\n", start, start + MAX_SENTENCE))
        cut = cut if cut > start else start + MAX_SENTENCE
        _add_span(spans, text, start, cut)
        start = cut
        while text[start].isspace():  # (the span ends in a non-space)
            start += 1
    spans.append((start, end))


def _rounded(value: float, decimals: int | None) -> Any:
    """``value`` as a Decimal with ``decimals`` places (rounded half up), or as many as
    it shows (``0.1 + 0.2`` shows one, not seventeen)."""
    from decimal import ROUND_HALF_UP, Decimal

    if isinstance(value, int) and decimals is None:
        return Decimal(value)
    number = Decimal(format(float(value), ".12g"))
    if decimals is None:
        exponent = number.normalize().as_tuple().exponent
        decimals = max(0, -exponent)  # type: ignore[operator]
    return number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def cldr_unit(value: float, unit: str, length: str, locale: str) -> str:
    """Babel's ``format_unit`` of ``value`` (``#,##0.#``), worked out once per value,
    unit, length and locale: every audience's text says the same durations again, and
    Babel takes a tenth of a millisecond each time. Raises as Babel does for a unit CLDR
    does not know."""
    return _cldr_unit(type(value), value, unit, length, locale)


@functools.lru_cache(maxsize=4096)
def _cldr_unit(kind: type, value: float, unit: str, length: str, locale: str) -> str:
    from babel.units import format_unit

    # ``kind`` keeps 10 and 10.0 apart, as CLDR's plural rules do; every decimal the
    # value has is said (a mean age of 35.12 years is not 35.1: the sheet gives 35.12)
    return format_unit(value, unit, length=length, locale=babel_locale(locale),
                       format="#,##0." + "#" * max(1, _decimals(value)))


def _decimals(value: float) -> int:
    """How many decimals ``value`` is written with (``35.12``: 2; ``10.0``: 0), at most 6."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0 if "e" not in text else 6
    return min(6, len(text.split(".")[1].rstrip("0")))


@functools.lru_cache(maxsize=4096)
def _plural_form(locale: str, kind: type, value: float) -> str:
    """CLDR's plural category, once per locale and value (``kind``: 1 and 1.0 differ)."""
    return babel_locale(locale).plural_form(value)


@functools.lru_cache(maxsize=64)
def babel_locale(name: str) -> Any:
    """Babel's ``Locale`` for ``name`` (read-only data), parsed once per name."""
    from babel import Locale

    return Locale.parse(name)


def territory_code(name: str) -> str | None:
    """The CLDR code of a country named in English ("Sweden": "SE"), any case."""
    return _english_territories().get(name.lower())


@functools.cache
def _english_territories() -> dict[str, str]:
    """Code by English name, lower case (the first code CLDR lists for a name), read once
    per process: looked up in babel's own mapping each time, a name cost a walk over
    some 300 territories for every summary."""
    out: dict[str, str] = {}
    for code, value in babel_locale("en").territories.items():
        out.setdefault(value.lower(), code)
    return out


@functools.lru_cache(maxsize=256)
def _number_pattern(locale: str, kind: str) -> str:
    return getattr(babel_locale(locale), f"{kind}_formats")[None].pattern


@functools.lru_cache(maxsize=256)
def _parsed(pattern: str) -> Any:
    """A Babel number pattern, parsed once (Babel only reads it when formatting)."""
    from babel.numbers import parse_pattern

    return parse_pattern(pattern)


@functools.lru_cache(maxsize=32)
@functools.lru_cache(maxsize=64)
def _spaced_parts(abbreviations: frozenset[str]) -> frozenset[str]:
    """The dotted words of the abbreviations with a space (``p.``, ``ej.`` of ``p. ej.``):
    a dot after any other word is not inside one."""
    return frozenset(part for abbr in abbreviations if " " in abbr for part in abbr.split())


def _spaced(abbreviations: frozenset[str]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The abbreviations with a space (``p. ej.``), each with the offsets of its dots."""
    return tuple((abbr, tuple(k for k, char in enumerate(abbr) if char == "."))
                 for abbr in abbreviations if " " in abbr)


def word_syllables(rule: Callable[[str], int]) -> Callable[[str], int]:
    """A syllable counter built from a language's ``rule`` for one plain word.

    The counter does what every language needs around the rule: Unicode normalisation,
    lower case, a number as one syllable, a hyphenated compound part by part, at least
    one syllable per word, and a cache (texts repeat their words).
    """

    @functools.lru_cache(maxsize=65536)
    def count(word: str) -> int:
        word = unicodedata.normalize("NFC", word.lower()).strip("'’-")
        if not word:
            return 0
        if any(ch.isdigit() for ch in word):
            return 1
        if "-" in word:
            return sum(count(part) for part in word.split("-") if part)
        return max(1, rule(word))

    return count


@functools.cache
def _pyphen(locale: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=locale)


def _read_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


# word-list fields a pack's ``words`` module may define, as upper-case constants
WORD_FIELDS = ("directions", "negations", "preventions", "abbreviations",
               "number_abbreviations", "stopwords", "percent_words", "frequency_words",
               "range_words", "time_units", "implied_durations", "causal", "caveats",
               "associative", "same", "comparatives", "differences", "causing",
               "hedge_words", "minus_words", "ratio_words", "ratio_abbreviations",
               "ci_words", "pvalue_words", "point_words", "fold_words", "fold_suffixes",
               "multiple_words", "fraction_words", "finding_words", "context_words",
               "effect_directions", "scale_words", "versus_words", "anaphora",
               "half_words", "every_words", "group_nouns", "synonyms", "causation",
               "yes_words", "respectively_words", "claim_intros", "claim_afters",
               "claim_verdicts", "myth_words", "open_questions")


def pack_data(folder: Path, words: Any) -> dict[str, Any]:
    """The fields a pack keeps beside its module: ``phrases.yaml``, ``terms.yaml`` and the
    word lists its ``words`` module defines (``DIRECTIONS``, ``STOPWORDS``, ...)."""
    data: dict[str, Any] = {name: getattr(words, name.upper()) for name in WORD_FIELDS
                            if hasattr(words, name.upper())}
    phrasebook, terms = folder / "phrases.yaml", folder / "terms.yaml"
    data["phrases"] = load_phrases(phrasebook) if phrasebook.is_file() else {}
    data["terms"] = load_terms(terms) if terms.is_file() else {}
    return data


def load_phrases(path: Path) -> dict[str, Any]:
    """Read a pack's phrasebook (YAML) shipped beside its module."""
    return _read_yaml(path) or {}


def load_terms(path: Path) -> dict[str, Any]:
    """Read a pack's term bank (YAML: ``term id -> {technical, plain, definition, forms,
    gender}``) into ``{term id: TermForms}``."""
    from .factsheet.model import TermForms

    return {term_id: TermForms.parse(raw) for term_id, raw in (_read_yaml(path) or {}).items()}
