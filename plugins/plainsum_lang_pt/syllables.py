"""Portuguese syllables by rule, as European Portuguese divides words (his-tó-ri-a).

A hyphenation dictionary (pyphen) marks where a line may break, never a single vowel at
the edge of a word ("a-le-a-to-ri-za-do" loses two syllables). Portuguese spelling says
enough to count them:

- every vowel is a nucleus, except an unaccented i or u after a vowel, which closes a
  falling diphthong (pai, mui-to, céu, par-tiu); a nasal ã or õ takes the e or o after it
  (mão, mãe, põe). A vowel after i or u starts a new syllable (ci-ên-ci-a, ru-a), as the
  Portuguese syllable division has it.
- that i or u stays a syllable of its own when accented (sa-ú-de, pa-ís), before nh
  (ra-i-nha) and before l, m, n, r or z that close its syllable (ca-ir, ju-iz, a-in-da).
- the u of qu and of gu before a vowel is silent or a glide (que, quan-do, á-gua).
- h is silent at the start of a word; inside one it belongs to ch, lh or nh.
"""

from __future__ import annotations

from plainsum.language import word_syllables

_VOWELS = set("aeiouáéíóúàâêôãõüy")
_WEAK = set("iuy")  # unaccented: may close a diphthong
_NASAL = set("ãõ")
_CLOSERS = set("lmnrz")


def _rule(word: str) -> int:
    return _nuclei(_sounds(word))


count = word_syllables(_rule)
"""Syllables in one Portuguese word; hyphenated compounds count part by part."""


def _sounds(word: str) -> str:
    """The word without silent letters: initial h, the u of qu and of gu before a vowel."""
    out: list[str] = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch == "h" and i == 0:
            continue
        if ch in "uü" and prev in "qg" and nxt in _VOWELS:
            continue
        if ch == "y" and nxt in _VOWELS:
            out.append("c")  # a consonant before a vowel (maionese is spelled with i)
            continue
        out.append(ch)
    return "".join(out)


def _nuclei(sounds: str) -> int:
    """Count syllable nuclei, vowel by vowel, with the diphthong rules of the docstring."""
    total = 0
    glide_free = False  # the last vowel is a nucleus that can still take a glide
    previous = ""
    for i, ch in enumerate(sounds):
        if ch not in _VOWELS:
            glide_free, previous = False, ""
            continue
        if glide_free and _is_glide(ch, previous, sounds[i + 1:]):
            glide_free = False
        else:
            total += 1
            glide_free = True
        previous = ch
    return total


def _is_glide(ch: str, previous: str, rest: str) -> bool:
    """Whether this vowel joins the nucleus before it instead of starting a syllable."""
    if previous in _NASAL and ch in "eo":
        return True  # mão, mãe, põe
    if ch not in _WEAK:
        return False
    if rest.startswith("nh"):
        return False  # ra-i-nha, mo-i-nho
    # ca-ir, ju-iz, pa-ul, a-in-da: a closing consonant keeps the i or u apart
    return not (rest[:1] in _CLOSERS and (len(rest) == 1 or rest[1] not in _VOWELS))
