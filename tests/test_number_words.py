"""Spelled-out numbers: text2num reads those of several parts, the tables the rest.

Properties: whatever num2words spells (cardinals to a million, decimals), the checker's
reader gives back as one number of that value; a spelled-out ordinal is never read as a
count ("twenty-third" is not 20); the forms text2num lacks or misreads are still the
tables' (shares, multiples, "one in five", articles, "unas siete" = about seven).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from num2words import num2words
from plainsum_checks import number_words
from plainsum_checks.numbers import NumberReader, reader

from .conftest import registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")
SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
# the word between a decimal's whole part and its decimals, as a text writes it
POINT = {"en": "point", "es": "coma", "fr": "virgule", "de": "Komma", "it": "virgola",
         "pt": "vírgula", "nl": "komma"}


def pack(lang: str):
    return registry_with([lang]).language(lang)


def values(text: str, lang: str, kinds: tuple[str, ...] = ("number",)) -> list[float]:
    return [m.value for m in reader(pack(lang)).read(text) if m.kind in kinds]


def spelled(n: int, lang: str) -> str:
    # num2words puts a comma after English thousands ("four thousand, five hundred"),
    # which texts do not
    return num2words(n, lang=pack(lang).num2words_lang).replace(",", "")


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt", "nl"])
@SETTINGS
@given(n=st.integers(0, 1_000_000))
def test_cardinals_read_back(lang: str, n: int) -> None:
    words = spelled(n, lang)
    found = reader(pack(lang)).read(f"{words}")
    assert [(m.kind, m.value) for m in found] == [("number", n)], (words, found)


@SETTINGS
@given(n=st.integers(0, 1_000_000))
def test_german_glued_cardinals_read_back(n: int) -> None:
    words = spelled(n, "de")
    # num2words writes "einstausend" for 1,000 of a larger thousand ("zweihunderteins-
    # tausend"); German says "zweihunderteintausend"
    words = words.replace("einstausend", "eintausend")
    assert values(words, "de") == [n], words


@SETTINGS
@given(n=st.integers(0, 999))
def test_italian_cardinals_read_back(n: int) -> None:
    # to 999: text2num 3.1 misses the elided tens inside a thousand ("millecentottantuno",
    # 1181), and num2words spells 18 "dicotto" after a hundred; the tables hold 0-999
    words = spelled(n, "it")
    assert values(words, "it") == [n], words


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "it", "pt", "nl"])
def test_glued_and_long_numbers_the_tables_missed(lang: str) -> None:
    """A number past the tables (thousands glued into one word, or past 9,999) was
    missed or split in two before text2num read it."""
    own = NumberReader(pack(lang))
    own.text2num = None  # the tables alone
    misread = 0
    for n in (8503, 44_728, 594_095):
        words = spelled(n, lang)
        misread += [m.value for m in own.read(words)] != [n]
        assert values(words, lang) == [n], words
    assert misread >= 2


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(whole=st.integers(0, 20), tenth=st.integers(1, 9))
def test_decimals_said_in_words(lang: str, whole: int, tenth: int) -> None:
    text = f"{spelled(whole, lang)} {POINT[lang]} {spelled(tenth, lang)}"
    found = reader(pack(lang)).read(text)
    assert [(m.kind, m.value, m.decimals) for m in found] == [
        ("number", whole + tenth / 10, 1)], (text, found)


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(n=st.integers(1, 100))
def test_an_ordinal_is_no_count(lang: str, n: int) -> None:
    """ "twenty-third", "vingt et unième": no number of anything (the tables alone read
    "twenty" and "vingt" of them as 20)."""
    words = num2words(n, lang=pack(lang).num2words_lang, to="ordinal")
    assume("vingtsième" not in words)  # num2words misspells 80th ("quatre-vingtième")
    assert values(f"In the {words} month", lang, ("number", "duration")) == [], words


def test_an_ordinal_of_several_words_is_read_as_one() -> None:
    found = reader(pack("en")).read("It happened in the twenty-third month.")
    assert [(m.kind, m.value, m.text) for m in found] == [("ordinal", 23, "twenty-third")]


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Half of the patients improved.", [("fraction", 50)]),
    ("en", "A third of the patients improved.", [("fraction", 100 / 3)]),
    ("en", "The risk was twice as high.", [("multiple", 2)]),
    ("en", "The risk was three times as high.", [("fold", 3)]),
    ("en", "One in five people had a relapse.", [("frequency", 1)]),
    ("es", "Un tercio de los pacientes mejoró.", [("fraction", 100 / 3)]),
    ("es", "Una de cada cinco personas recayó.", [("frequency", 1)]),
    ("fr", "Le risque était deux fois plus élevé.", [("fold", 2)]),
    ("de", "Ein Drittel der Patienten erholte sich.", [("fraction", 100 / 3)]),
    ("de", "Eine von fünf Personen hatte Rückfälle.", [("frequency", 1)]),
    ("it", "Una persona su cinque ha avuto ricadute.", [("frequency", 1)]),
    ("pt", "Um terço dos pacientes melhorou.", [("fraction", 100 / 3)]),
])
def test_the_tables_keep_what_text2num_lacks(lang: str, text: str, want: list) -> None:
    """Shares, multiples and natural frequencies stay the packs' (text2num reads "a
    third" as the ordinal 3rd and "una de cada cinco" as 1 and 5 apart)."""
    found = [(m.kind, pytest.approx(m.value)) for m in reader(pack(lang)).read(text)]
    assert found == want, (text, found)


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("es", "Unas siete de cada diez personas mejoraron.", [7]),
    ("pt", "Umas sete em cada dez pessoas melhoraram.", [7]),
    ("fr", "Environ sept personnes sur dix allaient mieux, les uns plus que les autres.",
     [7]),
    ("en", "The ones who were treated did better, about seven in ten of them.", [7]),
])
def test_a_plural_indefinite_is_no_one(lang: str, text: str, want: list) -> None:
    """text2num reads "unas", "umas", "uns" and "ones" as 1: the reader does not."""
    found = reader(pack(lang)).read(text)
    assert [m.value for m in found] == want, (text, found)
    assert all(m.second == 10 for m in found)


def test_a_language_text2num_lacks_keeps_the_tables() -> None:
    class Other:
        code = "sv"

    assert number_words.language(Other()) is None
    assert number_words.language(pack("en")) == "en"


def test_text2num_is_loaded_only_for_a_number_of_several_words() -> None:
    """Start-up stays lean: importing the checker, or reading a text whose number words
    are single words, does not import text2num."""
    registry_with(["en"])
    code = (
        "import sys\n"
        "from plainsum.plugins import collect, get_plugin_manager\n"
        "from plainsum_checks.numbers import reader\n"
        "r = reader(collect(get_plugin_manager()).language('en'))\n"
        "r.read('Five patients out of twenty had a relapse in 2019.')\n"
        "print('text_to_num' in sys.modules)\n"
        "r.read('Twenty-three thousand four hundred people took part.')\n"
        "print('text_to_num' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True"]


@pytest.mark.parametrize(("lang", "text", "n"), [
    ("es", "Fueron trescientas cincuenta y dos mujeres.", 352),
    ("fr", "Il y avait trois cent cinquante-deux femmes.", 352),
    ("pt", "Foram trezentas e cinquenta e duas mulheres.", 352),
    ("it", "Erano trecentottantadue donne.", 382),
    ("de", "Es waren dreihundertzweiundfünfzig Frauen.", 352),
    ("nl", "Het waren driehonderdtweeënvijftig vrouwen.", 352),
])
def test_a_word_that_only_starts_like_a_hundred_builds_no_table(lang, text, n) -> None:
    # the table of 102-999 is built once a text needs it: in a language that writes a
    # hundred apart from its tens only the word itself is a sign ('centre', 'ciencias'
    # start like 'cent', 'cien'); where they are one word, any word that starts like one
    fresh = NumberReader(pack(lang))
    decoy = {"es": "el Centro de Ciencias", "fr": "au centre", "pt": "o centro de ciências",
             "it": "il centro", "de": "Hunderttausende Fans", "nl": "honderden fans"}[lang]
    fresh.read(f"Lo dijo {decoy}.")
    if not fresh.hundreds_glued:
        assert not fresh.complete
    assert n in [m.value for m in fresh.read(text) if m.kind == "number"]
