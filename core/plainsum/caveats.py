"""The caveat that travels with a claim: the sheet's key limitation(s), each said with what
it means for the result, in the audience's register.

Any output that states a result says it (summaries, posts, an SMS); the checker holds an
output to the limitations it lists (rule ``limitation-missing``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plainsum.factsheet.model import Limitation
from plainsum.render import Sentence, end_sentence


@dataclass(frozen=True)
class Caveat:
    """One key limitation in one language and register: ``full`` says the limitation and
    then what it means (two sentences), ``short`` both in one sentence when the sheet gives
    that form (else the same as ``full``)."""

    id: str
    text: str
    meaning: str
    short: str

    @property
    def full(self) -> str:
        return f"{self.text} {self.meaning}".strip()

    def sentences(self, short: bool = False) -> list[Sentence]:
        """The caveat as sentences of an output (role ``limit``)."""
        if short and self.short != self.full:
            return [Sentence(self.short, (), 0, "limit")]
        return [Sentence(self.text, (), 0, "limit"), Sentence(self.meaning, (), 0, "limit")]


def meaning(w: Any, lim: Limitation) -> str:
    """What the limitation means for the result: the sheet's words in this language and
    register, else the pack's safe default (``caveat.meaning``: other studies must confirm
    the result), which is true of any limitation."""
    own = lim.meaning.get(w.lex.lang, w.level) if lim.meaning is not None else None
    return end_sentence(own) if own else w.sentence("caveat.meaning")


def caveat(w: Any, lim: Limitation) -> Caveat:
    text = end_sentence(w.lex.limitation(lim.id, w.level).strip())
    said = meaning(w, lim)
    short = lim.short.get(w.lex.lang, w.level) if lim.short is not None else None
    return Caveat(lim.id, text, said, end_sentence(short) if short else f"{text} {said}")


def key_caveats(w: Any) -> list[Caveat]:
    """The sheet's key limitations (``FactSheet.key_limitations``) as caveats; worded once
    per audience and generator in a run (every post of a platform asks again)."""
    key = ("key-caveats", w.audience.id, w.level, w.prefix)
    return list(w.lex.remember(key, lambda: tuple(caveat(w, lim)
                                                  for lim in w.sheet.key_limitations)))


def key_limitation_sentences(w: Any, short: bool = False) -> list[Sentence]:
    """Every key limitation with what it means, as sentences an output can say after its
    results; the ids they state are ``[c.id for c in key_caveats(w)]``."""
    return [s for c in key_caveats(w) for s in c.sentences(short)]


def forms(lim: Limitation, lang: str) -> list[str]:
    """Every sheet wording of the limitation in ``lang`` (its text, its short form), the
    words a text that states it says."""
    out = list(lim.text.all_forms(lang))
    if lim.short is not None:
        out += lim.short.all_forms(lang)
    return list(dict.fromkeys(out))
