"""The wording items a language lacks, each with where it goes in the sheet.

The list is the one :class:`plainsum.errors.MissingTranslation` gives: generation is run
for the language without checks, and the items it stopped on are mapped to paths in the
sheet. An item brings every field its source-language wording has (a group's plain and
technical label, a limitation's short form), so the translator sees the whole thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..errors import MissingTranslation
from ..factsheet.model import FactSheet
from ..plugins import Registry

# what each kind of item must be, for the translator (a PO file's extracted comment)
GUIDE = {
    "group": "A noun phrase for a group of people, plural ('people who ...'), with no "
             "article: the sentence gives it ('of the ...', 'les ...') or a number "
             "('12 out of 100 ...').",
    "outcome": "What the group did or had, as it follows the group and a number ('... got "
               "a wound infection'): a plural verb phrase.",
    "outcome-none": "What the group did or had, after 'none of the <group>' (the form your "
                    "language needs there: singular, or with the negation).",
    "measure": "What was measured, a noun phrase ('time in hospital').",
    "title": "A headline: short, plain, no full stop.",
    "short_title": "A short headline for a social media post.",
    "limitation": "A full sentence stating a limitation of the study.",
    "limitation-short": "One sentence with the limitation and what it means, for a post.",
    "limitation-meaning": "A full sentence saying what the limitation means for the result.",
    "term-technical": "The term as a specialist writes it.",
    "term-plain": "Plain words for the term, for a lay reader (no article).",
    "term-definition": "A plain definition of the term, one or two short sentences.",
    "term-technical_definition": "A definition of the term for clinicians.",
    "quote": "A quote from a named person: translate it faithfully, adding nothing.",
    "organisation": "The organisation's name as it is given in your language.",
    "audience": "A text the sheet writes for one audience.",
}

LEVELS = ("plain", "technical")
TERM_FIELDS = ("technical", "plain", "definition", "technical_definition")


@dataclass(frozen=True)
class Item:
    """One text to translate: ``context`` is its path in the sheet in the target language
    (``groups[all].label.es.plain``); ``line`` the source text's line (0: unknown)."""

    context: str
    source: str
    kind: str
    line: int = 0
    term: str | None = None  # the term id, for a term's fields
    frame: str = ""  # the target language's sentence the text goes into, if known
    noun: bool = False  # an outcome named as a noun phrase ("quality of life")
    current: str | None = None  # the sheet's wording there now (``export --all``)

    @property
    def guide(self) -> str:
        if self.noun:
            where = (f" in this language it takes the place of ___ in '{self.frame}'"
                     if self.frame else "")
            return ("What was compared, a noun phrase as the source is ('quality of life', "
                    f"'hospital admissions'), not what the group did:{where} (plainsum "
                    "writes the other words, and an article where the sentence needs one).")
        if not self.frame:
            return GUIDE[self.kind]
        return (f"What the group did or had: in this language it takes the place of ___ in "
                f"'{self.frame}' (plainsum writes the other words): write only the words "
                "that fill it.")


def missing(sheet: FactSheet, registry: Registry, lang: str) -> list[str]:
    """What ``plainsum generate --lang`` and ``plainsum check --lang`` find missing in
    ``lang`` (``["group all", "title", ...]``): generation's run and its error, then what a
    check looks up besides (every group, outcome, measure and limitation of the sheet,
    also those no output uses), so that a sheet whose translation came back from the
    export can both make outputs and check texts in ``lang``."""
    from ..lexicon import Lexicon
    from ..pipeline import generate

    found: list[str] = []
    try:
        generate(sheet, registry, [lang], list(registry.audiences), check=False)
    except MissingTranslation as exc:
        found = list(exc.items)
    pack = registry.languages.get(lang)
    if pack is not None:
        found += [name for name in Lexicon(sheet, pack).look_up_facts() if name not in found]
    return found


_ITEM = re.compile(r"(?:(?P<def>definition of )?(?P<kind>group|outcome|measure|limitation|"
                   r"organisation|quote|term) (?P<id>\S+)|(?P<title>title)|(?P<aud>\S+) for "
                   r"(?P<audience>\S+))")


def not_in_sheet(names: list[str]) -> list[str]:
    """The missing items that are no sheet wording (a language pack's own phrase): a
    translator of the sheet cannot supply them."""
    return [name for name in names if _ITEM.fullmatch(name) is None]


def items(doc: Mapping[str, Any], sheet: FactSheet, registry: Registry, lang: str,
          names: list[str], have: bool = False) -> list[Item]:
    """The items to translate for the missing ``names``, in the sheet's order; ``doc``:
    the sheet as a round-trip document (for line numbers). With ``have``, the items the
    sheet already has in ``lang`` instead, each with its ``current`` wording (``names``:
    :func:`worded`)."""
    source = sheet.lang
    found: dict[str, Item] = {}
    for name in names:
        match = _ITEM.fullmatch(name)
        if match is None:
            continue
        for item in _expand(doc, sheet, registry, match, source, lang, have):
            found.setdefault(item.context, item)
    said = frame(registry, lang)
    said_noun = frame(registry, lang, _NOUN_FRAME_KEYS, "the_outcome")
    noun = getattr(registry.languages.get(source), "outcome_is_noun", None)

    def framed(item: Item) -> Item:
        if item.kind != "outcome":
            return item
        if noun is not None and noun(item.source):
            return replace(item, frame=said_noun, noun=True)
        return replace(item, frame=said)

    return sorted((framed(item) for item in found.values()),
                  key=lambda item: item.line or 10**9)


# where a pack keeps its sentence for a share of a group who had an outcome; the first it
# has is shown, with its slots named, so that a translator sees the words around theirs
_FRAME_KEYS = ("fact.proportion.default.default", "fact.proportion.default",
               "fact.proportion.frequency.default")
# the sentence a noun outcome label goes into: what a study compared ("the study compared
# hospital admissions"), as the generators say a no-difference in words
_NOUN_FRAME_KEYS = ("fact.no_difference.compared.noun",)
_SLOT = re.compile(r"\{([a-z_]+)(?:[:!][^}]*)?\}")
_SLOT_NAMES = {"time": "[when]", "value": "[number]", "n": "[number]", "total": "[number]",
               "per": "[number]", "group": "[group]", "of_the_group": "[group]",
               "the_group": "[group]", "outcome": "___", "the_outcome": "___"}


def frame(registry: Registry, lang: str, keys: tuple[str, ...] = _FRAME_KEYS,
          slot: str = "outcome") -> str:
    """The sentence an outcome's wording goes into in ``lang`` ("[when] waren [number]
    [group] ___"), from the language pack's own phrasebook: the form an outcome must take
    differs by language (a German one follows "waren", a Dutch one ends on its verb), and
    a translator who wrote a verb phrase where the sentence has its verb made every output
    ungrammatical ("waren 7,4 % sind gestürzt"), each passing its checks. "" if unknown.
    ``keys`` and ``slot`` choose another sentence: the noun frame of a noun label."""
    pack = registry.languages.get(lang)
    if pack is None:
        return ""
    for key in keys:
        template = pack.phrase(key) if pack.has_phrase(key) else None
        if isinstance(template, str) and f"{{{slot}}}" in template:
            text = _SLOT.sub(lambda m: _SLOT_NAMES.get(m[1], ""), template)
            return " ".join(text.split())
    return ""


_SECTIONS = {"group": ("groups", "label"), "outcome": ("outcomes", "label"),
             "measure": ("measures", "label"), "organisation": ("organisations", "name"),
             "quote": ("quotes", "text")}


def worded(doc: Mapping[str, Any]) -> list[str]:
    """Every item of the sheet that can have wording, named as generation names a missing
    one ("group all", "title", "meaning for patients"): for ``export --all``."""
    names = ["title"]
    for kind, (section, _) in _SECTIONS.items():
        names += [f"{kind} {e['id']}" for e in doc.get(section) or ()
                  if isinstance(e, Mapping) and isinstance(e.get("id"), str)]
    names += [f"limitation {e['id']}" for e in doc.get("limitations") or ()
              if isinstance(e, Mapping) and isinstance(e.get("id"), str)]
    names += [f"term {e['id']}" for e in doc.get("terms") or ()
              if isinstance(e, Mapping) and isinstance(e.get("id"), str)]
    audiences = doc.get("audiences")
    for aud, fields in (audiences.items() if isinstance(audiences, Mapping) else ()):
        names += [f"{field_} for {aud}" for field_ in
                  (fields if isinstance(fields, Mapping) else ())]
    return [name for name in names if _ITEM.fullmatch(name)]


def _expand(doc: Mapping[str, Any], sheet: FactSheet, registry: Registry,
            match: re.Match[str], source: str, lang: str,
            have: bool = False) -> Iterator[Item]:
    kind, item_id = match["kind"], match["id"]
    if match["title"]:
        yield from _local(doc, ("title",), "title", "title", source, lang, have)
        yield from _local(doc, ("short_title",), "short_title", "short_title", source, lang,
                          have)
    elif match["audience"]:
        aud, field_ = match["audience"], match["aud"]
        yield from _local(doc, ("audiences", aud, field_), f"audiences.{aud}.{field_}",
                          "audience", source, lang, have)
    elif kind == "term":
        yield from _term(doc, sheet, registry, item_id, source, lang, have)
    elif kind == "limitation":
        node = _by_id(doc, "limitations", item_id)
        base = f"limitations[{item_id}]"
        for field_, what in (("text", "limitation"), ("short", "limitation-short"),
                             ("meaning", "limitation-meaning")):
            yield from _local(node, (field_,), f"{base}.{field_}", what, source, lang, have)
    else:
        section, field_ = _SECTIONS[kind]
        node = _by_id(doc, section, item_id)
        yield from _local(node, (field_,), f"{section}[{item_id}].{field_}", kind, source,
                          lang, have)


def _by_id(doc: Mapping[str, Any], section: str, item_id: str) -> Mapping[str, Any] | None:
    for entry in doc.get(section) or ():
        if isinstance(entry, Mapping) and entry.get("id") == item_id:
            return entry
    return None


def _get(node: Any, path: tuple[str, ...]) -> Any:
    for step in path:
        node = node.get(step) if isinstance(node, Mapping) else None
    return node


def _local(node: Any, path: tuple[str, ...], base: str, kind: str, source: str,
           lang: str, have: bool = False) -> Iterator[Item]:
    """The source-language text(s) of one per-language field, with their levels: where
    ``lang`` has none, or with ``have`` where it has its own (each with it)."""
    value = _get(node, path)
    if not isinstance(value, Mapping) or (lang in value) != have:
        return
    for item in _fields(value, base, kind, source, lang):
        if not have:
            yield item
            continue
        now = _get(value, tuple(item.context[len(base) + 1:].split(".")))
        if isinstance(now, str):
            yield replace(item, current=now)


def _fields(value: Mapping[str, Any], base: str, kind: str, source: str,
            lang: str) -> Iterator[Item]:
    text = value.get(source)
    line = _line(value, source)
    if isinstance(text, str):
        yield Item(f"{base}.{lang}", text, kind, line)
    elif isinstance(text, Mapping) and set(text) == set(LEVELS) and \
            isinstance(text["plain"], str) and text["plain"] == text["technical"]:
        # one wording for both levels (a draft's labels, "girls"): one entry to translate,
        # written back as one text, which the sheet reads at both levels
        yield Item(f"{base}.{lang}", text["plain"], kind, line)
    elif isinstance(text, Mapping):
        for level in LEVELS:
            if isinstance(text.get(level), str):
                yield Item(f"{base}.{lang}.{level}", text[level], kind, _line(text, level))
        none = text.get("none")
        if isinstance(none, Mapping | str):
            for level in LEVELS if isinstance(none, Mapping) else (None,):
                said = none.get(level) if level else none
                if isinstance(said, str):
                    where = f"{base}.{lang}.none" + (f".{level}" if level else "")
                    yield Item(where, said, "outcome-none", line)


def _term(doc: Mapping[str, Any], sheet: FactSheet, registry: Registry, term_id: str,
          source: str, lang: str, have: bool = False) -> Iterator[Item]:
    """A term's fields in the source language: the sheet's own over the source pack's
    term bank (as the lexicon merges them)."""
    from ..lexicon import Lexicon

    if source not in registry.languages:
        return
    forms = Lexicon(sheet, registry.languages[source]).term(term_id)
    node = _by_id(doc, "terms", term_id)
    own = node.get(lang) if isinstance(node, Mapping) else None
    own_ = own if isinstance(own, Mapping) else {}
    line = _line(node, "id") if node is not None else 0
    for field_ in TERM_FIELDS:
        text = getattr(forms, field_)
        if not text or text.startswith("⟦") or (field_ in own_) != have:
            continue
        now = own_.get(field_) if have else None
        if have and not isinstance(now, str):
            continue
        yield Item(f"terms[{term_id}].{lang}.{field_}", text, f"term-{field_}", line,
                   term=term_id, current=now)


def _line(node: Any, key: Any) -> int:
    """The 1-based line of ``key`` in a round-trip mapping (0 when not known)."""
    try:
        return int(node.lc.key(key)[0]) + 1
    except (AttributeError, KeyError, TypeError):
        return 0
