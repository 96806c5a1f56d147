"""Key terms and protected names: present in an accepted form, and never corrupted.

A corruption is found by aligning the text's words with each accepted form: a phrase
where most of a term's words stand in place and one is swapped for a look-alike ("stem
cell transmission"), or a name with a letter changed ("Matilde Inglesi"). When the text
is about the term (the study's intervention or a key term) but never names it correctly,
a shorter phrase whose key word is a look-alike next to a word foreign to the sheet ("gas
transmission") is flagged too. No list of known corruptions is kept.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Any

import regex
from plainsum.analysis import analysis_of
from plainsum.factsheet.model import FactSheet
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NAMES
from .cognates import cognate_key, cognate_keys
from .sheet import term_forms
from .text import (
    Match,
    PhraseIndex,
    Token,
    common_prefix,
    fold,
    joined,
    mask_addresses,
    phrase_key,
    same_word,
    tokens,
)

EQUAL, SIMILAR, OTHER = "E", "S", "D"


@functools.lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Two different words that look alike: a shared stem or most letters in common.

    A shared stem counts only when at least half the letters match: compounds share a
    first part without being look-alikes ("Immunsuppression", "Immuntherapie"), while
    "transmission" still looks like "transplant". Short words look alike with a little
    less in common, when they start alike ("sight", "site").
    """
    if len(a) < 3 or len(b) < 3:
        return False
    prefix = common_prefix(a, b)
    # short words that sound alike ("site", "sight"): one letter in four differs
    short = min(len(a), len(b)) >= 4 and max(len(a), len(b)) <= 6 and prefix >= 2
    least = 0.5 if prefix >= 4 else 0.6 if short else 0.75  # the lowest ratio that passes
    if _ratio_bound(a, b) < least:
        return False  # most pairs: not even their letters could match well enough
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= 0.75 or (prefix >= 4 and ratio >= 0.5) or (short and ratio >= 0.6)


def _ratio_bound(a: str, b: str) -> float:
    """An upper bound of ``SequenceMatcher(None, a, b).ratio()`` (its ``quick_ratio``):
    the letters the two words share, counted with repeats, whatever their order."""
    shared = 0
    for ch in set(a):  # a plain loop: this runs for every new pair of words
        if ch in b:
            x, y = a.count(ch), b.count(ch)
            shared += x if x < y else y
    return 2 * shared / (len(a) + len(b))


_VOWELS = frozenset("aeiou")


@functools.lru_cache(maxsize=65536)
def kin(a: str, b: str) -> str:
    """How a text word stands to a form's word: the same, a look-alike, or other."""
    if same_word(a, b) or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a))):
        return EQUAL
    if _vowel_ending(a, b) or _derived(a, b) or _short_plural(a, b) or verb_of(a, b) or (
            verb_of(b, a)) or adjective_of(a, b) or adjective_of(b, a):
        return EQUAL
    return SIMILAR if similar(a, b) else OTHER


# the endings of a verb's infinitive, participles and gerund in the six languages
# (folded): two words that are one stem with two of them are forms of one verb
# ("venant", "venir"; "tomando", "tomar"; "leitend", "leiten")
_VERB_FORM = regex.compile(r"(?:antes?|ants?|entes?|ando|endo|indo|are|ere|ire|ar|er|ir"
                           r"|ing|ed|end|en)$")
VERB_STEM = 3  # letters of the stem two forms of one verb share at least


def one_verb(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (folded) are two forms of one verb: the same stem of three
    letters or more before two different verb endings ("venir", "venant")."""
    ea, eb = _VERB_FORM.search(a), _VERB_FORM.search(b)
    return (ea is not None and eb is not None and ea.group() != eb.group()
            and ea.start() >= VERB_STEM and a[:ea.start()] == b[:eb.start()])


# a noun of action's suffix, folded ("infeção", "infección", "infezione", "infection"):
# its verb keeps the stem before it and a t ("infetar", "infectar", "infettare",
# "infecter"), a form of the noun, not a look-alike
_ACTION = regex.compile(r"(?:c?c(?:ao|oes)|c?cion(?:es)?|zion[ei]|c?tions?)$")
_VERB_END = regex.compile(r"c?tt?[a-z]{1,5}")
ACTION_STEM = 3  # letters of the stem a noun of action and its verb share at least


def verb_of(word: str, noun: str) -> bool:
    """Whether ``word`` is the verb of the noun of action ``noun`` (both folded)."""
    suffix = _ACTION.search(noun)
    if suffix is None or suffix.start() < ACTION_STEM:
        return False
    stem = noun[:suffix.start()]
    return word.startswith(stem) and _VERB_END.fullmatch(word, len(stem)) is not None


# an adjective made from a verb's stem ("operatoria", "opératoire" of "operar",
# "opérer"): the verb is a form of the term's adjective, not a look-alike of it
_VERB_ADJECTIVE = regex.compile(r"[aie]?t(?:or|oir)[a-z]{0,5}")


def adjective_of(word: str, adjective: str) -> bool:
    """Whether ``word`` (a verb's infinitive or participle) and ``adjective`` (folded) are
    the verb and the adjective of one stem of four letters or more."""
    ending = _VERB_FORM.search(word)
    if ending is None or ending.start() < VERB_STEM + 1:
        return False
    stem = word[:ending.start()]
    return adjective.startswith(stem) and _VERB_ADJECTIVE.fullmatch(
        adjective, len(stem)) is not None


def _short_plural(a: str, b: str) -> bool:
    """A word of three letters ending in a consonant and its plural in -es ("dor",
    "dores"; "mal", "males"), which :func:`same_word` leaves to longer words."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) == 3 and short[-1] not in _VOWELS and long_ == short + "es"


def _derived(a: str, b: str, most: int = 3) -> bool:
    """Two words made from one stem of five letters or more with short endings of their
    own: a derived form says the term's word ("blood-thinning" for "blood thinner", "skin
    cleansing" for "skin cleanser", "anticoagulados" for "anticoagulante"). A look-alike
    swaps more than an ending ("transport" for "transplant", "opérationnel" for
    "opératoire")."""
    n = common_prefix(a, b)
    return n >= 5 and len(a) - n <= most and len(b) - n <= most and (not _one_edit(
        a[n:], b[n:]) or _suffixed(a[n:], b[n:], n))


def _suffixed(a: str, b: str, stem: int) -> bool:
    """Two one-letter endings of a long stem, a vowel and the "r" of an agent noun: two
    nouns of one verb ("escaneo", "escáner"), not a letter swapped in the word
    ("caillou" for "caillot", "Lungenembolik" for "Lungenembolie")."""
    return stem >= 6 and len(a) == len(b) == 1 and {a, b} & {"r"} != set() and (
        a in _VOWELS or b in _VOWELS)


def _singular(word: str) -> str:
    """A word without a plural -s (the ending a derivative does not share)."""
    return word[:-1] if word.endswith("s") else word


def _one_edit(a: str, b: str) -> bool:
    """Whether two endings are one letter apart (swapped, added or dropped): a vowel
    swapped in an ending makes a look-alike ("transplent"), not a derived word."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(
        long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _vowel_ending(a: str, b: str) -> bool:
    """The same word with another final vowel: a plural or gender ending ("gruppo",
    "gruppi"; "tratado", "tratada") that :func:`same_word` does not see."""
    return (len(a) == len(b) >= 5 and a[:-1] == b[:-1] and a[-1] in _VOWELS
            and b[-1] in _VOWELS)


@dataclass(frozen=True)
class Item:
    """A term or a name with every form the text may use."""

    id: str
    kind: str  # term | name
    forms: tuple[str, ...]
    shown: str  # the form to suggest

    @functools.cached_property
    def keys(self) -> list[tuple[str, ...]]:
        """Each form's folded words (worked out once: the tables ask for them per pair of
        names; callers only read them)."""
        return [phrase_key(f) for f in self.forms]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    item: Item
    form: str


_BRACKETED_END = regex.compile(r"\s*\([^()]+\)\s*$")


def _items(context: CheckContext) -> tuple[list[Item], list[Item]]:
    sheet, lex = context.factsheet, context.lexicon
    terms = []
    ids = list(dict.fromkeys([sheet.intervention, sheet.condition, *sheet.terms]))
    for tid in ids:
        forms = term_forms(lex, tid)
        if forms:
            terms.append(Item(tid, "term", tuple(forms.accepted), forms.plain or forms.technical))
    names = []
    for person in sheet.people.values():
        names.append(Item(person.id, "name", (person.name, person.name.split()[-1]), person.name))
    for org in sheet.organisations.values():
        own = org.name_in(lex.lang)
        every = [own] + ([org.name] if isinstance(org.name, str) else list(org.name.values()))
        # a name given with its acronym in brackets is often written without it, or with
        # the acronym later ("... Entwicklung der USA, kurz NICHD"): both are its forms
        bare = [_BRACKETED_END.sub("", f) for f in every if f]
        forms = tuple(dict.fromkeys(f for f in [*every, *bare, org.short] if f))
        names.append(Item(org.id, "name", forms, own or forms[0]))
    return terms, names


def _vocabulary(sheet: FactSheet, items: list[Item], context: CheckContext) -> set[str]:
    """Every word the sheet uses for its things: a swapped-in word is not one of them."""
    words = {w for item in items for key in item.keys for w in key}
    for group in sheet.groups.values():
        for form in group.label.all_forms(context.lexicon.lang):
            words |= set(phrase_key(form))
        for word in group.keywords.get(context.lexicon.lang, []):
            words |= set(phrase_key(word))
    for outcome in sheet.outcomes.values():
        for form in outcome.label.all_forms(context.lexicon.lang):
            words |= set(phrase_key(form))
    # a term's definition, which a glossary gives beside it ("reports patients send to
    # the drug regulator" next to "reports sent to the drug regulator")
    for tid in dict.fromkeys([*sheet.terms, *sheet.design, *(i.id for i in items
                                                             if i.kind == "term")]):
        forms = term_forms(context.lexicon, tid)
        if forms and forms.definition:
            words |= set(phrase_key(forms.definition))
    return words


class NameValidator:
    """Rules ``term-missing``, ``term-corrupted``, ``name-missing``, ``name-altered``."""

    name = "names"
    reads = ("require", "output.terms")  # of the context beyond the text: which terms it must name

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        known = _compiled(context)
        # what the text names is part of its analysis (read with links and handles
        # masked); which names it must have depends on the output
        findings, seen = analysis_of(text, context)[NAMES]
        missing = _missing(context, known.terms, known.names, seen)
        if context.lexicon.lang == "en" and (missing or any(
                f.rule == "term-corrupted" for f in findings)):
            # a link's slug or a handle names no term
            return _everyday(mask_addresses(text), known, findings + missing)
        return findings + missing


def _everyday(text: str, known: _Known, findings: list[Finding]) -> list[Finding]:
    """``findings`` less the garbled and missing terms the text says in everyday English
    words of the CDC thesaurus ("blood clot" for "embolism", "lung embolism" for
    "pulmonary embolism"), read only now that a term is in question."""
    from .everyday import said_in_everyday_words

    terms = {item.id: item for item in known.terms}
    toks = tokens(text)
    out = []
    for f in findings:
        item = terms.get(f.fact or "") if f.rule in ("term-corrupted", "term-missing") else None
        if item is not None and said_in_everyday_words(text, toks, item.keys, f.span):
            continue
        out.append(f)
    return out


def _read_text(text: str, context: CheckContext, known: _Known,
               ) -> tuple[list[Finding], frozenset[str | None]]:
    """The corrupted terms and altered names of ``text``, and the ids it names."""
    memo = context.lexicon
    sentences = [(a, text[a:b]) for a, b in _chunks(text, context.pack.sentence_spans(text))]
    read = [(a, memo.remember(("names-sentence", sentence), lambda s=sentence: _read(s, known)))
            for a, sentence in sentences]
    named = frozenset().union(*(part.named for _, part in read))
    topic = named & known.topic
    scored: list[tuple[float, Finding]] = []
    changed: list[Finding] = []
    for (a, sentence), (_, part) in zip(sentences, read, strict=True):
        found = memo.remember(("terms-sentence", sentence, topic),
                              lambda s=sentence, p=part: _term_corruptions(
                                  s, p.scan.toks, known, topic, p.scan))
        scored += [(c, _shifted(f, a)) for c, f in found]
        changed += [_shifted(f, a) for f in part.altered]
    scored.sort(key=lambda cf: -cf[0])
    findings = _deduplicate([f for _, f in scored] + changed)
    return findings, named | {f.fact for f in findings}


@dataclass(frozen=True)
class _Sentence:
    """What one sentence holds, whatever text it stands in (names never span two)."""

    scan: _Scan  # with the correctly named terms and names
    named: frozenset[str]  # ids of the terms and names it names, inside longer ones too
    altered: list[Finding]  # misspelt names


def _chunks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, joined where a split falls after an initial or abbreviation that can be
    part of a name ("... Washington em St. | Louis"): the one link a name has across a
    sentence boundary (:func:`_initial_link`)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        # the short word and its dot end the sentence before: look only at its end
        end = out[-1][1] if out else 0
        # the pattern ends on a dot at the end (or before a last line break): most
        # sentences end otherwise and are not searched
        if out and text[end - 1] in ".\n" and _SHORT_END.search(
                text, max(out[-1][0], end - 4), end) and (
                _INITIAL_GAP.fullmatch(text, end - 1, a)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# a sentence that ends in a word of one to three letters and its dot ("St.", "G.")
_SHORT_END = regex.compile(r"(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}\p{N}]{1,3}\.$")


def _read(sentence: str, known: _Known) -> _Sentence:
    toks = tokens(sentence)
    present = list(known.index.find(sentence, toks))
    scan = _Scan(sentence, toks, present)
    named = {h.item.id for h in present}
    named |= known.named_anywhere(scan, named)
    return _Sentence(scan, frozenset(named),
                     _name_changes(sentence, toks, known, scan))


def _shifted(finding: Finding, offset: int) -> Finding:
    """A finding on a sentence, placed in the text the sentence starts ``offset`` into."""
    if not offset or finding.span is None:
        return finding
    return replace(finding, span=(finding.span[0] + offset, finding.span[1] + offset))


class _Scan:
    """What every rule asks of one text's tokens, worked out once.

    ``inside[i]``: token ``i`` is part of a correctly named term or name (a corruption
    found there would overlap it and be dropped, so none is looked for); ``links[i]``:
    token ``i`` joins the one before it (:func:`joined`); ``heads``: the first four letters
    of every token (a phrase can only start at one of them).
    """

    def __init__(self, text: str, toks: Sequence[Token], present: list[Match[Item]]):
        self.text = text
        self.toks = toks
        self.present = present
        self.present_ends = [hit.end for hit in present]
        self.inside = [False] * len(toks)
        for hit in present:
            self.inside[hit.first:hit.last] = [True] * (hit.last - hit.first)
        self.links = _Joins(text, toks)

    @functools.cached_property
    def heads(self) -> set[str]:
        """The first four letters of every token (made when asked: few readings do)."""
        return {t.norm[:4] for t in self.toks}

    def touching(self, a: int, b: int) -> list[Match[Item]]:
        """The correctly named terms and names that overlap ``[a, b)``: they come in text
        order, none overlapping another, so bisection finds them."""
        i = bisect_right(self.present_ends, a)
        out = []
        while i < len(self.present) and self.present[i].start < b:
            out.append(self.present[i])
            i += 1
        return out


class _Joins:
    """``joins[i]``: token ``i`` joins the one before it (:func:`joined`), worked out when
    asked: terms and names are aligned at few places of a text, most tokens never are."""

    def __init__(self, text: str, toks: Sequence[Token]):
        self.text = text
        self.toks = toks

    def __getitem__(self, i: int) -> bool:
        return i > 0 and joined(self.text, self.toks[i - 1], self.toks[i])


@dataclass(frozen=True)
class _Foreign:
    """Which words can have been swapped into a term: not the sheet's, not function words."""

    vocab: frozenset[str]
    stopwords: frozenset[str]

    def __call__(self, word: str, least: int) -> bool:
        return len(word) >= least and word not in self.vocab and word not in self.stopwords

    def content(self, word: str) -> bool:
        """A word that carries meaning (a term of two function words is no hit)."""
        return word not in self.stopwords


def _function_words(stopwords: object) -> frozenset[str]:
    """A pack's stopwords as the checker's tokens see them: an elided form ("l'",
    "qu'elle", "dell'") also gives its parts ("l", "qu", "elle", "dell"). The same for
    every run of a pack: worked out once per process."""
    return _function_words_of(frozenset(stopwords or ()))  # type: ignore[call-overload]


@functools.lru_cache(maxsize=64)
def _function_words_of(stopwords: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for word in stopwords:
        folded = fold(word)
        out.add(folded)
        out.update(part for part in regex.split(r"['’]", folded) if part)
    return frozenset(out)


class _Known:
    """A sheet's terms and names in one language, indexed for alignment (built once)."""

    def __init__(self, context: CheckContext):
        self.terms, self.names = _items(context)
        items = self.terms + self.names
        self.index = PhraseIndex((form, item) for item in items for form in item.forms)
        self.foreign = _Foreign(
            frozenset(_vocabulary(context.factsheet, items, context)),
            _function_words(getattr(context.pack, "stopwords", ())))
        sheet = context.factsheet
        self.topic = {sheet.intervention, *(t.id for t in sheet.terms.values() if t.key)}
        # the endings a word of an organisation's name takes in a sentence's case
        # ("an der Medizinischen Fakultät" of "Medizinische Fakultät"); never a person's
        self.people = frozenset(sheet.people)
        self.cases = CASE_ENDINGS.get(context.lexicon.lang.split("-")[0], ())
        # spellings of one word that two accepted forms of a term give in the same place
        # ("câncer colorretal", "cancro colorretal"): a name with the other spelling is
        # the same name in another variety of the language, not a misspelt one
        self.variants = _variants([*self.terms, *_bank(context)])
        # first three letters of a term word -> (term, form key, form, position); a
        # function word anchors nothing: every corrupted copy has a word that carries
        # meaning in place or garbled, and is found from there. Only the terms the sheet
        # rests on (its topic and condition) are sought garbled: a term listed only to be
        # explained ("antiseptic") has kin in plain words ("skin antisepsis") that are
        # no garble of it
        self.anchors: dict[str, list[tuple[Item, tuple[str, ...], str, int]]] = {}
        for item in self.terms:
            if item.id not in self.topic and item.id != sheet.condition:
                continue
            pairs = sorted(zip(item.keys, item.forms, strict=True), key=lambda kf: len(kf[0]))
            for key, form in pairs:
                if len(key) >= 2:
                    for p, part in enumerate(key):
                        if self.foreign.content(part):
                            self.anchors.setdefault(part[:3], []).append((item, key, form, p))
        # every word of each term's accepted forms: "controlo" is not a garbled
        # "controle" when another form of the same term says "controlo"
        # (and the spelling keys of its words in the sheet's other languages: a term
        # spelt out with another language's cognate is named, :mod:`.cognates`)
        self.term_words = {item.id: frozenset(w for key in item.keys for w in key)
                           | cognate_keys(sheet, item.id) for item in self.terms}
        # for each term, the words its forms share with another term's forms ("skin
        # cleanser" of "chlorhexidine skin cleanser" and "iodine skin cleanser"): a copy
        # made of such words alone names neither term, and a look-alike among them
        # ("which skin cleaner they will use") garbles neither
        # (only the terms of the compared groups: "stem" and "cells" that two terms of
        # one treatment share still name it, and "blood stern cells" is a garble)
        arms = {g.term for g in sheet.groups.values() if getattr(g, "term", None)}
        self.shared_words = {item.id: frozenset(
            w for key in item.keys for w in key
            if item.id in arms and any(
                w in other_words for other in self.terms
                if other.id != item.id and other.id in arms
                for other_words in [set().union(*other.keys)]))
            for item in self.terms}
        # each term's accepted forms by their words that carry meaning ("infeção na
        # ferida": infecao, ferida): a copy that is one of them and a word after it names
        # the term and goes on ("a infeção da ferida complica até 12 %")
        self.term_content = {item.id: frozenset(
            tuple(w for w in key if self.foreign.content(w)) for key in item.keys)
            for item in self.terms}
        # one-word forms of the topic terms (German and Dutch compounds), checked by
        # their letters: "Stammzelltransmission" for "Stammzelltransplantation"
        self.compounds: dict[str, list[tuple[Item, str, str]]] = {}
        for item in self.terms:
            if item.id in self.topic:
                for key, form in zip(item.keys, item.forms, strict=True):
                    if len(key) == 1 and len(key[0]) >= COMPOUND_LEAST:
                        self.compounds.setdefault(key[0][:4], []).append((item, key[0], form))
        # for each name, the words of the sheet's other names (an author's surname
        # swapped into another author's name is an altered name); not their function
        # words: "der" after "Nationale Institut ... Entwicklung" begins the sentence's
        # next phrase ("der USA"), whatever other name of the sheet has a "der" in it
        self.name_words = {
            item.id: frozenset(w for other in self.names if other.id != item.id
                               for key in other.keys for w in key
                               if w not in own and self.foreign.content(w))
            for item in self.names for own in [set().union(*item.keys)]}
        self.initials: dict[str, list[tuple[Item, tuple[str, ...], str]]] = {}
        for item in self.names:
            for key, form in zip(item.keys, item.forms, strict=True):
                if key:
                    self.initials.setdefault(key[0][:1], []).append((item, key, form))
        # by a text's word: the name forms whose first word it may be, and the term forms
        # it may stand in (made on first use)
        self.name_starts: dict[str, list[tuple[Item, tuple[str, ...], str]]] = {}
        self.term_starts: dict[str, list[tuple[Item, tuple[str, ...], str, int]]] = {}
        # each item's forms on their own, to find it named inside a longer phrase
        self.alone = {id(item): PhraseIndex((f, item) for f in item.forms) for item in items}
        # every item's forms by the first four letters of their first word: the items
        # named in a sentence, inside longer names too, are found in one pass over it
        self.forms_at: dict[str, list[tuple[tuple[str, ...], Item]]] = {}
        for item in items:
            for head, options in self.alone[id(item)].by_first.items():
                self.forms_at.setdefault(head, []).extend(options)
        # those that can start at a word beginning so, before one beginning so (with their
        # lengths): made on first use, as PhraseIndex does
        self._forms_before: dict[tuple[str, str | None],
                                 list[tuple[tuple[str, ...], Item, int]]] = {}
        # by a text's word: whether a form of :attr:`forms_at` can start at it, and
        # whether a term can be aligned at it (its first three letters anchor a term
        # form, or its first four begin a compound): asked of every word of every
        # sentence, a look-up of the word itself (its hash is kept) without cutting it
        self.may_name = _HeadIn(self.forms_at, 4)
        self.may_garble = _HeadIn(self.anchors, 3, self.compounds, 4)

    def names_starting(self, word: str) -> list[tuple[Item, tuple[str, ...], str]]:
        """The name forms (of :attr:`initials`) whose first word ``word`` is or looks
        like, in order: a word of a text is asked about once per process, not at each
        place it stands."""
        if len(self.name_starts) >= _KEPT_WORDS:
            self.name_starts.clear()
        # a first word of another length but by two letters is OTHER (:func:`_name_kin`)
        size = len(word)
        found = self.name_starts[word] = [
            (item, key, form) for item, key, form in self.initials.get(word[:1], ())
            if -2 <= len(key[0]) - size <= 2 and _name_kin(word, key[0]) != OTHER]
        return found

    def terms_at(self, word: str) -> list[tuple[Item, tuple[str, ...], str, int]]:
        """The term forms of :attr:`anchors` that ``word`` may stand in at their word
        ``p``: those whose word there it is not quite unlike (:func:`kin` not OTHER); at
        the others neither alignment (:func:`_aligned`, :func:`_bridged`) can start."""
        if len(self.term_starts) >= _KEPT_WORDS:
            self.term_starts.clear()
        found = self.term_starts[word] = [
            entry for entry in self.anchors.get(word[:3], ())
            if kin(word, entry[1][entry[3]]) != OTHER]
        return found

    def named_anywhere(self, scan: _Scan, skip: frozenset[str] | set[str]) -> set[str]:
        """The ids of the items not in ``skip`` that :meth:`named_inside` finds named in
        ``scan``: one of their forms in place at some word (the test ``PhraseIndex.find``
        makes at each word), all items at once."""
        toks, text, forms_at, pairs = scan.toks, scan.text, self.forms_at, self._forms_before
        found: set[str] = set()
        done: set[int] = set()  # items found
        size = len(toks)
        may_name = self.may_name
        if len(may_name) > _KEPT_WORDS:
            may_name.clear()
        for i, tok in enumerate(toks):
            if not may_name[tok.norm]:
                continue
            head = tok.norm[:4]
            second = toks[i + 1].norm[:4] if i + 1 < size else None
            options = pairs.get((head, second))
            if options is None:  # a form whose second word begins otherwise is no match
                options = pairs[head, second] = [
                    (key, item, len(key)) for key, item in forms_at[head]
                    if len(key) == 1 or key[1][:4] == second]
            for key, item, n in options:
                if id(item) in done or item.id in skip or i + n > size:
                    continue
                if all(toks[i + j].norm == w or (toks[i + j].norm[:1] == w[:1] and same_word(
                        w, toks[i + j].norm)) for j, w in enumerate(key)) and all(
                        joined(text, toks[i + j], toks[i + j + 1]) for j in range(n - 1)):
                    done.add(id(item))
                    found.add(item.id)
        return found

    def named_inside(self, scan: _Scan, item: Item) -> bool:
        """A term named inside a longer one ("MS" in "relapsing-remitting MS") is named."""
        index = self.alone[id(item)]
        if scan.heads.isdisjoint(index.by_first):  # none of its forms can start anywhere
            return False
        return next(index.find(scan.text, scan.toks), None) is not None


class _HeadIn(dict[str, bool]):
    """Word -> whether its first ``size`` letters are a key of ``table`` (or its first
    ``size2`` letters a key of ``table2``), made on first look-up."""

    def __init__(self, table: dict[str, Any], size: int,
                 table2: dict[str, Any] | None = None, size2: int = 0):
        super().__init__()
        self.table, self.size, self.table2, self.size2 = table, size, table2, size2

    def __missing__(self, word: str) -> bool:
        can = self[word] = word[:self.size] in self.table or bool(
            self.table2 and word[:self.size2] in self.table2)
        return can


def _compiled(context: CheckContext) -> _Known:
    """The sheet's terms and names in the context's language, indexed once per process
    (the tables keep nothing of the run that built them)."""
    return _KNOWN.get((context.factsheet, context.pack), None, lambda: _Known(context))


_KNOWN: Memo[_Known] = Memo(64)
_KEPT_WORDS = 65536  # words whose name forms a table keeps before it starts afresh


def _bank(context: CheckContext) -> list[Item]:
    """The pack's term bank as items: its accepted forms hold the variety spellings."""
    bank = getattr(context.pack, "terms", None) or {}
    return [Item(tid, "term", tuple(forms.accepted), forms.technical)
            for tid, forms in bank.items()]


# the endings (folded) that inflect a word for gender, number or case in the six
# languages: two words that differ only in them are one word inflected, not spelt two ways
_INFLECTIONS = frozenset({"", "a", "o", "e", "i", "s", "n", "r", "m", "as", "os", "es", "is",
                          "en", "er", "em", "ern", "ao", "oes", "aos", "ais", "eis", "f", "fs",
                          "ve", "ves"})


def _variants(items: list[Item]) -> frozenset[tuple[str, str]]:
    """Pairs of look-alike words that two forms of one term, alike in every other word,
    give in the same place (both ways round): "câncer colorretal" and "cancro colorretal"
    spell one word in two varieties. A gender, number or case ending is no variety
    spelling ("gruppo", "gruppi"; "autologen", "autologer"; "follow", "followed"): such
    pairs are left out."""
    out: set[tuple[str, str]] = set()
    for item in items:
        keys = [k for k in dict.fromkeys(item.keys) if len(k) >= 2]
        for i, one in enumerate(keys):
            for other in keys[i + 1:]:
                if len(one) != len(other):
                    continue
                odd = [(x, y) for x, y in zip(one, other, strict=True) if x != y]
                if len(odd) != 1:
                    continue
                x, y = odd[0]
                cut = common_prefix(x, y)
                if (x.startswith(y) or y.startswith(x) or {x[cut:], y[cut:]} <= _INFLECTIONS
                        or _name_kin(x, y) != SIMILAR):
                    continue
                out |= {(x, y), (y, x)}
    return frozenset(out)


def _term_corruptions(text: str, toks: Sequence[Token], known: _Known,
                      named: frozenset[str], scan: _Scan) -> list[tuple[float, Finding]]:
    """Corrupted terms, each with the share of its form's words it covers (where several
    forms align, the one most fully in place wins).

    The loosest shape ("gas transmission") is tried only for a topic term the text never
    names correctly: a translation that garbles a term garbles it everywhere, while a
    text that names it elsewhere uses look-alike words for other things ("transition").
    """
    out: list[tuple[float, Finding]] = []
    inside, links = scan.inside, scan.links
    compounds = known.compounds
    may_garble = known.may_garble
    if len(may_garble) > _KEPT_WORDS:
        may_garble.clear()
    for i in [i for i, t in enumerate(toks) if may_garble[t.norm]]:  # where a term can align
        if inside[i]:
            continue
        tok = toks[i]
        if compounds and tok.norm[:4] in compounds:
            _compound(text, tok, known, out)
        entries = known.term_starts.get(tok.norm)
        if entries is None:
            entries = known.terms_at(tok.norm)
        for item, key, form, p in entries:
            loose = item.id in known.topic and item.id not in named
            span = _aligned(links, toks, key, i - p, p, known.foreign, loose,
                            known.term_words[item.id], known.term_content[item.id])
            if span is not None and all(
                    key[j - i + p] in known.shared_words[item.id]
                    for j in range(span[0], span[1] + 1)):
                span = None  # words two terms share ("skin cleaner"): names neither
            if span is None and item.id in known.topic and p == len(key) - 1:
                span = _bridged(links, toks, key, i, known.foreign, known.term_words[item.id])
            if span and not _term_blocked(scan, span, key, i - p, item,
                                          known.term_words[item.id]):
                a, b = toks[span[0]].start, toks[span[1]].end
                out.append(((span[1] - span[0] + 1) / len(key), Finding(
                    "term-corrupted", "error",
                    f"\"{text[a:b]}\" looks like a garbled \"{form}\" "
                    f"({item.id}); use an accepted form such as \"{item.shown}\".",
                    item.id, item.shown or form, text[a:b], (a, b))))
    return out


def _term_blocked(scan: _Scan, span: tuple[int, int], key: tuple[str, ...],
                  start: int, item: Item, own: frozenset[str]) -> bool:
    """Whether a correctly named term or name rules out a corrupted copy of ``key``.

    This very term, or one reaching past the copy's edges, does; another term standing
    inside it on words that are in place does not ("hematopoietic stem cell" inside
    "hematopoietic stem cell transmissions", "infección" in "infección del sitio
    químico")."""
    toks = scan.toks
    a, b = toks[span[0]].start, toks[span[1]].end
    for hit in scan.touching(a, b):
        if hit.item is item or hit.start < a or hit.end > b:
            return True
        for j in range(span[0], span[1] + 1):
            tok = toks[j]
            if hit.start < tok.end and tok.start < hit.end and tok.norm not in own and (
                    kin(tok.norm, key[j - start]) != EQUAL):
                return True
    return False


def _compound(text: str, tok: Token, known: _Known, out: list[tuple[float, Finding]]) -> None:
    """A one-word term form (a German or Dutch compound) garbled inside the word."""
    if tok.norm in known.foreign.vocab:  # the sheet's own word ("ostéoporotiques")
        return
    for item, word, form in known.compounds[tok.norm[:4]]:
        if _garbled_compound(tok.norm, word, known.term_words[item.id]):
            a, b = tok.start, tok.end
            out.append((1.0, Finding(
                "term-corrupted", "error",
                f"\"{text[a:b]}\" looks like a garbled \"{form}\" "
                f"({item.id}); use an accepted form such as \"{item.shown}\".",
                item.id, item.shown or form, text[a:b], (a, b))))
            return


COMPOUND_LEAST = 10  # letters of a one-word term form worth comparing letter by letter


@functools.lru_cache(maxsize=65536)
def _garbled_compound(word: str, form: str, own: frozenset[str]) -> bool:
    """A word that is a one-word term form with its end swapped: most letters and a long
    first part in common, yet not the form or an inflection of it."""
    if word in own or len(word) < COMPOUND_LEAST or word[:4] != form[:4]:
        return False
    if any(same_word(word, w) for w in own):
        return False  # another case of the term's own adjective: "kolorektalem", "-en"
    if _derived(_singular(word), _singular(form), 4):
        return False  # "césarisées" for "césariennes": a long word's derivative
    if kin(word, form) == EQUAL:
        return False
    if _compounded(word, form, own):
        return False  # "Kaiserschnittwunden": the term's own word, then another noun
    shared = common_prefix(word, form)
    if shared >= len(form) - 3 and len(word) > len(form):
        return False  # a word derived from the form: "osteoporotisch", "ostéoporotique"
    if (abs(len(word) - len(form)) <= 2 and word[-WORD_END:] == form[-WORD_END:]
            and SequenceMatcher(None, word, form).ratio() >= LOOK_ALIKE):
        return True  # the middle garbled, the start and the ending kept ("clorossidina")
    return (shared >= max(6, len(form) // 3)
            and SequenceMatcher(None, word, form).ratio() >= 0.7)


WORD_END = 4  # letters of a one-word form's ending a mid-word garble keeps (a derivation
# or another word changes the ending: "-idina" kept in "clorossidina" for "clorexidina")
LOOK_ALIKE = 0.75  # letters in common (difflib's ratio) of such a garble


COMPOUND_HEAD = 3  # letters of the noun a compound adds after the term's own word


def _compounded(word: str, form: str, own: frozenset[str]) -> bool:
    """Whether ``word`` is a compound of another accepted word of the term and a noun of
    its own ("Kaiserschnittwunden", "Kaiserschnittnarbe" beside "Kaiserschnitt" and
    "Kaiserschnittentbindung"): German and Dutch glue nouns to a term's word, and what
    is glued on is no look-alike of the rest of the longer form (a garble of
    "Kaiserschnittentbindung" keeps most of "entbindung")."""
    for part in own:
        if len(part) >= COMPOUND_LEAST - 4 and len(word) - len(part) >= COMPOUND_HEAD and (
                word.startswith(part) and form.startswith(part) and form != part):
            rest, form_rest = word[len(part):], form[len(part):]
            if SequenceMatcher(None, rest, form_rest).ratio() < 0.5:
                return True
    return False


def _aligned(links: _Joins, toks: Sequence[Token], key: tuple[str, ...], start: int,
             anchor: int, foreign: _Foreign, topic: bool,
             own: frozenset[str] = frozenset(),
             forms: frozenset[tuple[str, ...]] = frozenset()) -> tuple[int, int] | None:
    """Token indexes of a corrupted copy of ``key`` aligned at ``start``, or None.

    Three shapes: most words in place and one a look-alike ("stem cell transmission");
    all words in place but one swapped for a foreign word (four words or more); and, for
    the text's topic, a look-alike key word beside a foreign word ("gas transmission").
    ``links[i]`` says whether token ``i`` joins the one before it.
    """
    n = len(toks)

    stopwords = foreign.stopwords

    def kind(word: str, part: str) -> str:
        """:func:`kin`, told that another accepted form's word ("controlo" for
        "controle") is the same and that function words ("del", "della"; "een",
        "eigen") are no look-alikes. Called only for a SIMILAR pair (this runs often)."""
        if word in own:
            return EQUAL
        if word in stopwords or part in stopwords:
            return OTHER
        if word in foreign.vocab:  # a word of the sheet's own labels ("ankle worked")
            return EQUAL
        if (key := cognate_key(word)) and key in own:
            return EQUAL  # the term's word in another of the sheet's languages
        return SIMILAR

    def klass(j: int) -> str | None:
        i = start + j
        if not (0 <= i < n and (j == 0 or i == 0 or links[i])):
            return None
        found = kin(toks[i].norm, key[j])
        return kind(toks[i].norm, key[j]) if found == SIMILAR else found

    head = kin(toks[start + anchor].norm, key[anchor])
    if head == SIMILAR:
        head = kind(toks[start + anchor].norm, key[anchor])
    if head == OTHER:
        return None
    if head == EQUAL:
        # Only the first two shapes can hold: the first needs a neighbour in place, the
        # second all words but one. Most anchors ("of", "de") fail here, cheaply.
        beside = [klass(j) for j in (anchor - 1, anchor + 1) if 0 <= j < len(key)]
        if not any(c in (EQUAL, SIMILAR) for c in beside) and (
                len(key) < 4 or len(beside) > 1):
            return None
    classes: list[str | None] = [
        kin(toks[i].norm, part) if 0 <= i < n and (j == 0 or i == 0 or links[i]) else None
        for j, part in enumerate(key) for i in (start + j,)]
    if SIMILAR in classes:
        classes = [kind(toks[start + j].norm, key[j]) if c == SIMILAR else c
                   for j, c in enumerate(classes)]
    if classes[anchor] not in (EQUAL, SIMILAR):
        return None
    lo = hi = anchor
    while lo > 0 and classes[lo - 1] in (EQUAL, SIMILAR):
        lo -= 1
    while hi < len(key) - 1 and classes[hi + 1] in (EQUAL, SIMILAR):
        hi += 1
    run = classes[lo:hi + 1]
    if hi > lo and SIMILAR in run and (EQUAL in run or len(run) == len(key)):
        content = sum(1 for j in range(lo, hi + 1) if foreign.content(key[j]))
        return (start + lo, start + hi) if content >= 2 else None
    if len(key) >= 4 and None not in classes and classes.count(OTHER) == 1 and (
            classes.count(EQUAL) == len(key) - 1):
        at = classes.index(OTHER)
        odd = toks[start + at].norm
        content = sum(1 for j, c in enumerate(classes)
                      if c == EQUAL and key[j] not in foreign.stopwords)
        if at in (0, len(key) - 1) and _another_form(
                [toks[start + j].norm for j in range(len(key)) if j != at], foreign, forms):
            return None  # "a infeção da ferida complica": a shorter form, then the sentence
        return (start, start + len(key) - 1) if foreign(odd, 4) and content >= 2 else None
    word = toks[start + anchor].norm
    if not topic or classes[anchor] != SIMILAR or hi > lo or not foreign(word, 5):
        return None
    if common_prefix(word, key[anchor]) < 5:
        return None
    for side in (anchor - 1, anchor + 1):
        i = start + side
        if 0 <= side < len(key) and classes[side] == OTHER and foreign(toks[i].norm, 3):
            return (min(i, start + anchor), max(i, start + anchor))
    return None


def _another_form(words: list[str], foreign: _Foreign,
                  forms: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``words`` are an accepted form of the term by the words that carry meaning
    (function words may differ: "infeção da ferida" for "infeção na ferida")."""
    content = [w for w in words if foreign.content(w)]
    return any(len(form) == len(content) and all(
        kin(w, f) == EQUAL for w, f in zip(content, form, strict=True)) for form in forms)


def _bridged(links: _Joins, toks: Sequence[Token], key: tuple[str, ...], last: int,
             foreign: _Foreign, own: frozenset[str]) -> tuple[int, int] | None:
    """A topic term whose middle words were swapped for fewer foreign ones, kept between
    its first word and a look-alike of its last ("hematopoietic gas transmissions" for
    "hematopoietic stem cell transplants"), or None."""
    word = toks[last].norm
    if len(key) < 3 or word in own or kin(word, key[-1]) != SIMILAR or not foreign(word, 5):
        return None
    if common_prefix(word, key[-1]) < 5:
        return None
    for gap in range(1, len(key) - 1):
        first = last - gap - 1
        if first < 0 or not all(links[j] for j in range(first + 1, last + 1)):
            return None
        if kin(toks[first].norm, key[0]) == EQUAL and all(
                foreign(toks[j].norm, 3) for j in range(first + 1, last)):
            return (first, last)
    return None


def _name_changes(text: str, toks: Sequence[Token], known: _Known,
                  scan: _Scan) -> list[Finding]:
    out = []
    inside = scan.inside

    def linked(i: int) -> bool:
        """Token ``i`` joins the one before it, or follows an initial ("G. Tuuli")."""
        return scan.links[i] or (i > 0 and _initial_link(text, toks[i - 1], toks[i]))

    starts = known.name_starts
    for i, tok in enumerate(toks):
        options = starts.get(tok.norm)
        if options is None:
            options = known.names_starting(tok.norm)
        if not options or inside[i]:  # a window starting in a correct name or term is
            continue  # dropped anyway
        found: list[tuple[Item, str, list[Token], list[str]]] = []
        exact: set[str] = set()  # names given exactly here, in one of their forms
        for item, key, form in options:
            n = len(key)
            if i + n > len(toks) or not all(linked(i + j) for j in range(1, n)):
                continue
            window = toks[i:i + n]
            classes = [_name_kin(w.norm, k) for w, k in zip(window, key, strict=True)]
            if known.cases and n >= 2 and SIMILAR in classes and item.id not in known.people:
                classes = [EQUAL if c == SIMILAR and _case_form(w.norm, k, known.cases) else c
                           for w, k, c in zip(window, key, classes, strict=True)]
            if known.variants and n >= 2 and SIMILAR in classes and item.id not in known.people:
                classes = [EQUAL if c == SIMILAR and (w.norm, k) in known.variants else c
                           for w, k, c in zip(window, key, classes, strict=True)]
            if all(c == EQUAL for c in classes):
                exact.add(item.id)
            found.append((item, form, window, classes))
        for item, form, window, classes in found:
            # the name in this language's form is no misspelt form of another language's
            # ("Escuela de Salud Pública ..." beside "Escola de Saúde Pública ...")
            if item.id in exact:
                continue
            key = phrase_key(form)
            n = len(key)
            if not _altered(classes, window, key, known.name_words.get(item.id, frozenset())):
                continue
            if n == 1 and not _name_like(text, window[0], key[0]):
                continue
            a, b = window[0].start, window[-1].end
            if _blocked(scan.touching(a, b), a, b, item, window, classes):
                continue
            out.append(Finding(
                "name-altered", "error",
                f"\"{text[a:b]}\" looks like a misspelt \"{form}\"; names must be given "
                f"exactly.", item.id, form, text[a:b], (a, b)))
    return out


def _blocked(touching: list[Match[Item]], a: int, b: int, item: Item,
             window: Sequence[Token], classes: list[str]) -> bool:
    """Whether a correct name or term in the text (``touching`` the window ``[a, b)``)
    rules the window out.

    One that overlaps the window's edge, or is this very name, does; one standing inside
    the window on words in place does not ("Multiple Sclerosis" inside "Italian Multiple
    Sclerosis Foundatian"), nor another person's surname where this name has it ("Methodius
    G. Macones"). A name of three words or more with one look-alike is altered even where
    a term's looser forms accept the look-alike ("Fondazione Italiana Sclerosi Multiple")."""
    changed = [(t.start, t.end, c) for t, c in zip(window, classes, strict=True) if c != EQUAL]
    for hit in touching:
        if hit.item is item or hit.start < a or hit.end > b:
            return True
        touched = [c for s, e, c in changed if hit.start < e and s < hit.end]
        if touched == [OTHER] and hit.item.kind == "name":
            continue
        if touched and not (touched == [SIMILAR] and len(changed) == 1 and len(window) >= 3):
            return True
    return False


_INITIAL_GAP = regex.compile(r"\.[ \t]*\n?[ \t]*")


def _initial_link(text: str, left: Token, right: Token) -> bool:
    """An initial or an abbreviation with its dot joins the next word of a name
    ("Methodius G. Tuuli", "St. Louis")."""
    return (left.end - left.start <= 3 and left.end < len(text)
            and _INITIAL_GAP.fullmatch(text, left.end, right.start) is not None)


def _altered(classes: list[str], window: Sequence[Token], key: tuple[str, ...],
             others: frozenset[str]) -> bool:
    """A name form aligned token by token: every token in place but look-alikes, at least
    one look-alike; or, in a name of two words or more, every token in place but one that
    is a word of another of the sheet's names ("Methodius G. Macones")."""
    if OTHER not in classes:
        return SIMILAR in classes
    if len(key) < 2 or classes.count(OTHER) != 1 or EQUAL not in classes:
        return False
    odd = window[classes.index(OTHER)].norm
    return len(odd) >= 3 and odd in others and odd not in key


# the case endings of an adjective in a name, by language (German declines the adjectives
# of a name: "die Medizinische Fakultät", "an der Medizinischen Fakultät")
CASE_ENDINGS = {"de": ("em", "en", "er", "es", "e")}
CASE_STEM = 5  # letters of the stem two case forms share at least


def _case_form(a: str, b: str, endings: tuple[str, ...]) -> bool:
    """Whether ``a`` is the word ``b`` of a name with another of the case ``endings``."""
    def stem(word: str) -> str:
        return next((word[:-len(e)] for e in endings if word.endswith(e)), word)
    root = stem(b)
    return a != b and len(root) >= CASE_STEM and stem(a) == root


@functools.lru_cache(maxsize=65536)
def _name_kin(a: str, b: str) -> str:
    if a == b:
        return EQUAL
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2 or _ratio_bound(a, b) < 0.75:
        return OTHER
    return SIMILAR if SequenceMatcher(None, a, b).ratio() >= 0.75 else OTHER


def _name_like(text: str, tok: Token, key: str) -> bool:
    """A lone word passes for a name only capitalised, mid-sentence, and one letter off;
    not a word the language derives from the name's stem with an ending of its own
    (:func:`_derived`): a one-word name that is an ordinary noun ("Neurology") has its
    own words in every language ("Neurologia" for a department, "Neurologen" for the
    doctors), where a misspelling swaps, adds or drops one letter ("Neurologi")."""
    if _derived(tok.norm, key):
        return False
    word = text[tok.start:tok.end]
    before = tok.start
    while before and text[before - 1].isspace():
        before -= 1
    sentence_start = not before or text[before - 1] in ".!?:\n\"“«"
    return (word[:1].isupper() and not sentence_start and abs(len(word) - len(key)) <= 1
            and SequenceMatcher(None, tok.norm, key).ratio() >= 0.8
            and not _inside_other_name(text, tok))


# two capitalised words (with short linking words) before it: one is not enough, as
# German capitalises every noun ("in der Zeitschrift Neurology")
_NAME_WORDS = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:\p{Ll}{1,3}\s+)?){2,}$")


def _inside_other_name(text: str, tok: Token) -> bool:
    """ "Academia Americana de Neurología" is another name, not a misspelt "Neurology"."""
    return _NAME_WORDS.search(text, max(0, tok.start - 60), tok.start) is not None


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    """One finding per stretch of text: the first (the best aligned) of those overlapping
    (their spans are words of the text, never empty)."""
    out: list[Finding] = []
    # 1 where a finding kept so far stands
    taken = bytearray(max((f.span[1] for f in findings if f.span), default=0))
    for f in findings:
        a, b = f.span or (0, 0)
        if taken.find(1, a, b) < 0:
            out.append(f)
            taken[a:b] = b"\x01" * (b - a)
    return sorted(out, key=lambda f: (f.span or (0, 0))[0])


def _missing(context: CheckContext, terms: list[Item], names: list[Item],
             seen: set[str | None]) -> list[Finding]:
    sheet, mode = context.factsheet, context.require
    wanted_terms: list[str] = []
    wanted_names: list[str] = []
    if mode in ("key", "all"):
        wanted_terms = [sheet.intervention, *(t.id for t in sheet.terms.values() if t.key)]
        journal = sheet.journal
        wanted_names = list(sheet.people) + ([journal.id] if journal else [])
    if mode == "all":
        wanted_names += list(sheet.organisations)
    if mode == "claimed" and context.output is not None:
        wanted_terms = list(context.output.terms)
    out = []
    wanted_term_ids, wanted_name_ids = set(wanted_terms), set(wanted_names)
    for item in terms:
        if item.id in wanted_term_ids and item.id not in seen:
            out.append(Finding("term-missing", "warning",
                               f"The key term {item.id} is not named; use \"{item.shown}\".",
                               item.id, item.shown))
    for item in names:
        if item.id in wanted_name_ids and item.id not in seen:
            out.append(Finding("name-missing", "warning",
                               f"{item.shown} is not named in the text.", item.id, item.shown))
    return out
