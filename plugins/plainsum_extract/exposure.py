"""Part of stage 4, attach: whom an effect figure compares, and what it is a risk of.

A hazard ratio, a relative change or an absolute difference compares two groups: in a
trial the arms, in an observational study an *exposure* ("the highest quartile of coffee
intake", "prior statin use", "two to three sauna sessions a week") with its reference
("the lowest quartile", "non-users"). Releases rarely name that exposure as people, so
the people-only reader of :mod:`.subject` finds no group and the figure fell back to the
whole cohort ("all participants"), which is never what an effect is about. This module
reads the exposure from the shape of the clause:

- the subject of an association or "had" verb, whatever its head noun ("Regular aspirin
  use was associated with a 14% lower risk (HR 0.86)"; a figure in parentheses is an aside
  to the clause before it, so the ratio gets the same subject as the change it explains);
- an elliptic clause that repeats the comparison with new people ("..., and four to seven
  sessions with a 66 percent lower risk"; "those with 3 to 9 years, a 20% higher risk");
- a clause that opens with the people and then speaks of the risk ("In the second-highest
  quartile the risk was 18 percent lower"; "Among never-smokers, the association ...");
- the ratio's own "for" phrase when it names the comparison ("the hazard ratio for the top
  versus bottom quartile was 0.93").

It also tells an outcome from a fragment ("percent higher risk", "second-highest quartile
the risk", "corresponding"): such words name no event, and the figure takes the risk the
release named before instead (:func:`named_risk`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .groups import AGENTS, PERSONS
from .text import before_aside, blank_dash_asides, parens, reach_start

_ASSOC = (r"(?:was|were|is|are|remained|appeared)\s+(?:also\s+|still\s+|independently\s+|"
          r"significantly\s+|strongly\s+|inversely\s+|positively\s+|only\s+|modestly\s+|"
          r"not\s+)*(?:associated|linked|tied|related|connected|correlated)\s+(?:with|to)\b")
_PARTICIPLE = (r"(?:fallen|risen|grown|shown|seen|taken|given|become|gone|done|made|kept|"
               r"lost|won|got|gotten|begun|driven|eaten|broken|chosen|stayed|remained)")
"""Irregular past participles: "frequency had fallen by 22 percent" is no exposure's "had"."""
_VERB = re.compile(
    rf"(?i)(?<![\w-])(?:{_ASSOC}|(?<!having\s)(?:had|has|have)\b"
    rf"(?!\s+(?:been|not|also|\w+ed|{_PARTICIPLE})\b)|"
    r"(?:showed|carried|conferred|faced|saw|experienced)\b|(?:reduced|lowered|cut|raised|increased|doubled|halved|predicted)\s+"
    r"(?:the\s+|their\s+|its\s+)?(?:risk|odds|rate|chance|likelihood|incidence|number|"
    r"proportion|share|percentage)\b)")
"""The verb that ends an exposure subject: an association, or what the exposed had."""
_LEAD = re.compile(
    r"(?i)^\W*(?:(?:and|but|while|whereas|overall|also|similarly|likewise|in\s+addition|"
    r"meanwhile|by\s+contrast|in\s+contrast|however|moreover|in\s+particular|notably|"
    r"specifically|furthermore|in\s+comparison|by\s+comparison|in\s+turn|then|thus|"
    r"further|importantly)\b,?\s*)+")
_NOT_EXPOSURE = re.compile(  # the effect itself, the study, a pronoun: no exposure
    r"(?i)(?:^|\s)(?:risk|risks|odds|hazard|rates?|chances?|likelihood|incidence|association|link|"
    r"difference|reduction|increase|decrease|effect|benefit|result|results|finding|"
    r"findings|analysis|analyses|study|studies|trial|trials|researchers|authors|team|data|"
    r"model|models|ratio|estimate|estimates|number|it|this|that|they|there|which|we|who|"
    r"he|she|both|each\s+group|outcome|outcomes)$")
_MEASURED = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+)?(?:risk|risks|odds|hazard|rates?|"
    r"chances?|likelihood|incidence|prevalence|number|levels?|proportion|share|"
    r"percentage|frequency|probability)\s+(?:of|for|in|among)\b")
_STUDY_WORDS = re.compile(
    r"(?i)\b(?:study|studies|trial|trials|researchers?|authors?|investigators?|team|"
    r"analys[ie]s|findings|results|data|scientists|review)\b")
_QUANTILE = re.compile(
    r"(?i)\b(?:quartiles?|quintiles?|tertiles?|deciles?|thirds?|fifths?|fourths?|"
    r"categor(?:y|ies)|percentiles?)\b")
_PEOPLE_HEAD = re.compile(rf"(?i)\b(?:{PERSONS}|{AGENTS}|those|individuals|respondents)\b"
                          r"|\b(?-i:[A-Z][a-z]+(?:ans|ese|ers|ites|ards|ons))\b"
                          r"|\b[a-z]+(?:arians|icians)\b")  # "pescatarians", "physicians"
_PLACE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.'’-]+)(?:\s+(?:[A-Z][\w.'’-]+|of|and))*$")


_CUT = re.compile(r"[;:]\s*|,(?!\d{3}\b)\s*|\s+[-–—]{1,2}\s+")
_STRONG_CUT = re.compile(r"[;:]\s*|\s+[-–—]{1,2}\s+|,\s*(?=(?:and|but|or|while|whereas)\b)")


def _clause_start(masked: str, strong: bool = False, base: int = 0) -> int:
    """Where the clause that ends ``masked`` opens: after the last ';', ':', dash or
    comma (``strong``: only after ';', ':', a dash or ', and' / ', while' ...); ``masked``
    starts at offset ``base`` of its sentence (a bounded look-back), and so does the
    answer (``base`` when no cut is found)."""
    opens = [m.end() for m in (_STRONG_CUT if strong else _CUT).finditer(masked)]
    return base + (opens[-1] if opens else 0)


_WITH_ASIDE = re.compile(r"(?i),\s*(?:with|at|for)\s+(?:an?\s+)?(?:adjusted\s+|overall\s+|"
                         r"pooled\s+)?$")
_COMPARING = re.compile(
    r"(?i)\W*(?:when\s+)?comparing\s+(?P<a>[^,;:()]{3,80}?)\s+(?:with|to|versus|vs\.?|and)\s+"
    r"(?P<b>[^,;:()]{3,80}?)\s*,")
_VERSUS = re.compile(
    r"(?i)^(?P<a>.+?)\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?P<b>[\w-]+)\s+(?P<q>quartiles?|quintiles?|tertiles?|deciles?|categor(?:y|ies)|"
    r"thirds?|fifths?)(?P<rest>.*)$")


def versus_end(phrase: str) -> str:
    """The compared end of a quantile contrast: "the highest versus lowest quartile of
    fried food intake" -> "the highest quartile of fried food intake"; other phrases as
    they are."""
    m = _VERSUS.match(phrase)
    if not m:
        return phrase
    if _QUANTILE.search(m.group("a")):  # "the top quartile compared with the bottom quartile"
        return f"{m.group('a')}{m.group('rest')}"
    return f"{m.group('a')} {m.group('q')}{m.group('rest')}"


_FRAME = re.compile(
    r"(?i)^(?:(?:the|this|their|our|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:researchers?|authors?|team|"
    r"investigators?|scientists|study|analys[ie]s|results|data|findings|they|we)\s+(?:also\s+|"
    r"then\s+)?(?:found|find|finds|showed|show|shows|reported|report|reports|suggest(?:s|ed)?|"
    r"concluded|noted|observed|estimated|determined|calculated|confirmed)\s+(?:that\s+)?")
"""A reporting frame before what was found ("the researchers found that X was associated
with ..."): the frame's subject is the reporter, the exposure is X."""


def _trim(phrase: str) -> str:
    phrase = _LEAD.sub("", phrase.strip(" ,"))
    phrase = re.sub(r"(?i)^(?:compared\s+(?:with|to)|relative\s+to|versus)\s+[^,]*,\s*", "",
                    phrase)
    phrase = _FRAME.sub("", phrase)
    return " ".join(phrase.split()).strip(" ,")


def _acceptable(phrase: str, per_unit: bool = False) -> bool:
    """Whether a subject can name an exposure: a short noun phrase, not the effect itself
    nor the study, holding no figure (``per_unit``: "each additional hour of sleep" may
    open with "each")."""
    ws = phrase.split()
    if per_unit and re.match(r"(?i)(?:each|every)\s+\w", phrase):
        phrase = re.sub(r"(?i)^(?:each|every)\s+", "", phrase)
        ws = phrase.split()
    if not ws or len(ws) > 16 or not re.search(r"[A-Za-z]{3}", phrase):
        return False
    if _NOT_EXPOSURE.search(phrase) or re.search(r"\d\s*(?:%|percent|per\s+cent)", phrase):
        return False
    if _MEASURED.match(phrase):
        return False  # "the rate of fractures in treated women": what was measured
    if re.search(r"(?i)\b(?:it|this|that|these|those\s+\w+s|they|there|which|we|he|she|"
                 r"such)\b", phrase) and not re.match(r"(?i)those\b", phrase):
        return False  # "people with this kind of gout": said of people named before
    if _STUDY_WORDS.search(phrase) and not _QUANTILE.search(phrase):
        return False
    return not re.search(r"(?i)(?<!older\s)(?<!younger\s)(?<!more\s)(?<!less\s)(?<!fewer\s)"
                         r"\b(?:than|compared|versus|vs)\b", phrase)


def exposure_phrase(text: str, pos: int, ratio_head: tuple[int, int] | None = None
                    ) -> tuple[str, int, int] | None:
    """The exposure an effect figure at ``pos`` of a sentence is said of: (its words,
    start, end), or None when the clause names none. ``ratio_head``: the span of a ratio's
    words before its number ("hazard ratio for the top versus bottom quartile was")."""
    if ratio_head is not None:
        own = _ratio_for(text, *ratio_head)
        if own:
            return own
    idx = parens(text)
    paren = idx.open_at(pos)
    end = paren if paren is not None else pos
    aside = _WITH_ASIDE.search(text, reach_start(text, end), end)
    if aside:  # "had higher stroke risk, with a hazard ratio of 1.44": said of that clause
        end = aside.start()
    base = reach_start(text, end)  # the look-back is bounded: linear in a run-on text
    masked = blank_dash_asides(idx.masked(end, base))  # asides in parentheses or dashes
    lo = _clause_start(masked, base=base)
    comparing = _COMPARING.match(text, _clause_start(masked, True, base), end)
    if comparing:  # "Comparing the highest with the lowest quintile of X, the HR was 0.81"
        phrase = versus_end(f"{comparing.group('a')} versus {comparing.group('b')}")
        if _acceptable(phrase):
            at = comparing.start("a")
            return phrase, at, comparing.end("b")
    # the verb may read on past the figure ("has increased by 2 per cent" is no "has")
    # (a change said with its verb, "exercise reduced the risk of falls by 21%", is read
    # from that verb: the verb may start right where the figure's phrase does)
    verbs = [v for v in _VERB.finditer(idx.full, lo, min(len(text), end + 300))
             if (v.start() < end and masked[v.start() - base] != " ")  # (not in an aside)
             or (v.start() == end and text[end:end + 1].isalpha())]
    # "women who had osteoporosis": a verb in a relative clause ends no subject
    verbs = [v for v in verbs if not re.search(r"(?i)\b(?:who|that|which|whose)\s+(?:\w+\s+)?$",
                                               text[lo:v.start()])
             and not re.match(r"\s+that\b", text[v.end():v.end() + 6])]  # "showed that": a frame
    if verbs:
        v = verbs[0]
        raw = _trim(before_aside(text[lo:v.start()]))
        phrase = versus_end(raw)
        if _acceptable(phrase):
            at = text.find(raw, lo)
            return phrase, at, at + len(raw)
    elliptic = _elliptic(text, masked, end, base)
    if elliptic:
        return elliptic
    if re.match(r"(?i)\W*(?:their|its|(?:for|in|among|with)\s+whom)\s", text[lo:end]):
        # "greatest in people older than 75: their hazard ratio was 0.70"; "stronger among
        # participants without diabetes, for whom the hazard ratio was 1.31"
        before = _AMONG_END.search(text, reach_start(text, lo), lo)
        # the people, without a clause of when ("... who had no diabetes when they enrolled")
        np = re.split(r"(?i)\s+(?:when|while|after|before|because|as|since)\s",
                      before.group("np").strip())[0] if before else ""
        if before and _acceptable(np):
            return np, before.start("np"), before.start("np") + len(np)
    studied = _STUDY_OF.search(text, base, end)
    if studied and _PEOPLE_HEAD.search(studied.group("np")):
        # "A 2019 study of older men found a 20 percent lower risk": those men
        np = studied.group("np")
        return np, studied.start("np"), studied.end("np")
    return _opening(text, masked, end, base)


_STUDY_OF = re.compile(
    r"(?i)\b(?:study|trial|analysis|survey|review|cohort)\s+(?:of|in|among)\s+(?:about\s+|"
    r"nearly\s+|more\s+than\s+)?(?:\d[\d,]*\s+)?(?P<np>[^,;:()\d]{3,60}?)\s+(?:found|showed|"
    r"reported|suggested|observed|linked)\b")
_AMONG_END = re.compile(
    r"(?i)\b(?:in|among|for)\s+(?P<np>(?:the\s+)?[^,;:()]{3,80}?)\s*[:;,]\s*$")


_ELLIPSIS = re.compile(
    r"(?i)^\W*(?:and\s+|or\s+|but\s+|while\s+|whereas\s+)?(?P<np>[^,;:()]{3,80}?)\s*"
    r"(?:,\s*|\s+(?:with|to|showed|at)\s+)(?:an?\s+|the\s+)?(?:(?:about|nearly|almost|"
    r"roughly|approximately|more\s+than|over|up\s+to|at\s+least)\s+)?$")


def _elliptic(text: str, masked: str, end: int, base: int = 0) -> tuple[str, int, int] | None:
    """The new people of a clause that repeats the comparison without its verb ("; those
    with 3 to 9 years, a 20% higher risk", ", and four to seven sessions with a 66 percent
    lower risk"). ``masked``: the masked sentence from ``base`` to ``end``."""
    lo = _clause_start(masked, True, base)
    if lo == base:
        return None
    clause = masked[lo - base:end - base]
    if _VERB.search(clause) or re.search(r"(?i)\b(?:was|were|is|are)\b", clause):
        return None
    m = _ELLIPSIS.match(clause)
    if not m:
        return None
    phrase = _trim(m.group("np"))
    if not _acceptable(phrase):
        return None
    at = text.find(phrase, lo)
    return phrase, at, at + len(phrase)


_OPENING = re.compile(
    r"(?i)^\W*(?:(?:overall|however|similarly|likewise|also|by\s+contrast|in\s+contrast|"
    r"and|but|meanwhile),?\s+)?(?:in|among|within|(?=for\s+(?:each|every)\b)for)\s+"
    r"(?P<np>[^,;:()]{2,90}?)"
    r"(?:\s*,\s*|\s+(?=(?:the|their|its)\s+(?:[\w-]+\s+)?(?:risk|odds|hazard|rates?|"
    r"association|likelihood|chances?|reduction|increase|difference|link)\b))")
_ANALYSIS_OF = re.compile(
    r"(?i)^(?:an?\s+|the\s+)?(?:(?:sub)?(?:group\s+)?analys[ie]s|sub-?groups?|subset)\s+"
    r"(?:of|among|in|restricted\s+to|limited\s+to|including)\s+(?:the\s+)?"
    r"(?:(?:studies|trials|cohorts)\s+(?:conducted|done|carried\s+out|performed|from)\s+"
    r"(?:in\s+)?)?")


def _opening(text: str, masked: str, end: int, base: int = 0) -> tuple[str, int, int] | None:
    """The people a clause opens with before it speaks of the risk ("In the second-highest
    quartile the risk was 18 percent lower"; "Among never-smokers, the association ...").
    ``masked``: the masked sentence from ``base`` to ``end``."""
    start = _clause_start(masked, True, base)
    m = _OPENING.match(text[start:end])
    if not m:
        return None
    phrase = m.group("np").strip()
    inner = _ANALYSIS_OF.match(phrase)
    if inner:  # "a subgroup analysis of studies conducted in Asia": those in Asia
        phrase = phrase[inner.end():]
    phrase = _trim(phrase)
    if not _acceptable(phrase, per_unit=True) or re.match(
            r"(?i)(?:addition|particular|total|general|contrast|comparison|summary|short|"
            r"all)\b", phrase):
        return None
    at = text.find(phrase, start)
    return phrase, at, at + len(phrase)


_RATIO_FOR = re.compile(
    r"(?i)\b(?:for|comparing|among|in)\s+(?P<np>[^,;:()]{3,80}?)\s*(?:,|was|were|is|are|"
    r"of|=|:)?\s*(?:about\s+|approximately\s+)?$")


def _ratio_for(text: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The comparison a ratio's own words name ("hazard ratio for the top versus bottom
    quartile was 0.93", "the odds ratio among daily users was 2.1"): people or quantiles,
    never an outcome ("hazard ratio for death")."""
    m = _RATIO_FOR.search(text[lo:hi])
    if not m:
        return None
    phrase = m.group("np").strip()
    among = re.search(r"(?i)\b(?:among|in)\s+(?P<p>(?:the\s+)?[^,;:()]{3,80})$", phrase)
    if among and (_PEOPLE_HEAD.search(among.group("p")) or _QUANTILE.search(among.group("p"))):
        # "for all-cause mortality among current smokers compared with never smokers"
        phrase = among.group("p")
    if not (_QUANTILE.search(phrase) or _PEOPLE_HEAD.search(phrase) or re.search(
            r"(?i)\b(?:versus|vs\.?|compared)\b", phrase)):
        return None
    parts = re.split(r"(?i)\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+", phrase)
    quantile = _QUANTILE.search(parts[-1]) if len(parts) > 1 else None
    phrase = parts[0]
    if quantile and not _QUANTILE.search(phrase):  # "the top versus bottom quartile"
        phrase = f"{phrase} {quantile.group(0)}"
        at = text.find(parts[0], lo)
        return phrase, at, at + len(m.group("np").strip())
    phrase = re.sub(r"(?i)^(?:the\s+)?(top|bottom|highest|lowest)$", r"the \1", phrase)
    at = text.find(phrase, lo)
    return phrase, at, at + len(phrase)


_STEP_EXPOSURE = re.compile(
    r"(?i)(?:each|every|per|an?)\s+(?:additional\s+)?(?P<n>[\d.,]+(?:\s*[^\s\d]+)?|"
    r"one[- ]unit|unit|standard[- ]deviation|SD)\s+(?P<d>increase|rise|decrease|fall|drop|"
    r"reduction)\s+(?:in|of)\s+(?P<x>.{3,60})")


def step_phrase(phrase: str) -> str:
    """An exposure said per step ("each 50 nmol/L increase in genetically predicted
    Lp(a)") as what the people compared have ("a 50 nmol/L higher genetically predicted
    Lp(a)"); any other phrase as it is."""
    step = _STEP_EXPOSURE.fullmatch(phrase.strip())
    if step is None:
        return phrase
    more = "lower" if step.group("d").lower().startswith(("decrease", "fall", "drop",
                                                          "reduction")) else "higher"
    return f"a {step.group('n')} {more} {step.group('x')}"


def people_label(phrase: str, opens: bool = False) -> str:
    """A group label for an exposure phrase: people as they are named, else the people in
    a quantile or place, doing something, or with something. ``opens``: the phrase opens
    its sentence (a capital there says nothing)."""
    if (opens and phrase[:1].isupper() and phrase[1:2].islower() and
            not re.match(r"[A-Z][a-z]+\s+[A-Z]", phrase)) or re.match(r"(?:The|A|An)\s", phrase):
        phrase = phrase[0].lower() + phrase[1:]
    phrase = step_phrase(phrase)
    if _PEOPLE_HEAD.search(phrase.split(" with ")[0].split(" who ")[0]):
        return phrase
    quantile = _QUANTILE.search(phrase)
    if quantile and re.match(r"(?i)(?:the|a)\s", phrase):
        return f"people in {phrase}"
    if quantile:
        return f"people in the {phrase}"
    if _PLACE.match(phrase):
        return f"people in {phrase}"
    if re.match(r"(?i)\w+ing\b", phrase):
        return f"people {phrase}"
    return f"people with {phrase}"


_FRAGMENT = re.compile(
    r"(?i)%|\b(?:percent|per\s+cent|percentage|quartiles?|quintiles?|tertiles?|deciles?|"
    r"corresponding|times|fold|top|bottom|highest|lowest|additional|each|hazard|ratio|"
    r"ratios|odds|likely|frequent|common)\b|^(?:less|more|lower|higher)\b|^(?:the\s+)?(?:risk|rate|rates|chance|likelihood)$|"
    r"\b(?:the|a|an)\s+(?:risk|rate|odds)$")


def fragment(words: str) -> bool:
    """Whether an effect's outcome words are a fragment, not an event or condition
    ("percent higher risk", "second-highest quartile the risk", "corresponding", "top"),
    or name people ("those taking other drugs")."""
    return bool(_FRAGMENT.search(words) or re.match(
        rf"(?i)(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:{PERSONS}|those|them|people)\b", words))


_LABEL_LINE = re.compile(r"^\W*(?P<o>[A-Za-z][\w'’ -]{2,60}?)\s*:(?:\s+(?=\S)|\s*$)")


def line_label(text: str) -> tuple[str, int, int] | None:
    """The outcome a list line opens with ("- Dementia: 22% lower risk (HR 0.78)"): short
    words before a colon that name no people, the study or a figure."""
    m = _LABEL_LINE.match(text)
    if not m:
        return None
    words = m.group("o").strip()
    if len(words.split()) > 6 or fragment(words) or _STUDY_WORDS.search(words) or \
            re.match(r"(?i)(?:key|main|other|results?|findings?|conclusions?|note|"
                     r"background|methods?|source)\b", words):
        return None
    return words, m.start("o"), m.start("o") + len(words)


def elliptic_at(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` stands in an elliptic clause with people of its own
    (then those people beat a group named in an earlier clause)."""
    idx = parens(text)
    paren = idx.open_at(pos)
    end = paren if paren is not None else pos
    base = reach_start(text, end)
    return _elliptic(text, idx.masked(end, base), end, base) is not None


_RISK_OF = re.compile(
    r"(?i)\b(?:risk|risks|odds|chances?|likelihood|incidence|hazard|probability)\s+(?:of|for)\s+"
    r"(?:developing\s+|having\s+|getting\s+|being\s+|a\s+|an\s+)?(?!(?:those|people|patients|"
    r"participants|women|men|children|adults|them|the\s+\w+\s+group)\b)"
    r"(?P<o>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6})"
    r"|\blikely\s+to\s+(?:be\s+|have\s+|get\s+|develop\s+)?(?P<l>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6})"
    # "tied to lower liver cancer risk": the event before the word risk
    r"|\b(?:lower|higher|reduced|increased|greater|raised|elevated|less|more)\s+"
    r"(?P<b>(?!risk\b)[a-z][\w'’-]*(?:\s+(?!risk\b)[a-z][\w'’-]*){0,3})\s+risk\b")


@lru_cache(maxsize=256)  # a sentence's is asked once per figure in it
def risk_named(text: str) -> tuple[str, int, int] | None:
    """The last event a sentence names as a risk ("the risk of type 2 diabetes", "likely to
    develop dementia"): its words and span; None when it names none."""
    from .quantity_forms import outcome_words

    best = None
    for m in _RISK_OF.finditer(text):
        key = "o" if m.group("o") else "l" if m.group("l") else "b"
        words = outcome_words(m.group(key))
        if words:  # "the risk of type 2 diabetes rose with ...": up to its verb
            words = re.split(r"(?i)\s+(?:rose|rises|fell|falls|grew|grows|dropped|"
                             r"increased|decreased|declined|went|doubled|tripled|changed)\b"
                             # "bowel cancer before the age of 50": the event, not when
                             r"|\s+(?:before|by|after|under|over|from)\s+(?:the\s+)?age\b",
                             words)[0]
        if words and not fragment(words):
            at = text.find(words, m.start(key))
            best = (words, at, at + len(words))
    return best


def risk_named_before(text: str, pos: int) -> tuple[str, int, int] | None:
    """:func:`risk_named` of the words before ``pos`` (a bounded look-back), with its span
    in ``text``."""
    base = reach_start(text, pos)
    found = risk_named(text[base:pos])
    return (found[0], found[1] + base, found[2] + base) if found else None


_FOR_OPENING = re.compile(
    r"(?i)^\W*(?:(?:similarly|likewise|also|and|but),?\s+)?for\s+(?P<np>[^,;:()]{3,60}?)\s*,")


def for_opening(text: str, pos: int) -> tuple[str, int, int] | None:
    """What a clause that opens with "For X," is about, when X names no people: the
    outcome of its figures ("For Alzheimer's disease, the corresponding hazard ratios were
    0.80 and 0.35"); None otherwise ("For women, ..." names a group)."""
    base = reach_start(text, pos)
    start = _clause_start(parens(text).masked(pos, base), True, base)
    m = _FOR_OPENING.match(text, start, pos)
    if not m:
        return None
    phrase = " ".join(m.group("np").split())
    if _PEOPLE_HEAD.search(phrase) or _QUANTILE.search(phrase) or fragment(phrase) or \
            re.match(r"(?i)(?:example|instance|comparison|each|every|all|both|this|that|"
                     r"these|those|them|it|example)\b", phrase):
        return None
    return phrase, m.start("np"), m.start("np") + len(m.group("np").strip())


_STRONGER_FOR = re.compile(
    r"(?i)\b(?:links?|associations?|relationships?|connections?|effects?|benefits?|risks?|"
    r"increases?|excess|reductions?)"  # "The increase was seen for ischaemic stroke (HR 1.38)"
    r"(?:\s+(?:with|to|of)\s+[^,;:()]{2,60}?)?\s+(?:was|were|is|are|appeared|seemed)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:strongest|stronger|weaker|weakest|clearest|clearer|greatest|"
    r"greater|largest|larger|smaller|most\s+(?:pronounced|marked)|more\s+(?:pronounced|"
    r"marked))\s+for|(?:seen|found|observed|present)\s+(?:for|with)|(?:confined|limited|"
    r"restricted)\s+to)\s+"
    r"(?P<o>[a-z][^,;:()]{2,60}?)\s*(?=[,;:(]|\s+(?:which|that|than|where)\b|$)"
    # "... was seen for cancers of the colon (OR 1.58) but not for cancers of the rectum"
    r"|\b(?:(?:but|and)\s+not|or)\s+(?:for|with|in)\s+(?P<m>[a-z][^,;:()]{2,60}?)\s*(?=[,;:(]|$)"
    r"|\bno\s+(?:\w+\s+){0,2}?(?:links?|associations?|relationships?|connections?|"
    r"differences?)\s+"  # "no clear difference for haemorrhagic stroke (HR 1.09)"
    r"(?:(?:was\s+)?(?:found|seen)\s+)?(?:between\s+(?:[^,;:()]|\(\w{1,3}\)){2,80}?\s+and|with|"
    r"to|for|in)\s+"
    r"(?P<n>[a-z][^,;:()]{2,60}?)\s*(?=[,;:(]|\s+(?:which|that|where)\b|$)")


def stronger_for_people(text: str, pos: int) -> tuple[str, int, int] | None:
    """The people a clause before a figure says a link was strongest for ("The link was
    strongest for people with the highest cumulative exposure, ...: they were 2.4 times as
    likely"): the last such phrase before ``pos`` that names people; None otherwise."""
    best = None
    for m in _STRONGER_FOR.finditer(text, 0, pos):
        if not m.group("o"):
            continue
        phrase = " ".join(m.group("o").split())
        if not re.match(rf"(?i)(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:{PERSONS}|those)\b", phrase):
            continue
        at = text.find(phrase, m.start("o"))
        best = (phrase, at, at + len(phrase))
    return best


def stronger_for(text: str, pos: int) -> tuple[str, int, int] | None:
    """The outcome a clause before a figure names as the one a link held (or failed) for
    ("The association was stronger for Alzheimer's disease: ... (HR 1.35)", "no clear link
    with haemorrhagic stroke (HR 1.06)"): the last such phrase before ``pos``; None when
    it names people ("stronger for women" is a subgroup) or a fragment."""
    best = None
    for m in _STRONGER_FOR.finditer(text, 0, pos):
        key = "o" if m.group("o") else "n" if m.group("n") else "m"
        phrase = " ".join(m.group(key).split())
        phrase = re.sub(r"(?i)^(?:the|a|an)\s+", "", phrase)
        if _PEOPLE_HEAD.search(phrase) or _QUANTILE.search(phrase) or fragment(phrase) or \
                re.match(r"(?i)(?:it|this|that|them|those|these|each|all|both)\b", phrase):
            continue
        at = text.find(phrase, m.start(key))
        best = (phrase, at, at + len(phrase))
    return best


_SUBJECT_OUTCOME = re.compile(
    r"(?i)(?:^|[;:]\s*|,\s*(?:and|but|while)\s+)\W*(?:(?:also|similarly|likewise|in\s+addition|"
    r"meanwhile|overall),?\s+)?(?P<o>[^,;:()]{3,80}?)\s+(?:was|were)\s+(?:also\s+|"
    r"significantly\s+|much\s+|substantially\s+)?(?:less|more|lower|higher|reduced|increased|"
    r"rarer|commoner)\s*(?:frequent|common|often|likely|in\s+\w+)?"
    # "High blood sugar ... was more common with corticosteroids (relative risk 1.49)"
    r"(?:\s+(?:with|in|among|for|on)\s+[^,;:()]{2,40}?)?\s*[,(]\s*"
    r"(?:[\w\[\]-]+\s*,?\s*){0,3}$")


def outcome_subject(text: str, pos: int) -> tuple[str, int, int] | None:
    """The event a clause says was less or more frequent, as the outcome of the figure at
    ``pos`` that sizes it ("Hospital admission for breathing problems was also less
    frequent (HR 0.80)"); None when the subject is people, the risk itself or no event."""
    m = _SUBJECT_OUTCOME.search(text, reach_start(text, pos), pos)
    if not m or m.end() != pos:
        return None
    phrase = " ".join(m.group("o").split())
    if _PEOPLE_HEAD.search(phrase) or _NOT_EXPOSURE.search(phrase) or fragment(phrase) or \
            re.match(r"(?i)(?:it|this|that|they|there|which)\b", phrase):
        return None
    phrase = phrase[0].lower() + phrase[1:] if phrase[1:2].islower() else phrase
    at = m.start("o")
    return phrase, at, at + len(m.group("o").strip())


_VERB_BEFORE = re.compile(
    r"(?i)\b(?P<v>(?!(?:had|has|have|was|were|is|are|been|reduced|increased|lowered|raised|"
    r"cut|decreased|rose|fell|dropped|declined|grew)\b)(?:[a-z]+ed|lived|slept|ran|swam|ate|"
    r"drank|spent|stayed|survived|walked|kept|grew|rode|sat))\s+(?:(?:about|nearly|almost|"
    r"roughly|some|over|more\s+than|up\s+to|at\s+least)\s+)?$")
_MORE = (r"longer|farther|further|faster|slower|more|less|better|worse|earlier|later|sooner|"
         r"fewer")
_COMPARATIVE = re.compile(rf"(?i)\s*(?P<c>{_MORE})\b")


def verb_outcome(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """What people did that changed, when a figure sits between a verb and a comparative
    ("Mice that received NX-71 lived 14 percent longer" -> "lived longer")."""
    v = _VERB_BEFORE.search(text, max(0, start - 40), start)
    c = re.search(rf"(?i)\s(?P<c>{_MORE})\b", text[start:end]) or \
        _COMPARATIVE.match(text, end)
    if not v or not c:
        return None
    return f"{v.group('v').lower()} {c.group('c').lower()}", v.start("v"), end
