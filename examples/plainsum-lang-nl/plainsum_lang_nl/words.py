"""Dutch word lists: what the fact checker, the sentence splitter and language
identification read. Regex fragments are matched case-insensitively at word boundaries."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# The most common Dutch function words (for telling languages apart, not for removal).
STOPWORDS = _set("""
de het een en van in is dat op te zijn met die voor niet aan er om ook als dan maar bij
of uit nog wel naar door over ze zich tot je dit wat was werd worden wordt zo hun haar
hij zij wij we ik u men geen al nu heeft hebben had hadden kan kunnen zou zouden moet
moeten mag wil waren deze dus toen omdat want waar hoe wie waarom welke welk iets niets
meer veel weer onder tegen tussen na zonder ons onze mijn jouw jullie hem hen zelf
omdat zodat terwijl nadat sinds tijdens binnen buiten daar hier altijd nooit vaak
al alle elk elke ieder iedere andere ander steeds reeds bijna heel erg zeer wordt
""")

# Lower case, with their dots (Taalunie, Woordenlijst: common abbreviations). Words that
# also end sentences are left out: "ca." stays ("circa"), "jl." is "jongstleden".
ABBREVIATIONS = _set("""
dr. drs. prof. mr. ir. ing. mevr. dhr. bijv. bv. o.a. enz. etc. e.d. d.w.z. m.a.w.
i.p.v. t.o.v. m.b.t. i.v.m. z.g.a.n. ca. evt. resp. incl. excl. max. min. gem. afd.
jl. j.l. a.s. m.d. ph.d. ziekenh. univ. fig. tel. jan. feb. mrt. apr. jun. jul. aug.
sept. okt. nov. dec.
""") | {"et al.", "a.u.b.", "z.s.m."}

# Only before a number: "nr. 5", "blz. 12", "p. 3" ("nr." never ends a Dutch sentence,
# but "p." may be an initial).
NUMBER_ABBREVIATIONS = frozenset({"nr.", "nrs.", "blz.", "p.", "pp.", "no."})

# "progressieve" (a form of MS) is not a worsening word, "progressie" is; "meer"/"minder"
# before "dan" are quantities ("meer dan de helft"), not changes. Separable verbs are
# matched by their particle ("ging ... achteruit"), which the negation precedes.
DIRECTIONS = {
    "improved": [r"verbeter\w*", r"vooruit\w*", r"beter(?:e|en)?", r"herstel\w*",
                 r"hersteld\w*", r"opgeknapt"],
    "worsened": [r"verslechter\w*", r"vererger\w*", r"achteruit\w*", r"erger(?:e|en)?",
                 r"slechter(?:e|en)?", r"progressie", r"ziekteprogressie",
                 r"invaliditeitsprogressie", r"verergering\w*"],
    "increased": [r"toegenomen", r"toename\w*", r"toenemen\w*", r"(?:neemt|nam|namen) toe",
                  r"gestegen", r"stijging\w*", r"stijg(?:t|en)", r"steeg", r"stegen",
                  r"verhoogd\w*", r"hoger(?:e)?", r"meer(?!\s+dan\b)", r"verdubbel\w*",
                  r"verdrievoudig\w*", r"gegroeid", r"groei(?:t|de|den)?"],
    "decreased": [r"afgenomen", r"afname\w*", r"afnemen\w*", r"(?:neemt|nam|namen) af",
                  r"gedaald", r"daling\w*", r"dal(?:en|ingen)", r"daalt", r"daalde\w*",
                  r"verminder\w*", r"verlaagd\w*", r"lager(?:e)?", r"minder(?!\s+dan\b)",
                  r"gehalveerd", r"halvering\w*", r"gezakt", r"zakte\w*"],
    "unchanged": [r"stabiel(?:e)?", r"gestabiliseerd\w*", r"onveranderd(?:e)?",
                  r"gelijk gebleven", r"(?:bleef|bleven|blijft|blijven) gelijk",
                  r"geen verandering\w*", r"niet veranderd", r"(?:bleef|bleven) stabiel"],
}

NEGATIONS = ["niet", "geen", "nooit", "zonder", "noch", "niemand", "niets", "nergens",
             "allerminst", "vrij van"]

# verbs that keep a change from happening: "voorkomen dat ... erger wordt"
PREVENTIONS = [r"voorkom(?:t|en)", r"voorkwam(?:en)?", r"voorkómen",
               r"tegen(?:gaan|gaat|ging|gingen|gegaan)", r"verhinder\w*",
               r"(?:af)?rem(?:t|men|de|den)", r"afgeremd", r"stopp?(?:en|t|te|ten)",
               r"gestopt", r"tegengehouden", r"(?:houdt|hield|hielden) tegen"]

PERCENT_WORDS = ("procent", "percent", r"pct\.?")
FREQUENCY_WORDS = (r"op\s+de", r"van\s+de", r"op\s+elke", r"van\s+elke", "van", "op")
RANGE_WORDS = (("van", "tot"), ("tussen", "en"), ("van", "tot en met"), ("vanaf", "tot"))
TIME_UNITS = {
    "year": ("jaar", "jaren", "jarige", "jarig", "jr"),
    "month": ("maanden", "maand", "mnd"),
    "week": ("weken", "week", "wk"),
    "day": ("dagen", "dag"),
    "hour": ("uur", "uren", "u"),
}

# --- effect measures, signs and hedges, as the fact checker reads them ----------------
# hedge id -> the words right before a figure ("ongeveer 12 procent", "meer dan de helft")
HEDGE_WORDS = {
    "about": ("ongeveer", "circa", r"ca\.", "rond", r"zo['’]n", r"om\s+en\s+nabij", "~", "≈"),
    "nearly": ("bijna", "nagenoeg", "vrijwel", "haast"),
    "more-than": (r"meer\s+dan", "ruim", "boven", "ruimschoots", ">"),
    "at-least": ("minstens", "tenminste", r"ten\s+minste", r"op\s+z['’]n\s+minst", "≥"),
    "less-than": (r"minder\s+dan", r"onder(?=\s+[0-9][0-9.,]*\s*(?:%|procent))", r"nog\s+geen",
                  "<"),
    "up-to": (r"tot(?:\s+(?:wel|maximaal))?", "maximaal", "≤"),
}
# a minus said in words right before a figure: "min 0,17"
MINUS_WORDS = ("min", "minus")
# ratio kind -> its names (matched case-insensitively) and abbreviations (as written)
RATIO_WORDS = {
    "hazard": (r"hazard[\s-]ratio",),
    "odds": (r"odds[\s-]ratio", "kansverhouding"),
    "risk": (r"relatie[fv]e?\s+risico", "risicoverhouding"),
    "rate": (r"rate[\s-]ratio",),
}
RATIO_ABBREVIATIONS = {"hazard": ("HR",), "odds": ("OR",), "risk": ("RR",), "rate": ("IRR",)}
CI_WORDS = ("BI", "CI", r"betrouwbaarheidsinterval(?:len)?")
PVALUE_WORDS = (r"p-waarde(?:\s+van)?",)
# after a figure: an absolute difference of shares ("5 procentpunten")
POINT_WORDS = (r"procentpunt(?:en)?", r"%-punt(?:en)?", r"punt(?:en)?")
# after a figure: a multiple ("vier keer zo groot"); not a dose ("twee keer per dag")
FOLD_WORDS = (r"(?:keer|maal)(?!\s+(?:per|daags|per\s+dag|in\s+de)\b)", r"-?voudig(?:e)?")
FOLD_SUFFIXES = (r"voudig(?:e)?", r"maal(?!\s+(?:per|daags)\b)")  # "viervoudig", "viermaal"
MULTIPLE_WORDS = {r"dubbel(?![\s-]*blind)": 2, r"verdubbel(?:d|de|den)": 2,
                  "driedubbel": 3}
FRACTION_WORDS = {r"(?:de\s+)?helft": 50, r"een\s+derde": 100 / 3, r"twee\s+derde": 200 / 3,
                  r"een\s+kwart": 25, r"drie\s+kwart": 75, r"een\s+vijfde": 20}
FINDING_WORDS = (r"in\s+(?:deze|de)\s+analyse",
                 r"toon(?:t|de|den)", "getoond", r"vond(?:en)?", "gevonden", "bleek",
                 r"liet(?:en)?\s+zien", r"in\s+(?:dit|het)\s+onderzoek", r"in\s+deze\s+studie",
                 "deelnemers")
CONTEXT_WORDS = (r"ter\s+achtergrond", r"achtergrond",
                 r"ter\s+vergelijking", r"ter\s+referentie",
                 r"eerdere?", r"vorige", r"andere\s+(?:studies|onderzoeken)",
                 r"in\s+het\s+algemeen", "doorgaans", "meestal", "gewoonlijk",
                 r"(?:elk|ieder|per)\s+jaar", "jaarlijks", "wereldwijd", "volgens",
                 r"naar\s+schatting", r"geschat(?:te)?", r"in\s+(?:hun|het)\s+leven", "vaak",
                 r"komt\s+.{0,20}voor")

# --- claims (causal-claim, invented-difference) -----------------------------------------
# Een oorzaak, ronduit gezegd (regex-fragmenten). "om infecties te voorkomen" is een doel,
# "een verlaagd risico" een beschrijving; "beschermt de zenuwen" is geen oorzaak,
# "beschermt tegen" wel. "Voorkomen" als "optreden" ("dat vaak voorkomt") staat meestal
# zonder blootstelling in de zin; de regel vraagt die.
_RISICO = r"(?:\w*risico(?:'s)?|kans(?:en)?)"
_VERLAAGT = (r"(?:verlaagt|verlagen|verlaagde|verlaagden|verkleint|verkleinen|verkleinde"
             r"|vermindert|verminderen|verminderde|verhoogt|verhogen|verhoogde|vergroot"
             r"|vergroten|vergrootte|halveert|halveerde|verdubbelt|verdubbelde)")
CAUSAL = (
    # "voorkomt" is also "occurs" ("die vaak voorkomt bij ouderen"): not after a word of
    # frequency, nor before "bij"
    r"(?<!\bte\s)(?<!\b(?:vaak|vaker|veel|zelden|regelmatig|meer|minder|weinig|soms|nog|ook"
    r"|geregeld|meestal)\s)voorkomt(?!\s+(?:bij|in|onder)\b)", r"voorkwam(?:en)?",
    r"helpt\s+(?:[\w-]+\s+){0,3}?(?:te\s+)?voorkomen",
    r"beschermt(?=\s*[.;:,!)]|\s*$)", r"beschermt\s+(?:[\w-]+\s+){0,2}?tegen",
    r"beschermde(?:n)?\s+(?:[\w-]+\s+){0,2}?tegen",
    rf"{_VERLAAGT}\s+(?:het|de|hun|zijn|haar)\s+(?:[\w-]+\s+){{0,2}}?{_RISICO}",
    r"red(?:t|den|de)\s+levens", r"dankzij",
    # een ziekte gestopt: "stopt de achteruitgang"
    r"(?:stopt|stopte|stopten|remt|remde|remden|houdt|hield)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:progressie|verslechtering|achteruitgang)",
)
# Een oorzaak van wat dan ook ("veroorzaakt", "leidt tot"): een bewering als de zin ook een
# uitkomst van het onderzoek noemt; "vitamine D-tekort veroorzaakt botproblemen" is context.
CAUSING = (
    r"veroorza(?:akt|ken|akte|akten)", r"leid(?:t|en|de|den)\s+tot",
    r"(?:is|zijn|was|waren)\s+verantwoordelijk\s+voor",
    # een verandering toegeschreven aan de blootstelling: "verlaagde de depressies met 50%"
    r"(?:verlaagde|verlaagt|verlaagden|verminderde|vermindert|halveerde|halveert|verhoogde"
    r"|verhoogt|verdubbelde)\s+(?:[\w-]+\s+){1,5}?met\s+(?:[\w-]+\s+)?[\d.,]+\s*(?:%|procent)",
)
CAVEATS = (r"zou(?:den)?", "mogelijk", "misschien", "wellicht", "eventueel", "of",
           "onduidelijk", "onzeker", r"te\s+vroeg", r"hypothese", "nagaan", "uitzoeken",
           r"speculat\w+", r"hoop\w*", r"hopen", r"aan\s+te\s+tonen", "bewijzen",
           r"men\s+(?:denkt|vermoedt|neemt\s+aan)", "vermoedelijk", "vermoedt")
ASSOCIATIVE = ("hing samen met", "was verbonden met")
SAME = (r"geen\s+(?:[\w-]+\s+){0,2}?verschil(?:len)?", r"verschil(?:de|den)\s+(?:\w+\s+){0,2}?"
        r"niet", r"niet\s+(?:\w+\s+)?(?:statistisch\s+)?significant\w*",
        r"vergelijkba(?:ar|re)", r"soortgelijk\w*", r"gelijk(?:e|waardig\w*)?",
        r"(?:het|de)zelfde", r"even\s+(?:\w+\s+)?als", r"net\s+zo", "evenveel",
        r"niet\s+beter", r"niet\s+slechter", r"toeval\w*", r"geen\s+van\s+beide")
_VERGROTEND = (r"(?:meer|minder|beter|slechter|hoger|lager|groter|kleiner|vaker|sterker"
               r"|zwakker|effectiever|langer|korter)(?:e)?")
COMPARATIVES = (rf"(?<=\b{_VERGROTEND}\b(?:\s+[\w-]+){{0,6}}\s+)dan",)
DIFFERENCES = (
    # fewer of something is fewer than in the other group ("needed fewer visits")
    r"minder\s+(?!dan\b)\p{L}+",
    # a comparative said with a verb: "visits were lower with rivaroxaban"
    r"(?:was|waren|is|zijn)\s+(?:\w+\s+)?(?:lager|hoger|minder|meer|zeldzamer|beter"
    r"|slechter)",
    # vergrotende trappen die al een verschil zijn, of met "duidelijk"
    r"zeldzamer", r"(?:minder|meer)\s+(?:vaak|voorkomend)",
    r"(?:duidelijk|significant|veel|aanzienlijk|beduidend)\s+(?:minder|meer|beter|slechter"
    r"|lager|hoger|kleiner|groter|zeldzamer|vaker)",
    r"effectiever\w*", r"werkzamer\w*", r"werk(?:t|te|ten)\s+(?:\w+\s+)?"
    r"(?:beter|slechter)", r"(?:lager|hoger|kleiner|groter)e?\s+(?:[\w-]+\s+)?"
    rf"(?:{_RISICO}|percentage)",
    # "verlichtte de pijn meer dan jodium" ("meer dan de helft" is een hoeveelheid)
    r"(?:meer|minder)\s+dan(?!\s+(?:\d|(?:de\s+helft|een|twee|drie|vier|vijf|tien"
    r"|honderd|duizend|verwacht|vroeger|eerder)\b))")

# comparatives that give an effect figure its direction, besides DIRECTIONS (fact checker)
EFFECT_DIRECTIONS = {
    "decreased": (r"lager\w*", r"kleiner\w*", r"korter\w*", r"goedkoper\w*", r"minder"),
    "increased": (r"hoger\w*", r"groter\w*", r"langer\w*", r"duurder\w*", r"meer"),
}

# after a figure: so many thousand, million, billion ("37 million"), as the fact checker reads them
SCALE_WORDS = {"duizend": 1e3, "miljoen": 1e6, "miljard": 1e9}

# between two figures: the second is the other group's ("10% vs 1%", as the fact checker reads it)
VERSUS_WORDS = (r"vs\.?", "versus", "tegenover", r"vergeleken\s+met", r"ten\s+opzichte\s+van")
# people named before, pointed back to: "of these women", "de ellas"
ANAPHORA = (r"deze\s+(?!(?:resultaten|gegevens|studies|cijfers)\b)\p{L}+",
            r"(?:van|onder)\s+hen", r"daarvan")

# claims a text cites to weigh them (a fact check): before the quotation, after it, a
# verdict against it, a label that cites and rejects at once ("FABEL: '…'")
CLAIM_INTROS = (r"bewe(?:ert|ren|erde|erden|ring\w*)", r"koppen?", r"krantenkoppen?",
                r"geruchten?", r"circuleer\w*", r"(?:men|je)\s+(?:leest|hoort|zegt)",
                r"gaat\s+rond", r"viraal")
CLAIM_AFTERS = (r"gaat\s+rond", r"circuleer\w*", r"ging\s+viraal", r"doet\s+de\s+ronde")
CLAIM_VERDICTS = (r"onwaar", r"onjuist", r"misleidend", r"klopt\s+niet", r"overdreven",
                  r"niet\s+wat\s+(?:het\s+onderzoek|de\s+studie)")
MYTH_WORDS = (r"mythes?", r"fabels?", r"misvattingen?", r"broodjes?\s+aap")
# a question left open: a verb of telling or knowing and "of" ("te klein om te zeggen of")
OPEN_QUESTIONS = (r"(?:zeggen|weten|zien|beoordelen|vaststellen|bepalen|zeker)\s*,?\s+of",)
