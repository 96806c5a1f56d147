"""What ``plainsum extract`` does with kinds of release the first rules were not written for
(issue 12, "what fails on unseen releases"): a product or news release with no study of its
own, a study whose results are given only in words, results given as lists or tables of
numbers, background statistics of a country, fractions in words. Every text here is made
up for the test; none comes from a release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402
from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


def found(text: str):
    return find(repair(text), {})


def facts_by_value(f) -> dict[float, list[dict]]:
    out: dict[float, list[dict]] = {}
    for fact in f.facts:
        for key in ("value", "low", "high", "count"):
            if isinstance(fact.get(key), int | float):
                out.setdefault(float(fact[key]), []).append(fact)
    return out


def group_label(f, fact) -> str:
    return f.groups[fact["group"]].label if fact.get("group") in f.groups else ""


# -- a release with no study of its own ------------------------------------------------------

PRODUCT = ("Acme launches a pocket inhaler for asthma\n\nDENVER, May 2, 2024 /PRNewswire/ -- "
           "Acme Health today announced that its new pocket inhaler is now available in "
           "pharmacies across the country. Asthma affects about 25 million people in the United "
           "States, and about 3,500 people die of it each year. The inhaler holds 200 doses "
           "and fits in a shirt pocket. The company expects sales to reach 40% of the market.\n")


def test_a_product_release_has_no_main_fact_and_only_background_figures():
    f = found(PRODUCT)
    assert f.facts, "its figures are still drafted, for the reviewer to judge"
    assert f.main is None
    assert all(fact.get("role") == "background" for fact in f.facts)
    assert any("no study of its own" in note for note in f.notes)


def test_a_study_release_keeps_its_results():
    text = ("Walking cuts blood pressure\n\nIn the trial, 120 adults were enrolled. After 12 "
            "weeks, 40% of walkers had normal blood pressure, compared with 20% of the others.")
    f = found(text)
    assert f.reports_study and f.main is not None
    results = [x for x in f.facts if x["kind"] == "proportion" and x.get("role") != "background"]
    assert {x["value"] for x in results} == {40, 20}
    # "of walkers had ...": what is counted is cut off, what they had is the outcome
    assert {f.outcomes[x["outcome"]]["label"]["en"]["plain"] for x in results} == {
        "had normal blood pressure"}


# -- a study whose results are only in words ---------------------------------------------------

WORDS = """Brain scans show how sleep clears the mind

BOSTON - Researchers at a university hospital used magnetic resonance imaging to study how
the brain clears waste during sleep. The study scanned healthy volunteers while they slept
in the laboratory. The researchers found that waves of fluid washed through the brain during
deep sleep, and that these waves were larger when brain activity was lower.
"""


def test_a_study_with_results_only_in_words_is_drafted_with_a_note_not_refused():
    draft = plainsum_extract.extract_draft(WORDS, source="words.txt")
    assert draft.data["facts"] == []
    assert "only in words" in draft.data["review"]
    assert draft.data["title"]["en"].startswith("Brain scans")


def test_a_text_with_no_study_and_no_figure_is_still_refused():
    from plainsum.errors import PlainsumError

    with pytest.raises(PlainsumError, match="no facts found"):
        plainsum_extract.extract_draft("Soup of the day, with fresh bread and butter.\n",
                                       source="menu.txt")


# -- results given as lists of numbers per group ----------------------------------------------

LISTS = ("Hearing checks find more loss in older workers\n\nIn the study, 9,000 workers had "
         "a hearing check. Workers aged 30 to 44 had 4,210 checks, 380 referrals (a 9% "
         "referral rate) and 41 hearing aids fitted, while workers aged 45 and over had 4,790 "
         "checks, 760 referrals (a 16% referral rate) and 122 hearing aids fitted.\n")


def test_counts_listed_for_a_group_get_that_group():
    f = found(LISTS)
    by = facts_by_value(f)
    for value, words in ((4210, ("checks", "aged 30 to 44")), (380, ("referrals", "30 to 44")),
                         (41, ("hearing aids", "30 to 44")), (4790, ("checks", "45 and over")),
                         (760, ("referrals", "45 and over")),
                         (122, ("hearing aids", "45 and over"))):
        counts = [x for x in by.get(value, []) if x["kind"] == "count"]
        assert counts, f"{value} not drafted"
        label = group_label(f, counts[0])
        assert all(w in label for w in words), (value, label)
    nine = [x for x in by[9] if x["kind"] == "proportion"]
    assert nine and "aged 30 to 44" in group_label(f, nine[0])
    sixteen = [x for x in by[16] if x["kind"] == "proportion"]
    assert sixteen and "aged 45 and over" in group_label(f, sixteen[0])


@pytest.mark.parametrize("sentence", [
    "Each tablet held 20 mg and was taken 3 times a day, 5 days a week.",
    "Participants walked 5,000 steps and drank 3 glasses of water a day.",
])
def test_doses_units_and_times_are_no_listed_counts(sentence):
    from plainsum_extract.quantity_amounts import counts

    assert counts(sentence) == []


def test_a_number_that_opens_the_sentence_is_no_group_to_list_for():
    from plainsum_extract.quantity_amounts import counts

    text = ("Outcomes\n\nIn the study, 60 patients had surgery. Three patients had surgery on "
            "both knees, for a total of 63 procedures.")
    f = found(text)
    assert not any("three patients" in g.label.lower() for g in f.groups.values())
    assert [c.value for c in counts("Clinics had 12 nurses and 40 beds.")] == [12, 40]


def test_an_open_age_band_is_a_whole_group_label():
    from plainsum_extract.groups import label_problem

    assert label_problem("women aged 50 and over") is None
    assert label_problem("people aged 65 or older") is None
    assert label_problem("workers aged 30 to 44") is None
    assert label_problem("children aged 5") is not None
    assert label_problem("women who were over") is not None


# -- results given as a table ----------------------------------------------------------------

TABLE = """Drug Z lowers pain scores in a trial

In the trial, 240 adults with back pain were randomly assigned to Drug Z or placebo.

Table 1: Main results

Endpoint Zeltra Placebo Difference p-value

Pain score (0-10) 3.1 4.6 -1.5 p<0.001

Sleep time (minutes) 402.5 371.0 31.5 p=0.02

Days off work 4.2 6.0 -1.8 p=0.04

Fatigue 12 15 -3 p=0.2

The drug was well tolerated.
"""


def test_a_table_row_gives_each_group_its_value_and_the_difference():
    f = found(TABLE)
    by = facts_by_value(f)
    means = {x["value"]: x for x in f.facts if x["kind"] == "mean"}
    assert {3.1, 4.6, 402.5, 371.0, 4.2, 6.0} <= set(means)
    assert "zeltra" in group_label(f, means[3.1]).lower()
    assert "placebo" in group_label(f, means[4.6]).lower()
    assert f.measures[means[402.5]["measure"]]["label"]["en"]["plain"] == "Sleep time"
    assert means[402.5]["unit"] == "minute" and means[3.1]["unit"] == "point"
    pain = next(x for x in by[-1.5] if x["kind"] == "difference")
    assert pain["unit"] == "point"
    assert "zeltra" in group_label(f, pain).lower()
    assert "placebo" in f.groups[pain["versus"]].label.lower()
    days = next(x for x in by[-1.8] if x["kind"] == "difference")
    assert days["unit"] == "day"  # named in the row's words, not the minutes of the row above
    # the fatigue row names no unit: carried from the row above, and said so
    fatigue = next(x for x in by[-3] if x["kind"] == "difference")
    assert "row above" in fatigue["review"]
    assert 0.001 not in by and 0.02 not in by  # p-values are no figures of their own


@pytest.mark.parametrize("lines", [
    "Call 555-123-4567 or 555-987-6543 for details\n\nOffice 1 2 3\n\nMobile 4 5 6\n",
    "Group Alpha Beta\n\nscore 1 2\n",  # no column says what is compared
])
def test_lines_that_are_no_table_give_no_table_figures(lines):
    from plainsum_extract.tables import find_tables

    text = "A trial of Alpha\n\nIn the trial, 40 adults took part.\n\n" + lines
    st_found = found(text)
    assert not [x for x in st_found.facts if "table row" in str(x.get("review"))]
    assert callable(find_tables)


# -- background statistics: the population they are about -----------------------------------

BACKGROUND = ("Quit-smoking app helps in trial\n\nIn the trial, 300 smokers used the app for 12 "
              "weeks, and 24% of them quit smoking. Smoking remains common: in the United "
              "States, between 11 and 14 percent of the population smoke cigarettes every day. "
              "While less deadly than before, lung cancer is a major health problem, affecting "
              "an estimated 2 million people worldwide.\n")


def test_a_background_figure_gets_the_population_its_clause_names():
    f = found(BACKGROUND)
    assert f.reports_study and f.main is not None  # "300 smokers used the app": a study
    share = next(x for x in f.facts if x["kind"] == "range")
    assert share["role"] == "background"
    assert group_label(f, share) == "the population in the United States"
    assert f.measures[share["measure"]]["label"]["en"]["plain"] == "smoke cigarettes"
    count = next(x for x in f.facts if x.get("value") == 2_000_000)
    assert count["role"] == "background"
    assert group_label(f, count) == "people with lung cancer worldwide"
    quit_ = next(x for x in f.facts if x.get("value") == 24)
    assert quit_.get("role") != "background"  # the study's own result keeps its role


def test_a_product_release_names_who_its_national_figures_are_about():
    f = found(PRODUCT)
    labels = {x["value"]: group_label(f, x) for x in f.facts if x["kind"] == "count"}
    assert labels[25_000_000] == "people with asthma in the United States"
    assert labels[3500] == "deaths from asthma in the United States"


def test_a_background_figure_naming_no_population_keeps_a_note():
    text = ("Trial of a balance class\n\nIn the study, 80 older adults were enrolled. Falls "
            "are the leading cause of injury, and 30% of injuries are falls. After a year, "
            "12% of class members fell, compared with 25% of the others.")
    f = found(text)
    thirty = [x for x in f.facts if x.get("value") == 30]
    for x in thirty:
        assert x["role"] == "background"
        if x["group"] == "all":
            assert "name the population" in x["review"]


@pytest.mark.parametrize("sentence", [
    "The health agency estimated that about 12,000 people would be diagnosed in 2020.",
    "Deaths were projected to reach 40,000 by 2030.",
    "Research on this question has only been conducted for about 10 years.",
    "Waiting for a scan could delay surgery by as long as 45 minutes.",
])
def test_estimates_projections_and_what_could_happen_are_background(sentence):
    from plainsum_extract.classify import is_background

    assert is_background(sentence)


@pytest.mark.parametrize("sentence", [
    "After 12 weeks, patients who took the drug could walk 50 metres further.",
    "In the trial, 40% of participants improved.",
])
def test_study_results_are_not_background(sentence):
    from plainsum_extract.classify import is_background

    assert not is_background(sentence)


def test_a_count_of_other_trials_is_background_unless_this_study_pooled_them():
    text = ("A snack bar for weight loss\n\nIn the study, 40 adults ate the bar daily and 30% "
            "lost weight. Its recipe was shaped by over 15 small clinical trials.")
    f = found(text)
    trials = next(x for x in f.facts if x.get("value") == 15)
    assert trials["role"] == "background"
    pooled = ("Exercise and mood\n\nThe researchers analysed 15 small clinical trials, and "
              "exercise lowered depression scores in 60% of them.")
    g = found(pooled)
    assert all(x.get("role") != "background" for x in g.facts if x.get("value") == 15)


# -- shares said as fractions in words ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "value", "hedge", "group"), [
    ("After six months, more than half of the women had less pain.", 50, "more-than", "women"),
    ("Nearly a third of adults are never diagnosed.", 33.3, "nearly", "adults"),
    ("About two-thirds of participants kept using the app.", 66.7, "about", "participants"),
    ("Three quarters of the children slept better.", 75, None, "children"),
])
def test_a_fraction_in_words_is_a_share_with_its_hedge(sentence, value, hedge, group):
    from plainsum_extract.quantity_amounts import fractions

    (fr,) = fractions(sentence)
    assert (fr.value, fr.hedge, fr.group) == (value, hedge, group)
    assert sentence[fr.start:fr.end].lower().startswith(fr.said.lower()[:4])


@pytest.mark.parametrize("sentence", [
    "Half of the patients were randomly assigned to the new drug.",
    "Half of the patients daily received 200 ml of the enriched milk.",
    "Sleep was measured in the first two thirds of the night.",
    "More than half of the women in this group (58 percent) had less pain.",
])
def test_no_share_from_an_allocation_a_time_or_a_figure_given_right_after(sentence):
    from plainsum_extract.quantity_amounts import fractions

    assert fractions(sentence) == []


FRACTION_RELEASE = ("Acupressure eases period pain\n\nIn the trial, 220 young women with period "
                    "pain were enrolled. After six months, more than half of the women had less "
                    "pain, and 40% of them used the app daily.\n")


def test_a_share_in_words_is_drafted_but_never_the_headline(cli, tmp_path):
    f = found(FRACTION_RELEASE)
    half = next(x for x in f.facts if x.get("value") == 50)
    assert half["kind"] == "proportion" and half["hedge"] == "more-than"
    assert f.outcomes[half["outcome"]]["label"]["en"]["plain"] == "had less pain"
    assert "not a figure" in half["review"]
    assert f.main != half["id"]
    # lint --release finds the share at its span: "more than half" states 50
    release = tmp_path / "release.txt"
    release.write_text(FRACTION_RELEASE, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert cli("extract", str(release), "-o", str(out)).exit_code == 0
    lint = cli("lint", str(out), "--release", str(release))
    assert "is not written at" not in lint.output


# -- means: the group a sentence opens with, ages, numbers in words ----------------------------

MEANS = ("Drug X delays relapse\n\nIn the trial, 300 adults with leukaemia were randomly "
         "assigned to drug X with chemotherapy or to chemotherapy alone. In addition, patients "
         "who received drug X with chemotherapy in the trial went longer (median 8.2 months) "
         "without a relapse than patients who received chemotherapy alone (median three "
         "months). Participants were an average of 61.5 years old.\n")


def test_a_mean_takes_the_group_its_sentence_opens_with():
    f = found(MEANS)
    medians = {x["value"]: x for x in f.facts if x["kind"] == "mean"
               and x.get("statistic") == "median"}
    assert set(medians) == {8.2, 3}  # "three months" is a median too
    assert "drug x" in group_label(f, medians[8.2]).lower()
    assert medians[3]["unit"] == "month"
    # "went longer (median 8.2 months) without a relapse": the time without a relapse
    assert f.measures[medians[8.2]["measure"]]["label"]["en"]["plain"] == \
        "time without a relapse"


def test_years_old_after_an_average_is_an_age():
    from plainsum_extract.quantity_amounts import means

    (mean,) = means("Participants were an average of 61.5 years old.")
    assert (mean.value, mean.measure, mean.unit) == (61.5, "age", "year")
    f = found(MEANS)
    age = next(x for x in f.facts if x.get("value") == 61.5)
    assert age["measure"] == "age" and f.main != age["id"]


# -- titles ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "title"), [
    ("‘Wonder Drug’ Eases Gout in Trial\nMay 2, 2024 | by Jane Smith\n\n",
     "‘Wonder Drug’ Eases Gout in Trial"),
    ("May 2, 2024 | by Jane Smith\n\"Smart\" pills help patients remember their doses\n\n",
     "\"Smart\" pills help patients remember their doses"),
    ("“This changes everything for gout”\nNew pill eases gout in a trial\n\n",
     "New pill eases gout in a trial"),
])
def test_a_headline_may_open_with_a_quoted_phrase_but_a_byline_or_a_quote_is_no_title(head,
                                                                                    title):
    text = head + ("In the trial, 80 adults with gout were enrolled, and 40% of those who took "
                   "the pill had no flare after 12 weeks.\n")
    assert found(text).title[0] == title


# -- what a share is of: the words after the figure ------------------------------------------

@pytest.mark.parametrize(("clause", "outcome"), [
    (" (approximately 20 million) travel to destinations in Europe", "travel to destinations"),
    (" of users can correctly give the injection without training", "can correctly give the "
     "injection without training"),
    (" of women in the United States are treated for acne between the ages of 20 and 29",
     "are treated for acne"),
    (" (about 1.6 million) travel in business class.2", "travel in business class"),
])
def test_the_outcome_after_a_share_skips_asides_groups_ages_and_footnote_marks(clause, outcome):
    from plainsum_extract.attach import _after_phrase

    assert _after_phrase(clause).startswith(outcome)
    assert not _after_phrase(clause).endswith((".2", "20"))


def test_a_background_share_of_named_people_is_about_them():
    text = ("Auto-injector trial\n\nIn the trial, 200 adults used the auto-injector and 40% "
            "of them had no problems. It is also reported that 8% of travellers have one. "
            "Worldwide, more than 30% of users have had a faulty device.\n")
    f = found(text)
    assert f.reports_study
    eight = next(x for x in f.facts if x.get("value") == 8)
    assert eight["role"] == "background"  # "it is reported that": hearsay, not a result
    assert group_label(f, eight) == "travellers"
    thirty = next(x for x in f.facts if x.get("value") == 30)
    assert thirty["role"] == "background"
    assert group_label(f, thirty) == "users worldwide"


def test_an_arm_named_after_or_to_has_no_dangling_to():
    f = found(MEANS)
    labels = {g.label for g in f.groups.values() if g.kind == "arm"}
    assert "people who got chemotherapy alone" in labels
    assert not any(" got to " in label for label in labels)
