"""The time point a figure is said at, found by bisection in a sentence (a long sentence
has many figures and points), is the one the rule defines: the nearest point with no
clause mark, joining word or other figure between them, else the last point before the
figure when that one opens its clause with no figure before it there."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from plainsum_checks.numbers import Mention
from plainsum_checks.timepoints import _MARKS, _SPLIT, _Sentence

# pieces of a sentence: time points, figures, clause marks, joining words, other words
PIECES = ["5 years", "10 years", "80 %", "66 %", ",", ";", "and", "und", "e", "people",
          "with", "MS", "after", "(", ")", "–", "transplant", "y"]


def _sentence(pieces: list[str]) -> tuple[str, list[Mention], list[Mention]]:
    text, points, figures = "", [], []
    for piece in pieces:
        text += " " if text and piece not in ",;)" else ""
        start = len(text)
        text += piece
        if piece.endswith("years"):
            points.append(Mention(start, len(text), piece, "duration", 5.0, unit="year"))
        elif piece.endswith("%"):
            figures.append(Mention(start, len(text), piece, "percent", 80.0))
    return text, points, figures


def _defined(text: str, figure: Mention, points: list[Mention],
             figures: list[Mention]) -> Mention | None:
    """The rule as it reads, every point and figure looked at."""
    def joined(lo: int, hi: int) -> bool:
        return _SPLIT.search(text, lo, hi) is None and not any(
            lo <= m.start < hi for m in figures)

    own = [p for p in points if (p.end <= figure.start and joined(p.end, figure.start))
           or (p.start >= figure.end and joined(figure.end, p.start))]
    if own:
        return min(own, key=lambda p: p.start - figure.end if p.start >= figure.end
                   else figure.start - p.end)
    before = [p for p in points if p.end <= figure.start]
    if not before:
        return None
    last = before[-1]
    opens = max((h.end() for h in _MARKS.finditer(text, 0, last.start)), default=0)
    if any(opens <= m.start < last.start for m in figures):
        return None
    return last


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40))
def test_bisected_point_is_the_defined_one(pieces: list[str]) -> None:
    text, points, figures = _sentence(pieces)
    sentence = _Sentence(text, 0, len(text), points, figures)
    for figure in figures:
        assert sentence.point_of(figure) == _defined(text, figure, points, figures), text


def test_a_figure_takes_its_own_clause_point_not_the_nearer_one_past_and() -> None:
    text, points, figures = _sentence(["5 years", "80 %", "and", "10 years", "66 %"])
    sentence = _Sentence(text, 0, len(text), points, figures)
    assert [sentence.point_of(f) for f in figures] == [points[0], points[1]]
