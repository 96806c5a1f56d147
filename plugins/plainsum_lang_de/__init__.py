"""Built-in German language pack (plugin ``lang_de``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


@hookimpl
def register_languages(register: Callable[[Any], None]) -> None:
    from .pack import build

    register(build())
