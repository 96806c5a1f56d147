"""``plainsum translate``: the wording a language lacks, out to a translator's tool as a
gettext PO file or an XLIFF 2.0 file, and back into the sheet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import PlainsumError
from . import app
from .options import lang_case

INSTALL = 'pip install polib "ruamel.yaml"'


@click.group()
def translate() -> None:
    """Translate a fact sheet's wording in a translation tool (gettext PO or XLIFF 2.0).

    \b
    plainsum translate export facts.yaml --lang es -o es.po
    plainsum translate import facts.yaml es.po
    plainsum translate export facts.yaml --lang es -o es.xlf   (XLIFF 2.0)
    """

XLIFF_SUFFIXES = (".xlf", ".xliff", ".xlf2")


def _format(output: str, chosen: str | None) -> str:
    """``po`` or ``xliff``: as asked, else by the file's suffix (PO unless .xlf/.xliff)."""
    if chosen:
        return chosen
    return "xliff" if Path(output).suffix.lower() in XLIFF_SUFFIXES else "po"


def _a_file(facts: str, why: str) -> None:
    """The sheet named as a file: read from standard input (``-``) it could be read only
    once, and is needed twice (checked, then edited or located line by line)."""
    if facts == "-":
        raise PlainsumError(f"<stdin>: give the fact sheet as a file; {why}")


def _needs() -> None:
    """polib and ruamel.yaml, or one line saying how to install them (exit 2)."""
    import importlib.util

    for module in ("polib", "ruamel.yaml"):
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            raise PlainsumError(f"plainsum translate needs {module}; install it with: "
                                f"{INSTALL}")


@translate.command("export")
@click.argument("facts", type=click.Path(dir_okay=False))
@click.option("--lang", required=True, metavar="CODE", callback=lang_case,
              help="The language to translate into.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write: es.po (gettext PO) or es.xlf (XLIFF 2.0); - for standard "
                   "output (PO unless --format xliff).")
@click.option("--format", "fmt", type=click.Choice(["po", "xliff"]), default=None,
              help="The file's format (default: by its suffix; PO unless .xlf or .xliff).")
@click.option("--force", is_flag=True, help="Overwrite the file if it exists (an earlier "
              "export; never a fact sheet or other data).")
@click.option("--all", "every", is_flag=True,
              help="Every wording item of LANG, the sheet's own translations filled in (to "
                   "revise them; bring them back with 'import --replace').")
def export(facts: str, lang: str, output: str, fmt: str | None, force: bool,
           every: bool = False) -> None:
    """Write the wording the sheet lacks in LANG to a PO or XLIFF 2.0 file.

    Each entry's context (an XLIFF unit's name) is where the translation goes in the
    sheet; items a language pack's term bank or a translator plugin can fill are filled
    in and marked fuzzy (XLIFF: a target in a segment of state "initial"). With --all,
    the wording the sheet has in LANG comes too, filled in as it is (not fuzzy).
    Exits 0 when written (or when nothing is missing), 2 on bad input.
    """
    _a_file(facts, "its name and lines go into the file for the translator")
    if not output.strip():  # an unset shell variable: Path("") is the current folder
        raise PlainsumError("-o is empty; give the file to write (es.po, or es.xlf for "
                            "XLIFF)")
    _needs()
    from ..factsheet import load_factsheet
    from ..files import (
        display_name,
        is_stdout,
        names_folder,
        read_text,
        refuse_inputs,
        refuse_overwrite,
        write_atomic,
    )
    from ..translate import items as found
    from ..translate import po, sheetedit, xliff
    from ..translate.suggest import suggestions

    registry = app().registry
    registry.language(lang)
    sheet = load_factsheet(facts, registry.known_terms())
    if lang == sheet.lang:
        raise PlainsumError(f"{lang} is the sheet's own language; export another one")
    target = Path(output)
    if names_folder(output):
        raise PlainsumError(f"{output}: is a folder; -o takes the file's name (es.po, es.xlf)")
    refuse_inputs([target], {facts: "fact sheet"})
    refuse_overwrite([target], force)
    if force and _not_an_export(target):  # as extract keeps a settled sheet under --force
        raise PlainsumError(f"{display_name(output)}: holds a fact sheet or other data, not "
                            "an earlier PO or XLIFF export; --force writes over an earlier "
                            "export only: give another file, or delete this one")
    names = found.missing(sheet, registry, lang)
    if not names and not every:
        click.echo(f"{display_name(facts)}: nothing to translate: the sheet has its {lang} wording",
                   err=True)
        return
    text, _ = read_text(facts)
    doc = sheetedit.load(text)
    todo = found.items(doc, sheet, registry, lang, names)
    had: list[Any] = []
    if every:  # the sheet's own translations beside what it lacks, in the sheet's order
        lacking = {item.context for item in todo}
        had = [item for item in found.items(doc, sheet, registry, lang, found.worded(doc),
                                            have=True) if item.context not in lacking]
        todo = sorted([*todo, *had], key=lambda item: item.line or 10**9)
        if not todo:
            raise PlainsumError(f"{display_name(facts)}: no wording to translate into {lang}")
    if others := found.not_in_sheet(names):
        message = (f"the {lang} language pack lacks {', '.join(others)}: no sheet wording, "
                   "so not in the file for the translator")
        if not todo:
            raise PlainsumError(message)
        click.echo(f"plainsum: note: {message}", err=True)
    hints = suggestions([item for item in todo if item.current is None], registry,
                        sheet.lang, lang)
    writer = xliff if _format(output, fmt) == "xliff" else po
    write_atomic(target, writer.build(todo, hints, sheet.id, facts, sheet.lang, lang))
    shown = "the file to standard output" if is_stdout(output) else display_name(output)
    lacking = len(todo) - len(had)
    kept = f"{len(had)} as the sheet has them, " if every else ""
    click.echo(f"wrote {shown}: {len(todo)} items in {lang}: {kept}{lacking} to translate "
               f"({len(hints)} suggested, marked fuzzy)" if every else
               f"wrote {shown}: {len(todo)} items to translate into {lang} "
               f"({len(hints)} suggested, marked fuzzy)", err=True)
    if sheet.is_draft:  # a translator would translate placeholders and wording to change
        placeholders = sum(item.kind == "placeholder" for item in sheet.unsettled)
        held = (f", {placeholders} of them placeholder{'s' if placeholders != 1 else ''} "
                "such as 'all participants'" if placeholders else "")
        click.echo(f"plainsum: note: {display_name(facts)} is a draft ({len(sheet.unsettled)} "
                   f"item{'s' if len(sheet.unsettled) != 1 else ''} to settle{held}): its "
                   "wording may still change; settle it first ('plainsum lint "
                   f"{display_name(facts)}' lists what is left), then export", err=True)


@translate.command("import")
@click.argument("facts", type=click.Path(dir_okay=False))
@click.argument("pofile", type=click.Path(dir_okay=False))
@click.option("--lang", default=None, metavar="CODE", callback=lang_case,
              help="The file's language (default: its Language header, XLIFF's trgLang).")
@click.option("--accept-fuzzy", is_flag=True,
              help="Take fuzzy entries (suggestions nobody has checked) as well.")
@click.option("--replace", is_flag=True,
              help="Write over the sheet's wording in this language where the file's "
                   "translation differs (a translator's revision).")
def import_(facts: str, pofile: str, lang: str | None, accept_fuzzy: bool,
            replace: bool = False) -> None:
    """Write a PO or XLIFF 2.0 file's translations into the sheet, each at its place.

    The sheet keeps its comments, order and formatting. Empty and fuzzy entries are
    left out, one line each; wording the sheet already has in the language is kept
    unless --replace is given. Exits 0 when every entry was written, 1 when some were
    left out, 2 when none could be or an entry's context is not in the sheet.
    """
    _a_file(facts, "the translations are written into it")
    _needs()
    from ..factsheet import load_factsheet, markup_problems, problems
    from ..factsheet.load import parse_yaml
    from ..files import display_name, read_bytes, real, utf8_text, write_atomic, writing_into
    from ..translate import po, sheetedit, xliff
    from ..translate.catalog import Entry

    if pofile != "-" and Path(pofile).exists() and real(pofile) == real(facts):
        raise PlainsumError(f"{display_name(pofile)}: is the fact sheet itself; give the PO "
                            "or XLIFF file with the translations")
    data, po_name = read_bytes(pofile)
    po_text = xliff.text_of(data, po_name)  # XML in the encoding it says (UTF-16 too)
    is_xliff = po_text is not None
    charset = None if is_xliff else po.charset(data)
    if po_text is None:
        po_text = po.decode(data, po_name) or utf8_text(data, po_name)
        if "msgid" not in po_text and _not_an_export(Path(pofile)):
            raise PlainsumError(f"{po_name}: not a PO or XLIFF file: it reads as YAML data (a "
                                "fact sheet?); give the file 'plainsum translate export' wrote")
        if Path(po_name).suffix.lower() in (".xlf", ".xliff", ".xlf2") and "msgid" not in po_text:
            start = po_text.strip().split("\n")[0][:30]
            raise PlainsumError(f"{po_name}: not an XLIFF file: its name says XLIFF, but its "
                                f"text is no XML (it starts {start!r})")
    catalog = (xliff if is_xliff else po).read(po_text, po_name)
    said = "its trgLang" if is_xliff else "its Language header"
    registry = app().registry
    header = _code(catalog.language, registry.languages)
    if lang and header and lang != header:
        raise PlainsumError(f"{po_name}: {said} says {catalog.language!r}, not "
                            f"--lang {lang!r}; fix one of them")
    if not lang and header and header not in registry.languages:
        known = ", ".join(sorted(registry.languages))
        raise PlainsumError(f"{po_name}: {said} says {catalog.language!r}, a language with "
                            f"no pack installed (installed: {known})")
    lang = lang or header
    if not lang:
        raise PlainsumError(f"{po_name}: no {said.removeprefix('its ')}; give --lang")
    registry.language(lang)
    # two imports into one sheet at once (two translators' files) each read it, then the
    # later write dropped the other's wording while both said "imported"
    with writing_into(Path(facts)):
        load_factsheet(facts, registry.known_terms())  # a broken sheet: its own clear error
        raw, name = read_bytes(facts)
        text = utf8_text(raw, name)
        crlf = "\r\n" in text  # ruamel would keep \r in some lines only: edit as LF, write as read
        bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""  # kept, like the line ends
        text = text.replace("\r\n", "\n")
        doc = sheetedit.load(text)
        if lang == doc.get("lang", "en"):  # the source every translation is made from
            raise PlainsumError(f"{po_name}: {lang} is the sheet's own language ({name}); "
                                "import writes translations into it, never its source")
        if catalog.sheet_id and doc.get("id") != catalog.sheet_id:
            raise PlainsumError(f"{po_name} is for sheet {catalog.sheet_id!r}, not "
                                f"{doc.get('id')!r} ({name})")
        added: list[Entry] = []
        replaced = 0  # of the added: written over the sheet's wording (--replace)
        left = 0
        seen: dict[str, int] = {}
        same = 0  # already in the sheet as the PO has it (the same file imported again)
        for entry in catalog.entries:
            where = f"{po_name}:{entry.line}: {entry.context}"
            if not entry.context:  # not one of ours, or a file cut short mid-entry
                where_to = "a unit without a name" if is_xliff else "an entry without msgctxt"
                raise PlainsumError(f"{po_name}:{entry.line}: {where_to} (where its "
                                    "translation goes): not a file 'plainsum translate "
                                    "export' wrote, or cut short")
            if entry.context in seen:
                _say(f"{where}: a second entry for this place (the first is at line "
                     f"{seen[entry.context]}); left out")
                left += 1
                continue
            seen[entry.context] = entry.line
            written_for = sheetedit.language_of(entry.context)
            if written_for is not None and written_for != lang:
                source = said.removeprefix("its ")
                raise PlainsumError(f"{where}: an entry for {written_for!r}, but the file's "
                                    f"language is {lang!r} ({source} or --lang); fix one of "
                                    "them")
            if entry.plural:
                _say(f"{where}: has plural forms (msgid_plural, msgstr[n]), which a sheet's "
                     "wording has not; left out: put the one translation in msgstr")
                left += 1
                continue
            if not entry.text.strip():
                _say(f"{where}: not translated; left out")
                left += 1
                continue
            if entry.fuzzy and not accept_fuzzy:
                what = ("not confirmed (its segment's state is initial: a suggestion or work in "
                        "progress)" if is_xliff else "fuzzy (a suggestion to check)")
                _say(f"{where}: {what}; left out (--accept-fuzzy takes it)")
                left += 1
                continue
            now = sheetedit.source_at(doc, entry.context, lang)
            if now is not None and " ".join(now.split()) != " ".join(entry.source.split()):
                _say(f"{where}: {_changed(entry, now, is_xliff, charset)}")
                left += 1
                continue
            try:
                result = sheetedit.place(doc, entry.context, lang, entry.text.strip(),
                                         replace)
            except KeyError:
                raise PlainsumError(f"{where}: no such place in {name} (is the file for "
                                    "this sheet?)") from None
            except ValueError:
                _say(f"{where}: the sheet has other {lang} wording there; left as it is "
                     "(--replace writes the file's over it)")
                left += 1
                continue
            if result in ("added", "replaced"):
                added.append(entry)
                replaced += result == "replaced"
            else:
                same += 1
        for prefix, need in sheetedit.prune(doc, [e.context for e in added], lang).items():
            within = [e for e in added if e.context.startswith(f"{prefix}.")]
            for entry in within:
                _say(f"{po_name}:{entry.line}: {entry.context}: {prefix} needs its {need} form "
                     "as well; left out")
            added = [e for e in added if e not in within]
            left += len(within)
        if not added and same and not left:
            click.echo(f"{name}: already has all {same} {lang} items of {po_name}; nothing to "
                       "write", err=True)
            return
        if not added:
            raise PlainsumError(f"{po_name}: nothing to import into {name}")
        new, changed = sheetedit.dump(doc, text)
        found = problems(new, name, registry.known_terms())
        if not found:
            found = markup_problems(parse_yaml(new, name), name)
        if found:
            raise PlainsumError(_culprit(found[0], added, doc, lang, po_name))
        if changed is not None and not replaced:  # a replaced line is rewritten, as asked
            _say(f"{name}:{changed}: note: ruamel.yaml rewrote this line's layout")
        write_atomic(Path(facts), bom + (new.replace("\n", "\r\n") if crlf else new))
        _wording_warnings(added, registry.languages.get(lang), po_name)
        over = f" ({replaced} replacing the sheet's wording)" if replaced else ""
        click.echo(f"{name}: imported {len(added)} {lang} items{over} from {po_name}"
                   + (f"; {left} left out" if left else ""), err=True)
        if left:
            sys.exit(1)


def _wording_warnings(added: list[Any], pack: Any, po_name: str) -> None:
    """Say, at its entry, each outcome the language's sentences cannot carry (a German
    'sind gestürzt' after the pack's 'waren'), as ``plainsum lint`` does on the sheet: the
    translator reads the PO file's lines, not the sheet's, and every output made from it
    passed its checks while reading 'waren 7,4 % ... sind gestürzt'."""
    problem = getattr(pack, "outcome_label_problem", None)
    if problem is None:
        return
    for entry in added:
        if entry.context.startswith("outcomes[") and ".none" not in entry.context:
            said = problem(entry.text.strip())
            if said:
                _say(f"{po_name}:{entry.line}: {entry.context}: warning: {said}")


def _not_an_export(path: Path) -> bool:
    """Whether ``path`` holds something ``export --force`` must keep, as ``extract
    --repaired-text`` keeps it: a file YAML reads as a mapping or a list (a fact sheet, a
    draft, a settings file), or one that is no UTF-8 text and no PO file. An earlier
    export is written over; a pipe or a device is written to, never read here."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        data = path.read_bytes()
    except OSError:
        return True
    import yaml

    try:
        parsed = yaml.load(data.decode("utf-8"),
                           Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except UnicodeDecodeError:
        return b"msgid" not in data  # a PO file in another charset may go
    except (ValueError, yaml.YAMLError):
        return False  # what YAML cannot read (a PO file): no sheet
    return isinstance(parsed, dict | list)


def _changed(entry: Any, now: str, is_xliff: bool, charset: str | None) -> str:
    """Why an entry's source is not the sheet's wording at its place: a segment the export
    did not write, a character the file's charset cannot hold, or a changed sheet."""
    said = "source" if is_xliff else "msgid"
    wording = " ".join(now.split())
    extra = [s for s in entry.segments if " ".join(s.split()) not in wording]
    if extra:
        return (f"its unit has {len(entry.segments)} segments, and the source of one, "
                f"{_short(extra[0])!r}, is no part of the sheet's wording there (the export "
                "wrote one segment); left out: export again, and translate the one segment")
    lost = next((c for c in now if not _holds(charset, c)), None) if charset else None
    if lost is not None:
        return (f"its msgid is not the sheet's wording there: the file is {charset} (its "
                f"Content-Type header), which cannot hold {lost!r} (U+{ord(lost):04X}) of "
                "that wording, and the tool that saved it wrote something else; left out: "
                "export again and keep the file in UTF-8")
    return (f"its {said} is not the sheet's wording there now (the sheet changed since the "
            "export?); left out: export again")


def _holds(codec: str | None, char: str) -> bool:
    try:
        char.encode(codec or "utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _code(header: str | None, installed: Any) -> str | None:
    """The Language header as plainsum names the language: a translation tool may write
    a region (``es_ES``, ``pt-BR``) where plainsum has one pack for the language."""
    if not header or header in installed:
        return header
    base = header.replace("-", "_").split("_")[0].split("@")[0].lower()
    return base if base in installed else header


def _culprit(problem: Exception, added: list[Any], doc: Any, lang: str, po_name: str) -> str:
    """The sheet's problem with the translations in, named at the PO entry that brought
    it (the edited sheet's line numbers exist in no file the user has)."""
    from ..translate import sheetedit

    path = getattr(problem, "path", "")
    for entry in added:
        field = sheetedit.located(doc, entry.context, lang)
        if path and (path == field or path.startswith(f"{field}.")):
            message = getattr(problem, "message", str(problem))
            return f"{po_name}:{entry.line}: {entry.context}: {message}; nothing written"
    return f"the sheet would not be valid with these translations: {problem}; nothing written"


def _say(message: str) -> None:
    from ..files import printable

    click.echo(printable(f"plainsum: {message}"), err=True)
