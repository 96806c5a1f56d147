"""A safety, harm or approval claim the sheet does not make (rule ``safety-invented``):
"the treatment is safe", "with no side effects", "the FDA has approved it", "no one
died", "the rest died".

A summary that calls a treatment safe or approved tells a reader it may be taken; one
that reports deaths the study never counted frightens. Such a claim is an error unless
the sheet itself makes it (outside its limitations, which say what the study could not
show: "cannot show whether it is just as safe" is no claim of safety). Each kind of
claim is weighed on its own: a sheet that reports deaths lets a text speak of them, not
call the treatment approved. A claim denied or hedged in its clause ("cannot show
whether it is as safe", "ob ... sicher ist") is none.
"""

from __future__ import annotations

import regex
from plainsum.factsheet.model import FactSheet
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .claims import _vocab as claim_words
from .sheet import term_forms
from .unstated import (
    compiled,
    holds,
    near,
    said_at,
    sentence_at,
    sheet_claims,
    sheet_text,
    sheet_words,
    stems,
)

# safe: said of something (a copula or a degree word before it), not "sure" or "certainly"
_SAFE = {
    "en": r"(?:is|are|was|were|be|been|being|as|equally|completely|perfectly|totally|very|"
          r"entirely)\s+safe(?:r)?(?!\s+to\s+(?:say|assume|conclude))|"
          r"safe\s+(?:for|to\s+use|and\s+effective)|harmless|risk-free",
    "es": r"(?:es|son|fue|fueron|era|eran|sea|igual\s+de|tan|totalmente|muy|completamente)"
          r"\s+segur[oa]s?(?!\s+(?:de\s+)?que)|inocu[oa]s?|sin\s+riesgos?",
    "fr": r"(?:est|sont|était|étaient|soit|aussi|tout\s+aussi|totalement|très|parfaitement)"
          r"\s+sûre?s?(?!\s+que)|sans\s+(?:danger|risque)|inoffensi(?:f|ve|fs|ves)",
    "de": r"(?:ist|sind|war|waren|sei|genauso|ebenso|gleich|völlig|ganz|absolut)\s+sicher"
          r"(?!\s*,?\s+dass)|unbedenklich|ungefährlich|gefahrlos|risikolos",
    "it": r"(?:è|sono|era|erano|sia|altrettanto|ugualmente|del\s+tutto|molto|"
          r"completamente)\s+sicur[oaie](?!\s+che)|innocu[oaie]|senza\s+rischi",
    "pt": r"(?:é|são|foi|foram|era|eram|seja|igualmente|tão|totalmente|muito|"
          r"completamente)\s+segur[oa]s?(?!\s+(?:de\s+)?que)|inócu[oa]s?|sem\s+riscos?",
}
# without side effects: the packs' side-effect term after a word of none
_NONE = {"en": r"(?:no|without(?:\s+any)?|free\s+of)", "es": r"(?:sin|ningún|ninguna)",
         "fr": r"(?:sans|aucun|aucune)", "de": r"(?:keine|ohne)",
         "it": r"(?:senza|nessun|nessuna|alcun)", "pt": r"(?:sem|nenhum|nenhuma)"}
_APPROVED = {
    "en": r"approved|approval|licensed",
    "es": r"aprobad[oa]s?|aprobación|autorizad[oa]s?\s+(?:para|por)",
    "fr": r"approuvée?s?|autorisée?s?\s+(?:pour|par)|homologuée?s?|autorisation\s+de\s+mise",
    "de": r"zugelassen\w*|Zulassung\w*",
    "it": r"approvat[oaie]|autorizzat[oaie]\s+(?:per|da|dall)|approvazione",
    "pt": r"aprovad[oa]s?|aprovação|autorizad[oa]s?\s+(?:para|pel)",
}
_DEATH = {
    "en": r"died|dying|deaths?|dead|mortality|fatal",
    "es": r"muri(?:ó|eron|ó)|muertes?|mortalidad|fallec\w+|mortal(?:es)?",
    "fr": r"mort(?:e|s|es)?|meur(?:t|ent)|décè?s|décéd\w+|mortalité|mortel(?:le)?s?",
    "de": r"starb(?:en)?|gestorben|verstorben|Tod(?:e|es)?|Todesfäll\w+|Sterblichkeit|tödlich\w*",
    "it": r"mort[oaie]|muoi\w+|decess[oi]|mortalità|mortal[ei]",
    "pt": r"morr(?:eu|eram|em)|mort(?:e|es|os|as)|mortalidade|faleceu|faleceram|fata(?:l|is)",
}
# people dying, as a text says it of the study's people ("no one died", "the rest died");
# not the nouns of a disease's toll ("a leading cause of cancer death", "rarely fatal"),
# which background sentences use (those are _DEATH's, for what a sheet speaks of)
_DIED = {
    "en": r"died|dying",
    "es": r"muri(?:ó|eron)|falleci(?:ó|eron)",
    "fr": r"(?:est|sont|était|étaient)\s+(?:mort|morte|morts|mortes)|décédée?s?|moururent|"
          r"mourut",
    "de": r"starb(?:en)?|gestorben|verstorben",
    "it": r"(?:è|sono|era|erano)\s+(?:mort[oaie])|decedut[oaie]|morì|morirono",
    "pt": r"morr(?:eu|eram)|falec(?:eu|eram)",
}
_DIED_STEMS = {"en": ("died", "dying"), "es": ("muri", "falleci"),
               "fr": ("mort", "décéd", "moururent", "mourut"),
               "de": ("starb", "gestorben", "verstorben"),
               "it": ("mort", "decedut", "mori"), "pt": ("morr", "falec")}
# what each kind's words hold, folded: a text (or a sheet) without one is not searched
_STEMS = {
    "safe": {"en": ("safe", "harmless", "risk-free"), "es": ("segur", "inocu", "sin riesgo"),
             "fr": ("sûr", "sans danger", "sans risque", "inoffensi"),
             "de": ("sicher", "unbedenklich", "ungefährlich", "gefahrlos", "risikolos"),
             "it": ("sicur", "innocu", "senza rischi"),
             "pt": ("segur", "inócu", "sem risco")},
    "approved": {"en": ("approv", "licensed"), "es": ("aprob", "autorizad"),
                 "fr": ("approuv", "autorisé", "homolog", "autorisation"),
                 "de": ("zugelassen", "zulassung"), "it": ("approv", "autorizzat"),
                 "pt": ("aprov", "autorizad")},
    "death": {"en": ("died", "dying", "death", "dead", "mortal", "fatal"),
              "es": ("muri", "muert", "mortal", "fallec"),
              "fr": ("mort", "meur", "décè", "décéd"),
              "de": ("starb", "gestorben", "verstorben", "tod", "sterblich"),
              "it": ("mort", "muoi", "decess"),
              "pt": ("morr", "mort", "falec", "fata")},
}
_HARMLESS = {"en": ("side", "adverse"), "es": ("secundari", "advers"),
             "fr": ("secondaire", "indésirable"), "de": ("nebenwirk", "unerwünscht", "uaw"),
             "it": ("collateral", "avvers"), "pt": ("secundári", "advers", "colatera")}
_STEMS = {kind: {lang: stems(*words) for lang, words in by_lang.items()}
          for kind, by_lang in _STEMS.items()}
_HARMLESS = {lang: stems(*words) for lang, words in _HARMLESS.items()}
_DIED_STEMS = {lang: stems(*words) for lang, words in _DIED_STEMS.items()}
# every kind's stems, for the one test most texts stop at
_ANY = {lang: tuple(stem for kind in (*_STEMS.values(), _HARMLESS, _DIED_STEMS)
                    for stem in kind[lang])
        for lang in _SAFE}
# an approval of the study's own conduct, not of the treatment ("approved by the ethics
# committee")
_ETHICS = r"ethic\w*|review\s+board|IRB|étic\w*|éthique\w*|Ethik\w*|etic\w*"
# an approval of a meeting's minutes or agenda ("Minutes of the last meeting – approved",
# "approvazione del verbale"): a record of the meeting, no claim about the treatment. The
# record's noun must sit beside the approval in its clause: a few words of its own phrase,
# no clause word or conjunction between (so "the minutes say that the drug was approved"
# and "approved the drug and the agenda" are still claims)
_RECORD = (r"(?<!\d\s)minutes|agenda|verbale|ordine\s+del\s+giorno|procès-verbal|"
           r"compte[\s-]rendu|ordre\s+du\s+jour|Protokoll\w*|Tagesordnung|acta|"
           r"orden\s+del\s+día|ata|ordem\s+de\s+trabalhos")
_RECORD_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{_RECORD})(?![\w-])((?:[\s\-–—]+[\w'’]+){{0,6}}?)[\s\-–—]*$",
    regex.IGNORECASE)
_RECORD_AFTER = regex.compile(
    rf"^((?:[\s]+[\w'’]+){{0,3}}?)\s+(?:{_RECORD})(?![\w-])", regex.IGNORECASE)
_CLAUSE = regex.compile(
    r"(?<!\w)(?:that|which|who|and|or|but|says?|said|shows?|showed|che|chi|e|o|ma|"
    r"que|qui|y|o|pero|et|ou|mais|dass|und|oder|aber|welche[rs]?|"
    r"ed|ad|como|mas)(?!\w)", regex.IGNORECASE)


# a body's vote: "unanimously", "by a majority", "por unanimidade", "à l'unanimité",
# "all'unanimità", "einstimmig", "mehrheitlich", "por mayoría"
_VOTE = regex.compile(
    r"(?i)(?<![\w])(?:unanimously|by\s+(?:a\s+)?(?:majority|unanimity)|with\s+one\s+abstention"
    r"|(?:por|à|a|pela|em)\s+(?:unanimidade|unanimidad|maioria|mayoría)|à\s+l['’]unanimité"
    r"|à\s+la\s+majorité|all['’]unanimità|a\s+maggioranza|einstimmig|mehrheitlich"
    r"|mit\s+(?:großer\s+)?mehrheit)(?![\w])")
# what a resolution's line may hold besides the approval and its vote: "The motion was
# approved unanimously.", "Aprovado por unanimidade.", "Einstimmig angenommen."
_VOTE_LINE_WORDS = 3


def _a_vote(text: str, start: int, end: int) -> bool:
    """Whether the approval at ``start:end`` is a body's vote recorded as a sentence of its
    own ("Aprovado por unanimidade.", "Approved unanimously.", "La propuesta se aprueba por
    mayoría."): a vote's phrase beside it and at most a few other words in its sentence,
    so no treatment is said to be approved ("the drug was unanimously approved by the
    panel" names one and stays a claim)."""
    stops = [m.end() for m in _STOP.finditer(text, max(0, start - 300), start)]
    lo = stops[-1] if stops else max(0, start - 300)
    stop = _STOP.search(text, end)
    hi = stop.start() if stop else len(text)
    vote = _VOTE.search(text, lo, hi)
    if vote is None:
        return False
    rest = [w for w in regex.finditer(r"\w+", text[lo:hi])
            if not (start <= lo + w.start() < end or vote.start() <= lo + w.start() < vote.end())]
    return len(rest) <= _VOTE_LINE_WORDS


_STOP = regex.compile(r"[.!?;\n]")


def _of_record(text: str, start: int, end: int) -> bool:
    """Whether the approval at ``start:end`` is of a meeting's minutes or agenda: its noun
    beside the approval in the same clause, with only its own phrase between."""
    before = regex.split(r"[.!?:;\n]", text[max(0, start - 80):start])[-1]
    after = regex.split(r"[.!?:;\n]", text[end:end + 40])[0]
    for found in (_RECORD_BEFORE.search(before), _RECORD_AFTER.search(after)):
        if found and not _CLAUSE.search(found.group(1)):
            return True
    return False


_SAYS = {"safe": "that it is safe", "harmless": "that it has no side effects",
         "approved": "that it is approved", "death": "deaths"}


def _kinds(lang: str, side_effects: tuple[str, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each kind of claim in the language: (kind, pattern, stems)."""
    kinds = [(kind, words[lang], _STEMS[kind][lang])
             for kind, words in (("safe", _SAFE), ("approved", _APPROVED))]
    kinds.append(("death", _DIED[lang], _DIED_STEMS[lang]))
    forms = "|".join(r"[\s\u00a0-]+".join(regex.escape(w) for w in f.split())
                     for f in sorted(side_effects, key=len, reverse=True))
    if forms:
        kinds.append(("harmless", rf"{_NONE[lang]}(?:\s+\p{{L}}+)?\s+(?:{forms})|"
                                  rf"(?:{forms})[\s\u00a0-]+free", _HARMLESS[lang]))
    return kinds


# kinds a sheet speaks of in whichever of its languages: a sheet that counts deaths
# ("30-Tage-Mortalität") lets a text name them in another word ("Sterblichkeit")
_ANY_LANGUAGE = ("death", "approved")


def _spoken(sheet: FactSheet, kind: str) -> bool:
    """Whether the sheet speaks of ``kind`` in any of its languages, outside its
    limitations."""
    def read() -> bool:
        for lang in _SAFE:
            words = sheet_words(sheet, lang, ("limitations",))
            if not any(stem in words for stem in _STEMS[kind][lang]):
                continue
            body = _DEATH[lang] if kind == "death" else _APPROVED[lang]
            if compiled(body).search(sheet_text(sheet, lang, ("limitations",))):
                return True
        return False

    return _SPOKEN.get((sheet,), kind, read)


_SPOKEN: Memo[bool] = Memo(64)


def _claimable(context: CheckContext) -> list[tuple[str, regex.Pattern[str], tuple[str, ...]]]:
    """The kinds of claim the sheet does not make itself: (kind, pattern, stems)."""
    lang = context.lexicon.lang.split("-")[0]
    forms = term_forms(context.lexicon, "side-effect")
    out = []
    for kind, body, wanted in _kinds(lang, tuple(forms.accepted) if forms else ()):
        pattern = compiled(body)
        if kind in _ANY_LANGUAGE and _spoken(context.factsheet, kind):
            continue
        if not sheet_claims(context, pattern, wanted):
            out.append((kind, pattern, wanted))
    return out


def _prepare(context: CheckContext) -> bool:
    """Every pattern of the language compiled on its first text, whatever the sheet."""
    lang = context.lexicon.lang.split("-")[0]
    forms = term_forms(context.lexicon, "side-effect")
    for _, body, _ in _kinds(lang, tuple(forms.accepted) if forms else ()):
        compiled(body)
    compiled(_DEATH[lang])
    return True


class SafetyValidator:
    """Reports a safety, harm or approval claim the sheet does not make (rule
    ``safety-invented``)."""

    name = "safety"
    reads = ()  # the text, the sheet and the language only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        lang = context.lexicon.lang.split("-")[0]
        if lang not in _SAFE:
            return []
        context.lexicon.remember(("safety", "prepared"), lambda: _prepare(context))
        if not holds(text, context, _ANY[lang]):
            return []
        out = []
        for kind, pattern, wanted in context.lexicon.remember(("safety", "kinds"),
                                                             lambda: _claimable(context)):
            if not holds(text, context, wanted):
                continue
            spans = [(m.start(), m.end()) for m in near(text, context, pattern, wanted)]
            # "no side effects", "no one died": the claim's own negation is its words
            # a claim hedged or denied after it in its clause ("is safe cannot be said")
            after = claim_words(context.pack).caveat if kind in ("safe", "approved") else None
            for start, end, words in said_at(text, context, spans, kind != "death", after):
                if kind == "approved" and compiled(_ETHICS).search(
                        sentence_at(text, context, start)):
                    continue
                if kind == "approved" and (_of_record(text, start, end)
                                           or _a_vote(text, start, end)):
                    continue
                out.append(Finding(
                    "safety-invented", "error",
                    f"{words!r} says {_SAYS[kind]}; the fact sheet says nothing of the "
                    f"kind. Say only what the study found.",
                    None, None, words, (start, end)))
                break
        return out
