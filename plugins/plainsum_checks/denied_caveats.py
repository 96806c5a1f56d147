"""Rule ``negation-changed`` on a caveat: the sheet says its result still has to be
confirmed (a single hospital, a small study), and the text denies it ("so the findings do
not need confirming elsewhere", "non servono altri studi per confermarlo", "Bestätigung in
anderen Kliniken nicht nötig").

A sheet's limitation that says the result needs confirming carries a word for confirming
in its wording, with no negation. A clause of the text with such a word and a negation
within a few words of it says the opposite, unless a word for "yet" or "only" keeps the
caveat ("has not yet been confirmed", "noch nicht bestätigt", "pas encore confirmé").
"""

from __future__ import annotations

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _words

# stems of the words for confirming a result elsewhere, by language (folded to lower case)
_CONFIRM: dict[str, str] = {
    "en": r"confirm\w*|verif\w*|replicat\w*|check\w*",
    "es": r"confirm\w*|comprob\w*|verific\w*|replic\w*",
    "fr": r"confirm\w*|vérifi\w*|verifi\w*|répliqu\w*",
    "de": r"\w*bestätig\w*|\w*prüf\w*|verifiz\w*|repliz\w*",
    "it": r"conferm\w*|verific\w*|replic\w*",
    "pt": r"confirm\w*|verific\w*|comprov\w*|replic\w*",
}
# words that keep a negated caveat a caveat ("not yet", "noch nicht", "todavía no", "pas
# encore", "non ancora", "ainda não"): closed-class words of the six languages
_KEEPS = regex.compile(r"(?<!\p{L})(?:yet|still|noch|todavía|todavia|aún|aun|encore|ancora"
                       r"|ainda)(?!\p{L})", regex.IGNORECASE)
_CLAUSE = regex.compile(r"[^.;:!?\n,]+")
NEAR = 6  # words between the negation and the word for confirming


def denied_caveats(text: str, context: CheckContext) -> list[Finding]:
    lang = context.lexicon.lang
    negation = _words(context.pack).negation
    confirm = _pattern(lang)
    if negation is None or confirm is None:
        return []
    caveat = _confirming_caveat(context, negation, confirm)
    if caveat is None:
        return []
    out = []
    for clause in _CLAUSE.finditer(text):
        a, b = clause.span()
        word = confirm.search(text, a, b)
        if word is None:
            continue
        hit = next((n for n in negation.finditer(text, a, b)
                    if _words_between(text, n, word) <= NEAR), None)
        if hit is None or _KEEPS.search(text, a, b):
            continue
        span = (min(hit.start(), word.start()), max(hit.end(), word.end()))
        out.append(Finding(
            "negation-changed", "error",
            f"\"{text[span[0]:span[1]]}\" says the result needs no confirming, but the "
            f"fact sheet's caveat {caveat} says it still does.",
            caveat, None, text[span[0]:span[1]], span))
    return out


def _words_between(text: str, one: regex.Match[str], other: regex.Match[str]) -> int:
    lo, hi = (one.end(), other.start()) if one.end() <= other.start() else (
        other.end(), one.start())
    return len(regex.findall(r"\p{L}+", text[lo:hi])) if lo < hi else 0


_PATTERNS: dict[str, regex.Pattern[str] | None] = {}


def _pattern(lang: str) -> regex.Pattern[str] | None:
    if lang not in _PATTERNS:
        stems = _CONFIRM.get(lang)
        _PATTERNS[lang] = regex.compile(rf"(?<!\p{{L}})(?:{stems})", regex.IGNORECASE) if (
            stems) else None
    return _PATTERNS[lang]


def _confirming_caveat(context: CheckContext, negation: regex.Pattern[str],
                       confirm: regex.Pattern[str]) -> str | None:
    """The sheet's limitation that says its result still needs confirming (a wording
    with a word for confirming and no negation), worked out once per run."""
    def make() -> str | None:
        for lim in context.factsheet.limitations.values():
            for label in (lim.text, lim.meaning, lim.short):
                for form in (label.all_forms(context.lexicon.lang) if label else ()):
                    if confirm.search(form) and not negation.search(form):
                        return lim.id
        return None
    return context.lexicon.remember(("confirming-caveat",), make)
