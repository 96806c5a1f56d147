"""Wording a text tells its reader not to use is cited and rejected at once (issue 14):
"we don't write '90 in 100'", "non scriviamo '90 persone su 100'", "no escribimos '90 de
cada 100'", "wir schreiben nicht '90 von 100'", "ne pas transformer 80 % en '90 sur
100'": the figure in the quotation is no figure of the text. The same figure said as the
text's own is still caught. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said

BODY = {
    "en": "In a study of 210 people with MS, 80 percent had not got worse five years after "
          "the transplant.",
    "it": "In uno studio su 210 persone con SM, l'80 per cento non era peggiorato cinque anni "
          "dopo il trapianto.",
    "es": "En un estudio con 210 personas con EM, el 80 por ciento no había empeorado cinco "
          "años después del trasplante.",
    "de": "In einer Studie mit 210 Menschen mit MS hatte sich bei 80 Prozent fünf Jahre nach "
          "der Transplantation nichts verschlechtert.",
    "fr": "Dans une étude de 210 personnes atteintes de SEP, 80 % ne s'étaient pas aggravées "
          "cinq ans après la greffe.",
}


@pytest.mark.parametrize("lang, after", [
    ("en", " We don't write '90 in 100 were cured' in the post."),
    ("it", " Non scriviamo '90 persone su 100 guarite' nel post."),
    ("es", " No escribimos '90 de cada 100 se curaron' en la publicación."),
    ("de", " Wir schreiben nicht '90 von 100 wurden geheilt' in den Beitrag."),
    ("fr", " Ne pas transformer ce chiffre en '90 sur 100 guéris' dans le post."),
])
def test_wording_not_to_use_is_no_figure(lang: str, after: str) -> None:
    text = BODY[lang] + after
    found = [f for f in alarms(HSCT, lang, text) if f.found and "90" in f.found]
    assert not found, said(found)


@pytest.mark.parametrize("lang, after", [
    ("en", " We write that 90 in 100 were cured."),
    ("it", " Scriviamo che 90 persone su 100 sono guarite."),
])
def test_the_same_figure_said_is_caught(lang: str, after: str) -> None:
    text = BODY[lang] + after
    assert caught_at(HSCT, lang, text, "unsupported-number", "90"), said(
        alarms(HSCT, lang, text))
