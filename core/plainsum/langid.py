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


# A text given as one language but plainly in another: another pack's function words
# half as common again as the given one's (on our own outputs and faithful texts in six
# languages the nearest other language reaches at most four fifths of the text's own).
_PLAINLY = 1.5
_FEWEST_WORDS = 8


def plainly_other(text: str, lang: str, packs: Iterable[object]) -> str | None:
    """The installed language ``text`` is plainly in, when that is not ``lang``."""
    if len(WORD_RE.findall(text)) < _FEWEST_WORDS:
        return None
    found = scores(text, packs)
    base = lang.split("-")[0]
    own = max((v for code, v in found.items() if code.split("-")[0] == base), default=0.0)
    other = max((code for code in found if code.split("-")[0] != base),
                key=found.__getitem__, default=None)
    if other is None or found[other] < 0.1 or found[other] < _PLAINLY * own:
        return None
    return other
