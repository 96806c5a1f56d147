"""German syllables by rule: one per vowel nucleus, with the spelling rules of German.

pyphen marks where a word may break at a line end ("Stu-die"), not how many syllables it
has (Stu-di-e: three), and never splits a single vowel off a word edge. German spelling
says almost enough to count:

- a, e, i, o, u, ä, ö, ü and y are vowels; ei, ai, ey, ay, au, eu, äu, ie, aa, ee, oo and
  ou (in loans: Tour) are one nucleus (long vowels and diphthongs). Any other two vowels
  side by side are two (The-a-ter, Na-ti-on, po-e-tisch, ak-tu-ell).
- the u of qu is a consonant (Quel-le); h is never a vowel (the lengthening h: Jahr).
- ie is two syllables where the e is a syllable of its own: the plural and case ending
  -ien (Stu-di-en, The-ra-pi-en, Li-ni-en), -ient/-ienz (Pa-ti-ent, Ef-fi-zi-enz; but
  dient, verdient) and the unstressed final -ie of a short list of words (Stu-di-e,
  Fa-mi-li-e; but The-ra-pie, E-ner-gie).
- a prefix be-/ge- before a stem that starts with a vowel breaks a digraph (be-ur-tei-len,
  ge-impft); the few such stems that matter in health texts are listed, with Hy-gi-e-ne
  and the Latin -eum (Mu-se-um); the loan "Team" has one.
- an acronym in capitals is spelled out letter by letter (MS: Em-Es, two syllables).
"""

from __future__ import annotations

import functools
import unicodedata

_VOWELS = frozenset("aeiouäöüyéèêáàâóòôíìîúùû")
_DIGRAPHS = frozenset({"ei", "ai", "ey", "ay", "au", "eu", "äu", "ie", "aa", "ee", "oo", "ou"})

# Words whose final -ie is an unstressed syllable of its own (and their -ien plurals, also
# inside compounds: "Kohortenstudie", "Studienteilnehmer").
_UNSTRESSED_IE = (
    "studie", "familie", "linie", "serie", "arterie", "aktie", "hernie", "materie",
    "prämie", "folie", "lilie", "petersilie", "kastanie", "tragödie", "komödie", "grazie",
    "hostie", "bestie", "pinie", "bakterie", "akazie", "historie", "glorie", "spezie",
)
# Stems where a prefix meets a vowel and a digraph must not be read ("beurteilen").
_PREFIX_BREAKS = ("beurteil", "geurteil", "beunruhig", "beurlaub", "beinhalt", "geimpf",
                  "beimpf", "beend", "geehr", "beerdig", "hygien")
# English loans where two vowel letters are one sound ("Team", "Forschungsteam").
_LOAN_DIGRAPHS = ("team",)
# "-ien" is one syllable in a few short verbs and names ("schien", "Wien").
_ONE_SYLLABLE_IEN = ("schien", "spien", "wien", "knien")


@functools.lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables in one German word; hyphenated compounds count part by part."""
    word = unicodedata.normalize("NFC", word).strip("'’-.")
    if not word:
        return 0
    if any(ch.isdigit() for ch in word):
        return 1
    if "-" in word:
        return sum(count(part) for part in word.split("-") if part)
    if _is_acronym(word):
        return sum(1 for ch in word if ch.isalpha())
    lower = word.lower()
    return max(1, _nuclei(lower) + _breaks(lower))


def _is_acronym(word: str) -> bool:
    """"MS", "RRMS", "aHSZT": read letter by letter (two capitals or more, most capitals)."""
    letters = [ch for ch in word if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return len(letters) >= 2 and capitals >= 2 and capitals * 2 > len(letters)


def _nuclei(word: str) -> int:
    """Vowel nuclei, reading digraphs left to right and splitting the -ie- that is two."""
    total = 0
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if ch not in _VOWELS or (ch == "u" and i and word[i - 1] == "q"):
            i += 1
            continue
        if ch == "y" and i == 0 and n > 1 and word[1] in _VOWELS:
            i += 1  # consonant y: "Yoga"
            continue
        pair = word[i:i + 2]
        if pair in _DIGRAPHS and not (pair == "ie" and _split_ie(word, i)):
            total += 1
            i += 2
            continue
        total += 1
        i += 1
    return total


def _split_ie(word: str, i: int) -> bool:
    """Whether the ``ie`` at ``i`` is i + e, two syllables."""
    rest = word[i + 2:]
    if rest in ("n", "ns") and not word.endswith(_ONE_SYLLABLE_IEN) and len(word) > 4:
        return True  # Studien, Therapien, Linien
    if rest.startswith(("nt", "nz")):
        before = word[:i]
        return not (before.endswith("d") and before[:-1] in ("", "ver", "be", "ge", "ent",
                                                             "bedi", "zu"))
    stem = word[:i + 2]
    return any(stem.endswith(s) for s in _UNSTRESSED_IE) and rest[:1] in ("", "n", "s")


def _breaks(word: str) -> int:
    """Syllables the digraph reading misses (a prefix before a vowel-initial stem) or
    adds (an English loan)."""
    extra = sum(1 for stem in _PREFIX_BREAKS if stem in word) + word.endswith("eum")
    return extra - sum(1 for loan in _LOAN_DIGRAPHS if loan in word)
