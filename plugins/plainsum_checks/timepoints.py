"""Rule ``wrong-context`` on time points: a figure of the sheet said at a time point the
sheet does not give it for ("within 90 days, 4.8 hours" where 4.8 hours is the 30-day
mean; "five years after the transplant, two in three" where two in three is the ten-year
share; "in the 60 days after the operation, 4.0 %" where the sheet counts 30 days).

Each figure of the text takes the nearest time point of its own part of the clause (no
other figure, clause mark or "and" between them), else the last one before it in its
sentence when that one opens its clause ("Five years on, ..." speaks for the figures
after it; "... 66 % at 10 years;" only for its own). A figure is
judged only when every fact of the sheet that gives its value has a time point: a count or
a figure with no time in the sheet is said at any time. The finding is put on the time
point, the words that are wrong, and on the figure's own wrong-context finding when there
is one already (a share said at another time).

A time point the sheet never gives (``unsupported-number`` otherwise) is also reported as
the wrong time when it stands with such a figure, in a sentence about the follow-up, as
a time after an event ("3 days after the operation") or as a point ("within 9 days") in
the unit of the sheet's own time points (where the results are at 30 and 90 days).
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace

import regex
from plainsum.factsheet.model import Fact
from plainsum.outputs import Finding

from .bounds import rounds_fraction
from .context import PAIRED, RESTATED_END, restatements, table_cells
from .numbers import Mention
from .sheet import EPS, SheetIndex, allowed_values
from .text import tokens

# units of a point in time after an event (an hour or a minute is a measured length)
POINT_UNITS = frozenset({"day", "week", "month", "year"})
# figures that can be a timed fact's value
_FIGURES = frozenset({"percent", "frequency", "number", "points", "ratio", "fold",
                      "fraction", "duration"})
_SHARE_KINDS = frozenset({"proportion", "relative-change", "difference"})
# what stands between a figure and a time point in brackets right after it, which label
# that figure alone ("57 % (10 years)", "71 Prozent (nach fünf Jahren)", "(a 5 anni)")
_BRACKETED = regex.compile(r"\s*[(\[]\s*(?:\p{L}+\s+){0,2}")
_MARKS = regex.compile(r"[,;:()\u2013\u2014]")  # the ends of a clause inside a sentence
# a clause mark, an arrow from one figure to the next ("80% a 5 anni → 66% a 10 anni") or a
# word that joins two clauses or two figures (closed-class words of the six languages): a
# time point past one is the other figure's
_SPLIT = regex.compile(r"[,;:()\u2013\u2014\u2192\u21d2\u2794\u279c]|->"
                       r"|(?<!\p{L})(?:and|but|while|whereas|versus|vs|"
                       r"against|und|aber|sowie|gegenüber|während|y|e|pero|frente|mientras|"
                       r"et|mais|contre|alors|ed|ma|mentre|contro|mas|enquanto|contra)"
                       r"(?!\p{L})", regex.IGNORECASE)
# words for the follow-up of a study or its results, as texts of the six languages name
# them (nouns only: "seguida de", "followed by" are no follow-up)
_FOLLOW_UP = regex.compile(
    r"(?<!\p{L})(?:follow[- ]?up|seguimiento|suivi|nachbeobachtung\w*|beobachtungszeit"
    r"|acompanhamento|results?|resultados?|résultats?|ergebnis\w*|risultat[oi]"
    # what a study measured: "Outcome: ...", "What was measured: ...", "Endpunkt", "critère
    # de jugement", "desenlace", "esito", "desfecho"
    r"|outcomes?|end[- ]?points?|endpunkt\w*|zielgröße\w*|critères?\s+de\s+jugement"
    r"|critères?\s+principa(?:l|ux)|criterios?\s+de\s+valoración|variables?\s+principal(?:es)?"
    r"|variáve(?:l|is)\s+principa(?:l|is)|variabil[ei]\s+principal[ei]"
    r"|desenlaces?|esit[oi]|desfechos?|measured|gemessen|gezählt|erfasst|mesurée?s?"
    r"|medid[oa]s?|misurat[oaie]|registrat[oaie])(?!\p{L})",
    regex.IGNORECASE)
# a word for after said right after a length of time, which makes it a point in time after
# an event ("six months after it", "en los 3 meses siguientes", "3 jours après l'opération",
# "drei Tage nach der Operation", "nei 3 mesi successivi", "3 dias após o parto")
_AFTER_EVENT = regex.compile(
    r"[ \u00a0]+(?:after|later|following|post|después|siguientes|posteriores|après|"
    r"suivant(?:e?s)?|plus\s+tard|nach|danach|später|dopo|successiv[ie]|seguenti|"
    r"più\s+tardi|após|depois|seguintes|subsequentes|mais\s+tarde)(?!\p{L})",
    regex.IGNORECASE)
# a preposition of a point in time right before a length ("within 9 days", "a 9 giorni",
# "em 9 dias", "en 9 jours", "innerhalb von 9 Tagen", "dentro de 9 días")
_AT_POINT = regex.compile(
    r"(?<!\p{L})(?:within|at|by|a|al|à|em|en|entro|dentro\s+de|innerhalb(?:\s+von)?|binnen)"
    r"[ \u00a0]+$", regex.IGNORECASE)
# an age said in years ("aged 53 years", "idade média de 53 anos", "im Alter von 53
# Jahren", "53 ans d'âge", "53 years old"): no point in time
_AGE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:age[ds]?|edad(?:es)?|âge|alter|età|idade|anos de idade)(?!\p{L})"
    r"[^.;:!?\n]{0,25}$", regex.IGNORECASE)
_AGE_AFTER = regex.compile(r"^\s*(?:old|alt|de edad|d'âge|d’âge|di età|de idade)(?!\p{L})",
                           regex.IGNORECASE)


# one year, month or week said in words, no figure ("in the first month", "l'année qui a
# suivi", "durante el primer año", "nel mese successivo", "No ano seguinte", "within a
# year"): closed-class words of the six languages, singular units only ("the first weeks"
# is no length)
_UNIT_WORDS = {
    "year": r"year|jahr(?:es)?|année|año|anno|ano",
    "month": r"month|monat(?:s)?|mois|mes|mese|mês",
    "week": r"week|woche|semaine|semana|settimana",
}
_ONE_FIRST = r"first|erste[nm]?|premi(?:er|ère)|primer[oa]?|prim[oa]|primeir[oa]"
_ONE_NEXT = (r"next|following|folgenden|nächsten|darauffolgenden|suivante?|qui\s+(?:a\s+)?"
             r"suivi|qui\s+suit|siguiente|successiv[oa]|seguinte")
_ONE_WITHIN = (r"within\s+a|innerhalb\s+(?:eines|einer)|dentro\s+de\s+(?:un|una)"
               r"|entro\s+(?:un|una)|dentro\s+de\s+(?:um|uma)|en\s+moins\s+d['’]un(?:e)?")
_ONE_UNIT = regex.compile(
    r"(?<!\p{L})(?:(?:" + _ONE_FIRST + "|" + _ONE_NEXT + "|" + _ONE_WITHIN + r")\s+(?:"
    + "|".join(f"(?P<{u}>{w})" for u, w in _UNIT_WORDS.items()) + r")(?!\p{L})"
    + r"|(?:" + "|".join(f"(?P<{u}2>{w})" for u, w in _UNIT_WORDS.items()) + r")\s+(?:"
    + _ONE_NEXT + r")(?!\p{L}))", regex.IGNORECASE)
# A unit word standing as a word, as every hit of :data:`_ONE_UNIT` holds one (after white
# space or no letter, before white space or no letter), folded as that pattern folds case:
# a text without one has no hit. Few texts have one, and this simpler pattern is read in
# less than half the time (the full pattern was the dearest search of a bundle).
_UNIT_WORD = regex.compile(r"(?<!\p{L})(?:" + "|".join(_UNIT_WORDS.values()) + r")(?!\p{L})",
                           regex.IGNORECASE)


def says_one_unit(text: str) -> bool:
    """Whether ``text`` says "the first year", "within a month" (:data:`_ONE_UNIT`)."""
    return _UNIT_WORD.search(text) is not None and _ONE_UNIT.search(text) is not None


def one_unit_said(text: str, a: int, b: int, index: SheetIndex,
                  findings: list[Finding]) -> None:
    """Report a year, month or week said in words in the sentence ``[a, b)`` (one that
    gives a timed figure of the sheet) where the sheet has no such time point: "Within a
    year of the birth, about four in every hundred women ..." for the sheet's 30 days
    (the first month is 30 days and passes)."""
    for hit in _ONE_UNIT.finditer(text, a, b):
        unit = next(u for u in _UNIT_WORDS if hit.group(u) or hit.group(u + "2"))
        if (1.0, unit) in index.times:
            continue
        findings.append(Finding(
            "wrong-context", "error",
            f"The fact sheet gives no result at {hit.group()!r} (one {unit}): its results "
            f"are for {_times(index)}.", None, _times(index), hit.group(),
            (hit.start(), hit.end())))


def _one_units(text: str, mentions: list[Mention], sentences: list[tuple[int, int]],
               timed: dict[Fact, set[float]], index: SheetIndex,
               findings: list[Finding]) -> None:
    """:func:`one_unit_said` in each sentence that gives a timed figure of the sheet (a
    length in hours is one: "4,8 heures" in the first 30 days), or that opens the next
    sentence's ("Vignette 3 – Combien d'infections dans l'année qui suit ?")."""
    starts = [m.start for m in mentions]

    def timed_in(a: int, b: int) -> bool | None:
        here = mentions[bisect_left(starts, a):bisect_left(starts, b)]
        figures = [m for m in here if m.kind in _FIGURES
                   and not (m.kind == "duration" and m.unit in POINT_UNITS)]
        if not figures:
            return None
        return any(_hedged_facts_of(m, timed, index) if m.hedge
                   else _facts_of(m, timed, index) for m in figures)

    for k, (a, b) in enumerate(sentences):
        if _ONE_UNIT.search(text, a, b) is None:
            continue
        said = timed_in(a, b)
        if not said and k + 1 < len(sentences) and "\n\n" not in text[
                b:sentences[k + 1][0]]:
            said = timed_in(*sentences[k + 1])
        if said:
            one_unit_said(text, a, b, index, findings)


def is_point(m: Mention, index: SheetIndex, text: str) -> bool:
    """Whether a length of time is said as a point in time: one of the sheet's time
    points, or a length in days to years that is no figure of the sheet (a mean
    follow-up of 5.5 years, a period of 22 years are figures)."""
    if m.kind != "duration" or m.unit not in POINT_UNITS or m.negative or m.decimals:
        return False  # (a time point is a whole number of its unit)
    key = (float(m.value), m.unit)
    return key in index.times or (key not in index.durations and not _age(text, m))


def swapped_times(text: str, mentions: list[Mention], sentences: list[tuple[int, int]],
                  index: SheetIndex, findings: list[Finding],
                  unknown: Iterable[Mention]) -> list[Mention]:
    """Report figures said at the wrong time point into ``findings``; return those of
    ``unknown`` (time points the sheet never gives) that were not reported so."""
    timed = _timed_facts(index)
    unknown = list(unknown)
    if not timed or not sentences:
        return unknown
    if index.times and says_one_unit(text):
        _one_units(text, mentions, sentences, timed, index, findings)
    points = [m for m in mentions if is_point(m, index, text)]
    if not points:
        return unknown
    done: set[int] = set()
    table = "|" in text  # a table's figures take the time of their row or column
    starts = [m.start for m in mentions]  # (mentions are in text order)
    for a, b in sentences:
        here = mentions[bisect_left(starts, a):bisect_left(starts, b)]
        mine = [m for m in here if is_point(m, index, text)]
        if not mine:
            continue
        taken = set(mine)
        figures = [m for m in here if m.kind in _FIGURES and m not in taken]
        again = restatements(text, figures) if len(figures) > 1 else {}
        sentence = _Sentence(text, a, b, mine, [m for m in figures if id(m) not in again],
                             {id(head): m for m in figures for head in (again.get(id(m)),)
                              if head is not None})
        for figure in sentence.figures:
            facts = (_hedged_facts_of(figure, timed, index) if figure.hedge
                     else _facts_of(figure, timed, index))
            if not facts:
                continue
            cells = table_cells(text, max(figure.start, figure.end - 1)) if table else ()
            label = None if cells else sentence.labelled(figure)
            point = _in_cells(cells, points) if cells else (
                None if label is False else label or sentence.point_of(figure))
            if point is None:
                continue
            said = index.times.get((float(point.value), point.unit or ""))
            if said is not None and any(f.time == said for f in facts):
                continue
            _report(text, figure, point, facts[0], index, findings)
            done.add(point.start)
    left = []
    sentence_starts = [a for a, _ in sentences]
    follow_up: dict[int, bool] = {}  # per sentence
    for m in unknown:
        if m.start in done:
            continue
        if _about_follow_up(text, m, sentences, sentence_starts, follow_up, index) or (
                _listed_with_points(text, m, mentions, index)) or (
                m.unit in POINT_UNITS and (_AFTER_EVENT.match(text, m.end) or (
                    _AT_POINT.search(text, max(0, m.start - 24), m.start) and any(
                        u == m.unit for _, u in index.times)))):
            fact = next(iter(timed))
            findings.append(Finding(
                "wrong-context", "error",
                f"The fact sheet gives no result at {m.text}: its results are for "
                f"{_times(index)}.", fact.id, _times(index), m.text, (m.start, m.end)))
            continue
        left.append(m)
    return left


def _in_cells(cells: tuple[tuple[int, int], ...], points: list[Mention]) -> Mention | None:
    """The time point of a figure in a table's cell: the one in its row's first cell or
    its column's header ("Group | 5 years | 10 years"; :func:`.context.table_cells`)."""
    return next((p for p in points for lo, hi in cells[:2]
                 if lo <= p.start and p.end <= hi), None)


def _timed_facts(index: SheetIndex) -> dict[Fact, set[float]]:
    """The sheet's figures that can have a time point, and the values a text may give
    for each (background figures too: they have none, so a figure of their value tells
    no time)."""
    def make() -> dict[Fact, set[float]]:
        out: dict[Fact, set[float]] = {}
        for fact in index.sheet.facts.values():
            if fact.kind in ("count", "period", "timepoints", "claim",
                                                 "no-difference", "comparison"):
                continue
            values = allowed_values(fact)
            values |= {abs(v) for v in values}
            if values:
                out[fact] = values
        return out
    return index.lexicon.remember(("timed-facts",), make)


def _facts_of(m: Mention, timed: dict[Fact, set[float]], index: SheetIndex) -> list[Fact]:
    """The facts whose value the figure gives, all of them with a time point (none when
    any has none). Worked out once per sheet and figure (kind and values): the texts of
    a run give the same figures again and again (callers only read the list)."""
    return index.lexicon.remember(("timed-facts-of", m.kind, m.value, m.second, m.decimals),
                                  lambda: _timed_facts_of(m, timed, index))


def _timed_facts_of(m: Mention, timed: dict[Fact, set[float]], index: SheetIndex
                    ) -> list[Fact]:
    said = m.percent if m.percent is not None and m.kind in ("percent", "frequency",
                                                               "fraction") else m.value
    near = 1.0 if m.kind in ("frequency", "fraction") else EPS  # "7 in 10" for 71 %
    share = m.kind in ("percent", "frequency", "fraction")
    facts = [f for f, values in timed.items() if any(abs(said - v) <= near for v in values)
             and (f.kind != "proportion" if not share else f.kind in _SHARE_KINDS)]
    if not facts or any(f.time is None for f in facts):
        return []
    if m.kind == "number" and any(abs(m.value - v) < EPS for v in index.counts):
        return []  # a count of people as well
    return facts


def _hedged_facts_of(m: Mention, timed: dict[Fact, set[float]], index: SheetIndex
                     ) -> list[Fact]:
    """The facts a hedged figure rounds the hedge's way ("just under 5 hours" for 4.8,
    "nearly 34 hours" for 33.6, "about 70 %" for 71 %), all of them with a time point;
    none when it may also round a count or a figure with no time."""
    def make() -> list[Fact]:
        said = m.percent if m.percent is not None and m.kind in (
            "percent", "frequency", "fraction") else m.value
        if said is None or m.kind not in ("percent", "frequency", "fraction", "duration",
                                          "number"):
            return []
        share = m.kind in ("percent", "frequency", "fraction")
        near = 1.0 if m.kind in ("frequency", "fraction") else EPS
        facts = [f for f, values in timed.items()
                 if any(abs(said - v) <= near or rounds_fraction(said, m.hedge, [v])
                        for v in values)
                 and (f.kind != "proportion" if not share else f.kind in _SHARE_KINDS)]
        if not facts or any(f.time is None for f in facts):
            return []
        if m.kind == "duration" and any(getattr(f, "unit", None) not in (None, m.unit)
                                        for f in facts):
            return []
        if any(abs(said - c) < EPS or rounds_fraction(said, m.hedge, [c])
               for c in index.counts):
            return []
        return facts
    return index.lexicon.remember(
        ("timed-facts-hedged", m.kind, m.value, m.hedge, m.unit, m.percent), make)


class _Sentence:
    """One sentence's time points and figures (each in text order), with where its
    clause marks and joining words stand, found once: a long sentence has many figures,
    and each is asked about its nearest points."""

    def __init__(self, text: str, start: int, end: int, points: list[Mention],
                 figures: list[Mention], restated: dict[int, Mention] | None = None
                 ) -> None:
        self.text, self.start, self.end = text, start, end
        self.points, self.figures = points, figures
        # a figure's restatement as an aside right after it ("71%, roughly seven in ten,
        # ... ten years after"), by the figure's id: the figure's words go on past it
        self.restated = restated or {}
        self.point_starts = [m.start for m in points]
        self.figure_starts = [m.start for m in figures]

    @functools.cached_property
    def marks(self) -> list[int]:
        """Where each clause mark stands (one character each)."""
        return [h.start() for h in _MARKS.finditer(self.text, self.start, self.end)]

    @functools.cached_property
    def splits(self) -> tuple[list[int], list[int]]:
        """Where each clause mark or joining word starts and ends (they never overlap)."""
        found = list(_SPLIT.finditer(self.text, self.start, self.end))
        return [h.start() for h in found], [h.end() for h in found]

    def joined(self, lo: int, hi: int) -> bool:
        """No clause mark, joining word or figure from ``lo`` to ``hi``."""
        starts, ends = self.splits
        k = bisect_left(starts, lo)
        if k < len(starts) and ends[k] <= hi:
            return False
        return not bisect_left(self.figure_starts, lo) < bisect_left(self.figure_starts, hi)

    def _respective(self, figure: Mention) -> Mention | None:
        """The time point of a share said as one of a pair of shares beside a pair of
        points, in order ("At five and ten years, 80% and 66% ...", "86 % e 71 % ... aos
        cinco e aos dez anos"): the sentence's only two shares and only two points, each
        pair said together (:data:`.context.PAIRED`)."""
        points, figures = self.points, self.figures
        if len(points) != 2 or len(figures) != 2 or figure.percent is None or any(
                f.percent is None for f in figures) or points[0].value == points[1].value:
            return None
        if not PAIRED.fullmatch(self.text, figures[0].end, figures[1].start) or (
                not PAIRED.fullmatch(self.text, points[0].end, points[1].start)):
            return None
        return points[figures.index(figure)]

    def labelled(self, figure: Mention) -> Mention | bool | None:
        """The time point in brackets right after a figure, which labels it alone ("57 %
        (ten years)", "71 Prozent (nach fünf Jahren)"); False when the point
        :meth:`point_of` finds before the figure is such a label of another figure
        ("71 % (five years) and 57 % (ten years)": not the 57 %'s); None otherwise."""
        k = bisect_right(self.point_starts, figure.end - 1)
        after = self.points[k] if k < len(self.points) else None
        if after is not None and _BRACKETED.fullmatch(self.text, figure.end, after.start):
            return after
        point = self.point_of(figure)
        if point is None or point.end > figure.start:
            return None
        j = bisect_left(self.figure_starts, point.start) - 1
        if j >= 0 and self.figures[j] is not figure and _BRACKETED.fullmatch(
                self.text, self.figures[j].end, point.start):
            return False
        return None

    def point_of(self, figure: Mention) -> Mention | None:
        """The time point a figure is said at: the nearest one with no other figure,
        clause mark or "and" between them ("86 % at five years, and 71 % at ten"; "nach
        5 Jahren 80 % ... und nach 10 Jahren 66 %"); else the last one before it in its
        sentence when that one opens its clause, with no figure before it there ("Five
        years on, 86 % ..."; not "66 % at 10 years; SMRR 86 %"). (A point past a nearer
        one has that one's gap inside its own: it is joined only if the nearer one is.)"""
        points = self.points
        paired = self._respective(figure)
        if paired is not None:
            return paired
        k = bisect_right(self.point_starts, figure.start)
        last = next((p for p in reversed(points[:k]) if p.end <= figure.start), None)
        end = figure.end
        if id(figure) in self.restated:  # past the aside and the mark that closes it
            end = RESTATED_END.match(self.text, self.restated[id(figure)].end).end()
        after = next((p for p in points[k:] if p.start >= end), None)
        own = [p for p in (last,) if p is not None and self.joined(p.end, figure.start)] + [
            p for p in (after,) if p is not None and self.joined(end, p.start)]
        if own:
            return min(own, key=lambda p: p.start - figure.end if p.start >= figure.end
                       else figure.start - p.end)
        if last is None:
            return None
        marks = self.marks
        k = bisect_left(marks, last.start)  # the marks that end by where the point starts
        opens = marks[k - 1] + 1 if k else self.start
        starts = self.figure_starts
        return None if bisect_left(starts, opens) < bisect_left(starts, last.start) else last


def _report(text: str, figure: Mention, point: Mention, fact: Fact, index: SheetIndex,
            findings: list[Finding]) -> None:
    """Widen the figure's own wrong-context finding to the time point, or add one."""
    for i, f in enumerate(findings):
        if f.rule == "wrong-context" and f.span == (figure.start, figure.end):
            a, b = min(point.start, figure.start), max(point.end, figure.end)
            findings[i] = replace(f, span=(a, b), found=text[a:b])
            return
        if f.span and f.span[0] <= point.start and point.end <= f.span[1] and (
                f.rule == "wrong-context"):
            return
    when = index.lexicon.time(fact.time) if fact.time in index.sheet.times else "?"
    findings.append(Finding(
        "wrong-context", "error",
        f"{figure.text} is the figure for {index.describe(fact)} ({fact.id}), but here it "
        f"is said at {point.text}; the fact sheet gives it at {when}.",
        fact.id, index.expected(fact), point.text, (point.start, point.end)))


def _age(text: str, m: Mention) -> bool:
    return bool(_AGE_BEFORE.search(text[max(0, m.start - 40):m.start])
                or _AGE_AFTER.match(text[m.end:m.end + 15]))


def _about_follow_up(text: str, m: Mention, sentences: list[tuple[int, int]],
                     starts: list[int], seen: dict[int, bool], index: SheetIndex) -> bool:
    """Whether an unknown time point stands in a sentence that names the follow-up, the
    results or an outcome of the sheet ("Follow-up: one year", "Les résultats à un an",
    "Primary outcome: surgical-site infection within 90 days"). ``starts``: where each
    sentence starts; ``seen``: the answer per sentence so far."""
    k = bisect_right(starts, m.start) - 1
    if k < 0 or not m.start < sentences[k][1]:
        return False
    if k not in seen:
        a, b = sentences[k]
        sentence = text[a:b]
        seen[k] = _FOLLOW_UP.search(sentence) is not None or any(
            True for _ in index.said.find(sentence, tokens(sentence)))
    return seen[k]


# between two time points said as one list: a comma and a short word or two ("6 months, 5
# years and 20 years", "a los 6 meses, 5 años y 20 años", "nach 6 Monaten, 5 und 20 Jahren")
_LISTED = regex.compile(r"[ \u00a0]*,?[ \u00a0]*(?:[\p{L}'’]{1,5}\.?[ \u00a0]+){0,3}")


def _listed_with_points(text: str, m: Mention, mentions: list[Mention],
                        index: SheetIndex) -> bool:
    """Whether an unknown time point stands in one list with the sheet's own time points
    ("Check-ups: at 6 months, 5 years and 20 years" where the sheet gives 6 months, 5 and
    10 years): a time of the list changed."""
    k = mentions.index(m) if m in mentions else -1
    if k < 0:
        return False
    for j in (k - 1, k + 1):
        if not 0 <= j < len(mentions):
            continue
        o = mentions[j]
        if o.kind != "duration" or (float(o.value), o.unit or "") not in index.times:
            continue
        lo, hi = (o.end, m.start) if j < k else (m.end, o.start)
        if _LISTED.fullmatch(text, lo, hi) is not None:
            return True
    return False


def _times(index: SheetIndex) -> str:
    return ", ".join(index.lexicon.time(t) for t in index.sheet.times)
