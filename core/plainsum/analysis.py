"""The analysis of one checked text: what its validators read of it, worked out once.

Every validator of a text asks the same questions of it: where its sentences are, which
numbers it says, where the sheet's quotes stand in it, which directions it states. Asked
by each validator for itself, the answers were worked out again (or kept in a shared
dictionary under string keys that nothing typed or listed). Instead, ``check_text``
makes one :class:`TextAnalysis` per text in one named step (:func:`analyse`) and hands
it to every validator as ``context.analysis``.

An analysis is made of *parts*. A part (:class:`Part`) is declared once, with its name,
its type and how it is read from the text; ``analysis[PART]`` reads it the first time
any validator asks and gives the same value after, so no validator works out what
another has, and a validator that needs none of it pays nothing. The core knows the
text's sentences (:attr:`TextAnalysis.sentences`); the built-in checks declare the parts
they share in one module (``plainsum_checks.analysis``: the numbers read, the quotes,
the directions stated per sentence, the groups named...). A plugin's validator may read
those parts, or declare parts of its own the same way.

An analysis depends on the text, the fact sheet and its language only, never on the
audience or the output being checked: outputs of one run that have the same text (two
audiences' posts often do) share one analysis, and a part must never read the audience.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from .factsheet.model import FactSheet
    from .language import LanguagePack
    from .lexicon import Lexicon
    from .pipeline import CheckContext

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Span = tuple[int, int]


class Part(Generic[T]):
    """One part of a text's analysis: a name (for documentation and tracing), and how it
    is read from the analysis of a text (``read(analysis)``; it may ask for other parts).

    Declare a part once, at module level, and ask for it with ``analysis[PART]``: the
    part object is the key, so its value has the part's type and no two plugins' parts
    can take each other's place.
    """

    __slots__ = ("name", "read")

    def __init__(self, name: str, read: Callable[[TextAnalysis], T]) -> None:
        self.name = name
        self.read = read

    def __repr__(self) -> str:
        return f"Part({self.name!r})"


@dataclass(eq=False)
class TextAnalysis:
    """What validators read of one text against one fact sheet in one language.

    ``text`` is the text as the validators get it (invisible characters already taken
    out); every span in a part is an offset into it. Parts are read on first use.
    """

    text: str
    factsheet: FactSheet
    pack: LanguagePack
    lexicon: Lexicon
    _values: dict[Part[Any], Any] = field(default_factory=dict, repr=False)

    @functools.cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Where each sentence of the text starts and ends, as the language splits them."""
        return tuple(self.pack.sentence_spans(self.text))

    @functools.cached_property
    def context(self) -> CheckContext:
        """The text's context with the sheet and the language only (no audience, no
        output), for parts read by a validator's own functions: a part never depends on
        who reads the text, so outputs with the same text can share it."""
        from .pipeline import CheckContext

        return CheckContext(self.factsheet, self.pack, None, self.lexicon, analysis=self)

    def __getitem__(self, part: Part[T]) -> T:
        """``part`` of this text, read the first time it is asked for."""
        try:
            return self._values[part]  # type: ignore[no-any-return]
        except KeyError:
            value = self._values[part] = part.read(self)
            return value

    def release(self) -> None:
        """Let go of the parts read and of the context made for them, which point back at
        this analysis: a run that is done frees its analyses at once rather than leaving
        them to the cycle collector."""
        self._values.clear()
        self.__dict__.pop("context", None)

    def __contains__(self, part: object) -> bool:
        """Whether ``part`` has been read already (for tests and tracing)."""
        return part in self._values

    @property
    def parts(self) -> list[str]:
        """The names of the parts read so far, in the order they were first asked for."""
        return [part.name for part in self._values]


class Analysis(Protocol):
    """The analysis a validator receives (:class:`TextAnalysis`, or a test's stand-in)."""

    text: str

    @property
    def sentences(self) -> tuple[Span, ...]: ...

    def __getitem__(self, part: Part[T]) -> T: ...


def analyse(text: str, context: CheckContext) -> TextAnalysis:
    """The one step that analyses ``text`` for its validators (``check_text`` calls it and
    puts the result on the context). Within a run (one lexicon), the same text gets the
    same analysis: what depends on the text alone is never worked out twice."""
    lexicon = context.lexicon
    return lexicon.remember((TextAnalysis, text), lambda: TextAnalysis(
        text, context.factsheet, context.pack, lexicon))


def analysis_of(text: str, context: CheckContext) -> TextAnalysis:
    """The analysis of ``text`` a validator reads: the one ``check_text`` handed it on the
    context, or, for a validator called on its own (a test, another tool), the run's."""
    found = context.analysis
    if found is not None and (found.text is text or found.text == text):
        return found
    return analyse(text, context)
