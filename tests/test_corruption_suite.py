"""The corruption regression suite: faithful texts in six languages pass with no error,
and every corrupted copy (a changed, dropped, swapped or invented figure, a flipped
direction, a garbled term, an altered name) is caught at its edit by the right rule.

The new fact kinds have their own part: hand-written faithful texts about sheets with
ratios, intervals, signed differences, hedges, no-difference results and background figures
(dev and held-out), corrupted into a ratio said as a percentage, a flipped sign, a changed
interval bound, a relative change said as an absolute one, a dropped or reversed hedge, an
invented difference, a background figure said as a result and causal wording for an
observational study; our own outputs of the new example sheets are checked beside them.
Their faithful texts must raise no error and no warning of those rules.

The texts and edits are made in ``tests/corruption.py``; a failure names the language,
the kind of corruption and the text, and prints the text with the errors found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests import corruption as C

# Corruptions the checker misses today, and faithful texts it raises an error on: test id
# -> why. Strict: each one fails the suite once the checker gets it right, so the list
# stays true.
KNOWN = yaml.safe_load((Path(__file__).parent / "data" / "known_misses.yaml").read_text(
    encoding="utf-8")) or {}
# The recall each new kind has reached (tests/update_known_misses.py writes it): a kind
# that falls below its floor is a regression even if its misses moved to other cases.
FLOORS = yaml.safe_load((Path(__file__).parent / "data" / "recall_floors.yaml").read_text(
    encoding="utf-8")) or {}


def _param(index: int, label: str) -> object:
    reason = KNOWN.get(label)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(index, id=label, marks=marks)


def _faithful_params() -> list:
    return [_param(i, "faithful:" + f.label) for i, f in enumerate(C.suite().faithful)]


def _corrupted_params() -> list:
    return [_param(i, c.label) for i, c in enumerate(C.suite().corrupted)]


def _effects() -> C.Suite:
    """The new kinds' part: the hand-written texts and our own outputs of the example sheets."""
    return C.effects_suite(generated=True)


def _effect_faithful_params() -> list:
    return [_param(i, "faithful:" + f.label) for i, f in enumerate(_effects().faithful)]


def _effect_corrupted_params() -> list:
    return [_param(i, c.label) for i, c in enumerate(_effects().corrupted)]


@pytest.fixture(scope="module")
def suite() -> C.Suite:
    return C.suite()


@pytest.fixture(scope="module")
def effects() -> C.Suite:
    return _effects()


def test_every_language_and_kind_is_covered(suite):
    cells = {(c.lang, c.kind) for c in suite.corrupted}
    assert cells == {(lang, kind) for lang in C.LANGS for kind in C.KINDS}
    assert len(suite.corrupted) >= 300
    effects = _effects()
    labels = ["faithful:" + f.label for f in suite.faithful + effects.faithful] + [
        c.label for c in suite.corrupted + effects.corrupted]
    assert len(labels) == len(set(labels))
    assert set(KNOWN) <= set(labels), "known misses that are no longer in the suite"
    for sheet in C.SHEETS:
        for lang in C.LANGS:
            written = [f for f in C.paraphrases() if f.sheet == sheet and f.lang == lang]
            assert len(written) >= 3, (sheet, lang)


@pytest.mark.parametrize("index", _faithful_params())
def test_faithful_text_has_no_errors(suite, index):
    source = suite.faithful[index]
    found = C.errors(C.check(source, source.text))
    assert found == [], "\n".join(
        [f"{source.label} ({source.lang}): false alarm", source.text, "---"]
        + [f"{f.rule} {f.span} {f.found!r}: {f.message}" for f in found])


@pytest.mark.parametrize("index", _corrupted_params())
def test_corruption_is_caught_at_its_edit(suite, index):
    corrupted = suite.corrupted[index]
    findings = C.check(corrupted.source, corrupted.text)
    assert C.caught(corrupted, findings), C.describe(corrupted, findings)


# --- the new fact kinds -----------------------------------------------------------------


def test_every_language_and_new_kind_is_covered(effects):
    cells = {(c.lang, c.kind) for c in effects.corrupted if c.kind in C.NEW_KINDS}
    assert cells == {(lang, kind) for lang in C.LANGS for kind in C.NEW_KINDS}
    assert {c.kind for c in effects.corrupted} <= {*C.NEW_KINDS, *C.SEED_KINDS}
    written = [c for c in effects.corrupted if c.source.split != C.GENERATED]
    assert {(c.lang, c.kind) for c in written if c.kind in C.NEW_KINDS} == cells
    assert len(written) >= 300
    for lang in C.LANGS:  # a dev part and a held-out part of at least 30 % in every language
        texts = [f for f in effects.faithful if f.lang == lang and f.split != C.GENERATED]
        assert {f.split for f in texts} == set(C.SPLITS), lang
        held = [f for f in texts if f.split == "held-out"]
        assert len(held) >= 0.3 * len(texts), lang
    assert set(FLOORS) == set(C.NEW_KINDS)


def test_every_seed_names_one_place_and_changes_the_text(effects):
    for source in effects.faithful:
        for kind, find, replace in source.seeds:
            assert kind in C.NEW_KINDS or kind in C.SEED_KINDS, (source.label, kind)
            C.seed_span(source, find)  # raises when the phrase is not there exactly once
            assert find.split() != replace.split(), (source.label, find)


@pytest.mark.parametrize("index", _effect_faithful_params())
def test_faithful_effects_text_has_no_alarm(effects, index):
    source = effects.faithful[index]
    found = C.alarms(C.check(source, source.text))
    assert found == [], "\n".join(
        [f"{source.label} ({source.lang}, {source.split}): false alarm", source.text, "---"]
        + [f"{f.rule} {f.severity} {f.span} {f.found!r}: {f.message}" for f in found])


@pytest.mark.parametrize("index", _effect_corrupted_params())
def test_effects_corruption_is_caught_at_its_edit(effects, index):
    corrupted = effects.corrupted[index]
    findings = C.check(corrupted.source, corrupted.text)
    assert C.caught(corrupted, findings), C.describe(corrupted, findings)


def test_recall_of_each_new_kind_holds_its_floor(effects):
    total: dict[str, int] = {}
    hit: dict[str, int] = {}
    for c in effects.corrupted:
        total[c.kind] = total.get(c.kind, 0) + 1
        hit[c.kind] = hit.get(c.kind, 0) + C.caught(c, C.check(c.source, c.text))
    fallen = {kind: f"{hit[kind]}/{total[kind]} < {FLOORS[kind]}" for kind in total
              if hit[kind] / total[kind] < FLOORS.get(kind, 0.0) - 1e-9}
    assert not fallen, fallen
