"""Repair a release's text before anything reads it, and say what was done.

Scraped releases arrive broken in known ways: UTF-8 decoded with the wrong codec (GB18030
turns ``’s`` into ``鈥檚``; Windows-1252 turns it into ``â€™s``), page chrome around the
story, link texts that went missing, a name swapped for text in another script. Every
change and every suspicion becomes a :class:`Note` with its span in the repaired text, so a
reviewer can see it. Nothing here guesses a missing name: such places are flagged only.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from plainsum.spans import Spans

MAX_NOTES_PER_KIND = 40


@dataclass
class Note:
    """One repair or suspicion. ``span`` is ``[start, end)`` in the repaired text."""

    kind: str
    message: str
    start: int
    end: int

    def line(self) -> str:
        return f"{self.kind} [{self.start}, {self.end}]: {self.message}"


@dataclass
class Repaired:
    """The repaired text, what was changed (``repairs``) and what needs a person
    (``flags``); ``boilerplate`` and ``quotes`` are spans the fact finder must not mine."""

    text: str
    repairs: list[Note] = field(default_factory=list)
    flags: list[Note] = field(default_factory=list)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)

    def notes(self) -> list[Note]:
        return sorted(self.repairs + self.flags, key=lambda n: (n.start, n.end))

    def in_boilerplate(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.boilerplate)


Edit = tuple[int, int, str]  # replace text[start:end] with the string


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[tuple[int, int]],
                                                   Callable[[int, bool], int]]:
    """Apply non-overlapping edits; return the new text, each edit's new span and a map
    from old offsets to new ones (``end=True`` maps a span's end)."""
    edits = sorted(edits, key=lambda e: (e[0], e[1]))
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    starts: list[int] = []
    ends: list[int] = []
    shifts: list[int] = []  # new - old at each edit's end
    prev = 0
    shift = 0
    for start, end, new in edits:
        if start < prev:  # overlapping: keep the first
            continue
        out.append(text[prev:start])
        new_start = start + shift
        out.append(new)
        spans.append((new_start, new_start + len(new)))
        shift += len(new) - (end - start)
        starts.append(start)
        ends.append(end)
        shifts.append(shift)
        prev = end
    out.append(text[prev:])

    def mapper(pos: int, end: bool = False) -> int:
        i = bisect.bisect_right(ends, pos) - 1  # last edit ending at or before pos
        base = shifts[i] if i >= 0 else 0
        j = i + 1
        if j < len(starts) and starts[j] < pos < ends[j]:  # inside an edit
            s, e = spans[j]
            return e if end else s
        return pos + base

    return "".join(out), spans, mapper


class _Pass:
    """Helper for one repair pass: collect edits and notes, then apply them."""

    def __init__(self, state: Repaired) -> None:
        self.state = state
        self.edits: list[Edit] = []
        self.messages: list[tuple[str, str]] = []  # kind, message (per edit)

    def replace(self, start: int, end: int, new: str, kind: str, message: str) -> None:
        self.edits.append((start, end, new))
        self.messages.append((kind, message))

    def commit(self) -> None:
        if not self.edits:
            return
        order = sorted(range(len(self.edits)), key=lambda i: (self.edits[i][0], self.edits[i][1]))
        edits = [self.edits[i] for i in order]
        messages = [self.messages[i] for i in order]
        text, spans, mapper = _apply(self.state.text, edits)
        for note in (*self.state.repairs, *self.state.flags):
            note.start, note.end = mapper(note.start), mapper(note.end, True)
        self.state.boilerplate = [(mapper(s), mapper(e, True)) for s, e in self.state.boilerplate]
        counts: dict[str, int] = {}
        kept = 0
        for (kind, message), (start, end) in zip(messages, spans, strict=False):
            counts[kind] = counts.get(kind, 0) + 1
            if counts[kind] <= MAX_NOTES_PER_KIND:
                self.state.repairs.append(Note(kind, message, start, end))
                kept += 1
        for kind, n in counts.items():
            if n > MAX_NOTES_PER_KIND:
                self.state.repairs.append(Note(kind, f"... and {n - MAX_NOTES_PER_KIND} more "
                                               "of the same kind", 0, 0))
        self.state.text = text


# --- invisible and control characters ---------------------------------------------------

_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_NBSP = re.compile("[\u00a0\u2007\u202f]")


def _clean_characters(state: Repaired) -> None:
    text = state.text.replace("\r\n", "\n").replace("\r", "\n")
    text = _NBSP.sub(" ", text)
    if not text.isascii():
        normal = unicodedata.normalize("NFC", text)
        if normal != text:
            text = normal
    state.text = text
    p = _Pass(state)
    for m in _INVISIBLE.finditer(text):
        p.replace(m.start(), m.end(), "", "invisible",
                  f"removed {len(m.group())} invisible character(s) (soft hyphen, zero width)")
    for m in _CONTROL.finditer(text):
        p.replace(m.start(), m.end(), " " if "\x00" not in m.group() else "", "control",
                  f"removed {len(m.group())} control character(s) "
                  f"({', '.join(f'U+{ord(c):04X}' for c in m.group()[:3])})")
    p.commit()


# --- mojibake -----------------------------------------------------------------------------

# Characters a wrongly decoded UTF-8 sequence may stand for: punctuation and Latin letters.
_PLAUSIBLE = re.compile("[\u00a0-\u024f\u2010-\u205e\u20a0-\u20cf\u2100-\u215f\u2190-\u21ff"
                        "\u2200-\u22ff\U0001f000-\U0001faff\u2600-\u27bf]")
_EAST_ASIAN = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                         "\uff00-\uffef]+")
_MULTIBYTE = ("gb18030", "big5", "shift_jis", "euc_kr")
_OPENING, _CLOSING, _APOSTROPHE = "\u201c", "\u201d", "\u2019"
_TRUNCATED = b"\xe2\x80"  # the first two bytes of every curly quote, dash and ellipsis


def _plausible(decoded: str) -> bool:
    """Accept a re-decoding only if it gives punctuation or Latin text, never more CJK."""
    if decoded.isascii():
        return False
    return all(c.isascii() or _PLAUSIBLE.match(c) for c in decoded)


def _redecode(chunk: str, codec: str) -> str | None:
    try:
        raw = chunk.encode(codec)
        decoded = raw.decode("utf-8")
    except (UnicodeError, LookupError):
        return None
    return decoded if _plausible(decoded) else None


def _truncated(chunk: str, codec: str) -> bool:
    try:
        return chunk.encode(codec) == _TRUNCATED
    except (UnicodeError, LookupError):
        return False


def _guess_quote(before: str, after: str, open_quotes: int) -> str:
    """The curly quote whose last byte was lost, from its neighbours (the text ``before``
    and ``after`` it, of which only the nearest characters count): after , . ! ? it
    closes a quotation; between a word and a space with no quotation open it is an
    apostrophe (participants’); before a word it opens one."""
    prev = before[-1:] if before else ""
    nxt = after[:1]
    if prev in {",", ".", "!", "?", ";", ":"}:
        return _CLOSING
    if prev.isalpha() and nxt.isalpha():
        return _APOSTROPHE
    if (not prev or prev.isspace()) and nxt.isalnum():
        return _OPENING
    if open_quotes > 0:
        return _CLOSING
    return _APOSTROPHE


def _fix_east_asian(state: Repaired) -> int:
    """UTF-8 read as GB18030 / Big5 / Shift-JIS / EUC-KR: runs that round-trip to Latin text."""
    text = state.text
    p = _Pass(state)
    open_quotes = 0
    last = 0
    for m in _EAST_ASIAN.finditer(text):
        run = m.group()
        between = text[last:m.start()]
        open_quotes += between.count(_OPENING) - between.count(_CLOSING)
        last = m.end()
        best: list[tuple[int, int, str, str]] = []
        for codec in _MULTIBYTE:
            pieces = _scan_run(run, codec)
            if sum(e - s for s, e, _, _ in pieces) > sum(e - s for s, e, _, _ in best):
                best = pieces
        for s, e, new, codec in best:
            start, end = m.start() + s, m.start() + e
            if new == "":  # a lone truncated quote
                after = text[end:end + 2]
                if after.startswith("?"):
                    end += 1
                    after = after[1:]
                new = _guess_quote(text[start - 1:start], after, open_quotes)
                p.replace(start, end, new, "mojibake",
                          f"{text[start:end]!r} -> {new!r}: UTF-8 read as {codec}, last byte "
                          "lost; the quote mark is a guess from its neighbours")
            else:
                p.replace(start, end, new, "mojibake",
                          f"{text[start:end]!r} -> {new!r}: UTF-8 text read as {codec}")
            open_quotes += new.count(_OPENING) - new.count(_CLOSING)
    p.commit()
    return len(p.edits)


def _scan_run(run: str, codec: str) -> list[tuple[int, int, str, str]]:
    """Greedy left to right: the shortest chunk of 1-3 characters that re-decodes."""
    out: list[tuple[int, int, str, str]] = []
    i = 0
    n = len(run)
    while i < n:
        found = False
        for k in (1, 2, 3):
            if i + k > n:
                break
            decoded = _redecode(run[i:i + k], codec)
            if decoded is not None:
                if out and out[-1][1] == i and out[-1][2]:
                    s, _, prev, _ = out[-1]
                    out[-1] = (s, i + k, prev + decoded, codec)
                else:
                    out.append((i, i + k, decoded, codec))
                i += k
                found = True
                break
        if not found:
            if i + 1 == n and _truncated(run[i], codec):
                out.append((i, i + 1, "", codec))
            i += 1
    return out


def _single_byte_table(codec: str) -> dict[str, int]:
    table = {}
    for b in range(0x80, 0x100):
        try:
            ch = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            ch = chr(b)
        table[ch] = b
    return table


_SINGLE = {codec: _single_byte_table(codec) for codec in ("cp1252", "latin-1", "cp1251")}


def _single_pattern(table: dict[str, int], cp1251: bool) -> re.Pattern[str]:
    def cls(lo: int, hi: int) -> str:
        return "".join(re.escape(c) for c, b in table.items() if lo <= b <= hi)

    cont = f"[{cls(0x80, 0xBF)}]"
    if cp1251:  # only the E2 8x xx punctuation: Cyrillic text itself must stay untouched
        return re.compile(f"[{cls(0xE2, 0xE2)}]{cont}{{1,2}}")
    return re.compile(f"[{cls(0xC2, 0xF4)}]{cont}{{1,3}}")


_SINGLE_PATTERNS = {codec: _single_pattern(t, codec == "cp1251") for codec, t in _SINGLE.items()}


def _fix_single_byte(state: Repaired) -> int:
    """UTF-8 read as Windows-1252, Latin-1 or (for punctuation) Windows-1251."""
    text = state.text
    p = _Pass(state)
    taken: list[tuple[int, int]] = []
    quotes = _QuoteCount(text)
    for codec, pattern in _SINGLE_PATTERNS.items():
        table = _SINGLE[codec]
        earlier = Spans(taken)  # a codec's own matches never overlap
        for m in pattern.finditer(text):
            if earlier.overlaps(m.start(), m.end()):
                continue
            raw = bytes(table[c] for c in m.group())
            need = 1 if raw[0] < 0xE0 else 2 if raw[0] < 0xF0 else 3
            raw = raw[:need + 1]
            end = m.start() + len(raw)
            try:
                new = raw.decode("utf-8")
            except UnicodeDecodeError:
                if raw[:2] == _TRUNCATED:
                    end = m.start() + 2
                    new = _guess_quote(text[m.start() - 1:m.start()], text[end:end + 1],
                                       quotes.open_at(m.start()))
                    p.replace(m.start(), end, new, "mojibake",
                              f"{text[m.start():end]!r} -> {new!r}: UTF-8 read as {codec}, "
                              "last byte lost; the quote mark is a guess")
                    taken.append((m.start(), end))
                continue
            if len(new) != 1 or unicodedata.category(new).startswith("C"):
                continue
            p.replace(m.start(), end, new, "mojibake",
                      f"{text[m.start():end]!r} -> {new!r}: UTF-8 text read as {codec}")
            taken.append((m.start(), end))
    p.commit()
    return len(p.edits)


class _QuoteCount:
    """How many quotations are open at a place: the curly quotes before it, counted by
    bisection into their places (found on first use)."""

    def __init__(self, text: str):
        self.text = text
        self.places: dict[str, list[int]] | None = None

    def open_at(self, pos: int) -> int:
        if self.places is None:
            self.places = {q: [m.start() for m in re.finditer(q, self.text)]
                           for q in (_OPENING, _CLOSING)}
        return (bisect.bisect_left(self.places[_OPENING], pos)
                - bisect.bisect_left(self.places[_CLOSING], pos))


# HTML tags pasted with a release's text ("<p>", "<li>", "<strong>"): known tag names only,
# so "p<0.001" or "<5 years" is never markup
_BLOCK_TAG = (r"p|div|li|ul|ol|br|hr|h[1-6]|tr|td|th|table|thead|tbody|section|article|"
              r"blockquote|dl|dt|dd")
_INLINE_TAG = r"strong|em|b|i|u|span|a|sup|sub|small|font|abbr|cite|mark|time|img"
_MARKUP = re.compile(
    rf"(?i)<(?P<close>/)?(?P<tag>{_BLOCK_TAG}|{_INLINE_TAG})\b(?:\s[^<>]{{0,400}})?\s*/?>")
_MARKUP_HINT = re.compile(rf"(?i)</?(?:{_BLOCK_TAG})\b[^<>]{{0,400}}>")


def _strip_markup(state: Repaired) -> None:
    """HTML tags left in a pasted release (at least three block tags: a page's source, not
    a stray "<b>"): a list item opens a bulleted line, a block ends a paragraph, inline tags
    go; the tags' text never reaches a sentence ("<li>The risk was ..." opens "The risk")."""
    if "<" not in state.text or len(_MARKUP_HINT.findall(state.text[:20_000], 0)) < 3:
        return
    p = _Pass(state)
    for m in _MARKUP.finditer(state.text):
        tag = m.group("tag").lower()
        if tag == "li" and not m.group("close"):
            new = "\n• "
        elif tag in ("br", "tr", "li", "dt", "dd"):
            new = "\n"
        elif tag in ("td", "th"):
            # a table's cells stay one row of a line, a tab apart: the table reader
            # reads them under their header's columns
            new = "\t" if m.group("close") else ""
        elif re.fullmatch(_BLOCK_TAG, tag):
            new = "\n\n" if m.group("close") or tag in ("hr", "table") else ""
        else:
            new = ""
        p.replace(m.start(), m.end(), new, "markup", f"removed HTML tag {m.group()[:40]!r}")
    p.commit()


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _fix_entities(state: Repaired) -> None:
    """HTML character references left in text (``&amp;``, ``&#8217;``)."""
    p = _Pass(state)
    for m in _ENTITY.finditer(state.text):
        new = html.unescape(m.group())
        if new != m.group() and not _CONTROL.match(new):
            p.replace(m.start(), m.end(), new, "entity", f"{m.group()!r} -> {new!r}")
    p.commit()


# A footnote mark a web page set as a superscript, glued to the word once the markup is
# gone: "less than one percentv.", "20 per centiii,". Only after the words for per cent,
# which never end in a roman numeral, so no word is cut.
_FOOTNOTE_MARK = re.compile(r"(?i)(?:(?<=percent)|(?<=per\scent))(?:i{1,3}|iv|vi{0,3}|ix|x)"
                            r"(?=[\s.,;:)]|$)")


def _drop_footnote_marks(state: Repaired) -> None:
    """Roman footnote marks glued to the word for per cent."""
    p = _Pass(state)
    for m in _FOOTNOTE_MARK.finditer(state.text):
        p.replace(m.start(), m.end(), "", "markup", f"removed a footnote mark {m.group()!r}")
    p.commit()


# --- page chrome --------------------------------------------------------------------------

_CHROME_LINE = re.compile(r"""^(?:
    (?:log\s?in|log\s?out|sign\s?in|sign\s?up|sign\s?out|register|subscribe|my\s+account
      |forgot\s+(?:your\s+)?password\??|create\s+(?:a\s+)?(?:new\s+)?account|reset\s+password)
  | loading\.*(?:\s*please\s+wait\.*)?
  | please\s+wait\.*
  | explore\s+the\s+latest\s+content\b.*
  | (?:skip\s+to\s+(?:main\s+)?content|toggle\s+navigation|main\s+(?:menu|navigation)|menu
      |search|home|back\s+to\s+top|close|advertisement|print(?:\s+this\s+page)?|breadcrumbs?
      |related\s+(?:articles|stories|content|news)|read\s+more|more\s+news|share\s+this(?:\s+\w+)?
      |accept(?:\s+all)?\s+cookies|we\s+use\s+cookies\b.*|cookie\s+(?:settings|policy))
  | (?:(?:share|tweet|email|e-mail|print|pin\s+it|facebook|twitter|x|linkedin|instagram
       |youtube|reddit|whatsapp|pinterest|bluesky|threads|mastodon|copy\s+link)
       [\s|·•/,]*){1,12}
  | press\s+releases?|news\s+releases?|media\s+releases?|news
  | .{1,60}\s+logo
  | (?:photo|image|picture)\s+(?:credit|courtesy)\b.*
  | [\w.-]+(?:/[\w.-]+){1,3}
)$""", re.IGNORECASE | re.VERBOSE)

_SOCIAL_SENTENCE = re.compile(
    r"(?:(?<=[.!?])\s+|^)"
    r"[^.!?\n]{0,120}?\b(?:find\s+us\s+on|follow\s+[^.!?\n]{1,60}?\s+on|connect\s+with\s+us\s+on"
    r"|like\s+us\s+on)\b[^.!?\n]{0,120}?\.", re.IGNORECASE | re.MULTILINE)


def _strip_chrome(state: Repaired) -> None:
    text = state.text
    p = _Pass(state)
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped and len(stripped) <= 120 and _CHROME_LINE.match(stripped):
            cut_end = end + 1 if end < len(text) else end
            p.replace(pos, cut_end, "", "chrome", f"removed page chrome {stripped!r}")
        pos = end + 1
    taken = Spans((s, e) for s, e, _ in p.edits)
    for m in _SOCIAL_SENTENCE.finditer(text):
        if taken.holds(m.start()):
            continue
        p.replace(m.start(), m.end(), "", "chrome",
                  f"removed social-media sentence {m.group().strip()!r}")
    p.commit()
    # collapse the blank lines the removals left behind
    p = _Pass(state)
    for m in re.finditer(r"\n[ \t]*\n(?:[ \t]*\n)+", state.text):
        p.edits.append((m.start(), m.end(), "\n\n"))
    _apply_silently(state, p.edits)
    lead = len(state.text) - len(state.text.lstrip())
    trail = len(state.text.rstrip())
    _apply_silently(state, [(0, lead, ""), (trail, len(state.text), "")])


# a run of characters with no white space longer than any word, number, link or DOI of a
# release: a data blob, a dump, a digit string (read as words or figures, each step that
# looks back or ahead through a run costs time in its length, for nothing a person wrote)
_RUN = re.compile(r"\S{300,}")


def _drop_runs(state: Repaired) -> None:
    """Take out runs of 300 or more characters with no white space, with a note each."""
    p = _Pass(state)
    for m in _RUN.finditer(state.text):
        p.replace(m.start(), m.end(), "", "chrome",
                  f"removed a run of {m.end() - m.start():,} characters with no space "
                  f"(no words of a release): {m.group()[:24]!r}...")
    p.commit()


def _apply_silently(state: Repaired, edits: list[Edit]) -> None:
    edits = [e for e in edits if e[0] != e[1] or e[2]]
    if not edits:
        return
    text, _, mapper = _apply(state.text, edits)
    for note in (*state.repairs, *state.flags):
        note.start, note.end = mapper(note.start), mapper(note.end, True)
    state.text = text


# --- flags: what a person must look at ----------------------------------------------------

_SCRIPTS = (
    ("Han", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),
    ("Japanese kana", "\u3040-\u30ff\uff66-\uff9f"),
    ("Hangul", "\uac00-\ud7af\u1100-\u11ff"),
    ("Cyrillic", "\u0400-\u04ff"),
    ("Greek", "\u0370-\u03ff"),
    ("Arabic", "\u0600-\u06ff"),
    ("Hebrew", "\u0590-\u05ff"),
    ("Devanagari", "\u0900-\u097f"),
    ("Thai", "\u0e00-\u0e7f"),
)
_FOREIGN = re.compile("[" + "".join(r for _, r in _SCRIPTS) + r"](?:[\s·]?["
                      + "".join(r for _, r in _SCRIPTS) + "])*")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _script_of(ch: str) -> str:
    for name, ranges in _SCRIPTS:
        if re.match(f"[{ranges}]", ch):
            return name
    return "another script"


def _flag_foreign(state: Repaired, lang: str) -> None:
    """A run in another script inside a Latin-script release is text that does not belong
    (in the seed, an organisation's name was replaced by an unrelated phrase)."""
    text = state.text
    if lang not in _LATIN_LANGS:
        return
    latin = len(_LATIN_LETTER.findall(text))
    for m in _FOREIGN.finditer(text):
        run = m.group()
        if latin < 20 * len(run):
            continue
        if _script_of(run[0]) == "Greek" and len(run) < 3:
            continue  # a Greek letter in a measurement (β, μg) is normal
        after = text[m.end():m.end() + 12]
        hint = ""
        abbrev = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", after)
        if abbrev:
            hint = f"; it is followed by ({abbrev.group(1)}), which may be its short name"
        state.flags.append(Note(
            "foreign-text", f"{run!r} is {_script_of(run[0])} text inside a {lang} release: "
            "it may have replaced a name or phrase; left unchanged, check the original"
            + hint, m.start(), m.end()))


_LATIN_LANGS = {"en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no", "nb", "fi", "pl",
                "cs", "ro", "hu", "tr", "ca", "ga", "id", "ms", "vi"}

_MISSING_LINK = re.compile(
    r"\b(?P<word>of|at|on|in|visit|visiting|to|from|via|about|by|with|website|site)"
    r"(?P<gap>[ \t]+)(?=(?:[,.;:](?:\s|$)|(?:or|and)\s+(?:find|follow|visit)\b))"
    r"|(?P<comma>,)(?P<gap2>[ \t]+)(?=\.(?:\s|$))", re.IGNORECASE)


def _flag_missing_links(state: Repaired) -> None:
    """``online issue of , the medical journal``: a link's text was dropped by the scraper."""
    for m in _MISSING_LINK.finditer(state.text):
        if m.group("word"):
            start, end = m.start("word"), m.end("gap") + 1
            word = m.group("word")
        else:
            start, end = m.start("comma"), m.end("gap2") + 1
            word = ","
        context = state.text[max(0, start - 40):min(len(state.text), end + 30)]
        context = " ".join(context.split())
        state.flags.append(Note(
            "missing-text", f"text is missing after {word!r} (a link's text was probably "
            f"dropped): ...{context}...; the name it stood for is not in the release",
            start, end))


_BOILERPLATE = re.compile(r"""^(?:
    .{0,120}?\bis\s+(?:the|a)\s+(?:world['’]s\s+)?(?:leading|largest|premier|nation['’]s|foremost)\b
      (?!\s+(?:[\w-]+\s+){0,3}?(?:causes?|killers?|risk|reasons?|sources?\s+of|contributors?|
              drivers?|predictors?|killer)\b)  # "heart disease is the leading killer": a fact
  | .{0,80}?\bis\s+the\s+world['’]s\s+largest\b
  | \*?\s*for\s+more\s+information\b
  | \*?\s*while\s+(?:the\s+)?content\s+of\b
  | .{0,200}?\bunable\s+to\s+provide\s+medical\s+advice\b
  | (?:e-?mail|media\s+contacts?|contacts?|press\s+contacts?|phone|tel)
    \s*(?::\s*\S|\s+(?-i:[A-Z@+(\d]))
  | (?-i:E-?MAIL|MEDIA\s+CONTACTS?|CONTACTS?|PRESS\s+CONTACTS?|PHONE|TEL)\s+\S
  | \#\#\#\s*
  | -\s*\#\#\#\s*-
  | editor['’]s\s+note\b
  | explore\s+the\s+latest\b
  | about\s+(?:the\s+)?[A-Z][\w\s&]{0,60}$
  | (?:dive\s+into|discover|visit\s+our)\b
)""", re.VERBOSE | re.IGNORECASE)
_HEADLINE_CAPS = re.compile(r"^[A-Z][A-Z &'’!-]{8,}$")
# A capitalised heading that opens a part of the study's own account ("WHAT THEY FOUND",
# "HOW THE STUDY WAS DONE", "KEY FINDINGS", "TRIAL AT A GLANCE"): no promotion, and what
# stands under it is the study (an "ABOUT <publisher>" heading is not one of them)
_STUDY_SECTION_CAPS = re.compile(
    r"""(?x)^(?!ABOUT\s+(?!THE\s+(?:STUDY|TRIAL|RESEARCH)\b))
    (?!.*\b(?:INSTITUTES?|UNIVERSITY|HOSPITALS?|CENTRES?|CENTERS?|COLLEGE|SCHOOL|FOUNDATION|
    COUNCIL|SOCIETY|NEWS|RELEASE|SAFETY|STATEMENTS?|CONTACTS?)\b)(?=.*\b(?:
    STUDY|TRIAL|RESEARCH|FINDINGS?|FOUND|RESULTS?|METHODS?|DESIGN|GLANCE|KEY\s+\w+|
    CONCLUSIONS?|LIMITATIONS?|PARTICIPANTS|PATIENTS|NUMBERS|BACKGROUND|WHAT|HOW|WHY)\b)""")
_DATELINE_OPENING = re.compile(  # "LYON, France -- ", "BOSTON (Reuters) - ", "OSLO, May 3 —"
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.' ]{1,40})?(?:\s*\([^)]{1,40}\))?\s*(?:--|–|—|-)\s")


def _flag_boilerplate(state: Repaired) -> None:
    """Publisher boilerplate (about-us, contacts, disclaimers) is kept but set apart."""
    text = state.text
    pos = 0
    follow = False
    for block in re.split(r"(\n)", text):
        if block == "\n":
            pos += 1
            continue
        start, end = pos, pos + len(block)
        pos = end
        stripped = block.strip()
        if not stripped:
            continue
        caps = (bool(_HEADLINE_CAPS.match(stripped)) and not re.search(r"\d", stripped)
                and len(stripped.split()) <= 7)
        if caps and _STUDY_SECTION_CAPS.match(stripped):
            follow = False
            continue
        if _is_embargo(stripped):
            follow = False
            continue
        if follow and _DATELINE_OPENING.match(stripped):
            follow = False  # "INSTITUTION" then "LYON, France -- Nurses who ...": the lede
        if caps or _BOILERPLATE.match(stripped) or (follow and len(stripped) < 600):
            state.boilerplate.append((start, end))
            label = stripped if len(stripped) < 60 else stripped[:57] + "..."
            state.flags.append(Note("boilerplate", f"publisher boilerplate, not study facts: "
                                    f"{label!r}", start, end))
            follow = caps  # a promotional heading's paragraph is promotion too
        else:
            follow = False


def _is_embargo(line: str) -> bool:
    return bool(re.match(r"(?i)embargo", line))


def _flag_replacement_chars(state: Repaired) -> None:
    for m in re.finditer("\ufffd+", state.text):
        state.flags.append(Note("lost-characters", f"{len(m.group())} character(s) could not "
                                "be decoded and were lost; check the original", m.start(),
                                m.end()))


# --- the whole repair -----------------------------------------------------------------------

def repair(text: str, lang: str = "en") -> Repaired:
    """Repair ``text``; never raises on any string."""
    state = Repaired(text)
    _clean_characters(state)
    _drop_runs(state)
    latin_text = lang in _LATIN_LANGS and _mostly_latin(state.text)
    for _ in range(3):  # double-encoded text needs a second round
        changed = (_fix_east_asian(state) if latin_text else 0) + _fix_single_byte(state)
        if not changed:
            break
    _strip_markup(state)
    _fix_entities(state)
    _drop_footnote_marks(state)
    _strip_chrome(state)
    _flag_foreign(state, lang)
    _flag_missing_links(state)
    _flag_boilerplate(state)
    _flag_replacement_chars(state)
    state.flags.sort(key=lambda n: (n.start, n.end))
    return state


def _mostly_latin(text: str) -> bool:
    """Only in a Latin-script text can a run of CJK be mojibake rather than words."""
    sample = text[:200_000]
    latin = len(_LATIN_LETTER.findall(sample))
    east = sum(len(m.group()) for m in _EAST_ASIAN.finditer(sample))
    return latin >= east > 0 or east == 0
