"""Rule ``negation-changed``: a limitation the sheet words with a negation, said in its
own words without it ("there was a comparison group of people who did not have a
transplant" for "there was no group of people who did not get the transplant", "hubo un
grupo de personas sin trasplante", "Es gab eine Gruppe ohne Transplantation zum
Vergleich", "se puede saber que fue el trasplante").

A text that keeps most of a limitation's words also keeps what they say, unless it drops
the negation: the words the sheet's negation governs (the word right after it: "hubo",
"group", "tell") stand in the text with no negation, word of lacking or hedge before them
in their clause and none just after ("Eine Kontrollgruppe gab es nicht"). A word of
lacking inside the wording ("sin trasplante", "without the transplant") says what a group
lacked and is not the negation read here. A text that says the same with other words
("it is impossible to tell", "remains unclear") keeps too few of them to be read.
"""

from __future__ import annotations

from bisect import bisect_left

import regex
from plainsum.analysis import analysis_of
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .denied_caveats import _LACK, _NONE
from .directions import _words
from .polarity import _ASIDE, _ONLY_RELATIVE, _RELATIVES, RELATIVE_GAP
from .recall_sheet import text_tokens
from .text import Token, tokens

LEAST = 3  # words of a wording the text keeps, at the least
SHARE = 0.5  # of the wording's words that carry meaning, the text keeps at least
STEM = 5  # letters two forms of a word share ("include", "included"; "Vergleich")
HEAD = 3  # words after the sheet's negation the word it governs stands within
AFTER = 2  # words after that word a negation of it may stand ("gab es nicht")
SPREAD = 2  # the text's kept words stand within this many times the wording's length
_CLAUSE = regex.compile(r"[,;:.!?()\n—–]")
_LETTERS = regex.compile(r"\p{L}+")
# a glossary's entry: a short headword (bold, or with its other name in brackets) and a
# dash before its definition ("**control group** (comparison group) — A group of ...")
_GLOSSARY = regex.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*[^*\n]{1,80}\*\*|[^\n—–:]{1,60}?)"
                          r"[ \t]*(?:\([^)\n]*\)[ \t]*)?[—–][ \t]")
# words of too little or of impossibility, which deny as a negation does ("too small to
# show", "trop petite pour dire", "impossible to tell", "unmöglich"): closed-class words
_SHORT_OF = regex.compile(
    r"(?<!\p{L})(?:too|trop|zu|demasiad[oa]s?|troppo|tropp[ao]|insufficien\w*|insuficien\w*"
    r"|impossib\w*|imposib\w*|imposs[ií]ve\w*|unmöglich\w*|unclear|unknown)(?!\p{L})",
    regex.IGNORECASE)
# a word of lacking: it says what a group lacked ("sin trasplante"), not a negation
_WITHOUT = regex.compile(r"(?:without|sin|sans|ohne|senza|sem|zonder)", regex.IGNORECASE)
_WITHOUT_WORD = regex.compile(rf"(?<!\p{{L}}){_WITHOUT.pattern}(?!\p{{L}})", regex.IGNORECASE)

# (limitation id, its words that carry meaning, which of them a negation governs, how many
# denials the wording holds)
Wording = tuple[str, tuple[str, ...], frozenset[int], int]


def denied_wording(text: str, context: CheckContext) -> list[Finding]:
    negation = _words(context.pack).negation
    if negation is None:
        return []
    wordings = _wordings(context, negation)
    if not wordings:
        return []
    from .claims import _vocab

    hedge = _vocab(context.pack).caveat
    toks = text_tokens(text, context)
    stop = _stop(context)
    starts = [t.start for t in toks]  # in order: the tokens are read sentence by sentence
    remember = context.lexicon.remember
    out: list[Finding] = []
    for a, b in analysis_of(text, context).sentences:
        first_tok, end_tok = bisect_left(starts, a), bisect_left(starts, b)
        if end_tok - first_tok < LEAST:
            continue  # too few words to keep any wording's least
        # which wordings the sentence's words can hold: its words alone decide, once per
        # run for each sentence (a bundle's texts repeat half their sentences)
        chosen = remember((_CANDIDATES, wordings, stop, text[a:b]),
                          lambda f=first_tok, e=end_tok: _candidates(toks[f:e], stop, wordings))
        if not chosen:
            continue
        here = [t for t in toks[first_tok:end_tok] if t.norm not in stop and len(t.norm) >= 3]
        for lim, words, governed, denials in map(wordings.__getitem__, chosen):
            kept = _kept(here, words)
            if len(kept) < max(LEAST, SHARE * len(words)) or not governed & set(kept):
                continue
            if all(_named_other(toks, starts, kept[j], words) for j in governed if j in kept):
                continue  # "un gruppo di ricerca": the governed word names another thing
            first, last = kept[min(kept)], kept[max(kept)]
            line = text.rfind("\n", 0, first.start) + 1
            if _GLOSSARY.match(text, line):
                continue  # a glossary's entry defines the word; it says nothing of the study
            if last.end - first.start > SPREAD * sum(len(w) + 4 for w in words):
                continue  # the words scattered over a long sentence: another statement
            pats = (negation, _LACK, _NONE, hedge, _SHORT_OF)
            lo = _clause_start(text, a, first)
            if all(_before(text, lo, kept[j], pats) for j in governed if j in kept):
                continue  # every negation of the statement is kept
            if _denials(text, lo, _after(text, last), pats) >= denials:
                continue  # as many denials as the sheet's: said with other words

            out.append(Finding(
                "negation-changed", "error",
                f"\"{text[first.start:last.end]}\" says the sheet's limitation {lim} without "
                f"its negation: the fact sheet says the opposite.",
                lim, None, text[first.start:last.end], (first.start, last.end)))
            break
    return out


def _named_other(toks: list[Token], starts: list[int], tok: Token,
                 words: tuple[str, ...]) -> bool:
    """Whether the noun joined to ``tok`` by "of" says it is another thing than the
    wording's ("gruppo di ricerca", "group of researchers", "grupo de investigación" for a
    control group): the word after the preposition is none of the wording's words."""
    i = bisect_left(starts, tok.start)
    if i + 2 >= len(toks) or toks[i + 1].norm not in _OF:
        return False
    after = toks[i + 2].norm
    return len(after) >= 4 and not any(_same(after, w) for w in words)


# relative pronouns that open a clause after a noun (not the articles "die", "der")
_OPENS_RELATIVE = frozenset({"who", "which", "that", "que", "quienes", "qui", "che", "chi",
                             "cui", "quem", "welche", "welcher", "whom"})
# prepositions that join a noun to the noun that says which one it is (folded)
_OF = frozenset({"of", "di", "de", "del", "della", "des", "du", "von", "da", "do", "dos", "das",
                 "der"})


def _candidates(toks: list[Token], stop: frozenset[str],
                wordings: tuple[Wording, ...]) -> tuple[int, ...]:
    """The wordings (by index) a sentence of ``toks`` can keep enough words of, and one
    its negation governs: a bound on the ordered match of :func:`_kept`, which keeps no
    more of a wording's words than have a match anywhere in the sentence."""
    here = [t.norm for t in toks if t.norm not in stop and len(t.norm) >= 3]
    if len(here) < LEAST:
        return ()  # too few words to keep any wording's least
    norms = set(here)
    stems = {n[:STEM] for n in norms if len(n) >= STEM}
    out = []
    for k, (_, words, governed, _) in enumerate(wordings):
        found = [j for j, w in enumerate(words)
                 if w in norms or (len(w) >= STEM and w[:STEM] in stems)]
        if len(found) >= max(LEAST, SHARE * len(words)) and not governed.isdisjoint(found):
            out.append(k)
    return tuple(out)


_CANDIDATES = object()  # tags the run memo's entries of a sentence's candidate wordings


def _kept(here: list[Token], words: tuple[str, ...]) -> dict[int, Token]:
    """The wording's words the sentence keeps, in order: wording index -> text token."""
    out: dict[int, Token] = {}
    at = 0
    for j, word in enumerate(words):
        for k in range(at, len(here)):
            if _same(here[k].norm, word):
                out[j] = here[k]
                at = k + 1
                break
    return out


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= STEM and len(b) >= STEM and a[:STEM] == b[:STEM])


def _clause_start(text: str, start: int, tok: Token) -> int:
    """Where the clause of ``tok`` starts: after the last clause mark before it, but not a
    comma that sets off an aside ("cannot, therefore, be attributed": the aside may hold
    the kept words' first word, "therefore cannot be attributed")."""
    asides = [m.span() for m in _ASIDE.finditer(text, start, min(len(text), tok.end + 2))]
    return max([start, *(m.end() for m in _CLAUSE.finditer(text, start, tok.start)
                         if not any(x <= m.start() < y for x, y in asides))])


def _after(text: str, tok: Token) -> int:
    """Where the few words right after ``tok`` in its clause end."""
    tail = text[tok.end:tok.end + 40]
    cut = _CLAUSE.search(tail)
    after = list(_LETTERS.finditer(tail[:cut.start()] if cut else tail))[:AFTER]
    # a relative clause right after says who or what the word is ("a comparison group
    # who didn't get a transplant"): its negation is not the word's
    rel = next((k for k, m in enumerate(after) if m.group().casefold() in _OPENS_RELATIVE),
               None)
    if rel is not None:
        after = after[:rel]
    return tok.end + after[-1].end() if after else tok.end


def _before(text: str, lo: int, tok: Token, pats: tuple[regex.Pattern[str] | None, ...]
            ) -> bool:
    """A negation, a word of lacking, a hedge or a word of too little ("too small to
    show", "impossible to tell") between ``lo`` (where the kept words' clause starts)
    and ``tok``, or just after it."""
    hi = _after(text, tok)
    return _denials(text, lo, tok.start, pats) > 0 or any(
        not _WITHOUT.fullmatch(m.group())  # "a group without the treatment": what it lacked
        for p in pats if p is not None for m in p.finditer(text, tok.end, hi))


def _denials(text: str, lo: int, hi: int, pats: tuple[regex.Pattern[str] | None, ...]) -> int:
    """How many words between ``lo`` and ``hi`` deny or hedge (each word once); not one
    right after a relative pronoun ("a group who didn't get a transplant"), which says
    who or what a thing is and denies nothing of the statement."""
    return len({m.start() for p in pats if p is not None for m in p.finditer(text, lo, hi)
                if not _after_relative(text, lo, m.start())})


_LAST_WORD = regex.compile(r"(\p{L}+)\s*$")


def _after_relative(text: str, lo: int, at: int) -> bool:
    last = _LAST_WORD.search(text, max(lo, at - 12), at)
    return last is not None and last.group(1).casefold() in _ONLY_RELATIVE


def _stop(context: CheckContext) -> frozenset[str]:
    """The pack's stopwords, folded (once per pack, not per text)."""
    from .text import fold

    pack = context.pack
    return _STOPS.get((pack,), None, lambda: frozenset(
        fold(w) for w in getattr(pack, "stopwords", None) or ()))


def _wordings(context: CheckContext, negation: regex.Pattern[str]) -> tuple[Wording, ...]:
    """Each wording of the sheet's limitations with a negation that is no word of lacking:
    its words that carry meaning (no negation among them) and which of them the negation
    governs (the first such word after it)."""
    def make() -> tuple[Wording, ...]:
        lang = context.lexicon.lang
        stop = _stop(context)
        out: list[Wording] = []
        for lim in context.factsheet.limitations.values():
            labels = [lab for lab in (lim.text, lim.short, getattr(lim, "meaning", None)) if lab]
            for form in dict.fromkeys(f for lab in labels for f in lab.all_forms(lang)):
                words: list[str] = []
                governed: set[int] = set()
                pending = -1  # words since a negation, while one is pending
                since_relative = RELATIVE_GAP + 1  # words since a relative pronoun
                for t in tokens(form):
                    raw = form[t.start:t.end]
                    if negation.fullmatch(raw) or _NONE.fullmatch(raw) or (
                            regex.match(r"\w+n['’]t$", raw)):
                        pending = 0 if not _WITHOUT.fullmatch(raw) else -1
                        if since_relative <= RELATIVE_GAP:
                            # "persone che non avevano fatto il trapianto", "people who did
                            # not get it": the negation says who the lacked group are; a
                            # text that says who the study's people are ("che avevano fatto
                            # un trapianto") does not deny the limitation
                            pending = -1
                        continue
                    since_relative = 0 if t.norm in _RELATIVES else since_relative + 1
                    if t.norm in stop or len(t.norm) < 3:
                        if pending >= 0:
                            pending += 1
                            pending = -1 if pending > HEAD else pending
                        continue
                    if pending >= 0:
                        governed.add(len(words))
                        pending = -1
                    words.append(t.norm)
                if governed and len(words) >= LEAST:
                    pats = (negation, _NONE, _SHORT_OF, _WITHOUT_WORD)
                    out.append((lim.id, tuple(words), frozenset(governed),
                                _denials(form, 0, len(form), pats)))
        return tuple(out)
    return _WORDINGS.get((context.factsheet, context.pack), None, make)


_WORDINGS: Memo[tuple[Wording, ...]] = Memo(64)
_STOPS: Memo[frozenset[str]] = Memo(16)
