"""French syllables by rule: spoken syllables, one per vowel nucleus.

A hyphenation dictionary (pyphen) marks where a word may break at a line end; it never
splits a single letter off a word's edge and it counts the mute e. Kandel & Moles count
spoken syllables, which French spelling gives well enough:

- a vowel digraph or trigraph is one nucleus: eau, au, ai, ei, eu, œu, oi, ou (and the
  nasal vowels, whose n or m is a consonant letter here);
- i, u, ou and y before another vowel are glides and join it (bien, nuit, situation,
  -tion, oui), except after a consonant followed by l or r (cli-ent, cru-el, pri-er);
- a letter with a diaeresis (ë, ï, ü, ÿ) starts a new nucleus (na-ïf, No-ël, po-ïé-tique);
- a word-final mute e or -es is not a syllable, unless it is the only vowel (le, les),
  nor the verbal -ent of a third-person plural (ils mangent, étaient); the -ent of nouns,
  adjectives and adverbs is spoken (patient, souvent, traitement);
- the u of qu and of gu before e or i is silent (que, guérir), so is the e of ge before
  a, o, u (mangeons); h is silent but keeps vowels apart (tra-hir);
- an initialism of up to three capitals is read letter by letter (SEP, IRM).
"""

from __future__ import annotations

import functools
import unicodedata

VOWELS = frozenset("aeiouyàâäéèêëîïôöûùüÿœæ")
DIAERESIS = frozenset("ëïüÿ")
GLIDES = frozenset({"i", "u", "y", "ou", "ï"})
OBSTRUENTS = frozenset("bcdfgkptv")
# one nucleus each, longest first
GRAPHEMES = ("eau", "œu", "oeu", "uei", "ai", "ei", "au", "eu", "oi", "ou", "aî", "oî",
             "où", "oû")


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# Words in -ent whose -ent is spoken though they do not end in -ment (nouns, adjectives,
# adverbs); a verb form in -ent is mute.
SPOKEN_ENT = _set("""
absent accent accident adhérent adolescent afférent agent ambivalent apparent ardent
argent cent client coefficient cohérent compétent concurrent conscient conséquent content
continent convalescent décent déficient dent différent efficient équivalent évident
excellent fréquent gradient impatient imprudent incident incohérent inconscient
inconvénient indulgent ingrédient innocent insolent intelligent intermittent latent lent
négligent occident omniscient orient parent patient permanent pertinent polyvalent
pourcent précédent président prévalent prudent purulent quotient récent récipient
résident serpent somnolent souvent strident subséquent succulent talent torrent
transparent turbulent urgent vent violent virulent
""")

# Verb forms in -ment whose -ent is mute (the -ment of nouns and adverbs is spoken).
MUTE_MENT = _set("""
aiment affirment allument arment assument calment confirment consument dorment
enferment estiment expriment ferment forment fument impriment informent parfument
présument priment referment résument sèment suppriment transforment animent
""")


@functools.lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Spoken syllables in one French word; hyphenated compounds count part by part."""
    word = unicodedata.normalize("NFC", word).strip("'’-")
    if not word:
        return 0
    if any(ch.isdigit() for ch in word):
        return 1
    if "-" in word:
        return sum(count(part) for part in word.split("-") if part)
    if word.isupper() and 1 < len(word) <= 3 and word.isalpha():
        return len(word)  # SEP, IRM: said letter by letter
    lowered = word.lower().replace("’", "'")
    if "'" in lowered:  # l'étude, qu'il, aujourd'hui: the elided part has no vowel of its own
        lowered = lowered.replace("'", "")
    return max(1, _nuclei(_spoken(lowered)))


def _spoken(word: str) -> str:
    """The word without its mute ending and silent letters."""
    stem = _mute_ending(word)
    out: list[str] = []
    for i, ch in enumerate(stem):
        prev = stem[i - 1] if i else ""
        nxt = stem[i + 1] if i + 1 < len(stem) else ""
        if ch == "u" and (prev == "q" or (prev == "g" and nxt in "eéèêiîy")):
            continue  # que, qui, guérir, langue
        if ch == "e" and prev == "g" and nxt in "aouâôû":
            continue  # mangeons, geôle
        if ch == "e" and prev == "o" and nxt == "l":
            continue  # moelle, moelleux: [mwal]
        if ch == "y" and nxt in VOWELS and i > 0:
            out.append("j")  # moyen, crayon, payer: a consonant between vowels
            continue
        out.append(ch)
    return "".join(out)


def _mute_ending(word: str) -> str:
    """Drop a final mute e, -es, a verbal -ent, and the mute e of -ement after a vowel."""
    def has_vowel(text: str) -> bool:
        return any(ch in VOWELS for ch in text)

    if word.endswith("ent") and len(word) > 4 and word not in SPOKEN_ENT:
        stem = word[:-3]
        verbal = (word in MUTE_MENT or not word.endswith("ment")) and has_vowel(stem)
        if verbal:
            return stem
    for ending in ("es", "e", "ë"):
        if word.endswith(ending) and has_vowel(word[: -len(ending)]):
            word = word[: -len(ending)]
            if word.endswith(("gu", "qu")) and len(word) > 2:
                word = word[:-1]  # langue, autologue, plaques: the u is silent too
            break
    if word.endswith("ement") and len(word) > 6 and word[-6] in VOWELS:
        word = word[:-5] + "ment"  # remerciement, dévouement
    return word


def _nuclei(sounds: str) -> int:
    """Vowel nuclei: runs of vowels split at diaeresis letters, digraphs joined, glides
    joined to the next vowel unless a consonant and l or r come before them."""
    total = 0
    i = 0
    while i < len(sounds):
        if sounds[i] not in VOWELS:
            i += 1
            continue
        j = i
        while j < len(sounds) and sounds[j] in VOWELS:
            j += 1
        total += _run(sounds[i:j], sounds[max(0, i - 2):i])
        i = j
    return total


def _run(run: str, before: str) -> int:
    """Nuclei in one run of vowel letters; ``before`` is the two letters before it."""
    units: list[str] = []
    k = 0
    while k < len(run):
        if run[k] in DIAERESIS and units:
            units.append("|")  # a diaeresis starts a new nucleus
        for grapheme in GRAPHEMES:  # "uei": the œ of accueil, cueillir
            if run.startswith(grapheme, k) and not (grapheme == "uei" and before[-1:] != "c"):
                units.append(grapheme)
                k += len(grapheme)
                break
        else:
            units.append(run[k])
            k += 1
    cluster = len(before) == 2 and before[0] in OBSTRUENTS and before[1] in "lr"
    nuclei = 0
    for n, unit in enumerate(units):
        if unit == "|":
            continue
        nxt = units[n + 1] if n + 1 < len(units) else None
        glide = unit in GLIDES and nxt not in (None, "|")
        if glide and not (n == 0 and cluster):
            continue  # joins the next vowel: bien, nuit, -tion
        nuclei += 1
    return nuclei
