"""A release saved as a PDF's text dump (pdftotext: pages parted by form feeds, running
heads with the page's number, words broken at a line's end by a hyphen): the running head
became the draft's title, and the figures of a sentence broken over a page or a word
('randomly as-\\nsigned 842', 'no sig-\\nnificant difference') were lost."""

from __future__ import annotations

import time
from pathlib import Path

import yaml
from plainsum_readers.readers import TextReader

HEAD = "CITY UNIVERSITY PRESS OFFICE                     Page {n} of 2"
DUMP = (HEAD.format(n=1) + "\n\nWalking lowers blood pressure in older adults\n\n"
        "A 12-week walking pro-\ngramme lowered blood pressure, ac-\ncording to a randomised "
        "trial. Researchers randomly as-\nsigned 842 adults to walking or usual-care. In the "
        "usual-\ncare group, falls were\nmore common: 31 of 421 walkers (7.4%) had a fall,\n"
        "\f" + HEAD.format(n=2) + "\n\nagainst 52 of 421 (12.4%) in the usual-\ncare group. "
        "There was no sig-\nnificant difference in COVID-\n19 tests.\n\n- 2 -\n\f")


def read(text: str) -> str:
    return TextReader().read(text.encode("utf-8"))


def test_running_heads_and_folios_are_left_out() -> None:
    text = read(DUMP)
    assert text.startswith("Walking lowers blood pressure in older adults\n\n")
    assert "PRESS OFFICE" not in text and "- 2 -" not in text and "\f" not in text


def test_broken_words_and_sentences_are_joined() -> None:
    text = read(DUMP)
    for said in ("walking programme lowered", "according to", "randomly assigned 842",
                 "had a fall,\nagainst 52 of 421", "no significant difference",
                 "in the usual-care group", "COVID-\n19"):  # a hyphen the text uses is kept
        assert said in text, said


def test_text_with_no_page_breaks_is_as_written() -> None:
    plain = "An e-mail wraps at a real hyphen: long-\nterm results.\n"
    assert read(plain) == plain


def test_a_hostile_dump_reads_in_time() -> None:
    start = time.process_time()
    read("a" * 2_000_000 + "\f" + "b-\n" * 300_000)
    read("x\n\f" * 1999)
    assert time.process_time() - start < 10


def test_extract_drafts_the_dump(cli, tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(DUMP, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = cli("extract", str(release), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert "PRESS OFFICE" not in draft["title"]["en"]
    assert any(f.get("value") == 842 for f in draft["facts"])
