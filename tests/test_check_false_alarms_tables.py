"""False alarms of the context rules on texts written as tables (issue 11): a figure in a
table's cell is said of its row's first cell and of its column's header ("Group | 5 years
| 10 years" over "All | 80 % | 66 %"), not of the rows above and below it. Each faithful
table is paired with the same table with two figures swapped, still caught. Tables
written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, HSCT, RIVA, alarms, caught_at, said

# rows of one share at five and ten years, for the whole cohort and its two kinds of MS
_HSCT = {
    "en": ("Share with no worse disability:\nGroup | 5 years | 10 years\n"
           "Everyone | 80 % | 66 %\nRelapsing-remitting MS | {a} | {b}\n"
           "Progressive MS | 71 % | 57 %\n"),
    "de": ("Anteil ohne Verschlechterung:\nGruppe | nach 5 Jahren | nach 10 Jahren\n"
           "Alle | 80 % | 66 %\nSchubförmige MS | {a} | {b}\nProgrediente MS | 71 % | 57 %\n"),
    "es": ("Sin empeoramiento de la discapacidad:\nGrupo | 5 años | 10 años\n"
           "Todos | 80 % | 66 %\nEM remitente-recurrente | {a} | {b}\n"
           "EM progresiva | 71 % | 57 %\n"),
    "fr": ("Sans aggravation du handicap :\nGroupe | 5 ans | 10 ans\n"
           "Tous | 80 % | 66 %\nSEP rémittente-récurrente | {a} | {b}\n"
           "SEP progressive | 71 % | 57 %\n"),
    "it": ("Senza peggioramento della disabilità:\nGruppo | 5 anni | 10 anni\n"
           "Tutti | 80 % | 66 %\nSM recidivante-remittente | {a} | {b}\n"
           "SM progressiva | 71 % | 57 %\n"),
    "pt": ("Sem agravamento da incapacidade:\n| Grupo | 5 anos | 10 anos |\n|---|---|---|\n"
           "| Todos | 80 % | 66 % |\n| EM surto-remissão | {a} | {b} |\n"
           "| EM progressiva | 71 % | 57 % |\n"),
}


@pytest.mark.parametrize("lang", sorted(_HSCT))
def test_a_tables_figures_take_their_row_and_column(lang):
    faithful = _HSCT[lang].format(a="86 %", b="71 %")
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    swapped = _HSCT[lang].format(a="71 %", b="86 %")  # the row's two times swapped
    assert caught_at(HSCT, lang, swapped, "wrong-context", "86 %"), said(
        alarms(HSCT, lang, swapped))


# the two arms as the columns, a bare word for people in the row's first cell
_ARMS = {
    "en": ("Outcome | Home early with rivaroxaban | Usual hospital stay\n"
           "Patients who found their treatment not at all burdensome | {a} | {b}\n"),
    "es": ("Resultado | Alta precoz con rivaroxabán | Ingreso habitual\n"
           "Pacientes que no vieron nada gravoso su tratamiento | {a} | {b}\n"),
}


@pytest.mark.parametrize("lang", sorted(_ARMS))
def test_a_tables_columns_name_the_groups(lang):
    faithful = _ARMS[lang].format(a="64,4 %" if lang == "es" else "64.4%",
                                  b="54,4 %" if lang == "es" else "54.4%")
    assert not alarms(RIVA, lang, faithful), said(alarms(RIVA, lang, faithful))
    wrong = _ARMS[lang].format(a="54,4 %" if lang == "es" else "54.4%",
                               b="64,4 %" if lang == "es" else "64.4%")
    assert caught_at(RIVA, lang, wrong, "wrong-context", "54,4 %" if lang == "es"
                     else "54.4%"), said(alarms(RIVA, lang, wrong))


def test_a_tables_rows_name_the_groups():
    table = ("Group | Patients | Infections within 30 days | Rate\n"
             "Chlorhexidine-alcohol | 572 | 23 | {a}\nIodine-alcohol | 575 | 42 | {b}\n")
    faithful = table.format(a="4.0 %", b="7.3 %")
    assert not alarms(CHX, "en", faithful), said(alarms(CHX, "en", faithful))
    wrong = table.format(a="7.3 %", b="4.0 %")
    assert caught_at(CHX, "en", wrong, "wrong-context", "4.0 %"), said(alarms(CHX, "en", wrong))


def test_a_figure_outside_a_table_keeps_its_sentence():
    text = ("Group | 5 years | 10 years\n\nAt ten years, 86 % of people with relapsing MS "
            "were no worse.")
    assert caught_at(HSCT, "en", text, "wrong-context", "86 %"), said(alarms(HSCT, "en", text))
