"""Stage 4, attach (subjects): the people a clause is about, read from its syntax.

A figure of an effect ("had a 13 percent lower risk", "a hazard ratio of 0.87", "fell by
8 points") is said of the clause's subject: the noun phrase before the clause's verb
("People who slept less than six hours had ..."), not of the people named after "than" or
"compared with" (the comparison group), nor of the whole study. A figure in parentheses
after a clause is an aside to that clause, so it has the same subject. When the clause's
subject is no people ("the association was strongest in people aged 75 and older (HR
..)") the people an "in" / "among" phrase right before the figure names are taken.

Only the shape of the clause is read: the subject must be a noun phrase headed by a word
for people ("adults", "users", "those") with at most a short modifier ("who ...", "with
...", "aged ..."), so a fragment is never taken.
"""

from __future__ import annotations

import re

from .groups import AGENTS, PERSONS
from .text import before_aside, blank_dash_asides, parens, reach_start

# the verb that ends a clause's subject: a form of have/be, or a verb of what people did
_VERB = re.compile(
    r"(?i)(?<![\w-])(?<!\bto\s)(?:had|has|have|were|was|are|is|showed|saw|experienced|"
    r"developed|reported|gained|lost|scored|needed)\b")  # "likely to have": no clause's verb
# where a clause may open: sentence start, ';', ':', a comma, a dash
_OPEN = re.compile(r"[;:]\s*|,(?!\d{3}\b)\s*|\s+[-–—]{1,2}\s+")
# words that open a clause without being part of its subject
_LEAD = re.compile(
    r"(?i)^(?:(?:and|but|while|whereas|overall|also|similarly|likewise|in\s+addition|"
    r"meanwhile|by\s+contrast|in\s+contrast|however|moreover|in\s+particular|notably|"
    r"specifically|furthermore|in\s+comparison|in\s+total|by\s+comparison|for\s+example|"
    r"for\s+instance|in\s+turn|then)\b,?\s*)+")
# a noun phrase of people: up to four words, a people noun, then an optional modifier
_HEAD = rf"(?:{PERSONS}|{AGENTS}|those|individuals|respondents)"
_PEOPLE_NP = re.compile(
    rf"(?i)^(?P<np>(?:the\s+|all\s+)?(?!(?:a|an|some|many|most|few|several|both|it|they|"
    rf"this|that|these)\b)(?:[\w'’/-]+\s+){{0,4}}?{_HEAD}"
    rf"(?:\s+(?:who|whose|with|without|aged|age|ages|in|on|taking|receiving|given|using|"
    rf"treated|assigned|randomi[sz]ed|from|over|under|older|younger|that)\b[^;:()]*?)?)"
    rf"(?:\s+(?:also|still|then|all|both|each|overall|however|generally|significantly))?$")
_COMPARE = re.compile(r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s*$")
_THING = re.compile(  # a clause about the effect itself: its people are named elsewhere
    r"(?i)^(?:the\s+)?(?:difference|reduction|increase|effect|association|link|risk|odds|"
    r"benefit|result|finding|decrease|drop|gap|it|this|that)\b")
_AMONG = re.compile(
    rf"(?i)\b(?:in|among|for)\s+(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_HEAD}"
    rf"(?:\s+(?:who|whose|with|aged|age|over|under|older|younger|in|on|from)\b[^;:(),]*?)?)"
    rf"\s*[(,]?\s*$")


def clause_subject(text: str, pos: int) -> tuple[str, int, int] | None:
    """The people the clause holding position ``pos`` of a sentence is about: (their noun
    phrase, its start, its end), or None when the clause's subject names no people.

    The clause's verb is the last one before ``pos`` (a parenthesis ``pos`` stands in is an
    aside to the words before it); its subject runs back from that verb to where the
    clause opens. Subjects that are the effect itself ("the difference was ...") send the
    search to the clause before; a subject after "than" / "compared with" is the
    comparison group, never the figure's."""
    idx = parens(text)
    paren = idx.open_at(pos)
    end = paren if paren is not None else pos
    base = reach_start(text, end)  # the look-back is bounded: linear in a run-on text
    masked = blank_dash_asides(idx.masked(end, base))
    verbs = list(_VERB.finditer(masked))
    for v in reversed(verbs[-4:]):
        head = masked[:v.start()]
        opens = [m.end() for m in _OPEN.finditer(head)]
        lo = opens[-1] if opens else 0
        raw = head[lo:]
        lead = _LEAD.match(raw)
        lo += base + (lead.end() if lead else 0)
        vs = base + v.start()
        phrase = before_aside(text[lo:vs]).strip()
        if not phrase:
            continue
        lo = text.index(phrase, lo)
        if _COMPARE.search(masked, 0, lo - base):
            continue  # "than those who ..., were": the comparison group's own clause
        if _THING.match(phrase):
            continue
        m = _PEOPLE_NP.match(phrase)
        if m and re.search(r"(?i)\b(?:this|these|such|same)\b", phrase):
            return None  # "people with this kind of X": said of people named before
        if m and len(phrase.split()) <= 16:
            np = m.group("np")
            return np, lo, lo + len(np)
        if re.search(r"[.;]", phrase):
            return None
    return None


def among_before(text: str, pos: int) -> tuple[str, int, int] | None:
    """The people an "in" / "among" phrase right before a figure (or its parenthesis)
    names ("strongest in people aged 75 and older (HR 0.81)"), or None."""
    paren = parens(text).open_at(pos)
    end = paren if paren is not None else pos
    m = _AMONG.search(text[max(0, end - 160):end])
    if not m:
        return None
    lo = max(0, end - 160) + m.start("np")
    np = m.group("np").strip()
    return np, lo, lo + len(np)
