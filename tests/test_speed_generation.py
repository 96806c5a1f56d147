"""Work the generators share or skip gives what working it out afresh gives: a series
worded once for the generators and audiences that word it alike, and the sheet's words
found without compiling a pattern for each (bench/bundle.py, issue 11)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import Request
from plainsum.render import Wording
from plainsum_summary import results
from plainsum_summary.results import series_key, series_sentence
from plainsum_summary.wordfind import FullName, Words, has_word

from .conftest import SEED_FACTS, installed

# letters that fold oddly, word and non-word characters, white space and brackets
LETTERS = "abAB sSſkKKiIİıéÉ_-1'’.(\n\u00a0"


@pytest.fixture
def seed(registry):
    return load_factsheet(str(SEED_FACTS), registry.known_terms())


def _series(sheet) -> list:
    """The seed's one group's shares of one outcome at several times."""
    units: dict = {}
    for fact in sheet.facts.values():
        key = series_key(fact)
        if key is not None and key[0] != "mean":
            units.setdefault(key, []).append(fact)
    return next(facts for facts in units.values() if len(facts) > 1)


def _wording(registry, sheet, pack, audience: str, prefix: str, lex: Lexicon) -> Wording:
    request = Request(sheet, pack, registry.audiences[audience], "summary", lex)
    return Wording(request, prefix=prefix)


def test_a_series_is_worded_once_for_every_generator(registry, seed, monkeypatch) -> None:
    """The summary, the posts and the SMS say the same series: worded once, and what
    each gets is what it would have worded alone."""
    made: list[str] = []
    plain = results._series_sentence

    def counted(w, facts, anchor, named):
        made.append(w.prefix)
        return plain(w, facts, anchor, named)

    pack = registry.language("en")
    facts = _series(seed)
    alone = {prefix: series_sentence(_wording(registry, seed, pack, "patients", prefix,
                                              Lexicon(seed, pack)), facts).text
             for prefix in ("summary", "social", "sms")}
    monkeypatch.setattr(results, "_series_sentence", counted)
    shared = Lexicon(seed, pack)
    said = {prefix: series_sentence(_wording(registry, seed, pack, "patients", prefix,
                                             shared), facts)
            for prefix in ("summary", "social", "sms")}
    assert made == ["summary"]
    assert {p: s.text for p, s in said.items()} == alone
    said["social"].text = "changed"  # a copy: the next one asking gets the words
    again = series_sentence(_wording(registry, seed, pack, "patients", "sms", shared), facts)
    assert again.text == alone["sms"]


def test_a_generator_with_its_own_series_phrase_words_its_own(registry, seed) -> None:
    pack = registry.language("en")
    phrases = dict(pack.phrases)
    phrases["social"] = {**phrases.get("social", {}),
                         "results": {"series": "OWN {value} {time}"}}
    own = dataclasses.replace(pack, phrases=phrases)
    facts = _series(seed)
    lex = Lexicon(seed, own)
    summary = series_sentence(_wording(registry, seed, own, "public", "summary", lex), facts)
    social = series_sentence(_wording(registry, seed, own, "public", "social", lex), facts)
    assert social.text.startswith("OWN "), social.text
    assert not summary.text.startswith("OWN "), summary.text


def _pattern_words(forms: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(
        map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS, max_size=4), min_size=1, max_size=4),
       st.text(alphabet=LETTERS, max_size=30))
def test_forms_are_found_where_their_pattern_finds_them(forms: list[str], text: str) -> None:
    want = [(m.span(), m.group()) for m in _pattern_words(forms).finditer(text)]
    found = Words(forms)
    assert [(m.span(), m.group()) for m in found.finditer(text)] == want
    first = found.search(text)
    assert (first.span() if first else None) == (want[0][0] if want else None)
    assert found.pattern == _pattern_words(forms).pattern
    word = forms[0]
    assert has_word(text, word) == bool(
        re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text))


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=LETTERS, max_size=4), st.text(alphabet=LETTERS, max_size=30),
       st.sampled_from(["MS", "", "SEP", "x\\1", "\\g<0>"]))
def test_a_full_name_is_replaced_where_its_pattern_replaces_it(name: str, text: str,
                                                               short: str) -> None:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s*\()", re.IGNORECASE)
    try:
        want = pattern.sub(short, text)
    except re.error:  # a bad group reference: the pattern's own error
        with pytest.raises(re.error):
            FullName(name).sub(short, text)
        return
    assert FullName(name).sub(short, text) == want


def test_the_sheets_forms_are_found_where_their_patterns_find_them(registry, seed) -> None:
    """Every term form of the seed, in the seed's summaries of six languages."""
    from plainsum.pipeline import generate

    hits = 0
    for code in ("en", "es", "fr", "de", "it", "pt"):
        lex = Lexicon(seed, registry.language(code))
        forms = [f for tid in seed.terms for f in lex.term(tid).accepted if f]
        texts = [o.text for o in generate(seed, registry, [code], ["patients", "press"],
                                          ["summary"], check=False)]
        for text in texts:
            for form in forms:
                want = [m.span() for m in _pattern_words([form]).finditer(text)]
                assert [m.span() for m in Words([form]).finditer(text)] == want
                assert has_word(text, form) == bool(want)
                hits += bool(want)
            assert [m.span() for m in Words(forms).finditer(text)] == \
                [m.span() for m in _pattern_words(forms).finditer(text)]
    assert hits > 50


def _x_weight_by_the_rule(text: str) -> int:
    """twitter-text v3 as plainsum first wrote it: every URL 23, an emoji sequence 2,
    other code points 1 in the light ranges and 2 elsewhere (no shortcut)."""
    from plainsum.platforms import _GRAPHEME, _LIGHT, EMOJI_RE, URL_RE

    total = 23 * len(URL_RE.findall(text))
    for cluster in _GRAPHEME.findall(URL_RE.sub("", text)):
        if EMOJI_RE.search(cluster):
            total += 2
            continue
        total += sum(1 if any(lo <= ord(ch) <= hi for lo, hi in _LIGHT) else 2
                     for ch in cluster)
    return total


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["http", "https://", "www.", "x.org/a", " ", "\n", "a", "é",
                                 "©", "😀", "中", "\u200d", "h", "p:/", ".", "\u2013",
                                 "\U0001F44D\U0001F3FD", "\r\n", "#MS"]), max_size=14))
def test_platform_counts_are_the_rules_counts(pieces: list[str]) -> None:
    from plainsum.platforms import PLATFORMS, URL_RE

    text = "".join(pieces)
    assert PLATFORMS["x"].count(text) == _x_weight_by_the_rule(text)
    assert PLATFORMS["mastodon"].count(text) == (len(URL_RE.sub("", text))
                                                 + 23 * len(URL_RE.findall(text)))


def test_a_copied_sentence_is_what_replace_makes() -> None:
    from plainsum.render import Sentence, copied

    first = Sentence("Text.", ("a", "b"), 3, "result")
    for changes in ({}, {"priority": 0}, {"text": "Other.", "role": "limit:x"}):
        made = copied(first, **changes)
        assert made == dataclasses.replace(first, **changes) and made is not first
    assert first == Sentence("Text.", ("a", "b"), 3, "result")  # the original unchanged
    with pytest.raises(TypeError):
        copied(first, colour="red")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=list("ab AZé1 9.,'’-_²½٣Ⅻ\u0301\n\tß中\u00a0\u202fǅ১"), max_size=30))
def test_words_and_sentences_are_read_as_the_regex_module_reads_them(text: str) -> None:
    """A text the ``re`` module reads for speed gives the words and the worded sentences
    the ``regex`` patterns give."""
    from plainsum.language import _WORD_START, WORD_RE

    pack = installed().language("en")
    assert pack.words(text) == WORD_RE.findall(text)
    spans = pack.sentence_spans(text)
    assert pack._worded_sentences(text) == sum(1 for a, b in spans
                                               if _WORD_START.search(text, a, b))
