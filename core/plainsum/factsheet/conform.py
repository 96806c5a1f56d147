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

import reprlib
from typing import Any

_SHORT = reprlib.Repr()
_SHORT.maxstring, _SHORT.maxother = 60, 60


def conform(data: dict[str, Any]) -> list[str]:
    """Bring ``data`` (a draft, changed in place) to what the schema takes; what was
    changed, one line each (``facts[6].unit: 'days' -> 'day'``)."""
    from . import _best, _validator
    from .load import dotted

    changed: list[str] = []
    for _ in range(8):  # a change can uncover an error the first pass did not reach
        errors = [_best(e) for e in _validator().iter_errors(data)]
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
            note = (f"TODO {'.'.join(map(str, path[2:]))}: the draft had "
                    f"{_SHORT.repr(value)}, which a fact sheet cannot hold "
                    f"({' '.join(error.message.split())[:160]}); left out: write it by hand "
                    "if it matters")
            old = item.get("review")
            item["review"] = f"{old}\n{note}" if isinstance(old, str) and old else note
            changed.append(f"{dotted(path)}: {_SHORT.repr(value)} left out")
            progress = True
        if not progress:
            break
    return changed


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
