"""The caveat travels with the claim (issue 13, items 2 and 4): every post of every example
sheet keeps its subject and the key limitation with what it means, fits its platform and
carries the sheet's hashtags, link and handle; the checker reports a caveat left out."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from plainsum.caveats import forms, key_caveats
from plainsum.factsheet import load_factsheet
from plainsum.pipeline import CheckContext, check_text, generate
from plainsum.platforms import PLATFORMS
from plainsum_checks.limitations import said

ROOT = Path(__file__).resolve().parents[1]
SHEETS = {p.parent.name: p for p in [ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml",
                                       *sorted((ROOT / "examples").glob("*/facts.yaml"))]}
LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]
AUDIENCES = ["patients", "public", "press", "clinicians"]


_MADE: dict[str, tuple] = {}


def _detagged(text: str) -> str:
    """A post with each hashtag said as the words it joins ("#EmboliaPulmonar de bajo
    riesgo" -> "Embolia pulmonar de bajo riesgo", "people with #MultipleSclerosis (MS)" ->
    "people with Multiple sclerosis (MS)"): a post may put the tag in place of the
    headline's own words, and is then still opened by its headline."""
    def words(tag: re.Match[str]) -> str:
        parts = re.findall(r"[A-ZÀ-Þ]?[^A-ZÀ-Þ]+|[A-ZÀ-Þ]+(?![^A-ZÀ-Þ])", tag[1])
        return " ".join([parts[0], *(part.lower() for part in parts[1:])]) if parts else tag[0]

    return re.sub(r"#(\w+)", words, text)


def _posts(name: str, registry) -> tuple:
    if name not in _MADE:
        _MADE[name] = _make(name, registry)
    return _MADE[name]


def _make(name: str, registry) -> tuple:
    sheet = load_factsheet(SHEETS[name], registry.known_terms())
    langs = [lang for lang in LANGS if lang in registry.languages
             and (lang != "nl" or "nl:" in SHEETS[name].read_text("utf-8"))]
    return sheet, tuple(generate(sheet, registry, langs, AUDIENCES, ["social"]))


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_every_post_keeps_subject_and_key_caveat_and_fits(name, registry):
    sheet, posts = _posts(name, registry)
    assert posts
    for post in posts:
        where = (name, post.lang, post.audience, post.variant)
        platform = PLATFORMS[post.platform]
        assert platform.fits(post.text), where
        assert post.checks.passed, (where, [f.to_json() for f in post.checks.findings])
        # the subject: the post opens with the headline (or the sheet's short one)
        heads = [h for h in (sheet.title_in(post.lang), sheet.short_title_in(post.lang)) if h]
        lexicon_title = post.text.split("\n")[0]
        # a headline that opens with an abbreviation says it with the sheet's hashtag for
        # its full name where the post has room ("#MultipleSclerosis (MS): stem cell …"
        # for "MS: stem cell …"): the same headline
        spelled = re.sub(r"^[^():]+? \((\w+)\)", r"\1", _detagged(lexicon_title))
        opened = [lexicon_title, _detagged(lexicon_title), spelled,
                  re.sub(r" \([^()]*\)", "", _detagged(lexicon_title))]
        assert any(o.casefold().startswith(h[:25].casefold()) for o in opened for h in heads) \
            or post.text[:1].isupper(), where
        # the key caveat, with what it means, on every platform
        assert post.limitations[:len(sheet.key_limitations)] == \
            [lim.id for lim in sheet.key_limitations] or not sheet.key_limitations, where
        for lim in sheet.key_limitations:
            assert any(f in post.text for f in forms(lim, post.lang)), where
        # every required hashtag, always
        for tag in sheet.hashtags:
            assert tag in post.text, where


def test_the_seed_posts_start_with_the_headline_and_say_what_the_caveat_means(registry):
    sheet, posts = _posts("hsct-ms-2021", registry)
    from plainsum_summary.spell import unabbreviated

    from .test_posts_fit import _unspelled, _wording

    for post in posts:
        title = sheet.short_title_in(post.lang) if post.platform in ("x", "bluesky") else None
        starts = [t for t in (title, sheet.title_in(post.lang)) if t]
        # an abbreviation the headline uses is spelled out there ("… with multiple
        # sclerosis (MS)", "MS (Multiple Sklerose)"): the headline as the sheet words it
        # or said with the abbreviation's full name where a short post has no room to
        # spell it out ("Greffe de cellules souches et sclérose en plaques : …")
        w = _wording(sheet, post.lang, post.audience, post.platform)
        starts += [f for f in (unabbreviated(w, t) for t in starts) if f]
        detagged = _detagged(post.text)
        for text in (post.text, _unspelled(w, post.text), re.sub(r" \([^()]*\)", "", post.text),
                     detagged, _unspelled(w, detagged), re.sub(r" \([^()]*\)", "", detagged)):
            folded = text.casefold()
            if any(folded.startswith(t.rstrip(".").casefold()) for t in starts) or \
                    folded.split(".")[0] in " ".join(starts).casefold():
                break
        else:
            # or the anchored result as the post's subject, where it names the
            # intervention and the condition itself ("Of the 122 people with
            # relapsing-remitting MS, … 10 years after the stem cell transplant")
            from plainsum_social.posts import names_subject

            if not (sheet.main_fact in post.facts and names_subject(w, post.text)):
                raise AssertionError((post.lang, post.audience, post.variant))
    x = {(p.lang, p.audience): p.text for p in posts if p.variant == "x"}
    assert "we cannot tell whether the transplant caused this" in x["en", "patients"]
    assert "rien ne prouve l'effet de la greffe" in x["fr", "patients"]
    assert "non si sa se il merito sia del trapianto" in x["it", "patients"]
    assert "No control group: the outcomes cannot be attributed with certainty" in \
        x["en", "clinicians"]
    # no post opens with a bare time phrase any more
    assert not any(p.text.startswith(("Within", "After", "Au bout", "Dopo")) for p in posts)


def test_local_hashtags_link_and_handle(registry):
    sheet, posts = _posts("rivaroxaban-pe-2018", registry)
    assert sheet.handle("x") == "@JanssenUS" and sheet.handle("bluesky") is None
    assert sheet.link is None  # source.url is provenance (a wire copy), not a link
    # on X, the handle closes the post, unless it was given up for the main result
    x = [p for p in posts if p.variant == "x"]
    assert any(p.text.rstrip().endswith("@JanssenUS") for p in x)
    for p in x:
        assert (p.text.rstrip().endswith("@JanssenUS") or sheet.main_fact in p.facts), (
            p.lang, p.audience)
    assert not any("@JanssenUS" in p.text for p in posts if p.variant != "x")
    for p in posts:  # a handle or a link is never said on a platform it does not fit
        assert PLATFORMS[p.platform].fits(p.text)
    # local hashtags beside the required one where there is room (always on LinkedIn)
    for p in posts:
        if p.variant == "linkedin":
            assert all(t in p.text for t in sheet.hashtags_in(p.lang)), (p.lang, p.audience)
    es = next(p for p in posts if p.variant == "linkedin" and p.lang == "es")
    assert "#PulmonaryEmbolism #EmboliaPulmonar" in es.text


def test_the_link_is_the_doi_and_never_an_archived_copy(registry):
    vit = load_factsheet(SHEETS["vitamin-d-colorectal-2018"], registry.known_terms())
    assert vit.link == "https://doi.org/10.1093/jnci/djy087"
    _, posts = _posts("vitamin-d-colorectal-2018", registry)
    for p in posts:  # every post links the study, unless it gave the link up to say the
        # main result (the post's subject, result and caveat come before any extra);
        # X and Mastodon count it as 23
        assert vit.link in p.text or vit.main_fact in p.facts, (p.lang, p.audience, p.variant)
        if p.variant in ("mastodon", "linkedin"):
            assert vit.link in p.text, (p.lang, p.audience, p.variant)
        if p.variant in ("x", "mastodon") and vit.link in p.text:
            rest = p.text.replace(vit.link, "")
            assert PLATFORMS[p.variant].count(p.text) == PLATFORMS[p.variant].count(rest) + 23
    ct = load_factsheet(SHEETS["ct-heart-scan-2018"], registry.known_terms())
    assert "web.archive.org" in ct.source["url"] and ct.link is None
    seed = load_factsheet(SHEETS["hsct-ms-2021"], registry.known_terms())
    assert seed.link is None and seed.handle("x") is None  # the release gives neither


def test_key_limitation_defaults_to_the_first(registry):
    sheet = load_factsheet(SHEETS["hsct-ms-2021"], registry.known_terms())
    assert [lim.id for lim in sheet.key_limitations] == ["lim-no-control"]
    unmarked = {k: replace(v, key=False) for k, v in sheet.limitations.items()}
    assert [lim.id for lim in replace(sheet, limitations=unmarked).key_limitations] == \
        [next(iter(sheet.limitations))]


def _context(registry, sheet, lang, output=None):
    from plainsum.lexicon import Lexicon

    pack = registry.language(lang)
    audience = registry.audience(output.audience if output else "patients")
    return CheckContext(sheet, pack, audience, Lexicon(sheet, pack), output=output)


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_the_checker_reports_a_post_whose_caveat_was_removed(lang, registry):
    sheet, posts = _posts("hsct-ms-2021", registry)
    post = next(p for p in posts if p.variant == "mastodon" and p.lang == lang
                and p.audience == "patients")
    [cav] = [c for c in key_caveats_of(registry, sheet, post)]
    assert post.limitations == ["lim-no-control"]
    context = _context(registry, sheet, lang, post)
    faithful = check_text(post.text, context, registry, with_readability=False)
    assert not [f for f in faithful.findings if f.rule == "limitation-missing"]
    cut = post.text
    for part in (cav.short, cav.text, cav.meaning):
        cut = cut.replace(part, "")
    assert cut != post.text
    found = [f for f in check_text(cut, context, registry, with_readability=False).findings
             if f.rule == "limitation-missing"]
    assert [(f.severity, f.fact) for f in found] == [("error", "lim-no-control")]

    # the same text written elsewhere (plainsum check): a warning, and a caveat said in
    # words of one's own (its term, "control group") is recognised
    foreign = _context(registry, sheet, lang)
    found = [f for f in check_text(cut, foreign, registry, with_readability=False).findings
             if f.rule == "limitation-missing"]
    assert [(f.severity, f.fact) for f in found] == [("warning", "lim-no-control")]
    head = cut.split(". ", 1)[0]  # the headline, its abbreviation spelled out
    own = cut.replace(head, head + ". " + OWN[lang], 1)
    assert not [f for f in check_text(own, foreign, registry, with_readability=False).findings
                if f.rule == "limitation-missing"]


OWN = {  # the caveat in words of a writer's own, naming the limitation's term
    "en": "The researchers had no control group",
    "fr": "Les chercheurs n'avaient pas de groupe témoin",
    "de": "Es gab keine Kontrollgruppe",
}


def key_caveats_of(registry, sheet, post):
    from plainsum.lexicon import Lexicon
    from plainsum.render import Wording

    pack = registry.language(post.lang)

    class Request:  # the smallest request a Wording needs
        factsheet = sheet
        lexicon = Lexicon(sheet, pack)
        audience = registry.audience(post.audience)

    Request.pack = pack
    return key_caveats(Wording(Request, prefix="social"))


def test_output_json_lists_the_limitations_it_states(registry):
    _, posts = _posts("hsct-ms-2021", registry)
    data = posts[0].to_json()
    assert data["limitations"] == posts[0].limitations and "lim-no-control" in data["limitations"]


def test_lint_refuses_a_meaning_in_a_language_the_limitation_is_not_written_in(tmp_path):
    import yaml
    from plainsum.factsheet import lint

    data = yaml.safe_load(SHEETS["hsct-ms-2021"].read_text("utf-8"))
    assert lint(SHEETS["hsct-ms-2021"]) == []
    lim = next(lim for lim in data["limitations"] if lim.get("key"))
    del lim["text"]["nl"]
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    found = {e.path for e in lint(path)}
    assert {"limitations[1].meaning.nl", "limitations[1].short.nl"} <= found


# --- summaries: the key limitation said once, with what it means, where the limits are ---

_SUMMARIES: dict[str, tuple] = {}


def _summaries(name: str, registry) -> tuple:
    if name not in _SUMMARIES:
        sheet, _ = _posts(name, registry)
        langs = sorted({p.lang for p in _posts(name, registry)[1]})
        _SUMMARIES[name] = sheet, tuple(generate(sheet, registry, langs, AUDIENCES,
                                                 ["summary"]))
    return _SUMMARIES[name]


def _key_caveats(registry, sheet, output):
    return key_caveats_of(registry, sheet, output)


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_every_summary_says_each_key_limitation_once_with_its_meaning(name, registry):
    sheet, summaries = _summaries(name, registry)
    assert summaries
    for out in summaries:
        where = (name, out.lang, out.audience)
        assert not [f for f in out.checks.findings if f.rule == "limitation-missing"], where
        assert out.limitations == list(sheet.limitations), where
        paragraphs = out.text.split("\n\n")
        for cav in _key_caveats(registry, sheet, out):
            # the meaning is said once, in the paragraph that says the limitation, right
            # after the sentence holding it (the limitation is not said a second time)
            assert out.text.count(cav.meaning) == 1, (where, cav.meaning)
            [para] = [p for p in paragraphs if cav.meaning in p]
            last = _sentence_before(para, cav.meaning)
            lim = sheet.limitations[cav.id]
            assert said(last, lim, out.lang), (where, last)
            others = para.replace(last, "")
            assert not said(others, lim, out.lang), where


def _sentence_before(text: str, sentence: str) -> str:
    return text[:text.index(sentence)].rstrip()[:-1].rsplit(". ", 1)[-1] + "."


def test_the_limits_intro_counts_limitations_not_their_meanings(registry):
    sheet, summaries = _summaries("chlorhexidine-csection-2016", registry)
    assert len(sheet.limitations) == 1
    en = next(o for o in summaries if o.lang == "en" and o.audience == "patients")
    # one limitation followed by what it means is still "one limitation", which leads
    # into it ("This study has one weakness." would say there is no other)
    assert "One limitation: the study took place in only one hospital. So the " \
        "result still needs to be checked in other hospitals." in en.text
    assert "one weakness" not in en.text


def test_press_summary_says_the_caveat_before_the_quote(registry):
    sheet, summaries = _summaries("hsct-ms-2021", registry)
    for out in (o for o in summaries if o.audience == "press"):
        [cav] = _key_caveats(registry, sheet, out)
        speaker = sheet.people[next(iter(sheet.quotes.values())).speaker].name
        # the quote's attribution is the speaker's first mention (the author line closes)
        assert out.text.index(cav.meaning) < out.text.index(speaker), out.lang


@pytest.mark.parametrize("lang", ["en", "es", "de"])
def test_the_checker_reports_a_summary_whose_key_limitation_was_removed(lang, registry):
    sheet, summaries = _summaries("hsct-ms-2021", registry)
    for audience in ("patients", "clinicians"):
        out = next(o for o in summaries if o.lang == lang and o.audience == audience)
        context = _context(registry, sheet, lang, out)
        [cav] = _key_caveats(registry, sheet, out)
        # a joined sentence ("The study was retrospective and did not include a control
        # group") still says the limitation: nothing reported on the generated text
        assert not [f for f in check_text(out.text, context, registry,
                                          with_readability=False).findings
                    if f.rule == "limitation-missing"]
        before = _sentence_before(out.text, cav.meaning)
        cut = out.text.replace(before, "")
        found = [f.fact for f in check_text(cut, context, registry,
                                            with_readability=False).findings
                 if f.rule == "limitation-missing"]
        assert "lim-no-control" in found, (audience, before)


# --- one test of "is the limitation stated", for limitation-missing and the CCI ---------

WRITTEN = {  # (the key limitation in a writer's own words, a results sentence sharing words)
    "en": ("We had no group of people without the transplant to compare them with.",
           "Of the 210 people in the study, 80 in 100 did not get worse after the transplant."),
    "es": ("No hubo ningún grupo de personas sin trasplante con el que poder comparar.",
           "De las 210 personas del estudio, 80 de cada 100 no empeoraron tras el trasplante."),
    "fr": ("Il n'y avait aucun groupe de personnes sans greffe pour comparer.",
           "Sur les 210 personnes de l'étude, 80 sur 100 ne se sont pas aggravées après la "
           "greffe."),
}


@pytest.mark.parametrize("lang", sorted(WRITTEN))
def test_limitation_missing_and_cci_uncertainty_decide_alike(lang, registry):
    from plainsum_checks.cci import CCIValidator

    sheet, _ = _posts("hsct-ms-2021", registry)
    [lim] = sheet.key_limitations
    own, result = WRITTEN[lang]
    title = sheet.title_in(lang)
    no_cause = registry.language(lang).phrase("summary.association")["plain"]
    for body, stated in ((f"{result} {own}", True), (result, False)):
        text = f"{title}\n\n{body}\n\n{no_cause[:1].upper()}{no_cause[1:]}.\n"
        context = _context(registry, sheet, lang)
        assert said(body, lim, lang, context.lexicon) is stated, (lang, body)
        assert said(body, lim, lang) is False  # exact: only the sheet's wording
        missing = [f for f in check_text(text, context, registry,
                                         with_readability=False).findings
                   if f.rule == "limitation-missing"]
        assert (not missing) is stated, (lang, body)
        score = CCIValidator().score(text, context)
        [item] = [i for i in score.items if i.item == "uncertainty"]
        assert item.passed is stated, (lang, body, item.note)


def test_one_limitation_leads_into_it_in_each_language(registry):
    """"One limitation: the study …": the intro and the limit are one sentence, the limit
    in lower case after the colon, an elided article too ("Une limite : l'étude"); German
    writes a whole sentence after a colon with its capital ("Eine Einschränkung: Es …")."""
    _, summaries = _summaries("chlorhexidine-csection-2016", registry)
    opened = {"en": "One limitation: the study", "fr": "Une limite\u202f: l'étude",
              "es": "Una limitación: el estudio", "it": "Un limite: lo studio",
              "pt": "Uma limitação: o estudo", "de": "Eine Einschränkung: Es war"}
    for out in summaries:
        if out.audience in ("patients", "public") and out.lang in opened:
            assert opened[out.lang] in out.text, (out.lang, out.audience)
            assert not re.search(r"[:\u202f]\s*[.]", out.text)  # no intro left alone
