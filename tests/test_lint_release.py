"""``plainsum lint --release``: every value with a source span is literally at that span of
the release as extract repairs it; a mismatch is a located lint line and exit status 1.
And the summary line ``extract`` prints counts every item the gate will ask about."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from plainsum.factsheet.unsettled import unsettled

from .conftest import ROOT, SEED

sys.path.insert(0, str(ROOT / "plugins"))
RELEASE = SEED / "release.txt"
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<path>\S+): (?P<msg>\S.*)$")


@pytest.fixture
def drafted(cli, tmp_path) -> tuple[Path, str]:
    """The seed release's draft and the repaired text its spans point into."""
    out, repaired = tmp_path / "draft.yaml", tmp_path / "repaired.txt"
    result = cli("extract", str(RELEASE), "-o", str(out), "--repaired-text", str(repaired))
    assert result.exit_code == 0, result.output
    return out, repaired.read_text(encoding="utf-8").removesuffix("\n")


def settle(text: str) -> dict:
    """What a reviewer who accepts every item does: delete the draft field, and the TODO
    of every note (keeping the notes as remarks)."""
    data = yaml.safe_load(text)
    data.pop("draft")

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "review" and isinstance(value, str):
                    node[key] = re.sub(r"(?m)^TODO ", "", value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return data


def dump(data: dict, path: Path) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


def mismatches(result) -> list[re.Match]:
    found = [LINE.match(line) for line in result.stdout.splitlines()]
    assert all(found), result.stdout
    return [m for m in found if re.search(r"of the release \(the text there|is not inside "
                                          r"the release's text", m["msg"])]


def test_the_drafts_values_are_at_their_spans(cli, drafted):
    from plainsum_extract import repaired_text

    path, repaired = drafted
    # lint reads the release as extract does: the text --repaired-text wrote
    assert repaired_text(RELEASE.read_text(encoding="utf-8")) == repaired
    result = cli("lint", str(path), "--release", str(RELEASE))
    assert result.exit_code == 1  # a draft
    assert mismatches(result) == []
    settled = dump(settle(path.read_text(encoding="utf-8")), path.with_name("settled.yaml"))
    assert unsettled(yaml.safe_load(settled.read_text(encoding="utf-8"))) == []
    ok = cli("lint", str(settled), "--release", str(RELEASE))
    assert ok.exit_code == 0, ok.output
    assert ok.stdout == ""


def _edit(path: Path, section: str, item_id: str, field: str, value: object) -> Path:
    """The draft with one field of one item changed, written as a settled sheet."""
    data = settle(path.read_text(encoding="utf-8"))
    [item] = [x for x in data[section] if x["id"] == item_id]
    item[field] = value
    return dump(data, path.with_name(f"edited-{section}-{field}.yaml"))


@pytest.mark.parametrize("section, item_id, field, value, words", [
    ("facts", "relapsing-remitting-ms-10y", "value", 72, "value 72 is not written"),
    ("facts", "period", "end", 2018, "end 2018 is not written"),
    ("times", "5y", "value", 6, "value 6 is not written"),
    ("quotes", "quote-so-far", "text", {"en": "So far, new treatments have helped."},
     "is not written"),
    ("facts", "all-5y", "source_span", [10**6, 10**6 + 3], "is not inside the release"),
])
def test_a_value_that_is_not_at_its_span_is_a_located_mismatch(cli, drafted, section, item_id,
                                                               field, value, words):
    path, _ = drafted
    edited = _edit(path, section, item_id, field, value)
    lines = edited.read_text(encoding="utf-8").splitlines()
    result = cli("lint", str(edited), "--release", str(RELEASE))
    assert result.exit_code == 1, result.output
    [m] = mismatches(result)
    assert m["file"] == str(edited) and words in m["msg"]
    data = yaml.safe_load(edited.read_text(encoding="utf-8"))
    index = [x["id"] for x in data[section]].index(item_id)
    shown = "source_span" if field == "source_span" else field
    assert m["path"] == f"{section}[{index}].{shown}"
    assert lines[int(m["line"]) - 1].lstrip(" -").startswith(f"{shown}:")
    assert "1 value not at its span of the release" in result.stderr


def test_single_values_in_source_spans_are_checked(cli, drafted):
    path, _ = drafted
    data = settle(path.read_text(encoding="utf-8"))
    data["title"]["en"] = "Stem Cell Transplants Cure MS"
    data["source"]["dateline"] = "Boston"
    data["publication"]["date"] = "2021-01-21"
    funder = data["funding"][0]
    [org] = [o for o in data["organisations"] if o["id"] == funder]
    org["name"] = "Italian Multiple Sclerosis Society"
    out = dump(data, path.with_name("single.yaml"))
    result = cli("lint", str(out), "--release", str(RELEASE))
    assert result.exit_code == 1
    assert sorted(m["path"] for m in mismatches(result)) == sorted([
        "source_spans['funding[0]']", "source_spans['publication.date']",
        "source_spans['source.dateline']", "source_spans.title"])


def test_spans_into_a_different_release_are_reported(cli, drafted, tmp_path):
    path, _ = drafted
    other = tmp_path / "other.txt"
    other.write_text("A different release. " * 40, encoding="utf-8")
    result = cli("lint", str(path), "--release", str(other))
    assert result.exit_code == 1
    assert len(mismatches(result)) >= 10


@pytest.mark.parametrize("args, words", [
    (["--reader", "text"], "--reader only applies with --release"),
    (["--release", "nope.txt"], "nope.txt"),
    (["--release", "release.pdf"], "PDF"),
])
def test_release_option_errors_are_bad_input(cli, drafted, tmp_path, monkeypatch, args, words):
    path, _ = drafted
    monkeypatch.chdir(tmp_path)
    (tmp_path / "release.pdf").write_bytes(b"%PDF-1.4 binary")
    result = cli("lint", str(path), *args)
    assert result.exit_code == 2
    assert words in result.stderr and "Traceback" not in result.output


def test_extracts_summary_counts_every_item_to_settle(cli, drafted, tmp_path):
    path, _ = drafted
    result = cli("extract", str(RELEASE), "-o", str(path), "--force")
    items = unsettled(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert len(items) > 20
    [line] = [x for x in result.stderr.splitlines() if x.startswith("wrote ")]
    assert f"; {len(items)} items to settle: the draft field, " in line
    lint = cli("lint", str(path))
    assert len(lint.stdout.splitlines()) == len(items)


@pytest.mark.parametrize("span", [["a", 3], [1.5, 2], [3], "12-14", None, [-5, 2], [True, 4]])
def test_odd_spans_never_crash_the_comparison(cli, drafted, span):
    path, _ = drafted
    data = settle(path.read_text(encoding="utf-8"))
    data["facts"][0]["source_span"] = span
    data["source_spans"]["title"] = span
    out = dump(data, path.with_name("odd.yaml"))
    result = cli("lint", str(out), "--release", str(RELEASE))
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output and "unexpected" not in result.output
    assert all(LINE.match(line) for line in result.stdout.splitlines())


def test_every_placeholder_extract_writes_is_listed_by_lint(cli, tmp_path):
    """A release with no headline, condition or treatment named: whatever stand-ins the
    draft holds (labels, term forms, definitions), lint lists each one, and the title
    drafted from the first sentence with its note."""
    from plainsum.factsheet.unsettled import PLACEHOLDER_LABELS, PLACEHOLDER_TITLES

    release = tmp_path / "release.txt"
    release.write_text("The study followed 200 people for five years. After five years, 30% "
                       "of them had the outcome.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert cli("extract", str(release), "-o", str(out)).exit_code == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    words = PLACEHOLDER_LABELS | PLACEHOLDER_TITLES
    stand_ins = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in ("id", "review", "draft", "keywords"):
                    walk(value, f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{path}[{i}]")
        elif isinstance(node, str) and (" ".join(node.split()).lower() in words
                                        or node.endswith("is what this study is about.")):
            stand_ins.append(path)

    walk(data, "")
    shown = re.compile(r"^title\.|\.label\.|"
                       r"^terms\[\d+\]\.[a-z-]+\.(?:technical|plain|definition)$")
    stand_ins = [p for p in stand_ins if shown.search(p)]  # words a reader sees, not ids
    # no headline: the first sentence is drafted as the title, with a note lint lists
    assert data["title"]["en"] == "The study followed 200 people for five years"
    lint = cli("lint", str(out)).stdout
    assert "TODO note title" in lint
    listed = {LINE.match(line)["path"] for line in lint.splitlines()}
    assert set(stand_ins) <= listed, set(stand_ins) - listed


@pytest.mark.parametrize(("lang", "release", "value", "wrong"), [
    ("es", "Unos 2,5 millones de personas viven con la enfermedad.", 2_500_000, 250_000),
    ("es", "El gasto llegó a 3 mil millones de dólares.", 3_000_000_000, 3_000),
    ("de", "Rund 1,2 Millionen Menschen sind betroffen.", 1_200_000, 1_200),
    ("fr", "Le coût atteint 3 milliards d'euros.", 3_000_000_000, 3_000_000),
    ("it", "Circa 5 miliardi di euro ogni anno.", 5_000_000_000, 5_000_000),
    ("pt", "Cerca de 2 mil milhões de euros.", 2_000_000_000, 2_000),
    ("en", "About 2.5 million people live with it.", 2_500_000, 2_500),
])
def test_scale_words_count_in_the_sheets_language(lang, release, value, wrong):
    """A value written with the language's scale word ("2,5 millones") is at its span; the
    same digits standing for another value are not."""
    start = next(i for i, c in enumerate(release) if c.isdigit())
    fact = {"id": "f1", "kind": "count", "source_span": [start, len(release) - 1]}
    assert _mismatches(lang, release, {**fact, "value": value}) == []
    assert len(_mismatches(lang, release, {**fact, "value": wrong})) == 1


def _mismatches(lang: str, release: str, fact: dict) -> list:
    """What lint --release finds of a one-fact sheet in ``lang`` against ``release``."""
    from plainsum.factsheet.load import parse_yaml
    from plainsum.factsheet.spancheck import mismatches
    from plainsum.plugins import collect, get_plugin_manager

    pack = collect(get_plugin_manager()).languages[lang]
    sheet = yaml.safe_dump({"lang": lang, "facts": [fact]})
    return mismatches(parse_yaml(sheet, "s.yaml"), release, "release.txt", pack)


@pytest.mark.parametrize(("lang", "release", "value", "wrong"), [
    ("de", "Stürze traten in der Kontrollgruppe doppelt so häufig auf.", 2, 3),
    ("es", "Las caídas fueron el doble de frecuentes sin el programa.", 2, 3),
    ("it", "Le cadute sono state il doppio nel gruppo di controllo.", 2, 3),
    ("pt", "As quedas foram o dobro no grupo de controlo.", 2, 3),
    ("fr", "Les chutes ont été deux fois plus fréquentes sans le programme.", 2, 3),
    ("de", "Stürze waren dreimal so häufig.", 3, 2),
])
def test_a_multiple_in_words_is_written(lang, release, value, wrong):
    """A fold change a release says in the language's word for a multiple ("doppelt so
    häufig", "el doble", "dreimal") is at its span; another multiple is not."""
    fact = {"id": "f1", "kind": "relative-change", "unit": "fold",
            "source_span": [0, len(release)]}
    assert _mismatches(lang, release, {**fact, "value": value}) == []
    assert len(_mismatches(lang, release, {**fact, "value": wrong})) == 1
