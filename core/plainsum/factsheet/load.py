"""Read a fact sheet from YAML, keeping where every value stands so errors can say so.

The reader is bounded: a sheet is a few kilobytes, so a file that is huge, nested deeper
than any sheet needs, or that multiplies itself through aliases (a "billion laughs") is
refused with a located error before it is built, never after it has filled the memory.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import FactSheetError
from ..files import printable

MAX_CHARS = 2 * 1024 * 1024  # characters in one sheet
MAX_DEPTH = 40  # nested mappings and lists (a real sheet needs about six)
MAX_VALUES = 200_000  # values once every alias is expanded (the seed has about 2,000)


class _Located:
    """Safe YAML that keeps dates and times ("1:30") as the strings the author wrote, and
    refuses a number YAML 1.1 would read in another base than the one written."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        tag = super().resolve(kind, value, implicit)  # type: ignore[misc]
        if kind is yaml.ScalarNode and tag in _NUMBERS and implicit[0]:
            if _SEXAGESIMAL.search(value):
                return "tag:yaml.org,2002:str"
            if _NOT_DECIMAL.match(value):
                return _ODD_NUMBER
        return tag

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """Any failure to build a value (``!!int abc``) becomes a located YAML error."""
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except yaml.YAMLError:
            raise
        except Exception as exc:  # constructors raise anything
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this value ({exc})", node.start_mark) from None


class _Loader(_Located, yaml.SafeLoader):
    """The pure-Python loader: always there, and it words every error."""


# libyaml's parser (when PyYAML was built with it) reads several times faster; nodes keep
# their line and column, and the resolvers and constructors are the same Python ones.
_CBase = getattr(yaml, "CSafeLoader", None)
_CLoader = type("_CLoader", (_Located, _CBase), {}) if _CBase is not None else None

# Dates stay the strings the author wrote, and "1:30" is not the YAML 1.1 base-60 number 90.
_SEXAGESIMAL = re.compile(r"[0-9]:[0-5]?[0-9]")
_RESOLVERS = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_NUMBERS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
# YAML 1.1 reads "010" as octal 8, "0x10" as 16, "0b10" as 2 and "1_000" as 1000: a
# figure in a sheet is compared with texts digit by digit, so it must be written as it is
# printed; such a value is refused where it stands rather than read as another number.
_NOT_DECIMAL = re.compile(r"[-+]?(?:0[0-9_]+(?:$|[^.0-9_])|0[xXoObB]|[0-9.]*_)")
_ODD_NUMBER = "tag:plainsum,2026:not-decimal"


def _not_decimal(loader: Any, node: yaml.ScalarNode) -> Any:
    written = node.value if len(node.value) <= 24 else f"{node.value[:20]}…"
    raise yaml.constructor.ConstructorError(
        None, None, f"{written!r} is not a decimal number as YAML reads it (it would "
        "be read in another base, or its _ dropped): write the figure as it is printed, "
        "or put it in quotes", node.start_mark)
# YAML 1.1 reads "1e6" as a string; 1.2 and every author read it as a number.
_EXPONENT = re.compile(r"^[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+$")
for _first in "-+0123456789":
    _RESOLVERS[_first] = [*_RESOLVERS.get(_first, []), ("tag:yaml.org,2002:float", _EXPONENT)]
for _cls in (_Loader, _CLoader):
    if _cls is not None:
        _cls.yaml_implicit_resolvers = _RESOLVERS
        _cls.add_constructor(_ODD_NUMBER, _not_decimal)


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass
class Located:
    """A parsed document, the position of every node by path, and the keys written twice
    in one mapping (YAML keeps the last silently; a sheet must not)."""

    data: Any
    positions: dict[tuple[Any, ...], Position]
    duplicates: list[tuple[tuple[Any, ...], Position, Position]] = field(default_factory=list)
    # keys YAML reads as something other than text (``1:``, ``~:``, ``no:``): (path, where,
    # what YAML made of the key)
    odd_keys: list[tuple[tuple[Any, ...], Position, str]] = field(default_factory=list)

    def position(self, path: tuple[Any, ...]) -> Position:
        """The position of ``path``, or of its nearest ancestor that has one."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, Position(1, 1))


@cache
def schema() -> dict[str, Any]:
    """The fact sheet JSON Schema that ships in the package."""
    text = resources.files("plainsum.factsheet").joinpath("schema.json").read_text("utf-8")
    return json.loads(text)


def parse_yaml(text: str, name: str) -> Located:
    """Parse YAML text; a syntax error, or a document beyond the bounds above, becomes a
    located :class:`FactSheetError`."""
    if len(text) > MAX_CHARS:
        raise FactSheetError(name, 1, 1, "", f"the file has {len(text):,} characters; a fact "
                             "sheet has at most 2 MiB")
    parsed = _fast(text, name)
    node, data = parsed if parsed is not None else _careful(text, name)
    if node is None:
        raise FactSheetError(name, 1, 1, "", "the file is empty")
    located = Located(data, {})
    _index(node, (), located, set())
    return located


def _bounded(loader_class: type, text: str, name: str) -> None:
    """Walk the document's events (no tree is built, nothing recurses) and refuse it where
    it nests too deep or its aliases expand to too many values."""
    loader = loader_class(text)
    try:
        depth, values = 0, 0
        anchored: dict[str, int] = {}  # anchor -> values its node expands to
        starts: list[tuple[str | None, int]] = []
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    _refuse(name, event, f"nested more than {MAX_DEPTH} levels deep; a fact "
                            "sheet needs a handful")
                starts.append((event.anchor, values))
                values += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
                anchor, start = starts.pop()
                if anchor is not None:
                    anchored[anchor] = values - start
            elif isinstance(event, yaml.ScalarEvent):
                values += 1
                if event.anchor is not None:
                    anchored[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                if any(anchor == event.anchor for anchor, _ in starts):
                    _refuse(name, event, f"a value that contains itself (*{event.anchor} "
                            f"inside &{event.anchor})")
                values += anchored.get(event.anchor, 1)
            if values > MAX_VALUES:
                _refuse(name, event, f"more than {MAX_VALUES:,} values once its aliases "
                        "are expanded; a fact sheet has a few thousand")
    finally:
        loader.dispose()


def _refuse(name: str, event: yaml.Event, why: str) -> None:
    mark = event.start_mark
    raise FactSheetError(name, mark.line + 1, mark.column + 1, "", f"the document is {why}")


def _fast(text: str, name: str) -> tuple[yaml.Node | None, Any] | None:
    """Node and data by libyaml, or None when it is missing or finds anything wrong (the
    pure-Python loader then reports the problem the way it always has)."""
    if _CLoader is None or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return None
    try:
        _bounded(_CLoader, text, name)
    except FactSheetError:
        raise
    except Exception:
        return None
    loader = _CLoader(text)
    try:
        node = loader.get_single_node()
        return node, (None if node is None else loader.construct_document(node))
    except Exception:
        return None
    finally:
        loader.dispose()


def _careful(text: str, name: str) -> tuple[yaml.Node | None, Any]:
    loader = None
    try:
        _bounded(_Loader, text, name)
        loader = _Loader(text)  # checks that every character is allowed
        node = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "cannot be read"
        hint = _quote_hint(text, line)
        raise FactSheetError(name, line, col, "", f"malformed YAML: {what}{hint}") from None
    except yaml.reader.ReaderError as exc:
        before = text[:exc.position]
        line, col = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise FactSheetError(name, line, col, "", f"malformed YAML: character "
                             f"#x{ord(char):04x} is not allowed in a YAML file") from None
    except yaml.YAMLError as exc:
        message = " ".join(str(exc).split())
        raise FactSheetError(name, 1, 1, "", f"malformed YAML: {message}") from None
    finally:
        if loader is not None:
            loader.dispose()
    return node, data


# A value that opens with a quote and goes on after the quote that closes it ("review:
# 'most common form' is read as ..."): what deleting the TODO of an unquoted note leaves.
_QUOTED_THEN_MORE = re.compile(r"""^\s*(?:-\s+)?[^\s'"#][^#]*?:\s+"""
                               r"""(?:'(?:[^']|'')*'|"(?:[^"\\]|\\.)*")[^\S\n]*[^\s#,\]}]""")


def _quote_hint(text: str, line: int) -> str:
    """What to do when the YAML problem is on a line whose value starts with a quote."""
    lines = text.splitlines()
    if 0 < line <= len(lines) and len(lines[line - 1]) <= 10_000 and \
            _QUOTED_THEN_MORE.match(lines[line - 1]):  # a bounded line: a bounded time
        return ("; the value starts with a quote and goes on after the closing one: put "
                "the whole value in quotes, doubling each quote inside ('it''s'), or do not "
                "start it with a quote")
    return ""


def _index(node: yaml.Node, path: tuple[Any, ...], out: Located, seen: set[int]) -> None:
    out.positions[path] = _position(node)
    if id(node) in seen:  # an alias: its children were indexed where it was anchored
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: dict[str, Position] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):  # a complex key names no field
                continue
            child = (*path, key.value)
            where = _position(key)
            if key.value in keys:
                out.duplicates.append((child, where, keys[key.value]))
            if key.tag != _TEXT and key.tag != "tag:yaml.org,2002:merge":
                out.odd_keys.append((child, where, key.tag.rsplit(":", 1)[-1]))
            _index(value, child, out, seen)
            out.positions[child] = keys[key.value] = where
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), out, seen)


_TEXT = "tag:yaml.org,2002:str"


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def dotted(path: tuple[Any, ...] | list[Any]) -> str:
    """``("facts", 3, "value")`` as ``facts[3].value``; a key that is not a plain name
    (a space, a line break, a control character) is shown quoted: ``title['a\\nb']``."""
    out = ""
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        elif isinstance(part, str) and _NAME.fullmatch(part):
            out += f".{part}" if out else part
        else:
            out += f"[{printable(repr(part))}]"
    return out


_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
