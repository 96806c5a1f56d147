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
    assert any("86%" in x for x in numbers_flagged(MS, "pt", text)), said(alarms(MS, "pt", text))


# --- a unit said once after two figures of time --------------------------------------------
@pytest.mark.parametrize("lang, text, value", [
    ("de", "Bei schubförmiger MS: 86 % nach fünf und 71 % nach zehn Jahren.", 5),
    ("en", "In relapsing-remitting MS, 86% after five and 71% after ten years.", 5),
    ("es", "Con la forma remitente, el 86 % a los cinco y el 71 % a los diez años.", 5),
    ("it", "Dopo cinque e dieci anni, le quote erano 80% e 66%.", 5),
])
def test_a_time_unit_said_after_the_second_figure_is_the_firsts(lang: str, text: str,
                                                                 value: float) -> None:
    from plainsum_checks.numbers import reader

    from tests import corruption as C

    found = reader(C.registry().language(lang)).read(text)
    assert any(m.kind == "duration" and m.value == value and m.unit == "year"
               for m in found), found


# --- a length of time counted back from the writer's present -----------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Dear editor, I was told I had MS nineteen years ago."),
    ("fr", "Infirmière depuis quinze ans, je lis vos articles avec attention."),
    ("de", "Vor sieben Jahren bekam ich die Diagnose MS."),
    ("es", "Me diagnosticaron esclerosis múltiple hace nueve años."),
    ("it", "Io ho la sclerosi multipla da diciotto anni e ho letto l'articolo."),
    ("pt", "Tenho esclerose múltipla há catorze anos."),
])
def test_a_length_of_time_back_from_now_is_no_figure(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les patients ont été suivis pendant quinze ans."),
    ("en", "The patients were followed for nineteen years."),
    ("de", "Die Patienten wurden seit sieben Jahren beobachtet."),
])
def test_a_length_of_the_study_is_still_checked(lang: str, text: str) -> None:
    assert numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


# --- a share said as a frequency, rounded as writers round -------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Ten years on, two in three patients had not got worse."),
    ("it", "A dieci anni, due pazienti su tre erano stabili."),
    ("es", "A los diez años, dos de cada tres pacientes seguían sin empeorar."),
    ("pt", "Ao fim de dez anos, sete em cada dez doentes com a forma surto-remissão "
           "continuavam sem agravamento."),
])
def test_a_share_as_the_nearest_small_frequency_is_the_share(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("en", "Ten years on, three in four patients had not got worse."),
    ("it", "A dieci anni, tre pazienti su quattro erano stabili."),
    ("pt", "Ao fim de dez anos, oito em cada dez doentes com a forma surto-remissão "
           "continuavam sem agravamento."),
])
def test_a_frequency_further_from_the_share_is_caught(lang: str, text: str) -> None:
    assert numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


def test_frequency_states_rounds_to_the_shares_precision() -> None:
    from plainsum_checks.bounds import frequency_states

    assert frequency_states(1, 24, 4.2) and frequency_states(1, 22, 4.5)
    assert not frequency_states(1, 20, 4.2) and not frequency_states(1, 30, 4.5)
    assert frequency_states(2, 3, 66) and frequency_states(7, 10, 71)
    assert not frequency_states(3, 4, 66) and not frequency_states(2, 3, 71)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au cours de la vie, le cancer colorectal touche une femme sur 24 et un homme sur 22."),
    ("es", "A lo largo de la vida, el cáncer colorrectal afecta a una mujer de cada 24."),
])
def test_one_in_so_many_in_digits_is_the_share(lang: str, text: str) -> None:
    assert not numbers_flagged(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au cours de la vie, le cancer colorectal touche une femme sur 42."),
    ("es", "A lo largo de la vida, el cáncer colorrectal afecta a una mujer de cada 14."),
])
def test_one_in_another_number_is_caught(lang: str, text: str) -> None:
    assert numbers_flagged(VITD, lang, text), said(alarms(VITD, lang, text))


# --- a figure with decimals said as a whole number, with a hedge -------------------------
@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "Those sent home early spent roughly 29 fewer hours in hospital.", False),
    ("en", "Those sent home early spent roughly 31 fewer hours in hospital.", True),
    ("en", "Those sent home early spent roughly 27 fewer hours in hospital.", True),
])
def test_about_a_whole_number_rounds_a_figure_with_decimals(lang: str, text: str,
                                                            flagged: bool) -> None:
    riva = "rivaroxaban-pe-2018"
    assert bool(numbers_flagged(riva, lang, text)) == flagged, said(alarms(riva, lang, text))


def test_rounds_fraction_rounds_the_hedges_way() -> None:
    from plainsum_checks.bounds import rounds_fraction

    assert rounds_fraction(29, "about", [-28.8]) and rounds_fraction(28, "more-than", [28.8])
    assert rounds_fraction(29, "nearly", [28.8])
    assert not rounds_fraction(29, None, [28.8]) and not rounds_fraction(28, "about", [28.8])
    assert not rounds_fraction(29, "more-than", [28.8]) and not rounds_fraction(
        30, "about", [30.0])


# --- the dative plural of a fraction ------------------------------------------------------
def test_two_thirds_in_the_dative_is_a_fraction() -> None:
    text = ("Zehn Jahre nach dem Eingriff hatte sich bei gut zwei Dritteln der Menschen mit "
            "schubförmiger MS die Behinderung nicht verschlechtert.")
    assert not numbers_flagged(MS, "de", text), said(alarms(MS, "de", text))
    wrong = text.replace("gut zwei Dritteln", "gut einem Drittel")
    assert numbers_flagged(MS, "de", wrong) or "hedge-reversed" in rules(MS, "de", wrong)


def test_one_in_so_many_is_as_precise_as_the_share() -> None:
    from plainsum_checks.bounds import frequency_states

    assert not frequency_states(1, 24, 4.0) and frequency_states(1, 25, 4.0)
    assert frequency_states(1, 3, 33) and not frequency_states(24, 575, 4.0)


# --- a group's words before a colon head the list after it --------------------------------
@pytest.mark.parametrize("lang, text", [
    ("it", "Esiti: - intera coorte: 80 % a 5 anni, 66 % a 10 anni; - SM recidivante-remittente: "
           "86 % a 5 anni, 71 % a 10 anni; - forme progressive: 71 % a 5 anni, 57 % a 10 anni."),
    ("en", "No worsening - everyone: 80% at 5 years, 66% at 10 years; relapsing-remitting MS: 86% "
           "at 5 years, 71% at 10 years; progressive MS: 71% at 5 years, 57% at 10 years."),
])
def test_a_heading_before_a_colon_is_the_next_figures(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


def test_another_groups_figures_under_a_heading_are_caught() -> None:
    text = ("No worsening - everyone: 80% at 5 years, 66% at 10 years; progressive MS: 86% "
            "at 5 years, 71% at 10 years.")
    assert any("86%" in x for x in numbers_flagged(MS, "en", text)), said(alarms(MS, "en", text))


# --- "in this group": the one group named before ------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("pt", "Mais de metade tinha a forma surto-remissão. Nesse grupo, 86 % não tinham piorado "
           "cinco anos depois."),
    ("en", "Over half had relapsing-remitting MS. In this group, 86% had not worsened five "
           "years later."),
    ("es", "Más de la mitad tenía la forma remitente-recurrente. En este grupo, el 86 % no había "
           "empeorado a los cinco años."),
])
def test_this_group_is_the_group_named_before(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


def test_this_group_with_another_groups_figure_is_caught() -> None:
    text = ("Mais de metade tinha a forma surto-remissão. Nesse grupo, 71 % não tinham piorado "
            "cinco anos depois.")
    assert any("71 %" in x for x in numbers_flagged(MS, "pt", text)), said(alarms(MS, "pt", text))


# --- a figure with decimals is no time point; "shorter" said as "più breve" ----------------
RIVA = "rivaroxaban-pe-2018"


@pytest.mark.parametrize("lang, text, flagged", [
    ("es", "Horas en el hospital a 30 días (media): 4,8 frente a 33,6.", False),
    ("pt", "Horas no hospital aos 30 dias (média): 4,8 contra 33,6.", False),
    ("es", "Horas en el hospital a 30 días (media): 4,8 frente a 36,3.", True),
])
def test_a_mean_with_decimals_after_a_time_point_is_no_time(lang: str, text: str,
                                                              flagged: bool) -> None:
    assert bool(numbers_flagged(RIVA, lang, text)) == flagged, said(alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text, flipped", [
    ("it", "Nei primi 30 giorni il tempo in ospedale è stato di 28,8 ore più breve con la "
           "dimissione precoce.", False),
    ("es", "En los primeros 30 días, la estancia fue 28,8 horas más breve con el alta precoz.",
     False),
    ("it", "Nei primi 30 giorni il tempo in ospedale è stato di 28,8 ore più lungo con la "
           "dimissione precoce.", True),
])
def test_briefer_is_a_lower_figure(lang: str, text: str, flipped: bool) -> None:
    assert ("sign-flipped" in rules(RIVA, lang, text)) == flipped, said(alarms(RIVA, lang, text))


# --- a list of several groups' sizes is about none of them in particular ------------------
def test_figures_after_a_list_of_sizes_are_not_the_first_groups() -> None:
    text = ("- 210 patients.\n- 122 RRMS, 86 SPMS, 2 PPMS.\n- No worsening: 80% at 5 years, "
            "66% at 10 years (everyone).")
    assert not numbers_flagged(MS, "en", text), said(alarms(MS, "en", text))


def test_a_single_size_still_carries_its_group() -> None:
    text = "Of the 210 patients, 122 had relapsing-remitting MS. At 5 years, 71% had not worsened."
    assert any("71%" in x for x in numbers_flagged(MS, "en", text)), said(alarms(MS, "en", text))


# --- a part of the cohort said loosely as a share of it -----------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "The team reviewed 210 patients. Just under six in ten had relapsing-remitting MS."),
    ("es", "El equipo revisó a 210 pacientes. Algo menos de seis de cada diez tenían la forma "
           "remitente-recurrente."),
])
def test_a_part_of_the_cohort_said_loosely_as_a_share(lang: str, text: str) -> None:
    assert not numbers_flagged(MS, lang, text), said(alarms(MS, lang, text))


def test_another_parts_loose_share_is_caught() -> None:
    text = "The team reviewed 210 patients. Just under six in ten had secondary progressive MS."
    assert numbers_flagged(MS, "en", text), said(alarms(MS, "en", text))


# --- a level above or below another places the group, it is no subject ------------------
@pytest.mark.parametrize("text, flipped", [
    ("Ein Spiegel über dem ausreichenden Bereich ging mit einem um 22 % geringeren Risiko "
     "einher.", False),
    ("Werte oberhalb des ausreichenden Bereichs gingen mit einem um 22 % niedrigeren Risiko "
     "einher.", False),
    ("Ein Spiegel über dem ausreichenden Bereich ging mit einem um 22 % höheren Risiko "
     "einher.", True),
])
def test_a_group_placed_above_the_comparisons_base(text: str, flipped: bool) -> None:
    assert ("sign-flipped" in rules(VITD, "de", text)) == flipped, said(alarms(VITD, "de", text))
