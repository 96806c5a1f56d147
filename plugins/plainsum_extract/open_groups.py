"""Open group reading for the non-English reader: the part of a sample a figure is said of,
read as the noun phrase its clause gives, not looked up in a closed list of arms.

A survey or a cohort names its groups with whatever nouns it has ("27,4 % dos estudantes",
"entre as meninas", "bei Frauen über 70", "chez les salariés de nuit", "tra i pazienti
operati entro 48 ore"). Three places say a figure's group in all five languages:

- a share OF people right after the figure: "X % of/de/des/der/dei/dos <NP>", taken when
  the phrase's head names people (a noun of the PEOPLE class or with a people ending,
  "-antes", "-eurs", "-innen" …), never a thing ("30 % des hospitalisations" is an outcome);
- a population preposition, AMONG ("entre", "chez", "parmi", "bei", "unter", "tra", "fra"),
  before or after the figure in its clause, or fronted before the figure's clause with a
  comma ("Entre as meninas, a prevalência foi de 36,8 %");
- a place right after the figure ("23,5 % no Norte", "12 % en Andalucía"): a capitalised
  name after "in".

The phrase runs from after its articles up to the next verb, figure, clause mark,
conjunction or relative pronoun (German: up to the lowercase word after its first noun).
"""

from __future__ import annotations

import re

# nouns that name people, plural (and the singular where a release counts one): the class,
# in each language, that a share of a sample is "of"
PEOPLE = {
    "de": r"(?:Patient(?:inn)?en|Teilnehm\w*|Proband(?:inn)?en|Frauen|Männer[n]?|Mädchen|Jungen|"
          r"Kinder[n]?|Jugendliche[n]?|Erwachsene[n]?|Menschen|Personen|Ältere[n]?|Senior(?:inn)?en|"
          r"Schüler(?:inne)?n?|Student(?:inn)?en|Studierende[n]?|Beschäftigte[n]?|Mitarbeitende[n]?|"
          r"Arbeitnehmer(?:inne)?n?|Pflegekräfte[n]?|Ärzt(?:e|en|innen)|Mütter[n]?|Väter[n]?|Eltern|"
          r"Schwangere[n]?|Neugeborene[n]?|Säuglinge[n]?|Babys|Raucher(?:inne)?n?|Befragte[n]?|"
          r"Betroffene[n]?|Versicherte[n]?|Einwohner(?:inne)?n?|Bewohner(?:inne)?n?|Nutzer(?:inne)?n?|"
          r"Angehörige[n]?|Überlebende[n]?|Fälle[n]?|Haushalte[n]?)",
    "es": r"(?:pacientes|participantes|personas|mujeres|hombres|niñ[oa]s|chic[oa]s|adolescentes|"
          r"j[oó]venes|adultos|mayores|ancian[oa]s|estudiantes|alumn[oa]s|escolares|trabajador[ae]s|"
          r"emplead[oa]s|enfermer[oa]s|m[eé]dic[oa]s|madres|padres|embarazadas|gestantes|reci[eé]n\s+nacidos|"
          r"beb[eé]s|lactantes|fumador[ae]s|encuestad[oa]s|entrevistad[oa]s|residentes|habitantes|"
          r"usuari[oa]s|voluntari[oa]s|sujetos|supervivientes|cuidador[ae]s|hogares|familias)",
    "fr": r"(?:patient(?:e)?s|participant(?:e)?s|personnes|femmes|hommes|filles|gar[çc]ons|enfants|"
          r"adolescent(?:e)?s|jeunes|adultes|seniors|aîn[ée]s|[ée]l[èe]ves|[ée]tudiant(?:e)?s|"
          r"salari[ée]s|travailleu(?:r|se)s|employ[ée]s|infirmi[èe]re?s|m[ée]decins|m[èe]res|p[èe]res|"
          r"parents|femmes\s+enceintes|nouveau-n[ée]s|nourrissons|b[ée]b[ée]s|fumeu(?:r|se)s|"
          r"r[ée]pondant(?:e)?s|sond[ée]s|habitants|r[ée]sidents|usag[eè]re?s|utilisat(?:eur|rice)s|"
          r"volontaires|sujets|survivant(?:e)?s|aidants|foyers|m[ée]nages|familles)",
    "it": r"(?:pazienti|partecipanti|persone|donne|uomini|ragazz[ie]|bambin[ie]|adolescenti|"
          r"giovani|adulti|anziani|studenti|studentesse|alunn[ie]|scolari|lavorat(?:ori|rici)|dipendenti|"
          r"infermier[ie]|medici|madri|padri|genitori|gestanti|donne\s+incinte|neonati|lattanti|"
          r"fumat(?:ori|rici)|intervistat[ie]|rispondenti|residenti|abitanti|utenti|volontari|"
          r"soggetti|sopravvissuti|caregiver|famiglie)",
    "pt": r"(?:pacientes|participantes|pessoas|mulheres|homens|meninas|meninos|garot[oa]s|crianças|"
          r"adolescentes|jovens|adultos|idos[oa]s|estudantes|alun[oa]s|escolares|trabalhador(?:es|as)|"
          r"funcion[aá]ri[oa]s|enfermeir[oa]s|m[eé]dic[oa]s|m[aã]es|pais|gestantes|gr[aá]vidas|"
          r"rec[eé]m-nascidos|beb[eê]s|lactentes|fumantes|entrevistad[oa]s|inquirid[oa]s|"
          r"moradores|habitantes|residentes|usu[aá]ri[oa]s|utentes|volunt[aá]ri[oa]s|indiv[ií]duos|"
          r"sobreviventes|cuidador(?:es|as)|domic[ií]lios|fam[ií]lias)",
}
# endings of nouns that name people by what they do or are ("fumantes", "répondants",
# "lavoratori", "Beschäftigten", "Raucherinnen")
PEOPLE_ENDING = {
    "de": r"\w{3,}(?:innen|ende[n]?|te[n]?)",
    "es": r"\w{3,}(?:antes|entes|istas|[dts]ores|[dts]oras|ados|adas|idos|idas|arios|arias)",
    "fr": r"\w{3,}(?:ants|antes|ents|entes|istes|eurs|euses|rices|i[ée]s|[ée]es|[ée]s|aires)",
    "it": r"\w{3,}(?:anti|enti|isti|iste|tori|trici|ati|ate|iti|ite|ari)",
    "pt": r"\w{3,}(?:antes|entes|istas|[dts]ores|[dts]oras|ados|adas|idos|idas|arios|arias)",
}
# the share's "of" after a figure (with its article): "27,4 % dos estudantes"
OF = {
    "de": r"(?:der|aller|von(?:\s+den)?|unter\s+den)",
    "es": r"(?:de\s+(?:l[oa]s|todos\s+l[oa]s|todas\s+las)|de)",
    "fr": r"(?:des|de(?:s)?\s+(?:tous\s+les|toutes\s+les)|de|d['’])",
    "it": r"(?:dei|degli|delle|di\s+(?:tutti|tutte)\s+(?:i|gli|le)|di)",
    "pt": r"(?:d[oa]s|de\s+(?:tod[oa]s\s+)?(?:[oa]s\s+)?|de)",
}
# the agent of a passive, before a share ("foi relatada por 31,5 % dos …", "était rapporté
# par 36 % des …", "era riferito dal 33 % dei …", "wurde von 41 % der … berichtet")
AGENT = {
    "de": r"von",
    "es": r"por",
    "fr": r"par",
    "it": r"da|dal|dall['’]|dallo|dai",
    "pt": r"por|pelos|pelas",
}
# prepositions that always name a population: "among"
AMONG = {
    "de": r"bei|unter",
    "es": r"entre",
    "fr": r"chez|parmi",
    "it": r"tra|fra",
    "pt": r"entre",
}
# "in" with its article, before a place named after a figure ("23,5 % no Norte")
IN = {
    "de": r"in|im|in\s+der|in\s+den",
    "es": r"en(?:\s+(?:el|la|los|las))?",
    "fr": r"en|dans\s+(?:le|la|les|l['’])|au|aux",
    "it": r"in|nel|nella|nei|nelle|negli|nell['’]",
    "pt": r"em|n[oa]s?",
}
ARTICLES = {
    "de": "der die das den dem des",
    "es": "el la los las lo todos todas",
    "fr": "le la les l l' l’ tous toutes",
    "it": "il lo la i gli le l l' l’ tutti tutte",
    "pt": "o a os as todos todas",
}
# a finite verb, by its form: where a noun phrase before it ends ("dos adolescentes com
# sintomas depressivos disseram …", "les élèves déclaraient …")
VERB_FORM = {
    "de": r"(?!x)x",  # German: the phrase ends at the first lowercase word after its noun
    "es": r"\w{2,}(?:aron|ieron|aban|ían|ó)|es|son|fue|fueron|era|eran|está|están|estaba|estaban|"
          r"tiene|tienen|tenía|tenían|tuvo|tuvieron|ha|han|había|habían|dijo|dijeron|presenta|presentan",
    "fr": r"\w{3,}(?:aient|èrent)|est|sont|était|étaient|a|ont|avait|avaient|fut|furent|"
          r"présente|présentent|déclare|déclarent|souffre|souffrent|rapporte|rapportent",
    "it": r"\w{2,}(?:avano|evano|ivano|arono|erono|irono)|è|sono|era|erano|ha|hanno|aveva|avevano|"
          r"fu|furono|presenta|presentano|riferisce|riferiscono|soffre|soffrono",
    "pt": r"\w{2,}(?:aram|eram|iram|avam|ou)|é|são|foi|foram|era|eram|tem|têm|tinha|tinham|"
          r"teve|tiveram|está|estão|estava|estavam|esteve|estiveram|ficou|ficaram|apresenta|"
          r"apresentam|disse|relata|relatam",
}
# negators: an outcome's name ends before them ("le riammissioni … non differivano")
NEGATORS = frozenset(["non", "no", "nicht", "kein", "keine", "keinen", "ne", "n'", "pas", "não",
                      "nem", "ni", "nessuna"])
# words that end a noun phrase: relative pronouns, conjunctions, "versus"
STOPS = {
    "de": "und oder die der das welche welcher sowie als gegenüber vs versus im vergleich",
    "es": "que quien quienes cuyo cuya y e o u como frente contra vs versus respecto",
    "fr": "qui que dont et ou comme contre vs versus",
    "it": "che cui e ed o come contro rispetto vs versus",
    "pt": "que quem cujo cuja e ou como contra versus vs",
}
# the whole sample: "No total", "insgesamt", "au total", "nel complesso", "en total"
TOTAL = {
    "de": r"insgesamt|gesamt|über\s+alle",
    "es": r"en\s+total|en\s+conjunto|en\s+general|globalmente",
    "fr": r"au\s+total|dans\s+l['’]ensemble|globalement|en\s+tout",
    "it": r"in\s+totale|nel\s+complesso|complessivamente|in\s+generale",
    "pt": r"no\s+total|no\s+geral|no\s+conjunto|em\s+geral",
}

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NUM = r"\d+(?:[.,]\d+)?"
# units a band of an exposure is counted in (hours to surgery, years of night work)
UNITS = {
    "de": r"Stunden|Tagen?|Wochen|Monaten?|Jahren?|kg|Zigaretten",
    "es": r"horas|d[ií]as|semanas|meses|años|kg|cigarrillos",
    "fr": r"heures|jours|semaines|mois|ans|ann[ée]es|kg|cigarettes",
    "it": r"ore|giorni|settimane|mesi|anni|kg|sigarette",
    "pt": r"horas|dias|semanas|meses|anos|kg|cigarros",
}
# the words that open a band bounded on one side, or both ("oltre le 48 ore", "más de 10
# años", "entre 24 e 48 horas", "moins de 6 heures", "über 10 Jahre")
BAND_OPEN = {
    "de": r"über|unter|mehr\s+als|weniger\s+als|ab|bis\s+zu|innerhalb\s+von|zwischen|"
          r"nach\s+mehr\s+als",
    "es": r"m[aá]s\s+de|menos\s+de|hasta|dentro\s+de(?:\s+las)?|entre|"
          r"despu[eé]s\s+de\s+m[aá]s\s+de",
    "fr": r"plus\s+de|moins\s+de|jusqu['’][àa]|au-del[àa]\s+de|entre|apr[eè]s\s+plus\s+de|"
          r"dans\s+les",
    "it": r"oltre(?:\s+(?:le|i|gli))?|pi[uù]\s+di|meno\s+di|fino\s+a|entro(?:\s+le)?|tra|fra|"
          r"dopo\s+pi[uù]\s+di",
    "pt": r"mais\s+de|menos\s+de|at[ée]|em\s+at[ée]|dentro\s+de|entre|ap[oó]s\s+mais\s+de",
}
_JOIN = r"(?:-|–|a|à|e|y|et|bis|und|to)"


def band(s: str, at: int, lang: str) -> tuple[int, int] | None:
    """A band of an exposure said right at ``at`` ("tra 24 e 48 ore", "oltre le 48 ore",
    "de 5 a 9 años", "mehr als 10 Jahre"): bounded by a word or by two numbers, never a
    bare time point ("12 meses" after a figure is when it was measured)."""
    m = re.match(rf"(?i)\s*(?:(?:con|com|avec|mit|with|a|à)\s+)?"
                 rf"(?:(?P<open>{BAND_OPEN[lang]})\s+)?(?:(?:le|i|gli|las|los|les|die|"
                 rf"as|os|den)\s+)?{_NUM}(?P<two>\s*{_JOIN}\s*(?:(?:le|i|las|los|les|as|os)\s+)?"
                 rf"{_NUM})?\s+(?:{UNITS[lang]})(?!\w)", s[at:])
    if not m or not (m.group("open") or m.group("two")):
        return None
    lead = re.match(r"\s*", s[at:])
    return at + (lead.end() if lead else 0), at + m.end()


def past_bracket(s: str, b: int) -> int:
    """Where a figure's clause goes on after the bracket right after it ("del 5,1 per cento
    (1.602 decessi) nei pazienti …"): the end of that bracket, else ``b``."""
    m = re.match(r"\s*\([^()]*\)", s[b:])
    return b + m.end() if m else b


# words after which an article goes on with the same phrase ("dos alunos de as escolas")
_LINKS = frozenset(("de", "di", "da", "do", "du", "von", "com", "con", "avec", "mit", "a",
                    "à", "em", "en", "in", "por", "per", "par", "sobre", "su", "sur"))


def phrase(s: str, at: int, lang: str, limit: int = 6) -> tuple[int, int] | None:
    """The noun phrase that starts at ``at`` in ``s`` (its articles trimmed): (start, end),
    or None when none starts there."""
    stops = set(STOPS[lang].split())
    articles = set(ARTICLES[lang].split())
    verb = re.compile(rf"(?i)(?:{VERB_FORM[lang]})")
    i = at
    tokens: list[tuple[int, int, str]] = []
    noun_seen = False
    while len(tokens) < limit:
        m = re.match(r"[ \t\u00a0]*", s[i:])
        j = i + (m.end() if m else 0)
        w = _WORD.match(s, j)
        if not w and tokens:
            through = re.match(rf"(?i){_NUM}(?:\s*{_JOIN}\s*{_NUM})?\s+(?:{UNITS[lang]})(?!\w)",
                               s[j:])
            if through:  # "… operati entro 24 ore": the band is the phrase's end
                tokens.append((j, j + through.end(), through.group().lower()))
                break
        if not w:
            break
        word = w.group()
        low = word.lower()
        if low in ("ou", "o", "u", "oder") and re.match(r"(?i)\s+(?:mais|más|plus|più|mehr)\b",
                                                         s[w.end():]):
            pass  # "cinco ou mais remédios": a bound, the phrase goes on
        elif low in stops or (tokens and verb.fullmatch(low)) or \
                (not tokens and verb.fullmatch(low) and low not in articles):
            break
        if tokens and low in articles and tokens[-1][2] not in _LINKS:
            break  # "tra gli studenti universitari la quota …": a new phrase starts
        if lang == "de":
            if word[0].isupper():
                noun_seen = True
            elif noun_seen and low not in ("der", "des", "mit", "ohne", "aus", "im", "über",
                                           "unter", "ab", "von"):
                break
        tokens.append((w.start(), w.end(), low))
        i = w.end()
    while tokens and (tokens[0][2] in articles or re.fullmatch(r"(?:de|di|d['’]|da|do|von)",
                                                                tokens[0][2])):
        tokens = tokens[1:]
    # a phrase does not end in a preposition or an article ("pazienti operati entro")
    tail = {"de", "di", "da", "do", "du", "des", "del", "della", "dei", "von", "mit", "com",
            "con", "avec", "entro", "within", "em", "en", "in", "im", "nel", "no", "na",
            "au", "aux", "dans", "ab", "über", "unter", "aus", "ohne", "sem", "sin", "senza",
            "sans", "por", "per", "par", "pour", "para", "a", "à", "al", "ao", "der", "den",
            "dem"} | articles
    while tokens and tokens[-1][2] in tail:
        tokens = tokens[:-1]
    if not tokens or (lang == "de" and not noun_seen):
        return None  # ("bei durchschnittlich 9,4": a German phrase has a noun)
    return tokens[0][0], tokens[-1][1]


def names_people(label: str, lang: str, persons: str | None = None) -> bool:
    """Whether a phrase's head (its first word, or the first capitalised one in German)
    names people."""
    words = label.split()
    if not words:
        return False
    head = words[0]
    if lang == "de":
        head = next((w for w in words if w[0].isupper()), head)
    if persons and head.lower() == persons.lower():
        return True
    return bool(re.fullmatch(rf"(?i)(?:{PEOPLE[lang]})", head) or
                re.match(rf"(?i)(?:{PEOPLE[lang]})(?:\s|$)", label) or
                re.fullmatch(rf"(?i){PEOPLE_ENDING[lang]}", head))


def share_of(s: str, b: int, lang: str, persons: str | None = None) -> tuple[int, int] | None:
    """The people a share right after its figure (ending at ``b``) is of: "27,4 % dos
    estudantes", "41 % des salariés de nuit", "12 % der Frauen über 70"."""
    m = re.match(rf"(?i)\s*(?:{OF[lang]})(?:\s+|(?<=['’]))", s[b:])
    if not m:
        return None
    at = b + m.end()
    # "11,8 % dos de escolas privadas", "el 8 % de los de más edad": those of … (the head
    # left out, said just before)
    elided = re.match(r"(?i)(?:de|di|da|von)\s+", s[at:])
    span = phrase(s, at, lang)
    if span is None:
        return None
    if elided or names_people(s[span[0]:span[1]], lang, persons) or \
            re.search(rf"(?i)(?<!\w)(?:{AGENT[lang]})(?:\s+\w+){{0,2}}\s*$",
                      re.sub(r"(?i)(?:%|\s|\d|[.,\u00a0\u202f]|\b(?:por|per|pour)\s*cento?\b"
                             r"|\bProzent\b)+$", "", s[:b])):
        return span  # (a share said BY the figure, the agent of a passive, is of people)
    return None


def among(s: str, lo: int, hi: int, lang: str) -> list[tuple[int, int]]:
    """The populations named with "among" in ``s[lo:hi]`` ("entre as meninas", "chez les
    plus âgés", "bei Frauen"): their phrases' spans. "entre X e Y" (between two things) is
    none."""
    out = []
    for m in re.finditer(rf"(?i)(?<![\w-])(?:{AMONG[lang]})\s+", s[lo:hi]):
        at = lo + m.end()
        span = phrase(s, at, lang)
        if span is None or span[1] > hi:
            continue
        rest = s[span[1]:hi]
        if re.match(r"(?i)\s+(?:e|y|et|und|and|ed)\s", rest) and \
                not names_people(s[span[0]:span[1]], lang):
            continue  # "entre março e novembro": between two things
        out.append(span)
    return out


def fronted(s: str, lo: int, lang: str) -> tuple[int, int] | None:
    """A population named with "among" ahead of the figure's clause and a comma, with no
    figure between ("Entre as meninas, a prevalência foi de …; entre os meninos, de …")."""
    best = None
    for m in re.finditer(rf"(?i)(?<![\w-])(?:{AMONG[lang]})\s+", s[:lo]):
        span = phrase(s, m.end(), lang)
        if span is None:
            continue
        rest = s[span[1]:lo]
        if re.match(r"\s*,", rest) and not re.search(r"\d", rest):
            best = span
    return best


def place(s: str, b: int, lang: str) -> tuple[int, int] | None:
    """A place named right after a figure, capitalised ("23,5 % no Norte", "12 % en
    Andalucía", "9 % im Saarland")."""
    m = re.match(rf"(?i)\s*(?:%|\w+\s+cento|Prozent)?\s*(?:{IN[lang]})\s+(?=(?-i:[A-ZÀ-Ý]))",
                 s[b:])
    if not m:
        return None
    at = b + m.end()
    w = re.match(r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|d[eoa]s?|del|di|de\s+la)"
                 r"(?=[ \t]+[A-ZÀ-Ý]))*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)?", s[at:])
    if not w:
        return None
    return at, at + w.end()


def is_total(s: str, lang: str) -> bool:
    return bool(re.search(rf"(?i)(?<!\w)(?:{TOTAL[lang]})(?!\w)", s))
