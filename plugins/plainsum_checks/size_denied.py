"""Rule ``negation-changed`` on a study too small to tell: the sheet's limitation says the
study was too small (underpowered) to tell something, and the text says it was large
enough ("the study was large enough to know", "era lo bastante grande para saber", "lo
studio aveva un numero di pazienti più che sufficiente", "o estudo era grande o suficiente
para o confirmar").

The limitation is known from the sheet's English wording ("too small", "underpowered",
"not large enough", "lacked power"), so every language's text is read against it. A
text's phrase of sufficient size (closed-class phrases of the six languages) with a
negation, a word of lacking or a hedge a few words before it in its clause ("not large
enough", "non aveva un numero sufficiente", "whether it was large enough", "a study large
enough would be needed") keeps the caveat; a question keeps it too.
"""

from __future__ import annotations

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _words

# the sheet's limitation of size, in its English wording
_TOO_SMALL = regex.compile(r"(?i)(?<!\p{L})(?:too\s+small|underpowered|not\s+(?:large|big)\s+"
                           r"enough|lack(?:ed|s)?\s+(?:the\s+)?(?:statistical\s+)?power)(?!\p{L})")
# a study said large enough, per language
_ENOUGH: dict[str, str] = {
    "en": r"(?:large|big)\s+enough|(?:adequately|sufficiently|well)[\s-]powered"
          r"|enough\s+(?:patients|people|participants)|sufficient\s+(?:number|sample|power)",
    "es": r"(?:lo\s+)?(?:bastante|suficientemente)\s+grande|grande\s+como\s+para"
          r"|suficientes\s+(?:pacientes|participantes|personas)"
          r"|(?:potencia|número\s+de\s+\p{L}+)\s+(?:más\s+que\s+)?suficiente",
    "fr": r"(?:assez|suffisamment)\s+grand\p{L}*|assez\s+de\s+(?:patients|participants)"
          r"|(?:puissance|nombre\s+de\s+\p{L}+)\s+(?:plus\s+que\s+)?suffisant\p{L}*",
    "de": r"groß\s+genug|ausreichend\s+groß|genügend\s+(?:Patienten|Teilnehmende\p{L}*)"
          r"|ausreichende\p{L}*\s+(?:Power|Fallzahl|Teststärke|Zahl)",
    "it": r"(?:abbastanza|sufficientemente)\s+grande|pazienti\s+sufficienti"
          r"|(?:potenza|numero\s+di\s+\p{L}+)\s+(?:più\s+che\s+)?sufficiente",
    "pt": r"grande\s+o\s+(?:suficiente|bastante)|suficientemente\s+grande"
          r"|doentes\s+suficientes|(?:potência|número\s+de\s+\p{L}+)\s+(?:mais\s+do\s+que\s+)?"
          r"suficiente",
}
_PATTERNS = {lang: regex.compile(rf"(?i)(?<!\p{{L}})(?:{p})(?!\p{{L}})")
             for lang, p in _ENOUGH.items()}
_CLAUSE_START = regex.compile(r"[.;:!?\n(]")
_CLAUSE_END = regex.compile(r"[.;:!?\n)]")
BEFORE = 6  # words before the phrase a negation or hedge of it may stand
AFTER = 8  # words after it a word of what is still to come may stand


def size_denied(text: str, context: CheckContext) -> list[Finding]:
    """A study the sheet says was too small to tell, said to be large enough."""
    pattern = _PATTERNS.get(context.lexicon.lang)
    negation = _words(context.pack).negation
    if pattern is None or negation is None:
        return []
    lim = context.lexicon.remember_sheet(("too-small-limitation",), lambda: _too_small(context))
    if lim is None:
        return []
    from .claims import _vocab
    from .denied_caveats import _LACK, _NONE

    hedge = _vocab(context.pack).caveat
    out = []
    for m in pattern.finditer(text):
        stop = regex.search(r"[.!?\n]", text[m.end():])
        if stop is not None and stop.group() == "?":
            continue  # a question asks it
        marks = [x.end() for x in _CLAUSE_START.finditer(text, max(0, m.start() - 300),
                                                          m.start())]
        a = marks[-1] if marks else max(0, m.start() - 300)
        words = list(regex.finditer(r"\p{L}+", text[a:m.start()]))
        lo = a + words[-BEFORE].start() if len(words) >= BEFORE else a
        if any(p is not None and p.search(text, lo, m.end()) is not None
               for p in (negation, _LACK, _NONE, hedge)):
            continue
        end = _CLAUSE_END.search(text, m.end())
        after = list(regex.finditer(r"\p{L}+", text[m.end():end.start() if end else len(text)]))
        hi = m.end() + after[AFTER - 1].end() if len(after) >= AFTER else (
            end.start() if end else len(text))
        if _LACK.search(text, m.end(), hi) is not None:
            continue  # "a study large enough to tell would be needed": one still to come
        out.append(Finding(
            "negation-changed", "error",
            f"\"{m.group()}\" says the study was large enough, but the fact sheet's "
            f"limitation {lim} says it was too small to tell.",
            lim, None, m.group(), m.span()))
    return out


def _too_small(context: CheckContext) -> str | None:
    for lim in context.factsheet.limitations.values():
        for label in (lim.text, lim.short, getattr(lim, "meaning", None)):
            forms = label.all_forms("en") if label else ()
            if any(_TOO_SMALL.search(f) for f in forms):
                return lim.id
    return None
