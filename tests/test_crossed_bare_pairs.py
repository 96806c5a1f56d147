"""Two groups' figures set against each other with no word for either group ("Over 90
days, total hospital time was 19.2 vs 43.2 hours"): they are said in the order the sheet
compares the groups, when the text named the groups in that order first; the other
order crosses them. A text that named the groups the other way round, or names a group
in the sentence itself, is read by its own words instead.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.test_check_real_errors import RIVA, check_pair


@pytest.mark.parametrize("lang, intro, faithful, wrong", [
    ("en", "Patients went home early with rivaroxaban or stayed in hospital for standard care.",
     "Over 90 days, hospital time for any reason was 19.2 vs 43.2 hours.",
     "Over 90 days, hospital time for any reason was 43.2 vs 19.2 hours."),
    ("de", "Verglichen wurde die frühe Entlassung mit Rivaroxaban mit der üblichen "
     "stationären Behandlung.",
     "Über 90 Tage lag die Klinikzeit aus jedem Grund bei 19,2 gegenüber 43,2 Stunden.",
     "Über 90 Tage lag die Klinikzeit aus jedem Grund bei 43,2 gegenüber 19,2 Stunden."),
    ("es", "Se comparó el alta precoz con rivaroxabán con el ingreso según la atención "
     "habitual.",
     "En 90 días, las horas de hospital por cualquier causa fueron 19,2 frente a 43,2.",
     "En 90 días, las horas de hospital por cualquier causa fueron 43,2 frente a 19,2."),
    ("fr", "Comparaison : sortie précoce sous rivaroxaban versus prise en charge "
     "hospitalière standard.",
     "- À 90 jours, temps hospitalier toutes causes : 19,2 h vs 43,2 h.",
     "- À 90 jours, temps hospitalier toutes causes : 43,2 h vs 19,2 h."),
    ("pt", "Comparou-se a alta precoce com rivaroxabano com o tratamento hospitalar "
     "habitual.",
     "Em 90 dias, o tempo no hospital por qualquer motivo foi de 19,2 contra 43,2 horas.",
     "Em 90 dias, o tempo no hospital por qualquer motivo foi de 43,2 contra 19,2 horas."),
])
def test_a_bare_pair_follows_the_order_of_the_comparison(lang, intro, faithful, wrong):
    words = "43,2" if lang != "en" else "43.2"
    check_pair(RIVA, lang, f"{intro}\n\n{faithful}", f"{intro}\n\n{wrong}", "wrong-context",
               words)


def test_a_text_that_names_the_groups_the_other_way_round_is_not_held_to_the_sheet():
    text = ("Patients stayed in hospital for standard care or went home early with "
            "rivaroxaban.\n\nOver 90 days, hospital time for any reason was 43.2 vs 19.2 "
            "hours.")
    assert not alarms(RIVA, "en", text)


def test_a_group_named_in_the_sentence_says_whose_each_figure_is():
    text = ("Patients went home early with rivaroxaban or stayed in hospital for standard "
            "care.\n\nThose kept in hospital spent longer there over 90 days, 43.2 vs 19.2 "
            "hours.")
    assert not alarms(RIVA, "en", text)


# --- both figures said with the same group's words ---------------------------------------
CHX = "chlorhexidine-csection-2016"


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "fr",
     "Dans les 30 jours, 4,0 % des patientes du groupe chlorhexidine ont eu une infection, "
     "contre 7,3 % dans le groupe iode.",
     "Dans les 30 jours, 4,0 % des patientes du groupe chlorhexidine ont eu une infection, "
     "contre 7,3 % dans le groupe chlorhexidine.", "7,3 %"),
    (CHX, "es",
     "En 30 días se infectó el 4,0 % del grupo de clorhexidina frente al 7,3 % del grupo "
     "de yodo.",
     "En 30 días se infectó el 4,0 % del grupo de yodo frente al 7,3 % del grupo de yodo.",
     "4,0 %"),
    (RIVA, "en",
     "In the early-discharge group, 64.4% said their treatment was no burden at all, "
     "against 54.4% in the hospital group.",
     "In the early-discharge group, 64.4% said their treatment was no burden at all, "
     "against 54.4% in the early-discharge group.", "54.4%"),
    # two clauses in parallel, no versus word
    (RIVA, "de",
     "In den ersten 30 Tagen lagen die früh Entlassenen im Mittel 4,8 Stunden wegen "
     "Gerinnseln im Krankenhaus, die stationär Behandelten 33,6 Stunden.",
     "In den ersten 30 Tagen lagen die stationär Behandelten im Mittel 4,8 Stunden wegen "
     "Gerinnseln im Krankenhaus, die stationär Behandelten 33,6 Stunden.", "4,8 Stunden"),
])
def test_two_figures_said_with_one_groups_words(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-context", words)


def test_a_denied_group_word_names_the_other_group():
    text = ("Within 30 days, 4.0% of women in the chlorhexidine group got an infection, "
            "compared with 7.3% of women without chlorhexidine.")
    assert not alarms(CHX, "en", text)
