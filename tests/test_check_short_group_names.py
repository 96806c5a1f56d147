"""A group's short label (the one posts use: "people kept in hospital", "grupo estándar")
names the group as its full label does: a figure said of it is judged against that group's
fact, so a figure moved onto it is caught and its own figure is not."""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, check_pair


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "About 64 in 100 people sent home early said their treatment was no burden at all, "
     "compared with about 54 in 100 people kept in hospital.",
     "About 64 in 100 people kept in hospital said their treatment was no burden at all, "
     "compared with about 54 in 100 people kept in hospital.", "64 in 100"),
    ("es", "El 64,4 % de los pacientes con alta precoz consideró su tratamiento «nada» gravoso, "
     "frente al 54,4 % del grupo estándar.",
     "El 64,4 % del grupo estándar consideró su tratamiento «nada» gravoso, "
     "frente al 54,4 % del grupo estándar.", "64,4 %"),
])
def test_a_figure_of_a_group_named_by_its_short_label(lang, faithful, wrong, words):
    check_pair(RIVA, lang, faithful, wrong, "wrong-context", words)
