"""Items to translate as a gettext PO file, and the translations read back from one.

Each entry's ``msgctxt`` is where the translation goes in the sheet, its ``msgid`` the
source text, its extracted comment what kind of phrase it must be, and its reference the
sheet's file and line. polib is imported here only, so ``plainsum --help`` stays lean.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from .catalog import Catalog, Entry
from .items import Item
from .suggest import Suggestion

SHEET_FIELD = "X-Plainsum-Sheet"
__all__ = ["Catalog", "Entry", "build", "decode", "read"]


def build(items: list[Item], suggested: dict[str, Suggestion], sheet_id: str,
          sheet_file: str, source: str, target: str) -> str:
    """The PO file's text for ``items`` (suggestions filled in and marked fuzzy, the
    sheet's own wording of an item that has it filled in as it is)."""
    import polib

    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": f"plainsum sheet {sheet_id}",
        "POT-Creation-Date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000"),
        "Language": target,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        SHEET_FIELD: sheet_id,
        "X-Plainsum-Source-Language": source,
    }
    for item in items:
        hint = suggested.get(item.context)
        comment = f"{item.guide}\nSheet {sheet_id}, {item.context}."
        if hint is not None:
            comment += f"\nSuggested by {hint.by}: check it before you accept it."
        if item.current is not None:
            comment += "\nThe sheet's wording now: revise it, or leave it as it is."
        po.append(polib.POEntry(
            msgctxt=item.context, msgid=item.source,
            msgstr=item.current if item.current is not None else hint.text if hint else "",
            comment=comment, occurrences=[(sheet_file, str(item.line))] if item.line else [],
            flags=["fuzzy"] if hint else []))
    return str(po) + "\n"


def read(text: str, name: str) -> Catalog:
    """The entries of a PO file's text (obsolete ones left out)."""
    import polib

    from ..errors import PlainsumError

    check_syntax(text, name)
    try:
        po = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        raise PlainsumError(f"{name}: not a PO file ({exc})") from None
    entries = [Entry(e.msgctxt or "", e.msgid, e.msgstr, e.fuzzy, e.linenum,
                     bool(e.msgid_plural)) for e in po if not e.obsolete]
    return Catalog(po.metadata.get("Language") or None, po.metadata.get(SHEET_FIELD) or None,
                   entries)


_KEYWORD = r"(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)"
_STRING = r'''"(?:[^"\\]|\\(?:[\\"'?abfnrtv]|[0-7]{1,3}|x[0-9A-Fa-f]+))*"'''


# an escape gettext knows and polib does not read (it reads \\ \" \n \t \r \v \b \f): a
# bell, an octal or hex code ("\101", "\x41"), "\'" or "\?"
_ODD_ESCAPE = re.compile(r'(?<!\\)(?:\\\\)*\\(?:[a\'?]|[0-7]{1,3}|x[0-9A-Fa-f]+)')


def _field(line: str) -> str:
    found = re.match(_KEYWORD, line.strip())
    return found[0] if found else "line"


def check_syntax(text: str, name: str) -> None:
    """Refuse a PO file that gettext's own ``msgfmt --check`` refuses for its strings: polib
    reads a string with no closing quote, or none at all, by cutting a character off each
    end, and keeps an unknown escape as it is, so a broken catalogue would put cut-down
    wording into the sheet. Each line is a comment, a keyword with one whole quoted string,
    or a string continuing the one before (lines end at a line feed only, as gettext reads
    them: polib writes other line breaks inside a string as they are); the first other line
    is named."""
    import re

    line_form = re.compile(rf"\s*(?:#.*|(?:#~\s*)?(?:{_KEYWORD}\s+)?{_STRING}\s*)?")
    from ..errors import PlainsumError

    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), 1):
        if line_form.fullmatch(line):
            odd = None if line.lstrip().startswith("#") else _ODD_ESCAPE.search(line)
            if odd is not None:  # gettext reads it, polib would keep it as it is written
                raise PlainsumError(f"{name}:{number}: {_field(line)}: the escape "
                                    f"'{odd[0]}', which would go into the sheet as written (a "
                                    "backslash and letters): write the character itself")
            continue
        stripped = line.strip()
        keyword = re.match(_KEYWORD, stripped)
        field = keyword[0] if keyword else "line"
        body = stripped[len(field):].strip() if keyword else stripped
        if not body.startswith('"'):
            why = "its text is not in double quotes"
        elif re.fullmatch(r'"(?:[^"\\]|\\.)*"', body):
            why = "an unknown escape (a backslash before a letter gettext does not know)"
        elif re.fullmatch(r'"(?:[^"\\]|\\.)*\\?', body):
            why = "a string with no closing quote"
        else:
            why = "more than one quoted string, or text after the closing quote"
        raise PlainsumError(f"{name}:{number}: {field}: {why}; not a valid PO line "
                            "(msgfmt --check refuses it too)")


def charset(data: bytes) -> str | None:
    """The charset a PO file's Content-Type header names, as it names it, when it is a
    known one other than UTF-8 (or ASCII), else None."""
    import codecs
    import re

    declared = re.search(rb"Content-Type:[^\n\"]*charset=([A-Za-z0-9_.:-]+)", data[:4000])
    if declared is None:
        return None
    try:
        codec = codecs.lookup(declared[1].decode("ascii")).name
    except LookupError:
        return None
    return None if codec in ("utf-8", "ascii") else declared[1].decode("ascii")


def decode(data: bytes, name: str) -> str | None:
    """A PO file's text in the charset its Content-Type header declares, when that is not
    UTF-8 (gettext tools honour it; an old catalogue is often ISO-8859-1), else None: read
    it as UTF-8 like any other file."""
    import codecs
    import re

    from ..errors import PlainsumError

    declared = re.search(rb"Content-Type:[^\n\"]*charset=([A-Za-z0-9_.:-]+)", data[:4000])
    if declared is None or declared[1].upper() == b"CHARSET":  # xgettext's placeholder
        return None
    charset = declared[1].decode("ascii")
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        raise PlainsumError(f"{name}: unknown charset {charset!r} in its Content-Type "
                            "header") from None
    if codec in ("utf-8", "ascii"):
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PlainsumError(f"{name}:{line}: not {charset} text as its header says (byte "
                            f"{exc.start} is 0x{data[exc.start]:02x})") from None
