"""Built-in generator ``social``: one post per platform, audience and language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


class SocialGenerator:
    """Posts worded for the audience's register, fitted to each platform's length rule."""

    name = "social"
    description = ("Posts for X, Bluesky, Mastodon, Threads and LinkedIn: the headline, the main "
                   "result and its key caveat, with the sheet's hashtags, link and handle, "
                   "within each platform's limit.")
    order = 50

    def variants(self, factsheet: Any, audience: Any) -> list[str]:
        from plainsum.platforms import PLATFORMS

        return list(PLATFORMS)

    def generate(self, request: Any) -> Any:
        from plainsum.outputs import Output
        from plainsum.platforms import PLATFORMS
        from plainsum.render import Wording

        from .posts import build

        wording = Wording(request, prefix="social")
        platform = PLATFORMS[request.variant]
        post = build(wording, platform)
        return Output("social", request.variant, request.audience.id, request.pack.code,
                      post.text, facts=post.facts, terms=wording.terms_in(post.text),
                      platform=platform.id, limitations=post.limitations)


@hookimpl
def register_generators(register: Callable[[Any], None]) -> None:
    register(SocialGenerator())
