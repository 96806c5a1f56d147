"""Rule ``negation-changed`` on a caveat: the sheet says its result still has to be
confirmed (a single hospital, a small study), and the text denies it ("so the findings do
not need confirming elsewhere", "non servono altri studi per confermarlo", "Bestätigung in
anderen Kliniken nicht nötig"); or the sheet says the study lacked something (a
limitation whose wording denies one of its terms: "the study did not include a control
group") and the text says it had it ("with a comparison group of untreated patients",
"Es gab eine Vergleichsgruppe", "Con gruppo di controllo"): a clause that names the
term with no negation, word of lacking or hedge near it.

A sheet's limitation that says the result needs confirming carries a word for confirming
in its wording, with no negation. A clause of the text with such a word and a negation
within a few words of it says the opposite, unless a word for "yet" or "only" keeps the
caveat ("has not yet been confirmed", "noch nicht bestätigt", "pas encore confirmé").
"""

from __future__ import annotations

import regex
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _words
from .recall_sheet import text_tokens
from .sheet import term_forms
from .text import PhraseIndex, tokens

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
    """A caveat of the sheet denied: its result said to need no confirming, or its study
    said large enough where the sheet says it was too small (:mod:`.size_denied`)."""
    from .size_denied import size_denied

    return _confirm_denied(text, context) + size_denied(text, context)


def _confirm_denied(text: str, context: CheckContext) -> list[Finding]:
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
    return context.lexicon.remember_sheet(("confirming-caveat",), make)


# words that say something was lacking, beside the pack's negations ("lacked a control
# group", "falta de grupo de control", "l'absence de groupe témoin", "fehlte",
# "mancanza", "ausência"): closed-class words of the six languages, as stems
_LACK = regex.compile(
    r"(?<!\p{L})(?:lack\w*|absen\w*|missing|sin|falt\w*|ausen\w*|manqu\w*|sans|faute|fehl\w*"
    r"|mangel\w*|ohne|manc\w*|assen\w*|senza|sem|aus[eê]nci\w*|only|solo|seulement"
    r"|nur|soltanto|apenas|instead|rather|would|should|need\w*|futur\w*)(?!\p{L})",
    regex.IGNORECASE)
# no-determiners the packs' negations may not hold ("aucun", "ningún", "kein")
_NONE = regex.compile(r"(?<!\p{L})(?:aucune?|nul(?:le)?|ningun[oa]?|ningún|kein\w*|nessun[oa]?"
                      r"|nenhum[a]?|geen)(?!\p{L})", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.;!?\n]")
# a term explained right after it ("**control group** (comparison group) — A group of ..."),
# or standing as a headword (bold, at the start of a line)
_DEFINED = regex.compile(r"\**[ \t\u00a0]*(?:\([^)\n]*\)[ \t\u00a0]*)?(?:[—–:=]|-\s)")
_HEADWORD = regex.compile(r"(?:^|\n)\s*(?:[-*•]\s+)?\*{1,2}\s*$")
_COMPOUNDING = frozenset({"de", "nl"})  # languages that write such a term as one word
NEAR_WORDING = 4  # words between a limitation's negation and the term it denies
COMPOUND = 10  # letters of a one-word form that names the thing alone ("Kontrollgruppe")
REACH = 2000  # characters of a sentence part read either side of a term (run-on texts)
BEFORE = 10  # words before a term a negation of it may stand
AFTER = 6  # words after it ("Eine Vergleichsgruppe ohne Transplantation gab es nicht")


def absent_made_present(text: str, context: CheckContext) -> list[Finding]:
    """A term the sheet's limitation says the study lacked, said as present."""
    negation = _words(context.pack).negation
    if negation is None:
        return []
    lacked = _lacked(context, negation)
    if lacked is None:
        return []
    index, lim = lacked
    from .claims import _vocab

    hedge = _vocab(context.pack).caveat  # the pack's negations and caveats ("may", "if")
    out = []
    for hit in index.find(text, text_tokens(text, context)):
        a = _clause_start(text, hit.start)
        end = _SENTENCE_END.search(text, hit.end, hit.end + REACH)
        b = end.start() if end else min(len(text), hit.end + REACH)
        if end is not None and end.group() == "?":
            continue  # a question says nothing of the study ("Che cosa aggiungerebbe un
            # gruppo di controllo?", "Why would a control group have helped?")
        if _explained(text, a, hit.start, hit.end) or _SEE_ALSO.search(
                text, text.rfind("\n", 0, hit.start) + 1, hit.start):
            continue  # a glossary's headword, a term explained, or one of a list of
            # other entries to read ("See also: ...; control group"): not said of the study
        lo = _words_back(text, a, hit.start, BEFORE)
        joined = [m.end() for m in _COORDINATED.finditer(text, lo, hit.start)]
        if joined:  # "nur rückblickend ausgewertet, und es gab eine Vergleichsgruppe": the
            lo = joined[-1]  # clause before the comma and conjunction says its own
        hi = _words_on(text, hit.end, b, AFTER)
        if any(_denies(text, x, y, negation, hedge) for x, y in _outside_asides(
                text, lo, hit.start)) or any(
                m.group().lower() not in _WITHOUT
                for p in (negation, _LACK, _NONE) for m in p.finditer(text, hit.end, hi)):
            continue  # after the term, "without" says what its group lacked, not it
        out.append(Finding(
            "negation-changed", "error",
            f"\"{text[hit.start:hit.end]}\" is said as part of the study, but the fact "
            f"sheet's limitation {lim} says the study had none.",
            lim, None, text[hit.start:hit.end], (hit.start, hit.end)))
    return out


# a line that lists other entries to read (closed-class words of the six languages)
_SEE_ALSO = regex.compile(r"(?<!\p{L})(?:see\s+also|v[eé]ase\s+tambi[eé]n|voir\s+aussi"
                          r"|siehe\s+auch|vedi\s+anche|ver\s+tamb[eé]m)(?!\p{L})",
                          regex.IGNORECASE)
# a comma and a conjunction that open a clause of their own ("…, und es gab …", "…, and
# there was …", "…, e c'era …"): closed-class words of the six languages
_COORDINATED = regex.compile(r"(?i),[ \t\u00a0]*(?:and|but|und|aber|doch|et|mais|y|pero|e|ma"
                             r"|mas|porém)(?!\p{L})")
_WITHOUT = frozenset({"without", "sin", "sans", "ohne", "senza", "sem", "zonder"})


def _denies(text: str, lo: int, hi: int, negation: regex.Pattern[str],
            hedge: regex.Pattern[str] | None) -> bool:
    """A negation, a word of lacking or a hedge in the words before a term."""
    return any(p is not None and p.search(text, lo, hi) is not None
               for p in (negation, _LACK, _NONE, hedge))


def _outside_asides(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The stretches of ``[lo, hi)`` outside the asides in brackets closed in it: "But
    (writing this for future me) there was a control group" — the aside's words are the
    writer's, not said of the term."""
    out: list[tuple[int, int]] = []
    at = lo
    if ")" not in text[lo:hi]:
        return [(lo, hi)]
    # an aside may open before the window that closes in it
    for m in _ASIDE.finditer(text, max(text.rfind("\n", 0, lo) + 1, lo - 200), hi):
        if m.end() <= lo:
            continue
        if m.start() > at:
            out.append((at, m.start()))
        at = max(at, m.end())
    out.append((at, hi))
    return out


_ASIDE = regex.compile(r"\([^()\n]*\)")
# the words a term defined after a colon or dash may follow in its line's or clause's
# head: an article, a bullet's word ("The control group: …", "**Gruppo di controllo** —")
HEAD_WORDS = 2


def _explained(text: str, a: int, start: int, end: int) -> bool:
    """Whether a term stands as a glossary's headword (bold at a line's start) or is
    explained right after it, itself or as the headword's other name in brackets. A term
    is explained by what follows its colon or dash only at the head of its clause: "e c'è
    un gruppo di confronto: non sappiamo …" says the term and goes on."""
    if _HEADWORD.search(text, a, start):
        return True
    head = max(a, text.rfind("\n", 0, start) + 1)
    if _DEFINED.match(text, end) and len(regex.findall(r"\p{L}+", text[head:start])) <= HEAD_WORDS:
        return True
    before = text[a:start].rstrip()
    close = text.find(")", end)
    return before.endswith("(") and close != -1 and "\n" not in text[end:close] and (
        _DEFINED.match(text, close + 1) is not None)


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence part holding ``pos`` starts (after a full stop, colon, line)."""
    lo = max(0, pos - REACH)  # a run-on text: no sentence part is read past this
    return max(lo - 1, *(text.rfind(mark, lo, pos) for mark in ".;:!?\n")) + 1


def _words_back(text: str, a: int, pos: int, n: int) -> int:
    a = max(a, pos - 30 * n)  # no word is that long: the words before, not the sentence
    found = list(regex.finditer(r"\p{L}+", text[a:pos]))
    return a + found[-n].start() if len(found) >= n else a


_AFTER_END = regex.compile(r"[,;:(—–]")  # a new clause: its negation is its own


def _words_on(text: str, pos: int, b: int, n: int) -> int:
    """Where the ``n`` words after ``pos`` end, within the term's clause ("there was a
    control group, so the results cannot be put down to ..." denies the next clause)."""
    b = min(b, pos + 30 * n)  # the words after, not the rest of the sentence
    mark = _AFTER_END.search(text, pos, b)
    b = mark.start() if mark else b
    found = list(regex.finditer(r"\p{L}+", text[pos:b]))
    return pos + found[n - 1].end() if len(found) >= n else b


def _lacked(context: CheckContext, negation: regex.Pattern[str]
            ) -> tuple[PhraseIndex[str], str] | None:
    """The terms of a limitation the sheet words as lacking ("did not include a control
    group", "Eine Kontrollgruppe gab es nicht"): an index of their forms, and its id."""
    def make() -> tuple[PhraseIndex[str], str] | None:
        lang = context.lexicon.lang
        for lim in context.factsheet.limitations.values():
            forms = [f for tid in getattr(lim, "terms", ()) or ()
                     if (tf := term_forms(context.lexicon, tid))
                     for f in tf.accepted if len(tokens(f)) >= 2 or (
                         lang in _COMPOUNDING and len(f) >= COMPOUND)]
            if not forms:
                continue
            index = PhraseIndex((f, lim.id) for f in forms)
            wordings = [form for label in (lim.text, lim.short)
                        for form in (label.all_forms(lang) if label else ())]
            denied = [w for w in wordings for hit in index.find(w, tokens(w))
                      if _denies(w, _words_back(w, 0, hit.start, NEAR_WORDING), hit.start,
                                 negation, None)
                      or negation.search(w, hit.end, _words_on(w, hit.end, len(w), NEAR_WORDING))]
            if denied and len(denied) * 2 >= len(wordings):
                return index, lim.id
        return None
    return _LACKED.get((context.factsheet, context.pack), None, make)


_LACKED: Memo[tuple[PhraseIndex[str], str] | None] = Memo(64)
