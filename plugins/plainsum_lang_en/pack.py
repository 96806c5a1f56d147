"""The English pack: Flesch-Kincaid grade with CMU dictionary syllables, US conventions."""

from __future__ import annotations

from pathlib import Path

from plainsum.language import (
    LanguagePack,
    ReadabilityFormula,
    TextCounts,
    pack_data,
)

from . import labelforms, syllables, words

HERE = Path(__file__).resolve().parent


def flesch_kincaid_grade(counts: TextCounts) -> float:
    """Kincaid et al. 1975: a US school grade (lower is easier)."""
    return 0.39 * counts.words_per_sentence + 11.8 * counts.syllables_per_word - 15.59


FORMULA = ReadabilityFormula(
    name="Flesch-Kincaid grade level",
    compute=flesch_kincaid_grade,
    higher_is_easier=False,
    source=(
        "Kincaid JP, Fishburne RP, Rogers RL, Chissom BS. Derivation of new readability "
        "formulas for Navy enlisted personnel. Research Branch Report 8-75, US Naval Air "
        "Station Memphis, 1975. Targets: patient materials at grade 6 or below (AMA: Weiss "
        "BD, Health literacy and patient safety: help patients understand, AMA Foundation, "
        "2007); general public at grade 8 or below (NIH/NLM MedlinePlus, How to write "
        "easy-to-read health materials)."
    ),
    bands=(
        (6.0, "easy (grade 6 or below: patient materials)"),
        (8.0, "plain (grade 8 or below: general public)"),
        (12.0, "fairly difficult (high school)"),
        (16.0, "difficult (college)"),
        (float("inf"), "very difficult (graduate)"),
    ),
)

TARGETS = {"patients": 6.0, "public": 8.0, "press": 12.0}  # no "clinicians": no cap


# past forms an outcome label opens with, and their base forms (after "to")
BASE_FORMS = {
    "had": "have", "got": "get", "were": "be", "was": "be", "went": "go", "did": "do",
    "made": "make", "took": "take", "fell": "fall", "became": "become", "felt": "feel",
    "found": "find", "kept": "keep", "lost": "lose", "saw": "see", "gave": "give",
    "came": "come", "began": "begin", "grew": "grow", "left": "leave", "spent": "spend",
    "caught": "catch", "bled": "bleed", "broke": "break", "underwent": "undergo",
    "died": "die", "needed": "need", "developed": "develop", "stayed": "stay",
    "survived": "survive", "received": "receive", "suffered": "suffer",
    "remained": "remain", "used": "use", "stopped": "stop", "quit": "quit",
}


class EnglishPack(LanguagePack):
    """English with syllables from the CMU Pronouncing Dictionary."""

    def outcome_is_noun(self, label: str) -> bool:
        """Whether an outcome label is a noun phrase, which the phrasebook says in frames
        that take a noun ("the study compared hospital admissions"), not after "how many
        people"."""
        return labelforms.FORMS.is_noun(label)

    def base_verb(self, label: str) -> str | None:
        """An outcome label that says what people did, in the form that follows "to"
        ("had a heart attack" -> "have a heart attack", "got bowel cancer" -> "get bowel
        cancer", "did not get worse" -> "not get worse"); None when its verb is not one
        this pack knows, so a sentence that needs it is worded another way."""
        words = label.split()
        if not words:
            return None
        if words[0] in ("did", "were", "was") and len(words) > 1 and words[1] == "not":
            if words[0] == "did":
                return " ".join(words[1:])
            return " ".join(["not", "be", *words[2:]])
        base = BASE_FORMS.get(words[0])
        return " ".join([base, *words[1:]]) if base else None

    def syllables(self, word: str) -> int:
        return syllables.count(word)


def build() -> EnglishPack:
    """The pack, with the phrasebook and term bank that ship beside this module."""
    return EnglishPack(
        code="en",
        name="English",
        locale="en_US",
        formula=FORMULA,
        targets=TARGETS,
        **pack_data(HERE, words),
        hyphenation="en_US",
    )
