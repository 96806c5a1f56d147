"""A proof of what the sheet says its study could not show (rule ``causal-claim``).

A sheet whose limitations say the study cannot tell whether the treatment is safe ("too
small to show whether going home early is just as safe") and that never calls it safe
itself: a text that says the study proves, shows or demonstrates that it is safe ("the
trial showed that going home early is just as safe", "la sécurité est démontrée", "o que
demonstra que a alta precoce é segura") claims what the design cannot carry, whatever the
design. A proof denied or hedged in its clause ("cannot show whether it is as safe") is
the sheet's own caveat.
"""

from __future__ import annotations

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext
from plainsum.spans import Spans

from .analysis import QUOTES, REJECTED, REPORTED
from .directions import _words

_FLAGS = regex.IGNORECASE
GAP = 60  # characters between the word of proof and the word of safety, in one clause
# a word of proof, either side of what it proves ("showed that ... is safe", "la sécurité
# est démontrée", "nachweislich genauso sicher"): closed verb forms by language
_PROOF = {
    "en": r"shows?|showed|shown|proves?|proved|proven|demonstrat(?:es|ed|e)|confirm(?:s|ed)"
          r"|establish(?:es|ed)",
    "es": r"demuestra(?:n)?|demostr(?:ó|aron)|demostrad[oa]s?|prueba(?:n)?|prob(?:ó|aron)"
          r"|probad[oa]s?|confirma(?:n)?|confirm(?:ó|aron)|muestra(?:n)?|mostr(?:ó|aron)",
    "fr": r"montre(?:nt)?|montrée?s?|prouve(?:nt)?|prouvée?s?|démontre(?:nt)?|démontrée?s?"
          r"|confirme(?:nt)?|confirmée?s?|établit|établie?s?",
    "de": r"zeigt|zeigte|zeigen|gezeigt|beweist|bewies|bewiesen|belegt|belegte|nachweislich"
          r"|nachgewiesen|bestätigt|bestätigte",
    "it": r"dimostra(?:no)?|dimostrat[oaie]|prova(?:no)?|provat[oaie]|mostra(?:no)?"
          r"|mostrat[oaie]|conferma(?:no)?|confermat[oaie]",
    "pt": r"prova(?:m)?|provou|provad[oa]s?|demonstra(?:m)?|demonstrou|demonstrad[oa]s?"
          r"|mostra(?:m)?|mostrou|confirma(?:m)?|confirmou",
}
# the noun of safety, beside the safety module's "is safe" forms
_SAFETY = {"en": r"safety", "es": r"seguridad", "fr": r"sécurité", "de": r"Sicherheit",
           "it": r"sicurezza", "pt": r"segurança"}
_STEM = {"en": "safe", "es": "segur", "fr": "sûr", "de": "sicher", "it": "sicur",
         "pt": "segur"}
_SAFETY_STEM = {"fr": "sécurité"}
# what a proof is still owed ("larger studies must show that it is safe", "deben mostrar",
# "doivent montrer", "müssen zeigen", "devono dimostrare", "têm de mostrar"): no claim
_OWED = {"en": r"must|need(?:s|ed)?\s+to|ha(?:ve|s)\s+to|should|yet\s+to",
         "es": r"deb(?:e|en|erán|ería|erían)|tiene(?:n)?\s+que|hay\s+que|falta",
         "fr": r"doi(?:t|vent|vront)|devr(?:a|ont|ait|aient)|faut|reste\s+à",
         "de": r"muss|müssen|müsste|müssten|soll|sollen|sollte|sollten|noch\s+nicht",
         "it": r"dev(?:e|ono|ranno|rebbe|rebbero)|bisogna|occorre|serve(?:no)?",
         "pt": r"dev(?:e|em|erá|erão|eria|eriam)|t[eê]m\s+de|tem\s+que|precisa(?:m)?"}
_CLAUSE = regex.compile(r"[;:.!?\n]")
# a proof asked of, not said ("show whether it is as safe", "zeigen, ob", "si es", "se è"):
# closed-class words of the six languages
_WHETHER = regex.compile(r"(?<!\p{L})(?:whether|if|si|ob|se|qualora|caso)(?!\p{L})",
                         regex.IGNORECASE)
_PATTERNS: dict[str, tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]] = {}


def _patterns(lang: str
              ) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    if lang not in _PATTERNS:
        from .safety import _SAFE

        _PATTERNS[lang] = (
            regex.compile(rf"(?<![\p{{L}}])(?:{_PROOF[lang]})(?![\p{{L}}])", _FLAGS),
            regex.compile(rf"(?<![\p{{L}}])(?:{_SAFE[lang]}|{_SAFETY[lang]})(?![\p{{L}}])",
                          _FLAGS),
            regex.compile(rf"(?<![\p{{L}}])(?:{_OWED[lang]})(?![\p{{L}}])", _FLAGS))
    return _PATTERNS[lang]


def _unshown(context: CheckContext) -> bool:
    """Whether the sheet's limitations say in the text's language that safety could not
    be shown, and the sheet calls nothing safe itself."""
    def read() -> bool:
        from .claims import _vocab
        from .unstated import sheet_text

        lang = context.lexicon.lang.split("-")[0]
        sheet = context.factsheet
        whole = sheet_text(sheet, lang)
        outside = sheet_text(sheet, lang, ("limitations",))
        kept = set(outside.split("\n"))
        limits = [line for line in whole.split("\n") if line not in kept]
        deny = _vocab(context.pack).caveat
        safe = _patterns(lang)[1]
        said = any(safe.search(line) and deny is not None and deny.search(line)
                   for line in limits)
        return said and not any(_safety_said(line, lang, deny) for line in kept)

    return context.lexicon.remember_sheet(("proven-unshown",), read)


def proven_unshown(text: str, context: CheckContext) -> list[Finding]:
    """A proof of safety the sheet's limitations deny, one finding a sentence."""
    lang = context.lexicon.lang.split("-")[0]
    if lang not in _PROOF or not _unshown(context):
        return []  # most sheets: no limitation of safety (asked once per sheet)
    low = text.lower()
    if _STEM[lang] not in low and _SAFETY_STEM.get(lang, _STEM[lang]) not in low:
        return []
    from .claims import _vocab

    proof, safe, owed = _patterns(lang)
    deny = _vocab(context.pack).caveat
    negation = _words(context.pack).negation
    analysis = analysis_of(text, context)
    # a claim in quotes is someone's, weighed or reported ("MYTH: «It is proven safe»")
    quoted = Spans([*analysis[QUOTES], *analysis[REPORTED], *analysis[REJECTED]])
    hearsay = _hearsay(context)
    out = []
    for a, b in analysis.sentences:
        sentence = text[a:b]
        if sentence.rstrip().endswith("?"):
            continue
        colon = sentence.find(":")
        if colon > 0 and hearsay is not None and hearsay.search(sentence, 0, colon):
            continue  # under a heading that labels it ("MYTH:", "Rumeur :")
        for s in safe.finditer(sentence):
            near = [p for p in proof.finditer(sentence, max(0, s.start() - GAP),
                                              min(len(sentence), s.end() + GAP))
                    if not _CLAUSE.search(sentence, min(p.end(), s.end()),
                                          max(p.start(), s.start()))]
            said = next((p for p in near if not _denied(sentence, p, s, deny, negation)
                         and not _denied(sentence, p, s, owed)), None)
            if said is None:
                continue
            lo, hi = min(said.start(), s.start()), max(said.end(), s.end())
            if quoted.overlaps(a + lo, a + hi):
                continue
            words = sentence[lo:hi]
            out.append(Finding(
                "causal-claim", "error",
                f"{words!r} says the study proves it is safe, but the fact sheet says the "
                "study could not show that. Keep the sheet's caveat.",
                None, None, words, (a + lo, a + hi)))
            break
    return out


def _hearsay(context: CheckContext) -> regex.Pattern[str] | None:
    """The pack's caveat words (no negations): a heading of one frames what follows."""
    from .claims import _compile

    return context.lexicon.remember(("proven-hearsay",), lambda: _compile(
        list(getattr(context.pack, "caveats", None) or ())))


def _denied(sentence: str, proof: regex.Match[str], safe: regex.Match[str],
            deny: regex.Pattern[str] | None,
            negation: regex.Pattern[str] | None = None) -> bool:
    """A negation or caveat from the clause's start to the later of the two words ("cannot
    show whether it is as safe", "too small to show whether"). With ``negation``, what
    the proof proves (after its word) is read for a negation only: a caveat word there
    is the object's own ("shows that going home early is as safe", "presto", "early",
    in the name of a group), not a hedge of the proof."""
    if deny is None:
        return False
    lo = min(proof.start(), safe.start())
    comma = sentence.rfind(",", 0, lo)
    start = max(_clause_start(sentence, lo), comma + 1)
    if negation is None or safe.start() < proof.start():
        return deny.search(sentence, start, max(proof.end(), safe.end())) is not None
    return deny.search(sentence, start, proof.end()) is not None or any(
        p.search(sentence, proof.end(), safe.end()) is not None for p in (negation, _WHETHER))


def _safety_said(line: str, lang: str, deny: regex.Pattern[str] | None) -> bool:
    """Whether a line of the sheet calls something safe as its own claim: not denied,
    not owed and not the object of a proof ("larger studies must show that it is safe")."""
    proof, safe, owed = _patterns(lang)
    for s in safe.finditer(line):
        clause = line[_clause_start(line, s.start()):s.end()]
        if not any(p is not None and p.search(clause) for p in (proof, owed, deny)):
            return True
    return False


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last strong mark before it."""
    ends = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
    return ends[-1] if ends else 0
