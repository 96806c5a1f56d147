"""Dutch: an outcome label is a subordinate clause with its verb last ("een hartaanval
kregen", "niet achteruit waren gegaan"); a label without a verb form is a noun phrase
("ziekenhuisopnames", "opnames of artsbezoeken door een bloeding")."""

import regex
from plainsum.labelform import forms

_FINITE = frozenset({
    "kregen", "kreeg", "krijgen", "hadden", "had", "hebben", "heeft", "waren", "was", "zijn",
    "is", "werden", "werd", "worden", "gingen", "ging", "gaan", "bleven", "bleef", "blijven",
    "overleden", "overlijden", "stierven", "raakten", "moesten", "konden", "kwamen", "komen",
    "vonden", "vinden", "lagen", "zagen", "deden", "doen", "beoordeelden", "bezochten",
    "ontwikkelden", "ontwikkelen", "leden", "lijden", "verbeterden", "verslechterden"})
# a participle ("gegaan", "opgenomen", "behandeld") or a weak verb's past plural
# ("ontwikkelden", "bezochten"), not a plural noun in -nten, -sten ("patiënten", "kosten")
_VERB = regex.compile(r"(?:\p{L}{0,6}ge\p{L}{2,}(?:d|t|en)|\p{L}{3,}(?:dden|tten|[^aeioun\W]den|"
                      r"[^aeiouns\W]ten))")
_NOT_VERB = frozenset({"ouderen", "kinderen", "tanden", "handen", "landen", "gebieden",
                       "gevallen", "gegevens", "geboorten", "gezondheid", "gewicht",
                       "geneesmiddelen", "klachten", "nachten", "krachten", "vruchten",
                       "woorden", "gewrichten", "berichten", "gerechten", "plichten"})


def _no_verb(words: list[str]) -> bool:
    for word in (w.lower() for w in words):
        if word in _FINITE or (word not in _NOT_VERB and _VERB.fullmatch(word)):
            return False
    return True


FORMS = forms(determiners=(), verbal=(), test=_no_verb)
