"""The sheet's organisations and journal named with a word changed, in another order, or
replaced by another name in the journal's place ("Department of Obstetrics and
Gerontology", "The England New Journal of Medicine", "Università di Amburgo", "published
in the journal The Lancet"): rules ``term-corrupted`` and ``term-swapped``.

A copy of one of the sheet's names (in any of its languages) whose words all stand in
place but one, which is a word the sheet never uses and no spelling variant of the name's
word, names another body; so does a copy with its words shuffled. A capitalised name right
after a word for a journal, or a capitalised name with "Journal" in it, that is none of the
sheet's names, is another journal.
"""

from __future__ import annotations

import itertools
from difflib import SequenceMatcher

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .recall_sheet import SheetWords, text_tokens
from .text import Token, fold, phrase_key, same_word
from .unstated import WORDS

SHORTEST = 4  # letters of a name's word that can be swapped (no "of", "de", "BHF")
VARIANT = 0.8  # letter ratio above which two words are one spelt two ways
# a word for a journal, after which (and an article) a journal's name stands
_JOURNAL = frozenset({"journal", "revista", "revue", "zeitschrift", "fachzeitschrift",
                      "fachblatt", "rivista", "periodico"})
_ARTICLES = frozenset({"the", "el", "la", "le", "der", "die", "das", "il", "lo", "o", "a",
                       "l", "de", "del", "du"})
# the small words a capitalised name keeps inside ("Journal of the National ...")
_INNER = frozenset({"of", "the", "for", "and", "de", "del", "la", "el", "los", "las", "du",
                    "des", "d", "l", "y", "et", "und", "der", "für", "di", "della",
                    "e", "da", "do", "dos", "das", "&"})
_CAPITAL = regex.compile(r"\p{Lu}")
_PARTS = regex.compile(r"\s*[,;(]\s*")


def _names(context: CheckContext, words: SheetWords
           ) -> tuple[list[tuple[str, tuple[str, ...]]], frozenset[str],
                      frozenset[tuple[str, ...]], list[tuple[str, ...]]]:
    """Each of the sheet's names as folded words (every language and short form), with
    its organisation's kind, every word of them, and every stretch of one (once per
    sheet)."""
    memo = words.cache.get("name-swap-names")
    if memo is None:
        keys: list[tuple[str, tuple[str, ...]]] = []
        copied: list[tuple[str, ...]] = []  # the forms a copy is read against
        for org in context.factsheet.organisations.values():
            every = [org.name] if isinstance(org.name, str) else list(org.name.values())
            # the text's language's and the original (English) name: a copy is of one
            own = {org.name_in(words.lang), org.name_in("en")}
            for form in dict.fromkeys(every):
                # a long name's parts too ("Department of Obstetrics and Gynecology, ...")
                for part in dict.fromkeys([form, *_PARTS.split(form)]):
                    key = phrase_key(part) if part.strip() else ()
                    while key and key[0] in _ARTICLES:
                        key = key[1:]  # "The New England Journal": no copy starts at "the"
                    if key and (org.kind or "", key) not in keys:
                        keys.append((org.kind or "", key))
                    if key and form in own and len(key) >= 3 and key not in copied:
                        copied.append(key)
            if org.short:
                keys.append((org.kind or "", phrase_key(org.short)))
        vocabulary = frozenset(w for _, key in keys for w in key)
        stretches = frozenset(key[a:b] for _, key in keys
                              for a in range(len(key)) for b in range(a + 1, len(key) + 1))
        memo = words.cache["name-swap-names"] = (keys, vocabulary, stretches, copied)
    return memo


def name_swaps(text: str, context: CheckContext, words: SheetWords,
               seen: set[int]) -> list[Finding]:
    if not context.factsheet.organisations:
        return []
    keys, vocabulary, stretches, copied = _names(context, words)
    said = analysis_of(text, context)[WORDS]
    toks = text_tokens(text, context)
    out: list[Finding] = []
    # each reading asked only of a text that holds a word it starts from (most hold none)
    found = [*_changed(text, toks, copied, vocabulary, words, said)]
    if not said.isdisjoint(_JOURNAL):
        found += _other_journal(text, toks, keys, vocabulary, words, stretches)
    if not said.isdisjoint(_HEADS):
        found += _other_body(text, toks, keys, vocabulary, words, stretches)
    for a, b, raw, rule in found:
        if any(a <= s < b for s in seen):
            continue
        seen.update(t.start for t in toks if a <= t.start < b)
        why = "" if raw == text[a:b] else f" \"{raw}\" makes it another one;"
        out.append(Finding(
            rule, "error",
            f"\"{text[a:b]}\" is none of the fact sheet's organisations or its journal:"
            f"{why} name it as the fact sheet does.",
            None, None, text[a:b], (a, b)))
    return out


def _foreign(word: str, vocabulary: frozenset[str], words: SheetWords) -> bool:
    """A word of no name of the sheet and of nothing else it says."""
    return word not in vocabulary and word not in words.known and not any(
        same_word(word, w) for w in vocabulary if w[:3] == word[:3])


def _new(word: str, vocabulary: frozenset[str], words: SheetWords) -> bool:
    """A word foreign to the sheet that spells none of its names' words another way."""
    return _foreign(word, vocabulary, words) and not any(
        _variant(word, w) for w in vocabulary if w[:2] == word[:2])


def _variant(a: str, b: str) -> bool:
    """One word spelt two ways ("Gynaecology", "Gynecology"; "Edinburgh", "Édimbourg")."""
    return same_word(a, b) or SequenceMatcher(None, fold(a), fold(b)).ratio() >= VARIANT


def _changed(text: str, toks: list[Token], keys: list[tuple[str, ...]],
             vocabulary: frozenset[str], words: SheetWords, said: frozenset[str]
             ) -> list[tuple[int, int, str, str]]:
    """Copies of a name of three words or more with one of its long words swapped for a
    word foreign to the sheet, or with its words in another order."""
    out: list[tuple[int, int, str, str]] = []
    # a copy keeps the name's first or last word: only the names whose edge the text holds
    asked = [key for key in keys if key[0] in said or key[-1] in said]
    if not asked:
        return out
    edges = {w for key in asked for w in (key[0], key[-1])}
    at: dict[str, list[int]] = {}
    for i in [k for k, t in enumerate(toks) if t.norm in edges]:
        at.setdefault(toks[i].norm, []).append(i)
    for key in asked:
        n = len(key)
        starts = {*at.get(key[0], ()), *(p - n + 1 for p in at.get(key[-1], ()) if p >= n - 1)}
        for i in sorted(starts):
            if i + n > len(toks):
                continue
            window = toks[i:i + n]
            said = tuple(t.norm for t in window)
            if said == key or any(_BREAK.search(text, x.end, y.start)
                                  for x, y in itertools.pairwise(window)):
                continue
            odd = [k for k in range(n) if not same_word(said[k], key[k])]
            if len(odd) == 1:
                k = odd[0]
                word = said[k]
                if (len(key[k]) >= SHORTEST and len(word) >= SHORTEST
                        and not (fold(word) in _HEADS and fold(key[k]) in _HEADS)
                        and _CAPITAL.match(text, window[k].start) is not None
                        and _foreign(word, vocabulary, words) and not _variant(word, key[k])):
                    out.append((window[0].start, window[-1].end,
                                text[window[k].start:window[k].end], "term-corrupted"))
            elif len(odd) >= 2 and sorted(said) == sorted(key) and all(
                    _CAPITAL.match(text, window[k].start) for k in odd):
                out.append((window[0].start, window[-1].end, text[window[0].start:window[-1].end],
                            "term-corrupted"))
    return out


# anything between two words of one name but spaces, "&", a hyphen or an apostrophe
# ("|", "#", a full stop, a line break) ends it
_BREAK = regex.compile(r"[^ \t\u00a0&'’\-]")


# a journal's name stands "in" it: a magazine named at a page's head is no journal
_IN = frozenset({"in", "en", "dans", "im", "su", "sul", "sulla", "nella", "nel", "na", "no",
                 "em", "into"})
# "Journal Club": a meeting that reads a paper, in every language
_CLUB = frozenset({"club", "clube"})


def _after_in(toks: list[Token], i: int) -> bool:
    """Whether the word for a journal at ``i`` follows "in" (an article between)."""
    j = i - 1
    while j >= 0 and toks[j].norm in _ARTICLES and toks[j].norm not in _IN:
        j -= 1
    return j >= 0 and toks[j].norm in _IN


def _capital_word(text: str, tok: Token) -> bool:
    """A capitalised word that can stand before a name's head ("American" in "American
    Cancer Society"), not a word for a journal or an article ("Zeitschrift", "The")."""
    return (_CAPITAL.match(text, tok.start) is not None and tok.norm not in _JOURNAL
            and tok.norm not in _ARTICLES)


def _run(text: str, toks: list[Token], i: int) -> int:
    """Where a capitalised name that starts at token ``i`` ends (a token index): its
    capitalised words and the small words between them, never ending on a small word."""
    end = i
    j = i
    while j < len(toks):
        tok = toks[j]
        if j > i and _BREAK.search(text, toks[j - 1].end, tok.start):
            break
        if _CAPITAL.match(text, tok.start):
            end = j + 1
        elif tok.norm not in _INNER:
            break
        j += 1
    return end


def _other_journal(text: str, toks: list[Token], keys: list[tuple[str, tuple[str, ...]]],
                   vocabulary: frozenset[str], words: SheetWords,
                   stretches: frozenset[tuple[str, ...]]) -> list[tuple[int, int, str, str]]:
    """A capitalised name in the journal's place (after a word for a journal and an
    article) or with "Journal" in it, that is no name of the sheet."""
    if not any(kind == "journal" for kind, _ in keys):
        return []
    out = []
    done = -1
    for i in [k for k, t in enumerate(toks) if t.norm in _JOURNAL]:
        if i <= done:
            continue
        tok = toks[i]
        start = None
        if tok.norm in _JOURNAL and (tok.norm != "journal" or not _CAPITAL.match(
                text, tok.start)) and _after_in(toks, i):
            j = i + 1
            while j < len(toks) and toks[j].norm in _ARTICLES and not _CAPITAL.match(
                    text, toks[j].start):
                j += 1
            if j < len(toks) and _CAPITAL.match(text, toks[j].start) and not _BREAK.search(
                    text, toks[j - 1].end, toks[j].start):
                start = j
        elif text[tok.start:tok.end] == "Journal" and not (
                i + 1 < len(toks) and toks[i + 1].norm in _CLUB) and (
                text[tok.end:tok.end + 1] not in ("-", "\u2010", "\u2011")):
            # (the first part of a compound names a newsletter or a column, no journal:
            # "Intranet Notaufnahme – Journal-Telegramm")
            start = i
            while start > 0 and _capital_word(text, toks[start - 1]) and not _BREAK.search(
                    text, toks[start - 1].end, toks[start].start):
                start -= 1
        if start is None:
            continue
        end = _run(text, toks, start)
        done = end - 1
        said = tuple(t.norm for t in toks[start:end])
        while said and said[0] in _ARTICLES:
            said = said[1:]
        if text[toks[start].start:toks[end - 1].end].isupper():
            continue  # a heading in capitals ("JOURNAL CLUB"), no name
        content = [w for w in said if w not in _INNER and w not in _JOURNAL]
        if said and said not in stretches and any(
                len(w) >= SHORTEST and _new(w, vocabulary, words) for w in content):
            out.append((toks[start].start, toks[end - 1].end,
                        text[toks[start].start:toks[end - 1].end], "term-swapped"))
    return out


# the word that makes a capitalised name a body's ("Society", "Centro", "Universität")
_HEADS = frozenset({
    "association", "society", "sociedad", "societe", "gesellschaft", "societa", "sociedade",
    "asociacion", "associazione", "associacao", "institute", "instituto", "institut",
    "istituto", "foundation", "fundacion", "fondation", "stiftung", "fondazione", "fundacao",
    "academy", "academia", "academie", "akademie", "accademia", "centre", "center", "centro",
    "zentrum", "university", "universidad", "universite", "universitat", "universita",
    "universidade", "department", "departamento", "departement", "dipartimento",
    "abteilung", "college", "school", "escuela", "ecole", "scuola", "escola", "faculty",
    "facultad", "faculte", "facolta", "faculdade"})


def _other_body(text: str, toks: list[Token], keys: list[tuple[str, tuple[str, ...]]],
                vocabulary: frozenset[str], words: SheetWords,
                stretches: frozenset[tuple[str, ...]]) -> list[tuple[int, int, str, str]]:
    """A capitalised name of a body ("American Heart Association", "Centro BHF de Cirugía
    Cardiovascular") that shares a long word with one of the sheet's names but is none
    of them: a word of its own, foreign to the sheet, makes it another body."""
    out = []
    done = -1
    whole = frozenset(key for _, key in keys)
    for i in [k for k, t in enumerate(toks) if t.norm in _HEADS]:
        tok = toks[i]
        if i <= done or not _CAPITAL.match(text, tok.start):
            continue
        start = i
        while start > 0 and _capital_word(text, toks[start - 1]) and not _BREAK.search(
                text, toks[start - 1].end, toks[start].start):
            start -= 1
        end = _run(text, toks, i)
        done = end - 1
        if _of_parent(text, toks, start, whole):
            continue  # "... Shriver du Département de la Santé": the body it belongs to
        start, end = _own_part(text, toks, start, end, whole)
        said = tuple(t.norm for t in toks[start:end])
        while said and said[0] in _ARTICLES:
            said = said[1:]
        if len(said) < 2 or text[toks[start].start:toks[end - 1].end].isupper():
            continue
        content = [w for w in said if w not in _INNER and w not in _HEADS]
        if not any(len(w) >= SHORTEST and w in vocabulary for w in content) or (
                said in stretches):
            continue
        odd = [w for w in content if len(w) >= SHORTEST and _new(w, vocabulary, words)]
        if odd:
            out.append((toks[start].start, toks[end - 1].end, odd[0], "term-swapped"))
    return out


# the small words that join a body to the one it belongs to ("of the", "del", "do", "du",
# "dei", "der"), in the six languages
_LINKS = frozenset({"of", "de", "del", "du", "des", "do", "da", "dos", "das", "di", "della",
                    "dello", "dell", "dei", "degli", "delle", "der", "van", "the", "la",
                    "los", "las", "le", "les", "l"})
_POSSESSIVE = regex.compile(r"(?:['’]s|s['’])$")


def _is_name(toks: list[Token], a: int, b: int, whole: frozenset[tuple[str, ...]]) -> bool:
    """Whether the words ``[a, b)`` are one of the sheet's names (or a part of one) in
    full, an article before it aside."""
    while a < b and toks[a].norm in _ARTICLES:
        a += 1
    return a < b and tuple(t.norm for t in toks[a:b]) in whole


def _of_parent(text: str, toks: list[Token], start: int, whole: frozenset[tuple[str, ...]]
               ) -> bool:
    """Whether the body's name at ``start`` follows one of the sheet's names and a word
    joining it to the body it belongs to, in one run ("Eunice Kennedy Shriver du
    Département ...", "... Shriver of the Department of Health"; not after a comma: "a
    Sociedade Americana do Cancro, da Escola ..." lists another body): the parent body,
    no changed name."""
    j = start
    while j > 0 and toks[j - 1].norm in _LINKS and start - j < 3:
        j -= 1
    if j == start or j == 0 or any(_BREAK.search(text, toks[x - 1].end, toks[x].start)
                                   for x in range(j, start + 1)):
        return False
    return any(
        tuple(t.norm for t in toks[max(0, j - len(key)):j]) == key for key in whole)


def _own_part(text: str, toks: list[Token], start: int, end: int,
              whole: frozenset[tuple[str, ...]]) -> tuple[int, int]:
    """The part of the capitalised run ``[start, end)`` that is one of the sheet's names in
    full, when the rest names the body it belongs to: a leading possessive ("the NIH's
    Eunice Kennedy Shriver National Institute ...", "Services' ...") or a joining word
    and a name after it ("Instituto ... Eunice Kennedy Shriver del Departamento de
    Salud", "do Ministério"); else the run as it is."""
    for p in range(end - 1, start - 1, -1):
        word = text[toks[p].start:toks[p].end + 1].rstrip()
        if _POSSESSIVE.search(word) and any(
                _is_name(toks, p + 1, q, whole) for q in range(p + 2, end + 1)):
            start = p + 1  # what stands before "'s" is the body it belongs to
            break
    for q in range(start + 1, end):
        if toks[q].norm in _LINKS and _is_name(toks, start, q, whole):
            return start, q  # the sheet's name, then "del ..." the body it belongs to
    return start, end
