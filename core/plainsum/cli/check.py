"""``plainsum check``: any text, from anyone, against the fact sheet."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable
from typing import Any

import click

from ..errors import MissingTranslation, PlainsumError
from ..files import printable
from . import app
from .options import (
    DRAFT,
    lang_case,
    proven_or_refuse,
    rule_options,
    rule_selection,
    silenced,
    silenced_line,
)

# A translation or a rewrite of a release is some kilobytes; 2 MiB is a thousand pages,
# and keeps checking the most number-dense text of that size ("7 7 7 ...") under 1 GB.
# A text to check is a release, a summary or a translation: a whole paper is a tenth of
# these limits; a file past them is refused at once rather than read for minutes.
MAX_TEXT_BYTES = 512 * 1024
MAX_FIGURES = 20_000
_FIGURE = re.compile(r"\d+")


@click.command()
@click.argument("facts", type=click.Path(dir_okay=False, allow_dash=False))
@click.argument("texts", metavar="TEXT...", nargs=-1, required=True,
                type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--lang", default=None, callback=lang_case,
              help="The text's language (default: identified, text by text).")
@click.option("--audience", default=None, help="Check readability against this audience.")
@click.option("--require", type=click.Choice(["key", "all", "none"]), default="key",
              show_default=True, help="Which facts must be stated.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@rule_options
@DRAFT
def check(facts: str, texts: tuple[str, ...], lang: str | None, audience: str | None,
          require: str, fmt: str, draft: bool, select: str | None = None,
          ignore: str | None = None) -> None:
    """Check TEXT (a file, or - for stdin) against FACTS; or several texts, one after
    another (a translation in each language), with one sheet.

    Prints findings as FILE:LINE:COL: SEVERITY RULE MESSAGE, or one JSON object (a JSON
    array of them for several texts). A draft sheet is refused unless --draft is given;
    the report then says DRAFT. Exits 0 when every text passes, 1 when one does not, 2 on
    bad input (among several texts, a text that cannot be checked is named in one line
    and the others are still checked; in JSON its entry is {"file": ..., "error": ...}).
    """
    from ..draft import refuse
    from ..factsheet import load_factsheet
    from ..files import STDIN, display_name

    for option, value in (("--lang", lang), ("--audience", audience)):
        if value is not None and not value.strip():  # an unset shell variable
            raise PlainsumError(f"{option} is empty; give one, or leave the option out")
    if facts == "-" and "-" in texts:  # read once for the sheet, the text would be empty
        raise PlainsumError("<stdin>: the fact sheet and the text cannot both come from "
                            "standard input; give one of them as a file")
    if texts.count("-") > 1:
        raise PlainsumError("<stdin>: standard input (-) can be one of the texts only once")
    registry = app().registry
    proven_or_refuse(registry)
    if lang is not None:  # unknown: one line naming the installed ones, as generate says
        registry.language(lang)
    sheet = load_factsheet(facts, registry.known_terms())
    rules = rule_selection(registry, sheet, select, ignore)
    if not draft:
        refuse(sheet, facts, "check")
    if len(texts) == 1:  # as it always was: its error is the run's
        try:
            passed = _check_one(texts[0], sheet, registry, rules, lang, audience, require, fmt)
        except PlainsumError as exc:
            if fmt == "json":  # a script reading stdout gets the reason too, as among several
                click.echo(json.dumps(_json_error(texts[0], exc), ensure_ascii=False))
            raise
        if not passed:
            raise SystemExit(1)
        return
    failed = broken = 0
    if fmt == "json":
        click.echo("[")
    for number, text in enumerate(texts):
        if fmt == "json" and number:
            click.echo(",")
        try:
            passed = _check_one(text, sheet, registry, rules, lang, audience, require, fmt)
        except PlainsumError as exc:  # this text only: the others are still checked
            said = str(exc)
            shown = STDIN if text == "-" else display_name(text)
            if not said.startswith(f"{shown}:"):  # "no es wording ...": for which text
                said = f"{shown}: {said}"
            click.echo(printable(f"plainsum: error: {said}"), err=True)
            if fmt == "json":  # which text, and why: a script reads no reason from null
                click.echo(json.dumps(_json_error(text, exc), ensure_ascii=False))
            broken += 1
            continue
        failed += not passed
    if fmt == "json":
        click.echo("]")
    if broken:
        raise SystemExit(2)
    if failed:
        raise SystemExit(1)


def _json_error(text: str, exc: PlainsumError) -> dict[str, str]:
    """``{"file", "error"}`` for a text that could not be checked: which, and why."""
    from ..files import STDIN, display_name

    shown = STDIN if text == "-" else display_name(text)
    said = str(exc)
    return {"file": shown, "error": said.removeprefix(f"{shown}: ")}


def _check_one(text: str, sheet: Any, registry: Any, rules: Any, lang: str | None,
               audience: str | None, require: str, fmt: str) -> bool:
    """Check one text and print its report; whether it passed."""
    from ..draft import notice
    from ..files import read_text
    from ..invisible import shown
    from ..lexicon import Lexicon
    from ..pipeline import CheckContext, check_text
    from ..report import check_json, finding_lines, readability_line, score_lines

    body, name = read_text(text, MAX_TEXT_BYTES)
    if not shown(body).text.strip():  # nothing but spaces and invisible characters
        raise PlainsumError(f"{name}: the text is empty")
    figures = sum(1 for _ in _FIGURE.finditer(body))
    if figures > MAX_FIGURES:
        raise PlainsumError(f"{name}: the text holds {figures:,} figures; plainsum checks "
                            f"texts of up to {MAX_FIGURES:,}")
    identified = None
    if lang is None:
        from ..langid import identify

        try:
            lang = identified = identify(body, list(registry.languages.values()))
        except PlainsumError as exc:  # which text could not be told
            raise PlainsumError(f"{name}: {exc}") from None
    else:
        from ..langid import plainly_other

        other = plainly_other(body, lang, list(registry.languages.values()))
        if other is not None:  # a reversed finding would pass, read with the wrong words
            raise PlainsumError(f"{name}: the text reads as {other}, not {lang}: check it "
                                f"with --lang {other} (or leave --lang out)")
    pack = registry.language(lang)
    who = registry.audience(audience) if audience else None
    context = CheckContext(sheet, pack, who, Lexicon(sheet, pack), require=require,
                           rules=rules)
    if context.lexicon.look_up_facts():
        raise MissingTranslation(lang, context.lexicon.missing, sheet.path,
                                 own=lang == sheet.lang)
    checks = check_text(body, context, registry, with_readability=True)
    off = silenced(registry, sheet)
    if fmt == "json":
        extra = {"draft": sheet.is_draft,
                 **({"identified_lang": identified} if identified else {}),
                 **({"silenced_rules": off} if off else {})}
        _echo_lines(check_json(name, lang, audience, checks, extra))
    else:
        if sheet.is_draft:
            click.echo(printable(f"{name}: {notice(pack)}"))
        if identified:
            click.echo(f"{name}: language identified as {identified}")
        line = silenced_line(registry, sheet)
        if line:
            click.echo(f"{name}: {line}")
        _echo_lines(finding_lines(name, body, checks.findings))
        summary = readability_line(checks)
        if summary:
            click.echo(f"{name}: {summary}")
        for line in score_lines(checks):
            click.echo(f"{name}: {line}")
        errors = sum(f.severity == "error" for f in checks.findings)
        click.echo(f"{name}: {'passed' if checks.passed else 'failed'} "
                   f"({errors} error{'s' if errors != 1 else ''}{_left_out(checks, require)})"
                   + (" against a DRAFT sheet" if sheet.is_draft else ""))
    return checks.passed


def _left_out(checks: Any, require: str) -> str:
    """How many of the errors are facts the text leaves out, and what to do when the text
    is meant to give only some of them (a post, a headline): a faithful three-sentence
    post failed with ten such errors and no word on why, as if it said something wrong."""
    left = sum(f.severity == "error" and f.rule == "missing-fact" for f in checks.findings)
    if not left or require == "none":
        return ""
    what = "key facts" if require == "key" else "facts"
    said = (f": all {what} the text leaves out" if left == sum(
        f.severity == "error" for f in checks.findings) else f", {left} of them {what} the text "
        "leaves out")
    return f"{said}; a text meant to give only some of them: --require none"


def _echo_lines(lines: Iterable[str], batch: int = 1000) -> None:
    """Print lines a thousand at a time: one write per line is slow for a long text's
    findings, and one string of all of them takes its memory twice."""
    iterator = iter(lines)
    while chunk := tuple(itertools.islice(iterator, batch)):
        click.echo("\n".join(chunk))
