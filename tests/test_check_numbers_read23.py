"""How the checker reads figures in faithful human text (issue 14, item 1; issue 11,
item 3), each form paired with the same sentence corrupted and still caught, in the six
languages: a bulletin's hour in its title, a count the sheet's review notes give said in
words or by the term's plain description, a mnemonic that repeats the text's own shares
without their sign, a difference said by its size after both sides, a signed relative
change before its events, a rough hedge before the figure's preposition, the release's
month, a question that asks whether a figure is a result, and two shares with one unit
after a repeated article. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import CT, HSCT, RIVA, VITD

_BODY = {
    "en": "The study followed 210 people with MS.",
    "es": "El estudio siguió a 210 personas con EM.",
    "fr": "L'étude a suivi 210 personnes atteintes de SEP.",
    "de": "Die Studie begleitete 210 Menschen mit MS.",
    "it": "Lo studio ha seguito 210 persone con SM.",
    "pt": "O estudo acompanhou 210 pessoas com EM.",
}


def _errors(sheet: str, lang: str, text: str, rule: str, words: str) -> bool:
    a = text.index(words)
    b = a + len(words)
    return any(f.rule == rule and f.span and f.span[0] < b and a < f.span[1]
               for f in alarms(sheet, lang, text))


@pytest.mark.parametrize("lang, title, count", [
    ("en", "The nine o'clock health news", "Health news: nine patients"),
    ("es", "Boletín de salud de las nueve", "Boletín de salud: nueve pacientes"),
    ("fr", "Le journal de la santé à 9 h", "Le journal de la santé : 9 patients"),
    ("de", "Gesundheitsnachrichten um neun Uhr", "Gesundheitsnachrichten: neun Patienten"),
    ("it", "Il notiziario della salute delle nove", "Il notiziario della salute: nove pazienti"),
    ("pt", "Boletim de saúde das nove", "Boletim de saúde: nove doentes"),
])
def test_a_bulletins_hour_in_its_title(lang: str, title: str, count: str) -> None:
    faithful = f"{title}\n\n{_BODY[lang]}\n"
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = f"{count}\n\n{_BODY[lang]}\n"
    figure = count.rsplit(" ", 2)[-2]
    assert _errors(HSCT, lang, wrong, "unsupported-number", figure), said(
        alarms(HSCT, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("en", "Researchers combined data from {n} groups of people who were followed over "
     "time."),
    ("es", "Los investigadores reunieron datos de {n} grupos de personas seguidas a lo "
     "largo del tiempo."),
    ("fr", "Les chercheurs ont réuni les données de {n} groupes de personnes suivies dans "
     "le temps."),
    ("de", "Die Forschenden legten die Daten von {n} Gruppen von Menschen zusammen, die "
     "über lange Zeit begleitet wurden."),
    ("it", "I ricercatori hanno messo insieme i dati di {n} gruppi di persone seguite nel "
     "tempo."),
    ("pt", "Os investigadores juntaram os dados de {n} grupos de pessoas acompanhadas ao "
     "longo do tempo."),
])
def test_a_noted_count_said_by_the_terms_plain_description(lang: str, text: str) -> None:
    faithful = text.format(n=17)
    assert not alarms(VITD, lang, faithful), said(alarms(VITD, lang, faithful))
    wrong = text.format(n=19)
    assert _errors(VITD, lang, wrong, "unsupported-number", "19"), said(
        alarms(VITD, lang, wrong))


@pytest.mark.parametrize("lang, text, seventeen, nineteen", [
    ("en", "They pooled {n} cohort studies.", "seventeen", "nineteen"),
    ("es", "Reunieron {n} estudios de cohortes.", "diecisiete", "diecinueve"),
    ("fr", "Ils ont réuni {n} études de cohorte.", "dix-sept", "dix-neuf"),
    ("de", "Sie haben {n} Kohortenstudien zusammengelegt.", "siebzehn", "neunzehn"),
    ("it", "Hanno messo insieme {n} coorti.", "diciassette", "diciannove"),
    ("pt", "Juntaram {n} estudos de coorte.", "dezassete", "dezanove"),
])
def test_a_noted_count_in_words(lang: str, text: str, seventeen: str, nineteen: str
                                ) -> None:
    faithful = text.format(n=seventeen)
    assert not alarms(VITD, lang, faithful), said(alarms(VITD, lang, faithful))
    wrong = text.format(n=nineteen)
    assert _errors(VITD, lang, wrong, "unsupported-number", nineteen), said(
        alarms(VITD, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("en", "No worsening at 5 years: 80%; at 10 years: 66%.\n\nMnemonic: {a}-{b}."),
    ("es", "Sin empeorar a los 5 años: 80 %; a los 10 años: 66 %.\n\nPara recordar: {a}-{b}."),
    ("fr", "Pas d'aggravation à 5 ans : 80 % ; à 10 ans : 66 %.\n\nMoyen mnémotechnique : "
     "{a}-{b}."),
    ("de", "Keine Verschlechterung nach 5 Jahren: 80 %; nach 10 Jahren: 66 %.\n\nMerkhilfe: "
     "{a}-{b}."),
    ("it", "Nessun peggioramento a 5 anni: 80%; a 10 anni: 66%.\n\nPromemoria: {a}-{b}."),
    ("pt", "Sem agravamento aos 5 anos: 80%; aos 10 anos: 66%.\n\nPara memorizar: {a}-{b}."),
])
def test_a_mnemonic_repeats_the_texts_shares(lang: str, text: str) -> None:
    faithful = text.format(a=80, b=66)
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = text.format(a=80, b=68)
    assert _errors(HSCT, lang, wrong, "unsupported-number", "68"), said(
        alarms(HSCT, lang, wrong))


@pytest.mark.parametrize("lang, text, flipped", [
    ("en", "Hours in hospital for clots or bleeding over 30 days: 4.8 on average with early "
     "discharge; 33.6 with admission. Difference: 28.8 hours.",
     "Difference: 28.8 hours more with early discharge."),
    ("es", "Horas de hospital por coágulos o sangrado en 30 días: 4,8 de media con alta "
     "precoz; 33,6 con ingreso. Diferencia: 28,8 horas.",
     "Diferencia: 28,8 horas más con el alta precoz."),
    ("fr", "Heures d'hôpital pour caillots ou saignements sur 30 jours : 4,8 en moyenne avec "
     "la sortie précoce ; 33,6 avec l'hospitalisation. Différence : 28,8 heures.",
     "Différence : 28,8 heures de plus avec la sortie précoce."),
    ("de", "Stunden im Krankenhaus wegen Gerinnseln oder Blutungen in 30 Tagen: 4,8 im Mittel "
     "bei früher Entlassung; 33,6 bei stationärer Aufnahme. Unterschied: 28,8 Stunden.",
     "Unterschied: 28,8 Stunden mehr bei früher Entlassung."),
    ("it", "Ore in ospedale per coaguli o sanguinamenti in 30 giorni: 4,8 in media con la "
     "dimissione precoce; 33,6 con il ricovero. Differenza: 28,8 ore.",
     "Differenza: 28,8 ore in più con la dimissione precoce."),
    ("pt", "Horas no hospital por coágulos ou hemorragias em 30 dias: 4,8 em média com alta "
     "precoce; 33,6 com internamento. A diferença média foi de 28,8 horas.",
     "A diferença média foi de 28,8 horas a mais com a alta precoce."),
])
def test_a_difference_said_by_its_size_after_both_sides(lang: str, text: str, flipped: str
                                                        ) -> None:
    assert not alarms(RIVA, lang, text), said(alarms(RIVA, lang, text))
    head = text.rsplit(". ", 1)[0] + ". "
    wrong = head + flipped
    assert _errors(RIVA, lang, wrong, "sign-flipped", "28"), said(alarms(RIVA, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("en", "Five years on: {s}40% heart attacks in the group that also had the CT scan."),
    ("es", "A los cinco años: {s}40 % de infartos en el grupo al que también se le hizo el "
     "escáner."),
    ("fr", "À cinq ans : {s}40 % d'infarctus dans le groupe qui a aussi passé le scanner."),
    ("de", "Nach fünf Jahren: {s}40 % Herzinfarkte in der Gruppe, die auch das CT bekam."),
    ("it", "A cinque anni: {s}40% di infarti nel gruppo che ha fatto anche la TAC."),
    ("pt", "Aos cinco anos: {s}40% de enfartes no grupo que também fez a TAC."),
])
def test_a_signed_relative_change_before_its_events(lang: str, text: str) -> None:
    faithful = text.format(s="–")
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    wrong = text.format(s="+")
    assert _errors(CT, lang, wrong, "sign-flipped", "40"), said(alarms(CT, lang, wrong))


@pytest.mark.parametrize("lang, text, figure", [
    ("en", "The diagnosis changed roughly for 1 in 4 of them.", "1 in 4"),
    ("es", "Le cambiaron el diagnóstico más o menos a uno de cada cuatro.", "uno de cada cuatro"),
    ("fr", "Le diagnostic a changé environ pour un sur quatre.", "un sur quatre"),
    ("de", "Die Diagnose änderte sich etwa bei einem von vier.", "einem von vier"),
    ("it", "La diagnosi è cambiata circa a uno su quattro.", "uno su quattro"),
    ("pt", "O diagnóstico mudou mais ou menos a um em cada quatro.", "um em cada quatro"),
])
def test_a_rough_hedge_before_the_figures_preposition(lang: str, text: str, figure: str
                                                      ) -> None:
    from plainsum_checks.numbers import read_numbers

    from tests.conftest import registry_with

    pack = registry_with([lang]).languages[lang]
    found = [m for m in read_numbers(text, pack) if m.text == figure]
    assert found and found[0].hedge == "about", found
    # a bound compares, and a bare figure has no hedge
    assert not [m for m in read_numbers("Less than in 7.3 % of them.", pack) if m.hedge]
    bare = text.replace(figure, "x").split("x")[0].rsplit(" ", 3)[0] + " " + figure + "."
    assert all(m.hedge is None for m in read_numbers(bare, pack) if m.text == figure), bare


def test_the_dropped_rough_hedge_before_a_preposition_is_still_seen() -> None:
    text = ("Un análisis anterior del mismo estudio ya había visto que más o menos a uno de "
            "cada cuatro le cambiaron el diagnóstico después del escáner.")
    assert not alarms(CT, "es", text), said(alarms(CT, "es", text))
    from tests.corruption import Faithful, check

    wrong = text.replace("más o menos a uno", "a uno")
    found = check(Faithful(CT, "es", "test", wrong), wrong)
    assert any(f.rule == "hedge-dropped" for f in found), said(found)


@pytest.mark.parametrize("lang, text", [
    ("en", "Source: American Cancer Society press release, June {y}."),
    ("es", "Fuente: comunicado de la American Cancer Society, junio de {y}."),
    ("fr", "Source : communiqué de l'American Cancer Society, juin {y}."),
    ("de", "Quelle: Pressemitteilung der American Cancer Society, Juni {y}."),
    ("it", "Fonte: comunicato dell'American Cancer Society, giugno {y}."),
    ("pt", "Fonte: comunicado da American Cancer Society, junho de {y}."),
])
def test_the_release_month_its_address_gives(lang: str, text: str) -> None:
    faithful = text.format(y=2018)
    assert not alarms(VITD, lang, faithful), said(alarms(VITD, lang, faithful))
    wrong = text.format(y=2017)
    assert _errors(VITD, lang, wrong, "unsupported-number", "2017"), said(
        alarms(VITD, lang, wrong))


@pytest.mark.parametrize("lang, asked, told", [
    ("en", "Is the figure of about 900,000 Americans with a clot each year a result of the "
     "trial?", "Did you know that the trial found about 900,000 Americans with a clot each "
     "year?"),
    ("es", "¿La cifra de unos 900.000 estadounidenses con un coágulo al año es un resultado "
     "del ensayo?", "¿Sabías que el ensayo encontró unos 900.000 estadounidenses con un "
     "coágulo al año?"),
    ("fr", "Le chiffre d'environ 900 000 Américains touchés par un caillot chaque année "
     "est-il un résultat de l'essai ?", "Saviez-vous que l'essai a trouvé environ 900 000 "
     "Américains touchés par un caillot chaque année ?"),
    ("de", "Ist die Zahl von etwa 900.000 Amerikanern mit einem Gerinnsel pro Jahr ein "
     "Ergebnis der Studie?", "Wussten Sie, dass die Studie zeigte, dass etwa 900.000 "
     "Amerikaner pro Jahr ein Gerinnsel haben?"),
    ("it", "Il dato di circa 900.000 americani con un coagulo ogni anno è un risultato dello "
     "studio?", "Sapevi che lo studio ha trovato circa 900.000 americani con un coagulo "
     "ogni anno?"),
    ("pt", "O número de cerca de 900 mil americanos com um coágulo por ano é resultado do "
     "ensaio?", "Sabia que, no ensaio, cerca de 900 mil americanos tiveram um coágulo "
     "numa veia?"),
])
def test_a_question_asks_whether_a_figure_is_a_result(lang: str, asked: str, told: str
                                                      ) -> None:
    assert not [f for f in alarms(RIVA, lang, asked) if f.rule == "background-as-result"], (
        said(alarms(RIVA, lang, asked)))
    assert any(f.rule == "background-as-result" for f in alarms(RIVA, lang, told)), said(
        alarms(RIVA, lang, told))


@pytest.mark.parametrize("lang, text", [
    ("en", "Given that in the trial about 900,000 Americans had a clot, will the ministry "
     "review its rules?"),
    ("es", "Teniendo en cuenta que, en el ensayo, unos 900.000 estadounidenses tuvieron un "
     "coágulo, ¿piensa el Gobierno revisar los protocolos?"),
])
def test_a_question_after_a_premise_still_claims_it(lang: str, text: str) -> None:
    assert any(f.rule == "background-as-result" for f in alarms(RIVA, lang, text)), said(
        alarms(RIVA, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("es", "En la forma remitente-recurrente, las cifras suben al 86 y al {n} por ciento."),
    ("fr", "Dans la forme rémittente-récurrente, les chiffres montent à 86 et à {n} %."),
    ("it", "Nella forma recidivante-remittente le percentuali erano dell'86 e del {n} per "
     "cento."),
    ("pt", "Na forma surto-remissão, os valores sobem para 86 e para {n} por cento."),
])
def test_two_shares_with_one_unit_after_a_repeated_article(lang: str, text: str) -> None:
    from plainsum_checks.numbers import read_numbers

    from tests.conftest import registry_with

    pack = registry_with([lang]).languages[lang]
    kinds = [m.kind for m in read_numbers(text.format(n=71), pack)]
    assert kinds == ["percent", "percent"], kinds
    # a noun between the figures: the first counts it ("86 pacientes y el 71 %")
    assert read_numbers("Eran 86 pacientes y el 71 %.", registry_with(["es"]).languages[
        "es"])[0].kind == "number"


@pytest.mark.parametrize("lang, text", [
    ("en", "Those sent home early spent 28.8 fewer hours in hospital for clots or bleeding "
     "(p {r} 0.0001)."),
    ("es", "Quienes se fueron pronto a casa pasaron 28,8 horas menos en el hospital por "
     "coágulos o sangrado (p {r} 0,0001)."),
    ("fr", "Les patients sortis tôt ont passé 28,8 heures de moins à l'hôpital pour caillots "
     "ou saignements (p {r} 0,0001)."),
    ("de", "Früh Entlassene verbrachten 28,8 Stunden weniger im Krankenhaus wegen Gerinnseln "
     "oder Blutungen (p {r} 0,0001)."),
    ("it", "Chi è tornato presto a casa ha passato 28,8 ore in meno in ospedale per coaguli "
     "o sanguinamenti (p {r} 0,0001)."),
    ("pt", "Quem foi para casa mais cedo passou 28,8 horas a menos no hospital por coágulos "
     "ou hemorragias (p {r} 0,0001)."),
])
def test_a_p_values_bound_turned_round(lang: str, text: str) -> None:
    faithful = text.format(r="<")
    assert not alarms(RIVA, lang, faithful), said(alarms(RIVA, lang, faithful))
    wrong = text.format(r=">")
    assert _errors(RIVA, lang, wrong, "hedge-reversed", "0,0001" if lang != "en"
                   else "0.0001"), said(alarms(RIVA, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("en", "Result: {s} 40% heart attacks in the CT arm against the standard arm."),
    ("es", "Resultado: {s} 40 % de infartos en el grupo del escáner frente al grupo "
     "estándar."),
    ("fr", "Résultat : {s} 40 % d'infarctus dans le bras coroscanner vs bras standard."),
    ("de", "Ergebnis: {s} 40 % Herzinfarkte im CT-Arm gegenüber dem Standardarm."),
    ("it", "Risultato: {s} 40% di infarti nel braccio TAC rispetto al braccio standard."),
    ("pt", "Resultado: {s} 40% de enfartes no braço da TAC face ao braço habitual."),
])
def test_a_sign_set_apart_from_its_figure(lang: str, text: str) -> None:
    faithful = text.format(s="–")
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    wrong = text.format(s="+")
    assert _errors(CT, lang, wrong, "sign-flipped", "40"), said(alarms(CT, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("en", "The team looked back at data from {n} patients."),
    ("es", "El equipo revisó los datos de {n} pacientes."),
    ("fr", "L'équipe a repris les données de {n} patients."),
    ("de", "Das Team wertete rückblickend Daten von {n} Patientinnen und Patienten aus."),
    ("it", "Il gruppo ha riesaminato i dati di {n} pazienti."),
    ("pt", "A equipa analisou retrospetivamente os dados de {n} doentes."),
])
def test_a_length_of_time_is_no_count_of_people(lang: str, text: str) -> None:
    faithful = text.format(n=210)
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = text.format(n=120)  # ten years in months: a figure of the sheet's times only
    assert _errors(HSCT, lang, wrong, "unsupported-number", "120") or _errors(
        HSCT, lang, wrong, "wrong-context", "120"), said(alarms(HSCT, lang, wrong))
