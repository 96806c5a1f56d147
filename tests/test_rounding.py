"""Halves round up, in the generators and the checker alike: 42.5 % said to patients is
"43 out of 100", which the checker accepts, never "42 out of 100"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from plainsum.plugins import collect, get_plugin_manager
from plainsum.rounding import round_half_up, whole


@given(st.integers(min_value=0, max_value=10_000))
def test_a_half_rounds_up_and_a_negative_one_mirrors_it(n: int) -> None:
    assert whole(n + 0.5) == n + 1
    assert whole(n + 0.49) == n
    assert round_half_up(n * 10 + 5, 10) == n * 10 + 10
    assert whole(-(n + 0.5)) == -(n + 1)  # −0.17 and 0.17 round alike, signs apart


@given(st.decimals(min_value=0, max_value=1000, places=1))
def test_rounding_to_a_step_lands_on_a_multiple_within_half_a_step(d: object) -> None:
    value = float(d)  # type: ignore[arg-type]
    for step in (1, 10, 0.5):
        rounded = round_half_up(value, step)
        assert abs(rounded - value) <= step / 2 + 1e-9
        assert abs(rounded / step - round(rounded / step)) < 1e-9


def test_every_pack_says_a_half_percent_rounded_up() -> None:
    registry = collect(get_plugin_manager())
    for code, pack in registry.languages.items():
        said = pack.natural_frequency(42.5)
        assert "43" in said and "42" not in said, (code, said)
