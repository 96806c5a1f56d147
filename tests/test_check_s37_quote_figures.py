"""A figure inside one of the sheet's reviewed quotes, quoted as the sheet words it, is the
speaker's reviewed words: generate quotes it verbatim, so the tool's own press summary
failed its check ("dos días" in a quote of a Spanish trial's author). The same quote with
its figure changed is still caught."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text

from .conftest import module_registry

CHX = Path(__file__).parent.parent / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"
registry = module_registry

QUOTE = {
    "en": "For many new mothers, two days less in hospital means going home to the baby sooner.",
    "es": "Para muchas madres, dos días menos en el hospital significan volver antes a casa "
          "con su bebé.",
    "de": "Für viele Mütter bedeuten zwei Tage weniger im Krankenhaus, früher mit dem Baby "
          "zu Hause zu sein.",
    "it": "Per molte mamme, due giorni in meno in ospedale vogliono dire tornare prima a casa "
          "con il bambino.",
}
SAID = {"en": ("“{}” said Dr Tuuli.", "two days", "three days"),
        "es": ("«{}», afirmó Tuuli.", "dos días", "tres días"),
        "de": ("„{}“, sagte Tuuli.", "zwei Tage", "drei Tage"),
        "it": ("«{}», ha detto Tuuli.", "due giorni", "tre giorni")}


@pytest.fixture(scope="module")
def sheet(registry, tmp_path_factory):
    raw = yaml.safe_load(CHX.read_text(encoding="utf-8"))
    speaker = raw["quotes"][0]["speaker"]
    raw["quotes"].append({"id": "quote-days", "speaker": speaker, "text": dict(QUOTE)})
    path = tmp_path_factory.mktemp("quote") / "facts.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_factsheet(str(path), registry.known_terms())


def numbers(registry, sheet, lang: str, text: str) -> list[str]:
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return [f.found or "" for f in check_text(text, context, registry,
                                              with_readability=False).findings
            if f.rule in ("unsupported-number", "wrong-context")]


@pytest.mark.parametrize("lang", sorted(QUOTE))
def test_a_figure_in_the_sheets_own_quote_is_the_speakers(registry, sheet, lang):
    frame, _, _ = SAID[lang]
    assert numbers(registry, sheet, lang, frame.format(QUOTE[lang])) == []


@pytest.mark.parametrize("lang", sorted(QUOTE))
def test_the_quote_with_its_figure_changed_is_caught(registry, sheet, lang):
    frame, right, wrong = SAID[lang]
    text = frame.format(QUOTE[lang].replace(right, wrong))
    assert numbers(registry, sheet, lang, text)
