"""A reviewed quote cut out of a text, as a pattern would, without compiling one.

Readability and the Clear Communication Index score a text without the sheet's verbatim
quotes (the speaker's own words may not be simplified). Each quote of a new sheet was a
pattern of its own, ``[«“"„‘']?word\\s+word…[.,]?[»”"“’']?``, and compiling those costs
more than cutting them out of every text of the bundle (about 9 ms of a sheet's
six-language bundle). :func:`cut` removes what ``pattern.sub("", text)`` would: the
leftmost match first, an opening mark taken when one stands right before the words, any
run of white space between the words, then a full stop or comma and a closing mark.
"""

from __future__ import annotations

OPENERS = "«“\"„‘'"
CLOSERS = "»”\"“’'"


def cut(text: str, words: list[str]) -> str:
    """``text`` without every non-overlapping, leftmost occurrence of the quote ``words``
    (its words in order, separated by white space of any length)."""
    if not words or not words[0]:
        raise ValueError("a quote has words")
    first = words[0]
    out: list[str] = []
    pos = 0  # where the next match may start
    kept = 0  # the text before this is in ``out``
    size = len(text)
    while True:
        found = _next(text, words, first, pos, size)
        if found is None:
            break
        start, end = found
        out.append(text[kept:start])
        kept = pos = end
    if not out:
        return text
    out.append(text[kept:])
    return "".join(out)


def _next(text: str, words: list[str], first: str, pos: int, size: int
          ) -> tuple[int, int] | None:
    """The leftmost match at or after ``pos``. A match starts at an occurrence of the
    first word or at the mark right before one; at each start, as the pattern's greedy
    optional mark does, the mark is tried first, then the words right there."""
    tried = pos - 1  # the starts up to here are tried
    q = text.find(first, pos)
    while q >= 0:
        for start in (q - 1, q):
            if start <= tried:
                continue
            tried = start
            if text[start] in OPENERS:
                end = _body(text, words, start + 1, size)
                if end is not None:
                    return start, _tail(text, end, size)
            end = _body(text, words, start, size)
            if end is not None:
                return start, _tail(text, end, size)
        q = text.find(first, q + 1)
    return None


def _body(text: str, words: list[str], at: int, size: int) -> int | None:
    """Where the words end when they stand at ``at``, else None."""
    if not text.startswith(words[0], at):
        return None
    end = at + len(words[0])
    for word in words[1:]:
        gap = end
        while gap < size and text[gap].isspace():
            gap += 1
        if gap == end or not text.startswith(word, gap):
            return None
        end = gap + len(word)
    return end


def _tail(text: str, end: int, size: int) -> int:
    """After the words: a full stop or comma, then a closing mark, each if there."""
    if end < size and text[end] in ".,":
        end += 1
    if end < size and text[end] in CLOSERS:
        end += 1
    return end
