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


class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps dates as the strings the author wrote."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise FactSheetError(name, line, col, "", f"malformed YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise FactSheetError(name, 1, 1, "", f"malformed YAML: {exc}") from None
    if node is None:
        raise FactSheetError(name, 1, 1, "", "the file is empty")
    positions: dict[tuple[Any, ...], Position] = {}
    _index(node, (), positions)
    data = yaml.load(text, Loader=_Loader)
    return Located(data, positions)


def _index(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], Position]) -> None:
    out[path] = Position(node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, key.value)
            _index(value, child, out)
            out[child] = Position(key.start_mark.line + 1, key.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), out)


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
