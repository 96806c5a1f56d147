"""Reading numbers back from text, in each installed language's own formats.

Property: whatever a pack writes with its own ``format_number``, ``format_percent``,
``number_words`` or natural frequency, the reader gives back the value and a span that
covers what was written.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plainsum_checks.numbers import read_numbers

from .conftest import registry_with

LANGS = ["en", "es"]
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def packs():
    return registry_with(LANGS).languages


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
    ("es", "a las 16:00", "clock", 16, None, None),
    ("pt", "às 16h00", "clock", 16, None, None),  # the Portuguese press
    ("fr", "à 16\u00a0h\u00a030", "clock", 16, None, None),  # the French press
    ("fr", "pendant 16\u00a0h", "duration", 16, None, "hour"),  # no minutes: a duration
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


# --- signs, effect measures and hedges (every built-in language) ------------------------
SIX = ["en", "es", "fr", "de", "it", "pt"]
MINUS = {"en": "minus", "es": "menos", "fr": "moins", "de": "minus", "it": "meno",
         "pt": "menos"}


@pytest.fixture(scope="module")
def six():
    return registry_with(SIX).languages


@SETTINGS
@given(lang=st.sampled_from(SIX), cents=st.integers(-99999, 99999).filter(bool),
       sign=st.sampled_from(["\u2212", "-", "word"]))
def test_a_signed_decimal_reads_back_with_its_sign(six, lang, cents, sign):
    pack = six[lang]
    value = cents / 100
    digits = pack.format_number(abs(value), 2)
    minus = "" if value > 0 else (f"{MINUS[lang]} " if sign == "word" else sign)
    text = f"({minus}{digits})."
    found = [m for m in read_numbers(text, pack) if m.kind == "number"]
    assert len(found) == 1, (text, found)
    assert found[0].signed == pytest.approx(value)
    assert found[0].text == f"{minus}{digits}"


@SETTINGS
@given(lang=st.sampled_from(SIX), low=st.integers(1, 98), width=st.integers(1, 99),
       negative=st.booleans())
def test_a_confidence_interval_reads_as_one_mention(six, lang, low, width, negative):
    pack = six[lang]
    lo, hi = low / 100, (low + width) / 100
    if negative:
        lo, hi = -hi, -lo
    say = {v: ("\u2212" if v < 0 else "") + pack.format_number(abs(v), 2) for v in (lo, hi)}
    link = {"en": "to", "es": "a", "fr": "à", "de": "bis", "it": "a", "pt": "a"}[lang]
    ci = {"en": "95% CI", "es": "IC del 95 %:", "fr": "IC à 95 %", "de": "95-%-KI",
          "it": "IC 95%", "pt": "IC 95%:"}[lang]
    text = f"({ci} {say[lo]} {link} {say[hi]})"
    kinds = [(m.kind, m.signed, m.signed_second) for m in read_numbers(text, pack)]
    assert kinds == [("cilevel", 95, None), ("ci", pytest.approx(lo), pytest.approx(hi))]


@pytest.mark.parametrize(("lang", "text", "kind", "value", "hedge"), [
    ("en", "HR 0.62", "ratio", 0.62, None),
    ("en", "hazard ratio of 0,62", "ratio", 0.62, None),
    ("en", "odds ratio 1.8", "ratio", 1.8, None),
    ("en", "relative risk 0.75", "ratio", 0.75, None),
    ("es", "un riesgo relativo de 0,75", "ratio", 0.75, None),
    ("fr", "rapport de cotes de 1,8", "ratio", 1.8, None),
    ("de", "Odds Ratio 1,8", "ratio", 1.8, None),
    ("en", "p = 0.03", "pvalue", 0.03, None),
    ("en", "P<.001", "pvalue", 0.001, None),
    ("en", "2- to 3-fold", "fold", 2, None),
    ("en", "four times the risk", "fold", 4, None),
    ("es", "cuatro veces más", "fold", 4, None),
    ("de", "viermal so hoch", "fold", 4, None),
    ("en", "double the risk", "multiple", 2, None),
    ("it", "il doppio del rischio", "multiple", 2, None),
    ("en", "less than 3 %", "percent", 3, "less-than"),
    ("en", "more than half", "fraction", 50, "more-than"),
    ("es", "más de la mitad", "fraction", 50, "more-than"),
    ("fr", "plus de la moitié", "fraction", 50, "more-than"),
    ("de", "mehr als die Hälfte", "fraction", 50, "more-than"),
    ("it", "più della metà", "fraction", 50, "more-than"),
    ("pt", "mais de metade", "fraction", 50, "more-than"),
    ("en", "nearly 90 percent", "percent", 90, "nearly"),
    ("en", "up to 70 %", "percent", 70, "up-to"),
    ("es", "hasta el 70 %", "percent", 70, "up-to"),
    ("it", "circa l'80 %", "percent", 80, "about"),
    ("fr", "jusqu'à 70 %", "percent", 70, "up-to"),
    ("en", "more than 8 in 10", "frequency", 8, "more-than"),
    ("en", "5 percentage points", "points", 5, None),
    ("es", "5 puntos porcentuales", "points", 5, None),
    ("fr", "5 points de pourcentage", "points", 5, None),
    ("de", "5 Prozentpunkte", "points", 5, None),
    ("it", "5 punti percentuali", "points", 5, None),
    ("pt", "5 pontos percentuais", "points", 5, None),
])
def test_effect_forms(six, lang, text, kind, value, hedge):
    found = read_numbers(text, six[lang])
    assert [(m.kind, m.value, m.hedge) for m in found] == [(kind, pytest.approx(value), hedge)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Take it twice a day in a double-blind trial."),
    ("es", "Dos veces al día, en un ensayo doble ciego."),
    ("de", "Zweimal täglich."),
    ("pt", "menos 40% de enfartes"),  # "fewer", not a negative figure
    ("en", "COVID-19 and ages 18-45."),
])
def test_no_multiple_or_minus_where_there_is_none(six, lang, text):
    found = read_numbers(text, six[lang])
    assert not [m for m in found if m.kind in ("fold", "multiple") or m.negative]
