"""Stage 5, frame: what a release says about its study apart from the figures.

The headline (title), dateline and embargo, the journal and publication date, the study
design, the condition and intervention, limitations, funding and hashtags. The people
quoted and the organisations live in :mod:`.people`, the term bank and glossary stubs in
:mod:`.terms`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .classify import (
    about_other_study,
    clause_at,
    is_background,
    kind_of,
    label,
    study_sentences,
    without_asides,
)
from .people import organisation
from .segment import blocks
from .state import AGENT_PEOPLE, PEOPLE, Span, State
from .terms import lower_common, mentions_term, new_term
from .text import ANYNUM, DATE, MONTHS, STOP, Sentence, number, slug, words


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
    st.found.title = _title(st)


def _title(st: State) -> tuple[str, Span] | None:
    """The headline: the first headline-like line of the header (what the reader puts first:
    the title field of a page or an HTML title), before the dateline and the first
    paragraph. Never boilerplate, page chrome, a kicker ("News release"), a quotation, an
    "About X" heading, a "SOURCE X" line or a citation; None when the header has none."""
    dateline_at = st.found.dateline[1][0] if st.found.dateline else None
    candidates = []
    for start, line in blocks(st.text):
        if dateline_at is not None and start >= dateline_at:
            break
        if _paragraph(line):
            break
        if st.boilerplate.holds(start) or _NOT_TITLE.search(line) or label(line) == "boilerplate":
            continue
        n = len(line.split())
        if 3 <= n <= 30 and not line.rstrip().endswith((".", ":", ";", ",", "--", "-", "—")) \
                and re.search(r"[A-Za-z]{3}", line) and not _foreign_only(line):
            candidates.append((start, line.strip(), n))
    if not candidates:
        return None
    start, line, _ = next((c for c in candidates if c[2] >= 4), candidates[0])
    return (line, [start, start + len(line)])


def _paragraph(line: str) -> bool:
    """A line of running text (the body has begun): a sentence that ends in a full stop
    and is longer than a headline, or several sentences."""
    words = len(line.split())
    return (words > 30) or (words > 12 and bool(re.search(r"[.!?][\"”’)]?\s*$", line))) \
        or len(re.findall(r"[a-z][.!?]\s+[A-Z]", line)) >= 2


def find_publication(st: State) -> None:
    """The journal and publication date, from sentences about publishing (then, for the
    journal, from citation lines after the release: "The FASEB Journal, June 2018")."""
    for s in study_sentences(st):
        if not re.search(r"(?i)\b(?:publish\w*|appears?|appearing|issue|online|journal|"
                         r"study\s+in|research\s+in|report\s+in)\b", s.text):
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
    if st.found.journal is None:
        for s in st.all_sentences:
            if kind_of(st, s) == "boilerplate" and not re.match(r"(?i)\W*about\b", s.text):
                m = _CITED_JOURNAL.match(s.text.strip())
                if m and _journal_name(m.group("j")):
                    _set_journal(st, s, m, s.text.index(m.group("j")))
                    break
                if re.search(r"(?i)\b(?:publish\w*|appears?\s+in|issue\s+of)\b|^\W*journal\s*:",
                             s.text):
                    _journal(st, s)
                    if st.found.journal:
                        break
    if st.found.journal is None and not any(n.startswith("journal") for n in
                                            st.found.notes):
        st.found.notes.append("no journal name found; if the release names one, add it "
                              "under publication.journal")


def journal_id(name: str) -> str:
    """A lint-clean organisation id for a journal: its acronym when it has one ("CMAJ",
    "The BMJ" -> cmaj, bmj), else its words joined by hyphens ("PLOS ONE" -> plos-one)."""
    bare = re.sub(r"(?i)^the\s+", "", name.strip())
    acronym = re.search(r"\(([A-Z][A-Za-z]{1,9})\)\s*$", bare)
    if acronym:
        return acronym.group(1).lower()
    if re.fullmatch(r"[A-Z]{2,8}", bare):
        return bare.lower()
    # (accents folded, not cut: "Revista de Saúde Pública" -> revista-de-saude-publica)
    folded = "".join(c for c in unicodedata.normalize("NFKD", bare)
                     if not unicodedata.combining(c))
    return slug(re.sub(r"\s*\(.*?\)\s*$", "", folded), 8)


def _journal(st: State, s: Sentence) -> None:
    for pattern in _JOURNAL_AT:
        for m in pattern.finditer(s.text):
            if _journal_name(m.group("j")) and not _EARLIER_PAPER.search(
                    s.text[max(0, m.start() - 30):m.start("j")]):
                _set_journal(st, s, m, m.start("j"))
                return
    gap = re.search(r"\b(?:issue\s+of|published\s+in|journal)\s*,", s.text)
    if gap:
        st.found.notes.append(
            f"journal [{s.at(gap.start())}, {s.at(gap.end())}]: the journal's name is "
            "missing from the release (lost link text); add it by hand")


def _set_journal(st: State, s: Sentence, m: re.Match[str], start: int) -> None:
    name = _journal_name(m.group("j")) or m.group("j")
    st.found.journal = (name, [s.at(start), s.at(start + len(name))])


def _journal_name(raw: str) -> str | None:
    """The journal's name cut from what follows "published in": no trailing "on", no
    subtitle after a colon; None for what is not a journal (a month, a place, a year)."""
    name = re.split(r"\s*[:;]\s|\s*,\s(?![A-Z][\w'’.-]*\s+(?:&|and)\s+[A-Z])|\s+[-–—]+\s",
                    raw.strip())[0].rstrip(".")
    name = re.sub(r"\s+(?:in|on|this|last|by)\s+(?:" + _MONTH_OR_DAY + r")\b.*$", "", name)
    name = re.sub(r"\s+(?:on|in|and|of|the|&)$", "", name)
    name = re.sub(r"^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s\s+(?=Journal\b)", "", name)
    if not name or len(name) < 3 or name.lower().rstrip(".") in _NOT_JOURNALS:
        return None
    if re.fullmatch(r"(?i)(?:the\s+)?(?:journal|issue|study|paper|report)s?", name):
        return None
    return name


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


def animal_headline(st: State) -> bool:
    """Whether the headline says the study was done in animals or cells ("... shrinks
    tumours in mice", "Mouse study finds ...") and names no people: a lab study, whose
    participants are no people even when it also used a few patients' samples."""
    title = st.found.title[0] if st.found.title else ""
    return bool(_ANIMAL_TITLE.search(title)) and not _PEOPLE_TITLE.search(title)


_ANIMAL_TITLE = re.compile(
    r"(?i)\b(?:in|of|for)\s+(?:\w+\s+){0,2}?(?:mice|rats|rodents|animals|monkeys|primates|"
    r"pigs|zebrafish|worms|flies|fruit\s+flies|cells|organoids|the\s+lab(?:oratory)?|"
    r"lab\s+dishes|a\s+dish)\b|\b(?:mouse|rat|animal|cell|laboratory|lab)\s+(?:study|"
    r"studies|experiments?|research|model)\b")
_PEOPLE_TITLE = re.compile(
    r"(?i)\b(?:people|patients|humans?|adults|children|kids|women|men|babies|infants|"
    r"participants|volunteers|seniors|teens|smokers|survivors)\b")


def find_cohort(st: State) -> tuple[Sentence, re.Match[str]] | None:
    """The sentence and match that give the study's own participant count ("A total of 133
    participants were randomly assigned", "For the 1,214 women in the study", "a trial
    with 42 participants", "N were enrolled / took part / followed").

    Read from study sentences that are not background and do not speak of earlier
    studies; the strongest wording wins, then the earliest sentence. The match has the
    groups ``n`` (the count), ``np`` (who), ``rest`` (what follows) and ``q`` (a hedge)."""
    if animal_headline(st):
        return None  # the study's subjects are animals or cells, not people
    best: tuple[int, int, Sentence, re.Match[str]] | None = None
    for order, s in enumerate(study_sentences(st)):
        if (kind_of(st, s) == "background" and is_background(without_asides(s.text))) or \
                about_other_study_only(s.text):
            continue  # (a general aside, "X, a condition that affects 1 in 7", is no bar)
        for rank, pattern in enumerate(_COHORTS):
            for m in pattern.finditer(s.text):
                value = number(m.group("n"))
                if value is None or value < 2 or _not_people(s.text, m) or _two_groups(s.text, m):
                    continue
                # an exact count beats a rounded one ("more than 24,000 people" in a
                # subhead, "24,630 adults" in the methods)
                rank_ = rank + (len(_COHORTS) if m.group("q") else 0)
                if best is None or (rank_, order) < (best[0], best[1]):
                    best = (rank_, order, s, m)
                break
    return (best[2], best[3]) if best else None


def about_other_study_only(text: str) -> bool:
    """A sentence about earlier or other work with nothing that ties it to this study (a
    general aside, "migraine, a condition that affects 1 in 7 people", is left aside)."""
    text = without_asides(text)
    return is_background(text) or (about_other_study(text) and not re.search(
        r"(?i)\b(?:this|the)\s+(?:(?:new|current|present)\s+)?(?:\w+\s+)?(?:study|trial|"
        r"analysis)\b(?!\s+(?:is|are|will\s+be|should\s+be)\s+needed)|"
        r"\b(?:we|the\s+researchers|the\s+team|investigators)\b", text))


def _not_people(text: str, m: re.Match[str]) -> bool:
    """A count that is a share, an age or a unit rather than a number of people, or a count
    of trials or studies ("23 randomised trials led by researchers")."""
    if re.search(r"(?i)\b(?:trials|studies|papers|reports)\b|\btrial\b(?!\s+(?:participants|"
                 r"patients|volunteers|subjects))", m.group("np")):
        return True  # ("282 human study participants", "trial participants" are people)
    after = text[m.end("n"):m.end("n") + 12]
    # ("1,146,320 Year 6 children": a school year names who, it is no age)
    return bool(re.match(r"\s*(?:%|percent|per\s+cent|-year|years?\b(?!\s+\d)|months?\b|weeks?\b|"
                         r"days?\b|mg\b|kg\b)", after, re.I))


def _two_groups(text: str, m: re.Match[str]) -> bool:
    """"compared 6,684 women taking X to 31,614 taking Y": two groups' sizes, no total;
    "247 patients (41%) in the CABG group": one group's share."""
    after = text[m.end("np"):m.end("np") + 80]
    if re.match(r"(?i)\s+(?:took\s+part|participated|(?:were|was)\s+\w+)\s*:", after):
        return False  # "6,212 pupils took part: 3,104 in ... and 3,108 in ...": the whole,
        # its parts listed after the colon
    if re.match(r"\s*\(\s*\d[\d.]*\s*(?:%|percent)|\s+(?:in|of|from)\s+the\s+(?:[\w-]+\s+){0,3}?"
                r"(?:group|arm)\b", after, re.I):
        return True
    return bool(re.search(r"(?i)\b(?:to|with|versus|vs\.?|and)\s+(?:the\s+)?"
                          r"\d{1,3}(?:,\d{3})*\b(?!\s*(?:%|percent|years?|months?))", after)
                and re.search(r"(?i)\bcompar", text))


def find_design(st: State) -> None:
    """The design terms of the bank the study's own sentences name (not negated, not said
    of earlier, other or future studies, not the design of a data source the study
    re-analysed), and the kind of evidence (``Found.evidence``) they amount to."""
    seen: set[str] = set()
    secondary = False
    mendelian = any(_MENDELIAN.search(s.text) for s in _own_sentences(st))
    for s in _own_sentences(st):
        reuse = _REUSE.search(s.text)
        secondary = secondary or bool(reuse)
        for pattern, term in _DESIGN:
            for m in re.finditer(pattern, s.text, re.IGNORECASE):
                # a negation of this clause ("a non-randomized study", "was not blinded"),
                # not of the one before ("than those who did not, according to a ... trial")
                before = re.split(r"[,;:]", s.text[max(0, m.start() - 40):m.start()].lower())[-1]
                if re.search(r"\b(?:not|no|without|lack\w*|n['’]t|non)\b", before):
                    continue
                if reuse and m.start() > reuse.start():
                    continue  # "analyzed data from the X Trial, which randomly assigned ..."
                if term == "randomised-trial" and (mendelian or _LIKE_A_TRIAL.search(
                        s.text[max(0, m.start() - 40):m.start()])):
                    # "a Mendelian randomisation study ... gene variants are allocated at
                    # random at conception, so it works like a natural randomised trial":
                    # an analogy; nobody was assigned anything
                    continue
                if _other_study(clause_at(s.text, m.start(), m.end())) or _FUTURE_TRIAL.search(
                        s.text[max(0, m.start() - 80):m.start()]):
                    continue
                if term not in seen:
                    seen.add(term)  # the evidence needs no bank; the design list does
                    if term in st.bank:
                        st.found.design.append((term, [s.at(m.start()), s.at(m.end())]))
    if "randomised-trial" not in seen:
        for s in st.all_sentences:  # the paper's own title in its citation line
            m = _CITED_RCT.search(s.text)
            if m and kind_of(st, s) == "boilerplate" and not about_other_study(s.text):
                seen.add("randomised-trial")
                if "randomised-trial" in st.bank:
                    st.found.design.append(("randomised-trial", [s.at(m.start("d")),
                                                                 s.at(m.end("d"))]))
                break
    st.found.evidence = _evidence(st, seen, secondary)


def pools_trials(st: State) -> bool:
    """Whether the release's own study pools or reviews trials ("a pooled analysis of 23
    randomised trials", "a meta-analysis of 19 trials"): their count is its sample."""
    return bool(_POOLED_TRIALS.search(" ".join(s.text for s in _own_sentences(st))))


def _own_sentences(st: State) -> list[Sentence]:
    """Study sentences (and the headline) that may describe this study's own design."""
    return [s for s in study_sentences(st) if kind_of(st, s) != "background"
            and not about_other_study_only(s.text)]


def _other_study(clause: str) -> bool:
    """A clause about earlier, other or future studies, not tied to this one."""
    return about_other_study(clause) and not re.search(
        r"(?i)\b(?:this|the\s+(?:new|current|present))\s+(?:\w+\s+)?(?:study|trial|analysis)\b"
        r"|\b(?:we|the\s+researchers|investigators)\s+(?:\w+\s+)?(?:randomi[sz]ed|assigned|"
        r"conducted|ran|performed)\b", clause)


def _evidence(st: State, terms: set[str], secondary: bool) -> str | None:
    """randomised (assignment stated), observational (records, cohorts, surveys, a
    re-analysis), lab (animals or cells and no participants), other (a trial, placebo or
    pilot without randomisation), or None when the release does not say."""
    text = " ".join(s.text for s in _own_sentences(st))
    if animal_headline(st):
        return "lab"  # "... attack tumours in mice": whatever human samples it also used
    if _POOLED_TRIALS.search(text):
        return "other"  # the trials it pools were randomised; the pooling is no trial
    if "randomised-trial" in terms:
        return "randomised"
    if _ASSIGNED.search(text) and _PLACEBO.search(text):
        return "randomised"  # "Half were assigned to X and half a matching placebo"
    if secondary or _OBSERVATIONAL.search(text) or "retrospective-study" in terms:
        return "observational"
    if _LAB.search(text) and find_cohort(st) is None:
        return "lab"
    if terms & {"placebo", "control-group", "clinical-trial", "blinding"} or _TRIAL.search(text):
        return "other"
    if _FOLLOWED.search(text) or "cohort" in terms or _NOT_AT_RANDOM.search(text):
        return "observational"  # (a comparison the release says was not randomised, and
        # no trial: a programme's roll-out, areas or clinics compared as they were)
    if _MEASURED_PEOPLE.search(text) and not _GIVEN.search(text):
        return "observational"  # people measured or compared, nothing given to them
    return None


# "The study found that heart rate variability ... indicated whether subjects had X":
# people (or their scans, exams, samples) looked at, with no treatment given.
_MEASURED_PEOPLE = re.compile(
    r"(?i)\b(?:subjects|participants|patients|respondents|exams|scans|mammograms|samples)\b"
    r"[^.;]{0,120}?\b(?:had|were|was|showed|indicated|examined|measured|compared|assessed)\b|"
    r"\b(?:examined|measured|compared|assessed|reviewed)\b[^.;]{0,80}?\b(?:subjects|"
    r"participants|patients|exams|scans|mammograms|samples|records)\b")
_GIVEN = re.compile(
    r"(?i)\b(?:received|were\s+given|was\s+given|took|treated\s+with|underwent|injected|"
    r"administered|assigned|dose|doses|therapy|treatment\s+with|intervention)\b")


def find_condition_and_intervention(st: State) -> None:
    """The condition and intervention, from the title, the cohort or the first study
    sentences (never boilerplate); a placeholder with a note when none is found, never a
    headline fragment or a sentence."""
    f = st.found
    title, tspan = f.title if f.title else ("", [0, 0])
    cond = _condition(st, title, tspan)
    if cond and cond[0]:
        f.condition = (new_term(st, cond[0], cond[1], key=True), cond[1])
    else:
        f.condition = (new_term(st, "condition", [0, 0]), [0, 0])
        f.notes.append("study.condition: no condition found; replace the placeholder term")
    found = _intervention(st, title, tspan)
    if found:
        f.intervention = (new_term(st, found[0], found[1], key=True), found[1])
    else:
        f.intervention = (new_term(st, "intervention", [0, 0]), [0, 0])
        f.notes.append("study.intervention: not found; replace the placeholder term")


def _condition(st: State, title: str, tspan: Span) -> tuple[str, Span] | None:
    """'people with X', 'in X patients', 'for/against X', 'prevent/treat X' in the title;
    'with X' after the cohort; 'people with X' in the first study sentences."""
    m = re.search(rf"(?i)\b{PEOPLE}\s+with\s+(?P<x>.+)$", title)
    if m and _condition_phrase(m.group("x")):
        return (_condition_phrase(m.group("x")), tspan)
    if st.cohort:
        s, cm = st.cohort
        w = re.match(r"\s+with\s+(?P<x>[^,;.()]+)", cm.group("rest") or "")
        if w and _condition_phrase(w.group("x")):
            x = _condition_phrase(w.group("x"))
            at = s.text.index(x, cm.start("rest")) if x in s.text[cm.start("rest"):] else None
            return (x, [s.at(at), s.at(at + len(x))] if at is not None else
                    [s.at(cm.start("rest")), s.at(cm.end("rest"))])
    for pattern in _TITLE_CONDITION:
        m = re.search(pattern, title)
        if m and _condition_phrase(m.group("x")):
            return (_condition_phrase(m.group("x")), tspan)
    for s in study_sentences(st)[:8]:
        if kind_of(st, s) == "background":
            continue
        m = re.search(rf"(?i)\b{PEOPLE}\s+with\s+(?P<x>[^,.;]+)", s.text)
        if m and _condition_phrase(m.group("x")):
            x = _condition_phrase(m.group("x"))
            start = s.text.find(x, m.start("x"))
            start = start if start >= 0 else m.start("x")
            return (x, [s.at(start), s.at(start + len(x))])
    return None


def _intervention(st: State, title: str, tspan: Span) -> tuple[str, Span] | None:
    """The title's subject when it names a treatment or exposure (not the study, not the
    people, not a sentence); else the first trial arm or a group named by what it got;
    else 'X for Y' in a verbless title."""
    subject = re.split(r",\s*", title)[-1] if re.match(r"(?i)to\s", title) else title
    subject = re.sub(r"(?i)^(?:new\s+)?(?:study|research|trial|report|analysis)\s*:\s*", "",
                     subject)
    # "Clinical studies show 'X' results in ...", "Trial finds X cuts ...": what they show
    subject = _REPORTED.sub("", subject, count=1).strip(" '\"‘’“”")
    subject = re.split(_TITLE_VERB, subject, maxsplit=1)[0].strip(" '\"‘’“”")
    subject = re.sub(r"(?i)^(?:\d+-\w+-old\s+|new\s+|novel\s+|a\s+|an\s+|the\s+|even\s+|"
                     r"both\s+|either\s+)+",
                     "", subject)
    subject = re.split(r"(?i)\s+(?:instead\s+of|versus|vs\.?|compared|over)\s+", subject)[0]
    after = re.match(r"(?i)(?:good\s+|better\s+|long-term\s+|lasting\s+|big\s+)*"
                     r"(?:improvements?|benefits?|relief|results?|outcomes?|gains?|recovery)\s+"
                     r"(?:after|from|with|of)\s+(?P<x>.+?)(?:\s+in\s+.*)?$", subject)
    if after:
        subject = re.sub(r"(?i)^(?:a|an|the)\s+", "", after.group("x"))
    verbless = re.fullmatch(r"(?i)(?P<x>[\w'’ -]{3,40}?)\s+for\s+(?P<y>.+)", title.strip())
    if verbless and subject == title.strip():
        subject = verbless.group("x")
    if _treatment_phrase(subject):
        return (subject, tspan)
    lead = _lead_subject(st)
    if lead is not None:
        return lead
    groups = list(st.found.groups.values())
    for kind in ("arm", "treated"):
        for g in groups:
            if g.kind == kind and g.id not in ("placebo", "control"):
                label = re.sub(r"(?i)^(?:people|patients|those)\s+(?:who\s+)?(?:got|received|"
                               r"receiving|given|taking|on)\s+", "",
                               getattr(g, "label_phrase", g.label))
                label = re.sub(r"(?i)^(?:the|a|an|both|either)\s+", "", label)
                if _treatment_phrase(label) and not re.search(
                        r"(?i)\b(?:placebo|control|usual\s+care|standard\s+care|sham)\b", label):
                    return (label, g.span)
    return None


_REPORTED = re.compile(
    r"(?i)^(?:(?:new|large|small|clinical|early|major|first|pilot|national|global|"
    r"long-term|\d{4})\s+)*(?:study|studies|research|trials?|analysis|review|data|survey|"
    r"findings|results|scientists|researchers)\s+(?:show|shows|find|finds|suggest|suggests|"
    r"reveal|reveals|confirm|confirms|indicate|indicates)\s+(?:that\s+)?")
# The subject of a lead sentence that says what a treatment did ("A fruit-based supplement
# bar (the "X-bar") conceived by ..., was shown in clinical trials to improve ...").
_DATELINE = re.compile(r"^[A-Z][\w .,'’]{0,60}?(?:\s*\([^()]{0,40}\))?\s*(?:--|[-–—])\s*")
_LEAD_VERB = re.compile(
    r"(?i)\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+){0,4}?(?:shown|found)\s+"
    r"(?:\w+\s+){0,4}?to\s+(?:improve|reduce|lower|cut|ease|help|prevent|slow|treat|raise|"
    r"increase|protect|boost)\b|\s+(?:improved|reduced|lowered|cut|eased|helped|prevented|"
    r"slowed|shrank|halved|did\s+not\s+(?:reduce|improve|lower|help|prevent))\b")


def _lead_subject(st: State) -> tuple[str, Span] | None:
    """The treatment a lead sentence is about, from its subject, when the title names none:
    up to a parenthesis, a comma or a participle ("conceived by", "given to")."""
    for s in study_sentences(st)[:3]:
        if kind_of(st, s) in ("background", "quote"):
            continue
        text = s.text
        date = _DATELINE.match(text)
        lo = date.end() if date else 0
        verb = _LEAD_VERB.search(text, lo)
        if not verb:
            continue
        head = text[lo:verb.start()]
        head = re.split(r"\s*\(|,\s|\s+(?:conceived|developed|made|given|taken|known|called|"
                        r"designed|created|used|which|that|who)\b", head, maxsplit=1)[0]
        phrase = re.sub(r"(?i)^(?:a|an|the|new|novel|\s)+", "", head).strip()
        if _treatment_phrase(phrase):
            at = lo + text[lo:].find(phrase)
            return (phrase, [s.at(at), s.at(at + len(phrase))])
    return None


def _treatment_phrase(x: str) -> bool:
    """A short noun phrase that can name a treatment or exposure: not the study, not the
    people, not a sentence, not a question, not a placeholder."""
    x = x.strip()
    if not x or len(x.split()) > 6 or re.search(r"[?:!]", x):
        return False
    if re.search(r"(?i)\b(?:study|studies|research|researchers|scientists|analysis|team|trial|"
                 r"survey|findings|data|results|announces?|recruiting|warns?|experts?|doctors)\b",
                 x):
        return False
    if re.search(rf"(?i)\b{PEOPLE}$|\b(?:girls|boys|kids|students|smokers|seniors)$", x):
        return False
    if re.match(r"(?i)(?:treating|preventing|stave|how|why|what|when|can|could|may|is|are|"
                r"do|does)\b", x):
        return False
    return x.lower() not in {"drug", "treatment", "therapy", "medicine", "medication",
                             "intervention", "condition", "it", "this", "they"}


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
_WHO = (rf"(?:{PEOPLE}|men\s+and\s+women|women\s+and\s+men|boys\s+and\s+girls|girls|boys|"
        r"teens|teenagers|adolescents|youths?|kids|students|smokers|couples|families|twins|"
        r"seniors|newborns|toddlers|neonates|nurses|physicians|doctors|athletes|workers|"
        r"employees|pregnancies|respondents|pairs|parents|fathers|caregivers|carers|users|"
        r"drinkers|runners|members|households|recruits|donors|schoolchildren|pupils|"
        # professions not made with -er ("pharmacists", "clinicians", "midwives")
        r"pharmacists|dentists|therapists|physiotherapists|psychologists|psychiatrists|"
        r"specialists|clinicians|technicians|dietitians|paramedics|midwives|surgeons|"
        r"pediatricians|paediatricians|optometrists|cyclists|motorists|soldiers|pilots|"
        r"staff|personnel|"
        rf"(?:\d+-?\s*(?:to|and)\s+)?\d+-year-olds|{AGENT_PEOPLE})")
# "adult type 2 diabetic patients", "U.S. adults"
_NP = rf"(?P<np>(?:(?:[\w'’-]+|(?:[A-Z]\.){{2,}})\s+){{0,4}}?{_WHO})\b"
_Q = r"(?P<q>(?:more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|" \
     r"approximately\s+|roughly\s+|around\s+|just\s+over\s+|close\s+to\s+)?"
_N = rf"(?P<n>{ANYNUM}(?:\s+million)?)"  # "the records of 1.2 million people"
_REST = r"(?P<rest>[^.;]{0,120})"
_COHORTS = tuple(re.compile(p, re.IGNORECASE) for p in (
    # "A total of 133 participants ...", "the study enrolled a total of 52 women and men"
    rf"\ba\s+total\s+of\s+{_Q}{_N}\s+{_NP}{_REST}",
    # "In total, 82 patients were treated", "Altogether 1,204 women took part": the whole,
    # said as such after the parts ("24 patients in the first part, 58 in the second")
    rf"\b(?:in\s+total|in\s+all|altogether|overall),?\s+{_Q}{_N}\s+{_NP}(?P<rest>)\s+"
    r"(?:(?:were|was)\s+(?:\w+\s+)?(?:treated|enrolled|included|recruited|randomi[sz]ed|"
    r"studied|followed|assessed|tested|vaccinated|dosed)|took\s+part|participated)\b",
    # "..., leaving 31,742 newborns in the analysis": who remained to be studied
    rf"\bleaving\s+{_Q}{_N}\s+{_NP}(?P<rest>)\s+(?:in|for)\s+the\s+(?:final\s+|main\s+)?"
    r"(?:analysis|analyses|study|trial|sample|cohort)\b",
    # "221 participants were randomly assigned / enrolled / took part / were followed"
    # "36 adults with migraine were randomly assigned", "The 1,200 participants were divided"
    rf"(?<![\d,.])\b{_Q}{_N}\s+{_NP}(?P<rest>(?:\s+(?:with|aged|from|at|who\s+had)\s+"
    r"[^,.;()]{1,40}?)?)\s+(?:(?:were|was|had\s+been)\s+(?:\w+\s+)?"
    r"(?:randomi[sz]ed|assigned|allocated|enrolled|recruited|included|followed|studied|"
    r"tracked|analy[sz]ed|surveyed|screened|evaluated|examined|assessed|observed|selected|"
    r"interviewed|divided|split|placed|matched|monitored)|took\s+part|participated|"
    r"completed\s+the\s+(?:study|trial|survey)|enrolled\s+in|signed\s+up|volunteered|"
    r"joined\s+the\s+(?:study|trial))",
    # "Participants (n = 240) were ...": the count given as n
    rf"\b{_NP}\s*\(\s*n\s*=\s*{_Q}{_N}\s*\)(?P<rest>)",
    # "randomized 111 men and women", "enrolled 1,147 patients", "data from 282 participants"
    rf"\b(?:looked\s+at|involved|included|include|recruited|enrolled|studied|analy[sz]ed|"
    r"followed|assigned|randomi[sz]ed|examined|surveyed|evaluated|involving|including|"
    r"followed\s+up|tracked|assessed|observed|interviewed|screened|treated|asked|polled|"
    r"questioned|draws?\s+on|drew\s+on|drawing\s+on|relied\s+on|rely\s+on|tested|"
    # "used the registers to follow 573,210 adults", "the findings come from 48,212 adults"
    r"to\s+(?:follow|track|study|analy[sz]e|survey|recruit|enrol|enroll|examine|assess)|"
    r"c[oa]mes?\s+from)\s+"
    rf"(?:data\s+(?:on|from)\s+|records\s+of\s+|the\s+records\s+of\s+)?{_Q}{_N}\s+{_NP}{_REST}",
    # "a trial with 42 participants", "a cohort of 541 9- to 11-year-olds", "data from 282 ..."
    r"\b(?:study|trial|analysis|cohort|sample|survey|experiment|data|records|samples|specimens|"
    r"measurements)\s+"
    r"(?:(?:collected|"
    r"gathered|drawn|obtained|pooled|came|come|were\s+drawn|were\s+taken)\s+)?"
    r"(?:of|with|on|in|involving|including|included|among|from|for|covering|comprised|comprising|"
    rf"consisted\s+of|consisting\s+of|enrolled)\s+(?:a\s+total\s+of\s+)?"
    rf"{_Q}{_N}\s+{_NP}{_REST}",
    # "For the 1,214 women in the study", "Among the 541 children who took part"
    rf"\b(?:for|among|of|in)\s+(?:all\s+)?(?:the\s+|these\s+)?{_Q}{_N}\s+{_NP}(?P<rest>\s+"
    r"(?:in|enrolled\s+in|taking\s+part\s+in|who\s+took\s+part|who\s+participated|"
    r"participating\s+in|included\s+in|studied|followed)\b[^.;]{0,80})",
    # "Six of the 24 participants ...", "conducted on nine healthy individuals"
    rf"\b{ANYNUM}\s+of\s+(?:the|all|these)\s+{_Q}{_N}\s+{_NP}{_REST}",
    rf"\b(?:conducted|carried\s+out|performed|done|tested)\s+(?:on|in|with)\s+{_Q}{_N}\s+"
    rf"{_NP}{_REST}",
    # weaker: "analyzed the long-term outcomes of surgery in 20 patients"
    r"\b(?:analy[sz]ed|studied|examined|evaluated|assessed|followed|tracked|looked\s+at|"
    r"measured|reviewed|compared)\s+(?:[\w'’-]+\s+){1,6}?(?:in|of|among|from|for)\s+"
    rf"{_Q}{_N}\s+{_NP}{_REST}",
    # "Of 640 participants, 320 were ...", "Among the 820 women, ...": all of them, opening
    rf"^\W*(?:of|among)\s+(?:all\s+)?(?:the\s+)?{_Q}{_N}\s+{_NP}(?P<rest>),",
    # "giving 5,752 controls and 7,190 people in all": the whole, said as such (after any
    # verb that says who took part: "593,510 people in all" may be a part of them)
    rf"(?<![\d,.])\b{_Q}{_N}\s+{_NP}\s+in\s+(?:all|total)\b(?P<rest>)",
    # weakest: "80 postmenopausal women with osteoporosis received ..."
    rf"(?<![\d,.])\b{_Q}{_N}\s+{_NP}(?P<rest>[^.;]{{0,60}}?)\s+(?:received|underwent|were\s+given|"
    r"got|took)\b",
))
# Lines of a header that are not its headline: page chrome, kickers, wire and
# distribution lines, quotations, citations.
_NOT_TITLE = re.compile(
    r"""(?ix)^\W{0,3}(?:log\s*in|sign\s+(?:in|up)|create\s+(?:a\s+)?(?:new\s+)?account|
        forgot\s+(?:your\s+)?password|loading|please\s+wait|skip\s+to|menu|search|home|
        subscribe|advertisement|share|print|e-?mail|tweet|click\s+to\s+tweet|
        (?:press|news)\s+release|for\s+immediate\s+release|media\s+(?:advisory|alert)|
        public\s+release|embargo\w*|source|about\s|contact|article|citation|reference|doi|
        related|image|photo|video|credit)(?![\w'’-])  # "Home", not "Home-delivered meals"
      | ^\W{0,3}[\"“‘'][^\"”’']{0,200}(?:[\"”’']\W{0,3}|[\"”’'],?\s+(?:said|says)\b.*)$
      | ^\W{0,3}[\"“][^\"”]*$
      | (?:^|\|\s*)by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$
      | /\s*(?:PRNewswire|Business\s*Wire|GLOBE\s*NEWSWIRE|Newswire)\s*/
      | \bdoi:?\s*10\.\d | \bet\s+al\b | \b(?:19|20)\d\d\s*;\s*\d
    """)
_WIRES = {"NEWSWISE", "PRNEWSWIRE", "BUSINESS WIRE", "EUREKALERT", "GLOBE NEWSWIRE", "AP",
          "REUTERS", "PR NEWSWIRE", "EMBARGOED"}
_DESIGN = (
    (r"\bretrospective\b", "retrospective-study"),
    (r"(?<!\bmendelian\s)\brandomi[sz](?:ed|ation)\b|\brandomly\s+(?:assigned|allocated|selected|divided|split|"
     r"placed|chosen|given)|\b(?:assigned|allocated|divided|split|placed)\s+(?:\w+\s+){0,4}?"
     r"(?:at\s+random|randomly)\b", "randomised-trial"),
    (r"\bplacebo\b", "placebo"),
    (r"\bcontrol\s+group\b|\bcontrolled\s+trial\b", "control-group"),
    (r"\bclinical\s+trial\b|\bphase\s+(?:I{1,3}V?|[1-4])\b", "clinical-trial"),
    (r"\b(?:double|single|triple)[\s-]blind(?:ed)?\b|\bblinded\b", "blinding"),
    (r"\bcohort\s+study\b|\bprospective\b", "cohort"),
)
_MENDELIAN = re.compile(r"(?i)\bmendelian\s+randomi[sz]ation\b")
_LIKE_A_TRIAL = re.compile(r"(?i)\b(?:like|as\s+in|akin\s+to|similar\s+to|mimic\w*|resembl\w*|"
                           r"imitat\w*)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
# "analyzed data from the X Trial": a re-analysis; the source's design is not this study's.
_REUSE = re.compile(
    r"(?i)\b(?:analy[sz]ed|analy[sz]ing|used|using|drew\s+on|mined|examined|reviewed|pooled)\s+"
    r"(?:\w+\s+){0,3}?(?:data|records)\s+(?:\w+\s+)?(?:from|of|in)\b")
# "should be confirmed by a randomized trial", "a larger trial is planned": not this study.
_FUTURE_TRIAL = re.compile(
    r"(?i)\b(?:should|will|would|could|must|might|need\s+to|needs\s+to|plan\s+to|plans\s+to|"
    r"hope\s+to|want\s+to|further|future)\b(?:\s+\S+){0,6}\s+(?:an?\s+)?"
    r"(?:\w+[\s,-]+){0,3}$")
# A citation of the study's paper whose title says how it was done: '"X versus Y in
# children: a randomized controlled trial" is published ...'.
_CITED_RCT = re.compile(
    r"(?i)[:–-]\s*(?:an?\s+)?(?P<d>randomi[sz]ed(?:,?\s+\w+-?\w*){0,3}\s+(?:trial|study))"
    r"\s*[.\"”']*\s*(?:(?:is|was|were)\s+)?(?:published|appears|in\b|$)")
# A journal's name: capitalised words (a lowercase prefix such as "npj", "eLife" allowed)
# joined by of/and/&/the/in/for/on, with an acronym in brackets kept.
_JNAME = (r"(?P<j>(?:The\s+)?(?:[a-z]{1,4}(?=[A-Z\s])\s*)?[A-Z][\w&'’.-]*"
          r"(?:\s+(?:(?:of|and|&|the|in|for|on)\s+)*[A-Z][\w&'’.-]*)*"
          # "Journal of Neurology, Neurosurgery & Psychiatry": a list in the name
          r"(?:,\s+[A-Z][\w'’.-]*\s+(?:&|and)\s+[A-Z][\w'’.-]*)?(?:\s+\([A-Z][\w\s]*\))?)")
# Journals named by their head word ("The BMJ", "The Lancet Oncology", "JAMA Network Open")
_JHEAD = (r"(?P<j>(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}?(?:Journal|JAMA|BMJ|"
          r"Lancet|Medicine|Science|Nature|Pediatrics|Circulation|Neurology|Cell)\b"
          r"(?:\s+(?:(?:of|and|&|the|in|for|on)\s+)*[A-Z][\w&'’.-]*)*)")
_JOURNAL_AT = tuple(re.compile(p) for p in (
    r"\bissue\s+of\s+(?:the\s+)?(?:journal\s+)?" + _JNAME,
    r"\b(?:[Pp]ublished|[Aa]ppears?|[Aa]ppearing|[Rr]eported|[Oo]nline|[Pp]ublishes)\b"
    r"(?:[\s,]+[\w.]+){0,5}?\s+in\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?journal,?\s+)?" + _JNAME,
    # "appeared online today (April 22, 2015) at The X Journal": a date aside, then "at"
    r"\b(?:[Pp]ublished|[Aa]ppeared|[Aa]ppears?)\b(?:[\s,]+(?:[\w.]+|\([^()]{0,40}\)\d{0,2})){0,5}?"
    r"\s+(?:in|at)\s+(?:the\s+)?(?:journal\s+)?(?=[A-Z])" + _JNAME,
    r"\b(?:study|research|report|paper|article|trial)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?"
    r"(?:journal\s+)?" + _JHEAD,
    # "published by The BMJ today": by a journal (never "by the researchers")
    r"\b[Pp]ublished\s+(?:today\s+|online\s+|this\s+week\s+)?by\s+" + _JHEAD,
    # a fact box's "Journal: The BMJ"
    r"^\W*Journal\s*:\s*" + _JNAME,
))
# "published in a 2012 PLOS One paper": an earlier paper, not this study's journal.
_EARLIER_PAPER = re.compile(r"(?i)\b(?:a|an)\s+(?:(?:19|20)\d\d\s+)?$|\b(?:previous|earlier|"
                            r"prior|past)\b")
# A citation line: "The FASEB Journal, June 2018", "JAMA Pediatrics. 2017;171(3)".
_CITED_JOURNAL = re.compile(
    r"(?P<j>(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,5}?(?:Journal|JAMA|BMJ|Lancet)"
    r"(?:\s+(?:(?:of|and|&|the|in|for|on)\s+)*[A-Z][\w&'’.-]*)*)\s*[,.;]\s*"
    r"(?:(?:19|20)\d\d|" + "|".join(m.capitalize() for m in MONTHS) + r"|doi|vol|online)")
_MONTH_OR_DAY = ("|".join(m.capitalize() for m in MONTHS) + "|Monday|Tuesday|Wednesday|"
                 "Thursday|Friday|Saturday|Sunday|Today|Spring|Summer|Fall|Autumn|Winter")
_NOT_JOURNALS = frozenset(
    [m for m in MONTHS] + ["the united states", "the us", "the u.s", "the uk", "america",
                           "europe", "the spring", "the fall", "the summer", "the winter",
                           "advance", "print", "press", "english", "full", "part", "today",
                           "time"])
_OBSERVATIONAL = re.compile(
    r"(?i)\b(?:observational|case-control|cross-sectional|retrospective(?:ly)?|registry|"
    r"registries|databases?|(?:medical|health|hospital|patient|insurance|prescription)\s+"
    r"records|claims\s+data|cohorts?\s+(?:study|studies|of)|prospective\s+(?:cohort|study)|"
    r"population-based|pooled|pooling|epidemiological|mendelian\s+randomi[sz]ation|"
    r"(?:analy[sz]ed|compared|reviewed|examined|used|mined|collected)\s+(?:\w+\s+){0,3}?"
    r"(?:data|records|database|charts|files|registr(?:y|ies))|chart\s+review)\b")
_NOT_AT_RANDOM = re.compile(
    r"(?i)\b(?:were|was)\s+not\s+(?:randomi[sz]ed|(?:chosen|selected|assigned|allocated)\s+"
    r"(?:at\s+random|randomly))\b|\bnon-?randomi[sz]ed\s+(?:comparison|evaluation|study|"
    r"design)\b")
_ASSIGNED = re.compile(r"(?i)\b(?:were|was)\s+(?:\w+\s+)?(?:assigned|allocated)\s+to\b")
_PLACEBO = re.compile(r"(?i)\b(?:placebo|sham)\b")
# A review that pools trials: "a meta-analysis of 21 randomized trials", "pooled data from
# 14 trials", "a systematic review of randomised controlled trials".
_POOLED_TRIALS = re.compile(
    r"(?i)\b(?:meta-?analys[ie]s|systematic\s+review|pooled\s+(?:analysis|data|results)|"
    r"pooled|pooling|combined\s+(?:the\s+)?(?:data|results))\b[^.;]{0,80}?\b(?:\d[\d,]*|"
    r"two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:[\w-]+\s+){0,3}?"
    r"trials\b|"
    # "a pooled analysis of randomised trials", "a systematic review and meta-analysis"
    r"\b(?:meta-?analys[ie]s|pooled\s+analys[ie]s|systematic\s+review)\s+of\s+(?:[\w-]+\s+)"
    r"{0,3}?(?:trials|studies)\b|\bsystematic\s+review\s+and\s+meta-?analys[ie]s\b")
_LAB = re.compile(
    r"(?i)\b(?:mice|mouse|rats?|rodents?|animal\s+models?|in\s+vitro|cell\s+cultures?|"
    r"cultured\s+cells|zebrafish|monkeys|primates|pigs|in\s+the\s+(?:lab|laboratory)|"
    r"laboratory\s+(?:study|experiments?|tests?)|molecules?|organoids?|petri\s+dish(?:es)?|"
    r"compounds?\s+(?:was|were)\s+"
    r"synthesi[sz]ed|tissue\s+samples)\b")
_TRIAL = re.compile(
    r"(?i)\b(?:trials?|pilot|phase\s+(?:I{1,3}V?|[1-4])|open-label|single-arm|placebo|"
    r"controlled|uncontrolled|feasibility\s+study|clinical\s+study)\b"
    # an intervention given for a set time: "24 women ate two cups of mango daily for 14 days"
    rf"|\b{ANYNUM}\s+(?:[\w'’-]+\s+){{0,3}}?{PEOPLE}\s+(?:consumed|received|took|were\s+given|"
    r"ate|drank|used|wore)\b[^.;]{0,80}?\b(?:daily|every\s+day|a\s+day|per\s+day|twice|"
    r"for\s+\d+\s+(?:days|weeks|months))")
_FOLLOWED = re.compile(
    r"(?i)\b(?:followed\s+(?:up\s+)?(?:the|them|these|all|for|from|\d)|"
    r"follow-up\s+(?:of|period|examinations?|visits?|study)|tracked|questionnaires?|surveys?|"
    r"surveyed|associated\s+with|linked\s+(?:to|with)|associations?|analy[sz]ed)\b")
_TITLE_VERB = (r"(?i)\s+(?:may|might|can|could|will|would|is|are|was|were|results|brings|bring|"
               r"provides?|offers?|helps?|helped|reduces?|reduced|improves?|improved|lowers?|"
               r"lowered|cuts?|boosts?|linked|associated|better|works?|beats?|tied|shows?|"
               r"showed|prevents?|gives?|increases?|increased|slows?|eases?|leads?|led|"
               r"differentiates?|links?|finds?|found|predicts?|protects?|detects?|targets?|"
               r"halts?|delays?|extends?|restores?|raises?|curbs?|fights?|tackles?|saves?|"
               r"spots?|identifies|outperforms?|matches|doubles|triples|halves|rivals?|"
               r"reverses?|relieves?|promotes?|supports?|benefits?|enhances?|holds?|stops?|"
               r"treats?|does|do|did|has|have|had|shrinks?|kills?|blocks?|wins?|gets?|"
               r"makes?|keeps?|tops?|trumps?|equals?|reinforces?|announces?|warns?|"
               r"reveals?|suggests?|confirms?|demonstrates?|yields?|achieves?)\b")
# The condition in a title: "for X in ...", "in X patients", "prevent/treat X".
_TITLE_CONDITION = (
    r"(?i)\b(?:for|against)\s+(?P<x>[^,]+?)\s+in\b",
    rf"(?i)\b(?:in|for|among)\s+(?:the\s+)?(?P<x>(?:(?!(?:and|for|with|in|of|the|older|"
    rf"younger|young)\b)[\w'’-]+\s+){{1,4}}?){PEOPLE}\b",
    r"(?i)\b(?:prevent|treat|treating|preventing|fight|fighting|against)\s+(?P<x>[^,]+)",
    r"(?i)^[\w'’ -]{3,40}?\s+for\s+(?P<x>[^,]+)$",
    # what the risk is of: "lower risk of atrial fibrillation in ...", "higher odds of bowel
    # cancer before 50", "lower diabetes risk", "links X to colorectal cancer risk"
    # ... unless the people have a condition of their own: "reduces risk of secondary tumours
    # in early-stage breast cancer"
    rf"(?i)\b(?:risk|odds|rates?|chances?|incidence)\s+of\s+[^,]+?\s+in\s+(?!.*\b{PEOPLE}\b)"
    r"(?P<x>[^,]+)$",
    r"(?i)\b(?:risk|odds|rates?|chances?|incidence)\s+of\s+(?P<x>[^,]+)",
    r"(?i)\b(?:lower|higher|reduced|increased|greater|raised|to|of)\s+"
    r"(?P<x>(?:(?!(?:the|a|an|and|or|their|its|lower|higher|reduced|increased|greater|raised)"
    r"\b)[\w'’-]+\s+){0,2}[\w'’-]+)\s+risks?\b",
    r"(?i)\b(?:stave|ward|fend)\s+off\s+(?P<x>[^,]+)",
    r"(?i)\b(?:recovering|recovery|recover)\s+from\s+(?P<x>[^,]+)",
    r"(?i)\bscreen(?:ing)?\s+for\s+(?P<x>[^,?]+)",
)


def _foreign_only(line: str) -> bool:
    return not re.search(r"[A-Za-z]{3}", line)


def _title_case(city: str) -> str:
    return " ".join(w.capitalize() if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w
                    for w in city.split())


def _condition_phrase(x: str) -> str:
    """The condition's name from what follows 'with' or 'for': up to the first clause
    word or verb ('longstanding type 1 diabetes showed ...' -> 'type 1 diabetes')."""
    x = re.split(r"(?i)\s+(?:and|or|in|for|who|that|which|from|after|at|with|could|would|may|"
                 r"might|can|will|should|showed|shows|had|has|have|were|was|is|are|did|"
                 r"received|experienced|reported|saw|got|took|participated|than|compared|"
                 r"during|before|over|under|since|by|on|as|than|to\s+(?:receive|be|take|get|"
                 r"have|see|test))\s+|[,;.(:?!]", x.strip())[0]
    x = re.sub(r"(?i)^(?:the\s+|a\s+|an\s+)?(?:(?:advanced|early|late|mild|moderate|severe|"
               r"acute|chronic|unstable|longstanding|long-standing|existing|diagnosed|"
               r"extremely|very|certain|common)\s+)*(?:stages?\s+of\s+|forms?\s+of\s+|"
               r"types?\s+of\s+)?", "", x.strip())
    x = x.strip()
    if not x or len(x.split()) > 6 or x.lower() in {"condition", "disease", "it", "this",
                                                    "them", "pain relief", "type"}:
        return ""
    if re.search(r"(?i)\b(?<!-)(?:study|trial|research|lives|risk|results?|mean|average|median|age|"
                 r"aged|years?|percent)\b|\d+\s*%", x):
        return ""
    if re.fullmatch(r"(?i)(?:middle-aged|older|elderly|younger|young|adult|teenage|healthy|"
                    r"postmenopausal|premenopausal|first-time|new|black|white)", x):
        return ""  # who the people are ("in middle-aged adults"), not what they have
    return lower_common(x)


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
