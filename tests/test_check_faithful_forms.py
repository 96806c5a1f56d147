"""Faithful forms a writer uses for figures and for the order of a text, which the checker
must accept, each beside a form that states a different figure, which it must still catch
(issue 14, item 1; issue 11, item 3). The sentences are written here, in six languages,
on the suite's sheets; none is copied from the suite's texts."""

from __future__ import annotations

import pytest

from tests.test_check_faithful import VITD, alarms, rules, said

MS = "hsct-ms-2021"
CT = "ct-heart-scan-2018"


def numbers_flagged(sheet: str, lang: str, text: str) -> list[str]:
    """The figures an error calls unsupported or out of context."""
    return [f.found or "" for f in alarms(sheet, lang, text)
            if f.rule in ("unsupported-number", "wrong-context")]


# --- numbers that only order a text: a thread's post numbers, speakers, steps -----------
@pytest.mark.parametrize("lang, text", [
    ("en", "Stem cell transplants for MS: what a long study found (1/4)\n\n"
           "1/ A team in Genoa looked back at 210 patients."),
    ("es", "Trasplante de células madre en la EM, en breve 1/3\n\n"
           "2/3 El equipo revisó a 210 pacientes."),
    ("fr", "Ce que dit l'étude de Gênes sur la greffe (2/7)\n\n"
           "L'équipe a suivi 210 patients."),
    ("de", "Stammzellen bei MS – ein Überblick (1/5)\n\nDas Team wertete 210 Patienten aus."),
    ("it", "Cellule staminali e SM: il filo (3/8)\n\nSono stati seguiti 210 pazienti."),
    ("pt", "Células estaminais e EM (4/9)\n\nA equipa acompanhou 210 doentes."),
])
def test_a_threads_post_numbers_are_no_figures(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "GUEST 1: The team looked back at 210 patients.\n"
           "GUEST 2: And most had the relapsing form."),
    ("es", "Locutora 1: El equipo revisó a 210 pacientes.\nLocutor 2: ¿Y cuánto duró?"),
    ("fr", "INTERVENANT 2 : L'équipe a suivi 210 patients.\nINTERVENANT 1 : Pendant longtemps."),
    ("de", "Sprecherin 1: Das Team wertete 210 Patienten aus.\nSprecher 2: Und dann?"),
    ("it", "Passo 3: sono stati seguiti 210 pazienti.\nPasso 4: si è misurata la disabilità."),
    ("pt", "APRESENTADOR 2: A equipa acompanhou 210 doentes.\nCONVIDADA 1: Durante anos."),
])
def test_a_speakers_or_steps_number_is_no_figure(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "A thread (1/4): the team looked back at 310 patients."),
    ("de", "Sprecherin 1: Das Team wertete 310 Patienten aus."),
    ("fr", "INTERVENANT 2 : L'équipe a suivi 310 patients."),
])
def test_a_changed_figure_beside_a_label_is_still_caught(lang: str, text: str) -> None:
    assert "310" in " ".join(numbers_flagged(MS, lang, text)), said(alarms(MS, lang, text))


@pytest.mark.parametrize("lang, text, figure", [
    ("en", "A key number (1/4 of patients) stood out.", "1"),
    ("en", "Year 3: two in ten patients had got worse.", "Year 3"),
])
def test_a_fraction_in_the_line_or_a_time_label_stays_a_figure(lang: str, text: str,
                                                                figure: str) -> None:
    """Only a post number at the edge of a line is one; a label naming a time is a time."""
    flagged = numbers_flagged(MS, lang, text) + [
        f.found or "" for f in alarms(MS, lang, text) if f.rule == "time-swapped"]
    assert any(figure in (x or "") for x in flagged), said(alarms(MS, lang, text))


# --- a relative change written with its sign -------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Compared with sufficient levels: deficiency, risk +31%; above sufficiency, risk −22%."),
    ("es", "Frente a niveles suficientes: déficit, riesgo +31 %; por encima, riesgo −22 %."),
    ("fr", "Par rapport au seuil suffisant : carence, risque +31 % ; au-dessus, risque −22 %."),
    ("de", "Verglichen mit ausreichendem Spiegel: Mangel, Risiko +31 %; darüber, Risiko −22 %."),
    ("it", "Rispetto ai livelli sufficienti: carenza, rischio +31%; sopra, rischio −22%."),
    ("pt", "Em comparação com níveis suficientes: défice, risco +31%; acima, risco −22%."),
])
def test_a_signed_relative_change_is_the_change(lang: str, text: str) -> None:
    found = rules(VITD, lang, text)
    assert not found & {"unsupported-number", "sign-flipped", "wrong-context"}, said(
        alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Compared with sufficient levels: deficiency, risk −31%."),
    ("es", "Frente a niveles suficientes: por encima, riesgo +22 %."),
    ("de", "Verglichen mit ausreichendem Spiegel: darüber, Risiko +22 %."),
    ("pt", "Em comparação com níveis suficientes: défice, risco −31%."),
])
def test_a_relative_change_with_the_other_sign_is_flipped(lang: str, text: str) -> None:
    assert "sign-flipped" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


def test_a_signed_figure_the_sheet_lacks_is_unsupported() -> None:
    text = "Compared with sufficient levels: deficiency, risk −35%."
    assert "unsupported-number" in rules(VITD, "en", text), said(alarms(VITD, "en", text))


# --- the group after a versus word is the comparison's base, not the subject ------------
@pytest.mark.parametrize("lang, text", [
    ("en", "People short of vitamin D had, compared with people with enough, a 31% higher risk."),
    ("de", "Wer zu wenig Vitamin D hatte, hatte gegenüber Menschen mit ausreichendem Spiegel "
           "ein um 31 % höheres Risiko."),
    ("es", "Quienes tenían déficit tenían, frente a las personas con niveles suficientes, un "
           "riesgo un 31 % mayor."),
])
def test_a_group_after_a_versus_word_does_not_turn_the_direction(lang: str, text: str) -> None:
    assert "sign-flipped" not in rules(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("de", "Wer zu wenig Vitamin D hatte, hatte gegenüber Menschen mit ausreichendem Spiegel "
           "ein um 31 % niedrigeres Risiko."),
    ("en", "People short of vitamin D had, compared with people with enough, a 31% lower risk."),
])
def test_the_other_direction_after_a_versus_word_is_flipped(lang: str, text: str) -> None:
    assert "sign-flipped" in rules(VITD, lang, text), said(alarms(VITD, lang, text))


# --- figures listed with one unit, and lists of their own after a semicolon or bracket ---
@pytest.mark.parametrize("lang, text", [
    ("de", "Die Werte lagen bei 86 und 71 Prozent."),
    ("en", "The shares were 86 and 71 percent."),
    ("it", "Le quote erano 86 e 71 per cento."),
    ("pt", "Os valores foram 80, 86 e 71 %."),
])
def test_two_figures_share_the_unit_said_after_the_second(lang: str, text: str) -> None:
    from plainsum_checks.numbers import reader

    from tests import corruption as C

    found = reader(C.registry().language(lang)).read(text)
    assert found and all(m.kind == "percent" for m in found), found


def test_a_count_before_a_share_is_not_made_a_share() -> None:
    """A comma alone joins only a list that goes on: "Of 86, 71 %" keeps the count."""
    from plainsum_checks.numbers import reader

    from tests import corruption as C

    pack = C.registry().language("en")
    kinds = [m.kind for m in reader(pack).read("Of 86, 71 % did well; 80, 86 and 71 % held.")]
    assert kinds == ["number", "percent", "percent", "percent", "percent"], kinds


@pytest.mark.parametrize("lang, text", [
    ("en", "No worsening: 80% at 5 years, 66% at 10 years (everyone); relapsing-remitting MS "
           "86% and 71%; progressive MS 71% and 57%."),
    ("es", "Sin empeoramiento: 80 % a los 5 años, 66 % a los 10 años (todos); EM "
           "remitente-recurrente 86 % y 71 %; formas progresivas 71 % y 57 %."),
    ("fr", "La forme rémittente faisait mieux (86 % à cinq ans, 71 % à dix ans) que les formes "
           "progressives (71 % puis 57 %)."),
])
def test_a_list_after_a_semicolon_or_bracket_takes_the_times_in_turn(lang: str, text: str
                                                                       ) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "No worsening: 80% at 5 years, 66% at 10 years (everyone); progressive MS 86% and 71%."),
    ("fr", "La forme rémittente faisait mieux (86 % à cinq ans, 71 % à dix ans) que les formes "
           "progressives (86 % puis 71 %)."),
])
def test_another_groups_figures_in_such_a_list_are_caught(lang: str, text: str) -> None:
    assert "86" in " ".join(numbers_flagged(MS, lang, text)), said(alarms(MS, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("pt", "Nos doentes com EM secundária progressiva ou primária progressiva, os valores "
           "foram de 71% aos cinco anos e 57% aos dez."),
    ("en", "In secondary progressive and primary progressive MS together, 71% had not "
           "worsened at five years."),
])
def test_naming_every_part_of_a_group_names_the_group(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


def test_the_parts_with_the_other_groups_figure_are_caught() -> None:
    text = ("Nos doentes com EM secundária progressiva ou primária progressiva, os valores "
            "foram de 86% aos cinco anos.")
    assert "86%" in numbers_flagged(MS, "pt", text), said(alarms(MS, "pt", text))
