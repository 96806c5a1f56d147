"""The review page in a real browser (Debian's headless Chromium, driven by selenium): it
loads without console errors, highlights sit on the right words, links go both ways, the
filter works, it fits a phone, and a hostile sheet runs nothing.

Skipped, saying why, where selenium, ``chromium`` or ``chromedriver`` is missing
(``.ci/run`` installs them with apt-get where it can)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import installed
from .review_pages import HOSTILE, RELEASE, SPANS, hostile_sheet

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("headless Chromium is not installed (apt-get install chromium "
                "chromium-driver): the review page's browser tests are skipped",
                allow_module_level=True)

FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,900")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="plainsum-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        try:
            yield driver
        finally:
            driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The hostile sheet's page, with one output added that fails with known findings
    and one that passes (whatever the generated outputs make of the sheet)."""
    from plainsum.factsheet import load_factsheet
    from plainsum.outputs import Checks, Finding, Output, Readability
    from plainsum.review import Release, build, render
    from plainsum.review.model import output_view

    folder = tmp_path_factory.mktemp("review")
    sheet_path, release_path = hostile_sheet(folder)
    registry = installed()
    if "en" not in registry.languages:
        pytest.skip("the English language pack is not installed")
    sheet = load_factsheet(sheet_path, registry.known_terms(), markup_ok=True)  # as review does
    release = Release("release.txt", release_path.read_text("utf-8"))
    page = build(sheet, registry, ["en"], list(registry.audiences), release)
    text = f"After 30 days, 7% had an infection {HOSTILE[1]}."
    bad = Output("summary", "planted", "patients", "en", text, checks=Checks(
        Readability("Flesch-Kincaid grade level", 5.0, 6.0, True, False),
        [Finding("number", "error", f"7% is not the sheet's 5% {HOSTILE[0]}", fact="treated-rate",
                 span=(text.index("7%"), text.index("7%") + 2)),
         Finding("omission", "error", "the main fact is missing")]))
    good = Output("summary", "planted-ok", "patients", "en", "All went well.",
                  checks=Checks(Readability("Flesch-Kincaid grade level", 3.0, 6.0, True, False)))
    page.languages[0].outputs[:0] = [output_view(bad, "p1", {"treated-rate": "fact-1"}),
                                     output_view(good, "p2", {})]
    out = folder / "review.html"
    out.write_text(render(page), "utf-8")
    return {"hostile": out, "page": page}


def _open(browser: Any, page: Path, hash_: str = "") -> None:
    browser.get(page.resolve().as_uri() + hash_)
    browser.get_log("browser")  # what an earlier page logged is not this one's


def _errors(browser: Any) -> list[dict[str, Any]]:
    return [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]


def test_loads_without_console_errors(browser: Any, pages: dict[str, Any]) -> None:
    browser.get("about:blank")
    browser.get_log("browser")
    browser.get(pages["hostile"].resolve().as_uri())
    assert browser.execute_script("return document.readyState") == "complete"
    assert browser.find_element("id", "shown").text.endswith("outputs shown")  # script ran
    assert _errors(browser) == []


def test_a_hostile_sheet_runs_nothing(browser: Any, pages: dict[str, Any]) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    _open(browser, pages["hostile"])
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading it is the check
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script(
        "return document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert browser.execute_script("return document.scripts.length") == 1
    shown = browser.find_element("tag name", "h1").text
    assert HOSTILE[1] in shown  # the title is shown as the text it is
    body = browser.find_element("tag name", "body").text
    assert all(payload in body for payload in (HOSTILE[0], HOSTILE[2]))
    assert _errors(browser) == []


def test_highlights_sit_on_their_words(browser: Any, pages: dict[str, Any]) -> None:
    _open(browser, pages["hostile"])
    for i, words in enumerate(SPANS.values()):
        said = browser.execute_script(
            "return Array.from(document.querySelectorAll('[data-items~=\"' + arguments[0] + "
            "'\"]')).map(e => e.textContent).join('')", f"fact-{i}")
        assert said == words
    mark = browser.find_element("id", "src-fact-0")
    assert mark.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"


def test_the_release_is_shown_whole(browser: Any, pages: dict[str, Any]) -> None:
    _open(browser, pages["hostile"])
    shown = browser.execute_script(
        "return document.querySelector('.release-text').textContent")
    assert shown == RELEASE


def test_ticks_on_the_checklist_are_kept(browser: Any, pages: dict[str, Any]) -> None:
    _open(browser, pages["hostile"])
    browser.execute_script("localStorage.clear()")
    _open(browser, pages["hostile"])
    boxes = browser.find_elements("css selector", ".entry input[type=checkbox]")
    assert boxes and not any(b.is_selected() for b in boxes)
    boxes[1].click()
    assert browser.find_element("id", "ticked").text == f"1 of {len(boxes)} ticked"
    _open(browser, pages["hostile"])  # reloaded: the tick is still there
    boxes = browser.find_elements("css selector", ".entry input[type=checkbox]")
    assert [b.is_selected() for b in boxes] == [i == 1 for i in range(len(boxes))]
    browser.execute_script("localStorage.clear()")


def test_a_tick_stays_with_its_fact_when_the_checklist_changes(
        browser: Any, pages: dict[str, Any], tmp_path: Path) -> None:
    """Ticks are kept under each item's content, not its place: a fact added above a
    ticked one leaves the tick on that fact, and a fact that changes loses its tick."""
    import dataclasses

    from plainsum.review import render
    from plainsum.review.model import Entry

    page = pages["page"]
    out = tmp_path / "review.html"

    def shown(entries: list[Entry]) -> None:
        keyed = [dataclasses.replace(e, key=f"fact-{i}") for i, e in enumerate(entries)]
        out.write_text(render(dataclasses.replace(page, entries=keyed)), "utf-8")
        _open(browser, out)

    facts = list(page.entries)
    shown(facts)
    browser.execute_script("localStorage.clear()")
    shown(facts)
    browser.find_elements("css selector", ".entry input[type=checkbox]")[1].click()
    added = Entry("fact-x", "facts", "a-new-fact", "a new fact", [("value", "12 %")])
    shown([added, *facts])  # the ticked fact is third now
    ticked = [b.is_selected() for b in
              browser.find_elements("css selector", ".entry input[type=checkbox]")]
    assert ticked[:len(facts) + 1] == [i == 2 for i in range(len(facts) + 1)]
    changed = dataclasses.replace(facts[1], words=[*facts[1].words, ("value", "13 %")])
    shown([added, facts[0], changed, *facts[2:]])
    assert not any(b.is_selected() for b in
                   browser.find_elements("css selector", ".entry input[type=checkbox]"))
    browser.execute_script("localStorage.clear()")


def test_links_go_both_ways(browser: Any, pages: dict[str, Any]) -> None:
    _open(browser, pages["hostile"])
    browser.find_element("id", "src-fact-1").click()
    assert browser.execute_script("return location.hash") == "#fact-1"
    entry = browser.find_element("id", "fact-1")
    assert "flash" in entry.get_attribute("class") and _in_view(browser, entry)
    entry.find_element("css selector", "a.src").click()
    assert browser.execute_script("return location.hash") == "#src-fact-1"
    lit = browser.find_elements("css selector", '[data-items~="fact-1"]')
    assert lit and all("flash" in e.get_attribute("class") for e in lit)
    assert _in_view(browser, lit[0])


def test_findings_are_marked_with_their_message(browser: Any, pages: dict[str, Any]) -> None:
    _open(browser, pages["hostile"])
    mark = browser.find_element("css selector", "#p1 a.finding")
    assert mark.text == "7%"
    assert mark.get_attribute("title") == f"7% is not the sheet's 5% {HOSTILE[0]}"
    mark.click()
    note = browser.find_element("id", "p1-f1")
    assert browser.execute_script("return location.hash") == "#p1-f1"
    assert HOSTILE[0] in note.text and _in_view(browser, note)
    note.find_element("link text", "the fact").click()
    assert browser.execute_script("return location.hash") == "#fact-1"
    browser.find_element("css selector", "#p1-f1 a[href='#m-p1-f1']").click()
    assert _in_view(browser, browser.find_element("css selector", "#p1 a.finding"))
    assert "nothing in the text to mark" in browser.find_element("id", "p1-f2").text


def test_the_filter_shows_only_what_fails(browser: Any, pages: dict[str, Any]) -> None:
    _open(browser, pages["hostile"])
    cards = browser.find_elements("css selector", "article.output")
    failing = [c for c in cards if c.get_attribute("data-passed") == "0"]
    assert failing and len(failing) < len(cards)
    assert all(c.is_displayed() for c in cards)
    browser.find_element("id", "only-fails").click()
    shown = [c for c in cards if c.is_displayed()]
    assert shown == failing
    assert browser.find_element("id", "shown").text == \
        f"{len(failing)} of {len(cards)} outputs shown"
    browser.find_element("id", "only-fails").click()
    assert all(c.is_displayed() for c in cards)
    from selenium.webdriver.support.ui import Select

    audience = Select(browser.find_element("id", "audience-filter"))
    audience.select_by_value("patients")
    assert {c.get_attribute("data-audience") for c in cards if c.is_displayed()} == {"patients"}
    assert not browser.find_element("css selector", 'section.aud[data-audience="press"]') \
        .is_displayed()


def test_a_phone_gets_one_column(browser: Any, pages: dict[str, Any]) -> None:
    browser.set_window_size(400, 850)
    try:
        _open(browser, pages["hostile"])
        tracks = browser.find_element("css selector", ".desk").value_of_css_property(
            "grid-template-columns")
        assert len(tracks.split()) == 1
        assert browser.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        browser.set_window_size(1280, 900)


def _in_view(browser: Any, element: Any) -> bool:
    return bool(browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;", element))
