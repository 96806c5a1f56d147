"""Third-party Dutch language pack for plainsum (plugin ``lang_nl``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


@hookimpl
def register_languages(register: Callable[[Any], None]) -> None:
    """Register the Dutch pack; its data is read only when plainsum asks for languages."""
    from .pack import build

    register(build())
