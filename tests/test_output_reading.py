"""Read the summaries of the seed and every example sheet, in every language, as an editor
would (issue 13, items 1 and 6): no sentence opening three times in a row, no "it was"
standing for a figure said before, one group's figures at several times in one sentence
with the cohort named as the people studied, as many limits announced as follow, no
circular "doctors call it", no "treatment" heading for what not everyone had, no author
line that presents one listed author as the only one. (One precision per output and
abbreviations spelled out at first use are read in tests/test_summary_meaning.py.)"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import pytest
from plainsum_summary.compose import COMPARING, is_result, names_in

from .conftest import registry_with
from .test_summary_meaning import LANGS, SHEETS, load, outputs, paragraphs


def summaries(path: Any, code: str) -> list[Any]:
    made = [o for o in outputs(path, code) if o.generator == "summary"]
    if not made:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    return made


def pack(code: str) -> Any:
    return registry_with([code]).language(code)


def opening(sentence: str) -> str:
    """A sentence's first two words, figures as one sign: "After 5 years" and "After 10
    years" open alike."""
    words = re.sub(r"\d[\d.,\u00a0\u202f]*", "#", sentence).lower().split()
    return " ".join(words[:2])


def strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    return [s for v in node.values() for s in strings(v)] if isinstance(node, dict) else []


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_no_sentence_opening_three_times_in_a_row(path, code):
    """"There were … There were also … There were also …", "Na 5 jaar bleek dat … Na 10
    jaar …" six times: a list, not a text."""
    lang = pack(code)
    for out in summaries(path, code):
        for para in paragraphs(out.text):
            opens = [opening(s) for s in lang.sentences(para)]
            for i in range(len(opens) - 2):
                assert not opens[i] == opens[i + 1] == opens[i + 2], (
                    out.audience, opens[i], para)


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_no_figure_is_given_as_it_was(path, code):
    """"After 10 years, it was 66 out of 100" ("eran", "c'était le cas de", "erano",
    "waren es"): which "it"? The pack's own short wording of a later figure never stands
    in a summary."""
    lang = pack(code)
    if not lang.has_phrase("fact.proportion_again"):
        pytest.skip("the pack has no short wording")
    # the words between the time and the figure ("{time}, it was {value}"), right after
    # a time phrase (a comma or a word before them, never an elided "c'erano")
    said = [re.sub(r"^\{time\}[\s,]*", "", s).split("{")[0].strip(" ,")
            for s in strings(lang.phrase("fact.proportion_again"))]
    anaphors = [re.compile(rf"(?:,|\w)\s+{re.escape(s)}(?:\s+\w+)?\s+\d", re.IGNORECASE)
                for s in said if s]
    assert anaphors
    for out in summaries(path, code):
        for pattern in anaphors:
            assert not pattern.search(out.text), (out.audience, pattern.pattern)


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_no_average_is_given_as_it_was(path, code):
    """Two averages for short-sentence readers: "It was 4.8 hours in people sent home
    early" ("Fue de", "Elle était de", "Era di", "Foi de", "Die was") leaves the reader to
    find what "it" is; each sentence names what its figure is. Read with the words the
    pack's older wording (``fact.mean_arm``) opens a sentence with, before a figure."""
    lang = pack(code)
    if not lang.has_phrase("fact.mean_arm"):
        pytest.skip("the pack has no wording for one group's average")
    said = [s.split("{")[0].strip() for s in strings(lang.phrase("fact.mean_arm"))]
    anaphors = [re.compile(rf"(?:^|[.!?]\s+){re.escape(s)}\s+(?:\w+\s+)?\d",
                           re.IGNORECASE | re.MULTILINE) for s in said if s]
    if not anaphors:
        pytest.skip("the pack's wording names the group first")
    made = summaries(path, code)
    for out in made:
        for pattern in anaphors:
            assert not pattern.search(out.text), (out.audience, pattern.pattern)


def series_of(sheet: Any) -> list[list[Any]]:
    """Shares of one group with one outcome at two or more times."""
    found: dict[tuple[str, str], list[Any]] = {}
    for fact in sheet.facts_of("proportion", background=False):
        if fact.group and fact.outcome and fact.time and fact.value is not None:
            found.setdefault((fact.group, fact.outcome), []).append(fact)
    return [facts for facts in found.values() if len({f.time for f in facts}) > 1]


def figure(value: float) -> re.Pattern[str]:
    whole, _, part = format(float(value), "g").partition(".")
    decimals = rf"[.,]{part}" if part else ""
    return re.compile(rf"(?<![\d.,]){whole}{decimals}(?![\d])")


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_one_groups_figures_stand_in_one_sentence(path, code):
    """Each series is one sentence in every summary; the cohort's series names its size
    ("of the 210 people with MS in the study"), not everyone with the condition."""
    sheet, lang = load(path), pack(code)
    cohort = next((f for f in sheet.facts_of("count", background=False) if f.of is None),
                  None)
    for out in summaries(path, code):
        sentences = lang.sentences(out.text)
        for facts in series_of(sheet):
            holding = [s for s in sentences if all(figure(f.value).search(s) for f in facts)]
            assert len(holding) == 1, (out.audience, [f.id for f in facts], holding)
            if cohort is not None and facts[0].group == cohort.group:
                assert lang.format_number(cohort.value) in holding[0], holding[0]


def limits_said(sheet: Any) -> int:
    """How many limits a summary announces: the sheet's, and for an observational study
    that compares groups the link-not-cause sentence."""
    compares = any(is_result(f) for f in sheet.facts_of(*COMPARING))
    return len(sheet.limitations) + (sheet.evidence == "observational" and compares)


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_as_many_limits_are_announced_as_follow(path, code):
    """"This study has some weaknesses. The study took place in only one hospital.": one."""
    sheet, lang = load(path), pack(code)
    intro = lang.phrase("summary.limits_intro")
    if not isinstance(intro, dict):
        pytest.skip("the pack words the limits without counting them")
    expected = lang.plural_category(limits_said(sheet))
    for out in summaries(path, code):
        text = out.text.lower()
        for category, words in intro.items():
            if words.lower() in text:
                assert category == expected, (out.audience, words, expected)


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_the_technical_name_is_no_circle(path, code):
    """"A chlorhexidine skin cleanser is … Doctors call it chlorhexidine.": the plain name
    already says it. And what not everyone had is no "treatment" ("What was tested?")."""
    sheet, lang = load(path), pack(code)
    from plainsum.lexicon import Lexicon

    forms = Lexicon(sheet, lang).term(sheet.intervention)
    said = [s.replace("{term}", forms.technical).lower()
            for s in strings(lang.phrase("summary.technical_name"))]
    circular = bool(forms.plain) and names_in(forms.technical, forms.plain)
    treatment = [s.lower() for s in strings(lang.phrase("summary.heading.treatment"))]
    for out in summaries(path, code):
        text = out.text.lower()
        if circular:
            assert not any(s.rstrip(".") in text for s in said), (out.audience, said)
        if sheet.evidence == "randomised":
            assert not any(h in text for h in treatment), out.audience


# author lines that present the listed author(s) as all of them
ONLY_AUTHORS = ("Studio a cura di", "Auteur :", "Auteur\u00a0:", "Studie von", "Autoría:",
                "Autoria:", "Auteur:", "L'étude est signée par")


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_an_author_line_does_not_say_the_author_is_the_only_one(path, code):
    for out in summaries(path, code):
        for words in ONLY_AUTHORS:  # as a sentence opens ("in der Studie von ihrer ...")
            assert not re.search(rf"(?:^|[.!?]\s+){re.escape(words)}", out.text, re.M), (
                out.audience, words)


def test_a_dutch_plural_measure_takes_a_plural_verb():
    """"waren de totale kosten … lager", not "was": an adjective and a plural noun."""
    path = next(p for p in SHEETS if p.parent.name == "rivaroxaban-pe-2018")
    made = summaries(path, "nl")
    assert any("waren de totale kosten" in o.text for o in made)
    assert not any("was de totale kosten" in o.text for o in made)


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_a_subgroups_label_is_explained_once(path, code):
    """Lay summaries say once what a subgroup's label covers: the groups the sheet says it
    is made of ("people with progressive MS": secondary and primary progressive), in one
    sentence with its name and each part's own words, before its results; said as a
    writer would ("progressive MS means secondary or primary progressive MS"), shorter
    than the labels said in full one after another."""
    sheet, lang = load(path), pack(code)
    made = [o for o in summaries(path, code) if o.audience in ("patients", "public")]
    for group in sheet.groups.values():
        parts = [sheet.groups[p].label.get(code, "plain") for p in group.includes]
        own = group.label.get(code, "plain")
        if not parts or not own or not all(parts):
            continue
        for out in made:
            sentences = lang.sentences(out.text)
            name = " ".join(own.lower().split()[-2:])  # "progressive MS", "EM progresiva"
            kinds = [[x for x in p.lower().split() if x not in own.lower().split()]
                     for p in parts]  # "secondary", "primary"
            said = [i for i, s in enumerate(sentences)
                    if name in s.lower()
                    and all(k and all(x in s.lower() for x in k) for k in kinds)
                    and not all(p.lower() in s.lower() for p in parts)]  # not a list of labels
            assert len(said) == 1, (out.audience, own, parts)
            longest = len(own.split()) + sum(len(p.split()) for p in parts)
            assert len(sentences[said[0]].split()) < longest, sentences[said[0]]
            results = [i for i, s in enumerate(sentences)
                       if s.lower().count(own.lower()) and i != said[0]
                       and any(f.group == group.id and figure(f.value).search(s)
                               for f in sheet.facts_of("proportion") if f.value is not None)]
            assert results and min(results) > said[0], (out.audience, own)


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_a_phrase_the_pack_varies_is_not_said_in_two_sentences_in_a_row(path):
    """Dutch results open with "bleek dat" ("Na 10 jaar bleek dat ..."); said in two
    sentences in a row of one paragraph, the second takes one of the pack's other words
    for it; so does a phrase that opens sentences ("Het is bekend dat ..." before two
    background figures), whatever its case."""
    lang = pack("nl")
    varies = list(lang.phrase("results.vary")) if lang.has_phrase("results.vary") else []
    phrases = list(dict.fromkeys(["bleek dat", *varies]))  # the one issue 13 names
    for out in summaries(path, "nl"):
        for paragraph in paragraphs(out.text):
            sentences = lang.sentences(paragraph)
            for phrase in phrases:
                said = [phrase.lower() in s.lower() for s in sentences]
                assert not any(a and b for a, b in pairwise(said)), (out.audience, phrase)


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.parent.name)
def test_posts_vary_the_phrase_results_open_with(path, code):
    """A post's results, like a summary's, never open two sentences in a row with the
    phrase the pack varies (``results.vary``: Dutch "bleek dat"): the LinkedIn post said
    "Na 5 jaar bleek dat ..." three times in a row."""
    lang = pack(code)
    if not lang.has_phrase("results.vary"):
        pytest.skip("the pack varies no phrase")
    made = outputs(path, code, ("social",))
    if not made:
        pytest.skip(f"{path.parent.name} has no {code} wording")
    phrases = [re.compile(rf"(?<!\w){re.escape(p)}(?!\w)") for p in
               dict(lang.phrase("results.vary"))]
    for out in made:
        for para in paragraphs(out.text):
            sentences = lang.sentences(para)
            for pattern in phrases:
                hits = [bool(pattern.search(s)) for s in sentences]
                assert not any(a and b for a, b in pairwise(hits)), (
                    out.audience, out.variant, para)
