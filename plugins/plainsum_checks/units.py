"""A sheet's figure said in another unit: the number kept, its unit changed.

"followed for 5.5 months" where the sheet gives 5.5 years, "19.2 minutes" for 19.2
hours, "€2,496" for a saving of 2,496 US dollars. The number alone is the sheet's, so
the number checks pass it as a loose figure; the unit makes it another quantity. Both
tests are language-independent: time units come from the language pack's
``time_units``, currencies from their signs and ISO codes.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import regex

from .sheet import EPS

# the time units a sheet's facts and texts use; a fact's unit outside these (a currency,
# "percentage-points", "fold") is no length of time
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})

# a currency's sign (and the letters of a dollar's country) -> its ISO code
_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
          "CHF": "CHF", "R$": "BRL", "A$": "AUD", "C$": "CAD"}
_CODES = frozenset({"USD", "EUR", "GBP", "JPY", "INR", "CHF", "BRL", "AUD", "CAD", "CNY",
                    "NZD", "HKD", "SGD", "TWD", "JMD"})
_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?P<c>(?:\p{Lu}{1,2})?\p{Sc}|USD|EUR|GBP|CHF)"
                        r"[ \u00a0\u202f]?$")
_AFTER = regex.compile(r"[ \u00a0\u202f]?(?P<c>\p{Sc}|USD|EUR|GBP|CHF)(?![\p{L}\p{N}])")
# a currency said by its name after the amount, in the six languages ("2496 euros",
# "2.496 US-Dollar", "2 496 dollars américains", "2 millones de dólares"), a word before
# the name allowed ("2,496 British pounds"); a dollar of another country ("dólares
# canadienses", "Canadian dollars", "kanadische Dollar") is that country's, as "C$" is
_NAMES = {"USD": r"(?:us[\s-]?)?(?:d[oó]lar(?:es|s)?|dollar[is]?|dollaro)",
          "EUR": r"euros?|euro",
          "GBP": r"pounds?|pfund|libras?|livres?|sterlin[ae]",
          "CHF": r"(?:schweizer\s+)?franken|francs?\s+suisses?|franchi\s+svizzeri",
          "JPY": r"yen|ienes"}
_NAMED = regex.compile(
    r"[ \u00a0\u202f]+(?:(?:millions?|millones|milhões|milioni|millionen|mil|mila|thousand)"
    r"\s+)?(?:de\s+|d['’]\s*|di\s+)?(?P<adj>\p{L}+[\s-]+)?(?P<n>" + "|".join(
        f"(?P<{code}>{names})" for code, names in _NAMES.items())
    + r")(?![\p{L}])(?P<rest>[\s-]+\p{L}+)?", regex.IGNORECASE)
_OTHER_DOLLAR = regex.compile(
    r"(?P<CAD>canad|kanad)|(?P<AUD>austral)|(?P<NZD>neuseel|zeland)|(?P<HKD>hong)"
    r"|(?P<SGD>singap)|(?P<TWD>taiw)|(?P<JMD>jamai)|(?P<BRL>brasil|brazil)",
    regex.IGNORECASE)


def changed_time_unit(durations: set[tuple[float, str]], value: float,
                      unit: str | None) -> bool:
    """Whether a length of time (``value`` in ``unit``) is a figure the sheet gives in
    another time unit only: "5.5 months" for a follow-up of 5.5 years. The sheet's own
    lengths (``durations``) already hold the same length in other units where it comes
    out whole (90 days as 3 months), so those are no change."""
    if unit not in TIME_UNITS or abs(value - 1) < EPS:
        return False  # "a year", "un año", "one-minute": an article as often as a figure
    same = [u for v, u in durations if abs(v - value) < EPS]
    return bool(same) and unit not in same and any(u in TIME_UNITS for u in same)


def currency_said(text: str, start: int, end: int) -> str | None:
    """The ISO code of the currency said right before or after an amount ("$2,496",
    "2.496 €", "USD 2,496", "2496 euros"), if any."""
    before = _BEFORE.search(text, max(0, start - 5), start)
    found = before.group("c") if before else None
    if found is None:
        after = _AFTER.match(text, end, min(len(text), end + 5))
        found = after.group("c") if after else None
    if found is None:
        return _named(text, start, end)
    return found if found in _CODES else _SIGNS.get(found)


def _named(text: str, start: int, end: int) -> str | None:
    """The ISO code of a currency named after an amount ("2496 euros"), if any."""
    named = _NAMED.match(text, end, min(len(text), end + 40))
    if named is None:
        return None
    code = next(c for c in _NAMES if named.group(c))
    if code == "USD":  # "Canadian dollars", "dólares canadienses": another country's
        near = (text[max(0, start - 16):start] + (named.group("adj") or "")
                + (named.group("rest") or ""))
        other = _OTHER_DOLLAR.search(near)
        if other is not None:
            return other.lastgroup
    return code


def changed_currency(sheet: Any, text: str, start: int, end: int,
                     value: float) -> Any | None:
    """The sheet's money fact an amount stands for, when the text gives it in another
    currency ("€2,496" for a difference of −2,496 USD) and no fact of the sheet has that
    amount in the currency said; else None."""
    said = currency_said(text, start, end)
    if said is None:
        return None
    money = [f for f in sheet.facts.values()
             if getattr(f, "unit", None) in _CODES and getattr(f, "value", None) is not None
             and abs(abs(float(f.value)) - value) < EPS]
    if not money or any(f.unit == said for f in money):
        return None
    return money[0]


# the word for "times" after a number, per language ("31 times more often", "31 veces más")
_TIMES = {lang: regex.compile(rf"[ \u00a0-]?(?:{w})(?![\p{{L}}])", regex.IGNORECASE)
          for lang, w in {"en": "times", "es": "veces", "fr": "fois", "de": "mal",
                          "it": "volte", "pt": "vezes"}.items()}


def said_times(text: str, end: int, lang: str) -> bool:
    """Whether "times" follows a number right away ("31 times", "31-mal", "31 volte")."""
    pattern = _TIMES.get(lang)
    return pattern is not None and pattern.match(text, end, min(len(text), end + 8)) is not None


# the word for "before" right after a length of time ("10 years before the transplant",
# "10 Jahre vor der Transplantation", "10 anni prima del trapianto")
_BEFORE_WORDS = {lang: regex.compile(rf"[ \u00a0]+(?:{w})(?![\p{{L}}])", regex.IGNORECASE)
                 for lang, w in {"en": "before|prior\\s+to", "es": "antes", "fr": "avant",
                                 "de": "vor", "it": "prima", "pt": "antes"}.items()}


def said_before(text: str, end: int, lang: str) -> bool:
    """Whether the word for before follows a length of time right away."""
    pattern = _BEFORE_WORDS.get(lang)
    return pattern is not None and pattern.match(text, end, min(len(text), end + 12)) is not None


# a word for "and" joining two items of a list (closed-class words of the six languages)
_AND = frozenset({"and", "und", "y", "e", "et", "ed"})
# a mark that ends a clause or a sentence between two figures
_CLAUSE_OR_END = regex.compile(r"[.;:,()!?\n\u2013\u2014]")


def shares_said_once(text: str, mentions: list[Any], stopwords: frozenset[str],
                     finite: frozenset[str]) -> list[Any]:
    """``mentions`` with a bare figure read as a share when the per-cent of a share after
    it in its clause is said once for both, each figure with its own time words: "bei 86
    und nach zehn Jahren bei 71 Prozent", "del 86 a los cinco años y del 71 %", "86 at
    five years and 71 per cent at ten" (where "86" took the unit of "five years").
    Between them only function words (``stopwords``, folded, no form of "be" or "have"
    of ``finite``), the lengths of time, and a word for "and": no noun a count could
    count ("86 hatten SPMS und ... 71 Prozent")."""
    from .text import tokens

    out: list[Any] | None = None
    for k, m in enumerate(mentions):
        if m.kind not in ("number", "duration") or m.negative or m.decimals or not (
                1 < m.value <= 100) or (m.kind == "duration" and not m.text.isdigit()):
            continue  # (a bare figure may have taken the unit of the time after it)
        j = k + 1
        while j < len(mentions) and mentions[j].kind == "duration":
            j += 1
        if j == k + 1 or j == len(mentions) or mentions[j].kind != "percent":
            continue
        pieces, at = [], m.end
        for d in mentions[k + 1:j]:
            pieces.append(text[at:d.start])
            at = d.end
        pieces.append(text[at:mentions[j].start])
        gap = " ".join(pieces)
        if len(gap) > 60 or _CLAUSE_OR_END.search(gap):
            continue
        words = [t.norm for t in tokens(gap)]
        if not any(w in _AND for w in words) or any(
                (w not in stopwords and w not in _AND) or w in finite for w in words):
            continue
        if out is None:
            out = list(mentions)
        out[k] = dataclasses.replace(m, kind="percent")
    return mentions if out is None else out
