# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A trial's mean levels in es/fr/de (session 34, issue 12): a mean said with its word or
its SD and no change verb ("lag in der Übungsgruppe bei durchschnittlich 3,1 Punkten (SD
1,8)", "fue de media 3,1 puntos (DE 1,8) en el grupo de ejercicio") is that arm's mean of
the measure named before ("der Wert" is no measure); said of no arm at baseline, everyone's;
the difference between the groups that follows is of that measure, and a later difference
of the measure its own sentence names first; the people of an arm named as a compound of
its word ("der Übungs-Teilnehmenden") or its bare name ("78 % der Übungsgruppe") are the
arm's; a fold said in its own clause "mit Übungen" is of that arm, not of the arm named
in the clause before. Own releases."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

DE = (
    "Übungsprogramm lindert Rückenschmerzen\n\n"
    "Kiel, 3. Dezember 2026. In einer randomisierten Studie wurden 260 Erwachsene einer Übungsgruppe oder einer Kontrollgruppe zugeteilt.\n\n"
    "Zu Beginn bewerteten die Teilnehmenden ihre Rückenschmerzen im Mittel mit 6,2 Punkten. "
    "Nach acht Wochen lag der Wert in der Übungsgruppe bei durchschnittlich 3,1 Punkten (Standardabweichung 1,8), in der Kontrollgruppe bei 4,6 Punkten (SD 2,0). "
    "Der Unterschied zwischen den Gruppen betrug −1,5 Punkte (95-%-Konfidenzintervall: −2,0 bis −1,0).\n\n"
    "Auch die Beweglichkeit, gemessen mit einem Fragebogen (0 bis 50 Punkte), verbesserte sich in der Übungsgruppe stärker: Unterschied −4,2 Punkte (95-%-KI: −6,0 bis −2,4).\n\n"
    "Eine deutliche Besserung erreichten 48,5 % der Übungs-Teilnehmenden, aber nur 22,0 % in der Kontrollgruppe – mit Übungen war die Chance also doppelt so hoch.\n\n"
    "81 % der Übungsgruppe übten in mindestens sechs der acht Wochen.\n"
)

ES = (
    "Un programa de ejercicio alivia el dolor de espalda\n\n"
    "Sevilla, 3 de diciembre de 2026. Un ensayo aleatorizado asignó a 260 adultos al grupo de ejercicio o al grupo control.\n\n"
    "A las ocho semanas, el dolor de espalda fue de media 3,1 puntos (DE 1,8) en el grupo de ejercicio y 4,6 puntos (DE 2,0) en el grupo control. "
    "La diferencia entre los grupos fue de −1,5 puntos (IC del 95 %: −2,0 a −1,0).\n"
)


def draft(text: str, lang: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


def label(data: dict, section: str, ident: str, lang: str) -> str:
    entry = next(e for e in data[section] if e["id"] == ident)
    return entry["label"][lang]["plain"].lower()


def fact(data: dict, kind: str, value: float) -> dict:
    return next(f for f in data["facts"] if f["kind"] == kind and f["value"] == value)


def test_german_mean_levels_and_the_difference_are_of_the_measure_named_before() -> None:
    data = draft(DE, "de")
    app, control = fact(data, "mean", 3.1), fact(data, "mean", 4.6)
    assert "übung" in label(data, "groups", app["group"], "de")
    assert "kontroll" in label(data, "groups", control["group"], "de")
    assert app["measure"] == control["measure"]
    assert label(data, "measures", app["measure"], "de") == "rückenschmerzen"
    assert app["spread"] == {"sd": 1.8}
    assert fact(data, "mean", 6.2)["group"] == "all"
    diff = fact(data, "difference", -1.5)
    assert diff["outcome"] == app["measure"] and diff["ci"] == [-2.0, -1.0]
    assert "übung" in label(data, "groups", diff["group"], "de")


def test_a_later_difference_is_of_the_measure_its_own_sentence_names() -> None:
    data = draft(DE, "de")
    assert label(data, "outcomes", fact(data, "difference", -4.2)["outcome"], "de") == "beweglichkeit"


def test_an_arm_named_as_a_compound_or_bare_and_a_fold_of_its_own_clause() -> None:
    data = draft(DE, "de")
    assert "übung" in label(data, "groups", fact(data, "proportion", 48.5)["group"], "de")
    assert "kontroll" in label(data, "groups", fact(data, "proportion", 22.0)["group"], "de")
    assert "übung" in label(data, "groups", fact(data, "proportion", 81)["group"], "de")
    fold = next(f for f in data["facts"] if f.get("unit") == "fold")
    assert "übung" in label(data, "groups", fold["group"], "de")
    assert "besserung" in label(data, "outcomes", fold["outcome"], "de")


def test_spanish_mean_levels_with_their_sd_are_the_arms() -> None:
    data = draft(ES, "es")
    ex, control = fact(data, "mean", 3.1), fact(data, "mean", 4.6)
    assert "ejercicio" in label(data, "groups", ex["group"], "es")
    assert "control" in label(data, "groups", control["group"], "es")
    assert ex["measure"] == control["measure"]
    assert "dolor" in label(data, "measures", ex["measure"], "es")
    diff = fact(data, "difference", -1.5)
    assert diff["outcome"] == ex["measure"]


def test_animals_a_study_used_are_its_sample_and_make_it_a_lab_study() -> None:
    pt = ("Composto do chá trava a inflamação do intestino\n\n"
          "Coimbra, 5 de dezembro de 2026. A equipa utilizou 30 ratinhos machos: 15 receberam o composto e 15 serviram de grupo de controlo.\n")
    it = ("Un composto del tè frena l'infiammazione intestinale\n\n"
          "Pavia, 5 dicembre 2026. Il gruppo di ricerca ha utilizzato 30 topi maschi, divisi in due gruppi.\n")
    for lang, text in (("pt", pt), ("it", it)):
        data = draft(text, lang)
        assert data["study"]["evidence"] == "lab", lang
        assert next(f for f in data["facts"] if f["id"] == "cohort")["value"] == 30


def test_a_mean_of_no_arm_in_a_trial_is_everyones_only_at_the_start() -> None:
    text = DE.replace("in der Kontrollgruppe bei 4,6 Punkten (SD 2,0)",
                      "bei den übrigen bei 4,6 Punkten (SD 2,0)")
    data = draft(text, "de")
    assert not [f for f in data["facts"] if f["kind"] == "mean" and f["value"] == 4.6
                and f["group"] == "all"]
    assert fact(data, "mean", 6.2)["group"] == "all"  # "Zu Beginn ...": everyone's


def test_so_many_percent_fewer_than_is_a_change_never_a_share() -> None:
    pt = ("Composto do chá protege o fígado\n\n"
          "Braga, 5 de dezembro de 2026. Um ensaio randomizado com 200 adultos comparou o grupo do composto com o grupo de controlo.\n\n"
          "No final, os participantes do grupo do composto tinham 35% menos gordura no fígado do que os do grupo de controlo.\n")
    de = ("Tee schützt die Leber\n\n"
          "Jena, 5. Dezember 2026. In einer randomisierten Studie wurden 200 Erwachsene einer Teegruppe oder einer Kontrollgruppe zugeteilt.\n\n"
          "Am Ende hatten die Teilnehmenden in der Teegruppe 35 Prozent weniger Leberfett als die in der Kontrollgruppe.\n")
    for lang, text in (("pt", pt), ("de", de)):
        data = draft(text, lang)
        assert not [f for f in data["facts"] if f["kind"] == "proportion" and f["value"] == 35], lang
        changes = [f for f in data["facts"] if f["kind"] == "relative-change" and f["value"] == 35]
        for change in changes:  # drafted only with its groups: the arm against the control
            assert change["direction"] == "lower"
            assert "control" in label(data, "groups", change["versus"], lang) or \
                "kontroll" in label(data, "groups", change["versus"], lang)
