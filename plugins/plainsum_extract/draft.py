"""Turn what the finder found into a draft fact sheet: schema-valid, lint-clean, and loud
about everything a person must check (``review:`` notes, top-level and per item)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .frame import journal_id
from .labels import check as check_labels
from .labels import pair_groups
from .repair import Repaired
from .state import Found
from .text import slug


@dataclass
class Draft:
    """A draft sheet (``data``), the repaired text it points into, and how sure it is."""

    data: dict[str, Any]
    repaired: Repaired

    def yaml(self, header: str = "") -> str:
        return dump_yaml(self.data, header)


def build(found: Found, repaired: Repaired, source: str, lang: str) -> dict[str, Any]:
    f = found
    data: dict[str, Any] = {"schema_version": 1, "draft": DRAFT}
    if not f.title:
        f.title = first_sentence(repaired)
        if f.title:
            f.notes.append(f"title {f.title[1]}: no headline line; the first sentence is "
                           "drafted as the title: write the release's headline")
    title = f.title[0] if f.title else "Untitled release"
    data["id"] = slug(title, 6) if f.title else "draft"
    data["lang"] = lang
    data["title"] = {lang: title}
    data["review"] = ""  # filled last, but placed near the top
    spans: dict[str, list[int]] = {}
    if f.title:
        spans["title"] = f.title[1]

    src: dict[str, Any] = {}
    if source and source != "-":
        src["file"] = source
    if f.dateline:
        src["dateline"] = f.dateline[0]
        spans["source.dateline"] = f.dateline[1]
    if src:
        data["source"] = src

    study: dict[str, Any] = {"condition": f.condition[0] if f.condition else "condition",
                             "intervention": f.intervention[0] if f.intervention
                             else "intervention"}
    if f.condition:
        spans["study.condition"] = f.condition[1]
    if f.intervention:
        spans["study.intervention"] = f.intervention[1]
    if f.design and f.reports_study:  # (no study of its own: no design, see below)
        study["design"] = [t for t, _ in f.design]
        for i, (_, span) in enumerate(f.design):
            spans[f"study.design[{i}]"] = span
    if f.evidence and f.reports_study:
        # a release with no study of its own (news, a product, a commentary) has no design:
        # the trials it mentions are other people's
        study["evidence"] = f.evidence
    facts = f.facts
    if f.main:
        study["main_fact"] = f.main
    data["study"] = study

    pub: dict[str, Any] = {}
    organisations = list(f.organisations)
    if f.journal:
        jid = journal_id(f.journal[0])
        if all(o["id"] != jid for o in organisations):
            organisations.append({"id": jid, "name": f.journal[0], "kind": "journal",
                                  "source_span": f.journal[1]})
        pub["journal"] = jid
        spans["publication.journal"] = f.journal[1]
    if f.date:
        pub["date"] = f.date[0]
        spans["publication.date"] = f.date[1]
    if f.embargo:
        pub["embargo"] = f.embargo[0]
        spans["publication.embargo"] = f.embargo[1]
    if pub:
        data["publication"] = pub
    if f.people:
        data["people"] = f.people
    if organisations:
        data["organisations"] = organisations

    data["groups"] = [_group(g, lang) for g in f.groups.values()]
    if f.times:
        data["times"] = [_time(t, f) for t in f.times.values()]
    if f.measures:
        data["measures"] = list(f.measures.values())
    # no placeholder outcome when no figure has one: an empty list says so plainly
    data["outcomes"] = list(f.outcomes.values())
    for x in facts:
        _ask_versus(x, repaired.text)
    data["facts"] = [_ordered(x) for x in facts]
    if f.quotes:
        data["quotes"] = f.quotes
    if f.limitations:
        data["limitations"] = f.limitations
    if f.funding:
        data["funding"] = list(dict.fromkeys(oid for oid, _ in f.funding))
        for i, (_, span) in enumerate(f.funding):
            spans[f"funding[{i}]"] = span
    if f.hashtags:
        data["hashtags"] = [h for h, _ in f.hashtags]
        for i, (_, span) in enumerate(f.hashtags):
            spans[f"hashtags[{i}]"] = span
    data["terms"] = list(f.terms.values())
    data["source_spans"] = spans

    lines = [
        "Offsets ([start, end]) point into the release's repaired text (write it with "
        "plainsum extract --repaired-text; plainsum lint --release checks them).",
    ]
    lines += [f"{TODO}repair {n.line()}" for n in repaired.repairs]
    lines += [f"{TODO}flag {n.line()}" for n in repaired.flags]
    lines += [f"{TODO}note {n}" for n in f.notes]
    data["review"] = "\n".join(lines)
    check_labels(data, repaired.text, lang)
    pair_groups(data, repaired.text)
    _tidy(data)
    return data


def first_sentence(repaired: Repaired) -> tuple[str, list[int]] | None:
    """With no headline line (a plain-text release that opens with its text, "Walking cuts
    falls. A trial of ..."), the text's first sentence: a draft titled by the release's own
    words, to be checked, rather than "Untitled release"."""
    for m in re.finditer(r"[^\n]*\S[^\n]*", repaired.text):
        if any(a <= m.start() < b for a, b in repaired.boilerplate):
            continue
        s = re.match(r"\s*(.+?[\w%)])[.!?](?:\s|$)", m.group())
        text = s.group(1) if s else m.group().strip()
        if not 3 <= len(text.split()) <= 30 or not re.search(r"[A-Za-z]{3}", text):
            return None
        at = m.start() + m.group().index(text)
        return (text, [at, at + len(text)])
    return None


def _ask_versus(fact: dict[str, Any], text: str) -> None:
    """A relative change with no ``versus`` is read as a change since the start of the
    study; unless its sentence says so ("from 20 at the start", "than before", "since
    2010"), ask for the comparison group ("dropped by 40 per cent" in a trial of a scan
    against standard care is no change over time)."""
    if fact.get("kind") != "relative-change" or fact.get("versus") or fact.get("unit") == "fold":
        return
    span = fact.get("source_span") or [0, 0]
    start = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0])) + 1
    ends = [i for i in (text.find(". ", span[1]), text.find("\n", span[1])) if i >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    if _OVER_TIME.search(sentence):
        return
    note = ("a relative change with no versus reads as a change since the start of the study: "
            "if the release compares two groups, add the comparison group as versus; if it "
            "says the change is over time, delete this note")
    fact["review"] = f"{fact['review']}; {note}" if fact.get("review") else note


# Words that make a change one over time, within one group.
_OVER_TIME = re.compile(
    r"(?i)\b(?:since|than\b[^.;]{0,30}\bbefore|from\s+(?:the\s+)?(?:baseline|start|beginning)|(?:than|as)\s+(?:before|"
    r"at\s+(?:the\s+)?(?:start|baseline|beginning))|compared\s+(?:with|to)\s+(?:baseline|"
    r"before|the\s+(?:start|beginning|previous|year|period))|from\s+[\d.,]+\s*\S*\s+to\s+"
    r"[\d.,]+|over\s+time|year[- ]on[- ]year|previous\s+(?:year|period))")


# The draft gate (plainsum.factsheet.unsettled): a sheet with a ``draft`` field, or a
# review note that starts with TODO, is a draft that lint lists and generate refuses.
DRAFT = ("made by plainsum extract, not yet reviewed: check every item against the release, "
         "settle each TODO review note and placeholder, then delete this field "
         "(plainsum lint lists what is left)")
TODO = "TODO "


def _ordered(item: dict[str, Any]) -> dict[str, Any]:
    first = {k: item[k] for k in _ORDER if k in item}
    return {**first, **{k: v for k, v in item.items() if k not in first}}


def _group(g: Any, lang: str) -> dict[str, Any]:
    label = g.label
    out: dict[str, Any] = {"id": g.id, "label": {lang: {"plain": label, "technical": label}}}
    if g.term:
        out["term"] = g.term
    keywords = [p for p in g.phrases if p.lower() not in label.lower() or len(p) < len(label)]
    if keywords:
        out["keywords"] = {lang: list(dict.fromkeys(keywords))}
    out["source_span"] = g.span
    if g.review:
        out["review"] = g.review
    return out


def _time(t: Any, f: Found) -> dict[str, Any]:
    out: dict[str, Any] = {"id": t.id, "value": t.value, "unit": t.unit}
    if f.intervention:
        out["after"] = f.intervention[0]
    if t.relation != "at":
        out["relation"] = t.relation
    out["source_span"] = t.span
    return out


def _tidy(data: dict[str, Any]) -> None:
    """Drop empty review strings and fields, so the sheet shows only what matters."""
    for section in ("groups", "outcomes", "facts", "people", "organisations", "quotes",
                    "limitations", "terms", "measures", "times"):
        for item in data.get(section, []):
            if not item.get("review"):
                item.pop("review", None)
            elif not item["review"].startswith(TODO):
                item["review"] = TODO + item["review"]
            if item.get("key") is False:
                item.pop("key")
            if "source_span" in item and (not item["source_span"]
                                           or item["source_span"][1] <= item["source_span"][0]):
                item.pop("source_span")
    data["source_spans"] = {k: v for k, v in data["source_spans"].items() if v[1] > v[0]}
    if not data["source_spans"]:
        data.pop("source_spans")


_ORDER = ("id", "kind", "name", "value", "start", "end", "group", "count", "of", "outcome",
          "time", "measure", "unit", "statistic", "event", "times", "facts", "direction",
          "quantifier", "key")


_SETTLE_BREAKS = re.compile(r"TODO\s+['\"`&*!|>%@{\[#]")
"""A one-line note that would be broken YAML once a reviewer deletes its leading TODO."""


def dump_yaml(data: dict[str, Any], header: str = "") -> str:
    """YAML a person can review: spans and short lists inline, long notes as blocks.

    A list of items (facts, outcomes ...) is written some items at a time, as a list of
    its own at the left margin: the same text as the list under its key, but PyYAML
    builds the nodes of a few items at once, not of the whole draft (a long release has
    thousands of items).
    """
    import yaml

    def make(base: type) -> type:
        class Dumper(base):  # type: ignore[misc, valid-type]
            pass

        Dumper.ignore_aliases = lambda self, data: True  # type: ignore[method-assign]
        Dumper.add_representer(list, represent_list)
        Dumper.add_representer(str, represent_str)
        return Dumper

    def represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> Any:
        flow = len(value) <= 8 and all(isinstance(v, (int, float, str)) and
                                       len(str(v)) < 40 for v in value)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)

    def represent_str(dumper: yaml.SafeDumper, value: str) -> Any:
        style = "|" if "\n" in value else None
        if style is None and _SETTLE_BREAKS.match(value):
            style = '"'  # deleting its "TODO " would leave a plain value opening with a quote
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    # libyaml's emitter writes a long draft several times faster, but escapes characters
    # beyond the first plane (an emoji becomes \U0001F600, a note loses its block style):
    # what holds one is written by PyYAML's own.
    python = make(yaml.SafeDumper)
    fast = make(yaml.CSafeDumper) if hasattr(yaml, "CSafeDumper") else python

    def dump(value: Any) -> str:
        dumper = python if _astral(value) else fast
        return yaml.dump(value, Dumper=dumper, sort_keys=False, allow_unicode=True,
                         width=100, default_flow_style=False)

    parts = [header]
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            parts.append(f"{key}:\n")
            parts += [dump(value[i:i + _BATCH]) for i in range(0, len(value), _BATCH)]
        else:
            parts.append(dump({key: value}))
    return "".join(parts)


_BATCH = 200  # items of a list written at a time
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _astral(value: Any) -> bool:
    """Whether a string in ``value`` holds a character beyond the first Unicode plane."""
    if isinstance(value, str):
        return _ASTRAL.search(value) is not None
    if isinstance(value, dict):
        return any(_astral(k) or _astral(v) for k, v in value.items())
    if isinstance(value, list):
        return any(map(_astral, value))
    return False
