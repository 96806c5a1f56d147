"""A study author given a post outside the study (rule role-changed): a spokesperson, a
vice-president, a regulator, a foundation's president, a patient. The post is read with
the kind of body it is of ("de la fondation", "der Krankenkasse", "du fabricant"), as an
apposition before or after the name, in every language; the author's own role, or a
neutral word for a researcher, passes."""

from __future__ import annotations

import pytest

from . import corruption as C

HSCT = "hsct-ms-2021"  # Matilde Inglese: a study author
VITD = "vitamin-d-colorectal-2018"  # Marji McCullough: the first author
RIVA = "rivaroxaban-pe-2018"  # W. Frank Peacock: a study author
CT = "ct-heart-scan-2018"  # David Newby: a study author


def _roles(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(sheet, lang, text) if f.rule == "role-changed"]


@pytest.mark.parametrize(("sheet", "lang", "text", "said"), [
    (VITD, "en", "The quote comes from the drug regulator Marji McCullough.", "drug regulator"),
    (HSCT, "fr", "Selon la présidente de la fondation, Matilde Inglese, le résultat est "
                 "encourageant.", "présidente de la fondation"),
    (CT, "de", "Der Pressesprecher der Krankenkasse, Prof. David Newby, sagt, das sei "
               "wichtig.", "Pressesprecher der Krankenkasse"),
    (RIVA, "es", "W. Frank Peacock, vicepresidente de Janssen, dirigió el ensayo.",
     "vicepresidente de Janssen"),
    (HSCT, "es", "La presidenta de la fundación, Matilde Inglese, habló con la prensa.",
     "presidenta de la fundación"),
    (HSCT, "pt", "A doente Matilde Inglese diz que o resultado é encorajador.", "A doente"),
    (VITD, "fr", "Selon la porte-parole du fabricant, Marji McCullough, rien ne change.",
     "porte-parole du fabricant"),
    (VITD, "es", "Las financiadoras son Stephanie Smith-Warner y Regina Ziegler.",
     "financiadoras"),
])
def test_an_author_given_a_post_outside_the_study_is_an_error(sheet, lang, text, said):
    assert said in _roles(sheet, lang, text)


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    (VITD, "en", "The quote comes from the lead author Marji McCullough."),
    (HSCT, "fr", "Selon la chercheuse, Matilde Inglese, le résultat est encourageant."),
    (VITD, "es", "Las autoras senior son Stephanie Smith-Warner y Regina Ziegler."),
    (HSCT, "pt", "A investigadora Matilde Inglese diz que o resultado é encorajador."),
    (CT, "de", "Studienleiter Prof. David Newby sagt, das sei wichtig."),
])
def test_the_authors_own_role_passes(sheet, lang, text):
    assert _roles(sheet, lang, text) == []
