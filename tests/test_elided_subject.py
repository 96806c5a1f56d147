"""An elided article is a word: 'L'étude' is a subject of two words, like 'El estudio'."""

from __future__ import annotations

from pathlib import Path

from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate
from plainsum_checks.limitations import shares_subject

SEED = Path(__file__).resolve().parents[1] / "seeds" / "hsct-ms-2021" / "facts.yaml"


def test_a_joined_clause_after_an_elided_subject_says_the_limitation():
    sentence = "l'étude était rétrospective et ne comportait pas de groupe témoin."
    assert shares_subject(sentence, "l'étude ne comportait pas de groupe témoin")
    # one plain word in common is no shared subject
    assert not shares_subject("étude rétrospective et sans groupe témoin",
                              "étude sans groupe témoin")


def test_french_limitations_with_the_same_subject_are_one_sentence(registry):
    sheet = load_factsheet(SEED, registry.known_terms())
    outputs = generate(sheet, registry, ["fr"], ["press", "clinicians"])
    for out in (o for o in outputs if o.generator == "summary"):
        assert ("L'étude était rétrospective et ne comportait pas de groupe témoin."
                in out.text), out.text
        assert "L'étude ne comportait" not in out.text
        assert out.checks.passed, out.checks.to_json()
