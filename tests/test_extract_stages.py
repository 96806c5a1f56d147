"""Each stage of ``plainsum extract`` on small hand-written releases: segment, classify,
quantities, attach (with groups), frame (with people and terms). The texts are made up
for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import attach, classify, frame, groups, people, quantities, segment  # noqa: E402
from plainsum_extract import terms as terms_stage  # noqa: E402
from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402
from plainsum_extract.state import State  # noqa: E402

TRIAL = """New inhaler helps people with asthma breathe easier

BOSTON -- A new inhaler eased symptoms in a randomized trial, researchers report.

The researchers enrolled 200 patients with asthma. Patients were randomly assigned to \
receive the new inhaler or placebo.

After 6 months, 45% of patients in the new inhaler group improved, compared with 20% in \
the placebo group. The mean age was 58 years. Patients were assessed at 6 months, 12 \
months and 24 months. Data were collected from 2015 to 2018.

“This is a really encouraging result for people who struggle to breathe,” said Jane \
Smith, MD, of Example University in Boston.

The study was published in the Journal of Respiratory Medicine on March 3, 2020.

About Example University
"""


def state(text: str, bank: dict | None = None) -> State:
    st = State(repair(text), bank or {})
    segment.segment(st)
    classify.classify(st)
    return st


def sentence_with(st: State, words: str):
    return next(s for s in st.all_sentences if words in s.text)


@pytest.fixture(scope="module")
def trial(bank):
    return find(repair(TRIAL), bank)


# -- segment ---------------------------------------------------------------------------------

def test_segment_cuts_sentences_with_offsets_and_keeps_boilerplate_out_of_the_body():
    st = state(TRIAL)
    for s in st.all_sentences:
        assert st.text[s.start:s.end] == s.text
    assert any(s.text.startswith("About Example") for s in st.all_sentences)
    assert not any(s.text.startswith("About Example") for s in st.body)
    assert any(s.text.startswith("The researchers enrolled") for s in st.body)


def test_segment_finds_quotations_and_header_lines():
    text = "Title line here\n\n  Second line, indented\n“A quoted remark that is long,” she said."
    quotes = segment.quotations(text)
    assert [m.group(1) for m in quotes] == ["A quoted remark that is long,"]
    assert segment.quotations('He said "short" twice.') == []  # under 12 characters
    for start, line in segment.blocks(text):
        assert text[start:start + len(line)] == line
    assert [line for _, line in segment.blocks(text)][1] == "Second line, indented"


# -- classify --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Previous studies have linked the drug to a 20% lower risk.", "background"),
    ("Asthma affects about 25 million Americans each year.", "background"),
    ("The risk of an attack was 30% lower in the treated group.", "result"),
    ("Participants were randomly assigned to one of two groups.", "methods"),
    ("The team thanked the nurses.", "other"),
])
def test_classify_labels_a_sentence_by_its_wording(sentence, kind):
    assert classify.label(sentence) == kind


def test_classify_keeps_quotes_and_boilerplate_out_of_the_study_sentences():
    st = state(TRIAL)
    quote = sentence_with(st, "really encouraging")
    about = sentence_with(st, "About Example")
    assert st.kinds[quote.start] == "quote"
    assert st.kinds[about.start] == "boilerplate"
    study = classify.study_sentences(st)
    assert quote not in study and about not in study
    assert st.kinds[sentence_with(st, "45%").start] == "result"
    assert set(st.kinds.values()) <= set(classify.LABELS)


# -- quantities ------------------------------------------------------------------------------

def test_percents_reads_shares_but_not_ranges_or_changes():
    got = quantities.percents("In all 12% of them, and 7.3 percent of others")
    assert [m.group("n") for m in got] == ["12", "7.3"]
    got = quantities.percents("Between 10% and 15% of them had a 30% lower risk")
    assert [m.group("n") for m in got] == []  # a range and a relative change
    got = quantities.percents("It rose from 10% to 15% of people")
    assert [m.group("n") for m in got] == ["10"]


@pytest.mark.parametrize("before, hedge", [
    ("it rose in ", None), ("in about ", "about"), ("in more than ", "more than"),
    ("nearly ", "nearly"), ("fewer than about ", "fewer than about"),
])
def test_hedge_before_a_figure(before, hedge):
    assert quantities.hedge_before(before) == hedge


def test_count_before_a_percentage():
    m = quantities.count_before("of them, 12 of 40 (")
    assert m and (m.group("c"), m.group("of")) == ("12", "40")
    m = quantities.count_before("in all, 9 patients (")
    assert m and (m.group("c"), m.group("of")) == ("9", None)
    assert quantities.count_before("in 2019 (") is None


def test_quantities_of_a_trial_are_typed(trial):
    by_kind: dict[str, list[dict]] = {}
    for fact in trial.facts:
        by_kind.setdefault(fact["kind"], []).append(fact)
    assert [(f["value"], f["group"]) for f in by_kind["count"]] == [(200, "all")]
    (mean,) = by_kind["mean"]
    assert (mean["value"], mean["measure"], mean["unit"]) == (58, "age", "year")
    (period,) = by_kind["period"]
    assert (period["start"], period["end"]) == (2015, 2018)
    (visits,) = by_kind["timepoints"]
    assert visits["times"] == ["6m", "12m", "24m"]
    assert sorted(f["value"] for f in by_kind["proportion"]) == [20, 45]


def test_a_claim_without_a_figure(bank):
    found = find(repair("The study looked at 80 patients with gout.\n\nMost patients improved "
                        "after the treatment."), bank)
    claims = [f for f in found.facts if f["kind"] == "claim"]
    assert [(c["quantifier"], c["outcome"]) for c in claims] == [("most", "improved")]


# -- attach and groups -----------------------------------------------------------------------

def test_groups_finds_the_cohort_and_the_arms(trial):
    assert trial.groups["all"].label == "patients with asthma"
    arms = [g for g in trial.groups.values() if g.kind == "arm"]
    assert len(arms) == 2
    assert any("placebo" in g.label for g in arms)
    assert any("inhaler" in g.label for g in arms)


def test_mentions_finds_the_longest_group_phrase(bank):
    st = state(TRIAL, bank)
    groups.find_groups(st)
    hits = groups.mentions(st, "those in the placebo group fared worse")
    assert len(hits) == 1
    start, end, gid = hits[0]
    assert "placebo" in gid and "placebo group" in "those in the placebo group"[start:end + 1]


def test_attach_gives_each_figure_its_arm_outcome_and_time(trial):
    props = {f["value"]: f for f in trial.facts if f["kind"] == "proportion"}
    assert "inhaler" in props[45]["group"] and "placebo" in props[20]["group"]
    assert props[45]["outcome"] == props[20]["outcome"] == "improved"
    assert props[45]["time"] == props[20]["time"] == "6m"
    (comparison,) = [f for f in trial.facts if f["kind"] == "comparison"]
    assert comparison["facts"] == [props[45]["id"], props[20]["id"]]
    assert comparison["direction"] == "higher"


def test_time_for_skips_an_age_and_keeps_within():
    st = state("Among people aged 65 years, 30% had a fall within 2 years.")
    s = st.all_sentences[0]
    m = quantities.percents(s.text)[0]
    tid = attach.time_for(st, s.text, m, s.text[m.end():], s.text[:m.start()])
    assert tid == "2y"
    assert st.found.times["2y"].relation == "within"


def test_outcome_for_reads_a_death_cause():
    st = state("In the study, 12% died from heart failure.")
    s = st.all_sentences[0]
    m = quantities.percents(s.text)[0]
    oid = attach.outcome_for(st, s, m, s.text[m.end():], s.text[:m.start()])
    assert st.found.outcomes[oid]["label"]["en"]["plain"] == "died from heart failure"


# -- frame, people, terms --------------------------------------------------------------------

def test_frame_reads_title_dateline_journal_date_and_design(trial):
    assert trial.title and trial.title[0].startswith("New inhaler helps")
    assert trial.dateline and trial.dateline[0] == "Boston"
    assert trial.journal and trial.journal[0] == "Journal of Respiratory Medicine"
    assert trial.date and trial.date[0] == "2020-03-03"
    assert "randomised-trial" in [t for t, _ in trial.design]


def test_a_negated_design_is_not_the_studys(bank):
    st = state("The study looked at 40 people with gout. It was not randomized.", bank)
    frame.find_design(st)
    assert "randomised-trial" not in [t for t, _ in st.found.design]


def test_limitations_funding_and_hashtags():
    st = state("The study followed 90 adults with gout. Limitations include that it was "
               "small and did not include a control group. The work was funded by the "
               "Example Foundation. Follow us at #goutstudy now.")
    frame.find_limitations(st)
    frame.find_funding(st)
    frame.find_hashtags(st)
    assert len(st.found.limitations) == 2
    assert [o["name"] for o in st.found.organisations] == ["Example Foundation"]
    assert [h for h, _ in st.found.hashtags] == ["#goutstudy"]


def test_people_gives_a_quote_its_speaker_with_credentials_and_affiliation(trial):
    (person,) = trial.people
    assert person["name"] == "Jane Smith" and person["credentials"] == "MD"
    (org,) = person["affiliations"]
    assert next(o for o in trial.organisations if o["id"] == org)["kind"] == "university"
    (quote,) = trial.quotes
    assert quote["speaker"] == person["id"]


def test_a_quote_without_a_speaker_is_left_out_with_a_note():
    st = state("“This sentence is quoted but nobody is named as saying it.”")
    people.find_quotes(st)
    assert st.found.quotes == []
    assert any(n.startswith("quote [") for n in st.found.notes)


def test_terms_take_a_definition_from_the_release_and_stub_abbreviations():
    st = state("Gout (a painful form of arthritis) was studied. Uric acid levels fell in "
               "patients with chronic kidney disease (CKD).")
    tid = terms_stage.new_term(st, "Gout", [0, 4])
    assert st.found.terms[tid]["en"]["definition"] == "Gout: a painful form of arthritis."
    terms_stage.find_jargon(st)
    stub = st.found.terms.get("chronic-kidney-disease")
    assert stub and stub["en"]["forms"] == ["CKD"]
