"""A page's title is its one <title>: an icon's <title> inside an <svg> (a menu button, a
share link, a chart's label) names the icon, and a browser never shows it as the page's
title; read as such it ran into the draft's title ("Drug cuts pain in trialMenu icon")."""

from __future__ import annotations

import pytest
from plainsum_readers.readers import html_to_text

PAGE = ("<html><head><title>Drug cuts pain in trial</title></head><body>"
        "<nav><svg><title>Menu icon</title><path d='M0'/></svg></nav>"
        "<h1>Drug cuts pain</h1><p>A trial of 200 people.</p>"
        "<button><svg><title>Share on X</title></svg></button>"
        "<svg role='img'><title>Chart: 45% fewer</title></svg><p>More text.</p>"
        "</body></html>")


def test_an_icons_title_is_not_the_pages_title() -> None:
    text = html_to_text(PAGE)
    assert text.splitlines()[0] == "Drug cuts pain in trial"
    for icon in ("Menu icon", "Share on X", "Chart: 45% fewer"):
        assert icon not in text


def test_a_page_whose_only_title_is_an_icons_has_none() -> None:
    text = html_to_text(PAGE.replace("<title>Drug cuts pain in trial</title>", ""))
    assert text.splitlines()[0] == "Drug cuts pain"
    assert "Menu icon" not in text


def test_a_second_title_element_does_not_run_into_the_first() -> None:
    text = html_to_text("<title>Real headline</title><body><p>Body.</p>"
                        "<title>Stray</title></body>")
    assert text.splitlines()[0] == "Real headline"


@pytest.mark.parametrize("markup, text", [
    # a footnote's mark after a figure ran into it: 2,0003 adults, 40%1 fewer
    ("a trial of 2,000<sup>3</sup> adults", "a trial of 2,000 adults"),
    ('had 40%<sup><a href="#fn1">1</a></sup> fewer', "had 40% fewer"),
    ("in 2019.<sup>4</sup> Next", "in 2019. Next"),
    ("the study<sup>1,2</sup> found", "the study found"),
    ("Jane Smith<sup>a,b</sup>, of", "Jane Smith, of"),
    # a power stays one, and is no decimal digit: 109/L was a hundred and nine
    ("above 150 x 10<sup>9</sup>/L", "above 150 x 10⁹/L"),
    ("30 kg/m<sup>2</sup> or more", "30 kg/m² or more"),
    ("the 2<sup>nd</sup> dose", "the 2nd dose"),
    # a trademark's sign is a sign, not letters of the name
    ("XARELTO<sup>TM</sup> (rivaroxaban)", "XARELTO\u2122 (rivaroxaban)"),
    ("HETLIOZ<sup>&reg;</sup>", "HETLIOZ\u00ae"),
    ("EVZIO<sup>R</sup> auto-injector", "EVZIO\u00ae auto-injector"),
])
def test_a_superscript_is_a_mark_or_a_power_never_more_digits(markup: str, text: str) -> None:
    assert html_to_text(f"<p>{markup}</p>") == text


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>"])
def test_a_line_break_is_one_line_break_however_it_is_written(br: str) -> None:
    """XHTML's <br/> (Word, most editors) split a sentence into two paragraphs, <br> did not."""
    assert html_to_text(f"<p>A trial of 2,000{br}adults found 40% fewer</p>") == \
        "A trial of 2,000\nadults found 40% fewer"


BODY = ("<body><nav>Home</nav><h1>Walking cuts falls in older adults</h1>"
        "<p>A trial of 300 adults.</p></body>")


@pytest.mark.parametrize("title", [
    "News | University of Somewhere",  # the site's names alone
    "Walking cuts falls in older adults - News - University of Somewhere",  # around the h1
    "Walking cuts falls in older adults",
])
def test_a_site_title_is_no_headline_where_the_page_has_its_own(title: str) -> None:
    """A release page's <title> carried the site's name: the draft's title was 'News |
    University of Somewhere', or the headline with ' - News - University ...' after it."""
    text = html_to_text(f"<html><head><title>{title}</title></head>{BODY}</html>")
    assert text == "Walking cuts falls in older adults\n\nA trial of 300 adults."


@pytest.mark.parametrize("title, h1", [
    # a title that is a headline of its own, over a section's heading: kept first
    ("Walking cuts falls in older adults | News | Uni", "Press releases and news items"),
    ("Walking cuts falls in older adults", "Uni News"),  # a logo's h1
])
def test_a_title_that_is_a_headline_is_kept(title: str, h1: str) -> None:
    text = html_to_text(f"<title>{title}</title><h1>{h1}</h1><p>A trial of 300 adults.</p>")
    assert text.splitlines()[0] == title


TABLE = ("<p>Results:</p><table><thead><tr><th>Outcome</th><th>Walking (n=421)</th>"
         "<th>Usual care (n=421)</th></tr></thead><tbody>"
         "<tr><td>Falls</td><td>31 (7.4%)</td><td>52 (12.4%)</td></tr>"
         "<tr><td>Hospital admissions<td>18<td>20</tr>"
         "</tbody></table><p>No difference in admissions.</p>")


def test_a_table_row_is_one_line_of_its_cells() -> None:
    # each cell was a paragraph of its own: "31 (7.4%)" stood apart from "Falls" and from
    # the arm it belongs to; the Markdown reader already wrote a row as one line
    assert html_to_text(TABLE).split("\n\n") == [
        "Results:", "Outcome | Walking (n=421) | Usual care (n=421)",
        "Falls | 31 (7.4%) | 52 (12.4%)", "Hospital admissions | 18 | 20",
        "No difference in admissions."]


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs() -> None:
    # a cell with paragraphs, line breaks or a table is layout, not a figure's cell
    text = html_to_text("<table><tr><td><h1>Head</h1><p>One.</p><p>Two.</p></td>"
                        "<td>Side<br>bar</td></tr><tr><td>A<table><tr><td>x</td><td>1</td>"
                        "</tr></table></td><td>B</td></tr></table><td>stray</td><p>end</p>")
    assert text.split("\n\n") == ["Head", "One.", "Two.", "Side\nbar", "A", "x | 1", "B",
                                    "stray", "end"]


def test_deeply_nested_tables_read_in_time() -> None:
    import time

    start = time.process_time()
    text = html_to_text("<table><tr><td>a</td><td>" * 3000 + "x" + "</td></tr></table>" * 3000)
    assert time.process_time() - start < 5 and "x" in text
