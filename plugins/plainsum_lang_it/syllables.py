"""Italian syllables by rule: one per vowel nucleus, with the diphthong rules of Italian
spelling and the few stressed-vowel hiatuses that spelling does not mark.

pyphen's Italian patterns say where a word may break at a line end; they never split a
single vowel off a word edge ("a-e-reo" loses its first syllable), so they undercount.
Italian spelling says almost enough to count:

- a, e, o (and any accented vowel: à è é ì í ò ó ù ú) are strong; i and u are weak. Two
  strong vowels side by side are two syllables (hiatus: ce-sa-re-o, a-e-re-o); a weak
  vowel beside any vowel joins it (diphthongs ie, uo, ia, io, iu, ua, ue, ui, ai, ei, oi,
  au, eu), and so do both weak vowels of a triphthong (miei, buoi, guai: one syllable).
- the i of "gli", "ci", "gi", "sci" (and "chi", "ghi") before a vowel only marks the
  sound of the consonant: fi-glio, gior-no, ca-mi-cia, ghiac-cio.
- h is silent; an i between two vowels is a consonant (a-iu-to, no-ia, po-ie-ti-co).
- a stressed i or u breaks a diphthong, and spelling marks it only at a word's end
  (co-sì, vir-tù). The common unmarked cases are listed: the Greek-derived endings of
  medicine (te-ra-pi-a, chi-rur-gi-a, neu-ro-lo-gi-a, bi-op-si-a), a few short words
  (du-e, mi-o, tu-a) and the prefixes bio-, dia-, ri- before a vowel (bi-op-si-a,
  di-a-gno-si, ri-a-bi-li-ta-zio-ne).
"""

from __future__ import annotations

import re

from plainsum.language import word_syllables

_STRONG = frozenset("aeoàèéìíòóùú")
_WEAK = frozenset("iu")
_VOWELS = _STRONG | _WEAK
_RUN = re.compile("[" + "".join(sorted(_VOWELS)) + "]+")

# Word endings whose i is stressed before a final vowel: "-ìa", "-ìe" (Greek -ία).
_STRESSED_ENDINGS = (
    "logia", "logie", "grafia", "grafie", "patia", "patie", "tomia", "tomie", "scopia",
    "scopie", "terapia", "terapie", "sofia", "fobia", "fobie", "emia", "emie", "algia",
    "algie", "plegia", "plegie", "urgia", "urgie", "ttia", "ttie", "iatria", "iatrie",
    "farmacia", "farmacie", "opsia", "opsie", "nomia", "nomie", "crazia", "crazie",
    "trofia", "trofie", "plasia", "plasie", "estesia", "estesie", "ossia", "ossie",
)
# Short words whose i or u is stressed before another vowel.
_HIATUS_WORDS = frozenset({
    "due", "tuo", "tua", "tue", "suo", "sua", "sue", "mio", "mia", "mie", "zio", "zia", "zie",
    "zii", "via", "vie", "spia", "spie", "scia", "bua", "addio", "avvio", "invio", "rinvio",
    "pendio", "brusio", "oblio", "leggio"})
# Prefixes whose last vowel stays a syllable of its own before a vowel.
_HIATUS_PREFIXES = ("bio", "dia", "ria", "rie", "rio", "riu")


def _rule(word: str) -> int:
    # an elided article or preposition is part of the next word's syllable ("l'età")
    word = re.split(r"['’]", word)[-1] or word
    return sum(_nuclei(run) for run in _RUN.findall(_sounds(_stressed(word))))


count = word_syllables(_rule)
"""Syllables in one Italian word; hyphenated compounds count part by part."""


def _stressed(word: str) -> str:
    """Mark the unwritten stressed i or u that breaks a diphthong (``terapia`` → ``terapía``)."""
    if word in _HIATUS_WORDS:
        k = next(i for i, ch in enumerate(word) if ch in _WEAK)
        return word[:k] + {"i": "í", "u": "ú"}[word[k]] + word[k + 1:]
    if word.endswith(_STRESSED_ENDINGS):
        word = word[:-2] + "í" + word[-1]  # the i before the final vowel
    if word.startswith(_HIATUS_PREFIXES) and len(word) > 4:
        word = word[0] + "í" + word[2:]
    return word


def _sounds(word: str) -> str:
    """The word with silent letters dropped and consonantal i written as ``j``."""
    word = word.replace("h", "")
    out: list[str] = []
    for k, ch in enumerate(word):
        prev = word[k - 1] if k else ""
        nxt = word[k + 1] if k + 1 < len(word) else ""
        if ch == "i" and nxt in _VOWELS:
            if prev in ("c", "g") or word[max(0, k - 2):k] == "gl":
                continue  # ci, gi, sci, gli, chi, ghi before a vowel: a spelling mark
            if prev in _VOWELS:
                out.append("j")  # a-iu-to, no-ia: the i starts the next syllable
                continue
        out.append(ch)
    return "".join(out)


def _nuclei(run: str) -> int:
    """Nuclei in one run of vowels: each strong vowel is one; weak ones join them."""
    strong = sum(ch in _STRONG for ch in run)
    return strong or 1
