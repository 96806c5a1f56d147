"""The review page as HTML: the Jinja2 template with autoescaping on, and the page's own
style and script inlined, each allowed by its hash in the Content-Security-Policy (so no
other script could run, even if text got in where it should not)."""

from __future__ import annotations

import base64
import hashlib
from importlib import resources

from .model import Page


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def render(page: Page) -> str:
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    template = env.from_string(_asset("page.html.jinja"))
    style, script = _asset("page.css"), _asset("page.js")
    policy = (f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}; "
              "img-src data:; base-uri 'none'; form-action 'none'")
    # our own files, never the user's text: the only values marked safe
    return template.render(page=page, style=Markup(style), script=Markup(script),
                           policy=policy)
