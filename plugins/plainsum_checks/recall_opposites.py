"""A word of the sheet's term swapped for its opposite (``term-swapped``): "arterial" for
"venous", "prospective" for "retrospective", "high-risk" for "low-risk", "given by
injection" for "taken by mouth", "clinical trials" for cohort studies.

Medical modifiers come in pairs whose two sides name different things (another kind of
clot, of study, of patient, of route, of allocation). A rewrite that keeps the noun and
turns the modifier round keeps every figure and most words, so no other rule sees it.
When the sheet uses one side of a pair in the text's language and never the other, a text
that says the other side of the study has swapped the term. A sentence that sets the two
apart ("retrospective, not prospective"), denies the word, speaks of other work ("unlike
arterial clots") or of what is needed or to come ("a prospective study would be needed")
is left alone.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_sheet import SheetWords, text_tokens


@dataclass(frozen=True)
class Opposite:
    """One pair: the stems of the sheet's side and of the other (folded; a stem matches
    any word that starts with it), and, for a pair that is a modifier of one noun
    ("high" risk), the stems of that noun, which must stand right beside it."""

    sheet: tuple[str, ...]
    other: tuple[str, ...]
    noun: tuple[str, ...] = ()
    sheet_noun: bool = True  # whether the sheet must use the noun too ("low" "risk")


# per language; every stem folded (lower case, no accents)
OPPOSITES: dict[str, tuple[Opposite, ...]] = {
    "en": (Opposite(("venous", "vein"), ("arterial", "artery", "arteries")),
           Opposite(("retrospective",), ("prospective",)),
           Opposite(("low",), ("high", "higher"), ("risk",)),
           Opposite(("mouth", "oral"), ("inject", "jab")),
           Opposite(("observational", "cohort"), ("randomis", "randomiz", "randomly")),
           Opposite(("observational", "cohort"), ("trial",), ("clinical",), False)),
    "es": (Opposite(("venos",), ("arterial",)),
           Opposite(("retrospectiv",), ("prospectiv",)),
           Opposite(("bajo",), ("alto", "elevado"), ("riesgo",)),
           Opposite(("boca", "oral"), ("inyect", "inyecc")),
           Opposite(("observacional", "cohorte"), ("aleator", "randomiz", "sorte")),
           Opposite(("observacional", "cohorte"), ("ensayo",), ("clinic",), False)),
    "fr": (Opposite(("veineu",), ("arteriel",)),
           Opposite(("retrospecti",), ("prospecti",)),
           Opposite(("faible",), ("haut", "eleve"), ("risque",)),
           Opposite(("bouche", "oral"), ("inject", "piqure")),
           Opposite(("observationn", "cohorte"), ("randomis", "aleatoire", "hasard")),
           Opposite(("observationn", "cohorte"), ("essai",), ("clinique",), False)),
    "de": (Opposite(("venos", "vene"), ("arteriell", "arterie")),
           Opposite(("retrospektiv", "ruckblick"), ("prospektiv",)),
           Opposite(("niedrig",), ("hoch", "hohe", "hoher"), ("risiko",)),
           Opposite(("mund", "oral"), ("spritz", "injektion", "injizier", "gespritzt")),
           Opposite(("beobacht", "kohorte"), ("random", "zufall")),
           Opposite(("beobacht", "kohorte"), ("studie",), ("klinisch",), False)),
    "it": (Opposite(("venos",), ("arterios",)),
           Opposite(("retrospettiv",), ("prospettic", "prospettiv")),
           Opposite(("basso",), ("alto", "elevato"), ("rischio",)),
           Opposite(("bocca", "orale"), ("iniett", "iniezion")),
           Opposite(("osservazional", "coort"), ("random", "sorte", "assegna")),
           Opposite(("osservazional", "coort"), ("sperimentazion", "studi"), ("clinic",),
                    False)),
    "pt": (Opposite(("venos",), ("arterial",)),
           Opposite(("retrospetiv", "retrospectiv"), ("prospetiv", "prospectiv")),
           Opposite(("baixo",), ("alto", "elevado"), ("risco",)),
           Opposite(("boca", "oral"), ("injet", "injec")),
           Opposite(("observaciona", "coorte"), ("aleator", "randomiz", "sortei")),
           Opposite(("observaciona", "coorte"), ("ensaio",), ("clinic",), False)),
}
# what a sentence says of work other than the study's, or of what is wanted or to come
_ASIDE = {
    "en": r"unlike|rather|instead|whereas|future|need\w*|requir\w*|should|would|could|"
          r"might|will|exclud\w*|if|ongoing|under ?way",
    "es": r"a diferencia|en lugar|en vez|falta|futur\w*|necesit\w*|necesari\w*|deber\w*|"
          r"podr\w*|exclu\w*",
    "fr": r"contrairement|au lieu|tandis|futur\w*|faudr\w*|faut|nécessaire\w*|besoin|"
          r"devr\w*|pourr\w*|exclu\w*",
    "de": r"statt|anstatt|gegensatz|wohingegen|künftig\w*|nötig|notwendig|brauch\w*|"
          r"müss\w*|sollt\w*|könnt\w*|würd\w*|ausgeschlossen|wenn",
    "it": r"a differenza|invece|anziché|futur\w*|necessari\w*|bisogn\w*|dovr\w*|"
          r"potr\w*|esclus\w*",
    "pt": r"ao contrário|em vez|em lugar|futur\w*|necessári\w*|precis\w*|dever\w*|"
          r"poder\w*|excluíd\w*",
}


@functools.cache
def _aside(lang: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?:{_ASIDE[lang]})(?!\p{{L}})", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _negation(forms: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not forms:
        return None
    return regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(forms)})(?!\p{{L}})", regex.IGNORECASE)


# letters a word of these languages may write with an accent (é, û, ã, ç, ü...)
_ACCENTABLE = frozenset("aeuc")


@functools.lru_cache(maxsize=64)
def _keys(stems: tuple[str, ...]) -> tuple[str, ...]:
    """What of each folded stem is written the same in the text whatever its accents:
    its letters from the second (a first 'e' may be 'é') up to the next that may bear
    one."""
    keys = []
    for stem in stems:
        start = 1 if stem[0] == "e" else 0
        end = next((i for i, c in enumerate(stem) if i > start and c in _ACCENTABLE),
                   len(stem))
        keys.append(stem[start:end])
    return tuple(keys)


def said_anywhere(text: str, stems: tuple[str, ...]) -> bool:
    """Whether the text may hold a word of one of the folded stems: a search of the
    whole text, far cheaper than asking each word."""
    keys = _keys(stems)
    low = text.lower()
    return any(map(low.__contains__, keys))


def _pairs(words: SheetWords) -> tuple[Opposite, ...]:
    """The pairs whose sheet side the sheet uses and whose other side it never does (once
    per sheet and language)."""
    if "opposite-pairs" not in words.cache:
        lang = words.lang.split("-")[0]
        known = sorted(words.known)  # a word with a stem sorts first of those after it
        out = []
        for pair in OPPOSITES.get(lang, ()):
            if _any_starts(known, pair.other):
                continue
            if pair.noun and pair.sheet_noun:
                said = _any_starts(known, pair.sheet) and _any_starts(known, pair.noun)
            else:
                said = _any_starts(known, pair.sheet)
            if said:
                out.append(pair)
        words.cache["opposite-pairs"] = tuple(out)
    return words.cache["opposite-pairs"]


def _any_starts(known: list[str], stems: tuple[str, ...]) -> bool:
    """Whether a word of the sorted ``known`` starts with one of ``stems``: the words
    that start so sort together, from where the stem itself would stand."""
    for stem in stems:
        i = bisect.bisect_left(known, stem)
        if i < len(known) and known[i].startswith(stem):
            return True
    return False


def opposites(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    pairs = _pairs(words)
    if not pairs:
        return []
    lang = words.lang.split("-")[0]
    stems = tuple(s for p in pairs for s in p.other)
    if not said_anywhere(text, stems):
        return []  # (a search of the whole text: most texts say no other side)
    toks = text_tokens(text, context)
    # whether each word is one of the other sides, once per word and sheet (a lookup is
    # cheaper than the stems asked of every word of every text)
    marks = words.cache.setdefault("opposite-words", {})
    if len(marks) > 50000:
        marks.clear()
    hits = []
    for i, t in enumerate(toks):
        hit = marks.get(t.norm)
        if hit is None:
            hit = marks[t.norm] = t.norm.startswith(stems)
        if hit:
            hits.append(i)
    if not hits:
        return []
    spans = list(context.pack.sentence_spans(text))
    starts = [a for a, _ in spans]
    negation = _negation(tuple(getattr(context.pack, "negations", None) or ()))
    aside = _aside(lang) if lang in _ASIDE else None
    out: list[Finding] = []
    for i in hits:
        tok = toks[i]
        pair = next(p for p in pairs if tok.norm.startswith(p.other))
        a, b = tok.start, tok.end
        if pair.noun and not any(s in tok.norm[3:] for s in pair.noun):
            # the noun beside it ("high risk", "rischio alto"), or glued ("Hochrisiko")
            noun = next((t for t in (toks[i - 1] if i else None,
                                     toks[i + 1] if i + 1 < len(toks) else None)
                         if t is not None and t.norm.startswith(pair.noun)
                         and not text[min(t.end, tok.end):max(t.start, tok.start)].strip(
                             " -\u2010\u2011")), None)
            if noun is None:
                continue
            a, b = min(a, noun.start), max(b, noun.end)
        k = bisect.bisect_right(starts, tok.start) - 1
        lo, hi = spans[k] if k >= 0 and tok.start < spans[k][1] else (0, len(text))
        here = [t for t in toks if lo <= t.start < hi]
        if any(t.norm.startswith(pair.sheet) for t in here if t is not tok):
            continue  # the two sides set apart ("retrospective, not prospective")
        c_lo, c_hi = clause_of(text, tok.start, tok.end, lo, hi)
        if negation is not None and negation.search(text, c_lo, c_hi):
            continue
        if aside is not None and aside.search(text, lo, hi):
            continue
        out.append(_finding(text, a, b))
    return out


def clause_of(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """Where the clause around ``a``-``b`` starts and ends in the sentence ``lo``-``hi``
    (at a comma, semicolon or colon)."""
    start = max(text.rfind(m, lo, a) for m in ",;:") + 1 or lo
    ends = [e for e in (text.find(m, b, hi) for m in ",;:") if e >= 0]
    return max(start, lo), min(ends) if ends else hi


def negation_in(context: CheckContext, text: str, lo: int, hi: int) -> bool:
    """Whether a negation of the pack stands in ``text[lo:hi]``."""
    negation = _negation(tuple(getattr(context.pack, "negations", None) or ()))
    return negation is not None and negation.search(text, lo, hi) is not None


def aside_in(words: SheetWords, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` speaks of other work, or of what is wanted or to come."""
    lang = words.lang.split("-")[0]
    return lang in _ASIDE and _aside(lang).search(text, lo, hi) is not None


def _finding(text: str, a: int, b: int) -> Finding:
    said = text[a:b]
    return Finding(
        "term-swapped", "error",
        f"\"{said}\" turns a term of the fact sheet round: the sheet says the opposite and "
        f"never \"{said}\".",
        None, None, said, (a, b))



