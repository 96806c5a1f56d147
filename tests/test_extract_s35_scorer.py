"""The scorer's key words and German compounds: German writes a noun phrase as one word
("Darmkrebsrisiko", "Knieschmerzen"), so in a German draft a reviewer's key word of five
letters or more counts inside a word; in other languages, and for shorter keys, a key word
still has to start a word ("untreated" is no "treated", "Darmkrebs" no "arm")."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import gold_score as gs  # noqa: E402


def _score(lang: str, group: str, outcome: str, keys_group: tuple[str, ...],
           keys_outcome: tuple[str, ...]) -> gs.FigureScore:
    draft = {"lang": lang,
             "groups": [{"id": "g", "label": {lang: {"plain": group}}}],
             "outcomes": [{"id": "o", "label": {lang: {"plain": outcome}}}],
             "facts": [{"id": "f", "kind": "proportion", "value": 4.2, "group": "g",
                        "outcome": "o"}]}
    gold = gs.GoldFigure(id="f1", value=4.2, kind="proportion", group=keys_group,
                         outcome=keys_outcome, decimals=1)
    return gs.score_figure(gold, gs.DraftView(draft).carriers())


def test_a_german_compound_holds_the_key_word():
    assert _score("de", "Teilnehmende mit Sport", "Darmkrebsrisiko", ("sport",),
                  ("krebs", "cancer")).right
    assert _score("de", "Erwachsene", "Knieschmerzen", (), ("schmerz", "pain")).right


def test_a_short_key_or_another_language_still_needs_a_word_start():
    # "arm" (three letters) sits inside "Darmkrebs" by chance
    assert not _score("de", "Darmkrebs-Gruppe", "Rückfall", ("arm",), ()).right
    # English: "untreated mice" are not the treated ones
    assert not _score("en", "untreated mice", "plaques", ("treated",), ("plaque",)).right
    assert _score("en", "treated mice", "plaques", ("treated",), ("plaque",)).right
    # Spanish words are not compounds: "prevención" holds no "vención"
    assert not _score("es", "grupo", "prevención", (), ("vención",)).right


def test_a_word_start_after_an_accented_letter_is_none():
    # ("tránsito": "nsito" follows a letter, accented or not, so it starts no word; the
    # old rule took any letter outside a-z for a word's edge)
    assert not _score("es", "grupo", "tránsito intestinal", (), ("nsito",)).right
    assert _score("es", "grupo", "tránsito intestinal", (), ("intestin",)).right
