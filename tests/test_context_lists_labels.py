"""Which group and time a figure is said of, in the forms lists, slides and tables take:
a heading before a colon that gives a list of figures to one group ("- RRMS: 86% and
71%"), an arrow from one time's figure to the next ("80% at 5 years → 66% at 10 years"),
two items of a line set apart by a slash ("arm A: n = 572 / arm B: n = 575"), an aside
that names a part of the group just named ("progressive MS, almost all of it secondary
progressive, 71% and 57%"), a table of labels and values with no header row, and the
letters a text gives its groups ("Group A | early discharge", later "A: 64.4%"). Each
faithful text has a twin with the figures the other way round, still caught.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, HSCT, RIVA, check_pair

CHX = "chlorhexidine-csection-2016"


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    # a heading's colon gives the list after it to the heading's group
    (HSCT, "en",
     "No worsening of disability:\n- everyone: 80% after 5 years and 66% after 10 years;\n"
     "- relapsing-remitting MS: 86% and 71%;\n- progressive MS: 71% and 57%.",
     "No worsening of disability:\n- everyone: 80% after 5 years and 66% after 10 years;\n"
     "- relapsing-remitting MS: 71% and 57%;\n- progressive MS: 86% and 71%.", "57%"),
    (HSCT, "es",
     "Sin empeoramiento de la discapacidad:\n- en conjunto: 80 % a los 5 años y 66 % a los "
     "10 años;\n- EM remitente-recurrente: 86 % y 71 %;\n- formas progresivas: 71 % y 57 %.",
     "Sin empeoramiento de la discapacidad:\n- en conjunto: 80 % a los 5 años y 66 % a los "
     "10 años;\n- EM remitente-recurrente: 71 % y 57 %;\n- formas progresivas: 86 % y 71 %.",
     "57 %"),
    # an arrow from one time's figure to the next
    (HSCT, "de",
     "Ergebnisse:\n• Alle: 80 % nach 5 Jahren → 66 % nach 10 Jahren",
     "Ergebnisse:\n• Alle: 66 % nach 5 Jahren → 80 % nach 10 Jahren", "66 %"),
    (HSCT, "en",
     "Results:\n• All patients: 80% at 5 years → 66% at 10 years",
     "Results:\n• All patients: 66% at 5 years → 80% at 10 years", "66%"),
    # a slash between two items of one line
    (CHX, "en",
     "• Chlorhexidine-alcohol arm: n = 572 / iodine-alcohol arm: n = 575",
     "• Chlorhexidine-alcohol arm: n = 575 / iodine-alcohol arm: n = 572", "572"),
    (CHX, "es",
     "• Grupo de clorhexidina: n = 572 / grupo de yodo: n = 575",
     "• Grupo de clorhexidina: n = 575 / grupo de yodo: n = 572", "572"),
])
def test_lists_take_their_headings_and_items(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-context", words)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de",
     "Bei der schubförmigen MS waren es 86 bzw. 71 Prozent; bei fortschreitender MS, "
     "überwiegend der sekundär progredienten Form, 71 bzw. 57 Prozent.",
     "Bei der schubförmigen MS waren es 71 bzw. 57 Prozent; bei fortschreitender MS, "
     "überwiegend der sekundär progredienten Form, 86 bzw. 71 Prozent.", "86"),
    ("en",
     "In relapsing-remitting MS the figures were 86% and 71%; in progressive MS, mostly the "
     "secondary progressive form, they were 71% and 57%.",
     "In relapsing-remitting MS the figures were 71% and 57%; in progressive MS, mostly the "
     "secondary progressive form, they were 86% and 71%.", "86%"),
])
def test_an_aside_naming_a_part_leaves_the_figures_to_the_whole(lang, faithful, wrong,
                                                                  words):
    check_pair(HSCT, lang, faithful, wrong, "wrong-context", words)


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    # a table of labels and values: its first row is no header; letters defined in it
    (RIVA, "en",
     "Patients randomised | 114\nPatients who completed the trial | 99\n"
     "Group A | early discharge with rivaroxaban\nGroup B | kept in hospital as usual\n\n"
     "Treatment no burden at all | A: 64.4% | B: 54.4%",
     "Patients randomised | 114\nPatients who completed the trial | 99\n"
     "Group A | early discharge with rivaroxaban\nGroup B | kept in hospital as usual\n\n"
     "Treatment no burden at all | A: 54.4% | B: 64.4%", "64.4%"),
    (RIVA, "fr",
     "Patients randomisés | 114\nGroupe A | sortie précoce sous rivaroxaban\n"
     "Groupe B | hospitalisation habituelle\n\n"
     "Traitement pas du tout pesant | A : 64,4 % | B : 54,4 %",
     "Patients randomisés | 114\nGroupe A | sortie précoce sous rivaroxaban\n"
     "Groupe B | hospitalisation habituelle\n\n"
     "Traitement pas du tout pesant | A : 54,4 % | B : 64,4 %", "64,4 %"),
    # letters defined in prose, used again with the word for the group
    (CT, "de",
     "Weg A: nur die üblichen Tests. Weg B: übliche Tests plus Herz-CT.\n"
     "Herzinfarkte in fünf Jahren: bei Weg B um 40 % seltener als bei Weg A.",
     "Weg A: nur die üblichen Tests. Weg B: übliche Tests plus Herz-CT.\n"
     "Herzinfarkte in fünf Jahren: bei Weg A um 40 % seltener als bei Weg B.", "40 %"),
])
def test_labels_a_text_gives_its_groups(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "wrong-context", words)


def test_a_quiz_answer_letter_is_no_group():
    """"A:" before each answer of a quiz is defined again and again, for anything: it
    names no group, and a figure after it is read by its own words."""
    from tests.corruption import alarms_in as alarms
    text = ("Q: Which antiseptic worked better?\nA: Chlorhexidine-alcohol.\n"
            "Q: How many women had iodine-alcohol?\nA: 575 women had iodine-alcohol.")
    assert not alarms(CHX, "en", text)
