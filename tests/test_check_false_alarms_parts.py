"""False alarms of the number rules on a title's count of the parts a text is sent in
(issue 11): "HEALTH DIGEST (3 texts)" over parts numbered "[1/3]", "[2/3]", "[3/3]" is
no figure of the study. A title's count that no numbering of the parts matches is still
a figure the sheet must hold. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said

_BODY = {
    "en": ("HEALTH NEWS ({n} texts)\n\n[1/3] Stem cell transplant for MS: a study of 210 "
           "people.\n\n[2/3] Five years on, 80 % were no worse.\n\n[3/3] Ask your doctor."),
    "de": ("GESUNDHEIT KOMPAKT ({n} Nachrichten)\n\n(1/3) Stammzellen bei MS: eine Studie mit "
           "210 Menschen.\n\n(2/3) Nach fünf Jahren waren 80 Prozent nicht stärker "
           "beeinträchtigt.\n\n(3/3) Fragen Sie Ihre Ärztin."),
    "es": ("BOLETÍN DE SALUD ({n} mensajes)\n\n1/3 Trasplante de células madre en la EM: un "
           "estudio con 210 personas.\n\n2/3 A los cinco años, el 80 % no había empeorado."
           "\n\n3/3 Consulte a su médico."),
    "fr": ("SANTÉ EN BREF ({n} SMS)\n\n[1/3] Greffe de cellules souches et SEP : une étude "
           "de 210 patients.\n\n[2/3] Cinq ans après, 80 % n'avaient pas plus de handicap."
           "\n\n[3/3] Parlez-en à votre médecin."),
    "it": ("SALUTE IN BREVE ({n} messaggi)\n\n[1/3] Trapianto di cellule staminali nella SM: "
           "uno studio su 210 pazienti.\n\n[2/3] Dopo cinque anni, l'80 % non era peggiorato."
           "\n\n[3/3] Chiedete al medico."),
    "pt": ("SAÚDE EM RESUMO ({n} mensagens)\n\n[1/3] Transplante de células estaminais na EM: "
           "um estudo com 210 doentes.\n\n[2/3] Aos cinco anos, 80 % não tinham piorado."
           "\n\n[3/3] Fale com o seu médico."),
}


@pytest.mark.parametrize("lang", sorted(_BODY))
def test_a_titles_count_of_the_numbered_parts(lang):
    faithful = _BODY[lang].format(n=3)
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = _BODY[lang].format(n=4)  # four parts said, three numbered: a figure
    assert caught_at(HSCT, lang, wrong, "unsupported-number", "4"), said(
        alarms(HSCT, lang, wrong))


def test_a_count_in_the_body_is_a_figure():
    text = ("HEALTH NEWS (3 texts)\n\n[1/3] Stem cell transplant for MS: a study of 3 "
            "people.\n\n[2/3] Five years on, 80 % were no worse.\n\n[3/3] Ask your doctor.")
    assert caught_at(HSCT, "en", text, "unsupported-number", "3 people"), said(
        alarms(HSCT, "en", text))
