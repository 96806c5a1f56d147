"""The Italian pack: Gulpease readability (letters, not syllables), rule-based syllables,
and numbers that know the article they take ("il 71%", "l'80%", "lo 0,5%")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import regex
from plainsum.language import (
    LanguagePack,
    ReadabilityFormula,
    TextCounts,
    pack_data,
)

from . import labelforms, syllables, words

HERE = Path(__file__).resolve().parent


def gulpease(counts: TextCounts) -> float:
    """Lucisano & Piemontese 1988: 89 + (300 × sentences − 10 × letters) / words
    (0–100, higher is easier). Built for Italian: it counts letters, not syllables."""
    return 89 + (300 * counts.sentences - 10 * counts.letters) / max(counts.words, 1)


FORMULA = ReadabilityFormula(
    name="Gulpease index",
    compute=gulpease,
    higher_is_easier=True,
    source=(
        "Lucisano P, Piemontese ME. GULPEASE: una formula per la predizione della "
        "difficoltà dei testi in lingua italiana. Scuola e Città 1988;39(3):110-124. Bands "
        "(same source; Piemontese ME, Capire e farsi capire, Tecnodid 1996): below 80 hard "
        "for readers with primary schooling (licenza elementare), below 60 for middle "
        "school (licenza media), below 40 for upper secondary school (diploma superiore)."
    ),
    bands=(
        (80.0, "facile (alla portata di chi ha la licenza elementare)"),
        (60.0, "abbastanza facile (alla portata di chi ha la licenza media)"),
        (40.0, "impegnativo (alla portata di chi ha un diploma superiore)"),
        (float("-inf"), "difficile (anche per chi ha un diploma superiore)"),
    ),
)

TARGETS = {"patients": 60.0, "public": 50.0, "press": 40.0}  # no "clinicians": no cap

# Article and articulated prepositions before a number, by how the number is spoken:
# (before a consonant, before a vowel, before z). "{value:del}" → "del 71%", "dell'80%".
ARTICLES = {
    "il": ("il ", "l'", "lo "), "del": ("del ", "dell'", "dello "),
    "al": ("al ", "all'", "allo "), "dal": ("dal ", "dall'", "dallo "),
    "nel": ("nel ", "nell'", "nello "), "sul": ("sul ", "sull'", "sullo "),
    "i": ("i ", "gli ", "gli "), "dei": ("dei ", "degli ", "degli "),
    "ai": ("ai ", "agli ", "agli "), "dai": ("dai ", "dagli ", "dagli "),
    "nei": ("nei ", "negli ", "negli "), "sui": ("sui ", "sugli ", "sugli "),
}


class Numeral(str):
    """A number as written that takes the right article through a format spec.

    Italian chooses the article by the spoken number: "il 71%" but "l'80%" (ottanta),
    "l'11%", "lo 0,5%". A phrase writes ``{value:il}`` or ``{value:del}``; a plain
    ``{value}`` is the number alone, so a Numeral is an ordinary string everywhere else.
    """

    sound: int  # 0 consonant, 1 vowel, 2 z

    def __new__(cls, text: str, sound: int = 0) -> Numeral:
        obj = super().__new__(cls, text)
        obj.sound = sound
        return obj

    def __format__(self, spec: str) -> str:
        if spec in ARTICLES:
            return ARTICLES[spec][self.sound] + str(self)
        return format(str(self), spec)


class ItalianPack(LanguagePack):
    """Italian: syllables by the rules of Italian spelling, numbers with their articles."""

    def outcome_is_noun(self, label: str) -> bool:
        """Whether an outcome label is a noun phrase, which the phrasebook says in frames
        that take a noun ("the study compared hospital admissions"), not after "how many
        people"."""
        return labelforms.FORMS.is_noun(label)

    def syllables(self, word: str) -> int:
        return syllables.count(word)

    def number_word_forms(self, value: int) -> list[str]:
        """num2words' words, the feminine "una" ("ventuna persone") and "un" before a
        noun."""
        said = self.number_words(value)
        forms = [said, regex.sub(r"uno$", "una", said)]
        if value == 1:
            forms.append("un")
        return list(dict.fromkeys(forms))

    def sound(self, value: float) -> int:
        """How the whole part of ``value`` starts when spoken: 0 consonant, 1 vowel, 2 z."""
        spoken = self.number_words(int(abs(value)))
        return 2 if spoken[:1] == "z" else 1 if spoken[:1] in "aeiou" else 0

    def format_number(self, value: float, decimals: int | None = None) -> str:
        return Numeral(super().format_number(value, decimals), self.sound(value))

    def format_percent(self, value: float, decimals: int | None = None) -> str:
        return Numeral(super().format_percent(value, decimals), self.sound(value))

    def format_duration(self, value: float, unit: str, length: str = "long") -> str:
        """``10 anni``, ``6 mesi``. CLDR it has long patterns only for some units and
        Babel does not fall back to the short ones ("10 duration-year"): we do."""
        from plainsum.language import cldr_unit

        text = ""
        for size in dict.fromkeys((length, "short")):
            text = cldr_unit(value, f"duration-{unit}", size, self.locale)
            if "duration-" not in text:
                break
        return Numeral(text, self.sound(value))

    def format_date(self, value: Any, fmt: str = "long") -> str:
        """``20 gennaio 2021``; the first of a month is ``1º`` ("primo")."""
        text = super().format_date(value, fmt)
        day = getattr(value, "day", None)
        if day == 1 and fmt in ("long", "full", "medium") and text.startswith("1 "):
            text = "1º" + text[1:]
        return Numeral(text, 0 if day in (None, 1) else self.sound(day))


def build() -> ItalianPack:
    """The pack, with the phrasebook and term bank that ship beside this module."""
    return ItalianPack(
        code="it",
        name="Italian",
        locale="it_IT",
        formula=FORMULA,
        targets=TARGETS,
        **pack_data(HERE, words),
        hyphenation="it_IT",
        minimum_grouping_digits=1,  # CLDR it: "1.147", "40.000" (unlike es, pt-PT)
    )
