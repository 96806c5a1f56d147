"""The built-in validators on the seed fact sheet, in English and Spanish.

A faithful text (written here, with paraphrases the checker must accept) passes; each
kind of error a machine translation makes is found at its span.
"""

from __future__ import annotations

import copy

import pytest
import yaml
from plainsum.factsheet import load_factsheet
from plainsum.factsheet.model import FactSheet
from plainsum.lexicon import Lexicon
from plainsum.outputs import Output
from plainsum.pipeline import CheckContext, check_text

from .conftest import SEED_FACTS, module_registry

FAITHFUL = {
    "en": (
        "A stem cell transplant may keep multiple sclerosis (MS) from getting worse for many "
        "years, a study in the journal Neurology found. It was published on January 20, 2021."
        "\n\n"
        "The study looked at 210 people with MS who had a stem cell transplant between 1997 "
        "and 2019. Their average age was 35. Of them, 122 had relapsing-remitting MS, 86 had "
        "secondary progressive MS and two had primary progressive MS. Researchers checked on "
        "them at six months, five years and 10 years after the transplant.\n\n"
        "Five years after the transplant, 80% of the people had no worsening of their "
        "disability. At 10 years, 66% still had not gotten worse. In people with "
        "relapsing-remitting MS, 86% did not get worse at five years, and 71 out of 100 did "
        "not get worse at 10 years. In people with progressive MS, 71% did not get worse at "
        "five years and 57% did not get worse at 10 years. In some people, disability "
        "improved over 10 years.\n\n"
        "\"Our study demonstrates that intense immunosuppression followed by hematopoietic "
        "stem cell transplants should be considered as a treatment for people with MS,\" said "
        "study author Matilde Inglese, M.D., Ph.D., of the University of Genoa in Italy."
    ),
    "es": (
        "Un trasplante de células madre puede evitar que la esclerosis múltiple (EM) empeore "
        "durante muchos años, según un estudio publicado en la revista Neurology el 20 de "
        "enero de 2021.\n\n"
        "El estudio analizó a 210 personas con EM que recibieron un trasplante de células "
        "madre de 1997 a 2019. Su edad media era de 35 años. De ellas, 122 tenían EM "
        "remitente-recurrente, 86 tenían EM secundaria progresiva y dos tenían EM primaria "
        "progresiva. Los investigadores las evaluaron a los seis meses, a los cinco años y a "
        "los 10 años del trasplante.\n\n"
        "A los cinco años del trasplante, el 80 % de las personas no presentaron "
        "empeoramiento de la discapacidad. A los 10 años, el 66 % seguía sin empeorar. En las "
        "personas con EM remitente-recurrente, el 86 % no empeoraron a los cinco años y 71 de "
        "cada 100 no empeoraron a los 10 años. En las personas con EM progresiva, el 71 % no "
        "empeoraron a los cinco años y el 57 % no empeoraron a los 10 años. En algunas "
        "personas, la discapacidad mejoró a lo largo de 10 años.\n\n"
        "La autora del estudio es Matilde Inglese, de la Universidad de Génova (Italia)."
    ),
}


PACKS = tuple(FAITHFUL)  # module_registry skips the module without them
registry = module_registry  # one registry for this module's tests: tests/conftest.py


@pytest.fixture(scope="module")
def sheet(registry) -> FactSheet:
    return load_factsheet(str(SEED_FACTS), registry.known_terms())


def run(registry, sheet, lang, text, require="key", output=None):
    pack = registry.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), output=output,
                           require=require)
    return check_text(text, context, registry, with_readability=False).findings


def errors(findings):
    return [f for f in findings if f.severity == "error"]


def changed(lang: str, old: str, new: str) -> tuple[str, int]:
    text = FAITHFUL[lang]
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1), text.index(old)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_faithful_text_has_no_errors(registry, sheet, lang):
    assert errors(run(registry, sheet, lang, FAITHFUL[lang])) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "80%", "75%"),
    ("es", "el 80 %", "el 75 %"),
])
def test_changed_number_is_unsupported_at_its_span(registry, sheet, lang, old, new):
    text, _ = changed(lang, old, new)
    found = errors(run(registry, sheet, lang, text))
    assert [f.rule for f in found] == ["unsupported-number"]
    finding = found[0]
    figure = new.replace("el ", "")
    start = text.index(figure)
    assert finding.span == (start, start + len(figure))
    assert finding.found == figure
    assert finding.fact == "all-5y"
    assert finding.expected == registry.language(lang).format_percent(80)


@pytest.mark.parametrize(("lang", "old"), [
    ("en", " and 57% did not get worse at 10 years"),
    ("es", " y el 57 % no empeoraron a los 10 años"),
])
def test_dropped_key_number_is_missing(registry, sheet, lang, old):
    text, _ = changed(lang, old, "")
    found = errors(run(registry, sheet, lang, text))
    assert [(f.rule, f.fact, f.span) for f in found] == [
        ("missing-fact", "progressive-10y", None)]
    assert found[0].expected == registry.language(lang).format_percent(57)


def test_missing_facts_follow_the_require_mode(registry, sheet):
    text = "In people with relapsing-remitting MS, 71% did not get worse at 10 years."
    key = {f.fact for f in run(registry, sheet, "en", text, "key") if f.rule == "missing-fact"}
    assert key == {f.id for f in sheet.key_facts} - {"rrms-10y"}
    every = {f.fact for f in run(registry, sheet, "en", text, "all")
             if f.rule == "missing-fact"}
    assert every == set(sheet.facts) - {"rrms-10y"}
    assert not [f for f in run(registry, sheet, "en", text, "none") if f.rule == "missing-fact"]
    output = Output("test", "x", "public", "en", text, facts=["rrms-10y"])
    assert not errors(run(registry, sheet, "en", text, "claimed", output))
    output.facts.append("rrms-5y")
    assert [f.fact for f in errors(run(registry, sheet, "en", text, "claimed", output))] == [
        "rrms-5y"]


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "86% did not", "71% did not"),
    ("es", "el 86 % no empeoraron", "el 71 % no empeoraron"),
])
def test_value_of_another_group_or_time_is_wrong_context(registry, sheet, lang, old, new):
    text, at = changed(lang, old, new)
    found = errors(run(registry, sheet, lang, text))
    assert [f.rule for f in found] == ["wrong-context"]
    start = text.index("71", at)
    assert found[0].span[0] == start and text[slice(*found[0].span)].startswith("71")
    assert found[0].fact == "rrms-5y"


def test_group_swap_is_wrong_context(registry, sheet):
    text = ("In people with progressive MS, 86% did not get worse at five years. "
            "In people with relapsing-remitting MS, 71% did not get worse at five years.")
    found = [f for f in run(registry, sheet, "en", text, "none") if f.severity == "error"]
    # each finding spans the words of the group it is wrongly said of, and the figure
    assert [(f.rule, f.found) for f in found] == [
        ("wrong-context", "people with progressive MS, 86%"), ("wrong-context", "71%")]
    assert [f.fact for f in found] == ["progressive-5y", "rrms-5y"]


def test_count_of_another_group_is_wrong_context(registry, sheet):
    text, at = changed("en", "122 had", "86 had")
    found = errors(run(registry, sheet, "en", text))
    assert [(f.rule, f.span) for f in found] == [("wrong-context", (at, at + 2))]


@pytest.mark.parametrize(("lang", "old", "new", "word"), [
    ("en", "disability improved", "disability increased", "increased"),
    ("en", "86% did not get worse", "86% got worse", "got worse"),
    ("es", "la discapacidad mejoró", "la discapacidad empeoró", "empeoró"),
    ("es", "el 86 % no empeoraron", "el 86 % empeoraron", "empeoraron"),
])
def test_flipped_direction(registry, sheet, lang, old, new, word):
    text, at = changed(lang, old, new)
    found = errors(run(registry, sheet, lang, text))
    # a negation left out ("did not get worse" -> "got worse") is also negation-changed
    assert [f.rule for f in found if f.rule != "negation-changed"] == ["direction-flipped"]
    if " no" in f" {old}":
        assert "negation-changed" in {f.rule for f in found}
    start = text.index(word, at)
    assert found[0].span == (start, start + len(word))


def test_negated_worsening_is_no_worsening(registry, sheet):
    text = "At 10 years, 66% of the people did not get worse and 34% had no improvement."
    assert not [f for f in run(registry, sheet, "en", text, "none")
                if f.rule == "direction-flipped"]


def test_term_garbled_everywhere(registry, sheet):
    text = FAITHFUL["en"].replace("stem cell transplant", "gas transmission")
    found = errors(run(registry, sheet, "en", text))
    assert {f.rule for f in found} == {"term-corrupted"}
    assert [text[slice(*f.span)] for f in found] == [
        "gas transmission", "gas transmission", "gas transmissions"]
    assert {f.expected for f in found} == {sheet_form(registry, sheet, "en")}


def test_look_alike_words_are_not_terms_where_the_term_is_named(registry, sheet):
    text = FAITHFUL["en"] + " Many people eventually transition to another form."
    assert errors(run(registry, sheet, "en", text)) == []


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "a stem cell transplant between", "a stem cell transmission between"),
    ("es", "Un trasplante de células madre puede", "Una transmisión de células madre puede"),
])
def test_corrupted_term_at_its_span(registry, sheet, lang, old, new):
    text, at = changed(lang, old, new)
    found = errors(run(registry, sheet, lang, text))
    assert [f.rule for f in found] == ["term-corrupted"]
    bad = new.split(" ", 1)[1].rsplit(" ", 1)[0]
    start = text.index(bad, at)
    assert found[0].span == (start, start + len(bad))
    assert found[0].fact == "ahsct"
    assert found[0].expected == sheet_form(registry, sheet, lang)


def sheet_form(registry, sheet, lang):
    forms = Lexicon(sheet, registry.language(lang)).term("ahsct")
    return forms.plain or forms.technical


@pytest.mark.parametrize("lang", ["en", "es"])
def test_altered_name(registry, sheet, lang):
    text, at = changed(lang, "Matilde Inglese", "Matilde Inglesi")
    found = errors(run(registry, sheet, lang, text))
    assert [(f.rule, f.span, f.expected) for f in found] == [
        ("name-altered", (at, at + len("Matilde Inglesi")), "Matilde Inglese")]


def test_a_word_that_opens_a_sentence_is_no_misspelt_name(registry, sheet):
    """"An" after a closing quote and a blank line starts a sentence: it is the article,
    not a misspelt "AAN" (the sentence is checked as a sentence, whatever stands before)."""
    text = (FAITHFUL["en"]
            + "\n\nShe called it \u201ca good result.\u201d\n\nAn open question remains.")
    assert errors(run(registry, sheet, "en", text)) == []


def test_missing_key_term_and_name_are_warnings(registry, sheet):
    text = "At 10 years, 71% of people with relapsing-remitting MS did not get worse."
    found = run(registry, sheet, "en", text)
    warned = {(f.rule, f.fact) for f in found if f.severity == "warning"}
    assert ("term-missing", "ahsct") in warned
    assert ("name-missing", "inglese") in warned
    assert ("name-missing", "neurology") in warned
    assert ("term-missing", "multiple-sclerosis") not in warned  # "MS" inside a longer term


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "71 out of 100", "71 percent"),
    ("en", "71 out of 100", "7 in 10"),
    ("en", "71 out of 100", "seven in ten"),
    ("en", "80%", "eighty per cent"),
    ("en", "210", "two hundred and ten"),
    ("en", "between 1997 and 2019", "from 1997 to 2019"),
    ("en", "between 1997 and 2019", "in 1997–2019"),
    ("es", "71 de cada 100", "7 de cada 10"),
    ("es", "el 80 %", "el ochenta por ciento"),
    ("es", "de 1997 a 2019", "entre 1997 y 2019"),
])
def test_faithful_paraphrases_pass(registry, sheet, lang, old, new):
    text, _ = changed(lang, old, new)
    assert errors(run(registry, sheet, lang, text)) == []


def test_rounding_to_ten_only_where_the_fact_allows_it(registry, sheet):
    text, at = changed("en", "66% still", "7 in 10 still")
    found = errors(run(registry, sheet, "en", text))
    assert [(f.span, f.fact, f.expected) for f in found] == [((at, at + 7), "all-10y", "66%")]


def test_declared_rounding_decides(registry, sheet):
    data = copy.deepcopy(sheet.raw)
    for fact in data["facts"]:
        if fact["id"] == "rrms-5y":
            fact.update(value=85.5, round_to=[1])
    rounded = FactSheet.from_dict(yaml.safe_load(yaml.safe_dump(data)))
    ok = "In people with relapsing-remitting MS, 86% did not get worse at five years."
    assert not errors(run(registry, rounded, "en", ok, "none"))
    exact = ok.replace("86%", "85.5%")
    assert not errors(run(registry, rounded, "en", exact, "none"))
    wrong = ok.replace("86%", "85%")
    found = errors(run(registry, rounded, "en", wrong, "none"))
    assert [(f.rule, f.expected) for f in found] == [("unsupported-number", "85.5%")]
    plain = "In people with progressive MS, 71.0% did not get worse at five years."
    assert not errors(run(registry, sheet, "en", plain, "none"))


def test_dates_and_times(registry, sheet):
    text = FAITHFUL["en"].replace("January 20, 2021", "January 21, 2021")
    found = errors(run(registry, sheet, "en", text))
    assert [(f.rule, f.found, f.expected) for f in found] == [
        ("unsupported-number", "January 21, 2021", "January 20, 2021")]
    note = "Embargoed until 4:00 PM (UTC-05:00) on January 20, 2021. " + FAITHFUL["en"]
    assert not errors(run(registry, sheet, "en", note))


def test_platform_rules(registry, sheet):
    post = "After 10 years, 71 out of 100 people with relapsing-remitting MS did not get worse."
    output = Output("social", "x", "public", "en", post, facts=["rrms-10y"], platform="x")
    found = run(registry, sheet, "en", post, "claimed", output)
    assert sorted((f.rule, f.expected) for f in found if f.rule == "hashtag-missing") == [
        ("hashtag-missing", "#AANscience"), ("hashtag-missing", "#Neurology")]
    long_post = post + " #Neurology #AANscience " + "More. " * 50
    output.text = long_post
    found = run(registry, sheet, "en", long_post, "claimed", output)
    too_long = [f for f in found if f.rule == "too-long"]
    assert len(too_long) == 1 and too_long[0].span[1] == len(long_post)
    assert "280" in too_long[0].message
    no_platform = Output("summary", "summary", "public", "en", long_post, facts=["rrms-10y"])
    assert not [f for f in run(registry, sheet, "en", long_post, "claimed", no_platform)
                if f.rule in ("too-long", "hashtag-missing")]


def test_spans_are_offsets_of_the_checked_text(registry, sheet):
    text = FAITHFUL["es"].replace("el 80 %", "el 75\u00a0%")
    for f in run(registry, sheet, "es", text, "all"):
        if f.span is not None:
            assert 0 <= f.span[0] < f.span[1] <= len(text)
            assert text[f.span[0]:f.span[1]] == f.found


@pytest.mark.parametrize(("later", "rule"), [
    ("After 10 years, it was 66 out of 100.", None),
    ("After 10 years, it was 80 out of 100.", "wrong-context"),  # the 5-year figure
    ("After 10 years, it was 69 out of 100.", "unsupported-number"),
])
def test_a_short_follow_on_figure_takes_the_group_of_the_sentence_before(
        registry, sheet, later, rule):
    text = "After 5 years, 80 out of 100 people with MS did not get worse. " + later
    at = text.index(later) + later.index("out of") - 3
    found = [f.rule for f in errors(run(registry, sheet, "en", text, require="none"))
             if f.span and f.span[0] <= at < f.span[1]]
    assert found == ([rule] if rule else [])
