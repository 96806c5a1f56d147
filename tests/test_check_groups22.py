"""Who a figure is about, in forms translators and editors use: a count labelled with its
group after a colon ("572 Frauen: Hautreinigung mit Chlorhexidin-Alkohol"), list items
opened by a symbol ("➡️ 572 donne: clorexidina-alcol"), a group named by its rank ("23
women in the first group ... and 42 in the second"), people shared out as "the ones ...
the others", "of them" after a semicolon, and a panel's number in a heading ("Vignette 3
–"). Each accepted form is paired with the same sentence corrupted, still caught.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

CHX = "chlorhexidine-csection-2016"
RIVA = "rivaroxaban-pe-2018"


def swap(text: str, a: str, b: str) -> str:
    return text.replace(a, "\x00").replace(b, a).replace("\x00", b)


def wrong_context(sheet: str, lang: str, text: str) -> bool:
    return any(f.rule == "wrong-context" for f in alarms(sheet, lang, text))


# a count, its noun and a colon, then the group
LABELLED = [
    ("en", "572 women: skin cleaned with chlorhexidine-alcohol. 575 women: skin cleaned "
           "with iodine-alcohol."),
    ("de", "572 Frauen: Hautreinigung mit Chlorhexidin-Alkohol. 575 Frauen: "
           "Hautreinigung mit Jod-Alkohol."),
    ("fr", "572 femmes : nettoyage de la peau à la chlorhexidine alcoolique. 575 femmes : "
           "nettoyage à la povidone iodée alcoolique."),
    ("es", "572 mujeres: limpieza de la piel con clorhexidina y alcohol. 575 mujeres: "
           "limpieza con yodo y alcohol."),
    ("it", "572 donne: clorexidina-alcol. 575 donne: iodio-alcol."),
    ("pt", "572 mulheres: limpeza da pele com clorexidina e álcool. 575 mulheres: limpeza "
           "com iodo e álcool."),
]

# list items opened by a symbol, which the sentence keeps together
ITEMS = [
    ("en", "The women were split in two groups.\n➡️ 572 women: chlorhexidine-alcohol\n"
           "➡️ 575 women: iodine-alcohol"),
    ("it", "Le donne sono state divise in due gruppi.\n➡️ 572 donne: clorexidina-alcol\n"
           "➡️ 575 donne: iodio-alcol"),
    ("de", "Die Frauen wurden in zwei Gruppen geteilt.\n✔ 572 Frauen: Chlorhexidin-Alkohol\n"
           "✔ 575 Frauen: Jod-Alkohol"),
]


@pytest.mark.parametrize("lang, text", LABELLED + ITEMS)
def test_a_count_labelled_with_its_group_after_a_colon(lang: str, text: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))
    assert wrong_context(CHX, lang, swap(text, "572", "575"))


# the groups named by their rank, after the text named them in order
RANKED = [
    ("en", "The study compared chlorhexidine-alcohol with iodine-alcohol. Within 30 days, "
           "23 women in the first group (4.0%) and 42 in the second (7.3%) had a wound "
           "infection."),
    ("it", "Lo studio ha confrontato clorexidina-alcol e iodio-alcol. Entro 30 giorni hanno "
           "avuto un'infezione della ferita 23 donne nel primo gruppo (4,0 per cento) e 42 "
           "nel secondo (7,3 per cento)."),
    ("de", "Verglichen wurden Chlorhexidin-Alkohol und Jod-Alkohol. Innerhalb von 30 Tagen "
           "hatten 23 Frauen in der ersten Gruppe (4,0 %) und 42 in der zweiten (7,3 %) "
           "eine Wundinfektion."),
    ("fr", "L'étude a comparé la chlorhexidine alcoolique et la povidone iodée alcoolique. "
           "En 30 jours, 23 femmes du premier groupe (4,0 %) et 42 du second (7,3 %) ont "
           "eu une infection de la plaie."),
    ("es", "El estudio comparó clorhexidina con alcohol y yodo con alcohol. En 30 días, 23 "
           "mujeres del primer grupo (4,0 %) y 42 del segundo (7,3 %) tuvieron una "
           "infección de la herida."),
    ("pt", "O estudo comparou clorexidina com álcool e iodo com álcool. Em 30 dias, 23 "
           "mulheres do primeiro grupo (4,0 %) e 42 do segundo (7,3 %) tiveram infeção da "
           "ferida."),
]


@pytest.mark.parametrize("lang, text", RANKED)
def test_a_group_named_by_its_rank(lang: str, text: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))
    swapped = swap(swap(text, "4.0", "7.3"), "4,0", "7,3")
    assert wrong_context(CHX, lang, swapped)


def test_the_rank_follows_the_order_the_text_named_the_groups() -> None:
    text = ("The study compared iodine-alcohol with chlorhexidine-alcohol. Within 30 days, "
            "42 women in the first group (7.3%) and 23 in the second (4.0%) had a wound "
            "infection.")
    assert not alarms(CHX, "en", text), said(alarms(CHX, "en", text))
    assert wrong_context(CHX, "en", swap(text, "4.0", "7.3"))


# all the people, shared out as "the ones ... the others"
SHARED = [
    ("de", "Insgesamt 114 Leute, ausgelost: Die einen durften früh mit Rivaroxaban heim, "
           "die anderen blieben wie üblich im Krankenhaus."),
    ("en", "In all, 114 people were drawn by lot: some went home early with rivaroxaban, "
           "others stayed in hospital as usual."),
    ("fr", "Au total 114 personnes, tirées au sort : les uns sont rentrés tôt sous "
           "rivaroxaban, les autres sont restés à l'hôpital."),
    ("es", "En total 114 personas, sorteadas: unos volvieron pronto a casa con "
           "rivaroxabán, otros se quedaron en el hospital."),
    ("it", "In totale 114 persone, sorteggiate: alcuni sono tornati presto a casa con "
           "rivaroxaban, altri sono rimasti in ospedale."),
    ("pt", "No total 114 pessoas, sorteadas: uns voltaram cedo para casa com rivaroxabano, "
           "outros ficaram no hospital."),
]


@pytest.mark.parametrize("lang, text", SHARED)
def test_people_shared_out_as_the_ones_and_the_others(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))
    # the completers' count said of all: caught (German reads it of the early-discharge arm,
    # which the sheet never counts, so as a number put on another thing: wrong-referent)
    assert any(f.rule in {"wrong-context", "wrong-referent"}
               for f in alarms(RIVA, lang, text.replace("114", "99")))


# "of them" after a semicolon: whom the clause before meant, not its last group
POINTED = [
    ("fr", "Ce qu'on a observé :\n• dans le premier mois, ceux qui sont rentrés tôt ont "
           "passé en moyenne 4,8 heures à l'hôpital, contre 33,6 heures pour les patients "
           "hospitalisés ;\n• environ 64 % d'entre eux n'ont pas du tout trouvé leur "
           "traitement contraignant, contre environ 54 % des autres."),
    ("de", "Was sich zeigte:\n• im ersten Monat verbrachten die früh Entlassenen im Schnitt "
           "4,8 Stunden im Krankenhaus, gegenüber 33,6 Stunden bei den stationär "
           "behandelten Patienten;\n• etwa 64 % von ihnen fanden ihre Behandlung gar nicht "
           "belastend, gegenüber etwa 54 % der anderen."),
]


@pytest.mark.parametrize("lang, text", POINTED)
def test_of_them_after_a_semicolon(lang: str, text: str) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))
    assert any(f.rule == "unsupported-number"
               for f in alarms(RIVA, lang, text.replace("64", "74")))


# a panel's number in its heading is the text's own
PANELS = [
    ("fr", "Vignette 3 – Combien d'infections de la plaie ?\nChez 23 femmes sur 572."),
    ("en", "Panel 3 – How many wound infections?\nIn 23 of 572 women."),
    ("it", "Vignetta 3 – Quante infezioni della ferita?\nIn 23 donne su 572."),
    ("es", "Viñeta 3 – ¿Cuántas infecciones de la herida?\nEn 23 de 572 mujeres."),
    ("pt", "Painel 3 – Quantas infeções da ferida?\nEm 23 de 572 mulheres."),
]


@pytest.mark.parametrize("lang, text", PANELS)
def test_a_panel_number_in_its_heading(lang: str, text: str) -> None:
    assert not alarms(CHX, lang, text), said(alarms(CHX, lang, text))
    assert any(f.rule == "unsupported-number"
               for f in alarms(CHX, lang, text.replace("23", "3")))
