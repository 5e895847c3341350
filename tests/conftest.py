from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The store built from seeds/, once per test session."""
    from timeline import pipeline

    directory = tmp_path_factory.mktemp("store")
    pipeline.run([SEEDS], directory)
    return directory
