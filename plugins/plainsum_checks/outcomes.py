"""Rule ``wrong-referent`` (outcomes): a result figure said of an outcome the sheet never
counts. "4.0% of women ... died, compared with 7.3%" where the sheet's outcome is a
wound infection; "died of bowel cancer 31% more often" where people got it; "71 out of
100 did not die" for "did not get worse".

Death is the outcome writers swap in (it is the hardest endpoint, and the one a reader
fears most). A figure's own clause that says someone died, where the sheet uses no word
for death at all, gives the figure the wrong outcome. The words for death are the
language's own, listed here per language; a sheet about deaths (any of its words one of
them) is left alone.
"""

from __future__ import annotations

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import NUMBERS
from .recall_sheet import SheetWords
from .text import fold

# the words for dying and death, per language (whole words, case folded)
DEATH = {
    "en": r"die|dies|died|dying|death|deaths|dead",
    "es": r"muere|mueren|muri[oó]|murieron|morir|muerte|muertes|fallec\w+|muerto[s]?|muerta[s]?",
    "fr": r"mort|morts|morte|mortes|meurt|meurent|mourir|moururent|d[ée]c[eè]s|d[ée]c[ée]d\w+",
    "de": r"stirbt|sterben|starb|starben|gestorben|tod|todes|todesf[äa]ll\w*|verstorb\w+",
    "it": r"muore|muoiono|morire|mor[ìi]|morirono|morte|morti|morto|morta|decess\w+|decedut\w+",
    "pt": r"morre|morrem|morreu|morreram|morrer|morte|mortes|[óo]bito[s]?|falec\w+",
}
_PATTERNS = {lang: regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{words})(?![\p{{L}}\p{{N}}])",
                                 regex.IGNORECASE) for lang, words in DEATH.items()}
# a figure's clause ends at a sentence's or clause's mark; a comma does not end it
# ("4.0% of women ... died, compared with 7.3%")
_STOP = regex.compile(r"[.;:!?\n]")
FIGURES = frozenset({"percent", "frequency", "fold"})
REACH = 70  # characters either side of a figure its outcome is sought in


# a claim a fact check quotes to judge it ("L'affirmation : « Un scanner réduit de 40 % le
# risque de mourir »", "CLAIM: \"...\"", "Behauptung: „...“"): the quoted words are the
# claim's, not the text's. A word for a claim, a colon, and the quotation after it
# (closed-class words of the six languages)
_CLAIMED = regex.compile(
    r"(?<!\p{L})(?:claim|the\s+claim|statement|rumou?r|afirmaci[oó]n|la\s+afirmaci[oó]n"
    r"|bulo|affirmation|l['’]affirmation|rumeur|behauptung|die\s+behauptung|aussage"
    r"|affermazione|l['’]affermazione|alega[cç][aã]o|a\s+alega[cç][aã]o|afirma[cç][aã]o"
    r"|a\s+afirma[cç][aã]o)[ \t\u00a0]*:[ \t\u00a0]*(?:«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”"
    r"|„[^“”\n]*[“”]|»[^«\n]*«)", regex.IGNORECASE)


def _claims_judged(text: str) -> list[tuple[int, int]]:
    """Where the claims a fact check quotes to judge stand."""
    return [m.span() for m in _CLAIMED.finditer(text)] if ":" in text else []


def replaced_outcomes(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    pattern = _PATTERNS.get(words.lang)
    if pattern is None:
        return []
    about_death = words.cache.get("outcomes-death")
    if about_death is None:
        about_death = words.cache["outcomes-death"] = any(
            pattern.fullmatch(w) for w in words.known)
    if about_death:
        return []
    mentions = [m for m in analysis_of(text, context)[NUMBERS] if m.kind in FIGURES]
    if not mentions or pattern.search(text) is None:
        return []
    out: list[Finding] = []
    seen: set[int] = set()
    judged = _claims_judged(text)
    for i, m in enumerate(mentions):
        if any(a <= m.start < b for a, b in judged):
            continue  # the claim a fact check quotes, not what the text says
        lo = max(0, m.start - REACH, mentions[i - 1].end if i else 0)
        hi = min(len(text), m.end + REACH,
                 mentions[i + 1].start if i + 1 < len(mentions) else len(text))
        before = text[lo:m.start]
        stops = list(_STOP.finditer(before))
        if stops:
            lo += stops[-1].end()
        after = _STOP.search(text, m.end, hi)
        if after is not None:
            hi = after.start()
        for hit in pattern.finditer(text, lo, hi):
            if hit.start() in seen or fold(hit.group()) in words.known:
                continue
            seen.add(hit.start())
            out.append(Finding(
                "wrong-referent", "error",
                f"{m.text} is said of dying ({hit.group()!r}), but the fact sheet counts no "
                "deaths: the figure is of another outcome.",
                None, None, hit.group(), (hit.start(), hit.end())))
    return out
