"""The fact sheet as Python objects: language-neutral facts, and the words for them by language.

Wording of a fact is the generator's job; the sheet only holds lexical material a
renderer cannot invent (what a group or an outcome is called in each language).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


def _leveled(raw: Any) -> dict[str, str]:
    if isinstance(raw, str):
        return {"plain": raw, "technical": raw}
    return {"plain": raw["plain"], "technical": raw.get("technical", raw["plain"])}


def _local(raw: Any) -> dict[str, str] | str:
    return raw if isinstance(raw, str) else dict(raw)


@dataclass(frozen=True)
class Label:
    """Words for one thing in each language, at a plain and a technical level.

    ``none``: an outcome's words after "none of the <group>" where a language needs
    another form than the plural label (a singular verb, French "n'a eu de ..."), by
    language and level; a sentence without it falls back on the label.
    """

    by_lang: dict[str, dict[str, str]]
    none: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Label:
        return cls({lang: _leveled(value) for lang, value in raw.items()},
                   {lang: _leveled(value["none"]) for lang, value in raw.items()
                    if isinstance(value, dict) and "none" in value})

    def get(self, lang: str, level: str = "plain") -> str | None:
        forms = self.by_lang.get(lang)
        return forms.get(level) if forms else None

    def none_form(self, lang: str, level: str = "plain") -> str | None:
        """The words after "none of the <group>", when the sheet gives them."""
        forms = self.none.get(lang)
        return forms.get(level) if forms else None

    def all_forms(self, lang: str) -> list[str]:
        forms = self.by_lang.get(lang, {})
        return list(dict.fromkeys([*forms.values(), *self.none.get(lang, {}).values()]))


def local_text(value: dict[str, str] | str | None, lang: str) -> str | None:
    """A free-text field in ``lang``; a plain string is the same in every language."""
    if value is None or isinstance(value, str):
        return value
    return value.get(lang)


# an abbreviation: one word with two or more capitals and fewer small letters than
# capitals ("MS", "aHSCT", "HSCs", "SEP-RR"), never "C-section" or "Herz-CT"
_ABBREVIATION = re.compile(r"[A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*")


def is_abbreviation(form: str) -> bool:
    """Whether a term's form is an abbreviation (one a text spells out at first use)."""
    if " " in form or not _ABBREVIATION.fullmatch(form):
        return False
    upper = sum(c.isupper() for c in form)
    return upper >= 2 and upper > sum(c.islower() for c in form)


@dataclass(frozen=True)
class TermForms:
    """A term in one language."""

    technical: str
    plain: str | None = None
    definition: str | None = None
    forms: tuple[str, ...] = ()
    gender: str | None = None
    # a mass noun or a name (a substance, a drug, a vitamin): no indefinite article
    # ("Vitamin D is ...", "La vitamina D es ...", not "A vitamin D is ...")
    mass: bool = False
    # a definition for clinicians (their glossary has only these; see plainsum_glossary)
    technical_definition: str | None = None

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> TermForms:
        return cls(raw["technical"], raw.get("plain"), raw.get("definition"),
                   tuple(raw.get("forms", ())), raw.get("gender"), bool(raw.get("mass")),
                   raw.get("technical_definition"))

    def merged(self, override: TermForms | None) -> TermForms:
        if override is None:
            return self
        return TermForms(
            override.technical, override.plain or self.plain,
            override.definition or self.definition,
            tuple(dict.fromkeys((*override.forms, *self.forms))), override.gender or self.gender,
            override.mass or self.mass,
            override.technical_definition or self.technical_definition)

    @property
    def accepted(self) -> list[str]:
        """Every form that names this term in a text."""
        return list(dict.fromkeys(f for f in (self.technical, self.plain, *self.forms) if f))


@dataclass(frozen=True)
class Term:
    id: str
    key: bool = False
    jargon: bool = True
    by_lang: dict[str, TermForms] = field(default_factory=dict)
    # the plain word names the kind of thing ("a blood thinner"), not this one
    # ("rivaroxaban"): a summary says which one the study used, not "doctors call it"
    plain_kind: bool = False


@dataclass(frozen=True)
class Group:
    id: str
    label: Label
    term: str | None = None
    keywords: dict[str, list[str]] = field(default_factory=dict)
    # the sheet's other groups this one is made of ("progressive MS": secondary and primary
    # progressive), so a summary can say once what its label covers; none by default
    includes: tuple[str, ...] = ()
    # a shorter label for a post with no room for the full one ("with chlorhexidine"),
    # by language and level, written to stand where the label stands; none by default
    short: Label | None = None


@dataclass(frozen=True)
class TimePoint:
    id: str
    value: float
    unit: str
    after: str | None = None
    relation: str = "at"  # at | within


@dataclass(frozen=True)
class Outcome:
    id: str
    label: Label
    direction: str | None = None
    measure: str | None = None
    polarity: str | None = None  # higher-is-better | higher-is-worse


@dataclass(frozen=True)
class Measure:
    id: str
    label: Label
    short: Label | None = None  # a shorter label for a post with no room ("hospital time")
    # whether more of it is good or bad (higher-is-better | higher-is-worse): what a
    # difference "in favour of" an arm must agree with; none by default
    polarity: str | None = None


HEDGES = ("about", "nearly", "more-than", "at-least", "less-than", "up-to")
"""How exactly a figure is stated: "about 12 %", "more than half", "up to 70 %"."""

# Designs whose results are associations, not effects: a text may not say the exposure
# caused, prevented or cut anything. A sheet may say so itself with ``study.evidence``.
OBSERVATIONAL_DESIGNS = frozenset({
    "observational-study", "cohort-study", "prospective-study", "retrospective-study",
    "case-control-study", "cross-sectional-study", "registry-study", "ecological-study",
    "survey"})
RANDOMISED_DESIGNS = frozenset({"randomised-trial", "randomized-trial", "clinical-trial",
                                "randomised-controlled-trial", "randomized-controlled-trial"})


@dataclass(frozen=True, kw_only=True)
class Fact:
    """What every fact has: an id, its kind, whether outputs must keep it, whether it is a
    result of this study or ``background`` (context a text may mention, never as a finding),
    and who, what and when it is about. Each kind is a subclass with its own fields."""

    id: str
    kind: str
    key: bool = False
    role: str = "result"
    group: str | None = None
    outcome: str | None = None
    time: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def numbers(self) -> list[float]:
        """The numbers this fact stands for."""
        return []

    @property
    def background(self) -> bool:
        return self.role == "background"

    @property
    def hedged(self) -> str | None:
        """The fact's hedge, for kinds that carry a figure."""
        return getattr(self, "hedge", None)


@dataclass(frozen=True, kw_only=True)
class Figure(Fact):
    """A fact with one stated figure, which may be hedged ("about 12 %") and rounded."""

    value: float
    round_to: tuple[float, ...] = ()
    hedge: str | None = None

    @property
    def numbers(self) -> list[float]:
        return [float(self.value)]


@dataclass(frozen=True, kw_only=True)
class Count(Figure):
    """How many people in ``group``; ``of``: the group it is part of."""

    of: str | None = None


@dataclass(frozen=True, kw_only=True)
class Proportion(Figure):
    """The percentage of ``group`` with ``outcome`` (at ``time``); ``count`` of ``total``."""

    count: int | None = None
    total: int | None = None

    @property
    def numbers(self) -> list[float]:
        return [float(n) for n in (self.value, self.count, self.total) if n is not None]


@dataclass(frozen=True, kw_only=True)
class Spread:
    """The spread a mean or median is given with: a standard deviation, an interquartile
    range or the full range."""

    kind: str  # sd | iqr | range
    value: float | None = None
    low: float | None = None
    high: float | None = None

    @property
    def numbers(self) -> list[float]:
        return [float(n) for n in (self.value, self.low, self.high) if n is not None]


@dataclass(frozen=True, kw_only=True)
class Mean(Figure):
    """An average (``statistic`` mean or median) of ``measure`` in ``group``; with
    ``baseline`` it is a change: "from a median of 14 seizures a month to 8"."""

    measure: str | None = None
    unit: str | None = None
    statistic: str = "mean"
    spread: Spread | None = None
    baseline: float | None = None

    @property
    def numbers(self) -> list[float]:
        out = [float(self.value)]
        if self.baseline is not None:
            out.append(float(self.baseline))
        return out + (self.spread.numbers if self.spread else [])


@dataclass(frozen=True, kw_only=True)
class Interval:
    """A confidence interval: ``level`` percent (95 unless stated)."""

    low: float
    high: float
    level: float = 95


@dataclass(frozen=True, kw_only=True)
class Effect(Figure):
    """A figure comparing ``group`` with ``versus`` on ``outcome``, with its confidence
    interval and p-value when the release states them."""

    versus: str | None = None
    ci: Interval | None = None
    p: float | None = None
    p_relation: str = "="  # = | < | >

    @property
    def numbers(self) -> list[float]:
        out = [float(self.value)]
        if self.ci is not None:
            out += [float(self.ci.low), float(self.ci.high)]
        return out


@dataclass(frozen=True, kw_only=True)
class Ratio(Effect):
    """A hazard, odds, risk or rate ratio (``ratio``): 0.62 means 38 % lower."""

    ratio: str = "hazard"  # hazard | odds | risk | rate


@dataclass(frozen=True, kw_only=True)
class RelativeChange(Effect):
    """A relative change: ``value`` percent ``lower``/``higher`` ("30 % less likely"), or
    with ``unit: fold`` so many times ("four times the risk", ``direction`` higher)."""

    direction: str = "lower"  # lower | higher
    unit: str = "percent"  # percent | fold


@dataclass(frozen=True, kw_only=True)
class Difference(Effect):
    """An absolute difference, ``group`` minus ``versus`` (signed: −5 is 5 lower), in
    ``unit`` (percentage points, or the unit of ``measure``); without ``versus`` a change
    since the start of the study."""

    unit: str = "percentage-points"
    measure: str | None = None


RATE_UNITS = ("person-years", "patient-years", "person-months", "people", "people-a-year",
              "live-births")
"""What a rate is per: time at risk (person-years, patient-years, person-months), so many
people, so many people each year, or so many live births."""

# the units a plain text may say as "in every 1,000 <group> each year": a rate per
# person-time is a yearly (monthly) rate per person; per people, one of so many people
RATE_EACH = {"person-years": "year", "patient-years": "year", "person-months": "month",
             "people-a-year": "year", "people": ""}


@dataclass(frozen=True, kw_only=True)
class Rate(Figure):
    """``value`` events (``outcome``) per ``per`` units of exposure (``unit``) in
    ``group``: "12.3 per 1,000 person-years", "4.1 per 100,000 people a year", "7 per
    1,000 live births". A rate is no share of people and never a percentage."""

    per: float = 1000
    unit: str = "person-years"
    ci: Interval | None = None

    @property
    def numbers(self) -> list[float]:
        out = [float(self.value), float(self.per)]
        if self.ci is not None:
            out += [float(self.ci.low), float(self.ci.high)]
        return out

    @property
    def each(self) -> str | None:
        """The time a plain text may say the rate over ("each year"), "" for a rate per
        so many people, None where the unit has no such plain form (live births)."""
        return RATE_EACH.get(self.unit)


@dataclass(frozen=True, kw_only=True)
class Range(Fact):
    """From ``low`` to ``high`` (of ``measure``, in ``unit``): "ages 2 to 18"."""

    low: float
    high: float
    measure: str | None = None
    unit: str | None = None
    hedge: str | None = None

    @property
    def numbers(self) -> list[float]:
        return [float(self.low), float(self.high)]


@dataclass(frozen=True, kw_only=True)
class Period(Fact):
    """The years something (``event``, a term) happened."""

    start: int
    end: int
    event: str | None = None

    @property
    def numbers(self) -> list[float]:
        return [float(self.start), float(self.end)]


@dataclass(frozen=True, kw_only=True)
class Timepoints(Fact):
    """When people were assessed."""

    times: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Comparison(Fact):
    """Two facts compared: ``facts[0]`` is ``direction`` (lower, higher, similar) than
    ``facts[1]``; ``value`` and ``unit`` only if the release states the difference; ``p``
    when it gives one for the comparison ("19.2 vs 43.2 hours, p=0.024")."""

    facts: tuple[str, ...] = ()
    direction: str | None = None
    value: float | None = None
    unit: str | None = None
    hedge: str | None = None
    p: float | None = None
    p_relation: str = "="

    @property
    def numbers(self) -> list[float]:
        return [] if self.value is None else [float(self.value)]


@dataclass(frozen=True, kw_only=True)
class NoDifference(Fact):
    """No difference found between ``group`` and ``versus`` on ``outcome``; ``facts``: the
    figures of each side when the release gives them; ``p`` when stated; ``measure``: the
    measure compared when the outcome is a value (pain, ankle function), not an event that
    happened to some people ("no difference in pain", not "in how many ...")."""

    versus: str | None = None
    measure: str | None = None
    facts: tuple[str, ...] = ()
    p: float | None = None
    p_relation: str = "="

    @property
    def numbers(self) -> list[float]:
        return [] if self.p is None else [float(self.p)]


@dataclass(frozen=True, kw_only=True)
class Claim(Fact):
    """A finding without a number: "some people got better"."""

    quantifier: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    credentials: str | None = None
    role: str | None = None
    affiliations: tuple[str, ...] = ()
    # the person's grammatical gender ("f", "m"), as the release writes it: a role then
    # agrees ("primera autora", "Erstautor"); without it the packs' neutral wording
    gender: str | None = None


@dataclass(frozen=True)
class Organisation:
    id: str
    name: dict[str, str] | str
    short: str | None = None
    kind: str | None = None
    country: str | None = None
    # the organisation's own account per platform ({x: "@GoAAN"}), as its release gives it
    handles: dict[str, str] = field(default_factory=dict)

    def name_in(self, lang: str) -> str | None:
        return local_text(self.name, lang)


@dataclass(frozen=True)
class Quote:
    id: str
    speaker: str
    text: dict[str, str] | str
    key: bool = False


@dataclass(frozen=True)
class Limitation:
    """A limitation the release states. ``key``: one a text must keep with any result it
    states; ``meaning``: what it means for the result ("so we cannot tell whether the
    transplant caused this"), which a text says right after it; ``short``: both in one
    sentence, for a post with no room for two (default: the two sentences)."""

    id: str
    text: Label
    terms: tuple[str, ...] = ()
    key: bool = False
    meaning: Label | None = None
    short: Label | None = None


@dataclass
class FactSheet:
    """A reviewed fact sheet. ``path`` is where it was read from, for messages."""

    id: str
    title: dict[str, str] | str
    condition: str
    intervention: str
    design: list[str]
    main_fact: str | None
    groups: dict[str, Group]
    times: dict[str, TimePoint]
    outcomes: dict[str, Outcome]
    measures: dict[str, Measure]
    facts: dict[str, Fact]
    people: dict[str, Person]
    organisations: dict[str, Organisation]
    quotes: dict[str, Quote]
    limitations: dict[str, Limitation]
    terms: dict[str, Term]
    funding: list[str]
    hashtags: list[str]
    publication: dict[str, Any]
    source: dict[str, Any]
    lang: str = "en"
    links: list[dict[str, Any]] = field(default_factory=list)
    # hashtags a post carries in one language only, beside the required ones
    hashtags_local: dict[str, list[str]] = field(default_factory=dict)
    # a headline short enough for a post, by language (default: the title)
    short_title: dict[str, str] | str | None = None
    path: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    # what a person still has to settle (the draft field, TODO notes, placeholders):
    # a sheet with any is a draft, and every output made from it says so
    unsettled: tuple[Any, ...] = field(default=(), repr=False)
    # where each item is in the file it was read from, by path (("facts", 3) -> line 120,
    # column 3): for a page that tells the reviewer where to settle an item; empty when
    # the sheet was not read from a file
    positions: dict[tuple[Any, ...], Any] = field(default_factory=dict, repr=False,
                                                  compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: str | None = None) -> FactSheet:
        from .unsettled import unsettled

        study = data["study"]

        def by_id(items: list[dict[str, Any]], make: Any) -> dict[str, Any]:
            return {item["id"]: make(item) for item in items}

        return cls(
            id=data["id"], title=_local(data["title"]),
            condition=study["condition"], intervention=study["intervention"],
            design=list(study.get("design", [])), main_fact=study.get("main_fact"),
            groups=by_id(data["groups"], lambda g: Group(
                g["id"], Label.parse(g["label"]), g.get("term"), dict(g.get("keywords", {})),
                tuple(g.get("includes", ())), _label(g.get("short")))),
            times=by_id(data.get("times", []), lambda t: TimePoint(
                t["id"], t["value"], t["unit"], t.get("after"), t.get("relation", "at"))),
            outcomes=by_id(data["outcomes"], lambda o: Outcome(
                o["id"], Label.parse(o["label"]), o.get("direction"), o.get("measure"),
                o.get("polarity"))),
            measures=by_id(data.get("measures", []), lambda m: Measure(
                m["id"], Label.parse(m["label"]), _label(m.get("short")), m.get("polarity"))),
            facts=by_id(data["facts"], _fact),
            people=by_id(data.get("people", []), lambda p: Person(
                p["id"], p["name"], p.get("credentials"), p.get("role"),
                tuple(p.get("affiliations", ())), p.get("gender"))),
            organisations=by_id(data.get("organisations", []), lambda o: Organisation(
                o["id"], _local(o["name"]), o.get("short"), o.get("kind"), o.get("country"),
                dict(o.get("handles") or {}))),
            quotes=by_id(data.get("quotes", []), lambda q: Quote(
                q["id"], q["speaker"], _local(q["text"]), q.get("key", False))),
            limitations=by_id(data.get("limitations", []), lambda lim: Limitation(
                lim["id"], Label.parse(lim["text"]), tuple(lim.get("terms", ())),
                bool(lim.get("key")), _label(lim.get("meaning")), _label(lim.get("short")))),
            terms=by_id(data.get("terms", []), lambda t: Term(
                t["id"], t.get("key", False), t.get("jargon", True),
                {k: TermForms.parse(v) for k, v in t.items() if isinstance(v, dict)},
                bool(t.get("plain_kind")))),
            funding=list(data.get("funding", [])), hashtags=list(data.get("hashtags", [])),
            publication=dict(data.get("publication", {})), source=dict(data.get("source", {})),
            lang=data.get("lang", "en"), links=list(data.get("links", [])),
            hashtags_local={lang: list(tags) for lang, tags in
                            (data.get("hashtags_local") or {}).items()},
            short_title=_local(data["short_title"]) if data.get("short_title") else None,
            path=path, raw=data, unsettled=tuple(unsettled(data)),
        )

    @property
    def is_draft(self) -> bool:
        """Whether a person has still to settle something in the sheet."""
        return bool(self.unsettled)

    def title_in(self, lang: str) -> str | None:
        return local_text(self.title, lang)

    def short_title_in(self, lang: str) -> str | None:
        """The headline for a post: the sheet's ``short_title``, else its title."""
        return local_text(self.short_title, lang) or self.title_in(lang)

    @property
    def key_limitations(self) -> list[Limitation]:
        """The limitations a text must keep with its results: those marked ``key``, else
        the first one (a release names its most important limitation first)."""
        marked = [lim for lim in self.limitations.values() if lim.key]
        return marked or list(self.limitations.values())[:1]

    @property
    def checks(self) -> dict[str, list[str]]:
        """The sheet's ``checks`` setting: rule ids, or prefixes of ids, whose findings are
        reported (``select``; default every rule) or left out (``ignore``) for its texts."""
        raw = self.raw.get("checks") or {}
        return {key: list(raw.get(key) or []) for key in ("select", "ignore")}

    def hashtags_in(self, lang: str) -> list[str]:
        """The required hashtags, then this language's own (``hashtags_local``), each once
        whatever its case."""
        out: dict[str, str] = {}
        for tag in [*self.hashtags, *self.hashtags_local.get(lang, [])]:
            out.setdefault(tag.casefold(), tag)
        return list(out.values())

    @property
    def link(self) -> str | None:
        """Where a post sends its reader: the study by its DOI, else the publication's
        URL or the sheet's first link, never an archived copy. ``source.url`` is where the
        sheet was read from (provenance, often an archive or a wire copy), not a link."""
        doi = self.publication.get("doi")
        if doi:
            return "https://doi.org/" + str(doi).removeprefix("https://doi.org/")
        for url in (self.publication.get("url"),
                    self.links[0].get("url") if self.links else None):
            if url and not _ARCHIVED.search(str(url)):
                return str(url)
        return None

    def handle(self, platform: str) -> str | None:
        """The publisher's account on ``platform``, when the sheet gives one."""
        publisher = self.organisations.get(self.source.get("publisher") or "")
        return publisher.handles.get(platform) if publisher is not None else None

    @property
    def key_facts(self) -> list[Fact]:
        return [f for f in self.facts.values() if f.key]

    def facts_of(self, *kinds: str, background: bool | None = None) -> list[Any]:
        """Facts of these kinds in sheet order; ``background`` False: results only, True:
        background figures only."""
        return [f for f in self.facts.values() if f.kind in kinds
                and (background is None or f.background == background)]

    @property
    def evidence(self) -> str:
        """``randomised``, ``observational`` or ``other``: whether a result may be said as
        an effect of the intervention ("lowered the risk") or only as an association."""
        stated = self.raw.get("study", {}).get("evidence")
        if stated:
            return str(stated)
        if any(d in RANDOMISED_DESIGNS for d in self.design):
            return "randomised"
        if any(d in OBSERVATIONAL_DESIGNS for d in self.design):
            return "observational"
        return "other"

    @property
    def journal(self) -> Organisation | None:
        jid = self.publication.get("journal")
        return self.organisations.get(jid) if jid else None


# web archives keep copies of a page: a sheet's source, not a link for readers
_ARCHIVED = re.compile(r"//(web\.)?archive\.(org|today|ph|is)/|//archive\.ph/", re.I)


def _label(raw: Any) -> Label | None:
    return Label.parse(raw) if raw else None


def _interval(raw: Any) -> Interval | None:
    if raw is None:
        return None
    if isinstance(raw, (list, tuple)):
        return Interval(low=raw[0], high=raw[1])
    return Interval(low=raw["low"], high=raw["high"], level=raw.get("level", 95))


def _spread(raw: Any) -> Spread | None:
    if raw is None:
        return None
    kind = next(k for k in ("sd", "iqr", "range") if k in raw)
    value = raw[kind]
    if isinstance(value, (list, tuple)):
        return Spread(kind=kind, low=value[0], high=value[1])
    return Spread(kind=kind, value=value)


_TUPLES = ("round_to", "times", "facts")
_BUILT = {"ci": _interval, "spread": _spread}
_SKIP = {"review", "source_span"}

KINDS: dict[str, type[Fact]] = {
    "count": Count, "proportion": Proportion, "mean": Mean, "period": Period,
    "timepoints": Timepoints, "comparison": Comparison, "claim": Claim, "ratio": Ratio,
    "relative-change": RelativeChange, "difference": Difference, "range": Range,
    "no-difference": NoDifference, "rate": Rate,
}
"""Every fact kind and the class that holds it."""


def _fact(raw: dict[str, Any]) -> Fact:
    cls = KINDS[raw["kind"]]
    kwargs: dict[str, Any] = {}
    for name, value in raw.items():
        if name in _SKIP:
            continue
        if name in _TUPLES:
            value = tuple(value)
        elif name in _BUILT:
            value = _BUILT[name](value)
        kwargs[name] = value
    if cls is Proportion and "of" in kwargs:
        kwargs["total"] = kwargs.pop("of")
    return cls(raw=raw, **kwargs)
