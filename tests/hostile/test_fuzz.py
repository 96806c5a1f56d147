"""Property-based fuzzing, with a bounded budget in the normal run: the YAML reader, the
number reading and the checks, repair and extract never crash, hang or give output that is
not what they promise, on any input."""

from __future__ import annotations

import json
import unicodedata

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from plainsum.errors import FactSheetError, PlainsumError
from plainsum.factsheet import FactSheet, problems
from plainsum.factsheet.load import parse_yaml
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text, generate

from ..conftest import SEED_FACTS
from ..test_factsheet import SCALAR_LINES, SEED, replacements

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def contexts():
    from plainsum.factsheet import load_factsheet
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    sheet = load_factsheet(SEED_FACTS, registry.known_terms())
    return registry, {code: CheckContext(sheet, registry.languages[code],
                                         registry.audiences["patients"],
                                         Lexicon(sheet, registry.languages[code]),
                                         require="all")
                      for code in ("en", "es", "de") if code in registry.languages}


@FUZZ
@given(where_=st.sampled_from(SCALAR_LINES), new=replacements)
def test_a_sheet_lint_accepts_generates(contexts, where_, new) -> None:
    """``lint`` and ``generate`` agree: an edited sheet is either refused with located
    problems, or every output is made and checked, and its JSON is strict JSON."""
    registry, _ = contexts
    text = SEED[:where_.start(2)] + new + SEED[where_.end(2):]
    if problems(text, "facts.yaml", registry.known_terms()):
        return
    sheet = FactSheet.from_dict(parse_yaml(text, "facts.yaml").data)
    try:
        outputs = generate(sheet, registry, ["en"], ["patients", "clinicians"])
    except PlainsumError as exc:  # the clear errors a sheet can still cause
        assert "\n" not in str(exc)
        return
    for output in outputs:
        json.dumps(output.to_json(), allow_nan=False)


YAMLISH = st.lists(st.sampled_from([*"ab01:-[]{}&*!|>'\"#?,. \n\t%@`", "\u202e", "\x1b", "é",
                                   "\ufeff", "<<: ", "- ", "key: ", "&a ", "*a", "!!int ",
                                   "  ", ".nan", "1e9"]), max_size=80).map("".join)


@FUZZ
@given(YAMLISH)
def test_any_document_is_read_or_refused_with_a_location(text: str) -> None:
    try:
        parse_yaml(text, "x.yaml")
    except FactSheetError as exc:
        assert exc.line >= 1 and exc.column >= 1 and "\n" not in str(exc)
    found = problems(text, "x.yaml")
    assert all(isinstance(p, FactSheetError) for p in found)


def _digits() -> list[str]:
    """Decimal digits of other scripts, some of them newer than this Python's tables."""
    import regex

    return [chr(c) for c in range(0x660, 0x1FBFA) if regex.match(r"\d", chr(c))
            and not chr(c).isascii()][::7]


WORDS = ["people", "71", "71%", "7.5", "0.71", "seventy-one", "out of", "100", "per cent",
         "did not", "improved", "worse", "after", "10", "years", "MS", "stem cell",
         "transplant", "210", "in", "of", "1,000", "1.000", "−3", "-", "–", "%", "(", ")", "95%",
         "CI", "p=0.04", "twice", "half", "½", "²", "2021", "January", ".", ",", ";", "\n",
         "\u202e", "\x1b[2J", "ٷ", *_digits()]
TEXTS = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=60).map(" ".join)


@FUZZ
@given(text=TEXTS, lang=st.sampled_from(["en", "es", "de"]))
def test_check_reads_any_text(contexts, text: str, lang: str) -> None:
    registry, by_lang = contexts
    context = by_lang[lang]
    checks = check_text(text, context, registry)
    assert not [f for f in checks.findings if f.rule == "validator-failed"], checks.findings
    for finding in checks.findings:
        if finding.span is not None:
            assert 0 <= finding.span[0] <= finding.span[1] <= len(text)
    json.dumps(checks.to_json(), allow_nan=False)


@FUZZ
@given(TEXTS)
@example("people did not STUDY")  # a study of its own with no figure: drafted with a note
def test_extract_drafts_or_refuses_any_text(text: str) -> None:
    from plainsum_extract import extract_draft

    try:
        draft = extract_draft(text, source="release.txt")
    except PlainsumError as exc:
        assert "\n" not in str(exc)
        return
    data = yaml.safe_load(draft.yaml(""))
    # a draft holds figures, or says for the reviewer that it found none (a study whose
    # results are given only in words is drafted with that note, not refused)
    assert isinstance(data, dict)
    assert data["facts"] or "no figure found" in data.get("review", ""), data.get("review")
    for fact in data["facts"]:
        start, end = fact.get("source_span", (0, 0))
        assert 0 <= start <= end <= len(draft.repaired.text)


def test_the_exotic_digits_are_digits_to_regex() -> None:
    """The fuzz above must include what broke the number reader: digits the ``regex``
    module knows that this Python's ``float`` does not."""
    unknown = [d for d in _digits() if unicodedata.category(d) != "Nd"]
    assert unknown, "every fuzzed digit is known to this Python"


@FUZZ
@given(text=st.text(alphabet="ab\n\r", max_size=60), data=st.data())
def test_line_and_column_of_any_offset(text: str, data) -> None:
    from plainsum.report import LineIndex

    offset = data.draw(st.integers(0, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert LineIndex(text).line_col(offset) == (line, col)
