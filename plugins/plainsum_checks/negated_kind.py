"""A negation that denies the kind of a change, not the change: "a relative, not an
absolute, reduction", "uma redução relativa e não uma redução absoluta", "eine relative,
nicht absolute Senkung". The two words of kind (relative, absolute) are a closed class
in each language; the negation stands between them, so it contrasts one kind with the
other and leaves the change itself affirmed.
"""

from __future__ import annotations

from typing import Any

import regex

# relative and absolute, with their inflections (en es fr de it pt): closed-class words
_KIND = regex.compile(
    r"(?<!\p{L})(?:(?P<relative>relati(?:ve|ves|f|fs|v|ven|ver|vem|va|vas|vo|vos|vi))"
    r"|(?P<absolute>absolu(?:|s|e|es)|absolut(?:|e|en|er|es|em|a|as|o|os)"
    r"|assolut[aoei]))(?!\p{L})",
    regex.IGNORECASE)
_BREAK = regex.compile(r"[;:.!?()\n]")
_SPACE = regex.compile(r"\s*")
_WORD = regex.compile(r"\p{L}+")
# what joins the other kind to the negation: a comma, or one word ("and", "e", "und")
_JOINED = regex.compile(r"[\s,]*(?:\p{L}+[\s,]*)?")
REACH = 60  # characters the negation's scope may span
_ARTICLES = 2  # words besides the kind word between the negation and the change word


def _kinds(text: str, lo: int, hi: int) -> list[regex.Match[str]]:
    return list(_KIND.finditer(text, lo, hi))


def kind_denied(text: str, start: int, change: tuple[int, int], negation: Any) -> bool:
    """Whether the negation before the change word ``change`` (in the sentence opened at
    ``start``) has a word of kind as its scope — right after it, before the change word
    ("not an absolute, reduction"), or right after the change word ("não uma redução
    absoluta") — and the other kind stands just before the negation, joined to it by a
    comma or one word ("relative, not", "relativa e não")."""
    if negation is None:
        return False
    c0, c1 = change
    lo = max(start, c0 - REACH)
    stop = [m.end() for m in _BREAK.finditer(text, lo, c0)]
    lo = stop[-1] if stop else lo
    hits = list(negation.finditer(text, lo, c0))
    if not hits:
        return False
    denied = hits[-1]
    scope = _kinds(text, denied.end(), c0)
    between = len(_WORD.findall(text, denied.end(), c0)) - len(scope)
    if between > _ARTICLES:
        return False
    if not scope:
        gap = _SPACE.match(text, c1)
        after = _KIND.match(text, gap.end() if gap else c1)
        if after is None:
            return False
        scope = [after]
    kind = scope[0].lastgroup
    back = max(lo, denied.start() - REACH)
    said = text[c0:c1].casefold()
    return any(m.lastgroup != kind and _joined(text, m.end(), denied.start(), said)
               for m in _kinds(text, back, denied.start()))


def _joined(text: str, lo: int, hi: int, said: str) -> bool:
    """A comma or one word between the other kind and the negation, after the change
    word said again ("a relative reduction and not an absolute reduction")."""
    if _JOINED.fullmatch(text, lo, hi):
        return True
    again = _WORD.search(text, lo, hi)
    return (again is not None and again.group().casefold() == said
            and not text[lo:again.start()].strip()
            and _JOINED.fullmatch(text, again.end(), hi) is not None)
