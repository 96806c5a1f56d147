"""Stage 4, attach (groups): the study's groups, found before figures are attached to them.

The whole cohort ("looked at 210 people with MS"), subgroups ("36 had ..., 21 had ..."),
the arms of a trial ("randomly assigned to X or Y") and groups named in passing
("people with the progressive form of MS"); :func:`mentions` finds where a sentence names
them.
"""

from __future__ import annotations

import re

from .classify import study_sentences
from .state import PEOPLE, Group, Span, State
from .terms import bank_term
from .text import ANYNUM, NUM, STOP, Sentence, number, words


def find_groups(st: State) -> None:
    """The whole cohort ("all"), then subgroups, trial arms and groups named in passing."""
    f = st.found
    st.condition_word: str | None = None
    # the cohort: "looked at 210 people with MS who ..."
    st.cohort = None
    for s in study_sentences(st):
        m = _COHORT.search(s.text) or _COHORT_PASSIVE.search(s.text)
        if m:
            st.cohort = (s, m)
            break
    all_label = "all participants"
    all_span = [0, 0]
    if st.cohort:
        s, m = st.cohort
        noun = m.group("np").strip()
        rest = re.split(r",|;|\s+(?:from|at|in|to|during|between|for|since|over)\s+",
                        m.group("rest") or "")[0]
        with_ = re.match(r"\s+with\s+(.+?)(?:\s+who\b.*)?$", rest)
        if with_:
            st.condition_word = with_.group(1).strip()
            all_label = f"{noun} with {st.condition_word}"
        elif re.match(r"\s+who\s", rest):
            all_label = f"{noun}{rest}".strip()
        else:
            all_label = f"{noun}{rest}".strip() if len(rest.split()) <= 4 else noun
        all_span = [s.at(m.start("np")), s.at(m.end("np") + len(rest))]
    f.groups["all"] = Group("all", all_label, [], all_span, "all",
                            review=None if st.cohort else
                            "no cohort sentence found: name the whole study group")
    st.labels[all_label.lower()] = f.groups["all"]
    st.ids["groups"].add("all")
    _subgroups(st)
    _arms(st)
    _noun_phrase_groups(st)


def _add_group(st: State, label_np: str, span: Span, kind: str, phrases: list[str],
               review: str | None = None) -> Group:
    if label_np.lower() in st.labels:
        return st.labels[label_np.lower()]
    gid = st.ids["groups"].unique(_group_id(label_np, st.condition_word))
    g = Group(gid, label_np, [p for p in phrases if p], span, kind, review)
    term = None
    for phrase in phrases:
        term = bank_term(st, phrase)
        if term:
            break
    g.term = term
    st.found.groups[gid] = g
    st.labels[label_np.lower()] = g
    return g


def _label_for(st: State, x: str) -> str:
    noun = st.found.groups["all"].label.split()[0] if st.cohort else "people"
    return f"{noun} with {x}"


def _phrases_for(st: State, x: str) -> list[str]:
    out = [x]
    cond = st.condition_word
    if cond and x.lower().endswith(" " + cond.lower()):
        modifier = x[: -len(cond) - 1].strip()
        out.append(f"{modifier} form of {cond}")
        if modifier.lower() not in STOP:
            out.append(modifier)
    return out


def _subgroups(st: State) -> None:
    """Subgroups listed after the cohort sentence: "36 had X, 21 had Y"."""
    if not st.cohort:
        return
    s0 = st.cohort[0]
    for s in study_sentences(st):
        if s.start < s0.start:
            continue
        hits = list(re.finditer(
            rf"(?P<n>{ANYNUM})\s+(?:of\s+(?:them|those)\s+)?(?:had|have|with|were|was)\s+"
            rf"(?P<x>[^,.;()]{{2,60}}?)(?=\s*(?:,|\.|;|\band\b|\bwhile\b|$))", s.text, re.I))
        if len(hits) < 2 and not re.match(r"(?i)of\s+(?:those|them|these)", s.text):
            continue
        for h in hits:
            x = h.group("x").strip()
            if not re.search(r"[A-Za-z]{2}", x) or x.split()[0].lower() in {"a", "an", "no"}:
                continue
            value = number(h.group("n"))
            g = _add_group(st, _label_for(st, x), [s.at(h.start("x")), s.at(h.end("x"))],
                           "sub", _phrases_for(st, x))
            g.size = int(value) if value is not None else None
            g.span = [s.at(h.start()), s.at(h.end())]
        if hits:
            st.subgroup_sentence = s
            break


def _arms(st: State) -> None:
    """The arms of a trial: "randomly assigned to X or Y", "Of N who received X,", or
    two "the X group" phrases."""
    arms: list[tuple[str, Span, int | None]] = []
    for s in study_sentences(st):
        m = _ASSIGNED.search(s.text)
        if m:
            for key, n in (("a", "na"), ("b", "nb")):
                phrase = _clean_arm(m.group(key))
                size = number(m.group(n)) if m.group(n) else None
                arms.append((phrase, [s.at(m.start(key)), s.at(m.end(key))],
                             int(size) if size else None))
            break
    if not arms:
        for s in study_sentences(st):
            m = _OF_ASSIGNED.search(s.text)
            if m:
                size = number(m.group("n"))
                arms.append((_clean_arm(m.group("a")), [s.at(m.start("a")), s.at(m.end("a"))],
                             int(size) if size else None))
    if len(arms) < 2:
        named = []
        seen: set[str] = set()
        for s in study_sentences(st):
            for m in re.finditer(r"\bthe\s+([\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:group|arm)\b",
                                 s.text, re.I):
                phrase = m.group(1)
                if phrase.lower().split()[-1] in _NOT_ARMS or phrase.lower() in _NOT_ARMS:
                    continue
                if phrase.lower() not in seen:
                    seen.add(phrase.lower())
                    named.append((phrase, [s.at(m.start(1)), s.at(m.end(1))], None))
        if len(named) >= 2:
            arms = named
    if len(arms) < 2:
        return
    vocab = [set(words(p)) - STOP for p, _, _ in arms]
    for i, (phrase, span, size) in enumerate(arms):
        others = set().union(*(v for j, v in enumerate(vocab) if j != i))
        distinct = sorted(vocab[i] - others) or sorted(vocab[i])
        g = _add_group(st, f"people who got {phrase}", span, "arm", distinct,
                       review="a study arm: check the label")
        g.size = size
        g.phrases = distinct
        g.label_phrase = phrase  # type: ignore[attr-defined]
    # "the medical treatment group": attach to the arm it covers best
    arm_groups = [g for g in st.found.groups.values() if g.kind == "arm"]
    for s in study_sentences(st):
        for m in re.finditer(r"\bthe\s+([\w-]+(?:\s+[\w-]+){0,2}?)\s+group\b", s.text, re.I):
            mention = set(words(m.group(1))) - STOP
            if not mention:
                continue
            best = max(arm_groups, key=lambda g: _coverage(mention, g))
            if _coverage(mention, best) > 0 and m.group(0).lower() not in best.phrases:
                best.phrases.append(m.group(0).lower())


def _noun_phrase_groups(st: State) -> None:
    """"people with <a form of the condition>" named in passing: a group to check."""
    cond = (st.condition_word or "").lower()
    if not cond:
        return
    for s in study_sentences(st):
        for m in re.finditer(rf"\b{PEOPLE}\s+with\s+(?:the\s+)?(?P<x>[^,.;()]{{2,60}})", s.text,
                             re.I):
            x = _np_head(m.group("x"))
            if not x:
                continue
            xl = x.lower()
            if re.match(r"(?:this|that|these|those)\b", xl) or xl == cond:
                continue
            normal = re.sub(r"\s+form\s+of\s+", " ", x)
            if cond and not normal.lower().endswith(cond):
                continue
            if _match_group(st, normal) or _match_group(st, x):
                continue
            if re.search(r"\bmost\s+common\b", xl):
                _alias_most_common(st, x, s, m)
                continue
            span = [s.at(m.start("x")), s.at(m.start("x") + len(x))]
            _add_group(st, _label_for(st, normal), span, "np", _phrases_for(st, normal),
                       review="a group named only in passing: check it is a study group")


def _match_group(st: State, phrase: str) -> Group | None:
    p = phrase.lower()
    for g in st.found.groups.values():
        if g.kind == "all":
            continue
        if any(p == q.lower() for q in g.phrases) or \
                g.label.lower() == _label_for(st, phrase).lower():
            return g
    return None


def _alias_most_common(st: State, x: str, s: Sentence, m: re.Match[str]) -> None:
    """'the most common form of MS': find which group that is, in the text or the bank."""
    target = None
    how = ""
    for other in study_sentences(st):
        mm = re.search(rf"\bmost\s+{PEOPLE}\b[^.]{{0,80}}?\b(?:diagnosed\s+with|have|had)\s+"
                       r"(?P<x>[^,.;]{2,60})", other.text, re.I)
        if mm:
            target = _match_group(st, _np_head(mm.group("x")))
            how = f"the release says most people are diagnosed with {mm.group('x')!r}"
            if target:
                break
    if target is None:
        for g in st.found.groups.values():
            forms = st.bank.get(g.term) if g.term else None
            if forms and forms.definition and re.search(
                    r"(?i)\bmost\s+common\s+form\b", forms.definition):
                target, how = g, f"the term bank defines {g.term!r} as the most common form"
                break
    if target is not None:
        target.phrases.append(x)
        target.review = ((target.review + " ") if target.review else "") + (
            f"'{x}' is read as this group because {how}; check")
    else:
        _add_group(st, _label_for(st, x), [s.at(m.start("x")), s.at(m.end("x"))], "np",
                   [x], review="which group is 'the most common form'? merge it")


def mentions(st: State, text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping group mentions in ``text``, longest phrase first."""
    hits = []
    for g in st.found.groups.values():
        for p in g.phrases:
            if len(p) < 3:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.I):
                hits.append((m.start(), m.end(), g.id))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, str]] = []
    used = bytearray(len(text) if hits else 0)  # 1 where a mention taken so far stands
    for h in hits:
        if used.find(1, h[0], h[1]) < 0:
            taken.append(h)
            used[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
    return sorted(taken)


# --- patterns and small helpers ------------------------------------------------------------
_COHORT = re.compile(
    rf"(?i)\b(?:looked\s+at|involved|included|include|recruited|enrolled|studied|analy[sz]ed|"
    rf"followed|assigned|examined|surveyed|evaluated|involving|including|followed\s+up)\s+"
    rf"(?:data\s+(?:on|from)\s+)?(?P<q>(?:more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|"
    rf"over\s+|some\s+|approximately\s+)?(?P<n>{NUM})\s+(?P<np>(?:[\w'’-]+\s+){{0,2}}?{PEOPLE})"
    rf"\b(?P<rest>[^.;]{{0,120}})")
_COHORT_PASSIVE = re.compile(
    rf"(?i)(?P<q>(?:more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+)?(?P<n>{NUM})\s+"
    rf"(?P<np>(?:[\w'’-]+\s+){{0,2}}?{PEOPLE})\b(?P<rest>)\s+(?:were|was)\s+(?:included|enrolled|"
    rf"recruited|studied|randomi[sz]ed|followed)")
_ASSIGNED = re.compile(
    rf"(?i)\b(?:randomly|randomi[sz]ed)\s*(?:assigned|allocated|selected|chosen)?\b[^.;]{{0,140}}?"
    rf"\bto\s+(?:receive\s+)?(?:either\s+)?(?P<a>[^,.;()]{{2,60}}?)\s*(?:\(n\s*=\s*(?P<na>{NUM})\))?"
    rf"\s+or\s+(?P<b>[^,.;()]{{2,60}}?)\s*(?:\(n\s*=\s*(?P<nb>{NUM})\))?(?=\s*[.,;]|\s+(?:to|for|in|at|"
    rf"during|before|after)\b|\s*$)")
_OF_ASSIGNED = re.compile(
    rf"(?i)\bOf\s+(?P<n>{NUM})\s+{PEOPLE}\s+(?:who\s+)?(?:were\s+)?(?:randomly\s+)?(?:assigned\s+"
    rf"to\s+)?(?:receive|received|randomi[sz]ed\s+to|given)\s+(?P<a>[^,.;]{{2,60}}?)\s*,")
_NOT_ARMS = {"control", "age", "study", "this", "each", "same", "other", "treatment", "that",
             "patient", "working", "research", "support", "advocacy", "one"}


def _np_head(x: str) -> str:
    return re.split(r"(?i)\s+(?:for|who|that|which|from|experienced|benefited|benefit|had|have|"
                    r"were|was|is|are|eventually|still|in|at|did|do|does|take|took|received|"
                    r"get|got|may|might|could|can|will|would|should|to)\b", x.strip())[0].strip()


def _group_id(label: str, condition: str | None) -> str:
    x = re.sub(rf"(?i)^{PEOPLE}\s+(?:with|who\s+got)\s+(?:the\s+|a\s+|an\s+)?", "", label)
    ws = [w for w in words(x) if w not in STOP]
    return "-".join(ws[:4]) or "group"


def _coverage(mention: set[str], g: Group) -> float:
    vocab = set(words(g.label)) - STOP
    if not vocab:
        return 0.0
    return len(mention & vocab) / len(vocab) + 0.01 * len(mention & vocab)


def _clean_arm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase).strip()
