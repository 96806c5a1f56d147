"""The review page writes the 'plainsum settle' command for the items a reviewer ticks,
and that command, run as it is shown, settles exactly those items (headless Chromium;
skipped, saying why, where it is missing)."""

from __future__ import annotations

import shlex

import yaml

from .test_desk_s37_settle import DRAFT
from .test_review_browser import browser  # noqa: F401  (the shared headless Chromium)


def test_ticked_items_make_the_settle_command_that_settles_them(browser, run_cli,  # noqa: F811
                                                                tmp_path, monkeypatch):
    from selenium.webdriver.common.by import By

    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.yaml").write_text(DRAFT, encoding="utf-8")
    assert run_cli("review", "draft.yaml", "-o", "review.html").exit_code == 0
    browser.get((tmp_path / "review.html").as_uri())
    browser.execute_script("window.localStorage.clear()")
    browser.refresh()
    box = browser.find_element(By.ID, "settle-box")
    assert "Tick the items" in box.text and not box.find_elements(By.ID, "settle-cmd")
    for name in ("diff", "placebo"):
        item = browser.find_element(By.CSS_SELECTOR, f'.entry[data-settle="{name}"]')
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", item)
        item.find_element(By.CSS_SELECTOR, "input[type=checkbox]").click()
    command = browser.find_element(By.ID, "settle-cmd").text
    words = shlex.split(command)
    assert words[:3] == ["plainsum", "settle", "draft.yaml"]
    assert sorted(words[3:]) == ["diff", "placebo"]
    result = run_cli(*words[1:])
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    assert "review" not in data["facts"][0]
    assert "TODO" in data["groups"][0]["review"]  # not ticked: not settled
    errors = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert not errors, errors
