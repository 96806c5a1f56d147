"""A secondary finding turned round (``direction-flipped``): the text says a few got worse
where the sheet says some got better.

The finding is a claim of the sheet (a quantifier, an outcome with a direction, often a
time). A sentence that gives no figure of its own, names the claim's time, and states the
opposite direction while the text never states the claim is the claim said the other way
round: reported at the direction word, not only as the claim missing. A word that states
no direction of the outcome (a superlative, "what struck them most") is not read.
"""

from __future__ import annotations

from bisect import bisect_left

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .comparatives import no_claim
from .directions import OPPOSITE, _sentences, stated_claims, through_polarity
from .recall_sheet import SheetWords
from .recall_words import EVEN
from .sheet import sheet_index
from .text import fold, tokens


def secondary_flips(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    sheet = context.factsheet
    claims = [f for f in sheet.facts_of("claim")
              if getattr(f, "quantifier", None) not in (None, "none")]
    if not claims:
        return []
    index = sheet_index(sheet, context.lexicon)
    mentions = analysis_of(text, context)[NUMBERS]
    starts = [m.start for m in mentions]
    out: list[Finding] = []
    stated: set[str] | None = None
    for sentence in _sentences(text, context):
        if not any(not s.negated for s in sentence.said):
            continue  # most sentences: no direction said outright
        inside = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        if any(m.kind in ("percent", "frequency", "number", "fold", "fraction")
               for m in inside):
            continue
        times = {index.times.get((m.value, m.unit or "")) for m in inside
                 if m.kind == "duration"}
        for fact in claims:
            outcome = sheet.outcomes.get(fact.outcome or "")
            if outcome is None or not outcome.direction:
                continue
            if fact.time and fact.time not in times and not _even(text, sentence, words):
                continue  # neither the finding's time nor "even" said
            goal = through_polarity(outcome.direction, outcome.polarity)
            said = next((s for s in sentence.said if not s.negated and through_polarity(
                s.direction, outcome.polarity) in OPPOSITE.get(goal, set()) and not no_claim(
                    text, s.start, s.direction, context.lexicon.lang)), None)
            if said is None:
                continue
            if stated is None:  # asked only of a text that says the opposite somewhere
                stated = stated_claims(text, context)
            if fact.id in stated:
                continue
            label = context.lexicon.outcome(outcome.id)
            out.append(Finding(
                "direction-flipped", "error",
                f"This sentence says \"{said.text}\", but the fact sheet's finding is the "
                f"other way round: some \"{label}\".", fact.id, label, said.text,
                (said.start, said.end)))
            break
    return out


# most or all of a group, by language: a finding the sheet says of some, said of most or
# all of them, has its quantifier turned the other way ("most participants improved")
_MOST = {
    "en": r"most|all|every|everyone|everybody|(?:the\s+)?majority|nearly\s+all|almost\s+all",
    "es": r"(?:la\s+)?mayor[ií]a|tod[oa]s|todo\s+el\s+mundo|cada|casi\s+tod[oa]s",
    "fr": r"(?:la\s+)?plupart|(?:la\s+)?majorit[ée]|tou(?:s|tes)|tout\s+le\s+monde|chaque"
          r"|presque\s+tou(?:s|tes)",
    "de": r"(?:die\s+)?meisten|alle|allen|jede[rmn]?|(?:die\s+)?mehrheit|fast\s+alle",
    "it": r"(?:la\s+)?maggior\s+parte|(?:la\s+)?maggioranza|tutt[ie]|ognuno|ogni"
          r"|quasi\s+tutt[ie]",
    "pt": r"(?:a\s+)?maioria|tod[oa]s|toda\s+a\s+gente|cada|quase\s+tod[oa]s",
    "nl": r"(?:de\s+)?meeste|(?:de\s+)?meerderheid|alle|iedereen|elke?|bijna\s+alle",
}
_MOST_RE = {lang: regex.compile(rf"(?<![\p{{L}}])(?:{forms})(?![\p{{L}}])", regex.IGNORECASE)
            for lang, forms in _MOST.items()}
# what stands between a quantifier and its direction when both are said of the group: a
# clause break ends the reach
_CLAUSE = regex.compile(r"[,;:()\n–—]")
_FEW = ("some", "few", "a-few", "several")


def widened_claims(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    """A finding the sheet says of some ("some had less disability") said of most or all
    ("la mayoría tenían incluso menos discapacidad", "Tutte avevano meno disabilità"):
    a sentence with no figure of its own that states the claim's outcome in the claim's
    direction, with a quantifier of most or all earlier in the same clause
    (``hedge-reversed``)."""
    most = _MOST_RE.get(words.lang.split("-")[0])
    sheet = context.factsheet
    claims = [f for f in sheet.facts_of("claim")
              if getattr(f, "quantifier", None) in _FEW]
    if most is None or not claims:
        return []
    mentions = analysis_of(text, context)[NUMBERS]
    starts = [m.start for m in mentions]
    out: list[Finding] = []
    for sentence in _sentences(text, context):
        said_here = [s for s in sentence.said if not s.negated]
        if not said_here:
            continue
        inside = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        if any(m.kind in ("percent", "frequency", "number", "fold", "fraction")
               for m in inside):
            continue
        for fact in claims:
            outcome = sheet.outcomes.get(fact.outcome or "")
            if outcome is None or not outcome.direction:
                continue
            goal = through_polarity(outcome.direction, outcome.polarity)
            said = next((s for s in said_here if through_polarity(
                s.direction, outcome.polarity) == goal and not no_claim(
                    text, s.start, s.direction, context.lexicon.lang)), None)
            if said is None:
                continue
            breaks = [m.end() for m in _CLAUSE.finditer(text, sentence.start, said.start)]
            lo = breaks[-1] if breaks else sentence.start
            hits = list(most.finditer(text, lo, said.start))
            if not hits:
                continue
            hit = hits[-1]
            out.append(Finding(
                "hedge-reversed", "error",
                f"\"{hit.group()}\" … \"{said.text}\": the fact sheet says this of some "
                f"only ({context.lexicon.outcome(outcome.id)}).", fact.id, "some",
                text[hit.start():said.end], (hit.start(), said.end)))
            break
    return out


def _even(text: str, sentence: object, words: SheetWords) -> bool:
    """Whether the sentence marks its finding as the surprising one ("even")."""
    even = frozenset(fold(w) for w in EVEN.get(words.lang, ()))
    return any(t.norm in even for t in tokens(text[sentence.start:sentence.end]))


# kinds of fact that give an outcome's effect a direction between two groups
_EFFECTS = ("relative-change", "ratio", "difference", "comparison", "absolute-change")


def main_flips(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    """The study's effect on an outcome said the other way round with no figure ("a heart
    scan can raise the number of heart attacks", "mehr Herzinfarkte", "plus d'infarctus"):
    a sentence that names the outcome and the group the effect is of (a word only that
    group's names have, or the intervention), never the group it is measured against, and
    states the opposite of the one direction every effect fact of that outcome has. An
    outcome the sheet gives a direction itself is the directions rule's; one whose facts
    go both ways (one group higher, another lower) is left alone."""
    effects = _one_way(context)
    if not effects:
        return []
    mentions = analysis_of(text, context)[NUMBERS]
    starts = [m.start for m in mentions]
    sheet = context.factsheet
    out: list[Finding] = []
    for sentence in _sentences(text, context):
        said_here = [s for s in sentence.said if not s.negated]
        if not said_here or not any(oid in effects for oid in sentence.outcomes):
            continue
        inside = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        if any(m.kind != "duration" for m in inside):
            continue  # a figure of its own: the effects rule reads it
        norms = {t.norm for t in tokens(text[sentence.start:sentence.end])}
        for oid in sentence.outcomes:
            if oid not in effects:
                continue
            direction, group, versus = effects[oid]
            own, other = _distinct(context, words, oid, group, versus)
            if norms & other or not (norms & own or _treated(text, sentence, context, words)):
                continue
            outcome = sheet.outcomes[oid]
            goal = through_polarity(direction, outcome.polarity)
            if any(through_polarity(s.direction, outcome.polarity) == goal for s in said_here):
                continue  # both ways in one sentence: "a scan more, and fewer heart attacks"
            if _WITHOUT.search(text, sentence.start, sentence.end) is not None:
                continue  # "without the scan, there were more": the other group's
            said = next((s for s in said_here if through_polarity(
                s.direction, outcome.polarity) in OPPOSITE.get(goal, set()) and not no_claim(
                    text, s.start, s.direction, context.lexicon.lang)
                and not _of_study(text, s)), None)
            if said is None:
                continue
            label = context.lexicon.outcome(oid)
            out.append(Finding(
                "direction-flipped", "error",
                f"This sentence says \"{said.text}\", but in the study the outcome went the "
                f"other way ({direction}): \"{label}\".", None, label, said.text,
                (said.start, said.end)))
            break
    return out


# "without" before a noun, by language: the sentence speaks of going without the exposure
_WITHOUT = regex.compile(r"(?<![\p{L}])(?:without|sin|sans|ohne|senza|sem|zonder)(?![\p{L}])",
                         regex.IGNORECASE)
# a study's size or rank, not the outcome's direction ("a major study", "estudio mayor",
# "eine größere Studie")
_STUDY_NEAR = regex.compile(
    r"(?<![\p{L}])(?:stud(?:y|ies)|trials?|estudios?|ensayos?|études?|essais?|Studie\w*"
    r"|stud[io]|studi|estudos?|ensaios?)(?![\p{L}])", regex.IGNORECASE)


def _of_study(text: str, said: object) -> bool:
    """Whether a direction word stands right beside a noun of study ("estudio mayor")."""
    before = text[max(0, said.start - 12):said.start]
    after = text[said.end:said.end + 14]
    return bool(_STUDY_NEAR.search(before.split()[-1] if before.split() else "")
                or _STUDY_NEAR.search(after.split()[0] if after.split() else ""))


def _one_way(context: CheckContext) -> dict[str, tuple[str, str, str | None]]:
    """Outcomes with no direction of their own whose effect facts all go one way, from
    one group: outcome -> (direction, group, versus), once per sheet and language."""
    def make() -> dict[str, tuple[str, str, str | None]]:
        sheet = context.factsheet
        seen: dict[str, set[tuple[str, str, str | None]]] = {}
        for fact in sheet.facts.values():
            oid = getattr(fact, "outcome", None)
            direction = {"lower": "decreased", "higher": "increased"}.get(
                getattr(fact, "direction", None) or "")
            if not oid or fact.kind not in _EFFECTS or getattr(fact, "role", "") != "result":
                continue
            outcome = sheet.outcomes.get(oid)
            group = getattr(fact, "group", None)
            if outcome is None or outcome.direction or not group or direction is None:
                seen.setdefault(oid or "", set()).add(("", "", None))
                continue
            seen.setdefault(oid, set()).add((direction, group, getattr(fact, "versus", None)))
        return {oid: next(iter(ways)) for oid, ways in seen.items()
                if oid and len(ways) == 1 and next(iter(ways))[0]}

    return context.lexicon.remember(("flips-one-way",), make)


def _distinct(context: CheckContext, words: SheetWords, oid: str, group: str,
              versus: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The words only the effect's group is named by, and those only the group it is
    measured against is named by: no word of another group or of the outcome ("heart" of
    "heart scan" is also the outcome's, "people" every group's)."""
    def make() -> tuple[frozenset[str], frozenset[str]]:
        named = words.group_words
        said = {t.norm for form in context.factsheet.outcomes[oid].label.all_forms(
            words.lang) for t in tokens(form)}
        def only(gid: str | None) -> frozenset[str]:
            if gid is None:
                return frozenset()
            rest = set().union(*(w for g, w in named.items() if g != gid))
            return frozenset(named.get(gid, frozenset()) - rest - said - words.stop)

        return only(group), only(versus)

    return context.lexicon.remember(("flips-distinct", oid, group, versus), make)


def _treated(text: str, sentence: object, context: CheckContext, words: SheetWords) -> bool:
    """Whether the sentence names the exposure: the intervention, or a group compared."""
    from .claims import _exposure_spans

    return bool(_exposure_spans(text, sentence.start, sentence.end, context))
