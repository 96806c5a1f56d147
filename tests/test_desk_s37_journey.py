"""A press officer's day with a release in another language (round 37): what stopped or
misled them on the way from a release to checked outputs, each fixed and pinned here."""

from __future__ import annotations

import io
from pathlib import Path

import polib
import yaml

from .conftest import TRIAL_FACTS
from .test_translate import SPANISH, strip


def _english_with_unused_outcome(tmp_path: Path) -> Path:
    """The trial sheet with English wording only, and one more outcome that no fact uses
    (a reviewer kept it while settling a draft: a check reads it, no output does)."""
    from ruamel.yaml import YAML

    yaml_ = YAML()
    yaml_.preserve_quotes, yaml_.width = True, 4096
    data = yaml_.load(strip(TRIAL_FACTS.read_text(encoding="utf-8")))
    data["outcomes"].append({"id": "hospital-stay-extra",
                             "label": {"en": {"plain": "stayed in hospital longer",
                                              "technical": "prolonged hospital stay"}}})
    out = io.StringIO()
    yaml_.dump(data, out)
    path = tmp_path / "facts.yaml"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_export_lists_what_check_needs_so_check_works_after_the_round_trip(run_cli, tmp_path):
    sheet = _english_with_unused_outcome(tmp_path)
    po_path = tmp_path / "es.po"
    result = run_cli("translate", "export", str(sheet), "--lang", "es", "-o", str(po_path))
    assert result.exit_code == 0, result.stderr
    po = polib.pofile(str(po_path))
    contexts = {e.msgctxt for e in po}
    # the outcome no output says is still one a text in Spanish is checked against
    assert "outcomes[hospital-stay-extra].label.es.plain" in contexts
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    for entry in po:
        entry.msgstr = spanish.get(entry.msgctxt) or "estuvieron más tiempo en el hospital"
        entry.flags = []
    po.save(str(po_path))
    assert run_cli("translate", "import", str(sheet), str(po_path)).exit_code == 0
    text = tmp_path / "post.txt"
    text.write_text("Un estudio con mujeres a las que se hizo una cesárea.\n", encoding="utf-8")
    result = run_cli("check", str(sheet), str(text), "--lang", "es", "--require", "none")
    assert "wording for" not in result.stderr, result.stderr
    assert result.exit_code in (0, 1), result.stderr
