"""The review page's checklist filter in a real browser (round 36): a draft holds dozens of
items, most with a TODO note; "show only the items with a TODO note" hides the others, and
a link to a hidden item (from its highlight in the release) shows it again.

Skipped, as tests/test_review_browser.py is, where headless Chromium is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import SEED
from .test_review_browser import _errors, _open, browser  # noqa: F401 - the fixture

pytest.importorskip("jinja2")


@pytest.fixture(scope="module")
def draft_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner
    from plainsum.cli import main

    folder = tmp_path_factory.mktemp("settle")
    draft, page = folder / "draft.yaml", folder / "review.html"
    runner = CliRunner()
    release = str(SEED / "release.txt")
    made = runner.invoke(main, ["extract", release, "-o", str(draft)])
    assert made.exit_code == 0, made.output
    done = runner.invoke(main, ["review", str(draft), "--release", release, "-o", str(page)])
    assert done.exit_code == 0, done.output
    return page


def test_only_the_items_to_settle_are_shown_and_a_link_shows_a_hidden_one(
        browser: Any, draft_page: Path) -> None:  # noqa: F811 - the imported fixture
    _open(browser, draft_page)
    entries = browser.find_elements("css selector", "#checklist li.entry")
    todo = [e for e in entries if "is-todo" in e.get_attribute("class").split()]
    settled = [e for e in entries if e not in todo]
    assert todo and settled and all(e.is_displayed() for e in entries)
    box = browser.find_element("id", "only-todo")
    assert f"Show only the {len(todo)} items with a TODO note" in \
        box.find_element("xpath", "..").text
    box.click()
    assert all(e.is_displayed() for e in todo)
    assert not any(e.is_displayed() for e in settled)
    # a highlight in the release links to a settled item: following it shows the item
    key = settled[0].get_attribute("id")
    browser.execute_script("location.hash = arguments[0]", key)
    assert browser.find_element("id", key).is_displayed()
    assert not box.is_selected()
    assert _errors(browser) == []
