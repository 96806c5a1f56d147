"""A release as it reaches a press desk, by e-mail saved as .eml: read as plain text, its
headers were the draft's title ('From: Press Office <...>') and quoted-printable's soft
line break made '4=\\n0% fewer' a 0 % result."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from plainsum_readers.readers import EmailReader, is_email, sniff

from .helpers import run

QP = b"""From: Press Office <press@uni.example>
To: newsdesk@paper.example
Subject: =?utf-8?q?Fwd=3A_Drug_cuts_heart_attacks_by_40=25?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

A randomised trial of 2,000 adults found that those who took the drug had 4=
0% fewer heart attacks, researchers at the Universit=C3=A9 report.
"""

HTML_ONLY = b"""From: press@uni.example
Subject: Walking cuts falls
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

<html><body><p>A trial of 300 adults in M\xfcnchen.</p><script>x=99</script></body></html>
--b1--
"""


def test_the_subject_is_the_headline_and_the_body_is_decoded() -> None:
    text = EmailReader().read(QP)
    assert text == ("Drug cuts heart attacks by 40%\n\nA randomised trial of 2,000 adults found "
                    "that those who took the drug had 40% fewer heart attacks, researchers at "
                    "the Universit\u00e9 report.")


def test_an_html_only_message_is_read_as_a_page_in_its_charset() -> None:
    assert EmailReader().read(HTML_ONLY) == \
        "Walking cuts falls\n\nA trial of 300 adults in M\u00fcnchen."


def test_an_unknown_charset_still_gives_the_words() -> None:
    text = EmailReader().read(QP.replace(b'charset="utf-8"', b'charset="x-no-such"'))
    assert "40% fewer heart attacks" in text


def test_an_email_is_told_from_a_release_that_starts_with_a_label() -> None:
    assert is_email(QP) and sniff(QP) == "email"
    assert not is_email(b"Title: a release\nDate: today\n\nA trial of 300 adults.\n")
    assert sniff(b"Subject: trial\n\nBody") == "text"  # no From: not a saved message


def test_nested_parts_are_refused_or_read_quickly() -> None:
    nested = b"From: a@b\nSubject: s\n" + b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(3000))
    start = time.perf_counter()
    try:
        EmailReader().read(nested)
    except Exception as exc:  # a one-line refusal, never a crash
        assert type(exc).__name__ == "UnreadableRelease", exc
    assert time.perf_counter() - start < 5


def test_extract_reads_an_eml_file_and_an_email_on_standard_input(pm, tmp_path: Path) -> None:
    release = tmp_path / "release.eml"
    release.write_bytes(QP)
    for args, stdin in (((str(release),), None), (("-",), QP)):
        result = run(pm, "extract", *args, "-o", "-", input=stdin)
        assert result.exit_code == 0, result.stderr
        assert "en: Drug cuts heart attacks by 40%" in result.stdout
        assert "value: 40\n" in result.stdout and "value: 0\n" not in result.stdout


@pytest.mark.parametrize("data", [b"From: a@b\nSubject: \n\n", b"From: a@b\nSubject:\n"])
def test_an_empty_message_is_one_line(data: bytes) -> None:
    with pytest.raises(Exception, match="no subject and no text"):
        EmailReader().read(data)
