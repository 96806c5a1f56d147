"""Rule ``negation-changed`` on what the sheet says in words: a statement of the sheet that
carries a negation (a quote, "health agencies do not recommend vitamin D"; a limitation,
"the study did not include a control group"; "those who don't respond to conventional
therapy") said by the text without it ("currently recommend vitamin D", "O estudo
incluiu um grupo de controlo", "presenza di gruppo di controllo").

A sentence of the text says the statement when it holds the word the sheet's negation
bears on (the meaning word right after it) and at least half of the statement's meaning
words (two at least), each the same word or one of its inflections; a quote's
clause needs three meaning words ("not in the long term" says too little alone), a
limitation's two ("no comparison group", said as one phrase). It keeps the
negation when a negation of the language stands anywhere in it, or a word for lacking
("lack", "fehlt", "manque", "falta", "assenza"); a word for "without" ("ohne", "sin")
counts only right before the word it bears on ("a comparison group without a
transplant" still has a comparison group).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .directions import _words
from .sentences import findings_per_sentence
from .text import Token, fold, same_word, shifted_tokens, tokens

SHARE = 0.5  # of a statement's meaning words a sentence must say
NEAR = 3  # words either side of the sheet's negation that it bears on
AFTER = 3  # words a "without" bears on after it
# words for "without": they bear on the few words after them only (folded)
_WITHOUT = frozenset({"without", "sin", "sans", "ohne", "senza", "sem"})
# words for lacking something or for too little ("too small to show", "trop petit pour"),
# and adjectives that say "not enough" or "not possible" by their prefix ("insufficient
# power", "impossibile mantenere ... in cieco"; the adjective "incapaz", never the noun
# "incapacidade", disability), and "free of" ("free of worsening", "libres de", "exempts",
# "frei von", "liberi da", "livres de"), by language: a negation in other words
_LACK = {
    "en": r"lack\w*|absen\w*|missing|fail\w*|unable|too|insufficient\w*|inadequate\w*"
          r"|impossible|underpowered|free\s+(?:of|from)",
    "es": r"falt\w*|carec\w*|ausencia|demasiado|insuficiente\w*|inadecuad\w*|imposible\w*"
          r"|incapa(?:z|ces)|libres?\s+de|exent[oa]s?",
    "fr": r"manqu\w*|absence|absent\w*|dépourvu\w*|depourvu\w*|trop|insuffisant\w*"
          r"|inadapté\w*|impossible\w*|incapable\w*|exempte?s?|indemnes?",
    "de": r"fehl\w*|mangel\w*|\w*los|zu\s+\p{L}+\s*,?\s+um|unzureichend\w*|ungenügend\w*"
          r"|unmöglich\w*|frei\s+von|\w+frei",
    "it": r"manc\w*|assenza|privo|priva|privi|prive|troppo|insufficient\w*|inadeguat\w*"
          r"|impossibil\w*|incapac[ei]|sottodimensionat\w*|liber[oaie]\s+da|esent[ei]",
    "pt": r"falt\w*|carec\w*|ausência|ausencia|demasiado|demais|insuficiente\w*"
          r"|inadequad\w*|impossíve\w*|impossive\w*|incapa(?:z|zes)|livres?\s+de"
          r"|isent[oa]s?",
}


@dataclass(frozen=True)
class Statement:
    """One negated clause of the sheet: its meaning words and those its negation bears
    on."""

    source: str  # the quote's or limitation's id
    text: str
    words: tuple[str, ...]
    heads: frozenset[str]


def polarity(text: str, context: CheckContext) -> list[Finding]:
    statements = _statements(context)
    if not statements:
        return []
    negation = _words(context.pack).negation
    lack = _lack(context.lexicon.lang)
    memo = context.lexicon

    def read(text: str, a: int, b: int) -> list[Finding]:
        return _in_sentence(text, a, b, statements, negation, lack, memo)

    # what a sentence says is read once per run (a bundle's texts repeat half their
    # sentences): the patterns see nothing outside it but the character before it
    return findings_per_sentence(text, context.pack.sentence_spans(text), memo,
                                 "polarity-sentence", lambda s: read(s, 0, len(s)),
                                 lambda a, b: read(text, a, b))


def _in_sentence(text: str, a: int, b: int, statements: list[Statement], negation: Any,
                 lack: Any, memo: Any) -> list[Finding]:
    """The statement the sentence ``[a, b)`` of ``text`` says without its negation, if any.
    A list's items set off by semicolons are read one by one: a statement's words picked
    from several items ("menos doentes ...; possível viés ...; ... (sem ocultação)") are
    not one statement said."""
    semi = text.find(";", a, b)
    if semi < 0 and "\n" in text[a:b]:
        semi = next((h.start() for h in _HEADING.finditer(text, a, b) if len(
            text[max(a, text.rfind("\n", a, h.start()) + 1):h.start()].split()) <= HEADING),
            -1)
    if semi >= 0:
        for lo, hi in ((a, semi), (semi + 1, b)):
            found = _in_sentence(text, lo, hi, statements, negation, lack, memo)
            if found:
                return found
        return []
    toks = _tokens_at(text, a, b)
    if not toks:
        return []
    # the statements a sentence's words say, once per run for each sentence's words
    # (a bundle's texts repeat half their sentences; the statements are the run's)
    norms = tuple(t.norm for t in toks)
    said = memo.remember(("polarity-said", norms), lambda n=norms: [
        (st, at) for st in statements if (at := _said_at(st, n)) is not None])
    found = []  # the statement said with the most of its words
    for st, at in said:
        hits = [toks[i] for i in at]
        if _another_thing(toks, at, st):
            continue
        if _negated(text, a, b, toks, hits, st.heads, negation, lack):
            continue
        found.append((len(hits), st, hits))
    if not found:
        return []
    _, st, hits = max(found, key=lambda x: x[0])
    lo, hi = min(t.start for t in hits), max(t.end for t in hits)
    return [Finding(
        "negation-changed", "error",
        f"\"{text[lo:hi]}\" says without a negation what the fact sheet negates "
        f"({st.source}: \"{st.text}\").", st.source, st.text, text[lo:hi], (lo, hi))]


# prepositions that join a noun to the noun that says which one it is ("group of
# researchers", "gruppo di ricerca", "grupo de investigación", "Gruppe von Forschern")
_OF = frozenset({"of", "di", "de", "del", "della", "des", "du", "von", "da", "do", "dos", "das",
                 "der"})


def _another_thing(toks: list[Token], at: tuple[int, ...], st: Statement) -> bool:
    """Whether every head word the sentence says is another thing by the noun joined to
    it ("Un gruppo di ricerca italiano ha riesaminato ..." is no control group): the word
    after its preposition is none of the statement's words."""
    heads = [i for i in at if any(_akin(h, toks[i].norm) for h in st.heads)]
    if not heads:
        return False
    for i in heads:
        if i + 2 >= len(toks) or toks[i + 1].norm not in _OF:
            return False
        after = toks[i + 2].norm
        if len(after) < 4 or any(_akin(w, after) for w in st.words):
            return False
    return True


def _tokens_at(text: str, a: int, b: int) -> list[Token]:
    return shifted_tokens(text[a:b], a)


@functools.lru_cache(maxsize=16384)
def _said_at(st: Statement, norms: tuple[str, ...]) -> tuple[int, ...] | None:
    """Which of a sentence's (folded) words say the statement's (their indexes), or None
    when it does not say it: read once per statement and sentence."""
    # a statement is said only with one of its head words: most sentences say none of a
    # statement's heads, and this test is a fraction of the matching below. Words akin
    # (:func:`_akin`, of four letters or more) begin with the same four letters: only
    # those of a statement that begin as a sentence's word does are compared with it
    heads, words = _by_beginning(st)
    if heads.keys().isdisjoint(_beginnings(norms)) or not any(
            _akin(h, n) for n in norms if len(n) >= 4 for h in heads.get(n[:4], ())):
        other = _other_heads(st.heads)
        said = [i for i, n in enumerate(norms) if len(n) >= 4 and any(
            n.startswith(h) for h in other.get(n[:4], ()))] if other else []
        if not said:
            return None
        # the head said in another word of the same meaning ("advise" for "recommend"):
        # it stands for the head, and the statement's other words are read as before
        rest = _said_at(_without_heads(st), norms)
        return None if rest is None else tuple(sorted({said[0], *rest}))
    hits: list[int] = []
    found: set[str] = set()
    for i, norm in enumerate(norms):
        if len(norm) < 4:
            continue
        word = next((w for w in words.get(norm[:4], ()) if w not in found and _akin(w, norm)),
                    None)
        if word is not None:
            found.add(word)
            hits.append(i)
    if not found & st.heads or len(found) < need(st):
        return None
    return tuple(hits)


@functools.lru_cache(maxsize=4096)
def _beginnings(norms: tuple[str, ...]) -> frozenset[str]:
    """The first four letters of a sentence's words of four letters or more: where a
    statement's heads can be akin to one (:func:`_said_at`, asked of the sentence once
    for every statement of the sheet; most share no beginning with it)."""
    return frozenset(n[:4] for n in norms if len(n) >= 4)


# verbs of advising said for one another ("recommend"/"advise", "recomendar"/"aconsejar",
# "recommander"/"conseiller", "empfehlen"/"raten", "raccomandare"/"consigliare",
# "recomendar"/"aconselhar"): stems, folded, of the six languages
_SAME_HEADS = (("recomm", ("advis", "advoc")), ("recom", ("aconse", "aconsel")),
               ("recomi", ("aconse",)), ("empfe", ("raten", "riet")),
               ("racco", ("consig",)), ("recommand", ("consei", "preconis")))


@functools.lru_cache(maxsize=1024)
def _other_heads(heads: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Words of the same meaning as a statement's heads, by their first four letters
    (each a stem the word must start with: "advis" says "advise", "advised")."""
    out: dict[str, list[str]] = {}
    for head in heads:
        for stem, others in _SAME_HEADS:
            if head.startswith(stem):
                for other in others:
                    out.setdefault(other[:4], []).append(other)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1024)
def _without_heads(st: Statement) -> Statement:
    """The statement with its heads said by another word: its other meaning words, one
    fewer needed, and any of them a head."""
    words = tuple(w for w in st.words if w not in st.heads)
    return Statement(st.source, st.text, words, frozenset(words))


@functools.lru_cache(maxsize=1024)
def _by_beginning(st: Statement) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """A statement's head words and meaning words by their first four letters, each in
    the statement's order (all have four letters or more)."""
    def index(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for w in words:
            out.setdefault(w[:4], []).append(w)
        return {k: tuple(v) for k, v in out.items()}

    return index(sorted(st.heads)), index(st.words)


def need(st: Statement) -> int:
    """How many of a statement's meaning words a sentence must say: all of a short one,
    three at least of a longer one."""
    n = len(st.words)
    return n if n <= 3 else max(3, math.ceil(n * SHARE))


def _negated(text: str, a: int, b: int, toks: list[Token], hits: list[Token],
             heads: frozenset[str], negation: Any, lack: Any) -> bool:
    """Whether the clause of the statement's words keeps a negation: one of the
    language's anywhere in it (a word for "without" only right before a word the sheet's
    negation bears on), or a word for lacking. The clause runs from the clause mark before
    the first word said to the one after the last ("with a comparison group, so no one
    can say ..." has lost its negation)."""
    # an aside may hold the statement's own first word ("cannot, therefore, be
    # attributed" of "therefore cannot be attributed"): sought in the whole sentence
    asides = [h.span() for h in _ASIDE.finditer(text, a, b)]
    lo = max((h.end() for p in (_MARK, _SO) for h in p.finditer(text, a, hits[0].start)
              if not any(x <= h.start() < y for x, y in asides)), default=a)
    hi = next((h.start() for h in _MARK.finditer(text, hits[-1].end, b)), b)
    if (lack is not None and lack.search(text, lo, hi)) or _AGAINST.search(text, lo, hi) or (
            _LITTLE.search(text, lo, hi)):
        return True
    if negation is None:
        return False
    at = {t.start: i for i, t in enumerate(toks)}
    first_head = min((t.start for t in hits if any(_akin(h, t.norm) for h in heads)),
                     default=None)
    for hit in negation.finditer(text, lo, hi):
        i = at.get(hit.start())
        if i is not None and first_head is not None and toks[i].start > first_head and any(
                toks[j].norm in _ONLY_RELATIVE for j in range(max(0, i - 1 - RELATIVE_GAP), i)):
            # a negation that says who the group is, after it ("a comparison group who
            # didn't get a transplant"): the group is there; its negation is not the
            # sheet's
            continue
        if i is None or fold(hit.group()) not in _WITHOUT:
            return True
        if any(any(_akin(h, t.norm) for h in heads) for t in toks[i + 1:i + 1 + AFTER]):
            return True
    return False


# the end of a heading inside a sentence: a short line that closes on no mark, and a next
# line that opens with a capital ("How we did it\nWe looked at the records of ..."); a
# line that a subtitle or a wrapped paragraph breaks is longer, or goes on in lower case
# (a German noun may open the next line of a wrapped paragraph: the length decides)
HEADING = 6  # words of a heading line at most
_HEADING = regex.compile(r"(?<=[\p{L}\p{N})\]\"'”»])[ \t]*\n(?=\s*[\p{Lu}\p{N}])")
# advice against a thing ("advise against taking it", "déconseillent", "sconsigliano",
# "raten davon ab"): a negation in other words (closed-class words and verbs)
_AGAINST = regex.compile(r"(?<!\p{L})(?:against|en\s+contra|dagegen|davon\s+ab|discourag\w*"
                         r"|d[ée]conseill\w*|desaconsej\w*|sconsigli\w*|desaconselh\w*"
                         r"|abrat\w*)(?!\p{L})", regex.IGNORECASE)
# too little of a thing said as a lack of it ("con poca potencia", "little power", "peu
# de puissance", "wenig Aussagekraft", "poca potenza", "pouca potência"): closed-class
# words of the six languages (read here only: a direction after them is no lack)
_LITTLE = regex.compile(r"(?<!\p{L})(?:little|poc[oa]s?|escas[oa]s?|peu|wenig\w*|gering\w*"
                        r"|scars[oa]|pouc[oa]s?|escass[oa]s?)(?!\p{L})", regex.IGNORECASE)
_MARK = regex.compile(r"[,;:()\u2013\u2014→⇒]|\s-\s|=>")
# a consequence drawn opens a clause of its own, which the negation of its reason does not
# reach ("no control group so the results can be put down to it", "de modo que",
# "quindi", "daher"): closed-class words of the six languages
_SO = regex.compile(
    r"(?<!\p{L})(?:so|therefore|thus|hence|así\s+que|por\s+lo\s+que|por\s+eso|de\s+modo\s+que"
    r"|de\s+manera\s+que|por\s+(?:lo\s+)?tanto|donc|c['’]est\s+pourquoi|de\s+sorte\s+que"
    r"|par\s+conséquent|daher|deshalb|deswegen|sodass|quindi|perciò|per\s+cui|pertanto"
    r"|dunque|portanto|por\s+isso|pelo\s+que|logo)(?!\p{L})", regex.IGNORECASE)
# the same word set off by commas inside a clause ("Impossible, donc, d'attribuer ...",
# "Non è, quindi, possibile ...", "Es ist daher, so die Autoren, ..."): an aside, which
# neither ends the clause nor opens one
_ASIDE = regex.compile(
    r",\s*(?:so|therefore|thus|hence|then|also|however|donc|alors|pourtant|cependant|toutefois"
    r"|por\s+(?:lo\s+)?tanto|entonces|pues|sin\s+embargo|daher|deshalb|also|jedoch|allerdings"
    r"|quindi|dunque|pertanto|però|tuttavia|portanto|então|pois|logo|contudo|todavia)\s*,(?!\p{L})",
    regex.IGNORECASE)


@functools.lru_cache(maxsize=65536)  # a pure test of two words, asked ~200,000 times a bundle
def _akin(a: str, b: str) -> bool:
    """The same word, inflected or conjugated ("include", "included"; "recommandent",
    "recommande"): a shared stem of five letters at least, all but three of the shorter
    word's letters."""
    if same_word(a, b):
        return True
    n = min(len(a), len(b))
    if n < 5 or abs(len(a) - len(b)) > 4:  # not one word and a compound it opens
        return False
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    return k >= max(5, n - 3)


def _statements(context: CheckContext) -> list[Statement]:
    return context.lexicon.remember_sheet(("polarity-statements",), lambda: _read_sheet(context))


_CLAUSE = regex.compile(r"[^,;:.!?()]+")


# relative pronouns of the six languages (closed-class words): in a limitation, a negation
# right after one (at most RELATIVE_GAP words on: "who did not") says who the group the
# study lacked would have been ("persone che non avevano fatto il trapianto"); a text that
# drops it says who the study's people were, and denies nothing
_RELATIVES = frozenset({"who", "that", "which", "que", "quienes", "qui", "qu", "che", "chi",
                        "cui", "quem", "die", "der", "welche", "welcher"})
RELATIVE_GAP = 1
# those that are never a conjunction too ("saber que no hubo": "que" says what is known)
_ONLY_RELATIVE = frozenset({"who", "which", "whom", "quienes", "qui", "cui", "quem", "welche",
                            "welcher"})


def _defining(words: list[Token], neg: int) -> bool:
    """Whether the negation at ``neg`` opens a relative clause ("who did not get it")."""
    return any(words[j].norm in _RELATIVES for j in range(max(0, neg - 1 - RELATIVE_GAP), neg))


def _read_sheet(context: CheckContext) -> list[Statement]:
    """The negated clauses of the sheet's quotes and limitations, in the text's language."""
    sheet, lang = context.factsheet, context.lexicon.lang
    negation = _words(context.pack).negation
    if negation is None:
        return []
    stop = _stop(tuple(getattr(context.pack, "stopwords", None) or ()))
    sources: list[tuple[str, str]] = []  # (id, wording)
    for quote in sheet.quotes.values():
        said = quote.text.get(lang) if isinstance(quote.text, dict) else (
            quote.text if lang == sheet.lang else None)
        if said:
            sources.append((quote.id, said))
    for lim in sheet.limitations.values():
        for label in (lim.text, lim.meaning, lim.short):
            if label is not None:
                sources += [(lim.id, f) for f in label.all_forms(lang)]
    limits = set(sheet.limitations)
    out = []
    seen = set()
    for source, form in sources:
        for clause in _CLAUSE.finditer(form):
            words = tokens(clause.group())
            negs = [i for i, t in enumerate(words) if negation.fullmatch(t.norm)
                    or negation.fullmatch(clause.group(), t.start, t.end)]
            if not negs or negs[-1] - negs[0] > NEAR:
                continue  # none, or two that may undo each other ("no one who did not");
                # "ne ... pas", "não ... nenhum" are one
            if source in limits and _defining(words, negs[0]):
                continue  # who the lacked group were, not what the study lacked
            meaning = [t.norm for t in words if len(t.norm) >= 4 and t.norm not in stop
                       and not negation.fullmatch(t.norm)]
            heads = _heads(words, negs, set(meaning), lang)
            key = (tuple(meaning), frozenset(heads))
            if len(meaning) < 3 or not heads or key in seen:
                continue
            seen.add(key)
            out.append(Statement(source, clause.group().strip(), tuple(dict.fromkeys(meaning)),
                                 frozenset(heads)))
    return out


def _heads(words: list[Token], negs: list[int], meaning: set[str], lang: str) -> set[str]:
    """The meaning words a negation bears on: the next one after it ("do not recommend",
    "não incluiu", "ne recommandent pas", "senza gruppo"); in German, where the verb may
    stand anywhere, those within NEAR words either side ("empfehlen Vitamin D nicht")."""
    out = set()
    for i in negs:
        if lang == "de" and words[i].norm not in _WITHOUT and not words[i].norm.startswith(
                "kein"):
            out |= {words[j].norm for j in range(max(0, i - NEAR), min(len(words), i + NEAR + 1))
                    if words[j].norm in meaning}
            continue
        nxt = next((t.norm for t in words[i + 1:] if t.norm in meaning), None)
        if nxt is not None:
            out.add(nxt)
    return out


@functools.lru_cache(maxsize=16)
def _stop(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def lacking(text: str, pos: int, lang: str) -> bool:
    """Whether a word for lacking stands in the few words before ``pos`` ("absence of
    worsening", "assenza di peggioramento", "sans aggravation" is a pack negation)."""
    lack = _lack(lang)
    if lack is None:
        return False
    lo = max(0, pos - 30)
    mark = max((h.end() for h in _MARK.finditer(text, lo, pos)), default=lo)
    return lack.search(text, mark, pos) is not None


@functools.lru_cache(maxsize=16)
def _lack(lang: str) -> Any:
    stems = _LACK.get(lang)
    return regex.compile(rf"(?<!\p{{L}})(?:{stems})(?!\p{{L}})", regex.IGNORECASE) if (
        stems) else None
