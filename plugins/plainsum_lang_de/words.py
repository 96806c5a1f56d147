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
dr. prof. med. dipl. hr. fr. st. bzw. ca. ggf. vgl. usw. etc. inkl. evtl. sog. zzgl.
abb. tab. nr. bd. jh. mio. mrd. std. min. max. abs. tel. jan. feb. apr. aug. sept. sep.
okt. nov. dez. m.d. ph.d. z.b. d.h. u.a. o.ä. u.ä. v.a. z.t. u.u. i.d.r. bspw. allg.
""") | {"z. b.", "d. h.", "u. a.", "o. ä.", "u. ä.", "v. a.", "z. t.", "u. u.", "i. d. r.",
       "s. o.", "s. u.", "et al.", "dr. med."}

# Only before a number: "S. 12", "Nr. 5" ("S." is also an initial, "Abb. 3").
NUMBER_ABBREVIATIONS = frozenset({"s.", "nr.", "abb.", "tab.", "kap."})

# "progredient" names a form of MS and is no worsening word; "mehr"/"weniger" before "als"
# are quantities ("mehr als die Hälfte"), not changes.
DIRECTIONS = {
    "improved": [r"(?:ver)?besser\w*", r"gebessert\w*", r"erhol\w*"],
    "worsened": [r"verschlechter\w*", r"verschlimmer\w*", r"schlechter\w*", r"schlimmer\w*",
                 r"\w*progression", r"fortgeschritten\w*", r"fortschreiten",
                 r"schritt(?:en)? (?:\w+ )?fort"],
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
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {r"Jahrzehnt(?:e?s)?": (10, "year")}
