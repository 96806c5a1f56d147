"""Word patterns compiled with ``re`` (:mod:`plainsum_checks.plain_regex`) match exactly as
the ``regex`` patterns they replace: on every plain character, proven exhaustively; on a
text with any other character, by handing it to ``regex``."""

from __future__ import annotations

import re

import pytest
import regex
from plainsum_checks import plain_regex
from plainsum_checks.plain_regex import PLAIN_RANGES

PLAIN = [chr(c) for a, b in PLAIN_RANGES for c in range(a, b + 1)]
# each construct a translation lets through, as ``re`` reads it and as ``regex`` does
CONSTRUCTS = [(r"[^\W\d_]", r"\p{L}"), (r"\d", r"\p{N}"), (r"[^\W_]", r"[\p{L}\p{N}]"),
              (r"\w", r"\w"), (r"\W", r"\W"), (r"\s", r"\s"),
              (r"\S", r"\S"), (r"\d", r"\d"), (r"\D", r"\D"), (r".", r".")]


@pytest.mark.parametrize(("quick", "full"), CONSTRUCTS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_each_plain_character_reads_alike(quick: str, full: str, flags: int) -> None:
    a, b = re.compile(quick, flags), regex.compile(full, flags)
    apart = [ch for ch in PLAIN if bool(a.fullmatch(ch)) != bool(b.fullmatch(ch))]
    assert apart == []


def test_plain_characters_fold_alike() -> None:
    """Ignoring case, a plain character of a pattern matches the same plain characters
    of a text in both engines ("I" takes "İ" in ``re`` only: neither is plain)."""
    cased = [ch for ch in PLAIN if ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch]
    for x in cased:
        a = re.compile(re.escape(x), re.IGNORECASE)
        b = regex.compile(regex.escape(x), regex.IGNORECASE)
        assert [y for y in cased if bool(a.fullmatch(y)) != bool(b.fullmatch(y))] == [], x


def test_the_characters_that_read_apart_are_not_plain() -> None:
    for ch in "²³¹½¼¾ıİ\u0301\u200d\ufe0f\x1c➊":
        assert not plain_regex.plain(f"a{ch}b"), ch
    assert plain_regex.plain("Éß çñ ÀÇ’ “x” – − € ≥ 🧵")


WORD = r"(?<![\p{L}])(?:reduc\w*|menor|größer|plus\s+bas|l['’]effet)(?![\p{L}])"


@pytest.mark.parametrize("text", [
    "Le risque était PLUS BAS; l’effet réduit", "REDUCCIÓN menor, reduzierte", "Größer als",
    "ÉmenorÉ, Çmenor, ñmenor", "GRÖSSER; grösser; größer", "L'EFFET, l’Effet", "señal reduce",
    # texts with characters the engines read apart, which go to ``regex``
    "m²reduced", "½menor", "reduccio\u0301n menor", "dıreduce", "menor\u200d", "➊menor"])
def test_a_translated_pattern_matches_as_regex(text: str) -> None:
    quick = plain_regex.compile(WORD, regex.IGNORECASE)
    assert isinstance(quick, plain_regex.Pattern)
    full = regex.compile(WORD, regex.IGNORECASE)
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in full.finditer(text)]
    for a in range(len(text)):
        assert bool(quick.search(text, a, a + 9)) == bool(full.search(text, a, a + 9))
        assert bool(quick.match(text, a)) == bool(full.match(text, a))


def test_letters_of_every_language_are_letters() -> None:
    """A word next to an accented capital, "ß", "ç", "ñ" is inside a longer word; next
    to a curly apostrophe or a quote it is a word of its own."""
    word = plain_regex.compile(r"(?<!\p{L})(?:on|es|de|em)(?!\p{L})", regex.IGNORECASE)
    for glued in ("Éon", "onÉ", "ßes", "esß", "çde", "deÇ", "ñem", "emÑ", "ÀON", "ØDE", "ÆES"):
        assert word.search(glued) is None, glued
    for apart in ("l’on", "d’ES", "«de»", "„em“", "on’", "‘es’", "(de)"):
        assert word.search(apart) is not None, apart


def test_letters_and_numbers_translate() -> None:
    word = plain_regex.compile(r"(?<![\p{L}\p{N}])(?:ab|c\p{N}+)(?![\p{L}\p{N}])",
                               regex.IGNORECASE)
    assert isinstance(word, plain_regex.Pattern)
    for text in ("ab", "AB c12", "1ab", "abÉ", "éab", "c1x", "(C22)", "ab²", "c٣"):
        full = regex.compile(word.pattern, regex.IGNORECASE)
        assert [m.span() for m in word.finditer(text)] == [m.span() for m in full.finditer(text)]


@pytest.mark.parametrize("source", [r"\p{Lu}x", r"(?i)x", r"[[:alpha:]]", r"(?:ab){e<=1}",
                                    "ıx", r"[\p{L}--[a]]", r"\X", r"(?|a|b)", r"[^\p{L}]"])
def test_what_may_read_apart_stays_with_regex(source: str) -> None:
    assert plain_regex.translate(source) is None
    assert isinstance(plain_regex.compile(source, regex.IGNORECASE), regex.Pattern)


def test_every_packs_effect_words_take_the_quick_path() -> None:
    """The effect words of every installed pack translate (else the compile time saved
    is lost without a sign), and match as ``regex`` on a sentence of their own words."""
    from plainsum.plugins import collect, get_plugin_manager
    from plainsum_checks import effects

    registry = collect(get_plugin_manager())
    for code, pack in registry.languages.items():
        words = effects._Words(pack)
        lists = [words._finding, words._context, words._negation, words._versus,
                 *words._ways.values()]
        for forms in lists:
            if not any(forms):
                continue
            quick = effects._compile(forms)
            assert isinstance(quick, plain_regex.Pattern), (code, forms)
            full = regex.compile(quick.pattern, regex.IGNORECASE)
            text = " ".join(re.sub(r"\\s[+*]?|[()?|:\\\[\]]", " ", f) for f in forms)
            for sample in (text, text.upper(), text.title(), text + "\u0301"):
                assert ([m.span() for m in quick.finditer(sample)]
                        == [m.span() for m in full.finditer(sample)]), (code, sample[:60])


def test_every_languages_source_claim_and_way_words_take_the_quick_path() -> None:
    """The study-source, result-claim, negated-way and same-result words of every
    installed language translate, and match as ``regex`` on a sentence of their own
    words, in capitals, and with a combining mark (which goes to ``regex``)."""
    from plainsum.plugins import collect, get_plugin_manager
    from plainsum_checks import facts, negations, result_claims, study_source

    registry = collect(get_plugin_manager())
    for code, pack in registry.languages.items():
        patterns = [study_source.source_pattern(code), study_source._elsewhere(code),
                    *(study_source._pointer(code) or ()), result_claims._pattern(code),
                    negations._compile_ways(pack)]
        same = tuple(getattr(pack, "same", None) or ())
        if same:
            patterns.append(facts._same_words(pack, same))
        for quick in filter(None, patterns):
            assert isinstance(quick, plain_regex.Pattern), (code, quick)
            full = regex.compile(quick.pattern, regex.IGNORECASE)
            text = re.sub(r"\\[sw][+*]?|\(\?(?:[:!=]|<[!=]|P<\w+>)|[()?|\\\[\]{}*+^$]", " ",
                          quick.pattern)
            for sample in (text, text.upper(), text.title(), text + "\u0301", "É" + text):
                assert ([(m.span(), m.lastgroup) for m in full.finditer(sample)]
                        == [(m.span(), m.lastgroup) for m in quick.finditer(sample)]), code


def test_claim_words_take_the_quick_path_where_re_can_read_them() -> None:
    """A pack's claim words go to ``re`` unless ``re`` cannot compile them (a look-behind
    of varying width stays with ``regex``); either way they match as ``regex`` does."""
    from plainsum.plugins import collect, get_plugin_manager
    from plainsum_checks import claims

    registry = collect(get_plugin_manager())
    quick_ones = 0
    for code, pack in registry.languages.items():
        vocab = claims._Vocab(pack)
        patterns = [getattr(vocab, name) for name in ("causal", "causing", "causation",
                                                      "negation", "caveat", "same",
                                                      "comparative", "difference")]
        for pattern in filter(None, [*patterns, claims._new_clause(code)]):
            full = regex.compile(pattern.pattern, regex.IGNORECASE)
            if isinstance(pattern, plain_regex.Pattern):
                quick_ones += 1
            else:
                with pytest.raises(re.error):
                    re.compile(plain_regex.translate(pattern.pattern) or "(", re.IGNORECASE)
            text = re.sub(r"\\[sw][+*]?|\(\?(?:[:!=]|<[!=]|P<\w+>)|[()?|\\\[\]{}*+^$]", " ",
                          pattern.pattern)
            for sample in (text, text.upper(), ", " + text, "1" + text + "²"):
                assert ([m.span() for m in full.finditer(sample)]
                        == [m.span() for m in pattern.finditer(sample)]), code
    assert quick_ones > 30


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "it", "pt", "nl"])
def test_claims_closed_words_take_the_quick_path(lang: str) -> None:
    """The closed words claims builds patterns of ("that", nouns of proof, "true",
    granted) are compiled once each, with ``re``, and match as ``regex``."""
    from plainsum_checks import claims

    that, proof = claims._THAT.get(lang), claims._PROOF.get(lang)
    true, granted = claims._TRUE.get(lang), claims._GRANTED.get(lang)
    sources = [rf"[\s\W]*{that}(?![\p{{L}}])"] if that else []
    sources += [rf"(?:{proof})(?:\s+{claims._DA}\p{{L}}+)?\s*$"] if proof else []
    sources += [rf"(?<!\p{{L}})(?:{true})(?!\p{{L}})"] if true else []
    sources += [rf"[\s\"“”«»„'’]*(?:{granted})(?!\p{{L}})"] if granted else []
    for source in sources:
        quick = claims._said(source)
        assert isinstance(quick, plain_regex.Pattern) and claims._said(source) is quick
        full = regex.compile(source, regex.IGNORECASE)
        text = re.sub(r"\\[sw][+*]?|\(\?(?:[:!=]|<[!=]|P<\w+>)|[()?|\\\[\]{}*+^$]", " ", source)
        for sample in (text, text.upper(), "« " + text.strip(), "x" + text + "ß"):
            assert [m.span() for m in full.finditer(sample)] == [
                m.span() for m in quick.finditer(sample)], (lang, sample)


@pytest.mark.parametrize(("phrase", "quick"), [("heart attack", True), ("größe", True),
                                                ("hba1c (%)", True), ("β-blocker", False),
                                                ("x²", False)])
def test_a_sheet_phrase_as_whole_words(phrase: str, quick: bool) -> None:
    """A sheet's phrase as whole words goes to ``re`` when its characters are plain and
    matches as ``regex`` either way."""
    from plainsum_checks import facts

    pattern = facts._word_pattern(phrase)
    assert isinstance(pattern, plain_regex.Pattern) is quick
    full = regex.compile(rf"(?<!\p{{L}}){regex.escape(phrase)}(?!\p{{L}})")
    for text in (phrase, f"a {phrase}.", f"É{phrase}", f"{phrase}s", f"«{phrase}»",
                 f"1{phrase}", f"²{phrase}"):
        assert [m.span() for m in full.finditer(text)] == [
            m.span() for m in pattern.finditer(text)], text
