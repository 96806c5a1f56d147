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
    # "mais eficaz (do que ...)": o tratamento fez melhor, não mais do resultado
    "improved": [r"melhor\w*", r"recuper\w*", r"mais\s+eficaz(?:es)?",
                 r"mais\s+efec?tiv[oa]s?"],
    "worsened": [r"pior\w*", r"agrav\w*", r"deterior\w*", r"progrediu", r"progrediram",
                 r"progressão", r"menos\s+eficaz(?:es)?",
                 r"menos\s+efec?tiv[oa]s?"],
    "increased": [r"aument\w*", r"subi(?:u|ram|da|do|r)", r"sobe(?:m)?", r"cresc\w*",
                  r"elev(?:ou|aram|ado|ada)", r"duplic\w*", r"triplic\w*", r"maior(?:es)?",
                  r"mais(?!\s+(?:de|do|da|dos|das|que|rar[oa]s?)\b)"],
    "decreased": [r"diminu\w*", r"reduz\w*", r"reduç\w*", r"baix(?:ou|aram|ado|ada|ar)",
                  r"desc(?:eu|eram|ida|er)", r"ca(?:iu|íram)", r"queda", r"menor(?:es)?",
                  # "pelo menos", "ao menos": at least, no decrease
                  r"(?<!\bpelo\s)(?<!\bao\s)menos(?!\s+(?:de|do|da|dos|das|que)\b)",
                  r"mais\s+rar[oa]s?"],
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
    "minute": ("minutos", "minuto"),
}
# a duration said without a number: regex fragment (one word, singular) -> (value, unit)
IMPLIED_DURATIONS = {r"d[ée]cada": (10, "year"), r"dec[éê]nio": (10, "year")}

# --- effect measures, signs and hedges, as the fact checker reads them ----------------
# hedge id -> the words right before a figure ("cerca de 12 %", "mais de metade")
_ART = r"(?:\s+(?:o|a|os|as|um|uma))?"  # "quase a metade"
HEDGE_WORDS = {
    "about": (r"cerca\s+d[eoa]s?", rf"aproximadamente{_ART}", r"por\s+volta\s+d[eoa]s?",
              r"em\s+torno\s+d[eoa]s?", rf"mais\s+ou\s+menos{_ART}",
              r"(?:qualquer\s+coisa|algo)\s+como", r"(?:à|em)\s+volta\s+d[eoa]s?",
              r"(?:na|da)\s+ordem\s+d[eoa]s?", r"grosso\s+modo", "~", "≈",
              # a verb of approximation: "a redução rondou os 45 %", "ronda o 45 %"
              r"rond(?:a|am|ava|avam|ou|aram|ará|e)(?:\s+(?:os?|as?|um|uma))?"),
    "nearly": (rf"quase{_ART}", r"perto\s+d[eoa]s?", rf"praticamente{_ART}"),
    "more-than": (r"mais\s+d[eoa]s?", r"acima\s+d[eoa]s?", r"superior(?:es)?\s+a", ">"),
    "at-least": (rf"pelo\s+menos{_ART}", rf"no\s+mínimo{_ART}", "≥"),
    "less-than": (r"menos\s+d[eoa]s?", r"abaixo\s+d[eoa]s?", r"inferior(?:es)?\s+a", "<"),
    "up-to": (rf"até{_ART}", rf"no\s+máximo{_ART}", "≤"),
}
# a minus said in words right before a figure: "menos 0,17"
MINUS_WORDS = ("menos",)
# ratio kind -> its names (matched case-insensitively) and abbreviations (as written)
RATIO_WORDS = {
    "hazard": (r"hazard\s+ratio", r"razão\s+de\s+riscos?(?:\s+instantâneos?)?"),
    "odds": (r"odds\s+ratio", r"razão\s+de\s+(?:chances|probabilidades)"),
    "risk": (r"risco\s+relativo",),
    "rate": (r"razão\s+de\s+taxas",),
}
RATIO_ABBREVIATIONS = {"hazard": ("HR",), "odds": ("OR", "RC"), "risk": ("RR",),
                       "rate": ("IRR",)}
CI_WORDS = ("IC", r"intervalos?\s+de\s+confiança")
PVALUE_WORDS = (r"valor\s+(?:de\s+)?p",)
# after a figure: an absolute difference of shares ("5 pontos percentuais")
POINT_WORDS = (r"pontos?\s+percentua(?:is|l)", r"p\.p\.", r"pontos?")
# after a figure: a multiple ("quatro vezes mais"); not a dose ("duas vezes ao dia")
FOLD_WORDS = (r"vezes(?!\s+(?:ao|à|por|cada|a\s+cada)\b)",)
FOLD_SUFFIXES: tuple[str, ...] = ()
MULTIPLE_WORDS = {"dobro": 2, r"duplic(?:ou|aram|a|am|ado|ada)": 2, "triplo": 3,
                  r"triplic(?:ou|aram|a|am|ado|ada)": 3}
FRACTION_WORDS = {r"(?:a\s+)?metade": 50, r"um\s+terço": 100 / 3, r"dois\s+terços": 200 / 3,
                  r"um\s+quarto": 25, r"três\s+quartos": 75, r"um\s+quinto": 20}
FINDING_WORDS = (r"(?:nesta|na|desta)\s+(?:nova\s+)?análise",
                 r"mostr(?:ou|aram|a|am)", r"revel(?:ou|aram)", r"demonstr(?:ou|aram)",
                 r"observ(?:ou|aram)", r"constat(?:ou|aram)", r"verific(?:ou|aram)",
                 r"encontr(?:ou|aram)", r"(?:neste|no)\s+(?:estudo|ensaio)", "participantes",
                 # o estudo como tempo ou lugar do que aconteceu: "durante o estudo"
                 r"(?:durante\s+(?:o|este)|ao\s+longo\s+d(?:o|este))\s+(?:mesmo\s+)?"
                 r"(?:estudo|ensaio)", r"do\s+(?:estudo|ensaio)",
                 r"(?:estudad|incluíd|recrutad)[oa]s", r"(?:nesta|desta)\s+(?:coorte|amostra)")
CONTEXT_WORDS = (r"para\s+contextualizar", r"contexto",
                 r"para\s+comparação", r"(?:em|por)\s+comparação", r"como\s+referência",
                 r"anterior(?:es)?", r"prévi[oa]s?", r"outros\s+estudos", r"em\s+geral",
                 "geralmente", "habitualmente", "normalmente", r"costuma[m]?",
                 r"(?:todos\s+os\s+anos|por\s+ano|a\s+cada\s+ano)",
                 r"(?:em\s+todo\s+o|no)\s+mundo",
                 # "segundo", but not of this study ("segundo esta análise") nor a second
                 # result ("Segundo resultado desta análise")
                 r"segundo(?!\s+(?:est[ae]|[oa])\s+(?:nov[ao]\s+)?(?:estudo|análise|ensaio)"
                 r"|\s+resultado)", r"estima[\s-]se",
                 r"estimad[oa]s?", r"ao\s+longo\s+da\s+vida", r"frequentes?", "comum",
                 r"afeta[m]?", r"nacion(?:al|ais)",
                 # um resultado anterior dito com "já tinha": "já tinha mostrado"
                 r"anteriormente", r"já\s+(?:tinha|havia)m?")

# --- claims (causal-claim, invented-difference) -----------------------------------------
# Uma causa dita sem rodeios (fragmentos regex). Só formas conjugadas: "para reduzir o
# risco" é um propósito, "um risco reduzido" uma descrição; "causa" depois de um artigo ou
# de "por" é o substantivo ("por causa de"). "Protege os nervos" não é uma causa,
# "protege contra" é.
_RISCO = r"(?:riscos?|probabilidades?|hipóteses|taxas?|incidências?)"
# um número entre o verbo e o risco: "reduz em 22 % o risco"
_CIFRA = r"(?:(?:em\s+)?(?:um\s+)?(?:\d[\d.,]*\s*%|(?:[\w.,-]+\s+){1,5}?por\s+cento)\s+)?"
CAUSAL = (
    r"previne(?:m)?(?!\s+que\b|-se)", r"preveni(?:u|ram|a|am)",
    r"ajud(?:a|am|ou|aram)\s+a\s+prevenir",
    # "evitar" afirma uma causa, salvo numa relativa ("as pessoas que evitam o açúcar")
    r"(?<!\b(?:que|quem|se)\s)(?:evita(?:m)?|evit(?:ou|aram|ava|avam))(?!-se)",
    r"ajud(?:a|am|ou|aram)\s+a\s+evitar",
    r"proteg(?:e|em|eu|eram|ia|iam)(?=\s*[.;:,!)]|\s*$)",
    # a exposição dita causa daquilo de que se fala ("e que a falta de vitamina D é a
    # causa") ou da diferença do estudo ("causou a taxa mais baixa")
    r"(?:é|são|era|foi)\s+(?:a|uma)\s+(?:verdadeira\s+|principal\s+)?causa(?!\s+d[eoa]s?\b)",
    r"(?:caus(?:a|am|ou|aram)|provoc(?:a|am|ou|aram))\s+(?:a|o|uma|um)\s+\w+\s+(?:mais\s+"
    r"(?:baix|alt)|menor|maior|inferior|superior)\w*",
    r"(?:permite|permitem|permitiu|permitiram|ajuda|ajudam|ajudou)\s+(?:a\s+)?(?:reduzir"
    r"|baixar|diminuir|prevenir)",
    r"proteg(?:e|em|eu|eram)\s+(?:\w+\s+)?(?:contra|de|do|da|dos|das)",
    rf"(?:reduzia(?:m)?|diminuía(?:m)?|aumentava(?:m)?|baixava(?:m)?|duplicava(?:m)?"
    rf"|elevava(?:m)?|reduz|reduzem|reduziu|reduziram|diminui|diminuem|diminuiu|diminuíram"
    rf"|baixa(?:m)?"
    rf"|baix(?:ou|aram)|corta(?:m)?|cort(?:ou|aram)|aumenta(?:m)?|aument(?:ou|aram)"
    rf"|duplica(?:m)?|duplic(?:ou|aram)|eleva(?:m)?|elev(?:ou|aram)|dispara(?:m)?"
    rf"|dispar(?:ou|aram|ava|avam)|multiplica(?:m)?|multiplic(?:ou|aram|ava|avam)"
    rf"|triplica(?:m)?|triplic(?:ou|aram))\s+{_CIFRA}(?:o|os|a|as"
    rf"|seu|seus"
    rf"|sua|suas)\s+(?:[\w-]+\s+){{0,2}}?{_RISCO}",
    r"salva(?:m)?\s+vidas", r"salv(?:ou|aram)\s+vidas",
    r"graças\s+(?:a|à|ao|aos|às)",
    # uma doença travada: "trava a progressão da EM"
    r"(?:trava|travam|travou|travava|detém|detêm|deteve|impede|impedem|impediu)"
    r"\s+(?:a|o)\s+(?:progressão|agravamento|evolução|avanço)",
    # uma causativa de mudança: "faz subir o risco", "fez baixar as infeções"
    r"(?:faz|fazem|fazia|faziam|fez|fizeram|(?:tem|têm)\s+feito)\s+(?:[\w-]+\s+)?(?:subir"
    r"|descer|aumentar|diminuir|cair|disparar|crescer|baixar|duplicar|triplicar|explodir"
    r"|elevar|reduzir)",
    # o risco dito com um pronome: "reduzem-no em 22%", "o reduz em 22%"
    r"(?:reduz|reduzem|reduziu|reduziram|diminui|diminuem|diminuiu|diminuíram|aumenta(?:m)?"
    r"|aument(?:ou|aram)|eleva(?:m)?|baixa(?:m)?|corta(?:m)?|duplica(?:m)?|multiplica(?:m)?"
    r"|dispara(?:m)?)-(?:o|a|os|as|no|na|nos|nas|lo|la|los|las)\s+em\s+(?:cerca\s+de\s+)?"
    r"[\d.,]+\s*(?:%|por\s+cento)",
    r"(?<!\bse\s)(?:o|a|os|as)\s+(?:reduz|reduzem|reduziu|reduziram|diminui|diminuem|diminuiu"
    r"|aumenta(?:m)?|aument(?:ou|aram)|eleva(?:m)?|duplica(?:m)?|multiplica(?:m)?)\s+em\s+"
    r"(?:cerca\s+de\s+)?[\d.,]+\s*(?:%|por\s+cento)",
)
# Uma causa de qualquer coisa ("provoca", "causa"): uma afirmação quando a frase nomeia
# também um resultado do estudo; "a falta de vitamina D causa problemas ósseos" é contexto.
CAUSING = (
    r"(?<!\b(?:a|por|da|de|uma|sua|as|principal|outra)\s)causa(?:m)?",
    r"caus(?:ou|aram|ava|avam)", r"provoca(?:m)?", r"provoc(?:ou|aram|ava|avam)",
    r"desencade(?:ia|iam|ou|aram)", r"(?<!\bse\s)favorece(?:m)?", r"favorece(?:u|ram)",
    r"(?:é|são|foi|foram)\s+(?:o\s+|a\s+|os\s+|as\s+)?responsáve(?:l|is)\s+(?:por|pel)",
    # uma mudança atribuída à exposição: "reduziu em 50% as depressões"
    r"(?<!\bse\s)(?:reduziu|reduziram|reduz|reduzem|diminuiu|diminuíram|aumentou|aumentaram"
    r"|duplicou|duplicaram)(?!-se)\s+(?:em\s+(?:cerca\s+de\s+)?[\d.,]+\s*(?:%|por\s+cento)\s+"
    r"(?:o|a|os|as|seus?|suas?)|(?:o|a|os|as|seus?|suas?)\s+(?:[\w-]+\s+){0,5}?em\s+"
    r"(?:cerca\s+de\s+)?[\d.,]+\s*(?:%|por\s+cento))",
)
CAVEATS = (r"poderá", r"poderão", r"poderia(?:m)?", "talvez", "possivelmente",
           "provavelmente", "eventualmente", r"(?:demasiado\s+)?cedo", r"incert\w+",
           # "se" só depois de um verbo de saber: é também o pronome ("trata-se de")
           r"(?:saber|perceber|ver|avaliar|esclarecer|determinar|confirmar|testar|estudar"
           r"|investigar|verificar)\s+se",
           r"hipótese", r"perceber", r"esclarecer", r"pode\s+ser\s+que", r"especula\w*",
           r"esper(?:a|am|amos|ava|avam|ança)", r"para\s+(?:demonstrar|provar|confirmar)",
           r"(?:pensa|julga|supõe|crê|acredita)-se", r"supostamente",
           # o que se diz por aí, não o que o texto afirma: "circula que", "o boato de"
           r"circula(?:m|va)?", r"boatos?", r"mitos?", r"rumor(?:es)?",
           r"(?:diz|ouve|lê)-se", r"dizem\s+que",
           # a claim said impossible to make is not made: "impossible to attribute"
           r"impossível",
           r"difícil\s+(?:de\s+)?(?:dizer|saber|atribuir|concluir|afirmar|provar)")
ASSOCIATIVE = ("esteve associado a", "esteve ligado a")
SAME = (r"nenhuma\s+(?:[\w-]+\s+){0,2}?diferenças?",
        r"não\s+(?:houve|há|havia|se\s+\w+|foram\s+\w+)\s+(?:[\w-]+\s+){0,2}?diferenças?",
        r"sem\s+(?:[\w-]+\s+)?diferenças?", r"não\s+(?:se\s+)?difer\w+",
        r"(?:não|sem)\s+(?:\w+\s+)?(?:estatisticamente\s+)?significativ\w+", r"semelhantes?",
        r"similar(?:es)?", r"parecid[oa]s?", r"comparáve(?:l|is)", r"(?:o|a|os|as)\s+mesm[oa]s?",
        r"igua(?:l|is)", "igualmente", r"tão\s+(?:\w+\s+)?(?:como|quanto)",
        r"tanto\s+(?:[\w-]+\s+){0,4}?(?:como|quanto)", r"nem\s+melhor\s+nem\s+pior",
        r"não\s+(?:foi\s+|foram\s+)?melhor(?:es)?", r"não\s+(?:foi\s+|foram\s+)?pior(?:es)?",
        r"(?:ao|por)\s+acaso", r"nenhum\s+dos\s+dois", r"nenhuma\s+das\s+duas",
        # a finding verb or the copula negated before the difference ("o estudo não
        # encontrou uma diferença clara", "não é uma diferença clara"), or one said
        # without statistical meaning; without "não" it is a difference
        r"não\s+(?:se\s+)?(?:encontr|observ|mostr|detet|detect|revel|evidenci|verific|identific"
        r")\w*\s+(?:[\w-]+\s+){0,2}?diferenças?",
        r"não\s+(?:é|foi|era|são|foram|eram)\s+(?:[\w-]+\s+)?diferenças?",
        r"sem\s+significado\s+estatístico")
COMPARATIVES = (r"(?<=\b(?:mais|menos|melhor|melhores|pior|piores|maior|maiores|menor|menores)"
                r"\b(?:\s+[\w-]+){0,6}\s+)(?:do\s+que|que)"
                # "os que fizeram a TAC" (those who) is no "than"
                r"(?<!\b(?:os|as|o|a|aqueles|aquelas|daqueles|daquelas|entre\s+os|entre\s+as)\s+que)",)
DIFFERENCES = (
    # fewer of something is fewer than in the other group ("needed fewer visits")
    r"(?<!\bpelo\s)(?<!\bao\s)menos\s+(?!de\b|do\b|da\b|dos\b|das\b|que\b)\p{L}+",
    # a comparative said with a verb: "visits were lower with rivaroxaban"
    r"(?:foi|foram|era|eram|é|são)\s+(?:\w+\s+)?(?:menos|mais|menor(?:es)?|maior(?:es)?"
    r"|melhor(?:es)?|pior(?:es)?)(?!\s+(?:de|do|da|dos|das)\b)",
    # comparativos que já são uma diferença, ou com "claramente"
    r"(?:mais|menos)\s+(?:rar[oa]s?|frequentes?|comuns?|habituais|frequentemente|vezes)",
    r"com\s+(?:mais|menos|maior|menor)\s+frequência",
    r"(?:claramente|significativamente|muito|bastante|nitidamente|consideravelmente)\s+"
    r"(?:mais|menos|melhor(?:es)?|pior(?:es)?|maior(?:es)?|menor(?:es)?)",
    r"(?:mais|menos)\s+eficaz(?:es)?", r"(?:mais|menos)\s+efica(?:z|zes)",
    r"(?:mais|menos)\s+efetiv[oa]s?", r"funcion(?:ou|a|aram|am)\s+(?:melhor|pior)",
    # "fez melhor do que o iodo", "saiu-se pior"
    r"(?:fez|fizeram|faz|fazem)\s+(?:\w+\s+)?(?:melhor|pior)",
    r"(?:se\s+)?sa(?:iu|íram|i|em)(?:-se)?\s+(?:\w+\s+)?(?:melhor|pior)",
    r"super(?:ou|aram|a|am)\s+(?:o|os|a|as)", r"(?:maior|menor)\s+(?:[\w-]+\s+)?(?:risco"
    r"|probabilidade|taxa)", r"(?:risco|probabilidade)\s+(?:[\w-]+\s+)?(?:maior"
    r"|menor|mais\s+(?:alt|baix)[oa]|reduzid[oa])",
    # "aliviou a dor mais do que o iodo" ("mais de metade" é uma quantidade)
    r"(?:mais|menos)\s+(?:do\s+)?que(?!\s+(?:\d|(?:antes|nunca|o\s+esperado)\b))")

# comparatives that give an effect figure its direction, besides DIRECTIONS (fact checker)
EFFECT_DIRECTIONS = {
    "decreased": (r"abaixo", r"inferior(?:es)?", r"mais\s+(?:baix|curt|barat)[oa]s?",
                  r"mais\s+breves?",
                  r"menor(?:es)?", r"a\s+menos", r"poupan[çc]as?", r"poup(?:ou|aram|a|am)",
                  r"economi(?:a|as|zou|zaram)",
                  # the figure's noun, then its direction: "22% de risco a menos"
                  r"de\s+\p{L}+(?:\s+\p{L}+){0,2}?\s+a\s+menos"),
    "increased": (r"acima", r"superior(?:es)?", r"mais\s+(?:alt|long|car)[oa]s?", r"maior(?:es)?",
                  r"a\s+mais", r"de\s+\p{L}+(?:\s+\p{L}+){0,2}?\s+a\s+mais"),
}

# after a figure: so many thousand, million, billion ("37 million"), as the fact checker reads them
SCALE_WORDS = {"mil": 1e3, r"milh(?:ão|ões|ao|oes)": 1e6, r"mil\s+milh(?:ão|ões|ao|oes)": 1e9,
               r"bilh(?:ão|ões)": 1e9}

# between two figures: the second is the other group's ("10% vs 1%", as the fact checker reads it)
VERSUS_WORDS = (r"vs\.?", "versus", "contra", r"em\s+comparação\s+com", r"comparad[oa]s?\s+com",
                r"face\s+a(?:o|os)?",
                # one group put in the other's place: "clorexidina em vez de iodo"
                r"em\s+(?:vez|lugar)\s+d(?:e|o|a|os|as)", r"ao\s+invés\s+d(?:e|o|a|os|as)")
# people named before, pointed back to: "of these women", "de ellas"
ANAPHORA = (r"(?:estas|estes|essas|esses|destas|destes|dessas|desses|nestas|nestes)\s+"
            r"(?!(?:resultados?|dados|estudos?|números?)\b)\p{L}+",
            r"(?:delas|deles|entre\s+elas|entre\s+eles)",
            r"(?:n|d)?(?:esse|este|aquele)\s+(?:grupo|subgrupo|braço)")

# a half said after a figure or its unit: "cinco anos e meio", "duas vezes e meia"
HALF_WORDS = (r"e\s+mei[oa]",)

# nouns that say only that people form a group of a study (no group in particular)
GROUP_NOUNS = ("grupo", "grupos", "braço", "braços", "coorte")

# words a text uses for one another: an outcome's word said with its synonym still names it
SYNONYMS = (("consulta", "visita"), ("internamento", "hospitalização", "internação"),
            ("médico", "doutor"), ("reação", "irritação"))

# a multiple of the other group's is a difference too ("twice as common", "o dobro")
DIFFERENCES = (*DIFFERENCES,
               r"(?:o|ao)\s+dobro",
               r"(?:duas|três)\s+vezes\s+(?:mais|menos)",
               )

# a causa e o efeito ditos como o que o estudo mostra: uma afirmação por si só
CAUSATION = (r"(?:relação|ligação|nexo)\s+(?:de\s+)?causa[\s-]+(?:e\s+)?efeito",
             r"causa\s+e\s+efeito", r"(?:relação|ligação|nexo|efeito)\s+causal")
# a yes that answers the question before it (a causal question answered yes is a claim)
YES_WORDS = ("sim", "certo")

# --- CHKREC 2026-12-06: construções causais além de um verbo --------------------------------
_RESULTADOS = r"(?:resultados?|efeitos?|melhorias?|benefícios?|diferenças?)"
CAUSAL = (*CAUSAL,
          r"(?:fez|faz|fazem|fizeram)\s+(?:toda\s+)?a\s+diferença",
          rf"(?:é|são|foi|era)\s+(?:\w+\s+){{0,2}}?(?:a|uma)\s+(?:verdadeira\s+|principal\s+)?"
          rf"causa\s+(?:destes|deste|desta|destas|dos|do|da|das)\s+(?:\w+\s+)?{_RESULTADOS}",
          r"(?:é|são|foi|era)\s+(?:\w+\s+){1,2}?(?:a|uma)\s+(?:verdadeira\s+|principal\s+)?"
          r"causa(?!\s+(?:de|do|da|dos|das)\b)",
          # um gerúndio depois de vírgula: "..., reduzindo o risco em 22 %"
          rf"(?<=,\s*)(?:reduzindo|diminuindo|baixando|aumentando|elevando|duplicando)\s+(?:o|a|os|as"
          rf"|seu|sua|seus|suas)\s+(?:[\w-]+\s+){{0,2}}?{_RISCO}")
CAUSATION = (*CAUSATION, r"efeito\s+protetor", r"causalidade")
# a vantagem de um grupo é uma diferença ("uma vantagem da alta precoce")
DIFFERENCES = (*DIFFERENCES,
               r"(?:uma|a)\s+(?:\w+\s+)?vantagem\s+(?:de|do|da|dos|das|para|a\s+favor)")

# --- uma causa dita como a exposição que «funciona» ou como o que um estudo prova -----------
_FIM = r"(?=\s*[.;:!?)»]|\s*$)"
CAUSAL = (*CAUSAL, rf"(?:funciona|funcionam|funcionava|funcionavam|funcionou){_FIM}",
          # um advérbio entre o verbo e o risco: "reduz diretamente o risco"
          rf"(?:reduz|reduzem|reduziu|diminui|diminuem|diminuiu|aumenta|aumentam|aumentou)"
          rf"\s+\w+mente\s+(?:o|a|os|as|seu|sua)\s+(?:[\w-]+\s+){{0,2}}?{_RISCO}")
# "mostra uma causa", "provas de causalidade"
CAUSATION = (*CAUSATION,
             r"(?:mostra|mostram|prova|provam|provou|demonstra|demonstram|demonstrou)\s+"
             r"(?:[\w-]+\s+){0,2}?(?:uma|a|as)\s+(?:verdadeira\s+)?causas?(?!\s+(?:de|do|da|dos|das)\b)",
             r"provas?\s+de\s+(?:uma\s+)?causa(?:lidade)?")

# uma diferença dita como nome entre os grupos ("uma grande diferença entre")
DIFFERENCES = (*DIFFERENCES,
               r"(?:uma|a)\s+(?:[\w-]+\s+){0,2}?diferença\s+(?:[\w-]+\s+)?entre")

# um múltiplo do valor do outro grupo é uma direção ("quase metade", "o dobro"); "metade
# dos doentes" é uma quantidade
DIRECTIONS = {**DIRECTIONS,
              "increased": [*DIRECTIONS["increased"], r"(?:o|ao)\s+dobro(?!\s+(?:cego|que|d))"],
              "decreased": [*DIRECTIONS["decreased"],
                            r"(?<!\bde\s)(?:a\s+)?metade(?!\s+(?:d|que))"]}

# a exposição dita causa do resultado do estudo ou dos seus números ("foi o transplante
# que causou o resultado", "explica estes números")
_CAUSOU = (r"(?:caus(?:ou|aram)|produz(?:iu|iram)?|provoc(?:ou|aram)|explic(?:a|am|ou|aram)"
           r"|(?:tem|têm)\s+(?:causado|produzido|provocado))")
CAUSAL = (*CAUSAL,
          rf"{_CAUSOU}\s+(?:o|os|este|estes|esse|esses|tudo\s+isto|tudo\s+isso)\s+"
          rf"(?:\w+\s+)?(?:{_RESULTADOS}|números|dados|valores|mudanças?)",
          rf"{_CAUSOU}\s+(?:tudo\s+)?(?:isto|isso)(?=\s*[.;:!?)»]|\s*$)")


# a claim the text cites to weigh it, said before its quotation: "claims" (regex fragments)
CLAIM_INTROS = (
    r"afirma\w*",
    r"(?:lê|diz|ouve)-se",
    r"circul\w*",
    r"boatos?",
    r"rumor\w*",
    r"manchete\w*",
    r"slogan\w*",
    r"viral\w*",
    r"corre(?:m)?\s+(?:nas|pelas)\s+redes",
)

# the same, said after the quotation: "is going round" (regex fragments)
CLAIM_AFTERS = (
    r"circul\w*",
    r"corre(?:m)?\s+(?:nas|pelas)\s+redes",
    r"viraliz\w*",
)

# a verdict against a quoted claim: "false", "misleading" (regex fragments)
CLAIM_VERDICTS = (
    r"fals[oa]",
    r"engan\w*",
    r"não\s+é\s+verdade",
    r"exagerad\w*",
    r"não\s+é\s+o\s+que\s+(?:diz|mostra)",
)

# a label that cites a claim and rejects it at once: "MYTH:" (regex fragments)
MYTH_WORDS = (
    r"mitos?",
    r"ideias?\s+feitas?",
    r"falsas?\s+crenças?",
)

# a verb of telling or knowing and "whether": a question left open (regex fragments)
OPEN_QUESTIONS = (
    r"(?:saber|dizer|ver|perceber|avaliar|determinar|mostrar|esclarecer|confirmar|segur[oa]s?)\s+se",
)

# --- s37: uma afirmação de que o texto fala, sem a fazer ------------------------------------
# dizer que uma afirmação é errada não é fazê-la: "é errado dizer que ...", "não é verdade
# que ...", "é falso que ..." (fragmentos regex)
CAVEATS = (*CAVEATS,
           r"(?:errado|falso|incorreto|enganador|enganoso|um\s+erro)\s+(?:dizer|afirmar|pensar"
           r"|achar|acreditar|escrever|concluir|sugerir)",
           r"não\s+é\s+(?:verdade|correto|certo)", r"é\s+falso", r"ao\s+contrário\s+do\s+que",
           r"contrariamente\s+ao")
# onde circulam as afirmações, antes de citar uma: "nas redes, toda a gente partilha '...'"
CLAIM_INTROS = (*CLAIM_INTROS,
                r"redes(?:\s+sociais)?", r"feed", r"publicaç(?:ão|ões)", r"posts?", r"tweets?",
                r"memes?", r"influencers?", r"anúncios?", r"fóruns?", r"WhatsApp", r"TikTok",
                r"Facebook")
# uma relação de causa sem o seu efeito continua a ser a causa ("os dados demonstram uma
# relação de causa")
CAUSATION = (*CAUSATION, r"(?:relação|ligação|nexo)\s+de\s+causa(?!\p{L})")
# a exposição dita origem ou razão dos resultados: "o transplante está na origem destes
# resultados"; uma clivada: "foi o transplante a causar estes resultados"
CAUSAL = (*CAUSAL,
          r"(?:é|foi|era|seja|fosse|está|esteve)\s+(?:\w+\s+){0,2}?(?:na\s+origem|a\s+(?:verdadeira\s+"
          r"|única\s+)?(?:causa|razão)|o\s+(?:verdadeiro\s+)?motivo)\s+(?:destes|dos|do|da|de)\s+"
          r"(?:\w+\s+)?(?:resultados?|melhorias?|benefícios?|números|dados)",
          r"(?:foi|é|era)\s+(?:o|a)\s+\w+\s+(?:\w+\s+)?(?:a|que)\s+(?:causar|provocar|produzir|travar"
          r"|causou|provocou|produziu|travou)")
# a formulação que o texto pede para não usar é citada e rejeitada ao mesmo tempo: "não
# escrevemos '40 em cada 100'", "não transformar +31% em '31 em cada 100'"
MYTH_WORDS = (*MYTH_WORDS,
              r"não\s+(?:escrev\w+|diga\w*|dizer|dizemos|us\w+|transform\w+|convert\w+|cham\w+"
              r"|apresent\w+|traduz\w+|ponha\w*)",
              r"nunca\s+(?:escrev|dig|diz|us|fal)\w*", r"evit(?:ar|e|em|emos)\s+(?:escrever|dizer)")
