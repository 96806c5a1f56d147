"""A figure said with every decimal the sheet gives it: a mean age of 35.12 years was said
"35.1 years" (and 0.05 "0 years"), and every output of the sheet failed its own check."""

from __future__ import annotations

import json

import pytest

from .conftest import SEED_FACTS


@pytest.mark.parametrize("value,said", [("35.12", {"en": "35.12", "es": "35,12"}),
                                        ("0.05", {"en": "0.05", "es": "0,05"})])
def test_a_mean_with_two_decimals_is_said_as_given_and_passes(run_cli, tmp_path, value, said):
    text = SEED_FACTS.read_text(encoding="utf-8")
    assert "    value: 35\n    measure: age" in text
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text.replace("    value: 35\n    measure: age",
                                  f"    value: {value}\n    measure: age"), encoding="utf-8")
    result = run_cli("generate", str(sheet), "--lang", "en,es", "--audience",
                     "clinicians,press", "--generator", "summary", "--format", "json")
    assert result.exit_code == 0, result.output
    outputs = json.loads(result.stdout)["outputs"]
    assert outputs and all(o["checks"]["passed"] for o in outputs)
    for o in outputs:
        assert said[o["lang"]] in o["text"]
