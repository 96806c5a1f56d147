"""Stage 3, tables: results a release gives as a table pasted into its text.

A table comes through as lines: a header that names its columns ("Endpoint  Drug X
Placebo  Difference  p-value") and rows of a label and numbers ("Sleep time (min)  216.4
156.1  60.3  p<0.001"). The sentence readers cannot place such figures: each row has
no verb and the groups are named once, in the header. This reader maps each number of a
row to the column it stands under: a group's column gives that group's value of the row's
outcome (a mean, or a proportion when written with %), a "difference" or "change" column
the difference between the first two groups; p-value and other columns are skipped.
Whatever the sentence readers drafted from a row is replaced.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from .attach import measure_id, outcome_generic
from .classify import study_sentences
from .groups import _treated, label_problem, mentions
from .state import State, add_fact

# a cell: "12", "-3.5", "41%", "1,234" (thousands commas, never "1,2")
_NUM_CELL = r"[-−–]?(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)?%?"
_CELL = re.compile(_NUM_CELL)
_RUN = re.compile(rf"(?<![\w./<>=()-])(?:{_NUM_CELL}\s+){{1,8}}{_NUM_CELL}(?![\w./])")
_STAT_COLUMN = re.compile(r"(?i)^(?:p|p-?values?|ci|95%|sd|se|sem|iqr|detail|summary)$")
_DIFF_COLUMN = re.compile(r"(?i)^(?:difference|diff\.?|change|delta|Δ)$")
_LABEL_COLUMN = re.compile(
    r"(?i)^(?:assessment|endpoints?|outcomes?|measures?|variables?|parameters?|"
    r"characteristics?|items?|results?|categor(?:y|ies)|domains?|scales?|tests?)$")
_CONTROL = re.compile(r"(?i)^(?:placebo|control|controls|vehicle|sham|usual[\s-]care)$")
_NOT_TABLE = re.compile(r"(?i)https?://|www\.|@|\b(?:tel|phone|fax|office|mobile)\b|"
                        r"\b\d{3}[-.)]\s?\d{3}-\d{4}\b")


def find_tables(st: State) -> None:
    """Draft the figures of every table in the release's study text."""
    lines = _lines(st)
    _estimate_tables(st, lines)
    i = 0
    while i < len(lines):
        header = _header(lines[i][2], len(mentions(st, lines[i][2])))
        if header is None:
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and len(rows) < 40:
            row = _row(lines[j][2], len(header))
            if row is None:
                if rows or j - i > 3:
                    break
            else:
                rows.append((lines[j], row))
            j += 1
        if len(rows) >= 2:
            _draft(st, lines[i], header, rows)
            i = j
        else:
            i += 1


def _lines(st: State) -> list[tuple[int, int, str]]:
    """The non-empty lines of the study text: (start, end, text); boilerplate, quotes and
    contact lines are no table."""
    spans = [(s.start, s.end) for s in study_sentences(st)]  # in order, none overlapping
    starts = [a for a, _ in spans]
    out = []
    for m in re.finditer(r"[^\n]+", st.text):
        if not m.group().strip() or _NOT_TABLE.search(m.group()):
            continue
        # a sentence holds the line's start or its end: only the one opening last before
        # it can (a bisection, not a scan of every sentence for every line)
        i = bisect_right(starts, m.start()) - 1
        j = bisect_left(starts, m.end()) - 1
        if (i >= 0 and m.start() < spans[i][1]) or (j >= 0 and m.end() <= spans[j][1]):
            out.append((m.start(), m.end(), m.group()))
    return out


def _header(text: str, named: int = 0) -> list[str] | None:
    """The columns of a header line: a control or "difference" column, or two columns
    that name groups of the study (``named``: how many the line names), and no figure of
    its own and no sentence ending; None when it is no header."""
    text = _SIZE.sub(lambda m: " " * len(m.group()), text)
    if re.search(r"\d", text.replace("p-value", "")) or text.rstrip().endswith((".", ":")):
        return None
    tokens = _columns(text)
    if not 3 <= len(tokens) + ("|" in text or "\t" in text) <= 14:  # marked cells: 2 will do
        return None
    cols = [t for t in tokens if not _LABEL_COLUMN.match(t)]
    groups = [t for t in cols if not _STAT_COLUMN.match(t) and not _DIFF_COLUMN.match(t)]
    if named < 2 and not any(_CONTROL.match(t) for t in cols) and \
            not any(_DIFF_COLUMN.match(t) for t in cols):
        return None  # no column says what is compared
    if len(groups) < 2 or len(groups) > 5:
        return None
    return cols


# a column's size under its name: "Exercise (n=300)", "Placebo (N = 1,204)"
_SIZE = re.compile(r"\(\s*[nN]\s*=\s*\d[\d,.\s]*\)")
# what separates a table's cells when it says so: a Markdown pipe, a tab (an HTML row or a
# spreadsheet's paste), or a run of spaces that aligns the columns
_CELL_SEP = re.compile(r"\s*\|\s*|\t+\s*|\s{2,}")


def _columns(text: str) -> list[str]:
    """A header's column names: split where the line marks cells (pipes, tabs, aligned
    spaces), so "Usual care" stays one column; by words when nothing marks them."""
    if "|" in text or "\t" in text or re.search(r"\S\s{2,}\S", text):
        return [c.strip() for c in _CELL_SEP.split(text) if c.strip()]
    return text.split()


def _row(text: str, width: int) -> tuple[str, list[tuple[str, int]]] | None:
    """A row's label and the numbers of its first run of at least two (with where each
    stands in the line); None when the line is no row. A Markdown row's pipes are read as
    the spaces they stand for (same length: the cells keep their places)."""
    text = text.replace("|", " ")
    m = _RUN.search(text)
    if not m or m.start() == 0:
        return None
    label = re.sub(r"\([^()]*\)|\*", " ", text[:m.start()])
    label = " ".join(w for w in label.split() if w.lower() not in ("average", "mean"))
    if not re.search(r"[A-Za-z]{2}", label) or len(label.split()) > 8:
        return None
    cells = [(c.group(), m.start() + c.start()) for c in _CELL.finditer(m.group())]
    return (label, cells[:width]) if len(cells) >= 2 else None


def _number(cell: str) -> float | int:
    x = float(cell.rstrip("%").replace("−", "-").replace("–", "-").replace(",", ""))
    return int(x) if x.is_integer() and "." not in cell else x


def _draft(st: State, head: tuple[int, int, str], cols: list[str],
           rows: list[tuple[tuple[int, int, str], tuple[str, list[tuple[str, int]]]]]) -> None:
    """The facts of one table; what the sentence readers drafted from its rows goes."""
    lo, hi = head[0], rows[-1][0][1]
    st.found.facts = [f for f in st.found.facts
                      if not lo <= (f.get("source_span") or [-1])[0] < hi]
    gids: dict[int, str] = {}
    for k, name in enumerate(cols):
        if _STAT_COLUMN.match(name) or _DIFF_COLUMN.match(name):
            continue
        at = head[0] + head[2].find(name)
        hits = mentions(st, name)
        if hits:
            gids[k] = hits[0][2]
            continue
        x = name.strip("®™*").lower() if _CONTROL.match(name) else name.strip("*")
        _treated(st, "placebo" if x == "placebo" else x, name, [at, at + len(name)],
                 control=bool(_CONTROL.match(name)))
        found = mentions(st, name)
        if found:
            gids[k] = found[0][2]
    order = list(gids.values())
    unit = None
    for (start, _end, text), (label, cells) in rows:
        own = _unit(text[:cells[0][1]]) or _unit_word(label)
        carried = own is None and unit is not None  # often given once for a block of rows
        unit = own or unit
        first = label.split()[0]
        at = start + text.find(first)
        span_label = [at, at + len(first)]
        percent = all(c.endswith("%") for c, _ in cells)
        outcome = outcome_generic(st, label, span_label) if percent else None
        measure = None if percent else measure_id(st, label, span_label)
        for k, (cell, pos) in enumerate(cells):
            if k >= len(cols):
                break
            fact: dict[str, Any] = {"source_span": [start + pos, start + pos + len(cell)],
                                    "key": True, "review": f"read from a table row ({label!r}, "
                                    f"column {cols[k]!r}): check"}
            if carried and not percent:
                fact["review"] += f"; the unit ({unit}) is the one of the row above"
            if k in gids:
                kind = "proportion" if percent else "mean"
                fact.update({"kind": kind, "value": _number(cell), "group": gids[k]})
                fact.update({"outcome": outcome} if percent else {"measure": measure})
                if unit and not percent:
                    fact["unit"] = unit
                add_fact(st, fact, f"{gids[k]}-{kind}")
            elif _DIFF_COLUMN.match(cols[k]) and len(order) >= 2:
                if not percent and not unit:
                    st.found.notes.append(
                        f"table row {label!r}: a difference of {cell} in a unit the table "
                        f"does not give; left out: {text.strip()!r}")
                    continue
                fact.update({"kind": "difference", "value": _number(cell),
                             "group": order[0], "versus": order[1]})
                fact.update({"outcome": outcome, "unit": "percentage-points"} if percent
                            else {"measure": measure, "unit": unit})
                add_fact(st, fact, f"{order[0]}-difference")


_UNITS = {"minutes": "minute", "minute": "minute", "min": "minute", "mins": "minute",
          "hours": "hour", "hour": "hour", "h": "hour", "days": "day", "weeks": "week",
          "points": "point", "score": "point", "kg": "kg", "g": "g", "mg": "mg", "cm": "cm",
          "mmhg": "mmHg", "mmol/l": "mmol/L", "mg/dl": "mg/dL", "kg/m2": "kg/m2",
          "years": "year"}


def _unit_word(label: str) -> str | None:
    """The unit a row's label names in its words ("Days off work": days)."""
    for w in re.findall(r"[a-z]+", label.lower()):
        if w in _UNITS and len(w) > 2:
            return _UNITS[w]
    return None


def _unit(text: str) -> str | None:
    """The unit a row's label gives in brackets: a word ("(minutes)", "(mmHg)") or the
    range of a score ("(0-100)": points)."""
    for m in re.finditer(r"\(([^()]{1,20})\)", text):
        inner = m.group(1).strip().lower()
        if inner in _UNITS:
            return _UNITS[inner]
        if re.fullmatch(r"\d+\s*[-–]\s*\d+", inner):
            return "point"
    return None


# -- tables of estimates ----------------------------------------------------------------
# A subgroup table: each row a part of the people, one column a ratio with its interval
# ("Subgroup  Trials  Participants  Risk ratio (95% CI)" over "Women  9  3,104  0.56
# (0.45-0.70)"). Each row's ratio is of its own people, its outcome the one the release
# gave the same kind of ratio before the table; a column of people (participants,
# patients) counts them; other columns (trials, I², p) are left to the reviewer.
_RATIO_COLUMN = re.compile(
    r"(?i)^(?:(?:pooled\s+|adjusted\s+)?(?P<k>hazard|odds|risk|rate|incidence\s+rate|prevalence)"
    r"\s+ratios?|(?P<ab>a?HR|a?OR|a?RR|IRR))\b")
_PEOPLE_COLUMN = re.compile(r"(?i)^(?:n|no\.?|number|participants|patients|people|women|men|"
                            r"children|adults|subjects|cases)$")
_ESTIMATE = re.compile(r"^(?P<v>\d+(?:\.\d+)?)\s*[(\[]\s*(?P<lo>\d+(?:\.\d+)?)\s*"
                       r"(?:-|–|—|to|,)\s*(?P<hi>\d+(?:\.\d+)?)\s*[)\]]$")
_ABBREVIATED = {"hr": "hazard", "ahr": "hazard", "or": "odds", "aor": "odds", "rr": "risk",
                "arr": "risk", "irr": "rate"}


def _cells(text: str) -> list[tuple[str, int]]:
    """The cells of an aligned, piped or tabbed line, each with where it starts."""
    out = []
    for m in re.finditer(r"[^|\t]+?(?=\s*(?:\||\t|\s{2,}|$))", text):
        cell = m.group().strip()
        if cell:
            out.append((cell, m.start() + len(m.group()) - len(m.group().lstrip())))
    return out


def _estimate_tables(st: State, lines: list[tuple[int, int, str]]) -> None:
    """Draft the rows of every table of estimates (see above)."""
    i = 0
    while i < len(lines):
        head = _cells(lines[i][2])
        col = next((k for k, (c, _) in enumerate(head) if _RATIO_COLUMN.match(c)), None)
        if col is None or len(head) < 2 or col == 0:
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines):
            cells = _cells(lines[j][2])
            if len(cells) != len(head) or not _ESTIMATE.match(cells[col][0]):
                break
            rows.append((lines[j], cells))
            j += 1
        if len(rows) >= 2:
            _draft_estimates(st, lines[i], head, col, rows)
        i = max(j, i + 1)


def _draft_estimates(st: State, head: tuple[int, int, str], cols: list[tuple[str, int]],
                     col: int, rows: list[tuple[tuple[int, int, str], list[tuple[str, int]]]]
                     ) -> None:
    from .groups import _add_group  # the groups stage's own way to add one

    m = _RATIO_COLUMN.match(cols[col][0])
    assert m is not None
    kind = "rate" if m.group("k") and "rate" in m.group("k").lower() else \
        "risk" if m.group("k") and m.group("k").lower() == "prevalence" else \
        (m.group("k") or "").lower() or _ABBREVIATED[m.group("ab").lower()]
    lo_, hi_ = head[0], rows[-1][0][1]
    before = [f for f in st.found.facts if f["kind"] == "ratio" and f.get("outcome")
              and f.get("role") != "background" and (f.get("source_span") or [hi_])[0] < lo_]
    same = [f for f in before if f.get("ratio") == kind] or before
    outcome = same[-1]["outcome"] if same else None
    st.found.facts = [f for f in st.found.facts
                      if not lo_ <= (f.get("source_span") or [-1])[0] < hi_]
    noun = st.found.groups["all"].label.split()[0] if st.cohort else "people"
    for (start, _end, _text), cells in rows:
        label, at = cells[0]
        said = label
        if label_problem(label) and not label_problem(f"{noun} {label[0].lower()}{label[1:]}"):
            label = f"{noun} {label[0].lower()}{label[1:]}"  # "Aged 60 to 69": who they are
        group = _add_group(st, label, [start + at, start + at + len(said)], "sub", [said],
                           review="a row of a table of estimates: check the label")
        note = f"read from a table row ({label!r}, column {cols[col][0]!r}): check"
        est = _ESTIMATE.match(cells[col][0])
        assert est is not None
        value, lo, hi = (_number(est.group(g)) for g in ("v", "lo", "hi"))
        pos = start + cells[col][1]
        fact: dict[str, Any] = {"kind": "ratio", "value": value, "group": group.id,
                                "ratio": kind, "key": True,
                                "source_span": [pos, pos + len(cells[col][0])]}
        if lo < value < hi:
            fact["ci"] = [lo, hi]
        if outcome:
            fact["outcome"] = outcome
            note += "; the outcome is the one of the ratio before the table"
        fact["review"] = note
        add_fact(st, fact, f"{group.id}-ratio")
        for k, (cell, where) in enumerate(cells):
            if k in (0, col) or not _PEOPLE_COLUMN.match(cols[k][0]) or \
                    not re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", cell):
                continue
            add_fact(st, {"kind": "count", "value": _number(cell), "group": group.id,
                          "source_span": [start + where, start + where + len(cell)],
                          "review": f"read from a table row ({label!r}, column "
                                    f"{cols[k][0]!r}): check"}, f"{group.id}-n")

