"""Render outputs and findings as text, JSON or Markdown. The JSON shapes are a contract."""

from __future__ import annotations

import json
import re
from typing import Any

from .files import printable
from .outputs import Checks, Finding, Output


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def finding_line(name: str, text: str, finding: Finding) -> str:
    """``file:line:col: severity rule message``, like a linter."""
    line, col = line_col(text, finding.span[0]) if finding.span else (1, 1)
    extra = ""
    if finding.found is not None and finding.expected is not None:
        extra = f" (found {finding.found!r}, expected {finding.expected!r})"
    elif finding.expected is not None:
        extra = f" (expected {finding.expected!r})"
    return printable(f"{name}:{line}:{col}: {finding.severity} {finding.rule} "
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


def check_json(name: str, lang: str, audience: str | None, checks: Checks,
               extra: dict[str, Any] | None = None) -> str:
    data = {"file": name, "lang": lang, "audience": audience, "passed": checks.passed,
            "readability": checks.readability.to_json() if checks.readability else None,
            "findings": [f.to_json() for f in checks.findings]}
    data.update(extra or {})
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)


def generate_json(factsheet: str, outputs: list[Output]) -> str:
    return json.dumps({"factsheet": factsheet, "outputs": [o.to_json() for o in outputs]},
                      indent=2, ensure_ascii=False, allow_nan=False)


def output_title(output: Output) -> str:
    return f"{output.generator}/{output.variant} · {output.audience} · {output.lang}"


def generate_text(outputs: list[Output]) -> str:
    blocks = []
    for output in outputs:
        status = "passed" if output.checks.passed else "FAILED"
        lines = [f"== {output_title(output)} [{status}]", printable(output.text.rstrip()), ""]
        summary = readability_line(output.checks)
        if summary:
            lines.append(summary)
        for finding in output.checks.findings:
            lines.append(finding_line(output.variant, output.text, finding))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


# Characters that make Markdown (or the HTML it may hold) out of text anywhere in a line,
# and those that do at the start of one (a heading, a list, a rule).
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(\s*)([-=+#]|\d+(?=[.)]))", re.MULTILINE)


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows exactly that text: no markup, link, HTML or heading
    can come from a sheet's title or a plugin's output."""
    escaped = _MARKDOWN.sub(r"\\\1", printable(text))
    return _LINE_START.sub(lambda m: f"{m.group(1)}{_escape_start(m.group(2))}", escaped)


def _escape_start(token: str) -> str:
    return f"{token}\\" if token[0].isdigit() else f"\\{token}"


def generate_markdown(factsheet: str, outputs: list[Output]) -> str:
    parts = [f"# Outputs for {markdown_text(factsheet)}", ""]
    for output in outputs:
        status = "✅ passed" if output.checks.passed else "❌ failed"
        summary = readability_line(output.checks)
        parts += [f"## {markdown_text(output_title(output))}", "",
                  markdown_text(output.text.rstrip()), "",
                  f"*{status}*" + (f" — {markdown_text(summary)}" if summary else ""), ""]
        for finding in output.checks.findings:
            parts.append(f"- **{finding.severity}** {markdown_text(finding.rule)}: "
                         f"{markdown_text(finding.message)}")
        if output.checks.findings:
            parts.append("")
    return "\n".join(parts)
