"""``plainsum lint``: every problem in a fact sheet, one line each, like a compiler."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..files import display_name, printable
from . import app

if TYPE_CHECKING:
    from ..errors import FactSheetError
    from ..factsheet import Linted


@click.command()
@click.argument("facts", nargs=-1, required=True,
                type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--release", type=click.Path(dir_okay=False, allow_dash=False), default=None,
              metavar="FILE",
              help="Also check that every value with a source span is at that span of this "
                   "release (as extract repairs it); one sheet only.")
@click.option("--reader", "reader_name", default=None, metavar="NAME",
              help="Reader for --release (default: chosen by the file's suffix).")
def lint(facts: tuple[str, ...], release: str | None, reader_name: str | None) -> None:
    """Check a fact sheet against the schema, its own references, and whether it is
    still a draft (the draft field, review notes starting with TODO, placeholders); or
    several sheets (files, or folders holding *.yaml sheets and facts.yaml in subfolders),
    one report each.

    Prints FILE:LINE:COLUMN: FIELD: MESSAGE for each problem and each item to settle.
    Exits 2 if a sheet has a problem (it cannot be used), 1 if one is a draft or a value
    is not at its span of --release, 0 if every sheet is settled and ready.
    """
    from ..errors import PlainsumError

    if reader_name is not None and release is None:
        raise PlainsumError("--reader only applies with --release")
    if len(facts) == 1 and not Path(facts[0]).is_dir():  # one sheet: as it always was
        status = _lint_one(facts[0], release, reader_name, hint=True)
        if status:
            raise SystemExit(status)
        return
    if release is not None:  # one release is the source of one sheet, not of a folder
        raise PlainsumError("--release checks one sheet against the release it was drafted "
                            "from; give one sheet with it")
    raise SystemExit(_lint_many(facts))


def _lint_many(arguments: tuple[str, ...]) -> int:
    """Each sheet the arguments name, one report after another (a sheet that cannot be
    read is named and the others are still linted); the worst status (2 > 1 > 0)."""
    from ..errors import PlainsumError
    from .generate_many import sheets_in

    sheets = sheets_in(arguments)
    if not sheets:
        raise PlainsumError(printable(f"no fact sheets in {', '.join(arguments)} (a folder's "
                                      "*.yaml files and its subfolders' facts.yaml)"))
    statuses = []
    for sheet in sheets:
        try:
            statuses.append(_lint_one(str(sheet), None, None))
        except PlainsumError as exc:  # this sheet only: the others are still linted
            said = str(exc)
            shown = display_name(str(sheet))
            if not said.startswith(f"{shown}:"):
                said = f"{shown}: {said}"
            click.echo(printable(f"plainsum: error: {said}"), err=True)
            statuses.append(2)
    if len(sheets) > 1:
        counts = [(statuses.count(0), "ready"), (statuses.count(1), "to settle"),
                  (statuses.count(2), "with problems")]
        said = ", ".join(f"{n} {what}" for n, what in counts if n)
        click.echo(f"{len(sheets)} sheets: {said}", err=True)
    return max(statuses)


def _lint_one(facts: str, release: str | None, reader_name: str | None,
              hint: bool = False) -> int:
    """Lint one sheet and print its report; its status: 2 if it has a problem, 1 if it
    is a draft or a value is not at its span of ``release``, else 0. With ``hint`` (one
    sheet), a draft's report ends with the command that settles what was checked."""
    from ..errors import PlainsumError
    from ..factsheet import lint_sheet, markup_problems

    if facts == "-" and release == "-":
        raise PlainsumError("the sheet and --release cannot both be read from stdin (-)")
    linted = lint_sheet(facts, app().registry.known_terms())
    if not linted.problems and linted.located is not None:
        linted.problems += (_rule_problems(linted) + _language_problems(linted)
                            + markup_problems(linted.located, linted.name))
    if not linted.problems and linted.located is not None:
        linted.problems += _own_wording_problems(linted)
    if not linted.problems and not linted.unsettled and linted.located is not None:
        linted.problems += _title_problems(linted)
    found = [*linted.problems, *linted.unsettled]
    if release is not None and linted.located is not None:
        found += _span_mismatches(linted, release, reader_name)
    # wording a language's sentences cannot carry well: said, but the sheet can be used
    warned = _wording_warnings(linted) if not linted.problems else []
    for problem in sorted([*found, *warned], key=lambda e: (e.line, e.column)):
        click.echo(str(problem))
    if linted.problems:
        return 2
    if found:
        what = []
        if linted.unsettled:
            what.append(f"a draft: {len(linted.unsettled)} item"
                        f"{'s' if len(linted.unsettled) != 1 else ''} to settle")
        if len(found) > len(linted.unsettled):
            n = len(found) - len(linted.unsettled)
            what.append(f"{n} value{'s' if n != 1 else ''} not at {'their' if n != 1 else 'its'}"
                        " span of the release")
            spans = _spans(linted.located.data) if linted.located is not None else 0
            if spans >= 4 and 2 * n > spans:  # most of them: the wrong file, not a few slips
                what.append(f"is {release} the release this sheet was drafted from?")
        elif release is not None and linted.located is not None:
            # a draft whose values are all at their spans: say that they were compared
            n = _spans(linted.located.data)
            what.append(f"{n} source span{'s' if n != 1 else ''} checked against {release}, "
                        f"{'each value at its span' if n else 'nothing to compare'}")
        click.echo(printable(f"{linted.name}: {'; '.join(what)}"), err=True)
        if hint and linted.unsettled and len(found) == len(linted.unsettled):
            # only items to settle: the next step (values off their spans come first)
            click.echo(printable(_settle_hint(linted, facts)), err=True)
        return 1
    if release is not None and linted.located is not None:
        n = _spans(linted.located.data)
        # an ok that compared nothing must not read as one that compared everything
        checked = (f"{n} source span{'s' if n != 1 else ''} checked against {release}" if n
                   else f"no value has a source span, nothing was compared with {release}")
        click.echo(printable(f"{display_name(facts)}: ok; {checked}{_warnings(warned)}"),
                   err=True)
        return 0
    click.echo(f"{display_name(facts)}: ok{_warnings(warned)}", err=True)
    return 0


def _settle_hint(linted: Linted, facts: str) -> str:
    """What to run next on a draft: ``plainsum settle`` for the notes a person has
    checked, or ``--done`` when only the draft field is left."""
    from ..factsheet.unsettled import unsettled

    shown = display_name(facts)
    data = linted.located.data if linted.located is not None else None
    kinds = {item.kind for item in unsettled(data)}
    if kinds == {"draft"}:
        return f"next: only the draft field is left: plainsum settle {shown} --done"
    if "review" not in kinds:  # placeholders only: words to write, then --done
        return ("next: write the release's words in place of each placeholder, then: "
                f"plainsum settle {shown} --done")
    said = (f"next: settle the notes of each item you have checked: plainsum settle {shown} "
            "ITEM... (the review page writes it for the items you tick)")
    if "placeholder" in kinds:
        said += "; a placeholder is settled by writing the release's words in its place"
    return said


def _wording_warnings(linted: Linted) -> list[FactSheetError]:
    """What a language pack says of the sheet's wording in its language (a German outcome
    label that cannot follow the pack's "waren")."""
    if linted.located is None:
        return []
    from ..factsheet.lint_wording import wording_warnings

    return wording_warnings(linted.located, linted.name, app().registry.languages)


def _warnings(warned: list[FactSheetError]) -> str:
    return f"; {len(warned)} warning{'s' if len(warned) != 1 else ''}" if warned else ""


def _rule_problems(linted: Linted) -> list[FactSheetError]:
    """Each rule id in the sheet's ``checks`` that no installed plugin declares (a check of
    the sheet would refuse it), and each ignored rule that is always reported."""
    from ..errors import FactSheetError, PlainsumError
    from ..rules import Layer, Selection

    assert linted.located is not None
    data = linted.located.data
    setting = data.get("checks") if isinstance(data, dict) else None
    out = []
    for option in ("select", "ignore"):
        for i, pattern in enumerate((setting or {}).get(option) or []):
            layer = Layer(**{option: (pattern,)}, source="checks.{option}")
            try:
                Selection((layer,)).check(app().registry.rules)
            except PlainsumError as exc:
                where = linted.located.position(("checks", option, i))
                message = str(exc).replace(f" in checks.{option}", "")
                out.append(FactSheetError(linted.name, where.line, where.column,
                                          f"checks.{option}[{i}]", message))
    return out


def _language_problems(linted: Linted) -> list[FactSheetError]:
    """The sheet's language when no installed pack writes it (generate, check and review
    would refuse the sheet as it stands)."""
    from ..errors import FactSheetError

    assert linted.located is not None
    data = linted.located.data
    code = data.get("lang") if isinstance(data, dict) else None
    languages = app().registry.languages
    if not isinstance(code, str) or code in languages:
        return []
    where = linted.located.position(("lang",))
    return [FactSheetError(linted.name, where.line, where.column, "lang",
                           f"{code!r} is no installed language (installed: "
                           f"{', '.join(sorted(languages))})")]


def _own_wording_problems(linted: Linted) -> list[FactSheetError]:
    """Wording the sheet lacks in its own language (a title, a group's label, a quote):
    ``generate`` and ``check`` in that language would stop on it, and no translation can
    supply it, so a sheet that lacks it is not ready."""
    from ..errors import FactSheetError
    from ..factsheet.model import FactSheet
    from ..lexicon import Lexicon

    assert linted.located is not None
    data = linted.located.data
    pack = app().registry.languages.get(data.get("lang", "en") if isinstance(data, dict)
                                        else "en")
    if pack is None:  # no installed pack: _language_problems says so
        return []
    lexicon = Lexicon(FactSheet.from_dict(data, path=linted.name), pack)
    lexicon.look_up_facts()
    lexicon.title()
    sheet = lexicon.factsheet
    for quote in sheet.quotes:
        lexicon.quote(quote)
    if not lexicon.missing:
        return []
    at = ("lang",) if "lang" in data else ()
    where = linted.located.position(at) if at else None
    return [FactSheetError(linted.name, where.line if where else 1,
                           where.column if where else 1, "lang",
                           f"no {pack.code} wording for: {', '.join(lexicon.missing)} "
                           f"({pack.code} is the sheet's own language: write it into the "
                           "sheet)")]


def _title_problems(linted: Linted) -> list[FactSheetError]:
    """What the sheet's own reader-facing texts say that its facts do not support, in the
    sheet's own language: the title (every output opens with it) and each term's
    definition (the outputs that define the term print it). A figure in them that no fact
    gives ("reduces mortality by 20 per cent" over a sheet that holds a risk ratio of 0.80
    only), or a cause an observational study cannot show, fails the check of every output
    that carries them; said here, where the sheet is fixed, not in each output after
    ``generate``. Checked as ``plainsum check --require none`` checks a text, with the
    sheet's own ``checks`` setting; errors only."""
    from ..errors import FactSheetError, PlainsumError
    from ..factsheet.model import FactSheet
    from ..lexicon import Lexicon
    from ..pipeline import CheckContext, check_text
    from ..rules import Selection, sheet_layer

    assert linted.located is not None
    data = linted.located.data
    if not isinstance(data, dict):
        return []
    texts: list[tuple[tuple[object, ...], str, str, str]] = []
    titles = data.get("title")
    for lang, title in (titles.items() if isinstance(titles, dict) else ()):
        texts.append((("title", lang), lang, title,
                      "Every output opens with the title and would fail this check: add the "
                      "fact the title states, or reword the title"))
    terms = data.get("terms")
    for i, term in enumerate(terms if isinstance(terms, list) else []):
        for lang, forms in (term.items() if isinstance(term, dict) else ()):
            if isinstance(forms, dict) and isinstance(forms.get("definition"), str):
                named = forms.get("plain") or forms.get("technical")  # as outputs put it
                said = f"{named}: {forms['definition']}" if isinstance(named, str) else \
                    forms["definition"]
                texts.append((("terms", i, lang, "definition"), lang, said,
                              "The outputs that define the term print this definition and "
                              "would fail this check: reword it"))
    registry = app().registry
    sheet = FactSheet.from_dict(data, path=linted.name)
    rules = Selection((sheet_layer(sheet.checks, sheet.path),))
    lexicons: dict[str, Lexicon | None] = {}
    out = []
    own = data.get("lang", "en")
    for path, lang, text, why in texts:
        if lang != own:  # a translation's: generate and check say it where it is used
            continue
        pack = registry.languages.get(lang)
        if pack is None or not isinstance(text, str) or not text.strip():
            continue
        if lang not in lexicons:
            lexicon = Lexicon(sheet, pack)
            # no wording in that language: nothing to read the text by
            lexicons[lang] = None if lexicon.look_up_facts() else lexicon
        lexicon = lexicons[lang]
        if lexicon is None:
            continue
        try:
            checks = check_text(text, CheckContext(sheet, pack, None, lexicon,
                                                   require="none", rules=rules),
                                registry, with_readability=False)
        except PlainsumError:
            continue
        where = linted.located.position(path)
        dotted_path = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in path
                               ).replace(".[", "[")
        for finding in checks.findings:
            if finding.severity == "error":
                out.append(FactSheetError(
                    linted.name, where.line, where.column, dotted_path,
                    f"{finding.rule}: {' '.join(finding.message.split())} {why}"))
    return out


def _spans(data: object) -> int:
    """How many source spans the sheet gives (of items, and in ``source_spans``)."""
    if not isinstance(data, dict):
        return 0
    items = [item for value in data.values() if isinstance(value, list)
             for item in value if isinstance(item, dict) and item.get("source_span") is not None]
    spans = data.get("source_spans")
    return len(items) + (len(spans) if isinstance(spans, dict) else 0)


def _span_mismatches(linted: Linted, release: str, reader_name: str | None,
                     ) -> list[FactSheetError]:
    """The values of the sheet that are not where their spans say in the release."""
    from ..factsheet.spancheck import mismatches

    assert linted.located is not None
    data = linted.located.data
    lang = data.get("lang") if isinstance(data, dict) else None
    lang = lang if isinstance(lang, str) else "en"
    text = _repaired_release(release, reader_name, lang)
    return mismatches(linted.located, text, linted.name, app().registry.languages.get(lang))


def _repaired_release(path: str, reader_name: str | None, lang: str) -> str:
    """The release as ``plainsum extract`` reads and repairs it: the text its spans
    point into (what ``extract --repaired-text`` writes)."""
    from ..errors import PlainsumError
    from .extract import _extractor, read_release

    # an empty release is one error, not "not inside the release" once per span
    text, name = read_release(path, reader_name, refuse_empty=True)
    module = _extractor()
    if not hasattr(module, "repaired_text"):
        raise PlainsumError("the 'extract' plugin cannot repair a release's text (it has no "
                            "repaired_text); --release needs it")
    try:
        return module.repaired_text(text, lang)
    except PlainsumError as exc:
        raise PlainsumError(f"{name}: {exc}") from None
