"""Faster forms of the claims, names, directions and limitations readers give exactly what
the plain forms give (bench/bundle.py)."""

from __future__ import annotations

import random

import regex

from tests.test_speedups import _suite_texts

ODD = ["ß", "İ", "ı", "K", "ſ", "\u00a0", "\u202f", "\x1c", "\x1f", "\u2028", "\x85", "\t",
       "\n\n", "’", "ǅ", "ﬁ", "Σ"]


def _mixed(rnd: random.Random, words: list[str], n: int = 60) -> list[str]:
    """Texts of a list's own words in odd cases, glued to odd letters and spaces."""
    out = []
    for _ in range(n):
        picked = [w.upper() if rnd.random() < 0.3 else w.capitalize() if rnd.random() < 0.3
                  else w for w in rnd.sample(words, min(3, len(words)))]
        glue = [rnd.choice([*ODD, " ", "", "-", "x"]) for _ in picked]
        out.append("".join(g + w for g, w in zip(glue, picked, strict=True)))
    return out


def test_the_anchor_words_a_text_holds_are_those_a_substring_test_finds(registry) -> None:
    """:class:`AnchorSet` finds, sentence by sentence, the words a plain substring test of
    the folded text finds: on the suite's texts, texts of the words themselves in odd
    cases and glued to odd letters and white space, and sentences that touch."""
    from plainsum.lexicon import Lexicon
    from plainsum_checks.anchors import fold
    from plainsum_checks.claims import _vocab

    rnd = random.Random(23)
    suite = _suite_texts()
    compared = held = 0
    for code, pack in sorted(registry.languages.items()):
        looked_up = _vocab(pack).held
        words = list(looked_up.words)
        if not words:
            continue  # a pack without claim phrases
        memo = Lexicon(None, pack)  # type: ignore[arg-type]
        texts = suite.get(code, [])[:40] + _mixed(rnd, words)
        texts += [". ".join(_mixed(rnd, words, 4)) for _ in range(40)]
        for text in texts:
            want = {w for w in words if w in fold(text)}
            spans = pack.sentence_spans(text)
            cut = [(a, b) for x, y in spans for a, b in ((x, (x + y) // 2), ((x + y) // 2, y))
                   if a < b]  # sentences that touch: a word may run over from one to the next
            for parts in (spans, cut, spans[1:], [(0, len(text))]):
                assert looked_up.held_by_sentence(text, parts, memo, "t") == want, (code, text)
            assert looked_up.held(text) == want
            compared += 1
            held += bool(want)
    assert compared > 300 and held > 200


def test_a_pattern_with_words_of_white_space_is_not_looked_up_by_sentence() -> None:
    from plainsum_checks.anchor_sets import AnchorSet

    assert AnchorSet.usable(frozenset({"cause", "prevent"}))
    assert not AnchorSet.usable(frozenset({"cause and", "prevent"}))
    assert not AnchorSet.usable(frozenset({"cause\u00a0and"}))
    assert not AnchorSet.usable(frozenset({""}))
    assert not AnchorSet.usable(None)


def test_causal_hits_are_those_each_pattern_finds_on_its_own(registry) -> None:
    """The claim patterns run with the words looked up once per text find what each
    finds run as :meth:`Anchored.finditer` runs it (and the attributing and "cause and
    effect" patterns what their plain forms find)."""
    from plainsum_checks import claims

    rnd = random.Random(29)
    suite = _suite_texts()
    compared = found = 0
    for code, pack in sorted(registry.languages.items()):
        vocab = claims._vocab(pack)
        words = list(vocab.held.words)
        plain = [claims._compile(claims._ATTRIBUTING.get(code, ())), vocab.causation]
        texts = suite.get(code, [])[:60] + _mixed(rnd, words, 80)
        for text in texts:
            held = vocab.held.held(text)
            for p in (*vocab.causal_each, *vocab.causing_each):
                want = claims._hits(p, text, 0, len(text))
                assert claims._whole(vocab, p, text, held) == want, (code, text)
                found += len(want)
            for p, fast in zip(plain, (claims._attributing(code), vocab.causation_each),
                               strict=True):
                want = claims._hits(p, text, 0, len(text))
                assert claims._whole(vocab, fast, text, held) == want, (code, text)
                found += len(want)
            compared += 1
    assert compared > 300 and found > 50


def test_name_forms_a_word_may_start_are_those_the_full_test_keeps(registry) -> None:
    """The name forms kept per word are those whose first word it is or looks like
    (:func:`_name_kin` not OTHER), in the order the sheet gives them."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext
    from plainsum_checks.names import OTHER, _Known, _name_kin

    root = Path(__file__).resolve().parents[1]
    sheet = load_factsheet(str(root / "examples/chlorhexidine-csection-2016/facts.yaml"),
                           registry.known_terms())
    pack = registry.language("en")
    known = _Known(CheckContext(sheet, pack, None, Lexicon(sheet, pack)))
    words = {w for item in known.names for key in item.keys for w in key}
    words |= {w[:-1] + "x" for w in words if len(w) > 3} | {"and", "tuuli", "the", "x"}
    checked = 0
    for word in sorted(words):
        want = [(item, key, form) for item, key, form in known.initials.get(word[:1], ())
                if _name_kin(word, key[0]) != OTHER]
        assert known.names_starting(word) == want
        assert known.name_starts[word] == want
        checked += bool(want)
    assert checked > 5


def test_term_forms_a_word_may_stand_in_are_those_an_alignment_can_start_at(registry) -> None:
    """The term forms kept per word leave out only those whose anchor word it is quite
    unlike (:func:`kin` OTHER), where neither alignment finds a garbled copy; and a
    garbled term is still found where one is."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext
    from plainsum_checks.names import OTHER, _Known, _read, _term_corruptions, kin
    from plainsum_checks.text import tokens

    root = Path(__file__).resolve().parents[1]
    sheet = load_factsheet(str(root / "seeds/hsct-ms-2021/facts.yaml"), registry.known_terms())
    pack = registry.language("en")
    known = _Known(CheckContext(sheet, pack, None, Lexicon(sheet, pack)))
    words = {w for entries in known.anchors.values() for _, key, _, _ in entries for w in key}
    words |= {w[:-2] + "xy" for w in words if len(w) > 4} | {"transmission", "stem", "cells"}
    kept = 0
    for word in sorted(words):
        want = [e for e in known.anchors.get(word[:3], ()) if kin(word, e[1][e[3]]) != OTHER]
        assert known.terms_at(word) == want
        kept += len(want)
    assert kept > 5
    plain = _Known(CheckContext(sheet, pack, None, Lexicon(sheet, pack)))
    plain.terms_at = lambda word: plain.anchors.get(word[:3], [])  # type: ignore[method-assign]
    for sentence in ["They had a hematopoietic stem cell transmission in the trial.",
                     "Stem cell transplants and gas transmissions were compared.",
                     "After the transplant, relapsing-remitting MS got better."]:
        part = _read(sentence, known)
        found = _term_corruptions(sentence, tokens(sentence), known, frozenset(), part.scan)
        assert found == _term_corruptions(sentence, tokens(sentence), plain, frozenset(),
                                          _read(sentence, plain).scan)
        assert any(f.rule == "term-corrupted" for _, f in found) == ("trans" in sentence
                                                                      and "mission" in sentence)


def test_a_text_is_flattened_as_the_white_space_pattern_flattens_it() -> None:
    from plainsum_checks.limitations import _SPACE, _flat

    rnd = random.Random(31)
    texts = ["", " ", "a  b", " A\u00a0B\u202fC\u2028D\x85E\tF\n\nG ", "x\x1cy \x1f z",
             "l’étude ǅ ß İ", "\x1c", " \x1d "]
    texts += ["".join(rnd.choice([*ODD, "a", "B", " ", "é"]) for _ in range(12))
              for _ in range(300)]
    for text in texts:
        plain = _SPACE.sub(" ", text.replace("’", "'")).casefold().strip()
        assert _flat(text) == plain, repr(text)
    assert regex.search(_SPACE, "\x1c") is None  # the case the fast path leaves to it


def test_a_statement_is_said_as_the_word_by_word_comparison_finds(registry) -> None:
    """The sentence words compared with a statement's only where they begin alike give
    the same words said (and the same statements) as comparing every pair, on the
    sheets' negated statements and the suite's sentences in their languages."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext
    from plainsum_checks.polarity import _akin, _read_sheet, _said_at, need
    from plainsum_checks.text import tokens

    def plain(st, norms):  # the form before the speed-up
        if not any(_akin(h, n) for n in norms if len(n) >= 4 for h in st.heads):
            return None
        hits, found = [], set()
        for i, norm in enumerate(norms):
            if len(norm) < 4:
                continue
            word = next((w for w in st.words if w not in found and _akin(w, norm)), None)
            if word is not None:
                found.add(word)
                hits.append(i)
        return None if not found & st.heads or len(found) < need(st) else tuple(hits)

    root = Path(__file__).resolve().parents[1]
    suite = _suite_texts()
    compared = said = 0
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for code in ("en", "es", "fr", "de", "it", "pt"):
            pack = registry.language(code)
            statements = _read_sheet(CheckContext(sheet, pack, None, Lexicon(sheet, pack)))
            texts = suite.get(code, [])[:30] + [s.text for s in statements]
            for text in texts:
                for a, b in pack.sentence_spans(text):
                    norms = tuple(t.norm for t in tokens(text[a:b]))
                    for st in statements:
                        want = plain(st, norms)
                        assert _said_at.__wrapped__(st, norms) == want
                        compared += 1
                        said += want is not None
    assert compared > 1000 and said > 20


def test_differences_read_per_sentence_are_those_read_in_the_text(monkeypatch) -> None:
    """The invented-difference rule reads a sentence's stated differences once per run
    in its own words where no look-behind reaches over its start and no word past its
    end: the same findings as reading every sentence in its text, on the effect texts of
    the sheets with no-difference results, and the same texts run on with paragraph
    breaks and with sentences that end on a hyphen."""
    from plainsum.pipeline import CheckContext
    from plainsum_checks import claims

    from tests import corruption as C

    own_words = claims._own_words
    reg = C.registry()
    texts: dict[tuple[str, str], list[str]] = {}
    for source in C.effect_texts():
        texts.setdefault((source.sheet, source.lang), []).append(source.text)
        texts[source.sheet, source.lang] += [c.text for c in C.effect_corruptions(source)
                                             if c.kind == "invented-difference"]
    compared = found = 0
    for (sid, lang), some in sorted(texts.items()):
        sheet = C.sheet(sid)
        if not claims._no_differences(sheet):
            continue
        variants = []
        for text in some[:25] + [t for t in some[25:] if "differ" in t or "than" in t][:25]:
            variants += [text, text.replace(". ", "\n\n"), text.replace(". ", "-\n\n"),
                         text.replace(". ", ". -  ")]
        for text in variants:
            got = []
            for alone in (False, True):
                monkeypatch.setattr(claims, "_own_words",
                                    lambda *a, alone=alone: alone and own_words(*a))
                context = CheckContext(sheet, reg.language(lang), None, C.lexicon(sid, lang))
                got.append([f.to_json() for f in claims.invented_differences(text, context)])
            assert got[1] == got[0], (sid, lang, text)
            compared += 1
            found += len(got[0])
    assert compared > 100 and found > 5


def test_a_sentence_is_read_alone_only_after_a_full_stop_and_not_ending_on_a_hyphen(
        registry) -> None:
    from plainsum_checks.claims import _own_words

    pack = registry.language("de")
    for text, want in [
            ("Weniger Blutungen. Seltener als in der Klinik.", [True, True]),
            ("Weniger Blutungen\n\nals in der Klinik.", [True, False]),  # a look-behind
            ("Es gab weniger „Blutungen.“ Seltener als sonst.", [True, True]),
            ("Klinik- und Arztbesuche: Klinik-\n\nund Arzt.", [False, False]),
            ("  Vorne Leerraum. Dann mehr.", [False, True])]:
        spans = pack.sentence_spans(text)
        assert [_own_words(text, spans, k) for k in range(len(spans))] == want, text
