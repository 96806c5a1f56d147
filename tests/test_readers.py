"""The built-in readers: text, Markdown, HTML and scraped JSON to text, never a crash."""

from __future__ import annotations

import importlib
import json

import pytest


@pytest.fixture
def readers(pm, register_plugin):
    from plainsum.plugins import collect

    if not pm.has_plugin("readers"):
        register_plugin(importlib.import_module("plainsum_readers"), "readers")
    return collect(pm).readers


def test_every_builtin_reader_is_registered_with_suffixes(readers):
    assert {"text", "markdown", "html", "scraped-json"} <= set(readers)
    assert ".html" in readers["html"].suffixes
    assert ".md" in readers["markdown"].suffixes


def test_text_reader_decodes_utf8_boms_and_windows_1252(readers):
    read = readers["text"].read
    assert read("café’s".encode()) == "café’s"
    assert read(b"\xef\xbb\xbfhello") == "hello"
    assert read("hello".encode("utf-16")) == "hello"
    assert read("naïve “quote”".encode("cp1252")) == "naïve “quote”"


def test_html_reader_keeps_text_and_drops_script_style_nav(readers):
    page = b"""<html><head><title>Study news</title><style>p{}</style></head><body>
    <nav><a href="/">Home</a> <a href="/login">Log in</a></nav>
    <script>var x = "<p>not text</p>";</script>
    <h1>Drug helps</h1><p>In the trial, 71% of people&nbsp;improved.</p><p>Second &amp; last.</p>
    </body></html>"""
    text = readers["html"].read(page)
    assert "Drug helps" in text and "71% of people improved." in text.replace("\xa0", " ")
    assert "Second & last." in text
    assert "Home" not in text and "not text" not in text and "p{}" not in text
    assert text.index("Drug helps") < text.index("Second")


@pytest.mark.parametrize("hide", ['hidden', 'hidden=""', 'style="display:none"',
                                  'style="color: red; DISPLAY: none !important"',
                                  'style="visibility: hidden"', 'aria-hidden="true"'])
def test_html_reader_drops_what_a_browser_never_shows(readers, hide):
    """A page can plant figures nobody sees: a draft must not read them as the release's."""
    page = (f"<html><body><p>In the trial, 12% improved.</p><div {hide}><p>77% of patients"
            "<div>had</div> bleeding<p>66 deaths</div><p>Follow-up was 3 years.</p>"
            "</body></html>").encode()
    text = readers["html"].read(page)
    assert "12% improved" in text and "Follow-up was 3 years." in text
    assert "77" not in text and "66" not in text and "bleeding" not in text
    shown = readers["html"].read(b'<p style="display: block">Shown 5%.</p><p>Also.</p>')
    assert "Shown 5%." in shown and "Also." in shown


def test_html_reader_survives_broken_markup(readers):
    for page in (b"", b"<html>", b"<p>unclosed <b>bold", b"<script>only", b"\x00\xff<div>"):
        assert isinstance(readers["html"].read(page), str)


def test_markdown_reader_drops_markup_and_joins_paragraphs(readers):
    md = b"# Title\n\nA **bold** claim with a [link text](https://x.org)\nwrapped here.\n\n- item\n"
    text = readers["markdown"].read(md)
    assert text.splitlines()[0] == "Title"
    assert "A bold claim with a link text wrapped here." in text
    assert "https" not in text


def test_scraped_json_reader_puts_the_title_first(readers):
    from plainsum.errors import PlainsumError

    page = json.dumps({"title": "Headline", "text": "Body text.", "url": "u"}).encode()
    assert readers["scraped-json"].read(page) == "Headline\n\nBody text."
    with pytest.raises(PlainsumError, match="holds a list, not a scraped page"):
        readers["scraped-json"].read(b"[1, 2]")  # drafted as text, its syntax became facts


def test_a_json_page_cut_short_is_an_error_that_says_where(readers):
    from plainsum.errors import PlainsumError

    page = json.dumps({"title": "Headline", "text": "Body text " * 20}, indent=1).encode()
    with pytest.raises(PlainsumError, match=r"not valid JSON \(line 3, column \d+: .*cut short"):
        readers["scraped-json"].read(page[:60])
    assert readers["scraped-json"].read(b"Just text, named .json") == "Just text, named .json"
