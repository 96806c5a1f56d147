"""Diseases, symptoms and procedures named by several words (or by an acronym that the
word lists lack), per language: "stroke" as "accidente cerebrovascular", "accident
vasculaire cérébral" or "AVC", "shortness of breath", "insuficiencia cardiaca",
"anaesthesia". A text that names one the sheet never mentions, where the study's own
terms belong, has put another term in place of the sheet's (``term-swapped``); the word
lists of single words cannot see them.
"""

from __future__ import annotations

import functools

import regex

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
def pattern(lang: str) -> regex.Pattern[str] | None:
    """One search for every phrase of a language (none for a language without a list)."""
    phrases = PHRASES.get(lang)
    if not phrases:
        return None
    words = "|".join(r"\s+".join(_inflected(w) for w in p.split()) for p in phrases)
    acronyms = "|".join(ACRONYMS.get(lang, ()))
    form = rf"(?<![\p{{L}}\p{{N}}])(?:(?i:{words}){'|' + acronyms if acronyms else ''})" \
           rf"(?![\p{{L}}\p{{N}}])"
    return regex.compile(form)


def _inflected(word: str) -> str:
    """A word with its plural endings ("accidentes vasculares cerebrais", "AVCs")."""
    if len(word) <= 3:
        return regex.escape(word)
    if word.endswith("al"):
        return regex.escape(word[:-2]) + "(?:al|ais|ales|aux|ali)"
    return regex.escape(word) + "(?:s|es|n|en|x)?"
