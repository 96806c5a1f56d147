"""Compare the numeric facts of two sheets (a reviewed one and a fresh draft).

Ids differ between sheets, so facts are matched by kind, value, time point (value and
unit) and group, where groups are matched by the words of their labels (and, on the
reviewed side, their keywords): each draft group goes to the reviewed group whose words
it shares best."""

from __future__ import annotations

import re
from typing import Any

NUMERIC = ("count", "mean", "proportion", "period")
_GENERIC = {"people", "patients", "participants", "with", "the", "who", "got", "of", "in",
            "a", "an", "and", "all", "group", "arm", "form"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - _GENERIC


def _label_text(label: Any, lang: str) -> str:
    if not isinstance(label, dict):
        return str(label or "")
    value = label.get(lang) or next(iter(label.values()), "")
    if isinstance(value, dict):
        return f"{value.get('plain', '')} {value.get('technical', '')}"
    return str(value)


def group_words(sheet: dict[str, Any], keywords: bool) -> dict[str, set[str]]:
    lang = sheet.get("lang", "en")
    out = {}
    for g in sheet.get("groups", []) or []:
        ws = _words(_label_text(g.get("label"), lang))
        if keywords:
            for kw in (g.get("keywords") or {}).get(lang, []) or []:
                ws |= _words(kw)
        out[g["id"]] = ws
    common = _common(out)
    return {gid: ws - common for gid, ws in out.items()}


def _common(groups: dict[str, set[str]]) -> set[str]:
    """Words most groups share ('ms' in 'people with ... MS') tell them apart from nothing."""
    if len(groups) < 2:
        return set()
    counts: dict[str, int] = {}
    for ws in groups.values():
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    return {w for w, n in counts.items() if n == len(groups)}


def map_groups(draft: dict[str, Any], reviewed: dict[str, Any]) -> dict[str, str]:
    """Draft group id -> the reviewed group id it names (``all`` always maps to ``all``)."""
    theirs = group_words(reviewed, keywords=True)
    ours = group_words(draft, keywords=False)
    out = {}
    for gid, ws in ours.items():
        if gid == "all" and "all" in theirs:
            out[gid] = "all"
            continue
        best, score = None, 0.0
        for rid, rws in theirs.items():
            if not ws or not rws:
                continue
            s = len(ws & rws) / len(ws | rws)
            if s > score:
                best, score = rid, s
        out[gid] = best if best else f"?{gid}"
    return out


def _times(sheet: dict[str, Any]) -> dict[str, tuple[Any, str]]:
    return {t["id"]: (float(t["value"]), t["unit"]) for t in sheet.get("times", []) or []}


def fact_keys(sheet: dict[str, Any], groups: dict[str, str] | None = None
              ) -> dict[tuple[Any, ...], str]:
    """One key per numeric fact: (kind, value, group, time) -> a readable description."""
    times = _times(sheet)
    out = {}
    for f in sheet.get("facts", []) or []:
        kind = f.get("kind")
        if kind not in NUMERIC:
            continue
        value = (f.get("start"), f.get("end")) if kind == "period" else float(f.get("value", 0))
        gid = f.get("group", "all")
        group = groups.get(gid, gid) if groups else gid
        time = times.get(f.get("time")) if f.get("time") else None
        desc = (f"{f.get('id')}: {kind} {value if kind == 'period' else f.get('value')}"
                f" group={gid}" + (f" time={f.get('time')}" if f.get("time") else ""))
        out[(kind, value, group, time)] = desc
    return out


def diff(reviewed: dict[str, Any], draft: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(what only the reviewed sheet has, what only the draft has)."""
    mapping = map_groups(draft, reviewed)
    theirs = fact_keys(reviewed)
    ours = fact_keys(draft, mapping)
    only_reviewed = [d for k, d in theirs.items() if k not in ours]
    only_draft = [d for k, d in ours.items() if k not in theirs]
    return only_reviewed, only_draft


def recall(reviewed: dict[str, Any], draft: dict[str, Any]) -> tuple[int, int, list[str]]:
    """How many of the reviewed sheet's numeric facts the draft has: (found, total, missed)."""
    missed, _ = diff(reviewed, draft)
    total = len(fact_keys(reviewed))
    return total - len(missed), total, missed
