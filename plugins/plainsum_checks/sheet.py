"""What a fact sheet supports, compiled once per sheet and language.

The validators ask the same questions of every text: which numbers may appear, which
words name each group, which durations are the sheet's time points, how a fact reads in
this language. Answers are built here once and cached, so checking a page stays fast.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

import regex
from plainsum.factsheet.model import Fact, FactSheet, TermForms, local_text
from plainsum.lexicon import Lexicon
from plainsum.memo import Memo
from plainsum.rounding import round_half_up

from .anchors import SHORTEST, Anchored, _folds_as_cased
from .anchors import fold as anchor_fold
from .arm_places import kin
from .text import TOKEN_RE, PhraseIndex, common_prefix, fold, phrase_key, same_word

EPS = 1e-6
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"T(\d{2}):(\d{2})(?::\d{2})?(?:([+-])(\d{2}):(\d{2}))?")
_NUM = re.compile(r"\d+(?:[.,]\d+)?")


def allowed_values(fact: Fact) -> set[float]:
    """The values a text may give for ``fact``: exact, or rounded as the sheet allows."""
    value = getattr(fact, "value", None)
    if value is None:
        return set()
    steps = getattr(fact, "round_to", ())
    return {float(value), *(round_half_up(float(value), step) for step in steps)}


def matches(value: float, allowed: set[float]) -> bool:
    return any(abs(value - a) < EPS for a in allowed)


_EFFECTS = ("ratio", "relative-change", "difference")


def unsettled(fact: Fact) -> bool:
    """Whether an effect's confidence interval holds "no difference": a ratio's (or a
    fold change's) holds 1, a difference's or a percent change's holds 0 ("RR 0.96, 95 %
    CI 0.71 to 1.30"). Its direction is then no finding: the study could not tell which
    group did better."""
    ci = getattr(fact, "ci", None)
    if ci is None or fact.kind not in _EFFECTS:
        return False
    null = 1.0 if fact.kind == "ratio" or getattr(fact, "unit", None) == "fold" else 0.0
    return float(ci.low) <= null <= float(ci.high)


def term_forms(lexicon: Lexicon, term_id: str) -> TermForms | None:
    """A term's forms, without recording a missing term as a generation error."""
    before = list(lexicon.missing)
    forms = lexicon.term(term_id)
    lexicon.missing[:] = before
    return None if forms.technical.startswith("⟦") else forms


@dataclass
class SheetIndex:
    """A fact sheet's numbers, groups, times and wording for one language."""

    sheet: FactSheet
    lexicon: Lexicon
    groups: PhraseIndex[tuple[str, bool]] = field(init=False)  # (group id, weak)
    said: PhraseIndex[str] = field(init=False)  # the outcomes' labels: what people had or did
    times: dict[tuple[float, str], str] = field(init=False)  # (value, unit) -> time id
    shares: list[tuple[Fact, set[float]]] = field(init=False)  # facts stated as per cent
    # the share of the whole a counted part is (122 of 210): said loosely only
    part_shares: list[tuple[Fact, set[float]]] = field(init=False)
    counts: dict[float, list[Fact]] = field(init=False)  # whole numbers of a group
    loose: set[float] = field(init=False)  # numbers the sheet states without a context
    durations: set[tuple[float, str]] = field(init=False)
    dates: list[tuple[int, int, int]] = field(init=False)
    clocks: set[tuple[int, int]] = field(init=False)  # the embargo's time and UTC offset
    # how many groups the sheet splits a group into, or compares ("the two cleansers")
    parts: set[float] = field(init=False)
    # effect measures: ratios, relative changes, differences (each with its allowed values)
    effects: list[tuple[Fact, set[float]]] = field(init=False)
    pvalues: list[tuple[Fact, float, str]] = field(init=False)  # (fact, p, relation)
    intervals: list[tuple[Fact, Any]] = field(init=False)  # (fact, its Interval)
    # comparisons of two shares: the ratio of the first to the second ("almost half")
    derived: list[tuple[Fact, float]] = field(init=False)
    # comparisons of two proportions: the first less the second, in percentage points
    # ("about 10 percentage points", "3 fewer infections for every 100 women")
    gaps: list[tuple[Fact, float]] = field(init=False)
    result_groups: frozenset[str] = field(init=False)
    # the compared groups' own words, by their first four letters: (word, group id)
    arm_words: dict[str, list[tuple[str, str]]] = field(init=False)
    compared: frozenset[str] = field(init=False)  # the groups the sheet compares
    _said_words: frozenset[str] = field(init=False, default=frozenset())  # outcomes' words
    _group_words: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    _kinds: dict[str, list[Fact]] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.groups = PhraseIndex(self._group_phrases())
        self.said = PhraseIndex((form, o.id) for o in self.sheet.outcomes.values()
                                for form in o.label.all_forms(self.lexicon.lang))
        sheet = self.sheet
        self.times = {(float(t.value), t.unit): t.id for t in sheet.times.values()}
        for t in sheet.times.values():  # "three months" for 90 days, "a week" for 7 days
            for same in _same_length(float(t.value), t.unit):
                self.times.setdefault(same, t.id)
        self.durations = set(self.times)
        self.shares, self.counts, self.loose = [], {}, set()
        self.effects, self.pvalues, self.intervals, self.derived = [], [], [], []
        self.gaps = []
        for fact in sheet.facts.values():
            self._add(fact)
        self.loose |= self._part_sums()
        self.part_shares = _part_shares(sheet)
        self.loose |= {v for v, _ in self.times}
        self.dates, self.clocks = [], set()
        at = _TIME.search(str(sheet.publication.get("embargo") or ""))
        if at:
            hour, minute = int(at.group(1)), int(at.group(2))
            self.clocks |= {(hour, minute), (hour % 12 or 12, minute)}
            if at.group(4):
                self.clocks.add((int(at.group(4)), int(at.group(5))))
        for key in ("date", "embargo"):
            found = _DATE.search(str(sheet.publication.get(key) or ""))
            if found:
                y, m, d = (int(g) for g in found.groups())
                self.dates.append((y, m, d))
                self.loose |= {float(y), float(d)}
        self.loose |= self._numbers_in_wording()
        self._label_figures()
        self.parts = self._parts()
        # the groups only this study's own results are about ("the iodine group"): not a
        # background figure's, nor a whole the study splits into parts ("patients")
        background = {f.group for f in sheet.facts.values() if f.background}
        wholes = {getattr(f, "of", None) for f in sheet.facts.values()}
        self.result_groups = frozenset(
            g for f in sheet.facts.values() if not f.background
            for g in (f.group, getattr(f, "versus", None))
            if g and g not in background and g not in wholes)
        self.arm_words = self._arm_words()

    def _part_sums(self) -> set[float]:
        """The total of a whole's counted parts ("more than 12,800 people" for 5,700 cases
        and 7,100 controls): writers add them up where the sheet gives no total (where it
        gives one, that total is a count with a group of its own, judged as such)."""
        parts: dict[str, list[float]] = {}
        counted = {f.group for f in self.sheet.facts_of("count")}
        for fact in self.sheet.facts_of("count"):
            whole = getattr(fact, "of", None)
            if whole and whole not in counted and fact.value is not None and fact.group != whole:
                parts.setdefault(whole, []).append(float(fact.value))
        return {sum(values) for values in parts.values() if len(values) > 1}

    def _arm_words(self) -> dict[str, list[tuple[str, str]]]:
        """The words of a compared group's labels and keywords that no other group and no
        outcome uses: a text that describes an arm in words of its own ("der früh
        Entlassenen", "la Klinikgruppe", "des patients rentrés à domicile", "di chi era a
        casa") still says one of them. Function words and nouns for any group ("group",
        "Gruppe") tell no arm."""
        sheet, lang, pack = self.sheet, self.lexicon.lang, self.lexicon.pack
        compared = {g for f in sheet.facts.values() if getattr(f, "versus", None)
                    for g in (f.group, f.versus)}
        for c in sheet.facts_of("comparison"):
            compared |= {sheet.facts[f].group for f in c.facts if f in sheet.facts}
        self.compared = frozenset(g for g in compared if g in sheet.groups)
        if len(self.compared) < 2:
            return {}
        skip = {fold(w) for w in (*getattr(pack, "stopwords", ()),
                                  *getattr(pack, "group_nouns", ()))}
        said = {w for o in sheet.outcomes.values() for form in o.label.all_forms(lang)
                for w in phrase_key(form) if len(w) >= 4 and w not in skip}
        self._said_words = frozenset(said)
        skip |= said
        words: dict[str, set[str]] = {}
        for group in sheet.groups.values():
            forms = [*group.label.all_forms(lang), *group.keywords.get(lang, [])]
            words[group.id] = {w for form in forms for w in phrase_key(form)}
        self._group_words = {g: frozenset(ws - skip) for g, ws in words.items()}
        out: dict[str, list[tuple[str, str]]] = {}
        for gid in sorted(self.compared):
            others = set().union(*(ws for g, ws in words.items() if g != gid))
            for w in sorted(words[gid] - skip - others):
                if len(w) >= 4 and w.isalpha() and not any(same_word(w, o) for o in others):
                    out.setdefault(w[:4], []).append((w, gid))
        return out

    def arm_of(self, word: str) -> str | None:
        """The one compared group a folded word is an own word of (:meth:`_arm_words`): the
        word itself, inflected, a compound it opens ("Klinikgruppe"), or a derived form
        of a long one ("Entlassenen" for "Entlassung"); or a compound whose head says it
        is a group and whose first part names an arm in another word for its place of
        care ("Krankenhausgruppe" for the arm "in der Klinik"), or shares a long opening
        with one arm's word alone ("Standardversorgung" for "Standardtherapie")."""
        found = self._own_arm(word)
        if found is not None or not self.arm_words:
            return found
        return self._compound_arm(word)

    def _compound_arm(self, word: str) -> str | None:
        lang = self.lexicon.lang
        heads = self._group_heads()
        part = next((word[:-len(h)] for h in heads
                     if word.endswith(h) and len(word) - len(h) >= 4), None)
        if part is not None:  # a group named by a compound: its first part names the arm
            parts = (part, part.rstrip("s-")) if lang == "de" else (part,)  # a linking s
            for w in (*parts, *(k for p in parts for k in kin(p, lang))):
                found = self._own_arm(w, any_word=True)
                if found is not None:
                    return found
            # or it opens one arm's words alone ("Standardgruppe", "Standardtherapie")
            owners = {g for g, words in self._group_words.items()
                      if any(w.startswith(part) for w in words)} if len(part) >= 6 else set()
            return owners.pop() if len(owners) == 1 and owners <= self.compared else None
        if lang != "de" or len(word) < 10:
            return None  # compounds of long openings: German nouns
        found = set()
        for w, gid in self.arm_words.get(word[:4], ()):
            n = common_prefix(w, word)
            if n >= 7 and len(w) > n and len(word) > n:
                found.add(gid)
        opening = word[:7]
        if len(found) != 1 or any(
                common_prefix(w, word) >= 7 for w in self._said_words) or any(
                w.startswith(opening) for g, words in self._group_words.items()
                if g not in found for w in words):
            return None
        return found.pop()

    def _group_heads(self) -> tuple[str, ...]:
        """The pack's nouns for a group, folded, longest first ("gruppe", "arm")."""
        nouns = {fold(n) for n in getattr(self.lexicon.pack, "group_nouns", ()) or ()}
        return tuple(sorted((n for n in nouns if len(n) >= 3), key=len, reverse=True))

    def _own_arm(self, word: str, any_word: bool = False) -> str | None:
        """:meth:`arm_of` for the word as it stands; ``any_word``: a word of what people
        had names the arm too (the first part of a compound for a group)."""
        options = self.arm_words.get(word[:4])
        if not options:  # most words: no group word begins so
            return None
        found = {gid for w, gid in options if _akin(w, word)}
        if len(found) != 1 or (not any_word and any(
                _akin(w, word) for w in self._said_words if w[:4] == word[:4])):
            return None  # none, two, or a word of what people had ("hospitalizaciones")
        return found.pop()

    def _parts(self) -> set[float]:
        children: dict[str, set[str]] = {}
        for fact in self.sheet.facts.values():
            part_of = getattr(fact, "of", None)
            if part_of and fact.group and fact.group != part_of:
                children.setdefault(part_of, set()).add(fact.group)
        out = {float(len(kids)) for kids in children.values() if len(kids) > 1}
        for fact in self.sheet.facts_of("comparison"):
            arms = {self.sheet.facts[f].group for f in fact.facts if f in self.sheet.facts}
            if len(arms - {None}) > 1:
                out.add(float(len(arms - {None})))
        # the times the sheet lists ("checked at three points: six months, five and ten
        # years")
        out |= {float(len(f.times)) for f in self.sheet.facts_of("timepoints")
                if len(getattr(f, "times", ()) or ()) > 1}
        # an effect of one group against another compares two ("split into two groups")
        if any(getattr(f, "versus", None) and f.group and f.group != f.versus
               for f in self.sheet.facts.values()):
            out.add(2.0)
        return out

    def _add(self, fact: Fact) -> None:
        if fact.kind == "proportion":
            self.shares.append((fact, allowed_values(fact)))
            self.loose |= {float(n) for n in (fact.count, fact.total) if n is not None}
        elif fact.kind == "comparison" and fact.value is not None:
            self.shares.append((fact, allowed_values(fact)))
        elif fact.kind == "count" and fact.value is not None:
            for value in allowed_values(fact):
                self.counts.setdefault(value, []).append(fact)
        elif fact.kind == "period" and fact.start is not None and fact.end is not None:
            self.loose |= {float(fact.start), float(fact.end)}
            self.durations.add((float(fact.end - fact.start), "year"))
        else:
            self.loose |= set(fact.numbers) | allowed_values(fact)
            if getattr(fact, "unit", None) and getattr(fact, "value", None) is not None:
                self.durations |= {(v, fact.unit) for v in allowed_values(fact)}
        self._add_effect(fact)

    def _add_effect(self, fact: Fact) -> None:
        """What the new kinds add: effect figures, p-values, intervals, the ends of
        ranges and baselines said with a unit ("aged 18 to 45 years")."""
        if fact.kind in ("ratio", "relative-change", "difference"):
            self.effects.append((fact, allowed_values(fact)))
        p = getattr(fact, "p", None)
        if p is not None:
            self.pvalues.append((fact, float(p), getattr(fact, "p_relation", "=")))
            self.loose.add(float(p))
        if getattr(fact, "ci", None) is not None:
            self.intervals.append((fact, fact.ci))
        unit = getattr(fact, "unit", None)
        if fact.kind == "range" and unit:
            self.durations |= {(float(fact.low), unit), (float(fact.high), unit)}
        if fact.kind == "mean" and unit:  # "from 14 to 8 days", "anywhere from 1 to 25 years"
            self.durations |= {(v, unit) for v in fact.numbers}
        if fact.kind == "comparison" and len(fact.facts) == 2:
            a, b = (self.sheet.facts.get(f) for f in fact.facts)
            values = [getattr(x, "value", None) for x in (a, b)]
            if None not in values and values[1]:
                self.derived.append((fact, float(values[0]) / float(values[1])))
            if None not in values and all(x.kind == "proportion" for x in (a, b)):  # type: ignore[union-attr]
                self.gaps.append((fact, round(float(values[0]) - float(values[1]), 6)))

    def _group_phrases(self) -> list[tuple[str, tuple[str, bool]]]:
        lang = self.lexicon.lang
        strong: dict[str, list[str]] = {}
        keywords: dict[str, list[str]] = {}
        # a term an outcome measures ("had breast arterial calcification") names what
        # people had, not who they were: its bare form names no group
        measured = {o.measure for o in self.sheet.outcomes.values() if o.measure}
        terms = [f.accepted for t in self.sheet.terms
                 for f in [term_forms(self.lexicon, t)] if f]
        for group in self.sheet.groups.values():
            # the short label a post uses ("the standard-care group") names the group too
            short = group.short.all_forms(lang) if group.short else []
            names = _with_term_forms(list(dict.fromkeys([*group.label.all_forms(lang), *short])),
                                     terms)
            words = list(group.keywords.get(lang, []))
            if group.term:
                forms = term_forms(self.lexicon, group.term)
                accepted = forms.accepted if forms else []
                if group.term in measured:
                    # its keywords are more names of the term ("CAM"): said in its labels
                    # ("mujeres con CAM"), never alone
                    names = _with_term_forms(names, [accepted + words])
                    words = []
                else:
                    names += accepted
            strong[group.id] = names
            keywords[group.id] = words
        out: list[tuple[str, tuple[str, bool]]] = []
        # each group's phrases as words, and the words in them (made once, not once for
        # every other group)
        keys = {gid: [phrase_key(p) for p in strong[gid] + keywords[gid]] for gid in strong}
        out += self._predicates(strong, keys)
        words_of = {gid: {w for key in keys[gid] for w in key} for gid in strong}
        for gid in strong:
            out += [(p, (gid, False)) for p in strong[gid]]
            if not keywords[gid]:
                continue
            others = [key for other in strong if other != gid for key in keys[other]]
            # a one-word keyword: in one of them
            in_others = set().union(*(words_of[other] for other in strong if other != gid))
            grams: dict[int, set[tuple[str, ...]]] = {}  # the others' runs of n words
            for word in keywords[gid]:
                key = phrase_key(word)
                if len(key) == 1:
                    weak = key[0] in in_others
                else:  # inside one of them: among their runs of as many words
                    n = len(key)
                    if n not in grams:
                        grams[n] = {o[i:i + n] for o in others for i in range(len(o) - n + 1)}
                    weak = key in grams[n]
                out.append((word, (gid, weak)))
        return out

    def _predicates(self, strong: dict[str, list[str]],
                    keys: dict[str, list[tuple[str, ...]]]) -> list[tuple[str, tuple[str, bool]]]:
        """What a group's labels say of its people, without the noun for them: "sent home
        early" of "people sent home early", "alta precoz" of "personas con alta precoz",
        "dimessi precocemente" of "pazienti dimessi precocemente". A text says it as a
        verb of a count ("99 of them were sent home early", "de los cuales 99 recibieron
        el alta precoz"): it names the group as its label does. The noun is the first word
        of two labels or more of the sheet (its word for people); words of the language's
        stop list after it go too; what is left must be two words, and no other group's."""
        stop = frozenset(fold(w) for w in getattr(self.lexicon.pack, "stopwords", ()) or ())
        firsts: dict[str, int] = {}
        for gid in strong:
            for key in {k[:1] for k in keys[gid] if len(k) > 2}:
                firsts[key[0]] = firsts.get(key[0], 0) + 1
        heads = {w for w, n in firsts.items() if n >= 2 and w not in stop}
        # the words of the sheet's terms: a label's rest that names one ("got bowel
        # cancer", "eu un scanner") names the term wherever it is said, not the group
        termed = {w for t in (self.sheet.condition, self.sheet.intervention, *self.sheet.terms)
                  if t for f in [term_forms(self.lexicon, t)] if f
                  for form in f.accepted for w in phrase_key(form) if w not in stop}
        # a comparator's labels say what the other arm had too ("only the usual tests"
        # beside "the usual tests plus a heart scan"): said alone, they name no group
        versus = {v for f in self.sheet.facts.values() if (v := getattr(f, "versus", None))}
        out = []
        for gid, names in strong.items():
            if gid in versus:
                continue
            others = [k for other in strong if other != gid for k in keys[other]]
            for name in names:
                found = list(TOKEN_RE.finditer(name))
                key = phrase_key(name)
                if len(key) < 3 or key[0] not in heads:
                    continue
                i = 1
                while i < len(key) and key[i] in stop:
                    i += 1
                rest = key[i:]
                if sum(w not in stop for w in rest) < 2 or termed.intersection(rest) or any(
                        _contains(o, rest) for o in others):
                    continue  # (said in another group's label: "examens habituels")
                out.append((name[found[i].start():], (gid, False)))
        return out

    def _numbers_in_wording(self) -> set[float]:
        """Numbers inside reviewed wording (quotes, limitations, title): a text may repeat them."""
        lang = self.lexicon.lang
        texts: list[Any] = [local_text(q.text, lang) for q in self.sheet.quotes.values()]
        texts += [lim.text.get(lang, level) for lim in self.sheet.limitations.values()
                  for level in ("plain", "technical")]
        texts += [self.sheet.title_in(lang), *self.sheet.hashtags]
        # the sheet's own words for who and what ("expected to be diagnosed in 2018")
        for named in (*self.sheet.groups.values(), *self.sheet.outcomes.values()):
            texts += list(named.label.all_forms(lang))
        out: set[float] = set()
        for text in texts:
            for raw in _NUM.findall(text or ""):
                out.add(float(raw.replace(",", ".")))
        return out

    def label_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` says one of the sheet's labels that holds a figure (a group's,
        an outcome's or a measure's, full or short, in the text's language: "adultos de
        más de 60 años con una fractura de tobillo", "people over 70"): a number inside
        one is the label's, not a figure of the study to judge ("la edad media de los
        adultos de más de 60 años … era de 71 años")."""
        pattern = self._numbered_labels
        if pattern is None:
            return []
        return [m.span() for m in pattern.finditer(text)]

    @functools.cached_property
    def _numbered_labels(self) -> Any:
        from .numbers import read_numbers

        lang, pack = self.lexicon.lang, self.lexicon.pack
        forms: set[str] = set()
        named = (*self.sheet.groups.values(), *self.sheet.outcomes.values(),
                 *self.sheet.measures.values())
        for item in named:
            labels = [item.label, getattr(item, "short", None)]
            for label in labels:
                if label is None:
                    continue
                forms |= {f.strip() for f in label.all_forms(lang)
                          if f and f.strip() and read_numbers(f, pack)}
        if not forms:
            return None
        # the longest first; its words as written, any run of spaces between them
        parts = [r"\s+".join(regex.escape(w) for w in f.split())
                 for f in sorted(forms, key=len, reverse=True)]
        pattern = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(parts)})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
        # most texts name no label: each match holds every word of its form as written, so
        # a text (folded) holding no form's longest word skips the scan; a form with no
        # word of three characters that folds as the module matches it always runs it
        words: set[str] = set()
        for form in forms:
            usable = [w for w in form.split() if len(w) >= SHORTEST and _folds_as_cased(w)]
            if not usable:
                return Anchored(pattern, None, None)
            words.add(anchor_fold(max(usable, key=len)))
        return Anchored(pattern, None, frozenset(words))

    def _label_figures(self) -> None:
        """Figures the sheet's labels say in words ("within one year", "under 60"), read
        as a text of this language says them: a text that uses the label may repeat them."""
        from .numbers import read_numbers

        lang, pack = self.lexicon.lang, self.lexicon.pack
        for named in (*self.sheet.groups.values(), *self.sheet.outcomes.values()):
            for label in named.label.all_forms(lang):
                for m in read_numbers(label or "", pack):
                    self.loose.add(float(m.value))
                    if m.kind == "duration" and m.unit:
                        self.durations.add((float(m.value), m.unit))

    def facts_of(self, kind: str) -> list[Fact]:
        """The sheet's facts of ``kind``, in sheet order: found once, and the same list
        each time (callers only read it)."""
        found = self._kinds.get(kind)
        if found is None:
            found = self._kinds[kind] = self.sheet.facts_of(kind)
        return found

    # --- wording -------------------------------------------------------------------
    def expected(self, fact: Fact) -> str:
        """The fact's value as a text in this language would say it."""
        pack = self.lexicon.pack
        if fact.kind in ("proportion", "comparison") and fact.value is not None:
            return pack.format_percent(fact.value)
        if fact.kind == "period":
            return f"{fact.start}–{fact.end}"
        if fact.kind == "timepoints":
            return ", ".join(self.lexicon.time(t) for t in fact.times)
        if fact.kind == "claim" and fact.outcome:
            return self.lexicon.outcome(fact.outcome)
        if fact.kind == "relative-change" and getattr(fact, "unit", "percent") == "percent":
            return pack.format_percent(fact.value)
        if fact.kind == "range":
            return f"{pack.format_number(fact.low)}–{pack.format_number(fact.high)}"
        if getattr(fact, "value", None) is not None:
            if fact.kind == "mean" and fact.unit:
                try:
                    return pack.format_duration(fact.value, fact.unit)
                except Exception:  # not a duration unit: the number alone
                    pass
            return pack.format_number(fact.value)
        return fact.id

    def interval(self, fact: Fact) -> str:
        """A fact's confidence interval as this language writes it."""
        pack = self.lexicon.pack
        ci = getattr(fact, "ci", None)
        return "" if ci is None else f"{pack.format_number(ci.low)}–{pack.format_number(ci.high)}"

    def describe(self, fact: Fact) -> str:
        """Who and when a fact is about, in the sheet's words for this language."""
        parts = []
        if fact.group and fact.group in self.sheet.groups:
            parts.append(self.lexicon.group(fact.group))
        if fact.time and fact.time in self.sheet.times:
            parts.append(self.lexicon.time(fact.time))
        return ", ".join(parts)


def _with_term_forms(labels: list[str], terms: list[list[str]]) -> list[str]:
    """Labels, and each label with a term's form in it said in the term's other forms:
    "women with calcium in the heart arteries" is also "women with CAC"."""
    out = list(labels)
    for label in labels:
        low = label.casefold()
        for forms in terms:
            for form in forms:
                at = low.find(form.casefold()) if len(form) > 2 else -1
                if at < 0:
                    continue
                out += [label[:at] + other + label[at + len(form):]
                        for other in forms if other != form]
                break
    return list(dict.fromkeys(out))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Whether ``inner`` is a run of words of ``outer`` (as the keyword test in
    :meth:`SheetIndex._group_phrases` asks of all runs at once)."""
    n = len(inner)
    if n == 1:  # most keywords are one word: a tuple finds it without slicing
        return inner[0] in outer
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def sheet_index(sheet: FactSheet, lexicon: Lexicon) -> SheetIndex:
    """The compiled index for this sheet and language, built once per process.

    It words its messages with a lexicon of its own: the run's lexicon, with everything
    the run read, must not outlive the run.
    """
    return _INDEXES.get((sheet, lexicon.pack), None,
                        lambda: SheetIndex(sheet, Lexicon(sheet, lexicon.pack)))


_INDEXES: Memo[SheetIndex] = Memo(64)


def _akin(w: str, word: str) -> bool:
    """Whether ``word`` is ``w``, inflected, a compound ``w`` opens, or a derived form of
    a long ``w``."""
    return same_word(w, word) or (len(w) >= 5 and word.startswith(w)) or (
        len(w) >= 8 and common_prefix(w, word) >= max(6, len(w) - 3))


# how many of the smaller unit make one of the larger, as studies count time points (a
# month is 30 days: "at 90 days" and "at three months" are one follow-up)
_UNITS = (("week", "day", 7), ("month", "day", 30), ("year", "month", 12),
          ("year", "week", 52), ("day", "hour", 24))


def _part_shares(sheet: Any) -> list[tuple[Fact, set[float]]]:
    """The share of the whole each counted part is, which a text may give loosely ("just
    under six in ten", "more than half" for 122 of 210 with relapsing-remitting MS): a
    count of a group that is part of another counted group."""
    wholes = {f.group: f for f in sheet.facts.values()
              if f.kind == "count" and f.group and f.value and not getattr(f, "of", None)}
    out = []
    for fact in sheet.facts.values():
        whole = wholes.get(getattr(fact, "of", None) or "")
        if fact.kind != "count" or whole is None or not fact.value:
            continue
        share = float(fact.value) / float(whole.value) * 100
        if 0 < share < 100:
            out.append((fact, {round(share, 1)}))
    return out


def _same_length(value: float, unit: str) -> list[tuple[float, str]]:
    """The same length of time in the other units a text may say it in, where it comes
    out whole: 90 days is 3 months, 2 years 24 months, 14 days 2 weeks."""
    out = []
    for big, small, n in _UNITS:
        if unit == big:
            out.append((value * n, small))
        elif unit == small and value >= n and (value / n).is_integer():
            out.append((value / n, big))
    return out
