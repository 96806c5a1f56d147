"""Stage 1, segment: cut the repaired release into what the later stages read.

Sentences with their offsets, the body (sentences outside the boilerplate that
:mod:`.repair` marked: "About <hospital>", contact lines, distribution lines), the lines
of the header (title and dateline candidates) and the spans of quotations.
"""

from __future__ import annotations

import re

from .state import State
from .text import Sentence, bounded, sentences

# a quotation stays inside one paragraph: a line break inside a sentence (a hard wrap) may
# fall in it, one after a sentence's end may not (each line a paragraph)
_QUOTE = re.compile(r"“((?:[^”\n]|(?<![.!?])\n(?![ \t]*\n)){12,3000}?)”"
                    r"|(?<![\w])\"((?:[^\"\n]|(?<![.!?])\n(?![ \t]*\n)){12,3000}?)\"")


def segment(st: State) -> None:
    """Fill ``all_sentences``, ``body`` and ``quote_spans`` of the state."""
    st.all_sentences = bounded(st.text, join_wrapped(st.text, sentences(st.text)))
    st.body = [s for s in st.all_sentences if not st.boilerplate.holds(s.start)]
    st.quote_spans = [(m.start(), m.end()) for m in quotations(st.text)]


# A hard-wrapped release breaks its lines inside sentences. A line break goes on the
# sentence when the line does not end one and the next line plainly continues it: it starts
# in lower case, or the line ends on a comma or a word that cannot end a sentence. A
# heading, a list item or a dateline ends without such a word, and the next one starts
# with a capital, a bullet or a digit, so they stay apart.
_GOES_ON = re.compile(
    r"(?i)(?:[,;]|\b(?:the|a|an|of|and|or|but|in|to|with|for|by|at|on|from|than|as|that|"
    r"which|who|whose|were|was|is|are|had|has|have|be|been|its|their|his|her|this|these|"
    r"those|into|among|between|after|before|about|per|not|nor|more|less|most))$")
_ENDS = re.compile(r"[.!?:][\"”’)\]]*$")


def join_wrapped(text: str, found: list[Sentence]) -> list[Sentence]:
    """The sentences with those cut at a hard line wrap joined again (see :data:`_GOES_ON`);
    the joined sentence keeps the line break, so every offset still points into ``text``."""
    out: list[Sentence] = []
    for s in found:
        if out and _wrapped(text, out[-1], s):
            prev = out.pop()
            s = Sentence(prev.start, s.end, text[prev.start:s.end])
        out.append(s)
    return out


def _wrapped(text: str, prev: Sentence, nxt: Sentence) -> bool:
    gap = text[prev.end:nxt.start]
    if gap.count("\n") != 1 or gap.strip() or _ENDS.search(prev.text):
        return False
    line = prev.text.rsplit("\n", 1)[-1].rstrip()
    if re.match(r"\s*(?:[-*•·–]|\d+[.)])\s", line) and not re.match(r"[a-z]", nxt.text):
        return False  # a list item, then the next item
    return bool(re.match(r"[a-z]", nxt.text) or _GOES_ON.search(line))


def quotations(text: str) -> list[re.Match[str]]:
    """Quoted spans of at least 12 characters within one paragraph ("..." or “...”), in order;
    group 1 or 2 is the quoted text."""
    return list(_QUOTE.finditer(text))


def blocks(text: str) -> list[tuple[int, str]]:
    """The non-empty lines of ``text``, stripped, each with the offset of its first
    character: the header (title, dateline, embargo) is read line by line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out
