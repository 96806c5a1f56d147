"""A multiple that compares nothing says how often someone did something ("ich habe den
Artikel dreimal gelesen", "I read it three times", "je l'ai lu trois fois"), no figure of
the study (issue 14). A multiple that compares ("three times as likely", "dreimal
häufiger", "tres veces mayor", "tre volte più spesso", "três vezes mais") is still judged
against the sheet. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import VITD, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("de", "Ich habe den Artikel gestern dreimal gelesen. Es ging um Vitamin D und Darmkrebs."),
    ("en", "I read the article three times last night. It was about vitamin D and "
     "colorectal cancer."),
    ("fr", "J'ai lu l'article trois fois hier soir. Il parlait de vitamine D et de cancer "
     "colorectal."),
    ("es", "Leí el artículo tres veces anoche. Hablaba de vitamina D y cáncer colorrectal."),
    ("it", "Ho letto l'articolo tre volte ieri sera. Parlava di vitamina D e tumore del "
     "colon-retto."),
    ("pt", "Li o artigo três vezes ontem à noite. Falava de vitamina D e cancro colorretal."),
])
def test_how_often_is_no_figure(lang: str, text: str) -> None:
    assert not alarms(VITD, lang, text), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text, words", [
    ("en", "People with low vitamin D were three times as likely to get colorectal cancer.",
     "three times"),
    ("de", "Menschen mit wenig Vitamin D erkrankten dreimal häufiger an Darmkrebs.",
     "dreimal"),
    ("fr", "Les personnes avec peu de vitamine D avaient trois fois plus de cancers.",
     "trois fois"),
    ("es", "Con poca vitamina D el riesgo era tres veces mayor.", "tres veces"),
    ("it", "Chi aveva poca vitamina D si ammalava tre volte più spesso.", "tre volte"),
    ("pt", "Quem tinha pouca vitamina D tinha três vezes mais risco.", "três vezes"),
])
def test_a_multiple_that_compares_is_judged(lang: str, text: str, words: str) -> None:
    assert caught_at(VITD, lang, text, "unsupported-number", words), said(
        alarms(VITD, lang, text))
