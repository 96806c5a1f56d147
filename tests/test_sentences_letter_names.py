"""A sentence that ends on the letter naming a vitamin, a hepatitis or a type ("… vitamin
D. The others …") ends there: the letter is no initial, and reading the two sentences as
one let the second's group words reach the first's figures. A person's initials still
hold a sentence together ("Led by G. A. Macones", "John F. Kennedy said")."""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Those with low vitamin D. The others had more.", 2),
    ("en", "It is caused by hepatitis B. It spreads through blood.", 2),
    ("es", "El riesgo era menor con más vitamina D. Las personas con poca tenían más.", 2),
    ("fr", "Le taux de vitamine D. En dessous du seuil, le risque était plus élevé.", 2),
    ("de", "Menschen mit wenig Vitamin D. Die anderen hatten mehr.", 2),
    ("it", "Chi aveva poca vitamina D. Gli altri ne avevano di più.", 2),
    ("pt", "Quem tinha pouca vitamina D. Os outros tinham mais.", 2),
    ("en", "The study was led by G. A. Macones and J. Smith.", 1),
    ("en", "John F. Kennedy said so.", 1),
]


@pytest.mark.parametrize(("lang", "text", "count"), CASES)
def test_a_letter_that_names_a_thing_ends_a_sentence(registry, lang, text, count):
    if lang not in registry.languages:
        pytest.skip(f"no {lang} pack installed")
    assert len(registry.language(lang).sentences(text)) == count
