"""The analysis of a text (plainsum.analysis) is made once per text, by ``check_text``,
and every validator reads the same one: no part of it is worked out twice, a validator
called on its own still gets it, and a plugin's validator can read it (or ignore it)."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from plainsum.analysis import Part, TextAnalysis, analyse, analysis_of
from plainsum.hookspecs import hookimpl
from plainsum.lexicon import Lexicon
from plainsum.outputs import Finding
from plainsum.pipeline import CheckContext, check_text, generate
from plainsum.plugins import collect
from plainsum_checks import analysis as parts
from plainsum_checks.facts import FactValidator

TEXT = ("In a trial of 400 people, 5% of the people who got the new cleanser got an "
        "infection within 30 days, against 10% of the people who got the usual cleanser. "
        "Fewer people got an infection with the new cleanser.")

SHARED = (parts.NUMBERS, parts.DIRECTIONS, parts.GROUP_CUES, parts.QUOTES, parts.TOKENS,
          parts.CLAIMS, parts.FACTS, parts.NAMES, parts.RECALL)


@pytest.fixture
def counted(monkeypatch):
    """How often each part is read, and which validators asked for it."""
    reads: Counter[str] = Counter()
    asked: dict[str, set[str]] = {}
    for part in SHARED:
        def read(a, _read=part.read, _name=part.name):
            reads[_name] += 1
            return _read(a)
        monkeypatch.setattr(part, "read", read)
    get = TextAnalysis.__getitem__

    def getitem(self, part):
        import inspect

        caller = inspect.stack()[1].frame.f_globals.get("__name__", "")
        asked.setdefault(part.name, set()).add(caller.rsplit(".", 1)[-1])
        return get(self, part)

    monkeypatch.setattr(TextAnalysis, "__getitem__", getitem)
    return reads, asked


def _context(registry, sheet, audience=None, lexicon=None):
    pack = registry.language("en")
    return CheckContext(sheet, pack, audience, lexicon or Lexicon(sheet, pack), require="all")


def test_each_part_is_read_once_however_many_validators_ask(plainsum_registry,
                                                            plainsum_factsheet, counted):
    reads, asked = counted
    context = _context(plainsum_registry, plainsum_factsheet)
    checks = check_text(TEXT, context, plainsum_registry, with_readability=False)
    assert context.analysis is not None and context.analysis.text == TEXT
    # the numbers are asked for by several of the checks' modules, and read once
    assert len(asked["numbers"]) >= 3, asked["numbers"]
    assert reads["numbers"] == 1
    assert reads and set(reads.values()) == {1}, reads
    # each validator again, on the same context: nothing is read anew, nothing changes
    again = [f for name in plainsum_registry.validators
             for f in plainsum_registry.call("validators", name, "validate", TEXT, context)]
    assert set(reads.values()) == {1}, reads
    assert {(f.rule, f.span) for f in again} >= {(f.rule, f.span) for f in checks.findings
                                                 if f.rule != "draft-line"}


def test_outputs_of_a_run_are_analysed_once_per_text(plainsum_registry, plainsum_factsheet,
                                                     counted):
    reads, _ = counted
    outputs = generate(plainsum_factsheet, plainsum_registry, ["en"],
                       ["patients", "press"], ["summary", "social"])
    texts = {o.text for o in outputs}
    assert len(texts) > 1
    # every checked text is read once, whatever the number of outputs that share it
    assert reads["numbers"] == len(texts)
    assert reads["facts"] == len(texts)


def test_the_analysis_is_the_texts_not_the_audiences(plainsum_registry, plainsum_factsheet):
    patients, press = (plainsum_registry.audience(a) for a in ("patients", "press"))
    first = _context(plainsum_registry, plainsum_factsheet, patients)
    second = CheckContext(first.factsheet, first.pack, press, first.lexicon)
    check_text(TEXT, first, plainsum_registry, with_readability=False)
    check_text(TEXT, second, plainsum_registry, with_readability=False)
    assert first.analysis is second.analysis  # one run, one text: one analysis
    assert first.analysis.context.audience is None  # its parts cannot read the audience
    other = _context(plainsum_registry, plainsum_factsheet, patients)  # another run
    check_text(TEXT, other, plainsum_registry, with_readability=False)
    assert other.analysis is not first.analysis


def test_a_validator_called_on_its_own_reads_the_same_analysis(plainsum_registry,
                                                               plainsum_factsheet):
    context = _context(plainsum_registry, plainsum_factsheet)
    alone = FactValidator().validate(TEXT, context)  # no check_text: no analysis handed
    assert context.analysis is None
    analysis = analysis_of(TEXT, context)
    assert parts.FACTS in analysis and parts.NUMBERS in analysis
    assert analyse(TEXT, context) is analysis
    checked = check_text(TEXT, context, plainsum_registry, with_readability=False)
    assert context.analysis is analysis
    ours = {(f.rule, f.span) for f in checked.findings}
    assert {(f.rule, f.span) for f in alone} <= ours


def test_the_parts_hold_what_the_text_says(plainsum_registry, plainsum_factsheet):
    context = _context(plainsum_registry, plainsum_factsheet)
    analysis = analyse(TEXT, context)
    assert [TEXT[a:b].split()[0] for a, b in analysis.sentences] == ["In", "Fewer"]
    said = {(m.value, m.percent) for m in analysis[parts.NUMBERS]}
    assert {(400, None), (30, None)} <= said and {5, 10} <= {p for _, p in said}
    for m in analysis[parts.NUMBERS]:
        assert TEXT[m.start:m.end] == m.text
    assert {c.item for c in analysis[parts.GROUP_CUES]} >= {"treated", "control"}
    second = analysis[parts.DIRECTIONS][-1]
    assert "infected" in second.outcomes and second.said  # "Fewer ... got an infection"
    assert analysis.parts[0] == "numbers" and "directions" in analysis.parts


class Counting:
    """A third-party plugin: two validators that share a part of their own and read the
    checks' numbers, and one that ignores the analysis altogether."""

    def __init__(self):
        self.seen: list[object] = []
        self.reads = 0
        counting = self

        def read(a):
            counting.reads += 1
            return [m.span() for m in re.finditer(r"\b[A-Z]{3,}\b", a.text)]

        self.part: Part[list[tuple[int, int]]] = Part("shouts", read)

    @hookimpl
    def register_validators(self, register):
        register(_Reader("first-figure", self))
        register(_Reader("shouts", self))
        register(_Ignoring())


class _Reader:
    def __init__(self, name, plugin):
        self.name, self.plugin = name, plugin

    def validate(self, text, context):
        analysis = context.analysis
        self.plugin.seen.append(analysis)
        if self.name == "shouts":
            return [Finding("analysis-shout", "warning", "A shout.", span=s)
                    for s in analysis[self.plugin.part]]
        figures = analysis[parts.NUMBERS]
        first = analysis.sentences[0]
        return [Finding("analysis-first-figure", "warning", "The first figure.",
                        found=m.text, span=(m.start, m.end))
                for m in figures[:1] if first[0] <= m.start < first[1]]


class _Ignoring:
    name = "ignoring"

    def validate(self, text, context):
        return [Finding("analysis-ignored", "warning", "Checked without the analysis.")]


def test_a_plugins_validator_reads_the_analysis(register_plugin, plainsum_pm, run_cli,
                                                 plainsum_factsheet, plainsum_factsheet_path,
                                                 tmp_path):
    plugin = Counting()
    register_plugin(plugin, "analysis-reader")
    registry = collect(plainsum_pm)
    assert {"first-figure", "shouts", "ignoring"} <= set(registry.validators)
    text = TEXT.replace("Fewer", "FEWER")
    context = _context(registry, plainsum_factsheet)
    found = check_text(text, context, registry, with_readability=False).findings
    assert len(plugin.seen) == 2 and all(a is context.analysis for a in plugin.seen)
    assert plugin.reads == 1
    shouted = text.index("FEWER")
    assert [f.span for f in found if f.rule == "analysis-shout"] == [(shouted, shouted + 5)]
    assert [f.found for f in found if f.rule == "analysis-first-figure"] == ["400"]
    assert any(f.rule == "analysis-ignored" for f in found)
    # through the command line, with the JSON it always gave
    path = tmp_path / "text.txt"
    path.write_text(text + "\n", "utf-8")
    result = run_cli("check", str(plainsum_factsheet_path), str(path), "--lang", "en",
                     "--require", "none", "--format", "json")
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert {"analysis-shout", "analysis-first-figure", "analysis-ignored"} <= rules


def test_the_plugin_is_gone_after_its_test(plainsum_registry):
    assert "first-figure" not in plainsum_registry.validators


def test_the_documented_example_works(register_plugin, plainsum_pm, plainsum_factsheet):
    """docs/plugins.md's example of validators reading the analysis, run as written."""
    import types

    from .conftest import ROOT

    doc = (ROOT / "docs" / "plugins.md").read_text("utf-8")
    section = doc.split("#### The analysis of the text", 1)[1].split("\n#### ", 1)[0]
    [code] = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    module = types.ModuleType("analysis_example")
    exec(compile(code, "docs/plugins.md", "exec"), module.__dict__)

    class Example:
        @hookimpl
        def register_validators(self, register):
            register(module.FigureInFirstSentence())
            register(module.Shouting())

    register_plugin(Example(), "analysis-example")
    registry = collect(plainsum_pm)
    text = TEXT.replace("Fewer", "FEWER")
    found = check_text(text, _context(registry, plainsum_factsheet), registry,
                       with_readability=False).findings
    first = [f for f in found if f.rule == "figure-first"]
    assert {"400", "5%", "10%"} <= {f.found for f in first}
    assert all(f.span[1] <= text.index("FEWER") for f in first)
    assert [f.span for f in found if f.rule == "shouting"] == [
        (text.index("FEWER"), text.index("FEWER") + 5)]


def test_the_analysis_reads_the_text_validators_get(plainsum_registry, plainsum_factsheet):
    """Invisible characters are taken out before the analysis: its figures are read as a
    reader sees them, and the findings' spans still point into the text as written."""
    wrong = TEXT.replace("400", "450")  # a figure the sheet does not have
    hidden = TEXT.replace("400", "4\u200b50")
    context = _context(plainsum_registry, plainsum_factsheet)
    checks = check_text(hidden, context, plainsum_registry, with_readability=False)
    assert context.analysis.text == wrong
    assert 450 in {m.value for m in context.analysis[parts.NUMBERS]}
    plain = check_text(wrong, _context(plainsum_registry, plainsum_factsheet),
                       plainsum_registry, with_readability=False)
    assert [f.rule for f in checks.findings] == [f.rule for f in plain.findings]
    placed = [f for f in checks.findings if f.span is not None and f.found]
    assert any(f.found.replace("\u200b", "") == "450" for f in placed)
    for f in placed:
        assert hidden[f.span[0]:f.span[1]] == f.found
