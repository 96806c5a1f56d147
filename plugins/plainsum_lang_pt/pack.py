"""The Portuguese pack (European Portuguese): Flesch adapted by Martins et al., rule-based
syllables, CLDR pt_PT numbers ("71%", "40 000", "4000")."""

from __future__ import annotations

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

# Numbers whose word changes with the noun's gender (um/uma, dois/duas): spelled with
# digits, since a count is formatted before the noun it agrees with is known.
GENDERED_NUMBERS = frozenset({1, 2})
_FEMININE = {"um": "uma", "dois": "duas"}


def martins_flesch(counts: TextCounts) -> float:
    """Martins et al. 1996: Flesch's reading ease re-fitted to Portuguese (English Flesch
    + 42; higher is easier)."""
    return 248.835 - 1.015 * counts.words_per_sentence - 84.6 * counts.syllables_per_word


FORMULA = ReadabilityFormula(
    name="Flesch reading ease adapted for Portuguese (Martins et al. 1996)",
    compute=martins_flesch,
    higher_is_easier=True,
    source=(
        "Martins TBF, Ghiraldelo CM, Nunes MGV, Oliveira Jr ON. Readability formulas applied "
        "to textbooks in Brazilian Portuguese. Notas do ICMSC-USP, Série Computação, n. 28. "
        "São Carlos: Universidade de São Paulo, 1996. Bands from the same report: 75-100 "
        "very easy, 50-75 easy, 25-50 difficult, 0-25 very difficult."
    ),
    bands=(
        (75.0, "muito fácil"),
        (50.0, "fácil"),
        (25.0, "difícil"),
        (float("-inf"), "muito difícil"),
    ),
)

TARGETS = {"patients": 65.0, "public": 55.0, "press": 40.0}  # no "clinicians": no cap


class PortuguesePack(LanguagePack):
    """European Portuguese with syllables counted by the rules of Portuguese spelling."""

    def outcome_is_noun(self, label: str) -> bool:
        """Whether an outcome label is a noun phrase, which the phrasebook says in frames
        that take a noun ("the study compared hospital admissions"), not after "how many
        people"."""
        return labelforms.FORMS.is_noun(label)

    def syllables(self, word: str) -> int:
        return syllables.count(word)

    def number_word_forms(self, value: int) -> list[str]:
        """The masculine words and the feminine ones ("uma", "duas", "duzentas pessoas"):
        a count of people or women agrees with its noun."""
        masculine = self.number_words(value)
        feminine = " ".join(_FEMININE.get(w, regex.sub(r"entos$", "entas", w))
                            for w in masculine.split(" "))
        return list(dict.fromkeys([masculine, feminine]))

    def spell_small(self, value: float) -> str:
        """One to nine as words, except 1 and 2, whose words agree with a noun (``duas
        pessoas``, ``dois doentes``) that is not known here: those stay digits."""
        if float(value).is_integer() and int(value) in GENDERED_NUMBERS:
            return self.format_number(value)
        return super().spell_small(value)


def build() -> PortuguesePack:
    """The pack, with the phrasebook and term bank that ship beside this module."""
    return PortuguesePack(
        code="pt",
        name="Portuguese",
        locale="pt_PT",
        formula=FORMULA,
        targets=TARGETS,
        **pack_data(HERE, words),
        hyphenation="pt_PT",
        minimum_grouping_digits=2,  # CLDR pt_PT: "4000" but "40 000"
    )
