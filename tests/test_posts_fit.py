"""Posts keep their subject, their main result and the caveat (issue 13 item 1).

Read from the posts themselves, for the seed and every example sheet in every language
it is worded in: the headline opens every post; the key limitation (or, for an
observational study without one, "a link, not a cause") is in every post; the main
figure is left out only where even the shortest form of the kept parts cannot hold it
(the groups by their short labels, the caveat in one sentence, no handle, no link; the
local hashtags stay); the groups' short labels are said only where the full ones do not
fit; and a sheet nobody wrote for posts (long labels, no caveat, no link) still gives
posts that fit and keep their subject.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.factsheet.model import FactSheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import Request, generate
from plainsum.platforms import PLATFORMS
from plainsum.render import Section, Sentence, Wording
from plainsum_social import posts as P
from plainsum_summary.spell import unabbreviated

from .conftest import ROOT, installed, known_terms

AUDIENCES = ["patients", "public", "press", "clinicians"]
SHEETS = {p.parent.name: p for p in [ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml",
                                     *sorted((ROOT / "examples").glob("*/facts.yaml"))]}
ALL_LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]


def _langs(sheet: FactSheet) -> list[str]:
    registry = installed()
    return [lang for lang in ALL_LANGS if lang in registry.languages and sheet.title_in(lang)]


@functools.cache
def _posts(name: str) -> tuple[FactSheet, list[Any]]:
    sheet = load_factsheet(SHEETS[name], known_terms())
    outputs = generate(sheet, installed(), _langs(sheet), AUDIENCES, ["social"])
    return sheet, outputs


def _wording(sheet: FactSheet, lang: str, audience: str, platform: str) -> Wording:
    registry = installed()
    pack = registry.language(lang)
    request = Request(sheet, pack, registry.audience(audience), platform,
                      Lexicon(sheet, pack), [])
    return Wording(request, prefix="social")


def _shortest_with_lead(w: Wording, platform: str) -> int:
    """The length of the shortest post that still says the main result: its kept parts
    said in their shortest forms (hours as "h", a hashtag the headline says tagged there),
    with every hashtag (the local ones are as required as the sheet's own: issue 13 item 4)."""
    plan = replace(P._SHORT, handle=False, link=False, inline_tags=True, short_units=True)
    sections = P.candidates(w, platform, plan, {})
    sections, tags = P.inline_tags(sections, w.sheet.hashtags_in(w.lex.lang))
    kept = {(i, j) for i, sec in enumerate(sections) for j, s in enumerate(sec.sentences)
            if s.priority == 0}
    text = P._join(sections, kept, P._tail(tags, None, None),
                   platform in P.PARAGRAPHS)
    return PLATFORMS[platform].count(text)


def _tagged(headline: str, tags: list[str]) -> str:
    """The headline with the hashtags its words say put in their place."""
    sections, _ = P.inline_tags([Section([Sentence(headline)])], tags)
    return sections[0].sentences[0].text


def _headlines(sheet: FactSheet, lang: str, audience: str) -> list[str]:
    own = (sheet.raw.get("audiences") or {}).get(audience, {}).get("title")
    titles = [sheet.title_in(lang), sheet.short_title_in(lang)]
    if isinstance(own, dict):
        titles.append(own.get(lang))
    return [t.rstrip(".") for t in titles if t]


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_every_post_keeps_its_subject_and_its_caveat_and_passes_its_checks(name):
    sheet, outputs = _posts(name)
    keys = [lim.id for lim in sheet.key_limitations]
    assert outputs
    for post in outputs:
        where = (post.variant, post.audience, post.lang)
        assert post.checks is None or post.checks.passed, (where, post.checks)
        platform = PLATFORMS[post.platform]
        assert platform.count(post.text) <= platform.limit, where
        # an abbreviation the headline uses is spelled out there: "MS (Multiple Sklerose)"
        # (or the full name with the abbreviation after it: "sclerosi multipla (SM)")
        w = _wording(sheet, post.lang, post.audience, post.platform)
        said = (post.text, _unspelled(w, post.text), re.sub(r" \([^()]*\)", "", post.text))
        # or, with no room for that, the full name in its place ("… et sclérose en plaques")
        heads = _headlines(sheet, post.lang, post.audience)
        heads += [u for t in heads if (u := unabbreviated(w, t)) is not None]
        # or with the words of a hashtag tagged in place ("#Kaiserschnitt: weniger …")
        heads += [_tagged(t, sheet.hashtags_in(post.lang)) for t in heads]
        # or no headline where the main result names the intervention and the condition
        # itself ("Of the 122 people with relapsing-remitting MS, … after the stem cell
        # transplant"): the anchored result before a bare "After 10 years, …"
        assert (any(s.startswith(t) for t in heads for s in said)
                or (sheet.main_fact in post.facts and P.names_subject(w, post.text))), where
        if keys:
            assert set(keys) <= set(post.limitations), where
        elif sheet.evidence == "observational":
            w = _wording(sheet, post.lang, post.audience, post.platform)
            notes = [P.association_note(w, short) for short in (False, True)]
            assert any(n is not None and n.text in post.text for n in notes), where


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_a_post_leaves_out_its_main_figure_only_where_it_cannot_fit(name):
    sheet, outputs = _posts(name)
    for post in outputs:
        if sheet.main_fact in post.facts:
            continue
        w = _wording(sheet, post.lang, post.audience, post.platform)
        assert _shortest_with_lead(w, post.platform) > PLATFORMS[post.platform].limit, (
            post.variant, post.audience, post.lang)


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_short_labels_are_said_only_where_the_full_ones_do_not_fit(name):
    """LinkedIn has room: its main result names the groups by their full labels."""
    sheet, outputs = _posts(name)
    main = sheet.facts[sheet.main_fact]
    arms = [sheet.facts[f] for f in getattr(main, "facts", ()) if f in sheet.facts]
    groups = {g for f in (main, *arms) for g in (f.group, getattr(f, "versus", None))
              if g in sheet.groups and sheet.groups[g].short is not None}
    for post in outputs:
        if post.variant != "linkedin":
            continue
        w = _wording(sheet, post.lang, post.audience, post.platform)
        assert all(w.group(g).lower() in post.text.lower() for g in groups), (
            post.audience, post.lang)


def test_the_short_labels_bring_the_main_figure_into_x_posts():
    """The chlorhexidine trial's X posts said no figure at all before the sheet gave its
    groups short labels; with them every one says it, in every language."""
    sheet, outputs = _posts("chlorhexidine-csection-2016")
    x = [o for o in outputs if o.variant == "x"]
    assert len(x) == 4 * len(_langs(sheet))
    assert all(sheet.main_fact in o.facts for o in x), [
        (o.audience, o.lang) for o in x if sheet.main_fact not in o.facts]
    patients = next(o for o in x if o.audience == "patients" and o.lang == "en")
    assert "4 out of 100 women with chlorhexidine got a wound infection" in patients.text
    # and the same post where the short labels are gone says the result no more
    raw = copy.deepcopy(sheet.raw)
    for group in raw["groups"]:
        group.pop("short", None)
    bare = FactSheet.from_dict(raw, str(SHEETS["chlorhexidine-csection-2016"]))
    w = _wording(bare, "en", "patients", "x")
    assert _shortest_with_lead(w, "x") > PLATFORMS["x"].limit


def test_an_observational_post_with_no_room_says_link_not_cause_in_a_few_words():
    sheet, outputs = _posts("vitamin-d-colorectal-2018")
    for lang in _langs(sheet):
        w = _wording(sheet, lang, "press", "x")
        full, short = (P.association_note(w, s) for s in (False, True))
        assert full is not None and short is not None and len(short.text) < len(full.text)
        x = next(o for o in outputs if o.variant == "x" and o.audience == "press"
                 and o.lang == lang)
        linkedin = next(o for o in outputs if o.variant == "linkedin"
                        and o.audience == "press" and o.lang == lang)
        assert full.text in linkedin.text, lang
        assert short.text in x.text or full.text in x.text, lang


def _unwritten(tmp_path: Path) -> Path:
    """The trial's sheet as a press officer might first write it: every group label
    twice as long, no short labels or short title, no limitation, no link."""
    raw = yaml.safe_load(SHEETS["chlorhexidine-csection-2016"].read_text(encoding="utf-8"))
    raw.pop("short_title", None)
    raw.pop("limitations", None)
    raw["publication"].pop("doi", None)
    raw["publication"].pop("url", None)
    raw.pop("links", None)
    for group in raw["groups"]:
        group.pop("short", None)
        for lang, label in group["label"].items():
            if isinstance(label, dict):
                group["label"][lang] = {k: f"{v} at the hospital in the study"
                                        if lang == "en" else v for k, v in label.items()}
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_a_sheet_with_long_labels_no_caveat_and_no_link_still_gives_posts_that_fit(
        tmp_path):
    sheet = load_factsheet(_unwritten(tmp_path), known_terms())
    assert not sheet.limitations and sheet.link is None
    outputs = generate(sheet, installed(), ["en", "es"], AUDIENCES, ["social"],
                       check=False)
    assert len(outputs) == 2 * len(AUDIENCES) * len(PLATFORMS)
    for post in outputs:
        platform = PLATFORMS[post.platform]
        assert platform.count(post.text) <= platform.limit
        assert post.text.startswith((sheet.title_in(post.lang),
                                     _tagged(sheet.title_in(post.lang),
                                             sheet.hashtags_in(post.lang)))), post.text
        assert "http" not in post.text and post.limitations == []
        if sheet.main_fact not in post.facts:
            w = _wording(sheet, post.lang, post.audience, post.platform)
            assert _shortest_with_lead(w, post.platform) > platform.limit
    # LinkedIn has room for the long labels, which it says as written
    linkedin = next(o for o in outputs if o.variant == "linkedin" and o.lang == "en"
                    and o.audience == "patients")
    assert "at the hospital in the study" in linkedin.text


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_one_groups_figures_at_several_times_are_said_together_in_a_post(name):
    """As in a summary: a post that keeps a group's share of an outcome at two times says
    the group once ("Of the 122 people with relapsing-remitting MS, 86 out of 100 ... 5
    years after the transplant, and 71 out of 100 after 10 years"), never a sentence per
    time with the group's label each time."""
    from plainsum_summary.results import series_key, series_sentence

    sheet, outputs = _posts(name)
    for post in outputs:
        keys: dict[Any, list[str]] = {}
        for fact_id in post.facts:
            key = series_key(sheet.facts[fact_id]) if fact_id in sheet.facts else None
            if key is not None and key[0] != "mean":
                keys.setdefault(key, []).append(fact_id)
        w = _wording(sheet, post.lang, post.audience, post.platform)
        for facts in keys.values():
            if len(facts) < 2:
                continue
            together = [series_sentence(w, [sheet.facts[f] for f in facts], anchor=a,
                                        named=n).text
                        for a in (True, False) for n in (False, True)]
            assert any(t in _unspelled(w, post.text) for t in together), (
                post.variant, post.audience, post.lang, facts)


def _unspelled(w: Wording, text: str) -> str:
    """A post's text with its spelled-out abbreviations said short again ("relapsing-
    remitting MS (multiple sclerosis)" → "relapsing-remitting MS"): the sentences as
    worded before the post spelled them out."""
    import re

    from plainsum_summary.spell import spellings

    for long, pattern, _, _ in spellings(w):
        text = re.sub(rf"\s*\((?:[^():]*:\s*)?{re.escape(long)}\)", "", text)
        text = re.sub(rf"{re.escape(long)} \(({pattern.pattern})\)", r"\1", text)
    return text


def test_every_x_post_of_the_two_means_trial_says_its_main_result():
    """The rivaroxaban trial's main result is two means; with the sheet's short forms of
    the measure (technical ones included) every X post says it, press and clinicians too,
    in every language (the French and German press posts had no room before), beside
    the local hashtag too (issue 13 item 4: tagged in the headline, "#Lungenembolie mit
    niedrigem Risiko: …", with hours as "4,8 h" where there is no other room)."""
    sheet, outputs = _posts("rivaroxaban-pe-2018")
    x = [o for o in outputs if o.variant == "x"]
    assert len(x) == 4 * len(_langs(sheet))
    assert all(sheet.main_fact in o.facts for o in x), [
        (o.audience, o.lang) for o in x if sheet.main_fact not in o.facts]
    assert all(t in o.text for o in x for t in sheet.hashtags_in(o.lang))
