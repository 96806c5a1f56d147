"""A quote's "few" or "rarely" turned round (``hedge-reversed``, or ``negation-changed``
for "never"): "There are few circumstances when a single study should change practice"
said as "there are many circumstances ...", "Es kommt selten vor" as "oft", "pocas
veces" as "nunca".

A sentence of the text restates a clause of a quote of the sheet when it keeps most of
the clause's meaning words (three at least). If the clause says how rare something is
with a word of the language's class of few (few, rarely, selten, peu, poche, poucas ...)
and the sentence has none, but a word of the class of many or often, or of never, the
quote's scope is turned round: reported at that word. Closed-class words per language.
"""

from __future__ import annotations

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_sheet import SheetWords
from .text import fold, tokens

_FEW = {
    "en": r"few|fewer|rarely|seldom|rare|hardly\s+ever",
    "es": r"pocas?|pocos|rara\s+vez|raramente|raras\s+veces|escas[oa]s|contad[oa]s",
    "fr": r"peu|rarement|rares?|guère",
    "de": r"selten|seltene[nr]?|wenige[nrm]?|kaum",
    "it": r"poche|pochi|raramente|rare|rari|di\s+rado",
    "pt": r"poucas?|poucos|raramente|raras?|raros?",
    "nl": r"weinig|zelden|zeldzaam",
}
_MANY = {
    "en": r"many|often|frequently|most|numerous|plenty|usually|commonly|always",
    "es": r"muchas?|muchos|a\s+menudo|con\s+frecuencia|frecuentemente|numeros[oa]s|siempre",
    "fr": r"beaucoup|souvent|nombreu(?:x|ses)|fréquemment|toujours",
    "de": r"oft|häufig|viele[nrm]?|zahlreiche[nr]?|meistens|immer",
    "it": r"molte|molti|spesso|frequentemente|numeros[ei]|sempre",
    "pt": r"muitas?|muitos|frequentemente|numeros[oa]s|sempre",
    "nl": r"vaak|veel|dikwijls|altijd",
}
_NEVER = {
    "en": r"never", "es": r"nunca|jamás", "fr": r"jamais", "de": r"nie|niemals",
    "it": r"mai", "pt": r"nunca|jamais", "nl": r"nooit",
}
LEAST = 3  # meaning words of the clause a sentence keeps, at the least
SHARE = 0.5  # of the clause's meaning words
STEM = 5  # letters two forms of a word share
_CLAUSE = regex.compile(r"[^.;:!?]+")


def _re(body: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}])(?:{body})(?![\p{{L}}])", regex.IGNORECASE)


_COMPILED = {lang: (_re(_FEW[lang]), _re(_MANY[lang]), _re(_NEVER[lang])) for lang in _FEW}


def _meaning(text: str, stop: frozenset[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.norm[:STEM] for t in tokens(text)
                               if len(t.norm) >= 4 and t.norm not in stop and t.norm.isalpha()))


def _clauses(context: CheckContext, lang: str, few: regex.Pattern[str],
             stop: frozenset[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(quote id, meaning words) of each clause of the sheet's quotes that says "few"."""
    def make() -> list[tuple[str, tuple[str, ...]]]:
        sheet = context.factsheet
        out = []
        for quote in sheet.quotes.values():
            said = quote.text.get(lang) if isinstance(quote.text, dict) else (
                quote.text if lang == (sheet.lang or "en") else None)
            for m in _CLAUSE.finditer(said or ""):
                if few.search(m.group()):
                    words = _meaning(few.sub(" ", m.group()), stop)
                    if len(words) >= LEAST:
                        out.append((quote.id, words))
        return out

    return context.lexicon.remember(("quote-scope",), make)


def turned_quotes(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    lang = words.lang.split("-")[0]
    if lang not in _COMPILED or not context.factsheet.quotes:
        return []
    few, many, never = _COMPILED[lang]
    stop = frozenset(fold(w) for w in getattr(context.pack, "stopwords", None) or ())
    clauses = _clauses(context, lang, few, stop)
    if not clauses:
        return []
    out: list[Finding] = []
    for a, b in analysis_of(text, context).sentences:
        for m in _CLAUSE.finditer(text, a, b):
            said = set(_meaning(m.group(), stop))
            if few.search(m.group()):
                continue
            for qid, wanted in clauses:
                kept = sum(1 for w in wanted if w in said)
                if kept < max(LEAST, SHARE * len(wanted)):
                    continue
                hit = never.search(text, m.start(), m.end())
                rule = "negation-changed"
                if hit is None:
                    hit, rule = many.search(text, m.start(), m.end()), "hedge-reversed"
                if hit is None:
                    continue
                out.append(Finding(
                    rule, "error",
                    f"\"{hit.group()}\": the quote ({qid}) says this is rare; the text turns "
                    f"it round.", qid, None, hit.group(), hit.span()))
                break
    return out
