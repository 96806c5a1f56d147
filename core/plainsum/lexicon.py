"""The words for a fact sheet's things in one language, gathered from the sheet and the pack.

Lookups never guess: a missing form is recorded and returned as a visible placeholder, and
the pipeline stops that language with one error naming every missing item.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .factsheet.model import FactSheet, TermForms, local_text
from .language import LanguagePack
from .memo import Memo

_UNSET = object()  # nothing remembered yet (a remembered value may be None)
# what is read of one fact sheet in one language, whatever the text: kept for the process
# (by the sheet's and the pack's identity), for every run that checks texts against them
_SHEET_MEMOS: Memo[dict[Any, Any]] = Memo(64)


@dataclass
class Lexicon:
    factsheet: FactSheet
    pack: LanguagePack
    missing: list[str] = field(default_factory=list)
    # what is worded once per run and asked for by every output: durations, fact sentences
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)
    # the process's memo of this sheet in this language (:meth:`remember_sheet`), once found
    _sheet_memo: dict[Any, Any] | None = field(default=None, repr=False, compare=False)

    def remember(self, key: Any, make: Callable[[], Any]) -> Any:
        """``make()`` the first time ``key`` is asked for in this run, the same value after."""
        value = self.memo.get(key, _UNSET)  # one look-up: asked tens of thousands of times
        if value is _UNSET:
            value = self.memo[key] = make()
        return value

    def remember_sheet(self, key: Any, make: Callable[[], Any]) -> Any:
        """``make()`` the first time ``key`` is asked for with this fact sheet and language
        in this process, the same value after, in every later run: for what is read of the
        sheet and the pack alone (its word sets, its patterns, what its facts say), which
        every check of a text against the sheet asks for (``plainsum check`` of several
        texts, one run each, read it once, not once per text). Never for what depends on a
        text, an audience, an output or the run's settings; and ``make`` must not return
        the run itself (its lexicon, its context), which would outlive the run."""
        memo = self._sheet_memo
        if memo is None:
            memo = self._sheet_memo = _SHEET_MEMOS.get((self.factsheet, self.pack), None, dict)
        value = memo.get(key, _UNSET)
        if value is _UNSET:
            value = memo[key] = make()
        return value

    @property
    def lang(self) -> str:
        return self.pack.code

    def _miss(self, item: str) -> str:
        if item not in self.missing:
            self.missing.append(item)
        return f"⟦{item}⟧"

    def look_up_facts(self) -> list[str]:
        """Look up the words for every group, outcome, measure and limitation and for the
        study's own terms, and return what is missing: a text can only be checked against
        a sheet that says in the text's language what its facts are about."""
        sheet = self.factsheet
        for group in sheet.groups:
            self.group(group)
        for outcome in sheet.outcomes:
            self.outcome(outcome)
        for measure in sheet.measures:
            self.measure(measure)
        for limitation in sheet.limitations:
            self.limitation(limitation)
        for term in (sheet.condition, sheet.intervention):
            self.term(term)
        return self.missing

    def term(self, term_id: str) -> TermForms:
        """A term's forms: the sheet's own, over the pack's term bank."""
        bank = (getattr(self.pack, "terms", None) or {}).get(term_id)
        sheet_term = self.factsheet.terms.get(term_id)
        own = sheet_term.by_lang.get(self.lang) if sheet_term else None
        if bank is None and own is None:
            return TermForms(self._miss(f"term {term_id}"))
        return bank.merged(own) if bank is not None else own  # type: ignore[return-value]

    def term_text(self, term_id: str, level: str = "plain") -> str:
        forms = self.term(term_id)
        return (forms.plain or forms.technical) if level == "plain" else forms.technical

    def definition(self, term_id: str) -> str:
        return self.term(term_id).definition or self._miss(f"definition of term {term_id}")

    def group(self, group_id: str, level: str = "plain") -> str:
        return self._label("group", self.factsheet.groups[group_id].label, group_id, level)

    def outcome(self, outcome_id: str, level: str = "plain") -> str:
        return self._label("outcome", self.factsheet.outcomes[outcome_id].label, outcome_id,
                           level)

    def outcome_none(self, outcome_id: str, level: str = "plain") -> str | None:
        """The outcome's words after "none of the <group>" (a singular, a negation), or
        None when the sheet gives only the label."""
        return self.factsheet.outcomes[outcome_id].label.none_form(self.lang, level)

    def measure(self, measure_id: str, level: str = "plain") -> str:
        return self._label("measure", self.factsheet.measures[measure_id].label, measure_id,
                           level)

    def limitation(self, limitation_id: str, level: str = "plain") -> str:
        return self._label("limitation", self.factsheet.limitations[limitation_id].text,
                           limitation_id, level)

    def _label(self, what: str, label: object, item_id: str, level: str) -> str:
        text = label.get(self.lang, level)  # type: ignore[attr-defined]
        return text if text else self._miss(f"{what} {item_id}")

    def organisation(self, org_id: str) -> str:
        org = self.factsheet.organisations[org_id]
        name = org.name_in(self.lang)
        return name if name else self._miss(f"organisation {org_id}")

    def quote(self, quote_id: str) -> str:
        text = local_text(self.factsheet.quotes[quote_id].text, self.lang)
        return text if text else self._miss(f"quote {quote_id}")

    def title(self) -> str:
        return self.factsheet.title_in(self.lang) or self._miss("title")

    def audience_text(self, audience_id: str, item: str) -> str | None:
        """A text the sheet writes for one audience (``audiences.<id>.<item>``, e.g. what
        the result means for patients), in this language. None when the sheet writes none
        (the pack's default is said); missing when it writes one but not in this language
        (a reader of another language must not silently get other advice)."""
        audiences = self.factsheet.raw.get("audiences") or {}
        value = (audiences.get(audience_id) or {}).get(item)
        if value is None:
            return None
        return local_text(value, self.lang) or self._miss(f"{item} for {audience_id}")

    def time(self, time_id: str, length: str = "long") -> str:
        point = self.factsheet.times[time_id]
        return self.remember(("time", time_id, length), lambda: self.pack.format_duration(
            point.value, point.unit, length=length))
