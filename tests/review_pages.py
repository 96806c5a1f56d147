"""Pages for the review tests: a small sheet whose labels, names, quote, notes and release
are hostile (markup and script where text belongs), with each fact's span in the release,
and a page with outputs whose findings are known."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import yaml
from plainsum.testing import EXAMPLE

SCRIPT = "<script>window.pwned = 'script'; alert(1)</script>"
IMG = "\"><img src=x onerror=\"window.pwned = 'img'; alert(2)\">"
QUOTE = "'\"></q><svg onload=alert(3)>"
HOSTILE = (SCRIPT, IMG, QUOTE)

RELEASE = (f"Example trial news {SCRIPT}\n\n"
           "The trial enrolled 400 people. Within 30 days, 5% of those who got the new cleanser "
           f"had an infection {IMG}, against 10% of those who got the usual one.\n\n"
           f"\u201cWe were surprised {QUOTE},\u201d said Ann Author.\n")

# fact id -> the words its span must cover in the (repaired) release
SPANS = {"cohort": "400 people", "treated-rate": "5%", "control-rate": "10%"}


def hostile_sheet(folder: Path) -> tuple[Path, Path]:
    """A valid sheet with hostile text in every free-text place, and its release."""
    data: dict[str, Any] = yaml.safe_load(EXAMPLE)
    data["title"] = {"en": f"A trial {IMG}"}
    data["groups"][1]["label"]["en"]["plain"] = f"people who got {SCRIPT}"
    data["groups"][1]["review"] = f"TODO check this label {IMG}"
    data["facts"][0]["review"] = f"checked against the release {SCRIPT}"
    data["review"] = f"Sheet note {SCRIPT}\nTODO second note {IMG}"
    data["people"] = [{"id": "ann", "name": "Ann Author", "role": "study-author"}]
    data["quotes"] = [{"id": "surprised", "speaker": "ann",
                       "text": {"en": f"We were surprised {QUOTE}"}}]
    for fact in data["facts"]:
        if fact["id"] in SPANS:
            start = RELEASE.index(SPANS[fact["id"]])
            fact["source_span"] = [start, start + len(SPANS[fact["id"]])]
    start = RELEASE.index("We were surprised")
    data["quotes"][0]["source_span"] = [start, start + len(f"We were surprised {QUOTE}")]
    sheet, release = folder / "facts.yaml", folder / "release.txt"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    release.write_text(RELEASE, "utf-8")
    return sheet, release


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text inside each element
    that has an id or data-items (for checking what a highlight covers)."""

    VOID: ClassVar[set[str]] = {"meta", "input", "br", "img", "hr", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.open: list[tuple[str, dict[str, str], list[str]]] = []
        self.texts: list[tuple[dict[str, str], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.tags.append((tag, found))
        if tag not in self.VOID:
            self.open.append((tag, found, []))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, found, parts = self.open.pop()
            text = "".join(parts)
            self.texts.append((found, text))
            if self.open:
                self.open[-1][2].append(text)
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][2].append(data)

    def covered(self, key: str) -> str:
        """The release's text highlighted as the item ``key`` (its runs, joined)."""
        return "".join(text for found, text in self.texts
                       if key in found.get("data-items", "").split())

    def with_id(self, ident: str) -> tuple[dict[str, str], str]:
        return next((found, text) for found, text in self.texts if found.get("id") == ident)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    tags.close()
    return tags


def inline_script(html: str) -> str:
    found = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(found) == 1, "the page has exactly one script, its own"
    return found[0]
