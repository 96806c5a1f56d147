"""Stage 2, classify: label each sentence before any number is read from it.

Labels: ``boilerplate`` (marked by :mod:`.repair`), ``quote`` (mostly inside a
quotation), ``background`` (earlier studies, how common a condition is), ``result`` (a
figure with result wording), ``methods`` (who took part, how the study was done) and
``other``. Later stages read figures only from :func:`study_sentences` (not boilerplate,
not quotes); the finer labels are for the stages that tell results from background.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .state import State
from .text import Sentence

LABELS = ("boilerplate", "quote", "background", "result", "methods", "other")

_BACKGROUND = re.compile(
    r"(?i)\b(?:previous|earlier|prior|past|other)\s+(?:studies|study|research|trials?|work)\b|"
    r"\b(?:each|every|per)\s+year\b|\bannually\b|\bworldwide\b|\bnationwide\b|"
    r"\b(?:affects?|affecting)\s+(?:about\s+|an\s+estimated\s+|more\s+than\s+|nearly\s+)?"
    r"[\d.,]+\s+(?:million|billion|thousand)?|\bit\s+is\s+estimated\b|\bare\s+expected\s+to\b")
_RESULT = re.compile(
    r"(?i)(?:\d\s*%|\d\s*(?:percent|per\s+cent)\b|\b(?:found|showed|shows|reduced|lowered|"
    r"increased|decreased|improved|fewer|lower|higher|less\s+likely|more\s+likely|"
    r"compared\s+(?:with|to)|versus|vs\.?|risk|ratio|significant\w*)\b)")
_METHODS = re.compile(
    r"(?i)\b(?:randomi[sz]ed|randomly|enrolled|recruited|were\s+assigned|took\s+part|"
    r"followed\s+(?:up|for)|included|involved|analy[sz]ed|surveyed|questionnaires?|"
    r"double[\s-]blind|placebo[\s-]controlled|cohort|participants?)\b")


def classify(st: State) -> None:
    """Label every sentence (``st.kinds``, by start offset) and fix the study sentences."""
    ends = [e for _, e in st.quote_spans]
    body = {s.start for s in st.body}
    for s in st.all_sentences:
        if s.start not in body:
            st.kinds[s.start] = "boilerplate"
        elif _quoted(st, s, ends):
            st.kinds[s.start] = "quote"
        else:
            st.kinds[s.start] = label(s.text)
    st.study = [s for s in st.body if st.kinds[s.start] != "quote"]


def label(text: str) -> str:
    """The label of a sentence outside boilerplate and quotations, from its wording."""
    if _BACKGROUND.search(text):
        return "background"
    if re.search(r"\d", text) and _RESULT.search(text):
        return "result"
    if _METHODS.search(text):
        return "methods"
    return "other"


def study_sentences(st: State) -> list[Sentence]:
    """Body sentences outside quotations: where results are stated."""
    if st.study is None:
        classify(st)
    return st.study or []


def _quoted(st: State, s: Sentence, ends: list[int]) -> bool:
    """Whether at least 60% of a sentence lies inside quotations, sampled at every 7th
    character from its start: the samples in each quotation it overlaps are counted,
    not tested one by one."""
    inside = 0
    i = bisect_right(ends, s.start)
    while i < len(st.quote_spans) and st.quote_spans[i][0] < s.end:
        lo, hi = max(st.quote_spans[i][0], s.start), min(st.quote_spans[i][1], s.end)
        first = s.start - (s.start - lo) // 7 * 7  # the first sample at lo or after
        if first < hi:
            inside += (hi - 1 - first) // 7 + 1
        i += 1
    return inside * 7 >= (s.end - s.start) * 0.6
