"""A run-on text costs extract time linear in its length, and reads real sentences as before.

The clause readers (:mod:`plainsum_extract.subject`, :mod:`plainsum_extract.exposure`) used
to mask and rescan a sentence's whole start for every figure in it, so a 12,000-word
sentence took a minute. They now read a sentence's parentheses once and look back at most
:data:`plainsum_extract.text.REACH` characters, and segmentation cuts a longer "sentence"
into clause-sized pieces. Here: the new readers give the old readers' answers (kept below
as the reference) on every figure of real and varied sentences; the pieces cover the text;
hostile texts give a draft or a one-line refusal. Timing is measured by
``bench/extract.py --scaling``, not asserted here.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from plainsum_extract import exposure, subject
from plainsum_extract.text import REACH, Parens, bounded, mask_parens, open_paren, sentences

from .conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]


# --- the readers as they were (whole-prefix masking and scanning): the reference -------

def _old_clause_subject(text: str, pos: int) -> tuple[str, int, int] | None:
    paren = open_paren(text[:pos])
    end = paren if paren is not None else pos
    masked = mask_parens(text[:end])
    verbs = list(subject._VERB.finditer(masked))
    for v in reversed(verbs[-4:]):
        head = masked[:v.start()]
        opens = [m.end() for m in subject._OPEN.finditer(head)]
        lo = opens[-1] if opens else 0
        lead = subject._LEAD.match(head[lo:])
        lo += lead.end() if lead else 0
        phrase = text[lo:v.start()].strip()
        if not phrase:
            continue
        lo = text.index(phrase, lo)
        if subject._COMPARE.search(masked[:lo]) or subject._THING.match(phrase):
            continue
        m = subject._PEOPLE_NP.match(phrase)
        if m and re.search(r"(?i)\b(?:this|these|such|same)\b", phrase):
            return None
        if m and len(phrase.split()) <= 16:
            return m.group("np"), lo, lo + len(m.group("np"))
        if re.search(r"[.;]", phrase):
            return None
    return None


def _old_among_before(text: str, pos: int) -> tuple[str, int, int] | None:
    paren = open_paren(text[:pos])
    head = text[:paren if paren is not None else pos]
    m = subject._AMONG.search(head[-160:])
    if not m:
        return None
    lo = len(head) - len(head[-160:]) + m.start("np")
    np = m.group("np").strip()
    return np, lo, lo + len(np)


def _old_start(masked: str, strong: bool = False) -> int:
    cut = exposure._STRONG_CUT if strong else exposure._CUT
    opens = [m.end() for m in cut.finditer(masked)]
    return opens[-1] if opens else 0


def _old_elliptic(text: str, masked: str, end: int) -> tuple[str, int, int] | None:
    lo = _old_start(masked, strong=True)
    if lo == 0:
        return None
    clause = masked[lo:end]
    if exposure._VERB.search(clause) or re.search(r"(?i)\b(?:was|were|is|are)\b", clause):
        return None
    m = exposure._ELLIPSIS.match(clause)
    if not m:
        return None
    phrase = exposure._trim(m.group("np"))
    if not exposure._acceptable(phrase):
        return None
    at = text.find(phrase, lo)
    return phrase, at, at + len(phrase)


def _old_opening(text: str, masked: str, end: int) -> tuple[str, int, int] | None:
    start = _old_start(masked, strong=True)
    m = exposure._OPENING.match(text[start:end])
    if not m:
        return None
    phrase = m.group("np").strip()
    inner = exposure._ANALYSIS_OF.match(phrase)
    if inner:
        phrase = phrase[inner.end():]
    phrase = exposure._trim(phrase)
    if not exposure._acceptable(phrase, per_unit=True) or re.match(
            r"(?i)(?:addition|particular|total|general|contrast|comparison|summary|short|"
            r"all)\b", phrase):
        return None
    at = text.find(phrase, start)
    return phrase, at, at + len(phrase)


def _old_exposure_phrase(text: str, pos: int) -> tuple[str, int, int] | None:
    paren = open_paren(text[:pos])
    end = paren if paren is not None else pos
    aside = exposure._WITH_ASIDE.search(text, 0, end)
    if aside:
        end = aside.start()
    masked = mask_parens(text[:end])
    lo = _old_start(masked)
    comparing = exposure._COMPARING.match(text, _old_start(masked, strong=True), end)
    if comparing:
        phrase = exposure.versus_end(f"{comparing.group('a')} versus {comparing.group('b')}")
        if exposure._acceptable(phrase):
            return phrase, comparing.start("a"), comparing.end("b")
    verbs = [v for v in exposure._VERB.finditer(mask_parens(text), lo) if v.start() < end]
    verbs = [v for v in verbs if not re.search(r"(?i)\b(?:who|that|which|whose)\s+(?:\w+\s+)?$",
                                               text[lo:v.start()])]
    if verbs:
        raw = exposure._trim(text[lo:verbs[0].start()])
        phrase = exposure.versus_end(raw)
        if exposure._acceptable(phrase):
            at = text.find(raw, lo)
            return phrase, at, at + len(raw)
    elliptic = _old_elliptic(text, masked, end)
    if elliptic:
        return elliptic
    if re.match(r"(?i)\W*(?:their|its)\s", text[lo:end]):
        before = exposure._AMONG_END.search(text, 0, lo)
        if before and exposure._acceptable(before.group("np").strip()):
            np = before.group("np").strip()
            return np, before.start("np"), before.start("np") + len(np)
    studied = exposure._STUDY_OF.search(text, 0, end)
    if studied and exposure._PEOPLE_HEAD.search(studied.group("np")):
        return studied.group("np"), studied.start("np"), studied.end("np")
    return _old_opening(text, masked, end)


def _old_elliptic_at(text: str, pos: int) -> bool:
    paren = open_paren(text[:pos])
    end = paren if paren is not None else pos
    return _old_elliptic(text, mask_parens(text[:end]), end) is not None


def _old_for_opening(text: str, pos: int) -> tuple[str, int, int] | None:
    start = _old_start(mask_parens(text[:pos]), strong=True)
    m = exposure._FOR_OPENING.match(text, start, pos)
    if not m:
        return None
    phrase = " ".join(m.group("np").split())
    if exposure._PEOPLE_HEAD.search(phrase) or exposure._QUANTILE.search(phrase) or \
            exposure.fragment(phrase) or re.match(
                r"(?i)(?:example|instance|comparison|each|every|all|both|this|that|"
                r"these|those|them|it|example)\b", phrase):
        return None
    return phrase, m.start("np"), m.start("np") + len(m.group("np").strip())


def _old_outcome_subject(text: str, pos: int) -> tuple[str, int, int] | None:
    m = exposure._SUBJECT_OUTCOME.search(text, 0, pos)
    if not m or m.end() != pos:
        return None
    phrase = " ".join(m.group("o").split())
    if exposure._PEOPLE_HEAD.search(phrase) or exposure._NOT_EXPOSURE.search(phrase) or \
            exposure.fragment(phrase) or re.match(r"(?i)(?:it|this|that|they|there|which)\b",
                                                  phrase):
        return None
    phrase = phrase[0].lower() + phrase[1:] if phrase[1:2].islower() else phrase
    return phrase, m.start("o"), m.start("o") + len(m.group("o").strip())


PAIRS = [
    (subject.clause_subject, _old_clause_subject),
    (subject.among_before, _old_among_before),
    (exposure.exposure_phrase, _old_exposure_phrase),
    (exposure.elliptic_at, _old_elliptic_at),
    (exposure.for_opening, _old_for_opening),
    (exposure.outcome_subject, _old_outcome_subject),
    (exposure.risk_named_before, lambda text, pos: exposure.risk_named(text[:pos])),
]


# --- varied sentences: the releases in the repository and ../shared/corpus, and made-up
# ones with nested, unclosed and stray parentheses, dashes and lists of clauses ----------

_PARTS = [
    "People who slept less than six hours had a {a} percent higher risk of stroke",
    "(HR 1.{b}, 95% CI 1.0{c} to 1.{d})", "among women aged over {a} (the oldest group (n={e}))",
    "the risk of fracture was {b}% lower", "those in the highest quartile of coffee intake had",
    "{a} fewer heart attacks than those in the lowest quartile", "Regular aspirin use was "
    "associated with a {a}% lower risk (hazard ratio 0.{b}", "and {a} of {e} participants "
    "reported headaches, compared with {b} of {e} in the placebo group", "-- {a}% --",
    "For Alzheimer's disease, the corresponding hazard ratios were 0.{b} and 0.{c}",
    "Hospital admission was also less frequent ({a}% vs {b}%)", "; those with 3 to 9 years,",
    "a {a}% higher risk", "Comparing the highest with the lowest quintile of fish intake,",
    "In the second-highest quartile the risk was {a} percent lower", ")", "(", "— a {b}% drop —",
]


def _made_up(seed: int) -> str:
    r = random.Random(seed)
    words = [r.choice(_PARTS).format(a=r.randint(2, 70), b=r.randint(10, 89), c=r.randint(1, 9),
                                     d=r.randint(10, 99), e=r.randint(100, 999))
             for _ in range(r.randint(2, 9))]
    return r.choice([", ", " ", "; ", " and "]).join(words) + "."


def _real_sentences() -> list[str]:
    files = sorted((ROOT / "tests/data").glob("extract_held_out_[34]/corpus/*.json"))
    if (SHARED / "corpus").is_dir():
        files += sorted((SHARED / "corpus").glob("*.json"))[:48]
    out = []
    for f in files:
        release = json.loads(f.read_text(encoding="utf-8"))
        text = f"{release.get('title') or ''}\n\n{release.get('text') or ''}"
        out += [s.text for s in sentences(text) if re.search(r"\d", s.text)]
    return out


@pytest.fixture(scope="module")
def varied() -> list[str]:
    return _real_sentences() + [_made_up(seed) for seed in range(400)]


def test_the_readers_give_the_answers_they_gave_before_at_every_figure(varied) -> None:
    asked = 0
    for text in varied:
        for m in re.finditer(r"\d", text):
            for new, old in PAIRS:
                assert new(text, m.start()) == old(text, m.start()), (new.__name__, text,
                                                                      m.start())
                asked += 1
    assert asked > 5000  # the comparison ran on many figures, not on a handful


def test_parentheses_read_once_answer_as_each_prefix_read_again() -> None:
    r = random.Random(7)
    for _ in range(1500):
        text = "".join(r.choice("ab ()((),.") for _ in range(r.randint(0, 30)))
        idx = Parens(text)
        for end in range(len(text) + 1):
            assert idx.open_at(end) == open_paren(text[:end]), (text, end)
            for start in range(0, end + 1, 3):
                assert idx.masked(end, start) == mask_parens(text[:end])[start:], (text, end)


def test_a_run_on_sentence_is_cut_into_pieces_that_cover_it() -> None:
    text = "Intro. " + f"In group {7}, {7}% had pain; " * 400 + "x" * 5000 + " end."
    pieces = bounded(text, sentences(text), 300)
    assert len(pieces) > 20 and all(len(p.text) <= 300 for p in pieces)
    assert all(text[p.start:p.end] == p.text for p in pieces)
    assert re.sub(r"\s", "", "".join(p.text for p in pieces)) == re.sub(r"\s", "", text)
    assert [p.text[-1] for p in pieces[1:6]] == [";"] * 5  # cut after a clause, not a word


def test_real_sentences_are_shorter_than_the_reach_so_none_is_cut(varied) -> None:
    assert max(len(s) for s in varied) < REACH
    text = "\n".join(varied[:50])
    found = sentences(text)
    assert bounded(text, found) is found


def _extract(text: str):
    import plainsum_extract
    from plainsum.errors import PlainsumError

    try:
        return plainsum_extract.extract_draft(text, source="hostile.txt").data
    except PlainsumError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("hostile.txt: ")
        return None


@pytest.mark.parametrize("name, text", [
    ("only numbers", " ".join(str(i * 37 % 1000) + ("%" if i % 3 else ".") for i in range(3000))),
    ("deep parentheses", "A trial\n\nIn the trial " + "(" * 3000 + "45% of 120 patients "
                         "relapsed" + ")" * 3000 + "."),
    ("parentheses left open", "A trial\n\n45% of 120 patients relapsed " + "(" * 2000 +
                              " and 12% died " + ")" * 2500 + "."),
    ("nested quotes", "A trial\n\n" + "“\"'" * 1500 + "In the trial, 45% of 120 patients "
                      "relapsed, she said" + "'\"”" * 1500),
    ("junk", "".join(chr(33 + (i * 7919) % 9000) for i in range(20000))),
    ("one long line", "A trial\n\n" + " ".join(
        ("patients", "had", "12%", "lower", "risk", "(HR", "0.81)", "than", "placebo", ";",
         "3", "years", "—", ",")[(i * 5) % 14] for i in range(20000))),
])
def test_a_hostile_release_gives_a_draft_or_one_line(name: str, text: str) -> None:
    data = _extract(text)
    assert data is None or isinstance(data.get("facts"), list), name
