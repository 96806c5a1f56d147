"""Diseases, symptoms and procedures named by several words (or by an acronym that the
word lists lack), per language: "stroke" as "accidente cerebrovascular", "accident
vasculaire cérébral" or "AVC", "shortness of breath", "insuficiencia cardiaca",
"anaesthesia". A text that names one the sheet never mentions, where the study's own
terms belong, has put another term in place of the sheet's (``term-swapped``); the word
lists of single words cannot see them.
"""

from __future__ import annotations

import functools

from .text import phrase_key

PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("shortness of breath", "breathlessness", "heart failure", "atrial fibrillation",
           "kidney failure", "renal failure", "high blood pressure", "anaesthesia",
           "anesthesia", "anaesthetic", "anesthetic", "cerebrovascular accident"),
    "es": ("accidente cerebrovascular", "accidente vascular cerebral", "infarto cerebral",
           "falta de aire", "disnea", "insuficiencia cardiaca", "insuficiencia cardíaca",
           "fibrilación auricular", "insuficiencia renal", "hipertensión arterial",
           "anestesia"),
    "fr": ("accident vasculaire cérébral", "accident vasculaire cerebral", "infarctus cérébral",
           "essoufflement", "dyspnée", "insuffisance cardiaque", "fibrillation auriculaire",
           "insuffisance rénale", "hypertension artérielle", "anesthésie"),
    "de": ("Atemnot", "Kurzatmigkeit", "Luftnot", "Dyspnoe", "Herzinsuffizienz",
           "Herzschwäche", "Vorhofflimmern", "Niereninsuffizienz", "Nierenversagen",
           "Bluthochdruck", "Anästhesie", "Narkose", "Hirninfarkt"),
    "it": ("ictus cerebrale", "fiato corto", "mancanza di respiro", "dispnea",
           "insufficienza cardiaca", "scompenso cardiaco", "fibrillazione atriale",
           "insufficienza renale", "ipertensione arteriosa", "anestesia", "infarto cerebrale"),
    "pt": ("acidente vascular cerebral", "acidente vascular encefálico", "falta de ar",
           "dispneia", "insuficiência cardíaca", "fibrilhação auricular",
           "fibrilação atrial", "insuficiência renal", "hipertensão arterial", "anestesia",
           "enfarte cerebral"),
}
# acronyms of them, matched as written ("AVC" is stroke in French and Portuguese)
ACRONYMS: dict[str, tuple[str, ...]] = {
    "fr": ("AVC",), "pt": ("AVC", "AVE"), "es": ("ACV",), "it": (), "de": (), "en": (),
}


@functools.lru_cache(maxsize=16)
def keys(lang: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """The folded words of each phrase of a language, every form its first word takes
    (a text whose word set holds none names none of them: one intersection per text),
    and the acronyms."""
    phrases = tuple(phrase_key(p) for p in PHRASES.get(lang, ()))
    firsts = frozenset(f for key in phrases for f in _forms(key[0]))
    acronyms = frozenset(ACRONYMS.get(lang, ()))
    return firsts | {a.lower() for a in acronyms}, phrases, acronyms


def _forms(word: str) -> tuple[str, ...]:
    """A word and its plurals ("accidentes", "vasculares", "cerebrais", "AVCs")."""
    if word.endswith("al"):
        return (word, word[:-2] + "ais", word + "es", word[:-2] + "aux", word[:-1] + "i")
    return (word, word + "s", word + "es", word + "n", word + "en", word + "x")


def same(said: str, word: str) -> bool:
    """Whether a text's word is a phrase's word or one of its plurals."""
    return said in _forms(word)
