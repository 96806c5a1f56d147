"""A causal claim about an observational study's exposure named by a shorter form than
its term's (issue 14): "vitamin D" for "circulating vitamin D" / "vitamin D in the blood"
(a modifier before or after the core left out), "the vitamin" for "vitamin D" (a head
whose designator, "D", "B12", "V", is left out); and a relation of cause without its
effect ("un rapporto di causa", "una relación de causa", "uma relação de causa", "un lien
de cause") named as what the study shows. Negated, they are no claim. Sentences written
here in wording of their own.
"""

from __future__ import annotations

import copy

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext
from plainsum_checks.claims import ClaimValidator

from tests.test_check_real_errors import HSCT, VITD, alarms, caught_at, said

from .conftest import TRIAL_FACTS, registry_with


@pytest.fixture(scope="module")
def packs():
    return registry_with(("en",))


@pytest.fixture(scope="module")
def exposure_by_long_forms(tmp_path_factory, packs):
    """The trial's sheet made observational, its exposure named only by longer forms
    ("circulating vitamin D", "vitamin D in the blood"), as a drafted sheet may name it."""
    data = copy.deepcopy(yaml.safe_load(TRIAL_FACTS.read_text(encoding="utf-8")))
    data["study"]["evidence"] = "observational"
    term = next(t for t in data["terms"] if t["id"] == data["study"]["intervention"])
    for lang in [k for k in term if len(k) == 2 and k not in ("en", "id")]:
        del term[lang]
    term["en"] = {"technical": "circulating vitamin D", "plain": "vitamin D in the blood",
                  "definition": "The amount of vitamin D carried in the blood."}
    path = tmp_path_factory.mktemp("s37") / "long_forms.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return load_factsheet(path, packs.known_terms())


@pytest.mark.parametrize("text", [
    "A large study found that vitamin D prevents wound infections.",
    "Vitamin D protects against wound infections after a C-section.",
])
def test_the_exposure_named_without_its_modifiers(packs, exposure_by_long_forms,
                                                  text: str) -> None:
    pack = packs.language("en")
    context = CheckContext(exposure_by_long_forms, pack, None,
                           Lexicon(exposure_by_long_forms, pack), require="none")
    found = [f for f in ClaimValidator().validate(text, context) if f.rule == "causal-claim"]
    assert found, text


@pytest.mark.parametrize("lang, text, words", [
    ("en", "So yes, people, the vitamin protects you.", "protects you"),
    ("en", "The vitamin protects against bowel cancer.", "protects against"),
    ("de", "Das Vitamin schützt vor Darmkrebs.", "schützt vor"),
    ("it", "Trattandosi di studi di coorte, i dati dimostrano un rapporto di causa.",
     "rapporto di causa"),
    ("es", "Los datos demuestran una relación de causa.", "relación de causa"),
    ("pt", "Os dados demonstram uma relação de causa.", "relação de causa"),
    ("fr", "Les données démontrent un lien de cause.", "lien de cause"),
])
def test_a_cause_said_in_shorter_or_other_words(lang: str, text: str, words: str) -> None:
    assert caught_at(VITD, lang, text, "causal-claim", words), said(alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("it", "I dati mostrano un'associazione e non un rapporto di causa."),
    ("es", "Los datos muestran una asociación, no una relación de causa."),
    ("pt", "É uma associação, não uma relação de causa."),
    ("fr", "C'est un lien statistique, pas un lien de cause."),
    ("en", "People with more of the vitamin had a lower risk, but the vitamin itself was "
           "not given."),
])
def test_a_cause_denied_is_no_claim(lang: str, text: str) -> None:
    found = [f for f in alarms(VITD, lang, text) if f.rule == "causal-claim"]
    assert not found, said(found)


# the exposure called the origin, reason or cause of the results, a cleft ("it was the
# transplant that ..."), and a result put down to it with words between the verb and its
# preposition ("si devono con certezza al trapianto")
@pytest.mark.parametrize("lang, text, words", [
    ("en", "The transplant was the reason for these results.", "reason"),
    ("fr", "On sait que la greffe est à l'origine de ces résultats.", "origine"),
    ("de", "Deshalb ist klar, dass die Transplantation der Grund war.", "Grund"),
    ("es", "Los resultados se deben con certeza al trasplante.", "se deben"),
    ("es", "Fue el trasplante el que frenó la enfermedad.", "frenó"),
    ("it", "Non c'era un gruppo di controllo: i risultati si devono quindi con certezza al "
           "trapianto.", "si devono"),
    ("it", "È stato il trapianto a fermare la malattia nell'80% dei casi.", "fermare"),
    ("pt", "Sabe-se que foi o transplante a causar estes resultados.", "causar"),
])
def test_the_exposure_called_the_reason(lang: str, text: str, words: str) -> None:
    assert caught_at(HSCT, lang, text, "causal-claim", words), said(alarms(HSCT, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("de", "Ob die Transplantation der Grund war, lässt sich nicht sagen."),
    ("fr", "On ne peut pas dire si la greffe est à l'origine de ces résultats."),
    ("it", "Non sappiamo se i risultati si debbano al trapianto."),
    ("pt", "Não se sabe se foi o transplante a causar estes resultados."),
    ("en", "We cannot tell whether the transplant was the reason for these results."),
])
def test_the_reason_left_open_is_no_claim(lang: str, text: str) -> None:
    found = [f for f in alarms(HSCT, lang, text) if f.rule == "causal-claim"]
    assert not found, said(found)


# a causal question with its subject between the verb and its preposition (verb-first or
# with an inverted pronoun), answered yes, makes the claim; answered no, it does not
@pytest.mark.parametrize("lang, question, yes", [
    ("de", "Schützt Vitamin D also vor Darmkrebs?", " Ja, das zeigt die Studie eindeutig."),
    ("es", "¿Protege la vitamina D del cáncer colorrectal?",
     " Sí, el estudio lo demuestra claramente."),
    ("fr", "La vitamine D protège-t-elle du cancer colorectal ?",
     " Oui, l'étude le montre clairement."),
])
def test_a_causal_question_answered_yes(lang: str, question: str, yes: str) -> None:
    text = question + yes
    assert any(f.rule == "causal-claim" for f in alarms(VITD, lang, text)), said(
        alarms(VITD, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("de", "Schützt Vitamin D also vor Darmkrebs? Das kann die Studie nicht zeigen."),
    ("es", "¿Protege la vitamina D del cáncer colorrectal? El estudio no puede demostrarlo."),
    ("fr", "La vitamine D protège-t-elle du cancer colorectal ? L'étude ne peut pas le dire."),
])
def test_a_causal_question_left_open(lang: str, text: str) -> None:
    found = [f for f in alarms(VITD, lang, text) if f.rule == "causal-claim"]
    assert not found, said(found)
