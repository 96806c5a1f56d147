"""Turn fact-sheet items into sentences with the language pack's phrasebook.

The built-in generators share this so that all of them word a fact the same way and none
of them holds a word of any language. Every template comes from ``pack.phrase``; a phrase
may be a string or a mapping that picks a variant by audience, register, grammatical
gender, CLDR plural category, or the head word of a label (so a pack can make articles and
adjectives agree), falling back to ``default``/``other``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import MissingTranslation
from .factsheet.model import Fact, FactSheet
from .language import babel_locale

_WORD = re.compile(r"\w[\w'’-]*")
_WS = r"[^\S\u00a0\u202f]"  # white space other than the no-break spaces
_LOOSE = re.compile(rf"^(?:{_WS}|,)+|{_WS}+(?=[,.;:])")  # what empty slots leave behind
_SPACES = re.compile(rf"{_WS}{{2,}}")


@dataclass
class Sentence:
    """One sentence of an output and the fact ids it states.

    ``priority``: lower is more important; short formats drop the highest numbers first.
    """

    text: str
    facts: tuple[str, ...] = ()
    priority: int = 50
    role: str = ""


@dataclass
class Section:
    """A paragraph with an optional heading."""

    sentences: list[Sentence]
    heading: str | None = None

    @property
    def facts(self) -> list[str]:
        return [f for s in self.sentences for f in s.facts]


def words_in(text: str) -> int:
    return len(_WORD.findall(text))


def head_word(text: str) -> str:
    match = _WORD.search(text)
    return match.group().lower() if match else ""


def noun_keys(label: str) -> list[str]:
    """Selectors a pack can key agreement on: the head word, then ``ending:`` of the
    second word (Spanish "pacientes sometidas" is feminine by its adjective)."""
    found = [w.lower() for w in _WORD.findall(label)[:2]]
    keys = found[:1]
    if len(found) > 1:
        keys.append(f"ending:{found[1][-2:]}")
    return keys


def initials(text: str) -> list[str]:
    """Selectors for how a word starts, two letters first: Italian chooses "lo" before
    "st"/"sp"/"z", French "cet" before a vowel ("initial:st", then "initial:s")."""
    lowered = text.lower()
    return [f"initial:{lowered[:2]}", f"initial:{lowered[:1]}"]


def timed(fact: Fact) -> str:
    """``timed`` when a fact has a time point, ``untimed`` otherwise: a language may
    word a fact without a time differently (Dutch and German word order)."""
    return "timed" if fact.time else "untimed"


def capitalise(text: str) -> str:
    """Upper-case the first letter, leaving opening marks and digits alone."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch.isdigit():
            return text
    return text


def end_sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?…»”\"" else text + "."


@dataclass
class Wording:
    """A renderer bound to one request: its sheet, pack, lexicon and audience."""

    request: Any
    prefix: str  # the generator's own phrase prefix, tried before the shared keys

    @property
    def sheet(self) -> FactSheet:
        return self.request.factsheet

    @property
    def pack(self) -> Any:
        return self.request.pack

    @property
    def lex(self) -> Any:
        return self.request.lexicon

    @property
    def audience(self) -> Any:
        return self.request.audience

    @property
    def level(self) -> str:
        return "technical" if self.audience.register == "technical" else "plain"

    # --- phrasebook ------------------------------------------------------------------
    def raw(self, key: str) -> Any:
        """The phrasebook node for ``key``: the generator's own first, then the shared one."""
        for full in (f"{self.prefix}.{key}", key):
            if self.pack.has_phrase(full):
                return self.pack.phrase(full)
        raise MissingTranslation(self.pack.code, [f"phrase {key}"])

    def has(self, key: str) -> bool:
        return any(self.pack.has_phrase(k) for k in (f"{self.prefix}.{key}", key))

    def pick(self, key: str, select: Iterable[str] = ()) -> str:
        """Walk a phrase's variants: audience, register, the given selectors, default."""
        node = self.raw(key)
        order = [self.audience.id, self.level, *select, "default", "other"]
        while isinstance(node, (dict, Mapping)):  # dict first: the fast test
            for choice in order:
                if choice and choice in node:
                    node = node[choice]
                    break
            else:
                raise MissingTranslation(self.pack.code, [f"phrase {key} ({', '.join(node)})"])
        if not isinstance(node, str):
            raise MissingTranslation(self.pack.code, [f"phrase {key}"])
        return node

    def say(self, key: str, select: Iterable[str] = (), **slots: Any) -> str:
        return self.pick(key, select).format(**slots)

    def sentence(self, key: str, select: Iterable[str] = (), **slots: Any) -> str:
        """A whole sentence: empty slots tidied away, first letter up, full stop added."""
        text = self.say(key, select, **slots)
        # ordinary white space only: the no-break spaces French puts before ":" ";" "?"
        # "!" (and CLDR in "71 %") are typography, not gaps left by empty slots
        text = _SPACES.sub(" ", _LOOSE.sub("", text))
        return capitalise(end_sentence(text))

    # --- words for sheet items -------------------------------------------------------
    def group(self, group_id: str) -> str:
        return self.lex.group(group_id, self.level)

    def the_group(self, group_id: str) -> str:
        """The group with the article it needs: ``people with MS``, ``the control group``."""
        label = self.group(group_id)
        return self.say("grammar.the_group", noun_keys(label), noun=label)

    def of_the_group(self, group_id: str) -> str:
        """``of people with MS`` / ``de las personas con EM`` / ``del grupo``."""
        label = self.group(group_id)
        return self.say("grammar.of_the_group", noun_keys(label), noun=label)

    def group_slots(self, group_id: str, prefix: str = "") -> dict[str, str]:
        return {f"{prefix}group": self.group(group_id),
                f"{prefix}the_group": self.the_group(group_id),
                f"{prefix}of_the_group": self.of_the_group(group_id)}

    def outcome(self, outcome_id: str) -> str:
        return self.lex.outcome(outcome_id, self.level)

    def term(self, term_id: str, level: str | None = None) -> str:
        return self.lex.term_text(term_id, level or self.level)

    def term_with_article(self, term_id: str, article: str, level: str | None = None) -> str:
        """``a stem cell transplant`` / ``un trasplante``: the pack's article by gender."""
        text = self.term(term_id, level)
        gender = self.lex.term(term_id).gender or ""
        return self.say(f"grammar.{article}", [gender, *initials(text)], noun=text)

    def duration(self, time_id: str) -> str:
        return self.lex.time(time_id)

    def time(self, time_id: str | None) -> str:
        """``after 10 years`` / ``a los 10 años``."""
        if time_id is None:
            return ""
        point = self.sheet.times[time_id]
        return self.say(f"time.{point.relation}", [self.pack.plural_category(point.value)],
                        duration=self.duration(time_id))

    def organisation(self, org_id: str) -> str:
        return self.lex.organisation(org_id)

    def country(self, name: str | None) -> str | None:
        """A country named in English on the sheet, in the pack's language (CLDR)."""
        if not name:
            return None
        from babel import Locale

        english = Locale.parse("en").territories
        codes = [code for code, value in english.items() if value.lower() == name.lower()]
        if not codes:
            return name
        return Locale.parse(self.pack.locale).territories.get(codes[0], name)

    def join(self, items: list[str]) -> str:
        from babel.lists import format_list

        return format_list(items, locale=babel_locale(self.pack.locale)) if items else ""

    # --- numbers --------------------------------------------------------------------
    def count(self, value: float) -> str:
        return self.pack.spell_small(value)

    def natural(self, fact: Fact) -> bool:
        """Natural frequencies when the audience wants them and ``x out of 100`` is faithful."""
        value = fact.value if fact.value is not None else 0.0
        whole = float(value).is_integer() or 1 in fact.round_to
        return bool(self.audience.natural_frequencies) and whole

    def share(self, fact: Fact) -> tuple[str, str]:
        """A proportion as (mode, text): ``frequency`` ``71 out of 100`` or ``percent`` ``71%``."""
        if self.natural(fact):
            return "frequency", self.pack.natural_frequency(fact.value)
        return "percent", self.pack.format_percent(fact.value)

    def _remembered(self, kind: str, fact: Fact, make: Any) -> Sentence:
        """A fact's sentence is worded once per audience and run, and once per generator
        only for a generator with fact wording of its own; callers get a copy they may
        change (a post sets its priority)."""
        own = self.prefix if any(self.pack.has_phrase(f"{self.prefix}.{part}")
                                 for part in _FACT_WORDING) else ""
        key = (kind, fact, self.audience.id, self.level, own)
        return dataclasses.replace(self.lex.remember(key, lambda: make(fact)))

    def frequency_slots(self, fact: Fact, prefix: str = "") -> dict[str, str]:
        """``n`` and ``total`` on their own, for languages that put the noun between them
        ("71 personnes sur 100")."""
        return {f"{prefix}n": self.pack.format_number(round(fact.value or 0)),
                f"{prefix}total": self.pack.format_number(100)}

    # --- facts ----------------------------------------------------------------------
    def proportion(self, fact: Fact) -> Sentence:
        return self._remembered("proportion", fact, self._proportion)

    def _proportion(self, fact: Fact, key: str = "fact.proportion") -> Sentence:
        mode, value = self.share(fact)
        text = self.sentence(key,
                             [mode, *noun_keys(self.group(fact.group)), timed(fact)],
                             value=value, time=self.time(fact.time),
                             **self.frequency_slots(fact),
                             outcome=self.outcome(fact.outcome), **self.group_slots(fact.group))
        return Sentence(text, (fact.id,), role="result")

    def proportion_again(self, fact: Fact) -> Sentence:
        """A proportion said right after one of the same group and outcome at another
        time: its time and figure only ("After 10 years, it was 66 out of 100."), not
        the group and outcome over again. Needs the pack's ``fact.proportion_again``."""
        return self._remembered("proportion-again", fact,
                                lambda f: self._proportion(f, "fact.proportion_again"))

    def comparison(self, fact: Fact) -> Sentence:
        return self._remembered("comparison", fact, self._comparison)

    def _comparison(self, fact: Fact) -> Sentence:
        first, second = (self.sheet.facts[i] for i in fact.facts)
        mode, a_value = self.share(first)
        _, b_value = self.share(second)
        if fact.value is not None and fact.unit:
            amount = (self.pack.format_percent(fact.value) if fact.unit != "percentage-points"
                      else self.pack.format_number(fact.value))
            difference = self.say(f"fact.difference.{fact.unit}", [fact.direction],
                                  value=amount)
        else:
            difference = ""
        text = self.sentence(
            "fact.comparison", [mode, fact.direction or "", *noun_keys(self.group(first.group)),
                                timed(first)],
            time=self.time(first.time), a_value=a_value, b_value=b_value,
            outcome=self.outcome(first.outcome), difference=difference,
            **self.frequency_slots(first, "a_"), **self.frequency_slots(second, "b_"),
            **self.group_slots(first.group, "a_"), **self.group_slots(second.group, "b_"))
        return Sentence(text, (fact.id, first.id, second.id), role="result")

    def claim(self, fact: Fact) -> Sentence:
        return self._remembered("claim", fact, self._claim)

    def _claim(self, fact: Fact) -> Sentence:
        group = fact.group or next(iter(self.sheet.groups))
        text = self.sentence("fact.claim", [fact.quantifier or "some",
                                            *noun_keys(self.group(group)), timed(fact)],
                             time=self.time(fact.time), outcome=self.outcome(fact.outcome),
                             **self.group_slots(group))
        return Sentence(text, (fact.id,), role="claim")

    def cohort(self, fact: Fact) -> Sentence:
        """The whole study population, its design, and the years it covers.

        ``treated``: everyone had the study's intervention (a single-arm study);
        ``included``: a study with compared arms, or a period that dates another event.
        """
        period = next((p for p in self.sheet.facts_of("period")
                       if p.group in (None, fact.group)), None)
        arms = bool(self.sheet.facts_of("comparison"))
        treated = not arms and (period is None or period.event in (None, self.sheet.intervention))
        shape = ("treated" if treated else "included") + ("_period" if period else "")
        design_id = self.sheet.design[0] if self.sheet.design else None
        design = self.term(design_id) if design_id else self.say("grammar.study")
        gender = (self.lex.term(design_id).gender if design_id else None) or ""
        text = self.sentence(
            "fact.cohort", [shape, gender, *initials(design),
                            *noun_keys(self.group(fact.group))],
            n=self.count(fact.value), **self.group_slots(fact.group), design=design,
            intervention=self.intervention("indefinite"), intervention_bare=self.intervention(),
            start=period.start if period else "", end=period.end if period else "")
        ids = (fact.id, period.id) if period else (fact.id,)
        return Sentence(text, ids, role="study")

    def intervention(self, article: str | None = None) -> str:
        if article is None:
            return self.term(self.sheet.intervention)
        return self.term_with_article(self.sheet.intervention, article)

    def breakdown(self, facts: list[Fact], max_words: int | None = None) -> list[Sentence]:
        """Counts of subgroups, joined into as few sentences as the length rule allows."""
        items = [(f, self.say("fact.count_item", noun_keys(self.group(f.group)),
                              n=self.count(f.value), **self.group_slots(f.group)))
                 for f in facts]
        out: list[Sentence] = []
        batch: list[tuple[Fact, str]] = []
        for item in items:
            key = "fact.count_list" if not out else "fact.count_more"
            trial = self.sentence(key, items=self.join([t for _, t in [*batch, item]]))
            if batch and max_words and words_in(trial) > max_words:
                out.append(self._batch(batch, bool(out)))
                batch = []
            batch.append(item)
        if batch:
            out.append(self._batch(batch, bool(out)))
        return out

    def _batch(self, batch: list[tuple[Fact, str]], more: bool) -> Sentence:
        key = "fact.count_more" if more else "fact.count_list"
        text = self.sentence(key, items=self.join([t for _, t in batch]))
        return Sentence(text, tuple(f.id for f, _ in batch), role="study")

    def mean(self, fact: Fact) -> Sentence:
        label = self.lex.measure(fact.measure, self.level)
        value = (self.pack.format_duration(fact.value, fact.unit) if fact.unit
                 else self.pack.format_number(fact.value))
        text = self.sentence("fact.mean", [head_word(label), *noun_keys(self.group(fact.group))],
                             measure=label, value=value, **self.group_slots(fact.group))
        return Sentence(text, (fact.id,), role="study")

    def timepoints(self, fact: Fact) -> Sentence:
        event = self.sheet.times[fact.times[0]].after or self.sheet.intervention
        gender = self.lex.term(event).gender or ""
        times = self.join([self.duration(t) for t in fact.times])
        text = self.sentence("fact.timepoints", [gender], times=times,
                             event=self.term(event))
        return Sentence(text, (fact.id,), role="study")

    # --- terms used -----------------------------------------------------------------
    def terms_in(self, text: str) -> list[str]:
        """Sheet terms whose forms (technical, plain or other accepted) appear in ``text``."""
        found: set[str] = set()
        lowered = text.lower()
        for term_id in self.sheet.terms:
            forms = self.lex.term(term_id).accepted
            if any(_contains(lowered, form.lower()) for form in forms if form):
                found.add(term_id)
        return [t for t in self.sheet.terms if t in found]


# the phrase families a fact's sentence is worded from; a generator's own entries under
# them ("social.fact.proportion") make its sentences its own
_FACT_WORDING = ("fact", "time", "grammar", "number")


def _contains(text: str, form: str) -> bool:
    """``form`` in ``text`` as whole words (no word character on either side)."""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        if not (start and _word_char(text[start - 1])) and not (
                end < len(text) and _word_char(text[end])):
            return True
        start = text.find(form, start + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def render(sections: list[Section]) -> str:
    """Paragraphs separated by blank lines; a heading is a paragraph of its own."""
    parts = []
    for section in sections:
        body = " ".join(s.text for s in section.sentences)
        if body:
            parts.extend([section.heading, body] if section.heading else [body])
    return "\n\n".join(parts)
