"""Built-in generator ``social``: one post per platform, audience and language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plainsum.hookspecs import hookimpl


class SocialGenerator:
    """Posts worded for the audience's register, fitted to each platform's length rule."""

    name = "social"
    description = ("Posts for X, Bluesky, Mastodon, Threads and LinkedIn, with the sheet's "
                   "hashtags, within each platform's limit.")
    order = 50

    def variants(self, factsheet: Any, audience: Any) -> list[str]:
        from plainsum.platforms import PLATFORMS

        return list(PLATFORMS)

    def generate(self, request: Any) -> Any:
        from plainsum.outputs import Output
        from plainsum.platforms import PLATFORMS
        from plainsum.render import Wording

        from .posts import PARAGRAPHS, candidates, fit

        wording = Wording(request, prefix="social")
        platform = PLATFORMS[request.variant]
        post = fit(candidates(wording, platform.id), request.factsheet.hashtags, platform,
                   paragraphs=platform.id in PARAGRAPHS, w=wording)
        return Output("social", request.variant, request.audience.id, request.pack.code,
                      post.text, facts=post.facts, terms=wording.terms_in(post.text),
                      platform=platform.id)


@hookimpl
def register_generators(register: Callable[[Any], None]) -> None:
    register(SocialGenerator())
