"""The German pack: Amstad's Flesch reading ease for German, rule-based syllables."""

from __future__ import annotations

import functools
from pathlib import Path

import regex
from plainsum.language import (
    LanguagePack,
    ReadabilityFormula,
    TextCounts,
    pack_data,
)

from . import labelforms, syllables, words

HERE = Path(__file__).resolve().parent


def amstad(counts: TextCounts) -> float:
    """Amstad 1978, Flesch's reading ease re-fitted to German (higher is easier)."""
    return 180.0 - counts.words_per_sentence - 58.5 * counts.syllables_per_word


FORMULA = ReadabilityFormula(
    name="Flesch-Lesbarkeitsindex nach Amstad",
    compute=amstad,
    higher_is_easier=True,
    source=(
        "Amstad T. Wie verständlich sind unsere Zeitungen? Dissertation, Universität "
        "Zürich, 1978: FRE(de) = 180 − ASL − 58,5 × ASW. Bands: Flesch's reading-ease "
        "levels as Amstad carried them over (Flesch R. A new readability yardstick. J Appl "
        "Psychol 1948;32(3):221-33): 60–70 suits 13- to 15-year-olds, 90 and above "
        "11-year-olds."
    ),
    bands=(
        (90.0, "sehr leicht (ab 11 Jahren)"),
        (80.0, "leicht"),
        (70.0, "mittelleicht"),
        (60.0, "mittel (13 bis 15 Jahre)"),
        (50.0, "mittelschwer"),
        (30.0, "schwer"),
        (float("-inf"), "sehr schwer (Hochschule)"),
    ),
)

TARGETS = {"patients": 65.0, "public": 55.0, "press": 40.0}  # no "clinicians": no cap

# A plural unit word takes -n in the dative (Jahre → Jahren) unless it ends in -n or -s.
_PLURAL_UNIT = regex.compile(r"(?<=\p{L})(?<![ns])$")
_ONE = ("ein", "eine", "einer", "einem", "einen", "eines")
# round numbers said without "ein": "achtzig von hundert" (num2words: "einhundert")
_WORD = regex.compile(r"\p{L}+")
_ORDINAL_DIGITS = regex.compile(r"(?<![\p{L}\p{N}.,])\d{1,3}$")  # "20" of "am 20. Januar"
_NEXT_WORD = regex.compile(r"\s*(\p{L}+)")
# Words that may follow an ordinal dot ("am 20. Januar", "im 3. Lebensjahr").
_AFTER_ORDINAL = frozenset({"jahrhundert", "jahrhunderts", "lebensjahr", "lebensjahres",
                            "lebensjahrs", "lebenswoche", "schwangerschaftswoche", "tag",
                            "woche", "monat", "quartal", "klasse", "auflage", "mal", "platz",
                            "stock", "stufe", "grades", "grad"})


# Finite verbs an outcome label written like an English one opens with ("hatten eine
# Wundinfektion", "bekamen Darmkrebs", "starben"): the pack's sentences put "waren" before
# the label, which must say what the people were ("von einer Wundinfektion betroffen").
_FINITE = frozenset({"hatten", "hatte", "haben", "hat", "bekamen", "bekam", "kamen", "kam",
                     "starben", "starb", "sind", "ist", "waren", "war", "wurden", "wurde",
                     "gingen", "ging", "blieben", "blieb", "litten", "litt", "mussten",
                     "konnten", "brauchten", "zeigten", "fühlten", "erhielten"})
# a weak verb's past ("erkrankten", "entwickelten"), not a participle ("gestorben") nor
# "erhalten"-like infinitives
_PAST = regex.compile(r"(?!ge)\p{Ll}{2,}(?:te|ten)")
_NOT_PAST = frozenset({"erhalten", "behalten", "enthalten", "verhalten", "halten", "raten",
                       "beraten", "geraten", "mitte", "weite"})


@functools.cache
def _month_names(locale: str) -> frozenset[str]:
    from babel.dates import get_month_names

    names = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names |= {n.rstrip(".").lower() for n in
                      get_month_names(width, context, locale).values()}
    return frozenset(names)


class GermanPack(LanguagePack):
    """German with syllables counted by the rules of German spelling."""

    def outcome_is_noun(self, label: str) -> bool:
        """Whether an outcome label is a noun phrase, which the phrasebook says in frames
        that take a noun ("the study compared hospital admissions"), not after "how many
        people"."""
        return labelforms.FORMS.is_noun(label)

    def syllables(self, word: str) -> int:
        return syllables.count(word)

    def lower_first(self, text: str) -> str:
        """Only an article or another function word is lower-cased mid-sentence ("eine
        Behandlung"): German nouns keep their capital ("Behandlung mit ...")."""
        first = _WORD.match(text)
        if first and first.group().lower() in self.stopwords:
            return super().lower_first(text)
        return text

    def number_word_forms(self, value: int) -> list[str]:
        """num2words' "eins", and the article-like forms 1 takes before or for a noun
        ("eine von zehn", "bei einer von 100 Frauen"); "hundert", "hundertfünfzig" and
        "tausend" as well as "einhundert", "einhundertfünfzig" and "eintausend"."""
        said = self.number_words(value)
        if value == 1:
            return [said, *_ONE]
        if said.startswith(("einhundert", "eintausend")):
            return [said, said[3:]]
        return [said]

    def format_duration(self, value: float, unit: str, length: str = "long",
                        case: str = "dative") -> str:
        """``10 Jahren``: CLDR's unit pattern, in the dative by default.

        Every duration the built-in phrasebook says follows a preposition that governs
        the dative ("nach 10 Jahren", "innerhalb von 30 Tagen", "bei 35 Jahren"); CLDR
        (and Babel) give only the nominative ("10 Jahre"). ``case="nominative"`` gives
        CLDR's form unchanged.
        """
        text = super().format_duration(value, unit, length=length)
        if case != "dative" or length != "long" or self.plural_category(value) == "one":
            return text
        return _PLURAL_UNIT.sub("n", text)

    def after_definite_dative(self, phrase: str) -> str:
        """A noun phrase as it reads after "dem"/"der" in the dative: the adjectives
        before its noun take the weak ending -en ("nach der autologen hämatopoetischen
        Stammzelltransplantation", "nach dem kolorektalen Karzinom"); a term is written
        in the nominative without article ("autologe …", "kolorektales …")."""
        words = phrase.split(" ")
        for i, word in enumerate(words):
            if not word[:1].islower():
                break  # the noun: what follows it ("… von Stammzellen") stays
            if word.endswith("e"):
                words[i] = word + "n"
            elif word.endswith(("er", "es", "em")) and len(word) > 3:
                words[i] = word[:-2] + "en"
        return " ".join(words)

    def dative_plural(self, label: str) -> str:
        """A plural group label as it reads after "zwischen" (dative): an adjective
        before the noun takes -en, a noun in -er or -el takes -n ("zwischen Teilnehmern
        mit Vitamin-D-Mangel und Teilnehmern mit …", "älteren Menschen", "Kindern");
        nouns already in -n or -s ("Frauen", "Patienten", "Babys") and singular labels
        ("Jod-Gruppe") stay; only the words up to the first noun change."""
        words = label.split(" ")
        for i, word in enumerate(words):
            core = word.rstrip(",")
            if core[:1].islower():
                if core.endswith("e"):
                    words[i] = core + "n" + word[len(core):]
                continue
            if core.endswith(("er", "el")) and len(core) > 3:
                words[i] = core + "n" + word[len(core):]
            break
        return " ".join(words)

    def outcome_label_problem(self, label: str) -> str | None:
        """Why ``label`` cannot stand where the pack's sentences put an outcome, after
        "waren" ("In den 30 Tagen ... waren 4 von 100 Frauen <label>"), or None: a label
        is what the people were (a participle or adjective with what belongs to it: "von
        einer Wundinfektion betroffen", "gestorben"), never a finite verb ("hatten eine
        Wundinfektion", "erkrankten an Darmkrebs") nor a bare noun ("eine Wundinfektion")."""
        said = regex.sub(r"\([^)]*\)", " ", label)
        found = _WORD.findall(said)
        if not found:
            return None
        finite = next((w for w in found if w in _FINITE), None)
        if finite is None and found[0] not in _NOT_PAST and _PAST.fullmatch(found[0]):
            finite = found[0]
        if finite is not None:
            return (f"{finite!r} is a finite verb, but the German sentences put 'waren' before "
                    "an outcome label ('… waren 4 von 100 Frauen <label>'): say what the "
                    "people were, e.g. 'von einer Wundinfektion betroffen', 'gestorben'")
        if not any(w[:1].islower() and w not in self.stopwords for w in found):
            return ("no word says what the people were: the German sentences put 'waren' "
                    "before an outcome label ('… waren 4 von 100 Frauen <label>'); add the "
                    "participle or adjective, e.g. 'von einer Wundinfektion betroffen'")
        return None

    def _is_abbreviation(self, text: str, dot: int, following: str = "") -> bool:
        """Also no sentence end after an ordinal: "am 20. Januar", "im 3. Lebensjahr"."""
        if super()._is_abbreviation(text, dot, following):
            return True
        before = _ORDINAL_DIGITS.search(text[max(0, dot - 5):dot])
        after = _NEXT_WORD.match(text[dot + 1:dot + 40])
        if before is None or after is None:
            return False
        word = after.group(1).lower()
        return word in _month_names(self.locale) or word in _AFTER_ORDINAL


def build() -> GermanPack:
    """The pack, with the phrasebook and term bank that ship beside this module."""
    return GermanPack(
        code="de",
        name="German",
        locale="de_DE",
        formula=FORMULA,
        targets=TARGETS,
        **pack_data(HERE, words),
        hyphenation="de_DE",
        minimum_grouping_digits=1,  # CLDR de: "1.147", "40.000"
    )
