"""A roman footnote mark glued to the word for per cent once a page's superscript markup is
gone ("one percentv.") is removed in repair, with a note, so the share is read; words
that merely start like it ("percentile") are left whole. Made-up texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402


@pytest.mark.parametrize("text, want", [
    ("Mortality was less than one percentv.", "Mortality was less than one percent."),
    ("About 20 per centiii, a third more.", "About 20 per cent, a third more."),
    ("It fell to 12 percentiv)", "It fell to 12 percent)"),
])
def test_a_glued_mark_is_removed_with_a_note(text: str, want: str) -> None:
    r = repair(text)
    assert r.text == want
    assert any("footnote" in n.message for n in r.repairs)


@pytest.mark.parametrize("text", [
    "The 90th percentile and the percentage rose.",
    "12 percent of patients, item iv.",
    "The percentv2 code",  # no mark: a mark ends the word
])
def test_words_that_only_look_like_it_are_left_whole(text: str) -> None:
    assert repair(text).text == text


def test_the_share_after_the_mark_is_drafted() -> None:
    found = find(repair("Blood thinner trial\n\nThe trial enrolled 1,000 adults with a clot. "
                        "Bleeding occurred in 12 percentv of patients given the drug."), {})
    assert any(f.get("kind") == "proportion" and f.get("value") == 12 for f in found.facts)
