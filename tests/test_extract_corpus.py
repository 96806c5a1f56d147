"""``plainsum extract`` on real releases from ../shared/corpus (skipped without it): a
schema-valid draft with the release's headline numbers (cohort and main results)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

# file -> (cohort size, main results as (value, kind)); numbers only, read by hand
HEADLINES = {
    "fakehealth-00245.json": (107, [(71, "proportion"), (18, "proportion"),
                                    (19, "proportion"), (45, "proportion")]),
    "fakehealth-00348.json": (620, [(10, "proportion"), (1, "proportion"), (15, "proportion"),
                                    (3, "proportion"), (309, "count"), (311, "count")]),
    "fakehealth-00450.json": (1200, [(59, "proportion"), (66, "proportion"), (41, "proportion"),
                                     (49, "proportion"), (7.7, "mean"), (6.3, "mean")]),
    "fakehealth-00486.json": (1147, [(4, "proportion"), (7.3, "proportion"), (572, "count"),
                                     (575, "count")]),
}


@pytest.mark.parametrize("name", sorted(HEADLINES))
def test_corpus_release_gives_a_valid_draft_with_its_headline_numbers(cli, shared, tmp_path,
                                                                      name):
    release = shared / "corpus" / name
    if not release.is_file():
        pytest.skip(f"{name} is not in ../shared/corpus")
    out = tmp_path / "draft.yaml"
    result = cli("extract", str(release), "-o", str(out))
    assert result.exit_code == 0, result.output
    lint = cli("lint", str(out))
    assert lint.exit_code == 1, lint.output  # schema-valid; a draft with items to settle
    assert ": draft: " in lint.stdout
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    cohort, results = HEADLINES[name]
    facts = draft["facts"]
    assert any(f["kind"] == "count" and f["group"] == "all" and f["value"] == cohort
               for f in facts), "cohort not found"
    have = {(f.get("value"), f["kind"]) for f in facts}
    missing = [r for r in results if r not in have]
    assert not missing, missing
    gen = cli("generate", str(out), "--lang", "en", "--draft")
    assert gen.exit_code in (0, 1), gen.output


def test_arms_of_a_trial_get_their_own_figures(cli, shared, tmp_path):
    release = shared / "corpus" / "fakehealth-00245.json"
    if not release.is_file():
        pytest.skip("corpus file missing")
    result = cli("extract", str(release))
    draft = yaml.safe_load(result.stdout)
    by_value = {f["value"]: f for f in draft["facts"] if f["kind"] == "proportion"}
    assert by_value[71]["group"] == by_value[19]["group"]
    assert by_value[18]["group"] == by_value[45]["group"] != by_value[71]["group"]
    assert "placebo" in by_value[18]["group"]
    assert any(f["kind"] == "comparison" for f in draft["facts"])
