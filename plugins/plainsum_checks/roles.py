"""Who the text says a person or an organisation is: the first author called the senior
author, a company's spokesperson called the study's leader, an author placed at an
organisation the sheet does not give as theirs, a university named as the study's funder.

A press release is read for who said what and who paid: a misattributed role or funder
is an error a journalist repeats. Only what the sheet states is judged, and only where
the text ties the role or organisation to the person by its construction (an apposition,
"of"/"de"/"von" after the name, a copula, a funding phrase followed by a list of names);
a role or organisation elsewhere in the sentence is left alone.
"""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

import regex
from plainsum.factsheet.model import FactSheet, Organisation, Person, local_text
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

# What a text may call a person, by class. "lead" is any role of running the study (the
# first or the senior author may be either); "author" any author. Whole phrases, read
# case-insensitively at word boundaries.
_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"first": (r"first[- ]author", r"lead author", r"co-?first author"),
           "senior": (r"senior author", r"last author", r"co-?senior author"),
           "author": (r"co-?authors?", r"study(?:'s)? authors?",
                      r"(?:an |one of the )?authors? of the (?:study|paper)",
                      r"one of the (?:study(?:'s)? )?authors"),
           "lead": (r"led by", r"study leader", r"principal investigator",
                    r"lead investigator", r"chief investigator",
                    r"led the (?:study|trial|research)")},
    "es": {"first": (r"primer autor", r"primera autora", r"primera firma(?:nte)?",
                     r"co-?primera autora", r"co-?primer autor"),
           "senior": (r"autora? s[eé]nior", r"[uú]ltim[oa] autora?", r"[uú]ltima firma(?:nte)?"),
           "author": (r"coautora?", r"autora? del (?:estudio|trabajo|art[ií]culo)",
                      r"firmante del estudio"),
           "lead": (r"investigadora? principal", r"dirigid[oa] por", r"liderad[oa] por",
                    r"directora? del (?:estudio|ensayo)", r"coordinad[oa] por",
                    r"autora? principal")},
    "fr": {"first": (r"(?:co-?)?premi(?:er|ère) aut(?:eur|eure|rice)",
                     r"premi(?:er|ère) signataire", r"qui signe l['’]étude en premier"),
           "senior": (r"aut(?:eur|eure|rice) senior", r"derni(?:er|ère) aut(?:eur|eure|rice)",
                      r"derni(?:er|ère) signataire", r"qui signe l['’]étude en dernier"),
           "author": (r"co-?aut(?:eur|eure|rice)",
                      r"aut(?:eur|eure|rice) de l['’](?:étude|article)", r"cosignataire"),
           "lead": (r"aut(?:eur|eure|rice) principale?", r"cherch(?:eur|euse) principale?",
                    r"investigat(?:eur|rice) principale?", r"dirigée? par", r"menée? par",
                    r"sous la direction d[eu]", r"responsable de l['’]étude")},
    "it": {"first": (r"prim[oa] (?:autore|autrice|firmatari[oa])", r"prima firma"),
           "senior": (r"(?:autore|autrice) senior", r"ultim[oa] (?:autore|autrice|firmatari[oa])",
                      r"ultima firma"),
           "author": (r"coautore", r"coautrice", r"(?:autore|autrice) dello studio",
                      r"tra gli autori dello studio"),
           "lead": (r"coordinat(?:ore|rice) dello studio", r"responsabile dello studio",
                    r"guidat[oa] da", r"coordinat[oa] da", r"ricercat(?:ore|rice) principale",
                    r"(?:autore|autrice) principale",
                    r"sperimentat(?:ore|rice) principale")},
    "pt": {"first": (r"primeir[oa] autora?", r"que assina o estudo em primeiro lugar"),
           "senior": (r"autora? s[eéê]nior", r"[uú]ltim[oa] autora?",
                      r"que assina o estudo em [uú]ltimo lugar"),
           "author": (r"coautora?", r"autora? do estudo", r"que assina o estudo"),
           "lead": (r"investigadora? principal", r"coordenadora? do estudo", r"liderad[oa] por",
                    r"coordenad[oa] por", r"dirigid[oa] por")},
    "de": {"first": (r"erst-?autor(?:in)?", r"erste[nr]? autor(?:in)?"),
           "senior": (r"senior-?autor(?:in)?", r"letzt-?autor(?:in)?", r"letzte[nr]? autor(?:in)?"),
           "author": (r"studienautor(?:in)?", r"co-?autor(?:in)?", r"ko-?autor(?:in)?",
                      r"mitautor(?:in)?", r"autor(?:in)? der studie",
                      r"mitglied des autorenteams"),
           "lead": (r"studienleiter(?:in)?", r"leiter(?:in)? der studie", r"geleitet von",
                    r"hauptautor(?:in)?", r"hauptprüfer(?:in)?")},
}
# Roles of someone outside the study's authors, which an author of the sheet is not: an
# independent expert or reviewer, a spokesperson, a journal's editor, an organisation's
# president, the study's funder, someone not involved in it. A spokesperson's, an
# editor's or a president's organisation may follow ("Sprecher der Herzstiftung",
# "presidente da British Heart Foundation"): capitalised words after a preposition.
_ORG_TAIL = (r"(?:\s+(?:of|for|at|de|da|do|della|dello|del|di|der|des|von|vom|du|dell['’])"
             r"(?:\s+(?:the|la|le|l['’]|il|lo|o|a|el))?\s*(?:(?-i:\p{Lu})[\p{L}.'’&-]*"
             r"(?:\s+(?:(?-i:\p{Lu})[\p{L}.'’&-]*|of|for|de|für|and|&)){0,5}"
             # or a body named by its kind ("de la fondation", "der Krankenkasse", "du
             # fabricant", "of the company", "dell'ospedale")
             r"|(?-i:\p{Ll})[\p{L}-]{2,}))?")
_OUTSIDER: dict[str, tuple[str, ...]] = {
    "en": (r"independent (?:expert|commentator|reviewer|researcher|scientist|specialist)",
           r"spokes(?:man|woman|person)" + _ORG_TAIL, r"vice[- ]president" + _ORG_TAIL,
           r"(?:drug|medicines?) regulator", r"regulator" + _ORG_TAIL,
           r"(?:the|a) patient(?= [A-Z])", r"(?:journal |NEJM )?editor" + _ORG_TAIL,
           r"editor-in-chief" + _ORG_TAIL, r"president" + _ORG_TAIL,
           r"chair(?:man|woman|person)?" + _ORG_TAIL[:-1],
           r"who funded the (?:study|research|trial|work)",
           r"(?:the )?funder of the (?:study|research|trial|work)",
           r"who (?:was|were) not involved in the (?:study|research|trial|work)",
           r"funders?", r"who reviewed the (?:study|paper|trial|article) for the journal",
           r"(?:peer[ -])?reviewer for the journal",
           r"not involved in the (?:study|research|trial|work)",
           # a post of running a body or of judging the study, which no author holds
           r"(?:the )?(?:hospital['’]s |clinic['’]s |company['’]s )?chief executive"
           + _ORG_TAIL, r"(?:the )?(?:hospital|clinic) director",
           r"critics? of the (?:study|research|trial|work)"),
    "es": (r"(?:experto|experta|revisor|revisora|especialista) independiente",
           r"portavoz" + _ORG_TAIL, r"vicepresident[ea]" + _ORG_TAIL,
           r"(?:el|la) paciente(?= \p{Lu})", r"(?:agencia|autoridad) reguladora",
           r"editora? de la revista", r"editora? jefe" + _ORG_TAIL,
           r"president[ea]" + _ORG_TAIL, r"(?:quien|que) financi[óo] (?:el|la) (?:estudio|trabajo"
           r"|investigaci[óo]n|ensayo)", r"financiador(?:a|es|as)? del (?:estudio|trabajo|ensayo)",
           r"que no particip[óo] en (?:el|la) (?:estudio|trabajo|investigaci[óo]n)",
           r"ajen[oa] al (?:estudio|trabajo|ensayo)", r"financiador(?:a|es|as)?",
           r"directora? del? (?-i:\p{Lu}{2,})\b", r"directora? del hospital",
           r"gerente del hospital", r"cr[ií]tic[oa] del (?:estudio|ensayo|trabajo)"),
    "fr": (r"experte? indépendante?", r"porte-parole" + _ORG_TAIL,
           r"vice-présidente?" + _ORG_TAIL, r"(?:la|le) patiente?(?= \p{Lu})",
           r"rédact(?:eur|rice) en chef" + _ORG_TAIL, r"éditeur de la revue",
           r"présidente?" + _ORG_TAIL,
           r"qui a financé (?:l['’]étude|les travaux|la recherche|l['’]essai)",
           r"financeur de l['’](?:étude|essai)", r"financeu(?:r|se)",
           r"relect(?:eur|rice) indépendante?(?: de la revue)?",
           r"qui n['’]a pas participé (?:à l['’]étude|aux travaux|à la recherche)",
           r"direct(?:eur|rice) de l['’]hôpital", r"critique de l['’](?:étude|essai)"),
    "it": (r"espert[oa] indipendente", r"revisore indipendente", r"portavoce" + _ORG_TAIL,
           r"vicepresidente" + _ORG_TAIL, r"(?:la|il) paziente(?= \p{Lu})",
           r"diret(?:tore|trice) sanitari[oa]" + _ORG_TAIL,
           r"diret(?:tore|trice) della rivista", r"editor(?:e)? della rivista",
           r"presidente" + _ORG_TAIL, r"che ha finanziato (?:lo studio|la ricerca|il lavoro)",
           r"finanziat(?:ore|rice) dello studio", r"finanziat(?:ore|rice)",
           r"dirigente" + _ORG_TAIL,
           r"che non ha preso parte (?:allo studio|alla ricerca|al lavoro)",
           r"diret(?:tore|trice) (?:generale )?dell['’]ospedale",
           r"critic[oa] dello studio"),
    "pt": (r"(?:especialista|perit[oa]|revisora?) independente", r"porta-voz" + _ORG_TAIL,
           r"vice-president[ea]" + _ORG_TAIL, r"(?:a|o) (?:doente|paciente)(?= \p{Lu})",
           r"editora? da revista", r"president[ea]" + _ORG_TAIL,
           r"que financiou o (?:estudo|trabalho|ensaio)",
           r"financiadora? do (?:estudo|trabalho|ensaio)", r"financiadora?",
           r"diretora? d[oa] hospital",
           r"que não participou n[oa] (?:estudo|trabalho|investigação)",
           r"cr[ií]tic[oa] do estudo"),
    "de": (r"unabhängige[rn]? (?:experte|expertin|experten|gutachter(?:in)?|fachmann|fachfrau)",
           r"(?:presse)?sprecher(?:in)?" + _ORG_TAIL, r"vizepräsident(?:in)?" + _ORG_TAIL,
           r"(?:die|der) patient(?:in)?(?= \p{Lu})", r"herausgeber(?:in)?" + _ORG_TAIL,
           r"präsident(?:in)?" + _ORG_TAIL, r"(?:der|die) die studie finanziert hat",
           r"geldgeber(?:in)? der studie", r"nicht an der studie beteiligt",
           r"geldgeber(?:in|innen)?", r"unabhängige[rn]? kommentator(?:in)?",
           r"klinikdirektor(?:s|in)?", r"krankenhausdirektor(?:s|in)?",
           r"kritiker(?:in)? der studie"),
}
for _lang, _forms in _OUTSIDER.items():
    _ROLES[_lang]["outsider"] = _forms
# The roles of the sheet a class of the text contradicts. A sheet's "study-author" may be
# first, senior or neither: only a non-author is contradicted by being called an author.
_CONTRADICTS = {"first": {"senior-author"}, "senior": {"first-author"}}
_AUTHOR_ROLES = ("author", "investigator", "lead")

# A funding phrase, followed by its funders' names.
_FUNDING: dict[str, tuple[str, ...]] = {
    "en": (r"funded by", r"financed by", r"paid for by", r"funding (?:came )?from",
           r"grants? from", r"funding\s*:", r"funders?\s*:",
           # a heading that ends with a full stop, at the line's start ("Funding. The ...")
           r"^\W*(?:funding|funders?)\s*\.(?=\s*\p{Lu})"),
    "es": (r"financiad[oa]s? por", r"financiaci[oó]n\s*:", r"financiaci[oó]n de",
           r"con fondos de", r"financi(?:[oó]|aron)",
           r"financiaci[oó]n (?:vino|viene|procede|procedi[oó]|provino|lleg[oó]) de",
           r"(?:ha|han|hab[ií]a|hab[ií]an) financiado"),
    "fr": (r"financée?s? par", r"financement\s*:", r"financement d[eu]", r"financements\s*:",
           r"financement (?:vient|provient|est venu) d[eu']", r"(?:a|ont) financé"),
    "it": (r"finanziat[oaie] da", r"finanziament[oi]\s*:", r"finanziament[oi] d[ia]",
           r"finanziat[oaie] dall?['’]?", r"finanziamento (?:è arrivato|proviene|arriva) d[ia]",
           r"ha finanziato"),
    "pt": (r"financiad[oa]s? p(?:or|el[oa]s?)", r"financiamento\s*:", r"financiamento d[eoa]s?",
           r"financiamento (?:veio|vem|proveio) d[eoa]s?", r"financiou"),
    "de": (r"finanziert (?:\w+ ){0,3}?(?:von|vom|durch)",
           r"gefördert (?:\w+ ){0,3}?(?:von|vom|durch)",
           r"finanzierung\s*:", r"förderung\s*:", r"förderung durch", r"finanzierung durch",
           r"finanzierung kam (?:von|vom)", r"finanzierte",
           r"bezahlt (?:\w+ ){0,3}?(?:von|vom|durch)",
           # the verb at the clause's end: "wurde von einer Pharma-Firma bezahlt"
           r"(?:wurde|wurden|wird|werden)\s+(?:\w+\s+){0,2}?(?:von|vom|durch)(?=(?:\s+[\p{L}-]+){1,5}"
           r"\s+(?:bezahlt|finanziert|gefördert|unterstützt))"),
}

# A phrase of running the study, followed by who ran it: an organisation the sheet gives
# as a funder and as no one's affiliation is said to have done the work it paid for.
# Every way to say "carried out by" / "led by" / "principal investigator:" per language.
_CONDUCT: dict[str, tuple[str, ...]] = {
    "en": (r"(?:run|conducted|carried out|performed|done|led|directed|coordinated|organi[sz]ed"
           r"|undertaken|managed) by", r"(?:principal|chief|lead) investigators?\s*:",
           r"(?:study|trial) (?:lead|leader|leadership|team)\s*:"),
    "es": (r"(?:realizad|llevad|dirigid|conducid|efectuad|coordinad|liderad|desarrollad|"
           r"hech|encabezad)[oa]s?(?: a cabo)? p(?:or|or el|or la)",
           r"investigadora? principal\s*:", r"direcci[oó]n del (?:estudio|ensayo)\s*:"),
    "fr": (r"(?:réalisé|mené|conduit|dirigé|effectué|coordonné|piloté|organisé)e?s? par",
           r"investigat(?:eur|rice) principale?\s*:", r"direction de l['’](?:étude|essai)\s*:"),
    "it": (r"(?:condott|realizzat|svolt|guidat|coordinat|effettuat|dirett|promoss)[oaie] "
           r"d(?:a|al|alla|allo|ai|agli|alle|all['’])",
           r"sperimentat(?:ore|rice) principale\s*:", r"ricercat(?:ore|rice) principale\s*:",
           r"responsabile dello studio\s*:"),
    "pt": (r"(?:conduzid|realizad|dirigid|coordenad|liderad|efetuad|desenvolvid|feit)[oa]s?"
           r"(?: a cabo)? p(?:or|el[oa]s?)", r"levad[oa]s? a cabo p(?:or|el[oa]s?)",
           r"investigadora? principal\s*:"),
    "de": (r"(?:durchgeführt|geleitet|koordiniert|organisiert|betreut|realisiert) "
           r"(?:\w+ ){0,3}?(?:von|vom|durch)",
           r"(?:wurde|wurden|wird|werden)\s+(?:\w+\s+){0,2}?(?:von|vom|durch)(?=(?:\s+[\p{L}'’-]+)"
           r"{1,8}\s+(?:durchgeführt|geleitet|koordiniert|organisiert))",
           r"studienleitung\s*:", r"(?:haupt|studien)prüfer(?:in)?\s*:"),
    "nl": (r"(?:uitgevoerd|geleid|gecoördineerd|georganiseerd|gedaan) door",
           r"hoofdonderzoeker\s*:"),
}
# What every conduct phrase above holds: a line without one is not read for it.
_CONDUCT_STEMS = ("run", "conduct", "carried", "perform", "done", "led", "direct", "coordin",
                  "organi", "undertak", "manag", "investig", "lead", "team", "realiz",
                  "llevad", "dirig", "conduc", "efectu", "lider", "desarroll", "hech",
                  "encabez", "direcci", "réalis", "mené", "menée", "conduit", "effectu",
                  "pilot", "condott", "realizz", "svolt", "guidat", "effettu", "dirett",
                  "promoss", "sperimentat", "ricercat", "responsabile", "conduzid", "realizad",
                  "levad", "efetuad", "desenvolv", "feit", "durchgeführt", "geleitet",
                  "koordin", "betreut", "realisiert", "studienleitung", "prüfer", "uitgevoerd",
                  "geleid", "gecoörd", "georgan", "gedaan", "hoofdonderzoek")


def _words(text: str) -> frozenset[str]:
    """A set of space-separated words: long lists stay readable."""
    return frozenset(text.split())


_QUOTE_MARKS = "\"“”«»„‚‘’"
# What every funding phrase above holds: a line without one is not read for funders.
_FUNDING_STEMS = ("fund", "financ", "finanz", "förder", "grant", "paid", "bezahl")
# Words that may stand between a person's name and what the text says they are, in any of
# the languages: titles, articles, copulas, "of the study", prepositions of affiliation.
_FILLER = _words("""
dr dr. doctor doctora dra dra. docteur docteure dott dott. dottor dottore dottoressa prof prof.
professor professora profesor profesora professeur professeure professore professoressa
prof.ª prof.ᵃ mr mr. ms. mrs mrs. mme
mme. m. sr sr. sra sra. frau herr the a an el la los las le les l l' il lo gli i o os as der die das
dem den des ein eine is was es fue era est était è é foi ist war study's studio study estudio
are were son eran sont étaient sono erano sind waren são eram
étude estudo studie trial ensayo essai of de del della dello di da do dos du
""")
_AFFILIATION = _words("""
of from at de del della dello dell dell' d' l' di da do dos das du des von vom aus bei an der van
""") | {"(", ","}
_GLUE = _words("""
and y e et und sowie , the la el le les los las il lo gli i o os as der die das dem den des de
del della dello di da do dos du au à by from par por pela pelo pelos pelas von vom durch dal
dalla dallo dai dagli dalle dall dell dall' dell' d' l' all' nell'
""")
_CREDENTIALS = _words("""
md m.d. phd ph.d. scd sc.d. mph m.p.h. frcp mbbs facc rn dphil msc mba dsc mbchb frcpe frcs
""")
_BOUNDARY = frozenset(".;:!?\n")
# An elided article or preposition is a word of its own ("l'autore", "d'Édimbourg"); a
# name's apostrophe is not ("O'Brien").
_TOKEN = regex.compile(r"(?:[ldjnscmt]|dell|all|nell|dall|sull|qu|un)['’](?=\p{L})"
                       r"|[\p{L}\p{N}][\p{L}\p{N}.'’-]*[\p{L}\p{N}.]|[\p{L}\p{N}]|\n"
                       r"|[^\s\p{L}\p{N}]", regex.IGNORECASE)
_GAP = 6  # tokens at most between a name and what is said of it


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str  # folded, a trailing dot kept for abbreviations ("dr.")


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        # a sentence's last word keeps its full stop as a token of its own
        if len(word) > 1 and word.endswith(".") and not _abbreviation(word):
            out.append(_Tok(m.start(), m.end() - 1, word[:-1], word[:-1].casefold()))
            out.append(_Tok(m.end() - 1, m.end(), ".", "."))
            continue
        out.append(_Tok(m.start(), m.end(), word, word.casefold()))
    return out


def _abbreviation(word: str) -> bool:
    """'Dr.', 'W.', 'M.D.', 'Ph.D.': a dot that does not end the sentence."""
    bare = word.rstrip(".")
    return (len(bare) == 1 and bare.isupper()) or "." in bare or \
        bare.casefold() in _FILLER or word.casefold() in _FILLER


@dataclass
class _Mention:
    first: int  # token index
    last: int
    what: str  # a person id, an organisation id, a role class or "funding"


@dataclass
class _Vocabulary:
    people: dict[str, Person]
    surnames: dict[str, str]  # surname as written -> person id
    given: dict[str, frozenset[str]]  # person id -> folded other words of the name
    orgs: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (name tokens, id)
    roles: list[tuple[regex.Pattern[str], str]]
    funding: regex.Pattern[str] | None
    conduct: regex.Pattern[str] | None
    quotes: list[tuple[tuple[str, ...], str]]  # a quote's folded words, its speaker's id
    verbatim: bool = False  # the text is in the sheet's own language: its quotes are words said
    longest: tuple[str, ...] = ()  # each quote's longest word: a line without one quotes none


def _vocabulary(sheet: FactSheet, lang: str) -> _Vocabulary:
    surnames, given = {}, {}
    for person in sheet.people.values():
        words = person.name.split()
        surnames[words[-1]] = person.id
        if len(words[-1]) > 2:
            surnames.setdefault(words[-1].upper(), person.id)  # a script in capitals
        given[person.id] = frozenset(w.casefold() for w in words[:-1])
    orgs: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for org in sheet.organisations.values():
        for name in _org_names(org):
            key = _name_key(name)
            if key and (key, org.id) not in orgs.get(key[0], ()):
                orgs.setdefault(key[0], []).append((key, org.id))
    for names in orgs.values():
        names.sort(key=lambda n: -len(n[0]))  # the longest name first
    roles, funding = _patterns(lang.split("-")[0])
    conduct = _conduct_pattern(lang.split("-")[0])
    quotes = []
    for quote in sheet.quotes.values():
        words = _words_of(local_text(quote.text, lang) or "")
        if len(words) >= 6 and quote.speaker in sheet.people:
            quotes.append((words, quote.speaker))
    verbatim = lang.split("-")[0] == (sheet.lang or "en").split("-")[0]
    return _Vocabulary(dict(sheet.people), surnames, given, orgs, roles, funding, conduct,
                       quotes, verbatim, tuple(max(words, key=len) for words, _ in quotes))


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in _tokens(text) if t.key[:1].isalnum())


@functools.cache
def _patterns(lang: str) -> tuple[list[tuple[regex.Pattern[str], str]], regex.Pattern[str] | None]:
    """The language's role phrases by class, and its funding phrases: once per process."""
    roles = [(regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(forms)})(?![\p{{L}}\p{{N}}])",
                            regex.IGNORECASE), klass)
             for klass, forms in _ROLES.get(lang, {}).items()]
    forms = _FUNDING.get(lang)
    funding = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(forms)})", regex.IGNORECASE) \
        if forms else None
    return roles, funding


@functools.cache
def _conduct_pattern(lang: str) -> regex.Pattern[str] | None:
    forms = _CONDUCT.get(lang)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(forms)})", regex.IGNORECASE) \
        if forms else None


@functools.lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[str, ...]:
    """An organisation's name as the folded words a text's tokens are compared with."""
    key = tuple(t.key for t in _tokens(name))
    return key[1:] if key and key[0] == "the" else key


def _org_names(org: Organisation) -> list[str]:
    names = [org.name] if isinstance(org.name, str) else list(org.name.values())
    return [n for n in [*names, org.short] if n]


class RoleValidator:
    """Reports a person given a role or an organisation the sheet contradicts, and an
    organisation named as a funder the sheet does not list (rule ``role-changed``)."""

    name = "roles"
    reads = ()  # the text, the sheet and the language only: once per distinct text

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        sheet = context.factsheet
        if not sheet.people and not sheet.organisations:
            return []
        lang = context.lexicon.lang
        vocab = context.lexicon.remember_sheet(("roles", "vocabulary"),
                                         lambda: _vocabulary(sheet, lang))
        out: list[Finding] = []
        start = 0
        for line in text.split("\n"):  # a role is tied to its name within a paragraph
            if line.strip():
                found = context.lexicon.remember(
                    ("roles", line), lambda line=line: _line_findings(line, vocab, sheet, lang))
                out += [replace(f, span=(f.span[0] + start, f.span[1] + start))
                        for f in found if f.span]
            start += len(line) + 1
        return out


def _line_findings(text: str, vocab: _Vocabulary, sheet: FactSheet,
                   lang: str) -> list[Finding]:
    named = any(s in text for s in vocab.surnames)
    folded = text.casefold()
    funded = vocab.funding is not None and any(
        stem in folded for stem in _FUNDING_STEMS) and vocab.funding.search(text) is not None
    quoted = any(mark in text for mark in _QUOTE_MARKS) and any(
        word in folded for word in vocab.longest)
    conducted = vocab.conduct is not None and bool(sheet.funding) and any(
        stem in folded for stem in _CONDUCT_STEMS) and vocab.conduct.search(text) is not None
    if not named and not funded and not quoted and not conducted:
        return []
    toks = _tokens(text)
    people, orgs = _names(toks, vocab)
    out: list[Finding] = []
    if people:
        roles = _spans(text, toks, vocab.roles)
        out += _role_findings(text, toks, people, roles, vocab, orgs)
        out += _affiliation_findings(text, toks, people, orgs, roles, vocab, sheet, lang)
    if quoted:
        out += _quote_findings(text, toks, people, vocab)
    if funded:
        funding = _spans(text, toks, [(vocab.funding, "funding")])
        out += _funding_findings(text, toks, funding, orgs, sheet, lang)
    if conducted:
        out += _conduct_findings(text, toks, _spans(text, toks, [(vocab.conduct, "conduct")]),
                                 orgs, sheet)
    return out


def _listed(toks: list[_Tok], phrase: _Mention, orgs: list[_Mention]) -> list[_Mention]:
    """The sheet's organisations listed right after a phrase ("funded by X and Y", "réalisée
    par le X du Y et la Z"): the first within a few words, the next joined by glue words."""
    out: list[_Mention] = []
    at = phrase.last
    for org_at in orgs:
        if org_at.first <= at:
            continue
        words = _between(toks, at, org_at.first)
        limit = 5 if at == phrase.last else 3
        if any(t.key in _BOUNDARY and t.key != ":" for t in words) or len(words) > limit:
            break
        if at != phrase.last and not all(t.key in _GLUE for t in words):
            break
        out.append(org_at)
        at = org_at.last
    return out


def _unnamed_funders(toks: list[_Tok], phrase: _Mention, orgs: list[_Mention],
                     sheet: FactSheet) -> list[_Mention]:
    """Funders of the sheet named after a phrase in words of their names in several
    languages ("le Chief Scientist Office du gouvernement écossais", "la Oficina del
    Científico Jefe del Gobierno Escocés"), which no one name of the sheet spells: each
    capitalised phrase whose distinctive words all stand, or have kin, in the funder's
    names taken together."""
    out: list[_Mention] = []
    j = phrase.last + 1
    while j < len(toks) and j - phrase.last <= _FUNDING_REACH:
        t = toks[j]
        if t.key in _BOUNDARY and t.key != ":":
            break
        found = _phrase(toks, j) if t.text[:1].isupper() else None
        if found is None:
            j += 1
            continue
        first, last, _ = found
        last, _ = _cut(toks, first, last, orgs)
        if not any(o.first <= last and first <= o.last for o in orgs):
            said = [w for x in toks[first:last + 1] if x.text[:1].isalnum()
                    for w in _parts(x.key) if w not in _CONNECT and w not in _ARTICLES
                    and len(w) > 1 and not _institution_word(w)
                    and w not in _FOLDED_INSTITUTION]
            for fid in sheet.funding:
                org = sheet.organisations.get(fid)
                if org is None or not said:
                    continue
                words = {w for name in _org_names(org) for x in _tokens(name)
                         for w in _parts(x.key)}
                if all(any(_same(w, x) or _kin(w, x) for x in words) for w in said):
                    out.append(_Mention(first, last, fid))
                    break
        j = last + 1
    return sorted(out, key=lambda m: m.first)


def _conduct_findings(text: str, toks: list[_Tok], conduct: list[_Mention],
                      orgs: list[_Mention], sheet: FactSheet) -> list[Finding]:
    """An organisation the sheet gives as a funder only (no author's affiliation, not a
    university or hospital that may both pay and do the work) named as having run the
    study: its role turned from paying into doing."""
    placed = {a for p in sheet.people.values() for a in p.affiliations}
    out = []
    for phrase in conduct:
        named = sorted(orgs + _unnamed_funders(toks, phrase, orgs, sheet),
                       key=lambda o: o.first)
        for org_at in _listed(toks, phrase, named):
            org = sheet.organisations[org_at.what]
            if org.id not in sheet.funding or org.id in placed \
                    or org.kind in ("university", "hospital"):
                continue
            said = text[toks[org_at.first].start:toks[org_at.last].end]
            out.append(Finding(
                "role-changed", "error",
                f"{said!r} is said to have run the study; the fact sheet gives it as a "
                f"funder, not as one who did the work.",
                org.id, "funder", said, (toks[org_at.first].start, toks[org_at.last].end)))
    return out


def _names(toks: list[_Tok], vocab: _Vocabulary) -> tuple[list[_Mention], list[_Mention]]:
    people, orgs = [], []
    i = 0
    while i < len(toks):
        tok = toks[i]
        pid = vocab.surnames.get(tok.text)
        if pid is None and tok.text[-1:] == "s" and tok.text.endswith(("'s", "’s")):
            pid = vocab.surnames.get(tok.text[:-2])
        if pid is not None:
            people.append(_Mention(i, i, pid))
            i += 1
            continue
        for key, oid in vocab.orgs.get(tok.key, ()):
            size = len(key)
            if i + size <= len(toks) and (_whole_name(toks, i + size) or _possessive(
                    toks[i + size - 1].key) == key[-1]) and all(
                    toks[i + j].key == key[j] or (j == size - 1 and _possessive(
                        toks[i + j].key) == key[j]) for j in range(1, size)):
                orgs.append(_Mention(i, i + size - 1, oid))
                i += size - 1
                break
        i += 1
    return people, orgs


def _possessive(key: str) -> str | None:
    """The word a possessive is made of ("foundation's" -> "foundation"): "THE BRITISH HEART
    FOUNDATION'S CHARITY SHOPS" names the foundation."""
    return key[:-2] if key.endswith(("'s", "’s")) and len(key) > 3 else None


def _whole_name(toks: list[_Tok], after: int) -> bool:
    """The name ends where the text's name ends: not the first words of a longer one
    ('British Heart Foundation Centre for ...')."""
    if after >= len(toks):
        return True
    word = toks[after].text
    if word.isupper() and (toks[after].key in _CONNECT or toks[after].key in _GLUE):
        return True  # a text in capitals: "FOUNDATION AND THE ..." ends the name at "AND"
    return not (word[:1].isupper() and word[:1].isalpha())


def _spans(text: str, toks: list[_Tok],
           patterns: list[tuple[regex.Pattern[str], str]]) -> list[_Mention]:
    starts = [t.start for t in toks]
    out = []
    for pattern, what in patterns:
        for m in pattern.finditer(text):
            first = bisect_left(starts, m.start())
            last = bisect_left(starts, m.end()) - 1
            if first < len(toks) and last >= first:
                out.append(_Mention(first, last, what))
    return out


def _between(toks: list[_Tok], a: int, b: int) -> list[_Tok]:
    return toks[a + 1:b]


def _tied(toks: list[_Tok], words: list[_Tok], allowed: frozenset[str],
          given: frozenset[str]) -> bool:
    """Only titles, articles, credentials, the person's other names and commas between."""
    if len(words) > _GAP:
        return False
    for t in words:
        if t.key in _BOUNDARY or t.text == ".":
            return False
        initial = len(t.text.rstrip(".")) == 1 and t.text[0].isupper()
        if t.key in allowed or t.key in given or t.key.rstrip(".") in _CREDENTIALS \
                or t.key in (",", "(", ")") or initial:
            continue
        return False
    return True


def _role_findings(text: str, toks: list[_Tok], people: list[_Mention],
                   roles: list[_Mention], vocab: _Vocabulary,
                   orgs: list[_Mention]) -> list[Finding]:
    out = []
    # an organisation of the sheet named between a name and its role is part of the tie
    # ("la porte-parole de la Fondation italienne pour la sclérose en plaques, Matilde
    # Inglese"): its words are no words between them
    named_org = {i for o in orgs for i in range(o.first, o.last + 1)}
    for role in roles:
        best: tuple[int, _Mention] | None = None
        for person in people:
            given = vocab.given[person.what]
            role_last = role.last
            if role.first < person.first <= role.last:
                # a spokesperson's organisation read on into the name ("al portavoce di
                # Janssen W. Frank Peacock"): the role ends where the name begins
                role_last = next((k for k in range(person.first - 1, role.first - 1, -1)
                                  if toks[k].key not in given and not (
                                      len(toks[k].text.rstrip(".")) == 1
                                      and toks[k].text[0].isupper())), role.first)
            if person.first > role_last:
                words = [t for k, t in enumerate(_between(toks, role_last, person.first),
                                                 role_last + 1) if k not in named_org]
                if words and words[0].key == ":" and (role.first == 0 or toks[
                        role.first - 1].key in _BOUNDARY or toks[role.first - 1].key == "|") \
                        and not toks[role.first].text.isupper() and all(
                            t.key.rstrip(".") in _TITLES or t.key in given
                            or (len(t.text.rstrip(".")) == 1 and t.text[0].isupper())
                            for t in words[1:]):
                    # a field's label right before the name: "Erstautor: Dr. Methodius
                    # Tuuli" (not a speaker's in a transcript: "PORTAVOZ: El profesor ...")
                    words = words[1:]
            elif person.last < role.first:  # a bracketed affiliation may stand between
                # and a name of the sheet inside an open bracket is part of the tie ("David
                # Newby (British Heart Foundation, financeur)")
                words = _unaside(_unbracketed([t for k, t in enumerate(
                    _between(toks, person.last, role.first), person.last + 1)
                    if k not in named_org]))
            else:
                continue
            if not _tied(toks, words, _FILLER, given):
                continue
            titled = words and any(t.key.rstrip(".") in _TITLES for t in words)
            if titled and person.first > role.last and all(
                    t.key.rstrip(".") in _TITLES or t.key in given
                    or (len(t.text.rstrip(".")) == 1 and t.text[0].isupper())
                    for t in words):
                best = (-1, person)  # "Seniorautor Dr. Macones": a title before its name
                break
            if best is None or len(words) < best[0]:
                best = (len(words), person)
        if best is None:
            continue
        person = vocab.people[best[1].what]
        said = text[toks[role.first].start:toks[role.last].end]
        if _contradicts(role.what, person.role):
            out.append(Finding(
                "role-changed", "error",
                f"{said!r} for {person.name}, whom the fact sheet gives as "
                f"{_role_words(person.role)}.",
                person.id, person.role, said, (toks[role.first].start, toks[role.last].end)))
    return out


_ASIDE_REACH = 16  # tokens of an affiliation set off by commas after a name


def _unaside(words: list[_Tok]) -> list[_Tok]:
    """The words outside an affiliation set off by commas right after the name ("Tuuli,
    de la Faculté de médecine de l'Université Washington à Saint-Louis, est l'auteur
    senior"; "McCullough, da Sociedade Americana do Cancro, é a autora"): it does not part
    the name from its role."""
    if len(words) < 3 or words[0].key != "," or words[1].key not in _AFFILIATION:
        return words
    for k in range(2, min(len(words), _ASIDE_REACH)):
        if words[k].key in _BOUNDARY:
            return words
        if words[k].key == ",":
            return words[k:]
    return words


def _unbracketed(words: list[_Tok]) -> list[_Tok]:
    """The words outside brackets ("Macones, MD (Washington University ...), the study's
    senior author": the affiliation in brackets does not part the name from its role)."""
    out, depth = [], 0
    for t in words:
        if t.key == "(":
            depth += 1
        elif t.key == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out if not depth else words


def _contradicts(klass: str, role: str | None) -> bool:
    if not role:
        return False
    if klass == "outsider":  # an author called an outside expert, a spokesperson, a funder
        return any(word in role for word in _AUTHOR_ROLES)
    if role in _CONTRADICTS.get(klass, ()):
        return True
    return not any(word in role for word in _AUTHOR_ROLES)


def _role_words(role: str | None) -> str:
    return (role or "").replace("-", " ") or "no role"


# Words that make a phrase an institution's name, in the six languages (German compounds
# end in one: "Herzstiftung", "Multiple-Sklerose-Gesellschaft").
_INSTITUTION = _words("""
university universität universidad université università universidade universiteit college
school schule hochschule escuela école scuola escola hospital klinikum krankenhaus hôpital
ospedale institute institut instituto istituto centre center zentrum centro foundation stiftung
fundación fondation fondazione fundação society gesellschaft sociedad société società sociedade
academy akademie academia académie accademia association verband asociación associazione
associação agency agence agencia agenzia agência fund fonds fondo fundo faculty facultad
faculté facoltà faculdade fakultät clinic clínica clinique clinica klinik council consejo conseil
consiglio conselho
""")
_COMPOUND_ENDS = ("stiftung", "gesellschaft", "zentrum", "klinikum", "klinik", "institut",
                  "akademie", "verband", "universität", "hochschule", "krankenhaus", "fonds")
# A part of an institution, which a faithful text may name though the sheet does not
# ("the Department of Neurology at ..."): a phrase holding one is not judged.
_SUBUNIT = _words("""
department abteilung departamento département dipartimento servicio service servizio serviço
division unit unidad unité unità lab laboratory labor laboratorio laboratoire laboratório
""")
_CONNECT = _words("""
of for de del della dello dei degli delle di der des für du da do dos das y e et and und &
d' l' dell' the la le el il lo at in
""")
_ARTICLES = _words("the la le el il lo l' der die das dem den a an un una une uma um ein eine")
_AND = _words("and y e et und sowie en &")


def _institution_word(key: str) -> bool:
    return key in _INSTITUTION or key.rsplit("-", 1)[-1] in _INSTITUTION or (
        len(key) > 8 and key.endswith(_COMPOUND_ENDS))


def _phrase(toks: list[_Tok], i: int) -> tuple[int, int, bool] | None:
    """The organisation's name that starts at token ``i`` (after any article): capitalised
    words, institution words and the words that join them; lower-case words right after
    an institution word too ("Istituto nazionale dei tumori"). (first, last, whether it
    holds an institution word), or None."""
    while i < len(toks) and toks[i].key in _ARTICLES:
        i += 1
    if i >= len(toks) or not (toks[i].text[:1].isupper() or _institution_word(toks[i].key)):
        return None
    first, last, inst, since = i, None, False, 99
    j = i
    while j < len(toks) and j - first < 10:
        t = toks[j]
        if t.key in _BOUNDARY or (not t.text[:1].isalnum() and t.key != "&"):
            break
        if _institution_word(t.key):
            inst, since, last = True, 0, j
        elif t.text[:1].isupper() or t.text[:1].isdigit():
            last, since = j, 99  # a name: no lower-case word of the name after it
        elif t.key in _AND and j + 1 < len(toks) and toks[j + 1].key in _ARTICLES:
            break  # "the X Office and the Y Foundation": a list of two names, not one
        elif t.key in _CONNECT:
            pass
        elif inst and since < 4 and t.text.isalpha() and t.text.islower() and (
                _institution_word(toks[first].key)):
            # a name led by its institution word goes on in lower case ("Istituto
            # nazionale dei tumori"); one that ends in it ends there ("der Amerikanischen
            # Krebsgesellschaft haben Daten …")
            last = j
        else:
            break
        since += 1
        j += 1
    return None if last is None else (first, last, inst)


def _cut(toks: list[_Tok], first: int, last: int, orgs: list[_Mention]) -> tuple[int, bool]:
    """The phrase's last token before a name of the sheet that starts inside it ("the
    American Heart Association and the Chief Scientist Office": a list of two), its
    joining words left out; and whether what is left holds an institution word."""
    inner = [o.first for o in orgs if first < o.first <= last]
    if inner:
        last = min(inner) - 1
        while last > first and (toks[last].key in _CONNECT or toks[last].key in _ARTICLES
                                or not toks[last].text[:1].isalnum()):
            last -= 1
    return last, any(_institution_word(t.key) for t in toks[first:last + 1])


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold())
                   if not unicodedata.combining(c))


def _matching_orgs(toks: list[_Tok], first: int, last: int, sheet: FactSheet
                   ) -> list[str] | None:
    """The sheet's organisations whose name (in any language) holds every distinctive
    word of the phrase ("Harvard" for the Harvard T.H. Chan School, "Universität Genua"
    for the University of Genoa): [] for none, None when the phrase has no distinctive
    word ("the University")."""
    said = {w for t in toks[first:last + 1] if t.text[:1].isalnum()
            for w in _parts(t.key) if not _institution_word(w) and w not in _CONNECT
            and w not in _ARTICLES and len(w) > 1}
    if not said:
        return None
    # an abbreviation of the name's words ("Italian MS Foundation"): their initials
    short = {_fold(t.text) for t in toks[first:last + 1]
             if t.text.isupper() and 2 <= len(t.text) <= 5}
    out = set()
    for org in sheet.organisations.values():
        for name in _org_names(org):
            seq = [w for t in _tokens(name) for w in _parts(t.key)]
            words = set(seq)
            initials = "".join(w[:1] for w in seq)
            if all(any(_same(w, x) for x in words) or (w in short and w in initials)
                   for w in said):
                out.add(org.id)
    return sorted(out)


def _parts(key: str) -> list[str]:
    """A folded word and, for a compound with hyphens, its parts."""
    return [_fold(p) for p in key.split("-") if p] if "-" in key else [_fold(key)]


def _same(a: str, b: str) -> bool:
    """One word, or the same word declined ("Italienischen" for "Italienische")."""
    return a == b or (min(len(a), len(b)) >= 4 and abs(len(a) - len(b)) <= 2
                      and (a.startswith(b) or b.startswith(a)))


def _affiliation_findings(text: str, toks: list[_Tok], people: list[_Mention],
                          orgs: list[_Mention], roles: list[_Mention], vocab: _Vocabulary,
                          sheet: FactSheet, lang: str) -> list[Finding]:
    out = []
    role_tokens = {i for r in roles for i in range(r.first, r.last + 1)}
    for person_at in people:
        person = vocab.people[person_at.what]
        if not person.affiliations:
            continue
        later = [o for o in orgs if o.first > person_at.last]
        out += _unknown_affiliation(text, toks, person_at, person, orgs, vocab, sheet)
        if not later:
            continue
        org_at = later[0]
        if any(person_at.last < p.first < org_at.first for p in people):
            continue
        words = [t for i, t in enumerate(toks[person_at.last + 1:org_at.first],
                                         person_at.last + 1) if i not in role_tokens]
        if not words or words[-1].key not in _AFFILIATION | _FILLER:
            continue
        if not any(t.key in _AFFILIATION for t in words):
            continue
        if not _tied(toks, words, _FILLER | _AFFILIATION, vocab.given[person.id]):
            continue
        org = sheet.organisations[org_at.what]
        if org.id in person.affiliations or org.kind == "journal":
            continue
        said = text[toks[org_at.first].start:toks[org_at.last].end]
        if _part_of_any(said, [sheet.organisations[a] for a in person.affiliations
                               if a in sheet.organisations], lang):
            continue
        out.append(Finding(
            "role-changed", "error",
            f"{person.name} is placed at {said!r}, which the fact sheet does not give as "
            f"theirs ({', '.join(_name(sheet, a, lang) for a in person.affiliations)}).",
            person.id, ", ".join(person.affiliations), said,
            (toks[org_at.first].start, toks[org_at.last].end)))
    return out


# what may tie a name to an organisation that no phrase of the sheet names: the words
# of affiliation, an opening bracket, a caption's dash
_DASHES = frozenset({"—", "–"})


def _placed_elsewhere(text: str, sheet: FactSheet, person: Person, start: int,
                      end: int) -> list[Finding]:
    """The finding for a person placed at ``text[start:end]``, not one of their own."""
    said = text[start:end]
    return [Finding(
        "role-changed", "error",
        f"{person.name} is placed at {said!r}, which the fact sheet does not give as "
        f"theirs ({', '.join(_name(sheet, a, 'en') for a in person.affiliations)}).",
        person.id, ", ".join(person.affiliations), said, (start, end))]


def _unknown_affiliation(text: str, toks: list[_Tok], person_at: _Mention, person: Person,
                         orgs: list[_Mention], vocab: _Vocabulary,
                         sheet: FactSheet) -> list[Finding]:
    """A person placed at an organisation the sheet does not hold ("Matilde Inglese von
    der Universität Mailand", "McCullough of Harvard" for a Harvard school that is not
    hers): the organisation's name right after the words that tie it to the person,
    named by no organisation of the person's in any language. A part of an institution
    (a department) is not judged, nor a phrase with the person's own organisation
    named in it or right after it."""
    given = vocab.given[person.id]
    j = person_at.last + 1
    tie = False
    while j < len(toks) and j - person_at.last <= _GAP:
        t = toks[j]
        if t.key in _AFFILIATION or t.key in _DASHES:
            tie = True
        elif not (t.key in _FILLER or t.key in given or t.key.rstrip(".") in _CREDENTIALS
                  or (len(t.text.rstrip(".")) == 1 and t.text[0].isupper())):
            break
        j += 1
    last_tie = toks[j - 1].key if j - 1 > person_at.last else ""
    if not tie or not (last_tie in _AFFILIATION or last_tie in _DASHES or last_tie in _FILLER):
        return []
    company = _company_after(toks, j)
    if company is not None and not any(
            sheet.organisations[a].kind == "company" for a in person.affiliations
            if a in sheet.organisations):
        # "Regina Ziegler of a vitamin supplement maker", "di un'azienda di integratori",
        # "de uma empresa de suplementos": a company where the sheet places them elsewhere
        return _placed_elsewhere(text, sheet, person, toks[j].start, toks[company].end)
    found = _phrase(toks, j)
    if found is None:
        return []
    first, last, _ = found
    last, inst = _cut(toks, first, last, orgs)
    if any(o.first <= last and first <= o.last for o in orgs):
        return []  # a name of the sheet: judged as one
    if any(t.key in _SUBUNIT for t in toks[first:last + 1]):
        return []
    own = set(person.affiliations)
    theirs = [sheet.organisations[a] for a in own if a in sheet.organisations]
    for k in range(first, last):
        if toks[k].text[:1].isupper() and _part_of_any(
                text[toks[k].start:toks[last].end], theirs, sheet.lang or "en"):
            # "Leiter der Klinik für Frauenheilkunde der Washington University": a post
            # in the person's own institution, named by its better-known part
            return []
    if any(o.what in own and all(t.key in _CONNECT or t.key in _AFFILIATION
                                 for t in toks[last + 1:o.first])
           for o in orgs if last < o.first <= last + 4):
        return []  # "Department of X, University of Genoa": the person's own right after
    matched = _matching_orgs(toks, first, last, sheet)
    if matched is None or (not matched and not inst):
        return []
    if own & set(matched) or any(sheet.organisations[m].kind == "journal" for m in matched):
        return []
    return _placed_elsewhere(text, sheet, person, toks[first].start, toks[last].end)


_COMPANY_AFTER = 4  # tokens after the tie a company's noun may stand in ("a ... maker")


def _company_after(toks: list[_Tok], j: int) -> int | None:
    """The index of a company's noun among the few lower-case words right after ``j``
    ("a vitamin supplement maker", "un'azienda", "uma empresa", "einem CT-Hersteller")."""
    for k in range(j, min(len(toks), j + _COMPANY_AFTER)):
        t = toks[k]
        if t.key in _BOUNDARY or t.key in (",", "(", ")"):
            return None
        if t.key in _EMPLOYER or (t.text[:1].isupper() and t.key.endswith(_COMPANY_ENDS)):
            return k  # a German compound is a capitalised noun ("CT-Hersteller"; not "afirma")
        if t.text[:1].isupper() and k > j:
            return None
    return None


def _part_of_any(said: str, orgs: list[Organisation], lang: str) -> bool:
    """The name is a shortening of one the sheet gives ('Washington University' for its
    School of Medicine): the text may name a person's institution by its better-known part."""
    key = said.casefold()
    for org in orgs:
        for name in (org.name_in(lang), org.name_in("en"), org.short):
            if name and (key in name.casefold() or name.casefold() in key):
                return True
    return False


def _name(sheet: FactSheet, org_id: str, lang: str) -> str:
    org = sheet.organisations.get(org_id)
    return (org.name_in(lang) or org_id) if org else org_id


_NOT_FUNDERS = ("university", "hospital", "journal", "society")


def _funding_findings(text: str, toks: list[_Tok], funding: list[_Mention],
                      orgs: list[_Mention], sheet: FactSheet, lang: str) -> list[Finding]:
    """Organisations listed after a funding phrase: one whose kind is not a funder's (a
    university, a hospital, a journal, a society) and that the sheet's funding does not
    list is an error; agencies and funders are left alone (the sheet may name a funder's
    parent or part)."""
    funders = [sheet.organisations[f] for f in sheet.funding if f in sheet.organisations]
    if not funders:
        # a sheet that names no funder: a company said to have paid is still one it
        # does not give ("financiado por um fabricante de suplementos")
        return [f for phrase in funding
                for f in _unlisted_funders(text, toks, phrase, orgs, sheet, [], True)]
    out = []
    for phrase in funding:
        for org_at in _listed(toks, phrase, orgs):
            org = sheet.organisations[org_at.what]
            if org.id in sheet.funding or org.kind not in _NOT_FUNDERS:
                continue
            said = text[toks[org_at.first].start:toks[org_at.last].end]
            if _part_of_any(said, funders, lang):
                continue
            out.append(Finding(
                "role-changed", "error",
                f"{said!r} is named as a funder; the fact sheet gives the funding as "
                f"{', '.join(f.name_in(lang) or f.id for f in funders)}.",
                org.id, ", ".join(sheet.funding), said,
                (toks[org_at.first].start, toks[org_at.last].end)))
        out += _unlisted_funders(text, toks, phrase, orgs, sheet, funders)
    return out


# A company as a funding phrase names it ("funded by a scanner manufacturer", "finanziato
# da un'azienda farmaceutica", "Financiación: un fabricante de equipos de TC").
_COMPANY = _words("""
company companies manufacturer manufacturers maker makers firm drugmaker industry fabricante
fabricantes empresa empresas compañía farmacéutica industria laboratorio fabricant entreprise
industriel laboratoire industrie firme azienda produttore ditta hersteller firma unternehmen
konzern pharmafirma pharmaunternehmen pharmakonzern pharmaindustrie companhia indústria
laboratório
""")
# German compounds that end in a company's noun ("CT-Hersteller", "Pharmafirma")
_COMPANY_ENDS = ("hersteller", "firma", "konzern", "unternehmen")
# the company nouns that name an employer after a name: not a laboratory (a university has
# them) nor "firma" in lower case ("ultima firma", the last to sign; German "Firma" is
# capitalised and found as a compound's end)
_EMPLOYER = _COMPANY - _words("laboratorio laboratoire laboratório firma industry industria "
                              "industrie indústria")
_NOT = _words("not no nor without nicht kein keine ohne non pas ni sin sem senza nem né")
_FUNDING_REACH = 14  # tokens after a funding phrase that its funders may take
_COMPANY_REACH = 6  # and that a company's noun may stand in ("3M, the antiseptic maker")


def _unlisted_funders(text: str, toks: list[_Tok], phrase: _Mention, orgs: list[_Mention],
                      sheet: FactSheet, funders: list[Organisation],
                      companies_only: bool = False) -> list[Finding]:
    """After a funding phrase, an institution the sheet holds under no name ("funded by
    the American Heart Association" where the sheet gives another funder), or a company
    where no funder of the sheet is one: named as a funder the sheet does not list."""
    company_funded = any(f.kind == "company" for f in funders)
    out: list[Finding] = []
    j = phrase.last + 1
    listing = True  # only joining words so far between the funders named
    while j < len(toks) and j - phrase.last <= _FUNDING_REACH:
        t = toks[j]
        if (t.key in _BOUNDARY and t.key != ":") or t.key in _NOT:
            break
        if (t.key in _COMPANY or t.key.endswith(_COMPANY_ENDS)) and not company_funded \
                and j - phrase.last <= _COMPANY_REACH \
                and not (j + 1 < len(toks) and toks[j + 1].key in ("ospedaliera", "sanitaria")):
            out.append(_unlisted(text, toks, j, j, funders, sheet))
            break
        found = _phrase(toks, j) if listing and t.text[:1].isupper() and (
            not companies_only) else None
        if found is None:
            listing = listing and (t.key in _GLUE or t.key in _ARTICLES or t.key == ":")
            j += 1
            continue
        first, last, _ = found
        last, inst = _cut(toks, first, last, orgs)
        known = any(o.first <= last and first <= o.last for o in orgs)
        if inst and not known and not any(x.key in _SUBUNIT for x in toks[first:last + 1]) \
                and not _generic(toks[first:last + 1]) \
                and _matching_orgs(toks, first, last, sheet) == [] \
                and not _translated(toks, first, last, funders):
            out.append(_unlisted(text, toks, first, last, funders, sheet))
        j = last + 1
    return out


_FOUNDATIONS = _words("""
foundation fundación fondation stiftung fondazione fundação stichting fund fondo fonds fundo
office oficina bureau büro ufficio gabinete bureau council consejo conseil rat consiglio conselho
raad agency agencia agence agentur agenzia agência agentschap
""")
_FOUNDATIONS = frozenset(_fold(w) for w in _FOUNDATIONS)  # as _parts gives them
_FOLDED_INSTITUTION = frozenset(_fold(w) for w in _INSTITUTION)


def _kin(a: str, b: str) -> bool:
    """Two words of one root across languages ("británica", "british"; "escocés",
    "escocia"): the same first four letters, folded, in words of five letters or more."""
    return min(len(a), len(b)) >= 5 and a[:4] == b[:4]


def _translated(toks: list[_Tok], first: int, last: int,
                funders: list[Organisation]) -> bool:
    """A funder of the sheet named in translation ("la Fundación Británica del Corazón"
    for the British Heart Foundation, "Oficina del Científico Jefe del Gobierno Escocés"):
    a head word where the funder's name has one, and every distinctive word kin to a word
    of its name, or all but one where none is kept as it is (a name in another language
    may have a word no kin carries across: "Corazón", "Heart")."""
    said = [w for t in toks[first:last + 1] if t.text[:1].isalnum() for w in _parts(t.key)]
    heads = [w for w in said if w in _FOUNDATIONS]
    rest = [w for w in said if not _institution_word(w) and w not in _FOLDED_INSTITUTION
            and w not in _FOUNDATIONS
            and w not in _CONNECT and w not in _ARTICLES and len(w) > 1]
    if not rest:
        return False
    for org in funders:
        for name in _org_names(org):
            words = [w for t in _tokens(name) for w in _parts(t.key)]
            if bool(heads) != any(w in _FOUNDATIONS for w in words):
                continue
            same = sum(any(_same(w, x) for x in words) for w in rest)
            kin = sum(any(_same(w, x) or _kin(w, x) for x in words) for w in rest)
            if kin == len(rest) or (not same and kin and kin >= len(rest) - 1):
                return True  # a word kept as is: the name is in the sheet's language
    return False


def _generic(words: list[_Tok]) -> bool:
    """A body named by kind alone, no name of its own ("Frauenklinik der Universität",
    "the university hospital"): every word an institution's head word (or a compound that
    ends in one), a joining word or an article. It names none other than the sheet's."""
    return all(t.key in _INSTITUTION or t.key in _CONNECT or t.key in _ARTICLES
               or t.key.endswith(_COMPOUND_ENDS) for t in words)


def _unlisted(text: str, toks: list[_Tok], first: int, last: int,
              funders: list[Organisation], sheet: FactSheet) -> Finding:
    said = text[toks[first].start:toks[last].end]
    given = (f"gives the funding as {', '.join(f.name_in('en') or f.id for f in funders)}"
             if funders else "names no funder")
    return Finding(
        "role-changed", "error",
        f"{said!r} is named as a funder; the fact sheet {given}.",
        None, ", ".join(sheet.funding), said, (toks[first].start, toks[last].end))


_TITLES = _words("""
dr doctor doctora dra docteur docteure dott dottor dottore dottoressa prof professor professora
profesor profesora professeur professeure professore professoressa mr ms mrs mme m sr sra frau herr
""")
# Verbs of saying that tie a quote to the name next to it ("…," said X; X said: "…").
_SAYING = _words("""
said says say added adds explained explains noted notes told stressed commented according
dijo dice afirmó afirma señaló señala explicó explica añadió añade subrayó subraya comentó
declaró asegura aseguró indica indicó destaca destacó a dit dit déclare déclaré explique
expliqué ajoute ajouté souligne souligné estime estimé selon ha detto dice afferma affermato
spiega spiegato aggiunge aggiunto sottolinea sottolineato dichiarato commenta commentato secondo
disse diz afirmou afirma explicou explica acrescentou acrescenta sublinhou sublinha declarou
segundo sagt sagte erklärt erklärte betont betonte ergänzt ergänzte meint meinte laut so
""")


def _quote_findings(text: str, toks: list[_Tok], people: list[_Mention],
                    vocab: _Vocabulary) -> list[Finding]:
    """A sheet quote (five in six of its words in place) given to another person of the
    sheet: the name a verb of saying ties to it, right after the quote or right before."""
    if not vocab.quotes:
        return []
    words = [(i, t.key) for i, t in enumerate(toks) if t.key[:1].isalnum()]
    keys = [k for _, k in words]
    out = []
    for quote, speaker in vocab.quotes:
        for start in _placed(keys, quote):
            first, last = words[start][0], words[min(start + len(quote), len(words)) - 1][0]
            if vocab.verbatim:
                out += _altered(text, toks, words[start:start + len(quote)], quote, first, last,
                                vocab.people[speaker])
            said = _attributed(toks, people, first, last, vocab) or _stranger(
                toks, people, last, vocab)
            if said is None or said.what == speaker:
                continue
            real = vocab.people[speaker]
            span = (toks[said.first].start, toks[said.last].end)
            name = vocab.people[said.what].name if said.what in vocab.people else text[
                span[0]:span[1]]
            out.append(Finding(
                "role-changed", "error",
                f"The quote is given to {name}; the fact sheet gives it to {real.name}.",
                real.id, real.name, text[span[0]:span[1]], span))
    return out


def _altered(text: str, toks: list[_Tok], placed: list[tuple[int, str]],
             quote: tuple[str, ...], first: int, last: int, speaker: Person) -> list[Finding]:
    """A word of a quote changed inside its quotation marks, in the language it was said
    in: the words between the marks are the speaker's ('Our study proves that' for 'Our
    study demonstrates that'). A quote cut with an ellipsis is left alone."""
    opened = any(t.text in _QUOTE_MARKS for t in toks[max(0, first - 3):first])
    if not opened or any(t.text in ("…", "...") or t.text.startswith("[")
                         for t in toks[first:last + 1]):
        return []
    keys = [key for _, key in placed]
    for op, a1, a2, b1, b2 in SequenceMatcher(None, keys, quote, autojunk=False).get_opcodes():
        if op == "equal" or a1 >= len(placed):
            continue
        # the text's changed words (or, for words left out, the word after the gap)
        i, j = placed[a1][0], placed[max(a1, a2 - 1)][0]
        span = (toks[i].start, toks[j].end)
        said = " ".join(quote[b1:b2]) or "nothing"
        return [Finding(
            "quote-altered", "error",
            f"{text[span[0]:span[1]]!r} in {speaker.name}'s quote, where the fact sheet quotes "
            f"{said!r}: the words between quotation marks are the speaker's own.",
            speaker.id, said, text[span[0]:span[1]], span)]
    return []


def _placed(keys: list[str], quote: tuple[str, ...]) -> list[int]:
    """Where the quote stands in the text's words (five in six of them in place)."""
    found, size = [], len(quote)
    for i, key in enumerate(keys):
        if key != quote[0] and (i + 1 >= len(keys) or keys[i + 1] != quote[1]):
            continue
        window = keys[i:i + size]
        if sum(a == b for a, b in zip(window, quote, strict=False)) >= 5 * size / 6:
            found.append(i)
    return found


def _attributed(toks: list[_Tok], people: list[_Mention], first: int, last: int,
                vocab: _Vocabulary) -> _Mention | None:
    """The person a verb of saying ties to the quote between tokens ``first`` and
    ``last``: within a few words after it, or before it in the same sentence."""
    after = [p for p in people if last < p.first <= last + 8]
    if after:
        p = after[0]
        between = toks[last + 1:p.first]
        if any(t.key in _SAYING for t in between) and not any(
                t.key in _BOUNDARY for t in between if t.key != ":") and _only_glue(between):
            return p
    before = [p for p in people if first - 10 <= p.last < first]
    if before:
        p = before[-1]
        between = toks[p.last + 1:first]
        if any(t.key in _SAYING for t in between) and not any(
                t.key in ".;!?\n" for t in between):
            return p
    return None


def _stranger(toks: list[_Tok], people: list[_Mention], last: int,
              vocab: _Vocabulary) -> _Mention | None:
    """A name the sheet does not hold, tied to the quote ending at token ``last`` by a verb
    of saying ('…,” said Giovanni Mancardi'): two or more capitalised words after the verb
    and any title, none of them a person of the sheet."""
    i, stop = last + 1, min(len(toks), last + 6)
    while i < stop and not toks[i].key[:1].isalnum():
        i += 1  # the closing quote mark, a comma
    if i >= stop or toks[i].key not in _SAYING:
        return None
    i += 1
    while i < len(toks) and toks[i].key in _SAYING:
        i += 1  # "a dit", "ha detto"
    article = False
    while i < len(toks) and toks[i].key in _FILLER and toks[i].text[:1].isupper() is False:
        article = article or toks[i].key not in _TITLES
        i += 1
    titled = False
    while i < len(toks) and toks[i].key.rstrip(".") in _TITLES:
        titled = True
        i += 1
    if article and not titled:
        return None  # "said the American Academy of Neurology": an organisation
    j = i
    while j < len(toks) and toks[j].text[:1].isupper() and toks[j].text[:1].isalpha() and (
            toks[j].key not in _FILLER or len(toks[j].text.rstrip(".")) == 1):
        j += 1
    if j - i < 2 or any(p.first >= i and p.last < j for p in people) or (
            toks[i].key in vocab.orgs):
        return None
    return _Mention(i, j - 1, "")


def _only_glue(between: list[_Tok]) -> bool:
    """Punctuation, quote marks, verbs of saying, titles and roles: nothing that starts
    another statement between a quote and its speaker."""
    return sum(1 for t in between if t.key[:1].isalnum() and t.key not in _SAYING
               and t.key not in _FILLER) <= 2
