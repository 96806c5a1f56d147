"""Render outputs and findings as text, JSON or Markdown. The JSON shapes are a contract."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from typing import Any

from .files import printable
from .outputs import Checks, Finding, Output


class LineIndex:
    """Line and column of any offset of one text, by bisection over its line starts (a
    count of newlines per finding grows with the square of a long text)."""

    def __init__(self, text: str):
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


_SPACES = re.compile(r"\s+")


def shown(value: str) -> str:
    """A finding's value as a reader sees it, in quotes: any run of spaces (a no-break
    space, a line break inside the span) one plain space, not a Python repr's escapes."""
    return f"'{_SPACES.sub(' ', value).strip()}'"


def finding_lines(name: str, text: str, findings: list[Finding]) -> Iterator[str]:
    """``file:line:col: severity rule message`` for each finding, like a linter."""
    index = LineIndex(text)
    for finding in findings:
        line, col = index.line_col(finding.span[0]) if finding.span else (1, 1)
        extra = ""
        # a fact's id given as what is expected is no value: the message says the fact
        expected = None if finding.expected == finding.fact else finding.expected
        if finding.found is not None and expected is not None:
            extra = f" (found {shown(finding.found)}, expected {shown(expected)})"
        elif expected is not None:
            extra = f" (expected {shown(expected)})"
        yield printable(f"{name}:{line}:{col}: {finding.severity} {finding.rule} "
                        f"{finding.message}{extra}")


def readability_line(checks: Checks) -> str | None:
    r = checks.readability
    if r is None:
        return None
    if r.target is None:
        goal = "no target"
    else:
        goal = f"target {'≥' if r.higher_is_easier else '≤'} {r.target:g}"
    status = "ok" if r.passed else "FAIL"
    if not r.scored:
        return f"readability: {r.formula}: no words to score ({goal}) {status}"
    band = f", {r.band}" if r.band else ""
    return f"readability: {r.formula} {r.score:.1f} ({goal}{band}) {status}"


def score_lines(checks: Checks) -> list[str]:
    """One line per score a validator gave (``cci: Clear Communication Index 83.3 (5 of 6
    items; not passed: action)``)."""
    return [printable(f"{name}: {score.line()}") for name, score in checks.scores.items()]


def check_json(name: str, lang: str, audience: str | None, checks: Checks,
               extra: dict[str, Any] | None = None) -> Iterator[str]:
    """The check's JSON object, line by line, one finding a line: a long text can have a
    hundred thousand findings, so they are neither indented by json's pure-Python encoder
    nor held in memory as one string."""
    data = {"file": name, "lang": lang, "audience": audience, "passed": checks.passed,
            "readability": checks.readability.to_json() if checks.readability else None,
            **checks.scores_json(), **(extra or {})}
    head = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)
    if not checks.findings:
        yield f'{head[:-2]},\n  "findings": []\n}}'
        return
    yield f'{head[:-2]},\n  "findings": ['
    last = len(checks.findings) - 1
    for i, finding in enumerate(checks.findings):
        line = json.dumps(finding.to_json(), ensure_ascii=False, allow_nan=False)
        yield f"    {line}{',' if i < last else ''}"
    yield "  ]\n}"


def generate_json(factsheet: str, outputs: list[Output], draft: bool = False) -> str:
    """``draft``: the sheet is a draft (every output's text begins with the DRAFT line)."""
    return json.dumps({"factsheet": factsheet, "draft": draft,
                       "outputs": [o.to_json() for o in outputs]},
                      indent=2, ensure_ascii=False, allow_nan=False)


def output_title(output: Output) -> str:
    return f"{output.generator}/{output.variant} · {output.audience} · {output.lang}"


def generate_text(outputs: list[Output]) -> str:
    blocks = []
    for output in outputs:
        status = "passed" if output.checks.passed else "FAILED"
        status += " · DRAFT" if output.draft else ""
        lines = [f"== {output_title(output)} [{status}]", printable(output.text.rstrip()), ""]
        summary = readability_line(output.checks)
        if summary:
            lines.append(summary)
        lines += score_lines(output.checks)
        lines += finding_lines(output.variant, output.text, output.checks.findings)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


# Characters that make Markdown (or the HTML it may hold) out of text anywhere in a line,
# and those that do at the start of one (a heading, a list, a rule).
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~&])")
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)  # four spaces would start a code block
_LINE_START = re.compile(r"^(\s*)([-=+#]|\d+(?=[.)]))", re.MULTILINE)


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows exactly that text: no markup, link, HTML or heading
    can come from a sheet's title or a plugin's output."""
    escaped = _MARKDOWN.sub(r"\\\1", _INDENT.sub("", printable(text)))
    return _LINE_START.sub(lambda m: f"{m.group(1)}{_escape_start(m.group(2))}", escaped)


def _escape_start(token: str) -> str:
    return f"{token}\\" if token[0].isdigit() else f"\\{token}"


def generate_markdown(factsheet: str, outputs: list[Output]) -> str:
    draft = " · DRAFT" if any(o.draft for o in outputs) else ""  # seen in any table of contents
    parts = [f"# Outputs for {markdown_text(factsheet)}{draft}", ""]
    for output in outputs:
        status = "✅ passed" if output.checks.passed else "❌ failed"
        status += " · DRAFT" if output.draft else ""
        summary = readability_line(output.checks)
        parts += [f"## {markdown_text(output_title(output))}", "",
                  markdown_text(output.text.rstrip()), "",
                  f"*{status}*" + (f" — {markdown_text(summary)}" if summary else ""), ""]
        for line in score_lines(output.checks):
            parts += [f"*{markdown_text(line)}*", ""]
        for finding in output.checks.findings:
            parts.append(f"- **{finding.severity}** {markdown_text(finding.rule)}: "
                         f"{markdown_text(finding.message)}")
        if output.checks.findings:
            parts.append("")
    return "\n".join(parts)
