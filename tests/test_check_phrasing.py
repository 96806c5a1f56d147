"""How the checker reads wording people use for the new fact kinds that our generators do not:
a thread's post numbers, natural frequencies in other constructions, a signed difference
whose direction is said in words, hedges outside the short lists, a large difference said
with "much", and the corruptions of these that must still be caught.

The sentences are written here in wording of their own (not the corruption suite's).
The sheets are the suite's: the chlorhexidine test sheet (with effect figures added by hand)
and the reviewed rivaroxaban and CT example sheets.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import corruption as C

CHX = "chx-effects-test"
OBS = "chx-effects-test@observational"
RIVA = "rivaroxaban-pe-2018"
CT = "ct-heart-scan-2018"


def findings(sheet: str, lang: str, text: str) -> list[Any]:
    return C.check(C.Faithful(sheet, lang, "test", text), text)


def alarms(sheet: str, lang: str, text: str) -> list[Any]:
    return C.alarms(findings(sheet, lang, text))


def at(sheet: str, lang: str, text: str, rule: str, word: str) -> bool:
    """Whether an alarm of ``rule`` points at ``word``."""
    a = text.index(word)
    return any(f.rule == rule and f.span and f.span[0] < a + len(word) and a < f.span[1]
               for f in alarms(sheet, lang, text))


def said(found: list[Any]) -> str:
    return "; ".join(f"{f.rule} {f.found!r}: {f.message}" for f in found)


# --- a thread's post numbers ------------------------------------------------------------
THREAD = {
    "en": ("1/ A new trial of 1,147 women compared two skin cleansers before a C-section.\n\n"
           "2/ With chlorhexidine, 4% got a wound infection; with iodine, 7.3%.\n\n"
           "3/ That is a hazard ratio of 0.62."),
    "es": ("1/ Un ensayo con 1147 mujeres comparó dos desinfectantes antes de la cesárea.\n\n"
           "2/ Con clorhexidina se infectó la herida en el 4 %; con yodo, en el 7,3 %.\n\n"
           "3/ El cociente de riesgos es de 0,62."),
    "de": ("1/ Eine Studie mit 1.147 Frauen verglich zwei Hautdesinfektionen.\n\n"
           "2/ Mit Chlorhexidin bekamen 4 % eine Wundinfektion, mit Jod 7,3 %.\n\n"
           "3/ Die Hazard Ratio liegt bei 0,62."),
}


@pytest.mark.parametrize("lang", sorted(THREAD))
def test_a_threads_post_numbers_are_no_figures(lang: str) -> None:
    found = alarms(CHX, lang, THREAD[lang])
    assert not [f for f in found if f.rule == "unsupported-number"], said(found)


@pytest.mark.parametrize("lang", sorted(THREAD))
def test_a_changed_figure_in_a_thread_is_still_caught(lang: str) -> None:
    text = THREAD[lang].replace("0,62" if lang != "en" else "0.62",
                                "0,71" if lang != "en" else "0.71")
    assert text != THREAD[lang]
    assert any(f.rule in ("unsupported-number", "number-changed", "ratio-as-percent")
               for f in alarms(CHX, lang, text)), said(alarms(CHX, lang, text))


def test_a_slash_after_a_number_inside_a_line_is_not_a_post_number() -> None:
    text = "Infections: 4/ 100 women with chlorhexidine, and 3/ 9 of them were mild."
    found = alarms(CHX, "en", text)
    assert any(f.rule == "unsupported-number" for f in found), said(found)


# --- the base of a rate after a figure ----------------------------------------------------
RATE_BASE = {
    "en": "With chlorhexidine there were 3.3 fewer wound infections per 100 mothers.",
    "es": "Con clorhexidina hubo 3,3 infecciones de la herida menos por cada 100 madres.",
    "fr": "Avec la chlorhexidine, on compte 3,3 infections de la plaie en moins pour 100 mères.",
    "de": "Mit Chlorhexidin gab es 3,3 Wundinfektionen weniger je 100 Mütter.",
    "it": "Con la clorexidina ci sono state 3,3 infezioni della ferita in meno ogni 100 madri.",
    "pt": "Com clorexidina houve menos 3,3 infeções na ferida a cada 100 mães.",
}


@pytest.mark.parametrize("lang", sorted(RATE_BASE))
def test_the_base_of_a_rate_is_no_figure(lang: str) -> None:
    found = [f for f in alarms(CHX, lang, RATE_BASE[lang]) if f.rule == "unsupported-number"]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(RATE_BASE))
def test_a_changed_figure_before_a_rate_base_is_still_caught(lang: str) -> None:
    text = RATE_BASE[lang].replace("3,3" if lang != "en" else "3.3",
                                   "4,8" if lang != "en" else "4.8")
    assert at(CHX, lang, text, "unsupported-number", "4,8" if lang != "en" else "4.8")


def test_a_hundred_not_after_a_figure_is_still_a_number() -> None:
    text = "Of the women who had a C-section, 100 were treated with chlorhexidine."
    assert at(CHX, "en", text, "unsupported-number", "100")


# --- hedges said in other words -------------------------------------------------------------
# (language, hedge as a person writes it before the relative change the sheet hedges "about")
ABOUT = [
    ("en", "something like"), ("en", "in the region of"), ("en", "more or less"),
    ("es", "más o menos un"), ("es", "algo así como un"), ("es", "aprox. un"),
    ("fr", "grosso modo"), ("fr", "quelque chose comme"), ("fr", "d'env."),
    ("de", "grob"), ("de", "in etwa"), ("de", "etwa um"),
    ("it", "più o meno del"), ("it", "qualcosa come il"), ("it", "grosso modo del"),
    ("pt", "mais ou menos"), ("pt", "algo como"), ("pt", "à volta de"),
]
LOWER_RISK = {
    "en": "Chlorhexidine came with a wound-infection risk {h} 45% lower than iodine.",
    "es": "La clorhexidina se asoció a un riesgo de infección de la herida {h} 45 % menor "
          "que el yodo.",
    "fr": "Avec la chlorhexidine, le risque d'infection de la plaie était {h} 45 % plus "
          "faible qu'avec l'iode.",
    "de": "Mit Chlorhexidin war das Risiko einer Wundinfektion {h} 45 Prozent geringer als "
          "mit Jod.",
    "it": "Con la clorexidina il rischio di infezione della ferita era {h} 45% più basso "
          "che con lo iodio.",
    "pt": "Com a clorexidina, o risco de infeção na ferida foi {h} 45% mais baixo do que "
          "com o iodo.",
}


@pytest.mark.parametrize(("lang", "hedge"), ABOUT)
def test_a_hedge_in_other_words_is_kept(lang: str, hedge: str) -> None:
    text = LOWER_RISK[lang].format(h=hedge)
    found = [f for f in alarms(CHX, lang, text) if f.rule.startswith("hedge")]
    assert not found, said(found)


@pytest.mark.parametrize("lang", sorted(LOWER_RISK))
def test_the_hedge_left_out_still_warns(lang: str) -> None:
    text = " ".join(LOWER_RISK[lang].format(h="").split())
    assert at(CHX, lang, text, "hedge-dropped", "45")


def test_a_fraction_with_its_article_in_the_dative_keeps_its_hedge() -> None:
    text = ("Vor der Studie änderte sich bei rund einem Viertel der Menschen mit Herz-CT die "
            "Diagnose.")
    found = [f for f in alarms(CT, "de", text) if f.rule.startswith("hedge")]
    assert not found, said(found)
