"""Rule ``wrong-referent``, said of a length of time: a sheet's mean time that is no age
(a follow-up of 5.5 years, a treatment of 3 years) given as the people's age ("L'âge des
participants était de 5,5 ans en moyenne", "tinham cinco anos e meio de idade", "were
5.5 years old").

The age is read from the words beside the figure: an age word a few words before it,
with no other figure and no clause mark between ("their age was 5.5 years"), or right
after its unit ("5,5 Jahre alt", "5 anni e mezzo di età"). The sheet's measure must be
no age itself, and the figure no other figure of the sheet.
"""

from __future__ import annotations

import functools

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .numbers import Mention

# age words (the noun, the participle, "years old"), per language
_AGE = {
    "en": r"ages?|aged|years?[\s-]+old|year-olds?",
    "es": r"edad(?:es)?",
    "fr": r"[âa]ges?|[âa]g[ée]e?s?",
    "de": r"Alters?|j[äa]hrige?[nr]?|Lebensjahre?n?",
    "it": r"et[àa]|anni\s+di\s+et[àa]",
    "pt": r"idades?",
}
# and those only after a figure ("5.5 years old", "5,5 Jahre alt")
_ONLY_AFTER = {"en": r"old", "de": r"alt"}
_BEFORE = 6  # words from an age word before the figure to the figure
_AFTER = 4  # words from the figure to an age word after it ("5,5 anos de idade")
# what may stand between a length of time and an age word after it: its unit, a half,
# "of" ("5.5 years old", "cinco anos e meio de idade", "5 anni e mezzo di età")
_UNIT_GAP = regex.compile(
    r"(?:[\s\u00a0]+|(?<=['’])|^)*(?:(?:years?|ans?|ann[ée]es?|a[ñn]os|anni|Jahren?|months?"
    r"|mois|meses|mesi|Monaten?|and|a|half|y|e|et|und|medio|meio|mezzo|demi|halb|de|di|of"
    r"|d['’])(?:[\s\u00a0]+|(?=d['’])|$))*", regex.IGNORECASE)
_MARK = regex.compile(r"[;:,.!?()\[\]\n—–]|\p{N}")


@functools.cache
def _age(lang: str, after: bool = False) -> regex.Pattern[str] | None:
    forms = _AGE.get(lang)
    if forms is None:
        return None
    if after and lang in _ONLY_AFTER:
        forms = f"{forms}|{_ONLY_AFTER[lang]}"
    return regex.compile(rf"(?<![\p{{L}}])(?:{forms})(?![\p{{L}}])", regex.IGNORECASE)


def _time_means(context: CheckContext, age: regex.Pattern[str]) -> dict[float, str]:
    """The sheet's mean lengths of time that are no age: value -> fact id; none where
    another fact gives the same number."""
    sheet, lang = context.factsheet, context.lexicon.lang
    out: dict[float, str] = {}
    others: set[float] = set()
    for fact in sheet.facts.values():
        values = {float(v) for v in getattr(fact, "numbers", ()) or ()}
        value = getattr(fact, "value", None)
        if value is not None:
            values.add(float(value))
        measure = sheet.measures.get(getattr(fact, "measure", None) or "") if hasattr(
            sheet, "measures") else None
        is_time = fact.kind == "mean" and getattr(fact, "unit", None) in (
            "year", "month", "week", "day") and measure is not None
        if is_time and value is not None and not any(
                age.search(form) for form in measure.label.all_forms(lang)) and (
                "age" not in measure.id.split("-")):
            out[float(value)] = fact.id
        else:
            others |= values
    return {v: f for v, f in out.items() if v not in others}


def ages_misread(text: str, context: CheckContext) -> list[Finding]:
    return _ages_misread(text, context) + times_misread(text, context)


def _ages_misread(text: str, context: CheckContext) -> list[Finding]:
    age = _age(context.lexicon.lang)
    if age is None or (_age(context.lexicon.lang, after=True) or age).search(text) is None:
        return []
    times = _time_means(context, age)
    if not times:
        return []
    after = _age(context.lexicon.lang, after=True) or age
    out = []
    for m in analysis_of(text, context)[NUMBERS]:
        fact = times.get(m.value)
        if fact is None or m.kind not in ("duration", "number"):
            continue
        span = _age_beside(text, m, age, after)
        if span is None:
            continue
        a, b = min(span[0], m.start), max(span[1], m.end)
        out.append(Finding(
            "wrong-referent", "error",
            f"{m.text} is a length of time the fact sheet gives ({fact}), but here it is "
            f"said as an age (\"{text[span[0]:span[1]]}\").",
            fact, None, text[a:b], (a, b)))
    return out


def _age_beside(text: str, m: Mention, age: regex.Pattern[str], after: regex.Pattern[str]
                ) -> tuple[int, int] | None:
    """Where an age word stands beside ``m``: a few words before it with no mark or
    other figure between, or a few words after it."""
    lo = max(0, m.start - 80)
    before = list(age.finditer(text, lo, m.start))
    if before:
        hit = before[-1]
        gap = text[hit.end():m.start]
        if len(gap.split()) <= _BEFORE and not _MARK.search(gap):
            return hit.span()
    hit = after.search(text, m.end, min(len(text), m.end + 60))
    if hit is not None:
        gap = text[m.end:hit.start()]
        if len(gap.split()) <= _AFTER and _UNIT_GAP.fullmatch(gap):
            return hit.span()
    return None


# --- a mean age said as a follow-up, a follow-up said as a treatment -----------------
# the words of following people up, and of taking or being given something, per language
_FOLLOW = {
    "en": r"follow(?:ed|ing)?(?:[\s-]+up)?|observed|tracked|monitored",
    "es": r"seguimiento|seguid[oa]s?|observad[oa]s?",
    "fr": r"suivi[es]{0,2}|observ[ée]e?s?",
    "de": r"beobachtet|Beobachtung\w*|nachbeobachtet|Nachbeobachtung\w*|begleitet|verfolgt",
    "it": r"seguit[ieoa]|follow-up|osservat[ieoa]|osservazione",
    "pt": r"seguimento|seguid[oa]s?|acompanhad[oa]s?|acompanhamento|observad[oa]s?",
}
_INTAKE = {
    "en": r"took|taken?|takes|taking|supplements?|supplementation|supplemented|treated"
          r"|treatment|therapy|dosed|dosing",
    "es": r"tomaron|tomaban|tom[óo]|tomar|tomando|tratamiento|tratad[oa]s|suplement\w*"
          r"|terapia",
    "fr": r"pris|prenaient|prendre|suppl[ée]ment\w*|traitement|trait[ée]e?s|th[ée]rapie",
    "de": r"eingenommen|nahmen|Einnahme|Behandlung|behandelt|Supplement\w*|Therapie",
    "it": r"pres[oa]|prendevano|assunt[oa]|assunzione|integrazione|trattamento|trattat[ie]"
          r"|supplement\w*|terapia",
    "pt": r"tomaram|tomavam|tomar|tomou|suplement\w*|tratamento|tratad[oa]s|terapia",
}
_GAP_MARK = regex.compile(r"[;:.!?()\[\]\n—–]|\p{N}")
_WORDS_BEFORE = 8  # words from a follow-up or intake word before the figure to the figure
# the figure's unit and the words that join a noun after it: "35 Jahre lang beobachtet",
# "35 anos de seguimento", "5,5 anni di trattamento"
_JOIN_AFTER = regex.compile(
    r"(?:[\s\u00a0]+(?:years?|ans?|ann[ée]es?|a[ñn]os|anni|Jahren?|y|e|et|und|medio|meio|mezzo"
    r"|demi|halb|lang|of|de|di|d['’]|du|en|em|in|im|im\s+Schnitt))*[\s\u00a0]+",
    regex.IGNORECASE)


@functools.cache
def _word(lang: str, table: str) -> regex.Pattern[str] | None:
    forms = (_FOLLOW if table == "follow" else _INTAKE).get(lang)
    return None if forms is None else regex.compile(
        rf"(?<![\p{{L}}])(?:{forms})(?![\p{{L}}])", regex.IGNORECASE)


def _mean_times(context: CheckContext) -> tuple[dict[float, str], dict[float, str]]:
    """The sheet's mean ages and its mean follow-up times: value -> fact id, each without a
    value another fact gives."""
    sheet, lang = context.factsheet, context.lexicon.lang
    follow = _word("en", "follow")
    ages: dict[float, str] = {}
    follows: dict[float, str] = {}
    others: set[float] = set()
    for fact in sheet.facts.values():
        value = getattr(fact, "value", None)
        measure = sheet.measures.get(getattr(fact, "measure", None) or "") if hasattr(
            sheet, "measures") else None
        if value is None:
            others |= {float(v) for v in getattr(fact, "numbers", ()) or ()}
            continue
        if fact.kind == "mean" and getattr(fact, "unit", None) == "year" and measure is not None:
            labels = " ".join(measure.label.all_forms(lang)) + " " + " ".join(
                measure.label.all_forms("en")) + " " + measure.id
            if "age" in measure.id.split("-"):
                ages[float(value)] = fact.id
                continue
            if follow is not None and follow.search(labels.replace("-", " ")):
                follows[float(value)] = fact.id
                continue
        others.add(float(value))
    return ({v: f for v, f in ages.items() if v not in others},
            {v: f for v, f in follows.items() if v not in others})


def times_misread(text: str, context: CheckContext) -> list[Finding]:
    """A mean age said as a length of follow-up ("Im Schnitt wurden sie 35 Jahre lang
    beobachtet", "com 35 anos de seguimento" for a mean age of 35), and a mean follow-up
    said as the time people took or were given something ("hanno preso vitamina D per 5,5
    anni", "un tratamiento medio de 5,5 años" for 5.5 years of follow-up): the word
    right before the figure (no mark, figure or other such word between) or right after
    its unit says what the figure is of."""
    lang = context.lexicon.lang
    follow, intake = _word(lang, "follow"), _word(lang, "intake")
    if follow is None or intake is None:
        return []
    ages, follows = context.lexicon.remember(("ages-mean-times",),
                                             lambda: _mean_times(context))
    if not ages and not follows:
        return []
    out = []
    for m in analysis_of(text, context)[NUMBERS]:
        if m.kind not in ("duration", "number") or m.unit not in (None, "year"):
            continue
        value = float(m.value)
        if value in ages:
            fact, said, other = ages[value], follow, intake
        elif value in follows:
            fact, said, other = follows[value], intake, follow
        else:
            continue
        age = _age(lang)
        span = _said_beside(text, m, said, (other, age))
        if span is None:
            continue
        a, b = min(span[0], m.start), max(span[1], m.end)
        what = "follow-up" if said is follow else "time people took or were given something"
        out.append(Finding(
            "wrong-referent", "error",
            f"{m.text} is {'a mean age' if value in ages else 'a mean follow-up'} the fact "
            f"sheet gives ({fact}), but here it is said as a {what} "
            f"(\"{text[span[0]:span[1]]}\").", fact, None, text[a:b], (a, b)))
    return out


def _said_beside(text: str, m: Mention, said: regex.Pattern[str],
                 others: tuple[regex.Pattern[str] | None, ...]) -> tuple[int, int] | None:
    """Where a word of ``said`` stands right before ``m`` (a few words, commas only
    between, no word of ``others`` nearer) or right after its unit."""
    join = _JOIN_AFTER.match(text, m.end)
    at = join.end() if join is not None else m.end
    if any(o is not None and o.match(text, at) for o in others):
        return None  # "..., die Vitamin D nahmen, wurden 5,5 Jahre lang beobachtet"
    lo = max(0, m.start - 90)
    before = list(said.finditer(text, lo, m.start))
    if before:
        hit = before[-1]
        gap = text[hit.end():m.start]
        if len(gap.split()) <= _WORDS_BEFORE and not _GAP_MARK.search(gap) and not any(
                o is not None and o.search(gap) for o in others):
            return hit.span()
    hit = said.match(text, at)
    return hit.span() if hit is not None else None
