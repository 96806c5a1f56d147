"""Two groups' figures said the other way round (rule ``wrong-context``): "4.2 % for men,
4.5 % for women" where the sheet gives 4.2 % for women and 4.5 % for men; "mit
Chlorhexidin-Alkohol (575) oder mit Jod-Alkohol (572)"; "7,100 people who got bowel
cancer and 5,700 without".

A pair of the sheet's figures that differ only in their group (the same kind of figure,
of the same outcome, measure and time) is said in one sentence as two items, each with
a word that names its group and not the other ("women", "Männer", "yodo"). Writers give
such items in parallel: the first group's word with the first figure, the second's with
the second, whichever side of its figure the word stands ("In women, 4.2 %; in men, 4.5
%", "4,2 % der Frauen und 4,5 % der Männer"). Words in the other order than the figures
cross the pair. A sentence that names both groups before both figures ("women and men
had 4.2 % and 4.5 %") is a "respectively" reading, judged elsewhere.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from plainsum.analysis import analysis_of
from plainsum.factsheet.model import Fact
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .numbers import Mention
from .sheet import EPS, allowed_values
from .text import fold, tokens

_SHARES = frozenset({"percent", "fraction"})
_KINDS = frozenset({"proportion", "count", "mean"})


@dataclass(frozen=True)
class _Pair:
    """Two facts that differ in their group only, with the words that tell each group
    from the other (folded)."""

    first: Fact
    second: Fact
    first_words: frozenset[str]
    second_words: frozenset[str]
    share: bool  # a share of people (said as a percentage), else a number or a length
    first_values: frozenset[float]  # the values a text may give, rounded as _key does
    second_values: frozenset[float]


def _pairs(context: CheckContext) -> list[_Pair]:
    """The sheet's pairs of figures that differ in their group only, of two groups side
    by side (neither a whole the other is counted in), each with the words of its
    labels that no other group, outcome or measure of the sheet uses."""
    sheet = context.factsheet
    lang = context.lexicon.lang
    stop = {fold(w) for w in getattr(context.pack, "stopwords", None) or ()}
    wholes = {getattr(f, "of", None) for f in sheet.facts.values()} - {None}
    facts = [f for f in sheet.facts.values()
             if f.kind in _KINDS and f.group and f.group not in wholes
             and getattr(f, "value", None) is not None]
    shared: set[str] = set()
    for thing in (*sheet.outcomes.values(), *getattr(sheet, "measures", {}).values()):
        shared |= {t.norm for form in thing.label.all_forms(lang) for t in tokens(form)}
    if len(facts) < 2:
        return []
    # each group's words, tokenised once (a sheet has a few groups and many pairs)
    words = {g.id: _label_words(g, lang) for g in sheet.groups.values()}
    own = {gid: {w for w in found if len(w) > 2 and not w.isdigit()}
           for gid, found in words.items()}
    out = []
    for i, a in enumerate(facts):
        for b in facts[i + 1:]:
            if a.group == b.group or a.kind != b.kind or abs(
                    float(a.value) - float(b.value)) < EPS:
                continue
            if any(getattr(a, k, None) != getattr(b, k, None)
                   for k in ("outcome", "measure", "time", "unit", "role", "of")):
                continue
            others = shared.union(*(w for g, w in words.items() if g not in (a.group, b.group)))
            wa, wb = own.get(a.group, set()), own.get(b.group, set())
            only_a, only_b = wa - wb - stop - others, wb - wa - stop - others
            if only_a and only_b:
                out.append(_Pair(a, b, frozenset(only_a), frozenset(only_b),
                                 a.kind == "proportion",
                                 frozenset(round(v, 6) for v in allowed_values(a)),
                                 frozenset(round(v, 6) for v in allowed_values(b))))
    return out


def _label_words(group: object, lang: str) -> set[str]:
    label = getattr(group, "label", None)
    words = getattr(group, "keywords", {}).get(lang, [])
    forms = (*label.all_forms(lang), *words) if label is not None else tuple(words)
    return {t.norm for form in forms for t in tokens(form)}


def _stem_match(word: str, forms: frozenset[str]) -> int:
    """How closely ``word`` is one of ``forms``: the longest shared start, when it covers
    all but the last two letters of each ("Frau" for "Frauen", "woman" for "women",
    "Mann" for "Männer"; not "compared" for "comparison"); 0 when none does."""
    best = 0
    for form in forms:
        n = 0
        for x, y in zip(word, form, strict=False):
            if x != y:
                break
            n += 1
        if n >= max(3, len(word) - 2, len(form) - 2):
            best = max(best, n)
    return best


def _key(m: Mention, share: bool) -> float | None:
    """What a mention says, as a pair's values are kept: a share's percentage, or a
    number's or a length's value."""
    if share:
        return round(m.percent, 6) if m.kind in _SHARES and m.percent is not None else None
    return round(m.value, 6) if m.kind in ("number", "duration") else None


class CrossedPairValidator:
    """Reports two groups' figures said the other way round (rule ``wrong-context``)."""

    name = "crossed-pairs"
    reads = ()  # the text, the sheet and the language only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        pairs, values = context.lexicon.remember(("crossed-pairs",), lambda: _reading(context))
        if not pairs:
            return []
        analysis = analysis_of(text, context)
        said = [(m, _key(m, True), _key(m, False)) for m in analysis[NUMBERS]
                if m.kind in ("percent", "fraction", "number", "duration")]
        said = [x for x in said if x[1] in values or x[2] in values]
        if len(said) < 2:
            return []
        out: list[Finding] = []
        for a, b in analysis.sentences:
            here = [x for x in said if a <= x[0].start < b]
            if len(here) < 2:
                continue
            for pair in pairs:
                k = 1 if pair.share else 2
                first = [x[0] for x in here if x[k] in pair.first_values]
                second = [x[0] for x in here if x[k] in pair.second_values]
                if first and second:
                    found = _crossed(text, a, b, [x[0] for x in here], (first, second),
                                     pair, context)
                    if found is not None:
                        out.append(found)
        return out


def _reading(context: CheckContext) -> tuple[list[_Pair], frozenset[float]]:
    """The sheet's pairs, and every value they give (a text with none of them has none of
    the pairs to cross)."""
    pairs = _pairs(context)
    return pairs, frozenset(v for p in pairs for v in (*p.first_values, *p.second_values))


def _crossed(text: str, a: int, b: int, here: list[Mention],
             said_as: tuple[list[Mention], list[Mention]], pair: _Pair,
             context: CheckContext) -> Finding | None:
    first, second = said_as
    if first[-1].end <= second[0].start:
        blocks = (first, second)
    elif second[-1].end <= first[0].start:
        blocks = (second, first)
    else:
        return None
    toks = [(a + t.start, a + t.end, _side(t.norm, pair)) for t in tokens(text[a:b])]
    starts = sorted(m.start for m in here)
    said = [_attached(toks, starts, blocks, after) for after in (True, False)]
    found = [x for x in said if x is not None]
    if not found or (len(found) == 2 and found[0][:2] != found[1][:2]):
        return None  # no reading, or the words after and before tell two stories
    early_side, late_side, lo, hi = found[0]
    early_fact = pair.first if blocks[0] is first else pair.second
    if early_side == late_side or (early_side == 1) == (early_fact is pair.first):
        return None
    start, end = min(blocks[0][0].start, lo), max(blocks[1][-1].end, hi)
    lex = context.lexicon
    f1, f2 = pair.first, pair.second
    return Finding(
        "wrong-context", "error",
        f"{first[0].text} is the figure of {lex.group(f1.group)} ({f1.id}) and "
        f"{second[0].text} that of {lex.group(f2.group)} ({f2.id}), but here they are "
        "said the other way round.", f1.id, None, text[start:end], (start, end))


def _side(word: str, pair: _Pair) -> int:
    return _side_of(word, pair.first_words, pair.second_words)


@functools.lru_cache(maxsize=4096)
def _side_of(word: str, first: frozenset[str], second: frozenset[str]) -> int:
    """1 for a word of the first group, 2 for the second's, 0 for neither (the same
    words of a sheet's texts are asked about again and again)."""
    x = _stem_match(word, first)
    y = _stem_match(word, second)
    return 1 if x > y else 2 if y > x else 0


# how many words may stand between a figure and the word that names its group ("4.2 % of
# the women", "4,2 % de las mujeres", "23 von 572 Frauen aus der Jod-Gruppe")
_NEAR = 3


def _attached(toks: list[tuple[int, int, int]], starts: list[int],
              blocks: tuple[list[Mention], list[Mention]], after: bool
              ) -> tuple[int, int, int, int] | None:
    """The group of the word nearest each block's figures on one side (``after``: right
    after the last figure, else right before the first), with no other figure between
    and at most a few words; the two groups and where the words start and end."""
    sides, places = [], []
    for block in blocks:
        edge = block[-1].end if after else block[0].start
        near = [t for t in toks if (t[0] >= edge if after else t[1] <= edge)]
        if not after:
            near.reverse()
        hit = None
        for x, y, side in near[:_NEAR + 1]:
            lo, hi = (edge, x) if after else (y, edge)
            if any(lo <= s < hi for s in starts):
                break
            if side:
                hit = (x, y, side)
                break
        if hit is None:
            return None
        sides.append(hit[2])
        places.append(hit)
    return sides[0], sides[1], min(p[0] for p in places), max(p[1] for p in places)
