"""Stage 4, attach (groups): the study's groups, found before figures are attached to them.

The whole cohort ("looked at 210 people with MS"), subgroups ("36 had ..., 21 had ..."),
the arms of a trial ("randomly assigned to X or Y"), groups named by what they got ("those
receiving X", "the placebo group"), groups a result sentence describes ("children who ate
fish weekly", "the new blood test") and groups named in passing ("people with the
progressive form of MS"); :func:`mentions` finds where a sentence names them,
:func:`group_named` finds or makes the group of a noun phrase, and :func:`label_problem`
tells a label no reader could take (a placeholder or a sentence fragment).
"""

from __future__ import annotations

import functools
import re

from .classify import study_sentences
from .frame import find_cohort
from .state import PEOPLE, Group, Span, State
from .terms import bank_term
from .text import ANYNUM, NUM, STOP, Sentence, number, reach_start, words


def find_groups(st: State) -> None:
    """The whole cohort ("all"), then subgroups, trial arms and groups named in passing."""
    f = st.found
    st.condition_word: str | None = None
    # the cohort: "looked at 210 people with MS who ..."
    st.cohort = find_cohort(st)  # frame.find_cohort (E1): the study's own participant count
    all_label = "all participants"
    all_span = [0, 0]
    if st.cohort:
        s, m = st.cohort
        noun = m.group("np").strip()
        all_label, rest = cohort_label(noun, m.group("rest") or "")
        all_label = age_label(all_label)
        with_ = re.match(r"\s+with\s+(.+?)(?:\s+who\b.*)?$", rest)
        if with_:
            st.condition_word = with_.group(1).strip()
        all_span = [s.at(m.start("np")), s.at(m.end("np") + len(rest))]
    f.groups["all"] = Group("all", all_label, [], all_span, "all",
                            review=None if st.cohort else
                            "no cohort sentence found: name the whole study group")
    st.labels[all_label.lower()] = f.groups["all"]
    st.ids["groups"].add("all")
    _subgroups(st)
    _arms(st)
    _crossover_periods(st)
    _treated_groups(st)
    _described_groups(st)
    _noun_phrase_groups(st)


_CROSSOVER = re.compile(r"(?i)\bcross-?over\b|\bin\s+(?:a\s+)?random(?:ised|ized)?\s+order\b|"
                        r"\beach\s+(?:participant|person|patient|volunteer)\s+(?:tried|had|"
                        r"received|took|followed)\s+both\b")
_PERIOD = re.compile(r"(?i)\b(?:the|a|an|their)\s+(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                     r"(?P<kind>periods?|phases?|weeks|nights|condition)\b")
_NOT_PERIOD = frozenset((
    "first", "second", "third", "fourth", "last", "final", "next", "other", "same", "each",
    "whole", "entire", "washout", "wash-out", "run-in", "baseline", "study", "trial",
    "follow-up", "two", "three", "four", "six", "eight", "two-week", "four-week", "one-week",
    "three-week", "six-week", "eight-week", "week-long", "treatment-free", "recovery", "break",
    "rest", "active", "intervention", "control", "both", "two-period", "initial", "later"))


def _crossover_periods(st: State) -> None:
    """A crossover trial's conditions: every participant had each, in turn, so its
    results are of the periods ("at the end of the low-salt period", "during the
    usual-diet phase"), each a group of its own, not of all participants twice."""
    if any(g.kind == "arm" for g in st.found.groups.values()):
        return
    sentences = study_sentences(st)
    if not any(_CROSSOVER.search(s.text) for s in sentences):
        return
    seen: dict[str, tuple[str, str, Span]] = {}
    for s in sentences:
        for m in _PERIOD.finditer(s.text):
            x = " ".join(m.group("x").split()).lower()
            if any(w in _NOT_PERIOD or re.search(r"\d", w) for w in x.split()):
                continue
            head = m.group("kind").lower().rstrip("s")
            seen.setdefault(x, (m.group("x"), head, [s.at(m.start("x")), s.at(m.end("kind"))]))
    if len(seen) < 2:
        _crossover_conditions(st, sentences)
        return
    for x, (said, head, span) in list(seen.items())[:4]:
        head = "period" if head in ("week", "night") else head
        g = _add_group(st, f"participants during the {said.lower()} {head}", span, "arm",
                       [f"{x} {head}", f"{x} {head}s", x],
                       review="a period of a crossover trial (every participant had each): "
                              "check the label")
        g.phrases = [f"{x} {head}", f"{x} {head}s", x]


# "41 days with the working purifier and 35 with the sham": a crossover trial's conditions
# said by what each period had, ended by a clause break or the next figure
_WITH_CONDITION = re.compile(
    r"(?i)\bwith\s+the\s+(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[,.;:)]|$|\s+(?:and|"
    r"compared|versus|vs|than|but|while|whereas|in\s+place|during|period|phase)\b))")
_NOT_CONDITION = frozenset(("same", "other", "most", "least", "first", "second", "study",
                            "trial", "researchers", "team", "children", "patients",
                            "participants", "people", "adults", "exception", "help", "aim"))


def _crossover_conditions(st: State, sentences: list[Sentence]) -> None:
    """The two conditions of a crossover trial that names no periods, when its results
    say each of two "with the X" phrases at least twice (see above)."""
    said: dict[str, tuple[int, str, Span]] = {}
    for s in sentences:
        if not re.search(r"\d", s.text):
            continue
        for m in _WITH_CONDITION.finditer(s.text):
            x = " ".join(m.group("x").split())
            if x.lower().split()[0] in _NOT_CONDITION:
                continue
            n, first, span = said.get(x.lower(), (0, x, [s.at(m.start()), s.at(m.end())]))
            said[x.lower()] = (n + 1, first, span)
    two = sorted((v for v in said.values() if v[0] >= 2), key=lambda v: -v[0])[:3]
    if len(two) != 2:
        return  # none, one, or more than two: not a pair of conditions to trust
    noun = st.found.groups["all"].label.split()[0] if st.cohort else "participants"
    for _, x, span in two:
        g = _add_group(st, f"{noun} with the {x}", span, "arm", [f"with the {x}", x],
                       review="a condition of a crossover trial (every participant had "
                              "each): check the label")
        g.phrases = [f"with the {x.lower()}", x.lower()]


def _placebo_by_its_word(st: State, g: Group) -> None:
    """An arm named "placebo injections" or "a saline placebo" is also the arm a result
    says was "with placebo", when it is the first group whose name holds the word."""
    if g.kind not in ("arm", "treated") or "placebo" in g.phrases or \
            not any(re.search(r"(?i)\bplacebo\b", p) for p in g.phrases):
        return
    if not any(re.search(r"(?i)\bplacebo\b", p) for other in st.found.groups.values()
               if other is not g for p in other.phrases):
        g.phrases.append("placebo")


_YEAR_OLDS = re.compile(r"(?i)(?P<lo>\d{1,2})(?:-?\s*(?:to|and)\s+(?P<hi>\d{1,2}))?-year-olds")


def age_label(label: str) -> str:
    """A group named only by its age ("9- to 11-year-olds") as a reader says it: "children
    aged 9 to 11", "adolescents aged 13 to 17", "people aged 50 to 64"."""
    m = _YEAR_OLDS.fullmatch(label.strip())
    if m is None:
        return label
    lo, hi = int(m.group("lo")), int(m.group("hi") or m.group("lo"))
    who = "children" if hi <= 12 else "adolescents" if lo >= 10 and hi <= 19 else "people"
    return f"{who} aged {lo} to {hi}" if m.group("hi") else f"{who} aged {lo}"


def cohort_label(noun: str, rest: str) -> tuple[str, str]:
    """The label of the whole study group from the words after its count ("210 people with
    MS who ..."), and the part of ``rest`` it uses: what follows the noun up to a clause
    break, when that makes a whole label; else the noun alone ("children", not "children
    aged 5"; "patients", not "patients who had suffered"); an age band said whole is kept
    ("adults aged 40 to 80")."""
    band = re.match(r"\s+aged\s+\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3}(?!\d)|\s+(?:and|or)\s+"
                    r"(?:older|over|above|up|younger|under))"
                    r"(?![\d.,]\d|\s+(?:and|or|years?|months?)\b)", rest)
    if band:
        return f"{noun}{band.group(0)}", band.group(0)
    cut = re.split(r",|;|\(|\s+[-–—]|\s+(?:from|at|in|to|during|between|for|since|over|aged|ages?|"
                   r"and(?!\s+(?:men|women|girls|boys|adults|children|adolescents)\b)|or|but|"
                   r"after|before|because|as|than)\b|(?<!\bwho)(?<!\bthat)\s+(?:was|were|is|"
                   r"are)\b|(?<!\btype)(?<!\bstage)(?<!\bgrade)"
                   r"(?<!\bphase)\s+\d", rest)  # "with type 2 diabetes" is one name
    part = cut[0]
    whole = part.strip() == rest.strip()
    if re.match(r"(?i)\s+with\s+(?:an?\s+|the\s+)?(?:mean|average|median|age|ages|aged|"
                r"history|total|range)\b", part):
        return noun, ""
    if re.match(r"\s+who\s", part) and not whole:
        return noun, ""  # a who-clause cut short is a fragment
    with_ = re.match(r"\s+with\s+(.+?)(?:\s+who\b.*)?$", part)
    if with_:
        label = f"{noun} with {with_.group(1).strip()}"
    elif re.match(rf"(?i)\s+(?:who\s|and\s+{PEOPLE}\b)", part) and len(part.split()) <= 8:
        label = f"{noun}{part}".strip()
    else:
        label = noun  # "participants produced methane" is a clause, not a name
    if label != noun and label_problem(label):
        return noun, ""
    return label, part if label != noun else ""


def _add_group(st: State, label_np: str, span: Span, kind: str, phrases: list[str],
               review: str | None = None) -> Group:
    label_np = re.sub(r"^[-•*▪–—\s]+", "", label_np) or label_np  # "- Women": a list's dash
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
    _placebo_by_its_word(st, g)
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
            g.size_span = [s.at(h.start("n")), s.at(h.end("n"))]
        if hits:
            st.subgroup_sentence = s
            break


# the head nouns of many arms' names, too common in a release's other words to name an
# arm alone ("care", "programme", "therapy"): an arm is named by its other words with them
_GENERIC_HEADS = frozenset((
    "care", "programme", "program", "therapy", "treatment", "training", "intervention",
    "support", "education", "management", "medicine", "medication", "drug", "dose",
    "practice", "services", "service", "advice", "counselling", "counseling", "sessions",
    "session", "visits", "checks", "course", "plan", "group", "arm", "class", "classes",
    "groups", "arms"))


def _arms(st: State) -> None:
    """The arms of a trial: "randomly assigned to X or Y", "Of N who received X,", or
    two "the X group" phrases."""
    arms: list[tuple[str, Span, int | None]] = []
    size_spans: list[Span | None] = []
    for s in study_sentences(st):
        m = _ASSIGNED.search(s.text) or _ASSIGNED_AND.search(s.text)
        if m:
            for key, n in (("a", "na"), ("b", "nb")):
                phrase = _clean_arm(m.group(key))
                size = number(m.group(n)) if m.group(n) else None
                arms.append((phrase, [s.at(m.start(key)), s.at(m.end(key))],
                             int(size) if size else None))
                size_spans.append([s.at(m.start(n)), s.at(m.end(n))] if m.group(n) else None)
            break
    if not arms:
        for s in study_sentences(st):
            m = _OF_ASSIGNED.search(s.text)
            if m:
                size = number(m.group("n"))
                arms.append((_clean_arm(m.group("a")), [s.at(m.start("a")), s.at(m.end("a"))],
                             int(size) if size else None))
                size_spans.append([s.at(m.start("n")), s.at(m.end("n"))])
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
        arms = _settings_compared(st) or arms
    if len(arms) < 2:
        _case_control(st)  # the cases and the controls, when the study compares them
        return
    if len(arms) == 2 and arms[1][0].lower() in ("not", "no", "neither", "none"):
        # "to either participate in the Experience Corps (58) or not (53)"
        first = arms[0][0]
        arms[1] = (f"did not {first}" if _VERB_ARM.match(first) else f"did not get {first}",
                   *arms[1][1:])
    vocab = [set(words(p)) - STOP for p, _, _ in arms]
    for i, (phrase, span, size) in enumerate(arms):
        others = set().union(*(v for j, v in enumerate(vocab) if j != i))
        distinct = sorted(vocab[i] - others) or sorted(vocab[i])
        specific = [w for w in distinct if w.lower() not in _GENERIC_HEADS]
        said = [w for w in phrase.lower().split() if w not in STOP]  # ("hospital-at-home": one)
        if len(specific) >= 2 and len(said) >= 3 and said[0] in specific and \
                said[-1] in _GENERIC_HEADS - {"group", "groups", "arm", "arms"}:
            # "the usual school vaccination service": its first word tells it from the
            # other arm ("usual", "the usual service"); the words between describe the
            # service and are the trial's own ("school" is every arm's)
            first = said[0]
            distinct = sorted({first, f"{first} {said[-1]}", " ".join(phrase.lower().split())})
        elif specific and len(specific) < len(distinct):
            # "usual care": "usual" and the whole phrase name the arm, not "care" alone
            # ("a fall that needed medical care" is no mention of it)
            distinct = sorted({*specific, " ".join(phrase.lower().split())})
        label = f"people in the {phrase.split()[-2].lower()} group" if re.fullmatch(
            r"(?i)(?:an?\s+|the\s+)?(?:control|comparison)\s+(?:group|arm)", phrase) \
            else f"people in the {phrase}" if _UNIT_ARM.fullmatch(f"the {phrase}") \
            else f"people who {phrase}" if _VERB_ARM.match(phrase) or phrase.startswith("did ") \
            else f"people who got {phrase}"  # "or to a control group (12,261 people)"
        g = _add_group(st, label, span, "arm", distinct, review="a study arm: check the label")
        g.size = size
        g.size_span = size_spans[i] if i < len(size_spans) else None
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


# A study that compares places, not people assigned one by one: "487 people in the invited
# areas ..., compared with 608 in the comparison areas", "the intervention practices" and
# "the control practices": two kinds of the same unit, one of them the comparison.
_UNITS = (r"areas|sites|clinics|practices|schools|towns|cities|hospitals|wards|regions|"
          r"communities|villages|districts|neighbou?rhoods|counties|care\s+homes|nursing\s+homes")
_UNIT_ARM = re.compile(rf"(?i)\bthe\s+(?P<x>[\w-]+)\s+(?P<u>{_UNITS})\b")
_COMPARISON_SIDE = re.compile(r"(?i)(?:comparison|control|usual-care|non-?intervention|"
                              r"uninvited|non-?invited|non-?participating|untreated|"
                              r"wait-?list(?:ed)?)")
_NOT_SIDE = frozenset(("most", "least", "other", "same", "two", "both", "all", "these",
                       "those", "participating", "study", "local", "remaining", "first",
                       "second", "last", "rural", "urban", "deprived", "affluent"))


def _settings_compared(st: State) -> list[tuple[str, Span, int | None]]:
    """The two sides of a comparison of places (see above), the compared side first; []
    when the release names no such pair."""
    sides: dict[str, list[tuple[str, Span]]] = {}
    for s in study_sentences(st):
        for m in _UNIT_ARM.finditer(s.text):
            x = m.group("x").lower()
            if x in _NOT_SIDE or re.search(r"\d", x):
                continue
            unit = " ".join(m.group("u").lower().split())
            phrase = f"{x} {unit}"
            if all(p != phrase for p, _ in sides.get(unit, [])):
                sides.setdefault(unit, []).append(
                    (phrase, [s.at(m.start("x")), s.at(m.end("u"))]))
    for found in sides.values():
        if len(found) != 2:
            continue
        control = [p for p in found if _COMPARISON_SIDE.fullmatch(p[0].split()[0])]
        if len(control) == 1:
            other = next(p for p in found if p is not control[0])
            return [(other[0], other[1], None), (control[0][0], control[0][1], None)]
    return []


# "1,210 adults diagnosed with bowel cancer before 50 (cases) with 4,840 adults without
# cancer (controls)"; "1,210 cases and 4,840 matched controls"
_DEFINED_SIDE = re.compile(
    rf"(?i)(?P<n>{NUM})\s+(?P<np>[^(),;:]{{3,100}}?)\s*\(\s*(?:the\s+)?(?P<w>cases?|controls?)"
    rf"(?:\s+(?:group|participants|patients))?\s*\)")
_COUNTED_SIDE = re.compile(
    rf"(?i)(?P<n>{NUM})\s+(?P<np>(?:[\w-]+\s+){{0,2}}?(?P<w>cases|controls))\b")


# an arm said by what its people do: "to participate in the programme", "to keep ..."
_VERB_ARM = re.compile(r"(?i)(?:participate|take|use|continue|stop|keep|stay|remain|attend|join|"
                       r"follow|wait|eat|drink|walk|wear|do)\b")


def _case_control(st: State) -> bool:
    """The two sides of a case-control study as its groups compared, each with its size
    and the word the release calls it by ("cases", "controls"); False when none found."""
    for s in study_sentences(st):
        found = {}
        for m in [*_DEFINED_SIDE.finditer(s.text), *_COUNTED_SIDE.finditer(s.text)]:
            side = "case" if m.group("w").lower().startswith("case") else "control"
            found.setdefault(side, m)
        if len(found) < 2:
            continue
        for side in ("case", "control"):
            m = found[side]
            np = re.sub(r"(?i)^(?:the|a|an)\s+", "", " ".join(m.group("np").split()))
            bare = re.fullmatch(r"(?i)(?P<what>(?:[\w-]+\s+){0,2}?)(?:cases|controls)", np)
            what = bare.group("what").strip() if bare else ""
            if bare and side == "case" and what:
                label = f"people with {what} (cases)"  # "5,700 colorectal cancer cases"
            elif bare:
                label = ("people with the condition (cases)" if side == "case"
                         else "people without the condition (controls)")
            else:
                label = f"{np} ({side}s)"
            if label_problem(label):
                label = ("people with the condition (cases)" if side == "case"
                         else "people without the condition (controls)")
            # the side's own words, and its name said as a group ("of cases", "the
            # controls"): never a bare "cases" ("140,250 new cases" are no side)
            phrases = [np.lower(), *(f"{w} {side}s" for w in ("the", "of", "among", "in",
                                                               "than")),
                       f"{side} group", f"{side} patients"]
            g = _add_group(st, label, [s.at(m.start("np")), s.at(m.end("np"))], "arm",
                           phrases, review="a side of a case-control study: check the label")
            g.phrases = phrases
            if m.re is _DEFINED_SIDE:  # "1,210 adults ... (cases)": the side's size
                size = number(m.group("n"))
                g.size = int(size) if size else None
                g.size_span = [s.at(m.start("n")), s.at(m.end("n"))]
        return True
    return False


def _treated_groups(st: State) -> None:
    """Groups named by what they got, when no randomisation sentence named them: "those
    receiving BCG", "patients taking X", "mice given the compound", "the acupressure
    group", and the comparison group ("the placebo group", "the control group", "those
    on placebo", "usual care"). A mention that shares words with an arm already found is
    added to that arm's phrases instead."""
    for s in study_sentences(st):
        for m in _TREATED.finditer(s.text):
            x = _treatment(m.group("x"))
            if x:
                at = s.text.index(x, m.start("x"))
                _treated(st, x, s.text[m.start():at + len(x)], [s.at(at), s.at(at + len(x))])
        for m in _NAMED_GROUP.finditer(s.text):
            if set(words(m.group("x"))) & STOP:
                continue  # "the women in this group" names no treatment
            x = _treatment(m.group("x"))
            if x and not {x.lower(), x.lower().split()[-1]} & _NOT_TREATED:
                _treated(st, x, m.group(0), [s.at(m.start("x")), s.at(m.end("x"))])
        for m in _CONTROL.finditer(s.text):
            if re.search(r"(?i)\b(?:no|without|lack(?:ed|s|ing)?(?:\s+of)?|absence\s+of|not\s+"
                         r"(?:include|including|have|having|use|using)|never\s+(?:had|used))\s+"
                         r"(?:an?\s+|any\s+)?$", s.text[reach_start(s.text, m.start()):m.start()]):
                continue  # "did not include a control group"
            x = (m.group("x") or m.group("y") or "control").lower()
            x = "placebo" if "placebo" in x or "dummy" in x or "sham" in x else \
                re.sub(r"[\s-]+", " ", x) if re.match(r"usual|standard", x) else "control"
            _treated(st, x, m.group(0), [s.at(m.start()), s.at(m.end())], control=True)


def _treated(st: State, x: str, mention: str, span: Span, control: bool = False) -> None:
    """Add a treated (or comparison) group, or a mention of one already found."""
    mention = " ".join(mention.lower().split())
    vocab = (set(words(x)) | set(words(mention))) - STOP - _GENERIC - _WHO_WORDS
    known = [g for g in st.found.groups.values() if g.kind in ("arm", "treated")]
    side = next((g for g in known if "the controls" in g.phrases), None) \
        if x == "control" else None
    if side is not None:  # "controls" in a case-control study: its side without the disease
        if mention not in side.phrases and len(mention) >= 3:
            side.phrases.append(mention)
        return
    # the group whose own words ("chlorhexidine", not the "alcohol" two arms share) it names
    overlap = {g.id: len(vocab & _own_words(g, known)) for g in known}
    best = max(overlap.values(), default=0)
    if best and list(overlap.values()).count(best) == 1:
        g = next(g for g in known if overlap[g.id] == best)
        for p in (mention, x.lower()):
            if p not in (q.lower() for q in g.phrases) and len(p) >= 3:
                g.phrases.append(p)
        return
    label = "people in the control group" if x == "control" else f"people who got {x}"
    phrases = [mention] + ([x] if vocab and x.lower() not in _GENERIC else [])
    if x == "control":
        phrases += [p for p in ("control group", "controls", "control") if p not in phrases]
    _add_group(st, label, span, "treated", phrases,
               review="a group named by what it got: check it is one of the study's groups")


def _described_groups(st: State) -> None:
    """Groups a result sentence describes in its own words: "children who ate fish weekly
    scored ...", "those with the lowest vitamin D levels had ...", "those whose meals
    included fish ...", "spironolactone patients and antibiotic patients ...". The label is
    the release's phrase (with "people" for "those"); one that is no whole label is skipped."""
    for s in study_sentences(st):
        if not re.search(r"\d", s.text):
            continue
        for m in _DESCRIBED.finditer(s.text):
            x = m.group("x").strip()
            if re.match(r"(?i)(?:the\s+)?(?:this|that|these|those|such|same|their|its|it|them)\b",
                        x) or mentions(st, x):
                continue  # "people with this type of MS": a group named before
            if re.fullmatch(r"(?i)(?:were|was|had\s+been)\s+(?:enrolled|included|randomi[sz]ed|"
                            r"recruited|assigned|studied|followed|surveyed|asked|invited)"
                            r"(?:\s+(?:in|into|for)\s+(?:the|this)\s+(?:study|trial|research|"
                            r"analysis))?", x):
                continue
            noun = "people" if m.group("who").lower() == "those" else m.group("who")
            x = re.split(r"(?i)\s+(?:such\s+as|including|like)\s", x)[0]  # examples aside
            end = m.end("x")
            whose = _WHOSE_CLAUSE.match(s.text, m.start("x")) \
                if m.group("rel").lower() == "whose" else None
            if whose is not None:
                # "In patients whose tumours had a PD-L1 score of 10 or more, the hazard
                # ratio ...": the relative clause's own verb is no main verb; it runs to
                # the comma
                x, end = " ".join(whose.group("x").split()), whose.end("x")
            label = f"{noun} {m.group('rel')} {x}"
            if label_problem(label) or len(label.split()) > (12 if whose else 10):
                continue
            mention = s.text[m.start():end]
            _add_group(st, label, [s.at(m.start()), s.at(end)], "described",
                       [" ".join(mention.lower().split())],
                       review="a group described in a result sentence: check it is one of "
                              "the study's groups")
        for m in _METHOD.finditer(s.text):  # "the new blood test detected 98% of cancers"
            label = " ".join(m.group("x").split())
            if label_problem(label) or set(words(label)) & {"study", "trial", "research"}:
                continue
            _add_group(st, label, [s.at(m.start("x")), s.at(m.end("x"))], "described",
                       [label.lower()],
                       review="the method or device a result is about, not a group of "
                              "people: check the label")
        pairs = list(_BY_TREATMENT.finditer(s.text))
        if len({m.group("x").lower() for m in pairs}) >= 2:  # "X patients and Y patients"
            for m in pairs:
                if m.group("x").lower() in _NOT_TREATED | _GENERIC | STOP:
                    continue
                label = " ".join(m.group(0).split())
                _add_group(st, label, [s.at(m.start()), s.at(m.end())], "described",
                           [label.lower()],
                           review="a group named by its treatment: check the label")


def _own_words(g: Group, known: list[Group]) -> set[str]:
    """The words of a group's label that no other of ``known`` has in its label."""
    mine = set(words(g.label)) - STOP - _GENERIC
    others = set().union(*(set(words(o.label)) for o in known if o is not g))
    return mine - others or mine


def group_named(st: State, phrase: str, span: Span) -> str | None:
    """The id of the group a noun phrase names ("those with deficient vitamin D levels",
    "children who ate fish weekly"): a group already found whose mention covers most of
    it, else a new one labelled in the release's words ("people" for "those"); None when
    the phrase makes no whole label (a fragment is never a group)."""
    text = " ".join(phrase.split()).strip(" ,.;:")
    if not text:
        return None
    hits = mentions(st, text)
    if hits:
        lo, hi, gid = max(hits, key=lambda h: h[1] - h[0])
        if (hi - lo) >= 0.6 * len(text) or (len(hits) == 1 and \
                st.found.groups[gid].kind in ("arm", "treated")):
            return gid
    label = re.sub(r"(?i)^(?:the\s+)?those\b", "people", text)
    label = re.split(r"(?i)\s+(?:such\s+as|including|like)\s", label)[0]
    # a relative clause may take a label to 12 words ("women who had evidence of ... on
    # their mammogram"); other long phrases are fragments of a sentence
    longest = 12 if re.search(r"(?i)\b(?:who|that|whose)\s", label) else 10
    if label_problem(label) or len(label.split()) > longest or not re.search(
            rf"(?i)\b(?:{PERSONS}|{AGENTS}|animals|group|arm)\b", label):
        return None
    g = _add_group(st, label, span, "described", [text.lower()],
                   review="a group described in a result sentence: check it is one of the "
                          "study's groups")
    return g.id


def _treatment(phrase: str) -> str | None:
    """The treatment in "receiving <the new BCG vaccine for ...>": cut at the first word
    that starts another part of the sentence; None when it is no treatment's name."""
    x = re.split(r"(?i)\s+(?:for|who|that|which|in|at|with|had|have|has|were|was|is|are|did|"
                 r"do|compared|than|and|or|to|over|during|after|before|by|from|alone|group|"
                 r"arm|showed|saw|reported|experienced|developed|scored|lost|gained|"
                 r"improved|also|only|each|every|daily|weekly|fell|rose|grew|went|lost|gained|made|took|"
                 r"felt|got|saw|[a-z]+ed|once|twice|\d[\d.,]*|one|two|three|four|five|six|seven|"
                 r"eight|nine|ten|several|times)\b|[,;.()]", phrase.strip())[0]  # "a sauna four
    # to seven times a week": the treatment, not how often
    x = re.sub(r"(?i)^(?:the|an?|their|this|these)\s+", "", x.strip())
    ws = [w for w in words(x) if w not in STOP]
    if not ws or all(w in _GENERIC or w.isdigit() for w in ws) or len(x.split()) > 4:
        return None
    if re.match(rf"(?i)(?:{ANYNUM}|none|nothing|any|more|fewer|less|most|all|one|two|three|"
                r"four|five|six|seven|eight|nine|ten|several|many|few)\b", x):
        return None  # "those who had received none / three or more courses": an amount
    return x


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


def label_problem(label: str, *, outcome: bool = False) -> str | None:
    """Why a group or outcome label is no label a reader could take (None when fine): a
    placeholder word, or a fragment cut out of a sentence ("boys and", "people who got use
    either", "children aged 5"). A bare noun ("participants") is a fine group label but
    says nothing as an outcome."""
    text = " ".join(label.split())
    low = text.lower().strip(" .")
    if low in _PLACEHOLDERS or (outcome and re.fullmatch(rf"(?:all\s+)?{PEOPLE}", low)):
        return "is a placeholder"
    if text.count("(") != text.count(")"):
        return "is cut through a parenthesis"
    if re.search(r"\s[-–—]\s|;|:\s", text):
        return "runs on into the sentence"
    # "Lp(a)", "HbA(1c)": a name's short part in brackets is no word of its own
    ws = re.findall(r"[\w'’-]+", re.sub(r"(?<=\w)\(\w{1,3}\)", "", low))
    if not ws:
        return "has no words"
    if re.fullmatch(r"[\d.,]+", ws[-1]) and not re.search(
            r"\b(?:(?:ages?|aged)\s+\d+\s*(?:-|–|to)\s*|(?:over|under|than)\s+)\d+$", low):
        return "ends in a bare number"  # "women aged 30 to 44" is an age band, not cut
    # "aged 65 and over", "90 minutes or more": an open band, not a cut sentence
    open_age = re.search(r"\b\d+\s+(?:[a-z]+\s+)?(?:and|or)\s+(?:over|older|up|above|younger|"
                         r"under|more|longer|less|fewer)$", low)
    if (ws[-1] in LABEL_DANGLING and not open_age) or ws[0] in _OPENERS:
        return "is a fragment of a sentence"
    if re.match(rf"{PEOPLE}\s+who\s+got\s+(?:{_VERBS})\b", low):
        return "is a fragment of a sentence"
    if not [w for w in ws if w not in LABEL_DANGLING and w not in _FILLER
            and re.search(r"[a-z]{3}", w)]:
        return "says nothing"
    if outcome and _VERDICT.fullmatch(low):
        return "is a verdict on a result, not what was measured"
    return None


# "not statistically significant", "similar", "no different": what a result was judged,
# never the outcome it was measured on
_VERDICT = re.compile(r"(?:was\s+|were\s+|is\s+|are\s+)?(?:not\s+|no\s+longer\s+|only\s+|also\s+|"
                      r"highly\s+|clearly\s+)?(?:statistically(?:\s+significant(?:ly)?)?|significant(?:ly)?|"
                      r"similar|no\s+different|different|unchanged|comparable|the\s+same|"
                      r"meaningful|clinically\s+(?:significant|meaningful|important))"
                      r"(?:\s+(?:between|in)\s+(?:the\s+)?(?:two\s+|both\s+)?groups?)?")


def mentions(st: State, text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping group mentions in ``text``, longest phrase first."""
    named = tuple((g.id, tuple(g.phrases)) for g in st.found.groups.values())
    return list(_mentions(text, named))


@functools.lru_cache(maxsize=64)
def _mentions(text: str, named: tuple[tuple[str, tuple[str, ...]], ...]
              ) -> tuple[tuple[int, int, str], ...]:
    """:func:`mentions` of ``text`` for groups named so (id, phrases): read once per
    sentence, however many of its figures ask."""
    hits = []
    for gid, phrases in named:
        for p in phrases:
            if len(p) < 3:
                continue
            for m in _phrase_pattern(p).finditer(text):
                hits.append((m.start(), m.end(), gid))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, str]] = []
    used = bytearray(len(text) if hits else 0)  # 1 where a mention taken so far stands
    for h in hits:
        if used.find(1, h[0], h[1]) < 0:
            taken.append(h)
            used[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
    return tuple(sorted(taken))


@functools.lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A group phrase as a whole-word pattern, compiled once (every sentence asks for it);
    "placebo" in "placebo-controlled" names no group, nor "walkers" the "non-walkers", nor
    "screening" the people "compared with no screening"."""
    return re.compile(rf"(?<!\w)(?<!non-)(?<!\bno\s)(?<!\bwithout\s){re.escape(phrase)}(?!\w)"
                      r"(?!-controlled)", re.I)


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
# an arm's size after it: "(n = 306)", "(306 patients)"
def _size(name: str) -> str:
    # "(n=340)", "(340 women)", and a cluster trial's "(24 schools, 3,912 pupils)": the
    # people are the last count
    return (rf"(?:\((?:n\s*=\s*)?(?:{NUM}\s+[a-z]+,\s*)?(?P<{name}>{NUM})(?:\s+[a-z]+)?\))?")



# an arm said by its kind and then its name: "the programme, called HPV-Talk": the name
_CALLED = r"(?:(?:the|a|an)\s+[^,.;()]{2,40}?,\s+(?:called|named|known\s+as)\s+)?"
_ASSIGNED = re.compile(
    rf"(?i)\b(?:(?:randomly|randomi[sz]ed)\s*(?:assigned|allocated|selected|chosen)?|(?:were|was)"
    rf"\s+(?:then\s+)?(?:assigned|allocated))\b[^.;]{{0,140}}?"
    rf"\bto\s+(?:receive\s+)?(?:either\s+)?{_CALLED}(?P<a>[^,.;()]{{2,60}}?)\s*{_size('na')}"
    rf",?\s+or\s+(?:to\s+)?{_CALLED}(?P<b>[^,.;()]{{2,60}}?)\s*{_size('nb')}(?=\s*[.,;]|"
    rf"\s+(?:to|for|in|at|during|before|after)\b|\s*$)")
# "Half (340) were randomly assigned to X and half (340) to Y", "320 were randomised to X
# and 318 to Y": each arm with its size
_ASSIGNED_AND = re.compile(
    rf"(?i)\b(?:half\s*\(\s*)?(?P<na>{NUM})\)?(?:\s+{PEOPLE})?\s+(?:were\s+)?(?:randomly\s+)?"
    rf"(?:assigned|allocated|randomi[sz]ed)\s+to\s+(?:receive\s+)?(?P<a>[^,.;()]{{2,60}}?)\s*,?"
    rf"\s+and\s+(?:half\s*\(\s*)?(?P<nb>{NUM})\)?\s+to\s+(?:receive\s+)?"
    rf"(?P<b>[^,.;()]{{2,60}}?)(?=\s*[.,;]|\s+(?:to|for|in|at|during|before|after|taken|"
    rf"given|each)\b|\s*$)")
_OF_ASSIGNED = re.compile(
    rf"(?i)\bOf\s+(?P<n>{NUM})\s+{PEOPLE}\s+(?:who\s+)?(?:were\s+)?(?:randomly\s+)?(?:assigned\s+"
    rf"to\s+)?(?:receive|received|randomi[sz]ed\s+to|given)\s+(?P<a>[^,.;]{{2,60}}?)\s*,")
_TREATED = re.compile(
    rf"(?i)\b(?:those|{PEOPLE}|mice|rats|animals|(?:the\s+)?(?:group|arm))\s+(?:who\s+(?:were\s+|"
    r"had\s+(?:been\s+)?)?|that\s+(?:was\s+|were\s+)?)?"
    r"(?:receiving|received|given|taking|treated\s+with|using|used|on)\s+"
    r"(?P<x>(?:the\s+|an?\s+)?[\w'’®-]+(?:\s+[\w'’®-]+){0,5})")
_MAIN_VERB = (r"(?:had|has|have|were|was|are|is|scored|showed|experienced|developed|performed|"
              r"lost|gained|saw|needed|reached|achieved|got|did|tended|reported\s+(?:a|an|more|"
              r"less|fewer|lower|higher)|improved|declined|fell|rose|remained|became|were\s+\w+)")
_DESCRIBED = re.compile(
    rf"\b(?P<who>those|{PEOPLE}|mice|rats|animals)\s+(?P<rel>who|whose|with)\s+"
    rf"(?P<x>[^,.;()\d]{{3,70}}?)(?:\s*,\s*(?:however|though|in\s+turn|meanwhile|on\s+"
    rf"average)\s*,)?\s+{_MAIN_VERB}\b", re.I)
_WHOSE_CLAUSE = re.compile(r"(?P<x>[^,;:()]{3,90}?)(?=\s*,\s*(?:the|a|an|it|this|there|they|"
                           r"their|its)\s)")
_METHOD = re.compile(
    r"(?i)(?:\bthe\s+|\bthat\s+)(?P<x>(?:[\w-]+\s+){0,3}?(?:analysis|model|test|algorithm|scan|"
    r"device|tool|app|software|system|method|technique|technology|capsule|sensor|pill|score|"
    r"screening|imaging))\s+(?:also\s+|could\s+|can\s+|may\s+|might\s+|would\s+)?"
    r"(?:reduced?|reduces|decreased?|decreases|cut|cuts|lowered|lowers|detected|detects|"
    r"identified|identifies|correctly|missed|improved|improves|increased|achieved|predicted|"
    r"flagged|picked\s+up|caught|spotted|shortened|shortens|was\s+(?:able|accurate|correct)|"
    # "the device is 3,000 times more accurate than ...": what is compared is the device
    r"(?:is|was|are|were)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?[\w.,-]+"
    r"(?:\s+times|[\s-]*fold|\s*%|\s+percent)?\s+(?:more|less|better|faster)\s+"
    r"(?:accurate|sensitive|specific|effective|reliable|precise))\b")
_BY_TREATMENT = re.compile(rf"\b(?P<x>[A-Za-z][\w-]{{3,}})\s+{PEOPLE}\b")
_NAMED_GROUP = re.compile(r"(?i)\bthe\s+(?P<x>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:group|arm)\b")
_CONTROL = re.compile(
    rf"(?i)\b(?:the\s+)?(?P<x>placebo|control|usual[\s-]care|standard[\s-](?:of[\s-])?care|"
    rf"standard\s+(?:therapy|treatment)|comparison)\s+(?:group|arm|{PEOPLE})\b|"
    rf"\b(?:those|{PEOPLE})\s+(?:who\s+(?:were\s+|had\s+)?)?(?:on|given|receiving|received|"
    r"took|taking|got)\s+(?:an?\s+|the\s+)?(?P<y>placebo|dummy\s+pills?|sham\s+\w+)\b|"
    # "healthy controls", "than controls": the noun, never the verb ("treatment controls it")
    r"\b(?:the|and|with|than|of|among|in|to|versus|vs\.|healthy|matched|as)\s+controls\b"
    r"(?!\s+(?:it|them|the|their|his|her|its|this|that|blood|symptoms|pain|for)\b)")
_NOT_TREATED = frozenset({
    "control", "age", "study", "this", "each", "same", "other", "treatment", "that", "patient",
    "working", "research", "support", "advocacy", "one", "placebo", "comparison", "usual",
    "care", "both", "two", "three", "all", "whole", "first", "second", "last", "entire",
    "younger", "older", "high-risk", "low-risk", "ethnic", "income", "initial", "original",
    "overall", "total", "full", "larger", "smaller", "new"})
_WHO_WORDS = frozenset(re.findall(r"[a-z]+", PEOPLE)) | {"mice", "rats", "animals", "women",
                                                         "men", "those", "who", "were"}
_GENERIC = frozenset({
    "treatment", "treatments", "therapy", "therapies", "medication", "medications", "drug",
    "drugs", "medicine", "medicines", "study", "trial", "average", "time", "same", "part",
    "both", "either", "care", "it", "them", "one", "two", "intervention", "program",
    "programme", "diet", "test", "tests", "questionnaire", "survey", "data", "examination",
    "exam", "assessment", "interview", "sample", "samples", "basis"})
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
    """An arm's treatment without the verb of "assigned to receive / use either X"."""
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = re.sub(rf"(?i)^(?:(?:to\s+)?(?:be\s+given|be\s+treated\s+with|{_VERBS})\s+)+"
                    r"(?:either\s+)?", "", phrase)
    phrase = re.sub(r"(?i)^to\s+(?=\w)", "", phrase)  # "... or to chemotherapy alone"
    return re.sub(r"(?i)^(?:the|an?)\s+(?=\w+\s+\w)", "", phrase).strip()
_PLACEHOLDERS = frozenset({
    "outcome", "the outcome", "had the outcome", "condition", "intervention", "group",
    "the group", "groups", "value", "measure", "result", "results", "effect"})
LABEL_DANGLING = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "but", "by",
    "from", "as", "than", "that", "which", "who", "whom", "whose", "their", "his", "her",
    "its", "this", "these", "those", "either", "neither", "between", "among", "over",
    "under", "about", "into", "per", "versus", "vs", "while", "whereas", "were", "was",
    "is", "are", "be", "been", "had", "have", "has", "did", "do", "not", "also", "more",
    "less", "most", "least", "some", "such", "very", "when", "where", "if", "so", "aged"})
_OPENERS = frozenset({
    "and", "or", "but", "to", "of", "during", "from", "than", "with", "while", "whereas",
    "by", "at", "in", "on", "among", "for", "over", "after", "before", "compared", "versus",
    "vs", "taking", "receiving", "being", "ages", "aged", "under", "between"})
_FILLER = frozenset({"were", "was", "had", "have", "got", "who", "those", "them", "it",
                     "they"})
_VERBS = (r"receive|received|take|took|use|used|get|undergo|underwent|be|have|had|either|"
          r"continue|stop|start|eat|drink|wear|follow|do")


# --- the group a sentence is about --------------------------------------------------------
PERSONS = (rf"(?:{PEOPLE}|boys|girls|kids|teens|teenagers|adolescents|students|workers|"
           rf"employees|smokers|users|respondents|nurses|doctors|physicians|athletes|players|"
           rf"drinkers|runners|twins|couples|families|mice|rats|schoolchildren|pupils)")
"""Nouns that name people (or animals) a study can group: wider than :data:`PEOPLE`."""
AGENTS = (r"(?!(?:bio)?(?:others|cancers|numbers|cent(?:er|re)s|markers|disorders|layers|papers|"
          r"orders|answers|letters|matters|waters|chambers|ulcers|fibers|powers|characters|"
          r"parameters|diameters|filters|liters|quarters|headquarters|computers|containers|"
          r"inhalers|stickers|towers|corners|borders|numbers|folders|speakers)\b)"
          r"(?:non-?)?[a-z]{3,}ers")
"""Agent nouns that name people by what they do ("walkers", "non-drinkers", "coffee
drinkers", "carriers"); common "-ers" nouns that are things are left out."""
_SUBJECT = re.compile(
    r"(?i)^\W*(?:overall|in\s+total|in\s+comparison|similarly|meanwhile|by\s+contrast|"
    r"of\s+these|of\s+them|in\s+addition|additionally|also|however|furthermore|moreover|"
    r"in\s+the\s+(?:study|trial)),?\s+|^\W*")
_SUBJECT_NP = re.compile(
    rf"(?i)(?P<g>(?:the\s+|all\s+)?(?!(?:{ANYNUM}|a|an|some|many|most|few|several|both)\b)"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?{PERSONS}"
    rf"(?:\s+(?:(?:ages?|aged)\s+\d{{1,3}}(?:\s*(?:-|–|to)\s*\d{{1,3}}|\s+(?:and|or)\s+"
    rf"(?:over|older|up|above|younger|under))?|(?:over|under|older\s+than|younger\s+than)\s+"
    rf"\d{{1,3}}|with\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}?|in\s+the\s+[\w'’-]+"
    rf"(?:\s+[\w'’-]+)?\s+(?:group|arm)|"
    # "patients who received drug X with chemotherapy (in the trial) went longer ..."
    rf"who\s+(?:received|took|got|were\s+given|were\s+treated\s+with|used|ate|drank|did)\s+"
    rf"[^,;()]{{1,60}}?))?)(?:\s+in\s+the\s+(?:study|trial))?"
    rf"\s+(?:had|showed|saw|underwent|received|reported|experienced|developed|made|got|"
    rf"were|was|went|lived|scored|lost|gained|improved|needed|spent|stayed|remained)\b")


_CLAUSE_START = re.compile(r"(?i)(?:,\s*(?:while|whereas|and|but)|;|\bwhile|\bwhereas)\s+")


def subject_groups(st: State, s: Sentence) -> list[tuple[str, int]]:
    """The groups a sentence and its clauses open with when they list that group's
    figures ("Women aged 40 to 49 had 8,900 scans, 1,500 recalls (17%) and 52 cancers,
    while women aged 50 to 59 had ...", "Overall, the men over 60 had ..."): each id (a
    group already found, else a new described group) with where its phrase ends, in
    order; none when no clause opens with people."""
    out = []
    starts = [0] + [c.end() for c in _CLAUSE_START.finditer(s.text)]
    for at in starts:
        lead = _SUBJECT.match(s.text, at)
        m = _SUBJECT_NP.match(s.text, lead.end() if lead else at)
        if not m:
            continue
        phrase = re.sub(r"(?i)^(?:the|all)\s+", "", m.group("g"))
        if re.fullmatch(rf"(?i){PERSONS}", phrase):
            continue  # "Patients had ...": the whole study, nothing to add
        if phrase[:1].isupper() and phrase[1:2].islower():
            phrase = phrase[0].lower() + phrase[1:]  # capitalised only to open the sentence
        start = m.start("g") + (len(m.group("g")) - len(phrase))
        gid = group_named(st, phrase, [s.at(start), s.at(m.end("g"))])
        if gid:
            phrases = st.found.groups[gid].phrases
            if phrase.lower() not in phrases:  # the whole phrase names it, not a part
                phrases.append(phrase.lower())
            out.append((gid, m.end("g")))
    return out
