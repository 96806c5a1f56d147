"""The French pack: Kandel & Moles reading ease, spoken syllables counted by rule."""

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


def kandel_moles(counts: TextCounts) -> float:
    """Kandel & Moles 1958, Flesch's reading ease re-fitted to French (higher is easier):
    207 − 1.015 × words per sentence − 73.6 × syllables per word."""
    return 207.0 - 1.015 * counts.words_per_sentence - 73.6 * counts.syllables_per_word


FORMULA = ReadabilityFormula(
    name="Kandel & Moles reading ease",
    compute=kandel_moles,
    higher_is_easier=True,
    source=(
        "Kandel L, Moles A. Application de l'indice de Flesch à la langue française. "
        "Cahiers Études de Radio-Télévision 1958;19:253-74. The formula keeps Flesch's "
        "0-100 scale, so the bands are Flesch's: Flesch R. A new readability yardstick. "
        "J Appl Psychol 1948;32(3):221-33 (90-100 very easy, 80-90 easy, 70-80 fairly "
        "easy, 60-70 standard, 50-60 fairly difficult, 30-50 difficult, 0-30 very "
        "difficult)."
    ),
    bands=(
        (90.0, "très facile"),
        (80.0, "facile"),
        (70.0, "assez facile"),
        (60.0, "standard"),
        (50.0, "assez difficile"),
        (30.0, "difficile"),
        (float("-inf"), "très difficile"),
    ),
)

TARGETS = {"patients": 65.0, "public": 55.0, "press": 40.0}  # no "clinicians": no cap


class FrenchPack(LanguagePack):
    """French with spoken syllables counted by the rules of French spelling."""

    def outcome_is_noun(self, label: str) -> bool:
        """Whether an outcome label is a noun phrase, which the phrasebook says in frames
        that take a noun ("the study compared hospital admissions"), not after "how many
        people"."""
        return labelforms.FORMS.is_noun(label)

    def syllables(self, word: str) -> int:
        return syllables.count(word)

    def number_word_forms(self, value: int) -> list[str]:
        """num2words' words and the feminine "une" ("vingt et une femmes")."""
        said = self.number_words(value)
        return list(dict.fromkeys([said, regex.sub(r"\bun$", "une", said)]))


def build() -> FrenchPack:
    """The pack, with the phrasebook and term bank that ship beside this module."""
    return FrenchPack(
        code="fr",
        name="French",
        locale="fr_FR",
        formula=FORMULA,
        targets=TARGETS,
        **pack_data(HERE, words),
        hyphenation="fr",
        # CLDR fr: minimumGroupingDigits 1, so "1 147" and "4 000" are grouped, with a
        # narrow no-break space (U+202F); the base class default.
        minimum_grouping_digits=1,
    )
