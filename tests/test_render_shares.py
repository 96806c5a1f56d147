"""How a share is said: natural frequencies only where they are faithful, and one
precision per text that never adds more than one decimal the sheet did not write."""

from __future__ import annotations

import re

import pytest
import yaml
from plainsum.factsheet.model import FactSheet
from plainsum.pipeline import generate

from .conftest import TRIAL_FACTS, registry_with


def _trial(chlorhexidine: float) -> FactSheet:
    data = yaml.safe_load(TRIAL_FACTS.read_text(encoding="utf-8"))
    for fact in data["facts"]:
        if fact["id"] == "chlorhexidine-ssi":
            fact.update(value=chlorhexidine)
            fact.pop("count", None), fact.pop("of", None)
    return FactSheet.from_dict(data)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("value", "never"), [(0.04, r"\b0 (?:out of|de cada) 100\b"),
                                              (0.4, r"\b0 (?:out of|de cada) 100\b")])
def test_a_share_above_none_is_never_zero_out_of_100(lang: str, value: float,
                                                      never: str) -> None:
    registry = registry_with([lang])
    [out] = generate(_trial(value), registry, [lang], ["patients"], ["summary"], check=False)
    assert not re.search(never, out.text), out.text
    shown = registry.language(lang).format_percent(value)
    assert shown in out.text, (shown, out.text)


def test_precision_is_padded_to_one_decimal_at_most() -> None:
    """"4.0%" beside "7.3%" (issue 13), but a sheet's 3.333 % does not make it "7.300%"."""
    registry = registry_with(["en"])
    for value, said, not_said in ((4.0, "4.0%", "7.30%"), (3.333, "3.333%", "7.30")):
        outs = generate(_trial(value), registry, ["en"], ["public"], ["summary"], check=False)
        text = outs[0].text
        assert said in text and "7.3%" in text and not_said not in text, text
