"""Which installed language a text is in, from each pack's most common function words.

Enough to tell the installed packs apart on a paragraph; no model, nothing downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import PlainsumError
from .language import WORD_RE


def scores(text: str, packs: Iterable[object]) -> dict[str, float]:
    words = [w.lower() for w in WORD_RE.findall(text)]
    out: dict[str, float] = {}
    for pack in packs:
        common = getattr(pack, "stopwords", frozenset())
        if words and common:
            out[pack.code] = sum(w in common for w in words) / len(words)  # type: ignore[attr-defined]
    return out


def identify(text: str, packs: Iterable[object]) -> str:
    """The code of the installed language whose function words the text uses most."""
    found = scores(text, packs)
    if not found or max(found.values()) == 0:
        raise PlainsumError("cannot tell the text's language; give it with --lang")
    return max(found, key=found.__getitem__)
