"""Items to translate as an XLIFF 2.0 file, and the translations read back from one.

XLIFF is what computer-assisted translation tools (memoQ, Trados, OmegaT via Okapi,
Phrase) exchange; gettext PO (:mod:`.po`) is what open-source translators use. Both carry
the same things: each ``<unit>``'s ``name`` is where the translation goes in the sheet,
its ``<source>`` the source text, its notes what kind of phrase it must be and the sheet's
file and line. A suggestion is a ``<target>`` in a segment left in state ``initial``
(XLIFF's "not translated yet"): the PO file's fuzzy. Only the standard library is used.
"""

from __future__ import annotations

import re
import xml.sax
import xml.sax.handler
from typing import Any

from ..errors import PlainsumError
from .catalog import Catalog, Entry
from .items import Item
from .suggest import Suggestion

NS = "urn:oasis:names:tc:xliff:document:2.0"
# XLIFF 2.1 keeps 2.0's namespace; 2.2 has its own, with the same core elements
_NS_2 = re.compile(r"urn:oasis:names:tc:xliff:document:2\.[0-9]+")
DONE = frozenset({"translated", "reviewed", "final"})  # a person has settled the target
# annotations, not codes: <mrk> around words a reviewer commented on or a tool marked as a
# term, <sm/> and <em/> where one starts and ends across other markup
ANNOTATIONS = frozenset({"mrk", "sm", "em"})


def build(items: list[Item], suggested: dict[str, Suggestion], sheet_id: str,
          sheet_file: str, source: str, target: str) -> str:
    """The XLIFF 2.0 document for ``items`` (suggestions filled in, state ``initial``; the
    sheet's own wording of an item that has it, state ``translated``)."""
    import xml.etree.ElementTree as ET

    root = ET.Element("xliff", {"xmlns": NS, "version": "2.0", "srcLang": source,
                                "trgLang": target})
    # a sheet's id is already an XML name token (the schema's pattern), as file/@id must be
    file = ET.SubElement(root, "file", {"id": sheet_id, "original": sheet_file})
    for number, item in enumerate(items, 1):
        unit = ET.SubElement(file, "unit", {"id": f"u{number}", "name": item.context})
        notes = ET.SubElement(unit, "notes")
        _note(notes, "description", f"{item.guide} Sheet {sheet_id}, {item.context}.")
        if item.line:
            _note(notes, "location", f"{sheet_file}:{item.line}")
        hint = suggested.get(item.context)
        if hint is not None:
            _note(notes, "suggestion", f"Suggested by {hint.by}: check it before you "
                                       "accept it.")
        # the sheet's own wording (export --all) is a translation already: "translated"
        state = "initial" if item.current is None else "translated"
        segment = ET.SubElement(unit, "segment", {"state": state})
        ET.SubElement(segment, "source").text = item.source
        if item.current is not None:
            ET.SubElement(segment, "target").text = item.current
        elif hint is not None:
            ET.SubElement(segment, "target").text = hint.text
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _note(notes: Any, category: str, text: str) -> None:
    import xml.etree.ElementTree as ET

    ET.SubElement(notes, "note", {"category": category}).text = text


def looks_like(text: str) -> bool:
    """Whether a file's text is XML (an XLIFF file), not a PO file."""
    return text.lstrip("\ufeff \t\r\n").startswith("<")


# the byte-order marks and first characters ("<?") by which XML tells its encoding
# (XML 1.0, appendix F): an XML file may be UTF-16, and must say any other encoding
_WIDE = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
         (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
         (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))
_DECLARED = re.compile(rb"""<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def text_of(data: bytes, name: str) -> str | None:
    """A file's text if it is XML (what an XLIFF file is), read in the encoding its
    byte-order mark or XML declaration says; None for a file that is no XML (a PO
    file, read as such)."""
    import codecs

    from ..files import utf8_text

    codec = next((c for mark, c in _WIDE if data.startswith(mark)), None)
    if codec is None:
        if not looks_like(data[:200].decode("utf-8", "replace")):
            return None
        declared = _DECLARED.match(data.removeprefix(b"\xef\xbb\xbf"))
        if declared is not None:
            try:
                codec = codecs.lookup(declared[1].decode("ascii")).name
            except LookupError:
                raise PlainsumError(f"{name}:1: unknown encoding "
                                    f"{declared[1].decode('ascii')!r} in its XML "
                                    "declaration") from None
        if codec is None or codec in ("utf-8", "ascii"):
            return utf8_text(data, name)
    try:
        text = data.decode(codec).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].decode(codec, "replace").count("\n") + 1
        raise PlainsumError(f"{name}:{line}: not {codec} text as it says (byte "
                            f"{exc.start} is 0x{data[exc.start]:02x})") from None
    return text if looks_like(text) else None  # a UTF-16 PO file: read (refused) as one


def read(text: str, name: str) -> Catalog:
    """The translations of an XLIFF 2.0 document's text. A document type declaration
    is refused outright: XLIFF 2.0 has none, and entities are how XML files attack the
    program that reads them."""
    if re.search(r"<!(DOCTYPE|ENTITY)", text):
        raise PlainsumError(f"{name}: has a document type declaration; not an XLIFF 2.0 "
                            "file (it has none)")
    handler = _Reader(name)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setFeature(xml.sax.handler.feature_external_pes, False)
    parser.setContentHandler(handler)
    try:
        parser.parse(_source(text))
    except xml.sax.SAXParseException as exc:
        raise PlainsumError(f"{name}:{exc.getLineNumber()}: not well-formed XML "
                            f"({exc.getMessage()})") from None
    if not handler.seen_root:
        raise PlainsumError(f"{name}: not an XLIFF file (no <xliff> element)")
    return Catalog(handler.language, handler.sheet_id, handler.entries)


def _source(text: str) -> Any:
    import io

    source = xml.sax.xmlreader.InputSource()
    source.setCharacterStream(io.StringIO(text))
    return source


class _Reader(xml.sax.handler.ContentHandler):
    """Collects one :class:`Entry` per ``<unit>``: its name, its source and target, and
    whether the target is settled. A tool may split a unit into several ``<segment>``s
    (one per sentence) with ``<ignorable>`` white space between them: the texts are their
    parts in order, settled only when every segment is (state translated, reviewed or
    final; XLIFF's default is initial), and an ignorable without a target keeps its
    source (white space is not translated)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name
        self.entries: list[Entry] = []
        self.language: str | None = None
        self.sheet_id: str | None = None
        self.seen_root = False
        self._ns = NS  # the core namespace of the file's XLIFF 2 version
        self._unit: dict[str, Any] | None = None
        self._part: dict[str, str | None] | None = None  # the segment or ignorable read
        self._text: list[str] | None = None
        self._locator: Any = None

    def setDocumentLocator(self, locator: Any) -> None:
        self._locator = locator

    def _line(self) -> int:
        return self._locator.getLineNumber() if self._locator is not None else 0

    def startElementNS(self, name: tuple[str | None, str], qname: Any,
                       attrs: Any) -> None:
        namespace, local = name
        if not self.seen_root:
            if local != "xliff":
                raise PlainsumError(f"{self.name}: not an XLIFF file (its root is "
                                    f"<{local}>, not <xliff>)")
            version = attrs.get((None, "version"), "")
            if not version.startswith("2."):
                raise PlainsumError(f"{self.name}: XLIFF {version or '(no version)'} is "
                                    "not XLIFF 2; save it as XLIFF 2.0 (or use a PO file)")
            if not (namespace and _NS_2.fullmatch(namespace)):
                said = f"namespace {namespace!r}" if namespace else "no namespace"
                raise PlainsumError(f"{self.name}: <xliff> has {said}, not XLIFF 2's ({NS})")
            self.seen_root, self._ns = True, namespace
            self.language = attrs.get((None, "trgLang")) or None
            return
        if namespace != self._ns:
            return  # another module's or tool's element: not ours to read
        if local == "file":
            # a tool may join several exports into one file: units of another sheet
            # must not go into this one
            sheet_id = attrs.get((None, "id")) or None
            if self.sheet_id and sheet_id and sheet_id != self.sheet_id:
                raise PlainsumError(f"{self.name}:{self._line()}: a <file> for sheet "
                                    f"{sheet_id!r} after one for {self.sheet_id!r}; "
                                    "import each sheet's translations on their own")
            self.sheet_id = self.sheet_id or sheet_id
        elif local == "unit":
            self._unit = {"context": attrs.get((None, "name"), ""), "line": self._line(),
                          "source": [], "target": [], "settled": True, "segments": []}
        elif self._unit is not None and local in ("segment", "ignorable") \
                and self._text is None:
            self._part = {"source": None, "target": None}
            if local == "segment" and attrs.get((None, "state"), "initial") not in DONE:
                self._unit["settled"] = False
        elif self._part is not None and local in ("source", "target") \
                and self._part[local] is None and self._text is None:
            self._text = []
        elif self._text is not None and local in ANNOTATIONS:
            return  # a reviewer's comment or a term marked on the words: the words stay
        elif self._text is not None:
            # inline codes (<ph/>, <pc>) have no place in plain sheet wording
            raise PlainsumError(f"{self.name}:{self._line()}: <{local}> inside a "
                                "translation; plainsum wording is plain text")

    def characters(self, content: str) -> None:
        if self._text is not None:
            self._text.append(content)

    def endElementNS(self, name: tuple[str | None, str], qname: Any) -> None:
        namespace, local = name
        if namespace != self._ns or self._unit is None:
            return
        if local in ("source", "target") and self._text is not None \
                and self._part is not None:
            self._part[local] = "".join(self._text)
            self._text = None
        elif local in ("segment", "ignorable") and self._part is not None:
            part, self._part = self._part, None
            self._unit["source"].append(part["source"] or "")
            target = part["target"]
            if local == "segment":
                self._unit["segments"].append(part["source"] or "")
            if local == "segment" and target is None:
                self._unit["settled"] = False  # a sentence left untranslated
            if target is None and local == "ignorable":
                target = part["source"]
            self._unit["target"].append(target or "")
        elif local == "unit":
            unit, self._unit = self._unit, None
            source, target = "".join(unit["source"]), "".join(unit["target"])
            segments = tuple(unit["segments"]) if len(unit["segments"]) > 1 else ()
            self.entries.append(Entry(unit["context"], source, target,
                                      not unit["settled"], unit["line"], segments=segments))
