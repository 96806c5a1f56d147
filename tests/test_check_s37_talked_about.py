"""A text that TALKS ABOUT a claim is not making it (issue 14): a claim quoted in single
marks ('…', ‘…’) after the channel where it goes round ("my feed", "las redes", "sur les
réseaux", "in meinem Feed"), or said after a frame that calls it wrong ("it would be wrong
to say that", "es un error decir que", "il est faux de dire que", "falsch wäre es zu
sagen, dass", "è sbagliato dire che", "é errado dizer que"), is no causal claim of the
text. The same claim said as the study's finding still is. Sentences written here in
wording of their own; the vitamin D sheet is observational.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import VITD, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("en", "When my feed exploded with 'vitamin D prevents colon cancer!!' I went and read "
           "the press release."),
    ("en", "My timeline is full of ‘vitamin D protects you from bowel cancer’ posts, so I "
           "read the study."),
    ("es", "En mi muro de Facebook todos comparten 'la vitamina D previene el cáncer de "
           "colon', así que leí el estudio."),
    ("fr", "Sur les réseaux sociaux on voit partout 'la vitamine D protège du cancer', "
           "alors j'ai lu l'étude."),
    ("de", "In meinem Feed steht überall 'Vitamin D schützt vor Darmkrebs', also habe ich "
           "die Studie gelesen."),
])
def test_a_claim_quoted_from_where_it_goes_round(lang: str, text: str) -> None:
    found = [f for f in alarms(VITD, lang, text) if f.rule == "causal-claim"]
    assert not found, said(found)


@pytest.mark.parametrize("lang, text", [
    ("en", "It would be wrong to say that vitamin D prevents colorectal cancer; the study "
           "found a link."),
    ("es", "Es un error decir que la vitamina D previene el cáncer colorrectal; el estudio "
           "halló una asociación."),
    ("fr", "Il est faux de dire que la vitamine D protège du cancer colorectal : l'étude "
           "montre un lien."),
    ("de", "Falsch wäre es zu sagen, dass Vitamin D vor Darmkrebs schützt; die Studie fand "
           "einen Zusammenhang."),
    ("it", "È sbagliato dire che la vitamina D protegge dal tumore del colon-retto; lo "
           "studio ha trovato un'associazione."),
    ("pt", "É errado dizer que a vitamina D protege do cancro colorretal; o estudo "
           "encontrou uma associação."),
])
def test_a_claim_called_wrong_is_not_made(lang: str, text: str) -> None:
    found = [f for f in alarms(VITD, lang, text) if f.rule == "causal-claim"]
    assert not found, said(found)


@pytest.mark.parametrize("lang, text, words", [
    ("en", "The study shows that vitamin D prevents colorectal cancer.", "prevents"),
    ("de", "Die Studie zeigt, dass Vitamin D vor Darmkrebs schützt.", "schützt"),
    ("fr", "L'étude montre que la vitamine D protège du cancer colorectal.", "protège"),
    ("pt", "O estudo mostra que a vitamina D protege do cancro colorretal.", "protege"),
])
def test_the_same_claim_made_is_caught(lang: str, text: str, words: str) -> None:
    assert caught_at(VITD, lang, text, "causal-claim", words), said(alarms(VITD, lang, text))
