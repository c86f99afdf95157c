import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "article.txt"

# CI runs every property with at least 2,000 examples; ARABNEWS_HYPOTHESIS_EXAMPLES raises it.
_examples = int(os.environ.get("ARABNEWS_HYPOTHESIS_EXAMPLES", "2000" if os.environ.get("CI") else "300"))
settings.register_profile("arabnews", max_examples=_examples, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("arabnews")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
