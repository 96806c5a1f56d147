"""Writing files safely: atomically, and never over the user's work without ``--force``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import PlainsumError


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path`` and move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def refuse_overwrite(paths: list[Path], force: bool) -> None:
    """Stop before writing anything if one of ``paths`` exists and ``force`` is off."""
    if force:
        return
    existing = [p for p in paths if p.exists()]
    if existing:
        more = f" and {len(existing) - 1} more" if len(existing) > 1 else ""
        raise PlainsumError(f"{existing[0]} exists{more}; use --force to overwrite")
