"""Two figures given to two things in turn with one unit said once, joined by the
language's word for "respectively" ("71 beziehungsweise 57 Prozent", "71 bzw. 57
Prozent"): both are shares. The words come from the pack (``respectively_words``); a pack
without them reads as before."""

from __future__ import annotations

import copy

import pytest
from plainsum_checks.numbers import NumberReader

from .conftest import registry_with

TEXT = "Bei progredienter MS waren es 71 {join} 57 Prozent."


@pytest.fixture(scope="module")
def german():
    return registry_with(["de"]).languages["de"]


def kinds(pack, text):
    return [(m.text, m.kind) for m in NumberReader(pack).read(text)
            if m.kind not in ("ordinal", "marker")]


@pytest.mark.parametrize("join", ["beziehungsweise", "bzw."])
def test_one_unit_for_two_figures_joined_by_respectively(german, join):
    pack = copy.copy(german)
    pack.respectively_words = ("beziehungsweise", "bzw.")
    assert kinds(pack, TEXT.format(join=join)) == [("71", "percent"), ("57 Prozent", "percent")]


def test_another_long_word_between_is_no_join(german):
    # a noun between two figures says what the first counts: it stays a number
    pack = copy.copy(german)
    pack.respectively_words = ("beziehungsweise", "bzw.")
    assert kinds(pack, TEXT.format(join="Patientinnen")) == [
        ("71", "number"), ("57 Prozent", "percent")]
