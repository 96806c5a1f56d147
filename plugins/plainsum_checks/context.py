"""Who and when a number in a text is about: the group and time words around it.

A number takes its meaning from the words in its own clause (between the numbers before
and after it), then from its sentence, then from the last earlier sentence of the same
paragraph that named a group or a time (so "Ten years later, 71% ..." keeps the group of
the sentence before). A group named only by a generic word ("people") also keeps the
group of the sentence before.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import regex

from .labels import has_labels, labelled
from .numbers import Mention
from .sheet import SheetIndex
from .text import RunMemo, each_sentence, first_in, fold, last_in, tokens

_CLAUSE = regex.compile(r"[;:,—–()]")
_CLAUSE_MARKS = re.compile(r"[;:,—–()]")  # _CLAUSE, for whole texts
_CUT = regex.compile(r"[;:,]")
# a slash with a space on each side between two items of one line ("Bras
# chlorhexidine-alcool : n = 572 / bras iode-alcool : n = 575"): it ends a clause as a
# semicolon does (a slash between figures, "23/572", is a fraction)
_SLASHED = re.compile(r"[ \t\u00a0]/[ \t\u00a0]")
# a line break that opens a list item the sentence splitter keeps in the sentence (a line
# opened by a symbol: "➡️ 572 donne: clorexidina-alcol", "✔ 575 ..."): it ends a clause
# as a semicolon does
_ITEM_BREAK = re.compile(r"\n(?=[^\S\n]*[^\w\s\"'“‘„«¿¡(\[])")
# a count's noun and a colon, then the group they are ("572 Frauen: Hautreinigung mit
# Chlorhexidin", "572 donne: clorexidina-alcol", "572 women: chlorhexidine"): a label
_LABEL = regex.compile(r"[ \t\u00a0]*:[ \t\u00a0]*")
# a colon right after a group's words, or one word on ("progressive MS:")
_HEADS = regex.compile(r"(?:[ \t\u00a0]+[\p{L}-]+)?[ \t\u00a0]*:")
_LISTS_APART = regex.compile(r"[)\]][^()\[\]]*[(\[]")  # a bracket closed, another opened
# a share in brackets right after a count and the words of its phrase ("42 women given
# iodine (7.3%), so ..."): no clause mark but the bracket between them, and the bracket
# ends the phrase (in "42 of 575 (7.3%) in the iodine group" the group comes after it)
_RESTATED_BEFORE = regex.compile(r"[^,;:.()\n]{0,60}\(\s*")
# and ends its phrase (or its line: a list item "- Iodine-alcohol: 42/575 (7.3%)")
# (a line that wraps prose goes on in lower case: "(7,3%)\nnel gruppo iodio")
_RESTATED_AFTER = regex.compile(
    r"\s*\)[ \u00a0]*(?:[,;:.!?]|$|\n(?=[ \t]*(?:[-•*–\n]|\p{N}+[.)]|\p{Lu}|$)))")
_WORDED = regex.compile(r"\p{L}{3,}")  # a word, not a bare mark or unit ("%", "n")
# between two figures or two times said as a pair: a word or two ("and", "y el", "bzw.",
# "e aos"), no clause mark
PAIRED = regex.compile(r"[ \u00a0]+(?:[\p{L}'’]{1,5}\.?[ \u00a0]*){1,3}")
# an aside opened right before a figure and closed right after its noun: "(122 people)",
# ", 122 personas,", "— 122 Menschen —"
_APPOSITION = regex.compile(r"[(,\u2013\u2014][ \u00a0]*$")
_APPOSED = regex.compile(r"[ \u00a0]*[),\u2013\u2014][ \u00a0]*")
SAME_PHRASE = 24  # characters between two group words of one noun phrase ("… with …")
# after a comma, a relative pronoun that goes on describing the people just named (only
# forms that are no article too): closed-class words of the six languages
_RELATIVE = regex.compile(r"\s+(?:whose|deren|dessen|denen|welche[nmrs]?|dont|cuy[oa]s?"
                          r"|(?:le|la|i|gli)\s+cui|cuj[oa]s?)\b", regex.IGNORECASE)
# a partitive relative clause around a figure (", 99 of whom completed it,", ", dont 99
# ...,", ", von denen 99 ...,"): an aside on the people just named. Closed-class words
_PARTITIVE = (r"of\s+whom|of\s+which|von\s+denen|davon|dont|de\s+(?:los|las)\s+cuales"
              r"|de\s+quienes|(?:dei|delle|degli)\s+quali|di\s+cui|(?:dos|das)\s+quais")
_PARTITIVE_BEFORE = regex.compile(rf",\s*(?:{_PARTITIVE})\s+$", regex.IGNORECASE)
_PARTITIVE_AFTER = regex.compile(rf"\s+(?:{_PARTITIVE})(?!\w)", regex.IGNORECASE)
# finite forms of "be" and "have" (folded): a noun phrase never holds one, so the phrase
# after a figure ends there ("1147 Frauen hat Chlorhexidin mit Jod verglichen": the women,
# not the chlorhexidine arm), however short the words between. Closed-class
# words of the six languages; forms that are also another function word ("a", "e") left out
FINITE = frozenset({
    "is", "are", "was", "were", "has", "have", "had",
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden",
    "wurde", "wurden",
    "est", "sont", "etait", "etaient", "ont", "avait", "avaient",
    "fue", "fueron", "ha", "han", "habia", "habian", "tiene", "tienen", "tenian",
    "sono", "erano", "fu", "furono", "hanno", "aveva", "avevano",
    "sao", "foi", "foram", "eram", "tem", "tinha", "tinham"})
# the word for "or" that joins alternatives, alone or in the pair "either ... or" (closed
# class, the six languages): people shared out between two groups named after their count
# ("114 adults were assigned to go home early or to stay in hospital", "se repartieron
# entre volver a casa o quedarse ingresados", "entre ir para casa ou ficar internados")
_OR = regex.compile(r"(?<!\p{L})(?:or|o|u|ou|oder|oppure|ovvero)(?!\p{L})", regex.IGNORECASE)
# a clause mark and a word for "and" or "or" right before a figure: the next item of a
# list opens there ("86, la secundaria progresiva, y dos, la primaria"; closed-class words)
_NEXT_ITEM = regex.compile(r"\s*[,;]\s*(?:and|y|e|et|und|i|or|o|u|ou|oder|oppure)\s+",
                           regex.IGNORECASE)
# a number's sentence (index, start, end), and the end of the claim before it and the start
# of the claim after it there (None: the sentence's bounds)
_Place = tuple[int, int, int, int | None, int | None]
_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    item: str  # a group id or a time id
    weak: bool = False
    specific: bool = False  # a group the sheet ties to a term (a type of the condition)
    generic: bool = False  # a bare word for a group others are part of ("patients")
    within: str | None = None  # the whole this part is named in an aside of (:func:`_asides`)

    def shifted(self, offset: int) -> Cue:
        return Cue(self.start + offset, self.end + offset, self.item, self.weak,
                   self.specific, self.generic, self.within)


@dataclass(frozen=True)
class Scope:
    """What the words around one number say: empty sets mean nothing was said."""

    groups: frozenset[str]
    times: frozenset[str]

    def fits(self, group: str | None, time: str | None) -> bool:
        return ((not self.groups or group is None or group in self.groups)
                and (not self.times or time is None or time in self.times))

    def names(self, group: str | None, time: str | None) -> bool:
        """True when both the group and the time are positively named."""
        return ((group is None or group in self.groups)
                and (time is None or time in self.times))


def group_cues(text: str, spans: list[tuple[int, int]], index: SheetIndex,
               memo: RunMemo | None = None) -> list[Cue]:
    """Where the text names a group (a group's words never span two sentences)."""
    groups = index.sheet.groups
    parents = {f.of for f in index.sheet.facts.values() if getattr(f, "of", None)}
    wholes = [(g.id, frozenset(g.includes)) for g in groups.values()
              if len(getattr(g, "includes", ()) or ()) > 1]

    def read(sentence: str) -> list[Cue]:
        toks = tokens(sentence)
        named = list(index.groups.find(sentence, toks))
        if not named:
            return []
        # a group's word inside an outcome's own words ("19 sur 100 ont finalement été
        # opérées") says what people had or did, not who they were (sought only where
        # a group's words are)
        said = [(o.start, o.end) for o in index.said.find(sentence, toks)]
        found = [Cue(m.start, m.end, m.item[0], m.item[1],
                     bool(groups[m.item[0]].term) if m.item[0] in groups else False,
                     m.item[0] in parents and m.last - m.first == 1)
                 for m in named
                 if not any(a <= m.start and m.end <= b and m.end - m.start < b - a
                            for a, b in said)]
        if any(c.weak for c in found):
            found = [_strengthened(sentence, c) if c.weak else c for c in found]
        if "|" in sentence and any(c.generic for c in found):
            found = [c for c in found if not (c.generic and _QUALIFIED.match(sentence, c.end)
                                              and _in_row(sentence, c.start))]
        if wholes and len(found) > 1:
            found = _asides(sentence, _with_wholes(sentence, found, wholes), wholes)
        if len(index.compared) == 2:
            found = _negated_arms(sentence, found, index.compared, index.lexicon.lang)
        return found

    cues = each_sentence(text, spans, read, memo, "group-cues-sentence")
    return _with_labels(text, cues, index.compared) if has_labels(text) else cues


# a relative pronoun and a negation right before an arm's words ("those who did not have
# the scan", "chi non ha fatto la TAC", "ceux qui n'ont pas eu le scanner", "quienes no se
# hicieron el escáner", "os que não fizeram a TAC"): the people of the other arm of two,
# named by what they lacked (per language: "no" is a negation in Spanish only)
_NOT_HAVING_WORDS = {
    "en": (r"who|that|those", r"not|never|didn['’]t|hadn['’]t|haven['’]t"),
    "es": (r"quienes|que|los|las", r"no|nunca"),
    "fr": (r"qui|ceux|celles", r"n['’]|ne|jamais"),
    "de": (r"die|welche|der", r"nicht|kein\p{L}*|nie"),
    "it": (r"chi|che|coloro|cui", r"non|mai"),
    "pt": (r"que|quem|os|as", r"não|nunca"),
}


@functools.cache
def _not_having(lang: str) -> regex.Pattern[str] | None:
    if lang not in _NOT_HAVING_WORDS:
        return None
    who, neg = _NOT_HAVING_WORDS[lang]
    return regex.compile(
        rf"(?<![\p{{L}}])(?:{who})[ \u00a0]+(?:[\p{{L}}'’]+[ \u00a0]+)?(?:{neg})"
        r"(?:[ \u00a0]+|(?<=['’]))(?:[\p{L}'’-]+[ \u00a0]+){0,4}?(?:[\p{L}]+['’])?$",
        regex.IGNORECASE)


def _negated_arms(sentence: str, cues: list[Cue], arms: frozenset[str], lang: str
                  ) -> list[Cue]:
    """The cues, an arm's words said in a negated relative clause read as the other of
    the two arms (the people who lacked what the first arm had). ("Without" is left to
    the direction's own reading of negations.)"""
    pattern = _not_having(lang)
    if pattern is None:
        return cues
    out = []
    for c in cues:
        if c.item in arms and not c.weak:
            head = sentence[max(0, c.start - 60):c.start]
            lacking = pattern.search(head)
            if lacking and not _CLAUSE.search(lacking.group()):
                other = next(iter(arms - {c.item}))
                c = Cue(c.start, c.end, other, c.weak, c.specific, c.generic, c.within)
        out.append(c)
    return out


def _with_labels(text: str, cues: list[Cue], arms: frozenset[str]) -> list[Cue]:
    """The cues, with the letters the text defines for its groups where they stand
    again (:mod:`.labels`), in place of any cue they overlap."""
    found = labelled(text, cues, arms)
    if not found:
        return cues
    added = [Cue(a, b, item) for a, b, item in found]
    kept = [c for c in cues if not any(x.start < c.end and c.start < x.end for x in added)]
    return sorted(kept + added, key=lambda c: (c.start, c.end))


# a comma, bracket or dash and a few words, no figure and no clause mark: an aside opened
# right after a group's words and one more word ("bei fortschreitender MS, fast
# ausschließlich der sekundär progredienten Form, 71 bzw. 57 Prozent")
_ASIDE_OPEN = regex.compile(
    r"(?:[ \u00a0]+[\p{L}-]+)?[ \u00a0]*[,(\u2013\u2014][^,;:()\d\n]{0,40}")
# and closed after a part's words and one more word at most ("... Form,", "...)")
_ASIDE_CLOSE = regex.compile(r"(?:[ \u00a0]+[\p{L}-]+)?[ \u00a0]*[,)\u2013\u2014]")


def _asides(sentence: str, cues: list[Cue],
            wholes: list[tuple[str, frozenset[str]]]) -> list[Cue]:
    """The cues, with a part of a whole the sheet makes of parts marked as said in an
    aside on that whole when the aside follows the whole's words: the figures after it
    are the whole's as much as the part's ("progressive MS, almost all of it secondary
    progressive, 71% and 57%")."""
    parts = dict(wholes)
    out = list(cues)
    for i, (whole, part) in enumerate(pairwise(cues)):
        if part.item in parts.get(whole.item, ()) and _ASIDE_OPEN.fullmatch(
                sentence, whole.end, part.start) and _ASIDE_CLOSE.match(sentence, part.end):
            out[i + 1] = Cue(part.start, part.end, part.item, part.weak, part.specific,
                             part.generic, whole.item)
    return out


# a relative pronoun right after a bare word for the people of the study in a table row's
# label ("Patients who completed the study | 99", "Pacientes que terminaron el estudio |
# 99"): the clause says which of them, so the word alone is not the whole cohort's (the
# clause's own words name the group where the sheet has them; in prose, "a study of 210
# people who had a transplant" is the cohort). Closed-class words
_QUALIFIED = regex.compile(r",?[ \u00a0]+(?:who|that|which|whose|die|der|welche[nr]?|qui"
                           r"|que|dont|quienes|cuyos|cuyas|che|cui|quem)(?!\p{L})",
                           regex.IGNORECASE)


# right before words another group's name shares ("the usual tests" of "the scan on top
# of the usual tests"): a word for "only" or a group noun, a word or two before them, makes
# them that group's name ("only the usual tests", "solo gli esami standard", "só com os
# exames habituais", "dans le groupe examens habituels", "im Arm mit der
# Standarddiagnostik"). Closed-class words of the six languages
_NAMES_IT = regex.compile(
    r"(?<!\p{L})(?:only|solely|just|nur|lediglich|ausschließlich|seulement|uniquement"
    r"|solo|sólo|solamente|únicamente|soltanto|unicamente|soli|sole|apenas|só|somente"
    r"|group|arm|gruppe|groupe|bras|grupo|brazo|gruppo|braccio|braço)"
    r"(?:[ \u00a0]+[\p{L}'’]+){0,2}?[ \u00a0'’]+$", regex.IGNORECASE)


def _in_row(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands in the first cell of a table's row (a line with a cell
    mark after it)."""
    end = sentence.find("\n", pos)
    return "|" in sentence[pos:len(sentence) if end < 0 else end] and "|" not in sentence[
        sentence.rfind("\n", 0, pos) + 1:pos]


def _strengthened(sentence: str, cue: Cue) -> Cue:
    """A weak cue as a strong one where a word for "only" or a group noun stands a word
    or two before it (:data:`_NAMES_IT`)."""
    if _NAMES_IT.search(sentence, max(0, cue.start - 40), cue.start) is None:
        return cue
    return Cue(cue.start, cue.end, cue.item, False, cue.specific, cue.generic)


def _with_wholes(sentence: str, cues: list[Cue],
                 wholes: list[tuple[str, frozenset[str]]]) -> list[Cue]:
    """The cues, with a group the sheet makes of parts in place of the parts where one
    phrase names every part ("secondary progressive or primary progressive MS" is the
    sheet's progressive MS, "SPMS and PPMS" too): side by side, no clause mark between."""
    out = list(cues)
    for whole, parts in wholes:
        for i, first in enumerate(cues):
            if first.item not in parts:
                continue
            seen, last = {first.item}, first
            for c in cues[i + 1:]:
                if (c.start - last.end > SAME_PHRASE
                        or _CLAUSE.search(sentence, last.end, c.start)
                        or _apart(sentence[last.end:c.start])):
                    break
                seen.add(c.item)
                last = c
                if seen >= parts:
                    break
            if seen >= parts and seen <= parts | {whole}:
                out = [c for c in out if not (first.start <= c.start and c.end <= last.end)]
                out.append(Cue(first.start, last.end, whole,
                               specific=first.specific or last.specific))
                break
    return sorted(out, key=lambda c: (c.start, c.end))


def _apart(between: str) -> bool:
    """Whether the words between two groups' names make them two phrases: a figure, a
    finite verb, or more than a conjunction and an article ("86 had secondary progressive
    MS and 2 had primary progressive MS", "86 eine sekundär progrediente und zwei eine
    primär progrediente MS" count each part on its own; "secondary or primary progressive
    MS", "the secondary and the primary progressive forms" are one phrase)."""
    words = tokens(between)
    return len(words) > 2 or any(ch.isdigit() for ch in between) or any(
        t.norm in FINITE for t in words)


BACK = "\x00back"  # the item of a cue that points back ("these women"): no group to judge


def back_cues(text: str, spans: list[tuple[int, int]], pack: object) -> list[Cue]:
    """Where the text points back to people named before ("of these women", "de ellas"):
    a figure said of them is about whoever the text meant, which the checker cannot tell
    from the sheet's groups (the women found with a finding are no group of the sheet)."""
    forms = tuple(getattr(pack, "anaphora", None) or ())
    pattern = _anaphora(forms)
    if pattern is None:
        return []
    if not _local(forms):
        return [Cue(hit.start(), hit.end(), BACK, generic=True) for a, b in spans
                for hit in pattern.finditer(text, a, b)]
    out: list[Cue] = []
    for a, b in spans:
        # the outputs of a run share most sentences: each sentence scanned once, with the
        # one character before it (all the pattern looks at outside the sentence)
        key = (pattern, text[a:b], text[a - 1:a])
        found = _BACK_SEEN.get(key)
        if found is None:
            if len(_BACK_SEEN) >= _BACK_KEPT:
                _BACK_SEEN.clear()
            found = _BACK_SEEN[key] = tuple(
                (hit.start() - a, hit.end() - a) for hit in pattern.finditer(text, a, b))
        out += [Cue(x + a, y + a, BACK, generic=True) for x, y in found]
    return out


# where the pointing-back words stand in a sentence, by (pattern, sentence, the character
# before it): a scan of the sentence in a text, with its end as the end (the pattern sees
# nothing after it), reads nothing else of the text when no form looks behind itself
_BACK_SEEN: dict[tuple[regex.Pattern[str], str, str], tuple[tuple[int, int], ...]] = {}
_BACK_KEPT = 16384


@functools.lru_cache(maxsize=16)
def _local(forms: tuple[str, ...]) -> bool:
    """Whether no form looks behind itself (only the pattern's own look-behind does, one
    character before the form)."""
    return not any("(?<" in form for form in forms)


@functools.lru_cache(maxsize=16)
def _anaphora(forms: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not forms:
        return None
    return regex.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", regex.IGNORECASE)


# ordinals that name a group by the order the text introduced the groups in ("23 donne
# nel primo gruppo ... e 42 nel secondo", "the former ... the latter"): closed-class
# words of the six languages, rank 1 and rank 2
_FIRST = (r"first|former|erst(?:e[nrms]?|ere[nrms]?)|premi(?:er|ère)s?|primer[oa]?s?"
          r"|prim[oa]|primeir[oa]s?")
_SECOND = (r"second(?:e|o|a)?s?|latter|zweite[nrms]?|letztere[nrms]?|deuxièmes?"
           r"|segund[oa]s?")
_ORDINALS = regex.compile(rf"(?<!\w)(?:(?P<one>{_FIRST})|(?P<two>{_SECOND}))(?!\w)",
                          regex.IGNORECASE)
# words that name a group by their rank alone, with no noun: "the former", "letzteren"
_BARE_RANKS = frozenset({"former", "latter", "erstere", "ersteren", "ersterem", "ersterer",
                         "letztere", "letzteren", "letzterem", "letzterer"})


def ordinal_cues(text: str, spans: list[tuple[int, int]], cues: list[Cue], pack: object,
                 arms: frozenset[str], stops: frozenset[str] = frozenset()) -> list[Cue]:
    """Where the text names one of the compared groups by its rank: "the first group",
    "nel primo gruppo ... e 42 nel secondo", "im zweiten Arm", "the latter". The rank
    counts the compared groups in the order the text first named them before it (two at
    least); a bare ordinal ("nel secondo", "les seconds ont") counts only beside the
    other rank in its sentence (``stops``: the folded function words that may follow a
    bare one)."""
    if len(arms) < 2 or _ORDINALS.search(text) is None:
        return []
    nouns = {fold(w) for w in getattr(pack, "group_nouns", None) or ()}
    if not nouns:
        return []
    out: list[Cue] = []
    for a, b in spans:
        hits = list(_ORDINALS.finditer(text, a, b))
        if not hits:
            continue
        found: list[tuple[int, int, int, bool]] = []  # start, end, rank, with its noun
        for hit in hits:
            rank = 1 if hit.group("one") else 2
            after = tokens(text[hit.end():min(b, hit.end() + 30)])
            glued = bool(after) and not text[hit.end():hit.end() + after[0].start].strip()
            if glued and after[0].norm in nouns:
                found.append((hit.start(), hit.end() + after[0].end, rank, True))
            elif fold(hit.group()) in _BARE_RANKS:
                found.append((hit.start(), hit.end(), rank, True))
            elif not glued or after[0].norm in FINITE or after[0].norm in stops:
                # no noun after it ("42 nel secondo (7,3 %)", "les seconds ont eu ... que
                # les premiers"): a group meant, when the other rank is said too
                found.append((hit.start(), hit.end(), rank, False))
        ranks = {r for _, _, r, _ in found}
        for start, end, rank, strong in found:
            if not strong and not ranks - {rank}:
                continue  # a bare ordinal needs the other rank in its sentence
            order: list[str] = []
            for c in cues:
                if c.start >= start:
                    break
                if c.item in arms and c.item not in order:
                    order.append(c.item)
            if len(order) >= 2:
                out.append(Cue(start, end, order[rank - 1]))
    return out


def time_cues(mentions: list[Mention], index: SheetIndex) -> list[Cue]:
    out = []
    for m in mentions:
        if m.kind == "duration" and m.unit:
            tid = index.times.get((float(m.value), m.unit))
            if tid:
                out.append(Cue(m.start, m.end, tid))
    return out


class Cues:
    """Cues in text order, found by where they start (bisection): a long text has many,
    and each number asks only about the few of its sentence or clause."""

    def __init__(self, cues: list[Cue], times: frozenset[Cue] = frozenset()):
        self.cues = cues
        self.starts = [c.start for c in cues]
        # for each cue, whether it is (equal to) a cue of a time: asked of every cue a
        # number may own, and hashing a cue each time is slow
        self.timed = [c in times for c in cues] if times else [False] * len(cues)
        # for each cue, the index of the last cue up to it that is not generic (or -1)
        self.plain: list[int] = []
        last = -1
        for i, c in enumerate(cues):
            if not c.generic:
                last = i
            self.plain.append(last)
        # for each cue, the earliest end of the cues from it on
        self.least_end = [c.end for c in cues]
        for i in range(len(cues) - 2, -1, -1):
            self.least_end[i] = min(self.least_end[i], self.least_end[i + 1])
        self._items: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] = {}

    def between(self, lo: int, hi: int) -> list[Cue]:
        """The cues that start in ``[lo, hi)``, in text order."""
        return self.cues[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def any_inside(self, lo: int, hi: int) -> bool:
        """Whether a cue starts at ``lo`` or later and ends by ``hi``."""
        i = bisect_left(self.starts, lo)
        return i < len(self.cues) and self.least_end[i] <= hi

    def last_plain(self, lo: int, hi: int, end: int, near: list[Cue]) -> Cue | None:
        """The last cue that starts in ``[lo, hi)`` and ends by ``end``, is not generic
        and is not in ``near``."""
        i = bisect_left(self.starts, hi) - 1
        while i >= 0:
            j = self.plain[i]
            if j < 0 or self.starts[j] < lo:
                return None
            if self.cues[j].end <= end and self.cues[j] not in near:
                return self.cues[j]
            i = j - 1
        return None

    def items(self, a: int, b: int) -> tuple[frozenset[str], frozenset[str]]:
        """What the cues of the sentence ``[a, b)`` name: all of them, and the strong ones
        (worked out once per sentence)."""
        if (a, b) not in self._items:
            here = [c for c in self.between(a, b) if c.item != BACK]
            self._items[a, b] = (frozenset(c.item for c in here),
                                 frozenset(c.item for c in here if not c.weak))
        return self._items[a, b]


_RULE_ROW = re.compile(r"[\s|:\-+=]*")  # a table's rule line ("|---|:---|")
# a figure in a cell that no word follows: a value ("| 114 (bajo riesgo)", "| A: 4,8"), not
# a header's time point ("| 5 years", "| 10 Jahre")
_VALUE = regex.compile(r"(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)*(?![.,]?\p{N}|[ \u00a0]*\p{L})")


def _row_breaks(text: str) -> list[int]:
    """Where the lines of a table's rows end ("Patients who completed | 99" then "Group
    A | early discharge"): a line break before or after a line with a cell mark, whatever
    the next line starts with."""
    lines = text.split("\n")
    out = []
    end = -1
    for line, after in pairwise(lines):
        end += len(line) + 1
        if "|" in line or "|" in after:
            out.append(end)
    return out


def _bars(text: str, lo: int, hi: int) -> list[int]:
    """Where the cell marks of one line are (none when it is no table row)."""
    return [i for i in range(lo, hi) if text[i] == "|"]


def table_cells(text: str, pos: int) -> tuple[tuple[int, int], ...]:
    """:func:`_cells` of the line that holds ``pos``."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return _cells(text, lo, len(text) if hi < 0 else hi, pos)


def _cells(text: str, lo: int, hi: int, pos: int) -> tuple[tuple[int, int], ...]:
    """The row's first cell, the header's cell of the column of ``pos`` and the whole
    header (the first row of the block of table lines that holds the line ``[lo, hi)``),
    or nothing."""
    bars = _bars(text, lo, hi)
    if not bars or pos < bars[0]:
        return ()
    column = bisect_right(bars, pos)  # cell index of pos (0 = the row's first cell)
    top = lo
    while top > 0:  # back to the first line of the block of table rows
        start = text.rfind("\n", 0, top - 1) + 1
        line = text[start:top - 1]
        if "|" not in line:
            break
        top = start
    if top == lo:
        return ()  # the header itself: its words are its own
    end = text.find("\n", top)
    head = _bars(text, top, end)
    if len(head) != len(bars) or _VALUE.search(text, head[0], end) is not None:
        return ()  # (a first row that gives a figure is a row like the others, no
        # header: "Patients randomised | 114" over "Patients who completed | 99")
    edges = [top - 1, *head, end]
    first = (lo, bars[0])
    if not text[lo:bars[0]].strip() and len(bars) > 1:  # "| Group | 5 years |"
        first = (bars[0] + 1, bars[1])
    return (first, (edges[column] + 1, edges[column + 1]), (top, end))


# a figure restated in another form, set off as an aside with at most three words before
# it ("71%, roughly seven in ten, had ...", "86 % (soit près de neuf sur dix) ...")
_RESTATING = regex.compile(r"[ \u00a0]*[(,\u2013\u2014][ \u00a0]*(?:[\p{L}.'’]+[ \u00a0]+){0,3}")
RESTATED_END = regex.compile(r"[ \u00a0]*[),\u2013\u2014][ \u00a0]*")


def restatements(text: str, claims: list[Mention]) -> dict[int, Mention]:
    """Each share (by ``id``) that restates the one right before it in another form as an
    aside, with the one it restates: "71%, roughly seven in ten, had not got worse ten
    years after" says one figure twice."""
    out: dict[int, Mention] = {}
    head: Mention | None = None
    for o in claims:
        if (head is not None and head.percent is not None and o.percent is not None
                and (o.kind != head.kind or o.words != head.words)
                and abs(o.percent - head.percent) <= 5
                and _RESTATING.fullmatch(text, head.end, o.start)
                and RESTATED_END.match(text, o.end)):
            out[id(o)] = head
            continue
        head = o
    return out


def _without_restatements(text: str, claims: list[Mention]) -> list[Mention]:
    """The claims less each share that restates the one before it (:func:`restatements`):
    it neither ends the first one's clause (the words after the aside are the first's
    too) nor counts as a figure of its own in its sentence."""
    if len(claims) < 2:
        return claims
    again = restatements(text, claims)
    return [o for o in claims if id(o) not in again] if again else claims


class Scoper:
    """Resolves the scope of each claim-like number of one text.

    Claims and cues come in text order. Each question bisects into them (and into the
    clause marks of the text) rather than scanning all of them, and what reading back
    through the paragraph finds is worked out once per sentence, so a long text costs
    no more per number than a short one.
    """

    def __init__(self, text: str, sentences: list[tuple[int, int]], claims: list[Mention],
                 groups: list[Cue], times: list[Cue],
                 stopwords: frozenset[str] = frozenset(), versus: Any = None,
                 kinds: frozenset[str] = frozenset()):
        self.text = text
        # groups that are a kind of the condition (tied to a term, no arm the sheet
        # compares): what a count of people may be said to have ("122 had RRMS")
        self.kinds = kinds
        self.stopwords = stopwords  # folded function words: what may join a noun phrase
        self.versus = versus  # the language's words for versus (a pattern), if any
        self.sentences = sentences
        claims = _without_restatements(text, claims)
        self.claims = claims
        timed = frozenset(times)
        self.groups = Cues(groups, timed)
        self._asides = any(c.within is not None for c in groups)
        self.times = Cues(times, timed)
        self._sentence_starts = [a for a, _ in sentences]
        self._claim_starts = [o.start for o in claims]
        self._claim_ends = sorted(o.end for o in claims)
        self._at: dict[int, Mention] = {}  # the first claim starting at each offset
        self._left: dict[int, int] = {}  # the latest start of the claims ending at each offset
        for o in claims:
            self._at.setdefault(o.start, o)
            self._left[o.end] = max(self._left.get(o.end, o.start), o.start)
        # the clause marks, strong (;:) and weak (,—–()), found in one pass of the
        # standard library's re (no look-around: much faster than three passes)
        self._clause = [hit.start() for hit in _CLAUSE_MARKS.finditer(text)]
        if "\n" in text:
            items = [hit.start() for hit in _ITEM_BREAK.finditer(text)]
            if items:
                self._clause = sorted(self._clause + items)
        # the rows of a table, a line each: no words of another row are a figure's own
        self._rows = _row_breaks(text) if "|" in text and "\n" in text else []
        if " / " in text:  # "Bras A : n = 572 / bras B : n = 575": two items of a list
            self._clause = sorted(self._clause + [
                hit.start() + 1 for hit in _SLASHED.finditer(text)])
        self._strong = [i for i in self._clause if text[i] in ";:\n/"]
        self._weak = [i for i in self._clause if text[i] not in ";:"]
        self._back: dict[Cues, list[tuple[str, frozenset[str]]]] = {}
        # the last number asked about, where it stands and which cues are its own: a
        # judge asks several questions of one number in a row
        self._placed: tuple[Mention | None, _Place] = (None, (0, 0, 0, None, None))
        self._mined: dict[Cues, tuple[Mention, list[Cue]]] = {}
        # a table's rows ("Group | 5 years | 10 years"): their figures take their words
        # from their row's first cell and their column's header (:meth:`_cells`)
        self._table = "|" in text
        self._tables: dict[int, tuple[tuple[int, int], ...]] = {}

    def sentence_of(self, pos: int) -> int:
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return i
        return max(0, len(self.sentences) - 1)

    def _bounds(self, k: int) -> tuple[int, int]:
        return self.sentences[k] if self.sentences else (0, len(self.text))

    def _place(self, m: Mention) -> _Place:
        """The sentence of ``m`` (its index and bounds), and where the claims before and
        after ``m`` in it end and start."""
        last, place = self._placed
        if last is m:
            return place
        # sentence_of, _bounds, last_in and first_in, without the calls (this runs for
        # every number of a text)
        sentences = self.sentences
        k = bisect_right(self._sentence_starts, m.start) - 1
        if k < 0 or m.start >= sentences[k][1]:
            k = max(0, len(sentences) - 1)
        a, b = sentences[k] if sentences else (0, len(self.text))
        ends, starts = self._claim_ends, self._claim_starts
        i = bisect_left(ends, m.start + 1) - 1
        j = bisect_left(starts, m.end)
        place = (k, a, b, ends[i] if i >= 0 and ends[i] >= a else None,
                 starts[j] if j < len(starts) and starts[j] < b else None)
        self._placed = (m, place)
        return place

    def scope(self, m: Mention) -> Scope:
        return Scope(self.groups_of(m), self._pick(self.times, m))

    def groups_of(self, m: Mention) -> frozenset[str]:
        """The groups of :meth:`scope` alone, for a question about groups only."""
        groups = self._pick(self.groups, m)
        return self._widened(m, groups) if self._asides and len(groups) == 1 else groups

    def _widened(self, m: Mention, groups: frozenset[str]) -> frozenset[str]:
        """A part named in an aside on a whole, with no strong clause mark between it
        and ``m``, leaves the figure to the whole as well (:func:`_asides`)."""
        _, a, _, _, _ = self._place(m)
        text = self.text
        for c in self.groups.between(a, m.start):
            if c.within is not None and c.item in groups and first_in(
                    self._strong, c.end, m.start) is None and not (
                    text.rfind("(", a, c.start) > text.rfind(")", a, c.start)
                    and text.find(")", c.end, m.start) < 0):
                return groups | {c.within}  # (not inside the aside's brackets still:
                # "Progressive MS (mostly secondary progressive, 86 people)")
        return groups

    def _mine(self, cues: Cues, m: Mention) -> list[Cue]:
        """The cues of the sentence of ``m`` that belong to it: only those between its
        neighbours can (:meth:`_own`)."""
        hit = self._mined.get(cues)
        if hit is not None and hit[0] is m:
            return hit[1]
        _, a, b, prev, nxt = self._place(m)
        lo = bisect_left(cues.starts, a if prev is None else prev)
        hi = bisect_left(cues.starts, b if nxt is None else nxt, lo)
        mine = [cues.cues[i] for i in range(lo, hi)
                if self._own(cues.cues[i], m, prev, nxt, cues.timed[i])] if lo < hi else []
        if prev is not None and cues is self.groups and not any(
                c.item != BACK for c in mine):
            head = self._heading(cues, m, a, prev)
            if head is not None:
                mine = [head, *mine]
        if nxt is None and any(c.end <= m.start for c in mine if c.item != BACK):
            # the last figure of its sentence, with words of its own before it: a cue past
            # a clause mark after it opens a clause of its own ("Fünf Jahre nach ... waren
            # 80 Prozent ..., nach zehn Jahren traf das auf zwei Drittel zu")
            mine = [c for c in mine if c.start < m.end
                    or first_in(self._clause, m.end, c.start) is None]
        elif nxt is None and prev is not None and any(c.start >= m.end for c in mine):
            # the last of several figures of its sentence: a colon or semicolon right after
            # it (no word between) opens what is drawn from them all ("... 23 (4 %) and 42
            # in the iodine group (7.3 %): with chlorhexidine, then, fewer infections"),
            # not its own words ("575 women: iodine-alcohol" names its own group)
            strong = first_in(self._strong, m.end, b)
            if strong is not None and not regex.search(r"\p{L}", self.text[m.end:strong]):
                mine = [c for c in mine if c.start < m.end or c.start < strong]
        self._mined[cues] = (m, mine)
        return mine

    def _heading(self, cues: Cues, m: Mention, a: int, prev: int) -> Cue | None:
        """The group a heading names for the whole list after its colon, when ``m`` is
        a later figure of that list: "- na EM surto-remissão: 86% e 71%", "RRMS: 86% and
        71%" give both figures to the group, as its own words, not words carried over."""
        text = self.text
        colon = last_in(self._strong, a, m.start)
        if colon is None or text[colon] != ":" or colon >= prev:
            return None
        first = first_in(self._claim_starts, colon, m.start)
        if first is None or first - colon > 12 or m.start - prev > 12:
            return None  # the list is the figures alone ("RRMS: 86% and 71%"), not a
            # title's colon before prose ("... early discharge: a trial of 114 patients
            # (99 completed it) compared ...")
        mark = last_in(self._strong, a, colon)
        lo = a if mark is None else mark + 1
        named = [c for c in cues.between(lo, colon) if c.end <= colon and c.item != BACK]
        if not named or named[-1].generic:
            return None
        heads = _HEADS.match(text, named[-1].end)
        return named[-1] if heads is not None and heads.end() == colon + 1 else None

    def own_groups(self, m: Mention) -> frozenset[str]:
        """The groups named in this number's own clause, nothing inherited from earlier
        sentences or the rest of the sentence: enough to say which fact a wrong figure
        was meant to be, not more."""
        mine = self._mine(self.groups, m)
        return frozenset([c.item for c in mine if c.item != BACK]) if mine else _NONE

    def shared_out(self, m: Mention, arms: frozenset[str]) -> bool:
        """Whether the people a count counts are shared out between alternatives named
        after it in its sentence (before the next figure): one of ``arms`` (the groups
        the sheet compares) with a word for "or" close to it, outside every group's own
        words; or between two arms set against each other before it, the first figure of
        its sentence. Then the count is of all of them, however the other alternative is worded
        ("114 adults were randomly assigned to go home early with rivaroxaban or to stay
        in hospital as usual", "se repartieron entre volver a casa con rivaroxabán o
        quedarse ingresados")."""
        _, a, b, prev, nxt = self._place(m)
        if prev is None and self._set_against(a, m.start, arms):
            return True  # "Chlorhexidine-alcohol vs iodine-alcohol ... (n=1,147)"
        hi = b if nxt is None else nxt
        cues = [c for c in self.groups.between(m.end, hi) if c.end <= hi]
        named = [c for c in cues if c.item in arms]
        if not named:
            return False
        for hit in _OR.finditer(self.text, m.end, hi):
            if any(c.start <= hit.start() < c.end for c in cues):
                continue  # an "or" of a group's own words ("went to hospital or a doctor")
            if any(-SAME_PHRASE * 2 <= hit.start() - c.end <= SAME_PHRASE * 2
                   or 0 <= c.start - hit.end() <= SAME_PHRASE * 2 for c in named):
                return True
        return False

    def _set_against(self, lo: int, hi: int, arms: frozenset[str]) -> bool:
        """Whether two of ``arms`` are named in ``[lo, hi)`` one after the other with a
        versus word or a word for "or" between them: a count after them, with no figure
        before it, counts the people of both."""
        named = [c for c in self.groups.between(lo, hi) if c.item in arms and c.end <= hi]
        for x, y in pairwise(named):
            gap = self.text[x.end:y.start]
            if x.item != y.item and (_OR.search(gap) is not None or (
                    self.versus is not None and self.versus.search(gap) is not None)):
                return True
        return False

    def clause_of(self, m: Mention) -> tuple[int, int]:
        """Where the clause of ``m`` starts and ends: between the clause marks around it
        in its sentence."""
        _, a, b, _, _ = self._place(m)
        mark = last_in(self._clause, a, m.start)
        lo = a if mark is None else mark + 1
        mark = first_in(self._clause, m.end, b)
        return lo, (b if mark is None else mark)

    def clause_groups(self, m: Mention) -> frozenset[str]:
        """The groups of :meth:`own_groups` named inside the number's clause (between
        the clause marks around it): "Chlorhexidine beats iodine: a trial of 572 women"
        says 572 of the women, not of either arm."""
        _, a, b, _, _ = self._place(m)
        mark = last_in(self._clause, a, m.start)
        lo = a if mark is None else mark + 1
        mark = first_in(self._clause, m.end, b)
        hi = b if mark is None else mark
        own = self.own_groups(m)
        return frozenset(c.item for c in self.groups.between(lo, hi)
                         if c.end <= hi and c.item in own)

    def _own(self, c: Cue, m: Mention, prev: int | None, nxt: int | None,
             timed: bool) -> bool:
        """Whether a cue between this number and a neighbouring one belongs to this one
        (``timed``: the cue is a time's).

        The clause decides: a cue cut off from one number by a semicolon (then a comma) and
        not from the other goes with the other ("122 had RRMS, 86 had ..."; "...; at 10
        years, 66%"); a cue in the same clause as both goes with the first ("86% at five
        years and 71% at 10"); otherwise the nearer number takes it.
        """
        if m.start <= c.start and c.end <= m.end:
            return True  # the counted noun inside the figure: "3 women in every 100"
        if self._rows and (first_in(self._rows, m.end, c.start) is not None
                           or first_in(self._rows, c.end, m.start) is not None
                           or "|" in self.text[m.end:c.start]) and not self._cells(m):
            return False  # another row of a table with no header, or another cell
            # after the figure's own ("| A: 64,4% | B: 54,4%")
        heads = _HEADS.match(self.text, c.end)  # "RRMS: 86% ...": a heading of what follows
        if c.start >= m.end:
            if self._closed(m, c) or self._partitive(m, c):
                return False  # "114 patients (99 completed it) compared early discharge"
            if nxt is None:
                return True
            if heads is not None and heads.end() <= nxt and first_in(
                    self._clause, m.end, c.start) is not None:
                return False  # "66% at 10 years; - relapsing-remitting MS: 86% ..." (not
                # a figure's own phrase: "86% of people with RRMS: ...")
            if c.end > nxt:
                return False
            order = self._order(m.start, nxt) if timed else None
            return order == "after" if order else self._left_owns(m.end, c, nxt)
        if c.end > m.start:
            return False
        if prev is None:
            return True
        if heads is not None and heads.end() <= m.start and c.start >= prev and (
                first_in(self._strong, heads.end(), m.start) is None):
            return True  # the heading of the list this figure opens
        if c.start < prev:
            return False
        order = self._order(self._left[prev], m.start) if timed else None
        return order == "before" if order else not self._left_owns(prev, c, m.start)

    def _closed(self, m: Mention, c: Cue) -> bool:
        """Whether ``m`` stands inside brackets that close before cue ``c`` and say
        something of their own: an aside ("(99 completed the study)") says nothing of the
        groups after it, where a bare restatement ("23 of 572 (4.0%) with X") does."""
        close = self.text.find(")", m.end, c.start)
        return close >= 0 and self.text.rfind("(", m.end, close) < 0 and _WORDED.search(
            self.text, m.end, close) is not None and (
            self.text.rfind("(", max(0, m.start - 200), m.start)
            > self.text.rfind(")", max(0, m.start - 200), m.start))

    def _partitive(self, m: Mention, c: Cue) -> bool:
        """Whether ``m`` stands in a partitive relative clause that a clause mark closes
        before cue ``c``: "114 patients, 99 of whom completed follow-up, compared early
        discharge ..." says nothing of the 99 by what comes after."""
        text = self.text
        if _PARTITIVE_AFTER.match(text, m.end) is None and _PARTITIVE_BEFORE.search(
                text, max(0, m.start - 24), m.start) is None:
            return False
        return first_in(self._clause, m.end, c.start) is not None

    def _order(self, left: int, right_start: int) -> str | None:
        """Whether two shares in a row take their time words before them or after them,
        seen from the ends: "nach fünf Jahren 86 Prozent und nach zehn Jahren 71
        Prozent" (before: the words between go right) against "86% at five years and
        71% at ten years" (after: they go left). None when the ends do not tell.

        Asked only of a time's words: a group word right after a figure is its own ("86%
        of these patients"), whichever way the times go."""
        a, b = self._bounds(self.sentence_of(left))
        lo = last_in(self._claim_ends, a, left + 1)
        right = self._at.get(right_start)
        first = self._at.get(left)
        if right is None or first is None or right.percent is None or first.percent is None:
            return None  # only two shares in a row are said in parallel
        if bisect_left(self._strong, first.end) < bisect_left(self._strong, right_start) or (
                _LISTS_APART.search(self.text, first.end, right_start)) or self._new_list(
                first.end, right_start):
            return None  # nor across a semicolon or colon, nor from one bracket to another:
            # "80% at 5 years, 66% at 10 (all); RRMS 86% and 71%", "(86 % à cinq ans, 71 % à
            # dix ans) que pour les formes progressives (71 % puis 57 %)" are lists of their
            # own ("23 of 572 (4.0%) in one group and 42 of 575 (7.3%) in the other" is one)
        hi = first_in(self._claim_starts, right.end, b)
        lead = self.times.any_inside(a if lo is None else lo, left)
        start = self._left.get(lo, -1) if lead and lo is not None else -1
        if start >= 0 and self._at[start].percent is not None:
            # the time right after the share before, when that share has none before it,
            # is its own ("86 % à cinq ans et 71 % à dix ans, contre ..."): no lead
            before = last_in(self._claim_ends, a, start + 1)
            lead = self.times.any_inside(a if before is None else before, start)
        tail = self.times.any_inside(right.end, b if hi is None else hi)
        if lead and not tail:
            return "before"
        if tail and not lead:
            return "after"
        return None

    def _new_list(self, a: int, b: int) -> bool:
        """Whether a comma and the words of another group stand in ``[a, b)``: the figures
        after them are that group's list ("86 % nach fünf und sieben von zehn nach zehn
        Jahren, bei progredienter MS 71 % und 57 %"), not the list before's."""
        comma = first_in(self._weak, a, b)
        return comma is not None and any(not c.generic and c.item != BACK
                                         for c in self.groups.between(comma, b))

    def _left_owns(self, left: int, c: Cue, right: int) -> bool:
        for marks in (self._strong, self._weak):
            # a mark in [x, y) is there when x and y bisect the marks at different places
            cut_left = bisect_left(marks, left) < bisect_left(marks, c.start)
            cut_right = bisect_left(marks, c.end) < bisect_left(marks, right)
            if cut_left != cut_right:
                return cut_right
            if not cut_left and marks is self._weak:
                return True  # one clause: "86% ... at five years and 71% ..."
        if _NEXT_ITEM.fullmatch(self.text, c.end, right):
            return True  # "86, la secundaria progresiva, y dos, ...": the next item opens
        return c.start - left <= right - c.end

    def _cells(self, m: Mention) -> tuple[tuple[int, int], ...]:
        """Where a figure in a table's cell has its words: its row's first cell and its
        column's header cell ("Gruppe | 5 Jahre | 10 Jahre" over "Alle | 80 % | 66 %"),
        or nothing when the figure is in no table's body (remembered per line)."""
        pos = max(m.start, m.end - 1)
        if pos not in self._tables:
            self._tables[pos] = table_cells(self.text, pos)
        return self._tables[pos]

    def _pick(self, cues: Cues, m: Mention) -> frozenset[str]:
        if self._table:
            cells = self._cells(m)
            if cells:
                said = [c for lo, hi in cells[:2] for c in cues.between(lo, hi)
                        if c.end <= hi and c.item != BACK]
                lo, hi = cells[2]
                if any(not c.generic for c in cues.between(lo, hi)):
                    # the columns name the groups: a bare word for people in the row's
                    # first cell says what was counted ("Patients who ... | 64.4 % | 54.4 %")
                    said = [c for c in said if not c.generic]
                return frozenset(c.item for c in said)
        k, a, b, _, _ = self._place(m)
        if cues is self.times and m.percent is not None:
            paired = self._respective(m, a, b)
            if paired is not None:
                return paired  # "86% and 71% ... at five and ten years (respectively)"
        mine = self._mine(cues, m)
        backs = [c for c in mine if c.item == BACK]
        if not backs and cues is self.groups and not any(
                c.item != BACK and not c.generic for c in mine):
            # a sentence opened by words that point back ("Nesse grupo, 86 % ... e pouco
            # mais de sete em cada dez ...", "Among them, ... and ..."): every figure of it
            # that names no group of its own is about the people pointed to
            backs = [c for c in cues.between(a, m.start) if c.item == BACK
                     and first_in(self._strong, c.end, m.start) is None][:1]
        if backs:
            # "of these women": the group named before in this sentence, else whoever
            # the text meant in an earlier one (no group the checker can hold it to)
            inside = [c for c in mine if c.item != BACK and any(
                x.start <= c.start and c.end <= x.end for x in backs)]
            rest = [c for c in mine if c.item != BACK and c not in inside]
            cut = self._owned_back(backs, m)
            if cut is not None:
                # "...; environ 64 % d'entre eux ..., contre 54 % des autres": the words
                # that point back are the figure's own, and a group named past the
                # semicolon before it is the clause before's, not whom they point to
                # (its subject may be worded as no group of the sheet: "ceux qui sont
                # rentrés tôt ont passé ... contre 33,6 heures pour les hospitalisés")
                rest = [c for c in rest if c.start >= cut]
                near = self._near(cues, m, rest) if rest else []
                if near and not near[0].weak and not near[0].generic:
                    return frozenset({near[0].item})
                return _NONE
            near = self._near(cues, m, rest) if rest else []
            if near and not near[0].weak and not near[0].generic:
                return frozenset({near[0].item})  # "davon 122 mit schubförmiger MS"
            if near and near[0].generic and cues is self.groups and m.percent is None:
                had = self._said_to_have(m, near[0], rest)
                if had is not None:  # "Most of them (122 people) had RRMS"
                    return frozenset({had.item})
            carried = cues.last_plain(a, min(m.start, b), m.start, inside)
            if carried is not None:
                return frozenset({carried.item})
            return self._pointed(cues, k)
        before = self._restates(m, a)
        if before is not None:
            return self._pick(cues, before)  # "42 women given iodine (7.3%), so ..."
        picked = self._picked(cues, m, k, a, b, mine)
        return picked - {BACK} if BACK in picked else picked

    def _owned_back(self, backs: list[Cue], m: Mention) -> int | None:
        """Where the clause of ``m`` starts when words that point back stand right after
        it ("64 % d'entre eux", "64% of them") and a semicolon or a list item's line
        break before it opens its clause; else None."""
        if not any(0 <= c.start - m.end <= 3 for c in backs):
            return None
        _, a, _, _, _ = self._place(m)
        mark = last_in(self._strong, a, m.start)
        return None if mark is None else mark + 1

    def _respective(self, m: Mention, a: int, b: int) -> frozenset[str] | None:
        """The time of a share said as one of a pair of shares beside a pair of times, in
        order: "86% and 71% had not got worse at five and ten years (respectively)", "a
        los cinco y a los diez años, el 86 % y el 71 %": the sentence has two shares and
        two times, each pair said together (a word or two between them, no clause mark),
        and nothing else of either kind."""
        times = self.times.between(a, b)
        if len(times) != 2 or times[0].item == times[1].item:
            return None
        shares = [o for o in self.claims[bisect_left(self._claim_starts, a):
                                         bisect_left(self._claim_starts, b)]
                  if o.percent is not None]
        if len(shares) != 2 or m not in shares or not PAIRED.fullmatch(
                self.text, shares[0].end, shares[1].start) or not PAIRED.fullmatch(
                self.text, times[0].end, times[1].start):
            return None
        return frozenset({times[shares.index(m)].item})

    def _restates(self, m: Mention, a: int) -> Mention | None:
        """The figure a share in brackets right after it restates: "in 42 women given
        iodine (7.3%), so ...", "42 su 575 nel gruppo iodio (7,3%), una differenza ..." say
        the 7.3 % of the 42, so it is about whom they are about, whatever the words after
        the bracket's clause mark name."""
        if m.percent is None:
            return None
        close = _RESTATED_AFTER.match(self.text, m.end)
        if close is None:
            return None
        i = bisect_left(self._claim_ends, m.start + 1) - 1
        if i < 0 or self._claim_ends[i] < a:
            return None
        end = self._claim_ends[i]
        if not _RESTATED_BEFORE.fullmatch(self.text, end, m.start):
            return None
        before = self._at.get(self._left.get(end, -1))
        return before

    def _pointed(self, cues: Cues, k: int) -> frozenset[str]:
        """Who "of them" points to from sentence ``k``: the groups the sentence before
        names ("Women given chlorhexidine got fewer infections. 4 in 100 of them ...");
        none when it gives a share, whose people are the ones pointed to ("3 in 10 women
        were obese. Of these women, 20% ..."), or names no group."""
        if k == 0 or self._breaks(k - 1):
            return _NONE
        a, b = self._bounds(k - 1)
        inside = self.claims[bisect_left(self._claim_starts, a):
                             bisect_left(self._claim_starts, b)]
        if any(o.percent is not None for o in inside):
            return _NONE
        named, strong = cues.items(a, b)
        return strong or named

    def _picked(self, cues: Cues, m: Mention, k: int, a: int, b: int,
                mine: list[Cue]) -> frozenset[str]:
        vague = cues is self.groups and m.percent is not None and self._compared(m)
        if vague and mine:
            # two shares compared with a loose word for people ("una de cada 25 mujeres
            # frente a una de cada 14", "circa una donna su 25 contro una su 14"): the word
            # is the unit counted; two figures set against each other are two groups',
            # the ones said before or named in the sentence, never both the whole's
            mine = [c for c in mine if not (c.weak and c.generic)]
        near = self._near(cues, m, mine) if mine else []
        if len(near) > 1:
            return frozenset(c.item for c in near)  # a phrase read either way
        if near and not near[0].weak and not near[0].generic:
            return frozenset({near[0].item})
        if near and near[0].generic and cues is self.groups and m.percent is not None:
            # a share: "7 von 100 Frauen nach einer Reinigung mit Jod", "4 von 100 Frauen,
            # deren Haut mit Chlorhexidin ...": a group the generic word's phrase goes on to
            # name (a count of "1,147 women" is the cohort's, whatever it goes on to say)
            named = self._named_after(m, near[0], mine)
            if named is not None:
                return frozenset({named.item})
        if near and near[0].generic and cues is self.groups and m.percent is None:
            had = self._said_to_have(m, near[0], mine) or self._labelled(m, near[0], mine)
            if had is not None:  # "122 persone avevano SM recidivante-remittente"
                return frozenset({had.item})
        if not near or near[0].generic:
            # none in its own clause: the nearest said before it in the sentence carries
            # over ("in progressive MS, 71% at five years and 57% at ten"); a generic
            # word for the whole cohort ("patients") does not hide the group before it
            # ("relapsing-remitting MS: 86% of these patients")
            carried = cues.last_plain(a, min(m.start, b), m.start, near)
            if carried is not None:
                carried = self._before_aside(cues, carried, a, m)
            if carried is not None and not ((cues is self.times or vague)
                                            and self._spent(carried, m, vague)):
                return frozenset({carried.item})
            if near and not near[0].weak:
                return frozenset({near[0].item})
        named, strong = cues.items(a, b)
        if not near and strong and self._place(m)[4] is not None:
            named, strong = self._unclaimed(cues, m, a, b)
        if strong and not near:
            return strong
        if vague and not near:
            named = frozenset(c.item for c in cues.between(a, b)
                              if c.item != BACK and not (c.weak and c.generic))
        weak = {c.item for c in near} if near else named
        return frozenset(weak | self._earlier(cues, k))

    def _compared(self, m: Mention) -> bool:
        """Whether ``m`` and the figure right before or after it in its sentence are set
        against each other by a versus word alone ("... frente a ...", "... contro ...")."""
        if self.versus is None:
            return False
        _, _, _, prev, nxt = self._place(m)
        for lo, hi in ((prev, m.start), (m.end, nxt)):
            if lo is not None and hi is not None and hi - lo <= 40 and not _CUT.search(
                    self.text, lo, hi) and self.versus.search(self.text[lo:hi]):
                return True
        return False

    def _spent(self, time: Cue, m: Mention, after: bool = False) -> bool:
        """Whether a time (or a group) said before ``m`` in its sentence went with a share
        of its own before a semicolon or colon that ``m`` stands past: "80% at 5 years, 66%
        at 10 years; RRMS 86% and 71%" gives each time to its share, and the list after
        the semicolon takes the times in turn, not the last one alone; "... e in 42 su 575
        con lo iodio (il 7,3 %): circa una donna su 25 contro una su 14" restates both
        groups' shares, not the last group's (``after``: a group's share said after its
        words counts too)."""
        if bisect_left(self._strong, time.end) == bisect_left(self._strong, m.start) and (
                not _LISTS_APART.search(self.text, time.end, m.start)) and not (
                self._new_list(time.end, m.start)):
            return False  # (or from one bracket to another: "(86 % à cinq ans, 71 % à dix
            # ans) que pour les formes progressives (71 % puis 57 %)"; or past a comma
            # and another group: "..., bei progredienter MS 71 % und 57 %")
        i = bisect_left(self._claim_starts, time.end)
        before = self.claims[bisect_left(self._claim_starts, time.start - 80):i]
        if any(o.percent is not None and o.end <= time.start
               and first_in(self._strong, o.end, time.start) is None for o in before[-1:]):
            return True
        # a group's share may follow its words too ("42 do grupo do iodo (7,3 %): ...")
        return after and any(o.percent is not None and o.end <= m.start
                             and first_in(self._strong, time.end, o.start) is None
                             and first_in(self._strong, o.end, m.start) is not None
                             for o in self.claims[i:i + 1])

    def _unclaimed(self, cues: Cues, m: Mention, a: int, b: int
                   ) -> tuple[frozenset[str], frozenset[str]]:
        """What the sentence ``[a, b)`` names, less the words said after a clause mark
        past ``m`` when another figure follows: they are that figure's ("64,4 % der
        ambulant Behandelten fanden ..., bei den stationär Behandelten waren es 54,4 %";
        "seis em cada dez de quem foi tratado em casa ..., contra 54,4% dos internados")."""
        cut = _CUT.search(self.text, m.end, b)  # brackets close an aside, no clause
        mark = cut.start() if cut else None
        here = [c for c in cues.between(a, b) if c.item != BACK
                and (mark is None or c.start < mark)]
        return (frozenset(c.item for c in here),
                frozenset(c.item for c in here if not c.weak))

    def _before_aside(self, cues: Cues, cue: Cue, a: int, m: Mention) -> Cue:
        """The group a heading names before an aside in brackets, rather than one the
        aside names: "Progressive MS (mostly secondary progressive, 86 people): 71% at 5
        years" is about progressive MS. ``cue`` stands in brackets that close before
        ``m``; the cue right before the opening bracket is taken instead."""
        text = self.text
        close = text.find(")", cue.end, m.start)
        opened = text.rfind("(", a, cue.start)
        if close < 0 or opened < 0 or text.rfind(")", opened, cue.start) >= 0:
            return cue
        outer = cues.last_plain(a, opened, opened, [])
        gap = text[outer.end:opened] if outer is not None else ""
        if outer is None or len(gap.split()) > 2 or _CLAUSE.search(gap):
            return cue  # (a word or two may end the heading's words: "Progressive MS (")
        return outer

    def _said_to_have(self, m: Mention, generic: Cue, mine: list[Cue]) -> Cue | None:
        """The type of the condition a count of people is said to have or be, right
        after a generic word for them and a form of "have" or "be" ("122 people had
        relapsing-remitting MS", "122 Betroffene hatten eine schubförmige MS", "122
        persone avevano SM recidivante-remittente"): the count is that group's. Only a
        kind of the condition (:attr:`kinds`; "1147 Frauen hat Chlorhexidin mit Jod
        verglichen" names an arm), in the figure's clause, a few words on."""
        start, cues = generic.end, mine
        close = _APPOSED.match(self.text, generic.end)
        if close is not None and (opened := _APPOSITION.search(
                self.text, max(0, m.start - 3), m.start)) is not None and (
                opened.group().strip() + close.group().strip() in (
                    "()", ",,", "\u2013\u2013", "\u2014\u2014")):
            # the figure and its noun set apart after the people they count: "Most of the
            # group (122 people) had RRMS", "La mayoría, 122 personas, tenían la forma
            # remitente-recurrente": the clause goes on past the aside
            start = close.end()
            _, _, b, _, _ = self._place(m)
            cues = [c for c in self.groups.between(start, b) if c.end <= b]
        for c in cues:
            if c.start < start or c.generic or c.weak:
                continue
            between = self.text[start:c.start]
            words = tokens(between)
            if (c.item not in self.kinds or len(words) > 4 or _CLAUSE.search(between)
                    or not any(t.norm in FINITE for t in words)):
                return None
            return c
        return None

    def _labelled(self, m: Mention, generic: Cue, mine: list[Cue]) -> Cue | None:
        """The group a colon right after a count and its generic noun goes on to name,
        before the next clause mark: "572 Frauen: Hautreinigung mit Chlorhexidin-Alkohol",
        "➡️ 572 donne: clorexidina-alcol" label the count with its group."""
        if generic.start < m.end or self.text[m.end:generic.start].strip():
            return None  # the noun right after the count, nothing between
        colon = _LABEL.match(self.text, generic.end)
        if colon is None:
            return None
        mark = first_in(self._clause, colon.end(), len(self.text))
        return next((c for c in mine if c.start >= colon.end() and not c.generic
                     and not c.weak and (mark is None or c.end <= mark)), None)

    def _named_after(self, m: Mention, generic: Cue, mine: list[Cue]) -> Cue | None:
        """The first group of its own named after a generic word for people in the same
        clause as the figure (a relative clause after a comma goes on: ", whose",
        ", deren", ", dont", ", cuyas", ", le cui", ", cujas")."""
        for c in mine:
            if c.start < generic.end or c.generic or c.weak:
                continue
            mark = first_in(self._clause, m.end, c.start)
            while mark is not None and self.text[mark] == "," and _RELATIVE.match(
                    self.text, mark + 1):
                mark = first_in(self._clause, mark + 1, c.start)
            return c if mark is None else None
        return None

    def _near(self, cues: Cues, m: Mention, mine: list[Cue]) -> list[Cue]:
        """Of a number's own cues, the one that tells its scope: the most specific group
        right after it, else the first cue after it, else the last before it."""
        after = [c for c in mine if c.start >= m.end]
        before = [c for c in mine if c.end <= m.start]
        specific = self._specific(m, after) if cues is self.groups else []
        if specific:
            return specific
        # the counted noun inside the figure ("3 women in every 100", "4 femmes sur 100"):
        # a group of its own wins; a generic word yields only to a group in its clause
        inside = [c for c in mine if m.start <= c.start and c.end <= m.end]
        if inside:
            own = [c for c in inside if not c.generic]
            return own[:1] or [c for c in after[:1]
                               if first_in(self._clause, m.end, c.start) is None] or inside[:1]
        return after[:1] or before[-1:]

    def _specific(self, m: Mention, after: list[Cue]) -> list[Cue]:
        """The most specific group named in the phrase right after the number: a generic
        word does not hide the group it introduces ("71% of the participants with RRMS",
        "71% van de deelnemers met RRMS" are about RRMS). Only cues before any clause
        mark and close together count; a named group beats a generic word, a group with
        a term beats one without, a longer name a shorter one."""
        phrase: list[Cue] = []
        for c in after:
            if first_in(self._clause, m.end, c.start) is not None:
                break
            if phrase and (c.start - phrase[-1].end > SAME_PHRASE or any(
                    t.norm in FINITE for t in tokens(self.text[phrase[-1].end:c.start]))):
                break
            phrase.append(c)
        if len(phrase) < 2:
            return phrase
        best = max(phrase, key=lambda c: (not c.weak, c.specific, c.end - c.start))
        if any(self._content(x.end, y.start) for x, y in pairwise(phrase)):
            # a word that is no function word between them: one phrase ("mujeres tratadas
            # con clorhexidina") or two ("1,147 mothers found that chlorhexidine ...",
            # "114 Patienten lag die Gruppe mit ..."); either may be the number's
            return [best, *(c for c in phrase if c is not best)]
        return [best]

    def _content(self, a: int, b: int) -> bool:
        """Whether a word other than a function word stands in ``[a, b)``: then two group
        words there are two phrases ("a trial of 1,147 mothers found that chlorhexidine
        ...", "mit 114 Patienten lag die Gruppe mit ..."), not one ("71% of the
        participants with RRMS", "patients who had RRMS")."""
        if not self.stopwords:
            return False
        return any(t.norm not in self.stopwords for t in tokens(self.text[a:b]))

    def _earlier(self, cues: Cues, k: int) -> frozenset[str]:
        """The groups or times of earlier sentences in this paragraph: the last strong
        ones, with any generic ones said after them ("people with progressive MS ...
        71% of the people with this type ...")."""
        if k == 0 or self._breaks(k - 1):
            return frozenset()
        if cues not in self._back:
            self._back[cues] = self._read_back(cues)
        return self._back[cues][k - 1][1]

    def _read_back(self, cues: Cues) -> list[tuple[str, frozenset[str]]]:
        """For each sentence, what reading back from it through its paragraph finds, and
        why the reading stopped: "strong" (a sentence naming a group or time for sure),
        "cohort" (sentences that only give sizes: what follows is about the first group
        they count, as in "210 people with MS, of whom 122 had RRMS.") or "start" (of the
        paragraph); weak cues of the sentences read on the way count too, but not after a
        cohort. Each sentence's reading extends the one before it: one pass."""
        out: list[tuple[str, frozenset[str]]] = []
        counted = False  # the sentence before only gives sizes
        for j, (a, b) in enumerate(self.sentences):
            joined = j > 0 and not self._breaks(j - 1)
            here = cues.between(a, b)
            named, strong = cues.items(a, b)
            if here and self._counts_only(a, b):
                # (a list of three parts' sizes or more, "122 RRMS, 86 SPMS, 2 PPMS", is
                # about none of them in particular; "572 women: 286 given X, 286 Y" is
                # about the women its generic word counts)
                first = frozenset({here[0].item}) if len(
                    {c.item for c in here if c.item != BACK}) < 3 or any(
                    c.generic for c in here) else frozenset()
                out.append(out[j - 1] if joined and counted else ("cohort", first))
                counted = True
                continue
            counted = False
            if strong:
                out.append(("strong", strong))
            elif not joined:
                out.append(("start", named))
            else:
                how, found = out[j - 1]
                out.append((how, found) if how == "cohort" else (how, found | named))
        return out

    def _breaks(self, j: int) -> bool:
        """Whether a paragraph ends after sentence ``j``."""
        if j + 1 >= len(self.sentences):
            return False
        return "\n\n" in self.text[self.sentences[j][1]:self.sentences[j + 1][0]]

    def _counts_only(self, a: int, b: int) -> bool:
        """Whether a sentence states counts and no share."""
        inside = self.claims[bisect_left(self._claim_starts, a):
                             bisect_left(self._claim_starts, b)]
        return bool(inside) and all(o.percent is None for o in inside)
