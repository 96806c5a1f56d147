"""Wording slips held where they were fixed (issue 13 item 6).

- A term said as a plural noun ("CT scans", as a draft may settle it) takes no "a" and a
  plural verb: "CT scans are …", "doctors call them …", never "A CT scans is …"; a
  singular term keeps "A heart scan is …".
- French and Spanish say a difference in a measure as a native writer does: "le temps …
  était inférieur de 28,8 heures chez A à celui de B", the adjective and its pronoun
  agreeing with the measure ("la durée … inférieure … à celle"), never "était de 28,8
  heures de moins que"; Spanish puts the measure before the groups ("el tiempo … fue
  28,8 horas menor en A que en B"), not two "en" phrases in a row.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import known_terms
from .test_wording_slips import SHEETS, _outputs, _registry


def _summaries(path: Path, langs: list[str]) -> dict[str, str]:
    sheet = load_factsheet(path, known_terms())
    outs = generate(sheet, _registry(), langs, ["patients", "clinicians"], ["summary"],
                    check=False)
    return {f"{o.lang}-{o.audience}": o.text for o in outs}


def _with_english_term(tmp_path: Path, technical: str, plain: str) -> Path:
    raw = yaml.safe_load(SHEETS["ct-heart-scan-2018"].read_text(encoding="utf-8"))
    for term in raw["terms"]:
        if term["id"] == "ct-angiography":
            term["en"].update(technical=technical, plain=plain, forms=[])
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_a_plural_term_takes_a_plural_verb_and_no_article(tmp_path):
    texts = _summaries(_with_english_term(tmp_path, "CT scans", "heart scans"), ["en"])
    patients, clinicians = texts["en-patients"], texts["en-clinicians"]
    assert "Heart scans are a scan of the blood vessels" in patients
    assert "Doctors call them CT scans." in patients
    assert not re.search(r"\bAn? (?:heart|CT) scans is\b", patients + clinicians)


def test_a_singular_term_keeps_its_article_and_verb():
    _, outputs = _outputs("ct-heart-scan-2018")
    text = next(o.text for o in outputs if o.lang == "en" and o.audience == "patients"
                and o.generator == "summary")
    assert "A heart scan is a scan of the blood vessels" in text
    assert "Doctors call it CT coronary angiography." in text


@pytest.mark.parametrize("term", ["diabetes screening", "AIDS", "sepsis", "bias", "status"])
def test_words_that_end_in_s_and_are_singular_are_no_plural(tmp_path, term):
    texts = _summaries(_with_english_term(tmp_path, term, term), ["en"])
    assert "are a scan of the blood vessels" not in texts["en-patients"]


def test_french_and_spanish_differences_in_a_measure_read_natively():
    _, outputs = _outputs("rivaroxaban-pe-2018")
    text = {(o.lang, o.audience): o.text for o in outputs if o.generator == "summary"}
    # the no-break space French puts between a number and its unit read as a space
    fr, fr_tech = (text[("fr", a)].replace("\u00a0", " ") for a in ("public", "clinicians"))
    # round 33: the arms, named in full in the lead, are said by their short labels after it
    assert ("le temps à l'hôpital pour caillot ou saignement était inférieur de 28,8 heures "
            "chez les personnes rentrées tôt à celui des personnes") in fr
    # a feminine measure: the adjective and the pronoun agree
    assert ("la durée d'hospitalisation pour maladie thromboembolique veineuse ou saignement "
            "était inférieure de 28,8 heures") in fr_tech
    assert "à celle du groupe standard" in fr_tech
    assert not re.search(r"de \d[\d,]* heures de moins que", fr + fr_tech)
    es = text[("es", "public")].replace("\u00a0", " ")
    assert ("el tiempo en el hospital por coágulos o sangrados fue 28,8 horas menor en las "
            "personas") in es
    assert not re.search(r"\d, en (?:las|los) (?:personas|pacientes)[^,.]*, el tiempo", es)
