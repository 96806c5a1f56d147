# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A trial's means in es/fr/de/it/pt (session 33, issue 12): each arm's change in a
measurement's unit ("sank … um 9,2 mmHg (Standardabweichung 6,1)") is that arm's mean,
negative when it fell, with its unit and SD; the figure said after the other arm with no
verb of its own takes the sentence's; a mean said "de media" with its SD and the arm
after it is that arm's; the difference between the groups takes its sign from the two
means and its interval with it; "doppelt so häufig", "el doble de frecuentes", "deux
fois plus fréquentes" is a fold change of the arm it names versus the other, never the
headline. Own releases, paired with the arms swapped."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

LANGS = ("es", "fr", "de", "it", "pt")

TRIAL = {
    "de": "Bewegungsprogramm senkt Blutdruck\n\nBerlin, 2. Dezember 2026. In einer randomisierten Studie mit 248 Personen wurden die Teilnehmenden einer Trainingsgruppe oder einer Kontrollgruppe zugeteilt.\n\nNach zwölf Wochen sank der Blutdruck in der Trainingsgruppe im Mittel um 9,2 mmHg (Standardabweichung 6,1), in der Kontrollgruppe um 2,4 mmHg (Standardabweichung 5,8). Der Unterschied zwischen den Gruppen betrug 6,8 mmHg (95-%-Konfidenzintervall 5,3 bis 8,3).\n\nStürze traten in der Kontrollgruppe doppelt so häufig auf wie in der Trainingsgruppe.\n",
    "es": "Un programa de ejercicio baja la tensión arterial\n\nMadrid, 2 de diciembre de 2026. Un ensayo aleatorizado con 248 personas asignó a los participantes al grupo de ejercicio o al grupo control.\n\nA las doce semanas, la tensión arterial bajó de media 9,2 mmHg (DE 6,1) en el grupo de ejercicio y 2,4 mmHg (DE 5,8) en el grupo control. La diferencia entre grupos fue de 6,8 mmHg (IC del 95 %: 5,3 a 8,3).\n\nLas caídas fueron el doble de frecuentes en el grupo control.\n",
    "fr": "Un programme d'exercice fait baisser la tension\n\nParis, 2 décembre 2026. Un essai randomisé auprès de 248 personnes a réparti les participants entre le groupe exercice et le groupe témoin.\n\nAprès douze semaines, la tension artérielle a baissé en moyenne de 9,2 mmHg (ET 6,1) dans le groupe exercice et de 2,4 mmHg (ET 5,8) dans le groupe témoin. La différence entre les groupes était de 6,8 mmHg (IC à 95 % : 5,3 à 8,3).\n\nLes chutes ont été deux fois plus fréquentes dans le groupe témoin que dans le groupe exercice.\n",
    "it": "Un programma di esercizio abbassa la pressione\n\nRoma, 2 dicembre 2026 - Uno studio randomizzato su 248 persone ha assegnato i partecipanti al gruppo esercizio o al gruppo di controllo.\n\nDopo dodici settimane la pressione arteriosa è diminuita in media di 9,2 mmHg (DS 6,1) nel gruppo esercizio e di 2,4 mmHg (DS 5,8) nel gruppo di controllo. La differenza tra i gruppi è stata di 6,8 mmHg (IC al 95% 5,3-8,3).\n\nLe cadute sono state due volte più frequenti nel gruppo di controllo che nel gruppo esercizio.\n",
    "pt": "Programa de exercício baixa a pressão arterial\n\nLisboa, 2 de dezembro de 2026. Um ensaio randomizado com 248 pessoas alocou os participantes ao grupo de exercício ou ao grupo de controlo.\n\nApós doze semanas, a pressão arterial diminuiu em média 9,2 mmHg (DP 6,1) no grupo de exercício e 2,4 mmHg (DP 5,8) no grupo de controlo. A diferença entre os grupos foi de 6,8 mmHg (IC 95%: 5,3 a 8,3).\n\nAs quedas foram duas vezes mais frequentes no grupo de controlo do que no grupo de exercício.\n",
}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


def is_control(data: dict, gid: str) -> bool:
    label = next(g for g in data["groups"] if g["id"] == gid)["label"]
    plain = next(iter(label.values()))["plain"].lower()
    return any(w in plain for w in ("kontroll", "control", "témoin"))


@pytest.mark.parametrize("lang", LANGS)
def test_each_arm_s_change_in_mmhg_is_its_mean_and_the_difference_is_signed(lang: str) -> None:
    data = draft(lang, TRIAL[lang])
    means = [f for f in data["facts"] if f["kind"] == "mean"]
    got = sorted((is_control(data, f["group"]), f["value"], f.get("unit"), f.get("spread")) for f in means)
    assert got == [(False, -9.2, "mmHg", {"sd": 6.1}), (True, -2.4, "mmHg", {"sd": 5.8})], data["facts"]
    diff = [f for f in data["facts"] if f["kind"] == "difference"]
    assert [(f["value"], f["unit"], f["ci"]) for f in diff] == [(-6.8, "mmHg", [-8.3, -5.3])], diff
    assert not is_control(data, diff[0]["group"]) and is_control(data, diff[0]["versus"])
    assert diff[0]["outcome"] == means[0]["measure"]
    assert data["study"]["main_fact"] == diff[0]["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_twice_as_often_is_a_fold_change_of_the_arm_it_names(lang: str) -> None:
    data = draft(lang, TRIAL[lang])
    fold = [f for f in data["facts"] if f.get("unit") == "fold"]
    assert [(f["value"], f["direction"]) for f in fold] == [(2, "higher")], data["facts"]
    assert is_control(data, fold[0]["group"]) and not is_control(data, fold[0]["versus"])
    assert data["study"]["main_fact"] != fold[0]["id"]


@pytest.mark.parametrize("lang", ["de", "es"])
def test_a_multiple_said_as_a_word_is_at_its_span(tmp_path, lang: str) -> None:
    # "doppelt so häufig", "el doble de frecuentes": lint --release reads the word as 2
    from click.testing import CliRunner
    from plainsum.cli import main

    release = tmp_path / f"{lang}.md"
    release.write_text(TRIAL[lang], encoding="utf-8")
    sheet = tmp_path / f"{lang}.yaml"
    made = CliRunner().invoke(main, ["extract", str(release), "--lang", lang, "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    result = CliRunner().invoke(main, ["lint", str(sheet), "--release", str(release)])
    assert "not at" not in result.output and "not written" not in result.output, result.output


@pytest.mark.parametrize("lang", ["fr", "it", "pt"])
def test_the_arms_swapped_swap_the_fold_change(lang: str) -> None:
    text = TRIAL[lang]
    a, b = {"de": ("Kontrollgruppe doppelt so häufig auf wie in der Trainingsgruppe", "Trainingsgruppe doppelt so häufig auf wie in der Kontrollgruppe"),
            "fr": ("groupe témoin que dans le groupe exercice.", "groupe exercice que dans le groupe témoin."),
            "it": ("gruppo di controllo che nel gruppo esercizio.", "gruppo esercizio che nel gruppo di controllo."),
            "pt": ("grupo de controlo do que no grupo de exercício.", "grupo de exercício do que no grupo de controlo.")}[lang]
    assert a in text
    data = draft(lang, text.replace(a, b))
    fold = next(f for f in data["facts"] if f.get("unit") == "fold")
    assert not is_control(data, fold["group"]) and is_control(data, fold["versus"])


def test_a_mean_said_with_its_sd_before_its_arm_is_that_arm_s() -> None:
    text = ("Un fármaco reduce las migrañas\n\nMadrid, 2 de diciembre de 2026. Un ensayo aleatorizado con 312 pacientes comparó un fármaco con un placebo.\n\n"
            "Los días de migraña al mes bajaron de media 5,4 (desviación estándar 3,2) en el grupo del fármaco y 2,1 (desviación estándar 2,9) en el grupo placebo. "
            "La diferencia entre grupos fue de 3,3 días (IC del 95 %: 2,6 a 4,0).\n")
    data = draft("es", text)
    means = {f["group"]: (f["value"], f.get("spread")) for f in data["facts"] if f["kind"] == "mean"}
    assert means == {"grupo-del-farmaco": (-5.4, {"sd": 3.2}), "placebo": (-2.1, {"sd": 2.9})}, data["facts"]
    diff = next(f for f in data["facts"] if f["kind"] == "difference")
    assert (diff["value"], diff["unit"], diff["ci"]) == (-3.3, "days", [-4.0, -2.6])


EARLIER = {
    "es": "Un estudio anterior del mismo grupo había encontrado una bajada del 40 % en el grupo de ejercicio.",
    "fr": "Une étude précédente de la même équipe avait trouvé une baisse de 40 % dans le groupe exercice.",
    "de": "Eine frühere Studie derselben Gruppe hatte in der Trainingsgruppe einen Rückgang um 40 Prozent gefunden.",
    "it": "Uno studio precedente dello stesso gruppo aveva trovato un calo del 40% nel gruppo esercizio.",
    "pt": "Um estudo anterior da mesma equipa tinha encontrado uma queda de 40% no grupo de exercício.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_earlier_study_s_figure_is_never_drafted(lang: str) -> None:
    text = TRIAL[lang].rstrip("\n") + "\n\n" + EARLIER[lang] + "\n"
    data = draft(lang, text)
    assert 40 not in [f.get("value") for f in data["facts"]], data["facts"]
    main = next(f for f in data["facts"] if f["id"] == data["study"]["main_fact"])
    assert main["kind"] == "difference"
