"""The Dutch pack: Flesch-Douma reading ease, rule-based syllables, nl_NL conventions."""

from __future__ import annotations

from pathlib import Path

from plainsum.language import (
    LanguagePack,
    ReadabilityFormula,
    TextCounts,
    load_phrases,
    load_terms,
)

from . import labelforms, syllables, words

HERE = Path(__file__).resolve().parent


def flesch_douma(counts: TextCounts) -> float:
    """Douma 1960: Flesch's reading ease re-fitted to Dutch (higher is easier)."""
    return 206.835 - 0.93 * counts.words_per_sentence - 77.0 * counts.syllables_per_word


FORMULA = ReadabilityFormula(
    name="Flesch-Douma reading ease",
    compute=flesch_douma,
    higher_is_easier=True,
    source=(
        "Douma WH. De leesbaarheid van landbouwbladen: een onderzoek naar en een toepassing "
        "van leesbaarheidsformules. Bulletin nr. 17, Afdeling Sociologie en Sociografie, "
        "Landbouwhogeschool Wageningen, 1960. Douma re-fitted Flesch's coefficients to "
        "Dutch and kept his 0-100 scale; bands: Flesch R. A new readability yardstick. "
        "J Appl Psychol 1948;32(3):221-33."
    ),
    bands=(
        (90.0, "zeer makkelijk"),
        (80.0, "makkelijk"),
        (70.0, "vrij makkelijk"),
        (60.0, "normaal"),
        (50.0, "vrij moeilijk"),
        (30.0, "moeilijk"),
        (float("-inf"), "zeer moeilijk"),
    ),
)

TARGETS = {"patients": 65.0, "public": 55.0, "press": 40.0}  # no "clinicians": no cap

# CLDR's Dutch data lacks the long "day" and "hour" duration patterns in some Babel
# releases ("30 duration-day"); these are the regular Dutch forms, singular and plural.
_UNITS = {
    "year": ("jaar", "jaar"),
    "month": ("maand", "maanden"),
    "week": ("week", "weken"),
    "day": ("dag", "dagen"),
    "hour": ("uur", "uur"),
    "minute": ("minuut", "minuten"),
}


class DutchPack(LanguagePack):
    """Dutch with syllables counted from vowel nuclei (digraphs, diaeresis)."""

    def outcome_is_noun(self, label: str) -> bool:
        """Whether an outcome label is a noun phrase, which the phrasebook says in frames
        that take a noun ("vergeleek het onderzoek de ziekenhuisopnames"), not after
        "hoeveel mensen"."""
        return labelforms.FORMS.is_noun(label)

    def syllables(self, word: str) -> int:
        return syllables.count(word)

    def format_duration(self, value: float, unit: str, length: str = "long") -> str:
        """``10 jaar``, ``6 maanden``, ``30 dagen``; Babel first, the pack's words if it
        has no pattern for the unit."""
        text = super().format_duration(value, unit, length)
        if "duration-" not in text or unit not in _UNITS:
            return text
        one, many = _UNITS[unit]
        return f"{self.format_number(value)} {one if value == 1 else many}"


def build() -> DutchPack:
    """The pack, with the phrasebook and term bank that ship beside this module."""
    return DutchPack(
        code="nl",
        name="Dutch",
        locale="nl_NL",
        formula=FORMULA,
        targets=TARGETS,
        phrases=load_phrases(HERE / "phrases.yaml"),
        directions=words.DIRECTIONS,
        negations=words.NEGATIONS,
        preventions=words.PREVENTIONS,
        abbreviations=words.ABBREVIATIONS,
        number_abbreviations=words.NUMBER_ABBREVIATIONS,
        stopwords=words.STOPWORDS,
        percent_words=words.PERCENT_WORDS,
        frequency_words=words.FREQUENCY_WORDS,
        range_words=words.RANGE_WORDS,
        time_units=words.TIME_UNITS,
        # effect measures, signs and hedges (a plainsum without these fields: left out)
        **{name: getattr(words, name.upper()) for name in (
            "hedge_words", "minus_words", "ratio_words", "ratio_abbreviations", "ci_words",
            "pvalue_words", "point_words", "fold_words", "fold_suffixes", "multiple_words",
            "fraction_words", "finding_words", "context_words", "effect_directions",
            "scale_words", "versus_words", "anaphora")
           if name in LanguagePack.__dataclass_fields__},
        # claims: causes and differences (a plainsum without these fields: left out)
        **{name: getattr(words, name.upper()) for name in (
            "causal", "causing", "caveats", "associative", "same", "comparatives",
            "differences")
           if name in LanguagePack.__dataclass_fields__},
        # cited claims and open questions (a plainsum without these fields: left out)
        **{name: getattr(words, name.upper()) for name in (
            "claim_intros", "claim_afters", "claim_verdicts", "myth_words", "open_questions")
           if name in LanguagePack.__dataclass_fields__},
        terms=load_terms(HERE / "terms.yaml"),
        hyphenation="nl_NL",
    )
