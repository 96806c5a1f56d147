"""Spanish syllables by rule: one per vowel nucleus, with the orthographic diphthong rules.

Hyphenation dictionaries (pyphen) mark where a word may break at a line end, not where its
syllables are, and miss hiatus ("aéreo" has four). Spanish spelling says enough to count:

- a, e, o (and any accented vowel, í and ú included) are strong; i, u, ü and a final y are
  weak. Two strong vowels side by side are two syllables (hiatus: a-é-re-o, pa-ís); a weak
  vowel beside any vowel joins it (diphthong or triphthong: ciu-dad, buey).
- the u of "que, qui, gue, gui" is silent; ü is spoken (pin-güi-no).
- h is silent and does not break a diphthong (ahu-mar); y before a vowel is a consonant
  (po-yé), otherwise a weak vowel (hoy, muy, y).
"""

from __future__ import annotations

from plainsum.language import word_syllables

_STRONG = set("aeoáéóíúàèòìùâêôäëö")
_WEAK = set("iuüy")


def _rule(word: str) -> int:
    return _nuclei(_sounds(word))


count = word_syllables(_rule)
"""Syllables in one Spanish word; hyphenated compounds count part by part."""


def _sounds(word: str) -> str:
    """The word with silent letters dropped and y marked as vowel or consonant."""
    out: list[str] = []
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        prev = word[i - 1] if i else ""
        if ch == "h":
            continue
        if ch == "u" and prev in "qg" and nxt in "eiéí":
            continue  # que, qui, gue, gui
        if ch == "y":
            vowel_next = nxt in _STRONG or nxt in _WEAK or nxt == "h"
            out.append("c" if vowel_next else "y")  # "c": any consonant
            continue
        out.append(ch)
    return "".join(out)


def _nuclei(sounds: str) -> int:
    """Syllable nuclei: each run of vowels counts its strong vowels, or one if it has none."""
    total = 0
    strong = 0
    in_run = False
    for ch in sounds:
        if ch in _STRONG or ch in _WEAK:
            in_run = True
            strong += ch in _STRONG
            continue
        if in_run:
            total += max(strong, 1)
        in_run, strong = False, 0
    if in_run:
        total += max(strong, 1)
    return total
