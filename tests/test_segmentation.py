"""Sentence segmentation in the English and Spanish packs: credentials, decimals and
abbreviations stay inside their sentence; spans are clean, ordered and cover every word."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plainsum.language import WORD_RE
from plainsum.plugins import collect, get_plugin_manager

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_RELEASE = SHARED / "seeds" / "000_adb8e346c057b296.txt"


@pytest.fixture(scope="module")
def packs():
    return collect(get_plugin_manager()).languages


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("en", "said study author Matilde Inglese, M.D., Ph.D., of the University of Genoa. "
           "The study was small.",
     ["said study author Matilde Inglese, M.D., Ph.D., of the University of Genoa.",
      "The study was small."]),
    ("en", "The rate rose to 10.5 percent. It was 3.2 before.",
     ["The rate rose to 10.5 percent.", "It was 3.2 before."]),
    ("en", "Some drugs, e.g. steroids, help. Others, i.e. the rest, do not.",
     ["Some drugs, e.g. steroids, help.", "Others, i.e. the rest, do not."]),
    ("en", "Dr. Smith and Prof. Jones agreed. Results vs. placebo were clear.",
     ["Dr. Smith and Prof. Jones agreed.", "Results vs. placebo were clear."]),
    ("en", "See No. 5 in the list. Was it useful? The answer was no. Then we stopped.",
     ["See No. 5 in the list.", "Was it useful?", "The answer was no.", "Then we stopped."]),
    ("en", "Two had primary progressive MS. Researchers assessed them.",
     ["Two had primary progressive MS.", "Researchers assessed them."]),
    ("en", "It was published on Jan. 20, 2021, in the U.S. journal. It is free.",
     ["It was published on Jan. 20, 2021, in the U.S. journal.", "It is free."]),
    ("en", "“It works,” she said. “We are glad.” Then she left!",
     ["“It works,” she said.", "“We are glad.”", "Then she left!"]),
    ("en", "It took approx. three years. Title line\n\nNext paragraph",
     ["It took approx. three years.", "Title line", "Next paragraph"]),
    ("es", "Hay síntomas, p. ej. cansancio o dolor. La Dra. García lo explicó.",
     ["Hay síntomas, p. ej. cansancio o dolor.", "La Dra. García lo explicó."]),
    ("es", "El 10,5 % mejoró. El Sr. Pérez, etc. también. ¿Funciona? Sí.",
     ["El 10,5 % mejoró.", "El Sr. Pérez, etc. también.", "¿Funciona?", "Sí."]),
    ("es", "Participaron centros de EE. UU. y de Italia. ¿Empeoró? No. Luego siguió igual.",
     ["Participaron centros de EE. UU. y de Italia.", "¿Empeoró?", "No.",
      "Luego siguió igual."]),
    ("es", "Lo publicó la revista núm. 3 de la Academia. Fin.",
     ["Lo publicó la revista núm. 3 de la Academia.", "Fin."]),
])
def test_sentences(packs, code, text, expected):
    assert packs[code].sentences(text) == expected


def test_seed_credentials_stay_in_their_sentence(packs):
    if not SEED_RELEASE.is_file():
        pytest.skip("the shared seed release is not beside the checkout")
    text = SEED_RELEASE.read_text(encoding="utf-8")
    sentences = packs["en"].sentences(text)
    credited = [s for s in sentences if "Matilde Inglese, M.D., Ph.D., of the University" in s]
    assert len(credited) == 1
    assert credited[0].endswith("of the 好色先生.")
    assert any(s == "Their average age was 35." for s in sentences)


def test_spans_are_trimmed_offsets(packs):
    text = "  First one.   Second one?\n\n  Third  "
    spans = packs["en"].sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one?", "Third"]
    assert spans[0] == (2, 12)


# Tokens that stress the splitter: abbreviations, credentials, decimals, quotes, initials.
_TOKENS = ["word", "Word", "end.", "Dr.", "M.D.,", "Ph.D.", "10.5", "10,5", "p.", "ej.",
           "p. ej.", "e.g.", "no.", "No.", "5", "MS.", "U.S.", "J.", "why?", "yes!", "so…",
           "“Quote.”", "(aside.)", "¿Qué?", "etc.", "dra.", "x", "...", "’tis", "a.’b", "-",
           "100%", "71 %"]
_SEPARATORS = [" ", "  ", "\n", "\n\n", "", "\t", "\u00a0"]


@st.composite
def _texts(draw):
    tokens = draw(st.lists(st.sampled_from(_TOKENS), max_size=30))
    out = []
    for token in tokens:
        out.append(token)
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


def _check_spans(pack, text):
    spans = pack.sentence_spans(text)
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(text)
        chunk = text[start:end]
        assert chunk == chunk.strip()
        last_end = end
    for word in WORD_RE.finditer(text):
        inside = [s for s in spans if s[0] <= word.start() and word.end() <= s[1]]
        assert len(inside) == 1, (word.group(), spans)


@settings(max_examples=300, deadline=None)
@given(text=_texts())
def test_spans_never_overlap_and_cover_every_word(packs, text):
    for code in ("en", "es"):
        _check_spans(packs[code], text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("aZ1 .,!?…\n'’”)(¿-\u00a0")), max_size=60))
def test_spans_hold_on_any_text(packs, text):
    for code in ("en", "es"):
        _check_spans(packs[code], text)


def _spaced_abbreviations():
    packs = collect(get_plugin_manager()).languages
    return [(code, abbr) for code, pack in sorted(packs.items())
            for abbr in sorted(pack.abbreviations) if " " in abbr]


@pytest.mark.parametrize(("code", "abbr"), _spaced_abbreviations())
def test_an_abbreviation_with_spaces_never_ends_a_sentence(packs, code, abbr):
    """"p. ej.", "z. B.", "et al.": no dot of it ends a sentence, even before a capital."""
    text = f"Wir sahen {abbr} Neues hier. Ende."
    assert packs[code].sentences(text) == [f"Wir sahen {abbr} Neues hier.", "Ende."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["stem", "cell", "MS", "80 %", "people", "with", "and",
                                 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\n"]),
                min_size=200, max_size=2500))
def test_a_run_with_no_sentence_end_is_cut_into_bounded_spans(packs, words) -> None:
    """A list, a table or junk with no sentence end is no sentence: it is cut at a space
    before every MAX_SENTENCE characters (so reading a text sentence by sentence stays
    linear), each word whole in one span, and every word kept."""
    from plainsum.language import MAX_SENTENCE

    text = " ".join(words)
    spans = packs["en"].sentence_spans(text)
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert all(a2 >= b1 for (_, b1), (a2, _) in pairwise(spans))
    kept = [m.group() for a, b in spans for m in WORD_RE.finditer(text[a:b])]
    assert kept == WORD_RE.findall(text)


def test_real_sentences_are_never_cut(packs) -> None:
    """The longest sentences of real releases (legal boilerplate) stay whole."""
    from plainsum.language import MAX_SENTENCE

    sentence = "Risks include, " + ", ".join(["the outcome of trials"] * 60) + "."
    assert 1000 < len(sentence) < MAX_SENTENCE
    assert packs["en"].sentence_spans(sentence + " Next one.") == [
        (0, len(sentence)), (len(sentence) + 1, len(sentence) + 10)]
