"""Claims the study cannot carry: a cause read into an observational study, and a
difference where the sheet found none.

``causal-claim``: an observational study shows a link, not a cause. A sentence that names
the study's exposure (the intervention, or a group the sheet compares; or that gives one
of the study's result figures) and says it "prevents", "protects against" or "cuts the
risk" (the pack's ``causal`` phrases), or says it "causes" or "leads to" one of the
study's outcomes (``causing`` phrases, which are as often said of a disease's mechanism:
"deficiency can cause bone problems" is background), claims more than the study can
show. "Suggests that X prevents" is still a claim: a hedge on the evidence, not on the
cause. It is an error for an observational design, a warning when the sheet does
not say whether its design can show an effect (``evidence`` "other"), nothing for a
randomised trial or a laboratory experiment (``lab``: an experiment shows effects in its
model; saying them of people is another question). Nor is it a warning when the sheet
with no design says so itself: its reviewed title or short title states that the
exposure changed its main outcome ("cut heart attacks"), and the sentence speaks of that
outcome. A cause said in a clause before ", and that ..." is not said of the exposure
that clause alone names. A causal phrase is no claim when it
is negated or hedged before it ("does not prove that X prevents", "may prevent",
"whether": the pack's ``negations`` and ``caveats``) or negated right after it
("verhindert nicht"), nor in a question. A causal phrase in one of the sheet's reviewed
quotes is a warning naming the speaker: the quote is the speaker's to change, yet readers
and journalists take it as the finding. Quoted speech the sheet does not hold is the
text's own claim: an error like any other sentence.

``invented-difference``: where the sheet has a ``no-difference`` fact for an outcome and
two groups (and no fact giving those groups a difference on it), a clause that says one
did better ("lowered pain more than", "was more effective", "fewer ... than") about that
outcome contradicts it. A difference is a direction word of the pack (``directions``,
not negated) followed by what it is measured against (``comparatives``: "than"), or a
phrase that is a difference in itself (``differences``: "more effective"). Each is read
in its clause: a clause about another outcome is left alone, and a clause or sentence
(or the next sentence) that says the difference was none (``same``: "no significant
difference", "similar") is the careful wording this rule wants.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex
from plainsum.analysis import analysis_of
from plainsum.factsheet.model import Fact, FactSheet, local_text
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext
from plainsum.spans import Spans

from . import plain_regex
from .analysis import QUOTES, REPORTED
from .anchor_sets import AnchorSet
from .anchors import Anchored, any_of
from .context import group_cues
from .directions import _phrases_cache, _words
from .numbers import read_numbers
from .plain_regex import Compiled
from .proven import proven_unshown
from .sentences import alone
from .sheet import SheetIndex, allowed_values, matches, sheet_index, term_forms, unsettled
from .text import (
    PhraseIndex,
    Token,
    common_prefix,
    first_in,
    fold,
    last_in,
    places,
    same_word,
    shifted_tokens,
    tokens,
)

CAVEAT_WINDOW = 12  # words before a causal phrase that can hedge or negate it
NEGATION_WINDOW = 4  # words before (or, for a causal phrase, after) that negate it
COMPARED_WINDOW = 12  # words from a difference to what it is measured against
LISTED = 1000  # findings of one rule listed for one text (as the facts validator)
_FLAGS = regex.IGNORECASE
_STRONG = regex.compile(r"[;:—–]")  # where a hedge or a comparison stops reaching
_CLAUSE = regex.compile(r"[,;:—–()]")
_DIFFERING = ("increased", "decreased", "improved", "worsened")  # direction keys
# effect facts whose groups the sheet compares: a claim about them is about the exposure
_VERSUS_KINDS = ("ratio", "relative-change", "difference", "no-difference")
_DIRECTED = ("ratio", "relative-change", "difference")
_FIGURES = frozenset({"number", "percent", "frequency"})  # mentions that can be a result
# kinds of a figure one group has of its own on an outcome (a share, a mean, a change)
_SEPARATE = frozenset({"proportion", "mean", "difference", "relative-change", "rate"})
_EXPERIMENTS = frozenset({"randomised", "lab"})  # designs that can show an effect
_AMBIGUOUS = "\0ambiguous"  # an outcome id no sheet has: a clause about two outcomes
# a group id no sheet has: "in the outpatient arm", "im ambulanten Arm", "en el grupo
# ambulatorio" name one of the two groups the sheet compares, in words of the text's own
_AN_ARM = "\0arm"
# a direction word a figure follows within three words: its hedge ("less than 3 %",
# "menos del 3 %", "weniger als 3 von 100", "moins de 3 %")
_BEFORE_FIGURE = regex.compile(r"(?:[\s\u00a0]+[\p{L}'’]+){0,3}[\s\u00a0]*\d")


def _compile(fragments: Iterable[str]) -> Compiled | None:
    frags = [f for f in fragments if f]
    if not frags:
        return None
    return plain_regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(frags)})(?![\p{{L}}\p{{N}}])", _FLAGS)


class _Vocab:
    """One pack's claim words, compiled once. Every list is optional: a pack without
    ``causal`` gets no causal-claim finding, one without ``comparatives`` and
    ``differences`` no invented-difference finding."""

    def __init__(self, pack: object):
        def words(name: str) -> list[str]:
            return list(getattr(pack, name, None) or ())

        self.causal = _compile(words("causal"))
        self.causing = _compile(words("causing"))
        self.causation = _compile(words("causation"))
        yes = [w for w in words("yes_words") if w]
        self.yes = regex.compile(rf"\s*(?:{'|'.join(yes)})(?![\p{{L}}\p{{N}}])",
                                 _FLAGS) if yes else None
        # a yes that closes the answer ("The study says yes.")
        self.yes_last = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(yes)})[\s.!\"”»“]*$", _FLAGS) if yes else None
        # the same phrases one pattern each: a pattern that opens with a word is found by
        # its letters, where one alternation of all of them is tried at every place (two
        # to four times slower on a long text); none runs over a text without its words
        self.causal_each = [Anchored(p, f) for f in words("causal") if (p := _compile([f]))]
        self.causing_each = [Anchored(p, f) for f in words("causing")
                             if (p := _compile([f]))]
        self.causation_each = Anchored(self.causation, None, any_of(words("causation"))) if (
            self.causation is not None) else None
        # the words of all of them, looked up in a text at once (:mod:`.anchor_sets`)
        every = [p for p in (*self.causal_each, *self.causing_each, self.causation_each)
                 if p is not None and AnchorSet.usable(p.words)]
        self.held = AnchorSet(w for p in every for w in p.words or ())
        self.looked_up = frozenset(map(id, every))  # the patterns whose words it holds
        self.negation = _compile(words("negations"))
        self.caveat = _compile(words("negations") + words("caveats"))
        self.same = _compile(words("same"))
        self.comparative = _compile(words("comparatives"))
        self.difference = _compile(words("differences"))
        self.associative = words("associative")
        self.lang = str(getattr(pack, "code", "")).split("-")[0]
        # the direction patterns, each skipped over a sentence without its words
        said = _words(pack)
        self.directions = [Anchored(p, None, said.anchors.get(key))
                           for key, p in said.patterns.items() if key in _DIFFERING]


_VOCABS: Memo[_Vocab] = Memo(64)


def _vocab(pack: object) -> _Vocab:
    return _VOCABS.get((pack,), None, lambda: _Vocab(pack))


# --- where words stand ------------------------------------------------------------------
def _before(toks: list[Token], pos: int, lo: int, n: int) -> int:
    """Where the last ``n`` words before ``pos`` (none before ``lo``) start."""
    i = bisect_left(toks, pos, key=lambda t: t.start)
    j = max(i - n, 0)
    while j < i and toks[j].start < lo:
        j += 1
    return toks[j].start if j < i else pos


def _after(toks: list[Token], pos: int, hi: int, n: int) -> int:
    """Where the first ``n`` words from ``pos`` (none past ``hi``) end."""
    i = bisect_left(toks, pos, key=lambda t: t.start)
    j = min(i + n, len(toks)) - 1
    while j >= i and toks[j].end > hi:
        j -= 1
    return toks[j].end if j >= i else pos


def _placed(text: str, a: int, b: int) -> list[Token]:
    """The words of the sentence ``[a, b)`` with their places in ``text``."""
    return shifted_tokens(text[a:b], a)


def _question(sentence: str) -> bool:
    return sentence.rstrip(" \"'”’»)").endswith("?")


def _paragraph_goes_on(text: str, end: int, start: int) -> bool:
    return "\n\n" not in text[end:start] and "\n" not in text[end:start].strip(" ")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    text: str


def _hits(pattern: regex.Pattern[str] | Anchored | None, text: str, a: int,
          b: int) -> list[_Hit]:
    if pattern is None:
        return []
    return [_Hit(m.start(), m.end(), m.group()) for m in pattern.finditer(text, a, b)]


def _whole(vocab: _Vocab, pattern: Anchored | None, text: str,
           held: frozenset[str]) -> list[_Hit]:
    """The hits of ``pattern`` in the whole ``text``, of which ``held`` are the anchor
    words that ``vocab`` looks up (:class:`.anchor_sets.AnchorSet`): the pattern runs
    where :meth:`.Anchored.finditer` would run it."""
    if pattern is None:
        return []
    if id(pattern) in vocab.looked_up:
        if held.isdisjoint(pattern.words):  # type: ignore[arg-type]
            return []
        found = pattern.pattern.finditer(text)
    else:
        found = pattern.finditer(text)
    return [_Hit(m.start(), m.end(), m.group()) for m in found]


# --- causal-claim ------------------------------------------------------------------------
def _exposure_groups(sheet: FactSheet) -> set[str]:
    """Groups whose words name the exposure: those the intervention term names, and those
    the sheet's effects and comparisons set against each other (never a whole cohort
    another group is part of)."""
    out = {g.id for g in sheet.groups.values() if g.term and g.term == sheet.intervention}
    for fact in sheet.facts_of(*_VERSUS_KINDS):
        if getattr(fact, "versus", None):
            out |= {fact.group, fact.versus}
    for fact in sheet.facts_of("comparison"):
        out |= {sheet.facts[f].group for f in fact.facts if f in sheet.facts}
    parents = {getattr(f, "of", None) for f in sheet.facts.values()}
    return {g for g in out if g and g in sheet.groups and g not in parents}


def _intervention(context: CheckContext) -> PhraseIndex[str]:
    def make() -> PhraseIndex[str]:
        sheet = context.factsheet
        forms = term_forms(context.lexicon, sheet.intervention) if sheet.intervention else None
        accepted = list(forms.accepted if forms else [])
        return PhraseIndex((form, sheet.intervention) for form in
                           dict.fromkeys([*accepted, *_shortened(context, accepted)]))

    return context.lexicon.remember_sheet(("claims-intervention",), make)


# the prepositions that open a modifier after a term's core ("vitamin D in the blood",
# "vitamina D en la sangre", "vitamine D dans le sang", "Vitamin D im Blut", "vitamina D
# nel sangue", "vitamina D no sangue"): closed-class words, folded
_PP_OPENERS = {
    "en": ("in", "of", "with", "from", "for", "at", "on"),
    "es": ("en", "de", "del", "con", "para"),
    "fr": ("dans", "de", "du", "des", "avec", "pour", "en"),
    "de": ("im", "in", "mit", "aus", "von", "vom", "bei", "fur"),
    "it": ("nel", "nella", "nei", "di", "del", "della", "con", "per", "in"),
    "pt": ("no", "na", "nos", "nas", "em", "de", "do", "da", "com", "para"),
    "nl": ("in", "van", "met", "uit", "bij", "voor"),
}
HEAD_LAST = frozenset({"en", "de", "nl"})  # a modifier word may lead a noun phrase


def _shortened(context: CheckContext, accepted: list[str]) -> list[str]:
    """The shorter forms a text names the exposure by once it is known: a form without
    the modifier that follows its core ("vitamin D in the blood" -> "vitamin D", "vitamina
    D en la sangre") and, where modifiers lead, without its first word ("circulating
    vitamin D" -> "vitamin D"). A shortened form of at least two words, one of them a
    word of four letters, and none that another term of the sheet holds whole ("skin
    preparation" of two arms' preparations names neither)."""
    sheet, lang = context.factsheet, context.lexicon.lang.split("-")[0]
    openers = frozenset(_PP_OPENERS.get(lang, ()))
    others: list[str] = []
    for tid in {*sheet.terms, sheet.condition} - {sheet.intervention}:
        forms = term_forms(context.lexicon, tid) if tid else None
        others += [" ".join(t.norm for t in tokens(f)) for f in (forms.accepted if forms else ())]
    out = []
    for form in accepted:
        toks = tokens(form)
        cut = next((i for i, t in enumerate(toks) if i >= 2 and t.norm in openers), None)
        if cut is not None:
            out.append(form[:toks[cut - 1].end])
        if lang in HEAD_LAST and len(toks) >= 3 and toks[0].norm not in openers:
            out.append(form[toks[1].start:])
    keep = []
    for short in out:
        words = [t.norm for t in tokens(short)]
        joined = " ".join(words)
        if len(words) >= 2 and any(len(w) >= HEAD_LEAST for w in words) and not any(
                f" {joined} " in f" {o} " for o in others):
            keep.append(short)
    return keep


def _head_index(context: CheckContext) -> PhraseIndex[str] | None:
    def make() -> PhraseIndex[str] | None:
        sheet = context.factsheet
        forms = term_forms(context.lexicon, sheet.intervention) if sheet.intervention else None
        heads = _heads(context, list(forms.accepted if forms else []))
        return PhraseIndex((h, "") for h in dict.fromkeys(heads)) if heads else None

    return _HEADS.get((context.factsheet, context.pack), None, make)


_HEADS: Memo[PhraseIndex[str] | None] = Memo(64)  # per sheet and pack, once per process


# definite articles and demonstratives: "the transplant" points back to the exposure the
# text has named, where "a transplant of ..." says what one is (closed-class words)
_DEFINITE = {
    "en": ("the", "this", "that", "these", "those"),
    "es": ("el", "la", "los", "las", "al", "del", "este", "esta", "ese", "esa"),
    "fr": ("le", "la", "les", "l", "du", "au", "aux", "des", "ce", "cet", "cette"),
    "de": ("der", "die", "das", "den", "dem", "des", "diese", "dieser", "diesem", "diesen"),
    "it": ("il", "lo", "la", "l", "i", "gli", "le", "al", "allo", "alla", "del", "dello",
           "della", "dal", "dalla", "nel", "nella", "sul", "questo", "questa"),
    "pt": ("o", "a", "os", "as", "ao", "aos", "do", "da", "dos", "das", "no", "na", "pelo",
           "pela", "este", "esta", "esse", "essa"),
    "nl": ("de", "het", "deze", "dit", "die", "dat"),
}


HEAD_FIRST = frozenset({"es", "fr", "it", "pt"})  # languages whose noun phrase leads with its head
HEAD_LEAST = 4  # letters of a head noun (not "D" of "vitamin D")


def _heads(context: CheckContext, accepted: list[str]) -> list[str]:
    """The head nouns of the intervention's longer forms, which a text names it by once it
    has said what it is ("the transplant", "la greffe", "die Transplantation", "the
    vitamin"): the last word in English, German and Dutch, the first in the Romance
    languages (a compound's last part: :func:`_compounds`). A head another term of the
    sheet shares ("cleanser" of "iodine skin cleanser") names neither."""
    sheet, lang = context.factsheet, context.lexicon.lang.split("-")[0]
    others: set[str] = set()
    for tid in {*sheet.terms, sheet.condition} - {sheet.intervention}:
        forms = term_forms(context.lexicon, tid) if tid else None
        others |= {t.norm for f in (forms.accepted if forms else ()) for t in tokens(f)}
    stop = frozenset(fold(w) for w in getattr(context.pack, "stopwords", None) or ())
    out = []
    for form in accepted:
        words = [t for t in tokens(form) if t.norm not in stop]
        if lang not in HEAD_FIRST:
            # a designator after the head is no head: "vitamin D", "factor V", "omega 3"
            while len(words) >= 2 and (len(words[-1].norm) <= 2 or not words[-1].norm.isalpha()):
                words = words[:-1]
            if len(words) == 1 and len(tokens(form)) >= 2:
                words = [words[0], words[0]]  # the head alone, of a form of two words
        if len(words) >= 2:
            head = words[0] if lang in HEAD_FIRST else words[-1]
            if len(head.norm) >= HEAD_LEAST and head.norm.isalpha():
                out.append(form[head.start:head.end])
    return [h for h in out if fold(h) not in others]


SUFFIX_LEAST = 8  # letters of a compound's last part that names it ("Transplantation")


def _compounds(context: CheckContext) -> tuple[str, ...]:
    """The intervention's one-word forms long enough to be compounds (German, Dutch:
    "Stammzelltransplantation"), folded: their last part alone names the exposure."""
    def make() -> tuple[str, ...]:
        sheet = context.factsheet
        forms = term_forms(context.lexicon, sheet.intervention) if sheet.intervention else None
        return tuple(key[0] for f in (forms.accepted if forms else ())
                     if len(key := [t.norm for t in tokens(f)]) == 1
                     and len(key[0]) >= 2 * SUFFIX_LEAST)
    return _COMPOUNDS.get((context.factsheet, context.pack), None, make)


_COMPOUNDS: Memo[tuple[str, ...]] = Memo(64)


def _heads_named(sentence: str, toks: list[Token], a: int,
                 context: CheckContext) -> list[tuple[int, int]]:
    """Where the sentence names the exposure by its head noun after a definite article
    ("the transplant", "al trasplante", "die Transplantation")."""
    definite = _DEFINITE.get(context.lexicon.lang.split("-")[0], ())
    index, compounds = _head_index(context), _compounds(context)
    if not definite or (index is None and not compounds):
        return []
    spans = [(m.start, m.end, m.first) for m in index.find(sentence, toks)] if index else []
    if compounds:
        spans += [(t.start, t.end, i) for i, t in enumerate(toks)
                  if len(t.norm) >= SUFFIX_LEAST and any(
                      c.endswith(t.norm) and c != t.norm for c in compounds)]
    return [(a + x, a + y) for x, y, i in spans
            if i > 0 and toks[i - 1].norm in definite
            and not sentence[toks[i - 1].end:x].strip(" '’\u00a0")]


# the nouns any treatment is called by once a text has named it ("the treatment", "die
# Behandlung", "el procedimiento"): after a definite article they point back to the
# sheet's intervention (closed-class words, folded)
_TREATMENT = {
    "en": ("treatment", "procedure", "therapy", "intervention", "operation"),
    "es": ("tratamiento", "procedimiento", "terapia", "intervencion"),
    "fr": ("traitement", "procedure", "therapie", "intervention", "operation"),
    "de": ("behandlung", "therapie", "eingriff", "intervention", "verfahren", "operation"),
    "it": ("trattamento", "procedura", "terapia", "intervento", "operazione"),
    "pt": ("tratamento", "procedimento", "terapia", "intervencao", "operacao"),
    "nl": ("behandeling", "therapie", "ingreep", "procedure", "operatie"),
}


def _treatment_named(toks: list[Token], a: int, context: CheckContext) -> list[tuple[int, int]]:
    """Where a sentence calls the sheet's intervention by a noun of any treatment."""
    lang = context.lexicon.lang.split("-")[0]
    nouns, definite = _TREATMENT.get(lang, ()), _DEFINITE.get(lang, ())
    if not context.factsheet.intervention or not nouns:
        return []
    return [(a + t.start, a + t.end) for i, t in enumerate(toks)
            if i > 0 and t.norm in nouns and toks[i - 1].norm in definite]


def _exposure_spans(text: str, a: int, b: int, context: CheckContext) -> list[tuple[int, int]]:
    """Where the sentence ``[a, b)`` names the exposure."""
    sentence = text[a:b]
    toks = tokens(sentence)
    found = [(a + m.start, a + m.end) for m in _intervention(context).find(sentence, toks)]
    found += _heads_named(sentence, toks, a, context)
    found += _treatment_named(toks, a, context)
    groups = context.lexicon.remember(("claims-exposure-groups",),
                                      lambda: _exposure_groups(context.factsheet))
    if groups:
        index = sheet_index(context.factsheet, context.lexicon)
        found += [(c.start, c.end) for c in group_cues(text, [(a, b)], index, context.lexicon)
                  if c.item in groups and not c.weak]
    return found


def _result_figures(sheet: FactSheet) -> set[float]:
    """The figures of the sheet's results about an outcome (not its background)."""
    out: set[float] = set()
    for fact in sheet.facts.values():
        if fact.outcome and not fact.background:
            out |= {abs(v) for v in (*fact.numbers, *allowed_values(fact))}
    return out


def _gives_result(sentence: str, context: CheckContext) -> bool:
    """Whether a sentence gives one of the study's result figures ("Having more than
    enough cut the risk by 22 percent"): then it speaks of the study's exposure even
    where it names it only in the sentence before."""
    figures = context.lexicon.remember(("claims-result-figures",),
                                       lambda: _result_figures(context.factsheet))
    if not figures:
        return False
    return any(matches(abs(m.value), figures)
               for m in read_numbers(sentence, context.pack, context.lexicon)
               if m.kind in _FIGURES)


def _names_outcome(text: str, a: int, b: int, context: CheckContext) -> bool:
    """Whether the sentence ``[a, b)`` names one of the study's outcomes: in the sheet's
    words, in words only that outcome's wording has ("infections"), or with the last part
    of such a word starting a compound ("Wundinfektion": "Infektionsrisiko")."""
    sentence = text[a:b]
    toks = tokens(sentence)
    # an outcome the sheet gives only as background (an earlier report's "reclassified
    # diagnosis") is not one the study measured: "CTA led to a reclassified diagnosis in
    # an earlier report" is no claim about this study's exposure
    aside = context.lexicon.remember(("claims-background-outcomes",),
                                     lambda: _background_outcomes(context.factsheet))
    if any(set(hit.item) - aside for hit in _phrases_cache(context).find(sentence, toks)):
        return True
    own = context.lexicon.remember(("claims-outcome-words",), lambda: _outcome_words(context))
    if any(_loose(word, t.norm) for t in toks for word, _ in own.get(t.norm[:HEAD], ())):
        return True
    shared = context.lexicon.remember(("claims-shared-words",), lambda: _shared_words(context))
    if any(_kin(word, t.norm) for t in toks for word in shared.get(t.norm[:HEAD], ())):
        return True
    parts = context.lexicon.remember(("claims-outcome-parts",), lambda: _parts(own))
    return any(t.norm.startswith(part) for t in toks for part in parts.get(t.norm[:PART], ()))


def _background_outcomes(sheet: FactSheet) -> frozenset[str]:
    """The outcomes only background facts are about (none of the study's results)."""
    told: dict[str, bool] = {}
    for fact in sheet.facts.values():
        if fact.outcome:
            told[fact.outcome] = told.get(fact.outcome, False) or not fact.background
    return frozenset(oid for oid, result in told.items() if not result)


PART = 7  # letters of the shortest word part a compound is read by


def _parts(own: dict[str, list[tuple[str, str]]]) -> dict[str, list[str]]:
    """The last parts of the outcomes' own words, by their first letters."""
    out: dict[str, list[str]] = {}
    for word, _ in (entry for entries in own.values() for entry in entries):
        for k in range(len(word) - PART + 1):
            out.setdefault(word[k:k + PART], []).append(word[k:])
    return out


# a comma and one of these words start a clause of its own, which a negation or caveat of
# the clause before does not reach ("X is not advised to prevent it, and this study shows
# that supplements prevent it"); closed-class words, so they are listed here by language
# (and a consequence drawn: "it had no control group, so the results are due to the
# transplant" says the cause, whatever the clause before denied; one set off by commas is
# an aside inside the clause: "não podem, por isso, ser atribuídos")
_AND = {"en": ("and", "but", "yet", "so", "therefore", "thus", "hence", "which", "although",
               "though"),
        "es": ("y", "e", "pero", "mientras", r"así\s+que", r"por\s+lo\s+que", r"por\s+eso",
               r"de\s+modo\s+que", "luego", r"lo\s+que", r"lo\s+cual", "aunque"),
        "fr": ("et", "mais", "tandis", r"si\s+bien\s+qu(?:e|['’])", r"de\s+sorte\s+qu(?:e|['’])",
               r"c['’]est\s+pourquoi", r"ce\s+qui", r"ce\s+qu(?:e|['’])",
               r"bien\s+qu(?:e|['’])", r"quoiqu(?:e|['’])"),
        "de": ("und", "aber", "doch", "während", "daher", "deshalb", "deswegen", "sodass",
               r"so\s+dass", "was", "obwohl", "obgleich"),
        "it": ("e", "ed", "ma", "mentre", "quindi", "perciò", r"per\s+cui", "sicché",
               r"il\s+che", r"ciò\s+che", r"anche\s+se", "sebbene", "benché"),
        "pt": ("e", "mas", "enquanto", r"pelo\s+que", r"por\s+isso", "portanto",
               r"de\s+modo\s+que", r"o\s+que", "embora", r"ainda\s+que"),
        "nl": ("en", "maar", "terwijl", "dus", "daarom", "wat")}
# a negation of a noun ("no comparison group", "sem grupo de comparação", "pas de groupe
# témoin", "keine Vergleichsgruppe"): the absence it states ends at the comma after it,
# and reaches no verb of the clause that follows (closed-class words)
_NO_NOUN = {"en": r"no|without", "es": r"sin|ningún|ninguna",
            "fr": r"sans|aucune?|pas\s+d(?:e|['’])", "de": r"kein\w*|ohne",
            "it": r"nessun\w*|senza", "pt": r"sem|nenhuma?", "nl": r"geen|zonder"}
_NO_NOUN_RE = {lang: regex.compile(rf"(?<![\p{{L}}])(?:{p})(?![\p{{L}}])", _FLAGS)
               for lang, p in _NO_NOUN.items()}
ABSENCE_WORDS = 12  # words from such a negation to its comma
# nouns of proof: the "that" clause after one (and its comma) says what is (not) proven
# ("keinen Beweis, dass ...", "ninguna prueba, de que ..."), closed lists by language
_PROOF = {"en": r"(?<!\p{L})(?:proof|evidence|sign|indication)s?",
          "es": r"(?<!\p{L})(?:prueba|evidencia|indicio|demostración)s?",
          "fr": r"(?<!\p{L})(?:preuve|indice|signe|démonstration)s?",
          "de": r"(?<!\p{L})(?:Beweis|Beleg|Nachweis|Hinweis|Anhaltspunkt)\w{0,2}",
          "it": r"(?<!\p{L})(?:prova|prove|evidenza|evidenze|indizio|indizi|dimostrazione)",
          "pt": r"(?<!\p{L})(?:prova|evidência|evidencia|indício|indicio|demonstração)s?",
          "nl": r"(?<!\p{L})(?:bewijs|aanwijzing)\w{0,2}"}
# the German pronoun adverb that announces the clause ("keinen Beweis dafür, dass",
# "kein Hinweis darauf, dass"): it stands between the proof and its comma
_DA = r"(?<!\p{L})(?:da|dar|hier)(?=für|von|auf|über|an)"
_NEW_CLAUSE: dict[str, regex.Pattern[str] | None] = {}
# the word that opens a clause a verb takes as its object: after a negated heading ("What
# this does not show: that ...", "Ce que cela ne veut pas dire : que ...") the clause is
# what is denied
_THAT = {"en": "that", "es": "que", "fr": "qu(?:e|['’])", "de": "dass", "it": "che",
         "pt": "que", "nl": "dat"}


@functools.lru_cache(maxsize=256)
def _said(source: str) -> Compiled:
    """A pattern of a language's closed words, compiled once (with ``re`` where it reads
    alike, :mod:`.plain_regex`)."""
    return plain_regex.compile(source, _FLAGS)


def _new_clause(lang: str) -> Compiled | None:
    if lang not in _NEW_CLAUSE:
        words = _AND.get(lang.split("-")[0], ())
        _NEW_CLAUSE[lang] = plain_regex.compile(
            rf",\s*(?:{'|'.join(words)})(?![\p{{L}}\p{{N}}])(?!\s*,)", _FLAGS) if words else None
    return _NEW_CLAUSE[lang]


def _hedged(vocab: _Vocab, text: str, toks: list[Token], a: int, b: int, hit: _Hit,
            lang: str = "") -> bool:
    """Whether a causal phrase is negated or hedged: a negation or caveat in the words
    before it (back to a strong mark, or to a comma that starts a clause of its own),
    or a negation right after it in its clause."""
    strong = last_in(places(_STRONG, text[a:hit.start]), 0, hit.start - a)
    lo = a if strong is None else a + strong + 1
    that = _THAT.get(lang.split("-")[0])
    if strong is not None and text[lo - 1] == ":" and vocab.caveat is not None and that and (
            _STRONG.search(text, a, lo - 1) is None) and _said(
                rf"\s*{that}(?![\p{{L}}])").match(text[lo:hit.start]) and vocab.caveat.search(
                text, a, lo - 1) is not None:
        return True  # a negated heading frames its object ("Ce que cela ne veut pas dire : que")
    joined = _new_clause(lang)
    if joined is not None:
        for m in joined.finditer(text, lo, hit.start):
            lo = m.end()
    lo = _past_absence(text, toks, lo, hit.start, lang)
    if vocab.caveat is not None and vocab.caveat.search(
            text, _before(toks, hit.start, lo, CAVEAT_WINDOW), hit.start) is not None:
        return True
    if vocab.negation is None:
        return False
    mark = _CLAUSE.search(text, hit.end, b)
    hi = b if mark is None else mark.start()
    if vocab.negation.search(text, hit.end, _after(toks, hit.end, hi,
                                                   NEGATION_WINDOW)) is not None:
        return True
    return _fronted_denied(vocab, text, toks, a, b, hit, that)


def _past_absence(text: str, toks: list[Token], lo: int, pos: int, lang: str) -> int:
    """Past a clause that only states an absence ("sem grupo de comparação, fica provado
    que ...", "there was no comparison group, which shows that"): the one comma before
    ``pos`` ends it when a negation of a noun stands at most ABSENCE_WORDS words before."""
    pattern = _NO_NOUN_RE.get(lang.split("-")[0])
    comma = text.rfind(",", lo, pos)
    if pattern is None or comma < 0 or "," in text[lo:comma]:
        return lo
    that = _THAT.get(lang.split("-")[0])
    proof = _PROOF.get(lang.split("-")[0])
    if that and proof and _said(rf"(?:{proof})(?:\s+{_DA}\p{{L}}+)?\s*$").search(
            text[lo:comma]) and (
            _said(rf"\s*(?:de\s+)?{that}(?![\p{{L}}])").match(text[comma + 1:pos])):
        return lo  # the absent proof's own "that" clause: "keinen Beweis, dass X schützt"
    no = pattern.search(text, _before(toks, comma, lo, ABSENCE_WORDS), comma)
    return comma + 1 if no is not None else lo


def _fronted_denied(vocab: _Vocab, text: str, toks: list[Token], a: int, b: int, hit: _Hit,
                    that: str | None) -> bool:
    """Whether the phrase stands in a clause the sentence opens with its "that" and the
    main clause after it denies ("Dass Vitamin D schützt, zeigt die Studie nicht", "That
    it prevents cancer is not shown", "Que la vitamina D proteja no está demostrado"): the
    clause is the object of the denial, said before it."""
    if not that or vocab.negation is None or not _said(
            rf"[\s\W]*{that}(?![\p{{L}}])").match(text[a:hit.start]):
        return False
    strong = _STRONG.search(text, hit.end, b)
    hi = b if strong is None else strong.start()
    mark = _CLAUSE.search(text, hit.end, hi)
    lo = hit.end if mark is None else mark.end()
    return vocab.negation.search(text, lo, _after(toks, lo, hi, NEGATION_WINDOW + 2)) is not None


def _answered_yes(vocab: _Vocab, text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence at ``start`` (to ``end``) opens with a yes ("Sí: el estudio lo
    demuestra") or closes with one ("The study says yes."): it says what the question
    before it asked."""
    if vocab.yes is None:
        return False
    if vocab.yes.match(text, start) is not None:
        return True
    if end is None or vocab.yes_last is None:
        return False
    sentence = text[start:end]  # a yes it closes, not denied ("We cannot say yes.")
    return vocab.yes_last.search(sentence) is not None and (
        vocab.negation is None or vocab.negation.search(sentence) is None)


def _quote_of(sheet: FactSheet, lang: str, said: str) -> str | None:
    """The reviewed quote a causal phrase stands in (its words are the quote's)."""
    key = fold(said)
    for quote in sheet.quotes.values():
        if key in fold(local_text(quote.text, lang) or ""):
            return quote.id
    return None


# a short question whether what was just said holds ("Is that true?", "¿Es cierto?",
# "Stimmt das?") or whether what follows does ("Vrai ou faux ?", "True or false?"): the
# statement it asks about is the claim weighed, not the text's own. Closed-class words.
_TRUE = {"en": r"true|right|correct|so|the\s+case|fact|myth",
         "es": r"ciert[oa]|verdad\w*|así|mito|falso",
         "fr": r"vrai|exact|le\s+cas|faux|mythe|intox",
         "de": r"stimmt|wahr|richtig|so|Mythos|falsch",
         "it": r"vero|così|giusto|falso|mito|bufala",
         "pt": r"verdade\w*|cert[oa]|assim|mito|fals[oa]",
         "nl": r"waar|klopt|juist|fabel"}
ASKED_WORDS = 6  # words of such a question at most


def _truth_question(text: str, a: int, b: int, lang: str) -> bool:
    words = _TRUE.get(lang.split("-")[0])
    sentence = text[a:b]
    return bool(words) and _question(sentence) and len(tokens(sentence)) <= ASKED_WORDS and (
        _said(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})").search(sentence) is not None)


# an answer that grants the statement a question of truth asked about ("True: the study
# shows it", "Vrai :", "Stimmt."): the text then makes the claim its own
_GRANTED = {"en": r"true|right|correct|indeed|that'?s\s+right",
            "es": r"ciert[oa]|verdad\w*|correct[oa]|así\s+es",
            "fr": r"vrai|exact|c['’]est\s+(?:vrai|exact)|tout\s+à\s+fait",
            "de": r"stimmt|wahr|richtig|korrekt|genau",
            "it": r"vero|esatto|giusto|corretto|è\s+così",
            "pt": r"verdade\w*|cert[oa]|corret[oa]|exat[oa]|é\s+assim",
            "nl": r"waar|klopt|juist|correct"}


def _asked_about(vocab: _Vocab, text: str, spans: Sequence[tuple[int, int]], k: int,
                 lang: str) -> bool:
    """Whether sentence ``k`` is the statement a short question of truth asks about: the
    question right after it in its paragraph, or right before it on its line; unless the
    sentence after both answers yes or grants it ("Is that true? Yes.")."""
    a, b = spans[k]
    if k + 1 < len(spans) and "\n\n" not in text[b:spans[k + 1][0]] and _truth_question(
            text, *spans[k + 1], lang):
        return not (k + 2 < len(spans) and _granted(vocab, text, spans[k + 2], lang))
    if k > 0 and "\n" not in text[spans[k - 1][1]:a] and _truth_question(
            text, *spans[k - 1], lang):
        return not (k + 1 < len(spans) and _granted(vocab, text, spans[k + 1], lang))
    return False


# a verb of hearsay that leads what a reader was told or read ("my sister says", "I read
# that", "li que", "ouvi dizer", "j'ai lu que", "he leído que", "ho letto che", "ich habe
# gelesen, dass"): closed-class words of each language
_HEARSAY = {"en": r"says|say|said|tells|told|claims?|claimed|heard|hear|read",
            "es": r"dice|dicen|dijo|dijeron|decía|leído|leí|oído|oí|escuché|escuchado|dicho"
                  r"|asegura|aseguran|afirma|afirman",
            "fr": r"dit|disent|disait|lu|entendu|affirme|affirment|prétend|prétendent",
            "de": r"sagt|sagen|sagte|sagten|gelesen|las|gehört|hörte|behauptet|behaupten|meint"
                  r"|meinen",
            "it": r"dice|dicono|diceva|detto|letto|lessi|sentito|sostiene|sostengono|afferma"
                  r"|affermano",
            "pt": r"diz|dizem|dizia|disse|disseram|li|lido|ouvi|ouvido|dizer|afirma|afirmam"
                  r"|garante|garantem",
            "nl": r"zegt|zeggen|zei|zeiden|gelezen|las|gehoord|hoorde|beweert|beweren"}
# the reader's own voice: a first-person word (pronoun, possessive, or a first-person verb
# form of the hearsay or the question: "li", "devo", "he leído", "ho letto")
_FIRST_PERSON = {"en": r"I|[Mm]e|[Mm]y|[Mm]ine",
                 "es": r"yo|me|mi|mis|he|leí|oí|escuché|debo|tengo|puedo",
                 "fr": r"je|j|me|m|moi|mon|ma|mes",
                 "de": r"ich|mich|mir|mein\w*",
                 "it": r"io|mi|mio|mia|miei|mie|ho|lessi|devo|dovrei|posso",
                 "pt": r"eu|me|meu|minha|meus|minhas|li|ouvi|devo|posso|tenho",
                 "nl": r"ik|me|mij|mijn"}


def _hearsay_asked(vocab: _Vocab, text: str, spans: Sequence[tuple[int, int]], k: int,
                   first: int, lang: str) -> bool:
    """Whether sentence ``k``'s causal phrase (the first at ``first``) is what a reader
    heard or read, asked about: a verb of hearsay before it in its sentence, the question
    right after it in its paragraph, and the reader's own voice (a first-person word) in
    one of the two ("My sister says vitamin D lowers the risk. Should I take it?", "Li
    que a falta de vitamina D aumenta o risco. Devo começar?"). The claim is the one the
    text then answers, unless the sentence after the question grants it ("Is that true?
    Yes, it is."); the same words said by a study or an expert stay the text's."""
    base = lang.split("-")[0]
    lead, me = _HEARSAY.get(base), _FIRST_PERSON.get(base)
    a, b = spans[k]
    if lead is None or me is None or k + 1 >= len(spans):
        return False
    c, d = spans[k + 1]
    if not _paragraph_goes_on(text, b, c) or not _question(text[c:d]):
        return False
    if _said(rf"(?<![\p{{L}}'’])(?:{lead})(?![\p{{L}}])").search(text[a:first]) is None:
        return False
    voice = regex.compile(rf"(?<![\p{{L}}])(?:{me})(?![\p{{L}}])",
                          0 if base == "en" else _FLAGS)
    if voice.search(text[a:first]) is None and voice.search(text[c:d]) is None:
        return False
    return not (k + 2 < len(spans) and _granted(vocab, text, spans[k + 2], lang))


def _granted(vocab: _Vocab, text: str, span: tuple[int, int], lang: str) -> bool:
    """Whether the sentence ``span`` answers yes or opens with a word granting the truth."""
    start, end = span
    if _answered_yes(vocab, text, start, end):
        return True
    words = _GRANTED.get(lang.split("-")[0])
    return bool(words) and _said(
        rf"[\s\"“”«»„'’]*(?:{words})(?!\p{{L}})").match(text[start:start + 40]) is not None


def causal_claims(text: str, context: CheckContext) -> list[Finding]:
    sheet = context.factsheet
    evidence = sheet.evidence
    vocab = _vocab(context.pack)
    proven = proven_unshown(text, context)
    if evidence in _EXPERIMENTS or (vocab.causal is None and vocab.causing is None):
        return proven
    analysis = analysis_of(text, context)
    spans = analysis.sentences
    quotes: Spans | None = None
    reported: Spans | None = None
    out: list[Finding] = list(proven)
    # the patterns run once over the whole text, not once per sentence: most
    # sentences hold no causal word, and a search per sentence costs as much as one hit
    held = vocab.held.held_by_sentence(text, spans, context.lexicon, "claims-held")
    every: list[tuple[_Hit, bool | None]] = sorted(
        [(h, False) for p in vocab.causal_each for h in _whole(vocab, p, text, held)]
        + [(h, True) for p in vocab.causing_each for h in _whole(vocab, p, text, held)]
        + [(h, None) for h in _whole(vocab, _attributing(context.lexicon.lang), text, held)],
        key=lambda pair: (pair[0].start, pair[0].start - pair[0].end))
    starts = [h.start for h, _ in every]
    # "cause and effect" said as what the study shows is a claim whatever the sentence
    # names ("This study shows cause and effect"), unless negated or hedged ("an
    # association, not cause and effect")
    stated = _whole(vocab, vocab.causation_each, text, held)
    memo = context.lexicon
    for k, (a, b) in enumerate(spans):
        hits = [pair for pair in every[bisect_left(starts, a):bisect_left(starts, b)]
                if pair[0].end <= b]
        own = [h for h in stated if a <= h.start and h.end <= b]
        if (not hits and not own) or (_question(text[a:b]) and not (
                k + 1 < len(spans) and _answered_yes(vocab, text, *spans[k + 1]))):
            continue  # a question, unless the next sentence answers it "Yes"
        if _asked_about(vocab, text, spans, k, context.lexicon.lang):
            continue  # "I read that X prevents it. Is that true?": the claim weighed
        if hits and _hearsay_asked(vocab, text, spans, k, hits[0][0].start,
                                    context.lexicon.lang):
            continue  # "My sister says X lowers the risk. Should I?": the question's claim
        if alone(text, a):
            # what the sentence's own words decide, once per run for each sentence and
            # the hits in it (a bundle's texts repeat half their sentences)
            sentence = text[a:b]
            near = tuple((_Hit(h.start - a, h.end - a, h.text), c) for h, c in hits)
            owned = tuple(_Hit(h.start - a, h.end - a, h.text) for h in own)
            said, passed = memo.remember(
                ("claims-sentence", sentence, near, owned),
                lambda s=sentence, n=near, o=owned: _in_sentence(
                    vocab, s, 0, len(s), n, o, context))
            if a:
                said = said and _Hit(said.start + a, said.end + a, said.text)
                passed = passed and tuple(_Hit(h.start + a, h.end + a, h.text) for h in passed)
        else:
            said, passed = _in_sentence(vocab, text, a, b, tuple(hits), tuple(own), context)
        if said is not None:
            out.append(_causal_finding(context, evidence, _with_answer(text, spans, k, said),
                                       None))
            continue
        if passed is None:
            continue
        if passed and evidence != "observational" and _as_titled(text, a, b, context):
            continue  # the effect the sheet's own reviewed headline states as caused
        for hit in passed:
            if reported is None:
                reported = Spans(analysis[REPORTED])
            if reported.overlaps(hit.start, hit.end):
                continue  # the claim a fact check quotes to weigh it, not its own
            if quotes is None:
                quotes = Spans(analysis[QUOTES])
            quote = _quote_of(sheet, context.lexicon.lang, hit.text) if quotes.overlaps(
                hit.start, hit.end) else None
            out.append(_causal_finding(context, evidence, _with_answer(text, spans, k, hit),
                                       quote))
            break  # one finding a sentence
        if len(out) >= LISTED:
            return _capped(out, "causal-claim")
    return out


def _with_answer(text: str, spans: Sequence[tuple[int, int]], k: int, hit: _Hit) -> _Hit:
    """A causal phrase of a question the next sentence answers yes ("Does the transplant
    work? Yes, that is proven."), with the answer: the answer makes the claim."""
    a, b = spans[k]
    if k + 1 >= len(spans) or not _question(text[a:b]):
        return hit
    end = spans[k + 1][1]
    return _Hit(hit.start, end, text[hit.start:end])


def _in_sentence(vocab: _Vocab, text: str, a: int, b: int,
                 hits: tuple[tuple[_Hit, bool | None], ...], own: tuple[_Hit, ...],
                 context: CheckContext) -> tuple[_Hit | None, tuple[_Hit, ...] | None]:
    """What the sentence ``[a, b)`` of ``text`` says with its causal ``hits`` and its
    cause-and-effect phrases (``own``), read in its own words: a cause-and-effect phrase
    neither negated nor hedged (a claim whatever the sentence names), else the causal
    hits that claim a cause of the exposure, in order (the text decides which of them
    it weighs or quotes), or None when the sentence names no exposure."""
    lang = context.lexicon.lang
    if own:
        toks = _placed(text, a, b)
        said = next((h for h in own if not _hedged(vocab, text, toks, a, b, h, lang)), None)
        if said is not None:
            return said, None
        if not hits:
            return None, None
    named = Spans(_exposure_spans(text, a, b, context))
    result = _gives_result(text[a:b], context) if not named.starts else None
    if not named.starts and not result:
        return None, None  # said of something else: "MS causes disability"
    toks = _placed(text, a, b)
    measured: bool | None = result or None
    passed = []
    for hit, causing in hits:
        if named.holds(hit.start) or _hedged(vocab, text, toks, a, b, hit, lang):
            continue  # part of a group's words ("women who avoid ..."), or a caveat
        if _known_through(text, hit, b, lang):
            continue  # "grâce à une analyse antérieure, on savait que": a source, not a cause
        apart = _named_apart(text, hit, b, named.starts, lang)
        if apart is not None and not _gives_result(text[a:apart], context):
            continue  # "said that other drugs prevented it, and that the transplant ..."
        if causing is None:
            if not any(0 <= x - hit.end <= ATTRIBUTED for x in named.starts):
                continue  # "visits due to bleeding": put down to something else
        elif causing:
            if measured is None:
                measured = _names_outcome(text, a, b, context) or _gives_result(
                    text[a:b], context)
            if not measured and not _proved_before(vocab, text, a, hit.start, lang):
                continue  # "deficiency can cause bone problems": not what was studied
        passed.append(hit)
    return None, tuple(passed)


# what sets a proof aside before its word ("a link rather than proof that", "plutôt
# qu'une preuve", "statt eines Beweises", "invece di una prova"): closed-class words
_INSTEAD = regex.compile(
    r"(?<!\p{L})(?:rather\s+than|instead\s+of|plutôt\s+qu|au\s+lieu\s+d|más\s+que|en\s+lugar"
    r"\s+de|en\s+vez\s+de|statt|anstatt|invece\s+d|anziché|piuttosto\s+che|em\s+vez\s+d"
    r"|em\s+lugar\s+d|mais\s+do\s+que)", regex.IGNORECASE)
PROOF_BEFORE = 40  # characters before a word of proof a negation or "rather than" may stand


def _proved_before(vocab: _Vocab, text: str, a: int, pos: int, lang: str) -> bool:
    """Whether a word of proof governs the sentence before ``pos`` ("This study proves
    that low vitamin D causes the disease", "è la prova che"): what it proves is the
    study's result, whether or not the sentence names its outcome. A proof denied,
    hedged or set aside just before its word ("does not prove", "rather than proof")
    proves nothing."""
    from .overstated import _PROVING, _proof

    base = lang.split("-")[0]
    if base not in _PROVING:
        return False
    for hit in _proof(base).finditer(text, a, pos):
        lo = max(a, hit.start() - PROOF_BEFORE)
        if _INSTEAD.search(text, lo, hit.start()) is None and (
                vocab.caveat is None or vocab.caveat.search(text, lo, hit.start()) is None):
            return True
    return False


# "thanks to" and its kin before a study's own work ("thanks to an earlier analysis of the
# same study", "grâce à une analyse antérieure", "dank der Auswertung"): what let it be
# known, not what caused the outcome. Closed-class words and research nouns by language.
_THANKS = {"en": r"thanks\s+to", "es": r"gracias\s+(?:a|al)", "fr": r"grâce\s+(?:à|au|aux)",
           "de": r"dank", "it": r"grazie\s+(?:a|al|all['’]|alla|ai|agli|alle)",
           "pt": r"graças\s+(?:a|ao|à|aos|às)", "nl": r"dankzij"}
_RESEARCH = {"en": r"stud(?:y|ies)|analys[ie]s|trial|data|research|follow-up|survey|results?",
             "es": r"estudios?|análisis|analisis|ensayos?|datos|investigaci\w+|seguimiento"
                   r"|resultados?",
             "fr": r"études?|etudes?|analyses?|essais?|données|recherches?|suivi|résultats?",
             "de": r"Studie\w*|Analyse\w*|Auswertung\w*|Untersuchung\w*|Daten|Forschung\w*"
                   r"|Ergebnis\w*",
             "it": r"stud[io]|analisi|sperimentazion\w+|dati|ricerc\w+|risultat[oi]",
             "pt": r"estudos?|análises?|analises?|ensaios?|dados|investigaç\w+|pesquisas?"
                   r"|resultados?",
             "nl": r"studie\w*|analyse\w*|onderzoek\w*|gegevens|resultat\w*"}
_KNOWN_THROUGH = {lang: (regex.compile(rf"(?:{t})$", _FLAGS), regex.compile(
    rf"(?:[\p{{L}}-]+(?:\s+|['’])){{0,3}}?(?:{_RESEARCH[lang]})(?![\p{{L}}])", _FLAGS))
                  for lang, t in _THANKS.items()}


def _known_through(text: str, hit: _Hit, b: int, lang: str) -> bool:
    """Whether a "thanks to" hit names a piece of research right after it (within three
    words and its clause): the source of what is known."""
    pair = _KNOWN_THROUGH.get(lang.split("-")[0])
    if pair is None or pair[0].search(hit.text) is None:
        return False
    return pair[1].match(text, hit.end + len(text[hit.end:b]) - len(
        text[hit.end:b].lstrip()), b) is not None


# a comma and "and that" (", y que", ", et qu'", ", und dass", ", e che", ", e que"): a
# second clause a verb of saying takes, with a subject of its own. What it names is not
# what a causal verb before it is said of ("She said other drugs have prevented attacks,
# and that the transplant should be offered"). Closed-class words.
_AND_THAT = {"en": ("and|but", "that"), "es": ("y|pero", r"(?:de\s+)?que"),
             "fr": ("et|mais", r"qu(?:e|['’])"), "de": ("und|aber", "dass"),
             "it": ("e|ma", "che"), "pt": ("e|mas", r"(?:de\s+)?que"), "nl": ("en|maar", "dat")}
# with up to two words of saying between ("and added that", "y añadió que", "e ha aggiunto
# che", "und sagte, dass")
_AND_THAT_RE = {lang: regex.compile(rf"[,;]\s*(?:{a})\s+(?:[\p{{L}}’']+,?\s+){{0,2}}?(?:{t})"
                                    rf"(?![\p{{L}}])", _FLAGS)
                for lang, (a, t) in _AND_THAT.items()}


def _named_apart(text: str, hit: _Hit, b: int, starts: Sequence[int], lang: str
                 ) -> int | None:
    """Where the clause of its own starts, opened by a comma and "and that", in which
    alone the sentence (to ``b``) names the exposure after the causal ``hit``; else None."""
    pattern = _AND_THAT_RE.get(lang.split("-")[0])
    if pattern is None or not starts or any(x < hit.end for x in starts):
        return None
    m = pattern.search(text, hit.end, b)
    return m.start() if m is not None and all(x >= m.end() for x in starts) else None


# A result put down to what follows ("the results are due to the transplant", "se deben al
# trasplante", "sont dus à la greffe", "attribuibili al trapianto", "se deve ao
# transplante"): a cause when what follows is the exposure. Closed constructions of each
# language (a verb or adjective of attributing and its preposition), so they are here.
ATTRIBUTED = 12  # characters from the construction to the exposure it names
_ATTRIBUTING = {
    "en": (r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|all\s+|entirely\s+|solely\s+)?"
           r"(?:due|attributable|owed|owing|down|thanks)\s+to",
           r"because\s+of", r"owing\s+to", r"as\s+a\s+(?:direct\s+)?result\s+of",
           r"attribut(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,4}?to",
           r"(?:be|been|is|are|was|were)\s+(?:\w+ly\s+)?attributed\s+to",
           r"credit(?:s|ed)?\s+(?:[\w'’-]+\s+){1,4}?to"),
    # up to three words between the verb and its preposition: "se deben con certeza al"
    "es": (r"se\s+deb(?:e|en|ió|ieron|ía|ían|a|an)\s+(?:\w+\s+){0,3}?(?:a|al)",
           r"(?:es|son|fue|fueron|era|eran|sea|sean)\s+(?:\w+\s+)?(?:atribuibles?|debid[oa]s?"
           r"|imputables?)\s+(?:\w+\s+){0,2}?(?:a|al)",
           r"atribu(?:ir|ye|yen|yó|yeron|id[oa]s?)(?:se|lo|la|los|las)?\s+(?:[\w-]+\s+){0,4}?"
           r"(?:a|al)",
           r"mérito\s+(?:\w+\s+)?(?:es|fue|sea|era)\s+(?:de|del)",
           r"a\s+causa\s+(?:de|del)", r"debido\s+(?:a|al)", r"gracias\s+(?:a|al)"),
    "fr": (r"(?:est|sont|était|étaient|soit|soient|serait|seraient)\s+(?:\w+\s+){0,2}?(?:dus?|dues?"
           r"|imputables?|attribuables?)\s+(?:\w+\s+){0,2}?(?:à|au|aux)",
           r"attribu(?:er|e|ent|é|és|ée|ées|ait|aient)\s+(?:[\w'’-]+\s+){0,4}?(?:à|au|aux)",
           r"mérite\s+(?:\w+\s+)?(?:en\s+)?(?:revient|reviendrait)\s+(?:à|au|aux)",
           r"à\s+cause\s+d(?:e|u|es)", r"grâce\s+(?:à|au|aux)"),
    "it": (r"(?:è|sono|sia|siano|era|erano|fosse|fossero|sarebbe|sarebbero)\s+(?:\w+\s+){0,2}?"
           r"(?:dovut[oaie]|attribuibil[ei]|imputabil[ei])\s+(?:\w+\s+){0,2}?(?:a|al|allo|alla"
           r"|ai|agli|alle|all['’])",
           r"attribui(?:re|to|ti|ta|te|sce|scono)\s+(?:[\w-]+\s+){0,4}?(?:a|al|allo|alla|ai"
           r"|agli|alle|all['’])",
           r"merito\s+(?:\w+\s+)?(?:è|sia|era|fu)\s+(?:proprio\s+|tutto\s+|\w+mente\s+)?"
           r"(?:del|della|dello|dell['’]|dei|degli)",
           r"a\s+causa\s+(?:di|del|della|dello|dell['’])", r"grazie\s+(?:a|al|alla|allo|all['’])",
           # "i risultati si devono (quindi) con certezza al trapianto"
           r"si\s+dev(?:e|ono|eva|evano|a|ano)\s+(?:\w+\s+){0,3}?(?:a|al|allo|alla|ai|agli|alle"
           r"|all['’])"),
    "pt": (r"se\s+dev(?:e|em|eu|eram|ia|iam|a|am)\s+(?:\w+\s+){0,3}?(?:a|ao|à|aos|às)",
           r"dev(?:e|em|eu|eram|ia|iam)-se(?:\s*,[^,;:.]{1,30},)?\s+(?:\w+mente\s+)?"
           r"(?:a|ao|à|aos|às)",
           r"por\s+causa\s+d(?:e|o|a|os|as)", r"graças\s+(?:a|ao|à|aos|às)",
           r"devid[oa]s?\s+(?:a|ao|à|aos|às)",
           r"(?:é|são|foi|foram|seja|sejam|era|eram)\s+(?:\w+\s+)?(?:devid[oa]s?|atribuíve(?:l|is)"
           r"|imputáve(?:l|is))\s+(?:\w+\s+){0,2}?(?:a|ao|à|aos|às)",
           r"atribu(?:ir|i|em|iu|íd[oa]s?)(?:-se)?\s+(?:[\w-]+\s+){0,4}?(?:a|ao|à|aos|às)",
           r"mérito\s+(?:\w+\s+)?(?:é|foi|seja|era)\s+(?:do|da|dos|das)"),
    # "wegen" after a word of asking or writing is "about", not "because of" ("Thomas'
    # Frage von Sonntag wegen der Transplantation", "ich melde mich wegen des Termins")
    "de": (r"zurückzuführen\s+auf", r"(?:auf\s*grund|infolge)(?=\s+(?:der|des|dem|den)\s)",
           r"(?<!(?:frage|fragen|anfrage|nachfrage|anruf|nachricht|mail|brief|melde|melden"
           r"|schreibe|schreiben|rufe|fragt|gefragt)(?:\s+[\w'’.]+){0,3}\s+)"
           r"wegen(?=\s+(?:der|des|dem|den)\s)",
           r"(?:verdank(?:en|t|te|ten)|zuzuschreiben)\s+(?:\w+\s+)?"
           r"(?:der|dem|den)"),
}
_ATTRIBUTING_RE: dict[str, Anchored | None] = {}


def _attributing(lang: str) -> Anchored | None:
    """The language's attributing constructions, run only over a text holding one of
    their words (its own words: they are not in a pack's vocabulary)."""
    base = lang.split("-")[0]
    if base not in _ATTRIBUTING_RE:
        fragments = list(_ATTRIBUTING.get(base, ()))
        pattern = _compile(fragments)
        _ATTRIBUTING_RE[base] = Anchored(pattern, None, any_of(fragments)) if (
            pattern is not None) else None
    return _ATTRIBUTING_RE[base]


# A headline's verbs of change, finite ("cut heart attacks", "redujo los infartos", "a
# réduit les infarctus", "senkte die Zahl", "ha ridotto gli infarti", "reduziu os
# enfartes"): with the pack's causal phrases, how a sheet's own title says the exposure
# caused its main result. Closed lists of each language's verb forms.
_CHANGED = {
    "en": r"(?:cut|cuts|reduced|reduces|lowered|lowers|halved|halves|slashed|slashes|prevented"
          r"|prevents|decreased|decreases|increased|increases|raised|raises|doubled|doubles"
          r"|shortened|shortens|improved|improves|averted|averts|curbed|curbs)",
    "es": r"(?:(?:ha|han)\s+)?(?:redujo|reduce|reducen|redujeron|reducido|disminuyó|disminuye"
          r"|disminuyen|disminuido|bajó|baja|bajado|recortó|recorta|recortado|evitó|evita|evitan"
          r"|evitado|previno|previene|prevenido|aumentó|aumenta|aumentado|acortó|acorta|acortado"
          r"|mejoró|mejora|mejorado|duplicó|duplica|duplicado)",
    "fr": r"(?:(?:a|ont)\s+(?:fait\s+)?)?(?:réduit|réduisent|diminué|diminue|diminuent|baissé"
          r"|baisser|baisse|évité|évite|évitent|prévient|préviennent|raccourci|raccourcit"
          r"|amélioré|améliore|augmenté|augmente|doublé|double)",
    "de": r"(?:senkte|senkt|senkten|verringerte|verringert|reduzierte|reduziert|verhinderte"
          r"|verhindert|verkürzte|verkürzt|halbierte|halbiert|erhöhte|erhöht|verbesserte"
          r"|verbessert|verdoppelte|verdoppelt)",
    "it": r"(?:(?:ha|hanno)\s+)?(?:ridotto|riduce|riducono|ridusse|diminuito|diminuisce|abbassato"
          r"|abbassa|dimezzato|dimezza|prevenuto|previene|evitato|evita|accorciato|accorcia"
          r"|migliorato|migliora|aumentato|aumenta|raddoppiato|raddoppia)",
    "pt": r"(?:(?:tem|têm)\s+)?(?:reduziu|reduz|reduzem|reduzido|diminuiu|diminui|diminuído"
          r"|baixou|baixa|cortou|corta|evitou|evita|evitado|preveniu|previne|encurtou|encurta"
          r"|melhorou|melhora|aumentou|aumenta|duplicou|duplica)",
    "nl": r"(?:verminderde|vermindert|verlaagde|verlaagt|verkleinde|voorkwam|voorkomt"
          r"|verkortte|verkort|verhoogde|verhoogt|verbeterde|verbetert|halveerde|halveert)",
}
_CHANGED_RE = {lang: regex.compile(rf"(?<![\p{{L}}])(?:{p})(?![\p{{L}}])", _FLAGS)
               for lang, p in _CHANGED.items()}


def _main_outcome(context: CheckContext) -> str | None:
    """The outcome a sheet with no design says its exposure changed, in its own reviewed
    title or short title (a verb of change, not hedged, and the main fact's outcome
    named): the reviewers let the headline say the cause, so a text may say it too."""
    def make() -> str | None:
        sheet, lang = context.factsheet, context.lexicon.lang
        main = sheet.facts.get(sheet.main_fact or "")
        oid = _outcome_of(sheet, main) if main is not None else None
        pattern = _CHANGED_RE.get(lang.split("-")[0])
        if not oid or pattern is None:
            return None
        vocab = _vocab(context.pack)
        for title in {sheet.title_in(lang), local_text(sheet.short_title, lang)} - {None}:
            said = [_Hit(m.start(), m.end(), m.group()) for m in pattern.finditer(title)] + [
                _Hit(m.start(), m.end(), m.group()) for p in vocab.causal_each
                for m in p.finditer(title)]
            toks = _placed(title, 0, len(title))
            if any(not _hedged(vocab, title, toks, 0, len(title), h, lang) for h in said) and (
                    _names_one(title, 0, len(title), context, oid)):
                return oid
        return None

    return context.lexicon.remember(("claims-titled-outcome",), make)


def _names_one(text: str, a: int, b: int, context: CheckContext, oid: str) -> bool:
    """Whether the sentence ``[a, b)`` names the outcome ``oid``: in the sheet's words, in
    words only that outcome's wording has, or in a compound one of those opens."""
    sentence = text[a:b]
    toks = tokens(sentence)
    if any(oid in hit.item for hit in _phrases_cache(context).find(sentence, toks)):
        return True
    own = context.lexicon.remember(("claims-outcome-words",), lambda: _outcome_words(context))
    # the outcome's own word, or a compound it opens ("Herzinfarktrisiko")
    return any(_loose(word, t.norm) or (len(word) >= PART and t.norm.startswith(word))
               for t in toks for word, of in own.get(t.norm[:HEAD], ()) if of == oid)


def _as_titled(text: str, a: int, b: int, context: CheckContext) -> bool:
    """Whether the sentence ``[a, b)`` speaks of the effect the sheet's title states as
    caused (:func:`_main_outcome`): it names the same outcome."""
    oid = _main_outcome(context)
    return oid is not None and _names_one(text, a, b, context, oid)


def _causal_finding(context: CheckContext, evidence: str, hit: _Hit,
                    quote: str | None) -> Finding:
    sheet = context.factsheet
    vocab = _vocab(context.pack)
    stated = sheet.raw.get("study", {}).get("evidence")
    design = (f"study.evidence: {stated}" if stated else
              f"design: {', '.join(sheet.design) or 'none given'}")
    instead = f" (\"{vocab.associative[0]}\")" if vocab.associative else ""
    if evidence == "observational":
        why = (f"the study is observational ({design}): it shows a link, not a cause. Say "
               f"it as a link{instead}.")
    else:
        why = (f"the fact sheet does not say the design can show cause and effect ({design})."
               f" Say it as a link{instead}, or set study.evidence in the sheet.")
    message = f"\"{hit.text}\" says the exposure caused the outcome, but {why}"
    severity = "error" if evidence == "observational" else "warning"
    if quote is not None:
        speaker = sheet.quotes[quote].speaker
        name = sheet.people[speaker].name if speaker in sheet.people else speaker
        message = (f"In the quote of {name} ({quote}): {message} Readers take a quoted "
                   "cause as the finding: ask the speaker to reword it, or leave the quote "
                   "out.")
        severity = "warning"
    return Finding("causal-claim", severity, message, None, evidence, hit.text,
                   (hit.start, hit.end))


# --- invented-difference -----------------------------------------------------------------
@dataclass(frozen=True)
class _Same:
    """A no-difference fact: its outcome and the groups it found alike."""

    fact: str
    outcome: str
    arms: frozenset[str]


def _arms(sheet: FactSheet, fact: Fact) -> frozenset[str]:
    if fact.kind == "comparison":
        return frozenset(sheet.facts[f].group for f in fact.facts
                         if f in sheet.facts and sheet.facts[f].group)
    return frozenset(g for g in (fact.group, getattr(fact, "versus", None)) if g)


def _outcome_of(sheet: FactSheet, fact: Fact) -> str | None:
    if fact.kind == "comparison":
        return next((sheet.facts[f].outcome for f in fact.facts
                     if f in sheet.facts and sheet.facts[f].outcome), None)
    return fact.outcome


def _directed(sheet: FactSheet) -> list[Fact]:
    """The results that give two groups a difference: a comparison that says which is
    lower, an effect whose interval does not hold "no difference"."""
    return [f for f in sheet.facts_of("comparison", *_DIRECTED, background=False)
            if (f.direction in ("lower", "higher") if f.kind == "comparison"
                else not unsettled(f))]


def _alike(sheet: FactSheet) -> list[Fact]:
    """The results that found no difference: the no-difference facts, then the effects
    whose interval holds none."""
    return [*sheet.facts_of("no-difference", background=False),
            *(f for f in sheet.facts_of(*_DIRECTED, background=False) if unsettled(f))]


def _no_differences(sheet: FactSheet) -> list[_Same]:
    """The sheet's no-difference results (a ``no-difference`` fact, or an effect whose
    interval holds no difference) that no other result contradicts: a difference the
    sheet gives between the same groups on the same outcome (another time point, another
    measure) would make a text's "lower" ambiguous."""
    differing = {(_outcome_of(sheet, fact), _arms(sheet, fact)) for fact in _directed(sheet)}
    out = []
    for fact in _alike(sheet):
        arms = _arms(sheet, fact)
        if fact.outcome and fact.outcome in sheet.outcomes and len(arms) == 2 and (
                (fact.outcome, arms) not in differing):
            out.append(_Same(fact.id, fact.outcome, arms))
    return out


def _differing_arms(sheet: FactSheet) -> set[frozenset[str]]:
    """Pairs of groups the sheet gives a difference on some outcome, or each a figure of
    its own on an outcome none of its no-difference results is about (systolic blood
    pressure down 9 mmHg with walking, 2 with usual care; no difference in admissions):
    a difference said with no outcome named may be that one."""
    out = {_arms(sheet, fact) for fact in _directed(sheet)}
    alike = {fact.outcome for fact in _alike(sheet)}
    measured: dict[str, set[str]] = {}
    for fact in sheet.facts.values():
        outcome, group = getattr(fact, "outcome", None), getattr(fact, "group", None)
        if (outcome and group and not fact.background and outcome not in alike
                and fact.kind in _SEPARATE):
            measured.setdefault(outcome, set()).add(group)
    for groups in measured.values():
        out |= {frozenset((x, y)) for x in groups for y in groups if x < y}
    return out


@dataclass
class _Said:
    """One sentence as the difference rule reads it."""

    start: int
    end: int
    outcomes: list[tuple[int, int, tuple[str, ...]]]  # where each outcome is named
    groups: list[tuple[int, int, str]]  # where each group is named
    same: list[_Hit]
    loose: list[tuple[int, int, str]]  # words only one outcome's wording has


def _differences_in(vocab: _Vocab, text: str, a: int, b: int,
                    bare: bool = False) -> list[_Hit]:
    """The differences a sentence states: a direction word that nothing negates, with
    what it is measured against after it (the word nearest before each "than"), or a
    phrase that is a difference in itself. With ``bare``, also a direction word with no
    "than" ("less frequent with chlorhexidine", "seltener in der Rivaroxaban-Gruppe",
    "moins souvent"): said where a compared group is named, the other is what it is
    measured against; not one before a figure, which is a hedge ("less than 3 %")."""
    found = sorted((h for p in vocab.directions for h in _hits(p, text, a, b)),
                   key=lambda h: h.end)
    itself = _hits(vocab.difference, text, a, b)
    if not found and not itself:
        return []  # most sentences: no word to read further
    toks = _placed(text, a, b)
    ends = [h.end for h in found]
    strong = places(_STRONG, text[a:b]) if found else []
    starts = [t.start for t in toks]
    out = []
    for c in _hits(vocab.comparative, text, a, b) if found else []:
        i = bisect_right(ends, c.start) - 1
        if i < 0:
            continue
        hit = found[i]
        between = bisect_left(starts, c.start) - bisect_left(starts, hit.end)
        if between <= COMPARED_WINDOW and first_in(strong, hit.end - a, c.start - a) is None:
            out.append(hit)
    out += itself
    if bare:
        out += [h for h in found if not _BEFORE_FIGURE.match(text, h.end, b)]
    kept: list[_Hit] = []  # the longest at a place: "more effective", not "more"
    for hit in sorted(out, key=lambda h: (h.start, h.start - h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
        elif hit.end - hit.start > kept[-1].end - kept[-1].start:
            kept[-1] = hit
    return [h for h in kept if not _negated(vocab, text, toks, a, h)
            and not _against_expected(text, h, b, vocab.lang)]


# a comparison whose standard is what was planned or expected ("fewer patients than
# planned", "menos pacientes de lo previsto", "weniger Patienten als geplant"): a shortfall
# of the study, not a difference between its groups. Closed-class words by language.
_EXPECTED = {
    "en": r"than\s+(?:[\w'’]+\s+){0,3}?(?:planned|expected|hoped|intended|anticipated"
          r"|predicted|targeted|needed|required|foreseen)",
    "es": r"(?:de\s+l[oa]s?|que\s+l[oa]s?|del|que\s+el)\s+(?:\w+\s+){0,2}?(?:previst|esperad"
          r"|planead|planificad|calculad|necesari|desead|programad)[oa]s?",
    "fr": r"qu(?:e|['’])\s*(?:\w+\s+){0,3}?(?:prévu|attendu|espéré|escompté|envisagé"
          r"|nécessaire|souhaité|programmé)(?:e|s|es)?",
    "de": r"als\s+(?:[\w]+\s+){0,3}?(?:geplant|erwartet|erhofft|vorgesehen|beabsichtigt"
          r"|nötig|notwendig|angestrebt|erforderlich)",
    "it": r"(?:del|dei|delle|di\s+quanto|rispetto\s+a(?:l|i|lle)?|che)\s+(?:\w+\s+){0,2}?"
          r"(?:previst|attes|sperat|pianificat|programmat|necessari|stimat)[oaie]",
    "pt": r"(?:do\s+que|que|do|dos|das|da)\s+(?:\w+\s+){0,2}?(?:previst|esperad|planead"
          r"|planejad|pretendid|necessári|programad)[oa]s?",
    "nl": r"dan\s+(?:\w+\s+){0,3}?(?:gepland|verwacht|gehoopt|beoogd|nodig)",
}
_EXPECTED_RE = {lang: regex.compile(rf"(?<![\p{{L}}])(?:{p})(?![\p{{L}}])", _FLAGS)
                for lang, p in _EXPECTED.items()}
EXPECTED_REACH = 60  # characters from a difference to the standard it is said against


def _against_expected(text: str, hit: _Hit, b: int, lang: str) -> bool:
    pattern = _EXPECTED_RE.get(lang)
    if pattern is None:
        return False
    strong = _STRONG.search(text, hit.end, b)
    hi = min(b if strong is None else strong.start(), hit.end + EXPECTED_REACH)
    return pattern.search(text, hit.end, hi) is not None


def _negated(vocab: _Vocab, text: str, toks: list[Token], a: int, hit: _Hit) -> bool:
    if vocab.negation is None:
        return False
    return vocab.negation.search(text, _before(toks, hit.start, a, NEGATION_WINDOW),
                                 hit.start) is not None


def _clause(text: str, a: int, b: int, pos: int, end: int) -> tuple[int, int]:
    marks = places(_CLAUSE, text[a:b])
    before = last_in(marks, 0, pos - a)
    i = bisect_left(marks, end - a)
    return (a if before is None else a + before + 1, b if i == len(marks) else a + marks[i])


def invented_differences(text: str, context: CheckContext) -> list[Finding]:
    sheet = context.factsheet
    vocab = _vocab(context.pack)
    if vocab.comparative is None and vocab.difference is None:
        return []
    alike = context.lexicon.remember(("claims-no-differences",),
                                     lambda: _no_differences(sheet))
    if not alike:
        return []
    differing = context.lexicon.remember(("claims-differing-arms",),
                                         lambda: _differing_arms(sheet))
    compared = context.lexicon.remember(("claims-exposure-groups",),
                                        lambda: _exposure_groups(sheet))
    arms = frozenset(g for same in alike for g in same.arms)
    index = sheet_index(sheet, context.lexicon)
    analysis = analysis_of(text, context)
    spans = analysis.sentences
    skip: Spans | None = None
    out: list[Finding] = []
    memo = context.lexicon
    for k, (a, b) in enumerate(spans):
        if _own_words(text, spans, k):
            # what the sentence states is read in its words alone, once per run
            sentence = text[a:b]
            found = memo.remember(
                ("differences-sentence", sentence),
                lambda s=sentence: _stated_differences(vocab, s, 0, len(s), context, index,
                                                       arms, alike))
            said = [_Hit(h.start + a, h.end + a, h.text) for h in found] if a else found
        else:
            said = _stated_differences(vocab, text, a, b, context, index, arms, alike)
        if not said:
            continue
        if skip is None:
            skip = Spans(analysis[QUOTES])
        if skip.covers(a, b):
            continue
        sentence = _read_at(text, spans, k, context, vocab)
        inherited = False
        if not sentence.outcomes and not sentence.loose and k > 0 and _paragraph_goes_on(
                text, spans[k - 1][1], a):
            # the answer to a question that names the outcome ("Q: Skin reactions? A: ...
            # fewer with chlorhexidine than with iodine"), or a difference said of nothing
            # of its own right after a sentence that names it ("... how many went to a
            # doctor because of bleeding. There was a big difference between ..."), is
            # about that outcome
            asked = _read_at(text, spans, k - 1, context, vocab)
            sentence = replace(sentence, outcomes=asked.outcomes, loose=asked.loose)
            inherited = True
        after = None
        # the next sentence may take the difference back ("The difference could have been
        # chance."), not one that states a difference itself ("… were more frequent after
        # surgery, as were …": "igual que", "as were" are no "no difference" there)
        if k + 1 < len(spans) and _paragraph_goes_on(text, b, spans[k + 1][0]) and not (
                _states_difference(text, spans, k + 1, context, vocab)):
            after = _read_at(text, spans, k + 1, context, vocab)
        for hit in sorted(said, key=lambda h: h.start):
            if skip.holds(hit.start) or _asked(text, a, hit.start, context.pack):
                continue
            if inherited and _names_measure(text, *_clause(text, a, b, hit.start, hit.end),
                                            context):
                continue  # its clause names a measure of its own: "Total costs were lower"
            said_same = sentence
            if sentence.same:
                # a "no difference" inside a question the study could not answer ("but
                # the study was too small to tell whether it is just as safe") takes no
                # difference back: it is the sheet's caveat
                kept = [h for h in sentence.same if not _asked(text, a, h.start, context.pack)]
                if len(kept) < len(sentence.same):
                    said_same = replace(sentence, same=kept)
            same = _contradicts(text, said_same, after, hit, alike, differing, compared)
            if same is not None:
                out.append(_difference_finding(context, same, hit))
                break  # one finding a sentence
        if len(out) >= LISTED:
            return _capped(out, "invented-difference")
    return out


# a question the text says could not be answered or must be (the pack's open_questions:
# "too small to tell whether bleeding led more often to visits", "zu klein, um zu sagen,
# ob … öfter"): a difference in it is asked, not claimed, up to a break in the sentence or
# a word of contrast (of any of the six languages: a contrast word ends the question)
_ASKED_END = regex.compile(
    r"[;:!?]|\b(?:but|however|aber|jedoch|mais|pero|sin\s+embargo|ma|però|mas|porém)\b",
    regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _asked_pattern(fragments: tuple[str, ...]) -> regex.Pattern[str] | None:
    words = "|".join(fragments)
    return None if not fragments else regex.compile(
        rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.IGNORECASE)


def _asked(text: str, a: int, at: int, pack: Any) -> bool:
    """Whether the difference at ``at`` stands in a question the sentence (from ``a``)
    says is open (the pack's ``open_questions``: "to tell whether") with no break or
    contrast between."""
    pattern = _asked_pattern(tuple(getattr(pack, "open_questions", None) or ()))
    if pattern is None:
        return False
    ends = [m.end() for m in pattern.finditer(text, a, at)]
    return bool(ends) and _ASKED_END.search(text, ends[-1], at) is None


def _stated_differences(vocab: _Vocab, text: str, a: int, b: int, context: CheckContext,
                        index: SheetIndex, arms: frozenset[str], alike: list[_Same],
                        ) -> list[_Hit]:
    """The differences the sentence ``[a, b)`` states between groups it names (none in a
    question)."""
    named = {c.item for c in group_cues(text, [(a, b)], index, context.lexicon)
             if c.item in arms and not c.weak}
    named |= {item for *_, item in _described_arms(text, a, b, index) if item in arms}
    if not named and not _arm_nouns(text, a, b, context.pack, alike):
        return []  # names neither group: the words are sought only where one is
    # a direction word with no "than" is a difference where one group is named ("less
    # frequent with rivaroxaban"); of two, each may have changed alike ("pain fell by
    # three points with chlorhexidine and by three points with iodine")
    said = _differences_in(vocab, text, a, b, bare=len(named) <= 1)
    if not said or _question(text[a:b]):
        return []
    return said


# the end of a sentence no look-behind of a pack's phrases reaches across: a mark that
# ends it (and the quotes or brackets that close it)
_ENDED = regex.compile(r"[.!?…][\"'”’“‘»)\]]*$")


def _own_words(text: str, spans: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether the ``k``-th sentence's differences may be read in its words alone: it
    opens the text, or white space stands before it and the sentence before ends on a
    full stop (a pattern's look-behind of words and spaces does not reach over it); and
    it does not end on a hyphen (whose word :data:`_SUSPENDED` reads past the end)."""
    a, b = spans[k]
    if text[b - 1] in "-‐‑":
        return False
    if k == 0:
        return a == 0
    pa, pb = spans[k - 1]
    return text[a - 1].isspace() and _ENDED.search(text, pa, pb) is not None


def _capped(out: list[Finding], rule: str) -> list[Finding]:
    """The first :data:`LISTED` findings and a note that reading stopped there: a text
    with that many is not checked to its end, and must not look as if it were."""
    return [*out, Finding("findings-not-listed", "error",
                          f"{LISTED:,} {rule} findings are listed; the rest of this text "
                          "was not read for more")]


def _states_difference(text: str, spans: Sequence[tuple[int, int]], k: int,
                       context: CheckContext, vocab: _Vocab) -> bool:
    """Whether the ``k``-th sentence states a difference (:func:`_differences_in`), read
    in its own words once per run where :func:`_own_words` allows."""
    a, b = spans[k]
    if not _own_words(text, spans, k):
        return bool(_differences_in(vocab, text, a, b))
    sentence = text[a:b]
    return context.lexicon.remember(
        ("differences-stated", sentence),
        lambda: bool(_differences_in(vocab, sentence, 0, len(sentence))))


def _read_at(text: str, spans: Sequence[tuple[int, int]], k: int, context: CheckContext,
             vocab: _Vocab) -> _Said:
    """:func:`_read` of the ``k``-th sentence, in its own words once per run where
    :func:`_own_words` allows (callers only read it)."""
    a, b = spans[k]
    if not _own_words(text, spans, k):
        return _read(text, a, b, context, vocab)
    sentence = text[a:b]
    said = context.lexicon.remember(
        ("differences-read", sentence),
        lambda: _read(sentence, 0, len(sentence), context, vocab))
    if not a:
        return said
    return _Said(a + said.start, a + said.end,
                 [(a + x, a + y, ids) for x, y, ids in said.outcomes],
                 [(a + x, a + y, g) for x, y, g in said.groups],
                 [_Hit(a + h.start, a + h.end, h.text) for h in said.same],
                 [(a + x, a + y, oid) for x, y, oid in said.loose])


def _read(text: str, a: int, b: int, context: CheckContext, vocab: _Vocab) -> _Said:
    sentence = text[a:b]
    toks = tokens(sentence)
    outcomes = [(a + m.start, a + m.end, m.item)
                for m in _phrases_cache(context).find(sentence, toks)]
    measured = context.lexicon.remember(("claims-measures",), lambda: _measures(context))
    outcomes += [(a + m.start, a + m.end, m.item) for m in measured.find(sentence, toks)]
    index = sheet_index(context.factsheet, context.lexicon)
    groups = [(c.start, c.end, c.item)
              for c in group_cues(text, [(a, b)], index, context.lexicon) if not c.weak]
    groups += [g for g in _described_arms(text, a, b, index)
               if not any(x <= g[0] < y for x, y, _ in groups)]
    if not groups:
        groups = [(x, y, _AN_ARM) for x, y in _arm_nouns(
            text, a, b, context.pack, context.lexicon.remember(
                ("claims-no-differences",), lambda: _no_differences(context.factsheet)))]
    own = context.lexicon.remember(("claims-outcome-words",), lambda: _outcome_words(context))
    loose = [(a + t.start, a + t.end, oid) for t in toks
             for word, oid in own.get(t.norm[:HEAD], ())
             if _loose(word, t.norm) or _suspended(sentence, t, word)]
    if loose:  # a name's words are no outcome's ("Academic Emergency Medicine": "médico")
        names = context.lexicon.remember(("claims-names",), lambda: _names(context.factsheet))
        held = [(a + m.start, a + m.end) for m in names.find(sentence, toks)]
        if held:
            loose = [w for w in loose if not any(x <= w[0] and w[1] <= y for x, y in held)]
    return _Said(a, b, outcomes, groups, _hits(vocab.same, text, a, b), loose)


def _arm_nouns(text: str, a: int, b: int, pack: Any, alike: list[_Same]
               ) -> list[tuple[int, int]]:
    """Where the sentence ``[a, b)`` says "the ... arm" or "group" (the pack's
    ``group_nouns``, but for the whole cohort), when the sheet's no-difference results are
    all between the same two groups: the text names one of them in words of its own
    ("less frequent in the outpatient arm", "meno frequenti nel gruppo dimesso")."""
    if len({same.arms for same in alike}) != 1:
        return []
    nouns = _arm_words(tuple(getattr(pack, "group_nouns", None) or ()))
    if not nouns:
        return []
    toks = tokens(text[a:b])
    return [(a + t.start, a + t.end) for i, t in enumerate(toks) if t.norm in nouns
            and not (i and toks[i - 1].norm in _ANY_ONE)]


# an indefinite or distributive word before a group noun: no arm in particular ("in a
# group", "in einer Gruppe", "en un grupo", "dans un groupe", "in ogni gruppo", "em cada
# grupo"). Closed-class words of the six languages
_ANY_ONE = frozenset({
    "a", "an", "one", "either", "each", "any", "every", "other", "another",
    "ein", "eine", "einer", "einem", "einen", "eines", "jeder", "jede", "jedem", "beiden",
    "anderen", "andere",
    "un", "una", "uno", "cada", "ambos", "ningun", "otro", "otra",
    "une", "chaque", "aucun", "autre",
    "ogni", "ciascun", "nessun", "altro", "altra", "entrambi",
    "um", "uma", "nenhum", "outro", "outra"})


_COHORT = ("coh", "koh", "coo")  # cohort, Kohorte, coorte, cohorte: the whole study


@functools.lru_cache(maxsize=64)  # a pack's nouns: asked of every sentence naming no arm
def _arm_words(nouns: tuple[str, ...]) -> frozenset[str]:
    """The singular group nouns: a plural ("groups", "Gruppen", "gruppi") says both
    groups or an unnamed one of them ("in uno dei due gruppi"), never one arm. A plural is
    the form of two alike whose ending is a plural's (-s, -n, -i)."""
    folded = [w for w in map(fold, nouns) if not w.startswith(_COHORT)]

    def plural(w: str) -> bool:
        return w[-1:] in ("s", "n", "i") and any(
            v != w and common_prefix(v, w) >= min(len(v), len(w)) - 1 for v in folded)

    return frozenset(w for w in folded if not plural(w))


def _described_arms(text: str, a: int, b: int, index: SheetIndex
                    ) -> list[tuple[int, int, str]]:
    """Where the sentence ``[a, b)`` describes a compared group in words of that group's
    labels the sheet lists as no name ("the patients who went home early", "le groupe à
    domicile", "bei den früh Entlassenen", "no grupo internado"): :meth:`SheetIndex.arm_of`."""
    if not index.arm_words:
        return []
    return [(a + t.start, a + t.end, group) for t in tokens(text[a:b])
            if (group := index.arm_of(t.norm)) is not None
            and not _SUSPENDED.match(text, a + t.end)]


# a hyphen and a space after a word: the first part of a compound whose head comes later
# ("Klinik- oder Arztbesuche"), which names what that head names
_SUSPENDED = regex.compile(r"[-‐‑][ \u00a0]")


def _suspended(sentence: str, tok: Token, word: str) -> bool:
    """A short word of an outcome as the first part of a compound whose second part is
    left to the next one ("Arzt- oder Klinikbesuche"): the compound's head, as in
    "Arztbesuche"."""
    return (len(word) <= HEAD and tok.norm == word
            and sentence[tok.end:tok.end + 2] in ("- ", "-\n"))


def _names(sheet: FactSheet) -> PhraseIndex[str]:
    """The names of the sheet's organisations (a journal among them) and people, in every
    language the sheet gives them."""
    entries = [(p.name, p.id) for p in sheet.people.values()]
    for org in sheet.organisations.values():
        names = org.name.values() if isinstance(org.name, dict) else [org.name]
        entries += [(name, org.id) for name in (*names, org.short) if name]
    return PhraseIndex(entries)


def _kin(word: str, norm: str) -> bool:
    """The same word, or another form of it: a plural or a feminine ("infection",
    "infections"; "infezione", "infezioni"; "infeção", "infeções")."""
    if same_word(word, norm):
        return True
    if len(word) < 6 or abs(len(word) - len(norm)) > 3:
        return False
    need = max(5, len(word) - 2)
    # past the shared letters only an ending: "passaient" (a verb) is no form of
    # "passage" though both start "passa"
    return word[:need] == norm[:need] and len(norm) - need <= 3


def _measures(context: CheckContext) -> PhraseIndex[tuple[str, ...]]:
    """The sheet's measures as a sentence may name them: what a no-difference fact
    compares (its ``measure``: "pain") names its outcome; any other measure ("time in
    hospital", "total cost") is something else the sentence is about (a pseudo-outcome
    id ``measure:...``), never the no-difference result."""
    sheet = context.factsheet
    entries: list[tuple[str, tuple[str, ...]]] = []
    compared: dict[str, str] = {}
    for fact in sheet.facts_of("no-difference"):
        measure = getattr(fact, "measure", None)
        if measure and fact.outcome:
            compared[measure] = fact.outcome
    outcome_measures = {o.measure for o in sheet.outcomes.values() if o.measure}
    for mid in {*sheet.measures, *compared}:
        if mid in outcome_measures:
            continue  # named through its outcome already
        entries += [(form, (compared.get(mid, f"measure:{mid}"),))
                    for form in _measure_forms(context, mid)]
    return PhraseIndex(entries)


def _measure_core(context: CheckContext) -> list[str]:
    """The words every wording of a measure other than a compared outcome's has ("cost"
    of "total cost of care per person" and "total cost per patient"; "custo", "coste",
    "coût", "Gesamtkosten"), but for words an outcome's or a group's wording has too
    ("hospital", "bleeding"): a sentence with one is about that measure."""
    sheet, lang = context.factsheet, context.lexicon.lang
    stop = {fold(w) for w in getattr(context.pack, "stopwords", ())}
    compared = {getattr(f, "measure", None) for f in sheet.facts_of("no-difference")}
    used = {o.measure for o in sheet.outcomes.values() if o.measure}
    taken = {t.norm for o in sheet.outcomes.values() for form in o.label.all_forms(lang)
             for t in tokens(form)}
    taken |= {t.norm for g in sheet.groups.values()
              for form in (*g.label.all_forms(lang), *g.keywords.get(lang, []))
              for t in tokens(form)}
    out: list[str] = []
    for mid in sheet.measures:
        if mid in compared or mid in used:
            continue  # the no-difference result's own measure, or named as an outcome
        forms = [{t.norm for t in tokens(form) if len(t.norm) >= HEAD
                  and t.norm not in stop and not t.norm.isdigit()}
                 for form in _measure_forms(context, mid)]
        core = set.intersection(*forms) if forms else set()
        out += [w for w in sorted(core) if not any(_kin(w, x) for x in taken)]
    return out


def _names_measure(text: str, a: int, b: int, context: CheckContext) -> bool:
    """Whether the text's ``[a, b)`` (a clause) names a measure other than a
    no-difference result's by a word of :func:`_measure_core` (or a form of it: "costs",
    "custos"): a difference said there is of that measure, not of an outcome named in
    the sentence before."""
    core = context.lexicon.remember(("claims-measure-core",), lambda: _measure_core(context))
    return bool(core) and any(_kin(w, t.norm) for t in tokens(text[a:b]) for w in core)


def _measure_forms(context: CheckContext, mid: str) -> list[str]:
    sheet = context.factsheet
    if mid in sheet.measures:
        return sheet.measures[mid].label.all_forms(context.lexicon.lang)
    found = term_forms(context.lexicon, mid)
    return found.accepted if found else []


HEAD = 4  # letters of the shortest word that names an outcome (as a compound's head)


def _loose(word: str, norm: str) -> bool:
    """Whether a text's word is an outcome's own ``word``: another form of it, or (for
    a short word) a compound it begins."""
    if len(word) > HEAD:
        return _kin(word, norm)
    return norm.startswith(word) and len(norm) >= len(word) + 3


def _outcome_words(context: CheckContext) -> dict[str, list[tuple[str, str]]]:
    """The words that only one outcome's wording has ("visits", "doctor" for "went to
    hospital or to a doctor because of bleeding"), by their first four letters: a text
    seldom names an outcome with its label's exact words. Function words, short words and
    the groups' words are left out. A word of four letters names the outcome only as the
    head of a compound ("Arzt": "Arztbesuche"): alone it is too often something else."""
    sheet, lang = context.factsheet, context.lexicon.lang
    stop = {fold(w) for w in getattr(context.pack, "stopwords", ())}
    words: dict[str, set[str]] = {}
    for outcome in sheet.outcomes.values():
        forms = list(outcome.label.all_forms(lang))
        if outcome.measure in sheet.measures:
            forms += sheet.measures[outcome.measure].label.all_forms(lang)
        elif outcome.measure:
            found = term_forms(context.lexicon, outcome.measure)
            forms += found.accepted if found else []
        words[outcome.id] = _with_synonyms(
            {t.norm for form in forms for t in tokens(form)
             if len(t.norm) >= HEAD and t.norm not in stop and not t.norm.isdigit()},
            getattr(context.pack, "synonyms", ()))
    taken = {t.norm for g in sheet.groups.values()
             for form in (*g.label.all_forms(lang), *g.keywords.get(lang, []))
             for t in tokens(form)}
    # the other measures' words are no outcome's own ("hospital" in "time in hospital")
    taken |= {t.norm for mid in sheet.measures for form in _measure_forms(context, mid)
              for t in tokens(form)}
    out: dict[str, list[tuple[str, str]]] = {}
    aside = _background_outcomes(sheet)
    for oid, own in words.items():
        if oid in aside:
            continue  # an outcome only the background gives is not what was measured
        others = taken.union(*(w for other, w in words.items() if other != oid))
        for word in own:
            if not any(_kin(word, x) for x in others):
                out.setdefault(word[:4], []).append((word, oid))
    return out


def _with_synonyms(words: set[str], synonyms: Iterable[Iterable[str]]) -> set[str]:
    """``words`` with the pack's synonyms of each ("visitas" where a label says "consulta
    médica"): a text names an outcome in its own words."""
    out = set(words)
    for group in synonyms:
        folded = [fold(w) for w in group]
        if any(_kin(w, x) for w in folded for x in words):
            out.update(folded)
    return out


def _shared_words(context: CheckContext) -> dict[str, list[str]]:
    """The words the outcomes' wording has, shared by two outcomes or not ("cáncer" of
    "cáncer colorrectal" and of its lifetime risk): a cause said of one of them ("la
    falta de vitamina D provoca cáncer de colon") is said of what the study measured,
    whichever outcome it is. The exposure's own words and function words are left out:
    they say nothing of the outcome. By their first four letters, words of five or more."""
    sheet, lang = context.factsheet, context.lexicon.lang
    stop = {fold(w) for w in getattr(context.pack, "stopwords", ())}
    exposure: set[str] = set()
    forms = term_forms(context.lexicon, sheet.intervention) if sheet.intervention else None
    for form in (forms.accepted if forms else []):
        exposure |= {t.norm for t in tokens(form)}
    for gid in _exposure_groups(sheet):
        group = sheet.groups[gid]
        for form in (*group.label.all_forms(lang), *group.keywords.get(lang, [])):
            exposure |= {t.norm for t in tokens(form)}
    out: dict[str, list[str]] = {}
    aside = _background_outcomes(sheet)
    for outcome in sheet.outcomes.values():
        if outcome.id in aside:
            continue  # what only an earlier report or the background says
        for form in outcome.label.all_forms(lang):
            for t in tokens(form):
                word = t.norm
                if len(word) <= HEAD or word in stop or word.isdigit() or any(
                        _kin(word, x) for x in exposure):
                    continue
                if word not in out.setdefault(word[:HEAD], []):
                    out[word[:HEAD]].append(word)
    return out


def _contradicts(text: str, s: _Said, after: _Said | None, hit: _Hit, alike: list[_Same],
                 differing: set[frozenset[str]], compared: set[str]) -> _Same | None:
    """The no-difference fact a stated difference contradicts, if any."""
    lo, hi = _clause(text, s.start, s.end, hit.start, hit.end)
    named = [o for o in s.outcomes if lo <= o[0] < hi]
    # an outcome's own words next to the difference word come before an outcome named
    # further off ("visits were rarer ... and nobody had serious bleeding")
    own = [(x, y, (oid,)) for x, y, oid in s.loose if lo <= x < hi]
    about = (_nearest(named + own, hit) if named else
             _loosely(s, lo, hi, hit, clause_only=True) or _nearest(s.outcomes, hit)
             or _loosely(s, lo, hi, hit))
    if about == {_AMBIGUOUS}:
        return None  # words of two outcomes, none named: cannot tell which
    # a group's words that hold the difference word are no arm ("those with more vitamin D")
    groups = [g for x, y, g in s.groups if not (x <= hit.start and hit.end <= y)]
    for same in alike:
        if about and same.outcome not in about:
            continue  # about another outcome
        if not about and (len(alike) > 1 or same.arms in differing):
            continue  # no outcome named, and these groups differ on another one
        named = set(groups)
        if named == {_AN_ARM}:
            named = set(same.arms)  # "in the outpatient arm": one of the two, either way
        if not named & same.arms or (named - same.arms) & compared:
            continue  # not about these two groups (a whole cohort, "women", may be named)
        if any(lo <= h.start < hi for h in s.same):
            continue  # "no significant difference" in the same clause
        if any(_said_of(text, s, h) <= {same.outcome} for h in s.same):
            continue  # "..., but the difference was not significant"
        if after is not None and after.same and {
                oid for *_, ids in after.outcomes for oid in ids} <= {same.outcome}:
            continue  # "... lower. The difference could have been chance."
        return same
    return None


def _said_of(text: str, s: _Said, hit: _Hit) -> set[str]:
    """The outcomes a "no difference" phrase is said of: those named, or whose own words
    stand, in its clause (none: "..., but the difference was not significant" speaks of
    the difference before it); a clause about another outcome ("and neither group had
    major bleeding") leaves a difference elsewhere in the sentence standing."""
    lo, hi = _clause(text, s.start, s.end, hit.start, hit.end)
    return ({oid for x, _, ids in s.outcomes if lo <= x < hi for oid in ids}
            | {oid for x, _, oid in s.loose if lo <= x < hi})


def _loosely(s: _Said, lo: int, hi: int, hit: _Hit | None = None,
             clause_only: bool = False) -> set[str]:
    """The outcome whose own words the clause (else the sentence) has most of; of two with
    as many, the one with a word nearer the difference word ("visits were rarer ... and
    nobody had serious bleeding"), else neither."""
    clause = [w for w in s.loose if lo <= w[0] < hi]
    for scope in ([clause] if clause_only else [clause, s.loose]):
        counts = Counter(oid for *_, oid in {(x, y, oid) for x, y, oid in scope})
        if counts:
            top = counts.most_common()
            if len(top) > 1 and top[1][1] == top[0][1]:
                if hit is None:
                    return {_AMBIGUOUS}
                tied = {oid for oid, n in top if n == top[0][1]}
                gap = {oid: min(_gap(x, y, hit) for x, y, o in scope if o == oid)
                       for oid in tied}
                best = sorted(gap.values())
                return {min(gap, key=gap.__getitem__)} if best[0] < best[1] else {_AMBIGUOUS}
            return {top[0][0]}
    return set()


def _gap(start: int, end: int, hit: _Hit) -> int:
    return max(start - hit.end, hit.start - end, 0)


def _nearest(outcomes: list[tuple[int, int, tuple[str, ...]]], hit: _Hit) -> set[str]:
    if not outcomes:
        return set()
    *_, ids = min(outcomes, key=lambda o: _gap(o[0], o[1], hit))
    return set(ids)


def _difference_finding(context: CheckContext, same: _Same, hit: _Hit) -> Finding:
    lex = context.lexicon
    first, second = sorted(same.arms)
    fact = context.factsheet.facts[same.fact]
    if fact.group in same.arms and getattr(fact, "versus", None) in same.arms:
        first, second = fact.group, fact.versus  # type: ignore[assignment]
    said = (f"\"{hit.text}\" says {lex.group(first)} and {lex.group(second)} differed "
            f"(outcome: {lex.outcome(same.outcome)}), but ")
    if fact.kind == "no-difference":
        message = (f"{said}the fact sheet found no difference between them ({same.fact}). "
                   "Say they did about the same.")
    else:
        ci = fact.ci  # type: ignore[attr-defined]
        kind = f"{fact.ratio} ratio" if fact.kind == "ratio" else fact.kind.replace("-", " ")
        message = (f"{said}the fact sheet's {kind} for them ({same.fact}: {fact.value:g}"
                   f", {ci.level:g} % CI {ci.low:g} to {ci.high:g}) has an interval that "
                   "holds no difference. Say there was no clear difference.")
    return Finding("invented-difference", "error", message, same.fact, "no difference",
                   hit.text, (hit.start, hit.end))


class ClaimValidator:
    """Rules ``causal-claim`` and ``invented-difference``."""

    name = "claims"
    reads = ()  # of the context beyond the text: the text and the sheet only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        # what a text claims depends on the text, the sheet and the language only (not on
        # the output or audience): outputs of a run that share a text are read once
        found = context.lexicon.remember(
            ("claims-text", text),
            lambda: tuple(causal_claims(text, context) + invented_differences(text, context)))
        return list(found)
