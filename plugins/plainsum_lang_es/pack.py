"""The Spanish pack: Szigriszt-Pazos perspicuity on the INFLESZ scale, rule-based syllables."""

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


def szigriszt_pazos(counts: TextCounts) -> float:
    """Szigriszt Pazos 1993, Flesch's reading ease re-fitted to Spanish (higher is easier)."""
    return 206.835 - 62.3 * counts.syllables_per_word - counts.words_per_sentence


FORMULA = ReadabilityFormula(
    name="Szigriszt-Pazos perspicuity (INFLESZ scale)",
    compute=szigriszt_pazos,
    higher_is_easier=True,
    source=(
        "Szigriszt Pazos F. Sistemas predictivos de legibilidad del mensaje escrito: fórmula "
        "de perspicuidad. Tesis doctoral, Universidad Complutense de Madrid, 1993. Bands: "
        "Barrio-Cantalejo IM, Simón-Lorda P, Melguizo M, Escalona I, Marijuán MI, Hernando P. "
        "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos "
        "a pacientes. An Sist Sanit Navar 2008;31(2):135-52."
    ),
    bands=(
        (80.0, "muy fácil"),
        (65.0, "bastante fácil"),
        (55.0, "normal"),
        (40.0, "algo difícil"),
        (float("-inf"), "muy difícil"),
    ),
)

TARGETS = {"patients": 65.0, "public": 55.0, "press": 40.0}  # no "clinicians": no cap


class SpanishPack(LanguagePack):
    """Spanish with syllables counted by the rules of Spanish spelling."""

    def outcome_is_noun(self, label: str) -> bool:
        """Whether an outcome label is a noun phrase, which the phrasebook says in frames
        that take a noun ("the study compared hospital admissions"), not after "how many
        people"."""
        return labelforms.FORMS.is_noun(label)

    def syllables(self, word: str) -> int:
        return syllables.count(word)

    def number_word_forms(self, value: int) -> list[str]:
        """num2words' words, their feminine ("una", "veintiuna", "doscientas personas")
        and the short masculine before a noun ("un", "veintiún")."""
        said = self.number_words(value)
        feminine = regex.sub(r"(?<=\b|i)uno\b", "una", regex.sub(r"ientos\b", "ientas", said))
        short = regex.sub(r"\buno\b", "un", regex.sub(r"iuno\b", "iún", said))
        return list(dict.fromkeys([said, feminine, short]))


def build() -> SpanishPack:
    """The pack, with the phrasebook and term bank that ship beside this module."""
    return SpanishPack(
        code="es",
        name="Spanish",
        locale="es_ES",
        formula=FORMULA,
        targets=TARGETS,
        **pack_data(HERE, words),
        hyphenation="es",
        minimum_grouping_digits=2,  # CLDR es: "4000" but "40.000" (RAE, Ortografía 2010)
    )
