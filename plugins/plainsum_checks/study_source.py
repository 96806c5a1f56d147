"""Where a text names the study at hand as the source of a figure ("In the study, about
4.2 % ...", "this study shows more than half ...", "Die Fünfjahresdaten zeigen ...",
"dans cette étude", "según este estudio", "nello studio"), or points back at the figure
before with a short sentence that does ("That number is what this study found", "Eso es
lo que ha encontrado este estudio", "So lauten die Ergebnisse dieser Studie"). Said of a
background figure, that gives context as this study's result (``background-as-result``).

The phrase counts in the figure's own part of the sentence with no other figure between
them; a pointer sentence must open with a word that points back (that, eso, das, c'est,
è, isso) and name a result as well as the study. The caller keeps away sentences that
label the figure as context or earlier work.
"""

from __future__ import annotations

import functools

import regex

from . import plain_regex
from .plain_regex import Compiled

# the study at hand named as the source, by language (closed wording of the six languages)
_SOURCE: dict[str, tuple[str, ...]] = {
    "en": (r"(?:in|from)\s+(?:this|the|our)\s+(?:new\s+)?(?:study|trial)",
           r"(?:this|the|our)\s+(?:new\s+)?(?:study|trial)\s+(?:also\s+)?"
           r"(?:shows?|showed|found|finds|reveal(?:s|ed)?)",
           r"(?:[\p{L}]+-year|new|latest|trial|study)\s+(?:results?|data|findings)\s+"
           r"(?:also\s+|further\s+)?(?:shows?|showed|indicate[sd]?|reveal(?:s|ed)?)",
           r"study\s+results?", r"main\s+(?:result|finding)"),
    "es": (r"(?:en|según|de)\s+(?:este|el|su|nuestro)\s+(?:propio\s+|mismo\s+)?"
           r"(?:estudio|ensayo)",
           r"(?:este|el|su|nuestro)\s+(?:estudio|ensayo)\s+(?:también\s+)?"
           r"(?:muestra|mostró|detectó|encontró|halló|observó|revela|reveló|indica)",
           r"resultados?\s+(?:a|de)\s+(?:los\s+)?\p{L}+\s+años", r"resultado\s+principal"),
    "fr": (r"(?:dans|selon)\s+(?:cette|cet|l['’]\s*|son|notre|leur)\s*(?:étude|essai)",
           r"(?:cette|cet|l['’]|notre|son)\s*(?:étude|essai)\s+(?:a\s+)?(?:aussi\s+)?"
           r"(?:montre|montré|révèle|révélé|trouvé|observé)",
           r"résultats?\s+à\s+\p{L}+\s+ans", r"résultat\s+principal",
           r"(?:chiffres|données)\s+observé(?:e)?s\s+dans"),
    "de": (r"(?:in|laut)\s+(?:der|dieser|unserer|ihrer)\s+Studie",
           r"(?:die|diese|unsere|ihre)\s+Studie\s+(?:[\p{L}-]+\s+){0,4}?"
           r"(?:zeigt|zeigte|fand|belegt)",
           r"(?:\p{L}+jahres|Studien)daten\s+zeigen",
           r"Ergebnis(?:se)?\s+(?:dieser|der|unserer)\s+Studie",
           r"Hauptergebnis\p{L}*"),
    "it": (r"(?:in|secondo|di)\s+(?:questo|lo|il\s+nostro)\s+studio", r"nello\s+studio",
           r"(?:questo|lo)\s+studio\s+(?:ha\s+)?(?:inoltre\s+|anche\s+)?"
           r"(?:mostra|dimostra|rileva|rilevato|trovato|osservato)",
           r"(?:risultati|dati)\s+a\s+\p{L}+\s+anni", r"(?:risultato|dato)\s+principale",
           r"emers[oa]\s+dalla\s+ricerca"),
    "pt": (r"(?:no|neste|segundo\s+(?:o|este))\s+(?:estudo|ensaio)",
           r"(?:este|o)\s+estudo\s+(?:também\s+)?(?:mostra|mostrou|revela|encontrou)",
           r"resultados?\s+(?:a|de)\s+\p{L}+\s+anos", r"resultado\s+principal",
           r"resultado\s+do\s+próprio\s+(?:estudo|ensaio)"),
}
# the opening of a short sentence that points back at the figure before it
_POINTER: dict[str, str] = {
    "en": r"(?:that|this|these|those|such)\b",
    "es": r"(?:eso|esto|ese|esa|esos|esas|es|son)\b",
    "fr": r"(?:c['’]\s*est|ce\s+sont|cela|ceci|ce\s+chiffre|ces\s+chiffres)",
    "de": r"(?:das|dies|diese[rs]?|so)\b",
    "it": r"(?:è|sono|questo|questa|questi|ciò|un\s+dato|un\s+risultato)\b",
    "pt": r"(?:é|são|isso|isto|esse|essa|este|esta)\b",
}
# a result named in such a sentence, and the study (or its main result)
_RESULT: dict[str, str] = {
    "en": r"(?:results?|findings?|found|figures?|numbers?|data|shows?|observed)",
    "es": r"(?:resultados?|hallazgos?|encontrado|datos?|cifras?|observad[oa]s?)",
    "fr": r"(?:résultats?|chiffres?|observé(?:e|s|es)?|données|trouvé)",
    "de": r"(?:\p{L}*ergebnis\p{L}*|gefunden|Zahlen|Daten|beobachtet)",
    "it": r"(?:risultat[oi]|dat[oi]|emers[oa]|rilevato|osservat[oi])",
    "pt": r"(?:resultados?|dados?|encontrado|observad[oa]s?)",
}
_STUDY: dict[str, str] = {
    "en": r"(?:study|trial|research|main)",
    "es": r"(?:estudio|ensayo|investigación|principal)",
    "fr": r"(?:étude|essai|recherche|principal)",
    "de": r"(?:Studie|Untersuchung|Haupt\p{L}*)",
    "it": r"(?:studio|ricerca|sperimentazione|principale)",
    "pt": r"(?:estudo|ensaio|pesquisa|principal)",
}
# a word that labels a figure as context or as another source's (not the words that only
# describe a figure, "lifetime", "each year", which a sentence naming the study may hold)
_ELSEWHERE: dict[str, str] = {
    "en": r"for\s+context|background|(?:for|by|in)\s+comparison|as\s+a\s+reference|"
          r"other\s+(?:studies|research|trials|reports?)|estimat\p{L}*|"
          r"according\s+to(?!\s+(?:this|the)\s+(?:study|trial))|already|national\p{L}*|"
          r"worldwide|statistics|registr\p{L}+|outside|general\s+population",
    "es": r"contexto|referencia|comparación|otros\s+estudios|estima\p{L}*|"
          r"seg[uú]n(?!\s+(?:este|el|su)\s+(?:propio\s+|mismo\s+)?(?:estudio|ensayo))|ya|"
          r"nacional\p{L}*|mundial|mundo|estadísticas|registros?|población\s+general|fuera",
    "fr": r"contexte|repère|comparaison|mémoire|d['’]autres\s+études|estim\p{L}*|"
          r"selon(?!\s+(?:cette|cet|l['’]|son|notre|leur)\s*(?:étude|essai))|déjà|"
          r"nationa\p{L}*|monde|statistiques|registres?|population\s+générale|hors",
    "de": r"Einordnung|Hintergrund|Vergleich|andere[n]?\s+Studien|Schätzung\p{L}*|"
          r"geschätzt\p{L}*|laut(?!\s+(?:der|dieser|unserer|ihrer)\s+Studie)|bereits|schon|"
          r"\p{L}*weit|Statistik\p{L}*|Register\p{L}*|Allgemeinbevölkerung|außerhalb",
    "it": r"contesto|confronto|riferimento|altri\s+studi|stim\p{L}*|"
          r"secondo(?!\s+(?:questo|lo|il\s+nostro|suo)\s+studio)|già|nazional\p{L}*|"
          r"mondo|mondiale|statistiche|registr\p{L}+|popolazione\s+generale|fuori",
    "pt": r"contexto|contextualizar|referência|comparação|outros\s+estudos|estima\p{L}*|"
          r"segundo(?!\s+(?:o|este)\s+(?:estudo|ensaio))|já|nacion\p{L}*|mundo|mundial|"
          r"estatísticas|registos?|registros?|população\s+geral|fora",
}
SHORT = 14  # words of a sentence that points back at the figure before it


@functools.lru_cache(maxsize=16)
def source_pattern(lang: str) -> Compiled | None:
    forms = _SOURCE.get(lang)
    if not forms:
        return None
    return plain_regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(forms)})(?!\p{{L}})",
                               regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _pointer(lang: str) -> tuple[Compiled, ...] | None:
    if lang not in _POINTER:
        return None
    return (plain_regex.compile(rf"^\W*{_POINTER[lang]}", regex.IGNORECASE),
            plain_regex.compile(rf"(?<!\p{{L}}){_RESULT[lang]}(?!\p{{L}})",
                                regex.IGNORECASE),
            plain_regex.compile(rf"(?<!\p{{L}}){_STUDY[lang]}(?!\p{{L}})",
                                regex.IGNORECASE))


@functools.lru_cache(maxsize=16)
def _elsewhere(lang: str) -> Compiled | None:
    form = _ELSEWHERE.get(lang)
    return None if form is None else plain_regex.compile(
        rf"(?<!\p{{L}})(?:{form})(?!\p{{L}})", regex.IGNORECASE)


def elsewhere(text: str, a: int, b: int, lang: str) -> bool:
    """Whether ``[a, b)`` labels a figure as context or another source's."""
    pattern = _elsewhere(lang)
    return pattern is not None and pattern.search(text, a, b) is not None


def named_in(text: str, a: int, b: int, lang: str) -> list[tuple[int, int]]:
    """Where in ``[a, b)`` the study at hand is named as a figure's source."""
    pattern = source_pattern(lang)
    if pattern is None:
        return []
    return [hit.span() for hit in pattern.finditer(text, a, b)]


def points_back(text: str, a: int, b: int, lang: str) -> bool:
    """Whether the sentence ``[a, b)`` is a short pointer back at the figure before it
    that names it a result of the study ("Eso es lo que ha encontrado este estudio")."""
    patterns = _pointer(lang)
    if patterns is None or len(text[a:b].split()) > SHORT:
        return False
    opening, result, study = patterns
    return (opening.search(text[a:b]) is not None and result.search(text, a, b) is not None
            and study.search(text, a, b) is not None)
