"""Read a release in Spanish, French, German, Italian or Portuguese into the same
:class:`.state.Found` the English stages fill, so :mod:`.draft` assembles it alike.

The English stages (``facts.find``) follow English grammar; this reader follows the
structure every one of these releases shares, with each language's words from
:mod:`.nonenglish_words`:

1. segment: the headline (first line), the body up to the publisher's boilerplate heading
   ("Über das …", "À propos de …"), sentences;
2. classify: quotations and sentences about the population at large (background) are
   never mined for results; the methods give the study's design and size;
3. read quantities: numbers in the language's notation ("0,72", "1.204", "1 204",
   "95-%-KI"), percentages, percentage points, ratios with their intervals, relative
   changes said with a verb ("senkt … um 28 Prozent"), follow-up time, hedges and
   "no significant difference";
4. attach: each figure takes the arm named next to it in its clause ("in der
   Placebogruppe", "en el grupo placebo"), the outcome its clause names, the follow-up of
   its sentence; a ratio, a difference or a no-difference is the treated arm's versus the
   control arm. What cannot be placed is left out with a note that quotes the sentence.

Every figure is a draft to check: each has a review note.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from . import nonenglish_words as W
from . import open_groups as OG
from .repair import Repaired
from .state import Found, Group, State, Time, add_fact
from .text import slug

# a number as these languages write it: "1.204", "1 204", "70.000" (thousands), "0,72",
# "4,2" (decimal comma); "4.2" (a decimal point, as some releases keep)
_NUM = (r"(?<![\w.,])[-−–]?(?:\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?![\d])(?:,\d+)?"
        r"|\d+(?:,\d+)?(?:\.\d{1,2}(?!\d))?)(?![\d])")
# the study's people when the release names them no other way
_PARTICIPANTS = {"de": "Teilnehmende", "es": "participantes", "fr": "participants",
                 "it": "partecipanti", "pt": "participantes"}
_CLAUSE_END = r"[;()\[\]]|,\s|\s[-–]\s"


# two years joined into a period: "2010-2014", "2020–2024", "2019/2020"
_YEAR_SPAN = re.compile(r"(?<![\d.,])(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d(?![\d.,])")


def value_of(text: str) -> float | int:
    """The number a figure writes ("1.204" is 1204, "0,72" is 0.72, "4.2" is 4.2)."""
    t = text.replace("−", "-").replace("–", "-")
    t = re.sub(r"(?<=\d)[\u00a0\u202f ](?=\d{3})", "", t)
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):  # dots group the thousands
        t = t.replace(".", "")
    t = t.replace(",", ".")
    x = float(t)
    return int(x) if x.is_integer() and "." not in t else x


def find(repaired: Repaired, bank: dict[str, Any], lang: str) -> Found:
    """Everything this reader finds in one repaired release."""
    st = State(repaired, bank)
    r = _Reader(st, lang)
    r.run()
    return st.found


# the nouns that name a study's sample as such, whatever its own noun ("41,3 % des
# participants" in a trial of "patients")
_SAMPLE_NOUNS = (r"(?i)(?:participant(?:e)?s|participantes|partecipanti|Teilnehm\w*|"
                 r"Studienteilnehm\w*|Proband(?:inn)?en)")


# the head nouns of an arm's name: no word that tells one arm from another
_ARM_HEADS = frozenset(["groupe", "grupo", "gruppo", "gruppe", "arm", "bras", "braccio",
                        "brazo", "braço"])


class _Reader:
    """One release: its sentences, arms, follow-up, and the facts read so far."""

    def __init__(self, st: State, lang: str) -> None:
        self.st, self.lang, self.text = st, lang, st.text
        self.f = st.found
        self.words = frozenset(W.FUNCTION_WORDS[lang].split())
        self.verbs = frozenset(W.VERB_STOPS[lang].split())
        # a finite verb by its form ("variou", "llegó", "déclaraient"): where a name ends
        self.verb_form = re.compile(rf"(?i)(?:{OG.VERB_FORM[lang]})")
        self.arms: dict[str, str] = {}  # lower-cased arm phrase -> group id
        self.treated: str | None = None
        self.control: str | None = None
        self.follow_up: tuple[str, tuple[int, int]] | None = None  # time id, its span
        self.last_outcome: str | None = None
        self.sentence_groups: list[str] = []  # the groups of the shares read in a sentence
        self.sentence_pair: tuple[str, str] | None = None  # two kinds of people compared
        self.persons = "Teilnehmende" if lang == "de" else None
        self.lede = (0, 0)  # the body's first paragraph: where a release states its finding
        # exposure categories ("Quintil"): (pattern, singular, how many) the release names,
        # their groups by (singular, rank), and the one the others are compared with
        self.categories: list[tuple[str, str, int]] = []
        self.category_groups: dict[tuple[str, int], str] = {}
        self.reference: str | None = None
        self.sentence_outcome: str | None = None  # a no-difference's outcome, for its ratio
        self.sentence_rate: float | int | None = None  # "pro 1.000 Personenjahre" said
        self.sentence_rate_unit = "person-years"  # or people, people-a-year, live-births
        # where the release starts telling its own methods (the first sentence past the
        # opening paragraph that says who took part): a figure after it with no group
        # named beside it, in a study of one sample, is of the whole sample
        self.methods_at: int | None = None
        self.interval_spans: list[tuple[int, int]] = []  # a share's interval, read with it
        self.share_prior: tuple[str | None] | None = None  # the outcome before a named share
        self.frame_arms = False
        self.before_after = False  # a study of the same wards or people before and after
        self.background_spans: list[tuple[int, int]] = []  # under a background heading
        self.subjects: set[str] = set()  # outcomes drafted from a sentence's opening phrase
        self.subject_named = False  # the sentence read now opens with a subject of its own
        self.sentence_subject: str | None = None  # the outcome that subject names
        # what the sentence read now says its exposure is associated with, and where its
        # words end
        self.associated: tuple[str, int] | None = None
        self.efficacy_here = False  # the sentence read now gave an efficacy
        self.efficacy_before = False  # the study sentence before it did
        self.efficacy_outcome: str | None = None  # what the release's first efficacy is against
        # the groups read in a clause's own words (open_groups.py): (start, end, how), their
        # words no outcome; and where the sentence read now starts
        self.open_spans: list[tuple[int, int, str]] = []
        self.verb_first: tuple[int, str] | None = None  # a verb-first sentence's outcome
        self.sentence_start = 0

    # -- 1. segment ---------------------------------------------------------------------
    def run(self) -> None:
        text = self.text
        head = re.match(r"\s*([^\n]+)", text)
        body_start = 0
        if head and len(head.group(1).split()) <= 30 and \
                re.search(r"\n[ \t]*\n", text[head.end():head.end() + 3] + "\n\n"):
            title = head.group(1).strip()
            at = head.start(1)
            self.f.title = (title, [at, at + len(title)])
            body_start = head.end()
        body_start = self._past_header_chrome(body_start)
        end = self._boilerplate_start(body_start)
        sentences = list(self._sentences(body_start, end))
        lede = re.search(r"\S[^\n]*", text[body_start:end])
        if lede:
            self.lede = (body_start + lede.start(), body_start + lede.end())
        body = self.text[body_start:end]
        self.background_spans = self._background_sections(body_start, end)
        self.categories = [(pat, sing, n) for pat, sing, n in W.CATEGORY[self.lang]
                           if re.search(rf"(?i)(?<![\w-])(?:{pat})(?![\w-])", body)]
        self._frame(sentences)
        for start, stop in sentences:
            self._sentence(start, stop)
        self._quotes(body_start, end)
        self._headline_change()
        self._settle()

    def _quotes(self, start: int, end: int) -> None:
        """Each quotation of five words or more in the body, with its speaker: the person
        named right after it ("…», souligne le docteur Claire Dubois, cardiologue et
        responsable de l'étude") or before it ("Prof. Weber sagt: „…“"), with the role and
        grammatical gender the release gives; one with no named speaker is left out with a
        note."""
        text = self.text
        marks = r"„([^“”\"]+)[“”\"]|«\s*([^»]+?)\s*»|“([^”]+)”|\"([^\"]+)\""
        for m in re.finditer(marks, text[start:end]):
            a, b = start + m.start(), start + m.end()
            body = next(g for g in m.groups() if g is not None)
            if len(body.split()) < 5:
                continue
            line_end = text.find("\n", b)
            after = text[b:line_end if line_end >= 0 else end][:300]
            cut = re.search(r"(?<!Prof)(?<!Dr)(?<!Dra)(?<!med)(?<!Dott)(?<!\bSt)\.\s+"
                            r"(?=[A-ZÀ-Þ„«\"“])", after)
            after = after[:cut.start()] if cut else after
            line_start = text.rfind("\n", 0, a) + 1
            before = text[max(line_start, a - 300):a]
            said = re.match(rf"[\s,.–-]*(?:{W.SAYS[self.lang]})\b", after)
            who = None
            for context, at in ((after, b), (before, a - len(before))):
                n = re.search(rf"{W.TITLE}?{W.NAME}", context)
                if n and (context is before or said):
                    who = (n, context, at)
                    break
            if who is None:
                self.f.notes.append(f"quote [{a}, {b}]: no named speaker found; left out")
                continue
            speaker = self._person(*who)
            clean = " ".join(body.split()).rstrip(" ,")
            if clean[-1:] not in ".!?…":
                clean += "."
            self.f.quotes.append({"id": self.st.ids["quotes"].unique(
                f"quote-{_slug(clean)[:30].rstrip('-')}"), "speaker": speaker,
                "text": {self.lang: clean}, "source_span": [a, b]})

    def _person(self, n: re.Match[str], context: str, at: int) -> str:
        """The id of the person named by ``n`` in ``context`` (which starts at ``at``), added
        once, with the role and gender their description gives."""
        name = n.group("name")
        surname = name.split()[-1]
        known = self.st.surnames.get(surname)
        if known:
            return known
        person: dict[str, Any] = {"id": self.st.ids["people"].unique(_slug(surname)),
                                  "name": name,
                                  "source_span": [at + n.start("name"), at + n.end("name")]}
        gender = "f" if re.search(W.FEMININE, context) else \
            "m" if re.search(W.MASCULINE, context) else None
        for pattern, role, said in W.ROLES:
            if re.search(pattern, context):
                person["role"] = role
                gender = said or gender
                break
        if gender:
            person["gender"] = gender
        person["review"] = "TODO a quoted person: check the name, role and gender"
        self.f.people.append(person)
        self.st.surnames.setdefault(surname, person["id"])
        return person["id"]

    def _headline_change(self) -> None:
        """A headline's relative change ("senkt Rückfallrisiko … um 28 Prozent") restates
        the main ratio's finding: drafted with that ratio's groups and outcome when the
        direction agrees (a ratio below 1 and "lower"), else left to the reviewer."""
        if not self.f.title:
            return
        title, (at, _) = self.f.title
        # (never a subgroup's ratio nor one whose interval holds 1: a headline's change is
        # the study's main finding, not "no difference between boys and girls")
        ratios = [f for f in self.f.facts if f["kind"] == "ratio" and not self._side(f)]
        top = self._top() if self.categories and not self.treated else None
        ratio = next((f for f in ratios if f.get("group") == (self.treated or top)),
                     ratios[0] if ratios else None)
        lang = self.lang
        for value, a, b, what in self._figures(title):
            if what != "percent" or ratio is None or \
                    not re.search(rf"(?i)\b(?:{W.RELATIVE_BY[lang]})\s*$", title[:a]):
                continue
            lower = bool(re.search(rf"(?i)(?:{W.LOWER[lang]})", title))
            higher = bool(re.search(rf"(?i)(?:{W.HIGHER[lang]})", title))
            if lower == higher or lower != (ratio["value"] < 1):
                continue
            fact = {"kind": "relative-change", "value": value, "group": ratio["group"],
                    "versus": ratio.get("versus"), "outcome": ratio["outcome"],
                    "direction": "lower" if lower else "higher", "key": True,
                    "source_span": [at + a, at + b],
                    "review": "TODO the headline's relative change, read as the main ratio's "
                              "finding (its groups and outcome): check"}
            if fact["versus"] is None:
                del fact["versus"]
            add_fact(self.st, fact, f"{ratio['group']}-headline")

    def _past_header_chrome(self, start: int) -> int:
        """Where the body opens past the header's chrome the repair marked ("NOTA DE
        PRENSA", a dateline line): chrome before the first sentence is not the tail's
        boilerplate, and a body that opened there would hold nothing."""
        for a, b in sorted(self.st.r.boilerplate):
            if b <= start:
                continue
            if self.text[start:a].strip():
                break
            start = b
        return start

    def _boilerplate_start(self, start: int) -> int:
        """Where the publisher's boilerplate opens: a short line that starts with one of
        the language's headings, or a span the repair marked; the end of the text if none.
        A marked heading in capitals that names a part of the study's own account
        ("RESULTADOS", "L'ÉTUDE") and the paragraph marked with it are the study's."""
        heading = re.compile(rf"^[ \t]*(?:{W.BOILERPLATE[self.lang]})", re.M)
        ends = [len(self.text)]
        for m in heading.finditer(self.text, start):
            line_end = self.text.find("\n", m.start())
            line = self.text[m.start():line_end if line_end >= 0 else len(self.text)]
            if len(line.split()) <= 12:
                ends.append(m.start())
                break
        section = re.compile(rf"(?:{W.STUDY_SECTION[self.lang]})")
        own_end = -1  # the end of a study heading's span: the span after it is its paragraph
        for a, b in sorted(self.st.r.boilerplate):
            if a <= start:
                continue
            line = self.text[a:b].strip()
            if line.isupper() and len(line.split()) <= 7 and section.search(line):
                own_end = b
                continue
            if own_end >= 0 and not self.text[own_end:a].strip() and not line.isupper():
                own_end = -1
                continue
            ends.append(a)
            break
        return min(ends)

    def _background_sections(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans under a background heading ("Contexto", "Hintergrund"), each up to the
        next heading: a line of six words or fewer standing alone, with no closing stop."""
        heads = [m for m in re.finditer(r"(?m)^[ \t]*([^\n]{1,60}?)[ \t]*$",
                                        self.text[start:end])
                 if len(m.group(1).split()) <= 6 and not re.search(r"[.:;!?»”\"]$", m.group(1))
                 and not re.search(r"\d", m.group(1))]
        out = []
        for k, m in enumerate(heads):
            if re.fullmatch(rf"(?i)(?:{W.BACKGROUND_HEADING[self.lang]})", m.group(1).strip()):
                stop = start + heads[k + 1].start() if k + 1 < len(heads) else end
                out.append((start + m.end(), stop))
        return out

    def _sentences(self, start: int, end: int):
        """(start, end) of each sentence: a line, cut after [.!?] before a capital or a
        digit, not after an abbreviation or an ordinal ("Prof.", "Dr.", "3. März")."""
        for line in re.finditer(r"[^\n]+", self.text[:end]):
            if line.end() <= start or not line.group().strip():
                continue
            s = max(line.start(), start)
            for m in re.finditer(r"[.!?][\"”“»)]*\s+(?=[\"„“«(]?[^\W\d_a-zà-ÿ]|\d)",
                                 line.group()):
                cut = line.start() + m.end()
                before = self.text[s:line.start() + m.start()].split()
                last = before[-1].lower() if before else ""
                # (a day's ordinal, "3. März", is German only: "tipo 2. Il" ends a sentence)
                if cut <= s or re.fullmatch(r"[a-z]|z\.\s?b|bzw|ca|nr|vs|usw|evtl|ggf|"
                                            r"prof|dr|med|dipl|sr|sra|mme|dott|dra|st|etc",
                                            last.rstrip(".")) or \
                        (self.lang == "de" and re.fullmatch(r"\d{1,2}", last.rstrip("."))):
                    continue
                yield s, line.start() + m.start() + 1
                s = cut
            if s < line.end():
                yield s, line.end()

    # -- 2. classify, and the study's frame ----------------------------------------------
    def _kind(self, sentence: str, start: int | None = None) -> str:
        """quote | background | study (another study's finding is background, unless it
        is in the opening paragraph, where the release's own study is told)."""
        # a quotation: the sentence opens with one, or quotes six words or more, or quotes
        # and names who said it; a name in quote marks (a journal's) is none
        quoted = re.findall(r"[„“”«»\"]([^„“”«»\"]+)[„“”«»\"]", sentence)
        if sentence.lstrip().startswith(tuple(W.QUOTE_MARKS)) or \
                any(len(q.split()) >= 6 for q in quoted) or \
                (quoted and re.search(rf"(?i)\b(?:{W.SAYS[self.lang]})\b", sentence)):
            return "quote"
        # ("52,3 muertes por cada 100.000 habitantes al año": a rate's year is no sign of
        # the population at large; "según la OMS" still is)
        unrated = re.sub(rf"(?i){W.POPULATION[self.lang]}", " ", sentence)
        if re.search(W.BACKGROUND[self.lang], unrated, re.I) and \
                not re.search(W.ARM[self.lang], sentence, re.I):
            return "background"
        if start is not None and not self.lede[0] <= start < self.lede[1] and \
                re.search(W.OTHER_STUDY[self.lang], sentence):
            return "background"
        if start is not None and any(a <= start < b for a, b in self.background_spans):
            return "background"  # under the release's "Contexto" / "Hintergrund" heading
        return "study"

    def _frame(self, sentences: list[tuple[int, int]]) -> None:
        """The study's design, size, journal, arms and follow-up, from its sentences."""
        lang = self.lang
        for start, stop in sentences:
            s = self.text[start:stop]
            if self._kind(s, start) != "study":
                continue
            if not self.f.evidence:
                if re.search(W.RANDOMISED[lang], s, re.I):
                    self.f.evidence = "randomised"
                elif re.search(W.OBSERVATIONAL[lang], s, re.I) or \
                        re.search(W.REGISTRY_OR_EVALUATION[lang], s, re.I):
                    self.f.evidence = "observational"
            if not self.f.journal:
                m = re.search(W.JOURNAL[lang], s)
                named = re.search(W.PUBLISHED_IN[lang], s)
                if named and re.search(rf"\b(?:{W.JOURNAL_WORD})", named.group(1)):
                    m = named
                if m:
                    name = m.group(1).rstrip(".")
                    at = start + m.start(1)
                    self.f.journal = (name, [at, at + len(name)])
            if self.methods_at is None and not self.lede[0] <= start < self.lede[1] and \
                    re.search(W.ENROLLED[lang], s, re.I):
                self.methods_at = start
            if re.search(W.BEFORE_AFTER[lang], s, re.I):
                self.before_after = True
            if "all" not in self.f.groups and re.search(W.ENROLLED[lang], s, re.I):
                # (the people counted, not the places they came from: "Dei 96 ambulatori
                # partecipanti" counts practices; "4.126 pazienti" are the participants)
                m = next((x for x in re.finditer(
                    rf"({_NUM})\s+((?:\w+\s+){{0,2}}?)({W.PERSONS[lang]}|{OG.PEOPLE[lang]}|"
                    rf"{W.ANIMALS[lang]})(?!\w)",
                    s) if not re.match(rf"(?i)(?:{W.COUNT_NOUNS[lang]})(?!\w)", x.group(2))),
                    None)
                if m is None:  # "1.512 repartidores respondieron": people by their noun's
                    # ending, told by the enrolment verb right after them
                    m = re.search(rf"({_NUM})\s+()({OG.PEOPLE_ENDING[lang]})\s+"
                                  rf"(?:(?:{'|'.join(self.verbs) or 'haben|wurden'})\s+)?"
                                  rf"(?i:{W.ENROLLED[lang]})", s)
                if m and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
                    self._cohort(start, m)
            for m in re.finditer(W.ARM[lang], s, re.I):
                if not m.groupdict().get("arm3"):  # people named by an exposure: only
                    self._arm(m, start)           # beside a figure, never the study's arm
            m = re.search(rf"(?i)({W.FOLLOW_UP[lang]})({_NUM})\s+({self._units()})", s) or \
                re.search(rf"(?i)({W.FOLLOW_UP_WAS[lang]})({_NUM})\s+({self._units()})", s)
            if m and self.follow_up is None:
                self._follow_up(m, start)
        if not self.f.evidence and not self.arms and any(
                re.search(W.SURVEY[lang], self.text[a:b]) for a, b in sentences
                if self._kind(self.text[a:b], a) == "study"):
            # a survey of one sample, with no trial or cohort word anywhere: observational
            self.f.evidence = "observational"
        self.frame_arms = bool(self.arms)  # arms the methods name, not people beside a figure
        self._in_animals(sentences)

    def _in_animals(self, sentences: list[tuple[int, int]]) -> None:
        """A study done in animals is a lab study, whatever its design: its sample is the
        animals counted in its methods ("dividiram 60 camundongos"), and the headline or
        the first paragraph says so ("… em camundongos", "bei Mäusen"), naming no people
        as its participants."""
        lang = self.lang
        sample = self.f.groups.get("all")
        animal_sample = sample is not None and \
            re.fullmatch(W.ANIMALS[lang], sample.label, re.I) is not None
        title = self.f.title[0] if self.f.title else ""
        lede = self.text[self.lede[0]:self.lede[1]]
        told = any(re.search(W.IN_ANIMALS[lang], t) for t in (title, lede))
        if animal_sample or (told and sample is None):
            self.f.evidence = "lab"

    def _units(self) -> str:
        return "|".join(u for u, _ in W.TIME_UNITS[self.lang])

    def _cohort(self, start: int, m: re.Match[str]) -> None:
        noun = m.group(m.lastindex or 2)  # (the people's noun: the match's last group)
        self.persons = noun
        at = start + m.start(m.lastindex or 2)
        self.f.groups["all"] = Group("all", noun, [noun], [at, at + len(noun)], kind="all")
        self.f.groups["all"].size = value_of(m.group(1))  # type: ignore[assignment]
        span = [start + m.start(1), start + m.end(1)]
        add_fact(self.st, {"kind": "count", "value": value_of(m.group(1)), "group": "all",
                           "key": True, "source_span": span,
                           "review": "TODO the study's participants: check the count"},
                 "cohort")

    def _arm(self, m: re.Match[str], start: int) -> str:
        which = next(k for k, v in m.groupdict().items() if v)
        phrase = m.group(which)
        key = phrase.lower()
        if key in self.arms:
            return self.arms[key]
        at = start + m.start(which)
        control = bool(re.search(W.CONTROL, phrase))
        gid = "placebo" if "placebo" in key else self.st.ids["groups"].unique(_slug(phrase))
        if gid not in self.f.groups:
            self.f.groups[gid] = Group(gid, phrase, [phrase], [at, at + len(phrase)],
                                       kind="arm", review="TODO a study arm: check the label "
                                       "(the release's words for it)")
        self.arms[key] = gid
        if control and self.control is None:
            self.control = gid
        elif not control and self.treated is None:
            self.treated = gid
        return gid

    def _follow_up(self, m: re.Match[str], start: int) -> None:
        value = value_of(m.group(3))
        unit = next(u for pat, u in W.TIME_UNITS[self.lang]
                    if re.fullmatch(pat, m.group(4), re.I))
        tid = f"{value}{unit[0]}"
        span = [start + m.start(3), start + m.end(4)]
        self.f.times[tid] = Time(tid, value, unit, span)
        self.follow_up = (tid, (start + m.start(), start + m.end()))

    # -- 3. quantities, 4. attach --------------------------------------------------------
    def _sentence(self, start: int, stop: int) -> None:
        s = self.text[start:stop]
        kind = self._kind(s, start)
        numbers = self._figures(s)
        if kind != "study":
            if kind == "background" and any(w == "percent" for *_v, w in numbers):
                self._own_subject(s, start)  # ("L'obésité touche environ 17 % des adultes")
            for value, a, b, what in numbers:
                if what == "percent" and kind == "background" and \
                        self._background_share(s, start, value, a, b):
                    continue
                if what != "number":
                    named = "percentage" if what == "percent" else "difference in points"
                    self._leave(value, named, f"a {kind} sentence, not a study result", s)
            return
        lang = self.lang
        self.sentence_groups = []
        self.sentence_pair = None
        self.sentence_outcome = None
        self.sentence_rate = None
        self.interval_spans = []
        self.sentence_start = start
        self.share_prior: tuple[str | None] | None = None
        self._own_subject(s, start)
        covered = self._participants(s, start)
        covered += self._counts_of(s, start)
        covered += self._folds(s, start)
        covered += [(m.start(), m.end()) for m in re.finditer(W.INCREMENT[lang], s, re.I)]
        ratio_names = [m.start() for pattern, _ in W.RATIOS[lang]
                       for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", s)]
        for value, a, b, what in numbers:
            if any(x <= a < y for x, y in covered + self.interval_spans):
                continue
            if what == "number":
                if self._unit_count(s, start, value, a, b):
                    continue
                if not self._score_points(s, start, value, a, b, covered):
                    self._rate(s, start, value, a, b, covered)
                continue
            # a figure inside a ratio's brackets is the ratio's business
            if any(x < a < x + 60 and "%" not in s[x:a] for x in ratio_names):
                continue
            if self.follow_up and self.follow_up[1][0] <= start + a < self.follow_up[1][1]:
                continue
            if what == "points":
                self._difference(s, start, value, a, b)
            else:
                self._percent(s, start, value, a, b)
        for m in re.finditer(rf"{W.NO_DIFFERENCE[lang]}|{W.NO_ASSOCIATION[lang]}", s, re.I):
            self.sentence_outcome = self._no_difference(s, start, m) or self.sentence_outcome
        self._ratios(s, start)
        if self.share_prior is not None:
            self.last_outcome = self.share_prior[0]

    def _own_subject(self, s: str, start: int) -> None:
        """What a sentence is about, before any of its figures is read: the noun phrase
        that opens it after its article, up to its verb, a group, a mean's adjective, its
        first figure or its first comma or colon ("Auch die körperliche
        Leistungsfähigkeit, gemessen mit …, verbesserte sich: … stieg der Wert um 1,4
        Punkte"; "L'IMC moyen des enfants exposés était de 16,1 kg/m²"). A figure said of
        "der Wert" / "le score" / "il punteggio", or a level said with its unit, is of that
        phrase, not of the outcome of an earlier sentence. (Making it the outcome of every
        figure whose clause names none was tried: it helped the releases developed on and
        cost as much on those kept aside, where the carried outcome was right. Carrying
        nothing over a paragraph break was tried too: it dropped as many right figures as
        wrong ones.) A sentence that opens with no such phrase ("In der Kontrollgruppe …",
        "Elle était de …") may go on with the efficacy before it."""
        self.efficacy_before, self.efficacy_here = self.efficacy_here, False
        self.subject_named = False
        self.sentence_subject = None
        self.associated = None
        self._associated_with(s, start)
        first = re.search(rf"{_NUM}|[,:;(]|\s[-–]\s", s)
        cut = first.start() if first else len(s)
        head = s[:cut]
        opening = re.match(rf"(?i)[\s\"„“«(]*(?:{W.SUBJECT_OPENING[self.lang]})(?:\s+|(?<=['’]))"
                           rf"(?=[^\W\d_])", head)
        if not opening:
            return
        # the phrase ends where a group or a mean's adjective starts ("La pression
        # artérielle moyenne des enfants exposés …": "pression artérielle")
        ends = [m.start() for m in re.finditer(rf"(?<!\w)(?:{W.ARM[self.lang]})", head, re.I)
                if m.start() >= opening.end()]
        ends += [m.start() for m in re.finditer(W.MEAN_ADJECTIVE, head)
                 if m.start() > opening.end()]
        cut = min([cut, *ends])
        words = self._outcome_words(s, opening.end(), cut)
        verb = next((m.start() for m in re.finditer(r"[^\W\d_][\w'’-]*", head)
                     if m.group().lower() in self.verbs), cut)
        if words is None or words[0] > verb:
            return  # ("L'incidenza è passata da …": the words after the verb are no subject)
        label = s[words[0]:words[1]]
        lang = self.lang
        if re.match(rf"(?i)[^,;:]*?(?<!\w)(?:{W.CHANGED_OBJECT[lang]})\s+"
                    rf"(?:{W.RELATIVE_BY[lang]})?\s*{_NUM}", s[words[1]:]) or \
                re.search(W.VACCINE[lang], label):
            return  # "La vacuna contra la gripe redujo un 41 % el riesgo …": what changed it
        ratio = "|".join(pattern for pattern, _kind in W.RATIOS[lang])
        if re.fullmatch(W.VALUE_WORD, label) or re.fullmatch(W.CHANGE_NOUNS, label) or \
                re.fullmatch(W.STATISTIC_NOUNS, label) or re.fullmatch(W.RATE_WORDS, label) or \
                re.match(rf"(?i)(?:{ratio})(?![\w-])", label):
            # "der Wert", "der Unterschied", "l'incidenza", "il rischio relativo": of a
            # measure named elsewhere
            return
        self.subject_named = True
        known = set(self.f.outcomes)
        self.sentence_subject = self._outcome_of(label, [start + words[0], start + words[1]],
                                                 "TODO outcome wording taken from the "
                                                 "release: rewrite it as what the group did "
                                                 "and add direction or polarity")
        if self.sentence_subject not in known:
            self.subjects.add(self.sentence_subject)  # dropped at the end if no figure is of it
        carried = self.f.outcomes.get(self.last_outcome or "", {}).get("label", {})
        if not self.last_outcome or re.search(r"\d", carried.get(lang, {}).get("plain", "")):
            # nothing to carry, or words around a figure ("differenza assoluta di 14,2
            # punti"): the sentence's own subject is what its figures are of
            self.last_outcome = self.sentence_subject

    def _associated_with(self, s: str, start: int) -> None:
        """What a sentence says its exposure is associated with, before its first figure
        ("El uso del móvil en la cama se asoció a más insomnio: lo padecía el 17,8 % …"):
        the outcome its figures are of, not the one carried from the sentence before."""
        first = re.search(_NUM, s)
        # (the match may run over a figure of its own: "associado a uma chance 2,61 vezes
        # maior de sintomas depressivos")
        m = re.search(rf"(?i)(?<!\w)(?:{W.ASSOCIATED_WITH[self.lang]})", s)
        if not m or (first and m.start() > first.start()):
            return
        stop = re.search(rf"[,;:()]|{_NUM}|\s[-–]\s", s[m.end():])
        y = m.end() + (stop.start() if stop else len(s) - m.end())
        words = self._outcome_words(s, m.end(), y)
        if words is None or re.match(rf"{W.CHANGE_NOUNS}(?!\w)", s[words[0]:words[1]]) or \
                re.fullmatch(W.STATISTIC_NOUNS, s[words[0]:words[1]]):
            return  # ("associée à une réduction relative de 29 % du risque de délire")
        self.last_outcome = self._outcome_of(
            s[words[0]:words[1]], [start + words[0], start + words[1]],
            "TODO outcome wording taken from the release: rewrite it")
        self.associated = (self.last_outcome, words[1])

    def _anaphor(self, s: str, lo: int, a: int, before: str | None) -> str | None:
        """The measure a figure said of "der Wert", "le score", "il punteggio" … is of: the
        one its sentence opens with, else the one before."""
        if self.sentence_subject is not None and \
                re.search(rf"(?<![\w-])(?:{W.VALUE_WORD[4:]})(?![\w-])", s[lo:a], re.I):
            return self.sentence_subject
        return before

    def _background_share(self, s: str, start: int, value: float | int, a: int, b: int) -> bool:
        """A share of the population at large, said of a place ("el 12 % de los adultos en
        Europa", "no mundo", "in Italia"): drafted with role background, of a group named
        by the place, never a result nor the main fact; whether one was drafted."""
        places = list(re.finditer(W.PLACE[self.lang], s))
        lo, hi = self._clause(s, a, b)
        # the place in the figure's clause, else the nearest one
        place = next((p for p in places if lo <= p.start() < hi), None) or \
            min(places, key=lambda p: min(abs(p.start() - b), abs(a - p.end())), default=None)
        if not place:
            return self._background_people(s, start, value, a, b)
        if any(re.search(p, s[max(0, a - 25):a], re.I) for p in
                            (r"(?:entre|zwischen|tra|fra)\s+(?:el\s+|le\s+|il\s+|o\s+)?$",)):
            return False  # ("entre el 6 % y el 12 %": a range's bounds, left to the reviewer)
        if re.match(rf"\s*(?:{W.AND[self.lang]}|a|à|bis|al)\s+(?:el\s+|le\s+|il\s+|o\s+)?"
                    rf"{_NUM}\s*(?:{W.PERCENT[self.lang]})", s[b:], re.I):
            return False  # ("60% a 70%": the bounds of a range)
        outcome = self._outcome(s, start, a, b)
        if outcome is None:
            return False
        which = "g" if place.group("g") else "g2"
        gid = self._subpopulation(place.group(which), start + place.start(which))
        self.f.groups[gid].review = "TODO the population at large a background figure is " \
                                    "of: check the label"
        self._add_background(s, start, value, a, b, gid, outcome)
        return True

    def _add_background(self, s: str, start: int, value: float | int, a: int, b: int,
                        gid: str, outcome: str) -> None:
        """A share of a population at large, drafted with role background (never key)."""
        fact: dict[str, Any] = {"kind": "proportion", "value": value, "group": gid,
                                "outcome": outcome, "role": "background", "key": False,
                                "source_span": [start + a, start + b],
                                "review": "TODO a background figure (not this study's result): "
                                          "check its group and outcome, or delete it"}
        hedge = self._hedge(s, a)
        if hedge:
            fact["hedge"] = hedge
        add_fact(self.st, fact, f"{gid}-background")

    def _background_people(self, s: str, start: int, value: float | int, a: int,
                           b: int) -> bool:
        """A share of people at large said with no place ("Rund 30 Prozent der Menschen
        über 65 Jahre stürzen …", "L'obésité touche environ 17 % des adultes", "cerca del
        40 % de los mayores de 70 años vive solo"): drafted with role background, of a
        group named by the people after the figure, of what the clause says of them (or
        what the sentence opens with); whether one was drafted."""
        lang = self.lang
        people = re.match(
            rf"\s*(?:{W.PERCENT[lang]})?\s*(?:de|des|der|di|dei|degli|delle|do|dos|das|von)\s+"
            rf"(?:(?:los|las|les|den|i|gli|le|os|as)\s+)?(?P<g>(?:(?:älteren|jüngeren)\s+)?"
            rf"(?:{W.PERSONS[lang]})(?:\s+(?:âg[ée]e?s|mayores|ancian[oa]s|anzian[ie]|idos[oa]s|"
            rf"jeunes|j[oó]venes|giovani|jovens))?"
            rf"(?:\s+(?:über|unter|ab|de|di|da|von|mit|ohne|con|sin|avec|sans|com|sem|senza)\s+"
            rf"(?:(?:mehr\s+als|m[aá]s\s+de|plus\s+de|più\s+di|mais\s+de)\s+)?\d+\s+\w+)?)"
            rf"(?![\w-])", s[b:], re.I)
        if not people:
            return False
        _lo, hi = self._clause(s, a, b)
        # what the sentence opens with ("Le délire touche jusqu'à 50 % des personnes
        # âgées"), else what the figure's clause names
        outcome = self.sentence_subject or self._outcome(s, start, a, b)
        if outcome is not None and re.fullmatch(
                rf"(?i)(?:{W.PERSONS[lang]})(?:\s.*)?",
                self.f.outcomes[outcome]["label"][lang]["plain"]):
            outcome = None  # ("des adultes": who it is of, not what)
        if outcome is None:
            # what the clause says of them: its first words after the people ("stürzen
            # mindestens einmal im Jahr", "fument encore au troisième trimestre")
            x = b + people.end()
            tokens = [m for m in re.finditer(r"[^\W\d_][\w'’-]*", s[x:hi])][:3]
            while tokens and tokens[-1].group().lower() in self.words:
                tokens = tokens[:-1]
            if not tokens or tokens[0].group().lower() in self.words:
                return False
            i, j = x + tokens[0].start(), x + tokens[-1].end()
            outcome = self._outcome_of(s[i:j], [start + i, start + j],
                                       "TODO outcome wording taken from the release: rewrite it")
        at = b + people.start("g")
        gid = self._subpopulation(people.group("g"), start + at)
        self.f.groups[gid].review = "TODO the people at large a background figure is of: " \
                                    "check the label"
        self._add_background(s, start, value, a, b, gid, outcome)
        return True

    def _unit_count(self, s: str, start: int, value: float | int, a: int, b: int) -> bool:
        """A count of the places or trials the study took in ("en 418 hospitales de 29
        países", "23 essais menés dans 14 pays"): drafted as a count of a group named by
        the noun, as the English stages do; whether one was drafted."""
        if not isinstance(value, int) or value < 1:
            return False
        m = re.match(rf"\s*(?:{W.COUNT_NOUNS[self.lang]})(?![\w-])", s[b:], re.I)
        if not m:
            return False
        noun = m.group().strip()
        at = start + b + m.start() + (len(m.group()) - len(m.group().lstrip()))
        gid = _slug(noun)
        if gid not in self.f.groups:
            self.f.groups[gid] = Group(gid, noun, [noun], [at, at + len(noun)], kind="sub",
                                       review="TODO what the study counted: check the label")
        if any(f["kind"] == "count" and f.get("group") == gid and f.get("value") == value
               for f in self.f.facts):
            return True
        end = a + re.match(_NUM, s[a:]).end()  # type: ignore[union-attr]
        add_fact(self.st, {"kind": "count", "value": value, "group": gid, "key": True,
                           "source_span": [start + a, start + end],
                           "review": "TODO a count of what the study took in: check"},
                 f"{gid}-count")
        return True

    def _counts_of(self, s: str, start: int) -> list[tuple[int, int]]:
        """An arm's count of so many and its share in brackets ("148/600 pacientes (24,7 %)
        del grupo del fármaco", "161 sur 600 (26,8 %) dans le groupe placebo"): one
        proportion with its count and denominator, of the arm named after the bracket (or
        before the count) and the outcome its clause names; the spans read."""
        lang, covered = self.lang, []
        pattern = (rf"({_NUM})\s*(?:/|\s(?:de|sur|von|su|di|em)\s)\s*({_NUM})"
                   rf"(?:\s+(?:{W.PERSONS[lang]}|{W.ANIMALS[lang]}))?\s*\(\s*({_NUM})\s*"
                   rf"(?:{W.PERCENT[lang]})\s*\)")
        for m in re.finditer(pattern, s, re.I):
            n, total, share = (value_of(m.group(k)) for k in (1, 2, 3))
            if not isinstance(n, int) or not isinstance(total, int) or not 0 < n <= total or \
                    abs(100 * n / total - share) > 1:
                continue  # (not a count of so many: "1/2 (50 %)" of a dose, a date)
            after = re.match(rf"\s*(?:{W.ARM[lang]})", s[m.end():], re.I)
            arms = [x for x in re.finditer(W.ARM[lang], s[:m.start()], re.I)
                    if not re.search(_CLAUSE_END, s[x.end():m.start()])]
            if after:
                shifted = re.search(W.ARM[lang], s[m.end():], re.I)
                assert shifted is not None
                gid = self._arm(shifted, start + m.end())
            elif arms:
                gid = self._arm(arms[-1], start)
            else:
                continue
            outcome = self._outcome(s, start, m.start(), m.end()) or self.last_outcome
            if outcome is None:
                continue
            fact: dict[str, Any] = {"kind": "proportion", "value": share, "count": n,
                                    "of": total, "group": gid, "outcome": outcome, "key": True,
                                    "source_span": [start + m.start(), start + m.end()],
                                    "review": "TODO an arm's count and share: check its group "
                                              "and outcome"}
            if gid not in self.sentence_groups:
                self.sentence_groups.append(gid)
            self._extras(fact, s, start, m.start())
            add_fact(self.st, fact, f"{gid}-proportion")
            covered.append((m.start(), m.end()))
        return covered

    def _figures(self, s: str) -> list[tuple[float | int, int, int, str]]:
        """Each figure of a sentence: value, span, and percent | points | number."""
        lang = self.lang
        out = []
        pattern = (rf"({_NUM})\s*(?:-\s*)?(?:({W.POINTS[lang]})|({W.PERCENT[lang]})"
                   rf"(?!\s*-?\s*(?:KI|CI|IC)\b))?")
        for m in re.finditer(pattern, s, re.I):
            if re.match(r"(?i)\s*-?\s*%?\s*-?\s*(?:KI|CI|IC|Konfidenz|intervall|intervalo|"
                        r"intervalle|confian|confidenz)", s[m.end(1):]):
                continue  # "95-%-KI": the interval's level, no figure
            if re.search(r"(?i)\b(?:KI|CI|IC|confian[çc]?[ae]|confidenza)\s+"
                         r"(?:(?:à|a|al|del|de)\s+)?$", s[:m.start(1)]) and \
                    re.match(r"9[059](?:[.,]\d)?$", m.group(1)):
                continue  # "IC à 95 %", "IC del 95 %": the level after the name
            what = "points" if m.group(2) else "percent" if m.group(3) else "number"
            if what == "number" and _YEAR_SPAN.search(s, max(0, m.start(1) - 12),
                                                      min(len(s), m.end(1) + 12)) and \
                    any(x <= m.start(1) < y for x, y in
                        ((y.start(), y.end()) for y in _YEAR_SPAN.finditer(s))):
                continue  # "nel periodo 2010-2014": the years of a period, no figure
            out.append((value_of(m.group(1)), m.start(1), m.end(), what))
        return out

    def _clause(self, s: str, a: int, b: int) -> tuple[int, int]:
        """The clause of ``s`` that holds the figure at [a, b)."""
        versus = rf"(?<!\w)(?:{W.VERSUS[self.lang]})(?!\w)"
        lo = max([m.end() for m in re.finditer(_CLAUSE_END, s[:a])] +
                 [m.end() for m in re.finditer(versus, s[:a], re.I)] + [0])
        after = [m.start() + b for m in re.finditer(
            rf"{_CLAUSE_END}|{versus}|{_NUM}\s*(?:{W.PERCENT[self.lang]})", s[b:], re.I)]
        return lo, min([*after, len(s)])

    def _arm_near(self, s: str, start: int, a: int, b: int) -> str | None:
        """The arm named in the figure's clause: after it first ("8,1 % in der
        Placebogruppe"), else before it ("im Placebo-Arm 11,3 %")."""
        lo, hi = self._clause(s, a, b)
        found = list(re.finditer(W.ARM[self.lang], s[lo:hi], re.I))
        # an exposure category or step named in the clause is a group as an arm is
        cands: list[tuple[int, int, Any]] = [(m.start() + lo, m.end() + lo, m) for m in found]
        cands += [(x, y, gid) for x, y, gid, versus in self._named(s, start)
                  if lo <= x and y <= hi and not versus]
        if not cands:  # "61,5 % avec l'application": an arm told by its own word
            cands += self._arm_by_word(s[lo:hi], lo)
        if not cands:  # "tra le donne il tasso era di 19,7": a part of the population
            cands += [(m.start("sub") + lo, m.end("sub") + lo, self._subpopulation(
                m.group("sub"), start + lo + m.start("sub")))
                for m in re.finditer(W.SUBPOPULATION[self.lang], s[lo:hi], re.I)]
        closed = re.match(r"\s*\)\s*", s[b:]) if not cands else None
        arm_after = re.match(W.ARM[self.lang], s[b + closed.end():], re.I) if closed else None
        if arm_after:  # "14 pacientes (3,8 %) del grupo de lomigepant": after its bracket
            return self._arm(arm_after, start + b + closed.end())
        if not cands:  # "27,4 % dos estudantes", "entre as meninas", "12 % no Norte"
            cands += self._open_groups(s, start, lo, hi, a, b)
        fronted_arm = ([m for m in re.finditer(rf"(?:{W.ARM[self.lang]})\s*,", s[:lo], re.I)
                        if not re.search(r"\d", s[m.end():lo])] or [None])[-1]
        if not cands and fronted_arm:  # "Nos municípios do programa, a cobertura passou"
            shifted = re.search(W.ARM[self.lang], s[fronted_arm.start():], re.I)
            assert shifted is not None
            return self._arm(shifted, start + fronted_arm.start())
        fronted = ([m for m in re.finditer(rf"{W.SUBPOPULATION[self.lang]}\s*,", s[:lo], re.I)
                    if not re.search(r"\d", s[m.end():lo])] or [None])[-1]
        if not cands and fronted:  # "Chez les femmes de 35 à 49 ans, le taux est passé de"
            cands.append((fronted.start("sub"), fronted.end("sub"), self._subpopulation(
                fronted.group("sub"), start + fronted.start("sub"))))
        if not cands:  # "- 18 a 34 años: 9,6 %", "chez les 75 ans et plus (21 %)"
            cands += self._age_bands(s, start, lo, hi)
        if not cands:  # "Entre as meninas, a prevalência foi de 36,8 %"
            span = OG.fronted(s, lo, self.lang)
            if span:
                cands.append((span[0], span[1], self._open_group(s, start, span, "among")))
        if not cands and lo > 0 and s[lo - 1] == "(":
            # "Fue más alta en las mujeres (18,2 %; …)": the bracket holds the figure of
            # the part of the population or the arm named right before it
            cands += self._before_bracket(s, start, lo - 1)
        after = [c for c in cands if c[0] >= b]
        before = [c for c in cands if c[1] <= a]
        c = min(after, key=lambda c: c[0]) if after else \
            max(before, key=lambda c: c[1]) if before else None
        if c is None:
            return None
        if isinstance(c[2], str):
            return c[2]
        m = c[2]
        shifted = re.search(W.ARM[self.lang], s[lo + m.start():], re.I)
        assert shifted is not None
        return self._arm(shifted, start + lo + m.start())

    def _being(self, s: str, start: int, a: int, b: int) -> str | None:
        """A share of the sample said to BE some kind of people, with no arm named ("le
        donne erano il 52,6 %", "51,4 % eram meninas", "68,2 Prozent waren Frauen", "el
        47 % eran fumadores"): the whole sample's share of being them (that noun the
        outcome), in a study whose sample is drafted."""
        if "all" not in self.f.groups:
            return None
        lang = self.lang
        lo, _hi = self._clause(s, a, b)
        people = rf"(?:{W.PERSONS[lang]}|{OG.PEOPLE[lang]})"
        be = (r"(?:erano|eran|étaient|waren|eram|sono|son|sont|sind|são|era|était|war|foi|"
              r"fue|fueron|furono|foram|è|é|es|est)")
        art = r"(?:(?:il|el|la|le|o|a|los|las|les|as|os|i|gli|l['’]|des|de|dos|das|dei|delle)\s*)?"
        m = re.search(rf"(?i)(?<!\w)({people})\s+{be}\s+{art}$", s[lo:a])
        at = lo + m.start(1) if m else None
        if m is None:
            m = re.match(rf"(?i)\s*{be}\s+{art}({people})(?!\w)", s[b:])
            at = b + m.start(1) if m else None
        if m is None or at is None:
            return None
        noun = m.group(1)
        return self._outcome_of(noun, [start + at, start + at + len(noun)],
                                "TODO what share of the sample this is: check")

    def _verb_first(self, s: str, start: int, a: int) -> str | None:
        """What a share in brackets after a count is of, in a sentence that opens with its
        verb ("Dejaron el tratamiento 9 pacientes (6,0 %) …", "Ont arrêté le traitement 7
        patients (5,4 %)", "Interromperam o tratamento 11 pacientes (5,4 %)"): the words
        from the verb to the count."""
        m = re.search(rf"({_NUM})(?:\s+[^\W\d_][\w'’-]*)?\s*\(\s*$", s[:a])
        if not m:
            return None
        lo = max([x.end() for x in re.finditer(r"[;:]|,\s", s[:m.start()])] + [0])
        tokens = list(re.finditer(r"[^\W\d_][\w'’-]*", s[lo:m.start()]))
        if not tokens or not (tokens[0].group().lower() in self.verbs or
                              self.verb_form.fullmatch(tokens[0].group())):
            return None
        while tokens and tokens[-1].group().lower() in self.words:
            tokens.pop()
        if not 2 <= len(tokens) <= 6:
            # "… 9 pacientes (6,0 %) del grupo A y 4 (2,7 %) del grupo B": the second count
            # goes on with the first's verb
            return self.verb_first[1] if self.verb_first and self.verb_first[0] == start \
                else None
        x, y = lo + tokens[0].start(), lo + tokens[-1].end()
        oid = self._outcome_of(s[x:y], [start + x, start + y],
                               "TODO outcome wording taken from the release: rewrite it")
        self.verb_first = (start, oid)
        return oid

    def _implied_arm(self, s: str, a: int, b: int) -> str | None:
        """In a trial of a treated and a control arm, a pair of shares set against each other
        with no arm named in the sentence ("el estreñimiento (6,5 % frente a 1,6 %)", "la
        diarrhée (6,8 % contre 13,5 %)"): the first is the treated arm's, the second the
        control's, as a release lists them."""
        end = re.search(r"[);]", s[b:])
        if not (self.treated and self.control) or \
                re.search(W.ARM[self.lang], s[:b + end.start() if end else len(s)], re.I):
            return None  # (an arm named before the pair, or in its bracket, is its own)
        lang = self.lang
        versus = rf"(?:{W.VERSUS[lang]})"
        share = rf"(?:(?:el|la|le|il|l['’]|o|a|der|die)\s*)?{_NUM}\s*(?:{W.PERCENT[lang]})"
        if re.match(rf"(?i)\s*{versus}\s*{share}", s[b:]):
            return self.treated
        if re.search(rf"(?i){share}\s*{versus}\s*(?:(?:el|la|le|il|l['’]|o|a|der|die)\s*)?$",
                     s[:a]):
            return self.control
        return None

    def _bracket_subject(self, s: str, start: int, a: int) -> str | None:
        """What the shares in a bracket are of: the noun phrase right before the bracket,
        after the clause's verb or "and" ("fueron el estreñimiento (6,5 % …) y las náuseas
        (5,1 % …)")."""
        opened = s.rfind("(", 0, a)
        if opened < 0 or ")" in s[opened:a]:
            return None
        lo = max([m.end() for m in re.finditer(r"[;:)]|,\s", s[:opened])] + [0])
        cuts = [m.end() for m in re.finditer(r"[^\W\d_][\w'’-]*", s[lo:opened])
                if m.group().lower() in self.verbs or self.verb_form.fullmatch(m.group()) or
                re.fullmatch(rf"(?i)(?:{W.AND[self.lang]})", m.group())]
        x = lo + (max(cuts) if cuts else 0)
        y = opened
        if cuts and re.match(r"(?i)\s*(?:moins|plus|m[aá]s|menos|pi[uù]|meno|mais|weniger|mehr|"
                             r"häufiger|seltener|h[äa]ufig|selten|fr[ée]quent|frecuent|frequent)",
                             s[x:opened]):
            # "Les diarrhées … ont été moins fréquentes avec le traitement court (6,8 %
            # contre 13,5 %)": what was less frequent is the subject, before the verb
            y = lo + min(cuts)
            y = lo + s[lo:y].rstrip().rfind(" ") if " " in s[lo:y].rstrip() else y
            x = lo
        words = self._outcome_words(s, x, y)
        if not words:
            return None
        return self._outcome_of(s[words[0]:words[1]], [start + words[0], start + words[1]],
                                "TODO outcome wording taken from the release: rewrite it")

    def _open_groups(self, s: str, start: int, lo: int, hi: int, a: int,
                     b: int) -> list[tuple[int, int, Any]]:
        """The part of the sample a figure's clause names in its own words, with no arm or
        listed population there (open_groups.py): the people a share right after the
        figure is of, a population named with "among", a place right after the figure."""
        lang = self.lang
        out: list[tuple[int, int, Any]] = []
        span = OG.share_of(s, b, lang, self.persons)
        if span and span[1] <= max(hi, span[1]):
            out.append((span[0], span[1], self._open_group(s, start, span, "of")))
        for x, y in OG.among(s, lo, hi, lang):
            if not any(x < q and p < y for p, q, _g in out):
                out.append((x, y, self._open_group(s, start, (x, y), "among")))
        if not out:
            span = OG.place(s, b, lang)
            if span:
                out.append((span[0], span[1], self._open_group(s, start, span, "place")))
        span = OG.band(s, b, lang)
        if span:  # "8,9 per cento entro 24 ore": a band of the exposure, right after it
            out.append((span[0], span[1], self._open_group(s, start, span, "band")))
        after = OG.past_bracket(s, b)
        if not out and after > b:
            # "del 5,1 per cento (1.602 decessi) nei pazienti operati entro 24 ore, del
            # 5,8 per cento (…) tra 24 e 48 ore": the group after the figure's bracket
            stop = re.search(rf"{_CLAUSE_END}|{_NUM}\s*(?:{W.PERCENT[lang]})", s[after:])
            end = after + (stop.start() if stop else len(s) - after)
            span = OG.band(s, after, lang) or OG.share_of(s, after, lang, self.persons)
            if span is None:
                inside = re.match(rf"(?i)\s*(?:{OG.IN[lang]})\s+", s[after:end])
                found = OG.phrase(s, after + inside.end(), lang) if inside else None
                if found and OG.names_people(s[found[0]:found[1]], lang, self.persons):
                    span = found
            if span is None:
                spans = OG.among(s, after, end, lang)
                span = spans[0] if spans else None
            if span:
                out.append((span[0], span[1], self._open_group(s, start, span, "of")))
        return out

    def _open_group(self, s: str, start: int, span: tuple[int, int], how: str) -> str:
        """The group of a phrase read by _open_groups: the whole sample when it names the
        study's participants ("dos estudantes" in a survey of students), else a part of
        the population with the phrase as its label. Its words are no outcome."""
        x, y = span
        self.open_spans.append((start + x, start + y, how))
        label = " ".join(s[x:y].split())
        sample = self.f.groups.get("all")
        if sample is not None and (_same_noun(_slug(label), _slug(sample.label)) or
                                   re.fullmatch(_SAMPLE_NOUNS, label) or
                                   (self.persons and label.lower() == self.persons.lower())):
            return "all"
        return self._subpopulation(s[x:y], start + x)

    def _outcome_after_group(self, s: str, start: int, a: int) -> str | None:
        """What a share of people read right after its figure is of, when the clause goes
        on with their verb: "27,4 % dos estudantes (IC …) apresentaram sintomas
        depressivos", "41 % des salariés déclaraient des troubles du sommeil"."""
        mine = [(x - start, y - start) for x, y, how in self.open_spans
                if how == "of" and a <= x - start <= a + 40 and x - start < len(s)]
        if not mine:
            return None
        y = mine[-1][1]
        m = re.match(r"(?:\s*\([^()]*\))*\s*", s[y:])
        at = y + (m.end() if m else 0)
        verbs = re.compile(rf"(?i)(?:{OG.VERB_FORM[self.lang]})")
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", s[at:at + 80]))
        k = 0
        while k < len(words) and words[k].start() <= (words[k - 1].end() + 1 if k else 0) and \
                (verbs.fullmatch(words[k].group()) or words[k].group().lower() in self.verbs or
                 (k and re.fullmatch(r"(?i)stat[oaie]|sid[oa]s?|été|worden|gewesen|"
                                     r"\w+(?:ad[oa]s|id[oa]s|é(?:e|s|es)|at[ie]|it[ie])",
                                     words[k].group()))):
            k += 1
        if k == 0 or k >= len(words):
            return None
        x = at + words[k].start()
        stop = re.search(rf"{_CLAUSE_END}|[:.]|{_NUM}", s[x:])
        got = self._outcome_words(s, x, x + stop.start() if stop else len(s))
        if not got:  # "41,3 % des participants étaient des femmes": being women
            who = re.match(rf"(?i)(?:(?:des|de|d[oa]s|dei|delle|degli|les|las|los|as|os|le|"
                           rf"i)\s+)?({W.PERSONS[self.lang]}|{OG.PEOPLE[self.lang]})(?!\w)", s[x:])
            got = (x + who.start(1), x + who.end(1)) if who else None
        if not got:
            return None
        i, j = got
        oid = self._outcome_of(s[i:j], [start + i, start + j],
                               "TODO outcome wording taken from the release: rewrite it")
        self.last_outcome = oid
        return oid

    def _period(self, s: str, a: int, b: int) -> str | None:
        """In a study of the same wards or people before and after a change, the period a
        figure of "from X to Y" is of: X the period before, Y the one after ("le cadute
        sono passate da 3,8 a 2,6", "bajó del 9,4 % al 6,1 %"); None elsewhere."""
        if not self.before_after or self.frame_arms:
            return None
        lang = self.lang
        to = r"(?:a|à|al|alla|all['’]|ao|para|auf|bis|hasta)"
        frm = r"(?:da|dal|dalla|dallo|dall['’]|de|del|desde|von|do|du)"
        unit = rf"(?:\s*(?:{W.PERCENT[lang]}))?"
        if re.search(rf"(?i)(?<!\w){frm}\s*$", s[:a]) and \
                re.match(rf"(?i){unit}\s*{to}\s*{_NUM}", s[b:]):
            which = 0
        elif re.search(rf"(?i)(?<!\w){frm}\s*{_NUM}{unit}\s*{to}\s*$", s[:a]):
            which = 1
        else:
            return None
        gid = ("before", "after")[which]
        if gid not in self.f.groups:
            label = W.PERIOD_LABELS[lang][which]
            self.f.groups[gid] = Group(gid, label, [label], [0, 0], kind="arm",
                                       review="TODO the period before or after the change the "
                                              "study compares: name it as the release does")
        self.treated, self.control = "after", "before"
        return gid

    def _share_subject(self, s: str, start: int, a: int) -> str | None:
        """What a share named before its figure is of: "Le pourcentage de répondeurs,
        c'est-à-dire …, était de 61,5 %" (the responders), up to its clause's end."""
        named = list(re.finditer(W.SHARE_OF[self.lang], s[:a], re.I))
        if not named or any(what == "percent" for *_x, what in
                            self._figures(s[named[-1].end():a])):
            return None  # (a share said between is the one it names)
        x = named[-1].start("x")
        stop = re.search(rf"{_CLAUSE_END}|:", s[x:a])
        words = self._outcome_words(s, x, x + stop.start() if stop else a)
        if not words:
            return None
        return self._outcome_of(s[words[0]:words[1]], [start + words[0], start + words[1]],
                                "TODO outcome wording taken from the release: rewrite it")

    def _level_subject(self, s: str, start: int, a: int) -> str | None:
        """What a level's change is of: the subject before its verb ("Le cadute sono passate
        da 412 a 289, cioè da 3,8 a 2,6 …": the falls)."""
        verbs = list(re.finditer(W.LEVEL_VERBS, s[:a]))
        if not verbs:
            return None
        verb = verbs[-1]
        lo = max([m.end() for m in re.finditer(rf"{_CLAUSE_END}|:", s[:verb.start()])] + [0])
        lang = self.lang
        if re.search(rf"(?i)(?<!\w)(?:{W.SHARE_WORDS[lang]}|{W.RATE_WORDS[4:]})(?!\w)"
                     rf"(?!\s+(?:de|di|of|von|do|da|du|del|della|dei|des|der)\b)",
                     re.sub(r"(?i)\b\w{1,4}['’](?=\w)", "", s[lo:verb.start()])):
            return None  # "l'incidenza è salita": a rate's name alone, of the outcome before
        words = self._outcome_words(s, lo, verb.start())
        if not words:
            return None
        return self._outcome_of(s[words[0]:words[1]], [start + words[0], start + words[1]],
                                "TODO outcome wording taken from the release: rewrite it")

    def _age_bands(self, s: str, start: int, lo: int, hi: int) -> list[tuple[int, int, Any]]:
        """The age bands named in ``s[lo:hi]`` as parts of the population: (start, end,
        group id), the band's words its label ("18 a 34 años", "75 ans et plus")."""
        out: list[tuple[int, int, Any]] = []
        for m in re.finditer(rf"(?i)(?<![\w-])(?:{W.AGE_BAND[self.lang]})(?![\w-])", s[lo:hi]):
            lead = re.match(r"(?i)(?:de|da|tra|fra)\s+", m.group("sub"))
            x = lo + m.start("sub") + (lead.end() if lead else 0)
            y = lo + m.end("sub")
            out.append((x, y, self._subpopulation(s[x:y], start + x)))
        return out

    def _before_bracket(self, s: str, start: int, at: int) -> list[tuple[int, int, Any]]:
        """The part of the population or the arm named right before the bracket at
        ``at`` ("en las mujeres (", "im Placebo-Arm ("), as (start, end, group id)."""
        head = s[:at].rstrip()
        sub = re.search(rf"(?i)(?:{W.SUBPOPULATION[self.lang]})$", head)
        if sub:
            return [(sub.start("sub"), sub.end("sub"), self._subpopulation(
                sub.group("sub"), start + sub.start("sub")))]
        arm = [m for m in re.finditer(W.ARM[self.lang], head, re.I) if m.end() == len(head)]
        if arm:
            return [(arm[-1].start(), arm[-1].end(), self._arm(arm[-1], start))]
        return []

    def _subpopulation(self, phrase: str, at: int) -> str:
        """The group of a part of the population a figure is said of ("le donne", "les
        femmes de 35 à 49 ans"): one per wording, never an arm."""
        label = " ".join(phrase.split())
        gid = _slug(label)
        if gid not in self.f.groups:
            self.f.groups[gid] = Group(gid, label, [label], [at, at + len(phrase)], kind="sub",
                                       review="TODO a part of the population the figure is "
                                       "said of: check the label")
        return gid

    def _arm_by_word(self, clause: str, lo: int) -> list[tuple[int, int, Any]]:
        """An arm drafted already, named in the clause by "with" and the one word that
        tells it from the other arm ("avec l'application" for "groupe application",
        "con el ejercicio"): (start, end, group id); none when the word names both."""
        out: list[tuple[int, int, Any]] = []
        # (a word of four letters or more, or a capitalised one of three: "mit App")
        words = {gid: {w.lower() for w in re.findall(r"[^\W\d_]{4,}|(?<![\w-])[A-ZÄÖÜ][^\W\d_]{2}"
                                                     r"(?![\w])", self.f.groups[gid].label)
                       if w.lower() not in _ARM_HEADS}
                 for gid in dict.fromkeys(self.arms.values()) if gid in self.f.groups}
        stems = {}
        for gid in words:
            joined = re.fullmatch(r"(?i)([^\W\d_]{3,}?)s?(?:gruppe|arm)", self.f.groups[gid].label)
            if joined and len(joined.group(1)) >= 4:
                stems[gid] = joined.group(1).lower()
        for gid in dict.fromkeys(self.arms.values()):
            if gid not in self.f.groups:
                continue
            arm = self.f.groups[gid].label
            # "78 % der App-Gruppe": the arm's own name, without the preposition the arm
            # pattern reads; "52,6 % der App-Nutzerinnen": a compound of the arm's word
            # ("App-Gruppe") and the people in it
            stem = re.match(r"(?i)([^\W\d_]{3,}?)-?(?:gruppe|arm)$", arm)
            names = [re.escape(arm)] + ([rf"{re.escape(stem.group(1))}-?(?:Nutzer|Anwender|"
                                         rf"Teilnehm|Patient|Person|Proband)\w*"]
                                        if stem else [])
            for name in names:
                for m in re.finditer(rf"(?<![\w-])(?:{name})(?![\w-])", clause):
                    out.append((m.start() + lo, m.end() + lo, gid))
        for m in re.finditer(r"(?i)\b(?:avec|sous|con|com|mit|unter)\s+(?:l['’]|le\s+|la\s+|"
                             r"les\s+|il\s+|lo\s+|el\s+|los\s+|o\s+|a\s+|os\s+|dem\s+|"
                             r"der\s+|den\s+)?([^\W\d_]{4,}|(?-i:[A-ZÄÖÜ])[^\W\d_]{2}(?!\w))",
                             clause):
            word = m.group(1).lower()
            owners = [gid for gid, ws in words.items() if word in ws]
            if not owners:  # "mit Übungen" for the "Übungsgruppe": the compound's first part
                owners = [gid for gid, stem in stems.items() if word.startswith(stem)]
            if len(owners) == 1:
                out.append((m.start() + lo, m.end() + lo, owners[0]))
        return out

    def _outcome(self, s: str, start: int, a: int, b: int) -> str | None:
        """The outcome the figure's clause names: its words after the arm, or before the
        figure, trimmed of articles, prepositions and the participants' noun."""
        lo, hi = self._clause(s, a, b)
        if self.associated and lo < self.associated[1] <= a:
            # "… se asoció a más caídas: las sufrió el 21,4 %": what it is associated with
            self.last_outcome = self.associated[0]
            return self.associated[0]
        versus = rf"(?i)(?<!\w)(?:{W.VERSUS[self.lang]})\s*$"
        if self.last_outcome and re.search(versus, s[:lo]):
            return self.last_outcome  # "…, im Vergleich zu 11,3 % in der Placebogruppe"
        arms = [m for m in re.finditer(W.ARM[self.lang], s[lo:hi], re.I) if m.start() + lo >= b]
        chunks = []
        agent = bool(re.search(rf"(?i)\b(?:{W.CHANGED_OBJECT[self.lang]})\s+"
                               rf"(?:{W.RELATIVE_BY[self.lang]})\s*$", s[lo:a])) and \
            bool(re.match(r"(?i)\s*(?:la|le|les|l['’]|il|lo|gli|el|los|las|o|a|os|as)\b\s*\w",
                          s[b:hi]))  # (with an object: "ont diminué de 42 %" has none)
        if agent:
            # "ha ridotto del 70% la crescita di cellule …": the object's first words after
            # the figure are what changed; the subject before the verb is what changed it
            head = re.match(r"\s*(?:\S+\s+){0,3}[^\s,;]+", s[b:hi])
            chunks.append((b, b + head.end() if head else hi))
        risk = re.search(W.RISK_OF[self.lang], s[lo:hi], re.I)
        if risk:  # "ein um 25 % geringeres Risiko für Demenz", "riesgo de demencia"
            # (before the object's first words: "redujo un 41 % el riesgo de ser
            # hospitalizado" is of being hospitalised, not of "ser")
            chunks.insert(0, (lo + risk.start("x"), lo + risk.end("x")))
        if arms:
            chunks.append((arms[0].end() + lo, hi))
        # "una riduzione relativa del 32% delle cadute", "une réduction de 29 % du risque":
        # a change's noun before the figure, what changed after it
        of_after = bool(re.search(rf"(?i)(?:{W.CHANGE_NOUNS[4:]})\s+(?:{W.RELATIVE_BY[self.lang]}|"
                                  rf"del|de|di|della|dell['’]|um|von|do|da|du)\s*$", s[lo:a])) and \
            bool(re.match(r"(?i)\s*(?:%\s*)?(?:de|des|du|d['’]|del|della|delle|dei|degli|dello|"
                          r"di|do|da|dos|das|der|von)\b", s[b:hi]))
        if of_after:
            chunks.append((b, hi))
        if not agent:
            chunks.append((lo, a))
        if not of_after:
            chunks.append((b, hi))
        for x, y in chunks:
            if x == b and re.match(r"(?i)\s*(?:che|que|qui|die|der|das|welche[rs]?)\b", s[x:y]):
                continue  # "del 18% che però non è risultata …": a relative clause
            comparative = re.match(rf"(?i)\s*(?:{W.FEWER_AFTER[self.lang]}|"
                                   rf"{W.MORE_AFTER[self.lang]})\s+", s[x:y]) if x == b else None
            if comparative:  # "37% menos placas": the thing counted, not "menos"
                x += comparative.end()
            first = re.match(r"\s*([^\W\d_][\w'’-]*)", s[x:y])
            if (x, y) == (lo, a) and lo > 0 and self.sentence_subject and first and \
                    (first.group(1).lower() in OG.NEGATORS or
                     self.verb_form.fullmatch(first.group(1))):
                # "Le riammissioni …, invece, non differivano tra le fasce: 8,9 per cento":
                # the clause opens with its verb; what it says is of the sentence's subject
                self.last_outcome = self.sentence_subject
                return self.sentence_subject
            words = self._outcome_words(s, x, y)
            if words and (re.fullmatch(W.CHANGE_NOUNS, s[words[0]:words[1]]) or re.fullmatch(
                    rf"(?i)(?:{W.LOWER[self.lang]}|{W.HIGHER[self.lang]})\w*",
                    s[words[0]:words[1]])):
                continue  # "un aumento relativo del 56%", "foi 32% menor": of the outcome before
            if words:
                i, j = words
                oid = self._outcome_of(s[i:j], [start + i, start + j],
                                       "TODO outcome wording taken from the release: rewrite "
                                       "it as what the group did and add direction or polarity")
                self.last_outcome = oid
                return oid
        return None

    def _outcome_of(self, label: str, span: list[int], review: str) -> str:
        """The outcome ``label`` names: one drafted already for the same noun in the
        singular or the plural ("fracturas", "una fractura"), else a new one."""
        oid = _slug(label)
        same = next((o for o in self.f.outcomes if _same_noun(o, oid)), None)
        if same is not None:
            return same
        self.f.outcomes[oid] = {"id": oid, "label": {self.lang: {"plain": label,
                                                                 "technical": label}},
                                "source_span": span, "review": review}
        return oid

    def _shared_outcome(self, s: str, start: int, a: int, b: int) -> str | None:
        """The outcome of the next figure when the two share one clause's verb: "el 8,1 %
        del grupo A y el 8,4 % del grupo B sufrieron una fractura" (the first figure's
        clause ends at the second, with nothing but its arm and "y" between)."""
        _lo, hi = self._clause(s, a, b)
        nxt = next(((x, y) for _v, x, y, what in self._figures(s)
                    if x == hi and what == "percent"), None)
        if nxt is None:
            return None
        between = re.sub(W.ARM[self.lang], " ", s[b:hi], flags=re.I)
        words = re.findall(r"[^\W\d_][\w'’-]*", between)
        if not words or not re.fullmatch(rf"(?i)(?:{W.AND[self.lang]})", words[0]) or \
                any(w.lower().rstrip("'’") not in self.words for w in words[1:]):
            return None
        return self._outcome(s, start, *nxt)

    def _outcome_words(self, s: str, x: int, y: int) -> tuple[int, int] | None:
        tokens = [(m.start() + x, m.end() + x, m.group()) for m in
                  re.finditer(r"[^\W\d_][\w'’-]*", s[x:y])]
        stop = re.compile(rf"(?i)^(?:{W.PERSONS[self.lang]}|{W.PERCENT[self.lang]}|"
                          rf"{W.POINTS[self.lang]}|{self._units()}|{W.SHARE_WORDS[self.lang]}|"
                          rf"{W.MEASURE_UNITS}|{W.FRAME_WORDS[self.lang]})$")
        arms = [(m.start() + x, m.end() + x) for m in re.finditer(W.ARM[self.lang], s[x:y], re.I)]
        arms += [(p + x, q + x) for p, q, *_ in self._category_spans(s[x:y])]
        arms += [(p + x, q + x) for p, q, _g in self._arm_by_word(s[x:y], 0)]
        arms += [(m.start() + x, m.end() + x)
                 for m in re.finditer(W.INCREMENT[self.lang], s[x:y], re.I)]
        arms += [(m.start() + x, m.end() + x)
                 for m in re.finditer(W.SUBPOPULATION[self.lang], s[x:y], re.I)]
        # a part of the sample read in the clause's own words, or the whole of it ("No total")
        at = self.sentence_start
        if self.text[at:at + len(s)] == s:
            arms += [(p - at, q - at) for p, q, _how in self.open_spans
                     if at + x <= p < at + y]
        arms += [(m.start() + x, m.end() + x) for m in re.finditer(
            rf"(?i)(?<!\w)(?:{OG.TOTAL[self.lang]})(?!\w)", s[x:y])]
        # an age band names a part of the population, a hedge how sure the figure is:
        # neither is what it measures ("75 años o más: 21,4 %", "y más del 30 %")
        arms += [(m.start() + x, m.end() + x) for m in re.finditer(
            rf"(?<![\w-])(?:{W.AGE_BAND[self.lang]})(?![\w-])", s[x:y], re.I)]
        arms += [(m.start() + x, m.end() + x) for m in re.finditer(
            rf"(?i)(?<!\w)(?:{W.THAT_IS[self.lang]})(?!\w)", s[x:y])]
        arms += [(m.start() + x, m.end() + x) for pattern, _h in W.HEDGES[self.lang]
                 for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", s[x:y], re.I)]
        tokens = [t for t in tokens if not stop.match(re.sub(r"^\w{1,4}['’](?=\w)", "", t[2]))
                  and not any(p <= t[0] < q for p, q in arms)]
        verbs = {k for k, t in enumerate(tokens) if t[2].lower() in self.verbs or
                 (k and self.verb_form.fullmatch(t[2])) or t[2].lower() in OG.NEGATORS or
                 (self.lang in ("es", "it", "pt") and
                  re.fullmatch(r"(?i)\w{3,}(?:ando|endo|iendo|indo)", t[2]))}
        # ("passando por 24,8 % no Nordeste": a gerund that links the figures, no outcome)
        if verbs:  # the name stops where the clause's verb starts, or follows it
            first = min(verbs)
            tokens = tokens[:first] if first > 0 else [
                t for k, t in enumerate(tokens) if k > max(verbs)]
        # after an article, what comes is the noun phrase ("tuvo una recaída": "recaída")
        articles = [k for k, t in enumerate(tokens[:2]) if t[2].lower() in _ARTICLES]
        if articles and articles[-1] < len(tokens) - 1:
            tokens = tokens[articles[-1] + 1:]
        if self.lang == "de":  # nouns are capitalised: the run of capitalised words
            # (or, with none, the participle that ends the clause: "… waren … gestürzt")
            done = [t for t in tokens if re.fullmatch(r"ge\w{3,}(?:t|en)|\w{3,}iert", t[2])]
            runs, run = [], []
            for t in tokens:
                if t[2][0].isupper() and t[2].lower() not in self.words:
                    run.append(t)
                else:
                    if run:
                        runs.append(run)
                    run = []
            if run:
                runs.append(run)
            tokens = max(runs, key=len) if runs else done[-1:]
        while tokens and tokens[0][2].lower() in self.words:
            tokens = tokens[1:]
        while tokens and tokens[-1][2].lower() in self.words:
            tokens = tokens[:-1]
        if not tokens or len(tokens) > 6 or sum(len(t[2]) for t in tokens) < 3:
            return None
        # an elided article is no part of the name ("l'incidenza", "l'incidence")
        elided = re.match(r"(?i)(?:l|dell|dall|nell|all|sull|un|d)['’](?=\w{3})", tokens[0][2])
        return tokens[0][0] + (elided.end() if elided else 0), tokens[-1][1]

    def _time(self, s: str, start: int) -> str | None:
        """The sentence's time point ("Nach 12 Monaten"), else the study's follow-up when
        the sentence gives it."""
        m = re.search(rf"(?i)(?<!\w)(?:{W.TIME_AT[self.lang]})\s+({_NUM})\s+({self._units()})"
                      rf"(?!\w)", s)
        if m:
            value = value_of(m.group(1))
            unit = next(u for pat, u in W.TIME_UNITS[self.lang]
                        if re.fullmatch(pat, m.group(2), re.I))
            tid = f"{value}{unit[0]}"
            if tid not in self.f.times:
                self.f.times[tid] = Time(tid, value, unit, [start + m.start(1),
                                                            start + m.end(2)])
            return tid
        if self.follow_up and start <= self.follow_up[1][0] < start + len(s):
            return self.follow_up[0]
        return None

    def _hedge(self, s: str, a: int) -> str | None:
        # the hedge right before the figure, or before its article ("Oltre il 90 %", "más
        # del 30 %" has its article in the hedge, "près de la moitié", "rund die Hälfte")
        article = (r"(?:(?:il|el|la|le|les|l['’]|lo|der|die|das|den|o|a|os|as|los|las|un|una|"
                   r"une|um|uma)\s*)?")
        for pattern, hedge in W.HEDGES[self.lang]:
            if re.search(rf"(?i)\b(?:{pattern})\s*{article}$", s[max(0, a - 30):a]):
                return hedge
        return None

    def _percent(self, s: str, start: int, value: float | int, a: int, b: int) -> None:
        lang = self.lang
        if self._efficacy(s, start, value, a, b):
            return
        before = s[max(0, a - 16):a]
        # "était de 61,5 %", "foi de 40 %": a level the copula states, no change by
        level = re.search(rf"(?i)\b(?:{W.COPULA[lang]})\s+(?:{W.RELATIVE_BY[lang]})\s*$",
                          s[max(0, a - 40):a])
        # "passou de 78 % para 89 %", "est passé de 26 % à 37 %": two levels, no change by
        level = level or re.match(rf"(?i)\s*(?:para|a|à|al|ao|auf|bis|alla|all['’]|a\s+un)\s*"
                                  rf"{_NUM}\s*(?:{W.PERCENT[lang]})", s[b:])
        # "caíram 42 %" (a change verb, then the figure); "foi 35 % menor" (the comparative
        # right after the figure): a relative change as well as "um 28 Prozent"
        by = rf"(?:{W.RELATIVE_BY[lang]}|{W.CHANGED_BARE[lang]})"
        compared = re.match(rf"(?i)\s*(?:{W.LOWER[lang]}|{W.HIGHER[lang]})", s[b:])
        fewer = re.match(rf"(?i)\s*(?:(?P<f>{W.FEWER_AFTER[lang]})|{W.MORE_AFTER[lang]})\s+"
                         rf"[^,;()]{{1,60}}?\b(?:{W.THAN[lang]})\b", s[b:]) or \
            re.match(rf"(?i)\s*(?:(?P<f>{W.FEWER_AFTER[lang]})|{W.MORE_AFTER[lang]})\s+"
                     rf"(?!(?:{W.THAN[lang]}|de|do|da|als|von|del)\b)(?=[^\W\d_]{{4,}})", s[b:])
        # ("37% menos placas amiloides …": so many fewer of a thing is a relative change,
        # its "than" far away or unsaid)
        if fewer and not compared:
            # "tinham 41% menos gordura no fígado do que os do grupo de controlo": a change
            # against the group after "than", never a share of it
            compared = fewer
        if compared:
            level = None  # "fue un 42 % mayor", "è stato del 42% inferiore"
        # "una reducción relativa del 31 %", "une réduction de 25 %", "eine Abnahme von 12 %":
        # a change's noun and its "of" before the figure
        noun_by = re.search(rf"(?i)(?:{W.CHANGE_NOUNS[4:]})\s+(?:del|de|di|della|dell['’]|um|"
                            rf"von|do|da|du|of)\s*$", s[max(0, a - 60):a])
        if noun_by:
            level = None
        if not level and (re.search(rf"(?i)\b{by}\s*$", before) or compared or noun_by):
            lo, hi = self._clause(s, a, b)
            clause = s[lo:hi]
            # "um 31 Prozent niedriger (als …)": the comparative right after the figure
            # (right after it, not a word further: "del 70% la crescita" is no "higher")
            right_after = s[b:b + 25]
            lower = re.match(rf"(?i)\s*(?:{W.LOWER[lang]})", right_after) or \
                (fewer if fewer is not None and fewer.group("f") else None)
            higher = re.match(rf"(?i)\s*(?:{W.HIGHER[lang]})", right_after) or \
                (fewer if fewer is not None and not fewer.group("f") else None)
            said = bool(lower) != bool(higher)
            if not said:
                # "Nel gruppo trattato i marcatori sono calati del 42%": the clause's verb
                lower = re.search(rf"(?i)(?:{W.LOWER[lang]})", s[lo:a])
                higher = re.search(rf"(?i)(?:{W.HIGHER[lang]})", s[lo:a])
                said = bool(lower) != bool(higher)
            if not said and not re.search(W.ARM[lang], clause, re.I):
                # "senkt … um 28 Prozent": a change said with a verb, of no arm of its own
                lower = re.search(rf"(?i)(?:{W.LOWER[lang]})", s)
                higher = re.search(rf"(?i)(?:{W.HIGHER[lang]})", s)
                said = bool(lower) != bool(higher)
            arms = [m for m in re.finditer(W.ARM[lang], s, re.I)]
            mine = [m for m in arms if m.end() <= a]
            theirs = [m for m in arms if m.start() >= b]
            named = self._named(s, start)
            own = [c for c in named if c[1] <= a and not c[3]]
            other = [c for c in named if c[0] >= b or c[3]]
            pair = self._pair()
            group = self._arm(mine[-1], start) if mine else (pair[0] if pair else self.treated)
            versus = self._arm(theirs[0], start) if theirs else (pair[1] if pair else None)
            if said and group is None and not self.arms:
                # "le taux … a augmenté de 38 % en quinze ans": a registry's or a cohort's
                # change over time, of the part of the population named with it, or of the
                # figures before it in its sentence ("Bei Frauen unter 40 Jahren stieg die
                # Inzidenz von 9,1 auf 14,3 …, ein Anstieg um 57 Prozent"), or of all
                before = [f["group"] for f in self.f.facts if f.get("group") not in
                          (None, "all") and start <= f["source_span"][0] < start + a]
                group = self._arm_near(s, start, a, b) or (before[-1] if before else None)
                if group is None and re.search(
                        rf"(?i){W.VACCINE[lang]}[^,;:]*?(?<!\w)(?:{W.CHANGED_OBJECT[lang]})"
                        rf"\s+(?:(?:{W.RELATIVE_BY[lang]})\s+)?$", s[lo:a]):
                    # "La vacuna contra la gripe redujo un 41 % el riesgo …": of those who
                    # got the vaccine
                    group = self._vaccinated()
                group = group or "all"
                versus = None
            if own and (not mine or own[-1][1] > mine[-1].end()):
                group = own[-1][2]  # "Im obersten Quintil war das Risiko um 39 Prozent höher"
                versus = other[0][2] if other else (
                    self._reference() if group in self.category_groups.values() else None)
            if said and group:
                outcome = self._outcome(s, start, a, b) or self.last_outcome
                if outcome:
                    fact = {"kind": "relative-change", "value": value, "group": group,
                            "outcome": outcome, "direction": "lower" if lower else "higher",
                            "key": True, "source_span": [start + a, start + b],
                            "review": "TODO a relative change: check its group, outcome and "
                                      "direction"}
                    if versus and versus != group:
                        fact["versus"] = versus
                    if versus and versus != group and \
                            re.search(rf"(?i){W.NOT_SIGNIFICANT[lang]}", s[b:]):
                        # "una riduzione del 18% che però non è risultata significativa":
                        # no difference, as the release concludes; the figure in a note
                        self._leave(value, "relative change", "said not to be statistically "
                                    "significant: drafted as no difference", s)
                        if not any(x["kind"] == "no-difference" and x["outcome"] == outcome
                                   for x in self.f.facts):
                            add_fact(self.st, {
                                "kind": "no-difference", "group": group, "versus": versus,
                                "outcome": outcome, "key": True,
                                "source_span": [start + a, start + b],
                                "review": "TODO a change the release calls not significant: "
                                          "check the outcome"}, f"{group}-no-difference")
                        return
                    add_fact(self.st, fact, f"{group}-relative-change")
                    return
            if said:  # a change by so much, of no group: never a share of one
                self._leave(value, "relative change", "no group to place it", s)
                return
        period = self._period(s, a, b)
        if period is None and re.match(rf"(?i)\s*(?:para|a|à|al|ao|auf|bis|alla|all['’])\s*"
                                       rf"{_NUM}\s*(?:{W.PERCENT[lang]})", s[b:]) and \
                re.search(r"(?i)\b(?:de|von|da|dal|del|desde)\s*$", s[max(0, a - 6):a]):
            # "passou de 78 % para 89 %": the level before; the one after is drafted
            self._leave(value, "percentage", "the level before a change from it to the "
                        "next figure", s)
            return
        gid = period or self._arm_near(s, start, a, b)
        whole = False
        if gid is None and not self.arms and "all" in self.f.groups and \
                self.methods_at is not None and start > self.methods_at:
            # a study of one sample (a survey, a cohort told as a whole): a result past its
            # methods with no part of the sample named beside it is the whole sample's
            gid, whole = "all", True
        implied = False
        being = self._being(s, start, a, b) if gid is None else None
        if being is not None:  # "le donne erano il 52,6 %", "51,4 % eram meninas"
            gid = "all"
        if gid is None:
            gid = self._implied_arm(s, a, b)
            implied = gid is not None
        if gid is None:
            self._leave(value, "percentage", "no study arm named beside it", s)
            return
        if gid in self.category_groups.values() and \
                self._hedge(s, a) in ("more-than", "less-than"):
            self._leave(value, "percentage", "the bound that defines a category", s)
            return
        # "La proporción de respondedores, es decir …, fue del 61,5 %": the share's own name
        # before it, with no figure between, says what it is of
        named_share = being or self._share_subject(s, start, a) or \
            (self._bracket_subject(s, start, a) if implied else None)
        outcome = named_share or self._outcome_after_group(s, start, b) or \
            self._verb_first(s, start, a) or \
            self._outcome(s, start, a, b) or \
            self._shared_outcome(s, start, a, b) or self._level_subject(s, start, a)
        if named_share:
            # for the figure set against it in this sentence ("contre 33,3 %"); the
            # sentences after go on with the outcome they had
            self.share_prior = self.share_prior or (self.last_outcome,)
            self.last_outcome = named_share
        note = "TODO read from the sentence: check its group, outcome and time"
        if outcome is None and self.last_outcome:
            outcome = self.last_outcome
            note += "; the outcome is the one of the figure before"
        if outcome is None:
            self._leave(value, "percentage", "no outcome named in its clause", s)
            return
        if whole:
            note += "; no part of the sample is named beside it, so it is drafted as the " \
                    "whole sample's"
        fact: dict[str, Any] = {"kind": "proportion", "value": value, "group": gid,
                                "outcome": outcome, "key": True,
                                "source_span": [start + a, start + b], "review": note}
        if gid not in self.sentence_groups:
            self.sentence_groups.append(gid)
        self._extras(fact, s, start, a)
        add_fact(self.st, fact, f"{gid}-proportion")
        self._share_interval(s, start, b, gid, outcome)

    def _efficacy(self, s: str, start: int, value: float | int, a: int, b: int) -> bool:
        """An efficacy or effectiveness ("la efectividad de la vacuna frente a la
        hospitalización fue del 41 % (IC 95 %: 33-48)", "l'efficacité vaccinale contre les
        formes graves était de 52 %"), or a figure of a sentence that goes on with the one
        before ("Por grupos de edad, fue del 52 % … entre los 60 y los 69 años"): a relative
        reduction of the risk of what it protects against (named after "frente a", "contre",
        "gegen" …, else what the release's first efficacy was against), of the age band or
        part of the population named with it, else of those who got the vaccine or the
        treatment; its interval read with it. Whether the figure was read."""
        lang = self.lang
        lo, hi = self._clause(s, a, b)
        named = [m for m in re.finditer(rf"(?<![\w-])(?:{W.EFFICACY[lang]})", s[:a], re.I)]
        goes_on = self.efficacy_before and not self.subject_named and not named
        if not named and not goes_on:
            return False
        if re.match(rf"(?i)\s*(?:de|des|der|di|dei|degli|delle|do|dos|das|of)\s+"
                    rf"(?:\w+\s+)?(?:{W.PERSONS[lang]})", s[b:]) or \
                re.search(W.ARM[lang], s[lo:hi], re.I) or \
                (not named and any(w != "number" for *_v, w in self._figures(s[lo:a]))):
            return False  # a share of people, or an arm's figure: read as such
        # the age band or part of the population: in the clause, or right after the
        # figure and its bracket ("del 44 % (IC 95 %: 32-54) entre los 70 y los 79 años")
        tail = re.match(r"(?:\s*(?:%|\w+\s*%))?(?:\s*\([^()]*\))?[^,;()]*", s[b:])
        y = b + (tail.end() if tail else 0)
        bands = self._age_bands(s, start, b, y) or self._age_bands(s, start, lo, a)
        subs = [(m.start("sub"), m.end("sub")) for m in
                re.finditer(W.SUBPOPULATION[lang], s[b:y], re.I)]
        if bands:
            gid = bands[0][2]
        elif subs:
            gid = self._subpopulation(s[b + subs[0][0]:b + subs[0][1]], start + b + subs[0][0])
        elif self.treated:
            gid = self.treated
        elif re.search(W.VACCINE[lang], self.text):
            gid = self._vaccinated()
        else:
            return False
        outcome = self._protects_against(s, start, a) or self.efficacy_outcome
        if outcome is None:
            outcome = self.last_outcome
            if outcome is None:
                self._leave(value, "efficacy", "no outcome named for it", s)
                return True
        self.efficacy_outcome = self.efficacy_outcome or outcome
        self.efficacy_here = True
        fact: dict[str, Any] = {"kind": "relative-change", "value": value, "group": gid,
                                "outcome": outcome, "direction": "lower", "key": True,
                                "source_span": [start + a, start + b],
                                "review": "TODO an efficacy, drafted as the relative reduction "
                                          "of the risk of what it protects against: check its "
                                          "group and outcome"}
        unit = re.match(rf"\s*(?:{W.PERCENT[lang]})", s[b:], re.I)
        spans: list[tuple[int, int]] = []
        self._interval(fact, s, start, b + (unit.end() if unit else 0), spans)
        if not spans:  # "(IC 95 %: 33-48)": the interval in percent, its unit said once
            ci = re.match(rf"[\s;,:(]*(?:{W.CI_LEAD})?(?:{W.CI[lang]})\s*({_NUM})\s*"
                          rf"(?:{W.PERCENT[lang]})?\s*(?:[-–—]|(?:{W.RANGE_WORD[lang]})\b)\s*"
                          rf"({_NUM})", s[b + (unit.end() if unit else 0):], re.I)
            if ci:
                fact["ci"] = [value_of(ci.group(1)), value_of(ci.group(2))]
                at = b + (unit.end() if unit else 0)
                spans.append((at, at + ci.end()))
        if "ci" in fact and not fact["ci"][0] <= value <= fact["ci"][1]:
            fact.pop("ci")
            spans = []
        self.interval_spans += spans
        crosses = "ci" in fact and fact["ci"][0] <= 0 <= fact["ci"][1]
        if crosses or re.search(rf"(?i){W.NOT_SIGNIFICANT[lang]}|{W.NO_DIFFERENCE[lang]}", s[b:]):
            # "del 27 % (IC 95 %: −8 a 51), sin significación estadística": no protection
            # shown, as the release concludes; the figure in a note
            self._leave(value, "efficacy", "its interval takes in no effect or the release "
                        "calls it not significant: drafted as no difference", s)
            if not any(x["kind"] == "no-difference" and x["outcome"] == outcome
                       for x in self.f.facts):
                add_fact(self.st, {"kind": "no-difference", "group": gid, "outcome": outcome,
                                   "key": True, "source_span": [start + a, start + b],
                                   "review": "TODO an efficacy the release does not show to "
                                             "differ from none: check the outcome"},
                         f"{gid}-no-difference")
            return True
        self._extras(fact, s, start, a)
        add_fact(self.st, fact, f"{gid}-efficacy")
        return True

    def _vaccinated(self) -> str:
        """The group of those who got the vaccine, in a release that names no arm."""
        gid = "vaccinated"
        if gid not in self.f.groups:
            label = W.VACCINATED[self.lang]
            self.f.groups[gid] = Group(gid, label, [label], [0, 0], kind="arm",
                                       review="TODO those who got the vaccine: name them as "
                                              "the release does")
        return gid

    def _protects_against(self, s: str, start: int, a: int) -> str | None:
        """What an efficacy is against, named in its sentence ("frente a la
        hospitalización", "gegen schwere Verläufe"): at most eight words, up to a verb, a
        statistic's name, a comma or a figure."""
        lang = self.lang
        for m in re.finditer(rf"(?i)(?<!\w)(?:{W.AGAINST[lang]})(?!\w)", s):
            stop = re.search(rf"[,;:()]|{_NUM}", s[m.end():])
            y = m.end() + (stop.start() if stop else len(s) - m.end())
            tokens = [(t.start() + m.end(), t.end() + m.end(), t.group()) for t in
                      re.finditer(r"[^\W\d_][\w'’-]*", s[m.end():y])]
            verbs = [k for k, tok in enumerate(tokens) if tok[2].lower() in self.verbs or
                     re.fullmatch(rf"(?i)(?:{W.COPULA[lang]})", tok[2])]
            named = [k for k, tok in enumerate(tokens) if re.fullmatch(
                W.STATISTIC_NOUNS, tok[2]) or re.fullmatch(rf"(?i)(?:{W.EFFICACY[lang]})", tok[2])]
            if verbs or named:  # ("… en el hospital la estimación fue …": up to its subject)
                tokens = tokens[:min(verbs + named)]
            while tokens and tokens[0][2].lower().rstrip("'’") in self.words:
                tokens = tokens[1:]
            tokens = tokens[:8]
            while tokens and tokens[-1][2].lower().rstrip("'’") in self.words:
                tokens = tokens[:-1]
            if not tokens or re.search(W.EFFICACY[lang], s[tokens[0][0]:tokens[-1][1]]):
                continue
            i, j = tokens[0][0], tokens[-1][1]
            elided = re.match(r"(?i)(?:l|dell|d|all|nell)['’](?=\w{3})", s[i:j])
            i += elided.end() if elided else 0
            return self._outcome_of(s[i:j], [start + i, start + j],
                                    "TODO what the efficacy protects against, as the release "
                                    "names it: check")
        return None

    def _share_interval(self, s: str, start: int, b: int, gid: str, outcome: str) -> None:
        """A share's confidence interval right after it ("14,7 % (IC 95 %: 13,9-15,5)",
        "18,2 %; 95-%-KI 16,9 bis 19,5"): drafted as the range of that share (the sheet's
        proportion holds no interval), its bounds read with it, never as figures of
        their own."""
        lang = self.lang
        mine = [y - start for x, y, how in self.open_spans
                if how == "of" and 0 <= x - start - b <= 12]
        if mine:  # "27,4 % dos estudantes (IC 95 %: 26,1 a 28,7)": after its group's words
            b = mine[-1]
        ci = re.match(rf"[\s;,:(]*(?:{W.CI_LEAD})?(?:{W.CI[lang]})\s*(?:de\s+|von\s+)?"
                      rf"({_NUM})\s*(?:{W.PERCENT[lang]})?\s*(?:[-–—]|(?:{W.RANGE_WORD[lang]})\b)"
                      rf"\s*({_NUM})\s*(?:{W.PERCENT[lang]})?", s[b:], re.I)
        if not ci:
            return
        low, high = value_of(ci.group(1)), value_of(ci.group(2))
        if low > high:
            return
        self.interval_spans.append((b + ci.start(1), b + ci.end()))
        add_fact(self.st, {"kind": "range", "group": gid, "measure": outcome, "low": low,
                           "high": high, "key": True,
                           "source_span": [start + b + ci.start(1), start + b + ci.end(2)],
                           "review": "TODO the confidence interval of the share before it: "
                                     "check"}, f"{gid}-range")

    def _extras(self, fact: dict[str, Any], s: str, start: int, a: int) -> None:
        time = self._time(s, start)
        if time:
            fact["time"] = time
        hedge = self._hedge(s, a)
        if hedge:
            fact["hedge"] = hedge

    def _pair(self) -> tuple[str, str] | None:
        """The two groups a ratio or difference compares: those of the shares before it in
        its sentence, else the study's treated and control arms."""
        if len(self.sentence_groups) >= 2:
            first, second = self.sentence_groups[0], self.sentence_groups[1]
            if re.search(W.CONTROL, self.f.groups[first].label):
                first, second = second, first
            return first, second
        if self.treated and self.control:
            return self.treated, self.control
        arms = list(dict.fromkeys(self.arms.values()))
        if len(arms) == 2:  # two groups, neither named a control: the first is compared
            return arms[0], arms[1]
        if self.categories:  # exposure categories: the highest versus the reference
            top, ref = self._top(), self._reference()
            if top and ref and top != ref:
                return top, ref
        return None

    def _ratio_pair(self, s: str, start: int, a: int) -> tuple[str, str | None] | None:
        """The groups a ratio compares: the category or step its sentence names before it
        ("Quintil 5: HR 1,39", "HR im obersten Quintil 1,03") versus the reference
        category; with categories and no arms, the highest versus the reference; else the
        arms (:meth:`_pair`)."""
        named = self._named(s, start)
        own = [c for c in named if c[1] <= a and not c[3]]
        if own:
            gid = own[-1][2]
            versus = next((c[2] for c in named if c[3]), None)
            if versus is None and gid in self.category_groups.values():
                versus = self._reference()
            return gid, versus if versus != gid else None
        if self.categories and not self.treated:
            top, ref = self._top(), self._reference()
            if top and ref and top != ref:
                return top, ref
        if self.sentence_pair is not None:
            return self.sentence_pair  # "no difference between boys and girls (RR 1,04)"
        return self._pair()

    def _difference(self, s: str, start: int, value: float | int, a: int, b: int) -> None:
        pair = self._pair()
        outcome = self.last_outcome  # "the difference was 3.2 points": of the figures before
        if re.search(rf"(?i)(?<!\w)(?:{W.MARGIN[self.lang]})", s[max(0, a - 80):a]):
            # "une marge de non-infériorité fixée à 10 points": the design's threshold
            self._leave(value, "difference in percentage points",
                        "a margin or threshold the study set, not a result", s)
            return
        if pair is None or outcome is None:
            self._leave(value, "difference in percentage points",
                        "no two arms or no outcome to place it", s)
            return
        note = "TODO a difference between the arms: its outcome is the one of the figures " \
               "before; check"
        shares = {f["group"]: f["value"] for f in self.f.facts if f["kind"] == "proportion"
                  and f.get("outcome") == outcome and f["group"] in pair}
        if value > 0 and len(shares) == 2 and shares[pair[0]] < shares[pair[1]]:
            # "a difference of 3.2 points" between 8.1 % and 11.3 %: the first group's
            # share is the lower one, so its difference is negative (a sheet carries it)
            value = -value
            note += "; its sign is read from the two shares"
        fact: dict[str, Any] = {"kind": "difference", "value": value, "group": pair[0],
                                "versus": pair[1], "outcome": outcome,
                                "unit": "percentage-points", "key": True,
                                "source_span": [start + a, start + b], "review": note}
        self._extras(fact, s, start, a)
        add_fact(self.st, fact, f"{pair[0]}-difference")

    def _ratios(self, s: str, start: int) -> list[tuple[int, int]]:
        """Each ratio of the sentence with its interval; the spans they cover."""
        lang, covered = self.lang, []
        for pattern, ratio in W.RATIOS[lang]:
            # "HR 0,72", "Hazard Ratio: 0,72", "das relative Risiko lag bei 0,58"
            # ("rischio relativo di morte a 30 giorni di 0,80": a time said on the way)
            for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])(?:\s+(?:[^\W\d]+|\d+\s+"
                                 rf"(?:{self._units()})(?!\w))){{0,5}}?"
                                 rf"\s*[:=(,]?\s*({_NUM})(?!\s*(?:%|{W.PERCENT[lang]}|"
                                 rf"(?:{self._units()})(?!\w)))", s):
                a, b = m.start(1), m.end(1)
                covered.append((a, b))
                fact: dict[str, Any] = {"kind": "ratio", "ratio": ratio,
                                        "value": value_of(m.group(1)), "key": True,
                                        "source_span": [start + m.start(), start + b]}
                ci = re.match(rf"[\s;,:(]*(?:{W.CI_LEAD})?(?:{W.CI[lang]})\s*(?:de\s+|von\s+)?"
                              rf"({_NUM})\s*(?:[-–—]|(?:{W.RANGE_WORD[lang]})\b)\s*({_NUM})",
                              s[b:], re.I)
                bare = None if ci else re.match(rf"\s*\(\s*({_NUM})\s*[-–]\s*({_NUM})\s*\)", s[b:])
                if bare and value_of(bare.group(1)) <= fact["value"] <= value_of(bare.group(2)):
                    ci = bare  # "il rischio relativo era di 0,88 (0,81-0,95)": its interval
                if ci:
                    fact["ci"] = [value_of(ci.group(1)), value_of(ci.group(2))]
                    covered.append((b, b + ci.end()))
                    fact["source_span"][1] = start + b + ci.end()
                pair = self._ratio_pair(s, start, a) or self._exposure_pair(s, start, m.start())
                associated = self.associated[0] if self.associated and \
                    self.associated[1] <= m.start() else None
                if associated and not self.arms:  # "… esteve associado a uma chance 2,61
                    self.last_outcome = associated  # vezes maior de sintomas depressivos (OR"
                outcome = self.sentence_outcome or self._before_bracket_outcome(
                    s, start, m.start()) or (associated if not self.arms else None) or \
                    self.last_outcome or (
                    self._rate_of(start + a) if ratio == "rate" else None)
                if pair is None or outcome is None:
                    self._leave(fact["value"], f"{ratio} ratio",
                                "no two arms or no outcome to place it", s)
                    continue
                fact.update({"group": pair[0], "outcome": outcome,
                             "review": "TODO a ratio of the treated arm versus the control "
                                       "arm; its outcome is the one of the figures before: "
                                       "check"})
                if pair[1]:
                    fact["versus"] = pair[1]
                self._extras(fact, s, start, a)
                add_fact(self.st, fact, f"{pair[0]}-ratio")
        return covered

    def _exposure_pair(self, s: str, start: int, at: int) -> tuple[str, str | None] | None:
        """In a study with no arms, the exposure a ratio in brackets is of: the phrase right
        before its bracket ("seguido do uso de telas por mais de quatro horas diárias (OR
        1,47 …)"), or, when that clause only says it is associated, the sentence's subject
        ("Ter sofrido bullying no último mês foi o fator mais fortemente associado (OR
        2,94 …)", "ser menina esteve associado a uma chance … (OR 2,61)"); a band said
        with it ("per chi era operato tra 24 e 48 ore il rischio relativo era di 0,88").
        Compared with no group named: the release's reference, if any."""
        if self.frame_arms:
            return None  # (a trial's ratio is of its arms; people named beside a figure
            # in the lead, "chi attende più di due giorni", are no arms of its methods)
        lang = self.lang
        opened = s.rfind("(", 0, at)
        if opened >= 0 and ")" not in s[opened:at]:
            at = opened  # the ratio's bracket: what it is of is named before it
        lo = max([m.end() for m in re.finditer(r"[;:]|,\s|\s[-–]\s", s[:at])] + [0])
        bands = [OG.band(s, lo + m.start(), lang) for m in
                 re.finditer(rf"(?i)(?<!\w)(?:{OG.BAND_OPEN[lang]})\s", s[lo:at])]
        bands = [x for x in bands if x and x[1] <= at]
        if bands:
            span = bands[0]
            span = (span[0] + lo if span[0] < lo else span[0], span[1])
        else:
            p = s.rfind("(", lo, at)
            head = s[lo:p if p >= 0 else at]
            connect = re.match(r"(?i)\s*(?:seguid[oa]s?|seguit[oa]|suivie?s?|gefolgt|"
                               r"followed)\s+(?:d[eoa]s?|del|dell[oa]?|du|des|por|pelo|pela|da|dal|dalla|par|"
                               r"von|vom|by)\s+"
                               r"(?:l[oa]s?\s+|o\s+|a\s+|il\s+|le\s+|la\s+|dem\s+|der\s+)?", head)
            if connect:
                span = OG.phrase(s, lo + connect.end(), lang, limit=10)
            elif re.search(r"(?i)as+oci|assozi|verbunden|ligad|li[ée]|legat|collegat", head):
                span = OG.phrase(s, lo + len(head) - len(head.lstrip()), lang, limit=8)
                if span is None or span[0] > lo + 40:
                    return None
            else:
                return None
        if span is None:
            return None
        label = s[span[0]:span[1]]
        if len(label.split()) < 1 or re.search(r"(?i)\b(?:OR|HR|RR)\b", label):
            return None
        gid = self._subpopulation(label, start + span[0])
        return gid, None

    def _before_bracket_outcome(self, s: str, start: int, at: int) -> str | None:
        """The outcome a ratio in brackets is of, named right before its bracket: "the risk
        of X (RR …)" or "neither X (RR …) nor Y (…)" (a change verb's subject is no
        outcome: "la mélatonine n'a modifié ni la mortalité (…)" is of the mortality)."""
        head = s[:at].rstrip()
        if not head.endswith("("):
            return None
        head = head[:-1]
        lo = max([m.end() for m in re.finditer(r"[;()\[\]]|\d\s*%", head)] + [0])
        risk = list(re.finditer(W.RISK_OF[self.lang], head[lo:], re.I))
        if risk and not head[lo + risk[-1].end("x"):].strip(" ,"):
            x, y = lo + risk[-1].start("x"), lo + risk[-1].end("x")
        else:
            nor = list(re.finditer(rf"(?i)(?<!\w)(?:{W.NEITHER[self.lang]})(?!\w)", head[lo:]))
            if not nor:
                return None
            words = self._outcome_words(head, lo + nor[-1].end(), len(head))
            if not words:
                return None
            x, y = words
        return self._outcome_of(head[x:y], [start + x, start + y],
                                "TODO outcome wording taken from the release: rewrite it")

    def _no_difference(self, s: str, start: int, m: re.Match[str]) -> str | None:
        pair = self._pair()
        outcome = None
        about = re.match(rf"\s*(?:{W.ABOUT[self.lang]})\b", s[m.end():], re.I)
        # "en el número de fracturas entre quienes tomaron …": the groups start at "entre"
        groups = re.search(rf"(?i)(?<!\w)(?:{W.BETWEEN[self.lang]}|{W.VERSUS[self.lang]})"
                           rf"(?!\w)|{_CLAUSE_END}|\s:|{_NUM}", s[m.end():])
        tail = m.end() + groups.start() if groups else len(s)
        # "aucune différence n'a été observée pour l'asthme", "non è stata osservata
        # alcuna differenza per l'asma": what it is about after the verb that says it
        said = None if about else re.match(
            rf"(?i)[^,;:()\d]{{0,40}}?\s(?:{W.ABOUT[self.lang]})\s", s[m.end():tail])
        if said:
            about = said
        chunks = [(m.end() + (said.end() if said else 0), tail), (0, m.start())] if about \
            else [(0, m.start()), (m.end(), tail)]
        for x, y in chunks:
            words = self._outcome_words(s, x, y)
            if words:
                outcome = self._outcome_of(s[words[0]:words[1]],
                                           [start + words[0], start + words[1]],
                                           "TODO outcome wording taken from the release: "
                                           "rewrite it")
                break
        # ("entre el medio rural y el urbano", "entre les zones rurales et les zones
        # urbaines": an article and up to three words each side)
        article = r"(?:(?:el|la|los|las|le|la|les|l['’]|il|lo|gli|i|o|a|os|as|den|der|dem|die)\s+)?"
        side = r"[^\W\d_]{3,}(?:\s+(?!(?:" + W.AND[self.lang] + r")\s)[^\W\d_]{2,}){0,2}"
        two = re.match(rf"(?i)\s*(?:{W.BETWEEN[self.lang]})\s+{article}(?P<x>{side})\s+"
                       rf"(?:{W.AND[self.lang]})\s+{article}(?P<y>{side})(?=\s*[,;(.]|\s*$)",
                       s[m.end():])
        if two and not (re.search(W.CONTROL, two.group("x") + " " + two.group("y")) or
                        re.match(r"(?i)(?:grup|group|gruppe|gruppi|bras|braccia|arm)",
                                 two.group("x") + two.group("y"))):
            # "Non sono emerse differenze tra maschi e femmine (rapporto tra i tassi 1,04)":
            # two kinds of people compared, not the arms; of the outcome of the figures
            # before when the clause names none
            at = start + m.end()
            pair = (self._subpopulation(two.group("x"), at + two.start("x")),
                    self._subpopulation(two.group("y"), at + two.start("y")))
            self.sentence_pair = pair
            outcome = outcome or self.last_outcome
        if pair is None or outcome is None:
            self.f.notes.append(f"left out a no-difference result: no two arms or no outcome "
                                f"to place it: {_quote(s)}")
            return outcome
        fact: dict[str, Any] = {"kind": "no-difference", "group": pair[0], "versus": pair[1],
                                "outcome": outcome, "key": True,
                                "source_span": [start + m.start(), start + m.end()],
                                "review": "TODO no significant difference between the arms: "
                                          "check the outcome"}
        time = self._time(s, start)
        if time:
            fact["time"] = time
        add_fact(self.st, fact, f"{pair[0]}-no-difference")
        return outcome

    # -- exposure categories: "Quintil 5", "im obersten Quintil", "im untersten" ---------
    def _category_spans(self, s: str) -> list[tuple[int, int, int, str, int, bool]]:
        """Each exposure category ``s`` names: (start, end, rank, singular, how many,
        said after a versus). A category is said with its noun and a rank ("Quintil 5",
        "quinto quintil", "quintile le plus élevé") or, once the noun was said, by the
        rank alone ("als im untersten"); the highest is rank n, the lowest rank 1."""
        if not self.categories:
            return []
        lang = self.lang
        ordinal = "|".join(f"(?:{p})" for p, _ in W.ORDINALS[lang])
        adj = (rf"(?P<top>{W.CATEGORY_TOP[lang]})|(?P<bottom>{W.CATEGORY_BOTTOM[lang]})|"
               rf"(?P<ord>{ordinal})")
        found: list[tuple[int, int, int, str, int, bool]] = []

        def add(m: re.Match[str], sing: str, n: int) -> None:
            if any(m.start() < y and x < m.end() for x, y, *_ in found):
                return
            rank: int | None = None
            if m.groupdict().get("num"):
                rank = int(m.group("num"))
            elif m.group("top"):
                rank = n
            elif m.group("bottom"):
                rank = 1
            elif m.group("ord"):
                rank = next(r for p, r in W.ORDINALS[lang]
                            if re.fullmatch(p, m.group("ord"), re.I))
            if rank is None or not 1 <= rank <= n:
                return
            versus = bool(re.search(rf"(?i)(?:(?<!\w)(?:{W.VERSUS[lang]})|\b(?:als|que|di|do)\b)"
                                    rf"\s*(?:\w+\s+)?$", s[:m.start()]))
            found.append((m.start(), m.end(), rank, sing, n, versus))

        for pat, sing, n in self.categories:
            noun = rf"(?<![\w-])(?:{pat})(?![\w-])"
            for form in (rf"(?<![\w-])(?:{adj})\s+{noun}", rf"{noun}\s+(?:{adj})(?!\w)",
                         rf"{noun}\s+(?P<num>\d{{1,2}})(?![\d]|[.,]\d)"):
                for m in re.finditer(form, s, re.I):
                    add(m, sing, n)
        _pat, sing, n = self.categories[0]
        ellipsis = (rf"(?<!\w){W.CATEGORY_ELLIPSIS[lang]}(?:{adj})"
                    r"(?=\s*[,;.)]|\s+[-−]?\d|\s*$)")
        for m in re.finditer(ellipsis, s, re.I):
            add(m, sing, n)
        return sorted(found)

    def _category(self, rank: int, sing: str, n: int, span: list[int]) -> str:
        """The group of one exposure category, made the first time it is named."""
        key = (sing, rank)
        if key in self.category_groups:
            return self.category_groups[key]
        label = f"{sing} {rank}"
        if rank == n:
            label += f" ({W.CATEGORY_LABEL_TOP[self.lang].format(n=sing)})"
        elif rank == 1:
            label += f" ({W.CATEGORY_LABEL_BOTTOM[self.lang].format(n=sing)})"
        gid = self.st.ids["groups"].unique(_slug(f"{sing} {rank}"))
        self.f.groups[gid] = Group(gid, label, [label], span, kind="arm",
                                   review="TODO an exposure category the study compared: "
                                          "check the label")
        self.category_groups[key] = gid
        return gid

    def _named(self, s: str, start: int) -> list[tuple[int, int, str, bool]]:
        """The categories and per-unit steps ``s`` names, as (start, end, group id, said
        after a versus); a category after a versus is the reference the others take."""
        out = []
        for a, b, rank, sing, n, versus in self._category_spans(s):
            gid = self._category(rank, sing, n, [start + a, start + b])
            if versus:
                self.reference = gid
            out.append((a, b, gid, versus))
        for m in re.finditer(W.INCREMENT[self.lang], s, re.I):
            phrase = re.split(r"\s*[,;:(]", m.group())[0].strip()
            gid = self.st.ids["groups"].unique(_slug(phrase)) if phrase.lower() not in \
                self.arms else self.arms[phrase.lower()]
            if phrase.lower() not in self.arms:
                self.arms[phrase.lower()] = gid
                self.f.groups[gid] = Group(gid, phrase, [phrase],
                                           [start + m.start(), start + m.start() + len(phrase)],
                                           kind="sub", review="TODO a step of the exposure "
                                           "the figure is per: check the label")
            out.append((m.start(), m.end(), gid, False))
        return sorted(out)

    def _reference(self) -> str | None:
        """The category the others are compared with: the one named after a versus, else
        the lowest."""
        if self.reference:
            return self.reference
        if not self.categories:
            return None
        _pat, sing, n = self.categories[0]
        return self._category(1, sing, n, [0, 0])

    def _top(self) -> str | None:
        if not self.categories:
            return None
        _pat, sing, n = self.categories[0]
        return self._category(n, sing, n, [0, 0])

    # -- the participants: age, sex, who fell ill --------------------------------------
    def _participants(self, s: str, start: int) -> list[tuple[int, int]]:
        """The participants' age range, median or mean age and share of women or men, and
        the count of those who got the outcome ("erkrankten 3.517 Teilnehmende an
        Typ-2-Diabetes", which then is the outcome of the figures after it); the spans read."""
        lang, covered = self.lang, []
        if "all" not in self.f.groups:
            return covered

        def age() -> str:
            if "age" not in self.f.measures:
                word = W.AGE_WORD[lang]
                self.f.measures["age"] = {"id": "age", "label": {lang: {"plain": word,
                                                                        "technical": word}},
                                          "source_span": [start, start + len(s)]}
            return "age"

        m = re.search(rf"(?i)(?<!\w){W.AGE_RANGE[lang]}", s)
        if m and not re.match(r"\s*:", s[m.end():]):  # ("18 a 34 años: 9,6 %": a band's label)
            add_fact(self.st, {"kind": "range", "group": "all", "measure": age(),
                               "unit": "year", "low": value_of(m.group("lo")),
                               "high": value_of(m.group("hi")), "key": True,
                               "source_span": [start + m.start(), start + m.end()],
                               "review": "TODO the participants' ages: check"}, "all-range")
            covered.append((m.start(), m.end()))
        m = re.search(rf"(?i)(?<!\w){W.AGE_AVERAGE[lang]}", s) or \
            re.search(rf"(?i)(?<!\w){W.AGE_SAID[lang]}", s)
        if m:
            said = (m.groupdict().get("stat") or "") + (m.groupdict().get("stat2") or "")
            fact: dict[str, Any] = {"kind": "mean", "value": value_of(m.group("v")),
                                    "group": "all", "measure": age(), "unit": "year",
                                    "source_span": [start + m.start("v"), start + m.end()],
                                    "review": "TODO the participants' age: check"}
            if re.search(W.MEDIAN_WORD, said):
                fact["statistic"] = "median"
            add_fact(self.st, fact, "age-median" if "statistic" in fact else "age-mean")
            covered.append((m.start("v"), m.end()))
        m = re.search(rf"({_NUM})\s*(?:{W.PERCENT[lang]})\s+(?:{W.SEX_SHARE[lang]})", s, re.I)
        if m:
            word = m.group("x")
            oid = self._outcome_of(word, [start + m.start("x"), start + m.end("x")],
                                   "TODO the share of the participants by sex: check")
            add_fact(self.st, {"kind": "proportion", "value": value_of(m.group(1)),
                               "group": "all", "outcome": oid, "key": True,
                               "source_span": [start + m.start(1), start + m.end()],
                               "review": "TODO the share of the participants by sex: check"},
                     "all-proportion")
            covered.append((m.start(), m.end()))
        m = re.search(W.FELL_ILL[lang], s)
        if m and re.fullmatch(W.PERSONS[lang], m.group("p")) and \
                re.fullmatch(r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})*|\d+", m.group("n").strip()):
            illness = m.group("x").strip()
            oid = self._outcome_of(illness, [start + m.start("x"), start + m.end("x")],
                                   "TODO the illness the participants got: check")
            label = W.WITH[lang].format(p=m.group("p"), x=illness)
            gid = self.st.ids["groups"].unique(_slug(label))
            self.f.groups[gid] = Group(gid, label, [label], [start + m.start(), start + m.end()],
                                       kind="sub", review="TODO the participants who got the "
                                       "outcome: check the label")
            n = m.group("n").strip()
            at = m.start("n") + (len(m.group("n")) - len(m.group("n").lstrip()))
            add_fact(self.st, {"kind": "count", "value": value_of(n), "group": gid,
                               "key": True, "source_span": [start + at, start + at + len(n)],
                               "review": "TODO how many got the outcome: check"}, f"{gid}-n")
            self.last_outcome = oid
            covered.append((m.start(), m.end()))
        return covered

    def _rate(self, s: str, start: int, value: float | int, a: int, b: int,
              covered: list[tuple[int, int]]) -> None:
        """A rate per person-years ("7,1 Neuerkrankungen pro 1.000 Personenjahre"), or a
        figure said after a category of a sentence that gave one ("…, im untersten 4,6"):
        the group the clause names, the outcome before it or the one of the figures before."""
        lang = self.lang
        m = re.match(rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:{W.PERSON_TIME[lang]})", s[b:], re.I)
        unit = "person-years"
        if not m:
            # "13,1 casi ogni 100.000 abitanti", "passé de 26,5 à 36,6 pour 100 000": a rate
            # per so many people (a year, or live births); the first of two figures said
            # before it ("de 6,1 a 9,8 casos por cada 100.000") is one as well
            population = rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:{W.POPULATION[lang]})(?![\w.,]\d)"
            m = re.match(population, s[b:], re.I) or \
                re.match(rf"\s*(?:a|à|al|ao|bis|auf|para|y|e|et|und|vs\.?)\s+{_NUM}{population}",
                         s[b:], re.I)
            if m:
                said_unit = (m.group("u") or "").lower()
                unit = "live-births" if re.search(r"nac|naiss|geburt|nati\b", said_unit) else \
                    "people-a-year" if m.group("yr") else "people"
        named = self._named(s, start)
        if m:
            per_text = (m.group("per") or "1").strip()
            if not re.fullmatch(r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})*|\d+", per_text):
                return
            per = value_of(per_text)
            self.sentence_rate = per
            self.sentence_rate_unit = unit
            if not re.match(r"\s*(?:a|à|al|ao|bis|auf|para|y|e|et|und|vs\.?)\s+\d", s[b:], re.I):
                covered.append((b, b + m.end()))  # (the second of two figures is read next)
        elif self.sentence_rate is not None and (any(
                (y <= a and not s[y:a].strip(" ,:")) or (x >= b and not s[b:x].strip(" ,:"))
                for x, y, _g, _v in named) or re.match(rf"\s*(?:{W.ARM[lang]})", s[b:], re.I)
                # "…, in der Kontrollgruppe zu 1,31": the arm, then a word, then the figure
                or re.search(rf"(?:{W.ARM[lang]})\s+(?:[^\W\d]+\s+)?$",
                             s[self._clause(s, a, b)[0]:a], re.I)
                or re.search(rf"(?i)(?:{W.SUBPOPULATION[lang]})\s*,?\s*(?:de|di|da|von|bei)?\s*$",
                             s[:a])):
            # "…, im untersten 4,6", "et de 3,8 dans le plus bas", "y de 16,9 entre quienes
            # no …": a figure said right beside another group of a rate's sentence
            per = self.sentence_rate
            unit = self.sentence_rate_unit
        else:
            return
        said = [g for x, y, g, _v in named if (y <= a and not s[y:a].strip(" ,:"))
                or (x >= b and not s[b:x].strip(" ,:"))]
        gid = said[-1] if said and not m else \
            self._period(s, a, b) or self._arm_near(s, start, a, b) or "all"
        lo, _hi = self._clause(s, a, b)
        risk = re.search(W.RISK_OF[lang], s[lo:a], re.I)
        words = (lo + risk.start("x"), lo + risk.end("x")) if risk else \
            self._outcome_words(s, lo, a)
        counted = re.match(rf"\s*((?:[^\W\d]+\s+){{1,2}}?)(?:{W.PERSON_TIME[lang]})", s[b:], re.I)
        if counted and re.search(r"[^\W\d_]{4}", counted.group(1)):
            # "0,89 Stürzen pro Personenjahr", "2,1 cadute per anno-persona": what is
            # counted is named between the figure and its "per"
            i = b + counted.start(1)
            words = self._outcome_words(s, i, b + counted.end(1)) or words
        outcome = None
        if words and (re.fullmatch(W.LEVEL_VERBS, s[words[0]:words[1]]) or
                      re.fullmatch(W.CHANGE_NOUNS, s[words[0]:words[1]]) or
                      re.search(r"\d[.,]\d", s[words[0]:words[1]])):
            # "L'incidenza è passata da 14,2 casi … a 19,6": what changed is named before
            # (words around the figure before are no name)
            words = None
        if words and not (self.last_outcome and
                          re.fullmatch(W.RATE_WORDS, s[words[0]:words[1]])):
            # ("il tasso era di 19,7": a rate's generic name, of the outcome before)
            outcome = self._outcome_of(s[words[0]:words[1]], [start + words[0], start + words[1]],
                                       "TODO outcome wording taken from the release: rewrite it")
        outcome = outcome or self._level_subject(s, start, a) or self.last_outcome or \
            self._rate_of(start + a)
        if outcome is None:
            self._leave(value, "rate", "no outcome named in its clause", s)
            return
        self.last_outcome = outcome  # "…; nel 2022 è salita a 13,1 casi ogni 100.000"
        fact: dict[str, Any] = {"kind": "rate", "value": value, "group": gid,
                                "outcome": outcome, "unit": unit, "per": per,
                                "key": True, "source_span": [start + a, start + b],
                                "review": f"TODO a rate per {unit}: check its group and "
                                          "outcome"}
        self._extras(fact, s, start, a)
        add_fact(self.st, fact, f"{gid}-rate")

    def _folds(self, s: str, start: int) -> list[tuple[int, int]]:
        """"Stürze traten in der Kontrollgruppe doppelt so häufig auf wie in der
        Trainingsgruppe", "las náuseas fueron el doble de frecuentes en el grupo del
        fármaco": a fold change (higher) of the arm named with it versus the other arm, of
        the outcome named before it; the spans read."""
        lang, covered = self.lang, []
        for m in re.finditer(W.FOLD[lang], s, re.I):
            said = (m.group("n") or m.groupdict().get("n2") or "").lower()
            value = MULTIPLE.get(said) if said in MULTIPLE else \
                value_of(re.sub(r"-?mal$", "", said))
            covered.append((m.start(), m.end()))
            arms = [(x.start(), x) for x in re.finditer(W.ARM[lang], s, re.I)]
            versus_at = re.search(rf"(?i)(?<!\w)(?:{W.VERSUS[lang]}|wie|que|che|do\s+que|di)"
                                  rf"(?!\w)", s[m.end():])
            cut = m.end() + versus_at.start() if versus_at else len(s)
            mine = [x for at, x in arms if at < m.start()] or \
                [x for at, x in arms if m.end() <= at < cut]
            theirs = [x for at, x in arms if at >= cut]
            pair = self._pair()
            group = self._arm(mine[-1] if mine[-1].start() < m.start() else mine[0], start) \
                if mine else None
            clause_lo = max([x.end() for x in re.finditer(_CLAUSE_END, s[:m.start()])] + [0])
            own = [x for at, x in arms if clause_lo <= at < m.start()]
            by_word = self._arm_by_word(s[clause_lo:m.start()], clause_lo) if not own else []
            if by_word and not [x for at, x in arms if m.end() <= at < cut]:
                # "…, aber nur 26,3 % in der Kontrollgruppe – mit App war die Chance …
                # doppelt so hoch": the arm the fold's own clause names, not one before it
                group = by_word[-1][2]
                theirs = []
            versus = self._arm(theirs[0], start) if theirs else \
                (pair[1] if pair and group == pair[0] else pair[0] if pair else None)
            first = min([at for at, _x in arms] + [m.start()])
            words = self._outcome_words(s, 0, first)
            if by_word:
                # "Mit App erreichten Betroffene doppelt so häufig eine deutliche
                # Schmerzlinderung": what the arm reached more often, said after the fold
                tail = re.search(rf"{_CLAUSE_END}|$", s[m.end():])
                after = self._outcome_words(s, m.end(), m.end() + (tail.start() if tail else 0))
                words = after or words
            if group is None or versus is None or versus == group or words is None:
                self._leave(value, "fold change", "no two arms or no outcome to place it", s)
                continue
            outcome = self._outcome_of(s[words[0]:words[1]], [start + words[0], start + words[1]],
                                       "TODO outcome wording taken from the release: rewrite it")
            add_fact(self.st, {"kind": "relative-change", "value": value, "unit": "fold",
                               "direction": "higher", "group": group, "versus": versus,
                               "outcome": outcome, "key": True,
                               "source_span": [start + m.start(), start + m.end()],
                               "review": "TODO so many times as often: check its groups "
                                         "(which arm had more) and outcome"},
                     f"{group}-fold")
        return covered

    def _rate_of(self, at: int) -> str | None:
        """What a rate of no named outcome counts: what the release named last, before it,
        with a rate's word or its cases ("la incidencia del cáncer de colon", "i casi di
        tumore del colon", "Inzidenz von Darmkrebs"), in the headline or a study sentence."""
        spans = [(self.f.title[1][0], self.f.title[1][1])] if self.f.title else []
        spans.append((self.lede[0], at))
        found = [(x + m.start("x"), x + m.end("x")) for x, y in spans
                 for m in re.finditer(W.RATE_OF[self.lang], self.text[x:y], re.I)
                 if self._kind(self._sentence_at(x + m.start())) == "study"]
        if not found:
            return None
        i, j = found[-1]
        tail = re.search(r"(?:\s+[^\W\d_]+)+$", self.text[i:j])
        while tail is not None and j > i:  # "diabete di tipo 1 nei": no preposition at its end
            last = re.search(r"\s+([^\W\d_]+)$", self.text[i:j])
            if last is None or last.group(1).lower() not in self.words:
                break
            j = i + last.start()
        return self._outcome_of(self.text[i:j], [i, j], "TODO what the rates count, named "
                                "earlier in the release: check")

    def _sentence_at(self, at: int) -> str:
        lo = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
        hi = min([k for k in (self.text.find(". ", at), self.text.find("\n", at)) if k >= 0]
                 or [len(self.text)])
        return self.text[lo:hi]

    def _score_points(self, s: str, start: int, value: float | int, a: int, b: int,
                      covered: list[tuple[int, int]]) -> bool:
        """A score's points: the difference between the arms' means ("une différence
        moyenne de −10,5 points", "diferencia media −0,6"), its sign as written; or one
        arm's change from baseline ("a baissé de 18,4 points dans le groupe X"), negative
        when the clause says it fell. Whether the figure was read."""
        lang = self.lang
        lo, _hi = self._clause(s, a, b)
        head = s[max(lo, a - 45):a]
        points = re.match(rf"\s*(?:{W.SCALE_POINTS[lang]})", s[b:], re.I)
        # "9,2 mmHg": a measurement's unit, read as a score's points are
        measured = None if points else re.match(rf"\s*({W.MEASURE_UNITS}|{self._units()})"
                                                rf"(?![\w/])", s[b:], re.I)
        if not points and not measured:
            # "de 18,4 contre 17,2 kg/m²": the unit said once, after the second figure
            shared = re.match(rf"(?i)\s*(?:{W.VERSUS[lang]})\s*{_NUM}\s*"
                              rf"({W.MEASURE_UNITS}|{self._units()})(?![\w/])", s[b:])
            if shared:
                measured = re.match(r"", s[b:])
                unit = " ".join(shared.group(1).split())
        unit = (" ".join(measured.group(1).split()) if measured and measured.groups()
                else unit if measured else "points")
        timed = [u for pat, u in W.TIME_UNITS[lang] if re.fullmatch(pat, unit, re.I)]
        if timed:  # "3,3 días": the schema's unit of time
            unit = f"{timed[0]}s"
        if not points and not measured and (
                re.search(rf"(?i)(?:{W.MEAN_SAID[lang]})\s*$", s[lo:a]) or
                re.match(rf"(?i)\s*\(\s*(?:{W.SD})\b", s[b:])):
            # "bajaron de media 5,4 (desviación estándar 3,2)": a mean of no unit said
            measured = re.match(r"", s[b:])
            unit = ""
        points = points or measured
        diff = re.search(rf"(?i)(?<!\w)(?:{W.MEAN_DIFFERENCE[lang]})\s*[:=]?\s*$", head)
        if diff:
            pair = self._pair()
            outcome = self.sentence_outcome or self.last_outcome
            said_at = max(lo, a - 45) + diff.start()
            bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), s[:said_at])
            own = None if self.sentence_outcome or self._figures(bare) else \
                self._outcome_words(s, 0, said_at)
            if own is not None:
                # "Auch die Alltagsfunktion … verbesserte sich in der App-Gruppe stärker:
                # Unterschied −8,4 Punkte": the measure its sentence names first
                outcome = self._outcome_of(s[own[0]:own[1]], [start + own[0], start + own[1]],
                                           "TODO outcome wording taken from the release: "
                                           "rewrite it")
            if pair is None or outcome is None:
                self._leave(value, "difference in means", "no two arms or no outcome to "
                            "place it", s)
                return True
            fact: dict[str, Any] = {"kind": "difference", "value": value, "group": pair[0],
                                    "versus": pair[1], "outcome": outcome,
                                    "unit": unit or "points",
                                    "key": True, "source_span": [start + a, start + b],
                                    "review": "TODO a difference between the arms' mean "
                                              "scores: check its outcome and sign"}
            self._interval(fact, s, start, b + (points.end() if points else 0), covered)
            means = {f["group"]: f["value"] for f in self.f.facts if f["kind"] == "mean"
                     and f.get("measure") == outcome and f["group"] in pair}
            if value > 0 and len(means) == 2 and means[pair[0]] < means[pair[1]]:
                # "Der Unterschied betrug 6,8 mmHg" after −9,2 and −2,4: the first arm's
                # mean is the lower, so the difference is negative (its interval too)
                fact["value"] = -value
                if "ci" in fact:
                    fact["ci"] = [-fact["ci"][1], -fact["ci"][0]]
                fact["review"] += "; its sign is read from the two arms' means"
            self._extras(fact, s, start, a)
            add_fact(self.st, fact, f"{pair[0]}-difference")
            return True
        if not points:
            return False
        gid = self._arm_near(s, start, a, b)
        sd = re.match(rf"\s*\(\s*(?:{W.SD})\s*[:=]?\s*({_NUM})\s*\)", s[b + points.end():], re.I)
        after = b + points.end() + (sd.end() if sd else 0)
        arm_after = re.match(rf"\s*(?:{W.ARM[lang]})", s[after:], re.I)
        if sd and arm_after:
            # "5,4 (desviación estándar 3,2) en el grupo del fármaco y 2,1 (…) en el grupo
            # placebo": the arm right after a figure's SD is the figure's
            gid = self._arm(re.search(W.ARM[lang], s[after:], re.I), start + after)
        said = s[lo:a]
        if re.search(rf"(?i)(?<!\w)(?:{W.VERSUS[lang]})\s*$", s[:lo]):
            said = s[:a]  # "… a baissé de 18,4 points …, contre 7,9 points dans le groupe B"
        lower = re.search(rf"(?i)(?:{W.LOWER[lang]})", said)
        higher = re.search(rf"(?i)(?:{W.HIGHER[lang]})", said)
        if not lower and not higher and self._figures(s[:lo]) and self.sentence_groups:
            # "…, in der Kontrollgruppe um 2,4 mmHg": the verb of the arm's figure before
            lower = re.search(rf"(?i)(?:{W.LOWER[lang]})", s[:a])
            higher = re.search(rf"(?i)(?:{W.HIGHER[lang]})", s[:a])
        if not lower and not higher and not diff:
            return self._level_mean(s, start, value, a, b, gid, points, sd, unit, covered)
        if gid is None or bool(lower) == bool(higher):
            return False
        before = self._anaphor(s, lo, a, self.last_outcome)
        outcome = self._outcome(s, start, a, b)
        if outcome is not None and re.fullmatch(
                W.VALUE_WORD, self.f.outcomes[outcome]["label"][lang]["plain"]):
            outcome = None  # "le score a augmenté": of the measure before
        outcome = outcome or before
        if outcome is None:
            return False
        self.last_outcome = outcome
        signed = -abs(value) if lower else abs(value)
        named = self.f.outcomes[outcome]
        if outcome not in self.f.measures:  # a mean is of a measure: the score, so named
            self.f.measures[outcome] = {"id": outcome, "label": named["label"],
                                        "source_span": named["source_span"]}
        fact = {"kind": "mean", "value": signed, "group": gid, "measure": outcome,
                "key": True, "source_span": [start + a, start + b],
                "review": "TODO a change from baseline in the arm's mean score: check its "
                          "sign, outcome and time"}
        if measured and unit:
            fact["unit"] = unit
        if sd:  # "9,2 mmHg (Standardabweichung 6,1)"
            fact["spread"] = {"sd": value_of(sd.group(1))}
            covered.append((b, b + points.end() + sd.end()))
        if gid not in self.sentence_groups:
            self.sentence_groups.append(gid)
        self._extras(fact, s, start, a)
        add_fact(self.st, fact, f"{gid}-change")
        return True

    def _level_mean(self, s: str, start: int, value: float | int, a: int, b: int,
                    gid: str | None, points: re.Match[str], sd: re.Match[str] | None,
                    unit: str, covered: list[tuple[int, int]]) -> bool:
        """A mean (or median) level said with its word or its SD and no change verb ("lag
        in der App-Gruppe bei durchschnittlich 3,4 Punkten (Standardabweichung 2,1)", "foi
        em média de 64 U/L nos ratinhos tratados"): the arm's mean of the measure its
        clause names, or (an anaphoric "der Wert") of the figures before; said of no arm,
        everyone's ("im Mittel mit 5,8 Punkten"). Whether the figure was read."""
        lang = self.lang
        lo, _hi = self._clause(s, a, b)
        said = re.search(rf"(?i)(?:{W.MEAN_SAID[lang]})\s*$", s[lo:a]) or \
            (re.search(rf"(?i)(?:{W.MEAN_SAID[lang]})", s[:a]) and self.sentence_groups) or \
            (re.search(W.MEAN_ADJECTIVE, s[:a]) and unit not in ("", "points") and
             not re.search(rf"(?i)(?<!\w)(?:{W.TIME_AT[lang]})\s*$", s[:a]))
        if not said and not sd:
            return False
        pair = self.sentence_groups[:2] if len(self.sentence_groups) >= 2 else self._pair()
        own = re.search(W.ARM[lang], s[lo:_hi], re.I) or self._age_bands(s, start, lo, _hi)
        if not own and pair and unit not in ("", "points"):
            # "… de 18,4 contre 17,2 kg/m² à 10 ans", "le tour de taille moyen était de
            # 81,7 cm contre 77,9 cm": two figures set side by side are those of the two
            # groups the sentence (else the study) compares, the first before "contre"
            # (unless the figure's own clause names its group)
            versus = rf"(?<!\w)(?:{W.VERSUS[lang]})"
            if re.match(rf"\s*(?:{W.MEASURE_UNITS}|{self._units()})?\s*{versus}\s*{_NUM}",
                        s[b:], re.I):
                gid = pair[0]
            elif re.search(rf"{versus}\s*$", s[:a], re.I) and \
                    re.search(rf"{_NUM}\s*(?:{W.MEASURE_UNITS}|{self._units()})?\s*{versus}\s*$",
                              s[:a], re.I):
                gid = pair[1]
        if gid is None:
            if self._figures(s[:lo]) and self.sentence_groups:
                return False  # a second figure of no arm after an arm's: not everyone's
            # everyone's level only at the start, or in a study with no arms
            gid = "all" if "all" in self.f.groups and (
                not self.arms or re.search(W.BASELINE[lang], s, re.I)) else None
        if gid is None:
            return False
        before = self.last_outcome
        outcome = self._outcome(s, start, a, b)
        if outcome is not None and re.search(
                r"\d", self.f.outcomes[outcome]["label"][lang]["plain"]):
            outcome = self.last_outcome = before  # words around another figure: no name
        if outcome is not None and re.fullmatch(
                W.VALUE_WORD, self.f.outcomes[outcome]["label"][lang]["plain"]):
            # "der Wert": the measure its sentence opens with, else the one named before
            outcome = self.last_outcome = self._anaphor(s, lo, a, before)
        if self.sentence_subject is not None and unit not in ("", "points"):
            # "L'IMC moyen des enfants exposés … était de 16,1 kg/m²": a level with its
            # unit is of the measure its sentence opens with
            outcome = self.last_outcome = self.sentence_subject
        outcome = outcome or self.sentence_outcome or self.last_outcome
        if outcome is None:
            return False
        self.last_outcome = self.sentence_outcome = outcome
        named = self.f.outcomes[outcome]
        if outcome not in self.f.measures:
            self.f.measures[outcome] = {"id": outcome, "label": named["label"],
                                        "source_span": named["source_span"]}
        fact: dict[str, Any] = {"kind": "mean", "value": value, "group": gid,
                                "measure": outcome, "key": True,
                                "source_span": [start + a, start + b],
                                "review": "TODO a mean the release gives for the group: "
                                          "check its group, measure and time"}
        if unit and unit != "points":
            fact["unit"] = unit
        if sd:
            fact["spread"] = {"sd": value_of(sd.group(1))}
            covered.append((b, b + points.end() + sd.end()))
        if gid != "all" and gid not in self.sentence_groups:
            self.sentence_groups.append(gid)
        self._extras(fact, s, start, a)
        add_fact(self.st, fact, f"{gid}-mean")
        return True

    def _interval(self, fact: dict[str, Any], s: str, start: int, b: int,
                  covered: list[tuple[int, int]]) -> None:
        """The confidence interval said right after a figure ("(IC à 95 % : −14,2 à −6,8)")."""
        ci = re.match(rf"[\s;,:(]*(?:{W.CI_LEAD})?(?:{W.CI[self.lang]})\s*(?:de\s+|von\s+)?"
                      rf"({_NUM})\s*(?:[-–—]|(?:{W.RANGE_WORD[self.lang]})\b)\s*({_NUM})",
                      s[b:], re.I)
        if ci:
            fact["ci"] = [value_of(ci.group(1)), value_of(ci.group(2))]
            covered.append((b, b + ci.end()))

    def _leave(self, value: float | int, what: str, why: str, s: str) -> None:
        self.f.notes.append(f"left out a {what} of {value}: {why}; place it by hand if it "
                            f"matters: {_quote(s)}")

    def _placeholders(self) -> None:
        """The condition and the intervention as placeholder terms to settle: this reader
        does not name them (a draft's gate lists both)."""
        for field, word in (("condition", "condition"), ("intervention", "intervention")):
            self.f.terms[word] = {
                "id": word, "key": False, "jargon": False,
                self.lang: {"technical": word, "plain": word,
                            "definition": f"{word.capitalize()} is what this study is about."},
                "source_span": [0, 0]}
            setattr(self.f, field, (word, [0, 0]))
            self.f.notes.append(f"study.{field}: not read from a release in this language; "
                                "replace the placeholder term with the release's words")

    def _settle(self) -> None:
        """The study's own or not, and the main fact: a ratio, a difference, a relative
        change, then the treated arm's first proportion; never a background figure."""
        f = self.f
        used = {str(x.get(k)) for x in f.facts for k in ("outcome", "measure", "event")}
        used |= {str(m.get("id")) for m in f.measures.values()}
        for oid in self.subjects - used:
            f.outcomes.pop(oid, None)  # a sentence's opening phrase no figure was of
        self._placeholders()
        f.reports_study = bool(f.evidence or "all" in f.groups or self.arms)
        if not f.reports_study:
            for fact in f.facts:
                fact["role"] = "background"
            return
        if "all" not in f.groups and f.facts:
            # the placeholder in the release's language: an Italian sheet said 'participants'
            noun = self.persons or _PARTICIPANTS.get(self.lang, "participants")
            f.groups["all"] = Group("all", noun, [noun], [0, 0], kind="all",
                                    review="TODO the study's participants: name them")
        top = None
        if self.categories:
            _pat, sing, n = self.categories[0]
            top = self.category_groups.get((sing, n))
        headline = self._headline_share()
        for kind in ("ratio", "difference", "relative-change", "proportion", "rate"):
            if headline is not None:
                f.main = headline["id"]
                break
            # (so many times as often is a side finding's wording: "twice as many nausea")
            main = next((x for x in f.facts if x["kind"] == kind and x.get("unit") != "fold"
                         and x.get("role") != "background"
                         and not self._side(x, interval=False)
                         and x.get("group") == (self.treated or top or x.get("group"))), None)
            if main:
                f.main = main["id"]
                break
        none = self._main_no_difference()
        if none is not None:
            f.main = none["id"]
        if f.main is None and f.facts:  # (this note was unreachable before session 33)
            f.notes.append("no main fact chosen: set study.main_fact to the study's main "
                           "finding")

    def _headline_share(self) -> dict[str, Any] | None:
        """In a study of one sample (a survey, a cohort with no arms in its methods), the
        whole sample's share of the outcome the headline names ("Uno de cada siete adultos
        … sufre insomnio crónico": the prevalence of chronic insomnia) is its finding, not
        a ratio between people named beside a figure."""
        f = self.f
        if self.frame_arms or self.categories or not f.title:
            return None
        title = _fold(f.title[0])
        for x in f.facts:
            if x["kind"] != "proportion" or x.get("group") != "all" or x.get("hedge"):
                continue
            label = f.outcomes.get(str(x.get("outcome")), {}).get("label", {})
            words = _fold(label.get(self.lang, {}).get("plain", ""))
            if words and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", title):
                return x
        return None

    def _side(self, fact: dict[str, Any], interval: bool = True) -> bool:
        """Whether a fact is a side finding that never heads the draft: one that compares
        two parts of the population ("maschi" versus "femmine"), or (``interval``: for a headline's
        change to restate) a ratio whose interval holds 1."""
        group = self.f.groups.get(str(fact.get("group")))
        versus = self.f.groups.get(str(fact.get("versus")))
        if group is not None and versus is not None and group.kind == versus.kind == "sub":
            return True  # (two parts compared; "in women aged 35 to 49" alone may be main)
        ci = fact.get("ci")
        return interval and fact["kind"] == "ratio" and isinstance(ci, list) and len(ci) == 2 and \
            ci[0] <= 1 <= ci[1]

    def _main_no_difference(self) -> dict[str, Any] | None:
        """A no-difference is the study's finding when the release states it in its first
        paragraph ("no encontró diferencias significativas en …"), or when the main ratio
        says the same of the same groups and outcome (its interval holds 1)."""
        f = self.f
        none = [x for x in f.facts if x["kind"] == "no-difference"]
        lead = next((x for x in none if self.lede[0] <= x["source_span"][0] < self.lede[1]),
                    None)
        if lead is not None:
            return lead
        main = next((x for x in f.facts if x["id"] == f.main), None)
        if main is None or main["kind"] != "ratio" or not main.get("ci") or \
                not main["ci"][0] <= 1 <= main["ci"][1]:
            return None
        return next((x for x in none if x["outcome"] == main.get("outcome")
                     and {x["group"], x["versus"]} == {main["group"], main.get("versus")}), None)


MULTIPLE = {k.strip(): v for k, v in W.MULTIPLES.items()}

_ARTICLES = frozenset(("ein", "eine", "einen", "einem", "einer", "eines", "un", "una", "unos",
                       "unas", "une", "des", "uno", "gli", "um", "uma", "uns", "umas"))


def _fold(text: str) -> str:
    """Lower case without accents, for comparing a label with a headline."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower())
                   if not unicodedata.combining(c))


def _same_noun(one: str, other: str) -> bool:
    """Whether two outcome ids name the same thing in the singular and the plural, word by
    word ("fractura"/"fracturas", "frattura"/"fratture", "knochenbruch"/"knochenbruche",
    "efecto-adverso"/"efectos-adversos"): the same stem once the number's ending is off."""
    a, b = one.split("-"), other.split("-")
    return len(a) == len(b) and all(x == y or (len(_stem(x)) >= 4 and _stem(x) == _stem(y))
                                    for x, y in zip(a, b, strict=True))


def _stem(word: str) -> str:
    return re.sub(r"[aeio]$", "", re.sub(r"(?:es|en|s|n)$", "", word))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return slug(ascii_text, 5)


def _quote(s: str) -> str:
    s = " ".join(s.split())
    return f"“{s if len(s) <= 200 else s[:199] + '…'}”"
