"""Small helpers that several test modules share, kept in one place so that a rule they all
rely on is written once (fixtures live in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterable


def expected_outputs(generators: Iterable[str], audiences: Iterable[str],
                     langs: Iterable[str] | None = None) -> set[tuple[str, ...]]:
    """Every (generator, audience) pair, or (generator, audience, lang) triple when ``langs``
    is given, that a full generation run must make. The glossary has no entry for clinicians
    (technical definitions only, or none: tests/test_audiences.py)."""
    audiences, pairs = tuple(audiences), set()
    for generator in generators:
        pairs |= {(generator, audience) for audience in audiences
                  if (generator, audience) != ("glossary", "clinicians")}
    if langs is None:
        return pairs
    langs = tuple(langs)
    return {(*pair, lang) for pair in pairs for lang in langs}


def plain_label(data: dict, section: str, ident: str) -> str:
    """The plain English label of item ``ident`` in a draft's ``section`` (groups,
    outcomes), lower-cased: what extract tests compare against."""
    entry = next(e for e in data[section] if e["id"] == ident)
    return entry["label"]["en"]["plain"].lower()
