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
vs.
vd. vds. etc. ej. aprox. admón. avda. av. c/. cap. cf. dpto. depto. fig. izq. dcha. pág.
págs. vol. vols. tel. art. arts. núm. núms. univ. hosp. ene. feb. abr. jun. jul.
ago. sept. oct. nov. dic. m.d. ph.d. a.c. d.c.
""") | {"p. ej.", "ee. uu.", "et al.", "a. c.", "d. c.", "s. a.", "s. l."}

# Only before a number: "n. 5", "p. 12" ("no." is a Spanish word and never an abbreviation).
NUMBER_ABBREVIATIONS = frozenset({"n.", "p.", "pp.", "nro."})

# "progresiva" (a form of EM) is not a worsening word; "más"/"menos" before "de"/"que" are
# quantities ("más de la mitad"), not changes.
DIRECTIONS = {
    # "más eficaz (que ...)": el tratamiento lo hizo mejor, no más del resultado
    "improved": [r"mejor\w*", r"recuper\w*", r"más\s+eficac(?:es|ez)", r"más\s+eficaz",
                 r"más\s+efectiv[oa]s?"],
    "worsened": [r"empeor\w*", r"agrav\w*", r"deterior\w*", r"peor(?:es)?",
                 r"progresó", r"progresaron", r"progresión", r"menos\s+eficac(?:es|ez)",
                 r"menos\s+eficaz", r"menos\s+efectiv[oa]s?"],
    "increased": [r"aument\w*", r"increment\w*", r"sub(?:e|en|ió|ieron|ido|ida|ir)",
                  r"subida", r"crec\w*", r"creci\w*",
                  # "mayores de 60 años", "en mayores con fractura": older people
                  r"(?<!\ben\s)(?<!\blos\s)(?<!\blas\s)(?<!\ba\s)(?<!\bpara\s)(?<!\bde\s)"
                  r"mayor(?:es)?(?!\s+(?:de\s+\d|con\b))",
                  r"más(?!\s+(?:de|que|rar[oa]s?)\b)",
                  r"se duplic\w*", r"duplic\w*", r"triplic\w*", r"elev(?:ó|aron|ado|ada)"],
    "decreased": [r"disminu\w*", r"reduj\w*", r"reduc\w*", r"baj(?:ó|aron|ado|ada|ar)",
                  r"descen\w*", r"descend\w*", r"cay(?:ó|eron)", r"caída", r"menor(?:es)?",
                  # "al menos", "por lo menos": at least, no decrease
                  r"(?<!\bal\s)(?<!\blo\s)menos(?!\s+(?:de|que)\b)", r"más\s+rar[oa]s?"],
    "unchanged": [r"estables?", r"estabiliz\w*", r"sin cambios?", r"no cambi\w*",
                  r"(?:se mantuvo|se mantuvieron|siguió|siguieron) igual(?:es)?",
                  r"sin variaci(?:ó|o)n(?:es)?", r"invariable\w*"],
}

NEGATIONS = ["no", "nunca", "jamás", "sin", "ni", "tampoco", "ningún", "ninguna", "ninguno",
             "nadie", "nada"]

# verbs that keep a change from happening: "prevent ... from getting worse"
PREVENTIONS = [r"evit\w*", r"imped\w*", r"preven\w*", r"previn\w*", r"previen\w*",
               r"frena\w*", r"fren[oó]", r"detien\w*", r"detuv\w*"]

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
    "minute": ("minutos", "minuto"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"década": (10, "year"), "decenio": (10, "year")}

# --- effect measures, signs and hedges, as the fact checker reads them ----------------
# hedge id -> the words right before a figure ("alrededor del 12 %", "más de la mitad")
HEDGE_WORDS = {
    "about": (r"alrededor\s+de(?:l|\s+la|\s+las|\s+los|\s+un|\s+una)?",
              r"aproximadamente(?:\s+(?:el|la|un|una))?", r"aprox\.(?:\s+(?:el|la|un|una))?",
              r"en\s+torno\s+a(?:l|\s+la|\s+las|\s+los|\s+un|\s+una)?",
              r"cercan[oa]s?\s+a(?:l|\s+la|\s+las|\s+los|\s+un|\s+una)?",
              # "cerca de 900.000 personas": about, as the press uses it (not "nearly")
              r"cerca\s+de(?:l|\s+la|\s+las|\s+los|\s+un|\s+una)?",
              r"del\s+orden\s+de(?:l|\s+un|\s+una)?", "unos", "unas",
              r"más\s+o\s+menos(?:\s+(?:el|la|los|las|un|una))?",
              r"algo\s+así\s+como(?:\s+(?:el|la|un|una))?", r"grosso\s+modo", "~", "≈",
              # a verb of approximation: "la reducción rondó el 45 %"
              r"rond(?:a|an|aba|aban|ó|aron|ará|e)(?:\s+(?:el|la|los|las|un|una))?"),
    "nearly": (r"casi(?:\s+(?:el|la|los|las|un|una))?",),
    # "más de un 12 %", "hasta en un 12 % de los casos": the article (and "en") may
    # stand between the hedge and the figure
    "more-than": (r"más\s+de(?:l|\s+la|\s+las|\s+los|\s+un|\s+una)?",
                  r"por\s+encima\s+de(?:l|\s+la|\s+un)?", r"superior(?:es)?\s+a(?:l|\s+la)?",
                  ">"),
    "at-least": (r"(?:al|por\s+lo)\s+menos(?:\s+(?:el|la|un|una))?",
                 r"como\s+mínimo(?:\s+(?:el|la|un|una))?", "≥"),
    "less-than": (r"menos\s+de(?:l|\s+la|\s+las|\s+los|\s+un|\s+una)?",
                  r"por\s+debajo\s+de(?:l|\s+la|\s+un)?", r"inferior(?:es)?\s+a(?:l|\s+la)?",
                  "<"),
    "up-to": (r"hasta(?:\s+en)?(?:\s+(?:el|la|un|una))?",
              r"como\s+máximo(?:\s+(?:el|la|un|una))?", "≤"),
}
# a minus said in words right before a figure: "menos 0,17"
MINUS_WORDS = ("menos",)
# ratio kind -> its names (matched case-insensitively) and abbreviations (as written)
RATIO_WORDS = {
    "hazard": (r"hazard\s+ratio", r"raz[oó]n\s+de\s+riesgos?(?:\s+instant[aá]neos?)?",
               r"cociente\s+de\s+riesgos?"),
    "odds": (r"odds\s+ratio", r"raz[oó]n\s+de\s+(?:probabilidades|momios|odds)",
             r"oportunidad\s+relativa"),
    "risk": (r"riesgo\s+relativo",),
    "rate": (r"(?:raz[oó]n|cociente)\s+de\s+tasas",),
}
RATIO_ABBREVIATIONS = {"hazard": ("HR",), "odds": ("OR",), "risk": ("RR",),
                       "rate": ("IRR", "RT")}
CI_WORDS = ("IC", r"intervalos?\s+de\s+confianza")
PVALUE_WORDS = (r"valor\s+(?:de\s+)?p",)
# after a figure: an absolute difference of shares ("5 puntos porcentuales")
POINT_WORDS = (r"puntos?\s+porcentuales?", r"p\.\s?p\.", "pp", r"puntos?")
# after a figure: a multiple ("cuatro veces más"); not a dose ("dos veces al día")
FOLD_WORDS = (r"veces(?!\s+(?:al|por|cada|a\s+la)\b)",)
FOLD_SUFFIXES: tuple[str, ...] = ()
MULTIPLE_WORDS = {r"doble(?!\s+ciego)": 2, r"duplic(?:ó|aron|a|an|ado|ada)": 2,
                  "triple": 3, r"triplic(?:ó|aron|a|an|ado|ada)": 3}
FRACTION_WORDS = {r"(?:la\s+)?mitad": 50, r"(?:un\s+tercio|una\s+tercera\s+parte)": 100 / 3,
                  r"dos\s+(?:tercios|terceras\s+partes)": 200 / 3,
                  r"(?:un\s+cuarto|una\s+cuarta\s+parte)": 25,
                  r"tres\s+(?:cuartos|cuartas\s+partes)": 75,
                  r"(?:un\s+quinto|una\s+quinta\s+parte)": 20}
FINDING_WORDS = (r"en\s+(?:este|el)\s+análisis",
                 r"encontr(?:ó|aron|ado)", r"hall(?:ó|aron|ado)", r"mostr(?:ó|aron|ado)",
                 r"muestra[n]?", r"demostr(?:ó|aron|ado)", r"observ(?:ó|aron|ado)",
                 r"revel(?:ó|aron|ado)", r"en\s+(?:este|el)\s+(?:estudio|ensayo)",
                 "participantes",
                 # el estudio como tiempo o lugar de lo ocurrido: "durante el estudio"
                 r"(?:durante|a\s+lo\s+largo\s+de|dentro\s+de)\s+(?:este|el)\s+(?:mismo\s+)?"
                 r"(?:estudio|ensayo)", r"del\s+(?:estudio|ensayo)",
                 r"(?:en|de)\s+esta\s+(?:cohorte|muestra)",
                 r"(?:estudiad|incluid|reclutad)[oa]s")
CONTEXT_WORDS = (r"como\s+contexto", r"contexto",
                 r"como\s+referencia", r"(?:a\s+modo|como\s+punto)\s+de\s+comparación",
                 r"en\s+comparación",
                 "anteriores", r"previ[oa]s?", r"otros\s+estudios", r"en\s+general",
                 "generalmente", "habitualmente", "normalmente", r"suele[n]?",
                 r"(?:cada|al|por)\s+año", r"(?:en\s+todo\s+el|a\s+nivel)\s+(?:mundo|mundial)",
                 r"seg[uú]n", r"se\s+estima", r"estimad[oa]s?", r"a\s+lo\s+largo\s+de\s+la\s+vida",
                 "frecuente", r"com[uú]n", r"afecta[n]?", r"nacional(?:es)?",
                 # un informe anterior dicho con "ya había": "ya había observado antes"
                 r"anterior(?:mente)?", r"con\s+anterioridad", r"ya\s+hab[ií]an?",
                 r"ya\s+antes")

# --- claims (causal-claim, invented-difference) -----------------------------------------
# Una causa dicha sin rodeos (fragmentos regex). Solo formas conjugadas: "para reducir el
# riesgo" es un propósito y "un riesgo menor" una descripción; "causa" tras un artículo o
# "a/por" es el sustantivo ("a causa de"). "Puede prevenir" queda fuera: "puede" es también
# "quizá".
_RIESGO = r"(?:riesgos?|probabilidad(?:es)?|posibilidad(?:es)?|tasas?|incidencias?)"
# una cifra entre el verbo y el riesgo: "aumentó un 31 % el riesgo"
_CIFRA = (r"(?:(?:(?:en|hasta)\s+)?(?:un|el)\s+)?(?:(?:\d[\d.,]*\s*%|(?:[\w.,-]+\s+){1,5}?por\s+"
          r"ciento)\s+)?")
CAUSAL = (
    r"previene(?:n)?(?!\s+(?:de\s+)?que\b)", r"previno", r"previnieron", r"prevenía(?:n)?",
    r"ha(?:n)?\s+prevenido",
    r"ayuda(?:n|ron)?\s+a\s+prevenir", r"ayudó\s+a\s+prevenir",
    r"protege(?:n)?(?=\s*[.;:,!)]|\s*$)",
    r"protege(?:n)?\s+(?:\w+\s+)?(?:contra|frente\s+al?|del?)", r"protegi(?:ó|eron)\s+(?:\w+\s+)?"
    r"(?:contra|frente\s+a|de)",
    rf"(?:reduc(?:ía|ían)|disminu(?:ía|ían)|aument(?:aba|aban)|baj(?:aba|aban)"
    rf"|duplic(?:aba|aban)|elev(?:aba|aban)|reduce(?:n)?|reduj(?:o|eron)|ha(?:n)?\s+reducido"
    rf"|disminuye(?:n)?|disminuy(?:ó|eron)"
    rf"|baja(?:n)?|baj(?:ó|aron)|recorta(?:n)?|recort(?:ó|aron)|aumenta(?:n)?|aument(?:ó|aron)"
    rf"|ha(?:n)?\s+aumentado|eleva(?:n)?|elev(?:ó|aron)|duplica(?:n)?|duplic(?:ó|aron)"
    # verbos de subida brusca o de multiplicar: "dispara un 31 % el riesgo"
    rf"|dispara(?:n)?|dispar(?:ó|aron|aba|aban)|multiplica(?:n)?|multiplic(?:ó|aron|aba|aban)"
    rf"|triplica(?:n)?|triplic(?:ó|aron|aba|aban)|dobla(?:n)?|dobl(?:ó|aron|aba|aban)"
    rf"|reduce(?:n)?\s+a\s+la\s+mitad)\s+{_CIFRA}(?:el|la|los|las|su|sus)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_RIESGO}",
    # "evitar" afirma una causa salvo en una relativa ("las personas que evitan el azúcar")
    r"(?<!\b(?:que|quien|quienes|se)\s)(?:evita(?:n)?|evit(?:ó|aron|aba|aban)|ha(?:n)?\s+"
    r"evitado)",
    r"(?:ayuda(?:n|ron)?|ayudó|permite(?:n)?|permitió|permitieron)\s+(?:\w+\s+)?evitar",
    r"(?:ayuda(?:n|ron)?|ayudó|permite(?:n)?|permitió|permitieron)\s+(?:a\s+)?(?:reducir|bajar"
    r"|disminuir|rebajar|recortar|prevenir)",
    # la exposición dicha causa, de aquello de lo que se habla ("y que la falta de
    # vitamina D es la causa") o de la diferencia del estudio ("causó la menor tasa")
    r"(?:es|son|era|fue)\s+(?:la|una)\s+(?:verdadera\s+|principal\s+)?causa(?!\s+de)",
    r"(?:caus(?:a|an|ó|aron)|provoc(?:a|an|ó|aron))\s+(?:la|el|una|un|esa|ese|esta|este)\s+"
    r"(?:(?:menor|mayor)\b|\w+\s+(?:más\s+(?:baj|alt)|menor|mayor|reducid|inferior|superior)\w*)",
    r"protegía(?:n)?(?=\s*[.;:,!)]|\s*$)",
    r"salva(?:n)?\s+vidas", r"salv(?:ó|aron)\s+vidas", r"gracias\s+a(?:l)?",
    # una enfermedad detenida: "frena el avance de la EM"
    r"(?:frena|frenan|frenó|frenaba|detiene|detienen|detuvo|detenía)\s+(?:el|la|su)\s+"
    r"(?:avance|progreso|progresión|empeoramiento|evolución)",
    # una causativa de cambio: "hace subir el riesgo", "hizo bajar las infecciones"
    r"(?:hace|hacen|hacía|hacían|hizo|hicieron|ha(?:n)?\s+hecho)\s+(?:\w+\s+)?(?:subir|bajar"
    r"|aumentar|disminuir|caer|crecer|descender|dispararse|disparar|elevar|reducir|duplicar"
    r"|multiplicar)",
    # el riesgo dicho con un pronombre: "lo reduce un 22 %", "la aumentó en un 30 %"
    r"(?<!\bse\s)(?:lo|la|los|las)\s+(?:reduce(?:n)?|reduj(?:o|eron)|disminuye(?:n)?"
    r"|disminuy(?:ó|eron)|aumenta(?:n)?|aument(?:ó|aron)|eleva(?:n)?|elev(?:ó|aron)|baja(?:n)?"
    r"|baj(?:ó|aron)|recorta(?:n)?|recort(?:ó|aron)|duplica(?:n)?|multiplica(?:n)?|dispara(?:n)?"
    r"|dispar(?:ó|aron))\s+(?:en\s+)?(?:un|el)\s+[\d.,]+\s*(?:%|por\s+ciento)",
)
# Una causa de cualquier cosa ("provoca", "da lugar a"): afirmación cuando la frase nombra
# también un resultado del estudio; "la falta de vitamina D causa problemas óseos" es contexto.
CAUSING = (
    r"(?<!\b(?:la|una|a|por|de|sin|las|su|sus|otra|principal)\s)causa(?:n)?",
    r"caus(?:ó|aron|aba|aban)", r"ha(?:n)?\s+causado", r"provoca(?:n)?",
    r"provoc(?:ó|aron|aba|aban)",
    r"da(?:n)?\s+lugar\s+a", r"dio\s+lugar\s+a", r"conduce(?:n)?\s+a",
    r"desencaden(?:a|an|ó|aron)", r"(?<!\bse\s)favorece(?:n)?", r"favoreci(?:ó|eron)",
    r"(?:es|son|fue|fueron)\s+(?:el\s+|la\s+|los\s+|las\s+)?responsables?\s+de",
    # un cambio atribuido a la exposición: "redujo un 50 % la depresión", "redujo la
    # depresión" (no "se redujo", "disminuyó en un 50 %")
    r"(?<!\bse\s)(?:reduj(?:o|eron)|reduce(?:n)?|disminuy(?:ó|eron|e|en)|aument(?:ó|aron|a|an)"
    r"|duplic(?:ó|aron|a|an))\s+(?:(?:en\s+)?(?:un|el)\s+[\d.,]+\s*(?:%|por\s+ciento)\s+"
    r"(?:el|la|los|las|sus?)|(?:el|la|los|las|sus?)\s+(?:[\w-]+\s+){0,5}?(?:en\s+)?(?:un|el)\s+"
    r"[\d.,]+\s*(?:%|por\s+ciento))",
)
# Lo que convierte una frase causal en una salvedad o una pregunta (con NEGATIONS).
CAVEATS = (r"podría(?:n)?", r"pudiera(?:n)?", r"puede\s+que", r"quizá(?:s)?", r"tal\s+vez",
           "posiblemente", "probablemente", "si", r"(?:es\s+)?(?:demasiado\s+)?pronto",
           r"incierto", r"hipótesis", "averiguar", "comprobar", "aclarar", r"se\s+desconoce",
           r"especula\w*", r"esper(?:a|an|amos|aba|aban|anza)", "ojalá",
           r"para\s+(?:demostrar|comprobar|confirmar|saber)",
           r"se\s+(?:cree|piensa|supone|sospecha)", r"supuestamente",
           # lo que se dice por ahí, no lo que afirma el texto: "circula que", "el bulo de"
           r"circula(?:n|ba)?", r"bulos?", r"mitos?", r"rumor(?:es)?",
           r"se\s+(?:dice|rumorea|oye|comenta)",
           # a claim said impossible to make is not made: "impossible to attribute"
           r"imposible",
           r"difícil\s+(?:de\s+)?(?:decir|saber|atribuir|concluir|afirmar|probar)")
ASSOCIATIVE = ("se asoció con", "estuvo relacionado con")
SAME = (r"ningun[ao]?\s+(?:[\w-]+\s+){0,2}?diferencias?", r"sin\s+(?:[\w-]+\s+)?diferencias?",
        r"no\s+(?:hubo|hay|había|se\s+\w+)\s+(?:[\w-]+\s+){0,2}?diferencias?",
        r"no\s+(?:se\s+)?difer\w+", r"(?:no|sin)\s+(?:\w+\s+)?(?:estadísticamente\s+)?"
        r"significativ\w+", r"similar(?:es)?", r"parecid[oa]s?", r"comparables?",
        r"(?:lo|el|la|los|las)\s+mism[oa]s?", r"igual(?:es|mente)?", r"tan\s+(?:\w+\s+)?como",
        r"tanto\s+(?:\w+\s+){0,4}?como", r"ni\s+mejor\s+ni\s+peor", r"no\s+mejor",
        r"no\s+peor", r"(?:al|por)\s+azar", "casualidad",
        r"ningun[oa]\s+de\s+(?:los|las)\s+dos",
        # a finding verb or the copula negated before the difference ("el estudio no
        # encontró una diferencia clara", "no es una diferencia clara"); without "no" it
        # is a difference
        r"no\s+(?:se\s+)?(?:encontr|hall|observ|mostr|detect|apreci|evidenci|constat|vio\b|ve\b"
        r"|vier)\w*\s+(?:[\w-]+\s+){0,2}?diferencias?",
        r"no\s+(?:es|fue|era|son|fueron|eran)\s+(?:[\w-]+\s+)?diferencias?")
# Frente a qué se mide una diferencia: "que" tras un comparativo ("menos infecciones que").
COMPARATIVES = (r"(?<=\b(?:más|menos|mejor|mejores|peor|peores|mayor|mayores|menor|menores)"
                r"\b(?:\s+[\w-]+){0,6}\s+)que"
                # "los que se hicieron la prueba" (those who) is no "than"
                r"(?<!\b(?:los|las|lo|el|la|aquellos|aquellas)\s+que)",)
DIFFERENCES = (
    # fewer of something is fewer than in the other group ("needed fewer visits")
    r"(?<!\bal\s)(?<!\blo\s)menos\s+(?!de\b|del\b|que\b)\p{L}+",
    # a comparative said with a verb: "visits were lower with rivaroxaban"
    r"(?:fue|fueron|era|eran|es|son)\s+(?:\w+\s+)?(?:menor(?:es)?|mayor(?:es)?|mejor(?:es)?"
    r"|peor(?:es)?|(?:más|menos)\s+(?!de\b|del\b)\w+)",
    # comparativos que son una diferencia por sí solos, o con "significativamente"
    r"(?:más|menos)\s+(?:rar[oa]s?|frecuentes?|comunes?|habituales?)",
    r"con\s+(?:más|menos|mayor|menor)\s+frecuencia", r"más\s+a\s+menudo",
    r"(?:significativamente|claramente|mucho|bastante|notablemente|considerablemente)\s+"
    r"(?:más|menos|mayor(?:es)?|menor(?:es)?|mejor(?:es)?|peor(?:es)?)",
    r"(?:más|menos)\s+eficac(?:es|ez)", r"(?:más|menos)\s+eficaz",
    r"(?:más|menos)\s+efectiv[oa]s?", r"funcion(?:ó|a|aron|an)\s+(?:mejor|peor)",
    # "lo hizo mejor que", "les fue peor", "salió mejor parado"
    r"(?:hizo|hicieron|hace|hacen|ha(?:n)?\s+hecho)\s+(?:\w+\s+)?(?:mejor|peor)",
    r"(?:le|les)\s+(?:fue|fueron|va|van|iba|iban)\s+(?:\w+\s+)?(?:mejor|peor)",
    r"sali(?:ó|eron)\s+(?:\w+\s+)?(?:mejor|peor)\s+parad[oa]s?",
    r"super(?:ó|a|aron|an)\s+a", r"(?:más|menos)\s+probables?",
    r"(?:mayor|menor)\s+(?:[\w-]+\s+)?(?:riesgo|probabilidad|tasa)",
    r"(?:riesgo|probabilidad)\s+(?:[\w-]+\s+)?(?:mayor|menor|más\s+(?:alt|baj)[oa]"
    r"|reducid[oa]|aumentad[oa])",
    # "alivió el dolor más que el yodo" ("más de la mitad" es una cantidad)
    r"(?:más|menos)\s+que(?!\s+(?:\d|(?:antes|nunca|lo\s+esperado)\b))")

# comparatives that give an effect figure its direction, besides DIRECTIONS (fact checker)
EFFECT_DIRECTIONS = {
    "decreased": (r"por\s+debajo", r"inferior(?:es)?", r"más\s+baj[oa]s?", r"más\s+cort[oa]s?",
                  r"más\s+breves?",
                  r"más\s+barat[oa]s?", r"menor(?:es)?", r"(?<!\bal\s)(?<!\blo\s)menos",
                  r"abarat(?:ó|a|an|aron|ando)", r"ahorr(?:o|os|ó|a|an|aron|ando)"),
    "increased": (r"por\s+encima", r"superior(?:es)?", r"más\s+alt[oa]s?", r"más\s+larg[oa]s?",
                  r"más\s+car[oa]s?", r"mayor(?:es)?", r"más"),
}

# after a figure: so many thousand, million, billion ("37 million"), as the fact checker reads them
SCALE_WORDS = {"mil": 1e3, r"mill(?:ón|on|ones)": 1e6, r"mil\s+mill(?:ón|on|ones)": 1e9}

# between two figures: the second is the other group's ("10% vs 1%", as the fact checker reads it)
VERSUS_WORDS = (r"vs\.?", "versus", r"frente\s+a(?:l)?", r"en\s+comparación\s+con",
                r"comparad[oa]s?\s+con", "contra",
                # one group put in the other's place: "clorhexidina en vez de yodo"
                r"en\s+(?:vez|lugar)\s+de(?:l)?", r"a\s+cambio\s+de(?:l)?")
# people named before, pointed back to: "of these women", "de ellas"
ANAPHORA = (r"(?:estas|estos|esas|esos|dichas|dichos)\s+"
            r"(?!(?:resultados?|datos|estudios?|cifras?)\b)\p{L}+",
            r"(?:de|entre)\s+(?:ellas|ellos)", r"(?:con|sin)\s+ella",
            r"(?:este|ese|aquel)\s+(?:grupo|subgrupo|brazo)")

# a half said after a figure or its unit: "cinco años y medio", "dos veces y media"
HALF_WORDS = (r"y\s+medi[oa]",)

# nouns that say only that people form a group of a study (no group in particular)
GROUP_NOUNS = ("grupo", "grupos", "brazo", "brazos", "cohorte")

# words a text uses for one another: an outcome's word said with its synonym still names it
SYNONYMS = (("consulta", "visita"), ("hospitalización", "ingreso"), ("médico", "doctor"),
            ("reacción", "irritación"))

# a multiple of the other group's is a difference too ("twice as common", "o dobro")
DIFFERENCES = (*DIFFERENCES,
               r"(?:el|al)\s+doble",
               r"(?:dos|tres)\s+veces\s+(?:más|menos)",
               )

# la causa y el efecto dichos como lo que muestra el estudio: una afirmación por sí sola
CAUSATION = (r"(?:relación|vínculo|nexo)\s+(?:de\s+)?causa[\s-]+(?:y\s+)?efecto",
             r"causa\s+y\s+efecto", r"(?:relación|vínculo|nexo|efecto)\s+causal")
# a yes that answers the question before it (a causal question answered yes is a claim)
YES_WORDS = ("sí", "efectivamente")

# --- CHKREC 2026-12-06: construcciones causales más allá de un verbo ------------------------
_RESULTADOS = (r"(?:resultados?|efectos?|mejor[ií]as?|beneficios?|diferencias?)")
CAUSAL = (*CAUSAL,
          r"(?:hizo|hace|hacen|marcó|marca|marcan)\s+(?:toda\s+)?la\s+diferencia",
          rf"(?:es|son|fue|era)\s+(?:\w+\s+){{0,2}}?(?:la|una)\s+(?:verdadera\s+|principal\s+)?"
          rf"causa\s+de\s+(?:est[oa]s?|es[oa]s?|l[oa]s?|sus)\s+(?:\w+\s+)?{_RESULTADOS}",
          r"(?:es|son|fue|era)\s+(?:\w+\s+){1,2}?(?:la|una)\s+(?:verdadera\s+|principal\s+)?"
          r"causa(?!\s+de)",
          # la protección con un pronombre de objeto: "la vitamina D las protegió"
          r"(?<!\bse\s)(?:lo|la|los|las|les|nos)\s+proteg(?:e|en|ió|ieron|ía|ían)\b",
          rf"(?:produjo|produce|producen|produjeron|ha(?:n)?\s+producido)\s+(?:est[oa]s?|es[oa]s?"
          rf"|l[oa]s?)\s+(?:\w+\s+)?{_RESULTADOS}",
          # un gerundio tras coma: "..., reduciendo el riesgo un 22 %"
          rf"(?<=,\s*)(?:reduciendo|disminuyendo|bajando|rebajando|aumentando|elevando|duplicando)\s+"
          rf"(?:el|la|los|las|su|sus)\s+(?:[\w-]+\s+){{0,2}}?{_RIESGO}")
CAUSATION = (*CAUSATION, r"efecto\s+protector", r"causalidad")
# la ventaja de un grupo es una diferencia ("una ventaja del alta precoz")
DIFFERENCES = (*DIFFERENCES, r"(?:una|la)\s+(?:\w+\s+)?ventaja\s+(?:de|del|para|a\s+favor)")

# --- una causa dicha como la exposición que «funciona» o como lo que un estudio prueba -------
_FIN = r"(?=\s*[.;:!?)»]|\s*$)"
CAUSAL = (*CAUSAL, rf"(?:funciona|funcionan|funcionaba|funcionaban|funcionó){_FIN}",
          # un adverbio entre el verbo y el riesgo: «reduce directamente el riesgo»
          rf"(?:reduce|reducen|redujo|redujeron|disminuye|disminuyen|aumenta|aumentan|baja|bajan)"
          rf"\s+\w+mente\s+(?:el|la|los|las|su|sus)\s+(?:[\w-]+\s+){{0,2}}?{_RIESGO}")
# «muestra una causa», «pruebas de causalidad»
CAUSATION = (*CAUSATION,
             r"(?:muestra|muestran|demuestra|demuestran|demostró|prueba|prueban|probó)\s+"
             r"(?:[\w-]+\s+){0,2}?(?:una|la|las)\s+(?:verdadera\s+)?causas?(?!\s+(?:de|del)\b)",
             r"pruebas?\s+de\s+(?:una\s+)?causa(?:lidad)?")

# una diferencia dicha como sustantivo entre los grupos ("hubo una gran diferencia entre")
DIFFERENCES = (*DIFFERENCES,
               r"(?:una|la)\s+(?:[\w-]+\s+){0,2}?diferencia\s+(?:[\w-]+\s+)?entre")

# un múltiplo de la cifra del otro grupo es una dirección ("casi la mitad", "el doble");
# "la mitad de los pacientes" es una cantidad
DIRECTIONS = {**DIRECTIONS,
              "increased": [*DIRECTIONS["increased"],
                            r"(?:el|al)\s+doble(?!\s+(?:ciego|que|de)\b)"],
              "decreased": [*DIRECTIONS["decreased"],
                            r"(?<!\bde\s)(?:la|a\s+la)\s+mitad(?!\s+(?:de|que)\b)"]}

# la exposición dicha causa del resultado del estudio o de sus cifras ("fue el trasplante
# lo que produjo el resultado", "explica estas cifras")
_CAUSO = (r"(?:produjo|produce|producen|produjeron|caus(?:ó|aron)|provoc(?:a|an|ó|aron)"
          r"|explic(?:a|an|ó|aron)|(?:ha|han)\s+(?:producido|causado|provocado))")
CAUSAL = (*CAUSAL,
          rf"{_CAUSO}\s+(?:el|los|la|las|est[oa]s?|es[oa]s?|todo\s+est[oe]|todo\s+eso)\s+"
          rf"(?:\w+\s+)?(?:{_RESULTADOS}|cifras?|datos|hallazgos?|cambios?)",
          rf"{_CAUSO}\s+(?:todo\s+)?(?:esto|eso)(?=\s*[.;:!?)»]|\s*$)")


# a claim the text cites to weigh it, said before its quotation: "claims" (regex fragments)
CLAIM_INTROS = (
    r"afirm\w*",
    r"se\s+(?:lee|dice|oye)",
    r"circul\w*",
    r"bulos?",
    r"rumor\w*",
    r"titular\w*",
    r"da\s+vueltas",
    r"eslogan\w*",
    r"viral\w*",
)

# the same, said after the quotation: "is going round" (regex fragments)
CLAIM_AFTERS = (
    r"da\s+vueltas",
    r"circul\w*",
    r"se\s+(?:hizo|ha\s+hecho)\s+viral",
)

# a verdict against a quoted claim: "false", "misleading" (regex fragments)
CLAIM_VERDICTS = (
    r"falso",
    r"falsa",
    r"engaños\w*",
    r"no\s+es\s+cierto",
    r"exagerad\w*",
    r"no\s+es\s+lo\s+que\s+(?:dice|muestra)",
)

# a label that cites a claim and rejects it at once: "MYTH:" (regex fragments)
MYTH_WORDS = (
    r"mitos?",
    r"bulos?",
    r"falsas?\s+creencias?",
)

# a verb of telling or knowing and "whether": a question left open (regex fragments)
OPEN_QUESTIONS = (
    r"(?:saber|decir|ver|juzgar|determinar|mostrar|establecer|averiguar|segur[oa]s?)\s+si",
)

# --- s37: una afirmación de la que el texto habla, sin hacerla ------------------------------
# decir que una afirmación es errónea no es hacerla: "es un error decir que ...", "no es
# cierto que ...", "es falso que ..." (un marco antes de la afirmación, fragmentos regex)
CAVEATS = (*CAVEATS,
           r"(?:un\s+error|falso|incorrecto|erróneo|engañoso|equivocado)\s+(?:decir|afirmar"
           r"|pensar|creer|escribir|concluir|sugerir)",
           r"no\s+es\s+(?:cierto|verdad|correcto)", r"es\s+falso", r"contrariamente\s+a",
           r"al\s+contrario\s+de\s+lo\s+que")
# donde circulan las afirmaciones, antes de citar una: "en mi muro todos comparten '...'"
CLAIM_INTROS = (*CLAIM_INTROS,
                r"redes(?:\s+sociales)?", r"muro", r"publicaci(?:ón|ones)", r"tuits?", r"memes?",
                r"influencers?", r"anuncios?", r"foros?", r"WhatsApp", r"TikTok", r"Facebook")
# una relación de causa sin su efecto sigue siendo la causa ("los datos demuestran una
# relación de causa")
CAUSATION = (*CAUSATION, r"(?:relación|vínculo|nexo)\s+de\s+causa(?!\p{L})")
# la exposición llamada origen o razón de los resultados: "el trasplante fue el origen de
# estos resultados", "la razón de la mejora"; una escisión: "fue el trasplante el que causó"
CAUSAL = (*CAUSAL,
          r"(?:es|fue|era|sea|fuera)\s+(?:\w+\s+){0,2}?(?:el\s+origen|la\s+(?:verdadera\s+|única\s+)?"
          r"(?:causa|razón))\s+de\s+(?:estos|los|esos|este|esta|la|el)\s+(?:\w+\s+)?"
          r"(?:resultados?|mejoras?|beneficios?|cifras?|datos)",
          r"(?:fue|es|era)\s+(?:el|la)\s+\w+\s+(?:\w+\s+)?(?:el|la|lo)\s+que\s+(?:caus[óa]|provoc[óa]"
          r"|produjo|logró|frenó|detuvo)")
# la redacción que el texto pide no usar se cita y se rechaza a la vez: "no escribimos '40
# de cada 100'", "nunca digas 'cura'", "no convertir +31 % en '31 de cada 100'"
MYTH_WORDS = (*MYTH_WORDS,
              r"no\s+(?:escrib\w+|dig\w+|decir|us\w+|convert\w+|transform\w+|llam\w+|present\w+"
              r"|traduc\w+|pong\w+)",
              r"nunca\s+(?:escrib|dig|us|hable)\w*", r"evit(?:ar|e|en|emos)\s+(?:escribir|decir)")
# en una pregunta el sujeto va entre el verbo y su preposición: "¿Protege la vitamina D del
# cáncer colorrectal?" (una pregunta causal a la que se responde "Sí" es la afirmación)
CAUSAL = (*CAUSAL,
          r"proteg(?:e|en|ía|ían|ió|ieron)\s+(?:[\w-]+\s+){1,4}?(?:contra|frente\s+al?|del?)"
          r"(?=[^.!?\n]*\?)")
