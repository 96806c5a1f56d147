"""How the checker reads figures that are no figures of the study, or whose unit is left
unsaid (issue 14, item 1): a script's cue in square brackets ("[CAM 2]", "[ANCHOR, CAM
1]") orders a broadcast and counts nothing, and a time point repeated without its unit
right before its share ("a cinque anni l'86%, a dieci il 71%") is that time point. Each
faithful form is paired with the same sentence corrupted and still caught, in the six
languages. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said
from tests.test_check_real_errors import HSCT


def _errors(lang: str, text: str, rule: str, words: str) -> bool:
    a = text.index(words)
    b = a + len(words)
    return any(f.rule == rule and f.span and f.span[0] < b and a < f.span[1]
               for f in alarms(HSCT, lang, text))


_CUES = {
    "en": ("[PRESENTER, CAM {n}]", "The study followed {m} people with MS."),
    "es": ("[PRESENTADORA – CÁMARA {n}]", "El estudio siguió a {m} personas con EM."),
    "fr": ("[PRÉSENTATRICE, CAMÉRA {n}]", "L'étude a suivi {m} personnes atteintes de SEP."),
    "de": ("[MODERATION – KAMERA {n}]", "Die Studie begleitete {m} Menschen mit MS."),
    "it": ("[CONDUTTORE, CAMERA {n}]", "Lo studio ha seguito {m} persone con SM."),
    "pt": ("[PIVÔ – CÂMARA {n}]", "O estudo acompanhou {m} pessoas com EM."),
}


@pytest.mark.parametrize("lang", sorted(_CUES))
def test_a_scripts_cue_counts_nothing(lang: str) -> None:
    cue, body = _CUES[lang]
    faithful = f"{cue.format(n=2)}\n{body.format(m=210)}\n\n[{cue.format(n=3)[1:-1]}: 210]\n"
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = f"{cue.format(n=2)}\n{body.format(m=230)}\n\n[{cue.format(n=3)[1:-1]}: 230]\n"
    assert _errors(lang, wrong, "unsupported-number", "230"), said(alarms(HSCT, lang, wrong))
    # a figure in the cue that is not its label is read as ever
    shown = f"[{cue.format(n=1)[1:-1]}: 230 {body.split()[-3].upper()}]\n{body.format(m=210)}\n"
    assert _errors(lang, shown, "unsupported-number", "230"), said(alarms(HSCT, lang, shown))


@pytest.mark.parametrize("lang, text", [
    ("en", "Among people with relapsing-remitting MS, at five years 86% had not got worse, "
     "at ten {p}%."),
    ("es", "Entre las personas con EM remitente-recurrente, a los cinco años no habían "
     "empeorado el 86 %, a los diez el {p} %."),
    ("fr", "Chez les personnes atteintes de SEP rémittente-récurrente, à cinq ans 86 % ne "
     "s'étaient pas aggravées, à dix {p} %."),
    ("de", "Bei Menschen mit schubförmiger MS waren nach fünf Jahren 86 % nicht schlechter, "
     "nach zehn {p} %."),
    ("it", "Tra le persone con la forma recidivante-remittente, a cinque anni erano l'86%, a "
     "dieci il {p}%."),
    ("pt", "Entre as pessoas com EM surto-remissão, aos cinco anos 86 % não tinham piorado, "
     "aos dez {p} %."),
])
def test_a_time_point_said_again_without_its_unit_before_its_share(lang: str,
                                                                   text: str) -> None:
    faithful = text.format(p=71)
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    wrong = text.format(p=57)  # the progressive form's figure at ten years
    assert _errors(lang, wrong, "wrong-context", "57"), said(alarms(HSCT, lang, wrong))
