"""A length of time counted back from the writer's own present: "two years ago", "due anni
fa", "il y a deux ans", "há doze anos", "vor zwei Jahren", "hace dos años"; and, in a
sentence where writers speak of themselves, "for twenty years" as "depuis vingt ans", "seit
zwanzig Jahren", "desde hace veinte años", "da vent'anni" ("Sage-femme depuis vingt ans, je
lis ..."). A study's figures are never counted from the day a text is read, so such a
length is no figure of the sheet to check (a letter's "I was diagnosed two years ago").

The words are closed-class words of the six languages (as ``context`` keeps its own).
"""

from __future__ import annotations

import regex

# right before the length: "il y a", "vor", "hace", "há", "faz"; after it: "ago", "fa",
# "atrás"
_AGO_BEFORE = regex.compile(r"(?<!\p{L})(?:il\s+y\s+a|vor|hace|há|faz)[ \u00a0]+$",
                            regex.IGNORECASE)
_AGO_AFTER = regex.compile(r"[ \u00a0]+(?:ago|fa|atrás)(?!\p{L})", regex.IGNORECASE)
# "for ... (up to now)": only with the writer in the sentence
_SINCE_BEFORE = regex.compile(r"(?<!\p{L})(?:depuis|seit|desde\s+hace|da|for)[ \u00a0]+$",
                              regex.IGNORECASE)
# ("I" as written; the others in any case. Forms that are another common word, as the
# Italian "ma" (but) or the Spanish "mes" (month), are left out)
_FIRST_PERSON = regex.compile(
    r"(?<![\p{L}'’])(?:(?:I|(?i:my|je|moi|mon|ich|mich|mir|mein\w*|yo|mis?|io|mio|mia"
    r"|miei|mie|eu|meu|meus|minhas?))(?!\p{L})|(?i:j['’]))")


def until_now(text: str, start: int, end: int) -> bool:
    """Whether the length of time at ``[start, end)`` of ``text`` (a sentence) is counted
    back from the writer's present, or belongs to the writer's own story that a length
    counted back dates ("Há dois anos tive uma embolia pulmonar e fiquei quatro dias
    internada", "Two years ago I had a clot and spent four days in hospital")."""
    if _AGO_AFTER.match(text, end) or _AGO_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _SINCE_BEFORE.search(text, max(0, start - 14), start) and _FIRST_PERSON.search(text):
        return True
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), -1) + 1
    return _DATED_STORY.search(text, lo, start) is not None and (
        _ME.search(text, lo, end) is not None or _MY_PAST.search(text, lo, end) is not None)


# a length counted back that opens the writer's story, before the length judged: "Há dois
# anos", "Two years ago", "Vor zwei Jahren", "Il y a deux ans", "Hace dos años", "Due anni fa"
_UNIT = (r"(?:years?|months?|weeks?|anos?|años?|ans|années|jahren?|monaten?|wochen|anni|mesi"
         r"|settimane|meses|mois|semanas|semaines)")
# ... or the last year, month or week before the writer's present: "last year", "l'anno
# scorso", "el año pasado", "l'an dernier", "letztes Jahr", "no ano passado"
_LAST = (r"last\s+(?:year|month|week|summer|winter|spring|autumn)"
         r"|(?:el|del)\s+(?:año|mes|verano|invierno)\s+pasado|la\s+semana\s+pasada"
         r"|l['’]an\s+dernier|l['’]année\s+dernière|(?:le\s+)?mois\s+dernier"
         r"|la\s+semaine\s+dernière|l['’]été\s+dernier|l['’]hiver\s+dernier"
         r"|(?:letzte[nsm]?|vergangene[nsm]?)\s+(?:Jahr|Monat|Woche|Sommer|Winter)"
         r"|(?:l['’]|dell['’])anno\s+(?:scorso|passato)|(?:il|del)\s+mese\s+scorso"
         r"|(?:la|della)\s+settimana\s+scorsa|(?:l['’]|dell['’])estate\s+scorsa"
         r"|(?:o|no|do)\s+(?:ano|mês|verão|inverno)\s+passado|(?:a|na)\s+semana\s+passada")
_DATED_STORY = regex.compile(
    rf"(?i)(?<!\p{{L}})(?:(?:il\s+y\s+a|vor|hace|há|faz)\s+[\p{{L}}\p{{N}}-]+\s+{_UNIT}"
    rf"|[\p{{L}}\p{{N}}-]+\s+{_UNIT}\s+(?:ago|fa|atrás)|{_LAST})(?!\p{{L}})")
# a verb said only of oneself in a past story (the writer's "I had", "I stayed", "I was"
# where the pronoun is left out): closed-class forms of Portuguese, Spanish and Italian
_MY_PAST = regex.compile(
    r"(?i)(?<!\p{L})(?:tive|estive|fiquei|passei|fui|tuve|estuve|quedé|pasé|ebbi|rimasi"
    r"|sono\s+stat[oa])(?!\p{L})")


# the writer saying how old they are, right before the figure: "I'm 58", "I am 58 years
# old", "ich bin 58", "j'ai 58 ans", "tengo 58 años", "ho 58 anni", "tenho 58 anos"; or
# as if they were that age, as a request for a plain answer says it ("explain it as if I
# were five", "als wäre ich fünf", "comme si j'avais cinq ans", "como si tuviera cinco")
_OWN_AGE = regex.compile(
    r"(?<![\p{L}'’])(?:I[ \u00a0]+am|I['’]m|I[ \u00a0]+were|I[ \u00a0]+was|(?i:ich[ \u00a0]+bin"
    r"|wäre[ \u00a0]+ich|ich[ \u00a0]+wäre|j['’]ai|j['’]avais|tengo|tuviera|ho|avessi|tenho"
    r"|tivesse))[ \u00a0]+$")
# or "be", an article and a word or two before a length in years: "I'm a 58-year-old",
# "soy una mujer de 58 años", "je suis une femme de 58 ans", "ich bin eine 58-jährige",
# "sono una donna di 58 anni", "sou uma mulher de 58 anos"
_OWN_AGE_NEAR = regex.compile(
    r"(?<![\p{L}'’])(?:I[ \u00a0]+am|I['’]m|(?i:ich[ \u00a0]+bin|je[ \u00a0]+suis|soy|sono"
    r"|sou))[ \u00a0]+(?i:an?|une?|eine?|una?|uno|uma?)(?:[ \u00a0]+[\p{L}'’]+){0,2}"
    r"[ \u00a0]+$")


def own_age(text: str, start: int, years: bool = False) -> bool:
    """Whether the number at ``start`` is the writer's own age ("Ho 58 anni e ho spesso
    dolori al petto"): a reader's letter says who asks, and no study gives its figures
    in the first person. ``years``: the number is a length in years, which may stand a
    few words after the verb ("soy una mujer de 58 años")."""
    if _OWN_AGE.search(text, max(0, start - 10), start) is not None:
        return True
    return years and _OWN_AGE_NEAR.search(text, max(0, start - 40), start) is not None


# the writer in a clause, as subject or object: the pronouns of ``_FIRST_PERSON`` and "me"
# (a first-person object pronoun in all six languages), or a verb said only of oneself
_ME = regex.compile(
    r"(?<![\p{L}'’])(?:I|(?i:me|my|je|moi|mon|ich|mich|mir|mein\w*|yo|mis?|io|mio|mia|miei"
    r"|mie|eu|meu|meus|minhas?|ho|tengo|tenho|soy|sou|habe))(?![\p{L}'’])|(?i:j['’])")


def own_year(text: str, lo: int, start: int) -> bool:
    """Whether the writer speaks of themselves in ``[lo, start)``, the clause before a
    year ("I was diagnosed with MS in 2015", "habe seit 2015 MS", "ho la SM dal 2015"):
    a year of the writer's own life, not of the study."""
    return _ME.search(text, lo, start) is not None
