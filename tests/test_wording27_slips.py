"""Native editors' slips of issue 13, held where they were fixed (the shared composition
and the packs, never one sheet): the last part of a cohort that adds up to it is "the
rest", not "the study also included" (more people?); German says when people were seen
after the event, with the adjectives declined; the dateline names a place as each
language's press does."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, known_terms

TRIAL = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
SEED = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
RIVAROXABAN = ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"


@functools.cache
def _registry() -> Any:
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


def _texts(path: Path, langs: list[str], audiences: list[str]) -> dict[tuple[str, str], str]:
    sheet = load_factsheet(path, known_terms())
    return {(o.lang, o.audience): o.text
            for o in generate(sheet, _registry(), langs, audiences, ["summary"], check=False)}


REST = {"en": "The rest were 575 women", "es": "El resto eran 575 mujeres",
        "fr": "Les autres étaient 575 femmes", "de": "Die übrigen waren 575 Frauen",
        "it": "Completavano il gruppo 575 donne", "pt": "Completavam o grupo 575 mulheres"}
MORE = {"en": "also included", "es": "también particip", "fr": "comptait aussi",
        "de": "waren dabei", "it": "partecipato anche", "pt": "participaram ainda"}


# round 33: a trial's arms are groups of their own, the last one "the other group", not
# the rest of the cohort ("Completavano il gruppo 575 donne"); subtypes stay "the rest"
OTHER = {"en": "The other group was 575 women", "es": "El otro grupo lo formaban 575 mujeres",
         "fr": "L'autre groupe comptait 575 femmes", "de": "Die andere Gruppe bildeten 575",
         "it": "L'altro gruppo era formato da 575 donne",
         "pt": "O outro grupo era formado por 575 mulheres"}


def test_the_last_part_of_a_cohort_is_the_rest_of_it():
    """1,147 women: 572 with chlorhexidine, then 575 with iodine, said as the trial's other
    group (the patient summaries split the list for their short sentences)."""
    texts = _texts(TRIAL, list(REST), ["patients", "public"])
    split = 0
    for (lang, _), text in texts.items():
        assert MORE[lang] not in text, (lang, text)
        assert REST[lang] not in text, (lang, text)
        if OTHER[lang] in text:
            split += 1
        else:  # one sentence lists both parts (German: "… 572 Frauen … und 575 Frauen …")
            assert any("572" in s and "575" in s for s in text.split(". ")), (lang, text)
    assert split >= 5


def test_parts_that_do_not_add_up_are_not_called_the_rest(tmp_path):
    """Paired: with a cohort larger than its parts (some left out), the second sentence
    keeps the pack's wording for more parts of it."""
    data = yaml.safe_load(TRIAL.read_text(encoding="utf-8"))
    cohort = next(f for f in data["facts"] if f["kind"] == "count" and not f.get("of"))
    cohort["value"] += 10
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    texts = _texts(path, ["en", "es"], ["patients"])
    assert "Also among them were 575 women" in texts[("en", "patients")]
    assert not any("575 women" in t and "The rest" in t for t in texts.values())
    assert "El resto" not in texts[("es", "patients")]
    assert "También se contaban entre ellas 575 mujeres" in texts[("es", "patients")]


def test_german_says_when_people_were_seen_after_the_event():
    """"Nachuntersuchungen fanden 6 Monate, 5 Jahre und 10 Jahre nach der autologen
    hämatopoetischen Stammzelltransplantation statt", not "… nach 6 Monaten …;
    Bezugspunkt war die …"."""
    texts = _texts(SEED, ["de"], ["public", "press"])
    assert ("Untersucht wurden sie 6 Monate, 5 Jahre und 10 Jahre nach der "
            "Stammzelltransplantation.") in texts[("de", "public")]
    press = texts[("de", "press")]
    assert ("6 Monate, 5 Jahre und 10 Jahre nach der autologen hämatopoetischen "
            "Stammzelltransplantation statt") in press
    assert "Bezugspunkt" not in press


@pytest.mark.parametrize(("phrase", "dative"), [
    ("autologe hämatopoetische Stammzelltransplantation",
     "autologen hämatopoetischen Stammzelltransplantation"),
    ("kolorektales Karzinom", "kolorektalen Karzinom"),
    ("geplanter Kaiserschnitt", "geplanten Kaiserschnitt"),
    ("Kaiserschnitt", "Kaiserschnitt"),
    ("Transplantation von blutbildenden Stammzellen",
     "Transplantation von blutbildenden Stammzellen"),
])
def test_german_declines_an_events_adjectives_after_the_dative_article(phrase, dative):
    assert _registry().languages["de"].after_definite_dative(phrase) == dative


@pytest.mark.parametrize(("lang", "place"), [
    ("es", "TITUSVILLE (Nueva Jersey)"), ("pt", "Titusville, Nova Jérsia"),
    ("de", "Titusville, New Jersey"), ("fr", "Titusville (New Jersey)"),
    ("it", "Titusville (New Jersey)"), ("en", "TITUSVILLE, New Jersey"),
])
def test_the_dateline_names_the_place_as_each_press_does(lang, place):
    assert place in _texts(RIVAROXABAN, [lang], ["press"])[(lang, "press")]


@pytest.mark.parametrize(("lang", "dateline", "said"), [
    ("es", "Chapel Hill, North Carolina", "CHAPEL HILL (Carolina del Norte)"),
    ("fr", "Geneva", "Genève"),
    ("it", "Geneva", "Ginevra"),
    ("de", "Munich", "München"),
    ("pt", "London", "Londres"),
    ("de", "Springfield, Illinois", "Springfield, Illinois"),  # unknown: as written
])
def test_a_dateline_place_the_pack_knows_is_said_in_its_language(tmp_path, lang, dateline,
                                                                  said):
    data = yaml.safe_load(RIVAROXABAN.read_text(encoding="utf-8"))
    data["source"]["dateline"] = dateline
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    assert said in _texts(path, [lang], ["press"])[(lang, "press")]


def test_a_german_event_with_an_adjective_is_declined_after_its_article(tmp_path):
    """"In den 30 Tagen nach dem geplanten Kaiserschnitt", never "nach dem geplanter
    Kaiserschnitt" (a plain term that opens with an adjective, invented for the test)."""
    data = yaml.safe_load(TRIAL.read_text(encoding="utf-8"))
    term = next(t for t in data["terms"] if t["id"] == "caesarean-section")
    term["de"] = {"technical": "Sectio caesarea", "plain": "geplanter Kaiserschnitt"}
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    text = _texts(path, ["de"], ["public"])[("de", "public")]
    assert "nach dem geplanten Kaiserschnitt" in text, text
    assert "geplanter Kaiserschnitt statt" not in text and "dem geplanter" not in text


@pytest.mark.parametrize(("label", "dative"), [
    ("Teilnehmer mit Vitamin-D-Mangel", "Teilnehmern mit Vitamin-D-Mangel"),
    ("ältere Menschen mit Diabetes", "älteren Menschen mit Diabetes"),
    ("Kinder unter fünf Jahren", "Kindern unter fünf Jahren"),
    ("Frauen aus der Jod-Gruppe", "Frauen aus der Jod-Gruppe"),
    ("Patienten mit Standardtherapie", "Patienten mit Standardtherapie"),
    ("Menschen, die täglich gingen", "Menschen, die täglich gingen"),
    ("Jod-Gruppe", "Jod-Gruppe"),
])
def test_german_declines_a_group_after_zwischen(label, dative):
    assert _registry().languages["de"].dative_plural(label) == dative


def test_german_no_difference_between_groups_takes_the_dative(tmp_path):
    """"zwischen Teilnehmern mit Vitamin-D-Mangel und Teilnehmern mit genug Vitamin D",
    never "zwischen Teilnehmer mit …" (the vitamin D sheet with a no-difference)."""
    data = yaml.safe_load((ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml")
                          .read_text(encoding="utf-8"))
    i = next(i for i, f in enumerate(data["facts"]) if f["id"] == "deficient-risk")
    data["facts"][i] = {"id": "deficient-same", "kind": "no-difference", "key": True,
                        "group": "deficient", "versus": "sufficient", "outcome": "crc"}
    data["study"]["main_fact"] = "above-risk"
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    text = _texts(path, ["de"], ["press"])[("de", "press")]
    assert "wischen Teilnehmern mit Vitamin-D-Mangel und Teilnehmern mit" in text, text
    assert "wischen Teilnehmer " not in text
