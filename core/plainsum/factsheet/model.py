"""The fact sheet as Python objects: language-neutral facts, and the words for them by language.

Wording of a fact is the generator's job; the sheet only holds lexical material a
renderer cannot invent (what a group or an outcome is called in each language).
"""

from __future__ import annotations

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
    """Words for one thing in each language, at a plain and a technical level."""

    by_lang: dict[str, dict[str, str]]

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Label:
        return cls({lang: _leveled(value) for lang, value in raw.items()})

    def get(self, lang: str, level: str = "plain") -> str | None:
        forms = self.by_lang.get(lang)
        return forms.get(level) if forms else None

    def all_forms(self, lang: str) -> list[str]:
        forms = self.by_lang.get(lang, {})
        return list(dict.fromkeys(forms.values()))


def local_text(value: dict[str, str] | str | None, lang: str) -> str | None:
    """A free-text field in ``lang``; a plain string is the same in every language."""
    if value is None or isinstance(value, str):
        return value
    return value.get(lang)


@dataclass(frozen=True)
class TermForms:
    """A term in one language."""

    technical: str
    plain: str | None = None
    definition: str | None = None
    forms: tuple[str, ...] = ()
    gender: str | None = None

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> TermForms:
        return cls(raw["technical"], raw.get("plain"), raw.get("definition"),
                   tuple(raw.get("forms", ())), raw.get("gender"))

    def merged(self, override: TermForms | None) -> TermForms:
        if override is None:
            return self
        return TermForms(
            override.technical, override.plain or self.plain,
            override.definition or self.definition,
            tuple(dict.fromkeys((*override.forms, *self.forms))), override.gender or self.gender)

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


@dataclass(frozen=True)
class Group:
    id: str
    label: Label
    term: str | None = None
    keywords: dict[str, list[str]] = field(default_factory=dict)


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


@dataclass(frozen=True)
class Fact:
    """One fact. ``kind`` says which of the optional fields matter."""

    id: str
    kind: str
    key: bool = False
    value: float | None = None
    round_to: tuple[float, ...] = ()
    group: str | None = None
    of: str | None = None
    outcome: str | None = None
    time: str | None = None
    measure: str | None = None
    unit: str | None = None
    start: int | None = None
    end: int | None = None
    event: str | None = None
    times: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    direction: str | None = None
    quantifier: str | None = None
    statistic: str | None = None
    count: int | None = None
    total: int | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def numbers(self) -> list[float]:
        """The numbers this fact stands for (a period has two)."""
        if self.kind == "period":
            return [float(self.start), float(self.end)]  # type: ignore[arg-type]
        out = [] if self.value is None else [float(self.value)]
        if self.count is not None:
            out.append(float(self.count))
        if self.total is not None:
            out.append(float(self.total))
        return out


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    credentials: str | None = None
    role: str | None = None
    affiliations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organisation:
    id: str
    name: dict[str, str] | str
    short: str | None = None
    kind: str | None = None
    country: str | None = None

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
    id: str
    text: Label
    terms: tuple[str, ...] = ()


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
    path: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: str | None = None) -> FactSheet:
        study = data["study"]

        def by_id(items: list[dict[str, Any]], make: Any) -> dict[str, Any]:
            return {item["id"]: make(item) for item in items}

        return cls(
            id=data["id"], title=_local(data["title"]),
            condition=study["condition"], intervention=study["intervention"],
            design=list(study.get("design", [])), main_fact=study.get("main_fact"),
            groups=by_id(data["groups"], lambda g: Group(
                g["id"], Label.parse(g["label"]), g.get("term"), dict(g.get("keywords", {})))),
            times=by_id(data.get("times", []), lambda t: TimePoint(
                t["id"], t["value"], t["unit"], t.get("after"), t.get("relation", "at"))),
            outcomes=by_id(data["outcomes"], lambda o: Outcome(
                o["id"], Label.parse(o["label"]), o.get("direction"), o.get("measure"),
                o.get("polarity"))),
            measures=by_id(data.get("measures", []), lambda m: Measure(
                m["id"], Label.parse(m["label"]))),
            facts=by_id(data["facts"], _fact),
            people=by_id(data.get("people", []), lambda p: Person(
                p["id"], p["name"], p.get("credentials"), p.get("role"),
                tuple(p.get("affiliations", ())))),
            organisations=by_id(data.get("organisations", []), lambda o: Organisation(
                o["id"], _local(o["name"]), o.get("short"), o.get("kind"), o.get("country"))),
            quotes=by_id(data.get("quotes", []), lambda q: Quote(
                q["id"], q["speaker"], _local(q["text"]), q.get("key", False))),
            limitations=by_id(data.get("limitations", []), lambda lim: Limitation(
                lim["id"], Label.parse(lim["text"]), tuple(lim.get("terms", ())))),
            terms=by_id(data.get("terms", []), lambda t: Term(
                t["id"], t.get("key", False), t.get("jargon", True),
                {k: TermForms.parse(v) for k, v in t.items() if isinstance(v, dict)})),
            funding=list(data.get("funding", [])), hashtags=list(data.get("hashtags", [])),
            publication=dict(data.get("publication", {})), source=dict(data.get("source", {})),
            lang=data.get("lang", "en"), links=list(data.get("links", [])),
            path=path, raw=data,
        )

    def title_in(self, lang: str) -> str | None:
        return local_text(self.title, lang)

    @property
    def key_facts(self) -> list[Fact]:
        return [f for f in self.facts.values() if f.key]

    def facts_of(self, *kinds: str) -> list[Fact]:
        return [f for f in self.facts.values() if f.kind in kinds]

    @property
    def journal(self) -> Organisation | None:
        jid = self.publication.get("journal")
        return self.organisations.get(jid) if jid else None


_FACT_FIELDS = {"key", "value", "group", "of", "outcome", "time", "measure", "unit",
                "start", "end", "event", "direction", "quantifier", "statistic", "count"}


def _fact(raw: dict[str, Any]) -> Fact:
    kwargs = {k: raw[k] for k in _FACT_FIELDS if k in raw}
    if raw["kind"] == "proportion" and "of" in raw:
        kwargs["total"] = kwargs.pop("of")
    return Fact(id=raw["id"], kind=raw["kind"], round_to=tuple(raw.get("round_to", ())),
                times=tuple(raw.get("times", ())), facts=tuple(raw.get("facts", ())),
                raw=raw, **kwargs)
