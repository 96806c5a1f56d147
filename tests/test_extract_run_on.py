"""A run-on text costs extract time linear in its length, and reads real sentences as before.

The clause readers (:mod:`plainsum_extract.subject`, :mod:`plainsum_extract.exposure`) used
to mask and rescan a sentence's whole start for every figure in it, so a 12,000-word
sentence took a minute. They now read a sentence's parentheses once and look back at most
:data:`plainsum_extract.text.REACH` characters, and segmentation cuts a longer "sentence"
into clause-sized pieces. Here: the readers give the answers they give when every prefix
is masked and read whole again (the old way) at every figure of real and varied sentences;
the parentheses index answers as each prefix does; the pieces cover the text;
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
from plainsum_extract.text import (
    REACH,
    Parens,
    bounded,
    mask_parens,
    open_paren,
    sentences,
)

from .conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]


# --- the reference: the same readers reading each prefix whole, as they did before
# (every figure masked and scanned its sentence's whole start again) ------------------

class _PrefixParens:
    """What :class:`Parens` answers, computed again from each prefix (the old way)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.full = mask_parens(text)

    def open_at(self, pos: int) -> int | None:
        return open_paren(self.text[:pos])

    def masked(self, end: int, start: int = 0) -> str:
        return mask_parens(self.text[:end])[start:]


READERS = [subject.clause_subject, subject.among_before, exposure.exposure_phrase,
           exposure.elliptic_at, exposure.for_opening, exposure.outcome_subject,
           exposure.risk_named_before]


def _answers(text: str, pos: int) -> list:
    return [read(text, pos) for read in READERS]


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


def test_the_readers_give_the_answers_they_gave_before_at_every_figure(varied,
                                                                       monkeypatch) -> None:
    fast = {text: [_answers(text, m.start()) for m in re.finditer(r"\d", text)]
            for text in varied}
    for module in (subject, exposure):  # the old way: no bound, every prefix read again
        monkeypatch.setattr(module, "parens", _PrefixParens)
        monkeypatch.setattr(module, "reach_start", lambda text, pos, reach=None: 0)
    asked = 0
    for text in varied:
        for m, got in zip(re.finditer(r"\d", text), fast[text], strict=True):
            assert got == _answers(text, m.start()), (text, m.start())
            asked += len(got)
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
