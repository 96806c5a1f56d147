"""A frequency whose denominator is a scale word said alone: "seven in every hundred",
"four out of a hundred", "one in a thousand". Where a language says 100 as its word for
one and a scale word ("one hundred"), the scale word alone, right after a frequency word
(and an article), is the denominator; anywhere else it is no number of its own ("a few
hundred patients", "once in a hundred years"), as before.
"""

from __future__ import annotations

import pytest
from plainsum_checks.numbers import read_numbers

from tests.corruption import alarms_in, said

from .conftest import registry_with

SHEET = "chlorhexidine-csection-2016"


@pytest.fixture(scope="module")
def english():
    return registry_with(["en"]).languages["en"]


@pytest.mark.parametrize("text, said_as, value, second", [
    ("About seven in every hundred women got an infection.", "seven in every hundred", 7, 100),
    ("Four out of a hundred women got one.", "Four out of a hundred", 4, 100),
    ("It happens to one in a thousand.", "one in a thousand", 1, 1000),
    ("It happens to about 1 in every thousand.", "1 in every thousand", 1, 1000),
    ("Seven of a hundred had it.", "Seven of a hundred", 7, 100),
])
def test_a_scale_word_alone_after_a_frequency_word_is_its_denominator(
        english, text, said_as, value, second):
    found = [m for m in read_numbers(text, english) if m.kind == "frequency"]
    assert [(m.text, m.value, m.second) for m in found] == [(said_as, value, second)]


@pytest.mark.parametrize("text", [
    "A few hundred patients took part.",
    "It happens once in a hundred years.",
    "In every hundred, some were hurt.",
])
def test_a_scale_word_alone_elsewhere_is_no_number(english, text):
    assert not [m for m in read_numbers(text, english) if m.value in (100, 1000)], \
        read_numbers(text, english)


def test_a_scale_word_that_goes_on_is_another_number(english):
    # "a hundred and twenty" is 120, which the tables do not read: no frequency of 100
    found = read_numbers("Seven in a hundred and twenty had it.", english)
    assert not [m for m in found if m.kind == "frequency"], found


def test_the_figures_of_one_and_a_scale_word_are_unchanged(english):
    assert [(m.kind, m.value, m.second) for m in read_numbers(
        "Seven out of one hundred and 7 in every 100.", english)] == [
        ("frequency", 7, 100), ("frequency", 7, 100)]


@pytest.mark.parametrize("faithful, wrong, words", [
    ("In the iodine group, about seven in every hundred women got a wound infection.",
     "In the iodine group, about nine in every hundred women got a wound infection.",
     "nine in every hundred"),
    ("With chlorhexidine, four out of a hundred women got a wound infection; with iodine, "
     "seven out of a hundred.",
     "With chlorhexidine, four out of a hundred women got a wound infection; with iodine, "
     "nine out of a hundred.", "nine out of a hundred"),
])
def test_a_share_said_per_hundred_in_words_is_checked(faithful, wrong, words):
    assert not alarms_in(SHEET, "en", faithful), said(alarms_in(SHEET, "en", faithful))
    found = alarms_in(SHEET, "en", wrong)
    a = wrong.index(words)
    assert any(f.rule == "unsupported-number" and f.span and f.span[0] < a + len(words)
               and a < f.span[1] for f in found), said(found)
