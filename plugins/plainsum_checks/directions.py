"""Directions: a text must not turn "improved" into "increased" or "no worsening" into
"got worse".

A sentence speaks of an outcome when it names the outcome, its measure, or gives one of
its figures. Each direction word there (from the pack's ``directions``) is read with the
pack's ``negations`` in the few words before it ("did not get worse" = no worsening), and
through the outcome's polarity ("disability increased" = worse when higher is worse).
Reviewed quotes of the sheet are skipped: a speaker may talk about other people.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex
from plainsum.analysis import analysis_of
from plainsum.factsheet.model import FactSheet, Outcome, local_text
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext
from plainsum.spans import Spans

from .analysis import CLAIMS, DIRECTIONS, GROUP_CUES, NUMBERS, QUOTES
from .anchors import any_of
from .anchors import fold as fold_words
from .comparatives import no_claim
from .context import Cue
from .sheet import SheetIndex, matches, sheet_index, term_forms, unsettled
from .text import (
    PhraseIndex,
    RunMemo,
    Token,
    first_in,
    last_in,
    phrase_key,
    places,
    same_word,
    tokens,
)

NEGATION_WINDOW = 4  # words before a direction word that can negate it
PREVENTION_WINDOW = 10  # "prevent [what, however long] from getting worse", within a clause
_PREVENTION_MARKS = regex.compile(r"[,;:]")  # where that clause starts
# a complementizer after a comma: the clause it opens is the object of the verb before
_STOP = regex.compile(r"[;:.!?]")  # what ends a prevented clause
_THAT = regex.compile(r"\s*(?:qu['’]|(?:that|dass|daß|que|che)(?!\p{L}))", regex.IGNORECASE)
_FLAGS = regex.IGNORECASE

# what a stated direction contradicts, once read through polarity and negation
OPPOSITE = {
    "improved": {"worsened", "no-improvement"},
    "no-worsening": {"worsened"},
    "worsened": {"improved", "no-worsening", "unchanged"},
    "unchanged": {"worsened", "improved"},
    "no-improvement": {"improved"},
    "increased": {"decreased"},
    "decreased": {"increased"},
}
_NEGATED = {"worsened": "no-worsening", "improved": "no-improvement",
            "increased": "not-increased", "decreased": "not-decreased",
            "unchanged": "changed"}


@dataclass(frozen=True)
class Said:
    start: int
    end: int
    text: str
    direction: str  # as written, after negation
    negated: bool

    def shifted(self, offset: int) -> Said:
        return Said(self.start + offset, self.end + offset, self.text, self.direction,
                    self.negated)


# adverbs of degree (more; better) by language: after a verb of change they say how much
# it changed, not a direction of their own. Closed-class words.
_DEGREE_WORDS = {"en": (r"more|further|most", r"better|best"),
                 "es": (r"más", r"mejor"), "fr": (r"davantage|plus", r"mieux"),
                 "de": (r"mehr|stärker|deutlicher", r"besser"),
                 "it": (r"più|di\s+più", r"meglio"), "pt": (r"mais", r"melhor"),
                 "nl": (r"meer|sterker", r"beter")}
_DEGREE = {lang: (regex.compile(more, _FLAGS), regex.compile(better, _FLAGS))
           for lang, (more, better) in _DEGREE_WORDS.items()}
# what may stand between the verb and its adverb: a clitic subject ("prévient-elle"), an
# object pronoun or article and a noun of one or two words ("reduces infections more")
_BETWEEN = regex.compile(r"(?:-[\p{L}]+)?(?:\s+[\p{L}'’-]+){0,2}?\s+", _FLAGS)


# verbs of going on: a negation before one denies that the change went on, not the change
# ("the risk did not keep falling", "el riesgo no siguió disminuyendo", "sank nicht weiter")
_GOES_ON = {"en": r"keep|keeps|kept|continue[sd]?|go(?:es)?\s+on|went\s+on|any\s+further",
            "es": r"sig(?:ue|uen|uió|uieron|uiera|a|an)|continu\w+", "fr": r"continu\w+",
            "de": r"weiter|fortgesetzt", "it": r"continu\w+|ulteriormente",
            "pt": r"continu\w+|segui\w+", "nl": r"verder|blijven|bleef|bleven"}


# verbs of seeing or living through a change ("had not seen their disability worsen", "no
# habían visto empeorar", "n'ont pas vu", "non avevano visto", "não tinham visto", "hatten
# nicht erlebt"): a negation before one denies the change it takes. Closed lists.
_SEEN = {"en": r"seen|see|saw|experienced?|noticed?",
         "es": r"vist[oa]s?|ver|vieron|visto|notado|notaron|experimentado|sufrido",
         "fr": r"vu|vue|vus|voir|virent",
         "de": r"gesehen|sehen|sahen|erlebt|erleben|bemerkt",
         "it": r"vist[oaie]|vedere|videro|notato|sperimentato|subito",
         "pt": r"vist[oa]s?|ver|viram|notado|sentido|sofrido",
         "nl": r"gezien|zien|zagen|gemerkt|meegemaakt"}


def _adjacent(text: str, end: int, start: int) -> bool:
    """Whether only a clitic or up to two words (no clause mark) stand from ``end`` to
    ``start``."""
    return _BETWEEN.fullmatch(text, end, start) is not None


class _Words:
    """One pack's direction and negation patterns, compiled once."""

    def __init__(self, pack: object):
        self.lang = str(getattr(pack, "code", "")).split("-")[0]
        goes_on = _GOES_ON.get(self.lang)
        seen = _SEEN.get(self.lang)
        self.seen = regex.compile(seen, _FLAGS) if seen else None
        self.seen_in = regex.compile(rf"(?<![\p{{L}}])(?:{seen})(?![\p{{L}}])",
                                     _FLAGS) if seen else None
        self.goes_on = regex.compile(rf"(?<![\p{{L}}])(?:{goes_on})(?![\p{{L}}])",
                                     _FLAGS) if goes_on else None
        self.patterns = {
            key: regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(frags)})(?![\p{{L}}])", _FLAGS)
            for key, frags in (getattr(pack, "directions", None) or {}).items() if frags}
        # the words one of which each hit of a pattern holds: most sentences hold none
        # of a pattern's words, and need not be scanned for it
        self.anchors = {key: any_of(list(frags)) for key, frags in
                        (getattr(pack, "directions", None) or {}).items() if frags}
        negs = getattr(pack, "negations", None) or []
        self.negation = regex.compile(
            rf"(?<![\p{{L}}])(?:{'|'.join(negs)})(?![\p{{L}}])", _FLAGS) if negs else None
        stops = getattr(pack, "preventions", None) or []
        self.prevention = regex.compile(
            rf"(?<![\p{{L}}])(?:{'|'.join(stops)})(?![\p{{L}}])", _FLAGS) if stops else None
        self.prevented = regex.compile(
            rf"(?<![\p{{L}}])(?:{'|'.join(stops)})(?![\p{{L}}])(?:\s*,[^,;:.]{{1,40}},)?"
            rf"\s*,?{_THAT.pattern}", _FLAGS) if stops else None

    def said(self, text: str, start: int = 0, end: int | None = None) -> list[Said]:
        end = len(text) if end is None else end
        found: list[Said] = []
        before = _before(text)
        low: str | None = None  # the text folded, once one pattern has words to look for
        for key, pattern in self.patterns.items():
            words = self.anchors.get(key)
            if words is not None:
                if low is None:
                    low = fold_words(text[start:end])
                if not any(w in low for w in words):
                    continue
            # a pattern's hits never overlap those of the patterns before it (most
            # sentences have none, and need no spans built)
            earlier = Spans((s.start, s.end) for s in found) if found else None
            for hit in pattern.finditer(text, start, end):
                if earlier is not None and earlier.overlaps(hit.start(), hit.end()):
                    continue
                negated = self._negated(before, start, hit.start())
                direction = _NEGATED.get(key, key) if negated else key
                found.append(Said(hit.start(), hit.end(), hit.group(), direction, negated))
        return self._degrees(text, start, found) if len(found) > 1 or (
            found and self.prevention is not None) else found

    def _degrees(self, text: str, start: int, found: list[Said]) -> list[Said]:
        """Without the adverbs of degree that follow a verb of change ("réduit davantage
        les infections", "reduces infections more", "senkt stärker") or of prevention
        ("prévient-elle mieux les infections", "prevents them better"): they say how
        much the verb did, in its own direction, not a rise or a gain of their own."""
        lang = getattr(self, "lang", "")
        degree, better = _DEGREE.get(lang, (None, None))
        if degree is None:
            return found
        falls = [x for x in found if x.direction == "decreased"]
        out = []
        for x in found:
            if x.direction in ("increased", "improved", "not-increased", "no-improvement") and (
                    degree.fullmatch(x.text) or better.fullmatch(x.text)):
                lo = max(start, x.start - 40)
                if any(lo <= f.end <= x.start and _adjacent(text, f.end, x.start)
                       for f in falls):
                    continue
                if better.fullmatch(x.text) and self.prevention is not None and any(
                        _adjacent(text, m.end(), x.start)
                        for m in self.prevention.finditer(text, lo, x.start)):
                    continue
            out.append(x)
        return out

    def _negated(self, before: _Before, start: int, pos: int) -> bool:
        text = before.text
        if self.negation is not None:
            words = before.words(start, pos, NEGATION_WINDOW)
            lo = words[0].start if words else pos
            denied = self.negation.search(text, lo, pos)
            if denied is None and self.seen is not None and self.seen_in is not None:
                # "não tinham visto a incapacidade agravar-se": the negation of a verb of
                # seeing reaches the change it saw
                clause = last_in(before.marks, start, pos)
                lo_clause = start if clause is None else clause + 1
                seen = None
                if self.seen_in.search(text, lo_clause, pos) is not None:  # most: none
                    near = before.words(lo_clause, pos, PREVENTION_WINDOW)
                    seen = next((t for t in reversed(near)
                                 if self.seen.fullmatch(text, t.start, t.end)), None)
                if seen is not None:
                    back = before.words(lo_clause, seen.start, NEGATION_WINDOW)
                    denied = self.negation.search(text, back[0].start if back else seen.start,
                                                  seen.start)
            if denied is not None and not (self.goes_on is not None and self.goes_on.search(
                    text, denied.end(), pos) is not None):
                return True
        if self.prevention is not None:
            # the clause a prevention verb takes ("evitar que la discapacidad de las
            # personas con esclerosis múltiple (EM) empeore") may run past the window
            if self._prevented_clause(text, start, pos):
                return True
            clause = last_in(before.marks, start, pos)
            words = before.words(start if clause is None else clause + 1, pos,
                                 2 * PREVENTION_WINDOW)
            # words of two letters ("as", "de", "e", "EM") do not count towards the window:
            # "prevenido as pessoas com EM de experienciar mais ataques e sintomas agravados"
            full = [i for i, t in enumerate(words) if t.end - t.start > 2]
            if len(full) > PREVENTION_WINDOW:
                words = words[full[-PREVENTION_WINDOW]:]
            lo = words[0].start if words else pos
            return self.prevention.search(text, lo, pos) is not None
        return False

    def _prevented_clause(self, text: str, start: int, pos: int) -> bool:
        """Whether ``pos`` is in the clause a complementizer opens after a prevention
        verb: "verhindern, dass sich ... verschlechtert", "evitar, en muchos casos, que la
        discapacidad empeore" (an aside in commas may stand on either side of it)."""
        if self.prevented is None:
            return False
        for hit in self.prevented.finditer(text, max(start, pos - 160), pos):
            rest = text[hit.end():pos]
            if not _STOP.search(rest) and rest.count(",") in (0, 2):
                return True
        return False


class _Before:
    """What a direction word is read with in its text: the words and clause marks (, ; :)
    before it, found by bisection into the text's tokens rather than by a scan."""

    def __init__(self, text: str):
        self.text = text

    @functools.cached_property
    def toks(self) -> list[Token]:
        return tokens(self.text)

    @functools.cached_property
    def marks(self) -> list[int]:
        return places(_PREVENTION_MARKS, self.text)

    def words(self, start: int, pos: int, n: int) -> list[Token]:
        """The last ``n`` words between ``start`` and ``pos``, elided articles and
        pronouns ("s'", "l'", "un'") left out: they are part of the next word and must not
        push a negation out of the window ("n'ont pas vu leur handicap s'aggraver")."""
        toks, text = self.toks, self.text
        out: list[Token] = []
        i = bisect_right(toks, pos, key=lambda t: t.end) - 1
        while i >= 0 and len(out) < n and toks[i].start >= start:
            t = toks[i]
            if not (t.end < pos and text[t.end] in "'’"):
                out.append(t)
            i -= 1
        return out[::-1]


@functools.lru_cache(maxsize=8)
def _before(text: str) -> _Before:
    """One :class:`_Before` a text: ``said`` is asked of each sentence of a text in turn,
    and finding the clause marks of the whole text again for each one cost the text's
    length per sentence (a long text of short sentences: seconds)."""
    return _Before(text)


_WORDS: Memo[_Words] = Memo(64)


def _words(pack: object) -> _Words:
    return _WORDS.get((pack,), None, lambda: _Words(pack))


def through_polarity(direction: str, polarity: str | None) -> str:
    """"increased" means "worsened" when higher is worse."""
    if polarity == "higher-is-worse":
        return {"increased": "worsened", "decreased": "improved",
                "not-increased": "no-worsening", "not-decreased": "no-improvement"}.get(
                    direction, direction)
    if polarity == "higher-is-better":
        return {"increased": "improved", "decreased": "worsened",
                "not-decreased": "no-worsening", "not-increased": "no-improvement"}.get(
                    direction, direction)
    return direction


def _outcome_phrases(context: CheckContext) -> PhraseIndex[tuple[str, ...]]:
    """Each phrase with every outcome it names: two outcomes may share a measure
    ("disability"), and a sentence naming it speaks of both."""
    sheet, lexicon = context.factsheet, context.lexicon
    entries: list[tuple[str, str]] = []
    for outcome in sheet.outcomes.values():
        entries += [(form, outcome.id) for form in outcome.label.all_forms(lexicon.lang)]
        if outcome.measure in sheet.measures:
            entries += [(form, outcome.id) for form in
                        sheet.measures[outcome.measure].label.all_forms(lexicon.lang)]
        elif outcome.measure:
            forms = term_forms(lexicon, outcome.measure)
            entries += [(form, outcome.id) for form in (forms.accepted if forms else [])]
    by_key: dict[tuple[str, ...], tuple[str, list[str]]] = {}
    for form, oid in entries:
        _, ids = by_key.setdefault(phrase_key(form), (form, []))
        if oid not in ids:
            ids.append(oid)
    return PhraseIndex((phrase, tuple(ids)) for phrase, ids in by_key.values())


def quote_spans(text: str, spans: list[tuple[int, int]], sheet: FactSheet,
                lang: str, memo: RunMemo | None = None) -> list[tuple[int, int]]:
    """Where the sheet's reviewed quotes stand in the text (four in five words in place).

    A quote may run over several sentences: the words of all sentences are read in a row.
    With ``memo`` (the run's lexicon) each sentence's words are folded once per run (a
    bundle's texts repeat half their sentences), and the quotes' words once.
    """
    quotes = _quote_words(sheet, lang) if memo is None else memo.remember(
        ("quote-words",), lambda: _quote_words(sheet, lang))
    if not quotes:
        return []
    sentences = [text[a:b] for a, b in spans]
    norms: list[str] = []  # the text's words, sentence after sentence
    firsts: list[int] = []  # where each sentence's words start in ``norms``
    for sentence in sentences:
        firsts.append(len(norms))
        norms += _norms(sentence) if memo is None else memo.remember(
            ("quote-norms", sentence), lambda s=sentence: _norms(s))

    def place(k: int) -> tuple[int, int]:
        """Where the text's ``k``-th word stands in it (found in its sentence's words)."""
        j = bisect_right(firsts, k) - 1
        tok = tokens(sentences[j])[k - firsts[j]]
        return tok.start + spans[j][0], tok.end + spans[j][0]

    found = []
    for words in quotes:
        for i in _heads(norms, words[:4]):
            window = norms[i:i + len(words)]
            same = sum(a == b for a, b in zip(window, words, strict=False))
            if same >= 0.8 * len(words):
                last = min(i + len(words), len(norms)) - 1
                found.append((place(i)[0], place(last)[1]))
    return found


def _quote_words(sheet: FactSheet, lang: str) -> list[list[str]]:
    """The folded words of each of the sheet's quotes of four words or more."""
    return [words for quote in sheet.quotes.values()
            if len(words := [t.norm for t in tokens(local_text(quote.text, lang) or "")]) >= 4]


def _norms(sentence: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(sentence))


def _heads(norms: list[str], head: list[str]) -> Iterator[int]:
    """Where the four words ``head`` start in ``norms``, in order (``list.index`` finds
    the first word: a long text has few places to compare)."""
    i, stop = 0, len(norms) - 3
    while i < stop:
        try:
            i = norms.index(head[0], i, stop)
        except ValueError:
            return
        if norms[i:i + 4] == head:
            yield i
        i += 1


@dataclass
class _Sentence:
    start: int
    end: int
    outcomes: list[str]
    said: list[Said]


def _sentences(text: str, context: CheckContext) -> list[_Sentence]:
    """Each sentence with the outcomes it speaks of and the directions it states.

    Several validators of a text ask: part of the text's analysis (callers only read).
    """
    return analysis_of(text, context)[DIRECTIONS]


def _read_sentences(text: str, context: CheckContext) -> list[_Sentence]:
    phrases = _phrases_cache(context)
    index = sheet_index(context.factsheet, context.lexicon)
    analysis = analysis_of(text, context)
    spans = analysis.sentences
    skip = Spans(analysis[QUOTES])
    shares = [m for m in analysis[NUMBERS] if m.percent is not None]
    starts = [m.start for m in shares]
    memo = context.lexicon
    # the outcomes of a figure are the run's (a bundle's texts give the same figures)
    kept, outcomes_of = memo.remember(("share-outcomes",),
                                      lambda: (index, _share_outcomes(index)))
    if kept is not index:
        outcomes_of = _share_outcomes(index)
    words = _words(context.pack)
    put = _put_to_reader(text, spans)
    if put:
        skip = Spans([*((q[0], q[1]) for q in analysis[QUOTES]), *put])
    quoted = bool(skip.starts)
    out = []
    for a, b in spans:
        if skip.covers(a, b):
            continue
        sentence = text[a:b]
        # what a sentence names and the directions it states are its own (a bundle's
        # texts repeat half their sentences): read once per run, placed where it stands
        named, stated = memo.remember(
            ("directions-sentence", sentence),
            lambda s=sentence: (tuple(oid for n in phrases.find(s, tokens(s)) for oid in n.item),
                                tuple(words.said(s))))
        about = list(named)
        for m in shares[bisect_left(starts, a):bisect_left(starts, b)]:
            about += outcomes_of(m.percent or 0, coarse=bool(m.hedge) or m.kind == "frequency")
        said = [x.shifted(a) for x in stated] if a else list(stated)
        if quoted and said:
            said = [x for x in said if not skip.holds(x.start)]
        if said:
            said = _outside_labels(text, a, b, said, analysis[GROUP_CUES], words)
        out.append(_Sentence(a, b, list(dict.fromkeys(about)), said))
    return out


_UNNEGATED = {negated: key for key, negated in _NEGATED.items()}
_LETTERS = regex.compile(r"[\p{L}\p{N}]")


def _outside_labels(text: str, a: int, b: int, said: list[Said], cues: Sequence[Cue],
                    words: _Words) -> list[Said]:
    """The directions of the sentence ``[a, b)`` read outside the words of the sheet's
    groups the text names: a word of a group's own name states nothing of it ("Menschen
    mit mehr Vitamin D", "people with higher concentrations"), and a negation in it
    ("people without training", "Menschen ohne Training", "personas sin diabetes")
    negates no direction after it."""
    held = [c for c in cues if a <= c.start and c.end <= b and not c.weak]
    if not held:
        return said
    out = []
    masked: _Before | None = None
    for x in said:
        if any(c.start <= x.start and x.end <= c.end for c in held):
            continue  # inside a group's name
        if x.negated and x.direction in _UNNEGATED and words.negation is not None and any(
                c.start < x.start and words.negation.search(text, c.start, min(c.end, x.start))
                for c in held):
            if masked is None:  # the sentence with the groups' names blanked out
                chars = list(text[a:b])
                for c in held:
                    for i in range(c.start - a, c.end - a):
                        if _LETTERS.match(chars[i]):
                            chars[i] = "x"
                masked = _before("".join(chars))
            if not words._negated(masked, 0, x.start - a):
                x = Said(x.start, x.end, x.text, _UNNEGATED[x.direction], False)
        out.append(x)
    return out


# a statement put to the reader to judge, not said by the text ("True or false: 'There
# were more infections with chlorhexidine'", "Verdadero o falso: «...»", "Vrai ou faux :",
# "Richtig oder falsch?", "Vero o falso:", "Verdadeiro ou falso:", "Myth or fact:"):
# closed-class phrases of the six languages
_PUT = regex.compile(
    r"(?<!\p{L})(?:true\s+or\s+false|myth\s+or\s+fact|fact\s+or\s+(?:myth|fiction)"
    r"|verdadero\s+o\s+falso|mito\s+o\s+realidad|vrai\s+ou\s+faux|mythe\s+ou\s+r[ée]alit[ée]"
    r"|richtig\s+oder\s+falsch|wahr\s+oder\s+falsch|mythos\s+oder\s+fakt|vero\s+o\s+falso"
    r"|mito\s+o\s+realt[àa]|verdadeiro\s+ou\s+falso|mito\s+ou\s+(?:verdade|facto|fato))"
    r"(?!\p{L})", regex.IGNORECASE)
_LETTER = regex.compile(r"\p{L}")


# a word each such cue holds, lower-cased: most texts hold none, and are not searched
_PUT_WORDS = ("fals", "faux", "fact", "fakt", "fiction", "realidad", "réalité", "realite", "realtà",
              "verdade", "fato")


def _put_to_reader(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where statements put to the reader to judge stand: from such a cue to its
    sentence's end, or to the next sentence's end when the cue ends its own."""
    low = text.lower()
    if not any(w in low for w in _PUT_WORDS):
        return []
    out = []
    for hit in _PUT.finditer(text):
        k = bisect_right([a for a, _ in spans], hit.start()) - 1
        if k < 0:
            continue
        end = spans[k][1]
        if _LETTER.search(text, hit.end(), end) is None and k + 1 < len(spans):
            end = spans[k + 1][1]
        out.append((hit.end(), end))
    return out


COARSE = 1.5  # points a hedged share or a natural frequency may stand from the sheet's


def _share_outcomes(index: SheetIndex) -> Callable[..., list[str]]:
    """The outcomes of the sheet's shares that a per-cent figure gives, looked up once
    per figure: a long text gives the same ones again and again. A coarse figure (a
    hedged one, "two in three" for 66 %) gives those of the shares near it."""

    @functools.cache
    def outcomes(value: float, coarse: bool = False) -> list[str]:
        if coarse:
            return [f.outcome for f, allowed in index.shares
                    if f.outcome and any(abs(value - a) <= COARSE for a in allowed)]
        return [f.outcome for f, allowed in index.shares if f.outcome and matches(value, allowed)]

    return outcomes


def _phrases_cache(context: CheckContext) -> PhraseIndex[tuple[str, ...]]:
    return context.lexicon.remember_sheet(("outcome-phrases",), lambda: _outcome_phrases(context))


def stated_claims(text: str, context: CheckContext) -> frozenset[str]:
    """Claim facts ("in some, disability improved") a text states (read once per text:
    the facts validator and the secondary flips both ask)."""
    return analysis_of(text, context)[CLAIMS]


def _stated_claims(text: str, context: CheckContext) -> set[str]:
    claims = context.factsheet.facts_of("claim")
    if not claims:
        return set()
    out = set()
    for sentence in _sentences(text, context):
        for fact in claims:
            outcome = context.factsheet.outcomes.get(fact.outcome or "")
            if outcome is None:
                continue
            if outcome.id in sentence.outcomes:
                goal = through_polarity(outcome.direction or "", outcome.polarity)
                if any(through_polarity(s.direction, outcome.polarity) == goal
                       for s in sentence.said):
                    out.add(fact.id)
                    continue
            # the sheet's own words for the outcome ("were more often smoke-free than ..."),
            # which a claim with no quantifier is said in
            if _names_label(text, sentence, outcome, context):
                out.add(fact.id)
    return out


def _names_label(text: str, sentence: _Sentence, outcome: Outcome,
                 context: CheckContext) -> bool:
    """Whether the sentence says the outcome's label (its own words: once per run)."""
    words = text[sentence.start:sentence.end]
    return context.lexicon.remember(("label-sentence", outcome.id, words),
                                    lambda: _says_label(words, outcome, context))


def _says_label(words: str, outcome: Outcome, context: CheckContext) -> bool:
    forms = context.lexicon.remember(
        ("outcome-label", outcome.id),
        lambda: PhraseIndex((f, outcome.id) for f in outcome.label.all_forms(context.lexicon.lang)))
    if any(True for _ in forms.find(words, tokens(words))):
        return True
    # a label with a comma in it ("than placebo, nicotine patch or bupropion"): its
    # words in a row, whatever marks stand between them
    keys = context.lexicon.remember(
        ("outcome-keys", outcome.id),
        lambda: [k for f in outcome.label.all_forms(context.lexicon.lang)
                 for k in [phrase_key(f)] if len(k) > 2 and "," in f])
    if not keys:
        return False
    norms = [t.norm for t in tokens(words)]
    return any(_words_in_row(key, norms) for key in keys)


def _words_in_row(key: tuple[str, ...], norms: list[str]) -> bool:
    n = len(key)
    return any(all(norms[i + j] == w or same_word(w, norms[i + j]) for j, w in enumerate(key))
               for i in range(len(norms) - n + 1) if same_word(key[0], norms[i]))


# a stated change read as which way a comparison's value goes
_VALUE_WAY = {"increased": "higher", "not-decreased": "higher",
              "decreased": "lower", "not-increased": "lower"}
_BETTER_WAY = {"improved": "better", "no-worsening": "better", "worsened": "worse",
               "no-improvement": "worse"}


@dataclass(frozen=True)
class _Comparison:
    fact: str
    direction: str  # lower | higher: the first arm's value against the second's
    arms: tuple[str, str]  # group ids, first arm first
    outcome: str | None
    polarity: str | None
    values: frozenset[float] = frozenset()  # its figures, and its arms' effects' on the same
    about: frozenset[str] = frozenset()  # its outcome and measure ids
    alone: bool = False  # read only in a sentence that names one of its arms alone


def _comparisons(sheet: FactSheet) -> list[_Comparison]:
    out = []
    for fact in sheet.facts_of("comparison"):
        if fact.direction not in ("lower", "higher") or len(fact.facts) != 2:
            continue
        arms = [sheet.facts.get(f) for f in fact.facts]
        if any(a is None or not a.group for a in arms):
            continue
        first, second = arms[0], arms[1]
        if first.group == second.group:  # type: ignore[union-attr]
            continue
        outcome = first.outcome or second.outcome  # type: ignore[union-attr]
        polarity = sheet.outcomes[outcome].polarity if outcome in sheet.outcomes else None
        about = {getattr(a, key, None) for a in arms for key in ("outcome", "measure")} - {None}
        pair = {first.group, second.group}  # type: ignore[union-attr]
        effects = [f for f in sheet.facts.values() if {f.group, getattr(f, "versus", None)} == pair
                   and {getattr(f, "outcome", None), getattr(f, "measure", None)} & about]
        values = {abs(v) for a in (*arms, *effects) for v in a.numbers}  # type: ignore[union-attr]
        out.append(_Comparison(fact.id, fact.direction,
                               (first.group, second.group),  # type: ignore[union-attr]
                               outcome, polarity, frozenset(values), frozenset(about)))
    return out + _effects_compared(sheet, out)


def _effects_compared(sheet: FactSheet, compared: list[_Comparison]) -> list[_Comparison]:
    """An effect of one arm against another (a relative change with its direction, a
    signed difference) compares the two arms as a comparison does: "40 % fewer heart
    attacks with the scan" said "more heart attacks with the scan" is flipped, whether
    or not the sheet also lists each arm's figure. It is read only where a sentence names one
    arm alone (an added test is named with the usual ones it is added to, "adding a scan to
    the usual tests", whichever it is said of). One already compared is left out, and so
    is an outcome compared across more than two groups (levels of an exposure each set
    against one reference: "more vitamin D" and "too little" share their words)."""
    out = []
    # an effect whose interval holds no difference has no direction to turn round
    # (a direction said of it is an invented difference: :mod:`.claims`)
    effects = [f for f in sheet.facts.values() if f.kind in ("relative-change", "difference",
                                                             "ratio")
               and getattr(f, "versus", None) and f.group and not unsettled(f)]

    def about_of(f: object) -> set[str]:
        return {getattr(f, "outcome", None), getattr(f, "measure", None)} - {None}

    for fact in effects:
        versus = getattr(fact, "versus", None)
        if any(g is not fact and about_of(g) & about_of(fact)
               and {g.group, getattr(g, "versus", None)} != {fact.group, versus}
               and not _levels(g, fact) for g in effects):
            continue
        direction = getattr(fact, "direction", None)
        value = getattr(fact, "value", None)
        if fact.kind == "ratio" and isinstance(value, (int, float)) and value != 1:
            direction = "lower" if value < 1 else "higher"
        elif direction not in ("lower", "higher") and isinstance(value, (int, float)) and value:
            direction = "lower" if value < 0 else "higher"
        if direction not in ("lower", "higher") or fact.group == versus:
            continue
        outcome = getattr(fact, "outcome", None)
        about = frozenset(about_of(fact))
        if not about or any(set(c.arms) == {fact.group, versus} and c.about & about
                            for c in compared):
            continue
        polarity = sheet.outcomes[outcome].polarity if outcome in sheet.outcomes else None
        out.append(_Comparison(fact.id, direction, (fact.group, versus), outcome, polarity,
                               frozenset(abs(v) for v in fact.numbers), about, alone=True))
    return out


def _in_outcome(text: str, sentence: _Sentence, said: Said, comp: _Comparison,
                context: CheckContext) -> bool:
    """Whether a direction word is a word of the compared outcome's own name ("had a
    fall"): what the comparison measures, not which way it went."""
    if comp.outcome is None:
        return False
    words = text[sentence.start:sentence.end]
    return any(m.start <= said.start - sentence.start and said.end - sentence.start <= m.end
               and comp.outcome in m.item
               for m in _phrases_cache(context).find(words, tokens(words)))


def _levels(a: object, b: object) -> bool:
    """Whether two effects set two levels of an exposure against one reference
    ("too little" and "more than enough" vitamin D, each against "enough"): each is read
    where a sentence names its own level, and none where it names the other's
    (:func:`_comparison_clashes`)."""
    return (getattr(a, "versus", None) == getattr(b, "versus", None)
            and getattr(a, "group", None) != getattr(b, "group", None))


def _other_levels(comparisons: list[_Comparison]) -> dict[str, frozenset[str]]:
    """For each comparison, the arms of the others on what it is about that are not its
    own: a sentence that names one of them is about that comparison, not this one."""
    return {c.fact: frozenset(g for o in comparisons if o is not c and o.about & c.about
                              for g in o.arms) - set(c.arms)
            for c in comparisons}


_FIGURES = frozenset({"proportion", "mean", "ratio", "relative-change", "difference"})


def _about_another(figures: set[float], comp: _Comparison, claimed: frozenset[float]) -> bool:
    """Whether a sentence's figures are another fact's, and none this comparison's:
    "the total cost was 2,496 USD lower in A than in B" is no word on how many of A and
    B found their treatment a burden."""
    def has(values: frozenset[float]) -> bool:
        return any(abs(x - v) < 1e-6 for x in figures for v in values)
    return bool(figures) and not has(comp.values) and has(claimed)


def _value_way(said: Said, polarity: str | None) -> str | None:
    """Which way a stated word moves the compared value: "fewer" is lower; "better" is
    lower when higher is worse."""
    way = _VALUE_WAY.get(said.direction)
    if way is None and said.direction in _BETTER_WAY and polarity:
        better = _BETTER_WAY[said.direction] == "better"
        way = "lower" if better == (polarity == "higher-is-worse") else "higher"
    return way


_CLAUSE_MARK = regex.compile(r"[,;:—–()]")


def _clause(marks: list[int], sentence: _Sentence, said: Said) -> tuple[int, int]:
    """The clause a direction word stands in (between the clause ``marks`` of its
    sentence)."""
    before = last_in(marks, sentence.start, said.start)
    after = first_in(marks, said.end, sentence.end)
    return (sentence.start if before is None else before + 1,
            sentence.end if after is None else after)


def _comparison_clashes(text: str, context: CheckContext,
                        sentences: list[_Sentence]) -> list[Finding]:
    """A comparison between arms said the wrong way round ("prevents fewer infections
    than iodine"): in a sentence that names an arm and, unless it names both, the
    outcome, a comparative or change word is read against the arm it is said of (the
    arm named last before it in its clause, else the first after it there)."""
    sheet = context.factsheet
    # the sheet's comparisons and result figures are the run's (read once, not per text)
    comparisons = context.lexicon.remember(("directions-comparisons",),
                                           lambda: _comparisons(sheet))
    if not comparisons:
        return []
    analysis = analysis_of(text, context)
    cues = analysis[GROUP_CUES]
    starts = [c.start for c in cues]
    figures = [m for m in analysis[NUMBERS]
               if m.kind not in ("date", "clock", "ordinal", "marker")]
    at = [m.start for m in figures]
    claimed = context.lexicon.remember(
        ("directions-claimed-figures",),
        lambda: frozenset(abs(v) for f in sheet.facts.values() if f.kind in _FIGURES
                          for v in f.numbers))
    marks: list[int] | None = None  # the text's clause marks, found when first needed
    own = context.lexicon.remember(("directions-comparison-words",),
                                   lambda: _own_words(context, comparisons))
    heard: dict[int, frozenset[str]] = {}
    levels = context.lexicon.remember(("directions-other-levels",),
                                      lambda: _other_levels(comparisons))
    out: list[Finding] = []
    for comp in comparisons:
        rivals = _rivals(comp, comparisons)
        for sentence in sentences:
            if not sentence.said:
                continue
            here = cues[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
            arms = _Arms([c for c in here if c.item in comp.arms])
            # "adding a scan to the usual tests": whose figure, unsaid; but "A ... more
            # often than B" names its subject and what it is set against
            both = comp.alone and len(arms.names) == 2
            if comp.alone and len(arms.names) != 1 and not both:
                continue
            if levels[comp.fact] and comp.alone and (
                    not both or levels[comp.fact] & {c.item for c in here if not c.weak}):
                # one level of an exposure of several is read only in "A ... than B" with
                # no other level named: the levels share their words ("Vitamin D")
                continue
            # a group's own words hold no direction ("Menschen mit mehr Vitamin D")
            labels = _Arms([c for c in here if not c.weak])
            if not arms.names or (len(arms.names) < 2
                                  and comp.outcome not in sentence.outcomes
                                  and not _own_word_of(text, sentence, comp.outcome, context)):
                continue
            if rivals and comp.outcome not in sentence.outcomes:
                if sentence.start not in heard:
                    heard[sentence.start] = _stems(text[sentence.start:sentence.end])
                if not _meant(comp, rivals, own, heard[sentence.start]):
                    continue  # the same arms differ the other way on something else
            if comp.outcome is None and sentence.outcomes:
                continue  # a comparison of a measure; the sentence speaks of an outcome
            said_here = {abs(v) for m in figures[bisect_left(at, sentence.start):
                                                 bisect_left(at, sentence.end)]
                         for v in (m.value, m.second, m.percent) if v is not None}
            if _about_another(said_here, comp, claimed):
                continue  # both arms, but another fact's figure ("the cost was 2,496 USD lower")
            for said in sorted(sentence.said, key=lambda s: s.start):
                said = _effect_way(text, said, context.pack)
                way = _value_way(said, comp.polarity)
                if way is None or arms.overlap(said) or labels.overlap(said):
                    continue
                if marks is None:
                    marks = places(_CLAUSE_MARK, text)
                lo, hi = _clause(marks, sentence, said)
                if _about_another({abs(v) for m in figures[bisect_left(at, lo):bisect_left(at, hi)]
                                   for v in (m.value, m.second, m.percent) if v is not None},
                                  comp, claimed):
                    continue  # its clause gives another fact's figure ("viel Vitamin D mit
                    # einem um 22 % geringeren" beside "wenig ... um 31 % erhöhten")
                if comp.alone and not own.get(comp.fact, frozenset()) & _stems(text[lo:hi]):
                    continue  # not said of what it measures ("una TAC del cuore in più")
                subject = arms.subject(said, lo, hi, text=text, pack=context.pack)
                if subject is None:
                    continue  # said of something else ("..., halbiert sich das Risiko")
                if both and (arms.before(said, lo) != subject or not arms.compared_with(
                        text, said, comp.arms[subject == comp.arms[0]], context.pack,
                        own.get(comp.fact, frozenset()))):
                    continue  # both arms, but not "A ... lower than B"
                if arms.compared_with(text, said, subject, context.pack,
                                      own.get(comp.fact, frozenset())):
                    # "45 % lower than with iodine": the arm after "than" is the other one
                    subject = comp.arms[0] if subject == comp.arms[1] else comp.arms[1]
                if subject == comp.arms[1]:
                    way = "higher" if way == "lower" else "lower"
                if way != comp.direction and not _in_outcome(text, sentence, said, comp,
                                                             context):
                    label = context.lexicon.group(comp.arms[0])
                    out.append(Finding(
                        "direction-flipped", "error",
                        f"This sentence says \"{said.text}\", but the fact sheet says "
                        f"{label} had the {comp.direction} figure ({comp.fact}).",
                        comp.fact, comp.direction, said.text, (said.start, said.end)))
                    break
    return out


STEM = 5  # letters a word is known by ("infection", "infections")


def _own_word_of(text: str, sentence: _Sentence, outcome: str | None,
                 context: CheckContext) -> bool:
    """Whether a sentence that names no outcome by its label says a word only this
    outcome's wording has ("had an infection" for "got a wound infection"), and no word
    of another outcome's: it speaks of this outcome in its own words."""
    if outcome is None or sentence.outcomes:
        return False
    from .claims import _kin, _outcome_words

    own = context.lexicon.remember(("directions-own-outcome-words",),
                                   lambda: _outcome_words(context))
    named = {oid for t in tokens(text[sentence.start:sentence.end])
             for word, oid in own.get(t.norm[:4], ()) if _kin(word, t.norm)}
    return named == {outcome}


def _stems(words: str) -> frozenset[str]:
    return frozenset(t.norm[:STEM] for t in tokens(words) if len(t.norm) >= 4)


def _rivals(comp: _Comparison, comparisons: list[_Comparison]) -> list[_Comparison]:
    """Comparisons of the same two arms that go the other way ("less time in hospital"
    but "more often found their treatment no burden"): a sentence naming both arms and
    a direction is about one of them only if it names what that one measures."""
    out = []
    for other in comparisons:
        if other is comp or set(other.arms) != set(comp.arms):
            continue
        way = other.direction if other.arms == comp.arms else (
            "higher" if other.direction == "lower" else "lower")
        if way != comp.direction:
            out.append(other)
    return out


def _own_words(context: CheckContext, comparisons: list[_Comparison]
               ) -> dict[str, frozenset[str]]:
    """For each comparison, the word stems of what it measures (its outcome's and
    measure's labels), without function words and the groups' words."""
    sheet, lang = context.factsheet, context.lexicon.lang
    stop = {t.norm for w in getattr(context.pack, "stopwords", ()) for t in tokens(w)}
    taken = {t.norm[:STEM] for g in sheet.groups.values()
             for form in (*g.label.all_forms(lang), *g.keywords.get(lang, []))
             for t in tokens(form)}
    out = {}
    for comp in comparisons:
        forms: list[str] = []
        for item in comp.about:
            if item in sheet.outcomes:
                outcome = sheet.outcomes[item]
                forms += outcome.label.all_forms(lang)
                item = outcome.measure or ""
            if item in sheet.measures:
                forms += sheet.measures[item].label.all_forms(lang)
            elif item:
                found = term_forms(context.lexicon, item)
                forms += found.accepted if found else []
        out[comp.fact] = frozenset(t.norm[:STEM] for f in forms for t in tokens(f)
                                   if len(t.norm) >= 4 and t.norm not in stop
                                   and not t.norm.isdigit()) - taken
    return out


def _meant(comp: _Comparison, rivals: list[_Comparison], own: dict[str, frozenset[str]],
           heard: frozenset[str]) -> bool:
    """Whether a sentence that does not name the comparison's outcome is about it rather
    than about a rival: it has more of its words than of any rival's."""
    mine = len(own.get(comp.fact, frozenset()) & heard)
    return mine > 0 and all(len(own.get(r.fact, frozenset()) & heard) < mine for r in rivals)


class _Arms:
    """Where a sentence names the arms of a comparison: cues in text order, none
    overlapping another, so their ends are in order too and bisection finds them."""

    def __init__(self, cues: list[Cue]):
        self.cues = cues
        self.names = {c.item for c in cues}
        self.starts = [c.start for c in cues]
        self.ends = [c.end for c in cues]

    def overlap(self, said: Said) -> bool:
        """Whether an arm's words overlap the direction word."""
        i = bisect_right(self.ends, said.start)
        return i < len(self.cues) and self.cues[i].start < said.end

    def before(self, said: Said, lo: int) -> str | None:
        """The arm named last before the direction word, from ``lo`` on."""
        i = bisect_right(self.ends, said.start) - 1
        return self.cues[i].item if i >= 0 and self.cues[i].start >= lo else None

    def compared_with(self, text: str, said: Said, subject: str, pack: object,
                      outcome_words: frozenset[str] = frozenset()) -> bool:
        """Whether ``subject`` was found after the direction word, past a word that
        introduces what it is compared with ("lower than X", "niedriger als X")."""
        i = bisect_right(self.ends, said.start) - 1
        if i >= 0 and self.cues[i].item == subject:
            return False  # named before the word: it is the subject
        j = bisect_left(self.starts, said.end)
        if j >= len(self.cues) or self.cues[j].item != subject:
            return False
        cue = self.cues[j].start
        for than in _than(pack):
            for hit in than.finditer(text, said.start, cue):
                if _after_group_noun(text, hit.start(), pack):
                    continue  # "40% menor no grupo que fez a TAC": a relative pronoun
                # no word of an outcome between it and the arm: "meno infezioni della
                # ferita con clorexidina" has the wound's "della", no "than"
                if not (outcome_words and any(
                        t.norm[:STEM] in outcome_words for t in tokens(text[hit.end():cue]))):
                    return True
                break
        return False

    def subject(self, said: Said, lo: int, hi: int, text: str = "",
                pack: object = None) -> str | None:
        """The arm a direction word is said of: the arm named last before it in its
        clause ``[lo, hi)``, else the first after it there. An arm that a versus word
        brings in is the one set against the subject, not the subject: "chlorhexidine
        instead of iodine lowered", "clorhexidina en vez de yodo reduce", "Chlorhexidin
        statt Jod senkte" are said of chlorhexidine."""
        i = bisect_right(self.ends, said.start) - 1
        if i >= 0 and self.cues[i].start >= lo:
            j = i - 1
            while j >= 0 and self.cues[j].item == self.cues[i].item:
                j -= 1  # the same arm named twice in a row ("iodine-alcohol (iodine)")
            versus = _versus(pack) if pack is not None else None
            if j >= 0 and self.cues[j].start >= lo and versus is not None and (
                    versus.search(text, self.cues[j].end, self.cues[i].start) is not None):
                return self.cues[j].item
            return self.cues[i].item
        j = bisect_left(self.starts, said.end)
        if j < len(self.cues) and self.cues[j].end <= hi:
            return self.cues[j].item
        return None


_THAN: Memo[list[regex.Pattern[str]]] = Memo(64)


_LAST_WORD = regex.compile(r"(\p{L}+)\s+$")


def _after_group_noun(text: str, start: int, pack: object) -> bool:
    """Whether the word before ``start`` is a word for a group ("grupo", "gruppo"): a
    "que" or "che" after it opens a relative clause that names the group ("no grupo que
    fez a TAC"), not what a comparative is measured against."""
    nouns = getattr(pack, "group_nouns", None) or ()
    last = _LAST_WORD.search(text, max(0, start - 30), start)
    return last is not None and last.group(1).casefold() in {n.casefold() for n in nouns}


def _than(pack: object) -> list[regex.Pattern[str]]:
    """The pack's words for what a comparative is measured against ("than", "que",
    "gegenüber", "à celui")."""
    def make() -> list[regex.Pattern[str]]:
        return [regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(forms)})(?![\p{{L}}])", _FLAGS)
                for forms in (getattr(pack, "comparatives", None) or (),
                              getattr(pack, "versus_words", None) or ()) if forms]
    return _THAN.get((pack,), None, make)


_VERSUS: Memo[regex.Pattern[str] | None] = Memo(64)


def _versus(pack: object) -> regex.Pattern[str] | None:
    """The pack's words that set one group against another ("versus", "instead of",
    "en vez de", "statt")."""
    def make() -> regex.Pattern[str] | None:
        forms = getattr(pack, "versus_words", None) or ()
        return regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(forms)})(?![\p{{L}}])",
                             _FLAGS) if forms else None
    return _VERSUS.get((pack,), None, make)


_EFFECT_WAYS: Memo[list[tuple[str, regex.Pattern[str]]]] = Memo(64)


def _effect_way(text: str, said: Said, pack: object) -> Said:
    """A comparative whose direction is its adjective's ("mais baixo", "più basso": the
    pack's ``effect_directions``) read as that direction, not as "more"."""
    def make() -> list[tuple[str, regex.Pattern[str]]]:
        ways = getattr(pack, "effect_directions", None) or {}
        return [(way, regex.compile(rf"(?:{'|'.join(forms)})(?![\p{{L}}])", _FLAGS))
                for way, forms in ways.items() if forms]
    if said.negated or said.direction not in ("increased", "decreased"):
        return said
    for way, pattern in _EFFECT_WAYS.get((pack,), None, make):
        hit = pattern.match(text, said.start)
        if hit is not None and hit.end() > said.end and way != said.direction:
            return Said(said.start, hit.end(), text[said.start:hit.end()], way, False)
    return said


def _lacked(text: str, said: Said, lang: str) -> Said:
    """A direction word after a word for lacking says the negated direction ("Esiti
    (assenza di peggioramento della disabilità)": no worsening), as a negation does."""
    from .polarity import lacking

    if said.negated or said.direction not in _NEGATED or not lacking(text, said.start, lang):
        return said
    return Said(said.start, said.end, said.text, _NEGATED[said.direction], True)


def _dropped_negation(text: str, said: Said, outcome: Outcome, lang: str) -> bool:
    """Whether a flipped direction is the sheet's negated finding with its negation left
    out ("had worsened" for "had not worsened", "avec aggravation" for "sans
    aggravation", "verschlechtert" for "nicht stärker eingeschränkt"): the very direction
    the sheet denies, said without a negation, is a changed negation as well as a flipped
    direction; the other way ("improved" for "did not get worse") is only flipped."""
    from .polarity import lacking

    goal = through_polarity(outcome.direction, outcome.polarity)
    stated = through_polarity(said.direction, outcome.polarity)
    return not (said.negated or _NEGATED.get(stated) != goal
                or lacking(text, said.start, lang))  # "assenza di peggioramento"


class DirectionValidator:
    """Rules ``direction-flipped`` and, for a finding whose negation is left out,
    ``negation-changed``."""

    name = "directions"
    reads = ()  # of the context beyond the text: the text and the sheet only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        findings: list[Finding] = []
        sentences = _sentences(text, context)
        flagged = _comparison_clashes(text, context, sentences)
        findings += flagged
        flagged_at = sorted(f.span[0] for f in flagged if f.span)
        for sentence in sentences:
            if first_in(flagged_at, sentence.start, sentence.end) is not None:
                continue
            for said in sentence.said:
                if no_claim(text, said.start, said.direction, context.lexicon.lang):
                    continue  # "the most common form", "the figures were higher for ..."
                said = _lacked(text, said, context.lexicon.lang)  # "assenza di peggioramento"
                clash = self._clash(said, sentence, context)
                if clash is None:
                    continue
                outcome, fact_id = clash
                label = context.lexicon.outcome(outcome.id)
                findings.append(Finding(
                    "direction-flipped", "error",
                    f"This sentence says \"{said.text}\", but the fact sheet says "
                    f"they {label}.",
                    fact_id, label, said.text, (said.start, said.end)))
                if _dropped_negation(text, said, outcome, context.lexicon.lang):
                    findings.append(Finding(
                        "negation-changed", "error",
                        f"\"{said.text}\" has lost the negation of the fact sheet's "
                        f"finding: they {label}.",
                        fact_id, label, said.text, (said.start, said.end)))
                break
        from .planned import planned_flips

        return findings + planned_flips(text, context)

    @staticmethod
    def _clash(said: Said, sentence: _Sentence,
               context: CheckContext) -> tuple[Outcome, str | None] | None:
        sheet = context.factsheet
        for oid in sentence.outcomes:
            outcome = sheet.outcomes.get(oid)
            if outcome is None or not outcome.direction:
                continue
            goal = through_polarity(outcome.direction, outcome.polarity)
            stated = through_polarity(said.direction, outcome.polarity)
            if stated in OPPOSITE.get(goal, set()):
                fact = next((f.id for f in sheet.facts.values() if f.outcome == oid), None)
                return outcome, fact
        return None
