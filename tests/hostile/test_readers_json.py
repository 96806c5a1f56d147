"""A scraped page saved by another scraper than newspaper3k keeps its text under another
key; read as the title alone, the release had 'no facts found'."""

from __future__ import annotations

import json

import pytest
from plainsum_readers.readers import JsonReader


@pytest.mark.parametrize("key", ["maintext", "content", "body"])
def test_a_scraped_page_keeps_its_text_under_another_scrapers_key(key: str) -> None:
    """news-please saves the text as 'maintext': read as the title alone, the release had
    'no facts found'."""
    page = {"title": "Drug cuts heart attacks", key: "A trial of 2,000 adults.", "url": "x"}
    assert JsonReader().read(json.dumps(page).encode()) == \
        "Drug cuts heart attacks\n\nA trial of 2,000 adults."
