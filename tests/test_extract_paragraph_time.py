"""Extract gives the time a run of results opens with ("After 12 weeks, ...", "... two
years later. By then, ...") to the figures after it that state none, with a review note,
and stops at another time or at a methods or background sentence. The texts are made up
for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = ("Balance classes cut falls in older adults, trial finds\n\nA randomised trial "
        "enrolled 1,800 adults aged 70 or older and assigned them to weekly balance classes "
        "or to a leaflet.\n\n")


def _times(body: str) -> dict[float, tuple[float, str] | None]:
    found = find(repair(HEAD + body), {})
    out = {}
    for f in found.facts:
        t = found.times.get(f.get("time") or "")
        if isinstance(f.get("value"), int | float):
            out[f["value"]] = (t.value, t.unit) if t else None
    return out


def test_a_time_opening_the_results_holds_for_the_figures_after_it():
    times = _times("After 12 weeks, 18.2 percent of those in the classes had fallen, "
                   "compared with 26.4 percent of those given a leaflet. The odds of a fall "
                   "were lower in the class group (odds ratio 0.62; 95% CI 0.50 to 0.77).\n\n"
                   "Fractures were also less common in the class group (odds ratio 0.71; "
                   "95% CI 0.55 to 0.92).")
    assert times[0.62] == (12, "week")
    assert times[0.71] == (12, "week")


def test_by_then_reads_the_time_of_the_sentence_before():
    times = _times("The nurses assessed everyone again two years later. By then, 18.2 "
                   "percent of those in the classes had fallen, compared with 26.4 percent "
                   "of those given a leaflet.")
    assert times[18.2] == (2, "year")


def test_another_time_or_a_methods_sentence_ends_the_run():
    times = _times("After 12 weeks, 18.2 percent of those in the classes had fallen, "
                   "compared with 26.4 percent of those given a leaflet. After 52 weeks, "
                   "the odds of a fall were lower in the class group (odds ratio 0.62).\n\n"
                   "The trial was randomised and the nurses were blinded to the groups. "
                   "Fractures were less common in the class group (odds ratio 0.71).")
    assert times[18.2] == (12, "week")
    assert times[0.62] == (52, "week")
    assert times[0.71] != (12, "week")


def test_a_figure_before_the_opener_gets_no_time_from_it():
    times = _times("In the class group, 18.2 percent had fallen, compared with 26.4 percent "
                   "of those given a leaflet. After 12 weeks, the odds of a fall were lower in "
                   "the class group (odds ratio 0.62).")
    assert times[18.2] is None
