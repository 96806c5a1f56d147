"""Stage 4, attach: the group, outcome and time point of a figure read by :mod:`.quantities`.

The group a figure is about (named next to it, carried over from the sentence before, or
the other arm of an "X vs Y" pair), the nearest time point that is not an age, the outcome
(a direction such as "improved", an event such as death, or the release's own words), and
comparisons between two figures of one sentence. The groups themselves are found by
:mod:`.groups`; :func:`group_at` and :func:`changed_thing` are the shared readers of a
figure's group (and comparison group) and of what it measures.

:func:`settle` is the last stage of all: each figure gets its sentence's role (background
figures are never the main fact), a figure whose group or outcome cannot be placed is left
out with a note quoting its sentence, no-difference clauses get no direction, and the
main fact is chosen (:func:`.headline.main_fact`).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from typing import Any

from .classify import general_statement, is_commentary, reports_study, study_sentences
from .follow_up import attach_follow_up
from .groups import AGENTS, LABEL_DANGLING, PERSONS, group_named, label_problem, mentions
from .paragraph_time import attach_paragraph_times
from .state import PEOPLE, Sentence, Span, State, Time, add_fact
from .terms import bank_term
from .text import ANYNUM, REACH, STOP, abbreviations, number, reach_start, slug, time_unit


def measure_id(st: State, name: str, span: Span) -> str:
    """The id of a measure ("age", "disability score"), added once."""
    mid = slug(name, 4)
    if mid not in st.found.measures:
        technical = f"mean {name}" if name == "age" else name
        st.found.measures[mid] = {"id": mid, "label": {"en": {"plain": name,
                                                              "technical": technical}},
                                  "source_span": span}
    return mid


def time_id(st: State, value: float, unit: str, span: Span, relation: str = "at") -> str:
    """The id of a time point ("6m", "2y"), added once."""
    letter = {"year": "y", "month": "m", "week": "w", "day": "d", "hour": "h"}[unit]
    value = int(value) if float(value).is_integer() else value
    tid = f"{value}{letter}"
    if tid not in st.found.times:
        st.found.times[tid] = Time(tid, value, unit, span, relation)
    return tid


def group_before(st: State, s: Sentence, pos: int) -> str | None:
    """The group named last before ``pos`` in a sentence, if any; a group named after
    "than" or "compared with" is what the figure's group is compared with, so an earlier
    one is taken first ("those given X did better than those given Y, with 2.5 hours ...")."""
    base = reach_start(s.text, pos)  # a bounded look-back: linear in a run-on text
    hits = [(a + base, b + base, g) for a, b, g in mentions(st, s.text[base:pos])]
    own = [h for h in hits if not _COMPARATOR.search(s.text[max(0, h[0] - 60):h[0]])]
    return (own or hits)[-1][2] if hits else None


def group_at(st: State, s: Sentence, start: int, end: int,
             arms: list[str] | None = None) -> tuple[str, str | None]:
    """The group a figure at ``[start, end)`` of a sentence is about, and the group it is
    compared with (None when none is named).

    The group is the one named nearest the figure in its clause: before it, unless that
    one follows "than" / "compared with" (then it is the comparison group); else right
    after it ("(from 8.7 to 10.6) in the group receiving X"), unless a comparison word
    stands between. The comparison group is one named after "than", "compared with",
    "versus" (after the figure), or before the figure in such a phrase; with exactly two
    arms, the other arm. "all" when the sentence names no group."""
    hits = mentions(st, s.text)
    base = reach_start(s.text, start)  # a bounded look-back: linear in a run-on text
    if base or len(s.text) > end + REACH:
        keys = [h[0] for h in hits]
        hits = hits[bisect_left(keys, base):bisect_right(keys, end + REACH)]
    lo_clause = max([0] + [c.end() for c in _CLAUSE_CUT.finditer(s.text, base, start)])
    group: tuple[int, str] | None = None
    versus: str | None = None
    own = next((h for h in hits if h[0] >= end), None)
    if own is not None and _OWN_AFTER.fullmatch(s.text, end, own[0]):
        # "134.6 mmHg in the handgrip group and 134.9 mmHg in the control group": a figure
        # followed at once by "in the <group>" is of that group, never of the one the
        # figure before it claimed
        group = (-1, own[2])
    for h_lo, h_hi, gid in hits:
        if h_hi <= start:
            if _COMPARATOR.search(s.text[max(0, h_lo - 60):h_lo]):
                if h_lo >= lo_clause:
                    versus = gid
                continue
            dist = start - h_hi + (200 if h_lo < lo_clause else 0)
        elif h_lo >= end:
            if _COMPARE_WORD.search(s.text[end:h_lo]):
                versus = versus or gid
                continue
            dist = h_lo - end + 1  # on a tie, the group named before
        else:
            continue
        if group is None or dist < group[0]:
            group = (dist, gid)
    gid = group[1] if group else "all"
    if versus == gid:
        versus = None
    if versus is None and arms and gid in arms and len(arms) == 2:
        versus = next(a for a in arms if a != gid)
    return gid, versus


def group_for(st: State, s: Sentence, m: re.Match[str], after: str, before: str,
              mentions: list[tuple[int, int, str]], current: str, prev_end: int,
              made: list[dict[str, Any]], arms: list[str]) -> tuple[str, str | None]:
    """The group a figure is about and, when it is inferred, why (a review note)."""
    paren = s.text.rfind("(", 0, m.start())
    if before.rstrip().endswith("(") and paren >= 0:
        # "cure in 310 of 360 in the five-day group (86.1%) and ... in the ten-day group":
        # a share in parentheses right after a group is that group's, never the next one's
        named = [h for h in mentions if h[1] <= paren
                 and re.fullmatch(r"\s*(?:group|arm|cohort)?\s*", s.text[h[1]:paren])]
        if named:
            return named[-1][2], None
    window = re.split(r"[,;]|\s+(?:compared|vs\.?|versus|whereas|while)\b", after)[0]
    of = _OF_GROUP.match(after)
    if of and re.search(r"(?i)\s(?:who|that|with|whose|given|receiving|taking|treated|on|in|"
                        r"assigned)\s", of.group("g")):
        # "20% of the walkers with limited mobility": the people with their own clause, not
        # the group their head noun names
        gid = group_named(st, of.group("g"), [s.at(m.end() + of.start("g")),
                                              s.at(m.end() + of.end("g"))])
        if gid:
            return gid, None
    near = [h for h in mentions if m.end() <= h[0] < m.end() + min(len(window), 60) + 1]
    if near and (near[0][0] - m.end() <= 40 or not arms):
        return near[0][2], None
    who = _WHO_AFTER.match(window)
    if who:  # "4.2% (1 in 24) in women": the people the figure is about, named after it
        gid = group_named(st, who.group("g"), [s.at(m.end() + who.start("g")),
                                               s.at(m.end() + who.end("g"))])
        if gid:
            return gid, None
    of = _OF_GROUP.match(after)
    # "59% of coffee drinkers had ...": the people the share is of, named after it
    if of and not re.fullmatch(rf"(?i){PEOPLE}", of.group("g")):
        gid = group_named(st, of.group("g"), [s.at(m.end() + of.start("g")),
                                              s.at(m.end() + of.end("g"))])
        if gid:
            return gid, None
    if st.kinds.get(s.start) == "background":
        current = "all"  # a study group is not carried into a sentence about others
    anaphora = re.search(r"(?i)\b(?:this\s+type|them|these|those\s+people|this\s+group|"
                         r"still)\b", window) or re.search(r"(?i)\bstill\s*$|\blater\b", before)
    if anaphora and not [h for h in mentions if prev_end <= h[0] < m.start()]:
        return current, ("group carried over from the sentence before" if not made
                         else None)
    given = _GIVEN.search(before)
    if given:  # "if a woman had X, there was a 60% chance she ...": women who had X
        label = f"{_plural(given.group('who'))} who {given.group('cond').strip()}"
        gid = group_named(st, label, [s.at(given.start("who")), s.at(given.end("cond"))])
        if gid:
            return gid, None
    own = [h for h in mentions if prev_end <= h[1] <= m.start()]
    if own:
        return own[-1][2], None
    opening = _OF_OPENING.match(before)
    if opening and not re.fullmatch(rf"(?i){PEOPLE}", opening.group("g")):
        # "Among coffee drinkers, 22% had ...": the sentence opens with the people
        gid = group_named(st, opening.group("g"), [s.at(opening.start("g")),
                                                   s.at(opening.end("g"))])
        if gid:
            return gid, None
    counted = _COUNTED.search(before)
    if counted and not re.fullmatch(rf"(?i)(?:{PEOPLE}|cases|events|admissions)",
                                    counted.group("g")):
        # "31 of 421 walkers (7.4%)": the share is of the people its count names, never
        # the group carried over from the sentence before (an arm named in the methods)
        words = counted.group("g")
        gid = _arm_by_stem(st, arms, words) or group_named(
            st, words, [s.at(prev_end + counted.start("g")), s.at(prev_end + counted.end("g"))])
        if gid:
            return gid, None
    if re.match(rf"(?i)\s*(?:of\s+(?:the\s+|all\s+)?)?{PEOPLE}\b(?!\s+with)", after) or \
            re.search(rf"(?i)\b(?:all|the)\s+{PEOPLE}\s*\(\s*$", before):
        return "all", None
    if made and arms and len(arms) == 2 and re.search(r"(?i)(?:\b(?:vs\.?|versus|compared\s+"
                                                      r"(?:to|with))|(?<=%\s)against)\s*$",
                                                      before):
        other = [a for a in arms if a != made[-1]["group"]]
        if other:
            return other[0], "the other arm of an 'X vs Y' pair; check"
    if made and arms:
        pairs = [f["group"] for f in made]
        return pairs[-2] if len(pairs) >= 2 else current, "group read from the pair " \
            "before in this sentence; check"
    return current, ("group carried over from the sentence before; check"
                     if current != "all" else None)


def _first_with(st: State, text: str) -> Sentence | None:
    """The first sentence of the release whose text is ``text`` (looked up, not scanned
    for: a long release asks for each of its figures)."""
    index = st.sentence_index
    if index[0] is not st.all_sentences or index[1] != len(st.all_sentences):
        first: dict[str, Sentence] = {}
        for x in st.all_sentences:
            first.setdefault(x.text, x)
        index[:] = [st.all_sentences, len(st.all_sentences), first]
    return index[2].get(text)


def time_for(st: State, text: str, m: re.Match[str], after: str, before: str,
             s: Sentence | None = None, said_only: bool = False) -> str | None:
    """The time point nearest a figure in its sentence ``text`` (not an age or a rate); the
    time's span is where the release states it (in sentence ``s``, found by its text when
    not given). ``said_only``: only a time said with its preposition ("at week 8"), for a
    figure in days or weeks whose neighbours are durations, not time points."""
    times, starts, ends = _time_points(text)
    # the times are in order and none overlaps another: the nearest is the last that
    # ends before m, the first that starts after it, or one that overlaps it
    first = max(bisect_right(ends, m.start()) - 1, 0)
    last = min(bisect_left(starts, m.end()), len(times) - 1)
    best = None
    for t in times[first:last + 1]:
        if t.start() < m.end() and m.start() < t.end():
            continue  # "a difference of -1.3 days": the figure itself, no time it is at
        if said_only and not (t.group("pre") or t.group("pre3") or t.group("u2")):
            continue
        dist = min(abs(t.start() - m.end()), abs(m.start() - t.end()))
        if best is None or dist < best[0]:
            best = (dist, t)
    if best is None:
        return None
    t = best[1]
    value = number(t.group("n") or t.group("n2") or "1")
    unit = time_unit(t.group("u") or t.group("u2") or t.group("u3"))
    if not value or not unit:
        return None
    rel = "within" if (t.group("pre") or t.group("pre3") or "").lower() == "within" else "at"
    if s is None or s.text != text:
        s = _first_with(st, text)
    lo = t.start("n") if t.group("n") else t.start("u2") if t.group("u2") else t.start("a3")
    base = s.start if s is not None else 0
    return time_id(st, value, unit, [base + lo, base + t.end()], rel)


_MORE_WHO_DID = re.compile(
    rf"(?i)\b(?:more|fewer|most)\s+(?:[\w®'’-]+\s+){{0,3}}?(?:{PERSONS})\s+(?:(?:taking|receiving|"
    rf"given|on|in|with|using)\s+[^,;()]{{1,40}}?\s+)?(?P<v>(?:[a-z]+ed|reported|said|had|were|"
    rf"reporting|saying|preferring)\b[^,;()]{{3,80}}?)(?:\s+(?:compared|than)\b[^()]*)?\s*\(\s*$")
# "Fewer pupils in programme schools said they had been bullied: 14.2% against 18.9%",
# "Más pacientes con X necesitaron ...": the pair of shares after a colon is of what the
# clause before it says more or fewer people did
_MORE_WHO_DID_COLON = re.compile(
    rf"(?i)\b(?:more|fewer|most|less)\s+(?:[\w®'’-]+\s+){{0,3}}?(?:{PERSONS})\s+"
    rf"(?:(?:taking|receiving|given|on|in|with|using|at|from)\s+[^,;:()]{{1,40}}?\s+)?"
    rf"(?P<v>(?:[a-z]+ed|reported|said|had|were|was|felt|got|became|needed|used)\b"
    rf"[^,;:()]{{3,80}}?)\s*:\s*"
    rf"(?:(?:{ANYNUM})\s*(?:%|percent|per\s+cent)\s+(?:and|vs\.?|versus|against|compared\s+"
    rf"(?:with|to))\s+)?$")
_INTERVAL_ASIDE = re.compile(r"(?i)\s*\(\s*(?:95\s*%|95\s+percent)?\s*(?:CI|C\.I\.|confidence\s+"
                             r"interval)[^()]{0,60}\)")
_CLAUSE_END = r",(?!\d{3}\b)|;|\s+(?:compared|vs\.?|versus|whereas|while)\b|\s+[-–—]\s+"
"""Where the words after a figure stop being about it (a comma in "1,240" is none)."""


def outcome_for(st: State, s: Sentence, m: re.Match[str], after: str, before: str) -> str | None:
    """The outcome of a figure: a direction or event word near it, the subject of
    the sentence for a figure in parentheses, or the words after it."""
    interval = _INTERVAL_ASIDE.match(after)
    if interval:  # "12.3% (95% CI, 10.1%-14.5%) of adults reported ...": past its interval
        after = after[interval.end():]
    else:  # "24.6% of adults (95% CI 23.4 to 25.8) reported ...": the aside is blanked
        later = _INTERVAL_ASIDE.search(after, 0, 80)
        if later and re.fullmatch(r"(?i)\s+of\s+(?:the\s+|all\s+)?[\w'’ -]{2,40}",
                                  after[:later.start()]):
            after = after[:later.start()] + " " * len(later.group()) + after[later.end():]
    clause = re.split(_CLAUSE_END,
                      after)[0]
    aside = _ASIDE_THEN_VERB.match(after)
    if aside and not clause.strip():  # "124, or 42.5 percent, were found to have X"
        clause = re.split(_CLAUSE_END,
                          after[aside.end():])[0]
        after = after[aside.end():]
    more = _MORE_WHO_DID.search(s.text, 0, m.start()) if before.rstrip().endswith("(") else None
    if more and more.end() >= m.start() - 2:
        # "more patients taking X preferred to receive care at home (50 percent)"
        return outcome_generic(st, " ".join(more.group("v").split()),
                               [s.at(more.start("v")), s.at(more.end("v"))])
    happened = _HAPPENED_IN.search(s.text, max(0, m.start() - 120), m.start())
    if happened and not label_problem(happened.group("x"), outcome=True):
        # "Tumours shrank in 58.3% of patients on X": what happened to them, in the
        # release's words
        words = " ".join(happened.group("x").split())
        words = words[0].lower() + words[1:] if words[1:2].islower() else words
        return outcome_generic(st, words, [s.at(happened.start("x")), s.at(happened.end("x"))])
    more = _MORE_WHO_DID_COLON.search(s.text, max(0, m.start() - 200), m.start())
    if more and not label_problem(more.group("v"), outcome=True):
        return outcome_generic(st, " ".join(more.group("v").split()),
                               [s.at(more.start("v")), s.at(more.end("v"))])
    paren = _PAREN_THEN_VERB.match(after) if before.rstrip().endswith("(") else None
    if paren:  # "75 patients (0.4 percent of the group) were diagnosed with X"
        after = after[paren.end():]
        clause = re.split(_CLAUSE_END,
                          after)[0]
    back = re.split(r"[,;]", before)[-1] if not before.rstrip().endswith("(") else before
    subject = _subject(s.text[:m.start()]) if (before.rstrip().endswith("(") or re.match(
        r"\s*(?:vs|versus)", after)) else None
    occurred = _OCCURRED_IN.search(s.text, max(0, m.start() - 120), m.start())
    if occurred and not re.match(r"(?i)(?:it|this|that|these|those|they|which|there|such|"
                                 r"the\s+same|both|each|all)\b", occurred.group("x")) and \
            not label_problem(occurred.group("x"), outcome=True):
        # "Deep infections requiring another operation occurred in 1.2% of the
        # decolonisation group": what occurred is the share's outcome, however many event
        # words it holds
        words = " ".join(occurred.group("x").split())
        words = words[0].lower() + words[1:] if words[1:2].islower() else words
        return outcome_generic(st, words, [s.at(occurred.start("x")),
                                           s.at(occurred.end("x"))])
    for part in (clause, back, before, subject or ""):
        if part is before and subject:
            continue
        for direction, pattern in _DIRECTION_RES:
            d = pattern.search(part)
            if d:
                measure = None
                mm = re.search(r"(?i)(?:worsening|improvement|worse|improved)\s+(?:of|in)\s+"
                               r"(?:their|the|his|her)?\s*(?:[A-Z]{2,}\s+)?(?P<m>[a-z]+)",
                               part[d.start():] + " ") or re.search(
                    r"(?i)\b(?:their|the)\s+(?P<m>[a-z]+)\s+improved", part)
                if mm and bank_term(st, mm.group("m")):
                    measure = bank_term(st, mm.group("m"))
                elif direction not in EVENTS:
                    measure = measure_near(st, s.text)
                if direction == "death":
                    q = re.search(r"(?i)(?:died|deaths?)\s+(?:from|of)\s+([\w\s-]{3,40}?)"
                                  r"(?=[,.;)]|$|\s+in\b|\s+occurred\b)", part)
                    if q:
                        return outcome_event(st, f"died from {q.group(1).strip()}")
                return outcome_id(st, direction, measure, part[d.start():d.end()])
    named = _MEASURE_OF.search(s.text, max(0, m.start() - 80), m.start())
    if named and named.end() == m.start():
        # "a sensitivity of 83.1 percent", "the response rate was 40%": the measure the
        # share is a value of
        words = " ".join(named.group("x").split())
        return outcome_generic(st, words, [s.at(named.start("x")), s.at(named.end("x"))])
    aside = _MEASURE_ASIDE.match(s.text, m.end())
    if aside:  # "correctly negative in 89.6 percent (specificity; 95% CI ...)"
        words = " ".join(aside.group("x").split())
        return outcome_generic(st, words, [s.at(aside.start("x")), s.at(aside.end("x"))])
    share = _SHARE_OF_COUNT.search(s.text, max(0, m.start() - 160), m.start())
    if share and share.end() == m.start():  # "detected 60 of 61 lesions, or 98 percent"
        verb = share.group("v").lower()
        verb = _ING_PAST.get(verb, verb)
        thing = " ".join(share.group("x").split())
        return outcome_generic(st, f"{verb} {thing}" if verb else f"were {thing}",
                               [s.at(share.start("x")), s.at(share.end("x"))])
    # what changed: "<thing> dropped by 40%", "cut <thing> by 40%", "a 40% drop in <thing>"
    changed = changed_thing(s.text, m.start(), m.end())
    if changed:
        return outcome_generic(st, changed[0], [s.at(changed[1]), s.at(changed[2])])
    # in parentheses: the subject of the sentence is what was measured
    if subject:
        return outcome_generic(st, f"had {subject.lower()}", [s.at(0), s.at(m.start())])
    phrase = _after_phrase(clause)
    if phrase:
        return outcome_generic(st, phrase, [s.at(m.end()), s.at(m.end() + len(clause))])
    return None


def changed_thing(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """What a figure at ``[start, end)`` of a sentence measures, when the sentence says
    how it changed or where it was seen: "<thing> dropped by 40%", "cut <thing> by 40%",
    "a 40% drop in <thing>", "40% lower risk of <thing>", "<thing> occurred in 12%",
    "<the rate of thing> was 12%". The thing, where it starts and ends; None if none."""
    base = max(0, start - _LOOK_BACK)
    # "Diarrhoea, defined as three or more loose stools, occurred in 16%": the thing
    # stands before its appositive, which is blanked (same length: offsets hold)
    head = _APPOSITIVE.sub(lambda a: " " * len(a.group()), text[base:start])
    lo = base + max([0] + [c.end() for c in _CLAUSE_CUT.finditer(head)]
                    + [c.end() for c in re.finditer(r"[,;(]", head)])
    clause = head[lo - base:]
    tail = clause[-_TAIL:]
    for pattern, ending in _CHANGED_FORMS:
        c = pattern.search(clause) if ending.search(tail) else None
        if c:
            thing = _thing(c.group("x"))
            if thing:
                at = lo + c.start("x")
                if text.startswith(thing, at):
                    return thing, at, at + len(thing)
                return thing, at, at + len(c.group("x"))
    v, c = _DETECT.search(clause), _OF_WHAT.match(text, end)
    if v and c:  # "the test detected 91% of the tumours" -> "detected tumours"
        thing = _thing(c.group("x"))
        if thing:
            return f"{v.group('v').lower()} {thing}", lo + v.start("v"), c.start("x") + len(thing)
    c = _CHANGE_OF.match(text, end)
    if c:
        thing = _thing(c.group("x"))
        if thing:
            how = " ".join(filter(None, (c.group("how").lower(), c.group("prep"))))
            return f"{how} {thing}", c.start("how"), c.start("x") + len(thing)
    return None


def _thing(phrase: str) -> str | None:
    """The measured thing in a phrase: no lead-in ("the team found that"), no group
    ("of those receiving X", "in the treated women"), no time, no dangling word."""
    p = " ".join(phrase.split())
    p = re.sub(r"(?i)^.*\b(?:that|found|showed|show|shows|reported|report|suggest\w*)\s+", "", p)
    p = _LEAD_IN.sub("", p)
    p = re.split(rf"(?i)\s+(?:of|in|among|for)\s+(?:the\s+|all\s+)?(?:those|them|\w+\s+)?"
                 rf"(?:{PEOPLE}|those|group|arm)\b|\s+(?:of|in|among)\s+those\b|"
                 r"\s+(?:who|which|that|when|while|after|during|within|over|at|since|from|"
                 r"compared|versus|vs|than|whereas|but)\b|"
                 r"\s+in\s+(?:a|the|this|our)\s+(?:[\w-]+\s+)?(?:study|trial|analysis|sample|"
                 r"cohort|survey)\b|\s+(?:and|or)\s+(?:an?\s+|the\s+)?"
                 r"(?:[\d.]|about\b|nearly\b|almost\b|more\b|less\b)|\s+(?:in|by)\s+(?:the\s+)?(?:first|second|third|"
                 r"\d+|year|month|week)", p)[0]
    p = re.sub(r"(?i)^(?:the|a|an|their|its|his|her)\s+", "", p.strip(" ,.:;)("))
    ws = p.split()
    while ws and ws[-1].lower() in _DANGLING:
        ws.pop()
    if not ws or len(ws) > 8 or not re.search(r"[a-z]{3}", " ".join(ws)):
        return None
    if all(w.lower() in STOP or w.lower() in _FILLER for w in ws):
        return None
    return " ".join(ws)


def outcome_id(st: State, direction: str, measure: str | None, said: str) -> str:
    """The id of a direction ("improved") or event ("death") outcome, added once."""
    oid = direction if direction not in EVENTS else EVENTS[direction][0]
    m = st.bank[measure].technical if measure and measure in st.bank else None
    known = st.found.outcomes.get(oid)
    if known is not None:
        if measure and "measure" not in known and direction in _DIRECTION_LABELS:
            known["measure"] = measure
            known["polarity"] = "higher-is-worse" if measure in _WORSE_MEASURES \
                else "higher-is-better"
            known["label"]["en"]["technical"] = _DIRECTION_LABELS[direction][1].format(m=m)
        return oid
    if direction in EVENTS:
        _, plain, polarity = EVENTS[direction]
        data = {"id": oid, "polarity": polarity,
                "label": {"en": {"plain": plain, "technical": said.strip() or plain}}}
    else:
        plain, technical = _DIRECTION_LABELS[direction]
        data = {"id": oid, "direction": direction,
                "label": {"en": {"plain": plain,
                                 "technical": technical.format(m=m) if m else plain}}}
        if measure:
            data["measure"] = measure
            data["polarity"] = "higher-is-worse" if measure in _WORSE_MEASURES \
                else "higher-is-better"
    st.found.outcomes[oid] = data
    return oid


def outcome_event(st: State, phrase: str) -> str:
    """An event outcome in the release's words ("died from cancer")."""
    oid = slug(phrase, 5)
    if oid not in st.found.outcomes:
        st.found.outcomes[oid] = {"id": oid, "polarity": "higher-is-worse",
                                  "label": {"en": {"plain": phrase, "technical": phrase}}}
    return oid


_COMPARED_TAIL = re.compile(
    r"(?i)\s+(?:(?:of|than)\s+(?:the\s+)?(?:people|those|participants|patients|adults|"
    r"children|men|women)(?:\s+(?:in|with|who|aged|on|taking|given)\b.*)?$|(?:compared\s+"
    r"(?:with|to)|versus|vs\.?)\s.*$)")


def outcome_generic(st: State, phrase: str, span: Span) -> str:
    """An outcome in the release's own words, with a note to rewrite it; an abbreviation
    the release defines ("acute lymphoblastic leukemia (ALL)") is named by its long form,
    at the span that defines it (a reader does not know what "ALL" is)."""
    phrase = " ".join(phrase.split()).rstrip(".")
    # "twice the risk of gallstones of people in the bottom half": the people compared
    # with are no part of the outcome
    cut = _COMPARED_TAIL.search(phrase)
    if cut is not None and cut.start() >= 3:
        phrase = phrase[:cut.start()]
    defined = abbreviations(st.text).get(phrase)
    if defined is not None:
        phrase, span = defined[0], [defined[1], defined[2]]
    oid = slug(phrase, 4)
    if oid not in st.found.outcomes:
        st.found.outcomes[oid] = {
            "id": oid, "label": {"en": {"plain": phrase, "technical": phrase}},
            "source_span": span,
            "review": "outcome wording taken from the release: rewrite it as what the "
                      "group did ('got an infection') and add direction or polarity"}
    return oid


def comparisons(st: State, s: Sentence, percents: list[re.Match[str]],
                made: list[dict[str, Any]]) -> None:
    """A comparison fact for two figures of a sentence joined by "vs", "than" ..."""
    by_span = {tuple(f["source_span"]): f for f in made if "id" in f}
    for a, b in itertools.pairwise(percents):
        between = s.text[a.end():b.start()]
        if not re.search(r"(?i)\b(?:vs\.?|versus|compared\s+(?:to|with)|than)\b|[-–—]\s*$|"
                         r"\bhalf\s+that\b", between) or len(between) > 120:
            continue
        fa = by_span.get((s.at(a.start()), s.at(a.end())))
        fb = by_span.get((s.at(b.start()), s.at(b.end())))
        if not fa or not fb or fa["group"] == fb["group"]:
            continue
        va, vb = fa["value"], fb["value"]
        add_fact(st, {"kind": "comparison", "facts": [fa["id"], fb["id"]],
                      "direction": "lower" if va < vb else "higher" if va > vb else "similar",
                      "key": True, "source_span": [s.at(a.start()), s.at(b.end())]},
                 f"{fa['group']}-vs-{fb['group']}")


def measure_near(st: State, text: str) -> str | None:
    """The first measure (of those where higher is worse) that a sentence names:
    asked for each figure, read once per sentence."""
    if text not in st.measures_named:
        st.measures_named[text] = next(
            (word for word in re.findall(r"[a-z]+", text.lower())
             if word in _WORSE_MEASURES and word in st.bank), None)
    return st.measures_named[text]


def fill_outcomes(st: State, s: Sentence, figures: list[re.Match[str]],
                  made: list[dict[str, Any]]) -> None:
    """Give each figure of a sentence that has no outcome of its own one from a figure
    beside it: its pair in "X vs Y", else the next one with an outcome, else the one
    before; when there is none, a marker outcome that :func:`settle` reads to leave the
    figure out (readers key facts by outcome, so every figure keeps one until then)."""
    later = _next_with_outcome(made)
    for i, fact in enumerate(made):
        if "outcome" in fact:
            continue
        paired = i and re.search(r"(?i)(?:\b(?:vs\.?|versus|compared\s+(?:to|with))|"
                                 r"(?<=%\s)against)\W*$",
                                 s.text[figures[i - 1].end():figures[i].start()])
        # every fact before this one has an outcome by now
        donor = (made[i - 1] if paired and "outcome" in made[i - 1] else None) or \
            later[i] or (made[i - 1] if i else None)
        if donor:
            fact["outcome"] = donor["outcome"]
        else:  # a marker settle() reads: the figure is left out, its sentence quoted
            fact["outcome"] = outcome_generic(st, _NO_OUTCOME, [0, 0])


# --- patterns and small helpers ------------------------------------------------------------
_TIME = re.compile(
    rf"(?i)(?:\b(?P<pre>at|after|within|over|for\s+up\s+to|up\s+to|for|into|by)\s+(?:the\s+)?)?"
    rf"\b(?P<n>{ANYNUM})[\s-](?P<u>years?|months?|weeks?|days?|hours?)\b"
    rf"|\b(?:at|by)\s+(?P<u2>week|month|day|year)\s+(?P<n2>\d+)\b"
    rf"|\b(?P<pre3>within|after|over|in|for)\s+(?P<a3>a|an|one)\s+(?P<u3>year|month|week|day)\b")
DIRECTIONS = (
    ("no-worsening", r"no\s+worsening|not\s+(?:\w+\s+){0,2}?(?:worsen\w*|worse)|without\s+"
                     r"worsening|prevent\w*\s+[^.]{0,80}?(?:getting|get|becoming|from)\s+worse|"
                     r"didn['’]t\s+(?:get\s+)?worse"),
    ("improved", r"\bimprov(?:ed|ement|ing)\b|\bgot\s+better\b"),
    ("worsened", r"\bworsen(?:ed|ing)?\b|\bgot\s+worse\b"),
    ("death", r"\bdied\b|\bdeaths?\b|\bmortality\b"),
    ("infection", r"\binfect(?:ion|ions|ed)\b"),
)
DIRECTION_ANY = "|".join(f"(?:{p})" for _, p in DIRECTIONS[:3])
_DIRECTION_RES = tuple((d, re.compile(p, re.I)) for d, p in DIRECTIONS)
_DIRECTION_LABELS = {
    "no-worsening": ("did not get worse", "had no worsening of {m}"),
    "improved": ("got better", "had an improvement in {m}"),
    "worsened": ("got worse", "had a worsening of {m}"),
}
EVENTS = {"death": ("death", "died", "higher-is-worse"),
          "infection": ("infection", "got an infection", "higher-is-worse")}
_WORSE_MEASURES = {"disability", "pain", "symptoms", "infection", "relapse", "mortality"}


def _next_with_outcome(made: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """For each fact, the first one after it that has an outcome."""
    out: list[dict[str, Any] | None] = []
    found = None
    for fact in reversed(made):
        out.append(found)
        if "outcome" in fact:
            found = fact
    return out[::-1]


@functools.lru_cache(maxsize=4)
def _time_points(text: str) -> tuple[list[re.Match[str]], list[int], list[int]]:
    """The times a sentence gives that can be a result's time point (not an age, a rate or
    a kind of study), in order, with where each starts and ends; every figure of the
    sentence asks for the nearest."""
    times = []
    for t in _TIME.finditer(text):
        # a rate ("two hours a week", "30 minutes per day") is how much, not when
        if re.search(r"(?i)^(?:-olds?\b|\s+(?:per|a|an|each|every)\s+(?:day|night|week|month|"
                     r"year|session)\b|\s+ago\b)", text[t.end():t.end() + 16]) or \
                is_age(text, t.start(), t.end()) or \
                re.search(r"(?i)(?:period\s+of|older\s+than|over\s+a\s+period\s+of)\s*$",
                          text[max(0, t.start() - 22):t.start()]):
            continue
        if (t.group("pre3") or "").lower() == "in" and (t.group("a3") or "").lower() in (
                "a", "an") and (t.group("u3") or "").lower() in ("day", "week"):
            continue  # "five or more episodes in a day": how often, not when
        if re.search(r"(?i)-year\s+(?:randomi|controlled|trial|study)", text[t.start():t.end()
                                                                             + 14]):
            continue
        if re.search(r"(?i)\bwith\s+(?:\d+\s*(?:to|-|–)\s*)?$", text[max(0, t.start() - 16):
                                                                  t.start()]) and not \
                re.match(r"(?i)\s+of\s+follow", text[t.end():t.end() + 12]):
            continue  # "those with 3 to 9 years (of night shifts)": how long exposed, not when
        times.append(t)
    return times, [t.start() for t in times], [t.end() for t in times]


def is_age(text: str, start: int, end: int) -> bool:
    """Whether the years at ``[start, end)`` of a sentence are someone's age ("mean age was
    61.5 years", "aged 55 to 74 years", "61 years of age", "65 years or older"), which is
    never a follow-up time."""
    if re.match(r"(?i)[\s-]*(?:olds?|of\s+age|or\s+(?:older|over|above|younger)|and\s+(?:older|"
                r"over|above|up))\b", text[end:end + 20]):
        return True
    if re.search(r"(?i)\b(?:ages?|aged)\s*[,:=]\s*(?:about\s+|around\s+)?$",
                 text[max(0, start - 30):start]):
        return True  # "(average age, 71 years; ...)"
    before = re.split(r"[,;(]", text[max(0, start - 60):start])[-1]
    return bool(re.search(
        r"(?i)\b(?:ages?|aged)\b(?:\s+(?:was|were|is|of|at\s+\w+|between|from|range[sd]?|"
        r"ranging|to|and|about|around|approximately|roughly|nearly|almost|over|under|"
        r"[\d.]+|years?)|\s*[-–:=])*\s*$", before))


def _subject(prefix: str) -> str | None:
    prefix = re.sub(r"\([^)]*\)", "", prefix)
    m = re.search(r"(?i)(?:^|,)\s*as\s+(?:was|were)\s+([^,(]+?)\s*\(?\s*$", prefix)
    if m:
        return m.group(1).strip()
    # (after an opening phrase of whom or when: "Of the 720 patients assessed at day 28,
    # cure was reached by ...")
    m = re.match(r"(?i)\s*(?:(?:of|among|in|for|at|after|by)\s+[^,]{3,80},\s*)?"
                 r"([^,]+?)\s+(?:was|were|is|are|occurred|happened)\b", prefix)
    if m and len(m.group(1).split()) <= 8:
        return m.group(1).strip()
    return None


def _after_phrase(clause: str) -> str | None:
    """The outcome in the words after a figure ("of patients had a relapse" -> "had a
    relapse"), without the group, a time or a second figure; None when they name a group."""
    # "60% (about 20 million) travel to Europe": the aside before the words is no outcome
    c = re.sub(r"^\s*\)?\s*(?:\([^()]{0,60}\)\s*)?", "", clause)
    verb = rf"(?:{_OUTCOME_VERB}|are|is|can|could|were\s+able|are\s+able)"
    # "of the women who had X were also found to have Y": the people's own clause is no
    # part of what happened to them
    c = re.sub(rf"(?i)^of\s+(?:the\s+|all\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}?"
               rf"(?:{PERSONS}|{AGENTS}|those)\s+(?:who|that|whose)\s+\S+[^,;()]*?\s+"
               rf"(?=(?:still\s+|also\s+)?{verb}\b)", "", c)
    # "a 60% chance (that) she also had Y": what the chance is of
    # "said (that) they had skipped ...": what they said they did; "because of ..." is why
    c = re.sub(r"(?i)^\s*(?:said|say|says|reported|report|reports|told\s+\w+)\s+(?:that\s+)?"
               r"(?:they|he|she|it)\s+(?=\w)", "", c)
    c = re.split(r"(?i)\s+(?:because|due\s+to|as\s+a\s+result|so\s+that|in\s+order\s+to)\b", c)[0]
    c = re.sub(r"(?i)^(?:chance|probability|likelihood|odds)\s+(?:that\s+)?(?:she|he|they|"
               r"it|the\s+\w+)\s+(?=\w)", "", c)
    # "will develop X at some point in their lives": what they will do, without the modal
    # and the vague time
    c = re.sub(r"(?i)^\s*(?:will|would|may|might|can|could|are\s+likely\s+to)\s+(?=\w)", "", c)
    c = re.sub(r"(?i)\s+(?:at\s+some\s+(?:point|time|stage)|in\s+(?:their|his|her)\s+"
               r"life(?:time|times)?|in\s+(?:their|his|her)\s+lives)\b.*$", "", c)
    c = re.sub(rf"(?i)^(?:of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:{PEOPLE}|those)\b(?:\s+(?:with|in|"
               # "of mothers of children with leukemia reported ...": the people, then it
               rf"on|of|receiving|taking|given|who\s+(?:got|received|took|were))\s+[^,]*?"
               rf"(?=\s+{verb}\b))?|of\s+(?:them|those)|"
               # "of walkers had ...": any short noun phrase counted, then what it did
               rf"of\s+(?:the\s+|all\s+)?(?:[A-Za-z0-9][\w'’-]*\s+){{1,6}}?(?={verb}\b))?"
               rf"\s*(?:still\s+)?(?:who\s+)?",
               "", c)
    c = re.split(r"(?i)\s+(?:compared|versus|vs\.?|than|while|whereas|but)\b|\s*[()]|"
                 r"\s+(?:and|or)\s+(?:an?\s+|the\s+)?(?:[\d.]|about\b|nearly\b|almost\b|"
                 r"more\b|less\b)|(?:^|\s+)(?:during|over|within|after|at|by|in)\s+(?:the\s+)?"
                 r"(?:first|second|third|\d|course|end|year|month|week|study|trial|follow|"
                 rf"{_WORD_TIME})|"
                 r"\s+(?:between\s+the\s+ages?\s+of|aged|ages)\s+\d|"
                 # "... in a study of 1,240 people": where it was found, not what
                 r"\s+in\s+(?:a|the|this|our)\s+(?:[\w-]+\s+)?(?:study|trial|analysis|sample|"
                 r"cohort|survey)\b|"
                 # "had X as shown on a scan": how it was seen is no part of it
                 r"\s+as\s+(?:shown|measured|seen|assessed|detected|determined|confirmed|"
                 r"judged|defined)\b", c)[0]
    c = re.sub(r"(?<=[a-z])\.\d{1,2}\s*$", "", c.strip())  # "First class.2": a footnote mark
    c = c.strip().rstrip(").")
    if re.match(r"(?i)(?:in|on|for|with|receiving|among|at|and|or|of|to|from|during|given|"
                r"taking|treated|assigned)\b", c):
        return None  # names a group or a range, not an outcome
    ws = c.split()
    while ws and ws[-1].lower() in _DANGLING:
        ws.pop()
    if not ws:
        return None
    if len(ws) == 1 and ws[0].isalpha() and not re.fullmatch(rf"(?i){_OUTCOME_VERB}", ws[0]):
        return f"were {ws[0]}"
    return _whole_words(ws)


def _whole_words(ws: list[str]) -> str:
    """At most ten words of an outcome, ended where a phrase ends, never in the middle of one
    ("had reduced their work hours or left a job to ...": "had reduced their work hours")."""
    if len(ws) > 8:
        for i, w in enumerate(ws[3:9], start=3):  # two things done: the first one
            if w.lower() in ("or", "and"):
                ws = ws[:i]
                break
    ws = ws[:10]
    while len(ws) > 1 and ws[-1].lower() in _DANGLING:
        ws.pop()
    return " ".join(ws)


# "within two years", "by a year": a time said in words ends an outcome's words
_SHARE_OF_COUNT = re.compile(  # "<verb> 60 of 61 <things>, or " before a percentage
    r"(?i)\b(?P<v>[a-z]+(?:ed|ing)|found|caught|saw|had|got)\s+(?:\w+\s+)?\d[\d,]*\s+(?:of|out\s+of)"
    r"\s+(?:the\s+)?\d[\d,]*\s+(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s*,?\s+or\s+"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+)?")
_ING_PAST = {"detecting": "detected", "identifying": "identified", "finding": "found",
             "catching": "caught", "missing": "missed", "predicting": "predicted",
             "spotting": "spotted", "flagging": "flagged", "diagnosing": "diagnosed",
             "correctly": "", "treating": "treated", "curing": "cured"}
_PAREN_THEN_VERB = re.compile(  # the rest of a parenthesis, then the verb of the sentence
    # ("210 people (1.7%) in the early towns had a fall": past the place or group said after)
    r"[^()]{0,120}\)\s*(?:(?:in|among|at|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?"
    r"(?=(?:still\s+|also\s+|then\s+)?(?:had|has|have|were|was|developed|"
    r"died|got|needed|experienced|reported|showed|received|required|underwent|remained|"
    r"became|achieved|reached|lost|gained|improved|completed|stopped|survived)\b)")
_WORD_TIME = (r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"eighteen|twenty|thirty|several|a\s+few)\s+(?:years?|months?|weeks?|days?|"
              r"hours?)\b")
_OUTCOME_VERB = (r"(?:had|has|have|were|was|experienced|developed|received|felt|completed|"
                 r"died|got|reported|said|showed|needed|saw|achieved|reached|became|remained|"
                 r"stopped|continued|used|took|lost|gained|improved|scored|chose|preferred|"
                 r"returned|required|suffered|underwent|quit|survived|recovered|responded|"
                 r"relapsed|slept|ate|drank|ran|went|kept|left|began|grew|fell|rose|spent|"
                 r"made|wore|thought|found|gave|enjoyed|liked|rated|walked|smoked|visited|"
                 r"tested|stayed|started|switched|lived|passed|failed|joined|dropped|missed|"
                 r"tried|wanted|agreed|noticed|learned|preferred|avoided|skipped|slowed|"
                 r"met|exceeded|qualified|fulfilled|satisfied|screened|"
                 # the present tense of background figures ("20% of people carry the gene")
                 r"carry|carries|get|gets|develop|develops|use|uses|take|takes|need|needs|"
                 r"experience|experiences|report|reports|live|lives|smoke|smokes|drink|drinks|"
                 r"suffer|suffers|die|dies|survive|survives|eat|eats|own|owns|work|works)")
_ASIDE_THEN_VERB = re.compile(  # ", were found to have": the figure was an aside
    rf"\s*\)?\s*,\s*(?=(?:still\s+|also\s+|then\s+)?(?:{_OUTCOME_VERB}|were\s+found|"
    rf"was\s+found)\b)")


# --- settle: the last pass over the figures -------------------------------------------------
# A trial with one group, all of it treated: "There was no comparison group: all patients
# received X", "a single-arm trial"
_SINGLE_ARM = re.compile(
    r"(?i)\bsingle[\s-]arm\b|\bno\s+(?:comparison|control|placebo)\s+(?:group|arm)\b|"
    r"\ball\s+(?:the\s+)?(?:patients|participants|volunteers|people|children|women|men)\s+"
    r"(?:received|got|took|were\s+given|were\s+treated\s+with)\b")
_TRAIT = re.compile(r"(?i)^(?:age|follow-up(?:-time)?|previous|prior|baseline|weight|height|bmi)")


def _single_arm(st: State, starts: list[int]) -> None:
    """In a single-arm trial (see above) whose one treated group the release names, a
    result said of everyone ("Median progression-free survival was 6.2 months") is that
    group's: everyone in the results got the treatment. Who they were (age, earlier
    treatments, follow-up) and how many stay the whole cohort's."""
    f = st.found
    treated = [g for g in f.groups.values() if g.kind == "treated"]
    said = [s.text for s in study_sentences(st) if _SINGLE_ARM.search(s.text)]
    if not treated or not said or any(g.kind == "arm" for g in f.groups.values()):
        return
    if len(treated) > 1:  # "all patients received ZN-417": the one that sentence names
        treated = [g for g in treated if any(
            re.search(rf"(?i)\b{re.escape(p)}\b", t) for p in g.phrases if p for t in said)]
        if len(treated) != 1:
            return
    gid = treated[0].id
    for fact in f.facts:
        if fact.get("group") != "all" or fact.get("role") == "background" or \
                fact["kind"] not in ("mean", "range", "proportion", "difference",
                                     "no-difference") or \
                _TRAIT.match(str(fact.get("measure") or "")) or _describes_people(st, fact):
            continue
        s = _sentence_of(st, starts, fact)
        if s is None or st.kinds.get(s.start) not in ("result", "other") or \
                _COHORT_DESCRIBED.search(s.text):
            continue
        fact["group"] = gid
        fact["review"] = ((fact.get("review", "") + "; ") if fact.get("review") else "") + \
            "a single-arm trial: a result of everyone is read as of the treated group; check"


_COHORT_DESCRIBED = re.compile(r"(?i)\b(?:average|mean|median)\s+age\b|\b(?:were|was)\s+"
                               r"(?:women|men|female|male|girls|boys)\b")


def settle(st: State) -> None:
    """The last pass over the figures, run after every stage that reads them.

    Each fact gets the role of the sentence it stands in (a figure from background, such
    as how common a condition is or an earlier study, is ``role: background``); a fact
    whose group or outcome label is a placeholder or a fragment is left out, with a note
    quoting its sentence (what extract cannot place, it leaves out); a comparison in a
    clause that says the groups did not differ gets no direction; the main fact is chosen.
    """
    f = st.found
    for g in f.groups.values():
        g.label = mend_label(g.label)
    own = f.reports_study = (reports_study(st) or any(g.kind == "arm" for g in
                                                      f.groups.values())) \
        and not is_commentary(st)  # a commentary discusses other people's trials
    starts = [s.start for s in st.all_sentences]
    dropped: set[str] = set()
    kept = []
    for fact in f.facts:
        s = _sentence_of(st, starts, fact)
        if not own:
            fact["role"] = "background"  # no study of its own: no figure is its result
        if s is not None and "role" not in fact:
            span = fact.get("source_span") or [s.start, s.start]
            if _role_of(st, s, span[0] - s.start, span[1] - s.start) == "background":
                fact["role"] = "background"
        if s is not None and fact["kind"] == "mean" and fact.get("group") == "all" and \
                fact.get("source_span"):
            # a group named in the mean's sentence by a later stage ("Seven patients had
            # ... and lived, on average, 25.1 months"; "The remaining 15 patients had an
            # average of 11.8"): the means were read before those groups were made
            lo, hi = fact["source_span"]
            gid = group_at(st, s, lo - s.start, hi - s.start)[0]
            if gid != "all" and not _describes_people(st, fact):
                fact["group"] = gid
        if s is not None and fact["kind"] == "no-difference" and "role" not in fact and \
                general_statement(s.text):
            fact["role"] = "background"  # "many tumours do not differ from ...": in general
        if s is not None and fact["kind"] == "count" and "role" not in fact and \
                _other_studies(st, fact, s):
            fact["role"] = "background"
        if s is not None and fact.get("role") == "background" and own and \
                _pooled_sample(st, fact, s):
            del fact["role"]  # "a pooled analysis of 23 randomised trials": its own sample
        if s is not None and fact.get("role") == "background":
            population_for(st, s, fact)
        why = unplaced(st, fact)
        if why:
            dropped.add(fact["id"])
            f.notes.append(f"left out a {fact['kind']} of {_shown_value(fact)}: {why}; "
                           f"place it by hand if it matters: {_quoted(st, s)}")
            continue
        if s is not None and _threshold(s, fact):
            fact.pop("key", None)
            fact["review"] = ((fact.get("review", "") + "; ") if fact.get("review") else "") \
                + _THRESHOLD_NOTE
        if s is not None:
            _settle_direction(st, s, fact)
            if fact["kind"] in ("no-difference", "comparison") and _BASELINE.search(s.text):
                fact.pop("key", None)  # groups alike at the start: a check, not a finding
                fact["review"] = ((fact.get("review", "") + "; ") if fact.get("review")
                                  else "") + "the groups compared at the start of the study: " \
                    "a check that they were alike, not a result"
        versus = f.groups.get(fact.get("versus") or "")
        if versus is not None and label_problem(versus.label):
            fact.pop("versus")  # the comparison group is optional: no fragment for it
        kept.append(fact)
    f.facts = [x for x in kept if not set(x.get("facts") or []) & dropped]
    _single_arm(st, starts)
    used = {x.get("outcome") for x in f.facts}
    f.outcomes = {k: v for k, v in f.outcomes.items() if k in used}
    named = {x.get(k) for x in f.facts for k in ("group", "versus")}
    f.groups = {k: g for k, g in f.groups.items()
                if k in named or g.kind == "all" or (
                    g.kind in ("arm", "sub", "np") and not label_problem(g.label))}
    attach_paragraph_times(st)  # results after a paragraph's "After 12 weeks," opener
    attach_follow_up(st)  # results said without a time, in a study with one follow-up
    from .headline import main_fact  # the stage after this one: it reads what settle made
    f.main = main_fact(st)
    if not own:
        f.notes.append("the release reports no study of its own (a product, policy or news "
                       "release): every figure is drafted as background and nothing is the "
                       "main fact; if it does report a study, set the roles and "
                       "study.main_fact")
    elif not f.facts:
        f.notes.append("no figure found: the release gives its findings only in words; add "
                       "them as claims (or figures from the paper) and set study.main_fact")
    elif f.main is None:
        f.notes.append("no result figure found: the release's findings may be given only in "
                       "words (or it reports no study result); add a claim if it has one, "
                       "and set study.main_fact")


# --- the people a background figure is about ------------------------------------------------
_PLACE = re.compile(
    r"(?P<world>\b(?i:worldwide|globally|around\s+the\s+(?:world|globe)|in\s+the\s+world|"
    r"across\s+the\s+(?:world|globe))\b)|\b(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?P<place>United\s+States|U\.\s?S\.(?:\s?A\.)?|US|USA|UK|U\.K\.|United\s+Kingdom|"
    r"European\s+Union|EU|[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?)\b(?!\s+(?:University|Hospital|"
    r"Institute|College|Center|Centre|School|Health|Medical))")
_DEMONYM = re.compile(r"\b(?P<d>Americans|Canadians|Australians|Europeans|Britons|U\.?S\.? "
                      r"(?:adults|residents|women|men|children))\b")
_HAVE = re.compile(
    r"(?:\s+[A-Z][a-z]+|\s+(?:worldwide|globally)|\s+in\s+(?:the\s+)?[A-Z][\w.]*"
    r"(?:\s+[A-Z][a-z]+)?)?"
    # "6.9 million Americans aged 65 and older are living with X": their age, then the verb
    r"(?:\s+aged\s+\d{1,3}(?:\s+(?:and|or)\s+(?:older|over|younger|under)|\s*(?:-|–|to)\s*\d{1,3})?)?"
    r"\s+(?:have|has|had|suffer\s+from|live\s+with|are\s+living\s+with|"
    r"are\s+affected\s+by|are\s+diagnosed\s+with|were\s+diagnosed\s+with)\s+"
    # "have a hip fracture", "live with some degree of hearing loss": the thing itself
    r"(?:an?\s+(?!(?:higher|lower|greater|increased|reduced|risk|chance|history|number|lot|"
    r"few|little|new|second|third)\b)|some\s+(?:degree|form|type|kind)\s+of\s+)?(?P<c>(?!an?\s|the\s|"
    r"been\b|had\b|no\b|some\b)[a-z][\w'’-]*(?:\s+(?!in\b|each\b|every\b|a\b|per\b|and\b|or\b|"
    r"but\b|worldwide\b|today\b|now\b)[\w'’-]+){0,3})")
_PEOPLES = re.compile(r"[A-Z][a-z]+(?:ans|ians|ers|ese|ons|is|ites|ards)")  # "Britons"
_POPULATION = re.compile(r"(?i)\b(?:of|among|in)\s+(?:the\s+)?(?P<p>(?:general\s+|adult\s+|"
                         r"world['’]s\s+|total\s+)?population)\b")
_AFFECTS = re.compile(
    r"(?i)(?P<x>\b[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:that\s+|which\s+)?(?:affects|affected|"
    r"is\s+affecting|afflicts|strikes|is\s+diagnosed\s+in)\b|"
    r"^\W*(?:[A-Z][\w'’-]*\s+){0,2}?(?:while|although|though|as)?\s*(?:[\w'’-]+\s+){0,4}?"
    r"[^,]*?,\s*(?P<y>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:is|are|remains)\b[^.;]*?,\s+"
    r"(?:affecting|afflicting)\b|"
    # "Multiple myeloma is the second most common blood cancer, impacting 25,000 people"
    r"^\W*(?P<z>[\w'’-]+(?:\s+(?!is\b|are\b)[\w'’-]+){0,3}?)\s+(?:is|are|remains)\b[^.;]*?,\s+"
    r"(?:affecting|afflicting|impacting|striking|killing)\b")
_ANAPHOR = re.compile(r"(?i)^(?:it|this|that|which|the\s+(?:disease|condition|disorder|"
                      r"illness|pathology)|this\s+(?:disease|condition|disorder|illness|"
                      r"pathology)|a\s+(?:disease|condition|disorder)(?:\s+that)?)$")
_CORE = "all"
_PERSONS_BG = (r"(?:people|persons|adults|women|men|children|teens|teenagers|adolescents|"
               r"users|patients|residents|travell?ers|workers|students|smokers|drivers|parents|"
               r"mothers|babies|infants|americans|consumers|employees|veterans|individuals)")


_VP_END = (r"(?:\s+(?!each\b|every\b|per\b|annually\b|worldwide\b|nationwide\b|globally\b|"
           r"a\s+year\b|in\s+the\s+(?:U|world|country)|and\b|but\b|while\b|who\b|which\b)"
           r"[\w'’-]+){0,5}")
_DOES = re.compile(  # what the people of a background count do: "are trying to quit smoking"
    rf"(?i)(?P<age>\s+(?:aged\s+)?[\w-]+\s+years?\s+old(?:\s+(?:and|or)\s+(?:younger|"
    rf"older|under|over))?|\s+under\s+(?:the\s+)?(?:age\s+of\s+)?\d+)?"
    rf"\s+(?P<vp>(?:are|were)\s+(?:\w+ing|admitted|hospitali[sz]ed|"
    rf"treated|infected|born|prescribed|exposed|screened|vaccinated|injured|killed|"
    rf"disabled)\b{_VP_END}|(?:make|made|take|took|visit|visited|use|used|need|needed|undergo|"
    rf"underwent|seek|sought|report|reported|travel|travell?ed|smoke|smoked|drink|drank|"
    rf"attempt|attempted|try|tried|quit|care\s+for|cared\s+for|work|worked)\b{_VP_END})")


def population_for(st: State, s: Sentence, fact: dict[str, Any]) -> None:
    """A background figure (how many people have a disease in a country, the share of a
    population) is about those people, never the study's participants: when it has the
    study's group, or a bare "people"/"cases", it gets the population its clause names
    ("people with Alzheimer's disease worldwide", "the population in Spain", "Americans");
    when the clause names none, it keeps its group with a note to name the population."""
    gid = fact.get("group")
    group = st.found.groups.get(gid or "")
    # "people in Spain" and "Britons" of a count with a scale word are generic too
    generic = group is not None and gid != _CORE and (re.fullmatch(
        rf"(?i)(?:(?-i:U\.?S\.?|UK|EU|[A-Z][a-z]+)\s+)?(?:(?:new\s+)?cases|deaths|"
        rf"{_PERSONS_BG})(?:\s+(?:in|across)\s+[A-Z].*)?", group.label)
        or (fact["kind"] == "count" and _PEOPLES.fullmatch(group.label)))
    if gid is None or not (gid == _CORE or generic or (group is not None and group.kind in (
            "arm", "treated"))):
        return
    span = fact.get("source_span") or [s.start, s.start]
    from .classify import clause_at

    clause = clause_at(s.text, span[0] - s.start, span[1] - s.start)
    noun = re.sub(r"\s+(?:in|across)\s+[A-Z].*", "", group.label) \
        if generic and group is not None else None
    place = None
    demonym = _DEMONYM.search(clause)
    where = _PLACE.search(clause)
    if demonym:
        noun = demonym.group("d")
    elif where:
        name = where.group("place")
        the = "the " if name and re.match(r"United|European|U\.?S\b|U\.?K\b|EU\b", name) else ""
        place = "worldwide" if where.group("world") else f"in {the}{name}"
    population = _POPULATION.search(clause)
    if population and not demonym:
        noun = f"the {population.group('p').lower()}"
    share = re.match(rf"(?i)\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+|all\s+)?"
                     rf"(?P<np>(?:[a-z][\w'’-]*\s+){{0,2}}?{_PERSONS_BG})\b",
                     s.text[span[1] - s.start:]) if fact["kind"] == "proportion" else None
    if share and not population and not demonym:
        noun = share.group("np")  # "94% of users can ...": the users
    cond = _affected_by(st, clause)
    have = _HAVE.match(s.text[span[1] - s.start:]) if fact["kind"] == "count" else None
    if cond is None and have:  # "2 million Britons live with knee pain"
        cond = have.group("c")
    if cond and cond[:1].isupper() and cond[1:2].islower() and clause.lstrip().startswith(cond):
        cond = cond[0].lower() + cond[1:]  # capitalised only to open the sentence
    after = s.text[span[1] - s.start:] if fact["kind"] == "count" else ""
    does = _DOES.match(after) if after and cond is None and not have else None
    did = re.match(r"(?i)\s*(?:people\s+|persons\s+)?(?:who\s+)?(?P<v>die|died|are\s+diagnosed|"
                   r"were\s+diagnosed|will\s+be\s+diagnosed|would\s+be\s+diagnosed)\b", after)
    if did and re.fullmatch(rf"(?i){_PERSONS_BG}", noun or "people"):
        dead = did.group("v").lower().startswith("die")
        noun = ("deaths" if dead else "people diagnosed") + (
            f" {'from' if dead else 'with'} {cond}" if cond else "")
    elif does and not did:  # "35 million Americans are trying to quit": who they are
        vp = " ".join(does.group("vp").split())
        age = " ".join((does.group("age") or "").split())
        noun = " ".join(x for x in (noun or "people", age, "who", vp) if x)
    elif cond and (noun is None or re.fullmatch(rf"(?i){_PERSONS_BG}", noun)
                   or _PEOPLES.fullmatch(noun)):
        noun = f"{noun or 'people'} with {cond}"
    if noun is None and place is None:
        fact["review"] = ((fact["review"] + "; ") if fact.get("review") else "") + \
            "a background figure: its group is not the study's participants; name the " \
            "population it is about"
        return
    label = " ".join(x for x in ((noun or "people"), place) if x)
    if group is not None and label.lower() == group.label.lower():
        return
    at = [s.start + s.text.find(clause), s.start + s.text.find(clause) + len(clause)]
    fact["group"] = _population_group(st, label, at)
    fact.pop("versus", None)


def _pooled_sample(st: State, fact: dict[str, Any], s: Sentence) -> bool:
    """A count of trials or studies in a release whose own study pools them ("a pooled
    analysis of 23 randomised trials", "They found 24 trials involving 5,318 patients"):
    the review's sample, a result; not one said of earlier or other reviews."""
    group = st.found.groups.get(fact.get("group") or "")
    if fact["kind"] != "count" or group is None or \
            not re.search(r"(?i)\b(?:studies|trials)$", group.label) or \
            re.search(r"(?i)\b(?:earlier|previous|prior|past|older|other|future|ongoing)\b",
                      s.text):
        return False
    from .frame import pools_trials

    return pools_trials(st)  # (asked only for a count of trials: a few per release)


def _other_studies(st: State, fact: dict[str, Any], s: Sentence) -> bool:
    """A count of studies or trials ("guided by over 15 small trials", "100 earlier
    studies") is of other work, unless this study pooled or reviewed them."""
    group = st.found.groups.get(fact.get("group") or "")
    if group is None or not re.search(r"(?i)\b(?:studies|trials|papers|reports)$", group.label):
        return False
    return not re.search(r"(?i)\b(?:analy[sz]\w*|review\w*|pool\w*|meta-?analy\w*|included|"
                         r"combined|searched|identified|screened|systematic)\b", s.text)


def _affected_by(st: State, clause: str) -> str | None:
    """The condition a clause says affects people: its own words, or the release's
    condition when it says "it", "this disease", "a disease that"."""
    m = _AFFECTS.search(clause)
    if not m:
        return None
    x = re.sub(r"(?i)^(?:and|but|while|as|since|because)\s+", "",
               (m.group("x") or m.group("y") or m.group("z")).strip())
    if _ANAPHOR.match(x) or (re.search(r"(?i)\b(?:disease|condition|disorder|pathology)$", x)
                             and re.match(r"(?i)(?:a|the|this|that)\b", x)):
        cond = st.found.condition
        if cond and cond[1] != [0, 0]:
            return " ".join(st.text[cond[1][0]:cond[1][1]].split())
        return None
    if re.match(r"(?i)(?:it|they|he|she|we|which|who|that)\b", x) or \
            not re.search(r"[A-Za-z]{3}", x):  # a short name ("gout", "HIV") is a condition
        return None
    return x


def _population_group(st: State, label: str, span: Span) -> str:
    from .groups import _add_group

    return _add_group(st, label, span, "described", [],
                      review="the population a background figure is about: check").id


def mend_label(label: str) -> str:
    """A label cut back to its name when a dash or colon goes on into the sentence
    ("people that were screened - the implications" -> "people that were screened");
    unchanged when the cut would not leave a whole label."""
    cut = re.split(r"\s+[-–—]\s+|\s*[;:]\s+", label)[0].strip()
    ws = cut.split()
    while ws and ws[-1].lower() in _DANGLING:
        ws.pop()
    cut = " ".join(ws)
    return cut if cut != label and cut and not label_problem(cut) else label


def unplaced(st: State, fact: dict[str, Any]) -> str | None:
    """Why a fact's group or outcome cannot be placed (None when both can)."""
    gid = fact.get("group")
    if gid and gid != "all" and gid in st.found.groups:
        why = label_problem(st.found.groups[gid].label)
        if why:
            return f"its group label {st.found.groups[gid].label!r} {why}"
    oid = fact.get("outcome")
    if fact["kind"] in _NEEDS_OUTCOME and not oid:
        return "no outcome found next to it"
    if oid == _NO_OUTCOME:
        return "no outcome found next to it"
    if oid and oid in st.found.outcomes:
        label = st.found.outcomes[oid]["label"]["en"]["plain"]
        why = label_problem(label, outcome=True)
        if why:
            return f"its outcome label {label!r} {why}"
    return None


def _describes_people(st: State, fact: dict[str, Any]) -> bool:
    """Whether a mean or range is the participants' age (or has nothing it measures)."""
    measure = str(fact.get("measure") or "")
    if re.fullmatch(r"(?:mean-|average-)?(?:age[sd]?|old|years?-old)", measure):
        return True
    if fact["kind"] == "range" and not (measure or fact.get("outcome")):
        return True
    span = fact.get("source_span") or [0, 0]
    if st.cohort and st.cohort[0].start <= span[0] < st.cohort[0].end:
        return True  # the sentence that introduces who took part describes them
    group = st.found.groups.get(fact.get("group") or "")
    if fact["kind"] == "mean" and group is not None and _RANKED_GROUP.search(group.label) \
            and _EXPOSURE_MEAN.search(st.text, max(0, span[0] - 60), span[1]):
        return True  # "the higher intake group ate an average of two meals": who they are
    return is_age(st.text, span[0], span[1]) if span[1] > span[0] else False


_RANKED_GROUP = re.compile(r"(?i)\b(?:higher|lower|highest|lowest|high|low|top|bottom|"
                           r"heavier|lighter|more|less|most|least)\b")
_EXPOSURE_MEAN = re.compile(
    r"(?i)\b(?:ate|eaten|drank|consumed|took|used|smoked|walked|exercised|slept|spent|watched|"
    r"reported\s+(?:eating|drinking|taking|using|walking|sleeping))\s+(?:an?\s+|the\s+)?"
    r"(?:average|mean|median)\b")
_TOLD = "a group told by what happened to it"
_THRESHOLD_NOTE = ("a threshold that says which people are counted, not a finding of its "
                   "own: keep it with the share or count it defines")
_NUMBER_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"half|a\s+third|a\s+quarter|most|many|some|several)")
_DEFINES = re.compile(r"(?i)\b(?:meaning(?:\s+that)?|defined\s+as|i\.\s?e\.|that\s+is,)\s")
_PEOPLE_WHO_GOT = re.compile(
    rf"(?i)\b{_NUMBER_WORD}\s*(?:%|percent|per\s+cent)?\s+(?:\(\s*[^()]{{0,30}}\)\s+)?"
    rf"(?:of\s+(?:the\s+|all\s+|these\s+)?(?:[\d,]+\s+)?)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{PERSONS}|{AGENTS}|them|those)\b[^,;]{{0,80}}?\b(?:reported|had|achieved|experienced|"
    rf"showed|saw|reached|obtained|got|attained)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|"
    rf"greater\s+than\s+|a\s+minimum\s+of\s+)?(?:an?\s+)?(?:at\s+least\s+|more\s+than\s+)?$")


def _threshold(s: Sentence, fact: dict[str, Any]) -> bool:
    """Whether a relative change is a threshold that defines who is counted, not a finding:
    what a counted share of people reached ("37 percent of participants reported a 50
    percent reduction in pain", "Seven patients had at least a 90 percent reduction"), or
    a definition ("a partial response, meaning that their tumours shrank by at least 50
    percent")."""
    if fact["kind"] != "relative-change" or fact.get("unit") == "fold":
        return False
    span = fact.get("source_span")
    if not span:
        return False
    start = span[0] - s.start
    cuts = [0] + [m.end() for m in _CUT_BEFORE.finditer(s.text, reach_start(s.text, start), start)]
    before = s.text[max(cuts[-1], start - 200):start]
    return bool(_PEOPLE_WHO_GOT.search(before) or _DEFINES.search(before.rsplit(",", 1)[-1]
                                                                    if "," in before else
                                                                    before))


_CUT_BEFORE = re.compile(r"[;:]|\.\s")


def _settle_direction(st: State, s: Sentence, fact: dict[str, Any]) -> None:
    """A comparison whose clause says the groups did not differ is ``similar``."""
    if fact["kind"] != "comparison" or fact.get("direction") == "similar":
        return
    span = fact.get("source_span") or [s.start, s.end]
    if no_difference_at(s.text, span[0] - s.start, span[1] - s.start):
        fact["direction"] = "similar"
        fact["review"] = ((fact.get("review", "") + "; ") if fact.get("review") else "") + \
            "the release says these do not differ: no direction drafted"
    elif _ratio_holds_one(st, fact):
        # "18.4% ... compared with 19.1% ... The adjusted odds ratio was 0.95 (95% CI 0.81 to
        # 1.12)": the two figures differ, the groups do not
        fact["direction"] = "similar"
        fact["review"] = ((fact.get("review", "") + "; ") if fact.get("review") else "") + \
            "the ratio of these groups on this outcome has an interval that holds 1: no " \
            "direction drafted"


def _ratio_holds_one(st: State, fact: dict[str, Any]) -> bool:
    """Whether the ratio drafted for a comparison's two groups and outcome (in either
    order) has a confidence interval that holds 1."""
    by_id = {f.get("id"): f for f in st.found.facts}
    parts = [by_id.get(i) for i in fact.get("facts") or []]
    if len(parts) != 2 or None in parts:
        return False
    a, b = parts
    assert a is not None and b is not None
    outcome = a.get("outcome") or a.get("measure")
    if not outcome or outcome != (b.get("outcome") or b.get("measure")):
        return False
    pair = {a.get("group"), b.get("group")}
    for r in st.found.facts:
        ci = r.get("ci")
        if r["kind"] == "ratio" and r.get("outcome") == outcome and isinstance(ci, list) and \
                len(ci) == 2 and {r.get("group"), r.get("versus")} == pair and \
                r.get("role") != "background":
            return ci[0] <= 1 <= ci[1]
    return False


def no_difference_at(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text`` holding ``[start, end)`` says there was no
    (significant) difference."""
    cuts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(text)] + [len(text)]
    lo = max(c for c in cuts if c <= max(start, 0))
    hi = min(c for c in cuts if c >= min(end, len(text)))
    return bool(_NO_DIFFERENCE.search(text[lo:hi]))


def _sentence_of(st: State, starts: list[int], fact: dict[str, Any]) -> Sentence | None:
    span = fact.get("source_span")
    if not span or not st.all_sentences:
        return None
    i = bisect_right(starts, span[0]) - 1
    return st.all_sentences[i] if i >= 0 else None


def _role_of(st: State, s: Sentence, start: int, end: int) -> str:
    try:
        from .classify import role_for
    except ImportError:  # before classify gives roles: the sentence's label decides
        return "background" if _kind_of(st, s) == "background" else "result"
    return role_for(st, s, start, end)


def _kind_of(st: State, s: Sentence) -> str:
    return st.kinds.get(s.start, "other")


def _shown_value(fact: dict[str, Any]) -> str:
    for key in ("value", "low", "start"):
        if key in fact:
            return str(fact[key])
    return fact["id"]


def _quoted(st: State, s: Sentence | None) -> str:
    if s is None:
        return "(no sentence)"
    text = " ".join(s.text.split())
    return f"“{text if len(text) <= 240 else text[:237] + '...'}”"


def _stems(text: str) -> list[str]:
    """Content words cut to five letters ('reduced', 'reduction' -> 'reduc')."""
    return [w[:5] for w in re.findall(r"[a-z][a-z0-9-]+", text.lower())
            if w not in STOP and w not in _TITLE_FILLER and len(w) > 2]


_NO_OUTCOME = "outcome"  # the marker of a figure whose outcome was not found
_BASELINE = re.compile(r"(?i)\b(?:at\s+baseline|at\s+(?:the\s+)?(?:start|beginning|outset)|"
                       r"before\s+(?:the\s+)?(?:treatment|study|trial)\s+(?:began|started)|"
                       r"at\s+(?:enrol+ment|entry|randomi[sz]ation))\b")
_NEEDS_OUTCOME = frozenset({"proportion", "ratio", "relative-change", "no-difference", "claim"})
_DANGLING = LABEL_DANGLING
_FILLER = frozenset({"were", "was", "had", "have", "got", "people", "patients", "participants",
                     "who", "those", "them", "it", "they"})
_TITLE_FILLER = frozenset({"study", "finds", "found", "new", "research", "researchers",
                           "shows", "may", "could", "can", "help", "helps", "linked", "says"})
_HEDGE = (r"(?:about|nearly|almost|more\s+than|over|up\s+to|roughly|approximately|around|"
          r"an\s+estimated|at\s+least|less\s+than|just|only|a|an|some)\s+")
_CHANGE_VERB = (r"(?:dropped|drop|fell|fallen|declined|decreased|increased|rose|risen|grew|grown|"
                r"climbed|jumped|plummeted|plunged|shrank|shrunk|improved|went\s+(?:up|down)|was\s+(?:reduced|cut|"
                r"lowered|raised)|were\s+(?:reduced|cut|lowered|raised))")
_CHANGED_SUBJECT = re.compile(
    rf"(?i)(?P<x>[^,;()]{{3,140}}?)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|would\s+)?"
    rf"(?:been\s+)?{_CHANGE_VERB}\s+(?:by\s+)?(?:{_HEDGE})*$")
_CHANGED_OBJECT = re.compile(
    rf"(?i)\b(?:reduced|reduces|reduce|reducing|lowered|lowers|lower|cut|cuts|increased|"
    rf"increases|increase|decreased|decreases|raised|raises|boosted|boosts|improved|improves|"
    rf"slashed|halved)\s+(?P<x>[^,;()]{{3,80}}?)\s+by\s+(?:{_HEDGE})*$")
_SEEN_IN = re.compile(
    rf"(?i)(?P<x>[^,;()]{{3,100}}?)\s+(?:(?:affects|affected|afflicts|strikes)|(?:occurs|is\s+found|"
    rf"is\s+seen|occurred|happened|developed|appeared|(?:was|were)\s+(?:seen|found|reached|"
    rf"observed|reported|achieved|diagnosed)|(?:is|are|was|were)\s+(?:now\s+)?(?:present|"
    rf"available|detected|common))\s+(?:in|among|for))\s+(?:{_HEDGE})*$")
_WAS = re.compile(
    rf"(?i)(?P<x>\b(?:the\s+)?(?:rates?|incidence|prevalence|risk|accuracy|sensitivity|"
    rf"specificity|frequency|likelihood|odds|proportion|share|percentage)\s+of\s+"
    rf"[^,;()]{{3,100}}?|\b(?:the\s+)?[^,;()]{{3,60}}?\s+(?:rates?|incidence|prevalence|"
    rf"accuracy|sensitivity|specificity))\s+(?:was|were|is|are|of|reached|stood\s+at|fell\s+to|"
    rf"rose\s+to)\s+(?:{_HEDGE})*$")
_CHANGED_FORMS = tuple(zip(
    (_CHANGED_SUBJECT, _CHANGED_OBJECT, _SEEN_IN, _WAS),
    (re.compile(rf"(?i)\b{_CHANGE_VERB}\s+(?:by\s+)?(?:{_HEDGE})*$"),
     re.compile(rf"(?i)\bby\s+(?:{_HEDGE})*$"),
     re.compile(rf"(?i)\b(?:affects|affected|afflicts|strikes|in|among|for)\s+(?:{_HEDGE})*$"),
     re.compile(rf"(?i)\b(?:was|were|is|are|of|reached|at|to)\s+(?:{_HEDGE})*$")),
    strict=True))
"""Each "what changed" form with the words it must end in: the cheap test of a clause's last
:data:`_TAIL` characters spares the full pattern, which tries every start in the clause."""
_TAIL = 120
_DETECT = re.compile(rf"(?i)\b(?P<v>(?:correctly\s+)?(?:detected|identified|found|caught|missed|"
                     rf"predicted|flagged|spotted|classified|diagnosed|completed|attended|"
                     rf"finished|answered|received|used|ate|took))\s+(?:{_HEDGE})*$")
_OF_WHAT = re.compile(r"(?i)\s*(?:percent|per\s+cent|%)?\s*of\s+(?:the\s+|all\s+|these\s+)?"
                      r"(?P<x>(?:[^,;()]|,\d{3}\b){3,80})")
_CHANGE_OF = re.compile(
    r"(?i)\s*(?:percent|per\s+cent|%)?\s*(?P<how>increase|reduction|decrease|drop|rise|decline|"
    r"improvement|fall|gain|loss|lower\s+risk|higher\s+risk|greater\s+risk|increased\s+risk|"
    r"reduced\s+risk|lower\s+odds|higher\s+odds|lower\s+rate|higher\s+rate|fewer|more)\s+"
    r"(?P<prep>in|of|for)?\s*(?P<x>[^,;()]{3,80})")
_LEAD_IN = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:total\s+)?number|numbers|amount|levels?|share|proportion|"
    r"percentage)\s+of\s+(?:(?:" + PEOPLE + r"|those|women|men)\s+(?:suffering|having|with|who\s+"
    r"had|who\s+have|who\s+got|getting|developing|experiencing)\s+(?:an?\s+|the\s+)?)?")
_COMPARATOR = re.compile(r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)"
                         r"(?:\s+[\w'’-]+){0,5}?\s*$")
_WHO_AFTER = re.compile(
    r"(?i)\s*(?:%|percent|per\s+cent)?\s*(?:\([^()]{0,30}\)\s*)?(?:in|among)\s+(?:all\s+)?"
    r"(?P<g>(?:older\s+|younger\s+|adult\s+)?(?:women|men|boys|girls|children|adults|"
    r"adolescents|teenagers|teens|infants|babies))\b(?!\s+(?:who|with|whose|in\s+the|taking|"
    r"receiving|given|on)\b)")
_OF_GROUP = re.compile(  # "% of (the) coffee drinkers" / "of non-walkers", up to the verb
    rf"(?i)\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+|all\s+)?(?P<g>(?:(?:[a-z][\w'’-]*\s+)"
    rf"{{0,2}}?(?:{PERSONS}|{AGENTS})\b|those(?=\s+(?:who|that|with|whose|given|receiving|"
    rf"taking|treated|on|in|assigned|[a-z]{{3,}}ing)\b))(?:\s+(?:who|that|with|whose|given|"
    rf"receiving|taking|treated\s+with|on|in|assigned\s+to|[a-z]{{3,}}ing)\s+"
    rf"(?:(?!\b(?:this|these|such|that)\b)[^,;()]){{3,90}}?)?)"
    rf"(?=\s*(?:[,.;(]|$|(?:still\s+|also\s+)?(?:had|have|has|"
    rf"were|was|did|developed|got|reported|needed|died|experienced|remained|showed|became|"
    rf"said|achieved|stopped|used|took|felt|lost|gained|quit|survived|recovered|"
    rf"responded|relapsed)\b))")
_GIVEN = re.compile(  # "if a younger woman had X, there was a 60% chance she also had Y"
    r"(?i)\b(?:if|when|once)\s+(?:a|an|the|one)\s+(?P<who>(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?:person|patient|participant|woman|man|child|adult|individual|smoker|mother|baby|"
    r"infant|girl|boy|teen|teenager|adolescent))\s+(?P<cond>(?:had|has|have|was|is|carried|"
    r"carries|showed|shows|tested)\b[^,;]{3,90}?),\s+(?:then\s+)?(?:there\s+(?:was|is|"
    r"would\s+be)|(?:she|he|they|the\s+\w+)\s+(?:had|has|have|faced|faces|ran|runs))\s+"
    r"(?:an?\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$")
_PLURALS = {"person": "people", "woman": "women", "man": "men", "child": "children",
            "baby": "babies"}


def _plural(noun_phrase: str) -> str:
    """The plural of a short noun phrase's last word ("younger woman" -> "younger women")."""
    ws = noun_phrase.split()
    last = ws[-1].lower()
    ws[-1] = _PLURALS.get(last) or (last[:-1] + "ies" if last.endswith("y") and
                                    last[-2:-1] not in "aeiou" else last + "s")
    return " ".join(ws)


# the count right before a share, with the people it counts: "31 of 421 walkers ("
_COUNTED = re.compile(r"(?i)\b\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+"
                      r"(?P<g>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)\s*\(\s*$")


def _arm_by_stem(st: State, arms: list[str], words: str) -> str | None:
    """The one arm whose label shares the stem of the counted people's noun ("walkers",
    "exercisers", "vaccinees": the walking, exercise, vaccine arm)."""
    head = words.split()[-1].lower()
    stem = re.sub(r"(?:ers|ees|ists|ors|s)$", "", head)
    if len(stem) < 4:
        return None
    hits = [a for a in arms if any(w.lower().startswith(stem)
                                   for w in re.findall(r"[A-Za-z-]+", st.found.groups[a].label))]
    return hits[0] if len(hits) == 1 else None


_OF_OPENING = re.compile(  # "Of the walkers, ..." / "Among older smokers who quit, ..."
    rf"(?i)\W*(?:(?:overall|however|in\s+addition|meanwhile),?\s+)?(?:of|among)\s+"
    rf"(?:the\s+|all\s+|these\s+)?(?P<g>(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{PERSONS}|{AGENTS})"
    rf"(?:\s+(?:who|with|taking|given|on)\s+[^,;()]{{1,50}}?)?),\s+[^;]*$")
_MEASURE_OF = re.compile(  # (or opening its sentence: "Specificity was 99.6% for ...")
    # (or opening a clause: "..., where uptake was 74.9% with X")
    r"(?i)(?:^\W*|\b(?:an?|the|its|their|overall|where|when|while|whereas)\s+)"
    r"(?!(?:where|when|while|whereas|an?|the|its|their|overall)\b)(?P<x>(?:[a-z][\w-]*\s+){0,3}?(?:sensitivity|"
    r"specificity|efficacy|effectiveness|prevalence|accuracy|adherence|uptake|coverage|"
    r"(?:response|remission|cure|survival|completion|detection|positivity|vaccination|"
    r"screening)\s+rate|predictive\s+value))\s+(?:of|was|were|is|reached)\s+(?:about\s+|"
    r"nearly\s+|almost\s+|just\s+|only\s+|around\s+)?")
_OCCURRED_IN = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=^\W))(?P<x>[A-Za-z][^,;:()\d]{2,80}?)\s+(?:occurred|developed|"
    r"(?:was|were)\s+(?:seen|reported|found|observed|recorded|diagnosed))\s+(?:in|by|among)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|just\s+|only\s+)?$")
_HAPPENED_IN = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=^\W)|(?<=^\W\s))(?P<x>[A-Za-z][^,;:()\d]{2,60}?\s+(?:shrank|shrunk|disappeared|"
    r"healed|recurred|returned|progressed|resolved|cleared|responded|relapsed|worsened|"
    r"improved))\s+in\s+(?:about\s+|nearly\s+|almost\s+|just\s+|only\s+)?$")
_MEASURE_ASIDE = re.compile(
    r"(?i)\s*(?:%|percent|per\s+cent)?\s*\(\s*(?P<x>sensitivity|specificity|efficacy|"
    r"effectiveness|prevalence|accuracy|(?:positive|negative)\s+predictive\s+value)\s*[;,)]")
_OWN_AFTER = re.compile(
    r"(?i)\s*(?:%|percent|per\s+cent|[a-zµ]+(?:/[a-z0-9]+)?(?:\s+hg)?)?\s*"
    r"(?:in|among|for|with)\s+(?:the\s+|those\s+(?:in|on|given|taking|receiving)\s+"
    r"(?:the\s+)?)?")
_COMPARE_WORD = re.compile(r"(?i)\b(?:compared|than|versus|vs\.?|whereas|while|relative\s+to)\b")
_LOOK_BACK = 400
_APPOSITIVE = re.compile(r"(?i),\s+(?:defined\s+as|known\s+as|also\s+called|measured\s+(?:as|by)|"
                         r"including|such\s+as|i\.e\.|e\.g\.)\s[^,;()]{1,120},")
"""The most of a sentence :func:`changed_thing` reads before a figure: its patterns end at
the figure and match far less, and a table of numbers read as one long sentence stays
linear."""
_CLAUSE_CUT = re.compile(r";|,\s*(?:but|while|whereas|although|though)\b|\s+but\s+|"
                         r"\.\s+|\s+[-–—]\s+")
_NO_DIFFERENCE = re.compile(
    r"(?i)\bno\s+(?:statistically\s+)?(?:significant\s+|meaningful\s+|clear\s+|real\s+)?"
    r"differences?\b|\bdid\s+not\s+(?:significantly\s+)?differ\b|\bnot\s+(?:statistically\s+)?"
    r"significant(?:ly)?\s+differ|\bnot\s+statistically\s+significant\b|\bwere\s+(?:similar|"
    r"comparable)\b|\b(?:similar|comparable)\s+(?:rates?|results?|outcomes?|numbers?|"
    r"proportions?|levels?)\b|\bat\s+(?:about|almost|nearly|roughly)\s+the\s+same\s+rate\b|"
    r"\bequally\s+(?:effective|likely)\b")
