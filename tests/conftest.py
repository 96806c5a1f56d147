"""Paths, and short names for the fixtures plainsum ships to plugin authors
(``plainsum.testing``, loaded through the ``pytest11`` entry point)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "hsct-ms-2021"
SEED_FACTS = SEED / "facts.yaml"
TRIAL_FACTS = ROOT / "examples" / "chlorhexidine-csection-2016" / "facts.yaml"


@pytest.fixture
def pm(plainsum_pm):
    return plainsum_pm


@pytest.fixture
def registry(plainsum_registry):
    return plainsum_registry


@pytest.fixture
def run_cli(plainsum_cli):
    return plainsum_cli


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
