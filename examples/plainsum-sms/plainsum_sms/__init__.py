"""plainsum-sms: the main result of a study as a one-segment text message.

The wording comes from the language packs through plainsum's shared renderer, so the
plugin works in every installed language without a word of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl

from .segments import encoding, limit, segments, units

# A concatenated message of up to three segments still arrives as one on every phone;
# one segment is the aim, and the validator warns above it.
MAX_SEGMENTS = 3


class SmsGenerator:
    """The first result sentence that fits one segment, main fact first, then key facts;
    headed by the study's title when that still fits."""

    name = "sms"
    description = "An SMS alert, one segment where it fits (160 GSM-7 or 70 UCS-2 characters)."
    order = 50

    def variants(self, factsheet: Any, audience: Any) -> list[str]:
        return ["sms"]

    def generate(self, request: Any) -> Any:
        from plainsum.outputs import Output
        from plainsum.render import Wording

        w = Wording(request, prefix="sms")
        sheet = request.factsheet
        order = [sheet.main_fact] if sheet.main_fact else []
        order += [f.id for f in sheet.key_facts if f.id not in order]
        render = {"proportion": w.proportion, "comparison": w.comparison, "claim": w.claim}
        candidates = [render[sheet.facts[i].kind](sheet.facts[i]) for i in order
                      if sheet.facts[i].kind in render]
        for sentence in candidates:
            sentence.text = plain_spaces(sentence.text)
        chosen = next((s for s in candidates if segments(s.text) == 1), None) or next(
            (s for s in candidates if segments(s.text) <= MAX_SEGMENTS),
            min(candidates, key=lambda s: units(s.text), default=None))
        if chosen is None:
            return Output(self.name, request.variant, request.audience.id, request.pack.code,
                          "", platform="sms")
        text = chosen.text
        headed = plain_spaces(f"{request.lexicon.title().rstrip('.')}. {text}")
        if segments(headed) == 1:
            text = headed
        return Output(self.name, request.variant, request.audience.id, request.pack.code,
                      text, facts=list(chosen.facts), platform="sms", terms=w.terms_in(text))


def plain_spaces(text: str) -> str:
    """An SMS has no typographic spaces: the no-break spaces of "71 %" (CLDR es, de, fr)
    or "Financement :" are not in GSM-7 and would force UCS-2 (70 characters, not 160);
    a plain space reads the same, and the checker still reads "71 %"."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


class SmsSegmentsValidator:
    """An ``sms`` output should fit one segment (a warning above) and must fit
    ``MAX_SEGMENTS`` (an error above); other texts are not its business."""

    name = "sms-segments"

    def validate(self, text: str, context: Any) -> list[Any]:
        from plainsum.outputs import Finding

        output = context.output
        if output is None or output.generator != "sms" or segments(text) == 1:
            return []
        return [Finding(
            rule="sms-too-long",
            severity="error" if segments(text) > MAX_SEGMENTS else "warning",
            message=(f"The message needs {segments(text)} SMS segments "
                     f"({units(text)} of {limit(text)} {encoding(text)} characters)."),
            span=(0, len(text)))]


@hookimpl
def register_generators(register: Callable[[Any], None]) -> None:
    register(SmsGenerator())


@hookimpl
def register_validators(register: Callable[[Any], None]) -> None:
    register(SmsSegmentsValidator())


@hookimpl
def register_commands(cli: Any) -> None:
    import click

    @cli.command()
    @click.argument("facts", type=click.Path(dir_okay=False))
    @click.option("--lang", default=None, help="Comma-separated languages.")
    @click.option("--audience", default="patients", show_default=True)
    def sms(facts: str, lang: str | None, audience: str) -> None:
        """Print the SMS alert for FACTS in each language, with its size."""
        from plainsum.cli import app
        from plainsum.factsheet import load_factsheet
        from plainsum.pipeline import generate

        registry = app().registry
        sheet = load_factsheet(facts, registry.known_terms())
        langs = [code.strip() for code in (lang or sheet.lang).split(",") if code.strip()]
        failed = False
        for output in generate(sheet, registry, langs, [audience], ["sms"]):
            size = f"{units(output.text)}/{limit(output.text)} {encoding(output.text)}"
            status = "ok" if output.checks.passed else "FAILED"
            click.echo(f"[{output.lang}] {output.text}  ({size}, {status})")
            failed |= not output.checks.passed
        if failed:
            raise SystemExit(1)
