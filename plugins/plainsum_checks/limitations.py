"""Rule ``limitation-missing``: a result said without its caveat.

A generated output lists the limitations it states (``Output.limitations``): each one the
text does not say in the sheet's words is an error (the generator claimed it). A text
written elsewhere (``plainsum check``) that states a figure should keep the sheet's key
limitation(s) (``FactSheet.key_limitations``); it may say them in words of its own, which
the checker can only recognise roughly (the limitation's terms, most of its content
words), so a missing one is a warning there, not an error.
"""

from __future__ import annotations

import functools
from typing import Any

import regex
from plainsum.caveats import forms
from plainsum.factsheet.model import Limitation
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

_SPACE = regex.compile(r"[\s\u00a0\u202f]+")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_DIGIT = regex.compile(r"\d")
# share of a limitation's content words a writer's own sentence must carry to say it: most
# of them (a limitation is a claim about the study), at least three where it has three
OVERLAP = 0.75
SUBJECT_WORDS = 2  # a clause's shared subject: "the study", "el estudio"
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+")
STEM = 5  # letters compared: "hospital"/"hospitals", "retrospective"/"retrospectively"


class LimitationValidator:
    """Reports a listed (generated output) or key (other text) limitation left unsaid."""

    name = "limitations"
    reads = ("output.limitations",)  # of the context beyond the text: the limitations it lists

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        sheet, output = context.factsheet, context.output
        lang = context.lexicon.lang
        if output is not None:
            listed = [sheet.limitations[i] for i in output.limitations
                      if i in sheet.limitations]
            severity, loose = "error", False
        else:
            if not _DIGIT.search(text):  # no figure: the text states no result to qualify
                return []
            listed, severity, loose = sheet.key_limitations, "warning", True
        out = []
        for lim in listed:
            if said(text, lim, lang, context.lexicon if loose else None):
                continue
            wording = lim.text.get(lang, "plain") or lim.id
            out.append(Finding(
                "limitation-missing", severity,
                f"The text does not state the limitation {lim.id} ({wording!r})"
                + (", which the output lists." if not loose else
                   ", the sheet's key caveat for its results."),
                lim.id, wording, None, None))
        return out


def said(text: str, lim: Limitation, lang: str, lexicon: Any | None = None) -> bool:
    """Whether ``text`` states the limitation: the one test both ``limitation-missing`` and
    the CCI's ``uncertainty`` item use. Exactly (``lexicon`` None: a generated output's
    own words): one of the sheet's wordings, alone or joined to a clause of the same
    subject. Loosely (a ``lexicon``: words of the writer's own): also one of its terms'
    names, or most of a wording's content words (``OVERLAP``) together, in as many
    consecutive sentences as the wording has; a results sentence that shares "people" and
    "transplant" with "no group of people who did not get the transplant" does not say it."""
    if lexicon is None:
        return _said(text, lim, lang, None)
    # a summary's paragraphs come again in the summaries of other audiences: judged once
    # per paragraph, limitation and run
    return lexicon.remember(("limitation-said", text, lim.id),
                            lambda: _said(text, lim, lang, lexicon))


def _said(text: str, lim: Limitation, lang: str, lexicon: Any | None) -> bool:
    flat = _folded(text)
    wordings = _lim_wordings(lim, lang)
    if any(w and w in flat for w in wordings):
        return True  # most generated outputs: the sentences are never split
    sentences = _read(text)[1]
    if any(shares_subject(s, w) for w in wordings for s in sentences):
        return True
    if lexicon is None:
        return False
    for term_id in lim.terms:
        names = lexicon.remember(("limitation-term-names", term_id),
                                 lambda t=term_id: [_flat(n) for n in lexicon.term(t).accepted])
        if any(has_word(flat, n) for n in names):
            return True
    for wording in wordings:
        wanted, size, need = _wanted(wording)
        # a run of sentences has no stem the whole text lacks: most texts do not hold
        # enough of the wording's stems anywhere, and no run of theirs is looked at
        if not wanted or len(wanted & _text_stems(text)) < need:
            continue
        # no word runs across two sentences (each but the last ends on its mark): the
        # stems of a run of sentences are those of each, found once per text
        stems = _sentence_stems(text)
        if any(len(wanted & frozenset().union(*stems[i:i + size])) >= need
               for i in range(max(1, len(sentences) - size + 1))):
            return True
    return False


@functools.lru_cache(maxsize=512)
def _wanted(wording: str) -> tuple[frozenset[str], int, float]:
    """A folded wording's stems, its sentences and the stems a run of that many sentences
    must share with it: the same for every text, worked out once per wording."""
    wanted = frozenset(_stems(wording))
    size = max(1, len(_SENTENCE_END.split(wording)))
    return wanted, size, max(min(len(wanted), 3), OVERLAP * len(wanted))


@functools.lru_cache(maxsize=256)
def _folded(text: str) -> str:
    """A text folded as wordings are."""
    return _flat(text)


@functools.lru_cache(maxsize=256)
def _read(text: str) -> tuple[str, list[str]]:
    """A text folded as wordings are, and its sentences (callers only read them)."""
    flat = _folded(text)
    return flat, [s for s in _SENTENCE_END.split(flat) if s]


@functools.lru_cache(maxsize=256)
def _sentence_stems(text: str) -> list[frozenset[str]]:
    """The stems of each sentence of ``text`` (callers only read them)."""
    return [frozenset(_stems(s)) for s in _read(text)[1]]


@functools.lru_cache(maxsize=256)
def _text_stems(text: str) -> frozenset[str]:
    """The stems of all the sentences of ``text``."""
    return frozenset().union(*_sentence_stems(text))


_WORD_CHAR = regex.compile(r"\w")
_ELIDED = regex.compile(r"\w'(?=\w)")  # folded texts: "l'étude", "dell'ospedale"


def has_word(text: str, words: str) -> bool:
    r"""Whether ``words`` stand in ``text`` with no word character either side: what the
    pattern ``(?<!\w)words(?!\w)`` finds, without compiling one per term name of every
    sheet (a compile costs as much as reading a summary)."""
    if not words:
        return regex.search(r"(?<!\w)(?!\w)", text) is not None
    size, k = len(words), text.find(words)
    while k >= 0:
        end = k + size
        if (not k or not _WORD_CHAR.match(text, k - 1)) and (
                end >= len(text) or not _WORD_CHAR.match(text, end)):
            return True
        k = text.find(words, k + 1)
    return False


def shares_subject(sentence: str, wording: str) -> bool:
    """Whether ``sentence`` says ``wording`` joined to another clause of the same subject:
    it opens with the wording's first words (at least ``SUBJECT_WORDS``) and holds the
    rest of the wording after them ("the study was retrospective and did not include a
    control group" says "the study did not include a control group"). Folded texts."""
    a = wording.split()
    # the first words must be the same: a sentence's first word is where it starts (no
    # need to split the whole sentence to see that it starts otherwise)
    if not a or not sentence.lstrip().startswith(a[0]):
        return False
    b = sentence.rstrip(".!? ").split()
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    for k in range(1, same + 1):
        # an elided article is a word of its own: "l'étude" is the subject "la étude"
        if sum(1 + len(_ELIDED.findall(word)) for word in a[:k]) < SUBJECT_WORDS:
            continue
        rest = a[k:]
        if len(rest) >= SUBJECT_WORDS and f" {' '.join(rest)} " in f" {' '.join(b[k:])} ":
            return True
    return False


def _lim_wordings(lim: Limitation, lang: str) -> tuple[str, ...]:
    """:func:`_wordings` of the limitation's forms in ``lang``, kept per limitation (a
    sheet's limitations are frozen; the one kept is checked to be this very one)."""
    key = (id(lim), lang)
    kept = _LIM_WORDINGS.get(key)
    if kept is not None and kept[0] is lim:
        return kept[1]
    if len(_LIM_WORDINGS) >= 512:
        _LIM_WORDINGS.clear()
    wordings = _wordings(tuple(forms(lim, lang)))
    _LIM_WORDINGS[key] = (lim, wordings)
    return wordings


_LIM_WORDINGS: dict[tuple[int, str], tuple[Limitation, tuple[str, ...]]] = {}


@functools.lru_cache(maxsize=512)
def _wordings(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The sheet's wordings folded as a text is, once per run (not once per output)."""
    return tuple(_flat(f).rstrip(".!? ") for f in forms)


def _flat(text: str) -> str:
    text = text.replace("’", "'")
    if not any(ch in text for ch in _NOT_SPACE):  # four substring scans, not one per char
        # str.split's white space is the pattern's but for four control characters:
        # without them, the runs it splits at are the runs the pattern joins
        return " ".join(text.split()).casefold()
    return _SPACE.sub(" ", text).casefold().strip()


# the characters str.split takes for white space and ``_SPACE`` does not
_NOT_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")


def _stems(text: str) -> list[str]:
    """Content words (longer than four letters), cut to their first ``STEM`` letters."""
    return [w[:STEM] for w in _WORD.findall(text) if len(w) > 4]
