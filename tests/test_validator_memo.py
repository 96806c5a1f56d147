"""A validator that declares what of the context it reads (``reads``) is called once per run
for each text and value of those inputs; one that declares nothing is called for every
output; the findings are the same either way."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.hookspecs import hookimpl
from plainsum.lexicon import Lexicon
from plainsum.outputs import Finding
from plainsum.pipeline import CONTEXT_INPUTS, CheckContext, check_text, generate
from plainsum.plugins import collect

from .conftest import SEED_FACTS

GENERATORS = ["summary", "social"]
AUDIENCES = ["patients", "public", "press", "clinicians"]


class _Counting:
    """Counts its calls per (text, audience) and finds the text's first word."""

    def __init__(self, name, reads):
        self.name = name
        if reads is not None:
            self.reads = reads
        self.calls: Counter[tuple[str, str | None]] = Counter()

    def validate(self, text, context):
        audience = context.audience.id if context.audience else None
        self.calls[text, audience] += 1
        first = text.split()[0]
        return [Finding(f"memo-{self.name}", "info", f"It starts with {first}.",
                        found=first, span=(0, len(first)))]


class _Plugin:
    def __init__(self):
        self.validators = {
            "text-only": _Counting("text-only", ()),
            "by-audience": _Counting("by-audience", ("audience", "output.platform")),
            "undeclared": _Counting("undeclared", None),
            "unknown-input": _Counting("unknown-input", ("output.checks",)),
        }

    @hookimpl
    def register_validators(self, register):
        for validator in self.validators.values():
            register(validator)


@pytest.fixture
def counting(register_plugin, plainsum_pm):
    plugin = _Plugin()
    register_plugin(plugin, "memo-counting")
    return plugin, collect(plainsum_pm)


def test_a_declared_validator_runs_once_per_text_and_input(counting, plainsum_factsheet):
    plugin, registry = counting
    outputs = generate(plainsum_factsheet, registry, ["en"], AUDIENCES, GENERATORS)
    texts = {o.text for o in outputs}
    assert len(texts) < len(outputs)  # the run has outputs that share a text
    calls = {name: v.calls for name, v in plugin.validators.items()}
    assert sum(calls["text-only"].values()) == len(texts)
    assert set(calls["text-only"].values()) == {1}
    by_audience = {(o.text, o.audience, o.platform) for o in outputs}
    assert sum(calls["by-audience"].values()) == len(by_audience)
    # no declaration, or one the core cannot key on: called for every output
    assert sum(calls["undeclared"].values()) == len(outputs)
    assert sum(calls["unknown-input"].values()) == len(outputs)
    for o in outputs:  # and every output has each validator's finding, at its place
        first = o.text.split()[0]
        for name in plugin.validators:
            assert [(f.found, f.span) for f in o.checks.findings
                    if f.rule == f"memo-{name}"] == [(first, (0, len(first)))]


def test_a_text_checked_on_its_own_is_checked_again(counting, plainsum_factsheet):
    """The memo is the run's: another run (another lexicon) calls the validator anew."""
    plugin, registry = counting
    pack = registry.language("en")
    text = "Fewer people got an infection with the new cleanser."
    for _ in range(2):
        context = CheckContext(plainsum_factsheet, pack, None,
                               Lexicon(plainsum_factsheet, pack), require="none")
        check_text(text, context, registry, with_readability=False)
    assert plugin.validators["text-only"].calls[text, None] == 2


def test_the_builtin_validators_declare_known_inputs(plainsum_registry):
    declared = {name: v.reads for name, v in plainsum_registry.validators.items()
                if hasattr(v, "reads")}
    assert {"facts", "names", "cci", "recall", "claims"} <= set(declared)
    for name, reads in declared.items():
        assert set(reads) <= CONTEXT_INPUTS, (name, reads)


@pytest.mark.parametrize(("sheet", "lang"), [(None, "en"), (SEED_FACTS, "de"),
                                             (SEED_FACTS, "fr")])
def test_memoised_checks_are_the_checks_of_each_output_alone(plainsum_registry,
                                                             plainsum_factsheet, sheet, lang):
    """Every output of a bundle checked again in a run of its own (nothing shared with the
    other outputs): the same findings, readability and scores."""
    registry = plainsum_registry
    if sheet is not None:
        plainsum_factsheet = load_factsheet(sheet, registry.known_terms())
    outputs = generate(plainsum_factsheet, registry, [lang], AUDIENCES)
    assert len({o.text for o in outputs}) < len(outputs)
    pack = registry.language(lang)
    for o in outputs:
        context = CheckContext(plainsum_factsheet, pack, registry.audience(o.audience),
                               Lexicon(plainsum_factsheet, pack), output=o)
        alone = check_text(o.text, context, registry, with_readability=o.platform is None,
                           readable_text=o.readable_text)
        assert json.dumps(alone.to_json(), sort_keys=True) == json.dumps(
            o.checks.to_json(), sort_keys=True), (o.generator, o.variant, o.audience)


def test_outputs_that_share_a_text_but_not_what_they_claim(plainsum_registry):
    """One text, checked in one run as outputs that list other facts, terms and
    limitations, for another platform and audience: each gets the findings it gets alone
    (a validator's declared inputs are part of what it is remembered by)."""
    registry = plainsum_registry
    sheet = load_factsheet(SEED_FACTS, registry.known_terms())
    pack = registry.language("en")
    post = next(o for o in generate(sheet, registry, ["en"], ["press"], ["social"])
                if o.platform == "x")
    every = {"facts": list(sheet.facts), "terms": list(sheet.terms),
             "limitations": list(sheet.limitations)}
    # a short post said to state everything: facts, terms and limitations it lacks
    variants = [post, *(replace(post, **{field: value}) for field, value in every.items()),
                replace(post, platform=None, **every),
                replace(post, platform=None, audience="patients", **every)]
    lexicon = Lexicon(sheet, pack)
    seen = set()
    for o in variants:
        def checked(lex, o=o):
            context = CheckContext(sheet, pack, registry.audience(o.audience), lex, output=o)
            return json.dumps(check_text(o.text, context, registry).to_json(), sort_keys=True)
        together, alone = checked(lexicon), checked(Lexicon(sheet, pack))
        assert together == alone, (o.facts, o.terms, o.limitations, o.platform, o.audience)
        seen.add(together)
    assert len(seen) == len(variants)  # each variant is checked differently
