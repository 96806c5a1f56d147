"""A numeral too long for a float ("7" * 400) is still read and checked: the facts
validator used to fail on it (int() of infinity), leaving the whole text unchecked."""

from __future__ import annotations

from tests import corruption as C


def test_a_numeral_too_long_for_a_float_is_an_unsupported_number() -> None:
    text = "7" * 400 + " people with MS took part."
    found = C.alarms_in("hsct-ms-2021", "en", text)
    assert "validator-failed" not in {f.rule for f in found}
    assert any(f.rule == "unsupported-number" and f.span == (0, 400) for f in found)


def test_the_rest_of_the_text_is_still_checked() -> None:
    text = "7" * 400 + ". After 5 years, 81% of people with MS had not got worse."
    found = C.alarms_in("hsct-ms-2021", "en", text)
    changed = text.index("81")
    assert "validator-failed" not in {f.rule for f in found}
    assert any(f.rule == "unsupported-number" and f.span and f.span[0] == changed
               for f in found)
