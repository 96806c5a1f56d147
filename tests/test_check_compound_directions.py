"""A German saving written as a compound ('Kostenersparnis', 'Medianersparnis') gives the
figure it stands with its direction, as the bare noun does: a negative difference said
as a saving is not a flipped sign."""

from __future__ import annotations

import pytest

from . import corruption as C

RIVA = "rivaroxaban-pe-2018"  # a median cost difference of -2,496 US dollars per patient


@pytest.mark.parametrize("text", [
    "Mediane Kostenersparnis: 2.496 US-Dollar pro Patient.",
    "Die Medianersparnis lag bei 2.496 US-Dollar pro Patient.",
    "Die Ersparnis lag im Median bei 2.496 US-Dollar pro Patient.",
])
def test_a_compound_saving_keeps_the_sign(text):
    source = C.Faithful(RIVA, "de", "saving", text, require="none")
    assert not [f for f in C.check(source, text) if f.rule == "sign-flipped"]
