"""Whether an outcome label is a noun phrase ("hospital admissions", "les hospitalisations")
or what the people did ("went to hospital", "ont été hospitalisées").

The fact sheet asks for outcome labels that say what the group did, and the phrasebooks put
them after "how many people …" / "le nombre de personnes qui …". A release often names the
outcome as a noun ("no difference in hospital admissions"), and a sheet may keep it so; such
a label needs a frame that takes a noun ("the study compared hospital admissions …"). Each
pack knows its own grammar and gives the words; this module holds the shared reading: a
label is a noun phrase when it opens with a determiner, or when its opening word (after
negations, adverbs and clitics that only a verb takes) is no verb form of the language.
A doubt reads as a verb phrase: the frame every sheet has used so far.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*|\p{L}+['’]")
_BRACKETS = regex.compile(r"\([^)]*\)")


@dataclass(frozen=True)
class LabelForms:
    """One language's words for telling a noun label from a verb label."""

    determiners: frozenset[str] = frozenset()  # an opening one makes a noun phrase
    verbal: frozenset[str] = frozenset()  # verb forms, negations and clitics
    endings: tuple[str, ...] = ()  # endings of finite verb forms ("-ed", "-aron", "-aient")
    not_verbs: frozenset[str] = frozenset()  # words with such an ending that are nouns
    min_length: int = 4  # a shorter word with such an ending is no verb ("bed")
    not_endings: tuple[str, ...] = ()  # endings of nouns that a verb ending covers ("-gem")
    # a language's own reading of the label's words as written (German capitals, Dutch
    # verb-last order): True or False decides, None leaves it to the words above
    test: Callable[[list[str]], bool | None] | None = field(default=None)

    def is_noun(self, label: str) -> bool:
        """Whether ``label`` is a noun phrase (see the module's docstring)."""
        written = _WORD.findall(_BRACKETS.sub(" ", label))
        if not written:
            return False
        if self.test is not None:
            said = self.test(written)
            if said is not None:
                return said
        words = [w.lower() for w in written]
        first = words[0].replace("’", "'")
        if first in self.determiners or first.split("'")[0] + "'" in self.determiners:
            return True
        return not any(self._verb(w) for w in words[:1])

    def _verb(self, word: str) -> bool:
        word = word.replace("’", "'")
        head = word.split("'")[0] + "'" if "'" in word else word
        if word in self.verbal or head in self.verbal:
            return True
        if (word in self.not_verbs or len(word) < self.min_length
                or word.endswith(self.not_endings)):
            return False
        return word.endswith(self.endings)


def forms(determiners: Iterable[str], verbal: Iterable[str], endings: Iterable[str] = (),
          not_verbs: Iterable[str] = (), min_length: int = 4, not_endings: Iterable[str] = (),
          test: Callable[[list[str]], bool | None] | None = None) -> LabelForms:
    """A :class:`LabelForms` from plain lists (what a pack writes)."""
    return LabelForms(frozenset(determiners), frozenset(verbal), tuple(endings),
                      frozenset(not_verbs), min_length, tuple(not_endings), test)
