"""The results paragraph of a summary, composed rather than listed.

A reader follows results by who they are about: the figures of one group stand together,
the main result's group first, then the whole cohort, then the other groups in the
sheet's order. The shares of one group with one outcome at several time points are one
sentence ("Of the 122 people with relapsing-remitting MS, 86 out of 100 did not get worse
5 years after the stem cell transplant, and 71 out of 100 after 10 years."): the group is
named once, with its size when the sheet counts it, as the people *studied* (the cohort is
"the 210 people with MS in the study", never everyone with MS), and the first time point
is anchored to the event the sheet dates it from, unless the lead has said that event.
Every figure is the sheet's; nothing is computed. A pack without ``results.series`` keeps one
sentence per fact.
"""

from __future__ import annotations

import functools
import re

from plainsum.factsheet.model import Fact, is_abbreviation
from plainsum.render import (
    SERIES_WORDING,
    Sentence,
    Wording,
    capitalise,
    end_sentence,
    noun_keys,
    timed,
)

from .compose import cohort_fact, fact_sentences, is_result, restates
from .wordfind import has_word


def who_of(w: Wording, fact: Fact) -> str | None:
    """The group a result is about: a comparison's first arm, else the fact's group."""
    arms = getattr(fact, "facts", ())
    if fact.kind == "comparison" and arms and arms[0] in w.sheet.facts:
        return w.sheet.facts[arms[0]].group
    return fact.group


def series_key(fact: Fact) -> tuple[str, ...] | None:
    """Shares of one group with one outcome, which a series says together; or means
    (medians) of one group's measure at several times ("mean" first in the key)."""
    if fact.background or not fact.group:
        return None
    if fact.kind == "mean":
        if (fact.measure and fact.time and fact.baseline is None and is_result(fact)
                and getattr(fact, "value", None) is not None):
            return ("mean", fact.group, fact.measure, fact.statistic or "mean")
        return None
    if fact.kind != "proportion" or not fact.outcome:
        return None
    return (fact.group, fact.outcome)


def group_order(w: Wording, main: Fact | None, facts: list[Fact]) -> list[str | None]:
    """Groups by importance: the main result's, the whole cohort's, then sheet order."""
    cohort = cohort_fact(w)
    first = [who_of(w, main) if main is not None else None,
             cohort.group if cohort is not None else None]
    seen = [g for g in first if g is not None and any(who_of(w, f) == g for f in facts)]
    return list(dict.fromkeys([*seen, *(who_of(w, f) for f in facts)]))


def results_paragraph(w: Wording, main: Fact | None, facts: list[Fact],
                      max_words: int | None, anchored: bool = False) -> list[Sentence]:
    """The results: by group, each group's series of shares in one sentence. The main
    result joins its group's series when that series has other time points (so one
    group's figures stand in one place), though the lead has said it."""
    if not w.has("results.series"):
        from .compose import result_sentences

        return result_sentences(w, facts, max_words)
    series: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        key = series_key(fact)
        if key is not None:
            series.setdefault(key, []).append(fact)
    if main is not None and series_key(main) in series:
        series[series_key(main)].append(main)  # type: ignore[index]
    for key in [k for k, said in series.items() if k[0] == "mean"]:
        times = {f.time for f in series[key]}
        if (len(times) < 2 or len(times) < len(series[key])
                or not (w.has("results.more_mean") and w.raw("results.more_mean"))):
            del series[key]  # one figure, or two at one time: said as the sheet's facts
    out: list[Sentence] = []
    # the event a time counts from is said once: in the lead (``anchored``), else in the
    # first series
    for group in group_order(w, main, facts):
        done: set[tuple[str, str]] = set()
        out.extend(group_explained(w, group))
        for fact in facts:
            if who_of(w, fact) != group:
                continue
            key = series_key(fact)
            if key is not None and key in series:
                if key not in done:
                    done.add(key)
                    out.append(mean_series(w, series[key]) if key[0] == "mean"
                               else series_sentence(w, series[key], anchor=not anchored))
                    anchored = anchored or key[0] != "mean"
                continue
            if max_words and restates(w, fact):
                continue  # short-sentence readers: the two figures already say the gap
            studied = studied_claim(w, fact)
            out.extend([studied] if studied is not None else
                       fact_sentences(w, fact, max_words))
    measured = measure_sentence(w, facts if main is None else [main, *facts])
    return varied(w, same_time(w, ([measured] if measured is not None and out else [])
                               + out))


def same_time(w: Wording, sentences: list[Sentence]) -> list[Sentence]:
    """A result that opens with the time the result before opened with ("Within 30 days
    of the C-section, … Within 30 days of the C-section, …": a hazard ratio, then the
    relative change of the same comparison) opens with the pack's ``results.same_time``
    instead ("Over the same period, …"); the one after it keeps the time again, so no
    opening stands three times in a row and none twice. Only the opening changes."""
    if not w.has("results.same_time"):
        return sentences
    previous, replaced = "", False
    for sentence in sentences:
        opening = _time_opening(w, sentence) if sentence.role == "result" else ""
        if opening and opening == previous and not replaced:
            said = capitalise(w.say("results.same_time"))
            sentence.text = said + sentence.text[len(opening):]
            replaced = True
            continue
        previous, replaced = opening, False
    return sentences


def _time_opening(w: Wording, sentence: Sentence) -> str:
    """The time phrase a result sentence opens with, as written there, or ""."""
    for fact_id in sentence.facts:
        fact = w.sheet.facts.get(fact_id)
        if fact is None or not getattr(fact, "time", None):
            continue
        for said in (w.time_or_study(fact.time, fact), anchored_time(w, fact.time),
                     w.time(fact.time)):
            said = capitalise(said)
            if said and sentence.text.startswith(said) and \
                    sentence.text[len(said):len(said) + 1] in (",", " "):
                return said
    return ""


def varied(w: Wording, sentences: list[Sentence]) -> list[Sentence]:
    """A phrase the pack's wording opens many results with ("bleek dat" in Dutch) said
    in other words where it would stand in two sentences in a row: the pack's
    ``results.vary`` maps the phrase to its alternatives, used in turn ("Binnen 90 dagen
    bleek dat ... Na 5 jaar was te zien dat ..."). Only the words
    before the figures change. A phrase written with a leading ``^`` is one that opens
    the sentence ("^Of the": "Of the 122 … Among the 210 …"), matched there only; past
    its alternatives, the phrase itself comes round again (never one twice in a row)."""
    if not w.has("results.vary"):
        return sentences
    for phrase, others in dict(w.raw("results.vary")).items():
        pattern = _vary_pattern(phrase)
        turns = [phrase.lstrip("^"), *others]
        run = 0
        for sentence in sentences:
            if sentence.role == "quote" or not pattern.search(sentence.text):
                run = 0
                continue
            if run and others:
                other = turns[run % len(turns)]
                sentence.text = pattern.sub(lambda m, o=other: _cased(o, m.group(0)),
                                            sentence.text, count=1)
            run += 1
    return sentences


@functools.lru_cache(maxsize=256)
def _vary_pattern(phrase: str) -> re.Pattern[str]:
    """A ``results.vary`` phrase as found in a sentence: a phrase that opens a sentence
    has a capital (matched either way, its stand-in given the same); ``^``: at the
    sentence's start only."""
    opening = phrase.startswith("^")
    phrase = phrase.lstrip("^")
    body = rf"(?i:{re.escape(phrase[:1])}){re.escape(phrase[1:])}(?!\w)"
    return re.compile(("^" if opening else r"(?<!\w)") + body)


def _cased(words: str, like: str) -> str:
    """``words`` with a first letter in the case of ``like``'s."""
    first = words[:1].upper() if like[:1].isupper() else words[:1].lower()
    return first + words[1:]


def group_explained(w: Wording, group_id: str | None) -> list[Sentence]:
    """For readers who get definitions, what a subgroup's label means, once, before its
    results: the definition of the term the group is defined by ("Relapsing-remitting MS
    is the most common form of MS. ..."), and which of the sheet's groups it is made of
    ("In this study, progressive MS means secondary or primary progressive MS."). Not
    the cohort, and not a group defined by the study's intervention or condition, which
    the summary explains elsewhere."""
    if group_id is None or not w.audience.explain_terms or group_id not in w.sheet.groups:
        return []
    cohort = cohort_fact(w)
    if cohort is not None and cohort.group == group_id:
        return []
    group = w.sheet.groups[group_id]
    out: list[Sentence] = []
    term = group.term
    if (term and term not in (w.sheet.intervention, w.sheet.condition)
            and w.has("results.term_is") and w.lex.term(term).definition):
        from .compose import lower_first

        forms = w.lex.term(term)
        noun = forms.plain or forms.technical
        definition = lower_first(w, forms.definition.strip())
        out.append(Sentence(w.sentence(
            "results.term_is", [w.gender(term, noun)], term=noun,
            the_term=w.say("grammar.definite", [w.gender(term, noun), *_initials(noun)],
                           noun=noun),
            definition=definition.rstrip(".")), role="study"))
    parts = [p for p in getattr(group, "includes", ()) if p in w.sheet.groups]
    if parts and w.has("results.includes"):
        out.append(Sentence(w.sentence("results.includes", **includes_slots(w, group_id, parts)),
                            role="study"))
    return out


def includes_slots(w: Wording, group_id: str, parts: list[str]) -> dict[str, str]:
    """The slots of "what the label covers", said as a writer would ("progressive MS
    means secondary or primary progressive MS", not "people with progressive MS were
    people with secondary progressive MS and people with primary progressive MS"): the
    words every label opens with ("people with") are left out (``name``, ``kinds_or``;
    ``prefix`` keeps them for a language that needs the whole label), and the words the
    parts share are said once, by the pack's ``results.ellipsis``: ``both`` (the shared
    head before the first, the shared tail after the last: "EM secundaria o primaria
    progresiva"), ``prefix`` (the shared head only) or ``none``. ``the_*``: with the
    article of the parts' term's gender."""
    label = w.group(group_id)
    labels = [w.group(p) for p in parts]
    words = [x.split() for x in (label, *labels)]
    shared = label_prefix(w, label, parts)
    if shared is None:  # no term to tell the name from: the words all labels open with
        shared = 0
        while (all(len(x) > shared + 1 for x in words)
               and len({x[shared].lower() for x in words}) == 1):
            shared += 1
    prefix = " ".join(words[0][:shared])
    name = " ".join(words[0][shared:])
    cores = [x[shared:] for x in words[1:]]
    mode = str(w.raw("results.ellipsis")) if w.has("results.ellipsis") else "none"
    head = _shared(cores) if mode in ("both", "prefix") else 0
    tail = _shared([x[::-1] for x in cores]) if mode == "both" else 0
    kinds = format_or(w, elided(cores, head, tail))
    terms = [w.sheet.groups[p].term for p in parts]
    # the parts' own terms, in the case a term takes (German: "sekundär oder primär
    # fortschreitende MS", where the labels say "mit ... fortschreitender MS")
    names = [(w.lex.term(t).plain or w.lex.term(t).technical).split()
             for t in terms if t and t in w.sheet.terms]
    terms_or = kinds
    if len(names) == len(parts):
        terms_or = format_or(w, elided(
            names, _shared(names) if mode in ("both", "prefix") else 0,
            _shared([x[::-1] for x in names]) if mode == "both" else 0))
    gender = next((g for t in terms if t and t in w.sheet.terms
                   for g in (w.gender(t),) if g), "")
    return {"group": label, "the_group": w.the_group(group_id), "prefix": prefix,
            "name": name, "kinds_or": kinds, "terms_or": terms_or,
            "the_name": w.say("grammar.definite", [gender, *_initials(name)], noun=name),
            "the_kinds_or": w.say("grammar.definite", [gender, *_initials(kinds)], noun=kinds)}


def label_prefix(w: Wording, label: str, parts: list[str]) -> int | None:
    """How many words of the labels come before the name of a part's term ("people
    with" before "secondary progressive MS"; "personas con" before "EM secundaria
    progresiva", whose "EM" is the name's own), when the group's label opens with them
    too; None when no part's label ends with its term's name."""
    for part in parts:
        term = w.sheet.groups[part].term
        if not term or term not in w.sheet.terms:
            continue
        own = w.group(part).lower()
        for form in w.lex.term(term).accepted:
            if own.endswith(" " + form.lower()):
                prefix = own[:-len(form)].split()
                if label.lower().split()[:len(prefix)] == prefix and len(
                        label.split()) > len(prefix):
                    return len(prefix)
    return None


def elided(cores: list[list[str]], head: int, tail: int) -> list[str]:
    """The parts with the words they share said once: the shared head before the first
    only, the shared tail after the last only."""
    said = []
    for i, core in enumerate(cores):
        start = head if i > 0 else 0
        end = len(core) - tail if i < len(cores) - 1 else len(core)
        said.append(" ".join(core[start:end]))
    return said


def _shared(cores: list[list[str]]) -> int:
    """How many leading words every part shares, leaving each at least one of its own."""
    n = 0
    while (len(cores) > 1 and all(len(c) > n + 1 for c in cores)
           and len({c[n].lower() for c in cores}) == 1):
        n += 1
    return n


def format_or(w: Wording, items: list[str]) -> str:
    """The locale's "A or B" ("A, B, or C")."""
    from babel.lists import format_list
    from plainsum.language import babel_locale

    return format_list(items, style="or", locale=babel_locale(w.pack.locale)) if items else ""


def studied_claim(w: Wording, fact: Fact) -> Sentence | None:
    """A claim about the whole cohort said of the people studied ("After 10 years, some
    people with MS in the study got better"), not of everyone with the condition; None
    for other facts or a pack without ``results.studied``."""
    cohort = cohort_fact(w)
    if (fact.kind != "claim" or cohort is None or fact.group != cohort.group
            or not w.has("results.studied")):
        return None
    group = w.cohort_slots(fact.group)["group"]
    # keyed on the label's words: French says "qui ont participé" after a label that
    # holds "ayant" already (not "personnes ayant un caillot … ayant participé")
    label = w.say("results.studied", [f"has:{word.lower()}" for word in group.split()],
                  group=group)
    keys = noun_keys(label)
    none = (w.lex.outcome_none(fact.outcome, w.level)
            if fact.quantifier == "none" and fact.outcome else None)
    slots = {"group": label,
             "the_group": w.say("grammar.the_group", keys, noun=label),
             "of_the_group": w.say("grammar.of_the_group", keys, noun=label),
             "in_the_group": w.say("grammar.in_the_group", keys, noun=label)}
    text = w.sentence("fact.claim", [fact.quantifier or "", "none-form" if none else "",
                                     *keys, timed(fact)],
                      time=w.time_or_study(fact.time, fact),
                      outcome=w.verbal_outcome(fact.outcome), outcome_none=none or "", **slots)
    return Sentence(text, (fact.id,), role="claim")


def time_order(w: Wording, fact: Fact) -> int:
    times = list(w.sheet.times)
    return times.index(fact.time) if fact.time in times else -1


def finite_last(w: Wording, outcome: str, key: str = "results.series_verb") -> dict[str, str]:
    """An outcome label in subordinate order that ends in a finite verb the pack's
    ``results.finite`` lists ("niet achteruitgegaan waren"), as its ``verb`` and the
    ``rest``, so the series can put the verb second, as a main clause does ("Van de 122
    mensen … waren na 10 jaar 71 van de 100 niet achteruitgegaan"), not "waren er … die
    niet achteruitgegaan waren"; else nothing. ``key``: the phrase that would say it."""
    if not w.has("results.finite") or not w.has(key):
        return {}
    rest, _, verb = outcome.rpartition(" ")
    return {"verb": verb, "rest": rest} if rest and verb in w.raw("results.finite") else {}


def series_sentence(w: Wording, facts: list[Fact], anchor: bool = True,
                    named: bool = False) -> Sentence:
    """"Of <who>, <share> <outcome> <time after event>, and <share> <time>." ``anchor``:
    the first time with its event; later series leave it to the reader. ``named``: the
    sentence before named the group (the cohort), so "of them" where the pack says so.
    Worded once per audience in a run, for every generator that words it alike (the
    summary's lead, its results, the posts and the SMS say the same series); a copy."""
    return w.worded_once("series", (tuple(facts), anchor, named),
                         lambda: _series_sentence(w, facts, anchor, named), SERIES_WORDING)


def _series_sentence(w: Wording, facts: list[Fact], anchor: bool,
                     named: bool) -> Sentence:
    facts = sorted(dict.fromkeys(facts), key=lambda f: time_order(w, f))
    first, rest = facts[0], facts[1:]
    label = w.group(first.group)
    mode, value = w.share(first)
    # said without its group ("el 86 %"), a share is singular where the pack says so; so
    # is a frequency of one
    outcome = w.agreeing(w.verbal_outcome(first.outcome),
                         w.number_of(first, mode) or ("share" if mode != "frequency" else ""))
    parts = finite_last(w, outcome)
    # a figure with no time about the cohort: "of the 1,147 women … in the study" says
    # where it was found, so no "in der Studie" for the time a language puts first
    cohort = cohort_fact(w)
    studied = (first.time is None and not named and cohort is not None
               and cohort.group == first.group)
    head = w.clause("results.series_verb" if parts else "results.series",
                    [w.hedged(first), mode, *noun_keys(label), timed(first)],
                    who=of_who(w, first.group, named), value=value, outcome=outcome,
                    time="" if studied else anchored_time(w, first.time) if anchor
                    else w.time(first.time),
                    **parts, **w.frequency_slots(first))
    more = []
    for fact in rest:
        mode, value = w.share(fact)
        more.append(w.clause("results.more", [w.hedged(fact), mode, timed(fact)],
                             value=value, time=w.time(fact.time),
                             **w.frequency_slots(fact)))
    # two figures: the pack's "A, and B"; more: the locale's list ("A, B, and C"), whose
    # commas keep each figure with its own time
    text = (w.say("results.and", head=head, rest=more[0]) if len(more) == 1
            else w.join([head, *more]) if more else head)
    return Sentence(w.close_relatives(capitalise(end_sentence(text))),
                    tuple(f.id for f in facts), role="result")


def mean_series(w: Wording, facts: list[Fact]) -> Sentence:
    """One group's means of one measure at several times in one sentence, the first as
    the pack says a mean, the others after it in the pack's ``results.more_mean``
    ("After 6 months, the average score of people with MS was 3.1, 2.8 after 5 years,
    and 2.5 after 10 years"); a pack whose ``results.more_mean`` is empty says one
    sentence per mean (a decimal comma before a list's comma reads badly)."""
    facts = sorted(dict.fromkeys(facts), key=lambda f: time_order(w, f))
    head = end_sentence(w.mean(facts[0]).text).rstrip(".")
    more = [w.clause("results.more_mean", [timed(f)], time=w.time(f.time),
                     value=w.hedge(f, w.quantity(f.value, f.unit), "number"))
            for f in facts[1:]]
    text = (w.say("results.and", head=head, rest=more[0]) if len(more) == 1
            else w.join([head, *more]))
    return Sentence(capitalise(end_sentence(text)), tuple(f.id for f in facts),
                    role="result")


def of_who(w: Wording, group_id: str, named: bool = False) -> str:
    """The group a series is about, with its size when the sheet counts it: the cohort
    as the people in the study ("of the 210 people with MS in the study"). The size is
    said only where the pack puts a count right before the label ("122 people with ...",
    not "572 in the chlorhexidine group"); selector ``bare`` when the pack's group takes
    no article ("people with MS", not "the control group")."""
    cohort = cohort_fact(w)
    is_cohort = cohort is not None and cohort.group == group_id
    count = cohort if is_cohort else next(
        (f for f in w.sheet.facts_of("count", background=False) if f.group == group_id),
        None)
    slots = w.cohort_slots(group_id) if is_cohort else w.group_slots(group_id)
    label = slots["group"]
    keys = noun_keys(label)
    n = w.hedge(count, w.count(count.value), "number") if count is not None else ""
    if n and w.say("fact.count_item", keys, n=n, **slots) != f"{n} {label}":
        n = ""  # "572 in the chlorhexidine group": no size before the label
    counted = f"{n} {label}" if n else label
    select = ["cohort" if is_cohort else "", "named" if named else "",
              "counted" if n else "",
              "bare" if slots["the_group"] == label else "", *keys]
    return w.clause("results.of_who", select, n=n, **slots,
                    the_counted=w.say("grammar.the_group", keys, noun=counted),
                    of_counted=w.say("grammar.of_the_group", keys, noun=counted))


def anchored_time(w: Wording, time_id: str | None) -> str:
    """A time point with the event it counts from ("5 years after the stem cell
    transplant"), where the sheet says what that event is; else the plain time."""
    if time_id is None:
        return w.time_or_study(None)
    point = w.sheet.times[time_id]
    event = point.after
    if not event or event not in w.sheet.terms or not w.has("results.after"):
        return w.time(time_id)
    noun = event_name(w, event)
    gender = w.gender(event, noun)
    # its plain name or head noun takes the article the technical name or an
    # abbreviation does without ("10 years after aHSCT", "… after the transplant")
    forms = w.lex.term(event)
    head = ["head"] if noun != forms.technical and not is_abbreviation(noun) else []
    return w.clause("results.after",  # the initial before the gender: "all'inizio"
                    [*head, point.relation, w.pack.plural_category(point.value),
                     *_initials(noun), gender],
                    duration=w.duration(time_id),
                    bare=w.lex.remember(("bare-duration", time_id),
                                        lambda: bare_duration(w, point)),
                    event=w.after_article(noun), the_event=w.say("grammar.definite",
                                                [gender, *_initials(noun)], noun=noun))


def event_name(w: Wording, term_id: str) -> str:
    """The event a time counts from in the audience's register, by the pack's
    ``results.event_form`` (by audience): ``plain`` ("the stem cell transplant"),
    ``technical`` ("trapianto autologo di cellule staminali ematopoietiche") or ``short``,
    the abbreviation that stands for the technical name ("aHSCT", spelled out at its
    first use), else the technical name."""
    from .spell import stands_for

    forms = w.lex.term(term_id)
    form = str(w.say("results.event_form")) if w.has("results.event_form") else "plain"
    if w.level == "plain":  # a technical audience's result in the lay words (a post with
        form = "plain"  # no room otherwise) names the event in them too
    if form == "short":
        short = [f for f in forms.accepted
                 if is_abbreviation(f) and stands_for(f, forms.technical)]
        if short:
            return short[0]
        return event_head(w, forms.technical) if w.short_event else forms.technical
    name = forms.technical if form == "technical" else (forms.plain or forms.technical)
    return event_head(w, name) if w.short_event else name


def event_head(w: Wording, noun: str) -> str:
    """The head noun of an event's name, by the pack's ``results.event_head``: ``first``
    where a noun phrase opens with it ("trasplante de células madre", "greffe autologue de
    …"), ``last`` where its modifiers come first and a preposition opens its complement
    ("stem cell transplant", "removal of the appendix" -> "removal"); the whole name
    where the pack gives none (a compound is one word: "Stammzelltransplantation"). What a
    post says once its headline has named the event in full ("10 years after the
    transplant")."""
    how = str(w.say("results.event_head")) if w.has("results.event_head") else ""
    words = noun.split()
    if len(words) < 2 or is_abbreviation(noun) or how not in ("first", "last"):
        return noun
    if how == "first":
        return words[0]
    stops = set(str(w.say("results.event_head_stops")).split()) \
        if w.has("results.event_head_stops") else set()
    kept = []
    for word in words:
        if word.lower() in stops:
            break
        kept.append(word)
    return kept[-1] if kept else noun


def _initials(text: str) -> list[str]:
    lowered = text.lower()
    return [f"initial:{lowered[:2]}", f"initial:{lowered[:1]}"]


def bare_duration(w: Wording, point: object) -> str:
    """The duration in the case a language uses before "after" ("5 Jahre nach"), where
    the pack words durations in another by default."""
    try:
        return w.pack.format_duration(point.value, point.unit, case="nominative")
    except TypeError:
        return w.pack.format_duration(point.value, point.unit)


def measure_sentence(w: Wording, facts: list[Fact]) -> Sentence | None:
    """What the results measure, said once for readers who get definitions, when an
    outcome's words do not name it ("did not get worse": worse in what?): the measure's
    term and its plain definition ("The study looked at disability: trouble with ...")."""
    if not w.audience.explain_terms or not w.has("results.measured"):
        return None
    for fact in facts:
        outcome = w.sheet.outcomes.get(fact.outcome) if fact.outcome else None
        term = outcome.measure if outcome is not None else None
        if not term or term not in w.sheet.terms or not is_result(fact):
            continue
        forms = w.lex.term(term)
        said = w.outcome(fact.outcome).lower()
        if any(has_word(said, f.lower()) for f in forms.accepted if f):
            return None  # "got a wound infection" names what was measured
        definition = w.lex.definition(term).strip().rstrip(".")
        if not definition:
            return None
        from .compose import lower_first

        noun = w.term(term)
        gender = w.gender(term, noun)
        text = w.sentence("results.measured", [gender], measure=noun,
                          the_measure=w.say("grammar.definite", [gender, *_initials(noun)],
                                            noun=noun),
                          definition=lower_first(w, definition))
        return Sentence(text, role="study")
    return None
