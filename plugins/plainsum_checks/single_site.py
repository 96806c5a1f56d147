"""A study of one place said to be of many (``negation-changed``): "the trial ran in
several hospitals", "in more than one hospital", "a multi-centre trial", "plusieurs
centres", "in mehreren Kliniken", "molti ospedali", where the sheet's limitations say
the study took place in one hospital only.

The limitation is the sheet's ("only one hospital", "un seul hôpital", "nur ein
Krankenhaus", "un solo ospedale", "un único hospital", "um só hospital", "monocentric"):
a text that widens it to many has turned the caveat round. A sentence that asks for
other or further places ("needs checking in other hospitals", "weitere Kliniken müssen
...") is the caveat itself; one that denies the many ("not in several hospitals") too.
"""

from __future__ import annotations

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_sheet import SheetWords

_FLAGS = regex.IGNORECASE
# one place, as a sheet's limitation says it
_SINGLE = {
    "en": r"only\s+one|single|one\s+\w+\s+only|mono-?cent\w*",
    "es": r"un\s+(?:solo|único)|una\s+(?:sola|única)|unicéntric\w*|monocéntric\w*",
    "fr": r"une?\s+seule?|unique|monocentrique\w*",
    "de": r"nur\s+(?:ein|eine|einer|einem)|einzig\w*|monozentrisch\w*",
    "it": r"una?\s+sol[oa]|un\s+unico|una\s+unica|monocentric\w*",
    "pt": r"nu?ma?\s+só|nu?m\s+único|nu?ma\s+única|unicêntric\w*|monocêntric\w*",
}
# places of care (plural), and many of them
_PLACES = {
    "en": r"hospitals|clinics|centres|centers|sites",
    "es": r"hospitales|centros|clínicas",
    "fr": r"hôpitaux|centres|cliniques|établissements",
    "de": r"Kliniken|Krankenhäuser[n]?|Zentren|Standorten|Spitälern",
    "it": r"ospedali|centri|cliniche",
    "pt": r"hospitais|centros|clínicas",
}
_PLACE = {
    "en": r"hospital|clinic|centre|center|site",
    "es": r"hospital|centro|clínica",
    "fr": r"hôpital|centre|clinique|établissement",
    "de": r"Klinik|Krankenhaus|Zentrum|Standort",
    "it": r"ospedale|centro|clinica",
    "pt": r"hospital|centro|clínica",
}
_MANY = {
    "en": r"several|many|multiple|various|numerous|dozens\s+of|a\s+number\s+of",
    "es": r"varios|varias|muchos|muchas|múltiples|diversos|diversas|numerosos|numerosas",
    "fr": r"plusieurs|(?:de\s+)?nombreux|(?:de\s+)?nombreuses|multiples|divers|diverses",
    "de": r"mehreren|mehrere|vielen|viele|zahlreichen|zahlreiche|verschiedenen",
    "it": r"più|molti|molte|diversi|diverse|vari|varie|numerosi|numerose|parecchi",
    "pt": r"vários|várias|muitos|muitas|diversos|diversas|numerosos|numerosas",
}
_MORE_THAN_ONE = {
    "en": r"more\s+than\s+one", "es": r"más\s+de\s+una?", "fr": r"plus\s+d['’]une?",
    "de": r"mehr\s+als\s+(?:einem|einer|ein|eine)", "it": r"più\s+di\s+una?",
    "pt": r"mais\s+de\s+uma?",
}
_MULTI = {"en": r"multi-?cent(?:re|er|ric)", "es": r"multicéntric[oa]s?",
          "fr": r"multicentriques?", "de": r"multizentrisch\w*", "it": r"multicentric[oai]",
          "pt": r"multicêntric[oa]s?"}
# other or further places, or a need to look at them: the caveat itself
_OTHER = {
    "en": r"other|others|further|future|must|needs?|should|yet\s+to",
    "es": r"otros|otras|otro|otra|futuros|deben|debe|hay\s+que|falta",
    "fr": r"autres?|futurs?|futures?|doivent|doit|faut|à\s+confirmer",
    "de": r"anderen?|weiteren?|künftigen?|müssen|muss|sollten|sollte|noch",
    "it": r"altri|altre|altro|futuri|devono|deve|servono|vanno|occorr\w+",
    "pt": r"outros|outras|outro|futuros|devem|deve|têm\s+de|precisa\w*",
}
# the study itself: a sentence about places that names it speaks of where it ran
_STUDY = {
    "en": r"stud(?:y|ies)|trial|research",
    "es": r"estudio|ensayo|investigación",
    "fr": r"étude|essai|recherche",
    "de": r"Studie|Untersuchung|Forschung|Studien",
    "it": r"studio|sperimentazione|ricerca",
    "pt": r"estudo|ensaio|investigação",
}
# a clause's own subject that is the study ("Elle a eu lieu dans de nombreux hôpitaux")
# or a verb of where it ran: a sentence of places that has one speaks of the study
_RAN = {
    "en": r"took\s+place|ran|was\s+(?:run|done|carried\s+out|conducted)",
    "es": r"tuvo\s+lugar|se\s+(?:hizo|realizó|llevó\s+a\s+cabo|desarrolló)"
          r"|fue\s+realizad[oa]",
    "fr": r"a\s+eu\s+lieu|s['’]est\s+(?:déroulée?|tenue?)"
          r"|(?:a\s+)?été\s+(?:menée?|réalisée?|conduite?)",
    "de": r"fand\s+(?:\w+\s+){0,3}statt|lief|wurde\s+(?:\w+\s+){0,3}durchgeführt",
    "it": r"si\s+è\s+svolt[oa]|è\s+stat[oa]\s+(?:condott|svolt|realizzat|fatt)[oa]"
          r"|ha\s+avuto\s+luogo",
    "pt": r"decorreu|teve\s+lugar|foi\s+(?:feit|realizad|conduzid)[oa]|realizou-se",
}
# a reason or a consequence before the place, which the negation then belongs to ("we
# cannot tell, as only one hospital took part"): the negation is not said of the place
_BECAUSE = {
    "en": r"as|because|since|so|for|that|but|when|if|whether",
    "es": r"porque|ya|pues|como|que|pero|si|así",
    "fr": r"car|comme|puisque|donc|que|qu['’]|mais|si|parce",
    "de": r"weil|da|denn|dass|aber|wenn|ob|also|deshalb",
    "it": r"perché|poiché|siccome|che|ma|se|quindi",
    "pt": r"porque|pois|como|que|mas|se|portanto",
}
NEGATED_NEAR = 4  # words at most between a negation and the one place it denies
NEAR = 4  # words before the places that can ask for them ("muss sich noch in mehreren")
_MARK = regex.compile(r"[,;:]")
SHORT = 6  # words of a sentence short enough to be a note of the study ("Es waren viele Kliniken.")
_COMPILED: dict[str, tuple[regex.Pattern[str], ...]] = {}


def _patterns(lang: str) -> tuple[regex.Pattern[str], ...]:
    if lang not in _COMPILED:
        many = (rf"(?:{_MANY[lang]})\s+(?:[\p{{L}}-]+\s+)?(?:{_PLACES[lang]})"
                rf"|(?:{_MORE_THAN_ONE[lang]})\s+(?:[\p{{L}}-]+\s+)?(?:{_PLACE[lang]})"
                rf"|{_MULTI[lang]}")
        # one place: "only one hospital", "nur in einem Krankenhaus", "un solo ospedale"
        one = (rf"(?:{_SINGLE[lang]})\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?:{_PLACE[lang]})"
               rf"|(?:only|just|nur|lediglich|seulement|uniquement|solo|sólo|só|solamente|somente"
               rf"|apenas|soltanto)\s+"
               rf"(?:\p{{L}}+\s+){{1,2}}?(?:{_PLACE[lang]})")
        _COMPILED[lang] = tuple(regex.compile(rf"(?<![\p{{L}}])(?:{p})(?![\p{{L}}])", _FLAGS)
                                for p in (
            _SINGLE[lang], _PLACE[lang], many, _OTHER[lang], _STUDY[lang], one, _RAN[lang],
            _BECAUSE[lang]))
    return _COMPILED[lang]


def _one_place(context: CheckContext, lang: str) -> bool:
    """Whether the sheet's limitations say, in the text's language, that the study took
    place in one place only."""
    def read() -> bool:
        from .unstated import sheet_text

        sheet = context.factsheet
        kept = set(sheet_text(sheet, lang, ("limitations",)).split("\n"))
        single, place = _patterns(lang)[:2]
        return any(line not in kept and single.search(line) and place.search(line)
                   for line in sheet_text(sheet, lang).split("\n"))

    return context.lexicon.remember_sheet(("single-site",), read)


def widened_sites(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    lang = words.lang
    if lang not in _SINGLE or not _one_place(context, lang):
        return []
    from .claims import _vocab

    _, _, many, other, study, one, ran, because = _patterns(lang)
    negation = _vocab(context.pack).negation
    out = []
    for a, b in analysis_of(text, context).sentences:
        out += _denied_one(text, a, b, one, negation, because, other)
        hit = many.search(text, a, b)
        if hit is None:
            continue
        # its clause, from the last mark before it: what a heading or an earlier clause
        # says ("Aber Vorsicht: Es waren viele Kliniken", "..., so the findings still need
        # confirmation elsewhere") is not said of these places
        marks = [m.end() for m in _MARK.finditer(text, a, hit.start())]
        lo = marks[-1] if marks else a
        before = text[lo:hit.start()].split()[-NEAR:]
        if other.search(" ".join(before)) or other.search(hit.group()):
            continue  # "must show it in several hospitals", "several other hospitals"
        end = _MARK.search(text, hit.end(), b)
        hi = end.start() if end is not None else b
        if not hit.group().lower().startswith("multi") and study.search(
                text, a, b) is None and ran.search(text, lo, hit.start()) is None \
                and len(text[lo:hi].split()) > SHORT:
            continue  # "infection is a problem in many hospitals": not where it ran
        if negation is not None and negation.search(text, max(a, hit.start() - 25),
                                                    hit.start()) is not None:
            continue  # "not in several hospitals"
        out.append(Finding(
            "negation-changed", "error",
            f"\"{hit.group()}\": the fact sheet says the study took place in one place only.",
            None, None, hit.group(), hit.span()))
    return out


def _denied_one(text: str, a: int, b: int, one: regex.Pattern[str],
                negation: regex.Pattern[str] | None, because: regex.Pattern[str],
                other: regex.Pattern[str]) -> list[Finding]:
    """The one place denied ("not only one hospital", "no se hizo en un solo hospital",
    "nicht nur in einem Krankenhaus", "não foi feito só num hospital"): a negation in the
    same clause a few words before the one place, with no reason or consequence word
    between that the negation could belong to instead."""
    if negation is None:
        return []
    out = []
    for hit in one.finditer(text, a, b):
        marks = [m.end() for m in _MARK.finditer(text, a, hit.start())]
        lo = marks[-1] if marks else a
        before = text[lo:hit.start()]
        if other.search(hit.group()):
            continue
        for neg in negation.finditer(before):
            between = before[neg.end():].split()
            if len(between) > NEGATED_NEAR or any(because.fullmatch(w) for w in between):
                continue
            if any(other.fullmatch(w) for w in between):
                continue
            span = (lo + neg.start(), hit.end())
            out.append(Finding(
                "negation-changed", "error",
                f"\"{text[span[0]:span[1]]}\": the fact sheet says the study took place in "
                f"one place only; the text denies it.", None, None, text[span[0]:span[1]], span))
            break
    return out
