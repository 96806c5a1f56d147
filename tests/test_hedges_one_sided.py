"""A bound on one side ("at least", "up to") of a figure the sheet gives only roughly
("about a quarter"): the figure may lie on the other side, so the text reverses the
sheet's hedge, as "more than" or "less than" does; "about" said as the sheet says it
passes. In the six languages, on the CT sheet's earlier finding (about 25 %)."""

from __future__ import annotations

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text

from .conftest import ROOT

CT = ROOT / "examples" / "ct-heart-scan-2018" / "facts.yaml"

CASES = [
    ("en", "Earlier results from the same study showed that {} of those scanned had their "
           "diagnosis changed.", "about a quarter", ["at least a quarter", "up to a quarter"]),
    ("es", "Resultados anteriores del mismo estudio mostraron que en {} cambió el "
           "diagnóstico.", "aproximadamente una de cada cuatro personas",
     ["al menos una de cada cuatro personas"]),
    ("fr", "Des résultats antérieurs de la même étude montraient que le diagnostic avait "
           "changé pour {} des patients.", "environ 25 %", ["au moins 25 %"]),
    ("de", "Frühere Ergebnisse derselben Studie zeigten, dass sich bei {} der Untersuchten "
           "die Diagnose änderte.", "etwa einem Viertel", ["mindestens einem Viertel"]),
    ("it", "Risultati precedenti dello stesso studio mostravano che la diagnosi era cambiata "
           "per {} dei pazienti.", "circa un quarto", ["almeno un quarto"]),
    ("pt", "Resultados anteriores do mesmo estudo mostraram que o diagnóstico mudou em {} "
           "dos doentes.", "cerca de um quarto", ["pelo menos um quarto", "até um quarto"]),
]


def _rules(registry, lang: str, text: str) -> list[str]:
    sheet = load_factsheet(CT, registry.known_terms())
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, registry.audience("public"), Lexicon(sheet, pack))
    return [f.rule for f in check_text(text, context, registry,
                                       with_readability=False).findings]


@pytest.mark.parametrize(("lang", "frame", "faithful", "bounds"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_one_sided_bound_for_a_rough_figure_is_reversed(registry, lang, frame, faithful,
                                                          bounds):
    if lang not in registry.languages:
        pytest.skip(f"no {lang} pack installed")
    assert _rules(registry, lang, frame.format(faithful)) == []
    for bound in bounds:
        assert "hedge-reversed" in _rules(registry, lang, frame.format(bound)), bound
