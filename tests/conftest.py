"""Shared test fixtures: isolated settings per test, the optional ../shared folder, fakes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_c5bba7ade8c21926.txt"
SEED_QUESTIONS = SHARED / "eval" / "seed_questions.jsonl"
FIXTURES = SHARED / "fixtures" / "senacs_layouts"
SAMPLE_CORPUS = ROOT / "ingest" / "sample" / "fiches_exemple.txt"
SAMPLE_QUESTIONS = ROOT / "tests" / "data" / "sample_questions.jsonl"

# Offline everywhere, set before any heavy import happens in a test.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own index and data directories, and fresh settings."""
    from config import get_settings

    monkeypatch.setenv("INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CHROMA_HOST", raising=False)
    monkeypatch.delenv("LLM_PROVIDER", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds absent")
    return SEED


@pytest.fixture
def seed_questions_path() -> Path:
    if not SEED_QUESTIONS.exists():
        pytest.skip("../shared/eval absent")
    return SEED_QUESTIONS


@pytest.fixture
def fixtures_dir() -> Path:
    if not FIXTURES.exists():
        pytest.skip("../shared/fixtures absent")
    return FIXTURES
