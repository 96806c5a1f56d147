"""Spelled-out numbers: the checker's tables, text2num, and the two as the checker reads.

    python bench/number_words.py [--lang en,es,fr,de,it,pt,nl] [--sample 300] [--repeat 3]

The checker's tables are built from num2words (every form of 0-999 and the round
thousands a pack spells, with its feminine and article-like forms), with the packs' word
lists for shares and multiples ("half", "a third", "twice", "three times", "double").
text2num (a maintained Rust library, https://github.com/allo-media/text2num) reads
spelled-out numbers in en, es, fr, de, it, pt and nl. Three readers are measured on
generated phrases whose values are known:

- ``own``: the checker's number reader with its tables alone (text2num off);
- ``text2num``: text2num's ``find_numbers`` alone, on the checker's tokens (told where
  punctuation parts two of them, so "twenty, three" is not 23), threshold 0;
- ``own+text2num``: the checker's reader as it reads (plainsum_checks.number_words):
  text2num for numbers of several parts, glued thousands, decimals and ordinals, the
  tables for the rest.

The sets:

- cardinal: num2words' words for every number 0-100 and a sample of 101-9,999 and
  10,000-1,000,000 (English without num2words' comma after the thousands);
- agreeing: the other forms a pack spells (feminine "veintiuna", "duzentas", short
  "veintiún", "eine", "une") of a sample of 1-9,999;
- ordinal: num2words' ordinals ("twenty-third", "vigésimo tercero") of 1-100; "missed"
  (no number) is harmless to the checker, "wrong" ("twenty" read as 20) is not;
- sentence: two numbers (2-999 and 2-99) inside a sentence of the language;
- article: indefinite articles and pronouns, which state no number ("un paciente",
  "the ones who"), and "unas siete de cada diez" (7 in 10, no 1);
- one-in: natural frequencies with a spelled-out one ("one in five", "una de cada cinco");
- decimal: "two point five", "dos coma cinco";
- share/multiple: the forms the checker's domain uses (half, a third, a quarter, two thirds,
  three quarters, twice, double, three times, tripled).

For each reader and set it prints the phrases read right (exactly the true values, and no
other), read wrong (some other value), and missed (no number read), and the time per call
(the two checker readers read every kind of number, text2num only words). Then the CPU
time to read a ~600-word text sentence by sentence (the seed's generated outputs, as
``bench/check.py`` builds it, and a text as dense with number words as the sentence set):
the number words alone and the whole number reader.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")

# two numbers inside an ordinary sentence of each language ({a}: 2-999, {b}: 2-99)
SENTENCES = {
    "en": "In total, {a} patients took part, and {b} of them left the study early.",
    "es": "En total participaron {a} pacientes, y {b} de ellos dejaron el estudio antes de "
          "tiempo.",
    "fr": "Au total, {a} patients ont participé, et {b} d'entre eux ont quitté l'étude plus "
          "tôt.",
    "de": "Insgesamt nahmen {a} Patienten teil, und {b} von ihnen brachen die Studie "
          "vorzeitig ab.",
    "it": "In totale hanno partecipato {a} pazienti, e {b} di loro hanno lasciato lo studio "
          "prima del termine.",
    "pt": "No total participaram {a} pacientes, e {b} deles deixaram o estudo antes do fim.",
    "nl": "In totaal deden {a} patiënten mee, en {b} van hen stopten vroegtijdig met de "
          "studie.",
}
# a natural frequency with a spelled-out one ({d}: 2-20)
ONE_IN = {
    "en": "One in {d} people had a relapse.",
    "es": "Una de cada {d} personas recayó.",
    "fr": "Une personne sur {d} a rechuté.",
    "de": "Eine von {d} Personen hatte Rückfälle.",
    "it": "Una persona su {d} ha avuto ricadute.",
    "pt": "Um em cada {d} doentes teve recaídas.",
    "nl": "Een op de {d} mensen kreeg klachten.",
}
# indefinite articles and pronouns, which are no number (the values each sentence states)
ARTICLES = {
    "en": {"A patient had a relapse.": (), "The ones who were treated did better.": (),
           "About seven in ten people improved.": (7, 10)},
    "es": {"Un paciente tuvo una recaída.": (), "Unos mejoraron y otros no.": (),
           "Unas siete de cada diez personas mejoraron.": (7, 10)},
    "fr": {"Une patiente a eu un effet secondaire.": (), "Les uns ont guéri, les autres non.": (),
           "Environ sept personnes sur dix allaient mieux.": (7, 10)},
    "de": {"Eine Patientin hatte einen Rückfall.": (), "Einige erholten sich, andere nicht.": (),
           "Etwa sieben von zehn Personen erholten sich.": (7, 10)},
    "it": {"Un paziente ha avuto una ricaduta.": (), "Alcuni sono migliorati, altri no.": (),
           "Circa sette persone su dieci sono migliorate.": (7, 10)},
    "pt": {"Um doente teve uma recaída.": (), "Uns melhoraram e outros não.": (),
           "Umas sete em cada dez pessoas melhoraram.": (7, 10)},
    "nl": {"Een patiënt kreeg een terugval.": (), "Sommigen herstelden, anderen niet.": (),
           "Ongeveer zeven op de tien mensen herstelden.": (7, 10)},
}
# the word between the whole part and the decimal said as words
POINT = {"en": "point", "es": "coma", "fr": "virgule", "de": "Komma", "it": "virgola",
         "pt": "vírgula", "nl": "komma"}
# shares and multiples as the domain's texts say them: phrase -> the value it states
# (a share as a fraction of 1, a multiple as the factor)
SHARES = {
    "en": {"Half of the patients improved.": 0.5, "A third of the patients improved.": 1 / 3,
           "A quarter of the patients improved.": 0.25,
           "Two thirds of the patients improved.": 2 / 3,
           "Three quarters of the patients improved.": 0.75,
           "The risk was twice as high.": 2, "The number doubled.": 2,
           "The risk was three times as high.": 3, "The number tripled.": 3},
    "es": {"La mitad de los pacientes mejoró.": 0.5, "Un tercio de los pacientes mejoró.": 1 / 3,
           "Una cuarta parte de los pacientes mejoró.": 0.25,
           "Dos tercios de los pacientes mejoraron.": 2 / 3,
           "Tres cuartas partes de los pacientes mejoraron.": 0.75,
           "El riesgo fue el doble.": 2, "El riesgo fue dos veces mayor.": 2,
           "El riesgo fue tres veces mayor.": 3, "El número se triplicó.": 3},
    "fr": {"La moitié des patients allait mieux.": 0.5,
           "Un tiers des patients allait mieux.": 1 / 3,
           "Un quart des patients allait mieux.": 0.25,
           "Deux tiers des patients allaient mieux.": 2 / 3,
           "Trois quarts des patients allaient mieux.": 0.75,
           "Le risque était deux fois plus élevé.": 2, "Le nombre a doublé.": 2,
           "Le risque était trois fois plus élevé.": 3, "Le nombre a triplé.": 3},
    "de": {"Die Hälfte der Patienten erholte sich.": 0.5,
           "Ein Drittel der Patienten erholte sich.": 1 / 3,
           "Ein Viertel der Patienten erholte sich.": 0.25,
           "Zwei Drittel der Patienten erholten sich.": 2 / 3,
           "Drei Viertel der Patienten erholten sich.": 0.75,
           "Das Risiko war doppelt so hoch.": 2, "Das Risiko war zweimal so hoch.": 2,
           "Das Risiko war dreimal so hoch.": 3, "Die Zahl hat sich verdreifacht.": 3},
    "it": {"La metà dei pazienti è migliorata.": 0.5,
           "Un terzo dei pazienti è migliorato.": 1 / 3,
           "Un quarto dei pazienti è migliorato.": 0.25,
           "Due terzi dei pazienti sono migliorati.": 2 / 3,
           "Tre quarti dei pazienti sono migliorati.": 0.75,
           "Il rischio era doppio.": 2, "Il rischio era due volte più alto.": 2,
           "Il rischio era tre volte più alto.": 3, "Il numero è triplicato.": 3},
    "pt": {"Metade dos pacientes melhorou.": 0.5, "Um terço dos pacientes melhorou.": 1 / 3,
           "Um quarto dos pacientes melhorou.": 0.25,
           "Dois terços dos pacientes melhoraram.": 2 / 3,
           "Três quartos dos pacientes melhoraram.": 0.75,
           "O risco foi o dobro.": 2, "O risco foi duas vezes maior.": 2,
           "O risco foi três vezes maior.": 3, "O número triplicou.": 3},
    "nl": {"De helft van de patiënten herstelde.": 0.5,
           "Een derde van de patiënten herstelde.": 1 / 3,
           "Een kwart van de patiënten herstelde.": 0.25,
           "Twee derde van de patiënten herstelde.": 2 / 3,
           "Drie kwart van de patiënten herstelde.": 0.75,
           "Het risico was twee keer zo hoog.": 2, "Het risico verdubbelde.": 2,
           "Het risico was drie keer zo hoog.": 3, "Het aantal verdrievoudigde.": 3},
}


@dataclass
class Item:
    text: str
    values: tuple[float, ...]  # the numbers it states, in order


@dataclass
class Score:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)  # a few phrases it got wrong

    def add(self, item: Item, got: Sequence[float]) -> None:
        if not got and not item.values:  # an article: nothing to read
            self.right += 1
            return
        if not got:
            self.missed += 1
        elif _same(got, item.values):
            self.right += 1
            return
        else:
            self.wrong += 1
        if len(self.examples) < 2:
            shown = ", ".join(f"{v:g}" for v in got) or "nothing"
            self.examples.append(f"{item.text!r} -> {shown}")

    def cell(self, total: int, calls: int) -> str:
        return (f"{self.right:4d}/{total:<4d} wrong {self.wrong:3d} missed {self.missed:3d}"
                f" {self.seconds / max(calls, 1) * 1e6:6.1f} µs")


def _same(got: Sequence[float], want: Sequence[float]) -> bool:
    return len(got) == len(want) and all(abs(a - b) < 1e-6 for a, b in zip(got, want,
                                                                            strict=True))


# --- the two readers -----------------------------------------------------------------
def text2num_reader(code: str) -> Callable[[str], list[float]]:
    """Every number text2num finds in a text, as it reads it (threshold 0: "one", "two"
    too), on the checker's tokens."""
    from plainsum_checks.number_words import read as spelled
    from plainsum_checks.text import tokens

    def read(text: str) -> list[float]:
        return [n.value for n in spelled(text, tokens(text), code)]
    return read


def readers(pack: object) -> tuple[Any, Any]:
    """The checker's number reader with its tables alone (text2num off) and as it reads
    (text2num first, the tables for what it leaves: see plainsum_checks.number_words)."""
    from plainsum_checks.numbers import NumberReader

    own = NumberReader(pack)
    own.text2num = None
    return own, NumberReader(pack)


def own_reader(numbers: Any) -> Callable[[str], list[float]]:
    """Every value a number reader finds (a share in per cent as a fraction of 1; a
    frequency as its two numbers)."""

    def read(text: str) -> list[float]:
        out: list[float] = []
        for m in numbers.read(text):
            if m.kind == "fraction":
                out.append(m.value / 100)
            else:
                out.append(m.value)
                if m.second is not None:
                    out.append(m.second)
        return out
    return read


# --- the phrases ---------------------------------------------------------------------
def phrase_sets(pack: object, lang: str, sample: int, rng: random.Random
                ) -> dict[str, list[Item]]:
    from num2words import num2words

    code = pack.num2words_lang  # type: ignore[attr-defined]

    def say(n: int, to: str = "cardinal") -> str:
        return num2words(n, lang=code, to=to)

    values = [*range(101), *rng.sample(range(101, 10000), sample // 2),
              *rng.sample(range(10000, 1000001), sample // 2)]
    # English num2words puts a comma after the thousands ("four thousand, five hundred"),
    # which a text does not: the comma would end the number for both readers
    sets: dict[str, list[Item]] = {"cardinal": [Item(say(n).replace(",", ""), (n,))
                                                for n in values]}
    agreeing = []
    for n in [*range(1, 30), *rng.sample(range(30, 10000), sample // 2)]:
        for form in pack.number_word_forms(n)[1:]:  # type: ignore[attr-defined]
            agreeing.append(Item(form, (n,)))
    sets["agreeing"] = agreeing
    sets["ordinal"] = [Item(say(n, "ordinal"), (n,)) for n in range(1, 101)]
    sets["sentence"] = [
        Item(SENTENCES[lang].format(a=say(a), b=say(b)), (a, b))
        for a, b in ((rng.randrange(2, 1000), rng.randrange(2, 100)) for _ in range(sample))]
    sets["article"] = [Item(text, values) for text, values in ARTICLES[lang].items()]
    sets["one-in"] = [Item(ONE_IN[lang].format(d=say(d)), (1, d)) for d in range(2, 21)]
    sets["decimal"] = [Item(f"{say(a)} {POINT[lang]} {say(b)}", (a + b / 10,))
                       for a, b in ((rng.randrange(0, 21), rng.randrange(1, 10))
                                    for _ in range(sample // 3))]
    sets["share/multiple"] = [Item(text, (value,)) for text, value in SHARES[lang].items()]
    return sets


def measure(read: Callable[[str], list[float]], items: list[Item], repeat: int) -> Score:
    from plainsum_checks.text import _all_tokens

    score = Score()
    for item in items:
        score.add(item, read(item.text))
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for item in items:
            _all_tokens.cache_clear()  # each phrase tokenised as if new, for both readers
            read(item.text)
        best = min(best, time.process_time() - start)
    score.seconds = best
    return score


# --- a ~600-word text ------------------------------------------------------------------
def texts_600(registry: object, langs: list[str], sets: dict[str, dict[str, list[Item]]]
              ) -> dict[str, dict[str, str]]:
    """Per language: the seed's generated outputs (as ``bench/check.py`` joins them) and
    a text as dense with number words as the sentence set, both ~600 words."""
    from check import paragraphs
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate
    from plainsum.render import words_in

    sheet = load_factsheet(str(ROOT / "seeds/hsct-ms-2021/facts.yaml"), registry.known_terms())
    out: dict[str, dict[str, str]] = {}
    for lang in langs:
        outputs = generate(sheet, registry, [lang], list(registry.audiences), check=False)
        dense, count = [], 0
        for item in sets[lang]["sentence"]:
            if count >= 600:
                break
            dense.append(item.text)
            count += words_in(item.text)
        out[lang] = {"generated": "\n\n".join(paragraphs(outputs, 600)),
                     "number-dense": " ".join(dense)}
    return out


def time_text(text: str, pack: object, code: str, repeat: int) -> dict[str, float]:
    """CPU milliseconds to read one text, sentence by sentence as the checker reads (best
    of ``repeat``): the number words (tables, text2num, both) and the whole reader."""
    from plainsum_checks.text import _all_tokens

    own, checker = readers(pack)
    t2n = text2num_reader(code)
    sentences = [text[a:b] for a, b in pack.sentence_spans(text)]  # type: ignore[attr-defined]
    out = {}
    for name, read in (("own words", own._spelled), ("text2num", t2n),
                       ("own+text2num words", checker._spelled),
                       ("own reader", own.read), ("own+text2num reader", checker.read)):
        best = float("inf")
        for _ in range(repeat):
            _all_tokens.cache_clear()
            start = time.process_time()  # the machine may be shared: CPU, not wall
            for sentence in sentences:
                read(sentence)
            best = min(best, time.process_time() - start)
        out[name] = best * 1000
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default=",".join(LANGS))
    parser.add_argument("--sample", type=int, default=300,
                        help="numbers sampled per range and sentences per language")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    start = time.perf_counter()
    import text_to_num  # noqa: F401  (its import time, once)
    print(f"import text_to_num: {(time.perf_counter() - start) * 1000:.1f} ms")

    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    langs = [lang for lang in args.lang.split(",") if lang in registry.languages]
    sets: dict[str, dict[str, list[Item]]] = {}
    totals: dict[str, list[int]] = {"own": [0, 0], "text2num": [0, 0],
                                    "own+text2num": [0, 0]}
    for lang in langs:
        pack = registry.language(lang)
        rng = random.Random(f"number-words-{lang}")
        sets[lang] = phrase_sets(pack, lang, args.sample, rng)
        own, checker = readers(pack)
        reads = {"own": own_reader(own), "text2num": text2num_reader(lang),
                 "own+text2num": own_reader(checker)}
        print(f"\n{lang}  (right/total, wrong, missed, time per call)")
        for name, items in sets[lang].items():
            scores = {label: measure(read, items, args.repeat)
                      for label, read in reads.items()}
            both = sum(_same(reads["own"](i.text), reads["text2num"](i.text))
                       for i in items)
            print(f"  {name}: {len(items)} phrases; own and text2num agree on {both}")
            for label, score in scores.items():
                print(f"    {label:13s} {score.cell(len(items), len(items))}")
            for label, score in scores.items():
                totals[label][0] += score.right
                totals[label][1] += len(items)
                for example in score.examples:
                    print(f"      {label} misreads {example}")
    print("\nall phrases read right: " + ", ".join(
        f"{label} {right}/{total} ({right / total:.1%})"
        for label, (right, total) in totals.items()))

    print("\nreading a ~600-word text, sentence by sentence (CPU, best of "
          f"{max(args.repeat, 10)}, ms)")
    texts = texts_600(registry, langs, sets)
    for lang in langs:
        pack = registry.language(lang)
        for kind, text in texts[lang].items():
            times = time_text(text, pack, lang, max(args.repeat, 10))
            print(f"  {lang} {kind:12s} " + "  ".join(f"{k} {v:.2f}" for k, v in times.items()))


if __name__ == "__main__":
    main()
