"""Fact preservation: every number in a text is one the sheet supports, said of the right
group and time, and every fact the text must keep is there.

Rules: ``unsupported-number`` (a figure the sheet does not give), ``wrong-context`` (a
figure of the sheet said of another group or time), ``missing-fact`` (a required fact
not stated). The fact's declared rounding decides which forms are faithful. Effect
measures, signs, hedges and background figures are judged in :mod:`.effects`.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import regex
from plainsum.analysis import analysis_of
from plainsum.factsheet.model import Fact, local_text
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext
from plainsum.spans import Spans

from . import logistics, plain_regex
from .analysis import FACTS, GROUP_CUES, NUMBERS, QUOTES, REJECTED, REPORTED
from .anchors import fold as anchor_fold
from .bounds import bound_changed, frequency_states, rounds_fraction, rounds_to, sheet_spans, turned
from .context import BACK, FINITE, Scope, Scoper, back_cues, ordinal_cues, time_cues
from .directions import _sentences, stated_claims
from .effects import SAID, Effects, fits
from .elapsed import own_age, own_year
from .numbers import CHECKED, Mention
from .referents import counts_noted, noted_counts
from .reported import AS_RESULT
from .sheet import EPS, SheetIndex, allowed_values, matches, sheet_index, term_forms
from .text import common_prefix, fold, tokens
from .timepoints import POINT_UNITS, is_point, swapped_times
from .units import changed_currency, changed_time_unit, said_before, said_times, shares_said_once

# a choice between two things, each word of a pair before one of them: "either ... or",
# "o bien ... o", "soit ... soit", "entweder ... oder", "o ... oppure", "ou ... ou":
# closed-class words of the six languages
_EITHER = regex.compile(
    r"(?<!\p{L})(?:either\s.{1,80}?\sor|o\s+bien\s.{1,80}?\so|soit\s.{1,80}?\ssoit|ou\s+bien"
    r"\s.{1,80}?\sou|entweder\s.{1,80}?\soder|oppure|ora\s.{1,80}?\sora"
    # the ones ... the others: "Die einen durften früh heim, die anderen blieben", "les
    # uns ..., les autres", "unos ..., otros", "gli uni ..., gli altri", "uns ..., outros",
    # "some went home ..., others stayed"
    r"|die\s+einen\s.{1,80}?\sdie\s+anderen|les\s+uns\s.{1,80}?\sles\s+autres"
    r"|unos\s.{1,80}?\sotros|(?:gli\s+uni|alcuni)\s.{1,80}?\s(?:gli\s+)?altri"
    r"|uns\s.{1,80}?\soutros|some\s.{1,80}?\sothers)(?!\p{L})",
    regex.IGNORECASE)

# figures said of a group; a ratio is not one ("(7,3 %) del grupo de yodo (HR 0,62": the
# group is the share's)
CLAIMS = frozenset({"percent", "frequency", "number", "points", "fold"})
# read and judged in .effects
EFFECT_KINDS = frozenset({"points", "ratio", "ci", "cilevel", "pvalue", "fold", "multiple",
                          "fraction"})
T = TypeVar("T")


# Findings of one rule listed for one text: a text with more is no version of the sheet,
# and listing a hundred thousand would cost memory and tell the reader nothing more.
LISTED = 1000


@dataclass
class Reading:
    """What one pass over a text found: findings, and the facts it states."""

    findings: list[Finding] = field(default_factory=list)
    stated: set[str] = field(default_factory=set)
    listed: Counter[str] = field(default_factory=Counter)
    unlisted: Counter[str] = field(default_factory=Counter)

    def error(self, rule: str, message: str, m: Mention | None, fact: Fact | None = None,
              expected: str | None = None, severity: str = "error") -> None:
        if self.listed[rule] >= LISTED:
            self.unlisted[rule] += 1
            return
        self.listed[rule] += 1
        self.findings.append(Finding(
            rule, severity, message, fact.id if fact else None, expected,
            m.text if m else None, (m.start, m.end) if m else None))

    def report(self, rule: str, message: str, m: Mention, fact: Fact | None,
               expected: str | None, severity: str) -> None:
        self.error(rule, message, m, fact, expected, severity)

    def close(self) -> None:
        """One finding for each rule's findings beyond the :data:`LISTED` ones."""
        for rule, count in self.unlisted.items():
            self.findings.append(Finding(
                "findings-not-listed", "error",
                f"{count:,} more {rule} findings in this text are not listed (the first "
                f"{LISTED:,} of each kind are)."))


class FactValidator:
    """Numbers, their context, and omissions, in the text's own language."""

    name = "facts"
    reads = ("require", "output.facts")  # of the context beyond the text: which facts it must state

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        index = sheet_index(context.factsheet, context.lexicon)
        # what the text says is part of its analysis (outputs for several audiences
        # often share a text); what it must say depends on the output
        read = analysis_of(text, context)[FACTS]
        reading = Reading(list(read.findings), set(read.stated))
        _omissions(context, index, reading)
        return reading.findings


def _joiners(context: CheckContext) -> frozenset[str]:
    """The words that may stand inside one noun phrase naming a group: the pack's
    function words and the words of the sheet's group labels ("mujeres del grupo de
    clorhexidina"), folded as tokens are. Empty when the pack lists no function words."""
    stop = frozenset(fold(w) for w in getattr(context.pack, "stopwords", None) or ())
    if not stop:
        return stop
    lang = context.lexicon.lang
    return stop | {t.norm for g in context.factsheet.groups.values()
                   for form in (*g.label.all_forms(lang), *g.keywords.get(lang, []))
                   for t in tokens(form)}


def _stopwords(context: CheckContext) -> frozenset[str]:
    """The pack's function words, folded as tokens are."""
    return frozenset(fold(w) for w in getattr(context.pack, "stopwords", None) or ())


def _read(text: str, context: CheckContext, index: SheetIndex) -> Reading:
    """The figures of ``text`` judged against the sheet, and the facts it states."""
    analysis = analysis_of(text, context)
    mentions = [m for m in analysis[NUMBERS] if m.kind in CHECKED]
    labelled = index.label_spans(text)  # "adultos de más de 60 años": the label's number
    if labelled:
        mentions = [m for m in mentions
                    if not any(a <= m.start and m.end <= b for a, b in labelled)]
    # what is read of the sheet and its language alone: once per process, not per run
    sheet_memo = context.lexicon.remember_sheet
    stopwords = sheet_memo(("facts-stopwords",), lambda: _stopwords(context))
    if len(mentions) > 2 and any(m.kind == "duration" for m in mentions):
        mentions = shares_said_once(text, mentions, stopwords, FINITE)
    claims = [m for m in mentions if m.kind in CLAIMS and not _trivial(m)]
    spans = list(analysis.sentences)
    cues = list(analysis[GROUP_CUES])
    back = back_cues(text, spans, context.pack)
    ranked = ordinal_cues(text, spans, cues, context.pack, index.compared, stopwords)
    if back or ranked:
        cues = sorted(cues + back + ranked, key=lambda c: (c.start, c.end))
    scoper = Scoper(text, spans, claims, cues, time_cues(mentions, index),
                    sheet_memo(("facts-joiners",), lambda: _joiners(context)),
                    _versus_words(context.pack),
                    sheet_memo(("facts-kinds",), lambda: _kinds(index)))
    reading = Reading()
    judge = _Judge(index, scoper, reading, mentions,
                   Effects(index, scoper, text, context.pack, reading.report, reading.stated,
                           mentions, [m.start for m in mentions]), context)
    used = (_rates(text, index, mentions, scoper, reading, judge.effects)
            if index.facts_of("rate") else ())
    for m in mentions:
        if not used or id(m) not in used:
            judge.mention(m)
    for m in swapped_times(text, mentions, spans, index, reading.findings, judge.pending):
        judge.unsupported(m, "length of time")
    reading.stated |= judge.timepoints()
    reading.stated |= judge.ranges()
    reading.stated |= judge.effects.said_in_words()
    reading.stated |= stated_claims(text, context)
    reading.stated |= _stated_no_difference(text, context)
    if analysis[QUOTES]:
        reading.findings = _quoted_figures(reading.findings, analysis[QUOTES], text, context)
    cited = analysis[REPORTED]
    if cited:  # a claim a fact check quotes to weigh it: not the study's result, and its
        # figures are not the text's own when the text rejects it
        quoted = Spans(cited)
        rejected = Spans(analysis[REJECTED])
        reading.findings = [f for f in reading.findings if f.span is None or not (
            rejected.overlaps(*f.span)
            or (f.rule in AS_RESULT and quoted.overlaps(*f.span)))]
    reading.close()
    return reading


def _part_sums(index: SheetIndex) -> list[tuple[str, float]]:
    """Each group the sheet splits into parts it counts, with the sum of their counts
    (progressive MS: 86 secondary + 2 primary = 88), where the sheet gives no count of
    the group itself."""
    counts: dict[str, float] = {}
    for f in index.sheet.facts.values():
        if f.kind == "count" and f.group and getattr(f, "value", None) is not None:
            counts.setdefault(f.group, float(f.value))
    out = []
    for g in index.sheet.groups.values():
        parts = tuple(getattr(g, "includes", ()) or ())
        if len(parts) > 1 and g.id not in counts and all(p in counts for p in parts):
            out.append((g.id, sum(counts[p] for p in parts)))
    return out


def _kinds(index: SheetIndex) -> frozenset[str]:
    """The sheet's groups that are kinds of its condition: tied to a term, and no arm
    it compares (people have a type of MS; they are given chlorhexidine)."""
    return frozenset(g.id for g in index.sheet.groups.values()
                     if g.term and g.id not in index.compared)


_QUOTED_RULES = frozenset({"unsupported-number", "wrong-context"})


def _quoted_figures(findings: list[Finding], quotes: tuple[tuple[int, int], ...], text: str,
                    context: CheckContext) -> list[Finding]:
    """Findings on a figure inside one of the sheet's reviewed quotes, left out where the
    quote holds that figure in the same words: they are the speaker's reviewed words, which
    generate quotes verbatim ("dos días menos de migraña al mes"). A figure the quote does
    not hold ("tres días" in its place) is judged as ever."""
    inside = [f for f in findings if f.rule in _QUOTED_RULES and f.span is not None
              and any(p <= f.span[0] and f.span[1] <= q for p, q in quotes)]
    if not inside:
        return findings
    lang = context.lexicon.lang
    said = [" ".join(fold(local_text(q.text, lang) or "").split())
            for q in context.factsheet.quotes.values()]
    own = {id(f) for f in inside
           if (figure := " ".join(fold(text[f.span[0]:f.span[1]]).split()))
           and any(figure in words for words in said)}
    return [f for f in findings if id(f) not in own]


def _stated_no_difference(text: str, context: CheckContext) -> set[str]:
    """No-difference results a text states in words: a sentence that says there was no
    difference (the pack's ``same`` words) and names the outcome, or any such sentence
    when the sheet has one no-difference result only."""
    facts = context.factsheet.facts_of("no-difference")
    forms = getattr(context.pack, "same", None) or ()
    if not facts or not forms:
        return set()
    same = _same_words(context.pack, forms)
    said = [s for s in _sentences(text, context) if same.search(text, s.start, s.end)]
    if not said:
        return set()
    if len(facts) == 1:
        return {facts[0].id}
    sentences = _sentences(text, context)
    out = set()
    for fact in facts:
        names = _measure_names(fact, context)
        for i, sentence in enumerate(sentences):
            if sentence not in said:
                continue
            # the outcome in the verdict's sentence, or in the one before it ("The study
            # compared ankle function. There was no real difference between A and B.")
            near = sentences[max(i - 1, 0):i + 1]
            if any(fact.outcome in s.outcomes for s in near) or any(
                    name in text[s.start:s.end].lower() for s in near for name in names):
                out.add(fact.id)
                break
    return out


def _measure_names(fact: Fact, context: CheckContext) -> list[str]:
    """The words a no-difference's ``measure`` goes by ("ankle function", "pain"): a
    measured value is named by its measure, not by the outcome's label."""
    measure = context.factsheet.measures.get(getattr(fact, "measure", None) or "")
    if measure is None:
        return []
    return [f.lower() for f in measure.label.all_forms(context.lexicon.lang) if f]


_SAME: dict[tuple[str, ...], Any] = {}


def _versus_words(pack: Any) -> Any:
    forms = tuple(getattr(pack, "versus_words", None) or ())
    return _same_words(pack, forms) if forms else None


def _same_words(pack: Any, forms: tuple[str, ...]) -> Any:
    key = tuple(forms)
    if key not in _SAME:
        _SAME[key] = plain_regex.compile(
            rf"(?<![\p{{L}}])(?:{'|'.join(forms)})(?![\p{{L}}])", regex.IGNORECASE)
    return _SAME[key]


# a figure, then a few words and the base of a rate: "3.3 fewer infections for every",
# "3,3 Infektionen weniger pro", "3,3 infections de moins pour"
_BEFORE_BASE = regex.compile(r"(?:[ \u00a0\n]+[\p{L}'’-]+){1,5}[ \u00a0\n]+$")
_BASES = frozenset({100.0, 1000.0, 10000.0, 100000.0})
# the kinds of figure that make a sentence one of the study's results (a time of day there is
# judged): shares and times after the treatment
_STUDY_KINDS = frozenset({"percent", "frequency", "elapsed"})
# a count over a total in brackets right after a share: "4,0 % (23/572)"
_COUNT_OVER = regex.compile(r"[ \u00a0]*\([ \u00a0]*(\d{1,3}(?:[.,\u00a0\u202f ]?\d{3})*)"
                            r"[ \u00a0]*/[ \u00a0]*(\d{1,3}(?:[.,\u00a0\u202f ]?\d{3})*)"
                            r"[ \u00a0]*\)")


# the other of two groups compared ("in the other group", "in der anderen Gruppe", "en el
# otro grupo", "dans l'autre groupe", "nell'altro gruppo", "no outro grupo"): closed-class
_OTHER_ARM = regex.compile(
    r"(?<!\p{L})(?:the\s+other|(?:el|la)\s+otr[oa]|l['’]autre|(?:der|die|den|dem)\s+"
    r"ander(?:e|en|er)|l['’]altr[oa]|(?:o|a|no|na)\s+outr[oa])(?!\p{L})", regex.IGNORECASE)
# a word for "of" right before the base of a natural frequency said first ("von 100",
# "out of every 100", "sur 100", "su 100", "de cada 100", "em cada 100"): closed-class
_PER_WORD = regex.compile(r"(?<!\p{L})(?:of(?:\s+every)?|von|sur|su|de\s+cada|em\s+cada"
                          r"|por\s+cada|per|pro|auf|ogni)[ \u00a0]+$", regex.IGNORECASE)
# a slash right after a post's number, then a space or the count of posts ("1/ ", "1/6")
_POST_AFTER = regex.compile(r"/(?:[ \t]|\d{1,2}\b)")
# the whole cohort, said in words of no group (closed-class phrases of the six languages)
_OVERALL = regex.compile(
    r"(?<!\p{L})(?:overall|as\s+a\s+whole|in\s+total|(?:en\s+(?:el\s+)?|no\s+)conjunto"
    r"|en\s+total|insgesamt|alles\s+in\s+allem|dans\s+l['’]ensemble|au\s+total"
    r"|nel\s+complesso|in\s+totale|no\s+total|globalmente"
    # everyone of the study: "across everyone", "among all the patients", "über alle
    # hinweg", "tous patients confondus", "en todos los participantes"
    r"|(?:across|among|for)\s+(?:everyone|everybody|all\s+(?:the\s+)?(?:patients|participants"
    r"|people))|altogether|über\s+alle(?:\s+\p{L}+)?\s+hinweg|bei\s+allen\s+(?:Patient\p{L}*"
    r"|Teilnehm\p{L}*)|tous\s+(?:patients\s+|participants\s+)?confondus|(?:en|entre)\s+todos"
    r"\s+los\s+(?:pacientes|participantes)|(?:su|tra)\s+tutti\s+i\s+(?:pazienti|partecipanti)"
    r"|(?:em|entre)\s+todos\s+os\s+(?:doentes|participantes|pacientes)"
    # the study's whole group: "across the whole group", "dans l'ensemble du groupe",
    # "in der gesamten Gruppe", "nell'intero gruppo", "em todo o grupo", "en todo el grupo"
    r"|(?:across|in|for)\s+the\s+(?:whole|entire)\s+(?:group|cohort)"
    r"|(?:dans|sur)\s+l['’]ensemble\s+du\s+groupe|dans\s+tout\s+le\s+groupe"
    r"|(?:in|bei)\s+der\s+(?:ganzen|gesamten)\s+(?:Gruppe|Kohorte)"
    r"|(?:nell['’]|sull['’])intero\s+gruppo|in\s+tutto\s+il\s+gruppo"
    r"|em\s+todo\s+o\s+grupo|no\s+grupo\s+inteiro|en\s+todo\s+el\s+grupo"
    r"|en\s+el\s+grupo\s+entero)(?!\p{L})",
    regex.IGNORECASE)
# a word one of which every match of _OVERALL holds (folded as :func:`.anchors.fold`):
# a search is run only over words that hold one (tried at every place, it is slow)
_OVERALL_WORDS = ("overall", "whole", "total", "conjunto", "insgesamt", "allem", "ensemble",
                  "complesso", "globalmente", "everyone", "everybody", "patients",
                  "participants", "people", "altogether", "hinweg", "allen", "confondus",
                  "todo", "tutt", "entire", "groupe", "ganzen", "gesamten", "intero",
                  "inteiro", "entero")
# a word for a group of a study, alone or at a compound's end ("Krankenhausgruppe")
_GROUP_WORD = regex.compile(r"\p{L}*(?:group|grupo|groupe|gruppo|gruppe)\p{L}*",
                            regex.IGNORECASE)
# a running time in brackets ("(90 segundos)", "(1 min 30)", "(2 Minuten)"): closed-class
_RUNNING_TIME = regex.compile(
    r"\([^()\n]*(?<!\p{L})(?:s|secs?|seconds|segundos|secondes|secondi|sekunden|min|mins"
    r"|minutes?|minutos?|minuti|minuten)(?!\p{L})[^()\n]*\)", regex.IGNORECASE)
# a unit of a script's running time right after its number ("approx. 60 seconds",
# "durée : 1 min 15", "Salute in 60 secondi"), or before the seconds after the minutes
_RUN_UNIT = regex.compile(r"[ \u00a0]*(?:secs?|seconds?|segundos?|secondes?|secondi|sekunden"
                          r"|min|mins|minutes?|minutos?|minuti|minuten)(?!\p{L})",
                          regex.IGNORECASE)
_RUN_SECONDS = regex.compile(r"(?<!\p{L})(?:min|mins|minutes?|minutos?|minuti|minuten)\.?"
                             r"[ \u00a0]*$", regex.IGNORECASE)
# a running time in minutes and seconds after a word for "about" or for length ("Beitrag
# ca. 1:10", "durée : 1:15", "Dauer 2:30"): closed-class words of the six languages
_RUN_CLOCK = regex.compile(
    r"(?<!\p{L})(?:ca|circa|approx|about|environ|env|etwa|rund|aprox|cerca\s+de|durée|dauer"
    r"|länge|duration|length|running\s+time|durata|duración|duração)\.?[ \u00a0]*:?"
    r"[ \u00a0]*$", regex.IGNORECASE)
# the end of a figure's clause, where its counted thing is no longer said
_CLAUSE_BREAK = regex.compile(r"[.;:!?()\n]")


def _same_stem(a: str, b: str) -> bool:
    """One word in another form ("follows", "followed"; "groups", "group")."""
    n = common_prefix(a, b)
    return a == b or (n >= 5 and n >= min(len(a), len(b)) - 3)


def _counted_words(words: list[str]) -> list[str]:
    """The words of a term's plain description a count of its things is said with: its
    head ("study that follows ...", "Studie, die ...") and a word that an of-word
    qualifies ("groups of people", "Gruppen von Menschen"), never the members the
    description names ("17 Menschen in der Studie" are people, not cohorts)."""
    return words[:1] + [w for w, nxt in itertools.pairwise(words) if nxt in _OF]


# the six languages' "of" (folded), which a collective noun takes before its members
_OF = frozenset({"of", "de", "del", "des", "du", "d", "von", "der", "di", "dei", "degli",
                 "delle", "della", "dello", "da", "do", "dos", "das"})


# a time of day said by its hour (:meth:`_Judge._title_time`): the word for o'clock
# after it ("nine o'clock", "neun Uhr", "9 h", "neuf heures", "las nueve en punto"), or the
# article or preposition of a time of day before it ("de las nueve", "delle 13", "às
# nove", "um neun", "à 9") and nothing more said of it (the title goes on or ends)
_HOUR_AFTER = regex.compile(
    r"[ \u00a0]*(?:o['’]?clock|uhr|h(?!\p{L})|heures?|hrs?(?!\p{L})|en\s+punto|in\s+punto"
    r"|em\s+ponto)(?!\p{L})", regex.IGNORECASE)
_HOUR_BEFORE = regex.compile(
    r"(?<!\p{L})(?:las|a\s+la|alle|delle|dalle|le|às|das|pelas|as|um|gegen|à|at)[ \u00a0]+$",
    regex.IGNORECASE)
_HOUR_END = regex.compile(r"[ \u00a0]*(?:[.,;:!?)\n–—-]|$)")
# a transcript's time code: only spaces and an opening bracket before it on its line, a
# closing bracket, a space or a mark after it ("[00:12] HOST:", "(01:05) ...", "00:45 –")
_CODE_BEFORE = regex.compile(r"[ \t]*[\[(]?[ \t]*")
_CODE_AFTER = regex.compile(r"[\])]|[ \t]*[-–—:|]|[ \t]+\p{Lu}")
# a word for the text's place in a series before its number, in its title (closed-class
# words of the six languages): "Folge 12", "Épisode 4", "episodio 7", "Issue 3", "#12",
# "Beitrag 3"
_SERIES_WORDS = (
    r"episode|épisode|episodio|episódio|folge|ausgabe|heft|issue|edition"
    r"|édition|edición|edizione|edição|number|numéro|número|numero|nr|no(?=\.)|n[°º]|part|teil"
    r"|partie|parte|puntata|chapter|kapitel|chapitre|capitolo|capítulo|vol|volume|band"
    # the parts of a slide deck, a thread, a script or a guide
    r"|slide|folie|diapositiva|diapositive|diapositivo|diapo|beitrag|section|abschnitt"
    r"|sección|secção|seção|sezione|step|schritt|paso|étape|passo|etapa|card|karte|tweet"
    r"|page|seite|página|pagina|scene|szene|escena|scène|scena"
    # the panels of an infographic or a comic strip, the boxes of a page
    r"|vignette|vignetta|viñeta|vinheta|panel|panneau|pannello|painel|bild|tafel|tavola"
    r"|quadro|frame|box|encadré|kasten|riquadro|recuadro")
_SERIES = regex.compile(
    rf"(?:(?<!\p{{L}})(?:{_SERIES_WORDS})\.?|#)[ \u00a0]*$", regex.IGNORECASE)
# a heading of one of the text's own parts at a line's start, its number then a mark or
# the line's end ("Slide 2 – Question", "Folie 3:", "Diapositiva 4", "Step 2."), wherever
# the heading stands: the text numbers its own parts
_PART_HEADING = regex.compile(
    rf"(?m)^[ \t#*>\[(]*(?:{_SERIES_WORDS})\.?[ \u00a0]*$", regex.IGNORECASE)
# after the number, a description in brackets may stand before the mark ("Bild 1
# (Herz-Symbol mit Menschenmenge):", "Slide 3 (chart):")
_HEADING_END = regex.compile(r"[ \u00a0]*(?:\([^()\n]{1,80}\)[ \u00a0]*)?(?:[-–—:|.,)\]*]|$)",
                             regex.MULTILINE)
# a subtitle file's cue (SubRip, WebVTT): its number alone on a line and the timing line
# under it ("2" / "00:00:04,600 --> 00:00:09,800"): where the text is shown, not a figure
_CUE = regex.compile(
    r"(?m)^(?:[ \t]*\d{1,5}[ \t]*\n)?[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
    r"[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[^\n]*$")
# the questions a text's title counts ("5 questions sur une grande étude", "3 Fragen zur
# Studie", "cinco preguntas"): closed-class words of the six languages
_QUESTIONS = regex.compile(r"[ \u00a0]+(?:questions?|fragen|preguntas|domande|perguntas)"
                           r"(?!\p{L})", regex.IGNORECASE)
# a line that opens with the first of a text's numbered parts: "[1/3]", "(1/5)", "1/4 "
_FIRST_PART = regex.compile(r"(?m)^[ \t]*[\[(]?[ \t]*1[ \t]*/[ \t]*(\d{1,2})(?!\d)")
# a time unit before its number in figures ("week 6", "Woche 6", "semana 6")
_UNIT_FIRST = regex.compile(r"\p{L}+[ \u00a0]+\d{1,3}")
# a date in figures, day first as Europe writes it: "20.01.2021", "20/01/2021"
_NUMERIC_DATE = regex.compile(r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?![\d.,]\d)")
# a DOI: the directory "10.", a registrant code and a suffix after a slash
_DOI = regex.compile(r"10\.\d{4,9}/\S+")
# a count's own words, then the bracket its share opens: "575 mulheres (7,3%"
_SHARE_AFTER = regex.compile(r"[^()\n,;:.]{0,40}\([ \u00a0]*")
_LISTED_AFTER = regex.compile(r"[:;,(]")  # what follows names the things counted
# the nouns a count of a study's arms is said with ("2 Mittel", "two different drugs"):
# a digit before one of them counts the arms, as a number word does
_DIFFERENT = (r"different|distinct|verschiedene|unterschiedliche|différents|différentes|"
              r"diversos|diversas|distintos|distintas|diferentes|diversi|diverse|differenti")
_ARMS_COUNTED = {lang: regex.compile(
    rf"[ \u00a0]+(?:(?:{_DIFFERENT})[ \u00a0]+)?(?:{nouns})(?![\p{{L}}\p{{N}}])",
    regex.IGNORECASE) for lang, nouns in {
    "en": r"treatments|drugs|medicines|medications|products|cleansers|antiseptics|"
          r"solutions|therapies|methods|options|groups|arms|procedures|interventions",
    "de": r"Mittel|Medikamente|Arzneimittel|Wirkstoffe|Präparate|Produkte|Lösungen|"
          r"Behandlungen|Therapien|Methoden|Verfahren|Gruppen|Studienarme|Arme|"
          r"Desinfektionsmittel|Antiseptika",
    "fr": r"traitements|médicaments|produits|antiseptiques|solutions|thérapies|méthodes|"
          r"groupes|bras|options",
    "es": r"tratamientos|medicamentos|fármacos|productos|antisépticos|soluciones|"
          r"terapias|métodos|grupos|brazos|opciones",
    "it": r"trattamenti|farmaci|medicinali|prodotti|antisettici|soluzioni|terapie|metodi|"
          r"gruppi|bracci|opzioni",
    "pt": r"tratamentos|medicamentos|fármacos|produtos|antissépticos|soluções|terapias|"
          r"métodos|grupos|braços|opções",
}.items()}


def _rates(text: str, index: SheetIndex, mentions: list[Mention], scoper: Scoper,
           reading: Reading, effects: Effects) -> set[int]:
    """The rates of the text, judged against the sheet's rate facts (:mod:`.rates`), their
    hedges and background ones as effects are: the mentions they are made of are no
    figures of their own."""
    from .rates import read_rates

    return read_rates(text, index, mentions, scoper, reading.error, effects.matched)


def _trivial(m: Mention) -> bool:
    """"one", "un", "um": spelled-out 0 and 1 are too often words, not numbers."""
    return m.kind == "number" and m.words and m.value <= 1


@dataclass
class _Judge:
    index: SheetIndex
    scoper: Scoper
    reading: Reading
    mentions: list[Mention]
    effects: Effects
    context: CheckContext | None = None  # for the sheet's notes (referents.noted_counts)

    def __post_init__(self) -> None:
        # a long text gives the same figures again and again: what the sheet says of each
        # value (and of each set of groups) is looked up once per text
        self.shares_of: Callable[[float], list[Fact]] = _per_text(_shares_of, self.index)
        self.counts_of: Callable[[float], list[Fact]] = _per_text(_counts_of, self.index)
        self.supported: Callable[[float | None], bool] = _per_text(_supported, self.index)
        self.loose: Callable[[float], bool] = _per_text(_loose, self.index)
        self.noted: Callable[[float], list[str]] = _per_text(_noted, self.index)
        self.count_for: Callable[[frozenset[str]], Fact | None] = _per_text(
            _count_for, self.index)
        self.duration_of: Callable[[tuple[float, str | None]], str] = _per_text(
            _duration_of, self.index)
        # what the sheet gives, asked by every text: worked out once per sheet (read only)
        self.negatives, self.wholes, self.grouped_shares = self.index.lexicon.remember(
            ("facts-judge-sheet",), lambda: _sheet_facts(self.index))
        self.starts = [m.start for m in self.mentions]
        self.last_share: tuple[Mention, Fact] | None = None  # the last share matched
        self.versus = self.scoper.versus  # the pack's versus words (_versus_words)
        self.pending: list[Mention] = []  # time points the sheet never gives (timepoints)

    def mention(self, m: Mention) -> None:
        if m.kind == "number" and (self.doi(m) or self.numeric_date(m)):
            return
        if self._cue(m):
            return  # "00:00:04,600 --> 00:00:09,800": a subtitle's timing
        if m.kind in EFFECT_KINDS:
            self.effect(m)
        elif m.kind == "date":
            self.date(m)
        elif m.kind == "clock":
            # a time of day outside a sentence that says embargo (the sheet's one clock
            # is its embargo's) is the text's own: a meeting's, an e-mail's (:mod:`.logistics`),
            # unless its sentence states the study's figures too
            if m.clock not in self.index.clocks and not self._running_time(m) and (
                    not self._time_code(m)) and not self._title_time(m) and (
                    logistics.judged_clock(self.scoper.text, m) or self._study_sentence(m)):
                self.unsupported(m, "time")
        elif m.kind == "range":
            self.range(m)
        elif m.kind == "duration":
            if not self._title_time(m):
                self.duration(m)
        elif m.kind == "percent" and self.effects.changed_by(m) and self.effects.percent(m):
            return  # "fell by 50 percent": a relative change before any share of 50 %
        elif m.percent is not None and not m.negative and self.share(m):
            return
        elif m.kind in ("percent", "frequency"):
            if m.kind == "frequency" and self.supported(m.value) and self.supported(m.second):
                self.counted_share(m)
                return  # "122 of 210": two counts
            if (not m.negative or m.kind == "percent") and self.effects.percent(m):
                return  # a relative change ("−22 %" too), or a ratio or a difference said as one
            if (m.kind == "frequency" and m.words and m.value == 1
                    and m.second in self.index.parts and not self._quantifies_people(m)):
                return  # "assigned to one of two antiseptics": one of the sheet's arms
            self.unsupported_share(m)
        elif not _trivial(m):
            self.count(m)

    def numeric_date(self, m: Mention) -> bool:
        """A date in figures read as a number ("Neurology, 20.01.2021", "20/01/2021"):
        judged as the date it is. True when the number starts such a date."""
        hit = _NUMERIC_DATE.match(self.effects.text, m.start)
        if hit is None or m.end > hit.end():
            return False
        day, month, year = (int(g) for g in hit.groups())
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return False
        self.date(dataclasses.replace(m, end=hit.end(), text=hit.group(), kind="date",
                                      date=(year, month, day)))
        return True

    def doi(self, m: Mention) -> bool:
        """A DOI's prefix read as a number ("doi 10.1093/jnci/djy087"): the study's own
        DOI is no figure; another one is not the study's (unsupported-number). True when
        the number starts a DOI."""
        hit = _DOI.match(self.effects.text, m.start)
        if hit is None or m.end > hit.end():
            return False
        said = hit.group().rstrip(".,;:)]»”\"'")
        own = str(self.index.sheet.publication.get("doi") or "")
        own = own.removeprefix("https://doi.org/")
        if said.casefold() != own.casefold():
            self.reading.error("unsupported-number",
                               f"The DOI {said} is not the study's"
                               + (f" ({own})." if own else "."), m, None, own or None)
        return True

    def effect(self, m: Mention) -> None:
        judge = {"points": self.effects.points, "ratio": self.effects.ratio,
                 "ci": self.effects.interval, "cilevel": self.effects.level,
                 "pvalue": self.effects.pvalue, "fold": self.effects.fold,
                 "multiple": self.effects.fold, "fraction": self.effects.fraction}[m.kind]
        judge(m)

    # --- shares --------------------------------------------------------------------
    def share(self, m: Mention) -> bool:
        """A per-cent figure: true when it is one of the sheet's, in its context."""
        said = m.percent or 0.0
        candidates = self.shares_of(said)
        exactly = bool(candidates)
        if m.kind == "frequency" and m.second and not m.hedge and not (
                self.supported(m.value) and self.supported(m.second)):
            # "one in 24" for 4.2 %, "two in three" for 66 % (bounds.frequency_states); two
            # of the sheet's counts ("23 of 572") are judged as counts. Beside the shares it
            # states exactly: "seven in ten" is 70 %, rounded from 71 % for one group, and
            # the nearest such frequency to another group's 71 % at another time
            candidates += [f for f, allowed in self.index.shares if f.kind != "comparison"
                           and f not in candidates
                           and any(frequency_states(m.value, m.second, v) for v in allowed)]
        if not candidates and m.hedge:  # "nearly half" for 47 %, "more than 8 in 10"
            candidates, _ = self.effects.find(self.index.shares, said, m.hedge)
            if not candidates or not any(self.scoper.scope(m).fits(f.group, f.time)
                                         for f in candidates):
                # "just under six in ten had RRMS" for 122 of 210: a part of the cohort
                parts, _ = self.effects.find(self.index.part_shares, said, m.hedge)
                candidates = [f for f in parts if self.scoper.scope(m).names(f.group, None)
                              ] or candidates
        if not candidates:
            return False
        scope = self.scoper.scope(m)
        own = self.scoper.own_groups(m)
        fitting = [f for f in candidates if f.kind == "comparison" or scope.fits(f.group, f.time)
                   or (f.hedged and not own)]  # "up to 12 %" as the sheet says it, of no group
        overall = not own and self._overall(m) and any(
            self._of_group(candidates[0], g) is not None for g in self.wholes)
        if overall:  # "Overall, 80% ...": the whole cohort's, not a group said before
            fitting = [f for f in candidates if f.kind == "comparison" or (
                f.group in self.wholes and (f.time is None or not scope.times
                                            or f.time in scope.times))]
        described = None if own & self.index.compared else self._described(m)
        if fitting and described and all(f.group in self.index.compared
                                          and f.group != described for f in fitting):
            fitting = []  # "54,4 % der früh Entlassenen" where 54.4 % is the other arm's
        if not fitting:
            fitting = self._versus(m, candidates)
        if not fitting:
            fitting = self._paired(m, candidates)
        if not fitting and not overall:
            fitting = self._series(m, candidates)
        if not fitting:
            fitting = self._counted(m, candidates) or [f for f in candidates
                                                       if described and f.group == described]
        background = [f for f in candidates if f.background] if not fitting else []
        if background:
            if own & self.index.result_groups and not self.effects.labelled_context(m):
                self.effects.as_result(m, background[0], "its clause names a group of the study")
                return True
            fitting = background  # context, in words of its own for who it is about
        if fitting:
            best = next((f for f in fitting if scope.names(f.group, f.time)), fitting[0])
            self.reading.stated.add(best.id)
            self.last_share = (m, best)
            self.effects.matched(m, [best, *(f for f in fitting if f is not best)], said,
                                 exactly)
            return True
        meant = (next((x for g in sorted(self.wholes) if (x := self._of_group(
            candidates[0], g)) is not None), None) if overall else None) or self.meant(
            scope) or self._of_group(candidates[0], described)
        said = candidates[0]
        where = self.index.describe(meant) if meant else _scope_words(self.index, scope)
        self.reading.error(
            "wrong-context",
            f"{m.text} is the figure for {self.index.describe(said)} ({said.id}), "
            f"but here it is said of {where}"
            + (f", where the fact sheet gives {self.index.expected(meant)}." if meant else "."),
            self._with_group(m, scope, said), meant or said, self.index.expected(meant or said))
        return True

    def _with_group(self, m: Mention, scope: Scope, fact: Fact) -> Mention:
        """The figure with the words of its sentence that name the group it is wrongly
        said of, the nearest before it ("En las formas progresivas, el 86 %"): the words
        that are wrong, not only the figure."""
        wrong = scope.groups - {fact.group}
        if not wrong or not self.scoper.sentences:
            return m
        a, _ = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        cue = next((c for c in reversed(self.scoper.groups.between(a, m.start))
                    if c.item in wrong and not c.generic), None)
        if cue is None:
            return m
        return dataclasses.replace(m, start=cue.start, text=self.scoper.text[cue.start:m.end])

    def _versus(self, m: Mention, candidates: list[Fact]) -> list[Fact]:
        """"64.4 % of A ..., against 54.4 % with B": after a versus word (the pack's
        ``versus_words``) or words for the other group ("in der anderen Gruppe gut die
        Hälfte (54,4 %)", "in the other group"), the share the sheet compares with the
        one just said, in the same sentence, is the other group's whatever words name
        it."""
        if self.last_share is None or self.versus is None:
            return []
        before, fact = self.last_share
        if self.scoper.sentence_of(before.start) != self.scoper.sentence_of(m.start) or (
                not self.versus.search(self.scoper.text, before.end, m.start)
                and not _OTHER_ARM.search(self.scoper.text, before.end, m.start)
                and not self._unnamed_group(m, before)):
            return []
        pairs = {f for c in self.index.facts_of("comparison") if fact.id in c.facts
                 for f in c.facts if f != fact.id}
        return [f for f in candidates if f.id in pairs]

    def _unnamed_group(self, m: Mention, before: Mention) -> bool:
        """Whether a share's own clause, past a clause mark after the share before it,
        names a group by a word for group the sheet does not list ("..., in der
        Krankenhausgruppe gut 54 Prozent", "..., in the hospital group 54.4%"), and no
        group the checker knows: the other side of the comparison."""
        lo, _ = self.scoper.clause_of(m)
        if lo <= before.end or self.scoper.own_groups(m):
            return False
        return _GROUP_WORD.search(self.scoper.text, lo, m.start) is not None

    def _paired(self, m: Mention, candidates: list[Fact]) -> list[Fact]:
        """"…; additional procedures in 1% vs 6%": a share right before a versus word and
        the share the sheet compares it with is that comparison's, whatever group an
        earlier clause named."""
        if self.versus is None:
            return []
        i = bisect_left(self.starts, m.end)
        after = self.mentions[i] if i < len(self.mentions) else None
        between = self.scoper.text[m.end:after.start] if after is not None else ""
        if after is not None and after.kind == "number" and i + 1 < len(self.mentions):
            # each share with its count: "23 women (4.0%) versus 42 (7.3%)", "4,0 %
            # (23 mujeres) frente al 7,3 % (42)": the other count stands before its share
            count, after = after, self.mentions[i + 1]
            between = (self.scoper.text[m.end:count.start] + " "
                       + self.scoper.text[count.end:after.start]).replace("(", " ").replace(
                ")", " ")
        if after is None or after.percent is None or (
                self.scoper.sentence_of(after.start) != self.scoper.sentence_of(m.start)):
            return []
        if len(between.split()) > 3 and not self._contrasted(m, between):
            return []
        if not self.versus.search(between):
            return []  # only a versus word between them ("1% vs 6%", "1 % frente a 6 %")
        out = []
        for comparison in self.index.facts_of("comparison"):
            pair = [self.index.sheet.facts.get(f) for f in comparison.facts]
            if len(pair) == 2 and None not in pair and pair[0] in candidates and any(
                    abs(v - float(after.percent)) < EPS for v in allowed_values(pair[1])):
                out.append(pair[0])
        return out

    def _overall(self, m: Mention) -> bool:
        """Whether the words before a share in its sentence say it is of the whole cohort
        ("overall", "in the group as a whole", "en el conjunto del grupo", "insgesamt",
        "dans l'ensemble", "nel complesso"), whatever group an earlier sentence named.
        Asked only where the sheet gives the whole cohort a share of the same outcome and
        time ("overall, 4.0% and 7.3%" are two arms' rates)."""
        a, _ = (self.scoper.sentences[self.scoper.sentence_of(m.start)]
                if self.scoper.sentences else (0, 0))
        low = anchor_fold(self.scoper.text[a:m.start])
        if not any(map(low.__contains__, _OVERALL_WORDS)):
            return False
        return _OVERALL.search(self.scoper.text, a, m.start) is not None

    def _series(self, m: Mention, candidates: list[Fact]) -> list[Fact]:
        """"In relapsing-remitting MS the figures were 86 % and 71 %": shares of one group
        listed with no time words of their own, in the order of the sheet's time points,
        are that group's series whatever time an earlier sentence named. Only where the
        figures of the list (up to a semicolon or colon) match one group's shares at
        consecutive time points of the sheet, one by one."""
        text = self.scoper.text
        a, b = (self.scoper.sentences[self.scoper.sentence_of(m.start)]
                if self.scoper.sentences else (0, len(text)))
        cut = max(text.rfind(";", a, m.start), text.rfind(":", a, m.start))
        a = cut + 1 if cut >= 0 else a
        ends = [i for i in (text.find(";", m.end, b), text.find(":", m.end, b)) if i >= 0]
        b = min(ends) if ends else b
        if self.scoper.times.between(a, b):
            return []
        listed = [x for x in self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]
                  if x.percent is not None and x.kind in ("percent", "number")]
        if len(listed) < 2 or m not in listed:
            return []
        order = {t.id: i for i, t in enumerate(sorted(
            self.index.sheet.times.values(),
            key=lambda t: float(t.value) * {"day": 1, "week": 7, "month": 30,
                                            "year": 365}.get(t.unit, 1)))}
        at = listed.index(m)
        for group in self.scoper.groups_of(m):
            series = sorted((f for f, _ in self.index.shares if f.kind == "proportion"
                             and f.group == group and f.time in order),
                            key=lambda f: order[f.time])
            for j in range(len(series) - len(listed) + 1):
                run = series[j:j + len(listed)]
                if all(any(abs((x.percent or 0.0) - v) < EPS for v in allowed_values(f))
                       for x, f in zip(listed, run, strict=True)) and (
                        run[at] in candidates):
                    return [run[at]]
        return []

    def _contrasted(self, m: Mention, between: str) -> bool:
        """Whether a clause ends with a versus word right before the next share: "64,4 %
        des patients soignés à domicile ne le trouvaient pas contraignant, contre 54,4 %
        des patients hospitalisés", "..., against 54.4% of those kept in": the first share
        is the other side of the comparison, when its own words name no compared group."""
        if self.scoper.own_groups(m) & self.index.compared:
            return False
        clause = regex.split(r"[,;:]", between)
        return len(clause) > 1 and len(clause[-1].split()) <= 3 and bool(
            self.versus.search(clause[-1]))

    def _counted(self, m: Mention, candidates: list[Fact]) -> list[Fact]:
        """"4,0 % (23/572)": a share with its own count and total in brackets right after
        it is the one proportion those two numbers give, whatever group the words around
        it name (the arms may be named only in the sentence before)."""
        hit = _COUNT_OVER.match(self.scoper.text, m.end)
        if hit is None:
            return []
        count, total = (float(regex.sub(r"[^\d]", "", g)) for g in hit.groups())
        return [f for f in candidates if f.kind == "proportion"
                and f.count is not None and f.total is not None
                and abs(float(f.count) - count) < EPS and abs(float(f.total) - total) < EPS]

    def _described(self, m: Mention) -> str | None:
        """The compared group a share is said of when the text describes it in words of
        that group's labels the sheet does not list as a name ("64,4 % des patients
        rentrés à domicile", "Il 64,4% di chi era a casa", "der früh Entlassenen (64,4 %)"):
        the first such word in the people phrase right after the figure (function words
        and words of group names, up to the first other word), else the nearest before it
        in its sentence, back to the figure before. None when no such word is there."""
        index = self.index
        if not index.arm_words:
            return None
        text = self.scoper.text
        _, hi = self.scoper.clause_of(m)
        k = bisect_left(self.starts, m.end)
        if k < len(self.mentions) and self.mentions[k].start < hi:
            hi = self.mentions[k].start
        for i, tok in enumerate(tokens(text[m.end:hi])):
            group = index.arm_of(tok.norm)
            if group is not None:
                return group
            # function words and group names' words go on; so does a participle right
            # after the figure, which opens the description ("due su tre tornati a casa")
            if tok.norm not in self.scoper.stopwords and (i > 0 or tok.norm.isdigit()):
                break  # the phrase of people ends ("... n'ont pas trouvé le traitement")
        lo = self.scoper.sentences[self.scoper.sentence_of(m.start)][0] if (
            self.scoper.sentences) else 0
        j = bisect_left(self.starts, m.start) - 1
        if j >= 0 and self.mentions[j].end > lo:
            lo = self.mentions[j].end
        for tok in reversed(tokens(text[lo:m.start])):
            group = index.arm_of(tok.norm)
            if group is not None:
                return group
        return None

    def _of_group(self, fact: Fact, group: str | None) -> Fact | None:
        """The share of ``group`` for the same outcome and time as ``fact``, if any."""
        if group is None:
            return None
        return next((f for f, _ in self.index.shares if f.group == group
                     and getattr(f, "outcome", None) == getattr(fact, "outcome", None)
                     and f.time == fact.time), None)

    def counted_share(self, m: Mention) -> None:
        """"23 of 1,147" where the sheet counts 23 of 572: a proportion's count said
        over another group's size."""
        mine = [f for f in self.index.facts_of("proportion")
                if f.count is not None and f.total is not None
                and abs(float(f.count) - m.value) < EPS]
        if not mine or any(abs(float(f.total or 0) - (m.second or 0)) < EPS for f in mine):
            return
        fact = mine[0]
        self.reading.error(
            "wrong-context",
            f"{m.text}: the fact sheet counts {fact.count} of {fact.total} "
            f"({self.index.describe(fact)}, {fact.id}).",
            m, fact, f"{fact.count} / {fact.total}")

    def unsupported_share(self, m: Mention) -> None:
        if self.effects.bound_turned(m):
            return  # "less than half" for 57 %: a bound turned round, not a new figure
        meant = self._own_fact(m, lambda: self.meant(self.scoper.scope(m)),
                               self.grouped_shares)
        tail = (f"; for {self.index.describe(meant)} it gives {self.index.expected(meant)}"
                if meant else "")
        self.reading.error("unsupported-number",
                           f"The fact sheet has no figure {m.text}{tail}.", m, meant,
                           self.index.expected(meant) if meant else None)

    def meant(self, scope: Scope) -> Fact | None:
        """The one share fact whose group and time the words around a number name."""
        named = [f for f, _ in self.index.shares
                 if f.kind != "comparison" and scope.names(f.group, f.time)
                 and (scope.groups or scope.times)]
        if len(named) > 1:
            named = [f for f in named if f.group in scope.groups and f.time in scope.times]
        return named[0] if len(named) == 1 else None

    # --- plain numbers -------------------------------------------------------------
    def count(self, m: Mention) -> None:
        if self.changed_currency(m) or self.signed(m):
            return
        if self._per_base(m):
            return  # "von 100 Frauen mit Chlorhexidin etwa 4 ..., mit Jod etwa 7"
        if self._post_number(m) or self._running_time(m) or self._questions(m) or (
                self._parts(m) or self._title_time(m)):
            return  # "🧵 1/ New in Neurology", "GUION · Salud en la onda (90 segundos)"
        if own_age(self.effects.text, m.start):
            return  # "I'm 58 and often have chest pain": the writer's age
        if self._share_again(m):
            return  # "Mnemonic: 80-66 all" after "80% at 5 y / 66% at 10 y"
        if self._series_number(m) or self._own_year(m):
            return  # "Folge 12 – Gesundheit im Gespräch", "I was diagnosed in 2015"
        if m.value == 0 and any(getattr(f, "quantifier", None) == "none"
                                for f in self.index.facts_of("claim")):
            return  # "major bleeding: 0 in both arms": the sheet's "none" said as a figure
        facts = self.counts_of(m.value)
        hedged = [f for f in facts if f.hedged] if facts else []
        if hedged:  # "more than 5,700" (or "5,700": a dropped hedge) for a hedged count
            self.effects.matched(m, hedged, m.value, True)
            return
        if facts:
            scope = self.scoper.scope(m)
            fitting = [f for f in facts if scope.fits(f.group, None)]
            if not fitting:  # its own clause names the whole cohort ("which randomised 114
                clause = self.scoper.clause_groups(m)  # patients"), not a part of it
                fitting = [f for f in facts if f.group in clause and f.group in self.wholes
                           and not clause & self.index.result_groups]
            if not fitting:  # "assigned 620 adults to surgery (309) or casting (311)"
                fitting = [f for f in facts if f.group in self.wholes
                           and self._parts_said(m, f.group)]
            if not fitting:  # "progressive MS (86 secondary + 2 primary)"
                fitting = [f for f in facts if self._part_listed(m, f, scope)]
            if not fitting:  # "42 das 575 mulheres (7,3%) no grupo do iodo"
                fitting = self._own_share(m, facts)
            shared = False
            if not fitting and (_EITHER.search(self.effects.text, m.end, self._sentence_end(m))
                                or (shared := self.scoper.shared_out(m, self.index.compared))):
                # "assigned 114 patients either to go home early ... or to usual care": the
                # people shared out between the two, named after the count
                fitting = [f for f in facts if f.group in self.wholes]
            if len(scope.groups) > 1 and not shared and self._other_group(m, facts):
                fitting = []  # a loose scope, but its own clause names another group
            if not fitting and self._generic_only(m):
                # "Un ensayo con 114 pacientes ... Terminaron el estudio 99 personas": a word
                # for the whole cohort is true of a part of it, when the sentence names no
                # group in words of its own and the text gives the whole's own count
                fitting = [f for f in facts if getattr(f, "of", None) in scope.groups
                           and self._whole_counted(m, f.of)]
            if not fitting and not self.scoper.own_groups(m) and len(facts) == 1:
                fitting = facts  # its own clause names no group: only carried over
            if not fitting and len(facts) == 1 and self._alone_first(m) and (
                    m.value >= max(self.index.counts)):
                fitting = facts  # "In a study of 620 people, those given the cast ..."
            if fitting:
                self.reading.stated.update(f.id for f in fitting)
                if all(f.background for f in fitting) and self.effects.presents_finding(m):
                    self.effects.as_result(m, fitting[0],
                                           "the sentence gives it as the study's finding")
                return
            if not self.loose(m.value) or self._other_group(m, facts):
                meant = self.count_for(scope.groups)
                # the sheet counts none of the groups it is said of: a number put on a thing
                # the sheet never counts, not a count moved between counted groups
                counted = not scope.groups or any(
                    f.group in scope.groups for fs in self.index.counts.values() for f in fs)
                self.reading.error(
                    "wrong-context" if counted else "wrong-referent",
                    f"{m.text} is the number of {self.index.describe(facts[0])} "
                    f"({facts[0].id}), but here it is said of "
                    f"{_scope_words(self.index, scope)}.",
                    m, meant or facts[0], self.index.expected(meant or facts[0]))
            return
        if self.loose(m.value) and (self.counts_other_kind(m) or self.percent_as_times(m)):
            return
        if self.loose(m.value) and not self._time_as_count(m):
            if not self.effects.per_hundred(m):  # "45 fewer infections per 100"
                self.reading.stated.update(self.noted(m.value))
            return
        if ((m.words or self._counts_arms(m)) and m.value in self.index.parts
                and not self._quantifies_people(m)):
            return  # "one of the two cleansers", "2 Mittel": the sheet's arms, counted
        if self._parts_summed(m):
            return  # "88 a progressive form (86 secondary, 2 primary)": its parts' counts
        if self._rounded_bound(m):
            return  # "more than 1,100 women", "mais de mil mulheres" for 1,147
        if rounds_fraction(m.value, m.hedge, self.index.loose):
            return  # "about 29 fewer hours" for a difference of −28.8 hours
        if self._rate_base(m):
            return  # "3.3 fewer infections for every 100 women": the rate's base
        if self.effects.per_hundred_gap(m):
            return  # "about 3 fewer infections for every 100 women": two shares' gap
        if self.context is not None and self._noted_count(m):
            return  # "17 cohort studies", where the sheet's notes give 17 cohorts
        if self._count_turned(m):
            return  # "fewer than 1,100 women" for 1,147: the bound turned round
        # the count of one of the groups said around the number, if any
        meant = self._own_fact(m, lambda: self.count_for(self.scoper.groups_of(m)), True)
        if meant is None:
            self.unsupported(m)
            return
        self.reading.error(
            "unsupported-number",
            f"The fact sheet does not give the number {m.text}; for "
            f"{self.index.describe(meant)} it gives {self.index.expected(meant)}.",
            m, meant, self.index.expected(meant))

    def _running_time(self, m: Mention) -> bool:
        """A number of the running time a script's title gives ("Salud en la onda (90
        segundos)", "[RADIO – approx. 60 seconds]", "durée : 1 min 15", "Beitrag ca.
        1:10"): the text's own length, in its first line, when the sheet gives no length
        in seconds or minutes; the title's phrase said again in the text ("E questo era
        'Salute in 60 secondi'") is the same name."""
        text = self.effects.text
        line_end = text.find("\n")
        if line_end < 0:
            return False  # no title: a text of one line
        if m.start >= line_end:
            return self._running_time_again(m, line_end)
        if any(a <= m.start and m.end <= b for a, b in (
                hit.span() for hit in _RUNNING_TIME.finditer(text, 0, line_end))):
            return True
        if any(u in ("minute", "second") for _, u in self.index.durations):
            return False
        if m.kind == "clock":
            return _RUN_CLOCK.search(text, max(0, m.start - 24), m.start) is not None
        return m.kind == "number" and (_RUN_UNIT.match(text, m.end) is not None or (
            _RUN_SECONDS.search(text, max(0, m.start - 12), m.start) is not None))

    def _share_again(self, m: Mention) -> bool:
        """A bare figure that repeats a share the text says with its per cent elsewhere,
        one the sheet gives: a list, a table's cell or a mnemonic said without the sign
        ("80% at 5 y ... Mnemonic: 80-66 all"). A figure the text never says as a share
        is judged as it stands."""
        if m.kind != "number" or m.hedge or m.negative or m.words or self.counts_of(m.value):
            return False  # (a count of the sheet is read as one: "86 people")
        if self._counts_the_whole(m):
            return False  # "the progressive group had 71 patients": it counts the noun
        value = float(m.value)
        return any(x.kind == "percent" and not x.negative and float(x.value) == value
                   for x in self.mentions) and any(
            value in allowed for _, allowed in self.index.shares)

    def _counts_the_whole(self, m: Mention) -> bool:
        """Whether the words right after a figure name the people the sheet's shares are
        of ("71 patients", "71 Patientinnen"): a count of them, not a share repeated
        without its sign; a part's label ("71-57 progressive") names whose share it is."""
        text = self.effects.text
        return any(c.item in self.wholes and not _LISTED_AFTER.search(text, m.end, c.start)
                   for c in self.scoper.groups.between(m.end, m.end + 13))

    def _noted_count(self, m: Mention) -> bool:
        """A count the sheet's review notes give of one of its terms, said of that term
        (in figures or words: "17 cohort studies", "diciassette coorti"), or of the term's
        plain description: the word right after the figure and another of the
        description's words said in the figure's clause ("17 groups of people who were
        followed over time" for a cohort study, "a study that follows groups of people
        over time")."""
        assert self.context is not None
        noted = noted_counts(self.context)
        terms = noted.get(float(m.value))
        if not terms or m.decimals:
            return False
        text = self.effects.text
        if counts_noted(text, m, self.context, noted):
            return True
        after = text[m.end:m.end + 80]
        end = _CLAUSE_BREAK.search(after)
        said = [t.norm for t in tokens(after[:end.start()] if end else after)]
        if not said:
            return False
        for tid in terms:
            forms = term_forms(self.context.lexicon, tid)
            words = [t.norm for t in tokens(forms.plain or "")] if forms else []
            plain = {w for w in words if len(w) >= 5}
            if len(plain) < 2 or not any(_same_stem(said[0], w) for w in _counted_words(words)):
                continue
            if sum(any(_same_stem(x, w) for x in said) for w in plain) >= 2:
                return True
        return False

    def _study_sentence(self, m: Mention) -> bool:
        """Whether the sentence of ``m`` states a share or a time after the treatment as
        well: a time of day there is said of the study's result ("five years after the
        transplant at 1:30, 80 % …"), not of a meeting or a broadcast, and is judged."""
        lo, hi = logistics.sentence_of(self.scoper.text, m.start, m.end)
        return any(x is not m and lo <= x.start < hi and x.kind in _STUDY_KINDS
                   for x in self.mentions)

    def _title_time(self, m: Mention) -> bool:
        """A time of day in the text's first line, its title: when a bulletin or a
        programme goes out ("Boletín de salud de las nueve", "Le journal de 9 h", "Il
        notiziario delle 13", "Nachrichten um neun Uhr", "The nine o'clock news"), the
        text's own hour, not a figure of the study: a whole hour of the day after the
        article or preposition a time of day takes, or before a word for o'clock."""
        text = self.effects.text
        line_end = text.find("\n")
        if m.hedge or m.negative or not 0 <= m.start < line_end:
            return False
        if m.kind == "clock":
            return True
        if m.decimals or not 1 <= m.value <= 24:
            return False
        before = _HOUR_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
        if m.kind == "duration":  # "à 9 h", "alle 13 ore", not "durée de 9 h"
            return m.unit == "hour" and before
        return m.kind == "number" and (_HOUR_AFTER.match(text, m.end) is not None or (
            before and _HOUR_END.match(text, m.end) is not None))

    def _cue(self, m: Mention) -> bool:
        """A subtitle cue's number or timing ("2" / "00:00:04,600 --> 00:00:09,800"), read
        once per text where the text has an arrow of a timing line at all."""
        cues = self.__dict__.get("_cues")
        if cues is None:
            text = self.effects.text
            cues = self.__dict__["_cues"] = (
                [c.span() for c in _CUE.finditer(text)] if "-->" in text else [])
        return any(a <= m.start and m.end <= b for a, b in cues)

    def _time_code(self, m: Mention) -> bool:
        """A transcript's time code: a time in minutes and seconds that opens its line,
        bare or in brackets ("[00:12] HOST: ...", "(01:05) Guest: ..."): where the text is,
        not a time of the study."""
        text = self.effects.text
        line = text.rfind("\n", 0, m.start) + 1
        return _CODE_BEFORE.fullmatch(text, line, m.start) is not None and (
            _CODE_AFTER.match(text, m.end) is not None)

    def _series_number(self, m: Mention) -> bool:
        """A number of the text in its series, after a word for episode, issue or part in
        the text's first line ("Folge 12 – Gesundheit im Gespräch", "Épisode 4", "Podcast
        #12", "Nr. 7"), or of one of its parts in a heading at a line's start ("Slide 2 –
        Question", "Folie 3:"): the text's own, not the study's."""
        text = self.effects.text
        line_end = text.find("\n")
        if m.hedge:
            return False
        if 0 <= m.start < line_end and _SERIES.search(
                text, max(0, m.start - 14), m.start) is not None:
            return True
        line = text.rfind("\n", 0, m.start) + 1
        return m.start - line <= 24 and m.kind == "number" and not m.decimals and (
            _PART_HEADING.search(text, line, m.start) is not None) and (
            _HEADING_END.match(text, m.end) is not None)

    def _own_year(self, m: Mention) -> bool:
        """A year the writer's clause says of themselves before it ("I was diagnosed with
        MS in 2015", "Ich habe seit 2015 MS"): no year of the study the sheet lacks."""
        if m.words or m.decimals or not 1900 <= m.value <= 2100 or not self.scoper.sentences:
            return False
        lo, _ = self.scoper.clause_of(m)
        return own_year(self.effects.text, lo, m.start)

    def _running_time_again(self, m: Mention, line_end: int) -> bool:
        """Whether a number and its unit of time stand in the text's first line as its
        running time (:meth:`_running_time`), the words before them too ("in 60
        secondi"): the programme's name said again."""
        text = self.effects.text
        unit = _RUN_UNIT.match(text, m.end)
        if unit is None or m.kind != "number":
            return False
        lead = text.rfind(" ", 0, max(0, m.start - 1)) + 1
        phrase = text[lead:unit.end()].casefold()
        title = text[:line_end].casefold()
        at = title.find(phrase)
        if at < 0 or text[lead:m.start].strip() == "":
            return False
        first = next((x for x in self.mentions if x.start >= at), None)
        return first is not None and first.start < line_end and self._running_time(first)

    def _questions(self, m: Mention) -> bool:
        """A count of the questions the text asks and answers, in its title ("5 questions
        sur une grande étude", "Drei Fragen zur Studie"): as many lines of the text end in
        a question mark."""
        text = self.effects.text
        line_end = text.find("\n")
        if not 0 <= m.start < line_end or _QUESTIONS.match(text, m.end) is None:
            return False
        asked = sum(1 for line in text.splitlines() if line.rstrip().endswith("?"))
        return asked == m.value

    def _parts(self, m: Mention) -> bool:
        """A count of the parts the text is sent in, in its title ("HEALTH DIGEST (3
        texts)", "Hilo (5 mensajes)"): a line of the text opens with the first part's
        number out of that many ("[1/3]", "1/5")."""
        text = self.effects.text
        line_end = text.find("\n")
        if m.words or m.decimals or not 0 <= m.start < line_end or not 1 < m.value < 100:
            return False
        first = _FIRST_PART.search(text, line_end)
        return first is not None and int(first.group(1)) == m.value

    def _post_number(self, m: Mention) -> bool:
        """A thread's post number that a symbol opens ("🧵 1/ ...", "📌 2/ ..."): only
        symbols stand before it on its line, and a slash right after it (with the count
        of posts or a space). Numbers at a line's very start are read as markers already."""
        text = self.effects.text
        if m.words or m.value != int(m.value) or m.value > 99:
            return False
        if _POST_AFTER.match(text, m.end) is None:
            return False
        line = text.rfind("\n", 0, m.start) + 1
        return not any(ch.isalnum() for ch in text[line:m.start])

    def _per_base(self, m: Mention) -> bool:
        """A natural frequency with its base said first ("von 100 Frauen mit Chlorhexidin
        bekamen etwa 4 eine Infektion, mit Jod etwa 7", "out of every 100 women, about 4
        ..."): the base (a round 100 or 1,000 after a word for "of") is no figure of its
        own, and each number after it in its sentence is judged as the share it makes of
        the base. True when handled (the share judged, or the base passed over)."""
        k = self.scoper.sentence_of(m.start)
        a, b = self.scoper.sentences[k] if self.scoper.sentences else (0, len(self.effects.text))
        here = self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]
        text = self.effects.text
        if m.value in _BASES and _PER_WORD.search(text, max(a, m.start - 16), m.start):
            return any(x.start > m.end and x.kind == "number" and x.value < m.value
                       for x in here)  # the base, with the counts said after it
        bases = [x for x in here if x.end <= m.start and x.value in _BASES
                 and x.kind == "number" and m.value < x.value
                 and _PER_WORD.search(text, max(a, x.start - 16), x.start)]
        if not bases or (m.words and m.value <= 1):
            return False
        base = bases[-1]
        share = dataclasses.replace(m, kind="frequency", second=base.value)
        return self.share(share)

    def _parts_summed(self, m: Mention) -> bool:
        """A group's count the sheet gives only through its parts: "88 had a progressive
        form" where the sheet counts 86 with secondary and 2 with primary progressive MS,
        the two parts of the progressive group. Only where the figure's scope names that
        group, or no group."""
        sums = self.index.lexicon.remember(("facts-part-sums",), lambda: _part_sums(self.index))
        groups = [g for g, total in sums if abs(total - m.value) < EPS]
        if not groups:
            return False
        scope = self.scoper.groups_of(m)
        return not scope or any(g in scope for g in groups)

    def _rounded_bound(self, m: Mention) -> bool:
        """A round figure with a hedge that holds of one of the sheet's counts is that count
        said loosely, as writers do: "more than 1,100 women", "plus de mille femmes",
        "rund 1100 Frauen" for 1,147: the count rounded the hedge's way (down after "more
        than", up after "nearly", to the nearest after "about") to the figure's last
        non-zero digit; "fewer than 1,100" or "about 1,200" is no way to say 1,147."""
        hits = [f for value, facts in self.index.counts.items() for f in facts
                if rounds_to(m.value, m.hedge, value)
                and fits(m.hedge, m.value, value, floor=0.0)]
        self.reading.stated.update(f.id for f in hits)
        return bool(hits)

    def _count_turned(self, m: Mention) -> bool:
        """A round figure whose hedge no count of the sheet meets, where a count rounds to
        it with the opposite hedge ("fewer than 1,100 women", "knapp 1.100 Frauen" for
        1,147; "more than 1,100" for 1,053): the bound turned round on the sheet's figure,
        reported as ``hedge-reversed``; True when reported. Called once the figure is
        found no loose way of saying any count."""
        other = turned(m.hedge)
        if other is None:
            return False
        hits = [f for value, facts in self.index.counts.items() for f in facts
                if rounds_to(m.value, other, value)
                and fits(other, m.value, value, floor=0.0)]
        if not hits:
            return False
        self._report_turned(m, hits[0])
        return True

    def _duration_turned(self, m: Mention) -> bool:
        """A length of time said with a bound that a length the sheet gives with decimals
        rounds to only the other way ("over five hours" for a mean of 4.8 hours, "gut 5
        Stunden" for 4.8; "under five hours" holds): the bound turned round, reported as
        ``hedge-reversed``; True when reported."""
        other = turned(m.hedge)
        if other is None or m.negative:
            return False
        unit = m.unit or ""
        values = [v for v, u in self.index.durations if u == unit and v != int(v)]
        if not values or not rounds_fraction(m.value, other, values) or rounds_fraction(
                m.value, m.hedge, values):
            return False
        near = [v for v in values if rounds_fraction(m.value, other, [v])]
        fact = next((f for f in self.index.sheet.facts.values()
                     if getattr(f, "unit", None) == unit and getattr(f, "value", None)
                     is not None and any(abs(abs(v) - x) < EPS for v in near
                                         for x in map(abs, allowed_values(f)))), None)
        self._report_turned(m, fact)
        return True

    def _report_turned(self, m: Mention, fact: Fact | None) -> None:
        if fact is not None:
            self.reading.stated.add(fact.id)
        expected = self.index.expected(fact) if fact is not None else None
        gives = (f"gives {expected} ({self.index.describe(fact)})" if fact is not None
                 else "gives a figure on the other side of it")
        self.reading.error("hedge-reversed",
                           f"The text says {SAID.get(m.hedge or '', m.hedge)} {m.text}, but "
                           f"the fact sheet {gives}: the bound is the other way round.",
                           m, fact, expected)

    def _generic_only(self, m: Mention) -> bool:
        """Whether the figure's sentence names groups only by generic words ("people",
        "personas", "Patienten"), and at least one."""
        if not self.scoper.sentences:
            return False
        a, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        here = [c for c in self.scoper.groups.between(a, b) if c.end <= b]
        return bool(here) and all(c.generic for c in here)

    def _whole_counted(self, m: Mention, whole: str) -> bool:
        """Whether another figure of the text is the count the sheet gives ``whole``."""
        sizes = {float(f.value) for fs in self.index.counts.values() for f in fs
                 if f.group == whole and getattr(f, "value", None) is not None}
        return any(x is not m and any(abs(x.value - v) < EPS for v in sizes)
                   for x in self.mentions)

    def _rate_base(self, m: Mention) -> bool:
        """A round 100 or 1,000 right after a figure and a few words: the base the figure
        is counted on ("3.3 fewer infections for every 100 women", "3,3 infecciones menos
        por cada 100"), said in any language; the figure itself is judged on its own."""
        if m.value not in _BASES or m.negative:
            return False
        k = bisect_left(self.starts, m.start)
        if k == 0:
            return False
        before = self.mentions[k - 1]
        return (before.kind in ("number", "percent", "points") and before.value not in _BASES
                and _BEFORE_BASE.search(self.effects.text, before.end, m.start) is not None)

    def _alone_first(self, m: Mention) -> bool:
        """Whether a number's clause, and its sentence up to it, name no group: the groups
        after a clause mark are the next clause's ("In a study of 620 people, those
        given the cast ..."), not who the number counts."""
        if not self.scoper.sentences:
            return False
        _, hi = self.scoper.clause_of(m)
        a, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        return hi < b and not self.scoper.groups.between(a, hi)

    def signed(self, m: Mention) -> bool:
        """A figure whose sign the sheet gives: "−0.17" for a change of −0.17 is stated;
        "0.17", "rose by 0.17" or "−4" for 4 are flipped. False: no sign at stake."""
        if not m.negative and not self.negatives:
            return False  # the sheet has no negative figure: no sign at stake
        value = m.signed
        negative = [v for v in self.negatives if abs(v + m.value) < EPS]
        if not m.negative and (not negative or self.loose(m.value)
                               or self.counts_of(m.value)):
            return False  # no sign at stake (or the figure is also a positive one)
        if m.negative and self.loose(value):
            fact = self.signed_fact(value)
            if fact is not None:
                self.effects.signed(m, fact, value)
                self.reading.stated.add(fact.id)
            return True
        fact = self.signed_fact(-value)
        if fact is None:
            if m.negative and not (self.loose(m.value) or self.counts_of(m.value)):
                self.unsupported(m)
                return True
            return False
        self.effects.signed(m, fact, float(-value))
        self.reading.stated.add(fact.id)
        return True

    def signed_fact(self, value: float) -> Fact | None:
        """The fact that gives ``value`` (with its sign), to name in a finding (sought
        once per sheet and value: every text asks of the same few values)."""
        return self.index.lexicon.remember(("signed-fact", value),
                                           lambda: _signed_fact(self.index, value))

    def _sentence_end(self, m: Mention) -> int:
        if not self.scoper.sentences:
            return len(self.effects.text)
        return self.scoper.sentences[self.scoper.sentence_of(m.start)][1]

    def _parts_said(self, m: Mention, whole: str) -> bool:
        """Whether the figure's sentence also gives the counts of two parts of ``whole``:
        then the figure is the whole's, split into them."""
        k = self.scoper.sentence_of(m.start)
        a, b = self.scoper.sentences[k] if self.scoper.sentences else (0, 0)
        parts = {float(f.value) for f in self.index.facts_of("count")
                 if getattr(f, "of", None) == whole and f.value is not None}
        # the few figures around it in its sentence (not all of a long one)
        i = bisect_left(self.starts, m.start)
        near = self.mentions[max(bisect_left(self.starts, a), i - 4):
                             min(bisect_left(self.starts, b), i + 5)]
        said = {x.value for x in near if x is not m}
        return len(parts & said) >= 2

    def _own_share(self, m: Mention, facts: list[Fact]) -> list[Fact]:
        """A count that is a proportion's count or total, with that proportion's share in
        brackets right after it and its words ("42 das 575 mulheres (7,3%) no grupo do
        iodo"): the count is of the proportion's group, whatever group the sentence named
        before (the group after the bracket is the share's, and so the count's)."""
        k = bisect_left(self.starts, m.end)
        share = self.mentions[k] if k < len(self.mentions) else None
        if share is None or share.percent is None or not _SHARE_AFTER.fullmatch(
                self.effects.text, m.end, share.start):
            return []
        groups = {f.group for f in self.index.facts_of("proportion")
                  if m.value in (float(f.count or -1), float(f.total or -1))
                  and any(abs(share.percent - v) < EPS for v in allowed_values(f))}
        return [f for f in facts if f.group in groups]

    def _part_listed(self, m: Mention, fact: Fact, scope: Scope) -> bool:
        """Whether a part's count is said in a list of the parts of a group its scope
        names ("Progressive MS (86 secondary + 2 primary)", "forme progressive : 86 et
        2"): the count of another part of that group stands beside it in its sentence."""
        groups = self.index.sheet.groups
        wholes = [g for g in scope.groups if g in groups
                  and fact.group in (getattr(groups[g], "includes", ()) or ())]
        if not wholes:
            return False
        others = {float(f.value) for f in self.index.facts_of("count")
                  if f.value is not None and f.group != fact.group
                  and any(f.group in groups[g].includes for g in wholes)}
        k = self.scoper.sentence_of(m.start)
        a, b = self.scoper.sentences[k] if self.scoper.sentences else (0, len(self.effects.text))
        i = bisect_left(self.starts, m.start)
        near = self.mentions[max(bisect_left(self.starts, a), i - 2):
                             min(bisect_left(self.starts, b), i + 3)]
        return any(x is not m and x.kind == "number" and x.value in others for x in near)

    def _time_as_count(self, m: Mention) -> bool:
        """A figure the sheet gives only as a length of time (in any unit: "120" for ten
        years in months, "90" for its 90 days) said as a count of people ("120
        Patientinnen und Patienten", "90 concluíram o estudo"): no count of the sheet."""
        value = float(m.value)
        if m.words or m.decimals or not any(abs(value - v) < EPS for v, _ in self.index.times):
            return False
        if any(abs(value - v) < EPS for v in self.index.counts) or any(
                value in allowed for _, allowed in self.index.shares):
            return False
        text = self.effects.text  # the group's words right after it ("120 patients")
        return any(not text[m.end:c.start].strip() and c.item != BACK
                   for c in self.scoper.groups.between(m.end, m.end + 13))

    def _counts_arms(self, m: Mention) -> bool:
        """A number in digits right before a noun of treatments or arms ("2 Mittel", "2
        different drugs", "3 gruppi") counts the sheet's arms, as easy-language texts
        write it; before any other noun (people, an outcome, a place) it is a figure to
        judge."""
        nouns = _ARMS_COUNTED.get(self.index.lexicon.lang.split("-")[0])
        return nouns is not None and nouns.match(self.effects.text, m.end) is not None

    def _quantifies_people(self, m: Mention) -> bool:
        """A small number word right before a group's words counts people ("two
        women"), not the sheet's arms: it must be a figure of the sheet. Group words
        after a colon or a comma name what was counted ("comparó dos productos:
        clorhexidina con alcohol y yodo con alcohol"): the arms, not people. Words that
        point back ("dois destes produtos", "two of these") are no group: the words after
        them say what is counted."""
        text = self.effects.text
        lo, hi = m.end, m.end + 13
        for c in self.scoper.groups.between(lo, hi):
            if c.item == BACK:
                hi = max(hi, c.end + 13)  # "dois destes | pacientes"
                continue
            if c.start < hi and not _LISTED_AFTER.search(text, m.end, max(m.end, c.start)):
                return True
        return any(c.item != BACK and not _LISTED_AFTER.search(text, m.end, c.start)
                   for c in self.scoper.groups.between(m.end + 13, hi))

    def _other_group(self, m: Mention, facts: list[Fact]) -> bool:
        """A group's count that is also a proportion's denominator ("23 of 572") may
        stand alone, but not said of another group in its own clause ("a trial of 572
        women", when 572 is the chlorhexidine arm)."""
        own = self.scoper.clause_groups(m)
        return bool(own) and not any(f.group in own for f in facts)

    def _own_fact(self, m: Mention, find: Callable[[], Fact | None],
                  grouped: bool) -> Fact | None:
        """The fact ``find`` gives, if the number's own clause names its group; else None,
        so a figure said of something else ("40,000 AAN members") gets no misleading
        ``expected``. ``grouped``: every fact ``find`` can give is some group's, so none
        is sought for a number whose clause names no group (the scope costs more)."""
        own = self.scoper.own_groups(m)
        if grouped and not own:
            return None
        fact = find()
        if fact is None or fact.group is None:
            return fact
        return fact if fact.group in own else None

    def changed_currency(self, m: Mention) -> bool:
        """An amount of the sheet said in another currency ("€2,496" for 2,496 US
        dollars): an error, reported; True when so."""
        if m.words or m.value < 1:
            return False
        fact = changed_currency(self.index.sheet, self.effects.text, m.start, m.end, m.value)
        if fact is None:
            return False
        self.reading.error("unsupported-number",
                           f"The fact sheet gives {m.text} in {fact.unit} ({fact.id}), "
                           "not in the currency the text names.", m, fact,
                           self.index.expected(fact))
        return True

    def unsupported(self, m: Mention, what: str = "number") -> None:
        self.reading.error("unsupported-number",
                           f"The fact sheet does not give the {what} {m.text}.", m)

    # --- durations, ranges, dates ----------------------------------------------------
    def duration(self, m: Mention) -> None:
        if self.signed_duration(m):
            return
        known = self.duration_of((m.value, m.unit))
        if known == "sheet":
            self.reading.stated.update(self.noted(m.value))
            if not self.mean_of_other_group(m) and not self.mean_of_other_value(m) and (
                    not self.time_before(m)):
                self.swapped_means(m)
        elif known == "other" and rounds_fraction(
                m.value, m.hedge, [v for v, u in self.index.durations
                                   if u == (m.unit or "") and v != int(v)]):
            return  # a length the sheet gives with decimals, rounded the hedge's way:
            # "almost 29 hours less" for a difference of −28.8 hours
        elif known == "other" and self._heading_label(m):
            return  # "Journal club, week 6": the text's own issue, not the study's time
        elif known == "other" and own_age(self.effects.text, m.start, m.unit == "year"):
            return  # "Ho 58 anni e ho spesso dolori al petto": the writer's own age
        elif known == "other" and self._hedged_before(m) and rounds_fraction(
                m.value, self._hedged_before(m), [v for v, u in self.index.durations
                                                  if u == (m.unit or "") and v != int(v)]):
            return  # "about 19 versus 43 hours" for 19.2 and 43.2: one hedge for both
        elif known == "other" and self._unit_swapped(m):
            return  # "within 30 hours" for the sheet's 30 days: another time, reported
        elif known == "other" and self._duration_turned(m):
            return  # "over five hours" for a mean of 4.8 hours: the bound turned, reported
        elif known == "other" and self.index.times and is_point(
                m, self.index, self.effects.text):
            self.pending.append(m)  # the wrong time of a figure, or a number (timepoints)
        elif known == "other":
            self.unsupported(m, "length of time")

    def _unit_swapped(self, m: Mention) -> bool:
        """A length of time that is one of the sheet's time points, or a length it
        measures (a mean follow-up of 5.5 years), with its number kept and another unit
        ("within 30 hours" for 30 days, "cinq mois plus tard" for five years, "5.5 months"
        of follow-up): the wrong time, reported as one (wrong-context). True when
        reported."""
        if m.value is None or m.negative:
            return False
        same = sorted((u, v) for v, u in self.index.times
                      if u in POINT_UNITS and u != m.unit and abs(v - float(m.value)) < EPS)
        if not same:
            same = sorted((u, v) for v, u in self.index.durations
                          if u in POINT_UNITS and m.unit in POINT_UNITS and u != m.unit
                          and abs(v - float(m.value)) < EPS)
        if not same:
            return False
        unit, value = same[0]
        tid = self.index.times.get((value, unit))
        said = (self.index.lexicon.time(tid) if tid is not None
                else f"{value:g} {unit}{'s' if value != 1 else ''}")
        self.reading.error(
            "wrong-context",
            f"{m.text}: the fact sheet gives {said}, the same number in another unit of "
            f"time.", m, None, said)
        return True

    def _hedged_before(self, m: Mention) -> str | None:
        """The hedge of the figure right before ``m`` in its sentence when only a versus
        word stands between them: said once for both ("about 19 versus 43 hours", "cerca
        de 19 contra 43 horas"); None otherwise."""
        k = bisect_left(self.starts, m.start)
        if k == 0 or self.versus is None or m.hedge is not None:
            return None
        before = self.mentions[k - 1]
        gap = self.effects.text[before.end:m.start].strip()
        if before.hedge is None or len(gap) > 30 or self.versus.fullmatch(gap) is None:
            return None
        return before.hedge

    def _heading_label(self, m: Mention) -> bool:
        """A time unit said before its number ("week 6", "Woche 6", "semana 6") in the
        text's first line, a title with no full stop: it numbers the text (a course's
        week, a series' issue), not a time of the study."""
        text = self.effects.text
        line_end = text.find("\n")  # a title: a first line with more text after it
        return (0 <= m.start < line_end and not m.hedge
                and _UNIT_FIRST.fullmatch(m.text) is not None
                and not regex.search(r"[.:!?]", text[:line_end].rstrip(" .")))

    def mean_of_other_group(self, m: Mention) -> bool:
        """A group's mean length of time said of another group: "33.6 hours in people
        sent home early" where 33.6 hours is the usual-care arm's mean and the sheet gives
        4.8 for those sent home. Only where the figure's own clause names one compared
        group, the figure is no fact of that group in its unit, and that group has a mean
        of the same measure (its figure is the one meant). True when reported."""
        means = [f for f in self.index.facts_of("mean")
                 if getattr(f, "unit", None) == m.unit and f.group
                 and getattr(f, "value", None) is not None]
        said = [f for f in means if abs(float(f.value) - m.value) < EPS]
        if not said or any(f.group is None for f in said):
            return False
        own = self._named_after(m)
        if len(own) != 1 or any(f.group in own for f in said):
            return False
        measures = {getattr(f, "measure", None) for f in said}
        meant = [f for f in means if f.group in own and getattr(f, "measure", None) in measures
                 and getattr(f, "time", None) in {getattr(x, "time", None) for x in said}]
        if len(meant) != 1:
            return False
        fact = said[0]
        # the swap goes both ways: the meant group's figure stands in the same sentence,
        # said of this figure's group ("33.6 hours in those sent home, against 4.8 hours
        # in those kept in hospital")
        sentence = self.scoper.sentence_of(m.start)
        if not any(o is not m and abs(o.value - float(meant[0].value)) < EPS
                   and self.scoper.sentence_of(o.start) == sentence
                   and self._named_after(o) == {fact.group} for o in self.mentions):
            return False
        self.reading.error(
            "wrong-context",
            f"{m.text} is the mean of {self.index.describe(fact)} ({fact.id}), but here it "
            f"is said of {self.index.describe(meant[0])}, where the fact sheet gives "
            f"{self.index.expected(meant[0])}.",
            m, meant[0], self.index.expected(meant[0]))
        return True

    def time_before(self, m: Mention) -> bool:
        """One of the sheet's time points said before what it follows: "10 years before
        the transplant" where the sheet counts 10 years after it. True when reported
        (wrong-context)."""
        time = self.index.times.get((float(m.value), m.unit or ""))
        if time is None or m.negative or not said_before(
                self.effects.text, m.end, self.index.lexicon.lang):
            return False
        self.reading.error(
            "wrong-context",
            f"{m.text} is a time point the fact sheet counts after the start of the study "
            f"({time}), but here it is said before it.", m)
        return True

    def percent_as_times(self, m: Mention) -> bool:
        """A relative change in per cent said as a multiple: "31 times more often" for 31 %
        more often. Only a number in digits right before the word for times, which is a
        relative change of the sheet in per cent and no multiple, ratio or count of it.
        True when reported (unsupported-number)."""
        if m.words or m.value < 2 or not said_times(
                self.effects.text, m.end, self.index.lexicon.lang):
            return False
        changes = [f for f in self.index.facts_of("relative-change")
                   if getattr(f, "unit", "percent") != "fold"
                   and getattr(f, "value", None) is not None
                   and abs(abs(float(f.value)) - m.value) < EPS]
        if not changes or self.counts_of(m.value) or any(
                abs(abs(float(getattr(f, "value", 0) or 0)) - m.value) < EPS
                for f in (*self.index.facts_of("ratio"), *self.index.facts_of("relative-change"))
                if getattr(f, "unit", None) == "fold"):
            return False
        fact = changes[0]
        self.reading.error(
            "unsupported-number",
            f"{m.text} times is no multiple of the fact sheet: it gives a change of "
            f"{self.index.expected(fact)} ({fact.id}).", m, fact, self.index.expected(fact))
        return True

    def counts_other_kind(self, m: Mention) -> bool:
        """A figure the sheet gives as a length of time or a mean in a unit (an age, a
        follow-up, a time point) said as the number of a group's people: "There were also
        35 people with primary progressive MS" where 35 is the mean age and the sheet
        counts 2. Only where the words right after the number name one group the sheet
        counts, and no proportion or count of the sheet has that number. True when
        reported (wrong-context)."""
        if m.words or m.hedge or m.value != int(m.value):
            return False
        timed = [u for v, u in self.index.durations if abs(v - m.value) < EPS]
        if not timed or any(
                abs(float(n) - m.value) < EPS for f in self.index.facts_of("proportion")
                for n in (getattr(f, "count", None), getattr(f, "total", None))
                if n is not None):
            return False
        hi = min(len(self.scoper.text), m.end + 40)
        cues = [c for c in self.scoper.groups.between(m.end, hi)
                if not c.weak and not c.generic and c.end <= hi]
        if not cues or len(self.scoper.text[m.end:cues[0].start].split()) > 1:
            return False
        meant = self.count_for(frozenset({cues[0].item}))
        if meant is None or abs(float(meant.value) - m.value) < EPS:
            return False
        self.reading.error(
            "wrong-context",
            f"{m.text} is a figure the fact sheet gives in {timed[0]}s, not a number of "
            f"people; for {self.index.describe(meant)} it gives "
            f"{self.index.expected(meant)}.", m, meant, self.index.expected(meant))
        return True

    def mean_of_other_value(self, m: Mention) -> bool:
        """A length of the sheet (a time point, say) given as a mean whose measure the
        figure's clause names before it: "the average age was 10 years" where the sheet's
        mean age is 35 and 10 years is a time point. True when reported (wrong-context)."""
        means = [f for f in self.index.facts_of("mean")
                 if getattr(f, "unit", None) == m.unit and getattr(f, "measure", None)
                 and getattr(f, "value", None) is not None]
        if not means or any(abs(float(f.value) - m.value) < EPS for f in means):
            return False
        if any(getattr(f, "unit", None) == m.unit and getattr(f, "value", None) is not None
               and abs(abs(float(f.value)) - m.value) < EPS
               for f in self.index.facts_of("difference")):
            return False  # "85.5 minutes longer in A than in B": the gap the sheet gives
        k = bisect_left(self.starts, m.start)
        lo = self.mentions[k - 1].end if k else 0
        if self.scoper.sentences:
            lo = max(lo, self.scoper.sentences[self.scoper.sentence_of(m.start)][0])
        before = self.scoper.text[lo:m.start].casefold()
        lang = self.index.lexicon.lang
        for fact in means:
            measure = self.index.sheet.measures.get(fact.measure)
            forms = measure.label.all_forms(lang) if measure is not None else ()
            if any(_word_pattern(form.casefold()).search(before) for form in forms if form):
                self.reading.error(
                    "wrong-context",
                    f"{m.text} is said as {self.index.describe(fact)}, where the fact "
                    f"sheet gives {self.index.expected(fact)} ({fact.id}).",
                    m, fact, self.index.expected(fact))
                return True
        return False

    def _named_after(self, m: Mention) -> frozenset[str]:
        """The compared groups named right after a figure, before the next figure of its
        sentence ("33.6 hours in people sent home early, compared with 4.8 hours in people
        kept in hospital"): the first group's words must start within a few words."""
        k = bisect_left(self.starts, m.end)
        hi = self.mentions[k].start if k < len(self.mentions) else len(self.scoper.text)
        sentence = self.scoper.sentence_of(m.start)
        if self.scoper.sentences:
            hi = min(hi, self.scoper.sentences[sentence][1])
        if self.versus is not None:  # "4.8 hours in those sent home vs 33.6 in ..."
            cut = self.versus.search(self.scoper.text, m.end, hi)
            hi = cut.start() if cut is not None else hi
        cues = [c for c in self.scoper.groups.between(m.end, hi)
                if not c.weak and not c.generic and c.end <= hi]
        if not cues or len(self.scoper.text[m.end:cues[0].start].split()) > 3:
            return frozenset()
        return frozenset(c.item for c in cues) & self.index.compared

    def swapped_means(self, m: Mention) -> None:
        """Two groups' means said the other way round: "those sent home with rivaroxaban
        spent 33.6 hours in hospital, against 4.8 for those admitted" where the sheet
        gives 4.8 and 33.6. The first figure's own clause names the group whose mean is
        the second; the difference between them is turned around (sign-flipped)."""
        k = bisect_left(self.starts, m.end)
        after = self.mentions[k] if k < len(self.mentions) else None
        if after is None or self.versus is None or (
                self.scoper.sentence_of(after.start) != self.scoper.sentence_of(m.start)):
            return
        words = self.scoper.text[m.end:after.start].split()
        # a versus word right before the second figure ("..., against 4.8", "contro le 4,8")
        if len(words) > 8 or not self.versus.search(" ".join(words[-3:])):
            return
        # the groups named from the figure before (or the sentence's start) up to this
        # one, the subject of "X spent 33.6 hours, against 4.8": what follows the second
        # figure is its own ("..., contro le 33,6 ore dei ricoverati")
        lo = self.scoper.sentences[self.scoper.sentence_of(m.start)][0] if (
            self.scoper.sentences) else 0
        if k >= 2 and self.mentions[k - 2].end > lo:
            lo = self.mentions[k - 2].end
        own = {c.item for c in self.scoper.groups.between(lo, m.start)
               if not c.weak and not c.generic and c.end <= m.start} & self.index.compared
        if len(own) != 1:
            return
        sheet = self.index.sheet
        for comparison in self.index.facts_of("comparison"):
            pair = [sheet.facts.get(f) for f in comparison.facts]
            if len(pair) != 2 or any(f is None or f.kind != "mean" for f in pair):
                continue
            for said, other in (pair, pair[::-1]):
                if (abs(float(said.value) - m.value) < EPS
                        and abs(float(other.value) - after.value) < EPS
                        and own == {other.group} and said.group != other.group):
                    self.effects.report(
                        "sign-flipped",
                        f"{m.text} and {after.text} are the means of "
                        f"{self.index.describe(said)} and of {self.index.describe(other)} "
                        f"({said.id}, {other.id}), said the other way round: the "
                        "difference between the groups is turned around.",
                        m, other, self.index.expected(other), "error")
                    return

    def signed_duration(self, m: Mention) -> bool:
        """A length of time the sheet gives with a sign ("a difference of −28.8 hours")."""
        value = m.signed
        if not m.negative and self.duration_of((value, m.unit)) == "sheet":
            fact = self.signed_fact(-value) if value > 0 else None
            if fact is None or self.effects.favoured(m, fact) is None:
                return False
            # "28.8 hours in favour of staying in": the arm it favours says the sign
            self.effects.signed(m, fact, -value)
            self.reading.stated.add(fact.id)
            return True
        if self.duration_of((-value, m.unit)) != "sheet" and not (
                m.negative and self.duration_of((value, m.unit)) == "sheet"):
            return False
        sheet_value = value if self.duration_of((value, m.unit)) == "sheet" else -value
        fact = self.signed_fact(sheet_value)
        if fact is not None:
            self.effects.signed(m, fact, sheet_value)
            self.reading.stated.add(fact.id)
        return True

    def range(self, m: Mention) -> None:
        ends = (float(m.value), float(m.second or 0))
        for fact in self.index.facts_of("period"):
            if (fact.start, fact.end) == tuple(int(e) for e in ends) and all(
                    e.is_integer() for e in ends):
                self.reading.stated.add(fact.id)
                return
        if m.unit and all((e, m.unit) in self.index.durations for e in ends):
            return
        if self.bound_changed(m, ends):
            return
        signed = (m.signed, m.signed_second if m.signed_second is not None else 0.0)
        if not m.unit and all(self.supported(e) for e in signed):
            return
        if not m.unit and any(self.supported(e) or self.supported(-e) for e in signed) and (
                self.index.intervals):
            self.effects.interval(m)  # a bound of an interval changed
            return
        self.unsupported(m, "range")

    def bound_changed(self, m: Mention, ends: tuple[float, float]) -> bool:
        """A range that keeps one bound of a span of the sheet and changes the other: the
        study's period ("from 1997 to 2021" for 1997 to 2019), a range or a mean's full
        range ("(range 1–5)" for 1 to 25 years). True when reported (interval-changed)."""
        span = bound_changed(ends, m.unit, sheet_spans(self.index.sheet.facts.values()))
        if span is None:
            return False
        fact, low, high, _, calendar = span
        said = (f"{fact.start}–{fact.end}" if calendar else
                f"{self.index.lexicon.pack.format_number(low)}–"
                f"{self.index.lexicon.pack.format_number(high)}")
        what = "The study's period" if calendar else "The range the fact sheet gives"
        self.reading.error("interval-changed", f"{what} is {said} ({fact.id}), not {m.text}: "
                           "one of its bounds is changed.", m, fact, said)
        return True

    def ranges(self) -> set[str]:
        """Range facts are stated when both their ends are said ("aged 18 to 45")."""
        facts = self.index.facts_of("range")
        if not facts:
            return set()
        said = {float(m.value) for m in self.mentions} | {
            float(m.second) for m in self.mentions if m.second is not None}
        return {f.id for f in facts if float(f.low) in said and float(f.high) in said}

    def date(self, m: Mention) -> None:
        y, mo, d = m.date or (None, None, None)
        for date in self.index.dates:
            if (y is None or y == date[0]) and mo == date[1] and (d is None or d == date[2]):
                return
        released = self.index.lexicon.remember(("release-month",),
                                               lambda: _release_month(self.index))
        if released is not None and (y, mo) == released and d is None:
            return  # "communiqué de l'American Cancer Society, juin 2018": its month
        pub = self.index.dates[0] if self.index.dates else None
        if not logistics.judged_date(self.scoper.text, m, pub[0] if pub else None):
            return  # a meeting's, a header's, a leaflet's date: the text's own
        expected = None
        if pub:
            from datetime import date as make_date

            expected = self.index.lexicon.pack.format_date(make_date(*pub))
        self.reading.findings.append(Finding(
            "unsupported-number", "error",
            f"The date {m.text} is not the study's publication date.",
            None, expected, m.text, (m.start, m.end)))

    def timepoints(self) -> set[str]:
        """Follow-up time points are stated when every one of them is named."""
        said = {(float(m.value), m.unit) for m in self.mentions if m.kind == "duration"}
        for m in self.mentions:
            if m.kind == "range" and m.unit:
                said |= {(float(m.value), m.unit), (float(m.second or 0), m.unit)}
        bare = {float(m.value) for m in self.mentions if m.kind == "number"}
        units = {u for _, u in said}
        out = set()
        for fact in self.index.facts_of("timepoints"):
            points = [self.index.sheet.times[t] for t in fact.times
                      if t in self.index.sheet.times]
            if all((float(p.value), p.unit) in said
                   or (float(p.value) in bare and p.unit in units) for p in points):
                out.add(fact.id)
        return out


def _release_month(index: SheetIndex) -> tuple[int, int] | None:
    """The year and month of the release the sheet is written from, as its address says
    them ("/pub_releases/2018-06/", "/releases/2018/06/"; an archive's own timestamp
    is not the release's): a text may date the release it cites by them."""
    url = str(index.sheet.source.get("url") or "")
    url = _ARCHIVED.sub("", url)
    hit = _URL_MONTH.search(url)
    return (int(hit.group(1)), int(hit.group(2))) if hit else None


# an archive's prefix before the address it keeps
_ARCHIVED = regex.compile(r"^https?://web\.archive\.org/web/[^/]+/")
# a year and month as a path of an address gives them: "/2018-06/", "/2018/06/"
_URL_MONTH = regex.compile(r"/((?:19|20)[0-9]{2})[-/](0[1-9]|1[0-2])(?=[-/])")


@functools.lru_cache(maxsize=256)
def _word_pattern(phrase: str) -> Any:
    """``phrase`` as whole words (compiled once: every text asks of the same few; with
    ``re`` where it reads alike, :mod:`.plain_regex`)."""
    return plain_regex.compile(rf"(?<!\p{{L}}){regex.escape(phrase)}(?!\p{{L}})")


def _per_text(look_up: Callable[[SheetIndex, Any], T], index: SheetIndex
              ) -> Callable[[Any], T]:
    """``look_up`` in ``index``, remembered for each value asked (it holds the index, not
    the judge: nothing of a text outlives its reading). A dict of its own: a judge makes
    seven of these per text, and ``functools.cache`` costs more to make than to use."""
    memo: dict[Any, T] = {}

    def get(value: Any) -> T:
        try:
            return memo[value]
        except KeyError:
            found = memo[value] = look_up(index, value)
            return found

    return get


def _sheet_facts(index: SheetIndex) -> tuple[list[float], set[str], bool]:
    """The sheet's negative figures, the groups its parts are counted of, and whether
    every share a wrong figure can be meant for is some group's."""
    negatives = [v for v in index.loose if v < 0]
    wholes = {getattr(f, "of", None) for f in index.sheet.facts.values()} - {None}
    grouped = all(f.group is not None for f, _ in index.shares if f.kind != "comparison")
    return negatives, wholes, grouped  # type: ignore[return-value]


def _signed_fact(index: SheetIndex, value: float) -> Fact | None:
    for fact in index.sheet.facts.values():
        if any(abs(v - value) < EPS for v in fact.numbers):
            return fact
    return None


def _shares_of(index: SheetIndex, value: float) -> list[Fact]:
    return [f for f, allowed in index.shares if matches(value, allowed)]


def _counts_of(index: SheetIndex, value: float) -> list[Fact]:
    return next((fs for v, fs in index.counts.items() if abs(v - value) < EPS), [])


def _supported(index: SheetIndex, value: float | None) -> bool:
    if value is None:
        return False
    return any(abs(value - v) < EPS for v in (*index.loose, *index.counts))


def _loose(index: SheetIndex, value: float) -> bool:
    return any(abs(value - v) < EPS for v in index.loose)


def _noted(index: SheetIndex, value: float) -> list[str]:
    """A number stated without a unit can still state a mean, a count or an effect of a
    sheet ("0.62" of a hazard ratio)."""
    return [fact.id for fact in index.sheet.facts.values()
            if fact.kind in ("mean", "count", "ratio", "relative-change", "difference")
            and getattr(fact, "value", None) is not None
            and abs(float(fact.value) - value) < EPS]


def _duration_of(index: SheetIndex, said: tuple[float, str | None]) -> str:
    """Whether a length of time is one of the sheet's ("sheet"), a number it gives said
    in a unit it never uses ("loose"), or neither ("other")."""
    value, unit = said
    key = (float(value), unit or "")
    if key in index.durations or any(
            abs(v - key[0]) < EPS and u == key[1] for v, u in index.durations):
        return "sheet"
    if unit not in {u for _, u in index.durations} and _loose(index, value) and not (
            changed_time_unit(index.durations, float(value), unit)):
        return "loose"
    if unit == "minute" and unit not in {u for _, u in index.durations} and not (
            changed_time_unit(index.durations, float(value), unit)):
        return "loose"  # minutes, read only to tell a sheet's hours said as minutes
    return "other"


def _count_for(index: SheetIndex, groups: frozenset[str]) -> Fact | None:
    found = [f for fs in index.counts.values() for f in fs if f.group in groups]
    return found[0] if len(found) == 1 else None


def _scope_words(index: SheetIndex, scope: Scope) -> str:
    lex = index.lexicon
    parts = [lex.group(g) for g in sorted(scope.groups) if g in index.sheet.groups]
    parts += [lex.time(t) for t in sorted(scope.times) if t in index.sheet.times]
    return ", ".join(parts) or "another group or time"


def _required(context: CheckContext) -> list[Fact]:
    sheet = context.factsheet
    mode = context.require
    if mode == "all":
        return list(sheet.facts.values())
    if mode == "key":
        return sheet.key_facts
    if mode == "claimed" and context.output is not None:
        return [sheet.facts[f] for f in context.output.facts if f in sheet.facts]
    return []


def _omissions(context: CheckContext, index: SheetIndex, reading: Reading) -> None:
    named = {f.fact for f in reading.findings if f.fact}
    for fact in _required(context):
        if fact.kind == "comparison" and fact.id not in reading.stated and fact.facts and all(
                f in reading.stated for f in fact.facts):
            reading.stated.add(fact.id)
        if fact.id in reading.stated or fact.id in named:
            continue
        words, about = _in_words(index, fact)
        reading.findings.append(Finding(
            "missing-fact", "error",
            f"The text does not state {fact.id}: {words}"
            + (f" ({about})." if about else "."),
            fact.id, index.expected(fact), None, None))


def _in_words(index: SheetIndex, fact: Fact) -> tuple[str, str]:
    """What a missing fact says, for its message, and who and when it is about: its value,
    or for a fact with none (a no-difference) what it finds in the sheet's words ("no clear
    difference in "calidad de vida" between personas operadas and personas con yeso"),
    never its id a second time."""
    value = index.expected(fact)
    if value != fact.id:
        return value, index.describe(fact)
    sheet, lex = index.sheet, index.lexicon
    measure = getattr(fact, "measure", None)
    what = (lex.measure(measure) if measure and measure in sheet.measures
            else lex.outcome(fact.outcome) if fact.outcome and fact.outcome in sheet.outcomes
            else "")
    when = lex.time(fact.time) if fact.time and fact.time in sheet.times else ""
    if fact.kind == "no-difference":
        arms = [lex.group(g) for g in (fact.group, getattr(fact, "versus", None))
                if g and g in sheet.groups]
        words = "no clear difference" + (f' in "{what}"' if what else "")
        if len(arms) == 2:
            return f"{words} between {arms[0]} and {arms[1]}", when
        return words, index.describe(fact)
    parts = [sheet.facts.get(f) for f in getattr(fact, "facts", ())]
    way = getattr(fact, "direction", None)
    if fact.kind == "comparison" and way and len(parts) == 2 and all(parts):
        sides = [f"{index.expected(f)} ({index.describe(f) or f.id})" for f in parts]
        return f"{sides[0]} {way} than {sides[1]}", ""
    return (f'a {fact.kind.replace("-", " ")}' + (f' on "{what}"' if what else ""),
            index.describe(fact))
