"""A scraped page whose 'title' and 'text' are there but hold no text (NaN, Infinity, a
number, null) is refused as such: the message said the object had no 'title' or 'text' and
then listed those very keys."""

from __future__ import annotations

import json

import pytest
from plainsum.errors import PlainsumError
from plainsum_readers.readers import JsonReader


def test_an_extract_of_nan_title_and_infinity_text_says_they_are_not_strings(cli, tmp_path):
    page = tmp_path / "nan.json"
    page.write_text('{"title": NaN, "text": Infinity}', encoding="utf-8")
    result = cli("extract", str(page), "-o", str(tmp_path / "draft.yaml"))
    assert result.exit_code == 2
    said = [line for line in result.output.splitlines() if "are not strings" in line]
    assert len(said) == 1 and "NaN" in said[0] and "Infinity" in said[0]


@pytest.mark.parametrize("page", [{"title": None, "body": 12}, {"content": 3.5}])
def test_a_key_that_holds_no_text_is_named_with_its_value(page):
    with pytest.raises(PlainsumError) as caught:
        JsonReader().read(json.dumps(page).encode())
    message = str(caught.value)
    assert "not a string" in message or "not strings" in message
    assert "its keys" not in message


def test_an_object_without_the_keys_still_lists_the_keys_it_has():
    with pytest.raises(PlainsumError) as caught:
        JsonReader().read(json.dumps({"headline": "x", "url": "y"}).encode())
    assert "its keys: headline, url" in str(caught.value)
