"""Audiences that really differ (issue 13, items 3 and 5), read from the outputs: press
summaries open with a dateline and carry the embargo in the publisher's local time as
journalists write it, quotes say who is speaking; clinician summaries hold the sheet's counts
with their denominators and its intervals, and clinicians get no lay glossary; every patient
and public summary of every example sheet scores at least 90 on the Clear Communication
Index, in every language."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.errors import MissingTranslation
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import ROOT, SEED_FACTS, known_terms, registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")
SHEETS = (SEED_FACTS, *sorted((ROOT / "examples").glob("*/facts.yaml")))


@cache
def outputs(path: Path, code: str, generators: tuple[str, ...] = ("summary",),
            check: bool = False) -> list[Any]:
    """The sheet's outputs in one language; empty when the sheet has no words in it."""
    registry = registry_with([code])
    try:
        return generate(load_factsheet(path, known_terms()), registry, [code],
                        list(registry.audiences), list(generators), check=check)
    except MissingTranslation:
        return []


def summary(path: Path, code: str, audience: str) -> str | None:
    found = [o.text for o in outputs(path, code) if o.audience == audience]
    return found[0] if found else None


def variant(tmp_path: Path, path: Path, change: Any) -> Path:
    """A copy of a sheet with ``change`` applied to its data."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    out = tmp_path / "facts.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                   encoding="utf-8")
    return out


def data(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# --- press ------------------------------------------------------------------------------
DATED = [p for p in SHEETS if (data(p).get("source") or {}).get("dateline")]


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", DATED, ids=lambda p: p.parent.name)
def test_press_summaries_open_with_the_dateline(path, code):
    text = summary(path, code, "press")
    if text is None:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    place = data(path)["source"]["dateline"]
    city = place.split(",")[0].strip()
    paragraphs = text.split("\n\n")
    # the paragraph after the headline, which follows the embargo line when there is one
    lead = paragraphs[2 if data(path)["publication"].get("embargo") else 1]
    assert lead.casefold().startswith(city.casefold()), lead[:80]
    date = data(path)["publication"].get("embargo") or data(path)["publication"].get("date")
    if date:
        assert str(date)[:4] in lead[:60], lead[:80]


@pytest.mark.parametrize("code", LANGS)
def test_press_embargo_is_in_local_time_as_journalists_write_it(code):
    text = summary(SEED_FACTS, code, "press")
    first = text.split("\n\n")[0]
    assert "UTC" not in first, first  # the offset is named, not shown
    if code == "en":
        assert first.startswith("Embargoed until 4 p.m. ET, Wednesday, Jan. 20, 2021"), first
    else:
        # each press writes the hour its way: "16:00", French "16 h", Portuguese "16h00"
        assert any(t in first for t in ("16:00", "16\u00a0h", "16h00")), first
        assert "2021" in first, first
        from babel.dates import get_timezone_location
        from plainsum.language import babel_locale

        pack = registry_with([code]).languages[code]
        city = get_timezone_location("America/New_York", locale=babel_locale(pack.locale),
                                     return_city=True)
        assert city in first, first


@pytest.mark.parametrize(("offset", "month", "zone"), [
    ("-05:00", 1, "ET"), ("-04:00", 7, "ET"), ("-06:00", 1, "CT"), ("-07:00", 7, "PT"),
])
def test_the_zone_follows_the_offset_and_the_season(tmp_path, offset, month, zone):
    def change(d: dict[str, Any]) -> None:
        d["publication"]["embargo"] = f"2021-{month:02d}-20T10:30:00{offset}"

    sheet = variant(tmp_path, SEED_FACTS, change)
    text = summary(sheet, "en", "press")
    assert text.startswith(f"Embargoed until 10:30 a.m. {zone}, "), text[:80]


def test_without_a_country_the_embargo_keeps_its_offset(tmp_path):
    def change(d: dict[str, Any]) -> None:
        for org in d["organisations"]:
            org.pop("country", None)

    text = summary(variant(tmp_path, SEED_FACTS, change), "en", "press")
    assert text.startswith("Embargoed until 4 p.m. (UTC\u221205:00)"), text[:80]


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_press_quotes_say_who_speaks_and_in_what_role(path, code):
    text = summary(path, code, "press")
    if text is None:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    sheet = load_factsheet(path, known_terms())
    registry = registry_with([code])
    pack = registry.languages[code]
    for quote in sheet.quotes.values():
        person = sheet.people[quote.speaker]
        line = next((p for p in text.split("\n\n") if person.name in p
                     and any(m in p for m in "“«„\"")), None)
        if line is None:
            continue  # not a key quote
        role = pack.phrase(f"summary.press.role.{person.role}") \
            if person.role and pack.has_phrase(f"summary.press.role.{person.role}") else None
        names = [o.name_in(code) or o.name_in("en") or "" for o in
                 (sheet.organisations[a] for a in person.affiliations)]
        shorts = [o.short for o in (sheet.organisations[a] for a in person.affiliations)
                  if getattr(o, "short", None)]
        if isinstance(role, dict):
            # forms by the person's grammatical gender, if given, or by the kind of body a
            # spokesperson speaks for ("speaking for the company", "im Namen von {org}")
            forms = [f.replace("{org}", n) for f in role.values() if isinstance(f, str)
                     for n in (names + shorts or [""])]
            assert any(f in line for f in forms), line[-200:]
        elif role:
            assert role in line, line[-200:]
        if role is None or pack.phrase("summary.press.affiliations") != "no":
            assert any(n and n in line for n in names), line[-200:]


def test_press_ends_with_the_media_contact():
    text = summary(SEED_FACTS, "en", "press")
    assert text.rstrip().endswith("Media contact: media@aan.com."), text[-100:]
    assert "media@aan.com" not in summary(SEED_FACTS, "en", "patients")


# --- clinicians ---------------------------------------------------------------------------
COUNTED = [p for p in SHEETS if any(f.get("count") is not None and f.get("of") is not None
                                    and f.get("kind") == "proportion"
                                    for f in data(p).get("facts", []))]


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", COUNTED, ids=lambda p: p.parent.name)
def test_clinician_summaries_give_counts_with_denominators(path, code):
    text = summary(path, code, "clinicians")
    if text is None:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    pack = registry_with([code]).languages[code]
    for fact in data(path)["facts"]:
        if fact.get("kind") == "proportion" and fact.get("count") is not None:
            counted = f"{pack.format_number(fact['count'])}/{pack.format_number(fact['of'])}"
            assert counted in text, (fact["id"], text[:400])
            assert counted not in summary(path, code, "patients")


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_clinician_summaries_give_the_sheets_intervals(tmp_path, code):
    path = ROOT / "examples/vitamin-d-colorectal-2018/facts.yaml"

    def change(d: dict[str, Any]) -> None:
        for fact in d["facts"]:
            if fact["kind"] == "relative-change" and fact.get("role") != "background":
                fact["ci"] = [fact["value"] - 9, fact["value"] + 7]
                break

    sheet = variant(tmp_path, path, change)
    fact = next(f for f in data(sheet)["facts"] if "ci" in f)
    pack = registry_with([code]).languages[code]
    text = summary(sheet, code, "clinicians")
    for bound in fact["ci"]:
        assert pack.format_percent(bound) in text or pack.format_number(bound) in text, \
            (bound, text[:600])


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_clinicians_get_no_lay_glossary(path, code):
    made = outputs(path, code, ("summary", "glossary"))
    if not made:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    assert not [o for o in made if o.generator == "glossary" and o.audience == "clinicians"]
    assert [o for o in made if o.generator == "glossary" and o.audience == "patients"]


def test_a_technical_definition_makes_the_clinicians_glossary(tmp_path):
    technical = ("Occlusion of a pulmonary artery or branch, usually by a thrombus "
                 "from the deep veins.")

    def change(d: dict[str, Any]) -> None:
        term = next(t for t in d["terms"] if t["id"] == "pulmonary-embolism")
        term["en"]["technical_definition"] = technical

    sheet = variant(tmp_path, ROOT / "examples/rivaroxaban-pe-2018/facts.yaml", change)
    made = outputs(sheet, "en", ("summary", "glossary"))
    glossary = next(o.text for o in made
                    if o.generator == "glossary" and o.audience == "clinicians")
    lay = next(o.text for o in made if o.generator == "glossary" and o.audience == "public")
    assert technical in glossary and "pulmonary embolism" in glossary
    assert "blood clot that travels" not in glossary and "coin toss" not in glossary
    assert technical not in lay and "blood clot that travels" in lay.lower()


# --- patients and public --------------------------------------------------------------------
@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_plain_summaries_score_at_least_90_on_the_clear_communication_index(path, code):
    made = [o for o in outputs(path, code, ("summary",), True)
            if o.audience in ("patients", "public")]
    if not made:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    for output in made:
        score = output.checks.scores["cci"]
        assert score.score >= 90, (output.audience, [i for i in score.items if not i.passed])


@pytest.mark.parametrize("code", LANGS)
def test_a_lay_reader_gets_a_jargon_word_explained_where_it_first_appears(code):
    """The main result names the treatment by its technical name before the paragraph
    that explains it: its plain word comes with it."""
    path = ROOT / "examples/rivaroxaban-pe-2018/facts.yaml"
    sheet = load_factsheet(path, known_terms())
    registry = registry_with([code])
    from plainsum.lexicon import Lexicon

    forms = Lexicon(sheet, registry.languages[code]).term("rivaroxaban")
    for audience in ("patients", "public"):
        text = summary(path, code, audience)
        body = text.split("\n\n", 1)[1]
        first = body.lower().find(forms.technical.lower())
        assert first >= 0
        assert forms.plain.lower() in body.lower()[:first + len(forms.technical) + 40], \
            body[:first + 80]
    technical = summary(path, code, "clinicians")
    assert f"{forms.technical} (" not in technical.split("\n\n", 1)[1][:400]


def test_dates_in_the_dateline_follow_ap_style():
    text = summary(SEED_FACTS, "en", "press")
    assert "MINNEAPOLIS, Jan. 20, 2021 — " in text
    assert dt.date(2021, 1, 20).strftime("%A") in text.split("\n\n")[0]


@pytest.mark.parametrize("code", LANGS)
def test_a_sheet_can_give_clinicians_their_own_headline(code):
    path = ROOT / "examples/rivaroxaban-pe-2018/facts.yaml"
    own = data(path)["audiences"]["clinicians"]["title"][code]
    assert summary(path, code, "clinicians").split("\n\n")[0] == own
    for audience in ("patients", "public", "press"):
        head = summary(path, code, audience).split("\n\n")
        assert own not in head[:2] and data(path)["title"][code] in head[:2]


@pytest.mark.parametrize(("embargo", "country", "code", "start"), [
    ("2021-07-20T13:00:00+01:00", "United Kingdom", "en",
     "Embargoed until 1 p.m. BST, Tuesday, July 20, 2021."),
    ("2021-01-20T13:00:00+00:00", "United Kingdom", "de",
     "Sperrfrist: Mittwoch, 20. Januar 2021, 13:00 Uhr (Ortszeit London)."),
    ("2021-01-20T01:00:00-05:00", "United States", "es",
     "Embargo hasta la 1:00 (hora de Nueva York) del miércoles 20 de enero de 2021."),
    ("2021-01-20T16:00:00", "United States", "en",
     "Embargoed until 4 p.m., Wednesday, Jan. 20, 2021."),  # no offset: no zone named
])
def test_embargo_conventions(tmp_path, embargo, country, code, start):
    def change(d: dict[str, Any]) -> None:
        d["publication"]["embargo"] = embargo
        next(o for o in d["organisations"] if o["id"] == "aan")["country"] = country

    assert summary(variant(tmp_path, SEED_FACTS, change), code, "press").startswith(start)


def test_a_media_contact_with_a_phone_number_passes_its_checks(tmp_path):
    """The number checker reads no figure in the sheet's own contact's telephone number
    (international form) — but still reads a signed figure that is none."""
    def change(d: dict[str, Any]) -> None:
        d["source"]["contact"] = {"name": "Renee Tessman", "email": "media@aan.com",
                                  "phone": "+1 612-928-6100"}

    sheet = variant(tmp_path, SEED_FACTS, change)
    registry = registry_with(["en"])
    made = generate(load_factsheet(sheet, known_terms()), registry, ["en"], ["press"],
                    ["summary"])
    assert made[0].text.rstrip().endswith("Renee Tessman, media@aan.com, +1 612-928-6100.")
    assert made[0].checks.passed, [f.message for f in made[0].checks.findings]
    from plainsum_checks.numbers import read_numbers

    pack = registry.languages["en"]
    assert not read_numbers("Call +1 612-928-6100 or +44 131 650 1000.", pack)
    assert [m.value for m in read_numbers("It rose by +28.8 hours.", pack)] == [28.8]
