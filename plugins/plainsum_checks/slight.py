"""A difference the sheet found none of, said as a small one (rule
``invented-difference``): "a small benefit for people sent home early", "did slightly
better", "had a bit less bleeding", "a trend toward fewer visits", "einen klaren
Unterschied", "un pequeño beneficio".

A "no difference" is the result most often softened into a benefit by editors and
rewriting systems, and the softened form escapes the comparison reading of
:mod:`.claims` (no "than", no figure). Where the sheet has a ``no-difference`` fact, a
sentence naming one of its groups or the study's intervention that says a small,
slight, clear or trending difference, a benefit or advantage for one side, or "in
favour of" it, contradicts the sheet; unless denied or hedged in its clause, said with a
figure (a figure is the facts' checks' to weigh), or used by the sheet itself.
"""

from __future__ import annotations

import functools

import regex
from plainsum.factsheet.model import NoDifference
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .sheet import term_forms
from .unstated import compiled, holds, near, said_at, sheet_claims, stems

_FIGURE = regex.compile(r"\d")

# a small degree, then what differs within a word: "slightly better", "a bit less"
_SMALL = {
    "en": (r"slight(?:ly)?|a\s+(?:little|bit)|somewhat|marginal(?:ly)?|small|modest(?:ly)?",
           r"better|worse|less|fewer|more|lower|higher|benefit|advantage|difference|"
           r"improvement|edge"),
    "es": (r"pequeñ[oa]|lev(?:e|es)|ligera(?:mente)?|ligero|algo|un\s+poco|modest[oa]",
           r"mejor(?:es)?|peor(?:es)?|menos|más|beneficio|ventaja|diferencia|mejoría"),
    "fr": (r"petite?|léger|légère|légèrement|un\s+peu|modeste",
           r"mieux|moins|plus|avantage|bénéfice|différence|amélioration"),
    "de": (r"etwas|leicht|geringfügig|ein\s+wenig|ein\s+bisschen|klein(?:e|en|er)?|"
           r"leicht(?:e|en|er)?",
           r"besser|schlechter|weniger|mehr|Vorteil|Nutzen|Unterschied|Verbesserung"),
    "it": (r"piccol[oa]|lieve|legger[oa]|leggermente|un\s+po['’]|modest[oa]",
           r"meglio|peggio|meno|più|vantaggio|beneficio|differenza|miglioramento"),
    "pt": (r"pequen[oa]|lev(?:e|es)|ligeira(?:mente)?|ligeiro|um\s+pouco|algo|modest[oa]",
           r"melhor(?:es)?|pior(?:es)?|menos|mais|benefício|vantagem|diferença|melhoria"),
}
# a benefit for one side, or a difference said to be clear
_FOR = {
    "en": r"(?:benefit|advantage)\s+(?:for|to)|in\s+favou?r\s+of|(?:did|fared)\s+better|"
          r"trend\s+towards?|(?:a|an)\s+(?:clear|significant|real|marked|important)\s+"
          r"difference",
    "es": r"(?:beneficio|ventaja)\s+para|a\s+favor\s+de|tendencia\s+a|una\s+diferencia\s+"
          r"(?:clara|significativa|importante|real|marcada)",
    "fr": r"(?:bénéfice|avantage)\s+pour|en\s+faveur\s+d|tendance\s+à|une\s+différence\s+"
          r"(?:nette|claire|significative|importante|réelle|marquée)",
    "de": r"(?:Vorteil|Nutzen)\s+für|zugunsten|Trend\s+zu|einen?\s+(?:klaren|deutlichen|"
          r"signifikanten|echten|wichtigen)\s+Unterschied|schnitten\s+besser",
    "it": r"(?:vantaggio|beneficio)\s+per|a\s+favore\s+d|tendenza\s+a|una\s+differenza\s+"
          r"(?:chiara|netta|significativa|importante|reale)",
    "pt": r"(?:benefício|vantagem)\s+para|a\s+favor\s+d|tendência\s+para|uma\s+diferença\s+"
          r"(?:clara|significativa|importante|real|marcada)",
}
_STEMS = {"en": ("slight", "little", "bit", "somewhat", "marginal", "small", "modest",
                 "benefit", "advantage", "favo", "better", "trend", "difference"),
          "es": ("pequeñ", "leve", "liger", "algo", "poco", "modest", "benefici", "ventaj",
                 "favor", "tendencia", "diferencia"),
          "fr": ("petit", "léger", "légère", "peu", "modeste", "bénéfice", "avantage",
                 "faveur", "tendance", "différence"),
          "de": ("etwas", "leicht", "geringfügig", "wenig", "bisschen", "klein", "vorteil",
                 "nutzen", "zugunsten", "trend", "unterschied", "besser"),
          "it": ("piccol", "lieve", "legger", "po ", "modest", "vantaggi", "benefici",
                 "favore", "tendenza", "differenza"),
          "pt": ("pequen", "leve", "ligeir", "pouco", "algo", "modest", "benefício",
                 "vantagem", "favor", "tendência", "diferença")}

_STEMS = {lang: stems(*words) for lang, words in _STEMS.items()}


def _phrase(form: str) -> str:
    return r"[\s\u00a0-]+".join(regex.escape(w) for w in form.split())


@functools.cache
def _parts(lang: str) -> tuple[str, ...]:
    """The language's patterns of a small difference and of a one-sided one, compiled
    once per process."""
    degree, what = _SMALL[lang]
    parts = (rf"(?:{degree})[\s,]+(?:\p{{L}}+\s+)?(?:{what})", _FOR[lang])
    for body in (*parts, "|".join(parts)):
        compiled(body)
    return parts


def _reading(context: CheckContext) -> tuple[regex.Pattern[str], tuple[str, ...]] | None:
    """The pattern of a small or one-sided difference, and the folded words that name
    a side of one of the sheet's no-difference facts; None for a sheet without one."""
    sheet, lexicon = context.factsheet, context.lexicon
    lang = lexicon.lang.split("-")[0]
    facts = [f for f in sheet.facts.values() if isinstance(f, NoDifference) and f.versus]
    if not facts or lang not in _SMALL:
        return None
    kept = [part for part in _parts(lang)
            if not sheet_claims(context, compiled(part), _STEMS[lang])]
    if not kept:
        return None
    names: list[str] = []
    for fact in facts:
        for gid in (fact.group, fact.versus):
            group = sheet.groups.get(gid or "")
            if group is None:
                continue
            names += group.label.all_forms(lang)
            if group.short is not None:
                names += group.short.all_forms(lang)
    forms = term_forms(lexicon, sheet.intervention) if sheet.intervention else None
    if forms is not None:
        names += [f for f in forms.accepted if len(f) >= 3]
    return compiled("|".join(kept)), tuple(dict.fromkeys(n.casefold() for n in names if n))


class SlightDifferenceValidator:
    """Reports a no-difference said as a small or one-sided difference (rule
    ``invented-difference``)."""

    name = "slight-difference"
    reads = ()  # the text, the sheet and the language only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        lang = context.lexicon.lang.split("-")[0]
        if lang not in _SMALL:
            return []
        _parts(lang)  # compiled on the language's first text, whatever its sheet
        reading = context.lexicon.remember(("slight", "reading"), lambda: _reading(context))
        if reading is None or not holds(text, context, _STEMS[lang]):
            return []
        pattern, names = reading
        from plainsum.analysis import analysis_of

        sentences = analysis_of(text, context).sentences
        spans = [(m.start(), m.end()) for m in near(text, context, pattern, _STEMS[lang])]
        for start, end, words in said_at(text, context, spans):
            a, b = next(((x, y) for x, y in sentences if x <= start < y), (0, len(text)))
            sentence = text[a:b]
            if _FIGURE.search(sentence) or not any(n in sentence.casefold() for n in names):
                continue
            return [Finding(
                "invented-difference", "error",
                f"{words!r} says one group did better, but the fact sheet found no "
                f"difference between them. Say they did about the same.",
                None, None, words, (start, end))]
        return []
