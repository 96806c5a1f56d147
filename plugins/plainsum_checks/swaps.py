"""Rule ``term-swapped``: the sheet's condition or intervention replaced by another real
term ("ALS" for "MS", "apixaban" for "rivaroxaban", "chemotherapy" for the transplant).

A text that never names the sheet's term in any accepted form, but names a disease (for
the condition) or a treatment (for the intervention) the sheet never mentions, has put
that term in its place. An unknown acronym where the sheet's phrases have the term's own
("people with ALS" for "people with MS") is one too. A text that names the sheet's term
and mentions another disease as context is left alone.
"""

from __future__ import annotations

import bisect
import functools
from difflib import SequenceMatcher
from itertools import compress
from operator import itemgetter

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from . import term_phrases
from .name_swaps import name_swaps
from .recall_sheet import SheetWords, Target, text_tokens
from .recall_words import DISEASE_ACRONYMS, TREATMENT_ACRONYMS, matcher, matches
from .text import Token, same_word, tokens
from .unstated import WORDS

_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
_BREAK = regex.compile(r"[,;:.!?()\n]")
_LISTED = {"disease": frozenset(DISEASE_ACRONYMS), "treatment": frozenset(TREATMENT_ACRONYMS)}
# a word for a whole class of diseases ("cancer", "Krebs", "tumor"): a text may call the
# sheet's condition by it ("vitamin D and cancer"), so it is never another term on its own
# words that name a disease by its kind ("koronare Herzkrankheit", "maladie coronaire"):
# in the place of a word of a test's or a treatment's term, they name the condition the
# test looks for or the treatment treats, not a garbled test
_DISEASE_HEADS = ("krankheit", "erkrankung", "leiden", "disease", "maladie", "enfermedad",
                  "malattia", "malattie", "doenca", "syndrom")


def _names_a_disease(word: str) -> bool:
    return any(word.startswith(h) or word.endswith(h) for h in _DISEASE_HEADS)


_CLASS = matcher(("cancer", "cancers", "cancro", "cancros", "krebs", "tumor*", "tumeur*",
                  "tumour*", "tumore", "tumori", "carcinom*", "karzinom*"), "")


def swaps(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    if not words.targets:
        return []
    toks = text_tokens(text, context)
    out: list[Finding] = []
    seen: set[int] = set()
    named: list[Target] = []
    for target in words.targets:
        if any(True for _ in target.forms.find(text, toks)) or (
                target.written and _says_written(text, target.written)):
            named.append(target)
            continue  # the text names it: other terms beside it are context
        whole, stems = words.diseases if target.category == "disease" else words.treatments
        name = context.lexicon.term_text(target.id, "technical")
        for a, b, raw in (*_one_swapped(text, toks, target, words),
                          *_other_site(text, toks, target, words),
                          *_compound_site(text, toks, target, context, words)):
            if a not in seen:
                seen.update(t.start for t in toks if a <= t.start < b)
                out.append(Finding(
                    _rule(raw, words, toks), "error",
                    f"\"{text[a:b]}\" stands where the fact sheet's {name} should be: the text "
                    f"never names {name}, and \"{raw}\" makes it another term.",
                    None, name, text[a:b], (a, b)))
        # per word of the text, once per sheet: 0 a word of the sheet, 2 a word on the
        # list of the target's kind, 1 another (only an acronym of it is asked further)
        kinds = words.cache.setdefault(("swap-words", target.category), {})
        if len(kinds) > 50000:
            kinds.clear()
        for i, tok in enumerate(toks):
            kind = kinds.get(tok[0])
            if kind is None:
                kind = kinds[tok[0]] = 0 if _known(tok.norm, words) else 2 if (
                    matches(tok.norm, whole, stems) and not matches(tok.norm, *_CLASS)) else 1
            if not kind or tok.start in seen or (kind == 1 and (
                    not 2 <= tok[2] - tok[1] <= 5 or text[tok[1]].islower())):
                continue  # (an acronym has two to five capitals)
            raw = text[tok.start:tok.end]
            acronym = _ACRONYM.fullmatch(raw) is not None
            if not ((matches(tok.norm, whole, stems) and not matches(tok.norm, *_CLASS))
                    or (acronym and raw in _LISTED[target.category])
                    or (acronym and _in_place(toks, i, target))):
                continue
            seen.add(tok.start)
            out.append(Finding(
                _rule(tok.norm, words, toks), "error",
                f"\"{raw}\" stands where the fact sheet's {name} should be: the text never "
                f"names {name}, and the fact sheet never mentions \"{raw}\".",
                None, name, raw, (tok.start, tok.end)))
    out += name_swaps(text, context, words, seen)
    out += _foreign(text, toks, context, words, seen)
    out += _foreign_phrases(text, toks, context, words, seen)
    # a term the text names, with a word of one copy swapped for a body site or a word
    # of its own ("bone-forming stem cells", "a CT scan of the lung arteries")
    if not named:
        return out
    odd, marks = _odd_words(toks, named, context, words)
    if not marks:
        return out  # most texts: no word of its own that could swap a word of the term
    # every copy found, then the first of each place: the longest from where it starts
    # (the readings come out of sets, whose order changes from one process to the next)
    found = sorted(
        ((a, b, raw, n, target) for n, target in enumerate(named)
         for a, b, raw in (*_one_swapped(text, toks, target, words, named=True, odd=odd),
                           *(_other_site(text, toks, target, words, tight=True)
                             if marks & _SITE else ()),
                           *(_compound_site(text, toks, target, context, words)
                             if marks & _COMPOUND else ()))),
        key=lambda f: (f[0], -f[1], f[2], f[3]))
    for a, b, raw, _, target in found:
        if not any(a <= t.start < b for t in toks if t.start in seen):
            seen.update(t.start for t in toks if a <= t.start < b)
            out.append(_garbled(text, a, b, raw, target, context))
    return out


def _foreign(text: str, toks: list[Token], context: CheckContext, words: SheetWords,
             seen: set[int]) -> list[Finding]:
    """A named drug, procedure or disease the sheet never mentions, in a sentence that
    speaks of the study (it gives a figure or names one of the sheet's terms): "575 with
    octenidine", "an MRI scan of the arteries", "people with myasthenia gravis", "the
    maker of warfarin". A text that names the sheet's terms elsewhere has still put
    another one in place here; a disease or drug mentioned as context has its own words
    around it, which a faithful text about this study rarely needs."""
    if not words.targets:
        return []
    out = []
    spans: list[tuple[int, int]] | None = None
    starts: list[int] = []  # where each sentence starts, and each token
    tok_starts: list[int] = []
    listed = words.cache.setdefault("foreign-listed", {})  # folded word -> on a list
    # the words on no list that can name no site of a disease here (most words)
    quiet = words.cache.setdefault("foreign-quiet", set())
    if len(quiet) > 50000:
        quiet.clear()
    for place, tok in enumerate(toks):
        if tok[0] in quiet:
            # only an acronym of them is asked (of two to five capitals: a word of another
            # length, or one that starts in lower case, is none)
            if not 2 <= tok[2] - tok[1] <= 5 or text[tok[1]].islower():
                continue
            hit = site = False
        else:
            hit = listed.get(tok.norm)
            if hit is None:  # asked once per word and sheet: most words are on no list
                hit = listed[tok.norm] = (
                    matches(tok.norm, *words.treatments) or matches(tok.norm, *words.diseases)
                ) and not _known(tok.norm, words)
            site = not hit and _site_of_class(text, toks, place, words)
            if not hit and not (_class_of_condition(words) and _site_word(tok.norm, words)):
                quiet.add(tok.norm)
        # an acronym has two to five letters: a longer word is not asked (this runs for
        # every word of every text)
        if not hit and not site and not (2 <= tok.end - tok.start <= 5 and _ACRONYM.fullmatch(
                text, tok.start, tok.end) and not _known(tok.norm, words)):
            continue
        raw = text[tok.start:tok.end]
        if tok.start in seen:
            continue
        if spans is None:
            spans = list(context.pack.sentence_spans(text))
            starts = [a for a, _ in spans]
            tok_starts = [t.start for t in toks]
        where = _sentence_of(tok, place, spans, starts, toks, tok_starts, len(text))
        if not _about_the_study(text, tok, where, words, context):
            continue
        acronym = _ACRONYM.fullmatch(raw) is not None
        kind = None
        if matches(tok.norm, *words.treatments) or (acronym and raw in _LISTED["treatment"]):
            kind = "treatment"
        elif (matches(tok.norm, *words.diseases) and not matches(tok.norm, *_CLASS)) or (
                acronym and raw in _LISTED["disease"]):
            kind = "disease"
        elif acronym and any(_in_place(toks, place, t) and _lookalike(tok.norm, t.abbreviations)
                             for t in words.targets):
            kind = "disease"  # "progressive MSA" where the sheet says "progressive MS"
        elif site:
            kind = "disease"  # "cervical cancer", "cancro do pâncreas", "Magenkrebs"
        if kind is None or (kind == "treatment" and matches(tok.norm, *_MODALITY)
                            and _names_treatment(text, where[2], words)):
            continue  # "the transplant starts with chemotherapy": a step of the sheet's own
        target = next((t for t in words.targets if t.category == kind), words.targets[0])
        name = context.lexicon.term_text(target.id, "technical")
        seen.add(tok.start)
        out.append(Finding(
            _rule(tok.norm, words, where[2]), "error",
            f"\"{raw}\" is no term of the fact sheet: the study is about {name}, and the "
            f"fact sheet never mentions \"{raw}\".",
            None, name, raw, (tok.start, tok.end)))
    return out


def _foreign_phrases(text: str, toks: list[Token], context: CheckContext, words: SheetWords,
                     seen: set[int]) -> list[Finding]:
    """A disease, symptom or procedure of several words the sheet never mentions
    ("accidente cerebrovascular", "shortness of breath", "anaesthesia"), in a sentence
    that speaks of the study, as :func:`_foreign` finds one of a single word."""
    firsts, phrases, acronyms = term_phrases.keys(words.lang)
    if not phrases or not toks or firsts.isdisjoint(analysis_of(text, context)[WORDS]):
        return []  # most texts: no first word of any phrase
    out = []
    spans: list[tuple[int, int]] | None = None
    starts: list[int] = []
    tok_starts = [t.start for t in toks]
    for place, tok in enumerate(toks):
        if tok.norm not in firsts or tok.start in seen:
            continue
        inside = [tok] if text[tok.start:tok.end].rstrip("s") in acronyms else next(
            (toks[place:place + len(key)] for key in phrases
             if place + len(key) <= len(toks) and all(
                 term_phrases.same(t.norm, w)
                 for t, w in zip(toks[place:place + len(key)], key, strict=True))), [])
        if not inside or any(t.start in seen for t in inside) or all(
                _known(t.norm, words) for t in inside if len(t.norm) >= 4):
            continue  # a term of the sheet's own ("the stroke rate", when it counts strokes)
        if spans is None:
            spans = list(context.pack.sentence_spans(text))
            starts = [x for x, _ in spans]
        where = _sentence_of(tok, place, spans, starts, toks, tok_starts, len(text))
        if not _about_the_study(text, tok, where, words, context):
            continue
        a, b = tok.start, inside[-1].end
        target = next((t for t in words.targets if t.category == "disease"), words.targets[0])
        name = context.lexicon.term_text(target.id, "technical")
        seen.update(t.start for t in inside)
        out.append(Finding(
            "term-swapped", "error",
            f"\"{text[a:b]}\" is no term of the fact sheet: the study is about {name}, and "
            f"the fact sheet never mentions \"{text[a:b]}\".",
            None, name, text[a:b], (a, b)))
    return out


# a kind of treatment, not a named one ("chemotherapy", "Strahlentherapie"): beside the
# sheet's own intervention it names a step or part of it, not another treatment
_MODALITY = matcher(("chemo", "chemotherap*", "quimioterap*", "chimiotherap*",
                     "chimiothérap*", "chemioterap*", "radiotherap*", "radiothérap*",
                     "radioterap*", "strahlentherap*", "immunotherap*", "immunothérap*",
                     "immuntherap*", "immunoterap*", "imunoterap*", "inmunoterap*"), "")


def _names_treatment(text: str, here: list[Token], words: SheetWords) -> bool:
    """Whether a sentence's tokens name one of the sheet's treatments: in an accepted form
    or by the head word of one ("the transplant", "la greffe")."""
    treatments = [t for t in words.targets if t.category == "treatment"]
    heads = {w for t in treatments for key in t.keys for w in (key[0], key[-1])
             if len(w) >= 4 and w not in words.stop}
    return any(same_word(tok.norm, h) for tok in here for h in heads
               if h[:3] == tok.norm[:3]) or any(
        True for t in treatments for _ in t.forms.find(text, here))


SITE_NEAR = 2  # words between a body site and the word for its disease's class


def _site_of_class(text: str, toks: list[Token], place: int, words: SheetWords) -> bool:
    """Whether token ``place`` names a body site the sheet never names, as part of a
    disease of a class the sheet's condition may be called by: beside the class word
    ("cervical cancer", "tumore della prostata", "cancro do pâncreas") or glued to it
    ("Magenkrebs"), when the sheet's condition is of that class."""
    tok = toks[place]
    if not _site_word(tok.norm, words) or not _class_of_condition(words):
        return False
    if matches(tok.norm, *_CLASS) or any(tok.norm.endswith(c) for c in _CLASS_ENDS):
        return True  # one word: "Magenkrebs", "Lungenkarzinom"
    for j in (*range(place - 1, max(-1, place - 1 - SITE_NEAR - 1), -1),
              *range(place + 1, min(len(toks), place + 2 + SITE_NEAR))):
        other = toks[j]
        lo, hi = min(other.end, tok.end), max(other.start, tok.start)
        if _BREAK.search(text, lo, hi):
            continue
        if matches(other.norm, *_CLASS):
            return True
    return False


def _site_word(norm: str, words: SheetWords) -> bool:
    """Whether a word names a body site the sheet never names (asked once per word and
    sheet: most words are no body site)."""
    sites = words.cache.setdefault("site-listed", {})  # folded word -> an unknown site
    site = sites.get(norm)
    if site is None:
        site = sites[norm] = matches(norm, *words.organs) and not _known(norm, words)
    return bool(site)


_CLASS_ENDS = ("krebs", "karzinom", "karzinome", "tumor", "tumore", "tumoren")


def _class_of_condition(words: SheetWords) -> bool:
    """Whether the sheet's condition is called by a class word ("colorectal cancer"):
    then a site beside such a word is another disease of its kind."""
    if "site-class" not in words.cache:
        words.cache["site-class"] = any(
            t.category == "disease" and any(matches(w, *_CLASS) or any(
                w.endswith(c) for c in _CLASS_ENDS) for key in t.keys for w in key)
            for t in words.targets)
    return bool(words.cache["site-class"])


def _sentence_of(tok: Token, place: int, spans: list[tuple[int, int]], starts: list[int],
                 toks: list[Token], tok_starts: list[int], size: int) -> _Where:
    """The sentence a token stands in (the whole text when it stands in none), its tokens
    and the token's place among them: found by bisection, as a long text has many
    candidates."""
    k = bisect.bisect_right(starts, tok.start) - 1
    if k < 0 or not tok.start < spans[k][1]:
        return 0, size, toks, place
    a, b = spans[k]
    first = bisect.bisect_left(tok_starts, a)
    return a, b, toks[first:bisect.bisect_left(tok_starts, b)], place - first


_Where = tuple[int, int, list[Token], int]  # sentence start and end, its tokens, the place


def _about_the_study(text: str, tok: Token, where: _Where, words: SheetWords,
                     context: CheckContext) -> bool:
    """Whether a word stands where the study's own terms do: its sentence gives a figure
    or names one of the sheet's terms, and its clause neither denies it nor sets it apart
    as another thing ("octenidine was not tested", "la ELA es otra enfermedad")."""
    a, b, here, i = where
    distinct = _distinct(words)
    if not (_DIGIT.search(text, a, b) or any(t.norm in distinct for t in here)
            or any(_in_place(here, i, t) for t in words.targets)
            or any(True for t in words.targets for _ in t.forms.find(text, here))):
        return False  # a sentence that says nothing of the study's figures, arms or terms
    lo, hi = _clause(text, tok, a, b)
    negation = _negation(tuple(getattr(context.pack, "negations", None) or ()))
    if negation is not None and negation.search(text, lo, hi):
        return False
    # "another drug, octenidine", "la ELA es otra enfermedad" (not "others had X")
    return not any(t.norm in _OTHER for t in here[max(0, i - 1):]
                   if lo <= t.start < hi and t is not tok)


def _clause(text: str, tok: Token, a: int, b: int) -> tuple[int, int]:
    """Where the clause of a token in the sentence ``a``-``b`` starts and ends (at a
    comma, semicolon or colon): the marks of a text are found once and bisected, as a
    long sentence has many candidates."""
    marks = _clause_marks(text)
    k = bisect.bisect_left(marks, tok.start)
    lo = marks[k - 1] + 1 if k and marks[k - 1] >= a else a
    k = bisect.bisect_left(marks, tok.end)
    hi = marks[k] if k < len(marks) and marks[k] < b else b
    return lo, hi


@functools.lru_cache(maxsize=4)
def _clause_marks(text: str) -> list[int]:
    return [m.start() for m in _CLAUSE.finditer(text)]


def _distinct(words: SheetWords) -> frozenset[str]:
    """The words that name one group of the sheet and no other ("usual" in "people who
    had only the usual tests"), less function words and the pack's group nouns."""
    if "distinct-group-words" not in words.cache:
        seen: dict[str, int] = {}
        for group_words in words.group_words.values():
            for w in group_words:
                seen[w] = seen.get(w, 0) + 1
        words.cache["distinct-group-words"] = frozenset(
            w for w, n in seen.items()
            if n == 1 and len(w) >= 4 and w not in words.stop and w not in words.common)
    return words.cache["distinct-group-words"]


@functools.lru_cache(maxsize=16)
def _negation(forms: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not forms:
        return None
    return regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(forms)})(?!\p{{L}})", regex.IGNORECASE)


_DIGIT = regex.compile(r"\d")
_CLAUSE = regex.compile(r"[,;:]")
# words that set a thing apart as another ("another disease", "otra enfermedad"), folded:
# closed-class words of the six languages
_OTHER = frozenset({"other", "another", "unlike", "otra", "otro", "otras", "otros", "autre",
                    "autres", "andere", "anderen", "anderer", "anderes", "altra", "altro",
                    "altre", "altri", "outra", "outro", "outras", "outros"})


def _lookalike(word: str, abbreviations: frozenset[str]) -> bool:
    """An acronym one letter away from one of the term's ("MSA" for "MS", "PD" never for
    "PE": two letters are too short to tell a look-alike from another term's own)."""
    for a in abbreviations:
        if len(word) == len(a) + 1 and (word.startswith(a) or word.endswith(a)):
            return True
        if len(word) == len(a) >= 3 and sum(x != y for x, y in zip(word, a, strict=True)) == 1:
            return True
    return False


def _says_written(text: str, forms: frozenset[str]) -> bool:
    """Whether ``text`` holds one of the term's abbreviations as written, case and all
    ("EM", never Portuguese "em"), with no letter or number on either side: each found
    with ``str.find`` (an alternation of them was compiled for every sheet)."""
    size = len(text)
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or _LETTER_OR_NUMBER.match(text, at - 1) is None) and (
                    end == size or _LETTER_OR_NUMBER.match(text, end) is None):
                return True
            at = text.find(form, at + 1)
    return False


_LETTER_OR_NUMBER = regex.compile(r"[\p{L}\p{N}]")


def _known(word: str, words: SheetWords) -> bool:
    """A word of the sheet, inflected or inside one of its compounds ("Infarkte" in a
    sheet that says "Herzinfarkt")."""
    if word in words.known or len(word) < 2:
        return True
    if len(word) < 6:
        return False
    asked = words.cache.get("known-long")  # long words asked before, once per sheet
    if asked is None or len(asked) > 50000:
        asked = words.cache["known-long"] = {}
    found = asked.get(word)
    if found is None:
        found = asked[word] = _known_long(word, words)
    return found


def _known_long(word: str, words: SheetWords) -> bool:
    """:func:`_known` of a word of six letters or more that is no word of the sheet."""
    ends = words.cache.get("known-ends")
    if ends is None:  # every ending of four letters or more of a sheet word, and those
        # shorter than the word (asked of each word of a text: a set, not a scan)
        ends = words.cache["known-ends"] = (
            frozenset(k[n:] for k in words.known for n in range(len(k) - 3)),
            frozenset(k[n:] for k in words.known for n in range(1, len(k) - 3)))
    whole, inner = ends
    return (word in whole or word[:-1] in whole or word[:-2] in inner
            or _with_group_noun(word, words))


def _with_group_noun(word: str, words: SheetWords) -> bool:
    """A compound of a word of the sheet and one of the pack's group nouns, with the
    letters that join the parts of a compound between them ("Rivaroxabangruppe",
    "Placeboarm", "Kontrollgruppe"): it names the sheet's own group, not another term
    ("Apixabangruppe" is still one)."""
    for noun in words.common:
        if len(noun) >= 3 and len(word) - len(noun) >= 4 and word.endswith(noun):
            head = word[:-len(noun)]
            if any(head.endswith(link) and head[:len(head) - len(link)] in words.known
                   for link in _LINKS):
                return True
    return False


def _in_place(toks: list[Token], i: int, target: Target) -> bool:
    """An acronym after the words a sheet phrase puts before the term's own acronym."""
    for before in target.before:
        n = len(before)
        if i >= n and tuple(t.norm for t in toks[i - n:i]) == before:
            return True
    return False


def _one_swapped(text: str, toks: list[Token], target: Target, words: SheetWords,
                 named: bool = False, odd: list[int] | None = None
                 ) -> list[tuple[int, int, str]]:
    """Where a form of the term stands with one word that carries meaning swapped for
    another real word ("breast cancer" for "colorectal cancer", "pulmonary fibrosis" for
    "pulmonary embolism"): the same words in place but that one, which is no word of the
    sheet and no look-alike of the one it replaces (a look-alike is a garble)."""
    from .names import OTHER, kin

    kinds = (words.organs, words.diseases) if target.category == "disease" else (
        words.treatments,)
    out = []
    at = _places(toks, _all_edges(words))
    said: list[tuple[int, int]] | None = None
    edges = _edges(target, words)
    # only the forms whose first or last word's letters the text has can stand in it:
    # the others have no place to be tried at (most forms, in most texts)
    tried = sorted({k for edge, ks in _edge_index(target, words).items() if edge in at
                    for k in ks})
    for key, n, head, tail, own in (edges[k] for k in tried):
        # the form's first or last word stands in place in any such swap
        places = sorted({*at.get(head, ()),
                         *(p - n + 1 for p in at.get(tail, ()) if p >= n - 1)})
        for i in places:
            if i + n > len(toks):
                continue
            if odd is not None and (odd[i + n] - odd[i] != 1 if own else odd[i + n] == odd[i]):
                continue  # a named term's copy has one word of its own among the sheet's
            window = toks[i:i + n]
            j = -1  # the one word out of place (-2: more than one)
            for k in range(n):
                w = window[k][0]
                if w != key[k] and not same_word(w, key[k]):
                    j = k if j == -1 else -2
                    if j == -2:
                        break
            if j < 0:
                continue
            word, want = window[j].norm, key[j]
            if target.category != "disease" and _names_a_disease(word):
                continue  # "koronare Herzkrankheit" beside "CT-Koronarangiografie"
            code = _code(want) and _code(word)  # "vitamin C" for "vitamin D"
            if named and (code or matches(word, *_CLASS)):
                continue  # a code changed beside the sheet's own is :mod:`.recall_codes`;
                # a class word names the condition ("kolorektalem Krebs")
            if code and word.startswith(want):
                continue  # "vitamin D3" is a form of "vitamin D", "B12" of "B"
            if not code and (want in words.stop or word in words.stop or _known(word, words)
                             or not (any(matches(word, *kind) for kind in kinds)
                                     or (named and _another_kind(word, want, key, words)))
                             or kin(word, want) != OTHER):
                continue  # only a word that makes it another disease or treatment
            if _BREAK.search(text, window[0].start, window[-1].end):
                continue
            kept = window[1:] if j == 0 else window[:-1] if j == n - 1 else None
            if kept and said is None:
                # where the text names the term: a copy that is such a form and one word
                # more names it and goes on ("infezione della ferita complica")
                said = [(m.start, m.end) for m in target.forms.find(text, toks)] if named else []
            if kept and (any(a <= kept[0].start and kept[-1].end <= b for a, b in said or ())
                         or _a_form(kept, target, words)):
                continue
            out.append((window[0].start, window[-1].end, text[window[j].start:window[j].end]))
    return out


LOOKALIKE_RATIO = 0.45  # of a word with the first two letters of a term's word
LOOK_LONGER = 4  # letters a look-alike has more or fewer than the word it garbles


def _rule(word: str, words: SheetWords, toks: list[Token]) -> str:
    """``term-corrupted`` for a word that looks like a word of the sheet's own terms
    ("rivastigmine" or "rifaximin" for "rivaroxaban", "Chloramin" for "Chlorhexidin",
    "emphysema" for "embolism"): machine translation and careless rewrites garble a term
    into another real one that shares its first letters. A term of another look
    ("apixaban", "octenidine", "ALS") is a swap (``term-swapped``), and so is a look-alike
    said beside the very word it looks like, in its sentence (``toks``: "chlorhexidine was
    compared with chloroxylenol": another agent, not a garbled one)."""
    alike = _alike(word, words)
    if not alike:
        return "term-swapped"
    said = {t.norm for t in toks}
    return "term-swapped" if any(w in said for w in alike) else "term-corrupted"


def _alike(word: str, words: SheetWords) -> tuple[str, ...]:
    """The words of the sheet's terms that ``word`` looks like; asked once per word and
    sheet."""
    memo = words.cache.setdefault("swap-alike", {})
    word = word.casefold()
    found = memo.get(word)
    if found is None:
        found = memo[word] = tuple(sorted(
            w for w in _term_words(words) if len(word) >= LOOK_SHORTEST
            and word[:2] == w[:2] and abs(len(word) - len(w)) <= LOOK_LONGER
            and (word[:4] == w[:4] or SequenceMatcher(None, word, w).ratio() >= LOOKALIKE_RATIO)))
    return found


LOOK_SHORTEST = 6  # letters of the shortest word read as a look-alike (no acronym)


def _term_words(words: SheetWords) -> frozenset[str]:
    """The words of six letters or more that name the sheet's terms: the words of its
    targets' forms, and its words on the lists of diseases, treatments and body sites."""
    if "swap-term-words" not in words.cache:
        own = {w for t in words.targets for key in t.keys for w in key}
        own |= {w for w in words.known if matches(w, *words.treatments)
                or matches(w, *words.diseases) or matches(w, *words.organs)}
        words.cache["swap-term-words"] = frozenset(
            w for w in own if len(w) >= LOOK_SHORTEST and w not in words.stop)
    return words.cache["swap-term-words"]


def _code(word: str) -> bool:
    """A letter or short code that names one of a kind ("D" in "vitamin D", "B12")."""
    return len(word) <= 3 and any(c.isalpha() for c in word) and (
        len(word) == 1 or any(c.isdigit() for c in word))


def _garbled(text: str, a: int, b: int, raw: str, target: Target,
             context: CheckContext) -> Finding:
    name = context.lexicon.term_text(target.id, "technical")
    return Finding(
        "term-corrupted", "error",
        f"\"{text[a:b]}\" puts \"{raw}\" in a form of the fact sheet's {name}: it makes "
        f"the term another one; say {name} as the fact sheet does.",
        None, name, text[a:b], (a, b))


TIGHT_GAP = 2  # function words between the term's head word and a body site glued to it


def _other_site(text: str, toks: list[Token], target: Target,
                words: SheetWords, tight: bool = False) -> list[tuple[int, int, str]]:
    """The head word of a form of the term with a body site of its own beside it ("a
    kidney transplant" for "a stem cell transplant", "urinary tract infection" for
    "surgical site infection", "trasplante de riñón"): another term of the same kind."""
    heads = _site_heads(target, words)
    # whether a word is one of the heads, once per word and sheet
    said = words.cache.setdefault(("site-heads", target.id, target.category), {})
    if len(said) > 50000:
        said.clear()
    out = []
    for i, tok in enumerate(toks):
        head = said.get(tok[0])
        if head is None:
            head = said[tok[0]] = any(same_word(tok.norm, h) for h in heads
                                      if h[:3] == tok.norm[:3])
        if not head:
            continue
        if tight:
            near = _glued(text, toks, i, words)
        else:
            near = [t for t in (*toks[max(0, i - 2):i], *toks[i + 1:i + 3])
                    if t.norm not in words.stop]  # two words either side (no list search)
        for t in near:
            lo, hi = min(t.start, tok.start), max(t.end, tok.end)
            if tight and _known_kin(t.norm, words):
                continue  # "angio-TC coronario", "caillot veineux": the sheet's word inflected
            if target.category != "disease" and _names_a_disease(t.norm):
                continue  # the condition a test looks for ("koronare Herzkrankheit")
            if (matches(t.norm, *words.organs) and not _known(t.norm, words)
                    and not _BREAK.search(text, lo, hi)):
                out.append((lo, hi, text[t.start:t.end]))
                break
    return out


def _site_heads(target: Target, words: SheetWords) -> frozenset[str]:
    """The first and last words of the term's forms that carry meaning (four letters or
    more): where a body site of its own may stand beside the term. Once per sheet."""
    key = ("site-head-words", target.id)
    if key not in words.cache:
        heads = {k[-1] for k in target.keys} | {k[0] for k in target.keys}
        words.cache[key] = frozenset(h for h in heads if h not in words.stop and len(h) >= 4)
    return words.cache[key]  # type: ignore[no-any-return]


def _glued(text: str, toks: list[Token], i: int, words: SheetWords) -> list[Token]:
    """The word that carries meaning right before the head word ``i`` (its modifier:
    "bone-forming stem cells", "lung scan") and the first one after it, past at most
    TIGHT_GAP function words ("scan of the lungs")."""
    out = []
    if i > 0 and toks[i - 1].norm not in words.stop:
        out.append(toks[i - 1])
        if i > 1 and text[toks[i - 2].end:toks[i - 1].start] == "-":
            out.append(toks[i - 2])  # "bone-forming stem cells": the modifier's first word
    j = i + 1
    while j < len(toks) and j - i <= TIGHT_GAP and toks[j].norm in words.stop:
        j += 1
    if j - i > 1 and toks[i + 1].norm not in _OF:
        return out  # "a vitamin the skin makes", "vitamina que la piel produce"
    out += [t for t in toks[j:j + 2] if t.norm not in words.stop]  # "angio-RM cerebral"
    return out


# the words that join a head noun to what it is of, folded ("scan of the lungs", "scanner
# du cou", "Untersuchung der Lunge"): closed-class words of the six languages
_OF = frozenset({"of", "de", "del", "du", "des", "d", "di", "dello", "della", "dei", "degli",
                 "delle", "dell", "do", "da", "dos", "das", "von", "vom", "der"})


ANOTHER_LEAST = 6  # letters of a word that makes a named term's copy another term


KEPT_LEAST = 2  # words that carry meaning a copy keeps in place beside the swapped one


def _another_kind(word: str, want: str, key: tuple[str, ...], words: SheetWords) -> bool:
    """A word of its own in the place of a word of a term the text names elsewhere
    ("cellule staminali mesenchimali" for "ematopoietiche"): a long word of letters
    that is no form of the one it replaces, beside two words of the term that carry
    meaning (one kept word is a shared modifier: "vaisseaux du cœur" beside "scanner du
    cœur", "mezclarse con alcohol" beside "clorhexidina con alcohol")."""
    kept = sum(1 for w in key if w != want and w not in words.stop and len(w) >= 3)
    return (kept >= KEPT_LEAST and len(word) >= ANOTHER_LEAST and word.isalpha()
            and len(want) >= ANOTHER_LEAST)


def _known_kin(word: str, words: SheetWords) -> bool:
    """A word of the sheet in another inflection ("coronario" where it says "coronaria",
    "veineux" for "veineuse"): asked once per word and sheet."""
    from .names import EQUAL, kin

    memo = words.cache.setdefault("swap-known-kin", {})
    found = memo.get(word)
    if found is None:
        by_start = words.cache.get("known-by-start")
        if by_start is None:  # the sheet's words by their first four letters, once
            by_start = words.cache["known-by-start"] = {}
            for w in words.known:
                by_start.setdefault(w[:4], []).append(w)
        found = memo[word] = any(kin(word, w) == EQUAL for w in by_start.get(word[:4], ()))
    return found


def _a_form(kept: list[Token], target: Target, words: SheetWords) -> bool:
    """Whether words are a form of the term by the words that carry meaning (function
    words may differ: "infeção da ferida" for "infeção na ferida")."""
    content = [t.norm for t in kept if t.norm not in words.stop]
    return any(len(c := [w for w in key if w not in words.stop]) == len(content) and all(
        same_word(a, b) for a, b in zip(content, c, strict=True)) for key in target.keys)


COMPOUND_HEAD = 5  # letters of the head a compound keeps from the sheet's ("infektion")
COMPOUND_SITE = 3  # letters of the body site glued before it ("harnwegs", "brust")


def _compound_heads(target: Target, context: CheckContext,
                    words: SheetWords) -> dict[str, tuple[str, ...]]:
    """The long words of the term's forms (German and Dutch compounds: "wundinfektion",
    "darmkrebs", "blutbildende"), by their last four letters: asked once per sheet."""
    key = ("compound-heads", target.id)
    if key not in words.cache:
        from .sheet import term_forms

        forms = term_forms(context.lexicon, target.id)
        out: dict[str, set[str]] = {}
        for form in (forms.accepted if forms else ()):
            for tok in tokens(form):
                if len(tok.norm) >= COMPOUND_HEAD + COMPOUND_SITE and tok.norm.isalpha():
                    out.setdefault(tok.norm[-4:], set()).add(tok.norm)
        words.cache[key] = {k: tuple(v) for k, v in out.items()}
    return words.cache[key]


def _compound_site(text: str, toks: list[Token], target: Target, context: CheckContext,
                   words: SheetWords) -> list[tuple[int, int, str]]:
    """A compound of the term's head with a body site of its own in front ("Harnwegs-
    infektion" for "Wundinfektion", "Brustkrebs" for "Darmkrebs", "knochenbildende" for
    "blutbildende"): another term of the same kind."""
    heads = _compound_heads(target, context, words)
    if not heads:
        return []
    memo = words.cache.setdefault(("compound-site", target.id), {})
    if len(memo) > 50000:
        memo.clear()
    out = []
    for tok in toks:
        norm = tok[0]
        site = memo.get(norm)
        if site is None:
            site = memo[norm] = _site_before(norm, heads.get(norm[-4:], ()), words)
        if site:
            out.append((tok.start, tok.end, text[tok.start:tok.end]))
    return out


def _site_before(word: str, forms: tuple[str, ...], words: SheetWords) -> str:
    """The body site ``word`` puts before the head of one of ``forms`` in place of the
    form's own first part, or ""."""
    if not forms or word in forms or _known(word, words):
        return ""
    for form in forms:
        n = 0
        while n < min(len(word), len(form)) and word[-1 - n] == form[-1 - n]:
            n += 1
        if n < COMPOUND_HEAD or n == len(form):
            continue
        site = word[:-n]
        if len(site) >= COMPOUND_SITE and any(
                _site_exactly(site[:len(site) - len(link)], words) for link in _LINKS
                if site.endswith(link)) and not (_known(site, words) or form.startswith(site)):
            return site
    return ""


# the letters that join the parts of a compound ("Harnwegs-", "Nieren-"), longest first
_LINKS = ("es", "en", "s", "n", "e", "")


def _site_exactly(part: str, words: SheetWords) -> bool:
    """A body site as a whole word of the list, or a stem of it with nothing after
    ("harnweg", "brust"; never "hautdes" of "Hautdesinfektion")."""
    whole, stems = words.organs
    return part in whole or part in stems


_PLACES: dict[int, tuple[list[Token], frozenset[str], dict[str, list[int]]]] = {}


def _places(toks: list[Token], wanted: frozenset[str]) -> dict[str, list[int]]:
    """The places of a text's words by their first three letters, of those ``wanted``
    (the edges of the sheet's forms: no other is looked up), made once per text (the last
    text's are kept: each target of a sheet asks for the same text's)."""
    kept = _PLACES.get(0)
    if kept is not None and kept[0] is toks and kept[1] is wanted:
        return kept[2]
    at: dict[str, list[int]] = {}
    # the tokens whose first three letters are wanted, found in C (most are not): their
    # folded words, cut to three letters, each looked up
    for i in compress(range(len(toks)), map(wanted.__contains__,
                                            map(_FIRST_THREE, map(_WORD, toks)))):
        at.setdefault(toks[i][0][:3], []).append(i)
    _PLACES[0] = (toks, wanted, at)
    return at


_WORD = itemgetter(0)  # a token's folded word
_FIRST_THREE = itemgetter(slice(0, 3))  # a word's first three letters


def _all_edges(words: SheetWords) -> frozenset[str]:
    """The edges of every target's forms (:func:`_edge_index`), once per sheet."""
    found = words.cache.get("swap-all-edges")
    if found is None:
        found = words.cache["swap-all-edges"] = frozenset(
            edge for target in words.targets for edge in _edge_index(target, words))
    return found  # type: ignore[no-any-return]


def _edge_index(target: Target, words: SheetWords) -> dict[str, list[int]]:
    """The forms of :func:`_edges` by the first three letters of their first and of their
    last word: where a text has neither, the form has no place to be tried at. Once per
    sheet."""
    key = ("swap-edge-index", target.id)
    if key not in words.cache:
        index: dict[str, list[int]] = {}
        for k, (_, _, head, tail, _) in enumerate(_edges(target, words)):
            for edge in dict.fromkeys((head, tail)):
                index.setdefault(edge, []).append(k)
        words.cache[key] = index
    return words.cache[key]  # type: ignore[no-any-return]


def _anchors(word: str, words: SheetWords) -> bool:
    """Whether a form's edge word can anchor a copy of the form: a word that carries
    meaning, or a code ("D" in "vitamin D")."""
    return _code(word) or (len(word) >= 3 and word not in words.stop)


_SITE, _SWAP, _COMPOUND = 1, 2, 4  # what a word of its own may do to a named term's copy


def _odd_words(toks: list[Token], named: list[Target], context: CheckContext,
               words: SheetWords) -> tuple[list[int], int]:
    """One pass over a text for the words no form of the sheet has: how many stand before
    each place (a copy of a term with one of them among its words may be swapped), and
    what any of them may do (a body site; a word on the lists or a long one; a compound
    with a site before a term's head). Each word is asked once per sheet."""
    memo = words.cache.setdefault("swap-odd", {})
    if len(memo) > 50000:
        memo.clear()
    counts = [0]
    marks = 0
    for tok in toks:
        norm = tok[0]
        mark = memo.get(norm)
        if mark is None:
            mark = memo[norm] = _odd_mark(norm, named, context, words)
        marks |= mark
        counts.append(counts[-1] + (1 if mark & (_SWAP | _SITE) else 0))
    return counts, marks


def _odd_mark(norm: str, named: list[Target], context: CheckContext,
              words: SheetWords) -> int:
    if norm in words.stop or _known(norm, words):
        return 0
    mark = _SITE if matches(norm, *words.organs) else 0
    if mark or _code(norm) or len(norm) >= ANOTHER_LEAST or matches(
            norm, *words.diseases) or matches(norm, *words.treatments):
        mark |= _SWAP
    if any(_site_before(norm, _compound_heads(t, context, words).get(norm[-4:], ()), words)
           for t in named):
        mark |= _COMPOUND
    return mark


def _edges(target: Target, words: SheetWords
           ) -> list[tuple[tuple[str, ...], int, str, str, bool]]:
    """Each form of the term with its length, the first three letters of its edge words
    that can anchor a copy ("" for a function word or a letter: it stands everywhere),
    and whether all its words are the sheet's, once per sheet."""
    key = ("swap-edges", target.id)
    if key not in words.cache:
        words.cache[key] = [
            (k, len(k), k[0][:3] if _anchors(k[0], words) else "",
             k[-1][:3] if _anchors(k[-1], words) else "",
             all(w in words.stop or _known(w, words) for w in k)) for k in target.keys]
    return words.cache[key]
