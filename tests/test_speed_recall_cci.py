"""Shortcuts of the recall, group-cue and CCI readers give what the longer way gives: a
term's abbreviations found as written without a compiled alternation, the words pointing
back scanned once per sentence, a paragraph's denial of a cause read once per run, and a
word compared with a phrase's word only when their first letters agree."""

from __future__ import annotations

import dataclasses

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext
from plainsum_checks.cci import (
    _ATTRIBUTED,
    ASSOCIATION_PHRASES,
    Page,
    _attributes,
    _causes,
    pack_phrases,
    says_no_cause,
)
from plainsum_checks.claims import _vocab as claim_words
from plainsum_checks.context import BACK, Cue, _anaphora, _local, back_cues
from plainsum_checks.swaps import _says_written
from plainsum_checks.text import same_word

from .conftest import SEED_FACTS

# capitals and small letters of an abbreviation, a letter of another script, digits and
# the marks and spaces that stand beside one
ALPHABET = "EMSmsé1٣²-_.(), \n"


def _written_by_pattern(text: str, forms: frozenset[str]) -> bool:
    """The alternation of the forms, longest first, between no letters or numbers."""
    alternatives = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])"
                         ).search(text) is not None


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=16),
       st.frozensets(st.text(alphabet="EMSs", min_size=1, max_size=3), min_size=1, max_size=3))
@example("people with EM", frozenset({"EM"}))
@example("em 2020, EMs", frozenset({"EM"}))
@example("(EM)", frozenset({"EM", "E"}))
def test_an_abbreviation_as_written_is_found_where_the_alternation_finds_it(
        text: str, forms: frozenset[str]) -> None:
    assert _says_written(text, forms) == _written_by_pattern(text, forms)


def test_an_abbreviation_inside_a_word_or_in_another_case_is_not_the_term() -> None:
    assert _says_written("Pessoas com EM recidivante", frozenset({"EM"}))
    assert not _says_written("em 2020 as pessoas", frozenset({"EM"}))
    assert not _says_written("EMA e EM2", frozenset({"EM"}))
    assert _says_written("EMA e EM.", frozenset({"EM"}))


def _back_by_scan(text: str, spans: list[tuple[int, int]], pack: object) -> list[Cue]:
    pattern = _anaphora(tuple(getattr(pack, "anaphora", None) or ()))
    if pattern is None:
        return []
    return [Cue(hit.start(), hit.end(), BACK, generic=True) for a, b in spans
            for hit in pattern.finditer(text, a, b)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["these women", "Of them", "of them,", "dieser Gruppe",
                                 "de ellas", "In this group", "xthese women", "thesewomen",
                                 "davon", "ihnen", " ", ". ", "\n\n", "86 %", "x"]),
                max_size=10))
def test_words_pointing_back_are_found_sentence_by_sentence_as_in_the_text(
        parts: list[str]) -> None:
    from .corruption import registry

    text = "".join(parts)
    for code in ("en", "de", "es"):
        pack = registry().language(code)
        spans = pack.sentence_spans(text)
        # also spans that start right after a letter: the character before counts
        for chosen in (spans, [(max(0, a - 1), b) for a, b in spans],
                       [(a + 1, b) for a, b in spans if a + 1 < b]):
            assert back_cues(text, chosen, pack) == _back_by_scan(text, chosen, pack)
            assert back_cues(text, chosen, pack) == _back_by_scan(text, chosen, pack)


def test_a_sentence_after_a_letter_is_not_read_as_one_after_a_space() -> None:
    from .corruption import registry

    pack = registry().language("en")
    assert back_cues("Of them 5.", [(0, 10)], pack)  # remembered at the start of a text
    assert not back_cues("xOf them 5.", [(1, 11)], pack)  # "xOf" is no word "Of"
    assert back_cues(" Of them 5.", [(1, 11)], pack)


def test_forms_that_look_behind_themselves_are_scanned_in_the_text() -> None:
    assert _local(("these\\s+\\p{L}+", "(?:of|among)\\s+them"))
    assert not _local(("(?<=\\d )of them",))

    @dataclasses.dataclass
    class Pack:
        anaphora: tuple[str, ...]

    # the form looks two characters back, across the start of the second sentence
    pack = Pack(("(?<=\\. )of them",))
    text = "Yes. of them. Yes! of them."
    spans = [(0, 4), (5, 13), (14, 18), (19, 27)]
    assert back_cues(text, spans, pack) == _back_by_scan(text, spans, pack)
    assert [c.start for c in back_cues(text, spans, pack)] == [5]


def _says_no_cause_at_once(page: Page) -> bool:
    """The item as it read every paragraph of the page together, each time."""
    if any(page.echoes(b.text, p) for b in page.blocks
           for p in pack_phrases(page, ASSOCIATION_PHRASES)):
        return True
    vocab = claim_words(page.pack)
    negation, causing = vocab.negation, vocab.causing
    if negation is None or causing is None:
        return False
    return any(word.search(s) and negation.search(s)
               for word in (causing, _ATTRIBUTED)
               for b in page.blocks
               if (_causes(vocab, b.text) if word is causing else _attributes(b.text))
               for s in page.sentences(b))


def test_a_paragraph_that_denies_a_cause_says_so_in_every_text_that_holds_it() -> None:
    from .corruption import registry

    reg = registry()
    sheet = load_factsheet(SEED_FACTS, reg.known_terms())
    texts = {
        "en": ["We cannot tell whether the transplant caused this.\n\nMore next year.",
               "Title\n\nMore next year.\n\nWe cannot tell whether the transplant caused this.",
               "The transplant caused this.\n\nNo one knows more.",
               "The outcomes cannot be attributed to the transplant itself."],
        "de": ["Ob die Transplantation das bewirkt hat, lässt sich nicht sagen.\n\nMehr.",
               "Die Ergebnisse lassen sich nicht auf die Transplantation zurückführen.",
               "Die Transplantation hat das bewirkt.\n\nNiemand weiß mehr."],
    }
    for code, said in texts.items():
        lexicon = Lexicon(sheet, reg.language(code))  # one run: its pages share a memo
        for text in said * 2:
            for audience in (None, *reg.audiences.values()):
                page = Page(text, CheckContext(sheet, reg.language(code), audience, lexicon))
                assert says_no_cause(page) == _says_no_cause_at_once(page), (code, text)
    en = reg.language("en")
    lexicon = Lexicon(sheet, en)
    # a cause said, and a negation in another paragraph: no denial
    assert not says_no_cause(Page("The transplant caused this.\n\nNo one knows more.",
                                  CheckContext(sheet, en, None, lexicon)))
    assert says_no_cause(Page("Title\n\nWe cannot tell whether the transplant caused this.",
                              CheckContext(sheet, en, None, lexicon)))


WORD = st.text(alphabet="abcdeéinorst", max_size=9)
ENDING = st.sampled_from(["", "s", "es", "e", "en", "er", "a", "o", "os", "ed", "ing", "x"])


@settings(max_examples=800, deadline=None)
@given(WORD, ENDING, ENDING, st.sampled_from(["", "a", "t", "é"]))
@example("transplant", "", "s", "")
@example("instabil", "em", "er", "")
@example("tratad", "os", "as", "t")
def test_the_same_word_never_begins_with_another_letter(
        word: str, one: str, other: str, first: str) -> None:
    a = word + one
    b = (first + word[1:] if first else word) + other  # at times its first letter changed
    if same_word(a, b) and a != b:
        assert a[:1] == b[:1] and a[:4] == b[:4]
