"""Claims a text quotes in order to weigh them: a fact check, a column or a Q&A cites what
circulates ("Headlines claimed that 'vitamin D halves the risk'", "Behauptung: „Vitamin D
halbiert das Darmkrebsrisiko.“ Bewertung: falsch", "on lit que « le scanner divise les
infarctus par deux ». Ce n'est pas ce que dit l'étude") and then says what the study
found. The words inside such a quotation are the claim weighed, not the text's own: a
figure or a causal verb there is no error of the text.

A quotation is such a claim when the words before it in its sentence say it is one (a
claim, a headline, a rumour, what one reads or hears) or when its sentence, after it, or
the next sentence of its paragraph gives a verdict against it (false, misleading, not
what the study says), or when a label before it calls it a myth ("MYTH: "…"", "Idée
reçue : « … »"). Closed-class words of the six languages.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

import regex

# a quotation: «…», „…“ / „…”, “…”, ‹…›, "…" (within one paragraph)
_QUOTE = regex.compile(r"«[^»\n]{3,400}»|„[^“”\n]{3,400}[“”]|“[^”\n]{3,400}”"
                       r"|‹[^›\n]{3,400}›|\"[^\"\n]{3,400}\"")
_INTRO = {
    "en": r"claim(?:s|ed)?|headlines?|rumou?rs?|(?:people|you)\s+(?:say|read|hear)"
          r"|circulat\w*|going\s+round|goes\s+round|(?:doing|making)\s+the\s+rounds"
          r"|posts?\s+(?:say|claim)|slogans?|catchphrases?|viral",
    "de": r"Behauptung\w*|behauptet\w*|Schlagzeile\w*|Gerücht\w*|heißt\s+es|liest\s+man"
          r"|kursier\w*|zirkulier\w*|macht\s+(?:gerade\s+)?die\s+Runde|Slogan\w*|Spruch"
          r"|viral\w*",
    "fr": r"affirm\w*|on\s+(?:lit|entend)|lit-on|circul\w*|rumeur\w*|titr\w*|prétend\w*"
          r"|fait\s+le\s+tour|slogan\w*|viral\w*",
    "es": r"afirm\w*|se\s+(?:lee|dice|oye)|circul\w*|bulos?|rumor\w*|titular\w*"
          r"|da\s+vueltas|eslogan\w*|viral\w*",
    "it": r"affermazion\w*|si\s+(?:legge|dice|sente)|circol\w*|bufal\w*|voc[ei]\b|titol\w*"
          r"|gira(?:no)?|slogan|viral\w*",
    "pt": r"afirma\w*|(?:lê|diz|ouve)-se|circul\w*|boatos?|rumor\w*|manchete\w*"
          r"|slogan\w*|viral\w*|corre(?:m)?\s+(?:nas|pelas)\s+redes",
}
# the same, said after the quotation in its sentence ("„…“ macht die Runde")
_AFTER = {
    "en": r"(?:is|are|was|were|keeps?)\s+(?:going|doing|making)\s+(?:the\s+)?rounds?"
          r"|went\s+viral|circulat\w*",
    "de": r"die\s+Runde|kursier\w*|zirkulier\w*|ging\s+viral",
    "fr": r"fait\s+le\s+tour|circul\w*|tourn\w*",
    "es": r"da\s+vueltas|circul\w*|se\s+(?:hizo|ha\s+hecho)\s+viral",
    "it": r"gira(?:no)?|circol\w*|spopola\w*",
    "pt": r"circul\w*|corre(?:m)?\s+(?:nas|pelas)\s+redes|viraliz\w*",
}
_VERDICT = {
    "en": r"false|misleading|not\s+true|untrue|wrong|goes\s+too\s+far|go\s+too\s+far"
          r"|overstat\w*|not\s+what\s+the\s+(?:study|paper|research)",
    "de": r"falsch|irreführend|stimmt\s+nicht|nicht\s+belegt|übertrieben|nirgends",
    "fr": r"faux|fausse|trompeu\w*|inexact\w*|exagér\w*"
          r"|n['’]est\s+pas\s+ce\s+que\s+(?:dit|montre)",
    "es": r"falso|falsa|engaños\w*|no\s+es\s+cierto|exagerad\w*"
          r"|no\s+es\s+lo\s+que\s+(?:dice|muestra)",
    "it": r"fals[oa]|fuorviante|non\s+è\s+vero|esagerat\w*"
          r"|non\s+è\s+quello\s+che\s+(?:dice|mostra)",
    "pt": r"fals[oa]|engan\w*|não\s+é\s+verdade|exagerad\w*"
          r"|não\s+é\s+o\s+que\s+(?:diz|mostra)",
}

# a label that introduces a claim as one the text rejects ("MYTH: "…"", "Idée reçue :
# « … »", "Mito: «…»"): before the quotation in its sentence it is intro and verdict at once
_MYTH = {
    "en": r"myths?|misconceptions?|false\s+claims?|misbeliefs?",
    "de": r"Mythos|Mythen|Irrt(?:um|ümer)|Falschbehauptung\w*|Fehlannahme\w*",
    "fr": r"mythes?|idées?\s+reçues?|intox|fausses?\s+croyances?",
    "es": r"mitos?|bulos?|falsas?\s+creencias?",
    "it": r"mit[oi]|falsi\s+miti|luoghi\s+comuni|bufal\w*|false\s+credenze",
    "pt": r"mitos?|ideias?\s+feitas?|falsas?\s+crenças?",
}


@functools.lru_cache(maxsize=64)  # two tables a language: 8 were compiled again every run
def _pattern(table: str, lang: str) -> regex.Pattern[str] | None:
    words = {"intro": _INTRO, "after": _AFTER, "verdict": _VERDICT, "myth": _MYTH}[table].get(
        lang)
    if not words:
        return None
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.IGNORECASE)


# what a quoted claim is not, whatever the text makes of it: the study's result or cause
AS_RESULT = frozenset({"background-as-result", "causal-claim"})


def reported_spans(text: str, spans: list[tuple[int, int]], lang: str,
                   rejected: bool = False) -> list[tuple[int, int]]:
    """Where the text quotes a claim to weigh it (the quotation marks included); with
    ``rejected``, only the claims it gives a verdict against: their figures are not the
    text's at all, while one it only cites ("the figure going round, 'up to 12%'") still
    says its figure as the sheet does (its hedge is checked), though not as the study's
    result."""
    if not any(mark in text for mark in "«„“‹\""):
        return []  # most texts quote nothing
    intro, after, verdict = (_pattern("intro", lang), _pattern("after", lang),
                             _pattern("verdict", lang))
    if intro is None or after is None or verdict is None:
        return []
    myth = _pattern("myth", lang)
    starts = [a for a, _ in spans]
    out = []
    for hit in _QUOTE.finditer(text):
        k = bisect_right(starts, hit.start()) - 1
        if k < 0:
            continue
        a, b = spans[k]
        if myth is not None and myth.search(text, a, hit.start()) is not None:
            out.append(hit.span())  # labelled a myth: cited and rejected at once
            continue
        if not rejected and (intro.search(text, a, hit.start()) is not None
                             or after.search(text, hit.end(), max(b, hit.end())) is not None):
            out.append(hit.span())
            continue
        # the verdict: the rest of the quote's sentence (or the sentence the quote ends
        # in), then the next sentence of the same paragraph
        j = bisect_right(starts, hit.end() - 1) - 1
        end = spans[j][1] if j >= 0 else b
        if j + 1 < len(spans) and "\n\n" not in text[end:spans[j + 1][0]]:
            end = spans[j + 1][1]
        if verdict.search(text, hit.end(), end) is not None:
            out.append(hit.span())
    return out
