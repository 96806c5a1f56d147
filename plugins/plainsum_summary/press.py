"""What a journalist expects of a press summary: the conventions of wire copy.

- a **dateline** opening the lead, as each language's press writes it ("MINNEAPOLIS,
  Jan. 20, 2021 —", "Minneapolis, 20. Januar 2021 –"): the sheet's ``source.dateline`` and
  the release date (the embargo's day, else the publication date);
- the **embargo** in the publisher's local time, named as journalists name it: "4 p.m. ET"
  in English (the zone's CLDR abbreviation), "16:00 Uhr (Ortszeit New York)" elsewhere (the
  zone's exemplar city in the reader's language). The zone is the one of the publisher's
  country whose UTC offset at that moment is the embargo's; without a country, the offset;
- **quotes** attributed with the speaker's role and affiliation;
- the **media contact** when the sheet gives one (``source.contact``);
- the **source in the lead**: the main result "…, according to a study published in
  Neurology" (``summary.press.according``), so the lead says where it comes from.

Every word comes from the pack's ``summary.press`` phrases; dates and zone names from CLDR.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import Any

from plainsum.render import Sentence, Wording, end_sentence, title_keys, words_in


def has_press(w: Wording) -> bool:
    """A pack from before these conventions keeps its plain embargo line."""
    return w.has("summary.press.embargo")


# --- dates and times ----------------------------------------------------------------
def embargo_moment(w: Wording) -> dt.datetime | None:
    raw = w.sheet.publication.get("embargo")
    if not raw:
        return None
    return raw if isinstance(raw, dt.datetime) else dt.datetime.fromisoformat(str(raw))


def release_date(w: Wording) -> dt.date | None:
    """The day the release goes out: the embargo's, else the publication date."""
    moment = embargo_moment(w)
    if moment is not None:
        return moment.date()
    date = w.sheet.publication.get("date")
    if date is None:
        return None
    return date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date))


def press_date(w: Wording, value: dt.date, key: str) -> str:
    """A date in the pack's CLDR pattern ``summary.press.<key>``; a pack may name its
    months itself (``summary.press.months``: AP style writes "Jan.", "March", "Sept.")."""
    from babel.dates import format_date
    from plainsum.language import babel_locale

    pattern = w.pick(f"summary.press.{key}")
    if w.has("summary.press.months"):
        month = w.raw("summary.press.months")[value.month - 1]
        pattern = pattern.replace("MMMM", "MMM").replace("MMM", "'" + month + "'")
    return format_date(value, format=pattern, locale=babel_locale(w.pack.locale))


def clock(w: Wording, moment: dt.datetime) -> str:
    """A time of day the pack's way: "4 p.m.", "4:30 p.m." (``summary.press.clock``
    with ``hour12``/``half``) or "16:00" (``hour`` padded, ``h`` not: "la 1:00")."""
    hour12 = moment.hour % 12 or 12
    halves = w.raw("summary.press.halves") if w.has("summary.press.halves") else ("", "")
    return w.say("summary.press.clock", ["whole" if moment.minute == 0 else "minutes"],
                 hour=f"{moment.hour:02d}", h=str(moment.hour), hour12=str(hour12),
                 minute=f"{moment.minute:02d}",
                 half=halves[moment.hour >= 12])


@functools.lru_cache(maxsize=64)
def territory(country: str) -> str | None:
    """A country's CLDR territory code from its English name ("United States" → US)."""
    from babel import Locale

    wanted = country.casefold()
    for code, name in Locale("en").territories.items():
        if name.casefold() == wanted and code.isalpha():
            return code
    return None


def publisher_zone(w: Wording, moment: dt.datetime) -> str | None:
    """The time zone the embargo is written in: among the main zones of the publisher's
    country (CLDR's representative zones), the first whose offset at that moment is the
    embargo's; a zone whose city is the dateline's comes first."""
    from zoneinfo import ZoneInfo

    from babel.core import get_global

    publisher = w.sheet.organisations.get(w.sheet.source.get("publisher") or "")
    code = territory(publisher.country) if publisher and publisher.country else None
    if code is None or moment.utcoffset() is None:
        return None
    main = list(dict.fromkeys(get_global("windows_zone_mapping").values()))
    zones = [z for z in get_global("territory_zones").get(code, ()) if z in main]
    zones.sort(key=main.index)
    city = (w.sheet.source.get("dateline") or "").split(",")[0].strip().casefold()
    zones.sort(key=lambda z: z.rsplit("/", 1)[-1].replace("_", " ").casefold() != city)
    for zone in zones:
        if moment.astimezone(ZoneInfo(zone)).utcoffset() == moment.utcoffset():
            return zone
    return None


def zone_name(w: Wording, moment: dt.datetime) -> str:
    """ "ET", "BST" (the CLDR short name as used in the publisher's country, where the
    pack asks for one and CLDR has an abbreviation), else the zone's city in the reader's
    language ("hora de Nueva York"), else the UTC offset; nothing for a time the sheet
    gives without an offset (its zone is unknown)."""
    from babel.dates import get_timezone, get_timezone_location
    from plainsum.language import babel_locale

    offset = moment.strftime("%z")
    if not offset:
        return ""
    zone = publisher_zone(w, moment)
    if zone is None:
        offset = f"{offset[:3]}:{offset[3:]}".replace("-", "\u2212")
        return w.say("summary.press.zone", ["offset"], offset=offset)
    locale = babel_locale(w.pack.locale)
    tz = get_timezone(zone)
    if w.pick("summary.press.zone_style") == "short":
        short = abbreviation(w, zone, moment)
        if short:
            return short
    city = get_timezone_location(tz, locale=locale, return_city=True)
    return w.say("summary.press.zone", ["city"], city=city)


def abbreviation(w: Wording, zone: str, moment: dt.datetime) -> str | None:
    """The zone's abbreviation in the reader's language as the publisher's country uses
    it: the generic one where CLDR has it ("ET"), else the one for that date ("BST")."""
    from babel import Locale
    from babel.core import UnknownLocaleError
    from babel.dates import get_timezone, get_timezone_name
    from plainsum.language import babel_locale

    base = babel_locale(w.pack.locale)
    language = str(base).split("_")[0]
    code = next((c for c, zones in _territory_zones().items() if zone in zones), None)
    locales = [base]
    try:
        if code:
            locales.insert(0, Locale.parse(f"{language}_{code}"))
    except (UnknownLocaleError, ValueError):
        pass
    tz = get_timezone(zone)
    for locale in locales:
        for name in (get_timezone_name(tz, "short", zone_variant="generic", locale=locale),
                     get_timezone_name(moment.astimezone(tz), "short", locale=locale)):
            if name.isalpha() and name.isupper() and len(name) <= 5:
                return name
    return None


def _territory_zones() -> dict[str, list[str]]:
    from babel.core import get_global

    return get_global("territory_zones")


def embargo_sentence(w: Wording) -> Sentence | None:
    """ "Embargoed until 4 p.m. ET, Wednesday, Jan. 20, 2021." """
    moment = embargo_moment(w)
    if moment is None:
        return None
    one = "one" if moment.hour == 1 else ""  # "hasta la 1:00", "fino all'1:00"
    text = w.sentence("summary.press.embargo", [one], time=clock(w, moment),
                      zone=zone_name(w, moment),
                      date=press_date(w, moment.date(), "weekday_date"))
    return Sentence(text.replace(" ()", ""), role="embargo")  # a zone nobody named


def dateline_sentence(w: Wording) -> Sentence | None:
    """The wire dateline that opens the lead: the sheet's place, the release date."""
    place = (w.sheet.source.get("dateline") or "").strip()
    if not place or not w.has("summary.press.dateline"):
        return None
    city, _, rest = place.partition(",")
    city, region = local_place(w, city.strip()), local_place(w, rest.strip())
    rest = f", {region}" if region else ""
    if region and w.has("summary.press.place"):
        # the region as the language's press writes it ("Titusville (New Jersey)")
        place = w.say("summary.press.place", city=city, region=region)
        upper = w.say("summary.press.place", city=city.upper(), region=region)
    else:
        place, upper = city + rest, city.upper() + rest
    date = release_date(w)
    text = w.say("summary.press.dateline", ["dated" if date else "undated"],
                 CITY=upper, city=place, date=press_date(w, date, "date") if date else "")
    return Sentence(text, role="dateline")


def local_place(w: Wording, name: str) -> str:
    """A place as the language's press writes it (``summary.press.places``: es "Nueva
    Jersey", fr "Caroline du Nord", it "Ginevra"), where the pack knows it; else as the
    sheet spells it (German keeps "New Jersey", as its press does)."""
    places = w.raw("summary.press.places") if w.has("summary.press.places") else None
    if not name or not isinstance(places, dict):
        return name
    return str(places.get(name, name))


def lead_with_source(w: Wording, lead: list[Sentence]) -> list[Sentence]:
    """The lead's last sentence with the study and the journal it appeared in ("…,
    according to a study published in the Journal of …"): a lead read alone (a wire
    story's first paragraph) says where its finding comes from."""
    journal = w.sheet.journal
    if journal is None or not lead or not w.has("summary.press.according"):
        return lead
    last = lead[-1]
    name = w.organisation(journal.id)
    text = w.sentence("summary.press.according", title_keys(name),
                      lead=last.text.rstrip().rstrip("."), journal=name)
    if words_in(text) <= LEAD_WORDS or not w.has("summary.press.according_apart"):
        return [*lead[:-1], dataclasses.replace(last, text=text)]
    # a lead already long: the source in a short sentence of its own after it
    apart = w.sentence("summary.press.according_apart", title_keys(name), journal=name)
    return [*lead, Sentence(apart, role="source")]


# the longest lead sentence that still takes its source ("…, according to a study …")
LEAD_WORDS = 40


# --- who said it ----------------------------------------------------------------------
def flag(w: Wording, key: str) -> bool:
    """A pack's yes/no press convention; yes when the pack does not say."""
    return not w.has(key) or w.pick(key) != "no"


def speaker_description(w: Wording, person: Any) -> str:
    """ "Matilde Inglese, M.D., Ph.D. (University of Genoa; American Academy of
    Neurology), an author of the study": the name (with credentials where the pack's press
    writes them), the affiliations as the sheet lists them (where the pack's press puts
    them at the quote; German leaves them to the authors' line, which follows), the role.
    An affiliation says where someone works or belongs, not which: no "a member of"."""
    who = person.name
    if person.credentials and flag(w, "summary.press.credentials"):
        who = f"{who}, {person.credentials}"
    orgs = [o for o in person.affiliations if o in w.sheet.organisations]
    # a spokesperson says whom they speak for ("speaking for the company", "im Namen von
    # Janssen"): a reader must know the quote is the company's, not a researcher's
    first = w.sheet.organisations[orgs[0]] if orgs else None
    kind = "company" if first is not None and first.kind == "company" else ""
    role = (w.say(f"summary.press.role.{person.role}",
                  [getattr(person, "gender", None) or "", kind],
                  org=(first.short or w.organisation(first.id)) if first is not None else "")
            if person.role and w.has(f"summary.press.role.{person.role}") else None)
    # without a role (a spokesperson), the affiliation is all that says who they are
    if orgs and (role is None or flag(w, "summary.press.affiliations")):
        # the pack's separator: French spaces it ("Université de Gênes ; Académie …")
        sep = w.say("grammar.list_separator") if w.has("grammar.list_separator") else "; "
        from .compose import affiliation, quoted_in_press  # compose imports this module

        if person.id in quoted_in_press(w):
            # the authors' line that named them is left out: its places come here, once
            who = f"{who} ({affiliation(w, tuple(orgs), False)})"
        else:
            who = f"{who} ({sep.join(w.organisation(o) for o in orgs)})"
    return f"{who}, {role}" if role else who


def quote_sentences(w: Wording) -> list[Sentence]:
    """The key quotes (or the first), each attributed as a journalist attributes it."""
    quotes = [q for q in w.sheet.quotes.values() if q.key] or list(w.sheet.quotes.values())[:1]
    out = []
    for quote in quotes:
        speaker = w.sheet.people.get(quote.speaker)
        text = w.lex.quote(quote.id).strip().rstrip(".")
        if speaker is not None and w.has("summary.press.quote"):
            said = w.say("summary.press.quote", quote=text, who=speaker_description(w, speaker))
            out.append(Sentence(end_sentence(said), role="quote"))
        else:
            out.append(Sentence(w.sentence("summary.quote", quote=text,
                                           name=speaker.name if speaker else quote.speaker),
                                role="quote"))
    return out


def contact_sentence(w: Wording) -> Sentence | None:
    """ "Media contact: Jane Doe, media@aan.com, +1 612 928 6100." from ``source.contact``."""
    contact = w.sheet.source.get("contact") or {}
    if not isinstance(contact, dict) or not w.has("summary.press.contact"):
        return None
    parts = [str(contact[k]).strip() for k in ("name", "email", "phone") if contact.get(k)]
    if not parts:
        return None
    return Sentence(w.sentence("summary.press.contact", contact=", ".join(parts)),
                    role="contact")
