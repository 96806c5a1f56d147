"""A page's title is its one <title>: an icon's <title> inside an <svg> (a menu button, a
share link, a chart's label) names the icon, and a browser never shows it as the page's
title; read as such it ran into the draft's title ("Drug cuts pain in trialMenu icon")."""

from __future__ import annotations

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
