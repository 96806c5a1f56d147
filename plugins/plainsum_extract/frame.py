"""Stage 5, frame: what a release says about its study apart from the figures.

The headline (title), dateline and embargo, the journal and publication date, the study
design, the condition and intervention, limitations, funding and hashtags. The people
quoted and the organisations live in :mod:`.people`, the term bank and glossary stubs in
:mod:`.terms`.
"""

from __future__ import annotations

import re
from typing import Any

from .classify import study_sentences
from .people import organisation
from .segment import blocks
from .state import PEOPLE, Span, State
from .terms import lower_common, mentions_term, new_term
from .text import DATE, MONTHS, STOP, Sentence, slug, words


def find_header(st: State) -> None:
    """The embargo line, the dateline ("BOSTON --") and the title line."""
    text = st.text
    m = re.search(r"(?im)^\W{0,3}embargo(?:ed)?\b[^\n]{0,60}?\b(?P<h>\d{1,2})(?::(?P<mi>\d\d))?"
                  r"\s*(?P<ap>[ap])\.?\s*m\.?\s*(?P<tz>[A-Z]{2,4})?\b[^\n]{0,30}?" + DATE, text)
    if m:
        iso = _embargo_iso(m)
        if iso:
            st.found.embargo = (iso, [m.start(), m.end()])
    for block in blocks(text):
        start, line = block
        if st.boilerplate.holds(start):
            continue
        d = re.match(r"(?P<city>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
                     r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s+[-–—]{1,2}\s+\S", line)
        if d and d.group("city").upper() not in _WIRES:
            city = d.group("city")
            st.found.dateline = (_title_case(city),
                                 [start + d.start("city"), start + d.end("city")])
            break
    dateline_at = st.found.dateline[1][0] if st.found.dateline else None
    candidates = []
    for start, line in blocks(text):
        if st.boilerplate.holds(start) or re.match(r"(?i)\W{0,3}embargo", line):
            continue
        n = len(line.split())
        if 3 <= n <= 30 and not line.rstrip().endswith((".", ":", ";", ",")) \
                and re.search(r"[A-Za-z]{3}", line) and not _foreign_only(line):
            candidates.append((start, line))
        if dateline_at is not None and start >= dateline_at:
            break
    if candidates:
        start, line = candidates[-1] if dateline_at is not None else candidates[0]
        st.found.title = (line.strip(), [start, start + len(line.strip())])


def find_publication(st: State) -> None:
    """The journal and publication date, from sentences about publishing."""
    for s in study_sentences(st):
        if not re.search(r"(?i)\b(?:publish\w*|appears?|appearing|issue|online|journal)\b",
                         s.text):
            continue
        if re.match(r"(?i)\W{0,3}embargo", s.text):
            continue
        if st.found.journal is None:
            _journal(st, s)
        if st.found.date is None:
            d = re.search(r"(?i)" + DATE, s.text)
            if d:
                _date(st, s, d)
        if st.found.journal and st.found.date:
            break
    if st.found.journal is None and not any(n.startswith("journal") for n in
                                            st.found.notes):
        st.found.notes.append("no journal name found; if the release names one, add it "
                              "under publication.journal")


def _journal(st: State, s: Sentence) -> None:
    jname = (r"(?P<j>(?:The\s+)?[A-Z][\w&'’.-]*"
             r"(?:\s+(?:of|and|&|the|in|for)?\s*[A-Z][\w&'’-]*)*)")
    m = (re.search(r"\bissue\s+of\s+(?:the\s+)?(?:journal\s+)?" + jname, s.text)
         or re.search(r"\b(?:published|appears?|appearing|reported|online)\b.{0,80}?"
                      r"\bin\s+(?:the\s+)?(?:journal\s+)?" + jname, s.text))
    if m:
        name = m.group("j").strip()
        name = re.sub(r"\s+(?:on|in|and)$", "", name).rstrip(".")
        journalish = re.search(r"(?i)journal|jama|lancet|bmj|neurology|medicine|science|"
                               r"nature|pediatrics|circulation|cell|annals|proceedings|"
                               r"reports|cancer|diabetes|cardiology|plos|review", name)
        if "issue" in s.text[:m.start("j")][-20:] or journalish:
            st.found.journal = (name, [s.at(m.start("j")), s.at(m.end("j"))])
            return
    gap = re.search(r"\b(?:issue\s+of|published\s+in|journal)\s*,", s.text)
    if gap:
        st.found.notes.append(
            f"journal [{s.at(gap.start())}, {s.at(gap.end())}]: the journal's name is "
            "missing from the release (lost link text); add it by hand")


def _date(st: State, s: Sentence, d: re.Match[str]) -> None:
    month = MONTHS[d.group("mon").lower()]
    day = int(d.group("day"))
    year = d.group("year")
    note = None
    if not year:
        year = _year_for(st, month, day)
        note = (f"the release gives {d.group().strip()} without a year; {year} is taken "
                "from elsewhere in the release" if year else None)
    if not year or not 1 <= day <= 31:
        st.found.notes.append(f"publication date [{s.at(d.start())}, {s.at(d.end())}]: "
                              f"{d.group()!r} has no year; add publication.date by hand")
        return
    st.found.date = (f"{int(year):04d}-{month:02d}-{day:02d}",
                     [s.at(d.start()), s.at(d.end())])
    if note:
        st.found.notes.append(f"publication.date: {note}")


def _year_for(st: State, month: int, day: int) -> str | None:
    for m in re.finditer(r"(?i)" + DATE, st.text):
        if m.group("year") and MONTHS[m.group("mon").lower()] == month \
                and int(m.group("day")) == day:
            return m.group("year")
    if st.found.embargo:
        return st.found.embargo[0][:4]
    return None


def find_design(st: State) -> None:
    """The design terms of the bank the study sentences name (not negated)."""
    seen: set[str] = set()
    for s in study_sentences(st):
        for pattern, term in _DESIGN:
            for m in re.finditer(pattern, s.text, re.IGNORECASE):
                before = s.text[max(0, m.start() - 40):m.start()].lower()
                if re.search(r"\b(?:not|no|without|lack\w*|n['’]t)\b", before):
                    continue
                if term not in seen and term in st.bank:
                    seen.add(term)
                    st.found.design.append((term, [s.at(m.start()), s.at(m.end())]))


def find_condition_and_intervention(st: State) -> None:
    """The condition and intervention, from the title, the
    cohort or the first sentences; placeholders with a note when none is found."""
    f = st.found
    title, tspan = f.title if f.title else ("", [0, 0])
    cond = None
    m = re.search(rf"(?i)\b{PEOPLE}\s+with\s+(?P<x>.+)$", title)
    if m:
        cond = (_condition_phrase(m.group("x")), tspan)
    if cond is None and st.condition_word:
        span = f.groups["all"].span
        cond = (_condition_phrase(st.condition_word), span)
    if cond is None:
        m = re.search(r"(?i)\b(?:for|against)\s+(?P<x>[^,]+?)\s+in\b", title) or \
            re.search(r"(?i)\b(?:prevent|treat|treating|preventing)\s+(?P<x>[^,]+)", title)
        if m:
            cond = (_condition_phrase(m.group("x")), tspan)
    if cond is None:
        for s in study_sentences(st)[:6]:
            m = re.search(rf"(?i)\b{PEOPLE}\s+with\s+(?P<x>[^,.;]+)", s.text)
            if m:
                cond = (_condition_phrase(m.group("x")), [s.at(m.start("x")),
                                                          s.at(m.end("x"))])
                break
    if cond and cond[0]:
        f.condition = (new_term(st, cond[0], cond[1], key=True), cond[1])
    else:
        f.condition = (new_term(st, "condition", [0, 0]), [0, 0])
        f.notes.append("study.condition: no condition found; replace the placeholder term")
    subject = re.split(r",\s*", title)[-1] if re.match(r"(?i)to\s", title) else title
    subject = re.split(_TITLE_VERB, subject, maxsplit=1)[0].strip()
    subject = re.sub(r"(?i)^(?:\d+-\w+-old\s+|new\s+|a\s+|an\s+|the\s+)", "", subject)
    subject = re.split(r"(?i)\s+(?:instead\s+of|versus|vs\.?|compared)\s+", subject)[0]
    generic = subject.lower() in {"drug", "treatment", "therapy", "medicine", "medication",
                                  "study", "research", "new research", "trial", ""}
    arms = [g for g in f.groups.values() if g.kind == "arm"]
    if generic and arms:
        subject = getattr(arms[0], "label_phrase", arms[0].label)
        subject = re.sub(r"(?i)^(?:the|a|an)\s+", "", subject)
    if (subject and not generic) or (generic and arms):
        f.intervention = (new_term(st, subject, tspan, key=True), tspan)
    else:
        f.intervention = (new_term(st, "intervention", [0, 0]), [0, 0])
        f.notes.append("study.intervention: not found; replace the placeholder term")


def find_limitations(st: State) -> None:
    """Limitations: a "limitations include ..." list, or wording such as
    "small study", "cannot prove"."""
    for s in study_sentences(st):
        m = re.search(r"(?i)\blimitations?\s+(?:of\s+(?:the|this)\s+study\s+)?"
                      r"(?:include|includes|"
                      r"were|was|is|are)\s+(?:that\s+)?(?P<list>.+)$", s.text)
        if m:
            for part, start in _split_list(m.group("list"), m.start("list")):
                limitation(st, part, [s.at(start), s.at(start + len(part))], None)
            continue
        m = re.search(r"(?i)\b(?:only\s+one|a\s+single|single)\s+"
                      r"(?:hospital|center|centre|site|"
                      r"clinic)|\bsmall\s+(?:study|number|sample)|\bcannot\s+prove|does\s+not\s+"
                      r"prove|did\s+not\s+prove|only\s+shows?\s+an\s+association|\bobservational\b",
                      s.text)
        if m:
            clause = re.split(r",\s+(?:the|but|and)\b", s.text)[0]
            limitation(st, clause, [s.start, s.start + len(clause)],
                       "read as a limitation from its wording; check")


def limitation(st: State, part: str, span: Span, review: str | None) -> None:
    """One limitation as a sentence of its own, with the terms it names."""
    part = part.strip().rstrip(".").strip()
    if len(part.split()) < 2:
        return
    part = re.sub(r"(?i)^(?:although|while|though)\s+", "", part)
    part = re.sub(r"(?i)^it\s+", "The study ", part)
    if re.match(r"(?i)(?:did|was|were|had|could|lacked|used|relied|is|has|included)\b", part):
        part = "The study " + part
    sentence = part[0].upper() + part[1:] + "."
    terms = [t for t in st.bank if mentions_term(st, part, t)]
    if "retrospective" in part.lower() and "retrospective-study" in st.bank:
        terms.append("retrospective-study")
    data: dict[str, Any] = {
        "id": st.ids["lims"].unique(f"lim-{slug(_key_words(part), 3)}"),
        "terms": sorted(set(terms)),
        "text": {"en": {"plain": sentence, "technical": sentence}},
        "source_span": span,
        "review": review or "the plain wording is the release's own: simplify it",
    }
    st.found.limitations.append(data)


def find_funding(st: State) -> None:
    """Funders from "was supported/funded by ..." sentences, as organisations."""
    for s in st.body:
        m = re.search(r"(?i)\b(?:was|were|is|are)\s+(?:supported|funded|sponsored|paid\s+for)"
                      r"\s+(?:in\s+part\s+)?by\s+(?P<list>.+?)(?:\.\s*$|$)", s.text)
        if not m:
            continue
        for part, start in _split_funders(m.group("list"), m.start("list")):
            name = re.sub(r"(?i)^(?:an?\s+.+?\s+grant\s+from|grants?\s+from)\s+", "", part)
            name = re.split(r",\s+(?:the\s+maker|which|who|of\s+the|grant)\b", name)[0]
            name = re.sub(r"(?i)^(?:the)\s+", "", name).strip(" ,;.")
            if not re.match(r"[A-Z]", name) or len(name) < 3:
                continue
            oid = organisation(st, name, "company" if re.search(
                r"(?i)\b(?:ltd|inc|pharma\w*|corp\w*|gmbh|llc|plc)\b", name) else "funder")
            if oid:
                st.found.funding.append((oid, [s.at(start), s.at(start + len(part))]))


def find_hashtags(st: State) -> None:
    """Hashtags, each once, in order."""
    seen = set()
    for m in re.finditer(r"(?<![\w&#])#[A-Za-z][A-Za-z0-9_]{1,60}\b", st.text):
        if m.group() not in seen:
            seen.add(m.group())
            st.found.hashtags.append((m.group(), [m.start(), m.end()]))


# --- patterns and small helpers ------------------------------------------------------------
_WIRES = {"NEWSWISE", "PRNEWSWIRE", "BUSINESS WIRE", "EUREKALERT", "GLOBE NEWSWIRE", "AP",
          "REUTERS", "PR NEWSWIRE", "EMBARGOED"}
_DESIGN = (
    (r"\bretrospective\b", "retrospective-study"),
    (r"\brandomi[sz]ed\b|\brandomly\s+(?:assigned|allocated|selected)", "randomised-trial"),
    (r"\bplacebo\b", "placebo"),
    (r"\bcontrol\s+group\b|\bcontrolled\s+trial\b", "control-group"),
    (r"\bclinical\s+trial\b|\bphase\s+(?:I{1,3}V?|[1-4])\b", "clinical-trial"),
    (r"\b(?:double|single|triple)[\s-]blind(?:ed)?\b|\bblinded\b", "blinding"),
    (r"\bcohort\s+study\b|\bprospective\b", "cohort"),
)
_TITLE_VERB = (r"(?i)\s+(?:may|might|can|could|will|would|is|are|was|were|results|brings|bring|"
               r"provides?|offers?|helps?|reduces?|improves?|lowers?|cuts?|boosts?|linked|better|"
               r"works?|beats?|tied|shows?|prevents?|gives?|increases?|slows?|eases?|leads?)\b")


def _foreign_only(line: str) -> bool:
    return not re.search(r"[A-Za-z]{3}", line)


def _title_case(city: str) -> str:
    return " ".join(w.capitalize() if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w
                    for w in city.split())


def _condition_phrase(x: str) -> str:
    x = re.split(r"(?i)\s+(?:and|or|in|for|who|that|from|after|at|with)\s+|[,;.(]", x.strip())[0]
    x = re.sub(r"(?i)^(?:the\s+|a\s+|an\s+)?(?:(?:advanced|early|late|mild|moderate|severe|"
               r"acute|chronic|unstable)\s+)*(?:stages?\s+of\s+)?", "", x.strip())
    return lower_common(x.strip())


def _embargo_iso(m: re.Match[str]) -> str | None:
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    minute = int(m.group("mi") or 0)
    month = MONTHS[m.group("mon").lower()]
    day = int(m.group("day"))
    if not m.group("year") or not 1 <= day <= 31:
        return None
    year = int(m.group("year"))
    tz = (m.group("tz") or "").upper()
    zones = {"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
             "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
             "MT": "America/Denver", "PT": "America/Los_Angeles", "PST": "America/Los_Angeles",
             "PDT": "America/Los_Angeles", "GMT": "UTC", "UTC": "UTC",
             "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris"}
    import datetime as dt

    try:
        stamp = dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    if tz not in zones:
        return stamp.strftime("%Y-%m-%dT%H:%M:%S")
    try:
        from zoneinfo import ZoneInfo

        stamp = stamp.replace(tzinfo=ZoneInfo(zones[tz]))
    except Exception:  # no tz database: US Eastern rule of thumb
        east = -4 if 3 < month < 11 else -5
        stamp = stamp.replace(tzinfo=dt.timezone(dt.timedelta(hours=east)))
    return stamp.isoformat()


def _split_list(text: str, offset: int) -> list[tuple[str, int]]:
    """'it was retrospective, did not include a control group and the clinicians ...'."""
    parts = []
    pos = 0
    pattern = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:the|it|did|was|were|had|there|no|"
                         r"a|an|they|participants|patients)\b)")
    for m in pattern.finditer(text):
        piece = text[pos:m.start()]
        if len(piece.split()) >= 2 and not re.search(r"\bso\s*$", piece):
            parts.append((piece, offset + pos))
            pos = m.end()
    parts.append((text[pos:], offset + pos))
    merged: list[tuple[str, int]] = []
    for piece, start in parts:
        if merged and re.match(r"(?i)\s*so\b", piece):
            _, pstart = merged.pop()
            merged.append((text[pstart - offset:start - offset + len(piece)], pstart))
        else:
            merged.append((piece, start))
    return merged
_HEAD_NOUN = re.compile(r"(?:[Ff]oundation|[Ff]und|[Ii]nstitutes?|[Uu]niversity|[Cc]ouncil|"
                        r"[Ll]td\.?|[Ii]nc\.?|[Ss]ociety|[Aa]ssociation|[Dd]epartment|[Tt]rust|"
                        r"[Aa]gency|[Pp]rogram|[Pp]rogramme|[Cc]entre|[Cc]enter|[Ss]chool|"
                        r"[Cc]ollege|[Aa]cademy|[Mm]inistry|[Cc]harity|[Cc]ompany|"
                        r"[Pp]harmaceuticals|[Cc]orporation|\(\w+\)|"
                        r"[Gg]rant|[A-Z]{2,})\s*$")


def _split_funders(text: str, offset: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    for m in re.finditer(r";\s*(?:and\s+)?(?:by\s+)?|,?\s+and\s+(?:by\s+)?(?=the\s|[A-Z])|,\s+(?="
                         r"the\s|[A-Z])", text):
        piece = text[pos:m.start()]
        if _HEAD_NOUN.search(piece.strip()) or m.group().startswith(";"):
            out.append((piece, offset + pos))
            pos = m.end()
    out.append((text[pos:], offset + pos))
    return [(p.strip(), s + (len(p) - len(p.lstrip()))) for p, s in out if p.strip()]


def _key_words(text: str) -> str:
    return " ".join(w for w in words(text) if w not in STOP and w not in {"study", "did", "not",
                                                                          "include", "it"})
