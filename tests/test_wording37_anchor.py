"""Short posts keep the people studied and the event a result's time counts from (issue
13): "After 10 years, 71 out of 100 people with relapsing-remitting MS did not get worse"
(after what? everyone with MS?) is the last resort, not what an X or Bluesky post says
because its headline took the room.

- the event is said by its head noun where the headline names it in full ("10 years
  after the transplant", "a los 10 años del trasplante", "10 ans après la greffe");
- a result that names the intervention and the condition itself is the post's subject
  without the headline ("Of the 122 people with relapsing-remitting MS, … 10 years after
  the stem cell transplant");
- a technical audience's result in the lay words names the event in them too, with the
  article a plain name takes ("after the stem cell transplant", never "after stem cell
  transplant").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import Request, generate
from plainsum.render import Wording
from plainsum_summary.results import event_head

from .conftest import SEED_FACTS, installed, known_terms, registry_with

LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]
AUDIENCES = ["patients", "public", "press", "clinicians"]
# a sentence that opens with the bare time ("After 10 years, …"), in each language
_BARE_TIME = re.compile(r"(?:^|[.!?:]\s+)(?:After|A los|Al cabo de|Après|Au bout de|À|Nach|"
                        r"Dopo|Ao fim de|Após|Na|At)\s+\d+\s", re.M)


@cache
def _posts(code: str) -> list[Any]:
    sheet = load_factsheet(SEED_FACTS, known_terms())
    outs = generate(sheet, registry_with([code]), [code], AUDIENCES, ["social"], check=True)
    return [o for o in outs if o.variant in ("x", "bluesky")]


def _event_words(code: str) -> list[str]:
    """The forms of the event the seed's times count from, and their head nouns."""
    registry = installed()
    sheet = load_factsheet(SEED_FACTS, known_terms())
    pack = registry.language(code)
    w = Wording(Request(sheet, pack, registry.audiences["public"], "social",
                        Lexicon(sheet, pack)), prefix="social")
    forms = w.lex.term(sheet.times["10y"].after).accepted
    return [f.casefold() for f in {*forms, *(event_head(w, f) for f in forms)}]


@pytest.mark.parametrize("code", LANGS)
def test_a_short_post_anchors_its_result_to_the_event(code):
    posts = _posts(code)
    assert len(posts) == 2 * len(AUDIENCES)
    events = _event_words(code)
    main = load_factsheet(SEED_FACTS, known_terms()).main_fact
    for out in posts:
        where = (out.audience, out.variant, out.text)
        assert main in out.facts, where  # the main result is never given up
        assert out.limitations, where  # nor the key caveat
        assert _BARE_TIME.search(out.text) is None, where
        # the time and, after it, the event it counts from
        said = out.text.casefold()
        assert any(re.search(r"\b10\b[^.]{0,40}" + re.escape(e), said) for e in events), where
        assert out.checks.passed, (where, out.checks.findings)


def test_a_plain_event_name_takes_its_article_in_a_technical_post():
    for out in _posts("en"):
        assert not re.search(r"after (stem cell )?transplant\b", out.text), out.text


def _wording(code: str) -> Wording:
    registry = installed()
    sheet = load_factsheet(SEED_FACTS, known_terms())
    pack = registry.language(code)
    return Wording(Request(sheet, pack, registry.audiences["public"], "social",
                           Lexicon(sheet, pack)), prefix="social", short_event=True)


@pytest.mark.parametrize(("code", "name", "head"), [
    # names of events no example sheet has: the head noun of each language's noun phrase
    ("en", "removal of the appendix", "removal"),
    ("en", "knee replacement surgery", "surgery"),
    ("en", "aHSCT", "aHSCT"),
    ("es", "extirpación del apéndice", "extirpación"),
    ("es", "cesárea programada", "cesárea"),
    ("fr", "pose d'une prothèse de hanche", "pose"),
    ("it", "intervento chirurgico al ginocchio", "intervento"),
    ("pt", "cirurgia de substituição do joelho", "cirurgia"),
    ("de", "Entfernung der Gallenblase", "Entfernung"),
    ("de", "geplanter Kaiserschnitt", "Kaiserschnitt"),
    ("nl", "operatie aan de knie", "operatie"),
    ("nl", "geplande keizersnede", "keizersnede"),
])
def test_the_head_noun_of_an_event(code, name, head):
    registry_with([code])
    assert event_head(_wording(code), name) == head
