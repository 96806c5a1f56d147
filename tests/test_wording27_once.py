"""A no-difference result is said once (issue 13, native editors' slip): a press summary
whose main result is a ratio with no clear difference, and the sheet's no-difference for
the same comparison, said the finding in the lead and again in the results."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, known_terms

VITAMIN_D = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
NO_DIFFERENCE = {
    "en": r"no (?:statistically significant|clear) difference",
    "es": r"(?:No|no) hubo (?:una )?diferencias? (?:clara|estadísticamente significativas?)",
    "fr": r"différence (?:nette|statistiquement significative)",
    "de": r"keinen (?:klaren|statistisch signifikanten) Unterschied",
    "it": r"differenz[ae] (?:chiara|statisticamente significativ[ae])",
    "pt": r"diferenças? (?:clara|estatisticamente significativas?)",
}


@functools.cache
def _registry() -> Any:
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


def _sheet(tmp: Path, main: str, twin: bool = True) -> Path:
    """The vitamin D sheet with its main result an undecided risk ratio (0.96, 0.71 to
    1.3) and, with ``twin``, the no-difference the release states for it."""
    data = yaml.safe_load(VITAMIN_D.read_text(encoding="utf-8"))
    facts = data["facts"]
    i = next(i for i, f in enumerate(facts) if f["id"] == "deficient-risk")
    facts[i] = {"id": "deficient-ratio", "kind": "ratio", "ratio": "risk", "value": 0.96,
                "ci": [0.71, 1.3], "group": "deficient", "versus": "sufficient",
                "outcome": "crc", "key": True}
    if twin:
        facts.insert(i + 1, {"id": "deficient-same", "kind": "no-difference",
                             "group": "deficient", "versus": "sufficient", "outcome": "crc",
                             "key": True})
    data["study"]["main_fact"] = main
    out = tmp / "facts.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def _outputs(path: Path, langs: list[str]) -> list[Any]:
    sheet = load_factsheet(path, known_terms())
    return generate(sheet, _registry(), langs, ["press", "clinicians", "patients"],
                    ["summary"], check=False)


@pytest.mark.parametrize("main", ["deficient-ratio", "deficient-same"])
def test_a_no_difference_is_said_once(tmp_path, main):
    langs = list(NO_DIFFERENCE)
    for out in _outputs(_sheet(tmp_path, main), langs):
        said = re.findall(NO_DIFFERENCE[out.lang], out.text)
        assert len(said) == 1, (out.lang, out.audience, out.text)
        assert "deficient-same" in out.facts, (out.lang, out.audience)
        if out.audience != "patients":  # technical readers keep the ratio's figure
            assert "deficient-ratio" in out.facts and "0,96" in out.text.replace(".", ",")


def test_the_results_still_say_a_no_difference_that_is_not_the_main_result(tmp_path):
    """Paired: with another main result, the no-difference is said in the results."""
    for out in _outputs(_sheet(tmp_path, "above-risk"), ["en", "es"]):
        assert len(re.findall(NO_DIFFERENCE[out.lang], out.text)) == 1, out.text
        assert "deficient-same" in out.facts
