"""Whether a change to how the checker reads texts left its findings exactly as they were.

    python bench/exactness.py corpus CORPUS.json            # the texts (once, with this tree)
    PYTHONPATH=OLD/core:OLD/plugins python bench/exactness.py findings CORPUS.json OLD.json
    python bench/exactness.py findings CORPUS.json NEW.json
    python bench/exactness.py compare OLD.json NEW.json

A speed change to the checker's reading (a part read per sentence instead of per text, a
memo) must give the same findings on every text, not only on the tests' texts. The corpus
is every generated output of every example sheet in every language (the seed and
``examples/*/facts.yaml``; the example Dutch pack's too when installed), the faithful and
corrupted texts of ``tests/data/effects`` and the corruption suite with its paraphrases
(``tests/corruption.py``). The texts are written down once, so that a tree whose generators
have changed since is still checked on the same texts.

``findings`` checks every text with all validators, the texts of one sheet and language
sharing one run's lexicon (so what a run remembers of one text is found again by the
next, as in a bundle), and writes each text's findings; run it with an older tree first
on the path (``PYTHONPATH``) for the findings before the change. ``compare`` prints how
many texts differ, and the first few differences; it exits 1 when any does.

The fact sheets are read from the tree this script stands in, not from the one on the
path: to compare two copies of the code on the same sheets while the sheets of a shared
checkout change, run each copy's own ``bench/exactness.py`` (or both from one tree), never
the checkout's script with an older copy on the path against a later run of it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")


def _suite() -> Any:
    sys.path.insert(0, str(ROOT))
    from tests import corruption

    return corruption


def sheet_files() -> list[Path]:
    return [ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml",
            *sorted((ROOT / "examples").glob("*/facts.yaml"))]


def corpus() -> list[dict[str, Any]]:
    """Every text to check: (sheet, language, text, which facts it must state)."""
    from plainsum.pipeline import generate

    C = _suite()
    reg = C.registry()
    cases: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()

    def add(sheet: str, lang: str, text: str, require: str, origin: str) -> None:
        if (sheet, lang, text) not in seen:
            seen.add((sheet, lang, text))
            cases.append({"sheet": sheet, "lang": lang, "text": text, "require": require,
                          "origin": origin})

    ids = {path.resolve(): sid for sid, (path, evidence) in C.EFFECT_SHEETS.items()
           if evidence is None}
    for path in sheet_files():
        sid = ids[path.resolve()]
        sheet = C.sheet(sid)
        for lang in LANGS:
            if lang not in reg.languages:
                continue
            try:
                outputs = generate(sheet, reg, [lang], list(reg.audiences), check=False)
            except Exception as exc:  # a pack without this sheet's wording
                print(f"  {sid} {lang}: not generated ({exc})", file=sys.stderr)
                continue
            for o in outputs:
                add(sid, lang, o.text, "key", "generated")
    for source in C.effect_texts(""):
        add(source.sheet, source.lang, source.text, source.require, "effects")
        for c in C.effect_corruptions(source):
            add(source.sheet, source.lang, c.text, source.require, "effects-corrupted")
    suite = C.suite()
    for source in suite.faithful:
        add(source.sheet, source.lang, source.text, source.require, "suite")
    for c in suite.corrupted:
        add(c.source.sheet, c.lang, c.text, c.source.require, "suite-corrupted")
    return cases


def findings(cases: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Each case's findings, all validators, one lexicon per sheet and language."""
    from plainsum.pipeline import CheckContext, check_text

    C = _suite()
    reg = C.registry()
    out = []
    for case in cases:
        sid, lang = case["sheet"], case["lang"]
        context = CheckContext(C.sheet(sid), reg.language(lang), None, C.lexicon(sid, lang),
                               require=case["require"])
        found = check_text(case["text"], context, reg, with_readability=False).findings
        out.append([f.to_json() for f in found])
    return out


def compare(old: list[Any], new: list[Any], cases: list[dict[str, Any]] | None,
            show: int = 5) -> int:
    differ = [k for k, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    print(f"{len(old)} texts, {len(differ)} with different findings")
    for k in differ[:show]:
        where = f" ({cases[k]['sheet']} {cases[k]['lang']} {cases[k]['origin']})" if cases else ""
        gone = [f for f in old[k] if f not in new[k]]
        came = [f for f in new[k] if f not in old[k]]
        print(f"- text {k}{where}: gone {gone}; new {came}"
              + ("; same findings, another order" if not gone and not came else ""))
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("corpus").add_argument("out")
    run = sub.add_parser("findings")
    run.add_argument("corpus")
    run.add_argument("out")
    cmp = sub.add_parser("compare")
    cmp.add_argument("old")
    cmp.add_argument("new")
    cmp.add_argument("--corpus", help="the corpus, to say where each differing text is from")
    args = parser.parse_args(argv)
    if args.command == "corpus":
        cases = corpus()
        Path(args.out).write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
        print(f"{len(cases)} texts")
        return 0
    if args.command == "findings":
        cases = json.loads(Path(args.corpus).read_text(encoding="utf-8"))
        start = time.process_time()
        found = findings(cases)
        Path(args.out).write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        print(f"{len(cases)} texts checked, CPU {time.process_time() - start:.1f} s")
        return 0
    old = json.loads(Path(args.old).read_text(encoding="utf-8"))
    new = json.loads(Path(args.new).read_text(encoding="utf-8"))
    cases = json.loads(Path(args.corpus).read_text(encoding="utf-8")) if args.corpus else None
    return compare(old, new, cases)


if __name__ == "__main__":
    sys.exit(main())
