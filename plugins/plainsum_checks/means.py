"""Rule ``wrong-referent``, said of a mean: a sheet's mean or median given as the mean of
another measure ("The mean age was 35" -> "The mean disease duration was 35", "Idade
média: 35 anos" -> "Duração média do seguimento: 35 anos").

The measure a mean is of is named beside its mean word ("mean", "Durchschnitt", "media",
"moyenne", "média"): the word right before it (Romance order: "duración media") and the
words from it to the figure. It is an error only when one of those words names a kind of
measure (a duration, a stay, a follow-up, a number, a dose, a cost, an age) and none of
them is a word of the measures the sheet gives that figure for.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .recall_sheet import SheetWords
from .recall_words import matcher, matches
from .text import fold, same_word, shifted_tokens, tokens

MEAN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("mean", "average", "median"),
    "es": ("media", "medio", "mediana", "mediano", "promedio"),
    "fr": ("moyenne", "moyen", "moyens", "moyennes", "mediane", "median"),
    "de": ("durchschnitt*", "mittlere*", "mittel", "median*", "schnitt"),
    "it": ("media", "medio", "mediana", "mediano"),
    "pt": ("media", "medio", "mediana", "mediano"),
}
# words that name a kind of measure (folded; German also as a compound's last part)
MEASURES: dict[str, tuple[str, ...]] = {
    "en": ("duration", "stay", "follow", "followup", "number", "dose", "weight", "cost",
           "age"),
    "es": ("duracion", "estancia", "seguimiento", "numero", "dosis", "peso", "coste",
           "costo", "edad", "ingreso"),
    "fr": ("duree", "sejour", "suivi", "nombre", "dose", "poids", "cout", "age"),
    "de": ("dauer", "aufenthalt", "nachbeobachtung", "anzahl", "zahl", "dosis", "gewicht",
           "kosten", "alter"),
    "it": ("durata", "ricovero", "degenza", "follow", "numero", "dose", "peso", "costo",
           "eta"),
    "pt": ("duracao", "internamento", "internacao", "seguimento", "numero", "dose", "peso",
           "custo", "idade"),
}
# a disease lived with, said of a number of years ("35 years of disease", "35 años de
# enfermedad", "35 Jahre krank", "malades depuis 35 ans"): a duration of illness, not an
# age (folded; no word of diagnosis: "diagnosed at 35" is an age)
ILLNESS: dict[str, tuple[str, ...]] = {
    "en": ("disease", "illness", "ill", "sick"),
    "es": ("enfermedad", "evolucion", "enfermos", "enfermas", "enfermo", "enferma"),
    "fr": ("maladie", "malade", "malades", "evolution"),
    "de": ("krank", "krankheit", "erkrankt", "erkrankung"),
    "it": ("malattia", "malati", "malate", "malato", "malata"),
    "pt": ("doenca", "doentes", "doente", "evolucao"),
}
ILL_BEFORE = 4  # words before a figure of years that can say the years were ill ones
ILL_AFTER = 2  # words after its unit of years ("de la enfermedad")
# "per patient", "por paciente", "pro Patient": what a measure is counted per
PER = regex.compile(r"(?<!\p{L})(?:per|por|par|pro|je)\s+(?:(?:each|cada|chaque|jede[nrm]?|ogni"
                    r"|el|la|le|l'|il|lo|o|a|den|die|das|der)\s+)?(\p{L}[\p{L}-]*)",
                    regex.IGNORECASE)
# units of time: a cost per patient said per day is a figure of another measure
TIMES = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    "dia", "dias", "semana", "semanas", "mes", "meses", "ano", "anos", "jour", "jours",
    "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "tag", "tage", "woche",
    "wochen", "monat", "monate", "jahr", "jahre", "stunde", "stunden", "giorno", "giorni",
    "settimana", "settimane", "mese", "mesi", "anno", "anni", "ora", "ore", "hora", "horas",
    "heure", "heures"})
PER_NEAR = 50  # characters either side of a figure its "per ..." is sought in
_BREAK = regex.compile(r"[,;.!?()\[\]\n–—]")
BEFORE = 60  # characters before a figure its mean word and measure are sought in
BETWEEN = 5  # words at most from the mean word to the figure


def means(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    labels = _measure_words(context, words)
    if not labels:
        return []
    lang = words.lang
    mean_words = matcher(MEAN_WORDS.get(lang, ()), lang)
    kinds = matcher(MEASURES.get(lang, ()), lang)
    compounds = lang == "de"
    out = []
    for m in analysis_of(text, context)[NUMBERS]:
        if m.percent is not None or m.kind == "percent":
            continue
        own = labels.get(float(m.value))
        if own is None:
            continue
        start = max(0, m.start - BEFORE)
        cuts = list(_BREAK.finditer(text, start, m.start))
        if cuts:
            start = cuts[-1].end()
            if text[cuts[-1].start()] == "," and not text[start:m.start].strip() and (
                    len(cuts) == 1 or text[cuts[-2].start()] != ","):
                # a label and its figure ("(edad media, 35 años)", "; duración media de la
                # enfermedad, 35 años"), not the last item of a list
                start = cuts[-2].end() if len(cuts) > 1 else max(0, m.start - BEFORE)
        toks = shifted_tokens(text[start:m.start], start)
        said = _measure_said(toks, mean_words, kinds, own, compounds)
        if said is None:
            said = _ill_years(text, m, toks, own, lang, compounds)
        if said is None:
            continue
        a, b = said
        e = max(b, m.end)
        out.append(Finding(
            "wrong-referent", "error",
            f"{m.text} is the fact sheet's mean of another measure, but here it is the "
            f"mean of \"{text[a:b]}\".", None, m.text, text[a:e], (a, e)))
    return out


def per_others(text: str, context: CheckContext, words: SheetWords,
               other: tuple[frozenset[str], tuple[str, ...]]) -> list[Finding]:
    """A figure of a measure the sheet gives per person ("total cost per patient") said
    per another thing: a place or a unit of time ("per hospital", "par jour")."""
    pers = _per_words(context, words)
    if not pers:
        return []
    people = set(words.common).union(*words.group_words.values())
    out = []
    for m in analysis_of(text, context)[NUMBERS]:
        own = pers.get(abs(float(m.value)))
        if own is None or m.percent is not None:
            continue
        a, b = max(0, m.start - PER_NEAR), min(len(text), m.end + PER_NEAR)
        cuts = list(_STOP.finditer(text, a, m.start))
        a = cuts[-1].end() if cuts else a
        cut = _STOP.search(text, m.end, b)
        b = cut.start() if cut else b
        for hit in PER.finditer(text, a, b):
            noun = fold(hit.group(1))
            if noun in own or noun in people or any(
                    same_word(noun, w) for w in own | people if w[:3] == noun[:3]):
                continue
            if noun in TIMES or matches(noun, *other):
                s, e = min(m.start, hit.start()), max(m.end, hit.end())
                out.append(Finding(
                    "wrong-referent", "error",
                    f"{m.text} is a figure the fact sheet gives per person, but here it is "
                    f"given \"{hit.group()}\".", None, m.text, text[s:e], (s, e)))
                break
    return out


_STOP = regex.compile(r"[;.!?\n]")


def _measured(sheet: Any) -> Iterator[tuple[float, Any]]:
    """Each fact of the sheet with a measure and a number: its value and the measure."""
    for fact in sheet.facts.values():
        mid = getattr(fact, "measure", None)
        value = getattr(fact, "value", None)
        measure = sheet.measures.get(mid) if mid else None
        if measure is not None and isinstance(value, (int, float)):
            yield value, measure


def _per_words(context: CheckContext, words: SheetWords) -> dict[float, frozenset[str]]:
    """The values of the sheet's facts of a measure counted per person -> the words its
    label gives after "per" (once per sheet and language)."""
    made = words.cache.get("per-measures")
    if made is None:
        sheet, lang = context.factsheet, words.lang
        out: dict[float, set[str]] = {}
        for value, measure in _measured(sheet):
            nouns = {fold(h.group(1)) for form in measure.label.all_forms(lang)
                     for h in PER.finditer(form)}
            if nouns:
                out.setdefault(abs(float(value)), set()).update(nouns)
        made = words.cache["per-measures"] = {v: frozenset(w) for v, w in out.items()}
    return made


def _measure_said(toks, mean_words, kinds, own: frozenset[str],
                  compounds: bool) -> tuple[int, int] | None:
    """Where the measure a mean is said of is named, when it is a kind of measure and no
    word of the sheet's own measure for that figure."""
    at = None
    for i in range(len(toks) - 1, max(-1, len(toks) - BETWEEN - 2), -1):
        if matches(toks[i].norm, *mean_words):
            at = i
            break
    if at is None:
        return None
    named = toks[max(0, at - 1):]
    if any(_own(t.norm, own, compounds) for t in named):
        return None
    head = toks[at].norm
    kind = [t for t in named if matches(t.norm, *kinds, compounds)
            or (t.norm == head and compounds and _ends_kind(head, kinds[0]))]
    if not kind:
        return None
    return kind[0].start, kind[-1].end


def _ill_years(text: str, m: Any, toks: list[Any], own: frozenset[str], lang: str,
               compounds: bool) -> tuple[int, int] | None:
    """Where a figure of years is said to be years of illness: a word of illness in the
    words before it or right after its unit of years, and no word of the sheet's own
    measure there ("35 years of disease" for a mean age of 35)."""
    ill = matcher(ILLNESS.get(lang, ()), lang)
    stop = _BREAK.search(text, m.end, m.end + BEFORE)
    after = shifted_tokens(text[m.end:stop.start() if stop else m.end + BEFORE], m.end)
    unit = shifted_tokens(m.text, m.start)  # the mention may hold its unit ("35 años")
    if unit and unit[-1].norm in _YEARS:
        after.insert(0, unit[-1])
    if not after or after[0].norm not in _YEARS:
        return None
    before = toks[-ILL_BEFORE:]
    near = [*before, *after[:ILL_AFTER + 1]]
    if any(_own(t.norm, own, compounds) for t in near):
        return None
    # before the figure only with a word of "since" after it ("malades depuis 35 ans",
    # "ill for 35 years"): "the 210 patients were 35 on average" is an age
    since = _SINCE.get(lang, frozenset())
    ill_before = [i for i, t in enumerate(before) if matches(t.norm, *ill)]
    said = [before[i] for i in ill_before[:1]
            if any(t.norm in since for t in before[i + 1:])]
    said += [t for t in after[1:ILL_AFTER + 1] if matches(t.norm, *ill)]
    if not said:
        return None
    return min(said[0].start, m.start), max(said[-1].end, after[0].end)


# "since" and "for" before a length of time, by language (folded)
_SINCE = {"en": frozenset({"for", "since"}), "es": frozenset({"desde", "hace", "durante"}),
          "fr": frozenset({"depuis", "pendant"}), "de": frozenset({"seit"}),
          "it": frozenset({"da", "per"}), "pt": frozenset({"ha", "desde", "durante"})}


_YEARS = frozenset({"year", "years", "ano", "anos", "an", "ans", "annee", "annees", "jahr",
                    "jahre", "jahren", "anno", "anni"})


def _ends_kind(word: str, whole: frozenset[str]) -> bool:
    return any(word.endswith(w) and len(word) > len(w) for w in whole)


def _own(word: str, own: frozenset[str], compounds: bool) -> bool:
    if word in own or any(same_word(word, w) for w in own if w[:3] == word[:3]):
        return True
    return compounds and any(word.endswith(w) and len(w) >= 4 for w in own)


def _measure_words(context: CheckContext, words: SheetWords) -> dict[float, frozenset[str]]:
    """The values of the sheet's facts of a measure -> the words of those measures' labels
    (once per sheet and language)."""
    made = words.cache.get("mean-measures")
    if made is None:
        sheet, lang = context.factsheet, words.lang
        stop = words.stop
        mean_words = matcher(MEAN_WORDS.get(lang, ()), lang)
        out: dict[float, set[str]] = {}
        for value, measure in _measured(sheet):
            label = {fold(t.norm) for form in measure.label.all_forms(lang)
                     for t in tokens(form) if t.norm not in stop and len(t.norm) > 2
                     and not matches(t.norm, *mean_words)}
            out.setdefault(float(value), set()).update(label)
        made = words.cache["mean-measures"] = {v: frozenset(w) for v, w in out.items()}
    return made
