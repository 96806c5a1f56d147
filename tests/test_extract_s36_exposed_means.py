# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A cohort compared by exposure in fr/es/it (session 36, issue 12): the people an
exposure's participle names ("les jeunes exposés" / "les non-exposés", "los niños expuestos"
/ "los no expuestos", "i bambini esposti" / "i non esposti") are the groups compared, the
unexposed the comparison; a mean said with its adjective and unit ("L'IMC moyen … était de
16,1 kg/m² … contre 15,6 kg/m²") is that group's mean of the measure the sentence opens
with; of two figures set side by side ("de 18,4 contre 17,2 kg/m²", the unit said once),
the first is the first group's and the second the other's. Own releases."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "fr": (
        "Pollution et tension artérielle chez l'enfant\n\n"
        "Grenoble, 8 mars 2027. Une étude de cohorte a suivi 2 300 enfants nés entre 2010 et 2012.\n\n"
        "La pression artérielle systolique moyenne des enfants exposés au trafic était de 104,2 mmHg à 6 ans contre 101,8 mmHg chez les non-exposés, et de 108,9 contre 105,1 mmHg à 10 ans.\n\n"
        "À 10 ans, 9,4 % des enfants exposés avaient une tension élevée, contre 5,2 % des non-exposés.\n",
        "pression artérielle systolique", (104.2, 108.9), (101.8, 105.1), (9.4, 5.2)),
    "es": (
        "Contaminación y tensión arterial en la infancia\n\n"
        "Granada, 8 de marzo de 2027. Un estudio de cohortes siguió a 2.300 niños nacidos entre 2010 y 2012.\n\n"
        "La presión arterial sistólica media de los niños expuestos al tráfico fue de 104,2 mmHg a los 6 años frente a 101,8 mmHg en los no expuestos, y de 108,9 frente a 105,1 mmHg a los 10 años.\n\n"
        "A los 10 años, el 9,4 % de los niños expuestos tenía la tensión elevada, frente al 5,2 % de los no expuestos.\n",
        "presión arterial sistólica", (104.2, 108.9), (101.8, 105.1), (9.4, 5.2)),
    "it": (
        "Smog e pressione arteriosa nei bambini\n\n"
        "Torino, 8 marzo 2027. Uno studio di coorte ha seguito 2.300 bambini nati tra il 2010 e il 2012.\n\n"
        "La pressione arteriosa sistolica media dei bambini esposti al traffico era di 104,2 mmHg a 6 anni contro 101,8 mmHg nei non esposti, e di 108,9 contro 105,1 mmHg a 10 anni.\n\n"
        "A 10 anni il 9,4 % dei bambini esposti aveva la pressione alta, contro il 5,2 % dei non esposti.\n",
        "pressione arteriosa sistolica", (104.2, 108.9), (101.8, 105.1), (9.4, 5.2)),
}


def label(d: dict, section: str, ident: str, lang: str) -> str:
    return next(e for e in d[section] if e["id"] == ident)["label"][lang]["plain"].lower()


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_the_exposed_and_the_unexposed_are_the_groups_of_their_means(lang: str) -> None:
    text, measure, exposed, unexposed, _shares = RELEASES[lang]
    d = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    means = {f["value"]: f for f in d["facts"] if f["kind"] == "mean"}
    assert set(exposed + unexposed) <= set(means)
    for value in exposed + unexposed:
        group = label(d, "groups", means[value]["group"], lang)
        assert re.search(r"expo|expue|espost", group)
        assert (value in unexposed) == bool(re.search(r"\b(?:non|no)\b", group))
        assert means[value].get("unit") == "mmHg"
        assert label(d, "measures", means[value]["measure"], lang) == measure


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_the_shares_of_the_exposed_and_the_unexposed_are_theirs(lang: str) -> None:
    text, _measure, _exposed, _unexposed, (high, low) = RELEASES[lang]
    d = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    shares = {f["value"]: f for f in d["facts"] if f["kind"] == "proportion"}
    assert not re.search(r"\b(?:non|no)\b", label(d, "groups", shares[high]["group"], lang))
    assert re.search(r"\b(?:non|no)\b", label(d, "groups", shares[low]["group"], lang))

