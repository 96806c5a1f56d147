"""Comparatives that state no direction of an outcome.

A word for "more" or "higher" is a direction claim only when it is said of the outcome.
Two uses are not:

- a superlative that picks one kind out of several: "relapsing MS, the most common form",
  "la forma più diffusa", ", la más común,", "(la plus fréquente)", ", que es la más
  común": an article right after a clause mark (or after a relative pronoun and a copula
  there), or a word for a form or type, before the comparative;
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
# a relative pronoun and a copula between the clause mark and the article (", que es la
# más común", ", che è la più diffusa", ", qui est la plus fréquente", ", que é a mais
# comum"): the superlative said in a relative clause (closed-class words)
_WHICH_IS: dict[str, str] = {
    "es": r"(?:que|la\s+cual|el\s+cual|cual)\s+(?:es|era|son|eran|fue|sigue\s+siendo)",
    "fr": r"(?:qui|laquelle|lequel)\s+(?:est|était|sont|étaient|reste|demeure)",
    "it": r"(?:che|la\s+quale|il\s+quale)\s+(?:è|e'|era|sono|erano|resta|rimane)",
    "pt": r"(?:que|a\s+qual|o\s+qual)\s+(?:é|era|são|eram|continua\s+a\s+ser|continua\s+sendo)",
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
# a bound of a figure: a word for more or less, the word the language joins it to a figure
# with, and the figure ("more than 70 %", "más del 70 %", "plus de 70 %", "mais de 70 %",
# "più del 70 %", "mehr als 70 %", "a little over 70"): it says how large the figure is,
# not that the outcome went up or down (closed-class words of each language)
_BOUNDS: dict[str, tuple[str, str]] = {
    "en": ("more|less|fewer|over|under", "than"),
    "es": ("más|menos", r"de|del|de\s+la|de\s+los|de\s+las|que"),
    "fr": ("plus|moins", "de|d['’]|du|des|que|qu['’]"),
    "it": ("più|meno|oltre", "di|del|dell['’]|della|dei|degli|delle|che"),
    "pt": ("mais|menos", r"de|do|da|dos|das|que|do\s+que"),
    "de": (r"mehr|weniger|über|unter|knapp\s+über|knapp\s+unter", "als"),
}


@functools.cache
def _patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    arts = alt(_ARTICLES.get(lang, ()))
    which = _WHICH_IS.get(lang)
    which = rf"(?:{which}\s+)?" if which else ""
    superlative = regex.compile(rf"(?:^|[,;:(—–-]|\n)\s*{which}(?:{arts})\s*$",
                                regex.IGNORECASE)
    kind = regex.compile(rf"(?<!\p{{L}})(?:{alt(_KINDS.get(lang, ()))})\s+(?:(?:{arts})\s+)?$",
                         regex.IGNORECASE)
    figures = regex.compile(
        rf"(?<!\p{{L}})(?:{alt(_FIGURES.get(lang, ()))})(?!\p{{L}})(?:[ \u00a0]+[\p{{L}}'’-]+)"
        rf"{{0,{_GAP}}}[ \u00a0]+$", regex.IGNORECASE)
    return superlative, kind, figures


# "more" as the degree of a verb in a relative clause: "el dato que más ha llamado la
# atención", "il dato che più ha colpito", "o que mais chamou a atenção": the relative
# pronoun before it and a verb right after it (an auxiliary, a clitic or a past tense),
# where a comparison of the outcome takes a noun ("que más infecciones"). Closed-class
# words of each language.
_RELATIVE: dict[str, tuple[str, str, str]] = {
    "es": ("que|quien|quienes", "más|menos",
           r"(?:ha|han|había|habían|hubo|haya|me|te|se|nos|les?|lo|la)(?!\p{L})"
           r"|\p{L}+(?:ó|aron|ieron|ió)(?!\p{L})"),
    "it": ("che|chi", "più|meno",
           r"(?:ha|hanno|aveva|avevano|abbia|è|sono|era|erano|mi|ti|ci|vi|si|lo|li|ne)"
           r"(?!\p{L})|\p{L}+(?:ò|arono|erono|irono)(?!\p{L})"),
    "pt": ("que|quem", "mais|menos",
           r"(?:tem|têm|tinha|tinham|tenha|foi|foram|me|te|se|nos|lhe|lhes)(?!\p{L})"
           r"|\p{L}+(?:ou|aram|eram|iram|eu|iu)(?!\p{L})"),
}


@functools.cache
def _relative(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    words = _RELATIVE.get(lang)
    if words is None:
        return None
    pronoun, more, verb = words
    return (regex.compile(rf"(?<!\p{{L}})(?:{pronoun})\s+$", regex.IGNORECASE),
            regex.compile(rf"(?:{more})\s+(?:{verb})", regex.IGNORECASE))


def no_claim(text: str, start: int, direction: str, lang: str) -> bool:
    """Whether the direction word at ``start`` (read as ``direction``) is a superlative,
    the degree of a verb in a relative clause, or a comparison of figures rather than a
    claim about the outcome."""
    if lang not in _ARTICLES or direction not in ("increased", "decreased"):
        return False
    if _additive(text, start, lang):
        return True  # "In più: alcune persone ...", "De plus, ...": "moreover"
    if _bound(lang).match(text, start) is not None:
        return True  # "más del 70 % a los diez": the figure's bound
    relative = _relative(lang)
    if relative is not None and relative[1].match(text, start) is not None and (
            relative[0].search(text, max(0, start - 12), start) is not None):
        return True  # "el dato que más ha llamado la atención"
    superlative, kind, figures = _patterns(lang)
    before = text[max(0, start - 80):start]
    if lang != "en" and superlative.search(before):
        return True  # English "the higher rate" compares two groups
    return kind.search(before) is not None or figures.search(before) is not None


# "more" that adds a point rather than compares: "In più:", "per di più,", "De plus,",
# "En plus,", "Es más,", "What's more,": the language's fixed words before
# it, and a comma or colon (markdown emphasis aside) right after it (closed-class words;
# Portuguese and German say it with words of their own: "além disso", "außerdem")
_ADDITIVE_BEFORE: dict[str, str] = {
    "en": r"what['’]s|what\s+is", "es": r"es|y\s+lo\s+que\s+es", "fr": r"de|en",
    "it": r"in|per\s+di",
}


@functools.cache
def _additive_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    words = _ADDITIVE_BEFORE.get(lang)
    if words is None:
        return None
    before = regex.compile(rf"(?:^|(?<=[\s*_(\[—–.!?;:]))(?:{words})\s+$", regex.IGNORECASE)
    after = regex.compile(r"\p{L}+[*_]*\s*[,:]")
    return before, after


def _additive(text: str, start: int, lang: str) -> bool:
    """Whether the comparative at ``start`` is a connective that adds a point ("In più:")."""
    found = _additive_patterns(lang)
    if found is None:
        return False
    before, after = found
    return (after.match(text, start) is not None
            and before.search(text, max(0, start - 20), start) is not None)


@functools.cache
def _bound(lang: str) -> regex.Pattern[str]:
    words, links = _BOUNDS.get(lang, ("(?!)", "(?!)"))
    # the link may be left out where the language allows ("over 70 %", "über 70 %")
    return regex.compile(rf"(?:{words})(?:\s+(?:{links}))?(?:\s+(?:the|el|la|le|il|lo|o|a))?"
                         r"\s+[0-9]", regex.IGNORECASE)


_ARTICLE_WORDS = "the|el|la|lo|los|las|le|les|l['’]|il|gli|o|a|os|as|der|die|das|dem|den"


@functools.cache
def _standard(lang: str) -> regex.Pattern[str]:
    words, links = _BOUNDS.get(lang, ("(?!)", "(?!)"))
    # the level may have a noun of its own before the group's word ("plus que le seuil
    # suffisant", "mais do que o nível suficiente")
    return regex.compile(rf"(?<!\p{{L}})(?:{words})\s+(?:{links})(?:\s+(?:{_ARTICLE_WORDS}))?"
                         r"(?:\s+[\p{L}'’-]+)?\s*$", regex.IGNORECASE)


def standard_of_comparison(text: str, start: int, lang: str) -> bool:
    """Whether the words right before ``start`` (where a group is named) make it the
    standard of a comparative, a level others are above or below: "more than enough",
    "mais do que o suficiente", "más de lo suficiente", "plus que le seuil suffisant",
    "mehr als ausreichend". The group so named describes who is meant; it is no subject of the
    sentence's comparison."""
    return _standard(lang).search(text, max(0, start - 30), start) is not None
