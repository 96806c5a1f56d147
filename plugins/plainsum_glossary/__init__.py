"""Built-in generator ``glossary``: the jargon the other outputs use, explained.

It runs last (order 100) so it sees the terms every earlier output for the same language
and audience listed, and adds the sheet's key terms.

Clinicians know the jargon: a lay definition ("signals from the brain get mixed up", "like a
coin toss") talks down to them. Their glossary holds only the terms the sheet gives a
``technical_definition``, worded as that definition; a sheet with none gives them no
glossary.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


def glossary_terms(request: Any) -> list[str]:
    """Jargon used by earlier outputs for this audience and language, plus key terms,
    in the sheet's order."""
    sheet = request.factsheet
    used = {t for output in request.previous for t in output.terms}
    wanted = [tid for tid, term in sheet.terms.items()
              if (tid in used or term.key) and term.jargon]
    extra = sorted(t for t in used if t not in sheet.terms)
    return wanted + extra


def gloss_repeats(plain: str, definition: str) -> bool:
    """Whether the definition's first sentence already holds every word of a plain form of
    three words or more ("study where chance decides who gets the treatment" before "A
    study in which chance, like a coin toss, decides who gets which treatment"): the gloss
    in brackets would say the same thing twice in a row."""
    word, end = _patterns()
    words = word.findall(plain.casefold())
    first = end.split(definition, maxsplit=1)[0].casefold()
    said = set(word.findall(first))
    return len(words) >= 3 and all(word in said for word in words)


@functools.cache
def _patterns() -> tuple[Any, Any]:
    """A word, and the white space after a sentence's end: compiled once per process (the
    ``regex`` module's look-up of a pattern by its text costs more than the search)."""
    import regex

    return regex.compile(r"\w+"), regex.compile(r"(?<=[.!?])\s")


def technical_only(audience: Any) -> bool:
    """Clinicians get technical definitions or no glossary at all."""
    return getattr(audience, "id", None) == "clinicians"


def has_technical_definitions(factsheet: Any) -> bool:
    return any(getattr(forms, "technical_definition", None)
               for term in factsheet.terms.values()
               for forms in getattr(term, "by_lang", {}).values())


def abbreviations(w: Any) -> dict[str, Any]:
    """Each term's abbreviations ("EM" for "esclerosis múltiple") as the summaries spell
    them out, by the term's full name (the glossary's headword): worked out once per
    language in a run, and shared with the summaries."""
    from plainsum_summary.spell import spellings

    return w.lex.remember(("glossary-abbreviations",), lambda: {
        long: pattern for long, pattern, _full, _compounds in spellings(w)})


def _used(pattern: Any, outputs: list[Any]) -> str | None:
    """The abbreviation one of the texts the glossary goes with uses, if any."""
    for output in outputs:
        found = pattern.search(output.text)
        if found is not None:
            return found.group()
    return None


class GlossaryGenerator:
    """``**term** — definition`` lines, the technical form as headword."""

    name = "glossary"
    description = "A glossary of every jargon term the other outputs use, plus key terms."
    order = 100

    def variants(self, factsheet: Any, audience: Any) -> list[str]:
        if technical_only(audience) and not has_technical_definitions(factsheet):
            return []
        if not any(getattr(term, "jargon", True) for term in factsheet.terms.values()):
            # nothing to explain (a press officer's sheet whose terms are everyday words,
            # "walking", "dementia"): no glossary, rather than an empty one that fails
            # its readability check (a text of no words has no score)
            return []
        return ["glossary"]

    def generate(self, request: Any) -> Any:
        from plainsum.outputs import Output
        from plainsum.render import Wording, end_sentence

        wording = Wording(request, prefix="glossary")
        lex = request.lexicon
        lines, definitions = [], []
        terms = glossary_terms(request)
        technical = technical_only(request.audience)
        if technical:
            terms = [t for t in terms if lex.term(t).technical_definition]
        for term_id in terms:
            forms = lex.term(term_id)
            definition = end_sentence((forms.technical_definition if technical
                                       else lex.definition(term_id)).strip())
            definitions.append(definition)
            plain = forms.plain
            if technical or not (plain and plain.casefold() != forms.technical.casefold()
                                 and not gloss_repeats(plain, definition)):
                # "**esclerosis múltiple** (EM)": the abbreviation the reader's texts use
                pattern = abbreviations(wording).get(forms.technical) \
                    if wording.has("grammar.spelled_out") else None
                plain = _used(pattern, request.previous) if pattern is not None else None
            if plain:
                lines.append(wording.say("glossary.entry_plain", term=forms.technical,
                                         plain=plain, definition=definition))
            else:
                lines.append(wording.say("glossary.entry", term=forms.technical,
                                         definition=definition))
        text = "\n\n".join([wording.say("glossary.heading"), *lines]) if lines else ""
        return Output("glossary", request.variant, request.audience.id, request.pack.code,
                      text, facts=[], terms=terms, readable_text=" ".join(definitions))


@hookimpl
def register_generators(register: Callable[[Any], None]) -> None:
    register(GlossaryGenerator())
