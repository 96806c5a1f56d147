"""A word of one of the sheet's phrases swapped for a look-alike (``term-corrupted``).

Machine translation and careless rewrites garble one word of a phrase and keep its
neighbour: "blood cloth" for "blood clot", "stem calls" for "stem cells", "bajo riego"
for "bajo riesgo", "angina de peito" turned "angina de peixe". The term-wide alignment
of :mod:`.names` looks only at the terms the text is about and at words it counts as
another form of the term's word ("cloth" ends as "clot" begins). Here every phrase the
sheet names a thing with (its terms' accepted forms and its measures' labels, of five
words at most: a longer one explains, and its verbs take other forms in a text) gives
pairs of neighbouring words; a text that keeps one word of a pair and puts beside it,
on the same side, a word the sheet never uses that looks like the other (a letter or
two changed, dropped or added; or most letters and the first three in common) has
garbled the phrase.

A word is no look-alike of another that is the same word inflected in the text's
language ("clots", "coronarias", "colorectaux", "trasplantados"), nor another spelling
of it (British and American English, European and Brazilian Portuguese).
"""

from __future__ import annotations

import functools
import itertools
from difflib import SequenceMatcher

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NAMES
from .names import EQUAL, kin
from .recall_sheet import SheetWords, text_tokens
from .sheet import term_forms
from .text import Token, common_prefix, tokens

_BREAK = regex.compile(r"[,;:.!?()\n\"“”«»]")
GAP = 2  # function words that may stand between a pair's two words
SHORTEST = 4  # letters of the shortest word that can be a look-alike
LONGEST = 5  # words of the longest phrase read: a longer one explains, it does not name
SHORT = 5  # letters of a word that one more letter makes another word ("clot", "cloth")
STEM = 6  # letters of a shared start that make two words one stem with other suffixes
_VOWEL = frozenset("aeiouy")
COMPOUND = 10  # letters of a one-word form (a compound) whose near copy is a garble anywhere
LOOSE = 0.6  # letters in common (difflib's ratio) of a look-alike that is not one or two edits
# endings that make a word another form of the same word when added to it whole
# ("clot" -> "clots"), by language; anything else added to a short word makes another
# word ("clot" -> "cloth", "angor" -> "angora")
ENDINGS = {
    "en": ("s", "es", "ed", "d", "er", "ers", "ing", "ly"),
    "es": ("s", "es", "a", "as", "o", "os"),
    "fr": ("s", "e", "es", "x", "aux"),
    "de": ("e", "en", "er", "es", "n", "s", "em", "ern", "ung"),
    "it": ("a", "e", "i", "o"),
    "pt": ("s", "es", "a", "as", "o", "os"),
    "nl": ("e", "en", "s", "er"),
}
# other spellings of one word: (pattern, replacement) applied before words are compared
_SPELLINGS = {
    "en": ((regex.compile(r"ae|oe"), "e"), (regex.compile(r"our"), "or"),
           (regex.compile(r"is(?=e|ed|es|ing|ation)"), "iz"),
           (regex.compile(r"ys(?=e|ed|es|ing)"), "yz"), (regex.compile(r"tre$"), "ter")),
    # European and Brazilian Portuguese: a silent consonant kept or dropped ("infeção",
    # "infecção"; "ótimo", "óptimo")
    "pt": ((regex.compile(r"[cp](?=[cçt])"), ""),),
    "es": ((regex.compile(r"[cp](?=t)"), ""),),
}


def lookalikes(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    pairs = _pairs(context, words)
    if not pairs:
        return []
    toks = text_tokens(text, context)
    lang = words.lang.split("-")[0]
    seen = words.cache.setdefault("lookalike-words", {})
    if len(seen) > 50000:
        seen.clear()
    out: list[Finding] = []
    named_found, named = analysis_of(text, context)[NAMES]
    flagged = [f.span for f in named_found if f.rule == "term-corrupted" and f.span]
    single = _single(context, words)
    for i, tok in enumerate(toks):
        norm = tok[0]
        found = seen.get(norm, _UNSEEN)
        if found is _UNSEEN:
            found = seen[norm] = _word(norm, pairs, single, words, lang)
        if found is None:
            continue  # most words: no look-alike of any sheet word
        like, singles = found
        alone = _alone(norm, singles, named) if singles and not _in_name(text, toks, i) \
            else None
        hit = _neighbour(text, toks, i, like, words) if like else None
        if hit is None and alone is None:
            continue
        if hit is not None:
            other, sheet_word, phrase = hit
            a, b = min(tok.start, other.start), max(tok.end, other.end)
        else:
            sheet_word = phrase = alone
            a, b = tok.start, tok.end
        if any(x < b and a < y for x, y in flagged):
            continue  # the term-wide alignment has it
        out.append(garbled(text, a, b, tok, phrase, sheet_word))
    return out


def _in_name(text: str, toks: list[Token], i: int) -> bool:
    """Whether the word is a capitalised word of a proper name, after another capitalised
    word in the sentence ("Gobierno Escocés", "Universität Genua"): a name's word, not a
    term's one-word form garbled. A text in capitals has no such tell."""
    if i == 0 or not text[toks[i].start:toks[i].start + 1].isupper():
        return False
    prev = text[toks[i - 1].start:toks[i - 1].end]
    between = text[toks[i - 1].end:toks[i].start]
    return prev[:1].isupper() and not prev.isupper() and not text[
        toks[i].start:toks[i].end].isupper() and between.strip() == ""


def _single(context: CheckContext, words: SheetWords) -> dict[str, list[Single]]:
    """The one-word forms of the terms a text about the study must name (its
    intervention, condition and key terms), by first letter: (word, form, term id)."""
    if "lookalike-single" in words.cache:
        return words.cache["lookalike-single"]
    sheet = context.factsheet
    ids = [sheet.intervention, sheet.condition, *(t.id for t in sheet.terms.values() if t.key)]
    out: dict[str, list[Single]] = {}
    for tid in dict.fromkeys(i for i in ids if i):
        forms = term_forms(context.lexicon, tid)
        for form in (forms.accepted if forms else ()):
            key = [t.norm for t in tokens(form)]
            if len(key) == 1 and len(key[0]) >= SHORT and key[0].isalpha() and not (
                    form.isupper()):
                out.setdefault(key[0][:1], []).append((key[0], form, tid))
    words.cache["lookalike-single"] = out
    return out


_UNSEEN = object()
Single = tuple[str, str, str]  # a one-word term form: (word, form, term id)


def _word(norm: str, pairs: Pairs, single: dict[str, list[Single]], words: SheetWords,
          lang: str) -> tuple[tuple[Pair, ...], tuple[Single, ...]] | None:
    """What a text word may garble, asked once per word and sheet: the pairs whose word it
    looks like, and the one-word term forms it looks like (None: neither)."""
    if len(norm) < SHORTEST or norm in words.known or norm in words.stop or (
            not norm.isalpha()):
        return None
    like = _like(norm, pairs, _pair_words(pairs, words), lang)
    singles = tuple(s for s in single.get(norm[:1], ())
                    if abs(len(s[0]) - len(norm)) <= 2 and look_alike(norm, s[0], lang))
    return (like, singles) if like or singles else None


def _alone(norm: str, singles: tuple[Single, ...], named: frozenset[str | None]
           ) -> str | None:
    """The one-word term form ``norm`` garbles, of those it looks like: a term the text
    never names correctly (a translation that garbles a term garbles it everywhere:
    "angora" for "angor"), or a long compound one or two letters off ("Windinfektion"
    for "Wundinfektion"), whatever else the text names."""
    for word, form, tid in singles:
        if tid not in named or (len(word) >= COMPOUND and _edits(norm, word, 2) <= 2):
            return form
    return None


Pair = tuple[str, str, int, bool, str]
Pairs = dict[str, tuple[Pair, ...]]


def _pairs(context: CheckContext, words: SheetWords) -> Pairs:
    """For every pair of neighbouring words that carry meaning in the sheet's phrases,
    each word as (the word, its neighbour, on which side (-1: the neighbour stands
    before it), whether words stand between them, the phrase), by its first letter."""
    if "lookalike-pairs" in words.cache:
        return words.cache["lookalike-pairs"]
    sheet, lex, lang = context.factsheet, context.lexicon, words.lang
    phrases: list[str] = []
    ids = [sheet.intervention, sheet.condition, *sheet.terms, *sheet.design,
           *(g.term for g in sheet.groups.values() if g.term),
           *(o.measure for o in sheet.outcomes.values() if o.measure)]
    for tid in dict.fromkeys(i for i in ids if i):
        forms = term_forms(lex, tid)
        if forms:
            phrases += forms.accepted
    shared = _arms_share(context)
    for measure in sheet.measures.values():
        phrases += measure.label.all_forms(lang)
    stop = words.stop
    found: dict[str, set[Pair]] = {}
    for phrase in dict.fromkeys(phrases):
        content = [t.norm for t in tokens(phrase)]
        if len(content) > LONGEST:
            continue  # an explanation ("study where chance decides ..."), not a name
        kept = [(j, w) for j, w in enumerate(content) if w not in stop and len(w) >= 3
                and w.isalpha()]
        for (j, w), (k, v) in itertools.pairwise(kept):
            apart = k - j - 1 > 0
            if k - j - 1 > GAP or (w in shared and v in shared[w]):
                continue  # words two arms' terms share: a look-alike names neither
            found.setdefault(w[:1], set()).add((w, v, +1, apart, phrase))
            found.setdefault(v[:1], set()).add((v, w, -1, apart, phrase))
    out = {k: tuple(sorted(v)) for k, v in found.items()}
    words.cache["lookalike-pairs"] = out
    return out


def _arms_share(context: CheckContext) -> dict[str, set[str]]:
    """The words that the terms of two of the sheet's groups both hold, each with the
    others it stands beside in both ("skin" and "cleanser" of the arms' "chlorhexidine
    skin cleanser" and "iodine skin cleanser"): a pair of them names neither arm, and a
    look-alike of it ("which skin cleaner they will use") garbles neither. Words two terms
    of one arm's topic share ("stem cells") are not among them."""
    words_of: dict[str, frozenset[str]] = {}
    for group in context.factsheet.groups.values():
        if group.term and group.term not in words_of:
            forms = term_forms(context.lexicon, group.term)
            if forms:
                words_of[group.term] = frozenset(
                    t.norm for f in forms.accepted for t in tokens(f))
    shared: dict[str, set[str]] = {}
    for a, b in itertools.combinations(words_of.values(), 2):
        both = a & b
        for w in both:
            shared.setdefault(w, set()).update(both - {w})
    return shared


def _like(norm: str, pairs: Pairs, pair_words: dict[str, tuple[tuple[str, int], ...]],
          lang: str) -> tuple[Pair, ...]:
    """The pairs whose word ``norm`` looks like (a look-alike starts with the same
    letter: a garble keeps a word's first sound)."""
    first = norm[:1]
    if first not in pairs:
        return ()
    # each word of the pairs asked once (a word stands in several pairs); a look-alike is
    # at most two letters longer or shorter (:func:`_may_look_alike`)
    n = len(norm)
    alike = {w for w, size in pair_words[first]
             if -2 <= size - n <= 2 and look_alike(norm, w, lang)}
    return tuple(p for p in pairs[first] if p[0] in alike) if alike else ()


def _pair_words(pairs: Pairs, words: SheetWords) -> dict[str, tuple[tuple[str, int], ...]]:
    """The distinct words of the pairs by their first letter, with their lengths (once
    per sheet)."""
    found = words.cache.get("lookalike-pair-words")
    if found is None:
        found = words.cache["lookalike-pair-words"] = {
            first: tuple((w, len(w)) for w in dict.fromkeys(p[0] for p in options))
            for first, options in pairs.items()}
    return found


def _neighbour(text: str, toks: list[Token], i: int,
               like: tuple[Pair, ...], words: SheetWords
               ) -> tuple[Token, str, str] | None:
    """The pair word standing beside token ``i`` on its side, as the sheet writes it."""
    for side in (-1, +1):
        found = _next_content(text, toks, i, side, words)
        if found is None:
            continue
        other, gap = found
        for word, mate, where, apart, phrase in like:
            # words side by side in the sheet stand side by side in a garbled copy; words
            # with a function word between keep one ("coágulo en el pulmón")
            if where == side and bool(gap) == apart and kin(other.norm, mate) == EQUAL:
                return other, word, phrase
    return None


def _next_content(text: str, toks: list[Token], i: int, side: int,
                  words: SheetWords) -> tuple[Token, int] | None:
    """The next word that carries meaning on ``side`` of token ``i``, with at most GAP
    function words and no clause break between."""
    j, gap = i + side, 0
    while 0 <= j < len(toks):
        a, b = (toks[j].end, toks[j + 1].start) if side < 0 else (toks[j - 1].end,
                                                                   toks[j].start)
        if _BREAK.search(text, a, b):
            return None
        if toks[j].norm in words.stop or len(toks[j].norm) < 3:
            gap += 1
            if gap > GAP:
                return None
        else:
            return toks[j], gap
        j += side
    return None


@functools.lru_cache(maxsize=65536)
def look_alike(word: str, sheet_word: str, lang: str) -> bool:
    """Whether ``word`` looks like ``sheet_word`` without being a form or a spelling of
    it: one letter changed, dropped, added or swapped; or, ending in the same letter,
    two; or, for longer words of about the same length, most letters in common and the
    first three the same."""
    if word == sheet_word or min(len(word), len(sheet_word)) < SHORTEST:
        return False
    # most pairs are told apart by their lengths and letters alone
    return _may_look_alike(word, sheet_word) and _looks_alike(word, sheet_word, lang)


def _looks_alike(word: str, sheet_word: str, lang: str) -> bool:
    """:func:`look_alike` in full, of two words of :data:`SHORTEST` letters or more."""
    if same_word(word, sheet_word, lang):
        return False
    edits = _edits(word, sheet_word, 3)
    shortest = min(len(word), len(sheet_word))
    if edits <= 1:
        return True
    if word[-1] != sheet_word[-1]:
        return False  # another ending is another kind of word ("durante", "durata")
    if edits <= 2 and shortest >= 5:
        return True
    return shortest >= 5 and abs(len(word) - len(sheet_word)) <= 2 and common_prefix(
        word, sheet_word) >= 3 and (
        SequenceMatcher(None, word, sheet_word).ratio() >= LOOSE - 1e-9)


def _may_look_alike(a: str, b: str) -> bool:
    """False only where :func:`_looks_alike` is False whatever :func:`same_word` says: the
    lengths, last letters and letters in common rule out every way it can be True. (A
    change, drop or add moves one letter in or out of a word's letters, a swap none: a
    word needs at least as many edits as it has letters the other lacks; difflib's ratio
    counts at most the letters in common.)"""
    la, lb = len(a), len(b)
    apart = abs(la - lb)
    close = a[-1] == b[-1] and min(la, lb) >= 5  # two edits, or letters in common, can do
    if apart > (2 if close else 1):
        return False
    common = _letters_in_common(a, b)
    if max(la, lb) - common <= (2 if close else 1):
        return True
    return close and common_prefix(a, b) >= 3 and 2.0 * common / (la + lb) >= LOOSE - 1e-9


def _letters_in_common(a: str, b: str) -> int:
    """How many letters of ``a`` can be paired each with its own equal letter of ``b``."""
    n = 0
    for ch in set(a):  # each letter as often as both words have it
        if ch in b:
            x, y = a.count(ch), b.count(ch)
            n += x if x < y else y
    return n


def same_word(a: str, b: str, lang: str) -> bool:
    """The same word in another form or spelling: what :func:`.names.kin` calls the same,
    or one stem of four letters or more with endings of its own (a vowel or an ending of
    the language: "angira" is not "angina"), except a word with one letter added that
    is no ending of the language ("cloth" is not "clot")."""
    if _spelled(a, lang) == _spelled(b, lang):
        return True
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and len(long_) == len(short) + 1 and len(short) <= SHORT:
        return long_[len(short):] in ENDINGS.get(lang, ())
    shared = common_prefix(a, b)
    ends = ENDINGS.get(lang, ())
    if shared >= 4 and all(len(r) <= 2 and (not r or r[0] in _VOWEL or r in ends)
                           for r in (a[shared:], b[shared:])):
        return True  # one stem, another ending: "étudié", "étude"; "melhora", "melhoria"
    if shared >= STEM:
        if _edits(a, b, 1) > 1:
            return True  # a long stem, another suffix: "desinfección", "desinfectante"
        extra = long_[shared] if len(long_) == len(short) + 1 else ""
        if extra in _VOWEL:
            return True  # a vowel said or left out in a long word: "hematopo(i)ético"
        if len(a) == len(b) == shared + 1 and (a[-1] in _VOWEL) != (b[-1] in _VOWEL):
            return True  # a long stem's last letter a vowel ending: "escaneo", "escaner"
    return kin(a, b) == EQUAL


def _spelled(word: str, lang: str) -> str:
    for pattern, new in _SPELLINGS.get(lang, ()):
        word = pattern.sub(new, word)
    return word


def _edits(a: str, b: str, most: int) -> int:
    """Letters changed, dropped, added or swapped between two words (at most ``most`` + 1
    is told apart)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > most:
            return most + 1
        prev2, prev = prev, cur
    return prev[-1]


def garbled(text: str, a: int, b: int, tok: Token, phrase: str, sheet_word: str) -> Finding:
    """The finding for a look-alike of a sheet word at ``tok`` inside ``[a, b)``: one wording
    for the term-wide and the label-wide readings."""
    return Finding(
        "term-corrupted", "error",
        f"\"{text[a:b]}\" looks like a garbled \"{phrase}\" (\"{text[tok.start:tok.end]}\""
        f" where the fact sheet has \"{sheet_word}\"); use the sheet's wording.",
        None, phrase, text[a:b], (a, b))
