"""A figure followed by "longer/shorter/more/less ... than" is the gap between two groups,
never the first group's own value (issue 14; one of our generated outputs, "The TST full
was 85.5 minutes longer in people who got HETLIOZ than in people who got placebo", failed
its own check with wrong-context against the 315.8-minute mean). SPEED applied the
checker's patch to facts.py (3dca6fe); this is its test, on a sheet written here. A gap the
sheet does not give is still an error.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from plainsum.cli import App, main
from plainsum.plugins import get_plugin_manager

SHEET = """\
schema_version: 1
id: s37-gap
lang: en
title:
  en: A sleep drug lengthened total sleep time in a trial
study:
  condition: insomnia
  intervention: sleepdrug
  design: [placebo]
  evidence: randomised
  main_fact: drug-difference
groups:
- id: all
  label:
    en: {plain: people in the study, technical: participants}
- id: drug
  label:
    en: {plain: people who got the sleep drug, technical: sleep drug group}
- id: placebo
  label:
    en: {plain: people who got placebo, technical: placebo group}
outcomes:
- id: slept
  label:
    en: {plain: slept longer, technical: had a longer total sleep time}
measures:
- id: total-sleep
  label:
    en: {plain: total sleep time, technical: total sleep time}
terms:
- id: insomnia
  key: true
  en: {technical: insomnia, plain: trouble sleeping, definition: Trouble falling or staying asleep.}
- id: sleepdrug
  key: true
  en: {technical: sleepdrug, plain: a sleep drug, definition: A drug taken to help sleep.}
facts:
- id: n
  kind: count
  value: 320
  group: all
  key: true
- id: drug-mean
  kind: mean
  value: 315.8
  group: drug
  measure: total-sleep
  unit: minute
  key: true
- id: placebo-mean
  kind: mean
  value: 230.3
  group: placebo
  measure: total-sleep
  unit: minute
  key: true
- id: drug-difference
  kind: difference
  value: 85.5
  group: drug
  versus: placebo
  measure: total-sleep
  unit: minute
  key: true
"""
SAID = ("The total sleep time was {} minutes longer in people who got the sleep drug than "
        "in people who got placebo.\n")


@pytest.fixture(scope="module")
def sheet_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("s37gap") / "facts.yaml"
    path.write_text(SHEET, encoding="utf-8")
    return path


def _check(sheet_path, tmp_path, figure: str) -> str:
    text = tmp_path / "text.txt"
    text.write_text(SAID.format(figure), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(sheet_path), str(text), "--require",
                                       "none"], obj=App(pm=get_plugin_manager()))
    assert "Traceback" not in result.output
    return result.output


def test_the_gap_is_no_groups_own_value(sheet_path, tmp_path) -> None:
    out = _check(sheet_path, tmp_path, "85.5")
    assert "wrong-context" not in out and "passed (0 errors)" in out, out


def test_a_gap_the_sheet_does_not_give_is_caught(sheet_path, tmp_path) -> None:
    out = _check(sheet_path, tmp_path, "95.5")
    assert "unsupported-number" in out, out
