"""A direction said of an effect whose confidence interval holds "no difference" (issue 11
item 3, ``invented-difference``).

A risk ratio of 0.96 (95 % CI 0.71 to 1.30) says the study could not tell which group did
better: "less often", "con menos frecuencia", "seltener", "lower risk" claim a difference
it did not find, with or without a ``no-difference`` fact beside it. The same words for a
ratio of 0.62 (0.45 to 0.85) are the finding.

The sheet is the chlorhexidine example with a skin-reaction outcome and a ratio on it
(built here); the sentences are written here, one per language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text

from .conftest import module_registry

ROOT = Path(__file__).resolve().parents[1]
CHX = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"

SKIN = {"id": "skin", "polarity": "higher-is-worse", "label": {
    "en": {"plain": "had a skin reaction", "technical": "had a skin reaction"},
    "es": {"plain": "tuvieron una reacción en la piel",
           "technical": "tuvieron una reacción cutánea"},
    "fr": {"plain": "ont eu une réaction cutanée", "technical": "ont eu une réaction cutanée"},
    "de": {"plain": "hatten eine Hautreaktion", "technical": "hatten eine Hautreaktion"},
    "it": {"plain": "hanno avuto una reazione cutanea",
           "technical": "hanno avuto una reazione cutanea"},
    "pt": {"plain": "tiveram uma reação na pele", "technical": "tiveram uma reação cutânea"},
}}

LESS_OFTEN = {
    "en": "Women with chlorhexidine had a skin reaction less often than women with iodine.",
    "es": "Las mujeres con clorhexidina tuvieron una reacción en la piel con menos frecuencia "
          "que las mujeres con yodo.",
    "fr": "Les femmes du groupe chlorhexidine ont eu une réaction cutanée moins souvent que "
          "les femmes du groupe iode.",
    "de": "Frauen mit Chlorhexidin hatten seltener eine Hautreaktion als Frauen mit Jod.",
    "it": "Le donne del gruppo clorexidina hanno avuto una reazione cutanea meno spesso delle "
          "donne del gruppo iodio.",
    "pt": "As mulheres com clorexidina tiveram uma reação na pele com menos frequência do que "
          "as mulheres com iodo.",
}
DIRECTION = {"en": "less often", "es": "con menos frecuencia", "fr": "moins souvent",
             "de": "seltener", "it": "meno spesso", "pt": "com menos frequência"}


registry = module_registry  # one registry for this module's tests: tests/conftest.py


def _sheet(registry: Any, tmp: Path, value: float, ci: list[float], same: bool) -> Any:
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["outcomes"].append(SKIN)
    raw["facts"].append({"id": "skin-rr", "kind": "ratio", "ratio": "risk", "value": value,
                         "ci": ci, "group": "chlorhexidine-arm", "versus": "iodine-arm",
                         "outcome": "skin", "time": "30d"})
    if same:
        raw["facts"].append({"id": "skin-same", "kind": "no-difference",
                             "group": "chlorhexidine-arm", "versus": "iodine-arm",
                             "outcome": "skin", "time": "30d"})
    path = tmp / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


@pytest.fixture(scope="module")
def unsettled(registry: Any, tmp_path_factory: Any) -> Any:
    return _sheet(registry, tmp_path_factory.mktemp("unsettled"), 0.96, [0.71, 1.3], False)


@pytest.fixture(scope="module")
def unsettled_alike(registry: Any, tmp_path_factory: Any) -> Any:
    return _sheet(registry, tmp_path_factory.mktemp("alike"), 0.96, [0.71, 1.3], True)


@pytest.fixture(scope="module")
def settled(registry: Any, tmp_path_factory: Any) -> Any:
    return _sheet(registry, tmp_path_factory.mktemp("settled"), 0.62, [0.45, 0.85], False)


def _invented(registry: Any, sheet: Any, lang: str, text: str) -> list[Any]:
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return [f for f in check_text(text, context, registry, with_readability=False).findings
            if f.rule == "invented-difference"]


@pytest.mark.parametrize("lang", sorted(LESS_OFTEN))
def test_a_direction_for_a_ratio_whose_interval_holds_1(registry: Any, unsettled: Any,
                                                         lang: str) -> None:
    text = LESS_OFTEN[lang]
    found = _invented(registry, unsettled, lang, text)
    start = text.index(DIRECTION[lang])
    assert [f.span for f in found] == [(start, start + len(DIRECTION[lang]))], found
    assert found[0].severity == "error" and found[0].fact == "skin-rr"
    assert "0.71 to 1.3" in found[0].message


@pytest.mark.parametrize("lang", sorted(LESS_OFTEN))
def test_a_direction_beside_a_no_difference_and_its_ratio(registry: Any,
                                                          unsettled_alike: Any,
                                                          lang: str) -> None:
    # the sheet's no-difference fact was dropped as soon as the ratio stood beside it
    found = _invented(registry, unsettled_alike, lang, LESS_OFTEN[lang])
    assert [f.fact for f in found] == ["skin-same"], found


@pytest.mark.parametrize("lang", sorted(LESS_OFTEN))
def test_the_same_words_for_a_ratio_whose_interval_excludes_1(registry: Any, settled: Any,
                                                              lang: str) -> None:
    assert not _invented(registry, settled, lang, LESS_OFTEN[lang])


@pytest.mark.parametrize("text", [
    "Chlorhexidine came with a lower risk of skin reactions than iodine.",
    "Skin reactions were less frequent with chlorhexidine than with iodine.",
])
def test_other_english_wordings(registry: Any, unsettled: Any, settled: Any,
                                text: str) -> None:
    assert _invented(registry, unsettled, "en", text)
    assert not _invented(registry, settled, "en", text)


@pytest.mark.parametrize("text", [
    "There was no clear difference in skin reactions between women with chlorhexidine "
    "and women with iodine (risk ratio 0.96; 95% CI 0.71 to 1.3).",
    "Women with chlorhexidine had a skin reaction about as often as women with iodine.",
])
def test_no_difference_said_plainly_passes(registry: Any, unsettled: Any, text: str) -> None:
    assert not _invented(registry, unsettled, "en", text)
