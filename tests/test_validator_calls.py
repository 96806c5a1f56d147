"""check_text calls each validator with what it looked up once per text (owners, built-ins,
tracing) rather than through :meth:`Registry.call` each time: the same findings, the same
failure for a validator that breaks (built-in or third-party), the same trace, and a
registry whose ``call`` a bench replaced is still called through it."""

from __future__ import annotations

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text

from .conftest import SEED_FACTS, module_registry

FAITHFUL = ("In people with relapsing-remitting MS, 71% had no worsening of disability at 10 "
            "years after a stem cell transplant.")
CHANGED = FAITHFUL.replace("71%", "17%")


PACKS = ("en",)  # module_registry skips the module without them
registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def sheet(registry):
    return load_factsheet(SEED_FACTS, registry.known_terms())


def findings(registry, sheet, text):
    pack = registry.language("en")
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="key")
    return [(f.rule, f.severity, f.message, f.span) for f in
            check_text(text, context, registry, with_readability=False).findings]


def test_direct_calls_find_what_calls_through_the_registry_find(registry, sheet) -> None:
    direct = [findings(registry, sheet, t) for t in (FAITHFUL, CHANGED)]
    called: list[str] = []
    call = registry.call

    def counted(kind, name, method, *args):
        called.append(name)
        return call(kind, name, method, *args)

    registry.call = counted
    try:
        through = [findings(registry, sheet, t) for t in (FAITHFUL, CHANGED)]
    finally:
        del registry.call
    assert direct == through
    assert set(called) == set(registry.validators)  # the bench's counter saw every one
    at = CHANGED.index("17%")  # the changed figure is still caught, at its place
    assert any(severity == "error" and span and span[0] <= at < span[1]
               for _, severity, _, span in direct[1])
    assert not any(severity == "error" and span and span[0] <= at < span[1]
                   for _, severity, _, span in direct[0])


class _Broken:
    name = "broken-speed"
    reads = ()

    def validate(self, text, context):
        raise ValueError("no " * 200)


@pytest.mark.parametrize("builtin", [True, False])
def test_a_broken_validator_fails_as_before(registry, sheet, builtin) -> None:
    registry.validators["broken-speed"] = _Broken()
    registry.owners[("validators", "broken-speed")] = "speed-broken"
    if builtin:
        registry.builtins.add("speed-broken")
    try:
        direct = [f for f in findings(registry, sheet, FAITHFUL) if f[0] == "validator-failed"]
        call = registry.call
        registry.call = lambda *a: call(*a)
        try:
            through = [f for f in findings(registry, sheet, FAITHFUL + " ")
                       if f[0] == "validator-failed"]
        finally:
            del registry.call
    finally:
        del registry.validators["broken-speed"]
        del registry.owners[("validators", "broken-speed")]
        registry.builtins.discard("speed-broken")
    assert len(direct) == 1 and direct == through
    assert "plugin 'speed-broken' failed in validator 'broken-speed': validate: ValueError" in (
        direct[0][2])


def test_tracing_is_asked_once_per_text_and_still_traces(registry, sheet, monkeypatch,
                                                          capsys) -> None:
    monkeypatch.setenv("PLAINSUM_TRACE_PLUGINS", "1")
    findings(registry, sheet, FAITHFUL + "  ")
    err = capsys.readouterr().err
    assert "trace: validator 'facts': validate in" in err
    monkeypatch.setenv("PLAINSUM_TRACE_PLUGINS", "")
    findings(registry, sheet, FAITHFUL + "   ")
    assert "trace:" not in capsys.readouterr().err
