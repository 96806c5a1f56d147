"""False alarms of the group and time a figure is read with, fixed by their general cause:
the parts of a cohort counted one after the other ("86 had SPMS and 2 had PPMS"), a count
said to have a kind of the condition ("122 people had RRMS"), a gapped list ("86, la
secundaria progresiva, y dos, la primaria"), a list of a part's counts under the whole's
heading, an aside in brackets after a heading, and one group's shares listed in the
order of the sheet's time points. Each faithful sentence is written here in wording of
its own; each has a wrong twin the checker must still catch.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import HSCT, check_pair


# --- counts of the parts of the cohort, each with its own group -------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en",
     "Most (122) had relapsing-remitting MS, 86 had secondary progressive MS and 2 had "
     "primary progressive MS.",
     "Most (122) had relapsing-remitting MS, 2 had secondary progressive MS and 86 had "
     "primary progressive MS.", "86"),
    ("it",
     "Di queste, 122 persone avevano SM recidivante-remittente, 86 persone avevano SM "
     "secondariamente progressiva e 2 persone avevano SM primariamente progressiva.",
     "Di queste, 86 persone avevano SM recidivante-remittente, 122 persone avevano SM "
     "secondariamente progressiva e 2 persone avevano SM primariamente progressiva.", "86"),
    ("de",
     "122 Betroffene hatten eine schubförmig remittierende MS, 86 eine sekundär "
     "progrediente und 2 eine primär progrediente MS.",
     "86 Betroffene hatten eine schubförmig remittierende MS, 122 eine sekundär "
     "progrediente und 2 eine primär progrediente MS.", "86"),
    ("es",
     "122 tenían la forma remitente-recurrente, la más común; 86, la secundaria "
     "progresiva, y dos, la primaria progresiva.",
     "122 tenían la forma remitente-recurrente, la más común; dos, la secundaria "
     "progresiva, y 86, la primaria progresiva.", "86"),
])
def test_each_part_of_the_cohort_counted(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "wrong-context", words)


def test_a_count_with_a_verb_is_the_cohorts_when_it_names_an_arm():
    # the arm after the verb is what the study compared, not what the women had
    assert not alarms("chlorhexidine-csection-2016", "de",
                      "Eine randomisierte Studie mit 1147 Frauen hat Chlorhexidin mit Jod "
                      "zur Hautdesinfektion vor dem Kaiserschnitt verglichen.")


def test_the_parts_listed_under_the_whole():
    text = ("Progressive MS (86 secondary + 2 primary): 71% at 5 yrs, 57% at 10 yrs.")
    assert not alarms(HSCT, "en", text), said(alarms(HSCT, "en", text))


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en",
     "Progressive MS (mostly secondary progressive, 86 people): 71% at 5 yrs, 57% at 10 "
     "yrs.",
     "Progressive MS (mostly secondary progressive, 86 people): 86% at 5 yrs, 57% at 10 "
     "yrs.", "86%"),
])
def test_an_aside_in_brackets_after_a_heading(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "wrong-context", words)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es",
     "A los cinco años, el 80 % no había empeorado. A los diez años, el 66 %. En la forma "
     "remitente-recurrente, las cifras fueron del 86 % y del 71 %; en las formas "
     "progresivas, del 71 % y del 57 %.",
     "A los cinco años, el 80 % no había empeorado. A los diez años, el 66 %. En la forma "
     "remitente-recurrente, las cifras fueron del 71 % y del 86 %; en las formas "
     "progresivas, del 71 % y del 57 %.", "86 %"),
    ("en",
     "After five years 80% had not got worse. After ten years, 66% had not. With "
     "relapsing-remitting MS the figures were 86% and 71%.",
     "After five years 80% had not got worse. After ten years, 66% had not. With "
     "relapsing-remitting MS the figures were 71% and 86%.", "86%"),
])
def test_a_groups_shares_in_the_order_of_the_time_points(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "wrong-context", words)


# --- a count's or share's group, told by what stands right after it ---------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en",
     "Primary outcome: infection within 30 days.\n- Chlorhexidine-alcohol: 23/572 (4.0%)\n"
     "- Iodine-alcohol: 42/575 (7.3%)\nThe difference was significant.",
     "Primary outcome: infection within 30 days.\n- Chlorhexidine-alcohol: 23/572 (7.3%)\n"
     "- Iodine-alcohol: 42/575 (4.0%)\nThe difference was significant.", "4.0%"),
    ("pt",
     "Das 572 mulheres do grupo da clorexidina, 23 (4,0%) tiveram infeção, em comparação "
     "com 42 das 575 mulheres (7,3%) no grupo do iodo.",
     "Das 575 mulheres do grupo da clorexidina, 23 (4,0%) tiveram infeção, em comparação "
     "com 42 das 572 mulheres (7,3%) no grupo do iodo.", "575"),
])
def test_the_group_right_after_a_figure(lang, faithful, wrong, words):
    check_pair("chlorhexidine-csection-2016", lang, faithful, wrong, "wrong-context", words)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de",
     "Fast zwei Drittel der Rivaroxaban-Gruppe (64,4 %) empfanden die Behandlung als gar "
     "nicht belastend, in der anderen Gruppe etwas mehr als die Hälfte (54,4 %).",
     "Fast zwei Drittel der Rivaroxaban-Gruppe (54,4 %) empfanden die Behandlung als gar "
     "nicht belastend, in der anderen Gruppe etwas mehr als die Hälfte (64,4 %).", "54,4 %"),
    ("en",
     "Of those sent home with rivaroxaban, 64.4% found the treatment not at all "
     "burdensome; in the other group it was 54.4%.",
     "Of those sent home with rivaroxaban, 54.4% found the treatment not at all "
     "burdensome; in the other group it was 64.4%.", "54.4%"),
])
def test_the_other_group(lang, faithful, wrong, words):
    check_pair("rivaroxaban-pe-2018", lang, faithful, wrong, "wrong-context", words)


def test_a_small_number_of_things_pointed_back_to():
    # "two of these products": the sheet's two arms, not two people
    text = ("Um estudo comparou dois destes produtos: a clorexidina e o iodo, ambos com "
            "álcool.")
    assert not alarms("chlorhexidine-csection-2016", "pt", text)
    wrong = "Depois da operação, duas destas mulheres tiveram uma infeção."
    assert alarms("chlorhexidine-csection-2016", "pt", wrong)


def test_parts_counted_with_number_words_and_articles():
    text = ("122 hatten eine schubförmig remittierende MS, die häufigste Form, 86 eine sekundär "
            "progrediente und zwei eine primär progrediente MS.")
    assert not alarms(HSCT, "de", text), said(alarms(HSCT, "de", text))
    wrong = text.replace("122", "X").replace("86", "122").replace("X", "86")
    assert alarms(HSCT, "de", wrong)


def test_a_group_named_by_a_word_for_group_the_sheet_does_not_list():
    text = ("Gut 64 Prozent der früh Entlassenen empfanden ihre Behandlung als überhaupt nicht "
            "belastend, in der Krankenhausgruppe gut 54 Prozent.")
    assert not alarms("rivaroxaban-pe-2018", "de", text)
    wrong = text.replace("Krankenhausgruppe", "Rivaroxaban-Gruppe")
    assert alarms("rivaroxaban-pe-2018", "de", wrong)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es",
     "A los diez años, alrededor del 70 % de las personas con la forma remitente-recurrente "
     "no habían empeorado. En el conjunto del grupo, el 80 % seguía sin empeorar a los "
     "cinco años.",
     "A los diez años, alrededor del 70 % de las personas con la forma remitente-recurrente "
     "no habían empeorado. En el conjunto del grupo, el 86 % seguía sin empeorar a los "
     "cinco años.", "86 %"),
    ("en",
     "With relapsing-remitting MS, 86% had not got worse at five years. Overall, 80% had "
     "not got worse at five years.",
     "With relapsing-remitting MS, 86% had not got worse at five years. Overall, 86% had "
     "not got worse at five years.", "Overall, 86%"),
])
def test_the_whole_cohort_said_in_words_of_no_group(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "wrong-context", words)
