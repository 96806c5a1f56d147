"""The CDC Clear Communication Index, on the items a program can judge honestly.

The index (CDC, 2014; its items are public) asks of a text for the public: one main
message, at the top and set apart; a call to action; the audience's language; numbers the
audience uses; the state of the science; the risk. This validator scores six of them from
what the fact sheet and the language pack know, in every language:

``main-message-first``   the headline or the first paragraph of running text states the
                         sheet's main finding;
``main-message-set-apart`` the paragraph that states it is a heading, bold, or a short
                         paragraph of its own;
``action``               a statement of what the reader can do or should know (the pack's
                         ``summary.meaning`` phrases or the sheet's own ``audiences.<id>.
                         meaning``; plain audiences only);
``numbers``              the same denominators throughout (natural frequencies and
                         percentages), shares with one precision ("4 %" beside "7.3 %"
                         fails), no ratio without words for plain audiences;
``jargon``               every term of the sheet said in its technical form has its plain
                         form or its definition nearby, every abbreviation is spelled out at
                         its first use in running text (plain audiences only);
``uncertainty``          the key limitation, and for an observational study that it cannot
                         show a cause, is stated (when the sheet has a limitation or is
                         observational).

An item that does not apply to the text's audience or kind is ``n/a`` and left out of the
score (percent of judged items passed). The score is no error: a text fails on it only
when the sheet asks for a minimum (``cci_min``). Posts and glossaries are not scored.
"""

from __future__ import annotations

import re
from typing import Any

from plainsum.factsheet.model import Fact, FactSheet, local_text
from plainsum.outputs import Finding, Score, ScoreItem
from plainsum.pipeline import CheckContext

from .cci_numbers import numbers
from .cci_page import Block, Page, item, na, phrase_strings
from .cci_terms import jargon
from .claims import _vocab as claim_words
from .limitations import said as limitation_said
from .numbers import read_numbers
from .sheet import allowed_values, matches
from .text import PhraseIndex, tokens

TITLE = "Clear Communication Index"
ITEMS = ("main-message-first", "main-message-set-apart", "action", "numbers", "jargon",
         "uncertainty")
# a paragraph that sets the main message apart holds no more sentences than this
LEAD_SENTENCES = 3
# pack phrases that say what a reader can do or should know (any string beneath)
ACTION_PHRASES = ("summary.meaning",)
# pack phrases that say an observational design cannot show a cause
ASSOCIATION_PHRASES = ("summary.association",)
# kinds whose figure may carry the main finding
_FIGURES = frozenset({"percent", "frequency", "number", "fold", "points", "ratio", "multiple",
                      "fraction", "duration", "range"})


class CCIValidator:
    """Scores a summary on the judgeable items of the Clear Communication Index."""

    name = "cci"
    reads = ("audience", "output.facts", "output.platform")  # who reads it; is it scored

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        """No finding unless the sheet asks for a minimum score and the text is below it."""
        score = self.score(text, context)
        minimum = minimum_score(context)
        if score is None or score.score is None or minimum is None or score.score >= minimum:
            return []
        failed = ", ".join(i.item for i in score.items if i.passed is False)
        return [Finding("cci-below-minimum", "error",
                        f"{TITLE} {score.score:g} is below the sheet's minimum {minimum:g} "
                        f"(not passed: {failed})", expected=f"{minimum:g}",
                        found=f"{score.score:g}")]

    def score(self, text: str, context: CheckContext) -> Score | None:
        """The index for a summary-like text; None for a post or a glossary."""
        if not scored(context):
            return None
        audience = context.audience.id if context.audience else None
        key = ("cci", text, audience)
        return context.lexicon.remember(key, lambda: Score(TITLE, judge(text, context)))


def scored(context: CheckContext) -> bool:
    """Summaries and texts checked against the sheet: not a post (a platform's length
    rule) nor an output that states no fact (a glossary)."""
    output = context.output
    return output is None or (output.platform is None and bool(output.facts))


def minimum_score(context: CheckContext) -> float | None:
    """The sheet's ``cci_min``: one number, or one per audience id."""
    raw = context.factsheet.raw.get("cci_min")
    if isinstance(raw, dict):
        raw = raw.get(context.audience.id) if context.audience else None
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None


def judge(text: str, context: CheckContext) -> list[ScoreItem]:
    """Every item, judged or n/a, in :data:`ITEMS` order."""
    page = Page(text, context)
    return [main_first(page), set_apart(page), action(page), numbers(page), jargon(page),
            uncertainty(page)]


# --- main message ------------------------------------------------------------------------


def main_fact(sheet: FactSheet) -> Fact | None:
    """The sheet's main finding: ``main_fact``, else its first key result."""
    if sheet.main_fact and sheet.main_fact in sheet.facts:
        fact = sheet.facts[sheet.main_fact]
        if not fact.background:
            return fact
    return next((f for f in sheet.key_facts if not f.background and f.kind not in
                 ("count", "period", "timepoints", "mean")), None)


def states(page: Page, part: str, fact: Fact, read: list[str] | None = None) -> bool:
    """Whether ``part`` of the page states ``fact``: each of its figures (both arms of a
    comparison), or, for a finding with no figure, its outcome's words. ``read``: the
    pieces of the page that make up ``part`` as the page holds them (:meth:`Page.
    lead_read`), whose figures are those of ``part``: a number never spans two sentences,
    and each sentence is read with what follows it in the text, as the checker reads the
    whole text, so the run's memo has most of them read already."""
    needed = figures_of(page.sheet, fact)
    if needed and fact.kind == "ratio" and page.plain:
        needed = []  # plain readers get a ratio's direction in words, not its figure
    if needed:
        said = [m for piece in ([part] if read is None else read)
                for m in read_numbers(piece, page.pack, page.lexicon) if m.kind in _FIGURES]
        values = [v for m in said for v in (m.value, m.percent) if v is not None]
        return all(any(matches(v, allowed) for v in values) for allowed in needed)
    labels = [f for oid in (fact.outcome,) if oid in page.sheet.outcomes
              for f in page.sheet.outcomes[oid].label.all_forms(page.lexicon.lang)]
    if not labels:
        return False
    found = PhraseIndex((label, True) for label in labels).find(part, tokens(part))
    return next(iter(found), None) is not None


def figures_of(sheet: FactSheet, fact: Fact) -> list[set[float]]:
    """The values a text may give for each figure of ``fact``."""
    arms = [sheet.facts[a] for a in getattr(fact, "facts", ()) if a in sheet.facts]
    if arms:
        return [s for arm in arms if (s := allowed_values(arm))]
    own = allowed_values(fact)
    if own:
        return [own]
    if fact.kind == "range":
        return [{float(fact.low)}, {float(fact.high)}]  # type: ignore[attr-defined]
    return []


def main_first(page: Page) -> ScoreItem:
    name = "main-message-first"
    fact = main_fact(page.sheet)
    if fact is None:
        return na(name, "the sheet has no main finding")
    top = page.top()
    if top and states(page, " ".join(page.lead(b, LEAD_SENTENCES) for b in top), fact,
                      [page.lead_read(b, LEAD_SENTENCES) for b in top]):
        return item(name, True, f"the top states the main finding ({fact.id})")
    return item(name, False, f"the headline and first paragraph do not state the main "
                             f"finding ({fact.id})")


def set_apart(page: Page) -> ScoreItem:
    name = "main-message-set-apart"
    fact = main_fact(page.sheet)
    if fact is None:
        return na(name, "the sheet has no main finding")
    block = next((b for b in page.blocks if states(
        page, page.lead(b, LEAD_SENTENCES + 1), fact, [page.lead_read(b, LEAD_SENTENCES + 1)])),
        None)
    if block is None:
        return item(name, False, f"no paragraph opens with the main finding ({fact.id})")
    if block.heading or "**" in block.text:
        return item(name, True, "the main finding is a heading or bold")
    count = len(page.sentences(block))
    if len(page.blocks) > 1 and count <= LEAD_SENTENCES:
        return item(name, True, f"the main finding is a paragraph of its own ({count} "
                                f"sentence{'s' if count != 1 else ''})")
    where = "the text is one paragraph" if len(page.blocks) == 1 else \
        f"its paragraph has {count} sentences"
    return item(name, False, f"the main finding is not set apart: {where}")


# --- what the reader can do or should know ------------------------------------------------


def action(page: Page) -> ScoreItem:
    name = "action"
    if not page.plain:
        return na(name, "for plain-language readers only" if page.audience
                  else "no audience given")
    phrases = pack_phrases(page, ACTION_PHRASES) + sheet_meaning(page)
    if not phrases:
        return item(name, False, "no statement of what the reader can do or should know "
                                 f"(the {page.pack.code} pack has no summary.meaning phrase)")
    for block in page.blocks:
        if any(page.echoes(block.text, p) for p in phrases):
            return item(name, True, "says what the reader can do or should know")
    return item(name, False, "no statement of what the reader can do or should know")


def pack_phrases(page: Page, keys: tuple[str, ...]) -> list[str]:
    """:func:`phrase_strings` of the page's pack, gathered once per run (callers only
    read the list)."""
    if page.pack is not page.lexicon.pack:
        return phrase_strings(page.pack, keys)
    return page.lexicon.remember(("cci-phrases", keys),  # type: ignore[no-any-return]
                                 lambda: phrase_strings(page.pack, keys))


def sheet_meaning(page: Page) -> list[str]:
    """What the sheet writes for this audience in this language (``audiences.<id>.
    meaning``): a summary says it instead of the pack's default."""
    if page.audience is None:
        return []
    written = (page.sheet.raw.get("audiences") or {}).get(page.audience.id) or {}
    own = local_text(written.get("meaning"), page.lexicon.lang)
    return [own] if own else []


# --- uncertainty -------------------------------------------------------------------------


def key_limitations(sheet: FactSheet) -> list[str]:
    """The limitations the sheet marks ``key``; all of them when it marks none (any one
    then will do)."""
    marked = [raw.get("id") for raw in sheet.raw.get("limitations", []) or []
              if isinstance(raw, dict) and raw.get("key")]
    return [m for m in marked if m in sheet.limitations] or list(sheet.limitations)


def uncertainty(page: Page) -> ScoreItem:
    name = "uncertainty"
    sheet, lang = page.sheet, page.lexicon.lang
    observational = sheet.evidence == "observational"
    if not sheet.limitations and not observational:
        return na(name, "the sheet has no limitation and the study is not observational")
    missing: list[str] = []
    if sheet.limitations:
        keys = key_limitations(sheet)
        marked = keys != list(sheet.limitations) or len(keys) == 1

        def said(lim: str) -> bool:
            # the same test as rule limitation-missing, for words of the writer's own
            return any(limitation_said(b.text, sheet.limitations[lim], lang, page.lexicon)
                       for b in page.blocks)

        if marked:
            left = [k for k in keys if not said(k)]
            if left:
                missing.append(f"the key limitation ({', '.join(left)})")
        elif not any(said(k) for k in keys):
            missing.append("any limitation of the sheet")
    if observational and not says_no_cause(page):
        missing.append("that an observational study cannot show a cause")
    if missing:
        return item(name, False, "not stated: " + "; ".join(missing))
    return item(name, True, "the key limitation is stated"
                + (" and that the design cannot show a cause" if observational else ""))


def says_no_cause(page: Page) -> bool:
    """The pack's own words for "a link, not a cause", or a sentence with a negation
    and a word of causing ("cannot tell whether ... caused")."""
    phrases = pack_phrases(page, ASSOCIATION_PHRASES)
    if any(page.echoes(b.text, p) for b in page.blocks for p in phrases):
        return True
    vocab = claim_words(page.pack)  # the claims checker's patterns, compiled once
    negation, causing = vocab.negation, vocab.causing
    if negation is None or causing is None:
        return False
    if page.pack is not page.lexicon.pack:
        return any(_denies_cause(page, b, vocab) for b in page.blocks)
    # a paragraph comes again in the summaries of other audiences: read once per run
    return any(page.lexicon.remember(("cci-denies-cause", b.text),
                                     lambda b=b: _denies_cause(page, b, vocab))
               for b in page.blocks)


def _denies_cause(page: Page, block: Block, vocab: Any) -> bool:
    """Whether a sentence of the paragraph has a negation and a word of causing (or of
    putting a result down to something: "cannot be attributed to the transplant"): the
    word first, as few sentences have one and most have a negation. Only the paragraph
    and the pack's words are read."""
    negation, causing = vocab.negation, vocab.causing
    return any(word.search(s) and negation.search(s)
               for word in (causing, _ATTRIBUTED)
               if (_causes(vocab, block.text) if word is causing else _attributes(block.text))
               for s in page.sentences(block))


def _causes(vocab: Any, text: str) -> bool:
    """Whether the pack's alternation of causing phrases finds one in ``text``: whether
    one of the phrases does (the alternation matches where one of its branches does),
    each run only over a text that holds one of its words (:class:`.anchors.Anchored`;
    most paragraphs hold none, and the alternation is tried at every place)."""
    return any(next(p.finditer(text), None) is not None for p in vocab.causing_each)


# putting a result down to its cause, in the seven languages' stems ("attributed",
# "atribuirse", "attribués", "attribuiti", "atribuídos", "zurückführen", "toeschrijven"),
# a result said to be due to it ("dovuto al trapianto", "debido al", "dû à", "devido ao",
# "se debe al", "se deve ao", "due to", "te wijten aan") and a verb of causing in any
# mood, the subjunctive and the infinitive too ("se il trapianto abbia causato", "se sia
# stato il trapianto a causare", "si el trasplante haya causado", "qu'elle ait entraîné",
# "se tenha causado", "veroorzaakt"), which the claims checker's indicative causing
# phrases do not hold
_ATTRIBUTED = re.compile(
    r"attribu|atribu|imputab|imputáv|zurückzuführen|zurückführ|toe\s+te\s+schrijven"
    r"|toegeschreven|te\s+wijten\s+aan|veroorza"
    r"|\b(?:dovut[oaie]|debid[oa]s?|devid[oa]s?)\s+(?:a|al|alla|allo|ai|alle|agli|ao|à|aos"
    r"|às)\b|\bse\s+deb(?:e|a|en|an|ía|ió)\s+(?:a|al)\b|\bse\s+dev(?:e|a|em|am)\s+(?:a|ao|à)\b"
    r"|\bd[uû]e?s?\s+(?:à|au|aux)\b|\bdue\s+to\b"
    r"|\b(?:caus|provoc)(?:at[oaie]|are|ass\w*|ad[oa]s?|ara|ase|ar|é|ée|ées|és|er|ou|ed"
    r"|ing)\b|\bentraîn(?:é|ée|er)\b",
    re.IGNORECASE)
# a piece of every match of it, in lower case: "attribu" and "atribu" hold "tribu", both
# Dutch forms start "toe", and each of the others starts with its own
_ATTRIBUTED_PIECES = ("tribu", "imputab", "imputáv", "zurück", "toe", "wijten", "veroorza",
                      "dovut", "debid", "devid", "se deb", "se dev", "du", "dû", "caus",
                      "provoc", "entraîn")


def _attributes(text: str) -> bool:
    """``_ATTRIBUTED.search(text)``, run only over a text that holds one of its pieces
    (the pattern, case ignored, is tried at every place). Lowered, every letter the
    pattern takes for one of its own is that letter, but for the dotted and dotless i
    and the long s, which it also takes for "i" and "s": they are read so too."""
    low = text.lower()
    if not low.isascii():
        low = low.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")
    if not any(map(low.__contains__, _ATTRIBUTED_PIECES)):
        return False
    return _ATTRIBUTED.search(text) is not None
