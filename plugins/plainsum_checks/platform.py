"""Platform rules for posts: the platform's own length count, and the sheet's hashtags."""

from __future__ import annotations

import functools

import regex
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext
from plainsum.platforms import PLATFORMS, Platform


class PlatformValidator:
    """Rules ``too-long`` and ``hashtag-missing``, only for posts on a social platform it
    knows; a plugin's own channel (an SMS, say) brings its own rules."""

    name = "platform"
    reads = ("output.platform",)  # of the context beyond the text: the post's platform

    def validate(self, text: str, context: CheckContext) -> list[Finding]:
        output = context.output
        platform = PLATFORMS.get(output.platform or "") if output is not None else None
        if platform is None:
            return []
        findings: list[Finding] = []
        if not platform.fits(text):
            n = platform.count(text)
            start = _overflow(text, platform)
            findings.append(Finding(
                "too-long", "error",
                f"The post is {n} long for {platform.name} (counted as {platform.rule}); "
                f"the limit is {platform.limit}.",
                None, str(platform.limit), str(n), (start, len(text))))
        for tag in context.factsheet.hashtags:
            if not _hashtag(tag).search(text):
                findings.append(Finding(
                    "hashtag-missing", "error", f"The post lacks the hashtag {tag}.",
                    None, tag, None, None))
        return findings


@functools.lru_cache(maxsize=256)
def _hashtag(tag: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w#]){regex.escape(tag)}(?![\w])", regex.IGNORECASE)


def _overflow(text: str, platform: Platform) -> int:
    """Where the text passes the limit: the shortest prefix that no longer fits."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        if platform.count(text[:mid + 1]) > platform.limit:
            hi = mid
        else:
            lo = mid + 1
    return lo
