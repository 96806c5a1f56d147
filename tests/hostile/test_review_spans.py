"""The review page highlights each item where its span says it came from; when the
release does not write the value there (a value edited by hand, another study's release)
the page says so at the item, as ``lint --release`` does, instead of showing a highlight
on words that do not say it as the item's source."""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..conftest import SEED

RELEASE = SEED / "release.txt"


def _draft(cli, tmp_path: Path) -> Path:
    draft = tmp_path / "draft.yaml"
    result = cli("extract", str(RELEASE), "-o", str(draft))
    assert result.exit_code == 0, result.stderr
    return draft


def _review(cli, sheet: Path, tmp_path: Path):
    page = tmp_path / "page.html"
    result = cli("review", str(sheet), "--release", str(RELEASE), "-o", str(page), "--force")
    assert result.exit_code == 0, result.stderr
    marks = [html.unescape(m) for m in
             re.findall(r'class="bad mismatch">([^<]*)<', page.read_text(encoding="utf-8"))]
    return result, marks


def test_a_value_not_at_its_span_is_marked_on_the_page(cli, tmp_path: Path) -> None:
    draft = _draft(cli, tmp_path)
    result, marks = _review(cli, draft, tmp_path)
    assert marks == [] and "not written" not in result.stderr  # the draft as extract made it

    text = draft.read_text(encoding="utf-8")
    cohort = re.search(r"- id: cohort\n(?:  .*\n)*?  value: (\d+)\n", text)
    assert cohort is not None, text
    value = int(cohort[1])
    start, end = cohort.span(1)
    draft.write_text(f"{text[:start]}{value + 1}{text[end:]}", encoding="utf-8")
    result, marks = _review(cli, draft, tmp_path)
    assert marks == [f"value {value + 1} is not written there"], marks
    assert "(1 not written at its span: plainsum lint --release lists them)" in result.stderr
