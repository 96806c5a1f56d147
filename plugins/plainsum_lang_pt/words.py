"""Portuguese word lists: what the fact checker, the sentence splitter and language
identification read. Regex fragments are matched case-insensitively at word boundaries.
European Portuguese first; Brazilian forms are accepted where they differ."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


# The most common Portuguese function words (for telling languages apart, not for removal).
# Words Spanish writes the same way (de, que, a, se, por, para, como) count for both.
STOPWORDS = _set("""
de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao
ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso
ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram
essa num nem suas meu às minha têm numa pelos elas havia seja qual será nós tenho lhe
deles essas esses pelas este fosse dele tu te vocês vos lhes meus minhas nosso nossa
nossos nossas dela delas esta estes estas aquele aquela aqueles aquelas isto aquilo são
pode podem sobre após ainda cada outro outra outros outras todos todas tudo onde porque
""")

# Lower case, with their dots (the common abbreviations of Portuguese usage). Words that
# also end sentences are left out: "dez." (ten, and dezembro), "mar." (the sea, março),
# "ex." alone ("o ex." is rare, "p. ex." is kept).
ABBREVIATIONS = _set("""
dr. dra. drs. dras. sr. sra. srs. sras. prof. profa. profs. eng. enga. exmo. exma. sto.
sta. av. etc. aprox. cf. fig. figs. pág. págs. vol. vols. tel. art. arts. cap. caps. séc.
univ. hosp. dep. dept. jan. fev. abr. jun. jul. ago. set. out. nov. m.d. ph.d. a.c. d.c.
i.e. e.g. vs.
""") | {"p. ex.", "et al.", "a. c.", "d. c.", "s. a.", "lda."}

# Only before a number: "n. 5", "p. 12" ("no." is a Portuguese word: "no. O estudo").
NUMBER_ABBREVIATIONS = frozenset({"n.", "p.", "pp.", "núm."})

# "progressiva" (a form of EM) is not a worsening word: only "progrediu"/"progressão" are.
# "mais"/"menos" before "de"/"do"/"da"/"que" are quantities ("mais de metade"), not changes;
# "melhor"/"pior" alone are also adjectives, kept as in the other packs.
DIRECTIONS = {
    "improved": [r"melhor\w*", r"recuper\w*"],
    "worsened": [r"pior\w*", r"agrav\w*", r"deterior\w*", r"progrediu", r"progrediram",
                 r"progressão"],
    "increased": [r"aument\w*", r"subi(?:u|ram|da|do|r)", r"sobe(?:m)?", r"cresc\w*",
                  r"elev(?:ou|aram|ado|ada)", r"duplic\w*", r"triplic\w*", r"maior(?:es)?",
                  r"mais(?!\s+(?:de|do|da|dos|das|que)\b)"],
    "decreased": [r"diminu\w*", r"reduz\w*", r"reduç\w*", r"baix(?:ou|aram|ado|ada|ar)",
                  r"desc(?:eu|eram|ida|er)", r"ca(?:iu|íram)", r"queda", r"menor(?:es)?",
                  r"menos(?!\s+(?:de|do|da|dos|das|que)\b)"],
    "unchanged": [r"estáve(?:l|is)", r"estabiliz\w*", r"inalterad\w*",
                  r"sem (?:alteraç(?:ão|ões)|mudanças?)", r"não (?:se )?(?:alter|mud)\w*",
                  r"(?:manteve-se|mantiveram-se|ficou|ficaram|permaneceu|permaneceram) "
                  r"(?:igual|iguais|na mesma)"],
}

NEGATIONS = ["não", "nunca", "jamais", "sem", "nem", "nenhum", "nenhuma", "ninguém", "nada",
             "tampouco"]

# verbs that keep a change from happening: "evitar que ... piore", "travar o agravamento"
PREVENTIONS = [r"evit\w*", r"imped\w*", r"trav(?:a|am|ar|ou|aram|ando)", r"preven\w*",
               r"previn\w*", r"det(?:ém|êm|er|eve|iveram)"]

PERCENT_WORDS = (r"por\s+cento", r"pct\.?")
FREQUENCY_WORDS = (r"em\s+cada", r"de\s+cada", "em", "de", r"num\s+total\s+de")
RANGE_WORDS = (("de", "a"), ("entre", "e"), ("desde", "até"), ("de", "até"), ("do", "ao"),
               ("desde", "a"))
TIME_UNITS = {
    "year": ("anos", "ano"),
    "month": ("meses", "mês"),
    "week": ("semanas", "semana", "sem."),
    "day": ("dias", "dia"),
    "hour": ("horas", "hora", "h"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {r"d[ée]cada": (10, "year"), r"dec[éê]nio": (10, "year")}
