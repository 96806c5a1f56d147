"""What makes a fact sheet a draft: the items a person still has to settle.

A sheet that ``plainsum extract`` made is a draft until a person has read it against the
release. Three things say so, and each is an item to settle:

- the top-level ``draft`` field (extract writes it; whatever its value, a sheet that has
  one is a draft: delete it when the rest is settled);
- a review note, or a line of a multi-line one, that starts with the word ``TODO``, or
  has a sentence that starts with it in capitals (a folded note joins its lines)
  (extract starts every note it writes so; a person settles it by fixing what it asks
  and deleting the note, or only the word ``TODO`` to keep it as a remark: reviewed
  sheets keep notes that explain a choice, so a note by itself is no sign of a draft);
- a placeholder extract writes where it found nothing (a group called "all
  participants", an outcome called "outcome", a term "condition", the title "Untitled
  release", a definition "... is what this study is about."): words no reader may see.

``lint`` lists them all, ``generate`` and ``check`` refuse a sheet that has any unless
told ``--draft``, and ``extract`` counts them in its summary line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import FactSheetError

if TYPE_CHECKING:
    from .load import Located

DRAFT_FIELD = "draft"

# Labels and term forms extract writes when the release gave it nothing to name a thing
# by (plugins/plainsum_extract: draft.py and the stages of facts.py), compared by their
# words only: without case, spaces, punctuation ("Untitled release.", "all-participants")
# or characters a reader does not see.
PLACEHOLDER_LABELS = frozenset({"condition", "intervention", "outcome", "had the outcome",
                                "group", "all participants"})
PLACEHOLDER_TITLES = frozenset({"untitled release"})
# "<Term> is what this study is about." is extract's stand-in for a definition.
_PLACEHOLDER_DEFINITION = re.compile(r"(?i)\bis\W+what\W+this\W+study\W+is\W+about\W*$")
# The word that marks a note as unsettled, at the start of the note or of one of its lines:
# after spaces, and after what a list or a quote puts before it ("- TODO", "* TODO",
# "1. TODO", "[TODO]", "'TODO'").
_TODO = re.compile(r"^(?:[\W_]|\d+[.)])*TODO(?![A-Za-z0-9_])", re.IGNORECASE)
# ... and a TODO in capitals that starts a sentence inside a line: a line added to a folded
# note (``review: >-``) is joined to the line before ("Checked. TODO ask the author").
_TODO_WORD = re.compile(r"(?<![A-Za-z0-9_])TODO(?![A-Za-z0-9_])")
_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"[^\W_]+")

_LABELLED = ("groups", "outcomes", "measures")


@dataclass(frozen=True)
class Unsettled:
    """One item to settle: where it is (``path``, and for a line of a multi-line note
    its index ``line``), what kind of item it is, and what to do."""

    path: tuple[Any, ...]
    kind: str  # draft | review | placeholder | empty
    message: str
    line: int | None = None


def unsettled(data: Any) -> list[Unsettled]:
    """Every item to settle in a parsed sheet: the draft field, then the TODO notes, then
    the placeholders (lint sorts them by line). Takes any parsed YAML, a sheet that fails
    its schema too: what is not where it belongs is the schema's business, not this one's."""
    if not isinstance(data, dict):
        return []
    out: list[Unsettled] = []
    if DRAFT_FIELD in data:
        out.append(Unsettled((DRAFT_FIELD,), "draft",
                             "the sheet is marked as a draft: settle every item listed here, "
                             "then delete this field"))
    out += _notes(data, ())
    if DRAFT_FIELD in data and data.get("facts") == []:
        out.append(Unsettled(("facts",), "empty",
                             "no fact drafted: extract found no study figure it could place; "
                             "add the main finding from the release (or do not publish)"))
    out += _placeholders(data)
    return out


def summary(items: list[Unsettled]) -> str:
    """``"12 items to settle: the draft field, 10 TODO review notes, 1 placeholder"``."""
    if not items:
        return "nothing to settle"
    kinds = [item.kind for item in items]
    parts = []
    if "draft" in kinds:
        parts.append("the draft field")
    if "empty" in kinds:
        parts.append("no fact yet")
    for kind, one, many in (("review", "TODO review note", "TODO review notes"),
                            ("placeholder", "placeholder", "placeholders")):
        n = kinds.count(kind)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    total = len(items)
    return f"{total} item{'s' if total != 1 else ''} to settle: {', '.join(parts)}"


def _notes(node: Any, path: tuple[Any, ...]) -> Iterator[Unsettled]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "review" and isinstance(value, str):
                yield from _note(value, (*path, key))
            else:
                yield from _notes(value, (*path, key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _notes(item, (*path, i))


def _note(text: str, path: tuple[Any, ...]) -> Iterator[Unsettled]:
    lines = text.splitlines() or [text]
    several = len(lines) > 1
    for i, line in enumerate(lines):
        seen = _visible(line)
        if _TODO.match(seen) or _starts_a_sentence(seen):
            yield Unsettled(path, "review",
                            f"unsettled: {_short(line)} (settle it, then delete the note, "
                            "or its TODO to keep it as a remark)",
                            i if several else None)


def _starts_a_sentence(line: str) -> bool:
    """Whether a TODO in capitals starts a sentence of ``line``: before it, back to the end
    of the sentence before ([.!?]), only spaces (one at least), punctuation and list
    numbers. Walked back by hand, not by a regular expression: one with overlapping runs
    of spaces takes minutes on a note of many spaces, and a sheet may be 2 MiB."""
    for m in _TODO_WORD.finditer(line):
        spaced = False
        i = m.start() - 1
        while i >= 0 and not (line[i].isalpha() or line[i] == "_"):
            if line[i].isspace():
                spaced = True
            elif line[i] in ".!?" and spaced:
                return True
            i -= 1
    return False


def _short(text: str, width: int = 90) -> str:
    text = _SPACE.sub(" ", text).strip()
    return repr(text if len(text) <= width else f"{text[:width - 1]}…")


def _placeholders(data: dict[str, Any]) -> Iterator[Unsettled]:
    title = data.get("title")
    for path, text in _texts(title, ("title",)):
        if _plain(text) in PLACEHOLDER_TITLES:
            yield _placeholder(path, text, "a title from the release's headline")
    for section in _LABELLED:
        items = data.get(section)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict):
                for path, text in _texts(item.get("label"), (section, i, "label")):
                    if _plain(text) in PLACEHOLDER_LABELS:
                        yield _placeholder(path, text, "the words the release uses for it")
    terms = data.get("terms")
    study = data.get("study") if isinstance(data.get("study"), dict) else {}
    for i, term in enumerate(terms if isinstance(terms, list) else []):
        if not isinstance(term, dict):
            continue
        instead = "the name the release uses"
        if term.get("id") == study.get("intervention") and \
                study.get("evidence") != "randomised":
            # a survey or a cohort gives nobody a treatment: what did it look at?
            instead += (" (for a study that gave no treatment, a survey or a cohort: the "
                        "exposure it looked at, as the release names it: a habit, a delay, "
                        "a treatment people had)")
        for lang, forms in term.items():
            if not isinstance(forms, dict):
                continue
            for field in ("technical", "plain"):
                text = forms.get(field)
                if isinstance(text, str) and _plain(text) in PLACEHOLDER_LABELS:
                    yield _placeholder(("terms", i, lang, field), text, instead)
            definition = forms.get("definition")
            if isinstance(definition, str) and \
                    _PLACEHOLDER_DEFINITION.search(_visible(definition)):
                yield Unsettled(("terms", i, lang, "definition"), "placeholder",
                                f"placeholder definition {_short(definition)}: write what "
                                "the term means, in plain words")


def _texts(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string of a label or a local text (a string, by language, by level)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, key))


def _plain(text: str) -> str:
    """The words of ``text``, lower case, one space apart: how a placeholder is compared."""
    return " ".join(_WORDS.findall(_visible(text).casefold()))


def _visible(text: str) -> str:
    """``text`` as a reader sees it: compatibility forms folded (a full-width "ＴＯＤＯ" is
    TODO) and invisible format characters dropped (a zero-width space or a byte order mark
    that an editor or a paste put before a word must not hide it from the gate)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _placeholder(path: tuple[Any, ...], text: str, instead: str) -> Unsettled:
    return Unsettled(path, "placeholder",
                     f"{_short(text)} is a placeholder extract writes when it found no name: "
                     f"write {instead}")


def located(items: list[Unsettled], where: Located, text: str,
            name: str) -> list[FactSheetError]:
    """The items as lint lines (``file:line:column: field: message``); a line of a
    multi-line note in a literal block (``review: |``) is pointed at on its own line."""
    from .load import dotted

    lines = text.splitlines()
    out = []
    for item in items:
        pos = where.position(item.path)
        line, column = pos.line, pos.column
        if item.line is not None and _literal_block(lines, pos.line):
            line = pos.line + 1 + item.line
            if line <= len(lines):
                source = lines[line - 1]
                column = len(source) - len(source.lstrip()) + 1
        out.append(FactSheetError(name, line, column, dotted(item.path), item.message))
    return out


_LITERAL = re.compile(r":\s*\|[-+0-9]*\s*(?:#.*)?$")


def _literal_block(lines: list[str], line: int) -> bool:
    """Whether the field on ``line`` (1-based) starts a literal block scalar."""
    return 0 < line <= len(lines) and _LITERAL.search(lines[line - 1]) is not None
