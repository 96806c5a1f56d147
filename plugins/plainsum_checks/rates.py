"""Rates said in a text, matched to the sheet's rate facts: "2.1 per 1,000 person-years",
"2,1 de cada 1000 … cada año", "2,1 sur 1 000", "2,1 pro 1.000 Personenjahre".

A rate is a figure over a round denominator (10, 100, 1,000 …) with a word for "per"
between them (the pack's ``rate.per_words``: "per", "in every", "por cada", "pour", "je",
"su" …, or a slash). Only a sheet with rate facts is read this way, and only the figures
the number reader found (a frequency "2.1 in every 1,000", or a number followed within a
few words by a per word and the denominator): a text without them costs nothing more.

What a text may get wrong: the value ("3.1 per 1,000"), the denominator ("2.1 per 100"
for 2.1 per 1,000) and the group (the rate of one group said of another); a rate said as a
percentage is no rate here and stays a share the sheet does not give (``facts``).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from plainsum.factsheet.model import Fact

from .effects import fits
from .numbers import Mention
from .sheet import SheetIndex, allowed_values, matches
from .text import fold

# letters and hyphens: the words a rate may put between its figure and "per" ("cases",
# "new cases", "Fälle", "casos nuevos")
_BETWEEN = r"(?:[ \u00a0\u202f]+[^\W\d_][\w\-']*){0,5}"
_BASE = (r"(?P<base>[1-9][0-9]{0,2}(?:[.,'\u00a0\u202f\u2009 ][0-9]{3})+|[1-9][0-9]*)"
         r"(?![0-9.,]?[0-9])")


@dataclass(frozen=True)
class RateSaid:
    """A rate a text states: ``value`` per ``base``, from ``start`` to ``end``."""

    start: int
    end: int
    value: float
    base: float
    figure: Mention  # the figure's own mention (for the group it is said of)
    base_at: tuple[int, int] | None = None  # where a denominator said before it stands
    scope: tuple[int, int] | None = None  # a table row: the groups it names are its own


def is_base(n: float | None) -> bool:
    """10, 100, 1,000 … : the denominators rates are stated per."""
    return n is not None and n >= 10 and float(n) == 10.0 ** round(math.log10(n))


def per_pattern(words: Iterable[str], in_words: bool = False) -> re.Pattern[str]:
    """A number's continuation into a rate: a few words, a per word, the denominator (in
    digits; or, ``in_words``, up to where a denominator said in words begins)."""
    forms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in forms if w != "/")
    per = rf"[ \u00a0\u202f]+(?:{alternation})[ \u00a0\u202f]+" if alternation else "(?!)"
    if in_words:
        return re.compile(rf"{_BETWEEN}{per}\Z", re.IGNORECASE)
    return re.compile(rf"{_BETWEEN}(?:{per}|[ \u00a0\u202f]?/[ \u00a0\u202f]?){_BASE}",
                      re.IGNORECASE)


def rates_said(text: str, mentions: list[Mention], pattern: re.Pattern[str],
               before: re.Pattern[str] | None = None,
               in_words: re.Pattern[str] | None = None,
               header: re.Pattern[str] | None = None) -> list[RateSaid]:
    """Every rate of ``text``: a frequency over a round base, a figure that a per word and
    a round denominator follow, or a figure a few words after a per word and a round
    denominator ("the rate per 1,000 person-years was 2.1")."""
    out: list[RateSaid] = []
    bases: set[int] = set()
    for i, m in enumerate(mentions):
        if m.negative or m.words or m.start in bases:
            continue
        if m.kind == "frequency" and is_base(m.second):
            out.append(RateSaid(m.start, m.end, m.value, float(m.second or 0), m))
        elif m.kind in ("number", "duration"):
            # a bare figure the reader took for a length of time whose unit it thought
            # left unsaid ("0 pour 1 000 années-personnes": "0 … années") is a number here
            bare = m.kind == "number" or not any(c.isalpha() for c in m.text)
            hit = pattern.match(text, m.end) if bare else None
            word = (_base_in_words(text, mentions, i, in_words)
                    if hit is None and in_words is not None and bare else None)
            if word is not None:  # "2,1 pour mille années-personnes", "pro tausend"
                end = word.end if word.kind != "duration" else (  # "mille |années"
                    word.start + len(word.text.rsplit(None, 1)[0]))
                out.append(RateSaid(m.start, end, m.value, word.value, m))
                bases.add(word.start)
                continue
            if hit is not None:
                base = float(re.sub(r"[^0-9]", "", hit.group("base")))
                if is_base(base):
                    out.append(RateSaid(m.start, hit.end(), m.value, base, m))
                    bases.update(x.start for x in mentions[i + 1:i + 3]
                                 if x.start < hit.end())
                    continue
            if (before is not None and is_base(m.value) and i + 1 < len(mentions)
                    and before.search(text, max(0, m.start - 24), m.start)):
                figure = mentions[i + 1]
                if (figure.kind == "number" and not figure.negative and not figure.words
                        and not is_base(figure.value)
                        and _AFTER_BASE.fullmatch(text, m.end, figure.start)):
                    out.append(RateSaid(figure.start, figure.end, figure.value, m.value,
                                        figure, (m.start, m.end)))
                    bases.add(figure.start)
    out = _shared_bases(text, mentions, out)
    if header is not None and "\n" in text:
        out = sorted(out + _table_rows(text, mentions, out, header), key=lambda r: r.start)
    return out


# a table row: a group's label, a separator ("|", ":", a tab) and a figure first on the
# line ("| Vitamin D deficiency | 2.1 |", "Déficit de vitamine D : 2,1")
_ROW = re.compile(r"[ \t|]*(?P<label>[^\W\d_][^\n|:\t0-9]*?)[ \u00a0\u202f]*"
                  r"(?:\||:|\t)[ \t\u00a0\u202f|]*\Z")


def _after_per_word(words: Iterable[str], rest: str) -> re.Pattern[str]:
    """One of the pack's per words (the longest first; the slash is read apart) as a
    whole word, then ``rest``; a pack with none matches nothing."""
    forms = sorted({w.strip() for w in words if w.strip() and w.strip() != "/"},
                   key=len, reverse=True)
    if not forms:
        return re.compile("(?!)")
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(re.escape(w) for w in forms)}){rest}",
                      re.IGNORECASE)


def header_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A header line that states a rate's denominator: a per word and a round number
    ("Rate per 1,000 person-years", "Tasa por cada 1000 personas-año", "je 1.000")."""
    return _after_per_word(words, rf"[ \u00a0\u202f]+{_BASE}")


def _table_rows(text: str, mentions: list[Mention], said: list[RateSaid],
                header: re.Pattern[str]) -> list[RateSaid]:
    """The figures of table rows under a header that states a rate's denominator: each
    the rate of the group its own row names ("| Low vitamin D | 1.6 |" under "| Group |
    Rate per 1,000 person-years |"). The header is a line above in the same block (no
    blank line between) holding a per word and a round number and no other figure."""
    taken = {r.figure.start for r in said} | {r.base_at[0] for r in said if r.base_at}
    taken |= {m.start for r in said for m in mentions if r.start <= m.start < r.end}
    out: list[RateSaid] = []
    base: float | None = None
    row_seen = -1  # the line start of the last row read (one figure per row)
    for m in mentions:
        if m.kind not in ("number", "duration") or m.negative or m.words:
            continue
        line = text.rfind("\n", 0, m.start) + 1
        if m.start in taken or line == row_seen or any(c.isalpha() for c in m.text):
            continue
        if not _ROW.fullmatch(text, line, m.start):
            continue
        end = text.find("\n", m.end)
        end = len(text) if end < 0 else end
        if not re.fullmatch(r"[ \t\u00a0\u202f|]*(?:[^\W\d_][\w\-]*[ \t\u00a0\u202f|]*)*",
                            text[m.end:end]):
            continue  # more figures on the row, or a figure that goes on ("2.1 (1.8-2.5)")
        at = _header_base(text, line, header)
        if at is not None:
            row_seen = line
            base = float(re.sub(r"[^0-9]", "", text[at[0]:at[1]]))
            out.append(RateSaid(m.start, m.end, m.value, base, m, at, (line, end)))
    return out


def _header_base(text: str, line: int, header: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the round denominator a header line above ``line`` states stands, in the
    same block of lines."""
    end = line - 1
    for _ in range(12):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end]
        if not row.strip():
            return None
        hit = header.search(text, start, end)
        if hit is not None:
            base = float(re.sub(r"[^0-9]", "", hit.group("base")))
            rest = text[start:hit.start("base")] + text[hit.end("base"):end]
            return (hit.start("base"), hit.end("base")) if is_base(base) and not re.search(
                r"[0-9]", rest) else None
        end = start - 1
    return None


def _base_in_words(text: str, mentions: list[Mention], i: int, in_words: re.Pattern[str]
                   ) -> Mention | None:
    """The denominator said in words right after a per word (the "mille" of "2,1 pour
    mille années-personnes", "pro tausend"), as the number reader found it."""
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is None or not nxt.words or nxt.negative or not is_base(nxt.value):
        return None
    return nxt if in_words.match(text, mentions[i].end, nxt.start) else None


# between a denominator and its figure said after it: a few words and a verb or a colon
# ("per 1,000 person-years was 2.1", "pro 1.000 Personenjahre: 2,1")
_AFTER_BASE = re.compile(r"[\w\-']*(?:[:=,]?[ \u00a0\u202f]+[^\W\d_][\w\-']*){0,7}"
                            r"[:=,]?[ \u00a0\u202f]+")


def per_before(words: Iterable[str]) -> re.Pattern[str]:
    """A per word right before a denominator ("rate per ", "tasa por cada ")."""
    return _after_per_word(words, r"[ \u00a0\u202f]+\Z")


def _shared_bases(text: str, mentions: list[Mention], said: list[RateSaid]
                  ) -> list[RateSaid]:
    """A figure a word or two before or after a rate, of the same kind as the rate's own
    figure, takes the rate's denominator: "2.1 and 1.6 per 1,000 person-years", "per
    1,000 person-years: 2.1 vs 1.6" state two rates."""
    if not said:
        return said
    at = {r.figure.start: r for r in said}
    out = list(said)
    for i, m in enumerate(mentions):
        if m.kind != "number" or m.negative or m.words or m.start in at or is_base(m.value):
            continue
        after = at.get(mentions[i + 1].start) if i + 1 < len(mentions) else None
        if after is not None and _alike(m, after.figure):
            hit = _SHARED.match(text, m.end)
            if hit is not None and hit.end() == after.start:
                out.append(RateSaid(m.start, m.end, m.value, after.base, m))
                continue
        before = at.get(mentions[i - 1].start) if i else None
        if before is not None and _alike(m, before.figure):
            hit = _SHARED.match(text, before.end)
            if hit is not None and hit.end() == m.start:
                out.append(RateSaid(m.start, m.end, m.value, before.base, m))
    return sorted(out, key=lambda r: r.start)


# what may stand between two figures that share one denominator: "2.1 and 1.6 per
# 1,000", "2,1 frente a 1,6 por 1000", "2,1 bzw. 1,6 pro 1.000", "2.1 vs 1.6"
_SHARED = re.compile(r"[ \u00a0\u202f]*[,;]?(?:[ \u00a0\u202f]+[^\W\d_][\w.]*){1,2}"
                     r"[ \u00a0\u202f]+")


def _alike(a: Mention, b: Mention) -> bool:
    """Two figures of one series: written with the same decimals, within a factor of ten
    (not "in 2019" beside "2.1")."""
    low, high = sorted((abs(a.value), abs(b.value)))
    return a.decimals == b.decimals and low > 0 and high <= 10 * low


@dataclass
class Verdict:
    """What the sheet says of one rate a text states: the fact it states, or an error."""

    fact: Fact | None
    rule: str | None = None
    message: str = ""
    expected: str | None = None


def judge(said: RateSaid, index: SheetIndex, named: frozenset[str]) -> Verdict | None:
    """The sheet's word on a rate, given the rate groups ``named`` in its own words; None
    when it is none of the sheet's rates (the figure is then judged as any other)."""
    rates = index.facts_of("rate")
    same_value = [f for f in rates if matches(said.value, allowed_values(f))
                  or _hedged(said.figure, float(f.value))]  # type: ignore[attr-defined]
    same_base = [f for f in rates if abs(float(f.per) - said.base) < 1e-9]
    exact = [f for f in same_value if f in same_base] or scaled(said, rates)
    if exact:
        own = [f for f in exact if f.group in named or not f.group]
        other = [f for f in (same_base or rates) if f.group in named and f not in exact]
        if own or not other:
            return Verdict((own or exact)[0])
        fact, meant = exact[0], other[0]
        return Verdict(meant, "wrong-context",
                       f"{_said(said, index)} is the rate of {index.describe(fact)} "
                       f"({fact.id}), but here it is said of {index.describe(meant)}, "
                       f"for whom the fact sheet gives {expected(meant, index)}",
                       expected(meant, index))
    if any(matches(100 * said.value / said.base, allowed) for _, allowed in index.shares):
        return None  # "7 out of 100" of a share the sheet gives: judged as that share
    if same_value:
        fact = _pick(same_value, named)
        return Verdict(fact, "unsupported-number",
                       f"{_said(said, index)} changes the rate's denominator: the fact "
                       f"sheet gives {expected(fact, index)} ({index.describe(fact)})",
                       expected(fact, index))
    if same_base:
        fact = _pick(same_base, named)
        return Verdict(fact, "unsupported-number",
                       f"The fact sheet has no rate {_said(said, index)}; for "
                       f"{index.describe(fact)} it gives {expected(fact, index)}",
                       expected(fact, index))
    return None


def scaled(said: RateSaid, rates: list[Fact]) -> list[Fact]:
    """The sheet's rates ``said`` states over another round denominator, the same rate
    ("21 per 10,000" for 2.1 per 1,000; "0.21 per 100")."""
    return [f for f in rates if abs(float(f.per) - said.base) > 1e-9  # type: ignore[attr-defined]
            and matches(said_value(said, f), allowed_values(f))]


def said_value(said: RateSaid, fact: Fact) -> float:
    """The figure ``said`` states, over the denominator of ``fact``."""
    return said.value * float(fact.per) / said.base  # type: ignore[attr-defined]


def named_groups(said: list[RateSaid], scoper: Any, groups: frozenset[str],
                 shared: frozenset[str] = frozenset()) -> list[frozenset[str]]:
    """The rate groups named in each rate's own words: its sentence, from the rate before
    it in that sentence to the rate after it ("2.1 per 1,000 with deficiency and 1.6 per
    1,000 with enough vitamin D": both groups are near 1.6, one of them its own)."""
    out = []
    for i, rate in enumerate(said):
        k = scoper.sentence_of(rate.start)
        a, b = scoper.sentences[k] if scoper.sentences and k is not None else (
            0, len(scoper.text))
        if rate.scope is not None:  # a table row names its own group
            out.append(frozenset(c.item for c in _cues(scoper, *rate.scope, groups, shared)))
            continue
        lo = max(a, said[i - 1].end) if i else a
        hi = min(b, said[i + 1].start) if i + 1 < len(said) else b
        paired = _in_order(said, i, scoper, (a, b), groups, shared)
        if paired is not None:
            out.append(paired)
            continue
        out.append(frozenset(c.item for c in _cues(scoper, lo, hi, groups, shared)))
    return out


def _cues(scoper: Any, lo: int, hi: int, groups: frozenset[str], shared: frozenset[str]
          ) -> list[Any]:
    """The rate groups' cues in ``[lo, hi)``; a word several groups share ("vitamin D" of
    every vitamin D group) names none."""
    cues = [c for c in scoper.groups.between(lo, hi) if c.end <= hi and c.item in groups
            and fold(scoper.text[c.start:c.end]) not in shared]
    spans = Counter((c.start, c.end) for c in cues)
    return [c for c in cues if spans[c.start, c.end] == 1]


def _in_order(said: list[RateSaid], i: int, scoper: Any, sentence: tuple[int, int],
              groups: frozenset[str], shared: frozenset[str]) -> frozenset[str] | None:
    """The group of one of two rates said as a pair beside a pair of groups, in order:
    "with deficiency and with enough vitamin D, 2.1 and 1.6 per 1,000 (respectively)".
    The sentence has two rates and two groups, each pair said together (a few words
    between them, no figure), and nothing else of either kind; None otherwise."""
    a, b = sentence
    mine = [r for r in said if a <= r.start < b]
    if len(mine) != 2 or said[i] not in mine:
        return None
    cues = _cues(scoper, a, b, groups, shared)
    if len(cues) != 2 or cues[0].item == cues[1].item:
        return None
    text = scoper.text
    first, second = mine
    if not (_PAIRED.fullmatch(text, first.figure.end, second.start)
            and _PAIRED.fullmatch(text, cues[0].end, cues[1].start)):
        return None
    return frozenset({cues[mine.index(said[i])].item})


# what stands between the two of a pair: a few words, no figure and no clause's end
_PAIRED = re.compile(r"[^0-9;:!?]{1,40}")


def shared_words(index: SheetIndex) -> frozenset[str]:
    """The words of a term that two rate groups are tied to ("vitamin D" of the groups
    with too little and with enough of it): they name neither group."""
    terms = Counter(index.sheet.groups[f.group].term for f in index.facts_of("rate")
                    if f.group in index.sheet.groups)
    out: set[str] = set()
    for term, n in terms.items():
        if term and n > 1 and term in index.sheet.terms:
            out.update(fold(w) for w in index.lexicon.term(term).accepted)
    return frozenset(out)


def _hedged(figure: Mention, value: float) -> bool:
    """A hedged figure rounded from the sheet's ("about 2 in every 1,000" for 2.1, "more
    than 2 per 1,000"), to the figure's own last digit."""
    return figure.hedge is not None and fits(figure.hedge, figure.value, value,
                                             floor=0.5 * 10 ** -figure.decimals)


def as_percent(m: Mention, index: SheetIndex) -> Fact | None:
    """The rate a percentage says as a share ("2.1 %" or "0.21 %" for 2.1 per 1,000),
    where the sheet gives no share of that value."""
    if m.kind != "percent" or m.negative:
        return None
    for fact in index.facts_of("rate"):
        value, per = float(fact.value), float(fact.per)  # type: ignore[attr-defined]
        if (matches(m.value, allowed_values(fact)) or abs(m.value - 100 * value / per) < 1e-9
                ) and not any(matches(m.value, allowed) for _, allowed in index.shares):
            return fact
    return None


def _pick(facts: list[Fact], groups: frozenset[str]) -> Fact:
    own = [f for f in facts if f.group in groups]
    return (own or facts)[0]


def _said(said: RateSaid, index: SheetIndex) -> str:
    pack = index.lexicon.pack
    return f"{pack.format_number(said.value)} / {pack.format_number(said.base)}"


def expected(fact: Fact, index: SheetIndex) -> str:
    """A rate as a finding names it: "2.1 / 1,000 person-years"."""
    pack = index.lexicon.pack
    unit = fact.unit  # type: ignore[attr-defined]
    words = (pack.phrase(f"rate.unit.{unit}") if pack.has_phrase(f"rate.unit.{unit}")
             else unit)
    if isinstance(words, dict):
        words = words.get(pack.plural_category(fact.per), words.get("other", unit))  # type: ignore[attr-defined]
    return (f"{pack.format_number(fact.value)} / "  # type: ignore[attr-defined]
            f"{pack.format_number(fact.per)} {words}")  # type: ignore[attr-defined]


def read_rates(text: str, index: SheetIndex, mentions: list[Mention], scoper: Any,
               report: Any, matched: Any) -> set[int]:
    """Judge every rate of ``text`` against the sheet: ``report`` its errors, and hand each
    rate of the sheet it states to ``matched`` (which records the fact as stated and judges
    its hedge and whether a background rate is given as a result). The ids of the
    mentions a rate is made of, which are then no figures of their own (the "1,000" of
    "per 1,000", the "1 000 années" of "années-personnes")."""
    pattern = index.lexicon.remember(("rate-per-words",), lambda: per_pattern(
        _words(index.lexicon.pack)))
    used: set[int] = set()
    for m in mentions:
        fact = as_percent(m, index)
        if fact is not None:
            used.add(id(m))
            report("unsupported-number", f"{m.text} turns a rate into a percentage: the fact "
                   f"sheet gives {expected(fact, index)} ({index.describe(fact)}), no share "
                   "of people.", m, fact, expected(fact, index))
    before = index.lexicon.remember(("rate-per-before",), lambda: per_before(
        _words(index.lexicon.pack)))
    in_words = index.lexicon.remember(("rate-per-words-open",), lambda: per_pattern(
        _words(index.lexicon.pack), in_words=True))
    header = index.lexicon.remember(("rate-header",), lambda: header_pattern(
        _words(index.lexicon.pack)))
    said_all = rates_said(text, mentions, pattern, before, in_words, header)
    units = index.lexicon.remember(("rate-unit-words",), lambda: unit_words(
        index.lexicon.pack))
    groups = frozenset(f.group for f in index.facts_of("rate") if f.group)
    shared = index.lexicon.remember(("rate-shared-words",), lambda: shared_words(index))
    zero = [f for f in index.facts_of("rate") if float(f.value) == 0 and not f.hedged]  # type: ignore[attr-defined]
    if zero:
        none = index.lexicon.remember(("rate-none",), lambda: none_pattern(
            index.lexicon.pack))
        for where, facts in said_none(text, none, zero, scoper, groups, shared):
            matched(where, facts, 0.0, True)
    for said, named in zip(said_all, named_groups(said_all, scoper, groups, shared),
                           strict=True):
        verdict = judge(said, index, named)
        if verdict is None:
            continue
        used.update(id(m) for m in mentions if m.start < said.end and said.start < m.end)
        if said.base_at is not None:
            used.update(id(m) for m in mentions if m.start == said.base_at[0])
        where = dataclasses.replace(said.figure, start=said.start, end=said.end,
                                    text=text[said.start:said.end])
        if verdict.rule is None and verdict.fact is not None:
            fact = verdict.fact
            other = unit_said(text, said.base_at[1] if said.base_at else said.end, units)
            if other is not None and _TIME[other] != _COUNTS.get(fact.unit):  # type: ignore[attr-defined]
                report("unsupported-number", f"{where.text} changes what the rate is per: "
                       f"the fact sheet gives {expected(fact, index)} "
                       f"({index.describe(fact)}).", where, fact, expected(fact, index))
                continue
            value = said_value(said, fact)
            matched(where, [fact], value, matches(value, allowed_values(fact)))
            continue
        if verdict.rule is None:
            continue
        report(verdict.rule, verdict.message + ".", where, verdict.fact, verdict.expected)
    return used


# what each unit counts: person-years and patient-years are the same time at risk; a
# text that says another of these changes the rate ("per 1,000 person-months")
_TIME = {"person-years": "year", "patient-years": "year", "person-months": "month",
         "live-births": "births"}


# what a fact's unit counts, as a text may also say it: "per 100,000 people a year" is
# "per 100,000 person-years" in other words
_COUNTS = {**_TIME, "people-a-year": "year"}


def unit_words(pack: Any) -> list[tuple[str, str]]:
    """The pack's words for the units a rate can be per, folded, longest first; not the
    words for people, which a plain rate says as its group ("in every 1,000 women")."""
    out = []
    for unit in _TIME:
        key = f"rate.unit.{unit}"
        raw = pack.phrase(key) if pack.has_phrase(key) else None
        forms = raw.values() if isinstance(raw, dict) else [raw] if raw else []
        out += [(fold(str(form)), unit) for form in forms]
    return sorted(out, key=lambda item: len(item[0]), reverse=True)


def unit_said(text: str, end: int, units: list[tuple[str, str]]) -> str | None:
    """The unit named right after a rate's denominator, if it is one of ``units``."""
    rest = fold(text[end:end + 40].lstrip(" \u00a0\u202f"))
    for words, unit in units:
        if rest.startswith(words) and not rest[len(words):len(words) + 1].isalpha():
            return unit
    return None


def _words(pack: Any) -> list[str]:
    return list(pack.phrase("rate.per_words")) if pack.has_phrase("rate.per_words") else []


def none_pattern(pack: Any) -> re.Pattern[str]:
    """The pack's words for "none of" (``rate.none``: "none of the", "ninguna de las",
    "aucun des", "keiner der" …)."""
    words = list(pack.phrase("rate.none")) if pack.has_phrase("rate.none") else []
    forms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not forms:
        return re.compile("(?!)")
    alternation = "|".join(
        re.escape(w).replace("'", "['\u2019]") + (r"(?![^\W\d_])" if w[-1].isalpha() else "")
        for w in forms)
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})", re.IGNORECASE)


def said_none(text: str, none: re.Pattern[str], zero: list[Fact], scoper: Any,
              groups: frozenset[str], shared: frozenset[str]
              ) -> list[tuple[Mention, list[Fact]]]:
    """A rate of 0 said as no one of its group having the outcome ("none of the people
    with too little vitamin D got bowel cancer"): the sheet's rates of 0 of a group the
    sentence names, where the "none of" stands."""
    out = []
    for hit in none.finditer(text):
        k = scoper.sentence_of(hit.start())
        a, b = scoper.sentences[k] if scoper.sentences and k is not None else (
            0, len(text))
        named = {c.item for c in _cues(scoper, a, b, groups, shared)}
        own = [f for f in zero if f.group in named]
        if own:
            out.append((Mention(hit.start(), hit.end(), hit.group(0), "number", 0.0,
                                words=True), own))
    return out
