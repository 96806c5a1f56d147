"""A result said as a cure ("Stem cell transplants cure MS", "some people were cured", "la
greffe guérit la maladie") or as proven ("the study proves that transplants stop MS"). No
study in a press release cures anyone unless its sheet says so, and no single study
proves; these are the overstatements patients act on.

Only the verbs and nouns of curing are read (not of treating: the Italian "curare" and
the Spanish "curas" of a wound dressing mean care), in a sentence that names the study's
condition or intervention (a wound that heals is no cure claim), that neither denies nor
hopes for a cure ("there is no cure for MS", "the search for a cure") and asks no
question. A sheet that itself speaks of curing (a hepatitis C trial's cure rate) is left
to its figures.
"""

from __future__ import annotations

import functools
import json

import regex
from plainsum.analysis import analysis_of
from plainsum.factsheet.model import FactSheet
from plainsum.lexicon import Lexicon
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .analysis import REPORTED
from .claims import PROOF_BEFORE
from .claims import _vocab as claim_words
from .sheet import term_forms

# a study said to prove its result: no single study proves; it shows, suggests, finds
_PROVING = {
    "en": r"prove[sn]?|proved|proof\s+that",
    "es": r"prueba(?:n)?\s+que|demuestra(?:n)?\s+sin\s+duda",
    "fr": r"prouve(?:nt)?|prouvé(?:e|s|es)?",
    "it": r"prova(?:no)?\s+che|dimostra(?:no)?\s+senza\s+dubbio",
    "pt": r"prova(?:m)?\s+que|comprova(?:m)?",
    "de": r"beweis(?:t|en)|bewiesen|beweis\s+dafür",
}
_CURING = {
    "en": r"cure[sd]?|curing|cure-all",
    "es": r"cura(?:n|r|rá|ron|do|dos|da|das)?|curó|curación",
    "fr": r"guéri(?:t|ssent|r|ra|ront|e|es|s|son)?",
    "it": r"guarisc(?:e|ono)|guari(?:re|to|ti|ta|te|rà|ranno)|guarigione",
    "pt": r"cura(?:m|r|rá|ram|do|dos|da|das)?|curou",
    "de": r"heil(?:t|en|te|ten)|geheilt|heilung",
}
# what every word above holds, folded: a text without one is not searched
_STEMS = {"en": ("cur", "prov", "proof"), "es": ("cur", "prueb", "demuestr"),
          "fr": ("guéri", "prouv"), "it": ("guari", "prova", "dimostr"),
          "pt": ("cur", "prova", "comprov"), "de": ("heil", "beweis", "bewies")}
# words of a cure not (yet) found: hoped for, searched for, still missing
_NOT_YET = {
    "en": r"hope[sd]?|hoping|search(?:es|ing)?|seek(?:s|ing)?|quest|towards?|yet|one\s+day|"
          r"future|still|whether|if",
    "es": r"esperanza|esperan?|busca[rn]?|búsqueda|todavía|aún|futuro|si",
    "fr": r"espoir|esp[éè]r\w*|recherch\w*|encore|un\s+jour|avenir|si",
    "it": r"speranza|sper\w+|ricerca|cerca\w*|ancora|futuro|un\s+giorno|se",
    "pt": r"esperança|esper\w+|busca\w*|procura\w*|ainda|futuro|um\s+dia|se",
    "de": r"hoffnung|hoff\w+|such\w+|noch|eines\s+tages|zukunft|ob",
}
# a proof set against what the study does show: "a link rather than proof that", "un lien
# plutôt qu'une preuve", "eher einen Zusammenhang als einen Beweis dafür": denied, not said
_RATHER_THAN = {
    "en": r"rather\s+than|instead\s+of|than|not|nor|no",
    "es": r"en\s+lugar\s+de|en\s+vez\s+de|antes\s+que|no|ni",
    "fr": r"plutôt\s+qu(?:e|')|au\s+lieu\s+d(?:e|')|qu(?:e|')|non|pas|ni",
    "it": r"piuttosto\s+che|anziché|invece\s+(?:che|di)|non|né",
    "pt": r"em\s+vez\s+de|ao\s+invés\s+de|não|nem",
    "de": r"statt|anstatt|als|kein(?:e|en|em|er)?|nicht",
}
# "more than proof" says more, not less: a comparison after "more" is no contrast
_MORE = r"(?<!(?:more|plus|mehr)\s+)"
# the article or pronoun between the contrast and the proof
_FILLER = (r"(?:(?:an?|any|una?|une?|uma?|de|di|del|della|ein(?:e|en|es|em)?|il\s+ne|ne|"
           r"lo|la|le|el|o)\s+|(?<=')|d')?")


@functools.cache
def _patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    words = _CURING.get(lang)
    if words is None:
        return None
    flags = regex.IGNORECASE | regex.VERSION1
    words = f"{words}|{_PROVING[lang]}"
    return (regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:{words})(?![\p{{L}}\p{{N}}])", flags),
            regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_NOT_YET[lang]})(?![\p{{L}}\p{{N}}])", flags))


@functools.cache
def _rather_than(lang: str) -> regex.Pattern[str]:
    """The contrast that ends the words before a proof: what the study shows rather than."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}']){_MORE}(?:{_RATHER_THAN[lang]})[\s,]*{_FILLER}$",
                         regex.IGNORECASE | regex.VERSION1)


@functools.cache
def _proof(lang: str) -> regex.Pattern[str]:
    return regex.compile(_PROVING[lang], regex.IGNORECASE)


def _sheet_says(sheet: FactSheet, curing: regex.Pattern[str], lang: str,
               negation: regex.Pattern[str] | None) -> tuple[bool, bool]:
    """Whether the sheet itself speaks of curing, and of proof, in any of its wordings.
    Each kind frees only its own words (a sheet's 'proves' licenses no cure), and a word
    the sheet denies ('rien ne prouve l'effet', 'is not a cure') is no word of it."""
    raw = json.dumps(sheet.raw, ensure_ascii=False)
    cures = proves = False
    for hit in curing.finditer(raw):
        start = max(raw.rfind('"', 0, hit.start()) + 1, hit.start() - PROOF_BEFORE)
        if negation is not None and negation.search(raw, start, hit.start()):
            continue
        if _proof(lang).fullmatch(hit.group()):
            proves = True
        else:
            cures = True
    return cures, proves


def _sheet_cures(sheet: FactSheet, curing: regex.Pattern[str], lang: str = "en",
                 negation: regex.Pattern[str] | None = None) -> bool:
    """Whether the sheet itself speaks of curing, in any of its wordings."""
    return _sheet_says(sheet, curing, lang, negation)[0]


def _names(sheet: FactSheet, lexicon: Lexicon) -> tuple[str, ...]:
    """The folded names of the study's condition and intervention in the language: a cure
    claim names what cures or what is cured."""
    out: list[str] = []
    for term_id in (sheet.condition, sheet.intervention):
        forms = term_forms(lexicon, term_id) if term_id else None
        if forms is not None:
            out += [f.casefold() for f in forms.accepted if len(f) >= 2]
    return tuple(dict.fromkeys(out))


class OverstatementValidator:
    """Reports a cure claimed where the sheet reports none (rule ``overstated``)."""

    name = "overstated"
    reads = ()  # the text, the sheet and the language only: once per distinct text

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        lang = context.lexicon.lang.split("-")[0]
        patterns = _patterns(lang)
        if patterns is None:
            return []
        curing, not_yet = patterns
        folded = text.casefold()  # the stems first: a pattern search costs 60 us a text
        if not any(stem in folded for stem in _STEMS[lang]) or curing.search(text) is None:
            return []
        sheet = context.factsheet
        negation = claim_words(context.pack).negation
        cures, proves = context.lexicon.remember(
            ("overstated", "sheet"), lambda: _sheet_says(sheet, curing, lang, negation))
        if cures and proves:
            return []
        names = context.lexicon.remember(("overstated", "names"),
                                         lambda: _names(sheet, context.lexicon))
        out = []
        analysis = analysis_of(text, context)
        weighed = analysis[REPORTED]  # a claim a fact check quotes to weigh it
        for a, b in analysis.sentences:
            sentence = text[a:b]
            if sentence.rstrip().endswith("?"):
                continue
            folded = sentence.casefold()
            if not any(name in folded for name in names):
                continue  # "the wound healed", "la herida se curó": not the study's claim
            for hit in curing.finditer(sentence):
                before = sentence[:hit.start()]
                # "there is no cure", "does not prove", "beweist nicht", "the search for a cure"
                after = sentence[hit.end():hit.end() + 12]
                if not_yet.search(sentence) or (negation is not None and (
                        negation.search(before) or negation.match(after.lstrip()))):
                    continue
                span = (a + hit.start(), a + hit.end())
                if any(x <= span[0] < y for x, y in weighed):
                    continue
                proof = _proof(lang).fullmatch(hit.group()) is not None
                if proves if proof else cures:
                    continue  # the sheet itself says so
                if proof and _rather_than(lang).search(before[-40:]):
                    continue  # "a link rather than proof that": the proof is denied
                out.append(Finding(
                    "overstated", "error",
                    f"{hit.group()!r} says the study proves its result; one study shows or "
                    f"suggests. Say what was found." if proof else
                    f"{hit.group()!r} says the result is a cure; the fact sheet reports no "
                    f"cure. Say what was found.",
                    None, None, hit.group(), span))
                break
        return out
