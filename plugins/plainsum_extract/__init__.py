"""Draft a fact sheet from a press release (plugin ``extract``; used by ``plainsum extract``).

The command finds this module through the plugin manager, by its plugin name, so it can
be blocked or replaced like any other plugin; it implements no hook of its own. Its work
is in three steps: :mod:`.repair` (fix the text and flag what is wrong with it),
:mod:`.facts` (find the facts, each with its span), :mod:`.draft` (a schema-valid sheet
with review notes). :func:`extract_draft` runs them; :func:`diff` compares sheets.
"""

from __future__ import annotations

from typing import Any

LANGS = ("en",)


def extract_draft(text: str, source: str = "", lang: str = "en",
                  bank: dict[str, Any] | None = None) -> Any:
    """The draft (:class:`.draft.Draft`) for a release's text. Raises only
    :class:`plainsum.errors.PlainsumError` (no text, unsupported language)."""
    from plainsum.errors import PlainsumError

    from .draft import Draft, build
    from .facts import Finder
    from .repair import repair

    if lang not in LANGS:
        raise PlainsumError(f"extract reads releases in: {', '.join(LANGS)} (not {lang!r})")
    repaired = repair(text, lang)
    if len(repaired.text.strip()) < 20 or not any(c.isalpha() for c in repaired.text):
        raise PlainsumError(f"{source or 'the release'}: no text to extract facts from")
    found = Finder(repaired, bank or {}).run()
    if not found.facts:
        raise PlainsumError(f"{source or 'the release'}: no facts found (no numbers about a "
                            "study group); nothing to draft")
    return Draft(build(found, repaired, source, lang), repaired)


def diff(reviewed: dict[str, Any], draft: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Numeric facts only one of two sheets has (kind, value, group, time point)."""
    from .compare import diff as compare

    return compare(reviewed, draft)
