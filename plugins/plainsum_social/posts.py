"""Social posts: candidate sentences by priority, fitted to a platform by dropping the
least important ones (never by cutting words), every hashtag of the sheet kept.

Every post keeps its subject (the headline, which names the intervention and the
condition), the main result and the key caveat (the sheet's key limitation with what it
means). To fit, the secondary figures and the publication line go first; then the kept
parts are said shorter (the caveat in one sentence, the short headline, the main result
without its bracketed statistics); then the extras (handle, local hashtags, link) go."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import regex
from plainsum.errors import PlainsumError
from plainsum.factsheet.model import Fact
from plainsum.platforms import _AT_MOST_CHARACTERS, Platform, _graphemes
from plainsum.render import Section, Sentence, Wording, copied, end_sentence, title_keys

# How many candidate sentences each platform is offered before fitting (the rest would
# not be read there anyway); LinkedIn gets paragraphs.
BUDGET = {"x": 1, "bluesky": 2, "mastodon": 5, "threads": 5, "linkedin": 99}
# the shortest platform limit at which a post spells out its abbreviations: every
# platform's (an X or Bluesky post says the figure and the caveat shorter, or gives up its
# extras, to say what "MS", "EM" or "SEP" stands for; see build)
SPELLED_FROM = 0
PARAGRAPHS = {"linkedin"}
# a character outside the ranges whose every code point is a grapheme of its own (no
# combining mark, joiner, emoji part or CR among them): a text without one has as many
# graphemes as code points
_NOT_ONE_GRAPHEME = regex.compile(
    r"[^\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]")


@dataclass
class Post:
    text: str
    facts: list[str]
    limitations: list[str] = field(default_factory=list)
    said: str = ""  # the text before its abbreviations were spelled out
    unspelled: bool = False  # it uses an abbreviation it had no room to spell out


@dataclass(frozen=True)
class Plan:
    """How short a post's kept parts are said: one step of ``PLANS``."""

    short_caveat: bool = False
    short_title: bool = False
    terse: bool = False
    handle: bool = True
    lead: bool = True  # the main result (the headline still says what was found)
    link: bool = True
    short_groups: bool = False  # the groups by the sheet's short labels (groups[].short)
    anchored: bool = False  # the main result as the summary's lead (the people studied,
    # the event its time counts from), tried first where the sheet gives them
    plain_lead: bool = False  # a technical audience's main result in the lay words (the
    # sheet's plain labels, shorter): what makes room to spell out "EM" or "SEP"
    short_units: bool = False  # hours and minutes by the locale's short unit ("4,8 h")
    inline_tags: bool = False  # a hashtag whose words the headline says tags them there
    # ("#Kaiserschnitt: weniger Infektionen …") rather than closing the post again
    short_event: bool = False  # the anchored result names its event by its head noun
    # ("10 years after the transplant"), where the headline names it in full
    headline: bool = True  # the headline said; an anchored result that names the
    # intervention and the condition itself is the post's subject without it


# a key limitation with no short form longer than this (words) is too long for a short
# post: the pack's caveat for the design stands in (:func:`generic_caveat`)
LONG_CAVEAT = 30

_SHORT = replace(Plan(True, True, True), short_groups=True)
_BARE = replace(_SHORT, lead=False)
_EVENT = replace(_SHORT, anchored=True, short_event=True)
# without the headline, the groups by their full labels first: a short label may leave
# out the condition ("personnes ayant une forme rémittente") the result then has to name
_HEADLESS = replace(_SHORT, anchored=True, headline=False, short_groups=False)
_ANCHOR_SHORTER = (
    _EVENT, replace(_EVENT, handle=False, link=False),
    replace(_EVENT, plain_lead=True), replace(_EVENT, handle=False, link=False, plain_lead=True),
    *(replace(_HEADLESS, short_groups=short, handle=extras, link=extras, plain_lead=plain)
      for short in (False, True) for plain in (False, True) for extras in (True, False)))
# each step says the kept parts shorter or gives up something, in this order: the main
# figure (said with the groups' short labels where the sheet gives them) before the
# extras (the handle, then the link: a reader finds the study without the link, but not
# its result), the extras where the figure does not fit even without them. The headline
# (the subject and the claim), the caveat and every hashtag, the local ones included, are
# never given up: a Spanish post tagged only #VitaminD #ColorectalCancer reads as an
# English one, and the local tag is how readers of the language find it.
# the headline is said short (it keeps the subject) before the caveat is: a post that
# loses half its caveat to a long headline no longer tells what the result cannot show
PLANS = (Plan(anchored=True), Plan(short_title=True, anchored=True),
         Plan(short_caveat=True, anchored=True),
         # the people studied and the event the time counts from before the extras:
         # "After 10 years, 71 out of 100 people with MS …" reads as everyone with MS,
         # ten years after nothing (a reader finds the handle and the link elsewhere)
         Plan(short_caveat=True, short_title=True, anchored=True),
         replace(_SHORT, anchored=True), replace(_SHORT, anchored=True, handle=False),
         replace(_SHORT, anchored=True, handle=False, link=False),
         # the anchored result said shorter before it is given up for "After 10 years, …":
         # the event by its head noun where the headline names it ("… 10 years after the
         # transplant"), then the result as the post's subject without the headline (it
         # names the intervention and the condition: "Of the 122 people with
         # relapsing-remitting MS, … after the stem cell transplant"), in the lay words for
         # a technical audience, and without the extras
         *_ANCHOR_SHORTER,
         Plan(), Plan(short_title=True),
         Plan(short_caveat=True),
         Plan(short_caveat=True, short_title=True),
         replace(_SHORT, short_groups=False), _SHORT,
         replace(_SHORT, handle=False),
         replace(_SHORT, handle=False, link=False),
         replace(_SHORT, plain_lead=True),
         replace(_SHORT, handle=False, link=False, plain_lead=True),
         # no room for the main result beside every hashtag: the headline's own words
         # tagged, as posts in every language do, before the result is given up
         replace(_SHORT, handle=False, link=False, inline_tags=True),
         replace(_SHORT, handle=False, link=False, plain_lead=True, inline_tags=True),
         replace(_SHORT, handle=False, link=False, inline_tags=True, short_units=True),
         replace(_SHORT, handle=False, link=False, plain_lead=True, inline_tags=True,
                 short_units=True),
         _BARE, replace(_BARE, handle=False), replace(_BARE, handle=False, link=False))


def build(w: Wording, platform: Platform) -> Post:
    """The post for ``platform``: the first plan whose kept parts fit, with as many of the
    other sentences as then fit."""
    paragraphs = platform.id in PARAGRAPHS
    lang = w.lex.lang
    last: Any = None
    # what the candidates of every plan share, worded once per audience in a run: the
    # five platforms' posts say the same lead, caveats and publication line
    memo: dict[str, Any] = w.lex.remember(("post-candidates", w.audience.id, w.level,
                                           w.prefix, w.terse, w.short_groups), dict)
    tried: set[Plan] = set()
    anchorable: bool | None = None
    fallback: Post | None = None  # the first post that fits, abbreviations unspelled
    for plan in PLANS:
        if plan.anchored:  # tried only where the summary's lead says more than the fact
            if anchorable is None:  # the same for the audience's five platforms
                anchorable = w.lex.remember(("post-anchorable", w.audience.id, w.level,
                                             w.prefix), lambda: _anchorable(w))
            if not anchorable:
                continue
        # no short label: the same labels, but still the shortest wording (a "within"
        # time without its event, which the headline names: Wording.time_or_study)
        if plan in tried or (plan.plain_lead and w.level != "technical"):
            continue  # the lay words: a technical audience's shorter result
        tried.add(plan)
        tags = w.sheet.hashtags_in(lang)
        handle = w.sheet.handle(platform.id) if plan.handle else None
        link = w.sheet.link if plan.link else None
        sections = candidates(w, platform.id, plan, memo)
        post = fit(sections, tags, platform, paragraphs, w, link=link, handle=handle,
                   strict=False, spelled_only=fallback is not None, inline=plan.inline_tags)
        if post is not None:
            post.limitations = [f for f in dict.fromkeys(
                s.role.removeprefix("limit:") for sec in sections for s in sec.sentences
                if s.role.startswith("limit:") and s.text in (post.said or post.text))]
            # an abbreviation the reader is never told ("EM", "SEP"): a shorter plan that
            # has room to spell it out first, while the main result is still said
            if fallback is not None and not plan.lead:
                return _unabbreviated(w, platform, paragraphs, memo, fallback, anchorable)
            if not post.unspelled:
                return post
            if fallback is None:
                fallback = post
                # the same wording without the extras (handle, link): the reader learns
                # what "MS" stands for rather than the publisher's handle; the local
                # hashtags stay, as required as the sheet's own
                bare = replace(plan, handle=False, link=False)
                tried.add(bare)
                for inline in (False, True):  # "people with #MultipleSclerosis (MS)"
                    spelt = fit(sections, w.sheet.hashtags_in(lang), platform, paragraphs,
                                w, strict=False, spelled_only=True, inline=inline)
                    if spelt is not None and not spelt.unspelled:
                        spelt.limitations = post.limitations
                        return spelt
                if not _spellable(w, platform, paragraphs, memo):
                    # not even the shortest post that says the result
                    return _unabbreviated(w, platform, paragraphs, memo, post, anchorable)
            continue
        last = sections, tags, link, handle
    if fallback is not None:
        return _unabbreviated(w, platform, paragraphs, memo, fallback, anchorable)
    # not even the headline and the caveat fit: the shortest post all the same, which the
    # checker reports as too long (one post failing, not the whole run)
    sections, tags, link, handle = last
    kept = {(i, j) for i, sec in enumerate(sections) for j, s in enumerate(sec.sentences)
            if s.priority == 0}
    facts = [f for i, sec in enumerate(sections) for j, s in enumerate(sec.sentences)
             if (i, j) in kept for f in s.facts]
    limits = [s.role.removeprefix("limit:") for i, sec in enumerate(sections)
              for j, s in enumerate(sec.sentences)
              if (i, j) in kept and s.role.startswith("limit:")]
    return Post(_join(sections, kept, _tail(tags, link, handle), paragraphs),
                list(dict.fromkeys(facts)), list(dict.fromkeys(limits)))


def _unabbreviated(w: Wording, platform: Platform, paragraphs: bool,
                   memo: dict[str, Any], fallback: Post, anchorable: bool | None) -> Post:
    """A post with no room to spell out an abbreviation ("SEP", "EM"): the first plan,
    in order, whose post fits with the full name said in the abbreviation's place
    ("Greffe de cellules souches et sclérose en plaques : …"), so the reader meets no
    abbreviation at all; else ``fallback``, as it was (the result and the caveat are
    never given up for it). Only where a pack can say the name in place
    (``spell.unabbreviated``)."""
    from plainsum_summary.spell import unabbreviated

    if unabbreviated(w, fallback.text) is None:
        return fallback
    for plan in PLANS:
        if ((plan.anchored and not anchorable) or not plan.lead
                or (plan.plain_lead and w.level != "technical")):
            continue
        tags = w.sheet.hashtags_in(w.lex.lang)
        handle = w.sheet.handle(platform.id) if plan.handle else None
        link = w.sheet.link if plan.link else None
        sections = candidates(w, platform.id, plan, memo)
        post = fit(sections, tags, platform, paragraphs, w, link=link, handle=handle,
                   strict=False, inline=plan.inline_tags)
        if post is None:
            continue
        said = unabbreviated(w, post.said or post.text)
        if said is not None and not _fits(platform, said):
            said = inline_text(said, tags)  # "… et #SclérosePlaques" where it says them
        if said is not None and _fits(platform, said):
            limits = [f for f in dict.fromkeys(
                s.role.removeprefix("limit:") for sec in sections for s in sec.sentences
                if s.role.startswith("limit:") and s.text in (post.said or post.text))]
            return Post(said, post.facts, limits, said=said)
    return fallback


# the shortest post that still says the main result: where it has no room to spell out
# an abbreviation, no plan has
_SPELL_LAST = replace(_SHORT, handle=False, link=False)


def _spellable(w: Wording, platform: Platform, paragraphs: bool,
               memo: dict[str, Any]) -> bool:
    """Whether the shortest plan that says the main result leaves room to spell out the
    post's abbreviations (else the longer plans are not tried for it)."""
    tags = w.sheet.hashtags_in(w.lex.lang)
    plans = (_SPELL_LAST, replace(_SPELL_LAST, plain_lead=True)) \
        if w.level == "technical" else (_SPELL_LAST,)
    return any(fit(candidates(w, platform.id, plan, memo), tags, platform, paragraphs, w,
                   strict=False, spelled_only=True, inline=inline) is not None
               for plan in plans for inline in (False, True))


def _anchorable(w: Wording) -> bool:
    """Whether the summary's lead says the main result otherwise than the fact's own
    sentence (the people studied, the event its time counts from)."""
    from plainsum_summary.compose import fact_sentences
    from plainsum_summary.compose import lead_sentences as summary_lead

    main = main_fact(w)
    if main is None or (w.pack.has_phrase(f"{w.prefix}.fact.proportion")
                        and not w.pack.has_phrase(f"{w.prefix}.results.series")):
        return False  # a generator that words shares its own way keeps them (_merged)
    return ([s.text for s in summary_lead(w, main, None)]
            != [s.text for s in fact_sentences(w, main)])


def spelled(w: Wording, sections: list[Section], kept: set[tuple[int, int]],
            memo: dict[Any, Any], headline: bool = False) -> dict[tuple[int, int], str]:
    """The new texts of the kept sentences, by place, that spell out an abbreviation:
    the first kept sentence that uses it, as a summary does ("EM remitente-recurrente
    (EM: esclerosis múltiple)"); where a kept sentence says the full name first and a
    later one the abbreviation, the full name gets the abbreviation after it
    ("sclerosi multipla (SM)"), so the reader knows what it stands for. ``headline``:
    the headline is running text too (a post has no title set apart: even LinkedIn's
    first line is read as the post's first sentence): an abbreviation it uses is spelled
    out there, not after the reader has met it. ``memo`` keeps what each sentence's text
    holds (a post tries many sets of the same sentences)."""
    from plainsum_summary.spell import spellings

    pairs = memo.get("pairs")
    if pairs is None:
        pairs = memo["pairs"] = (spellings(w) if w.has("grammar.spelled_out") else [])
    if not pairs:
        return {}
    # the kept sentences in reading order, each text's findings worked out once per run
    marks: dict[tuple[int, int], list[int]] = {}
    fulls: dict[int, tuple[int, int]] = {}  # said in full first: where, until a short form
    decided: set[int] = set()
    for place in sorted(kept):
        if not place[0] and not headline:
            continue  # the headline, a title of its own
        text = sections[place[0]].sentences[place[1]].text
        held = memo.get(text)
        if held is None:
            held = memo[text] = tuple(_holds(text, pattern, full)
                                      for _, pattern, full, _ in pairs)
        for k, kind in enumerate(held):
            if k in fulls and kind:  # the full name, then the abbreviation: introduce it
                if pairs[k][1].search(text) is not None:
                    marks.setdefault(fulls.pop(k), []).append(-1 - k)
                continue
            if kind and k not in decided:
                decided.add(k)
                if kind == "short":
                    marks.setdefault(place, []).append(k)
                elif pairs[k][1].search(text) is None:
                    fulls[k] = place
        if len(decided) == len(pairs) and not fulls:
            break
    out = {}
    for (i, j), ks in marks.items():
        text = sections[i].sentences[j].text
        key = ("spelled", text, tuple(ks))
        if key not in memo:
            said = text
            for k in ks:
                long, pattern, full, compounds = pairs[k if k >= 0 else -1 - k]
                if k < 0:
                    said = _introduced(w, said, full, pattern, sections, kept)
                    continue
                found = pattern.search(said)
                if found is not None:
                    said = _spell(w, said, found, long, compounds)
            memo[key] = said
        out[i, j] = memo[key]
    return out


def _introduced(w: Wording, text: str, full: Any, pattern: Any,
                sections: list[Section], kept: set[tuple[int, int]]) -> str:
    """``text`` with its full name followed by the abbreviation a later kept sentence
    uses ("sclerosi multipla (SM)")."""
    said = full.search(text)
    if said is None:
        return text
    short = next((m.group() for i, j in sorted(kept)
                  for m in [pattern.search(sections[i].sentences[j].text)] if m), None)
    if short is None:
        return text
    both = w.say("grammar.spelled_out", long=said.group(), short=short, whole=short)
    return text[:said.start()] + both + text[said.end():]


def _holds(text: str, pattern: Any, full: Any) -> str:
    """``short`` where ``text`` uses an abbreviation before (or without) its full name,
    ``full`` where it says the full name first, "" where it says neither."""
    m, said = pattern.search(text), full.search(text)
    if said is not None and (m is None or said.start() < m.start()):
        return "full"
    return "short" if m is not None else ""


def _spell(w: Wording, text: str, found: Any, long: str, compounds: list[str]) -> str:
    from plainsum_summary.spell import spelled as spell_one

    return spell_one(w, text, found, long, compounds)


def has_short_labels(sheet: Any) -> bool:
    """Whether the sheet gives any group or measure a short label (groups[].short)."""
    return any(item.short is not None
               for item in (*sheet.groups.values(), *sheet.measures.values()))


def fit(sections: list[Section], hashtags: list[str], platform: Platform,
        paragraphs: bool, w: Wording | None = None, link: str | None = None,
        handle: str | None = None, strict: bool = True,
        spelled_only: bool = False, inline: bool = False) -> Post | None:
    """The longest post that fits: required sentences (priority 0) always, then others in
    priority order while the platform's count allows; the original order is kept. With
    the wording ``w``, a kept figure that follows one of the same group and outcome is
    then said with its time and figure only (shorter, so the post still fits). The
    hashtags close the post, after the ``link`` and with the publisher's ``handle``.
    When the required sentences do not fit: an error, or None unless ``strict``; None
    too, with ``spelled_only``, when they leave no room to spell out an abbreviation.
    ``inline``: a hashtag whose words the post says is put at their first use instead of
    closing the post ("#Kaiserschnitt: …", "people with #MultipleSclerosis (MS)")."""
    tags = _tail(hashtags, link, handle)
    if inline:
        def _join(*args: Any) -> str:
            return inline_text(_join_tail(*args), hashtags)
    else:
        _join = _join_tail
    order = sorted(((s.priority, i, j) for i, sec in enumerate(sections)
                    for j, s in enumerate(sec.sentences)))
    kept: set[tuple[int, int]] = {(i, j) for p, i, j in order if p == 0}

    text = _join(sections, kept, tags, paragraphs)
    if not _fits(platform, text):
        if not strict:
            return None
        raise PlainsumError(f"even the shortest {platform.name} post is too long "
                            f"({platform.count(text)} > {platform.limit}): {text!r}")
    # an abbreviation spelled out where the post first uses it, where the required
    # sentences leave room for it: the room it takes is kept free while the optional
    # sentences are added (the sentence that spells it out is the same unless an
    # optional one before it uses the abbreviation: the end checks the spelled post
    # fits). What each text holds depends on the language only: kept for the run.
    memo: dict[Any, Any] = w.lex.remember(("post-spelling",), dict) if w is not None else {}
    extra = 0
    spelling = False  # the kept sentences use an abbreviation to spell out
    if w is not None and platform.limit >= SPELLED_FROM:
        places = spelled(w, sections, kept, memo, True)
        spelling = bool(places)
        probe = _join(sections, kept, tags, paragraphs, places) if places else text
        extra = _count(platform, probe) - _count(platform, text) \
            if spelling and _fits(platform, probe) else 0
        if spelled_only and spelling and not extra:
            return None  # a post that fits already, without spelling: no better here

    def room(trial: str) -> bool:
        return _fits(platform, trial, extra)

    def join(secs: list[Section], keep: set[tuple[int, int]]) -> str:
        return _join(secs, keep, tags, paragraphs)

    def spell(secs: list[Section], keep: set[tuple[int, int]], text: str) -> str:
        if not extra or w is None:
            return text
        said = _join(secs, keep, tags, paragraphs, spelled(w, secs, keep, memo, True))
        return said if _fits(platform, said) else text

    series: dict[Any, Any] = {}  # merged sentences, worded once per post
    for priority, i, j in order:
        if priority == 0:
            continue
        more = kept | {(i, j)}
        # a figure of a kept figure's group and outcome is tried as said with it
        said, shown = (_merged(w, sections, more, series) if w is not None
                       else (sections, more))
        trial = join(said, shown)
        if room(trial):
            kept = more
            text = trial
    if w is not None:
        sections, kept = _merged(w, sections, kept, series)
        sections = _them(w, sections, kept)
    said = ""
    while w is not None:
        shortened = _shortened(w, sections, kept)
        unvaried = join(shortened, kept)
        variants = _varied(w, shortened, kept)
        said = join(variants, kept)
        optional = [(p, i, j) for p, i, j in order if p and (i, j) in kept]
        fits = _fits(platform, said)
        if fits or said == unvaried or not optional:
            secs = variants if fits else shortened
            said = said if fits else unvaried
            text = spell(secs, kept, said)
            break
        # the other words are longer and do not fit: one optional sentence less rather
        # than the same opening twice in a row
        kept.discard(max(optional)[1:])
    facts = [f for i, sec in enumerate(sections) for j, s in enumerate(sec.sentences)
             if (i, j) in kept for f in s.facts]
    unspelled = spelling and text == said
    return Post(text, list(dict.fromkeys(facts)), said=said, unspelled=unspelled)


def _count(platform: Platform, text: str) -> int:
    """``platform.count(text)``; graphemes without finding each one where every character
    is one (a post is fitted by trying sentence after sentence)."""
    if platform.count is _graphemes and _NOT_ONE_GRAPHEME.search(text) is None:
        return len(text)
    return platform.count(text)


def _fits(platform: Platform, text: str, extra: int = 0) -> bool:
    """Whether ``text`` and ``extra`` more fit (``platform.fits``): a count never above
    the characters needs no counting when they fit."""
    if len(text) + extra <= platform.limit and platform.count in _AT_MOST_CHARACTERS:
        return True
    return _count(platform, text) + extra <= platform.limit


def _merged(w: Wording, sections: list[Section], kept: set[tuple[int, int]],
            series: dict[Any, Any] | None = None
            ) -> tuple[list[Section], set[tuple[int, int]]]:
    """The sections with the kept figures of one group and outcome at several times said
    in one sentence where the first of them stands, as the summary composes them ("Of the
    122 people with relapsing-remitting MS, 86 out of 100 did not get worse 5 years after
    the transplant, and 71 out of 100 after 10 years"), never "After 10 years, 71 ... After
    5 years, 86 ..." with the group said twice); returns the sections and the kept
    places, which lose the later sentences. ``series``: the merged sentences worded so
    far with ``w`` (one post tries many sets of sentences, most with the same series)."""
    if not w.lex.remember(("post-merges", w.prefix), lambda: _merges(w)):
        return sections, kept  # a generator that words shares its own way keeps them
    facts = w.sheet.facts
    first: dict[tuple[str, ...], tuple[int, int]] = {}
    members: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    # the places of the sentences that may merge, worked out once per post (its trials
    # keep other sets of the same sentences)
    cached = series.get(_PLACES) if series is not None else None
    if cached is None or cached[0] is not sections:
        cached = (sections, _mergeable(w, sections))
        if series is not None:
            series[_PLACES] = cached
    mergeable = cached[1]
    for place in sorted(kept):  # the kept sentences in reading order
        key = mergeable.get(place)
        if key is None:
            continue
        first.setdefault(key, place)
        members.setdefault(key, []).append(place)
    if all(len(places) < 2 for places in members.values()):
        return sections, kept
    out = [Section(list(sec.sentences), sec.heading) for sec in sections]
    kept = set(kept)
    anchored = False
    for key, places in members.items():
        if len(places) < 2:
            continue
        said = [facts[f] for i, j in places for f in sections[i].sentences[j].facts]
        i, j = first[key]
        if series is None:
            merged = series_said(w, said, anchor=not anchored)
        else:
            worded = (tuple(f.id for f in said), not anchored)
            if worded not in series:
                series[worded] = series_said(w, said, anchor=not anchored)
            merged = copied(series[worded])  # a copy: its priority is set below
        anchored = True
        merged.priority = min(sections[a].sentences[b].priority for a, b in places)
        out[i].sentences[j] = merged
        for place in places[1:]:
            kept.discard(place)
    return out, kept


_KEYED = object()  # no series key worked out yet for a sentence's facts
_PLACES = "places"  # where a post's ``series`` keeps the places that may merge


def _mergeable(w: Wording, sections: list[Section]) -> dict[tuple[int, int], Any]:
    """The series key of each sentence of ``sections`` that shares it with another one
    (one group's shares of one outcome: a series; not means), by place."""
    from plainsum_summary.results import series_key

    facts = w.sheet.facts
    # each sentence's series by its facts, worked out once per run (the five platforms'
    # posts say the same sentences)
    keyed: dict[tuple[str, ...], Any] = w.lex.remember(("post-series-keys",), dict)
    found: dict[tuple[int, int], Any] = {}
    for i, sec in enumerate(sections):
        for j, sentence in enumerate(sec.sentences):
            held = tuple(sentence.facts)
            key = keyed.get(held, _KEYED)
            if key is _KEYED:
                said = [facts[f] for f in sentence.facts if f in facts]
                keys = {series_key(f) for f in said}
                key = keys.pop() if len(keys) == 1 and len(said) == len(sentence.facts) \
                    else None
                keyed[held] = key
            if key is not None and key[0] != "mean":
                found[i, j] = key
    if len(found) < 2:
        return {}
    seen: set[Any] = set()
    shared = {key for key in found.values() if key in seen or seen.add(key)}
    return {place: key for place, key in found.items() if key in shared}


def _merges(w: Wording) -> bool:
    """Whether posts say one group's figures at several times in one sentence: not where
    the generator words shares its own way (it keeps them)."""
    return w.has("results.series") and not (
        w.pack.has_phrase(f"{w.prefix}.fact.proportion")
        and not w.pack.has_phrase(f"{w.prefix}.results.series"))


def _them(w: Wording, sections: list[Section],
          kept: set[tuple[int, int]]) -> list[Section]:
    """A kept series of the cohort's figures right after the kept sentence that names
    the cohort opens "Of them, ..." (``results.of_who`` ``named``), not "Of the 210
    people with MS in the study" again; never where the cohort sentence is not kept.
    Shorter than the sentence it replaces, so the post still fits."""
    from itertools import pairwise

    from plainsum_summary.compose import cohort_fact

    cohort = cohort_fact(w)
    if cohort is None:
        return sections
    out = sections
    for i, sec in enumerate(sections):
        said = [(j, s) for j, s in enumerate(sec.sentences) if (i, j) in kept]
        for (_, before), (j, sentence) in pairwise(said):
            facts = [w.sheet.facts[f] for f in sentence.facts if f in w.sheet.facts]
            if (cohort.id not in before.facts or len(facts) < 2 or sentence.role != "result"
                    or any(f.group != cohort.group or f.kind != "proportion" for f in facts)):
                continue
            anchor = series_said(w, facts, anchor=True).text == sentence.text
            named = series_said(w, facts, anchor=anchor, named=True)
            if named.text == sentence.text or len(named.text) > len(sentence.text):
                continue
            named.priority = sentence.priority
            if out is sections:
                out = [Section(list(s.sentences), s.heading) for s in sections]
            out[i].sentences[j] = named
    return out


def series_said(w: Wording, facts: list[Fact], anchor: bool = True,
                named: bool = False) -> Sentence:
    """``results.series_sentence``, worded once per audience and language in a run (the
    five platforms' posts say the same series); a copy, whose priority a post sets."""
    from plainsum_summary.results import series_sentence

    key = ("post-series", tuple(f.id for f in facts), anchor, named, w.audience.id,
           w.level, w.prefix, w.short_groups, w.terse)
    return copied(w.lex.remember(key, lambda: series_sentence(w, facts, anchor, named)))


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


def _varied(w: Wording, sections: list[Section],
            kept: set[tuple[int, int]]) -> list[Section]:
    """The sections with the phrase the pack opens many results with ("bleek dat") said
    in its other words where two kept sentences in a row would open with it, as in a
    summary (``results.vary``); copies, since the worded sentences are reused from one
    fitting plan to the next."""
    from plainsum_summary.results import varied

    if not w.has("results.vary"):
        return sections
    out = [Section([copied(s) for s in sec.sentences], sec.heading) for sec in sections]
    varied(w, [s for i, sec in enumerate(out) for j, s in enumerate(sec.sentences)
               if (i, j) in kept])
    return out


_CAMEL = regex.compile(r"\p{Lu}?[\p{Ll}\p{N}]+|\p{Lu}+(?!\p{Ll})")


def inline_tags(sections: list[Section], hashtags: list[str]) -> tuple[list[Section], list[str]]:
    """Each hashtag whose words the headline says, in order ("#Kaiserschnitt" for
    "Kaiserschnitt", "#SclerosiMultipla" for "Sclerosi multipla", "#TumoreColonRetto"
    for "tumore del colon-retto"), put in their place, and the hashtags still to close the
    post. Only the headline: every post keeps it, so the tag is never lost with a
    sentence left out."""
    if not sections or not sections[0].sentences:
        return sections, hashtags
    head = sections[0].sentences[0]
    text = head.text
    rest = []
    for tag in hashtags:
        pattern = _tag_pattern(tag)
        match = pattern.search(text) if pattern is not None else None
        if match is None:
            rest.append(tag)
            continue
        text = text[:match.start()] + tag + text[match.end():]
    if text == head.text:
        return sections, hashtags
    first = replace(sections[0], sentences=[replace(head, text=text),
                                            *sections[0].sentences[1:]])
    return [first, *sections[1:]], rest


def inline_text(post: str, hashtags: list[str]) -> str:
    """``post`` with each of ``hashtags`` whose words its body says put at their first
    use, and left out of its closing line (see :func:`_tag_pattern`)."""
    body, sep, tail = post.rpartition("\n\n")
    if not sep:
        return post
    tail_words = tail.split()
    for tag in hashtags:
        if tag not in tail_words:
            continue
        pattern = _tag_pattern(tag)
        match = pattern.search(body) if pattern is not None else None
        if match is None:
            continue
        body = body[:match.start()] + tag + body[match.end():]
        tail_words.remove(tag)
    rest = " ".join(tail_words)
    # the link stays on its own line above the hashtags
    lines = [line for line in tail.split("\n") if line.strip()]
    if len(lines) > 1:
        rest = "\n".join([*lines[:-1], rest]) if rest else "\n".join(lines[:-1])
    return f"{body}\n\n{rest}" if rest else body


def _tag_pattern(tag: str) -> Any:
    """A hashtag's words in order, as a text says them ("#TumoreColonRetto": "tumore del
    colon-retto", a short linking word between two where the language has one;
    "#CSection": "C-section"), not inside a word, a hashtag or a handle."""
    words = _CAMEL.findall(tag.lstrip("#"))
    if not words:
        return None
    return regex.compile(r"(?<![\w#@-])"
                         + r"(?:[\s-]+\p{L}{1,3})?[\s-]+".join(map(regex.escape, words))
                         + r"(?![\w-])", regex.I)


def _tail(hashtags: list[str], link: str | None, handle: str | None) -> str:
    """What closes a post: the link on a line of its own, then the hashtags and the
    publisher's handle."""
    line = " ".join([*hashtags, *([handle] if handle else [])])
    return "\n\n".join(part for part in (link or "", line) if part)


def _join_tail(sections: list[Section], kept: set[tuple[int, int]], tags: str,
               paragraphs: bool, texts: dict[tuple[int, int], str] | None = None) -> str:
    """The kept sentences, ``texts`` said instead of some of them (by place)."""
    said: dict[int, list[str]] = {}  # by section, in reading order
    for i, j in sorted(kept):  # (a post is fitted by joining trial after trial)
        if i < len(sections) and j < len(sections[i].sentences):
            text = sections[i].sentences[j].text
            said.setdefault(i, []).append(texts.get((i, j), text) if texts else text)
    blocks = [body for words in said.values() if (body := " ".join(words))]
    body = "\n\n".join(blocks) if paragraphs else " ".join(blocks)
    return f"{body}\n\n{tags}" if tags else body


_join = _join_tail


def candidates(w: Wording, platform_id: str, plan: Plan | None = None,
               memo: dict[str, Any] | None = None) -> list[Section]:
    """What a post may say, in reading order, each sentence with its priority: the
    headline, the main result and the key caveat are kept (priority 0). ``memo`` keeps
    what does not change from one plan to the next (the post is worded once)."""
    from plainsum.caveats import key_caveats

    plan = plan or Plan()
    memo = {} if memo is None else memo

    def once(key: str, make: Any) -> Any:
        if key not in memo:
            memo[key] = make()
        return memo[key]

    sheet = w.sheet
    main = once("main", lambda: main_fact(w))
    # the headline names the intervention and the condition: every post starts with it
    # ("after 10 years" of what?), a heading of its own on paragraph platforms
    title = (sheet.short_title_in(w.lex.lang) if plan.short_title else None) or w.lex.title()
    head = [Sentence(title if platform_id in PARAGRAPHS else end_sentence(title), priority=0)]
    lead: list[Sentence] = []
    if main is not None:
        short_event = plan.short_event and once(f"event-in:{title}",
                                                lambda: _names_event(w, main, title))
        lead = once(f"lead:{plan.terse}:{plan.short_groups}:{plan.anchored}:{plan.plain_lead}"
                    f":{plan.short_units}:{short_event}",
                    lambda: lead_sentences(w, main, platform_id, terse=plan.terse,
                                           short_groups=plan.short_groups,
                                           anchored=plan.anchored, plain=plan.plain_lead,
                                           short_units=plan.short_units,
                                           short_event=short_event))
        if not plan.headline and once(f"subject:{lead[0].text if lead else ''}",
                                      lambda: names_subject(w, " ".join(
                                          s.text for s in lead))):
            head = []  # the result names the intervention and the condition itself
        # without room, said where there is some once the caveat is kept
        # (before the publication line, which goes first)
        lead = [copied(s, priority=0 if plan.lead else 1) for s in lead]
    source = once("source", lambda: source_sentence(w))
    body = once(f"body:{BUDGET.get(platform_id, 3)}", lambda: _body(w, platform_id, main))
    # the key caveat, with what it means, stays with the claim on every platform
    caveats = once("caveats", lambda: key_caveats(w) if main is not None else [])
    limits: list[Sentence] = []
    generic = None
    for c in caveats:
        if plan.short_caveat and c.short == c.full and len(c.full.split()) > LONG_CAVEAT:
            # no short form and a text too long for a short post (a release's 49-word
            # sentence): the pack's caveat for the design, never the result given up
            generic = generic or once("generic-caveat", lambda: generic_caveat(w))
            if generic is not None:
                continue
        limits += [Sentence(s.text, (), 0, f"limit:{c.id}")
                   for s in c.sentences(short=plan.short_caveat)]
    if generic is not None:
        limits.insert(0, copied(generic, priority=0))
    budget = BUDGET.get(platform_id, 3)
    # one more limitation where there is room, not one the design sentence already says
    # ("retrospective")
    keys = {c.id for c in caveats}
    other = [lim for lim in sheet.limitations.values() if lim.id not in keys
             and not set(lim.terms) & set(sheet.design)]
    if budget > 3 and other:
        text = end_sentence(w.lex.limitation(other[0].id, w.level).strip())
        limits.append(Sentence(text, priority=20, role=f"limit:{other[0].id}"))
    # a study that is not randomised and compares groups: a link, not a cause; it is the
    # caveat itself where the sheet has no key limitation
    note = once(f"note:{plan.short_caveat}", lambda: association_note(w, plan.short_caveat))
    if note is not None and (not caveats or budget > 3) and generic is None:
        limits.insert(0, copied(note, priority=0 if not caveats and main is not None else 19))
    closing = [source] if source is not None else []
    return [Section(head), Section(lead), Section(list(body)), Section(limits),
            Section(closing)]


def generic_caveat(w: Wording) -> Sentence | None:
    """The pack's own caveat for the study's design, for a limitation with no short form
    too long for a short post: "a link, not a cause" for an observational comparison,
    else that other studies must confirm the result."""
    note = association_note(w, True)
    if note is not None:
        return note
    if not w.has("caveat.meaning"):
        return None
    return Sentence(w.sentence("caveat.meaning"), role="limit")


def association_note(w: Wording, short: bool) -> Sentence | None:
    """A link, not a cause (an observational study that compares groups); ``short``: the
    pack's one short sentence for a post (``social.association_short``), where it has one."""
    from plainsum_summary.compose import association_sentence

    note = association_sentence(w)
    if note is None or not short or not w.pack.has_phrase("social.association_short"):
        return note
    return Sentence(w.sentence("social.association_short", [w.sheet.evidence]), role="limit")


def _body(w: Wording, platform_id: str, main: Fact | None) -> list[Sentence]:
    """Who took part and the other key results, as many as the platform is offered."""
    from plainsum_summary.compose import cohort_fact, fact_sentences, result_facts
    budget = BUDGET.get(platform_id, 3)
    out: list[Sentence] = []
    cohort = cohort_fact(w)
    if cohort is not None and budget > 1:
        out.append(_with(w.cohort(cohort), 3))
    if budget > 2:
        extra = [f for f in result_facts(w, {main.id} if main else set()) if f.key]
        for rank, unit in enumerate(_series(w, extra[: budget - 2])):
            said = ([series_said(w, unit, anchor=False)] if len(unit) > 1
                    else fact_sentences(w, unit[0]))
            out.extend(_with(s, 4 + rank) for s in together(said))
    return out


def _series(w: Wording, facts: list[Fact]) -> list[list[Fact]]:
    """The facts in order, one group's shares of one outcome at several times as one unit
    (said in one sentence, as the summary composes them: no "after 10 years, it was …")."""
    from plainsum_summary.results import series_key

    if not w.has("results.series"):
        return [[f] for f in facts]
    units: dict[object, list[Fact]] = {}
    for fact in facts:
        key = series_key(fact)
        units.setdefault(key if key is not None and key[0] != "mean" else fact.id,
                         []).append(fact)
    return list(units.values())


def main_fact(w: Wording) -> Fact | None:
    from plainsum_summary.compose import main_fact as main

    return main(w)


def lead_sentences(w: Wording, main: Fact, platform_id: str, terse: bool = False,
                   short_groups: bool = False, anchored: bool = False,
                   plain: bool = False, short_units: bool = False,
                   short_event: bool = False) -> list[Sentence]:
    """The main result, which every post keeps (priority 0); ``terse``: for the technical
    register, without its bracketed statistics (a post with no room for them);
    ``short_groups``: its groups by the sheet's short labels, where it gives them;
    ``plain``: in the lay register's words (the same figure, the sheet's plain labels);
    ``short_units``: hours and minutes by the locale's short unit ("4,8 h")."""
    from plainsum_summary.compose import fact_sentences
    from plainsum_summary.compose import lead_sentences as summary_lead

    wording = replace(w, terse=terse and w.level == "technical", short_groups=short_groups,
                      short_units=short_units, short_event=short_event)
    if plain and w.level == "technical":
        audience = replace(w.audience, register="plain")
        wording = replace(wording, request=replace(w.request, audience=audience))
    if anchored:  # where it fits, as the summary's lead: the people studied and the event
        # its time counts from ("Of the 122 people with …, 71% … 10 years after the stem
        # cell transplant"); the other plans say the fact alone
        return [_with(s, 0) for s in summary_lead(wording, main, None)]
    return [_with(s, 0) for s in fact_sentences(wording, main)]


def _forms_in(w: Wording, term_id: str, text: str) -> bool:
    """Whether ``text`` names the term ``term_id`` by one of its forms (a compound's
    part too: "Stammzelltransplantation" in "MS: Stammzelltransplantation könnte …")."""
    if not term_id or term_id not in w.sheet.terms:
        return False
    lowered = text.casefold()
    for form in w.lex.term(term_id).accepted:
        found = regex.search(r"(?<!\w)" + regex.escape(form.casefold()), lowered)
        if found is not None:
            return True
    return False


def _names_event(w: Wording, main: Fact, title: str) -> bool:
    """Whether the headline names the event the main result's time counts from, so the
    result may name it by its head noun ("the transplant")."""
    point = w.sheet.times.get(main.time) if main.time else None
    return point is not None and bool(point.after) and _forms_in(w, point.after, title)


def names_subject(w: Wording, text: str) -> bool:
    """Whether ``text`` (a post's main result) names the study's intervention and its
    condition: the subject a headline says, which the result may then say instead."""
    sheet = w.sheet
    return bool(text) and all(_forms_in(w, term, text)
                              for term in (sheet.intervention, sheet.condition))


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
    if journal is None:
        return None
    name = w.organisation(journal.id)
    text = w.sentence("social.source", ["" if date else "undated", *title_keys(name)],
                      journal=name,
                      date=w.pack.format_date(_date(date)) if date else "")
    return Sentence(text, priority=1 if w.level == "technical" else 10, role="source")


def _with(sentence: Sentence, priority: int) -> Sentence:
    sentence.priority = priority
    return sentence
