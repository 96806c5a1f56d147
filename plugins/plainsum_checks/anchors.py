"""Skip a phrase pattern over a text that cannot hold it.

The claim phrases of a pack ("prevent(?:s|ed)?", "(?:can|will)\\s+lead\\s+to") are one
pattern each, run over every text checked; most texts hold none of them, and a pattern
that opens with a look-behind is tried at every place of the text. Each match of such a
pattern holds one of a few plain words ("prevent"; "lead"): when the text holds none of
them (a substring test, case folded), the pattern need not run. The words are read from
the pattern itself, so a pack's new phrase gets its own; a pattern they cannot be read
from (written in the ``regex`` module's own syntax, or with no word of three letters that
every match must hold) always runs.

The test is sound only if each character the ``regex`` module matches to a letter of a
word, ignoring case, folds as that letter does: so a word is used only after its letters
are checked against the module's own list of their cases (a letter of a newer Unicode
version than Python's, or the Turkish dotted and dotless i, which the module matches to
"i" and "I", would otherwise be missed).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

try:  # private parts of both modules: without them nothing is skipped, nothing changes
    from re import _constants as _c
    from re import _parser

    from regex import _regex, _regex_core

    _CASES = _regex_core.IGNORECASE | _regex_core.UNICODE
except ImportError:  # pragma: no cover
    _parser = None  # type: ignore[assignment]

SHORTEST = 3  # letters of the shortest anchor worth testing for
# syntax the standard parser would read otherwise than the ``regex`` module: POSIX and
# nested sets, fuzzy counts, branch resets, conditionals, named lists, version flags
_OTHER_SYNTAX = re.compile(r"\[\[|\[:|\{(?![\d,])|\(\?\||\(\?\(|\\L<|\(\?V|\(\?[a-zA-Z]*[rfwbe]")


def anchors(fragment: str, shortest: int = SHORTEST) -> frozenset[str] | None:
    """Words (folded) one of which every match of ``fragment`` holds, or None when no
    such words (of at least ``shortest`` characters) are known (the pattern must always
    run)."""
    if _parser is None or _OTHER_SYNTAX.search(fragment):
        return None
    try:
        parsed = _parser.parse(fragment, re.IGNORECASE)
    except Exception:  # the standard parser does not read it: never skip
        return None
    found = _required(list(parsed))
    if not found or min(map(len, found)) < shortest or not all(map(_folds_as_cased, found)):
        return None
    return frozenset(map(fold, found))


def any_of(fragments: list[str], shortest: int = SHORTEST) -> frozenset[str] | None:
    """Words one of which every match of the alternation of ``fragments`` holds."""
    found = [anchors(f, shortest) for f in fragments]
    if not found or any(words is None for words in found):
        return None
    return frozenset().union(*found)  # type: ignore[arg-type]


def fold(text: str) -> str:
    """Case folded, the dotted and dotless i as "i" (the regex module matches them so)."""
    if "İ" in text or "ı" in text:
        text = text.replace("İ", "i").replace("ı", "i")
    return text.casefold()


def _folds_as_cased(word: str) -> bool:
    """Whether every character the regex module takes for a letter of ``word``, ignoring
    case, folds as that letter does."""
    try:
        return all(fold(chr(other)) == fold(ch) for ch in set(word)
                   for other in _regex.get_all_cases(_CASES, ord(ch)))
    except Exception:  # pragma: no cover - another version of the module
        return False


def _score(words: frozenset[str]) -> tuple[int, int]:
    return min(map(len, words)), -len(words)


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set of words one of which a match of the sequence ``items`` holds."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _score(found) > _score(best)):
            best = found

    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is _c.SUBPATTERN:
            consider(_required(list(av[3])))
        elif op is _c.ATOMIC_GROUP:
            consider(_required(list(av)))
        elif op is _c.BRANCH:
            alternatives = [_required(list(p)) for p in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(list(av[2])))
        # a class, a look-around, an anchor or a group reference requires no word
    if run:
        consider(frozenset({"".join(run)}))
    return best


@functools.lru_cache(maxsize=8)
def folded(text: str) -> str:
    """``text`` folded, once for all the patterns run over it."""
    return fold(text)


class Anchored:
    """A compiled pattern with the words one of which each of its matches holds."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: Any, fragment: str | None,
                 words: frozenset[str] | None = None):
        """``fragment``: the pattern's phrase, its words read from it; or, without one,
        the ``words`` already read (None: the pattern always runs)."""
        self.pattern = pattern
        self.words = anchors(fragment) if fragment is not None else words

    def may_match(self, text: str) -> bool:
        words = self.words
        if words is None:
            return True
        return any(map(folded(text).__contains__, words))  # (no generator: asked often)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        end = len(text) if endpos is None else endpos
        if self.words is not None:
            # a sentence of a text: its own words decide (the whole text's, once folded)
            low = folded(text) if (pos, end) == (0, len(text)) else fold(text[pos:end])
            if not any(map(low.__contains__, self.words)):
                return iter(())
        return self.pattern.finditer(text, pos, end)
