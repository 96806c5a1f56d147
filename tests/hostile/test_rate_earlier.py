"""A background rate of one of the study's own groups, said as the generator words it
after its lead-in ("Según un análisis previo del mismo estudio, …", "Selon une analyse
antérieure de la même étude, …", "Eine frühere Auswertung der Studie zeigte: …"), is
context, not given as this study's finding; the same sentence without the word that dates
it earlier is still caught."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path
from typing import Any

import pytest

SHEET = Path(__file__).parent.parent / "data" / "sheets" / "rate-test.yaml"


@functools.cache
def _context(lang: str) -> tuple[Any, Any]:
    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext

    from tests.conftest import installed

    registry = installed()
    text = SHEET.read_text("utf-8").replace(
        "  - id: deficient-rate\n    kind: rate\n",
        "  - id: deficient-rate\n    kind: rate\n    hedge: about\n    role: background\n")
    path = Path(tempfile.mkdtemp()) / "sheet.yaml"
    path.write_text(text, "utf-8")
    sheet = load_factsheet(path, registry.known_terms())
    pack = registry.language(lang)
    return registry, CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")


def _rules(lang: str, text: str) -> list[str]:
    from plainsum.pipeline import check_text

    registry, context = _context(lang)
    return [f.rule for f in check_text(text, context, registry,
                                       with_readability=False).findings
            if f.severity == "error"]


@pytest.mark.parametrize("lang, earlier, plain", [
    ("es", "Según un análisis previo del mismo estudio, ", "Según el estudio, "),
    ("fr", "Selon une analyse antérieure de la même étude, ", "Selon l'étude, "),
    ("de", "Eine frühere Auswertung der Studie zeigte: ", "Die Auswertung der Studie zeigte: "),
])
def test_an_earlier_result_of_the_study_is_context(lang, earlier, plain):
    rest = {
        "es": "los participantes con déficit de vitamina D presentaron cáncer colorrectal "
              "con una tasa de alrededor de 2,1 por 1000 personas-año.",
        "fr": "les participants carencés en vitamine D ont développé un cancer colorectal "
              "à raison d'environ 2,1 pour 1 000 années-personnes.",
        "de": "Die Teilnehmer mit Vitamin-D-Mangel waren mit einer Rate von etwa 2,1 pro "
              "1.000 Personenjahre von Darmkrebs betroffen.",
    }[lang]
    assert "background-as-result" not in _rules(lang, earlier + rest)
    assert "background-as-result" in _rules(lang, plain + rest)
