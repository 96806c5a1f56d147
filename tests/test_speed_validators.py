"""Shortcuts of the names, limitations, look-alike and CCI readers give what the longer way
gives: a prefix's tokens taken from the whole text's, a limitation's folding and shared
subject tested without splitting, letters in common counted per letter, and the tables
that say at which words a name or a term can start."""

from __future__ import annotations

import functools
import itertools
from difflib import SequenceMatcher
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from plainsum_checks.cci_page import tiled_tokens
from plainsum_checks.cci_terms import _abbreviation_pattern, _first_abbreviation, _prefix_tokens
from plainsum_checks.limitations import _SPACE, _flat, shares_subject
from plainsum_checks.names import _HeadIn, _ratio_bound
from plainsum_checks.recall_lookalikes import _letters_in_common
from plainsum_checks.text import tokens

# letters, marks, digits, apostrophes (elisions), hyphens, dots and the white space the
# readers treat alike or apart (no-break spaces, line breaks, the separators \x1c-\x1f)
ALPHABET = "abé\u0301ß1'’-. \n\t\u00a0\u202f\x1c\x1f"
TEXTS = st.text(alphabet=ALPHABET, max_size=40)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_prefix_cut_at_white_space_has_the_whole_texts_first_tokens(text: str) -> None:
    toks = tokens(text)
    for cut in range(len(text) + 1):
        found = _prefix_tokens(text, toks, cut)
        if cut < len(text) and not text[cut].isspace():
            assert found is None
        else:
            assert found == tokens(text[:cut])


def test_a_prefix_cut_inside_a_word_or_an_elision_is_not_taken() -> None:
    text = "l'étude dell'ospedale va"
    toks = tokens(text)
    assert _prefix_tokens(text, toks, 1) is None  # "l" before "'étude"
    assert _prefix_tokens(text, toks, 3) is None  # inside "étude"
    assert _prefix_tokens(text, toks, 7) == tokens(text[:7])


def _flat_by_pattern(text: str) -> str:
    return _SPACE.sub(" ", text.replace("’", "'")).casefold().strip()


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_limitation_text_folds_as_the_pattern_folds_it(text: str) -> None:
    assert _flat(text) == _flat_by_pattern(text)


def _shares_subject_in_full(sentence: str, wording: str) -> bool:
    """The test as it reads every sentence: split first, then compare the first words."""
    from plainsum_checks.limitations import _ELIDED, SUBJECT_WORDS

    a, b = wording.split(), sentence.rstrip(".!? ").split()
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    for k in range(1, same + 1):
        if sum(1 + len(_ELIDED.findall(word)) for word in a[:k]) < SUBJECT_WORDS:
            continue
        rest = a[k:]
        if len(rest) >= SUBJECT_WORDS and f" {' '.join(rest)} " in f" {' '.join(b[k:])} ":
            return True
    return False


WORDS = st.sampled_from(["the", "study", "was", "small", "l'étude", "était", "and", "did",
                         "not", "include", "a", "control", "group", "."])


@settings(max_examples=600, deadline=None)
@given(st.lists(WORDS, max_size=9), st.lists(WORDS, max_size=6),
       st.sampled_from(["", " ", "  ", "\n"]))
def test_a_shared_subject_is_found_as_the_full_test_finds_it(
        sentence: list[str], wording: list[str], lead: str) -> None:
    s, w = lead + " ".join(sentence), " ".join(wording)
    assert shares_subject(s, w) == _shares_subject_in_full(s, w)


def test_a_clause_of_the_same_subject_says_the_limitation() -> None:
    wording = "the study did not include a control group"
    assert shares_subject("the study was retrospective and did not include a control group.",
                          wording)
    assert not shares_subject("a study did not include a control group", wording)


def _in_common(a: str, b: str) -> int:
    """Letters of ``a`` paired each with its own equal letter of ``b``, one at a time."""
    rest, n = list(b), 0
    for ch in a:
        if ch in rest:
            rest.remove(ch)
            n += 1
    return n


LETTERS = st.text(alphabet="aeilnorstéß", max_size=12)


@settings(max_examples=600, deadline=None)
@given(LETTERS, LETTERS)
def test_letters_in_common_are_counted_as_pairs(a: str, b: str) -> None:
    assert _letters_in_common(a, b) == _in_common(a, b) == _letters_in_common(b, a)


@settings(max_examples=600, deadline=None)
@given(LETTERS.filter(bool), LETTERS.filter(bool))
def test_the_ratio_bound_bounds_difflib_and_counts_shared_letters(a: str, b: str) -> None:
    bound = _ratio_bound(a, b)
    assert bound == 2 * _in_common(a, b) / (len(a) + len(b))
    assert SequenceMatcher(None, a, b).ratio() <= bound + 1e-12


def test_a_word_can_start_a_form_by_its_first_letters() -> None:
    heads = _HeadIn({"tran": 1, "cell": 2}, 4)
    assert heads["transplant"] and heads["cells"]
    assert not heads["tra"] and not heads["stem"]
    two = _HeadIn({"ste": 1}, 3, {"kais": 1}, 4)
    assert two["stem"] and two["kaiserschnitt"] and not two["kai"] and not two["cell"]
    assert not _HeadIn({"ste": 1}, 3, {}, 4)["kaiserschnitt"]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.lists(st.integers(0, 40), max_size=8))
def test_a_texts_tokens_from_its_pieces_are_its_tokens(text: str, cuts: list[int]) -> None:
    # pieces of any kind: cut inside words, trimmed or not, with text left out
    points = sorted({min(c, len(text)) for c in cuts})
    spans = list(itertools.pairwise(points))
    assert tiled_tokens(text, spans) == tokens(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1'’. \n!?\u00a0", max_size=60))
def test_a_texts_tokens_from_its_sentences_are_its_tokens(text: str) -> None:
    spans = plugins_().language("en").sentence_spans(text)
    assert tiled_tokens(text, spans) == tokens(text)


@functools.cache
def plugins_() -> Any:
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="MSaHCTms x_-.1é", max_size=40), st.integers(0, 40),
       st.lists(st.sampled_from(["MS", "aHSCT", "HSCT", "SM", "x"]), min_size=1, max_size=3))
@example("xMS MS", 0, ["MS"])  # a word character right before the first copy
@example("aHSCT HSCT", 1, ["HSCT", "MS"])  # the search starts inside a longer word
def test_the_first_abbreviation_is_the_one_the_pattern_finds_from_the_start(
        text: str, after: int, forms: list[str]) -> None:
    pattern = _abbreviation_pattern(tuple(sorted(forms, key=len, reverse=True)))
    m = pattern.search(text, after)
    assert _first_abbreviation(text, forms, after) == ((m.start(), m.group()) if m else None)


def test_a_limitations_wordings_are_kept_per_limitation_not_per_id() -> None:
    from plainsum.caveats import forms
    from plainsum.factsheet.model import Label, Limitation
    from plainsum_checks.limitations import _lim_wordings, _wordings

    first = Limitation("lim", Label({"en": {"plain": "The study was small."}}))
    second = Limitation("lim", Label({"en": {"plain": "No control group was used."}}))
    for lim in (first, second, first):
        assert _lim_wordings(lim, "en") == _wordings(tuple(forms(lim, "en")))
    assert _lim_wordings(first, "en") != _lim_wordings(second, "en")
