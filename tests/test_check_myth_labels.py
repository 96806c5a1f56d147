"""A claim labelled a myth before it ("MYTH: "…"", "Idée reçue : « … »", "Mito: «…»") is a
claim the text rejects, as a fact-check's "this is false" after it is: its figures are not
the text's. The same words outside such a label are still the text's own."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import CT, caught_at


@pytest.mark.parametrize("lang, label, claim, fact", [
    ("en", "MYTH", '"A CT scan cuts your chance of a heart attack by 40 out of 100."',
     "FACT: the 40 percent is relative: those who had the scan as well as the standard tests "
     "had 40 percent fewer heart attacks within five years."),
    ("fr", "Idée reçue", "« Le scanner évite 40 infarctus sur 100. »",
     "En réalité : les patients qui ont eu le scanner en plus des examens habituels ont eu "
     "40 % d'infarctus en moins en cinq ans."),
    ("es", "MITO", "«El escáner evita 40 de cada 100 infartos».",
     "REALIDAD: quienes se hicieron el escáner además de las pruebas habituales tuvieron un "
     "40 % menos de infartos en cinco años."),
])
def test_a_claim_labelled_a_myth_is_not_the_texts(lang, label, claim, fact):
    text = f"{label}: {claim}\n\n{fact}\n"
    assert not alarms(CT, lang, text), said(alarms(CT, lang, text))
    # the same claim as the text's own words (no label) is still caught
    own = claim.strip('«»"“” ') + f"\n\n{fact}\n"
    assert caught_at(CT, lang, own, "relative-as-absolute", "40")


def test_a_pack_brings_its_own_claim_words(registry) -> None:
    """The words are the language pack's: a pack without them (a third-party language that
    has not listed them) reads no quotation as a cited claim, and one that lists a myth
    word has it read."""
    from dataclasses import replace

    from plainsum_checks.reported import reported_spans

    pack = registry.language("en")
    text = 'MYTH: "A CT scan cuts your chance of a heart attack by 40 out of 100."'
    spans = pack.sentence_spans(text)
    assert reported_spans(text, spans, pack, rejected=True)
    assert reported_spans(text, spans, replace(pack, myth_words=(), claim_verdicts=()),
                          rejected=True) == []
    legend = text.replace("MYTH", "LEGEND")
    assert reported_spans(legend, spans, pack, rejected=True) == []
    assert reported_spans(legend, spans, replace(pack, myth_words=("legends?",)),
                          rejected=True)


def test_the_dutch_example_pack_brings_its_myth_words(registry) -> None:
    """A third-party pack lists the words in its own words module (the Dutch example)."""
    if "nl" not in registry.languages:
        pytest.skip("the Dutch example pack is not installed")
    from plainsum_checks.reported import reported_spans

    pack = registry.language("nl")
    text = 'FABEL: "Een CT-scan voorkomt 40 van de 100 hartaanvallen."'
    assert reported_spans(text, pack.sentence_spans(text), pack, rejected=True)
    plain = text.replace("FABEL", "FEIT")
    assert reported_spans(plain, pack.sentence_spans(plain), pack, rejected=True) == []
