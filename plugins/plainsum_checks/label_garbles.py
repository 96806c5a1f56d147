"""A word of one of the sheet's group or outcome labels swapped for a look-alike
(``term-corrupted``).

:mod:`.recall_lookalikes` reads the pairs of neighbouring words of the phrases that name
a thing (terms, measures). A machine translation garbles the words of the labels just as
often: "embolia pulmonar de bajo riego" for the group "de bajo riesgo", "tromboembolia
ventosa" for the outcome "tromboembolia venosa", "Vergleichspersonen ohne Darmkrabbe".
Here the sheet's group and outcome labels, in the text's language, are cut at their
commas and relative words into short stretches, and each stretch gives its pairs of
neighbouring words that carry meaning. A text that keeps one word of such a pair and
puts beside it a word the sheet never uses that looks like the other has garbled it,
by the same test of look-alikes (a letter or two off, or most letters and the first
three in common; never another form or spelling of the same word).
"""

from __future__ import annotations

import itertools

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NAMES
from .recall_lookalikes import ENDINGS, Pairs, _like, _neighbour, _pairs, garbled
from .recall_sheet import SheetWords, text_tokens
from .text import common_prefix, tokens

# where a label's stretch ends: punctuation, or a relative or linking word after which
# a label explains rather than names ("personas ... que tienen un coágulo")
_CUT = regex.compile(
    r"[,;:()\[\]]|(?<![\p{L}])(?:who|which|that|que|qui|dont|die|der|das|welche[rsn]?"
    r"|che|cui|quale|quali)(?![\p{L}])", regex.IGNORECASE)
SHORTEST = 4  # letters of the shortest text word read as a look-alike
STRETCH = 5  # words of the longest stretch of a label read as a name


def label_garbles(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    """Look-alikes of a word of the sheet's group and outcome labels beside its kept
    neighbour, where :mod:`.recall_lookalikes` reads no such pair."""
    pairs = _label_pairs(context, words)
    if not pairs:
        return []
    toks = text_tokens(text, context)
    lang = words.lang.split("-")[0]
    pair_words = _words_of(pairs, words)
    out: list[Finding] = []
    named_found, _ = analysis_of(text, context)[NAMES]
    flagged = [f.span for f in named_found if f.rule == "term-corrupted" and f.span]
    for i, tok in enumerate(toks):
        norm = tok.norm
        if len(norm) < SHORTEST or norm in words.known or norm in words.stop or (
                not norm.isalpha()):
            continue
        like = tuple(p for p in _like(norm, pairs, pair_words, lang)
                     if not _one_stem(norm, p[0], lang))
        hit = _neighbour(text, toks, i, like, words) if like else None
        if hit is None:
            continue
        other, sheet_word, phrase = hit
        a, b = min(tok.start, other.start), max(tok.end, other.end)
        if any(x < b and a < y for x, y in flagged):
            continue  # the term-wide alignment has it
        out.append(garbled(text, a, b, tok, phrase, sheet_word))
    return out


# endings of a verb's forms (infinitive, participle, past) by language, folded: a label's
# verb ("sent home", "ficaram internadas", "erkranken") takes other forms in a text
_VERB = {
    "en": regex.compile(r"(?:ed|ing)$"),
    "es": regex.compile(r"(?:ad[oa]s?|id[oa]s?|ar|er|ir|aron|ieron)$"),
    "pt": regex.compile(r"(?:ad[oa]s?|id[oa]s?|ar|er|ir|aram|eram|iram)$"),
    "fr": regex.compile(r"(?:ees?|er|ir|ant)$"),
    "it": regex.compile(r"(?:at[oaie]|ut[oaie]|it[oaie]|are|ere|ire|ando|endo)$"),
    "de": regex.compile(r"(?:en|ern|eln|t|te|ten)$"),
}
SHEET_SHORTEST = 5  # letters of the shortest label word read as garbled ("sent": "send")


def _garbles(word: str, written: str, lang: str) -> bool:
    """Whether a label word is one a look-alike can stand for: long enough, and no verb
    (a German verb is written in small letters; nouns are capitalised)."""
    if len(word) < SHEET_SHORTEST:
        return False
    verb = _VERB.get(lang.split("-")[0])
    if verb is None or verb.search(word) is None:
        return True
    return lang.startswith("de") and written[:1].isupper()


FAMILY = 8  # letters of a shared start that make two words one family ("tromboembólica")


def _one_stem(word: str, sheet_word: str, lang: str) -> bool:
    """Two forms of one word the look-alike test does not know: one long shared start, or
    one stem with two of the language's endings ("frühen", "früher")."""
    if common_prefix(word, sheet_word) >= FAMILY:
        return True
    ends = sorted(ENDINGS.get(lang, ()), key=len, reverse=True)

    def stem(w: str) -> str:
        return next((w[:-len(e)] for e in ends if w.endswith(e) and len(w) - len(e) >= 4), w)
    return stem(word) == stem(sheet_word)


def _words_of(pairs: Pairs, words: SheetWords) -> dict[str, tuple[tuple[str, int], ...]]:
    found = words.cache.get("label-garble-words")
    if found is None:
        found = words.cache["label-garble-words"] = {
            first: tuple((w, len(w)) for w in dict.fromkeys(p[0] for p in options))
            for first, options in pairs.items()}
    return found


def _label_pairs(context: CheckContext, words: SheetWords) -> Pairs:
    """The pairs of neighbouring words of the stretches of the sheet's group and outcome
    labels, by first letter, as :func:`.recall_lookalikes._pairs` gives them, less the
    pairs that function already reads (each garble is reported once)."""
    if "label-garble-pairs" in words.cache:
        return words.cache["label-garble-pairs"]
    sheet, lang, stop = context.factsheet, words.lang, words.stop
    named = {(p[0], p[1], p[2]) for ps in _pairs(context, words).values() for p in ps}
    found: dict[str, set[tuple[str, str, int, bool, str]]] = {}
    labels = [form for thing in (*sheet.groups.values(), *sheet.outcomes.values())
              for form in thing.label.all_forms(lang)]
    for label in dict.fromkeys(labels):
        for stretch in _CUT.split(label):
            toks = tokens(stretch)
            kept = [(j, t.norm, stretch[t.start:t.end]) for j, t in enumerate(toks)
                    if t.norm not in stop and len(t.norm) >= 3 and t.norm.isalpha()]
            if not 2 <= len(kept) <= STRETCH:
                continue
            if label.startswith(stretch):
                kept = kept[1:]  # the label's head ("patients", "time"): named many ways
            phrase = stretch.strip()
            for (j, w, x), (k, v, y) in itertools.pairwise(kept):
                if k != j + 1:
                    continue  # words side by side only: a function word between links
                    # a head to what it is said of, often in a verb's words
                if _garbles(w, x, lang) and (w, v, +1) not in named:
                    found.setdefault(w[:1], set()).add((w, v, +1, False, phrase))
                if _garbles(v, y, lang) and (v, w, -1) not in named:
                    found.setdefault(v[:1], set()).add((v, w, -1, False, phrase))
    out = {k: tuple(sorted(v)) for k, v in found.items()}
    words.cache["label-garble-pairs"] = out
    return out
