"""Faster forms of hot code give exactly what the plain forms give (bench/bundle.py)."""

from __future__ import annotations

import re

import regex
from plainsum.language import WORD_RE

# the word pattern as first written: one character per repetition
PLAIN_WORD = regex.compile(r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]|(?<=\p{N})[.,](?=\p{N}))*")

TEXTS = [
    "It's a well-known fact: 10.5 % of 1,000 people (n = 40,000) had it.",
    "Zahlen: 1.147, 40.000 und 3,5; Ende. ...  !",
    "l'iode, dell'immunosoppressione — «un'infezione» a.b.c. 3.a x.5 5.x 12,",
    "e\u0301te\u0301 cafe\u0301 ٧١٫٥ ½ 2-3-fold x--y 'quoted' ’tis 7’’",
    "", "   ", "...", "1.", ".5", "a.1.2.b",
]


def test_word_pattern_finds_the_same_words_as_the_plain_one() -> None:
    for text in TEXTS:
        assert [m.span() for m in WORD_RE.finditer(text)] == [
            m.span() for m in PLAIN_WORD.finditer(text)], text


def test_sentence_count_is_that_of_sentences_with_words(registry) -> None:
    for pack in registry.languages.values():
        for text in [*TEXTS, " ".join(TEXTS), "\n\n".join(TEXTS), "A. ... B! ? C"]:
            words = pack.words(text)
            worded = [s for s in pack.sentences(text) if pack.words(s)]
            assert pack.counts(text).sentences == max(len(worded), 1 if words else 0), text


def test_the_collector_waits_for_the_run_and_comes_back_as_it_was() -> None:
    import gc

    from plainsum.gcpause import gc_paused

    was = gc.isenabled()
    try:
        gc.enable()
        with gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()  # a caller that turned it off keeps it off
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        gc.enable()
        try:
            with gc_paused():
                raise KeyError("a failing run")
        except KeyError:
            pass
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_a_quote_is_cut_out_as_its_pattern_would_cut_it() -> None:
    import random
    import re

    from plainsum.quotecut import cut

    def pattern(quote: str) -> re.Pattern[str]:  # the pattern scored_text compiled
        body = r"\s+".join(map(re.escape, quote.strip().rstrip(".").split()))
        return re.compile(rf"[«“\"„‘']?{body}[.,]?[»”\"“’']?")

    pieces = ["a", "b", "ab", " ", "  ", "\n", "\u00a0", "\t", ".", ",", "«", "»", "“", "”",
              "\"", "'", "’", "„", "‘", "x"]
    quotes = ["a b", "ab", "a", "“a b", "a. b.", "'a", "ab ab", "a  b.", "« a »", "b a b",
              "\"", "a,"]
    rnd = random.Random(11)
    for quote in quotes:
        words, compiled = quote.strip().rstrip(".").split(), pattern(quote)
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
            assert cut(text, words) == compiled.sub("", text), (quote, text)
    said = "Stem cells gave us back years, she said."
    text = f"Results. “{said.replace(' ', '  ')}” The end. {said} Again"
    assert cut(text, said.rstrip(".").split()) == pattern(said).sub("", text) == (
        "Results.  The end.  Again")


def _plain_limitation_said(text, lim, lang, lexicon=None) -> bool:
    """limitation-missing's test as first written: every text folded, split and stemmed
    again for every wording and every call."""
    from plainsum.caveats import forms
    from plainsum_checks.limitations import (
        _SENTENCE_END,
        OVERLAP,
        _flat,
        _stems,
        _wordings,
        shares_subject,
    )

    flat = _flat(text)
    wordings = _wordings(tuple(forms(lim, lang)))
    if any(w and w in flat for w in wordings):
        return True
    sentences = [s for s in _SENTENCE_END.split(flat) if s]
    if any(shares_subject(s, w) for w in wordings for s in sentences):
        return True
    if lexicon is None:
        return False
    for term_id in lim.terms:
        names = lexicon.term(term_id).accepted
        if any(regex.search(rf"(?<!\w){regex.escape(_flat(n))}(?!\w)", flat) for n in names):
            return True
    for wording in wordings:
        wanted = set(_stems(wording))
        size = max(1, len(_SENTENCE_END.split(wording)))
        need = max(min(len(wanted), 3), OVERLAP * len(wanted))
        if wanted and any(len(wanted & set(_stems(" ".join(sentences[i:i + size])))) >= need
                          for i in range(max(1, len(sentences) - size + 1))):
            return True
    return False


def test_a_limitation_is_said_as_the_plain_test_decides(registry) -> None:
    """Texts that say each limitation whole, in part, reordered, with its terms, or not at
    all, in every language: the per-text and per-run memos change no answer, asked twice."""
    import random
    from pathlib import Path

    from plainsum.caveats import forms
    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum_checks.limitations import said

    root = Path(__file__).resolve().parents[1]
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    rnd = random.Random(5)
    compared = decided = 0
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for code in ("en", "es", "fr", "de", "it", "pt"):
            pack = registry.language(code)
            lexicon = Lexicon(sheet, pack)
            wordings = [w for lim in sheet.limitations.values() for w in forms(lim, code)]
            if not wordings:
                continue
            words = " ".join(wordings).split()
            texts = ["", "No figure here.", " ".join(wordings), "\n\n".join(wordings[::-1])]
            for _ in range(40):
                parts = rnd.sample(wordings, min(len(wordings), rnd.randint(1, 3)))
                cut = [" ".join(w.split()[rnd.randint(0, 2):]) for w in parts]
                loose = " ".join(rnd.sample(words, min(len(words), rnd.randint(3, 12))))
                texts.append(rnd.choice([". ".join(cut), loose + ".", f"{cut[0]} {loose}",
                                         "The study was small and " + cut[-1].lower()]))
            for lim in sheet.limitations.values():
                for text in texts:
                    for memo in (None, lexicon):
                        want = _plain_limitation_said(text, lim, code, memo)
                        assert said(text, lim, code, memo) is want, (path.parent.name, code,
                                                                      lim.id, text)
                        assert said(text, lim, code, memo) is want
                        compared += 1
                        decided += want
    assert compared > 1000 and 0 < decided < compared  # both answers were tried


def _suite_texts() -> dict[str, list[str]]:
    """The hand-written texts of the corruption suite (paraphrases, effect texts), by
    language: every string of their files long enough to be a text."""
    from pathlib import Path

    import yaml

    data = Path(__file__).resolve().parent / "data"
    out: dict[str, list[str]] = {}

    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node] if len(node) > 40 else []
        if isinstance(node, dict):
            return [s for v in node.values() for s in strings(v)]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return []

    for path in sorted([*data.glob("paraphrases/*.yaml"), *data.glob("effects/*.yaml")]):
        lang = path.name.split(".")[0]
        out.setdefault(lang, []).extend(strings(yaml.safe_load(path.read_text("utf-8"))))
    return out


def test_a_text_read_for_numbers_once_per_run_gives_what_a_fresh_reading_gives(
        registry) -> None:
    """read_numbers with the run's memo (each text placed once, each sentence read once)
    gives the mentions a reading without it gives, however often it is asked and whatever
    a caller does to the list it gets."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum_checks.numbers import read_numbers

    sheet = load_factsheet(str(Path(__file__).resolve().parents[1]
                               / "seeds/hsct-ms-2021/facts.yaml"), registry.known_terms())
    read = 0
    for lang, texts in _suite_texts().items():
        if lang not in registry.languages:
            continue
        pack = registry.language(lang)
        memo = Lexicon(sheet, pack)
        joined = "\n\n".join(texts[:6])  # sentences shared with the texts read on their own
        for text in [*texts, joined, *texts[:3]]:
            fresh = read_numbers(text, pack)
            first = read_numbers(text, pack, memo)
            assert first == fresh, (lang, text[:60])
            first.clear()  # a caller's list is its own
            assert read_numbers(text, pack, memo) == fresh
            read += len(fresh)
    assert read > 500  # the texts hold figures to read


def test_the_names_a_sentence_holds_are_found_in_one_pass_as_item_by_item(registry) -> None:
    """The names checker finds every term and name a sentence holds (inside longer ones
    too) in one pass over its words: the same ids as asking of each item in turn, on the
    suite's hand-written texts and on each item's forms run together, every sheet."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext
    from plainsum_checks.names import _compiled, _Scan
    from plainsum_checks.text import tokens

    root = Path(__file__).resolve().parents[1]
    suite = _suite_texts()
    named = 0
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for lang in ("en", "es", "fr", "de", "it", "pt"):
            pack = registry.language(lang)
            known = _compiled(CheckContext(sheet, pack, None, Lexicon(sheet, pack)))
            items = [*known.terms, *known.names]
            forms = [f for item in items for f in item.forms]
            sentences = [text[a:b] for text in suite.get(lang, [])
                         for a, b in pack.sentence_spans(text)]
            sentences += [" ".join(forms), "-".join(forms[::-1]), " ".join(forms).upper()]
            for sentence in sentences:
                toks = tokens(sentence)
                scan = _Scan(sentence, toks, list(known.index.find(sentence, toks)))
                want = {item.id for item in items if known.named_inside(scan, item)}
                assert known.named_anywhere(scan, set()) == want, (lang, sentence)
                some = set(list(want)[:1])
                assert known.named_anywhere(scan, some) == want - some
                named += len(want)
    assert named > 100


def test_words_are_found_whole_as_their_pattern_finds_them() -> None:
    """limitation-missing finds a term's name in a text without compiling a pattern per
    name: the same answer as ``(?<!\\w)name(?!\\w)`` on texts of word and other characters."""
    import random

    from plainsum_checks.limitations import has_word

    pieces = ["a", "b", "ab", " ", "-", "é", "e\u0301", "_", "1", "\u00a0", ".", "'", "ß",
              "\u0301", "x", "٣"]
    rnd = random.Random(3)
    found = 0
    for _ in range(30000):
        words = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 3)))
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        want = regex.search(rf"(?<!\w){regex.escape(words)}(?!\w)", text) is not None
        assert has_word(text, words) is want, (text, words)
        found += want
    assert 1000 < found < 29000


def _claim_patterns(registry) -> list[tuple[str, object]]:
    """(language, one causal phrase of its pack as the claims checker runs it)."""
    from plainsum_checks.claims import _vocab

    return [(code, p) for code, pack in sorted(registry.languages.items())
            for vocab in [_vocab(pack)] for p in (*vocab.causal_each, *vocab.causing_each)]


def test_a_causal_phrase_is_only_skipped_over_a_text_it_would_not_match(registry) -> None:
    """A claim phrase runs only over a text holding one of its words: skipping it never
    loses a match, on the suite's texts, its sentences, and texts made of the phrases'
    own words in other cases; and it is skipped over most texts (the point of it)."""
    import random

    patterns = _claim_patterns(registry)
    assert sum(p.words is not None for _, p in patterns) > 0.9 * len(patterns)
    suite = _suite_texts()
    rnd = random.Random(11)
    skipped = found = 0
    for code, pattern in patterns:
        words = sorted(pattern.words or ["prevent", "cause"])
        texts = [t for t in suite.get(code, [])[:40]]
        texts += [s.strip() for t in texts[:10] for s in t.split(".")]
        for _ in range(30):
            picked = [w.upper() if rnd.random() < 0.3 else w.capitalize()
                      if rnd.random() < 0.3 else w for w in rnd.sample(words, 1)]
            filler = rnd.sample(["the", "study", "to", "de", "la", "a", "ist", "can", "s",
                                 "es", "ed", "risk", "to", "lives", "ß", "İ", "K", "ſ"], 4)
            texts.append(" ".join(filler[:2] + picked + filler[2:]))
        for text in texts:
            whole = [m.span() for m in pattern.pattern.finditer(text)]
            got = [m.span() for m in pattern.finditer(text, 0, len(text))]
            assert got == whole, (code, pattern.pattern.pattern, text)
            skipped += not pattern.may_match(text)
            found += bool(whole)
    assert found > 100 and skipped > 1000


def test_the_words_a_pattern_requires_are_read_from_it() -> None:
    from plainsum_checks.anchors import anchors

    assert anchors(r"prevent(?:s|ed)?") == {"prevent"}
    assert anchors(r"(?<!\bto\s)(?:can|will)\s+lead\s+to") == {"lead"}
    # the most telling words: the longest shortest word ("risk"/"odds" over "cut"/"lowers")
    assert anchors(r"(?:cuts?|lowers)\s+(?:the\s+)?(?:risk|odds)") == {"risk", "odds"}
    assert anchors(r"Schütz(?:t|en)") == {"schütz"}  # case folded
    assert anchors(r"ab(?:c|d)") is None  # no word of three letters
    assert anchors(r"(?:foo|b)bar") == {"bar"}  # an alternative without a word: the rest
    assert anchors(r"(?:[\w-]+\s+){0,3}?lives") == {"lives"}
    assert anchors(r"(?:word\s+){1,3}end") == {"word"}  # repeated at least once
    assert anchors(r"(?:word\s+){0,3}end") == {"end"}
    # syntax the standard parser reads otherwise than the regex module: always run
    for fragment in (r"[[:alpha:]]+ing", r"(?:cause){e<=1}", r"(?|cause|effect)",
                     r"\p{L}+cause", r"(?r)cause"):
        assert anchors(fragment) is None, fragment


def test_a_text_without_the_words_has_no_match_whatever_its_case() -> None:
    """Random texts of letters that fold in unusual ways, against phrases of such letters:
    a phrase is only ever skipped over a text it does not match."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from plainsum_checks.anchors import Anchored

    fragments = [r"(?<!\bto\s)strasse(?:n)?", r"(?:ki|ık)ss\s+(?:\w+\s+)?end", r"ſtop",
                 r"(?:groß|gross)e\s+kelvin", r"ǅemal", r"σοφός"]
    made = [Anchored(regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{f})(?![\p{{L}}\p{{N}}])",
                                   regex.IGNORECASE), f) for f in fragments]
    assert sum(m.words is not None for m in made) >= 4
    alphabet = st.sampled_from(list("strasenSTRASENßẞſKkKıIiİ ǄǅǆdžΣσςοφόςΟΦΌ-ekdlvnop"))

    @settings(max_examples=400, deadline=None)
    @given(st.lists(alphabet, max_size=30).map("".join))
    def check(text: str) -> None:
        for m in made:
            assert ([x.span() for x in m.finditer(text, 0, len(text))]
                    == [x.span() for x in m.pattern.finditer(text)]), (m.pattern.pattern, text)

    check()


def test_a_letter_matched_in_any_case_folds_as_it_does() -> None:
    """The skip tests a folded text for folded words: sound because every character the
    regex module matches to a letter of a word it keeps, ignoring case, folds to what that
    letter folds to (checked here over all of Unicode, not with the module's case list
    the skip itself trusts)."""
    import sys

    from plainsum.plugins import collect, get_plugin_manager
    from plainsum_checks.anchors import anchors, fold
    from plainsum_checks.claims import _vocab

    registry = collect(get_plugin_manager())
    letters = {ch for pack in registry.languages.values()
               for p in (*_vocab(pack).causal_each, *_vocab(pack).causing_each)
               for w in (p.words or ()) for ch in w}
    tried = {ch for ch in "sßkKiIıİσςΣ" if anchors(f"{ch}xyz") is not None}
    assert {"s", "k", "i"} <= tried  # the Turkish i's are folded as the module matches them
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1)
                         if not 0xD800 <= c <= 0xDFFF)
    for ch in sorted(letters | tried):
        for m in regex.finditer(regex.escape(ch), everything, regex.IGNORECASE):
            assert fold(m.group()) == fold(ch), (ch, m.group())


def test_word_counts_kept_per_pack_are_those_counted_afresh(registry) -> None:
    """Readability counts with the pack's kept word counts equal counts worked out word by
    word, asked twice, in every language; a pack given another syllable counter counts
    with it."""
    from plainsum.language import TextCounts

    texts = [t for ts in _suite_texts().values() for t in ts[:30]] + TEXTS
    for pack in registry.languages.values():
        for text in texts:
            words = pack.words(text)
            syll = [pack.syllables(w) for w in words]
            letters = [sum(map(str.isalpha, w)) for w in words]
            want = TextCounts(
                sentences=pack.counts(text).sentences, words=len(words), syllables=sum(syll),
                letters=sum(letters), polysyllables=sum(1 for s in syll if s >= 3),
                monosyllables=sum(1 for s in syll if s == 1),
                long_words=sum(1 for n in letters if n > 6))
            assert pack.counts(text) == want
            assert pack.counts(text) == want
    import copy

    pack = copy.copy(registry.language("en"))
    pack.__dict__.pop("_word_counts_kept", None)
    before = pack.counts("Transplantation works.")
    pack.syllables = lambda word: 7  # type: ignore[method-assign]
    assert pack.counts("Transplantation works.").syllables == 14 != before.syllables


def test_a_country_is_found_by_its_english_name_as_a_walk_of_the_names_finds_it() -> None:
    from babel import Locale
    from plainsum.language import territory_code

    english = Locale.parse("en").territories
    for name in [*english.values(), "sweden", "UNITED STATES", "Atlantis", ""]:
        codes = [code for code, value in english.items() if value.lower() == name.lower()]
        assert territory_code(name) == (codes[0] if codes else None), name


def test_a_keyword_inside_another_groups_words_is_found_as_by_slicing() -> None:
    import random

    from plainsum_checks.sheet import _contains

    rnd = random.Random(2)
    words = ["a", "b", "c", "ab"]
    seen = 0
    for _ in range(5000):
        outer = tuple(rnd.choice(words) for _ in range(rnd.randint(0, 5)))
        inner = tuple(rnd.choice(words) for _ in range(rnd.randint(0, 3)))
        n = len(inner)
        want = any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))
        assert _contains(outer, inner) is want, (outer, inner)
        seen += want
    assert 500 < seen < 4500


def test_direction_words_found_with_the_skip_are_those_found_without_it(registry) -> None:
    """A sentence is not scanned for a direction whose words it does not hold: the same
    direction words, negations and spans as scanning for every direction, on the suite's
    sentences, texts read by range, and texts made of the packs' own direction phrases."""
    import random

    from plainsum_checks.directions import _words

    rnd = random.Random(17)
    suite = _suite_texts()
    compared = found = 0
    for code, pack in sorted(registry.languages.items()):
        words = _words(pack)
        assert any(w is not None for w in words.anchors.values())
        plain = _words(pack)
        plain_copy = object.__new__(type(plain))
        plain_copy.__dict__.update(plain.__dict__)
        plain_copy.anchors = {}  # no skipping: every pattern scans every sentence
        phrases = [w for ws in words.anchors.values() if ws for w in ws]
        texts = [t for t in suite.get(code, [])[:60]]
        for _ in range(60):
            picked = rnd.sample(phrases, min(3, len(phrases)))
            texts.append(" ".join(p.upper() if rnd.random() < 0.3 else p for p in picked)
                         + rnd.choice(["", ".", " not", " no"]))
        for text in texts:
            for a, b in [(0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)]:
                want = plain_copy.said(text, a, b)
                assert words.said(text, a, b) == want, (code, text[a:b])
                compared += 1
                found += len(want)
    assert compared > 500 and found > 300


def test_decimals_kept_per_value_are_those_worked_out_afresh() -> None:
    from decimal import Decimal

    from plainsum.render import decimals

    for value in [0, 4, 4.0, 7.3, 7.30, 0.05, 1e-7, 12345.678, -3.25, True, 0.1 + 0.2,
                  Decimal("2.50"), 99.99, 1e21]:
        for _ in range(2):
            exponent = Decimal(format(float(value), ".12g")).normalize().as_tuple().exponent
            assert decimals(value) == max(0, -int(exponent)), value


def test_a_text_without_a_digit_has_no_date_or_list_marker(registry) -> None:
    """The number reader skips dates and list markers in a sentence with no digit: sound
    because neither can be read there, in any language (suite sentences with their digits
    taken out, and random texts of month names, ordinals and marks)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from plainsum_checks.numbers import _MARKER, reader

    suite = _suite_texts()
    readers = {code: reader(pack) for code, pack in sorted(registry.languages.items())}
    months = {code: sorted(r.dates.months)[:24] for code, r in readers.items()}
    for code, read in readers.items():
        texts = [t.translate(str.maketrans("", "", "0123456789")) for t in suite.get(code, [])]
        assert months[code]
        for text in [*texts, " ".join(months[code]), "1. " + " ".join(months[code])]:
            if any(ch.isdigit() for ch in text):
                continue
            assert read.dates.read(text) == [], (code, text)
            assert _MARKER.search(text) is None
    marks = ["de", "el", ".", ",", " ", "\n", "º", "ª", "ᵉ", "er", ")", "/", "٣"]

    @settings(max_examples=300, deadline=None)
    @given(st.sampled_from(sorted(readers)), st.data())
    def check(code: str, data: st.DataObject) -> None:
        words = data.draw(st.lists(st.sampled_from([*months[code], *marks]), max_size=12))
        text = " ".join(words)
        if not any("0" <= ch <= "9" for ch in text):
            assert readers[code].dates.read(text) == []
            assert _MARKER.search(text) is None

    check()


def test_terms_a_text_uses_are_found_as_form_by_form(registry) -> None:
    """Wording.terms_in with each term's forms lowered once per run: the terms a walk over
    every form of every term finds, in the sheet's order, for every summary, post and SMS
    of the seed in two languages."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import generate
    from plainsum.render import _contains

    root = Path(__file__).resolve().parents[1]
    sheet = load_factsheet(str(root / "seeds/hsct-ms-2021/facts.yaml"),
                           registry.known_terms())
    outputs = generate(sheet, registry, ["en", "de"], list(registry.audiences))
    seen = found = 0
    for code in ("en", "de"):
        lex = Lexicon(sheet, registry.language(code))
        for output in outputs:
            if output.lang != code or output.generator not in ("summary", "social", "sms"):
                continue
            lowered = output.text.lower()
            want = [t for t in sheet.terms if any(
                _contains(lowered, f.lower()) for f in lex.term(t).accepted if f)]
            assert output.terms == want, (output.generator, output.audience)
            seen += 1
            found += len(want)
    assert seen > 20 and found > seen


def test_a_post_merges_series_as_without_the_memo(registry) -> None:
    """posts.fit words each merged series once per post: every set of sentences a post
    tries is merged to the same texts, priorities and places as merging afresh, and a
    sentence the merge hands out is the caller's to change."""
    import itertools
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import Request
    from plainsum.render import Wording
    from plainsum_social.posts import PLANS, _merged, candidates

    root = Path(__file__).resolve().parents[1]
    merged = 0
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for code in ("en", "fr", "de"):
            pack = registry.language(code)
            lex = Lexicon(sheet, pack)
            for audience in registry.audiences:
                request = Request(sheet, pack, registry.audience(audience), "linkedin", lex)
                w = Wording(request, prefix="social")
                sections = candidates(w, "linkedin", PLANS[0], {})
                own = {id(s) for sec in sections for s in sec.sentences}
                places = [(i, j) for i, sec in enumerate(sections)
                          for j, _ in enumerate(sec.sentences)]
                series: dict = {}
                for n in (len(places), len(places) - 1, len(places) - 2):
                    for kept in itertools.islice(itertools.combinations(places, max(n, 0)), 6):
                        fresh, fresh_kept = _merged(w, sections, set(kept))
                        again, again_kept = _merged(w, sections, set(kept), series)
                        assert again_kept == fresh_kept
                        assert ([[(s.text, s.facts, s.priority, s.role) for s in sec.sentences]
                                 for sec in again]
                                == [[(s.text, s.facts, s.priority, s.role)
                                     for s in sec.sentences] for sec in fresh])
                        merged += again is not sections
                        for sec in again:
                            for s in sec.sentences:
                                if id(s) not in own:
                                    s.priority = -1  # a merged one: the memo keeps its own
    assert merged > 10


def test_a_word_is_the_same_as_a_term_word_only_if_they_begin_alike() -> None:
    """garbles compares a text word only with the term words that begin with its two
    letters: sound because :func:`names.kin` says EQUAL only of words that do (and a
    look-alike counts only when they do), on random words of a few letters and endings."""
    import random

    from plainsum_checks.names import EQUAL, kin

    rnd = random.Random(23)
    stems = ["transplant", "infect", "cell", "sclerosis", "herida", "greffe", "cellule",
             "a", "ab", "abc", "aa", "ss", "tratad", "gruppo", "chirurg", "opérat"]
    endings = ["", "s", "e", "es", "ion", "ation", "i", "o", "a", "ed", "ing", "en", "er"]
    same = 0
    for _ in range(20000):
        a = rnd.choice(stems) + rnd.choice(endings)
        b = rnd.choice(stems) + rnd.choice(endings)
        if rnd.random() < 0.3:
            b = a[:rnd.randint(0, len(a))] + "".join(rnd.choice("aeiousnt")
                                                     for _ in range(rnd.randint(0, 3)))
        if kin(a, b) == EQUAL:
            assert a[:2] == b[:2], (a, b)
            same += 1
    assert same > 1000


def test_how_a_word_stands_to_the_term_words_is_found_among_those_that_begin_alike(
        registry) -> None:
    """garbles._kinds with the term words sorted by their first letters gives what
    comparing a word with every term word gives, for every word of the suite's texts
    against every sheet's term words."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum_checks.garbles import _kinds, _relation
    from plainsum_checks.text import tokens

    root = Path(__file__).resolve().parents[1]
    suite = _suite_texts()
    compared = kinds = 0
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for code in ("en", "es", "fr", "de", "it", "pt"):
            lex = Lexicon(sheet, registry.language(code))
            every = frozenset(t.norm for tid in sheet.terms for f in lex.term(tid).accepted
                              for t in tokens(f) if len(t.norm) >= 3)
            words = {t.norm for text in suite.get(code, [])[:40] for t in tokens(text)}
            words |= {w[:-1] for w in every} | {w + "s" for w in every} | set(every)
            for word in words:
                want = frozenset(k for w in every if (k := _relation(word, w, True)))
                assert _kinds(word, every) == want, (code, word)
                compared += 1
                kinds += bool(want)
    assert compared > 5000 and kinds > 200


def test_a_builtin_plugin_is_called_as_a_timed_one_is(monkeypatch, capsys) -> None:
    """call_plugin calls a built-in plugin without entering a time limit: the same
    result, the same error for each kind of failure, the same trace, as a third-party
    plugin's call under its limit."""
    import pytest
    from plainsum.errors import PlainsumError
    from plainsum.plugins import PluginError, call_plugin

    def fine(x: int, y: int = 0) -> list[int]:
        return [x, y]

    def broken() -> None:
        raise ValueError("no " * 200)

    def own() -> None:
        raise PlainsumError("the sheet has no wording for this")

    def leaves() -> None:
        raise SystemExit(3)

    for trace in ("", "1"):
        monkeypatch.setenv("PLAINSUM_TRACE_PLUGINS", trace)
        seen = []
        for builtin in (True, False):
            got: list[object] = [call_plugin("p", "validator 'x'", fine, 1, builtin=builtin,
                                             y=2)]
            for function, error in ((broken, PluginError), (own, PlainsumError),
                                    (leaves, PluginError)):
                with pytest.raises(error) as caught:
                    call_plugin("p", "validator 'x'", function, builtin=builtin)
                got.append((type(caught.value), str(caught.value)))
            got.append(capsys.readouterr().err)
            seen.append(got)
        assert seen[0] == seen[1]
        assert ("trace:" in seen[0][-1]) is bool(trace)


def _word_pattern(text: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.IGNORECASE)


def test_a_word_is_found_in_any_case_as_its_pattern_finds_it(registry) -> None:
    """wordfind.Word finds what ``(?<!\\w)word(?!\\w)`` ignoring case finds: every term
    form of every sheet in the suite's texts (as written, upper and lower case), and
    random texts of letters that fold in odd ways (hypothesis)."""
    from pathlib import Path

    from hypothesis import given, settings
    from hypothesis import strategies as st
    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum_summary.wordfind import Word

    def same(word: str, text: str) -> bool:
        want = [m.span() for m in _word_pattern(word).finditer(text)]
        found = Word(word)
        assert [m.span() for m in found.finditer(text)] == want, (word, text)
        first = found.search(text)
        assert (first.span(), first.group()) == (want[0], text[want[0][0]:want[0][1]]) \
            if want else first is None
        return bool(want)

    root = Path(__file__).resolve().parents[1]
    suite = _suite_texts()
    hits = 0
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for code in ("en", "es", "fr", "de", "it", "pt"):
            lex = Lexicon(sheet, registry.language(code))
            forms = [f for tid in sheet.terms for f in lex.term(tid).accepted]
            texts = [*suite.get(code, [])[:8], " ".join(forms), " ".join(forms).upper(),
                     "-".join(forms).lower(), "_".join(forms)]
            for form in forms:
                for text in texts:
                    hits += same(form, text)
    assert hits > 300
    letters = "sSſkKKiIİıßẞσςΣµμΜǅǄǆæÆéÉ _-1'’"

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet=letters, min_size=1, max_size=4),
           st.text(alphabet=letters, max_size=30))
    def check(word: str, text: str) -> None:
        same(word, text)

    check()


def test_every_letter_folds_as_the_re_module_matches_it_ignoring_case() -> None:
    """The folding Word searches with is the ``re`` module's own case matching, over all
    of Unicode: two characters fold alike exactly when one, as a pattern ignoring case,
    matches the other (checked for the letters of the six languages and those that fold
    oddly)."""
    import sys

    from plainsum_summary.wordfind import fold

    everything = "".join(chr(c) for c in range(sys.maxunicode + 1)
                         if not 0xD800 <= c <= 0xDFFF)
    folded = fold(everything)
    letters = ("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ"
               "ſKİıσςµǅ1_- ")
    for ch in letters + letters.upper():
        matched = {m.start() for m in re.finditer(re.escape(ch), everything, re.IGNORECASE)}
        key = fold(ch)
        alike = {i for i, f in enumerate(folded) if f == key}
        assert matched == alike, (ch, sorted(everything[i] for i in matched ^ alike)[:5])


def test_differences_found_with_the_skip_are_those_found_without_it(registry) -> None:
    """The invented-difference rule runs a direction pattern only over a sentence holding
    one of its words: the same differences as running every pattern over every sentence,
    on the suite's texts read sentence by sentence and on the packs' own phrases."""
    import copy
    import random

    from plainsum_checks.claims import _differences_in, _vocab
    from plainsum_checks.directions import _words

    rnd = random.Random(29)
    suite = _suite_texts()
    compared = found = 0
    for code, pack in sorted(registry.languages.items()):
        vocab = _vocab(pack)
        assert any(p.words for p in vocab.directions)
        plain = copy.copy(vocab)
        plain.directions = [p.pattern for p in vocab.directions]  # no skipping
        phrases = [w for ws in _words(pack).anchors.values() if ws for w in ws]
        texts = list(suite.get(code, [])[:60])
        comparatives = [m.group() for t in texts[:5] for m in
                        (vocab.comparative.finditer(t) if vocab.comparative else [])][:3]
        for _ in range(40):
            picked = rnd.sample(phrases, min(2, len(phrases)))
            texts.append(" ".join([picked[0].upper(), *comparatives[:1], *picked[1:]]) + ".")
        for text in texts:
            for a, b in pack.sentence_spans(text):
                want = _differences_in(plain, text, a, b)
                assert _differences_in(vocab, text, a, b) == want, (code, text[a:b])
                compared += 1
                found += len(want)
    assert compared > 500 and found > 20


def test_tokens_placed_on_are_those_moved_one_by_one() -> None:
    """shifted_tokens gives the tokens NamedTuple._replace gives, real Tokens with the same
    fields, on random texts and offsets (hypothesis)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from plainsum_checks.text import Token, shifted_tokens, tokens

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from("aZé ß-’'.,1\u0301İ\n"), max_size=40)
           | st.sampled_from(TEXTS), st.integers(0, 500))
    def check(text: str, offset: int) -> None:
        want = [t._replace(start=t.start + offset, end=t.end + offset) for t in tokens(text)]
        got = shifted_tokens(text, offset)
        assert got == want
        assert all(type(t) is Token and t.norm == w.norm and t.end == w.end
                   for t, w in zip(got, want, strict=True))
        got.append(Token("x", 0, 1))  # a list of its own: the kept tokens stay as they were
        assert shifted_tokens(text, offset) == want

    check()


def _plain_fold(word: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_a_word_folds_as_the_plain_fold_whether_ascii_kept_or_new() -> None:
    """fold lowers an ASCII word and keeps short folded words: the same answer as the
    plain fold, asked once or again, on random words of letters that fold in odd ways."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from plainsum_checks.text import fold

    letters = "aZéÉßẞſİıǅΣςﬁ½e\u0301\u0308-’'1Åå"

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=st.sampled_from(letters), max_size=12)
           | st.text(max_size=80) | st.text(alphabet=st.sampled_from(letters), min_size=65))
    def check(word: str) -> None:
        assert fold(word) == _plain_fold(word)
        assert fold(word) == _plain_fold(word)  # kept

    check()


def test_phrases_found_by_pairs_of_beginnings_are_those_found_option_by_option() -> None:
    """PhraseIndex keeps, per pair of beginnings, the phrases that can start there: the
    same matches as trying every phrase with the token's first letters (random phrases and
    token lists of a few stems, inflected)."""
    import random

    from plainsum_checks.text import Match, PhraseIndex, _words_at, joined, tokens

    def plain_at(index: PhraseIndex, text: str, toks: list, i: int) -> Match | None:
        second = toks[i + 1].norm[:4] if i + 1 < len(toks) else None
        for key, item in index.by_first.get(toks[i].norm[:4], ()):
            n = len(key)
            if i + n > len(toks) or (n > 1 and key[1][:4] != second):
                continue
            if _words_at(key, toks, i) and all(
                    joined(text, toks[i + j], toks[i + j + 1]) for j in range(n - 1)):
                return Match(toks[i].start, toks[i + n - 1].end, i, i + n, item)
        return None

    def plain_find(index: PhraseIndex, text: str, toks: list) -> list:
        out, taken = [], 0
        for i, t in enumerate(toks):
            if i < taken or t.norm[:4] not in index.by_first:
                continue
            hit = plain_at(index, text, toks, i)
            if hit is not None:
                out.append(hit)
                taken = hit.last
        return out

    rnd = random.Random(31)
    stems = ["stem", "stems", "cell", "cells", "cellule", "trans", "transplant",
             "transplants", "greffe", "greffes", "sclerosis", "tratados", "tratadas", "a",
             "de", "multiple", "multiples"]
    found = 0
    for _ in range(300):
        index = PhraseIndex((" ".join(rnd.choices(stems, k=rnd.randint(1, 4))), k)
                            for k in range(rnd.randint(1, 12)))
        for _ in range(5):
            text = "".join(rnd.choice(stems) + rnd.choice([" ", " ", "-", ", ", ". "])
                           for _ in range(rnd.randint(0, 14)))
            toks = tokens(text)
            want = plain_find(index, text, toks)
            assert list(index.find(text, toks)) == want, text
            found += len(want)
    assert found > 500


def test_function_words_kept_per_process_are_those_worked_out_afresh(registry) -> None:
    """names._function_words is worked out once per set of stopwords: the same words as
    folding and splitting every pack's stopwords afresh, from a set or a list."""
    from plainsum_checks.names import _function_words
    from plainsum_checks.text import fold

    for pack in registry.languages.values():
        stop = getattr(pack, "stopwords", None) or ()
        want = {fold(w) for w in stop} | {part for w in stop
                                          for part in regex.split(r"['’]", fold(w)) if part}
        assert _function_words(stop) == want
        assert _function_words(list(stop)) == want
        assert _function_words(stop) is _function_words(frozenset(stop))
    assert _function_words(None) == frozenset()


def test_a_keyword_is_weak_when_another_groups_phrase_holds_it(registry) -> None:
    """SheetIndex._group_phrases looks a one-word keyword up among the words of the other
    groups' phrases: the same weak flags as looking for it in each phrase, on every sheet
    in every language."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum_checks.sheet import SheetIndex, _contains
    from plainsum_checks.text import phrase_key

    root = Path(__file__).resolve().parents[1]
    keywords = weak = 0
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for code in ("en", "es", "fr", "de", "it", "pt"):
            index = SheetIndex(sheet, Lexicon(sheet, registry.language(code)))
            out = index._group_phrases()
            for word, (gid, is_weak) in out:
                want = any(_contains(phrase_key(p), phrase_key(word))
                           for p, (g, _) in out if g != gid)
                if is_weak:  # a group's own phrase is never weak
                    assert want, (path.parent.name, code, word)
                    weak += 1
                elif word in sheet.groups[gid].keywords.get(code, []) and sum(
                        1 for w, (g, _) in out if w == word and g == gid) == 1:
                    assert not want, (path.parent.name, code, word)  # only a keyword
                    keywords += 1
    assert keywords > 50 and weak > 0


def test_effect_words_compiled_when_asked_are_those_compiled_at_once(registry) -> None:
    """effects._Words compiles each list of a pack's words the first time it is asked
    for: the same patterns as compiling all four when the pack is first met, for every
    pack; a list never asked for is never compiled."""
    from plainsum_checks.effects import _compile, _Words

    def same(a: object, b: object) -> bool:
        if a is None or b is None:
            return a is b
        return (a.pattern, a.flags) == (b.pattern, b.flags)  # type: ignore[attr-defined]

    compiled = 0
    for pack in registry.languages.values():
        words = _Words(pack)
        assert "context" not in vars(words) and "ways" not in vars(words)
        assert same(words.finding, _compile(getattr(pack, "finding_words", None) or ()))
        assert same(words.context, _compile(getattr(pack, "context_words", None) or ()))
        assert same(words.negation, _compile(getattr(pack, "negations", None) or ()))
        ways = getattr(pack, "effect_directions", None) or {}
        want = {w: p for w, forms in ways.items() if (p := _compile(forms))}
        assert list(words.ways) == list(want)
        assert all(same(words.ways[w], want[w]) for w in want)
        compiled += words.finding is not None
    assert compiled >= 6


def test_a_word_no_group_word_begins_like_is_no_arm_as_the_full_test_says(registry) -> None:
    """SheetIndex.arm_of answers None at once for a word no compared group's word begins
    like: the same answers as the full test, for the suite's words against every sheet
    that has compared groups' own words, in every language."""
    from pathlib import Path

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum_checks.sheet import SheetIndex, _akin
    from plainsum_checks.text import tokens

    def plain(index: SheetIndex, word: str) -> str | None:
        found = {gid for w, gid in index.arm_words.get(word[:4], ()) if _akin(w, word)}
        if len(found) != 1 or any(_akin(w, word) for w in index._said_words
                                  if w[:4] == word[:4]):
            return None
        return found.pop()

    root = Path(__file__).resolve().parents[1]
    suite = _suite_texts()
    asked = arms = 0
    sheets = [root / "seeds/hsct-ms-2021/facts.yaml", *sorted(root.glob("examples/*/facts.yaml"))]
    for path in sheets:
        sheet = load_factsheet(str(path), registry.known_terms())
        for code in ("en", "es", "fr", "de", "it", "pt"):
            index = SheetIndex(sheet, Lexicon(sheet, registry.language(code)))
            if not index.arm_words:
                continue
            words = {t.norm for text in suite.get(code, [])[:40] for t in tokens(text)}
            words |= {w for ws in index.arm_words.values() for w, _ in ws}
            words |= {w + "en" for w in words} | {w[:-1] for w in words}
            for word in words:
                want = plain(index, word)
                assert index.arm_of(word) == want, (path.parent.name, code, word)
                asked += 1
                arms += want is not None
    assert asked > 1000 and arms > 10


def test_arm_nouns_kept_per_pack_are_those_worked_out_afresh(registry) -> None:
    """claims._arm_words is kept per tuple of a pack's group nouns: the same singular
    nouns as working them out afresh, for every pack (and asked twice)."""
    from plainsum_checks.claims import _arm_words

    found = 0
    for pack in registry.languages.values():
        nouns = tuple(getattr(pack, "group_nouns", None) or ())
        want = _arm_words.__wrapped__(nouns)
        assert _arm_words(nouns) == want and _arm_words(nouns) == want
        found += len(want)
    assert found > 6
