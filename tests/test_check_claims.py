"""Claims the study cannot carry (``plainsum_checks.claims``): causal wording for an
observational study (``causal-claim``) and a difference where the sheet found none
(``invented-difference``), in the six languages and the Dutch example pack.

The sheets are the reviewed chlorhexidine trial, read as it is (randomised), as an
observational study, with no design at all, and with one more outcome (wound pain) on
which the two cleansers did no better and no worse than each other. The faithful
sentences are written as people write them, not as the generators do."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.language import pack_data
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext
from plainsum_checks.claims import ClaimValidator

from .conftest import SEED_FACTS, TRIAL_FACTS, registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")
RULES = ("causal-claim", "invented-difference")

# The trial's sheet has no Dutch: the groups and outcome in Dutch, for the Dutch pack.
DUTCH = {
    "all": ({"plain": "vrouwen met een keizersnede",
             "technical": "vrouwen die een keizersnede kregen"},
            ["vrouwen", "patiënten", "keizersnede"]),
    "chlorhexidine-arm": ({"plain": "vrouwen bij wie de huid met chloorhexidine werd gereinigd",
                           "technical": "chloorhexidine-alcoholgroep"},
                          ["chloorhexidine", "chloorhexidinegroep"]),
    "iodine-arm": ({"plain": "vrouwen bij wie de huid met jodium werd gereinigd",
                    "technical": "jodium-alcoholgroep"}, ["jodium", "jodiumgroep"]),
}
PAIN_LABELS = {
    "en": ("had wound pain", "reported wound pain", "wound pain", ["pain"]),
    "es": ("tuvieron dolor en la herida", "refirieron dolor en la herida",
           "dolor en la herida", ["dolor"]),
    "fr": ("ont eu mal à la plaie", "ont signalé une douleur de la plaie",
           "douleur de la plaie", ["douleur", "douleurs"]),
    "de": ("hatten Wundschmerzen", "berichteten über Wundschmerzen", "Wundschmerzen",
           ["Schmerzen", "Wundschmerz"]),
    "it": ("hanno avuto dolore alla ferita", "hanno riferito dolore alla ferita",
           "dolore alla ferita", ["dolore"]),
    "pt": ("tiveram dor na ferida", "referiram dor na ferida", "dor na ferida", ["dor"]),
    "nl": ("hadden pijn aan de wond", "meldden wondpijn", "wondpijn", ["pijn"]),
}


@pytest.fixture(scope="module")
def packs():
    return registry_with(LANGS)


def _trial() -> dict:
    data = yaml.safe_load(TRIAL_FACTS.read_text(encoding="utf-8"))
    for group in data["groups"]:
        group["label"]["nl"], group["keywords"]["nl"] = DUTCH[group["id"]]
    for outcome in data["outcomes"]:
        outcome["label"]["nl"] = {"plain": "kregen een wondinfectie",
                                  "technical": "ontwikkelden een wondinfectie"}
    return data


def _with_pain(data: dict) -> dict:
    """One more outcome, wound pain, on which the sheet found no difference."""
    data = copy.deepcopy(data)
    data["outcomes"].append({
        "id": "pain", "measure": "wound-pain", "polarity": "higher-is-worse",
        "label": {lang: {"plain": plain, "technical": tech}
                  for lang, (plain, tech, _, _) in PAIN_LABELS.items()}})
    term = {"id": "wound-pain"}
    for lang, (_, _, name, forms) in PAIN_LABELS.items():
        term[lang] = {"technical": name, "plain": name, "forms": forms,
                      "definition": "Pain where the cut was made."}
    data["terms"].append(term)
    data["facts"].append({"id": "pain-nd", "kind": "no-difference",
                          "group": "chlorhexidine-arm", "versus": "iodine-arm",
                          "outcome": "pain", "p": 0.41})
    return data


def _load(tmp_path_factory, packs, name: str, data: dict):
    path = Path(tmp_path_factory.mktemp("claims")) / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return load_factsheet(path, packs.known_terms())


@pytest.fixture(scope="module")
def randomised(tmp_path_factory, packs):
    return _load(tmp_path_factory, packs, "randomised", _trial())


@pytest.fixture(scope="module")
def observational(tmp_path_factory, packs):
    data = _trial()
    data["study"]["evidence"] = "observational"
    data["quotes"].append({"id": "quote-causal", "speaker": "macones", "text": {
        "en": "Chlorhexidine prevents these infections, and every hospital should use it.",
        "es": "La clorhexidina previene estas infecciones y todos los hospitales deberían "
              "usarla."}})
    return _load(tmp_path_factory, packs, "observational", data)


# headlines that state the main result as a link, not as something the cleanser did
LINKED_TITLES = {
    "en": "Chlorhexidine before a C-section: fewer wound infections than iodine",
    "es": "Cesárea: menos infecciones con clorhexidina que con yodo",
    "fr": "Césarienne : la chlorhexidine, moins d'infections que l'iode",
    "de": "Kaiserschnitt: weniger Infektionen mit Chlorhexidin als mit Jod",
    "it": "Cesareo: meno infezioni con clorexidina che con iodio",
    "pt": "Cesariana: menos infeções com clorexidina do que com iodo",
    "nl": "Keizersnede: minder wondinfecties met chloorhexidine dan met jodium",
}


@pytest.fixture(scope="module")
def undesigned(tmp_path_factory, packs):
    """No design, and a title that says no cause either."""
    data = _trial()
    data["study"]["design"] = []
    data["title"] = dict(LINKED_TITLES)
    data["short_title"] = dict(LINKED_TITLES)
    return _load(tmp_path_factory, packs, "undesigned", data)


@pytest.fixture(scope="module")
def undesigned_titled(tmp_path_factory, packs):
    """No design, and the sheet's reviewed title says the cleanser prevents infections."""
    data = _trial()
    data["study"]["design"] = []
    return _load(tmp_path_factory, packs, "undesigned-titled", data)


@pytest.fixture(scope="module")
def no_difference(tmp_path_factory, packs):
    return _load(tmp_path_factory, packs, "no-difference", _with_pain(_trial()))


def claims(packs, sheet, lang, text, pack=None):
    pack = pack or packs.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return [f for f in ClaimValidator().validate(text, context) if f.rule in RULES]


# --- causal-claim -------------------------------------------------------------------------
CAUSAL = {
    "en": ["Cleaning the skin with chlorhexidine prevents wound infections.",
           "Chlorhexidine cuts the risk of a wound infection by about 45 percent.",
           "Chlorhexidine reduced their risk of infection.",
           "Chlorhexidine protects against wound infections after a C-section.",
           "Chlorhexidine is responsible for the drop in infections.",
           "Thanks to chlorhexidine, fewer women got an infection.",
           "Chlorhexidine lowers infection risk after a C-section.",
           "The authors stress that the study proves chlorhexidine prevents the disease.",
           "Chlorhexidine causes fewer wound infections than iodine.",
           "Chlorhexidine washes prevent wound infections."],
    "es": ["Limpiar la piel con clorhexidina previene las infecciones de la herida.",
           "La clorhexidina reduce el riesgo de infección en un 45 %.",
           "El uso de clorhexidina aumentó un 31 % el riesgo de infección.",
           "La clorhexidina evita más infecciones que el yodo.",
           "La clorhexidina protege contra las infecciones de la herida.",
           "La clorhexidina reducía el riesgo de infección.",
           "La clorhexidina provoca menos infecciones de la herida."],
    "fr": ["Désinfecter la peau à la chlorhexidine prévient les infections de la plaie.",
           "La chlorhexidine réduit le risque d'infection d'environ 45 %.",
           "La chlorhexidine réduit de 45 % le risque d'infection.",
           "La chlorhexidine permet d'éviter des infections.",
           "La chlorhexidine protège contre les infections de la plaie.",
           "La chlorhexidine réduisait le risque d'infection (HR 0,62)."],
    "de": ["Die Hautreinigung mit Chlorhexidin verhindert Wundinfektionen.",
           "Chlorhexidin senkt das Infektionsrisiko deutlich.",
           "Die Forscher zeigen, dass Chlorhexidin das Risiko einer Infektion senkt.",
           "Chlorhexidin schützt vor Wundinfektionen.",
           "Dank Chlorhexidin gab es weniger Infektionen.",
           "Im Vergleich senkte die Reinigung mit Chlorhexidin das Risiko einer Infektion."],
    "it": ["Disinfettare la pelle con clorexidina previene le infezioni della ferita.",
           "La clorexidina ha ridotto il loro rischio di infezione.",
           "La clorexidina riduce del 45 % il rischio di infezione.",
           "La clorexidina protegge dalle infezioni della ferita.",
           "La clorexidina causa meno infezioni.",
           "La clorexidina riduceva il rischio di infezione."],
    "pt": ["Limpar a pele com clorexidina previne as infeções da ferida.",
           "A clorexidina reduz o risco de infeção em cerca de 45 %.",
           "A clorexidina reduz em 45 % o risco de infeção.",
           "A clorexidina protege contra as infeções da ferida.",
           "Graças à clorexidina houve menos infeções.",
           "A clorexidina reduzia o risco de infeção."],
    "nl": ["Het reinigen van de huid met chloorhexidine voorkomt wondinfecties.",
           "Chloorhexidine verlaagt het risico op een wondinfectie met ongeveer 45 procent.",
           "Chloorhexidine beschermt tegen wondinfecties.",
           "Chloorhexidine veroorzaakt minder infecties."],
}

# associations, caveats, questions, purposes and causes of something else: no finding
CAREFUL = {
    "en": ["Women whose skin was cleaned with chlorhexidine had a lower risk of wound "
           "infection.",
           "Chlorhexidine was linked to fewer wound infections.",
           "Using chlorhexidine was associated with a 38 percent lower risk.",
           "The study cannot show that chlorhexidine prevents infections.",
           "This does not prove that chlorhexidine causes fewer infections.",
           "Chlorhexidine may prevent some infections, the researchers said.",
           "A trial is needed to find out whether chlorhexidine lowers the risk.",
           "Does chlorhexidine prevent infections?",
           "Infections cause pain and can lead to longer hospital stays.",
           "We want to find the best ways to prevent these infections.",
           "Women cleaned with chlorhexidine were less likely to go back to hospital because "
           "of a wound infection.",
           "Because this was not a randomised trial, we cannot say chlorhexidine lowers "
           "the risk.",
           "Chlorhexidine can cause skin irritation in some people.",
           "Chlorhexidine was associated with reduced infection risk.",
           "Chlorhexidine is thought to protect against infection by killing germs.",
           "The hospital wants to help prevent wound infections with chlorhexidine."],
    "es": ["Usar clorhexidina se asoció con menos infecciones de la herida.",
           "Las mujeres a las que se limpió la piel con clorhexidina tuvieron un riesgo menor "
           "de infección.",
           "El estudio no demuestra que la clorhexidina prevenga las infecciones.",
           "No podemos decir que la clorhexidina reduce el riesgo de infección.",
           "La clorhexidina podría prevenir algunas infecciones.",
           "Hace falta un ensayo para saber si la clorhexidina reduce el riesgo.",
           "¿Previene la clorhexidina las infecciones?",
           "Las infecciones causan dolor y alargan la estancia en el hospital.",
           "Las mujeres que evitan la clorhexidina tuvieron más infecciones.",
           "El uso de clorhexidina estuvo relacionado con un riesgo reducido de infección.",
           "La clorhexidina puede provocar irritación de la piel.",
           "En el hospital se evita la clorhexidina en mujeres alérgicas."],
    "fr": ["La chlorhexidine était associée à moins d'infections de la plaie.",
           "Les femmes dont la peau a été désinfectée à la chlorhexidine avaient un risque "
           "plus faible d'infection.",
           "L'étude ne prouve pas que la chlorhexidine prévient les infections.",
           "On ne peut pas dire que la chlorhexidine réduit le risque.",
           "La chlorhexidine pourrait prévenir certaines infections.",
           "La chlorhexidine prévient-elle les infections ?",
           "La chlorhexidine protège la peau.",
           "La cause de l'infection n'était pas la chlorhexidine.",
           "Avec la chlorhexidine, moins de femmes sont retournées à l'hôpital à cause d'une "
           "infection.",
           "L'utilisation de la chlorhexidine était liée à un risque réduit d'infection.",
           "Le médecin prévient les patientes que la chlorhexidine peut irriter la peau."],
    "de": ["Bei Frauen aus der Chlorhexidin-Gruppe war das Risiko einer Wundinfektion "
           "verringert.",
           "Chlorhexidin war mit weniger Wundinfektionen verbunden.",
           "Frauen aus der Chlorhexidin-Gruppe hatten ein geringeres Risiko für eine "
           "Wundinfektion.",
           "Die Studie beweist nicht, dass Chlorhexidin Infektionen verhindert.",
           "Chlorhexidin verhindert keine Infektionen.",
           "Chlorhexidin könnte manche Infektionen verhindern.",
           "Ob Chlorhexidin das Risiko senkt, muss eine Studie klären.",
           "Chlorhexidin schützt die Haut.",
           "Chlorhexidin verursacht bei manchen Menschen Hautreizungen.",
           "Um Infektionen zu verhindern, wird Chlorhexidin oft genutzt.",
           "Bei Frauen aus der Chlorhexidin-Gruppe erhöhte sich das Risiko nicht."],
    "it": ["L'uso della clorexidina era associato a meno infezioni.",
           "Le donne a cui la pelle è stata pulita con clorexidina avevano un rischio minore "
           "di infezione.",
           "Lo studio non dimostra che la clorexidina previene le infezioni.",
           "La clorexidina potrebbe prevenire alcune infezioni.",
           "Serve uno studio per capire se la clorexidina riduce il rischio.",
           "La clorexidina previene le infezioni?",
           "La clorexidina protegge la pelle.",
           "Le infezioni causano dolore.",
           "La clorexidina provoca a volte irritazioni della pelle."],
    "pt": ["O uso de clorexidina esteve associado a menos infeções.",
           "As mulheres cuja pele foi limpa com clorexidina tinham um risco menor de infeção.",
           "O estudo não prova que a clorexidina previne as infeções.",
           "A clorexidina poderá prevenir algumas infeções.",
           "É preciso um ensaio para saber se a clorexidina reduz o risco.",
           "A clorexidina protege a pele.",
           "As infeções causam dor.",
           "Trata-se de uma associação: não prova que a clorexidina previne as infeções.",
           "No hospital evita-se a clorexidina em mulheres alérgicas."],
    "nl": ["Chloorhexidine hing samen met minder wondinfecties.",
           "Vrouwen bij wie de huid met chloorhexidine werd gereinigd hadden een lager risico "
           "op een wondinfectie.",
           "Het onderzoek bewijst niet dat chloorhexidine infecties voorkomt.",
           "Chloorhexidine voorkomt geen infecties.",
           "Chloorhexidine zou sommige infecties kunnen voorkomen.",
           "Voorkomt chloorhexidine infecties?",
           "Chloorhexidine beschermt de huid.",
           "Om infecties te voorkomen wordt vaak chloorhexidine gebruikt."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang in LANGS for t in CAUSAL[lang]])
def test_causal_wording_is_an_error_for_an_observational_study(packs, observational,
                                                                randomised, lang, text):
    found = claims(packs, observational, lang, text)
    assert [(f.rule, f.severity) for f in found] == [("causal-claim", "error")], text
    start, end = found[0].span
    assert text[start:end] == found[0].found
    assert "observational" in found[0].message
    assert claims(packs, randomised, lang, text) == []  # a trial may say so


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang in LANGS for t in CAREFUL[lang]])
def test_associations_and_caveats_are_not_causal_claims(packs, observational, lang, text):
    assert claims(packs, observational, lang, text) == []


# The seed: a retrospective study of stem cell transplants, with no comparison group.
SEED_CAREFUL = {
    "en": ["Ten years after a stem cell transplant, 7 in 10 people with relapsing-remitting "
           "MS had not got worse.",
           "The study cannot show that the transplant itself kept MS from getting worse: "
           "there was no comparison group.",
           "Stem cell transplants may prevent disability from getting worse over the longer "
           "term, the researchers said.",
           "HSCT was linked to long-lasting stability in many people with MS.",
           "MS causes the immune system to attack the coating of the nerves.",
           "Whether HSCT prevents disability in the long run needs a randomised trial to "
           "answer.",
           "Strong drugs first wipe out the immune system, which stops it from attacking the "
           "nerves."],
    "es": ["El estudio no puede demostrar que el trasplante frene por sí solo el avance de la "
           "enfermedad, porque no hubo grupo de comparación.",
           "Los trasplantes de células madre podrían evitar que la discapacidad empeore a "
           "largo plazo, según los autores.",
           "El trasplante de células madre se asoció con una estabilidad duradera en muchas "
           "personas con EM.",
           "La EM hace que las defensas del cuerpo ataquen la capa que protege los nervios."],
    "fr": ["L'étude ne permet pas de dire que la greffe a elle-même stoppé la progression de "
           "la maladie : il n'y avait pas de groupe de comparaison.",
           "La greffe de cellules souches pourrait éviter l'aggravation du handicap à long "
           "terme, selon les chercheurs.",
           "La greffe de cellules souches était associée à une stabilité durable chez beaucoup "
           "de personnes atteintes de SEP.",
           "Dans la SEP, les défenses du corps attaquent la gaine qui protège les nerfs."],
    "de": ["Die Studie kann nicht zeigen, dass die Transplantation selbst das Fortschreiten "
           "gestoppt hat, denn es gab keine Vergleichsgruppe.",
           "Eine Stammzelltransplantation könnte eine Verschlechterung langfristig verhindern, "
           "sagen die Forschenden.",
           "Die Stammzelltransplantation ging bei vielen Menschen mit MS mit einem langen "
           "stabilen Verlauf einher."],
    "it": ["Lo studio non può dimostrare che il trapianto abbia fermato la progressione della "
           "malattia, perché mancava un gruppo di confronto.",
           "Il trapianto di cellule staminali potrebbe prevenire il peggioramento della "
           "disabilità a lungo termine, secondo i ricercatori.",
           "Il trapianto di cellule staminali era associato a una stabilità duratura in molte "
           "persone con SM.",
           "Nella SM le difese del corpo attaccano la guaina che protegge i nervi."],
    "pt": ["O estudo não consegue mostrar que o transplante travou por si só a progressão da "
           "doença, porque não houve grupo de comparação.",
           "O transplante de células estaminais poderá evitar que a incapacidade se agrave a "
           "longo prazo, dizem os investigadores.",
           "O transplante de células estaminais esteve associado a uma estabilidade duradoura "
           "em muitas pessoas com EM.",
           "Na EM, as defesas do corpo atacam a capa que protege os nervos."],
    "nl": ["Het onderzoek kan niet aantonen dat de transplantatie zelf de achteruitgang "
           "stopte: er was geen vergelijkingsgroep.",
           "Een stamceltransplantatie zou verslechtering op lange termijn kunnen voorkomen, "
           "zeggen de onderzoekers.",
           "De stamceltransplantatie hing bij veel mensen met MS samen met een langdurig "
           "stabiel beloop."],
}
SEED_CAUSAL = {
    "en": ["A stem cell transplant stops MS in its tracks.",
           "HSCT halts disability progression in most people with relapsing MS.",
           "A stem cell transplant prevents MS from getting worse.",
           "Stem cell transplants protect against disability."],
    "es": ["El trasplante de células madre frena el avance de la EM.",
           "El trasplante de células madre evita que la discapacidad empeore."],
    "fr": ["La greffe de cellules souches stoppe la progression de la SEP.",
           "La greffe de cellules souches évite l'aggravation du handicap."],
    "de": ["Die Stammzelltransplantation stoppt das Fortschreiten der MS.",
           "Die Stammzelltransplantation verhindert, dass die Behinderung zunimmt."],
    "it": ["Il trapianto di cellule staminali ferma la progressione della SM.",
           "Il trapianto di cellule staminali previene il peggioramento della disabilità."],
    "pt": ["O transplante de células estaminais trava a progressão da EM.",
           "O transplante de células estaminais previne o agravamento da incapacidade."],
    "nl": ["Een stamceltransplantatie stopt de achteruitgang bij MS.",
           "Een stamceltransplantatie voorkomt dat de invaliditeit toeneemt."],
}


@pytest.fixture(scope="module")
def seed(packs):
    return load_factsheet(str(SEED_FACTS), packs.known_terms())


@pytest.mark.parametrize(("lang", "text"),
                         [(lang, t) for lang in LANGS for t in SEED_CAREFUL[lang]])
def test_the_seed_said_carefully_passes(packs, seed, lang, text):
    assert claims(packs, seed, lang, text) == []


@pytest.mark.parametrize(("lang", "text"),
                         [(lang, t) for lang in LANGS for t in SEED_CAUSAL[lang]])
def test_the_seed_said_as_a_cure_is_a_causal_claim(packs, seed, lang, text):
    assert [(f.rule, f.severity) for f in claims(packs, seed, lang, text)] == [
        ("causal-claim", "error")], text


# The vitamin D example: pooled cohorts (observational). Mechanisms, hypotheses, other
# conditions and negated trial results pass; the finding said as a cause does not.
VITAMIN = {
    "en": (["Vitamin D is thought to protect against cancer by slowing cell growth.",
            "Low vitamin D tied to higher colon cancer risk.",
            "Vitamin D helps the body absorb calcium and keeps bones strong.",
            "Vitamin D deficiency can cause bone problems such as rickets.",
            "Trials of vitamin D pills have so far not shown that they lower the risk of "
            "colorectal cancer.",
            "It is not yet clear whether raising vitamin D levels would cut the risk."],
           ["Vitamin D pills prevent colorectal cancer.",
            "Too little vitamin D raises the risk of colorectal cancer by 31 percent.",
            "Low vitamin D is a cause of colorectal cancer."]),
    "es": (["Se cree que la vitamina D protege contra el cáncer al frenar el crecimiento "
            "celular.",
            "Los niveles bajos de vitamina D se asociaron con un mayor riesgo de cáncer "
            "colorrectal.",
            "La falta de vitamina D puede causar problemas en los huesos.",
            "Los ensayos con suplementos de vitamina D no han demostrado que reduzcan el "
            "riesgo de cáncer colorrectal."],
           ["La vitamina D previene el cáncer colorrectal.",
            "La falta de vitamina D provoca cáncer colorrectal."]),
    "fr": (["On pense que la vitamine D protège contre le cancer en freinant la croissance "
            "des cellules.",
            "Un faible taux de vitamine D était associé à un risque plus élevé de cancer "
            "colorectal.",
            "Le manque de vitamine D peut causer des problèmes osseux.",
            "Les essais de suppléments n'ont pas montré qu'ils réduisent le risque de cancer "
            "colorectal."],
           ["La vitamine D prévient le cancer colorectal.",
            "Le manque de vitamine D provoque le cancer colorectal."]),
    "de": (["Man vermutet, dass Vitamin D vor Krebs schützt, weil es das Zellwachstum "
            "bremst.",
            "Ein niedriger Vitamin-D-Spiegel ging mit einem höheren Darmkrebsrisiko einher.",
            "Vitamin-D-Mangel kann Knochenprobleme verursachen.",
            "Studien mit Vitamin-D-Präparaten haben nicht gezeigt, dass sie das "
            "Darmkrebsrisiko senken."],
           ["Vitamin D verhindert Darmkrebs.", "Vitamin-D-Mangel verursacht Darmkrebs."]),
    "it": (["Si ritiene che la vitamina D protegga dal cancro rallentando la crescita delle "
            "cellule.",
            "Livelli bassi di vitamina D erano associati a un rischio più alto di tumore del "
            "colon-retto.",
            "La carenza di vitamina D può causare problemi alle ossa.",
            "Gli studi con integratori non hanno dimostrato che riducano il rischio di tumore "
            "del colon-retto."],
           ["La vitamina D previene il tumore del colon-retto.",
            "La carenza di vitamina D provoca il tumore del colon-retto."]),
    "pt": (["Pensa-se que a vitamina D protege contra o cancro ao travar o crescimento das "
            "células.",
            "Níveis baixos de vitamina D estiveram associados a um risco maior de cancro "
            "colorretal.",
            "A falta de vitamina D pode causar problemas nos ossos.",
            "Os ensaios com suplementos não mostraram que reduzem o risco de cancro "
            "colorretal."],
           ["A vitamina D previne o cancro colorretal.",
            "A falta de vitamina D provoca cancro colorretal."]),
    "nl": (["Men denkt dat vitamine D beschermt tegen kanker door de celgroei af te remmen.",
            "Darmkanker, die vaak voorkomt bij mensen met weinig vitamine D, is goed te "
            "behandelen.",
            "Een laag vitamine D-gehalte hing samen met een hoger risico op darmkanker.",
            "Een tekort aan vitamine D kan botproblemen veroorzaken.",
            "Onderzoeken met supplementen hebben niet aangetoond dat ze het risico op "
            "darmkanker verlagen."],
           ["Vitamine D voorkomt darmkanker.",
            "Een tekort aan vitamine D veroorzaakt darmkanker."]),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_vitamin_d_example_said_as_a_cause_and_as_a_link(packs, lang):
    sheet = load_factsheet(
        str(TRIAL_FACTS.parents[1] / "vitamin-d-colorectal-2018" / "facts.yaml"),
        packs.known_terms())
    assert sheet.evidence == "observational"
    careful, causal = VITAMIN[lang]
    assert [t for t in careful if claims(packs, sheet, lang, t)] == []
    assert [t for t in causal
            if [f.rule for f in claims(packs, sheet, lang, t)] != ["causal-claim"]] == []


def test_a_design_that_does_not_settle_it_gets_a_warning(packs, undesigned):
    assert undesigned.evidence == "other"
    found = claims(packs, undesigned, "en", "Chlorhexidine prevents wound infections.")
    assert [(f.rule, f.severity) for f in found] == [("causal-claim", "warning")]
    assert "study.evidence" in found[0].message


def test_a_laboratory_experiment_may_say_what_caused_what(packs, tmp_path_factory):
    data = _trial()
    data["study"]["evidence"] = "lab"
    sheet = _load(tmp_path_factory, packs, "lab", data)
    assert claims(packs, sheet, "en", "Chlorhexidine prevents wound infections.") == []


# the main result said as caused, as a sheet's reviewed title may say it, and the same
# sentence about an outcome the title does not speak of
TITLED = {
    "en": ("Chlorhexidine prevents wound infections.", "Chlorhexidine prevents deaths."),
    "es": ("La clorhexidina evita infecciones de la herida.", "La clorhexidina evita muertes."),
    "fr": ("La chlorhexidine évite les infections de la plaie.",
           "La chlorhexidine évite les décès."),
    "de": ("Chlorhexidin verhindert Wundinfektionen.", "Chlorhexidin verhindert Todesfälle."),
    "it": ("La clorexidina previene le infezioni della ferita.",
           "La clorexidina previene i decessi."),
    "pt": ("A clorexidina evita infeções da ferida.", "A clorexidina evita mortes."),
}


@pytest.mark.parametrize("lang", sorted(TITLED))
def test_a_sheet_whose_own_title_states_the_cause_lets_a_text_say_it(
        packs, undesigned, undesigned_titled, lang):
    """No design, but the reviewed title says the exposure prevents the main outcome: a
    text that says so of the same outcome follows the sheet. Of another outcome, or on a
    sheet whose title says no cause, it is still a warning."""
    same, other = TITLED[lang]
    assert claims(packs, undesigned_titled, lang, same) == []
    for sheet, text in ((undesigned_titled, other), (undesigned, same)):
        found = claims(packs, sheet, lang, text)
        assert [(f.rule, f.severity) for f in found] == [("causal-claim", "warning")], text


def test_an_example_without_a_stated_design_may_say_what_its_headline_says(packs):
    """SCOT-HEART: the release never says how patients were assigned, so the sheet states
    no design, but its reviewed title says the scan cut heart attacks: a headline that
    says so follows the sheet, where one that says the scans prevent deaths does not."""
    sheet = load_factsheet(str(TRIAL_FACTS.parents[1] / "ct-heart-scan-2018" / "facts.yaml"),
                           packs.known_terms())
    assert sheet.evidence == "other"
    assert claims(packs, sheet, "en", "Scans cut heart attack rates, major study finds.") == []
    assert claims(packs, sheet, "en", "A 40% cut in heart attack rates was seen with scans.") == []
    found = claims(packs, sheet, "en", "Scans prevent deaths, major study finds.")
    assert [(f.rule, f.severity, f.found) for f in found] == [
        ("causal-claim", "warning", "prevent")]
    # the outcome named inside a compound ("Herzinfarktrisiko"), and another one
    said = "Das Herz-CT senkte das Herzinfarktrisiko um 40 Prozent."
    assert claims(packs, sheet, "de", said) == []
    found = claims(packs, sheet, "de", "Das Herz-CT senkte das Sterberisiko um 40 Prozent.")
    assert [(f.rule, f.severity) for f in found] == [("causal-claim", "warning")]


def test_the_message_names_the_design_from_the_sheet(packs):
    seed = load_factsheet(str(SEED_FACTS), packs.known_terms())
    assert seed.evidence == "observational"  # retrospective-study
    found = claims(packs, seed, "en", "A stem cell transplant prevents MS from getting worse.")
    assert [f.rule for f in found] == ["causal-claim"]
    assert "retrospective-study" in found[0].message


def test_a_causal_quote_is_a_warning_that_names_the_speaker(packs, observational):
    text = ("Women cleaned with chlorhexidine had fewer infections. \"Chlorhexidine prevents "
            "these infections, and every hospital should use it,\" said George A. Macones.")
    found = claims(packs, observational, "en", text)
    assert [(f.rule, f.severity) for f in found] == [("causal-claim", "warning")]
    assert "Macones" in found[0].message and "quote-causal" in found[0].message
    # the same words outside the quote are the text's own claim
    own = claims(packs, observational, "en", "Chlorhexidine prevents these infections.")
    assert [f.severity for f in own] == ["error"]


def test_a_result_figure_ties_a_causal_phrase_to_the_study(packs, observational):
    """The exposure named only in the sentence before: the study's figure says what the
    sentence is about; a cause said without one is about something else."""
    text = ("Chlorhexidine was used on some of the women. It cut their risk of a wound "
            "infection from 7.3 percent to 4 percent.")
    found = claims(packs, observational, "en", text)
    assert [f.found for f in found] == ["cut their risk"]
    assert claims(packs, observational, "en", "Smoking raises the risk of infection.") == []


def test_one_finding_a_sentence(packs, observational):
    text = "Chlorhexidine prevents infections and cuts the risk of pain."
    assert len(claims(packs, observational, "en", text)) == 1


# --- invented-difference -------------------------------------------------------------------
INVENTED = {
    "en": ["Chlorhexidine lowered wound pain more than iodine.",
           "Women cleaned with chlorhexidine had less wound pain than women cleaned with "
           "iodine.",
           "Chlorhexidine was more effective than iodine against wound pain.",
           "For wound pain, chlorhexidine worked better than iodine.",
           "Chlorhexidine eased wound pain more than iodine did.",
           "Wound pain was uncommon and significantly rarer with chlorhexidine."],
    "es": ["Las mujeres con clorhexidina tuvieron menos dolor que las que recibieron yodo.",
           "Con la clorhexidina el dolor fue menor que con el yodo.",
           "La clorhexidina fue más eficaz que el yodo contra el dolor.",
           "La clorhexidina alivió el dolor en la herida más que el yodo."],
    "fr": ["La chlorhexidine était plus efficace que l'iode contre la douleur.",
           "Les douleurs ont été nettement plus rares sous chlorhexidine.",
           "La chlorhexidine a davantage soulagé la douleur que l'iode.",
           "Les femmes du groupe chlorhexidine avaient moins de douleurs que celles du groupe "
           "iode."],
    "de": ["Chlorhexidin linderte die Wundschmerzen mehr als Jod.",
           "Frauen aus der Chlorhexidin-Gruppe hatten weniger Schmerzen als Frauen aus der "
           "Jod-Gruppe.",
           "Chlorhexidin war wirksamer gegen Schmerzen als Jod.",
           "Bei den Schmerzen schnitt Chlorhexidin besser ab als Jod.",
           "Wundschmerzen waren unter Chlorhexidin deutlich seltener."],
    "it": ["La clorexidina ha alleviato il dolore più dello iodio.",
           "Le donne del gruppo clorexidina hanno avuto meno dolore rispetto a quelle del "
           "gruppo iodio.",
           "La clorexidina è stata più efficace dello iodio contro il dolore.",
           "Il dolore è stato nettamente più raro con la clorexidina."],
    "pt": ["A clorexidina aliviou a dor mais do que o iodo.",
           "As mulheres do grupo da clorexidina tiveram menos dor do que as do grupo do iodo.",
           "A clorexidina foi mais eficaz do que o iodo contra a dor.",
           "A dor foi claramente mais rara com clorexidina."],
    "nl": ["Chloorhexidine verlichtte de wondpijn meer dan jodium.",
           "Vrouwen in de chloorhexidinegroep hadden minder pijn dan vrouwen in de "
           "jodiumgroep.",
           "Chloorhexidine werkte beter tegen pijn dan jodium.",
           "Wondpijn was met chloorhexidine duidelijk minder dan met jodium."],
}

# no difference said plainly, a difference hedged as chance, another outcome's real
# difference, changes within the groups, quantities: no finding
ALIKE = {
    "en": ["There was no difference in wound pain between chlorhexidine and iodine.",
           "Chlorhexidine did no better and no worse than iodine for wound pain.",
           "Wound pain was similar with chlorhexidine and with iodine.",
           "Chlorhexidine eased wound pain as well as iodine did.",
           "There was no statistically significant difference in pain between the two "
           "groups.",
           "Pain was slightly lower with chlorhexidine than with iodine, but the difference "
           "was not statistically significant.",
           "Pain was slightly lower with chlorhexidine than with iodine. The difference could "
           "have been due to chance.",
           "Women cleaned with chlorhexidine had fewer wound infections than those cleaned "
           "with iodine, but wound pain was the same in both groups.",
           "Women cleaned with chlorhexidine had fewer wound infections than those cleaned "
           "with iodine.",
           "Chlorhexidine was not more effective than iodine at easing pain.",
           "Pain eased over the first week in both groups.",
           "Pain fell by three points with chlorhexidine and by three points with iodine.",
           "Neither cleanser eased wound pain more than the other.",
           "More than half of the women in the chlorhexidine group had some wound pain."],
    "es": ["No hubo diferencias en el dolor entre la clorhexidina y el yodo.",
           "La clorhexidina no fue ni mejor ni peor que el yodo en cuanto al dolor.",
           "El dolor fue similar con la clorhexidina y con el yodo.",
           "El dolor bajó tanto con la clorhexidina como con el yodo.",
           "El dolor fue algo menor con la clorhexidina que con el yodo, pero la diferencia no "
           "fue estadísticamente significativa.",
           "Las mujeres con clorhexidina tuvieron menos infecciones que las del grupo del yodo, "
           "pero el dolor fue el mismo en ambos grupos.",
           "Más de la mitad de las mujeres con clorhexidina tuvieron dolor."],
    "fr": ["Il n'y a pas eu de différence de douleur entre la chlorhexidine et l'iode.",
           "La chlorhexidine n'a fait ni mieux ni moins bien que l'iode pour la douleur.",
           "La douleur était similaire avec la chlorhexidine et avec l'iode.",
           "La douleur était un peu plus faible avec la chlorhexidine qu'avec l'iode, mais la "
           "différence n'était pas statistiquement significative.",
           "Les femmes du groupe chlorhexidine ont eu moins d'infections que celles du groupe "
           "iode, mais la douleur était la même dans les deux groupes.",
           "Plus de la moitié des femmes du groupe chlorhexidine ont eu des douleurs."],
    "de": ["Bei den Schmerzen gab es keinen Unterschied zwischen Chlorhexidin und Jod.",
           "Chlorhexidin wirkte gegen Schmerzen weder besser noch schlechter als Jod.",
           "Die Schmerzen waren mit Chlorhexidin und mit Jod ähnlich stark.",
           "Mit Chlorhexidin waren die Schmerzen etwas geringer als mit Jod, der Unterschied "
           "war aber nicht statistisch signifikant.",
           "Frauen aus der Chlorhexidin-Gruppe hatten weniger Wundinfektionen als Frauen aus "
           "der Jod-Gruppe, bei den Schmerzen gab es aber keinen Unterschied.",
           "Mehr als die Hälfte der Frauen aus der Chlorhexidin-Gruppe hatte Schmerzen."],
    "it": ["Non ci sono state differenze nel dolore tra clorexidina e iodio.",
           "La clorexidina non ha fatto né meglio né peggio dello iodio per il dolore.",
           "Il dolore è stato simile con la clorexidina e con lo iodio.",
           "Il dolore è stato un po' minore con la clorexidina che con lo iodio, ma la "
           "differenza non era statisticamente significativa.",
           "Più della metà delle donne del gruppo clorexidina ha avuto dolore."],
    "pt": ["Não houve diferenças na dor entre a clorexidina e o iodo.",
           "A clorexidina não foi nem melhor nem pior do que o iodo quanto à dor.",
           "A dor foi semelhante com clorexidina e com iodo.",
           "A dor foi um pouco menor com a clorexidina do que com o iodo, mas a diferença não "
           "foi estatisticamente significativa.",
           "Mais de metade das mulheres do grupo da clorexidina teve dor."],
    "nl": ["Er was geen verschil in pijn tussen chloorhexidine en jodium.",
           "De pijn was vergelijkbaar met chloorhexidine en met jodium.",
           "Chloorhexidine deed het niet beter en niet slechter dan jodium wat de pijn "
           "betreft.",
           "Meer dan de helft van de vrouwen in de chloorhexidinegroep had pijn."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang in LANGS for t in INVENTED[lang]])
def test_a_difference_the_sheet_did_not_find_is_an_error(packs, no_difference, lang, text):
    found = claims(packs, no_difference, lang, text)
    assert [(f.rule, f.fact) for f in found] == [("invented-difference", "pain-nd")], text
    start, end = found[0].span
    assert text[start:end] == found[0].found
    assert "no difference" in found[0].message


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang in LANGS for t in ALIKE[lang]])
def test_no_difference_said_faithfully_passes(packs, no_difference, lang, text):
    assert claims(packs, no_difference, lang, text) == []


def test_what_a_no_difference_fact_compares_names_its_outcome(packs, tmp_path_factory):
    """A no-difference fact may say what it compares (``measure``: the pain score) when its
    outcome's words do not name it."""
    from plainsum.factsheet.model import NoDifference

    if "measure" not in NoDifference.__dataclass_fields__:
        pytest.skip("no-difference facts have no measure in this plainsum")
    data = _with_pain(_trial())
    data["terms"] = [t for t in data["terms"] if t["id"] != "wound-pain"]
    for outcome in data["outcomes"]:
        if outcome["id"] == "pain":
            outcome.pop("measure")
            outcome["label"] = {"en": {"plain": "felt it", "technical": "reported it"}}
    data.setdefault("measures", []).append(
        {"id": "wound-pain", "label": {"en": {"plain": "wound pain",
                                              "technical": "wound pain score"}}})
    for fact in data["facts"]:
        if fact["id"] == "pain-nd":
            fact["measure"] = "wound-pain"
    sheet = _load(tmp_path_factory, packs, "measured", data)
    found = claims(packs, sheet, "en", "Chlorhexidine lowered wound pain more than iodine.")
    assert [f.fact for f in found] == ["pain-nd"]
    assert claims(packs, sheet, "en", "Wound pain was similar with both cleansers.") == []


def test_without_a_no_difference_fact_a_difference_is_not_this_rules_business(packs,
                                                                             randomised):
    text = "Chlorhexidine lowered wound pain more than iodine."
    assert claims(packs, randomised, "en", text) == []


def test_a_difference_with_no_outcome_named_is_left_alone_when_the_arms_differ_elsewhere(
        packs, no_difference):
    """The cleansers differ on infections: "worked better" alone may be about those."""
    assert claims(packs, no_difference, "en", "Chlorhexidine worked better than iodine.") == []


def test_a_difference_the_sheet_also_gives_is_not_invented(packs, tmp_path_factory):
    """A sheet with a no-difference and a difference for the same outcome and groups (at
    other times, say): a text's "lower" may be either."""
    data = _with_pain(_trial())
    data["facts"].append({"id": "pain-later", "kind": "relative-change", "value": 20,
                          "direction": "lower", "group": "chlorhexidine-arm",
                          "versus": "iodine-arm", "outcome": "pain"})
    sheet = _load(tmp_path_factory, packs, "both", data)
    assert claims(packs, sheet, "en", "Chlorhexidine lowered wound pain more than iodine.") == []


@pytest.mark.parametrize(("lang", "invented", "alike", "elsewhere"), [
    ("en", "Bleeding-related hospital or doctor visits were less frequent with rivaroxaban "
           "than with usual care.",
     "Bleeding-related hospital or doctor visits were about as frequent with rivaroxaban as "
     "with usual care.",
     "People sent home early with rivaroxaban spent fewer hours in hospital for a clot or "
     "bleeding than people given usual care."),
    ("es", "Las visitas al hospital o al médico por sangrado fueron menos frecuentes con "
           "rivaroxabán que con la atención habitual.",
     "Las visitas al médico por sangrado fueron igual de frecuentes con rivaroxabán que con "
     "la atención habitual.",
     "Con rivaroxabán, el tiempo en el hospital por coágulos o sangrados fue menor que con la "
     "atención habitual."),
    ("de", "Krankenhaus- oder Arztbesuche wegen Blutungen waren unter Rivaroxaban seltener als "
           "bei üblicher Versorgung.",
     "Arztbesuche wegen Blutungen waren unter Rivaroxaban etwa gleich häufig wie bei "
     "üblicher Versorgung.",
     "Mit Rivaroxaban war die Zeit im Krankenhaus wegen Gerinnseln oder Blutungen kürzer als "
     "bei üblicher Versorgung."),
])
def test_an_outcome_named_in_other_words_is_found_by_its_own_words(packs, lang, invented,
                                                                   alike, elsewhere):
    """The MERCURY PE sheet: no difference in visits for bleeding, a real one in time in
    hospital. A text names the visits in its own words ("bleeding-related visits"): the
    words only that outcome's wording has tell which outcome a clause is about."""
    sheet = load_factsheet(str(TRIAL_FACTS.parents[1] / "rivaroxaban-pe-2018" / "facts.yaml"),
                           packs.known_terms())
    found = claims(packs, sheet, lang, invented)
    assert [(f.rule, f.fact) for f in found] == [
        ("invented-difference", "bleeding-visits-same")], invented
    assert claims(packs, sheet, lang, alike) == []
    assert claims(packs, sheet, lang, elsewhere) == []


RIVAROXABAN = {
    "en": (["People sent home early with rivaroxaban spent less time in hospital than those "
            "kept in, and visits for bleeding were about the same.",
            "Visits to hospital or a doctor because of bleeding did not differ between the "
            "groups.",
            "The trial was too small to tell whether bleeding visits were more common in one "
            "group.",
            "Fewer than 1 in 100 people in either group had major bleeding."],
           ["Rivaroxaban patients needed fewer bleeding-related doctor visits.",
            "Going home early with rivaroxaban meant fewer hospital or doctor visits for "
            "bleeding than usual care."]),
    "es": (["Las personas que volvieron pronto a casa con rivaroxabán pasaron menos tiempo en "
            "el hospital, y las visitas por sangrado fueron parecidas.",
            "Las visitas al hospital o al médico por sangrado no difirieron entre los grupos."],
           ["Con rivaroxabán hubo menos visitas al médico por sangrado que con la atención "
            "habitual."]),
    "fr": (["Les patients sortis tôt sous rivaroxaban ont passé moins de temps à l'hôpital, et "
            "les consultations pour saignement ont été comparables.",
            "Les consultations chez le médecin à cause d'un saignement n'ont pas différé entre "
            "les groupes."],
           ["Sous rivaroxaban, il y a eu moins de consultations chez le médecin pour "
            "saignement qu'avec les soins habituels."]),
    # "Arzt" names the visits only as the head of a compound ("Arztbesuche")
    "de": (["Arztbesuche wegen Blutungen waren in beiden Gruppen etwa gleich häufig."],
           ["Blutungsbedingte Krankenhausaufenthalte oder Arztbesuche waren unter "
            "Rivaroxaban seltener."]),
}


@pytest.mark.parametrize("lang", sorted(RIVAROXABAN))
def test_the_rivaroxaban_example_no_difference_in_bleeding_visits(packs, lang):
    sheet = load_factsheet(str(TRIAL_FACTS.parents[1] / "rivaroxaban-pe-2018" / "facts.yaml"),
                           packs.known_terms())
    alike, invented = RIVAROXABAN[lang]
    assert [t for t in alike if claims(packs, sheet, lang, t)] == []
    assert [t for t in invented if [f.rule for f in claims(packs, sheet, lang, t)]
            != ["invented-difference"]] == []


# --- the packs and the sheets the project ships ---------------------------------------------
def test_a_pack_without_the_claim_lists_gets_no_finding(packs, observational, no_difference):
    bare = dataclasses.replace(packs.language("en"), causal=(), causing=(), caveats=(),
                               associative=(), same=(), comparatives=(), differences=())
    assert claims(packs, observational, "en", CAUSAL["en"][0], pack=bare) == []
    assert claims(packs, no_difference, "en", INVENTED["en"][0], pack=bare) == []


def test_a_words_module_without_the_lists_still_builds_a_pack(tmp_path):
    words = SimpleNamespace(NEGATIONS=["not"])
    data = pack_data(tmp_path, words)
    assert data["negations"] == ["not"] and "causal" not in data


def test_every_pack_has_the_lists(packs):
    for lang in LANGS:
        pack = packs.language(lang)
        assert pack.causal and pack.causing and pack.caveats and pack.associative, lang
        assert pack.same and pack.comparatives and pack.differences, lang


def test_the_seed_is_observational_and_its_outputs_claim_no_cause(packs):
    """The seed study looked back at records (retrospective): its generated outputs, in
    every language, say what was seen, never that the transplant caused it."""
    from plainsum.pipeline import generate

    seed = load_factsheet(str(SEED_FACTS), packs.known_terms())
    assert seed.evidence == "observational"
    outputs = list(generate(seed, packs, list(LANGS), list(packs.audiences), check=False))
    assert {o.lang for o in outputs} == set(LANGS)
    found = [(o.lang, o.generator, f.found) for o in outputs
             for f in claims(packs, seed, o.lang, o.text)]
    assert found == []


def test_past_the_listing_limit_the_text_says_it_was_not_read_to_its_end(
        packs, observational, monkeypatch):
    import plainsum_checks.claims as claims_module

    monkeypatch.setattr(claims_module, "LISTED", 3)
    text = " ".join(["Chlorhexidine prevents wound infections."] * 6)
    pack = packs.language("en")
    context = CheckContext(observational, pack, None, Lexicon(observational, pack),
                           require="none")
    found = ClaimValidator().validate(text, context)
    rules = [f.rule for f in found]
    assert rules.count("causal-claim") == 3
    assert rules.count("findings-not-listed") == 1
    assert next(f for f in found if f.rule == "findings-not-listed").severity == "error"


# A change said as done by the exposure, with its size ("X lowered Y by 45 %"): the most
# common causal slip of press releases; the change said of the outcome itself is a link.
DONE_BY = {
    "en": ("Chlorhexidine lowered wound infections by about 45 percent.",
           "Wound infections decreased by about 45 percent with chlorhexidine."),
    "es": ("La clorhexidina redujo las infecciones de la herida en un 45 %.",
           "Con clorhexidina, las infecciones de la herida se redujeron un 45 %."),
    "fr": ("La chlorhexidine a réduit de 45 % les infections de la plaie.",
           "Avec la chlorhexidine, les infections de la plaie ont diminué de 45 %."),
    "de": ("Chlorhexidin verringerte die Wundinfektionen um 45 %.",
           "Mit Chlorhexidin gab es 45 % weniger Wundinfektionen."),
    "it": ("La clorexidina ha ridotto le infezioni della ferita del 45%.",
           "Con la clorexidina le infezioni della ferita sono diminuite del 45%."),
    "pt": ("A clorexidina reduziu em 45% as infeções da ferida.",
           "Com a clorexidina, as infeções da ferida diminuíram 45%."),
    "nl": ("Chloorhexidine verlaagde het aantal wondinfecties met 45%.",
           "Met chloorhexidine daalde het aantal wondinfecties met 45%."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_change_said_as_done_by_the_exposure_is_causal(packs, observational, randomised,
                                                          lang):
    done, seen = DONE_BY[lang]
    assert [f.rule for f in claims(packs, observational, lang, done)] == ["causal-claim"]
    assert claims(packs, observational, lang, seen) == []
    assert claims(packs, randomised, lang, done) == []


# The next sentence takes a difference back only when it states none itself: "as were …"
# after another difference is no "no difference".
TAKEN_BACK = {
    "en": ("Chlorhexidine eased wound pain more than iodine did.",
           "The difference was not statistically significant.",
           "Infections were also fewer with chlorhexidine, as were readmissions."),
    "es": ("Con la clorhexidina el dolor fue menor que con el yodo.",
           "La diferencia no fue estadísticamente significativa.",
           "Las infecciones fueron menos frecuentes con clorhexidina, igual que los reingresos."),
}


@pytest.mark.parametrize("lang", TAKEN_BACK)
def test_the_next_sentence_takes_a_difference_back_only_by_saying_none(packs, no_difference,
                                                                       lang):
    claim, chance, another = TAKEN_BACK[lang]
    assert claims(packs, no_difference, lang, f"{claim} {chance}") == []
    found = claims(packs, no_difference, lang, f"{claim} {another}")
    assert [f.rule for f in found] == ["invented-difference"]


@pytest.mark.parametrize(("lang", "invented", "faithful"), [
    ("en", "Visits for bleeding were rarer with rivaroxaban than with usual care, and nobody "
           "had serious bleeding.",
     "Visits for bleeding were about the same in both groups, and nobody had serious "
     "bleeding."),
    ("it", "Le visite per sanguinamento sono state meno frequenti con rivaroxaban che con "
           "l'assistenza abituale e nessuno ha avuto un sanguinamento grave.",
     "Nei primi 90 giorni, in nessun caso le persone hanno avuto un sanguinamento grave."),
])
def test_a_none_claim_beside_an_invented_difference_does_not_hide_it(packs, lang, invented,
                                                                      faithful):
    """The sheet's none-claim ("nobody had serious bleeding") names its own outcome in the
    sentence; the difference word still belongs to the visits it stands next to."""
    sheet = load_factsheet(str(TRIAL_FACTS.parents[1] / "rivaroxaban-pe-2018" / "facts.yaml"),
                           packs.known_terms())
    assert [(f.rule, f.fact) for f in claims(packs, sheet, lang, invented)] == [
        ("invented-difference", "bleeding-visits-same")], invented
    assert claims(packs, sheet, lang, faithful) == []


# a cause said of something else in one clause, the exposure named only in a second clause
# of the same verb of saying ("..., and that ..."); the same sentence with the exposure as
# the subject of the causal verb
APART = {
    "en": ("The authors said other cleansers have prevented some infections, and that "
           "chlorhexidine should now be used.", "other cleansers", "chlorhexidine"),
    "es": ("Los autores señalaron que otros antisépticos han evitado algunas infecciones, y "
           "que ahora se debería usar clorhexidina.", "otros antisépticos", "la clorhexidina"),
    "fr": ("Les auteurs ont dit que d'autres antiseptiques ont évité des infections, et que "
           "la chlorhexidine devrait désormais être utilisée.", "d'autres antiseptiques",
           "la chlorhexidine"),
    "de": ("Die Autoren sagten, andere Mittel verhinderten einige Infektionen, und dass "
           "jetzt Chlorhexidin verwendet werden sollte.", "andere Mittel", "Chlorhexidin"),
    "it": ("Gli autori hanno detto che altri antisettici hanno evitato alcune infezioni, e "
           "che ora si dovrebbe usare la clorexidina.", "altri antisettici", "la clorexidina"),
    "pt": ("Os autores disseram que outros antissépticos evitaram algumas infeções, e que "
           "agora se deve usar clorexidina.", "outros antissépticos", "a clorexidina"),
}


@pytest.mark.parametrize("lang", sorted(APART))
def test_a_cause_said_of_something_else_before_and_that_is_no_claim(
        packs, observational, lang):
    text, other, exposure = APART[lang]
    assert claims(packs, observational, lang, text) == []
    found = claims(packs, observational, lang, text.replace(other, exposure, 1))
    assert [f.rule for f in found] == ["causal-claim"], text


@pytest.mark.parametrize("lang, text, other, exposure", [
    ("en", "The authors said other cleansers have prevented some infections, and added that "
           "chlorhexidine should now be used.", "other cleansers", "chlorhexidine"),
    ("es", "Los autores dijeron que otros antisépticos han evitado algunas infecciones, y "
           "añadieron que ahora se debería usar clorhexidina.", "otros antisépticos",
     "la clorhexidina"),
    ("de", "Die Autoren sagten, andere Mittel verhinderten einige Infektionen, und fügten "
           "hinzu, dass jetzt Chlorhexidin verwendet werden sollte.", "andere Mittel",
     "Chlorhexidin"),
])
def test_a_second_clause_with_words_of_saying_before_its_that(
        packs, observational, lang, text, other, exposure):
    assert claims(packs, observational, lang, text) == []
    found = claims(packs, observational, lang, text.replace(other, exposure, 1))
    assert [f.rule for f in found] == ["causal-claim"], text
