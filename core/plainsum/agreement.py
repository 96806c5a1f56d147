"""The verb of an outcome label in the singular, where a figure takes one.

A sheet words an outcome for a group, in the plural ("no empeoraron", "muoiono entro 30
giorni"). Some figures are grammatically singular in some languages: "1 su 100 muore",
"menos de 1 de cada 100 muere"; and in Spanish a share said without its group ("de las
122 personas ..., el 86 % no empeoró"). The pack's ``grammar.singular`` says when
(``for``: ``one`` for a frequency of one, ``share`` for a bare share) and how: whole
words (``words``: "hanno" -> "ha"), endings (``endings``: "-aron" -> "-ó"), the participle
after an auxiliary that agrees with its subject (``participle``: "sono peggiorate" ->
"è peggiorata"), and the words that may stand before the verb (``skip``: "no", "non").
Only the label's first verb changes; a label the pack's rules do not reach stays as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def singular(outcome: str, spec: Mapping[str, Any], number: str) -> str:
    """``outcome`` with its first verb in the singular, where ``spec`` (the pack's
    ``grammar.singular``) covers ``number`` (``one`` or ``share``); else unchanged."""
    if not spec or number not in (spec.get("for") or ()):
        return outcome
    words = outcome.split(" ")
    skip = {str(s).lower() for s in spec.get("skip") or ()}
    i = 0
    while i < len(words) and words[i].lower() in skip:
        i += 1
    if i >= len(words):
        return outcome
    table = {str(k).lower(): str(v) for k, v in (spec.get("words") or {}).items()}
    verb = words[i]
    said = table.get(verb.lower()) or _ending(verb, spec.get("endings") or ())
    if not said:
        return outcome
    words[i] = said
    auxiliaries = {str(a).lower() for a in spec.get("auxiliaries") or ()}
    if verb.lower() in auxiliaries and i + 1 < len(words):
        rules = spec.get("participle") or {}
        rules = rules.get(number, rules.get("default", ())) if isinstance(rules, Mapping) \
            else rules
        words[i + 1] = _ending(words[i + 1], rules) or words[i + 1]
    return " ".join(words)


def _ending(word: str, rules: Any) -> str:
    """``word`` with the first matching plural ending replaced, or ""."""
    for pair in rules:
        plural, one = str(pair[0]), str(pair[1])
        if word.lower().endswith(plural) and len(word) > len(plural) + 1:
            return word[: len(word) - len(plural)] + one
    return ""
