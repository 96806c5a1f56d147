"""A study's design said as another (rule ``design-changed``): "a randomised trial" for
an observational or retrospective study, "an observational study" for a randomised
trial, "a controlled study" where the sheet says there was no control group.

The design decides what a result can mean (a link or an effect), so readers weigh a
result by it. The words of each design are the language pack's own terms
(``randomised-trial``, ``retrospective-study``, ``cohort``), not a list
of this rule's; a few adjectives the packs have no term for ("observational",
"controlled" beside a study noun) are added per language. A design word the sheet
itself uses (a background of earlier randomised trials) is left to the text; a denied
or hedged one ("this was not a randomised trial", "a trial would be needed") is none.
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from plainsum.factsheet.model import OBSERVATIONAL_DESIGNS, RANDOMISED_DESIGNS, is_abbreviation
from plainsum.lexicon import Lexicon
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .sheet import term_forms
from .unstated import compiled, holds, near, said_at, sheet_claims, stems

# a study noun and "controlled" beside it: a control group the study had
_STUDY = {"en": r"(?:trial|study|studies|trials)", "es": r"(?:ensayos?|estudios?)",
          "fr": r"(?:essais?|études?)", "de": r"(?:Studien?|Prüfung(?:en)?)",
          "it": r"(?:studi|studio|trial|sperimentazion[ei])", "pt": r"(?:ensaios?|estudos?)"}
_CONTROLLED = {"en": r"controlled", "es": r"controlad[oa]s?", "fr": r"contrôlée?s?",
               "de": r"kontrollierten?", "it": r"controllat[oiae]",
               "pt": r"controlad[oa]s?"}
# a design wanted, needed or to come, not the study's ("a randomised trial would be needed",
# "hace falta un ensayo", "il faudrait un essai"), besides the pack's hedges
_NEEDED = {"en": r"need\w*|requir\w*|necessary|should|must|future|ongoing|under\s*way|"
                 r"planned|can|could|would|will",
           "es": r"necesit\w*|necesari\w*|falta|deber\w*|futur\w*|podr\w*|permitir\w*|"
                 r"puede|pueden",
           "fr": r"faudr\w*|faut|nécessaire\w*|besoin|devr\w*|futur\w*|pourr\w*|"
                 r"permettr\w*|peut|peuvent",
           "de": r"nötig|notwendig|brauch\w*|müss\w*|sollt\w*|künftig\w*|könnt\w*|"
                 r"würd\w*|kann|können|erforderlich",
           "it": r"necessari\w*|serv\w*|bisogn\w*|dovr\w*|futur\w*|potr\w*|può|possono",
           "pt": r"necessári\w*|precis\w*|dever\w*|futur\w*|poder\w*|permitir\w*|"
                 r"pode|podem"}
# other studies of the design: a plural study noun ("randomised trials" are others')
_PLURAL = {"en": r"trials|studies|RCTs", "es": r"ensayos|estudios", "fr": r"essais|études",
           "de": r"Studien|RCTs", "it": r"studi|sperimentazioni", "pt": r"ensaios|estudos"}
# ... or a word of earlier and other work, or of a comparison, just before it
_OTHERS = {"en": r"other|earlier|previous|prior|past|than|unlike|rather|instead",
           "es": r"otr[oa]s?|anterior\w*|previ[oa]s|que|como|diferencia|lugar",
           "fr": r"autres?|antérieur\w*|précédent\w*|que|qu|comme|contrairement|plutôt|lieu",
           "de": r"ander\w*|früher\w*|bisherig\w*|als|wie|anders|statt|anstatt",
           "it": r"altr[oiae]|precedent[ei]|che|come|diversamente|anziché|invece",
           "pt": r"outr[oa]s?|anterior\w*|prévi[oa]s|que|como|contrário|vez"}
_BEFORE = frozenset({"en", "de"})  # languages whose adjective stands before its noun
# a design that only observes, said in the word the packs have no term for
_OBSERVING = {"en": r"observational", "es": r"observacional(?:es)?",
              "fr": r"observationnel(?:le)?s?", "de": r"Beobachtungsstudien?|beobachtenden?",
              "it": r"osservazional[ei]", "pt": r"observaciona(?:l|is)"}
# what every pattern word holds, folded: a text without one is not searched
_STEMS = {"en": ("random", "rct", "retrospect", "cohort", "controlled", "observational"),
          "es": ("aleator", "random", "eca", "retrospect", "cohorte", "controlad",
                 "observacional"),
          "fr": ("random", "aléatoire", "ecr", "rétrospect", "cohorte", "contrôlé",
                 "observationn"),
          "de": ("random", "rct", "retrospekt", "rückblick", "kohorte", "kontrolliert",
                 "beobachtend", "beobachtungsstud"),
          "it": ("random", "rct", "retrospett", "coort", "controllat", "osservazional"),
          "pt": ("aleator", "random", "eca", "retrospe", "coorte", "controlad",
                 "observaciona")}
_STEMS = {lang: stems(*words) for lang, words in _STEMS.items()}
# the stems of the two adjectives, for the patterns built on them
_CONTROLLED_STEMS = stems("controlled", "controlad", "contrôlé", "kontrolliert", "controllat")
_OBSERVING_STEMS = stems("observational", "observacion", "observationn", "beobachtend",
                         "beobachtungsstud", "osservazional")


def _form_pattern(forms: list[str]) -> tuple[str, tuple[str, ...]]:
    """Forms of a term as one pattern, and the longest word of each (folded): a sheet
    without one of them does not say the term."""
    out = []
    for form in sorted(set(forms), key=len, reverse=True):
        body = r"[\s\u00a0-]+".join(regex.escape(w) for w in form.split())
        out.append(f"(?-i:{body})" if is_abbreviation(form) else body)
    return "|".join(out), stems(*{max(f.split(), key=len) for f in forms})


def _forms(lexicon: Lexicon, term_id: str,
           keep: Callable[[str], bool] | None = None) -> list[str]:
    """The technical name of a term and its forms: the plain one ("study where chance
    decides who gets the treatment") is a definition, not a name a text calls it by."""
    forms = term_forms(lexicon, term_id)
    if forms is None:
        return []
    return [f for f in (forms.technical, *forms.forms) if keep is None or keep(f)]


def _controlled(lang: str) -> str:
    study, adjective = _STUDY[lang], f"(?:{_CONTROLLED[lang]})"  # an alternation kept whole
    if lang in _BEFORE:
        return rf"{adjective}(?:\s+\p{{L}}+)?\s+{study}"
    return rf"{study}(?:\s+\p{{L}}+)?\s+{adjective}"


_Claims = tuple[tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...], str, str]


def _claims(context: CheckContext) -> _Claims:
    """The patterns of the designs this sheet's study is not, each with the stems its
    matches hold; the design the study is and what it lacked (for the message)."""
    sheet, lexicon = context.factsheet, context.lexicon
    lang = lexicon.lang.split("-")[0]
    if lang not in _STUDY:
        return (), "", ""
    evidence = sheet.evidence
    uncontrolled = any("control-group" in lim.terms for lim in sheet.limitations.values())
    parts: list[tuple[str, tuple[str, ...]]] = []  # (pattern, stems)
    said_as = ""
    if evidence == "observational" or uncontrolled:
        parts.append(_form_pattern(_forms(lexicon, "randomised-trial")))
    if uncontrolled:
        # "controlled" beside a study noun; never the control group's own name, which
        # texts of such a study use to say it had none ("Eine Kontrollgruppe gab es
        # nicht", a glossary's entry)
        parts.append((_controlled(lang), _CONTROLLED_STEMS))
        said_as = ", with no control group"
    elif evidence == "randomised":
        parts.append(_form_pattern(_forms(lexicon, "retrospective-study")))
        parts.append(_form_pattern(_forms(
            lexicon, "cohort", lambda f: " " in f or f.casefold().endswith("studie"))))
        parts.append((_OBSERVING[lang], _OBSERVING_STEMS))
    # a design the sheet speaks of itself (beyond saying what the study lacked) is the
    # text's to speak of too
    kept = [(body, wanted) for body, wanted in parts
            if body and not sheet_claims(context, compiled(body), wanted)]
    if not kept:
        return (), "", ""
    designs = [d for d in sheet.design if d in OBSERVATIONAL_DESIGNS | RANDOMISED_DESIGNS]
    named = term_forms(lexicon, designs[0]) if designs else None
    design = named.technical if named is not None else "a study"
    return (tuple((compiled(body), wanted) for body, wanted in kept),
            design, said_as)


def _prepare(context: CheckContext) -> bool:
    """Every design pattern of the language compiled on its first text, whatever the
    sheet (once per process: the packs' terms are the same for every sheet)."""
    lexicon = context.lexicon
    lang = lexicon.lang.split("-")[0]
    if lang in _STUDY:
        for term in ("randomised-trial", "retrospective-study"):
            compiled(_form_pattern(_forms(lexicon, term))[0])
        compiled(_form_pattern(_forms(
            lexicon, "cohort", lambda f: " " in f or f.casefold().endswith("studie")))[0])
        compiled(_controlled(lang))
        compiled(_OBSERVING[lang])
    return True


def _wanted(context: CheckContext) -> regex.Pattern[str]:
    """The words after a design that make it one wanted, not had: the pack's hedges and
    the language's words of need."""
    lang = context.lexicon.lang.split("-")[0]
    hedges = [w for w in getattr(context.pack, "caveats", None) or () if w]
    return compiled("|".join([_NEEDED.get(lang, "need"), *hedges]))


class DesignValidator:
    """Reports a design the study did not have (rule ``design-changed``)."""

    name = "design"
    reads = ()  # the text, the sheet and the language only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        from .random_denied import random_denied

        return self._changed(text, context) + random_denied(text, context)

    def _changed(self, text: str, context: CheckContext) -> list[Finding]:
        lang = context.lexicon.lang.split("-")[0]
        context.lexicon.remember_sheet(("design", "prepared"), lambda: _prepare(context))
        if lang not in _STEMS or not holds(text, context, _STEMS[lang]):
            return []
        patterns, design, said_as = context.lexicon.remember(
            ("design", "claims"), lambda: _claims(context))
        spans = sorted((m.start(), m.end()) for pattern, wanted in patterns
                       if holds(text, context, wanted)
                       for m in near(text, context, pattern, wanted))
        plural, others = compiled(_PLURAL[lang]), compiled(_OTHERS[lang])
        wanted = _wanted(context)
        for start, end, words in said_at(text, context, spans, after=wanted):
            # other studies of the design, the design compared with or wanted ("less sure
            # than a randomised trial", "frühere randomisierte Studien", "haría falta un
            # ensayo aleatorizado")
            before = " ".join(text[max(0, start - 40):start].split()[-3:])
            if plural.search(words) or others.search(before) or wanted.search(before):
                continue
            return [Finding(
                "design-changed", "error",
                f"{words!r} names a design the study did not have; the fact sheet gives "
                f"it as {design}{said_as}. Say the design the study had.",
                None, None, words, (start, end))]
        return []
