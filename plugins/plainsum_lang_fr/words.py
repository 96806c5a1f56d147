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
dr. dre. drs. pr. pre. prof. mme. mmes. mlle. mlles. me. mgr. st. ste. cf. etc. env. vs.
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
                 r"guéri\w*", r"plus\s+efficaces?"],
    "worsened": [_elided(r"aggrav\w*"), r"empir\w*", _elided(r"détérior\w*"),
                 r"dégrad\w*", r"pires?", r"progression", r"progress(?:é|ée|és|ées)",
                 r"moins\s+efficaces?"],
    "increased": [_elided(r"augment\w*"), r"hausses?", _elided(r"accru\w*"),
                  _elided(r"accroiss\w*"), _elided(r"accroît\w*"), r"davantage",
                  r"doubl\w*", r"tripl\w*", r"grimp\w*",
                  r"plus\s+(?:élevée?s?|nombreu(?:x|ses?)|fréquente?s?)",
                  # "s'est montrée supérieure à la povidone": better, not a higher figure
                  r"supérieure?s?(?!\s+(?:à\s+la|à\s+l['’]|au|aux)\s*\p{L})",
                  r"(?:est|sont|a|ont)\s+(?:monté|montée|montés|montées)",
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
               r"stopp\w*", r"frein\w*", r"bloqu\w*",
               # un verbe qui garde quelqu'un D'un changement, avec son « de » juste avant
               # le changement : « a préservé les patients de l'aggravation », « les a
               # protégés d'une aggravation », « épargné de »
               r"(?:préserv\w*|preserv\w*|protég\w*|protège\w*|protege\w*|épargn\w*|epargn\w*)"
               r"(?=(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:(?:de|contre)\s+(?:l['’]|la\s+|une\s+"
               r"|toute\s+)?|d['’](?:une\s+)?|du\s+|des\s+)(?:s['’])?\Z)"]

PERCENT_WORDS = (r"pour\s*cents?",)
# "71 sur 100", "71 personnes sur 100", "7 femmes sur 10"; "sur un total de"
FREQUENCY_WORDS = ("sur", r"\p{L}+[ \u00a0]+sur", r"sur\s+un\s+total\s+de", "des")
RANGE_WORDS = (("de", "à"), ("entre", "et"), ("du", "au"), ("depuis", "jusqu'en"),
               ("de", "jusqu'à"), ("de", "jusqu'en"))
TIME_UNITS = {
    "year": ("ans", "an", "années", "année"),
    "month": ("mois",),
    "week": ("semaines", "semaine", "sem."),
    "day": ("jours", "jour", "j"),
    "hour": ("heures", "heure", "h"),
    "minute": ("minutes", "minute"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"décennie": (10, "year")}

# --- effect measures, signs and hedges, as the fact checker reads them ----------------
# hedge id -> the words right before a figure ("environ 12 %", "plus de la moitié")
HEDGE_WORDS = {
    "about": ("environ", r"à\s+peu\s+près", "approximativement", r"autour\s+d(?:e|u|['’])",
              r"quelque", r"de\s+l['’]ordre\s+d(?:e|u|['’])", r"env\.",
              r"quelque\s+chose\s+comme", r"grosso\s+modo",
              r"aux\s+alentours\s+d(?:e|u|es|['’])", "~", "≈",
              # a verb of approximation: "la baisse avoisine les 45 %"
              r"avoisin(?:e|ent|ait|aient|ant|era)(?:\s+(?:les?|la|l['’]))?"),
    "nearly": (r"près\s+d(?:e(?:\s+la)?|u|['’])", "presque", "quasiment", "pratiquement",
               r"pas\s+loin\s+d(?:e|u|['’])"),
    "more-than": (r"plus\s+d(?:e(?:\s+la)?|u|es|['’])", r"au[\s-]delà\s+d(?:e|u|['’])",
                  r"supérieur(?:e|s|es)?\s+à", r"au[\s-]dessus\s+d(?:e|u|['’])", ">"),
    "at-least": (r"au\s+moins", r"pas\s+moins\s+d(?:e|['’])", "≥"),
    "less-than": (r"moins\s+d(?:e(?:\s+la)?|u|es|['’])", r"inférieur(?:e|s|es)?\s+à",
                  r"en[\s-]dessous\s+d(?:e|u|['’])", r"au[\s-]dessous\s+d(?:e|u|['’])", "<"),
    "up-to": (r"jusqu['’]à", r"(?:tout\s+)?au\s+plus(?!\s+tard)", "≤"),
}
# a minus said in words right before a figure: "moins 0,17"
MINUS_WORDS = ("moins",)
# ratio kind -> its names (matched case-insensitively) and abbreviations (as written)
RATIO_WORDS = {
    "hazard": (r"hazard\s+ratio", r"rapport\s+des?\s+risques?(?:\s+instantanés?)?"),
    "odds": (r"odds\s+ratio", r"rapport\s+des?\s+cotes", r"rapport\s+de\s+chances"),
    "risk": (r"risque\s+relatif",),
    "rate": (r"rapport\s+des?\s+taux",),
}
RATIO_ABBREVIATIONS = {"hazard": ("HR",), "odds": ("OR", "RC"), "risk": ("RR",),
                       "rate": ("IRR",)}
CI_WORDS = ("IC", r"intervalles?\s+de\s+confiance")
PVALUE_WORDS = (r"valeur\s+(?:de\s+)?p",)
# after a figure: an absolute difference of shares ("5 points de pourcentage")
POINT_WORDS = (r"points?\s+de\s+pourcentage", r"points?\s+(?:de\s+)?pour\s*cent", r"pts?",
               r"points?")
# after a figure: a multiple ("quatre fois plus"); not a dose ("deux fois par jour")
FOLD_WORDS = (r"fois(?!\s+(?:par|chaque)\b)",)
FOLD_SUFFIXES: tuple[str, ...] = ()
MULTIPLE_WORDS = {r"double(?!\s+(?:aveugle|insu))": 2, r"doublé(?:e|s|es)?": 2,
                  "triple": 3, r"triplé(?:e|s|es)?": 3}
FRACTION_WORDS = {r"(?:la\s+)?moitié": 50, r"un\s+tiers": 100 / 3, r"deux\s+tiers": 200 / 3,
                  r"un\s+quart": 25, r"trois\s+quarts": 75, r"un\s+cinquième": 20}
FINDING_WORDS = (r"(?:dans|de|selon)\s+(?:cette|l['’])\s*(?:nouvelle\s+)?analyse",
                 r"(?:a|ont)\s+(?:montré|révélé|constaté|observé|trouvé|mis\s+en\s+évidence)",
                 r"montre(?:nt)?", r"révèle(?:nt)?", r"constat(?:é|ée|és|ent)",
                 r"dans\s+(?:cette|l['’])\s*(?:étude|essai)", r"participant(?:e|s|es)",
                 # l'étude comme temps ou lieu de ce qui est arrivé : « pendant l'étude »
                 r"(?:pendant|durant|au\s+cours\s+de|tout\s+au\s+long\s+de)\s+(?:cette|l['’])\s*"
                 r"(?:étude|essai)", r"de\s+l['’](?:étude|essai)",
                 r"(?:dans|de)\s+(?:cette|la)\s+(?:cohorte|population\s+étudiée)",
                 r"(?:dans|de)\s+cet\s+échantillon",
                 r"(?:étudié|recruté)e?s", r"incluses", r"(?:patient|participant)e?s\s+inclus")
CONTEXT_WORDS = (r"à\s+titre\s+de\s+repère", r"contexte",
                 r"(?:à\s+titre\s+de|en|par)\s+comparaison", r"pour\s+comparaison",
                 r"pour\s+mémoire",
                 r"antérieur(?:e|s|es)?", r"précédent(?:e|s|es)?", r"d['’]autres\s+études",
                 r"en\s+général", "généralement", "habituellement", "normalement",
                 r"(?:chaque|par)\s+an(?:née)?", r"dans\s+le\s+monde",
                 # "selon", but not of this study ("selon cette analyse")
                 r"selon(?!\s+(?:cette|l['’])\s*(?:nouvelle\s+)?(?:étude|analyse|essai))",
                 r"on\s+estime", r"estim(?:é|ée|és|ées)", r"au\s+cours\s+de\s+(?:la|leur)\s+vie",
                 r"fréquent(?:e|s|es)?", r"touche(?:nt)?", r"nationa(?:l|le|ux|les)",
                 # un résultat antérieur dit avec « déjà » : « avait déjà montré »
                 r"avai(?:t|ent)\s+déjà", "auparavant", "précédemment")

# --- claims (causal-claim, invented-difference) -----------------------------------------
# Une cause dite sans détour (fragments regex). Formes conjuguées seulement : « pour
# réduire le risque » est un but, « un risque réduit » une description ; « cause » après
# un article ou « à » est le nom (« à cause de »). « Protège » seul n'est pas une cause
# (« la gaine qui protège les nerfs ») : « protège contre » l'est.
_RISQUE = r"(?:risques?|probabilités?|chances?|taux|incidence)"
# un chiffre entre le verbe et le risque : « réduit de 22 % le risque »
_CHIFFRE = r"(?:(?:de\s+)?(?:\d[\d.,]*\s*%|(?:[\w.,-]+\s+){1,5}?pour\s+cent)\s+)?"
CAUSAL = (
    # « prévenir » est aussi « avertir » (« le médecin prévient les patients que », « prévient : »)
    r"prévien(?:t|nent)(?!\s*:|\s+(?:que|qu['’]|les\s+(?:patient|médecin|personne|malade|femme"
    r"|homme|famille|parent)\w*))", r"prévenai(?:t|ent)",
    r"(?:aide|aident|a\s+aidé)\s+à\s+prévenir",
    # « éviter » affirme une cause, sauf dans une relative (« les personnes qui évitent »)
    r"(?<!\bqui\s)(?<!\bs['’])(?:évite(?:nt)?|évitai(?:t|ent)|(?:a|ont)\s+évité)",
    r"(?:permet|permettent|a\s+permis|ont\s+permis)\s+(?:de\s+|d['’])(?:prévenir|éviter"
    r"|réduire|diminuer|baisser|faire\s+baisser|abaisser|limiter|faire\s+chuter)",
    # l'exposition dite cause de ce dont on parle (« le manque de vitamine D en est la
    # cause ») ou de l'écart de l'étude (« est à l'origine du taux plus faible »)
    r"(?:en\s+)?(?:est|sont|était|étaient)\s+(?:la|une)\s+(?:vraie\s+|principale\s+)?cause"
    r"(?!\s+(?:de|du|des|d['’]))",
    r"(?:(?:a|ont)\s+causé|causent|cause|(?:est|sont|était|étaient)\s+à\s+l['’]origine)\s+"
    r"(?:de\s+la|du|des|de\s+l['’]|le|la|les|ce|cette)\s*(?:[\w-]+\s+)?(?:plus\s+(?:faible|bas"
    r"|élevée?)|moindre|inférieure?|supérieure?|baisse|hausse)",
    r"protégeai(?:t|ent)(?=\s*[.;:,!)]|\s*$)",
    r"protège(?:nt)?(?=\s*[.;:,!)]|\s*$)",
    # « protège donc bel et bien » : la protection affirmée, des adverbes seulement après
    r"protège(?:nt)?(?:\s+(?:donc|bien|bel\s+et\s+bien|vraiment|réellement|effectivement"
    r"|aussi))+(?=\s*[.;:,!)]|\s*$)",
    # « la vitamine D empêche le cancer » (pas « empêche de conclure »)
    r"(?<!\bn['’])empêch(?:e|ent|ait|aient)\s+(?:le|la|les|l['’]|un|une|des)(?=\s*\p{L})",
    r"protège(?:nt)?\s+(?:\w+\s+)?(?:contre|de|des|du|d['’]\p{L}+)", r"(?:a|ont)\s+protégé\s+"
    r"(?:\w+\s+)?(?:contre|de|des|du)",
    rf"(?:réduisai(?:t|ent)|diminuai(?:t|ent)|augmentai(?:t|ent)|baissai(?:t|ent)"
    rf"|abaissai(?:t|ent)|doublai(?:t|ent)|accroissai(?:t|ent)"
    rf"|réduit|réduisent|(?:a|ont)\s+réduit|diminue(?:nt)?|(?:a|ont)\s+diminué"
    rf"|baisse(?:nt)?|(?:a|ont)\s+baissé|abaisse(?:nt)?|(?:a|ont)\s+abaissé|augmente(?:nt)?"
    rf"|(?:a|ont)\s+augmenté|accroît|accroissent|double(?:nt)?|(?:a|ont)\s+doublé"
    rf"|multiplie(?:nt)?|multipliai(?:t|ent)|(?:a|ont)\s+multiplié|triple(?:nt)?|(?:a|ont)\s+triplé"
    rf"|divise(?:nt)?\s+par\s+deux|(?:a|ont)\s+divisé\s+par\s+deux)\s+{_CHIFFRE}(?:le|la|les"
    rf"|leur"
    rf"|leurs|son|sa|ses)\s+(?:[\w-]+\s+){{0,2}}?{_RISQUE}",
    r"sauve(?:nt)?\s+des\s+vies", r"grâce\s+(?:à|au|aux)",
    # une maladie arrêtée : « stoppe la progression de la SEP »
    r"(?:stoppe|stoppent|arrête|arrêtent|freine|freinent|enraye|enrayent|stoppait|arrêtait"
    r"|freinait|enrayait|(?:a|ont)\s+(?:stoppé|arrêté|freiné|enrayé))\s+(?:la|sa|leur)\s+"
    r"(?:progression|aggravation|évolution)",
    # une causative de changement : « fait grimper le risque », « a fait baisser les infections »
    r"(?:fai(?:t|sait|saient)|font|(?:a|ont|avait|avaient)\s+fait|fera(?:it)?|feront)\s+"
    r"(?:[\w-]+\s+)?(?:grimper|monter|augmenter|baisser|chuter|diminuer|reculer|bondir|flamber"
    r"|exploser|doubler|tripler|s['’]envoler|dégringoler|plonger)",
    # le risque dit par un pronom : « le réduit de 22 % », « l'augmente de 30 % »
    r"(?<!\bse\s)(?<!\bs['’])(?:le|la|les|l['’])\s*(?:réduit|réduisent|réduisait|diminue(?:nt)?"
    r"|abaisse(?:nt)?|augmente(?:nt)?|accroît|double(?:nt)?|multiplie(?:nt)?|(?:a|ont)\s+"
    r"(?:réduit|diminué|augmenté|doublé))\s+de\s+(?:[\w-]+\s+)?[\d,]+\s*(?:%|pour\s+cent)",
)
# Une cause de n'importe quoi (« provoque », « entraîne ») : une affirmation quand la phrase
# nomme aussi un résultat de l'étude ; « le manque de vitamine D cause des problèmes osseux »
# est du contexte.
CAUSING = (
    r"(?<!\b(?:la|une|à|les|des|en|de|sa|ses|leur|leurs|pour|autre|seule|principale)\s)"
    r"cause(?:nt)?", r"causai(?:t|ent)", r"(?:a|ont)\s+causé", r"provoque(?:nt)?",
    r"provoquai(?:t|ent)", r"(?:a|ont)\s+provoqué", r"entraîn(?:e|ent|ait|aient)",
    r"(?:a|ont)\s+entraîné",
    r"déclench(?:e|ent|ait|aient)", r"(?:a|ont)\s+déclenché", r"favoris(?:e|ent|ait|aient)",
    r"(?:a|ont)\s+favorisé",
    r"(?:est|sont|était|étaient)\s+responsables?\s+(?:de|des|du|d['’]\p{L}+)",
    # un changement attribué à l'exposition : « a réduit de 50 % les dépressions »
    r"(?:a|ont|avait|avaient)\s+(?:réduit|diminué|augmenté|doublé)\s+"
    r"(?:de\s+(?:[\w-]+\s+)?[\d,]+\s*(?:%|pour\s+cent)\s+(?:le|la|les|l['’]|son|sa|ses|leurs?)"
    r"|(?:le|la|les|l['’]|son|sa|ses|leurs?)\s*(?:[\w'’-]+\s+){0,5}?de\s+(?:[\w-]+\s+)?[\d,]+\s*"
    r"(?:%|pour\s+cent))",
    r"(?<!\bse\s)(?<!\bs['’])(?:réduit|réduisent|réduisait|réduisaient|diminue|diminuent"
    r"|augmente|augmentent)\s+(?:de\s+(?:[\w-]+\s+)?[\d,]+\s*(?:%|pour\s+cent)\s+)"
    r"(?:le|la|les|l['’]|son|sa|ses|leurs?)\b",
)
CAVEATS = (r"pourrai(?:t|ent)", r"pourra(?:it|ient)?", r"peut[\s-]être", "éventuellement",
           "possiblement", "probablement", "si", r"s['’]il(?:s)?", r"trop\s+tôt",
           r"incertain\w*", r"hypothèses?", "vérifier", r"savoir\s+si", "tester",
           r"reste\s+à", r"spécul\w+", r"esp(?:è|é)r\w*", "espoir",
           r"pour\s+(?:montrer|prouver|confirmer|établir|savoir)",
           r"on\s+(?:pense|croit|suppose|soupçonne)", r"supposée?s?", r"censée?s?",
           # ce qui se dit, pas ce qu'affirme le texte : « circule », « la rumeur »
           r"circul(?:e|ent|ait)", r"rumeurs?", r"mythes?", r"on\s+(?:dit|entend|lit)",
           # a claim said impossible to make is not made: "impossible to attribute"
           r"impossible",
           r"difficile\s+(?:de\s+|d['’])\s*(?:dire|savoir|attribuer|conclure|affirmer|prouver)")
ASSOCIATIVE = ("était associé à", "était lié à")
SAME = (r"aucune\s+(?:[\w'’-]+\s+){0,2}?différences?",
        r"pas\s+(?:eu\s+)?(?:de\s+|d['’])\s*(?:[\w'’-]+\s+){0,2}?différences?",
        r"sans\s+(?:[\w'’-]+\s+)?différences?", r"ne\s+(?:se\s+)?différ\w+",
        r"n['’]\s*(?:ont|a)\s+pas\s+différ\w+",
        r"(?:pas|non)\s+(?:\w+\s+)?(?:statistiquement\s+)?significati\w+",
        r"similaires?", r"semblables?", r"comparables?", r"(?:le|la|les)\s+mêmes?",
        r"identiques?", r"égal(?:e|es|ement)?", r"aussi\s+(?:[\w'’-]+\s+){0,2}?que",
        r"autant\s+(?:[\w'’-]+\s+){0,3}?que", r"ni\s+mieux\s+ni\s+(?:moins\s+bien|plus\s+mal)",
        r"pas\s+mieux", r"pas\s+moins\s+bien", r"(?:au|par)\s+hasard",
        r"ni\s+l['’]une?\s+ni\s+l['’]autre", r"équivalent\w*",
        # a finding verb or the copula negated before the difference ("l'étude n'a pas
        # trouvé de différence nette", "sans trouver de différence", "ce n'est pas une
        # différence nette"); without the negation it is a difference
        r"n['’]\s*(?:a|ont|avait|avaient|est|était|étaient)\s+pas\s+(?:[\w'’-]+\s+){0,2}?"
        r"différences?",
        r"ne\s+(?:trouve|trouvent|montre|montrent|révèle|révèlent|met|mettent|sont|est)\s+pas"
        r"\s+(?:[\w'’-]+\s+){0,3}?différences?",
        r"sans\s+(?:trouver|observer|montrer|constater|relever|détecter|mettre\s+en\s+évidence)"
        r"\s+(?:de\s+|d['’]\s*|une?\s+)?(?:[\w'’-]+\s+)?différences?")
COMPARATIVES = (r"(?<=\b(?:plus|moins|davantage|meilleure?s?|pires?|mieux|supérieure?s?"
                r"|inférieure?s?)"
                r"(?:\s+[\w'’-]+){0,6}\s+)(?:que|qu['’]\p{L}+)"
                # "n'ayant eu que les examens" (only) and "ce que" are no "than"
                r"(?<!\b(?:n['’]|ne\s+)\p{L}+(?:\s+\p{L}+)?\s+qu(?:e|['’]\p{L}+))"
                r"(?<!\bce\s+qu(?:e|['’]\p{L}+))",)
DIFFERENCES = (
    # fewer of something is fewer than in the other group ("needed fewer visits")
    r"moins\s+(?:de\s+|d['’])(?!la\s+moitié)\p{L}+",
    # a comparative said with a verb: "visits were lower with rivaroxaban"
    r"(?:était|étaient|a\s+été|ont\s+été|est|sont)\s+(?:\w+\s+)?(?:(?:moins|plus)\s+"
    r"(?:nombreu(?:x|ses)|fréquente?s?|rares?|élevée?s?|faibles?|bas(?:se|ses)?)"
    r"|meilleure?s?|pires?)",
    # des comparatifs qui sont une différence à eux seuls, ou avec « nettement »
    r"(?:plus|moins)\s+(?:rares?|fréquente?s?|courante?s?|souvent|fréquemment)",
    r"(?:nettement|significativement|beaucoup|bien|clairement|sensiblement|considérablement)"
    r"\s+(?:plus|moins|meilleure?s?|pires?|mieux|inférieure?s?|supérieure?s?)",
    r"plus\s+efficaces?", r"moins\s+efficaces?",
    r"(?:a|ont)\s+mieux\s+(?:fonctionné|marché|agi)",
    r"(?:fonctionne|fonctionnent|marche|marchent)\s+mieux", r"surpass\w+",
    # « a fait mieux que », « l'iode a fait moins bien »
    r"(?:fai(?:t|sait|saient)|font|(?:a|ont|avait|avaient)\s+fait)\s+(?:\w+\s+)?(?:mieux"
    r"|moins\s+bien|pire)",
    r"l['’]emporte(?:nt)?\s+sur", r"l['’]a\s+emporté\s+sur",
    r"(?:moindre|plus\s+faible|plus\s+élevée?)\s+(?:[\w-]+\s+)?(?:risque|probabilité"
    r"|taux)", r"(?:risque|probabilité|taux)\s+(?:[\w-]+\s+)?(?:plus\s+(?:faible|élevée?"
    r"|bas)|moindre|réduite?|accrue?)",
    # « plus que l'iode », « moins de douleurs que » (« plus de la moitié » est une
    # quantité : pas de « que »)
    r"(?:plus|moins|davantage)\s+qu(?:e|['’]\p{L}+)(?!\s+(?:\d|(?:prévu|avant)\b))",
    r"(?:plus|moins)\s+(?:de\s+|d['’])[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+"
    r"qu(?:e|['’]\p{L}+)")

# comparatives that give an effect figure its direction, besides DIRECTIONS (fact checker)
EFFECT_DIRECTIONS = {
    "decreased": (r"(?:en|au)[\s-]dessous", r"inférieure?s?",
                  r"plus\s+(?:bas(?:se)?s?|faibles?|courte?s?|brèves?|bref)", r"moins\s+chère?s?",
                  r"de\s+moins", r"économi(?:e|es|sé|sée|sés|ser|se|sent)",
                  # the figure's noun, then its direction: "22 % de risque en moins" (a
                  # direction word before the figure may describe the group: "davantage")
                  r"(?:de\s+|d['’])\p{L}+(?:\s+\p{L}+){0,2}?\s+en\s+moins"),
    "increased": (r"au[\s-]dessus", r"supérieure?s?",
                  r"plus\s+(?:élevée?s?|haute?s?|longue?s?|chère?s?)", r"de\s+plus",
                  r"(?:de\s+|d['’])\p{L}+(?:\s+\p{L}+){0,2}?\s+en\s+plus"),
}

# after a figure: so many thousand, million, billion ("37 million"), as the fact checker reads them
SCALE_WORDS = {"mille": 1e3, r"millions?": 1e6, r"milliards?": 1e9}

# between two figures: the second is the other group's ("10% vs 1%", as the fact checker reads it)
VERSUS_WORDS = (r"vs\.?", "versus", "contre", r"par\s+rapport\s+(?:à|aux?)", r"à\s+cel(?:ui|le)s?",
                r"comparée?s?\s+(?:à|aux?)",
                # one group put in the other's place: "la chlorhexidine plutôt que l'iode"
                r"plutôt\s+(?:que|qu['’]\p{L}*)", r"au\s+lieu\s+(?:de|du|des|d['’]\p{L}*)",
                r"à\s+la\s+place\s+(?:de|du|des|d['’]\p{L}*)")
# people named before, pointed back to: "of these women", "de ellas"
ANAPHORA = (r"ces\s+(?!(?:résultats?|données|études?|chiffres?)\b)\p{L}+",
            r"(?:d['’]entre|parmi)\s+(?:elles|eux)", r"celles-ci", r"ceux-ci",
            r"ce\s+(?:groupe|sous-groupe|bras)", r"cette\s+cohorte")

# a half said after a figure or its unit: "cinq ans et demi", "deux fois et demie"
HALF_WORDS = (r"et\s+demie?",)

# nouns that say only that people form a group of a study (no group in particular)
GROUP_NOUNS = ("groupe", "groupes", "bras", "cohorte")

# words a text uses for one another: an outcome's word said with its synonym still names it
SYNONYMS = (("consultation", "visite", "passage"), ("hospitalisation", "admission"),
            ("médecin", "docteur"), ("réaction", "irritation"))

# a multiple of the other group's is a difference too ("twice as common", "o dobro")
DIFFERENCES = (*DIFFERENCES,
               r"(?:le|au)\s+double",
               r"(?:deux|trois)\s+fois\s+(?:plus|moins)",
               )

# la cause et l'effet dits comme ce que l'étude montre : une affirmation à elle seule
CAUSATION = (r"(?:relation|lien|rapport)\s+de\s+cause\s+à\s+effet", r"cause\s+à\s+effet",
             r"(?:relation|lien|effet)\s+causal")
# a yes that answers the question before it (a causal question answered yes is a claim)
YES_WORDS = ("oui", "effectivement")

# --- CHKREC 2026-12-06 : constructions causales au-delà d'un verbe --------------------------
_RESULTATS = r"(?:résultats?|effets?|amélioration\w*|bénéfices?|différences?)"
CAUSAL = (*CAUSAL,
          r"(?:fait|font|a\s+fait|ont\s+fait|faisait)\s+(?:toute\s+)?la\s+différence",
          rf"(?:est|sont|était|soit)\s+(?:\w+\s+){{0,2}}?(?:la|une)\s+(?:vraie\s+|principale\s+)?"
          rf"cause\s+(?:de\s+ces|de\s+ce|de\s+cette|des|du)\s+(?:\w+\s+)?{_RESULTATS}",
          r"(?:est|sont|était)\s+(?:\w+\s+){1,2}?(?:la|une)\s+(?:vraie\s+|principale\s+)?cause"
          r"(?!\s+(?:de|du|des|d['’]))",
          rf"(?:a|ont|avait|avaient)\s+produit\s+(?:ce|ces|le|les|cet|cette)\s+(?:\w+\s+)?"
          rf"{_RESULTATS}",
          # un gérondif : « en réduisant le risque de 22 % »
          rf"en\s+(?:réduisant|diminuant|abaissant|baissant|augmentant|doublant)\s+(?:le|la|les"
          rf"|leur|leurs|son|sa|ses)\s+(?:[\w-]+\s+){{0,2}}?{_RISQUE}")
CAUSATION = (*CAUSATION, r"effet\s+protecteur", r"causalité")
# l'avantage d'un groupe est une différence (« un avantage du retour précoce »)
DIFFERENCES = (*DIFFERENCES,
               r"(?:un|l['’])\s*(?:\w+\s+)?avantage\s+(?:de|du|des|pour|en\s+faveur)")

# --- une cause dite comme l'exposition qui « marche » ou comme ce qu'une étude prouve -------
_FIN = r"(?=\s*[.;:!?)»]|\s*$)"
CAUSAL = (*CAUSAL, rf"(?:fonctionne|fonctionnent|fonctionnait|marche|marchent){_FIN}",
          # un adverbe entre le verbe et le risque : « réduit directement le risque »
          rf"(?:rédui(?:t|sent|sait|saient)|a\s+réduit|diminue(?:nt)?|augmente(?:nt)?|abaisse(?:nt)?)"
          rf"\s+\w+ment\s+(?:le|la|les|l['’]|son|sa|leur)\s*(?:[\w-]+\s+){{0,2}}?{_RISQUE}")
# « montre une cause », « la relation de cause est démontrée », « preuve de causalité »
CAUSATION = (*CAUSATION, r"relation\s+de\s+cause",
             r"(?:montre|montrent|prouve|prouvent|démontre|démontrent|établit|établissent)\s+"
             r"(?:[\w'’-]+\s+){0,2}?(?:une|la|des|les)\s+(?:vraie\s+)?causes?(?!\s+(?:de|d['’]|du|des)\b)",
             r"preuves?\s+(?:d['’]une\s+|de\s+)?(?:cause|causalité)")

# une différence dite comme un nom entre les groupes (« une nette différence entre »)
DIFFERENCES = (*DIFFERENCES,
               r"(?:une|la)\s+(?:[\w-]+\s+){0,2}?différence\s+(?:[\w-]+\s+)?entre")

# un multiple du chiffre de l'autre groupe est une direction (« presque la moitié »);
# « la moitié des patients » est une quantité
DIRECTIONS = {**DIRECTIONS,
              "decreased": [*DIRECTIONS["decreased"],
                            r"(?<!\bde\s)(?:la\s+)?moitié(?!\s+(?:d|qu))"]}

# l'exposition dite cause du résultat de l'étude ou de ses chiffres (« c'est la greffe qui
# a entraîné ce résultat », « qui explique ces chiffres »)
_CAUSE = (r"(?:(?:a|ont|avait|avaient)\s+(?:entraîné|provoqué|causé|produit|amené)"
          r"|explique|expliquent|expliquait|entraîne|entraînent|provoque|provoquent)")
CAUSAL = (*CAUSAL,
          rf"{_CAUSE}\s+(?:ce|ces|le|les|cet|cette|tout\s+cela|tout\s+ceci)\s+"
          rf"(?:\w+\s+)?(?:{_RESULTATS}|chiffres?|données|changements?)",
          rf"{_CAUSE}\s+(?:tout\s+)?(?:cela|ceci|ça)(?=\s*[.;:!?)»]|\s*$)")


# a claim the text cites to weigh it, said before its quotation: "claims" (regex fragments)
CLAIM_INTROS = (
    r"affirm\w*",
    r"on\s+(?:lit|entend)",
    r"lit-on",
    r"circul\w*",
    r"rumeur\w*",
    r"titr\w*",
    r"prétend\w*",
    r"fait\s+le\s+tour",
    r"slogan\w*",
    r"viral\w*",
)

# the same, said after the quotation: "is going round" (regex fragments)
CLAIM_AFTERS = (
    r"fait\s+le\s+tour",
    r"circul\w*",
    r"tourn\w*",
)

# a verdict against a quoted claim: "false", "misleading" (regex fragments)
CLAIM_VERDICTS = (
    r"faux",
    r"fausse",
    r"trompeu\w*",
    r"inexact\w*",
    r"exagér\w*",
    r"n['’]est\s+pas\s+ce\s+que\s+(?:dit|montre)",
)

# a label that cites a claim and rejects it at once: "MYTH:" (regex fragments)
MYTH_WORDS = (
    r"mythes?",
    r"idées?\s+reçues?",
    r"intox",
    r"fausses?\s+croyances?",
)

# a verb of telling or knowing and "whether": a question left open (regex fragments)
OPEN_QUESTIONS = (
    r"(?:savoir|dire|voir|juger|déterminer|montrer|établir|sûrs?)\s+si",
)

# --- s37 : une affirmation dont le texte parle, sans la faire ------------------------------
# dire qu'une affirmation est fausse n'est pas la faire : « il est faux de dire que … »,
# « il n'est pas vrai que … », « contrairement à ce qui circule » (fragments regex)
CAVEATS = (*CAVEATS,
           r"(?:faux|erroné|inexact|trompeur|une\s+erreur)\s+(?:de\s+|d['’])\s*(?:dire|affirmer"
           r"|penser|croire|écrire|conclure|prétendre)",
           r"(?:il\s+est|c['’]est)\s+faux", r"n['’]est\s+pas\s+(?:vrai|exact)",
           r"contrairement\s+à\s+ce\s+qu")
# là où circulent les affirmations, avant d'en citer une : « sur les réseaux, '…' »
CLAIM_INTROS = (*CLAIM_INTROS,
                r"réseaux(?:\s+sociaux)?", r"fil\s+d['’]actualités?", r"publications?", r"posts?",
                r"tweets?", r"mèmes?", r"influenceu(?:r|rs|se|ses)", r"publicités?", r"pubs?",
                r"forums?", r"WhatsApp", r"TikTok", r"Facebook")
# un lien de cause sans son effet reste la cause (« les données démontrent un lien de
# cause »)
CAUSATION = (*CAUSATION, r"(?:lien|rapport)\s+de\s+cause(?!\p{L})")
# l'exposition dite à l'origine ou raison des résultats : « la greffe est à l'origine de ces
# résultats », « la raison de l'amélioration » ; une clivée : « c'est la greffe qui a freiné »
CAUSAL = (*CAUSAL,
          r"(?:est|était|serait|soit|sont|étaient)\s+(?:\w+\s+){0,2}?(?:à\s+l['’]origine|la\s+"
          r"(?:vraie\s+|seule\s+)?(?:cause|raison))\s+(?:de\s+(?:ces|ses|leurs|la|l['’])|des|du)"
          r"\s*(?:\w+\s+)?(?:résultats?|amélioration\w*|bénéfices?|chiffres?|données)")
# la formulation que le texte demande d'éviter est citée et rejetée à la fois : « on n'écrit
# pas '40 sur 100' », « ne pas transformer +31 % en '31 sur 100' »
MYTH_WORDS = (*MYTH_WORDS,
              r"(?:n['’]|ne\s+)(?:écri\w+|dites|dis|disons|utilis\w+|transform\w+|présent\w+"
              r"|tradui\w+|mett\w+|parl\w+)\s+(?:jamais|pas)",
              r"ne\s+(?:pas|jamais)\s+(?:écrire|dire|utiliser|transformer|présenter|traduire"
              r"|mettre|parler)",
              r"évit(?:er|ez|ons)\s+(?:d['’]écrire|de\s+dire|de\s+parler)")
# une question à sujet inversé : « la vitamine D protège-t-elle du cancer ? », « prévient-
# elle le cancer ? » (une question causale à laquelle on répond « Oui » fait l'affirmation)
CAUSAL = (*CAUSAL,
          r"protège(?:nt)?-(?:t-)?(?:elle|il|ils|elles|on)\s+(?:\w+\s+)?(?:contre|de|des|du"
          r"|d['’]\p{L}+)",
          r"prévien(?:t|nent)-(?:elle|il|ils|elles|on)")
