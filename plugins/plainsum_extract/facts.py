"""Find the facts of an English release in its repaired text.

Patterns, not a model: every value found keeps its ``[start, end]`` span in the repaired
text, and whatever is inferred rather than read (a group carried over from the previous
sentence, a year taken from the embargo line) gets a review note saying so. Boilerplate
and quotations are never mined for numbers: they are not study results.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from plainsum.spans import Spans

from .repair import Repaired
from .text import (
    ANYNUM,
    DATE,
    MONTHS,
    NUM,
    STOP,
    Ids,
    Sentence,
    number,
    sentences,
    slug,
    words,
)

Span = list[int]

PEOPLE = (r"(?:people|patients|participants|adults|women|men|children|infants|babies|"
          r"volunteers|individuals|subjects|veterans|mothers|persons|survivors|residents)")


@dataclass
class Group:
    id: str
    label: str  # noun phrase: "people with relapsing-remitting MS"
    phrases: list[str]  # how the text names it
    span: Span
    kind: str = "sub"  # all | sub | np | arm
    review: str | None = None
    term: str | None = None
    size: int | None = None


@dataclass
class Time:
    id: str
    value: float
    unit: str
    span: Span
    relation: str = "at"


@dataclass
class Found:
    """Everything found, in sheet terms; ``draft.py`` turns it into YAML."""

    text: str
    title: tuple[str, Span] | None = None
    dateline: tuple[str, Span] | None = None
    embargo: tuple[str, Span] | None = None
    date: tuple[str, Span] | None = None
    journal: tuple[str, Span] | None = None
    condition: tuple[str, Span] | None = None
    intervention: tuple[str, Span] | None = None
    design: list[tuple[str, Span]] = field(default_factory=list)
    groups: dict[str, Group] = field(default_factory=dict)
    times: dict[str, Time] = field(default_factory=dict)
    outcomes: dict[str, dict[str, Any]] = field(default_factory=dict)
    measures: dict[str, dict[str, Any]] = field(default_factory=dict)
    facts: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    limitations: list[dict[str, Any]] = field(default_factory=list)
    funding: list[tuple[str, Span]] = field(default_factory=list)
    hashtags: list[tuple[str, Span]] = field(default_factory=list)
    terms: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class Finder:
    """One pass over one repaired release."""

    def __init__(self, repaired: Repaired, bank: dict[str, Any]) -> None:
        self.r = repaired
        self.text = repaired.text
        self.bank = bank  # term id -> TermForms of the release's language
        self.found = Found(self.text)
        self.boilerplate = Spans(repaired.boilerplate)
        self.quote_spans: list[tuple[int, int]] = []  # in order, none overlapping
        self.all_sentences = sentences(self.text)
        self.body = [s for s in self.all_sentences if not self.boilerplate.holds(s.start)]
        self.ids: dict[str, Ids] = {k: Ids() for k in ("facts", "groups", "people", "orgs",
                                                      "quotes", "lims", "outcomes")}
        # what was found so far, by the name it is looked up by
        self.labels: dict[str, Group] = {}  # lower-cased label -> group
        self.surnames: dict[str, str] = {}  # surname -> person id
        self.org_names: dict[str, str] = {}  # lower-cased name -> organisation id
        self._study: list[Sentence] | None = None
        self._measures: dict[str, str | None] = {}  # sentence -> measure named in it

    # -- helpers ---------------------------------------------------------------------------

    def study_sentences(self) -> list[Sentence]:
        """Body sentences outside quotations: where results are stated (worked out once
        the quotations are known)."""
        if self._study is None:
            ends = [e for _, e in self.quote_spans]
            self._study = [s for s in self.body if not self._quoted(s, ends)]
        return self._study

    def _quoted(self, s: Sentence, ends: list[int]) -> bool:
        """Whether at least 60% of a sentence lies inside quotations, sampled at every 7th
        character from its start: the samples in each quotation it overlaps are counted,
        not tested one by one."""
        inside = 0
        i = bisect_right(ends, s.start)
        while i < len(self.quote_spans) and self.quote_spans[i][0] < s.end:
            lo, hi = max(self.quote_spans[i][0], s.start), min(self.quote_spans[i][1], s.end)
            first = s.start - (s.start - lo) // 7 * 7  # the first sample at lo or after
            if first < hi:
                inside += (hi - 1 - first) // 7 + 1
            i += 1
        return inside * 7 >= (s.end - s.start) * 0.6

    @functools.cached_property
    def bank_forms(self) -> dict[str, str]:
        """Each accepted form of the bank, lower-cased, with the first term that has it."""
        out: dict[str, str] = {}
        for term_id, forms in self.bank.items():
            for form in forms.accepted:
                out.setdefault(form.lower(), term_id)
        return out

    def bank_term(self, phrase: str) -> str | None:
        """The bank term one of whose forms is ``phrase`` (case-insensitive)."""
        return self.bank_forms.get(" ".join(phrase.lower().replace("’", "'").split()))

    def new_term(self, phrase: str, span: Span, key: bool = False) -> str:
        """A term the bank lacks, with its English form taken from the release."""
        found = self.bank_term(phrase)
        if found:
            self.found.terms.setdefault(found, {"id": found, "source_span": span})
            if key:
                self.found.terms[found]["key"] = True
            return found
        term_id = slug(phrase.replace("’s", "s").replace("'s", "s"))
        if term_id not in self.found.terms:
            technical = phrase if phrase.isupper() else _lower_common(phrase)
            definition = self.definition(phrase) or (
                f"{technical[0].upper() + technical[1:]} is what this study is about.")
            self.found.terms[term_id] = {
                "id": term_id, "key": key, "jargon": False,
                "en": {"technical": technical, "plain": technical, "definition": definition},
                "source_span": span,
                "review": "not in the term bank: check the wording; the plain form is the "
                          "technical "
                          "one and the definition is taken from the release or is a placeholder: "
                          "rewrite both (and set jargon: true if patients need it explained)",
            }
        return term_id

    def definition(self, phrase: str) -> str | None:
        """A definition the release itself gives: 'X (a ...)' or 'X is a ...'."""
        esc = re.escape(phrase)
        m = re.search(rf"(?i){esc}\s*\((?P<d>(?:a|an|the)\s[^)]{{8,120}})\)", self.text)
        if m:
            d = m.group("d").strip()
            return f"{phrase[0].upper() + phrase[1:]}: {d}."
        m = re.search(rf"(?i)(?:^|(?<=[.!?]\s)){esc}(?:\s*\([A-Z]+\))?\s+(?:is|are)\s+(?:a|an)\s"
                      r"[^.]{8,200}\.", self.text, re.M)
        return m.group().strip() if m else None

    # -- the passes, in order ----------------------------------------------------------------

    def run(self) -> Found:
        self.find_quotes()
        self.find_header()
        self.find_publication()
        self.find_design()
        self.find_groups()
        self.find_condition_and_intervention()
        self.find_counts()
        self.find_means()
        self.find_periods()
        self.find_timepoints()
        self.find_proportions()
        self.find_claims()
        self.find_limitations()
        self.find_funding()
        self.find_hashtags()
        self.find_jargon()
        return self.found

    # -- title, dateline, embargo ------------------------------------------------------------

    def find_header(self) -> None:
        text = self.text
        m = re.search(r"(?im)^\W{0,3}embargo(?:ed)?\b[^\n]{0,60}?\b(?P<h>\d{1,2})(?::(?P<mi>\d\d))?"
                      r"\s*(?P<ap>[ap])\.?\s*m\.?\s*(?P<tz>[A-Z]{2,4})?\b[^\n]{0,30}?" + DATE, text)
        if m:
            iso = _embargo_iso(m)
            if iso:
                self.found.embargo = (iso, [m.start(), m.end()])
        for block in _blocks(text):
            start, line = block
            if self.boilerplate.holds(start):
                continue
            d = re.match(r"(?P<city>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
                         r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s+[-–—]{1,2}\s+\S", line)
            if d and d.group("city").upper() not in _WIRES:
                city = d.group("city")
                self.found.dateline = (_title_case(city),
                                       [start + d.start("city"), start + d.end("city")])
                break
        dateline_at = self.found.dateline[1][0] if self.found.dateline else None
        candidates = []
        for start, line in _blocks(text):
            if self.boilerplate.holds(start) or re.match(r"(?i)\W{0,3}embargo", line):
                continue
            n = len(line.split())
            if 3 <= n <= 30 and not line.rstrip().endswith((".", ":", ";", ",")) \
                    and re.search(r"[A-Za-z]{3}", line) and not _foreign_only(line):
                candidates.append((start, line))
            if dateline_at is not None and start >= dateline_at:
                break
        if candidates:
            start, line = candidates[-1] if dateline_at is not None else candidates[0]
            self.found.title = (line.strip(), [start, start + len(line.strip())])

    # -- journal and date --------------------------------------------------------------------

    def find_publication(self) -> None:
        for s in self.study_sentences():
            if not re.search(r"(?i)\b(?:publish\w*|appears?|appearing|issue|online|journal)\b",
                             s.text):
                continue
            if re.match(r"(?i)\W{0,3}embargo", s.text):
                continue
            if self.found.journal is None:
                self._journal(s)
            if self.found.date is None:
                d = re.search(r"(?i)" + DATE, s.text)
                if d:
                    self._date(s, d)
            if self.found.journal and self.found.date:
                break
        if self.found.journal is None and not any(n.startswith("journal") for n in
                                                  self.found.notes):
            self.found.notes.append("no journal name found; if the release names one, add it "
                                    "under publication.journal")

    def _journal(self, s: Sentence) -> None:
        jname = (r"(?P<j>(?:The\s+)?[A-Z][\w&'’.-]*"
                 r"(?:\s+(?:of|and|&|the|in|for)?\s*[A-Z][\w&'’-]*)*)")
        m = (re.search(r"\bissue\s+of\s+(?:the\s+)?(?:journal\s+)?" + jname, s.text)
             or re.search(r"\b(?:published|appears?|appearing|reported|online)\b.{0,80}?"
                          r"\bin\s+(?:the\s+)?(?:journal\s+)?" + jname, s.text))
        if m:
            name = m.group("j").strip()
            name = re.sub(r"\s+(?:on|in|and)$", "", name).rstrip(".")
            journalish = re.search(r"(?i)journal|jama|lancet|bmj|neurology|medicine|science|"
                                   r"nature|pediatrics|circulation|cell|annals|proceedings|"
                                   r"reports|cancer|diabetes|cardiology|plos|review", name)
            if "issue" in s.text[:m.start("j")][-20:] or journalish:
                self.found.journal = (name, [s.at(m.start("j")), s.at(m.end("j"))])
                return
        gap = re.search(r"\b(?:issue\s+of|published\s+in|journal)\s*,", s.text)
        if gap:
            self.found.notes.append(
                f"journal [{s.at(gap.start())}, {s.at(gap.end())}]: the journal's name is "
                "missing from the release (lost link text); add it by hand")

    def _date(self, s: Sentence, d: re.Match[str]) -> None:
        month = MONTHS[d.group("mon").lower()]
        day = int(d.group("day"))
        year = d.group("year")
        note = None
        if not year:
            year = self._year_for(month, day)
            note = (f"the release gives {d.group().strip()} without a year; {year} is taken "
                    "from elsewhere in the release" if year else None)
        if not year or not 1 <= day <= 31:
            self.found.notes.append(f"publication date [{s.at(d.start())}, {s.at(d.end())}]: "
                                    f"{d.group()!r} has no year; add publication.date by hand")
            return
        self.found.date = (f"{int(year):04d}-{month:02d}-{day:02d}",
                           [s.at(d.start()), s.at(d.end())])
        if note:
            self.found.notes.append(f"publication.date: {note}")

    def _year_for(self, month: int, day: int) -> str | None:
        for m in re.finditer(r"(?i)" + DATE, self.text):
            if m.group("year") and MONTHS[m.group("mon").lower()] == month \
                    and int(m.group("day")) == day:
                return m.group("year")
        if self.found.embargo:
            return self.found.embargo[0][:4]
        return None

    # -- design ------------------------------------------------------------------------------

    def find_design(self) -> None:
        seen: set[str] = set()
        for s in self.study_sentences():
            for pattern, term in _DESIGN:
                for m in re.finditer(pattern, s.text, re.IGNORECASE):
                    before = s.text[max(0, m.start() - 40):m.start()].lower()
                    if re.search(r"\b(?:not|no|without|lack\w*|n['’]t)\b", before):
                        continue
                    if term not in seen and term in self.bank:
                        seen.add(term)
                        self.found.design.append((term, [s.at(m.start()), s.at(m.end())]))

    # -- groups -------------------------------------------------------------------------------

    def find_groups(self) -> None:
        f = self.found
        self.condition_word: str | None = None
        # the cohort: "looked at 210 people with MS who ..."
        self.cohort = None
        for s in self.study_sentences():
            m = _COHORT.search(s.text) or _COHORT_PASSIVE.search(s.text)
            if m:
                self.cohort = (s, m)
                break
        all_label = "all participants"
        all_span = [0, 0]
        if self.cohort:
            s, m = self.cohort
            noun = m.group("np").strip()
            rest = re.split(r",|;|\s+(?:from|at|in|to|during|between|for|since|over)\s+",
                            m.group("rest") or "")[0]
            with_ = re.match(r"\s+with\s+(.+?)(?:\s+who\b.*)?$", rest)
            if with_:
                self.condition_word = with_.group(1).strip()
                all_label = f"{noun} with {self.condition_word}"
            elif re.match(r"\s+who\s", rest):
                all_label = f"{noun}{rest}".strip()
            else:
                all_label = f"{noun}{rest}".strip() if len(rest.split()) <= 4 else noun
            all_span = [s.at(m.start("np")), s.at(m.end("np") + len(rest))]
        f.groups["all"] = Group("all", all_label, [], all_span, "all",
                                review=None if self.cohort else
                                "no cohort sentence found: name the whole study group")
        self.labels[all_label.lower()] = f.groups["all"]
        self.ids["groups"].add("all")
        self._subgroups()
        self._arms()
        self._noun_phrase_groups()

    def _add_group(self, label_np: str, span: Span, kind: str, phrases: list[str],
                   review: str | None = None) -> Group:
        if label_np.lower() in self.labels:
            return self.labels[label_np.lower()]
        gid = self.ids["groups"].unique(_group_id(label_np, self.condition_word))
        g = Group(gid, label_np, [p for p in phrases if p], span, kind, review)
        term = None
        for phrase in phrases:
            term = self.bank_term(phrase)
            if term:
                break
        g.term = term
        self.found.groups[gid] = g
        self.labels[label_np.lower()] = g
        return g

    def _label_for(self, x: str) -> str:
        noun = self.found.groups["all"].label.split()[0] if self.cohort else "people"
        return f"{noun} with {x}"

    def _phrases_for(self, x: str) -> list[str]:
        out = [x]
        cond = self.condition_word
        if cond and x.lower().endswith(" " + cond.lower()):
            modifier = x[: -len(cond) - 1].strip()
            out.append(f"{modifier} form of {cond}")
            if modifier.lower() not in STOP:
                out.append(modifier)
        return out

    def _subgroups(self) -> None:
        if not self.cohort:
            return
        s0 = self.cohort[0]
        for s in self.study_sentences():
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
                g = self._add_group(self._label_for(x), [s.at(h.start("x")), s.at(h.end("x"))],
                                    "sub", self._phrases_for(x))
                g.size = int(value) if value is not None else None
                g.span = [s.at(h.start()), s.at(h.end())]
            if hits:
                self.subgroup_sentence = s
                break

    def _arms(self) -> None:
        arms: list[tuple[str, Span, int | None]] = []
        for s in self.study_sentences():
            m = _ASSIGNED.search(s.text)
            if m:
                for key, n in (("a", "na"), ("b", "nb")):
                    phrase = _clean_arm(m.group(key))
                    size = number(m.group(n)) if m.group(n) else None
                    arms.append((phrase, [s.at(m.start(key)), s.at(m.end(key))],
                                 int(size) if size else None))
                break
        if not arms:
            for s in self.study_sentences():
                m = _OF_ASSIGNED.search(s.text)
                if m:
                    size = number(m.group("n"))
                    arms.append((_clean_arm(m.group("a")), [s.at(m.start("a")), s.at(m.end("a"))],
                                 int(size) if size else None))
        if len(arms) < 2:
            named = []
            seen: set[str] = set()
            for s in self.study_sentences():
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
            g = self._add_group(f"people who got {phrase}", span, "arm", distinct,
                                review="a study arm: check the label")
            g.size = size
            g.phrases = distinct
            g.label_phrase = phrase  # type: ignore[attr-defined]
        # "the medical treatment group": attach to the arm it covers best
        arm_groups = [g for g in self.found.groups.values() if g.kind == "arm"]
        for s in self.study_sentences():
            for m in re.finditer(r"\bthe\s+([\w-]+(?:\s+[\w-]+){0,2}?)\s+group\b", s.text, re.I):
                mention = set(words(m.group(1))) - STOP
                if not mention:
                    continue
                best = max(arm_groups, key=lambda g: _coverage(mention, g))
                if _coverage(mention, best) > 0 and m.group(0).lower() not in best.phrases:
                    best.phrases.append(m.group(0).lower())

    def _noun_phrase_groups(self) -> None:
        cond = (self.condition_word or "").lower()
        if not cond:
            return
        for s in self.study_sentences():
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
                if self._match_group(normal) or self._match_group(x):
                    continue
                if re.search(r"\bmost\s+common\b", xl):
                    self._alias_most_common(x, s, m)
                    continue
                self._add_group(self._label_for(normal), [s.at(m.start("x")),
                                s.at(m.start("x") + len(x))], "np", self._phrases_for(normal),
                                review="a group named only in passing: check it is a study "
                                       "group")

    def _match_group(self, phrase: str) -> Group | None:
        p = phrase.lower()
        for g in self.found.groups.values():
            if g.kind == "all":
                continue
            if any(p == q.lower() for q in g.phrases) or \
                    g.label.lower() == self._label_for(phrase).lower():
                return g
        return None

    def _alias_most_common(self, x: str, s: Sentence, m: re.Match[str]) -> None:
        """'the most common form of MS': find which group that is, in the text or the bank."""
        target = None
        how = ""
        for other in self.study_sentences():
            mm = re.search(rf"\bmost\s+{PEOPLE}\b[^.]{{0,80}}?\b(?:diagnosed\s+with|have|had)\s+"
                           r"(?P<x>[^,.;]{2,60})", other.text, re.I)
            if mm:
                target = self._match_group(_np_head(mm.group("x")))
                how = f"the release says most people are diagnosed with {mm.group('x')!r}"
                if target:
                    break
        if target is None:
            for g in self.found.groups.values():
                forms = self.bank.get(g.term) if g.term else None
                if forms and forms.definition and re.search(
                        r"(?i)\bmost\s+common\s+form\b", forms.definition):
                    target, how = g, f"the term bank defines {g.term!r} as the most common form"
                    break
        if target is not None:
            target.phrases.append(x)
            target.review = ((target.review + " ") if target.review else "") + (
                f"'{x}' is read as this group because {how}; check")
        else:
            self._add_group(self._label_for(x), [s.at(m.start("x")), s.at(m.end("x"))], "np",
                            [x], review="which group is 'the most common form'? merge it")

    # -- group mentions ----------------------------------------------------------------------

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping group mentions in ``text``, longest phrase first."""
        hits = []
        for g in self.found.groups.values():
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

    # -- condition and intervention ------------------------------------------------------------

    def find_condition_and_intervention(self) -> None:
        f = self.found
        title, tspan = f.title if f.title else ("", [0, 0])
        cond = None
        m = re.search(rf"(?i)\b{PEOPLE}\s+with\s+(?P<x>.+)$", title)
        if m:
            cond = (_condition_phrase(m.group("x")), tspan)
        if cond is None and self.condition_word:
            span = f.groups["all"].span
            cond = (_condition_phrase(self.condition_word), span)
        if cond is None:
            m = re.search(r"(?i)\b(?:for|against)\s+(?P<x>[^,]+?)\s+in\b", title) or \
                re.search(r"(?i)\b(?:prevent|treat|treating|preventing)\s+(?P<x>[^,]+)", title)
            if m:
                cond = (_condition_phrase(m.group("x")), tspan)
        if cond is None:
            for s in self.study_sentences()[:6]:
                m = re.search(rf"(?i)\b{PEOPLE}\s+with\s+(?P<x>[^,.;]+)", s.text)
                if m:
                    cond = (_condition_phrase(m.group("x")), [s.at(m.start("x")),
                                                              s.at(m.end("x"))])
                    break
        if cond and cond[0]:
            f.condition = (self.new_term(cond[0], cond[1], key=True), cond[1])
        else:
            f.condition = (self.new_term("condition", [0, 0]), [0, 0])
            f.notes.append("study.condition: no condition found; replace the placeholder term")
        subject = re.split(r",\s*", title)[-1] if re.match(r"(?i)to\s", title) else title
        subject = re.split(_TITLE_VERB, subject, maxsplit=1)[0].strip()
        subject = re.sub(r"(?i)^(?:\d+-\w+-old\s+|new\s+|a\s+|an\s+|the\s+)", "", subject)
        subject = re.split(r"(?i)\s+(?:instead\s+of|versus|vs\.?|compared)\s+", subject)[0]
        generic = subject.lower() in {"drug", "treatment", "therapy", "medicine", "medication",
                                      "study", "research", "new research", "trial", ""}
        arms = [g for g in f.groups.values() if g.kind == "arm"]
        if generic and arms:
            subject = getattr(arms[0], "label_phrase", arms[0].label)
            subject = re.sub(r"(?i)^(?:the|a|an)\s+", "", subject)
        if (subject and not generic) or (generic and arms):
            f.intervention = (self.new_term(subject, tspan, key=True), tspan)
        else:
            f.intervention = (self.new_term("intervention", [0, 0]), [0, 0])
            f.notes.append("study.intervention: not found; replace the placeholder term")

    # -- counts, means, periods, time points ---------------------------------------------------

    def fact(self, data: dict[str, Any], base: str) -> dict[str, Any]:
        data["id"] = self.ids["facts"].unique(base)
        self.found.facts.append(data)
        return data

    def find_counts(self) -> None:
        f = self.found
        if self.cohort:
            s, m = self.cohort
            value = number(m.group("n"))
            if value is not None:
                fact = {"kind": "count", "value": value, "group": "all", "key": True,
                        "source_span": [s.at(m.start("n")), s.at(m.end("np"))]}
                if m.group("q"):
                    fact["review"] = (f"the release says {m.group('q').strip()!r} {m.group('n')}: "
                                      "the number is not exact")
                self.fact(fact, "cohort")
        for g in f.groups.values():
            if g.kind in ("sub", "arm") and g.size is not None:
                self.fact({"kind": "count", "value": g.size, "group": g.id, "of": "all",
                           "source_span": g.span}, f"{g.id}-n")

    def find_means(self) -> None:
        for s in self.study_sentences():
            for m in _MEAN_PAIR.finditer(s.text):
                self._mean_pair(s, m)
            for m in _MEAN.finditer(s.text):
                if _MEAN_PAIR.match(s.text, m.start()):
                    continue
                value = number(m.group("n"))
                measure = (m.group("measure") or "").strip().lower() or "value"
                if value is None or measure in {"of", "the"}:
                    continue
                mid = self.measure(measure, [s.at(m.start("measure") if m.group("measure")
                                                  else m.start()), s.at(m.end())])
                unit = _unit(m.group("unit")) or ("year" if measure == "age" else None)
                fact = {"kind": "mean", "value": value, "measure": mid,
                        "group": self.group_before(s, m.start()) or "all",
                        "source_span": [s.at(m.start()), s.at(m.end())]}
                if unit:
                    fact["unit"] = unit
                if m.group("stat").lower() == "median":
                    fact["statistic"] = "median"
                self.fact(fact, f"{mid}-{m.group('stat').lower()}")

    def _mean_pair(self, s: Sentence, m: re.Match[str]) -> None:
        arms = [g for g in self.found.groups.values() if g.kind == "arm"]
        if len(arms) < 2:
            return
        measure = m.group("measure").strip().lower()
        mid = self.measure(measure, [s.at(m.start("measure")), s.at(m.end("measure"))])
        ids = []
        for arm, key in zip(arms[:2], ("a", "b"), strict=False):
            fact = {"kind": "mean", "value": number(m.group(key)), "measure": mid,
                    "group": arm.id, "source_span": [s.at(m.start(key)), s.at(m.end(key))],
                    "review": "the release gives 'X vs. Y' without naming the arms: the first "
                              "is read as the first arm; check"}
            unit = _unit(m.group("unit"))
            if unit:
                fact["unit"] = unit
            if m.group("stat").lower() == "median":
                fact["statistic"] = "median"
            ids.append(self.fact(fact, f"{arm.id}-{mid}")["id"])
        self.found.notes.append(f"means [{s.at(m.start())}, {s.at(m.end())}]: the release "
                                "compares two means; no comparison fact was drafted for them")

    def measure(self, name: str, span: Span) -> str:
        mid = slug(name, 4)
        if mid not in self.found.measures:
            technical = f"mean {name}" if name == "age" else name
            self.found.measures[mid] = {"id": mid, "label": {"en": {"plain": name,
                                                                    "technical": technical}},
                                        "source_span": span}
        return mid

    def find_periods(self) -> None:
        intervention = self.found.intervention[0] if self.found.intervention else None
        for s in self.study_sentences():
            event: bool | None = None  # whether the sentence names the intervention
            for m in re.finditer(r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|and|through|"
                                 r"until|till)\s+(?P<b>(?:19|20)\d\d)\b|\b(?P<c>(?:19|20)\d\d)\s*"
                                 r"[–-]\s*(?P<d>(?:19|20)\d\d)\b", s.text):
                a, b = int(m.group("a") or m.group("c")), int(m.group("b") or m.group("d"))
                fact = {"kind": "period", "start": min(a, b), "end": max(a, b), "group": "all",
                        "source_span": [s.at(m.start()), s.at(m.end())]}
                if event is None:
                    event = bool(intervention) and self.mentions_term(s.text, intervention)
                if event:
                    fact["event"] = intervention
                self.fact(fact, "period")

    def mentions_term(self, text: str, term_id: str) -> bool:
        forms = self.bank.get(term_id)
        accepted = list(forms.accepted) if forms else []
        extra = self.found.terms.get(term_id, {}).get("en", {})
        accepted += [extra.get("technical", "")]
        for a in accepted:
            if a and re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text,
                               0 if a.isupper() else re.I):
                return True
        return False

    def time(self, value: float, unit: str, span: Span, relation: str = "at") -> str:
        letter = {"year": "y", "month": "m", "week": "w", "day": "d", "hour": "h"}[unit]
        value = int(value) if float(value).is_integer() else value
        tid = f"{value}{letter}"
        if tid not in self.found.times:
            self.found.times[tid] = Time(tid, value, unit, span, relation)
        return tid

    def find_timepoints(self) -> None:
        unit = r"(?:years?|months?|weeks?|days?)"
        item = rf"{ANYNUM}[\s-]+{unit}"
        for s in self.study_sentences():
            m = re.search(rf"(?i)\b(?:assessed|evaluated|examined|followed|measured|seen|checked|"
                          rf"tested|interviewed|surveyed|followed\s+up)\b[^.]{{0,60}}?\b(?:at|after|"
                          rf"for)\s+(?P<list>{item}(?:\s*,\s*(?:and\s+)?{item}|\s+and\s+{item})+)",
                          s.text)
            if not m:
                continue
            ids = []
            for it in re.finditer(rf"(?i)(?P<n>{ANYNUM})[\s-]+(?P<u>{unit})", m.group("list")):
                value = number(it.group("n"))
                if value:
                    ids.append(self.time(value, _unit(it.group("u")) or "year",
                                         [s.at(m.start("list") + it.start()),
                                          s.at(m.start("list") + it.end())]))
            if ids:
                self.fact({"kind": "timepoints", "times": ids,
                           "source_span": [s.at(m.start()), s.at(m.end())]}, "follow-up")
                break

    # -- proportions -------------------------------------------------------------------------

    def group_before(self, s: Sentence, pos: int) -> str | None:
        hits = [h for h in self.mentions(s.text[:pos])]
        return hits[-1][2] if hits else None

    def find_proportions(self) -> None:
        current = "all"
        arms = [g.id for g in self.found.groups.values() if g.kind == "arm"]
        seen: dict[tuple[Any, ...], dict[str, Any]] = {}
        for s in self.study_sentences():
            percents = [m for m in _PERCENT.finditer(s.text)
                        if not re.search(rf"{NUM}\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–)\s*$",
                                         s.text[max(0, m.start() - 14):m.start()])]
            mentions = self.mentions(s.text)
            if not percents:
                if mentions:
                    current = mentions[-1][2]
                elif re.search(rf"(?i)\b(?:the\s+)?{PEOPLE}\b", s.text) and \
                        not re.search(r"(?i)\bthis\s+type\b", s.text):
                    pass
                continue
            made: list[dict[str, Any]] = []
            for i, m in enumerate(percents):
                prev_end = percents[i - 1].end() if i else 0
                next_start = percents[i + 1].start() if i + 1 < len(percents) else len(s.text)
                after = s.text[m.end():next_start]
                before = s.text[prev_end:m.start()]
                group, how = self._group_for(s, m, after, before, mentions, current, prev_end,
                                             made, arms)
                current = group
                time = self._time_for(s.text, m, after, before)
                outcome = self._outcome_for(s, m, after, before)
                value = number(m.group("n"))
                if value is None or value > 100:
                    continue
                fact: dict[str, Any] = {"kind": "proportion", "value": value, "group": group,
                                        "source_span": [s.at(m.start()), s.at(m.end())]}
                if outcome:
                    fact["outcome"] = outcome
                if time:
                    fact["time"] = time
                notes = []
                if how:
                    notes.append(how)
                q = re.search(r"(?i)(more|fewer|less)\s+than\s+(?:about\s+)?$|(?:about|nearly|"
                              r"almost|approximately|roughly|around|over|under)\s+$", before)
                if q:
                    notes.append(f"the release says {q.group().strip()!r} {m.group('n')}%")
                cm = re.search(rf"(?P<c>{NUM})\s+(?:of\s+(?P<of>{NUM})|{PEOPLE})\s*\(\s*$",
                               before)
                if cm:
                    fact["count"] = int(number(cm.group("c")) or 0)
                    if cm.group("of"):
                        fact["of"] = int(number(cm.group("of")) or 1)
                    else:
                        size = self.found.groups[group].size
                        if size:
                            fact["of"] = size
                            notes.append(f"'of {size}' is the size of the group, not stated "
                                         "next to the figure")
                if not time:
                    notes.append("no time point next to this figure")
                if notes:
                    fact["review"] = "; ".join(notes)
                made.append(fact)
            later = _next_with_outcome(made)
            for i, fact in enumerate(made):
                if "outcome" not in fact:
                    paired = i and re.search(r"(?i)\b(?:vs\.?|versus|compared\s+(?:to|with))\W*$",
                                             s.text[percents[i - 1].end():percents[i].start()])
                    # every fact before this one has an outcome by now
                    donor = (made[i - 1] if paired and "outcome" in made[i - 1] else None) or \
                        later[i] or (made[i - 1] if i else None)
                    if donor:
                        fact["outcome"] = donor["outcome"]
                    else:
                        fact["outcome"] = self.outcome_generic("outcome", [0, 0])
                        fact["review"] = ((fact.get("review", "") + "; ") if fact.get("review")
                                          else "") + "what was measured? no outcome found"
                key = (fact["value"], fact["group"], fact.get("time"), fact["outcome"])
                if key in seen:
                    continue
                seen[key] = fact
                fact["key"] = True
                base = f"{fact['group']}-{fact.get('time') or fact['outcome']}"
                self.fact(fact, base)
            self._comparisons(s, percents, made)

    def _group_for(self, s: Sentence, m: re.Match[str], after: str, before: str,
                   mentions: list[tuple[int, int, str]], current: str, prev_end: int,
                   made: list[dict[str, Any]], arms: list[str]) -> tuple[str, str | None]:
        window = re.split(r"[,;]|\s+(?:compared|vs\.?|versus|whereas|while)\b", after)[0]
        near = [h for h in mentions if m.end() <= h[0] < m.end() + min(len(window), 60) + 1]
        if near and (near[0][0] - m.end() <= 40 or not arms):
            return near[0][2], None
        anaphora = re.search(r"(?i)\b(?:this\s+type|them|these|those\s+people|this\s+group|"
                             r"still)\b", window) or re.search(r"(?i)\bstill\s*$|\blater\b", before)
        if anaphora and not [h for h in mentions if prev_end <= h[0] < m.start()]:
            return current, ("group carried over from the sentence before" if not made
                             else None)
        own = [h for h in mentions if prev_end <= h[1] <= m.start()]
        if own:
            return own[-1][2], None
        if re.match(rf"(?i)\s*(?:of\s+(?:the\s+|all\s+)?)?{PEOPLE}\b(?!\s+with)", after) or \
                re.search(rf"(?i)\b(?:all|the)\s+{PEOPLE}\s*\(\s*$", before):
            return "all", None
        if made and arms and len(arms) == 2 and re.search(r"(?i)\b(?:vs\.?|versus|compared\s+"
                                                          r"(?:to|with))\s*$", before):
            other = [a for a in arms if a != made[-1]["group"]]
            if other:
                return other[0], "the other arm of an 'X vs Y' pair; check"
        if made and arms:
            pairs = [f["group"] for f in made]
            return pairs[-2] if len(pairs) >= 2 else current, "group read from the pair " \
                "before in this sentence; check"
        return current, ("group carried over from the sentence before; check"
                         if current != "all" else None)

    def _time_for(self, text: str, m: re.Match[str], after: str, before: str) -> str | None:
        times, starts, ends = _time_points(text)
        # the times are in order and none overlaps another: the nearest is the last that
        # ends before m, the first that starts after it, or one that overlaps it
        first = max(bisect_right(ends, m.start()) - 1, 0)
        last = min(bisect_left(starts, m.end()), len(times) - 1)
        best = None
        for t in times[first:last + 1]:
            dist = min(abs(t.start() - m.end()), abs(m.start() - t.end()))
            if best is None or dist < best[0]:
                best = (dist, t)
        if best is None:
            return None
        t = best[1]
        value = number(t.group("n") or t.group("n2"))
        unit = _unit(t.group("u") or t.group("u2"))
        if not value or not unit:
            return None
        rel = "within" if (t.group("pre") or "").lower() == "within" else "at"
        return self.time(value, unit, [m.start(), m.end()], rel)

    def _outcome_for(self, s: Sentence, m: re.Match[str], after: str, before: str) -> str | None:
        clause = re.split(r"[,;]|\s+(?:compared|vs\.?|versus|whereas|while)\b|\s+[-–—]\s+",
                          after)[0]
        back = re.split(r"[,;]", before)[-1] if not before.rstrip().endswith("(") else before
        subject = _subject(s.text[:m.start()]) if (before.rstrip().endswith("(") or re.match(
            r"\s*(?:vs|versus)", after)) else None
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
                    if mm and self.bank_term(mm.group("m")):
                        measure = self.bank_term(mm.group("m"))
                    elif direction not in _EVENTS:
                        measure = self._measure_near(s.text)
                    if direction == "death":
                        q = re.search(r"(?i)(?:died|deaths?)\s+(?:from|of)\s+([\w\s-]{3,40}?)"
                                      r"(?=[,.;)]|$|\s+in\b|\s+occurred\b)", part)
                        if q:
                            return self.outcome_event(f"died from {q.group(1).strip()}")
                    return self.outcome(direction, measure, part[d.start():d.end()])
        # in parentheses: the subject of the sentence is what was measured
        if subject:
            return self.outcome_generic(f"had {subject.lower()}", [s.at(0), s.at(m.start())])
        phrase = _after_phrase(clause)
        if phrase:
            return self.outcome_generic(phrase, [s.at(m.end()), s.at(m.end() + len(clause))])
        return None

    def outcome(self, direction: str, measure: str | None, said: str) -> str:
        oid = direction if direction not in _EVENTS else _EVENTS[direction][0]
        m = self.bank[measure].technical if measure and measure in self.bank else None
        known = self.found.outcomes.get(oid)
        if known is not None:
            if measure and "measure" not in known and direction in _DIRECTION_LABELS:
                known["measure"] = measure
                known["polarity"] = "higher-is-worse" if measure in _WORSE_MEASURES \
                    else "higher-is-better"
                known["label"]["en"]["technical"] = _DIRECTION_LABELS[direction][1].format(m=m)
            return oid
        if direction in _EVENTS:
            _, plain, polarity = _EVENTS[direction]
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
        self.found.outcomes[oid] = data
        return oid

    def outcome_event(self, phrase: str) -> str:
        oid = slug(phrase, 5)
        if oid not in self.found.outcomes:
            self.found.outcomes[oid] = {"id": oid, "polarity": "higher-is-worse",
                                        "label": {"en": {"plain": phrase, "technical": phrase}}}
        return oid

    def outcome_generic(self, phrase: str, span: Span) -> str:
        phrase = " ".join(phrase.split()).rstrip(".")
        oid = slug(phrase, 4)
        if oid not in self.found.outcomes:
            self.found.outcomes[oid] = {
                "id": oid, "label": {"en": {"plain": phrase, "technical": phrase}},
                "source_span": span,
                "review": "outcome wording taken from the release: rewrite it as what the "
                          "group did ('got an infection') and add direction or polarity"}
        return oid

    def _comparisons(self, s: Sentence, percents: list[re.Match[str]],
                     made: list[dict[str, Any]]) -> None:
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
            self.fact({"kind": "comparison", "facts": [fa["id"], fb["id"]],
                       "direction": "lower" if va < vb else "higher" if va > vb else "similar",
                       "key": True, "source_span": [s.at(a.start()), s.at(b.end())]},
                      f"{fa['group']}-vs-{fb['group']}")

    # -- claims --------------------------------------------------------------------------------

    def find_claims(self) -> None:
        for s in self.study_sentences():
            if _PERCENT.search(s.text):
                continue
            m = re.search(rf"(?i)\b(?P<q>some|most|more\s+than\s+half\s+of|all)\s+(?:of\s+)?"
                          rf"(?:the\s+)?{PEOPLE}(?P<g>\s+with\s+[^,.]{{2,60}}?)?[^.]{{0,50}}?"
                          rf"(?P<d>{_DIRECTION_ANY})", s.text)
            if not m or re.search(r"(?i)\b(?:diagnosed|while|although)\b",
                                  s.text[m.start():m.start("d")]):
                continue
            direction = next(d for d, p in _DIRECTIONS if re.fullmatch(p, m.group("d"), re.I)
                             or re.search(p, m.group("d"), re.I))
            if direction in _EVENTS:
                continue
            hits = self.mentions(s.text[m.start():m.start("d")])
            group = hits[0][2] if hits else "all"
            q = re.sub(r"\s+", "-", m.group("q").lower()).replace("-of", "")
            fact = {"kind": "claim", "quantifier": q, "group": group,
                    "outcome": self.outcome(direction, self._measure_near(s.text), m.group("d")),
                    "source_span": [s.at(m.start()), s.at(m.end())]}
            time = self._time_for(s.text, m, s.text[m.end():], s.text[:m.start()])
            if time:
                fact["time"] = time
            self.fact(fact, f"{q}-{group}-{direction}")

    def _measure_near(self, text: str) -> str | None:
        """The first measure (of those where higher is worse) that a sentence names:
        asked for each figure, read once per sentence."""
        if text not in self._measures:
            self._measures[text] = next(
                (word for word in re.findall(r"[a-z]+", text.lower())
                 if word in _WORSE_MEASURES and word in self.bank), None)
        return self._measures[text]

    # -- quotes and people ---------------------------------------------------------------------

    def find_quotes(self) -> None:
        text = self.text
        spans = []
        for m in re.finditer(r"“([^”\n]{12,}?)”|(?<![\w])\"([^\"\n]{12,}?)\"", text):
            spans.append(m)
        self.quote_spans = [(m.start(), m.end()) for m in spans]
        self._study = None
        last_speaker = None
        last_end = -1
        for m in spans:
            body = (m.group(1) or m.group(2)).strip()
            if len(body.split()) < 5 or self.boilerplate.holds(m.start()):
                continue
            speaker = self._attribution(text[m.end():m.end() + 300], after=True) or \
                self._attribution(text[max(0, m.start() - 300):m.start()], after=False)
            if speaker is None and last_speaker and m.start() - last_end < 700:
                speaker = last_speaker
            if speaker is None:
                self.found.notes.append(f"quote [{m.start()}, {m.end()}]: no named speaker "
                                        "found; left out")
                continue
            last_speaker, last_end = speaker, m.end()
            clean = re.sub(r"[,\s]+$", "", body)
            if clean[-1:] not in ".!?":
                clean += "."
            self.found.quotes.append({
                "id": self.ids["quotes"].unique(f"quote-{slug(clean, 2)}"), "speaker": speaker,
                "text": {"en": clean}, "source_span": [m.start(), m.end()]})

    def _attribution(self, text: str, after: bool) -> str | None:
        if after:
            m = re.match(r"\s*(?:said|says|added|adds|explained|explains|noted|notes|wrote|"
                         r"writes|according\s+to)\s+(?P<who>.+)", text, re.S)
            if m:
                who = re.split(r"(?<=[a-z\u3400-\u9fff]{2})\.\s+(?=\W?[A-Z])|\n", m.group("who"))[0]
                sur = re.match(r"([A-Z][a-z'’-]+)\b(?!\s+[A-Z])", who)
                if sur and self.person_by_name(sur.group(1)):
                    return self.person_by_name(sur.group(1))
                return self.person(who, text, m.start("who"))
            m = re.match(rf"\s*(?P<name>{_NAME}|[A-Z][a-z'’-]+)\s+(?:said|says|added|explained|"
                         r"wrote|writes)\b", text)
            if m:
                return self.person_by_name(m.group("name"))
            return None
        m = re.search(r"(?P<who>[^“”\n]{3,260}?),?\s+(?:said|says|added|explains|explained|"
                      r"wrote|writes)\s*[,:]\s*$", text)
        if m:
            return self.person(m.group("who"), text, m.start("who"), last=True)
        return None

    def person_by_name(self, name: str) -> str | None:
        return self.surnames.get(name.split()[-1])

    def person(self, who: str, context: str, offset: int, last: bool = False) -> str | None:
        names = list(re.finditer(rf"(?:Dr\.\s+|Prof\.\s+|Professor\s+)?(?P<name>{_NAME})"
                                 rf"(?P<creds>(?:,\s*{_CRED})*)", who))
        names = [n for n in names if n.group("name").split()[0] not in _NOT_FIRST]
        if not names:
            return None
        with_creds = [x for x in names if x.group("creds")]
        n = (with_creds or names)[-1] if last else names[0]
        name = n.group("name")
        known = self.person_by_name(name)
        if known:
            return known
        role = None
        r = re.search(r"(?i)\b(study|first|lead|senior|corresponding)\s+author\b",
                      who[max(0, n.start() - 40):n.start() + 1])
        if r:
            role = {"study": "study-author", "first": "first-author", "lead": "first-author",
                    "senior": "senior-author", "corresponding": "study-author"}[r.group(1).lower()]
        person: dict[str, Any] = {"id": self.ids["people"].unique(slug(name.split()[-1])),
                                  "name": name}
        creds = ", ".join(c.strip() for c in n.group("creds").split(",") if c.strip())
        if creds:
            person["credentials"] = creds
        if role:
            person["role"] = role
        rest = who[n.end():n.end() + 200]
        aff = re.match(rf",?\s+(?:of|from|at|with)\s+(?:the\s+)?(?P<org>{_ORG})"
                       r"(?:\s+in\s+(?P<c1>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|(?:,\s*[A-Z][\w.]*"
                       r"(?:\s+[A-Z][\w.]*)?)*?,\s*(?P<c2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b)?",
                       rest)
        if aff:
            country = aff.group("c1") or aff.group("c2")
            org = self.organisation(aff.group("org"), None,
                                    country if country in _COUNTRIES else None)
            if org:
                person["affiliations"] = [org]
            if re.search(r"\bmember\s+of\s+the\s+[^\x00-\u024f]", rest[:160]):
                person["review"] = ("also 'a member of' an organisation whose name is flagged as "
                                    "foreign text: add it by hand")
        self.found.people.append(person)
        self.surnames.setdefault(name.split()[-1], person["id"])
        return person["id"]

    def organisation(self, name: str, kind: str | None, country: str | None = None) -> str | None:
        name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I).strip(" ,.")
        if len(name) < 3:
            return None
        if name.lower() in self.org_names:
            return self.org_names[name.lower()]
        short = re.search(r"\(([A-Z][A-Za-z]{1,9})\)\s*$", name)
        data: dict[str, Any] = {"id": self.ids["orgs"].unique(slug(name)), "name": name}
        if short:
            data["name"] = name[:short.start()].strip()
            data["short"] = short.group(1)
        data["kind"] = kind or _org_kind(name)
        if country:
            data["country"] = country
        self.found.organisations.append(data)
        self.org_names.setdefault(data["name"].lower(), data["id"])
        return data["id"]

    # -- limitations, funding, hashtags -------------------------------------------------------

    def find_limitations(self) -> None:
        for s in self.study_sentences():
            m = re.search(r"(?i)\blimitations?\s+(?:of\s+(?:the|this)\s+study\s+)?"
                          r"(?:include|includes|"
                          r"were|was|is|are)\s+(?:that\s+)?(?P<list>.+)$", s.text)
            if m:
                for part, start in _split_list(m.group("list"), m.start("list")):
                    self.limitation(part, [s.at(start), s.at(start + len(part))], None)
                continue
            m = re.search(r"(?i)\b(?:only\s+one|a\s+single|single)\s+"
                          r"(?:hospital|center|centre|site|"
                          r"clinic)|\bsmall\s+(?:study|number|sample)|\bcannot\s+prove|does\s+not\s+"
                          r"prove|did\s+not\s+prove|only\s+shows?\s+an\s+association|\bobservational\b",
                          s.text)
            if m:
                clause = re.split(r",\s+(?:the|but|and)\b", s.text)[0]
                self.limitation(clause, [s.start, s.start + len(clause)],
                                "read as a limitation from its wording; check")

    def limitation(self, part: str, span: Span, review: str | None) -> None:
        part = part.strip().rstrip(".").strip()
        if len(part.split()) < 2:
            return
        part = re.sub(r"(?i)^(?:although|while|though)\s+", "", part)
        part = re.sub(r"(?i)^it\s+", "The study ", part)
        if re.match(r"(?i)(?:did|was|were|had|could|lacked|used|relied|is|has|included)\b", part):
            part = "The study " + part
        sentence = part[0].upper() + part[1:] + "."
        terms = [t for t in self.bank if self.mentions_term(part, t)]
        if "retrospective" in part.lower() and "retrospective-study" in self.bank:
            terms.append("retrospective-study")
        data: dict[str, Any] = {
            "id": self.ids["lims"].unique(f"lim-{slug(_key_words(part), 3)}"),
            "terms": sorted(set(terms)),
            "text": {"en": {"plain": sentence, "technical": sentence}},
            "source_span": span,
            "review": review or "the plain wording is the release's own: simplify it",
        }
        self.found.limitations.append(data)

    def find_funding(self) -> None:
        for s in self.body:
            m = re.search(r"(?i)\b(?:was|were|is|are)\s+(?:supported|funded|sponsored|paid\s+for)"
                          r"\s+(?:in\s+part\s+)?by\s+(?P<list>.+?)(?:\.\s*$|$)", s.text)
            if not m:
                continue
            for part, start in _split_funders(m.group("list"), m.start("list")):
                name = re.sub(r"(?i)^(?:an?\s+.+?\s+grant\s+from|grants?\s+from)\s+", "", part)
                name = re.split(r",\s+(?:the\s+maker|which|who|of\s+the|grant)\b", name)[0]
                name = re.sub(r"(?i)^(?:the)\s+", "", name).strip(" ,;.")
                if not re.match(r"[A-Z]", name) or len(name) < 3:
                    continue
                oid = self.organisation(name, "company" if re.search(
                    r"(?i)\b(?:ltd|inc|pharma\w*|corp\w*|gmbh|llc|plc)\b", name) else "funder")
                if oid:
                    self.found.funding.append((oid, [s.at(start), s.at(start + len(part))]))

    def find_hashtags(self) -> None:
        seen = set()
        for m in re.finditer(r"(?<![\w&#])#[A-Za-z][A-Za-z0-9_]{1,60}\b", self.text):
            if m.group() not in seen:
                seen.add(m.group())
                self.found.hashtags.append((m.group(), [m.start(), m.end()]))

    # -- jargon --------------------------------------------------------------------------------

    def find_jargon(self) -> None:
        body = " ".join(s.text for s in self.body)
        low = body.lower()
        # where an ASCII form can match regardless of case: its lower-case letters stand
        # there in the body lower-cased, once the only four letters outside ASCII that
        # match ASCII ones regardless of case are made those
        folded = body.translate(_ASCII_CASE).lower()
        for term_id, forms in self.bank.items():
            if term_id in self.found.terms:
                continue
            for form in forms.accepted:
                flags = 0 if form.isupper() else re.I
                if form not in body if flags == 0 else (
                        form.isascii() and form.lower() not in folded):
                    continue  # found nowhere, not even without its word boundaries
                hit = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body, flags)
                if hit:
                    span = self._span_of(hit.group())
                    self.found.terms[term_id] = {"id": term_id, "source_span": span}
                    break
        known = {w for t in self.found.terms.values()
                 for w in words(t.get("en", {}).get("technical", ""))}
        for forms in (self.bank[t] for t in self.found.terms if t in self.bank):
            for form in forms.accepted:
                known |= set(words(form))
        stubs = 0
        for m in re.finditer(r"\b(?P<long>(?:[A-Za-z-]+\s+){1,5}?[A-Za-z-]+)\s+\((?P<abbr>"
                             r"[A-Z][A-Za-z]{1,7})\)", body):
            abbr, long = m.group("abbr"), m.group("long")
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long)).upper()
            if not initials.endswith(abbr.upper()[:len(initials)]) or \
                    not initials.endswith(abbr.upper()):
                continue
            phrase = " ".join(long.split()[-len(abbr):])
            if phrase[0].isupper() and all(w[0].isupper() for w in phrase.split()[1:]):
                continue  # a proper name (an institute), not jargon
            if self.bank_term(phrase) or self.bank_term(abbr):
                continue
            self._stub(phrase.lower(), [abbr], "an abbreviation defined in the release")
            stubs += 1
        for m in re.finditer(_JARGON, low):
            word = m.group()
            if word in known or stubs >= 12 or slug(word) in self.found.terms:
                continue
            self._stub(word, [], "a rare or technical word")
            known.add(word)
            stubs += 1

    def _span_of(self, needle: str) -> Span:
        i = self.text.find(needle)
        return [i, i + len(needle)] if i >= 0 else [0, 0]

    def _stub(self, word: str, forms: list[str], why: str) -> None:
        term_id = slug(word)
        if term_id in self.found.terms:
            return
        en: dict[str, Any] = {"technical": word}
        if forms:
            en["forms"] = forms
        self.found.terms[term_id] = {
            "id": term_id, "jargon": False, "en": en, "source_span": self._span_of(word),
            "review": f"glossary stub ({why}): add a plain form and a definition and set "
                      "jargon: true, or delete it"}


# --- patterns and small helpers -------------------------------------------------------------

_WIRES = {"NEWSWISE", "PRNEWSWIRE", "BUSINESS WIRE", "EUREKALERT", "GLOBE NEWSWIRE", "AP",
          "REUTERS", "PR NEWSWIRE", "EMBARGOED"}
_NAME = (r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)*(?:\s+(?:[A-Z]\.\s+)?(?:de\s+|van\s+|von\s+|da\s+|di\s+|"
         r"del\s+|la\s+)?[A-Z][a-zA-Z'’-]+){1,2}")
_CRED = (r"(?:(?:[A-Z][a-z]?\.){1,5}(?:[A-Z](?![a-z]))?|[A-Z]{2,5}(?![a-z])|Ph\.?D\.?|"
         r"Pharm\.?D\.?|Dr\.?P\.?H\.?|M\.?Sc\.?)")
_ORG = r"[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|&|de|the)?\s*[A-Z][\w'’&-]*)*"
_NOT_FIRST = {"The", "This", "Our", "In", "Of", "At", "For", "And", "But", "Department",
              "Director", "University", "School", "Professor", "Study", "New", "Previous"}
_COUNTRIES = {"Italy", "Austria", "Canada", "United States", "United Kingdom", "France",
              "Germany", "Spain", "Netherlands", "Sweden", "Norway", "Denmark", "Finland",
              "Switzerland", "Belgium", "Ireland", "Australia", "Japan", "China", "India",
              "Brazil", "Portugal", "Israel", "Mexico", "Greece", "Poland", "England",
              "Scotland", "Wales", "Korea", "Singapore", "Taiwan", "Argentina", "Chile"}
_DESIGN = (
    (r"\bretrospective\b", "retrospective-study"),
    (r"\brandomi[sz]ed\b|\brandomly\s+(?:assigned|allocated|selected)", "randomised-trial"),
    (r"\bplacebo\b", "placebo"),
    (r"\bcontrol\s+group\b|\bcontrolled\s+trial\b", "control-group"),
    (r"\bclinical\s+trial\b|\bphase\s+(?:I{1,3}V?|[1-4])\b", "clinical-trial"),
    (r"\b(?:double|single|triple)[\s-]blind(?:ed)?\b|\bblinded\b", "blinding"),
    (r"\bcohort\s+study\b|\bprospective\b", "cohort"),
)
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
_MEAN = re.compile(
    rf"(?i)\b(?P<stat>average|mean|median)\s+(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)?"
    rf"\s*(?:was|were|is|of|,|:|=)\s*(?:about\s+)?(?P<n>{NUM})(?:\s*(?P<unit>years?|months?|"
    rf"weeks?|days?|hours?|minutes?))?\b")
_MEAN_PAIR = re.compile(
    rf"(?i)\b(?P<stat>average|mean|median)\s+(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s*"
    rf"\(\s*(?P<a>{NUM})\s*(?:vs\.?|versus)\s*(?P<b>{NUM})\s*(?P<unit>years?|months?|weeks?|days?|"
    rf"hours?|minutes?)?\s*\)")
_PERCENT = re.compile(rf"(?P<n>{NUM})\s*(?:%|\s?percent\b|\s?per\s+cent\b)")
_TIME = re.compile(
    rf"(?i)(?:\b(?P<pre>at|after|within|over|for\s+up\s+to|up\s+to|for|into|by)\s+(?:the\s+)?)?"
    rf"\b(?P<n>{ANYNUM})[\s-](?P<u>years?|months?|weeks?|days?|hours?)\b"
    rf"|\b(?:at|by)\s+(?P<u2>week|month|day|year)\s+(?P<n2>\d+)\b")
_DIRECTIONS = (
    ("no-worsening", r"no\s+worsening|not\s+(?:\w+\s+){0,2}?(?:worsen\w*|worse)|without\s+"
                     r"worsening|prevent\w*\s+[^.]{0,80}?(?:getting|get|becoming|from)\s+worse|"
                     r"didn['’]t\s+(?:get\s+)?worse"),
    ("improved", r"\bimprov(?:ed|ement|ing)\b|\bgot\s+better\b"),
    ("worsened", r"\bworsen(?:ed|ing)?\b|\bgot\s+worse\b"),
    ("death", r"\bdied\b|\bdeaths?\b|\bmortality\b"),
    ("infection", r"\binfect(?:ion|ions|ed)\b"),
)
_DIRECTION_ANY = "|".join(f"(?:{p})" for _, p in _DIRECTIONS[:3])
_DIRECTION_RES = tuple((d, re.compile(p, re.I)) for d, p in _DIRECTIONS)
_ASCII_CASE = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")
_DIRECTION_LABELS = {
    "no-worsening": ("did not get worse", "had no worsening of {m}"),
    "improved": ("got better", "had an improvement in {m}"),
    "worsened": ("got worse", "had a worsening of {m}"),
}
_EVENTS = {"death": ("death", "died", "higher-is-worse"),
           "infection": ("infection", "got an infection", "higher-is-worse")}
_WORSE_MEASURES = {"disability", "pain", "symptoms", "infection", "relapse", "mortality"}
_TITLE_VERB = (r"(?i)\s+(?:may|might|can|could|will|would|is|are|was|were|results|brings|bring|"
               r"provides?|offers?|helps?|reduces?|improves?|lowers?|cuts?|boosts?|linked|better|"
               r"works?|beats?|tied|shows?|prevents?|gives?|increases?|slows?|eases?|leads?)\b")
_JARGON = re.compile(r"\b(?:immuno|neuro|cardio|hemat|haemat|osteo|gastro|nephro|hepat|onco|"
                     r"derma|ortho|radio|angio|myo|cyto|pharmaco)[a-z]{4,}\b|\b[a-z]{4,}(?:ology|"
                     r"itis|osis|emia|aemia|ectomy|otomy|plasty|scopy|pathy|kinesias?|morphine|"
                     r"dopa|mab|nib|zumab|ceptive|cutaneous|ventricular|union|septic|sarean)\b")


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
        if re.search(r"(?i)-old\b|\s+(?:per|a|each)\s+day|\s+ago\b",
                     text[t.end():t.end() + 8]) or \
                re.search(r"(?i)(?:age[sd]?|aged|average\s+age,?|period\s+of|older\s+than|"
                          r"over\s+a\s+period\s+of)\s*$",
                          text[max(0, t.start() - 22):t.start()]):
            continue
        if re.search(r"(?i)-year\s+(?:randomi|controlled|trial|study)", text[t.start():t.end()
                                                                              + 14]):
            continue
        times.append(t)
    return times, [t.start() for t in times], [t.end() for t in times]


def _blocks(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out


def _foreign_only(line: str) -> bool:
    return not re.search(r"[A-Za-z]{3}", line)


def _title_case(city: str) -> str:
    return " ".join(w.capitalize() if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w
                    for w in city.split())


def _lower_common(phrase: str) -> str:
    """'Advanced Parkinson’s Disease' -> 'Parkinson’s disease' style: keep proper names."""
    out = []
    for i, w in enumerate(phrase.split()):
        if w.lower() in {"disease", "syndrome", "disorder", "infection", "fracture", "cancer",
                         "surgery", "transplant", "transplants", "drug", "cast", "failure",
                         "heart", "bypass", "modified", "artery", "coronary", "infusion",
                         "treatment", "combination", "therapy"} or (i == 0 and w.istitle()
                                                                    and w.lower() in STOP):
            out.append(w.lower())
        else:
            out.append(w)
    return " ".join(out)


def _condition_phrase(x: str) -> str:
    x = re.split(r"(?i)\s+(?:and|or|in|for|who|that|from|after|at|with)\s+|[,;.(]", x.strip())[0]
    x = re.sub(r"(?i)^(?:the\s+|a\s+|an\s+)?(?:(?:advanced|early|late|mild|moderate|severe|"
               r"acute|chronic|unstable)\s+)*(?:stages?\s+of\s+)?", "", x.strip())
    return _lower_common(x.strip())


def _embargo_iso(m: re.Match[str]) -> str | None:
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    minute = int(m.group("mi") or 0)
    month = MONTHS[m.group("mon").lower()]
    day = int(m.group("day"))
    if not m.group("year") or not 1 <= day <= 31:
        return None
    year = int(m.group("year"))
    tz = (m.group("tz") or "").upper()
    zones = {"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
             "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
             "MT": "America/Denver", "PT": "America/Los_Angeles", "PST": "America/Los_Angeles",
             "PDT": "America/Los_Angeles", "GMT": "UTC", "UTC": "UTC",
             "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris"}
    import datetime as dt

    try:
        stamp = dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    if tz not in zones:
        return stamp.strftime("%Y-%m-%dT%H:%M:%S")
    try:
        from zoneinfo import ZoneInfo

        stamp = stamp.replace(tzinfo=ZoneInfo(zones[tz]))
    except Exception:  # no tz database: US Eastern rule of thumb
        east = -4 if 3 < month < 11 else -5
        stamp = stamp.replace(tzinfo=dt.timezone(dt.timedelta(hours=east)))
    return stamp.isoformat()


def _unit(u: str | None) -> str | None:
    if not u:
        return None
    u = u.lower().rstrip("s")
    return u if u in {"year", "month", "week", "day", "hour", "minute"} else None


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


def _subject(prefix: str) -> str | None:
    prefix = re.sub(r"\([^)]*\)", "", prefix)
    m = re.search(r"(?i)(?:^|,)\s*as\s+(?:was|were)\s+([^,(]+?)\s*\(?\s*$", prefix)
    if m:
        return m.group(1).strip()
    m = re.match(r"\s*([^,]+?)\s+(?:was|were|is|are|occurred|happened)\b", prefix)
    if m and len(m.group(1).split()) <= 8:
        return m.group(1).strip()
    return None


def _after_phrase(clause: str) -> str | None:
    c = re.sub(r"^\s*\)?\s*", "", clause)
    c = re.sub(rf"(?i)^(?:of\s+(?:the\s+|all\s+)?(?:\w+\s+)?{PEOPLE}\b(?:\s+(?:with|in|on)\s+"
               rf"[^,]*?(?=\s+(?:had|were|was|experienced|developed|received|felt|completed|died|"
               rf"got)\b))?|of\s+(?:them|those))?\s*(?:still\s+)?(?:who\s+)?", "", c)
    c = c.strip().rstrip(").")
    if re.match(r"(?i)(?:in|on|for|with|receiving|among|at|and|or|of)\b", c):
        return None  # names a group, not an outcome
    ws = c.split()
    if not ws:
        return None
    if len(ws) == 1 and ws[0].isalpha():
        return f"were {ws[0]}"
    return " ".join(ws[:8])


def _split_list(text: str, offset: int) -> list[tuple[str, int]]:
    """'it was retrospective, did not include a control group and the clinicians ...'."""
    parts = []
    pos = 0
    pattern = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:the|it|did|was|were|had|there|no|"
                         r"a|an|they|participants|patients)\b)")
    for m in pattern.finditer(text):
        piece = text[pos:m.start()]
        if len(piece.split()) >= 2 and not re.search(r"\bso\s*$", piece):
            parts.append((piece, offset + pos))
            pos = m.end()
    parts.append((text[pos:], offset + pos))
    merged: list[tuple[str, int]] = []
    for piece, start in parts:
        if merged and re.match(r"(?i)\s*so\b", piece):
            _, pstart = merged.pop()
            merged.append((text[pstart - offset:start - offset + len(piece)], pstart))
        else:
            merged.append((piece, start))
    return merged


_HEAD_NOUN = re.compile(r"(?:[Ff]oundation|[Ff]und|[Ii]nstitutes?|[Uu]niversity|[Cc]ouncil|"
                        r"[Ll]td\.?|[Ii]nc\.?|[Ss]ociety|[Aa]ssociation|[Dd]epartment|[Tt]rust|"
                        r"[Aa]gency|[Pp]rogram|[Pp]rogramme|[Cc]entre|[Cc]enter|[Ss]chool|"
                        r"[Cc]ollege|[Aa]cademy|[Mm]inistry|[Cc]harity|[Cc]ompany|"
                        r"[Pp]harmaceuticals|[Cc]orporation|\(\w+\)|"
                        r"[Gg]rant|[A-Z]{2,})\s*$")


def _split_funders(text: str, offset: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    for m in re.finditer(r";\s*(?:and\s+)?(?:by\s+)?|,?\s+and\s+(?:by\s+)?(?=the\s|[A-Z])|,\s+(?="
                         r"the\s|[A-Z])", text):
        piece = text[pos:m.start()]
        if _HEAD_NOUN.search(piece.strip()) or m.group().startswith(";"):
            out.append((piece, offset + pos))
            pos = m.end()
    out.append((text[pos:], offset + pos))
    return [(p.strip(), s + (len(p) - len(p.lstrip()))) for p, s in out if p.strip()]


def _org_kind(name: str) -> str:
    n = name.lower()
    if re.search(r"journal|jama|lancet|bmj|nejm", n):
        return "journal"
    if re.search(r"universit|college|school", n):
        return "university"
    if re.search(r"hospital|clinic|medical center|medical centre", n):
        return "hospital"
    if re.search(r"foundation|fund\b|trust|charity", n):
        return "funder"
    if re.search(r"institutes? of health|agency|administration|ministry|national institute", n):
        return "agency"
    if re.search(r"\b(?:ltd|inc|pharma|corp|gmbh|llc|plc)", n):
        return "company"
    if re.search(r"academy|society|association|federation", n):
        return "society"
    return "other"


def _key_words(text: str) -> str:
    return " ".join(w for w in words(text) if w not in STOP and w not in {"study", "did", "not",
                                                                            "include", "it"})
