"""Generate outputs for every generator × audience × language, and check every text.

Generators and validators are plugins; this module only runs them in order and hands each
the same context. Validators see a text and what it claims; they never see the generator.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .analysis import TextAnalysis, analyse
from .audience import Audience
from .errors import MissingTranslation
from .factsheet.model import FactSheet, local_text
from .files import is_component, printable
from .gcpause import gc_paused
from .invisible import mixed_words, placed, shown
from .language import LanguagePack
from .lexicon import Lexicon
from .outputs import RESERVED_SCORE_NAMES, Checks, Finding, Output, Readability, Score
from .plugins import PluginError, Registry, call_plugin, tracing_on
from .quotecut import cut
from .rules import Selection, sheet_layer


@dataclass
class Request:
    """What a generator is asked for: one variant, for one audience, in one language.

    ``previous`` holds the outputs already made for the same language and audience
    (the glossary explains the terms they use).
    """

    factsheet: FactSheet
    pack: LanguagePack
    audience: Audience
    variant: str
    lexicon: Lexicon
    previous: list[Output] = field(default_factory=list)


class Generator(Protocol):
    name: str
    description: str
    order: int  # generators with a higher order run after those with a lower one

    def variants(self, factsheet: FactSheet, audience: Audience) -> list[str]: ...

    def generate(self, request: Request) -> Output: ...


@dataclass
class CheckContext:
    """What a validator knows about the text it checks."""

    factsheet: FactSheet
    pack: LanguagePack
    audience: Audience | None
    lexicon: Lexicon
    output: Output | None = None  # set for generated outputs: which facts, which platform
    require: str = "claimed"  # claimed | key | all | none: which facts must be present
    rules: Selection = field(default_factory=Selection)  # --select/--ignore, after the sheet's
    # the analysis of the text being checked, made once by check_text for every validator
    # (plainsum.analysis: its sentences, and the parts the validators share)
    analysis: TextAnalysis | None = None


class Validator(Protocol):
    """A check of a text: its findings, reading ``context.analysis`` for what it shares
    with the other validators (:mod:`plainsum.analysis`) rather than working it out.

    A validator may also say what of the context it reads beyond the text, the sheet and
    the language (``reads``, :data:`CONTEXT_INPUTS`): its findings are then worked out
    once per run for each text and value of those inputs (:func:`validated`)."""

    name: str

    def validate(self, text: str, context: CheckContext) -> list[Finding]: ...


# What a validator may declare in ``reads``: the audience (by its id), the facts-required
# mode, and fields of the output being checked. Anything else (or no ``reads`` at all)
# and the validator is called for every output, as before.
CONTEXT_INPUTS = frozenset({"audience", "require", *(f"output.{name}" for name in (
    "generator", "variant", "audience", "facts", "terms", "platform", "readable_text",
    "limitations", "draft"))})


def readability(text: str, pack: LanguagePack, audience: Audience | None,
                lexicon: Lexicon | None = None) -> Readability:
    """The language's own formula, against the audience's target for that language.

    With a lexicon, the text is scored as a reader meets it: the sheet's quotes, which
    are the speaker's own words and may not be simplified, are left out, and each
    protected name (a person, an organisation, a journal) counts as one word.
    """
    scored = scored_text(text, lexicon) if lexicon is not None else text
    score = pack.readability(scored)
    target = None
    if audience is not None:
        target = audience.targets.get(pack.code, pack.target(audience.level))
    scored = math.isfinite(score)  # a text of no words has no score, and never passes
    passed = scored and pack.formula.passes(score, target)
    return Readability(pack.formula.name, score, target, passed,
                       pack.formula.higher_is_easier,
                       pack.formula.band(score) if scored else None)


def scored_text(text: str, lexicon: Lexicon) -> str:
    """``text`` without the sheet's verbatim quotes, each protected name as one word."""
    quotes, names = lexicon.remember_sheet(("scored-text",), lambda: _scored_parts(lexicon))
    for words, said in quotes:
        # cut as the pattern would, without compiling one per quote of every sheet
        text = cut(text, said) if said else _quote_pattern(words).sub("", text)
    for name, first in names:
        text = text.replace(name, first)
    return text


def _scored_parts(lexicon: Lexicon) -> tuple[list[tuple[str, list[str]]],
                                             list[tuple[str, str]]]:
    """The sheet's quotes in the lexicon's language (as printed, and their words), and the
    protected names, longest first, each with its first word: the same for every text of
    a run."""
    sheet = lexicon.factsheet
    quotes = []
    for quote in sheet.quotes.values():
        words = local_text(quote.text, lexicon.lang)
        if words:
            quotes.append((words, words.strip().rstrip(".").split()))
    names = [p.name for p in sheet.people.values()]
    names += [n for o in sheet.organisations.values()
              if (n := o.name_in(lexicon.lang)) and " " in n]
    return quotes, [(name, name.split()[0])
                    for name in sorted(set(names), key=len, reverse=True)]


@functools.lru_cache(maxsize=256)
def _quote_pattern(words: str) -> Any:
    """A quote as printed, with its marks, whatever the line breaks."""
    body = r"\s+".join(map(re.escape, words.strip().rstrip(".").split()))
    return re.compile(rf"[«“\"„‘']?{body}[.,]?[»”\"“’']?")


def check_text(text: str, context: CheckContext, registry: Registry,
               with_readability: bool = True, readable_text: str | None = None) -> Checks:
    """Run readability and every registered validator over one text. A validator that
    fails adds an error finding (the text is not proven), or stops the run in strict mode."""
    checks = Checks()
    # read without invisible characters ("4\u200b0 %" is 40 %); spans point back into ``text``
    seen = shown(text)
    text = seen.text
    context.analysis = analyse(text, context)  # once, for every validator of this text
    if with_readability:
        checks.readability = readability(readable_text or text, context.pack,
                                         context.audience, context.lexicon)
    # who owns each validator, and whether tracing is on: asked once per text, not once
    # per validator (the registry's properties and the environment are slow to read); a
    # registry whose ``call`` is replaced (a bench that counts or times the calls) is
    # called through it
    calls = None if "call" in registry.__dict__ else (registry.owners, registry.builtins)
    tracing = tracing_on()
    for name, validator in registry.validators.items():
        try:
            found = validated(name, text, context, registry, validator, calls, tracing)
        except PluginError as exc:
            registry.report_once(exc, "the texts it should check fail")
            found = (Finding("validator-failed", "error", f"{exc}; this text is not checked"),)
        checks.findings.extend(found)
    checks.findings.extend(_draft_line(text, context.pack, context.lexicon))
    checks.findings = placed(distinct(selected(checks.findings, context, registry)), seen)
    if not seen.plain:  # a plain text has no override nor look-alike letter (one search)
        checks.findings.extend(selected(reordered(seen.original) + mixed(seen.original),
                                        context, registry))
    add_scores(checks, text, context, registry)
    return checks


_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def reordered(text: str) -> list[Finding]:
    """The first right-to-left override or isolate in ``text``: the checker reads the
    characters in the order they are stored, a reader sees them in another ("\u202e71"
    shows 17); the texts plainsum checks are written left to right."""
    hit = _REORDERING.search(text)
    if hit is None:
        return []
    return [Finding("reading-order", "error",
                    f"A right-to-left override (U+{ord(hit.group()):04X}): readers may see the "
                    "characters after it in another order than they are checked in; remove it.",
                    None, None, hit.group(), (hit.start(), hit.end()))]


def mixed(text: str) -> list[Finding]:
    """Latin words spelt with Cyrillic or Greek look-alike letters: checked as the word a
    reader sees, but search, links and screen readers meet another word."""
    return [Finding("mixed-script", "warning",
                    f"{text[a:b]!r} mixes alphabets (a Cyrillic or Greek letter drawn like a "
                    "Latin one): it is checked as the word it shows, but search, links and "
                    "screen readers meet another word; retype it.", None, None, text[a:b],
                    (a, b)) for a, b in mixed_words(text)]


def validated(name: str, text: str, context: CheckContext, registry: Registry,
              validator: Any = None, calls: tuple[Any, Any] | None = None,
              tracing: bool | None = None) -> tuple[Finding, ...]:
    """The findings of validator ``name`` on ``text``. A validator that declares what it
    reads of the context (``reads``) is called once per run for each text and value of
    those inputs: outputs of a run often share a text (two audiences' posts), and
    findings are frozen values whose spans point into that same text. One that declares
    nothing, or an input the core does not know, is called every time.

    ``check_text`` passes the validator, the registry's owners and built-ins, and whether
    tracing is on, asked once per text rather than once per validator."""
    if validator is None:
        validator = registry.validators[name]
    key = _memo_key(name, text, context, validator)
    if key is None:
        return _validate(name, text, context, registry, validator, calls, tracing)
    return context.lexicon.remember(key, lambda: _validate(
        name, text, context, registry, validator, calls, tracing))


@functools.lru_cache(maxsize=1024)
def _what(name: str) -> str:
    """What a trace or an error calls a validator's call (as :meth:`Registry.call` does)."""
    return f"validator {name!r}: validate"


def _validate(name: str, text: str, context: CheckContext, registry: Registry,
              validator: Any = None, calls: tuple[Any, Any] | None = None,
              tracing: bool | None = None) -> tuple[Finding, ...]:
    if calls is None or validator is None:
        found = registry.call("validators", name, "validate", text, context)
    else:  # as :meth:`Registry.call` calls it, with what check_text looked up once
        owners, builtins = calls
        owner = owners.get(("validators", name), name)
        found = call_plugin(owner, _what(name), validator.validate, text, context,
                            builtin=owner in builtins, tracing=tracing)
    if not isinstance(found, list) or not all(isinstance(f, Finding) for f in found):
        raise PluginError(f"plugin {registry.owners.get(('validators', name), name)!r}"
                          f" failed in validator {name!r}: it returned "
                          f"{type(found).__name__}, not a list of findings")
    return tuple(found)


def _memo_key(name: str, text: str, context: CheckContext,
              validator: Any) -> tuple[Any, ...] | None:
    """What a validator's findings on ``text`` depend on, by its own ``reads``; None
    when it declares nothing the core can key on."""
    reads = _inputs(getattr(validator, "reads", None))
    if reads is None:
        return None
    output = context.output
    values: list[Any] = [_VALIDATED, name, text, output is None]
    for item in reads:
        if item == "audience":
            values.append(context.audience.id if context.audience is not None else None)
        elif item == "require":
            values.append(context.require)
        else:
            value = getattr(output, item[7:], None)
            values.append(tuple(value) if isinstance(value, list) else value)
    return tuple(values)


def _inputs(reads: Any) -> tuple[str, ...] | None:
    """A validator's ``reads`` in order, or None when the core cannot key on them (asked
    for every validator of every text: a tuple or frozenset is looked at once)."""
    if isinstance(reads, tuple | frozenset):
        try:
            return _known_inputs(reads)
        except TypeError:  # an item that is no string (unhashable): nothing to key on
            return None
    if not isinstance(reads, list | set) or not CONTEXT_INPUTS.issuperset(reads):
        return None
    return tuple(sorted(reads))


@functools.lru_cache(maxsize=256)
def _known_inputs(reads: tuple[str, ...] | frozenset[str]) -> tuple[str, ...] | None:
    return tuple(sorted(reads)) if CONTEXT_INPUTS.issuperset(reads) else None


_VALIDATED = object()  # tags the run memo's entries of validators' findings


def distinct(findings: list[Finding]) -> list[Finding]:
    """One finding per rule and place: two validators that see the same error at the same
    words (a flipped direction read both as a changed result and as a finding turned
    round) report it once, the first one's reading kept."""
    seen: set[tuple[str, tuple[int, int]]] = set()
    out = []
    for f in findings:
        if f.span is not None:
            key = (f.rule, (f.span[0], f.span[1]))
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def selected(findings: list[Finding], context: CheckContext,
             registry: Registry) -> list[Finding]:
    """The findings of the rules this run reports: the sheet's ``checks`` setting, then the
    command line's (flake8's select and ignore). The one place rules are switched, so no
    validator needs to know; a rule declared as not switchable is always reported."""
    lexicon = context.lexicon
    if context.factsheet is lexicon.factsheet:  # the same for every text of a run
        selection, fixed = lexicon.remember((_SELECTED, context.rules, id(registry)),
                                            lambda: _selection(context, registry))
    else:
        selection, fixed = _selection(context, registry)
    if not selection:
        return findings
    return [f for f in findings if f.rule in fixed or selection.allows(f.rule)]


def _selection(context: CheckContext, registry: Registry) -> tuple[Selection, frozenset[str]]:
    """The run's selection of rules, and the rules it cannot switch off (none when it
    selects every rule)."""
    selection = Selection((sheet_layer(context.factsheet.checks, context.factsheet.path),
                           *context.rules.layers))
    if not selection:
        return selection, frozenset()
    return selection, frozenset(rule_id for rule_id, rule in registry.rules.items()
                                if not rule.switchable)


_SELECTED = object()  # tags the run memo's entry of the rules a run reports


def _draft_line(text: str, pack: LanguagePack, lexicon: Lexicon | None = None) -> list[Finding]:
    """A text that still carries the DRAFT line of an output made from a draft sheet says
    "Do not publish": it never passes, whatever the sheet is by now (an output copied out
    of a --draft run, checked again once the sheet is settled). The lines looked for are
    the same for every text of a run (``lexicon``, of the same pack)."""
    lines = lexicon.remember((_DRAFT_LINES,), lambda: _draft_lines(pack)) \
        if lexicon is not None and lexicon.pack is pack else _draft_lines(pack)
    for line in lines:
        start = text.find(line)
        if start >= 0:
            return [Finding("draft-line", "error",
                            "The text still carries the DRAFT line of an output made from a "
                            "draft sheet: remove it once the sheet is settled.",
                            found=line, span=(start, start + len(line)))]
    return []


def _draft_lines(pack: LanguagePack) -> tuple[str, ...]:
    """The DRAFT line in the pack's language, then in English."""
    from .draft import ENGLISH, notice

    return tuple(dict.fromkeys((notice(pack), ENGLISH)))


_DRAFT_LINES = object()  # tags the run memo's entry of the DRAFT lines looked for


def add_scores(checks: Checks, text: str, context: CheckContext, registry: Registry) -> None:
    """Scores that validators with a ``score(text, context)`` method give the text (the
    Clear Communication Index), under the validator's name. A score is no verdict: one
    that fails or is not a :class:`Score` is reported and left out (None: not scored)."""
    for name, validator in registry.validators.items():
        if not callable(getattr(validator, "score", None)) or name in RESERVED_SCORE_NAMES:
            continue
        key = _memo_key(name, text, context, validator)
        try:
            score = _score(name, text, context, registry) if key is None else \
                context.lexicon.remember((_SCORED, *key[1:]),
                                         lambda n=name: _score(n, text, context, registry))
        except PluginError as exc:
            registry.report_once(exc, "its score is left out")
            continue
        if score is not None:
            checks.scores[name] = score


def _score(name: str, text: str, context: CheckContext, registry: Registry) -> Score | None:
    score = registry.call("validators", name, "score", text, context)
    if score is not None and not isinstance(score, Score):
        raise PluginError(f"plugin {registry.owners.get(('validators', name), name)!r}"
                          f" failed in validator {name!r}: score returned "
                          f"{type(score).__name__}, not a Score")
    return score  # type: ignore[no-any-return]


_SCORED = object()  # tags the run memo's entries of validators' scores


def generate(factsheet: FactSheet, registry: Registry, langs: Iterable[str],
             audiences: Iterable[str], generators: Iterable[str] | None = None,
             check: bool = True, rules: Selection | None = None) -> list[Output]:
    """Every output for the requested languages, audiences and generators, checked
    (``rules``: the command line's --select/--ignore, after the sheet's own setting).

    A generator that fails (raises, hangs, returns something else than an Output) is
    reported and its outputs are left out, or the run stops in strict mode. The outputs of
    a draft sheet begin with the DRAFT line (:mod:`plainsum.draft`), added after the checks.
    The cycle collector waits until the run is over (:mod:`plainsum.gcpause`).
    """
    with gc_paused():
        return _generate(factsheet, registry, langs, audiences, generators, check, rules)


def _generate(factsheet: FactSheet, registry: Registry, langs: Iterable[str],
              audiences: Iterable[str], generators: Iterable[str] | None, check: bool,
              rules: Selection | None) -> list[Output]:
    packs = [registry.language(code) for code in dict.fromkeys(langs)]
    groups = [registry.audience(name) for name in dict.fromkeys(audiences)]
    chosen = [registry.generator(name)
              for name in dict.fromkeys(generators or registry.generators)]
    chosen.sort(key=lambda g: getattr(g, "order", 0))
    outputs: list[Output] = []
    for pack in packs:
        lexicon = Lexicon(factsheet, pack)
        made: list[Output] = []
        for audience in groups:
            previous: list[Output] = []
            for generator in chosen:
                for variant in _variants(registry, generator, factsheet, audience):
                    request = Request(factsheet, pack, audience, variant, lexicon, previous)
                    output = _generated(registry, generator, request)
                    if output is not None:
                        previous.append(output)
            made.extend(previous)
        if lexicon.missing:
            raise MissingTranslation(pack.code, lexicon.missing, factsheet.path,
                                     own=pack.code == factsheet.lang)
        if check:
            for output in made:
                context = CheckContext(factsheet, pack, registry.audience(output.audience),
                                       lexicon, output=output, rules=rules or Selection())
                output.checks = check_text(output.text, context, registry,
                                           with_readability=output.platform is None,
                                           readable_text=output.readable_text)
        _release(lexicon)
        outputs.extend(made)
    if factsheet.is_draft:  # whoever asked, an output of a draft says it is one
        from .draft import mark

        mark(outputs, {pack.code: pack for pack in packs})
    return outputs


def _release(lexicon: Lexicon) -> None:
    """The run's memo (every text's analysis, every worded sentence) is done with: let it
    go now, not when the caches that name this lexicon as an owner let go of it (the
    collector would walk all of it first, and a batch worker would keep many runs' worth);
    each analysis first lets go of what points back at it, so that nothing waits for the
    collector."""
    for value in lexicon.memo.values():
        if isinstance(value, TextAnalysis):
            value.release()
    lexicon.memo.clear()


def _variants(registry: Registry, generator: Any, factsheet: FactSheet,
              audience: Audience) -> list[str]:
    try:
        found = registry.call("generators", generator.name, "variants", factsheet, audience)
        if not isinstance(found, list | tuple) or not all(map(is_component, found)):
            raise _malformed(registry, generator, "variants", found,
                             "a list of names that can name files")
    except PluginError as exc:
        registry.report_once(exc, "its outputs are left out")
        return []
    return list(dict.fromkeys(found))


def _generated(registry: Registry, generator: Any, request: Request) -> Output | None:
    try:
        output = registry.call("generators", generator.name, "generate", request)
        if not isinstance(output, Output) or not isinstance(output.text, str):
            raise _malformed(registry, generator, "generate", output, "an Output")
    except PluginError as exc:
        registry.report_once(exc, "the output is left out")
        return None
    return output


def _malformed(registry: Registry, generator: Any, method: str, found: Any,
               expected: str) -> PluginError:
    owner = registry.owners.get(("generators", generator.name), generator.name)
    what = printable(repr(found)) if isinstance(found, list | tuple) else type(found).__name__
    what = what if len(what) <= 80 else f"{what[:79]}…"
    return PluginError(f"plugin {owner!r} failed in generator {generator.name!r}: {method} "
                       f"returned {what}, not {expected}")
