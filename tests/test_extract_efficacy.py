"""Efficacy and effectiveness figures (issue 12, vaccine and treatment releases): "vaccine
efficacy against X was 58%" is a relative reduction of the risk of X in those who got the
vaccine, never a share of the comparison group; its interval belongs to it, and a later
efficacy that names no outcome is against the first one's. Every text here is made up for
the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.quantity_forms import read  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

TRIAL = (
    "Flu jab halves winter illness\n\n"
    "The randomised trial enrolled 8,000 adults aged 65 and over. Participants were randomly "
    "assigned to the new vaccine or to a placebo injection.\n\n"
    "Vaccine efficacy against laboratory-confirmed influenza was 48.5% (95% CI, 30.2 to 61.7). "
    "Efficacy against influenza that needed a hospital stay was 62% (95% CI, 20 to 82).\n\n"
    "In participants aged 80 and older, efficacy was 40.1% (95% CI, 5.5 to 62.0).\n\n"
    "Sore arms were reported by 21.4% of vaccine recipients and 6.2% of placebo recipients.")


def label(f, section: str, ident: str | None) -> str:
    if section == "groups":
        return f.groups[ident].label if ident in f.groups else ""
    entry = getattr(f, section).get(ident) or {}
    return entry.get("label", {}).get("en", {}).get("plain", "")


def test_an_efficacy_is_a_relative_reduction_with_what_it_protects_against():
    qs = [q for q in read("Vaccine efficacy against severe disease was 58.3% (95% CI, 41.0 "
                          "to 70.6).") if q.kind == "relative-change"]
    assert [(q.value, q.fields["direction"], q.outcome[0]) for q in qs] == \
        [(58.3, "lower", "severe disease")]


def test_each_value_of_an_efficacy_sentence_is_read_and_shares_of_people_are_not():
    text = ("Effectiveness was 69 percent (95% CI 58-77) in people aged 80 and over, and "
            "52 percent (95% CI 33-66) in people with weakened immune systems.")
    assert [q.value for q in read(text) if q.kind == "relative-change"] == [69, 52]
    assert not [q for q in read("Efficacy was high; 31.2% of vaccine recipients had a sore "
                                "arm.") if q.kind == "relative-change"]


def test_a_sentence_opening_with_against_reads_its_figure_as_an_efficacy():
    text = "Against admission to intensive care or death, it was 81 percent (95% CI 71-88)."
    assert [q.value for q in read(text) if q.kind == "relative-change"] == [81]


def test_efficacy_figures_are_of_the_vaccinated_arm_with_their_intervals_and_outcomes():
    f = find(repair(TRIAL), {})
    by = {fact.get("value"): fact for fact in f.facts if fact["kind"] == "relative-change"}
    first, second, older = by[48.5], by[62], by[40.1]
    for fact in (first, second, older):
        assert "placebo" not in label(f, "groups", fact["group"])
        assert fact["group"] != "all"
    assert "influenza" in label(f, "outcomes", first["outcome"])
    assert "hospital" in label(f, "outcomes", second["outcome"])
    # no outcome of its own: against the first efficacy's, not the one just before
    assert older["outcome"] == first["outcome"]
    ranges = [fact for fact in f.facts if fact["kind"] == "range"
              and fact.get("low") == 30.2]
    assert ranges and all(r["group"] == first["group"] for r in ranges)
