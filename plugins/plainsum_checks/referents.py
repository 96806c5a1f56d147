"""Rule ``wrong-referent``: a figure of the sheet attached to a thing the sheet never
counts ("310 hospitals" where the sheet has 310 patients, "12 studies" for 12
participants).

The noun a count is said of is read right after it ("210 people", "210 Italian
hospitals", "80% of the hospitals"). It is an error only when that noun names a thing of
another category (an institution, a study, a country, a dose, a doctor: the list in
:mod:`.recall_words`) and is no word the sheet uses for the group the figure belongs to:
"210 people", "210 patients", "210 adults", "210 Menschen" are all the same people.
"""

from __future__ import annotations

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .bounds import rounds_to
from .numbers import Mention
from .recall_sheet import SheetWords
from .recall_words import matches
from .sheet import matches as value_matches
from .sheet import sheet_index
from .text import Token, same_word, shifted_tokens

# words that may stand between a figure and what it counts ("80% of the hospitals",
# "80 % de los hospitales", "80 % der Kliniken"): of-words and articles only
OF_WORDS = frozenset({
    "of", "the", "de", "del", "los", "las", "la", "el", "des", "du", "le", "les", "d",
    "der", "die", "den", "dem", "von", "di", "dei", "degli", "delle", "della", "dello",
    "gli", "i", "il", "lo", "da", "das", "dos", "do", "a", "o", "as", "os"})
_BREAK = regex.compile(r"[,;:.!?()\[\]\n–—]")
AFTER = 48  # characters after a figure its counted noun is sought in
ADJECTIVES = 1  # words of its own a count's noun may have before it ("310 Italian hospitals")


def referents(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    whole, stems = words.other
    if not whole and not stems:
        return []
    index = sheet_index(context.factsheet, context.lexicon)
    compounds = words.lang == "de"
    out = []
    # what a figure's groups are, and the noun the few words after a figure count, are
    # read once per sheet for each figure and for each such words (texts repeat them)
    of_figure = words.cache.setdefault("referent-groups", {})
    nouns = words.cache.setdefault("referent-nouns", {})
    if len(nouns) > 50000:
        nouns.clear()
        of_figure.clear()
    for m in analysis_of(text, context)[NUMBERS]:
        key = (m.kind, m.value, m.words, m.hedge, m.percent)
        groups = of_figure.get(key, _UNSEEN)
        if groups is _UNSEEN:
            groups = of_figure[key] = _groups_of(m, index)
        if groups is None:
            continue
        # the few words after the figure, read on their own (no text-wide tokens)
        after = text[m.end:m.end + AFTER]
        key = (after, frozenset(groups))
        noun = nouns.get(key, _UNSEEN)
        if noun is _UNSEEN:
            toks = shifted_tokens(after, 0)
            noun = nouns[key] = _counted(after, toks, [t.start for t in toks], 0, words,
                                         groups, compounds)
        if noun is None:
            continue
        said = text[m.end + noun.start:m.end + noun.end]
        end = m.end + noun.end
        out.append(Finding(
            "wrong-referent", "error",
            f"{m.text} is a figure of the fact sheet, but here it counts \"{said}\", "
            f"which the fact sheet never counts; it gives {m.text} for "
            f"{_label(index, groups, context)}.",
            None, _label(index, groups, context), text[m.start:end], (m.start, end)))
    return out


_UNSEEN = object()


def _groups_of(m: Mention, index) -> set[str] | None:
    """The groups a sheet figure of this value belongs to (None: no figure of the sheet)."""
    if m.kind == "number" and m.value >= (10 if m.words else 2) and m.value in index.counts:
        return {f.group for f in index.counts[m.value] if f.group}
    if m.kind == "number" and m.hedge:  # "more than a thousand hospitals" for 1,147 women
        groups = {f.group for value, facts in index.counts.items() for f in facts
                  if f.group and rounds_to(m.value, m.hedge, value)}
        return groups or None
    if m.kind in ("number", "percent") and m.percent is not None:
        groups = {f.group for f, allowed in index.shares
                  if f.group and value_matches(m.percent, allowed)}
        return groups or None
    return None


def _counted(text: str, toks: list[Token], starts: list[int], at: int,
             words: SheetWords, groups: set[str], compounds: bool) -> Token | None:
    """The noun right after a figure that ends at ``at``, when it names a thing of
    another category."""
    from bisect import bisect_left

    own = _own_words(words, frozenset(groups))
    whole, stems = words.other
    i = bisect_left(starts, at)
    loose = 0
    last = at
    while i < len(toks) and i - bisect_left(starts, at) < 5:
        tok = toks[i]
        if _BREAK.search(text, last, tok.start) or any(c.isdigit() for c in tok.norm):
            return None
        word = tok.norm
        if any(word == w or same_word(word, w) for w in own.get(word[:3], ())):
            return None
        if matches(word, whole, stems, compounds):
            return tok
        if word in OF_WORDS:  # "80% of the ...": the counted noun comes later
            if loose:
                return None  # "99 completed the study": a verb and its object
        else:
            loose += 1
            if loose > ADJECTIVES:
                return None
        last = tok.end
        i += 1
    return None


def _own_words(words: SheetWords, groups: frozenset[str]) -> dict[str, list[str]]:
    """The words that name these groups (and any group: "group", "arm"), by their first
    three letters, made once per sheet and groups."""
    key = ("own", groups)
    made = words.cache.get(key)
    if made is None:
        every = set().union(*(words.group_words.get(g, frozenset()) for g in groups))
        made = {}
        for w in every | words.common:
            made.setdefault(w[:3], []).append(w)
        words.cache[key] = made
    return made


def _label(index, groups: set[str], context: CheckContext) -> str:
    group = sorted(groups)[0]
    return context.lexicon.group(group) if group in context.factsheet.groups else group
