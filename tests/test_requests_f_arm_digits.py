"""facts: the sheet's arms counted in digits ("Ärzte in den USA haben 2 Mittel
verglichen.", as easy-language texts write it) are counted as a number word counts them
("zwei Mittel"); a digit before any other noun is still a figure to judge: "2 of the
women had an infection" where the sheet says 23, and a wrong count of the arms ("3
Mittel" on a two-arm sheet) are still caught (paired)."""

from __future__ import annotations

from typing import Any

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text

from .conftest import TRIAL_FACTS, module_registry

registry = module_registry
RULES = {"unsupported-number", "wrong-context"}


@pytest.fixture(scope="module")
def chx(registry: Any) -> Any:
    return load_factsheet(str(TRIAL_FACTS), registry.known_terms())


def _numbers(registry: Any, sheet: Any, lang: str, text: str) -> list[str]:
    """The text from each number found wrong on (its number and the words after)."""
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return [text[f.span[0]:] for f in check_text(text, context, registry,
                                                 with_readability=False).findings
            if f.rule in RULES]


@pytest.mark.parametrize("lang, text", [
    ("de", "Ärzte in den USA haben 2 Mittel verglichen."),
    ("de", "Die Studie verglich 2 verschiedene Mittel zur Hautreinigung."),
    ("en", "Doctors compared 2 antiseptics before a caesarean."),
    ("en", "The study compared 2 different cleansers."),
    ("fr", "Les médecins ont comparé 2 produits."),
    ("es", "Los médicos compararon 2 antisépticos."),
    ("it", "I medici hanno confrontato 2 prodotti."),
    ("pt", "Os médicos compararam 2 produtos."),
])
def test_arms_counted_in_digits_pass(registry: Any, chx: Any, lang: str, text: str) -> None:
    assert _numbers(registry, chx, lang, text) == []


@pytest.mark.parametrize("lang, text, wrong", [
    ("en", "2 of the women had an infection.", "2 of"),
    ("de", "Ärzte in den USA haben 3 Mittel verglichen.", "3 Mittel"),
    ("en", "The study compared 3 antiseptics.", "3 antiseptics"),
    ("it", "I medici hanno confrontato 3 prodotti.", "3 prodotti"),
    ("de", "2 Frauen bekamen eine Infektion.", "2 Frauen"),
    ("en", "Doctors compared 2 antiseptics in 2 hospitals.", "2 hospitals"),
])
def test_other_digits_are_still_caught(registry: Any, chx: Any, lang: str, text: str,
                                       wrong: str) -> None:
    assert any(said.startswith(wrong) for said in _numbers(registry, chx, lang, text))
