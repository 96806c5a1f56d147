"""Draft a fact sheet from a press release (plugin ``extract``; used by ``plainsum extract``).

The command finds this module through the plugin manager, by its plugin name, so it can
be blocked or replaced like any other plugin; it implements no hook of its own.
:func:`extract_draft` runs the stages in this order, each a module of its own:

0. :mod:`.repair` - fix the text (mojibake, page chrome), mark boilerplate, flag problems;
1. :mod:`.segment` - sentences, the body outside boilerplate, header lines, quotations;
2. :mod:`.classify` - label each sentence: result, methods, background, quote, boilerplate;
3. :mod:`.quantities` - read the figures (counts, percentages, means, periods, time points);
4. :mod:`.attach` (with :mod:`.groups`) - the study's groups; group, outcome and time of
   each figure;
5. :mod:`.frame` (with :mod:`.people`, :mod:`.terms`) - title, dateline, journal, design,
   condition and intervention, people and organisations, limitations, funding, hashtags,
   jargon;
6. :mod:`.draft` - assemble a schema-valid sheet with review notes.

:mod:`.facts` runs stages 1-5 over one shared :class:`.state.State`; :mod:`.text` holds
the small text tools they share. A release in es, fr, de, it or pt is read by
:mod:`.nonenglish` (the same stages, in those languages' words) into the same state.
:func:`diff` compares sheets (:mod:`.compare`).
"""

from __future__ import annotations

from typing import Any

LANGS = ("en", "es", "fr", "de", "it", "pt")


def extract_draft(text: str, source: str = "", lang: str = "en",
                  bank: dict[str, Any] | None = None) -> Any:
    """The draft (:class:`.draft.Draft`) for a release's text. Raises only
    :class:`plainsum.errors.PlainsumError` (no text, unsupported language)."""
    from plainsum.errors import PlainsumError

    from .draft import Draft, build
    from .facts import find
    from .repair import repair

    if lang not in LANGS:
        raise PlainsumError(f"extract reads releases in: {', '.join(LANGS)} (not {lang!r})")
    repaired = repair(text, lang)
    if len(repaired.text.strip()) < 20 or not any(c.isalpha() for c in repaired.text):
        raise PlainsumError(f"{source or 'the release'}: no text to extract facts from")
    if lang == "en":
        found = find(repaired, bank or {})
    else:
        from .nonenglish import find as find_nonenglish

        found = find_nonenglish(repaired, bank or {}, lang)
    if not found.facts and not found.reports_study:
        raise PlainsumError(f"{source or 'the release'}: no facts found (no numbers about a "
                            "study group, and no study of its own); nothing to draft")
    return Draft(build(found, repaired, source, lang), repaired)


def diff(reviewed: dict[str, Any], draft: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Numeric facts only one of two sheets has (kind, value, group, time point)."""
    from .compare import diff as compare

    return compare(reviewed, draft)


def repaired_text(text: str, lang: str = "en") -> str:
    """The release's text as a draft's offsets see it (what ``--repaired-text`` writes):
    ``plainsum lint --release`` checks each value against it."""
    from plainsum.errors import PlainsumError

    from .repair import repair

    if lang not in LANGS:
        raise PlainsumError(f"extract reads releases in: {', '.join(LANGS)} (not {lang!r})")
    return repair(text, lang).text


def repaired(text: str, lang: str = "en") -> Any:
    """The repaired text with what the repair did and flagged (:class:`.repair.Repaired`:
    ``text``, ``repairs``, ``flags``, each a note with its span in ``text``), for
    ``plainsum review`` to mark on the release."""
    from plainsum.errors import PlainsumError

    from .repair import repair

    if lang not in LANGS:
        raise PlainsumError(f"extract reads releases in: {', '.join(LANGS)} (not {lang!r})")
    return repair(text, lang)
