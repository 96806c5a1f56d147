"""A no-difference fact's source span covers whole words (a review page highlights
"resulted in similar", not "resulted in similar f|unctional"), and no space after them;
what it is about is still read from the words after it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = "Modified cast instead of surgery results in similar outcomes for ankle fracture\n\n"
SIMILAR = ("Among older adults with an unstable ankle fracture, the use of a modified casting "
           "technique known as close contact casting resulted in similar functional outcomes "
           "at 6 months compared with surgery, according to a study in JAMA. The randomised "
           "trial enrolled 620 adults aged 60 or older.")
NO_SIGNIFICANT = ("A randomised trial of 620 adults aged 60 or older found no significant "
                  "difference in pain between close contact casting and surgery at 6 months.")


def no_differences(text: str) -> tuple[str, list[dict]]:
    data = extract_draft(text, source="r.txt", lang="en").data
    return repair(text).text, [f for f in data["facts"] if f["kind"] == "no-difference"]


@pytest.mark.parametrize("body,said,outcome", [
    (SIMILAR, "resulted in similar", "functional outcomes"),
    (NO_SIGNIFICANT, "no significant difference in", "pain")])
def test_the_span_ends_on_a_word_boundary(body: str, said: str, outcome: str) -> None:
    text, found = no_differences(HEAD + body)
    assert found, "no no-difference drafted"
    for fact in found:
        a, b = fact["source_span"]
        assert text[a:b] == said
        assert re.match(r"\w", text[a]) and re.match(r"\w", text[b - 1])
        assert b == len(text) or not re.match(r"\w", text[b])  # not inside a word
    data = extract_draft(HEAD + body, source="r.txt", lang="en").data
    labels = {o["id"]: o["label"]["en"]["plain"] for o in data["outcomes"]}
    assert labels[found[0]["outcome"]] == outcome


def test_similar_to_is_no_no_difference() -> None:
    """The paired case: "similar to" compares with something else, no result of the arms."""
    _, found = no_differences(HEAD + SIMILAR.replace("resulted in similar functional "
                                                     "outcomes", "resulted in outcomes "
                                                     "similar to"))
    assert not any(f["source_span"] for f in found if f.get("outcome") == "functional-outcomes")
