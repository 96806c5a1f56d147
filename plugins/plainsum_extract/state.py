"""The state the extract stages share: what was found so far (:class:`Found`, in sheet
terms) and the look-ups the stages fill for one another (:class:`State`).

One :class:`State` is made per release and passed through the stages in the order
:func:`.facts.find` runs them; each stage reads what earlier ones left and adds its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from plainsum.spans import Spans

from .repair import Repaired
from .text import Ids, Sentence

Span = list[int]

PEOPLE = (r"(?:people|patients|participants|adults|women|men|children|infants|babies|"
          r"volunteers|individuals|subjects|veterans|mothers|persons|survivors|residents)")
AGENT_PEOPLE = (
    r"(?!(?:numbers|cent(?:er|re)s|cancers|others|markers|disorders|layers|papers|orders|"
    r"answers|letters|matters|waters|chambers|ulcers|fibers|powers|characters|parameters|"
    r"diameters|filters|liters|litres|quarters|computers|containers|inhalers|stickers|towers|"
    r"corners|borders|folders|speakers|meters|metres|hours|dollars|euros|years|fevers|tumors|"
    r"headquarters|transfers|offers|covers|registers|clusters|biomarkers|blockers|boosters|"
    r"inhibitors|modifiers|suppliers|providers|partners|sponsors|manufacturers|publishers|"
    r"developers|employers|insurers|retailers|lenders)\b)[a-z]{3,}ers")
"""An agent noun that names people by what they do ("porters", "gardeners", "drivers"),
not one of the common "-ers" nouns for things or organisations."""


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
    size_span: Span | None = None  # where the release states the size


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
    evidence: str | None = None  # randomised | observational | lab | other (frame.find_design)
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
    main: str | None = None  # the main fact's id (attach.settle)
    reports_study: bool = True  # the release reports a study of its own (attach.settle)


def _ids() -> dict[str, Ids]:
    return {k: Ids() for k in ("facts", "groups", "people", "orgs", "quotes", "lims",
                               "outcomes")}


@dataclass
class State:
    """One pass over one repaired release: its text, the term bank, what was found, and
    the look-ups later stages need (set by the stage named in each comment)."""

    r: Repaired
    bank: dict[str, Any]  # term id -> TermForms of the release's language
    text: str = ""
    found: Found = field(init=False)
    boilerplate: Spans = field(init=False)
    ids: dict[str, Ids] = field(default_factory=_ids)  # unique ids handed out, per section
    # segment: sentences, the body (outside boilerplate), quotation spans (in order)
    all_sentences: list[Sentence] = field(default_factory=list)
    body: list[Sentence] = field(default_factory=list)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    # classify: the label of each body sentence (by its start) and the study sentences
    kinds: dict[int, str] = field(default_factory=dict)
    study: list[Sentence] | None = None
    background_section: set[int] = field(default_factory=set)  # under a background heading,
    # or framed by another study's name (classify._named_other_studies): all figures background
    # groups: the cohort sentence and match, the condition it names, groups by label
    cohort: tuple[Sentence, re.Match[str]] | None = None
    condition_word: str | None = None
    subgroup_sentence: Sentence | None = None
    labels: dict[str, Group] = field(default_factory=dict)  # lower-cased label -> group
    # people: who is who
    surnames: dict[str, str] = field(default_factory=dict)  # surname -> person id
    org_names: dict[str, str] = field(default_factory=dict)  # lower-cased name -> org id
    # quantities: the outcome of the release's first efficacy figure (its main outcome)
    efficacy_outcome: str | None = None
    # quantities: groups read from the people or level named beside one figure ("1.15 for
    # one or two courses"): of that figure alone, never carried to the next sentence's
    subgroup_ids: set[str] = field(default_factory=set)
    # attach: sentence -> the measure named in it
    measures_named: dict[str, str | None] = field(default_factory=dict)
    # quantities: [the facts list read, how many of them, the values of their counts]
    count_values: list[Any] = field(default_factory=lambda: [None, 0, set()])
    # attach: [the sentence list indexed, its length, the first sentence of each text]
    sentence_index: list[Any] = field(default_factory=lambda: [None, 0, {}])

    _starts: list[int] = field(default_factory=list)  # sentence_starts, filled on first ask

    def __post_init__(self) -> None:
        self.text = self.r.text
        self.found = Found(self.text)
        self.boilerplate = Spans(self.r.boilerplate)

    def sentence_starts(self) -> list[int]:
        """The start of each of ``all_sentences``, in order (for a bisect)."""
        if len(self._starts) != len(self.all_sentences):
            self._starts[:] = [x.start for x in self.all_sentences]
        return self._starts

    @functools.cached_property
    def bank_forms(self) -> dict[str, str]:
        """Each accepted form of the bank, lower-cased, with the first term that has it."""
        out: dict[str, str] = {}
        for term_id, forms in self.bank.items():
            for form in forms.accepted:
                out.setdefault(form.lower(), term_id)
        return out


def add_fact(st: State, data: dict[str, Any], base: str) -> dict[str, Any]:
    """Give a fact a unique id (``base``, ``base-2`` ...) and add it to the sheet."""
    data["id"] = st.ids["facts"].unique(base)
    st.found.facts.append(data)
    return data
