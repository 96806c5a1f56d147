"""The built-in readers. HTML goes through the standard library's ``html.parser`` so no
heavy dependency is needed; blocks become lines, so paragraphs survive, and a table's row
is one line of its cells ("Falls | 31 (7.4%) | 52 (12.4%)"), as the Markdown reader
writes one: read cell by cell, a figure lost the row that says what it counts."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from plainsum.errors import PlainsumError

from .decode import decode, html_charset


@dataclass(frozen=True)
class TextReader:
    """Plain text, as most scraped releases arrive; a PDF's text dump (pages parted by
    form feeds) without its running heads and line-end hyphens."""

    name: str = "text"
    suffixes: tuple[str, ...] = (".txt", ".text", "")

    def read(self, data: bytes) -> str:
        text = decode(data)
        # a release is a few pages; thousands of form feeds are no PDF's (and no time)
        return pdf_pages(text) if 0 < text.count("\f") < 2000 else text


# a page's number alone, or said: "Page 2 of 5", "- 2 -", "2/5", "Seite 2", "página 2"
_FOLIO = re.compile(r"(?i)[\s\-–—]*(?:(?:page|p\.|seite|página|pagina|pág\.)\s*)?\d{1,4}"
                    r"(?:\s*(?:of|/|von|de|di|sur)\s*\d{1,4})?[\s\-–—]*")
_RUN_DIGITS = re.compile(r"\d+")
# a word broken at a line's end by a hyphen: "pro-\ngramme", "ac-\ncording"
_BROKEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,40}-[^\W\d_]{1,40}")  # linear: word starts
_WORD_END = re.compile(r"[^\W\d_]{1,40}$")
_WORD_START = re.compile(r"[^\W\d_]{1,40}")


def pdf_pages(text: str) -> str:
    """A PDF's text dump as one text: each page's running head and foot (a line that
    repeats at the edge of the pages but for its figures, or the page's number alone) left
    out, a sentence that runs over a page break joined again, and a word a typesetter broke
    at a line's end by a hyphen joined ("pro-\ngramme" is "programme"; a compound the
    text writes with its hyphen elsewhere keeps it: "usual-\ncare"). A page head read as
    text became the draft's title, and a broken word or sentence lost its figures."""
    pages = [page.strip("\n").split("\n") for page in text.replace("\r\n", "\n").split("\f")]
    shapes = Counter(shape for page in pages for shape in {_shape(x) for x in _edges(page)})
    running = {shape for shape, count in shapes.items() if shape and count > 1}

    def edge(line: str) -> bool:
        return not line.strip() or _shape(line) in running or bool(_FOLIO.fullmatch(line))

    kept: list[str] = []
    for page in pages:
        first, last = 0, len(page)
        while first < last and edge(page[first]):
            first += 1
        while last > first and edge(page[last - 1]):
            last -= 1
        lines = page[first:last]
        if not lines:
            continue
        if kept and not re.search(r"[.!?:;\"”»)]\s*$", kept[-1]):
            kept.append("\n".join(lines))  # the sentence runs on over the break
        else:
            kept.append("\n\n" + "\n".join(lines) if kept else "\n".join(lines))
    joined = "\n".join(kept)
    hyphened = {m.group().casefold() for m in _COMPOUND.finditer(joined)}

    def mend(match: re.Match[str]) -> str:
        before = _WORD_END.search(joined, max(0, match.start() - 40), match.start())
        after = _WORD_START.match(joined, match.end())
        if before is None or after is None or not after.group()[0].islower():
            return match.group()  # "COVID-\n19", "Anglo-\nSaxon": as written
        keep = f"{before.group()}-{after.group()}".casefold() in hyphened
        return "-" if keep else ""

    return _BROKEN.sub(mend, joined)


def _edges(page: list[str]) -> list[str]:
    lines = [line for line in page if line.strip()]
    return lines[:1] + lines[-1:] if len(lines) > 1 else lines


def _shape(line: str) -> str:
    """A line as a running head repeats it: its figures (the page's number) as one mark,
    its spaces as one."""
    return " ".join(_RUN_DIGITS.sub("#", line).split()).casefold()


# Every pattern runs in time linear in the line (a release may be 10 MiB of one line): a
# link text stops at the next "[", a URL allows one level of parentheses, an emphasis
# stops at the next of its own marks, and a heading's closing "#"s are cut in Python.
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_MD_REF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$", re.MULTILINE)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_MD_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_MD_EMPHASES = tuple(re.compile(pattern) for pattern in (  # double marks first: **a *b* c**
    r"\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*",
    r"(?<!\w)__(?=\S)((?:(?!__).)+?)(?<=\S)__(?!\w)",  # never inside a word: snake_case
    r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~",
    r"\*(?=\S)([^*\n]+?)(?<=\S)\*",
    r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)",
    r"`([^`\n]+)`",
))
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")


@dataclass(frozen=True)
class MarkdownReader:
    """Markdown: markup dropped, link texts kept, wrapped paragraphs joined into one line."""

    name: str = "markdown"
    suffixes: tuple[str, ...] = (".md", ".markdown", ".mdown")

    def read(self, data: bytes) -> str:
        text = _front_matter(_drop_comments(decode(data).replace("\r\n", "\n")))
        text = _MD_REF.sub("", text)
        blocks: list[str] = []
        para: list[str] = []

        def flush() -> None:
            if para:
                blocks.append(" ".join(para))
                para.clear()

        in_table = False
        for raw in text.split("\n"):
            line = raw.rstrip()
            heading = _MD_HEADING.match(line)
            if in_table and "|" in line:
                blocks.append(_row(line))  # a table row: a line of its own, cells apart
                continue
            in_table = False
            if "|" in line and _MD_TABLE_RULE.match(line):
                header = para.pop() if para else ""
                flush()
                if header:
                    blocks.append(_row(header))
                in_table = True
            elif para and _MD_SETEXT.match(line):
                heading_text = " ".join(para)  # "Title\n=====": the lines above, a heading
                para.clear()
                blocks.append(heading_text)
            elif not line.strip() or _MD_RULE.match(line) or _MD_FENCE.match(line):
                flush()
            elif _MD_ROW.match(line):
                flush()
                blocks.append(_row(line))
            elif heading:
                flush()
                blocks.append(_heading_text(heading.group(1)))
            elif _MD_BULLET.match(line):
                flush()
                para.append(_MD_BULLET.sub("", line).strip())
            else:
                para.append(line.strip().lstrip(">").strip())
        flush()
        out = "\n\n".join(blocks)
        if _HTML_TAG.search(out):  # HTML in Markdown shows as HTML does (<sup>, <script>)
            out = html_to_text(out)
        out = _MD_LINK.sub(lambda m: m.group(1), out)
        for emphasis in _MD_EMPHASES:
            out = emphasis.sub(r"\1", out)
        return out


_MD_SETEXT = re.compile(r"^\s{0,3}=+\s*$")
_MD_TABLE_RULE = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_MD_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
_HTML_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|/[A-Za-z])")
_FRONT_KEY = re.compile(r"[A-Za-z_][\w-]*:(?:\s|$)")
_FRONT_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)


def _row(line: str) -> str:
    """A table row's cells, apart: "| Walking | 45 |" is "Walking | 45"."""
    return " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))


def _drop_comments(text: str) -> str:
    """``text`` without its HTML comments (a static site's hidden notes): a browser never
    shows them. An unclosed one is left as it is. Linear in the text."""
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def _front_matter(text: str) -> str:
    """``text`` with its YAML front matter (a static site's settings between two "---"
    lines at the top) replaced by its title, as a heading: the page's headline."""
    if not text.startswith("---\n"):
        return text
    end = _FRONT_END.search(text, 4)
    first = text[4:end.start()].lstrip("\n") if end else ""
    if end is None or not _FRONT_KEY.match(first):
        return text  # a rule, then the release
    title = _FRONT_TITLE.search(text, 4, end.start())
    rest = text[end.end():]
    if title is None:
        return rest
    value = title.group(1)
    if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return f"# {value}\n\n{rest}"


def _heading_text(text: str) -> str:
    """A heading's text without its closing "#"s (those after a space: "C#" stays)."""
    text = text.strip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1].isspace()) else text


_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
))
_DROP = frozenset((
    "script", "style", "nav", "noscript", "template", "svg", "head", "iframe", "button",
    "select",
))
_VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
))


class _TextParser(HTMLParser):
    """Collects text outside dropped elements; block elements end a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping: list[str] = []
        self.title: list[str] = []
        self.in_title = False
        self.title_done = False
        self.sup = 0  # depth of <sup> elements open around the text
        self.h1: list[str] = []  # the first <h1>'s text, the page's own headline
        self.in_h1 = 0  # 1 inside the first <h1>, 2 after it
        self.rows: list[list[int]] = []  # per open table row: where each cell begins
        self.tables: list[int] = []  # per open table: the rows open outside it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            # the page's one title; an icon's <title> in an <svg> names the icon, and a
            # second title is shown nowhere: both dropped with their text
            if self.title_done or "svg" in self.dropping:
                self.dropping.append(tag)
                return
            self.in_title = True
        if tag == "sup":
            self.sup += 1
        if tag == "h1" and not self.in_h1 and not self.dropping:
            self.in_h1 = 1
        if tag in _VOID:
            if tag in _BLOCK and not self.dropping:
                self.parts.append("\n")
            return
        if self.dropping or tag in _DROP or _hidden(attrs):
            # inside a dropped element every element is counted, so that its end tag
            # closes it and not the dropped one around it
            self.dropping.append(tag)
        elif tag == "table":
            self.tables.append(len(self.rows))
            self.parts.append("\n\n")
        elif tag == "tr":
            self._end_rows(len(self.rows) - 1 if self.tables and len(self.rows) >
                           self.tables[-1] else len(self.rows))  # "<tr>" closes a row
            self.rows.append([])
            self.parts.append("\n\n")
        elif tag in ("td", "th") and self.rows:
            self.rows[-1].append(len(self.parts))
            self.parts.append("\n\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br/>" is one <br>, not a start and an end (which broke a block too and split
        # its sentence into two paragraphs); any other "<x/>" opens and closes x, as before
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return  # a void element has no end ("</br>" is no second break)
        if tag == "title" and self.in_title:
            self.in_title, self.title_done = False, True
        if tag == "sup" and self.sup:
            self.sup -= 1
        if tag == "h1" and self.in_h1 == 1:
            self.in_h1 = 2
        if self.dropping:
            if tag in self.dropping:  # close up to the matching element: tolerate
                while self.dropping:  # unclosed children
                    if self.dropping.pop() == tag:
                        break
        elif tag == "tr" and self.rows:
            self._end_rows(len(self.rows) - 1)
            self.parts.append("\n\n")
        elif tag == "table":
            self._end_rows(self.tables.pop() if self.tables else 0)  # its open rows end
            self.parts.append("\n\n")
        elif tag in ("td", "th") and self.rows:
            pass  # the next cell or the row's end parts it from what follows
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def _end_rows(self, keep: int) -> None:
        """End the open rows past the first ``keep``: a row whose cells each hold one line
        of text becomes one line, its cells apart ("Falls | 31 (7.4%) | 52 (12.4%)");
        a row with a paragraph or a table in a cell (a page laid out in a table) is left
        in its blocks."""
        while len(self.rows) > keep:
            starts = self.rows.pop()
            if len(starts) < 2:
                continue
            ends = [*starts[1:], len(self.parts)]
            cells = list(zip(starts, ends, strict=True))
            if any(b - a > 64 for a, b in cells):
                continue  # a cell of many parts is no figure's cell (and the page's
                # size, not the size times its tables' depth, bounds the time)
            texts = ["".join(self.parts[a + 1:b]).strip() for a, b in cells]
            if any("\n" in text or len(text) > 400 for text in texts):
                continue
            for start in starts[1:]:
                self.parts[start] = " | "

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.dropping:
            self.parts.append(_superscript(data, self.parts) if self.sup else data)
            if self.in_h1 == 1:
                self.h1.append(data)


# A browser sets <sup> apart; as text, "2,000<sup>3</sup>" would read as 2,0003, "40%<sup>1
# </sup> fewer" as 40%1 and "10<sup>9</sup>/L" as 109/L. A footnote's mark right after a
# figure or a word is dropped ("2,000 adults", "the study found"); a power (after 10 or a
# unit's few letters) is written in superscript digits, which no reader of figures takes
# for decimal ones ("10⁹/L", "kg/m²").
_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_SUPERSCRIPTABLE = re.compile(r"\s*[0-9+\-=()]+\s*")
_FOOTNOTE = re.compile(r"\s*(?:\d{1,3}(?:\s*[,\-–]\s*\d{1,3})*|[*†‡§¶]{1,3})\s*")
_MARKS = {"TM": "\u2122", "SM": "\u2120", "R": "\u00ae", "(R)": "\u00ae", "(TM)": "\u2122"}
_AFFILIATION = re.compile(r"\s*[a-z](?:\s*,\s*[a-z])*\s*")  # "Jane Doe<sup>a,b</sup>"
_LAST = re.compile(r"(\d(?:[\d.,]*\d)?|\w{4,})?([%.,;:)\]]?)$")


def _superscript(data: str, before: list[str]) -> str:
    """A <sup>'s text: dropped when it is a footnote's mark, in superscript characters when
    it has them all (a power), or as it is."""
    last = _LAST.search("".join(before[-3:])[-40:])
    if _FOOTNOTE.fullmatch(data) and last and (last[1] or last[2]) and last[1] != "10":
        return ""
    if _AFFILIATION.fullmatch(data) and last and last[1] and not last[1][0].isdigit():
        return ""
    mark = _MARKS.get(data.strip().upper())
    if mark is not None:
        return mark  # "XARELTO<sup>TM</sup>" is XARELTO™, not a drug called XARELTOTM
    return data.strip().translate(_SUPERSCRIPT) if _SUPERSCRIPTABLE.fullmatch(data) else data


# what a browser never shows: a page can hide text a reader never sees ("77% of patients
# bled" in a display:none paragraph) that a draft must not take for the release's figures
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b",
                           re.IGNORECASE)


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide it (``hidden``, ``aria-hidden="true"``,
    a style of ``display: none`` or ``visibility: hidden``)."""
    for name, value in attrs:
        if name == "hidden" or (name == "aria-hidden" and (value or "").strip() == "true"):
            return True
        if name == "style" and value and _HIDDEN_STYLE.search(value.replace("\n", " ")):
            return True
    return False


_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*(?:\n\s*)*")


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, one block per paragraph."""
    parser = _TextParser()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient, but never let a page stop a draft
        pass
    body = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in body.split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    title = _SPACES.sub(" ", "".join(parser.title)).strip()
    headline = " ".join("".join(parser.h1).split())
    if title and title not in text[:len(title) * 3 + 200] and not _site_title(title, headline):
        text = f"{title}\n\n{text}" if text else title
    return text


# what parts a page title into its headline and the site's names: "A | News | University"
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7•-]\s+|\s*::\s*")


def _site_title(title: str, headline: str) -> bool:
    """Whether a page's <title> only names the site around the page's own <h1> headline
    ("Walking cuts falls - News - University of X") or is the site's names alone ("News |
    University of X"): then the <h1> in the text is the headline, and the title no part of
    the release. A headline of three words or fewer is more likely a logo's."""
    if len(headline.split()) < 4:
        return False
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    folded = headline.casefold()
    if title.casefold().startswith(folded) or any(p.casefold() == folded for p in parts):
        return True
    return len(parts) > 1 and all(len(p.split()) <= 4 for p in parts)


@dataclass(frozen=True)
class HtmlReader:
    """HTML pages: visible text only (no script, style or navigation)."""

    name: str = "html"
    suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def read(self, data: bytes) -> str:
        return html_to_text(decode(data, html_charset(data)))


@dataclass(frozen=True)
class JsonReader:
    """A scraped page saved as JSON with ``title`` and ``text`` (newspaper3k, FakeHealth)."""

    name: str = "scraped-json"
    suffixes: tuple[str, ...] = (".json",)

    def read(self, data: bytes) -> str:
        text = decode(data)
        try:
            page = json.loads(text)
        except RecursionError:
            raise UnreadableRelease("JSON nested too deeply to be a scraped page") from None
        except ValueError as exc:
            if text.lstrip().startswith("{"):  # a page cut short, not a text named .json
                raise UnreadableRelease(_json_error(exc)) from None
            return text
        if isinstance(page, str):  # the page's text saved as one JSON string
            return page
        if not isinstance(page, dict):
            kind = ("a list" if isinstance(page, list) else "null" if page is None
                    else "true or false" if isinstance(page, bool) else "a number")
            raise UnreadableRelease(f"the JSON holds {kind}, not a scraped page (an object "
                                    "with 'title' and 'text'); save one page per file")
        title = page.get("title") if isinstance(page.get("title"), str) else ""
        body = next((page[key] for key in _BODY_KEYS if isinstance(page.get(key), str)), "")
        if not title and not body:
            present = [key for key in ("title", *_BODY_KEYS)
                       if key in page and not isinstance(page[key], (dict, list))]
            if present:  # the keys are there, their values are not text (NaN, a number, null)
                names = " and ".join(f"'{key}'" for key in present)
                values = ", ".join(_json_value(page[key]) for key in present)
                verb = "are not strings" if len(present) > 1 else "is not a string"
                raise UnreadableRelease(f"the JSON object's {names} {verb} ({values}); a "
                                        "scraped page holds its text in 'text' as a string")
            keys = ", ".join(sorted(map(str, page))[:8]) or "none"
            raise UnreadableRelease("the JSON object has no 'title' or 'text' string (its keys: "
                                    f"{keys}); a scraped page holds its text in 'text'")
        if title and body.lstrip().startswith(title.strip()):
            title = ""
        return "\n\n".join(part for part in (title.strip(), body.strip()) if part)


@dataclass(frozen=True)
class EmailReader:
    """A release as it arrives by e-mail (saved as .eml): the subject is its headline and
    the body its text, decoded (quoted-printable's "4=\\n0%" is 40%, not 0%), the plain part
    first, else the HTML one; headers and attachments are no part of it."""

    name: str = "email"
    suffixes: tuple[str, ...] = (".eml",)

    def read(self, data: bytes) -> str:
        from email import policy
        from email.parser import BytesParser

        try:
            message = BytesParser(policy=policy.default).parsebytes(data)
            subject = _FORWARD.sub("", " ".join(str(message.get("subject") or "").split()))
            part = message.get_body(preferencelist=("plain", "html"))
            body = _email_text(part) if part is not None else ""
        except RecursionError:
            raise UnreadableRelease("e-mail parts nested too deeply to be a release") from None
        if not subject and not body.strip():
            raise UnreadableRelease("the e-mail has no subject and no text part")
        if subject and body.lstrip().startswith(subject):
            subject = ""
        return "\n\n".join(part for part in (subject, body.strip()) if part)


# "Fwd: ", "RE: ", "TR: ", "WG: ", "RV: ", "Enc: ", "SV: ": a forward or reply's prefixes
_FORWARD = re.compile(r"^(?:\s*(?:re|fwd?|tr|wg|aw|rv|enc|sv|vs)\s*:\s*)+", re.IGNORECASE)


def _email_text(part: Any) -> str:
    """A text part's words: its declared charset, else the bytes as a release's are read."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError, ValueError):
        content = decode(part.get_payload(decode=True) or b"")
    if not isinstance(content, str):
        content = decode(content) if isinstance(content, bytes) else ""
    return html_to_text(content) if part.get_content_type() == "text/html" else content


# where scrapers keep a page's text: newspaper3k, trafilatura and FakeHealth "text",
# news-please "maintext", many exports "content" or "body"
_BODY_KEYS = ("text", "maintext", "content", "body")


def _json_value(value: Any) -> str:
    """A JSON value as the file spells it, short: NaN, Infinity, null, a list, an object."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value != value:
        return "NaN"
    if isinstance(value, (int, float)):
        return json.dumps(value) if abs(value) != float("inf") else (
            "Infinity" if value > 0 else "-Infinity")
    return type(value).__name__


class UnreadableRelease(PlainsumError):
    """A release whose format is broken: the message says where, and the command prefixes
    the file's name for its one-line error."""


def _json_error(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return (f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); is the "
                "file cut short?")
    return f"not valid JSON ({exc})"


# an e-mail as saved: header lines ("Name: value"), a From and a Subject among them
_EMAIL_HEAD = re.compile(rb"(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}")


def is_email(data: bytes) -> bool:
    """Whether ``data`` opens with an e-mail's headers, From and Subject among them."""
    head = _EMAIL_HEAD.match(data[:8192].replace(b"\r\n", b"\n"))
    lowered = head.group().lower() if head else b""
    return b"\nsubject:" in b"\n" + lowered and b"\nfrom:" in b"\n" + lowered


_MD_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:#{1,6}[ \t]+\S|---[ \t]*\r?\n[A-Za-z_][\w-]*:)")


def is_markdown(data: bytes) -> bool:
    """Whether ``data`` opens as Markdown does (a "# " heading or front matter): plain
    text read as such kept the "# " in the draft's title."""
    return _MD_START.match(data[:4096]) is not None


def sniff(data: bytes) -> str:
    """The reader name for data that came without a file name (standard input)."""
    if is_email(data):
        return "email"
    if is_markdown(data):
        return "markdown"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head \
            or b"<p>" in head or b"<div" in head:
        return "html"
    if head.startswith(b"{") and b'"text"' in data[:65536]:
        return "scraped-json"
    return "text"
