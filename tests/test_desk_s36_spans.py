"""``plainsum lint --release`` after a reviewer corrected a name or a term (round 36): the
value is no longer at its old span, and a press officer cannot count characters to find
the new one. Lint says where the release does write it, when it does."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from plainsum.factsheet.spancheck import _written_at

from .conftest import ROOT, SEED
from .test_lint_release import dump, mismatches, settle

sys.path.insert(0, str(ROOT / "plugins"))
RELEASE = SEED / "release.txt"
HINT = re.compile(r"; it is written at \[(\d+), (\d+)\]: make that its span$")


@pytest.fixture
def drafted(cli, tmp_path) -> tuple[Path, str]:
    out, repaired = tmp_path / "draft.yaml", tmp_path / "repaired.txt"
    result = cli("extract", str(RELEASE), "-o", str(out), "--repaired-text", str(repaired))
    assert result.exit_code == 0, result.output
    return out, repaired.read_text(encoding="utf-8").removesuffix("\n")


def _short_term(data: dict, repaired: str) -> dict:
    """A term of the draft placed on a few words of the release."""
    return next(t for t in data["terms"] if t.get("source_span")
                and 3 <= t["source_span"][1] - t["source_span"][0] <= 40)


def test_a_term_moved_off_its_span_is_found_where_the_release_writes_it(cli, drafted):
    path, repaired = drafted
    data = settle(path.read_text(encoding="utf-8"))
    term = _short_term(data, repaired)
    was = repaired[term["source_span"][0]:term["source_span"][1]]
    term["source_span"] = [0, 2]  # not the term's words
    out = dump(data, path.with_name("moved.yaml"))
    result = cli("lint", str(out), "--release", str(RELEASE))
    assert result.exit_code == 1
    [m] = mismatches(result)
    found = HINT.search(m["msg"])
    assert found, m["msg"]
    start, end = int(found[1]), int(found[2])
    assert repaired[start:end].casefold() == was.casefold()
    term["source_span"] = [start, end]  # the span lint gave: now it passes
    again = cli("lint", str(dump(data, path.with_name("fixed.yaml"))), "--release",
                str(RELEASE))
    assert again.exit_code == 0, again.output


def test_a_quote_the_release_never_writes_gets_no_place(cli, drafted):
    path, _ = drafted
    data = settle(path.read_text(encoding="utf-8"))
    data["quotes"][0]["text"] = {"en": "Zebulon Quattrocchi liked it."}
    out = dump(data, path.with_name("renamed.yaml"))
    result = cli("lint", str(out), "--release", str(RELEASE))
    [m] = mismatches(result)
    assert "is not written" in m["msg"] and "it is written at" not in m["msg"]


def test_a_figure_gets_no_place(cli, drafted):
    """A number is written in many places: lint does not guess which one is meant."""
    path, _ = drafted
    data = settle(path.read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f.get("source_span") and "value" in f)
    fact["value"] = fact["value"] + 1
    result = cli("lint", str(dump(data, path.with_name("figure.yaml"))), "--release",
                 str(RELEASE))
    [m] = mismatches(result)
    assert "it is written at" not in m["msg"]


@pytest.mark.parametrize(("release", "forms", "near", "expected"), [
    # any case and spacing, the place nearest the old span
    ("La EM es rara. Esclerosis  múltiple: sí. Más esclerosis múltiple.",
     ["esclerosis múltiple"], 60, "esclerosis múltiple"),
    ("La EM es rara. Esclerosis  múltiple: sí. Más esclerosis múltiple.",
     ["esclerosis múltiple"], 0, "Esclerosis  múltiple"),
    # any quote marks; whole words only ("Dr. Müller" is not in "Dr. Müllerova")
    ("„Wir sind froh“, sagte Dr. Müllerova. Später sagte Dr. Müller ja.",
     ["Dr. Müller"], 0, "Dr. Müller"),
    ("Il dit « c’est fini ».", ["c'est fini"], 0, "c’est fini"),
    ("Nothing here.", ["stem cell transplant"], 0, None),
    ("A B C", ["B"], 0, None),  # too short to look for
])
def test_where_a_form_is_written(release, forms, near, expected):
    found = _written_at(release, forms, near)
    assert (release[found[0]:found[1]] if found else None) == expected


def test_the_seed_sheet_itself_is_unchanged() -> None:
    assert yaml.safe_load((SEED / "facts.yaml").read_text("utf-8"))["id"]


def test_a_draft_checked_against_its_release_says_what_was_compared(cli, drafted):
    """'a draft: 25 items to settle' alone did not say whether --release compared anything:
    a press officer could not tell 'all values at their spans' from 'nothing checked'."""
    path, _ = drafted
    result = cli("lint", str(path), "--release", str(RELEASE))
    assert result.exit_code == 1  # a draft
    [line] = [x for x in result.stderr.splitlines() if x.startswith(f"{path}: a draft: ")]
    assert re.search(r"; \d+ source spans checked against .*release\.txt, each value at its "
                     r"span$", line), line
    plain = cli("lint", str(path))
    assert "checked against" not in plain.stderr
