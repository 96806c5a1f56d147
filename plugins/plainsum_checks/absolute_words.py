"""Words that call a change absolute, in the six languages.

A relative change ("40 % fewer heart attacks") said to be an absolute one ("el 40 % es una
reducción absoluta", "Une réduction absolue de 40 %", "Il s'agit d'une baisse absolue")
turns a comparison of two groups into a share of people: the ``relative-as-absolute``
error. What calls it so is grammar, not a figure: the adjective with a noun of change
("absolute reduction", "riduzione assoluta del rischio"), or an adverbial phrase ("in
absolute terms", "en valeur absolue"). Explanations that deny it ("relativa, no
absoluta", "not an absolute reduction", "absolute Zahlen nennt sie nicht") say the same
words under a negation in their clause, and are left alone; so are absolute numbers,
rates and risks, which are other quantities, not the change.
"""

from __future__ import annotations

import functools

import regex

_ADJ = {
    "en": r"absolute",
    "es": r"absolut[oa]s?",
    "fr": r"absolue?s?",
    "de": r"absolut(?:e[nrs]?)?",
    "it": r"assolut[oaie]",
    "pt": r"absolut[oa]s?",
}
# nouns of a change or a difference (German compounds end in them: "Risikoreduktion")
_CHANGE = {
    "en": r"reductions?|decreases?|drops?|falls?|declines?|differences?|increases?|rises?"
          r"|changes?|cuts?|gains?|benefits?|lowering",
    "es": r"reducci[oó]n|reducciones|disminuci[oó]n|descenso|ca[ií]da|bajada|diferencias?"
          r"|aumentos?|incrementos?|cambios?|beneficios?|mejoras?",
    "fr": r"r[ée]ductions?|diminutions?|baisses?|chutes?|diff[ée]rences?|hausses?"
          r"|augmentations?|[ée]carts?|variations?|b[ée]n[ée]fices?|gains?|reculs?",
    "de": r"\p{L}*(?:reduktion|senkung|verringerung|verminderung|minderung|abnahme"
          r"|rückgang|differenz|unterschied|anstieg|zunahme|erhöhung|änderung|nutzen)"
          r"(?:en|e|s)?",
    "it": r"riduzion[ei]|diminuzion[ei]|cal[oi]|differenz[ae]|aumenti?|increment[oi]"
          r"|variazion[ei]|benefici?o?|abbassamento|discesa",
    "pt": r"redu[çc][ãa]o|redu[çc][õo]es|diminui[çc][ãa]o|descida|queda|diferen[çc]as?"
          r"|aumentos?|acr[ée]scimos?|varia[çc][ãa]o|benef[ií]cios?|baixa",
}
# "in absolute terms", "en valor absoluto", "(absolute)", "absolut gesehen"
_TERMS = {
    "en": r"in\s+absolute\s+(?:terms|numbers|figures)|\(\s*absolute\s*\)",
    "es": r"en\s+t[ée]rminos\s+absolutos|en\s+valor\s+absoluto|\(\s*absolut[oa]\s*\)",
    "fr": r"en\s+absolu|en\s+valeur\s+absolue|en\s+termes\s+absolus|\(\s*absolue?\s*\)",
    "de": r"absolut\s+(?:gesehen|betrachtet|gerechnet)|in\s+absoluten\s+Zahlen"
          r"|\(\s*absolut\s*\)",
    "it": r"in\s+termini\s+assoluti|in\s+valore\s+assoluto|\(\s*assolut[oa]\s*\)",
    "pt": r"em\s+termos\s+absolutos|em\s+valor\s+absoluto|\(\s*absolut[oa]\s*\)",
}
# words that deny or set aside what follows them in a clause (closed class; the packs'
# negations are added by the caller)
_DENY = {
    "en": r"not|no|never|nor|neither|rather\s+than|instead\s+of|isn['’]t|wasn['’]t|n['’]t"
          r"|unlike|without",
    "es": r"no|ni|nunca|en\s+lugar\s+de|en\s+vez\s+de|sin",
    "fr": r"pas|ne|n['’]|ni|jamais|plut[ôo]t\s+qu['’e]|au\s+lieu\s+d['’e]|sans|non",
    "de": r"nicht|kein\w*|nie|statt|anstatt|ohne|weder|noch",
    "it": r"non|né|mai|invece\s+(?:che|di)|anzich[ée]|senza",
    "pt": r"n[ãa]o|nem|nunca|em\s+vez\s+de|ao\s+inv[ée]s\s+de|sem",
}
# a copula or presentative that opens a sentence saying what "it" is ("It is an absolute
# reduction.", "Il s'agit d'une baisse absolue", "È una riduzione assoluta")
_COPULA = {
    "en": r"(?:it|this|that)\s+(?:is|was|means)|it['’]s|that['’]s|this\s+represents",
    "es": r"(?:esto|eso|ello)?\s*(?:es|fue|supone|representa)|se\s+trata\s+de",
    "fr": r"il\s+s['’]agit\s+d['’e]|c['’]est|ce\s+fut|cela\s+repr[ée]sente|soit",
    "de": r"(?:das|dies|es)\s+(?:ist|war)|es\s+handelt\s+sich\s+um|gemeint\s+ist",
    "it": r"(?:questa|quella|questo|ci[oò])?\s*(?:è|e['’]|era|rappresenta)|si\s+tratta\s+di",
    "pt": r"(?:isto|isso|esta|essa)?\s*(?:é|foi|representa)|trata-se\s+de",
}
# an answer word before it ("Sí. Es una reducción absoluta")
_YES = r"(?:(?:yes|s[ií]|sì|oui|ja|sim|right|exactly|exacto|exactement|genau|esatto|exato)" \
       r"\s*[.,!:]\s*)?"


@functools.cache
def _phrase(lang: str) -> regex.Pattern[str] | None:
    if lang not in _ADJ:
        return None
    adj, change, terms = _ADJ[lang], _CHANGE[lang], _TERMS[lang]
    # adjective then (a word or two, "risk") the noun, the noun then the adjective (a
    # copula or "of the risk" between), or the adverbial phrase
    return regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<adj>{adj})(?:\s+[\p{{L}}-]+){{0,1}}?\s+(?:{change})"
        rf"|(?:{change})(?:\s+[\p{{L}}'’-]+){{0,2}}?\s+(?P<adj2>{adj})"
        rf"|(?P<terms>{terms}))(?![\p{{L}}])", regex.IGNORECASE)


@functools.cache
def _deny(lang: str, extra: tuple[str, ...]) -> regex.Pattern[str] | None:
    forms = [_DENY[lang]] if lang in _DENY else []
    forms += [regex.escape(w) for w in extra if w.strip()]
    if not forms:
        return None
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(forms) + r")(?![\p{L}])",
                         regex.IGNORECASE)


@functools.cache
def _called(lang: str) -> regex.Pattern[str] | None:
    if lang not in _COPULA:
        return None
    return regex.compile(rf"\s*{_YES}(?:[\p{{L}}'’-]+\s+){{0,2}}?(?:{_COPULA[lang]})"
                         r"(?:\s+|(?<=['’]))", regex.IGNORECASE)


_CLAUSE = regex.compile(r"[;:.!?,()\[\]—–]")
# words that join a new clause after the phrase ("... es una reducción absoluta y que no se
# publicaron las cifras"): a negation past them is that clause's
_JOIN = regex.compile(r"(?<![\p{L}])(?:and|or|but|while|whereas|y|e|o|u|pero|mientras|et|ou"
                      r"|mais|alors|tandis|und|oder|aber|sondern|während|ed|ma|mentre|però"
                      r"|mas|enquanto|porém)(?![\p{L}])", regex.IGNORECASE)


def absolute_phrases(text: str, start: int, end: int, lang: str,
                     negations: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The spans in ``text[start:end]`` that call a change absolute, outside a clause
    that denies it ("relativa, no absoluta")."""
    phrase = _phrase(lang)
    if phrase is None:
        return []
    deny = _deny(lang, negations)
    out = []
    for hit in phrase.finditer(text, start, end):
        a, b = _clause(text, hit.start(), hit.end(), start, end)
        joined = _JOIN.search(text, hit.end(), b)
        if deny is not None and deny.search(text, a, joined.start() if joined else b):
            continue
        out.append(hit.span())
    return out


def called_absolute(text: str, start: int, end: int, lang: str,
                    negations: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """Where a sentence of its own says that the change just given is absolute ("It is an
    absolute reduction.", "Il s'agit d'une baisse absolue", "Sì. È una riduzione
    assoluta"): its opening copula, then the phrase. None when it does not."""
    called = _called(lang)
    if called is None:
        return None
    stop = _CLAUSE.search(text, start, end)  # "Il s'agit d'une baisse absolue : ..."
    if stop is not None and text[stop.start()] in ";:—–":
        end = stop.start()
    if len(text[start:end].split()) > 12:
        return None
    head = called.match(text, start, end)
    if head is None:
        return None
    for a, b in absolute_phrases(text, head.end(), end, lang, negations):
        if len(text[head.end():a].split()) <= 2:  # an article, "une baisse"
            return start + len(text[start:end]) - len(text[start:end].lstrip()), b
    return None


def _clause(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``text[a:b]`` within ``lo``..``hi``: between marks (a mark
    inside the phrase itself, as "(absolute)" has, does not end it)."""
    before = [m.end() for m in _CLAUSE.finditer(text, lo, a)]
    after = _CLAUSE.search(text, b, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)
