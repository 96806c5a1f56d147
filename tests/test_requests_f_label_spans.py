"""SheetIndex.label_spans skips a text that holds none of its numbered labels' words
before the big alternation runs: a speed change that must give the same spans on every
text. Each sheet's spans are compared with the alternation run alone, over texts that
name a label (as written, in other cases, with other spaces, inside sentences), that name
a part of one, and that name none, in the six languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum_checks.sheet import sheet_index

from .conftest import ROOT, SEED_FACTS, module_registry
from .test_check_meaning26b_labels import FALLS

registry = module_registry
LANGS = ("en", "es", "fr", "de", "it", "pt")
SHEETS = [SEED_FACTS, *sorted((ROOT / "examples").glob("*/facts.yaml"))]
OTHER = ["", "70", "Die Studie begleitete 412 Menschen.", "La edad media era de 70 años.",
         "Over 70 % of people improved.", "MENSCHEN ÜBER 70", "personas de más de\u00a070 años",
         "Menschen  über\t70 stürzten.", "Straße ẞ İstanbul ıi 70 años", "über 70 Menschen"]


def _sheets(registry: Any, tmp: Path) -> list[Any]:
    path = tmp / "falls.yaml"
    path.write_text(yaml.safe_dump(FALLS, allow_unicode=True), encoding="utf-8")
    return [load_factsheet(str(p), registry.known_terms()) for p in (*SHEETS, path)]


def _texts(index: Any, lang: str) -> list[str]:
    """Texts from the sheet's own labels (the ones a match holds), changed in case and
    spacing, cut short, inside a sentence; and texts of no label."""
    sheet = index.sheet
    forms = [f for item in (*sheet.groups.values(), *sheet.outcomes.values(),
                            *sheet.measures.values())
             for label in (item.label, getattr(item, "short", None)) if label is not None
             for f in label.all_forms(lang) if f]
    out = list(OTHER)
    for form in forms:
        words = form.split()
        out += [form, form.upper(), form.lower(), form.title(), "  ".join(words),
                f"Among the {form}, 12 of 40 (30 %) did better.",
                f"x{form}y", " ".join(words[:-1]), " ".join(words[1:])]
    out.append(" ".join(forms))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_label_spans_same_as_the_alternation_alone(registry: Any, tmp_path: Path,
                                                   lang: str) -> None:
    named = 0
    for sheet in _sheets(registry, tmp_path):
        index = sheet_index(sheet, Lexicon(sheet, registry.language(lang)))
        anchored = index._numbered_labels
        for text in _texts(index, lang):
            old = ([] if anchored is None
                   else [m.span() for m in anchored.pattern.finditer(text)])
            assert index.label_spans(text) == old, (sheet.id, lang, text)
            named += bool(old)
    if lang in ("en", "de", "es"):
        assert named  # the falls sheet's labels are found: the comparison is not empty


def test_a_text_of_no_label_skips_the_scan(registry: Any, tmp_path: Path) -> None:
    falls = _sheets(registry, tmp_path)[-1]
    index = sheet_index(falls, Lexicon(falls, registry.language("de")))
    anchored = index._numbered_labels
    assert anchored.words  # the labels' words are known
    assert not anchored.may_match("Im Schnitt waren sie 70 Jahre alt.")
    assert index.label_spans("Im Schnitt waren sie 70 Jahre alt.") == []
