"""Work the renderer shares between outputs gives what working it out afresh gives: a
fact's sentence worded once for audiences that read it alike, Babel's unit words and
plural categories once per value and locale (bench/bundle.py)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from babel import Locale
from babel.units import format_unit
from plainsum.factsheet import load_factsheet
from plainsum.language import _plural_form, cldr_unit
from plainsum.lexicon import Lexicon
from plainsum.pipeline import Request
from plainsum.render import Wording

from .conftest import SEED_FACTS

# two audiences of one register that both read shares as percentages
SAME_READERS = ("press", "clinicians")


@pytest.fixture
def seed(registry):
    return load_factsheet(str(SEED_FACTS), registry.known_terms())


def _wording(registry, sheet, pack, audience: str, lexicon: Lexicon) -> Wording:
    request = Request(sheet, pack, registry.audiences[audience], "summary", lexicon)
    return Wording(request, prefix="summary")


def _said(w: Wording, sheet) -> list[str]:
    out = []
    for fact in sheet.facts.values():
        sentence = w.fact_sentence(fact)
        out.append(sentence.text if sentence is not None else "")
    return out


def test_audiences_that_read_alike_get_the_sentences_worded_afresh(registry, seed) -> None:
    for code, pack in registry.languages.items():
        if not seed.title_in(code):
            continue  # the sheet has no wording in this language (an example pack)
        shared = Lexicon(seed, pack)
        first, second = (_said(_wording(registry, seed, pack, a, shared), seed)
                         for a in SAME_READERS)
        alone = _said(_wording(registry, seed, pack, SAME_READERS[1], Lexicon(seed, pack)),
                      seed)
        assert second == alone, code
        assert first, code


def test_a_sentence_two_audiences_read_alike_is_worded_once(registry, seed,
                                                            monkeypatch) -> None:
    made: list[str] = []
    plain = Wording._proportion

    def counted(self: Wording, fact: Any, *args: Any, **kwargs: Any) -> Any:
        made.append(fact.id)
        return plain(self, fact, *args, **kwargs)

    monkeypatch.setattr(Wording, "_proportion", counted)
    pack = registry.language("en")
    shared = Lexicon(seed, pack)
    fact = next(f for f in seed.facts.values() if f.kind == "proportion" and not f.background)
    # two audiences no phrase has a variant for ("clinicians" is also a head noun some
    # phrases pick by, so the built-in ones may not share every sentence)
    texts = set()
    for name in ("readers-a", "readers-b"):
        audience = dataclasses.replace(registry.audiences["press"], id=name)
        request = Request(seed, pack, audience, "summary", shared)
        texts.add(Wording(request, prefix="summary").proportion(fact).text)
    assert made == [fact.id]
    assert len(texts) == 1


def test_an_audience_with_a_variant_of_its_own_gets_it(registry, seed) -> None:
    pack = registry.language("en")
    node = pack.phrase("fact.proportion")
    variant = {"clinicians": "Clinicians read {value}.",
               **(node if isinstance(node, dict) else {"default": node})}
    phrases = {**pack.phrases, "fact": {**pack.phrases["fact"], "proportion": variant}}
    pack = dataclasses.replace(pack, phrases=phrases)
    shared = Lexicon(seed, pack)
    fact = next(f for f in seed.facts.values() if f.kind == "proportion" and not f.background)
    press, clinicians = (_wording(registry, seed, pack, a, shared).proportion(fact).text
                         for a in SAME_READERS)
    assert clinicians.startswith("Clinicians read")
    assert not press.startswith("Clinicians read")


@pytest.mark.parametrize("locale", ["en", "es", "fr", "de", "it", "pt", "nl"])
def test_unit_words_kept_per_value_are_babels(locale: str) -> None:
    for value in (1, 1.0, 2, 2.5, 10, 30.0, 1000):
        for unit in ("duration-year", "duration-day", "duration-month"):
            for length in ("long", "short"):
                assert cldr_unit(value, unit, length, locale) == format_unit(
                    value, unit, length=length, locale=Locale.parse(locale),
                    format="#,##0.#"), (value, unit, length)


@pytest.mark.parametrize("locale", ["en", "fr", "pt", "it", "de"])
def test_plural_categories_kept_per_value_are_babels(locale: str) -> None:
    for value in (0, 1, 1.0, 1.5, 2, 11, 0.5, 1000000):
        assert _plural_form(locale, type(value), value) == Locale.parse(locale).plural_form(
            value), value


def test_a_post_fits_as_its_count_says() -> None:
    from plainsum.platforms import PLATFORMS

    texts = ["plain words " * 30, "e\u0301te\u0301 " * 80, "👩‍👩‍👧 family " * 40,
             "中文字 " * 90, "see https://example.org/a " * 20, "x" * 300, ""]
    for platform in PLATFORMS.values():
        for text in texts:
            for cut in range(0, len(text) + 1, 7):
                piece = text[:cut]
                assert platform.fits(piece) == (platform.count(piece) <= platform.limit), (
                    platform.id, len(piece))


def test_a_run_lets_go_of_what_it_remembered(registry, seed, monkeypatch) -> None:
    import plainsum.pipeline as pipeline

    made: list[Lexicon] = []

    class Kept(Lexicon):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    analysed: list[Any] = []
    plain = pipeline.analyse

    def kept(text: str, context: Any) -> Any:
        analysed.append(plain(text, context))
        return analysed[-1]

    monkeypatch.setattr(pipeline, "Lexicon", Kept)
    monkeypatch.setattr(pipeline, "analyse", kept)
    outputs = pipeline.generate(seed, registry, ["en"], ["patients"])
    assert made and outputs and all(o.checks is not None for o in outputs)
    assert all(not lexicon.memo for lexicon in made)
    # nor does an analysis keep what points back at it (freed without the collector)
    assert analysed and all(not a.parts and "context" not in vars(a) for a in analysed)
