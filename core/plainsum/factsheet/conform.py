"""A draft that every command can read: what a drafting tool wrote that the fact sheet's
schema refuses is brought to the form the schema takes, or left out with a review note.

``plainsum extract`` drafts by reading prose, and prose writes a unit as "days" or
"Points"; a sheet with ``unit: days`` is refused by ``lint``, ``review``, ``generate`` and
``translate`` alike, so the person who has to review the draft cannot even open it on the
review page. :func:`conform` walks the schema's own errors (never a list of known slips):

- a value of a closed list (``enum``) said in another case or in the plural
  (``days`` → ``day``, ``Percent`` → ``percent``) becomes the list's own form;
- any other value the schema refuses in an optional field of an item (a fact, a group, a
  person) is left out, and the item gets a ``TODO`` review note that quotes what was left
  out, so nothing is lost silently and the draft gate asks a person about it.

Required fields and the sheet's top level are never touched: lint names what is left.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterable
from typing import Any

_SHORT = reprlib.Repr()
_SHORT.maxstring, _SHORT.maxother = 60, 60


def conform(data: dict[str, Any], known_terms: Iterable[str] | None = None) -> list[str]:
    """Bring ``data`` (a draft, changed in place) to what the schema takes, then leave out
    what refers to an item the draft does not have; what was changed, one line each
    (``facts[6].unit: 'days' -> 'day'``)."""
    changed, clean = _schema(data)
    if clean:  # references are read from a sheet the schema takes
        changed += _references(data, known_terms)
    return changed


_DOTTED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _references(data: dict[str, Any], known_terms: Iterable[str] | None) -> list[str]:
    """A field that names an item the draft does not have (a fact's ``measure`` that no
    measure has as id) is left out with a TODO note on its item; where the item cannot do
    without it, the item itself is left out, with a TODO note on the sheet that quotes it.
    The sheet's own fields (``study.main_fact``) are left for lint to name."""
    from . import _reference_problems
    from .load import Located

    changed: list[str] = []
    for _ in range(8):
        found = _reference_problems(Located(data, {}), "", known_terms)
        progress = False
        for problem in found:
            path = tuple(int(i) if i else k for k, i in _DOTTED.findall(problem.path))
            if len(path) < 3 or not isinstance(path[-1], str) or path[-1] == "id":
                continue
            item = _at(data, path[:2])
            parent = _at(data, path[:-1])
            if not isinstance(item, dict) or not isinstance(parent, dict) or \
                    path[-1] not in parent:
                continue
            value = parent[path[-1]]
            order = list(parent.items())
            del parent[path[-1]]
            if not _required(data, path):
                _note(item, f"TODO {'.'.join(map(str, path[2:]))}: the draft named "
                      f"{_SHORT.repr(value)}, which the sheet does not have ({problem.message}); "
                      "left out: write it by hand if it matters")
                changed.append(f"{problem.path}: {_SHORT.repr(value)} left out")
            else:  # the item cannot do without it: the item goes, quoted on the sheet
                parent.clear()
                parent.update(order)
                section = data[path[0]]
                section.remove(item)
                _note(data, f"TODO {path[0]} {item.get('id')!r} left out: it named "
                      f"{_SHORT.repr(value)} as its {path[-1]}, which the draft does not "
                      f"have: {_describe(item)}; add it by hand if it matters")
                changed.append(f"{path[0]}[{path[1]}] left out")
            progress = True
            break  # the indexes have moved: look again
        if not progress:
            break
    return changed


def _describe(item: dict[str, Any]) -> str:
    shown = {k: v for k, v in item.items() if k not in ("id", "review")}
    return _SHORT.repr(shown) if len(repr(shown)) <= 200 else repr(shown)[:199] + "…"


def _note(item: dict[str, Any], note: str) -> None:
    old = item.get("review")
    item["review"] = f"{old}\n{note}" if isinstance(old, str) and old else note


def _schema(data: dict[str, Any]) -> tuple[list[str], bool]:
    """What was changed to bring ``data`` to the schema, and whether the schema now takes
    it (one pass of the validator for a draft that has nothing to change)."""
    from . import _best, _validator
    from .load import dotted

    changed: list[str] = []
    for _ in range(8):  # a change can uncover an error the first pass did not reach
        errors = [_best(e) for e in _validator().iter_errors(data)]
        if not errors:
            return changed, True
        progress = False
        for error in errors:
            path = tuple(error.absolute_path)
            if len(path) < 3 or not isinstance(path[-1], str):
                continue  # the sheet's own fields, or an item as a whole: lint says
            parent = _at(data, path[:-1])
            if not isinstance(parent, dict) or path[-1] not in parent:
                continue
            value = parent[path[-1]]
            if error.validator == "enum":
                near = _near(value, error.validator_value)
                if near is not None:
                    parent[path[-1]] = near
                    changed.append(f"{dotted(path)}: {_SHORT.repr(value)} -> {near!r}")
                    progress = True
                    continue
            item = _at(data, path[:2])
            if not isinstance(item, dict) or path[-1] in ("id", "review", "kind"):
                continue
            order = list(parent.items())
            del parent[path[-1]]
            if _required(data, path):  # put back where it was: lint names it
                parent.clear()
                parent.update(order)
                continue
            _note(item, f"TODO {'.'.join(map(str, path[2:]))}: the draft had "
                  f"{_SHORT.repr(value)}, which a fact sheet cannot hold "
                  f"({' '.join(error.message.split())[:160]}); left out: write it by hand "
                  "if it matters")
            changed.append(f"{dotted(path)}: {_SHORT.repr(value)} left out")
            progress = True
        if not progress:
            break
    return changed, False


def _required(data: dict[str, Any], path: tuple[Any, ...]) -> bool:
    """Whether the schema asks for the field at ``path`` (just left out of ``data``)."""
    from . import _best, _validator

    for error in _validator().iter_errors(data):
        error = _best(error)
        if error.validator == "required" and tuple(error.absolute_path) == path[:-1] and \
                path[-1] in error.message:
            return True
    return False


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _near(value: Any, allowed: list[Any]) -> Any:
    """The member of ``allowed`` that ``value`` says in another case or number, if one."""
    if not isinstance(value, str):
        return None
    by_lower = {str(a).lower(): a for a in allowed if isinstance(a, str)}
    word = value.strip().lower()
    for form in (word, word[:-1] if word.endswith("s") else None,
                 word[:-2] if word.endswith("es") else None):
        if form and form in by_lower:
            return by_lower[form]
    return None
