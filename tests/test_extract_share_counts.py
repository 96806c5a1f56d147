"""A share keeps the count and total a release gives beside it ('16.2 percent (60 of
371)', '54 of 65 children (83 percent)'), and only when they make that share. The texts
are made up for these tests; none is taken from a real release."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract.facts import find  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

HEAD = ("Probiotic fails to prevent diarrhoea\n\nResearchers randomly assigned 742 children "
        "to a probiotic or placebo.\n\n")


def _shares(body: str) -> dict[float, dict]:
    return {f["value"]: f for f in find(repair(HEAD + body), {}).facts
            if f["kind"] == "proportion"}


def test_the_count_and_total_in_a_parenthesis_after_a_share_are_its_own():
    shares = _shares("Diarrhoea occurred in 16.2 percent of children in the probiotic group "
                     "(60 of 371) and 17.5 percent in the placebo group (65 of 371).")
    assert (shares[16.2].get("count"), shares[16.2].get("of")) == (60, 371)
    assert (shares[17.5].get("count"), shares[17.5].get("of")) == (65, 371)


def test_a_count_and_total_that_do_not_make_the_share_are_not_taken():
    shares = _shares("Diarrhoea occurred in 16.2 percent of children in the probiotic group "
                     "(12 of 371 needed a doctor).")
    assert "count" not in shares[16.2]


def test_a_count_of_a_total_before_a_share_is_the_count_not_the_total():
    shares = _shares("Diarrhoea occurred in 54 of 65 children (83 percent) in the probiotic "
                     "group.")
    assert (shares[83].get("count"), shares[83].get("of")) == (54, 65)


def test_a_count_said_before_its_group_and_share_is_the_shares_count():
    shares = _shares("Diarrhoea was avoided by 320 of 371 children in the probiotic group "
                     "(86.3%) and by 300 of 371 in the placebo group (80.9%).")
    assert (shares[86.3].get("count"), shares[86.3].get("of")) == (320, 371)
    assert (shares[80.9].get("count"), shares[80.9].get("of")) == (300, 371)


def test_a_count_before_its_group_that_does_not_make_the_share_is_not_taken():
    shares = _shares("Diarrhoea was avoided by 320 of 371 children in the probiotic group "
                     "(56.3%).")
    assert shares[56.3].get("count") is None
