"""A group or outcome label a reviewer can keep: a noun phrase in the release's language.

Every reader's draft passes here last. A label that opens with a preposition or ends in a
function word loses those words ('Sulle cadute con lesioni' -> 'cadute con lesioni'); one
that opens with a finite verb keeps the noun phrase the verb governs ('desenvolveram
demência' -> 'demência'); one that is a lone verb form, function word, number word or a
generic word ('levaram', 'entre', 'factores', 'results'), or a word cut short, is kept but
asked about with the sentence it came from (no guessing).
"""

from __future__ import annotations

import re
from typing import Any

from . import nonenglish_words as W

_EN_FUNCTION = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by", "from",
    "as", "who", "that", "which", "than", "into", "during", "per", "between", "among", "about"))
_NUMBER_WORDS = frozenset((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "zwei", "drei", "vier", "fünf", "sechs", "acht", "zehn", "zwölf", "dos", "tres", "cuatro",
    "seis", "ocho", "diez", "doce", "deux", "trois", "quatre", "huit", "dix", "douze", "due",
    "tre", "quattro", "sei", "otto", "dieci", "dodici", "dois", "duas", "três", "oito", "dez",
    "doze"))
# prepositions (and their contractions) that cannot open a label
_PREPOSITIONS = {
    "en": frozenset(("of", "in", "on", "at", "to", "for", "with", "by", "from", "into",
                     "between", "among", "about", "and", "or", "than")),
    "de": frozenset(("bei", "beim", "von", "vom", "mit", "in", "im", "am", "an", "ins", "zu",
                     "zum", "zur", "auf", "für", "und", "oder", "als", "zwischen", "unter",
                     "über", "durch", "gegen", "ohne")),
    "es": frozenset(("de", "del", "en", "con", "a", "al", "por", "para", "y", "o", "que",
                     "entre", "sobre", "sin", "hasta", "desde", "según")),
    "fr": frozenset(("de", "du", "d", "en", "dans", "avec", "à", "au", "aux", "par", "pour",
                     "sur", "et", "ou", "que", "qui", "chez", "parmi", "entre", "sans", "sous",
                     "selon", "contre")),
    "it": frozenset(("di", "del", "della", "dello", "dei", "degli", "delle", "in", "nel",
                     "nella", "nei", "nelle", "negli", "nello", "con", "a", "al", "alla", "ai",
                     "per", "e", "o", "che", "dal", "dalla", "dai", "dagli", "dalle", "su",
                     "sul", "sulla", "sulle", "sui", "sugli", "tra", "fra", "senza", "contro")),
    "pt": frozenset(("de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "com",
                     "ao", "aos", "por", "para", "e", "ou", "que", "entre", "sobre", "sem",
                     "até", "pelo", "pela", "pelos", "pelas", "num", "numa")),
}
_FUNCTION = {"en": _EN_FUNCTION, **{
    lang: (frozenset(W.FUNCTION_WORDS[lang].split()) - _NUMBER_WORDS) | _PREPOSITIONS[lang]
    for lang in W.LANGS}}
# articles may open a noun phrase ('las mujeres'); other function words may not
_ARTICLES = {
    "en": frozenset(["the", "a", "an"]),
    "de": frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                     "einer", "eines"]),
    "es": frozenset(["el", "la", "los", "las", "un", "una", "unos", "unas"]),
    "fr": frozenset(["le", "la", "les", "l", "un", "une", "des"]),
    "it": frozenset(["il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una"]),
    "pt": frozenset(["o", "a", "os", "as", "um", "uma", "uns", "umas"]),
}
_VERBS = {lang: frozenset(W.VERB_STOPS.get(lang, "").split()) for lang in W.LANGS}
_VERBS["en"] = frozenset(["was", "were", "is", "are", "had", "has", "have", "got", "did",
                          "developed", "showed", "reached", "accounted", "corresponded"])
# finite verb forms by their endings (third person past), where nouns rarely end so
_FINITE = {
    "es": re.compile(r"\w{2,}(?:ó|aron|ieron)$"),
    "pt": re.compile(r"\w{2,}(?:aram|eram|iram|ou)$"),
    "it": re.compile(r"\w{2,}(?:arono|erono|irono|ò)$"),
    "fr": re.compile(r"\w{2,}(?:èrent|irent)$"),
    "de": re.compile(r"(?!x)x"),
    "en": re.compile(r"(?!x)x"),
}
# a word too general to name a group or an outcome alone
_GENERIC = {
    "en": frozenset(["results", "result", "factors", "factor", "findings", "data", "times",
                     "outcomes"]),
    "de": frozenset(["ergebnisse", "ergebnis", "faktoren", "faktor", "daten", "mal", "befunde"]),
    "es": frozenset(["resultados", "resultado", "factores", "factor", "datos", "veces",
                     "hallazgos"]),
    "fr": frozenset(["résultats", "résultat", "facteurs", "facteur", "données", "fois"]),
    "it": frozenset(["risultati", "risultato", "fattori", "fattore", "dati", "volte"]),
    "pt": frozenset(["resultados", "resultado", "fatores", "fator", "dados", "vezes", "achados"]),
}
# the periods of a before/after study are named by these words alone ('dopo', 'after')
_PERIODS = frozenset(w.lower() for pair in W.PERIOD_LABELS.values() for w in pair) | {
    "before", "after"}
_WORD = re.compile(r"[\w'’-]+")


def _verb(word: str, lang: str) -> bool:
    low = word.lower()
    if low in _VERBS.get(lang, ()):
        return True
    # German writes every noun with a capital: a lone lowercase word is no noun
    return bool(_FINITE.get(lang, _FINITE["en"]).fullmatch(low))


def trimmed(label: str, lang: str) -> str:
    """The label without a leading preposition or trailing function word, and without a
    leading finite verb before the noun phrase it governs; the label itself if that would
    leave nothing."""
    function = _FUNCTION.get(lang, _EN_FUNCTION)
    articles = _ARTICLES.get(lang, frozenset())
    words = label.split()
    opening = _PREPOSITIONS.get(lang, _PREPOSITIONS["en"])
    while len(words) > 1 and words[0].lower() in opening:
        words = words[1:]
    # (written in lower case: 'vitamine D' ends in a name, not in the elided 'd'')
    while len(words) > 1 and words[-1] == words[-1].lower() and (
            words[-1] in function or words[-1] in articles):
        words = words[:-1]
    if lang != "en" and len(words) > 1 and _verb(words[0], lang) and not words[0][0].isupper():
        rest = words[1:]
        while len(rest) > 1 and rest[0].lower() in opening:
            rest = rest[1:]
        if rest and rest[0].lower() not in function:
            words = rest
    out = " ".join(words)
    return out if _WORD.search(out) else label


def problem(label: str, lang: str, *, german_case: bool = True) -> str | None:
    """Why a label is no noun phrase, or None."""
    words = label.split()
    if not words:
        return "empty"
    function = _FUNCTION.get(lang, _EN_FUNCTION)
    if len(words) == 1:
        low = words[0].lower().strip(".,;:")
        if low in _PERIODS:
            return None
        if low in function or low in _PREPOSITIONS.get(lang, ()):
            return "a function word"
        if low in _NUMBER_WORDS:
            return "a number word"
        if low in _GENERIC.get(lang, ()):
            return "a word too general to name it"
        if _verb(low, lang) and (lang != "en" or low in _VERBS["en"]):
            return "a verb"
        if lang == "de" and german_case and low == words[0] and low.isalpha():
            return "a lowercase word, no noun in German"
    if words[-1] in function:
        return "a fragment ending in a function word"
    return None


def _sentence(text: str, span: Any) -> str:
    if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)):
        return ""
    start = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0])) + 1
    ends = [i for i in (text.find(". ", span[1]), text.find("\n", span[1])) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start:end].split())[:300]


def _group_words(data: dict[str, Any], lang: str) -> list[str]:
    out = []
    for group in data.get("groups") or []:
        names = (group.get("label") or {}).get(lang)
        if isinstance(names, dict) and isinstance(names.get("plain"), str):
            out.append(names["plain"].lower())
        out += [k.lower() for k in ((group.get("keywords") or {}).get(lang) or [])]
    return out


def _subject(text: str, span: Any, lang: str, groups: list[str]) -> str:
    """The noun phrase a verb label is said of ('la efectividad alcanzó' -> 'efectividad'):
    the words before the verb in its clause, when they are a short phrase of words that is
    not one of the draft's groups; '' otherwise."""
    if lang == "en" or not (isinstance(span, list) and len(span) == 2
                            and 0 <= span[0] < span[1] <= len(text)):
        return ""
    before = text[:span[0]]
    cut = max(before.rfind(c) for c in ",;:.\n()–")
    words = before[cut + 1:].split()
    function = _FUNCTION.get(lang, _EN_FUNCTION)
    articles = _ARTICLES.get(lang, frozenset())
    while words and (words[0].lower() in articles or words[0].lower() in _PREPOSITIONS.get(
            lang, ())):
        words = words[1:]
    if not words or len(words) > 5 or any(ch.isdigit() for w in words for ch in w) \
            or words[-1].lower() in function or _verb(words[-1], lang):
        return ""
    phrase = " ".join(words)
    low = phrase.lower()
    if any(low in g or g in low for g in groups if g):
        return ""  # the group the figure is of, not what was measured
    return phrase


def check(data: dict[str, Any], text: str, lang: str) -> None:
    """Trim each group and outcome label of a draft to its noun phrase; ask about those
    that are none, quoting their sentence."""
    for section, what in (("groups", "group"), ("outcomes", "outcome")):
        for item in data.get(section) or []:
            names = (item.get("label") or {}).get(lang)
            if not isinstance(names, dict) or not isinstance(names.get("plain"), str):
                continue
            label = names["plain"]
            new = trimmed(label, lang)
            if new != label:
                for key in ("plain", "technical"):
                    if names.get(key) == label:
                        names[key] = new
            why = problem(new, lang)
            span = item.get("source_span")
            if why == "a verb" and what == "outcome":
                subject = _subject(text, span, lang, _group_words(data, lang))
                if subject:
                    for key in ("plain", "technical"):
                        names[key] = subject
                    note = (f"outcome named after what '{new}' is said of in its sentence: "
                            f"check it: \u00ab{_sentence(text, span)}\u00bb")
                    item["review"] = "; ".join(x for x in (item.get("review") or "", note) if x)
                    continue
            if why is None and isinstance(span, list) and len(span) == 2 \
                    and 0 < span[1] < len(text) and text[span[1]].isalpha() \
                    and text[span[1] - 1].isalpha() and new == label \
                    and text[span[0]:span[1]].endswith(label.split()[-1]):
                why = "a word cut short"
            if why:
                said = _sentence(text, span)
                note = (f"the {what} label '{new}' is {why}, not a name of the {what}: name "
                        f"it from its sentence")
                note += f": \u00ab{said}\u00bb" if said else ""
                item["review"] = "; ".join(x for x in (item.get("review") or "", note) if x)




def pair_groups(data: dict[str, Any], text: str) -> None:
    """Two figures in the brackets after a sentence that compares two named groups ('no
    differences between rural and urban areas (14.2 % vs 14.9 %)') are those groups', in
    the order named, not the whole sample's."""
    facts = data.get("facts") or []
    for fact in facts:
        group, other, span = fact.get("group"), fact.get("versus"), fact.get("source_span")
        if not (group and other and group != "all" and isinstance(other, str)
                and isinstance(span, list) and len(span) == 2):
            continue
        opened = text.find("(", span[1])
        if opened < 0 or any(c in text[span[1]:opened] for c in ".;\n"):
            continue
        closed = text.find(")", opened)
        if closed < 0:
            continue
        inside = [f for f in facts if f.get("group") == "all" and f.get("kind") == "proportion"
                  and isinstance(f.get("source_span"), list)
                  and opened < f["source_span"][0] < closed]
        if len(inside) != 2:
            continue
        inside.sort(key=lambda f: f["source_span"][0])
        for f, g in zip(inside, (group, other), strict=True):
            f["group"] = g
            if fact.get("outcome") and not f.get("outcome"):
                f["outcome"] = fact["outcome"]
            f["review"] = ("the figure of one of the two groups its sentence compares, in the "
                           "order named: check")


__all__ = ["check", "pair_groups", "problem", "trimmed"]
