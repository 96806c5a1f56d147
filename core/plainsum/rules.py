"""Rules as objects: what each rule id a validator can report means, who owns it, and which
ones a run reports (``--select``/``--ignore`` and the sheet's ``checks`` setting).

A plugin declares its rules through the ``register_rules`` hook; the registry adds the
owning plugin. Selection follows flake8 and ruff: an id or a prefix of ids ending at a
hyphen (``hedge`` is ``hedge-dropped`` and ``hedge-reversed``), the more specific of a
matching ``select`` and ``ignore`` winning, and a later layer (the command line) over an
earlier one (the sheet).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .errors import PlainsumError

SEVERITIES = ("error", "warning", "info")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Rule:
    """One rule: ``example`` is a short wrong text, ``reports`` what the rule says about it.

    ``plugin`` is filled in by the registry with the name of the plugin that declared it;
    ``switchable`` is False for the few rules no setting may silence (a DRAFT line).
    """

    id: str
    severity: str
    summary: str
    example: str = ""
    reports: str = ""
    plugin: str = ""
    switchable: bool = True

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "plugin": self.plugin, "severity": self.severity,
                "summary": self.summary, "example": self.example, "reports": self.reports,
                "switchable": self.switchable}


def malformed(rule: object) -> str | None:
    """Why ``rule`` cannot be declared, or None: checked at load so a typo in a plugin's
    table is found when it loads, not when a user selects the rule."""
    if not isinstance(rule, Rule):
        return f"is a {type(rule).__name__}, not a plainsum.rules.Rule"
    if not isinstance(rule.id, str) or not ID.match(rule.id):
        return f"id {rule.id!r} is not lower-case words joined by hyphens"
    if rule.severity not in SEVERITIES:
        return f"severity {rule.severity!r} is not one of {', '.join(SEVERITIES)}"
    if not isinstance(rule.summary, str) or not rule.summary.strip() or "\n" in rule.summary:
        return "summary is not one line of text"
    return None


# Rules the core reports itself, whatever plugins are installed.
CORE = (
    Rule("validator-failed", "error",
         "A validator failed on the text, so the text is not proven.",
         "(any text, while a validator plugin raises an exception)",
         "plugin 'x' failed in validator 'y': ValueError …; this text is not checked",
         switchable=False),
    Rule("reading-order", "error",
         "The text holds a right-to-left override or isolate: readers may see its characters "
         "in another order than the checker reads them.",
         "In the study, \u202e71\u202c% did not get worse. (shown to a reader as 17%)",
         "A right-to-left override (U+202E): readers may see the characters after it in "
         "another order than they are checked in; remove it."),
    Rule("mixed-script", "warning",
         "A Latin word spelt with a Cyrillic or Greek look-alike letter: checked as the word "
         "it shows, but search, links and screen readers meet another word.",
         "Rivaroxab\u0430n is a blood thinner. (with a Cyrillic a)",
         "'Rivaroxabаn' mixes alphabets (a Cyrillic or Greek letter drawn like a Latin one): "
         "it is checked as the word it shows, but search, links and screen readers meet "
         "another word; retype it."),
    Rule("draft-line", "error",
         "The text still carries the DRAFT line of an output made from a draft sheet.",
         "DRAFT: not yet checked by a person. Do not publish. In a study of 400 people …",
         "The text still carries the DRAFT line of an output made from a draft sheet: "
         "remove it once the sheet is settled.",
         switchable=False),
)


def split(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """``"hedge, term-missing"`` (or a list of them) as ``("hedge", "term-missing")``."""
    if value is None:
        return ()
    parts = value.split(",") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(p.strip() for p in parts if isinstance(p, str) and p.strip()))


def matches(pattern: str, rule_id: str) -> bool:
    """An id matches itself and every id it is a hyphen-ended prefix of."""
    return rule_id == pattern or rule_id.startswith(pattern + "-")


@dataclass(frozen=True)
class Layer:
    """One source of a selection: the sheet's ``checks`` or the command line's options."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    source: str = "--{option}"  # where a pattern came from, for messages

    def verdict(self, rule_id: str) -> bool | None:
        """True (report), False (leave out) or None (this layer says nothing)."""
        chosen = max((len(p) for p in self.select if matches(p, rule_id)), default=-1)
        dropped = max((len(p) for p in self.ignore if matches(p, rule_id)), default=-1)
        if dropped >= 0 and dropped >= chosen:
            return False
        if chosen >= 0:
            return True
        return False if self.select else None


@dataclass(frozen=True)
class Selection:
    """Which rules a run reports: every one, unless a layer selects or ignores some."""

    layers: tuple[Layer, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return any(layer.select or layer.ignore for layer in self.layers)

    def allows(self, rule_id: str) -> bool:
        allowed = True
        for layer in self.layers:
            verdict = layer.verdict(rule_id)
            if verdict is not None:
                allowed = verdict
        return allowed

    def then(self, layer: Layer) -> Selection:
        """This selection with ``layer`` applied after it."""
        return Selection((*self.layers, layer))

    def check(self, rules: Mapping[str, Rule]) -> None:
        """Refuse a pattern that matches no declared rule: a misspelt id would otherwise
        silently select nothing, or ignore nothing."""
        for layer in self.layers:
            for option, patterns in (("select", layer.select), ("ignore", layer.ignore)):
                for pattern in patterns:
                    hits = [rule for rule_id, rule in rules.items() if matches(pattern, rule_id)]
                    where = layer.source.format(option=option)
                    if not hits:
                        raise PlainsumError(unknown(pattern, where, rules))
                    if option == "ignore" and not any(rule.switchable for rule in hits):
                        raise PlainsumError(f"rule {pattern!r} in {where} cannot be ignored: "
                                            "it is always reported")


def unknown(pattern: str, where: str, rules: Iterable[str]) -> str:
    """One line saying ``pattern`` names no rule, with the nearest id or prefix of ids."""
    import difflib

    names = {"-".join(rule_id.split("-")[:n]) for rule_id in rules
             for n in range(1, rule_id.count("-") + 2)}
    near = difflib.get_close_matches(pattern, sorted(names), n=1)
    hint = f"did you mean {near[0]!r}? " if near else ""
    return f"unknown rule {pattern!r} in {where} ({hint}'plainsum rules' lists them)"


def sheet_layer(setting: object, name: str | None) -> Layer:
    """The sheet's ``checks: {select: [...], ignore: [...]}`` as a layer."""
    source = f"{name or 'the fact sheet'}: checks.{{option}}"
    if not isinstance(setting, Mapping):
        return Layer(source=source)
    return Layer(split(setting.get("select")), split(setting.get("ignore")), source)
