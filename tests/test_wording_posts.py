"""Short posts explain their abbreviations (issue 13): an X or Bluesky post that uses a
sheet term's abbreviation ("MS", "EM", "SM") says what it stands for where a shorter
plan of the post leaves room for it (the extras, a shorter caveat or headline go first),
never at the cost of the main result."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
import regex
from plainsum_summary.spell import spellings

from .test_posts_fit import _wording
from .test_wording_slips import NAMES, _outputs

SHORT = ("x", "bluesky")


def _abbreviations(sheet, lang: str) -> list[tuple[object, str]]:
    """Each term's abbreviations and its full name, as the summary spells them out."""
    w = _wording(sheet, lang, "patients", "x")
    if not w.has("grammar.spelled_out"):
        return []
    return [(pattern, long) for long, pattern, _full, _compounds in spellings(w)]


def _explained(text: str, pattern, long: str) -> bool:
    """The abbreviation is absent, or the full name is said beside it (its words as a
    hashtag too: "people with #MultipleSclerosis (MS)")."""
    body = re.sub(r"[#@]\w+|https?://\S+", "", text)
    return pattern.search(body) is None or long.lower() in _untagged(text).lower()


def _untagged(text: str) -> str:
    """``text`` with each hashtag said as its words ("#MultipleSclerosis": "Multiple
    Sclerosis")."""
    return regex.sub(r"#(\w+)", lambda m: " ".join(
        regex.findall(r"\p{Lu}?[\p{Ll}\p{N}]+|\p{Lu}+(?!\p{Ll})", m.group(1))), text)


def _says(text: str, spelled: str) -> bool:
    """``spelled`` ("multiple sclerosis (MS)") in ``text``, its full name as it is or as a
    hashtag ("#MultipleSclerosis (MS)", "MS (#MultipleSklerose)")."""
    return spelled in text or spelled.lower() in _untagged(text).lower()


@pytest.mark.parametrize("name", NAMES)
def test_short_posts_explain_their_abbreviations_where_a_shorter_plan_has_room(name):
    sheet, outputs = _outputs(name)
    explained = unexplained = 0
    for out in outputs:
        if out.generator != "social" or out.platform not in SHORT:
            continue
        for pattern, long in _abbreviations(sheet, out.lang):
            if pattern.search(re.sub(r"[#@]\w+", "", out.text)) is None:
                continue
            if _explained(out.text, pattern, long):
                explained += 1
            else:
                unexplained += 1
                # kept unexplained only where even the shortest post has no room: it
                # is then near the platform's limit
                assert len(out.text) > 200, (out.lang, out.audience, out.platform, out.text)
        # never at the cost of the main result: the post still states a figure
        assert re.search(r"\d", re.sub(r"#\w+|https?://\S+", "", out.text)), out.text
    if name == "hsct-ms-2021":
        assert explained > unexplained, (explained, unexplained)


def test_patient_posts_spell_out_ms_in_several_languages():
    """The seed's patient X posts, in the languages whose headline leaves room."""
    _, outputs = _outputs("hsct-ms-2021")
    said = {o.lang: o.text for o in outputs
            if o.generator == "social" and o.platform == "x" and o.audience == "patients"}
    # the full name first or, where the subgroup's label opens the post, after the
    # abbreviation at its first use ("relapsing-remitting MS (multiple sclerosis)")
    assert (_says(said["en"], "multiple sclerosis (MS)")
            or _says(said["en"], "MS (multiple sclerosis)")), said["en"]
    assert _says(said["es"], "esclerosis múltiple (EM)"), said["es"]
    assert _says(said["pt"], "esclerose múltipla (EM)"), said["pt"]
    assert "(SM)" in said["it"] or "(SM recidivante-remittente)" in said["it"]


def test_press_posts_say_the_result_in_lay_words_to_spell_out_the_condition():
    """A journalist's X post with no room to spell out "EM" beside the technical result
    says the same figure in the sheet's plain words instead (the result and the caveat
    kept): "esclerosis múltiple (EM)", not a bare "EM"."""
    _, outputs = _outputs("hsct-ms-2021")
    said = {(o.lang, o.audience): o.text for o in outputs
            if o.generator == "social" and o.platform == "x"}
    for lang, long in (("es", "esclerosis múltiple (EM)"), ("pt", "esclerose múltipla (EM)"),
                       ("de", "MS (Multiple Sklerose)")):
        for audience in ("press", "clinicians"):
            text = said[lang, audience]
            assert _says(text, long), (lang, audience, text)
            assert "71" in text and "10" in text, text  # the main result is kept
    # the caveat stays in the technical register's words
    assert "grupo de control" in said["es", "press"]
    # a post with room keeps the technical wording of the result
    linkedin = next(o.text for o in outputs if o.generator == "social"
                    and o.platform == "linkedin" and o.lang == "es" and o.audience == "press")
    assert "empeoramiento de la discapacidad" in linkedin


@pytest.mark.parametrize("name", NAMES)
def test_the_publication_line_does_not_open_like_the_sentence_before_it(name):
    """"The study included … The study was published in …": a lay post's publication
    line names the findings, not the study again, in every language."""
    sheet, outputs = _outputs(name)
    journal = sheet.journal
    if journal is None:
        pytest.skip("no journal")
    for out in outputs:
        if out.generator != "social" or out.audience not in ("patients", "public"):
            continue
        name_said = journal.name_in(out.lang)
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", out.text.split("\n\n#")[0]) if s]
        for before, line in pairwise(sentences):
            if name_said and name_said in line:
                assert before.split()[:2] != line.split()[:2], (out.lang, before, line)
