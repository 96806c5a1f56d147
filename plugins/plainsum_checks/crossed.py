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

import regex
from plainsum.analysis import analysis_of
from plainsum.factsheet.model import Fact
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import FACTS, NUMBERS
from .level_groups import level_swaps
from .numbers import Mention
from .sheet import EPS, allowed_values
from .text import Token, fold, tokens

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
        return _level_swaps(text, context) + self._crossed(text, context)

    def _crossed(self, text: str, context: CheckContext) -> list[Finding]:
        pairs, values = context.lexicon.remember_sheet(("crossed-pairs",),
                                                       lambda: _reading(context))
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
            toks: list[Token] = []  # the sentence's words, read once when asked
            for pair in pairs:
                k = 1 if pair.share else 2
                first = [x[0] for x in here if x[k] in pair.first_values]
                second = [x[0] for x in here if x[k] in pair.second_values]
                if first and second:
                    if not toks:
                        toks = tokens(text[a:b])
                    found = _crossed(text, a, b, [x[0] for x in here], (first, second),
                                     pair, context, toks) or _bare(
                        text, a, b, first, second, pair, context, toks) or _same_side(
                        text, a, b, first, second, pair, context, toks)
                    if found is not None:
                        out.append(found)
        return out


def _level_swaps(text: str, context: CheckContext) -> list[Finding]:
    """A figure of one level of an exposure said of another (:mod:`.level_groups`), where
    the facts reading has not already flagged it."""
    found = level_swaps(text, context)
    if not found:
        return []
    flagged = [f.span for f in analysis_of(text, context)[FACTS].findings
               if f.rule == "wrong-context" and f.span]
    return [f for f in found if f.span and not any(
        a < f.span[1] and f.span[0] < b for a, b in flagged)]


def _reading(context: CheckContext) -> tuple[list[_Pair], frozenset[float]]:
    """The sheet's pairs, and every value they give (a text with none of them has none of
    the pairs to cross)."""
    pairs = _pairs(context)
    return pairs, frozenset(v for p in pairs for v in (*p.first_values, *p.second_values))


def _crossed(text: str, a: int, b: int, here: list[Mention],
             said_as: tuple[list[Mention], list[Mention]], pair: _Pair,
             context: CheckContext, words: list[Token]) -> Finding | None:
    first, second = said_as
    if first[-1].end <= second[0].start:
        blocks = (first, second)
    elif second[-1].end <= first[0].start:
        blocks = (second, first)
    else:
        return None
    toks = [(a + t.start, a + t.end, _side(t.norm, pair)) for t in words]
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
    return _turned(text, context, pair, first[0].text, second[0].text, start, end, ".")


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


# between two figures set against each other with no word for either group: a unit at
# most, a versus word, and a unit at most ("19.2 vs 43.2 hours", "19,2 h contre 43,2 h",
# "19,2 gegenüber 43,2 Stunden")
_BARE_GAP = 24


def _bare(text: str, a: int, b: int, first: list[Mention], second: list[Mention],
          pair: _Pair, context: CheckContext, words: list[Token]) -> Finding | None:
    """Two groups' figures set against each other with no group word in their sentence
    ("Over 90 days, hospital time for any reason was 43.2 vs 19.2 hours"): they are said
    in the order the sheet compares the groups (the group of its comparison first, the
    one it is compared with second) when the text first names the groups in that order
    too; the other order crosses them."""
    if len(first) != 1 or len(second) != 1:
        return None
    x, y = (first[0], second[0]) if first[0].start < second[0].start else (
        second[0], first[0])
    gap = text[x.end:y.start]
    versus = context.lexicon.remember(("crossed-versus",), lambda: _versus(context.pack))
    if versus is None or len(gap) > _BARE_GAP or any(ch.isdigit() for ch in gap) or (
            versus.search(gap) is None):
        return None
    order = context.lexicon.remember(("crossed-order", pair.first.id, pair.second.id),
                                     lambda: _sheet_order(context, pair))
    if order is None or x is (first[0] if order == 1 else second[0]):
        return None  # no order the sheet gives, or said in it
    if any(_side(t.norm, pair) for t in words):
        return None  # a group named in the sentence: its words say whose each one is
    named = [(t.start, _side(t.norm, pair)) for t in tokens(text[:a])]
    sides = [side for _, side in named if side]
    if not sides or sides[0] != order:
        return None  # the text named the groups first the other way round, or not at all
    return _turned(text, context, pair, first[0].text, second[0].text, x.start, y.end,
                   " from the order the groups are compared in.")


def _turned(text: str, context: CheckContext, pair: _Pair, said_first: str, said_second: str,
            start: int, end: int, tail: str) -> Finding:
    """The finding for two groups' figures said the other way round, over ``start:end``."""
    lex = context.lexicon
    f1, f2 = pair.first, pair.second
    return Finding(
        "wrong-context", "error",
        f"{said_first} is the figure of {lex.group(f1.group)} ({f1.id}) and "
        f"{said_second} that of {lex.group(f2.group)} ({f2.id}), but here they are "
        f"said the other way round{tail}", f1.id, None, text[start:end], (start, end))


def _versus(pack: object) -> regex.Pattern[str] | None:
    forms = tuple(getattr(pack, "versus_words", None) or ())
    return _versus_pattern(forms) if forms else None


@functools.lru_cache(maxsize=16)
def _versus_pattern(forms: tuple[str, ...]) -> regex.Pattern[str]:
    """A pack's versus words as one pattern, compiled once per process (each sheet's
    lexicon would compile it again)."""
    return regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(forms)})(?!\p{{L}})", regex.IGNORECASE)


def _sheet_order(context: CheckContext, pair: _Pair) -> int | None:
    """1 when the sheet compares the first group of ``pair`` with the second (a fact with
    the first as its group and the second as what it is compared with), 2 the other way
    round, None when it compares them neither way."""
    ways = {(f.group, getattr(f, "versus", None)) for f in context.factsheet.facts.values()}
    a, b = pair.first.group, pair.second.group
    if (a, b) in ways and (b, a) not in ways:
        return 1
    if (b, a) in ways and (a, b) not in ways:
        return 2
    return None


# a word that denies what follows ("without chlorhexidine", "ohne Herz-CT", "sin escáner"):
# a group's word after it may name the other group (closed class, six languages)
_DENIED = frozenset({"without", "no", "not", "non", "ohne", "kein", "keine", "keinen",
                     "nicht", "sans", "pas", "sin", "senza", "sem", "nao", "nunca", "only",
                     "nur", "solo", "seulement", "apenas", "so", "alone", "allein", "seul",
                     "seuls", "sola", "solos", "soli"})
_CLAUSE_END = regex.compile(r"[.;:!?()\n]")
# a word for a study's group (closed class, six languages)
_GROUP_NOUN = regex.compile(r"groups?|arms?|gruppen?|grupos?|groupes?|gruppo|gruppi|bras"
                            r"|brazos?|bracci[oa]?|braços?")


def _same_side(text: str, a: int, b: int, first: list[Mention], second: list[Mention],
               pair: _Pair, context: CheckContext, toks: list[Token]) -> Finding | None:
    """Two groups' figures in one sentence, each with the same group's words in its own
    clause ("4,0 % des patientes du groupe chlorhexidine ..., contre 7,3 % dans le groupe
    chlorhexidine", "verbrachten die stationär Behandelten im Mittel 4,8 Stunden ..., die
    stationär Behandelten 33,6 Stunden"): one of them is said of the group whose figure
    it is not.
    Only where the sentence names no other group, and no group's word is denied or
    limited ("without chlorhexidine", "only the usual tests": words of the other group)."""
    if len(first) != 1 or len(second) != 1:
        return None
    x, y = (first[0], second[0]) if first[0].start < second[0].start else (
        second[0], first[0])
    if "\n" in text[x.end:y.start]:
        return None  # (two lines of a list each say their own)
    named = []
    for i, t in enumerate(toks):
        side = _side(t.norm, pair)
        if not side or _GROUP_NOUN.fullmatch(t.norm):
            continue  # ("group" may be one label's word only: it tells no group)
        if any(fold(w.norm) in _DENIED for w in toks[max(0, i - 2):i]):
            return None  # "without chlorhexidine", "only the usual tests"
        named.append((a + t.start, side))
    if len({side for _, side in named}) != 1:
        return None  # both groups named (read by _crossed), or neither
    side = named[0][1]
    stop = _CLAUSE_END.search(text, y.end, b)
    end = stop.start() if stop else b
    between = any(x.end <= p < y.start for p, _ in named)
    after = any(y.end <= p < end for p, _ in named)
    opened = _CLAUSE_END.search(text, a, x.start)
    lead = max((h.end() for h in _CLAUSE_END.finditer(text, a, x.start)), default=a) if (
        opened) else a
    before = any(lead <= p < x.start for p, _ in named)
    if not ((between and (after or before)) or (before and after)):
        return None
    wrong = next((m for m, f in ((first[0], pair.first), (second[0], pair.second))
                  if (side == 1) != (f is pair.first)), None)
    if wrong is None:
        return None
    start = x.start if between else lead
    fact = pair.first if wrong is first[0] else pair.second
    other = pair.second if fact is pair.first else pair.first
    lex = context.lexicon
    return Finding(
        "wrong-context", "error",
        f"{wrong.text} is the figure of {lex.group(fact.group)} ({fact.id}), but here it is "
        f"said of {lex.group(other.group)}, as {_said(first, second, wrong)} is.", fact.id,
        None, text[y.start:end] if wrong is y else text[start:y.start],
        (y.start, end) if wrong is y else (start, y.start))


def _said(first: list[Mention], second: list[Mention], wrong: Mention) -> str:
    return second[0].text if wrong is first[0] else first[0].text
