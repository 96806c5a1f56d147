"""Shared frames a native editor changed in every sheet (issue 13, reader of 26b), held on
the outputs of the example sheets in every language that had the slip."""

from __future__ import annotations

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT

CT = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"
VITD = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
AUDIENCES = ["patients", "public", "press", "clinicians"]


@pytest.fixture(scope="module")
def registry():
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


def _outputs(registry, path, langs, generators=("summary", "social")):
    sheet = load_factsheet(path, registry.known_terms())
    return sheet, generate(sheet, registry, langs, AUDIENCES, list(generators))


# the relative change said as a risk of the outcome's noun, direction kept
RISK = {"es": ("tuvieron un riesgo de", "con una frecuencia"),
        "it": ("hanno avuto un rischio di", "con una frequenza"),
        "pt": ("tiveram um risco de", "com uma frequência")}


@pytest.mark.parametrize("lang", sorted(RISK))
def test_a_relative_change_is_a_risk_not_a_frequency_of_everyone(registry, lang):
    """"sufrieron un infarto con una frecuencia un 40 % menor" reads as if all had one:
    the outcome's noun (the term of its measure) takes "un riesgo … un 40 % menor"."""
    said, frequency = RISK[lang]
    for path, value, way in ((CT, 40, {"es": "menor", "it": "inferiore", "pt": "inferior"}),
                             (VITD, 31, {"es": "mayor", "it": "superiore", "pt": "superior"})):
        _, outputs = _outputs(registry, path, [lang], ("summary",))
        pack = registry.language(lang)
        for made in outputs:
            assert frequency not in made.text, (path.parent.name, made.audience, made.text)
            assert not [f for f in made.checks.findings if f.severity == "error"], made.text
            sentence = next(s for s in made.text.split(". ") if said in s and
                            pack.format_percent(value) in s)
            assert way[lang] in sentence, sentence


def test_a_relative_change_without_an_outcome_noun_keeps_its_frame(registry, tmp_path):
    """Paired: an outcome the sheet gives no noun for is still said with its verb."""
    import yaml

    data = yaml.safe_load(CT.read_text(encoding="utf-8"))
    for outcome in data["outcomes"]:
        outcome.pop("measure", None)
    path = tmp_path / "ct.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    for lang, (said, frequency) in RISK.items():
        _, outputs = _outputs(registry, path, [lang], ("summary",))
        patients = next(o for o in outputs if o.audience == "patients")
        assert frequency in patients.text and said not in patients.text, patients.text
