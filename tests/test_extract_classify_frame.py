"""Sentence labels and figure roles (classify), and what a release says about its study
apart from the figures (frame: title, participants, design, journal). Every text here is
made up for these tests, written the way English press releases usually say these things;
none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import classify, frame  # noqa: E402
from plainsum_extract.text import number  # noqa: E402

from .test_extract_stages import state  # noqa: E402


def labels(text: str) -> dict[str, str]:
    st = state(text)
    return {s.text: st.kinds[s.start] for s in st.all_sentences}


# --- classify: sentence labels -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Each year about 40,000 people in the United States are diagnosed with the disease.",
    "Gout affects an estimated 8 million Americans.",
    "Roughly 1 in 8 women will develop breast cancer in their lifetime.",
    "Heart disease is the leading cause of death for both men and women.",
    "Previous studies found that the drug lowered blood pressure by 10 percent.",
    "Earlier research has shown that up to 30 percent of patients stop treatment early.",
    "Treating the infection costs hospitals $2 billion a year.",
    "Between 20 and 40 percent of older adults experience chronic pain.",
    "According to the World Health Organization, 300 million people live with asthma.",
    "About 5,000 new cases are expected this year.",
    "Nearly half of all adults in the US have high blood pressure.",
    "Sepsis kills about 270,000 people a year.",
    "The condition is diagnosed in about 3 percent of children.",
    "Up to 80% of people will experience back pain at some point in their lives.",
    "Obesity rates have tripled since 1975.",
    "Roughly 6.2 million Americans were living with the disease in 2021.",
    "A 2019 report by the CDC found that 1 in 5 adults has chronic pain.",
    "Current guidelines recommend screening every two years for women aged 50 to 74.",
    "In 2010, the agency approved the drug, and sales reached 2 million prescriptions.",
    "A larger trial of 500 patients is planned for next year.",
    "Public health campaigns have cut smoking by 14 percent in the U.S.",
    "The 30-day death rate after a hip fracture is about 10 percent.",
])
def test_background_sentences_are_labelled_background(sentence):
    assert classify.label(sentence) == "background"


@pytest.mark.parametrize("sentence", [
    "After 12 weeks, 45 percent of patients in the treatment group had improved.",
    "Women who took the supplement were 30% less likely to develop diabetes than those "
    "who took placebo.",
    "The risk of stroke fell by 20 percent in the group given the new drug.",
    "In this study, 60 percent of the children reported better sleep.",
    "Participants in the US who took the drug had 20% fewer attacks.",
    "Patients in the treatment group had 2.1 fewer attacks per year.",
    "Those who walked daily lost 2 kg a year on average.",
    "Within a year, 14 percent of patients on the new pill had switched to another drug.",
    "Coffee drinkers had a 15 percent lower risk of death, the study found.",
])
def test_study_results_are_labelled_result(sentence):
    assert classify.label(sentence) == "result"


@pytest.mark.parametrize("sentence", [
    "Media contact: Jane Doe, 555-123-4567",
    "SOURCE Example University Hospital",
    "DOI: 10.1000/example.2020.1234",
    "Example Health is one of the nation's leading academic medical centers.",
    "For more information, visit the website.",
])
def test_boilerplate_lines_are_labelled_boilerplate(sentence):
    assert classify.label(sentence) == "boilerplate"


def test_everything_after_a_closing_mark_is_boilerplate():
    text = ("Tea drinkers sleep better\n\nBOSTON -- Researchers followed 300 adults for a year. "
            "Those who drank tea slept 20 minutes longer.\n\n###\n\n"
            "Example University was founded as a small college and now has 40,000 students.")
    kinds = labels(text)
    after = next(k for s, k in kinds.items() if s.startswith("Example University"))
    assert after == "boilerplate"
    assert kinds["Those who drank tea slept 20 minutes longer."] == "result"


def test_boilerplate_sentences_are_not_study_sentences():
    st = state("Walking helps\n\nCHICAGO -- In the study, 120 adults walked daily.\n\n"
               "###\n\nThe school enrolls 3,000 students each year.")
    study = [s.text for s in classify.study_sentences(st)]
    assert any("120 adults" in s for s in study)
    assert not any("3,000" in s for s in study)


# --- classify: the role of one figure ------------------------------------------------------

def test_role_of_a_figure_in_a_background_clause_of_a_result_sentence():
    text = ("Previous trials found a 30 percent drop in pain, but in this trial pain fell by "
            "12 percent.")
    st = state("Pain study\n\n" + text)
    s = next(x for x in st.all_sentences if x.text.startswith("Previous"))
    early = s.text.index("30")
    late = s.text.index("12")
    assert classify.role_for(st, s, early, early + 2) == "background"
    assert classify.role_for(st, s, late, late + 2) == "result"


def test_role_of_figures_in_a_national_statistic_is_background():
    st = state("Flu study\n\nEvery year, about 8 percent of Americans catch the flu. "
               "In the trial, 3 percent of vaccinated adults caught it.")
    stat = next(x for x in st.all_sentences if x.text.startswith("Every year"))
    trial = next(x for x in st.all_sentences if x.text.startswith("In the trial"))
    i = stat.text.index("8")
    j = trial.text.index("3")
    assert classify.role_for(st, stat, i, i + 1) == "background"
    assert classify.role_for(st, trial, j, j + 1) == "result"


def test_role_of_a_national_clause_in_a_study_sentence():
    text = ("The disease affects 5 million Americans each year, while in the trial 30 percent "
            "of treated patients improved.")
    st = state("Study\n\n" + text)
    s = next(x for x in st.all_sentences if x.text.startswith("The disease"))
    national, result = s.text.index("5 million"), s.text.index("30 percent")
    assert classify.role_for(st, s, national, national + 1) == "background"
    assert classify.role_for(st, s, result, result + 2) == "result"


def test_reports_study_tells_a_study_from_a_product_release():
    study = state("Tea and sleep\n\nDENVER -- Researchers followed 300 adults. Those who "
                  "drank tea slept 20 minutes longer, the study found.")
    news = state("New clinic opens\n\nDENVER -- Example Health opened a heart clinic that "
                 "will see 5,000 patients a year. The clinic is recruiting for a future trial.")
    assert classify.reports_study(study)
    assert not classify.reports_study(news)


# --- frame: participants ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("A total of 133 participants were randomly assigned to yoga or stretching.", 133),
    ("For the 1,214 women in the study, the risk of fracture was lower.", 1214),
    ("The researchers enrolled 480 adults with type 2 diabetes.", 480),
    ("In all, 96 patients took part in the trial.", 96),
    ("Some 2,500 older adults were followed for ten years.", 2500),
    ("The team ran a pilot trial with 30 volunteers.", 30),
    ("Eight of the 40 children developed a rash.", 40),
    ("The study was carried out on twelve healthy volunteers.", 12),
    ("The team surveyed 2,000 parents of young children.", 2000),
    ("The sample comprised 800 nurses from three hospitals.", 800),
    ("The study looked at medical records of 45,000 patients.", 45000),
    ("Data from more than 10,000 women were analyzed.", 10000),
])
def test_find_cohort_reads_the_participant_count(sentence, n):
    st = state("Study of something\n\nDENVER -- " + sentence)
    found = frame.find_cohort(st)
    assert found is not None
    assert number(found[1].group("n")) == n


@pytest.mark.parametrize("sentence", [
    "Each year, 1,500 people in the country are diagnosed with the disease.",
    "An earlier study of 900 patients found no benefit.",
    "Researchers compared 2,000 women taking the pill with 3,000 who were not.",
    "In all, 45 patients (30%) in the drug group had a headache.",
])
def test_find_cohort_skips_background_earlier_studies_and_subgroups(sentence):
    assert frame.find_cohort(state("Study\n\nDENVER -- " + sentence)) is None


def test_find_cohort_prefers_the_enrolment_over_an_arm_size():
    st = state("Trial\n\nDENVER -- Of 300 patients assigned to the new drug, 20 had a "
               "relapse. A total of 610 patients were enrolled in the trial.")
    assert number(frame.find_cohort(st)[1].group("n")) == 610


# --- frame: design and evidence --------------------------------------------------------

def design(text: str, bank: dict) -> tuple[str | None, list[str]]:
    st = state(text, bank)
    frame.find_design(st)
    return st.found.evidence, [t for t, _ in st.found.design]


def test_randomised_when_the_study_assigned_at_random(bank):
    evidence, terms = design("Trial\n\nParticipants were randomly assigned to the drug or "
                             "a placebo. The drug lowered pain.", bank)
    assert evidence == "randomised"
    assert "randomised-trial" in terms


def test_a_randomised_trial_still_to_come_is_not_the_studys_design(bank):
    evidence, terms = design(
        "Coffee and gout\n\nResearchers analyzed health records of 20,000 adults. Coffee "
        "drinkers had fewer gout attacks. The findings should be confirmed by a randomized "
        "controlled trial.", bank)
    assert "randomised-trial" not in terms
    assert evidence == "observational"


def test_earlier_randomised_trials_do_not_make_a_cohort_study_randomised(bank):
    evidence, terms = design(
        "Fibre and asthma\n\nPrevious randomized trials of fibre supplements found no "
        "effect. In the new study, researchers followed 5,000 adults for eight years.", bank)
    assert "randomised-trial" not in terms
    assert evidence == "observational"


def test_a_re_analysis_of_a_trials_data_is_observational(bank):
    evidence, _ = design(
        "Screening\n\nThe team analyzed data from the Example Screening Trial, which randomly "
        "assigned smokers to scans or X-rays, and looked at those whose first scan was clear.",
        bank)
    assert evidence == "observational"


def test_placebo_without_randomisation_is_other_and_animals_are_lab(bank):
    assert design("Pill\n\nIn a small clinical trial, 20 patients received the pill and 10 "
                  "received a placebo.", bank)[0] == "other"
    assert design("Mice\n\nIn mice, the compound shrank tumours by half. Treated mice lived "
                  "longer.", bank)[0] == "lab"


@pytest.mark.parametrize("sentence, evidence", [
    ("Patients were assigned at random to the drug or a dummy pill.", "randomised"),
    ("The 200 volunteers were divided randomly into two groups.", "randomised"),
    ("In the double-blind, placebo-controlled trial, 300 patients received the drug.", "other"),
    ("The researchers used a case-control design, comparing 500 cases with 1,000 controls.",
     "observational"),
    ("Researchers reviewed the charts of 2,000 patients treated between 2010 and 2015.",
     "observational"),
    ("A cross-sectional survey of 3,000 teenagers found that 40 percent slept too little.",
     "observational"),
    ("The team grew organoids from stem cells and exposed them to the virus.", "lab"),
])
def test_evidence_from_how_the_study_was_done(sentence, evidence):
    assert design("Study\n\nDENVER -- " + sentence, {})[0] == evidence


def test_no_design_stated_gives_no_evidence(bank):
    assert design("News\n\nThe hospital opened a new wing for heart patients today.",
                  bank)[0] is None


# --- frame: journal -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("The study was published in the American Journal of Epidemiology on Monday.",
     "American Journal of Epidemiology"),
    ("The results appear in JAMA this week.", "JAMA"),
    ("The findings were published today in The BMJ.", "The BMJ"),
    ("The paper is published in the open-access journal PLOS ONE.", "PLOS ONE"),
    ("The work, published online March 3, 2019 in Nature Medicine, was funded by the "
     "agency.", "Nature Medicine"),
    ("The research appears in the June issue of Pediatrics.", "Pediatrics"),
])
def test_find_publication_reads_the_journal_from_running_text(sentence, name):
    st = state("Study\n\nDENVER -- " + sentence)
    frame.find_publication(st)
    assert st.found.journal is not None
    assert st.found.journal[0] == name


def test_an_earlier_paper_is_not_the_journal():
    st = state("Study\n\nDENVER -- Early results, published in a 2015 Example Journal paper, "
               "were promising.")
    frame.find_publication(st)
    assert st.found.journal is None


@pytest.mark.parametrize("name, jid", [
    ("PLOS ONE", "plos-one"), ("The BMJ", "bmj"), ("JAMA", "jama"),
    ("CMAJ (Canadian Medical Association Journal)", "cmaj"),
    ("The New England Journal of Medicine", "new-england-journal-of-medicine"),
])
def test_journal_ids_are_lint_clean(name, jid):
    assert frame.journal_id(name) == jid


# --- frame: title ---------------------------------------------------------------------------

def title_of(text: str) -> str | None:
    st = state(text)
    frame.find_header(st)
    return st.found.title[0] if st.found.title else None


def test_the_title_is_the_first_headline_line():
    assert title_of("Walking daily lowers blood pressure in older adults\n\nA second line "
                    "that explains more\n\nBOSTON -- Researchers found that walking helps."
                    ) == "Walking daily lowers blood pressure in older adults"


@pytest.mark.parametrize("first", [
    "About Example University Hospital",
    "SOURCE Example University Hospital",
    "Article: Walking and blood pressure in older adults. Example Journal 2019; 12:34",
    "Media contact: Jane Doe",
])
def test_the_title_is_never_boilerplate_a_source_line_or_a_citation(first):
    assert title_of(f"{first}\n\nWalking daily lowers blood pressure\n\nBOSTON -- "
                    "Researchers found that walking helps older adults.") == (
        "Walking daily lowers blood pressure")


def test_no_title_when_the_release_starts_with_its_first_paragraph():
    assert title_of("BOSTON -- Researchers found that walking for 30 minutes a day lowers "
                    "blood pressure in older adults, a new study shows.\n\nAbout Example "
                    "University") is None


# --- people and terms -----------------------------------------------------------------------

@pytest.mark.parametrize("description, role", [
    ("the study's lead author and a professor of medicine", "first-author"),
    ("co-senior author of the paper", "senior-author"),
    ("principal investigator of the trial", "senior-author"),
    ("who led the study at Example University", "study-author"),
    ("a cardiologist who was not involved in the study", "expert"),
    ("a spokesperson for the company", "spokesperson"),
    ("a professor of medicine at Example University", None),
])
def test_role_in_reads_how_a_person_is_introduced(description, role):
    from plainsum_extract.people import role_in

    assert role_in(description) == role


def test_a_quoted_person_gets_credentials_and_role_and_no_institution_is_a_person():
    from plainsum_extract import people

    st = state('Study\n\nDENVER -- "Walking every day made a real difference for these '
               'patients," said Jane Q. Doe, MD, MS, the study\'s senior author. "We did not '
               'expect effects this large in older adults," said Example State University, '
               'in a statement.')
    people.find_quotes(st)
    names = {p["name"]: p for p in st.found.people}
    assert names["Jane Q. Doe"]["credentials"] == "MD, MS"
    assert names["Jane Q. Doe"]["role"] == "senior-author"
    assert not any("University" in n for n in names)


@pytest.mark.parametrize("text, expected", [
    ("said Jane Doe, MD, MS, of Example University", True),
    ("said Jane Q. Doe, MS, a nurse", True),
    ("for people with MS, the most common form", False),
    ("patients with relapsing MS.", False),
    ("in Parkinson's, MS and ALS", False),
])
def test_a_degree_after_a_name_is_not_a_disease(text, expected):
    from plainsum_extract.terms import in_credentials

    i = text.index("MS")
    assert in_credentials(text, i, i + 2) is expected


def test_the_ms_of_a_degree_does_not_add_multiple_sclerosis(bank):
    from plainsum_extract import terms

    if "multiple-sclerosis" not in bank:
        pytest.skip("the bank has no multiple sclerosis term")
    st = state('Knee study\n\nDENVER -- "Exercise helped," said Jane Doe, MD, MS, of '
               'Example University.', bank)
    terms.find_jargon(st)
    assert "multiple-sclerosis" not in st.found.terms


# --- frame: condition and intervention ------------------------------------------------------

def condition_and_intervention(text: str, bank: dict) -> tuple[str, str]:
    from plainsum_extract import groups

    st = state(text, bank)
    frame.find_header(st)
    groups.find_groups(st)
    frame.find_condition_and_intervention(st)
    f = st.found

    def label(term_id: str) -> str:
        t = f.terms.get(term_id, {})
        return t.get("en", {}).get("technical", term_id)
    return label(f.condition[0]), label(f.intervention[0])


# a word capitalised only as the headline's (or a sentence's) first is lowered: "yoga"
@pytest.mark.parametrize("title, condition, intervention", [
    ("Yoga eases back pain in people with arthritis", "arthritis", "yoga"),
    ("Study: Green tea may lower blood pressure in diabetes patients", "diabetes",
     "green tea"),
    ("Massage for chronic headache", "headache", "massage"),
    ("Lasting relief after knee replacement in patients under 65", None, "knee replacement"),
])
def test_condition_and_intervention_from_the_headline(bank, title, condition, intervention):
    cond, interv = condition_and_intervention(
        f"{title}\n\nDENVER -- Researchers reported the results on Monday.", bank)
    if condition:
        assert cond == condition
    assert interv == intervention


@pytest.mark.parametrize("title", [
    "Large new study links sleep to heart health",
    "Older patients may not need yearly scans",
    "Researchers warn of the hazards of smoking",
])
def test_no_headline_fragment_becomes_the_intervention(bank, title):
    _, interv = condition_and_intervention(
        f"{title}\n\nDENVER -- Researchers reported the results on Monday.", bank)
    assert interv == "intervention"  # the placeholder, with a note, rather than a fragment


def test_the_condition_stops_at_the_verb(bank):
    cond, _ = condition_and_intervention(
        "Vaccine helps\n\nDENVER -- The researchers enrolled 80 adults with longstanding type 1 "
        "diabetes who had high blood sugar.", bank)
    assert cond == "type 1 diabetes"
