# ruff: noqa: E501 (each language's words for one thing stay on one line, to compare them)
"""The words a release in Spanish, French, German, Italian or Portuguese uses for what
:mod:`.nonenglish` reads: percent and percentage points, ratios and their intervals, the
study's arms, comparisons, follow-up, the study's own design and size, background,
quotations, boilerplate headings, hedges and "no significant difference".

Each entry is a regular expression (case-insensitive where it is used), complete for the
class in each language, not tuned to one release.
"""

from __future__ import annotations

LANGS = ("es", "fr", "de", "it", "pt")

PERCENT = {
    "de": r"%|Prozent\b|v\.\s?H\.",
    "es": r"%|por\s+ciento\b",
    "fr": r"%|pour\s*cent\b",
    "it": r"%|per\s*cento\b",
    "pt": r"%|por\s+cento\b",
}
POINTS = {
    "de": r"Prozentpunkte?n?\b",
    "es": r"puntos?\s+porcentuales?\b",
    "fr": r"points?\s+(?:de\s+pourcentage|de\s+pourcentages|percentuels?)\b",
    "it": r"punti?\s+percentuali?\b",
    "pt": r"pontos?\s+percentua(?:l|is)\b",
}
# a ratio's name -> the schema's ratio kind
RATIOS = {
    "de": [(r"Hazard[-\s]?Ratio|HR|relative[snrm]?\s+Hazards?", "hazard"),
           (r"Odds[-\s]?Ratio|OR|Chancenverhältnis", "odds"),
           (r"relative[snrm]?\s+Risikos?|Risk[-\s]?Ratio|RR|Risikoverhältnis|Prävalenz(?:verhältnis|[-\s]?Ratio)|Prevalence[-\s]Ratio|PR", "risk"),
           (r"Raten[-\s]?Verhältnis|Rate[-\s]?Ratio|IRR", "rate")],
    # "cociente/razón de riesgos" is a risk ratio; the hazard ratio is the instantaneous one
    "es": [(r"hazard\s+ratio|HR|(?:cociente|raz[oó]n)\s+de\s+riesgos?\s+instant[aá]neos?", "hazard"),
           (r"odds\s+ratio|OR|raz[oó]n\s+de\s+(?:momios|probabilidades)", "odds"),
           (r"riesgo\s+relativo|RR|risk\s+ratio|(?:cociente|raz[oó]n)\s+de\s+riesgos?(?!\s+instant)|(?:cociente|raz[oó]n)\s+de\s+prevalencias?|prevalence\s+ratio|RP|PR", "risk"),
           (r"raz[oó]n\s+(?:de|entre)\s+(?:las\s+)?tasas|IRR", "rate")],
    "fr": [(r"hazard\s+ratio|HR|rapport\s+d(?:e|es)\s+risques?\s+instantan[ée]s?", "hazard"),
           (r"odds\s+ratio|OR|rapport\s+de\s+cotes", "odds"),
           (r"risque\s+relatif|RR|risk\s+ratio|rapport\s+d(?:e|es)\s+risques?(?!\s+instantan)|rapport\s+de[s]?\s+pr[ée]valences?|prevalence\s+ratio|RP|PR", "risk"),
           (r"rapport\s+(?:de|des|entre\s+les)\s+taux|IRR", "rate")],
    "it": [(r"hazard\s+ratio|HR|rapporto\s+(?:di|dei|tra\s+i)\s+rischi?\s+istantane[oi]", "hazard"),
           (r"odds\s+ratio|OR|rapporto\s+(?:di|delle)\s+probabilit[aà]", "odds"),
           (r"rischio\s+relativo|RR|risk\s+ratio|rapporto\s+(?:di|dei|tra\s+i)\s+rischi?(?!\s+istantane)|rapporto\s+(?:di|delle|tra\s+le)\s+prevalenz[ae]|prevalence\s+ratio|PR", "risk"),
           (r"rapporto\s+(?:di|tra|fra)\s+(?:i\s+)?tassi|IRR", "rate")],
    "pt": [(r"hazard\s+ratio|HR|raz[aã]o\s+de\s+riscos?\s+instant[aâ]neos?", "hazard"),
           (r"odds\s+ratio|OR|raz[aã]o\s+de\s+chances", "odds"),
           (r"risco\s+relativo|RR|risk\s+ratio|raz[aã]o\s+de\s+riscos?(?!\s+instant)|raz[aã]o\s+de\s+preval[êe]ncias?|prevalence\s+ratio|RP|PR", "risk"),
           (r"raz[aã]o\s+(?:de|entre)\s+(?:as\s+)?taxas|IRR", "rate")],
}
# a confidence interval's name ("95-%-KI", "IC del 95 %", "intervalle de confiance à 95 %")
CI = {
    "de": r"(?:95\s*-?\s*%?\s*-?\s*)?(?:KI|CI|Konfidenzintervall)(?:\s*[:=])?",
    "es": r"(?:IC|CI|intervalo\s+de\s+confianza)(?:\s+(?:del\s+|al\s+|de\s+)?95\s*(?:%|por\s+ciento))?(?:\s*[:=])?",
    "fr": r"(?:IC|CI|intervalle\s+de\s+confiance)(?:\s+(?:à\s+|a\s+|de\s+)?95\s*(?:%|pour\s*cent))?(?:\s*[:=])?",
    "it": r"(?:IC|CI|intervallo\s+di\s+confidenza)(?:\s+(?:al\s+|del\s+)?95\s*(?:%|per\s*cento))?(?:\s*[:=])?",
    "pt": r"(?:IC|CI|intervalo\s+de\s+confian[çc]a)(?:\s+(?:de\s+)?95\s*(?:%|por\s+cento))?(?:\s*[:=])?",
}
CI_LEAD = r"95\s*-?\s*%\s*-?\s*"  # "95 % KI", "95-%-KI", "95% IC" (the level before the name)
# "0,58–0,89", "0,58 bis 0,89", "0,58 a 0,89", "de 0,58 à 0,89"
RANGE_WORD = {"de": r"bis", "es": r"a|hasta", "fr": r"à|a", "it": r"a|-", "pt": r"a|até"}
# where a sentence compares one figure with the next
# ("contra", "frente a", "contre", "contro", "gegenüber" also say what a vaccine protects
# against: "la vacuna contra la gripe redujo …", "frente a la hospitalización"; they compare
# only when a figure or people follow within three words: "frente al 12,6 %", "contre 6,9 %
# des non-exposés", "gegenüber 0,24", "frente a los hombres", "contro il gruppo placebo";
# or at the end of the text looked at, the words after it cut off)
_COMPARED_NEXT = (r"(?=[\s:]*$|[\s:]+(?:[^\s\d]+\s+){0,3}?(?:[−–-]?\d|(?i:grupo|groupe|gruppo|Gruppe|"
                  r"\w*[Gg]ruppe|bra[çc]o|bras|braccio|Arm|placebo|contr[oô]l\w*|t[ée]moins?|"
                  r"Kontroll\w*|quienes|ceux|celles|quelli|coloro|aqueles|aquelas|non[- ]\w+|"
                  r"no\s+\w+|nicht[- ]?\w+|não[- ]\w+|mujeres|hombres|femmes|hommes|donne|uomini|"
                  r"mulheres|homens|Frauen|Männer[n]?|niñ[oa]s|enfants|bambini|crianças|Kinder[n]?|"
                  r"pacientes|patient\w*|pazienti|participant\w*|partecipanti|Teilnehm\w*|"
                  r"adult\w*|Erwachsene\w*|personas|personnes|persone|pessoas|Personen|Menschen)\b))")


def _compared(words: str) -> str:
    return rf"(?:{words}){_COMPARED_NEXT}"


VERSUS = {
    "de": r"im\s+Vergleich\s+(?:zu|mit)|verglichen\s+mit|" + _compared(r"gegenüber") + r"|vs\.?|versus",
    "es": r"en\s+comparaci[oó]n\s+con|comparad[oa]s?\s+con|" + _compared(r"frente\s+al?|contra")
          + r"|respecto\s+al?|vs\.?|versus",
    "fr": r"par\s+rapport\s+(?:à\s+l['’]|à|aux?)|compar[ée]e?s?\s+(?:à|aux?|avec)|" + _compared(r"contre")
          + r"|vs\.?|versus",
    "it": r"rispetto\s+a(?:ll['’]|l|i|lla|lle|gli)?|in\s+confronto\s+(?:a|con)|" + _compared(r"contro")
          + r"|vs\.?|versus",
    "pt": r"em\s+compara[çc][aã]o\s+(?:com|a[os]?)|comparad[oa]s?\s+(?:com|a[os]?)|" + _compared(r"contra")
          + r"|vs\.?|versus",
}
# a letter or a code a name ends with: "vitamina D", "vitamine D3", "omega 3"
_CODE = r"(?:\s+(?-i:[A-Z][A-Z0-9]{0,3}|\d{1,2})(?![\w-]|[.,]\d))?"
# a study arm named in running text: the whole phrase is the group's name
ARM = {
    "de": (r"(?:(?:in|aus|bei|zu)\s+(?:der|den)\s+|(?:im|vom|zur)\s+)"
           # ("in der behandelten Gruppe": an adjective before the head noun is its name's)
           r"(?P<arm>(?:(?-i:[a-zäöüß]+(?:en|e))\s+(?=(?-i:Gruppe|Arm)\b))?[\wÄÖÜäöüß-]*(?:gruppe|Gruppe|[Aa]rm)\b(?:\s+(?:mit|ohne)\s+(?:[a-zäöüß-]+\s+){0,3}?(?-i:[A-ZÄÖÜ])[\wÄÖÜäöüß-]+(?:\s+(?-i:[A-Z][A-Z0-9]{0,3}|\d{1,2})(?![\w-]|[.,]\d))?)?)"
           r"|(?:unter|mit)\s+(?P<arm2>Placebo|Scheinbehandlung|Standardbehandlung)\b"
           # the people an exposure names: "bei Personen mit drei oder mehr Tassen pro Tag"
           r"|\bbei\s+(?P<arm3>(?-i:Personen|Menschen|Teilnehmenden|Patient(?:inn)?en|Frauen|Männern|Kindern|Erwachsenen)\s+(?:mit|ohne)\s+[^,;()]{3,60}?)(?=\s*(?:[,;()]|$|\bund\b|\bim\s+Vergleich|\bals\b|\bwar|\blag))"),
    "es": (r"(?:en\s+el|del|al|con\s+el)\s+(?P<arm>grupo\s+(?:(?:del|de\s+la|de\s+los|de|con|que\s+recibi[oó])\s+)?"
           r"(?:el\s+|la\s+)?(?:(?:m[aá]s|menos)\s+)?[\wáéíóúñ-]+(?:\s+(?:de|con)\s+[\wáéíóúñ-]+)?"
           r"(?:\s+(?:d[ií]as|semanas|meses|años|horas|dosis)(?!\w))?" + _CODE + r")"
           r"|con\s+(?P<arm2>placebo)\b"
           # the people an exposure names: "entre quienes caminaban a diario", "en los que no"
           r"|\b(?:entre|en|de)\s+(?P<arm3>(?:quienes|(?:aquell|l)[oa]s\s+que|las\s+personas\s+que|l[oa]s\s+participantes\s+que)\s+[^,;()]{3,60}?)(?=\s*(?:[,;().]|$|\by\s+(?:de|en|entre)\b|\bfrente\b|\bcompar|\bque\s+(?:en|entre)\b))"),
    "fr": (r"(?:dans\s+le|du|au|avec\s+le)\s+(?P<arm>groupe\s+(?:(?:sous|avec|recevant|traité\s+par|du|de\s+la)\s+)?"
           r"(?:le\s+|la\s+|l')?(?:(?:le\s+)?(?:plus|moins)\s+)?[\wàâçéèêëîïôûùüÿœ-]+"
           r"(?:\s+(?:jours|semaines|mois|ans|heures|doses?)(?!\w))?" + _CODE + r")"
           r"|sous\s+(?P<arm2>placebo)\b"
           r"|\b(?:chez|parmi|de)\s+(?P<arm3>(?:ceux|celles|les\s+personnes|les\s+participant(?:e|)s)\s+qui\s+[^,;()]{3,60}?)(?=\s*(?:[,;().]|$|\bet\s+(?:de|chez|parmi)\b|\bcontre\b|\bcompar|\bque\s+(?:chez|parmi)\b))"),
    "it": (r"(?:nel|del|al|con\s+il)\s+(?P<arm>gruppo\s+(?:(?:con|di|del|della|trattato\s+con|che\s+ha\s+ricevuto)\s+)?"
           r"(?:il\s+|la\s+|l')?(?:(?:più|meno)\s+)?[\wàèéìòù-]+"
           r"(?:\s+(?:giorni|settimane|mesi|anni|ore|dosi)(?!\w))?" + _CODE + r")"
           r"|con\s+(?P<arm2>placebo)\b"
           r"|\b(?:tra|fra|di)\s+(?P<arm3>(?:chi|coloro\s+che|le\s+persone\s+che|i\s+partecipanti\s+che)\s+[^,;()]{3,60}?)(?=\s*(?:[,;().]|$|\be\s+(?:di|del|tra|fra)\b|\bcontro\b|\brispetto\b|\bche\s+(?:tra|fra)\b))"),
    "pt": (r"(?:no|do|ao|com\s+o)\s+(?P<arm>grupo\s+(?:(?:do|da|de|com|que\s+recebeu)\s+)?"
           r"(?:o\s+|a\s+)?(?:(?:mais|menos)\s+)?[\wáâãàçéêíóôõú-]+"
           r"(?:\s+(?:dias|semanas|meses|anos|horas|doses?)(?!\w))?" + _CODE + r")"
           r"|com\s+(?P<arm2>placebo)\b"
           r"|\b(?:entre|de)\s+(?P<arm3>(?:quem|(?:aquel|)[oa]s\s+que|as\s+pessoas\s+que|os\s+participantes\s+que)\s+[^,;()]{3,60}?)(?=\s*(?:[,;().]|$|\be\s+(?:de|entre)\b|\bface\b|\bcontra\b|\bcompar|\bdo\s+que\s+entre\b))"),
}
# a programme evaluation's places compared: those with the programme ("nos municípios do
# programa", "dans les communes du programme", "in den Programmgemeinden") and the others
# ("nos demais,", "dans les autres,", "in den übrigen", "Vergleichsgemeinden"): its arms;
# "the others" only standing alone before a comma or a figure ("dans les autres pays" is none)
_OTHERS_ALONE = r"(?=\s*[,;:]|\s+(?:de|du|da|di|von|um|del|dal)\s+\d)"
PLACES = {
    "de": r"\b(?:in|bei)\s+den\s+(?P<arm4>Programm(?:gemeinden|schulen|regionen|kliniken|praxen)|Vergleichs(?:gemeinden|schulen|regionen|kliniken)|übrigen(?:\s+Gemeinden)?" + _OTHERS_ALONE + r")",
    "es": r"\b(?:en|de)\s+l[oa]s\s+(?P<arm4>(?:municipios|ciudades|escuelas|regiones|barrios|centros|hospitales|familias)\s+(?:del|con\s+el|sin\s+el)\s+programa|dem[aá]s" + _OTHERS_ALONE + r")",
    "fr": r"\b(?:dans\s+les|des|aux)\s+(?P<arm4>(?:communes|villes|[ée]coles|r[ée]gions|quartiers|centres|h[ôo]pitaux|familles)\s+(?:du|avec\s+le|sans\s+le)\s+programme|autres" + _OTHERS_ALONE + r")",
    "it": r"\b(?:nei|negli|nelle|dei|degli|delle)\s+(?P<arm4>(?:comuni|citt[àa]|scuole|regioni|quartieri|centri|ospedali|famiglie)\s+(?:del|con\s+il|senza\s+il)\s+programma|altr[ie]" + _OTHERS_ALONE + r")",
    "pt": r"\b(?:n|d|a)?[oa]s\s+(?P<arm4>(?:munic[ií]pios|cidades|escolas|regi[õo]es|bairros|cl[ií]nicas|unidades|hospitais|fam[ií]lias)\s+(?:do|com\s+o|sem\s+o)\s+programa|demais" + _OTHERS_ALONE + r")",
}
for _lang, _places in PLACES.items():
    ARM[_lang] += "|" + _places
# the people a figure is of, named by what they received ("des patients ayant reçu de la
# mélatonine", "de los pacientes que recibieron el fármaco", "dei pazienti trattati con
# l'integratore") or by the control groups pooled ("de ceux des groupes témoins", "de los
# grupos control"): an arm as a group's name is
RECEIVED = {
    "de": r"\b(?:bei|unter)\s+(?:den\s+)?(?P<arm5>(?:Patient(?:inn)?en|Teilnehmenden|Personen),?\s+die\s+(?:\w+\s+){1,3}?(?:erhielten|bekamen|einnahmen))|\b(?:in\s+den|der)\s+(?P<arm6>(?:Kontroll|Placebo|Vergleichs)gruppen)\b",
    "es": r"\b(?:(?:de|en|entre)\s+)?los\s+(?P<arm5>(?:pacientes|participantes|enfermos|ratones|animales)\s+(?:que\s+recibieron|que\s+tomaron|tratad[oa]s\s+con)\s+(?:el\s+|la\s+|los\s+|las\s+)?[\wáéíóúñ-]+)|\b(?:de|en)\s+los\s+(?P<arm6>grupos\s+(?:de\s+)?(?:control|placebo|comparaci[oó]n))\b",
    "fr": r"\b(?:des|les|chez\s+les|parmi\s+les)\s+(?P<arm5>(?:patient(?:e|)s|participant(?:e|)s|malades|personnes|souris|animaux|rats)\s+(?:ayant\s+reçu|recevant|trait[ée]e?s\s+(?:par|avec))\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|le\s+|la\s+|l['’])?[\wàâçéèêëîïôûùüÿœ-]+)|\b(?:des|dans\s+les|aux)\s+(?P<arm6>groupes\s+(?:t[ée]moins|contr[ôo]les?|placebo))\b",
    "it": r"\b(?:dei|tra\s+i|nei|fra\s+i|i)\s+(?P<arm5>(?:pazienti|partecipanti|malati|topi|animali|ratti)\s+(?:che\s+hanno\s+ricevuto|che\s+hanno\s+assunto|trattati\s+con)\s+(?:il\s+|la\s+|lo\s+|l['’]|i\s+|le\s+)?[\wàèéìòù-]+)|\b(?:dei|nei)\s+(?P<arm6>gruppi\s+(?:di\s+)?(?:controllo|placebo))\b",
    "pt": r"\b(?:dos|entre\s+os|nos|os)\s+(?P<arm5>(?:pacientes|participantes|doentes|camundongos|ratinhos|ratos|animais)\s+(?:que\s+receberam|que\s+tomaram|tratad[oa]s\s+com)\s+(?:o\s+|a\s+|os\s+|as\s+)?[\wáâãàçéêíóôõú-]+)|\b(?:dos|nos)\s+(?P<arm6>grupos\s+(?:de\s+)?(?:controle|controlo|placebo))\b",
}
# the treated and the untreated, said with the participle alone ("os camundongos tratados",
# "dos animais não tratados", "les souris non traitées", "i topi non trattati")
TREATED_BARE = {
    "de": r"\b(?:den|die|der)\s+(?P<arm7>(?:un)?behandelten\s+(?:Mäuse[n]?|Tiere[n]?|Ratten|Patient(?:inn)?en))",
    "es": r"\b(?:de\s+)?los\s+(?P<arm7>(?:ratones|animales|pacientes)\s+(?:\w+\s+)?(?:no\s+)?tratad[oa]s)(?!\s+con)\b",
    "fr": r"\b(?:des|les|aux)\s+(?P<arm7>(?:souris|animaux|rats|patient(?:e|)s)\s+(?:\w+\s+)?(?:non\s+)?trait[ée]e?s)(?!\s+(?:par|avec))\b",
    "it": r"\b(?:dei|i|ai)\s+(?P<arm7>(?:topi|animali|ratti|pazienti)\s+(?:\w+\s+)?(?:non\s+)?trattati)(?!\s+con)\b",
    "pt": r"\b(?:dos|os|aos)\s+(?P<arm7>(?:camundongos|ratinhos|ratos|animais|pacientes)\s+(?:\w+\s+)?(?:n[ãa]o\s+)?tratad[oa]s)(?!\s+com)\b",
}
for _lang, _bare in TREATED_BARE.items():
    RECEIVED[_lang] += "|" + _bare
for _lang, _received in RECEIVED.items():
    ARM[_lang] += "|" + _received
# the people an exposure names with its participle, in a cohort compared by exposure
# ("des jeunes adultes exposés … contre … chez les non-exposés", "entre los niños expuestos
# y los no expuestos", "tra gli esposti e i non esposti", "bei den exponierten Kindern",
# "entre os expostos e os não expostos"): an arm as a group's name is, the unexposed its
# comparison (CONTROL reads their "non", "no", "nicht", "não")
EXPOSED = {
    "de": r"\b(?:bei|unter|von)\s+(?:den\s+)?(?P<arm8>(?:(?-i:[Nn])icht[- ]?)?(?-i:[Ee])xponierten"
          r"(?:\s+(?:Kindern|Personen|Teilnehmenden|Erwachsenen|Frauen|Männern))?)\b",
    "es": r"\b(?:en|entre|de|a)\s+(?:l[oa]s\s+)?(?P<arm8>(?:(?:niñ[oa]s|j[oó]venes|adultos|personas|"
          r"participantes|pacientes|mujeres|hombres)\s+)?(?:no\s+)?expuest[oa]s)\b",
    "fr": r"\b(?:chez|parmi|des|les|aux)\s+(?:les\s+)?(?P<arm8>(?:(?:jeunes(?:\s+adultes)?|enfants|"
          r"adultes|personnes|participant(?:e|)s|femmes|hommes|patient(?:e|)s)\s+)?(?:non[- ])?"
          r"expos[ée]e?s)\b",
    "it": r"\b(?:tra|fra|nei|negli|dei|degli|delle|nelle|i|gli|le|agli)\s+(?:gli\s+|i\s+)?"
          r"(?P<arm8>(?:(?:bambini|giovani|adulti|persone|partecipanti|pazienti|donne|uomini)\s+)?"
          r"(?:non\s+)?espost[ie])\b",
    "pt": r"\b(?:entre|n|d)?(?:os|as)\s+(?P<arm8>(?:(?:crianças|jovens|adultos|pessoas|participantes|"
          r"pacientes|mulheres|homens)\s+)?(?:n[ãa]o\s+)?expost[oa]s)\b",
}
for _lang, _exposed in EXPOSED.items():
    ARM[_lang] += "|" + _exposed
CONTROL = (r"(?i)placebo|schein|kontroll|vergleichsgruppe|control|contr[oô]le|standard|habituel|"
           r"\b(?:demais|dem[aá]s|autres|übrigen|altri|altre)\b|vergleichs|"
           r"usual|t[ée]moin|testigo|controllo|controle|comparaci[oó]n|\bcomparison|"
           r"\b(?:ohne|kein\w*|sin|sans|senza|sem|nicht|no|non|n[ãa]o|pas|nunca|jamais)\b")
# an age band named as a part of the population a figure is said of: a list's label
# ("- 18 a 34 años: 9,6 %", "75 ans et plus : 21 %") or a band after a preposition
# ("bei den 35- bis 54-Jährigen", "nella fascia 55-74 anni"); group sub is the band
AGE_BAND = {
    "de": r"(?P<sub>\d{1,3}\s*(?:-|–|bis|und)\s*\d{1,3}(?:\s*-?\s*J(?:ä|ae)hrigen?|\s+Jahren?|\s+Jahre)|(?:ab|über)\s+\d{1,3}(?:\s+Jahren?|-J(?:ä|ae)hrigen?)|\d{1,3}\s+Jahre?\s+und\s+(?:älter|mehr)|\d{1,3}\s*-?\s*J(?:ä|ae)hrige\s+und\s+(?:Ältere|älter))",
    "es": r"(?P<sub>(?:de\s+)?\d{1,3}\s*(?:a|-|–|y)\s*(?:los\s+)?\d{1,3}\s+años|\d{1,3}\s+años\s+o\s+m[aá]s|(?:mayores|menores)\s+de\s+\d{1,3}\s+años)",
    "fr": r"(?P<sub>(?:de\s+)?\d{1,3}\s*(?:à|a|et|-|–)\s*(?:les\s+)?\d{1,3}\s+ans|\d{1,3}\s+ans\s+(?:et\s+plus|ou\s+plus)|(?:plus|moins)\s+de\s+\d{1,3}\s+ans)",
    "it": r"(?P<sub>(?:(?:da|tra|fra)\s+(?:i\s+)?)?\d{1,3}\s*(?:a|e|-|–)\s*(?:i\s+)?\d{1,3}\s+anni|\d{1,3}\s+anni\s+(?:e\s+oltre|o\s+pi[uù])|(?:over|oltre\s+i|sotto\s+i)\s+\d{1,3}(?:\s+anni)?)",
    "pt": r"(?P<sub>(?:de\s+)?\d{1,3}\s*(?:a|e|-|–)\s*(?:os\s+)?\d{1,3}\s+anos|\d{1,3}\s+anos\s+ou\s+mais|(?:mais|menos)\s+de\s+\d{1,3}\s+anos)",
}
# the median (or mean) follow-up: "nach einer medianen Nachbeobachtung von 4,2 Jahren"
FOLLOW_UP = {
    "de": r"(?P<stat>mediane[nrs]?|mittlere[nrs]?)\s+(?:Nachbeobachtung(?:szeit)?|Beobachtungszeit|Follow-up)\s+(?:von|über)\s+",
    "es": r"(?:seguimiento|per[ií]odo\s+de\s+seguimiento)\s+(?P<stat>mediano|medio|promedio)\s+de\s+",
    "fr": r"(?:suivi|dur[ée]e\s+de\s+suivi)\s+(?P<stat>m[ée]dian[e]?|moyen(?:ne)?)\s+de\s+",
    "it": r"(?:follow-up|periodo\s+di\s+osservazione)\s+(?P<stat>mediano|medio)\s+di\s+",
    "pt": r"(?:seguimento|acompanhamento)\s+(?P<stat>mediano|m[ée]dio)\s+de\s+",
}
MEDIAN = r"(?i)^(?:median|médian|mediano)"
# a unit of time -> the schema's unit
TIME_UNITS = {
    "de": [(r"Jahre?n?", "year"), (r"Monate?n?", "month"), (r"Wochen?", "week"), (r"Tage?n?", "day")],
    "es": [(r"años?", "year"), (r"meses|mes", "month"), (r"semanas?", "week"), (r"d[ií]as?", "day")],
    "fr": [(r"ans|an|ann[ée]es?", "year"), (r"mois", "month"), (r"semaines?", "week"), (r"jours?", "day")],
    "it": [(r"anni|anno", "year"), (r"mesi|mese", "month"), (r"settimane?|settimana", "week"),
           (r"giorni|giorno", "day")],
    "pt": [(r"anos?", "year"), (r"meses|m[eê]s", "month"), (r"semanas?", "week"), (r"dias?", "day")],
}
# the study's participants: a count before one of these nouns, in a sentence of its methods
PERSONS = {
    "de": r"(?:Patient(?:inn)?en|Teilnehmer(?:innen|n)?|Teilnehmenden?|Proband(?:inn)?en|Frauen|Männer[n]?|"
          r"Kinder[n]?|Personen|Erwachsenen?|Menschen|Versuchspersonen|Schwangeren?|Betroffenen?|Befragten?)",
    "es": r"(?:pacientes|participantes|personas|mujeres|hombres|niñ[oa]s|adultos|voluntarios|sujetos|encuestad[oa]s|entrevistad[oa]s)",
    "fr": r"(?:patient(?:e)?s|participant(?:e)?s|personnes|femmes|hommes|enfants|adultes|volontaires|sujets|r[ée]pondant(?:e|)s)",
    "it": r"(?:pazienti|partecipanti|persone|donne|uomini|bambini|adulti|volontari|soggetti|intervistat[ie])",
    "pt": r"(?:pacientes|participantes|pessoas|mulheres|homens|crianças|adultos|voluntários|indivíduos|entrevistad[oa]s|inquirid[oa]s)",
}
ENROLLED = {
    "de": r"nahmen\b.*\bteil|teilgenommen|verwendet|nutzten?\b|eingeschlossen|aufgenommen|randomisiert|zugeteilt|"
          r"untersucht|beobachtet|nachbeobachtet|begleitet|verfolgt|rekrutiert|umfasste|werteten|ausgewertet|analysiert|Daten\s+von|aufgeteilt|eingeteilt|befragt|Befragung\s+von|Stichprobe\s+von|beantwortet|antworteten|ausgefüllt|füllten\b",
    "es": r"particip(?:aron|ó|an)\b|utiliz(?:ó|aron)\b|emple(?:ó|aron)\b|incluy|inclu[ií]d|reclut|aleatori|asignad|analiz[óoa]|analizaron|seguid|sigui(?:ó|o|eron)\b|datos\s+de|dividi(?:eron|dos|das)\b|entrevist|encuest(?:ó|aron|ad[oa]s)|muestra\s+(?:\w+\s+)?de|respondieron|contestaron|completaron\b",
    "fr": r"particip[ée]|utilis(?:é|ée|és|ées|ait|aient)\b|inclu|recrut|randomis|r[ée]partis|assign|suivi|analys|donn[ée]es\s+de|divis[ée]e?s?\b|interrog[ée]|sond[ée]|enqu[êe]t[ée]|[ée]chantillon\s+(?:\w+\s+)?de|r[ée]pondu|ont\s+rempli|ont\s+compl[ée]t[ée]",
    "it": r"partecipato|partecipano|utilizzat[oaie]\b|impiegat[oaie]\b|inclus|arruolat|reclutat|randomizzat|assegnat|seguit|analizza|dati\s+di|divis[io]\b|suddivis|intervistat|campione\s+(?:\w+\s+)?di|risposto|compilato|hanno\s+completato",
    "pt": r"particip(?:aram|ou|am)\b|utiliz(?:ou|aram)\b|us(?:ou|aram)\b|inclu[ií]d|inclu[ií](?:u|ram)\b|recrutad|randomizad|alocad|designad|acompanh|segui(?:u|ram|d[oa]s?)\b|analis(?:ou|aram|ad)|dados\s+de|dividi(?:ram|d[oa]s)\b|distribu[ií]d|entrevist|inquirid|amostra\s+(?:\w+\s+)?de|responderam|preencheram|completaram\b",
}
RANDOMISED = {
    "de": r"randomisiert|nach\s+dem\s+Zufallsprinzip|zufällig\s+(?:zugeteilt|zugewiesen|aufgeteilt)",
    "es": r"aleatori[oaz]|aleatoriamente|randomizad",
    "fr": r"randomis|al[ée]atoire|tir[ée]s?\s+au\s+sort",
    "it": r"randomizzat|casual(?:e|mente)",
    "pt": r"randomizad|aleat[oó]ri[oa]|aleatoriamente",
}
OBSERVATIONAL = {
    "de": r"Kohortenstudie|Beobachtungsstudie|Registerstudie|Fall-Kontroll|kohorte\b|Querschnitt(?:s?studie|sanalyse)|repräsentative[nr]?\s+(?:Befragung|Umfrage|Erhebung)",
    "es": r"estudio\s+de\s+cohortes?|estudio\s+observacional|casos\s+y\s+controles|\bcohorte\b|estudio\s+transversal|\bencuesta\s+(?:nacional|poblacional|representativa)",
    "fr": r"[ée]tude\s+de\s+cohorte|[ée]tude\s+observationnelle|cas-t[ée]moins|\bcohorte\b|[ée]tude\s+transversale|\benqu[êe]te\s+(?:nationale|repr[ée]sentative|en\s+population)",
    "it": r"studio\s+di\s+coorte|studio\s+osservazionale|caso-controllo|\bcoorte\b|studio\s+trasversale|\bindagine\s+(?:nazionale|rappresentativa|di\s+popolazione)",
    "pt": r"estudo\s+de\s+coorte|estudo\s+observacional|caso-control[eo]|\bcoorte\b|estudo\s+transversal|\binqu[ée]rito\s+(?:nacional|representativo|populacional)",
}
# a study of records or of a programme as it ran: a registry's data ("dati del registro
# tumori", "le registre national des hospitalisations", "Daten des Krebsregisters") or an
# evaluation of a programme ("uma avaliação do programa", "l'évaluation du programme");
# observational, whatever it compares (never a trial's registration: "registrado en")
# a survey by its own noun ("Befragung", "encuesta", "enquête", "indagine", "levantamento"):
# a study of one sample asked once, observational when nothing says randomised
SURVEY = {
    "de": r"(?i)\b(?:Befragung|Umfrage|Erhebung|Querschnitt)\w*",
    "es": r"(?i)\b(?:encuesta|sondeo)s?\b",
    "fr": r"(?i)\b(?:enqu[êe]te|sondage)s?\b",
    "it": r"(?i)\b(?:indagine|indagini|sondaggio|sondaggi)\b",
    "pt": r"(?i)\b(?:levantamento|inqu[ée]rito|sondagem|pesquisa\s+nacional)s?\b",
}
REGISTRY_OR_EVALUATION = {
    "de": r"(?:Krebs|Geburten|Sterbe|Patienten|Bevölkerungs|Gesundheits)?[Rr]egister(?:daten|studie|n|s)?\b(?!\w*nummer)|Routinedaten|Abrechnungsdaten|\b(?:Evaluation|Auswertung|Evaluierung)\b[^.;]{0,100}?[Pp]rogramm|[Pp]rogramm[^.;]{0,100}?\b(?:Evaluation|evaluiert)",
    "es": r"\bregistros?\s+(?:nacional|poblacional|de\s+(?:base\s+)?poblaci[oó]n|de\s+c[aá]ncer|de\s+tumores|hospitalario|de\s+altas|de\s+defunciones|de\s+nacimientos)|\b(?:datos|historias)\s+(?:de\s+los|del)\s+(?:\w+\s+)?registros?\b|\bevaluaci[oó]n\b[^.;]{0,100}?\bprogramas?\b|\bprogramas?\b[^.;]{0,100}?\bevalua(?:ci[oó]n|d[oa])\b",
    "fr": r"\bregistres?\s+(?:national|nationaux|des\s+cancers|du\s+cancer|des\s+hospitalisations|des\s+naissances|des\s+d[ée]c[èe]s|de\s+population|r[ée]gional)|\bdonn[ée]es\s+(?:du|des)\s+(?:\w+\s+)?registres?\b|\b[ée]valuation\b[^.;]{0,100}?\bprogrammes?\b|\bprogrammes?\b[^.;]{0,100}?\b[ée]valu(?:ation|[ée])\b",
    "it": r"\bregistr[oi]\s+(?:nazional[ei]|tumori|dei\s+tumori|di\s+popolazione|regional[ei]|delle\s+nascite|di\s+mortalit[àa])|\bdati\s+(?:del|dei)\s+(?:\w+\s+)?registr[oi]\b|\bvalutazione\b[^.;]{0,100}?\bprogramm[ai]\b|\bprogramm[ai]\b[^.;]{0,100}?\bvalutazione\b",
    "pt": r"\bregist(?:r)?os?\s+(?:nacional|nacionais|de\s+c[aâ]ncer|de\s+tumores|oncol[oó]gico|populacional|de\s+base\s+populacional|hospitalar|de\s+[oó]bitos|de\s+nascidos)|\bdados\s+(?:do|dos)\s+(?:\w+\s+)?regist(?:r)?os?\b|\bavalia[çc][ãa]o\b[^.;]{0,100}?\bprogramas?\b|\bprogramas?\b[^.;]{0,100}?\bavalia(?:[çc][ãa]o|d[oa])\b",
}
# the animals a lab study is done in: their number is its sample, their results no
# human results ("60 camundongos", "40 Mäuse", "80 souris", "50 topi", "24 ratones")
ANIMALS = {
    "de": r"(?:Mäuse[n]?|Ratten|Versuchstiere[n]?|Tiere[n]?|Affen|Schweine[n]?|Zebrafische[n]?)",
    "es": r"(?:ratones|ratas|animales|monos|cerdos|peces\s+cebra)",
    "fr": r"(?:souris|rats|animaux|singes|porcs|poissons-z[èe]bres)",
    "it": r"(?:topi|topolini|ratti|animali|scimmie|maiali|pesci\s+zebra)",
    "pt": r"(?:camundongos|ratinhos|ratos|animais|macacos|porcos|peixes-zebra)",
}
# a headline or sentence telling the study was done in animals ("em camundongos",
# "bei Mäusen", "chez la souris", "nei topi", "en ratones", "Tierversuch")
IN_ANIMALS = {
    "de": r"\b(?:bei|an|in)\s+(?:\w+\s+)?(?:Mäusen|Ratten|Tieren|Versuchstieren|Affen)\b|Tierversuch|Tierstudie|Mausmodell|"
          r"\b(?:Zellen|Zelllinien|Zellkulturen|Organoiden)\b[^.]{0,60}\b(?:im\s+Labor|in\s+vitro)|\bin\s+vitro\b|\bim\s+Labor\s+(?:an|mit)\s+(?:\w+\s+)?Zell",
    "es": r"\b(?:en|con)\s+(?:\w+\s+)?(?:ratones|ratas|animales|monos)\b|modelo\s+(?:animal|murino)|"
          r"\b(?:c[ée]lulas|l[ií]neas\s+celulares|cultivos\s+celulares|organoides)\b[^.]{0,60}\b(?:en\s+(?:el\s+)?laboratorio|in\s+vitro)|\bin\s+vitro\b",
    "fr": r"\b(?:chez|sur)\s+(?:la\s+|les\s+|des\s+)?(?:\w+\s+)?(?:souris|rats?|animaux|singes)\b|mod[èe]le\s+(?:animal|murin)|"
          r"\b(?:cellules|lign[ée]es\s+cellulaires|cultures\s+cellulaires|organo[ïi]des)\b[^.]{0,60}\b(?:en\s+laboratoire|in\s+vitro)|\bin\s+vitro\b",
    "it": r"\b(?:nei|sui|in|su)\s+(?:\w+\s+)?(?:topi|ratti|animali|topolini)\b|modello\s+(?:animale|murino)|"
          r"\b(?:cellule|linee\s+cellulari|colture\s+cellulari|organoidi)\b[^.]{0,60}\b(?:in\s+laboratorio|in\s+vitro)|\bin\s+vitro\b",
    "pt": r"\b(?:em|com)\s+(?:\w+\s+)?(?:camundongos|ratinhos|ratos|animais)\b|modelo\s+(?:animal|murino)|"
          r"\b(?:c[ée]lulas|linhagens\s+celulares|culturas\s+celulares|organoides)\b[^.]{0,60}\b(?:em\s+laborat[óo]rio|in\s+vitro)|\bin\s+vitro\b",
}
# a journal named in running text; group 1 is its name
JOURNAL = {
    "de": r"(?:Fach(?:journal|zeitschrift|magazin)|Journal|Zeitschrift)\s+[„\"»]?((?:The\s+)?[A-Z][\w&.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&.-]*))*)",
    "es": r"(?:revista|publicaci[oó]n)\s+(?:cient[ií]fica\s+)?[«\"“]?((?:The\s+)?[A-Z][\w&.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&.-]*))*)",
    "fr": r"(?:revue|journal)\s+(?:scientifique\s+)?[«\"“]?\s?((?:The\s+)?[A-Z][\w&.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&.-]*))*)",
    "it": r"(?:rivista)\s+(?:scientifica\s+)?[«\"“]?((?:The\s+)?[A-Z][\w&.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&.-]*))*)",
    "pt": r"(?:revista|peri[oó]dico)\s+(?:cient[ií]fic[ao]\s+)?[«\"“]?((?:The\s+)?[A-Z][\w&.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&.-]*))*)",
}
# a sentence about the population at large, not the study's participants
BACKGROUND = {
    "de": r"\b(?:betrifft|betreffen)\s+(?:etwa\s+|rund\s+|bis\s+zu\s+|fast\s+|mehr\s+als\s+)?\d|\bjedes\s+Jahr\b|\bjährlich\b|\bpro\s+Jahr\b|\bweltweit\b|\bbundesweit\b|"
          r"\bin\s+Deutschland\b|\bin\s+Österreich\b|\bin\s+der\s+Schweiz\b|\bin\s+Europa\b|"
          r"\bfrühere[nr]?\s+Studien?\b|\bbisher(?:ige[nr]?)?\b|"
          r"\b(?:[Ll]aut|[Nn]ach\s+Angaben)\s+(?:der\s+|dem\s+|des\s+)?(?:Weltgesundheitsorganisation|WHO\b|Robert[- ]Koch[- ]Institut|RKI\b|Statistischen\s+Bundesamt|Bundesministerium|Destatis)",
    "es": r"\b(?:afecta|afectan)\s+(?:a\s+)?(?:(?:alrededor\s+del?|casi|hasta|m[aá]s\s+del?|cerca\s+del?)\s+)?(?:el\s+|un\s+)?\d|\bcada\s+año\b|\bal\s+año\b|\banualmente\b|\ben\s+el\s+mundo\b|\ben\s+todo\s+el\s+mundo\b|"
          r"\ben\s+España\b|\ben\s+Europa\b|\ben\s+(?:M[eé]xico|Argentina|Colombia|Chile|Per[uú])\b|"
          r"\bestudios\s+(?:previos|anteriores)\b|"
          r"\bseg[uú]n\s+(?:la\s+|el\s+)?(?:Organizaci[oó]n\s+Mundial|OMS\b|Ministerio|Instituto\s+Nacional\s+de\s+Estad)",
    "fr": r"\b(?:touche|touchent|concerne|concernent|affecte|affectent)\s+(?:(?:environ|pr[eè]s\s+de|jusqu['’][àa]|plus\s+de|presque)\s+)?\d|\bchaque\s+ann[ée]e\b|\bpar\s+an\b|\bdans\s+le\s+monde\b|\ben\s+France\b|"
          r"\ben\s+Europe\b|\ben\s+Belgique\b|\ben\s+Suisse\b|\bau\s+Canada\b|"
          r"\b[ée]tudes\s+(?:pr[ée]c[ée]dentes|ant[ée]rieures)\b|"
          r"\bselon\s+(?:l['’]|le\s+|la\s+)?(?:Organisation\s+mondiale|OMS\b|[Mm]inist[èe]re|Insee\b)",
    "it": r"\b(?:colpisce|colpiscono|riguarda|riguardano|interessa|interessano)\s+(?:(?:circa|fino\s+al|quasi|oltre\s+il|pi[uù]\s+del)\s+)?(?:il\s+|l['’]|un\s+)?\d|\bogni\s+anno\b|\ball'anno\b|\bnel\s+mondo\b|\bin\s+Italia\b|\bin\s+Europa\b|"
          r"\bstudi\s+(?:precedenti|passati)\b|"
          r"\bsecondo\s+(?:l['’]|il\s+|la\s+)?(?:Organizzazione\s+mondiale|OMS\b|[Mm]inistero|Istat\b)",
    "pt": r"\b(?:afeta|afetam|atinge|atingem)\s+(?:(?:cerca\s+de|at[ée]|quase|mais\s+de)\s+)?(?:o\s+|um\s+)?\d|\btodos\s+os\s+anos\b|\bpor\s+ano\b|\bno\s+mundo\b|\bno\s+Brasil\b|\bem\s+Portugal\b|"
          r"\bna\s+Europa\b|\bestudos\s+(?:anteriores|pr[ée]vios)\b|"
          r"\b(?:segundo|de\s+acordo\s+com)\s+(?:a\s+|o\s+)?(?:Organiza[çc][ãa]o\s+Mundial|OMS\b|Minist[ée]rio|IBGE\b|INE\b)",
}
# a study that compares the same places or people before and after a change ("studio
# prima-dopo", "antes y después de la puesta en marcha", "Vorher-Nachher-Vergleich"): its
# two groups are the period before and the period after
BEFORE_AFTER = {
    "de": r"Vorher[- ]Nachher|vor\s+und\s+nach\s+(?:der|dem)\s+(?:Einführung|Start|Beginn|Umstellung)",
    "es": r"antes\s*[-y]\s*despu[eé]s|(?:antes|despu[eé]s)\s+de\s+(?:la\s+)?(?:puesta\s+en\s+marcha|introducci[oó]n|implantaci[oó]n)\b[^.]*\b(?:antes|despu[eé]s|posteriores|siguientes)\b",
    "fr": r"avant\s*[-–]\s*apr[eè]s|avant\s+et\s+apr[eè]s",
    "it": r"prima\s*[-–]\s*dopo|prima\s+e\s+dopo|\bprecedent[ie]\s+(?:l['’])?(?:avvio|introduzione|inizio)\b[^.]*\bsuccessiv[ie]\b",
    "pt": r"antes\s*[-e]\s*depois|antes\s+e\s+depois",
}
# the two periods' group labels
PERIOD_LABELS = {"de": ("vorher", "nachher"), "es": ("antes", "después"),
                 "fr": ("avant", "après"), "it": ("prima", "dopo"), "pt": ("antes", "depois")}
# a change said and then called not significant, after the figure in its sentence ("una
# riduzione del 18% che però non è risultata statisticamente significativa"): no difference
NOT_SIGNIFICANT = {
    "de": r"nicht\s+(?:statistisch\s+)?signifikant|ohne\s+(?:statistische\s+)?Signifikanz",
    "es": r"no\s+(?:fue|result[oó]|era|es)\s+(?:estad[ií]sticamente\s+)?significativ|no\s+significativ|"
          r"sin\s+significaci[oó]n",
    "fr": r"(?:n['’]|ne\s+)(?:est|était|a\s+pas\s+été|[ée]tait)\s+pas\s+(?:statistiquement\s+)?significati|non\s+significati|"
          r"sans\s+signification\s+statistique",
    "it": r"non\s+(?:è\s+|era\s+)?(?:(?:risultat|stat)[oa]\s+)?(?:statisticamente\s+)?significativ|"
          r"senza\s+significativit",
    "pt": r"n[ãa]o\s+(?:foi\s+|era\s+|é\s+)?(?:estatisticamente\s+)?significativ|"
          r"sem\s+signific[aâ]ncia",
}
# "neither X (RR …) nor Y (…)": each X a ratio's or a difference's outcome, said before
# its bracket
NEITHER = {"de": r"weder|noch", "es": r"ni", "fr": r"ni", "it": r"né|nè", "pt": r"nem"}
# "that is", which restates the figures before in other units: no name of what they measure
THAT_IS = {"de": r"d\.\s?h\.|das\s+heißt", "es": r"es\s+decir|o\s+sea",
           "fr": r"c['’]est-à-dire|soit", "it": r"cioè|ossia|ovvero", "pt": r"ou\s+seja|isto\s+é"}
# the units a study counts besides its people: places, wards, trials pooled ("418
# hospitales", "23 essais", "14 reparti", "29 Ländern"): a count of so many of them
COUNT_NOUNS = {
    # (a compound names its kind last: "Hausarztpraxen", "Universitätskliniken")
    "de": r"[\wäöüß]*(?:Kliniken|kliniken|Krankenhäuser[n]?|häuser[n]?|Zentren|zentren|Praxen|praxen|"
          r"Einrichtungen|einrichtungen|Pflegeheime[n]?|heime[n]?)|Ländern?|Studien|Schulen|Gemeinden|"
          r"Stationen|Apotheken",
    "es": r"hospitales|centros|unidades|pa[ií]ses|ensayos|estudios|escuelas|municipios|regiones|servicios|"
          r"cl[ií]nicas|residencias|consultorios|consultas|ambulatorios|farmacias",
    "fr": r"h[ôo]pitaux|centres|services|pays|essais|[ée]tudes|[ée]coles|communes|r[ée]gions|"
          r"[ée]tablissements|unit[ée]s|cliniques|cabinets|maisons\s+de\s+sant[ée]|pharmacies|Ehpad|EHPAD",
    "it": r"ospedali|centri|reparti|paesi|studi|sperimentazioni|scuole|comuni|regioni|strutture|cliniche|"
          r"residenze|ambulatori|farmacie|case\s+di\s+cura|RSA",
    "pt": r"hospitais|centros|unidades|pa[ií]ses|ensaios|estudos|escolas|munic[ií]pios|regi[õo]es|"
          r"enfermarias|cl[ií]nicas|consult[óo]rios|ambulat[óo]rios|farm[áa]cias|postos",
}
# the population at large a background figure is of, named by its place ("en Europa", "no
# mundo", "in Italia", "weltweit"): group g
PLACE = {
    "de": r"(?P<g>weltweit|bundesweit)|\bin\s+(?P<g2>Deutschland|Österreich|der\s+Schweiz|Europa)\b",
    "es": r"\b(?:en|de)\s+(?P<g>(?:todo\s+)?el\s+mundo|Espa[ñn]a|Europa|Am[ée]rica(?:\s+Latina)?|M[eé]xico|Argentina|Colombia|Chile|Per[uú])\b",
    "fr": r"\b(?:en|dans\s+le|au)\s+(?P<g>monde|France|Europe|Belgique|Suisse|Canada)\b",
    "it": r"\b(?:in|nel)\s+(?P<g>mondo|Italia|Europa)\b",
    "pt": r"\b(?:no|na|em)\s+(?P<g>mundo|Brasil|Portugal|Europa)\b",
}
# a share's own name and what it is a share of ("le pourcentage de répondeurs", "la
# proporción de pacientes que …", "der Anteil der Patienten mit …"): x starts the outcome
SHARE_OF = {
    "de": r"\b(?:Anteil|Prozentsatz|Quote|Rate)\s+(?:der|an|von)\s+(?P<x>\w)",
    "es": r"\b(?:porcentaje|proporci[oó]n|tasa)\s+(?:de|del)\s+(?:l[oa]s\s+|la\s+|el\s+)?(?P<x>\w)",
    "fr": r"\b(?:pourcentage|proportion|part|taux)\s+(?:de|des|du|d['’])\s*(?:l['’]|la\s+|le\s+|les\s+)?(?P<x>\w)",
    "it": r"\b(?:percentuale|proporzione|quota|tasso)\s+(?:di|dei|delle|degli|del|della|d['’])\s*(?:l['’])?(?P<x>\w)",
    "pt": r"\b(?:porcentagem|percentagem|propor[çc][ãa]o|percentual|taxa)\s+(?:de|dos|das|do|da)\s+(?P<x>\w)",
}
# a heading over the release's background ("Contexto", "Hintergrund", "Le contexte"): the
# paragraphs under it, up to the next heading, tell the situation, not the study's results
BACKGROUND_HEADING = {
    "de": r"(?:Zum\s+)?Hintergrund|Ausgangslage|Kontext",
    "es": r"(?:El\s+)?(?:Contexto|Antecedentes)",
    "fr": r"(?:Le\s+)?(?:Contexte|Rep[èe]res)",
    "it": r"(?:Il\s+)?(?:Contesto|Quadro|Premessa)",
    "pt": r"(?:O\s+)?(?:Contexto|Enquadramento|Antecedentes)",
}
# a heading that opens the publisher's boilerplate ("Über das DKFZ", "À propos de ...")
BOILERPLATE = {
    "de": r"Über\s+(?:das|die|den|uns)\b|Pressekontakt|Kontakt\b|Ansprechpartner|Originalpublikation|Originalarbeit|Publikation:",
    "es": r"Acerca\s+de\b|Sobre\s+(?:el|la|los|las|nosotros)\b|Contacto\b|Contacto\s+de\s+prensa|Referencia\b|Art[ií]culo\s+original",
    "fr": r"À\s+propos\s+d|A\s+propos\s+d|Contact(?:s)?\s+(?:presse|m[ée]dia)|Contact\b|R[ée]f[ée]rence\b|Publication\s*:",
    "it": r"Informazioni\s+su\b|Chi\s+siamo\b|Contatti\b|Ufficio\s+stampa|Riferimento\b|Pubblicazione\s*:",
    "pt": r"Sobre\s+(?:o|a|os|as|n[óo]s)\b|Contato\b|Contacto\b|Assessoria\s+de\s+imprensa|Refer[êe]ncia\b",
}
# a heading in capitals that opens a part of the study's own account (its words upper-cased,
# matched case-sensitively): what stands under it is the study, not the publisher's tail
STUDY_SECTION = {
    "de": r"\b(?:STUDIE|ERGEBNISSE?|METHODEN?|HINTERGRUND|FAZIT|SCHLUSSFOLGERUNG(?:EN)?|EINSCHRÄNKUNGEN|GRENZEN|TEILNEHMENDE|TEILNEHMER|BEFUNDE|STUDIENDESIGN|DIE\s+ZAHLEN)\b",
    "es": r"\b(?:ESTUDIO|ENSAYO|RESULTADOS?|M[ÉE]TODOS?|CONTEXTO|ANTECEDENTES|CONCLUSI[ÓO]N(?:ES)?|LIMITACIONES|PARTICIPANTES|HALLAZGOS|DISEÑO|LAS\s+CIFRAS)\b",
    "fr": r"(?:\b|L')(?:ÉTUDE|ETUDE|ESSAI|R[ÉE]SULTATS?|M[ÉE]THODES?|CONTEXTE|CONCLUSIONS?|LIMITES|PARTICIPANTS|CONSTATS|LES\s+CHIFFRES)\b",
    "it": r"(?:\b|L')(?:STUDIO|SPERIMENTAZIONE|RISULTATI|METODI|CONTESTO|CONCLUSIONI|LIMITI|PARTECIPANTI|I\s+NUMERI)\b",
    "pt": r"\b(?:ESTUDO|ENSAIO|RESULTADOS?|M[ÉE]TODOS?|CONTEXTO|CONCLUS[ÕO]ES|LIMITAÇÕES|LIMITACOES|PARTICIPANTES|ACHADOS|OS\s+N[ÚU]MEROS)\b",
}
QUOTE_MARKS = "„“”«»\""
# "no significant difference", in the words each language says it with
# the negation may carry a verb of finding ("no encontró diferencias", "n'a pas trouvé de
# différence", "non ha trovato alcuna differenza", "não encontrou diferença") and the
# difference an adjective ("significativa", "claire", "signifikant"): both are part of it
NO_DIFFERENCE = {
    "de": r"kein(?:en|e|er)?\s+(?:statistisch\s+)?(?:(?:signifikant|bedeutsam|nennenswert|messbar|relevant|deutlich|klar|wesentlich|eindeutig)e[nrs]?\s+)?Unterschied(?:e|en)?\b|"
          r"unterschied(?:en)?\s+sich\s+nicht(?:\s+(?:signifikant|wesentlich|deutlich))?\b|nicht\s+signifikant\b",
    "es": r"(?:\bno\s+(?:(?:hubo|hay|hab[ií]a|existi[oó]|existieron)|(?:se\s+)?(?:encontr|hall|observ|detect|mostr|evidenci|registr|apreci|constat)(?:[oó]|aron|amos))\s+(?:una\s+|ninguna\s+)?|\bsin\s+|\bninguna\s+)"
          r"diferencias?(?:\s+(?:estad[ií]sticamente\s+)?(?:significativas?|claras?|relevantes?|importantes?|apreciables?|notables?))?\b|\bno\s+(?:fue|fueron)\s+significativ[oa]s?\b",
    "fr": r"(?:\bpas\s+(?:(?:eu|trouv[ée]|observ[ée]|montr[ée]|mis\s+en\s+[ée]vidence|d[ée]tect[ée]|constat[ée]|relev[ée])\s+)?d(?:e\s+|['’])|\b(?:(?:trouv[ée]|observ[ée]|montr[ée]|mis\s+en\s+[ée]vidence|d[ée]tect[ée]|constat[ée]|relev[ée])\s+)?aucune\s+|\bsans\s+)"
          r"diff[ée]rences?(?:\s+(?:statistiquement\s+)?(?:significatives?|nettes?|claires?|notables?|importantes?))?\b|\bnon\s+significati(?:f|ve|fs|ves)\b",
    "it": r"(?:\bnessuna\s+|\bsenza\s+|\bnon\s+(?:c['’](?:è|e|era)(?:\s+stata)?|ci\s+sono\s+state|(?:ha|hanno)\s+(?:mostrato|trovato|rilevato|osservato|evidenziato|riscontrato|dimostrato)|(?:sono|è)\s+emers[ae]|si\s+(?:sono|è)\s+(?:osservat|riscontrat|rilevat)[ae])\s+(?:una\s+|alcuna\s+)?)"
          r"differenz[ae](?:\s+(?:statisticamente\s+)?(?:significativ[ae]|chiar[ae]|rilevant[ie]|apprezzabil[ie]|notevol[ie]))?\b|\bnon\s+significativ[oaie]\b",
    "pt": r"(?:\bnenhuma\s+|\bsem\s+|\bn[aã]o\s+(?:houve|h[aá]|(?:se\s+)?(?:encontr|observ|detect|detet|mostr|revel|identific|verific)(?:ou|aram)|foram\s+(?:encontradas|observadas|detectadas|detetadas))\s+(?:uma\s+|nenhuma\s+)?)"
          r"diferen[çc]as?(?:\s+(?:estatisticamente\s+)?(?:significativas?|claras?|relevantes?|importantes?|not[aá]veis))?\b|\bn[aã]o\s+(?:foi|foram)\s+significativ[oa]s?\b",
}
# a hedge before a figure -> the schema's hedge
HEDGES = {
    "de": [(r"etwa|rund|circa|ca\.|ungefähr|annähernd", "about"), (r"fast|beinahe|knapp", "nearly"),
           (r"mehr\s+als|über", "more-than"), (r"mindestens|wenigstens", "at-least"),
           (r"weniger\s+als|unter", "less-than"), (r"bis\s+zu", "up-to")],
    "es": [(r"alrededor\s+del?|aproximadamente|cerca\s+del?|unos|unas", "about"), (r"casi", "nearly"),
           (r"más\s+del?", "more-than"), (r"al\s+menos|como\s+m[ií]nimo", "at-least"),
           (r"menos\s+del?", "less-than"), (r"hasta\s+(?:un|el)?", "up-to")],
    "fr": [(r"environ|autour\s+de|approximativement|quelque", "about"), (r"presque|près\s+de|pr[eè]s\s+de", "nearly"),
           (r"plus\s+de", "more-than"), (r"au\s+moins", "at-least"), (r"moins\s+de", "less-than"),
           (r"jusqu'à|jusqu’à", "up-to")],
    "it": [(r"circa|intorno\s+al?|approssimativamente|quasi", "about"), (r"quasi", "nearly"),
           (r"oltre|più\s+del?", "more-than"), (r"almeno", "at-least"), (r"meno\s+del?", "less-than"),
           (r"fino\s+al?", "up-to")],
    "pt": [(r"cerca\s+de|aproximadamente|em\s+torno\s+de", "about"), (r"quase", "nearly"),
           (r"mais\s+de", "more-than"), (r"pelo\s+menos|no\s+m[ií]nimo", "at-least"),
           (r"menos\s+de", "less-than"), (r"at[ée]", "up-to")],
}
# a relative change said with a verb: "senkt ... um 28 Prozent", "reduce en un 28 %"
LOWER = {
    "de": r"senk|verringer|reduzier|sink|sank|gesenkt|verminder|niedriger|geringer|weniger|gesunken|zurückgegangen|fiel|gefallen",
    "es": r"reduc|redujo|disminu|baj[oóa]|menor|descend|ca[ií]d|cay[óe]|inferior",
    "fr": r"r[ée]dui|r[ée]duc|diminu|baiss|abaiss|moins|inf[ée]rieur|recul",
    "it": r"riduc|riduz|ridott|ridus|diminu|abbass|minor|calat|cal[oò]|inferior|sces[oaie]",
    "pt": r"reduz|reduç|diminu|baix|menor|ca[ií]|queda|inferior",
}
HIGHER = {
    "de": r"erhöh|steiger|stieg|höher|mehr\b|gestiegen|zugenommen|verdoppel",
    "es": r"aument|elev|mayor|increment|sub[ií]|superior",
    "fr": r"augment|[ée]lev|sup[ée]rieur|accr|hausse",
    "it": r"aument|elevat|maggior|increment|cresc|superior|sal[ií]t[oaie]|sal[iì]\b|salgono",
    "pt": r"aument|elev|maior|increment|sub[iu]|superior",
}
RELATIVE_BY = {"de": r"um", "es": r"en\s+un|un", "fr": r"de", "it": r"del|di\s+un|di",
               "pt": r"em|de"}
# a change verb a relative change follows with no word between ("caíram 42 %", "bajaron
# 42 %"), in the languages that say it so
CHANGED_BARE = {
    "de": r"(?!)", "fr": r"(?!)", "it": r"(?!)",
    "es": r"cay(?:ó|eron)|baj(?:ó|aron)|redu(?:jo|jeron)|disminuy(?:ó|eron)|descendi(?:ó|eron)|"
          r"aument(?:ó|aron)|subi(?:ó|eron)|creci(?:ó|eron)",
    "pt": r"ca[ií](?:u|ram)|reduzi(?:u|ram)|diminu[ií](?:u|ram)|baix(?:ou|aram)|recu(?:ou|aram)|"
          r"aument(?:ou|aram)|subi(?:u|ram)|cresce(?:u|ram)",
}
# a score's points (not percentage points: those are POINTS), and the words of a
# difference between the arms' means ("différence moyenne de −10,5 points")
SCALE_POINTS = {"de": r"Punkte?n?\b(?!\s*-?\s*Prozent)", "es": r"puntos?\b(?!\s+porcentual)",
                "fr": r"points?\b(?!\s+(?:de\s+pourcentage|percentuel))",
                "it": r"punti?\b(?!\s+percentual)", "pt": r"pontos?\b(?!\s+percentua)"}
MEAN_DIFFERENCE = {
    "de": r"(?:mittlere[nr]?\s+)?(?:Differenz|Unterschied)(?:\s+zwischen\s+den\s+(?:beiden\s+)?Gruppen)?(?:\s+(?:im\s+Mittel|von|betrug|lag\s+bei))*",
    "es": r"diferencia(?:\s+(?:media|promedio))?(?:\s+entre\s+(?:los\s+)?(?:dos\s+)?grupos)?(?:\s+(?:fue\s+)?de)?",
    "fr": r"diff[ée]rence(?:\s+moyenne)?(?:\s+entre\s+les\s+(?:deux\s+)?groupes)?(?:\s+(?:[ée]tait\s+|est\s+|a\s+[ée]t[ée]\s+)?de|\s+persistait)?",
    "it": r"differenza(?:\s+media)?(?:\s+tra\s+i\s+(?:due\s+)?gruppi)?(?:\s+(?:[èe]\s+stata\s+)?di)?",
    "pt": r"diferença(?:\s+m[ée]dia)?(?:\s+entre\s+os\s+(?:dois\s+)?grupos)?(?:\s+(?:foi\s+)?de)?",
}
# a measurement's unit after a figure ("9,2 mmHg", "3,1 kg"): an arm's change or a
# difference between the arms in it is read as a score's points are
MEASURE_UNITS = (r"mm\s?Hg|kg/m(?:²|2|\^2)|kg|g/dl|mg/dl|mmol/l|mmol/mol|µg/l|ng/ml|cm|mm|bpm|"
                 r"(?:Schläge|latidos|battements|battiti|batimentos)\s+(?:pro|por|par|al|per)\s+"
                 r"(?:Minute|minuto|minute)")
# a mean said with its word before the figure ("bajaron de media 5,4", "im Mittel um")
MEAN_SAID = {"de": r"im\s+(?:Mittel|Durchschnitt)(?:\s+(?:um|mit|bei))?|durchschnittlich", "es": r"(?:de\s+media|en\s+promedio|de\s+promedio)(?:\s+(?:en|de))?",
             "fr": r"en\s+moyenne(?:\s+de)?", "it": r"in\s+media(?:\s+di)?", "pt": r"em\s+m[ée]dia(?:\s+(?:em|de))?"}
# a mean said with an adjective in the measure's name ("L'IMC moyen des enfants … était de
# 16,1", "la presión arterial media fue de", "il peso medio era di", "der mittlere Blutdruck
# lag bei", "a pressão média foi de"; a median too)
MEAN_ADJECTIVE = (r"(?i)(?<![\w-])(?:moyen(?:ne)?s?|m[ée]dian(?:e|es|s)?|medi[oa]s?|mediana?s?|"
                  r"promedio|mittlere[nrs]?|durchschnittliche[nrs]?|Median|Mittelwert|"
                  r"m[ée]di[oa]s?)(?![\w-])")
# words that frame a figure, never what it measures: when ("Zu Beginn", "al inicio"), on
# what scale ("auf einer Skala"), the points themselves, "the value"
FRAME_WORDS = {
    "de": r"Beginn|Studienbeginn|Anfang|Ende|Skala|Punkte?n?|Wert|Werte|Mittelwert|Mittel|Durchschnitt",
    "es": r"inicio|principio|final|escala|puntos?|valor|valores|media|promedio",
    "fr": r"d[ée]but|fin|[ée]chelle|points?|valeur|valeurs|moyenne",
    "it": r"inizio|fine|scala|punti?|valore|valori|media",
    "pt": r"in[íi]cio|fim|final|escala|pontos?|valor|valores|m[ée]dia",
}
# "41% menos gordura … do que", "30 Prozent weniger Stürze als": a comparative right after
# the figure and a "than" later in its clause (none for fr/it, whose comparative follows
# the noun)
FEWER_AFTER = {"de": r"weniger", "es": r"menos", "fr": r"(?!x)x", "it": r"(?!x)x", "pt": r"menos"}
MORE_AFTER = {"de": r"mehr", "es": r"m[áa]s", "fr": r"(?!x)x", "it": r"(?!x)x", "pt": r"mais"}
THAN = {"de": r"als", "es": r"que", "fr": r"que", "it": r"che|di", "pt": r"do\s+que|que"}
# the start of a study, when everyone's level is given before the arms differ
BASELINE = {
    "de": r"\b(?:zu\s+(?:Studien)?beginn|anfangs|zu\s+Anfang|Ausgangswert)",
    "es": r"\b(?:al\s+(?:inicio|comienzo)|basal)\b",
    "fr": r"\b(?:au\s+d[ée]but|[àa]\s+l['’]inclusion|initial(?:e|ement)?)\b",
    "it": r"(?:\ball['’]inizio|\bal\s+basale|\binizial[ei])\b",
    "pt": r"\b(?:no\s+in[íi]cio|basal|inicial(?:mente)?)\b",
}
# an anaphoric name of what a mean measures ("der Wert", "el valor", "la valeur"): the
# measure of the figures before
VALUE_WORD = (r"(?i)(?:Wert|Werte|Mittelwert|Punktwert|Score|Gesamtscore|valor|valores|valeur|"
              r"valeurs|valore|valori|score|scores|punteggio|punteggi|puntuación|puntuaciones|"
              r"puntaje|pontuação|pontuações|escore)")
# a standard deviation said in brackets after a figure: "(Standardabweichung 6,1)", "(DE 3,2)"
SD = r"(?:SD|DE|DS|DP|ET|SA|Standardabweichung|desviaci[oó]n\s+est[aá]ndar|desvio[- ]padr[aã]o|[ée]cart[- ]type|deviazione\s+standard)"
# so many times as often, said with a word ("doppelt so häufig", "el doble de frecuentes",
# "deux fois plus fréquents", "il doppio", "o dobro", "3,5-mal so häufig"): a fold change;
# group n is the multiple (a word of MULTIPLES or a number), and a word of comparison is
# required ("tres veces al día" is a dose, no comparison)
FOLD = {
    "de": r"(?P<n>doppelt|zweimal|dreimal|viermal|fünfmal|\d+(?:,\d+)?-?mal)\s+so\s+(?:häufig|oft|hoch|groß|viele|wahrscheinlich)",
    "es": r"(?:el\s+)?(?P<n>doble|triple|cu[aá]druple)\s+de\s+(?:frecuentes?|probables?|alt[oa]s?|com[uú]n(?:es)?)|(?P<n2>dos|tres|cuatro|cinco|\d+(?:,\d+)?)\s+veces\s+m[aá]s\s+(?:frecuentes?|probables?|alt[oa]s?|com[uú]n(?:es)?)",
    "fr": r"(?P<n>deux|trois|quatre|cinq|\d+(?:,\d+)?)\s+fois\s+plus\s+(?:fr[ée]quente?s?|souvent|[ée]lev[ée]e?s?|probables?|nombreu(?:x|ses))",
    "it": r"(?P<n>due|tre|quattro|cinque|\d+(?:,\d+)?)\s+volte\s+pi[uù]\s+(?:frequent[ie]|spesso|alt[oaie]|probabil[ei]|comun[ei])|(?:il\s+)?(?P<n2>doppio|triplo)(?=\s+(?:rispetto|che|di\b|dei\b|delle\b|nel\b))",
    "pt": r"(?P<n>duas|tr[eê]s|quatro|cinco|\d+(?:,\d+)?)\s+vezes\s+mais\s+(?:frequentes?|comuns?|alt[oa]s?|prov[aá]veis|prov[aá]vel)|(?:o\s+)?(?P<n2>dobro|triplo)(?=\s+(?:do\s+que|d[oa]s?\b|no\b|na\b|em\b))",
}
MULTIPLES = {"doppelt": 2, "zweimal": 2, "dreimal": 3, "viermal": 4, "fünfmal": 5, "doble": 2,
             "triple": 3, "cuádruple": 4, "cuadruple": 4, "dos": 2, "tres": 3, "cuatro": 4,
             "cinco": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "due": 2, "tre": 3,
             "quattro": 4, "cinque": 5, "doppio": 2, "triplo": 3, "duas": 2, "três": 3,
             "tres ": 3, "quatro": 4, "dobro": 2}
# the multiples above that are cardinal numbers as a checker reads them ("deux fois",
# "due volte", "duas vezes", "tres veces"); "doppelt", "doble", "dobro" write none
CARDINALS = frozenset(["dos", "tres", "cuatro", "cinco", "deux", "trois", "quatre", "cinq",
                       "due", "tre", "quattro", "cinque", "duas", "três", "quatro"])
# a transitive change verb whose object follows the figure ("ha ridotto del 70% la
# crescita", "a réduit de 30 % le risque", "reduziu em 30% o risco", "redujo un 30 % el")
CHANGED_OBJECT = {
    "de": r"(?!)",
    "es": r"redujo|reduce|disminuy[óe]|aument[óa]|rebaj[óa]",
    "fr": r"r[ée]duit|diminu[ée]|augment[ée]|abaiss[ée]",
    "it": r"ridott[oa]|riduce|diminuit[oa]|aumentat[oa]|abbassat[oa]",
    "pt": r"reduziu|reduz|diminuiu|aumentou|baixou",
}
# a copula before the "by" of a relative change makes it a level ("était de 61,5 %")
COPULA = {"de": r"war|waren|betrug|lag", "es": r"fue|era|es|fueron|eran|ha\s+sido",
          "fr": r"[ée]tait|[ée]taient|est|sont|fut|a\s+[ée]t[ée]|s'[ée]levait\s+[àa]",
          "it": r"era|erano|è|fu|è\s+stat[oa]|sono\s+stat[ie]",
          "pt": r"foi|era|é|foram|eram"}
# words that cannot start or end an outcome's name (articles, prepositions, pronouns)
FUNCTION_WORDS = {
    "de": "der die das den dem des ein eine einen einem einer eines bei beim von vom mit in im am an ins "
          "zu zum zur auf für und oder als wie es sich sie ihr ihre nach nur auch noch "
          "etwa rund ungefähr knapp fast zwei drei vier fünf sechs acht zehn zwölf",
    "es": "el la los las lo un una unos unas de del en con a al por para y o que se su sus "
          "como tras durante alrededor cerca aproximadamente casi unos dos tres cuatro seis ocho "
          "diez doce",
    "fr": "le la les l un une des de du d en dans avec à au aux par pour sur et ou que qui se sa chez parmi ni "
          "son ses leur leurs comme après pendant autour environ près presque deux trois quatre "
          "six huit dix douze",
    "it": "il lo la i gli le l un uno una di del della dello dei degli delle in nel nella nei "
          "con a al alla ai per e o che si suo sua loro come dopo durante circa quasi intorno "
          "due tre quattro sei otto dieci dodici dal dalla dai dagli all all' all’ allo agli su",
    "pt": "o a os as um uma uns umas de do da dos das em no na nos nas com ao aos por para e "
          "ou que se seu sua seus suas como após durante cerca aproximadamente quase dois duas "
          "três quatro seis oito dez doze",
}
# how a sentence's subject noun phrase opens: a definite article, after at most one
# adverb that adds it to what was said ("Auch die Lebensqualität …", "También la
# mortalidad …", "Même la pression …", "Anche il rischio …", "Também a taxa …"); a
# sentence that opens with a preposition ("In der Kontrollgruppe …", "Chez les …") or a
# verb ("Fue más alta …") has no subject phrase of its own
SUBJECT_OPENING = {
    "de": r"(?:(?:auch|ebenso|zudem|ferner|außerdem|insgesamt|schließlich)\s+)?(?:der|die|das)",
    "es": r"(?:(?:también|tampoco|asimismo|incluso|finalmente)\s+)?(?:el|la|los|las)",
    "fr": r"(?:(?:même|enfin|aussi)\s+)?(?:le|la|les|l['’])",
    "it": r"(?:(?:anche|pure|neppure|nemmeno|infine|inoltre)\s+)?(?:il|lo|la|i|gli|le|l['’])",
    "pt": r"(?:(?:também|tampouco|inclusive|finalmente)\s+)?(?:o|a|os|as)",
}
# what a sentence says its exposure is associated with: "se asoció a más insomnio", "était
# associée à un risque plus élevé de démence", "era associato a più cadute", "war mit
# häufigeren Stürzen verbunden", "associou-se a mais quedas": the outcome of the figures
# that follow in the sentence
ASSOCIATED_WITH = {
    "de": r"(?:assoziiert|verbunden|verknüpft|einher)\s+mit\s+(?:(?:einem|einer|einen|mehr|weniger)\s+)?"
          r"(?:(?:höheren|niedrigeren|geringeren|erhöhten|häufigeren|selteneren)\s+)?",
    "es": r"(?:se\s+)?asoci(?:ó|aron|a|an|ad[oa]s?)\s+(?:a|con)\s+(?:(?:un|una|más|menos|mayor|menor)\s+)?"
          r"(?:(?:mayor|menor|más|menos)\s+)?(?:(?:riesgo|probabilidad|posibilidad)"
          r"(?:\s+[\d.,]+\s*(?:veces|vez|%))?(?:\s+(?:mayor|menor))?\s+de\s+)?",
    "fr": r"(?:associ[ée]e?s?|li[ée]e?s?)\s+(?:à|a)\s+(?:(?:un|une|plus|moins)\s+(?:de\s+)?)?"
          r"(?:risque\s+(?:plus\s+[ée]lev[ée]|accru|moindre)\s+d(?:e\s+|['’]))?",
    "it": r"associat[oaie]\s+(?:a|ad|con)\s+(?:(?:un|una|più|meno|maggiore|minore)\s+)?"
          r"(?:(?:rischio|probabilità)(?:\s+[\d.,]+\s*(?:volte|volta|%))?(?:\s+(?:più\s+alt[oa]|"
          r"maggiore|minore))?\s+(?:di\s+)?)?",
    "pt": r"(?:se\s+)?associ(?:ou|aram|ad[oa]s?)\s+(?:a|com)\s+(?:(?:um|uma|mais|menos|maior|menor)\s+)?"
          r"(?:(?:risco|chances?|probabilidade)(?:\s+[\d.,]+\s*(?:vezes|vez|%))?"
          r"(?:\s+(?:maior|menor))?\s+de\s+)?",
}
# nouns that name a statistic, the findings or who did the study, not what was measured:
# a sentence whose subject is one ("Der Unterschied betrug …", "Les résultats montrent …",
# "L'hétérogénéité était modérée", "I ricercatori hanno analizzato …") is of the outcome
# named before, or inside it ("di …")
STATISTIC_NOUNS = (
    r"(?i)(?:(?:Forschende|Forscher(?:innen)?|Autor(?:inn)?en|Team|Arbeitsgruppe|"
    r"investigador(?:es|as)|autor(?:es|as)|equipo|chercheu(?:r|rs|ses)|auteur(?:e)?s|équipe|"
    r"ricercat(?:ori|rici)|autori|gruppo\s+di\s+ricerca|equipe|pesquisador(?:es|as)|"
    r"cientistas|científicos|scientifiques|scienziati|Wissenschaftler(?:innen)?)|"
    r"Unterschied|Unterschiede|Differenz|Effekt|Effekte|Wirkung|Ergebnis|Ergebnisse|"
    r"Befund|Befunde|Schätzung|Heterogenität|Zusammenhang|Analyse|Analysen|Daten|Studie|"
    r"diferencia|diferencias|efecto|efectos|resultado|resultados|hallazgos?|estimación|"
    r"heterogeneidad|asociación|análisis|datos|estudio|"
    r"différence|différences|écart|effet|effets|résultat|résultats|estimation|"
    r"hétérogénéité|association|analyse|analyses|données|étude|"
    r"differenza|differenze|effetto|effetti|risultato|risultati|stima|eterogeneità|"
    r"associazione|analisi|dati|studio|"
    r"diferença|diferenças|efeito|efeitos|resultado|resultados|estimativa|"
    r"heterogeneidade|associação|análise|dados|estudo)(?:\s.*)?"
)
# a vaccine's or treatment's efficacy or effectiveness: "la efectividad de la vacuna fue
# del 41 %", "l'efficacité vaccinale était de 52 %", "die Schutzwirkung lag bei 60 %", "la
# efficacia del vaccino è stata del 48 %", "a efetividade da vacina foi de 55 %" is a
# relative reduction of the risk of what it protects against, never a share of people
EFFICACY = {
    "de": r"(?:Impf(?:stoff)?)?(?:[Ww]irksamkeit|[Ee]ffektivität|[Ss]chutzwirkung|[Ww]irkungsgrad)",
    "es": r"efectividad|eficacia",
    "fr": r"efficacit[ée]",
    "it": r"efficacia",
    "pt": r"efetividade|efectividade|efic[aá]cia",
}
# what an efficacy protects against: "frente a la hospitalización", "contre les formes
# graves", "gegen Krankenhausaufenthalte", "contro il ricovero", "contra a internação"
AGAINST = {"de": r"gegen(?:über)?", "es": r"frente\s+a(?:l)?|contra", "fr": r"contre|vis-à-vis\s+d(?:es?|u|['’])",
           "it": r"contro|nei\s+confronti\s+d(?:i|el|ella|ei|egli|elle)", "pt": r"contra|frente\s+(?:a|ao|à)"}
# those who got a vaccine, when a release names no arm: the group an efficacy is of
VACCINATED = {"de": "Geimpfte", "es": "vacunados", "fr": "personnes vaccinées", "it": "vaccinati",
              "pt": "vacinados"}
VACCINE = {"de": r"Impf|[Vv]akzin", "es": r"vacun", "fr": r"vaccin", "it": r"vaccin", "pt": r"vacin"}
# where a clause's verb starts (an auxiliary, a reflexive or "there was"): an outcome's
# name stops before it ("efectos adversos graves se produjeron": "efectos adversos graves")
VERB_STOPS = {
    "de": "",
    "es": "se fue fueron es son ha han hubo hay había habían tuvo tuvieron tenía tenían era eran "
          "cayó cayeron bajó bajaron redujo redujeron disminuyó disminuyeron descendió "
          "descendieron aumentó aumentaron subió subieron creció crecieron pasó pasaron",
    "fr": "se s sont est a ont était étaient il elle ils elles n'y avait avaient y eu ont été "
          "sont été ont eu",
    "it": "si è sono ha hanno aveva avevano era erano c'è c'era ci fu furono",
    "pt": "se foi foram é são tem têm teve tiveram tinha tinham houve há havia era eram "
          "caiu caíram reduziu reduziram diminuiu diminuíram baixou baixaram recuou recuaram "
          "aumentou aumentaram subiu subiram cresceu cresceram passou passaram",
}
# where the groups a difference is between are named ("entre quienes tomaron … y …"):
# what a "no difference" is about ends before it
BETWEEN = {"de": r"zwischen", "es": r"entre", "fr": r"entre", "it": r"tra|fra", "pt": r"entre"}
# the word that joins two figures sharing one clause's verb ("el 8,1 % del grupo A y el
# 8,4 % del grupo B sufrieron una fractura")
AND = {"de": r"und|sowie", "es": r"y|e", "fr": r"et", "it": r"e|ed", "pt": r"e"}
# a margin or threshold a study sets in its design, before the figure that gives it ("une
# marge de non-infériorité fixée à 10 points", "un margen de no inferioridad de 8 puntos",
# "eine Nichtunterlegenheitsgrenze von 5 Prozentpunkten", "margine di non inferiorità di 10
# punti", "margem de não inferioridade de 10 pontos")
MARGIN = {
    "de": r"Nichtunterlegenheits\w*|Äquivalenz(?:grenze|bereich)|Schwelle\w*|Grenzwert\w*|"
          r"[Mm]arge",
    "es": r"margen|umbral|l[ií]mite\s+de\s+no\s+inferioridad",
    "fr": r"marge|seuil",
    "it": r"margine|soglia",
    "pt": r"margem|limiar|limite\s+de\s+n[ãa]o\s+inferioridade",
}
# a preposition that opens what a "no difference" is about ("en la supervivencia global")
ABOUT = {
    "de": r"bei|beim|hinsichtlich|bezüglich|für|im|in",
    "es": r"en|para|respecto\s+a",
    "fr": r"pour|sur|dans|en|concernant",
    "it": r"per|nel|nella|nei|nelle|in|sul|sulla",
    "pt": r"em|na|no|nas|nos|para|quanto\s+(?:à|ao)",
}
# a time point said before a figure: "Nach 12 Monaten", "tras 6 meses", "au bout de 2 ans"
TIME_AT = {
    "de": r"nach|innerhalb\s+von|binnen",
    "es": r"tras|despu[eé]s\s+de|a\s+los|al\s+cabo\s+de",
    "fr": r"apr[eè]s|au\s+bout\s+de|à",
    "it": r"dopo|a|entro",
    "pt": r"ap[oó]s|depois\s+de|aos|ao\s+fim\s+de",
}
# a verb that reports a quotation, after it ("…“, sagt Müller")
SAYS = {
    "de": r"sagt|sagte|erklärt|erklärte|betont|betonte|so\b|meint|ergänzt|fügt",
    "es": r"dice|dijo|afirma|afirmó|explica|explicó|señala|señaló|asegura|añade|destaca|"
          r"declaró|subraya|subrayó|comenta|comentó|ha\s+(?:explicado|dicho|afirmado|señalado|declarado)|"
          r"advierte|advirtió|matiza|concluye|recuerda|valora|sostiene|apunta",
    "fr": r"dit|déclare|explique|souligne|affirme|ajoute|précise|indique|commente|"
          r"a\s+(?:d[ée]clar[ée]|expliqu[ée]|soulign[ée]|affirm[ée]|ajout[ée]|indiqu[ée]|pr[ée]cis[ée]|comment[ée])|"
          r"se\s+f[ée]licite|se\s+r[ée]jouit|estime|rappelle|conclut|avertit|pr[ée]vient|nuance|tempère",
    "it": r"dice|afferma|spiega|sottolinea|aggiunge|dichiara|commenta|"
          r"ha\s+(?:dichiarato|detto|spiegato|affermato|sottolineato|commentato|aggiunto)",
    "pt": r"diz|disse|afirma|afirmou|explica|explicou|ressalta|ressaltou|destaca|destacou|"
          r"acrescenta|acrescentou|comenta|comentou|declarou|sublinha|sublinhou",
}
# a journal named by its own title after a verb of publishing ("im Journal of Hepatology
# erschienen", "publicado en JAMA"): the title holds one of these words
JOURNAL_WORD = (r"Journal|Revista|Revue|Rivista|Zeitschrift|Jornal|Acta|Arquivos|Archivos|"
                r"Cadernos|Cuadernos|Gaceta|Gazeta|Annales|Giornale|Ärzteblatt|Medicina|Médecine|"
                r"Medizin|Sa[uú]de|Salud|Sant[ée]|Salute|Gesundheit|Lancet|BMJ|JAMA|NEJM|Nature|Science|Cell|Annals|Medicine|Reports|"
                r"Research|Review|Letters|Health|PLOS|PLoS|eLife|Circulation|Gut|Brain|Blood|"
                r"Cancer|Stroke|Diabetes|Psychiatry|Pediatrics|Paediatrics|[A-Z][a-z]+ology")
JOURNAL_NAME = (r"((?:The\s+)?[A-Z][\w&.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&.-]*|"
                r"(?:de|da|do|das|dos|di|del|della|des|du|der|für|e|y|et|und)(?=\s+[A-Z])))*"
                r"(?<=[\w.]))")
PUBLISHED_IN = {
    "de": rf"(?:im|in\s+der|in)\s+(?:Fach\w+\s+)?[„\"»]?{JOURNAL_NAME}[“\"«]?,?\s+(?:erschienen|veröffentlicht|publiziert)",
    "es": rf"publicad[oa]s?\s+(?:(?:hoy|este|esta|el|la|lunes|martes|mi[eé]rcoles|jueves|viernes|semana|mes)\s+){{0,3}}en\s+(?:la\s+revista\s+|el\s+)?[«\"“]?{JOURNAL_NAME}",
    "fr": rf"publi[ée]e?s?\s+(?:(?:aujourd'hui|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|semaine|mois)\s+){{0,3}}(?:dans|par)\s+(?:la\s+revue\s+|le\s+)?[«\"“]?\s?{JOURNAL_NAME}",
    "it": rf"pubblicat[oaie]\s+(?:(?:oggi|questa|questo|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|settimana|mese)\s+){{0,3}}(?:su|in|sul|sulla|nel|nella)\s+(?:rivista\s+)?[«\"“]?{JOURNAL_NAME}",
    "pt": rf"publicad[oa]s?\s+(?:(?:hoje|nesta|neste|esta|este|[\w-]+feira|semana|m[eê]s)\s+){{0,3}}(?:na|no|em)\s+(?:revista\s+)?[«\"“]?{JOURNAL_NAME}",
}
# words for a share or a count that are not the outcome ("Der Anteil der Erkrankten")
SHARE_WORDS = {
    "de": r"Anteil|Zahl|Anzahl|Prozentsatz|Quote|Rate|Häufigkeit|Inzidenz|Prävalenz|Neuerkrankungen|Erkrankungsfälle|Fälle|Ereignisse|Risiko|Zusammenhang",
    "es": r"proporci[oó]n|porcentaje|tasa|n[uú]mero|cifra|incidencia|prevalencia|frecuencia|casos|eventos|riesgo|asociaci[oó]n",
    "fr": r"proportion|pourcentage|taux|nombre|part|incidence|pr[ée]valence|fr[ée]quence|cas|[ée]v[ée]nements|risque|association",
    "it": r"percentuale|proporzione|tasso|numero|quota|incidenza|prevalenza|frequenza|casi|eventi|rischio|associazione",
    "pt": r"propor[çc][aã]o|porcentagem|percentual|taxa|n[uú]mero|incid[êe]ncia|preval[êe]ncia|frequ[êe]ncia|casos|eventos|risco|associa[çc][aã]o",
}
# "the risk of X": X is the outcome a relative change or a ratio is of
# how much higher or lower, between a risk's noun and what it is of ("uma chance 2,61 vezes
# maior de", "un riesgo un 30 % mayor de", "un risque plus élevé de", "un rischio più alto di")
_MORE = {
    "de": r"(?:\s+(?:um\s+)?(?:[\d.,]+\s*%?\s*(?:-?fach|mal)?\s*)?(?:höher(?:es|en)?|niedriger(?:es|en)?|erhöht(?:es|en)?))?",
    "es": r"(?:\s+(?:un\s+)?(?:[\d.,]+\s*%?\s*(?:ve(?:z|ces)\s+)?)?(?:mayor|menor|m[aá]s\s+alt[oa]|m[aá]s\s+baj[oa]|elevad[oa]|reducid[oa]))?",
    "fr": r"(?:\s+(?:de\s+)?(?:[\d.,]+\s*%?\s*(?:fois\s+)?)?(?:plus\s+[ée]lev[ée]e?|plus\s+faible|plus\s+grande?|accrue?|r[ée]duite?|moindre|sup[ée]rieure?|inf[ée]rieure?))?",
    "it": r"(?:\s+(?:del\s+)?(?:[\d.,]+\s*%?\s*(?:volte\s+)?)?(?:pi[uù]\s+alt[oa]|pi[uù]\s+bass[oa]|maggiore|minore|aumentat[oa]|ridott[oa]|superiore|inferiore))?",
    "pt": r"(?:\s+(?:(?:[\d.,]+\s*%?\s*(?:vez(?:es)?\s+)?)?(?:maior|menor|mais\s+alt[oa]|mais\s+baix[oa]|elevad[oa]|reduzid[oa]|aumentad[oa])))?",
}
RISK_OF = {
    "de": r"(?:Risiko|Rate|Häufigkeit|Chance|Wahrscheinlichkeit)"+_MORE["de"]+r"\s+(?:für\s+(?:eine[nrs]?\s+)?|eine[sr]\s+|an\s+|zu\s+|der\s+|von\s+)(?P<x>(?-i:[A-ZÄÖÜ])[\wäöüß-]+)",
    "es": r"(?:riesgo|tasa|incidencia|probabilidad|posibilidad)"+_MORE["es"]+r"\s+de\s+(?:(?:una?|la|el|los|las|sufrir|padecer|desarrollar|ser|estar)\s+)?(?P<x>[\wáéíóúñ-]+(?:\s+(?:de|del)\s+[\wáéíóúñ-]+)?)",
    "fr": r"(?:risque|taux|incidence|probabilit[ée]|chances?)"+_MORE["fr"]+r"\s+(?:de\s+|d['’])(?:(?:la|le|les|une?|développer|faire|être)\s+)?(?P<x>[\wàâçéèêëîïôûùüÿœ-]+(?:\s+(?:de|du)\s+[\wàâçéèêëîïôûùüÿœ-]+)?)",
    "it": r"(?:rischio|tasso|incidenza|probabilit[àa]|possibilit[àa])"+_MORE["it"]+r"\s+(?:di\s+|d['’]|del\s+|della\s+|dei\s+)(?:(?:una?|la|il|sviluppare|essere)\s+)?(?P<x>[\wàèéìòù-]+(?:\s+(?:di|del)\s+[\wàèéìòù-]+)?)",
    "pt": r"(?:risco|taxa|incid[êe]ncia|chances?|probabilidade)"+_MORE["pt"]+r"\s+(?:de|do|da)\s+(?:(?:uma?|a|o|desenvolver|sofrer|ser|ficar)\s+)?(?P<x>[\wáâãàçéêíóôõú-]+(?:\s+(?:de|do|da)\s+[\wáâãàçéêíóôõú-]+)?)",
}
# exposure categories a cohort is split into ("Quintil", "quintil", "quintile"): the
# pattern, the singular a group is named with, and how many categories there are
CATEGORY = {
    "de": [(r"Quintil(?:e|en|s)?", "Quintil", 5), (r"Quartil(?:e|en|s)?", "Quartil", 4),
           (r"T(?:er|ert)il(?:e|en|s)?|Terzil(?:e|en|s)?", "Tertil", 3), (r"Dezil(?:e|en|s)?", "Dezil", 10)],
    "es": [(r"quintil(?:es)?", "quintil", 5), (r"cuartil(?:es)?", "cuartil", 4),
           (r"tercil(?:es)?|terciles?", "tercil", 3), (r"deciles?", "decil", 10)],
    "fr": [(r"quintiles?", "quintile", 5), (r"quartiles?", "quartile", 4),
           (r"terciles?|tertiles?", "tertile", 3), (r"d[ée]ciles?", "décile", 10)],
    "it": [(r"quintil[ei]", "quintile", 5), (r"quartil[ei]", "quartile", 4),
           (r"terzil[ei]|tercil[ei]", "terzile", 3), (r"decil[ei]", "decile", 10)],
    "pt": [(r"quint(?:il|is)", "quintil", 5), (r"quart(?:il|is)", "quartil", 4),
           (r"terc(?:il|is)", "tercil", 3), (r"dec(?:il|is)", "decil", 10)],
}
# the highest and the lowest category, and ordinals, as an adjective of the category
CATEGORY_TOP = {
    "de": r"oberste[nmrs]?|höchste[nmrs]?|größte[nmrs]?",
    "es": r"m[aá]s\s+alto|superior|m[aá]s\s+elevado",
    "fr": r"(?:le\s+)?plus\s+(?:[ée]lev[ée]|haut)|sup[ée]rieur",
    "it": r"pi[uù]\s+(?:alto|elevato)|superiore",
    "pt": r"mais\s+(?:alto|elevado)|superior",
}
CATEGORY_BOTTOM = {
    "de": r"unterste[nmrs]?|niedrigste[nmrs]?|geringste[nmrs]?|kleinste[nmrs]?",
    "es": r"m[aá]s\s+bajo|inferior",
    "fr": r"(?:le\s+)?plus\s+bas|inf[ée]rieur",
    "it": r"pi[uù]\s+basso|inferiore",
    "pt": r"mais\s+baixo|inferior",
}
ORDINALS = {
    "de": [(r"erste[nmrs]?", 1), (r"zweite[nmrs]?", 2), (r"dritte[nmrs]?", 3), (r"vierte[nmrs]?", 4), (r"fünfte[nmrs]?", 5)],
    "es": [(r"primer(?:o)?", 1), (r"segundo", 2), (r"tercer(?:o)?", 3), (r"cuarto", 4), (r"quinto", 5)],
    "fr": [(r"premier", 1), (r"deuxi[èe]me|second", 2), (r"troisi[èe]me", 3), (r"quatri[èe]me", 4), (r"cinqui[èe]me", 5)],
    "it": [(r"primo", 1), (r"secondo", 2), (r"terzo", 3), (r"quarto", 4), (r"quinto", 5)],
    "pt": [(r"primeiro", 1), (r"segundo", 2), (r"terceiro", 3), (r"quarto", 4), (r"quinto", 5)],
}
# how a category is named after its noun was said: "im untersten", "en el más bajo"
CATEGORY_ELLIPSIS = {
    "de": r"(?:im|in\s+dem|zum|vom|dem)\s+",
    "es": r"(?:en\s+el|el|del|al)\s+",
    "fr": r"(?:dans\s+le|le|du|au)\s+",
    "it": r"(?:nel|il|del|al)\s+",
    "pt": r"(?:no|o|do|ao)\s+",
}
# the name a category's group gets: the noun with its rank, and the top or bottom said
CATEGORY_LABEL_TOP = {"de": "oberstes {n}", "es": "{n} más alto", "fr": "{n} le plus élevé",
                      "it": "{n} più alto", "pt": "{n} mais alto"}
CATEGORY_LABEL_BOTTOM = {"de": "unterstes {n}", "es": "{n} más bajo", "fr": "{n} le plus bas",
                         "it": "{n} più basso", "pt": "{n} mais baixo"}
# a rate per so many person-years: "pro 1.000 Personenjahre", "por 1.000 personas-año"
PERSON_TIME = {
    # (no number said: per one person-year, "0,89 Stürze pro Personenjahr")
    "de": r"(?:pro|je|auf)\s+(?:(?P<per>[\d.  ]+)\s+)?(?:Personen|Patienten|Beobachtungs)jahre?n?",
    "es": r"por\s+(?:cada\s+)?(?:(?P<per>[\d.  ]+)\s+)?(?:personas?[-\s]años?|años[-\s]persona)",
    "fr": r"(?:pour|par)\s+(?:(?P<per>[\d.  ]+)\s+)?(?:personnes?[-\s]ann[ée]es?|ann[ée]es?[-\s]personnes?)",
    "it": r"per\s+(?:(?P<per>[\d.  ]+)\s+)?(?:anni[-\s]persona|persone[-\s]anno)",
    "pt": r"por\s+(?:cada\s+)?(?:(?P<per>[\d.  ]+)\s+)?(?:pessoas?[-\s]anos?|anos[-\s]pessoa)",
}
# a rate per so many people, live births, or people a year: "13,1 casi ogni 100.000
# abitanti", "36,6 pour 100 000", "9,8 Fälle pro 100.000 Einwohner im Jahr"; group u
# names what it is per (none: people), group yr says "a year"
_PER_N = r"(?P<per>1[.\u00a0\u202f ]?000(?:[.\u00a0\u202f ]?000)?|10[.\u00a0\u202f ]?000|100[.\u00a0\u202f ]?000)(?!\d|[.,]\d)"
POPULATION = {
    "de": rf"(?:pro|je|auf|von)\s+{_PER_N}(?:\s+(?P<u>Einwohner(?:innen|n)?|Menschen|Personen|Lebendgeburten|Geburten|Kinder|Frauen|Männer))?(?P<yr>\s+(?:pro|im|je)\s+Jahr)?",
    "es": rf"por\s+(?:cada\s+)?{_PER_N}(?:\s+(?P<u>habitantes|personas|nacidos\s+vivos|nacimientos|niños|mujeres|hombres))?(?P<yr>\s+(?:al|por|cada)\s+año)?",
    "fr": rf"pour\s+{_PER_N}(?:\s+(?P<u>habitants|personnes|naissances(?:\s+vivantes)?|enfants|femmes|hommes))?(?P<yr>\s+par\s+an)?",
    "it": rf"(?:ogni|per|su)\s+{_PER_N}(?:\s+(?P<u>abitanti|persone|residenti|nati\s+vivi|bambini|donne|uomini))?(?P<yr>\s+(?:all['’]anno|l['’]anno|ogni\s+anno))?",
    "pt": rf"por\s+(?:cada\s+)?{_PER_N}(?:\s+(?P<u>habitantes|pessoas|nascidos\s+vivos|nascimentos|crianças|mulheres|homens))?(?P<yr>\s+(?:por|ao|cada)\s+ano)?",
}
# a part of the population a registry or a cohort reports on, named at its figure
# ("tra le donne", "chez les femmes de 35 à 49 ans", "bei Männern", "entre las mujeres",
# "nos homens"); group sub is its name
SUBPOPULATION = {
    "de": r"\b(?:bei|unter)\s+(?P<sub>(?:den\s+)?(?:Frauen|Männern|Mädchen|Jungen|Kindern|Jugendlichen|Erwachsenen|Älteren|Senioren)(?:\s+(?:im\s+Alter\s+von|zwischen|unter|über|ab)\s+\d+(?:\s+(?:bis|und)\s+\d+)?(?:\s+Jahren)?|\s+gleichen\s+Alters)?)",
    "es": r"\b(?:entre|en)\s+(?P<sub>(?:las|los)\s+(?:mujeres|hombres|niñ[oa]s|adolescentes|mayores)(?:\s+de\s+\d+\s+a\s+\d+\s+años|\s+de\s+(?:la\s+)?misma\s+edad|\s+(?:menores|mayores)\s+de\s+\d+\s+años)?)",
    "fr": r"\b(?:chez|parmi)\s+(?P<sub>les\s+(?:femmes|hommes|enfants|adolescents|jeunes|personnes\s+âgées)(?:\s+de\s+\d+\s+à\s+\d+\s+ans|\s+du\s+même\s+âge|\s+de\s+(?:moins|plus)\s+de\s+\d+\s+ans)?)",
    "it": r"\b(?:tra|fra|nelle|negli|nei)\s+(?P<sub>(?:le\s+|gli\s+|i\s+)?(?:donne|uomini|bambini|ragazzi|adolescenti|anziani)(?:\s+(?:tra|di)\s+\d+\s+e\s+\d+\s+anni|\s+della\s+stessa\s+età|\s+(?:sotto|sopra)\s+i\s+\d+\s+anni)?)",
    "pt": r"\b(?:entre|nas|nos)\s+(?P<sub>(?:as\s+|os\s+)?(?:mulheres|homens|crianças|adolescentes|idosos)(?:\s+de\s+\d+\s+a\s+\d+\s+anos|\s+da\s+mesma\s+idade)?)",
}
# a rate's or a level's generic name: the outcome is what it is a rate of
# the verb of a level's change said as a participle ("è passata da", "ist gestiegen", "est
# passé de", "pasó de", "passou de"): no name of what changed
LEVEL_VERBS = (r"(?i)(?:passat[oaie]|salit[oaie]|sces[oaie]|aumentat[oaie]|cresciut[oaie]|"
               r"diminuit[oaie]|calat[oaie]|pas[oó]|pasaron|subi[oó]|subieron|baj[oó]|bajaron|aument[oó]|aumentaron|descendi(?:ó|eron)|pass[ée]e?s?|"
               r"augment[ée]e?s?|baiss[ée]e?s?|gestiegen|gesunken|angestiegen|passou|subiu|"
               r"caiu|aumentou|diminuiu|passaram|ca[ií]ram|subiram|aumentaram|diminu[ií]ram)(?:\s+(?:da|de|von|dal|dalla|del|desde|do|da))?")
RATE_WORDS = r"(?i)(?:taux|tasso|tasa|taxa|rate|inzidenz|incidencia|incidence|incidenza|incid[êe]ncia|frequenza|fréquence|frecuencia|frequência|häufigkeit)"
# what a registry's rates count, named once with a rate's word or its cases ("la
# incidencia del cáncer de colon", "los casos de cáncer de colon", "le taux d'infarctus",
# "Inzidenz von Darmkrebs"); group x
RATE_OF = {
    "de": r"(?:Inzidenz|Rate|Häufigkeit|Fälle|Neuerkrankungen)\s+(?:von|an|der|des)\s+(?P<x>(?-i:[A-ZÄÖÜ])[\wäöüß-]+)",
    "es": r"(?:tasa|incidencia|frecuencia|casos)\s+(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?P<x>[\wáéíóúñ-]{3,}(?:\s+(?:de|del)\s+[\wáéíóúñ-]{3,})?)",
    "fr": r"(?:taux|incidence|fr[ée]quence|cas)\s+(?:de\s+|d['’]|du\s+|des\s+)(?:la\s+|l['’])?(?P<x>[\wàâçéèêëîïôûùüÿœ-]{3,}(?:\s+(?:de|du)\s+[\wàâçéèêëîïôûùüÿœ-]{3,})?)",
    "it": r"(?:tasso|incidenza|frequenza|casi)\s+(?:di\s+|d['’]|del\s+|della\s+|dei\s+|dello\s+)(?P<x>[\wàèéìòù-]{3,}(?:\s+(?:di|del|della)\s+[\wàèéìòù-]{3,})?)",
    "pt": r"(?:taxa|incid[êe]ncia|frequ[êe]ncia|casos)\s+(?:de|do|da|dos|das)\s+(?P<x>[\wáâãàçéêíóôõú-]{3,}(?:\s+(?:de|do|da)\s+[\wáâãàçéêíóôõú-]{3,})?)",
}
# a change's own noun is no outcome ("con un aumento relativo del 56%": of the incidence)
CHANGE_NOUNS = (r"(?i)(?:(?:un|une|uno|una|um|uma|ein|eine[nm]?|el|la|le|il|o|a|der|die)\s+)?"
                r"(?:aumento|incremento|hausse|augmentation|Anstieg|Zunahme|Steigerung|"
                r"riduzione|diminuzione|calo|diminution|baisse|réduction|Rückgang|Abnahme|"
                r"Senkung|reducción|disminución|descenso|redução|diminuição|queda|subida|"
                r"crescita|croissance|crecimiento|crescimento)"
                r"(?:\s+(?:relativ[oaei]?|relatif|relative|porcentual|percentuale|percentual))?")
# the participants' age range and median or mean age, the share of women or men
AGE_RANGE = {
    "de": r"(?:im\s+)?Alter\s+(?:von\s+)?(?P<lo>\d{1,3})\s+bis\s+(?P<hi>\d{1,3})\s+Jahre?n?",
    "es": r"(?:de\s+|con\s+)?(?:entre\s+)?(?P<lo>\d{1,3})\s+(?:a|y)\s+(?P<hi>\d{1,3})\s+años(?:\s+de\s+edad)?",
    "fr": r"(?:âgé(?:e)?s\s+de\s+)(?P<lo>\d{1,3})\s+(?:à|a)\s+(?P<hi>\d{1,3})\s+ans",
    "it": r"(?:di\s+età\s+(?:compresa\s+)?(?:tra|fra|da)\s+|tra\s+i\s+|dai\s+)(?P<lo>\d{1,3})\s+(?:e|a|ai)\s+(?P<hi>\d{1,3})\s+anni",
    "pt": r"(?:com\s+idade\s+entre\s+|entre\s+|de\s+)(?P<lo>\d{1,3})\s+(?:e|a)\s+(?P<hi>\d{1,3})\s+anos",
}
# the participants' mean or median age said with a verb of having or being ("Sie waren im
# Mittel 79,4 Jahre alt", "tenían de media 71,2 años", "avaient en moyenne 71,2 ans",
# "avevano in media 71,2 anni", "tinham em média 71,2 anos")
AGE_SAID = {
    "de": r"(?:waren|war|sind|ist)\s+(?P<stat2>im\s+Mittel|im\s+Durchschnitt|durchschnittlich|im\s+Median)\s+"
          r"(?P<v>\d{1,3}(?:,\d)?)\s+Jahre\s+alt",
    "es": r"ten[ií]an\s+(?P<stat2>de\s+media|en\s+promedio|de\s+mediana)\s+(?P<v>\d{1,3}(?:,\d)?)\s+años",
    "fr": r"avaient\s+(?P<stat2>en\s+moyenne|en\s+m[ée]diane)\s+(?P<v>\d{1,3}(?:,\d)?)\s+ans",
    "it": r"avevano\s+(?P<stat2>in\s+media|in\s+mediana)\s+(?P<v>\d{1,3}(?:,\d)?)\s+anni",
    "pt": r"tinham\s+(?P<stat2>em\s+m[ée]dia|em\s+mediana)\s+(?P<v>\d{1,3}(?:,\d)?)\s+anos",
}
AGE_AVERAGE = {
    "de": r"(?:(?:(?P<stat>mittlere|durchschnittliche|mediane)\s+)?Alter|Durchschnittsalter)\s+(?:lag\s+)?(?:(?P<stat2>im\s+Median|im\s+Mittel|im\s+Durchschnitt)\s+)?(?:bei|betrug)\s+(?P<v>\d{1,3}(?:,\d)?)\s+Jahre?n?",
    "es": r"(?:(?:edad\s+(?P<stat>media|mediana|promedio)|(?P<stat2>media|mediana|promedio)\s+de\s+(?:la\s+)?edad)\s+(?:(?:era|fue)\s+(?:de\s+)?|de\s+)?)(?P<v>\d{1,3}(?:,\d)?)\s+años",
    "fr": r"(?:(?:[âa]ge\s+(?P<stat>moyen|m[ée]dian)|(?P<stat2>moyenne|m[ée]diane)\s+d'[âa]ge)\s+(?:[ée]tait\s+(?:de\s+)?|de\s+)?)(?P<v>\d{1,3}(?:,\d)?)\s+ans",
    "it": r"(?:(?:et[àa]\s+(?P<stat>media|mediana)|(?P<stat2>media|mediana)\s+(?:di|dell')\s*et[àa])\s+(?:era\s+(?:di\s+)?|di\s+)?)(?P<v>\d{1,3}(?:,\d)?)\s+anni",
    "pt": r"(?:(?:idade\s+(?P<stat>m[ée]dia|mediana)|(?P<stat2>m[ée]dia|mediana)\s+de\s+idade)\s+(?:(?:era|foi)\s+(?:de\s+)?|de\s+)?)(?P<v>\d{1,3}(?:,\d)?)\s+anos",
}
MEDIAN_WORD = r"(?i)median|mediana|médian"
# "52,3 % waren Frauen", "el 52 % eran mujeres": a share of the participants by sex
SEX_SHARE = {
    "de": r"(?:waren|sind)\s+(?P<x>Frauen|Männer|weiblich|männlich)",
    "es": r"(?:eran|son|fueron)\s+(?P<x>mujeres|hombres|varones)",
    "fr": r"(?:[ée]taient|sont)\s+des\s+(?P<x>femmes|hommes)",
    "it": r"(?:erano|sono)\s+(?P<x>donne|uomini)",
    "pt": r"(?:eram|s[aã]o)\s+(?P<x>mulheres|homens)",
}
# a follow-up said with a verb: "Die mediane Nachbeobachtungszeit betrug 9,4 Jahre"
FOLLOW_UP_WAS = {
    "de": r"(?:(?P<stat>mediane|mittlere)\s+(?:Nachbeobachtung(?:szeit|sdauer)?|Beobachtungszeit|Follow-up(?:[-\s]Zeit)?)|Median\s+der\s+(?:Nachbeobachtung(?:szeit|sdauer)?|Beobachtungszeit))\s+(?:betrug|lag\s+bei|war)\s+",
    "es": r"(?:(?:seguimiento|per[ií]odo\s+de\s+seguimiento)\s+(?P<stat>mediano|medio)|(?:mediana|media)\s+(?:de|del)\s+(?:seguimiento|tiempo\s+de\s+seguimiento))\s+(?:fue\s+de|fue|era\s+de)\s+",
    "fr": r"(?:(?:suivi|dur[ée]e\s+de\s+suivi)\s+(?P<stat>m[ée]dian[e]?|moyen(?:ne)?)|(?:m[ée]diane|moyenne)\s+(?:de|du)\s+suivi|dur[ée]e\s+(?:m[ée]diane|moyenne)\s+(?:de|du)\s+suivi)\s+(?:a\s+[ée]t[ée]\s+de|[ée]tait\s+de|est\s+de)\s+",
    "it": r"(?:(?:follow-up|periodo\s+di\s+osservazione)\s+(?P<stat>mediano|medio)|(?:mediana|media)\s+(?:di|del)\s+(?:follow-up|periodo\s+di\s+osservazione))\s+(?:[èe]\s+stat[oa]\s+di|era\s+di|di)\s+",
    "pt": r"(?:(?:seguimento|acompanhamento)\s+(?P<stat>mediano|m[ée]dio)|(?:mediana|m[ée]dia)\s+(?:de|do)\s+(?:seguimento|acompanhamento))\s+(?:foi\s+de|era\s+de)\s+",
}
# people who got the outcome during follow-up: "erkrankten 3.517 Teilnehmende an
# Typ-2-Diabetes"; group x is the illness
FELL_ILL = {
    "de": r"(?:erkrankten|erkrankte|entwickelten|bekamen|erlitten)\s+(?P<n>[\d.]+)\s+(?P<p>\w+)\s+(?:an\s+(?:einem\s+|einer\s+)?)?(?P<x>[\wÄÖÜäöüß-]+(?:\s+[\wÄÖÜäöüß-]+)?)",
    "es": r"(?P<n>[\d.]+)\s+(?P<p>\w+)\s+(?:desarrollaron|sufrieron|presentaron|tuvieron|fueron\s+diagnosticad[oa]s\s+(?:de|con)|recibieron\s+(?:un\s+|el\s+)?diagn[óo]stico\s+de)\s+(?:una?\s+)?(?P<x>[\wáéíóúñ-]+(?:\s+(?:de\s+)?(?:tipo\s+)?[\wáéíóúñ\d-]+)?)",
    "fr": r"(?P<n>[\d  ]+)\s+(?P<p>\w+)\s+(?:ont\s+d[ée]velopp[ée]|ont\s+eu|ont\s+pr[ée]sent[ée]|ont\s+reçu\s+un\s+diagnostic\s+d[e']|ont\s+[ée]t[ée]\s+diagnostiqu[ée]e?s\s+avec)\s*(?:une?\s+|un\s+)?(?P<x>[\wàâçéèêëîïôûùüÿœ-]+(?:\s+(?:de\s+)?(?:type\s+)?[\wàâçéèêëîïôûùüÿœ\d-]+)?)",
    "it": r"(?P<n>[\d.]+)\s+(?P<p>\w+)\s+(?:hanno\s+sviluppato|si\s+sono\s+ammalati\s+di|hanno\s+ricevuto\s+una\s+diagnosi\s+di|sono\s+stati\s+diagnosticati\s+con)\s+(?:una?\s+|il\s+|la\s+)?(?P<x>[\wàèéìòù-]+(?:\s+(?:di\s+)?(?:tipo\s+)?[\wàèéìòù\d-]+)?)",
    "pt": r"(?P<n>[\d.]+)\s+(?P<p>\w+)\s+(?:desenvolveram|tiveram|apresentaram|foram\s+diagnosticad[oa]s\s+com|receberam\s+(?:o\s+|um\s+)?diagn[óo]stico\s+de)\s+(?:uma?\s+)?(?P<x>[\wáâãàçéêíóôõú-]+(?:\s+(?:de\s+)?(?:tipo\s+)?[\wáâãàçéêíóôõú\d-]+)?)",
}
# "no association" is a no-difference as well
NO_ASSOCIATION = {
    "de": r"kein(?:en|e|er)?\s+(?:(?:statistisch\s+)?(?:signifikant|klar|eindeutig|nachweisbar|messbar)e[nrs]?\s+)?Zusammenhang",
    "es": r"(?:ninguna|sin|no\s+(?:se\s+)?(?:encontr[oó]|hall[oó]|observ[oó])\s+(?:una\s+|ninguna\s+)?)\s*asociaci[oó]n(?:\s+significativa)?",
    "fr": r"(?:aucune|pas\s+d['’]|sans)\s*association(?:\s+significative)?",
    "it": r"(?:nessuna|senza|non\s+(?:è\s+emersa|c['’]era)\s+(?:alcuna\s+)?)\s*associazione(?:\s+significativa)?",
    "pt": r"(?:nenhuma|sem|n[aã]o\s+(?:houve|se\s+encontrou)\s+(?:nenhuma\s+)?)\s*associa[çc][aã]o(?:\s+significativa)?",
}
# a per-unit step of an exposure ("je 10 Prozentpunkte mehr …", "por cada 10 %
# más de …"): the ratio or change said with it is per that step, a group of its own
INCREMENT = {
    "de": r"\b(?:für\s+)?(?:je|pro)\s+(?:weitere\s+)?\d+(?:,\d+)?\s*(?:Prozentpunkte|Prozent|%|[A-Za-zäöüß]+)\s+(?:mehr|weniger|zusätzliche[nr]?)(?-i:\s+(?:[a-zäöüß]+e[nrs]?|[A-ZÄÖÜ][\wäöüß-]+)){0,3}",
    "es": r"\bpor\s+cada\s+\d+(?:,\d+)?\s*(?:puntos\s+porcentuales|%|[a-záéíóúñ]+)\s+(?:m[aá]s|menos|adicionales)(?:\s+(?:de\s+)?[\wáéíóúñ-]+){0,3}",
    "fr": r"\b(?:pour\s+)?(?:chaque|par)\s+(?:tranche\s+de\s+)?\d+(?:,\d+)?\s*(?:points?\s+de\s+pourcentage|%|[a-zàâçéèêëîïôûùüÿœ]+)\s+(?:de\s+plus|suppl[ée]mentaires?)(?:\s+(?:de\s+|d['’])?[\wàâçéèêëîïôûùüÿœ-]+){0,3}",
    "it": r"\bper\s+ogni\s+\d+(?:,\d+)?\s*(?:punti\s+percentuali|%|[a-zàèéìòù]+)\s+(?:in\s+pi[uù]|in\s+meno|aggiuntiv[ie])(?:\s+(?:di\s+)?[\wàèéìòù-]+){0,3}",
    "pt": r"\b(?:a|por)\s+cada\s+\d+(?:,\d+)?\s*(?:pontos\s+percentuais|%|[a-záâãàçéêíóôõú]+)\s+(?:a\s+mais|adicionais)(?:\s+(?:de\s+)?[\wáâãàçéêíóôõú-]+){0,3}",
}
# another study than the release's own: a study said with an indefinite article and a
# year ("Eine französische Kohortenstudie hatte 2020 …"); never the opening paragraph's
OTHER_STUDY = {
    "de": r"\b(?:[Ee]ine|[Ee]iner)\s+(?:[\wäöüß-]+\s+){0,2}(?:Studie|Kohortenstudie|Untersuchung|Meta-?[Aa]nalyse|Arbeit)\b.*\b(?:19|20)\d\d\b|"
          # ("In einer 2021 veröffentlichten Studie": the year before the noun)
          r"\b(?:[Ee]ine[rm]?|[Dd]er|[Dd]ie)\s+(?:bereits\s+)?(?:19|20)\d\d\s+(?:[\wäöüß-]+\s+){0,2}(?:Studie|Kohortenstudie|Untersuchung|Meta-?[Aa]nalyse|Arbeit)\b|"
          r"\b(?:[Ee]ine|[Ee]iner|[Ff]rühere[n]?)\s+(?:frühere[n]?|vorherige[n]?|ältere[n]?)\s+(?:Studie|Untersuchung|Analyse|Arbeit)|\b[Ff]rühere\s+(?:Studien|Untersuchungen|Arbeiten)",
    "es": r"\b[Uu]n\s+(?:[\wáéíóúñ-]+\s+){0,2}(?:estudio|ensayo|metaan[aá]lisis)\b.*\b(?:19|20)\d\d\b|"
          r"\b[Uu]n\s+(?:estudio|ensayo|trabajo|an[aá]lisis)\s+(?:anterior|previo|precedente)|\b[Uu]n\s+(?:anterior|previo)\s+(?:estudio|ensayo|trabajo)",
    "fr": r"\b[Uu]ne?\s+(?:[\wàâçéèêëîïôûùüÿœ-]+\s+){0,2}(?:[ée]tude|essai|m[ée]ta-?analyse)\b.*\b(?:19|20)\d\d\b|"
          r"\b[Uu]ne?\s+(?:[ée]tude|essai|analyse)\s+(?:ant[ée]rieure?|pr[ée]c[ée]dente?)|\b[Uu]ne?\s+(?:pr[ée]c[ée]dente?|pr[ée]c[ée]dent)\s+(?:[ée]tude|essai)",
    "it": r"\b[Uu]no?\s+(?:[\wàèéìòù-]+\s+){0,2}(?:studio|trial|meta-?analisi)\b.*\b(?:19|20)\d\d\b|"
          r"\b[Uu]no?\s+(?:studio|trial|lavoro|analisi)\s+(?:precedente|anteriore)|\b[Uu]n\s+(?:precedente|passato)\s+(?:studio|trial|lavoro)",
    "pt": r"\b[Uu]ma?\s+(?:[\wáâãàçéêíóôõú-]+\s+){0,2}(?:estudo|ensaio|meta-?an[aá]lise)\b.*\b(?:19|20)\d\d\b|"
          r"\b[Uu]ma?\s+(?:estudo|ensaio|trabalho|an[aá]lise)\s+(?:anterior|pr[ée]vio|precedente)|\b[Uu]m\s+(?:anterior|pr[ée]vio)\s+(?:estudo|ensaio)",
}
# the age measure's word, and how a group of people with an illness is named
AGE_WORD = {"de": "Alter", "es": "edad", "fr": "âge", "it": "età", "pt": "idade"}
WITH = {"de": "{p} mit {x}", "es": "{p} con {x}", "fr": "{p} avec {x}", "it": "{p} con {x}",
        "pt": "{p} com {x}"}
# a quoted person's title before the name ("la doctora", "Prof. Dr.", "dottoressa")
TITLE = (r"(?:(?:Pr\.?\s+|Prof\.?\s*(?:Dr\.?\s*)?|Profa?\.\s*|Dr\.?\s*(?:med\.\s*)?|Dra\.\s*|Dre\s+|"
         r"[Dd]octora?\s+|[Dd]octeure?\s+|[Dd]ott(?:oressa|ore|or)?\.?\s+|[Dd]ott\.ssa\s+|"
         r"[Pp]rofessor(?:in|a|essa|e)?\s+|[Pp]rofesora?\s+|[Pp]rofesseure?\s+|[Dd]outora?\s+|"
         r"[Dd]r\.ª\s+)+)")
# (no title, article or abbreviation is a part of the name: "El Dr", "Erstautorin Dr")
_NOT_NAME = (r"(?!(?:Dr|Dra|Dre|Pr|Prof|Profa|Dott|Mme|Mr|Sr|Sra|Herr|Frau|El|La|Le|Les|Il|Lo|"
             r"Der|Die|Das|Os|As|Un|Une|Una|Uno|Um|Uma|Ein|Eine)\b)")
NAME = (r"(?P<name>(?-i:" + _NOT_NAME + r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?!\.\s*[A-ZÀ-Þ][a-z])"
        r"(?:\s+(?:de|da|dos|das|del|van|von|di|du|le|la)?\s*" + _NOT_NAME +
        r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){1,3}))")
# how a quoted person's part in the study is said -> (role, gender of the word or None)
ROLES = [
    (r"nicht\s+an\s+der\s+Studie\s+beteiligt|no\s+(?:ha\s+)?particip(?:[óo]|ado)\s+en\s+(?:el\s+|este\s+)?(?:estudio|trabajo|ensayo)|"
     r"ajen[oa]\s+al\s+estudio|n['’]a\s+pas\s+particip[ée]\s+[àa]\s+l['’][ée]tude|"
     r"non\s+ha\s+partecipato\s+(?:allo|al)\s+studio|n[ãa]o\s+participou\s+(?:d[oe]|n[oa])\s+(?:estudo|trabalho|ensaio)|"
     r"war\s+nicht\s+(?:an\s+der\s+(?:Studie|Arbeit)\s+)?beteiligt|n['’]a\s+pas\s+particip[ée]\s+[àa]\s+(?:l['’]essai|ces\s+travaux)", "expert", None),
    (r"responsable\s+de\s+l['’][ée]tude|responsabile\s+dello\s+studio|Studienleitung", "study-author", None),
    (r"coordinatrice\s+de\s+l['’](?:essai|[ée]tude)|coordinadora\s+del\s+(?:ensayo|estudio)|coordinatrice\s+dello\s+studio|"
     r"Koordinatorin\s+der\s+Studie", "study-author", "f"),
    (r"coordinateur\s+de\s+l['’](?:essai|[ée]tude)|coordinador\s+del\s+(?:ensayo|estudio)|coordinatore\s+dello\s+studio|"
     r"Koordinator\s+der\s+Studie", "study-author", "m"),
    (r"Erstautorin|primera\s+autora|premi[èe]re\s+(?:autrice|auteure)|prima\s+autrice|primeira\s+autora", "first-author", "f"),
    (r"Erstautor|primer\s+autor|premier\s+auteur|primo\s+autore|primeiro\s+autor", "first-author", "m"),
    (r"Seniorautorin|Letztautorin|autora\s+s[ée]nior|investigadora\s+principal|derni[èe]re\s+autrice|"
     r"investigatrice\s+principale|autrice\s+senior|ultima\s+autrice|autora\s+s[êe]nior|"
     r"investigadora\s+principal|pesquisadora\s+principal", "senior-author", "f"),
    (r"Seniorautor|Letztautor|autor\s+s[ée]nior|investigador\s+principal|dernier\s+auteur|"
     r"investigateur\s+principal|autore\s+senior|ultimo\s+autore|autor\s+s[êe]nior|"
     r"pesquisador\s+principal", "senior-author", "m"),
    (r"Studienautorin|Koautorin|Co-Autorin|Studienleiterin|autora\s+(?:principal\s+)?del\s+estudio|"
     r"autora\s+principal|coautora|autrice\s+(?:principale\s+)?de\s+l['’][ée]tude|co-?autrice|"
     r"autrice\s+(?:principale\s+)?dello\s+studio|autrice\s+principale|"
     r"coautrice|autora\s+(?:principal\s+)?do\s+estudo|coordenadora\s+do\s+estudo", "study-author", "f"),
    (r"Studienautor|Koautor|Co-Autor|Studienleiter|leitete\s+die\s+Studie|autor\s+(?:principal\s+)?del\s+estudio|"
     r"autor\s+principal|coautor|dirigi[óo]\s+el\s+estudio|auteure?\s+(?:principale?\s+)?de\s+l['’][ée]tude|"
     r"co-?auteure?|a\s+dirig[ée]\s+l['’][ée]tude|autore\s+(?:principale\s+)?dello\s+studio|autore\s+principale|"
     r"coautore|ha\s+guidato\s+lo\s+studio|autor\s+(?:principal\s+)?do\s+estudo|coordenador\s+do\s+estudo|"
     r"coordenou\s+o\s+estudo", "study-author", "m"),
    (r"Sprecherin|portavoz|porte-parole|portavoce|porta-voz", "spokesperson", None),
]
# a feminine title or article before the name tells the gender when the role does not
FEMININE = r"(?i)\b(?:la\s+doctora|Dra\.|la\s+Pr\b|la\s+Dre?\b|la\s+docteure|la\s+Dre|dottoressa|dott\.ssa|professoressa|Professorin|la\s+profesora|a\s+doutora|Profa\.|la\s+professeure)"
MASCULINE = r"(?i)\b(?:el\s+doctor|el\s+Dr\.|le\s+Dr\b|le\s+Pr\b|le\s+docteur|dottor|dott\.(?!ssa)|il\s+professore?|el\s+profesor|o\s+doutor|le\s+professeur)(?!\w)"

