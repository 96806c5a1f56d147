"""A sheet term garbled into a real look-alike term ("rivastigmine" for "rivaroxaban",
"Chloramin" for "Chlorhexidin", "emphysema" for "embolism") is reported as
``term-corrupted``; a term of another look ("apixaban", "Octenidin") stays
``term-swapped``; and a code that extends the sheet's code ("vitamin D3" for the sheet's
"vitamin D") is the same term, while another code ("vitamin C") is still a swap. Each
corrupted sentence is paired with its faithful wording, which must raise nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import corruption as C

CHX = "chlorhexidine-csection-2016"
RIVA = "rivaroxaban-pe-2018"
VITD = "vitamin-d-colorectal-2018"


def found(sheet: str, lang: str, text: str) -> list[Any]:
    return C.alarms(C.check(C.Faithful(sheet, lang, "test", text, "none"), text))


def rules_at(sheet: str, lang: str, text: str, phrase: str) -> set[str]:
    """The rules reported on a span that overlaps ``phrase``."""
    a = text.index(phrase)
    b = a + len(phrase)
    return {f.rule for f in found(sheet, lang, text)
            if f.span and f.span[0] < b and a < f.span[1]}


# sheet, language, faithful sentence, the sheet's word in it, its look-alike
LOOKALIKES = [
    (RIVA, "en", "114 people with a low-risk pulmonary embolism went home early on "
                 "rivaroxaban.", "rivaroxaban", "rivastigmine"),
    (RIVA, "en", "114 people with a low-risk pulmonary embolism went home early on "
                 "rivaroxaban.", "embolism", "emphysema"),
    (RIVA, "es", "114 personas con embolia pulmonar de bajo riesgo se fueron a casa con "
                 "rivaroxabán.", "rivaroxabán", "ribavirina"),
    (RIVA, "fr", "114 personnes avec une embolie pulmonaire à faible risque sont rentrées "
                 "sous rivaroxaban.", "rivaroxaban", "rifaximine"),
    (RIVA, "it", "114 persone con embolia polmonare a basso rischio sono tornate a casa con "
                 "rivaroxaban.", "rivaroxaban", "rivastigmina"),
    (RIVA, "pt", "114 pessoas com embolia pulmonar de baixo risco foram para casa com "
                 "rivaroxabano.", "rivaroxabano", "rivastigmina"),
    (CHX, "de", "Die Reinigung mit Chlorhexidin-Alkohol senkte die Wundinfektionen: 4,0 % "
                "gegenüber 7,3 % mit Jod-Alkohol.", "Chlorhexidin", "Chloramin"),
    (CHX, "en", "Cleaning the skin with chlorhexidine-alcohol cut wound infections: 4.0% "
                "against 7.3% with iodine-alcohol.", "chlorhexidine", "chloroquine"),
]


@pytest.mark.parametrize("sheet, lang, text, word, lookalike", LOOKALIKES)
def test_a_lookalike_term_is_a_corrupted_term(sheet: str, lang: str, text: str, word: str,
                                              lookalike: str) -> None:
    assert not found(sheet, lang, text), found(sheet, lang, text)
    bad = text.replace(word, lookalike, 1)
    rules = rules_at(sheet, lang, bad, lookalike)
    assert "term-corrupted" in rules and "term-swapped" not in rules, found(sheet, lang, bad)


@pytest.mark.parametrize("sheet, lang, text, word, other", [
    (RIVA, "en", "114 people with a low-risk pulmonary embolism went home early on "
                 "rivaroxaban.", "rivaroxaban", "apixaban"),
    (CHX, "de", "Die Reinigung mit Chlorhexidin-Alkohol senkte die Wundinfektionen: 4,0 % "
                "gegenüber 7,3 % mit Jod-Alkohol.", "Chlorhexidin", "Octenidin"),
])
def test_a_term_of_another_look_is_still_a_swap(sheet: str, lang: str, text: str, word: str,
                                                other: str) -> None:
    bad = text.replace(word, other, 1)
    assert "term-swapped" in rules_at(sheet, lang, bad, other), found(sheet, lang, bad)


@pytest.mark.parametrize("lang, text", [
    ("en", "People with more vitamin D3 in their blood had a lower risk of bowel cancer."),
    ("de", "Menschen mit mehr Vitamin D3 im Blut hatten ein geringeres Darmkrebsrisiko."),
    ("es", "Las personas con más vitamina D3 en la sangre tenían menos riesgo de cáncer "
           "colorrectal."),
])
def test_a_code_that_extends_the_sheets_code_is_the_same_term(lang: str, text: str) -> None:
    assert not found(VITD, lang, text), found(VITD, lang, text)
    bad = text.replace("D3", "C", 1)
    assert any(f.rule == "term-swapped" for f in found(VITD, lang, bad)), found(VITD, lang, bad)
