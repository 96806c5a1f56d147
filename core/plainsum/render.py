"""Turn fact-sheet items into sentences with the language pack's phrasebook.

The built-in generators share this so that all of them word a fact the same way and none
of them holds a word of any language. Every template comes from ``pack.phrase``; a phrase
may be a string or a mapping that picks a variant by audience, register, grammatical
gender, CLDR plural category, or the head word of a label (so a pack can make articles and
adjectives agree), falling back to ``default``/``other``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import MissingTranslation
from .factsheet.model import Fact, FactSheet
from .language import LanguagePack, babel_locale, territory_code
from .rounding import round_half_up, whole

_WORD = re.compile(r"\w[\w'’-]*")
# durations said by the locale's short unit in a post with no room ("4.8 hr", "4,8 h")
_CLOCK_UNITS = frozenset({"hour", "minute"})
_WS = r"[^\S\u00a0\u202f]"  # white space other than the no-break spaces
_LOOSE = re.compile(rf"^(?:{_WS}|,)+|{_WS}+(?=[,.;:])")  # what empty slots leave behind
_SPACES = re.compile(rf"{_WS}{{2,}}")


class Worded(str):
    """A figure already put into words with its hedge ("circa il 12%", "about 12%"): it
    carries whatever article it needs, so a format spec a phrase puts on a bare number
    (Italian ``{value:il}``) is not applied to it again."""

    def __format__(self, spec: str) -> str:
        return str(self)


# units CLDR words as durations ("10 years", "3 días"); others come from the phrasebook
DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute"})

# the kinds a text states as results of the study, with or without a number
RESULT_KINDS = ("proportion", "comparison", "claim", "ratio", "relative-change", "difference",
                "no-difference", "rate")

# an outcome's directions that say something did not happen ("did not get worse")
NEGATED_DIRECTIONS = frozenset({"no-worsening", "no-improvement"})


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
    second word (Spanish "pacientes sometidas" is feminine by its adjective), then the
    second word itself, the head of a label whose first word modifies it ("US women",
    "older people" take no article in English, as "women" and "people" do not), then
    ``head_end:`` of the head word, longest first (Portuguese "cesarianas" is feminine by
    its ending, "dentistas" is not)."""
    return list(_noun_keys(label))


@functools.lru_cache(maxsize=4096)
def _noun_keys(label: str) -> tuple[str, ...]:
    """:func:`noun_keys`, once per label: every sentence about a group asks again."""
    found = [w.lower() for w in _WORD.findall(label)[:2]]
    keys = found[:1]
    if len(found) > 1:
        keys.extend((f"ending:{found[1][-2:]}", found[1]))
    # last: how the head word ends, longest first ("head_end:istas" before "head_end:as"),
    # for a language whose plural nouns show their gender ("das cesarianas", "os dentistas")
    if found and len(found[0]) > 3:
        keys.extend(f"head_end:{found[0][-k:]}" for k in (5, 4, 3, 2) if len(found[0]) > k)
    return tuple(keys)


# words that make a journal's name a common noun phrase ("the Journal of …", "the European
# Heart Journal", "the Proceedings of …"), unlike a proper name ("Nature", "Neurology")
_COMMON_TITLE = re.compile(r"\b(?:Journal|Proceedings|Annals|Archives|Bulletin|Transactions|"
                           r"Database|Review|Reviews)\b|\sof\s")


def title_keys(name: str) -> list[str]:
    """Selectors for how a journal's name is introduced: ``title:article`` when the name
    begins with its own article ("The Lancet"), ``title:common`` when it is a common noun
    phrase that English introduces with "the" and other languages with a preposition's
    article ("the Journal of the National Cancer Institute", "im Journal of …"),
    nothing for a proper name ("Neurology", "JAMA")."""
    if re.match(r"(?:The|Le|La|Les|Der|Die|Das|El|Il|Lo|O|A|De|Het)\s", name):
        return ["title:article"]
    return ["title:common"] if _COMMON_TITLE.search(name) else []


def word_keys(label: str) -> list[str]:
    """Selectors for a noun's agreement: the head word, then how it ends ("end:ión",
    "end:ón", "end:n"), so a pack can give the article of most nouns by their ending
    (Spanish "-ión", "-dad" are feminine)."""
    head = head_word(label)
    return [head, *(f"end:{head[-k:]}" for k in (3, 2, 1) if len(head) > k)]


def initials(text: str) -> list[str]:
    """Selectors for how a word starts, two letters first: Italian chooses "lo" before
    "st"/"sp"/"z", French "cet" before a vowel ("initial:st", then "initial:s")."""
    lowered = text.lower()
    return [f"initial:{lowered[:2]}", f"initial:{lowered[:1]}"]


def timed(fact: Fact) -> str:
    """``timed`` when a fact has a time point, ``untimed`` otherwise: a language may
    word a fact without a time differently (Dutch and German word order)."""
    return "timed" if fact.time else "untimed"


def _same_size(ratio: float, change: Fact) -> bool:
    """Whether a relative change says the size of ``ratio`` (to the rounding a release
    writes: "25%" for 0.75 or 0.746, "twice" for 2.0)."""
    if getattr(change, "unit", None) == "fold":
        return abs(change.value - ratio) <= 0.05 * ratio
    return abs(change.value - abs(ratio - 1) * 100) <= 1


def capitalise(text: str) -> str:
    """Upper-case the first letter, leaving opening marks and digits alone."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch.isdigit():
            return text
    return text


def end_sentence(text: str) -> str:
    """``text`` with its full stop; a closing quote ends the sentence only where the
    quoted words end with their own mark: "Son nom médical est « coroscanner »." gets
    its full stop after the quote."""
    text = text.strip()
    if text[-1:] in ".!?…":
        return text
    if text[-1:] in "»”\"" and text[:-1].rstrip(" \u00a0\u202f")[-1:] in ".!?…":
        return text
    return text + "."


_NONE = object()  # no such phrase (a phrase may be any value, None included)
# where a lexicon keeps the phrase variant keys seen while a fact's sentence is worded
_SEEN = "_fact_phrase_keys"

# the phrase families a fact's sentence is worded from; a generator's own entries under
# them ("social.fact.proportion") make its sentences its own
_FACT_WORDING = ("fact", "time", "grammar", "number", "hedge", "stats", "unit")
# and a series of one group's figures ("Of the 122 people ..., 86 out of 100 ... and 71
# out of 100 ..."): the results phrases too
SERIES_WORDING = (*_FACT_WORDING, "results")


@dataclass
class Wording:
    """A renderer bound to one request: its sheet, pack, lexicon and audience."""

    request: Any
    prefix: str  # the generator's own phrase prefix, tried before the shared keys
    # without the bracketed statistics (ratio, interval, p-value): a post that has no room
    terse: bool = False
    # groups said by the sheet's short labels where it gives them (groups[].short): a post
    # whose main result does not fit beside the headline and the caveat otherwise
    short_groups: bool = False
    # hours and minutes by the locale's short unit ("4,8 h"): a post with no room otherwise
    short_units: bool = False
    # the event a time counts from by its head noun ("10 years after the transplant"): a
    # post whose other words name it in full, with no room for the whole name again
    short_event: bool = False

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
        """The phrasebook node for ``key``: the generator's own first, then the shared one.
        (Looked up in the pack's flat index directly: a bundle asks thousands of times.)"""
        book = self.request.pack._phrasebook()
        node = book.get(f"{self.prefix}.{key}", _NONE)
        if node is _NONE:
            node = book.get(key, _NONE)
            if node is _NONE:
                raise MissingTranslation(self.pack.code, [f"phrase {key}"])
        return node

    def has(self, key: str) -> bool:
        book = self.request.pack._phrasebook()
        return f"{self.prefix}.{key}" in book or key in book

    def pick(self, key: str, select: Iterable[str] = ()) -> str:
        """Walk a phrase's variants: audience, register, the given selectors, default."""
        node = self.raw(key)
        if type(node) is str:  # a phrase without variants (asked thousands of times a run)
            return node
        audience = self.request.audience
        order = [audience.id, "technical" if audience.register == "technical" else "plain",
                 *select, "default", "other"]
        recording = self.request.lexicon.__dict__.get(_SEEN)  # a fact's sentence being worded
        while isinstance(node, (dict, Mapping)):  # dict first: the fast test
            if recording:
                recording[-1].update(node)
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
        return self.close_relatives(capitalise(end_sentence(self.clause(key, select, **slots))))

    def close_relatives(self, text: str) -> str:
        """A group label that holds a relative clause ("Menschen, die täglich gingen")
        closed by a comma where the sentence goes on after it ("…, die täglich gingen,
        seltener …"), in a language whose relative clauses stand between commas (the
        pack's ``grammar.subject_relative.comma``)."""
        pattern = self.lex.remember(("close-relatives", self.level, self.short_groups),
                                    self._relative_labels)
        return pattern.sub(r"\g<0>,", text) if pattern is not None else text

    def _relative_labels(self) -> Any:
        spec = (self.raw("grammar.subject_relative") if self.has("grammar.subject_relative")
                else None)
        if not isinstance(spec, Mapping) or not spec.get("comma"):
            return None
        opened = [f", {p} " for p in spec.get("pronouns") or ()]
        labels = {label for gid in self.sheet.groups for label in (self.group(gid),)
                  if any(o in label for o in opened)}
        if not labels:
            return None
        words = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
        return re.compile(rf"(?:{words})(?=\s+[^\W_])")

    def clause(self, key: str, select: Iterable[str] = (), **slots: Any) -> str:
        """A phrase with empty slots tidied away, to be put inside another one."""
        text = self.say(key, select, **slots)
        # ordinary white space only: the no-break spaces French puts before ":" ";" "?"
        # "!" (and CLDR in "71 %") are typography, not gaps left by empty slots
        return self.contract(_SPACES.sub(" ", _LOOSE.sub("", text)).strip())

    def contract(self, text: str) -> str:
        """The pack's ``grammar.contractions`` applied ("de environ" → "d'environ"): a
        hedge put after a preposition may need the elision a phrase cannot write."""
        table = self.lex.remember(("contractions",), self._contractions)
        return table[0].sub(lambda m: table[1][m.group(0).lower()], text) if table else text

    def _contractions(self) -> tuple[Any, dict[str, str]] | None:
        if not self.has("grammar.contractions"):
            return None
        pairs = {str(k).lower(): str(v) for k, v in self.raw("grammar.contractions").items()}
        if not pairs:
            return None
        words = "|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I), pairs

    # --- words for sheet items -------------------------------------------------------
    def group(self, group_id: str) -> str:
        if self.short_groups:
            short = self.sheet.groups[group_id].short
            said = short.get(self.lex.lang, self.level) if short is not None else None
            if said:
                return said
        return self.lex.group(group_id, self.level)

    def measure_label(self, measure_id: str) -> str:
        """The measure's label; with ``short_groups``, the sheet's short one where it
        gives one (measures[].short: "time in hospital" for a post)."""
        if self.short_groups:
            short = self.sheet.measures[measure_id].short
            said = short.get(self.lex.lang, self.level) if short is not None else None
            if said:
                return said
        return self.lex.measure(measure_id, self.level)

    def the_group(self, group_id: str) -> str:
        """The group with the article it needs: ``people with MS``, ``the control group``."""
        label = self.group(group_id)
        return self.say("grammar.the_group", self.group_keys(group_id, label), noun=label)

    def of_the_group(self, group_id: str) -> str:
        """``of people with MS`` / ``de las personas con EM`` / ``del grupo``."""
        label = self.group(group_id)
        return self.say("grammar.of_the_group", self.group_keys(group_id, label), noun=label)

    def group_keys(self, group_id: str, label: str) -> list[str]:
        """:func:`noun_keys`, after ``generic`` for a group only background figures are
        about (a general population: "12% of caesarean births in the United States",
        which English says without "the"; a pack that keys nothing on it keeps its
        article: "de las cesáreas")."""
        generic = self.lex.remember(("generic-group", group_id), lambda: self._generic(group_id))
        return ["generic", *noun_keys(label)] if generic else noun_keys(label)

    def _generic(self, group_id: str) -> bool:
        words = {w.lower() for w in _WORD.findall(self.group(group_id))}
        if words & set(getattr(self.pack, "group_nouns", ()) or ()):
            return False  # named as a group ("the US group"), not as a population
        about = [f for f in self.sheet.facts.values() if getattr(f, "group", None) == group_id
                 or getattr(f, "versus", None) == group_id]
        return bool(about) and all(f.background and not self.earlier(f) for f in about)

    def group_slots(self, group_id: str, prefix: str = "") -> dict[str, str]:
        label = self.group(group_id)
        decline = getattr(self.pack, "dative_plural", None)
        return {f"{prefix}group": label,
                f"{prefix}the_group": self.the_group(group_id),
                f"{prefix}of_the_group": self.of_the_group(group_id),
                # after a preposition that governs the dative ("zwischen Teilnehmern mit
                # …", not "zwischen Teilnehmer mit …"), where the pack declines labels
                f"{prefix}group_dative": decline(label) if decline is not None else label}

    def cohort_slots(self, group_id: str) -> dict[str, str]:
        """The group slots for a sentence that names the study itself ("The study
        included ..."): a label ending in the pack's ``grammar.in_the_study`` ("people in
        the study") loses that ending, which the sentence already says."""
        label = self.group(group_id)
        endings = self.raw("grammar.in_the_study") if self.has("grammar.in_the_study") else []
        for ending in sorted(endings or [], key=len, reverse=True):
            if label.lower().endswith(" " + ending.lower()) and len(label) > len(ending) + 1:
                label = label[: -len(ending) - 1].rstrip(" ,")
                break
        else:
            return self.group_slots(group_id)
        return {"group": label,
                "the_group": self.say("grammar.the_group", noun_keys(label), noun=label),
                "of_the_group": self.say("grammar.of_the_group", noun_keys(label), noun=label)}

    def outcome(self, outcome_id: str) -> str:
        return self.lex.outcome(outcome_id, self.level)

    def verbal_outcome(self, outcome_id: str | None) -> str:
        """The outcome as what people did, for the frames that take a verb phrase ("the
        3.1% … had dementia", "were less likely to have dementia"): a label the sheet words
        as a bare noun ("dementia", "demencia") said with the pack's
        ``grammar.outcome_had`` ("had {noun}", "tuvieron {noun}"), never "3.1% dementia";
        a label with its own article ("las hospitalizaciones") or a verb as it is."""
        if not outcome_id:
            return ""
        label = self.outcome(outcome_id)
        if not self.has("grammar.outcome_had") or self.outcome_form(outcome_id) != "noun":
            return label
        first = label.split(" ", 1)[0].lower()
        skip = self.raw("grammar.outcome_had_not") if self.has("grammar.outcome_had_not") \
            else ()
        if first in skip or first.split("'")[0] + "'" in skip:
            return label
        return self.say("grammar.outcome_had", noun=label)

    def term(self, term_id: str, level: str | None = None) -> str:
        return self.lex.term_text(term_id, level or self.level)

    def term_with_article(self, term_id: str, article: str, level: str | None = None) -> str:
        """``a stem cell transplant`` / ``un trasplante``: the pack's article by gender."""
        text = self.term(term_id, level)
        forms = self.lex.term(term_id)
        if ((forms.mass or self.verbal_noun(text)) and article == "indefinite"
                and self.has("grammar.mass")):
            article = "mass"  # "Vitamin D is", "La vitamina D es": no "a"/"una"; nor a
            # verb said as a noun ("Walking is", "El caminar es", never "Un caminar")
        elif article == "indefinite" and self.plural_term(term_id, level):
            article = "plural"  # "CT scans are", never "a CT scans is"
        return self.say(f"grammar.{article}", [self.gender(term_id, text), *initials(text)],
                        noun=text)

    def gender(self, term_id: str | None, text: str | None = None) -> str:
        """A term's grammatical gender: the sheet's or term bank's ``gender``, else the
        pack's guess from how the head word of ``text`` (or the technical form) ends
        (``grammar.gender_guess``: Spanish "vitamina" f, "trasplante" m), so a sheet that
        leaves it out still gets "la vitamina D", never "el vitamina D"; "" when unknown."""
        if not term_id:
            return ""
        forms = self.lex.term(term_id)
        if forms.gender:
            return forms.gender
        noun = text or forms.technical
        return self.lex.remember(("gender-guess", noun), lambda: self.guess_gender(noun))

    def guess_gender(self, noun: str) -> str:
        """The pack's ``grammar.gender_guess`` for a noun by its head word and ending."""
        if not noun or not self.has("grammar.gender_guess"):
            return ""
        spec = self.raw("grammar.gender_guess")
        if not isinstance(spec, Mapping):
            return ""
        match = _WORD.search(noun)
        if match is None:
            return ""
        if sum(c.isupper() for c in match.group()) >= 2:
            return str(spec.get("abbreviation", ""))  # "TAC", "EM": only the sheet knows
        head = match.group().lower()
        keys = [head, *(f"end:{head[-k:]}" for k in (4, 3, 2, 1) if len(head) > k)]
        for key in keys:
            if key in spec:
                return str(spec[key])
        return str(spec.get("default", ""))

    def verbal_noun(self, text: str) -> bool:
        """Whether a term's one word is a verb said as a noun (an infinitive, a gerund:
        "walking", "caminar", "camminare"), which takes no indefinite article: by the
        pack's ``grammar.verbal_noun`` (its endings, the words with them that are nouns)."""
        if not self.has("grammar.verbal_noun") or " " in text.strip() or not text.islower():
            return False
        spec = self.raw("grammar.verbal_noun")
        low = text.strip()
        if low in spec.get("not", ()) or any(low.endswith(e)
                                             for e in spec.get("not_endings", ())):
            return False
        return any(low.endswith(e) and len(low) > len(e) + 2 for e in spec.get("endings", ()))

    def plural_term(self, term_id: str, level: str | None = None) -> bool:
        """Whether a term is said as a plural noun ("CT scans", "statins", as a draft may
        settle it): by the pack's ``grammar.plural`` (its article) and
        ``grammar.plural_nouns`` (the endings of a plural head word, the words and
        endings that look plural and are not: "diabetes", "virus", "analysis")."""
        if not (self.has("grammar.plural") and self.has("grammar.plural_nouns")):
            return False
        return self.lex.remember(("plural-term", term_id, level or self.level),
                                 lambda: self._plural(self.term(term_id, level)))

    def _plural(self, text: str) -> bool:
        spec = self.raw("grammar.plural_nouns")
        words = _WORD.findall(text.split("(")[0])
        cut = [i for i, w in enumerate(words) if w.lower() in spec.get("before", ())]
        words = words[: cut[0]] if cut else words  # "scans of the heart": "scans"
        if not words:
            return False
        head = words[-1] if spec.get("head") == "last" else words[0]
        low = head.lower()
        if head.isupper() or low in spec.get("singular", ()):
            return False  # an abbreviation ("AIDS"), a singular in -s ("diabetes")
        if any(low.endswith(e) for e in spec.get("singular_endings", ())):
            return False
        return any(low.endswith(e) and len(low) > len(e) + 1 for e in spec.get("endings", ()))

    def duration(self, time_id: str) -> str:
        return self.lex.time(time_id)

    def time(self, time_id: str | None, short: bool = False, post: bool = False) -> str:
        """``after 10 years`` / ``a los 10 años``; ``short``: the pack's post form after a
        noun (``time_short``: "en 30 días" for "en los 30 días siguientes"), where it has one;
        ``post``: the pack's shortest form that opens a sentence in a post with no room
        (``time_post``: "En 30 jours, …" for "Dans les 30 jours qui ont suivi, …")."""
        if time_id is None:
            return ""
        point = self.sheet.times[time_id]
        key = f"time_short.{point.relation}"
        if not (short and self.pack.has_phrase(key)):
            key = f"time_post.{point.relation}"
            if not (post and self.pack.has_phrase(key)):
                key = f"time.{point.relation}"
        return self.say(key, [self.pack.plural_category(point.value)],
                        duration=self.duration(time_id))

    def time_or_study(self, time_id: str | None, fact: Fact | None = None,
                      studied: bool = False) -> str:
        """A time point, or for a fact without one the pack's ``time.none`` ("in der
        Studie"; for a background figure its ``background`` variant), for a language whose
        word order needs something before the verb."""
        if time_id is None and self.has("time.none"):
            role = (self.role(fact) if fact is not None else "") or "result"
            return self.say("time.none", [role])
        if (time_id is not None and not self.short_groups  # a post's shortest form: the
                # headline names the event, and the figure needs the room
                and not self._other_arm(time_id, fact)):
            anchored = self.lex.remember(("within-event", self.audience.id, self.level,
                                          self.prefix, time_id), lambda: self.within_event(time_id))
            if anchored:
                return anchored
        if (time_id is not None and self.sheet.times[time_id].relation == "within"
                # a post with no room says the pack's shortest form, where it has one
                and not (self.short_groups and self.pack.has_phrase("time_post.within"))
                and self.has("time.within_study")):
            # a period with no event both groups had, or none the sheet names: counted
            # from the study ("in the first 5 years of the study"), never "over the next
            # 5 years" (from when?)
            # ``studied``: the sentence's subject is the study ("In its first 90 days, the
            # study compared …"), never "In the first 90 days of the study, the study …"
            point = self.sheet.times[time_id]
            return self.say("time.within_study", ["studied" if studied else "",
                                                  self.pack.plural_category(point.value)],
                            duration=self.duration(time_id))
        return self.time(time_id, post=self.short_groups)

    def _other_arm(self, time_id: str, fact: Fact | None) -> bool:
        """Whether the time counts from the study's intervention and the fact compares
        groups: the comparison group never had it ("within 5 years of the heart scan" of
        people who had only the usual tests?), so the time is said without it."""
        if self.sheet.times[time_id].after != self.sheet.intervention:
            return False
        return fact is None or fact.kind == "comparison" or bool(getattr(fact, "versus", None))

    def within_event(self, time_id: str) -> str:
        """A "within" time with the event it counts from ("within 30 days of the
        C-section"), where the sheet names that event (``times[].after``) and the pack
        words it (``results.after``): "within 30 days" alone says within 30 days of what?
        Else "". (A time "at" 10 years opens a sentence as "After 10 years"; a summary's
        results anchor it to the event in their first series.)"""
        point = self.sheet.times[time_id]
        event = point.after
        if (point.relation != "within" or not event or event not in self.sheet.terms
                or not self.has("results.after")):
            return ""
        forms = self.lex.term(event)
        form = str(self.say("results.event_form")) if self.has("results.event_form") else ""
        noun = (forms.plain or forms.technical) if form in ("", "plain") else forms.technical
        gender = self.gender(event, noun)
        lowered = noun.lower()
        duration = self.duration(time_id)
        initial = [f"initial:{lowered[:2]}", f"initial:{lowered[:1]}"]
        return self.clause("results.after",  # the initial before the gender: "all'inizio"
                           [point.relation, self.pack.plural_category(point.value),
                            *initial, gender],
                           duration=duration, bare=duration, event=self.after_article(noun),
                           the_event=self.say("grammar.definite",
                                              [gender, f"initial:{lowered[:2]}",
                                               f"initial:{lowered[:1]}"], noun=noun))

    def organisation(self, org_id: str) -> str:
        return self.lex.organisation(org_id)

    def country(self, name: str | None) -> str | None:
        """A country named in English on the sheet, in the pack's language (CLDR)."""
        if not name:
            return None
        code = territory_code(name)
        if code is None:
            return name
        return babel_locale(self.pack.locale).territories.get(code, name)

    def join(self, items: list[str]) -> str:
        from babel.lists import format_list

        return format_list(items, locale=babel_locale(self.pack.locale)) if items else ""

    # --- numbers --------------------------------------------------------------------
    def counted(self, fact: Fact, digits: bool = False) -> str:
        """How many people the fact counts, with its hedge. A figure said "about" with
        more precision than "about" allows ("about 140,250") is said as people round it
        ("about 140,000"): its coarsest round figure within 1 % of it, which the hedge
        covers; a round figure ("about 4,000") or a small one is said as written."""
        value = about_figure(fact)
        n = self.pack.format_number(value) if digits else self.count(value)
        return self.hedge(fact, n, "number")

    def count(self, value: float) -> str:
        """How many people: small numbers in words, millions as "2.8 million" where that
        is exact (CLDR's long compact form, with the pack's ``number.scaled`` linking it
        to the noun: "2,8 millones de personas"), other numbers in digits."""
        return self.scaled(value) or self.pack.spell_small(value)

    def scaled(self, value: float) -> str:
        """``2.8 million`` for 2,800,000; empty when the short form would round."""
        if value < 1_000_000:
            return ""
        size = 1_000_000_000 if value >= 1_000_000_000 else 1_000_000
        if round(value / size, 1) * size != value:
            return ""
        from babel.numbers import format_compact_decimal

        text = format_compact_decimal(value, format_type="long", fraction_digits=1,
                                      locale=babel_locale(self.pack.locale))
        return self.say("number.scaled", value=text) if self.has("number.scaled") else text

    def natural(self, fact: Fact) -> bool:
        """Natural frequencies when the audience wants them and ``x out of 100`` is faithful:
        never "0 out of 100" for a share above none, nor "100 out of 100" for one below all
        (0.04 % rounded to a whole is not nobody)."""
        value = fact.value if fact.value is not None else 0.0
        whole = float(value).is_integer() or (1 in fact.round_to and 0.5 <= value < 99.5)
        return bool(self.audience.natural_frequencies) and whole

    def share(self, fact: Fact) -> tuple[str, str]:
        """A proportion as (mode, text): ``frequency`` ``71 out of 100`` or ``percent`` ``71%``,
        with its hedge ("about 12%"); for plain readers a hedged 50 % is ``half`` ("more
        than half", "más de la mitad") where the pack has ``number.half``."""
        if (fact.hedged and fact.value == 50 and self.level == "plain"
                and self.has("number.half")):
            return "half", self.hedge(fact, self.say("number.half"), "half")
        if self.natural(fact):
            return "frequency", self.hedge(fact, self.pack.natural_frequency(fact.value),
                                           "frequency")
        return "percent", self.hedge(fact, self.percent(fact), "share")

    def percent(self, fact: Fact) -> str:
        """A share in per cent with as many decimals as the most precise unhedged share
        this audience reads as a percentage ("4.0%" beside "7.3%", not "4%"): only padded,
        never rounded to fewer decimals than the sheet gives. A hedged share ("about 12%")
        keeps its own."""
        value = fact.value if fact.value is not None else 0.0
        if fact.hedged:
            return self.pack.format_percent(value)
        # padded to one decimal at most: "4.0%" beside "7.3%", never "7.300%" beside 33.333
        return self.pack.format_percent(value, max(decimals(value),
                                                   min(1, self.share_decimals())))

    def share_decimals(self) -> int:
        """The decimals of the most precise unhedged proportion this audience reads as a
        percentage (once per run and audience): one precision for every share of a text."""
        def most() -> int:
            said = [f.value for f in self.sheet.facts_of("proportion")
                    if f.value is not None and not f.hedged and not self.natural(f)]
            return max((decimals(v) for v in said), default=0)

        return int(self.lex.remember(("share-decimals", self.audience.id), most))

    def role(self, fact: Fact) -> str:
        """``background`` for a figure that is context: a pack may word it in the present
        tense (a general statistic: "there are about 900,000 ... each year") where it
        words this study's results in the past; ``earlier`` for context about one of the
        study's own groups (an earlier result of the same study: past tense, attributed)."""
        if not fact.background:
            return ""
        return "earlier" if self.earlier(fact) else "background"

    def earlier(self, fact: Fact) -> bool:
        """A background figure about an arm or subgroup this study reports results for:
        an earlier result of the same study, not a general statistic. (The whole cohort's
        group is often labelled as everyone with the condition, "people with MS": a
        figure about it may be general.)"""
        if not fact.background or fact.group is None:
            return False
        results = [f for f in self.sheet.facts.values() if not f.background]
        if any(f.kind == "count" and f.of is None and f.group == fact.group for f in results):
            return False
        return any(f.group == fact.group or getattr(f, "versus", None) == fact.group
                   for f in results)

    def hedged(self, fact: Fact) -> str:
        """``hedged`` for a fact stated with a hedge: a selector for the phrases that put
        an article before a bare figure ("el 12 %" but "alrededor del 12 %")."""
        return "hedged" if fact.hedged else ""

    def hedge(self, fact: Fact, text: str, form: str) -> str:
        """A figure with the fact's hedge, as the release states it ("about 12%", "más de
        la mitad", "moins de 3 %", "bis zu 70 %"). ``form`` says where the figure stands:
        ``share`` (a percentage of a group, after which Romance languages want an
        article), ``frequency`` (``12 out of 100``), ``change``, ``times`` or ``number``."""
        if not fact.hedged:
            return text
        return Worded(self.say(f"hedge.{fact.hedged}", [form], value=text))

    def _remembered(self, kind: str, fact: Fact, make: Any) -> Sentence:
        """A fact's sentence is worded once per audience and run, and once per generator
        only for a generator with fact wording of its own; callers get a copy they may
        change (a post sets its priority)."""
        return self.worded_once(kind, fact, lambda: make(fact))

    def worded_once(self, kind: str, key: Any, make: Any,
                    families: tuple[str, ...] = _FACT_WORDING) -> Sentence:
        """The sentence ``make()`` words for ``key``, worded once per audience and run
        and shared by the generators that word it alike: once per generator only for a
        generator with phrases of its own in one of the phrase ``families`` the sentence
        is worded from ("results" for a series). Callers get a copy they may change."""
        own = self.lex.remember(("own-wording", self.prefix, families), lambda: (
            self.prefix if any(self.pack.has_phrase(f"{self.prefix}.{part}")
                               for part in families) else ""))
        # terse drops the statistics, which only the technical register says (stats)
        terse = self.terse and self.level == "technical"
        full = (kind, key, self.audience.id, self.level, own, terse, self.short_groups,
                self.short_units, self.short_event)
        sentence, seen = self.lex.remember(full, lambda: self._worded(kind, key, own, make))
        recording = self.lex.__dict__.get(_SEEN)
        if recording:  # a sentence worded from this one depends on its phrases too
            recording[-1].update(seen)
        return _copied(sentence)

    def _worded(self, kind: str, key: Any, own: str,
                make: Any) -> tuple[Sentence, frozenset[str]]:
        """A sentence and the keys of every phrase variant it was worded from.

        Audiences of one register that read shares alike (natural frequencies or not) get
        the same words unless a phrase has a variant for one of them: the sentence worded
        for one is reused for the other when no phrase it walked through has a variant
        keyed by either audience (half the sentences of a bundle, otherwise worded again).
        """
        audience = self.audience
        shared = ("fact-sentence-any-audience", kind, key, self.level,
                  bool(audience.natural_frequencies), own,
                  self.terse and self.level == "technical", self.short_groups,
                  self.short_units, self.short_event)
        kept = self.lex.memo.get(shared)
        if kept is not None and audience.id not in kept[1] and kept[2] not in kept[1]:
            return kept[0], kept[1]
        recording = self.lex.__dict__.setdefault(_SEEN, [])
        recording.append(set())
        try:
            sentence = make()
        finally:
            seen = frozenset(recording.pop())
        if kept is None:
            self.lex.memo[shared] = (sentence, seen, audience.id)
        return sentence, seen

    def frequency_slots(self, fact: Fact, prefix: str = "") -> dict[str, str]:
        """``n`` and ``total`` on their own, for languages that put the noun between them
        ("71 personnes sur 100")."""
        return {f"{prefix}n": self.hedge(fact, self.pack.format_number(whole(fact.value or 0)),
                                         "frequency"),
                f"{prefix}total": self.pack.format_number(100)}

    # --- facts ----------------------------------------------------------------------
    def proportion(self, fact: Fact) -> Sentence:
        return self._remembered("proportion", fact, self._proportion)

    def _proportion(self, fact: Fact, key: str = "fact.proportion") -> Sentence:
        mode, value = self.share(fact)
        outcome = self.verbal_outcome(fact.outcome)
        role = self.role(fact)
        present = self.present_parts(outcome) if role == "background" else None
        number = self.number_of(fact, mode) or self.share_of(mode)
        if present and number:  # "minder dan 1 van de 100 … overlijdt"
            present = {**present, "verb": self.agreeing(present["verb"], number)}
        said = self.agreeing(outcome, number)
        parts = self.finite_parts(said, f"{key}_verb") if not role and not present else {}
        if parts:
            key = f"{key}_verb"
        text = self.sentence(key,
                             [role, "present" if present else "", self.hedged(fact), mode,
                              *noun_keys(self.group(fact.group)), timed(fact)],
                             value=value, time=self.time_or_study(fact.time, fact),
                             **self.frequency_slots(fact), **(present or {}),
                             outcome=said, **parts, **self.group_slots(fact.group))
        return Sentence(text, (fact.id,), role="result")

    def finite_parts(self, outcome: str, key: str) -> dict[str, str]:
        """An outcome label in subordinate order ending in a finite verb the pack's
        ``results.finite`` lists ("een wondinfectie kregen"), as its ``verb`` and the
        ``rest``, where the pack words ``key``: a main clause then puts the verb second
        ("Binnen 30 dagen kregen 4,0% van de vrouwen … een wondinfectie"), not after "bleek
        dat"; else nothing."""
        if not self.has(key) or not self.has("results.finite"):
            return {}
        rest, _, verb = outcome.rpartition(" ")
        return {"verb": verb, "rest": rest} if rest and verb in self.raw("results.finite") \
            else {}

    def number_of(self, fact: Fact, mode: str) -> str:
        """``one`` for a natural frequency of one ("1 su 100"), whose verb some languages
        put in the singular (:meth:`agreeing`); else ""."""
        return "one" if mode == "frequency" and whole(fact.value or 0) == 1 else ""

    @staticmethod
    def share_of(mode: str) -> str:
        """``share-of`` for a share said with its group as the subject ("il 4,0% delle
        donne ha avuto"), whose verb agrees with the share in some languages (the pack's
        ``grammar.singular`` ``for``); else "". A frequency ("4 su 100") is no share."""
        return "share-of" if mode != "frequency" else ""

    def agreeing(self, outcome: str, number: str) -> str:
        """The outcome label with its verb agreeing with a singular figure (``one``: "1 su
        100 muore"; ``share``: a share said without its group, "el 86 % no empeoró"),
        by the pack's ``grammar.singular`` (core/plainsum/agreement.py)."""
        if not number or not self.has("grammar.singular"):
            return outcome
        from .agreement import singular

        return singular(outcome, self.raw("grammar.singular"), number)

    def present_parts(self, outcome: str) -> dict[str, str] | None:
        """An outcome label ending in a past participle the pack's
        ``grammar.present_verbs`` knows ("im Laufe ihres Lebens an Darmkrebs erkrankt"),
        as its present-tense ``verb`` ("erkranken") and the ``rest``: a general figure is
        said in the present ("4,2 % der Frauen erkranken im Laufe ihres Lebens an
        Darmkrebs"), not in the Perfekt "sind … erkrankt" (a participle of state,
        "eingeschränkt", "betroffen", is not in the table: "sind … betroffen" is present)."""
        verbs = self.raw("grammar.present_verbs") if self.has("grammar.present_verbs") else {}
        spec = (self.raw("grammar.subject_relative") if self.has("grammar.subject_relative")
                else {})
        if not verbs and not spec.get("verb_last"):
            return None
        text, tail = outcome, ""
        bracket = re.search(r"\s*\([^()]*\)$", text)
        if bracket is not None:
            text, tail = text[: bracket.start()], text[bracket.start():]
        words = text.split()
        if not words:
            return None
        # a language whose label is a verb-last clause in the present (Dutch "ooit in hun
        # leven darmkanker krijgen"): the same verb, second in a main clause
        verb = verbs.get(words[-1]) or (self._finite(words[-1], spec) if not verbs else None)
        if not verb:
            return None
        return {"verb": verb, "rest": " ".join(words[:-1]) + tail}

    @staticmethod
    def _finite(word: str, spec: Mapping[str, Any]) -> str | None:
        """``word`` where it is a finite plural verb a main clause may put second (the
        pack's ``plural_verb`` and not one of its ``separable`` prefixes), else None."""
        if not re.fullmatch(spec.get("plural_verb", r"\w+"), word) or any(
                word.lower().startswith(str(p)) and len(word) > len(str(p)) + 2
                for p in spec.get("separable", [])):
            return None
        return word

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
        if first.kind == "mean":
            return self._compare_means(fact, first, second)
        mode, a_value = self.share(first)
        _, b_value = self.share(second)
        outcome = self.agreeing(self.outcome(first.outcome),
                                self.number_of(first, mode) or self.share_of(mode))
        parts = self.finite_parts(outcome, "fact.comparison_verb")
        text = self.sentence(
            "fact.comparison_verb" if parts else "fact.comparison",
            [self.hedged(first) or self.hedged(second), mode,
                                fact.direction or "",
                                *noun_keys(self.group(first.group)), timed(first)],
            time=self.time_or_study(first.time, first), a_value=a_value, b_value=b_value,
            outcome=outcome, **parts, difference=self.stated_difference(fact),
            **self.frequency_slots(first, "a_"), **self.frequency_slots(second, "b_"),
            **self.group_slots(first.group, "a_"), **self.group_slots(second.group, "b_"))
        return Sentence(text, (fact.id, first.id, second.id), role="result")

    def stated_difference(self, fact: Fact) -> str:
        """The difference a comparison states (`` (45% fewer)``), with its hedge."""
        if fact.value is None or not fact.unit:
            return ""
        amount = (self.pack.format_percent(fact.value) if fact.unit != "percentage-points"
                  else self.pack.format_number(fact.value))
        form = "number" if fact.unit == "percentage-points" else "difference"
        return self.say(f"fact.difference.{fact.unit}", [self.hedged(fact), fact.direction],
                        value=self.hedge(fact, amount, form))

    def _compare_means(self, fact: Fact, first: Fact, second: Fact) -> Sentence:
        """Two means or medians side by side ("3.1 vs 3.3 days off work")."""
        label = self.measure_label(first.measure)
        text = self.sentence(
            "fact.comparison_mean",
            # "short": a pack's shorter wording for a post with no room (short labels)
            # "stated": the label says "mean" itself ("mean follow-up"): not said twice
            [first.statistic if first.statistic != "mean" else "",
             "short" if self.short_groups else "", fact.direction or "",
             *[k for k in self.label_shape(label) if k == "stated"], *word_keys(label),
             timed(first)],
            time=(self.time(first.time, short=True) if self.short_groups and first.time
                  else self.time_or_study(first.time, first)), **self.measure_slots(label),
            a_value=self.hedge(first, self.quantity(first.value, first.unit), "number"),
            b_value=self.hedge(second, self.quantity(second.value, second.unit), "number"),
            b_number=self.hedge(second, self.unit_once(first, second), "number"),
            a_spread=self.spread(first), b_spread=self.spread(second),
            difference=self.stated_difference(fact),
            **self.in_slots(first.group, "a_"), **self.in_slots(second.group, "b_"))
        return Sentence(text, (fact.id, first.id, second.id), role="result")

    def unit_once(self, first: Fact, second: Fact) -> str:
        """The second of two figures of one unit said as its number alone, the unit said
        with the first ("4.8 hours … vs 33.6 in …": a post with no room); with its unit
        where the units differ or the unit does not follow the number ("$2,496")."""
        said = self.quantity(second.value, second.unit)
        a_number = self.pack.format_number(first.value) if first.value is not None else ""
        b_number = self.pack.format_number(second.value) if second.value is not None else ""
        a_said = self.quantity(first.value, first.unit)
        if (first.unit and first.unit == second.unit and a_number and b_number
                and a_said.startswith(a_number) and said.startswith(b_number)
                and a_said[len(a_number):] == said[len(b_number):]):
            return b_number
        return said

    def mean_steps(self, first: Fact, second: Fact, fact_id: str) -> list[Sentence]:
        """Two means for readers who need short sentences: the measure and time once
        ("Within 30 days, the study looked at the average time in hospital."), then one
        short sentence per group ("It was 4.8 hours in people sent home early.")."""
        label = self.measure_label(first.measure)
        if self.has("results.mean_intro") and self.has("results.mean_arm"):
            return self.mean_pair(first, second, fact_id, label)
        intro = self.sentence("fact.mean_intro",
                              [first.statistic if first.statistic != "mean" else ""],
                              time=self.time_or_study(first.time, first),
                              **self.measure_slots(label))
        out = [Sentence(intro, (fact_id,), role="result")]
        for arm in (first, second):
            value = self.hedge(arm, self.quantity(arm.value, arm.unit), "number")
            out.append(Sentence(self.sentence("fact.mean_arm",
                                              [arm.statistic if arm.statistic != "mean" else ""],
                                              value=value, **self.in_slots(arm.group)),
                                (arm.id,), role="result"))
        return out

    def mean_pair(self, first: Fact, second: Fact, fact_id: str, label: str) -> list[Sentence]:
        """Two means in short sentences, each saying what its figure is, with no "it was"
        pointing back: the pack's ``results.mean_intro``, then ``results.mean_arm`` for
        each group ("Within 30 days, the study looked at the time in hospital. People sent
        home early averaged 4.8 hours. People kept in hospital averaged 33.6 hours.")."""
        select = [first.statistic if first.statistic != "mean" else "", *word_keys(label)]
        out = [Sentence(self.sentence("results.mean_intro", select,
                                      time=self.time_or_study(first.time, first, studied=True),
                                      **self.measure_slots(label)), (fact_id,), role="result")]
        for arm in (first, second):
            value = self.hedge(arm, self.quantity(arm.value, arm.unit), "number")
            slots = self.in_slots(arm.group)
            # the second group's sentence opens with the group (``second``), not with
            # the words the first opened with ("La media fue de … La media fue de …")
            text = self.sentence("results.mean_arm",
                                 ["second" if arm is second else "", *select], value=value,
                                 comma=self.clause_comma(slots["in_the_group"]),
                                 **self.measure_slots(label), **slots)
            out.append(Sentence(text, (arm.id,), role="result"))
        return out

    def clause_comma(self, words: str) -> str:
        """A comma where ``words`` (a group said before the main verb) hold a clause of
        their own, so that two verbs never meet unmarked ("Bij mensen die … kregen, was
        het gemiddelde …"): the pack's ``fact.clause_words`` say what opens one."""
        if not self.has("fact.clause_words"):
            return ""
        clause = {str(x) for x in self.raw("fact.clause_words")}
        return "," if clause & set(words.lower().split()) else ""

    def claim(self, fact: Fact) -> Sentence:
        return self._remembered("claim", fact, self._claim)

    def _claim(self, fact: Fact) -> Sentence:
        """``none`` takes the outcome's own form after "none of" when the sheet gives one
        (``none-form``: "ninguna de las personas … tuvo …", "aucune … n'a eu de …"); a
        pack's sentence without it keeps the plural label."""
        group = fact.group or next(iter(self.sheet.groups))
        none = (self.lex.outcome_none(fact.outcome, self.level)
                if fact.quantifier == "none" and fact.outcome else None)
        text = self.sentence("fact.claim", [fact.quantifier or "", "none-form" if none else "",
                                            *noun_keys(self.group(group)), timed(fact)],
                             time=self.time_or_study(fact.time, fact),
                             outcome=self.outcome(fact.outcome), outcome_none=none or "",
                             **self.in_slots(group))
        return Sentence(text, (fact.id,), role="claim")

    def cohort(self, fact: Fact) -> Sentence:
        """The whole study population, its design, and the years it covers.

        ``treated``: everyone had the study's intervention (a single-arm study);
        ``included``: a study with compared arms, or a period that dates another event.
        (Worded once per audience in a run: the summary and the posts both say it.)
        """
        return self._remembered("cohort", fact, self._cohort)

    def _cohort(self, fact: Fact) -> Sentence:
        period = next((p for p in self.sheet.facts_of("period")
                       if p.group in (None, fact.group)), None)
        treated = self.all_treated() and (period is None
                                          or period.event in (None, self.sheet.intervention))
        shape = ("treated" if treated else "included") + ("_period" if period else "")
        design_id = self.sheet.design[0] if self.sheet.design else None
        design = self.term(design_id) if design_id else self.say("grammar.study")
        gender = self.gender(design_id, design) if design_id else ""
        text = self.sentence(
            "fact.cohort", [shape, gender, *initials(design),
                            *noun_keys(self.group(fact.group))],
            n=self.counted(fact),
            **self.cohort_slots(fact.group), design=design,
            intervention=self.intervention("indefinite"), intervention_bare=self.intervention(),
            start=period.start if period else "", end=period.end if period else "")
        ids = (fact.id, period.id) if period else (fact.id,)
        return Sentence(text, ids, role="study")

    def all_treated(self) -> bool:
        """Whether everyone in the study had the intervention, so a text may say "who
        had <intervention>" of the whole cohort: only a single-arm study. A randomised
        trial has other arms; groups compared with each other (``versus``, a comparison,
        a no-difference) are other arms or exposure levels."""
        if self.sheet.evidence == "randomised":
            return False
        return not any(f.kind in ("comparison", "no-difference") or getattr(f, "versus", None)
                       for f in self.sheet.facts.values() if not f.background)

    def intervention(self, article: str | None = None) -> str:
        if article is None:
            return self.term(self.sheet.intervention)
        return self.term_with_article(self.sheet.intervention, article)

    def breakdown(self, facts: list[Fact], max_words: int | None = None,
                  whole: Fact | None = None) -> list[Sentence]:
        """Counts of subgroups, joined into as few sentences as the length rule allows.
        A second sentence that ends a list of parts adding up to ``whole`` (the cohort,
        no count hedged) says they are the rest of it (``fact.count_rest``: "The rest
        were 575 women …"), not "The study also included 575 women …", which reads as
        more people than the cohort."""
        rest = (whole is not None and self.has("fact.count_rest")
                and not any(getattr(f, "hedge", None) for f in (whole, *facts))
                and sum(f.value for f in facts) == whole.value)
        # a count said in words where another of the breakdown is in digits, even in a
        # sentence of its own ("The rest were two people …" after "122 people …"): in
        # digits too, as style guides write no series half in words, half in figures
        spelled = [self.pack.spell_small(f.value) != self.pack.format_number(f.value)
                   for f in facts]
        mixed = any(spelled) and not all(spelled)
        items = [(f, self._count_item(f, mixed and small))
                 for f, small in zip(facts, spelled, strict=True)]
        # a trial's arms said one a sentence: "One group was 572 women … The other group
        # was 575 women …", never "Among them were … The rest were …"
        arms = rest and all(f.group in self.compared_groups() for f in facts)
        out: list[Sentence] = []
        batch: list[tuple[Fact, str]] = []
        for item in items:
            key = "fact.count_list" if not out else "fact.count_more"
            trial = self.sentence(key, items=self._listed([*batch, item]))
            # split once at most: a third "there were also" would repeat the pattern
            if batch and max_words and not out and words_in(trial) > max_words:
                out.append(self._batch(batch, bool(out), arm=arms and len(batch) == 1,
                                       whole=whole))
                batch = []
            batch.append(item)
        if batch:
            out.append(self._batch(batch, bool(out), rest=rest, arm=arms and bool(out),
                                   whole=whole))
        return out

    def parts_compared(self, facts: list[Fact]) -> Sentence:
        """Parts said without a total (a case-control study: cases and controls): one
        sentence saying the study compared them, with the pack's ``fact.count_parts``
        ("The study compared more than 5,700 people who got bowel cancer and more than
        7,100 people without it"); "there were also" would have nothing to add to."""
        items = [f"{self.counted(f)} {self.group(f.group)}"
                 for f in facts]
        # keyed on the first group's noun: Spanish puts its personal "a" before people
        # ("incluyó a más de 5700 personas"), never before "casos"
        text = self.sentence("fact.count_parts", noun_keys(self.group(facts[0].group)),
                             items=self.join(items))
        return Sentence(text, tuple(f.id for f in facts), role="study")

    def _count_item(self, fact: Fact, digits: bool) -> str:
        slots = self.group_slots(fact.group)
        n = self.counted(fact, digits)
        one = self.singular_label(slots["group"]) if fact.value == 1 else None
        if one is not None:
            # "1 person with primary progressive MS", never "1 people" or "one people":
            # in digits, which take no gender ("una persona", "ein Mensch")
            slots["group"] = one
            n = self.hedge(fact, self.pack.format_number(1), "number")
        return self.say("fact.count_item", noun_keys(self.group(fact.group)), n=n, **slots)

    def singular_label(self, label: str) -> str | None:
        """``label`` (a group, in the plural) in the singular, for a count of one, by the
        pack's ``grammar.singular_label`` (whole words: "people" -> "person", and the
        words that agree with them); None where no word of it changes."""
        if not self.has("grammar.singular_label"):
            return None
        table = self.raw("grammar.singular_label") or {}
        words = {str(k).casefold(): str(v) for k, v in table.items()}

        def one(m: re.Match[str]) -> str:
            said = words.get(m.group(0).casefold())
            if said is None:
                return m.group(0)
            return capitalise(said) if m.group(0)[:1].isupper() else said

        text = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", one, label)
        return text if text != label else None

    def _listed(self, batch: list[tuple[Fact, str]]) -> str:
        """The counts of one list, a small one in digits too where another count of the
        list is in digits ("122 ..., 86 ... and 2 ..."): style guides (Duden, Chicago,
        Taalunie) write no series half in words, half in figures."""
        spelled = [self.pack.spell_small(f.value) != self.pack.format_number(f.value)
                   for f, _ in batch]
        if any(spelled) and not all(spelled):
            return self.join([self._count_item(f, True) if small else t
                              for (f, t), small in zip(batch, spelled, strict=True)])
        return self.join([t for _, t in batch])

    def _batch(self, batch: list[tuple[Fact, str]], more: bool, rest: bool = False,
               arm: bool = False, whole: Fact | None = None) -> Sentence:
        if not more and len(batch) == 1 and not arm:
            said = self._subset(batch[0][0])
            if said is not None:
                return said
        key = ("fact.count_rest" if rest else "fact.count_more") if more else "fact.count_list"
        # the verb agrees with the list: one count of one ("participó una persona")
        number = (self.pack.plural_category(batch[0][0].value) if len(batch) == 1
                  else "other")
        # a trial's arm is a group of its own, the last one the other group, not what is
        # left of the cohort ("The other group was 575 women …", never "The rest were …")
        arms = ["arm"] if arm else []
        # and "among them" with the gender of the people it points back to: the whole
        # the sentence before named ("El estudio incluyó a 620 adultos. Entre ellos había
        # 309 personas …", not "entre ellas" after the parts' "personas"); else the list's
        named = whole.group if whole is not None and whole.group else batch[0][0].group
        text = self.sentence(key, [*arms, number, *noun_keys(self.group(named))],
                             items=self._listed(batch))
        return Sentence(text, tuple(f.id for f, _ in batch), role="study")

    def compared_groups(self) -> frozenset[str]:
        """The groups the study's results compare with each other (a trial's arms, an
        exposure's levels): a fact's group and its ``versus``, a comparison's facts'."""
        def compared() -> frozenset[str]:
            out: set[str] = set()
            for fact in self.sheet.facts.values():
                if fact.background:
                    continue
                versus = getattr(fact, "versus", None)
                if versus:
                    out.update((fact.group, versus))
                if fact.kind == "comparison":
                    out.update(getattr(self.sheet.facts.get(f), "group", None)
                               for f in getattr(fact, "facts", ()))
            return frozenset(g for g in out if g)

        return self.lex.remember(("compared-groups",), compared)

    def _subset(self, fact: Fact) -> Sentence | None:
        """One part of the cohort named by what its people did ("people who stayed in the
        study to the end"), said with that verb ("Of these, 99 stayed in the study to the
        end"), not "Among them were 99 people who stayed …", where the pack has
        ``fact.count_list_clause`` and the label's head names the cohort's people (the
        first group's label has it): "these" then says who."""
        if not self.has("fact.count_list_clause"):
            return None
        label = self.group(fact.group)
        parts = self.relative_parts(label)
        if parts is None or len(parts["head"].split()) != 1:
            return None
        whole = self.group(next(iter(self.sheet.groups)))
        if parts["head"].lower() not in whole.lower().split():
            return None
        text = self.sentence("fact.count_list_clause",
                             [self.pack.plural_category(fact.value), *noun_keys(label)],
                             n=self.counted(fact), **parts)
        return Sentence(text, (fact.id,), role="study")

    def mean(self, fact: Fact) -> Sentence:
        return self._remembered("mean", fact, self._mean)

    def _mean(self, fact: Fact) -> Sentence:
        """A mean or median, with its spread for technical readers; with a baseline, the
        change from the start ("from a median of 14 seizures a month to 8")."""
        label = self.measure_label(fact.measure)
        value = self.hedge(fact, self.quantity(fact.value, fact.unit), "number")
        changed = fact.baseline is not None
        select = [fact.statistic if fact.statistic != "mean" else "",
                  "baseline" if changed else "", "hedged" if fact.hedged else "",
                  *self.label_shape(label),
                  *word_keys(label), *noun_keys(self.group(fact.group)), timed(fact),
                  "duration" if fact.unit in DURATIONS else ""]
        text = self.sentence(
            "fact.mean", select, **self.measure_slots(label), value=value,
            bare=self.hedge(fact, self._nominative(fact), "number"),
            time=self.time_or_study(fact.time, fact),
            baseline=self.pack.format_number(fact.baseline) if changed else "",
            spread=self.spread(fact), **self.group_slots(fact.group))
        result = changed or fact.outcome is not None
        return Sentence(text, (fact.id,), role="result" if result else "study")

    def after_article(self, noun: str) -> str:
        """An event's name as it reads after the pack's article in ``results.after``
        ("nach der autologen … Stammzelltransplantation"): the pack's
        ``after_definite_dative`` where it has one (German), else as it is."""
        decline = getattr(self.pack, "after_definite_dative", None)
        return decline(noun) if decline is not None else noun

    def _bare_duration(self, time_id: str) -> str:
        """A time point's duration in the nominative, where the pack has cases."""
        point = self.sheet.times[time_id]
        try:
            return self.pack.format_duration(point.value, point.unit, case="nominative")
        except TypeError:  # a pack whose durations have no case
            return self.duration(time_id)

    def _nominative(self, fact: Fact) -> str:
        """A duration in the case it takes as the subject's complement ("35 Jahre alt"),
        where the pack words durations after a preposition by default ("bei 35 Jahren")."""
        if fact.value is None or fact.unit not in DURATIONS:
            return self.quantity(fact.value, fact.unit)
        try:
            return self.pack.format_duration(fact.value, fact.unit, case="nominative")
        except TypeError:  # a pack whose durations have no case
            return self.quantity(fact.value, fact.unit)

    def label_shape(self, label: str) -> list[str]:
        """Selectors for a measure label: ``stated`` when it already says "mean" (the
        pack's ``grammar.mean_words``: "mean age", "edad media"), so the template does not
        say it again; ``phrase`` for a label of several words, after which an adjective
        such as "medio" cannot follow the head noun ("el tiempo en el hospital medio"):
        the template says "la media del tiempo …" instead."""
        words = [w.lower() for w in _WORD.findall(label)]
        means = self.raw("grammar.mean_words") if self.has("grammar.mean_words") else []
        stated = any(str(m).lower() in words for m in means or [])
        return [*(["stated"] if stated else []), *(["phrase"] if len(words) > 1 else [])]

    def timepoints(self, fact: Fact) -> Sentence:
        event = self.sheet.times[fact.times[0]].after or self.sheet.intervention
        gender = self.gender(event, self.term(event))
        times = self.join([self.duration(t) for t in fact.times])
        # the durations as a span before "after the event" ("6 Monate, 5 Jahre und 10
        # Jahre nach der Transplantation"), where the pack words durations in cases
        bare = self.join([self._bare_duration(t) for t in fact.times])
        said = self.term(event)
        text = self.sentence("fact.timepoints", [gender], times=times, times_bare=bare,
                             event=said, event_dative=self.after_article(said))
        return Sentence(text, (fact.id,), role="study")

    # --- the new kinds: effects, differences, ranges, no difference, background ---
    def quantity(self, value: float | None, unit: str | None, case: str = "") -> str:
        """A number with its unit: durations by CLDR ("3 days"), per cent by the locale
        ("71 %"), other units by the pack's ``unit.<unit>`` phrase ("12 points"), in the
        ``case`` a language's unit takes where the pack gives it ("um 0,4 Punkte
        niedriger", "Differenz −0,4 Punkte" beside "bei 2 Punkten")."""
        if value is None:
            return ""
        if not unit:
            return self.pack.format_number(value)
        if unit in DURATIONS:
            # a post with no room: hours and minutes by the locale's short unit ("4,8 h",
            # "4,8 Std."), as papers and posts write a measured time
            short = self.short_units and unit in _CLOCK_UNITS
            return self.pack.format_duration(value, unit, "short" if short else "long")
        if unit == "percent":
            return self.pack.format_percent(value)
        money = self.money(value, unit)
        if money:
            return money
        number = self.pack.format_number(value)
        key = f"unit.{unit}" if self.has(f"unit.{unit}") else "unit.default"
        select = [case] if case else []
        return Worded(self.say(key, [*select, self.pack.plural_category(abs(value))],
                               value=number, unit=unit))

    def money(self, value: float, unit: str) -> str:
        """An amount in a currency the unit names by its ISO code ("USD"), in the
        locale's form (CLDR): "$2,496", "2496 US$", "2 496 $US"; whole amounts without
        cents; for lay readers by the pack's ``money.<code>`` name where it has one.
        Empty for a unit that is no currency code. (Each amount is formatted once per
        pack: every audience's text says it again.)"""
        if not re.fullmatch(r"[A-Z]{3}", unit or ""):
            return ""
        if self.level == "plain" and self.has(f"money.{unit}"):
            # a lay reader reads the currency's name ("2496 dólares estadounidenses"),
            # not its code or sign ("2496 US$"), where the pack names it
            return Worded(self.say(f"money.{unit}", [self.pack.plural_category(abs(value))],
                                   value=self.pack.format_number(value)))
        pack = self.pack
        key = ("money", type(value), value, unit, pack.locale, pack.minimum_grouping_digits)
        return pack._remember_format(key, lambda: self._money(value, unit))

    def _money(self, value: float, unit: str) -> str:
        from babel import Locale
        from babel.numbers import format_currency, get_currency_name

        locale = babel_locale(self.pack.locale)
        if get_currency_name(unit, locale=locale) == unit:
            return ""  # not a currency CLDR knows
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        if float(value).is_integer():
            pattern = re.sub(r"\.0+", "", pattern)
        # the locale's minimum grouping digits too, which Babel ignores ("2496 US$" in
        # Spanish and Portuguese, as their numbers are: "1147 mujeres", not "2.496 US$")
        grouped = abs(value) >= 10 ** (2 + self.pack.minimum_grouping_digits)
        return format_currency(value, unit, format=pattern, locale=locale,
                               currency_digits=False, decimal_quantization=False,
                               group_separator=grouped)

    def spread(self, fact: Fact) -> str:
        """`` (SD 12.1)``, `` (IQR 8 to 20)``: for technical readers only."""
        spread = getattr(fact, "spread", None)
        if spread is None or self.level != "technical":
            return ""
        number = self.pack.format_number
        # a range ends with the unit ("range 1 to 25 years"): its bounds are values
        high = (self.quantity(spread.high, getattr(fact, "unit", None))
                if spread.kind == "range" else number(spread.high)) \
            if spread.high is not None else ""
        return self.say(f"stats.spread.{spread.kind}",
                        value=number(spread.value) if spread.value is not None else "",
                        low=number(spread.low) if spread.low is not None else "",
                        high=high)

    def measure_slots(self, label: str) -> dict[str, str]:
        """``measure``, ``the_measure`` and ``of_the_measure`` (with the article its
        gender takes: "la puntuación", "del peso", "le score", "de l'âge")."""
        # the first word first: a label that is a clause takes no article (Spanish "lo bien
        # que funcionaba el tobillo", never "el lo bien …"); then elision ("l'incidence")
        first = label.split()[0].lower() if label.split() else ""
        select = [f"first:{first}", *initials(label), *word_keys(label)]
        return {"measure": label, **{
            slot: (self.say(f"grammar.{slot}", select, noun=label)
                   if label and self.has(f"grammar.{slot}") else label)  # a pack from before
            for slot in ("the_measure", "of_the_measure")}}

    def in_slots(self, group_id: str | None, prefix: str = "") -> dict[str, str]:
        """``in_the_group`` ("in the control group", "bei Frauen mit ...") besides the
        other group slots."""
        if group_id is None:
            return {f"{prefix}{k}": "" for k in ("group", "the_group", "of_the_group",
                                                 "in_the_group", "group_dative",
                                                 "to_the_group")}
        label = self.group(group_id)
        keys = self.group_keys(group_id, label)
        slots = {**self.group_slots(group_id, prefix),
                 f"{prefix}in_the_group": self.say("grammar.in_the_group", keys, noun=label)}
        # a comparison's second term where the pack words it ("rispetto alle persone …")
        if self.has("grammar.to_the_group"):
            slots[f"{prefix}to_the_group"] = self.say("grammar.to_the_group", keys, noun=label)
        return slots

    def stats(self, fact: Fact, *items: str, unit: str | None = None) -> str:
        """The statistics a technical reader expects after an effect: ``items`` first (a
        ratio's name and value), then the confidence interval and the p-value when the
        sheet states them: `` (hazard ratio 0.62; 95% CI 0.45 to 0.85; p = 0.003)``.
        Plain readers get none of them."""
        if self.level != "technical" or self.terse:
            return ""
        parts = [i for i in items if i]
        ci = getattr(fact, "ci", None)
        if ci is not None:
            bound = self.pack.format_percent if unit == "percent" else self.pack.format_number
            parts.append(self.say("stats.ci", level=self.pack.format_percent(ci.level),
                                  low=minus(bound(ci.low)), high=minus(bound(ci.high))))
        p = getattr(fact, "p", None)
        if p is not None:
            parts.append(self.say("stats.p", [fact.p_relation],
                                  p=self.pack.format_number(p)))
        if not parts:
            return ""
        return self.say("stats.wrap", items=self.say("stats.separator").join(parts))

    def evidence(self) -> str:
        """``randomised`` where a result may be said as the treatment's effect; otherwise
        ``associative`` (observational studies and any other design: a link, no cause)."""
        return "randomised" if self.sheet.evidence == "randomised" else "associative"

    def sides(self, fact: Fact) -> dict[str, str]:
        """The two groups an effect compares: ``a_`` the group (the study's first group
        when the sheet names none), ``b_`` the one it is compared with."""
        group = fact.group or next(iter(self.sheet.groups))
        return {**self.in_slots(group, "a_"), **self.in_slots(getattr(fact, "versus", None),
                                                             "b_")}

    def undecided(self, fact: Fact, null: float) -> bool:
        """True when the sheet does not let an effect be said with a direction: its
        confidence interval holds the value of no effect (1 for a ratio, 0 for a
        difference), its p-value is not below 0.05, or the sheet states no difference for
        the same groups, outcome and time. "Less often" would then claim a benefit the
        study did not show (a risk ratio 0.96, 95% CI 0.71 to 1.3)."""
        ci = getattr(fact, "ci", None)
        if ci is not None and ci.low is not None and ci.high is not None \
                and min(ci.low, ci.high) <= null <= max(ci.low, ci.high):
            return True
        p = getattr(fact, "p", None)
        if p is not None and p >= 0.05 and getattr(fact, "p_relation", None) != "<":
            return True
        return self.no_difference_twin(fact) is not None

    def no_difference_twin(self, fact: Fact) -> Fact | None:
        """The sheet's no-difference result for the same two groups, outcome and time as
        an effect ``fact``, if it has one."""
        sides = {fact.group, getattr(fact, "versus", None)}
        for other in self.sheet.facts_of("no-difference"):
            if ({other.group, getattr(other, "versus", None)} == sides
                    and other.outcome == fact.outcome
                    and getattr(other, "time", None) == getattr(fact, "time", None)):
                return other
        return None

    def relative_twin(self, fact: Fact, direction: str) -> Fact | None:
        """The sheet's relative change that says the ratio ``fact`` in words: the same
        groups, outcome and time, its ``direction``, and the same size ("25% lower"
        beside a risk ratio of 0.75, "twice as often" beside 2.0; not a figure of another
        analysis, "about 30% lower" beside a hazard ratio of 0.62), if it gives one."""
        if direction not in ("lower", "higher") or fact.value is None:
            return None
        sides = (fact.group, getattr(fact, "versus", None))
        for other in self.sheet.facts_of("relative-change"):
            if ((other.group, getattr(other, "versus", None)) == sides
                    and other.outcome == fact.outcome and not other.background
                    and getattr(other, "time", None) == getattr(fact, "time", None)
                    and getattr(other, "direction", None) == direction
                    and other.value is not None and _same_size(fact.value, other)):
                return other
        return None

    def _effect_select(self, fact: Fact, direction: str, *more: str) -> list[str]:
        group = fact.group or next(iter(self.sheet.groups))
        return [direction, "versus" if getattr(fact, "versus", None) else "alone", *more,
                self.hedged(fact), self.evidence(), *noun_keys(self.group(group)),
                timed(fact)]

    def ratio(self, fact: Fact) -> Sentence:
        return self._remembered("ratio", fact, self._ratio)

    def _ratio(self, fact: Fact) -> Sentence:
        """A hazard, odds, risk or rate ratio. Plain readers get its direction in words
        only ("less often"): a ratio is no share of people and no percentage unless the
        sheet says so. Technical readers get the ratio with its interval and p-value."""
        direction = "lower" if fact.value < 1 else "higher" if fact.value > 1 else "same"
        if direction != "same" and self.undecided(fact, 1) and self.has("fact.ratio.unclear"):
            direction = "unclear"
        name = self.say(f"stats.ratio.{fact.ratio}",
                        value=self.hedge(fact, self.pack.format_number(fact.value), "number"))
        stats = self.stats(fact, name)
        twin = self.relative_twin(fact, direction) if not stats else None
        if twin is not None:
            # a reader who gets no ratio gets the figure the sheet gives for the same
            # comparison in words ("25% less likely"), never a sentence with no figure
            # that claims the ratio (the checker would look for 0.75 in it)
            return self.relative_change(twin)
        key = "fact.ratio"
        if (direction != "unclear" and getattr(fact, "versus", None)
                and self.negated_outcome(fact.outcome) and self.has("fact.ratio_negated")):
            # an outcome worded as a negation ("did not get worse") said "less often" is a
            # double negation no reader untangles ("did not get worse less often than"):
            # said as the share of each group the outcome is true of
            key = "fact.ratio_negated"
        text = self.sentence(key, self._effect_select(fact, direction),
                             time=self.time_or_study(fact.time, fact),
                             outcome=self.verbal_outcome(fact.outcome),
                             stats=stats, **self.sides(fact))
        # no direction and no figure (plain readers, a post with no room for the
        # statistics): nothing the checker can hold the sentence to, so it is not listed
        # as stating the ratio (see requests: the checker reads no-difference words for it)
        said = () if direction == "unclear" and not stats else (fact.id,)
        return Sentence(text, said, role="result")

    def negated_outcome(self, outcome_id: str | None) -> bool:
        """Whether the sheet words an outcome as a negation: its direction says that
        something did not happen ("no-worsening", "no-improvement")."""
        outcome = self.sheet.outcomes.get(outcome_id) if outcome_id else None
        return getattr(outcome, "direction", None) in NEGATED_DIRECTIONS

    def rate(self, fact: Fact) -> Sentence:
        return self._remembered("rate", fact, self._rate)

    def _rate(self, fact: Fact) -> Sentence:
        """A rate, never a share or a percentage. Technical readers get "12.3 per 1,000
        person-years" with its interval; plain readers "12.3 in every 1,000 <group> each
        year" where the unit says exactly that (``each``: person-time, people a year,
        people), the technical words otherwise (``per_unit``: live births)."""
        each = fact.each
        plain = self.level != "technical" and each is not None
        if (plain and fact.value == 0 and not fact.hedge and not fact.round_to
                and fact.group and not fact.background and self.has("fact.claim.none")
                and self.has("rate.none")):  # the words the checker reads it by
            return self._no_one(fact, fact.group)
        label = self.group(fact.group) if fact.group else self.say("rate.people")
        unit = self.say(f"rate.unit.{fact.unit}", [self.pack.plural_category(fact.per)])
        select = ["each" if plain else "per_unit", each or "", self.role(fact),
                  self.hedged(fact), "grouped" if fact.group else "", *noun_keys(label),
                  timed(fact)]
        # the sentence says "in the study" itself: "people in the study" is said once
        group = self.cohort_slots(fact.group) if fact.group else {
            "group": label, "the_group": label, "of_the_group": label}
        text = self.sentence(
            "fact.rate", select, time=self.time_or_study(fact.time, fact),
            outcome=self.outcome(fact.outcome),
            value=self.hedge(fact, self.pack.format_number(fact.value), "number"),
            per=self.pack.format_number(fact.per), unit=unit,
            each=self.say(f"rate.each.{each}") if each else "",
            stats=self.stats(fact), **group)
        return Sentence(text, (fact.id,), role="result")

    def _no_one(self, fact: Fact, group: str) -> Sentence:
        """A rate of exactly 0 for plain readers: no one of the group had the outcome, in
        the pack's words for a finding about none of a group ("none of the people with …
        got …", "ninguna de las personas … tuvo …"), not "0 in every 1,000"."""
        none = self.lex.outcome_none(fact.outcome, self.level)
        text = self.sentence("fact.claim", ["none", "none-form" if none else "",
                                            *noun_keys(self.group(group)), timed(fact)],
                             time=self.time_or_study(fact.time, fact),
                             outcome=self.outcome(fact.outcome), outcome_none=none or "",
                             **self.in_slots(group))
        return Sentence(text, (fact.id,), role="result")

    def relative_change(self, fact: Fact) -> Sentence:
        return self._remembered("relative-change", fact, self._relative_change)

    def _relative_change(self, fact: Fact) -> Sentence:
        """"45% less often", "four times as often": relative, never a share of people."""
        digits = ""
        if fact.unit == "fold":
            value = self.hedge(fact, self.count(fact.value), "times")
            # the figure in digits, for a language that writes "4-mal" (German)
            digits = self.hedge(fact, self.pack.format_number(fact.value), "times")
        else:
            value = self.hedge(fact, self.pack.format_percent(fact.value), "change")
        # a relative risk says how likely, not how often ("were 40% less likely to have a
        # heart attack"): the outcome's verb in its base form, where the pack can give it
        base = getattr(self.pack, "base_verb", None)
        verb = (base(self.verbal_outcome(fact.outcome)) if base and fact.outcome
                and fact.unit != "fold" and self.has("fact.relative_change.likely") else None)
        if verb:
            text = self.sentence("fact.relative_change.likely",
                                 self._effect_select(fact, fact.direction),
                                 time=self.time_or_study(fact.time, fact), verb=verb,
                                 value=value, stats=self.stats(fact, unit=fact.unit),
                                 **self.sides(fact))
            return Sentence(text, (fact.id,), role="result")
        noun = self.outcome_noun(fact.outcome)
        if noun and fact.unit != "fold" and self.has("fact.relative_change.risk"):
            # "tuvieron un riesgo de infarto un 40 % menor que …", not "sufrieron un
            # infarto con una frecuencia un 40 % menor", read first as "all had one"
            text = self.sentence("fact.relative_change.risk",
                                 self._effect_select(fact, fact.direction, *initials(noun),
                                                     *self.noun_shape(fact.outcome, noun)),
                                 time=self.time_or_study(fact.time, fact), noun=noun,
                                 value=value, stats=self.stats(fact, unit=fact.unit),
                                 **self.sides(fact))
            return Sentence(text, (fact.id,), role="result")
        text = self.sentence("fact.relative_change",
                             self._effect_select(fact, fact.direction, fact.unit),
                             time=self.time_or_study(fact.time, fact),
                             outcome=self.verbal_outcome(fact.outcome),
                             value=value, digits=digits,
                             stats=self.stats(fact, unit=fact.unit),
                             **self.sides(fact))
        return Sentence(text, (fact.id,), role="result")

    def noun_shape(self, outcome_id: str | None, noun: str) -> list[str]:
        """Selectors for an outcome noun after a preposition: ``phrase`` when it has more
        than one word (German "für ein kolorektales Karzinom"), ``count`` when the sheet's
        own label counts it with an indefinite article of the language ("von einem
        Herzinfarkt betroffen", "een hartaanval hadden": "für einen Herzinfarkt", "op een
        hartaanval", where "für Demenz" of a label "an Demenz erkrankt" takes none), and
        the gender of its term."""
        outcome = self.sheet.outcomes.get(outcome_id) if outcome_id else None
        term = getattr(outcome, "measure", None)
        return ["phrase" if " " in noun.strip() else "",
                "count" if self.counted_event(outcome_id, term) else "", self.gender(term, noun)]

    def counted_event(self, outcome_id: str | None, term_id: str | None) -> bool:
        """Whether the outcome's label, at the text's level, says its event with one of the
        pack's indefinite articles (``grammar.indefinite_words``): a count noun, an event
        a person has once, not a mass noun or a disease one has (a term marked ``mass``)."""
        if not outcome_id or not self.has("grammar.indefinite_words"):
            return False
        if term_id and self.lex.term(term_id).mass:
            return False
        words = self.raw("grammar.indefinite_words")
        if not isinstance(words, (list, tuple)):
            return False
        articles = {str(w).lower() for w in words}
        label = self.lex.outcome(outcome_id, self.level)
        return any(w.lower() in articles for w in _WORD.findall(label))

    def outcome_noun(self, outcome_id: str | None) -> str:
        """The outcome as a noun ("infarto", "cancro do intestino"): the term the sheet
        names as the outcome's measure, in the reader's register; empty without one."""
        outcome = self.sheet.outcomes.get(outcome_id) if outcome_id else None
        term = getattr(outcome, "measure", None)
        if not term or term not in self.sheet.terms:
            return ""
        return self.term(term)

    def difference(self, fact: Fact) -> Sentence:
        return self._remembered("difference", fact, self._difference)

    def _difference(self, fact: Fact) -> Sentence:
        """An absolute difference: in words with its size for plain readers ("3.3
        percentage points lower"), signed with its interval for technical ones
        ("difference −3.3 percentage points; 95% CI −5.5 to −1.1"). ``points``: a
        difference in the share of people with an outcome (said as that share, so that an
        outcome worded as a negation stays clear); ``measure``: of a measure's value;
        ``bare``: neither named."""
        direction = "lower" if fact.value < 0 else "higher" if fact.value > 0 else "same"
        points = fact.unit == "percentage-points"
        measure = self.measure_label(fact.measure) if fact.measure else ""
        if not measure and not points and fact.outcome and self.outcome_form(fact.outcome):
            # an outcome named as a noun ("IQ exams") is what changed: said as the measure,
            # never "the change in children … was 4.8 points" (a change in what?)
            measure = self.outcome(fact.outcome)
        shape = ("points" if points and fact.outcome else "measure" if measure
                 else "bare")
        # the size after "by" ("um 0,4 Punkte niedriger") and in the statistics
        # ("Differenz −0,4 Punkte") in the accusative where a language's unit has cases;
        # the signed figure of a frame that says it after "at" in the unit's default
        size = self.hedge(fact, self.quantity(abs(fact.value), fact.unit, "accusative"),
                          "number")
        signed = self.hedge(fact, minus(self.quantity(fact.value, fact.unit)), "number")
        stated = self.hedge(fact, minus(self.quantity(fact.value, fact.unit, "accusative")),
                            "number")
        # the signed figure only beside its interval, whose bounds are signed too
        # ("difference −3.3 points; 95% CI −5.5 to −1.1"): after "28.8 hours shorter" a
        # bare "(difference −28.8 hours; p < 0.0001)" says it again, a minus after
        # "shorter" reading as a double negative
        item = (self.say("stats.difference", value=stated)
                if shape != "bare" and getattr(fact, "ci", None) is not None else "")
        if self.undecided(fact, 0) and (shape == "measure" or fact.outcome):
            return self._undecided_difference(fact, measure, item)
        duration = "duration" if fact.unit in DURATIONS else ""
        text = self.sentence(
            "fact.difference_of", self._effect_select(fact, direction, shape, duration,
                                                     *word_keys(measure),
                                                     *noun_keys(measure)[1:]),
            time=self.time_or_study(fact.time, fact), value=size, signed=signed,
            **self.measure_slots(measure),
            outcome=self.outcome(fact.outcome) if fact.outcome else "",
            stats=self.stats(fact, item, unit=fact.unit), **self.sides(fact))
        return Sentence(text, (fact.id,), role="result")

    def _undecided_difference(self, fact: Fact, measure: str, item: str) -> Sentence:
        """A difference whose interval holds 0 (or whose p-value is not below 0.05) said
        as no clear difference, as the sheet's no-difference results are ("there was no
        statistically significant difference in disability … (difference −2.1 points; 95%
        CI −5.0 to 0.8)"), never "2.1 points lower", which claims a benefit the study did
        not show. Readers who get no statistics get the words only, and the sentence then
        claims no figure (there is none in it to hold it to)."""
        both = fact.group is not None and getattr(fact, "versus", None) is not None
        group = fact.group or next(iter(self.sheet.groups))
        form = "measure" if measure else self.outcome_form(fact.outcome)
        stats = self.stats(fact, item, unit=fact.unit)
        text = self.sentence(
            "fact.no_difference.words",
            [form, "versus" if both else "alone",
             *word_keys(measure), *noun_keys(self.group(group)), timed(fact)],
            time=self.time_or_study(fact.time, fact),
            outcome=self.outcome(fact.outcome) if fact.outcome else "", stats=stats,
            **self.measure_slots(measure), **(self.sides(fact) if both else {}),
            the_outcome=self.the_outcome(fact.outcome) if form == "noun" else "")
        return Sentence(text, (fact.id,) if stats else (), role="result")

    def range(self, fact: Fact) -> Sentence:
        return self._remembered("range", fact, self._range)

    def _range(self, fact: Fact) -> Sentence:
        """"Aged 18 to 45 years": the lower figure alone, the upper with its unit."""
        measure = self.measure_label(fact.measure) if fact.measure else ""
        group = fact.group or next(iter(self.sheet.groups))
        low = self.hedge(fact, self.pack.format_number(fact.low)
                         if fact.unit not in ("percent",) else
                         self.pack.format_percent(fact.low), "number")
        text = self.sentence(
            "fact.range", ["measure" if measure else "bare", self.hedged(fact),
                           *word_keys(measure), *noun_keys(self.group(group))],
            low=low, high=self.quantity(fact.high, fact.unit), **self.measure_slots(measure),
            time=self.time_or_study(fact.time, fact), **self.in_slots(group))
        result = fact.outcome is not None
        return Sentence(text, (fact.id,), role="result" if result else "study")

    def no_difference(self, fact: Fact) -> Sentence:
        return self._remembered("no-difference", fact, self._no_difference)

    def _no_difference(self, fact: Fact) -> Sentence:
        """No difference found, said plainly ("no more and no less often than"), with
        the figures of each side when the sheet gives them and the p-value for technical
        readers."""
        stats = self.stats(fact)
        facts = [self.sheet.facts[i] for i in fact.facts if i in self.sheet.facts]
        common = {"time": self.time_or_study(fact.time, fact),
                  "outcome": self.outcome(fact.outcome),
                  "stats": stats}
        if len(facts) == 2 and facts[0].kind == "mean":
            first, second = facts
            label = self.measure_label(first.measure)
            text = self.sentence(
                "fact.no_difference.means",
                [first.statistic if first.statistic != "mean" else "", *word_keys(label),
                 timed(fact)],
                **common, **self.measure_slots(label),
                a_value=self.hedge(first, self.quantity(first.value, first.unit), "number"),
                b_value=self.hedge(second, self.quantity(second.value, second.unit),
                                   "number"),
                a_spread=self.spread(first), b_spread=self.spread(second),
                **self.in_slots(first.group, "a_"), **self.in_slots(second.group, "b_"))
            return Sentence(text, (fact.id, first.id, second.id), role="result")
        if len(facts) == 2 and facts[0].kind == "proportion":
            first, second = facts
            mode, a_value = self.share(first)
            _, b_value = self.share(second)
            text = self.sentence(
                "fact.no_difference.figures",
                [self.hedged(first), mode, *noun_keys(self.group(first.group)), timed(fact)],
                **common, a_value=a_value, b_value=b_value,
                **self.frequency_slots(first, "a_"), **self.frequency_slots(second, "b_"),
                **self.group_slots(first.group, "a_"), **self.group_slots(second.group, "b_"))
            return Sentence(text, (fact.id, first.id, second.id), role="result")
        both = fact.group is not None and fact.versus is not None
        group = fact.group or next(iter(self.sheet.groups))
        # a measured value (pain, function) is compared as such, never as "how many"
        measure = self.measure_label(fact.measure) if fact.measure else ""
        form = "measure" if measure else self.outcome_form(fact.outcome)
        text = self.sentence(
            "fact.no_difference.words",
            [form, "versus" if both else "alone",
             *word_keys(measure), *noun_keys(self.group(group)), timed(fact)],
            **common, **self.measure_slots(measure), **(self.sides(fact) if both else {}),
            the_outcome=self.the_outcome(fact.outcome) if form == "noun" else "")
        return Sentence(text, (fact.id,), role="result")

    def outcome_form(self, outcome_id: str) -> str:
        """``noun`` when the outcome's label is a noun phrase ("hospital admissions") and
        the pack has frames for one, else "": the frames that take what people did ("the
        study compared how many people went to hospital") would read "how many people
        hospital admissions"."""
        test = getattr(self.pack, "outcome_is_noun", None)
        if test is None or not self.has("grammar.the_outcome"):
            return ""
        label = self.outcome(outcome_id)
        return "noun" if self.lex.remember(("outcome-noun", label), lambda: test(label)) else ""

    def the_outcome(self, outcome_id: str) -> str:
        """A noun outcome label with its article where the language needs one and the
        label has none ("les hospitalisations", "i ricoveri", "gli eventi avversi"): the
        pack's ``grammar.the_outcome`` by the first word (an article the label has: the
        label as it is), then its ending and first letters, both together first
        ("end:i|initial:e" for Italian "gli")."""
        label = self.outcome(outcome_id)
        head, *ends = word_keys(label)  # the head word first: a label's own article
        starts = initials(label)
        select = [head, *(f"{e}|{i}" for e in ends for i in starts), *ends, *starts]
        return self.say("grammar.the_outcome", select, noun=label)

    def no_difference_steps(self, fact: Fact) -> list[Sentence]:
        """A no-difference too long for one sentence: what was compared, then that the
        groups did not differ ("Within 90 days, the study compared how many went to
        hospital because of bleeding. There was no real difference between A and B.")."""
        measure = self.measure_label(fact.measure) if fact.measure else ""
        form = "measure" if measure else self.outcome_form(fact.outcome)
        select = [form, *word_keys(measure), timed(fact)]
        intro = self.sentence("fact.no_difference.compared", select,
                              time=self.time_or_study(fact.time, fact, studied=True),
                              outcome=self.outcome(fact.outcome),
                              the_outcome=self.the_outcome(fact.outcome) if form == "noun"
                              else "",
                              **self.measure_slots(measure))
        verdict = self.sentence("fact.no_difference.between", stats=self.stats(fact),
                                **self.sides(fact))
        return [Sentence(intro, (fact.id,), role="result"),
                Sentence(verdict, (fact.id,), role="result")]

    def background(self, fact: Fact, framed: bool = True) -> Sentence:
        """A background figure said as context. ``framed``: with the pack's
        ``fact.background`` ("Background: ..."); a paragraph of context says that once, in
        its heading or its first sentence, and its other figures plainly (in the present
        tense where a pack words background facts apart: a general statistic, no finding)."""
        if self.earlier(fact):  # attributed whatever the paragraph: "an earlier analysis"
            return self._remembered("fact.background_earlier", fact,
                                    lambda f: self._background(f, "fact.background_earlier"))
        if not framed:
            return self._remembered("background-bare", fact, self._background_bare)
        return self._remembered("fact.background", fact, self._background)

    def _background_bare(self, fact: Fact) -> Sentence:
        said = self.fact_sentence(fact, as_result=True)
        if said is None:
            return Sentence("", (), role="background")
        return Sentence(said.text, said.facts, role="background")

    def _background(self, fact: Fact, key: str = "fact.background") -> Sentence:
        """A figure that is not a result of this study (how common the disease is, an
        earlier study's result), framed as context ("For context, ...")."""
        said = self.fact_sentence(fact, as_result=True)
        if said is None:
            return Sentence("", (), role="background")
        return self._framed(said, key, fact.kind)

    def background_pair(self, first: Fact, second: Fact, framed: bool) -> Sentence | None:
        """Two general shares of one outcome at one time in two groups said in one
        sentence (the pack's ``fact.proportion_pair``: "4.2% of women and 4.5% of men get
        bowel cancer at some point in their lives"), not the outcome twice in two
        sentences in a row; None where they are not such a pair or the pack has no words
        for it (their mode: "71 out of 100" pairs are said one by one)."""
        if (not self.has("fact.proportion_pair") or first.kind != "proportion"
                or second.kind != "proportion" or not first.background
                or not second.background or self.earlier(first) or self.earlier(second)
                or first.outcome != second.outcome or first.time != second.time
                or not first.group or not second.group or first.group == second.group
                or bool(first.hedged) != bool(second.hedged)):
            return None
        (mode, a_value), (other, b_value) = self.share(first), self.share(second)
        outcome = self.outcome(first.outcome)
        present = self.present_parts(outcome)
        try:
            text = self.sentence("fact.proportion_pair",
                                 ["present" if present else "",
                                  self.hedged(first) or self.hedged(second), mode if mode == other
                                  else "mixed", timed(first)],
                                 a_value=a_value, b_value=b_value, outcome=outcome,
                                 time=self.time_or_study(first.time, first), **(present or {}),
                                 **self.in_slots(first.group, "a_"),
                                 **self.in_slots(second.group, "b_"))
        except (MissingTranslation, KeyError):
            return None
        said = Sentence(text, (first.id, second.id), role="background")
        return self._framed(said, "fact.background", first.kind) if framed else said

    def _framed(self, said: Sentence, key: str, kind: str) -> Sentence:
        body = said.text.rstrip(".")
        lower = getattr(self.pack, "lower_first", None)
        body = lower(body) if lower is not None else LanguagePack.lower_first(self.pack, body)
        if body[1:2] in ("'", "’") and body[:1].isupper():  # "C'erano", "L'âge"
            body = body[0].lower() + body[1:]
        text = self.sentence(key, [kind], fact=body,
                             fact_capital=capitalise(said.text.rstrip(".")))
        return Sentence(text, said.facts, role="background")

    def fact_sentence(self, fact: Fact, as_result: bool = False) -> Sentence | None:
        """The sentence for any fact that a text states as a finding or as context; None
        for kinds that only describe the study. A background fact is framed as context
        unless ``as_result`` (its bare wording, for the frame)."""
        if fact.background and not as_result:
            return self.background(fact)
        render = {"proportion": self.proportion, "comparison": self.comparison,
                  "claim": self.claim, "ratio": self.ratio,
                  "relative-change": self.relative_change, "difference": self.difference,
                  "no-difference": self.no_difference, "mean": self.mean,
                  "range": self.range, "rate": self.rate}
        make = render.get(fact.kind)
        if make is None and fact.kind == "count":
            make = self.cohort_count
        return make(fact) if make is not None else None

    def cohort_count(self, fact: Fact) -> Sentence:
        """A count said on its own (a background count: "about 1.3 million ..."); a
        general count whose group is a noun and a subject relative clause ("people in the
        United States who get a blood clot each year") says the clause as its verb
        (``clause``: "About 900,000 people in the United States get ..."), not "There
        are about 900,000 people ... who get ..." (nor "El número de ... es de ...")."""
        label = self.group(fact.group)
        role = self.role(fact)
        parts = (self.relative_parts(label) if role == "background" and fact.value != 1
                 else None)
        text = self.sentence("fact.count_alone",
                             [role, "clause" if parts else "", *noun_keys(label)],
                             n=self.counted(fact),
                             **(parts or {}), **self.group_slots(fact.group))
        return Sentence(text, (fact.id,), role="study")

    def relative_parts(self, label: str) -> dict[str, str] | None:
        """A label split at its subject relative pronoun (the pack's
        ``grammar.subject_relative``): ``head`` (the people), ``clause`` (what they do);
        for a language that puts the verb last in the clause (``verb_last``: German,
        Dutch), also its finite ``verb`` and the ``rest``, for a main clause that puts the
        verb second. None where the label has no such clause, the pronoun follows a
        preposition or an article ("a las que", "chez qui": not the subject), or the verb
        is a separable one ("teilnehmen": the main clause would split it)."""
        if not self.has("grammar.subject_relative"):
            return None
        spec = self.raw("grammar.subject_relative")
        pronouns = "|".join(re.escape(p) for p in spec.get("pronouns", []))
        if not pronouns:
            return None
        comma = "," if spec.get("comma") else ",?"
        match = re.search(rf"(?<=\w){comma}\s+(?:{pronouns})\s+(?=\w)", label, re.I)
        if match is None:
            return None
        head, clause = label[: match.start()].strip(), label[match.end():].strip()
        before = head.split()[-1].lower() if head.split() else ""
        if (not head or not clause
                or before in {str(w).lower() for w in spec.get("not_after", [])}
                # a second relative clause ("… who had a scan and who …"): as it is
                or re.search(rf"(?<!\w)(?:{pronouns})(?!\w)", clause, re.I)):
            return None
        parts = {"head": head, "clause": clause}
        if spec.get("verb_last"):
            *rest, verb = clause.split()
            if not rest or self._finite(verb, spec) is None:
                return None
            parts.update(verb=verb, rest=" ".join(rest))
        return parts

    # --- terms used -----------------------------------------------------------------
    def terms_in(self, text: str) -> list[str]:
        """Sheet terms whose forms (technical, plain or other accepted) appear in ``text``."""
        lowered = text.lower()
        # each term's forms in lower case, once per run and language (asked of every output)
        forms = self.lex.remember(("terms-in-forms",), lambda: [
            (term_id, [f.lower() for f in self.lex.term(term_id).accepted if f])
            for term_id in self.sheet.terms])
        # ``in`` first: most forms are nowhere in the text, and it looks without a call
        found = []
        for term_id, lowered_forms in forms:
            for form in lowered_forms:
                if form in lowered and _contains(lowered, form):
                    found.append(term_id)
                    break
        return found


@functools.lru_cache(maxsize=4096)
def decimals(value: float) -> int:
    """How many decimals a sheet's value shows (7.3: one; 4.0 and 4: none); asked for
    each figure of each sentence, worked out once per value."""
    from decimal import Decimal

    exponent = Decimal(format(float(value), ".12g")).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def about_figure(fact: Fact) -> float:
    """The figure of a count said "about" as people round it: 140,250 as 140,000 (the
    coarsest multiple of a power of ten within 1 % of it; 1,147 as 1,150), a round
    figure ("about 4,000") as written; a count under 1,000 or not said "about" as
    written. The checker's "about" reaches 5 %."""
    value = fact.value
    if fact.hedged != "about" or value is None or value < 1000 or value != int(value):
        return value
    step = 10 ** (len(str(int(value))) - 1)
    while step >= 10:
        rounded = round_half_up(value, step)
        if abs(rounded - value) <= 0.01 * value:
            return int(rounded)
        step //= 10
    return value


def minus(text: str) -> str:
    """A signed figure with the minus sign typography uses (U+2212), not a hyphen:
    "−28.8 hours", "−$2,496"."""
    return re.sub(r"(?<!\w)-(?=\D{0,4}\d)", "\u2212", text, count=1)


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


def copied(sentence: Sentence, **changes: Any) -> Sentence:
    """``dataclasses.replace(sentence, **changes)``, made as :func:`_copied` makes a copy
    (a post copies its candidate sentences plan after plan)."""
    if type(sentence) is not Sentence:
        return dataclasses.replace(sentence, **changes)
    copy = _copied(sentence)
    for name, value in changes.items():
        if name not in _SENTENCE_FIELDS:  # as replace() refuses it
            raise TypeError(f"Sentence has no field {name!r}")
        setattr(copy, name, value)
    return copy


_SENTENCE_FIELDS = frozenset(f.name for f in dataclasses.fields(Sentence))


def _copied(sentence: Sentence) -> Sentence:
    """A copy of a remembered sentence its caller may change: the same fields, made
    without :func:`dataclasses.replace` (which looks the fields up on every call and runs
    ``__init__``; a sentence has no ``__post_init__`` to run)."""
    if type(sentence) is not Sentence:  # a subclass may have more to it
        return dataclasses.replace(sentence)
    copy = object.__new__(Sentence)
    copy.__dict__.update(sentence.__dict__)
    return copy


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
