"""The user's files: read with a size limit and a clear error, written atomically and never
over the user's work without ``--force``."""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from .errors import PlainsumError

MAX_INPUT_BYTES = 10 * 1024 * 1024  # a press release or a translation is far smaller

STDIN = "<stdin>"


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> tuple[bytes, str]:
    """The bytes of ``path`` (``-`` for standard input) and the name to report it by;
    more than ``limit`` bytes is an error, found without reading the rest."""
    if str(path) == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise PlainsumError(f"{STDIN}: standard input is a terminal; pipe the text in "
                                "(... | plainsum ... -) or give a file name")
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(limit + 1) if stream is not None else \
            sys.stdin.read(limit + 1).encode("utf-8", "surrogateescape")
        name = STDIN
    else:
        name = str(path)
        try:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError:
            raise PlainsumError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise PlainsumError(f"{name}: is a directory, not a file") from None
        except OSError as exc:
            raise PlainsumError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise PlainsumError(f"{name}: larger than {_size(limit)}, more than plainsum reads")
    return data, name


def read_text(path: str | Path, limit: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """The UTF-8 text of ``path`` (``-`` for standard input, read the same way) and its
    name; a byte-order mark is not part of the text."""
    data, name = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig"), name
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PlainsumError(f"{name}:{line}: not UTF-8 text (byte {exc.start} is "
                            f"0x{data[exc.start]:02x}); save it as UTF-8") from None


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"


# Characters a terminal acts on (C0 and C1 controls, escape sequences) or that reorder what
# it shows (bidirectional overrides and isolates): shown as escapes, never passed through.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: controls other than newline and tab escaped."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path`` and move it into place.

    A symbolic link is followed (the file it points to is replaced, not the link), and a
    device or pipe (``/dev/stdout``) is written to as it is: it cannot be replaced.
    """
    path = Path(os.path.realpath(path))
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            return
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def refuse_overwrite(paths: list[Path], force: bool) -> None:
    """Stop before writing anything if one of ``paths`` exists and ``force`` is off."""
    if force:
        return
    existing = [p for p in paths if p.exists()]
    if existing:
        more = f" and {len(existing) - 1} more" if len(existing) > 1 else ""
        raise PlainsumError(f"{existing[0]} exists{more}; use --force to overwrite")
