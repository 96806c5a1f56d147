"""The review page as a press officer settles a draft with it (round 36): each item shows
its words in their sentence of the release (a note such as "no time point next to this
figure" cannot be settled from the figure alone), where it is in the sheet's file, and a
sheet note that gives offsets into the release shows the words there."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from plainsum.review.model import sentence_around

from .conftest import SEED

pytest.importorskip("jinja2")

RELEASE = SEED / "release.txt"


@pytest.fixture
def drafted(tmp_path: Path, cli) -> tuple[Path, str, str]:
    """The seed release's draft, its review page, and the repaired release its spans
    point into."""
    draft, page = tmp_path / "draft.yaml", tmp_path / "review.html"
    repaired = tmp_path / "repaired.txt"
    made = cli("extract", str(RELEASE), "-o", str(draft), "--repaired-text", str(repaired))
    assert made.exit_code == 0, made.output
    result = cli("review", str(draft), "--release", str(RELEASE), "-o", str(page))
    assert result.exit_code == 0, result.output
    return draft, page.read_text("utf-8"), repaired.read_text("utf-8")


def _entries(html: str) -> list[str]:
    return re.findall(r'<li class="entry[^"]*" id="[a-z]+-\d+".*?</li>\n(?=<li class="entry|</ol>)',
                      html, re.S)


def _text(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", markup))


def test_each_placed_fact_shows_its_sentence_with_its_words_marked(drafted) -> None:
    _, html, release = drafted
    wheres = re.findall(r'<q class="context">(.*?)</q>', html, re.S)
    assert wheres
    longer = 0
    for where in wheres:
        marked = _text(re.search(r"<mark>(.*?)</mark>", where, re.S).group(1))
        whole = _text(where)
        assert marked in whole
        if len(whole) > len(marked):
            longer += 1
            # the context is the release's own text, around the marked words
            shown = [part for part in whole.split("…") if part.strip()]
            assert all(" ".join(p.split()) in " ".join(release.split()) for p in shown)
    assert longer >= len(wheres) // 2  # most spans are a part of their sentence


def test_each_item_says_where_it_is_in_the_sheet(drafted) -> None:
    draft, html, _ = drafted
    lines = draft.read_text("utf-8").splitlines()
    shown = re.findall(r'<code class="sid">([^<]*)</code>.*?(?:line (\d+)</span>|</div>)',
                       html)
    placed = [(unescape(sid), int(n)) for sid, n in shown if n]
    assert placed and len(placed) == len(shown)
    for sid, number in placed:  # an item's id line, or a field's line under source_spans
        line = lines[number - 1].strip()
        assert line in (f"- id: {sid}", f"- id: '{sid}'") or line.startswith(f"{sid}: ["), \
            (sid, line)


def test_a_sheet_note_with_offsets_shows_the_words_there(tmp_path: Path, cli) -> None:
    import yaml

    text = ("New cleanser cuts infections\n\nIn a trial of 300 people, fewer got an "
            "infection. \"We were surprised,\" the authors write. About the hospital: it is "
            "old.\n")
    start = text.index("\"We")
    end = text.index(" the authors")
    release = tmp_path / "release.txt"
    release.write_text(text, "utf-8")
    data = yaml.safe_load((SEED / "facts.yaml").read_text("utf-8"))
    data["review"] = f"TODO note quote [{start}, {end}]: no named speaker found; left out"
    sheet, page = tmp_path / "facts.yaml", tmp_path / "review.html"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    result = cli("review", str(sheet), "--release", str(release), "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    [quote] = re.findall(r'<blockquote class="context">(.*?)</blockquote>', html, re.S)
    assert _text(re.search(r"<mark>(.*?)</mark>", quote, re.S).group(1)) == text[start:end]
    assert _text(quote) == '"We were surprised," the authors write.'


@pytest.mark.parametrize(("text", "words", "sentence"), [
    # an initial and a title do not end a sentence; a decimal point neither
    ("It began in May. Dr. Ana W. Ruiz said 12.5 percent got better. Then it ended.",
     "12.5 percent", "Dr. Ana W. Ruiz said 12.5 percent got better."),
    # Spanish: a question opened with ¿ starts a sentence
    ("Hubo 40 casos. ¿Y después? El 30 % mejoró a los 6 meses. Fin.",
     "30 %", "El 30 % mejoró a los 6 meses."),
    # German: a line break ends a headline; quotes close a sentence
    ("Studie zeigt Nutzen\n„Wir sind froh.“ Bei 17 von 100 Patienten trat Fieber auf. Ende.",
     "17 von 100", "Bei 17 von 100 Patienten trat Fieber auf."),
    # French: "vs." between the arms ends nothing
    ("Résumé. Le taux était de 10 % vs. 4 % sous placebo. Suite.", "4 %",
     "Le taux était de 10 % vs. 4 % sous placebo."),
])
def test_the_sentence_around_some_words(text: str, words: str, sentence: str) -> None:
    start = text.index(words)
    before, after = sentence_around(text, start, start + len(words))
    assert before + words + after == sentence


def test_a_long_sentence_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = "Start. " + "word " * 200 + "the 12 people " + "more " * 200 + "end. Next."
    start = text.index("12")
    before, after = sentence_around(text, start, start + 2)
    assert before.startswith("…") and after.endswith("…")
    assert len(before) <= 241 and len(after) <= 241
    assert before.endswith("the ") and after.startswith(" people")
