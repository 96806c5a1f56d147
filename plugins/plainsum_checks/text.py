"""Word tokens with their offsets, folded so that matching ignores case and accents.

Every matcher in this plugin works on these tokens, so "relapsing remitting",
"Relapsing-Remitting" and "relapsing–remitting" are the same phrase and a span found on
tokens maps straight back to the checked text.
"""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Any, Generic, NamedTuple, Protocol, Self, TypeVar

import regex

# An apostrophe joins a word only to a suffix of one or two letters ("don't", "it's",
# "they're", "we'll"); a longer word after it is a word of its own, so an elided article
# or pronoun ("l'iode", "un'infezione", "dell'immunosoppressione", "s'aggraver") leaves
# the word after it free to match a term, a group or a direction.
TOKEN_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’]\p{L}{1,2}(?![\p{L}\p{M}]))?")
# what may separate the words of one phrase: spaces, hyphens, or the apostrophe after an
# elided article ("l'iode" is the two words "l" "iode" of one phrase)
JOINER_RE = regex.compile(r"[\s\-‐‑–]*|['’]")

T = TypeVar("T")

# what is an address, not words: a link (its trailing punctuation is the sentence's), an
# e-mail address, a social handle ("@JanssenUS", "@aan.bsky.social"); their slugs
# ("low-risk-pulmonary-embolism") are no use of a term or a name
ADDRESS_RE = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]’”»]"
    r"|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+"
    r"|(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_-]+)*")


# white space, kept by a split: no address runs across it
_SPACES_RE = regex.compile(r"(\s+)")


def mask_addresses(text: str) -> str:
    """``text`` with its links, e-mail addresses and handles blanked (spaces of the same
    length, so every offset found in it is an offset of ``text``).

    No address holds white space, nor looks past the white space around it (a handle's
    look-behind sees one character, which white space never forbids), and each holds
    "@", "://" or "www.": only the runs between white space that hold one are scanned
    (the pattern tried at every place of a long text cost milliseconds)."""
    if "@" not in text and "://" not in text and "www." not in text:
        return text  # most texts: nothing to scan
    parts = _SPACES_RE.split(text)
    for i in range(0, len(parts), 2):  # the runs between the white space
        run = parts[i]
        if "@" in run or "://" in run or "www." in run:
            parts[i] = ADDRESS_RE.sub(_blank, run)
    return "".join(parts)


def _blank(match: regex.Match[str]) -> str:
    return " " * len(match.group())


class Placed(Protocol):
    """Something found at a place in a text (a span)."""

    def shifted(self, offset: int) -> Self:
        """The same thing in a text that starts ``offset`` characters earlier."""
        ...


S = TypeVar("S", bound=Placed)


def fold(word: str) -> str:
    """Lower case without accents: the key every comparison uses.

    The same words are folded run after run (a pack's stopwords, a sheet's labels): an
    ASCII word is only lowered (no accent to take off; ``casefold`` lowers ASCII as
    ``lower`` does), another short one is kept once folded.
    """
    if word.isascii():
        return word.lower()
    done = _FOLDED.get(word)
    if done is not None:
        return done
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if len(word) <= _KEPT_LENGTH:
        if len(_FOLDED) >= _KEPT_WORDS:
            _FOLDED.clear()
        _FOLDED[word] = out
    return out


_FOLDED: dict[str, str] = {}  # short non-ASCII words folded (by :func:`fold`)
_KEPT_LENGTH = 64
_KEPT_WORDS = 65536


class Token(NamedTuple):
    """A word as matchers compare it (folded), and where it stands in the text."""

    norm: str
    start: int
    end: int


_NORM = itemgetter(0)  # a token's folded word


def tokens(text: str) -> list[Token]:
    """The folded word tokens of ``text``, with their offsets."""
    return list(_all_tokens(text))


@functools.lru_cache(maxsize=4096)  # a bundle's distinct sentences, and its texts
def _all_tokens(text: str) -> tuple[Token, ...]:
    """Every validator tokenises the same text and its sentences: do it once. (Each token
    is made as the tuple it is, without the Python-level ``__new__`` of a NamedTuple: a
    long text has hundreds of thousands.)"""
    make = tuple.__new__
    return tuple([make(Token, (_fold(m.group()), m.start(), m.end()))
                  for m in TOKEN_RE.finditer(text)])


def shifted_tokens(text: str, offset: int) -> list[Token]:
    """The tokens of ``text``, a piece of a longer text that starts ``offset`` characters
    in, with their places in the longer text (each made as the tuple it is: a
    NamedTuple's ``_replace`` per token costs more than tokenising)."""
    toks = _all_tokens(text)
    if not offset:
        return list(toks)
    make = tuple.__new__
    return [make(Token, (t[0], t[1] + offset, t[2] + offset)) for t in toks]


@functools.lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    return fold(word)


@functools.lru_cache(maxsize=16384)
def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(_fold(m.group()) for m in TOKEN_RE.finditer(phrase))


@functools.lru_cache(maxsize=16384)
def tight_gaps(phrase: str) -> tuple[int, ...]:
    """Where ``phrase`` writes two words of letters with a hyphen between them ("in-patient",
    "non-smokers"), by the index of the word before: a compound that is one word, which the
    two words with a space between them ("in patients") are not."""
    found = list(TOKEN_RE.finditer(phrase))
    return tuple(j for j in range(len(found) - 1)
                 if phrase[found[j].end():found[j + 1].start()] in _HYPHENS
                 and found[j].group().isalpha() and found[j + 1].group().isalpha())


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


@functools.lru_cache(maxsize=16384)  # each index of each sheet asks it of its phrases
def _closed_up(key: tuple[str, ...], tight: tuple[int, ...]) -> tuple[str, ...]:
    """``key`` with the words of each hyphenated compound written as one ("inpatient")."""
    out: list[str] = []
    for j, word in enumerate(key):
        if j - 1 in tight:
            out[-1] += word
        else:
            out.append(word)
    return tuple(out)


def joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces or hyphens separate two tokens (they can be one phrase), or
    the separator of a number's groups of digits (:func:`_grouped`)."""
    gap = text[left.end:right.start]
    return gap == " " or _joins(gap) or _grouped(gap, left.norm, right.norm)


# what separates a number's groups of three digits, as the six languages write them: "7,000",
# "7.000", "7 000" with a no-break or thin space, "7'000" (a space joins words anyway)
_GROUP_GAPS = frozenset({".", ",", "\u00a0", "\u202f", "\u2009", "'", "’"})


def _grouped(gap: str, left: str, right: str) -> bool:
    """Whether ``gap`` separates two groups of one number's digits ("7.000", "48,210"):
    a label that holds a grouped number ("personas que caminaban al menos 7.000 pasos")
    is found however the text groups it, its tokens being the groups."""
    return gap in _GROUP_GAPS and len(right) == 3 and right.isdigit() and left.isdigit()


@functools.lru_cache(maxsize=4096)
def _joins(gap: str) -> bool:
    return JOINER_RE.fullmatch(gap) is not None and "\n\n" not in gap


def common_prefix(a: str, b: str) -> int:
    """How many letters two words share at their start (a word and its look-alike)."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def same_word(a: str, b: str) -> bool:
    """Equal, or the same word with a short inflection ("transplant"/"transplants"):
    never two words of different first letters (the shorter one's first four letters, or
    five, begin the other)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4 and len(long_) - len(short) <= 2 and long_.startswith(short):
        return True
    # another short ending on one stem: a case or gender ending ("instabilem",
    # "instabiler"; "tratados", "tratadas")
    stem = len(short) - 2
    return stem >= 5 and len(long_) - len(short) <= 1 and a[:stem] == b[:stem] and (
        a[stem:] in _ENDINGS and b[stem:] in _ENDINGS)


# endings of case, number and gender that one word takes (German adjectives, Romance
# plurals and genders): not "-ing" against "-ion"
_ENDINGS = frozenset({"e", "em", "en", "er", "es", "a", "as", "o", "os", "i", "s", "n",
                      "m", "r"})


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int  # offsets in the text
    end: int
    first: int  # token indexes, end exclusive
    last: int
    item: T


class PhraseIndex(Generic[T]):
    """Find known phrases in a token list, longest first, allowing light inflection."""

    def __init__(self, entries: Iterable[tuple[str, T]]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        # the words a phrase hyphenates ("in-patient"), by its key: there only the hyphen
        # joins them, not a space ("in patients" is two words of a sentence); the words
        # written as one ("inpatient") are the phrase too. A key some phrase writes with a
        # space between the words has none.
        self.tight: dict[tuple[str, ...], tuple[int, ...]] = {}
        for phrase, item in entries:
            key = phrase_key(phrase)
            if not key:
                continue
            self.by_first.setdefault(key[0][:4], []).append((key, item))
            tight = tight_gaps(phrase)
            if tight:
                closed = _closed_up(key, tight)
                self.by_first.setdefault(closed[0][:4], []).append((closed, item))
            if self.tight.get(key, tight) != tight:
                tight = tuple(j for j in tight if j in self.tight[key])
            self.tight[key] = tight
        self.tight = {k: v for k, v in self.tight.items() if v}
        for options in self.by_first.values():
            if len(options) > 1:  # (most first words begin one phrase)
                options.sort(key=_minus_length)
        # by the first four letters of a token and of the token after it: the phrases
        # that can start there, longest first (made on first use)
        self._pairs: dict[tuple[str, str | None],
                          list[tuple[tuple[str, ...], T, int, tuple[int, ...]]]] = {}
        # whether a phrase can start at a word, by the word (asked of every word of every
        # text: a look-up of the word itself, whose hash is kept, without cutting it)
        self._starts = _Starts(self.by_first)

    def find(self, text: str, toks: Sequence[Token]) -> Iterator[Match[T]]:
        """Non-overlapping matches, left to right, the longest phrase winning at a token."""
        starts = self._starts
        if len(starts) > _KEPT_WORDS:
            starts.clear()
        taken = 0  # the tokens before this are part of the last match
        # where one can start (each token's word looked up, all in C: asked of every
        # token of every text, for each index)
        for i in compress(range(len(toks)), map(starts.__getitem__, map(_NORM, toks))):
            if i < taken:
                continue
            hit = self._at(text, toks, i)
            if hit is not None:
                yield hit
                taken = hit.last

    def _at(self, text: str, toks: Sequence[Token], i: int) -> Match[T] | None:
        """The longest phrase at token ``i``: :func:`_words_at` and :func:`joined` of
        each option in turn, written out (this runs at every place a phrase can start,
        for every index and text: some five thousand times a bundle)."""
        left = len(toks) - i  # tokens from ``i`` on
        norm = toks[i][0]
        first = norm[:4]
        second = toks[i + 1][0][:4] if left > 1 else None
        options = self._pairs.get((first, second))
        if options is None:
            options = self._options(first, second)
        for key, item, n, tight in options:
            if n > left:
                continue
            word = key[0]
            if word != norm and not same_word(word, norm):
                continue
            if n > 1 and not _rest_at(text, key, toks, i, n, tight):
                continue
            return Match(toks[i][1], toks[i + n - 1][2], i, i + n, item)
        return None

    def _options(self, first: str, second: str | None
                 ) -> list[tuple[tuple[str, ...], T, int, tuple[int, ...]]]:
        """The phrases that can start at a token beginning ``first`` followed by one
        beginning ``second``, longest first, with their lengths. Words that are the same
        word begin with the same four letters: a phrase whose second word does not is
        left out, once per pair of beginnings rather than at every token."""
        found = self._pairs.get((first, second))
        if found is None:
            found = self._pairs[first, second] = [
                (key, item, len(key), self.tight.get(key, ()))
                for key, item in self.by_first.get(first, ())
                if len(key) == 1 or key[1][:4] == second]
        return found


def _minus_length(entry: tuple[tuple[str, ...], Any]) -> int:
    """A phrase index's entry by its number of words, longest first."""
    return -len(entry[0])


class _Starts(dict[str, bool]):
    """Word -> whether it begins as the first word of a phrase of ``by_first`` does
    (made on first look-up)."""

    def __init__(self, by_first: dict[str, Any]):
        super().__init__()
        self.by_first = by_first

    def __missing__(self, word: str) -> bool:
        can = self[word] = word[:4] in self.by_first
        return can


def _rest_at(text: str, key: tuple[str, ...], toks: Sequence[Token], i: int, n: int,
             tight: tuple[int, ...] = ()) -> bool:
    """Whether the words of ``key`` after its first stand at tokens ``i + 1`` on, each
    joined to the one before (:func:`_words_at` and :func:`joined`, the first word
    already compared); the words of ``tight`` (:func:`tight_gaps`) by a hyphen, with no
    space."""
    for j in range(1, n):
        word = key[j]
        norm = toks[i + j][0]
        # the same word inflected begins with the same letter (most words here do not)
        if norm != word and (norm[:1] != word[:1] or not same_word(word, norm)):
            return False
    for j in range(i, i + n - 1):
        gap = text[toks[j][2]:toks[j + 1][1]]
        if gap != " " and not _joins(gap) and not _grouped(gap, toks[j][0], toks[j + 1][0]):
            return False
        if tight and j - i in tight and (not gap or any(c.isspace() for c in gap)):
            return False
    return True


def _words_at(key: tuple[str, ...], toks: Sequence[Token], i: int) -> bool:
    """Each word of ``key`` at token ``i`` on (a plain loop: this runs very often)."""
    for j, word in enumerate(key):
        norm = toks[i + j].norm
        if norm != word and not same_word(word, norm):
            return False
    return True


class RunMemo(Protocol):
    """Where a run keeps what it worked out once (a :class:`plainsum.lexicon.Lexicon`)."""

    def remember(self, key: Any, make: Callable[[], Any]) -> Any: ...


def each_sentence(text: str, spans: Iterable[tuple[int, int]], read: Callable[[str], list[S]],
                  memo: RunMemo | None = None, tag: str = "") -> list[S]:
    """``read`` each sentence of ``text`` on its own and place what it finds back in
    ``text`` (:meth:`Placed.shifted`).

    For what never spans two sentences (a number, a phrase, a direction word). With a
    ``memo`` (the run's lexicon) a sentence that several outputs of a run share is read
    once; ``tag`` tells apart what different readers remember.
    """
    out: list[S] = []
    for a, b in spans:
        sentence = text[a:b]
        found = read(sentence) if memo is None else memo.remember(
            (tag, sentence), lambda s=sentence: read(s))
        out += [x.shifted(a) for x in found] if a else found
    return out


def places(pattern: regex.Pattern[str], text: str) -> list[int]:
    """Where the one-character ``pattern`` matches in ``text``, in order."""
    return [hit.start() for hit in pattern.finditer(text)]


def first_in(offsets: list[int], lo: int, hi: int) -> int | None:
    """The first of the sorted ``offsets`` inside ``[lo, hi)``: for the :func:`places`
    of a pattern, what ``pattern.search(text, lo, hi)`` finds, without a scan."""
    i = bisect_left(offsets, lo)
    return offsets[i] if i < len(offsets) and offsets[i] < hi else None


def last_in(offsets: list[int], lo: int, hi: int) -> int | None:
    """The last of the sorted ``offsets`` inside ``[lo, hi)``."""
    i = bisect_left(offsets, hi) - 1
    return offsets[i] if i >= 0 and offsets[i] >= lo else None
