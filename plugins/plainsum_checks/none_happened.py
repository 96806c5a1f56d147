"""A finding the sheet says of no one said to have happened (``negation-changed``).

"No one in either group had major bleeding" loses its negation in many shapes besides
"some had ...": the group words turn from "either" into "both" or "each" ("major bleeding
in both groups", "ein Patient in jeder Gruppe"), or the people who had it come after the
finding ("Schwere Blutungen hatten mehrere", "saignements majeurs chez plusieurs
patients"). A sentence that names the finding (its noun and the word that narrows it, or
all of its label's words) with a word of some people or of both groups, and holds no
negation, no word of no one, of lacking or of being without, and no question, says that it
happened.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_sheet import SheetWords, text_tokens
from .recall_words import FREE, SOME, matches
from .text import Token, fold, same_word, tokens

# both groups, each group: what "either group" of a denied finding becomes once the denial
# is gone; closed-class words of the six languages (two-word forms as pairs)
BOTH: dict[str, tuple[str, ...]] = {
    "en": ("both", "each", "every"),
    "es": ("ambos", "ambas", "cada", "los dos", "las dos"),
    "fr": ("chaque", "chacun", "chacune", "les deux"),
    "de": ("beide", "beiden", "jeder", "jedem", "jeden", "jeweils"),
    "it": ("entrambi", "entrambe", "ciascun", "ciascuno", "ciascuna", "ogni", "i due", "le due",
           "tutti e due", "tutte e due"),
    "pt": ("ambos", "ambas", "cada", "os dois", "as duas"),
}
# someone: closed-class words of the six languages
SOMEONE: dict[str, tuple[str, ...]] = {
    "en": ("someone", "somebody"), "es": ("alguien", "algun", "alguno", "alguna"),
    "fr": ("quelqu'un",), "de": ("jemand",), "it": ("qualcuno", "qualcuna", "alcun"),
    "pt": ("alguem",),
}
# being without (beside the pack's negations): "sin", "sans", "ohne", "senza", "sem"
WITHOUT: dict[str, tuple[str, ...]] = {
    "en": ("without", "zero", "nil"), "es": ("sin", "cero"), "fr": ("sans", "zero"),
    "de": ("ohne", "null", "niemandem", "niemanden", "keinerlei"), "it": ("senza", "zero"),
    "pt": ("sem", "zero"),
}


@functools.lru_cache(maxsize=16)
def _cues(lang: str) -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]]:
    """The language's words of some people or both groups (single words, word pairs), and
    its words of being free of or without something, folded."""
    some = [fold(w) for w in (*SOME.get(lang, ()), *SOMEONE.get(lang, ()), *BOTH.get(lang, ()))]
    single = frozenset(w for w in some if " " not in w)
    pairs = frozenset(tuple(w.split()[-2:]) for w in some if " " in w)
    free = frozenset(fold(w) for w in (*FREE.get(lang, ()), *WITHOUT.get(lang, ())))
    return single, pairs, free  # type: ignore[return-value]


def none_happened(text: str, context: CheckContext, words: SheetWords,
                  narrowed: list[tuple[str, dict[str, list[str]], object, object]],
                  scope: tuple[frozenset[str], tuple[str, ...]], nobody: frozenset[str],
                  negation: regex.Pattern[str] | None) -> list[Finding]:
    sheet, lang = context.factsheet, context.lexicon.lang
    outcomes = [f.outcome for f in sheet.facts_of("claim")
                if getattr(f, "quantifier", None) == "none" and f.outcome]
    if not outcomes or negation is None:
        return []
    single, pairs, free = _cues(lang)
    toks = text_tokens(text, context)
    cues = [i for i, t in enumerate(toks) if t.norm in single
            or (i and (toks[i - 1].norm, t.norm) in pairs)]
    if not cues:
        return []  # most texts: no word of some people or of both groups
    heads = {oid: h for oid, h, _, _ in narrowed}
    starts = [t.start for t in toks]
    spans = list(analysis_of(text, context).sentences) or [(0, len(text))]
    ends = [b for _, b in spans]
    out: list[Finding] = []
    for oid in dict.fromkeys(outcomes):
        keys = [key for f in sheet.outcomes[oid].label.all_forms(lang)
                if (key := [t.norm for t in tokens(f)
                            if len(t.norm) >= 4 and t.norm not in words.stop])]
        done: set[int] = set()
        for i in cues:
            lo, hi = _sentence(text, spans, ends, toks[i].start)
            if lo in done:
                continue
            clause = toks[bisect_left(starts, lo):bisect_left(starts, hi)]
            if "?" in text[hi - 1:hi + 1] or any(
                    t.norm in nobody or t.norm in free or t.norm == "0"
                    or negation.fullmatch(text, t.start, t.end) for t in clause):
                continue
            hit = _named(clause, heads.get(oid), keys, scope)
            if hit is None:
                continue
            done.add(lo)
            a, b = min(hit.start, toks[i].start), max(hit.end, toks[i].end)
            label = context.lexicon.outcome(oid)
            out.append(Finding(
                "negation-changed", "error",
                f"\"{text[a:b]}\" says it happened, but the fact sheet says no one "
                f"\"{label}\".", None, label, text[a:b], (a, b)))
    return out


def _sentence(text: str, spans: list[tuple[int, int]], ends: list[int],
              pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, cut at the semicolons about it ("... in beiden Gruppen
    etwa gleich häufig; schwere Blutungen traten bei niemandem auf") and at a comma with a
    word that joins a clause of its own ("..., and bleeding-related visits did not
    differ": that negation is the other clause's)."""
    k = min(bisect_right(ends, pos), len(spans) - 1)
    lo, hi = spans[k]
    for m in _JOINED.finditer(text, lo, hi):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


# a semicolon, or a comma with a word that joins two clauses (closed-class words of the
# six languages)
_JOINED = regex.compile(r";|,\s*(?:and|but|while|whereas|y|pero|mientras|et|mais|alors|und|aber"
                        r"|während|e|ma|mentre|mas|enquanto)(?!\p{L})", regex.IGNORECASE)


def _kin(a: str, b: str) -> bool:
    """Two forms of one word, its number's ending included ("sanguinamento",
    "sanguinamenti")."""
    return same_word(a, b) or (min(len(a), len(b)) >= 6 and len(a) == len(b)
                               and a[:-1] == b[:-1]) or (
        min(len(a), len(b)) >= STEM and (a.startswith(b) or b.startswith(a)))


STEM = 5  # letters of a word another form starts with ("bleed", "bleeding")


def _named(clause: list[Token], heads: dict[str, list[str]] | None, keys: list[list[str]],
           scope: tuple[frozenset[str], tuple[str, ...]]) -> Token | None:
    """The word by which a clause names the finding: a narrowed finding by its noun beside
    a narrowing word ("major bleeding"), another by all of one of its label's words."""
    if heads:
        if not any(matches(t.norm, *scope) for t in clause):
            return None
        return next((t for t in clause
                     if any(_kin(t.norm, h) for h in heads.get(t.norm[:3], ()))), None)
    for key in keys:
        found = [next((t for t in clause if _kin(t.norm, w)), None) for w in key]
        if all(found):
            return found[-1]
    return None
