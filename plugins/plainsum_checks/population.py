"""A group of the sheet said as another population (rule ``population-changed``): "the
122 women with relapsing-remitting MS" for the sheet's people with it, "older people
sent home early" for people sent home early, "las 122 mujeres con EM".

Who a result holds for is half of it: a reader who is a man, a child or young takes a
finding said of women, of children or of older people as not his, or as his alone. The
group is found by the words of its label in the sheet (the label's tail after its noun,
"with relapsing-remitting MS", or the whole label); what this rule reads is a word of sex,
age or pregnancy put in the label's noun's place or beside it. A word the sheet itself
uses for such people in any of its languages (a trial of women, a background rate in
men) is left to the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from plainsum.analysis import analysis_of
from plainsum.factsheet.model import FactSheet
from plainsum.memo import Memo
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext

from .text import fold
from .unstated import WORDS, phrase_at, phrases, said_at, sheet_text

_LANGS = ("en", "es", "fr", "de", "it", "pt")


# people of one sex, age or state, by what they are, in each language: nouns that stand
# for the label's noun ("women with MS"), adjectives before its noun ("older people"),
# adjectives after it ("personas mayores")
_KINDS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "women": {"en": (("women", "girls", "mothers"), ("female",), ()),
              "es": (("mujeres", "niñas", "madres"), (), ()),
              "fr": (("femmes", "filles", "mères"), (), ()),
              "de": (("Frauen", "Mädchen", "Mütter", "Müttern"),
                     ("weibliche", "weiblichen"), ()),
              "it": (("donne", "bambine", "ragazze", "madri"), (), ()),
              "pt": (("mulheres", "meninas", "mães"), (), ())},
    "men": {"en": (("men", "boys", "fathers"), ("male",), ()),
            "es": (("hombres", "niños", "padres"), (), ()),
            "fr": (("hommes", "garçons", "pères"), (), ()),
            "de": (("Männer", "Männern", "Jungen", "Väter"), ("männliche", "männlichen"), ()),
            "it": (("uomini", "ragazzi", "padri"), (), ()),
            "pt": (("homens", "meninos", "pais"), (), ())},
    # young adults are not named by age ("junge Menschen mit MS" of a mean age of 35 is
    # a fair word): children are
    "children": {"en": (("children", "kids", "babies", "infants", "teenagers",
                         "adolescents"), (), ()),
                 "es": (("niños", "niñas", "bebés", "adolescentes"), (), ()),
                 "fr": (("enfants", "bébés", "adolescents", "adolescentes"), (), ()),
                 "de": (("Kinder", "Kindern", "Babys", "Säuglinge", "Jugendliche",
                         "Jugendlichen"), (), ()),
                 "it": (("bambini", "bambine", "neonati", "adolescenti"), (), ()),
                 "pt": (("crianças", "bebés", "bebês", "adolescentes"), (), ())},
    "old": {"en": (("elderly", "seniors", "pensioners"), ("older", "elderly"), ()),
            "es": (("ancianos", "ancianas"), (), ("mayores", "ancianos", "ancianas")),
            "fr": (("seniors",), (), ("âgées", "âgés")),
            "de": (("Senioren", "Seniorinnen"), ("ältere", "älteren", "älterer"), ()),
            "it": (("anziani", "anziane"), (), ("anziani", "anziane")),
            "pt": (("idosos", "idosas"), (), ("idosos", "idosas", "mais velhos",
                                              "mais velhas"))},
    "pregnant": {"en": ((), ("pregnant",), ()),
                 "es": (("embarazadas",), (), ("embarazadas",)),
                 "fr": ((), (), ("enceintes",)),
                 "de": (("Schwangere", "Schwangeren"), ("schwangere", "schwangeren"), ()),
                 "it": ((), (), ("incinte",)),
                 "pt": (("grávidas",), (), ("grávidas",))},
}
def _alts(words: list[str] | tuple[str, ...]) -> str:
    """Words as alternatives, the longest first."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split())
                    for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _words(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """The language's nouns, adjectives before and adjectives after, each one pattern."""
    out = []
    for place in range(3):
        words = [w for kind in _KINDS.values() for w in kind.get(lang, ((), (), ()))[place]]
        out.append(re.compile(rf"\b(?:{_alts(words)})\b", re.IGNORECASE) if words else None)
    return tuple(out)


@functools.cache
def _people(lang: str) -> frozenset[str]:
    """The first word of each word of people of one sex, age or state in the language,
    folded as the text's words are: the cheap test."""
    return frozenset(fold(w.split()[0]) for kind in _KINDS.values()
                     for ws in kind.get(lang, ()) for w in ws)


def _spoken(sheet: FactSheet) -> frozenset[str]:
    """The folded words of the sheet in all its languages: a sheet that speaks of women
    in one language speaks of them in every other."""
    return _SPOKEN.get((sheet,), None, lambda: frozenset(_WORD.findall(
        "\n".join(sheet_text(sheet, lang) for lang in _LANGS).casefold())))


_SPOKEN: Memo[frozenset[str]] = Memo(16)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Groups:
    """What a sheet says of its groups in one language, and the population words it
    never uses."""

    unused: frozenset[str]  # folded
    labels: tuple[str, ...]  # folded, spaces made one
    tails: tuple[str, ...]  # a label after its noun: "with ms", "mit schubförmiger ms"
    heads: frozenset[str]  # a label's noun: "people", "personas"


def _groups(context: CheckContext) -> _Groups | None:
    lang = context.lexicon.lang.split("-")[0]
    spoken_of = _spoken(context.factsheet)
    unused = frozenset(w.casefold() for kind in _KINDS.values() if lang in kind
                       and not any(set(w.casefold().split()) <= spoken_of
                                   for words in kind.values() for ws in words for w in ws)
                       for ws in kind[lang] for w in ws)
    labels: list[str] = []
    tails: list[str] = []
    heads: set[str] = set()
    for group in context.factsheet.groups.values():
        for label in group.label.all_forms(lang):
            words = label.split()
            labels.append(label)
            if len(words) >= 3:
                heads.add(words[0].casefold())
                tails.append(" ".join(words[1:]))
    if not unused or not labels:
        return None
    return _Groups(unused, phrases(labels), phrases(tails), frozenset(heads))


def _places(text: str, lang: str, groups: _Groups) -> Iterator[tuple[int, int]]:
    """Where a population word stands in a group's label: for its noun, before it, or
    after it."""
    nouns, before, after = _words(lang)
    for place, pattern in enumerate((nouns, before, after)):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if _SPACE.sub(" ", m.group().casefold()) not in groups.unused:
                continue
            start = m.start()
            if place == 2:  # "personas mayores con EM": the label's noun before it
                head = text[:start].rstrip().rsplit(None, 1)
                if not head or head[-1].casefold() not in groups.heads:
                    continue
                start -= len(text[:start]) - len(text[:start].rstrip()) + len(head[-1])
            end = phrase_at(text, m.end(), groups.labels if place == 1 else groups.tails)
            if end is not None:
                yield start, end


_SPACE = re.compile(r"\s+")


class PopulationValidator:
    """Reports a group of the sheet said as another population (rule
    ``population-changed``)."""

    name = "population"
    reads = ()  # the text, the sheet and the language only

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        lang = context.lexicon.lang.split("-")[0]
        if lang not in _LANGS or analysis_of(text, context)[WORDS].isdisjoint(_people(lang)):
            return []
        groups = context.lexicon.remember(("population", "groups"), lambda: _groups(context))
        if groups is None:
            return []
        for start, end, words in said_at(text, context, _places(text, lang, groups),
                                         denied=False):
            return [Finding(
                "population-changed", "error",
                f"{words!r} says the result is of another population than the fact "
                f"sheet's group; the fact sheet never speaks of such people. Say the "
                f"group the study had.",
                None, None, words, (start, end))]
        return []
