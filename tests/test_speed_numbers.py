"""The number reader's shortcuts find what its plain scans find (bench/bundle.py).

A pattern of number words (hedges, multiples, fractions, glued multiples) runs only over a
sentence that holds one of its anchor words; an ASCII sentence's month names are found
with ``str.find`` instead of a scan of every word start. Both must change nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plainsum_checks import numbers
from plainsum_checks.anchors import Anchored
from plainsum_checks.text import _fold

LANGS = ("en", "es", "fr", "de", "it", "pt")
# pieces the texts are made of: month names and look-alikes, number and hedge words,
# digits, marks and spaces
PIECES = ["jan", "Jan", "JUNE", "mar", "March", "mayo", "Mai", "dec", "Dec.", "december",
          "septembre", "sept", "oct", "nov", "novel", "primary", "agosto", "aug", "feb",
          "about", "over", "some", "half", "double", "twice", "third", "fold", "mal",
          "fach", "environ", "circa", "etwa", "cerca de", "mitad", "metà", "moitié",
          "x", "a", "1", "12", "2021", "3-", "-", "~", "≈", ">", " ", " ", "\n", ".",
          ",", "(", "'", "é", "Ü"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def _plain_heads(dates: numbers._DateReader, text: str, size: int) -> list[int]:
    return [m.start() for m in numbers._WORD_START.finditer(text, overlapped=True)
            if _fold(m.group())[:size] in dates.heads]


@pytest.fixture(scope="module")
def readers():
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    return {code: numbers.reader(registry.language(code)) for code in LANGS}


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_ascii_month_heads_are_those_of_the_word_scan(readers, text: str) -> None:
    text = text.encode("ascii", "ignore").decode()
    for reader in readers.values():
        dates = reader.dates
        size = len(next(iter(dates.heads)))
        assert dates._ascii_heads(text, size) == _plain_heads(dates, text, size), text


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_anchored_word_patterns_find_what_the_patterns_find(readers, text: str) -> None:
    for code, reader in readers.items():
        effects = reader.effects
        for pattern in (effects.hedges, effects.multiples, effects.fractions,
                        effects.ratio_names, effects.glued):
            if isinstance(pattern, Anchored):
                assert [h.span() for h in pattern.finditer(text)] == [
                    h.span() for h in pattern.pattern.finditer(text)], (code, text)


def test_the_word_patterns_are_anchored(readers) -> None:
    """Each language's hedges, multiples and fractions have anchor words: the shortcut
    is taken (a symbol such as "~" or ">" is an anchor of its own)."""
    for code, reader in readers.items():
        effects = reader.effects
        for name in ("hedges", "multiples", "fractions"):
            pattern = getattr(effects, name)
            assert isinstance(pattern, Anchored) and pattern.words, (code, name)


def test_an_ascii_date_reads_as_before(readers) -> None:
    en = readers["en"]
    found = [m for m in en.read("The trial ran from 3 March 2019 to Dec. 2021; may 2020 no.")
             if m.kind == "date"]
    assert [(m.text, m.date) for m in found] == [("3 March 2019", (2019, 3, 3)),
                                                 ("Dec. 2021", (2021, 12, None))]


def test_a_text_is_read_sentence_by_sentence_as_a_whole_reading(readers) -> None:
    """Each sentence read alone (with its line's start known) gives the whole text's
    mentions, in their places; a text of no sentence has none."""
    from plainsum.lexicon import Lexicon

    en = readers["en"]
    text = ("1. About 71 out of 100 did not get worse.\n2. After 10 years, 3 in 4 did.  "
            "Half had it on 3 March 2019; 12% more than before.\n\nStep 3: done.")
    memo = Lexicon.__new__(Lexicon)
    memo.memo = {}
    got = numbers.read_numbers(text, en.pack, memo)
    assert got == numbers.read_numbers(text, en.pack)
    assert [(m.text, m.kind) for m in got if m.kind != "marker"][:3] == [
        ("71 out of 100", "frequency"), ("10 years", "duration"), ("3 in 4", "frequency")]
    assert all(text[m.start:m.end] == m.text for m in got)
    assert numbers.read_numbers("", en.pack, memo) == []
    assert numbers.read_numbers("  \n ", en.pack) == []
