"""Fact sheets: load, validate against the shipped JSON Schema, and check every reference."""

from __future__ import annotations

import functools
import math
import re
import reprlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import FactSheetError
from ..files import CONTROLS, read_text
from ..invisible import INVISIBLE, mixed_words
from .load import MAX_CHARS, Located, dotted, parse_yaml, schema
from .model import Fact, FactSheet, Label, TermForms

__all__ = ["Fact", "FactSheet", "FactSheetError", "Label", "Linted", "TermForms", "lint",
           "lint_sheet", "load_factsheet", "problems", "schema"]

# (section, field) pairs whose value must name an id of another section.
_SECTIONS = ("groups", "times", "outcomes", "measures", "facts", "people",
             "organisations", "quotes", "limitations", "terms")


def load_factsheet(path: str | Path, known_terms: Iterable[str] | None = None, *,
                   markup_ok: bool = False) -> FactSheet:
    """Read, validate and build a fact sheet; the first problem raises :class:`FactSheetError`.

    Markup in the wording (a translator's ``<script>``) is such a problem, as ``lint`` says:
    every output would print it and pass. Every command refuses such a sheet; ``markup_ok``
    loads it anyway, for tests of a page that must show it escaped."""
    text, name = read_text(path, MAX_CHARS)
    found, located = _problems(text, name, known_terms)
    if not found and not markup_ok and located is not None:
        found = markup_problems(located, name)
    if found:
        first = found[0]
        if len(found) > 1:
            first.args = (f"{first.args[0]} (and {len(found) - 1} more: "
                          f"run 'plainsum lint {name}')",)
        raise first
    assert located is not None  # no problem: the text was read
    sheet = FactSheet.from_dict(located.data, path=name)
    sheet.positions = located.positions
    return sheet


def lint(path: str | Path, known_terms: Iterable[str] | None = None) -> list[FactSheetError]:
    text, name = read_text(path, MAX_CHARS)
    return problems(text, name, known_terms)


@dataclass
class Linted:
    """What ``plainsum lint`` found: ``problems`` make the sheet unusable; ``unsettled``
    (the draft field, TODO notes, placeholders) make it a draft. ``located`` is the parsed
    sheet when it could be read."""

    name: str
    text: str
    problems: list[FactSheetError]
    unsettled: list[FactSheetError]
    located: Located | None


def lint_sheet(path: str | Path, known_terms: Iterable[str] | None = None) -> Linted:
    """Every problem and every item to settle in a fact sheet, each located."""
    from .unsettled import located as locate
    from .unsettled import unsettled

    text, name = read_text(path, MAX_CHARS)
    found, where = _problems(text, name, known_terms)
    if where is not None and _factless_draft(where.data, found):
        # a draft of a release where extract found no figure: the empty list is the item
        # to settle (lint lists it and exits 1), and the rest of the sheet is still checked
        found = _reference_problems(where, name, known_terms)
        found.sort(key=lambda e: (e.line, e.column))
    items = locate(unsettled(where.data), where, text, name) if where is not None else []
    return Linted(name, text, found, items, where)


def _factless_draft(data: Any, found: list[FactSheetError]) -> bool:
    """Whether the only problem of a sheet is a draft's empty ``facts`` list."""
    from .unsettled import DRAFT_FIELD

    return (isinstance(data, dict) and DRAFT_FIELD in data and data.get("facts") == []
            and bool(found) and all(e.path == "facts" for e in found))


def problems(text: str, name: str,
             known_terms: Iterable[str] | None = None) -> list[FactSheetError]:
    """Every problem in a fact sheet's text, in file order."""
    return _problems(text, name, known_terms)[0]


def _problems(text: str, name: str, known_terms: Iterable[str] | None = None,
              ) -> tuple[list[FactSheetError], Located | None]:
    """The problems, and the parsed text when it could be read (to build the sheet from)."""
    try:
        located = parse_yaml(text, name)
    except FactSheetError as exc:
        return [exc], None
    if not isinstance(located.data, dict):
        return [FactSheetError(name, 1, 1, "", "a fact sheet is a mapping of fields")], located
    found = [*_duplicate_problems(located, name), *_key_problems(located, name),
             *_value_problems(located, name)]
    if not found:
        found = _schema_problems(located, name)
    if not found:
        found = _reference_problems(located, name, known_terms)
    found.sort(key=lambda e: (e.line, e.column))
    return found, located


def _duplicate_problems(located: Located, name: str) -> list[FactSheetError]:
    return [FactSheetError(name, where.line, where.column, dotted(path),
                           f"the key {path[-1]!r} is given twice (first on line {first.line}); "
                           "YAML would silently keep the last")
            for path, where, first in located.duplicates]


# what YAML makes of a key that is not text, in the words of a message
_KEY_KINDS = {"int": "a number", "float": "a number", "null": "no value (null)",
              "bool": "true or false"}


def _key_problems(located: Located, name: str) -> list[FactSheetError]:
    """Keys YAML reads as something other than text (``1:``, ``~:``, a bare ``no:``): every
    field name and language code of a sheet is text, and the schema only checks the
    names of keys that are text, so ``{1: x}`` in a language map would pass unread."""
    out = []
    for path, where, tag in located.odd_keys:
        what = _KEY_KINDS.get(tag, f"a {tag}")
        hint = ("; YAML reads a bare no/yes/on/off as true or false: put the key in quotes "
                "('no')" if tag == "bool" else ": a field name or language code is text")
        out.append(FactSheetError(name, where.line, where.column, dotted(path),
                                  f"the key {path[-1]!r} is {what}, not text{hint}"))
    return out


def _value_problems(located: Located, name: str) -> list[FactSheetError]:
    """What the schema cannot see (JSON has no NaN; a pattern on every string would hide
    the field's own): numbers that are not finite or too long to print, and text that
    is blank, breaks a line outside a review note, or holds a control character or a
    lone surrogate (it would act on a terminal, reorder what a reader sees, or fail to
    print)."""
    out = []
    for path, value in _leaves(located.data, ()):
        if isinstance(value, float) and not math.isfinite(value):
            message = f"{value!r} is not a number a fact can have"
        elif isinstance(value, int) and value.bit_length() > 60:
            message = "a number this large is not a number a fact can have"
        elif (start := _span_start(located.data, path, value)) is not None:
            message = f"the span ends ({value}) before it starts ({start})"
        elif not isinstance(value, str):
            continue
        elif bad := CONTROLS.search(value):
            message = (f"character U+{ord(bad.group()):04X} is not allowed in the text (a "
                       "control character, a direction override, a lone surrogate or a "
                       "noncharacter)")
        elif "review" not in path and (hidden := _hidden_in_word(value)) is not None:
            message = (f"an invisible character U+{ord(value[hidden]):04X} in "
                       f"{_word_at(value, hidden)!r}: every output would carry it and a "
                       "correct text would not match (retype the word)")
        elif "review" not in path and (mixed := mixed_words(value)):
            word = value[mixed[0][0]:mixed[0][1]]
            odd = next(c for c in word if "\u0370" <= c <= "\u052f")
            message = (f"{word!r} mixes Latin letters with a Greek or Cyrillic look-alike "
                       f"(U+{ord(odd):04X}): every output would carry it and a correct text "
                       "would not match (retype the word)")
        elif not value.strip() and "review" not in path:
            message = "the text is blank"
        elif _BREAK.search(value) and "review" not in path:
            message = "a line break in a one-line text (only review notes have several lines)"
        elif "\t" in value and "review" not in path:
            message = ("a tab in the text: every output would print it where a space "
                       "belongs (write a space)")
        else:
            continue
        pos = located.position(path)
        out.append(FactSheetError(name, pos.line, pos.column, dotted(path), message))
    return out


def markup_problems(located: Located, name: str) -> list[FactSheetError]:
    """Markup in the sheet's wording (a translator's ``<script>`` or ``<b>``): outputs print
    the wording as it is written, so it would be published. Said by ``lint`` and refused by
    ``translate import``; the review page still shows such a sheet, escaped, so that the
    reviewer can see and fix it."""
    out = []
    for path, value in _leaves(located.data, ()):
        if not isinstance(value, str) or "review" in path:
            continue
        tag = _TAG.search(value) or _LINK.search(value) or _SCRIPT_URL.search(value)
        if tag is not None:
            pos = located.position(path)
            what = "a markdown link" if tag.re is _LINK else (
                "a script link" if tag.re is _SCRIPT_URL else "markup")
            out.append(FactSheetError(name, pos.line, pos.column, dotted(path),
                                      f"{what} {tag.group()[:40]!r} in the text: a sheet's "
                                      "wording is plain text, printed in every output as "
                                      "it is written"))
    return out


def _span_start(data: Any, path: tuple[Any, ...], end: Any) -> int | None:
    """A source span's start when ``end`` is its end and lies before it (a reversed span
    is wrong whatever the release; the schema only sees two whole numbers)."""
    if len(path) < 2 or path[-1] != 1 or not (path[-2] == "source_span"
                                             or (path[0] == "source_spans" and len(path) == 3)):
        return None
    span = data
    for key in path[:-1]:
        span = span[key]
    start = span[0] if isinstance(span, list) else None
    ints = all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end))
    return start if ints and end < start else None


_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
# an invisible character touching a word ("Ingl\u200bese"); a joiner between two emoji
# is how emoji are written, and is left alone
_HIDDEN = re.compile(f"[{INVISIBLE}]")
# an HTML or XML tag or comment ("<script>", "</b>", "<img src=x>", "<!--"): never wording
# ("aged <50" or "p<0.05" is no tag)
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][\w:-]*(?:\s[^<>]*)?/?\s*>|<!--|<!\[CDATA\[|<\?")
# a markdown link or image ("[click](https://…)", "![x](y)"): a text or a post prints it
# as it is, a markdown output makes it a link (a sheet's links go in ``links``)
_LINK = re.compile(r"!?\[[^\[\]\n]*\]\(\s*[^()\s]+[^()]*\)")
# a URL that runs a script where it is followed ("javascript:alert(1)")
_SCRIPT_URL = re.compile(r"\b(?:java|vb)script\s*:|\bdata\s*:\s*text/html", re.I)


def _hidden_in_word(text: str) -> int | None:
    for m in _HIDDEN.finditer(text):
        before, after = text[:m.start()].rstrip(INVISIBLE), text[m.end():].lstrip(INVISIBLE)
        if before[-1:].isalnum() or after[:1].isalnum():
            return m.start()
    return None


def _word_at(text: str, at: int) -> str:
    start, end = at, at + 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in INVISIBLE):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in INVISIBLE):
        end += 1
    return text[start:end]


def _leaves(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    else:
        yield path, value


@functools.cache
def _validator() -> Any:
    """The schema's validator, built once (it crawls the schema when made)."""
    import jsonschema

    return jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())


def _schema_problems(located: Located, name: str) -> list[FactSheetError]:
    out = []
    for error in _validator().iter_errors(located.data):
        # oneOf errors are noisy; report the branch that matches the fact's kind.
        error = _best(error)
        path = tuple(error.absolute_path)
        pos = located.position(_pointed(error, path, located))
        message = " ".join(_message(error).split())  # always one line
        out.append(FactSheetError(name, pos.line, pos.column, dotted(path), message))
    return out


def _pointed(error: Any, path: tuple[Any, ...], located: Located) -> tuple[Any, ...]:
    """Where to point for ``error``: the offending field itself when there is one."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extra = [(*path, k) for k in _extra(error) if (*path, k) in located.positions]
        if extra:
            return min(extra, key=lambda p: (located.positions[p].line,
                                             located.positions[p].column))
    if error.validator == "oneOf" and isinstance(error.instance, dict) and "kind" in error.instance:
        return (*path, "kind")
    return path


def _extra(error: Any) -> list[Any]:
    """The fields an ``additionalProperties`` error is about, in a stable order."""
    allowed = set(error.schema.get("properties", {}))
    patterns = list(error.schema.get("patternProperties", {}))
    return sorted((k for k in error.instance
                   if k not in allowed
                   and not (isinstance(k, str) and any(re.search(p, k) for p in patterns))),
                  key=str)


def _best(error: Any) -> Any:
    if error.validator == "oneOf" and error.context:
        kind = error.instance.get("kind") if isinstance(error.instance, dict) else None
        for sub in error.context:
            branch = sub.schema_path
            props = error.validator_value[branch[0]].get("properties", {}) if branch else {}
            if kind is not None and props.get("kind", {}).get("const") == kind:
                return _best(sub)
        if kind is not None:
            return error
        # A branch for another type of value ("a string" where a mapping was given) says
        # least; the branch for the value's own type points at what is wrong inside it.
        depth = len(error.absolute_path)
        fitting = [e for e in error.context
                   if not (e.validator == "type" and len(e.absolute_path) == depth)]
        return _best(min(fitting or error.context, key=lambda e: len(e.absolute_path)))
    return error


_SHORT = reprlib.Repr()  # keyword arguments only from Python 3.12
_SHORT.maxlevel, _SHORT.maxdict, _SHORT.maxlist = 2, 3, 3
_SHORT.maxstring, _SHORT.maxother, _SHORT.maxlong = 60, 60, 40


def _message(error: Any) -> str:
    """jsonschema's message, with the offending value shortened: a value can be huge."""
    if error.validator == "additionalProperties":
        extra = _extra(error)
        message = f"unknown field {', '.join(map(_SHORT.repr, extra))}"
        if any(error.instance.get(k) is None for k in extra):
            # {plain: people who, after 60, fell} is three fields to YAML: "after 60" and
            # "fell" are keys without values
            message += ("; a field without a value is often text cut at a comma inside "
                        "{ }: put the whole text in quotes")
        return message
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    path = tuple(error.absolute_path)
    if (error.validator == "exclusiveMinimum" and len(path) == 3 and path[0] == "times"
            and path[2] == "value"):
        # "after -3 years": a time point is how long after its event, never before it
        return (f"{error.instance:g} is not a time point: a time point is how long after its "
                "event (above 0, as in 'after 3 years')")
    if error.validator == "oneOf" and isinstance(error.instance, dict) and "kind" in error.instance:
        return f"unknown fact kind {_SHORT.repr(error.instance['kind'])}"
    if (error.validator == "type" and isinstance(error.instance, bool)
            and "string" in _as_list(error.validator_value)):
        # YAML reads a bare no, yes, on, off (Norwegian's code "no", too) as true or false
        return (f"{str(error.instance).lower()} is not text: YAML reads a bare no/yes/on/off "
                "as true or false; put the value in quotes ('no')")
    if error.validator == "type" and isinstance(error.instance, bool):
        # "value: yes" is YAML's true, which jsonschema calls True
        wanted = " or ".join(_KINDS.get(k, k) for k in _as_list(error.validator_value))
        return (f"{str(error.instance).lower()} is a truth value (YAML reads a bare "
                f"yes/no/on/off/true/false as one); give {wanted}")
    if error.validator == "type" and error.instance is None:
        # "value:" with nothing after it: YAML's null, which jsonschema calls None
        wanted = " or ".join(_KINDS.get(k, k) for k in _as_list(error.validator_value))
        return f"no value (empty or null); give {wanted}"
    if error.validator == "minItems" and error.instance == []:
        n = error.validator_value
        return f"empty: give at least {'one item' if n == 1 else f'{n} items'}"
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return (f"{len(error.instance):,} characters, more than the {error.validator_value:,} "
                "allowed here")
    if error.validator == "maxItems":
        return (f"{len(error.instance):,} items, more than the {error.validator_value:,} "
                "a fact sheet may list here")
    message, whole = error.message, repr(error.instance)
    if message.startswith(whole):
        message = _SHORT.repr(error.instance) + message[len(whole):]
    return message if len(message) <= 200 else f"{message[:199]}…"


_KINDS = {"string": "text", "number": "a number", "integer": "a whole number",
          "boolean": "true or false", "array": "a list", "object": "a mapping of fields"}


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _moment(text: str) -> Any:
    """An ISO 8601 date and time, or None when ``text`` is not one (a date alone, "next
    tuesday", the 30th of February)."""
    import datetime

    if "T" not in text.upper() and " " not in text.strip():
        return None
    try:
        return datetime.datetime.fromisoformat(text.strip())
    except ValueError:
        return None


def _places(value: float) -> int:
    """The decimals a sheet's figure is written with, as YAML read it: 4 none, 4.0 one
    (a float), 7.25 two."""
    if isinstance(value, int):
        return 0
    text = repr(float(value))
    if "e" in text:
        return 0
    return max(1, len(text.split(".")[1].rstrip("0")))


def _direction_problem(f: dict[str, Any], values: dict[str, Any]) -> str | None:
    """A comparison whose direction its own figures contradict: "lower" between 40 % and
    7.3 % (a typo of 4.0 that would have every output state the finding the wrong way)."""
    compared, direction = f.get("facts") or [], f.get("direction")
    if len(compared) != 2 or direction not in ("lower", "higher"):
        return None
    first, second = (values.get(c) for c in compared)
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool)
               for v in (first, second)):
        return None
    if (first < second) == (direction == "lower") and first != second:
        return None
    return (f"{compared[0]!r} ({first:g}) is not {direction} than {compared[1]!r} "
            f"({second:g}), as this comparison says: is a figure or the direction wrong?")


def _figure_problems(f: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Figures that contradict themselves: an interval that leaves out its own value, a
    range that ends before it starts, a "fold" change that is not more than one."""
    kind, value = f.get("kind"), f.get("value")
    ci = f.get("ci")
    if ci is not None:
        low, high = (ci[0], ci[1]) if isinstance(ci, list) else (ci["low"], ci["high"])
        if low > high:
            yield ("ci",), f"the interval's low end ({low}) is above its high end ({high})"
        elif value is not None and not low <= value <= high:
            yield ("ci",), f"the interval {low} to {high} does not hold the value {value}"
        elif kind == "ratio" and low <= 0:
            yield ("ci",), "a ratio's interval is above 0"
    per = f.get("per")
    if kind == "rate" and isinstance(per, (int, float)) and not _power_of_ten(per):
        yield ("per",), (f"a rate is per 1, 10, 100, 1,000, 100,000 … people or "
                         f"person-years; {per:g} is not a power of ten (a typo?)")
    if kind == "count" and isinstance(value, float) and not value.is_integer():
        yield ("value",), f"a count is a whole number ({value} people cannot be counted)"
    if kind == "range" and f["low"] > f["high"]:
        yield ("high",), f"the range ends ({f['high']}) below where it starts ({f['low']})"
    yield from _precision_problems(f)
    if kind == "relative-change" and f.get("unit") == "fold" and value is not None:
        if value <= 1:
            yield ("value",), ("a fold change is more than 1 (four times the risk); say "
                               "\"half the risk\" as 50 percent lower")
        elif value > MAX_FOLD:
            yield ("value",), (f"{_big(value)} times is more than the {MAX_FOLD:,} times a "
                               "release reports (a typo, or a value in percent?)")
        elif f.get("direction") == "lower":
            yield ("direction",), ("a fold change is higher (four times the risk); say a "
                                   "lower one in percent")
    if kind == "ratio" and isinstance(value, (int, float)) and value > MAX_FOLD:
        yield ("value",), (f"a ratio of {_big(value)} is more than the {MAX_FOLD:,} a release "
                           "reports (a typo?)")
    if kind == "relative-change" and value == 0:
        yield ("value",), ("a change of 0 is no change: write the finding as a "
                           "no-difference fact")
    if (kind == "difference" and f.get("unit", "percentage-points") == "percentage-points"
            and isinstance(value, (int, float)) and abs(value) > 100):
        yield ("value",), (f"two percentages differ by at most 100 percentage points, not "
                           f"{abs(value):g}: is the unit another one?")
    if f.get("p") == 0 and f.get("p_relation", "=") != "<":
        yield ("p",), ("a p-value is never 0: write 'p < 0.001' as p: 0.001 with "
                       "p_relation: '<'")
    if kind == "period":
        for name in ("start", "end"):
            year = f.get(name)
            if isinstance(year, int) and not FIRST_YEAR <= year <= LAST_YEAR:
                yield (name,), (f"{year} is not a year a study ran in ({FIRST_YEAR} to "
                                f"{LAST_YEAR}); a period is the years it happened")
                break
    if (kind == "relative-change" and f.get("unit", "percent") == "percent"
            and f.get("direction") == "lower" and value is not None and value > 100):
        yield ("value",), (f"nothing can be {value} percent lower: 100 percent lower is "
                           "none at all")
    if kind == "comparison" and (f.get("value") is None) != (f.get("unit") is None):
        missing = "unit" if f.get("unit") is None else "value"
        yield (("value",) if missing == "unit" else ("unit",)), (
            f"a comparison's gap needs both value and unit (percent, relative-percent or "
            f"percentage-points: 5 points is not 5 percent); the {missing} is missing")
    if kind == "proportion" and f.get("count") is not None and f.get("of") is not None \
            and f["count"] > f["of"]:
        yield ("count",), f"{f['count']} of {f['of']} is more than all of them"
    elif (kind == "proportion" and isinstance(value, (int, float)) and f.get("of")
          and isinstance(f.get("count"), (int, float))):
        exact = 100 * f["count"] / f["of"]
        places = _places(value)
        if abs(value - exact) > 1.5 * 10 ** -places:  # the release's rounding, and one more
            yield ("value",), (f"{f['count']} of {f['of']} is {exact:.{places + 1}f} %, not "
                               f"{value:g} %: is the share, the count or the total wrong?")
    spread = f.get("spread") or {}
    for name in ("iqr", "range"):
        if name in spread and spread[name][0] > spread[name][1]:
            yield ("spread", name), f"the {name} ends below where it starts"
        elif (name in spread and value is not None
              and (name == "range" or f.get("statistic") == "median")
              and not spread[name][0] <= value <= spread[name][1]):
            what = "range" if name == "range" else "interquartile range"
            yield ("spread", name), (f"the {what} {spread[name][0]} to {spread[name][1]} "
                                     f"does not hold the {f.get('statistic', 'mean')} {value}")


MAX_FOLD = 10_000
"""The largest fold change a sheet may hold: releases say "3,000 times more accurate" of
a device, never 100,000 times of anything a study measured in people."""

FIRST_YEAR, LAST_YEAR = 1800, 2200
"""The years a period may name: studies, registries and censuses since 1800."""

MAX_FOLLOW_UP_YEARS = 120
"""The longest a time point may be after its event: no study follows a person longer than
a lifetime ("after 500 years" is a typo, or months written as years)."""

MAX_AGE_YEARS = 125
"""The oldest age a sheet may give: no one has lived longer."""

# years in one of each unit a time point or a mean may have
_YEARS_PER = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25,
              "hour": 1 / 8766, "minute": 1 / 525960}

# the noun for a person's age, in each built-in language: a measure so labelled is an age
# ("age-adjusted", "age-standardised" name a way to count, not an age)
_AGE_WORDS = re.compile(r"(?<![\w-])(?:ages?|âge|edad|alter|età|idade)(?![\w-])", re.IGNORECASE)
# words that make an age measure a change or gap, which may be below 0 ("brain age gap")
_CHANGE_WORDS = re.compile(
    r"(?<!\w)(?:change|difference|gap|acceleration|cambio|diferencia|changement|différence|"
    r"écart|veränderung|änderung|differenz|unterschied|variazione|differenza|mudança|"
    r"diferença|variação)(?!\w)", re.IGNORECASE)


def _in_years(value: Any, unit: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or unit not in _YEARS_PER:
        return None
    return value * _YEARS_PER[unit]


def _age_measures(measures: Any) -> set[str]:
    """The ids of the measures that are a person's age: a label, in any language and at
    any level, names an age ('mean age', 'edad', 'Alter bei Diagnose') and no change."""
    out = set()
    for m in measures if isinstance(measures, list) else []:
        label = m.get("label") if isinstance(m, dict) else None
        texts: list[Any] = []
        for forms in (label.values() if isinstance(label, dict) else ()):
            texts.extend(forms.values() if isinstance(forms, dict) else [forms])
        texts = [t for t in texts if isinstance(t, str)]
        if any(_AGE_WORDS.search(t) for t in texts) and not any(
                _CHANGE_WORDS.search(t) for t in texts):
            out.add(m["id"])
    return out


def _age_problems(f: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """An age below 0, or older than anyone has lived, in a mean, median or range of ages
    (in a unit of time: a measure labelled 'age' in percent or kg is some other thing)."""
    if f.get("unit", "year") not in _YEARS_PER:
        return
    for name in ("value", "baseline", "low", "high"):
        value = f.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        years = _in_years(value, f.get("unit", "year"))
        if value < 0:
            yield (name,), f"an age is never below 0 ({value:g}): is the sign a typo?"
        elif years is not None and years > MAX_AGE_YEARS:
            yield (name,), (f"an age of {value:g} {f.get('unit', 'year')}s is older than "
                            f"anyone has lived ({MAX_AGE_YEARS} years): a typo, or the "
                            "wrong unit?")


MAX_HASHTAGS = 100
"""Characters the required hashtags may take together (spaces between them counted): a
post must carry each beside its headline, result and caveat, and an X post holds 280."""

MAX_DIGITS = 6
"""Significant digits of a figure with decimals: releases print 33.3 or 7.25, never
33.333333333333336 (a share computed by a program and pasted in)."""

MAX_PERCENT_DECIMALS = 3
"""Decimals of a percentage: 0.005 % is the finest a release prints."""

# the percentage figures of each kind: (kind, unit field's value or None for any)
_PERCENT = {("proportion", None), ("relative-change", "percent"),
            ("comparison", "percent"), ("comparison", "percentage-points"),
            ("comparison", "relative-percent"), ("difference", "percentage-points")}


def _precision_problems(f: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Figures written with more precision than any release prints them: every output
    would print every digit ("33.3333333333 % of the patients") and a text that says the
    figure as the release does would not match it."""
    kind = f.get("kind")
    unit = f.get("unit", "percent" if kind == "relative-change" else
                  "percentage-points" if kind == "difference" else None)
    percent = (kind, None) in _PERCENT or (kind, unit) in _PERCENT
    for path, number in _figures(f):
        if not isinstance(number, float) or not math.isfinite(number):
            continue
        digits, places = _precision(number)
        if digits > MAX_DIGITS:
            yield path, (f"{number!r} has {digits} significant digits; write the figure as "
                         f"the release prints it (at most {MAX_DIGITS}: "
                         f"{round(number, 1):g}, not {number!r})")
        elif percent and path == ("value",) and places > MAX_PERCENT_DECIMALS:
            yield path, (f"{number:.{places}f} % has {places} decimals; a percentage is written as "
                         f"the release prints it, with at most {MAX_PERCENT_DECIMALS}")


def _figures(f: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """A fact's figures with their paths (not its p-value, which may be tiny, nor its
    interval's bounds, which lint checks against the value)."""
    for name in ("value", "low", "high", "baseline"):
        if name in f:
            yield (name,), f[name]
    for name, spread in (f.get("spread") or {}).items():
        if isinstance(spread, list):
            yield from ((("spread", name, j), x) for j, x in enumerate(spread))
        else:
            yield ("spread", name), spread


def _precision(number: float) -> tuple[int, int]:
    """The significant digits and the decimals of a number as YAML read it."""
    from decimal import Decimal

    exact = Decimal(repr(number)).normalize()
    _, digits, exponent = exact.as_tuple()
    assert isinstance(exponent, int)  # a finite number
    return len(digits), max(0, -exponent)


def _big(value: float) -> str:
    """A large figure as a reader writes it: 100,000, never 1e+05."""
    return f"{value:,.0f}" if value >= 1000 else f"{value:g}"


def _power_of_ten(n: float) -> bool:
    """1, 10, 100 … 10^12: the denominators rates are stated per (never 0.1: "2.1 in
    every 0.1 people" is no rate)."""
    return n >= 1 and float(n) == 10.0 ** round(math.log10(n))


# what a fact says, as opposed to what it says it about: two facts about the same thing
# (kind, group, outcome, time, measure …) that say different things contradict each other
_WHAT_IT_SAYS = frozenset({"id", "key", "review", "value", "start", "end", "hedge", "ci", "p",
                           "p_relation", "spread", "count", "round_to", "direction",
                           "quantifier"})


def _contradiction(f: dict[str, Any], said_before: dict[tuple[Any, ...], dict[str, Any]],
                   ) -> Iterator[tuple[tuple[Any, ...], str]]:
    """A second fact about the same thing with another figure: a copied fact edited
    carelessly would make either figure "supported" in every text checked against the
    sheet, so the reviewer must settle which one the study reported."""
    if all(f.get(k) is None for k in ("value", "start", "end")):
        return
    about = tuple(sorted((k, repr(v)) for k, v in f.items() if k not in _WHAT_IT_SAYS))
    first = said_before.setdefault(about, f)
    if first is f:
        return
    for field in ("value", "start", "end", "direction"):
        if f.get(field) != first.get(field):
            yield (field,), (f"says {f.get(field)!r} where fact {first['id']!r} says "
                             f"{first.get(field)!r} about the same {_about_words(f)}; a sheet "
                             "holds one figure for one thing (is one of them a typo?)")
            return


def _about_words(f: dict[str, Any]) -> str:
    named = [k for k in ("group", "outcome", "time", "measure", "event") if f.get(k)]
    kind = f.get("kind", "proportion")
    return f"{kind} ({', '.join(named)})" if named else kind


def _reference_problems(located: Located, name: str,
                        known_terms: Iterable[str] | None) -> list[FactSheetError]:
    data = located.data
    out: list[FactSheetError] = []

    def problem(path: tuple[Any, ...], message: str) -> None:
        pos = located.position(path)
        out.append(FactSheetError(name, pos.line, pos.column, dotted(path), message))

    ids: dict[str, set[str]] = {}
    for section in _SECTIONS:
        seen: set[str] = set()
        for i, item in enumerate(data.get(section, [])):
            if item["id"] in seen:
                problem((section, i, "id"), f"duplicate id {item['id']!r} in {section}")
            seen.add(item["id"])
        ids[section] = seen
    terms = ids["terms"] | set(known_terms or ())

    def ref(path: tuple[Any, ...], value: Any, section: str, what: str) -> None:
        pool = terms if section == "terms" else ids[section]
        if value is not None and value not in pool:
            hint = f" (known: {', '.join(sorted(pool))})" if 0 < len(pool) <= 12 else ""
            problem(path, f"no {what} with id {value!r}{hint}")

    study = data.get("study", {})
    ref(("study", "condition"), study.get("condition"), "terms", "term")
    ref(("study", "intervention"), study.get("intervention"), "terms", "term")
    for i, t in enumerate(study.get("design", [])):
        ref(("study", "design", i), t, "terms", "term")
    ref(("study", "main_fact"), study.get("main_fact"), "facts", "fact")
    ref(("publication", "journal"), data.get("publication", {}).get("journal"),
        "organisations", "organisation")
    ref(("source", "publisher"), data.get("source", {}).get("publisher"),
        "organisations", "organisation")
    embargo = data.get("publication", {}).get("embargo")
    if isinstance(embargo, str) and _moment(embargo) is None:
        problem(("publication", "embargo"), f"{embargo!r} is not a date and time; write it "
                "as 2021-01-20T16:00:00-05:00 (the publisher's local time and its UTC offset)")
    for i, g in enumerate(data.get("groups", [])):
        ref(("groups", i, "term"), g.get("term"), "terms", "term")
        for j, part in enumerate(g.get("includes", []) or []):
            ref(("groups", i, "includes", j), part, "groups", "group")
            if part == g["id"]:
                problem(("groups", i, "includes", j), f"{part!r} cannot include itself")
    for i, t in enumerate(data.get("times", [])):
        ref(("times", i, "after"), t.get("after"), "terms", "term")
        if (years := _in_years(t.get("value"), t.get("unit"))) is not None \
                and years > MAX_FOLLOW_UP_YEARS:
            problem(("times", i, "value"), f"{t['value']:g} {t['unit']}s is longer than any "
                    f"study follows people ({MAX_FOLLOW_UP_YEARS} years at most): a typo, or "
                    "the wrong unit?")
    for i, o in enumerate(data.get("outcomes", [])):
        ref(("outcomes", i, "measure"), o.get("measure"), "terms", "term")
    kinds = {f["id"]: f.get("kind") for f in data.get("facts", [])}
    # the most people any count gives for a group (a cohort counted at the start and later)
    counted: dict[str, Any] = {}
    whole_ids: dict[str, str] = {}
    for f in data.get("facts", []):
        value = f.get("value")
        if f.get("kind") == "count" and isinstance(value, (int, float)) and f.get("group") \
                and not isinstance(value, bool) and value > counted.get(f["group"], -1):
            counted[f["group"]], whole_ids[f["group"]] = value, f["id"]
    main = study.get("main_fact")
    if kinds.get(main) in _NOT_RESULTS:
        problem(("study", "main_fact"), f"{main!r} is a {kinds[main]} fact, which states no "
                "result: the main fact is the study's main finding (a proportion, an effect, "
                "a mean, a comparison …)")
    values = {f["id"]: f.get("value") for f in data.get("facts", [])}
    ages = _age_measures(data.get("measures", []))
    said_before: dict[tuple[Any, ...], dict[str, Any]] = {}
    for i, f in enumerate(data.get("facts", [])):
        kind = f.get("kind")
        ref(("facts", i, "group"), f.get("group"), "groups", "group")
        if kind == "count":
            ref(("facts", i, "of"), f.get("of"), "groups", "group")
            if f.get("of") is not None and f.get("of") == f.get("group"):
                problem(("facts", i, "of"), f"{f['of']!r} cannot be part of itself: `of` names "
                        "the larger group these people are part of")
            elif (whole := counted.get(f.get("of"))) is not None and _more(f, whole):
                problem(("facts", i, "value"), f"{f['value']:,} people in {f['group']!r} are "
                        f"more than the {whole:,} in {f['of']!r} they are part of (fact "
                        f"{whole_ids[f['of']]!r}): is a count or `of` wrong?")
        ref(("facts", i, "outcome"), f.get("outcome"), "outcomes", "outcome")
        ref(("facts", i, "time"), f.get("time"), "times", "time point")
        if kind != "ratio":
            ref(("facts", i, "measure"), f.get("measure"), "measures", "measure")
        ref(("facts", i, "versus"), f.get("versus"), "groups", "group")
        if f.get("versus") is not None and f.get("versus") == f.get("group"):
            problem(("facts", i, "versus"), f"{f['versus']!r} is compared with itself")
        ref(("facts", i, "event"), f.get("event"), "terms", "term")
        for j, t in enumerate(f.get("times", [])):
            ref(("facts", i, "times", j), t, "times", "time point")
        compared = f.get("facts", [])
        for j, other in enumerate(compared):
            ref(("facts", i, "facts", j), other, "facts", "fact")
            if other == f["id"] or other in compared[:j]:
                problem(("facts", i, "facts", j), f"{other!r} is compared with itself")
            elif kinds.get(other, "proportion") not in ("proportion", "mean"):
                problem(("facts", i, "facts", j), f"a {kind} is between two proportions or "
                        f"two means; {other!r} is a {kinds[other]}")
            elif j and kinds.get(other) != kinds.get(compared[0], kinds.get(other)):
                problem(("facts", i, "facts", j), f"{compared[0]!r} and {other!r} are "
                        "different kinds of figure")
        total, whole = f.get("of"), counted.get(f.get("group"))
        if (kind == "proportion" and isinstance(total, int) and not isinstance(total, bool)
                and whole is not None and total > whole):
            problem(("facts", i, "of"), f"out of {total:,}, but fact {whole_ids[f['group']]!r} "
                    f"counts {whole:,} in {f['group']!r}: a share is of the people in its "
                    "group (is the total, the count or the group wrong?)")
        said = _direction_problem(f, values) if kind == "comparison" else None
        if said is not None:
            problem(("facts", i, "direction"), said)
        if kind == "period" and f["start"] > f["end"]:
            problem(("facts", i, "end"), f"the period ends ({f['end']}) before it starts")
        if kind == "proportion" and not 0 <= f["value"] <= 100:
            problem(("facts", i, "value"), "a proportion is a percentage from 0 to 100")
        for problem_path, message in _figure_problems(f):
            problem(("facts", i, *problem_path), message)
        if f.get("measure") in ages:
            for problem_path, message in _age_problems(f):
                problem(("facts", i, *problem_path), message)
        for problem_path, message in _contradiction(f, said_before):
            problem(("facts", i, *problem_path), message)
        if f.get("role") == "background" and f["id"] == study.get("main_fact"):
            problem(("study", "main_fact"), f"{f['id']!r} is a background figure, not a "
                    "result of the study: it cannot be the main fact")
    for i, p in enumerate(data.get("people", [])):
        for j, org in enumerate(p.get("affiliations", [])):
            ref(("people", i, "affiliations", j), org, "organisations", "organisation")
    for i, q in enumerate(data.get("quotes", [])):
        ref(("quotes", i, "speaker"), q.get("speaker"), "people", "person")
    for i, lim in enumerate(data.get("limitations", [])):
        for j, t in enumerate(lim.get("terms", [])):
            ref(("limitations", i, "terms", j), t, "terms", "term")
        # what a limitation means, or its one-sentence form, in a language it is not
        # written in: a reader would get the meaning of a limitation never stated
        for part in ("meaning", "short"):
            for lang in lim.get(part) or {}:
                if lang not in (lim.get("text") or {}):
                    problem(("limitations", i, part, lang), f"the limitation has no {lang} "
                            f"text for this {part} to go with")
    for i, org in enumerate(data.get("funding", [])):
        ref(("funding", i), org, "organisations", "organisation")
    for path, message in _hashtag_problems(data):
        problem(path, message)
    return out


# kinds that say when or how the study looked, not what it found
_NOT_RESULTS = frozenset({"timepoints", "period"})


def _more(part: dict[str, Any], whole: Any) -> bool:
    value = part.get("value")
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > whole


def _hashtag_problems(data: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """A hashtag given twice (whatever its case: a post carries each once): the required
    ones, and each language's own, which a post carries beside them."""
    required: dict[str, int] = {}
    tags = [t for t in data.get("hashtags") or [] if isinstance(t, str)]
    if len(" ".join(tags)) > MAX_HASHTAGS:
        yield ("hashtags",), (f"the required hashtags take {len(' '.join(tags)):,} "
                              f"characters, more than the {MAX_HASHTAGS} a post can give them "
                              "beside its headline, result and caveat (X: 280 in all); move "
                              "some to hashtags_local")
    for i, tag in enumerate(data.get("hashtags") or []):
        if isinstance(tag, str) and required.setdefault(tag.casefold(), i) != i:
            yield ("hashtags", i), (f"{tag!r} is given twice (hashtags[{required[tag.casefold()]}])"
                                    "; a post carries each hashtag once")
    for lang, tags in (data.get("hashtags_local") or {}).items():
        own: dict[str, int] = {}
        for i, tag in enumerate(tags or []):
            if not isinstance(tag, str):
                continue
            folded = tag.casefold()
            if folded in required:
                yield ("hashtags_local", lang, i), (
                    f"{tag!r} is one of the required hashtags already (hashtags"
                    f"[{required[folded]}]), which every post carries")
            elif own.setdefault(folded, i) != i:
                yield ("hashtags_local", lang, i), (
                    f"{tag!r} is given twice (hashtags_local.{lang}[{own[folded]}]); a post "
                    "carries each hashtag once")
