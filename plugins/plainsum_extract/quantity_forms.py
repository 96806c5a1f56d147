"""How English states a quantity: patterns only, no state (stage 3, read by :mod:`.quantities`).

:func:`read` finds, in one sentence, the figures whose wording fixes their kind:
relative changes ("30 percent less likely", "a 20% lower risk", "cut ... by 40 per
cent", "four times as likely", "double the risk"), ratios ("hazard ratio 0.62 (95% CI
0.45-0.85)", "OR 1.8"), ranges ("ages 2 to 18", "between 50 and 90 percent"), absolute
differences ("5 percentage points lower", "28.8 hours shorter") and results of no
difference ("no significant difference in pain"). Each :class:`Quantity` keeps its span
in the sentence, so the plain percentage reader can leave those figures alone.
:func:`hedge_of` reads how exactly a figure is stated ("about", "more than" ...).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .state import AGENT_PEOPLE
from .text import NUM, WORD_NUMBERS, number, reach_start

PCT = r"\s*(?:%|percent\b|per\s*cent\b)"
NUMD = rf"(?:{NUM}|\.\d+)"  # ".7 percent": a decimal without its zero
SIGNED = rf"(?:(?<![\w.,])[−-]\s?)?{NUM}"  # "-0.17", "−2.5": a minus sign right before
WORDNUM = r"(?:two|three|four|five|six|seven|eight|nine|ten)"

# hedge -> how English says it right before a figure (longest forms first)
HEDGES = (
    ("nearly", r"nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of)"),
    ("at-least", r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of"),
    ("up-to", r"up\s+to|as\s+(?:many|much|high|long|far)\s+as|at\s+most|no\s+more\s+than"),
    ("more-than", r"more\s+than|over|greater\s+than|upwards\s+of|in\s+excess\s+of|above|"
                  r"exceeding"),
    ("less-than", r"less\s+than|fewer\s+than|under|below|lower\s+than"),
    ("about", r"about|around|approximately|approx\.|roughly|some|an\s+estimated|"
              r"estimated|~|an\s+average\s+of\s+about"),
)
# "at most, an additional 28", "up to an extra 5": the hedge holds over the added words
_HEDGE_AT_END = [(h, re.compile(rf"(?i)(?<![\w-])(?:{p}),?\s*(?:a|an|the)?\s*(?:additional\s+|"
                                rf"extra\s+|further\s+)?$")) for h, p in HEDGES]
HEDGE_AT_END = [(h, re.compile(rf"(?i)(?<![\w-])(?:{p})\s+$")) for h, p in HEDGES]
"""(hedge, pattern of its words right before a figure), for finding where they start."""


def hedge_of(before: str) -> str | None:
    """The hedge that ends ``before`` (the text right before a figure), as a sheet
    value: about | nearly | more-than | at-least | less-than | up-to."""
    tail = before[-40:]
    for hedge, pattern in _HEDGE_AT_END:
        if pattern.search(tail):
            return hedge
    return None


@dataclass
class Quantity:
    """A figure read from a sentence: its kind, value(s) and where it stands."""

    kind: str  # relative-change | ratio | range | difference | no-difference
    start: int  # the figure's span in the sentence (the whole phrase for no-difference)
    end: int
    value: float | int | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # direction, unit, ratio, ci ...
    outcome: tuple[str, int, int] | None = None  # the outcome's words and span
    hedge: str | None = None
    phrase: tuple[int, int] = (0, 0)  # all the words of the figure, for claiming
    efficacy: bool = False  # a vaccine's or treatment's efficacy: said of those who got it

    def span(self) -> tuple[int, int]:
        return self.start, self.end


# -- relative changes ---------------------------------------------------------------------

_LOWER = r"lower|less|fewer|reduced|decreased|smaller|shorter|slower|down"
_HIGHER = (r"higher|more|greater|increased|elevated|larger|bigger|longer|faster|up|"
           r"additional|extra")
_NOUN_CHANGE = (r"reduction|decrease|drop|decline|fall|cut|lower|increase|rise|jump|gain|"
                r"boost|improvement|growth")
VERB_LOWER = (r"reduc\w*|lower(?:ed|s|ing)?|cut(?:s|ting)?|decreas\w*|drop(?:ped|s)?|fell|"
               r"falls?|falling|fallen|declin\w*|slash\w*|shr[aiu]nk\w*|halved|diminish\w*|"
               r"plummet\w*|plung\w*|sank|sunk")
VERB_HIGHER = (r"increas\w*|rais\w*|boost\w*|rose|rises?|rising|risen|jump\w*|gr[eo]w\w*|"
                r"improv\w*|elevat\w*|enhanc\w*|climb\w*|soar\w*")

_REL_PCT = re.compile(
    rf"(?i)(?P<n>{NUM}){PCT}[\s-]+(?:(?P<d>{_LOWER}|{_HIGHER})\b(?!\s+than\b)"
    rf"|(?P<c>{_NOUN_CHANGE})\b)")
_REL_BY = re.compile(
    rf"(?i)\b(?P<v>{VERB_LOWER}|{VERB_HIGHER})\b(?P<obj>[^.;:!?]{{0,70}}?)"
    # "Falls were reported by 4.4%": the people who reported, no change by so much
    rf"(?<!reported\s)(?<!experienced\s)(?<!mentioned\s)(?<!noted\s)(?<!named\s)\bby\s+"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?"
    # "fell by a median of 71%": the statistic the change is summed up by
    rf"(?:an?\s+(?:average|mean|median)\s+of\s+)?(?P<n>{NUM}){PCT}")
_AND_BY = re.compile(
    rf"(?i)[^.;]{{0,80}}?\b(?:and|but|or)\s+(?:then\s+)?by\s+"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?(?P<n>{NUM}){PCT}")
_LIST_NEXT = re.compile(  # ", 41 percent in the middle-dose group and 58 percent in ..."
    rf"(?i)\s+(?:in|among|for|with)\s+[^,;.()%]{{1,60}}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?P<n>{NUM})(?P<p>{PCT})(?=\s+(?:in|among|for|with)\s)")
_EFFECT_WAS = re.compile(  # "the difference was (smaller --) about 11 percent"
    rf"(?i)\bthe\s+(?P<c>difference|reduction|decrease|drop|decline|fall|cut|increase|rise|"
    rf"benefit|gap)\s+(?:in\s+risk\s+)?(?:was|is|of)\s+(?:\w+\s+)?(?:--|–|—|,)?\s*"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?(?P<n>{NUM}){PCT}(?![\s-]+(?:points?|of)\b)")
_FOLD = re.compile(
    rf"(?i)\b(?:(?P<n>{NUM}|{WORDNUM})(?:[\s-]+times|[\s-]*fold)|(?P<tw>twice))\s+(?:as\s+|more\s+|"
    rf"higher\s+|greater\s+|the\s+|increased\s+)?(?P<what>likely|high|higher|great|greater|"
    rf"many|much|more|risk|rate|odds|chance|likelihood|number|amount|level|levels|"
    rf"increase|increased|frequent|common)\b")
_DOUBLE = re.compile(
    r"(?i)\b(?P<w>doubl|tripl|quadrupl)(?:e|ed|es|ing)\s+(?:the|their|his|her|its)\s+"
    r"(?:\w+\s+){0,3}?[a-z]\w+\b"
    r"|\b(?:risk|rate|odds|chance|likelihood|number|incidence)\s+(?:\w+\s+){0,4}?"
    r"(?:more\s+than\s+|nearly\s+|almost\s+)?(?P<w2>doubl|tripl|quadrupl)ed\b")
_FOLD_VERB = re.compile(  # "rose four-fold", "a threefold increase in"
    rf"(?i)\b(?:(?P<v>{VERB_HIGHER})\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    rf"(?P<n>{NUM}|{WORDNUM})[\s-]*fold\b"
    rf"|(?:an?\s+)?(?P<n2>{NUM}|{WORDNUM})[\s-]*fold\s+(?P<c>increase|rise|jump|gain|growth)\b)")
_CHANGE_OF = re.compile(  # "declines in the control group of one percent"
    rf"(?i)\b(?P<c>{_NOUN_CHANGE})s?\s+(?:[^,.;()]{{1,40}}?\s+)?of\s+"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?(?P<n>{NUM}|{WORDNUM}|one){PCT}")
_HALF = re.compile(r"(?i)\b(?:halved|half\s+the\s+(?:risk|rate|odds|chance|likelihood|"
                   r"number))\b|\bcut\s+(?:\w+\s+){0,4}?in\s+half\b|"
                   r"\bhalf\s+(?:that|those|the\s+(?:rate|risk|number|level)s?)\s+(?:of|in|among)\b")
_FOLD_WORDS = {"doubl": 2, "tripl": 3, "quadrupl": 4, "twice": 2}
# "Vaccine efficacy against X was 58.3%", "Effectiveness was 69 percent ... and 52 percent
# ...", "Against severe disease, it was 81 percent": the share of the comparison group's
# cases that those who got the vaccine or treatment were spared, a relative reduction
# (VE: the abbreviation vaccine efficacy and effectiveness go by, "VE 61% (95% CI 47-71)")
_EFFICACY = re.compile(r"(?i)\b(?:efficacy|effectiveness)\b|^\W*against\b|(?-i:\bVE\b)")
_EFFICACY_VALUE = re.compile(
    rf"(?i)(?:\b(?:was|were|is|are|of|at|to|reached|and|it|or)|[,;]|(?-i:\bVE\b)\s*[:=]?)\s+"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?(?P<n>{NUMD}){PCT}"
    rf"(?![\s-]*(?:of|points?|percentage|CI|C\.I\.|confidence|lower|higher|less|more|fewer|"
    rf"reduction|increase)\b)")
_AGAINST = re.compile(r"(?i)\bagainst\s+(?P<o>[a-z][^,;()\d]{2,80}?)(?=\s*(?:[,;(–—]|\s-\s|"
                      r"\bwas\b|\bwere\b|\bis\b|\bit\b|$))")
_CASES_OF = re.compile(r"(?i)\b(?:cases|episodes|infections|illnesses)\s+of\s+"
                       r"(?P<o>[a-z][^,;()\d]{2,60}?)(?=\s+(?:occurred|were|was|in|among|with|during)\b|\s*[,;(])")

# -- ratios -------------------------------------------------------------------------------

_CI = (rf"\s*[,;(\[]?\s*(?:(?:with\s+(?:a\s+)?)?95\s*(?:%|percent|per\s+cent)\s*)?"
       rf"(?:CI|C\.I\.|confidence\s+interval)\s*(?:\[CI\]\s*)?(?:[,:=]|of|was)?\s*"
       rf"(?P<lo>{NUM})\s*(?:-|–|—|to|,)\s*(?P<hi>{NUM})\s*[)\]]?")
_CI_SIGNED = re.compile(_CI.replace(f"(?P<lo>{NUM})", f"(?P<lo>{SIGNED})")
                        .replace(f"(?P<hi>{NUM})", f"(?P<hi>{SIGNED})"))
"""An interval whose ends may be negative (of a difference)."""
_P = (r"\s*[,;(]?\s*(?:p|P)(?:\s*-?\s*value)?\s*(?P<rel>[<=>≤≥]|(?:was|of))\s*"
      r"(?P<p>0?\.\d+|1(?:\.0+)?)")
_RATIO = re.compile(
    rf"(?:(?i:\b(?P<k>hazard|odds|risk|rate|incidence\s+rate|prevalence)\s+ratios?)|"
    rf"\b(?P<ab>a?HR|a?OR|a?RR|IRR)|(?i:\b(?P<rr>relative\s+risk)))"
    rf"\s*(?:[(\[][A-Za-z]{{2,4}}[)\]]\s*)?(?i:\s*(?:for|of)\s+(?P<o>[^,;:()0-9]{{1,120}}?))?"
    rf"(?i:\s*(?:was|were|is|of|=|:|,)?\s*(?:about\s+|approximately\s+)?)(?P<n>{NUM})(?!\s*%)")
_BARE_CI = re.compile(rf"\s*[,;]\s*(?P<lo>{NUM})\s*(?:-|–|—|to)\s*(?P<hi>{NUM})\s*[)\]]")
"""An interval written without its name right after a ratio ("(RR 0.90, 0.81-0.99)")."""
_ASIDE_OUTCOME = re.compile(
    r"(?i),\s*(?:but|and|or)?\s*(?:not\s+(?:with|for|of)|of)\s+"
    r"(?P<o>[a-z][\w'’ -]{2,60}?)\s*\(\s*(?:[\w-]+\s+){0,2}$")
_FOR_CLOSE = re.compile(r"(?i)\s*[,;]?\s*(?:for|of)\s+(?P<o>[a-z][^()\d;]{2,50}?)\s*\)")
_ABBREV_RATIO = {"hr": "hazard", "ahr": "hazard", "or": "odds", "aor": "odds", "rr": "risk",
                 "arr": "risk", "irr": "rate"}


def _signed_interval(text: str, end: int, value: float, fields: dict[str, Any]) -> int:
    """The interval of a signed figure when one follows at ``end`` and holds the figure
    ("(95% CI, -0.8 to -0.2)"): put in ``fields["ci"]``; where the figure's phrase ends."""
    ci = _CI_SIGNED.match(text, end)
    if ci:
        lo, hi = read_number(ci.group("lo")), read_number(ci.group("hi"))
        if lo is not None and hi is not None and lo <= value <= hi:
            fields["ci"] = [lo, hi]
            return ci.end()
    return end

# -- ranges -------------------------------------------------------------------------------

UNIT = (r"years?|months?|weeks?|days?|hours?|minutes?|mg/dL|mmol/L|kg|kilograms?|g\b|grams?|"
         r"mg|milligrams?|cm|centimet(?:er|re)s?|mm\s?Hg|points?")
_TO = r"\s*(?:-|–|—|to|and|through)\s*"
_RANGE_AGE = re.compile(
    rf"(?i)\b(?:ages?|aged|age\s+range|between\s+the\s+ages\s+of|in\s+their)\s+"
    rf"(?:of\s+|between\s+|from\s+)?(?P<lo>\d{{1,3}})s?{_TO}(?P<hi>\d{{1,3}})s?\b"
    rf"|\b(?P<lo2>\d{{1,3}})-?{_TO}(?P<hi2>\d{{1,3}})[\s-]years?[\s-](?:old|of\s+age)")
_RANGE_BETWEEN = re.compile(
    rf"(?i)\b(?:between|from|rang(?:ed|es|ing)\s+from)\s+(?P<lo>{NUM})\s*(?:%|percent|"
    rf"per\s+cent|{UNIT})?\s+(?:and|to)\s+(?P<hi>{NUM})\s*(?P<u>%|percent\b|per\s+cent\b|"
    rf"(?:{UNIT})\b)")
_RANGE_BARE = re.compile(
    rf"(?i)(?<![\w.,-])(?P<lo>{NUMD})\s*(?:%|percent|per\s+cent)?\s*(?:-|–|to)\s*(?P<hi>{NUMD})"
    rf"\s*(?P<u>%|percent\b|per\s+cent\b|(?:{UNIT})\b)")
_RANGE_CI = re.compile(
    rf"(?i)\b(?:CI|C\.I\.|confidence\s+interval)\s*(?:\[CI\]\s*)?(?:[,:=]|of|was)?\s*"
    rf"(?P<lo>{SIGNED})\s*(?:%|percent|per\s+cent)?\s*(?:-|–|—|to)\s*(?P<hi>{SIGNED})"
    rf"\s*(?P<u>%|percent\b|per\s+cent\b|(?:{UNIT})\b)?")
_FOLD_WORD = r"(?:[\s-]*fold|\s+times)"
_RANGE_FOLD = re.compile(  # "between 100 and 1,000-fold more sensitive", "two to three times"
    rf"(?i)\b(?:between\s+|from\s+)?(?P<lo>{NUM}|{WORDNUM})(?:{_FOLD_WORD}|-(?=\s))?{_TO}"
    rf"(?P<hi>{NUM}|{WORDNUM}){_FOLD_WORD}\s+(?P<what>(?:more|less|higher|lower|greater|"
    rf"smaller|faster|slower|better|worse|as)\s+(?!than\b)[a-z][\w-]*(?:\s+(?:of|in|for)\s+"
    rf"(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+(?!than\b|and\b|or\b)[a-z][\w-]*)?)?)")
_CHANGE_BEFORE = re.compile(rf"(?i)\b(?:{VERB_LOWER}|{VERB_HIGHER}|went|changed|moved)\b"
                            r"[^.;]{0,40}$")

# -- differences --------------------------------------------------------------------------

_DIFF_PP = re.compile(
    rf"(?i)(?P<n>{SIGNED})\s*(?:percentage|%)[\s-]points?\b(?:\s+(?:(?P<d>{_LOWER}|{_HIGHER})\b"
    rf"|(?P<c>{_NOUN_CHANGE})\b))?")
_DIFF_CHANGE = re.compile(  # "the change in score was -0.17", "the difference was -5.4 beats"
    rf"(?i)\b(?:change|difference)\w*\s+(?:in\s+(?P<o>[^.;,]{{1,50}}?)\s+)?(?:between\s+(?:the\s+)?"
    rf"(?:two\s+)?(?:groups|arms)\s*)?"
    # "The difference between the groups, the trial's main outcome, was -9.6 points"
    rf"(?:,\s+(?:the|its|our)\s+[^,.;()\d]{{3,50}},\s*)?(?:was|of|:|were|=|"
    # "the difference between the groups had narrowed to -2.7 points"
    rf"(?:had\s+|has\s+)?(?:narrowed|shrunk|shrank|widened|grown|grew|fallen|fell|risen|rose|"
    rf"dropped|increased|decreased)\s+to|stood\s+at|reached|remained(?:\s+at)?)\s+"
    rf"(?P<n>(?:[−-]\s?|\+)?{NUM})\s*(?P<u>(?:{UNIT})\b)?"
    # "(mean difference 0.3 points; P = .52)": a difference named before its number
    rf"|\b(?:mean|average|median|absolute|adjusted)\s+difference\s+(?P<n2>(?:[−-]\s?|\+)?"
    rf"{NUM})\s*(?P<u2>(?:{UNIT})\b)?")
_DIFF_BY = re.compile(
    rf"(?i)\b(?P<v>{VERB_LOWER}|{VERB_HIGHER}|shorten\w*|lengthen\w*|speed\w*|sped|"
    rf"delay\w*|prolong\w*|extend\w*)\b"
    # the object holds no other "by": "dropped by a mean of 167 points ... and by 143 points"
    rf"(?P<obj>(?:(?!\bby\b)[^.;:!?]){{0,70}}?)\bby\s+"
    rf"(?P<h>(?:{'|'.join(p for _, p in HEDGES)})\s+)?"
    rf"(?:an?\s+(?:average|mean|median)\s+of\s+)?(?P<n>{NUM})\s*(?P<u>{UNIT})\b")
_DIFF_UNIT = re.compile(
    rf"(?i)(?P<n>{SIGNED})\s*(?P<u>{UNIT}|IQ\s+points|pounds?|lbs?)\s+(?P<d>{_LOWER}|"
    rf"{_HIGHER}|older|younger|heavier|lighter|sooner|later|earlier)\b(?!\s+than\s+{NUM})"
    rf"(?!\s+(?:likely|of|in)\b)")

# -- no difference ------------------------------------------------------------------------

_NO_DIFF = re.compile(
    r"(?i)\bno\s+(?:statistically\s+)?(?:significant|meaningful|notable|clear|measurable|"
    r"real|major|appreciable)?\s*(?:difference|differences|change|improvement|reduction|"
    r"increase|effect|benefit)s?\b(?:\s+(?:was|were)\s+(?:found|seen|observed|detected|noted))?"
    r"(?P<prep>\s+(?:in|on|for|between|of)\s+)?"
    r"|\b(?:did\s+not|didn['’]t|does\s+not|do\s+not|was\s+not|were\s+not)\s+(?:significantly\s+|"
    r"statistically\s+)?(?:differ|different|change|improve|reduce|lower|increase|affect)\w*\b"
    r"(?:\s+significantly)?(?P<prep2>\s+(?:in|on|for|between)\s+)?"
    r"|\b(?:was|were)\s+not\s+(?:statistically\s+)?significant(?:ly\s+(?:different|"
    r"lower|higher|reduced|increased|improved|associated))?\b"
    r"|\b(?:was|were|are|is|remained)\s+(?:\w+ly\s+)?(?:similar|comparable|the\s+same)\b"
    r"(?!\s+(?:to|as)\b)"
    r"|\b(?:resulted\s+in|led\s+to|had|have|showed|produced|achieved|yielded|gave)\s+"
    r"(?:\w+ly\s+)?(?:similar|comparable|the\s+same)"
    r"(?=\s+(?P<similar>(?!to\b|as\b)[a-z]))")

# -- outcome words ------------------------------------------------------------------------

_STOP_OUTCOME = re.compile(
    r"(?i)[,;:.()\[\]]|\s(?:than|compared|versus|vs\.?|among|between|for\s+(?:the|those|people|"
    r"patients|participants|women|men|children)|when|who|which|that|after|over|during|if|"
    r"because|while|whereas|according|by|as|with\s+(?:a|an|the)\b|in\s+(?:the|those|people|"
    r"patients|participants|women|men|children|adults|a|an|this|both|each)\b|"
    r"at\s+(?:\d|one|two|three|four|five|six|ten|twelve|week|month|year|the\s+end|baseline|"
    r"the\s+(?:expense|cost|price))|"
    # "death from liver disease": what the death was from is part of the outcome
    r"within|(?<!death\s)(?<!deaths\s)(?<!dying\s)(?<!died\s)from|were|was|is|are|had|has|"
    r"have|fell|rose|declined|grew|doubled|halved|tripled)(?=\s|$)|"
    # "... of heart disease and a 20-fold risk of ...": a second figure starts
    r"\s(?:and|or|but)\s+(?:an?\s+|the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|twice|half)\b)")
_OUTCOME_OF = re.compile(
    r"(?i)\b(?:risk|rate|rates|odds|chance|chances|likelihood|incidence|number|levels?|"
    r"frequency|prevalence|hazard|probability)\s+(?:of|for)\s+(?:developing\s+|having\s+|"
    r"getting\s+|being\s+)?(?!(?:those|people|patients|participants|women|men|children|"
    r"adults|them|the\s+\w+\s+group)\b)(?P<o>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6})")
_LIKELY_TO = re.compile(r"(?i)\blikely\s+(?:(?:as|than)\s+(?:[\w'’-]+\s+){1,5}?)?to\s+"
                        r"(?:say\s+(?:that\s+)?(?:they|he|she)\s+|report\s+)?"
                        r"(?P<o>(?:be\s+|have\s+|get\s+|develop\s+)?"
                        r"[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6})")
_LEAD = re.compile(r"(?i)^(?:the|a|an|their|his|her|its|of|in|to|on|any|all)\s+")


# a word that links a figure to what came before ("..., giving a pooled relative risk of
# 0.71") or the quality of the evidence ("trials at low risk of bias"): never an outcome
_NO_OUTCOME_START = re.compile(
    r"(?i)(?:giving|yielding|resulting|producing|translating|representing|amounting|"
    r"equating|corresponding|bias)\b")


def outcome_words(text: str) -> str | None:
    """The outcome a phrase starts with: up to six words, cut at a clause boundary or a
    word that names a group or a comparison; leading articles dropped."""
    text = text.strip()
    while _LEAD.match(text):
        text = _LEAD.sub("", text, count=1)
    cut = _STOP_OUTCOME.search(" " + text)
    text = (" " + text)[:cut.start()] if cut else " " + text
    ws = text.split()[:8]
    while ws and ws[-1].lower() in {"and", "or", "of", "the", "a", "an", "to", "in", "their"}:
        ws.pop()
    phrase = " ".join(ws)
    if _NO_OUTCOME_START.match(phrase):
        return None
    if not phrase or not re.search(r"[a-z]{3}", phrase, re.I) or re.fullmatch(
            r"(?i)(?:it|this|that|them|those|these|risk|rate|odds|people|patients|group|"
            r"groups|participants|the\s+study)", phrase):
        return None
    return phrase


_WHICH_IS = re.compile(r"(?i)(?<![a-z])(?!percent\b|per\b|cent\b)(?P<o>[a-z][\w-]*(?:\s+"
                       r"[a-z][\w-]*){0,2}),\s+which\s+(?:is|was|are|were)\s+(?:\w+\s+)?$")


def _outcome_near(text: str, start: int, end: int,
                  subject: bool = True) -> tuple[str, int, int] | None:
    """The outcome of a figure at ``start:end``: "risk of X" or "likely to X" after it,
    then before it in the same clause."""
    for lo, hi in ((start, min(len(text), end + 120)), (max(0, start - 120), start)):
        window = text[lo:hi]
        best = None
        for pattern in (_OUTCOME_OF, _LIKELY_TO):
            for m in pattern.finditer(window):
                if best is None or (m.start() < best.start() if lo == start else
                                    m.start() > best.start()):
                    best = m
        if best is not None:
            words = outcome_words(best.group("o"))
            if words:
                s = lo + best.start("o")
                return words, s, s + len(words)
    return subject_words(text, start) if subject else None


_COUNTED_WHO = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:(?:total\s+)?number|share|proportion|percentage|fraction)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:who|that)\s+(?:(?:had|have|has|got|developed|"
    r"experienced|suffered|reported|needed)\s+(?:(?:at\s+least|more\s+than)\s+(?:one|two|three|"
    r"\d+)\s+|an?\s+|any\s+)?)?(?=\w)")
"""'the number of people who had at least one fall': a count of people, said by what they
did; the outcome is that ('fall'), never 'number of people'."""


def _object_outcome(text: str, m: re.Match[str]) -> tuple[str, int, int] | None:
    """The outcome a "<verb> <object> by N" phrase names in its object group ("cut the
    risk of stroke by 20%" -> "stroke"; "cut the number of people who fell by 20%" ->
    "fell"), placed after the verb; None when it names none."""
    if not m.group("obj").strip():
        return None
    inner = _OUTCOME_OF.search(m.group("obj"))
    counted = _COUNTED_WHO.match(m.group("obj")) if inner is None else None
    obj = outcome_words(inner.group("o") if inner else
                        m.group("obj")[counted.end():] if counted else m.group("obj"))
    if not obj:
        return None
    at = text.find(obj, m.end("v"))
    return obj, at, at + len(obj)


def words_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The outcome words right after ``pos`` ("fewer heart attacks", "reduction in pain")."""
    m = re.match(r"\s*(?:(?:in|of|on)\b)?\s*", text[pos:])  # not the "in" of "infections"
    lo = pos + (m.end() if m else 0)
    words = outcome_words(text[lo:lo + 120])
    if not words:
        return None
    s = text.find(words, lo)
    return words, s, s + len(words)


# -- the reader ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=256)
def read(text: str) -> tuple[Quantity, ...]:
    """The figures of one sentence whose wording fixes their kind, in order; none of
    their spans overlaps another's."""
    found: list[Quantity] = []
    found += _ratios(text)
    found += _relative_changes(text)
    found += _differences(text)
    found += _changes(text)
    found += _differences_by(text)
    found += _amounts(text)
    found += _ranges(text)
    found += _no_differences(text)
    found.sort(key=lambda q: (q.phrase[0], -q.phrase[1]))
    out: list[Quantity] = []
    for q in found:
        if q.kind == "range" and any(o.phrase[0] <= q.phrase[0] and q.phrase[1] <= o.phrase[1]
                                     for o in out if o.kind != "no-difference"):
            continue  # the interval a ratio or difference already holds
        if q.kind == "no-difference" or not any(
                o.kind != "no-difference" and q.start < o.end and o.start < q.end for o in out):
            out.append(q)
    ratios = [o.value for o in out if o.kind == "ratio" and isinstance(o.value, int | float)]
    return tuple(q for q in out if not (ratios and _restates_ratio(q, ratios)))


def _restates_ratio(q: Quantity, ratios: list[float]) -> bool:
    """A fold said in words beside the ratio it rounds ("more than twice as likely ...
    (prevalence ratio 2.4)", "three times the odds (OR 2.8)"): the ratio is the figure,
    the fold only says it again."""
    if q.kind != "relative-change" or q.fields.get("unit") != "fold" or \
            not isinstance(q.value, int | float) or q.value <= 1:
        return False
    return any(r > 1 and abs(q.value - r) <= max(0.5, 0.25 * r) for r in ratios)


def claimed(text: str) -> list[tuple[int, int]]:
    """Spans of a sentence that :func:`read` gave a kind (and the "95%" of an interval):
    the plain percentage and count readers leave them alone."""
    spans = [q.phrase for q in read(text) if q.kind != "no-difference"]
    spans += [(m.start(), m.end()) for m in re.finditer(
        r"(?i)\b95\s*(?:%|percent|per\s+cent)\s*(?:CI|C\.I\.|confidence)", text)]
    return spans


def read_number(raw: str) -> float | int | None:
    raw = raw.replace("−", "-").replace(" ", "")
    if raw.lower() in WORD_NUMBERS:
        return WORD_NUMBERS[raw.lower()]
    if raw.lower() == "twice":
        return 2
    neg = raw.startswith("-")
    value = number(raw.lstrip("-"))
    if value is None:
        return None
    return -value if neg else value


def _direction(word: str) -> str:
    return "lower" if re.fullmatch(rf"(?i){_LOWER}|{VERB_LOWER}|"
                                   r"reduction|decrease|drop|decline|fall|cut|lower",
                                   word) else "higher"


def _relative_changes(text: str) -> list[Quantity]:
    out = []
    for m in _REL_PCT.finditer(text):
        word = m.group("d") or m.group("c")
        q = Quantity("relative-change", m.start("n"), m.end(), read_number(m.group("n")),
                     {"direction": _direction(word)}, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start()])
        if (m.group("d") and m.group("d").lower() in ("less", "more", "fewer", "additional",
                                                      "extra")
                and not re.match(r"\s+likely\b", text[m.end():])) or m.group("c"):
            q.outcome = words_after(text, m.end())
        # "a 22% lower risk" names no outcome: its subject is the group, not what changed
        of_risk = re.match(r"(?i)\s+(?:risk|odds|chance|likelihood|hazard|likely)\b",
                           text[m.end():]) or (m.group("d") and re.fullmatch(
            r"(?i)likely", text[m.end():m.end() + 8].strip()[:6]))
        q.outcome = q.outcome or _outcome_near(text, m.start(), m.end(), not of_risk)
        out.append(q)
    for m in _REL_BY.finditer(text):
        q = Quantity("relative-change", m.start("n"), m.end(), read_number(m.group("n")),
                     {"direction": _direction(m.group("v"))}, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start("n")])
        q.outcome = (_object_outcome(text, m)
                     or _outcome_near(text, m.start(), m.start("v")))
        out.append(q)
    for m in _EFFECT_WAS.finditer(text):
        # "also had a lower risk, but the difference was smaller -- about 11 percent": the
        # effect just named, its size; its direction is the one said before it
        noun = m.group("c").lower()
        said = re.findall(rf"(?i)\b({_LOWER}|{_HIGHER})\b",
                          text[reach_start(text, m.start()):m.start()])
        direction = ("lower" if noun in ("reduction", "decrease", "drop", "decline", "fall",
                                         "cut") else "higher" if noun in ("increase", "rise")
                     else _direction(said[-1]) if said else None)
        value = read_number(m.group("n"))
        if direction is None or value is None:
            continue
        q = Quantity("relative-change", m.start("n"), m.end(), value, {"direction": direction},
                     phrase=(m.start(), m.end()))
        q.hedge = hedge_of(m.group("h") or "") if m.group("h") else None
        out.append(q)  # no outcome of its own: the one of the effect before is carried
    for first in [q for q in out if q.fields.get("direction")]:
        pos = first.phrase[1]
        while (m := _AND_BY.match(text, pos)) is not None:
            pos = m.end()
            if any(o.start <= m.start("n") < o.end for o in out):
                continue
            q = Quantity("relative-change", m.start("n"), m.end(), read_number(m.group("n")),
                         dict(first.fields), outcome=first.outcome,
                         phrase=(m.start(), m.end()))
            q.hedge = hedge_of(text[:m.start("n")])
            out.append(q)
        # "fallen by 22 percent in the low-dose group, 41 percent in the middle-dose group
        # and 58 percent in the high-dose group": the same change, group by group
        pos = first.phrase[1]
        while (m := _LIST_NEXT.match(text, pos)) is not None:
            pos = m.end("p")
            if any(o.start <= m.start("n") < o.end for o in out):
                continue
            value = read_number(m.group("n"))
            if value is None:
                break
            q = Quantity("relative-change", m.start("n"), m.end("p"), value,
                         dict(first.fields), outcome=first.outcome,
                         phrase=(m.start("n"), m.end("p")))
            out.append(q)
    for m in _FOLD.finditer(text):
        key = "n" if m.group("n") else "tw"
        value = read_number(m.group(key))
        if value is None or value <= 1 or re.match(r"\s*(?:less|lower|fewer|smaller)\b",
                                                    text[m.end():]):
            continue
        q = Quantity("relative-change", m.start(key), m.end(key), value,
                     {"direction": "higher", "unit": "fold"}, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start()])
        q.outcome = (words_after(text, m.end()) if m.group("what").lower() in ("many", "much",
                                                                           "more")
                     else None) or _outcome_near(text, m.start(), m.end())
        out.append(q)
    for m in _DOUBLE.finditer(text):
        key = (m.group("w") or m.group("w2")).lower()
        at = m.start("w") if m.group("w") else m.start("w2")
        q = Quantity("relative-change", at, m.end(), _FOLD_WORDS[key],
                     {"direction": "higher", "unit": "fold"}, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:at])
        the = re.match(r"(?i)\w+\s+(?:the|their|his|her|its)\s+", text[at:])
        q.outcome = words_after(text, at + the.end()) if the else None
        if q.outcome and re.match(r"(?i)(?:risk|rate|odds|chance|likelihood|number)\b",
                                  q.outcome[0]):
            q.outcome = _outcome_near(text, m.start(), m.end())
        q.outcome = q.outcome or _outcome_near(text, m.start(), m.end())
        out.append(q)
    for m in _FOLD_VERB.finditer(text):
        key = "n" if m.group("n") else "n2"
        value = read_number(m.group(key))
        if value is None or value <= 1:
            continue
        q = Quantity("relative-change", m.start(key), m.end(key), value,
                     {"direction": "higher", "unit": "fold"}, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start(key)])
        q.outcome = (words_after(text, m.end()) if m.group("c") else None) or \
            subject_words(text, m.start())
        out.append(q)
    for m in _CHANGE_OF.finditer(text):
        value = read_number(m.group("n")) if m.group("n").lower() != "one" else 1
        if value is None:
            continue
        q = Quantity("relative-change", m.start("n"), m.end(), value,
                     {"direction": _direction(m.group("c"))}, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(m.group("h") or "")
        q.outcome = subject_words(text, m.start())
        out.append(q)
    out += _efficacies(text)
    for m in _HALF.finditer(text):
        q = Quantity("relative-change", m.start(), m.end(), 50, {"direction": "lower"},
                     phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start()])
        which = _WHICH_IS.search(text, reach_start(text, m.start()), m.start())
        q.outcome = (which.group("o"), which.start("o"), which.end("o")) if which else \
            _outcome_near(text, m.start(), m.end())
        out.append(q)
    return out


def _efficacies(text: str) -> list[Quantity]:
    """Efficacy or effectiveness figures (:data:`_EFFICACY`): each percentage said to be
    its value after the word, with what it protects against ("against X") as outcome."""
    said = _EFFICACY.search(text)
    if said is None:
        return []
    out = []
    for m in _EFFICACY_VALUE.finditer(text, said.start()):
        value = read_number(m.group("n"))
        if value is None or value > 100:
            continue
        q = Quantity("relative-change", m.start("n"), m.end(), value, {"direction": "lower"},
                     phrase=(m.start("h") if m.group("h") else m.start("n"), m.end()),
                     efficacy=True)
        q.hedge = hedge_of(m.group("h") or "") if m.group("h") else None
        lo = max(said.start(), text.rfind(";", 0, m.start()) + 1)
        # "against X" before the figure, right after it, or after its interval ("of 47%
        # (95% CI 39% to 54%) against hospital admission")
        against = [a for a in _AGAINST.finditer(text, lo, min(len(text), m.end() + 90))
                   if a.end() <= m.start() or a.start() - m.end() < 3 or
                   re.fullmatch(r"\s*\([^()]*\)\s*", text[m.end():a.start()])]
        if against:
            words = against[-1].group("o").strip()
            at = against[-1].start("o")
            q.outcome = (words, at, at + len(words))
        else:
            # "38 cases of laboratory-confirmed X occurred in the vaccine group, compared
            # with 131 ..., a vaccine efficacy of 71.0%": the cases counted before it
            cases = [c for c in _CASES_OF.finditer(text, 0, m.start())]
            if cases:
                words = cases[-1].group("o").strip()
                at = cases[-1].start("o")
                q.outcome = (words, at, at + len(words))
        out.append(q)
    return out


def _ratios(text: str) -> list[Quantity]:
    out = []
    for m in _RATIO.finditer(text):
        value = read_number(m.group("n"))
        if value is None or value <= 0:
            continue
        if m.group("k"):
            kind = "rate" if "rate" in m.group("k").lower() else m.group("k").lower()
            # a prevalence ratio is a ratio of shares of people, as a risk ratio is
            kind = "risk" if kind == "prevalence" else kind
        elif m.group("ab"):
            kind = _ABBREV_RATIO[m.group("ab").lower()]
        else:
            kind = "risk"
        fields: dict[str, Any] = {"ratio": kind}
        end = m.end()
        ci = re.match(_CI, text[end:]) or _BARE_CI.match(text[end:])
        if ci:
            lo, hi = read_number(ci.group("lo")), read_number(ci.group("hi"))
            if lo is not None and hi is not None and lo < value < hi and lo > 0:
                fields["ci"] = [lo, hi]
                end += ci.end()
        p = re.match(_P, text[end:])
        if p:
            pv = read_number(p.group("p"))
            if pv is not None and 0 <= pv <= 1:
                fields["p"] = pv
                rel = p.group("rel")
                if rel in ("<", ">", "≤", "≥"):
                    fields["p_relation"] = {"≤": "<=", "≥": ">="}.get(rel, rel)
                end += p.end()
        q = Quantity("ratio", m.start("n"), m.end("n"), value, fields,
                     phrase=(m.start(), end))
        q.hedge = hedge_of(text[:m.start("n")])
        words = outcome_words(m.group("o")) if m.group("o") else None
        # "(HR 0.81; 95% CI 0.71-0.92 for hip fracture)": the outcome closes the aside
        tail = _FOR_CLOSE.match(text, end)
        # "..., but not with stroke (RR 0.98)": the aside's own clause names its outcome
        own = _ASIDE_OUTCOME.search(text, 0, m.start()) if not words else None
        if own and outcome_words(own.group("o")):
            words = outcome_words(own.group("o")) or ""
            at = text.find(words, own.start("o"))
            q.outcome = (words, at, at + len(words))
        elif words:
            at = text.find(words, m.start("o"))
            q.outcome = (words, at, at + len(words))
        elif tail and outcome_words(tail.group("o")) and not re.match(
                rf"(?i)(?:\d|{WORDNUM}\b|one\b|those\b|people\b|patients\b|women\b|men\b|"
                rf"the\s+\w+\s+group\b)", tail.group("o")):
            words = outcome_words(tail.group("o")) or ""
            at = text.find(words, tail.start("o"))
            q.outcome = (words, at, at + len(words))
        else:
            q.outcome = _outcome_near(text, m.start(), m.start("n"))
        out.append(q)
        # "the hazard ratios were 0.80 and 0.35": the second ratio of the same kind
        more = _RATIO_AND.match(text, end)
        value = read_number(more.group("n")) if more else None
        if more and value:
            second = Quantity("ratio", more.start("n"), more.end("n"), value,
                              {"ratio": kind}, outcome=q.outcome,
                              phrase=(more.start("n"), more.end("n")))
            second.hedge = hedge_of(text[:more.start("n")])
            out.append(second)
    return out


_RATIO_AND = re.compile(rf"\s*,?\s+and\s+(?:about\s+|approximately\s+)?(?P<n>{NUM})"
                        rf"(?!\s*(?:%|percent|per\s+cent|[-–]|to\b|times|fold))"
                        rf"(?=\s*(?:[,.;)]|$|respectively))")


def _ranges(text: str) -> list[Quantity]:
    out = []
    seen: list[tuple[int, int]] = []

    def add(m: re.Match[str], lo_key: str, hi_key: str, unit: str | None,
            measure: str | None) -> None:
        lo, hi = read_number(m.group(lo_key)), read_number(m.group(hi_key))
        if lo is None or hi is None or hi <= lo:
            return
        if any(s < m.end() and m.start() < e for s, e in seen):
            return
        seen.append((m.start(), m.end()))
        fields: dict[str, Any] = {"low": lo, "high": hi}
        if unit:
            fields["unit"] = unit
        if measure:
            fields["measure"] = measure
        else:
            near = _range_measure(text, m.start(), m.end(hi_key), m.end()) \
                if unit != "percent" else _share_measure(text, m.start(), m.end())
            if near:
                fields["measure"] = near
        q = Quantity("range", m.start(lo_key), m.end(hi_key), None, fields,
                     phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start()])
        out.append(q)

    for m in _RANGE_AGE.finditer(text):
        key = "lo" if m.group("lo") else "lo2"
        add(m, key, "hi" if key == "lo" else "hi2", "year", "age")
    for m in _RANGE_FOLD.finditer(text):
        # so many times more: the measure says how ("times more sensitive"); the sheet's
        # range has no unit for a fold
        add(m, "lo", "hi", None, f"times {' '.join(m.group('what').lower().split())}")
    for m in _RANGE_CI.finditer(text):
        # "a mean of 4.2 (95% CI 3.9 to 4.5)": an interval without a unit is read too
        add(m, "lo", "hi", unit_name(m.group("u")), None)
    for pattern in (_RANGE_BETWEEN, _RANGE_BARE):
        for m in pattern.finditer(text):
            if looks_like_years(m.group("lo"), m.group("hi")):
                continue
            if pattern is _RANGE_BARE and re.search(r"(?i)\b(?:from|between)\s*$",
                                                    text[max(0, m.start() - 9):m.start()]):
                continue
            if m.group(0).lower().startswith("from") and \
                    _CHANGE_BEFORE.search(text[max(0, m.start() - 50):m.start()]):
                continue  # "fell from 20% to 10%": a before and an after, not a range
            add(m, "lo", "hi", unit_name(m.group("u")), None)
    return out


def _range_measure(text: str, start: int, hi_end: int, end: int) -> str | None:
    """What a range measures: the unit and the words after it ("weeks of pregnancy",
    "hours each day"), else the thing named before it ("a period of")."""
    after = re.match(r"\s*(?P<u>[a-z]+)\s+(?P<w>(?:of|each|a|per|in)\s+[a-z][\w-]*"
                     r"(?:\s+[a-z][\w-]*)?)", text[hi_end:], re.I)
    if after and unit_name(after.group("u")):
        words = outcome_words(after.group("w").split(None, 1)[1]) if \
            after.group("w").split()[0].lower() == "of" else None
        return f"{after.group('u')} {after.group('w')}".lower() if not words else \
            f"{after.group('u')} of {words}".lower()
    before = subject_words(text, start)
    return before[0].lower() if before else None


_HAVE = (r"have|had|has|experience[sd]?|report(?:ed|s)?|develop(?:ed|s)?|get|got|suffer(?:ed|s)?|"
         r"are|were|is|was|use[sd]?|take|took")


EFFECT_AFTER = re.compile(
    r"(?i)\s*(?:lower|higher|reduced|increased|greater|elevated|decreased|less|more)\s+"
    r"(?P<r>risk|odds|rate|chance|likelihood|incidence|hazard|likely)\s+(?:of|for|to)\s+"
    r"(?:developing\s+|having\s+|getting\s+|being\s+|develop\s+|have\s+|get\s+|be\s+)?")
"""The words after a percentage that make it the size of a change in a risk."""


def _share_measure(text: str, start: int, end: int) -> str | None:
    """What a range of percentages measures: the change it sizes ("a 1 to 2 percent
    increase in brain volume"), what the people it counts have ("50 to 90 percent of
    young women have period pain"), else what the clause is about."""
    after = text[end:end + 120]
    m = EFFECT_AFTER.match(after)
    if m:  # "a 50% to 70% lower risk of death": the risk that changed
        got = words_after(text, end + m.end())
        what = "likely to" if m.group("r").lower() == "likely" else m.group("r").lower()
        return f"{what} {'' if what == 'likely to' else 'of '}{got[0]}".lower() if got else None
    m = re.match(rf"(?i)\s*(?:{_NOUN_CHANGE})\s+(?:in|of)\s+", after)
    if m:
        got = words_after(text, end + m.end())
        return got[0].lower() if got else None
    m = re.match(rf"(?i)\s*of\s+(?:the\s+|those\s+|all\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_HAVE})\s+",
                 after)
    if m:
        got = words_after(text, end + m.end())
        return got[0].lower() if got else None
    got = subject_words(text, start)
    return got[0].lower() if got else None


def looks_like_years(lo: str, hi: str) -> bool:
    return all(re.fullmatch(r"(?:19|20)\d\d", x) for x in (lo, hi))


def unit_name(raw: str | None) -> str | None:
    """A unit the sheet can carry, from the release's word for it."""
    if not raw:
        return None
    u = raw.lower().strip()
    if u in ("%", "percent", "per cent") or re.fullmatch(r"per\s+cent", u):
        return "percent"
    table = {"kilogram": "kg", "kilograms": "kg", "gram": "g", "grams": "g",
             "milligram": "mg", "milligrams": "mg", "centimeter": "cm", "centimeters": "cm",
             "centimetre": "cm", "centimetres": "cm", "mmhg": "mmHg", "mg/dl": "mg/dL",
             "mmol/l": "mmol/L", "points": "point", "iq points": "point",
             "pound": "lb", "pounds": "lb", "lbs": "lb", "lb": "lb"}
    u = re.sub(r"^mm\s+hg$", "mmhg", u)
    if re.fullmatch(r"percentage[\s-]points?", u):
        return "percentage-points"
    if u in table:
        return table[u]
    if u in ("kg", "g", "mg", "cm", "point"):
        return u
    u = u.rstrip("s")
    return u if u in {"year", "month", "week", "day", "hour", "minute"} else None


def _differences(text: str) -> list[Quantity]:
    out = []
    for m in _DIFF_PP.finditer(text):
        value = read_number(m.group("n"))
        if value is None:
            continue
        word = m.group("d") or m.group("c")
        if word and _direction(word) == "lower":
            value = -abs(value)
        fields: dict[str, Any] = {"unit": "percentage-points"}
        end = m.end()
        # "-0.5 percentage points (95% CI, -0.8 to -0.2)"
        end = _signed_interval(text, end, value, fields)
        q = Quantity("difference", m.start("n"), m.end("n"), value, fields,
                     phrase=(m.start(), end))
        q.hedge = hedge_of(text[:m.start()])
        q.outcome = words_after(text, m.end()) if word and word.lower() in (
            "fewer", "less", "more") else None
        q.outcome = q.outcome or _outcome_near(text, m.start(), m.end())
        out.append(q)
    for m in _DIFF_UNIT.finditer(text):
        if re.search(r"(?i)\baverage\b[\s,]*$", text[max(0, m.start() - 14):m.start()]):
            continue  # "on average, 2.5 hours less": a mean, read by means()
        value = read_number(m.group("n"))
        unit = unit_name(m.group("u"))
        if value is None:
            continue
        word = m.group("d").lower()
        lower = re.fullmatch(rf"{_LOWER}|younger|lighter|sooner|earlier", word)
        if lower:
            value = -abs(value)
        fields: dict[str, Any] = {}
        if unit:
            fields["unit"] = unit
        q = Quantity("difference", m.start("n"), m.end("n"), value, fields,
                     phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start()])
        on = re.match(r"(?i)\s+(?:on|in)\s+", text[m.end():])
        q.outcome = (words_after(text, m.end() + on.end()) if on else None) or \
            _outcome_near(text, m.start(), m.end())
        out.append(q)
    return out


def _differences_by(text: str) -> list[Quantity]:
    """"cut delays by up to 60 minutes", "lowered blood pressure by 5 mmHg": a signed
    difference in the measure's unit."""
    out = []
    for m in _DIFF_BY.finditer(text):
        value, unit = read_number(m.group("n")), unit_name(m.group("u"))
        if value is None:
            continue
        lower = re.fullmatch(rf"(?i){VERB_LOWER}|shorten\w*|speed\w*|sped", m.group("v"))
        fields: dict[str, Any] = {"unit": unit} if unit else {}
        q = Quantity("difference", m.start("n"), m.end("u"), -abs(value) if lower else value,
                     fields, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(text[:m.start("n")])
        q.outcome = _object_outcome(text, m) or subject_words(text, m.start())
        out.append(q)
    return out


_HEDGE_WORDS = "|".join(p for _, p in HEDGES)
_STAT_OF = r"(?:an?\s+(?:average|mean|median)\s+(?:change\s+)?of\s+)"
_AMOUNT_UNIT = (rf"(?P<u>percentage[\s-]points?|{UNIT}|pounds?|lbs?|"
                # any plural of a measure: "beats", "steps" (not people or a share)
                rf"(?!(?:people|patients|participants|persons|percent|times|cases)\b)"
                rf"[a-z]{{3,}}s)\b")
_BY_AMOUNT = re.compile(
    rf"(?i)\bby\s+(?P<h>(?:{_HEDGE_WORDS})\s+)?{_STAT_OF}?(?P<n>{NUM})\s*{_AMOUNT_UNIT}")
_LOSS = re.compile(
    rf"(?i)\b(?P<v>lost|gained|loses|gains|lose|gain)\s+{_STAT_OF}?(?P<h>(?:{_HEDGE_WORDS})\s+)?"
    rf"(?P<n>{NUM})\s*(?P<u>kg|kilograms?|pounds?|lbs?|grams?)\b")
_CHANGE_VERB = re.compile(rf"(?i)\b(?P<v>{VERB_LOWER}|{VERB_HIGHER})\b")


def _amounts(text: str) -> list[Quantity]:
    """Changes from the start said with their verb, however far ("blood pressure fell by an
    average of 18.6 mm Hg in one group and by 9.1 mm Hg in the other": -18.6 and -9.1;
    "lost an average of 3.9 kg, compared with 1.2 kg": -3.9 and -1.2), signed by the verb,
    with the thing that changed (the verb's subject; weight for kilograms lost)."""
    out = []
    for m in _BY_AMOUNT.finditer(text):
        head = text[max(0, m.start() - 160):m.start()]
        verbs = list(_CHANGE_VERB.finditer(head))
        value = read_number(m.group("n"))
        if not verbs or value is None or re.search(r"[.;:]\s", head[verbs[-1].end():]):
            continue  # no verb of change in the clause: "by 2030", "by 5 points each"
        verb = verbs[-1]
        lower = re.fullmatch(rf"(?i){VERB_LOWER}", verb.group("v"))
        unit = unit_name(m.group("u"))
        q = Quantity("difference", m.start("n"), m.end("u"), -abs(value) if lower else value,
                     {"unit": unit} if unit else {}, phrase=(m.start(), m.end()))
        q.hedge = hedge_of(m.group("h") or "") if m.group("h") else None
        at = max(0, m.start() - 160) + verb.start()
        q.outcome = subject_words(text, at)
        out.append(q)
        second = _compared_amount(text, m.end(), m.group("u"))
        if second is not None:  # "by 6.2 points in the tai chi group versus 2.1 points ..."
            lo, hi, end, value2 = second
            q2 = Quantity("difference", lo, hi, -abs(value2) if lower else value2,
                          dict(q.fields), phrase=(lo, end))
            q2.outcome = q.outcome
            out.append(q2)
    for m in _LOSS.finditer(text):
        value = read_number(m.group("n"))
        if value is None:
            continue
        sign = -1 if m.group("v").lower().startswith("los") else 1
        unit = unit_name(m.group("u"))
        fields = {"unit": unit} if unit else {}
        weight = ("weight", m.start("v"), m.end("v"))  # kilograms lost or gained: weight
        q = Quantity("difference", m.start("n"), m.end("u"), sign * abs(value), dict(fields),
                     phrase=(m.start(), m.end()))
        q.hedge = hedge_of(m.group("h") or "") if m.group("h") else None
        q.outcome = weight
        out.append(q)
        other = re.match(rf"(?i)\s*(?:\([^()]{{0,40}}\)\s*)?,?\s*(?:compared\s+(?:with|to)|"
                         rf"versus|vs\.?|against)\s+(?P<n>{NUM})\s*(?P<u>kg|kilograms?|pounds?|"
                         rf"lbs?|grams?)\b", text[m.end():])
        if other:  # "..., compared with 1.2 kg in the other group": the same change there
            lo = m.end() + other.start("n")
            second = read_number(other.group("n"))
            if second is not None:
                q2 = Quantity("difference", lo, m.end() + other.end("u"), sign * abs(second),
                              dict(fields), phrase=(lo, m.end() + other.end()))
                q2.outcome = weight
                out.append(q2)
    return out


_COMPARED_AMOUNT = (
    r"(?i)\s*(?:\([^()]{{0,40}}\)\s*)?(?P<who>(?:in|among|for|with|on)\s+[^,;:.()\d]{{2,60}}?)?"
    r",?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against|while|whereas)\s+(?:by\s+)?"
    r"(?:an?\s+(?:average|mean)\s+of\s+|only\s+|just\s+)?(?P<n>{num})\s*(?P<u>{unit})\b")


def _compared_amount(text: str, end: int, unit: str) -> tuple[int, int, int, float] | None:
    """The same change said of the other group right after a change and its group: "by 6.2
    points in the tai chi group versus 2.1 points in the stretching group", "rose by 38
    meters with tai chi, compared with 9 meters with stretching": (start and end of the
    second number and unit, end of its phrase, its value); None when the words after
    compare no second amount in the same unit."""
    word = re.escape(unit.lower().rstrip("s"))
    m = re.compile(_COMPARED_AMOUNT.format(num=NUM, unit=rf"{word}s?")).match(text, end)
    if not m:
        return None
    value = read_number(m.group("n"))
    if value is None:
        return None
    return m.start("n"), m.end("u"), m.end(), value


def _changes(text: str) -> list[Quantity]:
    """"the change in score was -0.17 points": a signed difference since the start."""
    out = []
    for m in _DIFF_CHANGE.finditer(text):
        n, u = ("n", "u") if m.group("n") else ("n2", "u2")
        value = read_number(m.group(n).lstrip("+"))
        if value is None or re.match(PCT, text[m.end(n):]):
            continue
        if _ARM_MEAN_CHANGE.search(text, max(0, m.start() - 12), m.start() + 7) and \
                _WITH_ARM.match(text, m.end()):
            continue  # "the mean change was -3.1 points with X and -1.2 with Y": arms' means
        fields: dict[str, Any] = {}
        unit = unit_name(m.group(u))
        if unit:
            fields["unit"] = unit
        end = m.end()
        word = re.match(r"\s*[a-z]{3,}s\b", text[end:]) if not m.group(u) else None
        if word and not re.match(r"\s*(?:percent|times|people|patients)\b", word.group()):
            end += word.end()  # "-5.4 beats": the unit in the release's word
        end = _signed_interval(text, end, value, fields)
        q = Quantity("difference", m.start(n), m.end(n), value, fields,
                     phrase=(m.start(n), end))
        q.hedge = hedge_of(text[:m.start(n)])
        words = outcome_words(m.group("o")) if m.group("o") else None
        if words:
            at = text.find(words, m.start("o"))
            q.outcome = (words, at, at + len(words))
        else:  # "the pain difference between the groups": what differs, named before it
            q.outcome = _named_before(text, m.start())
        out.append(q)
    return out


_ARM_MEAN_CHANGE = re.compile(r"(?i)\b(?:mean|average|median)\s+change\b")
_WITH_ARM = re.compile(r"(?i)(?:\s*[a-z]+)?\s+(?:with|in|among|for|on)\s+(?!the\s+(?:two|both)\b)"
                       r"(?!between\b)[^.;()\d]{2,60}?\s+(?:and|versus|vs\.?|compared\s+with)\s+"
                       r"[−+-]?\s?\d")


_BEFORE_CHANGE = re.compile(
    r"(?i)\b(?:the|a|an|their|its)\s+(?P<o>(?!(?:between|within|mean|average|median|overall|"
    r"absolute|adjusted|net|group|total|main|largest|smallest|biggest|same|only)\b)"
    r"[a-z][\w-]*(?:\s+(?!(?:between|mean|average)\b)[a-z][\w-]*)?)\s+$")


def _named_before(text: str, at: int) -> tuple[str, int, int] | None:
    """The thing a "difference" or "change" is of when the words right before it name it
    ("the pain difference", "the weight change"), not how it was computed ("the
    between-group difference", "the mean change")."""
    m = _BEFORE_CHANGE.search(text, max(0, at - 40), at)
    words = outcome_words(m.group("o")) if m else None
    if not m or not words or re.search(r"(?i)-group\b|\bgroups?\b", words):
        return None
    lo = text.find(words, m.start("o"))
    return (words, lo, lo + len(words)) if lo >= 0 else None


def _no_differences(text: str) -> list[Quantity]:
    out = []
    for m in _NO_DIFF.finditer(text):
        # the phrase as a reader highlights it: whole words, no space after it
        end = m.start() + len(m.group().rstrip())
        q = Quantity("no-difference", m.start(), end, phrase=(m.start(), end))
        if m.group("similar"):  # "resulted in similar functional outcomes at 6 months"
            q.outcome = words_after(text, m.start("similar"))
            out.append(q)
            continue
        listed = re.match(r"[^.;:]{0,60}?:\s*(?P<list>[^.;]+)", text[m.end():]) \
            if m.group("prep") else None
        if listed:  # "no significant differences in other outcomes: pain, mobility and ..."
            at = m.end() + listed.start("list")
            for part in re.finditer(r"[^,]+", listed.group("list")):
                item = re.sub(r"^\s*(?:and|or)\s+", "", part.group())
                lo = at + part.start() + part.group().index(item) if item in part.group() \
                    else at + part.start()
                words = outcome_words(item)
                if words:
                    s = text.find(words, lo)
                    out.append(Quantity("no-difference", m.start(), end,
                                        outcome=(words, s, s + len(words)),
                                        phrase=(m.start(), end)))
            continue
        if m.group("prep") or m.group("prep2"):
            q.outcome = words_after(text, m.end())
            if q.outcome and re.match(r"(?i)(?:the\s+)?(?:two\s+|both\s+)?(?:groups|arms)\b",
                                      q.outcome[0]):
                q.outcome = None
        if q.outcome is None:
            q.outcome = subject_words(text, m.start())
        out.append(q)
    return out


def subject_words(text: str, pos: int) -> tuple[str, int, int] | None:
    """The last noun phrase before ``pos`` in its clause ("pain scores" in "Pain scores
    did not differ")."""
    head = re.sub(r"\s*(?:--|—|–)[^—–]{1,160}?(?:--|—|–)\s*", " ",  # an aside
                  text[reach_start(text, pos):pos])  # (a bounded look-back)
    head = re.sub(r"\([^()]*\)", " ", head)
    parts = re.split(r"(?i)[,;:]|\b(?:but|and|while|whereas|although)\b", head)
    clause = parts[-1]
    if re.match(r"(?i)\s*(?:which|that|who)\b", clause) and len(parts) > 1:
        clause = parts[-2]  # "during follow-up, which averaged": the thing before
    clause = re.split(r"(?i)\b(?:found|find|showed|shows?|suggest(?:s|ed)?|reported|revealed|"
                      r"indicated?|noted|concluded|observed)\s+that\b", clause)[-1]
    clause = re.sub(r"(?i)\s(?:at|by)\s+the\s+(?:time|end|start|beginning)\b.*$", "", clause)
    of = _OUTCOME_OF.search(clause)
    if of and outcome_words(of.group("o")):  # "the rate of fractures rose": fractures
        words = outcome_words(of.group("o"))
        at = text.rfind(words, 0, pos)
        if words and at >= 0:
            return words, at, at + len(words)
    clause = re.split(r"(?i)\s(?:that|which|who|whose|of\s+(?:those|people|patients|"
                      r"participants|women|men|children|adults)|among|in\s+(?:those|people|"
                      r"patients|participants|women|men|children|the\s+\w+\s+group))\b",
                      clause)[0]
    clause = re.sub(rf"(?i)\s(?:for|in|among|of)\s+(?:the\s+|both\s+|all\s+|each\s+)?"
                    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{COUNTED}|groups?|arms?)\b.*$", "", clause)
    clause = re.sub(r"(?i)^.*\b(?:during|over|throughout|for)\s+", "", clause)
    ws = clause.split()
    filler = re.compile(r"(?i)there|was|were|is|are|found|had|have|has|the|a|an|"
                        r"researchers?|they|we|study|trial|similarly|also|overall|however|"
                        r"both|\w+ly|associated|linked|tied|with|then|this|these|it|their|"
                        r"his|her|its|our|[\d.,]+")
    while ws and (filler.fullmatch(ws[-1]) or (len(ws) > 1 and re.fullmatch(
            r"(?i)by|to|of|\w{3,}ed", ws[-1]))):
        ws.pop()  # "Pain scores were significantly" -> "Pain scores"; "X reduced by" -> "X"
    ws = ws[-5:]
    while ws and filler.fullmatch(ws[0]):
        ws.pop(0)
    if not ws:
        return None
    words = outcome_words(" ".join(ws))
    if not words:
        return None
    s = text.rfind(words, 0, pos)
    return (words, s, s + len(words)) if s >= 0 else None


# -- what is counted (read by subject_words and quantity_amounts) --------------------------

COUNTED = (r"people|persons|patients|participants|adults|women|men|children|kids|infants|"
            r"babies|newborns|boys|girls|teens|teenagers|adolescents|volunteers|individuals|"
            r"subjects|veterans|mothers|fathers|parents|survivors|residents|students|workers|"
            r"employees|smokers|users|respondents|families|households|twins|athletes|players|"
            r"doctors|physicians|nurses|surgeons|clinicians|cases|controls|deaths|procedures|"
            r"operations|surgeries|lesions|tumou?rs|cancers|births|pregnancies|deliveries|"
            r"hospitals|sites|centers|centres|clinics|practices|schools|mice|rats|samples|"
            r"countries|provinces|regions|cities|districts|counties|municipalities|"
            r"communities|villages|wards|(?:nursing|care)\s+homes|(?:intensive\s+)?care\s+units|"
            r"caregivers|carers|diagnoses|family\s+members|members|schoolchildren|pupils|"
            r"infections|events|visits|admissions|fractures|strokes|hospitali[sz]ations|"
            r"prescriptions|studies|trials|records|charts|shoulders|knees|hips|eyes|teeth|joints|"
            rf"limbs|[\w-]+-olds|{AGENT_PEOPLE}")
