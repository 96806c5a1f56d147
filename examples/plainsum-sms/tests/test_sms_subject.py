"""An SMS is read alone: where the result leaves out the condition or the treatment, the
headline that names them comes first, at the cost of a segment (up to three)."""

from __future__ import annotations

from pathlib import Path

from plainsum.pipeline import generate
from plainsum_sms.segments import segments

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _sheet(registry, name: str):
    from plainsum.factsheet import load_factsheet

    return load_factsheet(str(EXAMPLES / name / "facts.yaml"), registry.known_terms())


def test_a_result_without_its_condition_is_headed_even_at_a_segments_cost(plainsum_registry):
    """"Over the next 5 years, people who also had a heart scan had a heart attack 40%
    less often …": who were they? The headline says people with chest pain."""
    sheet = _sheet(plainsum_registry, "ct-heart-scan-2018")
    langs = [lang for lang in ("en", "it", "pt", "nl") if lang in plainsum_registry.languages]
    for out in generate(sheet, plainsum_registry, langs, ["patients", "clinicians"], ["sms"]):
        heads = [t.strip().rstrip(".") for t in (sheet.title_in(out.lang),
                                                  sheet.short_title_in(out.lang)) if t]
        assert out.text.startswith(tuple(heads)), (out.lang, out.audience, out.text)
        assert segments(out.text) <= 3 and out.checks.passed, (out.lang, out.text)
        assert sheet.main_fact in out.facts


def test_a_title_that_names_nothing_costs_no_segment(plainsum_registry, plainsum_factsheet):
    """Paired: a title that names neither the condition nor the treatment ("A small example
    trial") is not worth a segment: the result alone, in one."""
    [out] = generate(plainsum_factsheet, plainsum_registry, ["en"], ["patients"], ["sms"])
    assert segments(out.text) == 1 and not out.text.startswith("A small example trial")


def test_a_candidate_that_states_no_fact_is_no_reason_to_fail(plainsum_registry):
    """A sentence that states no fact of its own (a ratio whose interval holds 1, said
    without figures, as a draft's may be) is skipped where a message is tried without
    its time, not read for a fact it does not have (the generator failed and the whole
    SMS was left out)."""
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import Request
    from plainsum.render import Sentence
    from plainsum_sms import _untimed, _wording

    sheet = _sheet(plainsum_registry, "ct-heart-scan-2018")
    pack = plainsum_registry.language("en")
    w = _wording(Request(sheet, pack, plainsum_registry.audiences["patients"], "sms",
                         Lexicon(sheet, pack)))
    said = Sentence("Over the next 5 years, there was no clear difference.", (), 0, "result")
    assert _untimed(w, [said]) == []
