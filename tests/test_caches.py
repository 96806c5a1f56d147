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
