"""The checker on the new fact kinds, in the six languages: a ratio with its interval and
p-value, a signed difference, a hedged relative change, a hedged share and a background
figure. A faithful text passes; each kind of error is found at its span, under its rule.

The sheet is the chlorhexidine example with these facts added (built here, so the test
does not depend on other fixtures).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.language import LanguagePack
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text
from plainsum_checks.numbers import read_numbers

from .conftest import module_registry

ROOT = Path(__file__).resolve().parents[1]
CHX = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
LANGS = ("en", "es", "fr", "de", "it", "pt")

NEW_FACTS = [
    {"id": "hr", "kind": "ratio", "ratio": "hazard", "value": 0.62, "ci": [0.45, 0.85],
     "p": 0.003, "group": "chlorhexidine-arm", "versus": "iodine-arm", "outcome": "ssi"},
    {"id": "rel", "kind": "relative-change", "value": 45, "direction": "lower",
     "hedge": "about", "group": "chlorhexidine-arm", "versus": "iodine-arm", "outcome": "ssi"},
    {"id": "diff", "kind": "difference", "value": -3.3, "ci": [-5.5, -1.1],
     "group": "chlorhexidine-arm", "versus": "iodine-arm", "outcome": "ssi"},
    {"id": "skin", "kind": "proportion", "value": 3, "hedge": "less-than", "group": "all",
     "outcome": "ssi"},
    {"id": "bg", "kind": "proportion", "value": 12, "hedge": "about", "role": "background",
     "group": "all",
     "outcome": "ssi"},
]

# one faithful sentence per fact, in each language
TEXTS = {
    "en": {
        "ratio": "The hazard ratio was 0.62 (95% CI 0.45-0.85; p = 0.003).",
        "diff": "The risk difference was −3.3 percentage points (95% CI −5.5 to −1.1).",
        "rel": "That is about 45% lower than with iodine.",
        "skin": "Skin reactions affected less than 3% of women.",
        "bg": "For comparison, about 12% of women get a wound infection after a C-section "
              "each year.",
    },
    "es": {
        "ratio": "El hazard ratio fue de 0,62 (IC del 95 %: 0,45 a 0,85; p = 0,003).",
        "diff": "La diferencia de riesgo fue de −3,3 puntos porcentuales (IC del 95 %: −5,5 a "
                "−1,1).",
        "rel": "Es decir, alrededor de un 45 % menos que con yodo.",
        "skin": "Las reacciones en la piel afectaron a menos del 3 % de las mujeres.",
        "bg": "Como referencia, alrededor del 12 % de las mujeres tienen una infección de la "
              "herida tras una cesárea cada año.",
    },
    "fr": {
        "ratio": "Le hazard ratio était de 0,62 (IC à 95 % 0,45–0,85 ; p = 0,003).",
        "diff": "La différence de risque était de −3,3 points de pourcentage (IC à 95 % : −5,5 "
                "à −1,1).",
        "rel": "Soit environ 45 % de moins qu'avec l'iode.",
        "skin": "Les réactions cutanées ont touché moins de 3 % des femmes.",
        "bg": "À titre de comparaison, environ 12 % des femmes ont une infection de la plaie "
              "après une césarienne chaque année.",
    },
    "de": {
        "ratio": "Das Hazard Ratio betrug 0,62 (95-%-KI 0,45–0,85; p = 0,003).",
        "diff": "Der Risikounterschied betrug −3,3 Prozentpunkte (95-%-KI −5,5 bis −1,1).",
        "rel": "Das sind etwa 45 % weniger als mit Jod.",
        "skin": "Hautreaktionen traten bei weniger als 3 % der Frauen auf.",
        "bg": "Zum Vergleich: Etwa 12 % der Frauen bekommen nach einem Kaiserschnitt jedes "
              "Jahr eine Wundinfektion.",
    },
    "it": {
        "ratio": "L'hazard ratio era 0,62 (IC 95% 0,45-0,85; p = 0,003).",
        "diff": "La differenza di rischio era di −3,3 punti percentuali (IC 95% −5,5 a −1,1).",
        "rel": "Cioè circa il 45% in meno rispetto allo iodio.",
        "skin": "Le reazioni cutanee hanno riguardato meno del 3% delle donne.",
        "bg": "Per confronto, circa il 12% delle donne ha un'infezione della ferita dopo un "
              "cesareo ogni anno.",
    },
    "pt": {
        "ratio": "O hazard ratio foi de 0,62 (IC 95%: 0,45 a 0,85; p = 0,003).",
        "diff": "A diferença de risco foi de −3,3 pontos percentuais (IC 95%: −5,5 a −1,1).",
        "rel": "Ou seja, cerca de 45% a menos do que com iodo.",
        "skin": "As reações na pele afetaram menos de 3% das mulheres.",
        "bg": "Para comparação, cerca de 12% das mulheres têm uma infeção na ferida após uma "
              "cesariana todos os anos.",
    },
}

# (rule, which sentence, what it says, what the corruption says instead)
CORRUPTIONS = {
    "en": [("interval-changed", "ratio", "0.85", "0.95"), ("sign-flipped", "diff", "−3.3", "3.3"),
           ("hedge-dropped", "rel", "about 45%", "45%"),
           ("hedge-reversed", "skin", "less than 3%", "more than 3%"),
           ("relative-as-absolute", "rel", "45%", "45 percentage points"),
           ("unsupported-number", "ratio", "p = 0.003", "p = 0.03")],
    "es": [("interval-changed", "ratio", "0,85", "0,95"), ("sign-flipped", "diff", "−3,3", "3,3"),
           ("hedge-dropped", "rel", "alrededor de un 45 %", "un 45 %"),
           ("hedge-reversed", "skin", "menos del 3 %", "más del 3 %"),
           ("relative-as-absolute", "rel", "45 %", "45 puntos porcentuales"),
           ("unsupported-number", "ratio", "p = 0,003", "p = 0,03")],
    "fr": [("interval-changed", "ratio", "0,85", "0,95"), ("sign-flipped", "diff", "−3,3", "3,3"),
           ("hedge-dropped", "rel", "environ 45 %", "45 %"),
           ("hedge-reversed", "skin", "moins de 3 %", "plus de 3 %"),
           ("relative-as-absolute", "rel", "45 %", "45 points de pourcentage"),
           ("unsupported-number", "ratio", "p = 0,003", "p = 0,03")],
    "de": [("interval-changed", "ratio", "0,85", "0,95"), ("sign-flipped", "diff", "−3,3", "3,3"),
           ("hedge-dropped", "rel", "etwa 45 %", "45 %"),
           ("hedge-reversed", "skin", "weniger als 3 %", "mehr als 3 %"),
           ("relative-as-absolute", "rel", "45 %", "45 Prozentpunkte"),
           ("unsupported-number", "ratio", "p = 0,003", "p = 0,03")],
    "it": [("interval-changed", "ratio", "0,85", "0,95"), ("sign-flipped", "diff", "−3,3", "3,3"),
           ("hedge-dropped", "rel", "circa il 45%", "il 45%"),
           ("hedge-reversed", "skin", "meno del 3%", "più del 3%"),
           ("relative-as-absolute", "rel", "45%", "45 punti percentuali"),
           ("unsupported-number", "ratio", "p = 0,003", "p = 0,03")],
    "pt": [("interval-changed", "ratio", "0,85", "0,95"), ("sign-flipped", "diff", "−3,3", "3,3"),
           ("hedge-dropped", "rel", "cerca de 45%", "45%"),
           ("hedge-reversed", "skin", "menos de 3%", "mais de 3%"),
           ("relative-as-absolute", "rel", "45%", "45 pontos percentuais"),
           ("unsupported-number", "ratio", "p = 0,003", "p = 0,03")],
}

# a ratio said as a percentage; a background figure said as this study's finding
RATIO_AS_PERCENT = {
    "en": "Chlorhexidine cut the risk by 38%.",
    "es": "La clorhexidina redujo el riesgo un 38 %.",
    "fr": "La chlorhexidine a réduit le risque de 38 %.",
    "de": "Chlorhexidin senkte das Risiko um 38 %.",
    "it": "La clorexidina ha ridotto il rischio del 38%.",
    "pt": "A clorexidina reduziu o risco em 38%.",
}
BACKGROUND_AS_RESULT = {
    "en": "The study found that about 12% of women got a wound infection.",
    "es": "El estudio encontró que alrededor del 12 % de las mujeres tuvieron una infección.",
    "fr": "L'étude a montré qu'environ 12 % des femmes ont eu une infection.",
    "de": "Die Studie zeigte, dass etwa 12 % der Frauen eine Infektion bekamen.",
    "it": "Lo studio ha mostrato che circa il 12% delle donne ha avuto un'infezione.",
    "pt": "O estudo mostrou que cerca de 12% das mulheres tiveram uma infeção.",
}
MINE = frozenset({"ratio-as-percent", "sign-flipped", "interval-changed",
                  "relative-as-absolute", "hedge-dropped", "hedge-reversed",
                  "background-as-result", "unsupported-number", "wrong-context"})


PACKS = LANGS  # module_registry skips the module without them
registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def sheet(registry, tmp_path_factory):
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"] += NEW_FACTS
    path = tmp_path_factory.mktemp("kinds") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


def check(registry, sheet, lang, text):
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return [f for f in check_text(text, context, registry, with_readability=False).findings
            if f.rule in MINE]


def faithful(lang: str) -> str:
    return " ".join(TEXTS[lang].values())


@pytest.mark.parametrize("lang", LANGS)
def test_faithful_text_has_no_finding(registry, sheet, lang):
    found = check(registry, sheet, lang, faithful(lang))
    assert not found, [(f.rule, f.found, f.message) for f in found]


@pytest.mark.parametrize(("lang", "rule", "part", "old", "new"), [
    (lang, *c) for lang, cs in CORRUPTIONS.items() for c in cs])
def test_corruption_is_found_at_its_span(registry, sheet, lang, rule, part, old, new):
    sentence = TEXTS[lang][part]
    assert old in sentence
    text = faithful(lang).replace(sentence, sentence.replace(old, new, 1))
    start = text.index(sentence.replace(old, new, 1)) + sentence.index(old)
    found = [f for f in check(registry, sheet, lang, text) if f.rule == rule]
    assert found, f"{rule} not found in {text!r}"
    assert any(f.span and f.span[0] < start + len(new) and start < f.span[1] for f in found)
    assert all(f.fact in {"hr", "rel", "diff", "skin", None} for f in found)


@pytest.mark.parametrize("lang", LANGS)
def test_ratio_said_as_percent(registry, sheet, lang):
    found = check(registry, sheet, lang, RATIO_AS_PERCENT[lang])
    assert [(f.rule, f.fact) for f in found] == [("ratio-as-percent", "hr")]
    assert "38" in found[0].found


@pytest.mark.parametrize("lang", LANGS)
def test_background_said_as_result(registry, sheet, lang):
    found = check(registry, sheet, lang, BACKGROUND_AS_RESULT[lang])
    assert ("background-as-result", "bg") in [(f.rule, f.fact) for f in found]
    # the same figure given as context passes
    assert not check(registry, sheet, lang, TEXTS[lang]["bg"])


@pytest.mark.parametrize(("text", "rule"), [
    ("Chlorhexidine had a quarter of the risk.", None),
    ("The hazard ratio was 0.55.", "ratio-as-percent"),  # the 45 % change said as a ratio
    ("That is a ratio of 0.55.", "ratio-as-percent"),
    ("The hazard ratio was 0.52.", "unsupported-number"),
    ("The difference was 3.3 percentage points lower with chlorhexidine.", None),
    ("Infections rose by 3.3 percentage points with chlorhexidine.", "sign-flipped"),
    ("Infections were about 45% higher with chlorhexidine.", "sign-flipped"),
    ("45 out of 100 fewer women got an infection.", "relative-as-absolute"),
    ("Infections were 3.3% lower with chlorhexidine.", "relative-as-absolute"),
    ("The difference was −3.3 points (99% CI −5.5 to −1.1).", "interval-changed"),
    # one bound's minus dropped: the interval changed (it now crosses zero); both
    # dropped is the whole interval's sign flipped
    ("The difference was −3.3 points (95% CI −5.5 to 1.1).", "interval-changed"),
    ("The difference was −3.3 points (95% CI 5.5 to 1.1).", "sign-flipped"),
])
def test_english_forms(registry, sheet, text, rule):
    rules = {f.rule for f in check(registry, sheet, "en", text)}
    if rule is None:
        assert not rules - {"hedge-dropped"}, rules
    else:
        assert rule in rules, rules


def test_hedges_that_say_the_same_are_accepted(registry, sheet):
    # the sheet gives 7.3 % for iodine (rounded to 1): "nearly 8 in 100" is 7.3 %, "more
    # than 8 in 10" is no way to say it
    assert not check(registry, sheet, "en", "With iodine, nearly 8 in 100 women got an "
                                              "infection.")
    found = check(registry, sheet, "en", "With iodine, more than 8 in 100 women got an "
                                         "infection.")
    assert found


class _Bare(LanguagePack):
    """A third-party pack without any of the new word lists."""


def test_a_pack_without_the_new_word_lists_still_reads_signs(registry):
    en = registry.language("en")
    bare = _Bare(code="xx", name="Bare", locale="en_US", formula=en.formula, targets={})
    kinds = [(m.kind, m.signed, m.hedge) for m in
             read_numbers("A change of −0.17 (p = 0.03), about 12%.", bare)]
    assert kinds == [("number", -0.17, None), ("pvalue", 0.03, None), ("percent", 12, None)]


@pytest.mark.parametrize(("text", "rule"), [
    # a versus word: the second share is the other arm's, whatever words name it
    ("With chlorhexidine, 4.0% got an infection, against 7.3% with the usual cleanser.", None),
    ("With chlorhexidine, 7.3% got an infection, against 4.0% with the usual cleanser.",
     "wrong-context"),
    # a total split into its parts in the same sentence is the whole cohort's
    ("The trial randomly assigned 1,147 women to chlorhexidine (572) or iodine (575).", None),
    # a relative change said as so many per 100 people
    ("Chlorhexidine meant roughly 45 fewer infections per 100 women.", "relative-as-absolute"),
    # a multiple the sheet does not give
    ("Infections were four times less common with chlorhexidine.", "unsupported-number"),
])
def test_more_english_forms(registry, sheet, text, rule):
    rules = {f.rule for f in check(registry, sheet, "en", text)}
    if rule is None:
        assert not rules - {"hedge-dropped"}, rules
    else:
        assert rule in rules, rules


def test_millions_and_words_in_labels(registry, tmp_path):
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"].append({"id": "us-births", "kind": "count", "value": 1200000, "hedge": "about",
                         "role": "background", "group": "all"})
    for group in raw["groups"]:
        if group["id"] == "all":
            group["label"]["en"] = {"plain": "women who had a C-section within one year",
                                    "technical": "women who had a C-section within one year"}
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    sheet = load_factsheet(str(path), registry.known_terms())
    assert not check(registry, sheet, "en", "For context, about 1.2 million women have a "
                                            "C-section within one year.")
    found = check(registry, sheet, "en", "For context, about 1.5 million women have a C-section.")
    assert [f.rule for f in found] == ["unsupported-number"]
    assert found[0].found == "1.5 million"


@pytest.fixture(scope="module")
def said_alike(registry, tmp_path_factory):
    """A sheet whose figures have other exact ways to be said."""
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"] += [
        {"id": "or", "kind": "ratio", "ratio": "odds", "value": 0.2,
         "group": "chlorhexidine-arm", "versus": "iodine-arm", "outcome": "ssi"},
        {"id": "third", "kind": "relative-change", "value": 33, "round_to": [1],
         "direction": "lower", "group": "chlorhexidine-arm", "versus": "iodine-arm",
         "outcome": "ssi"},
        # two shares of one group and outcome are two facts only at two times (lint)
        {"id": "some", "kind": "proportion", "value": 47, "group": "all", "outcome": "ssi",
         "time": "30d"},
        {"id": "most", "kind": "proportion", "value": 85, "group": "all", "outcome": "ssi"},
        {"id": "fold", "kind": "relative-change", "value": 4, "unit": "fold",
         "direction": "higher", "group": "iodine-arm", "versus": "chlorhexidine-arm",
         "outcome": "ssi"},
        {"id": "change", "kind": "difference", "value": -0.17, "unit": "points",
         "group": "all", "outcome": "ssi"},
    ]
    path = tmp_path_factory.mktemp("alike") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


@pytest.mark.parametrize(("text", "fact"), [
    ("Women given chlorhexidine were a fifth as likely to get an infection.", "or"),
    ("They were a third less likely to get an infection than women given iodine.", "third"),
    ("Nearly half of the women got an infection.", "some"),
    ("More than 8 in 10 women got an infection.", "most"),
    ("Nearly 9 in 10 women got an infection.", "most"),
    ("With iodine, infections were four times as common.", "fold"),
    ("The score went down by 0.17 points.", "change"),
])
def test_the_same_thing_said_otherwise_is_accepted(registry, said_alike, text, fact):
    pack = registry.language("en")
    context = CheckContext(said_alike, pack, None, Lexicon(said_alike, pack), require="all")
    findings = check_text(text, context, registry, with_readability=False).findings
    assert not [f for f in findings if f.rule in MINE]
    assert fact not in {f.fact for f in findings if f.rule == "missing-fact"}


@pytest.mark.parametrize("text", [
    "More than half of the women got an infection.",  # 47 %
    "Less than 8 in 10 women got an infection.",  # 85 %
    "Chlorhexidine cut the risk by 80%.",  # an odds ratio of 0.2, said as a change
    "With iodine, infections were a quarter as common.",  # four times, upside down
    "The score went up by 0.17 points.",  # −0.17
])
def test_a_form_that_says_otherwise_is_not(registry, said_alike, text):
    assert check(registry, said_alike, "en", text)


@pytest.fixture(scope="module")
def halved(registry, tmp_path_factory):
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"].append({"id": "half", "kind": "relative-change", "value": 50,
                         "direction": "lower", "group": "chlorhexidine-arm",
                         "versus": "iodine-arm", "outcome": "ssi"})
    path = tmp_path_factory.mktemp("half") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("en", "With chlorhexidine, infections were half as common.",
     "With chlorhexidine, infections were twice as common."),
    ("fr", "Avec la chlorhexidine, les infections étaient deux fois moins fréquentes.",
     "Avec la chlorhexidine, les infections étaient deux fois plus fréquentes."),
    ("de", "Mit Chlorhexidin gab es nur halb so oft eine Infektion wie mit Jod.",
     "Mit Chlorhexidin gab es doppelt so oft eine Infektion wie mit Jod."),
    ("es", "Con clorhexidina, las infecciones se redujeron a la mitad.",
     "Con clorhexidina, las infecciones se duplicaron."),
])
def test_a_halving_said_as_a_multiple(registry, halved, lang, right, wrong):
    assert not check(registry, halved, lang, right)
    assert [f.rule for f in check(registry, halved, lang, wrong)] == ["sign-flipped"]


# --- hold-out lessons: shares of two groups each defined by what the other had, people
# --- pointed back to, a bare "half" beside a halving, "as high as" -------------------
@pytest.fixture(scope="module")
def conditional(registry, tmp_path_factory):
    """Two shares read both ways round (a diagnostic study): of the women with obesity,
    20 % got an infection; of the women with an infection, 45 % had obesity."""
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["terms"].append({"id": "obesity", "en": {"technical": "obesity",
                                                 "plain": "a lot of extra weight",
                                                 "definition": "Weighing far too much."},
                         "es": {"technical": "obesidad", "plain": "mucho sobrepeso",
                                "definition": "Pesar demasiado.", "gender": "f"}})
    raw["groups"] += [
        {"id": "obese", "term": "obesity", "keywords": {"en": ["high BMI"], "es": ["IMC alto"]},
         "label": {"en": {"plain": "women with a lot of extra weight",
                          "technical": "women with obesity"},
                   "es": {"plain": "mujeres con mucho sobrepeso",
                          "technical": "mujeres con obesidad"}}},
        {"id": "infected",
         "label": {"en": {"plain": "women who got a wound infection",
                          "technical": "women with a surgical-site infection"},
                   "es": {"plain": "mujeres con infección de la herida",
                          "technical": "mujeres con infección del sitio quirúrgico"}}}]
    raw["outcomes"].append(
        {"id": "had-obesity", "measure": "obesity", "polarity": "higher-is-worse",
         "label": {"en": {"plain": "had a lot of extra weight", "technical": "had obesity"},
                   "es": {"plain": "tenían mucho sobrepeso", "technical": "tenían obesidad"}}})
    raw["facts"] += [
        {"id": "obese-ssi", "kind": "proportion", "value": 20, "group": "obese",
         "outcome": "ssi"},
        {"id": "ssi-obese", "kind": "proportion", "value": 45, "group": "infected",
         "outcome": "had-obesity"},
        {"id": "obese-share", "kind": "proportion", "value": 30, "group": "all",
         "outcome": "had-obesity"}]
    path = tmp_path_factory.mktemp("conditional") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In all, 30% had obesity. Among women with obesity, 20% developed a surgical-site "
           "infection, while 45% of the women with a surgical-site infection had obesity."),
    ("en", "Three in ten women were obese. Of these women, 20% got a wound infection."),
    ("en", "Among women with high BMI, 20% developed a surgical-site infection, while 45% of "
           "the women with a surgical-site infection had high BMI."),
    ("es", "El 20 % de las mujeres con IMC alto presentaron una infección del sitio quirúrgico, "
           "y el 45 % de las mujeres con infección del sitio quirúrgico tenían un IMC alto."),
    ("es", "En total, el 30 % tenían obesidad. De las mujeres con obesidad, el 20 % presentaron "
           "una infección del sitio quirúrgico; el 45 % de las mujeres con infección del sitio "
           "quirúrgico tenían obesidad."),
])
def test_shares_read_both_ways_are_told_apart(registry, conditional, lang, text):
    found = check(registry, conditional, lang, text)
    assert not found, [(f.rule, f.found, f.message) for f in found]


def test_shares_read_both_ways_swapped_are_wrong_context(registry, conditional):
    text = ("Among women with obesity, 45% developed a surgical-site infection, while 20% of "
            "the women with a surgical-site infection had obesity.")
    assert {f.rule for f in check(registry, conditional, "en", text)} == {"wrong-context"}


@pytest.fixture(scope="module")
def halved_and_half(registry, tmp_path_factory):
    """A halving beside a share of more than half (a hedged 50 %)."""
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"] += [
        {"id": "half", "kind": "relative-change", "value": 50, "direction": "lower",
         "group": "chlorhexidine-arm", "versus": "iodine-arm", "outcome": "ssi"},
        {"id": "most", "kind": "proportion", "value": 50, "hedge": "more-than",
         "group": "all", "outcome": "ssi"}]
    path = tmp_path_factory.mktemp("halves") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


@pytest.mark.parametrize(("lang", "text", "rule"), [
    ("en", "Half of all the mothers got a wound infection.", "hedge-dropped"),
    ("en", "Almost half of the mothers got a wound infection.", "hedge-reversed"),
    ("es", "La mitad de las madres tuvo una infección en la herida.", "hedge-dropped"),
    ("fr", "La moitié des mères ont eu une infection de la plaie.", "hedge-dropped"),
    ("de", "Die Hälfte der Mütter bekam eine Wundinfektion.", "hedge-dropped"),
    ("it", "La metà delle madri ha avuto un'infezione della ferita.", "hedge-dropped"),
    ("pt", "Metade das mães teve uma infeção da ferida.", "hedge-dropped"),
    ("en", "With chlorhexidine, infections were half as common as with iodine.", None),
])
def test_a_bare_half_is_the_share_unless_said_as_a_change(registry, halved_and_half, lang,
                                                          text, rule):
    found = {f.rule for f in check(registry, halved_and_half, lang, text)}
    assert found == ({rule} if rule else set())


@pytest.fixture(scope="module")
def at_most(registry, tmp_path_factory):
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"].append({"id": "ceiling", "kind": "proportion", "value": 12, "hedge": "up-to",
                         "role": "background", "group": "all", "outcome": "ssi"})
    path = tmp_path_factory.mktemp("ceiling") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


@pytest.mark.parametrize(("lang", "hedged", "bare"), [
    ("en", "In general, infection rates after a C-section can be as high as 12%.",
     "In general, infection rates after a C-section can be 12%."),
    ("en", "In general, at most 12% of women get an infection after a C-section.",
     "In general, 12% of women get an infection after a C-section."),
    ("es", "En general, como máximo el 12 % de las mujeres tiene una infección tras una cesárea.",
     "En general, el 12 % de las mujeres tiene una infección tras una cesárea."),
    ("fr", "En général, au plus 12 % des femmes ont une infection après une césarienne.",
     "En général, 12 % des femmes ont une infection après une césarienne."),
    ("de", "Im Allgemeinen bekommen höchstens 12 % der Frauen nach einem Kaiserschnitt eine "
           "Infektion.",
     "Im Allgemeinen bekommen 12 % der Frauen nach einem Kaiserschnitt eine Infektion."),
    ("it", "In generale, al massimo il 12% delle donne ha un'infezione dopo un cesareo.",
     "In generale, il 12% delle donne ha un'infezione dopo un cesareo."),
    ("pt", "Em geral, no máximo 12% das mulheres têm uma infeção após uma cesariana.",
     "Em geral, 12% das mulheres têm uma infeção após uma cesariana."),
])
def test_an_upper_bound_said_in_other_words(registry, at_most, lang, hedged, bare):
    assert not check(registry, at_most, lang, hedged)
    assert {f.rule for f in check(registry, at_most, lang, bare)} == {"hedge-dropped"}


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("en", "Women cleaned with chlorhexidine had a lower risk of infection (hazard ratio 0.62).",
     "Women cleaned with chlorhexidine had a higher risk of infection (hazard ratio 0.62)."),
    ("es", "Las mujeres con clorhexidina tuvieron un riesgo menor de infección (HR 0,62).",
     "Las mujeres con clorhexidina tuvieron un riesgo mayor de infección (HR 0,62)."),
    ("fr", "Les femmes sous chlorhexidine avaient un risque plus faible d'infection (HR 0,62).",
     "Les femmes sous chlorhexidine avaient un risque plus élevé d'infection (HR 0,62)."),
    ("de", "Frauen mit Chlorhexidin hatten ein geringeres Infektionsrisiko (HR 0,62).",
     "Frauen mit Chlorhexidin hatten ein höheres Infektionsrisiko (HR 0,62)."),
    ("it", "Le donne con clorexidina avevano un rischio più basso di infezione (HR 0,62).",
     "Le donne con clorexidina avevano un rischio più alto di infezione (HR 0,62)."),
    ("pt", "As mulheres com clorexidina tiveram um risco menor de infeção (HR 0,62).",
     "As mulheres com clorexidina tiveram um risco maior de infeção (HR 0,62)."),
])
def test_a_ratio_beside_a_word_that_says_the_other_way(registry, sheet, lang, right, wrong):
    assert not check(registry, sheet, lang, right)
    found = check(registry, sheet, lang, wrong)
    assert [(f.rule, f.fact) for f in found] == [("sign-flipped", "hr")]


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("es", "Lo dirigió la Escuela de Salud Pública T.H. Chan de Harvard.",
     "Lo dirigió la Escuela de Salud Púbica T.H. Chan de Harvard."),
    ("pt", "Foi dirigido pela Escola de Saúde Pública T.H. Chan de Harvard.",
     "Foi dirigido pela Escola de Saúde Púbica T.H. Chan de Harvard."),
])
def test_a_name_in_its_own_language_is_no_misspelt_other_language(registry, lang, right,
                                                                   wrong):
    """An organisation named in each language's form: the Spanish form is not a misspelt
    Portuguese one, while a letter dropped from it still is."""
    sheet = load_factsheet(str(ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"),
                           registry.known_terms())
    pack = registry.language(lang)

    def altered(text: str) -> list[str]:
        context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
        return [f.found for f in check_text(text, context, registry,
                                            with_readability=False).findings
                if f.rule == "name-altered"]

    assert altered(right) == []
    assert len(altered(wrong)) == 1


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("en", "Wound infections were rarer with chlorhexidine than with iodine.",
     "Wound infections were rarer with iodine than with chlorhexidine."),
    ("es", "Las infecciones fueron más raras con clorhexidina que con yodo.",
     "Las infecciones fueron más raras con yodo que con clorhexidina."),
    ("fr", "Les infections ont été plus rares avec la chlorhexidine qu'avec l'iode.",
     "Les infections ont été plus rares avec l'iode qu'avec la chlorhexidine."),
    ("de", "Infektionen waren mit Chlorhexidin seltener als mit Jod.",
     "Infektionen waren mit Jod seltener als mit Chlorhexidin."),
    ("it", "Le infezioni sono state più rare con la clorexidina che con lo iodio.",
     "Le infezioni sono state più rare con lo iodio che con la clorexidina."),
    ("pt", "As infeções foram mais raras com clorexidina do que com iodo.",
     "As infeções foram mais raras com iodo do que com clorexidina."),
])
def test_rarer_is_lower(registry, lang, right, wrong):
    sheet = load_factsheet(str(CHX), registry.known_terms())
    pack = registry.language(lang)

    def flipped(text: str) -> list[str]:
        context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
        return [f.rule for f in check_text(text, context, registry,
                                           with_readability=False).findings
                if f.rule == "direction-flipped"]

    assert flipped(right) == []
    assert flipped(wrong) == ["direction-flipped"]


def test_a_total_before_a_clause_about_an_arm_is_the_total(registry):
    """"In a trial of 1,147 women, those cleaned with chlorhexidine ...": the arm after the
    comma is the next clause's; an arm's count said there is still its own."""
    sheet = load_factsheet(str(CHX), registry.known_terms())
    pack = registry.language("en")

    def wrong(text: str) -> list[str]:
        context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
        return [f.found for f in check_text(text, context, registry,
                                            with_readability=False).findings
                if f.rule == "wrong-context"]

    assert wrong("In a trial of 1,147 women, those cleaned with chlorhexidine had fewer "
                 "wound infections than those cleaned with iodine.") == []
    assert wrong("In the iodine group, 572 women took part.") == ["572"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Con yodo, las infecciones fueron más frecuentes que en las mujeres que usaron al "
           "menos una vez clorhexidina (OR 1,8)."),
    ("pt", "Com iodo, as infeções foram mais frequentes do que nas mulheres que usaram pelo "
           "menos uma vez clorexidina (OR 1,8)."),
])
def test_at_least_is_no_word_for_lower(registry, tmp_path, lang, text):
    """"al menos", "pelo menos" (at least) beside a ratio above 1 say no lower risk."""
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"].append({"id": "or-up", "kind": "ratio", "ratio": "odds", "value": 1.8,
                         "group": "iodine-arm", "versus": "chlorhexidine-arm",
                         "outcome": "ssi"})
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    sheet = load_factsheet(str(path), registry.known_terms())
    assert not check(registry, sheet, lang, text)
    flipped = {"es": "Con yodo, las infecciones fueron menos frecuentes (OR 1,8).",
               "pt": "Com iodo, as infeções foram menos frequentes (OR 1,8)."}[lang]
    assert [f.rule for f in check(registry, sheet, lang, flipped)] == ["sign-flipped"]


def test_a_pair_of_shares_after_a_clause_about_one_arm(registry, tmp_path):
    """"…; further surgery in 2% vs 5%": the pair is the comparison's, first arm first,
    whatever arm the clause before named."""
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    raw["facts"] += [
        {"id": "redo-chx", "kind": "proportion", "value": 2, "group": "chlorhexidine-arm",
         "outcome": "ssi"},
        {"id": "redo-iod", "kind": "proportion", "value": 5, "group": "iodine-arm",
         "outcome": "ssi"},
        {"id": "redo-cmp", "kind": "comparison", "facts": ["redo-chx", "redo-iod"],
         "direction": "lower"}]
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    sheet = load_factsheet(str(path), registry.known_terms())
    text = ("Infections occurred in 4.0% with chlorhexidine vs 7.3% with iodine; further "
            "surgery in 2% vs 5%.")
    assert not check(registry, sheet, "en", text)
    assert check(registry, sheet, "en", text.replace("2% vs 5%", "3% vs 5%"))
