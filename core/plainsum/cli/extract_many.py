"""``plainsum extract`` on several releases or a folder: one draft per release into -o DIR.

A press office drafts a week's releases in one go; starting Python, the plugins and the
term bank once for all of them is what makes that fast. Each draft is written as soon as
it is made (atomically, so an interrupted run leaves whole drafts only), and a release
extract refuses does not stop the others: it is listed, and counted in the summary line.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

MANY = 5
"""From this many releases on, a progress bar is shown (when standard error is a terminal)."""

# Files a folder of releases often holds that are notes about the folder, not releases.
_NOT_RELEASES = frozenset({"readme", "license", "licence", "changelog", "changes", "notice",
                           "copying", "authors", "contributing", "index"})


@dataclass(frozen=True)
class Refusal:
    """A release extract drafted nothing for, and why."""

    name: str
    message: str

    @property
    def reason(self) -> str:
        """The message without the file's name and particulars, to group refusals by."""
        text = self.message.removeprefix(f"{self.name}: ")
        return re.split(r" \(|; |: ", text, maxsplit=1)[0].strip() or text


def releases_in(arguments: tuple[str, ...], suffixes: set[str]) -> tuple[list[Path], list[Path]]:
    """The release files the arguments name (a folder: its files a reader can read, in name
    order, not its subfolders, hidden files or README-like notes), and the files skipped."""
    from ..errors import PlainsumError

    found: list[Path] = []
    skipped: list[Path] = []
    seen: set[Path] = set()  # the same file named twice (or by a folder and by name) once
    for argument in arguments:
        if argument == "-":
            raise PlainsumError("standard input (-) cannot be one of several releases; give "
                                "file names")
        path = Path(argument)
        if not path.is_dir():
            if _first(path, seen):
                found.append(path)  # a missing file is refused with the others, by name
            continue
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                continue
            if not child.is_file():
                if child.is_symlink():  # a link to nowhere is said, not passed over
                    skipped.append(child)
                continue
            if child.suffix.lower() not in suffixes or child.stem.lower() in _NOT_RELEASES:
                skipped.append(child)
            elif _first(child, seen):
                found.append(child)
    return found, skipped


def _first(path: Path, seen: set[Path]) -> bool:
    """Whether ``path`` is named for the first time (by its resolved location)."""
    from ..files import real

    key = real(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def not_a_draft(path: Path) -> bool:
    """Whether ``path`` holds something --force must keep: a regular file with content
    that is not a draft extract made (no draft marker) — a sheet a person has settled,
    or any other file (notes, a release). --force redrafts drafts, and writes over an
    empty file; a pipe or a device is written to, never read here."""
    from ..factsheet.unsettled import DRAFT_FIELD

    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        import yaml

        data = yaml.load(path.read_text(encoding="utf-8"),
                         Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return True  # unreadable as a sheet: not ours to overwrite
    return not (isinstance(data, dict) and DRAFT_FIELD in data)


def draft_name(release: Path) -> str:
    """The draft's file name: the release's stem (characters a file name should not
    carry made dashes) and ``.yaml``."""
    from ..files import safe_name

    return f"{safe_name(release.stem, 'release')}.yaml"


def plan(releases: list[Path], folder: Path) -> dict[Path, Path]:
    """Release -> draft path; two releases that would share a draft are a usage error,
    names that differ only in case too ('Walk.md', 'walk.txt'): on a system that does not
    tell them apart (macOS, Windows) the second draft was written over the first."""
    from ..errors import PlainsumError
    from ..files import printable

    targets: dict[Path, Path] = {}
    seen: dict[str, tuple[Path, Path]] = {}
    for release in releases:
        target = folder / draft_name(release)
        key = target.name.casefold()
        if key in seen:
            raise PlainsumError(printable(f"{seen[key][0]} and {release} would both be drafted "
                                          f"to {seen[key][1]}; rename one or run them apart"))
        seen[key] = (release, target)
        targets[release] = target
    return targets


def extract_many(arguments: tuple[str, ...], output: str | None, options: dict[str, Any],
                 draft_one: Callable[[str], tuple[str, int]]) -> None:
    """Draft every release the arguments name into the folder ``output``.

    ``draft_one(path)`` makes one release's draft and counts the items in it a person must
    settle (or raises PlainsumError); ``options`` holds the command's other options,
    checked here for what only applies to one release.
    Exit status: 0 all drafted, 1 some refused (the others' drafts are written), 2 usage
    errors (nothing extracted).
    """
    from ..errors import PlainsumError
    from ..files import printable, refuse_overwrite, refuse_stdout_folder, write_files, writing_into
    from . import app

    if options.get("diff_with"):
        raise PlainsumError("--diff compares one release with a reviewed sheet; give one "
                            "release")
    if options.get("repaired_text"):
        raise PlainsumError("--repaired-text writes one release's text; give one release")
    if not output:
        raise PlainsumError("several releases (or a folder) need -o DIR: the folder for their "
                            "drafts (one per release, named after its file)")
    refuse_stdout_folder(output, "-o")
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise PlainsumError(f"{output}: is a file, not a folder (with several releases, -o "
                            "names the folder for their drafts)")
    readers = app().registry.readers
    suffixes = {s.lower() for r in readers.values() for s in getattr(r, "suffixes", ())}
    suffixes.discard("")  # a folder's files without a suffix are seldom releases
    releases, skipped = releases_in(arguments, suffixes)
    if not releases:
        raise PlainsumError(printable(f"no releases to draft in {', '.join(arguments)} "
                                      f"(files a reader takes: {', '.join(sorted(suffixes))})"))
    targets = plan(releases, folder)
    with writing_into(folder):
        force = bool(options.get("force"))
        refuse_overwrite(list(targets.values()), force)
        kept = [t for t in targets.values() if force and not_a_draft(t)]
        todo = {r: t for r, t in targets.items() if t not in kept}
        drafted, to_settle, refused = _run(todo, draft_one, write_files, folder)
    for refusal in refused:
        click.echo(printable(f"refused {refusal.message}"), err=True)
    if kept:
        click.echo(printable(f"kept {len(kept)} file{'s' if len(kept) != 1 else ''} that "
                             f"{'are' if len(kept) != 1 else 'is'} not a draft (reviewed sheets "
                             "or other files, no draft marker; --force redrafts drafts only, "
                             "delete a file to draft it again): "
                             + ", ".join(str(t) for t in kept)), err=True)
    line = summary(drafted, refused, skipped, folder, to_settle, len(kept))
    click.echo(printable(line), err=True)
    if refused:
        raise SystemExit(1)


def _run(targets: dict[Path, Path], draft_one: Callable[[str], tuple[str, int]],
         write_files: Callable[[dict[Path, str]], None],
         folder: Path) -> tuple[int, int, list[Refusal]]:
    from ..errors import PlainsumError
    from ..files import display_name

    drafted = to_settle = 0
    refused: list[Refusal] = []
    pairs = list(targets.items())
    shown: Any = contextlib.nullcontext(pairs)
    if len(pairs) >= MANY and stderr_is_terminal():
        shown = click.progressbar(pairs, label="drafting", file=sys.stderr, show_pos=True,
                                  item_show_func=lambda pair: pair[0].name if pair else None)
    with shown as each, _told_when_stopped(lambda: drafted, len(pairs), folder):
        for release, target in each:
            name = display_name(release)
            try:
                body, items = draft_one(str(release))  # items to settle in it
            except PlainsumError as exc:
                refused.append(Refusal(name, str(exc)))
                continue
            except Exception as exc:  # one broken release must not cost the others' drafts
                if os.environ.get("PLAINSUM_DEBUG", "") not in ("", "0"):
                    raise
                refused.append(Refusal(name, f"{name}: unexpected {type(exc).__name__} (a bug "
                                             "in plainsum or a plugin; PLAINSUM_DEBUG=1 shows "
                                             "where)"))
                continue
            write_files({target: body})
            drafted += 1
            to_settle += items
    return drafted, to_settle, refused


@contextlib.contextmanager
def _told_when_stopped(drafted: Callable[[], int], total: int, folder: Path) -> Any:
    """On Ctrl-C, say how many whole drafts were written before the run stops."""
    try:
        yield
    except KeyboardInterrupt:
        click.echo(f"\nstopped: {drafted()} of {total} drafts written to {folder} (each one "
                   "whole)", err=True)
        raise


def stderr_is_terminal() -> bool:
    """Whether a person watches standard error (a progress bar there, not in a log)."""
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


def summary(drafted: int, refused: list[Refusal], skipped: list[Path], folder: Path,
            to_settle: int = 0, kept: int = 0) -> str:
    """One line: how many drafted where and how many items in them a person must settle,
    how many reviewed sheets kept, how many refused and why (grouped by reason), what was
    skipped."""
    total = drafted + len(refused) + kept
    line = f"drafted {drafted} of {total} release{'s' if total != 1 else ''} into {folder}"
    if drafted:
        line += f" ({to_settle:,} item{'s' if to_settle != 1 else ''} to settle)"
    if kept:
        line += (f"; kept {kept} file{'s' if kept != 1 else ''} that "
                 f"{'are' if kept != 1 else 'is'} not a draft")
    if refused:
        reasons = Counter(r.reason for r in refused)
        line += f"; refused {len(refused)} (" + ", ".join(
            f"{reason}: {n}" for reason, n in reasons.most_common()) + ")"
    if skipped:
        names = ", ".join(p.name for p in skipped[:3]) + (", ..." if len(skipped) > 3 else "")
        line += f"; skipped {len(skipped)} other file{'s' if len(skipped) != 1 else ''} ({names})"
    return line
