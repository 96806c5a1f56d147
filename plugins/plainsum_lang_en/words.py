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
    "improved": [r"improv\w*", r"(?:got|get|gets|getting|became|become|becomes) better",
                 r"better", r"recover\w*"],
    "worsened": [r"wors\w*", r"deteriorat\w*", r"(?:got|get|gets|getting|became) worse",
                 r"progressed", r"progression", r"aggravat\w*"],
    "increased": [r"increas\w*", r"rose", r"risen", r"ris(?:e|es|ing)", r"higher",
                  r"more(?!\s+than\b)", r"grew", r"grow(?:s|n|ing)?", r"went up",
                  r"gone up", r"doubl\w*", r"tripl\w*", r"climb\w*", r"jump\w*"],
    "decreased": [r"decreas\w*", r"reduc\w*", r"fell", r"fallen", r"fall(?:s|ing)?",
                  r"lower\w*", r"drop\w*", r"declin\w*", r"went down", r"gone down",
                  r"less(?!\s+than\b)", r"fewer(?!\s+than\b)", r"halv\w*", r"shr[iau]nk\w*"],
    "unchanged": [r"stable", r"stabili[sz]\w*", r"unchanged", r"no change", r"did not change",
                  r"didn['’]t change", r"(?:stayed|remained|stay|stays|remain|remains) the same",
                  r"(?:stayed|remained) (?:steady|level)"],
}

# "n't" is joined to its verb, so it is matched with it ("don't", "can't").
NEGATIONS = ["not", "no", "never", "without", "cannot", r"\w+n['’]t", "neither", "nor",
             "none", "nobody", "nothing"]

# verbs that keep a change from happening: "prevent ... from getting worse"
PREVENTIONS = [r"prevent\w*", r"stop(?:s|ped|ping)?", r"halt\w*", r"block\w*"]

PERCENT_WORDS = ("percent", r"per\s+cent", r"pct\.?")
FREQUENCY_WORDS = (r"out\s+of", r"in\s+every", r"of\s+every", "in", "of")
RANGE_WORDS = (("from", "to"), ("between", "and"), ("from", "through"), ("from", "until"))
TIME_UNITS = {
    "year": ("years", "year", "-year", "-years", "yrs", "yr"),
    "month": ("months", "month", "-month", "-months", "mo"),
    "week": ("weeks", "week", "-week", "-weeks", "wk", "wks"),
    "day": ("days", "day", "-day", "-days"),
    "hour": ("hours", "hour", "-hour", "-hours", "hrs", "hr", "h"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {"decade": (10, "year")}
