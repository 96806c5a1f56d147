"""What a reader sees is what is checked: a text given with another language than it is
written in is refused (read with the wrong words, a reversed finding passes), and a
right-to-left override that shows a reader other characters than the checker reads is an
error of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from plainsum.cli import main
from plainsum.pipeline import reordered

ROOT = Path(__file__).resolve().parents[1]
FACTS = str(ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml")
GERMAN = ("Nach 10 Jahren waren 71 von 100 Menschen mit schubförmiger MS stärker eingeschränkt "
          "als vor der Transplantation. Ohne Vergleichsgruppe lässt sich nicht sagen, ob die "
          "Transplantation die Ursache war.")


def _check(tmp_path: Path, text: str, *options: str):
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", FACTS, str(path), "--require", "none",
                                       *options])
    assert "Traceback" not in result.output
    return result


def test_a_text_in_another_language_than_given_is_refused(tmp_path):
    result = _check(tmp_path, GERMAN, "--lang", "en")
    assert result.exit_code == 2
    assert "reads as de, not en" in result.stderr and "--lang de" in result.stderr
    assert _check(tmp_path, GERMAN, "--lang", "de").exit_code == 1  # the reversal is found


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "A los 10 años, 71 de cada 100 personas con EM remitente-recurrente no habían "
           "empeorado."),
    ("pt", "Ao fim de 10 anos, 71 em cada 100 pessoas com EM surto-remissão não tinham "
           "piorado."),
    ("en", "MS: 71%."),  # too short to tell: read as given
])
def test_a_text_in_the_given_language_is_read(tmp_path, lang, text):
    assert _check(tmp_path, text, "--lang", lang).exit_code in (0, 1)


def test_a_right_to_left_override_is_an_error(tmp_path):
    text = "In the study, \u202e71\u202c% did not get worse after 10 years."
    found = reordered(text)
    assert [f.rule for f in found] == ["reading-order"] and found[0].span == (14, 15)
    result = _check(tmp_path, text, "--lang", "en")
    assert result.exit_code == 1 and " error reading-order " in result.output
    assert reordered("In the study, 71% did not get worse.") == []
