"""Reading a text one sentence at a time, each distinct sentence once per run.

The texts a bundle checks repeat most of their sentences: the posts and summaries for the
four audiences share them. A reader whose findings in a sentence depend on that sentence
alone can read it once per run (the run's lexicon remembers it) and have its findings
placed in every text it stands in, shifted by where the sentence starts there.

That is the same as reading the sentence in its text only when the reader sees nothing
outside the sentence. Searched up to the sentence's end, a pattern sees nothing after it;
searched from the sentence's start, its lookbehind still sees the character before it.
The language packs trim sentences of white space, so a sentence starts at the start of
the text or right after white space, and a lookbehind that asks for no letter (or digit)
before a word finds the same there as at the start of a string. A sentence that starts
right after another character (a plugin pack's own splitting) is read in its text: see
:func:`alone`. Whether a reader sees no more than its sentence otherwise is its own
module's business, and ``tests/test_analysis_sentences.py`` checks it on varied texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from plainsum.outputs import Finding

from .text import RunMemo


def alone(text: str, start: int) -> bool:
    """Whether the sentence starting at ``start`` may be read without the text around
    it: nothing but white space (or nothing) stands right before it."""
    return start == 0 or text[start - 1].isspace()


def shift(finding: Finding, offset: int) -> Finding:
    """A finding on a sentence, placed in the text the sentence starts ``offset`` into."""
    if not offset or finding.span is None:
        return finding
    return replace(finding, span=(finding.span[0] + offset, finding.span[1] + offset))


def findings_per_sentence(text: str, spans: Iterable[tuple[int, int]], memo: RunMemo,
                          tag: str, read_alone: Callable[[str], Sequence[Finding]],
                          read_in_text: Callable[[int, int], Sequence[Finding]],
                          ) -> list[Finding]:
    """The findings of each sentence of ``text``, in order: ``read_alone(sentence)``,
    remembered per run under ``(tag, sentence)`` and shifted into place, or
    ``read_in_text(start, end)`` for a sentence :func:`alone` says is not."""
    out: list[Finding] = []
    for a, b in spans:
        if not alone(text, a):
            out += read_in_text(a, b)
            continue
        sentence = text[a:b]
        found = memo.remember((tag, sentence), lambda s=sentence: tuple(read_alone(s)))
        out += [shift(f, a) for f in found] if a else found
    return out
