"""Effect measures in a text, judged against the fact sheet: ratios, relative changes,
absolute differences, confidence intervals, p-values, hedges and background figures.

Rules (each finding names the fact):
``ratio-as-percent`` a ratio said as a percentage ("62 % lower" for HR 0.62) or a
relative change said as a ratio ("a ratio of 0.30" for 30 % lower);
``sign-flipped`` a value said with the other sign or direction ("0.17" or "rose by 0.17"
for −0.17, "45 % higher" for 45 % lower, "doubled" for 50 % lower, "a quarter as common"
for four times as common);
``interval-changed`` a confidence interval with a bound (or level) the sheet does not give;
``relative-as-absolute`` a relative change said as an absolute one ("30 percentage
points", "30 out of 100" for 30 % lower) or an absolute difference said as a relative one;
``hedge-dropped`` (warning) "about 10 %" said as "10 %"; ``hedge-reversed`` "less than
3 %" said as "more than 3 %", or a figure said to be more (less) than it is;
``background-as-result`` a background figure said in a sentence that gives this study's
findings ("the study found ...") and no context ("earlier studies", "each year").

Forms that say the same thing are accepted: "a quarter as likely" for a ratio of 0.25,
"nearly half" for 47 %, "more than 8 in 10" for 85 %, "a third less likely" for a 33 %
relative change when its rounding allows.
"""

from __future__ import annotations

import dataclasses
import functools
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import regex
from plainsum.factsheet.model import Fact
from plainsum.memo import Memo

from . import plain_regex
from .absolute_words import absolute_phrases, called_absolute
from .comparatives import standard_of_comparison
from .context import Cue, Scoper
from .levels import level_groups, level_of, level_said
from .numbers import Mention, spaced_sign
from .plain_regex import Compiled
from .reported import _QUOTE, QUOTE_MARKS
from .result_claims import claimed_result
from .sheet import EPS, SheetIndex, matches, round_half_up
from .study_source import elsewhere, named_in, points_back
from .text import first_in, last_in, places, tokens

# after a figure: a few words and "100" ("fewer infections per 100", "de moins pour 100")
# "45 fewer infections per 100 women", the base in words too ("forty fewer heart attacks
# per hundred people", "cuarenta infartos menos por cada cien", "en moins pour cent patients")
_PER_HUNDRED = regex.compile(r"(?:[ \u00a0\n]+[\p{L}'’-]+){1,5}[ \u00a0\n]+(?:100(?![0-9.,])"
                             r"|(?:hundred|cien|cent|cento|cem|hundert|honderd)(?![\p{L}]))",
                             regex.IGNORECASE)
BELOW = frozenset({"nearly", "less-than", "up-to"})
ABOVE = frozenset({"more-than", "at-least"})
STRICT = frozenset({"more-than", "less-than"})  # bounds that exclude the figure itself
ONE_SIDED = STRICT | {"at-least", "up-to"}  # bounds on one side of a figure
SAID = {"about": "about", "nearly": "nearly", "more-than": "more than",
        "at-least": "at least", "less-than": "less than", "up-to": "up to"}


def fits(hedge: str | None, said: float, value: float, floor: float = 0.5) -> bool:
    """Whether ``value`` is what a figure ``said`` with ``hedge`` can stand for: "about
    12 %" for 12.5, "nearly half" for 47 %, "more than 8 in 10" for 85 %. The bounds keep
    a hedge from covering any figure ("more than 10 %" is no way to say 85 %). ``floor``:
    how far "about" reaches at least (half a unit of a per-cent figure; a ratio said to
    two places, "about 0.45", reaches half a hundredth, not 0.62)."""
    if hedge is None or said <= 0 or value < 0:
        return False
    if hedge == "about":  # "about 8 in 100" is no way to say 7.3 % (about 7)
        return abs(value - said) <= max(0.05 * said, floor) + EPS
    if hedge == "nearly":
        return 0.85 * said <= value <= said
    if hedge in ("less-than", "up-to"):
        return 0.6 * said <= value <= said and (hedge == "up-to" or value < said)
    if hedge in ("more-than", "at-least"):
        return said <= value <= 1.3 * said and (hedge == "at-least" or value > said)
    return False


def exact(said: float, fact: Fact, allowed: set[float], rounded: bool = False) -> bool:
    """Whether ``said`` is the fact's value as the sheet allows it; ``rounded``: said by a
    word ("a third" is 33.3...), which matches a value its declared rounding gives."""
    if matches(said, allowed):
        return True
    if rounded:
        return any(abs(round_half_up(said, step) - v) < EPS
                   for step in getattr(fact, "round_to", ()) for v in allowed)
    return False


def _step(said: float, decimals: int) -> float:
    """The step of a figure's last digit: 10 for "40", 1 for "9", 0.1 for "4.5"."""
    if decimals > 0 or said != int(said):
        return 10 ** -max(decimals, 1)
    step, whole = 1, int(said)
    while whole and not whole % 10:
        step, whole = step * 10, whole // 10
    return float(step)


def close(said: float, value: float, decimals: int) -> bool:
    """``value`` as said with ``decimals`` places (0.453 said as 0.45)."""
    if abs(said - value) < EPS:
        return True
    return decimals > 0 and abs(said - round_half_up(value, 10 ** -decimals)) < EPS


# "also", adding a figure to the study's results (closed-class words of the six languages)
_ALSO = regex.compile(r"(?<!\p{L})(?:also|too|as\s+well|también|aussi|également|anche|pure"
                      r"|também|auch|ebenfalls|zudem|außerdem)(?!\p{L})", regex.IGNORECASE)

class _Words:
    """A pack's finding and context words, each list compiled once, the first time it is
    asked for (a sheet with no background figure never needs the context words: six
    packs' patterns cost some 30 ms to compile). The words are read from the pack when
    it is first asked about."""

    def __init__(self, pack: Any):
        self._finding = tuple(getattr(pack, "finding_words", None) or ())
        self._context = tuple(getattr(pack, "context_words", None) or ())
        self._ways = {way: tuple(forms) for way, forms in
                      (getattr(pack, "effect_directions", None) or {}).items()}
        self._negation = tuple(getattr(pack, "negations", None) or ())
        self._versus = tuple(getattr(pack, "versus_words", None) or ())

    @functools.cached_property
    def finding(self) -> Compiled | None:
        return _compile(self._finding)

    @functools.cached_property
    def context(self) -> Compiled | None:
        return _compile(self._context)

    @functools.cached_property
    def ways(self) -> dict[str, Compiled]:
        """Comparatives: "inferiore", "mais baixo"."""
        return {way: pattern for way, forms in self._ways.items()
                if (pattern := _compile(forms))}

    @functools.cached_property
    def versus(self) -> Compiled | None:
        """The pack's words that place one group against another: "compared with",
        "gegenüber", "frente a"."""
        return _compile(self._versus)

    @functools.cached_property
    def negation(self) -> Compiled | None:
        """The pack's negations: "not", "não", "pas"."""
        return _compile(self._negation)


def _compile(forms: Iterable[str]) -> Compiled | None:
    """One list's forms as a word pattern, with ``re`` where it reads alike (a third
    of ``regex``'s compile time, :mod:`.plain_regex`)."""
    forms = [f for f in forms if f]
    if not forms:
        return None
    return plain_regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(forms)})(?![\p{{L}}])",
                               regex.IGNORECASE)


_WORDS: Memo[_Words] = Memo(64)
# between a direction word and the group it places another group against: a few words,
# no mark ("above | sufficient", "au-dessus du seuil | suffisant", "über dem | ausreichenden")
_DESCRIBES = regex.compile(r"(?:[ \u00a0\n]+[\p{L}'’]+){0,3}[ \u00a0\n]*")
# the last one to four words before a figure, with no mark between them
_LAST_WORDS = regex.compile(r"(?:[\p{L}'’]+[ \u00a0\n]+){1,4}$")
# a denial, a comma or none, and the word that opens the clause denied, right before a
# figure (a few words between): "besagt nicht, dass 40", "does not mean that 40", "no
# significa que 40" (closed-class complementizers of the six languages)
# the last words before a figure, and a quotation mark that opens what is denied ("pas
# « 22 personnes sur 100 »")
_DENIED_WORDS = regex.compile(r"(?:[\p{L}'’]+[ \u00a0\n]+){1,4}(?:[«„“‹\"][ \u00a0]*)?$")
# a bare "no" answering the question before it (closed-class words of the six languages)
_SPEAKER = r"\s*(?:\p{L}{1,20}(?:[ \t]\p{L}{1,20})?[ \t]*[:.][ \t]*)?"  # "R.", "Host:"
_ANSWER_NO = regex.compile(
    _SPEAKER + r"(?P<word>no|non|nein|não|nope)[ \t]*(?:[.,!;:—–]|$)", regex.IGNORECASE)
# and a bare "yes" (the six languages)
_ANSWER_YES = regex.compile(
    _SPEAKER + r"(?P<word>yes|sí|si|sì|oui|ja|sim)[ \t]*(?:[.,!;:—–]|$)", regex.IGNORECASE)
# a sentence that opens by setting itself against a report (six languages)
_CONTRARY = regex.compile(
    r"\s*(?:contrary\s+to|unlike\s+(?:what|earlier|some|a|the)|contrariamente\s+a"
    r"|al\s+contrario\s+d[ei]|a\s+diferencia\s+de\s+lo\s+que|contrairement\s+[àa]"
    r"|à\s+l['’]inverse\s+de|entgegen|anders\s+als|ao\s+contr[áa]rio\s+d[oae])"
    r"(?![\p{L}])", regex.IGNORECASE)
_DENIED_THAT = regex.compile(
    r"(?P<denial>(?:[\p{L}'’]+[ \u00a0\n]+){1,3}[\p{L}'’]+),?[ \u00a0\n]+"
    r"(?:that|dass|que|qu['’]|che)[ \u00a0\n]+(?:[\p{L}'’]+[ \u00a0\n]+){0,2}$",
    regex.IGNORECASE)


# a verb of exceeding a level, then a few words, right before the group whose level it is
# ("quienes superaban el nivel suficiente", "those who exceeded sufficient levels", "dont
# le taux dépassait le seuil suffisant"): closed-class stems of the six languages
_EXCEEDS = regex.compile(
    r"(?<!\p{L})(?:exceed\w*|surpass\w*|super(?:a|an|aba|aban|aron|ó|ando|ava|avano|ano"
    r"|ato|ou|am|avam|aram)|exced\w*|sobrepas\w*|dépass\w*|excéd\w*|überschr\w*|überstieg\w*"
    r"|übersteig\w*|übertr(?:af|afen|ifft|effen)|oltrepass\w*|eccede\w*|ultrapass\w*)"
    r"(?:[ \u00a0\n]+[\p{L}'’]+){0,3}[ \u00a0\n]*$", regex.IGNORECASE)
# a preposition that puts a group's level as a threshold others are past ("au-delà du
# seuil suffisant", "above sufficient levels", "por encima del nivel suficiente", "al di
# sopra della soglia sufficiente", "acima do nível suficiente", "oberhalb des
# ausreichenden Spiegels"): the group so named is the standard, not the subject
# (closed-class words of the six languages; "over" and "über" also say a time span or
# "among", and are left out)
_BEYOND = regex.compile(
    r"(?<!\p{L})(?:above|beyond|below|por\s+encima|por\s+debajo|más\s+allá|mas\s+alla"
    r"|au-delà|au-dela|au-dessus|au-dessous|en\s+dessous|en\s+deçà|al\s+di\s+sopra"
    r"|al\s+di\s+sotto|acima|abaixo|além|oberhalb|unterhalb|jenseits)"
    r"(?:[ \u00a0\n]+[\p{L}'’]+){0,3}[ \u00a0\n]*$", regex.IGNORECASE)
# "the other" before a fraction word: the rest of a whole split in two ("roughly half ...,
# the other half", "la otra mitad", "l'autre moitié", "die andere Hälfte", "l'altra
# metà", "a outra metade"): closed-class words of the six languages
_OTHER_PART = regex.compile(
    r"(?<!\p{L})(?:the\s+other|(?:el|la)\s+otr[oa]|l['’]autre|(?:der|die|den|dem)\s+"
    r"ander(?:e|en|er)|l['’]altr[oa]|(?:o|a|na|no)\s+outr[oa])[ \u00a0]+$", regex.IGNORECASE)
# a word that dates a finding before the one reported (closed-class words of the six
# languages): "earlier", "previously", "ya antes", "auparavant", "früher", "in precedenza"
_EARLIER = regex.compile(
    r"(?<!\p{L})(?:earlier|previous\w*|before|prior|antes|anterior\w*|previament\w*|pr[eé]vi[oa]s?"
    r"|auparavant|précédemment|antérieur\w*|früher\w*|zuvor|vorher\w*|bisherig\w*"
    r"|precedent\w*|prima|già)(?!\p{L})", regex.IGNORECASE)
# what follows a multiple that compares, within a few words (closed-class words of the
# six languages): "as/so/wie/aussi/tan/così/tão", "than/als/que/di/do", more and less,
# higher and lower, a quantity's noun ("the risk", "das Risiko", "le risque")
_COMPARE_WORDS = (
    r"as|so|such|than|more|less|fewer|higher|lower|greater|larger|smaller|likely|often"
    r"|risk|rate|odds|number|amount|wie|als|mehr|weniger|höher|niedriger|größer|kleiner"
    r"|risiko|rate|anzahl|zahl|aussi|autant|plus|moins|que|risque|taux|nombre|supérieure?s?"
    r"|inférieure?s?|tan|tanto|más|menos|mayor(?:es)?|menor(?:es)?|riesgo|tasa|número"
    r"|così|tanto|più|meno|maggiore|minore|rischio|tasso|numero|di|tão|mais|maior(?:es)?"
    r"|risco|taxa|do|da|que"
    # a pronoun for the other quantity: "four times that with chlorhexidine", "celui du
    # groupe", "quello del gruppo", "el de", "o do", "jene der"
    r"|that|those|celui|celle|ceux|celles|quello|quella|quelli|quelle|jene[nmrs]?"
    r"|(?:el|la|los|las|o|a|os|as)\s+(?:de|del|do|da|dos|das)")
_COMPARED_AFTER = regex.compile(
    rf"(?i)(?:[ \t\u00a0]+(?:the|das|den|die|le|la|l['’]|el|il|o|a|al|del|au|du)?[ \t\u00a0]*)?"
    rf"(?:[ \t\u00a0,]+\p{{L}}+){{0,2}}?[ \t\u00a0]+(?:{_COMPARE_WORDS})(?!\p{{L}})")
# a word of change right before it: "an increase of three times", "um das Dreifache"
_COMPARED_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:increase\w*|rise|rose|grew|fell|drop\w*|reduc\w*|erhöh\w*|gestiegen"
    r"|gesunken|um\s+das|augment\w*|baiss\w*|aument\w*|dismin\w*|diminu\w*|redu\w*)"
    r"(?:\s+(?:of|by|de|di|du|del|do|da|von|um))?\s*$")
# a German comparative right after the multiple ("dreimal häufiger", "viermal seltener")
_GERMAN_COMPARATIVE = regex.compile(r"[ \t\u00a0]+\p{Ll}{3,}er(?:e[nmrs]?)?(?!\p{L})")
# an arrow for a change right before a figure ("MI ↓ 40%", "risk ↑ 31 %"): up or down
_UP = frozenset("↑⬆▲")
_ARROW = regex.compile(r"[↑⬆▲↓⬇▼](?=[ \t\u00a0]*[~≈]?[ \t\u00a0]*[0-9])")
# a word that calls a way of saying wrong, before a quotation of it (closed-class words of
# the six languages)
_WRONG = regex.compile(
    r"(?<!\p{L})(?:wrong|incorrect\w*|misleading|false|falsch\w*|irreführend\w*|faux|fausse"
    r"|erron\w*|erroné\w*|trompeu\w*|incorrect[oa]s?|erróne[oa]s?|engaños[oa]s?|fals[oa]s?"
    r"|sbagliat[oaie]|errat[oaie]|fuorviant[ei]|errad[oa]s?|enganador\w*|enganos[oa]s?"
    r"|incorret[oa]s?)(?!\p{L})", regex.IGNORECASE)
# a word for "and" or "but" opening a clause of its own (closed-class words)
_JOINED = regex.compile(r"\s*(?:and|but|und|aber|doch|et|mais|y|pero|e|ma|però|mas|porém)"
                        r"(?!\p{L})", regex.IGNORECASE)
# an opening quotation mark, for a figure quoted in a clause that denies it
_OPENING = "«„“‹\""


def _placed_against(text: str, against: Compiled | None, lo: int, start: int
                    ) -> bool:
    """Whether a versus word stands a few words (no mark) before ``start``, after ``lo``:
    the group there is what another is compared with ("compared with people with enough
    vitamin D", "gegenüber Menschen mit ausreichendem Spiegel")."""
    if against is None:
        return False
    return any(_DESCRIBES.fullmatch(text, hit.end(), start)
               for hit in against.finditer(text, max(lo, start - 60), start))


def _sign_way(text: str, m: Mention) -> str | None:
    """The direction a relative change's own sign says: "−22 %" decreased, "+31 %"
    increased; None for a figure with no sign."""
    if m.negative:
        return "decreased"
    if m.start and text[m.start - 1] == "+":
        return "increased"
    spaced = m.start > 1 and text[m.start - 1] in " \u00a0\u202f"
    return "increased" if spaced and spaced_sign(text, m.start - 1) == "+" else None


# a word that sets what follows against what was said (closed-class words of the six
# languages): "than", "als", "que", "che", "do que", "rispetto a", "gegenüber"
_THAN = regex.compile(r"(?<!\p{L})(?:than|compared|versus|vs|against|als|gegenüber|verglichen|"
                      r"que|qu['’]|frente|comparad[oa]|contre|comparé\w*|che|rispetto|"
                      r"contro|confronto)(?!\p{L})", regex.IGNORECASE)
# "the other group", "the others" right after a word of _THAN (closed-class words of the
# six languages): the group not named before, whichever it is
_THE_OTHER = regex.compile(
    r"[^\p{L}]*(?:\p{L}+[ '’]+){0,3}?(?:other|others|andere\w*|autres?|otr[oa]s?|demás"
    r"|altr[oiae]|outr[oa]s?|restantes)(?!\p{L})", regex.IGNORECASE)
# the unambiguous words of _THAN, and the relative pronouns it shares that set one thing
# against another only when a preposition or an article follows ("que en el grupo", "que
# los que", "qu'avec", "che nel gruppo", "do que os"; not "las que se hicieron"):
# closed-class words of the six languages
_THAN_PLAIN = regex.compile(r"(?<!\p{L})(?:than|compared|comparison|relative|versus|vs|"
                            r"against|als|gegenüber|vergli\w*|vergleich\w*|frente|"
                            r"comparad[oa]s?|comparaci[oó]n|compara[çc][ãa]o|contre|"
                            r"compar[ée]\w*|rapport|rispetto|contro|confront\w*|do\s+que)(?!\p{L})",
                            regex.IGNORECASE)
_THAN_RELATIVE = regex.compile(
    r"(?<!\p{L})(?:que|qu['’]|che)[ \u00a0\n]*(?:en|entre|con|a|al|el|la|los|las|lo|quienes|quem"
    r"|dans|chez|avec|parmi|au|aux|les|le|ceux|celles|pour|no|na|nos|nas|com|os|as|o|em"
    r"|nel|nella|nei|negli|nelle|tra|fra|in|i|gli|il|quelli|quelle|chi|per|sin|sem|senza"
    r"|sans)(?!\p{L})", regex.IGNORECASE)
_MARK_BETWEEN = regex.compile(r"[;:.!?()\u2013\u2014]")
# where the part of a sentence a figure stands in ends: a mark, or a comma ("... than
# those with enough, and those with more ...", "..., mientras que quienes superaban")
_COMMA = regex.compile(r",")
_PART_END = regex.compile(r"[,;:.!?()\u2013\u2014|]|\n")


# the French "ne" of "ne ... que" (only): "qui n'ont eu que les examens habituels"
_NE = regex.compile(r"(?<!\p{L})(?:ne|n['’])", regex.IGNORECASE)


def _compares(gap: str) -> bool:
    """Whether ``gap`` holds a word that sets what follows against what was said (a
    "que" after "ne" says "only": "qui n'ont eu que les examens habituels")."""
    if _THAN_PLAIN.search(gap) is not None:
        return True
    return any(_NE.search(gap, 0, hit.start()) is None for hit in _THAN_RELATIVE.finditer(gap))


# the word "to" that goes on with a phrase after an aside between commas ("adding X, a
# scan, to the usual tests"): closed-class words of the six languages
_GOES_ON = regex.compile(r"[ \u00a0]*(?:to|into|zu|zum|zur|a|al|à|au|aux|alla|alle|ai|agli"
                         r"|ao|aos|às)(?![\p{L}'’])", regex.IGNORECASE)
# a part between commas that a conjunction opens is a clause of its own, no aside ("..., y
# tener más de la suficiente, a un riesgo ..."): closed-class words of the six languages
_COORDINATED = regex.compile(r"[ \u00a0]*(?:and|or|but|y|e|o|u|ni|pero|et|ou|mais|und|oder"
                             r"|aber|sowie|ed|oppure|ma|mas|nem)(?![\p{L}'’])", regex.IGNORECASE)
_OPENER_MARK = regex.compile(r"[,;:()\u2013\u2014]")
# what a sentence that speaks of the figure before it may still say ("È uno dei risultati
# a cinque anni"): a time, not a figure of its own
_NO_FIGURE = frozenset({"duration", "date", "clock", "ordinal", "marker"})


def _words(pack: Any) -> _Words:
    return _WORDS.get((pack,), None, lambda: _Words(pack))


Report = Callable[[str, str, Mention, Fact | None, str | None, str], None]


@dataclass
class Effects:
    """Judges the effect figures of one text (one per reading, like the judge)."""

    index: SheetIndex
    scoper: Scoper
    text: str
    pack: Any
    report: Report  # (rule, message, mention, fact, expected, severity)
    stated: set[str]
    mentions: list[Mention] = field(default_factory=list)  # the text's, in order
    starts: list[int] = field(default_factory=list)
    _ways: dict[int, tuple[list[tuple[int, int, str]], list[int]]] = field(
        default_factory=dict)
    _places: dict[str, list[int]] = field(default_factory=dict)
    _named: dict[int, set[str]] = field(default_factory=dict)  # groups a sentence names
    _findings: dict[tuple[tuple[int, int], tuple[int, int], int], bool] = field(
        default_factory=dict)
    last: tuple[int, Fact] | None = None  # the last effect matched, and its sentence
    _favour_end: int = 0  # where the arm the last favour word names ends

    # --- context -------------------------------------------------------------------
    def way(self, m: Mention, clause: bool = True) -> str | None:
        """The direction ("increased"/"decreased") said nearest the figure in its clause
        (``clause`` false: its sentence), if any; negated directions say none. "Con
        niveles más altos, el riesgo fue un 22 % inferior": "más" is another clause's."""
        if not self.scoper.sentences:
            return None
        ways, starts = self._sentence_ways(self.scoper.sentence_of(m.start))
        if not ways:
            return None
        lo, hi = self._clause(m) if clause else (0, len(self.text))
        best: tuple[int, str] | None = None
        # the nearest are next to where the figure stands (a few: the lists overlap)
        i = bisect_left(starts, m.start)
        for start, end, direction in ways[max(0, i - 3):i + 2]:
            if start < lo or end > hi:
                continue
            gap = m.start - end if end <= m.start else start - m.end
            if gap >= -1 and (best is None or gap < best[0]):
                best = (gap, direction)
        return best[1] if best else None

    def _clause(self, m: Mention) -> tuple[int, int]:
        """The clause of a figure: between the clause marks around it in its sentence."""
        return self.scoper.clause_of(m)

    def _before_aside(self, m: Mention, lo: int) -> int:
        """Where a clause starts that a closed aside in brackets only interrupts: "Adding
        a CT scan (CT angiography) to the usual tests cut ..." is one clause, whose subject
        is the scan, not the usual tests after the bracket."""
        a, _ = self.scoper.sentences[self.scoper.sentence_of(m.start)] if (
            self.scoper.sentences) else (0, len(self.text))
        while lo - 1 > a and self.text[lo - 1] == ")":
            opening = self.text.rfind("(", a, lo - 1)
            if opening < 0:
                break
            mark = max(self.text.rfind(c, a, opening) for c in ",;:—–()")
            lo = a if mark < 0 else mark + 1
        if lo - 1 > a and self.text[lo - 1] == "," and _GOES_ON.match(self.text, lo):
            # "Añadir una angio-TC, un escáner que ..., a las pruebas habituales redujo":
            # a part that opens with "to" goes on with the phrase an aside between commas
            # interrupted (where a clause opens before the aside)
            opening = self.text.rfind(",", a, lo - 1)
            if opening > a and not _COORDINATED.match(self.text, opening + 1):
                mark = max(self.text.rfind(c, a, opening) for c in ",;:—–()")
                lo = a if mark < 0 else mark + 1
        return lo

    def expected_way(self, m: Mention, fact: Fact, lower: bool) -> str:
        """The direction a text must say for ``fact`` (``lower``: group below versus),
        turned round when the comparison group is the subject, named before the figure
        and the group not ("iodine had 3.3 points more"; not "45 % lower than iodine")."""
        versus = getattr(fact, "versus", None)
        if versus:
            before = self._subjects(m, versus)
            if versus in before and fact.group not in before:
                lower = not lower
        return "decreased" if lower else "increased"

    def _subjects(self, m: Mention, versus: str | None, opener: bool = False,
                  strong: bool = False) -> set[str]:
        """The groups named in the figure's clause before it, the comparison group only
        where it is no description after a direction word nor named after a versus word;
        with ``opener``, when the clause names none, those of the sentence before it
        ("Among those who only had the usual tests, the number ... was 40 % lower"), when
        that part opens the sentence and gives no figure; with ``strong``, only words that
        name one group ("Vitamin D" alone names none)."""
        lo, _ = self._clause(m)
        lo = self._before_aside(m, lo)
        if opener and not self.scoper.groups.between(lo, m.start):
            # the part right before the clause, when it gives no figure of its own
            a = self.scoper.sentences[self.scoper.sentence_of(m.start)][0] if (
                self.scoper.sentences) else 0
            if _OPENER_MARK.search(self.text, a, max(a, lo - 1)) is not None:
                return set()  # not the sentence's first part ("A scan, added to ..., was")
            k = bisect_left(self.starts, a)
            if k < len(self.starts) and self.starts[k] < lo:
                return set()
            lo = a
        ways, _ = self._sentence_ways(self.scoper.sentence_of(m.start))
        # the comparison group right after a direction word describes the group
        # ("au-dessus du seuil suffisant", "above sufficient levels"): not the subject
        # nor is a group named after a versus word ("gegenüber Menschen mit
        # ausreichendem Spiegel ein um 31 % höheres Risiko": the comparison's base)
        against = _words(self.pack).versus
        return {c.item for c in self.scoper.groups.between(lo, m.start)
                if not (strong and (c.weak or c.generic)) and (c.item != versus or (not any(
                    end <= c.start and _DESCRIBES.fullmatch(self.text, end, c.start)
                    for _, end, _ in ways) and not _placed_against(
                    self.text, against, lo, c.start) and not standard_of_comparison(
                    self.text, c.start, self.index.lexicon.lang)
                    and not _EXCEEDS.search(self.text, max(lo, c.start - 50), c.start)
                    and not _BEYOND.search(self.text, max(lo, c.start - 50), c.start)))}

    def presents_finding(self, m: Mention) -> bool:
        """Whether the figure's sentence (up to a semicolon or colon: "... every year; in
        the trial, ...") gives this study's result and no context."""
        k = self.scoper.sentence_of(m.start)
        sentence = self.scoper.sentences[k] if self.scoper.sentences else (0, len(self.text))
        # the finding is read up to a semicolon or a colon; context up to a semicolon only
        # ("Zur Einordnung: etwa 25 % ..." is context)
        own = self._part(m, sentence, ";:")
        said = self._headed(own, sentence)
        about = self._part(m, sentence, ";")
        key = (said, about, m.start)
        if key not in self._findings:
            words = _words(self.pack)
            hits = self._affirmed(words, *said)
            # a heading that names one of the study's time points frames the figure as
            # the study's result at that time ("New at five years: about a quarter ...")
            found = bool(hits) or (said[0] < own[0]
                                   and bool(self.scoper.times.between(said[0], own[0])))
            context = about
            if found and words.context is not None and own[0] > about[0] and (
                    words.finding.search(self.text, *own)) and not any(
                    _EARLIER.search(self.text, c.start(), c.end())
                    for c in words.context.finditer(self.text, about[0], own[0])):
                # a label for context before a colon does not take back what the figure's
                # own part says ("Zur Einordnung: In der Studie erkrankten 4,2 % ..."); one
                # that dates it earlier does ("Eine frühere Auswertung der Studie zeigte:")
                context = (own[0], about[1])
            labels = [(c.start(), c.end()) for c in words.context.finditer(
                self.text, *context)] if found and words.context is not None else []
            if labels and hits:
                # a context word of another clause gives way to a finding word in the
                # figure's own ("For perspective, about 900,000 Americans ... every year,
                # and fewer than 1 in 100 of the trial patients died"); in one clause the
                # context word qualifies the finding ("an earlier analysis found that ...")
                lo, hi = self._clause(m)
                lo = self._before_aside(m, lo)  # an aside in brackets only interrupts it
                if any(lo <= a and b <= hi for a, b in hits) and not any(
                        lo <= a < hi for a, _ in labels) and not self._opening_label(
                        m, sentence, labels, hits):
                    labels = []
            self._findings[key] = (found and not labels) or self.result_claim(m) is not None
        return self._findings[key]

    def _opening_label(self, m: Mention, sentence: tuple[int, int],
                       labels: list[tuple[int, int]], hits: list[tuple[int, int]]) -> bool:
        """Whether a label that dates a finding before this one ("earlier", "ya antes")
        stands in the words that open the sentence up to its first clause mark, with no
        finding word and no figure of their own, and no figure stands between them and
        ``m``: a fronted adverbial that frames the finding after it ("Ya antes, el mismo
        estudio había mostrado que ... una cuarta parte"). A label that only frames
        ("Como referencia, en el estudio el 4,2 %") gives way to the finding word, as does
        one with a figure of its own ("For perspective, about 900,000 ... every year, and
        fewer than 1 in 100 of the trial patients died")."""
        a = sentence[0]
        first = first_in(self._marks(",;:()\u2013\u2014"), a, m.start)
        earlier = None if first is None else next(
            (x for x, y in labels if a <= x < first and _EARLIER.search(self.text, x, y)), None)
        # a finding word after the label is what the earlier analysis did ("Eine frühere
        # Auswertung der Studie zeigte: ...")
        if earlier is None or any(a <= x < earlier for x, _ in hits):
            return False
        i, j = bisect_left(self.starts, a), bisect_left(self.starts, m.start)
        return not any(x.kind not in _NO_FIGURE and not (x.words and x.value <= 1)  # "une"
                       for x in self.mentions[i:j])

    def result_claim(self, m: Mention) -> tuple[int, int] | None:
        """Where the text says outright that the figure is this study's result, in its
        sentence or the short one after it (:mod:`.result_claims`); a claim beats a word
        that says the figure is context ("For context, ... 1 % according to this
        trial")."""
        return claimed_result(self.text, self.scoper.sentences,
                              [a for a, _ in self.scoper.sentences], m.start,
                              self.index.lexicon.lang, _words(self.pack).negation,
                              [x.start for x in self.mentions if x.kind not in _NO_FIGURE
                               and not (x.words and x.value <= 1)]  # ("uno dei")
                              ) or self.source_named(m)

    def source_named(self, m: Mention) -> tuple[int, int] | None:
        """Where the figure's part of the sentence names this study as its source ("In
        the study, about 4.2 % ...", "Die Fünfjahresdaten zeigen ..."), with no other
        figure between them, or the short sentence after it points back at it as the
        study's result ("Eso es lo que ha encontrado este estudio"): not where a word of
        the sentence labels it as context or earlier work, or a negation denies it."""
        if not self.scoper.sentences:
            return None
        lang = self.index.lexicon.lang
        words = _words(self.pack)
        k = self.scoper.sentence_of(m.start)
        sentence = self.scoper.sentences[k]
        if self._labelled(words, *sentence):
            return None
        lo, hi = self._headed(self._part(m, sentence, ";:"), sentence)
        figures = [x.start for x in self.mentions if x.kind not in _NO_FIGURE
                   and not (x.words and x.value <= 1)]
        for a, b in named_in(self.text, lo, hi, lang):
            between = (b, m.start) if b <= m.start else (m.end, a)
            if not any(between[0] <= f < between[1] for f in figures) and not (
                    self._denied_before(words, lo, a)):
                return a, b
        if k + 1 < len(self.scoper.sentences):
            a, b = self.scoper.sentences[k + 1]
            if points_back(self.text, a, b, lang) and not any(
                    a <= f < b for f in figures) and not self._labelled(words, a, b) and (
                    words.negation is None or not words.negation.search(self.text, a, b)):
                return a, b
        return None

    def _labelled(self, words: _Words, a: int, b: int) -> bool:
        """A word that labels a figure as context, another source's or an earlier
        report's in ``[a, b)`` (not one that only describes it: "lifetime")."""
        return elsewhere(self.text, a, b, self.index.lexicon.lang) or (
            _EARLIER.search(self.text, a, b) is not None)

    def _denied_before(self, words: _Words, a: int, b: int) -> bool:
        tail = _LAST_WORDS.search(self.text, max(a, b - 40), b)
        return words.negation is not None and tail is not None and (
            words.negation.search(tail.group()) is not None)

    def labelled_context(self, m: Mention) -> bool:
        """Whether the figure's part of the sentence, up to the figure, labels it as an
        earlier or outside report ("An earlier report from the same study found ... one in
        four patients", "El mismo equipo ya había observado ..."): a background figure of
        the study's own group is context then, though the clause names that group."""
        words = _words(self.pack)
        if words.context is None:
            return False
        k = self.scoper.sentence_of(m.start)
        sentence = self.scoper.sentences[k] if self.scoper.sentences else (0, len(self.text))
        a, _ = self._part(m, sentence, ";:")
        if words.context.search(self.text, a, m.start) is not None:
            return True
        # a heading before the colon that opens the figure's part and dates it earlier
        # ("Panel 4. Un dato previo del mismo estudio: el TAC cambió …", "Earlier result
        # of the same trial: …")
        if a <= sentence[0] or self.text[a - 1] != ":":
            return False
        lo = last_in(self._marks(";:"), sentence[0], a - 1)
        head = (sentence[0] if lo is None else lo + 1, a - 1)
        return len(self.text[head[0]:head[1]].split()) <= LABEL_HEADING and (
            _EARLIER.search(self.text, *head) is not None
            or words.context.search(self.text, *head) is not None)

    def _affirmed(self, words: _Words, a: int, b: int) -> list[tuple[int, int]]:
        """Where a finding word in ``[a, b)`` says the figure is this study's result:
        one a negation in the few words right before it denies ("not a result of the
        trial", "kein Studienergebnis", "no es un resultado del ensayo", "ce n'est pas un
        résultat") labels the figure as context instead."""
        if words.finding is None:
            return []
        out = []
        for hit in words.finding.finditer(self.text, a, b):
            tail = _LAST_WORDS.search(self.text, max(a, hit.start() - 40), hit.start())
            if words.negation is None or tail is None or not words.negation.search(
                    tail.group()):
                out.append((hit.start(), hit.end()))
        return out

    def _headed(self, part: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
        """The part with its heading: a few words before a colon that open the sentence
        frame what follows ("Cancer rates in the study: 4.2 % ...", "Five-year result:
        about a quarter ..."), where a clause before a colon says a thing of its own."""
        a, b = part
        if a <= sentence[0] or self.text[a - 1] != ":":
            return part
        marks = self._marks(";:")
        lo = last_in(marks, sentence[0], a - 1)
        head = (sentence[0] if lo is None else lo + 1, a - 1)
        if lo is None and len(self.text[head[0]:head[1]].split()) <= HEADING:
            return head[0], b
        return part

    def _part(self, m: Mention, sentence: tuple[int, int], marks: str) -> tuple[int, int]:
        """The part of the sentence between the ``marks`` around the figure (found by
        bisection into where the text has them)."""
        places_of = self._marks(marks)
        a, b = sentence
        lo = last_in(places_of, a, m.start)
        hi = first_in(places_of, m.end, b)
        return (a if lo is None else lo + 1), (b if hi is None else hi)

    def _marks(self, marks: str) -> list[int]:
        if marks not in self._places:
            self._places[marks] = places(regex.compile(f"[{regex.escape(marks)}]"), self.text)
        return self._places[marks]

    def fact_words(self, fact: Fact) -> str:
        about = self.index.describe(fact)
        return f"{fact.id}" + (f", {about}" if about else "")

    # --- verdicts ------------------------------------------------------------------
    def matched(self, m: Mention, facts: list[Fact], said: float, exactly: bool) -> None:
        """What follows a match: the facts are stated, the hedge is judged, and a figure
        that is only background must not be given as this study's result."""
        self.stated.update(f.id for f in facts)
        fact = min(facts, key=lambda f: _hedge_distance(m.hedge, f.hedged))
        self.hedge(m, fact, said, exactly)
        if all(f.background for f in facts) and (self.presents_finding(m) or self._timed(
                m, facts)) and not self._asks(m):
            self.as_result(m, fact, "the sentence gives it as the study's finding")

    def _timed(self, m: Mention, facts: list[Fact]) -> bool:
        """Whether the figure's part of the sentence (to a semicolon or colon) puts it at
        one of the study's time points before it, where the background facts it gives
        have none, with no word for context there: "At five years, the study also saw
        that about a quarter ...", "Au bout de cinq ans, ... pour environ un quart",
        "El análisis a cinco años también vio que ... una cuarta parte"."""
        if any(f.time is not None for f in facts) or not self.scoper.sentences:
            return False
        k = self.scoper.sentence_of(m.start)
        lo, hi = self._part(m, self.scoper.sentences[k], ";:")
        if not any(c.end <= m.start for c in self.scoper.times.between(lo, m.start)):
            return False
        said = _words(self.pack)
        if said.context is not None and said.context.search(self.text, lo, hi) is not None:
            return False
        # and it says the study found it there: a word of finding, or "also" adding it to
        # the results ("30-day mortality in low-risk PE is below 1 %" names the figure's
        # own time, and says no result)
        return _ALSO.search(self.text, lo, hi) is not None or (
            said.finding is not None and said.finding.search(self.text, lo, hi) is not None)

    def _asks(self, m: Mention) -> bool:
        """Whether the figure's sentence is a question, which asks whether the figure is a
        result and claims nothing ("Is the figure of about 900,000 Americans a year a
        result of the trial?"); not one that only dresses a claim up ("Did you know that
        the trial found ...?"), nor one whose question starts after the figure's own clause
        ("Given that in the trial up to 12 % had an infection, will the ministry ...?")."""
        if not self.scoper.sentences:
            return False
        a, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        said = self.text[a:b].rstrip()
        return said.endswith("?") and _TOLD.search(said) is None and (
            _QUESTION_BREAK.search(self.text, m.end, a + len(said) - 1) is None)

    def as_result(self, m: Mention, fact: Fact, why: str) -> None:
        """The finding points at the words that give the figure as a result too ("At five
        years the researchers also found that about a quarter"), from where its part of
        the sentence starts."""
        start = self.framed(m)
        end = m.end
        claim = self.result_claim(m)
        if claim is not None:  # the words that claim it, before or after the figure
            start, end = min(start, claim[0]), max(end, claim[1])
        shown = m if (start, end) == (m.start, m.end) else dataclasses.replace(
            m, start=start, end=end, text=self.text[start:end])
        self.report("background-as-result",
                    f"{m.text} is a background figure ({self.fact_words(fact)}), not a "
                    f"result of this study, but {why}.", shown, fact,
                    self.index.expected(fact), "error")

    def framed(self, m: Mention) -> int:
        """Where the part of the sentence that presents ``m`` starts (its heading too:
        "Result: ..."), spaces skipped."""
        k = self.scoper.sentence_of(m.start)
        sentence = self.scoper.sentences[k] if self.scoper.sentences else (0, len(self.text))
        start = self._headed(self._part(m, sentence, ";:"), sentence)[0]
        while start < m.start and self.text[start].isspace():
            start += 1
        return start

    def gap_of(self, m: Mention) -> list[Fact]:
        """The comparisons of two proportions whose difference in points the figure
        states, worked out as writers do: exactly to the figure's decimals ("10
        percentage points" for 64.4 % against 54.4 %), or with its hedge ("about 3
        fewer infections for every 100 women" for 4.0 % against 7.3 %)."""
        floor = 0.5 * 10 ** -m.decimals
        return [f for f, gap in self.index.gaps
                if abs(round_half_up(abs(gap), 10 ** -m.decimals) - m.value) < EPS
                or fits(m.hedge, m.value, abs(gap), floor)]

    def per_hundred_gap(self, m: Mention) -> bool:
        """A figure said as so many (more or fewer) per 100 people that is the difference
        of two of the sheet's proportions ("about 3 fewer infections for every 100
        women", "unas tres infecciones menos por cada cien mujeres")."""
        if not self.index.gaps or not _PER_HUNDRED.match(self.text, m.end):
            return False
        facts = self.gap_of(m)
        self.stated.update(f.id for f in facts)
        return bool(facts)

    def per_hundred(self, m: Mention) -> bool:
        """A bare figure that is a relative change, said as so many per 100 people ("45
        fewer infections per 100 women"): relative-as-absolute. True when reported."""
        if not _PER_HUNDRED.match(self.text, m.end):
            return False
        facts, _ = self.find(self.relatives(), m.value, m.hedge)
        if not facts:
            return False
        self.share_for_relative(m, f"{m.text} … 100", facts[0])
        return True

    def share_for_relative(self, m: Mention, said: str, fact: Fact) -> None:
        """``said`` gives a share of people where the sheet has a relative change (unless
        the text denies it: "a relative drop, not 45 in 100 women")."""
        if self.denied(m):
            return
        yes = self._answered(m, _ANSWER_YES)
        if yes is not None:  # "... su 100 si ammalano? Sì.": the answer says it too
            m = dataclasses.replace(m, end=yes, text=self.text[m.start:yes])
        self.report("relative-as-absolute",
                    f"{said} says a share of people, but the fact sheet gives a "
                    f"relative change: {self.index.expected(fact)} "
                    f"{getattr(fact, 'direction', '')} ({self.fact_words(fact)}).",
                    m, fact, self.index.expected(fact), "error")

    def called_absolute(self, m: Mention, fact: Fact) -> None:
        """A relative change the text calls absolute, in the figure's clause ("el 40 % es
        una reducción absoluta", "Une réduction absolue de 40 %") or in a short sentence
        of its own right after it ("Il s'agit d'une baisse absolue."): relative-as-absolute.
        Phrases nearer another figure are that figure's ("45 % relative and an absolute
        reduction of 3.3 points")."""
        if not self.scoper.sentences:
            return
        lang = self.index.lexicon.lang
        negations = _words(self.pack)._negation
        k = self.scoper.sentence_of(m.start)
        a, b = self.scoper.sentences[k]
        near = [x for x in self.mentions if a <= x.start < b]
        asked = self.text.find("?", m.end, b + 1)
        if asked >= 0 and _ANSWER_NO.match(self.text, asked + 1):
            return  # "¿Es una reducción absoluta del 40 %? No."
        for p, q in absolute_phrases(self.text, a, b, lang, negations):
            gap = self.text[m.end:p] if p >= m.end else self.text[q:m.start]
            if len(gap.split()) > 6 or regex.search(r"[;:.!?]", gap):
                continue
            nearest = min(near, key=lambda x: min(abs(x.start - q), abs(p - x.end)),
                          default=m)
            if nearest is m:
                self._absolute_found(m, fact, (p, q))
                return
        if k + 1 < len(self.scoper.sentences):
            c, d = self.scoper.sentences[k + 1]
            if any(c <= x.start < d for x in self.mentions):
                return
            called = called_absolute(self.text, c, d, lang, negations)
            if called is not None:
                self._absolute_found(m, fact, called)

    def _absolute_found(self, m: Mention, fact: Fact, span: tuple[int, int]) -> None:
        start, end = min(m.start, span[0]), max(m.end, span[1])
        shown = dataclasses.replace(m, start=start, end=end, text=self.text[start:end])
        self.report("relative-as-absolute",
                    f"{self.text[span[0]:span[1]]!r} calls {m.text} absolute, but the fact "
                    f"sheet gives a relative change: {self.index.expected(fact)} "
                    f"{getattr(fact, 'direction', '')} ({self.fact_words(fact)}).",
                    shown, fact, self.index.expected(fact), "error")

    def denied(self, m: Mention) -> bool:
        """Whether a negation stands in the four words right before ``m``, with no mark
        between: "not 45 in 100", "não 45 em cada 100", "ne signifie pas que 40 sur 100"
        (the text says what the figure is not)."""
        negation = _words(self.pack).negation
        if negation is None:
            return False
        tail = _DENIED_WORDS.search(self.text, max(0, m.start - 60), m.start)
        if tail is not None and negation.search(tail.group()) is not None:
            return True
        # or before a comma and the word that opens what is denied ("Er besagt nicht,
        # dass 40 von 100 ...", "it does not mean that 40 in 100 ...")
        that = _DENIED_THAT.search(self.text, max(0, m.start - 80), m.start)
        if that is not None and negation.search(that.group("denial")) is not None:
            return True
        return (self._answered_no(m) or self._quote_denied(m, negation)
                or self._quote_rejected_after(m, negation) or self._corrected(m, negation))

    def _corrected(self, m: Mention, negation: regex.Pattern[str]) -> bool:
        """Whether the figure's sentence opens by setting itself against a report ("Contrary
        to earlier reports", "Entgegen einer Meldung", "Contrairement à ce qui a été écrit")
        and denies, in a negation of its own, what the report said: a correction notice
        restates the wrong claim to reject it."""
        if not self.scoper.sentences:
            return False
        a, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        opened = _CONTRARY.match(self.text, a, b)
        return opened is not None and negation.search(self.text, opened.end(), b) is not None

    def _quote_rejected_after(self, m: Mention, negation: regex.Pattern[str]) -> bool:
        """Whether the figure stands in a quotation that the words right after its closing
        mark reject, in its sentence: "avevo capito "40 persone su 100 salvate", ma non è
        così", "I first read it as "40 in 100 saved", but that is not what it means"."""
        if not self.scoper.sentences:
            return False
        _, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        closed = min((i for i in (self.text.find(q, m.end, b) for q in "»”›\"")
                      if i >= 0), default=-1)
        if closed < 0 or any(q in self.text[m.end:closed] for q in "«“‹„"):
            return False
        tail = regex.match(r"[\s,;:—–-]*(?:[\p{L}'’]+[ \u00a0]+){0,1}"
                           r"(?:[\p{L}'’]+[ \u00a0]*){1,5}", self.text[closed + 1:b])
        return tail is not None and negation.search(tail.group()) is not None

    def _quote_denied(self, m: Mention, negation: regex.Pattern[str]) -> bool:
        """Whether the figure stands in a quotation that its clause, before the opening
        mark, denies: "não deve ser apresentada ao doente como «40 em cada 100 evitam um
        enfarte»", "should not be put to patients as "40 in 100 avoid a heart attack"" (the
        text quotes what not to say)."""
        if not self.scoper.sentences:
            return False
        a, _ = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        opened = max(self.text.rfind(q, a, m.start) for q in _OPENING)
        if opened < 0 or any(q in self.text[opened + 1:m.start] for q in "»“”›\""):
            return False
        end = opened
        if self.text[a:opened].rstrip().endswith(":"):
            end = self.text.rindex(":", a, opened)  # "..., Patienten zu sagen: „40 von 100"
        mark = max(self.text.rfind(c, a, end) for c in ";:,.()")
        lead = self.text[max(a, mark + 1):end]
        if len(lead.split()) <= 10 and negation.search(lead) is not None:
            return True
        # or a word for wrong in that clause or the one before it, past a comma ("it would
        # be wrong to tell patients "40 in 100 ..."", "falsch wäre es, Patienten zu sagen:"),
        # where the quote's own clause is no clause of its own that gives a finding ("...,
        # and the study says "40 in 100 ..."")
        finding = _words(self.pack).finding
        if (finding is not None and finding.search(lead) is not None) or _JOINED.match(lead):
            return False
        if mark >= a and self.text[mark] == ",":
            mark = max(self.text.rfind(c, a, mark) for c in ";:,.()")
        lead = self.text[max(a, mark + 1):end]
        return len(lead.split()) <= 14 and _WRONG.search(lead) is not None

    def _answered_no(self, m: Mention) -> bool:
        """Whether the figure stands in a question the next words answer with a bare "no"
        ("Vuol dire che 40 persone su 100 hanno evitato l'infarto? No. È una riduzione
        relativa"), a speaker's label before it or not ("R. No.", "Moderator: Nein, das
        ist ein relativer Unterschied"): the text asks it to say what the figure is not."""
        return self._answered(m, _ANSWER_NO) is not None

    def _answered(self, m: Mention, answer: regex.Pattern[str]) -> int | None:
        """Where the answer word ends, when the figure stands in a question the next
        words answer with one of ``answer`` (a speaker's label before it or not)."""
        if not self.scoper.sentences:
            return None
        _, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        ask = self.text.find("?", m.end, b + 1)
        hit = answer.match(self.text, ask + 1) if ask >= 0 else None
        return hit.end("word") if hit is not None else None

    def _quoted_restated(self, m: Mention) -> bool:
        """Whether a figure stands inside quotation marks (someone else's words, as a
        fact check cites them) and the text itself says the same figure with a hedge
        outside every quotation: the text's own statement keeps the hedge."""
        if not any(mark in self.text for mark in QUOTE_MARKS):
            return False
        quotes = [hit.span() for hit in _QUOTE.finditer(self.text)]

        def quoted(x: Mention) -> bool:
            return any(a <= x.start and x.end <= b for a, b in quotes)

        if not quoted(m):
            return False
        value = m.percent if m.percent is not None else m.value
        return any(x is not m and x.hedge is not None and not quoted(x)
                   and abs((x.percent if x.percent is not None else x.value) - value) < EPS
                   for x in self.mentions)

    def bound_turned(self, m: Mention, percent: float | None = None) -> bool:
        """A share said with a strict bound that no share of the sheet meets, where the
        one share near it meets the opposite bound ("less than half" for 57 %, "more than
        a third" for 31 %): the bound turned round on a rounded figure, reported as
        ``hedge-reversed``; True when so. Near: within a fifth of a figure said in words,
        within the last digit's step of one said in figures ("knapp 7 von 100" for 7.3 %,
        not "gut 9 von 100", another figure)."""
        said = m.percent if percent is None else percent
        if m.hedge not in STRICT or said is None or said <= 0:
            return False
        reach = 0.2 * said if m.words else _step(said, m.decimals)
        near = [f for f, _ in self.index.shares if f.kind == "proportion"
                and getattr(f, "value", None) is not None
                and abs(float(f.value) - said) < reach]
        if len(near) != 1:
            return False
        fact = near[0]
        v = float(fact.value)
        if not ((m.hedge == "more-than" and v < said) or (m.hedge == "less-than" and v > said)):
            return False
        self.stated.add(fact.id)
        self.report("hedge-reversed",
                    f"The text says {SAID[m.hedge]} {m.text}, but the fact sheet gives "
                    f"{self.index.expected(fact)} ({self.fact_words(fact)}): the bound is "
                    "the other way round.", m, fact, self.index.expected(fact), "error")
        return True

    def hedge(self, m: Mention, fact: Fact, said: float, exactly: bool) -> None:
        theirs, mine = fact.hedged, m.hedge
        value = getattr(fact, "value", None)
        if theirs is None:
            if value is None or not exactly or mine is None:
                return
            v = abs(float(value))
            false = ((mine == "more-than" and not v > said) or (mine == "at-least" and v < said)
                     or (mine == "less-than" and not v < said))
            if false:
                self.report("hedge-reversed",
                            f"The text says {SAID[mine]} {m.text}, but the "
                            f"fact sheet gives exactly {self.index.expected(fact)} "
                            f"({self.fact_words(fact)}).", m, fact,
                            self.index.expected(fact), "error")
            return
        if mine is None and self._quoted_restated(m):
            return  # « un quart des diagnostics » as a post says it, and "environ un quart"
        if mine is None:
            self.report("hedge-dropped",
                        f"{m.text}: the fact sheet says {SAID.get(theirs, theirs)} "
                        f"{self.index.expected(fact)} ({self.fact_words(fact)}); the text "
                        "drops the hedge.", m, fact, self.index.expected(fact), "warning")
        elif (mine in BELOW and theirs in ABOVE) or (mine in ABOVE and theirs in BELOW):
            self.report("hedge-reversed",
                        f"{m.text} is said to be {SAID[mine]}, but the fact sheet says "
                        f"{SAID.get(theirs, theirs)} {self.index.expected(fact)} "
                        f"({self.fact_words(fact)}).", m, fact,
                        self.index.expected(fact), "error")
        elif theirs == "about" and mine in ONE_SIDED:
            # "more than a quarter", "at least a quarter" for the sheet's "about a quarter":
            # a bound on one side of a figure the sheet gives only roughly, which may lie
            # on the other
            self.report("hedge-reversed",
                        f"{m.text} is said to be {SAID[mine]}, but the fact sheet gives "
                        f"{SAID[theirs]} {self.index.expected(fact)} "
                        f"({self.fact_words(fact)}): it may be less or more.", m, fact,
                        self.index.expected(fact), "error")
        elif (mine == "about") != (theirs == "about"):
            self.report("hedge-dropped",
                        f"{m.text} is said to be {SAID[mine]}, where the fact sheet says "
                        f"{SAID.get(theirs, theirs)} {self.index.expected(fact)} "
                        f"({self.fact_words(fact)}).", m, fact,
                        self.index.expected(fact), "warning")

    def signed(self, m: Mention, fact: Fact, value: float) -> None:
        """A figure that matches ``value`` in size: said with the other sign, or with a
        word for the other direction, it is flipped."""
        if abs(value) < EPS:
            return
        favoured = self.favoured(m, fact)
        better = _better(fact, value, self.index.sheet) if favoured is not None else None
        plus = self.text[max(0, m.start - 1):m.start] == "+"  # "+3.3 points"
        if favoured is not None and better is not None:
            # the arm it is said to favour must be the one that did better, and a sign
            # said with it must be the sheet's ("−3.3 points in favour of iodine" where
            # chlorhexidine did better; "+3.3 points in favour of chlorhexidine")
            flipped = favoured != better or (m.negative and value > 0) or (plus and value < 0)
        elif m.negative:
            flipped = value > 0
        elif plus:
            flipped = value < 0
        elif value < 0 and self.signed_interval(m, fact):
            # "3.3 points (95% CI −5.5 to −1.1)": the interval has the sign, unless the
            # clause says the direction in words ("3.3 points lower (CI −5.5 to −1.1)")
            way = self.way(m)
            flipped = way is None or way != self.expected_way(m, fact, True)
        elif self.favours(m):
            # "28.8 hours in favour of going home": the clause says which side gains, in
            # words or of an outcome the sheet gives no polarity for; nothing to judge
            flipped = False
        else:
            # none in its clause or sentence: "−0.17" said as "0.17" is flipped
            way = self.way(m) or self.way(m, clause=False)
            flipped = value < 0 if way is None else way != self.expected_way(m, fact, value < 0)
            if flipped and way is None and self._gap_of_said(m):
                flipped = False  # "4.8 h vs 33.6 h, a difference of 28.8 h": its size
        if flipped and favoured is not None and favoured != better and self._favour_end:
            # the span runs on to the arm it names: that is where the text is wrong
            m = dataclasses.replace(m, end=self._favour_end,
                                    text=self.text[m.start:self._favour_end])
        if flipped:
            self.report("sign-flipped",
                        f"{m.text} has the other sign: the fact sheet gives "
                        f"{self.index.lexicon.pack.format_number(value)} "
                        f"({self.fact_words(fact)}).", m, fact,
                        self.index.lexicon.pack.format_number(value), "error")

    def _gap_of_said(self, m: Mention) -> bool:
        """Whether a word for a gap stands before the figure and two other figures of the
        sentence are its ends ("4,8 Stunden ..., die stationär Behandelten 33,6 Stunden, ein
        Unterschied von 28,8 Stunden"): the text gives each side, so the size says no sign
        ("... so going home early added 28.8 hours" still says one); the sides may be
        the sentence before's ("... 4,8 horas ..., contra 33,6 horas ... . A diferença, de
        28,8 horas, foi significativa")."""
        if not self.scoper.sentences or not _GAP_BEFORE.search(
                self.text, max(0, m.start - 40), m.start):
            return False
        k = self.scoper.sentence_of(m.start)
        lo, hi = self.scoper.sentences[k]
        size = abs(m.value)
        # its sides said in its sentence or up to two before ("... 4,8 horas ..., contra
        # 33,6 horas ... . O estudo aleatorizou 114 doentes ... . A diferença média foi de
        # 28,8 horas")
        for back in range(min(k, 2) + 1):
            lo = self.scoper.sentences[k - back][0]
            said = [x.value for x in self.mentions[bisect_left(self.starts, lo):
                                                  bisect_left(self.starts, hi)]
                    if x is not m and x.value is not None]
            if any(abs(abs(x - y) - size) < EPS + 0.05 * 10 ** -m.decimals
                   for i, x in enumerate(said) for y in said[i + 1:]):
                return True
        return False

    def favours(self, m: Mention) -> bool:
        """Whether a favour word ("in favour of", "à l'avantage de") stands in the
        figure's sentence ("a difference of 28.8 hours, in favour of ...")."""
        pattern = _favour(self.index.lexicon.lang)
        if pattern is None or not self.scoper.sentences:
            return False
        lo, hi = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        return pattern.search(self.text, lo, hi) is not None

    def favoured(self, m: Mention, fact: Fact) -> str | None:
        """The arm a figure's clause says it favours ("3.3 points in favour of iodine",
        "a favor del yodo", "zugunsten von Jod"): the first of the fact's arms named
        right after a favour word; None when the clause has none."""
        pattern = _favour(self.index.lexicon.lang)
        arms = {fact.group, getattr(fact, "versus", None)} - {None}
        if pattern is None or len(arms) < 2 or not self.scoper.sentences:
            return None
        lo, hi = self._clause(m)
        if self.text[hi:hi + 1] == "(":
            # past the figure's interval in brackets: "−3,3 Punkte (KI −5,5 bis −1,1)
            # zugunsten von Jod"
            close = self.text.find(")", hi)
            if close > 0:
                end = self.scoper.sentences[self.scoper.sentence_of(m.start)][1]
                comma = regex.match(r"\s*,", self.text[close + 1:end])  # "(…), a favor del"
                mark = _CLAUSE_MARK.search(self.text, close + 1 + (comma.end() if comma else 0),
                                           end)
                hi = mark.start() if mark else end
        for hit in pattern.finditer(self.text, lo, hi):
            after = [c for c in self.scoper.groups.between(hit.end(), hi) if c.item in arms]
            if after and after[0].start - hit.end() <= FAVOUR_REACH:
                self._favour_end = after[0].end
                return after[0].item
            # an arm described in words of its labels ("zugunsten der stationären
            # Aufnahme", "a favor de quedarse ingresado")
            reach = min(hi, hit.end() + FAVOUR_REACH)
            for tok in tokens(self.text[hit.end():reach]):
                group = self.index.arm_of(tok.norm)
                if group is not None:
                    self._favour_end = hit.end() + tok.end
                    return group if group in arms else None
        return None

    # --- facts by kind ---------------------------------------------------------------
    def signed_interval(self, m: Mention, fact: Fact) -> bool:
        """Whether the figure's sentence gives the fact's interval with its minus signs
        (then the figure itself must have one too)."""
        ci = getattr(fact, "ci", None)
        if ci is None:
            return False
        k = self.scoper.sentence_of(m.start)
        _, b = self.scoper.sentences[k] if self.scoper.sentences else (0, len(self.text))
        bounds = {abs(float(ci.low)), abs(float(ci.high))}
        i = bisect_left(self.starts, m.end)
        for x in self.mentions[i:min(i + 6, bisect_left(self.starts, b))]:  # the next few
            if x.kind in ("ci", "range") and (x.negative or x.second_negative) and any(
                    abs(x.value - v) < EPS for v in bounds):
                return True
        return False

    def effects(self, kind: str, unit: str | None = None) -> list[tuple[Fact, set[float]]]:
        return [(f, allowed) for f, allowed in self.index.effects if f.kind == kind
                and (unit is None or getattr(f, "unit", None) == unit)]

    def relatives(self) -> list[tuple[Fact, set[float]]]:
        return self._kinds[0]

    def folds(self) -> list[tuple[Fact, set[float]]]:
        return self._kinds[1]

    def differences(self) -> list[tuple[Fact, set[float]]]:
        """Absolute differences of shares (in percentage points)."""
        return self._kinds[2]

    @functools.cached_property
    def _kinds(self) -> tuple[list[tuple[Fact, set[float]]], ...]:
        """The sheet's relative changes in per cent, multiples and differences of shares,
        sorted out once per text (every figure asks)."""
        return (self.effects("relative-change", "percent"), self.effects("relative-change", "fold"),
                [(f, allowed) for f, allowed in self.index.effects if f.kind == "difference"
                 and getattr(f, "unit", "percentage-points") == "percentage-points"])

    def find(self, pairs: list[tuple[Fact, set[float]]], said: float, hedge: str | None,
             rounded: bool = False, size: bool = False, floor: float = 0.5
             ) -> tuple[list[Fact], bool]:
        """The facts ``said`` (with ``hedge``) stands for, and whether it matched exactly.
        ``size``: compare sizes (a difference of −3.3 is 3.3 in size)."""
        def of(values: set[float]) -> set[float]:
            return {abs(v) for v in values} if size else values

        found = [f for f, allowed in pairs if exact(said, f, of(allowed), rounded)]
        if found:
            return found, True
        if hedge:
            found = [f for f, allowed in pairs
                     if any(fits(hedge, said, v, floor) for v in of(allowed))]
        return found, False

    # --- the kinds of mention ----------------------------------------------------------
    def percent(self, m: Mention) -> bool:
        """A percentage (or "30 out of 100") that is no share of the sheet: a relative
        change, or a ratio or a difference said the wrong way. False: none of these."""
        said = m.percent
        if said is None:
            return False
        facts, exactly = self.find(self.relatives(), said, m.hedge)
        if m.negative and not facts:
            return False  # a signed share is only ever a relative change ("risk −22 %")
        if facts:
            fact = facts[0]
            if m.kind == "frequency":  # "30 out of 100" for 30 % lower
                self.share_for_relative(m, m.text, fact)
                return True
            named = _ratio_named_before(self.text, m.start, self.index.lexicon.pack)
            if named is not None and not m.negative:
                # "a risk ratio of 31 %", "un cociente de riesgos del 31 %": a ratio is a
                # number (1.31), never a percentage; said so of a relative change, the
                # reader takes the change for the ratio
                self.report("ratio-as-percent",
                            f"{m.text} is called a ratio ('{named}'), but a ratio is no "
                            f"percentage: the fact sheet gives a relative change of "
                            f"{self.index.expected(fact)} ({self.fact_words(fact)}).",
                            m, fact, self.index.expected(fact), "error")
                return True
            if _PARTITIVE.match(self.text, m.end) and _sign_way(self.text, m) is None and (
                    self.way(m, clause=False) is None):
                # "spared a heart attack in 40 % of cases", "in 40 Prozent der Fälle": a
                # share of people, where the sheet has a relative change (and neither a
                # sign nor the sentence says a change that would make it one: "–40% di
                # infarti" is the change)
                self.share_for_relative(m, m.text, fact)
                return True
            self.matched(m, facts, said, exactly)
            self.direction(m, fact)
            self.called_absolute(m, fact)
            return True
        ratio = self.ratio_said_as_percent(said)
        if ratio is not None:
            self.report("ratio-as-percent",
                        f"{m.text} turns a ratio into a percentage: the fact sheet gives "
                        f"{self._ratio_words(ratio)} ({self.fact_words(ratio)}) and no "
                        "relative change in per cent.", m, ratio, self.index.expected(ratio),
                        "error")
            return True
        facts, _ = self.find(self.differences(), said, m.hedge, size=True)
        if not facts and m.kind == "percent" and self._derived_change(m, said):
            return True  # "45 % lower" for 4.0 % against 7.3 %: worked out from two shares
        if facts and m.kind == "percent":
            fact = facts[0]
            self.report("relative-as-absolute",
                        f"{m.text} says a relative change, but the fact sheet gives an "
                        f"absolute difference of {self.index.expected(fact)} percentage "
                        f"points ({self.fact_words(fact)}).", m, fact,
                        self.index.expected(fact), "error")
            return True
        return False

    def _derived_change(self, m: Mention, said: float) -> bool:
        """A relative change worked out from a comparison of two shares, as writers work
        it out, said with a word for a change in its clause: "the chlorhexidine rate was
        45 percent lower" for 4.0 % against 7.3 % (1 − 4.0/7.3), "82 % more often" the
        other way round; to the figure's own decimals, or within its hedge. Said of
        people ("83 % of the women", "el 83 % de las mujeres") with no word for a change in
        its clause, the figure is a share, whatever arm the sentence names: "with
        chlorhexidine, 83 % of women got an infection" is no change of 82.5 %."""
        if not self.index.derived:
            return False
        if self.way(m) is None and (not self._arms_named(m)
                                    or _PARTITIVE.match(self.text, m.end)):
            return False
        step = 10.0 ** -m.decimals
        for fact, r in self.index.derived:
            for value in (100 * abs(1 - r), 100 * abs(1 - 1 / r) if r else -1.0):
                if value > 0 and (abs(round_half_up(value, step) - said) < EPS
                                  or fits(m.hedge, said, value, 0.5 * step)):
                    self.stated.add(fact.id)
                    return True
        return False

    def said_in_words(self) -> set[str]:
        """Effects a text states in words only, as plain readers get them ("got a wound
        infection less often than ..."): a sentence that names both groups and a
        direction."""
        facts = [f for f, _ in self.index.effects
                 if f.id not in self.stated and f.group and getattr(f, "versus", None)]
        if not facts:
            return set()
        out: set[str] = set()
        for k, (a, b) in enumerate(self.scoper.sentences):
            named, _ = self.scoper.groups.items(a, b)
            for fact in facts:
                if fact.id not in out and fact.group in named and fact.versus in named and (
                        self._sentence_ways(k)[0]):
                    out.add(fact.id)
        return out

    def _sentence_ways(self, k: int) -> tuple[list[tuple[int, int, str]], list[int]]:
        """The direction words of sentence ``k`` in text order, and where each starts."""
        if k not in self._ways:
            from .directions import _words as direction_words

            a, b = self.scoper.sentences[k]
            found = [(s.start, s.end, s.direction)
                     for s in direction_words(self.pack).said(self.text, a, b)
                     if s.direction in ("increased", "decreased")]
            for direction, pattern in _words(self.pack).ways.items():
                found += [(h.start(), h.end(), direction)
                          for h in pattern.finditer(self.text, a, b)]
            # an arrow set before the figure, as notes and cards write a change ("MI ↓ 40%")
            found += [(h.start(), h.end(), "increased" if h.group() in _UP else "decreased")
                      for h in _ARROW.finditer(self.text, a, b)]
            ways = sorted(w for w in found if not _comparative(self.text, w[0], w[1]))
            if len(ways) > 1:  # a word inside a longer phrase: "mais" of "mais baixo"
                ways = _outermost(ways)
            self._ways[k] = (ways, [w[0] for w in ways])
        return self._ways[k]

    def changed_by(self, m: Mention) -> bool:
        """Whether a percentage is one of the sheet's relative changes said as a change
        ("fell by 50 percent", "45 % lower"): then it is read as that change first, not
        as a share of the same size."""
        if not self.relatives() or m.percent is None:
            return False
        if not self.find(self.relatives(), m.percent, m.hedge)[0]:
            return False
        return self.way(m) is not None

    def direction(self, m: Mention, fact: Fact) -> None:
        """A relative change said with the other direction ("45 % higher"); a sign is a
        direction too ("risk −22 %", "+31 %": lower, higher)."""
        signed = _sign_way(self.text, m)
        way = signed or self.way(m)
        if way is None:
            return
        lower = getattr(fact, "direction", "lower") == "lower"
        if self.swapped_groups(m, fact, way, lower):
            return
        if way != self.expected_way(m, fact, lower):
            said = "lower" if lower else "higher"
            times = " times" if getattr(fact, "unit", None) == "fold" else ""
            self.report("sign-flipped",
                        f"{m.text} is said the other way: the fact sheet gives "
                        f"{self.index.expected(fact)}{times} {said} ({self.fact_words(fact)}).",
                        m, fact, self.index.expected(fact), "error")
            if signed is None and way != ("decreased" if lower else "increased"):
                # said in words ("40 % higher" for 40 % lower): a flipped direction too
                self.report("direction-flipped",
                            f"{m.text} says the change went the other way: the fact sheet "
                            f"gives {self.index.expected(fact)}{times} {said} "
                            f"({self.fact_words(fact)}).", self._with_way(m), fact,
                            self.index.expected(fact), "error")

    def swapped_groups(self, m: Mention, fact: Fact, way: str, lower: bool) -> bool:
        """A relative change said of the other group with the sheet's own direction word
        ("those who had only the usual tests had 40 % fewer heart attacks than those who
        had the scan"), or of a group of the sheet's with another change ("those above
        sufficiency were 31 % more likely" where 31 % is the deficient group's): the
        groups are swapped, not the direction (wrong-context): the direction word is the
        sheet's own for the change. True when reported."""
        versus = getattr(fact, "versus", None)
        if not versus or fact.group is None:
            return False
        natural = "decreased" if lower else "increased"
        if way != natural:
            return False  # the other way as well: a flipped direction, judged as one
        own = self._subjects(m, versus, strong=True)
        level = self._level_swap(m, fact, versus)
        if level is not None:
            other, x, y = level
            start, end = min(x, m.start), max(y, m.end)
            self._report_swap(dataclasses.replace(m, start=start, end=end,
                                                  text=self.text[start:end]),
                              fact, versus, other, None)
            return True
        before = own or self._subjects(m, versus, opener=True, strong=True)
        if fact.group in before:
            return False
        after = self._compared_after(m)
        cue = None if before else self._subject_after(m)
        if cue is not None and cue.weak and fact.group not in after:
            cue = None  # words other groups' names share, and no group set against it
        subject = cue.item if cue is not None else None
        # words other groups' names share name the subject too where the group is named
        # after a word that sets it against ("en el grupo con las pruebas habituales hubo
        # un 40 % menos de infartos que en el grupo del escáner")
        loose = before or (self._subjects(m, versus) if fact.group in after else set())
        if fact.group in after and versus not in loose and subject != versus:
            return False  # named as the one compared, or as who it is about
        other = None
        if versus in loose and fact.group not in loose and fact.group in after and (
                versus not in after):
            other = versus  # "<versus> had 40 % fewer ... than <group>"
        elif versus in before and versus in after and fact.group not in after:
            other = versus  # "<versus> had 40 % fewer ... than <versus>": one group twice
        elif subject == versus:
            other = versus  # "40 % lower in <versus> (than in <group>)"
        elif versus in own and not after and not self._compared_words(m):
            other = versus  # "nel gruppo con i soli esami standard ... inferiore del 40%
            # rispetto all'altro gruppo", "dans le groupe examens habituels": the subject,
            # with no group named as the one compared
        elif fact.group not in after:  # another change's group, in the figure's clause
            changes = {f.group for f, _ in self.relatives() if f is not fact and f.group}
            named = sorted(g for g in own & changes - {versus}
                           if not self._also_names(m, g, fact.group))
            other = named[0] if named else None
        if other is None:
            return False
        self._report_swap(m, fact, versus, other, cue if subject == other else None)
        return True

    def _report_swap(self, m: Mention, fact: Fact, versus: str, other: str,
                     cue: Cue | None) -> None:
        lex = self.index.lexicon
        self.report("wrong-context",
                    f"{m.text} is the change of {lex.group(fact.group)} against "
                    f"{lex.group(versus)} ({fact.id}), but here it is said of "
                    f"{lex.group(other)}.", self._with_subject(m, other) if cue is None
                    else dataclasses.replace(m, end=cue.end, text=self.text[m.start:cue.end]),
                    fact,
                    self.index.expected(fact), "error")

    def _level_swap(self, m: Mention, fact: Fact, versus: str
                    ) -> tuple[str, int, int] | None:
        """The group of another level a change of groups set apart by one thing's level
        is said of, or set against, by the words of its level ("Menschen mit hohem
        Spiegel waren um 31 % häufiger betroffen" for the deficient group's change, "31 %
        higher than those with high levels" against the sufficient), and where its word
        is: None when the level words fit, or say none."""
        levels = level_groups(self.index.sheet, self.index.lexicon.lang)
        if fact.group not in levels or versus not in levels or not self.scoper.sentences:
            return None
        a, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        figures = [x for x in self.mentions[bisect_left(self.starts, a):
                                            bisect_left(self.starts, m.start)]
                   if x.kind not in _NO_FIGURE and (x.percent is not None or any(
                       ch.isdigit() for ch in x.text))]
        # its subject may open the sentence, or the part after the figure before it, up
        # to a mark ("En dessous du seuil, le risque était plus faible de 22 %"); right
        # after another figure, the words up to a comma are that figure's ("31 % en cas
        # de carence, et plus faible de 22 %")
        first = max(a, figures[-1].end) if figures else a
        marks = [x.end() for x in _MARK_BETWEEN.finditer(self.text, first, m.start)]
        if figures and not marks:
            marks = [x.end() for x in _COMMA.finditer(self.text, first, m.start)]
        lo = max(first, marks[-1]) if marks else first
        cues = [(c.start, c.end) for c in self.scoper.groups.between(a, b)
                if c.item in levels]
        ways, _ = self._sentence_ways(self.scoper.sentence_of(m.start))
        # the figure's own comparative ("un rischio più alto del 31%"): no level's word,
        # unless a group's word follows it before the figure ("hohem Vitamin-D-Spiegel")
        own = [(x, y) for x, y, _ in ways
               if not any(y <= c < m.start for c, _ in cues)]
        said = level_said(self.text, lo, m.start, cues, own)
        group = level_of(levels, said[0]) if said else None
        if said and group is not None and group != fact.group:
            return group, said[1], said[2]
        stop = _PART_END.search(self.text, m.end, b)
        b = stop.start() if stop else b  # the compared group is in the figure's part
        hit = _THAN_PLAIN.search(self.text, m.end, b) or _THAN_RELATIVE.search(
            self.text, m.end, b)
        if hit is None:
            return None
        said = level_said(self.text, hit.end(), min(b, hit.end() + 60), cues, [])
        group = level_of(levels, said[0]) if said else None
        if said and group is not None and group != versus:
            return group, said[1], said[2]
        return None

    def _also_names(self, m: Mention, group: str, own: str) -> bool:
        """Whether the words that name ``group`` in the figure's clause are also words of
        the labels of ``own`` ("vitamin D" names the deficient group and the one above
        sufficiency alike), or the comparative's own ("plus élevé"): then they tell
        neither."""
        lo, _ = self._clause(m)
        ways, _ = self._sentence_ways(self.scoper.sentence_of(m.start))
        lang = self.index.lexicon.lang
        label = {t.norm for form in (*self.index.sheet.groups[own].label.all_forms(lang),
                                     *self.index.sheet.groups[own].keywords.get(lang, []))
                 for t in tokens(form)} if own in self.index.sheet.groups else set()
        cues = self.scoper.groups.between(lo, m.start)
        for c in cues:
            if c.item != group:
                continue
            if any(a < c.end and c.start < b and not any(
                    max(b, c.end) <= d.start for d in cues) for a, b, _ in ways):
                return True  # the comparative's own words ("plus élevé"), no group's name;
                # one a group's word follows names a level ("above sufficiency had 31 %")
            if all(t.norm in label for t in tokens(self.text[c.start:c.end]) if len(t.norm) > 2):
                return True
        return False

    def _subject_after(self, m: Mention) -> Cue | None:
        """The group a change is said of after the figure, when its clause names none
        before it: the first group named after it in its clause with no word that sets it
        against another between them ("40 % lower in the group that had the usual tests",
        "fue un 40 % menor entre las que solo tuvieron las pruebas habituales que ...",
        "um 40 % niedriger in der Gruppe mit Standarddiagnostik"). A relative "que" or
        "che" ("las que se hicieron") is no such word; a comparative one is followed by a
        preposition or an article ("que en el grupo", "que chez ceux")."""
        if not self.scoper.sentences:
            return None
        _, hi = self._clause(m)
        against = _words(self.pack).versus
        cues = self.scoper.groups.between(m.end, hi)
        for i, c in enumerate(cues):
            if c.generic or (c.weak and any(not d.weak and not d.generic for d in cues[i + 1:])):
                continue  # the counted people ("40 % fewer patients had ... in the X group")
            gap = self.text[m.end:c.start]
            if _MARK_BETWEEN.search(gap) or _compares(gap) or (
                    against is not None and against.search(gap)):
                return None
            return c
        return None

    def _compared_words(self, m: Mention) -> bool:
        """Whether a word that sets one thing against another follows the figure in its
        sentence with words of their own, not "the other group" ("rispetto all'altro
        gruppo", "que les autres"): a comparison base the checker cannot name."""
        if not self.scoper.sentences:
            return False
        _, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        hit = _THAN.search(self.text, m.end, b)
        return hit is not None and _THE_OTHER.match(self.text, hit.end(), b) is None

    def _compared_after(self, m: Mention) -> set[str]:
        """The groups named after the figure in its sentence, right after a word that
        sets one thing against another ("40 % lower than among those who got the scan",
        "un 40 % menos ... que en el grupo", "um 40 % niedriger als in der CT-Gruppe")."""
        if not self.scoper.sentences:
            return set()
        _, b = self.scoper.sentences[self.scoper.sentence_of(m.start)]
        out = set()
        for c in self.scoper.groups.between(m.end, b):
            if c.weak or c.generic:
                continue
            near = self.text[max(m.end, c.start - 60):c.start]
            if _THAN.search(near):
                out.add(c.item)
        return out

    def _with_way(self, m: Mention) -> Mention:
        """The figure with the direction word said nearest it in its clause."""
        if not self.scoper.sentences:
            return m
        lo, hi = self._clause(m)
        ways, _ = self._sentence_ways(self.scoper.sentence_of(m.start))
        near = [(a, b) for a, b, _ in ways if lo <= a and b <= hi]
        if not near:
            return m
        a, b = min(near, key=lambda w: min(abs(w[0] - m.end), abs(m.start - w[1])))
        start, end = min(a, m.start), max(b, m.end)
        return dataclasses.replace(m, start=start, end=end, text=self.text[start:end])

    def _with_subject(self, m: Mention, group: str) -> Mention:
        """The figure with the words that name the group it is said of, before it."""
        lo, _ = self._clause(m)
        cue = next((c for c in reversed(self.scoper.groups.between(lo, m.start))
                    if c.item == group), None)
        if cue is None and self.scoper.sentences:
            # the group named in the part that opens the sentence ("Among patients who had
            # standard tests only, the number ... was 40 percent lower"): the subject read
            # there (``_subjects`` with ``opener``) is what the finding points at
            a = self.scoper.sentences[self.scoper.sentence_of(m.start)][0]
            cue = next((c for c in self.scoper.groups.between(a, lo) if c.item == group), None)
        if cue is None:
            return m
        return dataclasses.replace(m, start=cue.start, text=self.text[cue.start:m.end])

    def ratio_said_as_percent(self, said: float) -> Fact | None:
        """The ratio (or multiple) a percentage restates: 62 % or 38 % for 0.62, 80 %
        for 1.8, 400 % or 300 % for four times."""
        for fact, allowed in self.effects("ratio") + self.folds():
            for r in allowed:
                forms = {r * 100, abs(1 - r) * 100}
                if any(abs(said - f) < EPS or abs(said - round_half_up(f, 1)) < EPS
                       or abs(said - round_half_up(f, 0.1)) < EPS for f in forms):
                    return fact
        return None

    def _ratio_words(self, fact: Fact) -> str:
        pack = self.index.lexicon.pack
        if fact.kind == "ratio":
            return f"a {getattr(fact, 'ratio', 'hazard')} ratio of {pack.format_number(fact.value)}"
        return f"{pack.format_number(fact.value)} times"

    def points(self, m: Mention) -> None:
        """"5 percentage points": an absolute difference."""
        said = m.value
        facts, exactly = self.find(self.differences(), said, m.hedge, size=True)
        if not facts:  # a difference of a measure in its points ("went down by 0.17 points")
            facts, exactly = self.find(self.effects("difference"), said, m.hedge, size=True)
        facts += [f for f, allowed in self.index.shares if f.kind == "comparison"
                  and getattr(f, "unit", None) == "percentage-points"
                  and matches(said, allowed)]
        if not facts and self.index.gaps:
            gaps = self.gap_of(m)  # two shares' difference, worked out ("about 10 points")
            if gaps:
                self.stated.update(f.id for f in gaps)
                return
        if facts:
            fact = facts[0]
            self.matched(m, facts, said, exactly)
            if fact.kind == "difference":
                self.signed(m, fact, float(fact.value))
            return
        facts, _ = self.find(self.relatives(), said, m.hedge)
        if facts and self.denied(m):
            return  # "un 40 % relativo, no 40 puntos porcentuales": what it is not
        if facts:
            fact = facts[0]
            self.report("relative-as-absolute",
                        f"{m.text} says an absolute difference, but the fact sheet gives a "
                        f"relative change of {self.index.expected(fact)} "
                        f"({self.fact_words(fact)}).", m, fact, self.index.expected(fact),
                        "error")
            return
        if not any(abs(said - abs(v)) < EPS for v in self.index.loose):
            self.report("unsupported-number",
                        f"The fact sheet gives no difference of {m.text}.", m, None, None,
                        "error")

    def ratio(self, m: Mention) -> None:
        """"HR 0.62", "odds ratio of 1.8"."""
        said = m.value
        ratios = self.effects("ratio")
        # "about" reaches as far as the figure's own precision: "about 0.6" may be 0.62,
        # "about 0.45" may not
        facts, exactly = self.find(ratios, said, m.hedge, floor=0.5 * 10 ** -m.decimals)
        if facts:
            self.matched(m, facts, said, exactly)
            self.last = (self.scoper.sentence_of(m.start), facts[0])
            self._ratio_way(m, facts[0])
            return
        for fact, allowed in self.relatives():
            lower = getattr(fact, "direction", "lower") == "lower"
            said_change = (1 - said) * 100 if lower else (said - 1) * 100
            if any(abs(round_half_up(said_change, 0.1) - v) < EPS or abs(said * 100 - v) < EPS
                   for v in allowed):
                self.report("ratio-as-percent",
                            f"{m.text} is said as a ratio, but the fact sheet gives a relative "
                            f"change of {self.index.expected(fact)} "
                            f"({self.fact_words(fact)}).", m, fact,
                            self.index.expected(fact), "error")
                return
        if self.find(self.folds(), said, m.hedge)[0]:
            return
        if not ratios and any(abs(said - v) < EPS for v in self.index.loose):
            return
        meant = ratios[0][0] if len(ratios) == 1 else None
        self.report("unsupported-number",
                    f"The fact sheet gives no ratio {m.text}"
                    + (f"; it gives {self._ratio_words(meant)} ({meant.id})." if meant else "."),
                    m, meant, self.index.expected(meant) if meant else None, "error")

    def _ratio_way(self, m: Mention, fact: Fact) -> None:
        """A ratio beside a word that says the other way: "a higher risk (HR 0.62)",
        "lower odds (OR 1.8)". The word is the last said before the ratio, close to it
        in its sentence (a ratio in brackets is its own clause)."""
        value = float(getattr(fact, "value", 1.0))
        if abs(value - 1) < EPS or not self.scoper.sentences:
            return
        ways, starts = self._sentence_ways(self.scoper.sentence_of(m.start))
        before = [(s, e, w) for s, e, w in ways[:bisect_left(starts, m.start)]
                  if e <= m.start and m.start - e <= RATIO_REACH]
        if not before:
            return
        way = before[-1][2]
        expected = self.expected_way(m, fact, value < 1)
        if way != expected:
            said = "below" if value < 1 else "above"
            self.report("sign-flipped",
                        f"{self.text[before[-1][0]:before[-1][1]]} says the other way: the "
                        f"fact sheet gives {self._ratio_words(fact)}, {said} 1 "
                        f"({self.fact_words(fact)}).", m, fact,
                        self.index.expected(fact), "error")

    def interval(self, m: Mention) -> None:
        """"95% CI 0.45-0.85": both bounds must be one interval's of the sheet."""
        lo, hi = m.signed, m.signed_second if m.signed_second is not None else m.signed
        decimals = m.decimals
        sized: Fact | None = None
        partly: Fact | None = None
        for fact, ci in self.index.intervals:
            bounds = (float(ci.low), float(ci.high))
            if _same_pair((lo, hi), bounds, decimals):
                return
            if _same_pair((abs(lo), abs(hi)), (abs(bounds[0]), abs(bounds[1])), decimals):
                sized = sized or fact
            elif any(close(abs(x), abs(b), decimals) for x in (lo, hi) for b in bounds):
                partly = partly or fact
        if sized is not None:
            ci = sized.ci
            negative = float(ci.low) < 0 or float(ci.high) < 0
            if _one_sign_changed((lo, hi), (float(ci.low), float(ci.high)), decimals):
                # "−5.5 to 1.1" for "−5.5 to −1.1": one bound changed, which the reader
                # sees as a changed interval (it may now cross zero), not a flipped result
                self.report("interval-changed",
                            f"{m.text}: one bound of the confidence interval has the other "
                            f"sign; the fact sheet gives {self.index.interval(sized)} "
                            f"({self.fact_words(sized)}).", m, sized,
                            self.index.interval(sized), "error")
            elif not (negative and not (m.negative or m.second_negative)
                      and self.way(m, clause=False) is not None):
                self.report("sign-flipped",
                            f"{m.text}: the confidence interval has the other sign; the fact "
                            f"sheet gives {self.index.interval(sized)} "
                            f"({self.fact_words(sized)}).", m, sized,
                            self.index.interval(sized), "error")
            return
        k = self.scoper.sentence_of(m.start)
        if partly is None and self.last is not None and self.last[0] == k and getattr(
                self.last[1], "ci", None) is not None:
            partly = self.last[1]
        if partly is None and len(self.index.intervals) == 1:
            partly = self.index.intervals[0][0]
        if partly is not None:
            self.report("interval-changed",
                        f"{m.text} is not the confidence interval the fact sheet gives: "
                        f"{self.index.interval(partly)} ({self.fact_words(partly)}).", m,
                        partly, self.index.interval(partly), "error")
            return
        self.report("unsupported-number",
                    f"The fact sheet gives no confidence interval {m.text}.", m, None, None,
                    "error")

    def level(self, m: Mention) -> None:
        """The level of an interval ("95% CI"): one of the sheet's intervals'."""
        levels = {float(ci.level) for _, ci in self.index.intervals}
        if levels and not any(abs(m.value - v) < EPS for v in levels):
            fact = self.index.intervals[0][0]
            self.report("interval-changed",
                        f"{m.text}: the fact sheet gives a "
                        f"{self.index.lexicon.pack.format_number(fact.ci.level)} % confidence "
                        f"interval ({self.fact_words(fact)}).", m, fact,
                        self.index.lexicon.pack.format_number(fact.ci.level), "error")

    def pvalue(self, m: Mention) -> None:
        """"p = 0.03", "p < 0.001": the sheet's p-value, or one it implies ("p < 0.01"
        for p = 0.003)."""
        said, relation = m.value, m.relation or "="
        own = self._own_pvalues(m)
        for fact, p, theirs in own or self.index.pvalues:
            if _p_fits(said, relation, p, theirs, m.decimals):
                if fact.kind == "no-difference":
                    self.stated.add(fact.id)
                return
        for fact, p, theirs in own:
            if {relation, theirs} == {"<", ">"} and close(said, p, m.decimals):
                # "28,8 horas (p > 0,0001)" for the sheet's p < 0.0001: the bound turned
                self.report("hedge-reversed",
                            f"p {relation} {m.text} turns the bound round: the fact sheet "
                            f"gives p {theirs} {self.index.lexicon.pack.format_number(p)} "
                            f"({self.fact_words(fact)}).", m, fact,
                            f"p {theirs} {self.index.lexicon.pack.format_number(p)}", "error")
                return
        k = self.scoper.sentence_of(m.start)
        meant = self.last[1] if self.last is not None and self.last[0] == k and getattr(
            self.last[1], "p", None) is not None else own[0][0] if own else (
            self.index.pvalues[0][0] if len(self.index.pvalues) == 1 else None)
        expected = (f"p {getattr(meant, 'p_relation', '=')} "
                    f"{self.index.lexicon.pack.format_number(meant.p)}") if meant else None
        self.report("unsupported-number",
                    f"The fact sheet gives no p-value {m.text}"
                    + (f"; it gives {expected} ({self.fact_words(meant)})." if meant else "."),
                    m, meant, expected, "error")

    def _own_pvalues(self, m: Mention) -> list[tuple[Fact, float, str]]:
        """The p-values of the facts whose figure the p-value's sentence says before it
        ("a difference of 28.8 hours (p < 0.0001)"): a p said of one result is judged by
        that result's, not by any p the sheet gives."""
        if not self.scoper.sentences or not self.index.pvalues:
            return []
        lo = self.scoper.sentences[self.scoper.sentence_of(m.start)][0]
        # its own clause, on its own line (a table's row)
        lo = max(lo, self.text.rfind(";", lo, m.start) + 1, self.text.rfind("\n", lo, m.start) + 1)
        before = [abs(x.value) for x in self.mentions[bisect_left(self.starts, lo):
                                                      bisect_left(self.starts, m.start)]
                  if x.kind not in ("pvalue", "ci", "cilevel", "date", "clock")]
        return [(fact, p, theirs) for fact, p, theirs in self.index.pvalues
                if (value := getattr(fact, "value", None)) is not None
                and any(abs(x - abs(float(value))) < EPS for x in before)]

    def fold(self, m: Mention) -> None:
        """"four times", "2- to 3-fold", "double": a multiple."""
        said = m.value
        if m.second is not None:  # "2- to 3-fold": two figures of the sheet
            ends = (said, m.second)
            if all(any(abs(e - v) < EPS for v in self.index.loose) for e in ends):
                return
            self.report("unsupported-number",
                        f"The fact sheet gives no multiple {m.text}.", m, None, None, "error")
            return
        times = 1 / said if said > 1 and self._less_after(m) else said
        if self._multiple(m, times):
            return
        if self._reciprocal(m, times):
            return  # "doubled" for a change of 50 % lower: said the other way
        if m.kind == "multiple" and m.hedge is None:
            return  # "double" may be a word of its own ("a double dose")
        if 0 < said < 1 and not m.words:
            # "0.45 times the risk" where the sheet has 45 % lower: the change's per cent
            # said as a ratio (the ratio would be 0.55)
            changes, _ = self.find(self.relatives(), 100 * said, m.hedge,
                                   floor=50 * 10 ** -m.decimals)
            if changes:
                fact = changes[0]
                self.report("ratio-as-percent",
                            f"{m.text} says a ratio, but the fact sheet gives a relative "
                            f"change: {self.index.expected(fact)} "
                            f"{getattr(fact, 'direction', '')} ({self.fact_words(fact)}).",
                            m, fact, self.index.expected(fact), "error")
                return
        if m.kind == "fold" and m.second is None and not self._compared(m):
            return  # "ich habe ihn dreimal gelesen", "I read it three times": how often
        fold = self.folds()
        meant = fold[0][0] if len(fold) == 1 else None
        self.report("unsupported-number",
                    f"The fact sheet gives no multiple {m.text}"
                    + (f"; it gives {self._ratio_words(meant)} ({meant.id})." if meant else "."),
                    m, meant, self.index.expected(meant) if meant else None, "error")

    def _compared(self, m: Mention) -> bool:
        """Whether a multiple compares ("three times as likely", "dreimal so hoch",
        "deux fois plus", "tres veces mayor", "three times the risk", "an increase of
        three times"): a word of comparison, of more or less, or of a quantity within a
        few words after it, or a word of change right before it. A multiple with none
        ("ich habe ihn dreimal gelesen", "I read it three times", "je l'ai lu trois fois")
        says how often someone did something, no figure of a study."""
        after = _COMPARED_AFTER.match(self.text, m.end)
        before = _COMPARED_BEFORE.search(self.text, max(0, m.start - 40), m.start)
        german = self.index.lexicon.lang == "de" and (
            _GERMAN_COMPARATIVE.match(self.text, m.end) is not None)
        return after is not None or before is not None or german

    def _less_after(self, m: Mention) -> bool:
        """"deux fois moins souvent", "four times less likely", "viermal weniger": a
        multiple followed by a word for less is so many times smaller."""
        if not self.scoper.sentences:
            return False
        ways, starts = self._sentence_ways(self.scoper.sentence_of(m.start))
        i = bisect_left(starts, m.end)
        return any(way == "decreased" and start - m.end <= 12
                   for start, _, way in ways[i:i + 3])

    def _reciprocal(self, m: Mention, times: float) -> bool:
        """A multiple (``times``: 2 for "doubled", 0.5 for "halb so oft", 0.25 for "a
        quarter as likely") that is the sheet's relative change upside down: "doubled" for
        50 % lower, "a quarter as likely" for four times as likely. True when reported
        (sign-flipped)."""
        if times <= 0 or abs(times - 1) < EPS:
            return False
        flipped = 1 / times  # the multiple the text would give if it said it right
        fact = next((f for f, allowed in self._multiples() if any(
            abs(v - flipped) <= 0.05 * max(v, flipped) for v in allowed)), None)
        if fact is None:
            return False
        self.report("sign-flipped",
                    f"{m.text} says the change the other way round: the fact sheet gives "
                    f"{self.index.expected(fact)}{' times' if fact in dict(self.folds()) else ''}"
                    f" {getattr(fact, 'direction', '')} ({self.fact_words(fact)}).",
                    m, fact, self.index.expected(fact), "error")
        return True

    def _multiples(self) -> list[tuple[Fact, set[float]]]:
        """The sheet's relative changes as multiples: four times (4), 50 % lower (0.5),
        31 % higher (1.31)."""
        out = [(f, set(allowed)) for f, allowed in self.folds()]
        for f, allowed in self.relatives():
            lower = getattr(f, "direction", "lower") == "lower"
            out.append((f, {1 - v / 100 if lower else 1 + v / 100 for v in allowed
                            if not lower or v < 100}))
        return out

    def _multiple(self, m: Mention, said: float) -> bool:
        # "about 0.45 times" reaches as far as its last decimal, not to a ratio of 0.62
        floor = 0.5 * 10 ** -m.decimals
        facts, exactly = self.find(self.folds(), said, m.hedge, floor=floor)
        if not facts:
            facts, exactly = self.find(self.effects("ratio"), said, m.hedge, rounded=True,
                                       floor=floor)
        if not facts:  # "doubled" for 100 % higher, "halb so oft" for 50 % lower
            facts = [f for f, allowed in self.relatives()
                     if matches(round_half_up(100 * abs(said - 1), 0.1), allowed)
                     and (getattr(f, "direction", "lower") == "higher") == (said > 1)]
            exactly = True
        if not facts and self.index.derived and (
                self.way(m, clause=False) is not None
                or _AS_CHANGE.match(self.scoper.text, m.end) or self._arms_named(m)):
            facts, exactly = self._derived(said, m.hedge, floor, m)  # "halb so hoch"
        if facts:
            self.matched(m, facts, said, exactly)
            if facts[0].kind == "relative-change":
                self.direction(m, facts[0])  # "three times less likely" for three times more
            return True
        return False

    def _derived(self, said: float, hedge: str | None, floor: float = 0.5,
                 m: Mention | None = None) -> tuple[list[Fact], bool]:
        """Comparisons of two shares, as the ratio of one to the other (either way)."""
        out = []
        for fact, r in self.index.derived:
            for value in (r, 1 / r if r else 0.0):
                if abs(round_half_up(value, 0.1) - said) < EPS or fits(hedge, said, value,
                                                                      floor):
                    out.append(fact)
                    if m is not None:
                        self._rounded_ratio(m, fact, 100 * said, value)
                    break
        return out, False

    def _as_change(self, m: Mention) -> bool:
        """Whether a fraction is said as a change: "half as often", "la mitad de veces",
        "cut in half", "fell by half" (a word for a change in its clause), not as a share
        of people ("half of the participants", "nearly half had broken a bone")."""
        return bool(_AS_CHANGE.match(self.scoper.text, m.end)) or self.way(m) is not None

    def fraction(self, m: Mention) -> None:
        """"half", "a third", "three quarters": a share, a ratio ("a quarter as likely")
        or a relative change ("a third less likely")."""
        said = m.value
        if self._rest_of_split(m):
            return  # "roughly half ..., the other half ...": the rest of the same whole
        facts, exactly = self.find(self.index.shares, said, m.hedge, rounded=True)
        if not facts and m.hedge:  # "roughly half of them had chlorhexidine": a counted
            # part of the whole, said of that part
            parts, _ = self.find(self.index.part_shares, said, m.hedge)
            facts = [f for f in parts if self.scoper.scope(m).names(f.group, None)]
            exactly = False
        changes, exact_change = self.find(self.relatives(), said, m.hedge, rounded=True)
        if changes and facts and not self._as_change(m):
            changes = []  # "half of the participants", "nearly half had": a share
        if changes and (not facts or (exact_change and not exactly) or (
                exact_change == exactly and _hedge_distance(m.hedge, changes[0].hedged)
                < min(_hedge_distance(m.hedge, f.hedged) for f in facts))):
            facts, exactly = changes, exact_change  # "half as often": the change, not a share
        if not facts:
            facts, exactly = self.find(self.effects("ratio"), said / 100, m.hedge,
                                       rounded=True)
        if not facts and self._reciprocal(m, said / 100):
            return  # "a third as likely" for three times as likely
        if not facts:  # "cut ... almost in half", "nearly half that with iodine"
            facts = self._derived_fraction(m, said)
            exactly = False
        if not facts and m.hedge == "about":
            facts = self._nearest_fraction(said, [*self.relatives(), *self.index.shares])
        if facts:
            self.matched(m, facts, said, exactly)
            return
        if m.hedge is not None and not self.bound_turned(m, said):
            self.report("unsupported-number",
                        f"The fact sheet gives no figure {m.text} could stand for.", m, None,
                        None, "error")

    def _rest_of_split(self, m: Mention) -> bool:
        """Whether a fraction after "the other" is what a fraction said before it in its
        sentence leaves of the whole ("roughly half had chlorhexidine, the other half
        iodine", "un tiers ..., les deux autres tiers"): no figure of its own, said as
        loosely as the first."""
        if _OTHER_PART.search(self.text, max(0, m.start - 16), m.start) is None:
            return False
        a, _ = self.scoper.sentences[self.scoper.sentence_of(m.start)] if (
            self.scoper.sentences) else (0, 0)
        k = bisect_left(self.starts, m.start)
        return any(x.kind == "fraction" and abs(x.value + m.value - 100) < EPS
                   for x in self.mentions[bisect_left(self.starts, a):k])

    def _named_near(self, m: Mention) -> set[str]:
        """The groups the figure's sentence names; where it names none, those of the
        sentence before, which it goes on from ("... 4,0 % contra 7,3 % no grupo do iodo.
        Quase metade da taxa de infeção, portanto.")."""
        k = self.scoper.sentence_of(m.start)
        if k not in self._named:  # once a sentence: it may have thousands of fractions
            lo, hi = self.scoper.sentences[k] if self.scoper.sentences else (
                0, len(self.text))
            self._named[k] = {c.item for c in self.scoper.groups.between(lo, hi)}
            if not self._named[k] and k and self.scoper.sentences:
                lo, hi = self.scoper.sentences[k - 1]
                self._named[k] = {c.item for c in self.scoper.groups.between(lo, hi)}
        return self._named[k]

    def _arms_named(self, m: Mention) -> bool:
        """Whether the figure's sentence (or the one before, if it names none) names an
        arm of a comparison of two shares: a multiple or a change said there compares
        them ("nearly double that with chlorhexidine", "casi el doble de mujeres del
        grupo del yodo")."""
        named = self._named_near(m)
        return any(named & {getattr(self.index.sheet.facts.get(f), "group", None)
                            for f in fact.facts} for fact, _ in self.index.derived)

    def _derived_fraction(self, m: Mention, said: float) -> list[Fact]:
        """A comparison of two shares said by a fraction word: the one share as a fraction of
        the other ("nearly half that with iodine", "halb so hoch", "casi la mitad" for 4.0 %
        against 7.3 %) or, with a word for a change, the cut ("cut almost in half"). A
        fraction word is as precise as the fractions a language has words for, so the one
        nearest the ratio restates it (never more than 15 % off), whatever its hedge."""
        way = self.way(m, clause=False) is not None
        steps = set((getattr(self.pack, "fraction_words", None) or {}).values())
        named = self._named_near(m)
        for fact, r in self.index.derived:
            arms = {getattr(self.index.sheet.facts.get(f), "group", None) for f in fact.facts}
            if not way and not named & arms:
                continue  # "more than half of the women": a share of people, not the ratio
            for value in (100 * r, 100 / r if r else 0.0, *((100 * (1 - r),) if way else ())):
                if fits(m.hedge or "about", said, value) or (
                        m.hedge in (None, "about", "nearly") and steps
                        and abs(value - said) <= 0.15 * said
                        and abs(min(steps, key=lambda s: abs(s - value)) - said) < EPS):
                    self._rounded_ratio(m, fact, said, value / 100)
                    return [fact]
        return []

    def _rounded_ratio(self, m: Mention, fact: Fact, said: float, value: float) -> None:
        """A ratio of two of the sheet's figures rounded to a word with no hedge ("the
        rate was halved", "fue la mitad" for 4.0 % against 7.3 %): the hedge ("nearly",
        "about") a rounded figure needs is missing."""
        if m.hedge is not None or abs(round_half_up(100 * value, 0.1) - said) < 0.05 + EPS:
            return
        self.report("hedge-dropped",
                    f"{m.text}: the fact sheet's figures give a ratio of "
                    f"{self.index.lexicon.pack.format_number(round(value, 2))} "
                    f"({self.fact_words(fact)}); said without a hedge (\"nearly\", "
                    "\"about\"), the rounded word reads as exact.", m, fact, None, "warning")

    def _nearest_fraction(self, said: float, pairs: list[tuple[Fact, set[float]]]
                          ) -> list[Fact]:
        """The facts "about <fraction>" restates: a fraction word is as precise as the
        fractions a language has words for, so "roughly a third higher" says 31 % and
        "about a fifth lower" 22 %, where "about a quarter" says neither (the nearest
        fraction word to a value is the one to use; never more than 15 % off)."""
        steps = set((getattr(self.pack, "fraction_words", None) or {}).values())
        if not any(abs(s - said) < EPS for s in steps):
            return []
        return [f for f, allowed in pairs for v in allowed
                if abs(v - said) <= 0.15 * said
                and abs(min(steps, key=lambda s: abs(s - v)) - said) < EPS][:1]


# "more", "más", "plus", "più", "mais", "mehr", "meer" before another word make a
# comparative whose direction is that word's ("più basso", "mais baixo", "plus faible"):
# no direction of their own ("less often", "moins souvent" are lower)
_QUANTITY = frozenset({"more", "más", "mas", "plus", "più", "piu", "mais", "mehr", "meer"})
_NEXT_WORD = regex.compile(r"[ \u00a0]+\p{L}")
# a figure, a per-cent sign or word, and its noun before "more": "3.3 more infections",
# "40% more heart attacks", "forty per cent more", "un 40 % más de infartos"
_AFTER_FIGURE = regex.compile(
    r"(?:[0-9](?:[ \u00a0]?%)?|(?<![\p{L}])(?:per[ \u00a0]?cent|percent|por[ \u00a0]ciento"
    r"|pour[ \u00a0]cent|per[ \u00a0]cento|por[ \u00a0]cento|Prozent))"
    r"(?:[ \u00a0\n]+\p{L}+)?[ \u00a0\n]+$", regex.IGNORECASE)


# a word for the size of a gap right before a figure ("a difference of", "ein Unterschied
# von", "una diferencia de", "un écart de"): closed-class nouns of the six languages
_GAP_BEFORE = regex.compile(
    r"(?<!\p{L})(?:difference|gap|unterschied|differenz|diferencia|différence|écart"
    r"|differenza|diferença)[,:]?(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]*[:=]?[ \u00a0]+$",
    regex.IGNORECASE)
# a mark between a figure and the question mark that puts the question in another clause
_QUESTION_BREAK = regex.compile(r"[,;:¿]")
# a question that tells, not asks ("did you know that ...?", "¿sabías que ...?",
# "saviez-vous que", "wussten Sie, dass", "lo sapevi che", "sabia que"): closed-class words
_TOLD = regex.compile(
    r"(?<!\p{L})(?:did\s+you\s+know|do\s+you\s+know|sab[ií]as?|sab[ií]an|sabe\s+usted"
    r"|sav(?:i)?ez[- ]vous|tu\s+savais|wusste[nt]?(?:\s+sie|\s+du)?|weißt\s+du|wissen\s+sie"
    r"|sapevi|sapevate|sapete|lo\s+sapevi|você\s+sabia|sabiam)(?!\p{L})", regex.IGNORECASE)
# right after a fraction, the words that make it a change: "half as often", "halb so
# oft", "la mitad de veces", "deux fois moins"
_AS_CHANGE = regex.compile(
    r"[ \u00a0]+(?:de[ \u00a0]+)?(?:as|so|tan|tanto|aussi|autant|wie|come|zo|veces|fois|volte"
    r"|vezes|mal|keer|less|fewer|menos|moins|weniger|meno|minder)(?!\w)", regex.IGNORECASE)


HEADING = 6  # words of a heading before a colon ("Ergebnis nach fünf Jahren:")
LABEL_HEADING = 12  # words of a heading that labels what follows as earlier or context
# right after a per-cent figure, the word that makes it a share of something ("40% of
# cases", "40 % de los casos", "40 % des cas", "40 Prozent der Fälle", "40% dei casi",
# "40% dos casos"): closed-class words of the six languages
_PARTITIVE = regex.compile(r"[ \u00a0\n]+(?:of|de|del|des|du|der|von|dei|degli|delle|di|della"
                           r"|dos|das|do|da)[ \u00a0\n]+"
                           # not a risk: "31 % de risque en plus" is a change
                           r"(?!(?:the|el|la|le|il|lo|o|a|das|l['’])?\s*(?:risk|riesg|risque"
                           r"|risiko|rischi|risco|probab|chanc|odds|possibilit))",
                           regex.IGNORECASE)
FAVOUR_REACH = 30  # characters from a favour word to the arm it names
_CLAUSE_MARK = regex.compile(r"[;:,—–()]")
# words that say which arm a difference favours ("in favour of iodine"): closed-class
# phrases, listed here by language
# (the side a possessive names, "in their favour", "a su favor", "zu ihren Gunsten", is the
# clause's subject: which side gains is said, in words)
_FAVOUR = {"en": (r"in\s+favou?r\s+of", r"favou?ring",
                  r"in\s+(?:their|its|his|her|our)\s+favou?r"),
           "es": (r"a\s+favor\s+de(?:l)?", r"favorable\s+a(?:l)?", r"a\s+su\s+favor"),
           "fr": (r"en\s+faveur\s+(?:de|du|des|d['’])", r"favorable\s+(?:à|au|aux)",
                  r"à\s+l['’]avantage\s+(?:de|du|des|d['’])", r"en\s+(?:leur|sa)\s+faveur",
                  r"à\s+leur\s+avantage"),
           "de": (r"zu(?:\s+G|g)unsten", r"für\s+(?:die|den|das)\s+\p{L}+-Gruppe\s+spricht",
                  r"zu\s+(?:ihren|seinen)\s+Gunsten"),
           "it": (r"a\s+(?:favore|vantaggio)\s+d(?:i|el|ella|ello|ei|egli|elle|ell['’])",
                  r"a\s+(?:loro|suo)\s+(?:favore|vantaggio)"),
           "pt": (r"a\s+favor\s+d(?:e|o|a|os|as)", r"favorável\s+(?:a|ao|à|aos|às)",
                  r"a\s+seu\s+favor"),
           "nl": (r"in\s+het\s+voordeel\s+van", r"ten\s+gunste\s+van")}
_FAVOURS: dict[str, Compiled | None] = {}


def _favour(lang: str) -> Compiled | None:
    code = lang.split("-")[0]
    if code not in _FAVOURS:
        forms = _FAVOUR.get(code)
        _FAVOURS[code] = plain_regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(forms)})",
                                             regex.IGNORECASE) if forms else None
    return _FAVOURS[code]


def _better(fact: Fact, value: float, sheet: Any) -> str | None:
    """The arm a signed difference favours: the one with less of an outcome (or measure)
    where higher is worse, more where higher is better; None when the sheet gives no
    polarity."""
    outcome = sheet.outcomes.get(getattr(fact, "outcome", None) or "")
    polarity = outcome.polarity if outcome is not None else None
    if polarity is None:  # a difference of a measure (hours, cost): the measure's own
        measure = sheet.measures.get(getattr(fact, "measure", None) or "")
        polarity = getattr(measure, "polarity", None)
    if polarity not in ("higher-is-worse", "higher-is-better"):
        return None
    lower_wins = polarity == "higher-is-worse"
    group_lower = value < 0
    return fact.group if group_lower == lower_wins else getattr(fact, "versus", None)
RATIO_REACH = 60  # characters from a direction word to the ratio it says the way of


def _outermost(ways: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``ways`` (in text order) without those inside a longer one ("mais" of "mais
    baixo"), in one sweep: a sentence of thousands of direction words compared each with
    each cost seconds."""
    import itertools

    inside: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the spans that start before, or as far and end later
    for span, _ in itertools.groupby(sorted(ways, key=lambda w: (w[0], -w[1])),
                                     key=lambda w: (w[0], w[1])):
        if reach >= span[1]:
            inside.add(span)
        reach = max(reach, span[1])
    return [w for w in ways if (w[0], w[1]) not in inside]


def _comparative(text: str, start: int, end: int) -> bool:
    """"more women", "más pacientes": a quantity, not a direction; but a figure (and its
    noun) before it makes it one ("3.3 more infections", "3,3 Infektionen mehr pro 100")."""
    return (text[start:end].casefold() in _QUANTITY and _NEXT_WORD.match(text, end) is not None
            and _AFTER_FIGURE.search(text, max(0, start - 40), start) is None)


def _side(hedge: str | None) -> int:
    return -1 if hedge in BELOW else 1 if hedge in ABOVE else 0


def _hedge_distance(mine: str | None, theirs: str | None) -> int:
    """How far apart two hedges are: the same (0), the same side ("nearly", "up to": 1),
    one of them "about" or none (2), opposite sides (3). Of several facts a figure
    matches, it is the one with the nearest hedge ("up to half" of two 50 % facts)."""
    if mine == theirs:
        return 0
    if _side(mine) and _side(mine) == _side(theirs):
        return 1
    return 3 if _side(mine) * _side(theirs) < 0 else 2


def _one_sign_changed(said: tuple[float, float], bounds: tuple[float, float],
                      decimals: int) -> bool:
    """Whether bounds equal to the sheet's in size differ from them in the sign of
    exactly one (paired by size, in either order)."""
    a, b = said
    lo, hi = bounds
    pairs = ((a, lo), (b, hi)) if close(abs(a), abs(lo), decimals) and close(
        abs(b), abs(hi), decimals) else ((a, hi), (b, lo))
    return sum((x < 0) != (y < 0) for x, y in pairs if abs(y) > EPS) == 1


def _same_pair(said: tuple[float, float], bounds: tuple[float, float], decimals: int
               ) -> bool:
    """Whether two bounds are the sheet's, in either order."""
    a, b = said
    lo, hi = bounds
    return ((close(a, lo, decimals) and close(b, hi, decimals))
            or (close(a, hi, decimals) and close(b, lo, decimals)))


def _p_fits(said: float, relation: str, p: float, theirs: str, decimals: int) -> bool:
    """Whether "p {relation} {said}" is true of the sheet's "p {theirs} {p}"."""
    if relation == theirs and close(said, p, decimals):
        return True
    if relation == "<":
        return p < said if theirs in ("=", "<") else False
    if relation == ">":
        return p > said if theirs in ("=", ">") else False
    return False


# between a ratio's name and a percentage said as its value: marks and at most two short
# words ("of", "del", "von", "de la", "was", "di circa"), no figure and no comparative
_RATIO_PERCENT_GAP = r"[\s\u00a0]*[:=(]?[\s\u00a0]*(?:(?:\p{L}{1,5}['’]?[\s\u00a0]*){0,2})$"
_RATIO_PERCENT: dict[str, regex.Pattern[str] | None] = {}


def _ratio_named_before(text: str, start: int, pack: Any) -> str | None:
    """The name of a ratio said right before ``start`` ("hazard ratio of", "cociente de
    riesgos del", "Risikoverhältnis von"), or None. A relative risk is left out: "a
    relative risk 31 % higher" says a change, and so does "relative risk reduction"."""
    lang = getattr(pack, "code", None) or getattr(pack, "lang", "")
    if lang not in _RATIO_PERCENT:
        names = [form for kind, forms in (getattr(pack, "ratio_words", None) or {}).items()
                 if kind != "ratio" for form in forms if "relativ" not in form]
        parts = [f"(?i:{n})" for n in names]  # not "OR", "HR": words in capitals
        _RATIO_PERCENT[lang] = regex.compile(
            rf"(?<!\p{{L}})(?P<name>{'|'.join(parts)})(?!\p{{L}}){_RATIO_PERCENT_GAP}"
        ) if parts else None
    pattern = _RATIO_PERCENT[lang]
    if pattern is None:
        return None
    hit = pattern.search(text, max(0, start - 60), start)
    return hit.group("name") if hit is not None else None
