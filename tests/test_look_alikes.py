"""Look-alike words: what the name and term checks call a garbled word.

The checker skips the slow letter-by-letter comparison for pairs whose letters could not
match well enough; these properties hold it to the rule as written.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st
from plainsum_checks.names import EQUAL, OTHER, SIMILAR, _name_kin, similar
from plainsum_checks.text import common_prefix

WORDS = st.text(alphabet="aeinorstlcmpu", min_size=1, max_size=14)


def rule(a: str, b: str) -> bool:
    """The look-alike rule, as :func:`similar` documents it, with no shortcut."""
    if len(a) < 3 or len(b) < 3:
        return False
    ratio = SequenceMatcher(None, a, b).ratio()
    short = min(len(a), len(b)) >= 4 and max(len(a), len(b)) <= 6
    return (ratio >= 0.75 or (common_prefix(a, b) >= 4 and ratio >= 0.5)
            or (short and common_prefix(a, b) >= 2 and ratio >= 0.6))


@given(WORDS, WORDS)
def test_similar_is_the_documented_rule(a, b):
    assert similar(a, b) == rule(a, b)


@given(WORDS, WORDS)
def test_a_name_word_is_a_look_alike_by_the_documented_rule(a, b):
    expected = (SIMILAR if a[:1] == b[:1] and abs(len(a) - len(b)) <= 2
                and SequenceMatcher(None, a, b).ratio() >= 0.75 else OTHER)
    assert _name_kin(a, b) == (EQUAL if a == b else expected)


def test_known_look_alikes():
    assert similar("transmission", "transplant")
    assert similar("sight", "site")
    assert not similar("immunsuppression", "immuntherapie")
    assert not similar("gas", "stem")
