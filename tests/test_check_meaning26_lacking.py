"""An arm named in a negated relative clause ("those who did not have the scan", "chi non
ha fatto la TAC", "ceux qui n'ont pas eu le scanner") is the other arm of two: a relative
change said of it is said of the wrong group (wrong-context; issue 14 item 2). And a
figure quoted only to be rejected right after its quotation ('"40 persone su 100
salvate", ma non è così') is no claim of the text (issue 14, correction notices), while
the same quotation endorsed is still caught. Sentences written here in wording of their
own, against the CT scan example (40 % fewer heart attacks with the scan).
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, alarms, check_pair, said


@pytest.mark.parametrize("lang, faithful, wrong", [
    ("en", "Those who had the scan had 40% fewer heart attacks than those who did not have "
     "the scan.", "Those who did not have the scan had 40% fewer heart attacks than those "
     "who had the scan."),
    ("es", "Entre quienes se hicieron el escáner hubo un 40 % menos de infartos que entre "
     "quienes no se hicieron el escáner.", "Entre quienes no se hicieron el escáner hubo "
     "un 40 % menos de infartos que entre quienes se hicieron el escáner."),
    ("fr", "Chez ceux qui ont eu le scanner, il y a eu 40 % d'infarctus en moins que chez "
     "ceux qui n'ont pas eu le scanner.", "Chez ceux qui n'ont pas eu le scanner, il y a eu "
     "40 % d'infarctus en moins que chez ceux qui ont eu le scanner."),
    ("it", "Tra chi ha fatto la TAC gli infarti sono stati il 40% in meno rispetto a chi non "
     "ha fatto la TAC.", "Tra chi non ha fatto la TAC gli infarti sono stati il 40% in "
     "meno rispetto a chi ha fatto la TAC."),
    ("pt", "Entre os que fizeram a TAC houve menos 40 % de enfartes do que entre os que não "
     "fizeram a TAC.", "Entre os que não fizeram a TAC houve menos 40 % de enfartes do que "
     "entre os que fizeram a TAC."),
])
def test_an_arm_named_by_what_it_lacked(lang: str, faithful: str, wrong: str) -> None:
    words = "40"
    check_pair(CT, lang, faithful, wrong, "wrong-context", words)


@pytest.mark.parametrize("lang, lead, rejected, endorsed", [
    ("it", "Tra chi ha fatto la TAC gli infarti sono stati il 40% in meno.",
     "All'inizio avevo capito \"40 persone su 100 salvate\", ma non è così.",
     "Come dice il titolo, \"40 persone su 100 salvate\", ed è proprio così."),
    ("en", "People who had the scan had 40% fewer heart attacks.",
     "I first read it as \"40 in 100 people saved\", but that is not what it means.",
     "The headline said \"40 in 100 people saved\", and that is right."),
    ("es", "Quienes se hicieron el escáner tuvieron un 40 % menos de infartos.",
     "Algunos titulares dijeron «40 de cada 100 pacientes se salvaron», pero no es así.",
     "Algunos titulares dijeron «40 de cada 100 pacientes se salvaron», y es así."),
])
def test_a_quoted_figure_rejected_after_its_quotation(lang: str, lead: str, rejected: str,
                                                      endorsed: str) -> None:
    faithful = f"{lead} {rejected}"
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    wrong = f"{lead} {endorsed}"
    assert any(f.rule == "relative-as-absolute" for f in alarms(CT, lang, wrong)), said(
        alarms(CT, lang, wrong))


@pytest.mark.parametrize("lang, corrected, stated", [
    ("de", "Entgegen einer früheren Meldung haben 40 von 100 Menschen keinen Infarkt "
     "vermieden: die 40 % sind relativ.",
     "Entgegen einer früheren Meldung haben 40 von 100 Menschen einen Infarkt vermieden."),
    ("fr", "Contrairement à ce qui a été écrit, 40 patients sur 100 n'ont pas évité un "
     "infarctus : les 40 % sont une baisse relative.",
     "Contrairement à ce qui a été écrit, 40 patients sur 100 ont évité un infarctus."),
    ("en", "Contrary to earlier reports, it is not the case that 40 in 100 people avoided a "
     "heart attack.", "Contrary to earlier reports, 40 in 100 people avoided a heart attack."),
])
def test_a_correction_notice_rejects_the_claim_it_restates(lang: str, corrected: str,
                                                           stated: str) -> None:
    assert not alarms(CT, lang, corrected), said(alarms(CT, lang, corrected))
    assert any(f.rule == "relative-as-absolute" for f in alarms(CT, lang, stated)), said(
        alarms(CT, lang, stated))


@pytest.mark.parametrize("lang, text", [
    ("de", "Ohne CT gab es mehr Herzinfarkte."),
    ("pt", "O número de enfartes foi 40% menor no grupo que fez a TAC do que no grupo só com "
           "os exames habituais."),
])
def test_without_and_a_preposition_no_are_no_negated_arm(lang: str, text: str) -> None:
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))
