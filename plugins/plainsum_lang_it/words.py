"""Italian word lists: what the fact checker, the sentence splitter and language
identification read. Regex fragments are matched case-insensitively at word boundaries."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# The most common Italian function words (for telling languages apart, not for removal).
# Words shared with Spanish or Portuguese ("de", "que", "con", "una") are few on purpose.
STOPWORDS = _set("""
il lo la i gli le l' un uno una un' di a da in con su per tra fra del dello della dei
degli delle dell' al allo alla ai agli alle all' dal dallo dalla dai dagli dalle dall'
nel nello nella nei negli nelle nell' sul sullo sulla sui sugli sulle sull' e ed o od ma
anche se che chi cui non più come dove quando perché poi però quindi mentre già ancora
sempre molto poco tutto tutti tutte questo questa questi queste quello quella quelli
quelle è sono era erano essere stato stata stati state ha hanno aveva avevano avere
abbiamo ho c' ci si ne loro suo sua suoi sue nostro nostra lui lei noi voi io mi ti vi
ciò cosa ogni altro altra altri altre stesso stessa solo fino dopo prima senza verso
circa alcuni alcune nessuno niente qui così
""")

# Lower case, with their dots (the common ones in Italian news and medicine). Words that
# also end sentences are left out: "mar." (marzo, but also "il mar."), "es." alone.
ABBREVIATIONS = _set("""
dott. dott.ssa dr. dr.ssa prof. prof.ssa sig. sig.ra sigg. ing. avv. arch. on. sen.
geom. rag. mons. st. ecc. etc. cfr. ca. pag. pagg. vol. voll. tel. fig. figg. art.
artt. cap. univ. osp. dip. ist. naz. int. gen. feb. apr. giu. lug. ago. sett. ott. nov.
dic. m.d. ph.d. s.p.a. s.r.l. n.d.r. a.c. d.c. u.s.a.
""") | {"ad es.", "p. es.", "per es.", "et al.", "a. c.", "d. c."}

# Only before a number: "n. 5", "p. 12" ("p." alone can end a sentence).
NUMBER_ABBREVIATIONS = frozenset({"n.", "nn.", "nr.", "p.", "pp."})

# "progressiva" (a form of SM) is not a worsening word; "più" and "meno" before "di",
# "della", "che" are quantities ("più della metà"), and so is "maggior parte" (most).
_QUANTITY = r"(?!\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|che|parte)\b)"
DIRECTIONS = {
    "improved": [r"miglior\w*", r"meglio", r"recuper\w*", r"guarit[oaie]"],
    "worsened": [r"peggior\w*", r"peggio", r"aggrav\w*", r"deterior\w*",
                 r"progredit[oaie]", r"progredisc\w*", r"progression[ei]"],
    "increased": [r"aument\w*", r"cresc\w*", r"cresciut[oaie]", r"salit[oaie]",
                  r"raddoppi\w*", r"triplic\w*", r"maggior[ei]?" + _QUANTITY,
                  r"più" + _QUANTITY],
    "decreased": [r"diminu\w*", r"ridott[oaie]", r"riduzion[ei]",
                  r"ridu(?:ce|cono|rre|rsi|ceva|cevano|ssero)", r"calat[oaie]",
                  r"cal(?:o|i|a|ano)", r"sces[oaie]", r"scend\w*", r"dimezz\w*",
                  r"minor[ei]?" + _QUANTITY, r"meno" + _QUANTITY],
    "unchanged": [r"stabil[ei]", r"stabilizzat[oaie]", r"invariat[oaie]", r"immutat[oaie]",
                  r"senza (?:alcun )?cambiament[oi]", r"non (?:è|sono) cambiat[oaie]",
                  r"(?:è|sono) rimast[oaie] (?:uguali?|invariat[oaie]|stabil[ei]|costant[ei])"],
}

NEGATIONS = ["non", "mai", "senza", "né", "nessuno", "nessuna", "nessun", "niente",
             "nulla", "neanche", "nemmeno", "neppure"]

# verbs that keep a change from happening: "impedisce ... di peggiorare"; before a
# comparative they turn it round ("previene più infezioni" = fewer infections)
PREVENTIONS = [r"preven\w*", r"previen\w*", r"evit\w*", r"impedi\w*", r"imped\w*",
               r"ferm(?:a|ano|ato|ata|ati|are)", r"blocc\w*", r"frena\w*"]

PERCENT_WORDS = (r"per\s+cento", "percento")
# "71 su 100", "71 ogni 100", and the noun between them that Italian puts there: "71
# persone su 100", "4 donne ogni 100".
FREQUENCY_WORDS = ("su", "ogni", r"su\s+ogni", r"\p{L}+\s+su", r"\p{L}+\s+ogni")
RANGE_WORDS = ((r"tra\s+il", r"e\s+il"), (r"fra\s+il", r"e\s+il"), (r"tra\s+i", r"e\s+i"),
               ("tra", "e"), ("fra", "e"), ("dal", "al"), ("dai", "ai"), ("da", "a"),
               ("dal", r"fino\s+al"))
TIME_UNITS = {
    "year": ("anni", "anno"),
    "month": ("mesi", "mese"),
    "week": ("settimane", "settimana", "sett"),
    "day": ("giorni", "giorno", "gg"),
    "hour": ("ore", "ora", "h"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"decennio": (10, "year")}
