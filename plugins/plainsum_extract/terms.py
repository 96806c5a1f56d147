"""Terms: the term bank of the release's language, new terms taken from the release (with
the release's own definition when it gives one) and glossary stubs for jargon.

Used by every stage that names a condition, an intervention or a measure.
"""

from __future__ import annotations

import re
from typing import Any

from .state import Span, State
from .text import STOP, slug, words


def bank_term(st: State, phrase: str) -> str | None:
    """The bank term one of whose forms is ``phrase`` (case-insensitive)."""
    return st.bank_forms.get(" ".join(phrase.lower().replace("’", "'").split()))


def new_term(st: State, phrase: str, span: Span, key: bool = False) -> str:
    """A term the bank lacks, with its English form taken from the release."""
    found = bank_term(st, phrase)
    if found:
        st.found.terms.setdefault(found, {"id": found, "source_span": span})
        if key:
            st.found.terms[found]["key"] = True
        return found
    term_id = slug(phrase.replace("’s", "s").replace("'s", "s"))
    if term_id not in st.found.terms:
        technical = phrase if phrase.isupper() else lower_common(phrase, st.text)
        definition = release_definition(st, phrase) or (
            f"{technical[0].upper() + technical[1:]} is what this study is about.")
        st.found.terms[term_id] = {
            "id": term_id, "key": key, "jargon": False,
            "en": {"technical": technical, "plain": technical, "definition": definition},
            "source_span": span,
            "review": "not in the term bank: check the wording; the plain form is the "
                      "technical "
                      "one and the definition is taken from the release or is a placeholder: "
                      "rewrite both (and set jargon: true if patients need it explained)",
        }
    return term_id


def event_term(st: State, phrase: str, span: Span) -> str:
    """A term for what a period of the study dates ("diagnosed with hearing loss",
    "recruited"), in the release's words: the bank's term when it has the phrase, else a
    stub to be checked."""
    found = bank_term(st, phrase)
    if found:
        st.found.terms.setdefault(found, {"id": found, "source_span": span})
        return found
    term_id = slug(phrase, 4)
    st.found.terms.setdefault(term_id, {
        "id": term_id, "jargon": False, "en": {"technical": phrase, "plain": phrase},
        "source_span": span,
        "review": "what the study's years date, in the release's words: check it, or set the "
                  "period's event to a term of the sheet"})
    return term_id


def release_definition(st: State, phrase: str) -> str | None:
    """A definition the release itself gives: 'X (a ...)' or 'X is a ...'."""
    esc = re.escape(phrase)
    m = re.search(rf"(?i){esc}\s*\((?P<d>(?:a|an|the)\s[^)]{{8,120}})\)", st.text)
    if m:
        d = m.group("d").strip()
        return f"{phrase[0].upper() + phrase[1:]}: {d}."
    m = re.search(rf"(?i)(?:^|(?<=[.!?]\s)){esc}(?:\s*\([A-Z]+\))?\s+(?:is|are)\s+(?:a|an)\s"
                  r"[^.]{8,200}\.", st.text, re.M)
    return m.group().strip() if m else None


def mentions_term(st: State, text: str, term_id: str) -> bool:
    """Whether ``text`` names a term in one of its forms."""
    forms = st.bank.get(term_id)
    accepted = list(forms.accepted) if forms else []
    extra = st.found.terms.get(term_id, {}).get("en", {})
    accepted += [extra.get("technical", "")]
    for a in accepted:
        if a and re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text,
                           0 if a.isupper() else re.I):
            return True
    return False


def find_jargon(st: State) -> None:
    """Bank terms the body names, then glossary stubs for abbreviations the
    release defines and for rare technical words."""
    body = " ".join(s.text for s in st.body)
    low = body.lower()
    # where an ASCII form can match regardless of case: its lower-case letters stand
    # there in the body lower-cased, once the only four letters outside ASCII that
    # match ASCII ones regardless of case are made those
    folded = body.translate(_ASCII_CASE).lower()
    for term_id, forms in st.bank.items():
        if term_id in st.found.terms:
            continue
        for form in forms.accepted:
            flags = 0 if form.isupper() else re.I
            if form not in body if flags == 0 else (
                    form.isascii() and form.lower() not in folded):
                continue  # found nowhere, not even without its word boundaries
            # a one-word noun or adjective form that is no inflection of the term's own
            # ("attack" of relapse; an adverb modifies a verb, not a name)
            loose = " " not in form and not form.endswith("ly") and not form.lower().startswith(
                forms.technical.lower()[:max(3, len(forms.technical) - 2)])
            hit = next((h for h in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body,
                                               flags) if not in_credentials(body, h.start(),
                                                                            h.end())
                        and not (loose and compound_part(st, body, h.start(), h.end()))), None)
            if hit:
                span = _span_of(st, hit.group())
                st.found.terms[term_id] = {"id": term_id, "source_span": span}
                break
    known = {w for t in st.found.terms.values()
             for w in words(t.get("en", {}).get("technical", ""))}
    for forms in (st.bank[t] for t in st.found.terms if t in st.bank):
        for form in forms.accepted:
            known |= set(words(form))
    stubs = 0
    for m in re.finditer(r"\b(?P<long>(?:[A-Za-z-]+\s+){1,5}?[A-Za-z-]+)\s+\((?P<abbr>"
                         r"[A-Z][A-Za-z]{1,7})\)", body):
        abbr, long = m.group("abbr"), m.group("long")
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long)).upper()
        if not initials.endswith(abbr.upper()[:len(initials)]) or \
                not initials.endswith(abbr.upper()):
            continue
        phrase = " ".join(long.split()[-len(abbr):])
        if phrase[0].isupper() and all(w[0].isupper() for w in phrase.split()[1:]):
            continue  # a proper name (an institute), not jargon
        if bank_term(st, phrase) or bank_term(st, abbr):
            continue
        _stub(st, phrase.lower(), [abbr], "an abbreviation defined in the release")
        stubs += 1
    for m in re.finditer(_JARGON, low):
        word = m.group()
        if word in known or stubs >= 12 or slug(word) in st.found.terms:
            continue
        _stub(st, word, [], "a rare or technical word")
        known.add(word)
        stubs += 1


def compound_part(st: State, text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is the head of a longer name of something
    else: a noun before it ("heart attack", "panic attack", "asthma attack") or, in the
    Romance languages, a noun or an adjective of a body part after it ("ataque de pánico",
    "attacco cardiaco", "crise d'asthme"). A modifier that says which or how many ("a new
    attack", "two attacks") or a bank term's own word ("MS attack") leaves it the term."""
    before = re.search(r"(?<![\w-])([A-Za-z][a-z]+)[ -]$", text[max(0, start - 30):start])
    if before:
        word = before.group(1).lower()
        if word not in STOP and word not in _WHICH and not _NO_MODIFIER.search(word) \
                and not any(word in (f.lower() for f in t.accepted) for t in st.bank.values()):
            return True
    after = text[end:end + 30]
    return bool(re.match(r"\s+(?:(?:(?:de|di|du|del)\s+|d['’])(?!(?:la|le|les|el|los|las|il|lo|gli|"
                         r"l|des|della|dello|degli|delle|do|da|dos|das)\b)\w{3}|"
                         r"\w+(?:[ií]ac[oa]s?|iaques?)\b)", after, re.I))


# Words before a term that say which or how many of it, not what it is.
_WHICH = frozenset((
    "new", "first", "second", "third", "last", "next", "further", "later", "early", "recent",
    "single", "severe", "mild", "major", "minor", "acute", "no", "one", "two", "three", "few",
    "fewer", "several", "every", "another", "other", "such", "own", "total", "annual",
    "yearly", "future", "subsequent", "previous", "prior", "frequent", "rare", "clinical",
    "multiple", "repeated", "recurrent", "fresh", "not", "same", "what", "whose",
    "our", "your", "my", "had", "did", "how", "when", "if", "between", "without", "about",
    "found", "showed", "saw", "made", "gave", "larger", "smaller", "bigger", "longer",
    "shorter", "higher", "lower", "greater", "earlier", "later", "fewer", "big", "small",
    "large", "long", "short", "high", "low", "great", "good", "bad", "real", "true",
))
# Participles, adverbs, superlatives and verbs or plurals in -s ("cuts attacks"): no
# noun that names a kind of the word after it.
_NO_MODIFIER = re.compile(r"(?:ed|ing|ly|est|ive|ous|al|ful|able|ible|[^su]s)$")


def in_credentials(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a degree after a name ("Jane Doe, MD, MS, of ..."):
    the "MS" of a Master of Science is no multiple sclerosis."""
    word = text[start:end]
    if not re.fullmatch(r"(?:[A-Z][A-Za-z]?\.?){1,4}", word):
        return False
    before = text[max(0, start - 60):start]
    after = text[end:end + 20]
    name = r"[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    return bool(re.search(rf"(?:\b{_DEGREE}\.?|{name}|\bJr\.?)\s*,\s*$", before)
                or (re.search(r",\s*$", before) and re.match(rf"\s*,\s*{_DEGREE}\b", after)))


_DEGREE = (r"(?:M\.?D|Ph\.?D|M\.?S|M\.?Sc|M\.?P\.?H|M\.?B\.?A|R\.?N|D\.?O|Dr\.?P\.?H|"
           r"Pharm\.?D|FACS|FACC|FAHA|FAAP|FRCPC|FRCSC|FRCP|B\.?Sc|B\.?S|B\.?A|M\.?A|Sc\.?D|"
           r"DDS|DMD|DVM|MBBS|MBChB|MSCE|MHS|MSN|BSN|DNP|NP|PA-C|PsyD|EdD|JD|MPhil|DPhil)")


def _span_of(st: State, needle: str) -> Span:
    i = st.text.find(needle)
    return [i, i + len(needle)] if i >= 0 else [0, 0]


def _stub(st: State, word: str, forms: list[str], why: str) -> None:
    term_id = slug(word)
    if term_id in st.found.terms:
        return
    en: dict[str, Any] = {"technical": word}
    if forms:
        en["forms"] = forms
    st.found.terms[term_id] = {
        "id": term_id, "jargon": False, "en": en, "source_span": _span_of(st, word),
        "review": f"glossary stub ({why}): add a plain form and a definition and set "
                  "jargon: true, or delete it"}


# --- patterns and small helpers ------------------------------------------------------------
_ASCII_CASE = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")
_JARGON = re.compile(r"\b(?:immuno|neuro|cardio|hemat|haemat|osteo|gastro|nephro|hepat|onco|"
                     r"derma|ortho|radio|angio|myo|cyto|pharmaco)[a-z]{4,}\b|\b[a-z]{4,}(?:ology|"
                     r"itis|osis|emia|aemia|ectomy|otomy|plasty|scopy|pathy|kinesias?|morphine|"
                     r"dopa|mab|nib|zumab|ceptive|cutaneous|ventricular|union|septic|sarean)\b")


def lower_common(phrase: str, text: str = "") -> str:
    """'Advanced Parkinson’s Disease' -> 'Parkinson’s disease' style: keep proper names.

    A word capitalised only because it opens the headline or a sentence ("Scans",
    "Brisk walking program") carries no evidence that it is a name: with the release at
    hand it is lowered unless the release also capitalises it mid-sentence, outside a
    headline in title case; a word that looks like a name (an eponym's "'s", inner
    capitals, all capitals) is no title-case word and keeps its capitals. Outputs then
    say "after the scans", not "after the Scans". Without the release, only the words
    of :data:`_COMMON` are lowered."""
    out = []
    for i, w in enumerate(phrase.split()):
        lowered = w.istitle() and len(w) > 1 and bool(text) and not _named(w, text)
        if lowered or w.lower() in _COMMON or (i == 0 and w.istitle() and w.lower() in STOP):
            out.append(w.lower())
        else:
            out.append(w)
    return " ".join(out)


def _named(word: str, text: str) -> bool:
    """Whether the release writes ``word`` capitalised where a capital says it is a name:
    mid-sentence in running text, and never in lower case."""
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return False  # "the scans": a common word the headline capitalised
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        before = text[line_start:m.start()]
        if not re.search(r"\w", before) or re.search(r"[.!?:]\W*$", before):
            continue  # it opens the line or a sentence
        if _title_case(line):
            continue  # a headline or a heading capitalises its words
        return True
    return False


def _title_case(line: str) -> bool:
    """A line in title case: most of its words of four letters or more are capitalised."""
    long = re.findall(r"[^\W\d_]{4,}", line)
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.6 * len(long)


# words a name of a disease or a treatment leaves in lower case ("Parkinson's disease")
_COMMON = frozenset({"disease", "syndrome", "disorder", "infection", "fracture", "cancer",
                     "surgery", "transplant", "transplants", "drug", "cast", "failure",
                     "heart", "bypass", "modified", "artery", "coronary", "infusion",
                     "treatment", "combination", "therapy"})
