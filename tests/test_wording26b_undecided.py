"""A ratio the study cannot tell from no effect is never worded with a direction.

A risk ratio of 0.96 with a 95% CI of 0.71 to 1.3 (or beside the sheet's own
no-difference result for the same comparison) said as "less often" is a false claim of
benefit that the checks let through. Every pack says it as no clear difference, in words
the pack's own ``same`` words read as a no-difference, so the checker keeps it one; a
ratio whose interval excludes 1 keeps its direction."""

from __future__ import annotations

import copy
import re

import pytest
import regex
from plainsum.pipeline import generate

from .test_generate_kinds import AUDIENCES, LANGS, PLAIN, TECHNICAL, _load, _sheet_data, wording

# each pack's words for "less often" in its ratio frame: a direction claim
LESS = {"en": "less often", "es": "con menos frecuencia", "fr": "moins souvent",
        "de": "seltener", "it": "meno spesso", "pt": "com menos frequência",
        "nl": "minder vaak"}
# a found difference, worded like the packs' no-difference frames without their negation
FOUND = {"en": "the study found a clear difference between the groups",
         "es": "el estudio encontró una diferencia clara entre los grupos",
         "fr": "l'étude a trouvé une différence nette entre les groupes",
         "de": "die Studie fand einen klaren Unterschied zwischen den Gruppen",
         "it": "lo studio ha trovato una differenza chiara tra i gruppi",
         "pt": "o estudo encontrou uma diferença clara entre os grupos",
         "nl": "het onderzoek vond een duidelijk verschil tussen de groepen"}

UNCLEAR = {"id": "rr-unclear", "kind": "ratio", "ratio": "risk", "value": 0.96,
           "ci": [0.71, 1.3], "group": "spms", "versus": "ppms", "outcome": "relapse",
           "time": "5y"}
BY_P = {"id": "rr-by-p", "kind": "ratio", "ratio": "hazard", "value": 0.8, "p": 0.31,
        "group": "spms", "versus": "ppms", "outcome": "relapse", "time": "10y"}


def same_words(pack) -> regex.Pattern:
    forms = getattr(pack, "same", ())
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(forms) + r")(?![\p{L}\p{N}])",
                         regex.IGNORECASE | regex.V1)


@pytest.fixture(scope="module")
def registry():
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


@pytest.fixture(scope="module")
def langs(registry):
    return [lang for lang in LANGS if lang in registry.languages]


@pytest.fixture(scope="module")
def sheet(registry, tmp_path_factory):
    data = _sheet_data()
    data["id"] = "undecided-ratio"
    data["facts"].extend(copy.deepcopy([UNCLEAR, BY_P]))
    return _load(registry, tmp_path_factory.mktemp("undecided"), data)


@pytest.fixture(scope="module")
def twin(registry, tmp_path_factory):
    """The hostile reproducer's shape: a main no-difference result and, for the same
    groups, outcome and time, a risk ratio 0.96 (0.71 to 1.3)."""
    data = _sheet_data()
    data["id"] = "undecided-twin"
    data["facts"] = [f for f in data["facts"] if f.get("kind") in ("count", "proportion")
                     or f["id"] in ("nd-a", "nd-b", "nd-fig")]
    ratio = dict(UNCLEAR, id="rr-twin", time="10y", key=True)
    data["facts"].append(ratio)
    data["study"]["main_fact"] = "nd-fig"
    return _load(registry, tmp_path_factory.mktemp("twin"), data)


def test_a_ratio_whose_interval_holds_one_has_no_direction(registry, sheet, langs):
    for lang in langs:
        pack = registry.language(lang)
        same = same_words(pack)
        for fact_id in ("rr-unclear", "rr-by-p"):
            for audience in AUDIENCES:
                text = wording(registry, sheet, lang, audience).ratio(
                    sheet.facts[fact_id]).text
                assert LESS[lang] not in text, (lang, audience, text)
                assert same.search(text), (lang, audience, text)
        for audience in TECHNICAL:  # the figures stay for press and clinicians
            text = wording(registry, sheet, lang, audience).ratio(sheet.facts["rr-unclear"]).text
            for number in (0.96, 0.71, 1.3):
                assert pack.format_number(number) in text, (lang, audience, text)


def test_a_ratio_whose_interval_excludes_one_keeps_its_direction(registry, sheet, langs):
    """Paired: HR 0.62 (0.45 to 0.85) is still "less often" for plain readers."""
    for lang in langs:
        for audience in PLAIN:
            text = wording(registry, sheet, lang, audience).ratio(sheet.facts["hr-relapse"]).text
            assert LESS[lang] in text, (lang, audience, text)


def test_outputs_with_a_no_difference_twin_pass_and_claim_no_benefit(registry, twin, langs):
    outputs = generate(twin, registry, langs, ["patients", "press"], ["summary", "social"])
    assert outputs
    for made in outputs:
        # the ratio's own findings: none (another sentence's findings are not this test's)
        errors = [f.message for f in made.checks.findings if f.severity == "error"
                  and f.rule == "missing-fact"]
        assert not errors, (made.lang, made.audience, made.variant, errors)
        # "less often" may only stand inside the no-difference's own "no more and no less"
        said = re.sub(r"(?i)no more and no less often|weder häufiger noch seltener", "",
                      made.text)
        assert LESS[made.lang] not in said, (made.lang, made.audience, made.variant, made.text)
    press = [o for o in outputs if o.audience == "press" and o.generator == "summary"]
    for made in press:  # the ratio with its interval for the press
        pack = registry.language(made.lang)
        assert pack.format_number(0.96) in made.text, (made.lang, made.text)


def test_the_packs_own_no_difference_frames_are_read_as_no_difference(registry, langs):
    """Every no-difference wording a pack writes is read by its ``same`` words (a generated
    post then passes ``missing-fact``); the same sentence without its negation is not."""
    for lang in langs:
        pack = registry.language(lang)
        book = pack._phrasebook()
        same = same_words(pack)
        for key in ("fact.no_difference", "fact.ratio.unclear"):
            for path, text in _leaves(book.get(key) or book.get(f"summary.{key}")):
                if "compared" in path:  # the first of two sentences: no verdict yet
                    continue
                filled = re.sub(r"\{[^{}]*\}", " X ", text)
                assert same.search(filled), (lang, key, path, text)
        assert not same.search(FOUND[lang]), (lang, FOUND[lang])


def _leaves(node, path=()):
    if isinstance(node, str):
        yield path, node
    elif node is not None and hasattr(node, "items"):
        for key, value in node.items():
            yield from _leaves(value, (*path, str(key)))


@pytest.fixture(scope="module")
def alone(registry, tmp_path_factory):
    """An undecided ratio with no no-difference beside it, as the main result."""
    data = _sheet_data()
    data["id"] = "undecided-alone"
    data["facts"] = [f for f in data["facts"] if f.get("kind") in ("count", "proportion")]
    data["facts"].append(dict(UNCLEAR, id="rr-alone", time="10y", key=True))
    data["study"]["main_fact"] = "rr-alone"
    return _load(registry, tmp_path_factory.mktemp("alone"), data)


def test_an_undecided_ratio_alone_passes_without_a_direction(registry, alone, langs):
    """No figure for plain readers and no direction: the sentence says no clear difference
    and is not listed as stating the ratio (nothing to hold it to); press and clinicians
    get the ratio with its interval, listed and checked."""
    outputs = generate(alone, registry, langs, ["patients", "press"], ["summary", "social"])
    for made in outputs:
        # (the checker's invented-difference on a term's definition, "forma de EM que
        # empeora poco a poco", is a false alarm filed to its owner: not held here)
        errors = [f.message for f in made.checks.findings if f.severity == "error"
                  and f.rule == "missing-fact"]
        assert not errors, (made.lang, made.audience, made.variant, errors)
        assert LESS[made.lang] not in made.text, (made.lang, made.variant, made.text)
        if made.generator == "summary":
            assert same_words(registry.language(made.lang)).search(made.text), made.text
    for made in outputs:
        if made.audience == "press" and made.generator == "summary":
            assert "rr-alone" in made.facts, made.lang
