"""The corruption regression suite: faithful texts in six languages pass with no error,
and every corrupted copy (a changed, dropped, swapped or invented figure, a flipped
direction, a garbled term, an altered name) is caught at its edit by the right rule.

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


def _param(index: int, label: str) -> object:
    reason = KNOWN.get(label)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(index, id=label, marks=marks)


def _faithful_params() -> list:
    return [_param(i, "faithful:" + f.label) for i, f in enumerate(C.suite().faithful)]


def _corrupted_params() -> list:
    return [_param(i, c.label) for i, c in enumerate(C.suite().corrupted)]


@pytest.fixture(scope="module")
def suite() -> C.Suite:
    return C.suite()


def test_every_language_and_kind_is_covered(suite):
    cells = {(c.lang, c.kind) for c in suite.corrupted}
    assert cells == {(lang, kind) for lang in C.LANGS for kind in C.KINDS}
    assert len(suite.corrupted) >= 300
    labels = ["faithful:" + f.label for f in suite.faithful] + [
        c.label for c in suite.corrupted]
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
