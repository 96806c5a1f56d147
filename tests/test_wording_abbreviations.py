"""Abbreviations a reader is told (issue 13 items 1 and 6), held on the outputs of the
seed and every example sheet in every language it is worded in.

An abbreviation of a sheet term ("MS", "EM", "SEP", "PE", "EP") is spelled out where a
text first uses it: in a summary (after its title), in a post (its headline included:
a post has no title set apart) and in a text message. A quote is never changed, so an
abbreviation a quote uses is introduced where the summary first says the term in full
("low-risk pulmonary embolism (PE) … “… patients with low-risk PE …”").
"""

from __future__ import annotations

import functools
import re
from typing import Any

import pytest
import regex
from plainsum.factsheet import load_factsheet
from plainsum.factsheet.model import FactSheet
from plainsum.pipeline import generate

from .conftest import known_terms
from .test_wording_slips import AUDIENCES, NAMES, SHEETS, _langs, _registry


@functools.cache
def _outputs(name: str) -> tuple[FactSheet, list[Any]]:
    sheet = load_factsheet(SHEETS[name], known_terms())
    generators = ["summary", "social"]
    if "sms" in _registry().generators:
        generators.append("sms")
    return sheet, generate(sheet, _registry(), _langs(sheet), AUDIENCES, generators,
                           check=False)


def abbreviations(sheet: FactSheet, lang: str) -> list[tuple[str, str]]:
    """Each term's abbreviations with the full name that spells them out, as the
    summaries spell them (``spell.spelled_pairs``)."""
    from plainsum.lexicon import Lexicon
    from plainsum_summary.spell import spelled_pairs

    lex = Lexicon(sheet, _registry().language(lang))
    forms = {}
    for term_id in sheet.terms:
        said = lex.term(term_id)
        forms[term_id] = list(dict.fromkeys(
            f for f in (said.technical, said.plain or "", *said.forms) if f))
    return [(short, long) for _, shorts, long in spelled_pairs(forms) for short in shorts]


def _untagged(text: str) -> str:
    """``text`` with each hashtag said as its words ("#MultipleSklerose": "Multiple
    Sklerose")."""
    return regex.sub(r"#(\w+)", lambda m: " ".join(
        regex.findall(r"\p{Lu}?[\p{Ll}\p{N}]+|\p{Lu}+(?!\p{Ll})", m.group(1))), text)


def unexplained(text: str, pairs: list[tuple[str, str]]) -> list[str]:
    """The abbreviations ``text`` uses whose first use is not spelled out: not inside
    brackets ("multiple sclerosis (MS)") and with no full name in brackets or after a
    colon within its clause ("MS (multiple sclerosis)", "EM surto-remissão (EM: esclerose
    múltipla)"). A hashtag or handle is no use, but for the abbreviation's own hashtag
    in the brackets after the full name ("sclérose en plaques (#SEP)")."""
    out = []
    for short, long in pairs:
        found = re.search(rf"(?<![\w#@]){re.escape(short)}(?!\w)|(?<=\(#){re.escape(short)}(?=\))",
                          text)
        if found is None:
            continue
        i = found.start()
        if text[i - 1:i] == "(" or text[i - 2:i] == "(#":
            continue
        # the full name as a hashtag's words ("MS (#MultipleSklerose)") explains it too
        after = _untagged(text[found.end():found.end() + 40 + len(long)])
        clause = re.split(r"[.!?]\s", after, maxsplit=1)[0]
        if re.search(rf"\((?:{re.escape(short)}\s?:\s*)?{re.escape(long)}\)", clause, re.I):
            continue
        out.append(short)
    return out


def test_unexplained_finds_a_bare_abbreviation_and_passes_a_spelled_one():
    pairs = [("SEP", "sclérose en plaques")]
    assert unexplained("Parmi les personnes atteintes de SEP rémittente, 71 %", pairs) == ["SEP"]
    assert not unexplained("la sclérose en plaques (SEP) ; la SEP rémittente", pairs)
    assert not unexplained("SEP rémittente (SEP : sclérose en plaques)", pairs)
    assert not unexplained("EM surto-remissão (EM: esclerose múltipla)",
                           [("EM", "esclerose múltipla")])
    assert not unexplained("Greffe et sclérose en plaques. #SEP", pairs)


def _running(sheet: FactSheet, out: Any) -> str:
    """The text a reader reads as running text: a summary without its title line."""
    if out.generator != "summary":
        return out.text
    title = sheet.title_in(out.lang)
    return "\n".join(line for line in out.text.split("\n") if line.strip() != title)


@pytest.mark.parametrize("name", NAMES)
def test_a_summary_spells_out_every_abbreviation_at_its_first_use(name):
    """Quotes included: an abbreviation only a quote uses is introduced with the full
    name the summary says before it."""
    sheet, outputs = _outputs(name)
    for out in outputs:
        if out.generator == "summary":
            missed = unexplained(_running(sheet, out), abbreviations(sheet, out.lang))
            assert not missed, (out.lang, out.audience, missed, out.text)


def test_a_quotes_abbreviation_is_introduced_where_the_full_name_is_first_said():
    """The rivaroxaban press summary quotes "patients with low-risk PE": the background
    sentence before it says "pulmonary embolism (PE)"; the same in the Romance packs."""
    _, outputs = _outputs("rivaroxaban-pe-2018")
    said = {o.lang: o.text for o in outputs
            if o.generator == "summary" and o.audience == "press"}
    assert "pulmonary embolism (PE)" in said["en"]
    for lang, full in (("es", "embolia pulmonar (EP)"), ("fr", "embolie pulmonaire (EP)"),
                       ("it", "embolia polmonare (EP)"), ("pt", "embolia pulmonar (EP)")):
        assert said[lang].index(full) < said[lang].index("«"), lang


# a generalising adverb at the end of a group's label ("patients with low-risk pulmonary
# embolism in general die", "pacientes … de bajo riesgo en general mueren"): a native
# writer puts it elsewhere or leaves it to the background frame ("Laut Statistik …")
_GENERAL_LAST = re.compile(r"\b(?:in general|en general|en général|em geral|in generale|"
                           r"allgemein|in het algemeen)$")


@pytest.mark.parametrize("name", NAMES)
def test_no_group_label_ends_with_in_general(name):
    sheet = load_factsheet(SHEETS[name], known_terms())
    for group in sheet.groups.values():
        for lang in ("en", "es", "fr", "de", "it", "pt", "nl"):
            for register in ("plain", "technical"):
                label = group.label.get(lang, register)
                assert not (label and _GENERAL_LAST.search(label)), (group.id, lang, label)


def test_the_general_label_check_catches_the_old_wording():
    assert _GENERAL_LAST.search("pacientes con embolia pulmonar de bajo riesgo en general")
    assert not _GENERAL_LAST.search("pacientes con embolia pulmonar de bajo riesgo")


@pytest.mark.parametrize("name", NAMES)
def test_a_post_and_a_text_message_never_leave_an_abbreviation_unexplained(name):
    """Where spelling out "SEP" or "EM" does not fit (an X post, a three-segment UCS-2
    message), the text says the full name in its place, or the subgroup by a short label
    that needs none; the result and the caveat are kept (their checks say so)."""
    sheet, outputs = _outputs(name)
    for out in outputs:
        if out.generator in ("social", "sms"):
            missed = unexplained(out.text, abbreviations(sheet, out.lang))
            assert not missed, (out.lang, out.audience, out.platform, missed, out.text)


@pytest.mark.parametrize("name", NAMES)
def test_a_text_message_keeps_the_condition_its_group_label_names(name):
    """An SMS has no headline: a group's short label that drops the condition its label
    names ("patients ayant une forme rémittente-récurrente" for "patients atteints de
    SEP rémittente-récurrente") is not one it says."""
    from plainsum.lexicon import Lexicon

    sheet, outputs = _outputs(name)
    for out in outputs:
        if out.generator != "sms" or not out.text:
            continue
        term = Lexicon(sheet, _registry().language(out.lang)).term(sheet.condition)
        forms = [f.lower() for f in (term.technical, term.plain or "", *term.forms) if f]
        for group in sheet.groups.values():
            for register in ("plain", "technical"):
                short = group.short.get(out.lang, register) if group.short else None
                label = group.label.get(out.lang, register) or ""
                if not short or short.lower() not in out.text.lower():
                    continue
                if any(f in label.lower() for f in forms):
                    assert any(f in out.text.lower() for f in forms), (out.lang, out.text)


def _request_wording(lang: str) -> Any:
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import Request
    from plainsum.render import Wording

    sheet = load_factsheet(SHEETS["hsct-ms-2021"], known_terms())
    pack = _registry().language(lang)
    request = Request(sheet, pack, _registry().audience("patients"), "x",
                      Lexicon(sheet, pack), [])
    return Wording(request, prefix="social")


def test_unabbreviated_says_the_full_name_in_place_and_leaves_hashtags():
    from plainsum_summary.spell import unabbreviated

    w = _request_wording("fr")
    said = unabbreviated(w, "Greffe et SEP : au bout de 10 ans, SEP rémittente. #SEP")
    assert said == ("Greffe et sclérose en plaques : au bout de 10 ans, sclérose en plaques "
                    "rémittente. #SEP")
    assert unabbreviated(w, "Greffe de cellules souches.") is None


def test_german_keeps_its_gloss_rather_than_the_full_name_in_place():
    """"schubförmiger MS" would need the full name inflected: the German pack has no
    ``grammar.unabbreviated``."""
    from plainsum_summary.spell import unabbreviated

    assert unabbreviated(_request_wording("de"), "Menschen mit schubförmiger MS") is None


# "Le rivaroxaban est un anticoagulant : médicament pris …": the French definitions start
# without an article, which the sentence that says the kind first must give them
_FR_BARE_AFTER_KIND = re.compile(r"\best une? [^.:;]+?[\s\u00a0\u202f]:\s"
                                 r"(?!une? |des |l'|la |le |les )[a-zéèêà]")


@pytest.mark.parametrize("name", NAMES)
def test_french_definition_after_its_kind_takes_an_article(name):
    _, outputs = _outputs(name)
    for out in outputs:
        if out.lang == "fr" and out.generator == "summary":
            assert not _FR_BARE_AFTER_KIND.search(out.text), (out.audience, out.text)


def test_the_french_article_check_catches_a_bare_definition():
    assert _FR_BARE_AFTER_KIND.search("Le rivaroxaban est un anticoagulant : médicament pris")
    assert not _FR_BARE_AFTER_KIND.search("Le rivaroxaban est un anticoagulant : un médicament")


@pytest.mark.parametrize("name", NAMES)
def test_a_plain_word_that_names_a_kind_is_glossed_with_its_article(name):
    """"rivaroxaban (a blood thinner)", "rivaroxabán (un anticoagulante)": a plain word
    that names the kind (terms[].plain_kind) is a noun with its article in the brackets,
    never the bare "(blood thinner)", in a pack that says it so."""
    from plainsum.lexicon import Lexicon

    sheet, outputs = _outputs(name)
    kinds = [t for t, term in sheet.terms.items() if term.plain_kind]
    for out in outputs:
        if out.generator != "summary":
            continue
        pack = _registry().language(out.lang)
        if not pack.has_phrase("grammar.glossed_kind"):
            continue  # German: the article would take the case of the words before it
        lex = Lexicon(sheet, pack)
        for term_id in kinds:
            plain = lex.term(term_id).plain
            assert not plain or f"({plain})" not in out.text, (out.lang, out.audience)


# a duration said in words in one place and in digits in another ("over five years" in
# the headline, "Over the next 5 years" in the result): one text, one style
_DURATION_WORDS = {
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
    "nl": ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "it": ("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"),
    "pt": ("dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"),
}
_UNITS = r"(?:years?|Jahren?|jaar|años|ans|anni|anos)"


def mixed_durations(text: str, lang: str) -> list[str]:
    """The durations ``text`` says both in words and in digits ("five years", "5 years")."""
    out = []
    for n, word in enumerate(_DURATION_WORDS.get(lang, ()), start=2):
        if (re.search(rf"\b{word} {_UNITS}\b", text, re.I)
                and re.search(rf"(?<![\d.,]){n} {_UNITS}\b", text)):
            out.append(word)
    return out


def test_mixed_durations_finds_words_beside_digits():
    assert mixed_durations("cut heart attacks over five years. Over the next 5 years", "en")
    assert not mixed_durations("over 5 years. Over the next 5 years", "en")


@pytest.mark.parametrize("name", NAMES)
def test_a_text_says_a_duration_in_one_style(name):
    _, outputs = _outputs(name)
    for out in outputs:
        assert not mixed_durations(out.text, out.lang), (out.lang, out.audience,
                                                         out.generator, out.platform)
