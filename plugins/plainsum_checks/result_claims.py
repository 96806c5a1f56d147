"""Where a text says outright that a figure is a result of this study ("another result of
the trial: ...", "according to this trial", "that figure is one of the study's results",
"Auch das ist ein Ergebnis der Fünf-Jahres-Auswertung", "È uno dei risultati a cinque
anni"): said of a background figure of the sheet, that is ``background-as-result``.

The claim counts in the figure's own sentence (its heading included), or in the short
sentence right after it when that one gives no figure of its own and so speaks of the one
before ("Es otro resultado de los cinco años."). A claim a negation denies ("not a result
of the trial") or that names an earlier report ("earlier results from the same study",
"un risultato precedente dello stesso studio") is no claim about this study's result.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

import regex

from . import plain_regex
from .plain_regex import Compiled

# phrases that claim a finding of this study, by language (closed wording of the six
# languages; a study's own words for its result)
_CLAIMS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:results?|findings?)\s+(?:of|from)\s+(?:this|the)\s+(?:same\s+)?"
           r"(?:study|trial|analysis)",
           r"(?:study|trial)['’]s\s+(?:results?|findings?)",
           r"according\s+to\s+(?:this|the)\s+(?:same\s+)?(?:study|trial)",
           r"(?:found|seen|shown)\s+in\s+this\s+(?:study|trial)",
           r"(?:another|one\s+of\s+the)\s+(?:results?|findings?)",
           # the figure's source said to be the study ("these figures come from the
           # study", "that's what the trial found", "Trial results: ...")
           r"(?:comes?|came|are|is|were|was)\s+(?:taken\s+)?from\s+(?:this|the)\s+"
           r"(?:same\s+)?(?:study|trial)",
           r"what\s+(?:this|the)\s+(?:study|trial)\s+(?:found|showed|shows|finds)",
           r"(?:study|trial)\s+(?:results?|findings?)",
           r"(?:new|latest|main)\s+(?:[\w-]+\s+)?(?:results?|findings?)",
           r"(?:patients|participants|people)\s+(?:in|of)\s+this\s+(?:study|trial)"),
    "es": (r"resultados?\s+(?:del|de\s+este)\s+(?:propio\s+|mismo\s+)?(?:estudio|ensayo)",
           r"otr[oa]\s+(?:de\s+los\s+)?(?:resultados?|hallazgos?|datos?)",
           r"seg[uú]n\s+(?:este|el)\s+(?:mismo\s+|propio\s+)?(?:estudio|ensayo)",
           r"(?:ha|han)\s+encontrado\s+(?:este|el)\s+(?:estudio|ensayo)",
           r"uno\s+de\s+los\s+resultados",
           r"(?:proceden?|vienen?|salen?|son)\s+del\s+(?:propio\s+|mismo\s+)?(?:estudio|ensayo)",
           r"lo\s+que\s+(?:encontró|halló|mostró|observó|vio)\s+(?:este|el)\s+(?:estudio|ensayo)",
           r"resultados?\s+(?:principal\w*\s+|secundari\w*\s+|nuevos?\s+)?a\s+(?:\d+|\p{L}+)"
           r"\s+años",
           r"(?:pacientes|participantes|personas)\s+de\s+este\s+(?:estudio|ensayo)"),
    "fr": (r"résultats?\s+de\s+(?:l['’]\s*|cette\s+)(?:étude|essai)",
           r"autres?\s+résultats?",
           r"selon\s+(?:les\s+résultats\s+de\s+)?(?:l['’]\s*|cette\s+)(?:étude|essai)",
           r"(?:fait|font)\s+partie\s+des\s+résultats",
           r"(?:un|l['’]un)\s+des\s+résultats",
           r"(?:c['’]est|ce\s+sont)\s+(?:le|les|un|des)\s+résultats?",
           r"résultats?\s+(?:principal\w*\s+)?à\s+(?:\d+|\p{L}+)\s+ans",
           r"(?:viennent|vient|proviennent|provient|sont\s+tirée?s?|est\s+tirée?)\s+de\s+"
           r"(?:l['’]\s*|cette\s+)(?:étude|essai)",
           r"ce\s+qu['’]a\s+(?:trouvé|montré|observé)\s+(?:l['’]\s*|cette\s+)(?:étude|essai)",
           r"(?:patients|participants)\s+de\s+(?:cette|cet)\s+(?:étude|essai)"),
    "de": (r"(?:ein|neue[sn]?|weiteres|weitere[sn]?)\s+(?:[\w-]+\s+)?[\w-]*ergebnis\w*",
           r"(?:stamm\w*|komm\w*)\s+aus\s+(?:der|dieser)\s+(?:[\p{L}-]+\s+)?"
           r"(?:Studie|Auswertung|Untersuchung)",
           r"laut\s+Studie",
           r"[\p{L}\d-]*jahres-?daten\s+(?:zeigen|zeigten|belegen)",
           r"(?:Patienten|Teilnehmer\w*)\s+dieser\s+Studie",
           r"Ergebnis(?:se)?\s+der\s+(?:[\w-]+\s+)?(?:Studie|Auswertung|Analyse)",
           r"Studienergebnis\w*",
           r"laut\s+(?:der|dieser)\s+Studie"),
    "it": (r"risultat[oi]\s+(?:dello|di\s+questo)\s+studio",
           r"(?:tra\s+i|uno\s+dei)\s+risultati",
           r"secondo\s+(?:questo|lo)\s+studio",
           r"emers[oa]\s+dallo\s+studio",
           r"altro\s+risultato",
           r"risultat[oi]\s+di\s+questo\s+(?:trial|studio|sperimentazione)",
           r"quanto\s+ha\s+(?:rilevato|trovato|mostrato|osservato)\s+lo\s+studio",
           r"(?:nuov[oi]\s+)?risultat[oi]\s+(?:principal[ei]\s+)?a\s+(?:\d+|\p{L}+)\s+anni",
           r"(?:provengono|vengono|viene|proviene)\s+dallo\s+studio",
           r"(?:pazienti|partecipanti)\s+di\s+questo\s+(?:studio|trial)"),
    "pt": (r"resultados?\s+(?:do|deste)\s+(?:estudo|ensaio)",
           r"outro\s+(?:resultado|dado)",
           r"segundo\s+(?:os\s+resultados\s+d)?(?:o|este)\s+(?:estudo|ensaio)",
           r"resultado\s+adicional",
           r"dado\s+do\s+(?:estudo|ensaio)",
           r"o\s+que\s+o\s+(?:estudo|ensaio)\s+(?:encontrou|mostrou|viu|observou|revelou)",
           r"resultados?\s+(?:principal\s+|secundári[oa]s?\s+|nov[oa]s?\s+)?a\s+(?:\d+|\p{L}+)"
           r"\s+anos",
           r"(?:vêm|vem|saem|são)\s+do\s+(?:próprio\s+)?(?:estudo|ensaio)",
           r"(?:doentes|pacientes|participantes)\s+deste\s+(?:estudo|ensaio)"),
}
# an earlier report named beside the claim ("earlier results from the same study"):
# closed-class words of the six languages
_EARLIER = regex.compile(
    r"(?<!\p{L})(?:earlier|previous|prior|already|antérieur\w*|précédent\w*|déjà|früher\w*|"
    r"bisherig\w*|vorherig\w*|zuvor|schon|anterior\w*|previ[oa]s?|ya|precedent[ei]|già|"
    r"prévi[oa]s?|já|older|ancien\w*|antigu[oa]s?|antig[oa]s?|älter\w*|vecchi[oa])(?!\p{L})",
    regex.IGNORECASE)
_MARK = regex.compile(r"[;:,()\u2013\u2014]")
# a sentence that asks: it ends on a question mark (quotes or brackets after it), or
# opens on an inverted one ("¿")
_QUESTION = regex.compile(r"\?[\s\"'”’»)\]]*$|^\s*¿")
SHORT = 14  # words of a sentence that speaks of the figure before it


def claimed_result(text: str, sentences: list[tuple[int, int]], starts: list[int],
                   pos: int, lang: str, negation: Compiled | None,
                   figures: list[int]) -> tuple[int, int] | None:
    """Where a claim that the figure at ``pos`` is this study's result stands, or None.
    ``starts``: the sentences' starts; ``figures``: where the text's figures start."""
    pattern = _pattern(lang)
    if pattern is None or not sentences:
        return None
    k = bisect_right(starts, pos) - 1
    if k < 0:
        return None
    places = [sentences[k]]
    if k + 1 < len(sentences):
        a, b = sentences[k + 1]
        if len(text[a:b].split()) <= SHORT and not any(a <= f < b for f in figures):
            places.append((a, b))
    for a, b in places:
        if _QUESTION.search(text[a:b]) is not None:
            continue  # "Is the figure of 900,000 a result of the trial?": asked, not said
        for hit in pattern.finditer(text, a, b):
            if not _denied(text, a, b, hit, negation):
                return hit.span()
    return None


def _denied(text: str, a: int, b: int, hit: regex.Match[str],
            negation: Compiled | None) -> bool:
    """A negation in the few words before the claim, or a word for an earlier report in
    its clause."""
    lo = max((m.end() for m in _MARK.finditer(text, a, hit.start())), default=a)
    hi = next((m.start() for m in _MARK.finditer(text, hit.end(), b)), b)
    if _EARLIER.search(text, lo, hi):
        return True
    # inside brackets, the whole aside is the claim's clause ("(earlier result of the same
    # study, not among the results at five years)")
    opened = text.rfind("(", a, hit.start())
    if opened > text.rfind(")", a, hit.start()):
        shut = text.find(")", hit.end(), b)
        if _EARLIER.search(text, opened, shut if shut >= 0 else b):
            return True
    before = text[max(lo, hit.start() - 25):hit.start()]
    return negation is not None and negation.search(before) is not None


@functools.lru_cache(maxsize=16)
def _pattern(lang: str) -> Compiled | None:
    forms = _CLAIMS.get(lang)
    if not forms:
        return None
    return plain_regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(forms)})(?!\p{{L}})",
                               regex.IGNORECASE)
