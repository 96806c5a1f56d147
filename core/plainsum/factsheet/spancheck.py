"""``plainsum lint --release``: is every value of the sheet that has a source span really
written there in the release?

Spans are ``[start, end)`` offsets into the release's text as ``plainsum extract``
repairs it. A value is *at its span* when the text there states it literally:

- a number (a fact's ``value``, ``start``/``end``, ``low``/``high``; a time point's
  ``value``) as digits ("1,214", "2.5", "−0.17": the sign is the wording's business) or
  as the language's number word ("two"), a scale word after digits counting ("million",
  "mil millones", "Millionen": the pack's scale words, English's without a pack);
- a name (a person, an organisation, the journal, a funder), a quote, the title, the
  dateline, a hashtag: the same words, ignoring case, runs of spaces and the form of
  quote marks and apostrophes;
- a condition or intervention, and a term with a span: one of its forms, the sheet's own
  or, for a term of the language's term bank, the bank's;
- a date: its day, and its year or the month's name.

A design (``study.design``) is read from the methods' words ("randomly assigned"), not
quoted, and is not compared either.

Labels (groups, outcomes, measures) and limitation texts are the reviewer's own plain
wording, not the release's: they are not compared.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from ..errors import FactSheetError

if TYPE_CHECKING:
    from .load import Located

_NUMBER_FIELDS = ("value", "start", "end", "low", "high")
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}  # without a language pack
# a share in English words is its percentage (extract drafts "more than half" as 50)
_FRACTIONS = {"half": 50, "third": 33.3, "thirds": 66.7, "quarter": 25, "quarters": 75,
              "fifth": 20}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                         "»": '"', "\u00a0": " ", "\u202f": " "})
_SPACE = re.compile(r"\s+")
_EDGE = " .,;:!?\"'"
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def mismatches(located: Located, text: str, name: str,
               pack: Any = None) -> list[FactSheetError]:
    """Every value of the sheet that is not at its span of ``text``, located at the field."""
    from .load import dotted

    data = located.data
    if not isinstance(data, dict):
        return []
    out = []
    for path, span, problem in _checked(data, text, pack):
        pos = located.position(path)
        if problem is None and _malformed(span):
            continue  # a sheet error of its own, said once (by the schema or the loader)
        if problem is None:
            message = (f"the span {_shown(span)} is not inside the release's text "
                       f"({len(text):,} characters after repair): was the sheet drafted "
                       "from another release?")
        else:
            message = (f"{problem} at {_shown(span)} of the release (the text there: "
                       f"{_clip(text[span[0]:span[1]])!r})")
            if getattr(problem, "hint", ""):
                message += f"; it is written at {problem.hint}: make that its span"
        out.append(FactSheetError(name, pos.line, pos.column, dotted(path), message))
    return out


def _checked(data: dict[str, Any], text: str, pack: Any,
             ) -> Iterator[tuple[tuple[Any, ...], Any, str | None]]:
    lang = data.get("lang") if isinstance(data.get("lang"), str) else "en"
    terms = _sheet_terms(data, lang)
    bank = getattr(pack, "terms", None) or {}
    for section, i, item in _items(data):
        span = item.get("source_span")
        if span is None:
            continue
        where = (section, i, "source_span")
        bounds = _bounds(span, text)
        if bounds is None:
            yield where, span, None
            continue
        said = text[bounds[0]:bounds[1]]
        if section in ("facts", "times"):
            for field in _NUMBER_FIELDS:
                value = item.get(field)
                if _is_number(value) and not _has_number(said, value, pack):
                    yield (section, i, field), span, f"{field} {value:g} is not written"
        elif section == "people":
            yield from _words((section, i, "name"), span, said, [item.get("name")], release=text)
        elif section == "organisations":
            yield from _words((section, i, "name"), span, said,
                              [*_local(item.get("name"), lang), item.get("short")], release=text)
        elif section == "quotes":
            yield from _words((section, i, "text"), span, said, _local(item.get("text"), lang),
                              release=text)
        elif section == "terms":
            forms = terms.get(item.get("id")) or _bank_forms(bank, item.get("id"))
            if forms:
                yield from _words((section, i, "id"), span, said, forms,
                                  _term(item.get("id"), forms), release=text)
    spans = data.get("source_spans")
    for key, span in (spans.items() if isinstance(spans, dict) else ()):
        where = ("source_spans", key)
        bounds = _bounds(span, text)
        if bounds is None:
            yield where, span, None
            continue
        said = text[bounds[0]:bounds[1]]
        value = _resolve(data, key)
        yield from _single(where, key, value, span, said, data, lang, terms, bank, pack, text)


def _single(where: tuple[Any, ...], key: str, value: Any, span: Any, said: str,
            data: dict[str, Any], lang: str, terms: dict[str, list[str]], bank: Any,
            pack: Any, release: str = "") -> Iterator[tuple[tuple[Any, ...], Any, str | None]]:
    """A single value named by its field path in ``source_spans``."""
    field = key.split(".")[-1].split("[")[0]
    if value is None:
        return
    if field in ("date", "embargo"):
        day = _date(value)
        if day is not None and not (_has_number(said, day.day, pack) and (
                _has_number(said, day.year, None) or _names_month(said, day.month, pack))):
            yield where, span, f"{key} {value} is not written (its day, and its year or month)"
    elif key.startswith("study.design"):
        return  # a design is read from the methods' words ("randomly assigned"), not quoted
    elif key.startswith(("study.condition", "study.intervention")):
        forms = terms.get(value) or _bank_forms(bank, value)
        if forms:
            yield from _words(where, span, said, forms, f"{key}: {_term(value, forms)}",
                              release=release)
    elif key == "publication.journal" or key.startswith("funding"):
        org = _by_id(data.get("organisations"), value)
        if org is not None:
            yield from _words(where, span, said,
                              [*_local(org.get("name"), lang), org.get("short")],
                              f"{key}: the name of {value!r}", release=release)
    elif key.startswith("hashtags") and isinstance(value, str):
        yield from _words(where, span, said, [value, value.lstrip("#")], f"{key} {value!r}",
                          release=release)
    elif key == "title":
        yield from _words(where, span, said, _local(value, lang), "the title", release=release)
    elif isinstance(value, str):
        yield from _words(where, span, said, [value], f"{key} {value!r}", release=release)
    elif _is_number(value) and not _has_number(said, value, pack):
        yield where, span, f"{key} {value:g} is not written"


class _Problem(str):
    """What is not written at a span, and where the release does write it ("[40, 52]"),
    if anywhere: a reviewer who corrected a name or a term then has the span to put,
    without counting characters."""

    hint: str = ""


def _words(where: tuple[Any, ...], span: Any, said: str, candidates: list[Any],
           what: str | None = None, *, release: str = "",
           ) -> Iterator[tuple[tuple[Any, ...], Any, str | None]]:
    forms = [c for c in candidates if isinstance(c, str) and c.strip()]
    if not forms:
        return
    haystack = _normal(said)
    # a quote ends "term." in the sheet and "term,” she said" in the release
    if any(_normal(form).strip(_EDGE) in haystack for form in forms):
        return
    problem = _Problem(f"{what or repr(_clip(forms[0]))} is not written")
    near = span[0] if isinstance(span, list) and span and isinstance(span[0], int) else 0
    found = _written_at(release, forms, near)
    if found is not None:
        problem.hint = f"[{found[0]}, {found[1]}]"
    yield where, span, problem


_QUOTE_CLASS = {"'": "['‘’]", '"': "[\"“”„«»]"}


def _written_at(release: str, forms: list[str], near: int) -> tuple[int, int] | None:
    """Where the release writes one of ``forms`` (words as whole words, any case, any
    spacing or quote marks), the place nearest ``near``; None if nowhere. A form of one
    or two characters, or a long quote, is not looked for (it would be anywhere, or it
    is a quote the reviewer edited)."""
    best: tuple[int, int] | None = None
    for form in forms:
        words = form.strip(_EDGE).split()
        if not words or len(form) < 3 or len(words) > 40:
            continue
        parts = ["".join(_QUOTE_CLASS.get(c, re.escape(c)) for c in word) for word in words]
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(release):
            if best is None or abs(m.start() - near) < abs(best[0] - near):
                best = (m.start(), m.end())
    return best


def _term(term_id: Any, forms: list[str]) -> str:
    shown = list(dict.fromkeys(forms))[:4]
    return f"term {term_id!r} (as {' or '.join(map(repr, shown))})"


def _items(data: dict[str, Any]) -> Iterator[tuple[str, int, dict[str, Any]]]:
    for section, items in data.items():
        if isinstance(items, list):
            for i, item in enumerate(items):
                if isinstance(item, dict):
                    yield section, i, item


def _malformed(span: Any) -> bool:
    """A span that is no span (not two whole numbers from 0, or ending before it starts):
    the sheet's error, not a sign that the release is another one."""
    return not (isinstance(span, list) and len(span) == 2
                and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0
                        for x in span)
                and span[0] <= span[1])


def _bounds(span: Any, text: str) -> tuple[int, int] | None:
    if (isinstance(span, list) and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            and 0 <= span[0] <= span[1] <= len(text)):
        return span[0], span[1]
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and math.isfinite(value)


def _has_number(said: str, value: float, pack: Any) -> bool:
    """Whether ``said`` writes ``value`` (as digits, or as the language's word for it)."""
    target = abs(value)
    scales = dict(getattr(pack, "scale_words", None) or _SCALES)
    for m in _DIGITS.finditer(said):
        factor = _scale_after(said, m.end(), tuple(scales.items()))
        for reading in _readings(m.group()):
            if _same(reading, target) or _same(reading * factor, target):
                return True
    for m in re.finditer(r"(?i)\b(?:(a|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|"
                         r"fifths?)\b", said):
        share = _FRACTIONS.get(m.group(2).lower(), 20)
        if m.group(2).lower() == "fifths" and m.group(1):
            share = 20 * {"two": 2, "three": 3, "four": 4}.get(m.group(1).lower(), 1)
        if _same(share, target):
            return True
    if pack is None:
        return False
    # a multiple in the language's word ("doppelt so häufig", "el doble", "il doppio")
    if any(_same(v, target) and regex.search(rf"(?<!\w)(?:{pattern})", said, regex.IGNORECASE)
           for pattern, v in (getattr(pack, "multiple_words", None) or {}).items()):
        return True
    if float(target).is_integer() and target <= 1_000_000:
        try:
            words = pack.number_word_forms(int(target))
        except Exception:  # a pack without number words: digits only
            return False
        low = said.lower()
        # the word alone, or with a fold's suffix glued on ("dreimal", "threefold")
        glued = "|".join(getattr(pack, "fold_suffixes", None) or ())
        after = rf"(?:{glued})?(?!\w)" if glued else r"(?!\w)"
        return any(regex.search(rf"(?<!\w){regex.escape(w.lower())}{after}", low) for w in words
                   if w)
    return False


def _scale_after(said: str, end: int, scales: tuple[tuple[str, float], ...]) -> float:
    """The factor of a scale word right after the digits ending at ``end`` (1 without)."""
    pattern, factors = _scale_pattern(scales)
    m = pattern.match(said, end)
    return next((f for key, f in factors if re.fullmatch(key, m.group(1), re.IGNORECASE)),
                1.0) if m else 1.0


@functools.cache
def _scale_pattern(scales: tuple[tuple[str, float], ...]
                   ) -> tuple[re.Pattern[str], tuple[tuple[str, float], ...]]:
    """One pattern for a language's scale words (its keys are patterns), longest first so
    "mil millones" is read before "mil"."""
    ordered = tuple(sorted(scales, key=lambda kv: -len(kv[0])))
    body = "|".join(f"(?:{key})" for key, _ in ordered)
    return re.compile(rf"\s*({body})(?!\w)", re.IGNORECASE), ordered


def _readings(token: str) -> list[float]:
    """What digits may mean: "1,214" is 1214 (or 1.214 where a comma is the decimal mark),
    "2.5" is 2.5 (or 25 where a dot groups thousands)."""
    out = []
    plain = re.sub(r"[\u00a0\u202f ]", "", token)
    for decimal, group in ((".", ","), (",", ".")):
        cleaned = plain.replace(group, "")
        if cleaned.count(decimal) <= 1:
            with contextlib.suppress(ValueError):
                out.append(float(cleaned.replace(decimal, ".")))
    return out


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _names_month(said: str, month: int, pack: Any) -> bool:
    """Whether ``said`` names the month, in full or short ("February", "Feb."), in the
    pack's language (English without one)."""
    from babel.dates import get_month_names

    locale = getattr(pack, "locale", None) or "en"
    try:
        names = [get_month_names(width, locale=locale)[month]
                 for width in ("wide", "abbreviated")]
    except Exception:  # an unknown locale: no month names to read
        return False
    low = said.casefold()
    return any(re.search(rf"(?<!\w){re.escape(n.casefold().rstrip('.'))}(?!\w)", low)
               for n in names)


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def _local(value: Any, lang: str) -> list[Any]:
    if isinstance(value, dict):
        return [value.get(lang)]
    return [value]


def _sheet_terms(data: dict[str, Any], lang: str) -> dict[str, list[str]]:
    """The forms each term of the sheet gives in its own language."""
    out: dict[str, list[str]] = {}
    items = data.get("terms")
    for term in items if isinstance(items, list) else []:
        if isinstance(term, dict) and isinstance(term.get(lang), dict):
            forms = term[lang]
            found = [forms.get("technical"), forms.get("plain"),
                     *(forms.get("forms") if isinstance(forms.get("forms"), list) else [])]
            found = [f for f in found if isinstance(f, str) and f.strip()]
            if found:
                out[term.get("id")] = found
    return out


def _bank_forms(bank: Any, term_id: Any) -> list[str]:
    forms = bank.get(term_id) if isinstance(term_id, str) and hasattr(bank, "get") else None
    accepted = getattr(forms, "accepted", None)
    return list(accepted) if accepted else []


def _by_id(items: Any, wanted: Any) -> dict[str, Any] | None:
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("id") == wanted:
            return item
    return None


def _resolve(data: dict[str, Any], key: str) -> Any:
    """The value a ``source_spans`` key ("study.design[0]", "funding[1]") names."""
    node: Any = data
    for m in _PATH_PART.finditer(key):
        name, index = m.groups()
        if name is not None:
            node = node.get(name) if isinstance(node, dict) else None
        else:
            i = int(index)
            node = node[i] if isinstance(node, list) and i < len(node) else None
        if node is None:
            return None
    return node


def _shown(span: Any) -> str:
    if isinstance(span, list) and len(span) == 2:
        return f"[{span[0]}, {span[1]}]"
    return "its span"


def _clip(text: str, width: int = 60) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= width else f"{text[:width - 1]}…"
