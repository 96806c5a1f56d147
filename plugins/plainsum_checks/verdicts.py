"""Verdicts the study does not give (rule ``overstated``): a result called a
breakthrough or a miracle, a benefit guaranteed, a disease eliminated, reversed or
stopped for good, a finding said of everyone in a group ("all people with MS", "toutes
les personnes atteintes de SEP", "allen Menschen mit MS") where the sheet reports it
of some.

These are the words press copy, machine rewrites and careless editors add to a careful
summary; a reader takes each as the study's finding. Verbs of certainty count only in
a sentence that names the study's condition or intervention ("the cleanser eliminates
germs" of a dressing is no verdict on a disease); a verdict noun anywhere. A universal
quantifier counts before a group of the sheet, in the words of its label ("all people
with MS", "everyone with MS"), or as the whole of whom a benefit is for ("for
everyone", "pour tous"). Each kind is left to a sheet that says it itself, and none is
read where it is denied or hedged ("no miracle cure", "whether it works for everyone").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .overstated import _names as study_names
from .sheet import term_forms
from .unstated import (
    compiled,
    holds,
    near,
    phrase_at,
    phrases,
    remembered_sheet_text,
    said_at,
    sentence_at,
    sheet_claims,
    sheet_holds,
    stems,
)

_VERDICT = {
    "en": r"breakthrough|miracle|game[\s-]changer|revolutionary|revolutioni[sz]\w*",
    "es": r"milagro(?:so|sa)?s?|revolucionari[oa]s?|revolución|avance\s+histórico|"
          r"gran\s+avance",
    "fr": r"percée|miracle|miraculeu(?:x|se)|révolutionnaire|révolution|"
          r"avancée\s+(?:majeure|historique)",
    "de": r"Durchbruch|Wunder(?:mittel|heilung)?|revolutionär\w*|bahnbrechend\w*",
    "it": r"svolta|miracol(?:o|osa|oso|i)|rivoluzionari[oa]|rivoluzione|"
          r"passo\s+avanti\s+storico",
    "pt": r"milagre|milagros[oa]|revolucionári[oa]|revolução|avanço\s+histórico|"
          r"grande\s+avanço",
}
# a benefit guaranteed: not "guarantees that patients get the right treatment", said of
# care, as a sheet's quote may be
_GUARANTEE = {
    "en": r"guarantee[sd]?(?!\s+that)",
    "es": r"garantiza(?:n|r|do)?(?!\s+que)",
    "fr": r"garanti(?:t|ssent|r|e)?(?!\s+que)",
    "de": r"garantier(?:t|en)(?!\s*,?\s+dass)",
    "it": r"garantisc(?:e|ono)(?!\s+che)|garantire(?!\s+che)",
    "pt": r"garante(?:m)?(?!\s+que)|garantir(?!\s+que)",
}
# a result said to be certain, by an adverb or an adjective of certainty ("certainly",
# "con toda seguridad", "à coup sûr", "sicuramente", "garantidamente", "zweifellos"): a
# hedge of the study turned round (rule hedge-reversed). Not "seguramente" (probably) nor
# "sicher" (also safe), nor "with certainty" (said denied: "cannot be said with certainty")
_CERTAIN = {
    "en": r"certainly|definitely|surely|undoubtedly|unquestionably|without\s+(?:a|any)\s+doubt"
          r"|guaranteed",
    "es": r"con\s+toda\s+(?:seguridad|certeza)|sin\s+(?:ninguna\s+)?duda|indudablemente"
          r"|garantizad[oa]s?|a\s+ciencia\s+cierta",
    "fr": r"sans\s+aucun\s+doute|assurément|à\s+coup\s+sûr|indéniablement|garantie?s?",
    "de": r"zweifellos|ohne\s+(?:jeden\s+)?zweifel|mit\s+sicherheit|garantiert|gewiss"
          r"|auf\s+jeden\s+fall",
    "it": r"sicuramente|certamente|senza\s+(?:alcun\s+)?dubbio|di\s+sicuro|indubbiamente"
          r"|garantit[oaie]",
    "pt": r"garantidamente|certamente|sem\s+(?:qualquer\s+)?dúvida|com\s+(?:toda\s+a\s+)?certeza"
          r"|indubitavelmente|garantid[oa]s?",
}
# a disease ended: the verb, then the study's condition within a few words
_ENDS = {
    "en": r"eliminat(?:e|es|ed|ing)|eradicat(?:e|es|ed|ing)|wipes?\s+out|"
          r"revers(?:e|es|ed|ing)",
    "es": r"elimina(?:n|r|do)?|erradica(?:n|r|do)?|revierte(?:n)?|revertir",
    "fr": r"élimin(?:e|ent|er|é)|éradiqu(?:e|ent|er|é)|invers(?:e|ent|er)",
    "de": r"beseitig(?:t|en)|eliminier(?:t|en)|ausrott(?:et|en)|rottet",
    "it": r"elimina(?:no|re)?|eradica(?:no|re)?|invert(?:e|ono|ire)",
    "pt": r"elimina(?:m|r)?|erradica(?:m|r)?|revert(?:e|em|er)",
}
# a result final: for good, for ever
_FINAL = {
    "en": r"for\s+good|forever|permanently",
    "es": r"para\s+siempre|definitivamente",
    "fr": r"pour\s+(?:toujours|de\s+bon)|définitivement",
    "de": r"für\s+immer|endgültig",
    "it": r"per\s+sempre|definitivamente",
    "pt": r"para\s+sempre|definitivamente",
}
# a verdict reported as others' ("seen as a miracle cure", "gilt fast als Wundermittel"),
# or almost one, is not the text's
_REPUTED = {
    "en": r"seen\s+as|considered|regarded\s+as|called|hailed|touted|billed|almost|nearly",
    "es": r"considerad[oa]s?|vist[oa]s?\s+como|llamad[oa]s?|casi",
    "fr": r"considérée?s?|vue?s?\s+comme|qualifiée?s?|présentée?s?\s+comme|presque|quasi",
    "de": r"gilt|gelten|galt|gesehen|genannt|bezeichnet|fast|beinahe",
    "it": r"considerat[oaie]|vist[oaie]\s+come|definit[oaie]|chiamat[oaie]|quasi",
    "pt": r"considerad[oa]s?|vist[oa]s?\s+como|chamad[oa]s?|quase",
}
# all of a group: a determiner before its label, a pronoun before its label's tail
_ALL = {
    "en": (r"all(?:\s+the)?|every", r"everyone|everybody|anyone"),
    "es": (r"tod[oa]s(?:\s+l[oa]s)?|cualquier", r"todo\s+el\s+mundo|cualquiera"),
    "fr": (r"tou(?:s|tes)(?:\s+les)?|chaque", r"tout\s+le\s+monde|quiconque"),
    "de": (r"alle(?:n|r)?(?:\s+de[nr])?|jede[rnms]?", r"jede(?:r|n|m)|alle(?:n)?"),
    "it": (r"tutt[ie](?:\s+(?:le|i|gli))?|ogni", r"tutti|chiunque|ognuno"),
    "pt": (r"tod[oa]s(?:\s+[oa]s)?|qualquer", r"toda\s+a\s+gente|qualquer\s+um"),
}
_FOR_ALL = {"en": r"for\s+(?:everyone|everybody|all)", "es": r"para\s+tod[oa]s",
            "fr": r"pour\s+tou(?:s|tes)", "de": r"für\s+alle", "it": r"per\s+tutt[ie]",
            "pt": r"para\s+tod[oa]s"}
# what each kind's words hold, folded: a text (or a sheet) without one is not searched
# a verdict framed, not given: "before anyone shares this as a miracle", "als Wunder"
_AS = regex.compile(r"(?<![\p{L}])(?:as|als|comme|come|como)\s+(?:an?|un|une|una|uno|um|uma|"
                    r"ein|eine|einen)?\s*$", regex.IGNORECASE)
_STEMS = {
    "verdict": {"en": ("breakthrough", "miracle", "changer", "revolution"),
                "es": ("milagr", "revoluci", "avance"),
                "fr": ("percée", "miracl", "miracul", "révolution", "avancée"),
                "de": ("durchbruch", "wunder", "revolution", "bahnbrechend"),
                "it": ("svolta", "miracol", "rivoluzion", "passo avanti"),
                "pt": ("milagr", "revoluç", "revolucion", "avanço")},
    "guarantee": {"en": ("guarantee",), "es": ("garantiz",), "fr": ("garanti",),
                  "de": ("garantier",), "it": ("garanti",), "pt": ("garant",)},
    "certain": {"en": ("certainly", "definitely", "surely", "undoubtedly", "unquestionably",
                       "without", "guaranteed"),
                "es": ("con toda", "sin", "indudablemente", "garantizad", "a ciencia"),
                "fr": ("sans aucun", "assurément", "à coup", "indéniablement", "garanti"),
                "de": ("zweifellos", "ohne", "mit sicherheit", "garantiert", "gewiss",
                       "auf jeden"),
                "it": ("sicuramente", "certamente", "senza", "di sicuro", "indubbiamente",
                       "garantit"),
                "pt": ("garantidamente", "certamente", "sem", "com", "indubitavelmente",
                       "garantid")},
    "ends": {"en": ("elimin", "eradic", "wipe", "revers"),
             "es": ("elimin", "erradic", "reviert", "revertir"),
             "fr": ("élimin", "éradiqu", "invers"),
             "de": ("beseitig", "eliminier", "ausrott", "rottet"),
             "it": ("elimin", "eradic", "invert"), "pt": ("elimin", "erradic", "revert")},
    "final": {"en": ("for good", "forever", "permanent"),
              "es": ("para siempre", "definitiv"), "fr": ("toujours", "de bon", "définitiv"),
              "de": ("für immer", "endgültig"), "it": ("per sempre", "definitiv"),
              "pt": ("para sempre", "definitiv")},
    "everyone": {"en": ("all ", "every ", "everyone ", "everybody ", "anyone "),
                 "es": ("todos ", "todas ", "todo ", "cualquier"),
                 "fr": ("tous ", "toutes ", "tout ", "chaque ", "quiconque "),
                 "de": ("alle ", "allen ", "aller ", "jede"),
                 "it": ("tutti ", "tutte ", "ogni ", "chiunque ", "ognuno "),
                 "pt": ("todos ", "todas ", "toda ", "qualquer")},
}
_STEMS = {kind: {lang: stems(*words) for lang, words in by_lang.items()}
          for kind, by_lang in _STEMS.items()}
_ANY = {lang: tuple(stem for kind in _STEMS.values() for stem in kind[lang])
        for lang in _VERDICT}


_Follow = tuple[tuple[str, ...], int] | None  # wordings that must follow, words between
_Kind = tuple[str, regex.Pattern[str], bool, tuple[str, ...], _Follow]


def _places(text: str, matches: Iterable[regex.Match[str]],
            follow: _Follow) -> Iterator[tuple[int, int]]:
    """Of ``matches``, those followed by one of the wordings of ``follow`` (then the
    place runs to the wording's end)."""
    for m in matches:
        if follow is None:
            yield m.start(), m.end()
        elif (end := phrase_at(text, m.end(), *follow)) is not None:
            yield m.start(), end


def _sheet_says(context: CheckContext, pattern: regex.Pattern[str], follow: _Follow,
                wanted: tuple[str, ...]) -> bool:
    """Whether the sheet says this verdict itself (then a text may)."""
    if follow is None:
        return sheet_claims(context, pattern, wanted, ())
    if not sheet_holds(context, wanted):
        return False
    said_in = remembered_sheet_text(context)
    return any(True for _ in _places(said_in, pattern.finditer(said_in), follow))


def _kinds(context: CheckContext) -> list[_Kind]:
    """The verdicts the sheet does not give itself: (kind, pattern, needs a sentence
    naming the study's condition or intervention, stems, what must follow)."""
    lang = context.lexicon.lang.split("-")[0]
    labels: list[str] = []
    tails: list[str] = []
    for group in context.factsheet.groups.values():
        for label in group.label.all_forms(lang):
            labels.append(label)
            words = label.split()
            if len(words) >= 3:
                tails.append(" ".join(words[1:]))  # "with MS", "mit MS", "atteintes de SEP"
    term = context.factsheet.condition
    forms = term_forms(context.lexicon, term) if term else None
    condition = phrases([f for f in forms.accepted if len(f) >= 2]) if forms else ()
    determiner, pronoun = _ALL[lang]
    everyone = _STEMS["everyone"][lang]
    candidates: list[tuple[str, str, bool, tuple[str, ...], _Follow]] = [
        ("verdict", _VERDICT[lang], False, _STEMS["verdict"][lang], None),
        ("certain", _CERTAIN[lang], True, _STEMS["certain"][lang], None),
        ("guarantee", _GUARANTEE[lang], True, _STEMS["guarantee"][lang], None),
        ("ends", _ENDS[lang], False, _STEMS["ends"][lang], (condition, 3)),
        ("final", _FINAL[lang], True, _STEMS["final"][lang], None),
        ("everyone", determiner, False, everyone, (phrases(labels), 0)),
        ("everyone", pronoun, False, everyone, (phrases(tails), 0)),
        ("everyone", rf"{_FOR_ALL[lang]}(?=\s*(?:[.,;:!]|$))", False, everyone, None)]
    out: list[_Kind] = []
    for kind, body, named, wanted, follow in candidates:
        if follow is not None and not follow[0]:
            continue
        pattern = compiled(body)
        if not _sheet_says(context, pattern, follow, wanted):
            out.append((kind, pattern, named, wanted, follow))
    return out


_SAYS = {"verdict": "calls the result more than the study found",
         "guarantee": "says the result is certain",
         "certain": "says for certain what the study could only suggest",
         "ends": "says the disease is ended",
         "final": "says the result is final", "everyone": "says the result holds for everyone"}


@functools.cache
def _prepare(lang: str) -> bool:
    """Every pattern of the language compiled on its first text, whatever the sheet."""
    for body in (_VERDICT[lang], _CERTAIN[lang], _GUARANTEE[lang], _ENDS[lang], _FINAL[lang],
                 *_ALL[lang],
                 rf"{_FOR_ALL[lang]}(?=\s*(?:[.,;:!]|$))", _REPUTED[lang]):
        compiled(body)
    return True


class VerdictValidator:
    """Reports a verdict, a certainty or an everyone the sheet does not give (rule
    ``overstated``)."""

    name = "verdicts"
    reads = ()  # the text, the sheet and the language only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        lang = context.lexicon.lang.split("-")[0]
        if lang not in _VERDICT:
            return []
        _prepare(lang)
        if not holds(text, context, _ANY[lang]):
            return []
        out = []
        names = None
        for kind, pattern, named, wanted, follow in context.lexicon.remember_sheet(
                ("verdicts", "kinds"), lambda: _kinds(context)):
            if not holds(text, context, wanted):
                continue
            places = _places(text, near(text, context, pattern, wanted), follow)
            for start, end, words in said_at(text, context, places):
                sentence = sentence_at(text, context, start)
                if kind == "verdict" and (compiled(_REPUTED[lang]).search(sentence)
                                          or _AS.search(text, max(0, start - 16), start)):
                    continue
                if named:
                    if names is None:
                        names = context.lexicon.remember(
                            ("overstated", "names"),
                            lambda: study_names(context.factsheet, context.lexicon))
                    if not any(name in sentence.casefold() for name in names):
                        continue
                if kind == "guarantee" and any(f.span and f.span[0] < end and start < f.span[1]
                                               for f in out):
                    break  # "un bénéfice garanti": said once, as a hedge turned round
                out.append(Finding(
                    "hedge-reversed" if kind == "certain" else "overstated", "error",
                    f"{words!r} {_SAYS[kind]}; the fact sheet gives no such verdict. Say "
                    f"what was found, of whom it was found.",
                    None, None, words, (start, end)))
                break
        return out

