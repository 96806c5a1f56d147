"""Write translations into a fact sheet's text, keeping its comments, key order and
formatting: a round trip through ruamel.yaml (the sheet is edited in place, not dumped
anew), then a check that every line of the sheet is still there, in order."""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Mapping
from typing import Any

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]+)\])?")
# what may follow the language in a context (items.py makes no other): a level, a term's
# field, an outcome's wording for none; any other is no place wording goes
_TAILS = frozenset({(), ("plain",), ("technical",), ("definition",),
                    ("technical_definition",), ("none",), ("none", "plain"),
                    ("none", "technical")})


# the usual order of a wording's fields, for those the sheet's own language does not show
LEVELS_AND_FIELDS = ("plain", "technical", "none", "definition", "technical_definition")


def load(text: str) -> Any:
    """The sheet as a round-trip document."""
    return _yaml(text).load(text)


def _yaml(text: str) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.util import load_yaml_guess_indent

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the sheet has on one
    try:
        _, indent, offset = load_yaml_guess_indent(text)
    except Exception:  # the sheet's own loader has read it; keep the usual layout
        indent, offset = 4, 2
    # a sheet whose dashes sit under their key ("design:\n- x", as PyYAML writes) has
    # offset 0: kept as 0, not taken for 'unknown' (that put the dash's mapping askew)
    yaml.indent(mapping=2, sequence=indent or 4, offset=2 if offset is None else offset)
    return yaml


def parse(context: str, lang: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    """A context (``groups[all].label.es.plain``) as the steps to the node that holds the
    languages and the keys from there (``["es", "plain"]``); the language key must be one
    of the steps."""
    steps: list[tuple[str, str | None]] = []
    parts = re.findall(r"[^.\[]+(?:\[[^\]]*\])?", context)
    if ".".join(parts) != context or lang not in parts:
        raise KeyError(context)
    split = parts.index(lang)
    if tuple(parts[split + 1:]) not in _TAILS:
        raise KeyError(context)
    for part in parts[:split]:
        match = _STEP.fullmatch(part)
        if match is None:
            raise KeyError(context)
        steps.append((match[1], match[2]))
    return steps, parts[split:]


def language_of(context: str) -> str | None:
    """The language a context is written for (``es`` in ``groups[all].label.es.plain``),
    or None when it is not one of the forms :func:`parse` reads."""
    parts = re.findall(r"[^.\[]+(?:\[[^\]]*\])?", context)
    for split in range(len(parts) - 1, 0, -1):
        if tuple(parts[split + 1:]) in _TAILS and re.fullmatch(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*",
                                                                parts[split]):
            return parts[split]
    return None


def place(doc: Any, context: str, lang: str, text: str, replace: bool = False) -> str:
    """Put ``text`` at ``context``: ``"added"``, ``"same"`` (already there), ``"replaced"``
    (other wording was there, and ``replace`` is on: a translator's revision), or raise
    :class:`KeyError` (no such place in the sheet) or :class:`ValueError` (other wording is
    there already)."""
    from ruamel.yaml.comments import CommentedMap

    steps, keys = parse(context, lang)
    node = doc
    for index, (key, item_id) in enumerate(steps):
        if not isinstance(node, Mapping):
            raise KeyError(context)
        if item_id is None:
            if key not in node:
                raise KeyError(context)
            node = node[key]
            continue
        found = [e for e in node.get(key) or () if isinstance(e, Mapping)
                 and str(e.get("id")) == item_id]
        if not found and key == "terms" and index == len(steps) - 1:
            found = [_new_term(node, item_id)]
        if not found:
            raise KeyError(context)
        node = found[0]
    if not steps or not isinstance(node, Mapping) or (
            steps[-1][0] != "terms" and doc.get("lang", "en") not in node):
        raise KeyError(context)  # wording goes beside the sheet's own language only
    model = node.get(doc.get("lang", "en"))  # the sheet's own wording: its key order
    for key in keys[:-1]:
        if key not in node:
            node[key] = CommentedMap()
        node = node[key]
        model = model.get(key) if isinstance(model, Mapping) and key != keys[0] else model
        if not isinstance(node, Mapping):
            raise ValueError(context)
    last = keys[-1]
    if last in node:
        if node[last] == text:
            return "same"
        if not replace or not isinstance(node[last], str):
            raise ValueError(context)
        node[last] = _as_text(text)
        return "replaced"
    _insert(node, last, _as_text(text), model)
    return "added"


def _insert(node: Any, key: str, value: Any, model: Any) -> None:
    """Put ``key`` in ``node`` where the sheet's own language has it (a translator's tool
    may hand the entries back in any order, and a term's ``de`` read 'definition, plain,
    technical' under an ``en`` of 'technical, plain, definition'); after the others if the
    own language lacks it."""
    order = [*(model if isinstance(model, Mapping) else ()), *LEVELS_AND_FIELDS]
    rank = {name: index for index, name in reversed(list(enumerate(order)))}
    mine = rank.get(key, len(order))
    position = sum(1 for other in node if rank.get(other, len(order)) <= mine)
    if hasattr(node, "insert") and position < len(node):
        node.insert(position, key, value)
    else:
        node[key] = value


def _as_text(text: str) -> Any:
    """``text`` quoted when the sheet's reader (YAML 1.1) would take it bare for a truth
    value or a number ('No', 'on', '12:30'), which ruamel.yaml (YAML 1.2) writes bare: a
    translator's word comes back as the same word."""
    import yaml
    from ruamel.yaml.scalarstring import SingleQuotedScalarString

    resolved = yaml.SafeLoader.resolve(yaml.SafeLoader, yaml.ScalarNode, text, (True, False))
    return text if resolved == "tag:yaml.org,2002:str" else SingleQuotedScalarString(text)


def prune(doc: Any, contexts: list[str], lang: str) -> dict[str, str]:
    """Take out each language mapping just added that lacks the form a sheet requires in
    it (a label's ``plain``, a term's ``technical``): ``{prefix: what it needs}``, the
    prefix being the context up to the language (``groups[all].label.es``)."""
    out: dict[str, str] = {}
    for context in contexts:
        steps, keys = parse(context, lang)
        if len(keys) < 2:
            continue
        prefix = context[:len(context) - len(".".join(keys[1:])) - 1]
        parent = _walk(doc, steps)
        node = parent.get(lang) if isinstance(parent, Mapping) else None
        need = "technical" if steps[-1][0] == "terms" else "plain"
        if prefix in out or not isinstance(node, Mapping) or need in node:
            continue
        del parent[lang]
        out[prefix] = need
    return out


def _walk(doc: Any, steps: list[tuple[str, str | None]]) -> Any:
    node = doc
    for key, item_id in steps:
        node = node.get(key) if isinstance(node, Mapping) else None
        if item_id is not None:
            node = next((e for e in node or () if isinstance(e, Mapping)
                         and str(e.get("id")) == item_id), None)
    return node


def _new_term(doc: Any, term_id: str) -> Any:
    """A new entry in the sheet's ``terms`` for a term only a language pack knew."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if not isinstance(doc.get("terms"), list):
        doc["terms"] = CommentedSeq()
    entry = CommentedMap(id=term_id)
    doc["terms"].append(entry)
    return entry


def dump(doc: Any, original: str) -> tuple[str, int | None]:
    """The edited sheet's text, and the first line of ``original`` it does not keep as
    it was (None: only lines were added, as it should be)."""
    out = io.StringIO()
    _yaml(original).dump(doc, out)
    text = _kept_layout(original, out.getvalue())
    return text, _changed(original, text)


def _kept_layout(original: str, text: str) -> str:
    """``text`` with each run of the sheet's lines that ruamel.yaml wrote again in another
    layout (a long plain scalar PyYAML had folded over lines, now on one) put back as the
    author had it: the same words, so the same value, and the import adds lines only."""
    old, new = original.splitlines(keepends=True), text.splitlines(keepends=True)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            out += new[j1:j2] if tag != "delete" else []
            continue
        words = "".join(old[i1:i2]).split()
        for k in range(1, j2 - j1 + 1):  # the old lines rewritten first, added ones after
            if "".join(new[j1:j1 + k]).split() == words:
                out += old[i1:i2] + new[j1 + k:j2]
                break
            if "".join(new[j2 - k:j2]).split() == words:  # or added ones first
                out += new[j1:j2 - k] + old[i1:i2]
                break
        else:
            out += new[j1:j2]
    joined = "".join(out)
    return joined if joined.endswith("\n") or not text.endswith("\n") else joined + "\n"


def _changed(original: str, text: str) -> int | None:
    """The first line of ``original`` that ``text`` does not keep, or None."""
    old, new = original.splitlines(), text.splitlines()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, _, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            return i1 + 1
    return None


def source_at(doc: Any, context: str, lang: str) -> str | None:
    """The sheet's own-language wording that ``context`` translates (None: the sheet has
    none there, as for a term only a language pack knows)."""
    try:
        steps, keys = parse(context, lang)
        node = _walk(doc, steps)
    except (KeyError, TypeError):
        return None
    node = node.get(doc.get("lang", "en")) if isinstance(node, Mapping) else None
    for key in keys[1:]:
        node = node.get(key) if isinstance(node, Mapping) else None
    return str(node) if isinstance(node, str) else None


def located(doc: Any, context: str, lang: str) -> str:
    """``context`` as the sheet's checks name the field (``groups[0].label.es.plain``), so
    a problem they find can be traced back to the PO entry that caused it."""
    steps, keys = parse(context, lang)
    node, parts = doc, []
    for key, item_id in steps:
        node = node.get(key) if isinstance(node, Mapping) else None
        if item_id is None:
            parts.append(key)
            continue
        index = next((i for i, e in enumerate(node or ()) if isinstance(e, Mapping)
                      and str(e.get("id")) == item_id), None)
        if index is None:
            return context
        parts.append(f"{key}[{index}]")
        node = node[index]
    return ".".join([*parts, *keys])
