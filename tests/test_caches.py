"""Caches that make checking fast never answer for another fact sheet, pack or text."""

from __future__ import annotations

import dataclasses
import gc

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.factsheet.load import Located, _careful, _fast, _index, parse_yaml
from plainsum.lexicon import Lexicon
from plainsum.memo import Memo
from plainsum.pipeline import CheckContext, check_text

from .conftest import SEED_FACTS, TRIAL_FACTS, module_registry

TEXT = ("In people with relapsing-remitting MS, 71% had no worsening of disability at 10 "
        "years after a stem cell transplant.")


PACKS = ("en",)  # module_registry skips the module without them
registry = module_registry  # one registry for this module's tests: tests/conftest.py


def rules(registry, sheet, text, lang="en"):
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="all")
    return [(f.rule, f.fact, f.span) for f in
            check_text(text, context, registry, with_readability=False).findings]


def test_memo_is_per_owner_and_bounded():
    memo: Memo[str] = Memo(size=2)
    a, b = object(), object()
    assert memo.get((a,), "k", lambda: "a") == "a"
    assert memo.get((a,), "k", lambda: "again") == "a"
    assert memo.get((b,), "k", lambda: "b") == "b"  # same key, another owner
    memo.get((b,), "other", lambda: "c")
    assert memo.get((a,), "k", lambda: "made anew") == "made anew"  # the oldest went


def test_another_sheet_with_the_same_text_is_checked_afresh(registry, tmp_path):
    seed = load_factsheet(str(SEED_FACTS), registry.known_terms())
    at = (TEXT.index("71%"), TEXT.index("71%") + 3)

    def covers(span):  # a finding at the figure (it may reach the group's words too)
        return span is not None and span[0] <= at[0] and at[1] <= span[1]

    assert not [r for r in rules(registry, seed, TEXT) if covers(r[2])]
    changed = tmp_path / "facts.yaml"
    changed.write_text(SEED_FACTS.read_text(encoding="utf-8").replace("value: 71", "value: 72", 1),
                       encoding="utf-8")
    other = load_factsheet(str(changed), registry.known_terms())
    del seed
    gc.collect()  # the first sheet's id may be reused: no cache may mistake one for the other
    found = rules(registry, other, TEXT)
    assert [r for r in found if covers(r[2]) and r[0] != "missing-fact"]
    trial = load_factsheet(str(TRIAL_FACTS), registry.known_terms())
    assert rules(registry, trial, TEXT) != found


def test_same_sheet_same_answers_every_time(registry):
    sheet = load_factsheet(str(SEED_FACTS), registry.known_terms())
    text = TEXT.replace("71%", "73%").replace("stem cell transplant", "stem cell transmission")
    first = rules(registry, sheet, text)
    assert first == rules(registry, sheet, text) == rules(
        registry, load_factsheet(str(SEED_FACTS), registry.known_terms()), text)


def test_sentence_spans_follow_the_packs_abbreviations(registry):
    pack = registry.language("en")
    text = "Ask Xyz. Then it. Then stop."
    before = pack.sentence_spans(text)
    assert len(before) == 3
    other = dataclasses.replace(pack, abbreviations=pack.abbreviations | {"xyz."})
    assert len(other.sentence_spans(text)) == 2
    assert pack.sentence_spans(text) == before


def test_libyaml_and_python_loaders_agree():
    text = SEED_FACTS.read_text(encoding="utf-8")
    fast = _fast(text, "x")
    if fast is None:
        pytest.skip("PyYAML is built without libyaml")
    slow = _careful(text, "x")
    assert fast[1] == slow[1]
    located = [Located(None, {}), Located(None, {})]
    for node, out in zip((fast[0], slow[0]), located, strict=True):
        _index(node, (), out, set())
    assert located[0].positions == located[1].positions
    assert isinstance(parse_yaml(text, "x").data["publication"]["date"], str)  # not a date


def test_what_a_run_worked_out_goes_with_it(registry):
    """Readings and indexes live on the run's lexicon: no process-wide cache keeps a
    finished run's lexicon (and every sentence it read) alive."""
    import weakref

    sheet = load_factsheet(str(SEED_FACTS), registry.known_terms())
    pack = registry.language("en")
    lexicon = Lexicon(sheet, pack)
    context = CheckContext(sheet, pack, None, lexicon, require="all")
    assert check_text(TEXT, context, registry).findings
    assert lexicon.memo  # the run remembered what it read
    gone = weakref.ref(lexicon)
    del context, lexicon
    gc.collect()
    assert gone() is None


def test_what_is_read_of_a_sheet_alone_serves_every_run_of_it(registry):
    """``remember_sheet``: made once per fact sheet and language in the process, for
    every run (each ``plainsum check`` of a text is a run); another sheet object or
    another language makes its own."""
    sheet = load_factsheet(str(SEED_FACTS), registry.known_terms())
    other = load_factsheet(str(SEED_FACTS), registry.known_terms())
    en = registry.language("en")
    made = []

    def make():
        made.append(1)
        return len(made)

    assert Lexicon(sheet, en).remember_sheet(("k",), make) == 1
    assert Lexicon(sheet, en).remember_sheet(("k",), make) == 1  # a later run
    assert Lexicon(other, en).remember_sheet(("k",), make) == 2  # an equal sheet, not it
    if "es" in registry.languages:
        assert Lexicon(sheet, registry.language("es")).remember_sheet(("k",), make) == 3


def test_a_later_check_against_the_same_sheet_reads_no_word_list_again(registry,
                                                                        monkeypatch):
    """The word lists and phrase indexes a check reads of the sheet and its language
    (the facts' joiners, the sheet's terms for the CCI, the quotes and names readability
    leaves out) are read by the first check of a text against the sheet, not by every
    one; the findings and scores are those of a sheet read afresh."""
    from plainsum import pipeline
    from plainsum_checks import cci_terms, facts

    sheet = load_factsheet(str(SEED_FACTS), registry.known_terms())
    pack = registry.language("en")
    audience = registry.audience(next(iter(registry.audiences)))

    def check(text, on):
        context = CheckContext(on, pack, audience, Lexicon(on, pack), require="all")
        found = check_text(text, context, registry)
        return [(f.rule, f.span) for f in found.findings], found.scores, found.readability

    check(TEXT, sheet)
    later = TEXT.replace("71%", "72%") + " Ask your doctor."

    def again(*_args):
        raise AssertionError("read again in a later run")

    with monkeypatch.context() as patched:
        for module, name in ((facts, "_joiners"), (facts, "_stopwords"), (facts, "_kinds"),
                             (cci_terms, "_term_words"), (pipeline, "_scored_parts")):
            patched.setattr(module, name, again)
        seen = check(later, sheet)
    fresh = load_factsheet(str(SEED_FACTS), registry.known_terms())
    assert seen == check(later, fresh)
    assert seen[0]  # the changed figure is still found
