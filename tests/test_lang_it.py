"""The built-in Italian pack: registration, Gulpease, syllables, numbers with their
articles, the word lists the checker reads, the term bank, the phrasebook, and every
output on both fact sheets generated in Italian and passing its own checks."""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

import pyphen
import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.language import LanguagePack, TextCounts, load_phrases
from plainsum.pipeline import generate

from .conftest import module_registry
from .helpers import expected_outputs

ROOT = Path(__file__).resolve().parents[1]
PACK_DIR = ROOT / "plugins" / "plainsum_lang_it"
SEED = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
TRIAL = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
AUDIENCES = ["patients", "public", "press", "clinicians"]
ARTICLES = {"il", "lo", "la", "i", "gli", "le", "un", "uno", "una"}


PACKS = ("it",)  # module_registry skips the module without them
registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def it(registry):
    return registry.languages["it"]


# --- registration and readability ---------------------------------------------------

def test_pack_registers_through_the_plugin_manager(registry, it):
    assert registry.owners[("languages", "it")] == "lang_it"
    assert isinstance(it, LanguagePack)
    assert (it.code, it.name, it.locale) == ("it", "Italian", "it_IT")
    assert dict(it.phrases) == load_phrases(PACK_DIR / "phrases.yaml")


def test_gulpease_formula_counts_letters_not_syllables(it):
    counts = TextCounts(sentences=4, words=60, syllables=90, letters=300, polysyllables=6,
                        monosyllables=40, long_words=10)
    assert it.formula.compute(counts) == pytest.approx(89 + (300 * 4 - 10 * 300) / 60)
    more_syllables = TextCounts(4, 60, 200, 300, 30, 10, 10)
    assert it.formula.compute(more_syllables) == it.formula.compute(counts)
    assert it.formula.higher_is_easier
    assert "Gulpease" in it.formula.name and "Lucisano" in it.formula.source
    assert "Scuola e Città" in it.formula.source


def test_gulpease_on_a_text_counted_by_hand(it):
    # "La SM è una malattia." = 5 words, 2+2+1+3+8 = 16 letters; "Colpisce i nervi dopo
    # 10 anni." = 6 words, 8+1+5+4+0+4 = 22 letters ("10" is a word with no letters).
    text = "La SM è una malattia. Colpisce i nervi dopo 10 anni."
    counts = it.counts(text)
    assert (counts.sentences, counts.words, counts.letters) == (2, 11, 38)
    assert it.readability(text) == pytest.approx(89 + (300 * 2 - 10 * 38) / 11)


@pytest.mark.parametrize(("score", "band"), [
    (95.0, "facile"), (80.0, "facile"), (79.9, "abbastanza facile"),
    (60.0, "abbastanza facile"), (59.9, "impegnativo"), (40.0, "impegnativo"),
    (39.9, "difficile"), (-5.0, "difficile"),
])
def test_gulpease_bands_follow_schooling(it, score, band):
    assert it.formula.band(score).split(" (")[0] == band


def test_targets(it):
    assert dict(it.targets) == {"patients": 60, "public": 50, "press": 40}
    assert it.target("clinicians") is None
    assert it.formula.passes(60.0, it.target("patients"))
    assert not it.formula.passes(59.9, it.target("patients"))


# --- syllables -----------------------------------------------------------------------

@pytest.mark.parametrize(("word", "expected"), [
    ("ematopoietiche", 7),  # e-ma-to-po-ie-ti-che
    ("ematopoietico", 7),
    ("autologo", 4),  # au-to-lo-go
    ("sclerosi", 3),
    ("multipla", 3),
    ("trapianto", 3),  # tra-pian-to
    ("autotrapianto", 5),
    ("immunosoppressione", 7),  # im-mu-no-sop-pres-sio-ne
    ("retrospettivo", 5),
    ("staminali", 4),
    ("recidivante", 5),
    ("remittente", 4),
    ("secondariamente", 6),  # se-con-da-ria-men-te
    ("disabilità", 5),
    ("ricaduta", 4),
    ("remissione", 4),
    ("paziente", 3),  # pa-zien-te
    ("infezione", 4),
    ("cesareo", 4),  # ce-sa-re-o: hiatus
    ("aereo", 4),  # a-e-re-o
    ("clorexidina", 5),
    ("iodio", 2),  # io-dio
    ("chirurgia", 4),  # chi-rur-gi-a: stressed i
    ("terapia", 4),
    ("malattia", 4),
    ("neurologia", 5),
    ("biopsia", 4),  # bi-op-si-a
    ("diagnosi", 4),  # di-a-gno-si
    ("riabilitazione", 7),
    ("taglio", 2),  # ta-glio: the i of "gli" is silent
    ("figlio", 2),
    ("ghiaccio", 2),  # ghiac-cio
    ("chiesa", 2),
    ("giorno", 2),
    ("camicia", 3),
    ("scienza", 2),
    ("aiuto", 3),  # a-iu-to: i between vowels is a consonant
    ("febbraio", 3),
    ("miei", 1),
    ("due", 2),  # du-e
    ("perché", 2),
    ("qualità", 3),
    ("l'età", 2),
    ("sclerosi-multipla", 6),
    ("71", 1),
])
def test_italian_syllables(word, expected):
    from plainsum_lang_it import syllables

    assert syllables.count(word) == expected


def test_pack_uses_the_rule_counter_where_pyphen_loses_edge_vowels(it):
    hyphenator = pyphen.Pyphen(lang="it_IT")
    for word in ("aereo", "ematopoietiche"):
        by_pyphen = len(hyphenator.positions(word)) + 1
        assert it.syllables(word) > by_pyphen


# --- numbers, dates, durations -------------------------------------------------------

def test_numbers_follow_cldr_italian(it):
    assert it.format_percent(71) == "71%"  # no space in it
    assert it.format_percent(7.3) == "7,3%"
    assert it.format_number(1147) == "1.147"
    assert it.format_number(40000) == "40.000"
    assert it.natural_frequency(71) == "71 su 100"
    assert it.number_words(23) == "ventitré"
    assert it.plural_category(1) == "one" and it.plural_category(10) == "other"


@pytest.mark.parametrize(("value", "spec", "expected"), [
    (71, "il", "il 71%"), (80, "il", "l'80%"), (86, "il", "l'86%"), (8, "il", "l'8%"),
    (11, "il", "l'11%"), (1, "il", "l'1%"), (18, "il", "il 18%"), (0.5, "il", "lo 0,5%"),
    (7.3, "il", "il 7,3%"), (80, "del", "dell'80%"), (57, "del", "del 57%"),
    (80, "al", "all'80%"), (0.5, "nel", "nello 0,5%"),
])
def test_percentages_take_the_article_of_the_spoken_number(it, value, spec, expected):
    assert format(it.format_percent(value), spec) == expected
    assert f"{it.format_percent(value)}" == expected.split(" ")[-1].split("'")[-1]


def test_plural_articles_before_numbers(it):
    assert format(it.format_duration(10, "year"), "i") == "i 10 anni"
    assert format(it.format_duration(8, "year"), "dei") == "degli 8 anni"


def test_durations_fall_back_to_cldr_short_forms(it):
    assert it.format_duration(10, "year") == "10 anni"
    assert it.format_duration(1, "year") == "1 anno"
    assert it.format_duration(6, "month") == "6 mesi"
    assert it.format_duration(30, "day") == "30 giorni"
    assert it.format_duration(2, "week") == "2 settimane"
    assert it.format_duration(3, "hour") == "3 ore"


def test_dates_are_italian_and_elide(it):
    assert it.format_date(datetime.date(2021, 1, 20)) == "20 gennaio 2021"
    assert it.format_date(datetime.date(2016, 2, 1)) == "1º febbraio 2016"
    assert format(it.format_date(datetime.date(2016, 2, 8)), "il") == "l'8 febbraio 2016"
    assert format(it.format_date(datetime.date(2016, 2, 1)), "il") == "il 1º febbraio 2016"
    assert "pubblicato {date:del}".format_map(
        {"date": it.format_date(datetime.date(2021, 1, 20))}) == "pubblicato del 20 gennaio 2021"


# --- what the checker reads -----------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "value", "second", "unit"), [
    ("71 su 100", "frequency", 71, 100, None),
    ("71 persone su 100", "frequency", 71, 100, None),
    ("4 donne ogni 100", "frequency", 4, 100, None),
    ("settantuno su cento", "frequency", 71, 100, None),
    ("il 71 percento", "percent", 71, None, None),
    ("l'80%", "percent", 80, None, None),
    ("il 7,3%", "percent", 7.3, None, None),
    ("tra il 1997 e il 2019", "range", 1997, 2019, None),
    ("dal 1997 al 2019", "range", 1997, 2019, None),
    ("fra 5 e 10 anni", "range", 5, 10, "year"),
    ("dopo 10 anni", "duration", 10, None, "year"),
    ("entro 30 giorni", "duration", 30, None, "day"),
    ("a 6 mesi", "duration", 6, None, "month"),
    ("1.147 donne", "number", 1147, None, None),
    ("due persone", "number", 2, None, None),
])
def test_checker_reads_italian_numbers(it, text, kind, value, second, unit):
    from plainsum_checks.numbers import read_numbers

    found = read_numbers(text, it)
    assert [(m.kind, m.value, m.second, m.unit) for m in found][:1] == [
        (kind, pytest.approx(value), second, unit)]


@pytest.mark.parametrize("text", ["l'8 febbraio 2016", "il 1º febbraio 2016",
                                  "20 gennaio 2021"])
def test_checker_reads_italian_dates(it, text):
    """A date of the study's own sentence (alone on a text's first line it may be the
    text's own dateline, a marker: test_check_false_alarms_s33_mastheads)."""
    from plainsum_checks.numbers import read_numbers

    assert [m.kind for m in read_numbers(f"Lo studio è uscito {text}.", it)] == ["date"]


def _directions(it, text: str) -> list[tuple[str, str]]:
    from plainsum_checks.directions import _Words

    return [(s.text, s.direction) for s in _Words(it).said(text, 0, len(text))]


@pytest.mark.parametrize(("text", "direction"), [
    ("71 su 100 non sono peggiorate", "no-worsening"),
    ("non hanno avuto un peggioramento della disabilità", "no-worsening"),
    ("alcune persone sono migliorate", "improved"),
    ("la disabilità è peggiorata", "worsened"),
    ("le infezioni sono diminuite", "decreased"),
    ("le infezioni sono aumentate", "increased"),
    ("la disabilità è rimasta stabile", "unchanged"),
])
def test_direction_words(it, text, direction):
    assert [d for _, d in _directions(it, text)] == [direction]


@pytest.mark.parametrize("text", [
    "persone con SM secondariamente progressiva", "SM primariamente progressiva",
    "più della metà delle persone", "la maggior parte delle persone",
    "meno della metà delle donne",
])
def test_quantities_and_disease_names_are_no_direction(it, text):
    assert _directions(it, text) == []


def test_sentences_keep_abbreviations_and_credentials(it):
    text = ("La dott.ssa Rossi, M.D., Ph.D., lavora a St. Louis. Usa farmaci, antisettici "
            "ecc. in ospedale. Vedi n. 5 ad es. qui. Fine.")
    assert it.sentences(text) == [
        "La dott.ssa Rossi, M.D., Ph.D., lavora a St. Louis.",
        "Usa farmaci, antisettici ecc. in ospedale.",
        "Vedi n. 5 ad es. qui.", "Fine."]


def test_language_identification_tells_italian_apart(registry):
    from plainsum.langid import identify

    packs = registry.languages.values()
    assert identify("Dopo 10 anni, il 71% delle persone con SM non è peggiorato.",
                    packs) == "it"
    assert identify("A los 10 años, el 71 % de las personas con EM no empeoraron.",
                    packs) == "es"


# --- term bank and phrasebook --------------------------------------------------------

def _es_term_ids() -> list[str]:
    raw = yaml.safe_load((ROOT / "plugins" / "plainsum_lang_es" / "terms.yaml")
                         .read_text(encoding="utf-8"))
    return list(raw)


@pytest.mark.parametrize("term_id", _es_term_ids())
def test_term_bank_has_every_spanish_term(it, term_id):
    term = it.terms[term_id]
    assert term.technical.strip() and term.plain and term.definition
    assert term.definition.endswith(".") and term.definition[0].isupper()
    assert len(set(term.accepted)) == len(term.accepted)
    assert term.plain.split()[0].lower() not in ARTICLES
    assert "'" not in term.plain.split()[0]  # no elided article either
    assert term.gender in (None, "m", "f")
    assert it.formula.passes(it.readability(term.definition), it.target("patients"))


def test_term_bank_uses_italian_medical_usage(it):
    assert it.terms["multiple-sclerosis"].technical == "sclerosi multipla"
    assert "SM" in it.terms["multiple-sclerosis"].accepted
    assert it.terms["ahsct"].technical == (
        "trapianto autologo di cellule staminali ematopoietiche")
    assert {"AHSCT", "autotrapianto", "trapianti di cellule staminali"} <= set(
        it.terms["ahsct"].accepted)
    assert it.terms["relapsing-remitting-ms"].plain == "SM recidivante-remittente"
    assert it.terms["secondary-progressive-ms"].plain == "SM secondariamente progressiva"
    assert it.terms["primary-progressive-ms"].plain == "SM primariamente progressiva"
    assert it.terms["relapse"].technical == "ricaduta"
    assert "distorsione" in it.terms["bias"].accepted


def _paths(node: Any, prefix: str = "") -> set[str]:
    if not isinstance(node, dict):
        return set()
    out = set()
    for key, value in node.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        out |= {path} | _paths(value, path)
    return out


def test_phrasebook_has_every_key_the_english_and_spanish_ones_share(it):
    def book(code: str) -> dict[str, Any]:
        return load_phrases(ROOT / "plugins" / f"plainsum_lang_{code}" / "phrases.yaml")

    shared = _paths(book("en")) & _paths(book("es"))
    assert shared  # the structural keys: fact.proportion, summary.heading.who, ...
    assert sorted(p for p in shared if not it.has_phrase(p)) == []


# --- end to end ----------------------------------------------------------------------

# The Italian wording of the two sheets (the same as the fragments the lead merges); it
# is added only when the sheet in the repository has no Italian yet.
SEED_IT: dict[str, Any] = {
    "title": "I trapianti di cellule staminali potrebbero dare benefici a lungo termine "
             "alle persone con sclerosi multipla",
    "organisations": {"aan": "Accademia Americana di Neurologia",
                      "unige": "Università di Genova",
                      "fism": "Fondazione Italiana Sclerosi Multipla",
                      "pecci-fund": "Fondo di Ricerca Elena Pecci"},
    "groups": {g: {"plain": f"persone con {label}", "technical": f"persone con {label}"}
               for g, label in (("all", "SM"), ("rrms", "SM recidivante-remittente"),
                                ("spms", "SM secondariamente progressiva"),
                                ("ppms", "SM primariamente progressiva"),
                                ("progressive", "SM progressiva"))},
    "measures": {"age": {"plain": "età", "technical": "età media"}},
    "outcomes": {
        "no-worsening": {"plain": "non sono peggiorate",
                         "technical": "non ha avuto un peggioramento della disabilità"},
        "disability-improved": {"plain": "sono migliorate",
                                "technical": "hanno avuto un miglioramento della disabilità"}},
    "quotes": {
        "quote-conventional": "Finora le terapie convenzionali hanno evitato alle persone "
                              "con SM nuove ricadute e il peggioramento dei sintomi, ma non "
                              "a lungo termine.",
        "quote-exciting": "I nostri risultati sono entusiasmanti.",
        "quote-consider": "Il nostro studio dimostra che un'intensa immunosoppressione "
                          "seguita dal trapianto di cellule staminali ematopoietiche "
                          "andrebbe presa in considerazione come terapia per le persone "
                          "con SM, soprattutto per chi non risponde alle terapie "
                          "convenzionali."},
    "limitations": {
        "lim-retrospective": {"plain": "I ricercatori hanno esaminato cartelle cliniche "
                                       "già esistenti.",
                              "technical": "Lo studio era retrospettivo."},
        "lim-no-control": {"plain": "Non c'era un gruppo di confronto, cioè persone che "
                                    "non avevano fatto il trapianto.",
                           "technical": "Lo studio non prevedeva un gruppo di controllo."},
        "lim-unblinded": {"plain": "I medici che hanno misurato la disabilità sapevano chi "
                                   "aveva fatto il trapianto, e questo può aver influito "
                                   "sui risultati.",
                          "technical": "I medici che hanno valutato la disabilità sapevano "
                                       "che i partecipanti avevano ricevuto il trapianto, e "
                                       "questo può aver introdotto una distorsione dei "
                                       "risultati."}},
}

TRIAL_IT: dict[str, Any] = {
    "title": "Disinfettare la pelle con clorexidina prima del cesareo previene più "
             "infezioni rispetto allo iodio",
    "organisations": {
        "wustl-medicine": "Facoltà di Medicina della Washington University di St. Louis",
        "wustl-obgyn": "Dipartimento di Ostetricia e Ginecologia della Facoltà di Medicina "
                       "della Washington University di St. Louis",
        "nichd": "Istituto Nazionale per la Salute dell'Infanzia e lo Sviluppo Umano "
                 "Eunice Kennedy Shriver"},
    "groups": {
        "all": {"plain": "donne che hanno avuto un parto cesareo",
                "technical": "pazienti sottoposte a taglio cesareo"},
        "chlorhexidine-arm": {"plain": "donne a cui la pelle è stata pulita con "
                                       "clorexidina e alcol",
                              "technical": "donne del gruppo clorexidina-alcol"},
        "iodine-arm": {"plain": "donne a cui la pelle è stata pulita con iodio e alcol",
                       "technical": "donne del gruppo iodio-alcol"}},
    "outcomes": {"ssi": {"plain": "hanno avuto un'infezione della ferita",
                         "technical": "ha sviluppato un'infezione del sito chirurgico"}},
    "quotes": {"quote-complication": "Una delle complicanze più importanti della "
                                     "chirurgia è l'infezione.",
               "quote-new-mother": "Ci interessa molto capire come prevenire queste "
                                   "infezioni.",
               "quote-practice": "Questo studio è un contributo straordinario."},
    "limitations": {"lim-single-hospital": {
        "plain": "Lo studio si è svolto in un solo ospedale.",
        "technical": "Lo studio è stato condotto in un unico ospedale."}},
    "terms": {
        "chlorhexidine": {"technical": "clorexidina", "plain": "soluzione di clorexidina",
                          "definition": "Liquido che uccide i germi. Si mette sulla pelle "
                                        "prima di un'operazione.",
                          "forms": ["clorexidina-alcol", "clorexidina e alcol"],
                          "gender": "f"},
        "iodine": {"technical": "iodio", "plain": "disinfettante a base di iodio",
                   "definition": "Sostanza che uccide i germi. Si mette sulla pelle prima "
                                 "di un'operazione.",
                   "forms": ["iodio-alcol", "iodio e alcol"], "gender": "m"}},
}


def _italian(data: dict[str, Any], wording: dict[str, Any]) -> dict[str, Any]:
    """The sheet with Italian wording added where it has none."""
    data = copy.deepcopy(data)
    if isinstance(data["title"], dict) and "it" in data["title"]:
        return data
    data["title"]["it"] = wording["title"]
    for item in data["organisations"]:
        name = wording["organisations"].get(item["id"])
        if name:
            item["name"] = {"en": item["name"]} if isinstance(item["name"], str) else item[
                "name"]
            item["name"]["it"] = name
    for section, key in (("groups", "label"), ("measures", "label"), ("outcomes", "label"),
                         ("limitations", "text")):
        for item in data.get(section, []):
            item[key]["it"] = wording[section][item["id"]]
    for item in data["quotes"]:
        item["text"]["it"] = wording["quotes"][item["id"]]
    for item in data["terms"]:
        if item["id"] in wording.get("terms", {}):
            item["it"] = wording["terms"][item["id"]]
    return data


@pytest.fixture(scope="module", params=[(SEED, SEED_IT), (TRIAL, TRIAL_IT)],
                ids=["seed", "trial"])
def sheet_outputs(request, registry, tmp_path_factory):
    path, wording = request.param
    data = _italian(yaml.safe_load(path.read_text(encoding="utf-8")), wording)
    sheet_path = tmp_path_factory.mktemp("it") / "facts.yaml"
    sheet_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    sheet = load_factsheet(sheet_path, registry.known_terms())
    made = generate(sheet, registry, ["it"], AUDIENCES)
    names = [org.name_in("it") or "" for org in sheet.organisations.values()]
    return made, names


@pytest.fixture(scope="module")
def outputs(sheet_outputs):
    return sheet_outputs[0]


def _pick(outputs, generator: str, audience: str) -> Any:
    return next(o for o in outputs if o.generator == generator and o.audience == audience)


ENGLISH = {"the", "of", "and", "with", "people", "who", "after", "out", "years", "did",
           "not", "study", "women", "was", "were", "percent", "than"}


def test_every_output_exists_and_passes_its_checks(sheet_outputs):
    outputs, names = sheet_outputs
    made = {(o.generator, o.audience) for o in outputs}
    assert expected_outputs(("summary", "social", "glossary"), AUDIENCES) - made == set()
    for output in outputs:
        assert output.text.strip() and "⟦" not in output.text
        errors = [f for f in output.checks.findings if f.severity == "error"]
        assert errors == [], (output.generator, output.variant, output.audience, errors)
        assert output.checks.passed, (output.generator, output.variant, output.audience)
        text = output.text
        for name in names:  # protected names stay as they are ("New England Journal")
            text = text.replace(name, "")
        words = {w.lower().strip("*«»().,") for w in text.split()}
        assert not words & ENGLISH, (output.generator, output.audience, words & ENGLISH)


@pytest.mark.parametrize("audience", ["patients", "public", "press"])
def test_summaries_meet_their_readability_target(outputs, it, audience):
    summary = _pick(outputs, "summary", audience)
    assert summary.checks.readability.score >= it.target(audience)


def test_patient_lead_is_a_natural_frequency_in_italian(outputs):
    lead = _pick(outputs, "summary", "patients").text.split("\n\n")[1]
    assert lead in (
        "Tra le 122 persone con sclerosi multipla recidivante-remittente (SM "
        "recidivante-remittente), 71 su 100 non sono peggiorate 10 anni dopo il trapianto di "
        "cellule staminali.",
        "Nei 30 giorni successivi al parto cesareo, tra le donne trattate con clorexidina e "
        "alcol, 4 su 100 hanno avuto un'infezione della ferita. Tra le donne trattate con "
        "iodio e alcol, 7 su 100 hanno avuto un'infezione della ferita.")
    # the seed's lead names the people studied and the event; the trial's second arm
    # without the time said again


def test_percentages_take_their_article(outputs):
    public = _pick(outputs, "summary", "public").text
    press = _pick(outputs, "summary", "press").text
    if "SM" in public:
        # one group's figures in one sentence, each percentage with its article
        # a share without its group takes a singular verb: "l'80% non è peggiorato"
        # (two groups' results in a row open "Tra le …" and "Fra le …")
        assert ("le 210 persone con SM che hanno partecipato allo studio, l'80% non è "
                "peggiorato" in public
                and "e il 66% dopo 10 anni." in public)
        assert ("Tra le 122 persone con sclerosi multipla recidivante-remittente (SM "
                "recidivante-remittente), il 71% non ha avuto un peggioramento della disabilità "
                "10 anni dopo") in press
        assert "il 20 gennaio 2021" in press and "di mercoledì 20 gennaio 2021" in press
    else:
        assert ("il 4,0% delle donne del gruppo clorexidina-alcol ha sviluppato un'infezione "
                "del sito chirurgico, contro il 7,3% delle donne del gruppo iodio-alcol"
                in press)
    assert "il 80%" not in public + press


def test_patient_summary_asks_the_leaflet_questions(outputs):
    text = _pick(outputs, "summary", "patients").text
    # the trial compares two antiseptics: what it compared, not "the treatment"
    asked = "In che cosa consiste la cura?" if "SM" in text else \
        "Che cosa ha confrontato lo studio?"
    for heading in (asked, "Chi ha partecipato allo studio?",
                    "Che cosa non ci dice lo studio?", "Chi ha fatto lo studio?"):
        assert f"\n\n{heading}\n\n" in text
