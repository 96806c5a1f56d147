"""Reading numbers back from text, in each installed language's own formats.

Property: whatever a pack writes with its own ``format_number``, ``format_percent``,
``number_words`` or natural frequency, the reader gives back the value and a span that
covers what was written.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plainsum.plugins import collect, get_plugin_manager
from plainsum_checks.numbers import read_numbers

LANGS = ["en", "es"]
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def packs():
    registry = collect(get_plugin_manager())
    missing = [code for code in LANGS if code not in registry.languages]
    if missing:
        pytest.skip(f"language packs not installed: {missing}")
    return registry.languages


def only(text: str, pack, kind: str):
    found = [m for m in read_numbers(text, pack) if m.kind not in ("ordinal", "marker")]
    assert len(found) == 1, (text, found)
    m = found[0]
    assert m.kind == kind, (text, m)
    return m


def embedded(written: str) -> tuple[str, int]:
    prefix = "Value: "
    return f"{prefix}{written} here.", len(prefix)


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(whole=st.integers(min_value=0, max_value=10**8), places=st.integers(0, 3))
def test_formatted_numbers_read_back(packs, lang, whole, places):
    pack = packs[lang]
    value = whole / 10**places
    written = pack.format_number(value, decimals=places)
    text, start = embedded(written)
    m = only(text, pack, "number")
    assert m.value == pytest.approx(value)
    assert (m.start, m.end) == (start, start + len(written))


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(tenths=st.integers(min_value=0, max_value=1000), places=st.integers(0, 1))
def test_formatted_percents_read_back(packs, lang, tenths, places):
    pack = packs[lang]
    value = tenths / 10 if places else float(tenths // 10)
    written = pack.format_percent(value, decimals=places)
    text, start = embedded(written)
    m = only(text, pack, "percent")
    assert m.percent == pytest.approx(value)
    assert (m.start, m.end) == (start, start + len(written))


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(value=st.integers(min_value=2, max_value=999))
def test_number_words_read_back(packs, lang, value):
    pack = packs[lang]
    written = pack.number_words(value)
    text, start = embedded(written)
    m = only(text, pack, "number")
    assert m.words and m.value == value
    assert (m.start, m.end) == (start, start + len(written))


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(value=st.integers(min_value=0, max_value=100))
def test_natural_frequencies_read_back(packs, lang, value):
    pack = packs[lang]
    if not pack.has_phrase("number.frequency"):
        pytest.skip("the pack has no natural-frequency phrase")
    written = pack.natural_frequency(value)
    text, start = embedded(written)
    m = only(text, pack, "frequency")
    assert m.percent == pytest.approx(value) and m.second == 100
    assert (m.start, m.end) == (start, start + len(written))


@pytest.mark.parametrize(("lang", "text", "kind", "value", "second", "unit"), [
    ("en", "40,000 members", "number", 40000, None, None),
    ("en", "40\u00a0000 members", "number", 40000, None, None),
    ("en", "40\u202f000 members", "number", 40000, None, None),
    ("es", "40.000 socios", "number", 40000, None, None),
    ("en", "a mean of 10.5", "number", 10.5, None, None),
    ("es", "una media de 10,5", "number", 10.5, None, None),
    ("es", "una media de 10.5", "number", 10.5, None, None),  # left as in English
    ("en", "71 %", "percent", 71, None, None),
    ("en", "seventy-one percent", "percent", 71, None, None),
    ("en", "seventy one per cent", "percent", 71, None, None),
    ("es", "setenta y uno por ciento", "percent", 71, None, None),
    ("en", "71 out of 100", "frequency", 71, 100, None),
    ("en", "seven in ten", "frequency", 7, 10, None),
    ("es", "71 de cada 100", "frequency", 71, 100, None),
    ("en", "from 1997 to 2019", "range", 1997, 2019, None),
    ("en", "1997–2019", "range", 1997, 2019, None),
    ("en", "between 5 and 10 years", "range", 5, 10, "year"),
    ("es", "de 1997 a 2019", "range", 1997, 2019, None),
    ("es", "entre 1997 y 2019", "range", 1997, 2019, None),
    ("en", "10 years", "duration", 10, None, "year"),
    ("en", "the ten-year mark", "duration", 10, None, "year"),
    ("en", "the 10-year mark", "duration", 10, None, "year"),
    ("en", "six months", "duration", 6, None, "month"),
    ("es", "5 años", "duration", 5, None, "year"),
    ("es", "seis meses", "duration", 6, None, "month"),
    ("en", "January 20, 2021", "date", 2021, None, None),
    ("en", "20 January 2021", "date", 2021, None, None),
    ("es", "20 de enero de 2021", "date", 2021, None, None),
    ("en", "the 3rd visit", "ordinal", 3, None, None),
    ("es", "el 3.º control", "ordinal", 3, None, None),
    ("en", "at 4:00 PM", "clock", 4, None, None),
])
def test_forms(packs, lang, text, kind, value, second, unit):
    found = [m for m in read_numbers(text, packs[lang])]
    assert len(found) == 1, found
    m = found[0]
    assert (m.kind, m.value, m.second, m.unit) == (kind, value, second, unit)
    assert text[m.start:m.end].strip() == m.text


def test_codes_links_and_list_markers_are_not_numbers(packs):
    text = "1. COVID-19 and H1N1, see https://x.org/a/2021 or #AAN2021.\n2) done"
    kinds = [(m.kind, m.text) for m in read_numbers(text, packs["en"])]
    assert kinds == [("marker", "1"), ("marker", "2")]


def test_a_space_between_two_numbers_does_not_join_them(packs):
    values = [m.value for m in read_numbers("In 2019 210 people took part.", packs["en"])]
    assert values == [2019, 210]


def test_may_the_verb_is_not_a_month(packs):
    assert [m.kind for m in read_numbers("It may 10 times help.", packs["en"])] == ["fold"]
    assert [m.kind for m in read_numbers("It may 10 days help.", packs["en"])] == ["duration"]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "two hundred and ten people", 210),
    ("pt", "cento e dez pessoas", 110),
    ("es", "ciento veintidós personas", 122),
    ("de", "zweihundertzehn Menschen", 210),
])
def test_compound_hundreds_are_read_once_a_text_needs_them(registry, lang, text, value):
    from plainsum_checks.numbers import NumberReader

    reader = NumberReader(registry.languages[lang])
    assert not reader.complete  # only 0-101, the hundreds and 1000 at first
    assert [m.value for m in reader.read(text)] == [value]
    assert reader.complete


# pieces of text where numbers and sentence ends meet: list markers, abbreviations,
# dates, ranges, frequencies, units said before and after, links and hashtags
_PIECES = {
    "en": ["71", "%", "out of", "100", "years", "year", "1.", "2)", "10.5", "1,147", "from",
           "to", "–", "St.", "Dr.", "Jan.", "January", "20,", "2021", "ten", "seventy-one",
           "per cent", "#AAN2021", "https://x.org/a/1", "4:00 PM", "at", "by", "five",
           "people", "a decade", "and", "."],
    "es": ["71", "%", "de cada", "100", "años", "año", "1.", "2)", "10,5", "1.147", "de",
           "a", "–", "Dr.", "p. ej.", "20 de enero de", "2021", "diez", "setenta y uno",
           "por ciento", "#AAN2021", "a los", "cinco", "personas", "una década", "y", "."],
}
_SEPARATORS = [" ", " ", " ", ". ", ".\n", "\n", "\n\n", "? ", "! ", "… ", ", ", "; "]


@st.composite
def _mixed_text(draw, lang: str) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES[lang]), min_size=1, max_size=24))
    gaps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(pieces),
                         max_size=len(pieces)))
    return "".join(p + g for p, g in zip(pieces, gaps, strict=True))


class _RunMemo(dict):
    """What a run's lexicon does for the checker: remember a value per key."""

    def remember(self, key, make):
        if key not in self:
            self[key] = make()
        return self[key]


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
@SETTINGS
def test_sentences_read_once_per_run_are_placed_back_where_they_stand(packs, lang, data):
    """A run reads a sentence it shares with other outputs once, whatever text it stands
    in: every mention still lies in one sentence, spans what it says, and is what a
    reading without the memo finds (a "1. " that opens a line is a list marker, the same
    "1. " inside a line is not)."""
    pack = packs[lang]
    first, second = data.draw(_mixed_text(lang)), data.draw(_mixed_text(lang))
    memo = _RunMemo()
    for text in (first, second, second + first, first.replace("\n", " ")):
        found = read_numbers(text, pack, memo)
        assert found == read_numbers(text, pack)
        spans = pack.sentence_spans(text)
        for m in found:
            assert text[m.start:m.end] == m.text
            assert any(a <= m.start and m.end <= b for a, b in spans), (text, m)


def test_a_sentence_remembered_at_a_line_start_is_read_again_inside_a_line(packs):
    memo = _RunMemo()
    listed = read_numbers("Results.\n1. Five people.", packs["en"], memo)
    inline = read_numbers("Results. 1. Five people.", packs["en"], memo)
    assert [(m.kind, m.text) for m in listed] == [("marker", "1"), ("number", "Five")]
    assert [(m.kind, m.text) for m in inline] == [("number", "1"), ("number", "Five")]
