"""Built-in generator ``summary``: one plain-language summary per audience and language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


class SummaryGenerator:
    """A summary whose content and register follow the audience; wording is the pack's."""

    name = "summary"
    description = ("A summary per audience: main result first, the study, all results, "
                   "limitations and who did it.")
    order = 10

    def variants(self, factsheet: Any, audience: Any) -> list[str]:
        return ["summary"]

    def generate(self, request: Any) -> Any:
        from plainsum.outputs import Output
        from plainsum.render import Wording, render

        from .compose import named_once, plan

        wording = Wording(request, prefix="summary")
        sections = named_once(wording, plan(wording))
        text = render(sections)
        facts = list(dict.fromkeys(f for s in sections for f in s.facts))
        # every summary says all the sheet's limitations (the key ones with their meaning)
        return Output("summary", request.variant, request.audience.id, request.pack.code,
                      text, facts=facts, terms=wording.terms_in(text),
                      limitations=list(wording.sheet.limitations))


@hookimpl
def register_generators(register: Callable[[Any], None]) -> None:
    register(SummaryGenerator())
