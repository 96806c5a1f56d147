"""Arms said the way cluster trials and named programmes say them (made-up sentences):
"allocated either to the programme, called X (20 practices, 1,900 patients), or to usual
care (…)" - the arms are X and usual care, each with its people count; an arm named by a
long phrase around a generic head ("the usual school vaccination service") is told by its
first word, not by the trial's unit ("school"), so "pupils in X schools" stays X's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402


def draft(body: str) -> tuple[dict, dict[str, str]]:
    data = extract_draft("Programme helps\n\n" + body, source="t", lang="en", bank={}).data
    labels = {g["id"]: g["label"]["en"]["plain"] for g in data.get("groups", [])}
    return data, labels


def of(data: dict, value: float) -> dict:
    return next(f for f in data["facts"] if f.get("value") == value)


@pytest.mark.parametrize("allocation,treated,control", [
    ("Forty practices were allocated either to the programme, called StepUp (20 practices, "
     "1,900 patients), or to usual care (20 practices, 2,050 patients).", "StepUp", "usual"),
    ("The 36 villages were randomly assigned to a scheme known as CleanWater (18 villages, "
     "1,900 households) or to the existing supply (18 villages, 2,050 households).",
     "CleanWater", "existing"),
    ("Wards were then allocated to the new rota (1,900 patients) or to the standard rota "
     "(2,050 patients).", "new rota", "standard"),
])
def test_arms_of_a_cluster_allocation(allocation: str, treated: str, control: str) -> None:
    data, labels = draft("A cluster-randomised trial published in The Lancet tested it.\n\n"
                         + allocation)
    assert treated in labels[of(data, 1900)["group"]]
    assert control in labels[of(data, 2050)["group"]]


SCHOOL = ("A cluster-randomised trial in 40 schools, published in The Lancet, tested a nurse "
          "programme.\n\nForty schools were allocated either to the programme, called "
          "TalkWell (20 schools, 2,000 pupils), or to the usual school vaccination service "
          "(20 schools, 2,100 pupils).\n\nAfter adjustment for school size and each school's "
          "uptake the year before, pupils in TalkWell schools were more likely to be "
          "vaccinated (odds ratio 1.52, 95% CI 1.20 to 1.93).")


def test_the_trials_unit_does_not_name_the_control_arm() -> None:
    data, labels = draft(SCHOOL)
    ratio = of(data, 1.52)
    assert "TalkWell" in labels[ratio["group"]]
    assert "usual" not in labels[ratio["group"]]


def test_the_control_arm_is_still_named_by_its_first_word() -> None:
    """The paired reading: "schools with the usual service" still names the control arm."""
    data, labels = draft(SCHOOL + " By July, 75.0% of pupils in TalkWell schools had been "
                         "vaccinated, compared with 66.0% in schools with the usual service.")
    assert "usual" in labels[of(data, 66.0)["group"]]
    assert "TalkWell" in labels[of(data, 75.0)["group"]]


TRIAL = ("A randomised trial of 720 patients, published in The BMJ, compared a five-day course "
         "with a ten-day course.\n\nPatients were randomly assigned to five days (360 patients) "
         "or ten days (360 patients) of antibiotics.\n\n")


@pytest.mark.parametrize("sentence", [
    "Cure was reached by 310 of 360 in the five-day group (86.1%) and by 315 of 360 in the "
    "ten-day group (87.5%).",
    "Cure occurred in 310 of 360 patients in the five-day group (86.1%) and 315 of 360 in "
    "the ten-day group (87.5%).",
])
def test_a_share_in_parentheses_is_the_group_named_before_it(sentence: str) -> None:
    data, labels = draft(TRIAL + sentence)
    assert "five" in labels[of(data, 86.1)["group"]]
    assert "ten" in labels[of(data, 87.5)["group"]]


def test_the_groups_swapped_swap_the_shares() -> None:
    """The paired error: with the arms named the other way round, each share follows."""
    data, labels = draft(TRIAL + "Cure was reached by 315 of 360 in the ten-day group (87.5%) "
                         "and by 310 of 360 in the five-day group (86.1%).")
    assert "five" in labels[of(data, 86.1)["group"]]
    assert "ten" in labels[of(data, 87.5)["group"]]


def outcome_label(data: dict, fact: dict) -> str:
    o = next(o for o in data["outcomes"] if o["id"] == fact["outcome"])
    return o["label"]["en"]["plain"]


@pytest.mark.parametrize("opening", ["Of the 720 patients assessed at day 28, ",
                                     "At day 28, ", "Among those who could be assessed, "])
def test_an_opening_phrase_does_not_hide_what_was_measured(opening: str) -> None:
    """"Of the 720 patients assessed at day 28, cure was reached by 310 of 360 in the
    five-day group (86.1%)": the share is of cure, whatever opens the sentence."""
    data, labels = draft(TRIAL + opening + "cure was reached by 310 of 360 in the five-day "
                         "group (86.1%) and by 315 of 360 in the ten-day group (87.5%).")
    assert "cure" in outcome_label(data, of(data, 86.1)).lower()
    assert "five" in labels[of(data, 86.1)["group"]]


def test_the_opening_phrase_is_not_the_outcome() -> None:
    """The paired negative: the opening's words (the patients, the day) never become the
    outcome; with no verb of its own the sentence's share is not read from the opening."""
    data, _ = draft(TRIAL + "Of the 720 patients assessed at day 28, cure was reached by "
                    "310 of 360 in the five-day group (86.1%).")
    label = outcome_label(data, of(data, 86.1)).lower()
    assert "720" not in label and "assessed" not in label and "day 28" not in label
