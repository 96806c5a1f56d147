"""Repairing a release before reading it: mojibake, page chrome, and flags for what does
not belong. Property tests: the repair step never crashes and its spans stay in range."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.repair import repair  # noqa: E402

SEED = ROOT / "seeds" / "hsct-ms-2021" / "release.txt"
CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


@pytest.fixture(scope="module")
def seed():
    return repair(SEED.read_text(encoding="utf-8"))


def test_no_mojibake_left_in_the_seed(seed):
    foreign = [(n.start, n.end) for n in seed.flags if n.kind == "foreign-text"]
    for m in CJK.finditer(seed.text):
        assert any(s <= m.start() < e for s, e in foreign), seed.text[m.start() - 20:m.end() + 5]
    for bad in ("鈥", "庐", "â€", "Ã"):
        assert bad not in seed.text
    assert "participant’s own body" in seed.text
    assert "“So far" in seed.text and "long term,” said" in seed.text
    assert "participants’ disability" in seed.text
    assert "Brain & Life®" in seed.text


def test_every_mojibake_repair_is_reported_with_its_span(seed):
    fixes = [n for n in seed.repairs if n.kind == "mojibake"]
    assert len(fixes) >= 12
    for n in fixes:
        assert 0 <= n.start < n.end <= len(seed.text)
        assert not CJK.search(seed.text[n.start:n.end])


def test_the_injected_name_is_flagged_every_time_and_never_replaced(seed):
    flagged = [n for n in seed.flags if n.kind == "foreign-text"]
    assert len(flagged) == seed.text.count("好色先生") >= 5
    for n in flagged:
        assert seed.text[n.start:n.end] == "好色先生"


def test_lost_link_text_is_flagged(seed):
    spans = [seed.text[n.start:n.end + 20] for n in seed.flags if n.kind == "missing-text"]
    assert any(s.startswith("of , the medical journal") for s in spans)
    assert any(s.startswith("at , home of") for s in spans)


def test_page_chrome_is_removed_and_boilerplate_set_apart(seed):
    for chrome in ("Log In", "Forgot Password?", "Create New Account", "Loading... please wait",
                   "Follow Brain & Life on , and .", "Brain & Life logo"):
        assert chrome not in seed.text
    assert any(n.kind == "chrome" and "Log In" in n.message for n in seed.repairs)
    about = seed.text.index("is the leading voice in brain health")
    assert seed.in_boilerplate(about)
    assert seed.in_boilerplate(seed.text.index("For More Information"))
    assert seed.in_boilerplate(seed.text.index("unable to provide medical advice"))
    assert not seed.in_boilerplate(seed.text.index("210 people"))


@pytest.mark.parametrize(("broken", "fixed"), [
    ("the participantâ€™s own body", "the participant’s own body"),
    ("â€œSo far,â€\x9d she said", "“So far,” she said"),
    ("Ã©tude cafÃ© â€“ done", "étude café – done"),
    ("participantвЂ™s", "participant’s"),
    ("it鈥檚 a 鈥渢est鈥?", "it’s a “test”"),
    ("5&nbsp;years &amp; more", "5\xa0years & more"),
])
def test_common_kinds_of_mojibake(broken, fixed):
    assert repair(broken).text == fixed.replace("\xa0", " ") or repair(broken).text == fixed


def test_real_cjk_in_a_chinese_text_is_left_alone():
    text = "研究人员发现，百分之七十一的患者在十年内没有恶化。"
    out = repair(text, lang="zh")
    assert out.text == text
    assert not out.flags


def test_huge_input_is_repaired_whole():
    line = "The study looked at 210 people鈥檚 records. Log In\n" * 200_000  # ~10 MB
    out = repair(line)
    assert "鈥" not in out.text
    assert out.text.count("people’s records") == 200_000


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_repair_never_crashes_and_spans_stay_inside(text):
    out = repair(text)
    for note in out.notes():
        assert 0 <= note.start <= note.end <= len(out.text)
    for start, end in out.boilerplate:
        assert 0 <= start <= end <= len(out.text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_repair_of_bytes_decoded_any_way_never_crashes(data):
    sys.path.insert(0, str(ROOT / "plugins"))
    from plainsum_readers.decode import decode

    for text in (decode(data), data.decode("latin-1"), data.decode("gb18030", "replace")):
        repair(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["鈥檚", "鈥", "?", "â€™", "Ã©", " ", "好色", "of ,", "Log In\n",
                                 "\n\n", "71%", "“", "”", "&amp;", "\x00", "\ufffd", "a"]),
                max_size=60))
def test_repair_of_dirty_fragments_never_crashes(parts):
    out = repair("".join(parts))
    assert isinstance(out.text, str)


@pytest.mark.parametrize("run", ["1" * 480, "a" * 300, "x/" * 400, "“" * 350])
def test_a_run_with_no_space_longer_than_any_word_is_taken_out_with_a_note(run):
    """A data blob or a digit string is no words of a release: taken out (with a note a
    reviewer sees) before anything reads it, so no step looks through it figure by
    figure; the words around it stay."""
    text = f"In a study of 210 people, 71% did well. {run} The end."
    fixed = repair(text)
    assert run not in fixed.text and "71% did well." in fixed.text and "The end." in fixed.text
    assert any("no space" in n.message for n in fixed.notes())


def test_the_longest_words_links_and_dois_of_a_release_stay():
    link = "https://doi.org/10.1001/jamanetworkopen.2020.12345?utm_source=newsletter" * 3
    text = f"Read it at {link} today; 1,234,567,890 people."
    assert repair(text).text == text
