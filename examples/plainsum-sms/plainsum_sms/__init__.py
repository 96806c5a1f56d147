"""plainsum-sms: the main result of a study as a short text message, with its caveat.

The result aims at one segment; the sheet's key limitation (its short form, which says
what it means) follows it, in one more segment where it fits.

The wording comes from the language packs through plainsum's shared renderer, so the
plugin works in every installed language without a word of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from plainsum.hookspecs import hookimpl

from .segments import encoding, limit, segments, units

# A concatenated message of up to three segments still arrives as one on every phone;
# one segment is the aim, and the validator warns above it.
MAX_SEGMENTS = 3
# A message whose result names neither the condition nor the treatment ("Tiempo de
# ingreso … en 30 días: 4,8 horas …": of whom? with what?) is headed by the study's
# headline, which says them, even at a fourth segment (a UCS-2 message in Spanish, French
# or Portuguese has 67 characters a segment): an alert that does not say what it is about
# is no use. Concatenated messages of four segments still arrive as one on current phones.
HEADED_SEGMENTS = 4


class SmsGenerator:
    """The first result sentence that fits one segment, main fact first, then key facts;
    headed by the study's title when that still fits."""

    name = "sms"
    description = "An SMS alert, one segment where it fits (160 GSM-7 or 70 UCS-2 characters)."
    order = 50

    def variants(self, factsheet: Any, audience: Any) -> list[str]:
        return ["sms"]

    def generate(self, request: Any) -> Any:
        from plainsum.outputs import Output

        w = _wording(request)
        # worded as they are tried: the main result in full most often fits, and the
        # shorter wordings are then never needed
        bare: set[str] = set()  # results that could say their event but do not
        everything = _Lazy(_everything(w, bare))
        caveat, limits = _caveat(w)
        allowed = target(bool(caveat))

        def said(sentence: Any) -> str:
            return plain_spaces(f"{sentence.text} {caveat}".strip())

        main = w.sheet.main_fact

        ways: dict[str, tuple[str | None, ...]] = {}  # each message's, worked out once

        def spelt(sentence: Any, most: int, how: int) -> bool:
            """Whether the message still fits ``most`` with its abbreviations spelled out
            (``how`` 0) or said as their full names (1: :func:`explained`)."""
            text = said(sentence)
            if text not in ways:
                ways[text] = _ways(w, text)
            found = ways[text]
            return all(t is None for t in found) or (
                found[how] is not None and segments(found[how]) <= most)

        # the main result with its caveat, in as few segments as it can, saying the event
        # its time counts from (the subject: an SMS has no headline) even at the cost of
        # a segment, and with room to spell out an abbreviation ("EM", "SEP") where a
        # wording of it has; another key result only where the main one cannot carry
        # its caveat in MAX_SEGMENTS
        # spelled out first, then the full names in place (for any wording), then as is
        found = next(((s, most if spelling is not None else 0) for only_main in (True, False)
                      for whole, spelling in ((True, 0), (True, 1), (True, None), (False, 0),
                                              (False, 1), (False, None))
                      for most in (allowed, MAX_SEGMENTS)
                      for s in everything if (main in s.facts or not only_main)
                      and (not whole or s.text not in bare)
                      and segments(said(s)) <= most
                      and (spelling is None or spelt(s, most, spelling))), None)
        chosen, room = found if found is not None else (None, 0)
        everything = list(everything) if chosen is None else []
        if chosen is None and everything:
            # no result fits with its caveat: the shortest alone, as the alert it was,
            # and the caveat is not claimed (the one case it cannot travel; see README)
            chosen = min(everything, key=lambda s: units(s.text))
            caveat, limits = "", []
        if chosen is None:
            return Output(self.name, request.variant, request.audience.id, request.pack.code,
                          "", platform="sms")
        text = said(chosen)
        most = max(segments(text), allowed if limits else 1)
        text = _headed(request, text, most, w, max(most, room))
        if not _subject_said(w, text, said(chosen)):
            # no headline and a result that leaves out the condition or the treatment
            # ("Tiempo de ingreso … en 30 días: 4,8 horas …": of whom? with what?): the
            # headline at the cost of a segment, with this result or a shorter one
            pool = [chosen, *(s for s in (everything or _Lazy(_everything(w)))
                              if s is not chosen)]
            subjected = next(((s, t) for most in (MAX_SEGMENTS, HEADED_SEGMENTS)
                              for s in pool for t in [_headed(request, said(s), most, w, most)]
                              if segments(t) <= most and _subject_said(w, t, said(s))
                              and (most == MAX_SEGMENTS
                                   or _opens_with_title(t, request.lexicon,
                                                        request.factsheet, request.pack))),
                             None)
            if subjected is not None:
                chosen, text = subjected
        return Output(self.name, request.variant, request.audience.id, request.pack.code,
                      text, facts=list(chosen.facts), platform="sms", terms=w.terms_in(text),
                      limitations=limits)


def _headed(request: Any, text: str, most: int, w: Any = None, spelled: int = 0) -> str:
    """``text`` headed by the study's title, else by its short headline (the one posts
    use), where that keeps it within ``most`` segments: the title names the subject (the
    treatment and the condition), which a result sentence alone often leaves out. An
    abbreviation the message uses ("MS", "EM", "SEP") is spelled out where it first
    stands, or said as its full name (:func:`explained`), where that keeps it within
    ``most`` (or ``spelled``, the segments the result was chosen to spell it out in):
    the headed message first, then the result alone (which then says the condition in
    full), then the headed one as is."""
    titles = _titles(request)
    headed = []
    for title in dict.fromkeys(t for t in titles if t):
        title = title.strip().rstrip(".")
        # a title that ends in its own mark ("… un bénéfice durable ?") takes no full stop
        said = plain_spaces(f"{title}{'' if title.endswith(('?', '!', '…')) else '.'} {text}")
        if segments(said) <= most:
            headed.append(said)
    tries = [*headed[:1], text]
    if w is not None:
        # each headline in turn: the short one may leave room to spell out where the
        # title does not ("Greffe … et sclérose en plaques (SEP) : …")
        spelt = [s for t in [*headed, text] for s in explained(w, t)]
        tries = [*(s for s in spelt if segments(s) <= max(most, spelled)), *tries]
    return tries[0]


def _titles(request: Any) -> list[str]:
    """The study's title and its short headline, which name its subject."""
    titles = [request.lexicon.title(), request.factsheet.short_title_in(request.pack.code)]
    return [t for t in dict.fromkeys(titles) if t]


def explained(w: Any, text: str, how: int | None = None) -> list[str]:
    """The ways ``text`` tells the reader its abbreviations, in the order they are tried:
    spelled out where it first uses them, then the full name in each one's place (no
    abbreviation left to explain: "personas con esclerosis múltiple remitente-recurrente",
    shorter where the abbreviation is used once); none where it uses none. ``how``: only
    the one way of that place in this order."""
    found = _ways(w, text)
    return [t for t in (found if how is None else found[how:how + 1]) if t is not None]


def _ways(w: Any, text: str) -> tuple[str | None, ...]:
    """``text`` spelled out and said with the full names (None for a way that changes
    nothing)."""
    from plainsum_summary.spell import unabbreviated

    said = (spelled_out(w, text), unabbreviated(w, text))
    return tuple(plain_spaces(t) if t is not None else None for t in said)


def spelled_out(w: Any, text: str) -> str | None:
    """``text`` with its abbreviations spelled out where it first uses them, as a summary
    does ("personas con EM (EM: esclerosis múltiple)"); None where it uses none."""
    from plainsum.render import Section, Sentence
    from plainsum_summary.spell import spell_out, spellings

    if not w.has("grammar.spelled_out") or not any(
            pattern.search(text) for _, pattern, _, _ in spellings(w)):
        return None
    sentence = Sentence(text, role="body")
    spell_out(w, [Section([sentence])])
    return plain_spaces(sentence.text) if sentence.text != text else None


def _everything(w: Any, bare: set[str] | None = None) -> Iterator[Any]:
    """Every sentence the SMS may be, in the order they are tried: each result in full
    and shorter (:func:`_candidates`); where the technical words are too long for an SMS,
    the plain ones (shorter labels); last, without the opening time phrase. ``bare``
    gets the texts that leave out an event another candidate says."""
    candidates: list[Any] = []
    for sentence in _candidate_sentences(w, bare):
        candidates.append(plain(sentence))
        yield candidates[-1]
    shorter: list[Any] = []
    if w.level != "plain":
        for sentence in _candidate_sentences(_plain(w), bare):
            shorter.append(plain(sentence))
            yield shorter[-1]
    for source in candidates + shorter:
        for sentence in _untimed(w, [source]):
            if bare is not None and plain_spaces(source.text) in bare:
                bare.add(plain_spaces(sentence.text))  # no time, no event: barer still
            yield plain(sentence)


class _Lazy:
    """The items of an iterator, made on first use and kept: iterated again and again,
    each item is made once, and only as far as any iteration went."""

    def __init__(self, items: Iterable[Any]):
        self._items = iter(items)
        self._made: list[Any] = []

    def __iter__(self) -> Iterator[Any]:
        i = 0
        while True:
            if i == len(self._made):
                try:
                    self._made.append(next(self._items))
                except StopIteration:
                    return
            yield self._made[i]
            i += 1


def target(with_caveat: bool) -> int:
    """Segments an SMS should fit: one for the result, one more for its caveat."""
    return 2 if with_caveat else 1


def _caveat(w: Any) -> tuple[str, list[str]]:
    """The key limitations, each in its one-sentence form, and their ids. A sheet without
    limitations whose observational design compares groups: "a link, not a cause", in
    the pack's short form for posts where it has one (no limitation id to list)."""
    from plainsum.caveats import key_caveats

    caveats = key_caveats(w)
    if caveats:
        return " ".join(c.short for c in caveats), [c.id for c in caveats]
    from plainsum_summary.compose import association_sentence

    note = association_sentence(w)
    if note is None:
        return "", []
    if w.has("social.association_short"):
        return w.sentence("social.association_short", [w.sheet.evidence]), []
    return note.text, []


def _wording(request: Any) -> Any:
    from plainsum.render import Wording

    return Wording(request, prefix="sms")


def _plain(w: Any) -> Any:
    """The same request in the plain register (labels for lay readers are shorter)."""
    from dataclasses import replace

    audience = replace(w.request.audience, register="plain")
    return replace(w, request=replace(w.request, audience=audience))


def _candidates(w: Any) -> list[Any]:
    """The sentences an SMS may be: the main result first, then the key results, each in
    full, without its bracketed statistics, then with the groups' short labels. Every
    kind is worded by the shared renderer (``Wording.fact_sentence``); a background
    figure is never one (an SMS has no room to say it is context, so it would read as
    this study's result), nor a fact that only describes the study."""
    return list(_candidate_sentences(w))


def _candidate_sentences(w: Any, bare: set[str] | None = None) -> Iterator[Any]:
    """:func:`_candidates`, each worded when it is asked for; the text of one that leaves
    out the event its anchored twin says is added to ``bare``."""
    from dataclasses import replace

    sheet = w.sheet
    order = [sheet.main_fact] if sheet.main_fact in sheet.facts else []
    order += [f.id for f in sheet.key_facts if f.id not in order]
    terse = replace(w, terse=True)
    # then with the groups' short labels where the sheet gives them (groups[].short),
    # which a message too long to carry its caveat otherwise says
    from plainsum_social.posts import has_short_labels

    # and last with hours as the locale's short unit ("4,8 h"), as an alert writes them
    short = ([replace(w, short_groups=True), replace(terse, short_groups=True),
              replace(terse, short_groups=True, short_units=True)]
             if has_short_labels(sheet) else [])
    out = []
    lead = _anchored_lead(w)
    if lead is not None:  # the people studied and the event, as the summary's lead
        out.append(lead)
        yield lead
    for fact_id in order:
        fact = sheet.facts[fact_id]
        if fact.background or fact.kind in ("count", "period", "timepoints"):
            continue
        named = None  # whether the fact's own sentence names the condition
        for wording in (w, terse, *short):
            sentence = wording.fact_sentence(fact)
            if sentence is None or not sentence.text or sentence.role == "study":
                continue
            if named is None:
                named = _names_condition(w, sentence.text)
            if wording.short_groups and named and not _names_condition(w, sentence.text):
                continue  # a short label that drops the condition ("une forme
                # rémittente"): a post's headline names it, an SMS has none
            # a short label's sentence says its time without the event (a post's
            # headline names it); an SMS has no headline: the event first, where it fits
            twin = anchored(w, fact, sentence) if wording.short_groups else None
            if lead is not None and fact_id == sheet.main_fact and bare is not None:
                bare.add(plain_spaces(sentence.text))  # the lead says it with its event
            if twin is not None and bare is not None:
                bare.add(plain_spaces(sentence.text))
            for said in (twin, sentence):
                if said is not None and said.text not in [s.text for s in out]:
                    out.append(said)
                    yield said


def _subject_said(w: Any, text: str, bare: str) -> bool:
    """Whether a message says what the study is about: it names the condition and the
    treatment, or it opens with the study's headline (``text`` is not the ``bare``
    result), which says the condition its own way ("Embolia de bajo riesgo: …"), and
    names the treatment."""
    if _names_subject(w, text):
        return True
    return text != bare and _names_term(w, w.sheet.intervention, text)


def _names_subject(w: Any, text: str) -> bool:
    """Whether ``text`` names what the study is about: the condition and the treatment
    (or exposure), in any of their forms."""
    return (_names_term(w, w.sheet.condition, text)
            and _names_term(w, w.sheet.intervention, text))


def _names_term(w: Any, term_id: str | None, text: str) -> bool:
    if not term_id or term_id not in w.sheet.terms:
        return True
    pattern = w.lex.remember(("sms-term-pattern", term_id), lambda: _pattern(w, term_id))
    return pattern.search(plain_spaces(text).lower()) is not None


def _pattern(w: Any, term_id: str) -> Any:
    """A term's forms as whole words: its abbreviation ("EP", "LE") is no part of
    another word ("tiempo", "kleine")."""
    import re

    forms = sorted(_forms(w, term_id), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _forms(w: Any, term_id: str) -> list[str]:
    """A term's forms, lower case, and of a plain form of three words or more its first
    two, which a headline says it by ("chest pain" of "chest pain from the heart")."""
    term = w.lex.term(term_id)
    forms = [plain_spaces(f).lower() for f in (term.technical, term.plain or "", *term.forms)
             if f]
    heads = [" ".join(f.split()[:2]) for f in forms if len(f.split()) >= 3]
    return list(dict.fromkeys([*forms, *heads]))


def _names_condition(w: Any, text: str) -> bool:
    """Whether ``text`` names the sheet's condition in any of its forms ("SEP",
    "sclérose en plaques")."""
    condition = w.sheet.condition
    if not condition:
        return True
    forms = w.lex.remember(("sms-condition-forms",), lambda: [
        f.lower() for term in [w.lex.term(condition)]
        for f in (term.technical, term.plain or "", *term.forms) if f])
    said = text.lower()
    return any(f in said for f in forms)


def _anchored_lead(w: Any) -> Any:
    """The summary's lead where it anchors the main result ("Of the 122 people with
    relapsing-remitting MS, 71 out of 100 did not get worse 10 years after the stem cell
    transplant", not "After 10 years, 71 out of 100 people …": after what? An SMS is read
    alone, with no headline to say it); None where the lead is the fact's own sentence."""
    from plainsum_summary.compose import is_anchored, lead_sentences

    main = w.sheet.facts.get(w.sheet.main_fact) if w.sheet.main_fact else None
    if main is None or not is_anchored(w, main):
        return None
    said = lead_sentences(w, main, None)
    return said[0] if len(said) == 1 and main.id in said[0].facts else None


def anchored(w: Any, fact: Any, sentence: Any) -> Any:
    """``sentence`` with the event its opening "within" time counts from ("En los 30
    días siguientes a la cesárea, ...", not "En un plazo de 30 días, ...": of what? the
    C-section is then said nowhere), where the pack words it; None where the sentence
    does not open with the time, or the time counts from the intervention of a fact that
    compares groups (the other group never had it)."""
    from dataclasses import replace

    from plainsum.render import capitalise

    time_id = _time_of(w, fact)
    if not time_id:
        return None
    compares = fact.kind == "comparison" or bool(getattr(fact, "versus", None))
    if compares and w.sheet.times[time_id].after == w.sheet.intervention:
        return None
    event = w.within_event(time_id)
    if not event:
        return None
    # the short form after a noun, a post's opening form ("A lo largo de 30 días, …"), the
    # summary's: whichever opens the sentence
    for phrase in dict.fromkeys((w.time(time_id, short=True), w.time(time_id, post=True),
                                 w.time(time_id))):
        if phrase and sentence.text.lower().startswith(phrase.lower()):
            return replace(sentence, text=capitalise(event) + sentence.text[len(phrase):])
    return None


def _time_of(w: Any, fact: Any) -> str | None:
    """The fact's time, or its first arm's (a comparison has none of its own)."""
    return fact.time or next((w.sheet.facts[i].time for i in getattr(fact, "facts", ())
                              if i in w.sheet.facts), None)


def _untimed(w: Any, candidates: list[Any]) -> list[Any]:
    from dataclasses import replace

    out = []
    for sentence in candidates:
        if not sentence.facts:  # a sentence that states no fact of its own (a ratio whose
            continue  # interval holds 1, said without figures): no time of a fact to drop
        text = untimed(w, w.sheet.facts[sentence.facts[0]], sentence.text)
        if text:
            out.append(replace(sentence, text=text))
    return out


def untimed(w: Any, fact: Any, text: str) -> str:
    """The sentence without the time phrase it opens with ("Within 30 days, ..."), the
    last thing an SMS too long for three segments can spare; empty where the sentence
    does not open with it followed by a comma (German and Dutch put the verb after it:
    dropping it would break the word order)."""
    time_id = _time_of(w, fact)
    if not time_id:
        return ""
    phrase = plain_spaces(w.time(time_id))
    text = plain_spaces(text)
    if not phrase or not text.lower().startswith(phrase.lower() + ","):
        return ""
    from plainsum.render import capitalise

    rest = text[len(phrase) + 1:].lstrip()
    if rest[:1].isdigit():
        return ""  # a figure never opens a sentence ("71% das pessoas …"): the time stays
    return capitalise(rest)


def plain(sentence: Any) -> Any:
    from plainsum.render import copied

    return copied(sentence, text=plain_spaces(sentence.text))


def plain_spaces(text: str) -> str:
    """An SMS has no typographic spaces: the no-break spaces of "71 %" (CLDR es, de, fr)
    or "Financement :" are not in GSM-7 and would force UCS-2 (70 characters, not 160);
    a plain space reads the same, and the checker still reads "71 %"."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


class SmsSegmentsValidator:
    """An ``sms`` output should fit one segment, two with its caveat (a warning above),
    and must fit ``MAX_SEGMENTS`` (an error above), or ``HEADED_SEGMENTS`` when it opens
    with the study's headline (which names its subject); other texts are not its
    business."""

    name = "sms-segments"

    def validate(self, text: str, context: Any) -> list[Any]:
        from plainsum.outputs import Finding

        output = context.output
        if output is None or output.generator != "sms" or \
                segments(text) <= target(bool(output.limitations)):
            return []
        headed = _opens_with_title(text, context.lexicon, context.factsheet, context.pack)
        most = HEADED_SEGMENTS if headed else MAX_SEGMENTS
        return [Finding(
            rule="sms-too-long",
            severity="error" if segments(text) > most else "warning",
            message=(f"The message needs {segments(text)} SMS segments "
                     f"({units(text)} of {limit(text)} {encoding(text)} characters)."),
            span=(0, len(text)))]


def _opens_with_title(text: str, lexicon: Any, factsheet: Any, pack: Any) -> bool:
    """Whether a message opens with the study's title or short headline: its first two
    words first and its last word soon after (an abbreviation in it may be spelled out:
    "… et sclérose en plaques (SEP) : un bénéfice durable ?")."""
    said = plain_spaces(text)
    for title in (lexicon.title(), factsheet.short_title_in(pack.code)):
        words = plain_spaces(title or "").strip().rstrip(".?!… ").split()
        if len(words) >= 2 and said.startswith(" ".join(words[:2])) \
                and words[-1] in said[: len(" ".join(words)) + 60]:
            return True
    return False


@hookimpl
def register_generators(register: Callable[[Any], None]) -> None:
    register(SmsGenerator())


@hookimpl
def register_validators(register: Callable[[Any], None]) -> None:
    register(SmsSegmentsValidator())


@hookimpl
def register_rules(register: Callable[[Any], None]) -> None:
    from .rules import RULES

    for rule in RULES:
        register(rule)


@hookimpl
def register_commands(cli: Any) -> None:
    import click

    @cli.command()
    @click.argument("facts", type=click.Path(dir_okay=False))
    @click.option("--lang", default=None, help="Comma-separated languages.")
    @click.option("--audience", default="patients", show_default=True)
    @click.option("--draft", is_flag=True,
                  help="Accept a draft sheet (one with items to settle); every SMS says DRAFT.")
    def sms(facts: str, lang: str | None, audience: str, draft: bool) -> None:
        """Print the SMS alert for FACTS in each language, with its size.

        A draft sheet (one 'plainsum lint' finds items to settle in) is refused unless
        --draft is given, as 'plainsum generate' does.
        """
        from plainsum.cli import app
        from plainsum.factsheet import load_factsheet
        from plainsum.pipeline import generate

        registry = app().registry
        sheet = load_factsheet(facts, registry.known_terms())
        if not draft:
            from plainsum.draft import refuse

            refuse(sheet, facts, "sms")
        langs = [code.strip() for code in (lang or sheet.lang).split(",") if code.strip()]
        failed = False
        for output in generate(sheet, registry, langs, [audience], ["sms"]):
            size = f"{units(output.text)}/{limit(output.text)} {encoding(output.text)}"
            status = "ok" if output.checks.passed else "FAILED"
            click.echo(f"[{output.lang}] {output.text}  ({size}, {status})")
            failed |= not output.checks.passed
        if failed:
            raise SystemExit(1)
