"""Slips a native editor still found reading every output of every example sheet in
seven languages (issue 13), each held by reading the outputs themselves:

- the seed's patient lead said "After 10 years, 71 out of 100 people with
  relapsing-remitting MS ..." (after what? all people with that MS?): it names the people
  studied and the event its time counts from, as the other audiences' leads do;
- the trial's SMS in es, pt and fr never said C-section (its shortest labels left the
  event to a headline an SMS does not have);
- a figure given after a dummy subject ("Im Vergleich dazu waren es ... 33,6 Stunden":
  what was?), and a list of who took part that goes on with "There were also ...";
- German "waren ... an einer Wundinfektion erkrankt" and Italian "donne a cui la pelle
  è stata pulita" (the sheets' labels: "von einer Wundinfektion betroffen", "donne
  trattate con").
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import registry_with
from .test_summary_meaning import LANGS, SHEETS, outputs, paragraphs

SEED = next(p for p in SHEETS if p.parent.name == "hsct-ms-2021")
TRIAL = next(p for p in SHEETS if p.parent.name == "chlorhexidine-csection-2016")
EVERY = ("summary", "social", "sms", "glossary")

# a figure after a subject that names nothing: "waren es 33,6 Stunden", "it was 66 ..."
DUMMY = {
    "en": r"(?:^|[.!?:;,]\s+)it was\s+(?:\w+\s+)?\d",
    "es": r"(?:^|[.!?:;,]\s+)(?:eran|era|fue)\s+(?:de\s+)?\d",
    "fr": r"c'était le cas (?:de|d')|(?:^|[.!?:;,]\s+)(?:c'était|elle était de)\s+\d",
    "de": r"\b(?:waren|war) es\b[^.!?\d]{0,60}\d",  # not "In der Studie war es Rivaroxaban"
    "it": r"(?:^|[.!?:;,]\s+)(?:erano|era di)\s+\d",
    "pt": r"(?:^|[.!?:;,]\s+)(?:eram|foi de|foram)\s+\d",
    "nl": r"(?:^|[.!?:;,]\s+)(?:die was|het waren er|dat waren er)\s+\d",
}
# a list of who took part that goes on with the same opening: "There were also ..."
ALSO = {
    "en": r"\bthere were also\b|\balso among them\b", "es": r"\btambién había\b",
    "fr": r"\bil y avait aussi\b",
    "de": r"\bes gab auch\b", "it": r"\bc'erano anche\b", "pt": r"\bhavia também\b",
    "nl": r"\ber waren ook\b",
}


def every_output(path: Any, code: str) -> list[Any]:
    return outputs(path, code, EVERY)


def term_forms(code: str, term_id: str) -> list[str]:
    forms = registry_with([code]).language(code).terms[term_id]
    return [f for f in (forms.plain, forms.technical, *forms.forms) if f]


def named(text: str, forms: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text, re.IGNORECASE)
               for f in forms)


@pytest.mark.parametrize("code", LANGS)
def test_the_patient_lead_names_the_people_studied_and_the_event(code):
    """The seed's patient lead: the group with its size, as the people studied, and the
    event its time counts from, in the patient's words ("Of the 122 people with
    relapsing-remitting MS (multiple sclerosis), 71 out of 100 did not get worse 10 years
    after the stem cell transplant")."""
    made = [o for o in outputs(SEED, code) if o.audience == "patients"]
    if not made:
        pytest.skip(f"the seed has no {code} wording")
    lead = paragraphs(made[0].text)[1]
    forms = registry_with([code]).language(code).terms["ahsct"]
    assert re.search(r"\b122\b", lead) and re.search(r"\b71\b", lead), lead
    assert named(lead, [forms.plain]), lead


@pytest.mark.parametrize("code", LANGS)
def test_every_sms_of_the_trial_names_the_c_section(code):
    """An SMS has no headline: its result says the event its "within" time counts from
    ("En los 30 días siguientes a la cesárea, ..."), for every audience."""
    made = [o for o in every_output(TRIAL, code) if o.generator == "sms"]
    if not made:
        pytest.skip(f"the trial has no {code} wording")
    forms = term_forms(code, "caesarean-section")
    for out in made:
        assert named(out.text, forms), (out.audience, out.text)


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_no_figure_follows_a_subject_that_names_nothing(path, code):
    """Every output, posts and SMS too: a figure is said with what it is a figure of,
    never after "it was" / "waren es" pointing back to a sentence before."""
    pattern = re.compile(DUMMY[code], re.IGNORECASE | re.MULTILINE)
    for out in every_output(path, code):
        found = pattern.search(out.text)
        assert found is None, (out.generator, out.audience, out.text[found.start():][:90])


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_no_list_of_who_took_part_goes_on_with_there_were_also(path, code):
    pattern = re.compile(ALSO[code], re.IGNORECASE)
    for out in every_output(path, code):
        found = pattern.search(out.text)
        assert found is None, (out.generator, out.audience, out.text[found.start():][:90])


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_german_results_never_say_waren_erkrankt(path):
    """"waren ... an einer Wundinfektion erkrankt", "waren ... häufiger an Darmkrebs
    erkrankt": the labels take "sein" as "betroffen" ("von einer Wundinfektion
    betroffen")."""
    lang = registry_with(["de"]).language("de")
    for out in every_output(path, "de"):
        for sentence in lang.sentences(out.text):
            assert not (re.search(r"\b(?:waren|war)\b", sentence)
                        and re.search(r"\berkrankt\b", sentence)), (out.audience, sentence)


def test_italian_arms_are_not_women_to_whom_the_skin_was_cleaned():
    for out in every_output(TRIAL, "it"):
        assert "a cui la pelle" not in out.text, (out.generator, out.audience)


def opening(sentence: str) -> str:
    """A sentence's first word, a figure as one sign ("After 5 years", "After 10 years")."""
    words = re.sub(r"\d[\d.,\u00a0\u202f]*", "#", sentence).lower().split()
    return words[0] if words else ""


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_no_output_opens_three_sentences_in_a_row_alike(path, code):
    """Posts, SMS and glossaries too, not only summaries: no paragraph has three sentences
    in a row that open with the same word ("There were … There were also …", "Of the … Of
    the … Of the …", "bleek dat" three times)."""
    lang = registry_with([code]).language(code)
    for out in every_output(path, code):
        for paragraph in paragraphs(out.text):
            said = [opening(s) for s in lang.sentences(paragraph)]
            for i in range(len(said) - 2):
                assert not (said[i] and said[i] == said[i + 1] == said[i + 2]), (
                    out.generator, out.audience, paragraph)


# a general count opened as "there are …", a calque: "Ci sono circa 140.250 persone …"
THERE_ARE = {"it": r"(?:^|[.!?:]\s+)ci sono\s+(?:\w+\s+){0,2}\d",
             "pt": r"(?:^|[.!?:]\s+)há\s+(?:\w+\s+){0,2}\d",
             # "There are about 140,250 people … expected to be diagnosed … in 2018"
             "en": r"(?:^|[.!?:]\s+)there are\s+(?:\w+\s+){0,2}\d"}


@pytest.mark.parametrize("code", sorted(THERE_ARE))
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_a_general_count_is_not_there_are_in_italian_or_portuguese(path, code):
    """"Sono circa 140.250 le persone … a cui …", "São cerca de 140 250 as pessoas … a
    quem …", as Spanish says "Son alrededor de …" (was "Ci sono circa …", "Há cerca de …");
    "About 140,250 people in the United States were expected to be diagnosed …" (was
    "There are about …")."""
    pattern = re.compile(THERE_ARE[code], re.IGNORECASE | re.MULTILINE)
    for out in every_output(path, code):
        found = pattern.search(out.text)
        assert found is None, (out.generator, out.audience, out.text[found.start():][:90])


# Dutch: a figure after "waren er … die …" (a heavy calque of "there were … who …"), and
# "geen van de …" with a plural verb
NL_THERE_WERE = re.compile(r"\bwaren er\b[^.!?]*\d[^.!?]*\bdie\b", re.IGNORECASE)
NL_NONE_PLURAL = re.compile(r"\bgeen van de\b[^.!?]*\b(?:hadden|waren|kregen)[.!?]",
                            re.IGNORECASE)


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_dutch_results_put_the_verb_second_not_waren_er_die(path):
    """"Van de 122 mensen met relapsing-remitting MS waren 10 jaar na de
    stamceltransplantatie 71 van de 100 niet achteruitgegaan" (was "… waren er … 71 van de
    100 die niet achteruit waren gegaan"); "Bij vrouwen bij wie de huid met jodium werd
    ontsmet, kregen 7 van de 100 een wondinfectie" (was "… waren er 7 van de 100 die een
    wondinfectie kregen"); "geen van de mensen … een ernstige bloeding had"."""
    for out in every_output(path, "nl"):
        for pattern in (NL_THERE_WERE, NL_NONE_PLURAL):
            found = pattern.search(out.text)
            assert found is None, (out.generator, out.audience, found.group(0))


def test_dutch_seed_lead_says_the_verb_second():
    made = [o for o in outputs(SEED, "nl") if o.audience == "patients"]
    assert ("Van de 122 mensen met relapsing-remitting MS (multiple sclerose) waren 10 jaar "
            "na de stamceltransplantatie 71 van de 100 niet achteruitgegaan.") in made[0].text


RIVAROXABAN = next(p for p in SHEETS if p.parent.name == "rivaroxaban-pe-2018")


@pytest.mark.parametrize("code", LANGS)
def test_rivaroxaban_patients_read_the_burden_as_natural_frequencies(code):
    """The sheet allows whole numbers for the share who found treatment no burden
    (``round_to: [1]``): patients read "64 out of 100", not "64.4%"; clinicians keep the
    sheet's 64.4 %."""
    made = {o.audience: o.text for o in outputs(RIVAROXABAN, code)}
    assert not re.search(r"\b64[.,]4\b", made["patients"]), made["patients"]
    assert re.search(r"\b64\b[^.%]*\b100\b", made["patients"]), made["patients"]
    assert re.search(r"\b64[.,]4\b", made["clinicians"])


def test_an_abbreviation_spelled_out_is_used_after_it():
    """The clinician summary spells out "autologous hematopoietic stem cell
    transplantation (aHSCT)" in its lead, then says "aHSCT" (was the full name twice
    more); the authors' line keeps its names whole ("Italian Multiple Sclerosis
    Foundation", never "Italian MS Foundation")."""
    made = {o.audience: o.text for o in outputs(SEED, "en")}
    text = made["clinicians"]
    spelled = "autologous hematopoietic stem cell transplantation (aHSCT)"
    assert spelled in text
    after = text[text.index(spelled) + len(spelled):]
    assert "autologous hematopoietic stem cell transplantation" not in after, after
    assert "received aHSCT" in after
    for said in made.values():
        assert "Italian MS Foundation" not in said


def test_german_trial_never_calls_skin_antisepsis_cleaning():
    """Skin antisepsis is no "Hautreinigung" (cleaning, as of a cosmetic): the headline
    says "Chlorhexidin auf der Haut vor dem Kaiserschnitt verhindert mehr Infektionen als
    Jod"."""
    for out in every_output(TRIAL, "de"):
        assert not re.search(r"reinigung|gereinigt", out.text, re.IGNORECASE), (
            out.generator, out.audience)


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_italian_results_say_the_period_not_a_deadline(path):
    """"Nei primi 30 giorni, il tempo in ospedale …" (the period observed), not "Entro 30
    giorni, …" (by a deadline), a calque of "Within 30 days". ("muore entro 30 giorni", a
    death by a deadline, is the sheet's own label.)"""
    for out in every_output(path, "it"):
        found = re.search(r"(?:^|[.!?]\s+)Entro \d", out.text, re.MULTILINE)
        assert found is None, (out.generator, out.audience, out.text[found.start():][:80])


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_spanish_results_say_the_period_not_a_deadline(path):
    """"En los primeros 90 días, el estudio midió …" (the period observed), not "En un
    plazo de 90 días, …" (a deadline that runs out), a calque of "Within 90 days"."""
    for out in every_output(path, "es"):
        found = re.search(r"\ben un plazo de \d", out.text, re.IGNORECASE)
        assert found is None, (out.generator, out.audience, out.text[found.start():][:80])
