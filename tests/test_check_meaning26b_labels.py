"""Words of the sheet's own labels read as the text's own claims (issue 14 item 1;
issue 11 item 3).

- A negation inside a group's label ("people without training", "Menschen ohne
  Training", "personas sin entrenamiento") negates no direction after it: "Menschen ohne
  Training sind häufiger gestürzt als Menschen mit Krafttraining" is the finding, and
  "seltener" in its place is flipped.
- A direction word inside a group's label ("Menschen mit mehr Vitamin D") is no
  direction; a ratio between two levels of an exposure and one reference is read where a
  sentence names its level and the reference ("A ... seltener als B"), not where it names
  the other level.
- Where a text says a label that holds a figure ("adultos de más de 60 años con …") is
  found once per sheet (:meth:`SheetIndex.label_spans`), so that its number is not
  judged as a figure of the study.

Sheets built here: a small strength-training trial with a risk ratio (from a hostile
user's draft), and the vitamin D example with one of its relative changes given as a
risk ratio.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text
from plainsum_checks.sheet import sheet_index

from .conftest import module_registry

ROOT = Path(__file__).resolve().parents[1]
VITD = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"


def _labels(**by_lang: str) -> dict[str, dict[str, str]]:
    return {lang: {"plain": words, "technical": words} for lang, words in by_lang.items()}


FALLS = {
    "schema_version": 1, "id": "falls-test", "lang": "de",
    "title": {"de": "Krafttraining senkt Sturzrisiko", "en": "Strength training and falls"},
    "study": {"condition": "fall", "intervention": "strength-training",
              "evidence": "randomised", "main_fact": "ratio"},
    "groups": [
        {"id": "all", "label": _labels(en="people over 70", de="Menschen über 70",
                                       es="personas de más de 70 años")},
        {"id": "training", "label": _labels(
            en="people who did strength training", de="Menschen mit Krafttraining",
            es="personas que hicieron ejercicios de fuerza")},
        {"id": "control", "label": _labels(
            en="people without training", de="Menschen ohne Training",
            es="personas sin entrenamiento")},
    ],
    "times": [{"id": "12m", "value": 12, "unit": "month"}],
    "outcomes": [{"id": "fell", "polarity": "higher-is-worse", "label": _labels(
        en="had a fall", de="gestürzt", es="se cayeron")}],
    "facts": [
        {"id": "cohort", "kind": "count", "value": 412, "group": "all"},
        {"id": "training-fell", "kind": "proportion", "value": 18, "group": "training",
         "outcome": "fell", "time": "12m"},
        {"id": "control-fell", "kind": "proportion", "value": 31, "group": "control",
         "outcome": "fell", "time": "12m"},
        {"id": "ratio", "kind": "ratio", "ratio": "risk", "value": 0.58, "ci": [0.41, 0.82],
         "group": "training", "versus": "control", "outcome": "fell"},
    ],
    "terms": [
        {"id": "fall", "key": True, "jargon": False,
         "de": {"technical": "Sturz", "plain": "Sturz"},
         "en": {"technical": "fall", "plain": "fall"},
         "es": {"technical": "caída", "plain": "caída"}},
        {"id": "strength-training", "key": True, "jargon": False,
         "de": {"technical": "Krafttraining", "plain": "Krafttraining"},
         "en": {"technical": "strength training", "plain": "strength training"},
         "es": {"technical": "ejercicios de fuerza", "plain": "ejercicios de fuerza"}},
    ],
}


registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def falls(registry: Any, tmp_path_factory: Any) -> Any:
    path = tmp_path_factory.mktemp("falls") / "facts.yaml"
    path.write_text(yaml.safe_dump(FALLS, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


@pytest.fixture(scope="module")
def vitd_ratio(registry: Any, tmp_path_factory: Any) -> Any:
    raw = yaml.safe_load(VITD.read_text(encoding="utf-8"))
    for fact in raw["facts"]:
        if fact["id"] == "above-risk":
            fact.clear()
            fact.update({"id": "above-risk", "kind": "ratio", "ratio": "risk", "value": 0.78,
                         "ci": [0.67, 0.91], "group": "above-sufficient",
                         "versus": "sufficient", "outcome": "crc", "key": True})
    path = tmp_path_factory.mktemp("vitd") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


def _found(registry: Any, sheet: Any, lang: str, text: str, rules: set[str]) -> list[Any]:
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return [f for f in check_text(text, context, registry, with_readability=False).findings
            if f.rule in rules]


_TURNED = {"direction-flipped", "negation-changed"}


# --- a negation inside a group's label ---------------------------------------------------
@pytest.mark.parametrize("lang, faithful, flipped, word", [
    ("de", "Menschen ohne Training sind häufiger gestürzt als Menschen mit Krafttraining.",
     "Menschen ohne Training sind seltener gestürzt als Menschen mit Krafttraining.",
     "seltener"),
    ("en", "People without training had a fall more often than people who did strength "
           "training.",
     "People without training had a fall less often than people who did strength "
     "training.", "less"),
])
def test_a_negation_in_a_group_label_negates_no_direction(registry: Any, falls: Any,
                                                          lang: str, faithful: str,
                                                          flipped: str, word: str) -> None:
    assert not _found(registry, falls, lang, faithful, _TURNED)
    found = _found(registry, falls, lang, flipped, {"direction-flipped"})
    start = flipped.index(word)
    assert [f.span[0] for f in found] == [start], found


@pytest.mark.parametrize("lang, text", [
    ("de", "Menschen mit Krafttraining sind häufiger gestürzt als Menschen ohne Training."),
])
def test_the_other_arm_said_the_wrong_way_is_still_caught(registry: Any, falls: Any,
                                                          lang: str, text: str) -> None:
    assert _found(registry, falls, lang, text, {"direction-flipped"})


@pytest.mark.parametrize("lang, faithful, wrong", [
    ("en", "31 out of 100 people without training had a fall.",
     "31 out of 100 people without training did not have a fall."),
    ("de", "31 von 100 Menschen ohne Training sind gestürzt.",
     "31 von 100 Menschen ohne Training sind nicht gestürzt."),
])
def test_a_share_of_the_group_without(registry: Any, falls: Any, lang: str, faithful: str,
                                      wrong: str) -> None:
    assert not _found(registry, falls, lang, faithful, _TURNED)
    assert _found(registry, falls, lang, wrong, {"negation-changed"})


def test_the_outcomes_own_word_is_no_direction(registry: Any, falls: Any) -> None:
    # "fall" of "had a fall" names what was counted, not a fall in it
    text = "People who did strength training had a fall less often than people without training."
    assert not _found(registry, falls, "en", text, _TURNED)


# --- a direction word inside a group label ----------------------------------------------
_ABOVE = ("In der Studie waren Menschen mit mehr Vitamin D als für gesunde Knochen nötig {} "
          "von Darmkrebs betroffen als Menschen mit genug Vitamin D für gesunde Knochen.")


def test_more_inside_a_group_label_is_no_direction(registry: Any, vitd_ratio: Any) -> None:
    text = _ABOVE.format("seltener")
    assert not _found(registry, vitd_ratio, "de", text, _TURNED)


def test_the_same_sentence_turned_round_is_caught(registry: Any, vitd_ratio: Any) -> None:
    text = _ABOVE.format("häufiger")
    found = _found(registry, vitd_ratio, "de", text, {"direction-flipped"})
    start = text.index("häufiger")
    assert [(f.span, f.fact) for f in found] == [((start, start + 8), "above-risk")], found


def test_on_the_example_sheet_too(registry: Any) -> None:
    sheet = load_factsheet(str(VITD), registry.known_terms())
    assert not _found(registry, sheet, "de", _ABOVE.format("seltener"), _TURNED)
    assert _found(registry, sheet, "de", _ABOVE.format("häufiger"), {"direction-flipped"})


def test_a_sentence_of_the_other_level_is_not_read_for_this_one(registry: Any,
                                                                vitd_ratio: Any) -> None:
    # too little vitamin D against enough: 31 % higher; the ratio's level is not named
    text = ("Menschen mit zu wenig Vitamin D im Blut waren häufiger von Darmkrebs betroffen "
            "als Menschen mit genug Vitamin D für gesunde Knochen.")
    assert not _found(registry, vitd_ratio, "de", text, _TURNED)


# --- where a label that holds a figure is said --------------------------------------------
def test_label_spans(registry: Any, falls: Any) -> None:
    text = ("Die Studie begleitete 412 Menschen über 70. Im Schnitt waren sie 70 Jahre alt. "
            "Menschen ohne Training stürzten häufiger.")
    index = sheet_index(falls, Lexicon(falls, registry.language("de")))
    assert [text[a:b] for a, b in index.label_spans(text)] == ["Menschen über 70"]
    es = sheet_index(falls, Lexicon(falls, registry.language("es")))
    said = "La edad media de las personas de más de 70 años era de 78 años."
    assert [said[a:b] for a, b in es.label_spans(said)] == ["personas de más de 70 años"]
    assert es.label_spans("La edad media era de 70 años.") == []


@pytest.fixture(scope="module")
def falls_aged(registry: Any, tmp_path_factory: Any) -> Any:
    """The falls trial with its people's mean age, so a label's "70 años" could be read
    as an age said of them."""
    raw = yaml.safe_load(yaml.safe_dump(FALLS))
    raw["measures"] = [{"id": "age", "label": _labels(en="age", de="Alter", es="edad")}]
    raw["facts"].append({"id": "age-mean", "kind": "mean", "value": 78, "measure": "age",
                         "unit": "year", "group": "all"})
    path = tmp_path_factory.mktemp("falls-aged") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


def test_a_number_inside_a_label_is_not_judged(registry: Any, falls_aged: Any) -> None:
    """"de más de 70 años" is the label's; the mean age is 78 and is said as such."""
    text = "La edad media de las personas de más de 70 años del estudio era de 78 años."
    assert _found(registry, falls_aged, "es", text,
                  {"wrong-context", "unsupported-number"}) == []


def test_the_age_said_wrongly_is_still_caught(registry: Any, falls_aged: Any) -> None:
    text = "La edad media de las personas del estudio era de 70 años."
    assert _found(registry, falls_aged, "es", text, {"wrong-context", "unsupported-number"})
