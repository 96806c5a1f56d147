"""Rule ``negation-changed``: a negation or its scope changed around a figure or a finding,
with the numbers intact.

- A figure of an outcome the sheet states without a negation ("4% got an infection")
  said with one ("4% did not get an infection"); its complement ("96% did not") is
  faithful and left alone.
- A figure of an outcome the sheet states with a negation and a direction ("80% did not
  get worse") said with the negation on another direction ("80% did not get better").
- A negated finding that the sheet narrows ("no major bleeding", "no more than mild pain")
  said without its narrowing word ("no bleeding", "no pain").

A flipped direction without a negation ("got worse" for "did not get worse") is
``direction-flipped``, and "not significantly different" turned into "different" is
``invented-difference``, and a finding of some said of no one ("no one got better") is
``direction-flipped`` already: none is reported again here.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Any

import regex
from plainsum.analysis import analysis_of
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from . import plain_regex
from .analysis import NUMBERS
from .denied_caveats import absent_made_present, denied_caveats
from .denied_wording import denied_wording
from .directions import _NEGATED, Said, _words, through_polarity
from .known_denied import blinded_said, known_denied
from .negated_kind import kind_denied
from .none_happened import none_happened
from .none_scope import none_scope
from .polarity import polarity
from .recall_sheet import SheetWords, text_tokens
from .recall_words import FREE, NOBODY, SCOPE, SOME, matcher, matches
from .sheet import matches as value_matches
from .sheet import sheet_index
from .text import Token, fold, same_word, shifted_tokens, tokens

WINDOW = 4  # words between a negation and the outcome word it negates
SPAN = 3  # the words before a finding's noun a narrowing negation stands in
_BREAK = regex.compile(r"[,;:.!?()\n→⇒]")
_NEGATIVE = frozenset(_NEGATED.values())  # a direction that is itself a negation


def negations(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    words_of = _words(context.pack)
    if words_of.negation is None:
        return []
    out: list[Finding] = []
    out += _figures(text, context, words)
    out += _narrowed(text, context, words)
    out += _denied(text, context)
    out += _some_of_none(text, context, words)
    out += _significance_denied(text, context)
    out += denied_caveats(text, context)
    out += absent_made_present(text, context)
    out += known_denied(text, context)
    out += polarity(text, context)
    # "patients could be blinded" is one change of the limitation: the word for blinded
    # inside a statement already reported as said without its negation is not a second
    out += [f for f in blinded_said(text, context)
            if not any(_overlap(f, g) for g in out if g.rule == "negation-changed")]
    # a limitation's own wording said without its negation, where no finding above has it
    out += [f for f in denied_wording(text, context)
            if not any(_overlap(f, g) for g in out if g.rule == "negation-changed")]
    scope, nobody = _scope(context.lexicon.lang)
    narrowed = _narrow_outcomes(context, words)
    out += none_scope(text, context, words, narrowed, scope, nobody)
    said = [f for f in out if f.rule == "negation-changed"]
    out += [f for f in none_happened(text, context, words, narrowed, scope, nobody,
                                     words_of.negation)
            if not any(_overlap(f, g) for g in said)]
    return _uncontained(out)


def _uncontained(found: list[Finding]) -> list[Finding]:
    """One change reported once: a negation-changed finding whose span lies inside
    another's ("potencia suficiente" inside "potencia suficiente para comparar las visitas
    por sangrado") is left out; the wider one overlaps every edit the narrower does."""
    said = [f for f in found if f.rule == "negation-changed" and f.span]
    return [f for f in found if not (
        f.rule == "negation-changed" and f.span and any(
            g.span != f.span and g.span[0] <= f.span[0] and f.span[1] <= g.span[1]
            for g in said))]


@functools.lru_cache(maxsize=256)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """A language's closed-class words, folded (once per process, not per text)."""
    return frozenset(fold(w) for w in words)


def _overlap(a: Finding, b: Finding) -> bool:
    return bool(a.span and b.span and a.span[0] < b.span[1] and b.span[0] < a.span[1])


def _finding(span: tuple[int, int], text: str, message: str, fact: str | None,
             expected: str | None) -> Finding:
    return Finding("negation-changed", "error", message, fact, expected,
                   text[span[0]:span[1]], span)


@functools.lru_cache(maxsize=256)
def _label_words(forms: tuple[str, ...], stop: frozenset[str]) -> frozenset[str]:
    return frozenset(t.norm for f in forms for t in tokens(f)
                     if len(t.norm) >= 4 and t.norm not in stop)


def _label_of(outcome: Any, lang: str, words: SheetWords,
              negation: Any) -> tuple[frozenset[str], bool]:
    """An outcome's label words and whether the label is negated (once per sheet)."""
    key = ("label-of", outcome.id)
    if key not in words.cache:
        forms = tuple(outcome.label.all_forms(lang))
        words.cache[key] = (_label_words(forms, words.stop),
                            any(_negated(f, negation) for f in forms))
    return words.cache[key]


def _negated(phrase: str, negation: Any) -> bool:
    return negation.search(phrase) is not None


def _figures(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    index = sheet_index(context.factsheet, context.lexicon)
    sheet, lang = context.factsheet, context.lexicon.lang
    negation = _words(context.pack).negation
    mentions = [m for m in analysis_of(text, context)[NUMBERS]
                if m.percent is not None]  # a count inside the clause does not end it
    starts = [m.start for m in mentions]
    free = _folded(tuple(FREE.get(lang, ())))
    negated: list[Said] | None = None  # the text's negated directions (read on first need)
    out = []
    for k, m in enumerate(mentions):
        if m.percent is None:
            continue
        facts = _share_facts(index, m.percent)
        if not facts:
            continue
        end = _clause_end(text, m.end, starts[k + 1] if k + 1 < len(starts) else len(text))
        clause: list[Token] | None = None  # its words (read on first need)
        for fact in facts:
            outcome = sheet.outcomes.get(fact.outcome)
            if outcome is None:
                continue
            content, negated_label = _label_of(outcome, lang, words, negation)
            if not content:
                continue
            if not negated_label:
                if clause is None:
                    clause = shifted_tokens(text[m.end:end], m.end)
                hit = _negated_word(text, clause, content, negation, free,
                                    _label_negations(context, words, negation))
                if hit is not None:
                    label = context.lexicon.outcome(outcome.id)
                    out.append(_finding(
                        (hit[0], hit[1]), text,
                        f"{m.text} is the figure for \"{label}\", but here it is said with a "
                        f"negation (\"{text[hit[0]:hit[1]]}\"), which turns it round.",
                        fact.id, label))
                    break
            elif outcome.direction in _NEGATIVE:
                if negated is None:
                    negated = [s for s in _said(text, context) if s.negated]
                said = [s for s in negated if m.end <= s.start and s.end <= end]
                if said and all(through_polarity(s.direction, outcome.polarity)
                                != outcome.direction for s in said):
                    s = said[0]
                    label = context.lexicon.outcome(outcome.id)
                    out.append(_finding(
                        (s.start, s.end), text,
                        f"{m.text} is the figure for \"{label}\", but here the negation is on "
                        f"\"{s.text}\", which says something else.", fact.id, label))
                    break
    return out


def _share_facts(index: Any, percent: float) -> list[Any]:
    """The facts of the sheet a share gives, unless it is also the complement of one (a
    text may say "96% did not" for 4%), looked up once per value and sheet."""
    return _SHARES.get((index,), percent, lambda: [] if any(
        value_matches(100 - percent, allowed) for _, allowed in index.shares) else [
        f for f, allowed in index.shares if f.outcome and value_matches(percent, allowed)])


_SHARES: Memo[list[Any]] = Memo(4096)


def _said(text: str, context: CheckContext) -> list[Said]:
    """Every direction the text states (read once per text for the direction rule)."""
    from .directions import _sentences

    return [s for sentence in _sentences(text, context) for s in sentence.said]


def _clause_end(text: str, start: int, limit: int) -> int:
    hit = _BREAK.search(text, start, limit)
    return hit.start() if hit else limit


def _label_negations(context: CheckContext, words: SheetWords,
                     negation: Any) -> tuple[tuple[str, ...], ...]:
    """The words of each group label from its negation on ("without training", "ohne
    Training", "sin diabetes"), in every language the sheet gives (once per sheet): a
    negation said inside a group's own name negates no outcome."""
    key = ("group-label-negations",)
    if key not in words.cache:
        tails: set[tuple[str, ...]] = set()
        for group in context.factsheet.groups.values():
            for label in (group.label, group.short):
                for lang in (label.by_lang if label is not None else ()):
                    for form in label.all_forms(lang):
                        toks = tokens(form)
                        tails.update(tuple(t.norm for t in toks[i:])
                                     for i, t in enumerate(toks)
                                     if negation.fullmatch(form, t.start, t.end))
        words.cache[key] = tuple(sorted(tails))
    return words.cache[key]


def _in_label(clause: list[Token], i: int, tails: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the negation ``clause[i]`` opens the rest of a group's label."""
    return any(len(tail) > 1 and len(clause) - i >= len(tail) and all(
        same_word(w, clause[i + j].norm) for j, w in enumerate(tail)) for tail in tails)


def _negated_word(text: str, clause: list[Token], content: frozenset[str],
                  negation: Any, free: frozenset[str],
                  tails: tuple[tuple[str, ...], ...] = ()) -> tuple[int, int] | None:
    """A negation (or a word for free of) in ``clause`` with a word of ``content`` at most
    WINDOW words after it; or a word of ``content`` with free of right after it or glued
    to it ("infection-free", "infektionsfrei"). A negation inside a group's label
    ("people without training had a fall") negates no outcome (``tails``)."""
    def said(tok: Token) -> bool:
        return any(same_word(tok.norm, w) for w in content if w[:3] == tok.norm[:3])

    for i, tok in enumerate(clause):
        if said(tok):
            after = clause[i + 1:i + 2]
            if after and after[0].norm in free and after[0].start - tok.end <= 1:
                return tok.start, after[0].end
            continue
        if any(tok.norm.endswith(f) and _glued(tok.norm[:-len(f)], content) for f in free):
            return tok.start, tok.end  # "infektionsfrei"
        if tok.norm in free:
            pass
        elif (negation.fullmatch(text, tok.start, tok.end) is None and not (
                text[tok.end:tok.end + 1] in "'’" and negation.fullmatch(
                    text, tok.start, min(len(text), tok.end + 3)) is not None)) or (
                tails and _in_label(clause, i, tails)):
            continue  # no negation, or one inside a group's label
        for nxt in clause[i + 1:i + 1 + WINDOW]:
            if said(nxt):
                return tok.start, nxt.end
    return None


def _glued(stem: str, content: frozenset[str]) -> bool:
    """Whether the first part of a compound is a word of ``content`` (or inside one:
    "infektions" in "Wundinfektion")."""
    stem = stem.rstrip("s")
    return len(stem) >= 5 and any(stem[:6] in w for w in content)


def _narrowed(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    """A negated finding said without the word that narrows it in the sheet."""
    found = _narrow_outcomes(context, words)
    if not found:
        return []  # most sheets: no negated finding narrowed by a word
    negation = _words(context.pack).negation
    scope, nobody = _scope(context.lexicon.lang)
    people = frozenset().union(*words.group_words.values())
    toks = text_tokens(text, context)
    begins = [t[0][:3] for t in toks]
    out = []
    for oid, heads, others, own in found:
        # most words begin like no head: no scan
        for i in [i for i, b in enumerate(begins) if b in heads]:
            tok = toks[i]
            if not any(same_word(tok.norm, h) for h in heads[begins[i]]):
                continue
            before = toks[max(0, i - WINDOW - 1):i]
            if any(_BREAK.search(text, b.end, tok.start) for b in before[-1:]):
                continue
            negs = [b for b in _near(before, words.stop)
                    if negation.fullmatch(text, b.start, b.end) or b.norm in nobody]
            between = [b.norm for b in before if b.start > negs[-1].start] if negs else []
            if not negs or _BREAK.search(text, negs[-1].end, tok.start) or any(
                    w in others for w in between) or sum(
                    w not in words.stop and w not in own and w not in people
                    for w in between) > 1:
                continue  # a negation of something else ("no difference in visits for")
            if _about_it(between, words.stop, context.lexicon.lang):
                continue  # "no conclusion on bleeding": a noun denied, the finding its topic
            after = toks[i + 1:i + 3]
            if text[tok.end:tok.end + 1] in "-‐" or any(
                    matches(b.norm, *scope) for b in (*before, *after)):
                continue  # narrowed as the sheet has it, or part of a longer word
            label = context.lexicon.outcome(oid)
            out.append(_finding(
                (negs[-1].start, tok.end), text,
                f"\"{text[negs[-1].start:tok.end]}\" leaves out what narrows the finding: "
                f"the fact sheet's is about \"{label}\", not about any.", None, label))
    return out


# prepositions of topic: after a denied noun they name what it is about ("no conclusion on
# bleeding", "ninguna conclusión sobre", "keine Aussage zu"), so the finding after them is
# not what is denied (closed-class words by language; never "of", "de", "von")
_ABOUT = {"en": frozenset({"on", "about", "regarding", "concerning"}),
          "es": frozenset({"sobre", "acerca", "respecto"}),
          "fr": frozenset({"sur", "concernant", "quant"}),
          "de": frozenset({"zu", "zur", "zum", "uber", "bezuglich", "hinsichtlich"}),
          "it": frozenset({"su", "sul", "sulla", "sulle", "sui", "sugli", "riguardo", "circa"}),
          "pt": frozenset({"sobre", "acerca", "quanto", "relativamente"})}


def _about_it(between: list[str], stop: frozenset[str], lang: str) -> bool:
    """Whether a word of ``between`` (negation to finding) is a preposition of topic after
    a noun the negation denies."""
    about = _ABOUT.get(lang.split("-")[0])
    if not about:
        return False
    seen = False
    for word in between:
        if word in about and seen:
            return True
        seen = seen or (word not in stop and word not in about)
    return False


@functools.lru_cache(maxsize=64)
def _scope(lang: str) -> tuple[tuple[frozenset[str], tuple[str, ...]], frozenset[str]]:
    scope = matcher(tuple(fold(w) if not w.endswith("*") else fold(w[:-1]) + "*"
                          for w in SCOPE.get(lang, ())), lang)
    return scope, frozenset(fold(w) for w in NOBODY.get(lang, ()) if " " not in w)


def _narrow_outcomes(context: CheckContext, words: SheetWords) -> list[Any]:
    """The outcomes whose finding the sheet negates and narrows ("no major bleeding"):
    (id, their nouns by first three letters, other outcomes' words, their own words),
    once per sheet and pack."""
    if "narrow" in words.cache:
        return words.cache["narrow"]
    sheet, lang = context.factsheet, context.lexicon.lang
    negation = _words(context.pack).negation
    scope, _ = _scope(lang)
    none_claims = {f.outcome for f in sheet.facts_of("claim")
                   if getattr(f, "quantifier", None) == "none"}
    out = []
    for outcome in sheet.outcomes.values():
        forms = outcome.label.all_forms(lang)
        if outcome.id not in none_claims and not any(_negated(f, negation) for f in forms):
            continue
        if not any(matches(t.norm, *scope) for f in forms for t in tokens(f)):
            continue
        heads: dict[str, list[str]] = {}
        for h in set().union(*(_heads(f, scope, words.stop) for f in forms)):
            heads.setdefault(h[:3], []).append(h)
        out.append((outcome.id, heads, _other_words(sheet, outcome.id, lang, words.stop),
                    {t.norm for f in forms for t in tokens(f)}))
    words.cache["narrow"] = out
    return out


def _heads(phrase: str, scope: tuple[frozenset[str], tuple[str, ...]],
           stop: frozenset[str]) -> set[str]:
    """A finding's noun: the word beside the one that narrows it ("bleeding" in "had major
    bleeding", "hemorragia" in "tuvieron una hemorragia grave", "Blutung" in "von einer
    schweren Blutung betroffen")."""
    toks = [t.norm for t in tokens(phrase)]
    out = set()
    for i, word in enumerate(toks):
        if matches(word, *scope):
            for j in (i - 1, i + 1):
                if 0 <= j < len(toks) and len(toks[j]) >= 4 and toks[j] not in stop \
                        and not matches(toks[j], *scope):
                    out.add(toks[j])
    return out


def _near(before: list[Token], stop: frozenset[str]) -> list[Token]:
    """The words before a noun up to SPAN words that carry meaning back (articles and
    other function words do not count: "ningún paciente tuvo una hemorragia")."""
    out: list[Token] = []
    content = 0
    for tok in reversed(before):
        out.append(tok)
        if tok.norm not in stop:
            content += 1
            if content >= SPAN:
                break
    return out[::-1]


@functools.lru_cache(maxsize=64)
def _other_words_of(sheet_id: int, forms: tuple[tuple[str, ...], ...], own: tuple[str, ...],
                    stop: frozenset[str]) -> frozenset[str]:
    mine = {t.norm for f in own for t in tokens(f)}
    return frozenset(t.norm for group in forms for f in group for t in tokens(f)
                     if t.norm not in mine and t.norm not in stop and len(t.norm) >= 4)


def _other_words(sheet: Any, outcome_id: str, lang: str, stop: frozenset[str]
                 ) -> frozenset[str]:
    """The words of the sheet's other outcomes' labels that this one's lacks."""
    forms = tuple(tuple(o.label.all_forms(lang)) for o in sheet.outcomes.values()
                  if o.id != outcome_id)
    own = tuple(sheet.outcomes[outcome_id].label.all_forms(lang))
    return _other_words_of(id(sheet), forms, own, stop)


_WAY = {"lower": "decreased", "higher": "increased"}


def _differences(sheet: Any) -> list[tuple[str, str, float]]:
    """The differences the sheet finds: (outcome, way: decreased or increased, figure),
    from its relative changes and differences; none on an outcome that a no-difference
    fact of the sheet also speaks of."""
    out = []
    for fact in sheet.facts.values():
        if fact.background or not fact.outcome:
            continue
        if fact.kind == "relative-change":
            way = _WAY.get(getattr(fact, "direction", None) or "")
        elif fact.kind == "difference" and getattr(fact, "value", None):
            way = "decreased" if fact.value < 0 else "increased"
        else:
            continue  # (a comparison of two shares said the other way is direction-flipped)
        if way is not None:
            out.append((fact.outcome, way, abs(float(fact.value))))
    same = {f.outcome for f in sheet.facts_of("no-difference")}
    return [d for d in out if d[0] not in same]


def _denied(text: str, context: CheckContext) -> list[Finding]:
    """A difference the sheet finds said as none ("no fewer heart attacks", "did not have
    40% fewer", "did not reduce infections"): the finding's own direction negated. A
    sentence is about the difference when it gives its figure, or names its outcome
    when the sheet finds the outcome going one way only."""
    from .directions import _sentences

    found = _differences(context.factsheet)
    if not found:
        return []
    one_way: dict[str, set[str]] = {}
    for oid, way, _ in found:
        one_way.setdefault(oid, set()).add(way)
    negation = _words(context.pack).negation
    effect_ways = _effect_ways(context.pack)
    mentions = analysis_of(text, context)[NUMBERS]
    starts = [m.start for m in mentions]
    out = []
    for sentence in _sentences(text, context):
        values = {m.value for m in mentions[bisect_left(starts, sentence.start):
                                            bisect_left(starts, sentence.end)]}
        about = [(oid, way) for oid, way, value in found
                 if any(abs(v - value) < 0.5 for v in values)
                 or (oid in sentence.outcomes and len(one_way[oid]) == 1)]
        if not about:
            continue
        said_here = [s for s in sentence.said if s.negated]
        if effect_ways is not None:  # a comparative after its figure, negated before it
            said_here += [Said(h.start(), h.end(), h.group(), h.lastgroup or "", True)
                          for h in effect_ways.finditer(text, sentence.start, sentence.end)
                          if _negated_before(text, sentence.start, h.start(), negation)]
        for said in said_here:
            if _corrected(text, sentence.said, said, negation) or _further(
                    text, sentence.start, sentence.end, said) or kind_denied(
                    text, sentence.start, (said.start, said.end), negation):
                continue
            hit = next(((oid, way) for oid, way in about
                        if _NEGATED[way] in (said.direction, _NEGATED.get(said.direction))),
                       None)
            if hit is None:
                continue
            oid, way = hit
            label = context.lexicon.outcome(oid)
            out.append(_finding(
                (said.start, said.end), text,
                f"\"{said.text}\" is negated here, but the fact sheet finds a difference: "
                f"{'fewer' if way == 'decreased' else 'more'} \"{label}\".", None, label))
            break
    return out


# words that put a negated change on a change beyond the finding ("didn't lower it any
# further", "pas de baisse supplémentaire", "keine weitere Senkung", "nessuna ulteriore
# riduzione", "sin descenso adicional", "sem redução adicional"): closed-class words
_FURTHER = regex.compile(
    r"(?<!\p{L})(?:further|additional|extra|any\s+more|anymore|beyond|adicional\w*"
    r"|ulterior\w*|(?:aún|todavía|ainda)\s+más|(?:aún|todavía|ainda)\s+mais|supplémentaire\w*"
    r"|additionnel\w*|davantage|au-delà|weiter\w*|zusätzlich\w*|noch\s+mehr|darüber\s+hinaus"
    r"|aggiuntiv\w*|in\s+più|ancora\s+di\s+più|adiciona\w*|a\s+mais)(?!\p{L})",
    regex.IGNORECASE)
FURTHER_REACH = 40  # characters either side of a negated change its "further" may stand


def _further(text: str, start: int, end: int, said: Said) -> bool:
    """Whether a negated change is one beyond the finding ("a 22 per cent lower risk,
    although going even higher didn't lower it any further"): a word for further in the
    change's own clause, a few words either side of it."""
    lo = max(start, said.start - FURTHER_REACH)
    hi = min(end, said.end + FURTHER_REACH)
    mark = _BREAK.search(text, said.end, hi)
    hi = mark.start() if mark else hi
    back = [m.end() for m in _BREAK.finditer(text, lo, said.start)]
    lo = back[-1] if back else lo
    return _FURTHER.search(text, lo, hi) is not None


def _corrected(text: str, said: list[Said], denied: Said, negation: Any) -> bool:
    """Whether a negated direction only corrects the degree of one the sentence has just
    affirmed, in a contrast of its own opened by the negation after a comma ("a relative
    reduction of 40%, not a halving", "une baisse de 40 %, pas une division par deux")."""
    comma = text.rfind(",", 0, denied.start)
    if comma < 0 or negation is None:
        return False
    opened = regex.match(r"\s*", text[comma + 1:denied.start])
    lo = comma + 1 + (opened.end() if opened else 0)
    if negation.match(text, lo, denied.start) is None:
        return False
    return any(s.end <= comma and not s.negated and _NEGATED.get(s.direction) == denied.direction
               for s in said)


FAR = 8  # words back a negation of a clause's verb may stand from a direction after its
# figure ("n'ont pas eu 40 % de crises cardiaques en moins")


def _negated_before(text: str, start: int, pos: int, negation: Any) -> bool:
    """A negation in the same clause, at most FAR words before ``pos``, with a figure
    between them (the direction word said after the figure and its noun)."""
    if negation is None:
        return False
    hit = _BREAK.search(text[::-1], len(text) - pos, len(text) - start)
    lo = len(text) - hit.start() if hit else start
    words = tokens(text[lo:pos])[-FAR:]
    if not words or not any(c.isdigit() for c in text[lo + words[0].start:pos]):
        return False
    return any((negation.fullmatch(text, lo + w.start, lo + w.end) is not None or (
        text[lo + w.end:lo + w.end + 1] in "'’" and negation.fullmatch(
            text, lo + w.start, lo + w.end + 2) is not None))
        and not _expletive(text, lo + w.start, pos) for w in words)


# French "ne" after the "que" of a comparison, with no second part of a negation after
# it, negates nothing ("plus de vitamine D qu'il n'en faut", "moins qu'on ne le pensait")
_EXPLETIVE_BEFORE = regex.compile(r"qu(?:e|['’])\s*(?:il|elle|on|ils|elles|\p{L}+)?\s*$",
                                  regex.IGNORECASE)
_EXPLETIVE = regex.compile(r"n(?:e\b|['’])", regex.IGNORECASE)
_SECOND = regex.compile(r"(?<!\p{L})(?:pas|plus|jamais|rien|aucune?s?|guère|point|personne"
                        r"|nullement)(?!\p{L})", regex.IGNORECASE)


def _expletive(text: str, start: int, pos: int) -> bool:
    """Whether the negation word at ``start`` is such an expletive "ne"."""
    return _EXPLETIVE.match(text, start) is not None and _EXPLETIVE_BEFORE.search(
        text, max(0, start - 20), start) is not None and _SECOND.search(
        text, start, pos) is None


def _effect_ways(pack: Any) -> Any:
    """The pack's comparatives of an effect ("22 % de risque en moins", "inferiore"), as
    one pattern whose group name is the way (compiled once per pack)."""
    return _EFFECT_WAYS.get((pack,), None, lambda: _compile_ways(pack))


_EFFECT_WAYS: Memo[Any] = Memo(64)


def _compile_ways(pack: Any) -> Any:
    ways = getattr(pack, "effect_directions", None) or {}
    parts = [f"(?P<{way}>{'|'.join(frags)})" for way, frags in ways.items()
             if way in ("increased", "decreased") and frags]
    if not parts:
        return None
    return plain_regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(parts)})(?![\p{{L}}])",
                               regex.IGNORECASE)


# someone (the opposite of the sheet's no one): "someone had a major bleed", "alguien",
# "jemand", "qualcuno", "alguém"; closed-class words of the six languages
SOMEONE: dict[str, tuple[str, ...]] = {
    "en": ("someone", "somebody"), "es": ("alguien", "alguno", "alguna"),
    "fr": ("quelqu'un",), "de": ("jemand",), "it": ("qualcuno", "qualcuna"),
    "pt": ("alguém", "alguns"),
}
# all of a group: the opposite of the sheet's no one as much as some ("casi todos tuvieron
# un sangrado grave"); closed-class words of the six languages
EVERYONE: dict[str, tuple[str, ...]] = {
    "en": ("all", "everyone", "everybody"), "es": ("todos", "todas"),
    "fr": ("tous", "toutes"), "de": ("alle",), "it": ("tutti", "tutte"),
    "pt": ("todos", "todas"),
}
SOME_REACH = 20  # words from "some" to the end of what it says they had
_HOW = frozenset({"how", "cuantos", "cuantas", "combien", "wie", "quanti", "quante",
                  "quantos", "quantas"})


def _some_of_none(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    """A finding the sheet says of no one ("none had major bleeding") said of some ("some
    had major bleeding", "einige hatten eine schwere Blutung"): its negation dropped."""
    sheet, lang = context.factsheet, context.lexicon.lang
    outcomes = {f.outcome for f in sheet.facts_of("claim")
                if getattr(f, "quantifier", None) == "none" and f.outcome}
    if not outcomes:
        return []
    negation = _words(context.pack).negation
    some = _folded((*SOME.get(lang, ()), *SOMEONE.get(lang, ()), *EVERYONE.get(lang, ())))
    scope, nobody = _scope(lang)
    toks = text_tokens(text, context)
    out = []
    narrowed = {oid: heads for oid, heads, _, _ in _narrow_outcomes(context, words)}
    somes = [i for i, tok in enumerate(toks) if tok[0] in some]  # where "some" is said
    for oid in outcomes:
        if not somes:
            break
        heads = narrowed.get(oid, {})
        # each form's words that carry meaning: all of one form must be said
        forms = [key for f in sheet.outcomes[oid].label.all_forms(lang)
                 if (key := [t.norm for t in tokens(f)
                             if len(t.norm) >= 4 and t.norm not in words.stop])]
        for i in somes:
            tok = toks[i]
            if i and toks[i - 1].norm in _HOW:
                continue  # ("how many had ...": a question, not some of them)
            if any(negation.fullmatch(text, t.start, t.end) or t.norm in nobody
                   for t in toks[max(0, i - 2):i] if not _BREAK.search(text, t.end, tok.start)):
                continue  # "none of all the patients", "not all"
            clause = []
            # the group they are some of may stand between ("some of the people with a
            # low-risk blood clot in the lung in the study had serious bleeding")
            for nxt in toks[i + 1:i + 1 + SOME_REACH]:
                if _BREAK.search(text, tok.end, nxt.start):
                    break
                clause.append(nxt)
            if heads:  # a narrowed finding: its noun and a narrowing word
                hit = next((t for t in clause if any(
                    same_word(t.norm, h) for h in heads.get(t.norm[:3], ()))), None)
                if not any(matches(t.norm, *scope) for t in clause):
                    hit = None
            else:
                said = [next((t for t in clause if same_word(t.norm, w)), None)
                        for key in forms for w in key[-1:]
                        if all(any(same_word(t.norm, x) for t in clause) for x in key)]
                hit = next((t for t in said if t is not None), None)
            if hit is None or any(negation.fullmatch(text, t.start, t.end) or t.norm in nobody
                                  for t in clause):
                continue
            label = context.lexicon.outcome(oid)
            out.append(_finding(
                (tok.start, hit.end), text,
                f"\"{text[tok.start:hit.end]}\" says some did, but the fact sheet says no one "
                f"\"{label}\".", None, label))
            break
    return out


# --- a significant difference said not to be ----------------------------------------------
# "not significant" of a difference, closed-class words of the six languages
_NOT_SIGNIFICANT = {
    "en": r"(?:not|never)\s+(?:\w+\s+){0,2}?(?:statistically\s+)?significant\w*|no\s+"
          r"(?:statistically\s+)?significant|non-?significant|insignificant",
    "es": r"no\s+(?:\w+\s+){0,2}?(?:estadísticamente\s+)?significativ\w*|ningun[ao]?\s+"
          r"(?:diferencia\s+)?(?:estadísticamente\s+)?significativ\w*|sin\s+significaci[oó]n",
    "fr": r"(?:non|pas|ni)\s+(?:\w+\s+){0,2}?(?:statistiquement\s+)?significati\w*|aucune?\s+"
          r"(?:différence\s+)?(?:statistiquement\s+)?significati\w*",
    "de": r"nicht\s+(?:\w+\s+){0,2}?(?:statistisch\s+)?signifikant\w*|kein\w*\s+(?:statistisch\s+)?"
          r"signifikant\w*|nicht-signifikant\w*",
    "it": r"non\s+(?:\w+\s+){0,2}?(?:statisticamente\s+)?significativ\w*|nessun[ao]?\s+"
          r"(?:differenza\s+)?(?:statisticamente\s+)?significativ\w*",
    "pt": r"não\s+(?:\w+\s+){0,2}?(?:estatisticamente\s+)?significativ\w*|nenhuma?\s+"
          r"(?:diferença\s+)?(?:estatisticamente\s+)?significativ\w*|sem\s+significado",
}
_NOT_SIGNIFICANT_RE = {lang: regex.compile(rf"(?<![\p{{L}}])(?:{p})(?![\p{{L}}])",
                                           regex.IGNORECASE)
                       for lang, p in _NOT_SIGNIFICANT.items()}
CLEAR_Z = 2.2  # a difference of two shares this many standard errors apart is significant
BACK = 2  # sentences before a "not significant" that may give what it is said of


def _two_shares_z(a: Any, b: Any) -> float | None:
    """The z of two counted shares' difference (pooled), or None without their counts."""
    n1, n2 = getattr(a, "total", None), getattr(b, "total", None)
    k1, k2 = getattr(a, "count", None), getattr(b, "count", None)
    if not (n1 and n2) or k1 is None or k2 is None:
        return None
    pooled = (k1 + k2) / (n1 + n2)
    se = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)) ** 0.5
    return abs(k1 / n1 - k2 / n2) / se if se else None


def _significant(sheet: Any) -> dict[str, frozenset[float]]:
    """The outcomes whose difference the sheet shows to be significant, with the figures
    it is given by: two counted shares compared whose difference is clear of chance, or
    an effect whose interval leaves out no effect (1 for a ratio, 0 for a change). None
    on an outcome a no-difference fact speaks of."""
    out: dict[str, set[float]] = {}
    for fact in sheet.facts_of("comparison"):
        arms = [sheet.facts.get(f) for f in fact.facts]
        if fact.direction not in ("lower", "higher") or len(arms) != 2 or None in arms:
            continue
        z = _two_shares_z(*arms)
        outcome = arms[0].outcome or arms[1].outcome
        if z is not None and z >= CLEAR_Z and outcome:
            out.setdefault(outcome, set()).update(v for a in arms for v in a.numbers)
    for fact in sheet.facts.values():
        ci = getattr(fact, "ci", None)
        if ci is None or not fact.outcome or fact.background:
            continue
        none = 1.0 if fact.kind == "ratio" else 0.0
        if not ci.low <= none <= ci.high:
            out.setdefault(fact.outcome, set()).update(fact.numbers)
    same = {f.outcome for f in sheet.facts_of("no-difference")}
    return {oid: frozenset(v) for oid, v in out.items() if oid not in same}


def _significance_denied(text: str, context: CheckContext) -> list[Finding]:
    """A difference the sheet shows to be significant said not to be ("the difference was
    not statistically significant", "Differenza non significativa", "kein signifikanter
    Unterschied"): in a sentence about its outcome, or right after one (in its paragraph)
    that names the outcome or gives its figures, where no other outcome is named between."""
    from .directions import _sentences

    pattern = _NOT_SIGNIFICANT_RE.get(context.lexicon.lang.split("-")[0])
    if pattern is None:
        return []
    found = context.lexicon.remember(("negations-significant",),
                                     lambda: _significant(context.factsheet))
    if not found or "signifi" not in text.casefold() or pattern.search(text) is None:
        return []  # every form of the pattern holds "signifi" (a substring test first)
    mentions = analysis_of(text, context)[NUMBERS]
    sentences = _sentences(text, context)
    out = []
    for k, sentence in enumerate(sentences):
        hit = pattern.search(text, sentence.start, sentence.end)
        if hit is None:
            continue
        about: set[str] = set()
        for j in range(k, max(-1, k - BACK - 1), -1):
            earlier = sentences[j]
            if j < k and "\n\n" in text[earlier.end:sentences[j + 1].start]:
                break
            values = {m.value for m in mentions if earlier.start <= m.start < earlier.end}
            about = set(earlier.outcomes) | {oid for oid, figures in found.items()
                                             if any(abs(v - f) < 1e-6 for v in values
                                                    for f in figures)}
            if about:
                break
        if len(about) != 1 or not about <= set(found):
            continue  # said of nothing here, of something else, or of two outcomes
        oid = next(iter(about))
        label = context.lexicon.outcome(oid)
        out.append(_finding(
            hit.span(), text,
            f"\"{hit.group()}\": the fact sheet's figures for \"{label}\" show a difference "
            f"clear of chance.", None, label))
    return out
