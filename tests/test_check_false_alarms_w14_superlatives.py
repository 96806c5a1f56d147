"""A superlative said in a relative clause that picks one kind of the disease out of
several (", que es la más común,", ", che è la più comune,", ", qui est la plus
fréquente,", ", que é a mais comum,") states no direction of the outcome (issue 14). The
same sentence with the finding turned round is still caught. Sentences written here in
wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "With relapsing-remitting MS, which is the most common, 86% had not got worse at "
     "five years.", "With relapsing-remitting MS, which is the most common, 86% had got "
     "worse at five years.", "got worse"),
    ("es", "Con la forma remitente-recurrente, que es la más común, el 86 % seguía sin "
     "empeorar a los cinco años.", "Con la forma remitente-recurrente, que es la más común, "
     "el 86 % empeoró a los cinco años.", "empeoró"),
    ("fr", "Avec la forme rémittente-récurrente, qui est la plus fréquente, 86 % n'avaient "
     "pas empiré à cinq ans.", "Avec la forme rémittente-récurrente, qui est la plus "
     "fréquente, 86 % avaient empiré à cinq ans.", "empiré"),
    ("de", "Bei der schubförmig remittierenden Form, die am häufigsten ist, waren 86 % nach "
     "fünf Jahren nicht schlechter.", "Bei der schubförmig remittierenden Form, die am "
     "häufigsten ist, waren 86 % nach fünf Jahren schlechter.", "schlechter"),
    ("it", "Con la forma recidivante-remittente, che è la più comune, l'86 % non era "
     "peggiorato a cinque anni.", "Con la forma recidivante-remittente, che è la più "
     "comune, l'86 % era peggiorato a cinque anni.", "peggiorato"),
    ("pt", "Na forma surto-remissão, que é a mais comum, 86 % não tinham piorado aos cinco "
     "anos.", "Na forma surto-remissão, que é a mais comum, 86 % tinham piorado aos cinco "
     "anos.", "piorado"),
])
def test_a_superlative_in_a_relative_clause(lang: str, faithful: str, wrong: str, words: str
                                            ) -> None:
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    assert caught_at(HSCT, lang, wrong, "direction-flipped", words), said(
        alarms(HSCT, lang, wrong))
