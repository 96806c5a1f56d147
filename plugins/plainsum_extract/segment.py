"""Stage 1, segment: cut the repaired release into what the later stages read.

Sentences with their offsets, the body (sentences outside the boilerplate that
:mod:`.repair` marked: "About <hospital>", contact lines, distribution lines), the lines
of the header (title and dateline candidates) and the spans of quotations.
"""

from __future__ import annotations

import re

from .state import State
from .text import sentences

_QUOTE = re.compile(r"“([^”\n]{12,}?)”|(?<![\w])\"([^\"\n]{12,}?)\"")


def segment(st: State) -> None:
    """Fill ``all_sentences``, ``body`` and ``quote_spans`` of the state."""
    st.all_sentences = sentences(st.text)
    st.body = [s for s in st.all_sentences if not st.boilerplate.holds(s.start)]
    st.quote_spans = [(m.start(), m.end()) for m in quotations(st.text)]


def quotations(text: str) -> list[re.Match[str]]:
    """Quoted spans of at least 12 characters within one line ("..." or “...”), in order;
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
