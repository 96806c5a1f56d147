"""Markdown as press offices' static sites write it: front matter, HTML comments and tags,
tables and underlined headings are read as a browser shows the page, not as one run-on
paragraph holding the page's settings, hidden notes and every cell of a table."""

from __future__ import annotations

import time

import pytest
from plainsum_readers.readers import MarkdownReader


def read(markdown: str) -> str:
    return MarkdownReader().read(markdown.encode())


def test_front_matter_gives_the_title_and_nothing_else() -> None:
    text = read('---\ntitle: "Walking cuts falls"\ndate: 2024-01-02\ntags: [health]\n---\n\n'
                "A trial of 300 adults.\n")
    assert text == "Walking cuts falls\n\nA trial of 300 adults."


def test_front_matter_without_a_title_is_dropped() -> None:
    assert read("---\nlayout: post\nweight: 40\n---\nBody.\n") == "Body."


def test_a_rule_at_the_top_without_a_closing_one_is_kept_as_it_was() -> None:
    assert read("---\nA release that opens with a rule.\n") == "A release that opens with a rule."


def test_an_html_comment_is_never_text() -> None:
    text = read("# Walking\n\n<!-- embargo note: 99% confidential\nuntil Monday -->\n\n"
                "A trial of 300 adults found 25% fewer falls.<!-- ref 4 -->\n")
    assert "99" not in text and "embargo" not in text and "ref 4" not in text
    assert text == "Walking\n\nA trial of 300 adults found 25% fewer falls."


def test_html_in_markdown_is_read_as_html() -> None:
    text = read("A trial of 2,000<sup>3</sup> adults found <b>25%</b> fewer falls.\n\n"
                "<script>var share = 75;</script>\n")
    assert text == "A trial of 2,000 adults found 25% fewer falls."


def test_a_table_row_is_a_line_of_its_own() -> None:
    text = read("Results:\n\n| Group | Falls |\n|---|:---:|\n| Walking | 45 |\n| Control | 60 |\n\n"
                "End.\n")
    assert text == "Results:\n\nGroup | Falls\n\nWalking | 45\n\nControl | 60\n\nEnd."


def test_an_underlined_heading_is_a_heading() -> None:
    assert read("Walking cuts falls\n==================\n\nBody.\n") == \
        "Walking cuts falls\n\nBody."


@pytest.mark.parametrize("hostile", ["<!--" * 20_000, "<!-- a " * 20_000 + "-->",
                                     "---\n" + "a: b\n" * 50_000])
def test_hostile_markup_is_read_in_linear_time(hostile: str) -> None:
    start = time.perf_counter()
    read(hostile)
    assert time.perf_counter() - start < 3



@pytest.mark.parametrize("data, reader", [
    (b"# Walking cuts falls\n\nA trial of 300 adults.\n", "markdown"),
    (b"---\ntitle: Walking cuts falls\n---\n\nA trial.\n", "markdown"),
    (b"\xef\xbb\xbf## Walking\n\nA trial.\n", "markdown"),
    (b"#1 cause of death: heart disease.\n", "text"),
    (b"---\nA release after a rule.\n", "text"),
    (b"A trial of 300 adults.\n# not a heading first\n", "text"),
])
def test_markdown_on_standard_input_is_told_by_its_first_line(data: bytes, reader: str) -> None:
    from plainsum_readers.readers import sniff

    assert sniff(data) == reader


def test_extract_reads_markdown_from_standard_input(pm) -> None:
    """'cat release.md | plainsum extract -' drafted the title '# Walking cuts falls'."""
    from .helpers import run

    release = (b"# Walking cuts falls in older adults\n\nA randomised trial of 300 adults found "
               b"**25%** fewer falls after 12 months than the control group.\n")
    result = run(pm, "extract", "-", "-o", "-", input=release)
    assert result.exit_code == 0, result.stderr
    assert "en: Walking cuts falls in older adults\n" in result.stdout
