"""The user's files: read with a size limit and a clear error, written atomically and never
over the user's work without ``--force``."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import interrupts
from .errors import PlainsumError

MAX_INPUT_BYTES = 10 * 1024 * 1024  # a press release or a translation is far smaller

STDIN = "<stdin>"
STDOUT = "-"  # as an output name: standard output, as ``-`` is standard input for inputs


def is_stdout(path: str | Path | None) -> bool:
    """Whether an output named ``path`` is standard output (``-o -``): never a file
    called "-" that a later run would find and refuse to overwrite."""
    return path is not None and str(path) == STDOUT


def refuse_stdout_folder(path: str | Path | None, option: str) -> None:
    """Stop when a folder output (``--out DIR``) is given as ``-``: many files cannot go
    to standard output, and a folder called "-" is not what was meant."""
    if is_stdout(path):
        raise PlainsumError(f"{option} - is standard output; {option} takes a folder, "
                            f"where the files go (./- for a folder called '-')")


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> tuple[bytes, str]:
    """The bytes of ``path`` (``-`` for standard input) and the name to report it by;
    more than ``limit`` bytes is an error, found without reading the rest."""
    if str(path) == "-":
        if sys.stdin is None:  # started with it closed (<&-)
            raise PlainsumError(f"{STDIN}: standard input is closed; pipe the text in "
                                "(... | plainsum ... -) or give a file name")
        if sys.stdin.isatty():
            raise PlainsumError(f"{STDIN}: standard input is a terminal; pipe the text in "
                                "(... | plainsum ... -) or give a file name")
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(limit + 1) if stream is not None else \
            sys.stdin.read(limit + 1).encode("utf-8", "surrogateescape")
        name = STDIN
    else:
        name = display_name(path)  # printed in every message about the file
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
        raise PlainsumError(f"{name}: larger than {_size(limit)}, the most plainsum reads "
                            "from one file")
    return data, name


def read_text(path: str | Path, limit: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """The UTF-8 text of ``path`` (``-`` for standard input, read the same way) and its
    name; a byte-order mark is not part of the text."""
    data, name = read_bytes(path, limit)
    return utf8_text(data, name), name


def utf8_text(data: bytes, name: str) -> str:
    """``data`` as UTF-8 text (see :func:`read_text`), errors naming the file ``name``."""
    wide = _wide_encoding(data)
    if wide is not None:  # UTF-16 English is valid UTF-8 with a NUL in every other byte
        raise PlainsumError(f"{name}: this is {wide} text, not UTF-8; save it as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PlainsumError(f"{name}:{line}: not UTF-8 text (byte {exc.start} is "
                            f"0x{data[exc.start]:02x}); save it as UTF-8") from None


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when ``data`` starts with that byte-order mark, or when zero
    bytes fill the odd or the even places of its first bytes (what Notepad's "Unicode"
    makes of Latin text), not both (a binary file)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    wide = len(sample) >= 4 and max(odd, even) * 4 >= len(sample) and min(odd, even) * 8 < \
        max(odd, even)
    return "UTF-16" if wide else None


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MiB"
    return f"{limit // 1024} KiB" if limit >= 1024 else f"{limit} bytes"


# Characters a terminal acts on (C0 and C1 controls, escape sequences), that reorder what
# it shows (bidirectional overrides and isolates), or that cannot be printed at all (lone
# surrogates, and the noncharacters U+FFFE and U+FFFF, which no XML file can hold either):
# shown as escapes, never passed through.
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                      "\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: controls other than newline and tab escaped."""
    return CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r", "\t": "\\t"})


def display_name(path: str | Path) -> str:
    """A file's name as messages print it: on one line (a line break or tab in the name
    escaped: ``FILE:LINE:COL: ...`` lines are read one a line by scripts), safe for a
    terminal, and ``''`` for an empty name."""
    return printable(str(path).translate(_BREAKS)) or "''"


def safe_name(stem: str, fallback: str) -> str:
    """A file or folder name made from a file's stem: letters and digits of any script
    kept (``résumé``, ``ünï``, ``研究`` are names, not dashes: ``ünï`` had become ``n``),
    composed as one (NFC: the same name typed on any system), any other run of characters
    a dash, and at most 120 bytes (a system's limit is 255, and the caller adds to it)."""
    import unicodedata

    stem = unicodedata.normalize("NFC", stem[:1000])
    # a word's marks are part of it ('हिंदी' has two): no dash inside a word
    kept = "".join(c if c in "._-" or c.isalnum() or unicodedata.category(c)[0] == "M"
                   else "-" for c in stem)
    name = re.sub(r"-{2,}", "-", kept).strip("-.")
    while len(name.encode("utf-8")) > 120:
        name = name[:-1].rstrip("-.")
    return name or fallback


_COMPONENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def is_component(name: object) -> bool:
    """Whether ``name`` can be one file or folder name, and nothing more (see below)."""
    return isinstance(name, str) and _COMPONENT.fullmatch(name) is not None


def path_component(name: object, what: str) -> str:
    """``name`` as one file or folder name, or a :class:`PlainsumError` naming ``what`` it
    is: plugins choose language codes, audience ids and variant names, and none of them
    may reach outside the folder it is written into (``..``, ``/``, an absolute path)."""
    if is_component(name):
        return name  # type: ignore[return-value]
    raise PlainsumError(f"{what} {_short(name)} cannot be a file name (letters, digits, "
                        "'.', '_' and '-', starting with a letter or digit)")


def _short(value: object) -> str:
    text = printable(repr(value))
    return text if len(text) <= 80 else f"{text[:79]}…"


# A lone surrogate in a text to write can only be a byte of a file name that is not UTF-8
# (as Python decodes argv): written as its escape, \udcff, as messages print it, which JSON
# reads back as the very name; the file stays valid UTF-8.
NAME_BYTES = "backslashreplace"


def names_folder(path: str | Path | None) -> bool:
    """Whether ``path`` is a folder, or is written as one ("drafts/"): a file of that name
    would be a surprise where the user asked for a folder."""
    if path is None or is_stdout(path):
        return False
    text = os.fspath(path)
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


def write_atomic(path: Path, text: str) -> None:
    """Write one file atomically (see :func:`write_files`)."""
    write_files({path: text})


def write_files(files: dict[Path, str], remove: list[Path] | tuple[()] = ()) -> None:
    """Write every file or none: each goes to a temporary file beside its target first,
    and only when all are on disk are they moved into place (with Ctrl-C held back for
    those few renames), and the files in ``remove`` deleted. On any error or interrupt
    before that, the temporary files and the folders made for them are removed again.

    A symbolic link is followed (the file it points to is replaced, not the link), and a
    device or pipe (``/dev/stdout``) is written to as it is: it cannot be replaced.
    """
    import tempfile

    staged: list[tuple[Path, Path | None, str]] = []
    made: list[Path] = []
    done = False
    current: Path | None = None
    try:
        # by target: two names of one file (a symbolic link) leave the last one's text, as
        # writing them one after another did (the renames below run in any order)
        planned: dict[Path, tuple[str, int]] = {}
        for path, text in files.items():
            if is_stdout(path):
                staged.append((Path(STDOUT), None, text))
                continue
            current = target = Path(os.path.realpath(path))
            if target.is_dir():
                raise PlainsumError(f"{path}: is a folder; cannot write a file there")
            if _stream(Path(path)):
                # by the name given: /dev/stdout on a pipe resolves to "pipe:[N]", no path
                staged.append((Path(path), None, text))
                continue
            _blocked(Path(path).parent)  # said by the name given, as every other message
            _make_folders(target.parent, made)
            # the mode here, not in a thread: reading the umask sets it for a moment
            planned[target] = (text, _mode(target))

        def stage(target: Path, written: tuple[str, int]) -> None:
            text, mode = written
            with interrupts.held():  # a temporary file is never made and then forgotten
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                           dir=target.parent)
                staged.append((target, Path(tmp), text))
            os.fchmod(fd, mode)
            with os.fdopen(fd, "w", encoding="utf-8", errors=NAME_BYTES,
                           newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())

        failed = _together(list(planned.items()), stage)
        if failed is not None:
            current = failed[0]
            raise failed[1]
        with interrupts.held():
            for target, tmp, text in staged:
                if tmp is None and is_stdout(target):
                    current = None  # its failure (| head, a full disk) is the CLI's to say
                    _to_stdout(text)
                elif tmp is None:
                    current = target
                    target.write_text(text, encoding="utf-8", errors=NAME_BYTES)
            failed = _together([(target, tmp) for target, tmp, _ in staged if tmp is not None],
                               lambda target, tmp: os.replace(tmp, target))
            if failed is not None:
                current = failed[0]
                raise failed[1]
            done = True
            for old in remove:
                current = old
                old.unlink(missing_ok=True)
    except OSError as exc:
        if current is None and exc.filename is None:
            raise
        where = exc.filename or current or "the output"
        if current is not None and os.path.basename(str(where)).startswith(f".{current.name}."):
            where = current  # the file asked for, not the temporary file beside it
        raise PlainsumError(f"{where}: cannot write ({exc.strerror or exc})") from None
    finally:
        if not done:
            with interrupts.held():  # a second Ctrl-C must not cut the cleaning short
                for _, tmp, _ in staged:
                    if tmp is not None:
                        tmp.unlink(missing_ok=True)
                for folder in reversed(made):
                    with contextlib.suppress(OSError):
                        folder.rmdir()


def _to_stdout(text: str) -> None:
    """``text`` on standard output as UTF-8, whatever its encoding is set to."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is not None:
        sys.stdout.flush()
        stream.write(text.encode("utf-8", NAME_BYTES))
        stream.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


# how many files are written to disk (or moved into place) at once
_AT_ONCE = 16


def _together(items: list[tuple[Path, Any]], step: Callable[[Path, Any], None]
              ) -> tuple[Path, OSError] | None:
    """``step(target, x)`` for every item, a few at a time in threads: an fsync or a
    rename over an old file waits on the disk, and the kernel commits what several threads
    ask for together (one after another, a bundle's 200 small files took seconds on a
    journalled file system). Every step is done, or was running, when this returns: the
    first failure in the items' order comes back, with its target, for the caller to raise."""
    def attempt(item: tuple[Path, Any]) -> OSError | None:
        try:
            step(*item)
        except OSError as exc:
            return exc
        return None

    if len(items) < 2:
        outcomes = [attempt(item) for item in items]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(min(_AT_ONCE, len(items))) as pool:
            outcomes = list(pool.map(attempt, items))
    return next(((item[0], exc) for item, exc in zip(items, outcomes, strict=True)
                 if exc is not None), None)


def _mode(target: Path) -> int:
    """The permissions the written file gets: those of the file it replaces, else what the
    umask gives a new file (a temporary file is made readable by its owner only, and a
    draft or an output must stay readable by whoever could read a file written in place)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _blocked(folder: Path) -> None:
    """Refuse a folder to write into whose nearest existing part, by the name given, is a
    file (``--out o/enfile`` where ``o/enfile/en`` is one): the message names it as the
    user wrote it, not by its absolute path."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise PlainsumError(f"{display_name(folder)}: is a file, not a folder")


def _make_folders(folder: Path, made: list[Path]) -> None:
    """Make ``folder`` and its missing parents, noting each one made (to undo)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise PlainsumError(f"{folder}: is a file, not a folder")
    for each in reversed(missing):
        each.mkdir()
        made.append(each)


def real(path: str | Path) -> Path:
    """Where ``path`` leads, every symbolic link followed (as ``Path.resolve``), but a loop
    of links left as it is, not raised as a RuntimeError ("unexpected ... a bug"): reading
    or writing it then fails with the system's one-line reason."""
    return Path(os.path.realpath(path))


def refuse_inputs(paths: list[Path], inputs: dict[str, str]) -> None:
    """Stop before a write or removal of a file this run reads (``-o`` naming the release,
    a sheet kept in ``--out``): ``--force`` replaces earlier outputs, never the input."""
    for path in paths:
        for source, what in inputs.items():
            if source != "-" and not is_stdout(path) and _same_file(path, source):
                raise PlainsumError(printable(f"{path} is the {what} this run reads; "
                                              "write the output elsewhere"))


def _same_file(a: str | Path, b: str | Path) -> bool:
    """Whether writing ``a`` would write ``b``: as :func:`write_files` resolves it, so a
    path through a folder that does not exist yet ("sub/../facts.yaml") is where it lands."""
    for target in (a, os.path.realpath(a)):
        try:
            if os.path.samefile(target, b):
                return True
        except (OSError, ValueError):  # either is missing (nothing to lose), or no file name
            continue
    return False


def refuse_overwrite(paths: list[Path], force: bool) -> None:
    """Stop before writing anything if one of ``paths`` exists (a symbolic link counts,
    even to a missing file) and ``force`` is off. A device or a pipe (``-o /dev/stdout``)
    holds no work of the user's: it is written to as it is."""
    if force:
        return
    # a link to a missing file counts as there: writing would make a file wherever it
    # points, outside the folder the user named, which only --force may do
    existing = [p for p in paths
                if not is_stdout(p) and os.path.lexists(p) and not _stream(Path(p))]
    if existing:
        more = f" and {len(existing) - 1} more" if len(existing) > 1 else ""
        dangling = " (a link to a missing file)" if not existing[0].exists() else ""
        raise PlainsumError(f"{existing[0]} exists{dangling}{more}; use --force to "
                            "overwrite")


def _stream(path: Path) -> bool:
    """Whether ``path`` is a character device or a pipe (what write_files writes as is)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


@contextlib.contextmanager
def writing_into(folder: Path) -> Iterator[None]:
    """Hold the only right to write into ``folder`` among plainsum runs (two runs into one
    ``--out`` would each find it free, then leave a mix of both sets), by a lock on a file
    of the system's temporary folder named after it; no lock where ``fcntl`` is missing.
    The lock file goes when the run is done (a run a day would otherwise leave one file a
    folder behind for good)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    import hashlib
    import tempfile

    key = hashlib.sha256(os.fsencode(os.path.realpath(folder))).hexdigest()[:24]
    lock = Path(tempfile.gettempdir()) / f"plainsum-{key}.lock"
    handle = _locked(lock, folder, fcntl)
    try:
        yield
    finally:
        # removed while still held: a run that opened it meanwhile finds it gone (below)
        with contextlib.suppress(OSError):
            os.unlink(lock)
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _locked(lock: Path, folder: Path, fcntl: Any) -> Any:
    """The open lock file, locked by this process. A run that opened the file just before
    the run holding it removed it has locked a file no other run can find: it opens the
    lock again, so two runs never both hold the folder."""
    while True:
        handle = open(lock, "a")  # noqa: SIM115 (held open until the run is done)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise PlainsumError(f"{folder}: another plainsum run is writing into it; try "
                                "again when it has finished") from None
        try:
            now = os.stat(lock)
        except FileNotFoundError:
            now = None
        held = os.fstat(handle.fileno())
        if now is not None and (now.st_ino, now.st_dev) == (held.st_ino, held.st_dev):
            return handle
        handle.close()
