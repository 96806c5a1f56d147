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
dott. dott.ssa dr. dr.ssa prof. prof.ssa sig. sig.ra sigg. ing. avv. arch. on. sen. vs.
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
    # "più efficace (di ...)": il trattamento ha fatto meglio, non più dell'esito
    "improved": [r"miglior\w*", r"meglio", r"recuper\w*", r"guarit[oaie]",
                 r"più\s+efficac[ei]"],
    "worsened": [r"peggior\w*", r"peggio", r"aggrav\w*", r"deterior\w*",
                 r"progredit[oaie]", r"progredisc\w*", r"progression[ei]",
                 r"meno\s+efficac[ei]"],
    "increased": [r"aument\w*", r"cresc\w*", r"cresciut[oaie]", r"salit[oaie]",
                  r"raddoppi\w*", r"triplic\w*", r"maggior[ei]?" + _QUANTITY,
                  r"più(?!\s+(?:rar[oaie]|bass[oaie]|cort[oaie]|brev[ei])\b)" + _QUANTITY],
    "decreased": [r"diminu\w*", r"ridott[oaie]", r"riduzion[ei]",
                  r"ridu(?:ce|cono|rre|rsi|ceva|cevano|ssero)", r"calat[oaie]",
                  r"cal(?:o|i|a|ano)", r"sces[oaie]", r"scend\w*", r"dimezz\w*",
                  r"minor[ei]?" + _QUANTITY, r"meno" + _QUANTITY, r"più\s+rar[oaie]",
                  # "più bassa", "più corti": lower, shorter (any gender and number)
                  r"più\s+(?:bass|cort)[oaie]", r"più\s+brev[ei]"],
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
    "minute": ("minuti", "minuto"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"decennio": (10, "year")}

# --- effect measures, signs and hedges, as the fact checker reads them ----------------
# hedge id -> the words right before a figure ("circa il 12 %", "più della metà")
_ART = r"(?:\s+(?:il|la|i|le|un|una)|\s*l['’])?"  # "circa il 12 %", "circa l'80 %"
HEDGE_WORDS = {
    "about": (rf"circa{_ART}", r"intorno\s+a(?:l|lla|i|ll['’])?", r"attorno\s+a(?:l|lla)?",
              rf"approssimativamente{_ART}", r"all['’]incirca", rf"qualcosa\s+come{_ART}",
              rf"(?:più\s+o\s+meno|grosso\s+modo|pressappoco)"
              rf"(?:\s+d(?:i|el|ella|ell['’])|{_ART})",
              r"(?:sul|nel)l['’]ordine\s+d(?:i|el|ell['’])", "~", "≈",
              # a verb of approximation: "la riduzione si aggirava sul 45 %"
              r"(?:si\s+)?aggir(?:a|ano|ava|avano|ò|ata)"
              r"\s+(?:su(?:l|lla|i|gli|ll['’])?|intorno\s+a(?:l|i|ll['’])?)"),
    "nearly": (rf"quasi{_ART}", r"poco\s+meno\s+d(?:i|el|ella|ell['’])",
               r"vicino\s+a(?:l|lla|ll['’])?"),
    "more-than": (r"più\s+d(?:i|el|ella|ei|egli|ell['’])", rf"oltre{_ART}",
                  r"superiore\s+a(?:l|lla|ll['’])?", ">"),
    "at-least": (rf"almeno{_ART}", r"come\s+minimo", "≥"),
    "less-than": (r"meno\s+d(?:i|el|ella|ei|egli|ell['’])", r"inferiore\s+a(?:l|lla|ll['’])?",
                  "<"),
    "up-to": (r"fino\s+a(?:l|lla|d|ll['’])?", r"al\s+massimo(?:\s+(?:il|l['’]))?", "≤"),
}
# a minus said in words right before a figure: "meno 0,17"
MINUS_WORDS = ("meno",)
# ratio kind -> its names (matched case-insensitively) and abbreviations (as written)
RATIO_WORDS = {
    "hazard": (r"hazard\s+ratio", r"rapporto\s+di\s+rischio\s+istantaneo"),
    "odds": (r"odds\s+ratio", r"rapporto\s+(?:di|delle)\s+probabilità"),
    "risk": (r"rischio\s+relativo", r"rapporto\s+di\s+rischio"),
    "rate": (r"rapporto\s+(?:tra|dei)\s+tassi",),
}
RATIO_ABBREVIATIONS = {"hazard": ("HR",), "odds": ("OR",), "risk": ("RR",), "rate": ("IRR",)}
CI_WORDS = ("IC", r"intervall[oi]\s+di\s+confidenza")
PVALUE_WORDS = (r"valore\s+(?:di\s+)?p",)
# after a figure: an absolute difference of shares ("5 punti percentuali")
POINT_WORDS = (r"punt[oi]\s+percentual[ei]", r"p\.p\.", r"punt[oi]")
# after a figure: a multiple ("quattro volte"); not a dose ("due volte al giorno")
FOLD_WORDS = (r"volte(?!\s+(?:al|alla|a\s+settimana|per|ogni)\b)",)
FOLD_SUFFIXES: tuple[str, ...] = ()
MULTIPLE_WORDS = {r"doppio(?!\s+cieco)": 2, r"raddoppi(?:ato|ata|ati|ate|a|ano)": 2,
                  "triplo": 3, r"triplicat[oaie]": 3}
FRACTION_WORDS = {r"(?:la\s+)?metà": 50, r"un\s+terzo": 100 / 3, r"due\s+terzi": 200 / 3,
                  r"un\s+quarto": 25, r"tre\s+quarti": 75, r"un\s+quinto": 20}
FINDING_WORDS = (r"(?:in|secondo|da|di)\s+questa\s+(?:nuova\s+)?analisi",
                 r"nell['’]analisi",
                 r"(?:ha|hanno)\s+(?:mostrato|rilevato|osservato|dimostrato|trovato|evidenziato)",
                 r"mostra(?:no)?", r"in\s+questo\s+studio", r"nello\s+studio", "partecipanti",
                 # lo studio come tempo o luogo di ciò che è accaduto: "durante lo studio"
                 r"(?:durante\s+(?:lo|questo)|nel\s+corso\s+d(?:ello|i\s+questo))\s+studio",
                 r"dello\s+studio", r"(?:arruolat|studiat|inclus)[ie]",
                 r"(?:in|di)\s+questa\s+coorte", r"(?:in|di)\s+questo\s+campione")
CONTEXT_WORDS = (r"per\s+dare\s+un['’]idea", r"contesto",
                 r"per\s+confronto", r"a\s+titolo\s+di\s+confronto", r"come\s+riferimento",
                 r"precedent[ei]", r"altri\s+studi", r"in\s+generale", "generalmente",
                 r"di\s+solito", "solitamente", "normalmente", r"ogni\s+anno",
                 r"all['’]anno", r"nel\s+mondo", r"a\s+livello\s+mondiale",
                 # "secondo", but not of this study ("secondo questa nuova analisi") nor
                 # a second result ("secondo risultato")
                 r"secondo(?!\s+(?:questa|questo|lo|l['’])\s*(?:nuova\s+|nuovo\s+)?"
                 r"(?:studio|analisi)|\s+risultato)",
                 r"si\s+stima", r"stimat[oaie]", r"nel\s+corso\s+della\s+vita",
                 r"frequent[ei]", "comune", r"colpisce", r"nazional[ei]",
                 # un risultato precedente detto con "già": "aveva già mostrato"
                 r"avev(?:a|ano)\s+già", r"in\s+precedenza", "precedentemente")

# --- claims (causal-claim, invented-difference) -----------------------------------------
# Una causa detta apertamente (frammenti regex). Solo forme coniugate: "per ridurre il
# rischio" è uno scopo, "un rischio ridotto" una descrizione; "causa" dopo un articolo o
# "a/per" è il sostantivo ("a causa di"). "Protegge i nervi" non è una causa, "protegge da"
# sì.
_RISCHIO = r"(?:rischi[oi]|probabilità|possibilità|tass[oi]|incidenza)"
# una cifra tra il verbo e il rischio: "riduce del 22 % il rischio"
_CIFRA = r"(?:(?:del|di\s+un|di)\s+(?:\d[\d.,]*\s*%|(?:[\w.,-]+\s+){1,5}?per\s+cento)\s+)?"
CAUSAL = (
    r"previene", r"prevengono", r"prevenivano", r"preveniva", r"prevenne(?:ro)?",
    r"(?:ha|hanno)\s+prevenuto",
    r"aiut(?:a|ano|ato)\s+a\s+prevenire",
    # "evitare" afferma una causa, tranne in una relativa ("le persone che evitano lo zucchero")
    r"(?<!\b(?:che|chi|si)\s)(?:evita(?:no)?|evitav(?:a|ano)|(?:ha|hanno)\s+evitato)",
    r"protegg(?:e|ono|eva|evano)(?=\s*[.;:,!)]|\s*$)",
    # l'esposizione detta causa di ciò di cui si parla ("la carenza ne è la causa") o della
    # differenza dello studio ("ha causato il tasso più basso")
    r"(?:ne\s+)?(?:è|sono|era|erano)\s+(?:la|una)\s+(?:vera\s+|principale\s+)?causa"
    r"(?!\s+d(?:i|el|ella|ello|ei|egli|elle|ell['’]))",
    r"(?:(?:ha|hanno)\s+(?:causato|provocato)|causa(?:no)?|provoca(?:no)?)\s+(?:il|la|lo|l['’]"
    r"|un|una)\s*\w+\s+(?:più\s+(?:bass|alt)|minor|maggior|inferior|superior)\w*",
    r"(?:permette|permettono|(?:ha|hanno)\s+permesso|aiuta(?:no)?|(?:ha|hanno)\s+aiutato)\s+"
    r"(?:di\s+|a\s+)?(?:ridurre|abbassare|diminuire|prevenire|evitare)",
    r"protegg(?:e|ono)\s+(?:\w+\s+)?(?:da|dal|dalla|dai|dalle|dagli|dall['’]|contro)",
    rf"(?:riducev(?:a|ano)|diminuiv(?:a|ano)|aumentav(?:a|ano)|abbassav(?:a|ano)"
    rf"|dimezzav(?:a|ano)|raddoppiav(?:a|ano)|ridusse(?:ro)?|aumentò|aumentarono"
    rf"|riduce|riducono|(?:ha|hanno)\s+ridotto|diminuisce|diminuiscono|(?:ha|hanno)\s+"
    rf"diminuito|abbassa(?:no)?|(?:ha|hanno)\s+abbassato|dimezza(?:no)?|(?:ha|hanno)\s+"
    rf"dimezzato|taglia(?:no)?|aumenta(?:no)?|(?:ha|hanno)\s+aumentato|raddoppia(?:no)?"
    rf"|(?:ha|hanno)\s+raddoppiato|alza(?:no)?|alzav(?:a|ano)|innalza(?:no)?|moltiplica(?:no)?"
    rf"|(?:ha|hanno)\s+moltiplicato|triplica(?:no)?|(?:ha|hanno)\s+triplicato)\s+{_CIFRA}"
    rf"(?:il|i|la|le|lo"
    rf"|l['’]"
    rf"|suo|sua|loro)\s*(?:[\w-]+\s+){{0,2}}?{_RISCHIO}",
    r"salva(?:no)?\s+(?:la\s+)?vit[ae]", r"grazie\s+a\w*",
    # una malattia fermata: "ferma la progressione della SM"
    r"(?:ferma|fermano|fermava|arresta|arrestano|arrestava|blocca|bloccano|bloccava|frena"
    r"|frenano|frenava|(?:ha|hanno)\s+(?:fermato|arrestato|bloccato|frenato))\s+(?:la|il|il\s+suo"
    r"|la\s+sua)\s+(?:progressione|peggioramento|avanzata|evoluzione)",
    # una causativa di cambiamento: "fa salire il rischio", "ha fatto calare le infezioni"
    r"(?:fa|fanno|faceva|facevano|fece|fecero|(?:ha|hanno)\s+fatto|farà|faranno)\s+"
    r"(?:[\w-]+\s+)?(?:salire|scendere|aumentare|diminuire|calare|crescere|impennare|crollare"
    r"|schizzare|lievitare|raddoppiare|triplicare|abbassare|alzare|precipitare)",
    # il rischio detto con un pronome: "lo riduce del 22%", "la aumentano del 30%"
    r"(?<!\bsi\s)(?:lo|la|li|le|l['’])\s*(?:riduce|riducono|riduceva|riducevano|(?:ha|hanno)\s+"
    r"ridott[oaie]|abbassa(?:no)?|diminuisce|diminuiscono|aumenta(?:no)?|alza(?:no)?"
    r"|raddoppia(?:no)?|moltiplica(?:no)?|dimezza(?:no)?|taglia(?:no)?)\s+(?:del|di\s+un|di)\s+"
    r"[\d,]+\s*(?:%|per\s+cento)",
)
# Una causa di qualsiasi cosa ("provoca", "causa"): un'affermazione quando la frase nomina
# anche un esito dello studio; "la carenza di vitamina D causa problemi alle ossa" è contesto.
CAUSING = (
    r"(?<!\b(?:la|una|a|le|per|di|della|sua|sue|principale|prima)\s)causa(?:no)?",
    r"causav(?:a|ano)", r"(?:ha|hanno)\s+causato", r"provoca(?:no)?", r"provocav(?:a|ano)",
    r"(?:ha|hanno)\s+provocato", r"(?:è|sono|era|erano)\s+responsabil[ei]\s+d",
    r"scaten(?:a|ano|ava|avano|ò)", r"(?<!\bsi\s)favorisc(?:e|ono)", r"(?:ha|hanno)\s+favorito",
    # un cambiamento attribuito all'esposizione: "ha ridotto del 50% le depressioni"
    r"(?:ha|hanno|aveva|avevano)\s+(?:ridotto|diminuito|aumentato|dimezzato|raddoppiato)\s+"
    r"(?:del\s+[\d,]+\s*(?:%|per\s+cento)\s+(?:il|lo|la|i|gli|le|l['’])|(?:il|lo|la|i|gli|le|l['’])"
    r"\s*(?:[\w'’-]+\s+){0,5}?del\s+[\d,]+\s*(?:%|per\s+cento))",
    r"(?<!\bsi\s)(?:riduce|riducono|riduceva|riducevano|diminuisce|diminuiscono|aumenta"
    r"|aumentano)\s+(?:del\s+[\d,]+\s*(?:%|per\s+cento)\s+)(?:il|lo|la|i|gli|le|l['’])",
)
CAVEATS = (r"potrebbe(?:ro)?", r"potrà", r"potranno", "forse", "magari", "eventualmente",
           "possibilmente", "probabilmente", "se", r"(?:troppo\s+)?presto", r"incert\w+",
           r"ipotesi", "verificare", "capire", "chiarire", r"specul\w+", r"sper\w*",
           r"per\s+(?:dimostrare|confermare|stabilire)",
           r"si\s+(?:pensa|ritiene|crede|suppone|ipotizza)", r"presunt[oaie]",
           # ciò che si dice in giro, non ciò che afferma il testo: "circola", "la bufala"
           r"circol(?:a|ano|ava)", r"bufal[ae]", r"mit[oi]", r"voci", r"si\s+(?:dice|sente|legge)",
           # a claim said impossible to make is not made: "impossible to attribute"
           r"impossibile",
           r"difficile\s+(?:dire|sapere|attribuire|concludere|affermare|dimostrare)")
ASSOCIATIVE = ("era associato a", "era legato a")
SAME = (r"nessuna\s+(?:[\w'’-]+\s+){0,2}?differenz[ae]",
        r"non\s+(?:c['’]è|ci\s+sono|c['’]erano|ci\s+sono\s+state|c['’]è\s+stata|è\s+emersa|sono"
        r"\s+emerse)\s+(?:[\w'’-]+\s+){0,3}?differenz[ae]",
        r"senza\s+(?:[\w'’-]+\s+)?differenz[ae]", r"non\s+(?:si\s+)?(?:sono\s+)?differ\w+",
        r"non\s+(?:\w+\s+)?(?:statisticamente\s+)?significativ\w+", r"simil[ei]",
        r"analog[ahieo]+", r"paragonabil[ei]", r"confrontabil[ei]",
        r"(?:lo|la|gli|le|il|i)\s+stess[aeio]", r"ugual[ei]", "ugualmente",
        r"(?:tanto|così)\s+(?:[\w'’-]+\s+){0,3}?(?:quanto|come)", r"né\s+meglio\s+né\s+peggio",
        r"non\s+meglio", r"non\s+peggio", r"(?:al|per)\s+caso", r"casual\w*",
        r"nessun[oa]\s+(?:dei|delle)\s+due", r"alla\s+pari",
        # a finding verb or the copula negated before the difference ("lo studio non ha
        # trovato una differenza chiara", "senza trovare una differenza", "non è una
        # differenza chiara"); without "non" it is a difference
        r"non\s+(?:ha|hanno|aveva|avevano)\s+(?:trovato|rilevato|osservato|evidenziato|mostrato"
        r"|riscontrato|dimostrato)\s+(?:[\w'’-]+\s+){0,2}?differenz[ae]",
        r"non\s+(?:trova|trovano|rileva|rilevano|mostra|mostrano|evidenzia|evidenziano)"
        r"\s+(?:[\w'’-]+\s+){0,2}?differenz[ae]",
        r"senza\s+(?:trovare|rilevare|osservare|evidenziare|mostrare|riscontrare)"
        r"\s+(?:[\w'’-]+\s+){0,2}?differenz[ae]",
        r"non\s+(?:è|era|sono|erano|fu)\s+(?:[\w'’-]+\s+)?differenz[ae]")
_COMPARATIVO = (r"(?:più|meno|migliore|migliori|peggiore|peggiori|maggiore|maggiori|minore"
                r"|minori|meglio|peggio|inferiore|inferiori|superiore|superiori)")
COMPARATIVES = (rf"(?<=\b{_COMPARATIVO}\b(?:\s+[\w'’-]+){{0,6}}\s+)(?:di|del|della|dei|delle"
                rf"|degli|dello|dell['’]\p{{L}}+|che|rispetto\s+a(?:l|lla|i|lle|gli|llo"
                rf"|ll['’]\p{{L}}+)?)",)
DIFFERENCES = (
    # fewer of something is fewer than in the other group ("needed fewer visits")
    r"meno\s+(?!di\b|del\w*\b|dell['’]|che\b)\p{L}+",
    # a comparative said with a verb: "visits were lower with rivaroxaban"
    r"(?:è|sono|era|erano)\s+(?:stat[oaie]\s+)?(?:\w+\s+)?(?:(?:meno|più)\s+(?:numeros[ie]"
    r"|frequenti|rar[ie]|alt[ie]|bass[ie])|migliori?|peggiori?)",
    # comparativi che sono già una differenza, o con "nettamente"
    r"(?:più|meno)\s+(?:rar[ei]|frequenti|comuni|spesso|frequentemente)",
    r"con\s+(?:maggiore|minore|più|meno)\s+frequenza",
    r"(?:nettamente|significativamente|molto|decisamente|chiaramente|notevolmente)\s+"
    r"(?:più|meno|migliori?|peggiori?|maggiori?|minori?|inferiori?|superiori?)",
    r"(?:più|meno)\s+efficac[ei]", r"(?:ha|hanno)\s+funzionato\s+(?:meglio|peggio)",
    # "ha fatto meglio dello iodio", "è andata peggio"
    r"(?:(?:ha|hanno|aveva|avevano)\s+fatto|fa|fanno)\s+(?:\w+\s+)?(?:meglio|peggio)",
    r"(?:è|sono)\s+andat[oaie]\s+(?:\w+\s+)?(?:meglio|peggio)",
    r"funziona(?:no)?\s+(?:meglio|peggio)", r"(?:ha|hanno)\s+superato",
    r"(?:minor|maggior)[ei]?\s+(?:[\w-]+\s+)?(?:rischio|probabilità|tasso)",
    r"(?:rischio|probabilità|tasso)\s+(?:[\w-]+\s+)?(?:minore|maggiore|più\s+"
    r"(?:bass|alt)[oa]|ridott[oa])",
    # "ha alleviato il dolore più dello iodio" ("più della metà": una quantità)
    r"(?:più|meno)\s+(?:di|del|della|dello|dei|delle|degli|dell['’]|che|rispetto\s+a"
    r"(?:l|lla|i|lle|gli|llo|ll['’])?)\s*(?!\d|metà\b|la\s+metà\b|previsto\b"
    r"|prima\b|un\b|una\b|due\b|tre\b|dieci\b|cento\b|mille\b)\p{L}+")

# comparatives that give an effect figure its direction, besides DIRECTIONS (fact checker)
EFFECT_DIRECTIONS = {
    "decreased": (r"al\s+di\s+sotto", r"inferior[ei]", r"più\s+(?:bass|cort)[oaie]",
                  r"più\s+brev[ei]", r"minor[ei]",
                  r"in\s+meno", r"risparmi(?:o|ato|are|a|ano)?",
                  # the figure's noun, then its direction: "22% di rischio in meno"
                  r"(?:di\s+|d['’])\p{L}+(?:\s+\p{L}+){0,2}?\s+in\s+meno"),
    "increased": (r"al\s+di\s+sopra", r"superior[ei]", r"più\s+(?:alt|lung)[oaie]", r"maggior[ei]",
                  r"in\s+più", r"(?:di\s+|d['’])\p{L}+(?:\s+\p{L}+){0,2}?\s+in\s+più"),
}

# after a figure: so many thousand, million, billion ("37 million"), as the fact checker reads them
SCALE_WORDS = {"mila": 1e3, r"milion[ei]": 1e6, r"miliard[oi]": 1e9}

# between two figures: the second is the other group's ("10% vs 1%", as the fact checker reads it)
VERSUS_WORDS = (r"vs\.?", "versus", "contro", r"rispetto\s+a(?:l|lla|i|gli|lle|ll['’])?",
                r"in\s+confronto\s+a(?:l|lla|i|gli|lle)?",
                # one group put in the other's place: "clorexidina invece che iodio"
                r"invece\s+(?:che|di|del|della|dello|dei|degli|delle)", "anziché",
                r"piuttosto\s+che", r"al\s+posto\s+d(?:i|el|ella|ello|ei|egli|elle)")
# people named before, pointed back to: "of these women", "de ellas"
ANAPHORA = (r"(?:queste|questi)\s+"
            r"(?!(?:risultati?|dati|studi|studio|cifre?)\b)\p{L}+",
            r"(?:di|tra|fra)\s+(?:loro|esse|essi)",
            r"(?:questo|quel|codesto)\s+(?:gruppo|sottogruppo|braccio)")

# a half said after a figure or its unit: "cinque anni e mezzo", "due volte e mezzo"
HALF_WORDS = (r"e\s+mezz[oa]",)

# nouns that say only that people form a group of a study (no group in particular)
GROUP_NOUNS = ("gruppo", "gruppi", "braccio", "bracci", "coorte")

# words a text uses for one another: an outcome's word said with its synonym still names it
SYNONYMS = (("visita", "consulto", "consultazione"), ("ricovero", "ospedalizzazione"),
            ("medico", "dottore"), ("reazione", "irritazione"))

# a multiple of the other group's is a difference too ("twice as common", "o dobro")
DIFFERENCES = (*DIFFERENCES,
               r"(?:il|al)\s+doppio",
               r"(?:due|tre)\s+volte\s+(?:più|meno)",
               )

# la causa e l'effetto detti come ciò che lo studio mostra: un'affermazione di per sé
CAUSATION = (r"(?:rapporto|relazione|nesso|legame)\s+(?:di\s+)?causa[\s-]+(?:ed?\s+)?effetto",
             r"causa[\s-]+effetto", r"(?:rapporto|relazione|nesso|legame|effetto)\s+causale")
# a yes that answers the question before it (a causal question answered yes is a claim)
YES_WORDS = ("sì", "certo")

# --- CHKREC 2026-12-06: costruzioni causali oltre un verbo ----------------------------------
_RISULTATI = r"(?:risultat[oi]|effett[oi]|migliorament[oi]|benefic[io]|differenz[ae])"
CAUSAL = (*CAUSAL,
          r"(?:ha|hanno|avrebbe|avrebbero)\s+fatto\s+la\s+differenza",
          rf"(?:è|sono|era|sia)\s+(?:\w+\s+){{0,2}}?(?:la|una)\s+(?:vera\s+|principale\s+)?causa"
          rf"\s+(?:di\s+questi|di\s+questo|dei|del|di)\s+(?:\w+\s+)?{_RISULTATI}",
          r"(?:è|sono|era)\s+(?:\w+\s+){1,2}?(?:la|una)\s+(?:vera\s+|principale\s+)?causa"
          r"(?!\s+(?:di|del|della|dei|delle))",
          # chi si è protetto: "chi ne aveva di più si è protetto"
          r"(?:si\s+è|si\s+sono)\s+protett[oaie]\b",
          # un gerundio dopo una virgola: "..., riducendo il rischio del 22%"
          rf"(?<=,\s*)(?:riducendo|abbassando|diminuendo|dimezzando|aumentando|alzando|raddoppiando)\s+"
          rf"(?:il|la|lo|i|gli|le|l['’])\s*(?:[\w-]+\s+){{0,2}}?{_RISCHIO}")
CAUSATION = (*CAUSATION, r"effetto\s+protettivo", r"causalità")
# il vantaggio di un gruppo è una differenza ("un vantaggio della dimissione precoce")
DIFFERENCES = (*DIFFERENCES,
               r"(?:un|il)\s+(?:\w+\s+)?vantaggio\s+(?:di|del|della|dei|per|a\s+favore)")

# --- una causa detta come l'esposizione che «funziona» o come ciò che uno studio prova ------
_FINE = r"(?=\s*[.;:!?)»]|\s*$)"
CAUSAL = (*CAUSAL, rf"(?:funziona|funzionano|funzionava|funzionavano|ha\s+funzionato){_FINE}",
          # un avverbio tra il verbo e il rischio: "riduce direttamente il rischio"
          rf"(?:riduce|riducono|(?:ha|hanno)\s+ridotto|diminuisce|diminuiscono|abbassa(?:no)?"
          rf"|aumenta(?:no)?|dimezza(?:no)?|raddoppia(?:no)?)\s+\w+mente\s+(?:il|i|la|le|lo"
          rf"|l['’]|suo|sua|loro)\s*(?:[\w-]+\s+){{0,2}}?{_RISCHIO}")
# "mostra le cause", "prove di causa"
CAUSATION = (*CAUSATION,
             r"(?:mostra|mostrano|dimostra|dimostrano|prova|provano)\s+(?:[\w'’-]+\s+){0,2}?"
             r"(?:una|la|le)\s+(?:vera\s+|vere\s+)?caus[ae](?!\s+d(?:i|el|ella|ei|elle)\b)",
             r"prov[ae]\s+(?:di|della)\s+causa(?:lità)?")

# una differenza detta come nome tra i gruppi ("una grande differenza tra")
DIFFERENCES = (*DIFFERENCES,
               r"(?:una|la)\s+(?:[\w-]+\s+){0,2}?differenza\s+(?:[\w-]+\s+)?(?:tra|fra)")

# un multiplo della cifra dell'altro gruppo è una direzione ("quasi la metà", "il doppio");
# "la metà dei pazienti" è una quantità
DIRECTIONS = {**DIRECTIONS,
              "increased": [*DIRECTIONS["increased"], r"(?:il|al)\s+doppio(?!\s+(?:ciec|che|d))"],
              "decreased": [*DIRECTIONS["decreased"], r"(?:la|alla)\s+metà(?!\s+(?:d|che))"]}

# l'esposizione detta causa del risultato dello studio o dei suoi numeri ("il trapianto ha
# causato il risultato", "spiega questi numeri")
_CAUSATO = (r"(?:(?:ha|hanno|abbia|abbiano|aveva|avevano)\s+(?:causato|prodotto|provocato"
            r"|determinato)|spiega|spiegano|spiegava|produce|producono|provoca|provocano)")
CAUSAL = (*CAUSAL,
          rf"{_CAUSATO}\s+(?:il|i|lo|gli|questo|questi|quel|quei|l['’]|tutto\s+(?:questo|ciò))"
          rf"\s*(?:\w+\s+)?(?:{_RISULTATI}|dati|numeri|cifre|cambiament[oi])",
          rf"{_CAUSATO}\s+(?:tutto\s+)?(?:questo|ciò)(?=\s*[.;:!?)»]|\s*$)")


# a claim the text cites to weigh it, said before its quotation: "claims" (regex fragments)
CLAIM_INTROS = (
    r"affermazion\w*",
    r"si\s+(?:legge|dice|sente)",
    r"circol\w*",
    r"bufal\w*",
    r"voc[ei]\b",
    r"titol\w*",
    r"gira(?:no)?",
    r"slogan",
    r"viral\w*",
)

# the same, said after the quotation: "is going round" (regex fragments)
CLAIM_AFTERS = (
    r"gira(?:no)?",
    r"circol\w*",
    r"spopola\w*",
)

# a verdict against a quoted claim: "false", "misleading" (regex fragments)
CLAIM_VERDICTS = (
    r"fals[oa]",
    r"fuorviante",
    r"non\s+è\s+vero",
    r"esagerat\w*",
    r"non\s+è\s+quello\s+che\s+(?:dice|mostra)",
)

# a label that cites a claim and rejects it at once: "MYTH:" (regex fragments)
MYTH_WORDS = (
    r"mit[oi]",
    r"falsi\s+miti",
    r"luoghi\s+comuni",
    r"bufal\w*",
    r"false\s+credenze",
)

# a verb of telling or knowing and "whether": a question left open (regex fragments)
OPEN_QUESTIONS = (
    r"(?:dire|sapere|capire|vedere|giudicare|stabilire|mostrare|determinare|sicur[oi])\s+se",
)

# --- s37: un'affermazione di cui il testo parla, senza farla ------------------------------
# dire che un'affermazione è sbagliata non è farla: "è sbagliato dire che ...", "non è vero
# che ...", "contrariamente a quanto si legge" (frammenti regex)
CAVEATS = (*CAVEATS,
           r"(?:sbagliato|falso|errato|scorretto|fuorviante|un\s+errore)\s+(?:dire|affermare"
           r"|pensare|credere|scrivere|concludere|sostenere)",
           r"non\s+è\s+(?:vero|corretto|esatto)", r"è\s+falso", r"contrariamente\s+a")
# dove circolano le affermazioni, prima di citarne una: "sui social si legge '...'"
CLAIM_INTROS = (*CLAIM_INTROS,
                r"social(?:\s+network|\s+media)?", r"bacheca", r"post", r"tweet", r"meme",
                r"influencer", r"pubblicità", r"forum", r"WhatsApp", r"TikTok", r"Facebook")
# un rapporto di causa senza il suo effetto è pur sempre la causa ("i dati dimostrano un
# rapporto di causa")
CAUSATION = (*CAUSATION, r"(?:rapporto|relazione|nesso|legame)\s+di\s+causa(?!\p{L})")
# l'esposizione detta origine o ragione dei risultati: "il trapianto è all'origine di questi
# risultati"; una scissa: "è stato il trapianto a fermare la malattia"
CAUSAL = (*CAUSAL,
          r"(?:è|era|sia|fosse|sono|erano)\s+(?:\w+\s+){0,2}?(?:all['’]origine|la\s+(?:vera\s+"
          r"|sola\s+)?ragione|il\s+(?:vero\s+)?motivo)\s+(?:di\s+questi|dei|del|di)\s+(?:\w+\s+)?"
          r"(?:risultat[oi]|migliorament[oi]|benefic[io]|dati|numeri)",
          r"(?:è\s+stat[oa]|fu|era)\s+(?:il|la|lo|l['’])\s*\w+\s+(?:\w+\s+)?a\s+(?:causare|provocare"
          r"|produrre|fermare|frenare|bloccare|determinare)")
# la formulazione che il testo chiede di non usare è citata e respinta insieme: "non
# scriviamo '40 pazienti su 100'", "non trasformare +31% in '31 persone su 100'"
MYTH_WORDS = (*MYTH_WORDS,
              r"non\s+(?:scriv\w+|dire|dite|diciamo|usa\w*|trasform\w+|chiam\w+|present\w+"
              r"|tradu\w+|mett\w+|parl\w+)",
              r"mai\s+(?:scrivere|dire|usare|parlare)",
              r"evit(?:are|ate|iamo)\s+di\s+(?:scrivere|dire)")
