"""The error types real machine translation and rewrites make (issue 14, item 2), each on
sentences of its own in several languages, beside the faithful wording the same rule must
leave alone: a figure on a thing the sheet never counts (``wrong-referent``), a condition,
intervention or acronym replaced by another real term (``term-swapped``), a negation or
its scope changed around a figure or finding (``negation-changed``), a term's words
reordered with a look-alike and a changed word in a protected phrase (``term-corrupted``),
and a secondary finding turned round (``direction-flipped``, with its span).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"
CHX = "chlorhexidine-csection-2016"
RIVA = "rivaroxaban-pe-2018"


def found(sheet: str, lang: str, text: str) -> list[Any]:
    return C.alarms(C.check(C.Faithful(sheet, lang, "test", text, "none"), text))


def at(sheet: str, lang: str, text: str, rule: str, phrase: str) -> bool:
    """Whether ``rule`` is reported on a span that overlaps ``phrase``."""
    a = text.index(phrase)
    b = a + len(phrase)
    return any(f.rule == rule and f.span and f.span[0] < b and a < f.span[1]
               for f in found(sheet, lang, text))


def clean(sheet: str, lang: str, text: str) -> str:
    return "; ".join(f"{f.rule} {f.found!r}: {f.message}" for f in found(sheet, lang, text))


# --- wrong-referent ---------------------------------------------------------------------
@pytest.mark.parametrize("sheet, lang, text, phrase", [
    (HSCT, "en", "The team followed 210 hospitals with MS after a stem cell transplant.",
     "210 hospitals"),
    (HSCT, "en", "Among 122 Italian clinics with relapsing-remitting MS, 86% did not get worse "
                 "after 5 years.", "122 Italian clinics"),
    (HSCT, "es", "El equipo siguió a 210 hospitales con EM tras un trasplante de células "
                 "madre.", "210 hospitales"),
    (HSCT, "fr", "L'équipe a suivi 210 hôpitaux atteints de SEP après une greffe de cellules "
                 "souches.", "210 hôpitaux"),
    (HSCT, "de", "Das Team begleitete 210 Kliniken mit MS nach einer "
                 "Stammzelltransplantation.", "210 Kliniken"),
    (HSCT, "it", "Il gruppo ha seguito 210 ospedali con SM dopo un trapianto di cellule "
                 "staminali.", "210 ospedali"),
    (HSCT, "pt", "A equipa acompanhou 210 hospitais com EM após um transplante de células "
                 "estaminais.", "210 hospitais"),
    (CHX, "en", "In a trial of 1,147 studies, chlorhexidine-alcohol cut wound infections.",
     "1,147 studies"),
    (CHX, "es", "En un ensayo con 1147 países, la clorhexidina redujo las infecciones de la "
                "herida.", "1147 países"),
    # a share of the sheet said of another kind of thing
    (HSCT, "en", "After 5 years, 80% of the hospitals had not gotten worse.", "hospitals"),
    (HSCT, "de", "Nach 5 Jahren waren 80 % der Kliniken nicht stärker eingeschränkt.",
     "Kliniken"),
    (RIVA, "en", "A trial of 114 hospitals with a low-risk pulmonary embolism.", "hospitals"),
])
def test_a_figure_on_a_thing_the_sheet_never_counts(sheet, lang, text, phrase):
    assert at(sheet, lang, text, "wrong-referent", phrase), found(sheet, lang, text)


@pytest.mark.parametrize("sheet, lang, text", [
    (HSCT, "en", "The team followed 210 adults with MS after a stem cell transplant."),
    (HSCT, "en", "The team followed 210 patients; 99 of them completed the study."),
    (HSCT, "es", "El equipo siguió a 210 pacientes con EM tras un trasplante de células madre."),
    (HSCT, "fr", "L'équipe a suivi 210 malades atteints de SEP après une greffe de cellules "
                 "souches."),
    (HSCT, "de", "Das Team begleitete 210 Menschen mit MS nach einer "
                 "Stammzelltransplantation."),
    (HSCT, "it", "Il gruppo ha seguito 210 partecipanti con SM dopo un trapianto di cellule "
                 "staminali."),
    (HSCT, "pt", "A equipa acompanhou 210 doentes com EM após um transplante de células "
                 "estaminais."),
    (CHX, "en", "In a trial of 1,147 mothers, chlorhexidine-alcohol cut wound infections."),
    (RIVA, "de", "114 Patienten, 99 haben die Studie abgeschlossen."),
])
def test_the_sheets_people_in_other_words_are_no_wrong_referent(sheet, lang, text):
    assert "wrong-referent" not in {f.rule for f in found(sheet, lang, text)}, \
        clean(sheet, lang, text)


# --- term-swapped -----------------------------------------------------------------------
@pytest.mark.parametrize("sheet, lang, text, phrase", [
    (HSCT, "en", "In 210 people with ALS, 80% did not get worse 5 years after a stem cell "
                 "transplant.", "ALS"),
    (HSCT, "en", "In 210 people with SMA, 80% did not get worse 5 years after a stem cell "
                 "transplant.", "SMA"),  # no listed acronym: in the sheet's acronym's place
    (HSCT, "en", "In 210 people with MS, 80% did not get worse 5 years after chemotherapy.",
     "chemotherapy"),
    (HSCT, "es", "En 210 personas con ELA, el 80 % no empeoró a los 5 años del trasplante "
                 "de células madre.", "ELA"),
    (HSCT, "fr", "Chez 210 personnes atteintes de SLA, 80 % ne se sont pas aggravées 5 ans "
                 "après une greffe de cellules souches.", "SLA"),
    (HSCT, "de", "Bei 210 Menschen mit MSA waren 80 % nach 5 Jahren nicht stärker "
                 "eingeschränkt.", "MSA"),
    (HSCT, "it", "In 210 persone con SM, l'80 % non è peggiorato a 5 anni dalla "
                 "chemioterapia.", "chemioterapia"),
    (HSCT, "pt", "Em 210 pessoas com Parkinson, 80 % não pioraram 5 anos após o transplante "
                 "de células estaminais.", "Parkinson"),
    (CHX, "en", "Cleaning the skin with octenidine-alcohol cut wound infections: 4.0% against "
                "7.3% with iodine-alcohol.", "octenidine"),
    (CHX, "fr", "Nettoyer la peau à l'octénidine alcoolique a réduit les infections de la "
                "plaie : 4,0 % contre 7,3 % avec l'iode alcoolique.", "octénidine"),
    (RIVA, "en", "A trial of 114 patients compared early discharge on apixaban with usual "
                 "hospital care.", "apixaban"),
    # one word of the term's form swapped for one that makes it another disease
    (HSCT, "en", "In 210 people with systemic sclerosis, 80% did not get worse 5 years after a "
                 "stem cell transplant.", "systemic"),
    (RIVA, "en", "A trial of 114 patients with low-risk pulmonary fibrosis compared early "
                 "discharge on rivaroxaban with usual care.", "fibrosis"),
    ("vitamin-d-colorectal-2018", "en", "More than 5,700 people who developed breast cancer "
                                        "were compared with more than 7,100 who did not.",
     "breast"),
    ("vitamin-d-colorectal-2018", "en", "People with low vitamin C had a 31% higher risk of "
                                        "colorectal cancer.", "vitamin C"),
    # the term's head word with a body site of its own beside it
    (HSCT, "en", "In 210 people with MS, 80% did not get worse 5 years after a kidney "
                 "transplant.", "kidney"),
    (HSCT, "es", "En 210 personas con EM, el 80 % no empeoró a los 5 años de un trasplante de "
                 "riñón.", "riñón"),
    (CHX, "en", "Chlorhexidine-alcohol cut urinary tract infections after a C-section: 4.0% "
                "against 7.3%.", "urinary"),
    (RIVA, "en", "A trial of 114 patients with a low-risk DVT compared early discharge on "
                 "rivaroxaban with usual care.", "DVT"),
])
def test_a_term_replaced_by_another_real_term(sheet, lang, text, phrase):
    assert at(sheet, lang, text, "term-swapped", phrase), found(sheet, lang, text)


@pytest.mark.parametrize("sheet, lang, text", [
    # the sheet's term named, another disease or drug only as context
    (HSCT, "en", "In 210 people with MS, 80% did not get worse 5 years after a stem cell "
                 "transplant. The treatment is also used for some cancers, and chemotherapy is "
                 "part of it."),
    (HSCT, "es", "En 210 personas con EM, el 80 % no empeoró a los 5 años del trasplante de "
                 "células madre; la ELA es otra enfermedad."),
    (CHX, "en", "Cleaning the skin with chlorhexidine-alcohol cut wound infections: 4.0% "
                "against 7.3% with iodine-alcohol; octenidine was not tested."),
    (CHX, "de", "Die Reinigung mit Chlorhexidin-Alkohol senkte die Wundinfektionen: 4,0 % "
                "gegenüber 7,3 % mit Jod-Alkohol."),
    # a lay word for the sheet's own, and a word the sheet uses inside a compound
    (CHX, "fr", "Infection de cicatrice à 30 jours : 4,0 % contre 7,3 %."),
    ("ct-heart-scan-2018", "de", "Herz-CT bei Brustschmerzen: weniger Infarkte."),
])
def test_a_named_term_beside_another_as_context_is_no_swap(sheet, lang, text):
    assert "term-swapped" not in {f.rule for f in found(sheet, lang, text)}, \
        clean(sheet, lang, text)


# --- negation-changed -------------------------------------------------------------------
@pytest.mark.parametrize("sheet, lang, text, phrase", [
    (CHX, "en", "Within 30 days, 4.0% of the women cleaned with chlorhexidine did not get a "
                "wound infection.", "not get a wound infection"),
    (CHX, "es", "En 30 días, el 4,0 % de las mujeres del grupo de clorhexidina no tuvo una "
                "infección de la herida.", "no tuvo una infección"),
    (CHX, "it", "Entro 30 giorni, il 4,0 % delle donne trattate con clorexidina non ha avuto "
                "un'infezione della ferita.", "non ha avuto un'infezione"),
    (HSCT, "en", "Among 210 people with MS, 80% did not get better 5 years after a stem cell "
                 "transplant.", "get better"),
    (HSCT, "pt", "Das 210 pessoas com EM, 80 % não melhoraram 5 anos após o transplante de "
                 "células estaminais.", "melhoraram"),
    (RIVA, "en", "In the trial of 114 patients, no one had bleeding.", "no one had bleeding"),
    (RIVA, "es", "En el ensayo con 114 pacientes, ningún paciente tuvo una hemorragia.",
     "tuvo una hemorragia"),
    (RIVA, "de", "In der Studie mit 114 Patienten hatte niemand eine Blutung.", "Blutung"),
    (RIVA, "fr", "Dans l'essai de 114 patients, aucun patient n'a eu d'hémorragie.",
     "hémorragie"),
    # a difference the sheet finds, said as none
    ("ct-heart-scan-2018", "en", "Over five years, people who also had a heart scan did not "
                                 "have 40% fewer heart attacks.", "fewer"),
    ("ct-heart-scan-2018", "en", "A heart scan did not reduce heart attacks.", "reduce"),
    ("ct-heart-scan-2018", "fr", "En cinq ans, celles qui avaient aussi passé un scanner du "
                                 "cœur n'ont pas eu 40 % de crises cardiaques en moins que les "
                                 "autres.", "en moins"),
    ("vitamin-d-colorectal-2018", "pt", "Quem tinha mais vitamina D não tinha um risco 22 % "
                                        "mais baixo.", "mais baixo"),
    # a finding the sheet says of no one, said of some
    (RIVA, "en", "In the trial of 114 patients, a few patients had serious bleeding.",
     "serious bleeding"),
    (RIVA, "de", "Einige Patienten hatten eine schwere Blutung.", "Blutung"),
    (RIVA, "es", "Algunos pacientes tuvieron una hemorragia grave.", "hemorragia"),
    # free of the finding, before it, after it or glued to it
    (CHX, "en", "Within 30 days, 4.0% of the women in the chlorhexidine group stayed "
                "infection-free.", "infection-free"),
    (CHX, "es", "En 30 días, el 4,0 % de las mujeres del grupo de clorhexidina quedó libre de "
                "infección.", "libre de infección"),
    (CHX, "de", "Innerhalb von 30 Tagen blieben 4,0 % der Frauen der Chlorhexidin-Gruppe "
                "infektionsfrei.", "infektionsfrei"),
])
def test_a_negation_added_or_widened(sheet, lang, text, phrase):
    assert at(sheet, lang, text, "negation-changed", phrase), found(sheet, lang, text)


@pytest.mark.parametrize("sheet, lang, text", [
    # the complement with a negation is faithful
    (CHX, "en", "Within 30 days, 96.0% of the women cleaned with chlorhexidine did not get a "
                "wound infection."),
    (HSCT, "de", "Nach 5 Jahren waren 80 % der 210 Menschen mit MS nicht stärker "
                 "eingeschränkt als vorher."),
    (RIVA, "en", "In the trial of 114 patients, no one had major bleeding."),
    (RIVA, "it", "Nello studio su 114 pazienti nessuno ha avuto un sanguinamento grave."),
    (RIVA, "es", "Sin diferencias en visitas por sangrado a 90 días; ninguna hemorragia "
                 "mayor en ninguno de los dos brazos."),
    (CHX, "de", "Innerhalb von 30 Tagen blieben 96,0 % der Frauen der Chlorhexidin-Gruppe "
                "infektionsfrei."),
    ("ct-heart-scan-2018", "en", "Over five years, people who also had a heart scan had 40% "
                                 "fewer heart attacks; the scan did not raise them."),
    ("ct-heart-scan-2018", "it", "In cinque anni chi aveva fatto anche la TAC del cuore ha avuto "
                                 "il 40 % di infarti in meno."),
    ("vitamin-d-colorectal-2018", "en", "This does not mean that people with more vitamin D "
                                        "have a 22% lower risk because of it."),
    (RIVA, "en", "Within 90 days, the study compared how many had a bleeding-related "
                 "hospitalization."),
    (RIVA, "de", "Innerhalb von 90 Tagen wurde verglichen, wie viele wegen einer Blutung im "
                 "Krankenhaus waren."),
])
def test_the_sheets_own_negations_are_no_change(sheet, lang, text):
    assert "negation-changed" not in {f.rule for f in found(sheet, lang, text)}, \
        clean(sheet, lang, text)


# --- term-corrupted: reordered look-alikes and whose cells ------------------------------
@pytest.mark.parametrize("sheet, lang, text, phrase", [
    (HSCT, "en", "210 people with MS had a transmission of stem cells.",
     "transmission of stem cells"),
    (HSCT, "es", "210 personas con EM recibieron una transmisión de células madre.",
     "transmisión de células madre"),
    (CHX, "en", "4.0% of the women had an infection of the surgical sight.", "surgical sight"),
    (CHX, "fr", "4,0 % des femmes ont eu une infection opérationnelle du site.",
     "opérationnelle"),
    (HSCT, "en", "210 people with MS had a transplant of donor stem cells.", "donor"),
    (HSCT, "es", "210 personas con EM recibieron células madre de un donante.", "donante"),
    (HSCT, "de", "210 Menschen mit MS erhielten Stammzellen eines Spenders.", "Spenders"),
    (HSCT, "it", "210 persone con SM hanno ricevuto cellule staminali da donatore.",
     "donatore"),
])
def test_a_reordered_garble_or_another_persons_cells(sheet, lang, text, phrase):
    assert at(sheet, lang, text, "term-corrupted", phrase), found(sheet, lang, text)


@pytest.mark.parametrize("sheet, lang, text", [
    (HSCT, "en", "210 people with MS had a transplant of their own stem cells."),
    (HSCT, "en", "Unlike cells from a donor, the stem cells here were the person's own."),
    (HSCT, "es", "210 personas con EM recibieron un trasplante de sus propias células madre."),
    (CHX, "es", "La herida se infecta hasta en un 12 % de las cesáreas en Estados Unidos."),
    (CHX, "en", "4.0% of the women had an infection of the surgical site."),
])
def test_the_terms_own_words_in_another_order_are_no_garble(sheet, lang, text):
    assert "term-corrupted" not in {f.rule for f in found(sheet, lang, text)}, \
        clean(sheet, lang, text)


# --- direction-flipped: a secondary finding turned round --------------------------------
@pytest.mark.parametrize("lang, text, phrase", [
    ("en", "80% of the 210 people with MS did not get worse after 5 years. After 10 years, a "
           "few people had got worse.", "got worse"),
    ("es", "El 80 % de las 210 personas con EM no empeoró a los 5 años. A los 10 años, "
           "algunas personas empeoraron.", "empeoraron"),
    ("it", "L'80 % delle 210 persone con SM non è peggiorato dopo 5 anni. Dopo 10 anni, "
           "alcune persone sono peggiorate.", "peggiorate"),
    # without the finding's time, "even" marks it
    ("de", "Nach 5 Jahren waren 80 % der 210 Menschen mit MS nicht stärker eingeschränkt. "
           "Einige waren sogar stärker eingeschränkt.", "sogar stärker"),
])
def test_a_secondary_finding_turned_round_is_reported_at_its_words(lang, text, phrase):
    assert at(HSCT, lang, text, "direction-flipped", phrase), found(HSCT, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "80% of the 210 people with MS did not get worse after 5 years. After 10 years, "
           "some people had even got better."),
    ("fr", "80 % des 210 personnes atteintes de SEP ne se sont pas aggravées après 5 ans. "
           "Après 10 ans, certaines se sont même améliorées."),
    ("en", "80% of the 210 people with MS did not get worse after 5 years. Some people even "
           "got better."),
])
def test_the_secondary_finding_as_the_sheet_says_it(lang, text):
    assert "direction-flipped" not in {f.rule for f in found(HSCT, lang, text)}, \
        clean(HSCT, lang, text)
