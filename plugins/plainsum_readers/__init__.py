"""Built-in readers of press releases (plugin ``readers``): plain text, Markdown, HTML,
scraped-page JSON and e-mail (.eml). Each turns a file's bytes into text; repairing that text is the
extractor's job, so a third-party reader (PDF, DOCX) only has to get the words out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


@hookimpl
def register_readers(register: Callable[[Any], None]) -> None:
    from .readers import EmailReader, HtmlReader, JsonReader, MarkdownReader, TextReader

    for reader in (TextReader(), MarkdownReader(), HtmlReader(), JsonReader(), EmailReader()):
        register(reader)
