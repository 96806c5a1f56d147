"""A draft's YAML stays valid while a reviewer settles it: deleting the "TODO " of a
one-line note never leaves a plain value that opens with a quote or another YAML
indicator."""

from __future__ import annotations

import pytest
import yaml
from plainsum_extract.draft import dump_yaml


@pytest.mark.parametrize("rest", ["'most common form' is read as this group",
                                  '"N" is read as the cohort', "[1, 2] are spans",
                                  "& more", "plain words, nothing special"])
def test_deleting_the_todo_of_a_note_leaves_valid_yaml(rest):
    text = dump_yaml({"id": "x", "review": f"TODO {rest}"})
    settled = text.replace("TODO ", "", 1)
    assert yaml.safe_load(settled)["review"] == rest
