"""The Dutch pack as a third-party plugin, through the fixtures plainsum publishes."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.langid import identify
from plainsum.language import TextCounts
from plainsum_lang_nl.pack import FORMULA, flesch_douma
from plainsum_lang_nl.syllables import count

HERE = Path(__file__).resolve().parents[1]
SEED = HERE.parents[1] / "seeds" / "hsct-ms-2021" / "facts.yaml"
PLUGINS = HERE.parents[1] / "plugins"

# Words of English that are no Dutch words: an untranslated template or label shows up
# as one of them. ("of", "at", "in", "was", "had", "die", "over" are Dutch too: left out.)
ENGLISH = frozenset(re.findall(r"\S+", """
the and with people person years year months month after before within study studies
found who were some most more than worse better improved got get gets said says journal
published funding embargoed until on from between treatment stem cell cells
transplant transplants transplantation disability doctors records researchers group
compared there words know what did not does limits took part author authors these those
this that which would could should their they them our your has have been being
"""))


@pytest.fixture
def nl(plainsum_registry: Any) -> Any:
    return plainsum_registry.languages["nl"]


def merged_sheet(tmp_path: Path) -> Path:
    """The seed, which carries its Dutch wording."""
    sheet = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    if not any("nl" in g["label"] for g in sheet["groups"]):
        pytest.skip("the seed has no Dutch wording")
    return SEED


# --- registration --------------------------------------------------------------------

def test_registered_from_its_own_distribution(plainsum_registry, plainsum_cli):
    assert "nl" in plainsum_registry.languages
    assert plainsum_registry.owners[("languages", "nl")] == "lang_nl"
    pack = plainsum_registry.languages["nl"]
    assert (pack.code, pack.locale, pack.name) == ("nl", "nl_NL", "Dutch")
    rows = {r["name"]: r for r in json.loads(plainsum_cli("plugins").stdout)}
    assert rows["lang_nl"]["distribution"] == "plainsum-lang-nl"
    assert rows["lang_nl"]["hooks"] == ["register_languages"]
    listed = plainsum_cli("languages")
    assert listed.exit_code == 0
    assert re.search(r"^nl\s+Dutch\s+Flesch-Douma", listed.stdout, re.MULTILINE)


# --- syllables and formula -----------------------------------------------------------

@pytest.mark.parametrize(("word", "syllables"), [
    ("kat", 1), ("mooi", 1), ("nieuw", 1), ("eeuw", 1), ("uit", 1),  # one nucleus
    ("ziekte", 2), ("groeien", 2), ("moeilijk", 2), ("leeftijd", 2), ("systeem", 2),
    ("bureau", 2), ("yoghurt", 2),
    ("patiënt", 3), ("ideeën", 3), ("beoordeeld", 3), ("sclerose", 3), ("secundair", 3),
    ("januari", 4), ("materiaal", 4), ("situatie", 4), ("Italië", 4), ("autologe", 4),
    ("progressieve", 4), ("geëvalueerd", 5), ("stamceltransplantatie", 6),
    ("immunosuppressie", 6), ("hematopoëtische", 7), ("relapsing-remitting", 6),
    ("10", 1), ("MS", 1),
])
def test_syllables_hand_counted(word, syllables):
    assert count(word) == syllables


def test_flesch_douma_formula_and_bands(nl):
    counts = TextCounts(sentences=2, words=20, syllables=30, letters=100, polysyllables=2,
                        monosyllables=12, long_words=3)
    assert flesch_douma(counts) == pytest.approx(206.835 - 0.93 * 10 - 77 * 1.5)
    assert nl.formula is FORMULA and FORMULA.higher_is_easier
    assert "Douma" in FORMULA.source and "1960" in FORMULA.source
    assert FORMULA.band(92) == "zeer makkelijk" and FORMULA.band(10) == "zeer moeilijk"
    assert dict(nl.targets) == {"patients": 65.0, "public": 55.0, "press": 40.0}
    # "De kat zit op de mat." 6 words, 6 syllables, 1 sentence
    assert nl.readability("De kat zit op de mat.") == pytest.approx(206.835 - 0.93 * 6 - 77)


# --- formatting, words, sentences ----------------------------------------------------

def test_numbers_dates_and_durations(nl):
    assert nl.format_percent(71) == "71%"
    assert nl.natural_frequency(71) == "71 van de 100"
    assert nl.format_number(40000) == "40.000" and nl.format_number(10.5) == "10,5"
    assert nl.format_duration(10, "year") == "10 jaar"
    assert nl.format_duration(6, "month") == "6 maanden"
    assert nl.format_duration(30, "day") == "30 dagen"  # Babel's nl data lacks this pattern
    assert nl.format_date(datetime.date(2021, 1, 20)) == "20 januari 2021"
    assert nl.spell_small(2) == "twee"


def test_sentences_keep_abbreviations_together(nl):
    text = ("Dr. Jansen en prof. De Vries, M.D., Ph.D., keken o.a. naar bijv. de leeftijd "
            "enz. Daarna deden 122 mensen mee. Nr. 5 volgde. Het duurde 10,5 jaar.")
    assert nl.sentences(text) == [
        "Dr. Jansen en prof. De Vries, M.D., Ph.D., keken o.a. naar bijv. de leeftijd enz. "
        "Daarna deden 122 mensen mee.",  # "enz." may end a sentence: read as not ending one
        "Nr. 5 volgde.", "Het duurde 10,5 jaar."]


def test_language_is_identified(plainsum_registry):
    text = "Na tien jaar bleek dat de meeste mensen met MS niet achteruit waren gegaan."
    assert identify(text, plainsum_registry.languages.values()) == "nl"


def test_checker_fields(nl):
    from plainsum_checks.numbers import read_numbers

    kinds = {m.text: m.kind for m in read_numbers(
        "Tussen 1997 en 2019 gingen 71 van de 100 mensen (1 op de 3) na 6 maanden niet "
        "achteruit; 57 procent wel.", nl)}
    assert kinds == {"Tussen 1997 en 2019": "range", "71 van de 100": "frequency",
                     "1 op de 3": "frequency", "6 maanden": "duration",
                     "57 procent": "percent"}


# --- phrasebook and term bank ----------------------------------------------------------

def _keys(node: Any, prefix: str = "") -> set[str]:
    """The keys generators ask for: two levels, three under fact.difference and
    summary.heading (below that are a language's own variant selectors)."""
    out: set[str] = set()
    for key, value in node.items():
        path = f"{prefix}{key}"
        depth = path.count(".") + 1
        deeper = depth == 2 and path in ("fact.difference", "summary.heading")
        if (depth < 2 and isinstance(value, dict)) or deeper:
            out |= _keys(value, path + ".")
        else:
            out.add(path)
    return out


@pytest.mark.parametrize("code", ["en", "es"])
def test_phrasebook_has_every_key_of_the_builtin_packs(nl, code):
    theirs = yaml.safe_load((PLUGINS / f"plainsum_lang_{code}" / "phrases.yaml")
                            .read_text(encoding="utf-8"))
    missing = sorted(k for k in _keys(theirs) if not nl.has_phrase(k))
    assert not missing


def test_term_bank_has_every_term_of_the_spanish_pack(nl):
    theirs = yaml.safe_load((PLUGINS / "plainsum_lang_es" / "terms.yaml")
                            .read_text(encoding="utf-8"))
    assert set(theirs) <= set(nl.terms)
    for term_id, term in nl.terms.items():
        assert term.technical.strip() and term.plain and term.definition, term_id
        assert term.definition.endswith(".") and term.definition[0].isupper(), term_id
        assert len(set(term.accepted)) == len(term.accepted), term_id
        assert term.plain.split()[0].lower() not in {"de", "het", "een"}, term_id
        assert term.gender in (None, "de", "het"), term_id


def test_definitions_are_plain_enough_for_patients(nl):
    text = " ".join(t.definition for t in nl.terms.values())
    assert nl.readability(text) >= nl.targets["patients"]


# --- the seed, end to end --------------------------------------------------------------

def test_direction_flip_is_caught_in_dutch(plainsum_cli, tmp_path):
    sheet = str(merged_sheet(tmp_path))
    flipped = ("Na 10 jaar bleek dat 71 van de 100 mensen met relapsing-remitting MS "
               "achteruit waren gegaan.")
    result = plainsum_cli("check", sheet, "-", "--lang", "nl", "--require", "none",
                          input=flipped)
    assert result.exit_code == 1 and "direction-flipped" in result.stdout
    fine = flipped.replace("MS achteruit", "MS niet achteruit")
    assert plainsum_cli("check", sheet, "-", "--lang", "nl", "--require", "none",
                        input=fine).exit_code == 0


def test_seed_generates_checked_dutch_for_every_generator_and_audience(plainsum_cli,
                                                                        tmp_path):
    sheet_path = merged_sheet(tmp_path)
    result = plainsum_cli("generate", str(sheet_path), "--lang", "nl", "--format", "json")
    assert result.exit_code == 0, result.output
    outputs = json.loads(result.stdout)["outputs"]
    combos = {(o["generator"], o["audience"]) for o in outputs}
    for generator in ("summary", "social", "glossary"):
        for audience in ("patients", "public", "press", "clinicians"):
            if (generator, audience) == ("glossary", "clinicians"):
                continue  # technical definitions only, or none (tests/test_audiences.py)
            assert (generator, audience) in combos
    sheet = yaml.safe_load(sheet_path.read_text(encoding="utf-8"))
    names = [p["name"] for p in sheet["people"]] + sheet["hashtags"]
    for org in sheet["organisations"]:
        name = org["name"]
        names += list(name.values()) if isinstance(name, dict) else [name]
    for out in outputs:
        where = f"{out['generator']}/{out['variant']} {out['audience']}"
        assert out["lang"] == "nl"
        assert out["checks"]["passed"], (where, out["checks"])
        assert "⟦" not in out["text"], where
        text = out["text"]
        for name in sorted(names, key=len, reverse=True):
            text = text.replace(name, " ")
        english = {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w in ENGLISH}
        assert not english, (where, english)
    [patients] = [o for o in outputs if (o["generator"], o["audience"]) ==
                  ("summary", "patients")]
    score = patients["checks"]["readability"]
    assert score["formula"] == "Flesch-Douma reading ease"
    assert score["passed"] and score["score"] >= 65
    # the lead names the people studied and the event its time counts from
    assert ("Van de 122 mensen met relapsing-remitting MS (multiple sclerose) waren 10 jaar "
            "na de stamceltransplantatie 71 van de 100 niet achteruitgegaan") in patients["text"]


def test_a_comma_stands_where_a_group_clause_meets_the_main_verb(plainsum_cli):
    """"Bij mensen die … kregen, was het gemiddelde …": two verbs never meet unmarked."""
    sheet = HERE.parents[1] / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"
    if not sheet.exists():
        pytest.skip("the rivaroxaban example sheet is not beside this plugin")
    result = plainsum_cli("generate", str(sheet), "--lang", "nl", "--audience", "patients",
                          "--generator", "summary", "--format", "json")
    assert result.exit_code == 0, result.output
    [out] = json.loads(result.stdout)["outputs"]
    assert out["checks"]["passed"], out["checks"]
    assert "kregen, was het gemiddelde" in out["text"]
    assert not re.search(r"\b(?:die|dat|wie)\b[^,.]*\b\w+en was het gemiddelde", out["text"])
