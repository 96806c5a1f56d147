"""French word lists: what the fact checker, the sentence splitter and language
identification read. Regex fragments are matched case-insensitively at word boundaries."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# The most common French function words (for telling languages apart, not for removal).
# Elided forms are listed whole: "l'étude" is one word for the tokenizer.
STOPWORDS = _set("""
le la les de des du un une et à au aux en dans par pour sur avec sans sous ce cet cette
ces qui que quoi dont où ne pas plus est sont été être a ont avait avaient était étaient
il ils elle elles on nous vous je se sa son ses leur leurs mon ma mes notre nos votre vos
y aussi mais ou donc ni car comme si tout tous toute toutes très bien peu chez entre après
avant depuis pendant selon lui eux même autre autres cela ça celui celle ceux celles
quand alors ainsi encore déjà fait peut peuvent avoir aucun aucune chaque lors c'est
n'est qu'il qu'elle qu'un qu'une d'un d'une l'on s'est n'ont n'a jusqu'à parmi contre
""")

# Lower case, with their dots. French typography writes "Dr", "Pr", "Mme" without a dot,
# but press releases often add one. "M." and other single capitals are initials already.
# Month abbreviations: the ones the Imprimerie nationale gives ("mars", "mai", "juin",
# "août" are never shortened).
ABBREVIATIONS = _set("""
dr. dre. drs. pr. pre. prof. mme. mmes. mlle. mlles. me. mgr. st. ste. cf. etc. env.
ex. éd. coll. fig. vol. chap. art. av. bd. tél. dép. hôp. univ. janv. févr. avr. juil.
sept. oct. nov. déc. m.d. ph.d. c.-à-d. j.-c. apr. éq. min. max. approx. réf.
""") | {"p. ex.", "et al.", "apr. j.-c.", "av. j.-c.", "c.-à-d."}

# Only before a number: "p. 12", "no. 5", "n. 3".
NUMBER_ABBREVIATIONS = frozenset({"p.", "pp.", "n.", "no.", "nos."})

def _elided(stem: str) -> str:
    """A vowel-initial direction word with the elided pronoun or article glued to it
    ("s'aggraver", "d'amélioration"): the checker's tokens would otherwise count "s" as a
    word and push "pas" out of the negation window ("n'ont pas vu leur handicap
    s'aggraver"). "n'" is left out: it is a negation."""
    return rf"(?:[dlmst]['’])?{stem}"


# "progressive" (a form of SEP) is not a worsening word; "plus" is not an increase word
# (it is also the negation "ne ... plus" and the quantity "plus de la moitié"); "moins"
# before "de"/"que" is a quantity and "au moins" means "at least".
DIRECTIONS = {
    "improved": [_elided(r"amélior\w*"), r"mieux", r"rétabli\w*", r"récupér\w*",
                 r"guéri\w*"],
    "worsened": [_elided(r"aggrav\w*"), r"empir\w*", _elided(r"détérior\w*"),
                 r"dégrad\w*", r"pires?", r"progression", r"progress(?:é|ée|és|ées)"],
    "increased": [_elided(r"augment\w*"), r"hausses?", _elided(r"accru\w*"),
                  _elided(r"accroiss\w*"), _elided(r"accroît\w*"), r"davantage",
                  r"doubl\w*", r"tripl\w*", r"grimp\w*",
                  r"plus\s+(?:élevée?s?|nombreu(?:x|ses?)|fréquente?s?)",
                  r"supérieure?s?", r"(?:est|sont|a|ont)\s+(?:monté|montée|montés|montées)",
                  r"(?<!ne\s\w{1,12}\s)plus\s+d['’]\p{L}+"],
    "decreased": [r"diminu\w*", r"baiss\w*", r"rédui\w*", r"réduction\w*", r"recul\w*",
                  r"chut\w*", r"décroi\w*", r"moindres?", _elided(r"inférieure?s?"),
                  r"plus\s+(?:basse?s?|faibles?|rares?)",
                  r"(?<!au\s)moins(?!\s+(?:de|d['’]|que|qu['’]|bien)\b)",
                  # a comparative before a noun: "moins d'infections" (not "moins de la
                  # moitié", a quantity, nor "moins de 5", a bound)
                  r"(?<!au\s)moins\s+d['’]\p{L}+"],
    "unchanged": [r"stables?", r"stabilis\w*", _elided(r"inchangée?s?"),
                  r"sans\s+changement", r"(?:pas|sans)\s+chang(?:é|ée|és|ées|er)",
                  r"(?:est|sont)\s+rest(?:é|ée|és|ées)\s+(?:le|la|les)\s+mêmes?",
                  r"sans\s+évolution"],
}

# "n'a", "n'ont", "n'est": the elided "ne" is matched with its verb, or alone right
# before the direction word ("n'augmente pas": "pas" comes after the verb).
NEGATIONS = ["ne", r"n['’]\w+", r"n['’]", "pas", "jamais", "sans", "ni", "aucun",
             "aucune", "aucuns", "aucunes", "rien", "non", "nullement", "guère"]

# verbs that keep a change from happening: "évite ... de s'aggraver"; before a
# comparative they turn it round ("évite plus d'infections" = fewer infections)
PREVENTIONS = [_elided(r"évit\w*"), _elided(r"empêch\w*"), r"prévien\w*", r"préven\w*",
               r"stopp\w*", r"frein\w*", r"bloqu\w*"]

PERCENT_WORDS = (r"pour\s*cents?",)
# "71 sur 100", "71 personnes sur 100", "7 femmes sur 10"; "sur un total de"
FREQUENCY_WORDS = ("sur", r"\p{L}+[ \u00a0]+sur", r"sur\s+un\s+total\s+de")
RANGE_WORDS = (("de", "à"), ("entre", "et"), ("du", "au"), ("depuis", "jusqu'en"),
               ("de", "jusqu'à"), ("de", "jusqu'en"))
TIME_UNITS = {
    "year": ("ans", "an", "années", "année"),
    "month": ("mois",),
    "week": ("semaines", "semaine", "sem."),
    "day": ("jours", "jour", "j"),
    "hour": ("heures", "heure", "h"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"décennie": (10, "year")}
