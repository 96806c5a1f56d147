"""A source span the schema refuses (a negative start, three numbers, text, a fraction)
is said once, at its field, by ``lint --release`` too: not a second time as "not inside
the release's text: was the sheet drafted from another release?", a question about the
wrong thing (and, for a span that is no pair, worded "the span its span")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ..conftest import SEED, SEED_FACTS

RELEASE = str(SEED / "release.txt")


def _sheet(tmp_path: Path, span: object) -> Path:
    data = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    data["facts"][0]["source_span"] = span
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                     encoding="utf-8")
    return sheet


@pytest.mark.parametrize("span, said", [
    ([-1, 5], "less than the minimum of 0"),
    ([1, 3, 5], "more than the 2"),
    ("1-3", "not of type 'array'"),
    ([1.5, 3], "not of type 'integer'"),
])
def test_a_malformed_span_is_said_once(cli, tmp_path: Path, span, said) -> None:
    result = cli("lint", str(_sheet(tmp_path, span)), "--release", RELEASE)
    assert result.exit_code == 2
    about = [line for line in result.output.splitlines() if "facts[0].source_span" in line]
    assert len(about) == 1, result.output
    assert said in about[0]
    assert "not inside" not in result.output and "its span" not in result.output


def test_a_span_past_the_release_is_still_said(cli, tmp_path: Path) -> None:
    result = cli("lint", str(_sheet(tmp_path, [999_999, 1_000_000])), "--release", RELEASE)
    assert result.exit_code == 1
    assert "the span [999999, 1000000] is not inside the release's text" in result.output
