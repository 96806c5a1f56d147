"""German word lists: what the fact checker, the sentence splitter and language
identification read. Regex fragments are matched case-insensitively at word boundaries."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# The most common German function words (for telling languages apart, not for removal).
STOPWORDS = _set("""
der die das den dem des und oder aber in im ins an am auf aus bei beim mit nach von vom zu
zum zur für über unter vor durch gegen ohne um bis seit während zwischen ist sind war waren
wird werden wurde wurden hat haben hatte hatten sein kann können soll sollte muss ein eine
einer einem einen eines kein keine keinen nicht auch noch nur schon sehr so wie als dass
ob wenn weil denn doch dann da hier sich sie er es wir ihr ihre ihren ihrer ihm ihn ihnen
uns man wer was wo dieser diese dieses diesem diesen alle einige viele mehr etwa bereits
jedoch sowie damit darunter davon dabei dazu wieder
""")

# Lower case, with their dots (Duden's common abbreviations). Words that also end
# sentences are left out ("Abs." and "Tel." are kept: they rarely end one).
ABBREVIATIONS = _set("""
dr. prof. med. dipl. hr. fr. st. bzw. ca. ggf. vgl. usw. etc. inkl. evtl. sog. zzgl. vs.
abb. tab. nr. bd. jh. mio. mrd. std. min. max. abs. tel. jan. feb. apr. aug. sept. sep.
okt. nov. dez. m.d. ph.d. z.b. d.h. u.a. o.ä. u.ä. v.a. z.t. u.u. i.d.r. bspw. allg.
""") | {"z. b.", "d. h.", "u. a.", "o. ä.", "u. ä.", "v. a.", "z. t.", "u. u.", "i. d. r.",
       "s. o.", "s. u.", "et al.", "dr. med."}

# Only before a number: "S. 12", "Nr. 5" ("S." is also an initial, "Abb. 3").
NUMBER_ABBREVIATIONS = frozenset({"s.", "nr.", "abb.", "tab.", "kap."})

# "progredient" names a form of MS and is no worsening word; "mehr"/"weniger" before "als"
# are quantities ("mehr als die Hälfte"), not changes.
DIRECTIONS = {
    # "wirksamer (als ...)": die Behandlung wirkte besser, nicht mehr vom Ergebnis
    "improved": [r"(?:ver)?besser\w*", r"gebessert\w*", r"erhol\w*", r"wirksamer\w*",
                 r"wirkungsvoller\w*", r"effektiver\w*"],
    "worsened": [r"verschlechter\w*", r"verschlimmer\w*", r"schlechter\w*", r"schlimmer\w*",
                 r"\w*progression", r"fortgeschritten\w*", r"fortschreiten",
                 r"schritt(?:en)? (?:\w+ )?fort",
                 r"weniger\s+(?:wirksam|wirkungsvoll|effektiv)\w*"],
    "increased": [r"(?:an)?stieg\w*", r"(?:an)?gestiegen\w*", r"(?:an)?steig\w*",
                  r"erhöh\w*", r"zu(?:nahme|genommen|nehmen|nimmt)", r"nahm(?:en)? (?:\w+ )?zu",
                  r"wuchs\w*", r"gewachsen", r"verdoppel\w*", r"verdreifach\w*", r"höher\w*",
                  r"mehr(?!\s+als\b)", r"größer\w*", r"häufiger\w*", r"stärker\w*"],
    "decreased": [r"sank\w*", r"gesunken", r"senk\w*", r"gesenkt\w*", r"verringer\w*",
                  r"reduz\w*", r"verminder\w*", r"ab(?:nahme|genommen|nehmen|nimmt)",
                  r"nahm(?:en)? (?:\w+ )?ab", r"geringer\w*", r"niedriger\w*",
                  r"weniger(?!\s+als\b)", r"seltener\w*", r"halbiert\w*", r"fiel(?:en)?",
                  r"gefallen", r"rückgang\w*", r"zurückgegangen", r"ging(?:en)? (?:\w+ )?zurück"],
    "unchanged": [r"stabil\w*", r"unverändert\w*", r"gleich geblieben",
                  r"bl(?:ieb|ieben|eibt|eiben) (?:\w+ )?gleich", r"keine veränderung\w*",
                  r"veränderte(?:n)? sich nicht", r"konstant\w*"],
}

NEGATIONS = ["nicht", r"kein\w*", "nie", "niemals", "ohne", "weder", "niemand", "nichts"]

# verbs that keep a change from happening: "verhindert, dass ... schlechter wird"; before
# a comparative they turn it round ("verhindert mehr Infektionen" = fewer infections)
PREVENTIONS = [r"verhinder\w*", r"verhüt\w*", r"stopp\w*", r"bremst", r"gebremst",
               r"blockier\w*", r"aufgehalten", r"hält\s+\w+\s+auf"]

PERCENT_WORDS = ("Prozent", r"v\.\s?H\.")
FREQUENCY_WORDS = ("von", r"von\s+je", r"von\s+insgesamt", "aus")
# what gives two figures to two things in turn, one unit said for both ("71 beziehungsweise
# 57 Prozent", "71 bzw. 57 Prozent")
RESPECTIVELY_WORDS = ("beziehungsweise", "bzw.")
# before an ordinal in digits, one in so many: "jede 24. Frau", "jeder 22. Mann"
EVERY_WORDS = (r"jede[mnrs]?",)
RANGE_WORDS = (("von", "bis"), ("vom", "bis"), ("zwischen", "und"), ("von", "bis zu"),
               ("ab", "bis"))
TIME_UNITS = {
    "year": ("Jahren", "Jahre", "Jahr", "Jahres", "Jahrs", "J.", "jährig", "jährige",
             "jährigen", "jähriger", "jähriges", "jährigem"),
    "month": ("Monaten", "Monate", "Monat", "Monats", "Mon.", "monatig", "monatige",
              "monatigen", "monatiger", "monatiges"),
    "week": ("Wochen", "Woche", "Wo.", "wöchig", "wöchige", "wöchigen", "wöchiger",
             "wöchiges"),
    "day": ("Tagen", "Tage", "Tag", "Tages", "Tags", "tägig", "tägige", "tägigen", "tägiger",
            "tägiges"),
    "hour": ("Stunden", "Stunde", "Std.", "h", "stündig", "stündige", "stündigen",
             "stündiger", "stündiges"),
    "minute": ("Minuten", "Minute", "minütig", "minütige", "minütigen"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {r"Jahrzehnt(?:e?s)?": (10, "year")}

# --- effect measures, signs and hedges, as the fact checker reads them ----------------
# hedge id -> the words right before a figure ("etwa 12 Prozent", "mehr als die Hälfte")
HEDGE_WORDS = {
    "about": ("etwa", "rund", "ungefähr", "circa", r"ca\.", "zirka", r"schätzungsweise",
              "grob", r"in\s+etwa", r"um\s+die",
              # the hedge, then "um" of a change: "ein grob um 45 Prozent geringeres Risiko"
              r"(?:etwa|rund|ungefähr|circa|ca\.|zirka|schätzungsweise|grob|in\s+etwa)\s+um",
              "~", "≈"),
    "nearly": ("fast", "beinahe", "knapp", "nahezu", "annähernd"),
    "more-than": (r"mehr\s+als", "über", "gut", r"oberhalb\s+von", ">"),
    "at-least": ("mindestens", "wenigstens", "≥"),
    "less-than": (r"weniger\s+als", r"unter(?=\s+[0-9][0-9.,]*\s*(?:%|Prozent))",
                  r"unterhalb\s+von", "<"),
    "up-to": (r"bis\s+(?:hin\s+)?zu[rm]?", r"höchstens", "≤"),
}
# a minus said in words right before a figure: "minus 0,17"
MINUS_WORDS = ("minus",)
# ratio kind -> its names (matched case-insensitively) and abbreviations (as written)
RATIO_WORDS = {
    "hazard": (r"Hazard[\s-]Ratio",),
    "odds": (r"Odds[\s-]Ratio", r"Chancenverhältnis(?:ses)?"),
    "risk": (r"relative[nsr]?\s+Risik(?:o|os|en)", r"Risk[\s-]Ratio",
             r"Risikoverhältnis(?:ses)?"),
    "rate": (r"Rate[\s-]Ratio", r"Ratenverhältnis(?:ses)?"),
    "ratio": (r"Verhältnis(?:ses)?",),  # "ein Verhältnis von 0,30"
}
RATIO_ABBREVIATIONS = {"hazard": ("HR",), "odds": ("OR",), "risk": ("RR",), "rate": ("IRR",)}
CI_WORDS = ("KI", "CI", r"Konfidenzintervall(?:s|e|en)?")
PVALUE_WORDS = (r"p-Wert(?:\s+von)?",)
# after a figure: an absolute difference of shares ("5 Prozentpunkte")
POINT_WORDS = (r"Prozentpunkt(?:e|en|s)?", r"%-Punkt(?:e|en)?", r"Pp\.?", "PP", r"Punkt(?:e|en)?")
# after a figure: a multiple ("4-mal so hoch", "vierfach"); not a dose ("zweimal täglich")
_NOT_A_DOSE = r"(?!\s+(?:täglich|pro|am|im|je|wöchentlich|in\s+der)\b)"
FOLD_WORDS = (rf"-?mal{_NOT_A_DOSE}", r"-?fach(?:e|en|er|es)?")
FOLD_SUFFIXES = (rf"mal{_NOT_A_DOSE}", r"fach(?:e|en|er|es)?")  # "viermal", "vierfach"
MULTIPLE_WORDS = {r"doppelt(?![\s-]*blind)": 2, r"verdoppel(?:t|te|ten|n)": 2,
                  r"verdreifach(?:t|te|ten)": 3, r"halb(?=\s+so)": 0.5}
# with the article in any case: "bei rund einem Viertel", "bei der Hälfte"
# (and the dative plural: "bei zwei Dritteln der Patienten", "in drei Vierteln der Fälle")
FRACTION_WORDS = {r"(?:d(?:ie|er)\s+)?Hälfte": 50, r"(?:ein(?:em|es)?\s+)?Drittel": 100 / 3,
                  r"zwei\s+Dritteln?": 200 / 3, r"(?:ein(?:em|es)?\s+)?Viertel": 25,
                  r"drei\s+Vierteln?": 75, r"(?:ein(?:em|es)?\s+)?Fünftel": 20,
                  # "jeder vierte Patient", "bei jedem fünften": one in so many
                  r"jede[mnrs]?\s+[Zz]weite[mnrs]?": 50, r"jede[mnrs]?\s+[Dd]ritte[mnrs]?": 100 / 3,
                  r"jede[mnrs]?\s+[Vv]ierte[mnrs]?": 25, r"jede[mnrs]?\s+[Ff]ünfte[mnrs]?": 20,
                  r"jede[mnrs]?\s+[Zz]ehnte[mnrs]?": 10}
FINDING_WORDS = (r"in\s+(?:dieser|der)\s+(?:(?:aktuellen|neuen|jetzigen)\s+)?[\w-]*"
                 r"(?:Analyse|Untersuchung|Auswertung)",
                 r"zeigt(?:e|en)?", "gezeigt", r"fand(?:en)?", "gefunden", r"ergab(?:en)?",
                 r"beobachtet(?:e|en)?", r"in\s+(?:dieser|der)\s+Studie",
                 # die Studie als Zeit oder Ort des Geschehens: "im Verlauf der Studie"
                 r"(?:während|im\s+(?:Verlauf|Laufe)|innerhalb)\s+(?:dieser|der)\s+"
                 r"(?:Studie|Untersuchung)", r"Studienergebnis\w*",
                 r"Ergebnis(?:se)?\s+(?:der|dieser)\s+Studie",
                 r"in\s+dieser\s+(?:Kohorte|Stichprobe)",
                 r"(?:untersucht|eingeschlossen|aufgenommen)en\s+(?:Patient|Frauen|Männer"
                 r"|Menschen|Personen)\w*",
                 r"(?:Studien)?[Tt]eilnehm(?:er|erinnen|ende|enden)\w*")
CONTEXT_WORDS = (r"zur\s+Einordnung", r"Hintergrund",
                 r"zum\s+Vergleich", r"im\s+Vergleich\s+dazu",
                 r"früher(?:e|en|er)?", r"bisherig(?:e|en|er)?", r"vorherig(?:e|en|er)?",
                 r"andere[n]?\s+Studien", r"im\s+Allgemeinen", "allgemein", "normalerweise",
                 "üblicherweise", "gewöhnlich", r"(?:jedes|pro)\s+Jahr", "jährlich",
                 "weltweit", "bundesweit",
                 # "laut", but not of this study ("laut der aktuellen Analyse")
                 r"laut(?!\s+(?:dieser|der)\s+(?:\w+\s+)?(?:Studie|Analyse|Auswertung))",
                 r"Schätzung(?:en)?",
                 r"geschätzt(?:e|en)?", r"im\s+Laufe\s+(?:des|ihres)\s+Lebens",
                 r"häufig(?:e|en|er|sten)?", "betrifft", r"landesweit\w*",
                 # ein früherer Bericht mit "bereits/schon": "hatte bereits gezeigt"
                 r"hatte[n]?\s+(?:bereits|schon)", "zuvor")

# --- claims (causal-claim, invented-difference) -----------------------------------------
# Eine Ursache, geradeheraus gesagt (Regex-Fragmente). "um ... zu verhindern" ist ein Zweck,
# "ein verringertes Risiko" eine Beschreibung, "das Risiko war verringert" ein Zustand;
# "schützt die Nerven" ist keine Ursache, "schützt vor" schon. Das Verb steht im
# Nebensatz am Ende ("dass Kaffee das Risiko senkt").
_RISIKO = (r"(?:\w*risiko|\w*risiken|wahrscheinlichkeit|gefahr|\w*rate|\w*raten|inzidenz)")
_SENKT = (r"(?:senkt|senken|senkte|senkten|verringert|verringern|verringerte|verringerten"
          r"|reduziert|reduzieren|reduzierte|reduzierten|mindert|mindern|minderte|halbiert"
          r"|halbieren|halbierte|erhöht|erhöhen|erhöhte|erhöhten|steigert|steigern|steigerte"
          r"|verdoppelt|verdoppeln|verdoppelte|verdreifacht|verdreifachte|vervielfacht"
          r"|vervielfachte|drückt|drücken|drückte|drückten)")
_ZUSTAND = r"(?:war|waren|ist|sind|wurde|wurden|lag|lagen|blieb|blieben)"
CAUSAL = (
    r"(?<!\bzu\s)verhinder(?:t|n|te|ten)", r"beug(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,4}?vor",
    r"vorbeug(?:t|en|te|ten)", r"schütz(?:t|en|te|ten)(?=\s*[.;:,!)]|\s*$)",
    r"schütz(?:t|en|te|ten)\s+"
    r"(?:[\w-]+\s+){0,2}?vor",
    # "erhöhte zu wenig Vitamin D das Risiko": the subject after the verb (never "sich")
    rf"{_SENKT}\s+(?:(?!sich\b)[\w-]+\s+){{0,6}}?(?:um\s+(?:[\w.,-]+\s*){{1,3}}?(?:%|Prozent)\s+)?"
    rf"(?:das|ihr|sein|deren|dessen|die"
    rf"|ihre|seine)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_RISIKO}",
    rf"(?<!\b{_ZUSTAND}\s+(?:[\w-]+\s+){{0,3}})"
    rf"(?:das|ihr|sein|die|ihre)\s+(?:[\w-]+\s+){{0,2}}?{_RISIKO}\s+(?:(?!{_ZUSTAND}\b)"
    rf"[\w-]+\s+){{0,3}}?{_SENKT}(?!\s+{_ZUSTAND}\b)",
    r"rette(?:t|n|te|ten)\s+(?:\w+\s+)?Leben", r"dank",
    # die Exposition als Ursache dessen, wovon die Rede ist ("dass der Mangel die Ursache
    # ist"), oder des Unterschieds der Studie ("die niedrigere Rate verursacht hat")
    r"(?:die|eine)\s+(?:eigentliche\s+|wahre\s+)?Ursache\s+(?:ist|sind|war|waren)",
    r"(?:ist|sind|war|waren)\s+(?:die|eine)\s+(?:eigentliche\s+|wahre\s+)?Ursache(?!\s+(?:für|von"
    r"|des|der)\b)",
    r"verursacht(?:e|en)?\s+(?:die|den|das|eine|einen)\s+(?:niedriger|höher|geringer|größer)\w*",
    r"(?:die|den|das|eine|einen)\s+(?:niedriger|höher|geringer|größer)\w*\s+\w+\s+verursacht",
    r"(?:ermöglicht|ermöglichte|hilft|half)(?:\s+es)?,?\s+(?:[\w-]+\s+){0,6}?zu\s+(?:senken"
    r"|verringern|reduzieren|vermeiden|verhindern)",
    # eine Krankheit gestoppt: "stoppt das Fortschreiten der MS"
    r"(?:stoppt|stoppte|stoppen|bremst|bremste|bremsen|hält|hielt)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:Fortschreiten|Verschlechterung|Progression)",
    # ein Risiko getrieben oder gelassen: "treibt das Risiko um 31 % in die Höhe", "lässt das
    # Risiko sinken"; im Nebensatz am Ende ("dass es das Risiko in die Höhe treibt")
    r"(?:treib(?:t|en)|trieb(?:en)?)\s+(?:[\w.,%-]+\s+){0,8}?(?:in\s+die\s+Höhe|nach\s+oben"
    r"|nach\s+unten)",
    r"(?:in\s+die\s+Höhe|nach\s+oben|nach\s+unten)\s+(?:treib(?:t|en)|trieb(?:en)?|getrieben)",
    r"(?:lässt|ließ|ließen)\s+(?:[\w.,%-]+\s+){0,8}?(?:an|ab|hoch|empor)?(?:steigen|sinken"
    r"|fallen|schnellen)",
    r"(?:an|ab|hoch|empor)?(?:steigen|sinken|fallen|schnellen)\s+(?:lässt|ließ|ließen|lassen)",
)
# Eine Ursache von irgendetwas ("verursacht", "führt zu"): eine Behauptung, wenn der Satz
# auch ein Ergebnis der Studie nennt; "Vitamin-D-Mangel verursacht Knochenprobleme" ist
# Hintergrund.
CAUSING = (
    r"verursach(?:t|en|te|ten)", r"führ(?:t|en|te|ten)\s+zu",
    r"begünstig(?:t|en|te|ten)", r"lös(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,4}?aus",
    r"(?:ist|sind|war|waren)\s+(?:\w+\s+)?verantwortlich\s+für",
    # eine Änderung, der Exposition zugeschrieben: "senkte die Depressionen um 50 %"
    r"(?:senkte|senkt|senkten|reduzierte|reduziert|reduzierten|verringerte|verringert"
    r"|verringerten|halbierte|halbiert|erhöhte|erhöht|erhöhten|steigerte|steigert|verdoppelte)"
    r"\s+(?:(?!sich\b)[\w-]+\s+){1,5}?um\s+(?:[\w-]+\s+)?[\d.,]+\s*(?:%|Prozent)",
)
CAVEATS = (r"könnt(?:e|en)", "möglicherweise", "vielleicht", "eventuell", "womöglich",
           "vermutlich", "ob", "falls", "unklar", "ungewiss", r"zu\s+früh", r"Hypothesen?",
           "prüfen", "herausfinden", "klären", r"spekul\w+", r"hoff\w*",
           r"(?:zeigen|beweisen|nachweisen|belegen)\s+(?:soll|sollen|müsste|müssten)",
           r"man\s+(?:vermutet|nimmt\s+an|glaubt)", r"angeblich", "mutmaßlich",
           # Hörensagen, nicht die Aussage des Textes: "im Netz kursiert", "das Gerücht"
           r"kursier\w*", r"Gerücht\w*", r"Mythos", r"Mythen", r"heißt\s+es",
           r"man\s+(?:sagt|hört|liest)",
           # a claim said impossible to make is not made: "impossible to attribute"
           r"unmöglich", r"schwer\s+zu\s+(?:sagen|beurteilen|belegen)", r"lässt\s+sich\s+nicht")
ASSOCIATIVE = ("ging einher mit", "war verbunden mit")
SAME = (r"kein(?:e|en|er)?\s+(?:[\w-]+\s+){0,2}?Unterschied(?:e|en)?",
        r"unterschied(?:en)?\s+sich\s+(?:\w+\s+){0,3}?nicht",
        r"nicht\s+(?:\w+\s+)?(?:statistisch\s+)?signifikant\w*", r"ähnlich\w*",
        r"vergleichbar\w*", r"gleich(?:e|en|er|es|viel|viele|gut|stark|oft|häufig)?",
        "genauso", "ebenso", r"so\s+(?:\w+\s+)?wie", r"weder\s+besser\s+noch\s+schlechter",
        r"nicht\s+besser", r"nicht\s+schlechter", r"Zufall\w*", r"zufällig\w*",
        r"kein(?:e|er|es)?\s+der\s+beiden")
_KOMPARATIV = (r"(?:mehr|weniger|besser|schlechter|höher|niedriger|geringer|größer|kleiner"
               r"|stärker|schwächer|seltener|häufiger|öfter|wirksamer|länger|kürzer)"
               r"(?:e|en|er|es|em)?")
COMPARATIVES = (rf"(?<=\b{_KOMPARATIV}\b(?:\s+[\w-]+){{0,6}}\s+)als",)
DIFFERENCES = (
    # fewer of something is fewer than in the other group ("needed fewer visits")
    r"weniger\s+(?!als\b)\p{L}+",
    # a comparative said with a verb: "visits were lower with rivaroxaban"
    r"(?:war|waren|ist|sind)\s+(?:[\w-]+\s+){0,3}?(?:seltener|häufiger|niedriger|höher"
    r"|geringer|weniger|besser|schlechter)\w*",
    # Komparative, die schon ein Unterschied sind, oder mit "deutlich"
    r"seltener\w*", r"öfter", r"(?:deutlich|signifikant|viel|erheblich|klar|wesentlich|merklich)\s+"
    r"(?:seltener|häufiger|weniger|mehr|besser|schlechter|niedriger|höher|geringer|größer"
    r"|kleiner)\w*",
    r"wirksamer\w*", r"wirkungsvoller\w*", r"effektiver\w*",
    r"wirk(?:t|en|te|ten)\s+(?:\w+\s+)?(?:besser|schlechter)",
    # "fuhr besser mit", "tat sich schwerer"; "häufiger" as "seltener"
    r"(?:fuhr|fuhren|fährt|fahren)\s+(?:\w+\s+)?(?:besser|schlechter)", r"häufiger\w*",
    r"(?:über|unter)legen\w*", r"schn(?:eidet|itt|itten)\s+(?:\w+\s+)?(?:besser"
    r"|schlechter)\s+ab",
    r"(?:niedriger|höher|geringer|größer|kleiner)(?:e|en|er|es|em)?\s+(?:[\w-]+\s+)?"
    rf"(?:{_RISIKO}|rate)",
    # "linderte die Schmerzen mehr als Jod" ("mehr als die Hälfte": eine Menge)
    r"(?:mehr|weniger)\s+als(?!\s+(?:\d|(?:die\s+Hälfte|doppelt|zuvor|vorher|erwartet"
    r"|ein\w*|zwei|drei|vier|fünf|zehn|hundert|tausend)\b))")

# comparatives that give an effect figure its direction, besides DIRECTIONS (fact checker)
EFFECT_DIRECTIONS = {
    "decreased": (r"niedriger\w*", r"geringer\w*", r"kürzer\w*", r"kleiner\w*", r"billiger\w*",
                  r"günstiger\w*", r"weniger", r"(?:ge|ein)?spar(?:t|te|ten|en)",
                  r"\w*ersparnis\w*", r"\w*einsparung\w*",  # "Kostenersparnis" too
                  # a level below or above another ("unter dem / oberhalb des ... Bereichs")
                  r"unterhalb", r"unter\s+dem"),
    "increased": (r"höher\w*", r"länger\w*", r"größer\w*", r"teurer\w*", r"mehr",
                  r"oberhalb", r"über\s+dem"),
}

# after a figure: so many thousand, million, billion ("37 million"), as the fact checker reads them
SCALE_WORDS = {"Tausend": 1e3, r"Million(?:en)?": 1e6, r"Mio\.": 1e6, r"Milliarde(?:n)?": 1e9,
               r"Mrd\.": 1e9}

# between two figures: the second is the other group's ("10% vs 1%", as the fact checker reads it)
VERSUS_WORDS = (r"vs\.?", "versus", "gegenüber", r"im\s+Vergleich\s+zu[rm]?", r"verglichen\s+mit",
                # one group put in the other's place: "Chlorhexidin statt Jod"
                r"(?:an)?statt(?=\s+\p{L})", r"an(?:\s+S|s)telle\s+(?:von|des|der)")
# people named before, pointed back to: "of these women", "de ellas"
ANAPHORA = (r"(?:diese[nmrs]?|jene[nmrs]?)\s+(?!(?:Ergebnisse?|Daten|Studien?|Zahlen?)\b)\p{L}+",
            r"(?:von|unter)\s+ihnen", r"davon")

# nouns that say only that people form a group of a study (no group in particular)
GROUP_NOUNS = ("Gruppe", "Gruppen", "Arm", "Studienarm", "Kohorte")

# words a text uses for one another: an outcome's word said with its synonym still names it
SYNONYMS = (("Besuch", "Konsultation", "Vorstellung"), ("Reaktion", "Reizung"))

# a multiple of the other group's is a difference too ("twice as common", "o dobro")
DIFFERENCES = (*DIFFERENCES,
               r"(?:doppelt|dreimal|halb)\s+so\s+(?:viele|häufig|oft|hoch|wahrscheinlich)",
               )

# Ursache und Wirkung als das, was die Studie zeigt: eine Behauptung für sich
CAUSATION = (r"Ursache[\s-]+(?:und[\s-]+)?Wirkung(?:s[\w-]*)?", r"(?:ursächlich|kausal)\w*",
             r"Kausalzusammenhang\w*")
# a yes that answers the question before it (a causal question answered yes is a claim)
YES_WORDS = ("ja", "jawohl")

# --- CHKREC 2026-12-06: ursächliche Wendungen über ein Verb hinaus --------------------------
CAUSAL = (*CAUSAL,
          # die Ursache mit Adverbien oder dem, wofür sie es war: "war demnach eindeutig die
          # Ursache", "die Ursache für den stabilen Verlauf war"
          r"(?:ist|sind|war|waren)\s+(?:\w+\s+){1,3}?(?:die|eine)\s+(?:eigentliche\s+|wahre\s+)?"
          r"Ursache(?!\s+(?:für|von|vieler|mancher)\b)",
          r"(?:die|eine)\s+(?:eigentliche\s+|wahre\s+)?Ursache\s+für\s+(?:[\w-]+\s+){1,4}?"
          r"(?:ist|sind|war|waren)\b",
          r"auf\s+(?:die|den|das|dem)\s+(?:[\w-]+\s+){1,2}?zurückzuführen",
          r"(?:hat|haben|hatte|hatten)\s+den\s+Unterschied\s+(?:aus)?gemacht",
          r"macht(?:e|en)?\s+den\s+Unterschied(?:\s+aus)?")
CAUSATION = (*CAUSATION, r"Schutzwirkung", r"schützende\s+Wirkung", r"Kausalität")
# ein Vorteil einer Gruppe ist ein Unterschied ("ein Vorteil der frühen Entlassung")
DIFFERENCES = (*DIFFERENCES,
               r"(?:ein|einen|der|den)\s+(?:\w+\s+)?Vorteil\s+(?:der|des|für|zugunsten)")

# --- eine Ursache als Wirken der Exposition oder als das, was eine Studie belegt --------------
# "dass die Transplantation wirkt." (nie "wie sie wirkt")
CAUSAL = (*CAUSAL,
          r"(?<!\bwie\s(?:[\w-]+\s){0,4})wirk(?:t|en|te|ten)(?=\s*[.;:!?)]|\s*$)")
# "eine solche Studie zeigt die Ursache", "ein Effekt der Transplantation ist belegt"
CAUSATION = (*CAUSATION,
             r"(?:zeigt|zeigen|zeigte|zeigten|belegt|belegen|beweist|beweisen|bewies|bewiesen)"
             r"\s+(?:[\w-]+\s+){0,2}?(?:die|eine)\s+(?:eigentliche\s+|wahre\s+)?Ursache",
             r"(?:Effekt|Wirkung|Nutzen)\s+(?:der|des)\s+[\w-]+\s+(?:ist|sind|war|wurde|wurden)\s+"
             r"(?:(?!nicht\b|kein\w*\b)\w+\s+){0,2}?(?:belegt|bewiesen|nachgewiesen|erwiesen"
             r"|gezeigt)",
             r"Beweis\w*\s+(?:für\s+)?(?:eine\s+|die\s+)?Ursache")

# ein Unterschied als Nomen zwischen den Gruppen ("ein großer Unterschied zwischen")
DIFFERENCES = (*DIFFERENCES,
               r"(?:ein|einen|der|den)\s+(?:[\w-]+\s+){0,2}?Unterschied\s+(?:[\w-]+\s+)?zwischen")

# ein Vielfaches der Zahl der anderen Gruppe ist eine Richtung ("fast halb so hoch")
DIRECTIONS = {**DIRECTIONS,
              "increased": [*DIRECTIONS["increased"],
                            r"doppelt\s+so\s+(?:hoch|viele|häufig|oft|groß|hohe?)(?!\s+wie\b)"],
              "decreased": [*DIRECTIONS["decreased"],
                            r"halb\s+so\s+(?:hoch|viele|häufig|oft|groß|hohe?)(?!\s+wie\b)"]}

# die Exposition als Ursache des Studienergebnisses oder seiner Zahlen ("dass die
# Transplantation das Ergebnis verursacht hat", "erklärt diese Zahlen")
_ERGEBNIS = r"(?:Ergebnis(?:se|sen)?|Resultat(?:e|en)?|Befund(?:e|en)?|Zahlen|Verbesserung(?:en)?)"
CAUSAL = (*CAUSAL,
          rf"(?:das|die|dieses|diese|den|diesen)\s+(?:\w+\s+)?{_ERGEBNIS}\s+(?:verursacht|bewirkt"
          rf"|herbeigeführt|ausgelöst|erklärt)",
          rf"(?:verursachte|verursacht|bewirkte|bewirkt|erklärt|erklärte)\s+(?:das|die|dieses"
          rf"|diese|den|diesen)\s+(?:\w+\s+)?{_ERGEBNIS}",
          rf"für\s+(?:das|die|dieses|diese|den)\s+(?:\w+\s+)?{_ERGEBNIS}\s+verantwortlich",
          # the result as a pronoun: "dass die Transplantation das bewirkt hat"
          r"(?:das|dies)\s+(?:\w+\s+)?(?:bewirkt|verursacht|herbeigeführt)\s+(?:hat|haben|hatte"
          r"|hatten)\b")


# a claim the text cites to weigh it, said before its quotation: "claims" (regex fragments)
CLAIM_INTROS = (
    r"Behauptung\w*",
    r"behauptet\w*",
    r"Schlagzeile\w*",
    r"Gerücht\w*",
    r"heißt\s+es",
    r"liest\s+man",
    r"kursier\w*",
    r"zirkulier\w*",
    r"macht\s+(?:gerade\s+)?die\s+Runde",
    r"Slogan\w*",
    r"Spruch",
    r"viral\w*",
)

# the same, said after the quotation: "is going round" (regex fragments)
CLAIM_AFTERS = (
    r"die\s+Runde",
    r"kursier\w*",
    r"zirkulier\w*",
    r"ging\s+viral",
)

# a verdict against a quoted claim: "false", "misleading" (regex fragments)
CLAIM_VERDICTS = (
    r"falsch",
    r"irreführend",
    r"stimmt\s+nicht",
    r"nicht\s+belegt",
    r"übertrieben",
    r"nirgends",
)

# a label that cites a claim and rejects it at once: "MYTH:" (regex fragments)
MYTH_WORDS = (
    r"Mythos",
    r"Mythen",
    r"Irrt(?:um|ümer)",
    r"Falschbehauptung\w*",
    r"Fehlannahme\w*",
)

# a verb of telling or knowing and "whether": a question left open (regex fragments)
OPEN_QUESTIONS = (
    r"(?:sagen|erkennen|wissen|beurteilen|feststellen|zeigen|klären|prüfen|sicher)\s*,?\s+ob",
)

# --- s37: eine Behauptung, über die der Text spricht, ohne sie aufzustellen ----------------
# eine Behauptung falsch nennen heißt nicht, sie aufzustellen: "falsch wäre es zu sagen,
# dass ...", "es stimmt nicht, dass ...", "anders als oft behauptet" (Regex-Fragmente)
CAVEATS = (*CAVEATS,
           r"(?:falsch|irreführend|irrig|ein\s+(?:Irrtum|Fehler))(?:\s+\w+){0,3}?\s+(?:zu\s+)?"
           r"(?:sagen|behaupten|glauben|schreiben|folgern|schließen)",
           r"stimmt\s+(?:so\s+)?nicht", r"(?:ist|wäre)\s+(?:nicht\s+(?:wahr|richtig)|falsch)",
           r"anders\s+als\s+(?:oft\s+|vielfach\s+)?(?:behauptet|gesagt|gedacht|verbreitet)")
# wo Behauptungen kursieren, vor dem Zitat einer: "In meinem Feed steht überall '…'"
CLAIM_INTROS = (*CLAIM_INTROS,
                r"Feeds?", r"Timelines?", r"sozialen\s+(?:Medien|Netzwerken)", r"Posts?",
                r"Beiträgen?", r"Tweets?", r"Memes?", r"Influencer\w*", r"Werbung\w*", r"Foren",
                r"Forum", r"im\s+Netz", r"WhatsApp", r"TikTok", r"Facebook")
# die Exposition als Grund oder Ursache der Ergebnisse: "dass die Transplantation der Grund
# war", "ist die Ursache dieser Ergebnisse", "steckt hinter den Ergebnissen"
CAUSAL = (*CAUSAL,
          r"(?:der\s+(?:eigentliche\s+|wahre\s+|einzige\s+)?Grund|die\s+(?:eigentliche\s+|wahre\s+"
          r"|einzige\s+)?Ursache)\s+(?:war|ist|gewesen\s+(?:ist|sei)|sei|wäre)(?=\s*[.;:,!)]|\s*$)",
          r"(?:ist|war|sei|wäre)\s+(?:\w+\s+){0,2}?(?:der\s+(?:eigentliche\s+|wahre\s+)?Grund\s+für"
          r"|die\s+(?:eigentliche\s+|wahre\s+)?Ursache)\s+(?:diese[rns]?|der|die|den|des)\s+"
          r"(?:\w+\s+)?(?:Ergebnis\w*|Besserung\w*|Verbesserung\w*|Zahlen|Befund\w*)")
# eine Formulierung, die der Text zu meiden bittet, ist zitiert und verworfen: "wir schreiben
# nicht '40 von 100'", "nicht sagen: 'Heilung'", "aus +31 % nicht '31 von 100' machen"
MYTH_WORDS = (*MYTH_WORDS,
              r"nicht\s+(?:schreiben|sagen|verwenden|benutzen|umwandeln|machen|übersetzen"
              r"|darstellen)",
              r"(?:schreib\w*|sag\w*|verwend\w*|benutz\w*|sprech\w*)\s+(?:wir\s+|Sie\s+"
              r"|man\s+)?(?:nicht|nie|niemals)",
              )
# in a question the subject stands between the verb and its "vor": "Schützt Vitamin D also
# vor Darmkrebs?" (a causal question a "Ja" answers makes the claim)
CAUSAL = (*CAUSAL, r"schütz(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,5}?vor(?=[^.!?\n]*\?)",
          r"(?:verhindert|verhinderte|senkt|senkte)\s+(?:[\w-]+\s+){1,4}?(?:das|ihr|sein)\s+"
          r"(?:\w+\s+)?Risiko(?=[^.!?\n]*\?)")
