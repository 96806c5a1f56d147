"""English word lists: what the fact checker, the sentence splitter and language
identification read. Regex fragments are matched case-insensitively at word boundaries."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# The most common English function words (for telling languages apart, not for removal).
STOPWORDS = _set("""
the of and to a in is that for it as was with be by on not he i this are or his from at
which but have an had they you were their one all we can her has there been if more when
will would who so no she other its may these do than them what some him only could into
then out also our about after did such how most should those over any well your just my
me does each because while both between through during before under very same own why
where here now up down off again few many much being am us they're it's don't isn't what's
who's whom until against above below once further nor too can't won't
""")

# Lower case, with their dots. Words that also end sentences are left out: "people with
# MS. The study", "the sun. Then", "a fig. It", "at most 5 min. Then".
ABBREVIATIONS = _set("""
dr. drs. mr. mrs. prof. rev. hon. st. jr. sr. m.d. ph.d. d.o. r.n. m.p.h. m.sc. b.sc.
m.b.a. pharm.d. e.g. i.e. vs. v. etc. al. approx. ca. cf. dept. univ. inc. corp. co.
ltd. assn. govt. jan. feb. mar. apr. aug. sep. sept. oct. nov. dec. u.s. u.k. u.n. a.m.
p.m. figs. vol. eq. avg.
""") | {"et al."}

# Only before a number: "No. 5" is an abbreviation, "the answer was no." is a word.
NUMBER_ABBREVIATIONS = frozenset({"no.", "nos.", "p.", "pp.", "ch.", "sec.", "tab."})

# Direction words by direction. "progress" alone is left out: "primary progressive" is a
# form of MS and "made progress" means better; "more"/"less" are left out before "than"
# ("more than half" is a quantity, not a change).
DIRECTIONS = {
    # "more effective (than ...)": the treatment did better, not more of the outcome
    "improved": [r"improv\w*", r"(?:got|get|gets|getting|became|become|becomes) better",
                 r"better", r"recover\w*", r"more\s+(?:effective|efficacious)"],
    "worsened": [r"wors\w*", r"deteriorat\w*", r"(?:got|get|gets|getting|became) worse",
                 r"progressed", r"progression", r"aggravat\w*",
                 r"less\s+(?:effective|efficacious)"],
    "increased": [r"increas\w*", r"rose", r"risen", r"ris(?:e|es|ing)", r"higher",
                  r"more(?!\s+than\b)", r"grew", r"grow(?:s|n|ing)?", r"went up",
                  r"gone up", r"doubl\w*", r"tripl\w*", r"climb\w*", r"jump\w*", r"commoner"],
    "decreased": [r"decreas\w*", r"reduc\w*", r"fell", r"fallen", r"fall(?:s|ing)?",
                  r"lower\w*", r"drop\w*", r"declin\w*", r"went down", r"gone down",
                  r"less(?!\s+than\b)", r"fewer(?!\s+than\b)", r"halv\w*", r"shr[iau]nk\w*",
                  r"rarer"],
    "unchanged": [r"stable", r"stabili[sz]\w*", r"unchanged", r"no change", r"did not change",
                  r"didn['’]t change", r"(?:stayed|remained|stay|stays|remain|remains) the same",
                  r"(?:stayed|remained) (?:steady|level)"],
}

# "n't" is joined to its verb, so it is matched with it ("don't", "can't").
NEGATIONS = ["not", "no", "never", "without", "cannot", r"\w+n['’]t", "neither", "nor",
             "none", "nobody", "nothing"]

# verbs that keep a change from happening: "prevent ... from getting worse"
PREVENTIONS = [r"prevent\w*", r"stop(?:s|ped|ping)?", r"halt\w*", r"block\w*",
               # a verb that keeps someone FROM a change, only with its "from" right before
               # the change: "kept MS from getting worse", "protected most people from
               # further worsening", "spared them from"; "kept getting worse" goes on
               r"(?:keep|keeps|kept|keeping|protect(?:s|ed|ing)?|spar(?:e|es|ed|ing)"
               r"|sav(?:e|es|ed|ing)|shield(?:s|ed|ing)?|preserv(?:e|es|ed|ing)"
               r"|guard(?:s|ed|ing)?|bar(?:s|red|ring)?)"
               r"(?=(?:\s+[^\s,;:.!?]+){1,8}?\s+from(?:\s+(?:a|an|the|any|further|getting"
               r"|becoming|growing)){0,2}\s*\Z)"]

PERCENT_WORDS = ("percent", r"per\s+cent", r"pct\.?")
FREQUENCY_WORDS = (r"out\s+of\s+every", r"out\s+of", r"in\s+every", r"of\s+every", "per", "in",
                   "of")
RANGE_WORDS = (("from", "to"), ("between", "and"), ("from", "through"), ("from", "until"))
TIME_UNITS = {
    "year": ("years", "year", "-year", "-years", "yrs", "yr"),
    "month": ("months", "month", "-month", "-months", "mo"),
    "week": ("weeks", "week", "-week", "-weeks", "wk", "wks"),
    "day": ("days", "day", "-day", "-days"),
    "hour": ("hours", "hour", "-hour", "-hours", "hrs", "hr", "h"),
    "minute": ("minutes", "minute", "-minute", "-minutes", "mins"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"decade": (10, "year")}

# --- effect measures, signs and hedges, as the fact checker reads them ----------------
# hedge id -> the words right before a figure ("about 12 %", "more than half")
HEDGE_WORDS = {
    "about": ("about", "around", "approximately", r"approx\.", "roughly", "some",
              r"an\s+estimated", r"something\s+like", r"in\s+the\s+region\s+of",
              r"(?:on|of)\s+the\s+order\s+of", r"more\s+or\s+less", r"ca\.", "~", "≈",
              r"not\s+far\s+(?:off|from)"),
    "nearly": ("nearly", "almost", r"close\s+to", r"just\s+under", "virtually"),
    "more-than": (r"more\s+than", "over", r"greater\s+than", "above", r"upwards\s+of",
                  r"well\s+over", ">"),
    "at-least": (r"at\s+least", "≥", ">="),
    "less-than": (r"less\s+than", r"fewer\s+than", "under", "below", "<"),
    "up-to": (r"up\s+to", r"as\s+(?:many|much|high|great|large)\s+as", r"at\s+most", "≤", "<="),
}
# a minus said in words right before a figure: "minus 0.17"
MINUS_WORDS = ("minus", "negative")
# ratio kind -> its names (matched case-insensitively) and abbreviations (as written)
RATIO_WORDS = {
    "hazard": (r"hazard\s+ratios?",),
    "odds": (r"odds\s+ratios?",),
    "risk": (r"relative\s+risks?", r"risk\s+ratios?"),
    "rate": (r"(?:incidence\s+)?rate\s+ratios?",),
    "ratio": (r"ratios?",),  # "a ratio of 0.30": a ratio of no named kind
}
RATIO_ABBREVIATIONS = {"hazard": ("HR", "aHR"), "odds": ("OR", "aOR"), "risk": ("RR", "aRR"),
                       "rate": ("IRR", "aIRR")}
CI_WORDS = ("CI", r"confidence\s+intervals?", "CrI", r"credible\s+intervals?")
PVALUE_WORDS = (r"p[\s-]?values?(?:\s+(?:of|was|is))?",)
# after a figure: an absolute difference of shares ("5 percentage points")
POINT_WORDS = (r"percentage[\s-]+points?", r"percent(?:age)?[\s-]+pts\.?", r"p\.p\.", "pp",
               r"points?")
# after a figure: a multiple ("four times the risk", "3-fold"); not a dose ("twice a day")
FOLD_WORDS = (r"times(?!\s+(?:a|an|per|each|every|daily|weekly|more\s+often)\b)", "fold")
FOLD_SUFFIXES = ("fold",)  # glued to a number word: "threefold"
# a multiple said by one word (regex fragment -> the multiple)
MULTIPLE_WORDS = {r"double(?![\s-]+blind)": 2, "doubled": 2,
                  r"twice(?!\s+(?:a|per|daily|weekly)\b)": 2, "triple": 3, "tripled": 3,
                  "quadrupled": 4}
# a share said by a fraction (regex fragment -> per cent)
FRACTION_WORDS = {"half": 50, r"(?:a|one)[\s-]third": 100 / 3, r"two[\s-]thirds": 200 / 3,
                  r"(?:a|one)[\s-]quarter": 25, r"three[\s-]quarters": 75,
                  r"(?:a|one)[\s-]fifth": 20}
# a sentence that gives this study's own result, and one that gives context
FINDING_WORDS = (r"(?:in|of)\s+(?:this|the|our)\s+(?:[\w-]+\s+)?(?:analysis|research)",
                 "found", "finds", "showed", "shows", "shown", "demonstrated", "revealed",
                 "observed", r"(?:in|of)\s+(?:this|the|our)\s+(?:study|trial)",
                 r"(?:study\s+)?participants",
                 # the study as the time or place of what happened: "over the study"
                 r"(?:over|during|throughout|across|among|within)\s+(?:this|the|our)\s+"
                 r"(?:same\s+)?(?:study|trial)",
                 r"(?:in|of|among|across)\s+(?:this|our|the\s+study['’]s)\s+(?:cohort|sample)",
                 r"(?:study|trial)(?:['’]s)?\s+(?:results?|findings?)",
                 r"(?:people|patients|women|men|adults|children|those)\s+(?:studied|enrolled"
                 r"|recruited|included)")
CONTEXT_WORDS = (r"for\s+context", r"background",
                 r"for\s+comparison", r"by\s+comparison", r"as\s+a\s+reference",
                 "earlier", r"previous(?:ly)?", "prior",
                 r"(?:past|other)\s+(?:studies|research|trials)", r"in\s+general",
                 "generally", "usually", "typically", "normally",
                 r"(?:each|every|a|per)\s+year", "annually", "worldwide", "nationwide",
                 "nationally", r"according\s+to", r"estimated?", "lifetime", "common",
                 r"affects?", "national",
                 # an earlier report said with "already": "had already shown"
                 r"had\s+already", r"already\s+(?:reported|shown|found|showed)")

# --- claims (causal-claim, invented-difference) -----------------------------------------
# A cause said outright (regex fragments). Only finite and modal forms: "to prevent" is a
# purpose ("ways to prevent infections", "for reducing the risk"), "a reduced risk" a
# description. "Protects the nerves" alone is no claim, "protects against" is. Left out:
# "halts", "stops" ("the women halted the injections") and "because of" (outcomes are
# named with it: "went to hospital because of bleeding").
_RISK = r"(?:risks?|chances?|odds|likelihood|rates?|hazards?|incidence)"
_WHOSE = r"(?:the|their|your|his|her|its|one['’]s|people['’]s|a\s+person['’]s)"
CAUSAL = (
    # the plural present is the bare verb ("transplants prevent"); after "to" it is a
    # purpose ("ways to prevent infections")
    r"(?<!\bto\s)(?<!\bto\shelp\s)prevent(?:s|ed)?",
    r"(?<!\bto\s)(?:can|will|does|do|did|helps?|helped)\s+"
    r"(?:to\s+)?prevent",
    r"(?<!\bto\s)(?<!\bto\shelp\s)protect(?:s|ed)?\s+(?:\w+\s+)?against",
    r"(?<!\bto\s)(?:can|will|does|do|did|helps?|helped)\s+(?:to\s+)?protect\s+(?:\w+\s+)?"
    r"against", r"protect(?:s|ed)(?=\s*[.;:,!)]|\s*$)",
    # protection of people, with no object of what ("vitamin D protects you")
    r"(?<!\bto\s)protect(?:s|ed)?\s+(?:you|us|them|people|everyone|adults|women|men)"
    r"(?=\s*[.;:,!)]|\s*$|\s+(?:from|against)\b)",
    # a change in likelihood said as made by the exposure: "made people 31% more likely"
    r"(?:makes?|made|making)\s+(?:[\w'’-]+\s+){1,3}?(?:[\d.,]+\s*%\s+|[\w-]+\s+percent\s+)?"
    r"(?:more|less)\s+likely",
    rf"(?<!\bto\s)(?:cuts?|reduc(?:es|ed|e)|lower(?:s|ed)?|halv(?:es|ed|e)|slash(?:es|ed)?"
    rf"|decreas(?:es|ed|e)|rais(?:es|ed|e)|increas(?:es|ed|e)|doubl(?:es|ed|e)"
    rf"|boost(?:s|ed)?|drives?\s+down)\s+{_WHOSE}\s+(?:[\w-]+\s+){{0,2}}?{_RISK}",
    rf"(?<!\bto\s)(?:can|will|does|helps?|helped)\s+(?:to\s+)?(?:cut|reduce|lower|halve|raise"
    rf"|increase|double)\s+{_WHOSE}\s+(?:[\w-]+\s+){{0,2}}?{_RISK}",
    # headlines: "Low vitamin D raises colorectal cancer risk" (only the unambiguous verb
    # forms: "reduced cancer risk" is also a description)
    rf"(?:cuts|reduces|lowers|halves|slashes|decreases|raises|increases|doubles|boosts)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_RISK}",
    r"(?<!\bto\s)sav(?:es|ed|e)\s+(?:[\w,-]+\s+){0,3}?lives", r"thanks\s+to",
    # an outcome kept away: "wards off infection", "keeps infections at bay"
    r"(?<!\bto\s)(?:wards?|warded|staves?|staved|fends?|fended)\s+off",
    r"(?<!\bto\s)(?:keeps|kept)\s+(?:[\w-]+\s+){1,3}?at\s+bay",
    # the exposure said to be the cause, of what the text is about ("... and that the
    # deficiency is the cause"), or of the study's difference ("caused the lower rate")
    r"(?:is|are|was|were)\s+(?:the|a)\s+(?:real\s+|main\s+|actual\s+)?cause(?!\s+(?:of|for)\b)",
    r"caus(?:es|ed)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:lower|higher|reduced"
    r"|increased|smaller|greater|drop|fall|rise)\b",
    r"(?:made\s+it\s+possible|allowed\s+(?:us|doctors|them)?|enabled\s+(?:us|doctors|them)?)"
    r"\s*to\s+(?:cut|reduce|lower|prevent|avoid|halve)",
    # headlines in the plural: "Scans cut heart attack rates" (not "a cut in", "cut down")
    rf"(?<!\b(?:a|the|to|no)\s)cut\s+(?!in\b|back\b|off\b|out\b|down\b)(?:[\w-]+\s+){{0,3}}?"
    rf"{_RISK}",
    # a disease stopped: "halts MS progression", "stops MS in its tracks"
    r"(?:stops|stopped|halts|halted|keeps|kept)\s+(?:[\w-]+\s+){0,4}?(?:from\s+)?(?:getting"
    r"\s+worse|worsening|progressing|progression|in\s+its\s+tracks)",
    # a phrasal verb of change done to the risk: "drove up the risk", "pushes cancer risk
    # up", "sent the odds soaring", "brought the rate down"
    rf"(?<!\bto\s)(?:drives?|drove|driven|driving|push(?:es|ed|ing)?|sen[dt]s?|bring(?:s)?"
    rf"|brought|knock(?:s|ed)?|jack(?:s|ed)?|ratchet(?:s|ed)?)\s+(?:up|down)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_RISK}",
    rf"(?<!\bto\s)(?:drives?|drove|driven|driving|push(?:es|ed|ing)?|sen[dt]s?|bring(?:s)?"
    rf"|brought|knock(?:s|ed)?)\s+(?:[\w-]+\s+){{0,3}}?{_RISK}\s+(?:up|down|soaring"
    rf"|sky-?rocketing|through\s+the\s+roof)\b",
    # a cause said as making the outcome more or less likely: "makes infection less likely"
    r"(?<!\bto\s)(?:makes|made)\s+(?:[\w-]+\s+){1,4}?(?:more|less)\s+(?:likely|common)",
)
# A cause said of anything ("causes", "leads to"): a claim when the sentence also names one
# of the study's outcomes; "deficiency can cause bone problems" is background.
CAUSING = (
    # "causes" is also a noun ("the most common causes of", "died of cardiac causes");
    # "caused by" names what caused an outcome ("deaths caused by heart disease")
    r"(?<!\b(?:the|its|their|other|main|common|leading|possible|known|many|all|of|and|or)\s)"
    r"(?<!\b(?:from|of)\s[\w-]+\s)caus(?:es|ed)(?!\s+(?:of|by)\b)",
    r"(?:can|will|does|do|did)\s+cause",
    r"(?:is|are|was|were)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?cause\s+of",
    # the plural present: "transplants cause", never "a cause", "the cause of", "to cause"
    r"(?<!\b(?:a|an|the|one|to|no|any|its|their|main|common|leading|root|possible|likely"
    r"|known|single|major|underlying|direct|other|another)\s)cause(?!\s+(?:of|for|and|or)\b)"
    r"(?![\s,]*[.;:!?)]|\s*$)",
    r"leads?\s+to", r"led\s+to", r"(?:can|will)\s+lead\s+to",
    r"(?:is|are|was|were)\s+responsible\s+for", r"result(?:s|ed)\s+in",
    # a change said as done by the exposure: "X reduced reported depression by 50%", "drove
    # depression down" (not "decreased by", "reduced in", "had reduced pain")
    r"(?<!\b(?:had|have|has|with|a|an|the|of|and|showed|shows|show)\s)"
    r"(?:cut|cuts|reduced|reduces|lowered|lowers|halved|halves|slashed|decreased|decreases"
    r"|raised|raises|increased|increases|boosted|doubled|doubles)\s+"
    r"(?!(?:by|in|over|during|after|among|for|from|to|at|with|than|as|and|or|but)\b|\w+ly\b)"
    r"(?:[\w'-]+\s+){0,5}?by\s+(?:[\w-]+\s+){0,2}?(?:\d[\d.,]*|half|a\s+(?:third|quarter))",
    r"(?:drives?|drove|driven|push(?:es|ed)?|brings?|brought|sen[dt]s?)\s+(?:[\w'’-]+\s+){1,6}?"
    r"(?:down|up)\b",
    # setting an outcome off or helping it along: "triggers", "fuels", "promotes"
    r"(?<!\bto\s)(?:triggers|triggered|fuels|fuel(?:l)?ed|promotes|promoted)",
    # a driver of the outcome: "low vitamin D drives bowel cancer" (not "drives down")
    r"(?<!\bto\s)(?:drives|drove)(?!\s+(?:[\w'’-]+\s+){0,6}?(?:down|up)\b)(?=\s+\p{L})",
)
# Words that make a causal phrase a caveat or a question, not a claim (with NEGATIONS):
# "may prevent", "whether it lowers the risk", "too early to say".
CAVEATS = ("may", "might", "could", "would", "whether", "if", "possibly", "perhaps",
           "potentially", "unclear", "unknown", "uncertain", r"too\s+early", r"question\w*",
           r"hypothes[ie]s", r"speculat\w*", r"test(?:s|ed|ing)?", r"aim(?:s|ed)?\s+to",
           r"find\s+out", r"(?:see|know)\s+if", "suppose", "theory", r"hop(?:e|es|ed|ing)",
           r"to\s+(?:establish|show|prove|confirm|determine|learn)",
           r"(?:thought|believed|suspected|proposed|assumed|hypothesi[sz]ed)\s+to",
           r"(?:want|wants|wanted|plan|plans|planned|hope|hopes|hoped)\s+to",
           # hearsay the text reports, not its own claim: "a post doing the rounds says"
           r"rumou?r\w*", r"myths?", r"circulat\w+", r"doing\s+the\s+rounds",
           r"(?:it\s+is|it's)\s+(?:said|rumou?red|often\s+said)",
           # a claim said impossible to make is not made: "impossible to attribute"
           r"impossible\s+to",
           r"(?:difficult|hard)\s+to\s+(?:say|tell|know|attribute|conclude|prove)")
# How an observational result is said (plain words, offered in the message).
ASSOCIATIVE = ("was linked to", "was associated with")
# No difference said: a difference stated in the same clause or sentence, or right before
# a sentence saying one of these, is the careful wording ("slightly lower, but the
# difference was not statistically significant").
SAME = (r"no\s+(?:[\w-]+\s+){0,2}?differences?", r"(?:did\s+not|didn['’]t)\s+differ",
        r"not\s+(?:\w+\s+)?(?:statistically\s+)?significant(?:ly)?",
        r"no\s+(?:statistically\s+)?significant", r"similar(?:ly)?", "comparable",
        r"(?:the|about\s+the)\s+same", r"as\s+(?:\w+\s+)?as", r"equal(?:ly)?",
        r"no\s+better", r"no\s+worse", "neither", r"(?:due\s+to|by)\s+chance",
        r"on\s+par", r"just\s+as", "alike", r"on\s+a\s+par")
# What a difference is measured against ("fewer infections than iodine").
COMPARATIVES = ("than",)
# A difference in itself, without a "than".
DIFFERENCES = (
    # fewer of something is fewer than in the other group ("needed fewer visits")
    r"fewer(?!\s+than\b)",
    # a comparative said with a verb: "visits were lower with rivaroxaban"
    r"(?:was|were|is|are)\s+(?:\w+\s+)?(?:lower|higher|fewer|rarer|better|worse)",
    # comparatives that are a difference in themselves, or made one by "significantly"
    r"rarer", r"(?:less|more)\s+(?:frequent|common)(?:ly)?", r"(?:less|more)\s+often",
    r"(?:significantly|markedly|clearly|considerably|substantially|much|far)\s+(?:lower"
    r"|higher|fewer|more|less|better|worse|rarer|smaller|greater)",
    r"more\s+effective", r"less\s+effective", r"(?:more|less)\s+likely",
    r"outperform\w*", "superior", "inferior", r"beat(?:s|en)?",
    r"work(?:s|ed)?\s+better", r"work(?:s|ed)?\s+worse", r"did\s+better",
    r"did\s+worse", r"fared\s+(?:better|worse)",
    r"perform(?:s|ed)?\s+(?:\w+\s+)?(?:better|worse)",
    r"(?:lower|higher|greater|smaller|reduced|increased)\s+(?:[\w-]+\s+)?"
    r"(?:risk|chances?|odds|rates?)",
    # "eased pain more than iodine did"; "more than half", "more than 3" are
    # quantities
    r"(?:more|less|fewer)\s+than(?!\s+(?:\d|(?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|half|twice|double|\w+teen|\w+ty|hundreds?|thousands?"
    r"|millions?|expected|before|usual|ever)\b))")

# comparatives that give an effect figure its direction, besides DIRECTIONS (fact checker)
EFFECT_DIRECTIONS = {
    "decreased": (r"below", r"lower", r"less", r"fewer", r"shorter", r"smaller", r"cheaper",
                  r"down", r"sav(?:ed|es|e|ing|ings)"),
    "increased": (r"above", r"higher", r"more", r"longer", r"larger", r"bigger", r"greater",
                  r"costlier", r"up"),
}

# after a figure: so many thousand, million, billion ("37 million"), as the fact checker reads them
# ("fifty-seven hundred": 5,700, as English says round thousands and hundreds aloud)
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, r"mn\.?": 1e6, r"bn\.?": 1e9,
               "hundred": 1e2}

# between two figures: the second is the other group's ("10% vs 1%", as the fact checker reads it)
VERSUS_WORDS = (r"vs\.?", "versus", r"compared\s+(?:with|to)", "against",
                # one group put in the other's place: "chlorhexidine instead of iodine"
                r"instead\s+of", r"rather\s+than", r"in\s+place\s+of")
# people named before, pointed back to: "of these women", "de ellas"
ANAPHORA = (r"these\s+"
            r"(?!(?:results?|findings?|data|studies|study|trials?|figures?)\b)\p{L}+",
            r"(?:of|among|in)\s+them", r"(?:with|without)\s+it",
            # one group named before: "In this group, 86% ..."
            r"(?:this|that)\s+(?:group|arm|cohort|subgroup)")

# a half said after a figure or its unit: "five and a half years", "two and a half times"
HALF_WORDS = (r"and\s+a\s+half",)

# nouns that say only that people form a group of a study (no group in particular)
GROUP_NOUNS = ("group", "groups", "arm", "arms", "cohort")

# words a text uses for one another: an outcome's word said with its synonym still names it
SYNONYMS = (("visit", "consultation", "appointment"), ("hospitalization", "hospitalisation",
             "admission"), ("doctor", "physician"), ("reaction", "irritation"))

# a multiple of the other group's is a difference too ("twice as common", "o dobro")
DIFFERENCES = (*DIFFERENCES,
               r"twice\s+as\s+(?:many|much|common|frequent|often|likely)",
               r"(?:three|four|five)\s+times\s+as\s+(?:many|much|common|frequent|often|likely)",
               r"half\s+as\s+(?:many|much|common|frequent|often|likely)",
               )

# cause and effect named as what the study shows: a claim in itself, whatever it names
# ("this study shows cause and effect"; "not cause and effect" is negated)
CAUSATION = (r"cause[\s-]+and[\s-]+effect", r"causal\s+(?:link|relationship|connection|effect)",
             r"(?:a|the)\s+direct\s+cause")
# a yes that answers the question before it (a causal question answered yes is a claim)
YES_WORDS = ("yes", "yep", "indeed")

# --- CHKREC 2026-12-06: causal constructions beyond single verbs ---------------------------
# the exposure said to have made the study's result ("caused these results", "made the
# difference", "is clearly the cause of the improvement") and a risk said as moved by it in
# the passive ("saw their risk pushed up by a third")
_RESULTS = r"(?:results?|effects?|improvements?|benefits?|gains?|outcomes?|differences?)"
CAUSAL = (*CAUSAL,
          rf"(?:caus(?:es|ed)|produc(?:es|ed)|brought\s+about)\s+(?:the|these|this|those|its"
          rf"|their)\s+(?:[\w-]+\s+)?{_RESULTS}",
          r"(?:made|makes|make|making)\s+(?:all\s+)?the\s+difference",
          rf"(?:is|are|was|were)\s+(?:\w+\s+)?(?:the|a)\s+(?:real\s+|main\s+|actual\s+)?cause\s+"
          rf"of\s+(?:the|these|this|those|its|their)\s+(?:[\w-]+\s+)?{_RESULTS}",
          r"(?:is|are|was|were)\s+(?:\w+ly|surely|certainly)\s+(?:the|a)\s+(?:real\s+|main\s+)?"
          r"cause(?!\s+(?:of|for)\b)",
          rf"{_RISK}\s+(?:of\s+(?:[\w-]+\s+){{1,3}}?)?(?:was\s+|were\s+|got\s+|being\s+)?"
          rf"(?:pushed|driven|sent|knocked|brought)\s+(?:up|down)\b")
# a protective effect, or causation itself, named as what was shown
CAUSATION = (*CAUSATION, r"protective\s+effect", r"causation", r"causality")
# an advantage of one arm is a difference ("an advantage for early discharge")
DIFFERENCES = (*DIFFERENCES, r"(?:an?|the)\s+(?:\w+\s+)?advantage\s+(?:of|for|to|with)")

# --- a cause said as the exposure working, or as what a study proves ------------------------
# "the transplant works.", "did the work", "caused this." (a pronoun for the result just
# given); never "how it works", "works by", "works with"
_CLAUSE_END = r"(?=\s*[.;:!?)]|\s*$)"
CAUSAL = (*CAUSAL,
          rf"(?<!\bhow\s(?:[\w'’-]+\s){{0,4}})(?:works|worked){_CLAUSE_END}",
          r"did\s+the\s+(?:work|trick)",
          rf"caus(?:es|ed)\s+(?:this|that|it|them|these|those){_CLAUSE_END}")
# a cause named as what is shown or proven ("this study shows the cause", "proof of cause",
# "an effect of the transplant is proven")
CAUSATION = (*CAUSATION,
             r"(?:shows?|showed|shown|proves?|proved|proven|demonstrates?|demonstrated"
             r"|establish(?:es|ed)?)\s+(?:[\w-]+\s+){0,2}?(?:a|the)\s+(?:direct\s+|real\s+)?"
             r"cause(?!\s+(?:of|for)\s+(?:concern|worry|alarm)\b)",
             r"proof\s+of\s+(?:a\s+)?caus(?:e|ation|ality)",
             r"(?:effect|benefit)\s+of\s+(?:the\s+)?[\w-]+\s+(?:is|was|has\s+been)\s+"
             r"(?:\w+\s+)?(?:proven|proved|shown|established|demonstrated)")

# a difference said as a noun between the groups ("There was a big difference between
# people sent home early and people kept in hospital"); "no difference" is negated
DIFFERENCES = (*DIFFERENCES,
               r"(?<!\bno\s)(?:a|an|the)\s+(?:(?!no\b)[\w-]+\s+){0,2}?difference\s+between",
               r"(?:groups|arms)\s+differed(?!\s+(?:little|only|hardly|barely)\b)")

# a multiple of the other group's figure is a direction ("half as common", "twice as
# high"); "half of the women" is a quantity, and "half that with iodine" names the other
# group as its standard
DIRECTIONS = {**DIRECTIONS,
              "increased": [*DIRECTIONS["increased"],
                            r"twice\s+as\s+(?:high|many|much|common|frequent|likely)(?!\s+as\b)"],
              "decreased": [*DIRECTIONS["decreased"],
                            r"half\s+as\s+(?:high|many|much|common|frequent|likely)(?!\s+as\b)"]}

# the exposure said to have made the study's result, its figures, or "all of this" ("the
# transplant caused all of this", "explains these figures", "was itself responsible")
_MADE = r"(?:caus(?:es|ed)|produc(?:es|ed)|explain(?:s|ed)|brought\s+about)"
_FIGURES = rf"(?:{_RESULTS}|figures?|numbers?|findings?|changes?)"
CAUSAL = (*CAUSAL,
          rf"{_MADE}\s+(?:all|any|much|most)\s+(?:of\s+)?(?:this|that|these|those|it|them"
          rf"|the\s+(?:[\w-]+\s+)?{_FIGURES})",
          rf"{_MADE}\s+(?:the|these|this|those|its|their)\s+(?:[\w-]+\s+)?{_FIGURES}",
          rf"{_MADE}\s+(?:it|this|that)(?=\s*[.;:!?)]|\s*$)",
          r"(?:is|are|was|were)\s+(?:\w+\s+)?responsible(?=\s*[.;:!?)]|\s*$)")


# a claim the text cites to weigh it, said before its quotation: "claims" (regex fragments)
CLAIM_INTROS = (
    r"claim(?:s|ed)?",
    r"headlines?",
    r"rumou?rs?",
    r"(?:people|you)\s+(?:say|read|hear)",
    r"circulat\w*",
    r"going\s+round",
    r"goes\s+round",
    r"(?:doing|making)\s+the\s+rounds",
    r"posts?\s+(?:say|claim)",
    r"slogans?",
    r"catchphrases?",
    r"viral",
)

# the same, said after the quotation: "is going round" (regex fragments)
CLAIM_AFTERS = (
    r"(?:is|are|was|were|keeps?)\s+(?:going|doing|making)\s+(?:the\s+)?rounds?",
    r"went\s+viral",
    r"circulat\w*",
)

# a verdict against a quoted claim: "false", "misleading" (regex fragments)
CLAIM_VERDICTS = (
    r"false",
    r"misleading",
    r"not\s+true",
    r"untrue",
    r"wrong",
    r"goes\s+too\s+far",
    r"go\s+too\s+far",
    r"overstat\w*",
    r"not\s+what\s+the\s+(?:study|paper|research)",
)

# a label that cites a claim and rejects it at once: "MYTH:" (regex fragments)
MYTH_WORDS = (
    r"myths?",
    r"misconceptions?",
    r"false\s+claims?",
    r"misbeliefs?",
)

# a verb of telling or knowing and "whether": a question left open (regex fragments)
OPEN_QUESTIONS = (
    r"(?:tell|know|say|see|show|judge|determine|detect|assess|find\s+out|sure)\s+(?:whether|if)",
)

# --- s37: a claim the text talks about rather than makes -----------------------------------
# saying a claim is wrong is not making it: "it would be wrong to say that ...", "it is not
# true that ...", "we don't write that ..." (a frame before the claim, regex fragments)
CAVEATS = (*CAVEATS,
           r"(?:wrong|false|incorrect|untrue|misleading|a\s+mistake|an\s+error)\s+to\s+(?:say"
           r"|claim|write|think|believe|conclude|suggest)",
           r"not\s+(?:true|correct|right)\s+(?:to\s+say\s+)?that",
           r"contrary\s+to\s+what")
# where claims go round, before a quotation of one: "my feed exploded with '...'",
# "social media posts saying '...'" (the channel, never a person's own words)
CLAIM_INTROS = (*CLAIM_INTROS,
                r"feeds?", r"timelines?", r"social\s+media", r"posts?", r"tweets?", r"memes?",
                r"influencers?", r"ads", r"adverts?", r"advertisements?", r"forums?",
                r"chat\s+groups?", r"group\s+chats?", r"WhatsApp", r"TikTok", r"Facebook")
# the exposure called the origin or reason of the results: "the transplant was the reason
# for these results", "is behind these results" (said of the exposure the sentence names)
CAUSAL = (*CAUSAL,
          r"(?:is|was|were|are|be)\s+(?:\w+\s+){0,2}?(?:the\s+(?:real\s+|true\s+|main\s+|only\s+)?"
          r"(?:reason|origin)\s+(?:for|of|behind)|behind)\s+(?:these|the|those|this|its|their)"
          r"\s+(?:\w+\s+)?(?:results?|findings?|outcomes?|improvements?|benefits?|figures?)")
# wording the text tells its reader not to use is cited and rejected at once: "we don't
# write '40 in 100'", "never say 'cure'", "avoid turning +31% into '31 in 100'"
MYTH_WORDS = (*MYTH_WORDS,
              r"(?:don['’]t|do\s+not|never|not\s+to|avoid(?:ing)?)\s+(?:write|writing|say|saying"
              r"|use|using|turn|turning|put|putting|call|calling|present|presenting|report"
              r"|reporting|translate|translating)")
