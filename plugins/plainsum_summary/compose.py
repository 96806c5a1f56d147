"""What goes into a summary for each audience, in what order.

The plan is the same for every language: which facts, which sections, which register.
Every word comes from the language pack through :class:`plainsum.render.Wording`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from plainsum.caveats import key_caveats
from plainsum.factsheet.model import Fact
from plainsum.language import LanguagePack, territory_code
from plainsum.render import (
    RESULT_KINDS,
    Section,
    Sentence,
    Wording,
    capitalise,
    end_sentence,
    head_word,
    initials,
    noun_keys,
    title_keys,
    word_keys,
    words_in,
)

from . import clinicians, press
from .gloss import gloss_terms
from .meaning import meaning_sentences
from .spell import spell_out
from .wordfind import Word, has_word

# Patients get short sentences: a count breakdown is split to stay under this.
SHORT_SENTENCE = 15
# Other readers: a no-difference longer than this is said in two sentences.
LONG_SENTENCE = 28


def fact_sentences(w: Wording, fact: Fact, max_words: int | None = None) -> list[Sentence]:
    """Result sentences for a fact a text states as a finding; none for other kinds and
    none for a background figure (see :func:`background_sentences`).

    A comparison too long for a short-sentence audience is said as one sentence per arm;
    so is a no-difference result with figures, followed by a short sentence saying there
    was no real difference.
    """
    if not is_result(fact):
        return []
    sentence = w.fact_sentence(fact)
    if sentence is None:
        return []
    twin = w.no_difference_twin(fact) if fact.kind == "ratio" else None
    if twin is not None and w.level == "technical" and w.undecided(fact, 1):
        # "no statistically significant difference … (relative risk 0.96; …)": the
        # sheet's no-difference for the same comparison too, said no second time
        sentence = dataclasses.replace(
            sentence, facts=tuple(dict.fromkeys((*sentence.facts, twin.id))))
    if (fact.kind == "no-difference" and not getattr(fact, "facts", ())
            and fact.group and getattr(fact, "versus", None)
            and words_in(sentence.text) > (max_words or LONG_SENTENCE)):
        return w.no_difference_steps(fact)  # what was compared, then the verdict
    if (not max_words or words_in(sentence.text) <= max_words
            or len(getattr(fact, "facts", ())) != 2):
        return [sentence]
    arms = [w.sheet.facts[arm] for arm in fact.facts]
    if fact.kind == "comparison" and arms[0].kind == "mean" and w.has("fact.mean_intro"):
        return w.mean_steps(arms[0], arms[1], fact.id)  # the measure once, then each group
    said = [w.proportion(a) if a.kind == "proportion" else w.mean(a) for a in arms]
    if fact.kind == "comparison":
        return [said[0], other_arm(w, arms[0], arms[1]) or said[1]]
    if fact.kind == "no-difference" and w.has("fact.no_difference.after"):
        # each side's figure, then what they show: "That is no real difference."
        return [*said, Sentence(w.sentence("fact.no_difference.after"), (fact.id,),
                                role="result")]
    return [sentence]


def other_arm(w: Wording, first: Fact, second: Fact) -> Sentence | None:
    """The second arm's share right after the first's, without the time the first said
    ("Among women whose skin was cleaned with iodine, 7 out of 100 got a wound
    infection."), never "it was 7 out of 100" (which "it"?). None where the pack has no
    ``fact.proportion_other`` or the arms differ in outcome or time."""
    from plainsum.render import noun_keys

    if (not w.has("fact.proportion_other") or first.kind != "proportion"
            or second.kind != "proportion" or first.outcome != second.outcome
            or first.time != second.time or not second.group):
        return None
    from .results import finite_last

    mode, value = w.share(second)
    label = w.group(second.group)
    # a share said without its group: singular where the pack says so
    outcome = w.agreeing(w.verbal_outcome(second.outcome),
                         w.number_of(second, mode) or ("share" if mode != "frequency" else ""))
    # an outcome ending in a finite verb: that verb second, as a main clause puts it
    parts = finite_last(w, outcome, "fact.proportion_other_verb")
    slots = w.in_slots(second.group)
    # two verbs meet ("… werd ontsmet, kregen 7 van de 100"): a comma between them
    comma = w.clause_comma(slots["in_the_group"]) if parts else ""
    text = w.sentence("fact.proportion_other_verb" if parts else "fact.proportion_other",
                      [w.hedged(second), mode, *noun_keys(label)], value=value,
                      outcome=outcome, comma=comma, **parts, **w.frequency_slots(second),
                      **slots)
    return Sentence(text, (second.id,), role="result")


def is_result(fact: Fact) -> bool:
    """Whether a text states ``fact`` as a finding of the study: never a background
    figure; a mean or range only with an outcome or a baseline (a mean age describes who
    took part)."""
    if fact.background:
        return False
    if fact.kind in RESULT_KINDS:
        return True
    if fact.kind == "mean":
        return fact.baseline is not None or fact.outcome is not None
    if fact.kind == "range":
        return fact.outcome is not None
    return False


def covered(w: Wording) -> set[str]:
    """Facts another fact states with it: the arms of a comparison, the figures of a
    no-difference."""
    out: set[str] = set()
    for fact in w.sheet.facts_of("comparison", "no-difference"):
        out |= set(fact.facts)
    twins = {f.id: twin.id for f in w.sheet.facts_of("ratio")
             for twin in (w.no_difference_twin(f),) if twin is not None and w.undecided(f, 1)}
    # plain readers get no figure: the no-difference says it; technical readers get the
    # ratio, whose sentence says there was no difference (:func:`fact_sentences`)
    out |= set(twins) if w.level != "technical" else set(twins.values())
    return out


def result_sentences(w: Wording, facts: list[Fact], max_words: int | None) -> list[Sentence]:
    """Result sentences in order; a proportion that follows one of the same group and
    outcome at another time gives only its time and figure, where the pack can say so
    ("After 5 years, 80 out of 100 people with MS did not get worse. After 10 years, it
    was 66 out of 100."). Only for texts that keep every sentence: a post shortens its
    sentences once it knows which it keeps (:func:`plainsum_social.posts.fit`)."""
    out: list[Sentence] = []
    again = w.has("fact.proportion_again")
    previous: Fact | None = None
    for fact in facts:
        if max_words and restates(w, fact):
            continue  # short-sentence readers: the two figures already say the gap
        if again and previous is not None and continues(previous, fact):
            out.append(w.proportion_again(fact))
        else:
            out.extend(fact_sentences(w, fact, max_words))
        previous = fact
    return out


def restates(w: Wording, fact: Fact) -> bool:
    """A difference between two means the sheet also gives as a comparison (33.6 vs 4.8
    hours, and "28.8 hours shorter"): the same finding again."""
    if fact.kind != "difference" or not getattr(fact, "measure", None):
        return False
    for comparison in w.sheet.facts_of("comparison", background=False):
        arms = [w.sheet.facts.get(i) for i in comparison.facts]
        if all(a is not None and a.kind == "mean" for a in arms) and \
                arms[0].measure == fact.measure and arms[0].time == fact.time and \
                {a.group for a in arms} == {fact.group, fact.versus}:
            return True
    return False


def continues(previous: Fact, fact: Fact) -> bool:
    """The same share of the same group, at another time point."""
    return (previous.kind == fact.kind == "proportion" and previous.group == fact.group
            and previous.outcome == fact.outcome and bool(previous.time) and bool(fact.time)
            and previous.time != fact.time)


def main_fact(w: Wording) -> Fact | None:
    """The main result (asked by every output: worked out once per run)."""
    return w.lex.remember(("main-fact",), lambda: _main_fact(w))


def _main_fact(w: Wording) -> Fact | None:
    sheet = w.sheet
    if sheet.main_fact and sheet.main_fact in sheet.facts:
        named = sheet.facts[sheet.main_fact]
        if not named.background:  # lint refuses it; a background figure never leads
            return named
    results = [f for f in sheet.key_facts if is_result(f)]
    return results[0] if results else None


def result_facts(w: Wording, skip: set[str]) -> list[Fact]:
    """Results in sheet order, without the main fact, the arms a comparison states and
    the traits of who took part."""
    said = set(skip) | covered(w) | {f.id for f in characteristics(w)}
    return [f for f in w.sheet.facts.values() if is_result(f) and f.id not in said]


def characteristics(w: Wording) -> list[Fact]:
    """Shares that describe who took part ("74 % were women", "96 % completed the
    study"), not what the study found: a proportion of the whole cohort, at no time
    point, whose outcome is neither good nor bad (no polarity), not key and not compared."""
    cohort = cohort_fact(w)
    if cohort is None:
        return []
    main = w.sheet.main_fact
    said = covered(w)
    out = []
    for fact in w.sheet.facts_of("proportion", background=False):
        outcome = w.sheet.outcomes.get(fact.outcome)
        if (fact.group == cohort.group and fact.time is None and not fact.key
                and fact.id != main and fact.id not in said
                and outcome is not None and outcome.polarity is None):
            out.append(fact)
    return out


def cohort_fact(w: Wording) -> Fact | None:
    """The count of everyone in the study (asked for each series and cohort sentence:
    worked out once per run)."""
    return w.lex.remember(("cohort-fact",), lambda: _cohort_fact(w))


def _cohort_fact(w: Wording) -> Fact | None:
    counts = [f for f in w.sheet.facts_of("count", background=False) if f.of is None]
    return counts[0] if counts else None


def study_sentences(w: Wording, max_words: int | None) -> list[Sentence]:
    """Who took part: cohort and period, subgroups, mean values, when they were assessed."""
    out: list[Sentence] = []
    cohort = cohort_fact(w)
    if cohort is not None:
        out.append(w.cohort(cohort))
    # the parts of the cohort; without a total (a case-control study gives cases and
    # controls only), the parts are all the sheet says of who took part
    parts = [f for f in w.sheet.facts_of("count", background=False)
             if f.of is not None and (cohort is None or f.of == cohort.group)]
    if parts and cohort is None:
        out.append(w.parts_compared(parts))
    elif parts:
        out.extend(w.breakdown(parts, max_words, whole=cohort))
    said = covered(w)
    out.extend(w.fact_sentence(f) for f in w.sheet.facts_of("mean", "range", background=False)
               if not is_result(f) and f.id not in said)
    out.extend(w.proportion(f) for f in characteristics(w))
    out.extend(w.timepoints(f) for f in w.sheet.facts_of("timepoints"))
    return out


def design_sentences(w: Wording) -> tuple[list[Sentence], list[Sentence]]:
    """What kind of study it was, for lay readers, who need it to weigh the result: the
    design's plain words before who took part ("This is a study that follows groups of
    people over time"), unless a limitation the text says already names the design ("The
    researchers looked back at past medical records"). A sheet that names no design says,
    after who took part, only that the study compared its two arms ("The study compared
    two groups: …"), never a design the release did not name. (before, after)"""
    design = w.sheet.design[0] if w.sheet.design else None
    if design is not None:
        if any(design in lim.terms for lim in w.sheet.limitations.values()) \
                or not w.has("summary.design"):
            return [], []
        plain = w.term(design, "plain")
        return [Sentence(w.sentence("summary.design", [*word_keys(plain), *initials(plain)],
                                    design=plain), role="study")], []
    main = main_fact(w)
    versus = getattr(main, "versus", None) if main is not None else None
    arms = {g for f in w.sheet.facts.values() if not f.background and getattr(f, "versus", None)
            for g in (f.group, f.versus)}
    if versus is None or main.group in (None, versus) or len(arms) != 2 \
            or not w.has("summary.compared"):
        return [], []
    return [], [Sentence(w.sentence("summary.compared", noun_keys(w.group(main.group)),
                                    **w.sides(main)), role="study")]


def background_sentences(w: Wording, headed: bool = False) -> list[Sentence]:
    """Figures that are not results of this study, said as context; never in a headline,
    a lead or among the results. The paragraph says "context" once: in its heading
    (``headed``) or in its first sentence, not before every figure."""
    out: list[Sentence] = []
    facts = [f for f in w.sheet.facts.values() if f.background]
    i = 0
    while i < len(facts):
        framed = not headed and not out
        # two groups' shares of one outcome: one sentence, not the outcome twice in a row
        pair = (w.background_pair(facts[i], facts[i + 1], framed) if i + 1 < len(facts)
                else None)
        sentence = pair or w.background(facts[i], framed=framed)
        i += 2 if pair is not None else 1
        if sentence.text:
            out.append(sentence)
    from .results import varied  # results imports this module

    return varied(w, out)  # "Het is bekend dat ... Ook is bekend dat ..."


# kinds that compare groups: an observational study's summary says what they can show
COMPARING = ("comparison", "ratio", "relative-change", "difference", "no-difference")


def association_sentence(w: Wording) -> Sentence | None:
    """For an observational design that compares groups: a link, not a cause. A sheet
    whose release names no design (evidence ``other``) gets no word about its design:
    saying it "can only show a link" would be a claim nobody made."""
    if w.sheet.evidence != "observational":
        return None
    if not any(is_result(f) for f in w.sheet.facts_of(*COMPARING)):
        return None
    return Sentence(w.sentence("summary.association", [w.sheet.evidence]), role="limit")


def is_exposure(w: Wording) -> bool:
    """Whether the sheet's "intervention" is an exposure nobody was given (blood vitamin D
    levels, a finding on a scan): an observational study comparing groups by it. Its
    section asks "What was studied?", not "What was the treatment?"."""
    return w.sheet.evidence == "observational" and not w.all_treated()


def treatment_sentences(w: Wording) -> list[Sentence]:
    """The intervention's technical name and its plain definition (explained audiences)."""
    term_id = w.sheet.intervention
    forms = w.lex.term(term_id)
    definition = w.lex.definition(term_id).strip()
    term = w.sheet.terms.get(term_id)
    if (term is not None and term.plain_kind and forms.plain and w.has("summary.kind_is")
            and not names_in(forms.technical, forms.plain)):
        # the plain word names a kind ("a blood thinner"), the definition is the
        # drug's own ("taken by mouth"): the drug is its subject, the kind said of it
        # ("Rivaroxaban is a blood thinner: a medicine taken by mouth …"), never "A blood
        # thinner is a medicine taken by mouth", untrue of the kind
        from plainsum.render import initials

        technical = w.term(term_id, "technical")
        # the definition's head word selects its article where a pack's definitions
        # start without one ("… est un anticoagulant : un médicament pris …")
        return [Sentence(w.sentence(
            "summary.kind_is", [head_word(definition)], term=technical,
            kind=w.intervention("indefinite"),
            the_term=w.say("grammar.definite", [w.gender(term_id, technical), *initials(technical)],
                           noun=technical),
            definition=lower_first(w, definition).rstrip(".")))]
    plural = ["plural"] if w.plural_term(term_id) else []  # "CT scans are", "call them"
    out = [Sentence(w.sentence("summary.treatment_is", [*plural, head_word(definition)],
                               intervention=w.intervention("indefinite"),
                               definition=lower_first(w, definition)))]
    if forms.plain and not names_in(forms.technical, forms.plain):
        # a plain word that names the kind ("a blood thinner"): which one the study used,
        # never "doctors call it rivaroxaban" of the whole kind
        from plainsum.render import initials

        kind = ["kind"] if term is not None and term.plain_kind else []
        technical = w.term(term_id, "technical")
        out.append(Sentence(w.sentence(
            "summary.technical_name",
            [*kind, *(["plural"] if w.plural_term(term_id, "technical") else [])],
            term=technical,
            the_term=w.say("grammar.definite", [w.gender(term_id, technical), *initials(technical)],
                           noun=technical))))
    return out


def study_arms(w: Wording) -> tuple[str, str] | None:
    """The two groups a study's results compare (a trial's arms: what each group got),
    the main result's own first; None where the results compare no two groups or more
    than two (exposure levels)."""
    groups = w.compared_groups()
    if len(groups) != 2:
        return None
    main = main_fact(w)
    order: list[str] = []
    if main is not None:
        order = [g for g in (main.group, getattr(main, "versus", None)) if g]
        if main.kind == "comparison":
            order += [getattr(w.sheet.facts.get(f), "group", None) or ""
                      for f in getattr(main, "facts", ())]
    order += list(w.sheet.groups)
    first = next((g for g in order if g in groups), None)
    second = next((g for g in groups if g != first), None)
    return (first, second) if first and second else None


def arms_sentences(w: Wording) -> list[Sentence]:
    """What the study compared, said before the intervention's definition: the two
    groups by what each got ("The study compared two groups: people sent home early with
    rivaroxaban and people kept in hospital as usual."), and in a randomised trial that
    chance put each person in a group. A definition alone ("Rivaroxaban is a blood
    thinner") answers "What was tested?" wrongly where the trial tested a way of care,
    and never says what the intervention was compared with. None for an exposure (its
    levels are no arms), a single-arm study or a pack without ``summary.compared_arms``."""
    if is_exposure(w) or w.all_treated() or not w.has("summary.compared_arms"):
        return []
    arms = study_arms(w)
    if arms is None:
        return []
    first, second = arms
    out = [Sentence(w.sentence("summary.compared_arms", noun_keys(w.group(first)),
                               **w.in_slots(first, "a_"), **w.in_slots(second, "b_")),
                    role="study")]
    if w.sheet.evidence == "randomised" and w.has("summary.by_chance"):
        out.append(Sentence(w.sentence("summary.by_chance"), role="study"))
    return out


def intervention_heading(w: Wording) -> str:
    """Which question heads the intervention's paragraph: ``exposure`` (nobody was given
    it), ``treatment`` when everyone in the study had it, ``tested`` when it was compared
    with something else (a skin antiseptic, a scan: not "What was the treatment?")."""
    if is_exposure(w):
        return "exposure"
    if w.all_treated() or not w.has("summary.heading.tested"):
        return "treatment"
    return "tested"


def names_in(technical: str, plain: str) -> bool:
    """Whether the plain name already says the technical one ("chlorhexidine skin
    cleanser", "chlorhexidine"): "doctors call it chlorhexidine" would go in a circle."""
    return has_word(plain.lower(), technical.lower())


def lower_first(w: Wording, text: str) -> str:
    """A definition put mid-sentence: the pack decides (German keeps its nouns capital).
    An elided article ("L'étude", "L'ospedale") is lower-cased as a word; a name with an
    apostrophe ("O'Brien") keeps its capitals."""
    if len(text) > 2 and text[0].isupper() and text[1] in "'\u2019" and text[2].islower():
        return text[0].lower() + text[1:]
    lower = getattr(w.pack, "lower_first", None)
    return lower(text) if lower is not None else LanguagePack.lower_first(w.pack, text)


def _introduce_limits(w: Wording, limits: list[Sentence], count: int) -> list[Sentence]:
    """The limits after their intro. An intro that ends in a colon ("One limitation:")
    leads into the first limit in one sentence: "This study has one weakness." would
    tell the reader there is no other, where the sheet lists only what it knows. After
    the colon the limit goes on in lower case, unless the pack writes a capital there
    (``grammar.capital_after_colon``: German)."""
    intro = capitalise(w.clause("summary.limits_intro", [w.pack.plural_category(count)]))
    if not intro.rstrip().endswith(":") or not limits:
        return [Sentence(w.sentence("summary.limits_intro",
                                    [w.pack.plural_category(count)])), *limits]
    first = limits[0]
    said = first.text if w.has("grammar.capital_after_colon") else lower_first(w, first.text)
    joined = dataclasses.replace(first, text=f"{intro.rstrip()} {said}")
    return [joined, *limits[1:]]


def limitation_sentences(w: Wording) -> list[Sentence]:
    """The sheet's limitations; two in a row with the same subject are one sentence ("The
    study was retrospective and did not include a control group", not "The study was
    retrospective. The study did not include ..."). A key limitation carries what it means
    (``plainsum.caveats``) right after the sentence that says it, role ``caveat``: the
    reader meets the limit and its consequence together, and the limit is said once."""
    caveats = {c.id: c for c in key_caveats(w)}
    said: list[tuple[str, list[str]]] = []  # a sentence and the limitations it says
    for lim in w.sheet.limitations.values():
        text = end_sentence(w.lex.limitation(lim.id, w.level))
        joined = join_same_subject(w, said[-1][0], text) if said else None
        if joined is not None:
            said[-1] = (joined, [*said[-1][1], lim.id])
        else:
            said.append((text, [lim.id]))
    out: list[Sentence] = []
    meanings: set[str] = set()  # two key limitations with the pack's default: said once
    for text, ids in said:
        out.append(Sentence(text, role="limit"))
        for lim_id in ids:
            c = caveats.get(lim_id)
            if c is not None and c.meaning not in meanings:
                meanings.add(c.meaning)
                out.append(Sentence(c.meaning, role="caveat"))
    return out


_SUBJECT_WORDS = 2  # "The study", "El estudio", "L'étude était"
_ELIDED = re.compile(r"\w['\u2019](?=\w)")  # an elided article or pronoun: "L'étude"


def join_same_subject(w: Wording, first: str, second: str) -> str | None:
    """``first`` and ``second`` as one sentence when both open with the same words (at
    least two: the subject) and each is one plain clause; None otherwise. Only words
    already there: the second loses its repeated subject, the pack's list word joins."""
    a, b = first.rstrip(".").split(), second.split()
    same = 0
    while same < min(len(a), len(b)) - 1 and a[same] == b[same]:
        same += 1
    # an elided article is a word of its own: "L'étude" is "la étude", two words
    words = sum(1 + len(_ELIDED.findall(word)) for word in a[:same])
    if words < _SUBJECT_WORDS or any(c in first + second for c in ",;:") \
            or first.count(".") > 1 or second.count(".") > 1:
        return None
    rest = " ".join(b[same:])
    return f"{w.join([' '.join(a), rest]).rstrip('.')}."


def author_sentences(w: Wording, with_quote: bool) -> list[Sentence]:
    """Who did it: the study author(s), the journal and date, the funders; a quote for press."""
    sheet, out = w.sheet, []
    authors = [p for p in sheet.people.values() if p.role and "author" in p.role]
    shown = authors[: 1 if w.level == "plain" else None]
    if shown and quoted_in_press(w) >= {p.id for p in shown}:
        shown = []  # the quote names them with role and affiliation: not again a line later
    if len(shown) == 1:
        out.append(Sentence(no_empty_credentials(w.sentence(
            "summary.author", name=shown[0].name,
            credentials=shown[0].credentials or _NONE,
            affiliation=affiliation(w, shown[0].affiliations, w.level == "plain"))),
            role="who"))
    elif shown and len({p.affiliations for p in shown}) == 1:
        # one shared affiliation is said once, after all the names
        names = join_items(w, [author_short(w, p.name, p.credentials) for p in shown])
        if shown[0].affiliations:
            names = f"{names} ({affiliation(w, shown[0].affiliations, False)})"
        out.append(Sentence(w.sentence("summary.authors", names=names), role="who"))
    elif shown:
        names = join_items(w, [no_empty_credentials(w.say(
            "summary.author_name", name=p.name, credentials=p.credentials or _NONE,
            affiliation=affiliation(w, p.affiliations, False))) for p in shown])
        out.append(Sentence(w.sentence("summary.authors", names=names), role="who"))
    if with_quote:
        out.extend(quote_sentences(w))
    journal = sheet.journal
    date = sheet.publication.get("date")
    if journal is not None:  # undated: the journal all the same
        name = w.organisation(journal.id)
        out.append(Sentence(w.sentence("summary.published",
                                       ["" if date else "undated", *title_keys(name)],
                                       journal=name,
                                       date=w.pack.format_date(_date(date)) if date else ""),
                            role="who"))
    if sheet.funding and not w.audience.natural_frequencies:
        funders = join_items(w, [w.organisation(f) for f in sheet.funding], names=True)
        out.append(Sentence(w.sentence("summary.funding", funders=funders), role="who"))
    return out


def quoted_in_press(w: Wording) -> set[str]:
    """The people a press summary quotes and attributes with their role and affiliation
    (``summary.press.quote``, ``summary.press.affiliations``); empty for other audiences
    and for a pack that leaves the affiliation to the authors' line."""
    if w.audience.id != "press" or w.level != "technical" or not press.has_press(w) \
            or not w.has("summary.press.quote") or not press.flag(w, "summary.press.affiliations"):
        return set()
    quotes = [q for q in w.sheet.quotes.values() if q.key] or list(w.sheet.quotes.values())[:1]
    return {q.speaker for q in quotes if q.speaker in w.sheet.people}


def join_items(w: Wording, items: list[str], names: bool = False) -> str:
    """``items`` as the language lists them, where an item holding a comma is closed
    ("Methodius G. Tuuli, MD, and George A. Macones, MD": the credentials are set off on
    both sides) and three or more such items are parted by semicolons. ``names``:
    organisations, whose own names may hold the list's word ("… of Child Health and
    Human Development and Department of …"), are parted by semicolons wherever one holds
    a comma or that word, so the reader sees where each name ends."""
    if len(items) < 2 or (not any("," in item for item in items) and not names):
        return w.join(items)
    marks = [f"\x02{i}\x03" for i in range(len(items))]
    pattern = w.join(marks)
    # the list's own word, from its two-item pattern ("and", "y", "et", "und")
    word = w.join(["\x02", "\x03"]).strip("\x02\x03").strip(" ,")
    if names and not any("," in item or has_word(item, word) for item in items if word):
        return w.join(items)
    said, sep = pattern, list_separator(w)
    if names:  # "A; B": each name whole, the list's word left out
        said = sep.join(marks)
    else:
        said = said.replace("\x03, \x02", "\x03" + sep + "\x02")
        last = marks[-2]
        after = said[said.index(last) + len(last):]
        if after.startswith(", "):  # "A, MD; B, MD, and C, MD" -> "; and"
            said = said.replace(last + ", ", last + sep, 1) if len(items) > 2 else said
        elif not after.startswith(sep):  # "A, MD y B, MD" -> "A, MD, y B, MD"
            said = said.replace(last, last + ",", 1)
    for mark, item in zip(marks, items, strict=True):
        said = said.replace(mark, item)
    return said


_NONE = "\x00"  # where a person's credentials would stand when the sheet has none
_NO_PLACE = "\x01"  # where a person's affiliations would stand when the sheet has none


def no_empty_credentials(text: str) -> str:
    """"David Newby (BHF Centre …)", not "David Newby, (BHF Centre …)": a template's
    separator before missing credentials goes with them; and "Jane Doe is one of the study
    authors", not "Jane Doe () is ...": the brackets of missing affiliations go with them."""
    text = re.sub(r"[^\S\n]*\(\x01\)", "", text)
    return re.sub(r"[,;]?[^\S\n]*[\x00\x01]", "", text)


def affiliation(w: Wording, org_ids: tuple[str, ...], first_only: bool) -> str:
    """A person's affiliations with their countries; a country all of them share is
    said once, at the end ("BHF Centre …; University of Edinburgh, United Kingdom").
    None: a marker that :func:`no_empty_credentials` removes with its brackets."""
    if not org_ids:
        return _NO_PLACE
    names = []
    shown = org_ids[:1] if first_only else org_ids
    countries = {w.sheet.organisations[o].country for o in shown}
    if not first_only and len(shown) > 1 and len(countries) == 1 and None not in countries:
        country = w.country(next(iter(countries)))
        return f"{list_separator(w).join(w.organisation(o) for o in shown)}, {country}"
    for org_id in shown:
        org = w.sheet.organisations[org_id]
        country = None if first_only else w.country(org.country)
        name = w.organisation(org_id)
        if country and names_country(w, name, org.country, country):
            country = None  # "Istituto nazionale dei tumori degli Stati Uniti", said once
        names.append(f"{name}, {country}" if country else name)
    return list_separator(w).join(names)


def names_country(w: Wording, name: str, english: str | None, country: str) -> bool:
    """Whether an organisation's name in this language already says its country, by the
    country's name or a short form the pack lists under ``grammar.country_short`` (by
    CLDR code: Spanish "EE. UU.", German "USA"): "…de EE. UU., Estados Unidos" repeats it."""
    if Word(country).search(name) is not None:
        return True
    code = territory_code(english) if english else None
    if not code or not w.has(f"grammar.country_short.{code}"):
        return False
    short = w.raw(f"grammar.country_short.{code}")
    # short forms as written: "US" is a country, "us" a pronoun
    return any(has_word(name, f) for f in ([short] if isinstance(short, str) else short))


def list_separator(w: Wording) -> str:
    """What separates items that hold commas themselves (``Genoa, Italy; Pavia, Italy``):
    the pack's ``grammar.list_separator`` (French spaces it: ``\u202f; ``)."""
    return w.say("grammar.list_separator") if w.has("grammar.list_separator") else "; "


def author_short(w: Wording, name: str, credentials: str | None) -> str:
    """An author's name with credentials, before a shared affiliation: the pack's
    ``summary.author_short`` (``{name}, {credentials}`` when it has none)."""
    if not credentials:
        return name
    if w.has("summary.author_short"):
        return w.say("summary.author_short", name=name, credentials=credentials)
    return f"{name}, {credentials}"


def quote_sentences(w: Wording) -> list[Sentence]:
    if press.has_press(w):  # attributed with role and affiliation, as the press writes
        return press.quote_sentences(w)
    quotes = [q for q in w.sheet.quotes.values() if q.key] or list(w.sheet.quotes.values())[:1]
    out = []
    for quote in quotes:
        speaker = w.sheet.people.get(quote.speaker)
        text = w.lex.quote(quote.id).strip().rstrip(".")
        out.append(Sentence(w.sentence("summary.quote", quote=text,
                                  name=speaker.name if speaker else quote.speaker),
                            role="quote"))
    return out


def embargo_sentence(w: Wording) -> Sentence | None:
    if press.has_press(w):  # "4 p.m. ET", as journalists write it
        return press.embargo_sentence(w)
    raw = w.sheet.publication.get("embargo")
    if not raw:
        return None
    from babel.dates import format_time

    moment = raw if isinstance(raw, dt.datetime) else dt.datetime.fromisoformat(str(raw))
    offset = moment.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
    text = w.sentence("summary.embargo", date=w.pack.format_date(moment.date()),
                      time=format_time(moment, "short", tzinfo=moment.tzinfo,
                                       locale=w.pack.locale),
                      offset=offset)
    return Sentence(text, role="embargo")


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def lead_sentences(w: Wording, main: Fact, max_words: int | None) -> list[Sentence]:
    """The main result, anchored to the event its time counts from where the sheet says
    what that is ("Of the 122 people with relapsing-remitting MS, 71% had no worsening of
    disability 10 years after the transplant", not "After 10 years, ...": after what?),
    as the results paragraph says its series; else the fact's own sentence. For every
    audience, patients too: "After 10 years, 71 out of 100 people with ... MS" reads as
    everyone with the condition, ten years after nothing."""
    from .results import series_sentence

    if is_anchored(w, main):
        return [series_sentence(w, [main], anchor=True)]
    return fact_sentences(w, main, max_words)


def lead_facts(w: Wording, main: Fact) -> tuple[Fact, tuple[str, ...]]:
    """The fact whose sentence the lead says, and the ids of the facts that sentence
    also states, so the results do not say them again: a main ratio whose interval holds
    no difference and the sheet's no-difference for the same comparison are one finding
    ("There was no statistically significant difference … (relative risk 0.96; 95% CI
    0.71 to 1.3)"), said once, in the lead. A main no-difference with such a ratio is
    led by the ratio's sentence where its figure is said (technical readers); plain
    readers get the no-difference's words (the ratio's figureless sentence would say them
    again, so it is not said, see :func:`covered`)."""
    if main.kind == "no-difference":
        ratios = [f for f in w.sheet.facts_of("ratio", background=False)
                  if w.no_difference_twin(f) is main and w.undecided(f, 1)]
        if not ratios:
            return main, ()
        return (ratios[0], (main.id,)) if w.level == "technical" else (main, ())
    twin = w.no_difference_twin(main) if main.kind == "ratio" else None
    if twin is not None and w.undecided(main, 1):
        return main, (twin.id,)
    return main, ()


def is_anchored(w: Wording, main: Fact) -> bool:
    """Whether the lead says the main result with the people studied and the event its
    time counts from: a share of a group at a time the sheet dates from a named event."""
    from .results import series_key

    point = w.sheet.times.get(main.time) if main.time else None
    return (point is not None and bool(point.after) and point.after in w.sheet.terms
            and series_key(main) is not None and main.kind == "proportion"
            and w.has("results.series") and w.has("results.after"))


def plan(w: Wording) -> list[Section]:
    """The sections of a summary for the request's audience."""
    audience = w.audience
    max_words = SHORT_SENTENCE if audience.natural_frequencies else None
    explain = bool(audience.explain_terms)
    main = main_fact(w)
    said_by_lead, twins = lead_facts(w, main) if main is not None else (None, ())
    lead = lead_sentences(w, said_by_lead, max_words) if said_by_lead is not None else []
    if twins and lead:  # the lead's sentence states the no-difference and its ratio
        lead[0] = dataclasses.replace(
            lead[0], facts=tuple(dict.fromkeys((*lead[0].facts, *twins))))
    from .results import results_paragraph  # results builds on this module's helpers

    # the lead said the event its times count from: the results say it no second time
    anchored = main is not None and is_anchored(w, main)
    skip = {main.id, said_by_lead.id, *twins} if main and said_by_lead else set()
    results = results_paragraph(w, main, result_facts(w, skip), max_words,
                                anchored=anchored)
    # a headline the sheet writes for this audience (clinicians: the technical one)
    title = w.lex.audience_text(audience.id, "title") or w.lex.title()
    heading = (lambda key: w.say(f"summary.heading.{key}")) if explain else (lambda key: None)
    sections: list[Section] = []
    if w.level == "technical" and audience.id != "clinicians":
        embargo = embargo_sentence(w)
        if embargo is not None:
            sections.append(Section([embargo]))
    sections.append(Section([Sentence(title, role="headline")]))
    if lead and audience.id == "press":
        lead = press.lead_with_source(w, lead)
    if lead:
        dateline = press.dateline_sentence(w) if audience.id == "press" else None
        sections.append(Section([dateline, *lead] if dateline else lead))
    arms = arms_sentences(w) if explain else []
    if explain:
        key = intervention_heading(w)
        if arms and w.has("summary.heading.compared"):
            key = "compared"  # "What did the study compare?"
        sections.append(Section([*arms, *treatment_sentences(w)], heading(key)))
    before, after = design_sentences(w) if explain else ([], [])
    if arms:
        # the comparison and, in a trial, the chance that formed its groups are said
        # above: "This is a study where chance decides …" and "It compared two groups"
        # no second time
        before = [] if w.sheet.evidence == "randomised" else before
        after = []
    study = study_sentences(w, max_words)
    sections.append(Section([*before, *study[:1], *after, *study[1:]], heading("study")))
    sections.append(Section(results, heading("results")))
    if w.level == "technical" and audience.id != "clinicians":
        sections.append(Section(quote_sentences(w)))
    limits = limitation_sentences(w)
    association = association_sentence(w)
    if association is not None:
        limits.append(association)
    else:
        design = clinicians.design_limit(w, limits)  # technical readers: no cause shown
        if design is not None:
            limits.append(design)
    if limits and explain:
        # "this study has one limit" / "some limits": as many as follow (a caveat's
        # meaning is no limit of its own)
        count = sum(1 for s in limits if s.role != "caveat")
        limits[:] = _introduce_limits(w, limits, count)
    if audience.id == "press" and sections and sections[-1].sentences \
            and sections[-1].sentences[0].role == "quote":
        # press: the caveat stands next to the results it qualifies, before the quote
        sections.insert(len(sections) - 1, Section(limits, heading("limits")))
    else:
        sections.append(Section(limits, heading("limits")))
    # context after the study's results and limits, not between the lead and who took
    # part: the reader meets the finding first, then what it stands beside
    context = background_sentences(w, headed=explain)
    if context:
        sections.append(Section(context, heading("background")))
    if explain:  # what it means for the reader: patients and the public
        meaning = meaning_sentences(w)
        if meaning:
            sections.append(Section(meaning, heading("meaning")))
    sections.append(Section(author_sentences(w, with_quote=False), heading("who")))
    contact = press.contact_sentence(w) if audience.id == "press" else None
    if contact is not None:
        sections.append(Section([contact]))
    clinicians.add_denominators(w, sections)  # clinicians: "4.0% (23/572)"
    gloss_terms(w, sections)  # lay readers: a jargon term's plain word at its first use
    spell_out(w, sections)  # an abbreviation in full where running text first uses it
    return sections



def named_once(w: Wording, sections: list[Section]) -> list[Section]:
    """The groups a summary compares named in full once, then by the sheet's short label
    ("people sent home early with rivaroxaban" once, then "people sent home early"):
    a trial's arms said in full in every result sentence ran to six times in one text.
    Only in result sentences, the sentence that names it first keeping every mention in
    full, and only a group the results compare whose short label
    - keeps the full label's head word, so the articles and prepositions the sentence
      gave the full label fit the short one: its first word ("Menschen in der Klinik"
      for "Menschen, die in der Klinik behandelt wurden"), or its last where the pack's
      words before a noun do not change with the sentence (``grammar.short_head_last``:
      Dutch "vroeg ontslagen mensen" for "mensen die vroeg naar huis gingen"; a German
      "früh entlassene Menschen" would need "den früh entlassenen Menschen"); and
    - tells the groups apart: no other group's label holds it or is held by it."""
    head_last = w.has("grammar.short_head_last") and bool(w.raw("grammar.short_head_last"))
    labels = {}
    for gid in w.sheet.groups:
        short = w.sheet.groups[gid].short
        said = short.get(w.lex.lang, w.level) if short is not None else None
        labels[gid] = (w.lex.group(gid, w.level), said)
    pairs = []
    for gid in sorted(w.compared_groups()):
        full, said = labels[gid]
        if not said or said == full:
            continue
        head = _first_word(full)
        if head not in (_first_word(said), *([_last_word(said)] if head_last else [])):
            continue  # the sentence's articles would not fit ("572 chlorhexidine group"?)
        others = [text.casefold() for other, pair in labels.items() if other != gid
                  for text in pair if text]
        if any(said.casefold() in text or text in said.casefold() for text in others):
            continue  # "people" for one arm where the other is "people kept in hospital"
        # a comma that closed the full label's clause before the main verb ("Bij mensen
        # die … kregen, was het gemiddelde"): none after a short label with no clause
        closed = bool(w.clause_comma(full)) and not w.clause_comma(said)
        pairs.append((full, said, closed))
    if not pairs:
        return sections
    seen: set[str] = set()
    out = []
    for section in sections:
        sentences = []
        for sentence in section.sentences:
            text = sentence.text
            first_here = {full for full, _, _ in pairs
                          if full not in seen and _mentions(text, full)}
            for full, short, closed in pairs:
                if full in seen and sentence.role == "result":
                    text = _shortened(text, full, short, closed)
            seen |= first_here
            sentences.append(dataclasses.replace(sentence, text=text))
        out.append(dataclasses.replace(section, sentences=sentences))
    return out


def _first_word(text: str) -> str:
    return text.split()[0].strip(",").casefold() if text.split() else ""


def _last_word(text: str) -> str:
    return text.split()[-1].strip(",").casefold() if text.split() else ""


def _mentions(text: str, label: str) -> bool:
    """Whether ``text`` names ``label``, a gloss put inside it or not ("Menschen, die mit
    Rivaroxaban (Blutverdünner) früh nach Hause gingen")."""
    if label in text or capitalise(label) in text:
        return True
    bare = _GLOSS.sub("", text)
    return label in bare or capitalise(label) in bare


_GLOSS = re.compile(r" \([^()]*\)")


def _shortened(text: str, full: str, short: str, closed: bool = False) -> str:
    """``full`` said as ``short`` in ``text``; a label with a relative clause loses the
    comma that closed it ("Menschen, die … gingen, bei 4,8 Stunden"; ``closed``: "Bij
    mensen die … kregen, was …") when the short one has none."""
    closing = ",?" if (", " in full and ", " not in short) or closed else ""
    for said, put in ((full, short), (capitalise(full), capitalise(short))):
        text = re.sub(re.escape(said) + closing + r"(?=[\s.,;:)]|$)", lambda _m, p=put: p, text)
    return text
