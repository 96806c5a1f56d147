"""The built-in French pack: registration, syllables, Kandel & Moles, term bank,
phrasebook, CLDR formatting, the word lists the fact checker reads, and generation."""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.langid import identify
from plainsum.language import LanguagePack, TextCounts, load_phrases
from plainsum.pipeline import generate

from .conftest import module_registry
from .helpers import expected_outputs

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "plugins" / "plainsum_lang_fr"
# The real fact sheets; PLAINSUM_FR_SHEETS (paths joined by os.pathsep) points the
# generation tests at other copies, e.g. sheets merged with French fragments.
SHEETS = [Path(p) for p in os.environ.get("PLAINSUM_FR_SHEETS", "").split(os.pathsep) if p] or [
    ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml",
    ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"]
AUDIENCES = ["patients", "public", "press", "clinicians"]


PACKS = ("fr",)  # module_registry skips the module without them
registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def fr(registry) -> LanguagePack:
    return registry.languages["fr"]


def test_pack_registers_through_the_plugin_manager(registry, fr):
    assert registry.owners[("languages", "fr")] == "lang_fr"
    assert isinstance(fr, LanguagePack)
    assert (fr.code, fr.name, fr.locale) == ("fr", "French", "fr_FR")
    assert dict(fr.phrases) == load_phrases(HERE / "phrases.yaml")


# --- syllables -----------------------------------------------------------------------
# Spoken syllables, counted by hand (mute final e, -es and verbal -ent not counted).
@pytest.mark.parametrize(("word", "expected"), [
    ("hématopoïétique", 6),       # é-ma-to-po-ïé-tique
    ("hématopoïétiques", 6),
    ("autologue", 3),             # au-to-logue
    ("sclérose", 2),              # scl-é-rose
    ("plaques", 1),
    ("greffe", 1),
    ("immunosuppression", 6),     # im-mu-no-su-ppre-ssion
    ("rétrospective", 4),         # ré-tros-pec-tive
    ("transplantation", 4),
    ("rémittente-récurrente", 6),
    ("poussée", 2),
    ("handicap", 3),
    ("cellules", 2),
    ("souches", 1),
    ("moelle", 1),                # [mwal]
    ("patient", 2),               # pa-tient: the -ent of a noun is spoken
    ("patients", 2),
    ("souvent", 2),
    ("traitement", 3),
    ("étaient", 2),               # verbal -ent is mute
    ("mangent", 1),
    ("étudient", 3),
    ("oui", 1),
    ("situation", 3),             # si-tua-tion
    ("client", 2),                # cli-ent after a consonant and l
    ("naïf", 2),
    ("année", 2),
    ("les", 1),
    ("que", 1),
    ("l'étude", 2),
    ("aujourd'hui", 3),
    ("pays", 2),
    ("moyen", 2),
    ("SEP", 3),                   # said letter by letter
    ("2019", 1),
])
def test_syllables_are_spoken_syllables(fr, word, expected):
    assert fr.syllables(word) == expected


def test_pyphen_is_not_a_syllabifier(fr):
    """pyphen splits where a line may break, not where syllables are: it never splits one
    letter off a word's edge and keeps the mute endings."""
    import pyphen

    dic = pyphen.Pyphen(lang="fr")
    assert dic.inserted("étaient") == "étaient" and fr.syllables("étaient") == 2
    assert dic.inserted("étude") == "étude" and fr.syllables("étude") == 2
    assert dic.inserted("hématopoïétique") == "hé-ma-to-poïé-tique"  # 5, said in 6
    assert fr.syllables("hématopoïétique") == 6


# --- readability ---------------------------------------------------------------------
def test_kandel_moles_formula_bands_and_targets(fr):
    counts = TextCounts(sentences=2, words=20, syllables=30, letters=100, polysyllables=2,
                        monosyllables=10, long_words=3)
    assert fr.formula.compute(counts) == pytest.approx(207 - 1.015 * 10 - 73.6 * 1.5)
    assert fr.formula.higher_is_easier
    assert "Kandel" in fr.formula.source and "Flesch" in fr.formula.source
    assert fr.formula.band(95) == "très facile"
    assert fr.formula.band(66) == "standard"
    assert fr.formula.band(10) == "très difficile"
    assert dict(fr.targets) == {"patients": 65.0, "public": 55.0, "press": 40.0}
    assert fr.target("patients") == 65.0 and fr.target(None) is None


def test_easy_french_scores_higher_than_dense_french(fr):
    easy = "Le chat dort. Il fait beau. Nous allons au parc."
    hard = ("L'immunosuppression intensive suivie d'une autogreffe de cellules souches "
            "hématopoïétiques constitue une stratégie thérapeutique envisageable chez les "
            "patients réfractaires aux traitements immunomodulateurs conventionnels.")
    assert fr.readability(easy) > 90 > 30 > fr.readability(hard)


# --- term bank -----------------------------------------------------------------------
def _es_term_ids() -> list[str]:
    raw = yaml.safe_load((ROOT / "plugins" / "plainsum_lang_es" / "terms.yaml")
                         .read_text(encoding="utf-8"))
    return list(raw)


def test_term_bank_has_every_id_of_the_spanish_one(fr):
    assert set(fr.terms) == set(_es_term_ids())


@pytest.mark.parametrize("term_id", _es_term_ids())
def test_terms_are_complete(fr, term_id):
    term = fr.terms[term_id]
    assert term.technical.strip() and term.plain and term.definition
    assert term.definition.endswith(".") and term.definition[0].isupper()
    assert len(set(term.accepted)) == len(term.accepted)
    assert term.plain.split()[0].lower() not in {"le", "la", "les", "l'", "un", "une", "des"}
    if term_id not in {"autologous", "statistically-significant"}:  # adjectives
        assert term.gender in {"m", "f"}


def test_definitions_meet_the_patient_target(fr):
    scores = {tid: fr.readability(t.definition) for tid, t in fr.terms.items()}
    assert {tid: s for tid, s in scores.items() if s < 65.0} == {}


def test_real_french_medical_usage(fr):
    terms = fr.terms
    assert terms["multiple-sclerosis"].technical == "sclérose en plaques"
    assert "SEP" in terms["multiple-sclerosis"].accepted
    assert terms["ahsct"].technical == "greffe autologue de cellules souches hématopoïétiques"
    assert {"autogreffe", "greffe de cellules souches"} <= set(terms["ahsct"].accepted)
    assert "SEP rémittente-récurrente" in terms["relapsing-remitting-ms"].accepted
    assert (terms["relapse"].technical, terms["relapse"].gender) == ("poussée", "f")
    assert terms["control-group"].technical == "groupe témoin"
    assert terms["retrospective-study"].technical == "étude rétrospective"
    assert terms["bias"].technical == "biais"
    assert terms["remission"].technical == "rémission"


# --- phrasebook ----------------------------------------------------------------------
def _paths(node: object, prefix: str = "") -> set[str]:
    if not isinstance(node, dict):
        return set()
    out = set()
    for key, value in node.items():
        out.add(prefix + key)
        if isinstance(value, dict) and prefix.count(".") < 1:
            out |= _paths(value, prefix + key + ".")
    return out


@pytest.mark.parametrize("code", ["en", "es"])
def test_phrasebook_has_every_key_of_the_models(fr, code):
    model = load_phrases(ROOT / "plugins" / f"plainsum_lang_{code}" / "phrases.yaml")
    keys = {k for k in _paths(model) if k.split(".")[0] in model}
    missing = sorted(k for k in keys if not fr.has_phrase(k)
                     and not k.startswith(("grammar.the_group.", "grammar.of_the_group.",
                                           "grammar.definite.", "grammar.indefinite.")))
    assert missing == []


def test_phrasebook_uses_french_typography(fr):
    assert fr.phrase("number.frequency") == "{n} sur {total}"
    assert fr.phrase("summary.heading.results").endswith("\u202f?")
    assert fr.phrase("summary.quote").startswith("«\u00a0")


# --- numbers and dates (CLDR) ----------------------------------------------------------
@pytest.mark.parametrize(("call", "expected"), [
    (lambda p: p.format_number(40000), "40\u202f000"),
    (lambda p: p.format_number(1147), "1\u202f147"),      # CLDR fr: minimum grouping 1
    (lambda p: p.format_number(10.5), "10,5"),
    (lambda p: p.format_number(85.5, 0), "86"),
    (lambda p: p.format_percent(71), "71\u00a0%"),
    (lambda p: p.format_percent(7.3), "7,3\u00a0%"),
    (lambda p: p.format_duration(10, "year"), "10 ans"),
    (lambda p: p.format_duration(1, "year"), "1\u00a0an"),   # CLDR's own spaces
    (lambda p: p.format_duration(6, "month"), "6\u00a0mois"),
    (lambda p: p.format_duration(30, "day"), "30\u00a0jours"),
    (lambda p: p.format_date(datetime.date(2021, 1, 20)), "20 janvier 2021"),
    (lambda p: p.number_words(71), "soixante et onze"),
    (lambda p: p.spell_small(2), "deux"),
    (lambda p: p.spell_small(210), "210"),
    (lambda p: p.natural_frequency(71), "71 sur 100"),
    (lambda p: p.plural_category(0), "one"),              # French: 0 and 1 are singular
    (lambda p: p.plural_category(1), "one"),
    (lambda p: p.plural_category(2), "other"),
])
def test_formatting(fr, call, expected):
    assert call(fr) == expected


# --- word lists ----------------------------------------------------------------------
def test_stopwords_and_abbreviations_are_well_formed(fr):
    assert 90 <= len(fr.stopwords) <= 140
    assert all(w == w.lower() and " " not in w for w in fr.stopwords)
    assert all(a == a.lower() and a.endswith(".") for a in fr.abbreviations)
    assert {"dr.", "pr.", "m.d.", "ph.d.", "etc.", "p. ex.", "et al."} <= fr.abbreviations


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Pr. Martin et le Dr. Dupont ont mené l'étude. Elle a duré dix ans.", 2),
    ("Elle a des symptômes, p. ex. de la fatigue. Ils passent vite.", 2),
    ("Matilde Inglese, M.D., Ph.D., a dirigé l'étude. Elle travaille à Gênes.", 2),
    ("Voir la p. 12 du rapport. Puis la suite.", 2),
])
def test_sentences_do_not_split_at_abbreviations(fr, text, expected):
    assert len(fr.sentences(text)) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("L'étude a porté sur des personnes atteintes de sclérose en plaques qui ont reçu une "
     "greffe, et la plupart d'entre elles ne se sont pas aggravées au fil des ans.", "fr"),
    ("Sept personnes sur dix ne se sont pas aggravées.", "fr"),
    ("Seven in ten did not get worse.", "en"),
    ("Siete de cada diez no empeoraron.", "es"),
])
def test_stopwords_identify_the_language(registry, text, code):
    packs = [registry.languages[c] for c in ("en", "es", "fr")]
    assert identify(text, packs) == code


def _says(fragments, text: str) -> bool:
    import regex

    return any(regex.search(rf"(?<!\p{{L}})(?:{f})(?!\p{{L}})", text, regex.IGNORECASE)
               for f in fragments)


@pytest.mark.parametrize(("direction", "text", "found"), [
    ("improved", "Le handicap s'est amélioré.", True),
    ("improved", "Elles vont mieux.", True),
    ("worsened", "Leur état s'est aggravé.", True),
    ("worsened", "une lente détérioration", True),
    ("worsened", "la progression du handicap", True),
    ("worsened", "les personnes atteintes de SEP progressive", False),
    ("worsened", "SEP secondairement progressive", False),
    ("increased", "Le risque a augmenté.", True),
    ("increased", "plus de la moitié des personnes", False),
    ("increased", "un taux plus élevé", True),
    ("decreased", "Les poussées ont diminué.", True),
    ("decreased", "Le taux a baissé.", True),
    ("decreased", "Le risque est réduit.", True),
    ("decreased", "moins de la moitié des patients", False),
    ("decreased", "au moins cinq ans", False),
    ("decreased", "ont vu leur handicap diminuer", True),
    ("unchanged", "Le handicap est resté stable.", True),
    ("unchanged", "Le handicap n'a pas changé.", True),
])
def test_direction_words(fr, direction, text, found):
    assert set(fr.directions) == {"improved", "worsened", "increased", "decreased",
                                  "unchanged"}
    assert _says(fr.directions[direction], text) is found


@pytest.mark.parametrize(("field", "text", "found"), [
    ("negations", "elles n'ont pas connu d'aggravation", True),
    ("negations", "aucune aggravation", True),
    ("negations", "sans aggravation", True),
    ("negations", "une aggravation nette", False),
    ("percent_words", "71 pour cent", True),
    ("frequency_words", "71 sur 100", True),
    ("frequency_words", "71 personnes sur 100", True),
])
def test_checker_word_lists(fr, field, text, found):
    assert _says(getattr(fr, field), text) is found


@pytest.mark.parametrize(("text", "said"), [
    ("Elles n'avaient pas vu leur handicap s'aggraver.", "no-worsening"),
    ("Leur handicap ne s'est pas aggravé.", "no-worsening"),
    ("Elles n'ont pas connu d'aggravation de leur handicap.", "no-worsening"),
    ("Le risque n'augmente pas.", "not-increased"),
    ("Leur état s'est aggravé.", "worsened"),
    ("Le handicap s'est amélioré.", "improved"),
    ("sans amélioration", "no-improvement"),
])
def test_directions_are_read_with_french_negation(fr, text, said):
    from plainsum_checks.directions import _Words

    assert [s.direction for s in _Words(fr).said(text, 0, len(text))] == [said]


def test_time_and_range_words(fr):
    assert set(fr.time_units) == {"year", "month", "week", "day", "hour", "minute"}
    assert {"ans", "an", "années"} <= set(fr.time_units["year"])
    assert "mois" in fr.time_units["month"]
    assert {("de", "à"), ("entre", "et")} <= set(fr.range_words)


@pytest.mark.parametrize(("text", "kind", "value", "second"), [
    ("71 sur 100 n'ont pas connu d'aggravation", "frequency", 71, 100),
    ("71 personnes sur 100 n'ont pas connu d'aggravation", "frequency", 71, 100),
    ("71 % des personnes", "percent", 71, None),
    ("71\u00a0% des personnes", "percent", 71, None),
    ("71 pour cent des personnes", "percent", 71, None),
    ("7,3\u00a0% des patientes", "percent", 7.3, None),
    ("1\u202f147 femmes", "number", 1147, None),
    ("entre 1997 et 2019", "range", 1997, 2019),
    ("de 1997 à 2019", "range", 1997, 2019),
    ("au bout de 10 ans", "duration", 10, None),
    ("au bout de dix ans", "duration", 10, None),
    ("soixante et onze personnes", "number", 71, None),
])
def test_the_fact_checker_reads_french_numbers(fr, text, kind, value, second):
    from plainsum_checks.numbers import read_numbers

    mention = read_numbers(text, fr)[0]
    assert (mention.kind, mention.value) == (kind, pytest.approx(value))
    assert mention.second == second


# --- generation on the real fact sheets ----------------------------------------------
@pytest.fixture(scope="module", params=SHEETS, ids=lambda p: p.parent.name)
def outputs(request, registry):
    sheet_text = request.param.read_text(encoding="utf-8")
    title = yaml.safe_load(sheet_text)["title"]
    if not isinstance(title, dict) or "fr" not in title:
        pytest.skip("the fact sheet has no French wording yet (fragment not merged)")
    sheet = load_factsheet(request.param, registry.known_terms())
    return generate(sheet, registry, ["fr"], AUDIENCES, check=True)


ENGLISH = {"the", "of", "and", "people", "with", "who", "did", "not", "study", "years",
           "after", "were", "some", "had", "was"}
KEEP = {"the", "of"}  # inside journal names ("The New England Journal of Medicine")


def test_every_output_exists_passes_and_is_french(outputs):
    made = {(o.generator, o.audience) for o in outputs}
    assert expected_outputs(("summary", "social", "glossary"), AUDIENCES) - made == set()
    for out in outputs:
        assert out.text.strip() and "⟦" not in out.text
        words = {w.lower() for w in re.findall(r"\b[^\W\d_]+\b", re.sub(r"#\w+", "", out.text))}
        assert not (words & ENGLISH) - KEEP, (out.generator, out.audience)
        errors = [f for f in out.checks.findings if f.severity == "error"]
        assert errors == [], (out.generator, out.variant, out.audience, errors)
        assert out.checks.passed, (out.generator, out.variant, out.audience)


def test_patient_summary_meets_the_target_with_natural_frequencies(outputs, fr):
    summary = next(o for o in outputs if o.generator == "summary" and o.audience == "patients")
    assert summary.checks.readability.score >= 65.0
    assert " sur 100 " in summary.text and "%" not in summary.text.split("\n\n")[1]
    assert "Qui a participé à l'étude\u202f?" in summary.text
