"""Small text tools the fact finder shares: sentences with offsets, numbers, dates, slugs."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
WORDNUM = r"(?:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
ANYNUM = rf"(?:{NUM}|{WORDNUM})"

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
DATE = (r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+"
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")


def number(text: str) -> float | int | None:
    """``1,147`` -> 1147, ``7.3`` -> 7.3, ``five`` -> 5, ``1.2 million`` -> 1200000."""
    t = text.strip().lower().replace(",", "")
    scale = re.fullmatch(r"(.+?)\s+(million|billion)", t)
    if scale:
        base = number(scale.group(1))
        if base is None:
            return None
        value = base * (1_000_000 if scale.group(2) == "million" else 1_000_000_000)
        return round(value) if float(value).is_integer() or value >= 1000 else value
    if t in WORD_NUMBERS:
        return WORD_NUMBERS[t]
    try:
        value = float(t)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in t else value


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    def at(self, i: int) -> int:
        """Offset in the whole text of position ``i`` in this sentence."""
        return self.start + i


_ABBREV = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "al", "inc", "ltd", "co", "corp", "jr",
    "sr", "no", "fig", "e.g", "i.e", "approx", "dept", "univ", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "mt", "ft", "u.s", "u.k",
))
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n")


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; abbreviations (M.D., Dr., U.S., Feb.) do not end one."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group().startswith("."):
            word = re.search(r"(\S+)\.$", text[max(start, m.start() - 12):m.start() + 1])
            token = word.group(1).lower().lstrip("(\"“") if word else ""
            if token in _ABBREV or re.fullmatch(r"(?:[a-z]\.)*[a-z]", token) \
                    or re.fullmatch(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}", token):
                nxt = text[end:end + 3].lstrip()
                # "M.D., Ph.D." and "Dr. Smith" go on; "... in the U.S. The" is ambiguous
                if not (len(token) > 1 and token.replace(".", "").isalpha()
                        and nxt[:1].isupper() and token in {"u.s", "u.k"}):
                    continue
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


_CUTS = (re.compile(r"[;:]\s|\.\s"), re.compile(r",\s|\s[-–—]{1,2}\s"), re.compile(r"\s"))


def bounded(text: str, found: list[Sentence], limit: int | None = None) -> list[Sentence]:
    """The sentences with any longer than ``limit`` characters (:data:`REACH`; no real
    sentence is) cut into clause-sized pieces, at the last ';' or ':' of each stretch, else
    its last comma or dash, else its last space: a run-on text (a table pasted as one
    line, a list without full stops, junk) then costs every per-sentence reader the same
    per character as prose, instead of growing with the square of its length."""
    limit = REACH if limit is None else limit
    if all(s.end - s.start <= limit for s in found):
        return found
    out: list[Sentence] = []
    for s in found:
        start = s.start
        while s.end - start > limit:
            cut = start + limit
            for pattern in _CUTS:
                ends = [m.end() for m in pattern.finditer(text, start + limit // 2, cut)]
                if ends:
                    cut = ends[-1]
                    break
            _add(out, text, start, cut)
            start = cut
        _add(out, text, start, s.end)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    if trail > lead:
        out.append(Sentence(start + lead, start + trail, chunk[lead:trail]))


def slug(text: str, words: int = 5) -> str:
    parts = re.findall(r"[a-z0-9]+", text.lower().replace("’", "").replace("'", ""))
    s = "-".join(parts[:words]).strip("-")
    return s if s and s[0].isalnum() else f"x-{s}" if s else "item"


class Ids:
    """The ids handed out so far, each new one unique: ``base``, then ``base-2``,
    ``base-3`` ... Each base remembers the suffix it got to, so a release with a
    thousand facts of one kind does not try every earlier suffix again."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next: dict[str, int] = {}

    def add(self, taken: str) -> None:
        self.taken.add(taken)

    def unique(self, base: str) -> str:
        out, n = base, self.next.get(base, 2)
        if out in self.taken:
            out = f"{base}-{n}"
            while out in self.taken:
                n += 1
                out = f"{base}-{n}"
            self.next[base] = n + 1
        self.taken.add(out)
        return out


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


STOP = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by", "from",
    "as", "who", "that", "which", "their", "his", "her", "its", "they", "them", "those",
    "these", "this", "people", "patients", "participants", "group", "arm", "plus", "alone",
    "received", "receiving", "receive", "given", "got", "was", "were", "had", "have", "has",
    "be", "been", "being", "than", "more", "less", "into", "over", "under", "after", "before",
    "during", "per", "each", "all", "any", "some", "most", "many",
))


def time_unit(u: str | None) -> str | None:
    """'Months' -> 'month'; None for what is not a unit of time."""
    if not u:
        return None
    u = u.lower().rstrip("s")
    return u if u in {"year", "month", "week", "day", "hour", "minute"} else None


def open_paren(prefix: str) -> int | None:
    """Where the parenthesis a position stands in opens (None when it stands in none)."""
    depth = 0
    for i in range(len(prefix) - 1, -1, -1):
        ch = prefix[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def mask_parens(text: str) -> str:
    """The text with every closed parenthesis blanked out (same length), so its commas and
    verbs do not cut or end a clause."""
    out = list(text)
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            lo = stack.pop()
            if not stack:
                out[lo:i + 1] = " " * (i + 1 - lo)
    return "".join(out)


REACH = 1500
"""How far back (in characters) the clause readers look from a figure for its subject,
verb or clause opening: beyond the longest real sentence (about 1,100 characters), so a
real release reads as if there were no bound, while a run-on text with thousands of
figures costs the same per figure wherever the figure stands (linear, not quadratic)."""


def reach_start(text: str, pos: int, reach: int | None = None) -> int:
    """Where a look-back from ``pos`` starts: 0 for a sentence shorter than the reach, else
    just after the first space at least ``reach`` characters before ``pos``."""
    reach = REACH if reach is None else reach
    if pos <= reach:
        return 0
    cut = text.find(" ", pos - reach, pos)
    return cut + 1 if cut >= 0 else pos - reach


class Parens:
    """A text's parentheses read once, so a reader asking about many positions of one
    sentence does not rescan its start each time: :meth:`open_at` and :meth:`masked`
    answer what :func:`open_paren` and :func:`mask_parens` answer for a prefix."""

    def __init__(self, text: str) -> None:
        self.text = text
        out = list(text)
        stack: list[int] = []
        self._at: list[int] = [0]  # the stack's top changes after these offsets ...
        self._top: list[int | None] = [None]  # ... to these openings (None: empty)
        self._lo: list[int] = []  # the blanked (outermost closed) pairs: openings
        self._hi: list[int] = []  # ... and their closings
        for i, ch in enumerate(text):
            if ch == "(":
                stack.append(i)
            elif ch == ")" and stack:
                lo = stack.pop()
                if not stack:
                    out[lo:i + 1] = " " * (i + 1 - lo)
                    self._lo.append(lo)
                    self._hi.append(i)
            else:
                continue
            self._at.append(i + 1)
            self._top.append(stack[-1] if stack else None)
        self.full = "".join(out)
        """The whole text masked (what :func:`mask_parens` gives for it)."""

    def open_at(self, pos: int) -> int | None:
        """``open_paren(text[:pos])``: where the parenthesis ``pos`` stands in opens."""
        return self._top[bisect_right(self._at, pos) - 1]

    def masked(self, end: int, start: int = 0) -> str:
        """``mask_parens(text[:end])[start:]``: a pair still open at ``end`` is not blanked
        in the prefix (at most one outermost pair spans ``end``: they do not overlap)."""
        i = bisect_right(self._lo, end - 1) - 1
        if i >= 0 and self._hi[i] >= end:
            lo = self._lo[i]
            if start >= lo:
                return self.text[start:end]
            return self.full[start:lo] + self.text[lo:end]
        return self.full[start:end]


@lru_cache(maxsize=16)
def parens(text: str) -> Parens:
    """The :class:`Parens` of a sentence, built once however many figures it holds."""
    return Parens(text)


_DEFINED = re.compile(r"(?P<words>(?:[A-Za-z][\w'’-]*\s+){1,8}?)"
                      r"\(\s*(?P<abbr>[A-Z][A-Za-z0-9]{1,7})\s*\)")
_SKIPPED = frozenset({"of", "and", "the", "in", "for", "on", "to", "with", "a", "an", "or"})


@lru_cache(maxsize=16)
def abbreviations(text: str) -> dict[str, tuple[str, int, int]]:
    """The abbreviations a text defines ("acute lymphoblastic leukemia (ALL)", "body mass
    index (BMI)"): abbreviation -> (its long form, start, end), the first definition kept.
    The long form is the fewest words before the parenthesis whose initials spell the
    abbreviation (little words such as "of" may be skipped), so a sentence's other words
    are never taken."""
    out: dict[str, tuple[str, int, int]] = {}
    for m in _DEFINED.finditer(text):
        abbr = m.group("abbr")
        letters = abbr.lower().rstrip("s") if abbr[-1] == "s" and abbr[:-1].isupper() \
            else abbr.lower()
        if abbr in out or not letters.isalpha():
            continue
        found = [(w.start(), w.group())
                 for w in re.finditer(r"[A-Za-z][\w'’-]*", m.group("words"))]
        for k in range(len(found) - 1, -1, -1):
            words = found[k:]
            initials = "".join(w[0].lower() for _, w in words if w.lower() not in _SKIPPED)
            if initials == letters and words[0][1].lower() not in _SKIPPED:
                start = m.start("words") + words[0][0]
                end = m.start("words") + words[-1][0] + len(words[-1][1])
                out[abbr] = (text[start:end], start, end)
                break
    return out


DASH_ASIDE = re.compile(r"(?:\s--\s|\s?—\s?|\s–\s)(?:(?!--)[^—–\n]){1,200}?(?:\s--|\s?—|\s–)(?=\s)")
"""An aside between two dashes ("people in the top quartile -- who got more than 58
percent of their calories from them -- had ..."): like a parenthesis, it interrupts the
clause without ending it."""


def blank_dash_asides(text: str) -> str:
    """``text`` with each closed dash aside blanked out (same length), so a clause reader
    finds the subject before it and the verb after it."""
    if "-" not in text and "—" not in text and "–" not in text:
        return text
    return DASH_ASIDE.sub(lambda m: " " * len(m.group()), text)


def before_aside(words: str) -> str:
    """Words with a dash aside that ends them cut off ("people in the top quartile -- who
    got more than 58 percent of their calories from them --" -> "people in the top
    quartile"): the aside describes the subject, it is not part of its noun phrase."""
    blanked = blank_dash_asides(words)
    return words if blanked == words else words[:len(blanked.rstrip())]
