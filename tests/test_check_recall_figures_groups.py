"""A relative change said of the comparison group, where the group is named after the
figure ("40 % lower in the group that had only the usual tests", "un 40 % menor entre
quienes solo tuvieron las pruebas habituales que entre quienes se hicieron el escáner"),
or of one group against itself ("those who had standard tests alone had 40 % fewer ...
than those who had standard tests alone"): a figure moved to another group
(``wrong-context``), in the six languages. Each faithful sentence raises nothing; the same
sentence with the groups swapped is caught at the figure and the group it is said of.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Within five years, the number of patients who had a heart attack was forty per "
     "cent lower in the group that had the scan.",
     "Within five years, the number of patients who had a heart attack was forty per "
     "cent lower in the group that had only the usual tests.", "only the usual tests"),
    ("es", "En los cinco años siguientes, el número de infartos fue un 40 % menor entre "
     "quienes se hicieron el escáner que entre quienes solo tuvieron las pruebas habituales.",
     "En los cinco años siguientes, el número de infartos fue un 40 % menor entre "
     "quienes solo tuvieron las pruebas habituales que entre quienes se hicieron el escáner.",
     "pruebas habituales que"),
    ("fr", "En cinq ans, il y a eu 40 % d'infarctus en moins dans le groupe scanner que dans "
     "le groupe des examens habituels.",
     "En cinq ans, il y a eu 40 % d'infarctus en moins dans le groupe des examens habituels "
     "que dans le groupe scanner.", "examens habituels"),
    ("de", "Nach fünf Jahren gab es 40 Prozent weniger Herzinfarkte in der Gruppe mit Herz-CT "
     "als in der Gruppe mit den üblichen Untersuchungen.",
     "Nach fünf Jahren gab es 40 Prozent weniger Herzinfarkte in der Gruppe mit den üblichen "
     "Untersuchungen als in der Gruppe mit Herz-CT.", "üblichen Untersuchungen als"),
    ("it", "In cinque anni gli infarti sono stati il 40 % in meno nel gruppo sottoposto ad "
     "angio-TC rispetto a quello con i soli esami standard.",
     "In cinque anni gli infarti sono stati il 40 % in meno nel gruppo con i soli esami "
     "standard rispetto a quello sottoposto ad angio-TC.", "soli esami standard"),
    ("pt", "Em cinco anos, houve menos 40 % de enfartes entre os que fizeram a TAC.",
     "Em cinco anos, houve menos 40 % de enfartes entre os que fizeram só os exames "
     "habituais.", "exames habituais"),
])
def test_a_change_said_of_the_group_named_after_it(lang, faithful, wrong, words):
    check_pair(CT, lang, faithful, wrong, "wrong-context", words)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Those who had CT coronary angiography in addition to standard tests had 40% "
     "fewer heart attacks over five years than those who had standard tests alone.",
     "Those who had standard tests alone had 40% fewer heart attacks over five years than "
     "those who had standard tests alone.", "standard tests alone had"),
    ("es", "Resultado a 5 años: en el grupo del escáner hubo un 40 % menos de infartos que en "
     "el grupo con las pruebas habituales.",
     "Resultado a 5 años: en el grupo con las pruebas habituales hubo un 40 % menos de "
     "infartos que en el grupo del escáner.", "pruebas habituales hubo"),
])
def test_a_change_said_of_the_comparison_group_before_it(lang, faithful, wrong, words):
    check_pair(CT, lang, faithful, wrong, "wrong-context", words)


def test_a_relative_que_is_no_comparison_but_ne_que_says_only():
    """"que" opens a relative clause ("las que se hicieron"), and after "ne" says "only"
    ("qui n'ont eu que"): neither sets the group after it against the figure's."""
    from plainsum_checks.effects import _compares

    assert not _compares(" menor entre las que solo tuvieron las ")
    assert not _compares(" de 40 % chez ceux qui n'ont eu que les ")
    assert _compares(" menor que en el grupo ")
    assert _compares(" plus bas que chez ceux ")
