"""Claims the sheet never makes (``plainsum_checks.design``, ``.safety``, ``.verdicts``,
``.population``, ``.slight``): a design the study did not have, a safety or approval
verdict, a breakthrough or an everyone, a population the sheet does not study, a "no
difference" softened into a small benefit; in the six languages.

Each wrong sentence is paired with the faithful one it was made from (or a faithful
sentence in the same words), which must pass: the rules read the sheet (its design, its
limitations, its groups, what it says itself), so the same sentence is wrong for one
sheet and right for another."""

from __future__ import annotations

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext
from plainsum_checks.design import DesignValidator
from plainsum_checks.population import PopulationValidator
from plainsum_checks.safety import SafetyValidator
from plainsum_checks.slight import SlightDifferenceValidator
from plainsum_checks.verdicts import VerdictValidator

from .conftest import ROOT, SEED_FACTS, registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt")
SHEETS = {"hsct": SEED_FACTS,
          "riva": ROOT / "examples" / "rivaroxaban-pe-2018" / "facts.yaml",
          "vitd": ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml",
          "chx": ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"}
VALIDATORS = {"design-changed": DesignValidator(), "safety-invented": SafetyValidator(),
              "overstated": VerdictValidator(), "population-changed": PopulationValidator(),
              "invented-difference": SlightDifferenceValidator()}


@pytest.fixture(scope="module")
def packs():
    return registry_with(LANGS)


@pytest.fixture(scope="module")
def sheets(packs):
    return {name: load_factsheet(path, packs.known_terms()) for name, path in SHEETS.items()}


def found(packs, sheets, rule: str, sheet: str, lang: str, text: str) -> list[str]:
    s, pack = sheets[sheet], packs.language(lang)
    context = CheckContext(s, pack, None, Lexicon(s, pack), require="none")
    return [f.found for f in VALIDATORS[rule].validate(text, context) if f.rule == rule]


# (rule, sheet, language, wrong text, the faithful text it was made from)
PAIRS = [
    # design: a retrospective study without a control group said as a randomised trial
    ("design-changed", "hsct", "en",
     "In a randomized trial from 1997 to 2019, 210 people with MS had a stem cell transplant.",
     "From 1997 to 2019, 210 people with MS had a stem cell transplant. This was not a "
     "randomized trial."),
    ("design-changed", "hsct", "es", "En un ensayo aleatorizado, 210 personas con EM.",
     "No fue un ensayo aleatorizado: 210 personas con EM."),
    ("design-changed", "hsct", "fr", "Dans cet essai randomisé, 210 personnes atteintes de SEP.",
     "Ce n'était pas un essai randomisé : 210 personnes atteintes de SEP."),
    ("design-changed", "hsct", "de", "In einer randomisierten Studie mit 210 Menschen mit MS.",
     "Die Studie hatte keine Kontrollgruppe. Eine Kontrollgruppe gab es nicht."),
    ("design-changed", "hsct", "it", "In uno studio randomizzato, 210 persone con SM.",
     "Non era uno studio randomizzato: 210 persone con SM."),
    ("design-changed", "hsct", "pt", "Num ensaio aleatorizado, 210 pessoas com EM.",
     "Não foi um ensaio aleatorizado: 210 pessoas com EM."),
    ("design-changed", "hsct", "en", "In this controlled study, 210 people had a transplant.",
     "The study did not include a control group."),
    ("design-changed", "vitd", "en", "The randomized trial included more than 5,700 people.",
     "The study included more than 5,700 people."),
    ("design-changed", "vitd", "en",
     "This randomized trial found that people with more vitamin D got less bowel cancer.",
     "A randomized trial would be needed to show whether vitamin D prevents it. Earlier "
     "randomized trials of vitamin D pills found no effect; this study is less sure than a "
     "randomized trial."),
    ("design-changed", "vitd", "de", "Diese randomisierte Studie umfasste 5700 Menschen.",
     "Dafür wäre eine randomisierte Studie nötig."),
    ("design-changed", "vitd", "es", "Este ensayo aleatorizado incluyó a 5.700 personas.",
     "Haría falta un ensayo aleatorizado para saberlo."),
    ("design-changed", "riva", "en", "This observational study included 114 patients.",
     "This randomized trial included 114 patients."),
    ("design-changed", "riva", "fr", "Cette étude observationnelle a inclus 114 patients.",
     "Cet essai randomisé a inclus 114 patients."),
    # safety, approval, deaths the sheet never claims
    ("safety-invented", "hsct", "en", "71% did not get worse. The treatment is safe.",
     "71% did not get worse. We cannot tell whether the treatment is safe."),
    ("safety-invented", "hsct", "en", "The treatment is safe, the doctors say.",
     "It is safe to say that most did not get worse. The study was approved by the ethics "
     "committee. That the treatment is safe cannot be said from this study."),
    ("safety-invented", "hsct", "en", "The FDA has approved it for MS. No one died.",
     "71% did not get worse 10 years after the stem cell transplant."),
    ("safety-invented", "vitd", "en", "Vitamin D was given to 5,700 people and no one died.",
     "Bowel cancer is the second leading cause of cancer death in the US."),
    ("safety-invented", "hsct", "de", "Niemand ist gestorben. Die Behandlung ist unbedenklich.",
     "MS ist selten tödlich."),
    ("safety-invented", "riva", "en", "Rivaroxaban is a blood thinner with no side effects.",
     "Rivaroxaban is a blood thinner."),
    ("safety-invented", "riva", "en", "Going home early was just as safe as staying in hospital.",
     "So it cannot show whether going home early is just as safe."),
    ("safety-invented", "riva", "de", "Die Behandlung zu Hause ist also genauso sicher.",
     "Ob die frühe Entlassung genauso sicher ist, bleibt deshalb offen."),
    ("safety-invented", "hsct", "es", "El trasplante es seguro para las personas con EM.",
     "No se sabe si el trasplante es seguro para las personas con EM."),
    ("safety-invented", "chx", "it", "La clorexidina è sicura per i neonati.",
     "Non si sa se la clorexidina sia sicura per i neonati."),
    # verdicts: a breakthrough, a guarantee, a disease ended, everyone
    ("overstated", "hsct", "en",
     "71% did not get worse after the stem cell transplant. It is a breakthrough.",
     "71% did not get worse after the stem cell transplant. It is not a breakthrough yet."),
    ("overstated", "hsct", "en", "Stem cell transplants guarantee long-term benefit in MS.",
     "Stem cell transplants may give long-term benefit to people with MS."),
    ("overstated", "hsct", "en", "Stem cell transplants reverse MS.",
     "Stem cell transplants may slow MS."),
    ("overstated", "chx", "en", "Chlorhexidine eliminates wound infections after a C-section.",
     "Chlorhexidine is a liquid that kills germs."),
    ("overstated", "hsct", "en", "Transplants give long-term benefit to everyone with MS.",
     "The doctors knew that everyone had had the transplant."),
    ("overstated", "hsct", "es", "benefician a todas las personas con EM",
     "benefician a algunas personas con EM"),
    ("overstated", "hsct", "fr", "toutes les personnes atteintes de SEP allaient mieux",
     "certaines personnes atteintes de SEP allaient mieux"),
    ("overstated", "hsct", "de", "Stammzelltransplantation hilft allen Menschen mit MS.",
     "Stammzelltransplantation könnte Menschen mit MS helfen."),
    ("overstated", "hsct", "it", "tutte le persone con SM avevano meno disabilità",
     "alcune persone con SM avevano meno disabilità"),
    ("overstated", "hsct", "pt", "todas as pessoas com EM tiveram menos incapacidade",
     "algumas pessoas com EM tiveram menos incapacidade"),
    ("overstated", "hsct", "de", "Vitamin D ist ein Wundermittel gegen MS.",
     "Vitamin D gilt fast als Wundermittel. Was sagt die Studie?"),
    ("overstated", "hsct", "en", "71% did not get worse. This is a miracle for people with MS.",
     "71% did not get worse. Big caveats before anyone shares this as a miracle: no "
     "control group."),
    ("overstated", "hsct", "en", "Stem cell transplants stop MS for good.",
     "Stem cell transplants may give long-term benefit to people with MS."),
    ("overstated", "hsct", "fr", "les greffes de cellules souches ont un bénéfice pour tous.",
     "les greffes de cellules souches pourraient avoir un bénéfice."),
    # population: a word of sex, age or state in a group's label
    ("population-changed", "hsct", "en",
     "Of the 122 women with relapsing-remitting MS (multiple sclerosis), 71% did not get worse.",
     "Of the 122 people with relapsing-remitting MS (multiple sclerosis), 71% did not get worse."),
    ("population-changed", "riva", "en",
     "It was 4.8 hours in older people sent home early with rivaroxaban.",
     "It was 4.8 hours in people sent home early with rivaroxaban."),
    ("population-changed", "hsct", "es", "De las 122 mujeres con EM remitente-recurrente",
     "De las 122 personas con EM remitente-recurrente"),
    ("population-changed", "hsct", "es", "De las 122 personas mayores con EM remitente-recurrente",
     "De las 122 personas con EM remitente-recurrente"),
    ("population-changed", "hsct", "fr", "Parmi les 122 femmes atteintes de SEP rémittente",
     "Parmi les 122 personnes atteintes de SEP rémittente"),
    ("population-changed", "hsct", "de", "Die Studie umfasste Kinder mit MS.",
     "Die Studie umfasste junge Menschen mit MS."),
    ("population-changed", "hsct", "de", "Von den 122 Frauen mit schubförmiger MS",
     "Von den 122 Menschen mit schubförmiger MS"),
    ("population-changed", "hsct", "it", "Tra le 122 donne con SM recidivante-remittente",
     "Tra le 122 persone con SM recidivante-remittente"),
    ("population-changed", "hsct", "pt", "Das 122 mulheres com EM surto-remissão",
     "Das 122 pessoas com EM surto-remissão"),
    # a no-difference softened into a small or one-sided difference
    ("invented-difference", "riva", "en",
     "There was a small benefit for people sent home early with rivaroxaban.",
     "There was no clear difference between people sent home early with rivaroxaban and "
     "people kept in hospital as usual."),
    ("invented-difference", "riva", "en",
     "There was no clear difference, though people sent home early with rivaroxaban had a "
     "bit less bleeding.",
     "There was no clear difference between people sent home early with rivaroxaban and "
     "people kept in hospital as usual."),
    ("invented-difference", "riva", "es",
     "Hubo un pequeño beneficio para las personas que volvieron pronto a casa con rivaroxabán.",
     "No hubo una diferencia clara para las personas que volvieron pronto a casa con "
     "rivaroxabán."),
    ("invented-difference", "riva", "fr",
     "Il y a eu un petit avantage pour les personnes rentrées tôt sous rivaroxaban.",
     "Il n'y a pas eu de différence nette pour les personnes rentrées tôt sous rivaroxaban."),
    ("invented-difference", "riva", "de",
     "Menschen mit Rivaroxaban zu Hause schnitten etwas besser ab.",
     "Zwischen Menschen mit Rivaroxaban zu Hause und in der Klinik gab es keinen klaren "
     "Unterschied."),
    ("invented-difference", "riva", "it",
     "C'è stato un piccolo vantaggio per le persone mandate a casa presto con rivaroxaban.",
     "Non c'è stata una differenza chiara per le persone mandate a casa presto con "
     "rivaroxaban."),
    ("invented-difference", "riva", "pt",
     "Houve um pequeno benefício para as pessoas que foram para casa mais cedo com "
     "rivaroxabano.",
     "Não houve uma diferença clara para as pessoas que foram para casa mais cedo com "
     "rivaroxabano."),
]


@pytest.mark.parametrize(("rule", "sheet", "lang", "wrong", "faithful"), PAIRS,
                         ids=[f"{p[0]}-{p[1]}-{p[2]}-{i}" for i, p in enumerate(PAIRS)])
def test_wrong_is_found_and_faithful_passes(packs, sheets, rule, sheet, lang, wrong,
                                            faithful):
    assert found(packs, sheets, rule, sheet, lang, wrong), wrong
    assert not found(packs, sheets, rule, sheet, lang, faithful), faithful


@pytest.mark.parametrize(("rule", "sheet", "lang", "text"), [
    # the sheet says it itself: a trial of women, a randomised trial, deaths it counts
    ("population-changed", "chx", "en", "4.0% of women whose skin was cleaned with "
                                        "chlorhexidine got a wound infection."),
    ("population-changed", "vitd", "fr", "4,2 % des femmes et 4,5 % des hommes de l'étude."),
    ("design-changed", "riva", "de", "Eine randomisierte Studie mit 114 Patienten."),
    ("safety-invented", "riva", "de", "Die 30-Tage-Sterblichkeit bei Lungenembolie."),
    ("invented-difference", "hsct", "en", "Some people with MS did slightly better."),
])
def test_what_the_sheet_says_itself_passes(packs, sheets, rule, sheet, lang, text):
    assert not found(packs, sheets, rule, sheet, lang, text), text
