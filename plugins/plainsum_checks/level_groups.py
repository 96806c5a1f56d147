"""A figure of one level of an exposure said of another level (rule ``wrong-context``):
"people with a lot of vitamin D had a 31 % higher risk" where the sheet gives 31 % for
those with too little; "in der Gruppe mit Vitamin-D-Überschuss", "au-dessus du seuil" for
"en dessous".

A sheet whose groups are levels of one thing (its groups share a term and each label says
how much of it: too little, enough, more) compares them by a figure of one group against
another. Where a sentence gives that figure and says how much of the thing its people had
(a word of little, enough or much right before or after the thing's name), the words must
be those of the figure's group or of the group it is compared with; a level the figure
belongs to neither of says the figure of another group. The words of each level are
closed-class words of the six languages; a level word away from the thing's name ("31 %
more risk") says nothing of who had how much.
"""

from __future__ import annotations

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .sheet import allowed_values, matches, term_forms

LOW, ENOUGH, HIGH = "low", "enough", "high"
# how much of a thing, by level and language (lower case; a word's start with \w*)
_LEVELS: dict[str, dict[str, str]] = {
    LOW: {
        "en": r"little|low|deficien\w*|insufficien\w*|lack\w*|shortage|below|under",
        "es": r"poc[ao]s?|baj[ao]s?|defici\w*|déficit|insuficien\w*|falta|carencia|debajo",
        "fr": r"peu|faibles?|carenc\w*|déficit\w*|insuffisan\w*|manque|dessous",
        "de": r"wenig\w*|niedrig\w*|\w*mangel\w*|unter\w*",
        "it": r"poc[ao]|pochi|poche|bass[aeio]|carent\w*|carenz\w*|insufficien\w*|sotto|deficit\w*",
        "pt": r"pouc[ao]s?|baix[ao]s?|défice|defici\w*|insuficien\w*|falta|abaixo",
    },
    ENOUGH: {
        "en": r"enough|sufficien\w*|adequate\w*",
        "es": r"suficiente\w*|adecuad\w*|bastante",
        "fr": r"assez|suffisan\w*|adéquat\w*",
        "de": r"genug|ausreichend\w*",
        "it": r"abbastanza|sufficient\w*|adeguat\w*",
        "pt": r"suficiente\w*|adequad\w*|bastante",
    },
    HIGH: {
        "en": r"much|lots?|plenty|high|more|most|above|excess\w*",
        "es": r"much[ao]s?|alt[ao]s?|más|exceso|encima|superior\w*",
        "fr": r"beaucoup|plus|élevé\w*|excès|au-dessus|dessus",
        "de": r"viel\w*|hoh\w*|mehr|\w*überschuss\w*|über",
        "it": r"molt[aoie]|moltissim\w*|tant[aoie]|alt[aoie]|più|eccesso|sopra|superior\w*",
        "pt": r"muit[ao]s?|alt[ao]s?|mais|excesso|acima|superior\w*",
    },
}
# a figure that sets one level against another: its values, its group's level, the other
# group's level, the fact's id, the group's id and the other group's id
Figure = tuple[set[float], str, str, str, str, str]
_CLAUSE = regex.compile(r"[,;:.!?()\n=→⇒]|\d")  # a clause's end, or a figure


def level_swaps(text: str, context: CheckContext) -> list[Finding]:
    reading = context.lexicon.remember_sheet(("level-groups",), lambda: _reading(context))
    if reading is None:
        return []
    names, figures = reading
    analysis = analysis_of(text, context)
    # figures (a number word alone, "um", "un", is an article as often)
    said = [m for m in analysis[NUMBERS]
            if m.kind == "percent" or (m.kind == "number" and not m.words)]
    if not said:
        return []
    figures_all = [m for m in analysis[NUMBERS] if not m.words or m.kind == "percent"]
    out: list[Finding] = []
    lex = context.lexicon
    parts = [(lo, hi) for a, b in analysis.sentences for lo, hi in _parts(text, a, b)]
    for a, b in parts:
        here = [m for m in said if a <= m.start < b]
        if not here:
            continue
        # every figure of the part, whatever its kind: a level word beside another figure
        # ("viel Vitamin D mit 22 Prozentpunkten", "Odds Ratio von 0,31") is said of that one
        anchors = [m for m in figures_all if a <= m.start < b]
        hits = [(m, own, other, fid, g, v) for m in here
                for values, own, other, fid, g, v in figures if matches(m.value, values)]
        if not hits:
            continue
        levels = _levels_said(text, a, b, names, context.lexicon.lang)
        if not levels:
            continue
        for m, own, other, fid, g, v in hits:
            mine = [(lv, s, e) for lv, s, e in levels if _figure_of(text, s, e, anchors) is m]
            said_levels = {lv for lv, _, _ in mine}
            wrong = [(s, e) for lv, s, e in mine if lv not in (own, other)]
            if not wrong and own in said_levels:
                continue
            if not wrong:
                continue  # only the compared-with group's level: said of it as the base
            s, e = wrong[0]
            lo, hi = min(s, m.start), max(e, m.end)
            out.append(Finding(
                "wrong-context", "error",
                f"{m.text} is the figure of {lex.group(g)} compared with {lex.group(v)} "
                f"({fid}), but here it is said of people with another level "
                f"(\"{text[s:e]}\").", fid, None, text[lo:hi], (lo, hi)))
            break
    return out


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence cut at its semicolons: each part says its own figure's group."""
    cuts = [a, *(a + m.end() for m in regex.finditer(";", text[a:b]))]
    return list(zip(cuts, [*(c - 1 for c in cuts[1:]), b], strict=True))


_MARK = regex.compile(r"[,;:()=→⇒]")


def _figure_of(text: str, s: int, e: int, here: list) -> object:
    """The figure a level word is said of: the first after it in its clause ("viel
    Vitamin D mit einem um 22 % geringeren"), else the nearest before it in its clause
    ("31 % more risk with too little vitamin D"), else the nearest in the sentence."""
    after = [m for m in here if m.start >= e and not _MARK.search(text, e, m.start)]
    if after:
        return min(after, key=lambda m: m.start)
    before = [m for m in here if m.end <= s and not _MARK.search(text, m.end, s)]
    if before:
        return max(before, key=lambda m: m.end)
    return min(here, key=lambda x: _distance(x, s, e))


def _distance(m: object, s: int, e: int) -> int:
    start, end = m.start, m.end  # type: ignore[attr-defined]
    return s - end if s >= end else start - e if e <= start else 0


def _levels_said(text: str, a: int, b: int, names: regex.Pattern[str],
                 lang: str) -> list[tuple[str, int, int]]:
    """The levels the sentence gives the thing: (level, start, end) of each level word
    in the thing's own phrase, right before its name ("poca vitamina D", "trop peu de
    vitamine D") or right after it ("vitamina D suficiente", "Vitamin D Konzentrationen
    mangelhaft"), or inside a compound of it ("Vitamin-D-Mangel")."""
    out = []
    for name in names.finditer(text, a, b):
        spots = [*_words_before(text, a, name.start()), *_words_after(text, b, name.end())]
        if regex.search(r"[-‐]", name.group()):
            spots.append((name.start(), name.end()))
        for level, pattern in _patterns(lang):
            for lo, hi in spots:
                out += [(level, hit.start(), hit.end()) for hit in pattern.finditer(text, lo, hi)]
    # "trop peu", "zu wenig": a word of little after a word of much says little
    lows = [(s, e) for lv, s, e in out if lv == LOW]
    return [(lv, s, e) for lv, s, e in out
            if lv != HIGH or not any(0 <= ls - e <= 2 for ls, _ in lows)]


_WORD = regex.compile(r"[\p{L}'’-]+")
# the little words that join a level to the thing ("de", "of", "an", "en", "di", "em")
LINK = 3  # letters of such a word at most
# nouns of how much of a thing the blood holds, which stand between it and its level
_AMOUNT = regex.compile(
    r"(?:levels?|concentrations?|niveles|nivel|concentraci\w+|circulante\w*|niveaux?|taux"
    r"|spiegel\w*|konzentration\w*|werte\w*|livell[oi]|concentrazion\w+|circolant\w*"
    r"|n[ií]ve(?:l|is)|concentra[cç]\w+)", regex.IGNORECASE)


def _words_before(text: str, a: int, pos: int) -> list[tuple[int, int]]:
    """The word right before ``pos``, and the one before it across a little joining word
    ("déficit de", "carencés en", "Überschuss an"), in the clause."""
    found = list(_WORD.finditer(text, max(a, pos - 80), pos))[-2:]
    out: list[tuple[int, int]] = []
    end = pos
    for w in reversed(found):
        if _CLAUSE.search(text, w.end(), end):
            break
        out.append(w.span())
        if len(w.group()) > LINK:
            break
        end = w.start()
    return out


def _words_after(text: str, b: int, pos: int) -> list[tuple[int, int]]:
    """The word right after ``pos``, or the one after a noun of amount."""
    found = list(_WORD.finditer(text, pos, min(b, pos + 80)))[:2]
    out: list[tuple[int, int]] = []
    for k, w in enumerate(found):
        if _CLAUSE.search(text, found[k - 1].end() if k else pos, w.start()):
            break
        out.append(w.span())
        if not _AMOUNT.fullmatch(w.group()):
            break
    return out


_COMPILED: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]] = {}


def _patterns(lang: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    if lang not in _COMPILED:
        _COMPILED[lang] = tuple(
            (level, regex.compile(rf"(?<![\p{{L}}])(?:{by[lang]})(?![\p{{L}}])",
                                  regex.IGNORECASE))
            for level, by in _LEVELS.items() if lang in by)
    return _COMPILED[lang]


def _level_of(words: list[str], lang: str) -> str | None:
    """The one level a group's labels say (None: none, or more than one)."""
    found = {level for level, p in _patterns(lang) for w in words if p.search(w)}
    if HIGH in found and LOW in found:
        found.discard(HIGH)  # "trop peu", "zu wenig": little
    return found.pop() if len(found) == 1 else None


def _reading(context: CheckContext
             ) -> tuple[regex.Pattern[str], list[Figure]] | None:
    """The names of the thing the sheet's level groups share, and each figure that sets
    one level against another."""
    sheet, lang = context.factsheet, context.lexicon.lang
    levels: dict[str, str] = {}
    terms: set[str] = set()
    for group in sheet.groups.values():
        if not group.term:
            continue
        labels = [*group.label.all_forms(lang)]
        short = getattr(group, "short", None)
        if short is not None:
            labels += short.all_forms(lang)
        level = _level_of(labels, lang)
        if level is not None:
            levels[group.id] = level
            terms.add(group.term)
    if len(set(levels.values())) < 2 or len(terms) != 1:
        return None
    figures = []
    for fact in sheet.facts.values():
        g, v = getattr(fact, "group", None), getattr(fact, "versus", None)
        if g in levels and v in levels and levels[g] != levels[v]:
            values = allowed_values(fact)
            if values:
                figures.append((values, levels[g], levels[v], fact.id, g, v))
    forms = term_forms(context.lexicon, terms.pop())
    names = [regex.escape(f) for f in (forms.accepted if forms else ()) if len(f) >= 3]
    if not figures or not names:
        return None
    names.sort(key=len, reverse=True)
    return regex.compile(rf"(?<![\p{{L}}])[\p{{L}}-]*(?:{'|'.join(names)})[\p{{L}}-]*"
                         rf"(?![\p{{L}}])", regex.IGNORECASE), figures
