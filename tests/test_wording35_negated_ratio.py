"""A ratio on an outcome the sheet words as a negation ("did not get worse", direction
``no-worsening``) is said as the share of each group the outcome is true of, never as
"<group> did not get worse less often than <group>": a double negation no reader untangles,
and one the checker read as a flipped direction (generate exited 1).

The sheet is the seed plus a hazard ratio 0.62 (0.4 to 0.9) for relapsing-remitting against
progressive MS on its negated outcome; a ratio on an outcome said without a negation keeps
its "less often" (held in test_wording26b_undecided)."""

from __future__ import annotations

import copy

import pytest
import yaml
from plainsum.pipeline import generate

from .conftest import SEED_FACTS
from .test_generate_kinds import AUDIENCES, LANGS, TECHNICAL, _load, _sheet_data, wording
from .test_wording26b_undecided import LESS

NEGATED = {"id": "hr-stable", "kind": "ratio", "ratio": "hazard", "value": 0.62,
           "group": "rrms", "versus": "progressive", "outcome": "no-worsening",
           "ci": [0.4, 0.9], "p": 0.01}


@pytest.fixture(scope="module")
def langs(module_registry):
    return [lang for lang in LANGS if lang in module_registry.languages]


@pytest.fixture(scope="module")
def sheet(module_registry, tmp_path_factory):
    data = _sheet_data()
    data["id"] = "negated-ratio"
    data["facts"].append(copy.deepcopy(NEGATED))
    return _load(module_registry, tmp_path_factory.mktemp("negated"), data)


def test_a_ratio_on_a_negated_outcome_is_no_double_negation(module_registry, sheet, langs):
    assert sheet.outcomes["no-worsening"].direction == "no-worsening"
    for lang in langs:
        pack = module_registry.language(lang)
        for audience in AUDIENCES:
            w = wording(module_registry, sheet, lang, audience)
            text = w.ratio(sheet.facts["hr-stable"]).text
            # the negated outcome is said, but not with the frame's "less often"
            assert w.outcome("no-worsening") in text, (lang, audience, text)
            assert LESS[lang] not in text, (lang, audience, text)
            # both groups are named, the one with the lower share first
            a, b = w.group("rrms"), w.group("progressive")
            assert a in text and b in text and text.index(a) < text.index(b), (lang, text)
            if audience in TECHNICAL:
                for number in (0.62, 0.4, 0.9, 0.01):
                    assert pack.format_number(number) in text, (lang, audience, text)


def test_a_ratio_on_an_outcome_said_plainly_keeps_its_frame(module_registry, sheet, langs):
    """Paired: the seed's own ratio on a relapse (no negation) is still "less often"."""
    for lang in langs:
        for audience in AUDIENCES:
            text = wording(module_registry, sheet, lang, audience).ratio(
                sheet.facts["hr-relapse"]).text
            assert LESS[lang] in text, (lang, audience, text)


@pytest.fixture(scope="module")
def seed(module_registry, tmp_path_factory):
    """The seed as it is, plus the negated ratio."""
    data = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    data["facts"].append(copy.deepcopy(NEGATED))
    return _load(module_registry, tmp_path_factory.mktemp("negated-seed"), data)


def test_summaries_with_a_negated_ratio_pass_their_checks(module_registry, seed, langs):
    outputs = generate(seed, module_registry, langs, AUDIENCES, ["summary"], check=True)
    assert len(outputs) == len(langs) * len(AUDIENCES)
    for out in outputs:
        assert "hr-stable" in out.facts, (out.lang, out.audience)
        errors = [(f.rule, f.found) for f in out.checks.findings if f.severity == "error"]
        assert not errors, (out.lang, out.audience, errors, out.text)
        assert out.checks.passed, (out.lang, out.audience, out.checks.readability)
