"""``plainsum review``: one self-contained HTML page to review a study.

The page holds the release (as ``plainsum extract`` repairs it) with each item of the sheet
highlighted where it came from and what the repair changed or flagged; the sheet as a
checklist, each fact in words; and every output with its findings marked in place.

:func:`build` gathers it all into plain values (:mod:`.model`), :func:`render` puts them
into the Jinja2 template, escaping everything: no text from the sheet, the release or an
output ever becomes markup (the text is cut into runs, never pasted into HTML), and the
page's Content-Security-Policy lets only its own script run and load nothing.
"""

from __future__ import annotations

from .model import Page, Release, build

__all__ = ["Page", "Release", "build", "render"]


def render(page: Page) -> str:
    """The page as one HTML document (Jinja2 is imported here, not at start-up)."""
    from .html import render as to_html

    return to_html(page)
