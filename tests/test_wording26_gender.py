"""A group's article agrees with its head noun where the pack lists no such noun:
Portuguese and Spanish plural nouns in -as are feminine ("até 12% das cesarianas", not
"dos cesarianas"), except the common-gender and Greek ones ("os dentistas", "os
pediatras", "los sistemas"). Read from the outputs of the effects test sheet and a copy
whose background group is named by such a noun."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate
from plainsum.render import noun_keys

from .conftest import ROOT, known_terms, registry_with

EFFECTS = ROOT / "tests" / "data" / "sheets" / "chx-effects-test.yaml"


def _public(path: Path, code: str) -> str:
    registry = registry_with([code])
    outs = generate(load_factsheet(path, known_terms()), registry, [code], ["public"],
                    ["summary"], check=False)
    return outs[0].text


def _renamed(tmp_path: Path, code: str, label: str) -> Path:
    data = yaml.safe_load(EFFECTS.read_text(encoding="utf-8"))
    for group in data["groups"]:
        if group["id"] == "us-caesareans":
            group["label"][code] = label
    out = tmp_path / "facts.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return out


def test_the_head_words_ending_is_a_selector_longest_first():
    keys = noun_keys("cesarianas nos Estados Unidos")
    assert keys.index("head_end:ianas") < keys.index("head_end:as")
    assert keys[0] == "cesarianas"


def test_a_portuguese_plural_in_as_is_feminine():
    assert "12% das cesarianas nos Estados Unidos" in _public(EFFECTS, "pt")


@pytest.mark.parametrize(("code", "label", "said"), [
    ("pt", "dentistas nos Estados Unidos", "12% dos dentistas"),
    ("pt", "enfermeiras nos Estados Unidos", "12% das enfermeiras"),
    ("es", "pediatras en Estados Unidos", "12\u00a0% de los pediatras"),
    ("es", "enfermeras en Estados Unidos", "12\u00a0% de las enfermeras"),
])
def test_common_gender_nouns_keep_the_masculine_plural(tmp_path, code, label, said):
    """The paired cases: a noun in -istas/-iatras takes "os"/"los"; another -as noun
    takes the feminine."""
    assert said in _public(_renamed(tmp_path, code, label), code)


def test_english_says_a_general_population_without_the():
    """A group only background figures are about is a general population: "up to 12% of
    caesarean births in the United States", not "of the caesarean births"; the study's own
    groups keep their article ("the chlorhexidine-alcohol group")."""
    registry = registry_with(["en"])
    outs = generate(load_factsheet(EFFECTS, known_terms()), registry, ["en"],
                    ["public", "clinicians"], ["summary"], check=False)
    public, clinicians = (o.text for o in outs)
    assert "Up to 12% of caesarean births in the United States" in public
    assert "of the caesarean births" not in public + clinicians
    assert "the chlorhexidine-alcohol group" in clinicians
