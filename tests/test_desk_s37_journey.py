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


HELD_OUT = Path(__file__).parent / "data" / "extract_held_out_18" / "corpus"


def _draft_dict() -> dict:
    """A small draft as extract writes one (its fields, its notes)."""
    return {"schema_version": 1, "draft": "made by plainsum extract", "id": "d", "lang": "es",
            "title": {"es": "Un ensayo"},
            "study": {"condition": "migraine", "intervention": "placebo",
                      "evidence": "randomised", "main_fact": "m"},
            "groups": [{"id": "a", "label": {"es": {"plain": "grupo A",
                                                     "technical": "grupo A"}}}],
            "measures": [{"id": "dias", "label": {"es": {"plain": "días de migraña",
                                                          "technical": "días de migraña"}}}],
            "facts": [{"id": "m", "kind": "mean", "value": 9.8, "group": "a",
                       "measure": "dias", "unit": "Days", "review": "TODO check"}]}


def test_a_draft_with_a_unit_in_the_plural_is_brought_to_the_schemas_form():
    from plainsum.factsheet.conform import conform

    for said, meant in (("Days", "day"), ("weeks", "week"), ("YEARS", "year"),
                        ("points", "point"), ("Minutes", "minute")):
        data = _draft_dict()
        data["facts"][0]["unit"] = said
        conform(data)
        assert data["facts"][0]["unit"] == meant, said


def test_a_value_the_schema_refuses_is_left_out_with_a_note_that_quotes_it():
    import jsonschema
    from plainsum.factsheet.conform import conform
    from plainsum.factsheet.load import schema

    data = _draft_dict()
    data["facts"][0]["unit"] = "furlongs"
    changed = conform(data)
    fact = data["facts"][0]
    assert "unit" not in fact and changed
    assert "furlongs" in fact["review"] and fact["review"].startswith("TODO check\nTODO")
    assert [e for e in jsonschema.Draft202012Validator(schema()).iter_errors(data)
            if list(e.absolute_path)[:1] == ["facts"]] == []
    # a field the schema asks for is never left out: lint names it
    data = _draft_dict()
    data["facts"][0]["value"] = "many"
    conform(data)
    assert data["facts"][0]["value"] == "many"
    assert list(data["facts"][0]) == list(_draft_dict()["facts"][0])  # order kept


def test_every_draft_extract_writes_opens_on_the_review_page(cli, tmp_path):
    """A Spanish release whose means are in 'días': the draft could not be reviewed."""
    release = HELD_OUT / "xg18-01.json"
    draft = tmp_path / "draft.yaml"
    result = cli("extract", str(release), "-o", str(draft))
    assert result.exit_code == 0, result.stderr
    lint = cli("lint", str(draft))
    assert "is not one of" not in lint.stdout + lint.stderr
    page = tmp_path / "review.html"
    result = cli("review", str(draft), "--release", str(release), "-o", str(page))
    assert result.exit_code == 0, result.stderr
    assert page.exists()


def test_each_step_says_the_next_command(cli, tmp_path):
    """After extract, the review page; after lint of a draft, the settle command: a press
    officer was left to find both in the README."""
    release = HELD_OUT / "xg18-05.json"
    draft = tmp_path / "d.yaml"
    result = cli("extract", str(release), "-o", str(draft))
    assert result.exit_code == 0, result.stderr
    assert f"next: plainsum review {draft} --release {release} -o review.html" in result.stderr
    lint = cli("lint", str(draft))
    assert lint.exit_code == 1
    last = lint.stderr.strip().splitlines()[-1]
    assert last.startswith(f"next: settle the notes of each item you have checked: "
                           f"plainsum settle {draft} ITEM...")


def _with_title(tmp_path: Path, lang: str, title: str) -> Path:
    text = TRIAL_FACTS.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    old = data["title"][lang]
    assert text.count(old) == 1
    path = tmp_path / "facts.yaml"
    text = text.replace(old, title).replace("\nlang: en\n", f"\nlang: {lang}\n", 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_lint_refuses_a_title_that_states_a_figure_no_fact_gives(run_cli, tmp_path):
    """Every output opens with the title: a figure in it that the facts do not hold failed
    29 of 31 outputs of a settled Italian sheet that lint had called ok."""
    for lang, title in (
            ("en", "With chlorhexidine, 12% of women got an infection"),
            ("es", "Con clorhexidina, el 12 % de las mujeres tuvo una infección"),
            ("it", "Con la clorexidina, il 12% delle donne ha avuto un'infezione"),
            ("de", "Mit Chlorhexidin hatten 12 % der Frauen eine Infektion")):
        sheet = _with_title(tmp_path, lang, title)
        result = run_cli("lint", str(sheet))
        assert result.exit_code == 2, (lang, result.stdout, result.stderr)
        assert f"title.{lang}:" in result.stdout and "12" in result.stdout, result.stdout
    # a title that states what the sheet says is fine
    sheet = _with_title(tmp_path, "it", "La clorexidina prima del cesareo previene più "
                                        "infezioni rispetto allo iodio")
    assert run_cli("lint", str(sheet)).exit_code == 0


def test_a_draft_field_naming_an_item_the_draft_lacks_is_left_out_with_a_note():
    """A Portuguese survey's confidence intervals were drafted as ranges whose measure
    was an outcome's id: 'plainsum review' refused the draft (no measure with id ...)."""
    from plainsum.factsheet.conform import conform

    data = _draft_dict()
    data["outcomes"] = [{"id": "sintomas", "label": {"es": {"plain": "tuvieron síntomas",
                                                            "technical": "síntomas"}}}]
    data["facts"].append({"id": "r", "kind": "range", "low": 35.0, "high": 38.6,
                          "group": "a", "measure": "sintomas", "review": "TODO check"})
    data["facts"].append({"id": "p", "kind": "proportion", "value": 36.8, "group": "a",
                          "outcome": "nadie"})
    conform(data)
    facts = {f["id"]: f for f in data["facts"]}
    assert "measure" not in facts["r"] and "'sintomas'" in facts["r"]["review"]
    assert facts["r"]["review"].startswith("TODO check\nTODO measure")
    # a proportion cannot do without its outcome: the fact goes, quoted on the sheet
    assert "p" not in facts and "36.8" in data["review"] and "'nadie'" in data["review"]
    from plainsum.factsheet import _reference_problems
    from plainsum.factsheet.load import Located

    assert [e for e in _reference_problems(Located(data, {}), "", None)
            if e.path.startswith("facts")] == []


def test_the_portuguese_survey_draft_opens_on_the_review_page(cli, tmp_path):
    release = HELD_OUT / "xg18-03.json"
    draft = tmp_path / "draft.yaml"
    assert cli("extract", str(release), "-o", str(draft)).exit_code == 0
    result = cli("review", str(draft), "--release", str(release), "-o",
                 str(tmp_path / "r.html"))
    assert result.exit_code == 0, result.stderr


def test_lint_refuses_a_definition_that_states_a_figure_no_fact_gives(run_cli, tmp_path):
    """The outputs that define a term print its definition: a time or a figure in it that
    the checks read against the facts failed the Italian patients' summary."""
    text = TRIAL_FACTS.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    term = next(t for t in data["terms"] if "definition" in t.get("en", {}))
    old = term["en"]["definition"]
    assert text.count(old) == 1
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(text.replace(old, "A skin cleaner; 12% of women who got it had an "
                                       "infection."), encoding="utf-8")
    result = run_cli("lint", str(sheet))
    assert result.exit_code == 2, result.stdout
    assert f"terms[{data['terms'].index(term)}].en.definition:" in result.stdout
    assert "12" in result.stdout and "reword it" in result.stdout


def test_a_draft_with_only_placeholders_left_is_told_to_write_them_not_to_settle_notes(
        run_cli, tmp_path):
    data = _draft_dict()
    data["facts"][0]["unit"] = "day"
    data["outcomes"] = [{"id": "o", "label": {"es": {"plain": "outcome",
                                                     "technical": "outcome"}}}]
    data["facts"][0].pop("review")
    data["terms"] = [{"id": "migraine", "es": {"technical": "migraña", "plain": "migraña",
                                                "definition": "Un dolor de cabeza fuerte."}}]
    sheet = tmp_path / "d.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run_cli("lint", str(sheet))
    assert result.exit_code == 1, result.stdout + result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert "placeholder" in last and f"plainsum settle {sheet} --done" in last
    assert "settle the notes" not in last  # there are none


def test_a_label_with_one_wording_for_both_levels_is_one_entry_to_translate(run_cli,
                                                                             tmp_path):
    """A draft's labels have the same words at both levels: the translator of a Portuguese
    survey got 58 entries, each label twice; now 33, and the sheet reads the one text at
    both levels."""
    from ruamel.yaml import YAML

    yaml_ = YAML()
    yaml_.preserve_quotes, yaml_.width = True, 4096
    data = yaml_.load(strip(TRIAL_FACTS.read_text(encoding="utf-8")))
    data["groups"].append({"id": "nurses", "label": {"en": {"plain": "nurses",
                                                              "technical": "nurses"}}})
    out = io.StringIO()
    yaml_.dump(data, out)
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(out.getvalue(), encoding="utf-8")
    po_path = tmp_path / "es.po"
    assert run_cli("translate", "export", str(sheet), "--lang", "es", "-o",
                   str(po_path)).exit_code == 0
    po = polib.pofile(str(po_path))
    contexts = [e.msgctxt for e in po]
    assert "groups[nurses].label.es" in contexts
    assert not [c for c in contexts if c.startswith("groups[nurses].label.es.")]
    assert "groups[all].label.es.plain" in contexts  # two wordings: two entries, as before
    spanish = yaml.safe_load(SPANISH.read_text(encoding="utf-8"))
    for entry in po:
        entry.msgstr = spanish.get(entry.msgctxt) or "enfermeras"
        entry.flags = []
    po.save(str(po_path))
    assert run_cli("translate", "import", str(sheet), str(po_path)).exit_code == 0
    from plainsum.factsheet import load_factsheet

    loaded = load_factsheet(sheet)
    label = loaded.groups["nurses"].label
    assert label.get("es", "plain") == label.get("es", "technical") == "enfermeras"
    assert run_cli("translate", "export", str(sheet), "--lang", "es", "-o",
                   str(tmp_path / "again.po")).exit_code == 0  # nothing left to translate
    assert not (tmp_path / "again.po").exists()


def test_a_survey_drafts_intervention_placeholder_says_what_to_write_for_a_study_without_one():
    """A Portuguese school survey gave nobody a treatment; lint asked for 'the name the
    release uses' of an intervention it has none of."""
    from plainsum.factsheet.unsettled import unsettled

    data = _draft_dict()
    data["study"].update(intervention="intervention", evidence="observational")
    data["terms"] = [{"id": "intervention", "pt": {"technical": "intervention",
                                                   "plain": "intervention"}}]
    said = [u.message for u in unsettled(data) if u.path[:1] == ("terms",)]
    assert said and all("exposure it looked at" in m for m in said)
    data["study"]["evidence"] = "randomised"  # a trial's treatment is its intervention
    said = [u.message for u in unsettled(data) if u.path[:1] == ("terms",)]
    assert said and not any("exposure" in m for m in said)


def test_extract_writes_the_review_page_at_once(cli, tmp_path):
    """Extract, then review, read the release twice and took two commands: --review
    writes the page beside the draft in the same run."""
    release = HELD_OUT / "xg18-05.json"
    draft, page = tmp_path / "d.yaml", tmp_path / "d.html"
    result = cli("extract", str(release), "-o", str(draft), "--review", str(page))
    assert result.exit_code == 0, result.stderr
    assert draft.exists() and "<html" in page.read_text(encoding="utf-8")
    assert f"wrote {page}:" in result.stderr and "next: plainsum review" not in result.stderr
    # an existing page is kept, and so nothing is written: no draft without its page
    other = tmp_path / "e.yaml"
    result = cli("extract", str(release), "-o", str(other), "--review", str(page))
    assert result.exit_code == 2 and "--force" in result.stderr
    assert not other.exists()
    for args in (("-", "--review", str(page)), (str(release), "--review", str(page)),
                 (str(release), str(release), "-o", str(tmp_path / "many"), "--review",
                  str(page))):
        result = cli("extract", *args)
        assert result.exit_code == 2 and "--review" in result.stderr, (args, result.stderr)
