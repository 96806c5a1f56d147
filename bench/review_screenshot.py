"""Screenshots of the review page, so a person can look at it without opening a browser.

    python bench/review_screenshot.py [FACTS] [--release FILE] [--lang en,es] [--out DIR]

Writes the page with ``plainsum review`` (by default: the draft ``plainsum extract`` makes
of the seed's release, reviewed against that release), then opens it in headless Chromium
(Debian's ``chromium`` and ``chromedriver``, driven with selenium) at a laptop's width and
a phone's, and saves, in DIR (default ``review-shots``):

- ``laptop.png``: the release beside the checklist; ``laptop-outputs.png``: the first
  output shown beside the sheet's language (else the first output); ``laptop-fails.png``:
  with "show only what fails" on, the first failing output with a finding marked in it;
- ``phone.png``, ``phone-outputs.png``, ``phone-fails.png``: the same, 390 CSS pixels wide;
- ``review.html``: the page itself.

The browser runs with no network of its own (no sync, no updates, no QUIC) and a fresh
profile, removed at the end.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "hsct-ms-2021"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")


def driver(profile: Path, width: int, height: int, mobile: bool = False):
    """A headless Chromium window of ``width`` x ``height`` CSS pixels."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    if mobile:
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {
            "width": width, "height": height, "pixelRatio": 2.0}})
    else:
        options.add_argument(f"--window-size={width},{height}")
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


# what else to look at: the first output shown beside the sheet's language (else the first
# output), and, with the filter on, the first marked finding of an output that fails
VIEWS = (
    ("outputs", "(document.querySelector('.pair.two') || document.getElementById('outputs'))"
                ".closest('article, section').scrollIntoView(true); window.scrollBy(0, -90);"),
    ("fails", "var box = document.getElementById('only-fails'); box.checked = true;"
              "box.dispatchEvent(new Event('change'));"
              "var mark = document.querySelector('article.fail:not([hidden]) a.finding');"
              "if (mark) { mark.scrollIntoView({block: 'center'}); }"),
)


def make_page(facts: Path, release: Path | None, langs: str | None, out: Path) -> Path:
    page = out / "review.html"
    cmd = [sys.executable, "-m", "plainsum", "review", str(facts), "-o", str(page), "--force"]
    if release is not None:
        cmd += ["--release", str(release)]
    if langs:
        cmd += ["--lang", langs]
    subprocess.run(cmd, check=True)
    return page


def default_draft(out: Path) -> Path:
    """A draft of the seed's release, as a reviewer would first open it."""
    draft = out / "draft.yaml"
    subprocess.run([sys.executable, "-m", "plainsum", "extract", str(SEED / "release.txt"),
                    "-o", str(draft), "--force"], check=True)
    return draft


def shoot(page: Path, out: Path) -> list[Path]:
    shots = []
    for name, width, height, mobile in (("laptop", 1366, 860, False),
                                        ("phone", 390, 844, True)):
        with tempfile.TemporaryDirectory(prefix="plainsum-chromium-") as profile:
            browser = driver(Path(profile), width, height, mobile)
            try:
                browser.get(page.resolve().as_uri())
                shots.append(out / f"{name}.png")
                browser.save_screenshot(str(shots[-1]))
                for shot, script in VIEWS:
                    browser.execute_script(script)
                    shots.append(out / f"{name}-{shot}.png")
                    browser.save_screenshot(str(shots[-1]))
            finally:
                browser.quit()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts", nargs="?", type=Path)
    parser.add_argument("--release", type=Path, default=None)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--out", type=Path, default=Path("review-shots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    facts, release = args.facts, args.release
    if facts is None:
        facts, release = default_draft(args.out), SEED / "release.txt"
    page = make_page(facts, release, args.lang, args.out)
    for shot in shoot(page, args.out):
        print(shot)


if __name__ == "__main__":
    main()
