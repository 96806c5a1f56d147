"""Tables pasted into a release in the forms a web page or an editor leaves them: Markdown
pipes, HTML cells, tab-separated and space-aligned text, each with arm names of several
words and sizes in the header ("Usual care (n=300)"). Each figure of a row gets the
column's group and the row's outcome. Made-up texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

LEAD = """Exercise programme cuts falls in older adults, trial finds

Researchers at the University of Leeds ran a randomised controlled trial in 600 adults aged
70 or over, who were assigned to a home exercise programme or usual care and followed for
12 months. The results were published in the BMJ.

"""
TAIL = "\n\nContact: press office.\n"

TABLES = {
    "markdown": ("| Outcome | Exercise (n=300) | Usual care (n=300) |\n|---|---|---|\n"
                 "| Fell at least once | 31% | 45% |\n| Hip fracture | 2.0% | 3.7% |"),
    "html": ("<table><tr><th>Outcome</th><th>Exercise</th><th>Usual care</th></tr>"
             "<tr><td>Fell at least once</td><td>31%</td><td>45%</td></tr>"
             "<tr><td>Hip fracture</td><td>2.0%</td><td>3.7%</td></tr></table>\n<p>Ends.</p>"),
    "tabs": ("Outcome\tExercise (n=300)\tUsual care (n=300)\n"
             "Fell at least once\t31%\t45%\nHip fracture\t2.0%\t3.7%"),
    "spaces": ("Outcome              Exercise     Usual care\n"
               "Fell at least once   31%          45%\n"
               "Hip fracture         2.0%         3.7%"),
}


def facts(table: str) -> list[dict]:
    draft = extract_draft(LEAD + table + TAIL, source="t", lang="en", bank={})
    return [f for f in draft.data["facts"] if f["kind"] == "proportion"]


@pytest.mark.parametrize("form", sorted(TABLES))
def test_each_cell_takes_its_columns_group_and_its_rows_outcome(form: str) -> None:
    got = {(f["value"], f["outcome"], f["group"]) for f in facts(TABLES[form])}
    values = {(v, o) for v, o, _ in got}
    assert values == {(31, "fell-at-least-once"), (45, "fell-at-least-once"),
                      (2.0, "hip-fracture"), (3.7, "hip-fracture")}, got
    by_value = {v: g for v, _, g in got}
    assert by_value[31] == by_value[2.0] and by_value[45] == by_value[3.7]
    assert "usual-care" in by_value[45] and "exercise" in by_value[31], by_value


def test_swapped_columns_swap_the_groups() -> None:
    """The paired error: the same rows under a header that names the arms the other way
    round give the figures the other arms, so a sheet with them swapped is caught."""
    table = TABLES["markdown"].replace("Exercise (n=300) | Usual care (n=300)",
                                       "Usual care (n=300) | Exercise (n=300)")
    by_value = {f["value"]: f["group"] for f in facts(table)}
    assert "usual-care" in by_value[31] and "exercise" in by_value[45], by_value


def test_a_line_of_prose_with_two_spaces_is_no_header() -> None:
    """A sentence with a double space is not a table's header: its figures stay the
    sentence readers' (one group named in words, none from a column)."""
    text = (LEAD + "In the exercise group  31% fell at least once, compared with 45% in the "
            "usual care group." + TAIL)
    got = facts_of(text)
    assert all("read from a table row" not in (f.get("review") or "") for f in got)


def facts_of(text: str) -> list[dict]:
    return extract_draft(text, source="t", lang="en", bank={}).data["facts"]
