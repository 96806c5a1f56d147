"""Capitalised headings: a heading that opens the study's own account ("WHAT THEY FOUND",
"HOW THE STUDY WAS DONE") keeps what stands under it as study text, while a publisher's
heading ("ABOUT ...", "MEDIA CONTACT", an institution's name) still sets its paragraph apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

import plainsum_extract  # noqa: E402
from plainsum_extract.repair import repair  # noqa: E402

BODY = ("Walking daily lowered blood pressure in older adults, a trial at Northfield Hospital "
        "found.\n\n{head1}\n\nThe team enrolled 412 adults aged 65 or older and randomly "
        "assigned them to a walking programme or usual care for 12 months.\n\n{head2}\n\n"
        "Systolic blood pressure fell by a mean of 6.1 mmHg in the walking group and by "
        "1.2 mmHg in the usual-care group.\n")


def _flagged(text: str, needle: str) -> bool:
    rep = repair(text)
    at = rep.text.index(needle)
    return rep.in_boilerplate(at)


@pytest.mark.parametrize("head1,head2", [
    ("HOW THE STUDY WAS DONE", "WHAT THEY FOUND"),
    ("STUDY DESIGN", "KEY FINDINGS"),
    ("METHODS", "RESULTS"),
    ("TRIAL AT A GLANCE", "THE NUMBERS"),
])
def test_a_study_section_heading_keeps_its_paragraph(head1, head2):
    text = BODY.format(head1=head1, head2=head2)
    assert not _flagged(text, "The team enrolled 412")
    assert not _flagged(text, "Systolic blood pressure fell")
    draft = plainsum_extract.extract_draft("Walking lowers blood pressure\n\n" + text,
                                           source="x", lang="en", bank={})
    values = {f.get("value") for f in draft.data.get("facts", [])}
    assert -6.1 in values


@pytest.mark.parametrize("heading", [
    "ABOUT NORTHFIELD HOSPITAL", "MEDIA CONTACT", "NORTHFIELD UNIVERSITY HOSPITAL",
    "IMPORTANT SAFETY INFORMATION", "FORWARD LOOKING STATEMENTS",
])
def test_a_publisher_heading_still_sets_its_paragraph_apart(heading):
    text = BODY.format(head1="METHODS", head2="RESULTS") + (
        f"\n{heading}\n\nNorthfield Hospital cares for 90,000 patients a year in 14 clinics.\n")
    assert _flagged(text, "Northfield Hospital cares for")
    assert not _flagged(text, "Systolic blood pressure fell")
