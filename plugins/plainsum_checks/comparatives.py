"""Comparatives that state no direction of an outcome.

A word for "more" or "higher" is a direction claim only when it is said of the outcome.
Two uses are not:

- a superlative that picks one kind out of several: "relapsing MS, the most common form",
  "la forma più diffusa", ", la más común,", "(la plus fréquente)": an article right
  after a clause mark, or a word for a form or type, before the comparative;
- a comparison of the figures themselves: "the figures were higher for relapsing MS than
  for progressive MS", "le percentuali sono state più alte": the figures are shares of
  people, so "higher" there says more people had the finding, not that the measure rose.
"""

from __future__ import annotations

import functools

import regex

# articles that make "more" a superlative right after a clause mark (", la más común")
_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the",), "es": ("el", "la", "los", "las", "lo"), "fr": ("le", "la", "les", "l'"),
    "it": ("il", "lo", "la", "i", "gli", "le", "l'"), "pt": ("o", "a", "os", "as"),
    "de": ("der", "die", "das"),
}
# words for a form or kind of a disease: "the most common form", "la forma più diffusa"
_KINDS: dict[str, tuple[str, ...]] = {
    "en": ("form", "forms", "type", "types", "kind", "kinds", "variant", "variants",
           "subtype", "subtypes"),
    "es": ("forma", "formas", "tipo", "tipos", "variante", "variantes", "subtipo", "subtipos"),
    "fr": ("forme", "formes", "type", "types", "variante", "variantes", "sous-type",
           "sous-types"),
    "it": ("forma", "forme", "tipo", "tipi", "variante", "varianti", "sottotipo", "sottotipi"),
    "pt": ("forma", "formas", "tipo", "tipos", "variante", "variantes", "subtipo", "subtipos"),
    "de": ("form", "formen", "typ", "typen", "art", "variante", "varianten", "verlaufsform",
           "verlaufsformen"),
}
# words for the figures themselves, as the subject of a comparative
_FIGURES: dict[str, tuple[str, ...]] = {
    "en": ("figures", "numbers", "percentages", "proportions", "shares", "values"),
    "es": ("cifras", "porcentajes", "proporciones", "valores", "números", "numeros"),
    "fr": ("chiffres", "pourcentages", "proportions", "valeurs"),
    "it": ("cifre", "percentuali", "proporzioni", "valori", "numeri"),
    "pt": ("números", "numeros", "percentagens", "porcentagens", "proporções", "proporcoes",
           "valores"),
    "de": ("werte", "zahlen", "anteile", "prozentsätze", "prozentwerte"),
}
_GAP = 5  # words between a figure noun and the comparative it is the subject of


@functools.cache
def _patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    arts = alt(_ARTICLES.get(lang, ()))
    superlative = regex.compile(rf"(?:^|[,;:(—–-]|\n)\s*(?:{arts})\s*$", regex.IGNORECASE)
    kind = regex.compile(rf"(?<!\p{{L}})(?:{alt(_KINDS.get(lang, ()))})\s+(?:(?:{arts})\s+)?$",
                         regex.IGNORECASE)
    figures = regex.compile(
        rf"(?<!\p{{L}})(?:{alt(_FIGURES.get(lang, ()))})(?!\p{{L}})(?:[ \u00a0]+[\p{{L}}'’-]+)"
        rf"{{0,{_GAP}}}[ \u00a0]+$", regex.IGNORECASE)
    return superlative, kind, figures


def no_claim(text: str, start: int, direction: str, lang: str) -> bool:
    """Whether the direction word at ``start`` (read as ``direction``) is a superlative
    or a comparison of figures rather than a claim about the outcome."""
    if lang not in _ARTICLES or direction not in ("increased", "decreased"):
        return False
    superlative, kind, figures = _patterns(lang)
    before = text[max(0, start - 80):start]
    if lang != "en" and superlative.search(before):
        return True  # English "the higher rate" compares two groups
    return kind.search(before) is not None or figures.search(before) is not None
