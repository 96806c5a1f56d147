"""Render outputs and findings as text, JSON or Markdown. The JSON shapes are a contract."""

from __future__ import annotations

import json
from typing import Any

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
    return f"{name}:{line}:{col}: {finding.severity} {finding.rule} {finding.message}{extra}"


def readability_line(checks: Checks) -> str | None:
    r = checks.readability
    if r is None:
        return None
    if r.target is None:
        goal = "no target"
    else:
        goal = f"target {'≥' if r.higher_is_easier else '≤'} {r.target:g}"
    status = "ok" if r.passed else "FAIL"
    band = f", {r.band}" if r.band else ""
    return f"readability: {r.formula} {r.score:.1f} ({goal}{band}) {status}"


def check_json(name: str, lang: str, audience: str | None, checks: Checks,
               extra: dict[str, Any] | None = None) -> str:
    data = {"file": name, "lang": lang, "audience": audience, "passed": checks.passed,
            "readability": checks.readability.to_json() if checks.readability else None,
            "findings": [f.to_json() for f in checks.findings]}
    data.update(extra or {})
    return json.dumps(data, indent=2, ensure_ascii=False)


def generate_json(factsheet: str, outputs: list[Output]) -> str:
    return json.dumps({"factsheet": factsheet, "outputs": [o.to_json() for o in outputs]},
                      indent=2, ensure_ascii=False)


def output_title(output: Output) -> str:
    return f"{output.generator}/{output.variant} · {output.audience} · {output.lang}"


def generate_text(outputs: list[Output]) -> str:
    blocks = []
    for output in outputs:
        status = "passed" if output.checks.passed else "FAILED"
        lines = [f"== {output_title(output)} [{status}]", output.text.rstrip(), ""]
        summary = readability_line(output.checks)
        if summary:
            lines.append(summary)
        for finding in output.checks.findings:
            lines.append(finding_line(output.variant, output.text, finding))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def generate_markdown(factsheet: str, outputs: list[Output]) -> str:
    parts = [f"# Outputs for `{factsheet}`", ""]
    for output in outputs:
        status = "✅ passed" if output.checks.passed else "❌ failed"
        parts += [f"## {output_title(output)}", "", output.text.rstrip(), "",
                  f"*{status}*" + (f" — {readability_line(output.checks)}"
                                   if output.checks.readability else ""), ""]
        for finding in output.checks.findings:
            parts.append(f"- **{finding.severity}** `{finding.rule}`: {finding.message}")
        if output.checks.findings:
            parts.append("")
    return "\n".join(parts)
