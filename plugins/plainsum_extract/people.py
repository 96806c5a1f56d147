"""Stage 5, frame (people): quotations with their named speakers, the people quoted (name,
credentials, role, affiliation) and the organisations they belong to.

Quotation spans themselves are found by :mod:`.segment`; here each one gets a speaker, or
a review note when none is named nearby.
"""

from __future__ import annotations

import re
from typing import Any

from .segment import quotations
from .state import State
from .text import slug


def find_quotes(st: State) -> None:
    """Each quotation of five words or more, with its speaker (named after or before it,
    or the speaker of the quotation just before); one with none is left out, with a note."""
    text = st.text
    spans = quotations(text)
    last_speaker = None
    last_end = -1
    for m in spans:
        body = (m.group(1) or m.group(2)).strip()
        if len(body.split()) < 5 or st.boilerplate.holds(m.start()):
            continue
        speaker = _attribution(st, text[m.end():m.end() + 300], after=True) or \
            _attribution(st, text[max(0, m.start() - 300):m.start()], after=False)
        if speaker is None and last_speaker and m.start() - last_end < 700:
            speaker = last_speaker
        if speaker is None:
            st.found.notes.append(f"quote [{m.start()}, {m.end()}]: no named speaker "
                                  "found; left out")
            continue
        last_speaker, last_end = speaker, m.end()
        clean = re.sub(r"[,\s]+$", "", " ".join(body.split()))  # a hard wrap is a space
        if clean[-1:] not in ".!?":
            clean += "."
        st.found.quotes.append({
            "id": st.ids["quotes"].unique(f"quote-{slug(clean, 2)}"), "speaker": speaker,
            "text": {"en": clean}, "source_span": [m.start(), m.end()]})


def _attribution(st: State, text: str, after: bool) -> str | None:
    """The speaker of a quotation, from the text after it or before it."""
    if after:
        m = re.match(r"\s*(?:said|says|added|adds|explained|explains|noted|notes|wrote|"
                     r"writes|according\s+to)\s+(?P<who>.+)", text, re.S)
        if m:
            who = re.split(r"(?<=[a-z\u3400-\u9fff]{2})\.\s+(?=\W?[A-Z])|\n", m.group("who"))[0]
            sur = re.match(r"([A-Z][a-z'’-]+)\b(?!\s+[A-Z])", who)
            if sur and person_by_name(st, sur.group(1)):
                return person_by_name(st, sur.group(1))
            return person(st, who, text, m.start("who"))
        m = re.match(rf"\s*(?P<name>{_NAME}|[A-Z][a-z'’-]+)\s+(?:said|says|added|explained|"
                     r"wrote|writes)\b", text)
        if m:
            return person_by_name(st, m.group("name"))
        return None
    m = re.search(r"(?P<who>[^“”\n]{3,260}?),?\s+(?:said|says|added|explains|explained|"
                  r"wrote|writes)\s*[,:]\s*$", text)
    if m:
        return person(st, m.group("who"), text, m.start("who"), last=True)
    return None


def person_by_name(st: State, name: str) -> str | None:
    """The id of a person found before, by surname."""
    return st.surnames.get(name.split()[-1])


def person(st: State, who: str, context: str, offset: int, last: bool = False) -> str | None:
    """A person named in ``who`` (name, credentials, role, affiliation), added once."""
    names = list(re.finditer(rf"(?:Dr\.\s+|Prof\.\s+|Professor\s+)?(?P<name>{_NAME})"
                             rf"(?P<creds>(?:,\s*{_CRED})*)", who))
    names = [n for n in names if n.group("name").split()[0] not in _NOT_FIRST
             and not _NOT_A_NAME.search(n.group("name")) and not _org_tail(who, n.start())]
    if not names:
        return None
    with_creds = [x for x in names if x.group("creds")]
    n = (with_creds or names)[-1] if last else names[0]
    name = n.group("name")
    suffix = re.match(r",\s*(Jr|Sr|II|III|IV)\.?(?=,|\s|$)", n.group("creds"))
    creds_text = n.group("creds")[suffix.end():] if suffix else n.group("creds")
    if suffix:
        name = f"{name} {suffix.group(1)}" + ("." if suffix.group(1) in ("Jr", "Sr") else "")
    known = person_by_name(st, n.group("name"))
    if known:
        return known
    role = role_in(who[max(0, n.start() - 60):n.start()] + " " + who[n.end():n.end() + 200])
    surname = n.group("name").split()[-1]
    person: dict[str, Any] = {"id": st.ids["people"].unique(slug(surname)),
                              "name": name}
    creds = ", ".join(c.strip() for c in creds_text.split(",") if c.strip())
    if creds:
        person["credentials"] = creds
    if role:
        person["role"] = role
    rest = who[n.end():n.end() + 200]
    aff = re.match(rf",?\s+(?:of|from|at|with)\s+(?:the\s+)?(?P<org>{_ORG})"
                   r"(?:\s+in\s+(?P<c1>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|(?:,\s*[A-Z][\w.]*"
                   r"(?:\s+[A-Z][\w.]*)?)*?,\s*(?P<c2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b)?",
                   rest)
    if aff:
        country = aff.group("c1") or aff.group("c2")
        org = organisation(st, aff.group("org"), None,
                           country if country in _COUNTRIES else None)
        if org:
            person["affiliations"] = [org]
        if re.search(r"\bmember\s+of\s+the\s+[^\x00-\u024f]", rest[:160]):
            person["review"] = ("also 'a member of' an organisation whose name is flagged as "
                                "foreign text: add it by hand")
    st.found.people.append(person)
    st.surnames.setdefault(surname, person["id"])
    return person["id"]


def _org_tail(text: str, start: int) -> bool:
    """Whether a capitalised run at ``text[start:]`` ends a longer name ("Centre for
    Cardiovascular Science", "Department of Health and Social Care"): an organisation's
    name, or its tail, is no person. "Jane Smith and John Doe" stays two people."""
    run = re.search(r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|&|de|the)\s+)*)+$", text[:start])
    if not run or not re.search(r"\b(?:of|for|and|&|de|the)\s+$", run.group()):
        return False
    return not re.search(r"\b(?:and|&)\s+$", run.group()) or \
        bool(_NOT_A_NAME.search(run.group()))


def role_in(description: str) -> str | None:
    """A person's role in the sheet's terms from how the release introduces them ("the
    study's lead author", "co-senior author", "who was not involved in the study",
    "a spokesperson for ..."); None when it does not say."""
    for pattern, role in _ROLES:
        if re.search(pattern, description, re.IGNORECASE):
            return role
    return None


def organisation(st: State, name: str, kind: str | None, country: str | None = None) -> str | None:
    """The id of an organisation, added once by name."""
    name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I).strip(" ,.")
    if len(name) < 3:
        return None
    if name.lower() in st.org_names:
        return st.org_names[name.lower()]
    short = re.search(r"\(([A-Z][A-Za-z]{1,9})\)\s*$", name)
    data: dict[str, Any] = {"id": st.ids["orgs"].unique(slug(name)), "name": name}
    if short:
        data["name"] = name[:short.start()].strip()
        data["short"] = short.group(1)
    data["kind"] = kind or _org_kind(name)
    if country:
        data["country"] = country
    st.found.organisations.append(data)
    st.org_names.setdefault(data["name"].lower(), data["id"])
    return data["id"]


# --- patterns and small helpers ------------------------------------------------------------
_NAME = (r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)*(?:\s+(?:[A-Z]\.\s+)?(?:de\s+|van\s+|von\s+|da\s+|di\s+|"
         r"del\s+|la\s+)?[A-Z][a-zA-Z'’-]+){1,2}")
_CRED = (r"(?:(?:[A-Z][a-z]?\.){1,5}(?:[A-Z](?![a-z]))?|[A-Z]{2,5}(?![a-z])|Ph\.?D\.?|"
         r"Pharm\.?D\.?|Dr\.?P\.?H\.?|M\.?Sc\.?|Sc\.?D\.?|MPhil|DPhil|PsyD|EdD|MBChB|"
         r"B\.?Sc\.?)")
# Words that make a capitalised run an institution or a title, not a person's name.
_NOT_A_NAME = re.compile(
    r"['’]s\b|\b(?:University|School|College|Institute|Hospital|Center|Centre|Clinic|"
    r"Department|Professor|Foundation|Society|Association|Academy|Medicine|Health|Research|"
    r"Laboratory|Lab|Program|Programme|Council|Agency|Ministry|Company|Group|State|National|"
    r"Chair|Director|Dean|Chief|Fellow|Scientist|Journal|Network|Trust)\b")
_ORG = r"[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|&|de|the)?\s*[A-Z][\w'’&-]*)*"
_ROLES = (
    (r"\b(?:not|wasn['’]t|weren['’]t)\s+(?:\w+\s+)?(?:involved|part\s+of|an?\s+author|affiliated)"
     r"|\bindependent\s+(?:expert|researcher)|\bwho\s+did\s+not\s+take\s+part", "expert"),
    (r"\b(?:co-?)?(?:first|lead)\s+author\b|\bfirst-author\b", "first-author"),
    (r"\b(?:co-?)?(?:senior|last)\s+author\b|\bprincipal\s+investigator\b|"
     r"\bsenior\s+investigator\b", "senior-author"),
    (r"\b(?:co-?author|study\s+author|corresponding\s+author|author\s+of\s+the\s+(?:study|paper|"
     r"report|research)|one\s+of\s+the\s+(?:study['’]s\s+)?authors|led\s+the\s+(?:study|research|"
     r"trial|team|work)|lead\s+(?:researcher|investigator|scientist)|investigator\s+(?:on|in|of)\s+"
     r"the\s+(?:study|trial)|who\s+(?:led|conducted|designed|ran)\b)", "study-author"),
    (r"\bspokes(?:person|man|woman)\b|\b(?:chief\s+executive|CEO|president|chief\s+medical\s+"
     r"officer|chair(?:man|woman)?)\s+(?:of|at)\b", "spokesperson"),
)
_NOT_FIRST = {"The", "This", "Our", "In", "Of", "At", "For", "And", "But", "Department",
              "Director", "University", "School", "Professor", "Study", "New", "Previous"}
_COUNTRIES = {"Italy", "Austria", "Canada", "United States", "United Kingdom", "France",
              "Germany", "Spain", "Netherlands", "Sweden", "Norway", "Denmark", "Finland",
              "Switzerland", "Belgium", "Ireland", "Australia", "Japan", "China", "India",
              "Brazil", "Portugal", "Israel", "Mexico", "Greece", "Poland", "England",
              "Scotland", "Wales", "Korea", "Singapore", "Taiwan", "Argentina", "Chile"}


# An organisation's kind by the first of these its lowercased name contains.
_ORG_KINDS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("journal", r"journal|jama|lancet|bmj|nejm"),
    ("university", r"universit|college|school"),
    ("hospital", r"hospital|clinic|medical center|medical centre"),
    ("funder", r"foundation|fund\b|trust|charity"),
    ("agency", r"institutes? of health|agency|administration|ministry|national institute"),
    ("company", r"\b(?:ltd|inc|pharma|corp|gmbh|llc|plc)"),
    ("society", r"academy|society|association|federation"),
))


def _org_kind(name: str) -> str:
    n = name.lower()
    return next((kind for kind, pattern in _ORG_KINDS if pattern.search(n)), "other")
