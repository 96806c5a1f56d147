"""``plainsum rules``: every rule a check can report, who owns it, and what it means."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

import click

from . import app

if TYPE_CHECKING:
    from ..rules import Rule

HEADER = """\
# Rules

<!-- Generated from the rules plainsum and its built-in plugins declare, by
`PLAINSUM_LOAD_PLUGINS= plainsum rules --format markdown > docs/rules.md`; tests/test_rules.py
fails when this file is out of date. Do not edit by hand. -->

Every finding of `plainsum check` and `plainsum generate` names a rule. Switch rules with
`--select` and `--ignore` (comma-separated ids, or prefixes of ids: `--ignore hedge` is
`hedge-dropped` and `hedge-reversed`), or for one sheet with its `checks` setting
([factsheet.md](factsheet.md#which-rules-are-reported-checks)). The more specific of a
matching select and ignore wins; the command line comes after the sheet. Rules marked
*always* cannot be switched off. A plugin's own rules are listed by `plainsum rules` once
it is installed.

Each rule comes with a wrong text and what the rule reports on it. An example without a
note in brackets is about the small trial every plugin test gets (`plainsum.testing`):
400 people; an infection within 30 days in 5% of those who got the new cleanser (an
antiseptic, in plain words a germ-killing liquid) and in 10% of those who got the usual
one. A note in brackets says what the sheet of any other example gives.
"""


@click.command()
@click.argument("patterns", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]),
              default="text", show_default=True, help="Output format.")
def rules(patterns: tuple[str, ...], fmt: str) -> None:
    """List the rules the installed plugins declare: id, plugin, severity, summary.

    PATTERNS (ids or prefixes, as --select takes them) list only those rules. --format
    json and markdown (the form of docs/rules.md) give each rule's example too.
    """
    from ..rules import Layer, Selection

    declared = app().registry.rules
    chosen = Selection((Layer(select=patterns, source="the arguments"),))
    if patterns:
        chosen.check(declared)
    shown = [rule for rule_id, rule in sorted(declared.items())
             if not patterns or chosen.allows(rule_id)]
    if fmt == "json":
        click.echo(json.dumps([rule.to_json() for rule in shown], indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(markdown(shown), nl=False)
    else:
        for line in table(shown):
            click.echo(line)


def table(shown: list[Rule]) -> Iterable[str]:
    """One line a rule, in aligned columns, like ``ruff rule --all`` in short."""
    widths = [max((len(getattr(r, key)) for r in shown), default=0)
              for key in ("id", "plugin", "severity")]
    for rule in shown:
        fixed = "" if rule.switchable else " (always)"
        yield (f"{rule.id:<{widths[0]}}  {rule.plugin:<{widths[1]}}  "
               f"{rule.severity:<{widths[2]}}  {rule.summary}{fixed}")


def markdown(shown: list[Rule]) -> str:
    """docs/rules.md: a summary table, then each rule with its example, by plugin."""
    from ..report import markdown_text as md

    lines = [HEADER, "| rule | plugin | severity | what it finds |", "|---|---|---|---|"]
    for rule in shown:
        always = " *(always)*" if not rule.switchable else ""
        lines.append(f"| [`{rule.id}`](#{rule.id}) | {md(rule.plugin)} | {rule.severity} | "
                     f"{md(rule.summary)}{always} |")
    for plugin in sorted({rule.plugin for rule in shown}):
        lines += ["", f"## Plugin `{plugin}`"]
        for rule in (r for r in shown if r.plugin == plugin):
            lines += ["", f"### {rule.id}", "", f"{md(rule.summary)}", "",
                      f"Default severity: **{rule.severity}**"
                      + ("; cannot be switched off." if not rule.switchable else ".")]
            if rule.example:
                lines += ["", "Wrong text:", "", f"> {md(rule.example)}"]
            if rule.reports:
                lines += ["", "It reports:", "", f"> {md(rule.reports)}"]
    return "\n".join(lines) + "\n"
