"""Spanish word lists: what the fact checker, the sentence splitter and language
identification read. Regex fragments are matched case-insensitively at word boundaries."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# The most common Spanish function words (for telling languages apart, not for removal).
STOPWORDS = _set("""
de la que el en y a los se del las un por con no una su para es al lo como más o pero sus
le ya fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde
quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí
antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual
poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas era eran han había
habían ser está están puede pueden tras según cada mismo después aunque u cuyo tiene tienen
fueron sido así bien
""")

# Lower case, with their dots (RAE list of abbreviations, the common ones). Words that
# also end sentences are left out: "mar." (marzo, but also the sea), "d." (vitamina D.).
ABBREVIATIONS = _set("""
dr. dra. drs. dras. sr. sra. sres. sras. srta. dña. lic. lda. ing. prof. profa. ud. uds.
vd. vds. etc. ej. aprox. admón. avda. av. c/. cap. cf. dpto. depto. fig. izq. dcha. pág.
págs. vol. vols. tel. art. arts. núm. núms. univ. hosp. ene. feb. abr. jun. jul.
ago. sept. oct. nov. dic. m.d. ph.d. a.c. d.c.
""") | {"p. ej.", "ee. uu.", "et al.", "a. c.", "d. c.", "s. a.", "s. l."}

# Only before a number: "n. 5", "p. 12" ("no." is a Spanish word and never an abbreviation).
NUMBER_ABBREVIATIONS = frozenset({"n.", "p.", "pp.", "nro."})

# "progresiva" (a form of EM) is not a worsening word; "más"/"menos" before "de"/"que" are
# quantities ("más de la mitad"), not changes.
DIRECTIONS = {
    "improved": [r"mejor\w*", r"recuper\w*"],
    "worsened": [r"empeor\w*", r"agrav\w*", r"deterior\w*", r"peor(?:es)?",
                 r"progresó", r"progresaron", r"progresión"],
    "increased": [r"aument\w*", r"increment\w*", r"sub(?:e|en|ió|ieron|ido|ida|ir)",
                  r"subida", r"crec\w*", r"creci\w*", r"mayor(?:es)?", r"más(?!\s+(?:de|que)\b)",
                  r"se duplic\w*", r"duplic\w*", r"triplic\w*", r"elev(?:ó|aron|ado|ada)"],
    "decreased": [r"disminu\w*", r"reduj\w*", r"reduc\w*", r"baj(?:ó|aron|ado|ada|ar)",
                  r"descen\w*", r"descend\w*", r"cay(?:ó|eron)", r"caída", r"menor(?:es)?",
                  r"menos(?!\s+(?:de|que)\b)"],
    "unchanged": [r"estables?", r"estabiliz\w*", r"sin cambios?", r"no cambi\w*",
                  r"(?:se mantuvo|se mantuvieron|siguió|siguieron) igual(?:es)?",
                  r"sin variaci(?:ó|o)n(?:es)?", r"invariable\w*"],
}

NEGATIONS = ["no", "nunca", "jamás", "sin", "ni", "tampoco", "ningún", "ninguna", "ninguno",
             "nadie", "nada"]

# verbs that keep a change from happening: "prevent ... from getting worse"
PREVENTIONS = [r"evit\w*", r"imped\w*", r"frena\w*", r"fren[oó]", r"detien\w*", r"detuv\w*"]

PERCENT_WORDS = (r"por\s+ciento", r"por\s+cien")
FREQUENCY_WORDS = (r"de\s+cada", "de", r"sobre")
RANGE_WORDS = (("de", "a"), ("desde", "hasta"), ("entre", "y"), ("del", "al"),
               ("desde", "a"))
TIME_UNITS = {
    "year": ("años", "año"),
    "month": ("meses", "mes"),
    "week": ("semanas", "semana"),
    "day": ("días", "día"),
    "hour": ("horas", "hora", "h"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"década": (10, "year"), "decenio": (10, "year")}
