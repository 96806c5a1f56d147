"""The Clear Communication Index validator (``checks.cci``): each item passes on a text
that does what it asks and fails on one that does not, in several languages, judged from
the sheet's and the pack's own words; n/a items stay out of the score; the score reaches
the JSON and text reports; a sheet's ``cci_min`` makes a low score an error."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.factsheet.model import FactSheet
from plainsum.lexicon import Lexicon
from plainsum.outputs import Finding, Score, ScoreItem
from plainsum.pipeline import CheckContext, generate
from plainsum_checks.cci import CCIValidator
from plainsum_checks.cci_terms import is_abbreviation, term_words

from .conftest import ROOT, SEED_FACTS, TRIAL_FACTS, known_terms, registry_with

VITAMIN_D = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
CT_SCAN = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"
LANGS = ("en", "es", "fr", "de")
# "do not change your treatment without your doctor", as natives write it (test data for
# a pack's summary.meaning phrase, which no built-in pack has yet)
MEANING = {
    "en": "do not change your treatment without talking to your doctor",
    "es": "no cambie su tratamiento sin hablar antes con su médico",
    "fr": "ne changez pas de traitement sans en parler à votre médecin",
    "de": "ändern Sie Ihre Behandlung nicht, ohne mit Ihrer Ärztin oder Ihrem Arzt zu sprechen",
}
RATIO_IN_WORDS = {"en": "hazard ratio", "es": "cociente de riesgos",
                  "fr": "rapport des risques", "de": "Hazard-Ratio"}


def sheet(path: Path) -> FactSheet:
    return load_factsheet(path, known_terms())


def context(facts: FactSheet, code: str, audience: str | None = "patients",
            pack: Any = None) -> CheckContext:
    registry = registry_with([code])
    pack = pack or registry.language(code)
    who = registry.audience(audience) if audience else None
    return CheckContext(facts, pack, who, Lexicon(facts, pack))


def summary(facts: FactSheet, code: str, audience: str = "patients") -> str:
    registry = registry_with([code])
    [out] = generate(facts, registry, [code], [audience], ["summary"], check=False)
    return out.text


def items(text: str, ctx: CheckContext) -> dict[str, ScoreItem]:
    score = CCIValidator().score(text, ctx)
    assert score is not None
    return {i.item: i for i in score.items}


def passed(text: str, ctx: CheckContext, name: str) -> bool | None:
    return items(text, ctx)[name].passed


def paragraphs(text: str) -> list[str]:
    return text.strip().split("\n\n")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def without_meaning(text: str, ctx: CheckContext) -> str:
    """A summary without its closing "what this means for you" paragraph (heading and
    body): what summaries said before the packs had ``summary.meaning``."""
    heading = ctx.pack.phrase("summary.heading.meaning")[ctx.audience.id]
    parts = paragraphs(text)
    at = parts.index(heading)
    text = "\n\n".join(parts[:at] + parts[at + 2:]) + "\n"
    # nor what the key limitation means ("so we cannot tell whether ... caused this")
    for lim in ctx.factsheet.key_limitations:
        said = lim.meaning.get(ctx.lexicon.lang, "plain") if lim.meaning else None
        text = text.replace(f" {said}", "") if said else text
    return text


# --- main message ------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGS)
def test_main_message_first_fails_when_the_lead_moves_down(code):
    facts = sheet(SEED_FACTS)
    ctx = context(facts, code)
    text = summary(facts, code)
    assert passed(text, ctx, "main-message-first") is True
    parts = paragraphs(text)
    lead = parts.pop(1)  # after the title
    parts.insert(len(parts) - 2, lead)  # among the last paragraphs
    moved = "\n\n".join(parts)
    item = items(moved, ctx)["main-message-first"]
    assert item.passed is False
    assert facts.main_fact in item.note


@pytest.mark.parametrize("code", LANGS)
def test_main_message_set_apart_fails_when_buried_in_a_long_paragraph(code):
    facts = sheet(SEED_FACTS)
    ctx = context(facts, code)
    text = summary(facts, code)
    assert passed(text, ctx, "main-message-set-apart") is True
    parts = paragraphs(text)
    # the lead and the paragraph after the next heading become one paragraph
    merged = [parts[0], f"{parts[1]} {parts[3]}", *parts[4:]]
    assert passed("\n\n".join(merged), ctx, "main-message-set-apart") is False
    # a text of one paragraph sets nothing apart
    flat = " ".join(p if p.endswith((".", "?")) else f"{p}." for p in parts)
    item = items(flat, ctx)["main-message-set-apart"]
    assert item.passed is False and "one paragraph" in item.note


def test_main_message_as_a_markdown_heading_is_set_apart():
    facts = sheet(SEED_FACTS)
    ctx = context(facts, "es")
    parts = paragraphs(summary(facts, "es"))
    # the lead as a bold line, glued to a long paragraph, still stands out
    parts[1] = f"**{parts[1]}**\n{parts[3]}"
    assert passed("\n\n".join(parts), ctx, "main-message-set-apart") is True


# --- what the reader can do or should know -----------------------------------------------


def with_meaning(code: str) -> Any:
    """The pack, with a ``summary.meaning`` phrase."""
    pack = registry_with([code]).language(code)
    phrases = dict(pack.phrases)
    phrases["summary"] = {**phrases["summary"], "meaning": {"plain": MEANING[code]}}
    return dataclasses.replace(pack, phrases=phrases)


@pytest.mark.parametrize("code", LANGS)
def test_action_passes_only_with_a_statement_of_what_to_do(code):
    facts = sheet(SEED_FACTS)
    assert passed(summary(facts, code), context(facts, code), "action") is True
    text = without_meaning(summary(facts, code), context(facts, code))
    item = items(text, context(facts, code))["action"]
    assert item.passed is False
    ctx = context(facts, code, pack=with_meaning(code))
    assert passed(text, ctx, "action") is False  # the pack has words the text never says
    said = f"{text.rstrip()}\n\n{cap(MEANING[code])}.\n"
    assert passed(said, ctx, "action") is True


@pytest.mark.parametrize("code", ("en", "fr"))
def test_action_is_not_asked_of_technical_readers(code):
    facts = sheet(SEED_FACTS)
    result = items(summary(facts, code, "press"), context(facts, code, "press"))
    assert result["action"].passed is None and result["action"].note.startswith("n/a")
    assert result["jargon"].passed is None


# --- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGS)
def test_numbers_precision_of_shares(code):
    """The trial's public summary says both arms' shares with one decimal ("4.0 %"
    beside "7.3 %"); the same text with "4 %" fails."""
    facts = sheet(TRIAL_FACTS)
    ctx = context(facts, code, "public")
    text = summary(facts, code, "public")
    pack = ctx.pack
    whole, decimal = pack.format_percent(4), pack.format_percent(4, 1)
    assert decimal in text
    assert passed(text, ctx, "numbers") is True
    item = items(text.replace(decimal, whole), ctx)["numbers"]
    assert item.passed is False and "precision" in item.note and whole in item.note


@pytest.mark.parametrize("code", LANGS)
def test_numbers_same_denominators(code):
    facts = sheet(TRIAL_FACTS)
    ctx = context(facts, code)
    text = summary(facts, code)  # natural frequencies, all out of 100
    assert passed(text, ctx, "numbers") is True
    pack = ctx.pack
    other = pack.phrase("number.frequency").format(
        n=pack.format_number(40), total=pack.format_number(1000), noun="").strip()
    mixed = f"{text.rstrip()}\n\n{cap(other)}.\n"
    item = items(mixed, ctx)["numbers"]
    assert item.passed is False and "denominators" in item.note


@pytest.mark.parametrize("code", LANGS)
def test_numbers_no_ratio_without_words_for_plain_readers(code):
    facts = sheet(TRIAL_FACTS)
    text = summary(facts, code)
    ctx = context(facts, code)
    figure = ctx.pack.format_number(0.55, 2)
    bare = f"{text.rstrip()}\n\nHR {figure}.\n"
    item = items(bare, ctx)["numbers"]
    assert item.passed is False and "ratio without words" in item.note
    worded = f"{text.rstrip()}\n\n{RATIO_IN_WORDS[code]} {figure}.\n"
    assert passed(worded, ctx, "numbers") is True
    # clinicians read abbreviations
    assert passed(bare, context(facts, code, "clinicians"), "numbers") is True


def test_numbers_not_applicable_without_shares():
    facts = sheet(SEED_FACTS)
    item = items("A study of stem cell transplants.\n", context(facts, "en"))["numbers"]
    assert item.passed is None


# --- jargon ------------------------------------------------------------------------------


def spelled_out(text: str, ctx: CheckContext, term_id: str) -> str:
    """``text`` with the abbreviation of ``term_id`` it uses first after the title spelled
    out in a sentence of its own before the running text ("Multiple sclerosis (MS).")."""
    words = term_words(_page(text, ctx))[term_id]
    title_end = text.index("\n\n") + 2
    used = [(text.find(f" {a}", title_end), a) for a in words.abbreviations]
    abbreviation = min(u for u in used if u[0] >= 0)[1]
    technical = ctx.lexicon.term(term_id).technical
    return f"{text[:title_end]}{cap(technical)} ({abbreviation}). {text[title_end:]}"


def unspelled(text: str, ctx: CheckContext, term_id: str) -> str:
    """``text`` without the spelled-out form the summary gives an abbreviation at its first
    use ("MS (multiple sclerosis)", "EM (EM: esclerosis múltiple)", "multiple sclerosis
    (MS)", "esclerosis múltiple remitente-recurrente (EM remitente-recurrente)" → "MS",
    "EM remitente-recurrente")."""
    import re

    technical = re.escape(ctx.lexicon.term(term_id).technical)
    whole = rf"{technical}([^()]*?) \(([A-Z]+)\1\)"  # a name that opens with it, spelled out
    if re.search(whole, text, flags=re.I):
        return re.sub(whole, r"\2\1", text, count=1, flags=re.I)
    out = re.sub(rf" \((?:[A-Z]+:\s?)?{technical}\)", "", text, count=1)
    return re.sub(rf"{technical} \(([A-Z]+)\)", r"\1", out, count=1, flags=re.I)


def _page(text: str, ctx: CheckContext) -> Any:
    from plainsum_checks.cci_page import Page

    return Page(text, ctx)


@pytest.mark.parametrize("code", ("en", "es", "de", "pt"))
def test_jargon_abbreviation_spelled_out_at_first_use(code):
    facts = sheet(SEED_FACTS)
    ctx = context(facts, code)
    assert "spelled out" not in items(summary(facts, code), ctx)["jargon"].note
    text = unspelled(summary(facts, code), ctx, facts.condition)
    item = items(text, ctx)["jargon"]
    assert item.passed is False and "spelled out" in item.note
    fixed = spelled_out(text, ctx, facts.condition)
    result = items(fixed, ctx)["jargon"]
    assert "spelled out" not in result.note, result.note


@pytest.mark.parametrize("code", ("en", "es", "fr", "de"))
def test_jargon_technical_term_needs_its_plain_word(code):
    facts = sheet(SEED_FACTS)
    ctx = context(facts, code)
    forms = ctx.lexicon.term("control-group")
    assert forms.plain and forms.plain.casefold() != forms.technical.casefold()
    base = spelled_out(summary(facts, code), ctx, facts.condition)
    assert passed(base, ctx, "jargon") is True
    assert forms.plain.casefold() not in base.casefold()
    title, rest = base.split("\n\n", 1)
    # the term said before anything explains it (the limitations come later)
    bare = f"{title}\n\n{cap(forms.technical)}.\n\n{rest}"
    item = items(bare, ctx)["jargon"]
    assert item.passed is False and forms.technical.casefold() in item.note.casefold()
    explained = f"{title}\n\n{cap(forms.technical)} ({forms.plain}).\n\n{rest}"
    assert passed(explained, ctx, "jargon") is True
    # technical readers are not asked
    assert passed(bare, context(facts, code, "clinicians"), "jargon") is None


def test_a_plain_compound_holding_another_terms_technical_word_is_no_use_of_it():
    """Portuguese "EM surto-remissão" (the plain name of a form of MS) holds "remissão"
    (the technical word for remission): it is the longer term that is used."""
    facts = sheet(SEED_FACTS)
    ctx = context(facts, "pt")
    text = spelled_out(summary(facts, "pt"), ctx, facts.condition)
    assert "surto-remissão" in text
    assert "remissão" not in items(text, ctx)["jargon"].note


def test_abbreviations_are_read_as_written():
    assert is_abbreviation("MS") and is_abbreviation("aHSCT") and is_abbreviation("SEP-RR")
    assert not is_abbreviation("C-section") and not is_abbreviation("Herz-CT")
    assert not is_abbreviation("em") and not is_abbreviation("multiple sclerosis")


# --- uncertainty -------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGS)
def test_uncertainty_observational_study_says_it_cannot_show_a_cause(code):
    facts = sheet(SEED_FACTS)
    assert facts.evidence == "observational"
    ctx = context(facts, code)
    assert passed(summary(facts, code), ctx, "uncertainty") is True
    text = without_meaning(summary(facts, code), ctx)  # where the summary says it
    item = items(text, ctx)["uncertainty"]
    assert item.passed is False and "cause" in item.note
    said = ctx.pack.phrase("summary.association")["plain"]
    with_caveat = f"{text.rstrip()}\n\n{cap(said)}.\n"
    assert passed(with_caveat, ctx, "uncertainty") is True
    # without the limitations the sheet gives, the caveat alone is not enough
    parts = paragraphs(with_caveat)
    limits = next(i for i, p in enumerate(parts)
                  if ctx.lexicon.limitation("lim-no-control") in p)
    del parts[limits]
    item = items("\n\n".join(parts), ctx)["uncertainty"]
    assert item.passed is False and "limitation" in item.note


# "we cannot tell whether the transplant caused this", in a writer's own words
CANNOT_TELL = {
    "en": "We cannot tell whether the transplant caused this.",
    "es": "No podemos saber si el trasplante causó esta mejoría.",
    "fr": "On ne peut pas savoir si la greffe a causé cette amélioration.",
    "de": "Ob die Transplantation das verursacht hat, lässt sich nicht sagen.",
}


@pytest.mark.parametrize("code", LANGS)
def test_uncertainty_in_a_writers_own_words(code):
    """Not only the pack's phrase: a sentence with one of the pack's negations and one of
    its words of causing says it too."""
    facts = sheet(SEED_FACTS)
    ctx = context(facts, code)
    text = without_meaning(summary(facts, code), ctx)
    assert passed(text, ctx, "uncertainty") is False
    said = f"{text.rstrip()}\n\n{CANNOT_TELL[code]}\n"
    assert passed(said, ctx, "uncertainty") is True
    # the same words without the negation claim a cause: no caveat
    claimed = CANNOT_TELL[code]
    for negation in ("cannot tell whether", "No podemos saber si", "On ne peut pas savoir si",
                     ", lässt sich nicht sagen"):
        claimed = claimed.replace(negation, "")
    assert passed(f"{text.rstrip()}\n\n{claimed}\n", ctx, "uncertainty") is False


@pytest.mark.parametrize("code", ("en", "es", "it"))
def test_uncertainty_key_limitation(code):
    raw = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    for lim in raw["limitations"]:
        lim["key"] = lim["id"] == "lim-no-control"
    facts = FactSheet.from_dict(raw)
    ctx = context(facts, code)
    said = cap(ctx.pack.phrase("summary.association")["plain"])
    other = ctx.lexicon.limitation("lim-retrospective")
    key = ctx.lexicon.limitation("lim-no-control")
    head = paragraphs(summary(facts, code))[:2]
    only_other = "\n\n".join([*head, f"{other} {said}."])
    item = items(only_other, ctx)["uncertainty"]
    assert item.passed is False and "lim-no-control" in item.note
    assert passed("\n\n".join([*head, f"{key} {said}."]), ctx, "uncertainty") is True


@pytest.mark.parametrize("code", ("en", "fr", "pt"))
def test_uncertainty_of_an_observational_sheet_without_limitations(code):
    facts = sheet(VITAMIN_D)
    assert not facts.limitations
    ctx = context(facts, code)
    text = summary(facts, code)
    assert passed(text, ctx, "uncertainty") is True
    phrase = ctx.pack.phrase("summary.association")
    said = cap(phrase.get("patients", phrase["plain"]))  # patients: a short variant
    if said not in text:  # led into as the one limitation ("One limitation: this kind …")
        said = said[0].lower() + said[1:]
    assert said in text
    assert passed(text.replace(said, ""), ctx, "uncertainty") is False


def test_uncertainty_not_applicable_to_a_sheet_without_limits_or_observational_design():
    facts = sheet(CT_SCAN)
    ctx = context(facts, "en")
    result = items(summary(facts, "en"), ctx)
    assert result["uncertainty"].passed is None
    judged = [i for i in result.values() if i.passed is not None]
    score = CCIValidator().score(summary(facts, "en"), ctx)
    assert score is not None and score.score == round(
        100 * sum(bool(i.passed) for i in judged) / len(judged), 1)


# --- in the pipeline and the reports -----------------------------------------------------


def test_summaries_are_scored_posts_and_glossaries_are_not():
    facts = sheet(SEED_FACTS)
    registry = registry_with(["en"])
    outputs = generate(facts, registry, ["en"], ["patients", "press"])
    scored = {o.generator for o in outputs if "cci" in o.checks.scores}
    assert scored == {"summary"}
    for output in outputs:
        data = output.to_json()["checks"]
        assert ("cci" in data) == (output.generator == "summary")
        if "cci" in data:
            assert set(data["cci"]) == {"score", "items"}
            assert [set(i) for i in data["cci"]["items"]] == [{"item", "passed", "note"}] * 6


def test_generate_reports_one_cci_line_per_summary(run_cli):
    registry_with(["en"])
    result = run_cli("generate", str(SEED_FACTS), "--lang", "en", "--generator", "summary")
    lines = [line for line in result.stdout.splitlines() if line.startswith("cci: ")]
    assert len(lines) == 4
    assert all("Clear Communication Index" in line for line in lines)
    data = json.loads(run_cli("generate", str(SEED_FACTS), "--lang", "en", "--generator",
                              "summary", "--format", "json").stdout)
    first = data["outputs"][0]["checks"]["cci"]
    judged = [i for i in first["items"] if i["passed"] is not None]
    assert first["score"] == round(100 * sum(i["passed"] for i in judged) / len(judged), 1)


def test_check_reports_the_index(run_cli, tmp_path):
    registry_with(["es"])
    facts = sheet(SEED_FACTS)
    path = tmp_path / "text.txt"
    path.write_text(summary(facts, "es"), encoding="utf-8")
    text = run_cli("check", str(SEED_FACTS), str(path), "--lang", "es", "--audience",
                   "patients")
    assert any(": cci: Clear Communication Index" in line for line in text.stdout.splitlines())
    data = json.loads(run_cli("check", str(SEED_FACTS), str(path), "--lang", "es",
                              "--format", "json").stdout)
    assert data["cci"]["items"][2] == {"item": "action", "passed": None,
                                       "note": "n/a: no audience given"}


def test_a_sheet_minimum_makes_a_low_index_an_error(tmp_path, run_cli):
    registry_with(["en"])
    raw = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    raw["cci_min"] = {"patients": 90}
    # a group labelled in technical words, explained nowhere: the jargon item fails
    rrms = next(g for g in raw["groups"] if g["id"] == "rrms")
    rrms["label"]["en"]["plain"] = "people with relapsing-remitting multiple sclerosis"
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert run_cli("lint", str(path)).exit_code == 0
    facts = sheet(path)
    outputs = generate(facts, registry_with(["en"]), ["en"], ["patients", "press"],
                       ["summary"])
    patients = next(o for o in outputs if o.audience == "patients")
    press = next(o for o in outputs if o.audience == "press")
    assert patients.checks.scores["cci"].score < 90
    assert [f.rule for f in patients.checks.findings] == ["cci-below-minimum"]
    assert not patients.checks.passed
    assert press.checks.passed  # no minimum for press
    raw["cci_min"] = 10
    low = FactSheet.from_dict(raw)
    assert all(o.checks.passed for o in generate(low, registry_with(["en"]), ["en"],
                                                 ["patients"], ["summary"]))
    raw["cci_min"] = 101
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert run_cli("lint", str(path)).exit_code == 2


class _BrokenScore:
    name = "broken-score"

    def validate(self, text: str, context: Any) -> list[Finding]:
        return []

    def score(self, text: str, context: Any) -> Score:
        raise RuntimeError("no score today")


class _BrokenScorePlugin:
    from plainsum.hookspecs import hookimpl

    @hookimpl
    def register_validators(self, register):
        register(_BrokenScore())


def test_a_failing_score_is_left_out_and_fails_nothing(plainsum_pm, register_plugin, capsys):
    from plainsum.plugins import collect

    register_plugin(_BrokenScorePlugin(), "broken_score")
    registry = collect(plainsum_pm)
    facts = sheet(SEED_FACTS)
    [out] = generate(facts, registry, ["en"], ["patients"], ["summary"])
    assert "broken-score" not in out.checks.scores and "cci" in out.checks.scores
    assert out.checks.passed
    assert "no score today" in capsys.readouterr().err


def test_a_result_that_cannot_be_put_down_to_the_treatment_says_no_cause():
    """"The outcomes cannot be attributed to the transplant itself" says what "cannot tell
    whether the transplant caused this" says: the uncertainty item is met."""
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate
    from plainsum.plugins import collect, get_plugin_manager

    from .conftest import SEED_FACTS

    registry = collect(get_plugin_manager())
    sheet = load_factsheet(SEED_FACTS, registry.known_terms())
    for out in generate(sheet, registry, ["en", "de"], ["press"], ["summary"]):
        assert "attributed" in out.text or "zurückführen" in out.text
        assert out.checks.scores["cci"].score == 100
