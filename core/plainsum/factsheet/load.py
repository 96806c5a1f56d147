"""Read a fact sheet from YAML, keeping where every value stands so errors can say so."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import FactSheetError, PlainsumError


class _Located:
    """Safe YAML that keeps dates as the strings the author wrote."""

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

_RESOLVERS = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _cls in (_Loader, _CLoader):
    if _cls is not None:
        _cls.yaml_implicit_resolvers = _RESOLVERS


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass
class Located:
    """A parsed document and the position of every node, by path."""

    data: Any
    positions: dict[tuple[Any, ...], Position]

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
    """Parse YAML text; a syntax error becomes a located :class:`FactSheetError`."""
    parsed = _fast(text)
    node, data = parsed if parsed is not None else _careful(text, name)
    if node is None:
        raise FactSheetError(name, 1, 1, "", "the file is empty")
    positions: dict[tuple[Any, ...], Position] = {}
    _index(node, (), positions, set())
    return Located(data, positions)


def _fast(text: str) -> tuple[yaml.Node | None, Any] | None:
    """Node and data by libyaml, or None when it is missing or finds anything wrong (the
    pure-Python loader then reports the problem the way it always has)."""
    if _CLoader is None or yaml.reader.Reader.NON_PRINTABLE.search(text):
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
        loader = _Loader(text)  # checks that every character is allowed
        node = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "cannot be read"
        raise FactSheetError(name, line, col, "", f"malformed YAML: {what}") from None
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


def _index(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], Position],
           seen: set[int]) -> None:
    out[path] = Position(node.start_mark.line + 1, node.start_mark.column + 1)
    if id(node) in seen:  # an alias: its children were indexed where it was anchored
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):  # a complex key names no field
                continue
            child = (*path, key.value)
            _index(value, child, out, seen)
            out[child] = Position(key.start_mark.line + 1, key.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), out, seen)


def read_text(path: str | Path) -> tuple[str, str]:
    """The text of ``path`` (``-`` for stdin) and the name to report it by."""
    import sys

    if str(path) == "-":
        return sys.stdin.read(), "<stdin>"
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8"), str(path)
    except FileNotFoundError:
        raise PlainsumError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PlainsumError(f"{path}: is a directory, not a file") from None
    except UnicodeDecodeError as exc:
        raise PlainsumError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise PlainsumError(f"{path}: cannot read ({exc.strerror})") from None


def dotted(path: tuple[Any, ...] | list[Any]) -> str:
    """``("facts", 3, "value")`` as ``facts[3].value``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
