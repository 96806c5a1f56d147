"""Rule ``wrong-referent``: a figure of the sheet attached to a thing the sheet never
counts ("310 hospitals" where the sheet has 310 patients, "12 studies" for 12
participants).

The noun a count is said of is read right after it ("210 people", "210 Italian
hospitals", "80% of the hospitals"). It is an error only when that noun names a thing of
another category (an institution, a study, a country, a dose, a doctor: the list in
:mod:`.recall_words`) and is no word the sheet uses for the group the figure belongs to:
"210 people", "210 patients", "210 adults", "210 Menschen" are all the same people.
"""

from __future__ import annotations

import regex
from plainsum.analysis import analysis_of
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .ages import ages_misread
from .analysis import NUMBERS
from .bounds import rounds_to
from .means import means, per_others
from .numbers import Mention
from .recall_sheet import SheetWords
from .recall_words import matcher, matches
from .referent_words import MORE_REFERENTS
from .sheet import SheetIndex, sheet_index, term_forms
from .sheet import matches as value_matches
from .text import Token, common_prefix, fold, same_word, shifted_tokens, tokens

# words that may stand between a figure and what it counts ("80% of the hospitals",
# "80 % de los hospitales", "80 % der Kliniken"): of-words and articles only
OF_WORDS = frozenset({
    "of", "the", "de", "del", "los", "las", "la", "el", "des", "du", "le", "les", "d",
    "der", "die", "den", "dem", "von", "di", "dei", "degli", "delle", "della", "dello",
    "gli", "i", "il", "lo", "da", "das", "dos", "do", "a", "o", "as", "os"})
# a partitive relative clause's opening right before a figure ("of whom 99", "von denen
# 99", "dont 99", "de los cuales 99", "di cui 99", "dos quais 99"): the figure counts the
# people named before, and the noun after it is the verb's object, not what it counts
_PARTITIVE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:of\s+(?:whom|which)|von\s+denen|davon|dont|de\s+(?:los|las)\s+cuales"
    r"|de\s+quienes|(?:dei|delle|degli)\s+quali|di\s+cui|(?:dos|das)\s+quais)\s+$",
    regex.IGNORECASE)
# prepositions of place and company (folded) that open a phrase between a figure and
# what it counts: the noun inside is where or with whom, not what is counted ("64,4 % der
# im Krankenhaus Behandelten", "54 % of those in hospital", "el 54 % de los atendidos en
# el hospital")
PLACE_WORDS = frozenset({
    "in", "at", "on", "inside", "within", "among", "en", "entre", "dans", "au", "aux",
    "chez", "parmi", "im", "am", "an", "bei", "beim", "zum", "zur", "unter", "nel", "nella",
    "nei", "negli", "nelle", "nello", "presso", "tra", "fra", "em", "no", "na", "nos", "nas"})
# a unit of amount, weight, volume, length or money right after a figure: no people
_UNIT_AFTER = regex.compile(
    r"[ \u00a0]?(?P<unit>ml|mL|dl|cl|l|mg|µg|mcg|g|kg|mmol|IU|UI|IE|cm|mm|km|kcal|€|\$|£"
    r"|euros?|dollars?|d[óo]lares|dollari)(?![\p{L}\p{N}'’])")
_ARTICLE_AFTER = regex.compile(r"\s+(?:" + "|".join(sorted(OF_WORDS - {"of"})) + r")\s",
                            regex.IGNORECASE)
_BREAK = regex.compile(r"[,;:.!?()\[\]\n–—]")
AFTER = 48  # characters after a figure its counted noun is sought in
ADJECTIVES = 1  # words of its own a count's noun may have before it ("310 Italian hospitals")


def referents(text: str, context: CheckContext, words: SheetWords) -> list[Finding]:
    whole, stems = words.other
    if not whole and not stems:
        return []
    index = sheet_index(context.factsheet, context.lexicon)
    out = _noted_elsewhere(text, context, words, index) + means(text, context, words)
    out += ages_misread(text, context)
    out += per_others(text, context, words, _other(words))
    compounds = words.lang == "de"
    # what a figure's groups are, and the noun the few words after a figure count, are
    # read once per sheet for each figure and for each such words (texts repeat them)
    of_figure = words.cache.setdefault("referent-groups", {})
    nouns = words.cache.setdefault("referent-nouns", {})
    if len(nouns) > 50000:
        nouns.clear()
        of_figure.clear()
    for m in analysis_of(text, context)[NUMBERS]:
        key = (m.kind, m.value, m.words, m.hedge, m.percent)
        groups = of_figure.get(key, _UNSEEN)
        if groups is _UNSEEN:
            groups = of_figure[key] = _groups_of(m, index)
        if groups is None or (_PARTITIVE_BEFORE.search(text, max(0, m.start - 24), m.start)
                              and _ARTICLE_AFTER.match(text, m.end)):
            continue  # "von denen 99 die Studie abschlossen": the people the clause is of
            # (a noun right after the figure is still what it counts: "von denen 99 Kliniken")
        unit = _UNIT_AFTER.match(text, m.end) if m.kind == "number" and (
            m.value in index.counts) and m.value not in _amounts(index) else None
        if unit is not None:  # "iode + alcool (575 ml)": people counted as an amount
            end = unit.end("unit")
            out.append(Finding(
                "wrong-referent", "error",
                f"{m.text} is a count of people in the fact sheet, but here it is an amount "
                f"in {unit.group('unit')}; it gives {m.text} for "
                f"{_label(index, groups, context)}.",
                None, _label(index, groups, context), text[m.start:end], (m.start, end)))
            continue
        # the few words after the figure, read on their own (no text-wide tokens)
        after = text[m.end:m.end + AFTER]
        key = (after, frozenset(groups))
        noun = nouns.get(key, _UNSEEN)
        if noun is _UNSEEN:
            toks = shifted_tokens(after, 0)
            noun = nouns[key] = _counted(after, toks, [t.start for t in toks], 0, words,
                                         groups, compounds)
        if noun is None or (_numerator(m, index) and text[m.end:m.end + noun.start].strip()):
            continue  # (a share's count takes its noun right after it: "23 surgical-site
            # infections" counts infections, "42 hospitals" hospitals)
        said = text[m.end + noun.start:m.end + noun.end]
        end = m.end + noun.end
        out.append(Finding(
            "wrong-referent", "error",
            f"{m.text} is a figure of the fact sheet, but here it counts \"{said}\", "
            f"which the fact sheet never counts; it gives {m.text} for "
            f"{_label(index, groups, context)}.",
            None, _label(index, groups, context), text[m.start:end], (m.start, end)))
    return out


_UNSEEN = object()


# --- numbers the sheet's review notes give of one of its terms -------------------------
# "a pooling project of 17 cohorts", "drawn from 17 prospective cohorts": a number the
# sheet states outside its facts, as a count of one of its terms. A text may say it of
# that term in its own language ("17 Kohortenstudien", "17 studi di coorte"); said of
# something else ("17 countries") it is a wrong referent.
_NOTE_NUMBER = regex.compile(r"(?<![\p{L}\p{N}.,/-])\p{N}{1,6}(?![\p{L}\p{N}%]|[.,]\p{N})")
_NOTE_AFTER = 40  # characters after a number its counted noun is sought in
# finite forms of "be" and "have" (folded): no adjective before a counted noun
_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "been"})


def noted_counts(context: CheckContext) -> dict[float, frozenset[str]]:
    """The numbers the sheet's review notes give as counts of one of its terms: value ->
    term ids (once per sheet and language)."""
    return context.lexicon.remember_sheet(("noted-counts",), lambda: _noted_counts(context))


def _noted_counts(context: CheckContext) -> dict[float, frozenset[str]]:
    sheet = context.factsheet
    heads = {}
    for tid, term in sheet.terms.items():
        forms = term.by_lang.get(sheet.lang)
        if forms is not None:
            heads[tid] = _heads(forms.technical, forms.plain, forms.forms)
    out: dict[float, set[str]] = {}
    for note in _notes(sheet.raw):
        for hit in _NOTE_NUMBER.finditer(note):
            value = float(hit.group())
            if value < 2:
                continue
            for tid in _counted_term(note[hit.end():hit.end() + _NOTE_AFTER], heads):
                out.setdefault(value, set()).add(tid)
    return {v: frozenset(t) for v, t in out.items()}


def _notes(node: object) -> list[str]:
    """Every ``review`` text of the sheet."""
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k == "review" and isinstance(v, str)]
        return found + [n for k, v in node.items() if k != "review" for n in _notes(v)]
    if isinstance(node, list):
        return [n for v in node for n in _notes(v)]
    return []


def _heads(technical: str | None, plain: str | None, forms: tuple[str, ...]
           ) -> frozenset[str]:
    """The words a count of a term's things is said with: the first and last word of its
    technical name and forms ("cohort", "studies"; "Kohortenstudie"; "coorti"), and the
    first of its plain description ("study that follows groups of people")."""
    out = set()
    for form in (technical, *forms):
        words = [t.norm for t in tokens(form or "")]
        out |= {w for w in words[:1] + words[-1:] if len(w) >= 4}
    words = [t.norm for t in tokens(plain or "")]
    out |= {w for w in words[:1] if len(w) >= 4}
    return frozenset(out)


def _same_head(a: str, b: str) -> bool:
    """The same noun in another number ("cohort", "cohorts"; "studio", "studi")."""
    n = common_prefix(a, b)
    return a == b or (n >= 4 and n >= min(len(a), len(b)) - 2)


def _counted_term(after: str, heads: dict[str, frozenset[str]]) -> list[str]:
    """The terms whose things the words right after a number count: its first word, or
    the one after an adjective ("17 prospective cohorts")."""
    cut = _BREAK.search(after)
    toks = tokens(after[:cut.start()] if cut else after)[:2]
    if len(toks) > 1 and toks[0].norm in _VERBS:
        toks = toks[:1]
    return [tid for tid, words in heads.items()
            if any(_same_head(t.norm, w) for t in toks for w in words)]


def counts_noted(text: str, m: Mention, context: CheckContext,
                 noted: dict[float, frozenset[str]], near: bool = True) -> bool:
    """Whether a number the sheet's notes give as a count of a term is said of that term
    here: a head word of the term's forms in the text's language right after it (or
    after one word more), or one of its forms a few words on ("17 groups of people
    followed over time (cohort studies)")."""
    terms = noted.get(float(m.value))
    if not terms:
        return False
    after = text[m.end:m.end + AFTER + 24]  # (``near``: its forms a few words on count)
    heads = {tid: _text_heads(context, tid) for tid in terms}
    if _counted_term(after, heads):
        return True
    if not near:
        return False
    end = regex.search(r"[.!?;\n]", after)
    window = fold(after[:end.start()] if end else after)
    return any(regex.search(rf"(?<!\p{{L}}){regex.escape(fold(form))}(?!\p{{L}})", window)
               for tid in terms for form in _text_forms(context, tid))


def _text_forms(context: CheckContext, tid: str) -> tuple[str, ...]:
    forms = term_forms(context.lexicon, tid)
    if forms is None:
        return ()
    return tuple(f for f in (forms.technical, *forms.forms) if f)


def _text_heads(context: CheckContext, tid: str) -> frozenset[str]:
    def make() -> frozenset[str]:
        forms = term_forms(context.lexicon, tid)
        return _heads(forms.technical, forms.plain, forms.forms) if forms else frozenset()

    return context.lexicon.remember(("noted-heads", tid), make)


def _noted_elsewhere(text: str, context: CheckContext, words: SheetWords,
                     index: SheetIndex) -> list[Finding]:
    """A number the sheet's notes give as a count of one of its terms, said of a thing of
    another category ("17 countries" for 17 cohorts)."""
    noted = noted_counts(context)
    if not noted:
        return []
    out = []
    for m in analysis_of(text, context)[NUMBERS]:
        if (m.kind != "number" or m.words or m.hedge or float(m.value) not in noted
                or m.value in index.counts or counts_noted(text, m, context, noted, False)):
            continue
        after = text[m.end:m.end + AFTER]
        toks = shifted_tokens(after, 0)
        noun = _counted(after, toks, [t.start for t in toks], 0, words, set(),
                        words.lang == "de")
        if noun is None:
            continue
        named = ", ".join(sorted(_name(context, t) for t in noted[float(m.value)]))
        end = m.end + noun.end
        out.append(Finding(
            "wrong-referent", "error",
            f"{m.text} is a number the fact sheet gives for {named}, but here it counts "
            f"\"{after[noun.start:noun.end]}\".", None, f"{m.text} {named}",
            text[m.start:end], (m.start, end)))
    return out


def _name(context: CheckContext, tid: str) -> str:
    forms = term_forms(context.lexicon, tid)
    return forms.technical if forms else tid


def _groups_of(m: Mention, index) -> set[str] | None:
    """The groups a sheet figure of this value belongs to (None: no figure of the sheet)."""
    if m.kind == "number" and m.value >= (10 if m.words else 2) and m.value in index.counts:
        return {f.group for f in index.counts[m.value] if f.group}
    if m.kind == "number" and m.value >= 2 and not m.hedge:
        # the people of a group a share counts ("42 of 575" for 7.3 %): "42 hospitals"
        groups = index.lexicon.remember(("referent-numerators",), lambda: _numerators(index))
        if m.value in groups:
            return groups[m.value]
    if m.kind == "number" and m.hedge:  # "more than a thousand hospitals" for 1,147 women
        groups = {f.group for value, facts in index.counts.items() for f in facts
                  if f.group and rounds_to(m.value, m.hedge, value)}
        return groups or None
    if m.kind in ("number", "percent") and m.percent is not None:
        groups = {f.group for f, allowed in index.shares
                  if f.group and value_matches(m.percent, allowed)}
        return groups or None
    return None


def _amounts(index) -> frozenset[float]:
    """The values of the sheet's figures that are no count of people (a dose, a cost, a
    mean): a count's value said with a unit may be one of them."""
    def make() -> frozenset[float]:
        return frozenset(float(f.value) for f in index.sheet.facts.values()
                         if f.kind not in ("count", "proportion")
                         and getattr(f, "value", None) is not None)
    return index.lexicon.remember(("referent-amounts",), make)


def _numerator(m: Mention, index) -> bool:
    """Whether ``m`` is taken as the count of people a share is of (:func:`_numerators`),
    no count of a group itself."""
    return (m.kind == "number" and m.percent is None and not m.hedge
            and m.value not in index.counts)


def _numerators(index) -> dict[float, set[str]]:
    """The counts of people the sheet's shares are of, by value, with their groups
    (a proportion's ``count``: 42 women of 575 had an infection)."""
    out: dict[float, set[str]] = {}
    for f in index.sheet.facts.values():
        count = getattr(f, "count", None)
        if f.kind == "proportion" and f.group and isinstance(count, (int, float)) and (
                not isinstance(count, bool)):
            out.setdefault(float(count), set()).add(f.group)
    return out


def _counted(text: str, toks: list[Token], starts: list[int], at: int,
             words: SheetWords, groups: set[str], compounds: bool) -> Token | None:
    """The noun right after a figure that ends at ``at``, when it names a thing of
    another category."""
    from bisect import bisect_left

    own = _own_words(words, frozenset(groups))
    whole, stems = _other(words)
    i = bisect_left(starts, at)
    loose = 0
    last = at
    while i < len(toks) and i - bisect_left(starts, at) < 5:
        tok = toks[i]
        if _BREAK.search(text, last, tok.start) or any(c.isdigit() for c in tok.norm):
            return None
        word = tok.norm
        if word in PLACE_WORDS:
            return None  # a phrase of place: what the figure counts comes after it
        joined = _hyphened(text, toks, i)
        if joined is not None and matches(joined.norm, whole, stems, compounds):
            return joined  # "1 147 sages-femmes", "1147 recém-nascidos": one noun
        if any(word == w or same_word(word, w) for w in own.get(word[:3], ())):
            return None
        if matches(word, whole, stems, compounds):
            return tok
        if word in OF_WORDS:  # "80% of the ...": the counted noun comes later
            if loose:
                return None  # "99 completed the study": a verb and its object
        else:
            loose += 1
            if loose > ADJECTIVES:
                return None
        last = tok.end
        i += 1
    return None


def _hyphened(text: str, toks: list[Token], i: int) -> Token | None:
    """The token at ``i`` joined to the next one when a hyphen alone stands between them
    ("sages-femmes", "recém-nascidos"): a compound noun, not a word and its head."""
    if i + 1 >= len(toks):
        return None
    tok, nxt = toks[i], toks[i + 1]
    if nxt.start != tok.end + 1 or text[tok.end] != "-":
        return None
    return Token(f"{tok.norm}-{nxt.norm}", tok.start, nxt.end)


def _other(words: SheetWords) -> tuple[frozenset[str], tuple[str, ...]]:
    """The shared list of things of another category with this rule's own additions
    (once per sheet and language)."""
    made = words.cache.get("referent-other")
    if made is None:
        whole, stems = words.other
        more_whole, more_stems = matcher(MORE_REFERENTS.get(words.lang, ()), words.lang)
        made = words.cache["referent-other"] = (whole | more_whole, stems + more_stems)
    return made


def _own_words(words: SheetWords, groups: frozenset[str]) -> dict[str, list[str]]:
    """The words that name these groups (and any group: "group", "arm"), by their first
    three letters, made once per sheet and groups."""
    key = ("own", groups)
    made = words.cache.get(key)
    if made is None:
        every = set().union(*(words.group_words.get(g, frozenset()) for g in groups))
        made = {}
        for w in every | words.common:
            made.setdefault(w[:3], []).append(w)
        words.cache[key] = made
    return made


def _label(index, groups: set[str], context: CheckContext) -> str:
    group = sorted(groups)[0]
    return context.lexicon.group(group) if group in context.factsheet.groups else group
