"""What a run remembers of each sentence changes no reading of a text.

The checker reads much of a text sentence by sentence, each distinct sentence once per
run (the run's lexicon remembers it: the numbers, names, directions and group cues of a
sentence, the words the quotes are sought in, the polarity step's findings:
:mod:`plainsum_checks.sentences`), and places what it found wherever the sentence
stands in the text. Every part of a text's analysis
must come out the same as in a run that has seen nothing else: on the suite's texts as
they are, and on texts made of their sentences in any order, joined by any white space,
read one after another in one run (a sentence met again comes from the run's memory).
A reader switched to per-sentence reading is also checked against reading its sentences
in place (:data:`READERS`)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest
from plainsum.analysis import Part
from plainsum.lexicon import Lexicon
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from tests import corruption as C


def _polarity_in_text(text: str, context: CheckContext) -> list[Finding]:
    """The polarity step as it read a text before: each sentence where it stands."""
    from plainsum_checks.directions import _words
    from plainsum_checks.polarity import _in_sentence, _lack, _statements

    statements = _statements(context)
    if not statements:
        return []
    negation, lack = _words(context.pack).negation, _lack(context.lexicon.lang)
    return [f for a, b in context.pack.sentence_spans(text)
            for f in _in_sentence(text, a, b, statements, negation, lack, context.lexicon)]


def _polarity(text: str, context: CheckContext) -> list[Finding]:
    from plainsum_checks.polarity import polarity

    return polarity(text, context)


def _quotes_in_text(text: str, context: CheckContext) -> list[tuple[int, int]]:
    """Where the sheet's quotes stand, read as before: the words of all the text's
    sentences in one list, each with its place."""
    from plainsum.factsheet.model import local_text
    from plainsum_checks.directions import _heads
    from plainsum_checks.text import tokens

    quotes = [[t.norm for t in tokens(local_text(q.text, context.lexicon.lang) or "")]
              for q in context.factsheet.quotes.values()]
    places = [(t.norm, t.start + a, t.end + a) for a, b in context.pack.sentence_spans(text)
              for t in tokens(text[a:b])]
    norms = [norm for norm, _, _ in places]
    found = []
    for words in (w for w in quotes if len(w) >= 4):
        for i in _heads(norms, words[:4]):
            same = sum(x == y for x, y in zip(norms[i:i + len(words)], words, strict=False))
            if same >= 0.8 * len(words):
                found.append((places[i][1], places[min(i + len(words), len(norms)) - 1][2]))
    return found


def _quotes(text: str, context: CheckContext) -> list[tuple[int, int]]:
    from plainsum_checks.directions import quote_spans

    return quote_spans(text, context.pack.sentence_spans(text), context.factsheet,
                       context.lexicon.lang, context.lexicon)


# reader -> (as it reads now, sentence by sentence; as it read before, in the text)
READERS: dict[str, tuple[Callable[[str, CheckContext], list[Any]],
                         Callable[[str, CheckContext], list[Any]]]] = {
    "polarity": (_polarity, _polarity_in_text),
    "quotes": (_quotes, _quotes_in_text),
}


@functools.cache
def _texts() -> dict[tuple[str, str], tuple[str, ...]]:
    """The hand-written texts of the new kinds' suite (and their seeded corruptions) and
    the paraphrases, by sheet and language: texts nobody wrote for this reader."""
    out: dict[tuple[str, str], list[str]] = {}
    for source in C.effect_texts(""):
        texts = out.setdefault((source.sheet, source.lang), [])
        texts += [source.text, *(c.text for c in C.effect_corruptions(source))]
    for source in C.paraphrases():
        out.setdefault((source.sheet, source.lang), []).append(source.text)
    return {key: tuple(texts) for key, texts in out.items()}


def _fresh(sheet: str, lang: str) -> CheckContext:
    """The context of a run that has read nothing yet."""
    sheet_ = C.sheet(sheet)
    pack = C.registry().language(lang)
    return CheckContext(sheet_, pack, None, Lexicon(sheet_, pack))


# one run per sheet and language whose memory lasts the whole test
_context = functools.cache(_fresh)


@pytest.mark.parametrize("reader", sorted(READERS))
def test_per_sentence_reading_is_the_text_reading(reader: str) -> None:
    now, before = READERS[reader]
    found = 0
    for (sheet, lang), texts in sorted(_texts().items()):
        for text in texts:
            expected = before(text, _fresh(sheet, lang))
            assert now(text, _context(sheet, lang)) == expected, (reader, sheet, lang, text)
            found += len(expected)
    assert found, f"{reader} finds nothing in the suite's texts: this test would show nothing"


def _parts(text: str, context: CheckContext) -> dict[str, Any]:
    """Every part of the built-in checks' analysis of ``text`` in ``context``'s run."""
    from plainsum.analysis import analyse
    from plainsum_checks import analysis as parts

    analysis = analyse(text, context)
    return {name: analysis[part] for name, part in vars(parts).items()
            if isinstance(part, Part)}


def _sentences_of(group: tuple[str, str]) -> list[str]:
    context = _context(*group)
    return [text[a:b] for text in _texts()[group] for a, b in context.pack.sentence_spans(text)]


def _joined(data: Any, sentences: list[str]) -> str:
    from hypothesis import strategies as st

    chosen = data.draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=8))
    gaps = data.draw(st.lists(st.sampled_from([" ", "\n", "\n\n", "  ", " \n"]),
                              min_size=len(chosen), max_size=len(chosen)))
    return "".join(s + g for s, g in zip(chosen, gaps, strict=True))


def test_a_runs_memory_changes_no_part_of_an_analysis() -> None:
    """Each part read in a run that has read many texts of the same sentences equals the
    part read in a fresh run."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    groups = sorted(_texts())

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(groups), st.data())
    def check(group: tuple[str, str], data: Any) -> None:
        text = _joined(data, _sentences_of(group))
        assert _parts(text, _context(*group)) == _parts(text, _fresh(*group))

    check()


def test_per_sentence_reading_of_shuffled_sentences() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    groups = sorted(_texts())

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(sorted(READERS)), st.sampled_from(groups), st.data())
    def check(reader: str, group: tuple[str, str], data: Any) -> None:
        text = _joined(data, _sentences_of(group))
        now, before = READERS[reader]
        assert now(text, _context(*group)) == before(text, _fresh(*group))

    check()
