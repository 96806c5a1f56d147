"""False alarms of the number and context rules on faithful wording, fixed by the general
form each misread (issue 11, issue 14): a script's own running time and a title's count
of its questions, a reader's own age, one hedge or one per-cent sign said for two
figures, the figure and its noun set apart after the people they count, the other half of
a split, a verb of exceeding before the level exceeded, a quotation the text says not to
use. Each faithful sentence is paired with the same sentence corrupted, still caught.
Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.test_check_real_errors import CHX, CT, HSCT, RIVA, VITD, caught_at, check_pair


# --- numbers about the text itself ----------------------------------------------------
@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "en", "[RADIO – HEALTH MINUTE – approx. 60 seconds]\nA trial of more than 1,100 "
     "women compared two skin cleansers before a caesarean.",
     "[RADIO – HEALTH MINUTE – approx. 60 seconds]\nA trial of more than 1,300 women "
     "compared two skin cleansers before a caesarean.", "1,300"),
    (HSCT, "fr", "CHRONIQUE SANTÉ – durée : 1 min 15\nAprès une greffe, 80 % des 210 patients "
     "n'avaient pas plus de handicap cinq ans plus tard.",
     "CHRONIQUE SANTÉ – durée : 1 min 15\nAprès une greffe, 80 % des 215 patients "
     "n'avaient pas plus de handicap cinq ans plus tard.", "215"),
    (HSCT, "it", "RADIO – Rubrica \"Salute in 60 secondi\"\nDopo il trapianto, l'80 % dei "
     "pazienti non era peggiorato a cinque anni. E questo era \"Salute in 60 secondi\".",
     "RADIO – Rubrica \"Salute in 60 secondi\"\nDopo il trapianto, l'80 % dei 65 pazienti "
     "non era peggiorato a cinque anni.", "65"),
    (HSCT, "es", "RADIO – Salud en 90 segundos\nTras el trasplante, el 80 % no empeoró a los "
     "cinco años.", "RADIO – Salud en 90 segundos\nTras el trasplante, el 83 % no empeoró a "
     "los cinco años.", "83 %"),
    (HSCT, "pt", "RÁDIO – Saúde em 90 segundos\nApós o transplante, 80 % não pioraram aos "
     "cinco anos.", "RÁDIO – Saúde em 90 segundos\nApós o transplante, 83 % não pioraram aos "
     "cinco anos.", "83 %"),
])
def test_a_scripts_running_time_in_its_title(sheet, lang, faithful, wrong, words):
    check_pair(sheet, lang, faithful, wrong, "unsupported-number", words)


def test_a_running_time_is_a_title_s_only():
    # a clock in the text's body, or a running time with no title line, is a figure
    body = ("Hörfunk – Gesundheitsmagazin\nFünf Jahre nach der Transplantation um 1:10 waren "
            "80 Prozent nicht stärker beeinträchtigt.")
    assert caught_at(HSCT, "de", body, "unsupported-number", "1:10")
    title = ("Hörfunk – Gesundheitsmagazin, Beitrag ca. 1:10\nFünf Jahre nach der "
             "Transplantation waren 80 Prozent nicht stärker beeinträchtigt.")
    assert not alarms(HSCT, "de", title)
    one_line = "A trial of 60 women compared two skin cleansers, in 60 seconds."
    assert caught_at(CHX, "en", one_line, "unsupported-number", "60")


@pytest.mark.parametrize("lang, title, body", [
    ("fr", "Greffe et sclérose en plaques : {n} questions",
     "Qui ?\nDes chercheurs italiens.\n\nCombien ?\n210 patients.\n\nRésultat ?\n80 % sans "
     "aggravation à cinq ans."),
    ("de", "Stammzellen bei MS: {n} Fragen",
     "Wer?\nForscher aus Italien.\n\nWas kam heraus?\n80 Prozent ohne Verschlechterung nach "
     "fünf Jahren."),
    ("en", "Stem cells for MS: {n} questions",
     "Who?\nResearchers in Italy.\n\nWhat did they find?\n80% did not get worse at five "
     "years."),
])
def test_a_titles_count_of_the_questions_it_answers(lang, title, body):
    asked = body.count("?")
    faithful = title.format(n=asked) + "\n\n" + body
    wrong = title.format(n=asked + 1) + "\n\n" + body
    check_pair(HSCT, lang, faithful, wrong, "unsupported-number", str(asked + 1))


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("it", "«Ho 58 anni e ho la sclerosi multipla. Il trapianto funziona?» Dopo cinque anni, "
     "l'80 % non era peggiorato.", "«Ho 58 anni e ho la sclerosi multipla. Il trapianto "
     "funziona?» Dopo cinque anni, l'80 % dei pazienti di 58 anni non era peggiorato.",
     "58 anni non"),
    ("en", "\"I'm 58 and I have MS. Does the transplant work?\" After five years, 80% had not "
     "got worse.", "\"I'm 58 and I have MS. Does the transplant work?\" After 58 years, 80% "
     "had not got worse.", "58 years"),
    ("de", "„Ich bin 58 Jahre alt und habe MS.“ Nach fünf Jahren waren 80 Prozent nicht "
     "stärker eingeschränkt.", "„Ich bin 58 Jahre alt und habe MS.“ Nach fünf Jahren waren "
     "58 Prozent nicht stärker eingeschränkt.", "58 Prozent"),
    ("fr", "« J'ai 58 ans et une sclérose en plaques. » Après cinq ans, 80 % ne s'étaient pas "
     "aggravés.", "« J'ai 58 ans et une sclérose en plaques. » Après cinq ans, 85 % ne "
     "s'étaient pas aggravés.", "85 %"),
    ("es", "«Tengo 58 años y tengo esclerosis múltiple.» A los cinco años, el 80 % no había "
     "empeorado.", "«Tengo 58 años y tengo esclerosis múltiple.» A los cinco años, el 85 % no "
     "había empeorado.", "85 %"),
    ("pt", "«Tenho 58 anos e tenho esclerose múltipla.» Aos cinco anos, 80 % não tinham "
     "piorado.", "«Tenho 58 anos e tenho esclerose múltipla.» Aos cinco anos, 85 % não tinham "
     "piorado.", "85 %"),
])
def test_a_readers_own_age(lang, faithful, wrong, words):
    found = alarms(HSCT, lang, wrong)
    assert not alarms(HSCT, lang, faithful)
    a = wrong.index(words)
    assert any(f.span and f.span[0] < a + len(words) and a < f.span[1] for f in found), found


@pytest.mark.parametrize("lang, said", [
    ("en", "\"I'm a {n}-year-old teacher with MS.\" After five years, 80% had not got worse."),
    ("es", "«Soy una mujer de {n} años con esclerosis múltiple.» A los cinco años, el 80 % no "
     "había empeorado."),
    ("fr", "« Je suis une femme de {n} ans atteinte de sclérose en plaques. » Après cinq ans, "
     "80 % ne s'étaient pas aggravés."),
    ("it", "«Sono una donna di {n} anni con la sclerosi multipla.» Dopo cinque anni, l'80 % "
     "non era peggiorato."),
    ("pt", "«Sou uma mulher de {n} anos com esclerose múltipla.» Aos cinco anos, 80 % não "
     "tinham piorado."),
])
def test_a_readers_own_age_after_an_article(lang, said):
    assert not alarms(HSCT, lang, said.format(n=58))
    wrong = said.format(n=58).replace("80", "85")
    assert alarms(HSCT, lang, wrong)


@pytest.mark.parametrize("lang, text", [
    ("en", "The patients were 58 years old on average."),
    ("it", "Sono stati seguiti per 58 anni."),  # "sono": they are, as well as I am
    ("it", "Sono un gruppo seguito per 58 anni."),
    ("en", "I am one of the 215 patients."),
])
def test_an_age_or_a_count_of_the_study_is_a_figure(lang, text):
    assert alarms(HSCT, lang, text)


# --- one word said for two figures ----------------------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Over 90 days, total time in hospital for any reason was also lower in the "
     "early-discharge group (about 19 versus 43 hours).", "Over 90 days, total time in "
     "hospital for any reason was also lower in the early-discharge group (about 19 versus "
     "48 hours).", "48 hours"),
    ("pt", "Em 90 dias, o tempo total no hospital por qualquer motivo também foi menor no "
     "grupo da alta precoce: cerca de 19 contra 43 horas.", "Em 90 dias, o tempo total no "
     "hospital por qualquer motivo também foi menor no grupo da alta precoce: cerca de 19 "
     "contra 47 horas.", "47 horas"),
    ("es", "En 90 días, el tiempo total en el hospital fue menor en el grupo de alta precoz: "
     "unas 19 frente a 43 horas.", "En 90 días, el tiempo total en el hospital fue menor en "
     "el grupo de alta precoz: unas 19 frente a 47 horas.", "47 horas"),
    ("de", "Über 90 Tage war die gesamte Krankenhauszeit in der Gruppe mit früher Entlassung "
     "geringer: etwa 19 gegenüber 43 Stunden.", "Über 90 Tage war die gesamte "
     "Krankenhauszeit in der Gruppe mit früher Entlassung geringer: etwa 19 gegenüber 47 "
     "Stunden.", "47 Stunden"),
    ("fr", "Sur 90 jours, le temps total à l'hôpital était plus court dans le groupe sorti "
     "tôt : environ 19 contre 43 heures.", "Sur 90 jours, le temps total à l'hôpital était "
     "plus court dans le groupe sorti tôt : environ 19 contre 47 heures.", "47 heures"),
    ("it", "In 90 giorni, il tempo totale in ospedale è stato minore nel gruppo dimesso "
     "presto: circa 19 contro 43 ore.", "In 90 giorni, il tempo totale in ospedale è stato "
     "minore nel gruppo dimesso presto: circa 19 contro 47 ore.", "47 ore"),
])
def test_one_hedge_for_two_lengths_of_time(lang, faithful, wrong, words):
    check_pair(RIVA, lang, faithful, wrong, "unsupported-number", words)


def test_two_lengths_of_time_with_no_hedge_are_exact():
    said = ("Over 90 days, total time in hospital for any reason was also lower in the "
            "early-discharge group (19 versus 43 hours).")
    assert caught_at(RIVA, "en", said, "unsupported-number", "43 hours")


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Bei schubförmiger MS lag der Anteil nach fünf Jahren bei 86 und nach zehn Jahren "
     "bei 71 Prozent, bei den fortschreitenden Formen bei 71 und 57 Prozent.",
     "Bei schubförmiger MS lag der Anteil nach fünf Jahren bei 84 und nach zehn Jahren bei "
     "71 Prozent, bei den fortschreitenden Formen bei 71 und 57 Prozent.", "84"),
    ("es", "En la forma remitente-recurrente, la proporción fue del 86 a los cinco años y "
     "del 71 % a los diez años.", "En la forma remitente-recurrente, la proporción fue del "
     "83 a los cinco años y del 71 % a los diez años.", "83"),
    ("en", "In relapsing-remitting MS the share was 86 at five years and 71% at ten years.",
     "In relapsing-remitting MS the share was 81 at five years and 71% at ten years.", "81"),
    ("it", "Nella forma recidivante-remittente la quota era dell'86 a cinque anni e del 71 % "
     "a dieci anni.", "Nella forma recidivante-remittente la quota era dell'83 a cinque "
     "anni e del 71 % a dieci anni.", "83"),
    ("pt", "Na forma surto-remissão, a proporção foi de 86 aos cinco anos e de 71 % aos dez "
     "anos.", "Na forma surto-remissão, a proporção foi de 83 aos cinco anos e de 71 % aos "
     "dez anos.", "83"),
])
def test_one_per_cent_for_two_shares_each_with_its_time(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "unsupported-number", words)


def test_two_shares_with_one_per_cent_keep_their_times():
    swapped = ("Bei schubförmiger MS lag der Anteil nach fünf Jahren bei 71 und nach zehn "
               "Jahren bei 86 Prozent.")
    assert caught_at(HSCT, "de", swapped, "wrong-context", "71")


# --- who a figure counts --------------------------------------------------------------
@pytest.mark.parametrize("lang, faithful", [
    ("en", "Most of the group ({n} people) had relapsing-remitting MS, the most common form."),
    ("es", "La mayoría, {n} personas, tenían la forma remitente-recurrente."),
    ("de", "Die meisten ({n} Menschen) hatten eine schubförmige MS."),
    ("fr", "La plupart ({n} personnes) avaient une forme rémittente-récurrente."),
    ("it", "La maggior parte ({n} persone) aveva la forma recidivante-remittente."),
    ("pt", "A maioria, {n} pessoas, tinham a forma surto-remissão."),
])
def test_a_count_set_apart_after_the_people_it_counts(lang, faithful):
    check_pair(HSCT, lang, faithful.format(n=122), faithful.format(n=86), "wrong-context",
               "86")


@pytest.mark.parametrize("lang, faithful", [
    ("en", "Most of the group – {n} people – had relapsing-remitting MS."),
    ("en", "Most of them ({n} people) had relapsing-remitting MS."),
    ("es", "De ellos, la mayoría, {n} personas, tenían la forma remitente-recurrente."),
    ("de", "Die meisten — {n} Menschen — hatten eine schubförmige MS."),
])
def test_a_count_set_apart_by_dashes_or_after_words_pointing_back(lang, faithful):
    check_pair(HSCT, lang, faithful.format(n=122), faithful.format(n=86), "wrong-context",
               "86")


# --- the rest of a split, a level exceeded, a quotation not to use --------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "More than eleven hundred women took part: roughly half had their skin cleaned "
     "with a chlorhexidine-based antiseptic, the other half with iodine.", "More than "
     "eleven hundred women took part: half had their skin cleaned with a chlorhexidine-based "
     "antiseptic, the other half with iodine.", "half had"),
])
def test_the_other_half_of_a_split(lang, faithful, wrong, words):
    check_pair(CHX, lang, faithful, wrong, "hedge-dropped", words)


@pytest.mark.parametrize("lang, faithful", [
    ("es", "Participaron más de mil cien mujeres: aproximadamente la mitad se lavó la piel "
     "con clorhexidina, la otra mitad con yodo."),
    ("fr", "Plus de mille cent femmes ont participé : environ la moitié a reçu de la "
     "chlorhexidine, l'autre moitié de l'iode."),
    ("de", "Mehr als 1100 Frauen nahmen teil: etwa die Hälfte erhielt Chlorhexidin, die "
     "andere Hälfte Jod."),
    ("it", "Hanno partecipato più di 1100 donne: circa la metà ha ricevuto clorexidina, "
     "l'altra metà iodio."),
])
def test_the_other_half_in_other_languages(lang, faithful):
    assert not alarms(CHX, lang, faithful)


@pytest.mark.parametrize("lang, faithful, lower, higher", [
    ("es", "Frente a quienes tenían concentraciones suficientes, las personas con déficit de "
     "vitamina D tuvieron un riesgo un 31 % mayor. En cambio, quienes superaban el nivel "
     "suficiente para la salud ósea tuvieron un riesgo un 22 % {}.", "menor", "mayor"),
    ("en", "Compared with people with sufficient levels, those who exceeded the sufficient "
     "level had a 22% {} risk.", "lower", "higher"),
])
def test_a_verb_of_exceeding_before_the_level_exceeded(lang, faithful, lower, higher):
    check_pair(VITD, lang, faithful.format(lower), faithful.format(higher), "sign-flipped",
               "22")


@pytest.mark.parametrize("lang, faithful", [
    ("fr", "Par rapport au niveau suffisant, ceux qui dépassaient le niveau suffisant avaient "
     "un risque plus faible de 22 %."),
    ("it", "Rispetto al livello sufficiente, chi superava il livello sufficiente aveva un "
     "rischio inferiore del 22 %."),
    ("pt", "Em comparação com o nível suficiente, quem ultrapassava o nível suficiente teve um "
     "risco 22 % menor."),
    ("de", "Im Vergleich zu ausreichenden Werten hatten Menschen, die den ausreichenden "
     "Spiegel überschritten, ein um 22 % geringeres Risiko."),
])
def test_a_verb_of_exceeding_in_other_languages(lang, faithful):
    assert not alarms(VITD, lang, faithful)


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("pt", "Nota para a prática: a redução é relativa; não deve ser apresentada ao doente "
     "como «40 em cada 100 evitam um enfarte».", "Nota para a prática: a redução é relativa; "
     "deve ser apresentada ao doente como «40 em cada 100 evitam um enfarte».",
     "40 em cada 100"),
    ("en", "Note: the drop is relative; it should not be put to patients as \"40 in 100 "
     "avoid a heart attack\".", "Note: the drop is relative; it should be put to patients "
     "as \"40 in 100 avoid a heart attack\".", "40 in 100"),
])
def test_a_quotation_the_text_says_not_to_use(lang, faithful, wrong, words):
    check_pair(CT, lang, faithful, wrong, "relative-as-absolute", words)


@pytest.mark.parametrize("lang, faithful", [
    ("es", "Nota: la reducción es relativa; no debe presentarse al paciente como «40 de cada "
     "100 evitan un infarto»."),
    ("fr", "Note : la baisse est relative ; elle ne doit pas être présentée au patient comme "
     "« 40 sur 100 évitent un infarctus »."),
    ("de", "Hinweis: Die Senkung ist relativ; sie darf Patienten nicht als „40 von 100 "
     "vermeiden einen Herzinfarkt“ erklärt werden."),
    ("it", "Nota: la riduzione è relativa; non va presentata al paziente come «40 su 100 "
     "evitano un infarto»."),
])
def test_a_quotation_not_to_use_in_other_languages(lang, faithful):
    assert not alarms(CT, lang, faithful)


def test_a_negation_inside_the_quotation_denies_nothing():
    said = "Note: the drop is relative. \"Not all patients benefit, but 40 in 100 avoid it\"."
    assert caught_at(CT, "en", said, "relative-as-absolute", "40 in 100")


# --- a label for context that frames the figure's clause ------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "Ya antes, el mismo estudio había mostrado que a alrededor de una cuarta parte de "
     "los pacientes con escáner se les cambió el diagnóstico.", "A los cinco años, el "
     "estudio mostró además que a alrededor de una cuarta parte de los pacientes con escáner "
     "se les cambió el diagnóstico.", "una cuarta parte"),
    ("en", "Earlier on, the same study had shown that about a quarter of patients who had the "
     "scan got a different diagnosis.", "At five years, the study also showed that about a "
     "quarter of patients who had the scan got a different diagnosis.", "a quarter"),
    ("de", "Schon früher hatte dieselbe Studie gezeigt, dass sich bei etwa einem Viertel der "
     "Patienten mit Scan die Diagnose änderte.", "Nach fünf Jahren zeigte die Studie "
     "außerdem, dass sich bei etwa einem Viertel der Patienten mit Scan die Diagnose änderte.",
     "einem Viertel"),
    ("pt", "- Contexto: um resultado anterior do mesmo estudo (não dos cinco anos) mostrou "
     "reclassificação do diagnóstico em cerca de um quarto dos doentes após a angio-TC.",
     "- Resultado: o estudo (aos cinco anos) mostrou reclassificação do diagnóstico em cerca "
     "de um quarto dos doentes após a angio-TC.", "um quarto"),
])
def test_a_context_label_opening_the_sentence_or_before_an_aside(lang, faithful, wrong,
                                                                 words):
    check_pair(CT, lang, faithful, wrong, "background-as-result", words)


def test_a_context_label_with_a_figure_of_its_own_frames_only_that():
    said = ("For perspective, about 900,000 people have chest pain every year, and the study "
            "found that about a quarter of patients who had the scan got a different "
            "diagnosis.")
    assert caught_at(CT, "en", said, "background-as-result", "a quarter")


@pytest.mark.parametrize("lang, said, words", [
    ("es", "Como referencia, en el estudio el 4,2 % de las mujeres y el 4,5 % de los hombres "
     "tuvieron cáncer colorrectal durante el seguimiento.", "4,2 %"),
    ("it", "Per dare un'idea, nello studio il 4,2% delle donne e il 4,5% degli uomini si è "
     "ammalato di tumore del colon-retto durante il follow-up.", "4,2%"),
])
def test_a_label_that_only_frames_gives_way_to_the_study(lang, said, words):
    # "for reference", then "in the study": the figure is given as the study's own
    assert caught_at(VITD, lang, said, "background-as-result", words)


# --- where the text is, and the writer's own years ------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "[00:00] HOST: Good morning.\n[00:12] After a stem cell transplant, 80% of people "
     "with MS had not got worse five years later.", "[00:00] HOST: Good morning.\n[00:12] "
     "After a stem cell transplant at 1:30, 80% of people with MS had not got worse five "
     "years later.", "1:30"),
    ("de", "Folge 12 – Gesundheit im Gespräch\nNach einer Stammzelltransplantation waren 80 "
     "Prozent nach fünf Jahren nicht stärker eingeschränkt.", "Folge 12 – Gesundheit im "
     "Gespräch\nNach einer Stammzelltransplantation waren 12 Prozent nach fünf Jahren nicht "
     "stärker eingeschränkt.", "12 Prozent"),
    ("fr", "Épisode 4 (durée 3 min)\nAprès une greffe, 80 % des patients n'avaient pas plus "
     "de handicap cinq ans plus tard.", "Épisode 4 (durée 3 min)\nAprès une greffe, 80 % des "
     "4 patients n'avaient pas plus de handicap cinq ans plus tard.", "4 patients"),
    ("es", "Podcast, episodio 7 · 4 min de escucha\nTras el trasplante, el 80 % no empeoró a "
     "los cinco años.", "Podcast, episodio 7 · 4 min de escucha\nTras el trasplante, el 83 % "
     "no empeoró a los cinco años.", "83 %"),
])
def test_a_time_code_or_a_number_of_the_series(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "unsupported-number", words)


@pytest.mark.parametrize("lang, said", [
    ("en", "Dear Editor, I am 45 and was diagnosed with MS in {y}. After a stem cell "
     "transplant, 80% of people had not got worse five years later."),
    ("de", "Ich bin 45 und habe seit {y} MS. Nach einer Stammzelltransplantation waren 80 "
     "Prozent nach fünf Jahren nicht stärker eingeschränkt."),
    ("fr", "J'ai 45 ans et une SEP depuis {y}. Après une greffe, 80 % des patients n'avaient "
     "pas plus de handicap cinq ans plus tard."),
    ("es", "Tengo 45 años y me diagnosticaron EM en {y}. Tras el trasplante, el 80 % no "
     "empeoró a los cinco años."),
    ("it", "Ho 45 anni e la SM dal {y}. Dopo il trapianto, l'80 % dei pazienti non era "
     "peggiorato a cinque anni."),
    ("pt", "Tenho 45 anos e tenho EM desde {y}. Após o transplante, 80 % não pioraram aos "
     "cinco anos."),
])
def test_a_year_of_the_writers_own_life(lang, said):
    assert not alarms(HSCT, lang, said.format(y=2015))


def test_a_year_of_the_study_is_a_figure():
    said = "The patients were treated between 1997 and {y}, and I read the study in 2021."
    assert caught_at(HSCT, "en", said.format(y=2018), "interval-changed", "2018")


# --- a group's count the sheet gives through its parts --------------------------------
@pytest.mark.parametrize("lang, said", [
    ("en", "Of the 210 patients, 122 had relapsing-remitting MS and {n} a progressive form "
     "(86 secondary, 2 primary)."),
    ("de", "Von den 210 Behandelten hatten 122 eine schubförmige und {n} eine progrediente MS."),
    ("es", "De los 210 pacientes, 122 tenían la forma remitente-recurrente y {n} una forma "
     "progresiva."),
    ("fr", "Sur les 210 patients, 122 avaient une forme rémittente-récurrente et {n} une forme "
     "progressive."),
    ("it", "Dei 210 pazienti, 122 avevano la forma recidivante-remittente e {n} una forma "
     "progressiva."),
    ("pt", "Dos 210 doentes, 122 tinham a forma surto-remissão e {n} uma forma progressiva."),
])
def test_the_sum_of_a_groups_parts(lang, said):
    check_pair(HSCT, lang, said.format(n=88), said.format(n=87), "unsupported-number", "87")


def test_the_sum_of_parts_said_of_another_group_is_caught():
    assert alarms(HSCT, "en", "Of the 210 patients, 88 had relapsing-remitting MS.")


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "The 40% is a relative reduction; it would be wrong to tell patients \"40 in 100 of "
     "you will avoid a heart attack\".", "The 40% is a relative reduction; it would be right "
     "to tell patients \"40 in 100 of you will avoid a heart attack\".", "40 in 100"),
    ("de", "Die 40 Prozent sind relativ – falsch wäre es, Patienten zu sagen: „40 von 100 "
     "vermeiden einen Infarkt“.", "Die 40 Prozent sind relativ – richtig wäre es, Patienten "
     "zu sagen: „40 von 100 vermeiden einen Infarkt“.", "40 von 100"),
])
def test_a_quotation_the_text_calls_wrong(lang, faithful, wrong, words):
    check_pair(CT, lang, faithful, wrong, "relative-as-absolute", words)


@pytest.mark.parametrize("lang, faithful", [
    ("fr", "Les 40 % sont relatifs ; il serait faux de dire aux patients « 40 sur 100 évitent "
     "un infarctus »."),
    ("es", "El 40 % es relativo; sería erróneo decir a los pacientes «40 de cada 100 evitan un "
     "infarto»."),
    ("it", "Il 40% è relativo; sarebbe sbagliato dire ai pazienti «40 su 100 evitano un "
     "infarto»."),
    ("pt", "Os 40 % são relativos; seria errado dizer aos doentes «40 em cada 100 evitam um "
     "enfarte»."),
])
def test_a_quotation_called_wrong_in_other_languages(lang, faithful):
    assert not alarms(CT, lang, faithful)


def test_a_word_for_wrong_in_a_clause_of_its_own_denies_nothing():
    said = "Patients are wrong to worry, and the study says \"40 in 100 avoid a heart attack\"."
    assert caught_at(CT, "en", said, "relative-as-absolute", "40 in 100")


# --- two shares beside two times, in order --------------------------------------------
@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "En la forma remitente-recurrente, el 86 % y el 71 % no empeoraron a los cinco y a "
     "los diez años, respectivamente.", "En la forma remitente-recurrente, el 71 % y el 86 % "
     "no empeoraron a los cinco y a los diez años, respectivamente.", "71 %"),
    ("en", "In relapsing-remitting MS, 86% and 71% had not got worse at five and ten years "
     "respectively.", "In relapsing-remitting MS, 71% and 86% had not got worse at five and "
     "ten years respectively.", "71%"),
    ("fr", "Dans la forme rémittente-récurrente, 86 % et 71 % n'avaient pas progressé à cinq "
     "et dix ans respectivement.", "Dans la forme rémittente-récurrente, 86 % et 71 % "
     "n'avaient pas progressé à dix et cinq ans respectivement.", "dix et cinq ans"),
    ("de", "Bei schubförmiger MS waren nach fünf bzw. zehn Jahren 86 bzw. 71 Prozent nicht "
     "stärker eingeschränkt.", "Bei schubförmiger MS waren nach zehn bzw. fünf Jahren 86 "
     "bzw. 71 Prozent nicht stärker eingeschränkt.", "71 Prozent"),
    ("it", "Nella forma recidivante-remittente, a cinque e dieci anni non era peggiorato "
     "rispettivamente l'86% e il 71%.", "Nella forma recidivante-remittente, a cinque e dieci "
     "anni non era peggiorato rispettivamente il 71% e l'86%.", "71%"),
    ("pt", "Na forma surto-remissão, 86 % e 71 % não tinham piorado aos cinco e aos dez anos, "
     "respetivamente.", "Na forma surto-remissão, 86 % e 71 % não tinham piorado aos dez e "
     "aos cinco anos, respetivamente.", "71 %"),
    ("en", "At five and ten years, 80% and 66% of all patients had not got worse.",
     "At ten and five years, 80% and 66% of all patients had not got worse.", "66%"),
])
def test_two_shares_beside_two_times_pair_in_order(lang, faithful, wrong, words):
    check_pair(HSCT, lang, faithful, wrong, "wrong-context", words)


@pytest.mark.parametrize("hedge", ["em volta de", "à volta de", "por volta de"])
def test_portuguese_around_keeps_the_hedge(hedge):
    # "em volta de" is as much "around" as "à volta de": the hedge of "around a quarter"
    faithful = (f"Num resultado anterior do mesmo estudo, a TAC reclassificou o diagnóstico "
                f"{hedge} um quarto dos doentes.")
    wrong = faithful.replace(f"{hedge} um quarto", "um quarto")
    check_pair(CT, "pt", faithful, wrong, "hedge-dropped", "um quarto")
