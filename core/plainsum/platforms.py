"""Social platforms and how each one counts the length of a post.

X counts a weighted length (twitter-text v3): code points in the Latin, punctuation and
general ranges weigh 1, everything else (CJK, emoji) weighs 2, and every URL weighs 23.
Bluesky counts graphemes; Mastodon counts characters with URLs as 23; Threads and LinkedIn
count characters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

URL_RE = regex.compile(r"https?://[^\s]+|www\.[^\s]+")
EMOJI_RE = regex.compile(r"\p{Extended_Pictographic}")
_GRAPHEME = regex.compile(r"\X")  # what a reader sees as one character
# twitter-text v3 ranges that weigh 1 (the rest weigh 2)
_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


# a code point that weighs 2 (or may be part of an emoji sequence)
_HEAVY = regex.compile("[^" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _LIGHT) + "]")


# a code point that weighs 2 or is an emoji: one search where there are none (most posts)
_HEAVY_OR_EMOJI = regex.compile(f"{_HEAVY.pattern}|{EMOJI_RE.pattern}")


def _without_urls(text: str) -> tuple[str, int]:
    """``text`` with its URLs left out, and how many there were (one search; none where
    neither "http" nor "www." stands, which every URL begins with)."""
    if "http" not in text and "www." not in text:
        return text, 0
    parts = URL_RE.split(text)  # no groups: the text between the URLs
    return "".join(parts), len(parts) - 1


def _x_weight(text: str) -> int:
    rest, urls = _without_urls(text)
    total = 23 * urls
    # ASCII holds no code point that weighs 2 and no emoji
    if rest.isascii() or _HEAVY_OR_EMOJI.search(rest) is None:
        return total + len(rest)  # every code point weighs 1 (most posts)
    for cluster in _GRAPHEME.findall(rest):
        if EMOJI_RE.search(cluster):
            total += 2  # an emoji sequence, however many code points, weighs 2
            continue
        for ch in cluster:
            code = ord(ch)
            total += 1 if any(lo <= code <= hi for lo, hi in _LIGHT) else 2
    return total


def _graphemes(text: str) -> int:
    return len(_GRAPHEME.findall(text))


# counts never above the number of code points: a grapheme holds at least one
_AT_MOST_CHARACTERS = frozenset({len, _graphemes})


def _chars_urls_23(text: str) -> int:
    rest, urls = _without_urls(text)
    return len(rest) + 23 * urls


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    limit: int
    rule: str
    count: Callable[[str], int]

    def fits(self, text: str) -> bool:
        # a count that is never more than the characters needs no counting when they fit
        # (a post is fitted by trying sentence after sentence: hundreds of counts a bundle)
        if len(text) <= self.limit and self.count in _AT_MOST_CHARACTERS:
            return True
        return self.count(text) <= self.limit


PLATFORMS: dict[str, Platform] = {p.id: p for p in (
    Platform("x", "X", 280, "weighted length, URLs 23, CJK and emoji 2", _x_weight),
    Platform("bluesky", "Bluesky", 300, "graphemes", _graphemes),
    Platform("mastodon", "Mastodon", 500, "characters, URLs 23", _chars_urls_23),
    Platform("threads", "Threads", 500, "characters", len),
    Platform("linkedin", "LinkedIn", 3000, "characters", len),
)}
