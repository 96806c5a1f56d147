"""A glossary gives a term's abbreviation beside its headword where the reader's texts use
it ("**esclerosis múltiple** (EM)"): its entries and the summary say "EM" (issue 13,
acronyms spelled out); an abbreviation none of them uses is not added."""

from __future__ import annotations

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import generate

from .conftest import known_terms
from .test_wording_slips import SHEETS, _langs, _registry

HEADWORDS = {"es": "**esclerosis múltiple** (EM)", "fr": "**sclérose en plaques** (SEP)",
             "it": "**sclerosi multipla** (SM)", "pt": "**esclerose múltipla** (EM)"}


@pytest.mark.parametrize("lang", sorted(HEADWORDS))
def test_the_glossary_headword_gives_the_abbreviation_the_texts_use(lang):
    sheet = load_factsheet(SHEETS["hsct-ms-2021"], known_terms())
    if lang not in _langs(sheet):
        pytest.skip(f"no {lang} pack")
    outs = generate(sheet, _registry(), [lang], ["patients"], check=False)
    glossary = next(o.text for o in outs if o.generator == "glossary")
    assert HEADWORDS[lang] in glossary, glossary[:300]
    short = HEADWORDS[lang].rsplit("(", 1)[1].rstrip(")")
    assert any(short in o.text for o in outs if o.generator == "summary")


def test_an_abbreviation_no_text_uses_is_not_added():
    """The rivaroxaban trial's Spanish press texts never say "ECA": its glossary entry
    stays "**ensayo clínico aleatorizado** — …"."""
    sheet = load_factsheet(SHEETS["rivaroxaban-pe-2018"], known_terms())
    outs = generate(sheet, _registry(), ["es"], ["press"], check=False)
    assert not any("ECA" in o.text for o in outs if o.generator != "glossary")
    glossary = next(o.text for o in outs if o.generator == "glossary")
    assert "**ensayo clínico aleatorizado** —" in glossary
