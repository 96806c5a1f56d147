"""More garbled terms (``term-corrupted``) than the in-order alignment of :mod:`.names`
finds.

- A term's words in another order with one of them swapped for a look-alike ("stem cell
  transplant" → "transmission of stem cells", "surgical site infection" → "infection of
  the surgical sight"): the words of the term stand together, at least one as written
  and at least one a look-alike, in an order the term's forms do not have. Reordered
  words that are all the term's own ("transplant of stem cells") are faithful.
- A changed word inside a protected phrase: the sheet says whose cells or body a
  treatment uses ("autologous", "their own stem cells") and the text puts another
  person's in its place ("donor stem cells", "células madre de un donante").
"""

from __future__ import annotations

import functools
from difflib import SequenceMatcher

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .label_garbles import label_garbles
from .names import EQUAL, SIMILAR, kin
from .recall_sheet import SheetWords, text_tokens
from .recall_words import CONTRAST, matches
from .sheet import term_forms
from .text import PhraseIndex, Token, common_prefix, fold, same_word, tokens

_BREAK = regex.compile(r"[,;:.!?()\n]")
_LOOK = frozenset({SIMILAR})  # a word that only looks like a term's word
GAP = 2  # function words that may stand among a reordered term's words
COMPOUND = 8  # letters a compound shares with a term's word to name it
NEAR = 3  # words between whose-word and the term's word


def garbles(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    out = label_garbles(text, context, words)
    keys = _term_keys(context, words)
    if not keys:
        return out
    toks = text_tokens(text, context)
    out += _reordered(text, toks, keys, words)
    out += _whose(text, toks, context, words)
    out += _framed(text, toks, context, words, {a for f in out if f.span for a in f.span[:1]})
    return out


FRAME_LEAST = 3  # words of a term's form whose frame a one-word swap keeps
FRAME_RATIO = 0.5  # of letters a swapped word shares in order with the term's word
FRAME_PREFIX = 4  # letters at the start that make two words one (a form or a derivation)


def _frames(context: CheckContext, words: SheetWords
            ) -> tuple[tuple[str, tuple[str, ...], tuple[int, ...]], ...]:
    """(a form, its words, where its long meaning words stand) of each form of three words
    or more of the sheet's intervention, condition and key terms: once per sheet."""
    if "term-frames" not in words.cache:
        sheet = context.factsheet
        ids = dict.fromkeys([sheet.intervention, sheet.condition,
                             *(t.id for t in sheet.terms.values() if t.key)])
        out = []
        for tid in ids:
            forms = term_forms(context.lexicon, tid)
            for form in dict.fromkeys(forms.accepted if forms else ()):
                key = tuple(t.norm for t in tokens(form))
                long = tuple(k for k, w in enumerate(key)
                             if w not in words.stop and len(w) >= 4 and w.isalpha())
                # the words kept around the swapped one must be a frame of their own:
                # three, or two that carry meaning ("du cœur" alone is said of anything)
                if len(key) >= FRAME_LEAST and len(long) >= 2 and (
                        len(key) > FRAME_LEAST or len(long) == len(key)):
                    out.append((form, key, long))
        words.cache["term-frames"] = tuple(out)
    return words.cache["term-frames"]


def _framed(text: str, toks: list[Token], context: CheckContext, words: SheetWords,
            taken: set[int]) -> list[Finding]:
    """A form of a term with all its words in place but one long word, which a word the
    sheet never uses stands in: one that starts with the same letter, is about as long
    and shares half its letters in order with it, but not its first four letters (no
    form or derivation of it). Machine translation swaps a word of a term so for a
    look-alike of another meaning ("infección de la hierba" for "de la herida", "coágulo
    en el pulgar" for "en el pulmón", "infection de la plèvre", "surgical seat
    infection")."""
    frames = _frames(context, words)
    if not frames:
        return []
    at: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        at.setdefault(t.norm, []).append(i)
    out: list[Finding] = []
    for form, key, long in frames:
        n = len(key)
        starts = sorted({p - k for k in long for p in at.get(key[k], ()) if p >= k})
        for i in starts:
            if i + n > len(toks) or toks[i].start in taken:
                continue
            window = toks[i:i + n]
            off = [k for k in range(n) if window[k].norm != key[k]
                   and not same_word(window[k].norm, key[k])]
            if len(off) != 1 or off[0] not in long:
                continue
            word, want = window[off[0]].norm, key[off[0]]
            written = tokens(form)[off[0]]
            if not _frame_look_alike(word, want) or word in words.known or (
                    word in words.stop) or _BREAK.search(text, window[0].start, window[-1].end):
                continue
            a, b = window[0].start, window[-1].end
            taken.add(a)
            out.append(Finding(
                "term-corrupted", "error",
                f"\"{text[a:b]}\" puts \"{text[window[off[0]].start:window[off[0]].end]}\" in "
                f"the place of \"{form[written.start:written.end]}\" in the fact sheet's "
                f"\"{form}\": a look-alike that makes it another thing; use \"{form}\".",
                None, form, text[a:b], (a, b)))
    return out


@functools.lru_cache(maxsize=8192)
def _frame_look_alike(word: str, want: str) -> bool:
    return (word.isalpha() and len(word) >= 4 and word[0] == want[0]
            and abs(len(word) - len(want)) <= 3 and common_prefix(word, want) < FRAME_PREFIX
            and SequenceMatcher(None, word, want).ratio() >= FRAME_RATIO
            and _kin(word, want) != EQUAL)


def _term_keys(context: CheckContext, words: SheetWords
               ) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(term id, content words, a form) of each multi-word form of the terms the sheet
    rests on: its intervention, condition and key terms."""
    def build() -> list[tuple[str, tuple[str, ...], str]]:
        sheet = context.factsheet
        ids = dict.fromkeys([sheet.intervention, sheet.condition,
                             *(t.id for t in sheet.terms.values() if t.key)])
        out, seen = [], set()
        for tid in ids:
            forms = term_forms(context.lexicon, tid)
            for form in (forms.accepted if forms else ()):
                key = tuple(t.norm for t in tokens(form)
                            if t.norm not in words.stop and len(t.norm) >= 3)
                if len(key) >= 2 and (tid, frozenset(key)) not in seen:
                    seen.add((tid, frozenset(key)))
                    out.append((tid, key, form))
        return out
    if "term-keys" not in words.cache:
        words.cache["term-keys"] = tuple(build())
    return words.cache["term-keys"]


def _look_alike(word: str, term_word: str, n: int) -> bool:
    """A look-alike, not another form of the term's word: the two start alike (two
    letters at least), and a two-word term's look-alike shares fewer than five ("herida
    se infecta" says "infección en la herida" in a verb)."""
    shared = 0
    for a, b in zip(word, term_word, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= 2 and (n > 2 or shared < 5)




@functools.lru_cache(maxsize=8192)
def _kin(a: str, b: str) -> str:
    return kin(a, b)


def _reordered(text: str, toks: list[Token], keys: tuple[tuple[str, tuple[str, ...], str], ...],
               words: SheetWords) -> list[Finding]:
    every = _every(keys)
    kinds = words.cache.setdefault("kinds", {})  # every word of the text is in it below
    # the words of ``kinds`` that only look like a term's word, and are no word of the sheet
    looking = words.cache.setdefault("kinds-look", set())
    if len(kinds) > 50000:
        kinds.clear()
        looking.clear()
    looks = []
    for i, t in enumerate(toks):
        norm = t[0]
        if norm not in kinds:
            got = kinds[norm] = _kinds(norm, every)
            if got == _LOOK and norm not in words.known and norm not in words.stop:
                looking.add(norm)
        if norm in looking:
            looks.append(i)
    if not looks:
        return []  # most texts: no word looks like a term's word without being it
    forms = _forms(keys)
    named = [(m.start, m.end) for m in forms.find(text, toks)]
    reach = max(len(key) for _, key, _ in keys) + GAP
    starts = sorted({i for p in looks for i in range(max(0, p - reach), p + 1)})
    out: list[Finding] = []
    taken: set[int] = set()
    for i in starts:
        tok = toks[i]
        if not kinds[tok.norm] or tok.start in taken:
            continue
        windows: dict[int, list[Token] | None] = {}
        for _tid, key, form in keys:
            n = len(key)
            if n not in windows:
                windows[n] = _content(text, toks, i, n, words)
            window = windows[n]
            if window is None or not all(kinds[t.norm] for t in window) or not any(
                    kinds[t.norm] == _LOOK for t in window):
                continue
            if any(a < window[-1].end and window[0].start < b for a, b in named):
                continue  # the term as written, and a word beside it
            found = _reading(text, window, key, form, words)
            if found is not None:
                taken.add(tok.start)
                out.append(found)
                break
    return out


@functools.lru_cache(maxsize=64)
def _every(keys: tuple[tuple[str, tuple[str, ...], str], ...]) -> frozenset[str]:
    """Every word of the terms' forms (once per sheet and language, not per text)."""
    return frozenset(w for _, key, _ in keys for w in key)


@functools.lru_cache(maxsize=64)
def _contrast(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in CONTRAST.get(lang, ()))


@functools.lru_cache(maxsize=8192)
def _kinds(norm: str, every: frozenset[str]) -> frozenset[str]:
    """How a text word stands to any word of the terms: the same, a look-alike, or both.
    Only the term words that begin with the same two letters are compared: a word is
    the same as another (:func:`.names.kin`) or a look-alike here only if they do."""
    return frozenset(k for w in _by_start(every).get(norm[:2], ())
                     if (k := _relation(norm, w, True)))


@functools.lru_cache(maxsize=64)
def _by_start(every: frozenset[str]) -> dict[str, list[str]]:
    """The term words by their first two letters."""
    out: dict[str, list[str]] = {}
    for w in every:
        out.setdefault(w[:2], []).append(w)
    return out


@functools.lru_cache(maxsize=16384)
def _relation(norm: str, w: str, loose: bool) -> str:
    """EQUAL, SIMILAR (a look-alike that starts as the term's word does) or "". With
    ``loose`` (a term of three words, two of them in place), a word with the same first
    three letters counts as a look-alike too."""
    k = _kin(norm, w)
    if k == EQUAL or (k == SIMILAR and norm[:2] == w[:2]):
        return k
    if loose and min(len(norm), len(w)) >= 5 and norm[:3] == w[:3]:
        return SIMILAR  # the same first letters, another word ("chimica", "chirurgico")
    return ""


def _reading(text: str, window: list[Token], key: tuple[str, ...], form: str,
             words: SheetWords) -> Finding | None:
    n = len(key)
    order = _assign(key, window, n >= 3)
    if order is None:
        return None
    classes, places = order
    if EQUAL not in classes or SIMILAR not in classes or places == sorted(places):
        return None
    look = [(window[j], w) for j, c, w in zip(places, classes, key, strict=True)
            if c == SIMILAR]
    if any(not _look_alike(t.norm, w, n) or t.norm in words.known for t, w in look):
        return None  # a word the sheet uses itself, or a form of the term's word
    if "#" in text[max(0, window[0].start - 1):window[-1].end] or (
            n == 2 and window[1].start - window[0].end > 1):
        return None  # never in hashtags; two words only side by side
    a, b = window[0].start, window[-1].end
    return Finding(
        "term-corrupted", "error",
        f"\"{text[a:b]}\" looks like a garbled \"{form}\" (its words in another order, "
        f"\"{look[0][0].norm}\" a look-alike); use an accepted form such as \"{form}\".",
        None, form, text[a:b], (a, b))


@functools.lru_cache(maxsize=64)
def _forms(keys: tuple[tuple[str, tuple[str, ...], str], ...]) -> PhraseIndex[str]:
    return PhraseIndex((form, tid) for tid, _, form in keys)


def _content(text: str, toks: list[Token], start: int, n: int,
             words: SheetWords) -> list[Token] | None:
    """``n`` words that carry meaning from ``start`` on, with at most GAP function words
    among them and no clause break."""
    if start >= len(toks) or toks[start].norm in words.stop:
        return None
    out, gap, i = [toks[start]], 0, start + 1
    while len(out) < n:
        if i >= len(toks) or _BREAK.search(text, toks[i - 1].end, toks[i].start):
            return None
        if toks[i].norm in words.stop or len(toks[i].norm) < 3:
            gap += 1
            if gap > GAP:
                return None
        else:
            out.append(toks[i])
        i += 1
    return out


def _assign(key: tuple[str, ...], window: list[Token],
            loose: bool) -> tuple[list[str], list[int]] | None:
    """Each word of ``key`` matched to its own word of the window (the same word first,
    then a look-alike): the classes and the window places, in the key's order."""
    free = list(range(len(window)))
    classes: list[str] = [""] * len(key)
    places: list[int] = [0] * len(key)
    for want in (EQUAL, SIMILAR):
        for k, word in enumerate(key):
            if classes[k]:
                continue
            for j in free:
                if _relation(window[j].norm, word, loose) == want:
                    classes[k], places[k] = want, j
                    free.remove(j)
                    break
    return (classes, places) if all(classes) else None


def _whose(text: str, toks: list[Token], context: CheckContext,
           words: SheetWords) -> list[Finding]:
    """Another person's cells or body where the sheet says the person's own."""
    own_whole, own_stems = words.own
    not_whole, not_stems = words.not_own
    if not not_whole and not not_stems:
        return []
    term = _own_term(context, words)
    if term is None:
        return []
    form, content = term
    spans = analysis_of(text, context).sentences
    contrast = _contrast(words.lang)
    out = []
    listed = words.cache.setdefault("not-own", {})  # folded word -> on the list (per sheet)
    if len(listed) > 50000:
        listed.clear()
    for i, tok in enumerate(toks):
        hit = listed.get(tok[0])
        if hit is None:
            hit = listed[tok[0]] = matches(tok.norm, not_whole, not_stems)
        if not hit:
            continue
        near = toks[i + 1:i + 1 + NEAR] + toks[max(0, i - NEAR):i]
        hit = next((t for t in near if any(_names(t.norm, w) for w in content)
                    and not _BREAK.search(text, min(t.end, tok.end), max(t.start, tok.start))),
                   None)
        if hit is None:
            continue
        a, b = next(((x, y) for x, y in spans if x <= tok.start < y), (0, len(text)))
        sentence = [t for t in toks if a <= t.start < b]
        if any(matches(t.norm, own_whole, own_stems) for t in sentence) and (
                _negation(context, text, a, b) or any(t.norm in contrast for t in sentence)):
            continue  # the sentence sets the two apart ("their own cells, not a donor's")
        lo, hi = min(tok.start, hit.start), max(tok.end, hit.end)
        out.append(Finding(
            "term-corrupted", "error",
            f"\"{text[lo:hi]}\" says the cells or tissue came from someone else, but the fact "
            f"sheet's \"{form}\" uses the person's own.", None, form, text[lo:hi], (lo, hi)))
    return out


def _negation(context: CheckContext, text: str, a: int, b: int) -> bool:
    from .directions import _words

    negation = _words(context.pack).negation
    return negation is not None and negation.search(text, a, b) is not None


def _names(word: str, term_word: str) -> bool:
    """A text word that names a term's word: the same word, or a compound with the same
    first eight letters ("Blutstammzellen" in "Blutstammzelltransplantation")."""
    return _kin(word, term_word) == EQUAL or (
        len(word) >= COMPOUND and word[:COMPOUND] == term_word[:COMPOUND])


def _own_term(context: CheckContext, words: SheetWords) -> tuple[str, frozenset[str]] | None:
    """The intervention, when the sheet says it uses the person's own cells or body: a
    form and the words that carry its meaning."""
    def build() -> tuple[str, frozenset[str]] | None:
        forms = term_forms(context.lexicon, context.factsheet.intervention)
        if forms is None:
            return None
        said = [*forms.accepted, forms.definition or ""]
        own_whole, own_stems = words.own
        if not any(matches(t.norm, own_whole, own_stems) for s in said for t in tokens(s)):
            return None
        content = frozenset(t.norm for f in forms.accepted for t in tokens(f)
                            if t.norm not in words.stop and len(t.norm) >= 4
                            and not matches(t.norm, own_whole, own_stems))
        return forms.plain or forms.technical, content
    if "own-term" not in words.cache:
        words.cache["own-term"] = build()
    return words.cache["own-term"]
