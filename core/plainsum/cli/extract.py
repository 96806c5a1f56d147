"""``plainsum extract``: a reviewable draft fact sheet from a press release."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from . import app
from .options import lang_case


@click.command()
@click.argument("releases", nargs=-1, required=True, metavar="RELEASE...",
                type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Write the draft here (default, or -: standard output); with several releases "
                   "or a folder, the folder for their drafts (then required).")
@click.option("--lang", default="en", show_default=True, callback=lang_case,
              help="The release's language.")
@click.option("--reader", "reader_name", default=None, metavar="NAME",
              help="Reader to use (default: chosen by the file's suffix).")
@click.option("--repaired-text", type=click.Path(dir_okay=False), default=None,
              help="Also write the repaired text the draft's offsets point into.")
@click.option("--diff", "diff_with", type=click.Path(dir_okay=False, allow_dash=False),
              default=None, metavar="FACTS",
              help="Compare a reviewed sheet with a fresh draft instead of printing it.")
@click.option("--force", is_flag=True,
              help="Overwrite drafts that already exist (never a reviewed sheet or "
                   "another file).")
@click.option("--review", "review_page", type=click.Path(dir_okay=False), default=None,
              metavar="HTML", help="Also write the review page of the draft beside its "
              "release (as 'plainsum review DRAFT --release RELEASE -o HTML' does).")
def extract(releases: tuple[str, ...], output: str | None, lang: str,
            reader_name: str | None, repaired_text: str | None, diff_with: str | None,
            force: bool, review_page: str | None) -> None:
    """Draft a fact sheet from a press release (text, Markdown, HTML, scraped-page JSON
    with title and text; - for stdin).

    Repairs the text first (mojibake, page chrome) and flags what it cannot fix; every
    fact it finds carries its span in the repaired text, and everything uncertain a
    review: note. Read the release again and fix the draft before you use it. An existing
    -o file is overwritten only with --force, and never when a person has settled it (no
    draft marker left).
    With --diff FACTS, prints the numeric facts only one of the two sheets has and exits
    1 if there are any.

    Several releases, or a folder of them, are drafted in one run into the folder -o DIR,
    one draft per release named after its file (a.json -> DIR/a.yaml; a folder's
    subfolders, hidden files and README-like notes are skipped); if one of the drafts
    exists, nothing is written unless --force, and even then a sheet a person has settled
    (no draft marker left) is kept. A release that cannot be drafted is listed
    and the others are still written; the last line sums up. Exit status: 0 every
    release drafted, 1 some refused, 2 usage errors (nothing drafted).
    """
    from ..errors import PlainsumError
    from ..files import (
        display_name,
        is_stdout,
        names_folder,
        printable,
        real,
        refuse_inputs,
        refuse_overwrite,
        write_files,
    )

    source = click.get_current_context().get_parameter_source("lang")
    if source is click.core.ParameterSource.DEFAULT:
        lang = ""  # not given: each release is read in the language it is plainly in
    if len(releases) > 1 or (releases[0] != "-" and Path(releases[0]).is_dir()):
        if review_page is not None:
            raise PlainsumError("--review writes the page of one draft; give one release "
                                "(plainsum review makes the page of each draft after)")
        _extract_many(releases, output, lang, reader_name, repaired_text, diff_with, force)
        return
    release = releases[0]
    if review_page is not None:
        if release == "-":
            raise PlainsumError("--review reads the release again to show it beside the "
                                "draft; give the release as a file, not standard input")
        if not output or is_stdout(output) or diff_with is not None:
            raise PlainsumError("--review makes the page of the draft: give the draft a "
                                "file with -o")
        if names_folder(review_page) or is_stdout(review_page):
            raise PlainsumError(f"{review_page}: --review takes the page's file name")
        if real(review_page) in {real(p) for p in (output, repaired_text) if p}:
            raise PlainsumError(f"--review and another output both name {review_page}; "
                                "give another file")
    if is_stdout(output):  # -o -: standard output, where the draft goes without -o
        output = None
    if is_stdout(repaired_text) and not output:
        raise PlainsumError("--repaired-text - and the draft would both go to standard "
                            "output; give the draft a file with -o")
    if output and names_folder(output):
        raise PlainsumError(f"{output}: is a folder; -o takes the draft's file name (a "
                            "folder takes the drafts of several releases)")
    if repaired_text and names_folder(repaired_text):
        raise PlainsumError(f"{repaired_text}: is a folder; --repaired-text takes a file name")
    if diff_with is not None and (output or repaired_text):
        raise PlainsumError("--diff prints a comparison; it writes no draft, so -o and "
                            "--repaired-text do not apply")
    if output and repaired_text and real(output) == real(repaired_text):
        raise PlainsumError(f"-o and --repaired-text both name {output}; give two files")
    if force and not (output or repaired_text):
        raise PlainsumError("--force only applies with -o or --repaired-text (nothing else "
                            "is written)")
    refuse_inputs([Path(p) for p in (output, repaired_text, review_page) if p],
                  {release: "release"})
    if review_page is not None:  # before anything is written: no draft without its page
        refuse_overwrite([Path(review_page)], force)
    module, draft, name = _draft(release, lang, reader_name)
    if diff_with is not None:
        _diff(module, diff_with, draft.data)
        return
    body = draft.yaml(_header(name))
    files = {Path(p): text for p, text in ((repaired_text, draft.repaired.text + "\n"),
                                           (output, body)) if p}
    refuse_overwrite(list(files), force)
    if output and force:
        from .extract_many import not_a_draft

        if not_a_draft(Path(output)):  # as with a folder: --force redrafts drafts only
            raise PlainsumError(f"{output}: is not a draft (no draft marker: a reviewed "
                                "fact sheet or another file); --force redrafts drafts only: "
                                "give another file, or delete this one to draft it again")
    if repaired_text and force and _not_a_text(Path(repaired_text)):
        raise PlainsumError(f"{repaired_text}: holds a fact sheet or other data, not a "
                            "repaired text; --force writes over an earlier repaired text "
                            "only: give another file, or delete this one")
    write_files(files)
    if output:
        from ..factsheet.unsettled import summary, unsettled

        facts = len(draft.data["facts"])
        todo = summary(unsettled(draft.data))  # every item the gate will ask a person about
        said = f"{facts} fact" + ("s" if facts != 1 else "") if facts else (
            "no facts yet")
        shown = display_name(output)
        source = "-" if release == "-" else display_name(release)
        click.echo(f"wrote {shown}: {said}; {todo} ('plainsum lint {shown}' lists them)",
                   err=True)
        if review_page is not None:
            from .review import review as review_command

            click.get_current_context().invoke(
                review_command, facts=output, release=release, reader_name=reader_name,
                langs=None, audiences=None, output=review_page, force=True)
            return
        # the next step: the release and the draft side by side, in a browser
        click.echo(printable(f"next: plainsum review {shown} --release {source} -o "
                             "review.html (each item beside its words in the release; "
                             "extract --review HTML writes it at once)"), err=True)
    else:
        click.echo(body, nl=False)


def _not_a_text(path: Path) -> bool:
    """Whether ``path`` holds something --force must keep from ``--repaired-text``: an
    earlier repaired text is prose, so a file that reads as a YAML mapping or list (a fact
    sheet, a draft, a settings file) or is no UTF-8 text is kept, as ``-o`` keeps a
    reviewed sheet."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        import yaml

        data = yaml.load(path.read_text(encoding="utf-8"),
                         Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, ValueError):
        return True
    except yaml.YAMLError:
        return False  # prose YAML cannot read: a text
    return isinstance(data, dict | list)


MAX_RELEASE_CHARS = 500_000
"""The longest text extract drafts from: ten times the longest press release, and a bound on
how long a run can take on a file that is not one (a book, a log, a dump on one line)."""


def read_release(release: str, reader_name: str | None,
                 refuse_empty: bool = False) -> tuple[str, str]:
    """A release's text as its reader gives it, and the release's name; refused (one line,
    exit 2) when no reader can read it or it is no prose (a PDF, a binary file)."""
    from ..errors import PlainsumError
    from ..files import read_bytes
    from ..plugins import PluginError

    registry = app().registry
    data, name = read_bytes(release)
    reader = _reader(registry.readers, release, data, reader_name)
    try:
        text = registry.call("readers", reader.name, "read", data)
    except (PluginError, PlainsumError) as exc:  # the reader's own message says where
        raise PlainsumError(f"{name}: {exc}") from None
    if not isinstance(text, str):
        raise PlainsumError(f"{name}: reader {reader.name!r} returned no text")
    if refuse_empty and not text.strip():
        raise PlainsumError(f"{name}: the release is empty: no text to find the values in")
    if len(text) > MAX_RELEASE_CHARS:
        raise PlainsumError(f"{name}: {len(text):,} characters is not one press release (they "
                            f"are seldom over 50,000); extract reads up to "
                            f"{MAX_RELEASE_CHARS:,}: give it the release's own text")
    _require_prose(text, name, data, registry.owners.get(("readers", reader.name)) in
                   registry.builtins)
    return text, name


def _draft(release: str, lang: str, reader_name: str | None,
           banks: dict[str, dict[str, Any]] | None = None) -> tuple[Any, Any, str]:
    """Read one release and draft it: the extract plugin, the draft, the release's name."""
    text, name = read_release(release, reader_name)
    module = _extractor()
    lang = _language(text, name, lang, getattr(module, "LANGS", ("en",)))
    banks = {} if banks is None else banks  # each language's term bank, read once
    bank = banks[lang] if lang in banks else banks.setdefault(lang, _bank(lang))
    draft = module.extract_draft(text, source=name, lang=lang, bank=bank)
    if isinstance(getattr(draft, "data", None), dict):
        from ..factsheet.conform import conform

        # a draft every command opens: review, lint, translate
        conform(draft.data, app().registry.known_terms())
    return module, draft, name


def _language(text: str, name: str, given: str, readable: tuple[str, ...]) -> str:
    """The language to read a release in: ``given`` (--lang), said on stderr when the text
    is plainly in another; without --lang (``""``), English, or the language the text is
    plainly in when extract reads that one (a German release is read as German, and said
    so, not refused as "no facts found")."""
    from ..files import printable
    from ..langid import plainly_other

    base = given or "en"
    packs = app().registry.languages
    other = plainly_other(text, base, packs.values())
    if other is None:
        return base
    called = f"{getattr(packs.get(other), 'name', None) or other} ({other})"
    if not given and other in readable:
        click.echo(printable(f"{name}: reads as {called}; drafted in {other} (give --lang "
                             "to choose)"), err=True)
        return other
    click.echo(printable(f"{name}: warning: reads as {called}, not {base}"
                         + (f"; give --lang {other} to read it so" if other in readable else
                            f"; extract reads releases in {', '.join(readable)}")),
               err=True)
    return base


def _bank(lang: str) -> dict[str, Any]:
    pack = app().registry.languages.get(lang)
    return dict(getattr(pack, "terms", {}) or {}) if pack else {}


def _header(name: str) -> str:
    return (f"# Draft fact sheet from {name}, made by plainsum extract. Not reviewed:\n"
            "# check every item against the release, settle and delete the review notes,\n"
            "# then run plainsum lint.\n")


def _extract_many(releases: tuple[str, ...], output: str | None, lang: str,
                  reader_name: str | None, repaired_text: str | None,
                  diff_with: str | None, force: bool) -> None:
    """Several releases or a folder: see :mod:`.extract_many`."""
    from .extract_many import extract_many

    banks: dict[str, dict[str, Any]] = {}  # each language's term bank, once for all

    def draft_one(release: str) -> tuple[str, int]:
        from ..factsheet.unsettled import unsettled

        _, draft, name = _draft(release, lang, reader_name, banks)
        return str(draft.yaml(_header(name))), len(unsettled(draft.data))

    extract_many(releases, output, {"repaired_text": repaired_text, "diff_with": diff_with,
                                    "force": force}, draft_one)


# What a text reader makes of a file that is not text: its magic number, and what it is.
_BINARY = (
    (b"%PDF-", "a PDF"), (b"PK\x03\x04", "a ZIP archive (a Word or OpenDocument file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"), (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)


def _require_prose(text: str, name: str, data: bytes, builtin_reader: bool) -> None:
    """Refuse what is not a release's text (a PDF or an image read as text, random bytes)
    before it is drafted into facts that were never there."""
    from ..errors import PlainsumError

    kind = next((what for magic, what in _BINARY if data.startswith(magic)), None)
    if kind is not None and builtin_reader:
        raise PlainsumError(f"{name}: this is {kind}, not text; convert it to text first "
                            "(or install a reader plugin for it)")
    sample = text[:200_000]
    odd = sum(1 for c in sample if _is_odd(c))
    if sample and odd > max(8, len(sample) // 50):
        raise PlainsumError(f"{name}: does not look like text ({odd:,} control or "
                            f"undecodable characters in the first {len(sample):,}); is it a "
                            "binary file?")


def _is_odd(char: str) -> bool:
    import unicodedata

    if char in "\n\r\t\f":
        return False
    return unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs") or char == "\ufffd"


def _reader(readers: dict[str, Any], path: str, data: bytes, name: str | None) -> Any:
    """The reader asked for, else the one whose suffix matches, else a sniffed one."""
    from ..errors import PlainsumError

    if not readers:
        raise PlainsumError("no reader plugins are installed (the built-in 'readers' plugin "
                            "may be blocked)")
    if name:
        if name not in readers:
            raise PlainsumError(f"unknown reader {name!r} (known: {', '.join(sorted(readers))})")
        return readers[name]
    suffix = Path(path).suffix.lower() if path != "-" else None
    if suffix is not None:
        for reader in readers.values():
            if suffix in tuple(s.lower() for s in getattr(reader, "suffixes", ())) and \
                    (suffix or reader.name == "text"):
                return reader
    if "email" in readers and _looks_like("is_email", data):
        return readers["email"]
    if "markdown" in readers and _looks_like("is_markdown", data):
        return readers["markdown"]
    head = data[:2048].lstrip().lower()
    if (head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
            or b"<p>" in head or b"<div" in head) and "html" in readers:
        return readers["html"]
    if head.startswith(b"{") and b'"text"' in data[:65536] and "scraped-json" in readers:
        return readers["scraped-json"]
    if "text" in readers:
        return readers["text"]
    raise PlainsumError(f"{path}: no reader for {suffix or 'this input'!r} "
                        f"(installed: {', '.join(sorted(readers))})")


def _looks_like(test: str, data: bytes) -> bool:
    """What the built-in readers tell of data without a known suffix (``is_email``: header
    lines, From and Subject among them; ``is_markdown``: a "# " heading or front matter
    first); False when their plugin is not installed."""
    try:
        from plainsum_readers import readers as builtin
    except ImportError:
        return False
    return bool(getattr(builtin, test)(data))


def _extractor() -> Any:
    """The ``extract`` plugin, looked up by name so it can be blocked or replaced."""
    from ..errors import PlainsumError

    plugin = app().plugin_manager().get_plugin("extract")
    if plugin is None or not hasattr(plugin, "extract_draft"):
        raise PlainsumError("the 'extract' plugin is not installed or is blocked")
    return plugin


def _diff(module: Any, reviewed_path: str, draft: dict[str, Any]) -> None:
    from ..errors import PlainsumError
    from ..factsheet import problems
    from ..factsheet.load import parse_yaml
    from ..files import read_text

    text, name = read_text(reviewed_path)
    # the sheet to compare with must be one: a value of the wrong type is named where it
    # stands, as lint names it, not met half-way through the comparison
    found = problems(text, name, app().registry.known_terms())
    if found:
        raise found[0]
    reviewed = parse_yaml(text, name).data
    if not isinstance(reviewed, dict):
        raise PlainsumError(f"{name}: not a fact sheet")
    only_reviewed, only_draft = module.diff(reviewed, draft)
    for line in only_reviewed:
        click.echo(f"- {line}")
    for line in only_draft:
        click.echo(f"+ {line}")
    click.echo(f"{len(only_reviewed)} only in {name} (-), {len(only_draft)} only in the "
               "fresh draft (+)", err=True)
    if only_reviewed or only_draft:
        raise SystemExit(1)
