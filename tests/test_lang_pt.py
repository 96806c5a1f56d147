"""The built-in Portuguese pack (European Portuguese): registration, Martins readability
and its syllable counter, CLDR pt_PT formatting, term bank, phrasebook, the word lists the
fact checker reads, and every output for both fact sheets, checked end to end."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.factsheet.model import FactSheet, TermForms, local_text
from plainsum.langid import identify
from plainsum.language import LanguagePack, TextCounts, load_phrases
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text, generate
from plainsum.render import words_in

from .conftest import module_registry
from .helpers import expected_outputs

ROOT = Path(__file__).resolve().parents[1]
PACK_DIR = ROOT / "plugins" / "plainsum_lang_pt"
SEED_FACTS = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
TRIAL_FACTS = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
AUDIENCES = ["patients", "public", "press", "clinicians"]


PACKS = ("pt",)  # module_registry skips the module without them
registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def pt(registry) -> LanguagePack:
    return registry.languages["pt"]


# --- registration and readability ---------------------------------------------------


def test_pack_registers_through_the_plugin_manager(registry, pt):
    assert registry.owners[("languages", "pt")] == "lang_pt"
    assert isinstance(pt, LanguagePack)
    assert (pt.code, pt.name, pt.locale) == ("pt", "Portuguese", "pt_PT")


def test_phrasebook_and_term_bank_are_the_ones_beside_the_module(pt):
    assert dict(pt.phrases) == load_phrases(PACK_DIR / "phrases.yaml")
    raw = yaml.safe_load((PACK_DIR / "terms.yaml").read_text(encoding="utf-8"))
    assert set(pt.terms) == set(raw)


def test_martins_formula_is_english_flesch_plus_42(pt):
    counts = TextCounts(sentences=2, words=20, syllables=40, letters=100, polysyllables=5,
                        monosyllables=5, long_words=5)
    martins = pt.formula.compute(counts)
    english_flesch = 206.835 - 1.015 * 10 - 84.6 * 2
    assert martins == pytest.approx(248.835 - 1.015 * 10 - 84.6 * 2)
    assert martins - english_flesch == pytest.approx(42.0)
    assert pt.formula.higher_is_easier
    assert "Martins" in pt.formula.name and "Martins" in pt.formula.source
    assert "1996" in pt.formula.source


@pytest.mark.parametrize(("score", "band"), [
    (90.0, "muito fácil"), (75.0, "muito fácil"), (60.0, "fácil"), (50.0, "fácil"),
    (30.0, "difícil"), (10.0, "muito difícil"), (-5.0, "muito difícil"),
])
def test_martins_bands(pt, score, band):
    assert pt.formula.band(score) == band


def test_targets_per_audience(pt):
    assert dict(pt.targets) == {"patients": 65.0, "public": 55.0, "press": 40.0}
    assert pt.target("clinicians") is None
    assert pt.formula.passes(65.0, pt.target("patients"))
    assert not pt.formula.passes(64.9, pt.target("patients"))


def test_readability_does_not_use_english_syllables(pt):
    # textstat would count these with English rules; Martins needs Portuguese syllables
    text = "A pessoa recebe as suas células. O estudo foi feito num só hospital."
    counts = pt.counts(text)
    # a-pes-so-a-re-ce-be-as-su-as-cé-lu-las (13), o-es-tu-do-foi-fei-to-num-só-hos-pi-tal (12)
    assert (counts.sentences, counts.words, counts.syllables) == (2, 13, 25)
    assert pt.readability(text) == pytest.approx(
        248.835 - 1.015 * 13 / 2 - 84.6 * 25 / 13)


# --- syllables ------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "expected"), [
    ("hematopoiéticas", 7),  # he-ma-to-poi-é-ti-cas
    ("hematopoiético", 7),
    ("autólogo", 4),  # au-tó-lo-go
    ("esclerose", 4),
    ("múltipla", 3),
    ("transplante", 3),
    ("imunossupressão", 6),  # i-mu-nos-su-pres-são
    ("retrospetivo", 5),
    ("estaminais", 4),  # es-ta-mi-nais
    ("aleatorizado", 7),  # a-le-a-to-ri-za-do: pyphen never splits the first a
    ("incapacidade", 6),
    ("remissão", 3),
    ("viés", 2),
    ("história", 4),  # his-tó-ri-a, as Portuguese divides it
    ("ideia", 3),  # i-dei-a
    ("saúde", 3),  # accented u: hiatus
    ("país", 2),
    ("rainha", 3),  # i before nh: hiatus
    ("juiz", 2),  # i before a closing z: hiatus
    ("ainda", 3),
    ("muito", 2),  # falling diphthong
    ("água", 2),  # gu + vowel
    ("quando", 2),
    ("guerra", 2),
    ("mães", 1),  # nasal diphthong
    ("pessoas", 3),
    ("ensaio", 3),  # en-sai-o
    ("pioraram", 4),
    ("têm", 1),
    ("veem", 2),
    ("hospital", 3),  # silent initial h
    ("surto-remissão", 5),
    ("EM", 1),
    ("2019", 1),
])
def test_syllables(pt, word, expected):
    assert pt.syllables(word) == expected


def test_syllables_beat_the_hyphenation_dictionary(pt):
    from plainsum.language import LanguagePack as Base

    pyphen_count = Base.syllables(pt, "aleatorizado")
    assert pyphen_count < 7 == pt.syllables("aleatorizado")


# --- numbers, dates, durations --------------------------------------------------------

@pytest.mark.parametrize(("call", "expected"), [
    (lambda p: p.format_percent(71), "71%"),  # CLDR pt_PT: no space
    (lambda p: p.format_percent(85.5), "85,5%"),
    (lambda p: p.format_percent(7.3), "7,3%"),
    (lambda p: p.format_number(40000), "40\u00a0000"),
    (lambda p: p.format_number(4000), "4000"),  # CLDR pt_PT: minimum grouping digits 2
    (lambda p: p.format_number(1147), "1147"),
    (lambda p: p.format_number(10.5), "10,5"),
    (lambda p: p.format_number(2.5, 0), "3"),
    (lambda p: p.format_duration(10, "year"), "10 anos"),  # not "10 duration-year"
    (lambda p: p.format_duration(1, "year"), "1 ano"),
    (lambda p: p.format_duration(6, "month"), "6 meses"),
    (lambda p: p.format_duration(1, "month"), "1 mês"),
    (lambda p: p.format_duration(30, "day"), "30 dias"),
    (lambda p: p.format_duration(2, "week"), "2 semanas"),
    (lambda p: p.format_duration(24, "hour"), "24 horas"),
    (lambda p: p.format_date(datetime.date(2021, 1, 20)), "20 de janeiro de 2021"),
    (lambda p: p.number_words(71), "setenta e um"),
    (lambda p: p.number_words(16), "dezasseis"),  # European Portuguese
    (lambda p: p.spell_small(6), "seis"),
    (lambda p: p.spell_small(2), "2"),  # dois/duas agrees with a noun not known here
    (lambda p: p.spell_small(1), "1"),
    (lambda p: p.spell_small(210), "210"),
    (lambda p: p.plural_category(1), "one"),
    (lambda p: p.plural_category(0), "other"),  # pt_PT, unlike Brazilian pt
    (lambda p: p.natural_frequency(71), "71 em cada 100"),
])
def test_formatting(pt, call, expected):
    assert call(pt) == expected


# --- word lists -----------------------------------------------------------------------

def test_stopwords_and_abbreviations_are_well_formed(pt):
    assert 90 <= len(pt.stopwords) <= 140
    assert all(w == w.lower() and " " not in w for w in pt.stopwords)
    assert all(a == a.lower() and a.endswith(".") for a in pt.abbreviations)
    assert {"dr.", "dra.", "sr.", "prof.", "p. ex.", "etc.", "m.d.", "ph.d."} <= pt.abbreviations
    assert "no." not in pt.abbreviations | pt.number_abbreviations  # "no" is a word
    assert "dez." not in pt.abbreviations  # "dez" is ten


@pytest.mark.parametrize(("text", "expected"), [
    ("Há sintomas, p. ex. cansaço ou dor. A Dra. Sousa explicou-os.",
     ["Há sintomas, p. ex. cansaço ou dor.", "A Dra. Sousa explicou-os."]),
    ("disse Matilde Inglese, M.D., Ph.D., da Universidade de Génova. O estudo era pequeno.",
     ["disse Matilde Inglese, M.D., Ph.D., da Universidade de Génova.",
      "O estudo era pequeno."]),
    ("A taxa subiu para 10,5%. Piorou? Não. Depois ficou igual.",
     ["A taxa subiu para 10,5%.", "Piorou?", "Não.", "Depois ficou igual."]),
    ("Veja a p. 12 do relatório. Ficou no. O fim.",
     ["Veja a p. 12 do relatório.", "Ficou no.", "O fim."]),
])
def test_sentences(pt, text, expected):
    assert pt.sentences(text) == expected


@pytest.mark.parametrize("text", [
    "O estudo incluiu pessoas com esclerose múltipla que fizeram um transplante, e a "
    "maioria delas não piorou ao longo dos anos.",
    "Sete em cada dez não pioraram.",
    "Os investigadores analisaram registos médicos do passado.",
])
def test_stopwords_tell_portuguese_from_spanish_and_english(registry, text):
    packs = [registry.languages[c] for c in ("en", "es", "pt") if c in registry.languages]
    assert identify(text, packs) == "pt"


def _says(fragments, text: str) -> bool:
    return any(re.search(rf"(?<!\w)(?:{f})(?!\w)", text, re.IGNORECASE) for f in fragments)


@pytest.mark.parametrize(("direction", "text", "found"), [
    ("improved", "A incapacidade melhorou.", True),
    ("improved", "Algumas pessoas melhoraram.", True),
    ("worsened", "não pioraram", True),
    ("worsened", "Os sintomas agravaram-se.", True),
    ("worsened", "Houve um agravamento da incapacidade.", True),
    ("worsened", "pessoas com EM secundária progressiva", False),
    ("worsened", "pessoas com EM primária progressiva", False),
    ("increased", "O risco aumentou.", True),
    ("increased", "mais de metade das pessoas", False),
    ("increased", "Tiveram mais surtos.", True),
    ("decreased", "Os surtos diminuíram.", True),
    ("decreased", "A taxa reduziu-se.", True),
    ("decreased", "A taxa baixou.", True),
    ("decreased", "menos de metade", False),
    ("unchanged", "A incapacidade manteve-se estável.", True),
    ("unchanged", "Ficou inalterada.", True),
])
def test_direction_words(pt, direction, text, found):
    assert set(pt.directions) == {"improved", "worsened", "increased", "decreased",
                                  "unchanged"}
    assert _says(pt.directions[direction], text) is found


@pytest.mark.parametrize(("field", "text", "found"), [
    ("negations", "não pioraram", True),
    ("negations", "sem agravamento", True),
    ("negations", "nem melhorou nem piorou", True),
    ("negations", "anão", False),
    ("preventions", "pode evitar que a EM piore", True),
    ("preventions", "travar o agravamento", True),
    ("percent_words", "71 por cento", True),
    ("frequency_words", "7 em cada 10", True),
    ("frequency_words", "7 de cada 10", True),
])
def test_checker_word_lists(pt, field, text, found):
    assert _says(getattr(pt, field), text) is found


@pytest.mark.parametrize(("unit", "text"), [
    ("year", "10 anos"), ("year", "1 ano"), ("month", "6 meses"), ("month", "1 mês"),
    ("week", "2 semanas"), ("day", "30 dias"), ("day", "1 dia"), ("hour", "24 horas"),
])
def test_time_units(pt, unit, text):
    assert set(pt.time_units) == {"year", "month", "week", "day", "hour", "minute"}
    forms = "|".join(map(re.escape, pt.time_units[unit]))
    assert re.search(rf"\d\s*(?:{forms})\b", text)


def test_range_words(pt):
    assert {("de", "a"), ("entre", "e"), ("desde", "até")} <= set(pt.range_words)


# --- term bank ------------------------------------------------------------------------

def _ids(path: Path) -> list[str]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8")))


ES_TERMS = ROOT / "plugins" / "plainsum_lang_es" / "terms.yaml"


@pytest.mark.parametrize("term_id", _ids(ES_TERMS))
def test_term_bank_has_every_spanish_term(pt, term_id):
    term = pt.terms[term_id]
    assert isinstance(term, TermForms)
    assert term.technical.strip() and term.plain and term.definition
    assert term.definition.endswith(".") and term.definition[0].isupper()
    assert len(set(term.accepted)) == len(term.accepted)
    assert term.plain.split()[0].lower() not in {"o", "a", "os", "as", "um", "uma"}


def test_nouns_have_their_gender(pt):
    adjectives = {"autologous", "statistically-significant"}
    for term_id, term in pt.terms.items():
        if term_id not in adjectives:
            assert term.gender in {"m", "f"}, term_id
    genders = {t: pt.terms[t].gender for t in ("multiple-sclerosis", "ahsct", "cohort",
                                                "relapse", "caesarean-section", "bias")}
    assert genders == {"multiple-sclerosis": "f", "ahsct": "m", "cohort": "f",
                       "relapse": "m", "caesarean-section": "f", "bias": "m"}


def test_definitions_meet_the_patient_target(pt):
    scores = {tid: pt.readability(t.definition) for tid, t in pt.terms.items()}
    assert {tid: s for tid, s in scores.items() if s < 65.0} == {}


def test_european_usage_with_brazilian_forms_accepted(pt):
    t = pt.terms
    assert t["ahsct"].technical == "transplante autólogo de células estaminais hematopoiéticas"
    assert t["ahsct"].plain == "transplante de células estaminais"
    assert {"aHSCT", "transplantes de células estaminais", "transplante de células-tronco",
            "transplante de células-tronco hematopoiéticas"} <= set(t["ahsct"].accepted)
    assert "EM" in t["multiple-sclerosis"].accepted
    assert t["relapsing-remitting-ms"].plain == "EM surto-remissão"
    assert "EM recorrente-remitente" in t["relapsing-remitting-ms"].accepted
    assert t["immunosuppression"].technical == "imunossupressão"
    assert (t["relapse"].technical, t["remission"].technical) == ("surto", "remissão")
    assert t["retrospective-study"].technical == "estudo retrospetivo"
    assert "estudo retrospectivo" in t["retrospective-study"].accepted
    assert t["control-group"].technical == "grupo de controlo"
    assert "grupo de controle" in t["control-group"].accepted
    assert t["bias"].technical == "viés"
    assert t["randomised-trial"].technical == "ensaio clínico aleatorizado"
    assert "ensaio clínico randomizado" in t["randomised-trial"].accepted
    assert (t["caesarean-section"].technical, t["infection"].technical) == (
        "cesariana", "infeção")
    assert {"cesárea", "infecção"} <= set(t["caesarean-section"].accepted) | set(
        t["infection"].accepted)


# --- phrasebook -----------------------------------------------------------------------

def _leaf_paths(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaf_paths(value, (*path, str(key)))
    else:
        yield path


@pytest.mark.parametrize("code", ["en", "es"])
def test_phrasebook_has_every_key_of_the_model_packs(pt, code):
    model = load_phrases(ROOT / "plugins" / f"plainsum_lang_{code}" / "phrases.yaml")
    missing = set()
    for path in _leaf_paths(model):
        # the key a generator asks for: two levels, three under headings and differences
        depth = 3 if path[:2] in {("summary", "heading"), ("fact", "difference")} else 2
        key = ".".join(path[:depth])
        if not pt.has_phrase(key):
            missing.add(key)
    assert missing == set()


# --- fact sheets in Portuguese --------------------------------------------------------

def _portuguese_sheet(registry, path: Path) -> FactSheet:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data["title"], dict) and "pt" in data["title"]:
        return load_factsheet(str(path), registry.known_terms())
    pytest.skip(f"{path.name} has no Portuguese wording yet")


@pytest.fixture(scope="module")
def seed(registry) -> FactSheet:
    return _portuguese_sheet(registry, SEED_FACTS)


@pytest.fixture(scope="module")
def trial(registry) -> FactSheet:
    return _portuguese_sheet(registry, TRIAL_FACTS)


@pytest.fixture(scope="module")
def seed_outputs(registry, seed):
    return generate(seed, registry, ["pt"], AUDIENCES)


@pytest.fixture(scope="module")
def trial_outputs(registry, trial):
    return generate(trial, registry, ["pt"], AUDIENCES)


def pick(outputs, generator, audience, variant=None):
    return next(o for o in outputs if o.generator == generator and o.audience == audience
                and (variant is None or o.variant == variant))


def _english_words(registry, sheet: FactSheet) -> set[str]:
    """Words of the English phrasebook and of the sheet's English wording that are not
    also Portuguese words of this pack or sheet."""
    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}

    en, pt = registry.languages["en"], registry.languages["pt"]
    english = set().union(*(words(str(v)) for v in _values(en.phrases)))
    portuguese = set().union(*(words(str(v)) for v in _values(pt.phrases)))
    portuguese |= set(pt.stopwords)
    for lang, bucket in (("en", english), ("pt", portuguese)):
        for item in [*sheet.groups.values(), *sheet.outcomes.values(),
                     *sheet.measures.values()]:
            bucket |= words(" ".join(item.label.all_forms(lang)))
        for term in pt.terms.values() if lang == "pt" else ():
            bucket |= words(" ".join([*term.accepted, term.definition or ""]))
    return english - portuguese - {"s"}


def _values(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    else:
        yield node


def _without_names(text: str, sheet: FactSheet) -> str:
    names = [p.name for p in sheet.people.values()]
    names += [p.credentials for p in sheet.people.values() if p.credentials]
    for org in sheet.organisations.values():
        names += [org.name_in(lang) or "" for lang in ("en", "es", "pt")]
        names.append(getattr(org, "short", None) or "")
    names += list(sheet.hashtags)
    names += [str(v) for v in (sheet.source.get("contact") or {}).values()]  # media@aan.com
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(name, " ")
    return text


@pytest.mark.parametrize("which", ["seed", "trial"])
def test_every_output_exists_passes_and_is_portuguese(registry, request, which):
    sheet = request.getfixturevalue(which)
    outputs = request.getfixturevalue(f"{which}_outputs")
    made = {(o.generator, o.audience) for o in outputs}
    assert expected_outputs(("summary", "social", "glossary"), AUDIENCES) - made == set()
    english = _english_words(registry, sheet)
    packs = [registry.languages[c] for c in ("en", "es", "pt")]
    for o in outputs:
        where = f"{o.generator}/{o.variant}/{o.audience}"
        assert o.lang == "pt" and o.text.strip(), where
        assert "⟦" not in o.text, where
        errors = [f for f in o.checks.findings if f.severity == "error"]
        assert errors == [], (where, errors)
        assert o.checks.passed, where
        if o.checks.readability is not None:
            assert o.checks.readability.passed, (where, o.checks.readability)
        plain = _without_names(o.text, sheet)
        found = {w for w in re.findall(r"[^\W\d_]+", plain) if w.lower() in english}
        assert found == set(), (where, found)
        if words_in(plain) >= 8:
            assert identify(plain, packs) == "pt", where


@pytest.mark.parametrize(("which", "floor"), [("seed", 65.0), ("trial", 65.0)])
def test_patient_summaries_meet_the_patient_target(request, which, floor):
    summary = pick(request.getfixturevalue(f"{which}_outputs"), "summary", "patients")
    assert summary.checks.readability.score >= floor
    assert summary.checks.readability.formula.startswith("Flesch reading ease adapted")


def test_seed_patient_summary_wording(seed_outputs):
    text = pick(seed_outputs, "summary", "patients").text
    paragraphs = text.split("\n\n")
    assert paragraphs[1] == ("Das 122 pessoas com esclerose múltipla surto-remissão (EM "
                             "surto-remissão), 71 em cada 100 não pioraram 10 anos após o "
                             "transplante de células estaminais.")
    assert "Em que consistiu o tratamento?" in paragraphs
    assert ("Um transplante de células estaminais é um tratamento feito com células do "
            "sangue da própria pessoa.") in text
    assert ("Os médicos chamam-lhe transplante autólogo de células estaminais "
            "hematopoiéticas.") in text
    # "De 1997 a 2019": the next sentence opens "Entre elas, havia …"
    assert ("De 1997 a 2019, 210 pessoas com EM receberam um transplante de células "
            "estaminais.") in text
    # small counts in words as a Portuguese writer puts them, agreeing with the noun
    assert "Completavam o grupo duas pessoas com EM primária progressiva." in text
    assert "A idade média das pessoas com EM era de 35 anos." in text
    # not "melhoraram" (read as "were cured"): less disability than before
    # the people studied, named before, as its participants (not "algumas pessoas com EM
    # que participaram no estudo")
    assert ("Ao fim de 10 anos, alguns participantes tinham menos incapacidade do que "
            "antes.") in text
    assert "a 20 de janeiro de 2021" in text


def test_seed_percentages_and_technical_register(seed_outputs):
    public = pick(seed_outputs, "summary", "public").text
    assert ("Das 122 pessoas com esclerose múltipla surto-remissão (EM surto-remissão), 71% não "
            "pioraram 10 anos após o transplante de células estaminais.") in public
    press = pick(seed_outputs, "summary", "press").text
    assert press.startswith("Embargo até às 16h00 (hora de Nova Iorque) de quarta-feira, "
                            "20 de janeiro de 2021.")
    assert ("Este estudo retrospetivo analisou os registos de 210 doentes com EM que receberam um "
            "transplante autólogo de células estaminais hematopoiéticas entre 1997 e 2019."
            ) in press
    assert ("Dos 122 doentes com esclerose múltipla surto-remissão (EM surto-remissão), 71% "
            "não tiveram agravamento") in press
    # no English degrees after the name in the Portuguese press (test_wording26_press)
    # her places with their countries at the quote, once: no authors' line after it
    assert ("», afirmou Matilde Inglese (Universidade de Génova, Itália; Academia "
            "Americana de Neurologia, Estados Unidos), que assina o estudo.") in press
    assert press.count("Matilde Inglese") == 1
    assert ("Ao fim de 10 anos, alguns participantes registaram "
            # masculine "participantes": alguns; the people studied
            "uma melhoria da incapacidade.") in press


def test_trial_comparison_and_agreement(trial_outputs):
    public = pick(trial_outputs, "summary", "public").text
    # the period observed, not a deadline (test_wording26_openings)
    assert ("Nos 30 dias após a cesariana, 4,0% das mulheres cuja pele foi limpa "
            "com clorexidina tiveram uma infeção na ferida, contra 7,3% das mulheres cuja "
            "pele foi limpa com iodo.") in public
    patients = pick(trial_outputs, "summary", "patients").text
    assert "Uma solução de clorexidina é um líquido que mata micróbios." in patients
    # the second arm opens with its group, the time not said again
    assert "Entre as mulheres cuja pele foi limpa com iodo, 7 em cada 100 tiveram" in patients
    press = pick(trial_outputs, "summary", "press").text
    assert "Este ensaio clínico aleatorizado incluiu 1147 mulheres" in press


# --- the fact checker on Portuguese text ----------------------------------------------

FAITHFUL = (
    "Um transplante de células estaminais pode evitar que a esclerose múltipla (EM) piore "
    "durante muitos anos, segundo um estudo publicado na revista Neurology a 20 de janeiro "
    "de 2021.\n\n"
    "O estudo analisou 210 pessoas com EM que receberam um transplante de células "
    "estaminais de 1997 a 2019. A idade média era de 35 anos. Destas, 122 tinham EM "
    "surto-remissão, 86 tinham EM secundária progressiva e 2 tinham EM primária "
    "progressiva. Os investigadores avaliaram-nas seis meses, cinco anos e dez anos depois "
    "do transplante.\n\n"
    "Cinco anos após o transplante, 80% das pessoas não tiveram agravamento da "
    "incapacidade. Ao fim de 10 anos, 66% continuavam sem piorar. Nas pessoas com EM "
    "surto-remissão, 86% não pioraram ao fim de cinco anos e 71 em cada 100 não pioraram "
    "ao fim de 10 anos. Nas pessoas com EM progressiva, 71% não pioraram ao fim de cinco "
    "anos e 57% não pioraram ao fim de 10 anos.\n\n"
    "A autora do estudo é Matilde Inglese, da Universidade de Génova (Itália)."
)


def _errors(registry, sheet, text, require="key"):
    pack = registry.languages["pt"]
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require=require)
    return [f for f in check_text(text, context, registry, with_readability=False).findings
            if f.severity == "error"]


def test_faithful_portuguese_text_has_no_errors(registry, seed):
    assert _errors(registry, seed, FAITHFUL) == []


@pytest.mark.parametrize(("old", "new"), [
    ("71 em cada 100", "sete em cada dez"),  # rrms-10y may be rounded to tens
    ("71 em cada 100", "71 por cento"),
    ("80%", "oitenta por cento"),
    ("de 1997 a 2019", "entre 1997 e 2019"),
    ("210", "duzentas e dez"),
])
def test_faithful_paraphrases_pass(registry, seed, old, new):
    text = FAITHFUL.replace(old, new, 1)
    assert text != FAITHFUL
    errors = _errors(registry, seed, text)
    if new == "duzentas e dez":
        # the reader knows num2words' masculine forms only: the count goes unread (see
        # the report: feminine number words); nothing is flagged as wrong
        assert {f.rule for f in errors} <= {"missing-fact"}
    else:
        assert errors == []


def test_changed_number_is_found_at_its_span(registry, seed, pt):
    text = FAITHFUL.replace("80%", "75%", 1)
    errors = _errors(registry, seed, text)
    assert [(f.rule, f.fact, f.found) for f in errors] == [
        ("unsupported-number", "all-5y", "75%")]
    start = text.index("75%")
    assert errors[0].span == (start, start + 3)
    assert errors[0].expected == pt.format_percent(80)


def test_flipped_direction_is_found(registry, seed):
    text = FAITHFUL.replace("57% não pioraram", "57% pioraram", 1)
    errors = _errors(registry, seed, text)
    # the negation left out is a changed negation as well as a flipped direction
    assert [(f.rule, f.found) for f in errors] == [("direction-flipped", "pioraram"),
                                                   ("negation-changed", "pioraram")]


def test_corrupted_term_is_found(registry, seed):
    text = FAITHFUL.replace("Um transplante de células", "Uma transmissão de células", 1)
    rules = {(f.rule, f.fact) for f in _errors(registry, seed, text)}
    assert ("term-corrupted", "ahsct") in rules


def test_quotes_are_translated_for_every_quote(seed, trial):
    for sheet in (seed, trial):
        for quote in sheet.quotes.values():
            text = local_text(quote.text, "pt")
            assert text and "«" not in text, quote.id
