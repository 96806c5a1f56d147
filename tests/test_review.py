"""``plainsum review``: the page builder (escaping, spans on the right text, links both
ways, the filter's markup) and the command (its errors, and what it writes)."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from plainsum.outputs import Checks, Finding, Output
from plainsum.review.segments import Mark, split

from .conftest import SEED
from .review_pages import HOSTILE, RELEASE, SPANS, hostile_sheet, inline_script, parse

pytest.importorskip("jinja2")


@pytest.fixture
def hostile(tmp_path: Path, registry) -> tuple[str, Path, Path]:
    """The hostile sheet's page, made as the command makes it, and the sheet and release.
    The command refuses a sheet with markup in its wording, as lint does; the page builder
    still escapes whatever it is given (a review note, the release, or such a sheet)."""
    from plainsum.factsheet import load_factsheet
    from plainsum.review import Release, build, render

    sheet, release = hostile_sheet(tmp_path)
    loaded = load_factsheet(sheet, registry.known_terms(), markup_ok=True)
    page = build(loaded, registry, [loaded.lang], list(registry.audiences),
                 Release("release.txt", release.read_text("utf-8")))
    return render(page), sheet, release


def accepted(tmp_path: Path) -> tuple[Path, Path]:
    """The hostile sheet and release, with plain wording where the review command refuses
    markup (title, labels, quotes): the hostile text stays in the review notes and the
    release, which the command takes."""
    import yaml

    sheet, release = hostile_sheet(tmp_path)
    data = yaml.safe_load(sheet.read_text("utf-8"))
    data["title"] = {"en": "A trial"}
    data["groups"][1]["label"]["en"]["plain"] = "people who got the new cleanser"
    data["quotes"][0]["text"] = {"en": "We were surprised"}
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return sheet, release


def test_the_command_refuses_markup_in_the_wording_as_lint_does(tmp_path: Path, cli) -> None:
    """lint, generate and check refuse the hostile sheet; review made a page of it."""
    sheet, release = hostile_sheet(tmp_path)
    page = tmp_path / "review.html"
    result = cli("review", str(sheet), "--release", str(release), "-o", str(page))
    assert result.exit_code == 2, result.output
    [line] = result.stderr.strip().splitlines()
    assert f"{sheet}:4:3: title.en: markup" in line and "Traceback" not in line
    assert not page.exists()
    linted = cli("lint", str(sheet))
    assert linted.exit_code == 2 and "markup" in linted.output


def test_hostile_notes_and_release_through_the_command(tmp_path: Path, cli) -> None:
    sheet, release = accepted(tmp_path)
    page = tmp_path / "review.html"
    result = cli("review", str(sheet), "--release", str(release), "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    tags = parse(html)
    assert "img" not in [tag for tag, _ in tags.tags] and html.count("<script>") == 1
    for payload in HOSTILE:
        assert payload not in html
    text = "".join(t for _, t in tags.texts)
    assert "window.pwned = 'script'" in text and "onerror=" in text


# --- escaping ------------------------------------------------------------------------------

def test_hostile_text_never_becomes_markup(hostile) -> None:
    html, _, _ = hostile
    tags = parse(html)
    names = [tag for tag, _ in tags.tags]
    assert "img" not in names and "svg" not in names
    assert names.count("script") == 1
    assert not [(tag, k) for tag, found in tags.tags for k in found if k.startswith("on")]
    assert all(found["href"].startswith("#") for tag, found in tags.tags if "href" in found)
    for payload in HOSTILE:  # every payload is there, as text
        assert payload not in html
    text = "".join(t for _, t in tags.texts)
    assert "window.pwned = 'script'" in text and "onerror=" in text and "<svg" in text


def test_only_the_pages_own_script_may_run(hostile) -> None:
    html, _, _ = hostile
    script = inline_script(html)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    policy = next(found["content"] for tag, found in parse(html).tags
                  if found.get("http-equiv") == "Content-Security-Policy")
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert "pwned" not in script


def test_no_external_asset(hostile) -> None:
    html, _, _ = hostile
    for tag, found in parse(html).tags:
        assert "src" not in found, tag
        if tag == "link":
            pytest.fail("the page links an external file")
    assert "http://" not in html.split("<body>")[0] and "https://" not in html


# --- the release: spans, notes, links both ways --------------------------------------------

def test_each_fact_is_highlighted_on_its_own_words(hostile) -> None:
    html, _, _ = hostile
    tags = parse(html)
    for i, (fact, words) in enumerate(SPANS.items()):
        assert tags.covered(f"fact-{i}") == words, fact
    assert tags.covered("quote-0").startswith("We were surprised '\"></q><svg")


def test_links_go_both_ways(hostile) -> None:
    html, _, _ = hostile
    tags = parse(html)
    for i in range(len(SPANS)):
        mark, _ = tags.with_id(f"src-fact-{i}")
        assert mark["href"] == f"#fact-{i}" and "hl-fact" in mark["class"]
        back = [found for tag, found in tags.tags if found.get("href") == f"#src-fact-{i}"]
        assert len(back) == 1 and back[0]["class"] == "src"
    assert "no source span" in tags.with_id("fact-3")[1]  # the comparison has none


def test_the_checklist_says_each_fact_in_words(hostile) -> None:
    html, _, _ = hostile
    tags = parse(html)
    _, cohort = tags.with_id("fact-0")
    assert "400" in cohort and "people in the trial" in cohort and "KEY" not in cohort
    assert "checked against the release <script>" in cohort  # its review note, as text
    _, treated = tags.with_id("fact-1")
    assert "5%" in treated and "got an infection" in treated and "30 days" in treated
    assert "people who got <script>" in treated
    main, text = tags.with_id("fact-3")
    assert "is-main" in main["class"] and "main fact" in text


def test_repair_notes_are_marked(tmp_path: Path, cli) -> None:
    sheet, release = accepted(tmp_path)
    release.write_text(RELEASE.replace("surprised", "surprised\u9225\u6a9a") +
                       "\n\u597d\u8272\u5148\u751f (AAN) is a society.\n", "utf-8")
    page = tmp_path / "review.html"
    assert cli("review", str(sheet), "--release", str(release), "-o", str(page)).exit_code == 0
    tags = parse(page.read_text("utf-8"))
    foreign = [(found, text) for found, text in tags.texts
               if "note-foreign-text" in found.get("class", "") and found.get("title")]
    assert [text for _, text in foreign] == ["\u597d\u8272\u5148\u751f"]
    mark = foreign[0][0]
    assert "Han text" in mark["title"] and mark["href"].startswith("#note-")
    _, said = tags.with_id(mark["href"][1:])  # the note in the list, and back
    assert "Han text" in said
    assert mark["id"] == f"at-{mark['href'][1:]}"
    assert [f for _, f in tags.tags if f.get("href") == f"#{mark['id']}"]
    repaired = [(found, text) for found, text in tags.texts
                if "note-mojibake" in found.get("class", "") and found.get("title")]
    assert [text for _, text in repaired] == ["\u2019s"]
    assert "\u9225\u6a9a" in repaired[0][0]["title"]  # what it was, on hover


def test_a_span_outside_the_release_is_said(tmp_path: Path, cli) -> None:
    sheet, release = accepted(tmp_path)
    release.write_text("The trial enrolled 400 people.\n", "utf-8")
    page = tmp_path / "review.html"
    assert cli("review", str(sheet), "--release", str(release), "-o", str(page)).exit_code == 0
    _, text = parse(page.read_text("utf-8")).with_id("fact-1")
    assert "not inside the release" in text


# --- outputs: findings marked, the filter's markup -----------------------------------------

def test_findings_sit_on_their_span_and_link_both_ways() -> None:
    from plainsum.review.model import output_view

    text = "After 10 years, 71 of 100 people did not <b>get</b> worse."
    findings = [Finding("number", "error", "71 is not <i>the</i> 80 of the sheet", fact="x",
                        span=(16, 18)),
                Finding("hedge", "warning", "said \"of 100\"", span=(16, 25)),
                Finding("omission", "error", "the key fact y is missing", fact="y"),
                Finding("point", "info", "a gap", span=(40, 40))]
    output = Output("summary", "summary", "patients", "en", text,
                    checks=Checks(findings=findings))
    view = output_view(output, "o1", {"x": "fact-7"})
    assert "".join(p.text for p in view.pieces) == text
    marked = {p.text: p for p in view.pieces if p.classes}
    assert marked["71"].classes == "finding sev-error" and marked["71"].href == "#o1-f1"
    assert marked[" of 100"].classes == "finding sev-warning"
    assert marked["71"].anchors == ["m-o1-f1", "m-o1-f2"]
    assert [f.placed for f in view.findings] == [True, True, False, True]
    assert view.findings[0].fact_key == "fact-7" and view.findings[2].fact_key == ""
    assert any(pt.title == "a gap" for p in view.pieces for pt in p.points)


def test_the_filter_has_what_it_needs(hostile, registry) -> None:
    html, _, _ = hostile
    tags = parse(html)
    cards = [found for tag, found in tags.tags if tag == "article"]
    assert cards and {c["data-passed"] for c in cards} <= {"0", "1"}
    assert {c["data-lang"] for c in cards} == {"en"}
    assert {c["data-audience"] for c in cards} <= set(registry.audiences)
    for c in cards:
        assert ("fail" in c["class"].split()) == (c["data-passed"] == "0")
    ids = {found.get("id") for _, found in tags.tags}
    assert {"only-fails", "lang-filter", "audience-filter", "shown"} <= ids


def test_other_languages_sit_beside_the_sheets(tmp_path: Path, cli) -> None:
    page = tmp_path / "review.html"
    result = cli("review", str(SEED / "facts.yaml"), "--lang", "es", "--audience", "patients",
                 "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    tags = parse(html)
    es = [found for tag, found in tags.tags if tag == "article" and found["data-lang"] == "es"]
    en = [found for tag, found in tags.tags if tag == "article" and found["data-lang"] == "en"]
    assert es and len(es) == len(en)
    assert html.count('class="pair two"') == len(es)
    assert "Readability:" in html and "Clear Communication Index" in html


def test_a_language_without_wording_is_shown_with_the_reason(tmp_path: Path, cli) -> None:
    sheet, _ = accepted(tmp_path)
    page = tmp_path / "review.html"
    result = cli("review", str(sheet), "--lang", "es", "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    assert 'data-lang="es" data-fails="1"' in html and "no es wording for" in html


# --- the text cut into runs ----------------------------------------------------------------

@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)),
                                      max_size=6))
def test_runs_give_back_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [Mark(a, b, i) for i, (a, b) in enumerate(spans)]
    runs = split(text, marks)
    assert "".join(r.text for r in runs) == text
    for run in runs:
        for i in run.covering:
            a, b = spans[i]
            assert a <= run.start and run.start + len(run.text) <= b


# --- the command ---------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["missing.yaml", "-o", "out.html"], "missing.yaml: no such file"),
    (["{sheet}", "-o", "out.html", "--reader", "text"], "--reader only applies with --release"),
    (["{sheet}", "-o", "out.html", "--lang", "xx"], "xx"),
    (["{sheet}", "-o", "out.html", "--lang", ","], "--lang is empty"),
    (["{sheet}", "-o", "{sheet}"], "fact sheet this run reads"),
    # through a folder that does not exist yet: written, it would land on the sheet
    (["{sheet}", "-o", "{dir}/nosuch/../facts.yaml", "--force"], "fact sheet this run reads"),
    (["{sheet}", "-o", "out.html", "--release", "nothing.txt"], "nothing.txt: no such file"),
])
def test_bad_input_is_one_line_and_status_2(tmp_path: Path, cli, monkeypatch, args,
                                            message) -> None:
    monkeypatch.chdir(tmp_path)
    sheet, _ = accepted(tmp_path)
    result = cli("review", *[a.replace("{sheet}", str(sheet)).replace("{dir}", str(sheet.parent))
                             for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.html").exists()


def test_the_page_is_not_overwritten_without_force(tmp_path: Path, cli) -> None:
    sheet, _ = accepted(tmp_path)
    page = tmp_path / "review.html"
    page.write_text("mine", "utf-8")
    result = cli("review", str(sheet), "-o", str(page))
    assert result.exit_code == 2 and "use --force" in result.stderr
    assert page.read_text("utf-8") == "mine"
    assert cli("review", str(sheet), "-o", str(page), "--force").exit_code == 0
    assert page.read_text("utf-8").startswith("<!doctype html>")


def test_a_binary_release_is_refused(tmp_path: Path, cli) -> None:
    sheet, release = accepted(tmp_path)
    release.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    result = cli("review", str(sheet), "--release", str(release), "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 2 and "not text" in result.stderr


def test_start_up_does_not_load_jinja2() -> None:
    code = ("import sys; from plainsum.cli import review; "
            "print('jinja2' in sys.modules, 'plainsum.review' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_template_escapes_and_has_no_safe_filter() -> None:
    folder = Path(__import__("plainsum.review", fromlist=["x"]).__file__).parent
    template = (folder / "page.html.jinja").read_text("utf-8")
    assert "|safe" not in template.replace(" ", "") and "autoescape false" not in template
    assert re.search(r"autoescape=True", (folder / "html.py").read_text("utf-8"))
