"""Hostile releases for ``extract``: Markdown built to make a regular expression backtrack,
JSON nested past Python's recursion limit or holding something else than one page. Each is
read in linear time or refused with one line naming the file, never a plugin failure."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from ..conftest import SEED
from .helpers import one_error, run

# Each line cost the old patterns time quadratic or cubic in its length (minutes in all).
BACKTRACKING = "\n\n".join([
    "# a" + " " * 1500 + "x",  # a heading's closing "#"s
    "[" * 20_000,  # a link text that never closes
    "[](" * 10_000,  # a link target that never closes
    "_a " * 10_000,  # an emphasis that never closes
    "**a " * 8_000,
])


def test_markdown_that_makes_patterns_backtrack_is_read_in_linear_time() -> None:
    from plainsum_readers.readers import MarkdownReader

    start = time.perf_counter()
    text = MarkdownReader().read(BACKTRACKING.encode())
    assert time.perf_counter() - start < 3
    assert text.startswith("a") and "_a _a" in text


@pytest.mark.parametrize("markdown, expected", [
    ("# Title ##", "Title"),
    ("## Is C# safe?", "Is C# safe?"),
    ("## C#", "C#"),
    ("see [the trial](https://x.org/Trial_(2018)) now", "see the trial now"),
    ("**bold**, *it*, `code`, __u__, ~~s~~ and snake_case_name", "bold, it, code, u, s and "
     "snake_case_name"),
    ("a **b *c* d** e", "a b c d e"),
    ("Intro\n\n```sh\nrun it\n```\n\nEnd", "Intro\n\nrun it\n\nEnd"),
])
def test_markdown_markup_is_still_dropped(markdown: str, expected: str) -> None:
    from plainsum_readers.readers import MarkdownReader

    assert MarkdownReader().read(markdown.encode()) == expected


@pytest.mark.parametrize("body, words", [
    ("[" * 100_000 + "]" * 100_000, ["nested too deeply"]),
    ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", ["nested too deeply"]),
    (json.dumps([{"title": "A trial", "text": "210 people took part."}]), ["a list",
                                                                          "one page per file"]),
    ("42", ["a number"]),
    (json.dumps({"headline": "A trial", "body": {"p": "x"}}), ["no 'title' or 'text'",
                                                               "headline"]),
])
def test_json_that_is_not_one_page_is_refused_in_one_line(pm, tmp_path: Path, body: str,
                                                          words: list[str]) -> None:
    release = tmp_path / "page.json"
    release.write_text(body, encoding="utf-8")
    result = run(pm, "extract", str(release))
    assert result.exit_code == 2 and not result.stdout
    line = one_error(result.stderr, "page.json", *words)
    assert "Recursion" not in line and "failed in reader" not in line


def test_a_page_saved_as_one_json_string_is_its_text(pm, tmp_path: Path) -> None:
    release = tmp_path / "page.json"
    text = (SEED / "release.txt").read_text(encoding="utf-8", errors="replace")
    release.write_text(json.dumps(text), encoding="utf-8")
    as_json = run(pm, "extract", str(release))
    plain = tmp_path / "page.txt"
    plain.write_text(text, encoding="utf-8")
    as_text = run(pm, "extract", str(plain))
    assert as_json.exit_code == as_text.exit_code == 0, as_json.stderr
    assert as_json.stdout.replace("page.json", "page.txt") == as_text.stdout


def test_a_text_far_longer_than_a_release_is_refused_before_any_work(pm, tmp_path: Path) -> None:
    """A dump on one line once cost extract minutes; it is no press release, so it is refused
    before it is read for facts, and a long real release is still drafted."""
    from plainsum.cli.extract import MAX_RELEASE_CHARS

    seed = (SEED / "release.txt").read_text(encoding="utf-8", errors="replace")
    dump = tmp_path / "dump.txt"
    dump.write_text(("x" * 99 + " ") * (MAX_RELEASE_CHARS // 100 + 1), encoding="utf-8")
    result = run(pm, "extract", str(dump))
    assert result.exit_code == 2 and not result.stdout
    one_error(result.stderr, "dump.txt", "characters is not one press release")
    long = tmp_path / "long.txt"
    long.write_text(seed + "\n\n" + "Background. " * 2_000, encoding="utf-8")
    assert run(pm, "extract", str(long)).exit_code == 0
