"""Warnings about a sheet's wording that its schema cannot see: a label a language pack
cannot put where its sentences say it (a German outcome label is said after "waren", so
"hatten eine Wundinfektion" would read "waren 4 von 100 Frauen hatten eine Wundinfektion").

A pack takes part by giving ``outcome_label_problem(label) -> str | None``; a warning does
not make the sheet unusable (the outputs are still checked), it says where to look.

A term with no ``gender`` in a language whose pack guesses it from the head word's ending
(``grammar.gender_guess``) gets a warning where no ending can tell: a head word that is an
abbreviation ("TAC", "angio-TC"), whose article would otherwise be the default one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..errors import FactSheetError
from .load import Located, dotted


def wording_warnings(located: Located, name: str,
                     languages: Mapping[str, Any]) -> list[FactSheetError]:
    """One ``file:line:col: outcomes[i].label.de.plain: warning: ...`` per outcome label
    its language's pack says it cannot put in its sentences, in file order."""
    data = located.data
    outcomes = data.get("outcomes") if isinstance(data, dict) else None
    out: list[FactSheetError] = []
    for i, outcome in enumerate(outcomes if isinstance(outcomes, list) else []):
        label = outcome.get("label") if isinstance(outcome, dict) else None
        for code, value in (label.items() if isinstance(label, dict) else ()):
            problem = getattr(languages.get(code), "outcome_label_problem", None)
            if problem is None:
                continue
            forms = value.items() if isinstance(value, dict) else [(None, value)]
            for register, text in forms:
                said = problem(text) if isinstance(text, str) else None
                if said is None:
                    continue
                path = ("outcomes", i, "label", code, *([register] if register else []))
                where = located.position(path)
                out.append(FactSheetError(name, where.line, where.column, dotted(path),
                                          f"warning: {said}"))
    out.extend(_term_gender_warnings(located, name, languages))
    return sorted(out, key=lambda e: (e.line, e.column))


_WORD = re.compile(r"\w[\w'’-]*")


def _term_gender_warnings(located: Located, name: str,
                          languages: Mapping[str, Any]) -> list[FactSheetError]:
    """``terms[i].<lang>.<form>: warning: …`` for a form whose head word is an
    abbreviation, in a term with no gender, in a language whose pack guesses genders."""
    data = located.data
    terms = data.get("terms") if isinstance(data, dict) else None
    out: list[FactSheetError] = []
    for i, term in enumerate(terms if isinstance(terms, list) else []):
        for code, forms in (term.items() if isinstance(term, dict) else ()):
            pack = languages.get(code)
            if (not isinstance(forms, dict) or forms.get("gender") or pack is None
                    or not _guesses_genders(pack)):
                continue
            for register in ("technical", "plain"):
                text = forms.get(register)
                match = _WORD.search(text) if isinstance(text, str) else None
                if match is None or sum(c.isupper() for c in match.group()) < 2:
                    continue
                path = ("terms", i, code, register)
                where = located.position(path)
                out.append(FactSheetError(
                    name, where.line, where.column, dotted(path),
                    f"warning: no gender, and '{match.group()}' is an abbreviation whose "
                    f"gender no ending tells: add 'gender: m' or 'gender: f' so its "
                    f"articles agree"))
                break
    return out


def _guesses_genders(pack: Any) -> bool:
    """Whether a pack's articles follow a gender it guesses (a table with any gender in
    it: Dutch keeps an empty one, its articles do not follow a gender)."""
    if not pack.has_phrase("grammar.gender_guess"):
        return False
    spec = pack.phrase("grammar.gender_guess")
    return isinstance(spec, Mapping) and any(spec.values())
