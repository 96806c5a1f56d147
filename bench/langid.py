"""Telling a text's language: the packs' function words against py3langid.

    python bench/langid.py

``plainsum check`` without ``--lang`` names the text's language from the installed packs'
function words (``core/plainsum/langid.py``). py3langid (a maintained fork of langid.py,
with its model in the package: nothing downloaded) is a library for it. Both are asked to
choose among the installed packs only, on the regression suite's faithful texts (every
generated output of the example sheets and the hand-written paraphrases), the hand-written
texts of the effect suite, and the seed's Dutch outputs; each whole, as its first
sentence, and as its first eight words. Prints the share each names right, per language
and length, the time per call and the import time. py3langid is not a dependency (see
docs/libraries.md): install it to run this.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def texts(registry) -> list[tuple[str, str]]:
    """(language, text) of every faithful text, and the seed's Dutch outputs."""
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate

    from tests import corruption as C

    out = [(f.lang, f.text) for f in C.faithful()]
    out += [(f.lang, f.text) for f in C.effect_texts(None)]
    if "nl" in registry.languages:
        sheet = load_factsheet(str(ROOT / "seeds/hsct-ms-2021/facts.yaml"),
                               registry.known_terms())
        out += [("nl", o.text) for o in generate(sheet, registry, ["nl"],
                                                 list(registry.audiences), check=False)]
    return out


def cuts(text: str, pack) -> dict[str, str]:
    """The text whole, its first sentence and its first eight words."""
    spans = pack.sentence_spans(text)
    first = text[spans[0][0]:spans[0][1]] if spans else text
    return {"whole": text, "sentence": first, "8 words": " ".join(text.split()[:8])}


def main() -> None:
    from plainsum.langid import identify
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    packs = list(registry.languages.values())
    codes = sorted(registry.languages)

    start = time.perf_counter()
    try:
        import py3langid
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    except ImportError:
        sys.exit("bench/langid.py: needs py3langid, which plainsum does not use "
                 "(pip install py3langid)")

    identifier = LanguageIdentifier.from_modelpath(Path(MODEL_DIR) / MODEL_FILE)
    identifier.set_languages(codes)
    loaded = time.perf_counter() - start
    print(f"py3langid: import and model load {loaded * 1000:.0f} ms "
          f"(version {getattr(py3langid, '__version__', '?')})")

    def ours(text: str) -> str:
        try:
            return identify(text, packs)
        except Exception:
            return "?"

    def theirs(text: str) -> str:
        return identifier.classify(text)[0]

    items = texts(registry)
    right: Counter = Counter()
    total: Counter = Counter()
    seconds: Counter = Counter()
    wrong: dict[str, list[str]] = {"ours": [], "py3langid": []}
    for lang, text in items:
        for cut, part in cuts(text, registry.language(lang)).items():
            total[lang, cut] += 1
            for name, say in (("ours", ours), ("py3langid", theirs)):
                start = time.process_time()
                got = say(part)
                seconds[name, cut] += time.process_time() - start
                right[name, lang, cut] += got == lang
                if got != lang and len(wrong[name]) < 6 and cut != "8 words":
                    wrong[name].append(f"{lang}->{got}: {part[:70]!r}")
    print(f"{len(items)} texts; right / total per language and length")
    for cut in ("whole", "sentence", "8 words"):
        print(f"\n{cut}")
        for name in ("ours", "py3langid"):
            cells = [f"{lang} {right[name, lang, cut]}/{total[lang, cut]}" for lang in codes]
            n = sum(right[name, lang, cut] for lang in codes)
            t = sum(total[lang, cut] for lang in codes)
            print(f"  {name:10s} {n / t:6.1%}  " + "  ".join(cells)
                  + f"  ({seconds[name, cut] / t * 1e6:.0f} µs per call)")
    for name, shown in wrong.items():
        for line in shown:
            print(f"  {name} wrong: {line}")


if __name__ == "__main__":
    main()
