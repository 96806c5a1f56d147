"""Dutch syllables by rule: one per vowel nucleus.

Hyphenation dictionaries mark where a word may break at a line end, not how many
syllables it has. Dutch spelling says enough to count them:

- a vowel letter or a run of letters spelling one vowel sound is one nucleus: the
  digraphs aa ee oo uu ie oe ou au ei ij ui eu ai, and the trigraphs aai ooi oei eeu ieu
  eau (``mooi``, ``nieuw``, ``bureau``); ``ij`` is a vowel, ``y`` is one between
  consonants (``systeem``) and a consonant before a vowel (``yoghurt``);
- any other two vowels side by side are two nuclei (``ma-te-ri-aal``, ``si-tu-a-tie``);
- a diaeresis starts a new nucleus (``pa-ti-ënt``, ``ide-ë-en``, ``he-ma-to-po-ë-tisch``);
- a final ``e`` is spoken (``ziek-te``), unlike English;
- a hyphenated compound counts part by part, a number as one.
"""

from __future__ import annotations

from plainsum.language import word_syllables

# Longest first: the counter takes the longest spelling of one vowel sound at each place.
_NUCLEI = ("aai", "ooi", "oei", "eeu", "ieu", "eau",
           "aa", "ee", "oo", "uu", "ie", "oe", "ou", "au", "ei", "ij", "ui", "eu", "ai")
_VOWELS = set("aeiouyáéíóúàèìòùâêîôû")
_DIAERESIS = set("äëïöü")




def nuclei(word: str) -> int:
    """The number of vowel nuclei in a lower-case word without hyphens."""
    total = 0
    i = 0
    while i < len(word):
        ch = word[i]
        if ch in _DIAERESIS:  # always a syllable of its own
            total += 1
            i += 1
            continue
        if ch == "y" and i + 1 < len(word) and word[i + 1] in _VOWELS and (
                i == 0 or word[i - 1] not in _VOWELS):
            i += 1  # "yoghurt", "royaal": a consonant before a vowel
            continue
        if ch not in _VOWELS:
            i += 1
            continue
        step = next((len(n) for n in _NUCLEI if word.startswith(n, i)), 1)
        total += 1
        i += step
    return total


# Syllables in one Dutch word: plainsum's wrapper (normalisation, numbers, compounds,
# cache) around the nucleus rule above.
count = word_syllables(nuclei)
