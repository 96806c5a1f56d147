# ruff: noqa: E501 (a release's paragraphs stay one line each, as pasted)
"""A study of one sample (a national survey, a cross-sectional study) told in Spanish,
French or German, with no arms in its methods: extract drafts it (it refused it with "no
facts found"), reads the sample's size from the survey's own verb ("se entrevistó a",
"ont été interrogées", "wurden befragt"), places a figure said with no arm beside it on
the whole sample, a figure in brackets after "en las mujeres" on the women, a list's age
band ("- 30 a 49 años: 12,4 %") on that band, keeps a share's interval as its range,
reads a prevalence ratio as a ratio of two shares, and heads the draft with the whole
sample's share of what the headline names. A figure under the release's "Contexto" /
"Hintergrund" heading stays out of the results. The releases are made up for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

SURVEYS = {
    "es": """Dos de cada diez jóvenes tienen dolor de espalda crónico, según una encuesta nacional

Contexto

El dolor de espalda crónico es frecuente. Un informe de hace años lo situaba en el 15 % de las personas que trabajan sentadas.

El estudio

Entre marzo y junio se entrevistó por teléfono a una muestra de 3.250 personas de 16 a 29 años de todo el país. Es un estudio transversal.

Resultados

La prevalencia de dolor de espalda crónico fue del 21,5 % (IC 95 %: 20,1-22,9). Fue más alta en las mujeres (24,8 %; IC 95 %: 22,7-26,9) que en los hombres (18,3 %; IC 95 %: 16,5-20,1).

- 16 a 19 años: 17,2 % (IC 95 %: 14,9-19,5)
- 20 a 29 años: 23,6 % (IC 95 %: 21,9-25,3)

Tener una silla de oficina se asoció a menos dolor de espalda crónico (razón de prevalencias 0,81; IC 95 %: 0,70-0,94).
""",
    "fr": """Un jeune sur cinq souffre de douleurs lombaires chroniques, selon une enquête nationale

Contexte

Les douleurs lombaires sont fréquentes. Un rapport ancien les estimait à 15 % chez les personnes qui travaillent assises.

L'étude

Au printemps, 3 250 personnes de 16 à 29 ans ont été interrogées par téléphone. Il s'agit d'une étude transversale.

Résultats

La prévalence des douleurs lombaires chroniques était de 21,5 % (IC à 95 % : 20,1-22,9). Elle était plus élevée chez les femmes (24,8 % ; IC à 95 % : 22,7-26,9) que chez les hommes (18,3 % ; IC à 95 % : 16,5-20,1).

- 16 à 19 ans : 17,2 % (IC à 95 % : 14,9-19,5)
- 20 à 29 ans : 23,6 % (IC à 95 % : 21,9-25,3)

Disposer d'une chaise de bureau était associé à moins de douleurs lombaires chroniques (rapport de prévalence 0,81 ; IC à 95 % : 0,70-0,94).
""",
}
WHOLE = {"es": "dolor de espalda cr", "fr": "douleurs lombaires chroniques"}
WOMEN = {"es": "mujeres", "fr": "femmes"}
MEN = {"es": "hombres", "fr": "hommes"}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"survey-{lang}.txt", lang=lang, bank={}).data


def label(data: dict, section: str, ident: str, lang: str) -> str:
    entry = next(x for x in data[section] if x["id"] == ident)
    return entry["label"][lang]["plain"]


def fact(data: dict, value: float, kind: str = "proportion") -> dict:
    return next(f for f in data["facts"] if f["kind"] == kind and f.get("value") == value)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_survey_is_drafted_not_refused(lang: str) -> None:
    data = draft(lang, SURVEYS[lang])
    count = fact(data, 3250, "count")
    assert count["group"] == "all"
    assert data["study"].get("evidence") == "observational"
    whole = fact(data, 21.5)
    assert whole["group"] == "all"
    assert WHOLE[lang] in label(data, "outcomes", whole["outcome"], lang).lower()
    # the headline's finding is the whole sample's share, not the ratio
    assert data["study"]["main_fact"] == whole["id"]


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_shares_interval_is_its_range_and_no_figure_of_its_own(lang: str) -> None:
    data = draft(lang, SURVEYS[lang])
    ranges = {(f["low"], f["high"]): f for f in data["facts"] if f["kind"] == "range"}
    assert ranges[(20.1, 22.9)]["group"] == "all"
    assert ranges[(20.1, 22.9)]["measure"] == fact(data, 21.5)["outcome"]
    women = fact(data, 24.8)["group"]
    assert ranges[(22.7, 26.9)]["group"] == women
    values = {f.get("value") for f in data["facts"]}
    assert not values & {20.1, 22.9, 22.7, 26.9}  # the bounds are no shares of their own


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_parts_of_the_sample_take_their_figures(lang: str) -> None:
    data = draft(lang, SURVEYS[lang])
    assert WOMEN[lang] in label(data, "groups", fact(data, 24.8)["group"], lang)
    assert MEN[lang] in label(data, "groups", fact(data, 18.3)["group"], lang)
    young = label(data, "groups", fact(data, 17.2)["group"], lang)
    older = label(data, "groups", fact(data, 23.6)["group"], lang)
    assert "16" in young and "19" in young and "20" in older and "29" in older
    # an age band's label is no part of what the figure measures
    outcome = label(data, "outcomes", fact(data, 23.6)["outcome"], lang)
    assert "29" not in outcome and "años" not in outcome and "ans" not in outcome.split()
    # and the band of a list is no age range of the participants
    assert not any(f["kind"] == "range" and f.get("low") == 20 and f.get("high") == 29
                   for f in data["facts"])


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_prevalence_ratio_is_a_ratio_of_two_shares(lang: str) -> None:
    text = SURVEYS[lang]
    data = draft(lang, text)
    ratio = next((f for f in data["facts"] if f["kind"] == "ratio"), None)
    # a ratio placed or left out with a note; never read as anything else
    if ratio is not None:
        assert (ratio["value"], ratio["ratio"], ratio["ci"]) == (0.81, "risk", [0.7, 0.94])
    assert not any(f.get("value") in (0.7, 0.94) for f in data["facts"])


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_a_figure_under_the_context_heading_is_no_result(lang: str) -> None:
    data = draft(lang, SURVEYS[lang])
    assert not any(f.get("value") == 15 and f.get("role", "result") == "result"
                   for f in data["facts"])


def test_without_the_context_heading_the_same_sentence_is_read() -> None:
    """The heading, not the sentence, tells the background here: the same figure in the
    study's own results (a sample named beside it) is drafted."""
    text = SURVEYS["es"].replace(
        "- 20 a 29 años",
        "Además, el 15 % de las personas que trabajan sentadas tenía dolor de espalda.\n\n"
        "- 20 a 29 años")
    data = draft("es", text)
    assert any(f.get("value") == 15 and f.get("role", "result") == "result"
               for f in data["facts"])


def test_a_german_survey_is_read_the_same_way() -> None:
    text = """Jeder Fünfte leidet an chronischen Rückenschmerzen, zeigt eine Befragung

Hintergrund

Rückenschmerzen sind häufig. Ein älterer Bericht nannte 15 Prozent bei Büroangestellten.

Die Studie

Für die repräsentative Befragung wurden 3.250 Personen von 16 bis 29 Jahren telefonisch befragt.

Ergebnisse

Die Prävalenz chronischer Rückenschmerzen lag bei 21,5 % (95-%-KI 20,1-22,9).
"""
    data = extract_draft(text, source="survey-de.txt", lang="de", bank={}).data
    assert fact(data, 3250, "count")["group"] == "all"
    whole = fact(data, 21.5)
    assert whole["group"] == "all"
    assert data["study"]["evidence"] == "observational"
    assert any(f["kind"] == "range" and (f["low"], f["high"]) == (20.1, 22.9)
               for f in data["facts"])
    assert not any(f.get("value") == 15 for f in data["facts"])


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_survey_draft_follows_the_schema_and_its_spans(tmp_path, lang: str) -> None:
    from click.testing import CliRunner
    from plainsum.cli import main

    release = tmp_path / f"survey-{lang}.txt"
    release.write_text(SURVEYS[lang], encoding="utf-8")
    sheet = tmp_path / f"survey-{lang}.yaml"
    made = CliRunner().invoke(main, ["extract", str(release), "--lang", lang, "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    result = CliRunner().invoke(main, ["lint", str(sheet), "--release", str(release)])
    assert "not at" not in result.output and "no term with id" not in result.output, result.output
    assert "schema" not in result.output.lower(), result.output
