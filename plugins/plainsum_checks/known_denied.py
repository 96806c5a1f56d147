"""Rule ``negation-changed`` on a limitation of what someone knew: the sheet says the
assessors knew who was treated (a limitation: they may have been biased), and the text says
they did not ("the assessors didn't know who was transplanted", "los médicos ... no
sabían", "non sapevano").

The sheet's limitation holds a verb of knowing without a negation; a sentence of the text
with the same form of that verb, a negation just before it (or right after it: "wussten
nicht"), and another word of the
limitation's wording turns the limitation round. Only the limitation's own form is read:
"we do not know whether the transplant caused this" (another tense, another limitation)
is left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _words
from .recall_sheet import text_tokens
from .text import tokens

# past forms of the verbs of knowing, by language: closed-class stems
_KNEW = regex.compile(
    r"knew|aware|sab[ií]a\w*|conoc[ií]a\w*|savai\w*|savait|connaiss\w*|wusst\w*|kannt\w*"
    r"|sapev\w*|conoscev\w*|sabia\w*|conhecia\w*", regex.IGNORECASE)
# English denies a past with "did not" and the verb's base form ("didn't know")
_BASE = {"knew": "know"}
_DID_NOT = regex.compile(r"(?<!\p{L})(?:did\s+not|didn['’]t|never)(?!\p{L})", regex.IGNORECASE)
_ANY = regex.compile(rf"{_KNEW.pattern}|know", regex.IGNORECASE)  # a text's first sieve
_NORM = itemgetter(0)  # a token's folded word
BEFORE = 3  # words between a negation and the verb it denies
# what stands between a negation and the verb when the negation is another predicate's
# ("Assessors not blinded (knew ...)", "non in cieco: sapevano", "nicht verblindet und
# wussten"): a clause mark, or a word that joins two predicates (closed-class words)
_APART = regex.compile(r"[(\[:;,—–=→]|(?<!\p{L})(?:and|but|so|y|e|pero|et|mais|donc|und|aber"
                       r"|also|ma|quindi|mas)(?!\p{L})", regex.IGNORECASE)
STEM = 5  # letters another word of the limitation is known by


def known_denied(text: str, context: CheckContext) -> list[Finding]:
    lang = context.lexicon.lang
    negation = _words(context.pack).negation
    if negation is None:
        return []

    def limits() -> list[tuple[str, frozenset[str], frozenset[str]]]:
        out = []
        for lim in context.factsheet.limitations.values():
            forms = [f for label in (lim.text, lim.short) if label
                     for f in label.all_forms(lang)]
            verbs = {t.norm for f in forms for t in tokens(f) if _KNEW.fullmatch(t.norm)
                     and not negation.search(f, max(0, t.start - 20), t.start)}
            verbs |= {_BASE[v] for v in verbs if v in _BASE}
            if verbs:
                words = {t.norm[:STEM] for f in forms for t in tokens(f)
                         if len(t.norm) > STEM and t.norm not in verbs}
                out.append((lim.id, frozenset(verbs), frozenset(words)))
        return out

    known = context.lexicon.remember_sheet(("known-limitations",), limits)
    if not known:
        return []  # most sheets: no limitation of what someone knew
    verbs = context.lexicon.remember_sheet(("known-verbs",),
                                     lambda: frozenset().union(*(v for _, v, _ in known)))
    toks = text_tokens(text, context)  # read by every rule: no cost of its own here
    if verbs.isdisjoint(map(_NORM, toks)) or _ANY.search(text) is None:
        return []  # most texts: none of the limitation's verbs of knowing
    hits = [i for i, t in enumerate(toks) if t.norm in verbs]
    starts = [t.start for t in toks]
    out = []
    for a, b in analysis_of(text, context).sentences:
        for i in hits[bisect_left(hits, bisect_left(starts, a)):]:
            verb = toks[i]
            if verb.start >= b:
                break
            lo = toks[max(bisect_left(starts, a), i - BEFORE)].start
            base = verb.norm in _BASE.values()
            denied = (_DID_NOT if base else negation).search(text, lo, verb.start)
            if denied is None and not base and i + 1 < len(toks) and toks[i + 1].start < b:
                # the negation after the verb ("wussten nicht", "wussten nichts")
                after = toks[i + 1]
                denied = negation.fullmatch(text, after.start, after.end)
            if denied is None or (denied.end() <= verb.start and _APART.search(
                    text, denied.end(), verb.start) is not None):
                continue
            here = {t.norm[:STEM] for t in toks[bisect_left(starts, a):bisect_left(starts, b)]
                    if len(t.norm) > STEM}
            lim = next((lid for lid, v, w in known if verb.norm in v and here - {verb.norm[:STEM]}
                        & w), None)
            if lim is None:
                continue
            span = (min(denied.start(), verb.start), max(denied.end(), verb.end))
            out.append(Finding(
                "negation-changed", "error",
                f"\"{text[span[0]:span[1]]}\" denies what the fact sheet's limitation {lim} "
                "says they knew.", lim, None, text[span[0]:span[1]], span))
            break
    return out


# said blinded ("Assessors blinded", "Los pacientes estaban cegados", "en aveugle",
# "verblindet", "in cieco", "às cegas"): that they did not know. Closed-class forms of the
# six languages; a prefix or hyphen before one ("unblinded", "non-blinded") is its own word
_BLIND = regex.compile(
    r"(?<![\p{L}-])(?:blind(?:ed|ly)?|masked|cegad[oa]s?|ciegas|ciegos?|enmascarad[oa]s?"
    r"|aveugles?|insu|verblindet\w*|blind|cieco|cieca|ciechi|cegos?|cegas|ocultad[oa]s?)"
    r"(?![\p{L}-])", regex.IGNORECASE)
# a part each word for blinded holds, lower-cased (a substring test before the pattern)
_BLIND_WORDS = ("blind", "mask", "ceg", "cieg", "aveugl", "insu", "ciec", "ciech",
                "enmascar", "ocult")
# what bounds the clause of a word for blinded: a negation or word of lacking anywhere in
# it denies the blinding ("it was not possible to keep the patients blinded")
_CLAUSE_MARK = regex.compile(r"[,;:()\u2013\u2014→⇒]")


def blinded_said(text: str, context: CheckContext) -> list[Finding]:
    """A sentence that says those the sheet's limitation says knew were blinded, with no
    negation or word of lacking near the word ("Assessors blinded (knew ...)" where the
    sheet says the assessors knew)."""
    from .denied_caveats import _HEADWORD, _LACK
    from .polarity import _lack

    lack = _lack(context.lexicon.lang)

    lang = context.lexicon.lang
    negation = _words(context.pack).negation
    if negation is None:
        return []
    known = context.lexicon.remember_sheet(("known-limitations-blind",), lambda: _known_words(
        context, lang, negation))
    if not known:
        return []  # most sheets: no limitation of what someone knew
    low = text.lower()
    if not any(w in low for w in _BLIND_WORDS) or _BLIND.search(text) is None:
        return []  # most texts: no word for blinded
    toks = text_tokens(text, context)
    starts = [t.start for t in toks]
    out = []
    for a, b in analysis_of(text, context).sentences:
        for hit in _BLIND.finditer(text, a, b):
            lo = max((m.end() for m in _CLAUSE_MARK.finditer(text, a, hit.start())), default=a)
            hi = next((m.start() for m in _CLAUSE_MARK.finditer(text, hit.end(), b)), b)
            if any(p is not None and p.search(text, lo, hi) for p in (negation, _LACK, lack)):
                continue  # "not blinded", "without blinding", "verblindet waren sie nicht",
                # "non è stato possibile mantenere i pazienti in cieco"
            if text[a:b].rstrip().endswith("?") or text.startswith("*", hit.end()) or (
                    _HEADWORD.search(text, max(a, hit.start() - 200), hit.start())):
                continue  # a question, or a glossary's headword ("**mise en aveugle** —")
            here = {t.norm[:STEM] for t in toks[bisect_left(starts, a):bisect_left(starts, b)]
                    if len(t.norm) > STEM}
            lim = next((lid for lid, words in known if here & words), None)
            if lim is None:
                continue
            out.append(Finding(
                "negation-changed", "error",
                f"\"{hit.group()}\" says they did not know, but the fact sheet's limitation "
                f"{lim} says they knew.", lim, None, hit.group(), hit.span()))
            break
    return out


def _known_words(context: CheckContext, lang: str, negation: regex.Pattern[str]
                 ) -> list[tuple[str, frozenset[str]]]:
    """The limitations of what someone knew (a verb of knowing not negated), with the
    stems of their other words."""
    out = []
    for lim in context.factsheet.limitations.values():
        forms = [f for label in (lim.text, lim.short) if label for f in label.all_forms(lang)]
        verbs = {t.norm for f in forms for t in tokens(f) if _KNEW.fullmatch(t.norm)
                 and not negation.search(f, max(0, t.start - 20), t.start)}
        if verbs:
            out.append((lim.id, frozenset(t.norm[:STEM] for f in forms for t in tokens(f)
                                          if len(t.norm) > STEM and t.norm not in verbs)))
    return out


