"""Groups set apart by the level of one thing (too little, enough, more than enough
vitamin D): a text names such a group by a word of its level ("those with high vitamin D",
"por encima de lo suficiente", "Menschen mit hohem Spiegel") as often as by its label, so
a figure of one level said of another is read from those words."""

from __future__ import annotations

from typing import Any

import regex

# words of a level above another, and below (closed-class words of the six languages)
_MORE = (r"more|above|over|higher|high|greater|exceed\w*|much|"
         r"más|mayor(?:es)?|superior\w*|encima|alt[oa]s?|elevad\w*|super(?:a|an|aba|aban|ó|aron)|"
         r"plus|davantage|supérieur\w*|au-dessus|élevée?s?|dépass\w*|"
         r"mehr|höher\w*|hoh(?:e|em|en|er|es)?|hoch|über|oberhalb|viel|"
         r"più|sopra|oltre|alt[oiae]|elevat\w*|moltissim\w*|"
         r"mais|acima|ultrapass\w*")
_LESS = (r"less|fewer|below|under|lower|low|little|deficien\w*|"
         r"menos|menor(?:es)?|inferior\w*|debajo|baj[oa]s?|poc[oa]s?|déficit\w*|insuficient\w*|"
         r"moins|peu|inférieur\w*|sous|dessous|basses?|faibles?|carenc\w*|insuffisan\w*|"
         r"weniger|wenig|niedrig\w*|unterhalb|mangel\w*|unzureichend\w*|"
         r"meno|poch[ei]|sotto|bass[oiae]|carent\w*|carenz\w*|"
         r"pouc[oa]s?|abaixo|baix[oa]s?|défice|deficit\w*")
LEVEL = regex.compile(rf"(?<![\p{{L}}\-])(?:(?P<more>{_MORE})|(?P<less>{_LESS}))(?![\p{{L}}\-])",
                      regex.IGNORECASE)
# nouns of a measured level, which a level word names a group with when no group's word is
# near ("un taux élevé", "niveles más altos")
_NOUN = regex.compile(r"\b(?:levels?|concentrations?|values?|spiegel\w*|wert\w*|"
                      r"bereich\w*|nivel(?:es)?|niveau\w*|taux|valor(?:es)?|valori|livell[oi]"
                      r"|níve(?:l|is)|concentra\w*)(?!\p{L})", regex.IGNORECASE)
_STOP = regex.compile(r"[.;:!?()\u2013\u2014|\n]")


_SEEN: dict[tuple[int, str], tuple[Any, dict[str, str]]] = {}


def level_groups(sheet: Any, lang: str) -> dict[str, str]:
    """The sheet's groups of one thing's levels, by level word ("more", "less", "" for the
    level the others are set against): groups that share one term, when one label says
    more and one less; none otherwise (worked out once per sheet and language)."""
    kept = _SEEN.get((id(sheet.groups), lang))
    if kept is not None and kept[0] is sheet.groups:
        return kept[1]
    by_term: dict[str, list[Any]] = {}
    for g in sheet.groups.values():
        if g.term:
            by_term.setdefault(g.term, []).append(g)
    out: dict[str, str] = {}
    for groups in by_term.values():
        if len(groups) < 2:
            continue
        kinds = {}
        for g in groups:
            words = " ".join((*g.label.all_forms(lang), *g.keywords.get(lang, [])))
            found = {k for hit in LEVEL.finditer(words) for k, v in hit.groupdict().items() if v}
            kinds[g.id] = found.pop() if len(found) == 1 else ("?" if found else "")
        said = [k for k in kinds.values() if k in ("more", "less")]
        if "?" in kinds.values() or len(said) != len(set(said)) or not said:
            continue
        out.update(kinds)
    _SEEN[id(sheet.groups), lang] = (sheet.groups, out)
    return out


def level_of(levels: dict[str, str], level: str) -> str | None:
    """The group of a level word's level."""
    return next((g for g, k in levels.items() if k == level), None)


def level_said(text: str, lo: int, hi: int, anchors: list[tuple[int, int]],
               skip: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The level ("more", "less") said last, and where, in ``[lo, hi)`` by a level word next to a
    group's word or a level noun (``anchors``, and the level nouns found here), with no
    mark between; words in ``skip`` (the figure's own comparative) say none."""
    hits = [h for h in LEVEL.finditer(text, lo, hi)
            if not any(x < h.end() and h.start() < y for x, y in skip)]
    if not hits:
        return None
    near = list(anchors) + [h.span() for h in _NOUN.finditer(text, lo, hi)]
    out = None
    for hit in hits:
        a, b = hit.span()
        if any((x < b and a < y) or (b <= x <= b + 40 and not _STOP.search(text, b, x))
               or (a - 12 <= y <= a and not _STOP.search(text, y, a)) for x, y in near):
            out = ("more" if hit.group("more") else "less", a, b)
    return out
