"""Text findings print values as a reader sees them (a no-break space as a space, never a
Python repr's '\\xa0'), and a missing fact with no value (a no-difference, a comparison
without a figure) is said in words rather than by its id twice (request F->E). The JSON
shape and values are unchanged: the contract keeps the exact value."""

from __future__ import annotations

import json

from plainsum.outputs import Finding
from plainsum.report import check_json, finding_lines

from tests import corruption as C

RIVA = "rivaroxaban-pe-2018"
CHX = "chlorhexidine-csection-2016"


def _missing(sheet: str, lang: str, text: str) -> dict[str, Finding]:
    found = C.check(C.Faithful(sheet, lang, "test", text, "all"), text)
    return {f.fact: f for f in found if f.rule == "missing-fact"}


def test_a_value_prints_as_text_not_a_repr():
    finding = Finding("wrong-number", "error", "A figure changed.", "x", "6\xa0%",
                      "7\u202f%", (0, 3))
    [line] = finding_lines("t.txt", "7 % of them", [finding])
    assert "(found '7 %', expected '6 %')" in line
    assert "\\x" not in line and "\\u" not in line


def test_a_line_break_inside_the_span_is_one_space():
    finding = Finding("wrong-number", "error", "m", None, "4", "5\nper cent", (0, 10))
    [line] = finding_lines("t.txt", "5\nper cent", [finding])
    assert line.endswith("(found '5 per cent', expected '4')")


def test_a_missing_no_difference_is_said_in_words():
    missing = _missing(RIVA, "en", "The trial was small.")
    same = missing["bleeding-visits-same"]
    assert "no clear difference in" in same.message
    assert same.message.count("bleeding-visits-same") == 1
    [line] = finding_lines("t.txt", "The trial was small.", [same])
    assert "(expected" not in line  # its id is no value to expect
    # the JSON contract is unchanged: the fact's id stands as what is expected
    assert same.to_json()["expected"] == "bleeding-visits-same"


def test_a_missing_comparison_without_a_figure_names_both_sides():
    missing = _missing(CHX, "en", "The trial was small.")
    comparison = next(f for f in missing.values()
                      if C.sheet(CHX).facts[f.fact].kind == "comparison")
    assert " lower than " in comparison.message
    assert comparison.message.count(comparison.fact) == 1


def test_a_missing_value_keeps_its_expected_value():
    missing = _missing(CHX, "es", "El ensayo fue pequeño.")
    shares = [f for f in missing.values() if f.expected and "%" in f.expected]
    assert shares
    finding = shares[0]
    assert "\xa0" in finding.expected  # the value as the language writes it, in JSON
    [line] = finding_lines("t.txt", "x", [finding])
    assert f"(expected '{finding.expected.replace(chr(0xa0), ' ')}')" in line
    assert "\\xa0" not in line


def test_json_keeps_the_exact_value():
    from plainsum.outputs import Checks

    finding = Finding("wrong-number", "error", "m", "x", "6\xa0%", "7 %", (0, 3))
    checks = Checks(findings=[finding])
    data = json.loads("\n".join(check_json("t.txt", "es", None, checks)))
    assert data["findings"][0]["expected"] == "6\xa0%"
    assert data["findings"][0]["found"] == "7 %"
