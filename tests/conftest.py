import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from arabnews import Pipeline
from arabnews.corpus import DocumentTimeout, time_limit
from arabnews.extract.entities.crf import CRFTagger, default_tagger
from arabnews.extract.entities.sequences import tag_sequences

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


#: How long a hostile input may run before its test calls it a hang.  A guard, not a speed measure
#: (speed is measured by benchmarks/, never asserted here): the inputs below take well under a second, and
#: a quadratic or backtracking path on them would take minutes.
HANG_SECONDS = 60.0


@pytest.fixture
def no_hang() -> Callable[[], AbstractContextManager[None]]:
    """A context manager that fails the test when its block has not finished in :data:`HANG_SECONDS`."""

    @contextmanager
    def guard() -> Iterator[None]:
        # the library's own time limit (SIGALRM, main thread), reported as a hang
        try:
            with time_limit(HANG_SECONDS):
                yield
        except DocumentTimeout as exc:
            raise TimeoutError(f"still running after {HANG_SECONDS:.0f} s: a hang") from exc

    return guard


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    """The default pipeline, built once for the whole run (modules that need other stages define their own)."""
    return Pipeline()


@pytest.fixture(scope="session")
def tagger() -> CRFTagger:
    """The default CRF tagger with its lattice path (crfsuite's C routines); a test module may define its own."""
    tagger = default_tagger()
    if tagger._scorer is None:  # pragma: no cover - platforms whose pycrfsuite hides crfsuite's C functions
        pytest.skip("crfsuite's lattice routines are not reachable here")
    return tagger


def tagged_sentences(text: str) -> list[list[str]]:
    """The normalized words of each sentence of ``text`` as the entities stage hands them to the CRF tagger."""
    doc = Pipeline([]).make_doc(text)
    return [[t.norm for t in toks] for _, toks in tag_sequences(doc)]
