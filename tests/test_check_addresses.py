"""Links, e-mail addresses and handles are addresses, not words: the term and name
checks do not read them (a press release's URL slug '...-low-risk-pulmonary-embolism-pe-
...' was reported as a garbled term in French), while the same words in running text still
are."""

from __future__ import annotations

from pathlib import Path

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext, check_text
from plainsum_checks.text import mask_addresses

SHEET = Path(__file__).resolve().parents[1] / "examples" / "rivaroxaban-pe-2018" / "facts.yaml"


def _findings(registry, text: str, lang: str):
    sheet = load_factsheet(SHEET, registry.known_terms())
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, registry.audience("public"), Lexicon(sheet, pack))
    return sheet, [f for f in check_text(text, context, registry,
                                         with_readability=False).findings
                   if f.rule.startswith(("term-", "name-"))]


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "it", "pt"])
def test_a_link_an_address_and_a_handle_name_no_term(lang, registry):
    if lang not in registry.languages:
        pytest.skip(f"no {lang} pack")
    sheet = load_factsheet(SHEET, registry.known_terms())
    url = sheet.source["url"]
    assert "low-risk-pulmonary-embolism" in url
    text = (f"{sheet.title_in(lang)}.\n\n{url}\n\n"
            f"press@low-risk-pulmonary-embolism.org @low_risk_pulmonary_embolism\n")
    _, found = _findings(registry, text, lang)
    assert [f for f in found if f.rule in ("term-corrupted", "name-altered")] == [], found


def test_the_slug_words_in_running_text_are_still_read(registry):
    if "fr" not in registry.languages:
        pytest.skip("no fr pack")
    sheet = load_factsheet(SHEET, registry.known_terms())
    # the address with a garbled term in its slug: masked while it is an address, read as
    # words once it is none ("pulmonale" is no form of the term in any of its languages)
    url = sheet.source["url"]
    assert "pulmonary-embolism" in url
    # (a lead that does not itself name the term: said right in the text, a look-alike of
    # it elsewhere is read as another wording, not a garble)
    lead = "Le rivaroxaban à domicile a réduit le temps passé à l'hôpital."
    text = f"{lead}\n\n{url.replace('pulmonary-embolism', 'pulmonale-embolism')}\n"
    _, found = _findings(registry, text, "fr")
    assert not any(f.rule == "term-corrupted" for f in found)
    _, found = _findings(registry, text.replace("https://", "").replace("www.", ""), "fr")
    assert any(f.rule == "term-corrupted" for f in found)  # no longer an address: read


def test_masking_keeps_every_offset():
    text = ("Voir https://doi.org/10.1093/jnci/djy087. Écrire à media@aan.com, suivre "
            "@aan.bsky.social ou @JanssenUS !")
    masked = mask_addresses(text)
    assert len(masked) == len(text)
    assert "doi" not in masked and "aan" not in masked and "Janssen" not in masked
    # the sentence ends and the words around stay where they were
    assert masked.startswith("Voir ") and masked[text.index(". Écrire"):].startswith(
        ". Écrire à ") and masked.endswith(" ou " + " " * len("@JanssenUS") + " !")
    assert mask_addresses("no address, 4 @ 5") == "no address, 4 @ 5"
