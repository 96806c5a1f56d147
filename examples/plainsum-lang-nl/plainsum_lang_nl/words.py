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
