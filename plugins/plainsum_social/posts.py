"""Social posts: candidate sentences by priority, fitted to a platform by dropping the
least important ones (never by cutting words), every hashtag of the sheet kept."""

from __future__ import annotations

from dataclasses import dataclass

from plainsum.errors import PlainsumError
from plainsum.factsheet.model import Fact
from plainsum.platforms import Platform
from plainsum.render import Section, Sentence, Wording, end_sentence

# How many candidate sentences each platform is offered before fitting (the rest would
# not be read there anyway); LinkedIn gets paragraphs.
BUDGET = {"x": 1, "bluesky": 2, "mastodon": 5, "threads": 5, "linkedin": 99}
PARAGRAPHS = {"linkedin"}


@dataclass
class Post:
    text: str
    facts: list[str]


def fit(sections: list[Section], hashtags: list[str], platform: Platform,
        paragraphs: bool, w: Wording | None = None) -> Post:
    """The longest post that fits: required sentences (priority 0) always, then others in
    priority order while the platform's count allows; the original order is kept. With
    the wording ``w``, a kept figure that follows one of the same group and outcome is
    then said with its time and figure only (shorter, so the post still fits)."""
    tags = " ".join(hashtags)
    order = sorted(((s.priority, i, j) for i, sec in enumerate(sections)
                    for j, s in enumerate(sec.sentences)))
    kept: set[tuple[int, int]] = {(i, j) for p, i, j in order if p == 0}
    text = _join(sections, kept, tags, paragraphs)
    if not platform.fits(text):
        raise PlainsumError(f"even the shortest {platform.name} post is too long "
                            f"({platform.count(text)} > {platform.limit}): {text!r}")
    for priority, i, j in order:
        if priority == 0:
            continue
        trial = _join(sections, kept | {(i, j)}, tags, paragraphs)
        if platform.fits(trial):
            kept.add((i, j))
            text = trial
    facts = [f for i, sec in enumerate(sections) for j, s in enumerate(sec.sentences)
             if (i, j) in kept for f in s.facts]
    if w is not None:
        text = _join(_shortened(w, sections, kept), kept, tags, paragraphs)
    return Post(text, list(dict.fromkeys(facts)))


def _shortened(w: Wording, sections: list[Section],
               kept: set[tuple[int, int]]) -> list[Section]:
    """The sections with each kept figure that follows a kept figure of the same group
    and outcome, in the same paragraph, said with its time and figure only."""
    from plainsum_summary.compose import continues

    if not w.has("fact.proportion_again"):
        return sections
    facts = w.sheet.facts
    out = []
    for i, sec in enumerate(sections):
        sentences, previous = list(sec.sentences), None
        for j, sentence in enumerate(sentences):
            if (i, j) not in kept:
                continue
            fact = facts.get(sentence.facts[0]) if len(sentence.facts) == 1 else None
            if previous is not None and fact is not None and continues(previous, fact):
                sentences[j] = _with(w.proportion_again(fact), sentence.priority)
            previous = fact
        out.append(Section(sentences, sec.heading))
    return out


def _join(sections: list[Section], kept: set[tuple[int, int]], tags: str,
          paragraphs: bool) -> str:
    blocks = []
    for i, sec in enumerate(sections):
        body = " ".join(s.text for j, s in enumerate(sec.sentences) if (i, j) in kept)
        if body:
            blocks.append(body)
    body = "\n\n".join(blocks) if paragraphs else " ".join(blocks)
    return f"{body}\n\n{tags}" if tags else body


def candidates(w: Wording, platform_id: str) -> list[Section]:
    """What a post may say, in reading order, each sentence with its priority."""
    from plainsum_summary.compose import (
        association_sentence,
        cohort_fact,
        fact_sentences,
        main_fact,
        result_facts,
    )

    sheet = w.sheet
    main = main_fact(w)
    budget = BUDGET.get(platform_id, 3)
    # the title says what the result is about ("after 10 years" of what?): a headline
    # of its own on paragraph platforms, the first sentence elsewhere
    title = w.lex.title()
    head = [Sentence(title, priority=1) if platform_id in PARAGRAPHS
            else Sentence(end_sentence(title), priority=2)]
    lead: list[Sentence] = []
    if main is not None:
        lead = lead_sentences(w, main, platform_id)
    source = source_sentence(w)
    study: list[Sentence] = []
    cohort = cohort_fact(w)
    if cohort is not None and budget > 1:
        study.append(_with(w.cohort(cohort), 3))
    results = []
    if budget > 2:
        extra = [f for f in result_facts(w, {main.id} if main else set()) if f.key]
        for rank, fact in enumerate(extra[: budget - 2]):
            results.extend(_with(s, 4 + rank) for s in together(fact_sentences(w, fact)))
    limits = []
    # one limitation, not one the design sentence already says ("retrospective")
    other = [lim for lim in sheet.limitations.values() if not set(lim.terms) & set(sheet.design)]
    if budget > 3 and other:
        text = w.lex.limitation(other[0].id, w.level).strip()
        limits.append(Sentence(text, priority=20, role="limit"))
    # a study that is not randomised and compares groups: a link, not a cause, said before
    # any other limitation where the platform has room
    note = association_sentence(w) if budget > 3 else None
    if note is not None:
        limits.insert(0, _with(note, 19))
    closing = [source] if source is not None else []
    return [Section(head), Section(lead), Section(study + results), Section(limits),
            Section(closing)]


def lead_sentences(w: Wording, main: Fact, platform_id: str) -> list[Sentence]:
    """The main result, which every post keeps (priority 0) where it fits the platform
    with the hashtags; else without its bracketed statistics; else as a sentence the post
    may drop (the title still says what the study is about), never a failed run."""
    from dataclasses import replace

    from plainsum.platforms import PLATFORMS
    from plainsum_summary.compose import fact_sentences

    platform = PLATFORMS.get(platform_id)
    tags = " ".join(w.sheet.hashtags)
    options = [w, replace(w, terse=True)] if w.level == "technical" else [w]
    for wording in options:
        lead = fact_sentences(wording, main)
        text = " ".join(s.text for s in lead)
        if platform is None or platform.fits(f"{text}\n\n{tags}" if tags else text):
            return [_with(s, 0) for s in lead]
    return [_with(s, 3) for s in fact_sentences(options[-1], main)]


def together(sentences: list[Sentence]) -> list[Sentence]:
    """A fact said in several sentences ("The study compared … There was no real
    difference …") as one unit, so a post keeps all of them or none: half of it would
    state no finding (or a figure without its comparison)."""
    if len(sentences) < 2:
        return sentences
    facts = tuple(dict.fromkeys(f for s in sentences for f in s.facts))
    return [Sentence(" ".join(s.text for s in sentences), facts,
                     min(s.priority for s in sentences), sentences[0].role)]


def source_sentence(w: Wording) -> Sentence | None:
    """Where it was published; press readers need it first after the result."""
    from plainsum_summary.compose import _date

    journal, date = w.sheet.journal, w.sheet.publication.get("date")
    if journal is None or date is None:
        return None
    text = w.sentence("social.source", journal=w.organisation(journal.id),
                      date=w.pack.format_date(_date(date)))
    return Sentence(text, priority=1 if w.level == "technical" else 10, role="source")


def _with(sentence: Sentence, priority: int) -> Sentence:
    sentence.priority = priority
    return sentence
